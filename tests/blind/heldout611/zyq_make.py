# Builds the seven zyq- cases of set heldout611 (data files and their .expected.yaml).
# Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
import os
import datetime as dt

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexrgb):
    return PatternFill("solid", start_color="FF" + hexrgb, end_color="FF" + hexrgb)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, value):
    import re
    if re.fullmatch(r"\d{4}-\d{2}", value) or re.fullmatch(r"[\d.]+", value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, source, reads, outcome, title, actions, refuse_at=None, accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------------------
# 1. Worcestershire County Council - internal audit tracker (xlsx)
# ---------------------------------------------------------------------------
def make_worcestershire():
    name = "zyq-worcestershire-county-council-internal-audit-recommendations-tracker.xlsx"
    title = "Worcestershire County Council: Internal Audit Tracker of Agreed Management Actions"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position as at 31 December 2025 - report to Audit and Governance Committee, 23 January 2026"
    s["A4"] = "Actions from Limited and No Assurance reports"
    s["A4"].font = Font(bold=True)
    hdr = ["Priority", "Actions tracked", "Implemented", "Green", "Amber", "Red"]
    rows = [["High", 6, 3, 1, 1, 1], ["Medium", 2, 0, 2, 0, 0], ["Low", 1, 0, 1, 0, 0],
            ["Total", 9, 3, 4, 1, 1]]
    for c, h in enumerate(hdr, 1):
        cell = s.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    s["A11"] = "Detail of each agreed action is on the 'Tracker' sheet. Implemented actions are removed after they have been reported once."
    s.column_dimensions["A"].width = 18
    for col in "BCDEF":
        s.column_dimensions[col].width = 15

    t = wb.create_sheet("Tracker")
    t["A1"] = title
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Limited and No Assurance audits - position as at 31 December 2025"
    t["A4"] = "RAG key:"
    t["A4"].font = Font(bold=True)
    key = [("Implemented", BLUE, "FFFFFF"), ("Green - on track for target date", GREEN, "000000"),
           ("Amber - revised date agreed / at risk", AMBER, "000000"),
           ("Red - overdue, no revised date agreed", RED, "FFFFFF")]
    for i, (txt, col, fg) in enumerate(key):
        c = t.cell(row=4, column=2 + i * 2, value=txt)
        c.fill = fill(col)
        c.font = Font(color=fg, bold=True)
    headers = ["Ref", "Recommendation", "Priority", "Agreed Management Action", "Responsible Officer",
               "Original Target Date", "Revised Target Date", "RAG", "Progress Update (December 2025)"]
    for c, h in enumerate(headers, 1):
        cell = t.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    ragfill = {"Implemented": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    D = dt.datetime
    # (kind, ...) rows in sheet order starting at row 7
    sec1 = "Direct Payments (People Directorate) \u2013 issued July 2025 \u2013 Limited Assurance"
    sec2 = "Highways Term Maintenance Contract: Payment Mechanism (Economy and Infrastructure) \u2013 issued May 2025 \u2013 Limited Assurance"
    sec3 = "Cyber Security: Privileged Access (Commercial and Change) \u2013 issued September 2025 \u2013 Limited Assurance"
    rec11 = "Direct payment recipients should be subject to an annual financial review, and surplus balances should be recovered promptly."
    rec21 = "Direct payment agreements should be signed and held on file before the first payment is made."
    rec_h11 = "Contractor applications for payment should be independently checked against works orders before certification."
    rec_h12 = "Compensation events should be assessed and agreed within the contractual timescales."
    rec_h21 = "Performance deductions under the contract should be applied consistently and reconciled annually."
    rec_c11 = "Privileged accounts should be reviewed quarterly and the accounts of leavers removed promptly."
    rec_c12 = "Multi-factor authentication should be enforced for all remote administrative access."
    rec_c21 = "Break-glass account passwords should be held securely and their use logged and reviewed."

    layout = [
        ("sec", sec1),
        ("act", "1.1", rec11, "High",
         "Introduce a risk-based annual review schedule for all direct payment accounts, recorded on Liquidlogic.",
         "Head of Adult Social Care Finance", D(2025, 9, 30), D(2026, 3, 31), "Amber",
         "Schedule drafted and agreed; 62% of accounts reviewed to date. Revised date agreed with the Chief Internal Auditor."),
        ("act", "1.2", None, "High",
         "Recover surplus balances above eight weeks' payments and report recoveries monthly to the ASC Finance Board.",
         "Head of Adult Social Care Finance / Direct Payments Team Manager", D(2025, 10, 31), None, "Implemented",
         "\u00a3214k recovered to 30 November 2025. Monthly report in place."),
        ("act", "2.1", rec21, "Medium",
         "Issue a reminder to all social work teams and add a system check that stops payment until a signed agreement is uploaded.",
         "Assistant Director \u2013 Adult Social Care Operations", D(2025, 12, 31), None, "Green",
         "Reminder issued October 2025. System change in testing; go-live planned w/c 12 January 2026."),
        ("sec", sec2),
        ("act", "1.1", rec_h11, "High",
         "Implement a two-stage check of monthly applications for payment, with sample re-measurement by the Commercial Team.",
         "Highways Commercial Manager", D(2025, 8, 31), D(2025, 11, 30), "Implemented",
         "Two-stage check in place from the October 2025 application."),
        ("act", "1.2", rec_h12, "High",
         "Clear the backlog of unassessed compensation events and report the position to the Contract Board quarterly.",
         "Highways Commercial Manager; Head of Highways and Transport Operations", D(2025, 10, 31), None, "Red",
         "Backlog reduced from 48 to 19 events. A revised date will be proposed to the January Contract Board."),
        ("act", "2.1", rec_h21, "Low",
         "Update the KPI deduction calculator and reconcile the deductions applied in 2024/25.",
         "Contract Performance Officer", "Q4 2025/26", None, "Green",
         "Calculator updated; reconciliation under way."),
        ("sec", sec3),
        ("act", "1.1", rec_c11, "High",
         "Complete a quarterly review of all domain and application administrator accounts, signed off by the Information Asset Owner.\nRemove the nine leaver accounts identified during the audit.",
         "Head of IT and Digital", D(2025, 11, 30), None, "Implemented",
         "Q3 review completed 21 November 2025; leaver accounts disabled."),
        ("act", "1.2", rec_c12, "High",
         "Enforce multi-factor authentication on the remaining 14 legacy administrative accounts, or decommission them.",
         "Head of IT and Digital", D(2026, 1, 31), None, "Green",
         "8 of 14 accounts now enforced; 3 to be decommissioned."),
        ("act", "2.1", rec_c21, "Medium",
         "Move break-glass credentials into the privileged access management vault and enable alerting on their use.",
         "Cyber Security Manager", "March 2026", None, "Green",
         "Vault procured; configuration scheduled for February 2026."),
    ]
    r = 7
    pending_merge = None
    for row in layout:
        if row[0] == "sec":
            t.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            t.cell(row=r, column=1).fill = fill("D9E1F2")
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, ref, rec, pri, action, lead, orig, rev, rag, upd = row
        vals = [ref, rec, pri if rec is not None else None, action, lead, orig, rev, rag, upd]
        for c, v in enumerate(vals, 1):
            if v is None:
                continue
            cell = t.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        t.cell(row=r, column=8).fill = fill(ragfill[rag])
        if rec is None:  # recommendation shared with the row above: merge vertically
            t.merge_cells(start_row=r - 1, start_column=2, end_row=r, end_column=2)
            t.merge_cells(start_row=r - 1, start_column=3, end_row=r, end_column=3)
        r += 1
    r += 1
    t.cell(row=r, column=1, value="Total actions: 9    Implemented: 3    Green: 4    Amber: 1    Red: 1").font = Font(bold=True)
    widths = {"A": 7, "B": 40, "C": 10, "D": 50, "E": 30, "F": 14, "G": 14, "H": 13, "I": 45}
    for k, v in widths.items():
        t.column_dimensions[k].width = v
    wb.save(os.path.join(HERE, name))

    actions = [
        act("1.1", [sec1, rec11], layout[1][4], ["Head of Adult Social Care Finance"], "2026-03", "amber"),
        act("1.2", [sec1, rec11], layout[2][4], ["Head of Adult Social Care Finance", "Direct Payments Team Manager"], "2025-10", "blue"),
        act("2.1", [sec1, rec21], layout[3][4], ["Assistant Director \u2013 Adult Social Care Operations"], "2025-12", "green"),
        act("1.1", [sec2, rec_h11], layout[5][4], ["Highways Commercial Manager"], "2025-11", "blue"),
        act("1.2", [sec2, rec_h12], layout[6][4], ["Highways Commercial Manager", "Head of Highways and Transport Operations"], "2025-10", "red"),
        act("2.1", [sec2, rec_h21], layout[7][4], ["Contract Performance Officer"], "2026-03", "green"),
        act("1.1", [sec3, rec_c11], layout[9][4], ["Head of IT and Digital"], "2025-11", "blue"),
        act("1.2", [sec3, rec_c12], layout[10][4], ["Head of IT and Digital"], "2026-01", "green"),
        act("2.1", [sec3, rec_c21], layout[11][4], ["Cyber Security Manager"], "2026-03", "green"),
    ]
    write_expected(
        name,
        source=("Imitates the internal audit follow-up trackers that English county councils take to their Audit and "
                "Governance Committee (Worcestershire County Council, 2025/26 style; cf. the Herefordshire, Reading and "
                "North Devon 'audit recommendation tracker' committee items found by search). Copies a Summary sheet with "
                "counts by priority and a Tracker sheet: title rows, a RAG key row of filled cells, one grey merged band per "
                "audit (audit name, directorate, issue month, assurance opinion), the recommendation and priority in cells "
                "merged down over the actions answering them, original and revised target dates as date cells (two as text: "
                "'Q4 2025/26', 'March 2026'), a filled RAG cell with a word, progress updates and a totals line."),
        reads=("A two-sheet tracker: the Summary sheet is only counts. The Tracker sheet lists nine agreed management "
               "actions under three audits; each is read under its audit band and the recommendation beside it (one "
               "recommendation, merged, covers two actions). The end is the revised target date where one is given, "
               "otherwise the original; 'Implemented' is complete (blue) per the key."),
        outcome="read", title=title, actions=actions)
    return name, actions


# ---------------------------------------------------------------------------
# 2. London Borough of Redbridge - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def make_redbridge():
    name = "zyq-london-borough-of-redbridge-corporate-risk-register-2025-26.xlsx"
    title = "London Borough of Redbridge Corporate Risk Register 2025/26"
    wb = Workbook()
    v = wb.active
    v.title = "Version control"
    v["A1"] = title
    v["A1"].font = Font(bold=True, size=14)
    vc = [["Version", "Date", "Reviewed by", "Notes"],
          ["Q1", "14/07/2025", "Corporate Management Team", "Annual refresh of risks"],
          ["Q2", "13/10/2025", "Corporate Management Team", "CR11 rescored"],
          ["Q3", "12/01/2026", "Corporate Management Team", "For Audit and Governance Committee, 29 January 2026"]]
    for r, row in enumerate(vc, 3):
        for c, val in enumerate(row, 1):
            cell = v.cell(row=r, column=c, value=val)
            cell.border = BOX
            if r == 3:
                cell.font = Font(bold=True)
    v.column_dimensions["C"].width = 28
    v.column_dimensions["D"].width = 50

    s = wb.create_sheet("Risk summary")
    s["A1"] = title + " \u2013 summary of risks (Q3)"
    s["A1"].font = Font(bold=True, size=13)
    sh = ["Risk ref", "Risk", "Risk owner", "Inherent score", "Q2 residual", "Q3 residual", "Direction", "Target score"]
    risks = [
        ["CR01", "Medium-term financial sustainability", "Corporate Director of Resources", 25, 20, 20, "\u2194", 12],
        ["CR04", "Temporary accommodation demand and cost", "Corporate Director of Housing and Regeneration", 25, 20, 20, "\u2194", 12],
        ["CR07", "Safeguarding children and adults at risk", "Chief Executive", 20, 12, 12, "\u2194", 8],
        ["CR11", "Cyber security and business continuity", "Corporate Director of Resources", 20, 16, 12, "\u2193", 8],
    ]
    for c, h in enumerate(sh, 1):
        cell = s.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
    for r, row in enumerate(risks, 4):
        for c, val in enumerate(row, 1):
            s.cell(row=r, column=c, value=val).border = BOX
    s["A9"] = "Scores are likelihood x impact on a 5 x 5 matrix: 15-25 red, 8-12 amber, 1-6 green."
    s.column_dimensions["B"].width = 42
    s.column_dimensions["C"].width = 42

    a = wb.create_sheet("Risk action plan")
    a["A1"] = title + " \u2013 further actions to reduce risk"
    a["A1"].font = Font(bold=True, size=13)
    a["A2"] = "Action progress key (Q2 and Q3 columns are shaded only):"
    keys = [(RED, "Red \u2013 off track / overdue"), (AMBER, "Amber \u2013 some slippage"),
            (GREEN, "Green \u2013 on track"), (BLUE, "Blue \u2013 action complete")]
    col = 2
    for colour, txt in keys:
        a.cell(row=3, column=col).fill = fill(colour)
        a.cell(row=3, column=col).border = BOX
        a.cell(row=3, column=col + 1, value=txt)
        col += 2
    ah = ["Action ref", "Further action", "Action owner", "Due date", "Q2 progress", "Q3 progress", "Q3 commentary"]
    for c, h in enumerate(ah, 1):
        cell = a.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
        cell.border = BOX
    b1 = "CR01 \u2013 Medium-term financial sustainability"
    b4 = "CR04 \u2013 Temporary accommodation demand and cost"
    b7 = "CR07 \u2013 Safeguarding children and adults at risk"
    b11 = "CR11 \u2013 Cyber security and business continuity"
    rows = [
        ("band", b1),
        ("1.1", "Deliver the 2025/26 savings programme (\u00a318.4m) and report slippage monthly to Cabinet Members' briefing.",
         "Corporate Director of Resources", dt.datetime(2026, 3, 31), AMBER, AMBER,
         "\u00a314.9m delivered or on track; \u00a33.5m at risk in Adult Social Care."),
        ("1.2", "Submit the Exceptional Financial Support capitalisation request and agree its conditions with MHCLG.",
         "Chief Finance Officer (s151)", "Feb-26", GREEN, BLUE,
         "Minded-to decision received December 2025; conditions accepted."),
        ("1.3", "Refresh the Medium Term Financial Strategy 2026/27 to 2029/30 for Budget Council.",
         "Chief Finance Officer (s151)", "February 2026", GREEN, GREEN, "Draft to Cabinet 10 February 2026."),
        ("band", b4),
        ("4.1", "Acquire 120 additional homes through the Redbridge Living acquisitions programme to reduce reliance on nightly-paid accommodation.",
         "Director of Housing Needs / Managing Director, Redbridge Living", "Mar-27", AMBER, RED,
         "41 completions to date; pipeline affected by higher borrowing costs."),
        ("4.2", "Launch the landlord incentive scheme for discharge of the homelessness duty into the private rented sector.",
         "Head of Housing Options", "Sept 2025 \u2013 Jan 2026", GREEN, GREEN,
         "Scheme launched 1 October 2025; 37 households moved on."),
        ("band", b7),
        ("7.1", "Deliver the multi-agency audit programme agreed by the Redbridge Safeguarding Children Partnership and the Safeguarding Adults Board.",
         "Director of Children's Services; Director of Adult Social Services", "Quarterly", GREEN, GREEN,
         "Q3 audit on neglect completed; findings to January partnership meeting."),
        ("7.2", "Complete the permanent social worker recruitment campaign to bring agency use below 15%.",
         "Head of HR and Organisational Development", dt.datetime(2026, 6, 30), RED, AMBER,
         "Agency use down from 27% to 21%."),
        ("band", b11),
        ("11.1", "Test the council's cyber incident response plan through a tabletop exercise with the Corporate Management Team.",
         "Chief Digital Officer", dt.datetime(2025, 11, 30), GREEN, BLUE, "Exercise held 18 November 2025; lessons log issued."),
        ("11.2", "Migrate the remaining on-premise line-of-business systems to the cloud hosting platform.",
         "Chief Digital Officer", "Ongoing", AMBER, AMBER, "6 of 11 systems migrated."),
    ]
    r = 6
    for row in rows:
        if row[0] == "band":
            cell = a.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("3A3A3A")
            a.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            ref, txt, owner, due, q2, q3, comm = row
            for c, val in enumerate([ref, txt, owner, due, None, None, comm], 1):
                cell = a.cell(row=r, column=c, value=val)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(val, dt.datetime):
                    cell.number_format = "dd-mmm-yy"
            a.cell(row=r, column=5).fill = fill(q2)
            a.cell(row=r, column=6).fill = fill(q3)
        r += 1
    for k, w in {"A": 10, "B": 55, "C": 36, "D": 20, "E": 11, "F": 11, "G": 45}.items():
        a.column_dimensions[k].width = w
    wb.save(os.path.join(HERE, name))

    A = [x for x in rows if x[0] != "band"]
    actions = [
        act("1.1", [b1], A[0][1], ["Corporate Director of Resources"], "2026-03", "amber"),
        act("1.2", [b1], A[1][1], ["Chief Finance Officer (s151)"], "2026-02", "blue"),
        act("1.3", [b1], A[2][1], ["Chief Finance Officer (s151)"], "2026-02", "green"),
        act("4.1", [b4], A[3][1], ["Director of Housing Needs", "Managing Director, Redbridge Living"], "2027-03", "red"),
        act("4.2", [b4], A[4][1], ["Head of Housing Options"], "2026-01", "green"),
        act("7.1", [b7], A[5][1], ["Director of Children's Services", "Director of Adult Social Services"], None, "green", end_text="Quarterly"),
        act("7.2", [b7], A[6][1], ["Head of HR and Organisational Development"], "2026-06", "amber"),
        act("11.1", [b11], A[7][1], ["Chief Digital Officer"], "2025-11", "blue"),
        act("11.2", [b11], A[8][1], ["Chief Digital Officer"], None, "amber", end_text="Ongoing"),
    ]
    write_expected(
        name,
        source=("Imitates a London borough corporate risk register as reported quarterly to Audit and Governance Committee "
                "(London Borough of Redbridge, 2025/26 Q3 style). Copies a version-control sheet, a risk summary sheet "
                "(ref, risk, owner, inherent/residual scores, direction arrow, target score) and a separate risk action "
                "plan sheet with a dark merged band per risk, action refs, action owners, due dates in mixed forms (date "
                "cells, 'Feb-26', 'Sept 2025 \u2013 Jan 2026', 'Quarterly', 'Ongoing'), and previous (Q2) and current (Q3) "
                "progress shown only as cell shading with a shaded key."),
        reads=("Three sheets; only 'Risk action plan' holds actions: nine further actions grouped under four risk bands "
               "(CR01, CR04, CR07, CR11). The risk summary rows are risks, not actions. Status is the Q3 shading read "
               "through the key (blue = complete); Q2 is the previous rating."),
        outcome="read", title=title, actions=actions)
    return name, actions


# ---------------------------------------------------------------------------
# 3. Barnet Council - SEND transformation highlight report (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_barnet():
    name = "zyq-barnet-council-send-transformation-programme-highlight-report-typo-month-refuse.xlsx"
    title = "SEND and Inclusion Transformation Programme \u2013 Highlight Report"
    wb = Workbook()
    h = wb.active
    h.title = "Highlight Report"
    h["A1"] = "London Borough of Barnet"
    h["A1"].font = Font(bold=True, size=12)
    h["A2"] = title
    h["A2"].font = Font(bold=True, size=14)
    h["A3"], h["B3"], h["E3"], h["F3"] = "Reporting period:", "November \u2013 December 2025", "Report date:", "09/01/2026"
    h["A4"], h["B4"], h["E4"], h["F4"] = "Senior Responsible Owner:", "Executive Director, Children and Family Services", "Programme Manager:", "Priya Shah"
    h["A5"], h["B5"], h["E5"], h["F5"] = "Overall programme RAG:", "Amber", "Previous RAG:", "Amber"
    h["B5"].fill = fill(AMBER)
    h["F5"].fill = fill(AMBER)
    for c in ("A3", "A4", "A5", "E3", "E4", "E5"):
        h[c].font = Font(bold=True)
    h["A7"] = "Summary of progress this period"
    h["A7"].font = Font(bold=True)
    h["A8"] = ("EHC needs assessment timeliness improved to 41% within 20 weeks (from 28% in September). The Ordinarily "
               "Available Provision guidance is live. Sufficiency work is behind plan because of a delay to the ARP "
               "building works at one school.")
    h.merge_cells("A8:H8")
    h["A8"].alignment = WRAP
    h.row_dimensions[8].height = 48
    h["A10"] = "Key milestones and actions"
    h["A10"].font = Font(bold=True)
    hdr = ["Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date", "RAG", "Commentary"]
    for c, t in enumerate(hdr, 1):
        cell = h.cell(row=11, column=c, value=t)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00625E")
        cell.border = BOX
    ws1 = "Workstream 1: Early identification and SEN Support"
    ws2 = "Workstream 2: EHC needs assessments and plans"
    ws3 = "Workstream 3: Sufficiency of specialist places"
    rows = [
        ("band", ws1),
        ("1.1", "Publish the Ordinarily Available Provision guidance for all Barnet schools and settings.",
         "Head of SEND and Inclusion", "September 2025", "September 2025", "Complete", "Launched at the headteachers' conference."),
        ("1.2", "Roll out SENCo network training on the graduated approach to all primary schools.",
         "Lead Educational Psychologist", "October 2025", "January 2026", "Amber", "Two of four locality sessions delivered."),
        ("band", ws2),
        ("2.1", "Clear the backlog of EHC needs assessments over 20 weeks.",
         "Head of SEND Assessment and Review", "December 2025", "March 2026", "Amber", "Backlog down from 212 to 96."),
        ("2.2", "Introduce the EHCP quality assurance framework with termly multi-agency audits.",
         "Head of SEND Assessment and Review / Designated Clinical Officer", "November 2025", "Febuary 2026", "Amber",
         "Framework agreed at SEND Partnership Board; first audit moved to the spring term."),
        ("2.3", "Move all new EHC plans onto the EHC Hub portal.",
         "SEND Systems Lead", "January 2026", "January 2026", "Green", "Pilot with 30 families completed."),
        ("band", ws3),
        ("3.1", "Open the 16-place Additionally Resourced Provision for autistic pupils at a secondary school in the west of the borough.",
         "Head of Education Place Planning", "September 2025", "April 2026", "Red",
         "Building works delayed by contractor insolvency; interim space being sought."),
        ("3.2", "Agree the Safety Valve sufficiency plan update with the DfE.",
         "Executive Director, Children and Family Services", "December 2025", "December 2025", "Complete", "Submitted 12 December 2025."),
    ]
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 12
    typo_row = None
    for row in rows:
        if row[0] == "band":
            cell = h.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True)
            cell.fill = fill("E2EFDA")
            h.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for c, val in enumerate(row, 1):
                cell = h.cell(row=r, column=c, value=val)
                cell.alignment = WRAP
                cell.border = BOX
            h.cell(row=r, column=6).fill = fill(ragfill[row[5]])
            if "Febuary" in row[4]:
                typo_row = r
        r += 1
    r += 1
    h.cell(row=r, column=1, value="Key risks and issues").font = Font(bold=True)
    r += 1
    for c, t in enumerate(["Risk / issue", "Impact", "Mitigation", "Owner"], 1):
        cell = h.cell(row=r, column=c, value=t)
        cell.font = Font(bold=True)
        cell.border = BOX
    risks = [
        ["High Needs Block overspend forecast at \u00a36.2m", "Safety Valve targets missed", "Monthly DSG recovery group", "Director of Finance"],
        ["Educational psychology capacity", "Assessment timeliness", "Locum EPs funded to March 2026", "Lead Educational Psychologist"],
    ]
    for row in risks:
        r += 1
        for c, val in enumerate(row, 1):
            h.cell(row=r, column=c, value=val).border = BOX
    r += 2
    h.cell(row=r, column=1, value="Decisions / support required from the SEND Partnership Board").font = Font(bold=True)
    r += 1
    h.cell(row=r, column=1, value="None this period.")
    for k, w in {"A": 26, "B": 55, "C": 38, "D": 16, "E": 16, "F": 11, "G": 45}.items():
        h.column_dimensions[k].width = w
    wb.save(os.path.join(HERE, name))
    assert typo_row == 17, typo_row
    write_expected(
        name,
        source=("Imitates a council programme highlight report in spreadsheet form, as taken to a SEND Partnership Board "
                "(London Borough of Barnet, SEND and Inclusion Transformation Programme, late 2025). Copies the header "
                "block (reporting period, report date, SRO, programme manager, overall and previous RAG), a summary "
                "paragraph, a milestones table with workstream bands, baseline and forecast dates and filled RAG words, "
                "then key risks/issues and decisions required."),
        reads=("A one-sheet highlight report with eight milestones/actions under three workstreams. Action 2.2 has "
               "'Febuary 2026' in its forecast date (the revised end), a mistyped month: a careful reader stops and "
               "asks at sheet row 17."),
        outcome="refuse", title=title, actions=None, refuse_at=typo_row)
    return name, None


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexrgb):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexrgb)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# 4. Herefordshire Council - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def make_herefordshire():
    name = "zyq-herefordshire-council-ofsted-focused-visit-action-plan.docx"
    title = "Herefordshire Council \u2013 Ofsted Focused Visit Action Plan"
    d = Document()
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Children and Young People\u2019s Directorate. Focused visit to Herefordshire children\u2019s services, "
                    "26 and 27 March 2025: children in need and children subject to a child protection plan.")
    d.add_paragraph("Progress position: 30 September 2025")
    d.add_heading("Document control", level=1)
    dc = d.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, t in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        set_cell(c, t, bold=True)
    for row in [["1.0", "15/05/2025", "Head of Quality Assurance", "Submitted to Ofsted"],
                ["1.2", "30/06/2025", "Improvement Programme Manager", "Q1 progress added"],
                ["1.3", "30/09/2025", "Improvement Programme Manager", "Q2 progress added"]]:
        cells = dc.add_row().cells
        for c, t in zip(cells, row):
            set_cell(c, t)
    d.add_heading("RAG rating key", level=1)
    kt = d.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for letter, colour, meaning in [("B", BLUE, "Blue \u2013 action complete and impact evidenced"),
                                    ("G", GREEN, "Green \u2013 on track"),
                                    ("A", AMBER, "Amber \u2013 some slippage, recovery plan in place"),
                                    ("R", RED, "Red \u2013 off track, escalated to the Improvement Board")]:
        cells = kt.add_row().cells
        set_cell(cells[0], letter, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)
    d.add_heading("Action plan", level=1)
    rag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    afis = [
        ("Area for improvement 1",
         "The quality of plans for children in need and children subject to a child protection plan, so that they are "
         "specific, measurable and understood by families.",
         [("1.1", "Relaunch the child\u2019s plan template in Mosaic with SMART outcomes and a \u2018what needs to change\u2019 section written to the child.",
           "Head of Service \u2013 Safeguarding and Family Support", "June 2025", "B", "Template live from 2 June 2025."),
          ("1.2", "Deliver plan-writing workshops for all child in need and child protection social workers and team managers.",
           "Principal Social Worker", "July \u2013 September 2025", "B", "11 workshops held; 96% of staff attended."),
          ("1.3", "Audit a monthly sample of 20 plans through the practice quality framework and report findings to the Improvement Board.\nRepeat until 80% of plans are graded good or better for two consecutive months.",
           "Head of Quality Assurance", "Monthly", "A", "August audit: 64% good or better (June 41%).")]),
        ("Area for improvement 2",
         "Management oversight and supervision, so that the reasons for decisions are clearly recorded and agreed actions are followed up.",
         [("2.1", "Introduce a mandatory supervision recording template with a case direction and review date for each child.",
           "Service Director \u2013 Safeguarding and Early Help", "31/07/2025", "B", "In use from 1 July 2025."),
          ("2.2", "Review all children in need cases open for more than 12 months and record a clear plan for step-down, closure or escalation.",
           "Team Managers (CIN) / Head of Service \u2013 Safeguarding and Family Support", "By 31 October 2025", "G", "212 of 287 cases reviewed."),
          ("2.3", "Report supervision compliance monthly to the Directorate Leadership Team, with an exception report for any team below 90%.",
           "Performance and Intelligence Manager", "Ongoing", "G", "Compliance 88% in August, 92% in September.")]),
        ("Area for improvement 3",
         "The consistency of the response to children experiencing neglect, including the use of the Graded Care Profile 2 (GCP2).",
         [("3.1", "Refresh the neglect strategy with the Herefordshire Safeguarding Children Partnership and relaunch the GCP2 tool across partner agencies.",
           "Head of Early Help and Prevention; HSCP Business Manager", "Autumn term 2025", "A", "Strategy in draft; partnership sign-off moved to November."),
          ("3.2", "Train 150 practitioners across children\u2019s services, health and schools in the use of the GCP2.",
           "Workforce Development Manager", "Mar-26", "G", "58 practitioners trained to date.")]),
    ]
    for head, text, rows in afis:
        d.add_heading(head, level=2)
        p = d.add_paragraph()
        p.add_run(text).bold = True
        tb = d.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, t in zip(tb.rows[0].cells, ["No.", "Action", "Lead", "Timescale", "RAG", "Progress update (September 2025)"]):
            set_cell(c, t, bold=True)
            shade(c, "D9D9D9")
        for ref, action, lead, when, r, upd in rows:
            cells = tb.add_row().cells
            for c, t in zip(cells, [ref, action, lead, when, r, upd]):
                set_cell(c, t)
            shade(cells[4], rag[r])
        d.add_paragraph("")
    d.add_paragraph("Progress against this plan is reported to the Children\u2019s Improvement Board monthly and to the "
                    "Children and Young People Scrutiny Committee each quarter.")
    d.save(os.path.join(HERE, name))

    st = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    ends = {"June 2025": ("2025-06", None), "July \u2013 September 2025": ("2025-09", None), "Monthly": (None, "Monthly"),
            "31/07/2025": ("2025-07", None), "By 31 October 2025": ("2025-10", None), "Ongoing": (None, "Ongoing"),
            "Autumn term 2025": ("2025-12", None), "Mar-26": ("2026-03", None)}
    leads = {"Team Managers (CIN) / Head of Service \u2013 Safeguarding and Family Support":
             ["Team Managers (CIN)", "Head of Service \u2013 Safeguarding and Family Support"],
             "Head of Early Help and Prevention; HSCP Business Manager":
             ["Head of Early Help and Prevention", "HSCP Business Manager"]}
    actions = []
    for head, text, rows in afis:
        for ref, action, lead, when, r, upd in rows:
            e, et = ends[when]
            actions.append(act(ref, [text], action, leads.get(lead, [lead]), e, st[r], end_text=et))
    write_expected(
        name,
        source=("Imitates the Word action plans English councils submit to Ofsted after an ILACS focused visit "
                "(Herefordshire Council children's services, 2025; cf. Herefordshire cabinet item on its Ofsted improvement "
                "action plan). Copies a title, a context line, a document-control table, a RAG key table with shaded "
                "letters, then one Heading 2 per area for improvement ('Area for improvement 1') followed by the "
                "inspectors' wording in bold and a table per area (No., Action, Lead, Timescale, shaded RAG letter, "
                "progress), with one action cell of two paragraphs."),
        reads=("Three areas for improvement, each heading naming only the kind of part, so each action is read under "
               "the bold area-for-improvement text; eight actions in three tables. Document control and the RAG key "
               "are not the plan. Timescales include a range, 'Monthly', 'Ongoing', 'Autumn term 2025' and 'Mar-26'."),
        outcome="read", title=title, actions=actions)
    return name, actions


# ---------------------------------------------------------------------------
# 5. Brent Safeguarding Children Partnership - LCSPR Child T action plan (docx)
# ---------------------------------------------------------------------------
def make_brent():
    name = "zyq-brent-safeguarding-children-partnership-lcspr-child-t-action-plan.docx"
    title = "Local Child Safeguarding Practice Review: Child T \u2013 Multi-agency Action Plan"
    d = Document()
    p = d.add_paragraph()
    r = p.add_run("Brent Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Child T was 14 months old when he was admitted to hospital with serious injuries. The review was "
                    "published in April 2025. This action plan is monitored by the BSCP Learning and Improvement "
                    "Subgroup and reported to the BSCP Executive.")
    d.add_paragraph("Progress as at: November 2025")
    recs = [
        ("Recommendation 1: The BSCP should seek assurance that agencies consider the role and history of all adults in "
         "the household, including fathers and male carers, when assessing risk to babies.",
         [("1.1", "Refresh the BSCP \u2018Think Family \u2013 Seeing the Men\u2019 practice guidance and relaunch it through the multi-agency training programme.",
           "BSCP Business Manager", "31/07/2025", "Complete", "Guidance relaunched July 2025; 214 practitioners attended briefings."),
          ("1.2", "Add a mandatory \u2018household members\u2019 section to the health visiting antenatal and new birth visit templates.",
           "Head of 0-19 Service (CLCH)", "Sep-25", "Complete", "Template change live on SystmOne from 1 September 2025."),
          ("1.3", "Audit 30 MASH contacts for babies under one to test whether information on fathers and male carers was sought and recorded.",
           "Head of MASH / Designated Nurse Safeguarding Children", "Jan-26", "On track", "Audit tool agreed; fieldwork December 2025.")]),
        ("Recommendation 2: Partner agencies should ensure that bruising in non-mobile babies is responded to in line "
         "with the London Safeguarding Children Procedures.",
         [("2.1", "Relaunch the bruising in non-mobile babies protocol with GP practices, urgent treatment centres and the 0-19 service.",
           "Named GP for Safeguarding Children (NWL ICB)", "Q4 2025/26", "On track", "GP protected learning session booked for February 2026."),
          ("2.2", "Include compliance with the protocol in the ICB\u2019s safeguarding assurance dashboard.",
           "Designated Nurse Safeguarding Children", "Quarterly", "On track", "First dashboard report due Q3.")]),
        ("Recommendation 3: Brent Children\u2019s Social Care and the Metropolitan Police should review how strategy "
         "discussions are convened out of hours.",
         [("3.1", "Agree an out-of-hours strategy discussion protocol between the Emergency Duty Team and the Metropolitan Police.",
           "Head of Children\u2019s Social Care Operations; Detective Chief Inspector, Public Protection (North West BCU)",
           "March 2026", "At risk", "Draft protocol with Met legal services; slippage likely."),
          ("3.2", "Test the protocol through a multi-agency case audit six months after implementation.",
           "Chair of the BSCP Quality Assurance Subgroup", "September 2026", "Not started", "")]),
    ]
    tb = d.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, t in zip(tb.rows[0].cells, ["No.", "Action", "Lead agency / officer", "Target date",
                                        "Evidence of impact / progress", "Status"]):
        set_cell(c, t, bold=True)
        shade(c, "BDD7EE")
    colours = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    for rec, rows in recs:
        cells = tb.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, rec, bold=True)
        shade(m, "F2F2F2")
        for ref, action, lead, when, status, ev in rows:
            cells = tb.add_row().cells
            for c, t in zip(cells, [ref, action, lead, when, ev, status]):
                set_cell(c, t)
            if status in colours:
                shade(cells[5], colours[status])
    d.add_paragraph("Status key: Complete (blue) \u2013 On track (green) \u2013 At risk (amber) \u2013 Off track (red) \u2013 Not started")
    d.add_heading("Sign-off", level=2)
    so = d.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, t in zip(so.rows[0].cells, ["Agreed by", "Date", "Next review"]):
        set_cell(c, t, bold=True)
    for c, t in zip(so.rows[1].cells, ["BSCP Executive", "14 May 2025", "February 2026"]):
        set_cell(c, t)
    d.save(os.path.join(HERE, name))

    st = {"Complete": "blue", "On track": "green", "At risk": "amber", "Not started": "unrated"}
    ends = {"31/07/2025": ("2025-07", None), "Sep-25": ("2025-09", None), "Jan-26": ("2026-01", None),
            "Q4 2025/26": ("2026-03", None), "Quarterly": (None, "Quarterly"), "March 2026": ("2026-03", None),
            "September 2026": ("2026-09", None)}
    leads = {"Head of MASH / Designated Nurse Safeguarding Children":
             ["Head of MASH", "Designated Nurse Safeguarding Children"],
             "Head of Children\u2019s Social Care Operations; Detective Chief Inspector, Public Protection (North West BCU)":
             ["Head of Children\u2019s Social Care Operations", "Detective Chief Inspector, Public Protection (North West BCU)"]}
    actions = []
    for rec, rows in recs:
        for ref, action, lead, when, status, ev in rows:
            e, et = ends[when]
            actions.append(act(ref, [rec], action, leads.get(lead, [lead]), e, st[status], end_text=et))
    write_expected(
        name,
        source=("Imitates a safeguarding children partnership's published LCSPR action plan (Brent Safeguarding Children "
                "Partnership, 'Child T', 2025 style). Copies the partnership name line, a Title, a short case summary and "
                "'progress as at' line, one table in which each recommendation is a merged shaded full-width row above "
                "its numbered actions, lead agency/officer, target date, evidence-of-impact column, a status word with "
                "cell shading, a status key line under the table and a sign-off table."),
        reads=("Seven actions under three recommendations, each recommendation written across the table above its "
               "actions. Status words are read through the key line (At risk = amber; Not started = unrated). Two "
               "lead cells hold two posts each; the sign-off table is not the plan."),
        outcome="read", title=title, actions=actions)
    return name, actions


# ---------------------------------------------------------------------------
# 6. Manchester Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
def csvq(v):
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_manchester():
    name = "zyq-manchester-health-and-wellbeing-board-action-log.csv"
    title = "Manchester Health and Wellbeing Board \u2013 Action Log"
    ncol = 7
    rows = [
        ("HWB25/01", "02/07/2025", "Bring the refreshed Joint Strategic Needs Assessment summary to the Board for sign-off.",
         "Director of Public Health", "November 2025", "Complete", "Presented and agreed 5 November 2025."),
        ("HWB25/02", "02/07/2025", "Circulate the Making Manchester Fairer Kickstarter evaluation to Board members.",
         "Kumar, Manisha", "Next meeting", "Complete", "Circulated 12 August 2025."),
        ("HWB25/03", "03/09/2025", "Provide a report on childhood immunisation uptake by ward, with the actions agreed with primary care to close the gap.",
         "Director of Public Health / Locality Clinical Director", "04/02/2026", "Red",
         "Deferred: data quality issue with ward-level figures."),
        ("HWB25/04", "03/09/2025", "Write to the Secretary of State on behalf of the Board about the 2026/27 Public Health Grant allocation.",
         "Cllr Thomas Robinson", "Oct-25", "Complete", "Letter sent 8 October 2025; reply received."),
        ("HWB25/05", "05/11/2025", "Agree a single set of outcome measures for the Better Care Fund plan and report performance to the Board quarterly.\nInclude the hospital discharge and reablement indicators.",
         "Paul Marshall and Sarah Khan", "Q4 2025/26", "Green", "Measures drafted with MLCO performance team."),
        ("HWB25/06", "05/11/2025", "Arrange a Board development session on housing and health, linked to the Manchester Housing Strategy.",
         "Board Secretary", "March 2026", "Not started", ""),
        ("HWB25/07", "04/02/2026", "Report back on the uptake of Healthy Start following the targeted campaign in north Manchester.",
         "Head of Population Health Programmes", "June 2026", "Green", ""),
        ("HWB25/08", "04/02/2026", "Share the Tobacco Control Alliance annual report with members before the next meeting.",
         "Consultant in Public Health", "18/03/2026", "Amber", "Report with designers; may slip to April."),
    ]
    lines = []
    lines.append(csvq(title) + "," * (ncol - 1))
    lines.append(csvq("Updated following the meeting of 4 February 2026") + "," * (ncol - 1))
    lines.append("," * (ncol - 1))
    lines.append(",".join(["Ref", "Meeting date", "Action", "Lead", "Due date", "Status", "Update"]))
    for row in rows:
        lines.append(",".join(csvq(x) for x in row))
    lines.append("," * (ncol - 1))
    lines.append(csvq("Status key: Complete = done, to be removed from the log after the next meeting; Green = on track; "
                      "Amber = at risk of slipping; Red = overdue; Not started = not yet begun") + "," * (ncol - 1))
    lines.append(csvq("Completed actions are removed once the Board has noted them.") + "," * (ncol - 1))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    st = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
    ends = {"November 2025": ("2025-11", None), "Next meeting": (None, "Next meeting"), "04/02/2026": ("2026-02", None),
            "Oct-25": ("2025-10", None), "Q4 2025/26": ("2026-03", None), "March 2026": ("2026-03", None),
            "June 2026": ("2026-06", None), "18/03/2026": ("2026-03", None)}
    leads = {"Director of Public Health / Locality Clinical Director": ["Director of Public Health", "Locality Clinical Director"],
             "Paul Marshall and Sarah Khan": ["Paul Marshall", "Sarah Khan"]}
    actions = []
    for ref, mdate, action, lead, due, status, upd in rows:
        e, et = ends[due]
        actions.append(act(ref, [], action, leads.get(lead, [lead]), e, st[status], end_text=et))
    write_expected(
        name,
        source=("Imitates the rolling action log of an English health and wellbeing board as exported from the clerk's "
                "spreadsheet (Manchester Health and Wellbeing Board, 2025-26 meetings). Copies a title line and an 'updated following' line padded "
                "with commas, an empty padded line, a header row (ref, meeting date, action, lead, due date, status, "
                "update), quoted cells with commas and one with an inner line break, mixed due-date forms ('Next "
                "meeting', 'Oct-25', 'Q4 2025/26', day-first dates) and a status key and note line at the foot."),
        reads=("Eight board actions in one flat list with no headings. One lead is a surname-first single person "
               "('Kumar, Manisha'); two cells name two leads. 'Next meeting' gives no month. Statuses are read via the "
               "key line (Complete = blue, Not started = unrated)."),
        outcome="read", title=title, actions=actions)
    return name, actions


# ---------------------------------------------------------------------------
# 7. South Devon and Dartmoor CSP - DHR 'Julie' action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_devon():
    name = "zyq-south-devon-dartmoor-csp-dhr-julie-action-plan.txt"
    title = "Domestic Homicide Review \u2018Julie\u2019 \u2013 Action Plan"
    ncol = 7
    recs = [
        ("Recommendation 1 \u2013 All agencies should ensure that practitioners routinely ask about domestic abuse when an "
         "older person presents with injuries, falls or a change in behaviour.",
         [("1.1", "Add routine enquiry prompts for older people to the falls and frailty assessment templates.",
           "Torbay and South Devon NHS Foundation Trust", "31/05/2025", "", "B", "Prompts live in community and ED templates."),
          ("1.2", "Deliver briefings on domestic abuse in later life to adult social care, community nursing and GP practice teams.",
           "Devon County Council Adult Social Care / NHS Devon ICB", "30/09/2025", "31/03/2026", "A",
           "6 of 14 briefings delivered; GP sessions rescheduled.")]),
        ("Recommendation 2 \u2013 South Hams District Council and West Devon Borough Council should review how housing and "
         "environmental health staff identify and refer concerns about domestic abuse.",
         [("2.1", "Provide DASH risk assessment training to housing options, tenancy sustainment and environmental health officers.",
           "South Hams DC & West Devon BC", "Dec 2025", "", "G", "Two cohorts trained; third booked for December."),
          ("2.2", "Publish a domestic abuse referral pathway for council staff on both councils\u2019 intranets.",
           "Community Safety Manager", "Aug 2025", "", "B", "Published 4 August 2025.")]),
        ("Recommendation 3 \u2013 The CSP should seek assurance that carers\u2019 assessments consider the risk of domestic "
         "abuse where the carer is also a partner.",
         [("3.1", "Amend the carers\u2019 assessment guidance to include questions on the relationship and any history of abuse.",
           "Devon Carers / Devon County Council", "Q3 2025/26", "Q1 2026/27", "A", "Wording agreed; awaiting system change."),
          ("3.2", "Dip-sample 25 carers\u2019 assessments to test whether domestic abuse was considered, and report the findings to the CSP Executive Group.",
           "Devon Safeguarding Adults Partnership", "Jun-26", "", "", "Not started \u2013 depends on 3.1.")]),
        ("Recommendation 4 \u2013 The Home Office should be asked to consider national guidance on domestic abuse in later life.",
         [("4.1", "Write to the Home Office Domestic Homicide Review team setting out the learning from this review.",
           "CSP Chair", "April 2025", "", "B", "Letter sent 17 April 2025.")]),
    ]
    lines = [
        "South Devon and Dartmoor Community Safety Partnership",
        title,
        "Overview report accepted by the Home Office Quality Assurance Panel: March 2025. Position at 31 January 2026.",
        "",
        "\t".join(["Ref", "Action", "Lead", "Target date", "Revised target date", "RAG", "Update (January 2026)"]),
    ]
    for rec, rows in recs:
        lines.append(rec + "\t" * (ncol - 1))
        for row in rows:
            lines.append("\t".join(row))
    lines += [
        "",
        "RAG: B = complete, G = on track, A = delayed / at risk, R = not progressing, blank = not started",
        "Prepared by the CSP Partnership Support Officer for the CSP Executive Group, February 2026.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    st = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    ends = {"31/05/2025": "2025-05", "31/03/2026": "2026-03", "Dec 2025": "2025-12", "Aug 2025": "2025-08",
            "Q1 2026/27": "2026-06", "Jun-26": "2026-06", "April 2025": "2025-04"}
    leads = {"Devon County Council Adult Social Care / NHS Devon ICB": ["Devon County Council Adult Social Care", "NHS Devon ICB"],
             "South Hams DC & West Devon BC": ["South Hams DC", "West Devon BC"],
             "Devon Carers / Devon County Council": ["Devon Carers", "Devon County Council"]}
    actions = []
    for rec, rows in recs:
        for ref, action, lead, tgt, rev, rag, upd in rows:
            actions.append(act(ref, [rec], action, leads.get(lead, [lead]), ends[rev or tgt], st[rag]))
    write_expected(
        name,
        source=("Imitates a community safety partnership's DHR action plan kept as a spreadsheet and exported as "
                "tab-separated text (South Devon and Dartmoor CSP, DHR 'Julie', 2025-26). Copies the partnership and "
                "review title lines, a report/position line, a header row, each recommendation as a full line of its "
                "own above its numbered actions, lead agencies (some joint), target and revised target dates, RAG "
                "letters with a key line at the foot, and a preparer note."),
        reads=("Seven actions under four recommendations. Where a revised target date is given it is the end "
               "(1.2 and 3.1). One action has a blank RAG, read as not started per the key. Joint leads written with "
               "'/' or '&' are two agencies."),
        outcome="read", title=title, actions=actions)
    return name, actions


if __name__ == "__main__":
    for fn in (make_worcestershire, make_redbridge, make_barnet, make_herefordshire, make_brent,
               make_manchester, make_devon):
        n, acts = fn()
        print(n, "refuse" if acts is None else len(acts))
