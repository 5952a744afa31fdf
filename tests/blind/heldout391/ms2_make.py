#!/usr/bin/env python3
"""Build the seven ms2- blind test files (set heldout391) and their .expected.yaml readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Every action's text, lead and date is written once, in the data below, and used both to
write the document and to write the expected reading, so the two cannot drift apart.
"""
import datetime as dt
import json
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}


def D(y, m, d):
    return dt.datetime(y, m, d)


def q(s):
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def write_expected(fname, source, reads, outcome, title, actions=None,
                   accept_refusal=False, refuse_at=None):
    out = []
    out.append("source: " + q(source))
    out.append("reads: " + q(reads))
    out.append("outcome: " + outcome)
    out.append("accept_refusal: " + ("true" if accept_refusal else "false"))
    if refuse_at is not None:
        out.append("refuse_at: %d" % refuse_at)
    if title is not None:
        out.append("title: " + q(title))
    if outcome == "read":
        out.append("actions:")
        for a in actions:
            out.append("  - ref: " + ("null" if a["ref"] is None else q(a["ref"])))
            out.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            out.append("    action: " + q(a["action"]))
            out.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            out.append("    end: " + ("null" if a["end"] is None else q(a["end"])))
            if a.get("end_text"):
                out.append("    end_text: " + q(a["end_text"]))
            out.append("    status: " + a["status"])
    with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def solid(color):
    return PatternFill(fill_type="solid", fgColor=color)


# ---------------------------------------------------------------------------
# 1. Wigan Council – Reablement Service CQC inspection action plan (xlsx, read)
# ---------------------------------------------------------------------------
def wigan():
    fname = "ms2-wigan-council-reablement-service-cqc-inspection-action-plan.xlsx"
    title = "Wigan Council Reablement Service – CQC Inspection Action Plan"
    F_S1 = ("Regulation 12 (Safe care and treatment): Risk assessments for people's falls, "
            "skin integrity and moving and handling were not always completed or updated when "
            "their needs changed.")
    F_S2 = ("Regulation 12 (Safe care and treatment): Medicines were not always managed safely. "
            "Medication administration records (MARs) had gaps and protocols for 'as required' "
            "(PRN) medicines were missing.")
    F_E1 = ("Regulation 11 (Need for consent): Where people may have lacked capacity to consent "
            "to parts of their care, mental capacity assessments and best interest decisions "
            "were not recorded.")
    F_W1 = ("Regulation 17 (Good governance): The provider's quality assurance systems had not "
            "identified the shortfalls found at this inspection.")
    # key question, finding, ref, action, lead cell, lead list, target, revised, progress,
    # previous RAG, current RAG, end, end_text
    rows = [
        ("Safe", F_S1, "1.1",
         "Introduce a standard reablement risk assessment bundle (falls, skin integrity, moving "
         "and handling) to be completed within 72 hours of the start of every package of support.",
         "Registered Manager", ["Registered Manager"], D(2024, 10, 31), None,
         "Bundle live in the case management system from 1 October 2024. Audit of 40 new "
         "packages in December found 92% completed within 72 hours.",
         "amber", "blue", "2024-10", None),
        ("Safe", F_S1, "1.2",
         "Senior Reablement Officers to complete a monthly audit of risk assessments on a sample "
         "of case files, with findings reported to the Provider Services quality meeting.",
         "Senior Reablement Officers", ["Senior Reablement Officers"], D(2024, 11, 30), None,
         "Audits completed in November, December and January; themes reported to the quality "
         "meeting.",
         "green", "green", "2024-11", None),
        ("Safe", F_S2, "1.3",
         "Move all medicines recording to the electronic MAR system and withdraw paper MAR "
         "charts.",
         "Registered Manager / Digital Lead (Provider Services)",
         ["Registered Manager", "Digital Lead (Provider Services)"],
         D(2024, 12, 31), D(2025, 3, 31),
         "Electronic MAR live in two of the three localities. Roll-out in the third locality "
         "delayed by device supply; revised date agreed.",
         "amber", "amber", "2025-03", None),
        ("Safe", F_S2, "1.4",
         "Refresh medicines competency assessments for all reablement support workers, with "
         "observed practice repeated every year.",
         "Learning and Development Officer", ["Learning and Development Officer"], "Ongoing", None,
         "87 of 104 support workers assessed since September 2024. Annual schedule set up in "
         "the training system.",
         "green", "green", None, "Ongoing"),
        ("Effective", F_E1, "2.1",
         "Deliver Mental Capacity Act refresher training to all care co-ordinators and Senior "
         "Reablement Officers.",
         "Principal Social Worker (Adults)", ["Principal Social Worker (Adults)"],
         D(2024, 11, 30), None,
         "Complete. 31 staff attended the half-day session; attendance recorded on the "
         "training system.",
         "red", "blue", "2024-11", None),
        ("Effective", F_E1, "2.2",
         "Add a mandatory Mental Capacity Act prompt to the reablement assessment form so that "
         "capacity and best interest decisions are recorded for each care task.",
         "Principal Social Worker (Adults); Systems Team Leader",
         ["Principal Social Worker (Adults)", "Systems Team Leader"],
         D(2025, 1, 31), D(2025, 4, 30),
         "Form change is in the system supplier's release queue. Interim paper prompt in use; "
         "the revised date is at risk.",
         "amber", "red", "2025-04", None),
        ("Well-led", F_W1, "3.1",
         "Develop a provider quality dashboard covering audits, incidents, complaints, missed "
         "visits and staff supervision, reviewed monthly by the Assistant Director.",
         "Service Manager – Provider Services", ["Service Manager – Provider Services"],
         D(2025, 2, 28), None,
         "Draft dashboard shared with the Assistant Director on 20 January 2025; first monthly "
         "review booked for February.",
         "green", "green", "2025-02", None),
        ("Well-led", F_W1, "3.2",
         "Strengthen governance oversight of the service:\n"
         "- quarterly quality report to the Adult Social Care Senior Leadership Team\n"
         "- annual provider self-assessment against the CQC single assessment framework",
         "Assistant Director – Provider Services", ["Assistant Director – Provider Services"],
         "Q1 2025/26", None,
         "Not yet started; will follow go-live of the quality dashboard.",
         None, None, "2025-06", None),
    ]

    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    info = [
        ("Service", "Reablement Service (domiciliary care agency), Wigan Council Adult Social Care"),
        ("CQC location ID", "1-2094418763"),
        ("Inspection dates", "14 May and 22 May 2024"),
        ("Report published", "9 August 2024"),
        ("Overall rating", "Requires improvement"),
        ("Key question ratings", "Safe – Requires improvement; Effective – Requires improvement; "
                                 "Caring – Good; Responsive – Good; Well-led – Requires improvement"),
        ("Breaches of regulation", "Regulation 11, Regulation 12, Regulation 17"),
    ]
    r = 3
    for k, v in info:
        cov.cell(r, 1, k).font = BOLD
        cov.cell(r, 2, v).alignment = WRAP
        r += 1
    r += 1
    cov.cell(r, 1, "Document control").font = Font(bold=True, size=12)
    r += 1
    for c, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        x = cov.cell(r, c, h)
        x.font = BOLD
        x.fill = solid(GREY)
        x.border = BOX
    dc = [
        ("0.1", D(2024, 8, 30), "Registered Manager", "First draft following the CQC report"),
        ("1.0", D(2024, 9, 6), "Service Manager – Provider Services",
         "Agreed and returned to CQC"),
        ("1.3", D(2025, 1, 31), "Service Manager – Provider Services",
         "Progress update; revised dates for 1.3 and 2.2"),
    ]
    for row in dc:
        r += 1
        for c, v in enumerate(row, 1):
            x = cov.cell(r, c, v)
            x.border = BOX
            if isinstance(v, dt.datetime):
                x.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 34
    cov.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Inspection: 14 and 22 May 2024  |  Report published: 9 August 2024  |  "
                "Overall rating: Requires improvement")
    ws.merge_cells("A2:J2")
    ws["A3"] = "Progress position at 31 January 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Key question", "Ref", "CQC finding / regulation breached", "Action", "Lead",
           "Target date", "Revised target date", "Progress update", "Previous RAG",
           "Current RAG"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(5, c, h)
        x.font = Font(bold=True, color="FFFFFF")
        x.fill = solid("1F4E79")
        x.alignment = Alignment(wrap_text=True, vertical="center")
        x.border = BOX
    start = 6
    for i, row in enumerate(rows):
        (kq, finding, ref, act, leadcell, _l, tgt, rev, prog, prev, cur, _e, _t) = row
        rr = start + i
        vals = [kq, ref, finding, act, leadcell, tgt, rev, prog, None, None]
        for c, v in enumerate(vals, 1):
            x = ws.cell(rr, c, v)
            x.alignment = WRAP
            x.border = BOX
            if isinstance(v, dt.datetime):
                x.number_format = "dd/mm/yyyy"
        if prev:
            ws.cell(rr, 9).fill = solid(FILL[prev])
        if cur:
            ws.cell(rr, 10).fill = solid(FILL[cur])
    # merge key question (A) and finding (C) cells over their rows
    def merge_runs(col):
        i = 0
        while i < len(rows):
            j = i
            key = rows[i][0] if col == 1 else rows[i][1]
            while j + 1 < len(rows) and (rows[j + 1][0] if col == 1 else rows[j + 1][1]) == key:
                j += 1
            if j > i:
                L = get_column_letter(col)
                ws.merge_cells("%s%d:%s%d" % (L, start + i, L, start + j))
            i = j + 1
    merge_runs(1)
    merge_runs(3)
    for rr in range(start, start + len(rows)):
        ws.cell(rr, 1).font = BOLD
        ws.cell(rr, 1).alignment = Alignment(vertical="center", horizontal="center",
                                             wrap_text=True)
    nr = start + len(rows) + 1
    ws.cell(nr, 1, "Notes: Revised target dates for 1.3 and 2.2 were agreed at the Provider "
                   "Services quality meeting on 16 January 2025. RAG colours are explained on "
                   "the 'RAG Key' sheet.")
    ws.merge_cells("A%d:J%d" % (nr, nr))
    widths = [13, 6, 44, 52, 28, 13, 13, 46, 10, 10]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = BOLD
    for i, (col, txt) in enumerate([
        (RED, "Off track – target date will be missed and no recovery plan agreed"),
        (AMBER, "At risk – some slippage; recovery action or revised date agreed"),
        (GREEN, "On track to be delivered by the target date"),
        (BLUE, "Complete – action delivered and evidence held"),
    ], 3):
        key.cell(i, 1).fill = solid(col)
        key.cell(i, 2, txt)
    key.cell(8, 1, "No colour = not yet started")
    key.column_dimensions["A"].width = 10
    key.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, fname))

    acts = []
    for row in rows:
        (kq, finding, ref, act, _lc, lead, _t, _r, _p, _pr, cur, end, et) = row
        a = dict(ref=ref, under=[kq, finding], action=act, lead=lead, end=end,
                 status=cur or "unrated")
        if et:
            a["end_text"] = et
        acts.append(a)
    write_expected(
        fname,
        source=("Imitates the action plan a council returns to CQC after a 'Requires improvement' "
                "inspection of its in-house reablement (domiciliary care) service, as reported to "
                "adult social care scrutiny; not a specific published document. Copies a cover "
                "sheet with inspection details and a document-control table, a plan sheet with a "
                "title block, key question merged vertically down column A, the regulation breach "
                "merged over its actions, original and revised target dates, progress updates, "
                "previous and current RAG shown by fill colour only, a notes line, and a separate "
                "RAG key sheet (no colour = not started)."),
        reads=("A CQC inspection action plan for Wigan Council's reablement service: eight numbered "
               "actions grouped by CQC key question (Safe, Effective, Well-led) and by the "
               "regulation breach each answers. The current RAG is read from the fill of the "
               "'Current RAG' column; where a revised target date is given it is the end."),
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------------------
# 2. West Yorkshire Fire and Rescue Authority – internal audit tracker (xlsx, read)
# ---------------------------------------------------------------------------
def wyfra():
    fname = "ms2-west-yorkshire-fire-rescue-authority-internal-audit-recommendations-tracker.xlsx"
    title = "West Yorkshire Fire and Rescue Authority – Internal Audit Recommendations Tracker"
    R_PAY1 = ("Starters, leavers and contract variations should be independently checked before "
              "each payroll run, with evidence of the check retained.")
    R_PAY2 = "Overtime and additional hours claims should be approved by the budget holder before payment."
    R_FLT1 = ("Servicing of vehicles and appliances should be scheduled and monitored so that no "
              "vehicle operates beyond its service interval.")
    R_FLT2 = "Fuel card transactions should be reconciled to vehicle mileage records every month."
    R_CYB1 = "Multi-factor authentication should be enforced for all remote access accounts."
    R_CYB2 = "The ICT disaster recovery plan should be tested at least once a year."
    # audit, assurance, ref, priority, rec, action, officer cell, lead list, original, revised,
    # RAG letter, comment, status, end, end_text
    rows = [
        ("Payroll 2024/25", "Reasonable", "PAY-01", "High", R_PAY1,
         "A second officer in the Payroll team will check all starters, leavers and variations "
         "before each monthly run and sign the pre-payroll checklist.",
         "Payroll Manager", ["Payroll Manager"], D(2025, 3, 31), None, "B",
         "Checklist in use since February 2025; internal audit verified a sample of three months.",
         "blue", "2025-03"),
        (None, None, "PAY-02", "Medium", R_PAY2,
         "Configure the HR and payroll system so that overtime claims cannot be submitted for "
         "payment without budget holder approval.",
         "Head of HR / Payroll Manager", ["Head of HR", "Payroll Manager"],
         D(2025, 6, 30), D(2025, 12, 31), "A",
         "System change depends on the supplier's upgrade, now scheduled for November 2025.",
         "amber", "2025-12"),
        ("Fleet Management 2024/25", "Limited", "FLT-01a", "High", R_FLT1,
         "Implement the service scheduling module in the fleet management system and run a "
         "weekly exceptions report of vehicles due or overdue for service.",
         "Fleet & Engineering Manager", ["Fleet & Engineering Manager"],
         D(2025, 5, 31), None, "B",
         "Module live from May 2025; weekly exceptions report issued to station managers.",
         "blue", "2025-05"),
        (None, None, "FLT-01b", "High", R_FLT1,
         "Report service compliance monthly to the Area Manager – Operational Support.",
         "Fleet & Engineering Manager", ["Fleet & Engineering Manager"],
         D(2025, 9, 30), D(2026, 1, 31), "A",
         "Reporting template agreed; first report delayed until the data cleanse is finished.",
         "amber", "2026-01"),
        (None, None, "FLT-02", "Medium", R_FLT2,
         "Introduce a monthly fuel card reconciliation and investigate any variance over 10%.",
         "Fleet Administrator; Finance Business Partner",
         ["Fleet Administrator", "Finance Business Partner"],
         D(2025, 7, 31), None, "R",
         "Not started owing to a vacancy in the Fleet Administrator post (recruitment under way).",
         "red", "2025-07"),
        ("Cyber Security 2025/26", "Reasonable", "CYB-01", "High", R_CYB1,
         "Enforce multi-factor authentication on all remote access and privileged accounts and "
         "remove the remaining exemptions.",
         "Head of ICT", ["Head of ICT"], D(2025, 12, 31), None, "G",
         "MFA enforced for 96% of accounts; remaining exemptions being removed by department.",
         "green", "2025-12"),
        (None, None, "CYB-02", "Low", R_CYB2,
         "Carry out a full disaster recovery test of core systems and report the results to the "
         "Information Governance Board.",
         "ICT Infrastructure Manager", ["ICT Infrastructure Manager"], "Q4 2025/26", None, "G",
         "Test window booked with suppliers for February 2026.",
         "green", "2026-03"),
    ]

    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit Committee – 24 October 2025. Position as at 30 September 2025."
    sm["A4"] = "Summary of agreed actions by priority"
    sm["A4"].font = BOLD
    shdr = ["Priority", "Total", "Implemented (B)", "On track (G)", "Revised date (A)", "Overdue (R)"]
    for c, h in enumerate(shdr, 1):
        x = sm.cell(5, c, h)
        x.font = BOLD
        x.fill = solid(GREY)
        x.border = BOX
    counts = {}
    for row in rows:
        p, rag = row[3], row[10]
        counts.setdefault(p, {"B": 0, "G": 0, "A": 0, "R": 0})
        counts[p][rag] += 1
    r = 6
    tot = [0, 0, 0, 0, 0]
    for p in ["High", "Medium", "Low"]:
        cc = counts.get(p, {"B": 0, "G": 0, "A": 0, "R": 0})
        vals = [sum(cc.values()), cc["B"], cc["G"], cc["A"], cc["R"]]
        tot = [a + b for a, b in zip(tot, vals)]
        sm.cell(r, 1, p).border = BOX
        for c, v in enumerate(vals, 2):
            sm.cell(r, c, v).border = BOX
        r += 1
    sm.cell(r, 1, "Total").font = BOLD
    sm.cell(r, 1).border = BOX
    for c, v in enumerate(tot, 2):
        x = sm.cell(r, c, v)
        x.font = BOLD
        x.border = BOX
    sm["A12"] = ("Assurance opinions: Payroll 2024/25 – Reasonable; Fleet Management 2024/25 – "
                 "Limited; Cyber Security 2025/26 – Reasonable.")
    for c, w in enumerate([12, 8, 16, 14, 16, 12], 1):
        sm.column_dimensions[get_column_letter(c)].width = w

    ws = wb.create_sheet("Recommendations")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Outstanding recommendations and those closed since the last meeting – position as at 30 September 2025"
    hdr = ["Audit (year)", "Assurance", "Ref", "Priority", "Finding / Recommendation",
           "Agreed Management Action", "Responsible Officer", "Original Target Date",
           "Revised Target Date", "RAG", "Progress Comment"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h)
        x.font = Font(bold=True, color="FFFFFF")
        x.fill = solid("C00000")
        x.alignment = Alignment(wrap_text=True, vertical="center")
        x.border = BOX
    start = 5
    for i, row in enumerate(rows):
        (aud, ass, ref, pri, rec, act, off, _l, orig, rev, rag, com, _s, _e) = row
        rr = start + i
        vals = [aud, ass, ref, pri, rec, act, off, orig, rev, rag, com]
        for c, v in enumerate(vals, 1):
            x = ws.cell(rr, c, v)
            x.alignment = WRAP
            x.border = BOX
            if isinstance(v, dt.datetime):
                x.number_format = "dd/mm/yyyy"
        ragcell = ws.cell(rr, 10)
        ragcell.fill = solid({"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}[rag])
        ragcell.alignment = Alignment(horizontal="center", vertical="top")
        if aud:
            ws.cell(rr, 1).font = BOLD
    # FLT-01a and FLT-01b answer the same recommendation: merge that cell
    ws.merge_cells("E7:E8")
    widths = [18, 11, 9, 9, 40, 46, 26, 12, 12, 6, 44]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = BOLD
    for i, (col, l, txt) in enumerate([
        (BLUE, "B", "Implemented – verified by Internal Audit and closed"),
        (GREEN, "G", "On track to be implemented by the original target date"),
        (AMBER, "A", "Revised target date agreed by the Audit Committee"),
        (RED, "R", "Overdue – target date passed and not implemented"),
    ], 3):
        x = key.cell(i, 1, l)
        x.fill = solid(col)
        key.cell(i, 2, txt)
    key["A9"] = ("Priority: High – fundamental control weakness; Medium – important control "
                 "weakness; Low – good practice.")
    key.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, fname))

    acts = []
    cur_aud = None
    for row in rows:
        (aud, ass, ref, pri, rec, act, _o, lead, _or, _rv, _rag, _c, st, end) = row
        if aud:
            cur_aud = aud
        acts.append(dict(ref=ref, under=[cur_aud, rec], action=act, lead=lead, end=end,
                         status=st))
    write_expected(
        fname,
        source=("Imitates the internal audit recommendations follow-up tracker a combined fire "
                "and rescue authority takes to its Audit Committee (as in Lancashire CFA's "
                "internal audit monitoring reports and Nottinghamshire FRA's audit follow-up); "
                "not a specific published document. Copies a summary sheet with a totals block by "
                "priority, a tracker sheet with the audit name and assurance opinion written only "
                "on the first row of each audit, the recommendation beside the agreed management "
                "action (one recommendation merged over two actions), job titles as responsible "
                "officers, original and revised target dates, a lettered and colour-filled RAG "
                "column, and a key sheet."),
        reads=("An internal audit tracker of seven agreed management actions from three audits "
               "(Payroll, Fleet Management, Cyber Security), each answering the recommendation "
               "beside it. Status comes from the B/G/A/R letter; the revised target date, where "
               "given, is the end. The summary sheet and key are not actions."),
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------------------
# 3. Croydon – IAP exit strategy delivery plan highlight report (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def croydon():
    fname = ("ms2-croydon-council-iap-exit-strategy-delivery-plan-highlight-report-"
             "typo-month-refuse.xlsx")
    title = "London Borough of Croydon – Exit Strategy Delivery Plan: Highlight Report"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Reporting period: January – March 2025 (Quarter 4 2024/25)"
    ws["A3"] = "Senior Responsible Owner: Chief Executive  |  Report to: Improvement and Assurance Panel, 15 April 2025"
    ws["A4"] = "Overall programme RAG:"
    ws["A4"].font = BOLD
    ws["B4"] = "Amber"
    ws["B4"].fill = solid(AMBER)
    ws["A6"] = "Key milestones"
    ws["A6"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Milestone / action", "Lead", "Due", "RAG", "Commentary"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(7, c, h)
        x.font = Font(bold=True, color="FFFFFF")
        x.fill = solid("5B2C6F")
        x.border = BOX
    lines = [
        ("Priority 1: Financial sustainability",),
        ("1.1", "Deliver the 2024/25 savings programme and report the outturn position to Cabinet.",
         "Corporate Director of Resources (S151)", "June 2025", "Amber",
         "£31.2m of £33.0m forecast to be delivered; shortfall covered by the contingency."),
        ("1.2", "Agree the 2025/26 Exceptional Financial Support position with MHCLG.",
         "Director of Finance", "March 2025", "Complete",
         "Capitalisation direction confirmed in February 2025."),
        ("1.3", "Complete the asset disposals programme for 2024/25 in line with the Asset Management Plan.",
         "Director of Commercial Investment and Capital", "Febuary 2025", "Red",
         "Two disposals slipped into 2025/26 owing to market conditions."),
        ("Priority 2: Housing",),
        ("2.1", "Complete stock condition surveys for 100% of council homes.",
         "Corporate Director of Housing", "December 2025", "Amber",
         "78% surveyed; contractor capacity increased from March."),
        ("2.2", "Launch the new repairs contract with a joint performance framework.",
         "Director of Housing Management", "October 2025", "Green",
         "Mobilisation on plan; resident panel involved in KPI design."),
        ("Priority 3: Transformation",),
        ("3.1", "Agree the Future Croydon transformation business cases for 2025/26 and track benefits monthly.",
         "Director of Transformation", "May 2025", "Green",
         "Eight business cases approved by the Transformation Board."),
        ("3.2", "Move priority customer transactions to the online customer portal.",
         "Director of Customer Services", "September 2025", "Amber",
         "Council tax and parking live; housing forms scheduled for July."),
    ]
    r = 8
    typo_row = None
    for ln in lines:
        if len(ln) == 1:
            ws.cell(r, 1, ln[0]).font = BOLD
            for c in range(1, 7):
                ws.cell(r, c).fill = solid(GREY)
                ws.cell(r, c).border = BOX
            ws.merge_cells("A%d:F%d" % (r, r))
        else:
            for c, v in enumerate(ln, 1):
                x = ws.cell(r, c, v)
                x.alignment = WRAP
                x.border = BOX
            rag = ln[4]
            ws.cell(r, 5).fill = solid({"Amber": AMBER, "Green": GREEN, "Red": RED,
                                        "Complete": BLUE}[rag])
            if "Febuary" in ln[3]:
                typo_row = r
        r += 1
    r += 1
    ws.cell(r, 1, "Key risks and issues").font = Font(bold=True, size=12)
    r += 1
    for c, h in enumerate(["Ref", "Risk / issue", "Owner", "Score", "Trend", "Mitigation"], 1):
        x = ws.cell(r, c, h)
        x.font = BOLD
        x.fill = solid(GREY)
        x.border = BOX
    risks = [
        ("R1", "Demand pressures in temporary accommodation exceed the budget assumption.",
         "Corporate Director of Housing", 20, "↑", "Procurement of additional leased units; monthly demand review."),
        ("R2", "Capacity to deliver transformation alongside business as usual.",
         "Chief Executive", 12, "↔", "Programme office resourced; prioritisation agreed by CMT."),
    ]
    for rk in risks:
        r += 1
        for c, v in enumerate(rk, 1):
            x = ws.cell(r, c, v)
            x.alignment = WRAP
            x.border = BOX
    r += 2
    ws.cell(r, 1, "RAG: Green – on track; Amber – at risk; Red – off track; Complete – delivered.")
    for c, w in enumerate([7, 58, 34, 15, 10, 52], 1):
        ws.column_dimensions[get_column_letter(c)].width = w

    ns = wb.create_sheet("Decisions and next steps")
    ns["A1"] = "Decisions requested of the Panel"
    ns["A1"].font = BOLD
    ns["A2"] = "1. Note the progress on the three priority areas."
    ns["A3"] = "2. Note the revised timetable for asset disposals (milestone 1.3)."
    ns["A5"] = "Next quarter"
    ns["A5"].font = BOLD
    ns["A6"] = "Outturn report to Cabinet; repairs contract mobilisation; portal phase 2."
    ns.column_dimensions["A"].width = 80
    wb.save(os.path.join(HERE, fname))
    assert typo_row is not None

    write_expected(
        fname,
        source=("Imitates the quarterly highlight report a council under statutory intervention "
                "gives its government-appointed Improvement and Assurance Panel on its exit "
                "strategy (Croydon's IAP Exit Strategy, published October 2023, set three "
                "priority areas: finance, housing and transformation; "
                "https://news.croydon.gov.uk/government-panel-sets-out-plan-to-exit-croydon-by-july-2025/). "
                "Copies a title block with reporting period, SRO and overall RAG, a key milestones "
                "table with merged grey priority rows, month-and-year due dates typed as text, a "
                "RAG word with fill colour, a risks and issues block, a RAG line, and a second "
                "sheet of decisions."),
        reads=("A highlight report on eight exit-strategy milestones under three priorities. The "
               "due date of milestone 1.3 is typed 'Febuary 2025', a mistyped month, so a careful "
               "reader would stop and ask what was meant before recording its end."),
        outcome="refuse", title=title, refuse_at=typo_row)
    return typo_row


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; inner newlines become separate paragraphs."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Ceredigion – Audit Wales Springing Forward workforce organisational response (docx, read)
# ---------------------------------------------------------------------------
def ceredigion():
    fname = ("ms2-ceredigion-county-council-audit-wales-springing-forward-workforce-"
             "organisational-response.docx")
    title = "Springing Forward: Strategic Workforce Management – Ceredigion County Council"
    CLO_PO = "Corporate Lead Officer: People and Organisation"
    R1 = ("R1 The Council should develop a strategic workforce plan that sets out its future "
          "workforce needs and links clearly to its Corporate Strategy and Medium Term Financial "
          "Strategy.")
    R2 = ("R2 The Council should improve the workforce information available to senior managers "
          "and members so that they can monitor the impact of its workforce actions.")
    R3 = ("R3 The Council should evaluate the effectiveness of its recruitment and retention "
          "initiatives, including its use of agency staff.")
    R4 = ("R4 The Council should set out how it will apply the sustainable development principle "
          "to its long-term workforce planning.")
    # ref, rec, action, completion, officer cell, lead list, progress, status word, status, end, end_text
    rows = [
        ("R1a", R1,
         "Develop and approve a Strategic Workforce Plan 2024–2029 aligned to the Corporate "
         "Strategy and the Medium Term Financial Strategy.",
         "31 March 2024", CLO_PO, [CLO_PO],
         "Plan approved by Cabinet on 5 March 2024 and published on the intranet.",
         "Complete", "blue", "2024-03", None),
        ("R1b", R1,
         "Require each service to produce an annual service workforce plan as part of the "
         "business planning cycle.",
         "Q1 2025/26", CLO_PO + " / Corporate Managers", [CLO_PO, "Corporate Managers"],
         "Template issued with the 2025/26 business planning guidance; 9 of 14 service plans "
         "received.",
         "On track", "green", "2025-06", None),
        ("R2a", R2,
         "Introduce a quarterly workforce dashboard (turnover, vacancies, sickness absence, agency "
         "spend and age profile) for Leadership Group and the Corporate Resources Overview and "
         "Scrutiny Committee.",
         "September 2024", "Corporate Manager – HR Operations", ["Corporate Manager – HR Operations"],
         "Dashboard built and in testing. Data quality issues with sickness absence records are "
         "being resolved before the first report.",
         "Slipped", "amber", "2024-09", None),
        ("R3a", R3,
         "Review the recruitment and retention policy, including the use of market supplements "
         "for hard-to-fill posts.",
         "December 2024", "Corporate Manager – HR Operations", ["Corporate Manager – HR Operations"],
         "Revised policy agreed by Cabinet in December 2024 following consultation with the trade "
         "unions.",
         "Complete", "blue", "2024-12", None),
        ("R3b", R3,
         "Evaluate the use and cost of agency staff across all services and report the findings "
         "to Cabinet.",
         "July 2025", "Corporate Lead Officer: Finance and Procurement",
         ["Corporate Lead Officer: Finance and Procurement"],
         "Scope agreed; work starts in April 2025.",
         "Not started", "unrated", "2025-07", None),
        ("R4a", R4,
         "Include an assessment against the five ways of working in the Strategic Workforce Plan "
         "and in its annual progress review.",
         "Ongoing – reviewed annually",
         CLO_PO + "\nCorporate Lead Officer: Policy, Performance and Public Protection",
         [CLO_PO, "Corporate Lead Officer: Policy, Performance and Public Protection"],
         "Five ways of working section included in the approved plan; first annual review due "
         "in March 2025.",
         "On track", "green", None, "Ongoing – reviewed annually"),
    ]
    status_fill = {"Complete": BLUE, "On track": GREEN, "Slipped": AMBER, "Off track": RED}

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width

    d.add_heading(title, level=0)
    p = d.add_paragraph("Audit Wales recommendations – organisational response and progress update")
    p.runs[0].bold = True
    d.add_paragraph("Governance and Audit Committee, 19 March 2025")

    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    info = [("Report title", "Springing Forward – Strategic Workforce Management – Ceredigion County Council"),
            ("Date issued", "June 2023"),
            ("Document reference", "3512A2023"),
            ("Lead officer for the response", CLO_PO)]
    for i, (k, v) in enumerate(info):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
        shade(t.cell(i, 0), "DEEAF6")
    d.add_paragraph()
    d.add_paragraph("The table below sets out the Council's response to each recommendation in the "
                    "Auditor General's report, with progress at March 2025. Status key:")
    k = d.add_table(rows=1, cols=5)
    k.style = "Table Grid"
    for i, (w, col) in enumerate([("Complete", BLUE), ("On track", GREEN), ("Slipped", AMBER),
                                  ("Off track", RED), ("Not started", None)]):
        set_cell(k.cell(0, i), w, bold=True)
        if col:
            shade(k.cell(0, i), col)
    d.add_paragraph()

    hdr = ["Ref", "Recommendation", "Organisational response / action", "Completion date",
           "Responsible officer", "Progress at March 2025", "Status"]
    tb = d.add_table(rows=1 + len(rows), cols=len(hdr))
    tb.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_cell(tb.cell(0, c), h, bold=True)
        shade(tb.cell(0, c), "1F3864")
        for run in tb.cell(0, c).paragraphs[0].runs:
            run.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
    for i, row in enumerate(rows, 1):
        (ref, rec, act, comp, offc, _l, prog, sw, _s, _e, _t) = row
        set_cell(tb.cell(i, 0), ref, bold=True)
        if i == 1 or rows[i - 2][1] != rec:
            set_cell(tb.cell(i, 1), rec)
        set_cell(tb.cell(i, 2), act)
        set_cell(tb.cell(i, 3), comp)
        set_cell(tb.cell(i, 4), offc)
        set_cell(tb.cell(i, 5), prog)
        set_cell(tb.cell(i, 6), sw, bold=True)
        if sw in status_fill:
            shade(tb.cell(i, 6), status_fill[sw])
    # merge the recommendation cell over the actions that answer it
    i = 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1][1] == rows[i][1]:
            j += 1
        if j > i:
            tb.cell(i + 1, 1).merge(tb.cell(j + 1, 1))
        i = j + 1
    d.add_paragraph()
    d.add_paragraph("Progress against these actions is also reported to the Corporate Resources "
                    "Overview and Scrutiny Committee. Audit Wales will follow up the recommendations "
                    "as part of its 2025-26 programme.")
    d.save(os.path.join(HERE, fname))

    acts = []
    for row in rows:
        (ref, rec, act, _c, _o, lead, _p, _sw, stt, end, et) = row
        a = dict(ref=ref, under=[rec], action=act, lead=lead, end=end, status=stt)
        if et:
            a["end_text"] = et
        acts.append(a)
    write_expected(
        fname,
        source=("Imitates a Welsh council's organisational response to an Audit Wales 'Springing "
                "Forward' strategic workforce review, updated for its Governance and Audit "
                "Committee; not a specific published document. Copies the Audit Wales "
                "organisational response columns (Ref, Recommendation, response, Completion date, "
                "Responsible officer) with added progress and status columns, a report details "
                "table (report title, date issued, document reference), a status key table whose "
                "colours define 'Slipped' as amber, recommendations merged over the actions that "
                "answer them, Ceredigion-style 'Corporate Lead Officer' job titles (two on separate "
                "lines in one cell), and landscape layout."),
        reads=("An organisational response to four Audit Wales recommendations (R1–R4) with six "
               "lettered actions, each read under the recommendation beside it. Status follows the "
               "key (Complete blue, On track green, Slipped amber, Not started unrated); 'Ongoing – "
               "reviewed annually' has no end month."),
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------------------
# 5. Moray HSCP – joint inspection of adult services improvement plan (docx, read)
# ---------------------------------------------------------------------------
def moray():
    fname = ("ms2-moray-hscp-care-inspectorate-his-joint-inspection-adult-services-"
             "improvement-plan.docx")
    title = "Moray Health and Social Care Partnership: Joint Inspection of Adult Services – Improvement Plan"
    sections = [
        ("1. Strategic planning and commissioning",
         "Recommendation 1: The partnership should make sure its strategic commissioning plan for "
         "adult mental health is based on an up-to-date needs assessment and has clear, "
         "measurable outcomes.",
         [
             ("1.1", "Complete a strategic needs assessment for adult mental health with NHS "
                     "Grampian Public Health.",
              "Strategy and Planning Lead", ["Strategy and Planning Lead"], "September 2025",
              "Data extraction complete; engagement sessions held in May.", "Green", "green",
              "2025-09", None),
             ("1.2", "Publish a Mental Health Strategic Commissioning Plan 2025–2028 with an "
                     "outcomes and performance framework.",
              "Chief Officer / Head of Service – Mental Health",
              ["Chief Officer", "Head of Service – Mental Health"], "October 2025 – March 2026",
              "Drafting will start once the needs assessment is signed off.", "Amber", "amber",
              "2026-03", None),
         ]),
        ("2. Access to services and support",
         "Recommendation 2: The partnership should improve people's access to timely assessment "
         "and support, including crisis support out of hours.",
         [
             ("2.1", "Introduce a single point of access for adult mental health referrals across "
                     "the community mental health and social work teams.",
              "Service Manager, Community Mental Health", ["Service Manager, Community Mental Health"],
              "By 31 December 2025", "Referral form and triage rota agreed; IT changes requested.",
              "Green", "green", "2025-12", None),
             ("2.2", "Agree an out-of-hours crisis response pathway with NHS 24, Police Scotland "
                     "and the Scottish Ambulance Service.",
              "Fiona Gault and Ross Mackay", ["Fiona Gault", "Ross Mackay"], "March 2026",
              "Partner workshop postponed twice; escalated to the Chief Officer.", "Red", "red",
              "2026-03", None),
             ("2.3", "Reduce the waiting time for Mental Health Officer assessments to 28 days or "
                     "less.",
              "Mental Health Officer Team Manager", ["Mental Health Officer Team Manager"],
              "Ongoing", "Average wait 41 days (March 2025), down from 57 days.", "Amber", "amber",
              None, "Ongoing"),
         ]),
        ("3. Lived experience and unpaid carers",
         "Recommendation 3: The partnership should involve people with lived experience and unpaid "
         "carers in the design, delivery and evaluation of services.",
         [
             ("3.1", "Set up a lived experience reference group reporting to the Mental Health "
                     "Strategic Planning Group.",
              "Participation and Engagement Officer", ["Participation and Engagement Officer"],
              "June 2025", "Group established; first meeting held on 12 May 2025.", "Complete",
              "blue", "2025-06", None),
             ("3.2", "Offer an Adult Carer Support Plan to every unpaid carer of a person using "
                     "community mental health services.",
              "Carers Lead", ["Carers Lead"], "December 2025",
              "Prompt added to the assessment; 64 plans offered since January.", "Green", "green",
              "2025-12", None),
         ]),
        ("4. Leadership and governance",
         "Recommendation 4: The partnership should strengthen its oversight of the quality and "
         "outcomes of adult mental health services.",
         [
             ("4.1", "Report progress against this improvement plan to the Clinical and Care "
                     "Governance Committee every quarter.",
              "Chief Officer", ["Chief Officer"], "Quarterly",
              "Reported in February and May 2025.", "Green", "green", None, "Quarterly"),
             ("4.2", "Complete a self-evaluation of adult mental health services using the Care "
                     "Inspectorate quality improvement framework and share the findings with the "
                     "Integration Joint Board.",
              "Head of Service – Mental Health; Lead Nurse",
              ["Head of Service – Mental Health", "Lead Nurse"], "Q4 2025/26",
              "Not yet started.", "", "unrated", "2026-03", None),
         ]),
    ]
    ragfill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}

    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading(title, level=0)
    d.add_paragraph("Integration and outcomes – focus on people living with mental illness. "
                    "Inspection by the Care Inspectorate and Healthcare Improvement Scotland; "
                    "report published 21 January 2025.")
    d.add_paragraph("Progress report to the Moray Integration Joint Board – 26 June 2025")

    d.add_heading("Version control", level=2)
    vc = d.add_table(rows=4, cols=4)
    vc.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Comment"]):
        set_cell(vc.cell(0, c), h, bold=True)
        shade(vc.cell(0, c), GREY)
    for r, row in enumerate([("0.3", "14/02/2025", "Strategy and Planning Lead", "Draft for Senior Management Team"),
                             ("1.0", "27/03/2025", "Chief Officer", "Approved by the IJB"),
                             ("1.2", "16/06/2025", "Strategy and Planning Lead", "June progress update")], 1):
        for c, v in enumerate(row):
            set_cell(vc.cell(r, c), v)

    d.add_heading("RAG status", level=2)
    rk = d.add_table(rows=2, cols=4)
    rk.style = "Table Grid"
    for c, (w, col, txt) in enumerate([("Red", RED, "Off track; escalation needed"),
                                       ("Amber", AMBER, "Some delay; within tolerance"),
                                       ("Green", GREEN, "On track"),
                                       ("Complete", BLUE, "Action delivered")]):
        set_cell(rk.cell(0, c), w, bold=True)
        shade(rk.cell(0, c), col)
        set_cell(rk.cell(1, c), txt)
    d.add_paragraph("A blank RAG cell means the action has not yet started.")

    hdr = ["No.", "Improvement action", "Lead officer(s)", "Timescale", "Progress update", "RAG"]
    acts = []
    for heading, rec, items in sections:
        d.add_heading(heading, level=1)
        p = d.add_paragraph()
        run = p.add_run(rec)
        run.bold = True
        tb = d.add_table(rows=1 + len(items), cols=len(hdr))
        tb.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_cell(tb.cell(0, c), h, bold=True)
            shade(tb.cell(0, c), "B4C6E7")
        for r, it in enumerate(items, 1):
            (no, act, leadc, lead, ts, prog, ragw, st, end, et) = it
            for c, v in enumerate([no, act, leadc, ts, prog, ragw]):
                set_cell(tb.cell(r, c), v)
            if ragw in ragfill:
                shade(tb.cell(r, 5), ragfill[ragw])
            a = dict(ref=no, under=[heading, rec], action=act, lead=lead, end=end, status=st)
            if et:
                a["end_text"] = et
            acts.append(a)
        d.add_paragraph()
    d.add_heading("Glossary", level=2)
    g = d.add_table(rows=4, cols=2)
    g.style = "Table Grid"
    for r, (a_, b_) in enumerate([("HSCP", "Health and Social Care Partnership"),
                                  ("IJB", "Integration Joint Board"),
                                  ("MHO", "Mental Health Officer"),
                                  ("ACSP", "Adult Carer Support Plan")]):
        set_cell(g.cell(r, 0), a_, bold=True)
        set_cell(g.cell(r, 1), b_)
    d.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates the improvement plan a Scottish health and social care partnership "
                "prepares for its Integration Joint Board after a Care Inspectorate / Healthcare "
                "Improvement Scotland joint inspection of adult services (integration and "
                "outcomes themed programme described at careinspectorate.com, 'Joint inspections "
                "of services for adults'); not a specific published document. Copies a title with "
                "inspection details, a version control table, a RAG status key table, one numbered "
                "heading per area with the recommendation in bold beneath it and its own action "
                "table, RAG words in shaded cells (blank = not started), timescales as months, "
                "periods, 'By' dates, 'Ongoing' and 'Quarterly', and a closing glossary table."),
        reads=("An IJB improvement plan of nine numbered actions in four sections, each section "
               "a heading, the inspectors' recommendation and a table of actions. Status is the "
               "RAG word (Complete = blue; blank = not started); the version control, RAG key and "
               "glossary tables hold no actions."),
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------------------
# 6. Octavia Housing – RSH consumer standards (C3) improvement plan (csv, read)
# ---------------------------------------------------------------------------
def octavia():
    fname = "ms2-octavia-housing-rsh-consumer-standards-c3-improvement-plan.csv"
    title = "Octavia Housing – Consumer Standards Improvement Plan"
    SQ = "Safety and Quality Standard"
    TIA = "Transparency, Influence and Accountability Standard"
    NC = "Neighbourhood and Community Standard"
    TS = "Tenancy Standard"
    # standard(first row only), ref, workstream, action, owner cell, lead, orig, revised, rag, update, status, end
    rows = [
        (SQ, "SQ1", "Electrical safety (EICR)",
         "Complete electrical installation condition reports for all homes without a valid EICR "
         "in the last five years.",
         "Head of Building Safety", ["Head of Building Safety"], "31/12/2024", "31/03/2025",
         "Complete", "All 1,912 outstanding EICRs completed; compliance 99.4% at 31/08/2025.",
         "blue", "2025-03"),
        ("", "SQ2", "Fire safety remedial actions",
         "Clear the backlog of overdue high-risk fire safety remedial actions.\n"
         "Contractor mobilised in two lots (North and South) with weekly progress reporting.",
         "Head of Building Safety; Compliance Manager",
         ["Head of Building Safety", "Compliance Manager"], "31/03/2025", "30/09/2025",
         "Amber", "412 of 530 high-risk actions closed; access issues at 38 blocks.",
         "amber", "2025-09"),
        ("", "SQ3", "Damp and mould",
         "Introduce a damp and mould case management process with an inspection within 10 "
         "working days and a follow-up visit after works.",
         "Director of Property Services", ["Director of Property Services"], "30/06/2025", "",
         "Green", "Process live from June; 94% of new cases inspected within 10 working days.",
         "green", "2025-06"),
        ("", "SQ4", "Stock condition data",
         "Commission a 100% stock condition survey including HHSRS assessments.",
         "Asset Manager", ["Asset Manager"], "31/03/2026", "",
         "Green", "Surveyor appointed; 2,140 homes surveyed to date.",
         "green", "2026-03"),
        (TIA, "TIA1", "Tenant Satisfaction Measures",
         "Publish the 2024/25 Tenant Satisfaction Measures with an explanation of how residents' "
         "feedback will be used.",
         "Head of Customer Insight", ["Head of Customer Insight"], "30/06/2025", "",
         "Complete", "Published on the website on 27/06/2025 with a 'You said, we did' summary.",
         "blue", "2025-06"),
        ("", "TIA2", "Complaints",
         "Reduce overdue stage 1 complaint responses to below 5%.",
         "Customer Services Manager & Complaints Lead",
         ["Customer Services Manager", "Complaints Lead"], "31/07/2025", "",
         "Red", "Overdue responses at 14% in August owing to repairs-related volumes.",
         "red", "2025-07"),
        (NC, "NC1", "Anti-social behaviour",
         "Review the anti-social behaviour policy with residents and publish the revised policy "
         "and service standards.",
         "Neighbourhood Services Manager", ["Neighbourhood Services Manager"], "Q3 2025/26", "",
         "Not started", "Resident working group to be recruited in October.",
         "unrated", "2025-12"),
        (TS, "TS1", "Tenancy audits",
         "Carry out tenancy audits of all households not visited in the last three years.",
         "Head of Housing Management", ["Head of Housing Management"], "31/03/2026", "",
         "Amber", "1,050 of 2,600 audits completed; behind profile.",
         "amber", "2026-03"),
    ]
    ncol = 9

    def cell(v):
        v = str(v)
        if any(ch in v for ch in [",", '"', "\n"]):
            return '"' + v.replace('"', '""') + '"'
        return v

    def line(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        return ",".join(cell(v) for v in vals)

    out = []
    out.append(line([title]))
    out.append(line(["Response to the Regulator of Social Housing regulatory judgement (C3) – "
                     "progress at 31 August 2025"]))
    out.append(line([]))
    out.append(line(["Standard", "Ref", "Workstream", "Action", "Owner", "Original due date",
                     "Revised due date", "RAG status", "Progress update"]))
    for r in rows:
        (std, ref, ws_, act, own, _l, orig, rev, rag, upd, _s, _e) = r
        out.append(line([std, ref, ws_, act, own, orig, rev, rag, upd]))
    out.append(line([]))
    out.append(line(["Notes: revised due dates for SQ1 and SQ2 were agreed by the Board on "
                     "17/07/2025."]))
    out.append(line(["RAG key: Complete = delivered and evidenced; Green = on track; Amber = at "
                     "risk; Red = off track; Not started"]))
    out.append(line([]))
    out.append(line(["Summary", "", "", "Total actions", "8"]))
    out.append(line(["", "", "", "Complete", "2"]))
    out.append(line(["", "", "", "Green", "2"]))
    out.append(line(["", "", "", "Amber", "2"]))
    out.append(line(["", "", "", "Red", "1"]))
    out.append(line(["", "", "", "Not started", "1"]))
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")

    acts = []
    cur = None
    for r in rows:
        (std, ref, ws_, act, _o, lead, _or, _rv, _rag, _u, st, end) = r
        if std:
            cur = std
        acts.append(dict(ref=ref, under=[cur, ws_], action=act, lead=lead, end=end, status=st))
    write_expected(
        fname,
        source=("Imitates the consumer standards improvement plan a housing association graded C3 "
                "by the Regulator of Social Housing reports to its Board (Octavia Housing was one of "
                "the first landlords graded C3 under the new regime, October 2024: "
                "https://housingtoday.co.uk/news/four-social-landlords-breach-new-consumer-standards/5130364.article), "
                "saved from Excel as CSV; not the landlord's own document. Copies a two-line title "
                "block, one row per action grouped by the four consumer standards (standard written "
                "only on its first row), a workstream column, job titles as owners (two in one cell "
                "with ';' and '&'), original and revised due dates dd/mm/yyyy and one financial "
                "quarter, a RAG status word, a quoted action running onto a second line, a notes "
                "line, a RAG key line and a summary block of counts."),
        reads=("A C3 consumer standards improvement plan with eight actions under the four "
               "standards, each with its workstream. The revised due date, where given, is the "
               "end; the status is the RAG word. Notes, key and summary lines are not actions."),
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------------------
# 7. Dyfed-Powys Police – HMICFRS vetting, misconduct and misogyny tracker (txt, read)
# ---------------------------------------------------------------------------
def dyfed():
    fname = ("ms2-dyfed-powys-police-hmicfrs-vetting-misconduct-misogyny-recommendations-"
             "tracker.txt")
    title = "Dyfed-Powys Police – HMICFRS Recommendations Tracker"
    themes = [
        ("Theme: Vetting", [
            ("Recommendation 2: By 31 October 2023, chief constables should make sure that every "
             "vetting decision involving adverse information is recorded with a rationale that is "
             "proportionate to the risk.", [
                ("2.1", "Introduce a mandatory rationale template in the vetting management system "
                        "for all refusals and for approvals with adverse information.",
                 "Force Vetting Manager", ["Force Vetting Manager"], "31/10/2023", "", "B",
                 "Template live since September 2023; checked in PSD quality assurance.",
                 "blue", "2023-10"),
                ("2.2", "Dip-sample 10% of vetting decisions each quarter and report the results "
                        "to the Professional Standards Board.",
                 "Head of PSD", ["Head of PSD"], "31/12/2023", "", "G",
                 "Quarterly dip sample continuing; results reported to each Board.",
                 "green", "2023-12"),
            ]),
            ("Recommendation 4: By 30 April 2023, chief constables should make sure that their "
             "vetting units check the Police National Database for all applicants.", [
                ("4.1", "Add Police National Database checks for all new applicants and for all "
                        "vetting renewals.",
                 "Force Vetting Manager", ["Force Vetting Manager"], "30/04/2023", "", "B",
                 "PND checks in place for all applications from March 2023.",
                 "blue", "2023-04"),
            ]),
        ]),
        ("Theme: Counter-corruption", [
            ("Recommendation 15: By 31 October 2023, chief constables should make sure that their "
             "counter-corruption units have enough capacity and capability to assess all corruption "
             "intelligence.", [
                ("15.1", "Complete a demand and capacity review of the Anti-Corruption Unit and "
                         "present a business case for additional posts.",
                 "Detective Superintendent, PSD", ["Detective Superintendent, PSD"],
                 "31/10/2023", "31/03/2024", "B",
                 "Two additional investigator posts funded and filled in 2024.",
                 "blue", "2024-03"),
                ("15.2", "Procure and implement IT monitoring software across all force devices.",
                 "Head of PSD / Head of Digital Services", ["Head of PSD", "Head of Digital Services"],
                 "31/03/2024", "30/11/2025", "A",
                 "Software procured through the regional framework; installation at 70% of devices.",
                 "amber", "2025-11"),
            ]),
        ]),
        ("Theme: Misconduct", [
            ("Recommendation 23: By 30 September 2023, chief constables should make sure that all "
             "allegations of sexual misconduct are assessed against the criteria for referral to "
             "the IOPC.", [
                ("23.1", "Deliver training to PSD assessors on the IOPC referral criteria for sexual "
                         "misconduct allegations.",
                 "PSD Training Lead", ["PSD Training Lead"], "30/09/2023", "", "B",
                 "All 11 assessors trained in August 2023.",
                 "blue", "2023-09"),
            ]),
        ]),
        ("Theme: Misogyny and workplace culture", [
            ("Recommendation 38: By 31 March 2024, chief constables should make sure that all "
             "officers and staff understand the standards of behaviour expected of them in relation "
             "to misogyny and predatory behaviour.", [
                ("38.1", "Deliver the 'Professional Boundaries' workshop to all officers and staff, "
                         "with attendance monitored by Learning and Development.",
                 "Chief Inspector, Professionalism and Ethics",
                 ["Chief Inspector, Professionalism and Ethics"], "31/03/2024", "31/03/2025", "R",
                 "78% of the workforce attended; remaining sessions limited by shift patterns.",
                 "red", "2025-03"),
                ("38.2", "Run a workforce survey on workplace culture and publish the results with a "
                         "response plan.",
                 "DCC; Head of People Services", ["DCC", "Head of People Services"],
                 "Q3 2025/26", "", "",
                 "Survey questions being agreed with staff associations.",
                 "unrated", "2025-12"),
            ]),
        ]),
    ]
    T = "\t"
    out = [title,
           "Inspection: An inspection of vetting, misconduct, and misogyny in the police service "
           "(HMICFRS, published 2 November 2022)",
           "Extract date: 06/10/2025" + T + "Prepared by: Professional Standards Department",
           "",
           T.join(["Ref", "Recommendation / Action", "Owner", "Target Date", "Revised Date",
                   "RAG", "Latest Update"])]
    acts = []
    for theme, recs in themes:
        out.append(theme + T * 6)
        for rec, items in recs:
            out.append(T + rec + T * 5)
            for it in items:
                (ref, act, own, lead, tgt, rev, rag, upd, st, end) = it
                out.append(T.join([ref, act, own, tgt, rev, rag, upd]))
                acts.append(dict(ref=ref, under=[theme, rec], action=act, lead=lead, end=end,
                                 status=st))
    out.append("")
    out.append("RAG key: B = complete and closed by the Chief Officer Group; G = on track; "
               "A = at risk, revised date agreed; R = off track; blank = not started")
    out.append("Total actions: 8" + T + "B: 4" + T + "G: 1" + T + "A: 1" + T + "R: 1" + T +
               "Not started: 1")
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + "\n")

    write_expected(
        fname,
        source=("Imitates a force's tab-separated export from its recommendations tracking system "
                "for the HMICFRS thematic 'An inspection of vetting, misconduct, and misogyny in "
                "the police service' (2 November 2022; 43 recommendations to forces with deadlines, "
                "followed up in HMICFRS's May 2023 review of progress: "
                "https://www.justiceinspectorates.gov.uk/hmicfrs/publication-html/vetting-misconduct-and-misogyny-in-the-police-service-review-of-progress-letter/), "
                "as reported to the PCC's accountability board; not the force's own document. "
                "Copies title, inspection and extract-date lines, theme rows, recommendation rows "
                "(numbered, with the HMICFRS deadline wording) above their numbered actions, ranks "
                "and job titles as owners (two in a cell with ';' or '/'), target and revised dates, "
                "a B/G/A/R letter column (blank = not started), a key line and a totals line."),
        reads=("A tracker of eight force actions answering five HMICFRS recommendations under four "
               "themes. Each action sits under its theme and the recommendation row above it; the "
               "revised date, where given, is the end, and the RAG letter gives the status."),
        outcome="read", title=title, actions=acts)


if __name__ == "__main__":
    wigan()
    wyfra()
    row = croydon()
    ceredigion()
    moray()
    octavia()
    dyfed()
    print("built; croydon typo row", row)
