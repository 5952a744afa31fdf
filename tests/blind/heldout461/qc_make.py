#!/usr/bin/env python
"""Build the seven qc- cases of set heldout461 (data files and their expected readings).

Run with /work/main/.venv/bin/python qc_make.py from any directory; files are written
beside this script. Only files whose names start with qc- are written.
"""
import csv
import datetime as dt
import json
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "pale": "DEEAF6",
}


def out(name):
    assert name.startswith("qc-") or name.startswith("qc_"), name
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------- YAML writer
def q(s):
    return json.dumps(s, ensure_ascii=False)


def block(text, indent="  "):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 96:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return "\n".join(indent + ln for ln in lines)


def write_expected(fname, source, reads, outcome, title=None, actions=None,
                   accept_refusal=False, refuse_at=None):
    parts = ["source: >-", block(source), "reads: >-", block(reads),
             "outcome: " + outcome,
             "accept_refusal: " + ("true" if accept_refusal else "false")]
    if refuse_at is not None:
        parts.append("refuse_at: %d" % refuse_at)
    if title is not None:
        parts.append("title: " + q(title))
    if outcome == "read":
        parts.append("actions:")
        for a in actions:
            parts.append("  - ref: " + ("null" if a["ref"] is None else q(a["ref"])))
            parts.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            parts.append("    action: " + q(a["action"]))
            parts.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            parts.append("    end: " + ("null" if a["end"] is None else q(a["end"])))
            if a.get("end_text"):
                parts.append("    end_text: " + q(a["end_text"]))
            parts.append("    status: " + a["status"])
    with open(out(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")


# --------------------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def put(ws, row, col, value, bold=False, fill=None, fmt=None, border=True, color=None, size=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or color or size:
        c.font = Font(bold=bold, color=color, size=size or 11)
    if fill:
        c.fill = solid(fill)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


# =========================================================================== 1. Knowsley
def knowsley():
    name = "qc-knowsley-council-internal-audit-recommendations-tracker.xlsx"
    title = "Knowsley Council – Internal Audit Recommendations Tracker"
    g1 = "2024/25-09 Direct Payments – Limited Assurance"
    g2 = "2024/25-14 Payroll: Starters and Leavers – Reasonable Assurance"
    g3 = "2025/26-03 Cyber Security: Patch Management – Limited Assurance"
    r091 = ("Financial monitoring of direct payment accounts should be risk-based, and the "
            "outcome of each review should be recorded on the client's record.")
    r092 = "Surplus balances held in direct payment accounts should be identified and recovered promptly."
    r141 = "Leaver notifications should reach Payroll before the employee's final pay date."
    r142 = "Salary overpayments should be pursued in line with the Salary Overpayment Recovery Procedure."
    r031 = "Patching timescales should be defined by severity, and compliance should be monitored."
    r032 = ("Unsupported operating systems should be removed from the network, and vulnerability "
            "scanning should confirm that patches have been applied.")
    D = dt.datetime
    # ref, priority, rec, action, lead cell, lead list, original, revised, rag letter, status, progress
    groups = [
        (g1, [
            ("09.1", "High", r091,
             "Introduce a risk-based monitoring schedule for all direct payment accounts: quarterly "
             "reviews for high-risk accounts and an annual review for all others. Review outcomes to "
             "be recorded in LiquidLogic.",
             "Head of Commissioning (Adults)", ["Head of Commissioning (Adults)"],
             D(2025, 3, 31), D(2025, 9, 30), "B", "blue",
             "Schedule live from July 2025. All 46 high-risk accounts reviewed in Q2; evidence "
             "passed to Internal Audit on 14/10/2025."),
            ("09.2", "Medium", r092,
             "Produce a monthly exception report of accounts holding more than 12 weeks' funding and "
             "issue recovery letters within 28 days of the report.",
             "Direct Payments Team Manager / Finance Business Partner (Adults)",
             ["Direct Payments Team Manager", "Finance Business Partner (Adults)"],
             D(2025, 6, 30), D(2025, 12, 31), "A", "amber",
             "Report built and first recovery letters issued in October 2025. Revised date agreed "
             "so that three months of evidence can be provided."),
        ]),
        (g2, [
            ("14.1", "Medium", r141,
             "Issue a reminder to all managers through the Managers' Briefing and add a mandatory "
             "leaver checklist to the iTrent manager self-service form.",
             "HR Operations Manager", ["HR Operations Manager"],
             D(2025, 5, 31), None, "B", "blue",
             "Checklist live in iTrent since 2 June 2025. Verified by Internal Audit."),
            ("14.2", "Low", r142,
             "Refresh the Salary Overpayment Recovery Procedure and report the recovery position to "
             "the Corporate Leadership Team each quarter.",
             "Payroll and Pensions Manager", ["Payroll and Pensions Manager"],
             D(2025, 9, 30), D(2026, 1, 31), "A", "amber",
             "Draft procedure with HR Policy for consultation with trade unions."),
        ]),
        (g3, [
            ("03.1", "High", r031,
             "Set patching timescales by severity in the Patch Management Policy (critical: 14 days; "
             "high: 30 days) and report compliance monthly to the Information Security Board.",
             "Head of ICT and Digital", ["Head of ICT and Digital"],
             D(2025, 12, 31), None, "G", "green",
             "Policy drafted; compliance dashboard in test."),
            ("03.2", "High", r032,
             "Decommission the 37 unsupported Windows Server 2012 R2 instances, or isolate them from "
             "the corporate network until migration is complete.",
             "ICT Infrastructure Manager", ["ICT Infrastructure Manager"],
             D(2025, 9, 30), None, "R", "red",
             "29 of 37 decommissioned. The remaining 8 host the legacy revenues system and depend "
             "on the supplier's upgrade."),
            ("03.3", "Medium", r032,
             "Run an authenticated vulnerability scan of all endpoints after each monthly patch cycle "
             "and keep the results for audit.",
             "ICT Security Lead; Infrastructure Team Leader",
             ["ICT Security Lead", "Infrastructure Team Leader"],
             D(2026, 2, 28), None, "G", "green",
             "Scanning tool licensed; first authenticated scan scheduled for November."),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws.column_dimensions["A"].width = 44
    for col in "BCDE":
        ws.column_dimensions[col].width = 11
    put(ws, 1, 1, title, bold=True, border=False, size=14)
    put(ws, 2, 1, "Governance and Audit Committee – 26 November 2025 – Appendix B", border=False)
    put(ws, 4, 1, "Position at 31 October 2025", bold=True, border=False)
    hdr = ["Status of agreed actions", "High", "Medium", "Low", "Total"]
    for i, h in enumerate(hdr, 1):
        put(ws, 6, i, h, bold=True, fill=FILL["grey"])
    rows = [
        ("Implemented since last report (B)", 1, 1, 0, 2),
        ("In progress – on track (G)", 1, 1, 0, 2),
        ("In progress – revised date agreed (A)", 0, 1, 1, 2),
        ("Overdue (R)", 1, 0, 0, 1),
        ("Total", 3, 3, 1, 7),
    ]
    for r, row in enumerate(rows, 7):
        for i, v in enumerate(row, 1):
            put(ws, r, i, v, bold=(row[0] == "Total"))
    put(ws, 13, 1, "RAG key", bold=True, border=False)
    key = [("B", "blue", "Implemented – verified by Internal Audit"),
           ("G", "green", "In progress and expected by the target date"),
           ("A", "amber", "In progress – revised target date agreed with Internal Audit"),
           ("R", "red", "Overdue – target date passed without a revised date")]
    for r, (k, col, text) in enumerate(key, 14):
        put(ws, r, 1, text)
        put(ws, r, 2, k, bold=True, fill=FILL[col], color="FFFFFF" if col in ("blue", "red") else None)
    put(ws, 19, 1, "Note: implemented actions are removed from the tracker once they have been "
                   "reported to Committee.", border=False)

    ws2 = wb.create_sheet("Agreed actions")
    widths = [8, 9, 40, 52, 30, 13, 13, 7, 48]
    for i, w in enumerate(widths):
        ws2.column_dimensions[chr(65 + i)].width = w
    put(ws2, 1, 1, "Outstanding agreed actions by audit – position at 31 October 2025", bold=True, border=False, size=12)
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "RAG", "Progress update (October 2025)"]
    for i, h in enumerate(heads, 1):
        put(ws2, 3, i, h, bold=True, fill=FILL["head"], color="FFFFFF")
    r = 4
    expected = []
    for gname, acts in groups:
        put(ws2, r, 1, gname, bold=True, fill=FILL["pale"])
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        prev_rec, rec_start = None, None
        for (ref, pri, rec, act, leadcell, leadlist, orig, rev, rag, status, prog) in acts:
            put(ws2, r, 1, ref)
            put(ws2, r, 2, pri)
            if rec == prev_rec:
                ws2.merge_cells(start_row=rec_start, start_column=3, end_row=r, end_column=3)
            else:
                put(ws2, r, 3, rec)
                rec_start = r
            prev_rec = rec
            put(ws2, r, 4, act)
            put(ws2, r, 5, leadcell)
            put(ws2, r, 6, orig, fmt="dd/mm/yyyy")
            put(ws2, r, 7, rev, fmt="dd/mm/yyyy")
            put(ws2, r, 8, rag, bold=True, fill=FILL[status],
                color="FFFFFF" if status in ("blue", "red") else None)
            put(ws2, r, 9, prog)
            end = (rev or orig).strftime("%Y-%m")
            expected.append(dict(ref=ref, under=[gname, rec], action=act, lead=leadlist,
                                 end=end, status=status))
            r += 1
    ws2.freeze_panes = "A4"
    wb.save(out(name))
    write_expected(
        name,
        source=("Imitates the internal audit follow-up tracker that Knowsley Metropolitan Borough "
                "Council and other Merseyside metropolitan councils take to their Governance and Audit "
                "Committee as an appendix (layout seen in audit recommendation tracker reports such as "
                "https://democracy.reading.gov.uk/mgAi.aspx?ID=7356 and "
                "https://democracy.northdevon.gov.uk/ieIssueDetails.aspx?IId=2351&Opt=3). Copied: a "
                "Summary sheet with a status-by-priority totals block and a B/G/A/R key, then an "
                "'Agreed actions' sheet with one merged banner row per audit (reference, title, "
                "assurance opinion), the auditor's recommendation beside the agreed management action "
                "(one recommendation merged over two actions), job titles as responsible officers, "
                "original and revised target dates as Excel dates and a filled RAG letter."),
        reads=("A two-sheet audit tracker: the first sheet is only a summary count and key; the second "
               "lists seven agreed management actions from three audits, each under its audit banner "
               "and its recommendation. Where a revised target date is given it replaces the original "
               "one; the RAG letter (B = implemented) gives the status."),
        outcome="read", title=title, actions=expected)


# =========================================================================== 2. Sutton
def sutton():
    name = "qc-london-borough-of-sutton-corporate-risk-register-2025-26.xlsx"
    title = "London Borough of Sutton – Corporate Risk Register 2025/26"
    D = dt.datetime
    risks = [
        ("SR1 Financial sustainability",
         "Cause: rising demand in adult social care, children's placements and temporary "
         "accommodation, with funding that does not keep pace.\nConsequence: the Council cannot set a "
         "balanced budget across the medium term financial strategy period and has to draw on "
         "reserves or seek exceptional financial support.",
         "Strategic Director of Resources", "4 x 5 = 20", "red",
         "• Monthly budget monitoring to SLT and Cabinet\n• Savings tracker with named leads\n"
         "• Reserves strategy agreed by Council",
         "3 x 4 = 12",
         [("SR1.1", "Agree 2026/27 savings proposals of £9.4m through the budget-setting process.",
           "Head of Finance (Deputy S151)", ["Head of Finance (Deputy S151)"],
           "February 2026", "2026-02", None, "amber"),
          ("SR1.2", "Complete the fees and charges review and apply the revised charges from 1 April 2026.",
           "Head of Finance (Deputy S151); Heads of Service",
           ["Head of Finance (Deputy S151)", "Heads of Service"],
           D(2026, 3, 31), "2026-03", None, "green"),
          ("SR1.3", "Submit the Council's response to the government's local authority funding reform consultation.",
           "Strategic Director of Resources", ["Strategic Director of Resources"],
           "August 2025", "2025-08", None, "blue")]),
        ("SR4 Temporary accommodation",
         "Cause: more households presenting as homeless and too few affordable private lets.\n"
         "Consequence: families placed in nightly-paid bed and breakfast, an overspend on the "
         "homelessness budget and a breach of the six-week limit for families.",
         "Executive Director of Housing and Regeneration", "5 x 4 = 20", "red",
         "• Weekly placement panel\n• Acquisitions programme approved by Cabinet (March 2025)",
         "3 x 4 = 12",
         [("SR4.1", "Buy 60 additional homes for use as temporary accommodation through the housing acquisitions programme.",
           "Head of Housing Needs; Head of Property", ["Head of Housing Needs", "Head of Property"],
           "Q4 2025/26", "2026-03", "Q4 2025/26", "green"),
          ("SR4.2", "End the use of bed and breakfast for families for stays of more than six weeks.",
           "Temporary Accommodation Manager", ["Temporary Accommodation Manager"],
           D(2025, 12, 31), "2025-12", None, "red")]),
        ("SR7 Safeguarding children and adults",
         "Cause: high caseloads, gaps in multi-agency information sharing.\nConsequence: a child or "
         "adult at risk suffers serious harm that the Council could have prevented; regulatory "
         "intervention and reputational damage.",
         "Executive Director of Children's Services", "3 x 5 = 15", "amber",
         "• Multi-Agency Safeguarding Hub\n• Quarterly performance reports to both safeguarding partnerships",
         "2 x 5 = 10",
         [("SR7.1", "Embed the revised front door arrangements agreed after the MASH review.",
           "Head of Safeguarding and Quality Assurance", ["Head of Safeguarding and Quality Assurance"],
           "Ongoing", None, "Ongoing", "green"),
          ("SR7.2", "Complete the adult social care case file audit programme and report the findings to the Safeguarding Adults Board.",
           "Principal Social Worker (Adults)", ["Principal Social Worker (Adults)"],
           D(2025, 11, 30), "2025-11", None, "amber")]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q2 2025-26"
    widths = [24, 40, 22, 12, 34, 8, 46, 30, 13, 8, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    put(ws, 1, 1, title, bold=True, border=False, size=14)
    put(ws, 2, 1, "Quarter 2 review – considered by the Strategic Leadership Team on 14 October 2025 "
                  "and by the Audit and Governance Committee on 17 November 2025", border=False)
    heads = ["Risk", "Cause and consequence", "Risk owner", "Current score (L x I)", "Key controls in place",
             "Ref", "Further action required", "Action owner", "Target date", "Action RAG", "Target score"]
    for i, h in enumerate(heads, 1):
        put(ws, 4, i, h, bold=True, fill=FILL["head"], color="FFFFFF")
    r = 5
    expected = []
    for (rtitle, cause, owner, score, scol, controls, target, acts) in risks:
        start = r
        for (ref, act, leadcell, leadlist, tdate, end, end_text, status) in acts:
            put(ws, r, 6, ref)
            put(ws, r, 7, act)
            put(ws, r, 8, leadcell)
            put(ws, r, 9, tdate, fmt="dd/mm/yyyy" if isinstance(tdate, dt.datetime) else None)
            put(ws, r, 10, None, fill=FILL[status])
            a = dict(ref=ref, under=[rtitle], action=act, lead=leadlist, end=end, status=status)
            if end_text:
                a["end_text"] = end_text
            expected.append(a)
            r += 1
        for col, val, kw in [(1, rtitle, dict(bold=True)), (2, cause, {}), (3, owner, {}),
                             (4, score, dict(bold=True, fill=FILL[scol])), (5, controls, {}),
                             (11, target, dict(fill=FILL["amber"]))]:
            put(ws, start, col, val, **kw)
            for rr in range(start + 1, r):
                put(ws, rr, col, None)
            ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    put(ws, r, 1, "Action RAG: Blue = complete; Green = on track; Amber = at risk of slipping; "
                  "Red = overdue or off track.", border=False)
    put(ws, r + 1, 1, "Scores are likelihood x impact on a 5 x 5 matrix – see the Matrix sheet.", border=False)
    ws.freeze_panes = "A5"

    ws2 = wb.create_sheet("Matrix")
    put(ws2, 1, 1, "Risk scoring matrix (likelihood x impact)", bold=True, border=False)
    put(ws2, 3, 1, "Likelihood \\ Impact", bold=True)
    for i in range(1, 6):
        put(ws2, 3, 1 + i, i, bold=True)
    for l in range(5, 0, -1):
        row = 4 + (5 - l)
        put(ws2, row, 1, l, bold=True)
        for i in range(1, 6):
            s = l * i
            col = "red" if s >= 15 else ("amber" if s >= 8 else "green")
            put(ws2, row, 1 + i, s, fill=FILL[col])
    put(ws2, 10, 1, "15–25 Red: unacceptable – SLT oversight monthly", border=False)
    put(ws2, 11, 1, "8–12 Amber: tolerable with further action – reviewed quarterly", border=False)
    put(ws2, 12, 1, "1–6 Green: accept and monitor", border=False)
    wb.save(out(name))
    write_expected(
        name,
        source=("Imitates the quarterly corporate risk register that London boroughs such as the London "
                "Borough of Sutton report to their Audit and Governance Committee (detailed risk register "
                "layout as in the City of London 'Corporate risks – detailed report' and shared-services "
                "registers found via https://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=155717). Copied: "
                "one block per risk with the risk, cause and consequence, owner, current score, controls "
                "and target score merged down over its further-action rows; further actions with their "
                "own refs, job-title owners and mixed target dates (Excel dates, month words, a "
                "financial quarter, Ongoing); action RAG shown only by cell fill, with the key as a "
                "note line under the register; a second sheet with the 5 x 5 scoring matrix."),
        reads=("A corporate risk register with three risks, each carrying two or three further actions "
               "(seven in all). Each action is read under its risk; the action RAG cell has no text, "
               "so its fill colour (blue = complete, per the key) is the status; the scoring matrix "
               "sheet and the coloured score cells are not actions."),
        outcome="read", title=title, actions=expected)


# =========================================================================== 3. Warwickshire
def warwickshire():
    name = "qc-warwickshire-county-council-send-inclusion-change-programme-highlight-report.xlsx"
    title = "SEND and Inclusion Change Programme – Highlight Report"
    L = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    ws1 = "Workstream 1: Neurodiversity pathway and autism assessment"
    ws2n = "Workstream 2: Inclusion in mainstream schools"
    ws3 = "Workstream 3: EHC needs assessment – timeliness and quality"
    ws4 = "Workstream 4: Co-production and communication"
    # ref, milestone, lead cell, lead list, baseline, forecast, end, prev, cur, commentary
    data = [
        (ws1, [
            ("1.1", "Launch the neurodiversity 'request for support' pathway for schools in all five districts",
             "Head of SEND and Inclusion / ICB Neurodiversity Lead",
             ["Head of SEND and Inclusion", "ICB Neurodiversity Lead"], "Sep-25", "Nov-25", "2025-11", "A", "G",
             "North Warwickshire and Nuneaton live; remaining districts go live on 3 November."),
            ("1.2", "Reduce the longest wait for an autism diagnostic assessment to under 26 weeks",
             "ICB Neurodiversity Lead", ["ICB Neurodiversity Lead"], "Mar-26", "Mar-26", "2026-03", "A", "A",
             "Longest wait 31 weeks (September). Additional assessment capacity commissioned from October."),
        ]),
        (ws2n, [
            ("2.1", "Publish the Ordinarily Available Provision guidance and toolkit for mainstream schools",
             "Inclusion Strategy Manager", ["Inclusion Strategy Manager"], "Jul-25", "Jul-25", "2025-07", "G", "B",
             "Published 14 July; 212 school leaders attended the launch briefings."),
            ("2.2", "Open resourced provision places at four more mainstream schools",
             "Head of Education Capital and Sufficiency", ["Head of Education Capital and Sufficiency"],
             "Sep-25", "Jan-26", "2026-01", "A", "R",
             "Two of four sites open. Works at the other two delayed by planning conditions."),
        ]),
        (ws3, [
            ("3.1", "Recruit six additional educational psychologists",
             "Principal Educational Psychologist", ["Principal Educational Psychologist"],
             "Oct-25", "Dec-25", "2025-12", "R", "A",
             "Four appointed; two posts re-advertised with a market supplement."),
            ("3.2", "Introduce monthly multi-agency EHCP quality assurance panels",
             "SENDAR Service Manager", ["SENDAR Service Manager"], "Nov-25", "Nov-25", "2025-11", "G", "G",
             "Terms of reference agreed; first panel 19 November."),
            ("3.3", "Issue 60% of new EHC plans within 20 weeks (rolling three months)",
             "SENDAR Service Manager, Head of SEND and Inclusion",
             ["SENDAR Service Manager", "Head of SEND and Inclusion"], "Mar-26", "Jun-26", "2026-06", "A", "R",
             "Rolling timeliness 38%. Recovery dependent on milestone 3.1."),
        ]),
        (ws4, [
            ("4.1", "Co-produce and publish the refreshed Local Offer website with Warwickshire Parent Carer Voice",
             "Participation and Engagement Lead", ["Participation and Engagement Lead"],
             "Dec-25", "Feb-26", "2026-02", "G", "A",
             "User testing with parent carers extended by four weeks at the Forum's request."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    widths = [7, 50, 34, 11, 11, 10, 10, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    put(ws, 1, 1, "Warwickshire County Council", bold=True, border=False, size=12)
    put(ws, 2, 1, title, bold=True, border=False, size=14)
    ws.merge_cells("A1:H1")
    ws.merge_cells("A2:H2")
    info = [("Reporting period", "1–31 October 2025"),
            ("Report to", "SEND and Inclusion Programme Board, 12 November 2025"),
            ("Senior Responsible Owner", "Executive Director for Children and Young People"),
            ("Programme Manager", "Lucy Ashworth"),
            ("Overall RAG – previous", "A"),
            ("Overall RAG – current", "A")]
    for i, (k, v) in enumerate(info, 4):
        put(ws, i, 1, k, bold=True, fill=FILL["grey"])
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
        c = put(ws, i, 3, v, fill=FILL["amber"] if v == "A" else None)
        ws.merge_cells(start_row=i, start_column=3, end_row=i, end_column=5)
    put(ws, 11, 1, "Key achievements this period", bold=True, fill=FILL["pale"])
    ws.merge_cells("A11:H11")
    put(ws, 12, 1, "• Ordinarily Available Provision toolkit in use in 180 schools\n"
                   "• 1,140 children removed from the autism assessment waiting list since April\n"
                   "• Four educational psychologists appointed", border=True)
    ws.merge_cells("A12:H12")
    ws.row_dimensions[12].height = 48
    put(ws, 14, 1, "Milestones", bold=True, fill=FILL["pale"])
    ws.merge_cells("A14:H14")
    heads = ["Ref", "Milestone / deliverable", "Lead", "Baseline date", "Forecast date",
             "Previous RAG", "Current RAG", "Commentary"]
    for i, h in enumerate(heads, 1):
        put(ws, 15, i, h, bold=True, fill=FILL["head"], color="FFFFFF")
    r = 16
    expected = []
    for wsname, items in data:
        put(ws, r, 1, wsname, bold=True, fill=FILL["grey"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (ref, ms, leadcell, leadlist, base, fc, end, prev, cur, com) in items:
            put(ws, r, 1, ref)
            put(ws, r, 2, ms)
            put(ws, r, 3, leadcell)
            put(ws, r, 4, base)
            put(ws, r, 5, fc)
            put(ws, r, 6, prev, fill=FILL[L[prev]])
            put(ws, r, 7, cur, bold=True, fill=FILL[L[cur]])
            put(ws, r, 8, com)
            expected.append(dict(ref=ref, under=[wsname], action=ms, lead=leadlist, end=end, status=L[cur]))
            r += 1
    r += 1
    put(ws, r, 1, "Decisions required from the Board", bold=True, fill=FILL["pale"])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    put(ws, r + 1, 1, "1. Approve the revised forecast for milestone 2.2 (January 2026).\n"
                      "2. Note the risk to milestone 3.3 and the recovery actions in Workstream 3.")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
    ws.row_dimensions[r + 1].height = 34

    wr = wb.create_sheet("Risks & issues")
    for i, w in enumerate([7, 60, 9, 8, 10]):
        wr.column_dimensions[chr(65 + i)].width = w
    for i, h in enumerate(["ID", "Risk / issue", "Type", "Score", "Trend"], 1):
        put(wr, 1, i, h, bold=True, fill=FILL["head"], color="FFFFFF")
    rows = [("R03", "Educational psychology recruitment market remains tight, delaying EHC needs assessments", "Risk", 16, "↔"),
            ("R07", "High needs block overspend limits investment in mainstream inclusion", "Risk", 20, "↑"),
            ("I02", "Planning conditions at two resourced provision sites", "Issue", 12, "New")]
    for i, row in enumerate(rows, 2):
        for j, v in enumerate(row, 1):
            put(wr, i, j, v)

    wk = wb.create_sheet("RAG key")
    put(wk, 1, 1, "RAG definitions", bold=True, border=False)
    for i, (k, col, txt) in enumerate([
            ("B", "blue", "Complete"),
            ("G", "green", "On track to the baseline date"),
            ("A", "amber", "Forecast has slipped but is recoverable within the programme"),
            ("R", "red", "Forecast beyond tolerance – Board intervention needed")], 3):
        put(wk, i, 1, k, bold=True, fill=FILL[col])
        put(wk, i, 2, txt)
    wk.column_dimensions["B"].width = 62
    wb.save(out(name))
    write_expected(
        name,
        source=("Imitates a monthly programme highlight report for Warwickshire County Council's SEND and "
                "Inclusion Change Programme, reported to its programme board (programme described at "
                "https://docslib.org/doc/7334516/schools-forum-3-december-2020-send-inclusion-change and "
                "https://www.warwickshire.gov.uk/news/article/4924/dfe-officials-praise-progress-to-improve-send-services-in-warwickshire). "
                "Copied: a header block (reporting period, board, SRO, programme manager, overall "
                "previous/current RAG), a key-achievements box, a milestone table grouped by workstream "
                "banner rows with baseline and forecast dates and previous and current RAG letters on "
                "coloured cells, a decisions-required box, and separate 'Risks & issues' and 'RAG key' "
                "sheets."),
        reads=("A highlight report whose milestone table holds eight milestones under four workstream "
               "headings. Each milestone's end is its forecast date (the revised date) and its status is "
               "the current RAG letter (B = complete); the header block, achievements, decisions, risks "
               "and key are not actions."),
        outcome="read", title=title, actions=expected)


# --------------------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(ln)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# =========================================================================== 4. Bromley
def bromley():
    name = "qc-bromley-council-ofsted-focused-visit-action-plan.docx"
    title = "Ofsted Focused Visit Action Plan – July 2025"
    RAGW = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
    areas = [
        ("Area for improvement 1",
         "The consistency of management oversight and the quality of supervision for children in need.",
         [("1.1", "Refresh the supervision policy to set a minimum monthly frequency for children in need "
                  "and a required format for recording reflective discussion.",
           "Principal Social Worker", ["Principal Social Worker"], "September 2025", "2025-09", None,
           "Policy signed off at Children's Leadership Team on 23/09/2025 and launched at the practice forum.",
           "Complete"),
          ("1.2", "Deliver a rolling programme of supervision training for all team managers in the "
                  "Children in Need service, including observed supervision.",
           "Head of Service – Children in Need / Workforce Development Manager",
           ["Head of Service – Children in Need", "Workforce Development Manager"],
           "End of November 2025", "2025-11", None,
           "Cohorts 1 and 2 trained (14 of 19 managers). Cohort 3 booked.", "Green"),
          ("1.3", "Add management oversight to the monthly thematic audit tool and report compliance to "
                  "the Children's Services Performance Board.",
           "Head of Quality Assurance", ["Head of Quality Assurance"], "31/12/2025", "2025-12", None,
           "Audit tool amended. Reporting delayed by the Liquidlogic upgrade.", "Amber")]),
        ("Area for improvement 2",
         "The timeliness of initial child protection conferences when children's circumstances change quickly.",
         [("2.1", "Introduce a daily conference scheduling huddle between the child protection chairs and "
                  "the Referral and Assessment teams.",
           "Service Manager (CP Chairs)", ["Service Manager (CP Chairs)"], "August 2025", "2025-08", None,
           "Huddle in place since 11 August 2025.", "Complete"),
          ("2.2", "Review the criteria for convening an urgent initial child protection conference and "
                  "update the local procedure with the Bromley Safeguarding Children Partnership.",
           "Head of Safeguarding and Quality Improvement", ["Head of Safeguarding and Quality Improvement"],
           "Autumn term 2025", "2025-12", "Autumn term 2025",
           "Draft procedure with partnership procedures group.", "Green"),
          ("2.3", "Report the percentage of initial child protection conferences held within 15 working "
                  "days to the Partnership's Executive each quarter.",
           "Head of Performance and Information", ["Head of Performance and Information"],
           "Quarterly", None, "Quarterly",
           "First report (Q2) presented October 2025: 91%.", "Green")]),
        ("Area for improvement 3",
         "The quality of written plans for children in need, so that actions are specific and timescales are clear.",
         [("3.1", "Relaunch the SMART planning guidance and template in Liquidlogic, with worked examples "
                  "co-produced with young people.",
           "Principal Social Worker", ["Principal Social Worker"], "October 2025", "2025-10", None,
           "Template built; young people's examples to be added.", "Amber"),
          ("3.2", "Dip sample 40 child in need plans and share the findings with teams through practice weeks.",
           "Head of Quality Assurance; Team Managers (CIN)", ["Head of Quality Assurance", "Team Managers (CIN)"],
           "January 2026", "2026-01", None, "", "Not started")]),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("London Borough of Bromley").runs[0].bold = True
    doc.add_paragraph("Children, Education and Families")
    doc.add_heading(title, level=0)
    doc.add_paragraph("Focused visit to children's services, 8 and 9 July 2025: children in need and "
                      "children subject to a child protection plan. Letter published 12 August 2025.")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_cell(dc.cell(0, i), h, bold=True)
    for r, row in enumerate([["0.3", "18/08/2025", "Head of Quality Assurance", "—"],
                             ["1.0", "02/09/2025", "Head of Quality Assurance",
                              "Children's Services Improvement Governance Board"]], 1):
        for i, v in enumerate(row):
            set_cell(dc.cell(r, i), v)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "Inspectors found that children in need of help and protection in Bromley continue to receive "
        "strong services. The letter identified three areas for improvement. This plan sets out how we "
        "will respond, who is leading each action and how progress will be monitored. Progress is "
        "reported monthly to the Children's Services Improvement Governance Board.")
    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for r, (word, col, txt) in enumerate([("Complete", "blue", "Action complete and impact evidenced"),
                                          ("Green", "green", "On track"),
                                          ("Amber", "amber", "Some slippage – mitigation in place"),
                                          ("Red", "red", "Off track – escalate to Board")]):
        set_cell(key.cell(r, 0), word, bold=True)
        shade(key.cell(r, 0), FILL[col])
        set_cell(key.cell(r, 1), txt)

    expected = []
    heads = ["Ref", "Action", "Lead", "Timescale", "Progress update (October 2025)", "RAG"]
    widths = [Cm(1.3), Cm(8.5), Cm(4.5), Cm(3.2), Cm(6.5), Cm(2.0)]
    for (aname, atext, acts) in areas:
        doc.add_heading(aname, level=1)
        p = doc.add_paragraph()
        run = p.add_run(atext)
        run.italic = True
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(t.cell(0, i), h, bold=True)
            shade(t.cell(0, i), "D9E2F3")
        for r, (ref, act, leadcell, leadlist, tcell, end, end_text, prog, rag) in enumerate(acts, 1):
            for i, v in enumerate([ref, act, leadcell, tcell, prog, rag]):
                set_cell(t.cell(r, i), v)
            if RAGW[rag] != "unrated":
                shade(t.cell(r, 5), FILL[RAGW[rag]])
            a = dict(ref=ref, under=[atext], action=act, lead=leadlist, end=end, status=RAGW[rag])
            if end_text:
                a["end_text"] = end_text
            expected.append(a)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph("")
    doc.add_paragraph("Plan owner: Director of Children's Social Care. Next review: Children's Services "
                      "Improvement Governance Board, 9 December 2025.")
    doc.save(out(name))
    write_expected(
        name,
        source=("Imitates the action plan a London borough writes after an Ofsted focused visit under "
                "ILACS, here for the London Borough of Bromley (its focused visits are reported at "
                "https://bromley.gov.uk/news/article/81/ofsted-praises-bromley-s-children-s-services-and-the-positive-culture-to-champion-children-s-needs-across-the-wider-council; "
                "improvement plans monitored by the Children's Services Improvement Governance Board, "
                "https://cds.bromley.gov.uk/ieIssueDetails.aspx?IId=45853&PlanId=0&Opt=3). Copied: a cover "
                "block with a document-control table and introduction, a RAG key table, then one section "
                "per area for improvement with a heading that only numbers the area, the letter's wording "
                "in italics beneath it, and a table of actions (ref, action, lead, timescale, progress, "
                "RAG word on a coloured cell); a plan-owner line at the end."),
        reads=("Eight actions in three tables, one per area for improvement. The heading 'Area for "
               "improvement N' only names the part, so each action is read under the italic area text; "
               "the RAG word is the status (Complete = blue, Not started = unrated), 'Autumn term 2025' "
               "ends in December and 'Quarterly' has no end month."),
        outcome="read", title=title, actions=expected)


# =========================================================================== 5. Halton
def halton():
    name = "qc-halton-safeguarding-children-partnership-lcspr-child-k-action-plan.docx"
    title = "Local Child Safeguarding Practice Review: Child K – Multi-agency Action Plan"
    recs = [
        ("Recommendation 1: The Partnership should seek assurance that a return home interview is offered "
         "after every missing episode and that what the child says is shared with the exploitation hub.",
         [("1a", "Review the return home interview contract and add a 72-hour offer standard to the service "
                 "specification.",
           "Halton BC Commissioning Manager (Children)", ["Halton BC Commissioning Manager (Children)"],
           "December 2025", "2025-12", None, "Specification redrafted; provider consulted.", "green"),
          ("1b", "Set up a weekly share of return home interview outcomes from the provider to the "
                 "Multi-Agency Child Exploitation (MACE) hub.",
           "Cheshire Constabulary DI (Public Protection) / Halton BC Head of Children in Need",
           ["Cheshire Constabulary DI (Public Protection)", "Halton BC Head of Children in Need"],
           "31.10.2025", "2025-10", None, "Weekly share in place from 6 October 2025.", "blue")]),
        ("Recommendation 2: Schools and the local authority should make sure that a multi-agency meeting is "
         "held before any child known to children's social care is permanently excluded or placed on a "
         "part-time timetable.",
         [("2a", "Amend the Halton exclusions protocol so that a multi-agency meeting is required before "
                 "the permanent exclusion of any child open to children's social care.",
           "Head of Inclusion, Halton BC", ["Head of Inclusion, Halton BC"],
           "January 2026", "2026-01", None, "Draft protocol out to headteachers for consultation; "
           "responses slower than planned.", "amber"),
          ("2b", "Brief all designated safeguarding leads on the amended protocol at the termly DSL network.",
           "Education Safeguarding Lead", ["Education Safeguarding Lead"],
           "Summer term 2026", "2026-07", "Summer term 2026", "", "unrated")]),
        ("Recommendation 3: Health partners should make sure that the effect of a parent's mental ill-health "
         "on an adolescent's safety is explored in every assessment.",
         [("3a", "Add a prompt on parental mental health and adolescent risk to the 0-19 service and CAMHS "
                 "assessment templates.",
           "Designated Nurse for Safeguarding Children", ["Designated Nurse for Safeguarding Children"],
           "March 2026", "2026-03", None, "Agreed with both providers; template changes in build.", "green"),
          ("3b", "Hold a multi-agency learning event on the Child K review and circulate a 7-minute briefing "
                 "to all partner agencies.",
           "HSCP Business Manager", ["HSCP Business Manager"],
           "November 2025", "2025-11", None, "Learning event held 4 November 2025 (86 attendees); "
           "briefing circulated.", "blue"),
          ("3c", "Audit 20 adolescent cases through the multi-agency audit group six months after the "
                 "learning event to test impact.",
           "Chair, Quality Assurance Sub-group", ["Chair, Quality Assurance Sub-group"],
           "June 2026", "2026-06", None, "", "unrated")]),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Halton Safeguarding Children Partnership").bold = True
    doc.add_heading(title, level=1)
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for r, (k, v) in enumerate([("Review", "Child K (aged 14)"),
                                ("Review published", "17 September 2025"),
                                ("Plan owner", "Learning and Improvement Sub-group"),
                                ("Monitored by", "HSCP Executive"),
                                ("Last updated", "3 November 2025")]):
        set_cell(info.cell(r, 0), k, bold=True)
        shade(info.cell(r, 0), "E7E6E6")
        set_cell(info.cell(r, 1), v)
    doc.add_paragraph("")
    n_rows = 1 + sum(1 + len(a) for _, a in recs)
    t = doc.add_table(rows=n_rows, cols=6)
    t.style = "Table Grid"
    heads = ["No.", "Action", "Lead agency / officer", "Target date", "Progress update", "RAG"]
    for i, h in enumerate(heads):
        set_cell(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "5B9BD5")
    r = 1
    expected = []
    for rec, acts in recs:
        m = t.cell(r, 0).merge(t.cell(r, 5))
        set_cell(m, rec, bold=True)
        shade(m, "DEEAF6")
        r += 1
        for (ref, act, leadcell, leadlist, tcell, end, end_text, prog, status) in acts:
            for i, v in enumerate([ref, act, leadcell, tcell, prog, ""]):
                set_cell(t.cell(r, i), v)
            if status != "unrated":
                shade(t.cell(r, 5), FILL[status])
            a = dict(ref=ref, under=[rec], action=act, lead=leadlist, end=end, status=status)
            if end_text:
                a["end_text"] = end_text
            expected.append(a)
            r += 1
    widths = [Cm(1.2), Cm(9.0), Cm(5.0), Cm(2.8), Cm(6.5), Cm(1.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph("")
    doc.add_paragraph("RAG rating key").runs[0].bold = True
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"),
                                    ("amber", "Delayed – recoverable"), ("red", "Off track")]):
        set_cell(key.cell(0, i), txt, bold=True)
        shade(key.cell(0, i), FILL[col])
    doc.add_paragraph("Uncoloured RAG cells: not yet started / not yet due.")
    doc.save(out(name))
    write_expected(
        name,
        source=("Imitates a local child safeguarding practice review (LCSPR) multi-agency action plan of "
                "the Halton Safeguarding Children Partnership, monitored by its Learning and Improvement "
                "Sub-group (partnership arrangements at "
                "https://haltonsafeguardingchildrenpartnership.org.uk/about-us/local-safeguarding-arrangements; "
                "quarterly HSCP reporting at https://councillors.halton.gov.uk/ieIssueDetails.aspx?IId=66853&Opt=3&PlanId=0). "
                "Copied: partnership name and heading, a review-details table, one landscape table with "
                "each review recommendation as a shaded row merged across all columns and lettered "
                "actions beneath it, agency-plus-post leads, UK dot dates, school-term and month "
                "targets, and RAG shown only by cell fill with a colour key table under the plan."),
        reads=("Seven actions under three review recommendations in one table. Each action is read under "
               "its merged recommendation row; the RAG cells hold no text, so fill colour gives the "
               "status and an uncoloured cell is unrated (the note under the key says so). Leads such as "
               "'Head of Inclusion, Halton BC' and 'Chair, Quality Assurance Sub-group' are single posts."),
        outcome="read", title=title, actions=expected)


# =========================================================================== 6. Sefton (refuse)
def sefton():
    name = "qc-sefton-health-and-wellbeing-board-action-log-typo-month-refuse.csv"
    title = "Sefton Health and Wellbeing Board – Action Log"
    ncol = 8
    rows = [
        [title] + [""] * (ncol - 1),
        ["Updated for the meeting on 3 December 2025 (Bootle Town Hall)"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Action No", "Meeting date", "Minute / item", "Action", "Lead", "Due", "Status", "Update"],
        ["HWB/25/01", "05/03/2025", "Min 42 – Pharmaceutical Needs Assessment",
         "Publish the final Pharmaceutical Needs Assessment 2025–2028 on the Council website",
         "Consultant in Public Health", "October 2025", "Complete", "Published 1 October 2025."],
        ["HWB/25/02", "05/03/2025", "Min 44 – Better Care Fund",
         "Circulate the Better Care Fund 2025-26 plan to Board members for comment before submission",
         "Director of Adult Social Care / ICB Place Director", "March 2025", "Complete",
         "Circulated 10 March; plan approved by NHS England."],
        ["HWB/25/03", "04/06/2025", "Min 7 – Health Protection Forum update",
         "Bring the childhood immunisation uptake improvement plan to the Board",
         "Director of Public Health", "September 2025", "Complete", "Presented 10 September 2025."],
        ["HWB/25/04", "04/06/2025", "Min 9 – Joint Strategic Needs Assessment",
         "Present the JSNA chapter on children and young people's emotional health",
         "Public Health Intelligence Manager", "December 2025", "On track",
         "On the agenda for 3 December."],
        ["HWB/25/05", "10/09/2025", "Min 21 – Sefton Place update",
         "Report on progress with the Sefton neighbourhood health model and integrated teams",
         "ICB Place Director", "Janaury 2026", "On track", "Workshop with PCNs booked for November."],
        ["HWB/25/06", "10/09/2025", "Min 23 – Healthwatch Sefton annual report",
         "Provide a written response to the Healthwatch recommendations on GP access",
         "ICB Place Director; Healthwatch Sefton Manager", "November 2025", "Overdue",
         "Draft response with ICB communications team."],
        ["HWB/25/07", "10/09/2025", "Min 24 – Health and Wellbeing Strategy refresh",
         "Hold a development session for Board members on the refreshed strategy priorities",
         "Director of Public Health", "February 2026", "Not started", ""],
    ]
    path = out(name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)
    # find the line of the typo as the user sees it (1-based)
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    refuse_at = next(i for i, ln in enumerate(lines, 1) if "Janaury" in ln)
    write_expected(
        name,
        source=("Imitates the action log kept for Sefton Health and Wellbeing Board meetings at Bootle "
                "Town Hall (meetings and minutes at https://modgov.sefton.gov.uk/ieListDocuments.aspx?CId=712&MeetingId=11513), "
                "as exported from a spreadsheet to CSV. Copied: title and 'updated for the meeting' lines "
                "padded with empty columns, then one row per action with a HWB/yy/nn number, meeting "
                "date, minute reference, action, lead (job titles, two in some cells), due month, "
                "status word and update."),
        reads=("An action log of seven actions. The due cell of HWB/25/05 reads 'Janaury 2026', a "
               "mistyped month; a careful reader stops and asks what month was meant rather than guess."),
        outcome="refuse", title=title, refuse_at=refuse_at)
    return refuse_at


# =========================================================================== 7. Wychavon
def wychavon():
    name = "qc-wychavon-district-council-corporate-plan-promises-q2-2025-26.txt"
    title = "Wychavon District Council – Signals of Success: Quarter 2 2025/26 (July to September 2025)"
    S = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    sections = [
        ("PEOPLE – Healthy, happy, active and supported", [
            ("P1", "Complete the refurbishment of the learner pool at Pershore Leisure Centre",
             "Head of Leisure and Wellbeing", ["Head of Leisure and Wellbeing"], "Jan-26", "2026-01", None,
             "G", "A", "Contractor delay on plant room equipment; recovery plan agreed with the contractor."),
            ("P2", "Launch a social prescribing link service in every Primary Care Network area with Worcestershire County Council",
             "Community Wellbeing Manager", ["Community Wellbeing Manager"], "Mar-26", "2026-03", None,
             "G", "G", "Link workers in place in 4 of 5 PCN areas."),
            ("P3", "Award £150,000 of community grants through the Wychavon Community Fund",
             "Communities Team Leader / Grants Officer", ["Communities Team Leader", "Grants Officer"],
             "Dec-25", "2025-12", None, "G", "C", "£153,400 awarded to 41 groups; panel closed 30 September."),
        ]),
        ("PLACE – Green, clean and safe with quality, affordable homes", [
            ("PL1", "Deliver 250 new affordable homes across the district",
             "Head of Housing and Communities", ["Head of Housing and Communities"], "Mar-26", "2026-03", None,
             "A", "A", "118 completions to date; two large sites phased into 2026/27."),
            ("PL2", "Install 40 additional public electric vehicle charge points in council car parks",
             "Climate Change Manager; Car Parks Manager", ["Climate Change Manager", "Car Parks Manager"],
             "Sep-26", "2026-09", None, "R", "R", "Grid connection quotes awaited for 5 of 8 car parks."),
            ("PL3", "Respond to the inspectors' proposed main modifications to the South Worcestershire Development Plan Review",
             "Head of Planning Policy", ["Head of Planning Policy"], "Ongoing", None, "Ongoing",
             "G", "G", "Joint response with Malvern Hills and Worcester City in preparation."),
        ]),
        ("PROSPERITY – Vibrant communities with quality jobs and skills", [
            ("PR1", "Deliver the 2025/26 UK Shared Prosperity Fund programme and spend the full allocation",
             "Economic Development Manager", ["Economic Development Manager"], "Mar-26", "2026-03", None,
             "G", "A", "Spend at 41% at end of Q2; two business support projects re-profiled."),
            ("PR2", "Complete the public realm improvements in Droitwich Spa town centre",
             "Regeneration Project Manager", ["Regeneration Project Manager"], "Nov-25", "2025-11", None,
             "G", "C", "Works completed 26 September, ahead of the Christmas events programme."),
        ]),
    ]
    lines = [title,
             "Appendix 1: Corporate Plan promises – progress", "",
             "Key:  G = on track   A = minor slippage   R = off track   C = complete", "",
             "\t".join(["Ref", "Promise", "Lead officer", "Due", "Q1", "Q2", "Progress this quarter"])]
    expected = []
    for sec, items in sections:
        lines.append(sec)
        for (ref, prom, leadcell, leadlist, due, end, end_text, q1, q2, com) in items:
            lines.append("\t".join([ref, prom, leadcell, due, q1, q2, com]))
            a = dict(ref=ref, under=[sec], action=prom, lead=leadlist, end=end, status=S[q2])
            if end_text:
                a["end_text"] = end_text
            expected.append(a)
    lines += ["", "Notes: Q1 = position reported to Executive Board in September 2025; Q2 = current position.",
              "Promises marked C will not be reported again."]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_expected(
        name,
        source=("Imitates Wychavon District Council's quarterly 'Signals of Success' performance report on "
                "its corporate plan promises, grouped under People, Place and Prosperity "
                "(https://www.wychavon.gov.uk/about-wychavon-district-council/performance; "
                "https://www.wychavon.gov.uk/ourstrategy), as a tab-separated text export of the appendix. "
                "Copied: council name, report title and appendix line, a one-line key in which C means "
                "complete, section lines for the three priorities, promise rows with ref, lead officer, "
                "due month, previous-quarter (Q1) and current-quarter (Q2) ratings and a comment, and "
                "notes lines at the end."),
        reads=("Eight promises under three priority headings. The Q2 column is the current rating and "
               "by the document's key C means complete (blue); the Q1 column is the previous quarter. "
               "One promise is due 'Ongoing' and has no end month."),
        outcome="read", title=title, actions=expected)


if __name__ == "__main__":
    knowsley()
    sutton()
    warwickshire()
    bromley()
    halton()
    ra = sefton()
    wychavon()
    print("built; sefton refuse_at line", ra)
