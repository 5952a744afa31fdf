#!/usr/bin/env python3
"""Build the seven `yo-` blind cases (set heldout571) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Writes only files whose names start with `yo-` in this folder.
"""
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("yo-")
    return os.path.join(HERE, name)


def write_expected(name, meta, actions):
    doc = dict(meta)
    if doc.get("outcome") == "read":
        doc["actions"] = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            doc["actions"].append(e)
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000)


D = dt.datetime
FILL = {
    "blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
    "head": "1F3864", "band": "D9E1F2", "grey": "D9D9D9",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


# ---------------------------------------------------------------------------
# 1. Westmorland and Furness Council – Council Plan delivery plan Q2 (xlsx)
# ---------------------------------------------------------------------------
def wf():
    name = "yo-westmorland-and-furness-council-council-plan-delivery-plan-2025-26-q2.xlsx"
    title = "Westmorland and Furness Council – Council Plan Delivery Framework 2025/26"
    rag_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    # (sheet, heading, rows); row = ref, action, lead_cell, lead, portfolio, due_cell, end, end_text,
    #                               q1, q2_cell, q2_fill, status, update
    sheets = [
        ("Homes", "Mission: Homes", [
            ("H1", "Deliver the year one milestones of the Housing Strategy action plan, including adoption of the new Allocations Policy",
             "Assistant Director – Housing", ["Assistant Director – Housing"], "Housing and Homelessness",
             "March 2026", "2026-03", None, "Green", "Green", None, "green",
             "Allocations Policy consultation closed 12 September; 1,140 responses. Report to Cabinet in December."),
            ("H2", "Complete stock condition surveys on 100% of council-owned temporary accommodation units",
             "Head of Housing Options and Homelessness", ["Head of Housing Options and Homelessness"], "Housing and Homelessness",
             D(2025, 9, 30), "2025-09", None, "Green", "Complete", None, "blue",
             "All 86 units surveyed. Works programme built into the 2026/27 capital bid."),
            ("H3", "Bring 40 long-term empty homes back into use through the Empty Homes Partnership",
             "Head of Housing Options and Homelessness / Strategic Housing Manager",
             ["Head of Housing Options and Homelessness", "Strategic Housing Manager"], "Housing and Homelessness",
             "Q4 2025/26", "2026-03", None, "Amber", "Red", None, "red",
             "11 homes returned to use by end of Q2. Empty Homes Officer post vacant since July; recruitment under way."),
            ("H4", "Adopt a selective licensing scheme for private rented homes in central Barrow-in-Furness following consultation",
             "Assistant Director – Housing", ["Assistant Director – Housing"], "Housing and Homelessness",
             "Dec-25", "2025-12", None, "Green", "Amber", None, "amber",
             "Consultation extended by four weeks at the request of landlord groups; report to Cabinet still planned for December."),
        ]),
        ("Care (adults)", "Mission: Care (adults)", [
            ("CA1", "Implement the Adult Social Care CQC assessment improvement plan and report progress to Cabinet quarterly",
             "Director of Adult Social Care", ["Director of Adult Social Care"], "Adults and Health",
             "Ongoing", None, "Ongoing", "Green", "Green", None, "green",
             "Q2 progress report considered by Cabinet on 23 September; 14 of 22 actions complete."),
            ("CA2", "Reduce the number of people waiting for a Care Act assessment to below 250",
             "Assistant Director – Operations (Adults)", ["Assistant Director – Operations (Adults)"], "Adults and Health",
             "31 March 2026", "2026-03", None, "Red", "Amber", None, "amber",
             "Waiting list down from 412 (April) to 318 (September). Additional agency assessors in place to January."),
            ("CA3", "Open the new extra care scheme in Ulverston with 60 apartments",
             "Head of Commissioning (Adults)", ["Head of Commissioning (Adults)"], "Adults and Health",
             "January 2026", "2026-01", None, "Amber", None, "green", "green",
             "Building handover confirmed for 8 December; allocations panel has nominated the first 35 tenants."),
        ]),
        ("Effective services", "Mission: Effective services", [
            ("ES1", "Adopt the Customer Access Strategy and launch a single front door telephone number",
             "Head of Customer Services and Digital", ["Head of Customer Services and Digital"], "Finance and Resources",
             D(2025, 11, 28), "2025-11", None, "Green", "Green", None, "green",
             "Strategy adopted in July. New number goes live on 17 November with a six-week overlap."),
            ("ES2", "Deliver the 2025/26 savings programme of £9.2m",
             "Director of Resources (S151 Officer)", ["Director of Resources (S151 Officer)"], "Finance and Resources",
             "March 2026", "2026-03", None, "Amber", "Amber", None, "amber",
             "£6.1m delivered or on track; £1.3m at risk, mainly in adult social care transport. Mitigations agreed by Leadership Team."),
            ("ES3", "Harmonise pay and terms and conditions for staff who transferred from the legacy councils",
             "Assistant Director – HR and OD", ["Assistant Director – HR and OD"], "Finance and Resources",
             "Sept 2025 – April 2026", "2026-04", "Sept 2025 – April 2026", "Amber", "Red", None, "red",
             "Job evaluation appeals higher than planned (212). Trade union ballot on the pay model delayed to January."),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Quarter 2 Performance Report: Key Actions (July – September 2025)"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"], cov["B4"] = "Report owner:", "Senior Manager – Performance and Intelligence"
    cov["A5"], cov["B5"] = "Date produced:", D(2025, 10, 20)
    cov["B5"].number_format = "dd/mm/yyyy"
    cov["B5"].alignment = Alignment(horizontal="left")
    cov["A6"], cov["B6"] = "Reported to:", "Cabinet, 18 November 2025"
    cov["A8"] = "RAG key"
    cov["A8"].font = Font(bold=True)
    for r, (k, txt) in enumerate([
            ("Complete", "Action delivered"),
            ("Green", "On track to deliver by the due date"),
            ("Amber", "Some slippage – recoverable within the year"),
            ("Red", "Significant slippage or not expected to be delivered this year")], start=9):
        cov.cell(r, 1, k).fill = fill(rag_fill[k])
        cov.cell(r, 2, txt)
    cov["A14"] = "Summary of Q2 position by mission"
    cov["A14"].font = Font(bold=True)
    hdr = ["Mission", "Actions", "Complete", "Green", "Amber", "Red"]
    for c, h in enumerate(hdr, start=1):
        cell = cov.cell(15, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
    counts = [("Homes", 4, 1, 1, 1, 1), ("Care (adults)", 3, 0, 2, 1, 0),
              ("Effective services", 3, 0, 1, 1, 1), ("Total", 10, 1, 4, 3, 2)]
    for r, row in enumerate(counts, start=16):
        for c, v in enumerate(row, start=1):
            cell = cov.cell(r, c, v)
            if row[0] == "Total":
                cell.font = Font(bold=True)
    cov["A21"] = ("Note: the full list of 101 Council Plan actions is held on the performance system; "
                  "this report shows the key actions for three missions scrutinised this quarter.")
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 60

    actions = []
    widths = [7, 60, 34, 26, 16, 10, 10, 60]
    for sheet_name, heading, rows in sheets:
        ws = wb.create_sheet(sheet_name)
        ws.merge_cells("A1:H1")
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill("head")
        heads = ["Ref", "Key action", "Lead officer", "Cabinet portfolio", "Due date", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
        for c, h in enumerate(heads, start=1):
            cell = ws.cell(2, c, h)
            cell.font = Font(bold=True)
            cell.fill = fill("band")
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for r, row in enumerate(rows, start=3):
            (ref, act, lead_cell, lead, port, due, end, end_text, q1, q2, q2fill, status, upd) = row
            vals = [ref, act, lead_cell, port, due, q1, q2, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(due, dt.datetime):
                ws.cell(r, 5).number_format = "dd/mm/yyyy"
            ws.cell(r, 6).fill = fill(rag_fill[q1])
            if q2:
                ws.cell(r, 7).fill = fill(rag_fill[q2])
            else:
                ws.cell(r, 7).fill = fill(q2fill)
            actions.append(dict(ref=ref, under=[heading], action=act, lead=lead, end=end,
                                end_text=end_text, status=status))
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + i)].width = w
        ws.freeze_panes = "A3"
    wb.save(out(name))

    meta = {
        "source": ("Imitates the Westmorland and Furness Council quarterly Corporate Performance Report on the "
                   "Council Plan Delivery Framework (missions such as Homes, Care (adults), Effective services; "
                   "https://westmorlandandfurness.gov.uk/news/2024/positive-progress-council-priorities-highlighted-new-report), "
                   "2025/26 Q2. Copies a cover sheet with report details, a RAG key and a summary-by-mission totals block, "
                   "then one sheet per mission with a merged mission banner, Q1 RAG (previous) and Q2 RAG (current) "
                   "columns filled by colour, mixed due-date formats (text, real dates, a quarter, a period, Ongoing) "
                   "and job titles as lead officers."),
        "reads": ("A cover sheet (title, RAG key, summary counts) and three mission sheets listing ten key actions. "
                  "Each action has a lead officer, a due date and a previous (Q1) and current (Q2) RAG; the status is the "
                  "Q2 RAG, one of which is shown only by a green cell fill."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. West Lancashire Borough Council – corporate risk register Q3 (xlsx)
# ---------------------------------------------------------------------------
def wl():
    name = "yo-west-lancashire-borough-council-corporate-risk-register-q3-2025-26.xlsx"
    title = "West Lancashire Borough Council – Corporate Risk Register"
    stat_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    stat_word = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    risks = [
        ("CR01 – Medium Term Financial Sustainability", "Risk owner: Chief Operating Officer", "Current score: 16", "Target score: 8", [
            ("CR01.1", "Refresh the Medium Term Financial Strategy to 2028/29 and present it to Council with the 2026/27 budget",
             "Head of Finance, Procurement & Commercial Services", ["Head of Finance, Procurement & Commercial Services"],
             D(2026, 2, 25), None, "2026-02", "G", "MTFS assumptions updated for the provisional settlement; draft to Cabinet in January."),
            ("CR01.2", "Deliver the Fit for the Future savings programme (£1.4m in 2025/26) with monthly monitoring at Corporate Management Team",
             "Corporate Management Team", ["Corporate Management Team"],
             D(2026, 3, 31), None, "2026-03", "A", "£0.9m achieved to date. Waste round redesign saving (£220k) delayed to 2026/27."),
            ("CR01.3", "Complete the review of fees and charges and implement the new charges from 1 April 2026",
             "Head of Finance, Procurement & Commercial Services", ["Head of Finance, Procurement & Commercial Services"],
             D(2025, 12, 31), D(2026, 3, 31), "2026-03", "A", "Review extended to include car parking following Member feedback."),
        ]),
        ("CR04 – Landlord compliance and the Regulator of Social Housing consumer standards", "Risk owner: Corporate Director of Place and Community", "Current score: 12", "Target score: 6", [
            ("CR04.1", "Complete all outstanding fire risk assessment remedial actions on high-rise and sheltered blocks",
             "Head of Housing / Asset Manager (Compliance)", ["Head of Housing", "Asset Manager (Compliance)"],
             D(2025, 10, 31), D(2026, 1, 31), "2026-01", "R", "37 high-risk actions remain; contractor capacity issue escalated to the Corporate Director."),
            ("CR04.2", "Implement the stock condition module of the housing management system",
             "Head of Housing", ["Head of Housing"],
             D(2025, 9, 30), None, "2025-09", "B", "Module live since September; 78% of stock data migrated and validated."),
            ("CR04.3", "Carry out the 2025/26 tenant satisfaction measures survey and report the results to Cabinet",
             "Tenant Engagement Manager", ["Tenant Engagement Manager"],
             "Mar-26", None, "2026-03", "G", "Fieldwork by independent provider from 5 January."),
        ]),
        ("CR07 – Cyber security and ICT resilience", "Risk owner: Chief Operating Officer", "Current score: 15", "Target score: 10", [
            ("CR07.1", "Renew the Public Services Network (PSN) compliance certificate",
             "ICT Services Manager", ["ICT Services Manager"],
             D(2025, 11, 30), None, "2025-11", "B", "Certificate issued 14 November 2025."),
            ("CR07.2", "Deliver mandatory cyber awareness training to all staff and Members with a target of 95% completion",
             "ICT Services Manager; HR Manager", ["ICT Services Manager", "HR Manager"],
             D(2025, 12, 31), D(2026, 2, 28), "2026-02", "A", "Staff 88%, Members 61%. Drop-in sessions for Members arranged for January."),
        ]),
    ]

    wb = Workbook()
    key = wb.active
    key.title = "Scoring key"
    key["A1"] = "Risk scoring matrix and key"
    key["A1"].font = Font(bold=True, size=13)
    key["A3"] = "Likelihood (L)"
    key["B3"] = "Impact (I)"
    key["A3"].font = key["B3"].font = Font(bold=True)
    for r, (l, i) in enumerate([("4 – Almost certain", "4 – Critical"), ("3 – Likely", "3 – Major"),
                                ("2 – Possible", "2 – Moderate"), ("1 – Unlikely", "1 – Minor")], start=4):
        key.cell(r, 1, l)
        key.cell(r, 2, i)
    key["A9"] = "Risk score = L x I.  12–16 High (red);  6–9 Medium (amber);  1–4 Low (green)"
    key["A11"] = "Action status"
    key["A11"].font = Font(bold=True)
    for r, (k, t) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage – revised date set"),
                                ("R", "Off track – escalated")], start=12):
        key.cell(r, 1, k).fill = fill(stat_fill[k])
        key.cell(r, 2, t)
    key.column_dimensions["A"].width = 22
    key.column_dimensions["B"].width = 36

    ws = wb.create_sheet("CRR Q3 2025-26")
    ws.merge_cells("A1:G1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Quarter 3 2025/26 – position at 31 December 2025 (Audit and Governance Committee, 27 January 2026)"
    ws["A2"].font = Font(italic=True)
    heads = ["Action ref", "Further action required", "Action owner", "Original target date",
             "Revised target date", "Status", "Progress update (Q3)"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    r = 5
    actions = []
    for rtitle, owner, cur, tgt, acts in risks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(r, 1, rtitle)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        ws.cell(r, 4, owner)
        ws.cell(r, 6, cur)
        ws.cell(r, 7, tgt)
        for c in range(1, 8):
            ws.cell(r, c).fill = fill("band")
            ws.cell(r, c).font = Font(bold=True)
            ws.cell(r, c).border = BOX
        r += 1
        for ref, act, lead_cell, lead, orig, rev, end, st, upd in acts:
            for c, v in enumerate([ref, act, lead_cell, orig, rev, st, upd], start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 6).fill = fill(stat_fill[st])
            ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
            actions.append(dict(ref=ref, under=[rtitle], action=act, lead=lead, end=end,
                                status=stat_word[st]))
            r += 1
    r += 1
    ws.cell(r, 1, "Note: CR09 (Local government reorganisation in Lancashire) was added this quarter; "
                  "its further actions will be agreed by Corporate Management Team and reported at Q4.")
    ws.cell(r, 1).font = Font(italic=True)
    for i, w in enumerate([12, 62, 36, 14, 14, 9, 58], start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    wb.active = 1
    wb.save(out(name))

    meta = {
        "source": ("Imitates a district council corporate risk register as reported quarterly to an audit and governance "
                   "committee (West Lancashire Borough Council style, Q3 2025/26). Copies a scoring-key sheet with an action "
                   "status key (B/G/A/R), a register sheet with each risk as a shaded band row (risk title, risk owner, "
                   "current and target score) over its further mitigating actions, original and revised target dates "
                   "as real dates (one text date), status letters on coloured cells, several owners in one cell and a "
                   "note line at the end."),
        "reads": ("Three corporate risks, each a band row with its owner and scores, followed by eight numbered further "
                  "actions with an owner, original and revised target date and a B/G/A/R status. Where a revised target "
                  "date is given it is the due date."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Wigan Council – internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def wigan():
    name = "yo-wigan-council-internal-audit-recommendations-tracker-2025-26.xlsx"
    title = "Wigan Council – Internal Audit: Outstanding Recommendations Tracker"
    st_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": None}
    st_word = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
    audits = [
        ("Adult Social Care – Direct Payments 2024/25 (Limited assurance)", [
            ("1", "Direct payment agreements should be signed and held on the case record before the first payment is made.", "High",
             "A monthly exception report of payments made without a signed agreement will be produced and followed up by team managers.",
             "Principal Social Worker (Adults)", ["Principal Social Worker (Adults)"], D(2025, 6, 30), D(2025, 12, 31), "2025-12", "Amber",
             "Report now produced; 23 exceptions found in September, 9 still open. Date revised with agreement of the Chief Internal Auditor."),
            ("2", "Annual reviews of direct payment accounts should be completed and surplus balances recovered.", "Medium",
             "Recruit a fixed-term Direct Payments Finance Officer and complete a backlog review of accounts holding more than 12 weeks' funding.",
             "Finance Manager – Adults / Direct Payments Team Leader", ["Finance Manager – Adults", "Direct Payments Team Leader"],
             D(2025, 9, 30), None, "2025-09", "Complete",
             "Backlog cleared; £184,300 recovered. Verified by Internal Audit October 2025."),
        ]),
        ("Payroll – Starters, Leavers and Variations 2024/25 (Moderate assurance)", [
            ("1", "Leaver notifications should reach Payroll before the final pay date so that overpayments are prevented.", "High",
             "Make the leaver e-form mandatory for line managers and add an automated reminder at five working days.",
             "Head of HR Operations", ["Head of HR Operations"], D(2025, 7, 31), D(2025, 11, 30), "2025-11", "Green",
             "E-form change tested; release scheduled with the November system update."),
            ("2", "Overpayments should be recorded on a central register and their recovery monitored.", "Medium",
             "Set up an overpayments register in the HR and payroll system and report recovery to the Finance Leadership Team quarterly.",
             "Payroll Manager", ["Payroll Manager"], D(2025, 3, 31), None, "2025-03", "Red",
             "Not yet implemented. Register held on a spreadsheet in the interim. Escalated to the Director – Finance and Legal."),
            ("3", "Variations to pay should be independently checked before the payroll run.", "Low",
             "Introduce sample checking of 10% of variations by a second officer each pay period.",
             "Payroll Manager", ["Payroll Manager"], D(2025, 4, 30), None, "2025-04", "Complete",
             "Sample checks in place from April payroll."),
        ]),
        ("Information Governance – Subject Access Requests 2025/26 (Limited assurance)", [
            ("1", "Response times for subject access requests should be monitored and reported to the Senior Information Risk Owner.", "High",
             "Produce a monthly subject access request performance dashboard for the SIRO and the Information Governance Board.",
             "Information Governance Manager", ["Information Governance Manager"], D(2025, 12, 31), None, "2025-12", "Green",
             "Dashboard in development with the Business Intelligence team; first version due for the December Board."),
            ("2", "Redaction training should be provided to all officers who handle subject access requests.", "Medium",
             "Deliver redaction training to nominated officers in each service and record completion on the learning system.",
             "Information Governance Manager; Service Lead – Organisational Development",
             ["Information Governance Manager", "Service Lead – Organisational Development"], D(2026, 1, 31), None, "2026-01",
             "Not started", "Course content being procured."),
        ]),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position as at 31 October 2025 – Audit, Governance and Standards Committee, 20 November 2025"
    sm["A3"] = "Prepared by: Strategic Audit and Risk Manager (Chief Internal Auditor)"
    sm["A5"] = "Status key"
    sm["A5"].font = Font(bold=True)
    for r, (k, t) in enumerate([("Complete", "Implemented and verified by Internal Audit"),
                                ("Green", "In progress – on track for the (revised) date"),
                                ("Amber", "Partially implemented or at risk of missing the date"),
                                ("Red", "Overdue – no agreed revised date"),
                                ("Not started", "Work not yet begun (not yet due)")], start=6):
        c = sm.cell(r, 1, k)
        if st_fill[k]:
            c.fill = fill(st_fill[k])
        sm.cell(r, 2, t)
    sm["A12"] = "Recommendations by priority and status"
    sm["A12"].font = Font(bold=True)
    for c, h in enumerate(["Priority", "Total", "Complete", "Green", "Amber", "Red", "Not started"], start=1):
        cell = sm.cell(13, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
    for r, row in enumerate([("High", 3, 0, 2, 1, 0, 0), ("Medium", 3, 1, 0, 0, 1, 1),
                             ("Low", 1, 1, 0, 0, 0, 0), ("Total", 7, 2, 2, 1, 1, 1)], start=14):
        for c, v in enumerate(row, start=1):
            cell = sm.cell(r, c, v)
            if row[0] == "Total":
                cell.font = Font(bold=True)
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Outstanding recommendations")
    ws.merge_cells("A1:I1")
    ws["A1"] = "Internal Audit recommendations – follow-up position at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Rec no.", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
             "Original due date", "Revised due date", "Status", "Follow-up comments"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    r = 4
    actions = []
    for audit, recs in audits:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, audit).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("band")
        r += 1
        for ref, rec, prio, act, lead_cell, lead, orig, rev, end, st, com in recs:
            for c, v in enumerate([ref, rec, prio, act, lead_cell, orig, rev, st, com], start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if st_fill[st]:
                ws.cell(r, 8).fill = fill(st_fill[st])
            actions.append(dict(ref=ref, under=[audit, rec], action=act, lead=lead, end=end, status=st_word[st]))
            r += 1
    for i, w in enumerate([8, 48, 10, 52, 34, 13, 13, 12, 52], start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "A4"
    wb.save(out(name))

    meta = {
        "source": ("Imitates the outstanding internal audit recommendations appendix a metropolitan council's Chief "
                   "Internal Auditor takes to its Audit, Governance and Standards Committee (Wigan Council style, "
                   "2025/26). Copies a summary sheet with a status key and a priority-by-status totals block, and a "
                   "tracker sheet with each audit as a merged band row (audit name, year and assurance opinion), "
                   "recommendation numbers restarting per audit, recommendation text beside the agreed management "
                   "action, original and revised due dates, status words on coloured cells and two officers in one cell."),
        "reads": ("Seven recommendations from three audits. For each, the agreed management action is the action, read "
                  "under the audit and the recommendation it answers, with the responsible officer, the revised due "
                  "date where there is one (else the original) and the status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


DOCX_FILL = {"blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
             "head": "1F3864", "band": "D9E1F2"}


# ---------------------------------------------------------------------------
# 4. Rochford District Council – transformation programme highlight report (docx)
# ---------------------------------------------------------------------------
def rochford():
    name = "yo-rochford-district-council-transformation-programme-highlight-report.docx"
    title = "Transformation Programme Highlight Report"
    rag = {"G": "green", "A": "amber", "R": "red", "Complete": "blue", "": "unrated"}
    workstreams = [
        ("Workstream 1: Customer and Digital", [
            ("CD1", "Launch the new customer portal (My Rochford) with council tax and waste services", "Digital Services Manager",
             ["Digital Services Manager"], "30/09/2025", "24/11/2025", "2025-11", "A",
             "Go-live moved after user acceptance testing found defects in the council tax direct debit form. Fix delivered; retest w/c 10/11."),
            ("CD2", "Migrate contact centre telephony to the cloud platform shared with Brentwood", "Head of Customer Services; ICT Manager",
             ["Head of Customer Services", "ICT Manager"], "31/10/2025", "31/10/2025", "2025-10", "Complete",
             "Cut-over completed on 21 October with no loss of service."),
            ("CD3", "Introduce web chat for housing options enquiries", "Digital Services Manager",
             ["Digital Services Manager"], "31/01/2026", "31/01/2026", "2026-01", "G",
             "Supplier configured; scripts being written with the Housing Options team."),
        ]),
        ("Workstream 2: Shared Services with Brentwood", [
            ("SS1", "Complete the service review of Revenues and Benefits and consult staff on the proposed shared structure",
             "Claire Whitlock and Daniel Osei", ["Claire Whitlock", "Daniel Osei"], "30/11/2025", "27/02/2026", "2026-02", "R",
             "Consultation cannot start until the job evaluation of the new roles is finished. Revised date needs Programme Board approval."),
            ("SS2", "Agree the shared Legal Services business case at both councils' Cabinets", "Monitoring Officer",
             ["Monitoring Officer"], "December 2025", "December 2025", "2025-12", "G",
             "Business case drafted; Rochford Executive 3 December, Brentwood Policy, Resources and Economic Development Committee 10 December."),
        ]),
        ("Workstream 3: Asset Delivery Programme", [
            ("AD1", "Appoint a development partner for the Mill Arts and Events Centre site",
             "Assistant Director – Place and Environment", ["Assistant Director – Place and Environment"],
             "Q3 2025/26", "Q4 2025/26", "2026-03", "A",
             "Two bids received; clarification questions issued. Evaluation moderation now January."),
            ("AD2", "Submit the planning application for the Freight House community hub", "Property and Estates Manager",
             ["Property and Estates Manager"], "31/03/2026", "31/03/2026", "2026-03", "G",
             "Pre-application advice received; design team appointed."),
            ("AD3", "Report progress on the Asset Delivery Programme health check recommendations to Overview and Scrutiny",
             "Programme Officer", ["Programme Officer"], "Jan-26", "Jan-26", "2026-01", "",
             "Not yet started – scheduled on the committee work programme."),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Rochford District Council")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Reporting period: 1 – 31 October 2025 (Period 7)   |   Programme Board: 11 November 2025")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Programme sponsor", "Chief Executive"),
                                ("Programme lead", "Assistant Director – Transformation and Customer"),
                                ("Report author", "Programme Officer, Transformation Team"),
                                ("Version", "1.0 – for Programme Board")]):
        set_text(t.cell(i, 0), k, bold=True)
        set_text(t.cell(i, 1), v)
        shade(t.cell(i, 0), DOCX_FILL["band"])

    doc.add_heading("Overall status", level=1)
    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    rows = [("Dimension", "Last period", "This period", "Comment"),
            ("Overall", "A", "A", "Two milestones slipped; recovery plans in place."),
            ("Schedule", "A", "A", "See Workstreams 1 and 2."),
            ("Budget", "G", "G", "£312k of £450k transformation reserve committed."),
            ("Resources", "G", "A", "Business analyst vacancy from 1 November.")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_text(t.cell(i, j), v, bold=(i == 0))
            if i > 0 and j in (1, 2):
                shade(t.cell(i, j), DOCX_FILL[rag[v]])
            if i == 0:
                shade(t.cell(i, j), DOCX_FILL["band"])

    doc.add_heading("Key achievements this period", level=1)
    doc.add_paragraph("Contact centre telephony moved to the shared cloud platform on 21 October.", style="List Bullet")
    doc.add_paragraph("Garden waste renewals taken online: 64% of renewals made without a phone call.", style="List Bullet")

    doc.add_heading("Milestone tracker", level=1)
    doc.add_paragraph("RAG key: G – on track; A – at risk, recovery plan in place; R – off track, Programme Board decision needed; "
                      "Complete – milestone delivered. Forecast date is the current expected date; baseline is the date "
                      "agreed in the programme plan.")
    actions = []
    for ws_title, ms in workstreams:
        doc.add_heading(ws_title, level=2)
        t = doc.add_table(rows=1 + len(ms), cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Milestone", "Lead", "Baseline date", "Forecast date", "RAG", "Commentary"]):
            set_text(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), DOCX_FILL["band"])
        for i, (ref, act, lead_cell, lead, base, fc, end, st_, com) in enumerate(ms, start=1):
            for j, v in enumerate([ref, act, lead_cell, base, fc, st_, com]):
                set_text(t.cell(i, j), v)
            if st_:
                shade(t.cell(i, 5), DOCX_FILL[rag[st_]])
            actions.append(dict(ref=ref, under=[ws_title], action=act, lead=lead, end=end, status=rag[st_]))

    doc.add_heading("Decisions required", level=1)
    doc.add_paragraph("Programme Board is asked to note the revised go-live date for the customer portal and to approve the "
                      "revised date of 27 February 2026 for the Revenues and Benefits consultation.")
    doc.save(out(name))

    meta = {
        "source": ("Imitates a district council transformation programme highlight report to a programme board "
                   "(Rochford District Council, whose programme includes shared services with Brentwood Borough Council "
                   "and the Asset Delivery Programme; Period 7 2025/26). Copies the title block and reporting period, a "
                   "programme details table, an overall status table with last/this period RAG, achievement bullets, a RAG "
                   "key line, one milestone table per workstream under its own heading with baseline and forecast dates, "
                   "shaded RAG cells and a decisions paragraph."),
        "reads": ("A one-period highlight report: programme details, an overall RAG summary and three workstream tables "
                  "holding eight milestones with lead, baseline and forecast dates and a RAG. The forecast date is the due "
                  "date; one milestone has no RAG yet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Lancashire CSAP – CSPR Child G multi-agency action plan (docx)
# ---------------------------------------------------------------------------
def lancs():
    name = "yo-lancashire-csap-cspr-child-g-action-plan.docx"
    title = "Child G – Child Safeguarding Practice Review: Multi-agency Action Plan"
    rag = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red", "": "unrated"}
    themes = [
        ("Learning theme 1: Hearing the voice of the adolescent",
         "Recommendation 1: All partner agencies should be able to evidence that practitioners record the views and lived experience of adolescents who are not attending school.",
         [("1.1", "Revise the multi-agency Children Missing Education pathway so that it includes a direct conversation with the child within 10 school days.",
           "Head of Inclusion (Education)", ["Head of Inclusion (Education)"], "December 2025", "2025-12", None, "Amber",
           "Draft pathway shared with schools' forum in November; sign-off at the December Education sub-group."),
          ("1.2", "Deliver a 7-minute briefing on the review findings to designated safeguarding leads at the termly DSL network.",
           "CSAP Learning and Development Lead", ["CSAP Learning and Development Lead"], "Autumn term 2025", "2025-12", "Autumn term 2025", "Green",
           "Briefing delivered at two of the three district networks; the East network meets on 4 December."),
          ]),
        ("Learning theme 2: Neglect and parental mental health",
         "Recommendation 2: Adult mental health services and children's social care should strengthen joint working where a parent's mental health affects their capacity to meet their child's needs.",
         [("2.1", "Add a 'Think Family' prompt to the adult mental health initial assessment and audit its use after three months.",
           "Named Nurse Safeguarding Children (LSCFT)", ["Named Nurse Safeguarding Children (LSCFT)"], "Sept 2025 – March 2026", "2026-03",
           "Sept 2025 – March 2026", "Green", "Prompt live on the clinical system from 1 October. Audit planned for January."),
          ("2.2", "Hold two joint practice workshops for adult mental health practitioners and children's social workers.",
           "Head of Service, Children's Social Care / Named Nurse Safeguarding Children",
           ["Head of Service, Children's Social Care", "Named Nurse Safeguarding Children"], "31/01/2026", "2026-01", None, "Blue",
           "Both workshops held (68 attendees). Evaluation shows 90% felt more confident to make a joint referral."),
          ]),
        ("Learning theme 3: Professional curiosity and escalation",
         "Recommendation 3: The partnership should seek assurance that the Resolution and Escalation Protocol is understood and used by front-line practitioners.",
         [("3.1", "Relaunch the Resolution and Escalation Protocol, with a practitioner survey before and after the relaunch.",
           "CSAP Business Manager", ["CSAP Business Manager"], "End of February 2026", "2026-02", None, "Green",
           "Baseline survey closed: 412 responses, 38% unaware of the protocol."),
          ("3.2", "Include use of escalation as a standing question in the 2026/27 multi-agency audit programme.",
           "Quality Assurance Sub-group Chair", ["Quality Assurance Sub-group Chair"], "Ongoing", None, "Ongoing", "Green",
           "Agreed at the QA sub-group in October."),
          ("3.3", "Report escalation data by agency to the CSAP Executive every six months.",
           "CSAP Business Manager", ["CSAP Business Manager"], "Six-monthly", None, "Six-monthly", "",
           "First report will follow the relaunch."),
          ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Lancashire Children's Safeguarding Assurance Partnership (CSAP)")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(title, style="Title")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Review published", "September 2025"),
                                ("Action plan agreed", "CSAP Executive, 15 October 2025"),
                                ("Action plan owner", "Chair, Child Safeguarding Practice Review Sub-group"),
                                ("Last updated", "05/01/2026")]):
        set_text(t.cell(i, 0), k, bold=True)
        set_text(t.cell(i, 1), v)

    doc.add_paragraph()
    doc.add_paragraph("RAG rating key").runs[0].bold = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Blue", "Action complete and impact evidenced"),
                                ("Green", "On track to be completed within timescale"),
                                ("Amber", "Delayed but expected to be completed"),
                                ("Red", "Off track – escalate to CSAP Executive")]):
        set_text(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), DOCX_FILL[rag[k]])
        set_text(t.cell(i, 1), v)

    actions = []
    for theme, rec, acts in themes:
        doc.add_heading(theme, level=1)
        t = doc.add_table(rows=2 + len(acts), cols=6)
        t.style = "Table Grid"
        m = t.cell(0, 0).merge(t.cell(0, 5))
        set_text(m, rec, bold=True)
        shade(m, DOCX_FILL["band"])
        for j, h in enumerate(["No.", "Action", "Lead", "Timescale", "Progress / evidence", "RAG"]):
            set_text(t.cell(1, j), h, bold=True)
        for i, (ref, act, lead_cell, lead, when, end, end_text, st_, prog) in enumerate(acts, start=2):
            for j, v in enumerate([ref, act, lead_cell, when, prog, st_]):
                set_text(t.cell(i, j), v)
            if st_:
                shade(t.cell(i, 5), DOCX_FILL[rag[st_]])
            actions.append(dict(ref=ref, under=[theme, rec], action=act, lead=lead, end=end,
                                end_text=end_text, status=rag[st_]))
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=1)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Role", "Name", "Date"]):
        set_text(t.cell(0, j), h, bold=True)
    for j, v in enumerate(["Independent Scrutineer", "Signed on behalf of CSAP", "15/10/2025"]):
        set_text(t.cell(1, j), v)
    doc.save(out(name))

    meta = {
        "source": ("Imitates a multi-agency action plan a county safeguarding children partnership publishes after a local "
                   "child safeguarding practice review (Lancashire Children's Safeguarding Assurance Partnership style, "
                   "2025/26; the child is fictional). Copies a partnership header line and title, a document details "
                   "table, a RAG key table, one Word table per learning theme (theme as a heading, the recommendation in a "
                   "merged first row, then numbered actions with lead, timescale, progress and shaded RAG), several posts "
                   "in one lead cell, a school term, a period, 'Ongoing' and 'Six-monthly' timescales, and a sign-off table."),
        "reads": ("Three learning themes, each with one review recommendation and two or three numbered actions (seven in "
                  "all) with a lead post, a timescale and a RAG using the document's own key (Blue = complete). The details, "
                  "key and sign-off tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. County Durham Health and Wellbeing Board – action log (csv)
# ---------------------------------------------------------------------------
def durham():
    name = "yo-county-durham-health-and-wellbeing-board-action-log-2025.csv"
    title = "County Durham Health and Wellbeing Board – Action Log"
    stw = {"Complete": "blue", "On track": "green", "Amber": "amber", "Not started": "unrated"}
    meetings = [
        ("Meeting held 14 May 2025", [
            ("HWB/25/01", "Circulate the draft Joint Local Health and Wellbeing Strategy delivery plan to Board members for comment.",
             "Strategic Manager – Partnerships", ["Strategic Manager – Partnerships"], "June 2025", "2025-06", None, "Complete",
             "Circulated 2 June 2025; comments received from six partners."),
            ("HWB/25/02", "Bring the Better Care Fund 2025/26 plan to the July meeting for sign-off.",
             "Corporate Director of Adult and Health Services", ["Corporate Director of Adult and Health Services"],
             "16/07/2025", "2025-07", None, "Complete", "Signed off at the July meeting (minute 7)."),
            ("HWB/25/03", "Provide a breakdown of smoking at time of delivery rates by locality, including the gap between the most and least deprived areas.",
             "Director of Public Health", ["Director of Public Health"], "30/09/2025", "2025-09", None, "Amber",
             "Data received from the maternity units; locality analysis delayed by a data-sharing query."),
        ]),
        ("Meeting held 16 July 2025", [
            ("HWB/25/04", "Share the findings of the GP access survey with the ICB County Durham place team and report back.",
             "Healthwatch County Durham Manager", ["Healthwatch County Durham Manager"], "Sep-25", "2025-09", None, "Complete",
             "Findings presented to the place team on 9 September."),
            ("HWB/25/05", "Arrange a development session for Board members on the Healthy Weight Declaration.",
             "Public Health Strategic Manager / Democratic Services Officer",
             ["Public Health Strategic Manager", "Democratic Services Officer"], "January 2026", "2026-01", None, "On track",
             "Date being agreed with the Chair."),
        ]),
        ("Meeting held 22 September 2025", [
            ("HWB/25/06", "Update the Pharmaceutical Needs Assessment supplementary statement following the closure of two pharmacies.\nPublish it on the Council website once approved.",
             "Public Health Pharmacy Adviser", ["Public Health Pharmacy Adviser"], "31/12/2025", "2025-12", None, "On track",
             "Draft statement with the PNA steering group."),
            ("HWB/25/07", "Invite the Chief Constable of Durham Constabulary to become a member of the Board.",
             "Chair of the Board", ["Chair of the Board"], "TBC", None, "TBC", "Not started", ""),
            ("HWB/25/08", "Report the outcome of the Ofsted inspection of local authority children's services and the partnership response.",
             "Corporate Director of Children and Young People's Services", ["Corporate Director of Children and Young People's Services"],
             "Mar 2026", "2026-03", None, "On track", "Added to the forward plan for the March meeting."),
        ]),
    ]

    def q(v):
        if any(ch in v for ch in ',"\n'):
            return '"' + v.replace('"', '""') + '"'
        return v

    ncols = 6
    lines = []
    lines.append(",".join([q(title)] + [""] * (ncols - 1)))
    lines.append(",".join(["Updated 10 November 2025"] + [""] * (ncols - 1)))
    lines.append("," * (ncols - 1))
    lines.append("Ref,Action,Owner,Due,Status,Update")
    actions = []
    for mtg, acts in meetings:
        lines.append(",".join([mtg] + [""] * (ncols - 1)))
        for ref, act, lead_cell, lead, due, end, end_text, st, upd in acts:
            lines.append(",".join(q(v) for v in [ref, act, lead_cell, due, st, upd]))
            actions.append(dict(ref=ref, under=[mtg], action=act, lead=lead, end=end, end_text=end_text, status=stw[st]))
    lines.append("," * (ncols - 1))
    lines.append(",".join([q("Status: Complete – action closed; On track – in progress within timescale; "
                             "Amber – past due date or at risk; Not started – not yet begun")] + [""] * (ncols - 1)))
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    meta = {
        "source": ("Imitates a health and wellbeing board action log kept by democratic services and exported from "
                   "Excel to CSV (County Durham Health and Wellbeing Board, May–September 2025 meetings). Copies a title "
                   "line and an 'Updated' line, a header row, one row per meeting date above that meeting's actions, "
                   "HWB/yy/nn refs, job titles as owners (two in one cell), mixed due formats (month words, dd/mm/yyyy, "
                   "Sep-25, TBC), a quoted action with an inner line break, and a status key line at the end."),
        "reads": ("Eight actions from three Board meetings, each under its meeting row, with an owner, a due month (one TBC) "
                  "and a status of Complete, On track, Amber or Not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Birmingham Children's Trust – Ofsted focused visit action plan (txt, refuse)
# ---------------------------------------------------------------------------
def birmingham():
    name = "yo-birmingham-childrens-trust-ofsted-focused-visit-action-plan-typo-month-refuse.txt"
    title = "Ofsted Focused Visit (Care Leavers) – Action Plan"
    rows = [
        ("1.1", "The timeliness of allocation of personal advisers to children in care from the age of 16.",
         "Allocate a personal adviser to every child in care by their 16th birthday and track compliance weekly at the performance clinic.",
         "Head of Service – Care Leavers", "October 2025", "Green", "94% allocated by 16 in September, up from 71% at the visit."),
        ("1.2", "",
         "Review personal adviser caseloads and agree a maximum caseload of 25.",
         "Head of Service – Care Leavers", "December 2025", "Amber", "Caseload review complete; two additional PA posts awaiting approval."),
        ("2.1", "The quality and currency of pathway plans, including contingency planning.",
         "Introduce a new pathway plan template co-produced with the Care Leavers Forum.",
         "Practice Lead / Participation Officer", "November 2025", "Complete", "Template live on the case management system from 3 November."),
        ("2.2", "",
         "Audit 50 pathway plans against the new practice standard and report findings to the Quality Assurance Board.",
         "Principal Social Worker", "Febuary 2026", "Green", "Audit tool agreed; auditors briefed."),
        ("3.1", "Access to suitable accommodation for care leavers aged 18 to 21.",
         "Agree a joint protocol with Birmingham City Council housing for care leavers at risk of homelessness.",
         "Commissioning Manager (Accommodation)", "March 2026", "Amber", "Draft protocol with the City Council's housing service."),
        ("3.2", "",
         "Increase the number of supported lodgings placements from 18 to 30.",
         "Commissioning Manager (Accommodation)", "January 2026", "Red", "Net gain of 3 placements since June."),
    ]
    lines = [
        "Birmingham Children's Trust",
        title,
        "Visit: 3 and 4 June 2025\tLetter published: 9 July 2025",
        "Plan owner: Assistant Director, Children in Care and Care Leavers",
        "",
        "Ref\tArea for improvement\tAction\tLead\tTarget date\tRAG\tProgress update",
    ]
    refuse_at = None
    for row in rows:
        lines.append("\t".join(row))
        if "Febuary" in row[4]:
            refuse_at = len(lines)
    lines += ["", "RAG: Complete = action completed; Green = on track; Amber = some delay; Red = off track."]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    meta = {
        "source": ("Imitates the action plan a children's trust writes after an Ofsted focused visit on care leavers "
                   "(Birmingham Children's Trust, visit June 2025), saved from a spreadsheet as tab-separated text. "
                   "Copies the title block with visit and letter dates and plan owner, a header row, the area for "
                   "improvement written only on its first action row (merged cells exported as blanks), refs 1.1–3.2, "
                   "'Month YYYY' target dates, RAG words and a key line."),
        "reads": ("Three areas for improvement from the visit letter, each with two actions, leads, target months and RAG. "
                  "The target date of action 2.2 reads 'Febuary 2026', a mistyped month, so a careful reader stops there "
                  "and asks before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_at,
        "title": title,
    }
    write_expected(name, meta, [])
    return name, 0


if __name__ == "__main__":
    for fn in (wf, wl, wigan, rochford, lancs, durham, birmingham):
        n, k = fn()
        print(f"{n}: {k} actions")
