#!/usr/bin/env python3
"""Build the seven xe- blind cases of set heldout553 (data files and their expected readings).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only writes files whose names start with "xe-".
"""
import csv
import datetime as dt
import io
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0",
    "Complete": "0070C0", "C": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
BAND_FILL = PatternFill("solid", fgColor="D9E1F2")


def out(name):
    assert name.startswith("xe-")
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, meta, actions=None):
    doc = {"source": meta["source"], "reads": meta["reads"], "outcome": meta["outcome"],
           "accept_refusal": meta.get("accept_refusal", False)}
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if actions is not None:
        acts = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"], "lead": a["lead"],
                 "end": a["end"]}
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            acts.append(e)
        doc["actions"] = acts
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def header_row(ws, row, headers, widths=None):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD_FILL
        c.alignment = WRAP
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w


def box(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


def rag_cell(cell, key):
    if key in FILL:
        cell.fill = PatternFill("solid", fgColor=FILL[key])
    cell.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
    cell.font = Font(bold=True)


# ---------------------------------------------------------------------------
# 1. Torbay Council – Ofsted focused visit action plan (xlsx)
# ---------------------------------------------------------------------------
def torbay():
    name = "xe-torbay-council-ofsted-focused-visit-action-plan.xlsx"
    title = "Torbay Children’s Services – Ofsted Focused Visit Action Plan (CIN/CP), May 2025"
    areas = [
        "The quality and impact of management oversight and supervision, so that plans for children progress without drift.",
        "The consistency of multi-agency attendance at, and contribution to, child protection conferences and core groups.",
        "The timeliness of initial child protection conferences and the quality of child protection plans, so that they are specific about the actions needed to reduce risk.",
    ]
    # (area index, ref, action, lead cell, original, revised, progress, prev, cur, evidence,
    #  expected lead, end, end_text, status)
    rows = [
        (0, "1.1", "Refresh the supervision policy and recording template so that every supervision records reflective discussion, actions with timescales and the child’s lived experience.",
         "Principal Social Worker", d(2025, 8, 31), None,
         "Policy refreshed and launched at practice week on 2 September 2025. New template live in Mosaic from 8 September.",
         "G", "B", "Supervision audit (Nov) – 80% of records meet the standard",
         ["Principal Social Worker"], "2025-08", None, "blue"),
        (0, "1.2", "Team managers to complete monthly case sampling of supervision records (5 per team), moderated by Heads of Service.",
         "Head of Service – Safeguarding and Support", d(2025, 9, 30), d(2025, 11, 30),
         "Sampling started in August in CIN teams; CP teams to start in October after two team manager vacancies were filled.",
         "G", "A", "Monthly moderation report to Children’s Improvement Board",
         ["Head of Service – Safeguarding and Support"], "2025-11", None, "amber"),
        (0, "1.3", "Introduce a drift and delay tracker for children on CIN plans over 9 months, reviewed fortnightly by the Service Manager (CIN/CP).",
         "Service Manager (CIN/CP)", d(2025, 10, 31), None,
         "Tracker built in Power BI; first fortnightly review held 16 September.",
         "A", "G", "Reduction in CIN plans open over 9 months (baseline 61)",
         ["Service Manager (CIN/CP)"], "2025-10", None, "green"),
        (1, "2.1", "Agree a partnership escalation protocol for non-attendance at child protection conferences with the Torbay Safeguarding Children Partnership.",
         "Head of Safeguarding and Quality Assurance / TSCP Business Manager", d(2025, 9, 30), "December 2025",
         "Draft protocol discussed at TSCP Executive on 11 September; health partners asked for changes to the escalation stages.",
         "G", "A", "Protocol signed off by the three safeguarding partners",
         ["Head of Safeguarding and Quality Assurance", "TSCP Business Manager"], "2025-12", None, "amber"),
        (1, "2.2", "Report partner attendance at conferences and core groups quarterly to the TSCP Executive, with exception reports by agency.",
         "Head of Safeguarding and Quality Assurance", "Quarterly", None,
         "First report (Q1) presented in July. Q2 report due at the October Executive.",
         "G", "G", "Partner attendance at ICPCs – target 90%",
         ["Head of Safeguarding and Quality Assurance"], None, "Quarterly", "green"),
        (2, "3.1", "Implement a weekly ICPC booking huddle between the Safeguarding Hub and the Child Protection Chairs to secure conferences within 15 working days.",
         "Safeguarding Hub Service Manager", d(2025, 7, 31), None,
         "Huddle in place since 1 July. ICPC timeliness 91% in Q2 (Q1: 74%).",
         "G", "B", "ICPCs within 15 working days – target 85%",
         ["Safeguarding Hub Service Manager"], "2025-07", None, "blue"),
        (2, "3.2", "Relaunch the SMART child protection plan template, with plans written to the child, and deliver briefings to all social work teams.",
         "Principal Social Worker; Child Protection Chair Lead", d(2025, 10, 31), None,
         "Template agreed with Chairs. Team briefings booked for all 9 teams during October.",
         "G", "G", "Quality of CP plans in thematic audit",
         ["Principal Social Worker", "Child Protection Chair Lead"], "2025-10", None, "green"),
        (2, "3.3", "Quarterly thematic audit of child protection plans to test that plans are specific and that risk is reducing; findings reported to the Children’s Improvement Board.",
         "Head of Safeguarding and Quality Assurance", d(2025, 12, 31), d(2026, 3, 31),
         "First audit postponed because of auditor capacity; moderation pool being widened to include partner auditors.",
         "G", "R", "Audit findings and re-audit",
         ["Head of Safeguarding and Quality Assurance"], "2026-03", None, "red"),
    ]
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Torbay Council"
    cover["A1"].font = Font(bold=True, size=12)
    cover["A2"] = title
    cover["A2"].font = Font(bold=True, size=14)
    cover["A3"] = ("Focused visit to Torbay children’s services: arrangements for children in need and children "
                   "subject to a child protection plan, 13 and 14 May 2025. Letter published 24 June 2025.")
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    header_row(cover, 6, ["Version", "Date", "Author", "Change"], [10, 14, 32, 70])
    for i, r in enumerate([
        ("0.1", "04/07/2025", "Head of Quality Assurance", "First draft for DCS and Lead Member"),
        ("1.0", "24/07/2025", "Head of Quality Assurance", "Final plan submitted to Ofsted"),
        ("1.2", "08/10/2025", "Improvement Programme Manager", "Q2 progress update; revised dates agreed at Children’s Improvement Board"),
    ], 7):
        for j, v in enumerate(r, 1):
            cover.cell(row=i, column=j, value=v)
        box(cover, i, 4)

    ws = wb.create_sheet("Action Plan")
    ncol = 10
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Progress position at: 30 September 2025   |   Accountable: Director of Children’s Services   |   "
                "Monitored by: Children’s Improvement Board (monthly)")
    header_row(ws, 4, ["Ref", "Area for improvement (Ofsted letter, 24 June 2025)", "What we will do", "Lead",
                       "Original target date", "Revised target date", "Progress update – September 2025",
                       "Previous RAG (Aug)", "Current RAG (Sept)", "Evidence / measure of impact"],
              [7, 38, 52, 30, 13, 13, 52, 10, 10, 32])
    r = 5
    start = {}
    for (ai, ref, action, lead, orig, rev, prog, prev, cur, ev, *_x) in rows:
        start.setdefault(ai, r)
        ws.cell(row=r, column=1, value=ref)
        if start[ai] == r:
            ws.cell(row=r, column=2, value=areas[ai])
        ws.cell(row=r, column=3, value=action)
        ws.cell(row=r, column=4, value=lead)
        for col, v in ((5, orig), (6, rev)):
            c = ws.cell(row=r, column=col, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7, value=prog)
        ws.cell(row=r, column=8, value=prev)
        ws.cell(row=r, column=9, value=cur)
        ws.cell(row=r, column=10, value=ev)
        box(ws, r, ncol)
        rag_cell(ws.cell(row=r, column=8), prev)
        rag_cell(ws.cell(row=r, column=9), cur)
        r += 1
    ends = {}
    for i, row in enumerate(rows):
        ends[row[0]] = 5 + i
    for ai, s in start.items():
        if ends[ai] > s:
            ws.merge_cells(start_row=s, start_column=2, end_row=ends[ai], end_column=2)
        ws.cell(row=s, column=2).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    for lab, n, k in (("Blue (complete)", 2, "B"), ("Green", 3, "G"), ("Amber", 2, "A"), ("Red", 1, "R"), ("Total actions", 8, None)):
        ws.cell(row=r, column=2, value=lab)
        c = ws.cell(row=r, column=3, value=n)
        if k:
            ws.cell(row=r, column=2).fill = PatternFill("solid", fgColor=FILL[k])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the Children’s Improvement Board on 16 September 2025.")
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([
        ("B", "Blue – complete: action delivered and impact evidenced"),
        ("G", "Green – on track to deliver by the target date"),
        ("A", "Amber – some slippage; mitigations in place"),
        ("R", "Red – off track or will not be delivered by the target date"),
    ], 2):
        key.cell(row=i, column=1, value=k)
        rag_cell(key.cell(row=i, column=1), k)
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 70
    wb.save(out(name))

    acts = [dict(ref=x[1], under=[areas[x[0]]], action=x[2], lead=x[10], end=x[11], end_text=x[12], status=x[13])
            for x in rows]
    write_expected(name, dict(
        source=("Imitates a post-focused-visit action plan of the kind English councils submit to Ofsted within 70 working "
                "days and report monthly to a children's improvement board (Torbay Council children's services, 2025, "
                "CIN/CP focused visit; no specific published file copied). Copied features: cover sheet with document "
                "control table, plan sheet with merged title row and a status line, area-for-improvement text merged "
                "down column B over its actions, original and revised target dates, progress commentary, previous and "
                "current RAG letters with fill colours, a summary block of RAG counts, a notes line and a separate RAG key sheet."),
        reads=("A three-sheet workbook: a cover with version history, the action plan and a RAG key. The plan answers the "
               "three areas for improvement from the Ofsted letter with eight numbered actions, each with a lead post, "
               "original and sometimes revised target dates and a current RAG (the second of two RAG columns); the RAG "
               "counts and note below the table are not actions."),
        outcome="read", title=title), acts)


# ---------------------------------------------------------------------------
# 2. Slough Borough Council – corporate risk register (xlsx, refuse)
# ---------------------------------------------------------------------------
def slough():
    name = "xe-slough-borough-council-corporate-risk-register-typo-month-refuse.xlsx"
    title = "Slough Borough Council – Corporate Risk Register, Quarter 2 2025/26"
    risks = [
        ("CR01", "Financial sustainability\nCause: historic deficit, capitalisation directions and high borrowing.\nEvent: the council is unable to set a balanced budget or deliver the Medium Term Financial Strategy.\nConsequence: further statutory intervention and reduced services to residents.",
         "Executive Director of Finance and Commercial (S151)", "5 x 5 = 25",
         "Financial Recovery Board; monthly budget monitoring to CLT; spending controls panel; Commissioner oversight.", "4 x 4 = 16", "↔",
         [("Deliver the 2025/26 savings programme, tracked monthly through the Financial Recovery Board.", "Executive Director of Finance and Commercial", "Mar-26", "Amber"),
          ("Complete tranche 3 of the asset disposal programme and apply receipts to reduce borrowing.", "Director of Property and Assets", "Mar-26", "Amber"),
          ("Agree the 2026/27 budget and updated MTFS with Commissioners before Council in February.", "Head of Financial Planning", "Feb-26", "Green")]),
        ("CR02", "Children’s safeguarding\nCause: demand pressures and workforce instability in Slough Children First.\nEvent: children are not effectively safeguarded.\nConsequence: harm to children; regulatory action; reputational damage.",
         "Executive Director of People (Children)", "4 x 5 = 20",
         "Slough Children First contract and performance framework; monthly Improvement Board; DCS statutory oversight.", "3 x 4 = 12", "↓",
         [("Monitor delivery of the Slough Children First improvement plan through the monthly Improvement Board.", "Executive Director of People (Children)", "Dec-25", "Green"),
          ("Review the service contract and financial settlement with Slough Children First.", "Executive Director of People (Children)", "Jan-26", "Amber")]),
        ("CR03", "Cyber security\nCause: legacy infrastructure and increasing threat of ransomware.\nEvent: successful cyber attack.\nConsequence: loss of systems and data, inability to deliver services.",
         "Chief Digital and Information Officer", "4 x 5 = 20",
         "PSN compliance; MFA for all users; backups tested quarterly; 24/7 security monitoring.", "3 x 4 = 12", "↔",
         [("Complete migration of the remaining on-premise servers to the cloud platform.", "Chief Digital and Information Officer", "Dec-25", "Amber"),
          ("Run a council-wide phishing simulation and mandatory cyber awareness refresher for all staff.", "Head of IT Security", "N0v-25", "Green")]),
        ("CR04", "Temporary accommodation demand\nCause: rising homelessness and shortage of affordable private rented housing.\nEvent: demand for temporary accommodation exceeds supply and budget.\nConsequence: overspend; families in unsuitable B&B accommodation.",
         "Executive Director of Housing and Property", "5 x 4 = 20",
         "Homelessness prevention service; TA procurement framework; weekly B&B review.", "4 x 3 = 12", "↑",
         [("Purchase 60 additional properties for use as temporary accommodation through the acquisition programme.", "Executive Director of Housing and Property", "Mar-26", "Amber"),
          ("Introduce a prevention-first Housing Options triage model.", "Head of Housing Options", "Jan-26", "Green")]),
    ]
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Reported to the Audit and Corporate Governance Committee, 20 November 2025"
    header_row(s, 4, ["Ref", "Risk", "Risk owner", "Current score", "Target score", "Direction of travel"],
               [8, 34, 44, 14, 14, 12])
    for i, rk in enumerate(risks, 5):
        vals = [rk[0], rk[1].split("\n")[0], rk[2], rk[3], rk[5], rk[6]]
        for j, v in enumerate(vals, 1):
            s.cell(row=i, column=j, value=v)
        box(s, i, 6)

    ws = wb.create_sheet("CRR Q2 2025-26")
    ncol = 10
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Scoring: Likelihood (1–5) x Impact (1–5). 15–25 Red; 8–12 Amber; 1–6 Green. Action status: Green on track; Amber some delay; Red off track."
    header_row(ws, 4, ["Risk ref", "Risk description (cause / event / consequence)", "Risk owner", "Current score (L x I)",
                       "Key controls in place", "Further actions to mitigate", "Action owner", "Due date",
                       "Target score", "Action status"],
               [8, 48, 28, 12, 40, 50, 30, 10, 10, 10])
    r = 5
    typo_row = None
    for rk in risks:
        s0 = r
        ws.cell(row=r, column=1, value=rk[0])
        ws.cell(row=r, column=2, value=rk[1])
        ws.cell(row=r, column=3, value=rk[2])
        ws.cell(row=r, column=4, value=rk[3])
        ws.cell(row=r, column=5, value=rk[4])
        ws.cell(row=r, column=9, value=rk[5])
        for (act, owner, due, st) in rk[7]:
            ws.cell(row=r, column=6, value=act)
            ws.cell(row=r, column=7, value=owner)
            ws.cell(row=r, column=8, value=due)
            ws.cell(row=r, column=10, value=st)
            box(ws, r, ncol)
            rag_cell(ws.cell(row=r, column=10), st)
            if due == "N0v-25":
                typo_row = r
            r += 1
        if r - 1 > s0:
            for col in (1, 2, 3, 4, 5, 9):
                ws.merge_cells(start_row=s0, start_column=col, end_row=r - 1, end_column=col)
        sc = ws.cell(row=s0, column=4)
        sc.fill = PatternFill("solid", fgColor="FF0000")
    r += 1
    ws.cell(row=r, column=1, value="Risks are reviewed monthly by the Corporate Leadership Team and quarterly by the Audit and Corporate Governance Committee.")
    ws.freeze_panes = "A5"
    wb.save(out(name))
    assert typo_row == 11, typo_row
    write_expected(name, dict(
        source=("Imitates a council corporate risk register of the kind reported quarterly to an audit and governance "
                "committee (Slough Borough Council, Q2 2025/26; no specific published file copied). Copied features: "
                "summary sheet of risks with current/target scores and direction of travel, register sheet with merged "
                "title, a scoring key line, risk cause/event/consequence text and scores merged down over several "
                "further-action rows, action owner, Mmm-yy due dates and action status fills."),
        reads=("A corporate risk register whose further mitigating actions each have an owner, a due month and a status. "
               "On sheet 'CRR Q2 2025-26', row 11 (CR03, phishing simulation) has the due date 'N0v-25' with a zero for "
               "the letter O: a mistyped month, so a careful reader stops and asks before reading the plan."),
        outcome="refuse", refuse_at=typo_row, title=title))


# ---------------------------------------------------------------------------
# 3. London Borough of Newham – internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def newham():
    name = "xe-london-borough-of-newham-internal-audit-recommendations-tracker.xlsx"
    title = "London Borough of Newham – Internal Audit Recommendations Tracker"
    audits = [
        ("Accounts Payable 2024/25 – Limited Assurance", [
            ("AP/01", "High", "Duplicate payment checks should be run before each payment run and exceptions reviewed by a second officer.",
             "Implement the Oracle duplicate payment report as a mandatory pre-run check, with sign-off by the AP Team Leader recorded on the payment run checklist.",
             "Head of Exchequer Services", d(2025, 6, 30), d(2025, 9, 30), 1.0, "Complete",
             "Report live from September; Internal Audit verified sign-off on three payment runs.",
             ["Head of Exchequer Services"], "2025-09", None, "blue"),
            ("AP/02", "Medium", "Supplier bank detail changes should be independently verified by call-back to a known contact.",
             "Update the supplier maintenance procedure to require call-back verification and retain evidence on the supplier record; refresher training for the Supplier Maintenance team.",
             "Head of Exchequer Services", d(2025, 7, 31), d(2025, 12, 31), 0.6, "Amber",
             "Procedure updated. Training delayed by Oracle upgrade; now booked for November.",
             ["Head of Exchequer Services"], "2025-12", None, "amber"),
        ]),
        ("Temporary Accommodation Income 2024/25 – No Assurance", [
            ("TA/01", "High", "A full reconciliation of TA rent accounts to the housing management system should be completed monthly.",
             "Introduce a monthly reconciliation between Northgate and the general ledger, reviewed and signed by the Finance Business Partner (Housing).",
             "Sadia Rahman; Mark Olusanya", d(2025, 5, 31), d(2025, 11, 30), 0.75, "Green",
             "Reconciliations completed for July–September; unreconciled balance reduced from £1.4m to £210k.",
             ["Sadia Rahman", "Mark Olusanya"], "2025-11", None, "green"),
            ("TA/02", "High", "Arrears over 8 weeks should be escalated in line with the TA income recovery policy.",
             "Recovery officers to apply the escalation stages in the TA income recovery policy, with a weekly arrears report to the Head of Temporary Accommodation.",
             "Head of Temporary Accommodation", d(2025, 6, 30), None, 0.2, "Red",
             "Overdue. Weekly report not yet available from Northgate; interim manual report being developed.",
             ["Head of Temporary Accommodation"], "2025-06", None, "red"),
            ("TA/03", "Medium", "Void periods should be recorded and charged to the correct cost centre.",
             "Implement void recording in the TA property module and report void loss monthly to the TA Board.",
             "TA Operations Manager", d(2025, 9, 30), "31/01/2026", 0.4, "Amber",
             "Module configured; data cleanse of 1,900 property records under way.",
             ["TA Operations Manager"], "2026-01", None, "amber"),
        ]),
        ("Direct Payments (Adults) 2024/25 – Limited Assurance", [
            ("DP/01", "High", "Direct payment accounts should be audited within 12 weeks of the start of the package and annually thereafter.",
             "Clear the backlog of overdue direct payment audits using the additional Finance Officer capacity agreed by DMT, prioritising packages over £20,000 a year.",
             "Head of Adult Social Care Finance", d(2025, 8, 31), d(2026, 3, 31), 0.45, "Amber",
             "Backlog reduced from 412 to 236 audits. Revised date agreed by Audit Committee in September.",
             ["Head of Adult Social Care Finance"], "2026-03", None, "amber"),
            ("DP/02", "Medium", "Unspent direct payment balances should be reclaimed in line with the Direct Payments Policy.",
             "Reclaim surplus balances above 8 weeks’ package value and record reclaims on ContrOCC.",
             "Head of Adult Social Care Finance", d(2025, 9, 30), "N/A", 1.0, "Complete",
             "£386k reclaimed in Q1–Q2. Verified by Internal Audit.",
             ["Head of Adult Social Care Finance"], "2025-09", None, "blue"),
        ]),
        ("Cyber Security – Patch Management 2025/26 – Limited Assurance", [
            ("IT/01", "High", "Critical security patches should be applied within 14 days of release in line with the Patch Management Policy.",
             "Deploy automated patching through Intune for all council endpoints and report patch compliance monthly to the Information Governance Board.",
             "Chief Information Officer", d(2025, 12, 31), None, 0.5, "Green",
             "Intune patching live for 70% of laptops; servers in scope from November.",
             ["Chief Information Officer"], "2025-12", None, "green"),
        ]),
    ]
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Report to Audit Committee, 25 November 2025 (position at 31 October 2025)"
    header_row(s, 4, ["RAG status", "High", "Medium", "Total"], [16, 10, 10, 10])
    counts = {}
    for _, recs in audits:
        for x in recs:
            counts.setdefault(x[8], {"High": 0, "Medium": 0})[x[1]] += 1
    r = 5
    for st in ("Complete", "Green", "Amber", "Red"):
        c = counts.get(st, {"High": 0, "Medium": 0})
        for j, v in enumerate([st, c["High"], c["Medium"], c["High"] + c["Medium"]], 1):
            s.cell(row=r, column=j, value=v)
        rag_cell(s.cell(row=r, column=1), st)
        box(s, r, 4)
        r += 1
    for j, v in enumerate(["Total", "=SUM(B5:B8)", "=SUM(C5:C8)", "=SUM(D5:D8)"], 1):
        s.cell(row=r, column=j, value=v).font = Font(bold=True)
    box(s, r, 4)

    ws = wb.create_sheet("Tracker")
    ncol = 10
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Position at 31 October 2025. High and Medium priority recommendations from Limited and No Assurance reports. Low priority "
                "recommendations are followed up by Internal Audit directly with services.")
    header_row(ws, 4, ["Rec No.", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
                       "Original implementation date", "Revised implementation date", "% complete", "RAG",
                       "Management update (October 2025)"],
               [9, 9, 44, 52, 28, 14, 14, 10, 10, 48])
    r = 5
    acts = []
    for band, recs in audits:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True)
        c.fill = BAND_FILL
        r += 1
        for x in recs:
            (ref, pri, rec, act, off, orig, rev, pct, rag, upd, lead, end, et, st) = x
            vals = [ref, pri, rec, act, off, orig, rev, pct, rag, upd]
            for j, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=j, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).number_format = "0%"
            box(ws, r, ncol)
            rag_cell(ws.cell(row=r, column=9), rag)
            acts.append(dict(ref=ref, under=[band, rec], action=act, lead=lead, end=end, end_text=et, status=st))
            r += 1
    ws.freeze_panes = "A5"

    k = wb.create_sheet("Definitions")
    k["A1"] = "RAG definitions"
    k["A1"].font = Font(bold=True)
    for i, (lab, txt) in enumerate([
        ("Complete", "Action implemented and verified by Internal Audit"),
        ("Green", "On track to be implemented by the (revised) date"),
        ("Amber", "Progress made but at risk of missing the (revised) date"),
        ("Red", "Implementation date passed and action not implemented"),
    ], 2):
        k.cell(row=i, column=1, value=lab)
        rag_cell(k.cell(row=i, column=1), lab)
        k.cell(row=i, column=2, value=txt)
    k["A7"] = "Priority"
    k["A7"].font = Font(bold=True)
    k["A8"] = "High"
    k["B8"] = "Fundamental weakness in control; action required within 3 months"
    k["A9"] = "Medium"
    k["B9"] = "Significant weakness in control; action required within 6 months"
    k.column_dimensions["B"].width = 70
    wb.save(out(name))
    write_expected(name, dict(
        source=("Imitates a London borough internal audit outstanding-recommendations tracker reported to the audit "
                "committee (London Borough of Newham, October 2025 position; no specific published file copied; "
                "percentage-complete and RAG pattern as in Reading's Implementation of Audit Recommendations Tracker, "
                "democracy.reading.gov.uk). Copied features: summary sheet of RAG counts by priority with a totals row, "
                "tracker sheet with one merged band row per audit report and assurance opinion, recommendation beside "
                "the agreed management action, responsible officer, original and revised implementation dates "
                "(one revised as text, one 'N/A'), % complete, RAG word with fill, management update, and a definitions sheet."),
        reads=("A tracker of nine outstanding audit recommendations from four audits, each band row naming the audit and "
               "its assurance opinion. Each row gives the recommendation, the agreed management action, who is "
               "responsible, original and revised dates (the revised one being the one that counts) and a RAG word, "
               "'Complete' meaning implemented and verified."),
        outcome="read", title=title), acts)


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
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def head_cells(table, headers, fill="1F3864"):
    for c, h in zip(table.rows[0].cells, headers):
        set_cell(c, h, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fill)


# ---------------------------------------------------------------------------
# 4. London Borough of Bexley – corporate plan delivery plan (docx)
# ---------------------------------------------------------------------------
def bexley():
    name = "xe-london-borough-of-bexley-corporate-plan-delivery-plan-2025-26.docx"
    title = "Bexley Corporate Plan 2023–26: Delivery Plan 2025/26"
    priorities = [
        ("Priority 1: Supporting residents to live safe, healthy and independent lives", [
            ("Outcome 1.1: Residents live in safe, secure and affordable homes", [
                ("1.1.1", "Deliver 120 new affordable homes through BexleyCo and registered provider partners.",
                 "Director of Housing, Communities and Regeneration", "March 2026", "Amber",
                 "74 completions to date. Two RP schemes delayed by contractor insolvency; replacement contractor appointed.",
                 ["Director of Housing, Communities and Regeneration"], "2026-03", None, "amber"),
                ("1.1.2", "Reduce the number of households in nightly-paid temporary accommodation by 15% through the Temporary Accommodation Reduction Programme.",
                 "Head of Housing Needs", "Q4 2025/26", "Red",
                 "Numbers in nightly-paid accommodation have risen by 6% since April because of increased demand from private rented sector evictions.",
                 ["Head of Housing Needs"], "2026-03", None, "red"),
            ]),
            ("Outcome 1.2: Communities feel safe and cohesive", [
                ("1.2.1", "Launch the Safer Bexley Partnership's Violence Against Women and Girls strategy action plan.",
                 "Head of Community Safety", "July 2025", "Complete",
                 "Launched at the Safer Bexley Partnership conference on 9 July 2025.",
                 ["Head of Community Safety"], "2025-07", None, "blue"),
                ("1.2.2", "Extend the Community Safety Enforcement Team patrols to Bexleyheath and Erith town centres on Friday and Saturday evenings.",
                 "Head of Community Safety", "Ongoing", "Green",
                 "Evening patrols in place since June; 38 fixed penalty notices issued in Q2.",
                 ["Head of Community Safety"], None, "Ongoing", "green"),
            ]),
        ]),
        ("Priority 2: Thriving places and a growing local economy", [
            ("Outcome 2.1: Vibrant town centres", [
                ("2.1.1", "Adopt the Bexleyheath Town Centre Masterplan Supplementary Planning Document.",
                 "Head of Planning Policy", "Q3 2025/26", "Green",
                 "Consultation closed 12 September; report to Cabinet in December.",
                 ["Head of Planning Policy"], "2025-12", None, "green"),
                ("2.1.2", "Deliver phase 2 of the Belvedere and Erith high street shopfront improvement scheme.",
                 "Regeneration Manager; Economic Development Manager", "Dec-25", "Amber",
                 "17 of 25 shopfronts complete. Listed building consent outstanding for 3 properties.",
                 ["Regeneration Manager", "Economic Development Manager"], "2025-12", None, "amber"),
            ]),
        ]),
        ("Priority 3: A well-run council that delivers value for money", [
            ("Outcome 3.1: Financial resilience", [
                ("3.1.1", "Deliver the 2025/26 savings programme of £11.2m, with monthly tracking through the Budget Monitoring Board.",
                 "Director of Finance (S151 Officer)", "31/03/2026", "Amber",
                 "£8.9m on track; £2.3m at risk, mainly adult social care placement savings.",
                 ["Director of Finance (S151 Officer)"], "2026-03", None, "amber"),
                ("3.1.2", "Roll out the new customer relationship management system to Revenues and Benefits, and to Waste and Street Services.",
                 "Head of Digital and Customer Services", "Sept 2025 – Jan 2026", "Green",
                 "Revenues and Benefits live from 22 September. Waste and Street Services go-live planned for January.",
                 ["Head of Digital and Customer Services"], "2026-01", None, "green"),
            ]),
            ("Outcome 3.2: An engaged and skilled workforce", [
                ("3.2.1", "Launch the Bexley Leadership Programme for all third-tier managers.",
                 "Head of HR and Organisational Development", "September 2025", "Complete",
                 "First cohort of 24 managers started on 16 September.",
                 ["Head of HR and Organisational Development"], "2025-09", None, "blue"),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("London Borough of Bexley").bold = True
    doc.add_heading(title, level=0)
    doc.add_paragraph("Quarter 2 progress report (July – September 2025)")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Owner", "Head of Strategy and Performance"), ("Version", "1.3"), ("Date", "21 October 2025"),
                 ("Reported to", "Cabinet, 11 November 2025"), ("Review frequency", "Quarterly")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v, f in [("Complete", "Action delivered", "0070C0"), ("Green", "On track", "00B050"),
                    ("Amber", "Some delay, recoverable within the year", "FFC000"),
                    ("Red", "Significant delay or not deliverable this year", "FF0000")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], f)
        set_cell(cells[1], v)

    acts = []
    headers = ["Ref", "Action", "Lead officer", "Milestone", "Q2 RAG", "Q2 commentary"]
    for ptitle, outcomes in priorities:
        doc.add_heading(ptitle, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        head_cells(t, headers)
        for otitle, rows in outcomes:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, otitle, bold=True)
            shade(m, "D9E1F2")
            for (ref, act, lead, ms, rag, com, elead, end, et, stt) in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, lead, ms, rag, com]):
                    set_cell(c, v)
                shade(cells[4], FILL[rag])
                acts.append(dict(ref=ref, under=[ptitle, otitle], action=act, lead=elead, end=end, end_text=et, status=stt))
        doc.add_paragraph()
    doc.add_paragraph("Next report: Quarter 3 (October – December 2025) to Cabinet in February 2026.")
    doc.save(out(name))
    write_expected(name, dict(
        source=("Imitates a London borough's annual delivery plan for its corporate plan with quarterly RAG progress "
                "reported to Cabinet (London Borough of Bexley, Corporate Plan 2023–26, delivery plan 2025/26 Q2; no "
                "specific published file copied). Copied features: title block, document control table, RAG key table, "
                "one Word table per corporate priority (priority as a heading above the table) with merged, shaded "
                "outcome rows inside the table, numbered actions, lead officer job titles (one with commas, one cell with "
                "two posts), milestones written as months, quarters, a date, a period and 'Ongoing', RAG words with shading."),
        reads=("A corporate plan delivery plan in three priority sections, each a table whose shaded full-width rows name "
               "the outcome the following actions serve. Nine numbered actions each have a lead officer, a milestone, a "
               "Q2 RAG word (Complete, Green, Amber, Red) and commentary; the document control and RAG key tables are not "
               "part of the plan."),
        outcome="read", title=title), acts)


# ---------------------------------------------------------------------------
# 5. Bracknell Forest Safeguarding Board – LCSPR Child H action plan (docx)
# ---------------------------------------------------------------------------
def bracknell():
    name = "xe-bracknell-forest-safeguarding-board-lcspr-child-h-action-plan.docx"
    title = "Local Child Safeguarding Practice Review: Child H – Multi-Agency Action Plan"
    themes = [
        ("Learning theme 1: Recognising and responding to bruising in non-mobile babies", [
            ("Recommendation 1: BFSB partners should be assured that the multi-agency protocol for bruising and injuries in non-mobile babies is understood and followed by all practitioners, including those in universal services.", [
                ("1a", "Relaunch the Pan-Berkshire protocol for bruising and injuries in non-mobile babies through a 7-minute briefing and practitioner webinar.",
                 "BFSB Business Manager", "July 2025",
                 "Briefing published 3 July 2025; webinar held 17 July and attended by 142 practitioners.", "Green",
                 ["BFSB Business Manager"], "2025-07", None, "blue"),
                ("1b", "Audit compliance with the protocol across health visiting, GP practices and the emergency department, and report findings to the Learning and Improvement Subgroup.",
                 "Designated Nurse for Safeguarding Children (Frimley ICB)\nNamed GP for Safeguarding Children", "December 2025",
                 "Audit tool agreed. Health visiting and ED samples complete; GP sample under way.", "Amber",
                 ["Designated Nurse for Safeguarding Children (Frimley ICB)", "Named GP for Safeguarding Children"], "2025-12", None, "amber"),
            ]),
            ("Recommendation 2: Children’s Social Care and Thames Valley Police should ensure that strategy discussions for injured babies include health and are recorded on a single template.", [
                ("2a", "Amend the strategy discussion template to include mandatory fields for health attendance and the medical opinion obtained.",
                 "MASH Service Manager", "August 2025",
                 "Template amended in LCS and in use from 11 August 2025.", "Green",
                 ["MASH Service Manager"], "2025-08", None, "blue"),
                ("2b", "Dip sample 20 strategy discussions for babies under 1 to test health involvement and quality of recording.",
                 "MASH Service Manager / TVP Detective Inspector (CAIU)", "November 2025",
                 "Sample identified; joint review session booked for 6 November.", "Amber",
                 ["MASH Service Manager", "TVP Detective Inspector (CAIU)"], "2025-11", None, "amber"),
            ]),
        ]),
        ("Learning theme 2: Fathers and other men in the household", [
            ("Recommendation 3: All agencies should ensure that fathers and male carers are identified, assessed and engaged, in line with the Think Family approach.", [
                ("3a", "Deliver multi-agency training on engaging fathers and male carers, with a focus on pre-birth and early years contacts.",
                 "BFSB Training Coordinator", "March 2026",
                 "Training commissioned; first two sessions scheduled for January 2026.", "Amber",
                 ["BFSB Training Coordinator"], "2026-03", None, "amber"),
                ("3b", "Add a prompt about men in the household to the midwifery booking appointment and the health visiting new birth contact.",
                 "Head of Midwifery (Frimley Health NHS Foundation Trust); Health Visiting Service Lead (Berkshire Healthcare)", "January 2026",
                 "Not started – awaiting a system change request to the maternity record.", "Red",
                 ["Head of Midwifery (Frimley Health NHS Foundation Trust)", "Health Visiting Service Lead (Berkshire Healthcare)"], "2026-01", None, "red"),
                ("3c", "Early help and children’s social care assessments to record details of all adults in the household, and supervision to check this.",
                 "Head of Early Help", "Ongoing",
                 "Assessment guidance updated. Compliance to be tested in the Q3 multi-agency audit.", "Amber",
                 ["Head of Early Help"], None, "Ongoing", "amber"),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    p = doc.add_paragraph()
    r = p.add_run("Bracknell Forest Safeguarding Board")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Review published: 15 April 2025. Action plan agreed by the Bracknell Forest Safeguarding Board "
                      "Executive on 6 May 2025. Progress as at 30 September 2025.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Child", "Child H (aged 7 months)"), ("Review type", "Local Child Safeguarding Practice Review"),
                 ("Plan owner", "BFSB Learning and Improvement Subgroup"),
                 ("Monitoring", "Quarterly to the BFSB Executive")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG rating: ").bold = True
    p.add_run("Red – not started or significantly off track; Amber – in progress; "
              "Green – action completed and evidence of impact provided.")

    acts = []
    headers = ["No.", "Action", "Lead agency / officer", "By when", "Progress update", "RAG"]
    for theme, recs in themes:
        doc.add_heading(theme, level=2)
        for rec, rows in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            head_cells(t, headers, fill="5B2C6F")
            for (ref, act, lead, when, prog, rag, elead, end, et, stt) in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, lead, when, prog, rag]):
                    set_cell(c, v)
                shade(cells[5], FILL[rag])
                acts.append(dict(ref=ref, under=[theme, rec], action=act, lead=elead, end=end, end_text=et, status=stt))
            doc.add_paragraph()
    doc.add_paragraph("Actions rated Green are closed by the Learning and Improvement Subgroup once the evidence of "
                      "impact has been reviewed.")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    head_cells(t, ["Role", "Name", "Date"], fill="5B2C6F")
    for row in [("Independent Scrutineer", "J. Whitfield", "06/05/2025"),
                ("Chair, Learning and Improvement Subgroup", "Dr A. Mensah", "06/05/2025")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(out(name))
    write_expected(name, dict(
        source=("Imitates a safeguarding partnership's multi-agency action plan responding to a Local Child Safeguarding "
                "Practice Review (Bracknell Forest Safeguarding Board, LCSPR 'Child H', 2025; no specific published file "
                "copied). Copied features: board name and title, review details table, a RAG key sentence in which Green "
                "means completed (no blue), learning-theme headings, each recommendation as a bold paragraph above its own "
                "table of lettered actions, lead agency/officer cells with two posts on two lines or joined by ';' or '/', "
                "months and 'Ongoing' as timescales, RAG words with cell shading, and a closing sign-off table."),
        reads=("A CSPR action plan with two learning themes and three recommendations, each followed by a table of "
               "actions (1a–3c) with a lead, a 'by when' month, a progress update and a RAG. The key says Green means the "
               "action is completed, so Green rows are complete; the review details and sign-off tables are not actions."),
        outcome="read", title=title), acts)


# ---------------------------------------------------------------------------
# 6. Hammersmith & Fulham Health and Wellbeing Board – action log (csv)
# ---------------------------------------------------------------------------
def hammersmith():
    name = "xe-hammersmith-fulham-health-and-wellbeing-board-action-log.csv"
    title = "Hammersmith & Fulham Health and Wellbeing Board – Action Log"
    sections = [
        ("OPEN ACTIONS", [
            ("HWB 24/25-14", "11/03/2025", "Public Health to bring the refreshed Joint Strategic Needs Assessment chapter on childhood obesity to a future Board meeting.",
             "Director of Public Health", "29/09/2025", "Green", "On the agenda for 29 September.",
             ["Director of Public Health"], "2025-09", None, "green"),
            ("HWB 25/26-02", "23/06/2025", "Circulate the draft Pharmaceutical Needs Assessment 2025 to Board members for consultation.\nBoard members to return comments to Public Health by the close of consultation.",
             "Public Health Intelligence Lead", "Aug-25", "Amber", "Consultation delayed by two weeks; now closes 30 September.",
             ["Public Health Intelligence Lead"], "2025-08", None, "amber"),
            ("HWB 25/26-03", "23/06/2025", "Provide a breakdown of Better Care Fund discharge spend by pathway, including the number of people supported on each pathway.",
             "Dr Nadia Whitcombe & Rob Kellaway", "Next meeting", "Green", "Data requested from the ICB; to be tabled on 29 September.",
             ["Dr Nadia Whitcombe", "Rob Kellaway"], None, "Next meeting", "green"),
            ("HWB 25/26-04", "23/06/2025", "Arrange a development session on the neighbourhood health model with NW London ICB colleagues.",
             "Head of Health Partnerships", "October 2025", "Green", "Session provisionally booked for 20 October.",
             ["Head of Health Partnerships"], "2025-10", None, "green"),
            ("HWB 25/26-05", "23/06/2025", "Share the Healthwatch report on access to GP appointments with Primary Care Network clinical directors and report back on their response.",
             "Healthwatch H&F Manager", "Sept-25", "Amber", "Report shared; responses received from 3 of 5 PCNs.",
             ["Healthwatch H&F Manager"], "2025-09", None, "amber"),
        ]),
        ("CLOSED SINCE LAST MEETING", [
            ("HWB 24/25-11", "11/03/2025", "Confirm the Board's sign-off route for the Better Care Fund 2025-26 plan.",
             "Assistant Director, Integrated Commissioning", "31/03/2025", "Closed", "Delegated sign-off agreed by Chair and ICB Borough Director; plan submitted 31 March.",
             ["Assistant Director, Integrated Commissioning"], "2025-03", None, "blue"),
            ("HWB 25/26-01", "23/06/2025", "Add the Board's response to the ICB Joint Forward Plan refresh to the forward plan.",
             "Clerk to the Board", "30/06/2025", "Closed", "Added for the November meeting.",
             ["Clerk to the Board"], "2025-06", None, "blue"),
        ]),
    ]
    ncol = 7
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    pad = lambda first: [first] + [""] * (ncol - 1)
    w.writerow(pad(title))
    w.writerow(pad("Last updated: 19 September 2025 (for the meeting on 29 September 2025)"))
    w.writerow(pad(""))
    w.writerow(["Ref", "Meeting", "Action", "Owner", "Due", "Status", "Update"])
    acts = []
    for sec, rows in sections:
        w.writerow(pad(sec))
        for (ref, mtg, act, own, due, stt, upd, elead, end, et, es) in rows:
            w.writerow([ref, mtg, act, own, due, stt, upd])
            acts.append(dict(ref=ref, under=[sec], action=act, lead=elead, end=end, end_text=et, status=es))
    w.writerow(pad(""))
    w.writerow(pad("Status key: Green – on track; Amber – at risk or overdue; Closed – action completed and closed by the Board"))
    w.writerow(pad("Closed actions are removed from the log after they have been reported to one meeting."))
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    write_expected(name, dict(
        source=("Imitates a health and wellbeing board action log kept by democratic services and saved from Excel as "
                "'CSV UTF-8' (Hammersmith & Fulham Health and Wellbeing Board, September 2025; no specific published file "
                "copied). Copied features: title and 'last updated' lines padded with empty columns, action refs by "
                "municipal year, a meeting-date column before the action, OPEN ACTIONS and CLOSED SINCE LAST MEETING "
                "section rows, owners as posts or two named people joined by '&', due dates as dates, Mmm-yy, a month and "
                "'Next meeting', a quoted action with an inner line break, status words and a status key line at the foot."),
        reads=("A board action log with five open and two closed actions under two section rows. Each row has a ref, the "
               "meeting it was raised at, the action, owner, due date, status and update; the key at the foot says Closed "
               "means the action is completed, and the meeting date is not the due date."),
        outcome="read", title=title), acts)


# ---------------------------------------------------------------------------
# 7. Islington SEND improvement programme – highlight report (tab-separated txt)
# ---------------------------------------------------------------------------
def islington():
    name = "xe-islington-council-send-improvement-programme-highlight-report.txt"
    title = "Islington SEND Improvement Programme – Highlight Report"
    workstreams = [
        ("Workstream 1 – Assessment and EHCP timeliness", [
            ("WS1.1", "Recruit two additional Educational Psychologists and commission locum EP capacity to clear the assessment backlog",
             "Principal Educational Psychologist", "31/07/2025", "30/11/2025", "A", "One post filled; locum contract in place from 1 September.",
             ["Principal Educational Psychologist"], "2025-11", None, "amber"),
            ("WS1.2", "Introduce a weekly EHC panel for decisions to assess, with multi-agency attendance",
             "Head of SEN", "30/06/2025", "30/06/2025", "C", "Panel running weekly since 4 June.",
             ["Head of SEN"], "2025-06", None, "blue"),
            ("WS1.3", "Agree a quality assurance framework for EHC plans, with a termly multi-agency audit",
             "Head of SEN / Designated Clinical Officer", "31/10/2025", "31/10/2025", "G", "Framework drafted; first audit sample selected.",
             ["Head of SEN", "Designated Clinical Officer"], "2025-10", None, "green"),
        ]),
        ("Workstream 2 – Inclusion in mainstream schools", [
            ("WS2.1", "Launch the Ordinarily Available Provision guidance for schools and settings",
             "Head of Inclusion", "Summer term 2025", "Autumn term 2025", "G", "Guidance signed off by Schools Forum; launch event 6 November.",
             ["Head of Inclusion"], "2025-12", None, "green"),
            ("WS2.2", "Expand the SEN support outreach service to all primary schools",
             "Head of Inclusion", "31/12/2025", "31/03/2026", "R", "Funding decision deferred by Schools Forum to its November meeting.",
             ["Head of Inclusion"], "2026-03", None, "red"),
        ]),
        ("Workstream 3 – Preparing for adulthood", [
            ("WS3.1", "Agree a joint transitions protocol between Children’s Services and Adult Social Care for young people aged 14–25",
             "Head of Transitions", "30/09/2025", "31/01/2026", "A", "Draft protocol with Adult Social Care DMT; legal advice awaited on funding responsibilities.",
             ["Head of Transitions"], "2026-01", None, "amber"),
            ("WS3.2", "Co-produce the preparing for adulthood pages of the Local Offer website with Islington Parent Carer Forum",
             "Local Offer Manager; Parent Carer Forum Chair", "31/12/2025", "31/12/2025", "G", "Two co-production workshops held with young people.",
             ["Local Offer Manager", "Parent Carer Forum Chair"], "2025-12", None, "green"),
        ]),
    ]
    L = []
    L.append(title)
    L.append("Reporting period:\tAugust – September 2025")
    L.append("Programme SRO:\tDirector of Learning and Achievement")
    L.append("Report to:\tSEND Partnership Board, 14 October 2025")
    L.append("Overall programme RAG:\tAmber\t(previous period: Amber)")
    L.append("")
    L.append("Summary")
    L.append("The programme remains Amber overall. EHCP timeliness improved to 58% within 20 weeks (June–August), but "
             "Educational Psychology capacity remains the main constraint.")
    L.append("")
    L.append("Key milestones")
    L.append("Ref\tMilestone / action\tLead\tBaseline date\tForecast date\tRAG\tComment")
    acts = []
    for ws, rows in workstreams:
        L.append(ws)
        for (ref, act, lead, base, fc, rag, com, elead, end, et, st) in rows:
            L.append("\t".join([ref, act, lead, base, fc, rag, com]))
            acts.append(dict(ref=ref, under=[ws], action=act, lead=elead, end=end, end_text=et, status=st))
    L.append("")
    L.append("RAG key: C = Complete; G = On track; A = At risk but recoverable; R = Off track, Board support needed")
    L.append("Next highlight report: SEND Partnership Board, 9 December 2025")
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")
    write_expected(name, dict(
        source=("Imitates a programme highlight report for a council SEND improvement programme reported to the SEND "
                "partnership board, as exported to tab-separated text (Islington Council, August–September 2025; no "
                "specific published file copied). Copied features: title line, label/value header block (period, SRO, "
                "board, overall RAG with previous), a summary paragraph, a key milestones table with workstream lines "
                "on their own, baseline and forecast dates (forecast is the revised date; one pair given as school terms), "
                "RAG letters with a key line (C = Complete) and a next-report line."),
        reads=("A highlight report whose key milestones table lists seven milestones under three workstreams, each with a "
               "lead, a baseline and a forecast date and a RAG letter. The forecast date is the date to read; the header "
               "block, summary, key and next-report line are not actions."),
        outcome="read", title=title), acts)


def main():
    torbay()
    slough()
    newham()
    bexley()
    bracknell()
    hammersmith()
    islington()


if __name__ == "__main__":
    main()
