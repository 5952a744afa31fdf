#!/usr/bin/env python3
"""Build the seven zrj- blind test cases (data files and their expected readings).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Writes only files whose names start with zrj- in this script's folder.
"""
import os
from datetime import datetime

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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
FILL = {c: PatternFill("solid", start_color=c, end_color=c) for c in (RED, AMBER, GREEN, BLUE)}
GREY = PatternFill("solid", start_color="D9D9D9", end_color="D9D9D9")
NAVY = PatternFill("solid", start_color="1F3864", end_color="1F3864")
PALE = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(s):
    return datetime.strptime(s, "%d/%m/%Y")


def path(name):
    assert name.startswith("zrj-")
    return os.path.join(HERE, name)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def write_expected(name, source, reads, outcome, title=None, actions=None,
                   refuse_at=None, accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


# ---------------------------------------------------------------------------
# 1. NCHA internal audit recommendations tracker (xlsx, three sheets)
# ---------------------------------------------------------------------------
def make_ncha():
    name = "zrj-ncha-internal-audit-recommendations-tracker.xlsx"
    title = "NCHA Group – Internal Audit Recommendations Tracker 2025/26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Committee:", "Audit & Risk Committee – 18 November 2025"),
        ("Position as at:", "31 October 2025"),
        ("Report owner:", "Head of Governance & Company Secretary"),
        ("Internal auditor:", "Outsourced internal audit service (2025/26 plan year 2 of 3)"),
        (None, None),
        ("RAG key", None),
        ("Blue", "Implemented – evidence provided; removed once verified by Internal Audit"),
        ("Green", "On track to be implemented by the agreed date"),
        ("Amber", "At risk / revised date agreed by ARC"),
        ("Red", "Overdue or not progressing – Committee attention required"),
    ]
    for i, (a, b) in enumerate(rows, start=3):
        cov.cell(i, 1, a)
        cov.cell(i, 2, b)
    cov["A8"].font = Font(bold=True)
    for r, c in ((9, BLUE), (10, GREEN), (11, AMBER), (12, RED)):
        cov.cell(r, 1).fill = FILL[c]
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 80

    A = "Damp, Mould and Condensation (2024/25) – Limited Assurance"
    B = "Rent Arrears and Income Recovery (2024/25) – Reasonable Assurance"
    C = "Cyber Security (2025/26) – Limited Assurance"
    D = "Procurement and Contract Management (2023/24) – Reasonable Assurance"
    rec_a1 = ("The Group should ensure that damp and mould reports are risk-assessed at first point of "
              "contact and that response timescales reflecting the Awaab's Law requirements are configured "
              "and monitored in the repairs system.")
    rec_a2 = "Follow-up inspections after remedial works should be completed and evidenced on the property record."
    rec_b1 = ("The Income Recovery Policy should be reviewed and updated to reflect current practice and the "
              "pre-action protocol for possession claims.")
    rec_b2 = ("Management should carry out regular quality checks on a sample of arrears cases to confirm that "
              "agreed recovery steps have been followed.")
    rec_c1 = ("Privileged and administrator access to the Group's networks and core systems should be restricted "
              "to those staff who need it and reviewed at least quarterly.")
    rec_c2 = "Backup restore testing should be carried out and documented at least annually."
    rec_d3 = ("A complete and up-to-date contracts register should be maintained, including contract owner, value "
              "and expiry date for all contracts over £25,000.")

    # (banner, rec, ref, priority, action, lead cell, lead list, orig, revised, prev, prevfill, cur, end, status, update)
    items = [
        (A, rec_a1, "DMC 1.1", "High",
         "Configure damp and mould job types in the repairs system with hazard-based response timescales and "
         "produce a weekly exceptions report for the Property Leadership Team.",
         "Director of Property Services", ["Director of Property Services"],
         "30/06/2025", "31/12/2025", "Amber", AMBER, AMBER, "2025-12", "amber",
         "Timescales configured in test; go-live delayed by system upgrade. Revised date agreed at Sept ARC."),
        (A, rec_a1, "DMC 1.2", "High",
         "Deliver refresher training to all Customer Contact Centre advisers on triaging damp and mould "
         "reports, and add a triage question set to the call script.",
         "Head of Customer Experience", ["Head of Customer Experience"],
         "30/09/2025", None, "Green", GREEN, BLUE, "2025-09", "blue",
         "Training delivered to 46 of 48 advisers (Sept 2025); script updated 12/09/2025. Evidence sent to IA."),
        (A, rec_a2, "DMC 2.1", "Medium",
         "Introduce a mandatory follow-up inspection task six weeks after completion of damp and mould works, "
         "with photographs uploaded to the property record.",
         "Head of Repairs / Head of Asset Management", ["Head of Repairs", "Head of Asset Management"],
         "31/10/2025", None, "Amber", AMBER, RED, "2025-10", "red",
         "Task created but only 38% of October completions have a follow-up recorded."),
        (B, rec_b1, "RAI 1.1", "Medium",
         "Review and update the Income Recovery Policy and procedures and present to the Customer Services "
         "Committee for approval.",
         "Head of Income & Tenancy Services", ["Head of Income & Tenancy Services"],
         "30/09/2025", "31/01/2026", "Amber", AMBER, GREEN, "2026-01", "green",
         "Draft policy consulted on with Tenant Voice Panel; to Customer Services Committee January 2026."),
        (B, rec_b2, "RAI 2.1", "Low",
         "Introduce monthly quality assurance checks on 10 arrears cases per patch, with results reported to "
         "the Income Team meeting.",
         "Income Team Leader", ["Income Team Leader"],
         "31/08/2025", None, "Green", GREEN, BLUE, "2025-08", "blue",
         "QA checks in place from August 2025. Propose close."),
        (C, rec_c1, "CYB 1.1", "High",
         "Complete a full review of privileged accounts across all core systems.\nRemove or reduce any excess "
         "rights identified and record the outcome in the access control log.",
         "Head of ICT", ["Head of ICT"],
         "31/12/2025", None, "Green", GREEN, GREEN, "2025-12", "green",
         "Review 60% complete; 14 accounts removed to date."),
        (C, rec_c1, "CYB 1.2", "High",
         "Implement a quarterly privileged access recertification, signed off by the Head of ICT and reported "
         "to the Information Governance Group.",
         "Head of ICT / Information Governance Manager", ["Head of ICT", "Information Governance Manager"],
         "31/03/2026", None, "New", None, GREEN, "2026-03", "green",
         "New action from 2025/26 review. Process drafted."),
        (C, rec_c2, "CYB 2.1", "Medium",
         "Carry out and document a full restore test of the housing management system from offline backups.",
         "Infrastructure Manager", ["Infrastructure Manager"],
         "30/09/2025", "31/10/2025", "Amber", AMBER, BLUE, "2025-10", "blue",
         "Restore test completed 21/10/2025; report filed on the ICT SharePoint site. Propose close."),
        (D, rec_d3, "PCM 3.1", "Medium",
         "Complete the contracts register for all contracts above £25k and assign a named contract owner to each.",
         "Head of Procurement", ["Head of Procurement"],
         "31/03/2025", "30/09/2025", "Amber", AMBER, RED, "2025-09", "red",
         "Register 85% complete; remaining contracts relate to Development. Extension to be requested at this meeting."),
    ]

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of open internal audit actions by review"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Review", "Assurance opinion", "Actions", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, 1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = NAVY
    summ = [
        ("Damp, Mould and Condensation (2024/25)", "Limited", 3, 1, 0, 1, 1),
        ("Rent Arrears and Income Recovery (2024/25)", "Reasonable", 2, 1, 1, 0, 0),
        ("Cyber Security (2025/26)", "Limited", 3, 1, 2, 0, 0),
        ("Procurement and Contract Management (2023/24)", "Reasonable", 1, 0, 0, 0, 1),
    ]
    for i, row in enumerate(summ, start=4):
        for j, v in enumerate(row, 1):
            sm.cell(i, j, v)
    sm.cell(8, 1, "Total").font = Font(bold=True)
    for j in range(3, 8):
        col = get_column_letter(j)
        sm.cell(8, j, f"=SUM({col}4:{col}7)").font = Font(bold=True)
    for j, c in ((4, BLUE), (5, GREEN), (6, AMBER), (7, RED)):
        sm.cell(3, j).fill = FILL[c]
        sm.cell(3, j).font = Font(bold=True)
    sm.column_dimensions["A"].width = 48
    sm.column_dimensions["B"].width = 18

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Audit & Risk Committee – 18 November 2025  |  Position at 31 October 2025"
    ws.merge_cells("A2:J2")
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original due date", "Revised due date", "Previous RAG (Sept 25)", "Current RAG (Oct 25)",
             "Progress update"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = NAVY
        c.alignment = WRAP
        c.border = BOX
    widths = [10, 10, 45, 55, 28, 13, 13, 13, 13, 50]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w

    r = 5
    last_banner = None
    rec_start = {}
    expected = []
    for (ban, rec, ref, pri, action, leadcell, leads, orig, rev, prev, prevfill, cur, end, status, upd) in items:
        if ban != last_banner:
            ws.cell(r, 1, ban).font = Font(bold=True)
            for j in range(1, 11):
                ws.cell(r, j).fill = PALE
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            last_banner = ban
            r += 1
        ws.cell(r, 1, ref)
        if rec in rec_start and rec_start[rec][1] == r - 1:
            # continuation of the same recommendation: extend merge later
            rec_start[rec] = (rec_start[rec][0], r)
        else:
            ws.cell(r, 2, pri)
            ws.cell(r, 3, rec)
            rec_start[rec] = (r, r)
        ws.cell(r, 4, action)
        ws.cell(r, 5, leadcell)
        ws.cell(r, 6, d(orig)).number_format = "dd/mm/yyyy"
        if rev:
            ws.cell(r, 7, d(rev)).number_format = "dd/mm/yyyy"
        ws.cell(r, 8, prev)
        if prevfill:
            ws.cell(r, 8).fill = FILL[prevfill]
        ws.cell(r, 9).fill = FILL[cur]
        ws.cell(r, 10, upd)
        for j in range(1, 11):
            ws.cell(r, j).alignment = WRAP
            ws.cell(r, j).border = BOX
        expected.append(act(ref, [ban, rec], action, leads, end, status))
        r += 1
    for rec, (s, e) in rec_start.items():
        if e > s:
            ws.merge_cells(start_row=s, start_column=2, end_row=e, end_column=2)
            ws.merge_cells(start_row=s, start_column=3, end_row=e, end_column=3)
    r += 1
    ws.cell(r, 1, "Notes: Actions rated Blue are removed from the tracker once verified by Internal Audit. "
                  "Revised dates shown have been agreed by the Audit & Risk Committee.")
    ws.cell(r + 1, 1, "Current RAG is shown by cell colour – see RAG key on the Cover sheet.")
    ws.freeze_panes = "A5"
    wb.save(path(name))

    write_expected(
        name,
        source=("Imitates a housing association Audit & Risk Committee internal audit recommendations tracker "
                "(NCHA / Nottingham Community Housing Association style, ARC November 2025), modelled on published "
                "audit recommendation trackers (e.g. Reading BC ARC tracker with red/amber/green/blue ratings and "
                "revised dates). Copies: cover sheet with RAG key, summary sheet with totals formula row, tracker "
                "sheet with a banner row per audit review (name, year, assurance opinion), recommendation text merged "
                "down over its management actions, job titles as responsible officers (two posts split by ' / '), "
                "original and revised due dates, previous RAG as text+fill and current RAG as fill colour only, "
                "progress updates and notes lines."),
        reads=("Nine agreed management actions from four internal audit reviews, grouped under the review banner and "
               "the recommendation they answer. The due month is the revised date where there is one, otherwise "
               "the original; the status is the colour of the Current RAG cell read against the cover-sheet key."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 2. Crofting Commission corporate risk register (xlsx, two sheets)
# ---------------------------------------------------------------------------
def make_crofting():
    name = "zrj-crofting-commission-corporate-risk-register-2025-26.xlsx"
    title = "Crofting Commission – Corporate Risk Register 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Audit and Risk Committee – 9 December 2025   |   Version 3.2   |   "
                "Last reviewed by Senior Management Team: 18 November 2025")
    ws["A3"] = "Action status key:"
    ws["A3"].font = Font(bold=True)
    for j, (txt, col) in enumerate((("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER),
                                     ("Overdue", RED), ("Not started", None)), start=3):
        c = ws.cell(3, j * 2 - 2, txt)
        if col:
            c.fill = FILL[col]
    top = [("A", "Risk No."), ("B", "Risk"), ("C", "Risk owner"), ("D", "Inherent risk"), ("G", "Current controls"),
           ("H", "Residual risk"), ("K", "Trend"), ("L", "Action No."), ("M", "Further action required"),
           ("N", "Action owner"), ("O", "Target date"), ("P", "Action status")]
    for col, txt in top:
        ws[f"{col}5"] = txt
    for col in "ABCGKLMNOP":
        ws.merge_cells(f"{col}5:{col}6")
    ws.merge_cells("D5:F5")
    ws.merge_cells("H5:J5")
    for col, txt in zip("DEFHIJ", ["L", "I", "Score", "L", "I", "Score"]):
        ws[f"{col}6"] = txt
    for row in (5, 6):
        for j in range(1, 17):
            c = ws.cell(row, j)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = NAVY
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            c.border = BOX
    widths = [8, 42, 16, 4, 4, 6, 40, 4, 4, 6, 7, 9, 50, 24, 16, 12]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w

    cat1 = "1. Governance and Leadership"
    cat2 = "2. Regulatory Delivery"
    cat3 = "3. People and Resources"
    cat4 = "4. Information and Technology"
    risks = [
        (cat1, "CR01",
         "Board and Executive do not maintain clear roles and effective working relationships, undermining "
         "governance and stakeholder confidence in the Commission.",
         "Convener / Chief Executive", (4, 5), "Framework Document; Board Standing Orders; Code of Conduct; "
         "annual Board effectiveness review; Convener and CEO monthly meetings.", (2, 4), "↔",
         [("CR01a", "Complete the externally facilitated Board effectiveness review and agree an action plan.",
           "Convener", ["Convener"], "March 2026", "2026-03", None, "On track", GREEN, "green"),
          ("CR01b", "Refresh the Board and SMT induction programme ahead of the 2027 Board elections.",
           "Chief Executive / Head of Corporate Services", ["Chief Executive", "Head of Corporate Services"],
           "Sept 2026", "2026-09", None, "Not started", None, "unrated")]),
        (cat2, "CR02",
         "Volume and complexity of regulatory applications exceeds casework capacity, causing delays to "
         "decisions and failure to meet service standards.",
         "Director of Operations", (5, 4), "Casework prioritisation protocol; weekly caseload reports; "
         "delegated authority scheme; temporary staff.", (4, 4), "↑",
         [("CR02a", "Implement the casework triage model so that straightforward assignations and decrofting "
                    "applications are processed under delegated authority.",
           "Director of Operations", ["Director of Operations"], d("31/01/2026"), "2026-01", None,
           "At risk", AMBER, "amber"),
          ("CR02b", "Recruit two fixed-term Regulatory Officers funded from the 2025/26 in-year budget transfer.",
           "Head of Corporate Services", ["Head of Corporate Services"], "Oct-25", "2025-10", None,
           "Complete", BLUE, "blue"),
          ("CR02c", "Publish monthly casework performance data on the Commission website.",
           "Head of Regulatory Support", ["Head of Regulatory Support"], "Ongoing", None, "Ongoing",
           "On track", GREEN, "green")]),
        (cat2, "CR03",
         "Decisions on common grazings and absentee or neglect cases are successfully challenged at the "
         "Scottish Land Court, leading to cost and reputational damage.",
         "Director of Operations", (3, 4), "Legal review of contentious cases; Board decision templates; "
         "case officer guidance.", (2, 4), "↓",
         [("CR03a", "Update the common grazings regulation guidance and decision templates following the 2024 "
                    "Land Court judgments.",
           "Head of Regulatory Support / Solicitor", ["Head of Regulatory Support", "Solicitor"],
           "Sept 2025 – March 2026", "2026-03", "Sept 2025 – March 2026", "On track", GREEN, "green"),
          ("CR03b", "Deliver legal training for case officers and Board members on decision-making and "
                    "recording reasons.",
           "Solicitor", ["Solicitor"], "Q4 2025/26", "2026-03", "Q4 2025/26", "Not started", None, "unrated")]),
        (cat3, "CR04",
         "Insufficient budget settlement for 2026/27 leads to unplanned reductions in staff and service.",
         "Chief Executive", (4, 4), "Medium-term financial plan; regular engagement with sponsor team; "
         "monthly budget monitoring to SMT.", (3, 4), "↔",
         [("CR04a", "Submit the 2026/27 budget bid and workforce plan to the Scottish Government sponsor team.",
           "Chief Executive", ["Chief Executive"], d("30/11/2025"), "2025-11", None, "Complete", BLUE, "blue"),
          ("CR04b", "Agree a savings contingency plan with the Board in the event of a flat-cash settlement.",
           "Head of Finance", ["Head of Finance"], "February 2026", "2026-02", None, "On track", GREEN, "green")]),
        (cat4, "CR05",
         "A cyber-attack or failure of the Crofting Information System results in loss of data or inability "
         "to process applications.",
         "Head of Corporate Services", (4, 5), "Managed security service; MFA for all users; daily backups; "
         "business continuity plan tested 2024.", (3, 5), "↔",
         [("CR05a", "Complete migration of the Crofting Information System to the supported cloud platform.",
           "Digital Services Manager", ["Digital Services Manager"], d("30/09/2025"), "2025-09", None,
           "Overdue", RED, "red"),
          ("CR05b", "Achieve Cyber Essentials Plus recertification.",
           "Digital Services Manager", ["Digital Services Manager"], "Jan-26", "2026-01", None,
           "On track", GREEN, "green")]),
    ]
    r = 7
    last_cat = None
    expected = []
    for cat, rno, rtext, rowner, inh, ctrls, res, trend, actions in risks:
        if cat != last_cat:
            ws.cell(r, 1, cat).font = Font(bold=True)
            for j in range(1, 17):
                ws.cell(r, j).fill = GREY
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=16)
            last_cat = cat
            r += 1
        s = r
        ws.cell(r, 1, rno)
        ws.cell(r, 2, rtext)
        ws.cell(r, 3, rowner)
        ws.cell(r, 4, inh[0]); ws.cell(r, 5, inh[1]); ws.cell(r, 6, inh[0] * inh[1])
        ws.cell(r, 7, ctrls)
        ws.cell(r, 8, res[0]); ws.cell(r, 9, res[1]); ws.cell(r, 10, res[0] * res[1])
        ws.cell(r, 11, trend)
        for (aref, atext, ocell, olist, tdate, end, etext, stext, sfill, status) in actions:
            ws.cell(r, 12, aref)
            ws.cell(r, 13, atext)
            ws.cell(r, 14, ocell)
            c = ws.cell(r, 15, tdate)
            if isinstance(tdate, datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(r, 16, stext)
            if sfill:
                c.fill = FILL[sfill]
            for j in range(1, 17):
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            expected.append(act(aref, [cat, rtext], atext, olist, end, status, end_text=etext))
            r += 1
        e = r - 1
        if e > s:
            for j in range(1, 12):
                ws.merge_cells(start_row=s, start_column=j, end_row=e, end_column=j)
        for j, sc in ((6, inh[0] * inh[1]), (10, res[0] * res[1])):
            ws.cell(s, j).fill = FILL[RED if sc >= 15 else AMBER if sc >= 8 else GREEN]
    r += 1
    ws.cell(r, 1, "L = likelihood (1–5); I = impact (1–5). Scores of 15 and above are outside the Board's risk "
                  "appetite and are reported to every Audit and Risk Committee.")
    ws.cell(r + 1, 1, "Trend: ↑ increasing  ↔ stable  ↓ decreasing (since the September 2025 review).")
    ws.freeze_panes = "C7"

    mx = wb.create_sheet("Scoring Matrix")
    mx["A1"] = "Risk scoring matrix (likelihood x impact)"
    mx["A1"].font = Font(bold=True, size=12)
    mx["A3"] = "Impact / Likelihood"
    for j in range(1, 6):
        mx.cell(3, j + 1, j).font = Font(bold=True)
    for i in range(5, 0, -1):
        row = 4 + (5 - i)
        mx.cell(row, 1, i).font = Font(bold=True)
        for j in range(1, 6):
            sc = i * j
            c = mx.cell(row, j + 1, sc)
            c.fill = FILL[RED if sc >= 15 else AMBER if sc >= 8 else GREEN]
    mx["A10"] = "1–7 Low (tolerate)   8–14 Medium (treat and monitor)   15–25 High (treat; report to ARC)"
    mx["A12"] = ("Risk appetite: the Commission has a low appetite for risks to the lawfulness of its regulatory "
                 "decisions and a moderate appetite for risks arising from changes to how services are delivered.")
    wb.save(path(name))

    write_expected(
        name,
        source=("Imitates a Scottish NDPB corporate risk register presented to its Audit and Risk Committee "
                "(Crofting Commission, 2025/26), following the layout of published Scottish public body strategic "
                "risk registers (e.g. Cairngorms NPA strategic risk register annex: risk, ref, responsible officer, "
                "mitigation, trend). Copies: title and version line, action-status key with fill colours, two-row "
                "merged header (inherent/residual L, I, Score), category banner rows, risk cells merged down over "
                "several further-action rows, action numbers, action owners as job titles (two posts split by "
                "' / '), target dates as text, dates, 'Oct-25', a quarter, a period and 'Ongoing', trend arrows, "
                "notes lines and a second scoring-matrix sheet."),
        reads=("Five corporate risks in four categories, each with two or three further actions that have their "
               "own number, owner, target date and status. The actions are read under the category and the risk "
               "they treat; the status is the action status word as defined by the key at the top."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 3. Port of Tyne HSE notices action tracker – Smartsheet export (xlsx)
# ---------------------------------------------------------------------------
def make_port_of_tyne():
    name = "zrj-port-of-tyne-hse-improvement-notices-action-tracker-smartsheet-export.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "HSE Notices Action Tracker"
    heads = ["Task Name", "Notice Ref", "Assigned To", "Start Date", "Due Date", "Baseline Finish", "Variance",
             "% Complete", "Status", "RAG", "Latest Update", "Modified", "Modified By"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(1, j, h)
        c.font = Font(bold=True)
        c.fill = GREY
    widths = [70, 16, 28, 12, 12, 14, 9, 11, 12, 8, 60, 17, 16]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w

    P1 = ("Improvement Notice 318204911 – Lifting operations, Riverside Quay mobile harbour cranes "
          "(LOLER 1998 reg. 9)")
    P2 = ("Improvement Notice 318204937 – Workplace transport, segregation of pedestrians and vehicles at the "
          "Bulk Terminal (Workplace (Health, Safety and Welfare) Regulations 1992 reg. 17)")
    P3 = "Notification of Contravention – HSE visit 19 August 2025 (Fee for Intervention)"
    rows = [
        # (level, task, noticeref, assigned, leads, start, due, baseline, pct, status, rag, update, end, st)
        (0, P1, "IN 318204911", "", None, "14/08/2025", "31/10/2025", "30/09/2025", 0.7, "In Progress", "Yellow",
         "Compliance date extended by HSE to 31/10/2025 (letter 22/09/2025).", None, None),
        (1, "Commission independent thorough examination of both mobile harbour cranes (MHC 1 and MHC 2) by a "
            "competent person.", "", "Gary Thompson", ["Gary Thompson"], "21/08/2025", "12/09/2025",
         "12/09/2025", 1.0, "Complete", "Blue", "Reports received 10/09/2025.", "2025-09", "blue"),
        (1, "Rectify all defects identified in the thorough examination reports and retain evidence of repair.",
         "", "Gary Thompson, Stephen Reay", ["Gary Thompson", "Stephen Reay"], "15/09/2025", "31/10/2025",
         "26/09/2025", 0.6, "In Progress", "Yellow",
         "Slew ring parts on order for MHC 2; MHC 1 defects closed.", "2025-10", "amber"),
        (1, "Introduce a planned thorough examination schedule in the maintenance management system with "
            "automatic reminders 30 days before the due date.", "", "Lisa Bell", ["Lisa Bell"], "01/09/2025",
         "17/10/2025", "17/10/2025", 1.0, "Complete", "Blue", "Schedule live for all lifting equipment.",
         "2025-10", "blue"),
        (0, P2, "IN 318204937", "", None, "14/08/2025", "28/11/2025", "28/11/2025", 0.45, "In Progress", "Green",
         "", None, None),
        (1, "Complete a workplace transport risk assessment for the Bulk Terminal, involving operatives and "
            "hauliers.", "", "Andrew Foster", ["Andrew Foster"], "18/08/2025", "26/09/2025", "26/09/2025", 1.0,
         "Complete", "Blue", "Signed off by Harbour Master 24/09/2025.", "2025-09", "blue"),
        (1, "Install fixed pedestrian barriers and marked crossing points on the Bulk Terminal access road.", "",
         "Andrew Foster, Karen Liddle", ["Andrew Foster", "Karen Liddle"], "29/09/2025", "28/11/2025",
         "28/11/2025", 0.4, "In Progress", "Green", "Contractor on site from 03/11/2025.", "2025-11", "green"),
        (1, "Issue revised site rules to all hauliers and record acknowledgement at the gatehouse.", "",
         "Karen Liddle", ["Karen Liddle"], "10/11/2025", "14/11/2025", "14/11/2025", 0.0, "Not Started", "",
         "", "2025-11", "unrated"),
        (0, P3, "NoC 19/08/2025", "", None, "19/08/2025", "16/01/2026", "31/12/2025", 0.2, "In Progress", "Red",
         "", None, None),
        (1, "Review and reissue the permit-to-work procedure for work at height on quay cranes and conveyors.",
         "", "Michael Rutherford", ["Michael Rutherford"], "01/09/2025", "31/10/2025", "31/10/2025", 0.5,
         "In Progress", "Red", "Draft with Safety Committee; not yet reissued. Overdue.", "2025-10", "red"),
        (1, "Deliver refresher training for engineering supervisors on the revised permit-to-work procedure.", "",
         "Michael Rutherford, Lisa Bell", ["Michael Rutherford", "Lisa Bell"], "17/11/2025", "12/12/2025",
         "12/12/2025", 0.0, "Not Started", "", "", "2025-12", "unrated"),
        (1, "Audit compliance with the revised permit-to-work procedure (sample of 20 permits) and report the "
            "results to the Board Health, Safety and Environment Committee.", "", "Claire Hedley",
         ["Claire Hedley"], "05/01/2026", "16/01/2026", "31/12/2025", 0.0, "Not Started", "", "", "2026-01",
         "unrated"),
    ]
    expected = []
    parent = None
    mods = ["05/11/2025 16:42", "06/11/2025 09:15", "06/11/2025 11:03", "07/11/2025 08:51"]
    for i, (lvl, task, nref, assg, leads, start, due, base, pct, status, rag, upd, end, st) in enumerate(rows, 2):
        c = ws.cell(i, 1, task)
        c.alignment = Alignment(indent=lvl * 2, wrap_text=True, vertical="top")
        if lvl == 0:
            c.font = Font(bold=True)
            parent = task
        else:
            ws.row_dimensions[i].outlineLevel = 1
        ws.cell(i, 2, nref or None)
        ws.cell(i, 3, assg or None)
        for j, v in ((4, start), (5, due), (6, base)):
            ws.cell(i, j, d(v)).number_format = "dd/mm/yy"
        ws.cell(i, 7, (d(base) - d(due)).days)
        ws.cell(i, 8, pct).number_format = "0%"
        ws.cell(i, 9, status)
        ws.cell(i, 10, rag or None)
        ws.cell(i, 11, upd or None)
        ws.cell(i, 12, datetime.strptime(mods[i % 4], "%d/%m/%Y %H:%M")).number_format = "dd/mm/yy hh:mm"
        ws.cell(i, 13, "Claire Hedley")
        for j in range(2, 14):
            ws.cell(i, j).alignment = Alignment(wrap_text=True, vertical="top")
        if lvl == 1:
            expected.append(act(None, [parent], task, leads, end, st))
    if ws.sheet_properties.outlinePr is not None:
        ws.sheet_properties.outlinePr.summaryBelow = False
    ws.freeze_panes = "B2"
    wb.save(path(name))

    write_expected(
        name,
        source=("Imitates a Smartsheet sheet exported to Excel by a trust port's health and safety team tracking "
                "actions against HSE improvement notices and a Notification of Contravention (Port of Tyne, "
                "autumn 2025). Copies Smartsheet export conventions: no title rows, header row of column names, "
                "parent/child hierarchy shown by indentation, bold parents and Excel outline grouping, contact "
                "column with several names separated by commas, Baseline Finish and Variance columns from a "
                "baseline, % Complete, Status dropdown and an RYGB symbol column exported as the words "
                "Red/Yellow/Green/Blue, Modified / Modified By system columns."),
        reads=("Three HSE enforcement items (two improvement notices and one notification of contravention) as "
               "bold parent rows, each with three indented child actions. Each action is read under its notice; "
               "the due month is the current Due Date (the baseline is the original plan); the status is the RAG "
               "symbol word (Yellow = amber, Blue = complete), and not-started rows with no symbol are unrated."),
        outcome="read", title=None, actions=expected)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, fill=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)
    if fill:
        shade(cell, fill)


def table(doc, header, rows, fills=None, header_fill="1F3864"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        set_cell(t.rows[0].cells[j], h, bold=True, fill=header_fill)
        for run in t.rows[0].cells[j].paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(row):
            f = fills[i].get(j) if fills else None
            set_cell(cells[j], v, fill=f)
    return t


# ---------------------------------------------------------------------------
# 4. Libraries NI LMS replacement programme highlight report (docx)
# ---------------------------------------------------------------------------
def make_libraries_ni():
    name = "zrj-libraries-ni-lms-replacement-programme-highlight-report.docx"
    title = "Library Management System Replacement Programme: Highlight Report No. 14"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Libraries NI  |  Reporting period: 1–31 October 2025  |  "
                      "Prepared for: LMS Programme Board, 12 November 2025")
    doc.add_paragraph("Document control").runs[0].bold = True
    table(doc, ["Version", "Date", "Author", "Change"],
          [["0.1", "03/11/2025", "Programme Office", "First draft"],
           ["0.2", "05/11/2025", "Programme Manager", "Workstream updates added"],
           ["1.0", "07/11/2025", "Programme Manager", "Issued to Programme Board"]],
          header_fill="595959")

    doc.add_heading("1. Overall status", level=1)
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "C": BLUE}
    st_rows = [["Overall", "A", "A", "Go-live re-forecast to April 2026 (change request CR-09)."],
               ["Schedule", "A", "A", "Trial load 2 and kiosk integration behind baseline."],
               ["Budget", "G", "G", "£1.42m spend to date against £1.6m approved capital."],
               ["Resources", "A", "R", "ICT Infrastructure Manager post vacant from 17 October."],
               ["Risks & issues", "A", "A", "See section 6."]]
    table(doc, ["Dimension", "Last period", "This period", "Commentary"], st_rows,
          fills=[{1: rag_fill[r[1]], 2: rag_fill[r[2]]} for r in st_rows])

    doc.add_heading("2. Summary of progress", level=1)
    doc.add_paragraph(
        "Trial load 1 was completed and reconciled in September. Borrower data cleansing is taking longer than "
        "planned because of the volume of inactive records, and the supplier has re-planned trial load 2 for "
        "January 2026. Payments integration is on track. Kiosk (SIP2) testing at the three pilot branches has "
        "been paused until the ICT Infrastructure Manager post is filled.")

    hdr = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast / actual", "RAG"]
    ws_data = [
        ("3. Workstream A – Data migration and cleansing", [
            ("A1", "Extract borrower and item records from the legacy system and complete trial load 1",
             "Data Migration Lead", ["Data Migration Lead"], "Aug 2025", "19/09/2025", "C", "2025-09", "blue"),
            ("A2", "Cleanse duplicate and inactive borrower records (c. 61,000 records) in line with the "
                   "retention schedule",
             "Data Migration Lead / Information Governance Manager",
             ["Data Migration Lead", "Information Governance Manager"], "Oct 2025", "Dec 2025", "A", "2025-12",
             "amber"),
            ("A3", "Complete trial load 2 and reconciliation sign-off", "Supplier Project Manager",
             ["Supplier Project Manager"], "Nov 2025", "Jan 2026", "A", "2026-01", "amber"),
        ]),
        ("4. Workstream B – Systems integration", [
            ("B1", "Integrate the new LMS with the payments platform (card and online payment of charges)",
             "Head of ICT", ["Head of ICT"], "Oct 2025", "Oct 2025", "G", "2025-10", "green"),
            ("B2", "Configure the self-service kiosk interface (SIP2) and test at 3 pilot branches",
             "ICT Infrastructure Manager", ["ICT Infrastructure Manager"], "Nov 2025", "Feb 2026", "R",
             "2026-02", "red"),
            ("B3", "Complete penetration test and obtain security accreditation for go-live", "Head of ICT",
             ["Head of ICT"], "Jan 2026", "Jan 2026", "G", "2026-01", "green"),
        ]),
        ("5. Workstream C – Branch readiness and training", [
            ("C1", "Deliver train-the-trainer sessions for 40 branch champions", "Head of Service Delivery",
             ["Head of Service Delivery"], "Jan 2026", "Jan 2026", "G", "2026-01", "green"),
            ("C2", "Issue go-live communications to staff, borrowers and partner organisations",
             "Head of Communications & Engagement", ["Head of Communications & Engagement"], "Feb 2026",
             "Mar 2026", "", "2026-03", "unrated"),
            ("C3", "Go-live across all branches and mobile libraries", "Programme Manager", ["Programme Manager"],
             "Mar 2026", "Apr 2026", "A", "2026-04", "amber"),
        ]),
    ]
    expected = []
    for heading, ms in ws_data:
        doc.add_heading(heading, level=1)
        rows, fills = [], []
        for (ref, text, owner, leads, base, fc, rag, end, st) in ms:
            rows.append([ref, text, owner, base, fc, rag])
            fills.append({5: rag_fill[rag]} if rag else {})
            expected.append(act(ref, [heading], text, leads, end, st))
        table(doc, hdr, rows, fills=fills)
        doc.add_paragraph("")

    doc.add_heading("6. Top risks and issues", level=1)
    doc.add_paragraph("R07 – Data quality of legacy borrower records delays migration (score 16, rising).",
                      style="List Bullet")
    doc.add_paragraph("I04 – ICT Infrastructure Manager vacancy; interim cover being sought through the "
                      "Department for Communities framework.", style="List Bullet")
    doc.add_heading("7. Decisions required from Programme Board", level=1)
    doc.add_paragraph("Approve change request CR-09: re-forecast go-live from March 2026 to April 2026.",
                      style="List Bullet")
    doc.add_paragraph("Note the red rating for kiosk integration and the resourcing issue.", style="List Bullet")
    doc.add_heading("RAG key", level=2)
    table(doc, ["RAG", "Meaning"],
          [["R", "Milestone will be missed and affects go-live; Programme Board action required"],
           ["A", "Milestone at risk; recovery plan in place"],
           ["G", "On track to baseline or agreed forecast"],
           ["C", "Complete"]],
          fills=[{0: RED}, {0: AMBER}, {0: GREEN}, {0: BLUE}], header_fill="595959")
    doc.save(path(name))

    write_expected(
        name,
        source=("Imitates a Northern Ireland arm's-length body's programme highlight report to its programme "
                "board (Libraries NI Library Management System replacement, October 2025), following the usual "
                "PRINCE2-style highlight report: title, reporting-period line, document-control table, "
                "overall status table by dimension with last/this period RAG, progress narrative, one milestone "
                "table per workstream under a numbered heading with baseline and forecast dates and letter RAG "
                "(R/A/G/C) with shaded cells, bullet lists of risks and decisions, and a RAG key table in which "
                "C means complete."),
        reads=("Nine milestones in three workstream tables, each with a ref, owner, baseline and forecast date and "
               "RAG letter. The due month is the forecast/actual date (the revised one); C is complete by the key, "
               "and the one milestone with an empty RAG cell is not yet rated. The status and key tables are not "
               "actions."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 5. Quality Meat Scotland board action log (docx)
# ---------------------------------------------------------------------------
def make_qms():
    name = "zrj-quality-meat-scotland-board-action-log.docx"
    title = "Quality Meat Scotland – Board Action Log"
    doc = Document()
    h = doc.add_heading(title, level=1)
    doc.add_paragraph("Board meeting: 26 November 2025  |  Paper QMS B25/47  |  Author: Board Secretary  |  "
                      "For: Noting and agreement to close completed actions")
    doc.add_paragraph(
        "The log records actions agreed at Board meetings and actions referred to the Board by the Audit and "
        "Risk Committee. Actions marked complete will be removed from the log once the Board agrees to close "
        "them. Dates shown as 'Revised' have been agreed by the Chair.")
    doc.add_paragraph("Status key").runs[0].bold = True
    key = table(doc, ["Status", "Meaning"],
                [["Complete – propose close", "Action completed; Board asked to close"],
                 ["On track", "Due date will be met"],
                 ["Revised date", "Due date moved with the Chair's agreement"],
                 ["Overdue", "Due date passed; no revised date agreed"]],
                fills=[{0: BLUE}, {0: GREEN}, {0: AMBER}, {0: RED}], header_fill="595959")
    sfill = {"Complete – propose close": BLUE, "On track": GREEN, "Revised date": AMBER, "Overdue": RED}
    smap = {"Complete – propose close": "blue", "On track": "green", "Revised date": "amber", "Overdue": "red"}
    hdr = ["No.", "Meeting", "Minute", "Action", "Lead", "Due", "Status", "Update"]
    sections = [
        ("A. Actions arising from Board meetings", [
            ("25/14", "25 Jun 2025", "7.3",
             "Present options for a revised levy collection and compliance approach, including recovery of levy "
             "on Scottish-reared animals slaughtered in England.",
             "Director of Finance & Corporate Services", ["Director of Finance & Corporate Services"],
             "Sept 2025\nRevised: Feb 2026", "2026-02", None, "Revised date",
             "Deferred pending outcome of the UK-wide levy review; paper to February 2026 Board."),
            ("25/15", "25 Jun 2025", "9.1",
             "Circulate the Scotch Beef PGI summer campaign evaluation to all Board members.",
             "Head of Marketing", ["Head of Marketing"], "July 2025", "2025-07", None,
             "Complete – propose close", "Circulated by email 28 July 2025."),
            ("25/21", "24 Sep 2025", "5.2",
             "Bring a paper on the Board skills matrix and succession planning ahead of the 2026 public "
             "appointments round.",
             "Chair / Board Secretary", ["Chair", "Board Secretary"], "November 2025", "2025-11", None,
             "Complete – propose close", "Paper 6 on today's agenda."),
            ("25/22", "24 Sep 2025", "6.4",
             "Review the assurance scheme standards consultation timetable with the Standards Setting Bodies and "
             "report back on industry engagement.",
             "Head of Brand Integrity", ["Head of Brand Integrity"], "January 2026", "2026-01", None,
             "On track", "Producer meetings held in Huntly, Dumfries and Oban; summary to January Board."),
            ("25/23", "24 Sep 2025", "8.1",
             "Provide quarterly updates to the Board on the Red Meat Sector Net Zero programme milestones.",
             "Head of Industry Development", ["Head of Industry Development"], "Quarterly", None, "Quarterly",
             "On track", "Next update February 2026."),
            ("25/24", "24 Sep 2025", "10.2",
             "Confirm arrangements for the Board development session on risk appetite.",
             "CEO", ["CEO"], "October 2025", "2025-10", None, "Overdue",
             "Facilitator identified; date still to be agreed."),
        ]),
        ("B. Actions referred by the Audit and Risk Committee", [
            ("ARC 25/08", "ARC 9 Sep 2025", "4.1",
             "Update the Corporate Risk Register to include a specific risk on levy income volatility.",
             "Director of Finance & Corporate Services", ["Director of Finance & Corporate Services"],
             "December 2025", "2025-12", None, "On track", "Draft risk wording agreed by SMT."),
            ("ARC 25/09", "ARC 9 Sep 2025", "6.3",
             "Implement the outstanding internal audit recommendation on IT disaster recovery testing (2024/25 "
             "IT Resilience review).",
             "IT Manager; Director of Finance & Corporate Services",
             ["IT Manager", "Director of Finance & Corporate Services"], "31 March 2026", "2026-03", None,
             "On track", "Test scheduled for February 2026."),
        ]),
    ]
    expected = []
    for heading, rows in sections:
        doc.add_heading(heading, level=2)
        trows, fills = [], []
        for (no, mtg, minute, text, leadcell, leads, due, end, etext, status, upd) in rows:
            trows.append([no, mtg, minute, text, leadcell, due, status, upd])
            fills.append({6: sfill[status]})
            expected.append(act(no, [heading], text, leads, end, smap[status], end_text=etext))
        table(doc, hdr, trows, fills=fills)
        doc.add_paragraph("")
    doc.add_paragraph("Board Secretary, 18 November 2025")
    doc.save(path(name))

    write_expected(
        name,
        source=("Imitates a Scottish NDPB board 'matters arising' action log paper (Quality Meat Scotland Board, "
                "26 November 2025), following the common board action log layout (action number, meeting, minute "
                "reference, action, lead, due date, status, update; actions referred from the Audit and Risk "
                "Committee in a separate table). Copies: heading and paper line, purpose paragraph, a status key "
                "table redefining the colours (Complete – propose close = blue, Revised date = amber, Overdue = "
                "red), shaded status cells, one table per section under a lettered heading, job titles and 'CEO' "
                "as leads (two split by ' / ' or '; '), a due cell with original and revised dates, 'Quarterly'."),
        reads=("Eight open or recently completed board actions in two sections (Board meetings; referred by the "
               "Audit and Risk Committee). Each has a number, lead, due date and status that maps to a colour "
               "through the status key; the Sept 2025 action revised to Feb 2026 is due February 2026."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 6. Chalfont St Peter Parish Council – Planner export (csv)
# ---------------------------------------------------------------------------
def csvq(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_chalfont():
    name = "zrj-chalfont-st-peter-parish-council-internal-audit-action-plan-planner-export.csv"
    title = "CSPPC – Internal Audit & AGAR Action Plan 2024/25"
    B1 = "Internal audit report 2024/25"
    B2 = "External audit (AGAR) 2024/25"
    B3 = "Policies & governance"
    hdr = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By",
           "Created Date", "Start date", "Due date", "Is Recurring", "Late", "Completed Date", "Completed By",
           "Completed Checklist Items", "Checklist Items", "Labels", "Description"]
    tasks = [
        ("mY2kq8Zx0U6bF1sTn4pRcmUAHk3W", "Adopt updated Financial Regulations based on the 2024 NALC model",
         B1, "Completed", "Important", "Helen Barker", ["Helen Barker"], "21/05/2025", "17/06/2025", "false",
         "17/06/2025", "Helen Barker", "3/3", "Draft prepared;Circulated to F&GP;Adopted at Full Council", "",
         "IA report para 2.1: Financial Regulations date from 2019 and do not reflect the Procurement Act 2023 "
         "thresholds.", "2025-06", "blue"),
        ("Qw7vL1dA9kGx3NcP0eHsS2UAJf8T",
         "Evidence monthly bank reconciliations being reviewed and signed by a councillor other than the Chair",
         B1, "In progress", "Important", "Helen Barker;Ray Mitchell", ["Helen Barker", "Ray Mitchell"],
         "21/05/2025", "30/09/2025", "true", "", "", "", "", "Red",
         "IA report para 2.4: no evidence of independent review for 7 of 12 months.", "2025-09", "red"),
        ("Zr5tB6yH2jWm8QaK1vXoL4UABd0N",
         "Update the fixed asset register to include the Gold Hill Common play equipment installed in 2024 and "
         "reconcile it to the insurance schedule",
         B1, "In progress", "Medium", "Sophie Grant", ["Sophie Grant"], "21/05/2025", "31/10/2025", "false",
         "", "", "1/2", "Add new play equipment;Reconcile to insurance schedule", "Green",
         "IA report para 3.2. Values from the installer's invoice, April 2024.", "2025-10", "green"),
        ("Ht9cE4uJ7nPz2RbV6wMgK1UAFs5Y",
         "Publish the 2024/25 internal audit report and the council's response on the website",
         B1, "Completed", "Medium", "Sophie Grant", ["Sophie Grant"], "21/05/2025", "30/06/2025", "false",
         "24/06/2025", "Sophie Grant", "", "", "", "", "2025-06", "blue"),
        ("Lp3dF8sW1xYk6TgC9aNeR7UAMh2Q",
         "Correct the Section 2 Box 7 and Box 8 variance explanations and resubmit to the external auditor",
         B2, "Completed", "Urgent", "Helen Barker", ["Helen Barker"], "02/07/2025", "31/07/2025", "false",
         "18/07/2025", "Helen Barker", "", "", "",
         "External auditor query received 1 July 2025; explanation of variances over 15% required.",
         "2025-07", "blue"),
        ("Vn6gR2hT8cQw4LyM0bUjD3UAPe9K",
         "Publish the notice of the period for the exercise of public rights with a full 30 working day period "
         "for 2025/26",
         B2, "Not started", "Medium", "Helen Barker", ["Helen Barker"], "02/07/2025", "31/05/2026", "false",
         "", "", "", "", "",
         "External auditor noted the 2024/25 period was 28 working days.", "2026-05", "unrated"),
        ("Bx1kM7pN3fZs9HdQ5tWcY6UAGr4J",
         "Review and re-adopt the Risk Management Policy and risk register at Full Council",
         B3, "In progress", "Important", "Helen Barker;Sophie Grant", ["Helen Barker", "Sophie Grant"],
         "21/05/2025", "30/11/2025", "false", "", "", "", "", "Amber",
         "Risk register last reviewed March 2024. Draft to F&GP 11 November 2025.", "2025-11", "amber"),
        ("Cs8wP5nK2vDq7YmA4gXtJ9UAHb1F",
         "Carry out the annual review of the effectiveness of the system of internal control and minute the "
         "outcome",
         B3, "Not started", "Medium", "Ray Mitchell", ["Ray Mitchell"], "21/05/2025", "31/03/2026", "false",
         "", "", "", "", "", "AGAR Section 1 assertion 6.", "2026-03", "unrated"),
        ("Jd4yT9bG6mRx1KpS8fVnQ2UALc7W",
         "Adopt a subject access request procedure and confirm data protection officer arrangements",
         B3, "Not started", "Important", "Sophie Grant", ["Sophie Grant"], "21/05/2025", "30/09/2025", "true",
         "", "", "", "", "Red", "IA report para 4.3: no written SAR procedure.", "2025-09", "red"),
    ]
    lines = [f"Plan name,{csvq(title)}", "Plan ID,Rk0PzT3YbU2x9Gm4nJ7cWmUAD5xq", "Date of export,14/10/2025", "",
             ",".join(hdr)]
    expected = []
    for (tid, tname, bucket, prog, pri, assg, leads, created, due, late, compd, compby, cci, ci, label, desc,
         end, st) in tasks:
        row = [tid, tname, bucket, prog, pri, assg, "Helen Barker", created, "", due, "false", late, compd,
               compby, cci, ci, label, desc]
        lines.append(",".join(csvq(v) for v in row))
        expected.append(act(tid, [bucket], tname, leads, end, st))
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(
        name,
        source=("Imitates a parish council clerk's Microsoft Planner plan exported to Excel and saved as CSV "
                "(Chalfont St Peter Parish Council internal audit and AGAR action plan 2024/25, exported October "
                "2025), modelled on small-council internal audit / AGAR action plans and the Planner 'Export plan "
                "to Excel' layout: plan name, plan ID and export date lines above the header, Task ID, Task Name, "
                "Bucket Name, Progress, Priority, Assigned To (semicolon-separated), dates day-first, Late flag, "
                "checklist columns, Labels used by the clerk as Red/Amber/Green, and a Description holding the "
                "audit paragraph reference."),
        reads=("Nine Planner tasks in three buckets (internal audit report, external audit/AGAR, policies and "
               "governance). Each task is an action under its bucket, owned by the people assigned; the due month "
               "is the Due date; Completed tasks are complete, others take the RAG label the clerk gave them and "
               "not-started tasks with no label are unrated."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 7. Scottish SPCA governance review action plan – tab-delimited text (refuse)
# ---------------------------------------------------------------------------
def make_sspca():
    name = "zrj-scottish-spca-board-governance-review-action-plan-typo-month-refuse.txt"
    title = "Scottish SPCA – Board Governance Review 2025: Action Plan"
    ncol = 6
    lines = []

    def row(*cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        lines.append("\t".join(cells))

    row(title)
    row("Progress report to the Board of Trustees – 28 January 2026")
    row("Review carried out against the Scottish Governance Code for the Third Sector; report accepted by the "
        "Board on 24 June 2025.")
    row("RAG: Blue = complete; Green = on track; Amber = some slippage; Red = significantly off track")
    row()
    row("Ref", "Recommendation / action", "Lead", "Timescale", "RAG", "Progress update")
    row("Theme 1: Board composition, skills and succession")
    row("R1", "The Board should carry out a skills audit and use it to plan trustee recruitment.")
    row("1.1", "Complete the trustee skills audit and report gaps to the Nominations Committee", "Chair of "
        "Nominations Committee", "October 2025", "Blue", "Completed; gaps in digital and veterinary governance.")
    row("1.2", "Recruit two new trustees through open advertisement", "Chair / Head of Governance",
        "March 2026", "Green", "Advert closed 9 January; 31 applications.")
    row("R2", "A succession plan should be agreed for the Chair and committee chairs.")
    row("2.1", "Draft and agree a Board succession plan", "Chair", "June 2026", "Green", "")
    row("Theme 2: Board and committee effectiveness")
    row("R3", "Committee terms of reference should be reviewed and the scheme of delegation updated.")
    row("3.1", "Review terms of reference for all four Board committees", "Head of Governance", "Novmber 2025",
        "Amber", "Three of four reviewed; People Committee ToR due at next meeting.")
    row("3.2", "Update and publish the scheme of delegation", "Chief Executive / Director of Finance",
        "April 2026", "Green", "")
    row("R4", "Board papers should be shorter and clearer about the decision required.")
    row("4.1", "Introduce a new Board paper template with a one-page cover sheet", "Head of Governance",
        "December 2025", "Blue", "In use from December 2025 Board.")
    row("Theme 3: Openness and accountability")
    row("R5", "The charity should publish more information about how the Board operates.")
    row("5.1", "Publish Board meeting summaries and the trustee register of interests on the website",
        "Head of Governance", "February 2026", "Green", "")
    row()
    row("Prepared by the Head of Governance. Next update to the Board: April 2026.")
    text = "\r\n".join(lines) + "\r\n"
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    bad = [i for i, l in enumerate(lines, 1) if "Novmber 2025" in l]
    assert len(bad) == 1

    write_expected(
        name,
        source=("Imitates a Scottish charity's board governance review action plan saved from Excel as "
                "'Text (Tab delimited)' for a trustees' progress report (Scottish SPCA, January 2026), following "
                "charity governance review action plans against the Scottish Governance Code for the Third "
                "Sector / OSCR trustee guidance. Copies: title and report lines padded with trailing tabs, RAG "
                "key line, theme rows, recommendation rows above their numbered actions, job titles as leads "
                "(two split by ' / '), month timescales, RAG words and progress updates, a closing notes line."),
        reads=("Eight actions under five recommendations in three themes, with leads, month timescales and RAG "
               "words. Action 3.1's timescale reads 'Novmber 2025', a mistyped month, so a careful reader stops "
               "and asks what the due date is before reading the plan."),
        outcome="refuse", title=title, refuse_at=bad[0])


if __name__ == "__main__":
    make_ncha()
    make_crofting()
    make_port_of_tyne()
    make_libraries_ni()
    make_qms()
    make_chalfont()
    make_sspca()
    print("built 7 zrj cases in", HERE)
