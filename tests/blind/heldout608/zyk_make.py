#!/usr/bin/env python
"""Build the seven zyk- blind cases of set heldout608 (data files and their expected readings).

Run with /work/main/.venv/bin/python zyk_make.py from any directory; files are written beside this script.
Only files whose names start with `zyk-` are written.
"""
import datetime as dt
import json
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "teal": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


def path(name):
    assert name.startswith("zyk-")
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------------------------
# expected-yaml writer (JSON-style double-quoted scalars are valid YAML)
# --------------------------------------------------------------------------------------------
def q(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def write_expected(name, meta, actions):
    lines = []
    lines.append("source: >-")
    for chunk in wrap_text(meta["source"]):
        lines.append("  " + chunk)
    lines.append("reads: >-")
    for chunk in wrap_text(meta["reads"]):
        lines.append("  " + chunk)
    lines.append("outcome: " + meta["outcome"])
    lines.append("accept_refusal: " + q(meta.get("accept_refusal", False)))
    if "refuse_at" in meta:
        lines.append("refuse_at: " + q(meta["refuse_at"]))
    if meta.get("title") is not None:
        lines.append("title: " + q(meta["title"]))
    if meta["outcome"] == "read":
        lines.append("actions:")
        for a in actions:
            lines.append("  - ref: " + q(a["ref"]))
            lines.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            lines.append("    action: " + q(a["action"]))
            lines.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            lines.append("    end: " + q(a["end"]))
            if a.get("end_text") is not None:
                lines.append("    end_text: " + q(a["end_text"]))
            lines.append("    status: " + a["status"])
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def wrap_text(text, width=100):
    words = text.split()
    out, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        out.append(cur)
    return out


def act(ref, under, action, lead, end, status, end_text=None):
    return {"ref": ref, "under": under, "action": action, "lead": lead, "end": end,
            "end_text": end_text, "status": status}


# ============================================================================================
# 1. COPFS - Audit Scotland annual audit report 2024/25 action plan tracker (xlsx, three sheets)
# ============================================================================================
def build_copfs():
    name = "zyk-copfs-audit-scotland-annual-audit-report-2024-25-action-plan-tracker.xlsx"
    title = "COPFS External Audit Tracker – Audit Scotland recommendations"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Crown Office and Procurator Fiscal Service | Audit and Risk Committee, 19 November 2025 | ARC Paper 27 (2025)"
    cov["A4"] = "Document owner"
    cov["B4"] = "Director of Finance and Procurement"
    cov["A5"] = "Version"
    cov["B5"] = "3.0"
    cov["A6"] = "Position at"
    cov["B6"] = "31 October 2025"
    for r in (4, 5, 6):
        cov.cell(r, 1).font = Font(bold=True)
        for c in (1, 2):
            cov.cell(r, c).border = BOX
    cov["A8"] = ("Purpose: to update the Committee on progress with the recommendations made by Audit Scotland in the "
                 "2024/25 Annual Audit Report and on recommendations brought forward from earlier years.")
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    key = [("blue", "Blue", "Complete – proposed for closure"),
           ("green", "Green", "On track to meet the agreed date"),
           ("amber", "Amber", "At risk, or revised date agreed with Audit Scotland"),
           ("red", "Red", "Overdue")]
    for i, (col, word, meaning) in enumerate(key):
        r = 11 + i
        cov.cell(r, 1, word).fill = fill(FILL[col])
        cov.cell(r, 2, meaning)
        for c in (1, 2):
            cov.cell(r, c).border = BOX
    cov["A16"] = "Summary of status"
    cov["A16"].font = Font(bold=True)
    summ = [("Status", "2024/25 AAR", "Prior years", "Total"),
            ("Blue", 1, 1, 2), ("Green", 3, 0, 3), ("Amber", 1, 1, 2), ("Red", 0, 1, 1), ("Total", 5, 3, 8)]
    for i, row in enumerate(summ):
        for j, v in enumerate(row):
            cell = cov.cell(17 + i, 1 + j, v)
            cell.border = BOX
            if i == 0 or i == len(summ) - 1:
                cell.font = Font(bold=True)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 55
    cov.column_dimensions["C"].width = 14
    cov.column_dimensions["D"].width = 10

    # ---- sheet 2: 2024/25 action plan -----------------------------------------------------
    ws = wb.create_sheet("2024-25 AAR action plan")
    ws["A1"] = "Annual Audit Report 2024/25 – Appendix 1: Action plan"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["No.", "Issue/risk", "Recommendation", "Agreed management action", "Responsible officer",
           "Agreed date", "Revised date", "Progress update (October 2025)", "RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(3, 1 + j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = WRAP
        c.border = BOX
    rows = [
        ("theme", "Audit of 2024/25 annual accounts"),
        ("row", 1,
         "Accruals cut-off\nOur testing identified three invoices totalling £0.412 million for 2024/25 services that "
         "were not accrued. Risk – expenditure is misstated in the annual accounts.",
         "COPFS should strengthen its year-end cut-off procedures, including a review of invoices received in April "
         "and May against the dates goods and services were received.",
         "Year-end closedown guidance will be updated to require budget holders to confirm all goods and services "
         "received by 31 March, and Finance will review April–May invoices over £10,000 before the draft accounts "
         "are finalised.",
         "Head of Financial Accounting and Systems", "31 March 2026", None,
         "Closedown guidance redrafted and issued for consultation with business areas. Review of April–May "
         "invoices built into the 2025/26 closedown timetable.", ("Green", "green")),
        ("row", 2,
         "User access to the finance system\nAccess for leavers was not removed promptly in four of the 25 cases we "
         "tested. Risk – unauthorised access to financial records.",
         "Management should introduce a monthly reconciliation of finance system users to HR leaver reports.",
         "A monthly reconciliation of finance system users to the HR leavers report will be carried out by the "
         "Finance Systems team and evidenced to the Director of Finance and Procurement.",
         "Finance Systems Manager", "December 2025", None,
         "Reconciliation introduced from August 2025; three months evidenced. Proposed for closure.",
         ("Blue", "blue")),
        ("theme", "Financial sustainability"),
        ("row", 3,
         "Medium-term financial planning\nCOPFS does not yet have a medium-term financial plan showing how it will "
         "close the projected funding gap of £14.6 million by 2027/28.",
         "COPFS should develop a medium-term financial plan with scenario planning, aligned to its workforce plan "
         "and change programme.",
         "A three-year financial plan 2026/27 to 2028/29, including best, worst and likely scenarios, will be "
         "presented to the Executive Board and the Audit and Risk Committee.",
         "Director of Finance and Procurement", "March 2026", "June 2026",
         "Scenario modelling complete. Plan delayed to reflect the outcome of the Scottish Budget 2026/27; revised "
         "date agreed with Audit Scotland.", ("Amber", "amber")),
        ("row", 4,
         "Savings delivery\nRecurring savings of £3.1 million were planned for 2024/25 but only £1.9 million were "
         "delivered on a recurring basis.",
         "Savings plans should distinguish recurring from non-recurring savings and be monitored monthly by the "
         "Executive Board.",
         "Savings tracker to distinguish recurring from non-recurring savings.\nMonthly savings report to the "
         "Executive Board from October 2025.",
         "Head of Management Accounting and Planning / Director of Finance and Procurement", "October 2025", None,
         "Savings tracker revised. First monthly report taken to the Executive Board on 14 October 2025.",
         (None, "green")),
        ("theme", "Vision, leadership and governance"),
        ("row", 5,
         "Performance reporting\nThe Annual Report and Accounts do not link performance measures to the priorities "
         "in the Strategic Plan.",
         "COPFS should develop a performance framework with measures and targets linked to each strategic priority, "
         "and report against it publicly.",
         "Develop a corporate performance framework and publish quarterly performance reports from Q1 2026/27.",
         "Head of Business Services; Corporate Governance Manager", "Q1 2026/27", None,
         "Draft framework discussed at the Executive Board in October 2025.", ("Green", "green")),
    ]
    r = 4
    theme_rows = []
    for item in rows:
        if item[0] == "theme":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1).fill = fill(FILL["teal"])
            theme_rows.append(r)
        else:
            _, no, issue, rec, action, lead, agreed, revised, prog, (rag_text, rag_col) = item
            vals = [no, issue, rec, action, lead, agreed, revised, prog, rag_text]
            for j, v in enumerate(vals):
                c = ws.cell(r, 1 + j, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 9).fill = fill(FILL[rag_col])
        r += 1
    for col, w in zip("ABCDEFGHI", (6, 40, 40, 45, 26, 14, 13, 40, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    # ---- sheet 3: prior year -------------------------------------------------------------
    py = wb.create_sheet("Prior year recs")
    py["A1"] = "Follow-up of prior year recommendations"
    py["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Year raised", "Recommendation", "Management action", "Owner", "Original date",
           "Revised date", "Update (October 2025)", "Status"]
    for j, h in enumerate(hdr):
        c = py.cell(3, 1 + j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.border = BOX
    prows = [
        ("b/f 1", "2023/24",
         "COPFS should complete the review of its estate strategy to identify opportunities to reduce "
         "accommodation costs.",
         "Estate strategy review to be completed, including options for co-location with partner justice "
         "organisations.",
         "Head of Estates", dt.datetime(2025, 3, 31), dt.datetime(2025, 9, 30),
         "Estate strategy approved by the Executive Board on 23 September 2025.", "Complete", "blue"),
        ("b/f 2", "2023/24",
         "Workforce planning should be aligned with the financial plan, with clear assumptions on the "
         "recruitment of legal staff.",
         "Integrated workforce and financial plan to be developed.",
         "Director of People; Director of Finance and Procurement", dt.datetime(2025, 3, 31),
         dt.datetime(2026, 3, 31),
         "Linked to action 3 of the 2024/25 plan. Workforce assumptions agreed; awaiting the financial plan.",
         "Amber", "amber"),
        ("b/f 3", "2022/23",
         "COPFS should update its counter-fraud policy and fraud response plan, and provide fraud awareness "
         "training to all staff.",
         "Counter-fraud policy and fraud response plan to be refreshed and mandatory e-learning introduced.",
         "Head of Financial Accounting and Systems", dt.datetime(2024, 12, 31), None,
         "Policy refreshed. E-learning module launched; completion rate 64% at 31 October 2025.", "Red", "red"),
    ]
    for i, row in enumerate(prows):
        rr = 4 + i
        for j, v in enumerate(row[:9]):
            c = py.cell(rr, 1 + j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        py.cell(rr, 9).fill = fill(FILL[row[9]])
    py["A8"] = ("b/f = brought forward from earlier Annual Audit Reports. Items marked Complete are proposed for "
                "closure by the Committee.")
    for col, w in zip("ABCDEFGHI", (8, 11, 42, 42, 30, 13, 13, 42, 10)):
        py.column_dimensions[col].width = w
    wb.save(path(name))

    A = []
    t1 = "Audit of 2024/25 annual accounts"
    t2 = "Financial sustainability"
    t3 = "Vision, leadership and governance"
    for item in rows:
        if item[0] != "row":
            continue
        _, no, issue, rec, action, lead, agreed, revised, prog, (rag_text, rag_col) = item
        theme = {1: t1, 2: t1, 3: t2, 4: t2, 5: t3}[no]
        leads = {1: ["Head of Financial Accounting and Systems"], 2: ["Finance Systems Manager"],
                 3: ["Director of Finance and Procurement"],
                 4: ["Head of Management Accounting and Planning", "Director of Finance and Procurement"],
                 5: ["Head of Business Services", "Corporate Governance Manager"]}[no]
        end = {1: "2026-03", 2: "2025-12", 3: "2026-06", 4: "2025-10", 5: "2026-06"}[no]
        end_text = "Q1 2026/27" if no == 5 else None
        A.append(act(str(no), [theme, rec], action, leads, end, rag_col, end_text))
    A.append(act("b/f 1", [prows[0][2]], prows[0][3], ["Head of Estates"], "2025-09", "blue"))
    A.append(act("b/f 2", [prows[1][2]], prows[1][3],
                 ["Director of People", "Director of Finance and Procurement"], "2026-03", "amber"))
    A.append(act("b/f 3", [prows[2][2]], prows[2][3], ["Head of Financial Accounting and Systems"], "2024-12",
                 "red"))
    meta = {
        "source": "Imitates the Crown Office and Procurator Fiscal Service (COPFS) external audit tracker taken to its "
                  "Audit and Risk Committee (COPFS publishes ARC minutes noting an 'external audit tracker' paper, "
                  "2024-2025), built on the Audit Scotland Annual Audit Report 2024/25 Appendix 1 action plan. "
                  "Copied features: cover sheet with title, document-control cells, RAG key (Blue = complete) and "
                  "a status summary table; an action-plan sheet with Audit Scotland's Issue/risk, Recommendation, "
                  "Agreed management action, Responsible officer, Agreed date, Revised date columns, merged theme "
                  "rows (accounts audit and wider-scope areas), a fill-only RAG cell, two posts in one cell "
                  "separated by '/' and by ';', a quarter as a date; and a prior-year sheet with b/f refs, real "
                  "date cells for original/revised dates and a notes line.",
        "reads": "A three-sheet tracker: a cover with key and totals, then five 2024/25 Audit Scotland "
                 "recommendations grouped under three theme rows, each with one agreed management action, "
                 "followed by three brought-forward recommendations from earlier years. Each row is one action; "
                 "the revised date, where given, is the end; the RAG is the current status (one is shown by fill "
                 "colour only).",
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, A)
    return name, A


# ============================================================================================
# 2. North Wales Police - HMICFRS NCPI action plan (xlsx) - REFUSE (typo month "0ct-25")
# ============================================================================================
def build_nwp():
    name = "zyk-north-wales-police-hmicfrs-national-child-protection-inspection-action-plan-typo-month-refuse.xlsx"
    title = "North Wales Police – HMICFRS National Child Protection Inspection – Force Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill(FILL["navy"])
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Report published: 16 July 2024 | Strategic lead: ACC Crime & Criminal Justice | Tactical lead: "
                "Head of Public Protection | Version 5.1 (updated 04/11/2025)")
    ws.merge_cells("A2:H2")
    hdr = ["Rec", "HMICFRS recommendation", "Action ref", "Action", "Action owner", "Target date",
           "Progress update", "Status"]
    for j, h in enumerate(hdr):
        c = ws.cell(4, 1 + j, h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BOX
        c.alignment = WRAP
    recs = [
        (1, "Immediately, North Wales Police should ensure that the voice of the child is recorded in all child "
            "protection investigations, including the child's lived experience and their views.",
         [("1.1", "Add a mandatory 'voice of the child' field to the occurrence template for all child protection "
                  "investigations.", "Det Supt Public Protection", dt.datetime(2024, 12, 1),
           "Field live since 02/12/2024.", "Complete"),
          ("1.2", "Deliver voice of the child training to all PVP, CID and response supervisors.",
           "Head of Learning & Development; T/Det Ch Insp PVP", dt.datetime(2025, 3, 1),
           "Training delivered to 412 of 438 staff (94%).", "Complete"),
          ("1.3", "Introduce monthly dip-sampling of 20 investigations by the Public Protection Quality Assurance "
                  "Team.", "Det Insp Quality Assurance", "Ongoing",
           "Dip-sampling in place; compliance 81% in October 2025.", "On track")]),
        (2, "Within six months, North Wales Police should improve the quality and timeliness of its referrals to "
            "children's social care, making sure they contain all relevant information.",
         [("2.1", "Review and reissue the Public Protection Notice (PPN) guidance with a quality standard for "
                  "referrals.", "Det Supt Public Protection", dt.datetime(2025, 1, 1),
           "Guidance reissued 20/01/2025.", "Complete"),
          ("2.2", "Introduce a 24-hour triage timescale in the Central Referral Unit for all child PPNs.",
           "Det Ch Insp Central Referral Unit", "0ct-25",
           "Backlog cleared; 24-hour triage met in 89% of cases in September 2025.", "On track"),
          ("2.3", "Agree a joint audit of referral quality with the six local authorities in North Wales.",
           "Det Ch Insp Central Referral Unit / Regional Safeguarding Board Business Manager",
           dt.datetime(2026, 3, 1), "Scoping meeting arranged for December 2025.", "Not started")]),
        (3, "Within six months, North Wales Police should make sure that children are held overnight in police "
            "custody only when no alternative is available, and that the local authority is told at once.",
         [("3.1", "Custody sergeants to record on the custody record each request made for alternative "
                  "accommodation and the local authority's response.", "Ch Insp Custody",
           dt.datetime(2024, 11, 1), "Custody record updated; compliance checked weekly.", "Complete"),
          ("3.2", "Hold a quarterly review of every child held overnight with the local authority out-of-hours "
                  "teams.", "Supt Criminal Justice", dt.datetime(2025, 6, 1),
           "Two reviews held; attendance from two local authorities still outstanding.", "Amber")]),
        (4, "Within 12 months, North Wales Police should make sure that supervisors review investigations into "
            "missing children promptly and record their rationale.",
         [("4.1", "Introduce a supervisory review at 24 and 48 hours on all high-risk missing child reports.",
           "Supt Local Policing Services", dt.datetime(2025, 9, 1),
           "Review template live; audit shows 72% compliance.", "Amber"),
          ("4.2", "Add missing children supervisory compliance to the monthly Public Protection performance "
                  "pack.", "Head of Corporate Performance", dt.datetime(2025, 12, 1),
           "Measure defined; first report due December 2025.", "On track")]),
    ]
    r = 5
    typo_row = None
    for no, rec, acts in recs:
        start = r
        for ref, text, owner, date, prog, status in acts:
            vals = [no if r == start else None, rec if r == start else None, ref, text, owner, date, prog,
                    status]
            for j, v in enumerate(vals):
                c = ws.cell(r, 1 + j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            col = {"Complete": "blue", "On track": "green", "Amber": "amber", "Not started": None}[status]
            if col:
                ws.cell(r, 8).fill = fill(FILL[col])
            if date == "0ct-25":
                typo_row = r
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(r + 1, 1, "Status: Complete / On track / Amber – at risk / Red – off track / Not started. Plan "
                      "monitored monthly at the Child Protection Improvement Gold Group.")
    for col, w in zip("ABCDEFGH", (6, 48, 9, 50, 30, 11, 42, 12)):
        ws.column_dimensions[col].width = w
    wb.save(path(name))
    assert typo_row == 9, typo_row
    meta = {
        "source": "Imitates a police force action plan responding to an HMICFRS National Child Protection Inspection "
                  "(HMICFRS asks forces for an action plan within six weeks of publication; its NCPI "
                  "recommendations are worded 'Immediately…' / 'Within six months…'). North Wales Police is used "
                  "as the body (2024-2025). Copied features: title banner and information line with leads and "
                  "version, recommendation number and text merged vertically over numbered actions, officer "
                  "ranks and roles as owners (two owners in one cell), month-year date cells, status words with "
                  "fills and a status-key notes line.",
        "reads": "A one-sheet action plan: four HMICFRS recommendations, each merged over two or three numbered "
                 "actions with owner, target month and status. The target date for action 2.2 on sheet row 9 "
                 "reads '0ct-25' (a zero for the O) where every other target is a real month cell, so a careful "
                 "reader stops and asks before taking the plan in.",
        "outcome": "refuse",
        "refuse_at": typo_row,
        "title": title,
    }
    write_expected(name, meta, [])
    return name, sum(len(x[2]) for x in recs)


# ============================================================================================
# 3. Hywel Dda UHB - Annual Plan 2025/26 delivery tracker Q2 (xlsx)
# ============================================================================================
def build_hywel():
    name = "zyk-hywel-dda-uhb-annual-plan-2025-26-q2-delivery-tracker.xlsx"
    title = "Hywel Dda University Health Board – Annual Plan 2025/26: Delivery Tracker, Quarter 2 (July – September 2025)"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Bwrdd Iechyd Prifysgol Hywel Dda | Strategic Development and Operational Delivery Committee, 23 October 2025"
    sm["A4"] = "Key"
    sm["A4"].font = Font(bold=True)
    keys = [("B", "blue", "Complete"), ("G", "green", "On track"), ("A", "amber", "At risk – mitigation in place"),
            ("R", "red", "Off track – will not be delivered by the target quarter")]
    for i, (letter, col, meaning) in enumerate(keys):
        sm.cell(5 + i, 1, letter).fill = fill(FILL[col])
        sm.cell(5 + i, 2, meaning)
    sm["A10"] = "Q2 position by strategic objective"
    sm["A10"].font = Font(bold=True)
    table = [("Strategic objective", "B", "G", "A", "R", "Total"),
             ("SO2 Working together to be the best we can be", 1, 0, 1, 0, 2),
             ("SO5 Safe, sustainable, accessible and kind care", 1, 1, 1, 1, 4),
             ("SO6 Sustainable use of resources", 0, 0, 1, 1, 2),
             ("Total", 2, 1, 3, 2, 8)]
    for i, row in enumerate(table):
        for j, v in enumerate(row):
            c = sm.cell(11 + i, 1 + j, v)
            c.border = BOX
            if i in (0, len(table) - 1):
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 48
    sm.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Delivery Tracker Q2")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Previous RAG = Quarter 1 assessment; Current RAG = Quarter 2 assessment. See Summary sheet for key."
    hdr = ["Ref", "Planning Objective", "Key deliverable 2025/26", "Executive Lead", "Target",
           "Q1 RAG (previous)", "Q2 RAG (current)", "Q2 progress"]
    for j, h in enumerate(hdr):
        c = ws.cell(4, 1 + j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00664F")
        c.alignment = WRAP
        c.border = BOX
    so2 = "Strategic Objective 2: Working together to be the best we can be"
    so5 = "Strategic Objective 5: Safe, sustainable, accessible and kind care"
    so6 = "Strategic Objective 6: Sustainable use of resources"
    po2a = "2a – Reduce reliance on variable pay through the nurse and medical workforce programmes"
    po5a = "5a – Improve urgent and emergency care flow in line with the 6 Goals for Urgent and Emergency Care"
    po5b = "5b – Deliver the planned care recovery trajectory agreed with Welsh Government"
    po6a = "6a – Deliver the 2025/26 financial plan and savings programme"
    plan = [
        (so2, [(po2a, [
            ("2a.1", "Eliminate off-framework nurse agency use across all acute sites.",
             "Director of Nursing, Quality and Patient Experience", "Q2 2025/26", "A", "B",
             "No off-framework agency shifts used since July 2025.", "2025-09", "blue",
             ["Director of Nursing, Quality and Patient Experience"]),
            ("2a.2", "Recruit 40 internationally educated nurses to Glangwili and Withybush hospitals.",
             "Director of Nursing, Quality and Patient Experience / Director of Workforce and OD", "Q4 2025/26",
             "G", "A", "22 nurses in post; visa processing delays for the second cohort.", "2026-03", "amber",
             ["Director of Nursing, Quality and Patient Experience", "Director of Workforce and OD"]),
        ])]),
        (so5, [(po5a, [
            ("5a.1", "Open a Same Day Emergency Care unit at Bronglais General Hospital.", "Director of Operations",
             "Q3 2025/26", "G", "G", "Estates works complete; staffing model agreed; recruitment under way.", "2025-12", "green", ["Director of Operations"]),
            ("5a.2", "Reduce ambulance handover delays over 1 hour by 50% against the 2024/25 baseline.",
             "Director of Operations", "March 2026", "R", "R",
             "Handover delays over 1 hour reduced by 12%; recovery plan agreed with WAST.", "2026-03", "red",
             ["Director of Operations"]),
        ]), (po5b, [
            ("5b.1", "No patients waiting over 104 weeks for treatment by 31 March 2026.", "Director of Operations",
             dt.datetime(2026, 3, 31), "A", "A",
             "318 patients over 104 weeks at end of September 2025 (June: 402).", "2026-03", "amber",
             ["Director of Operations"]),
            ("5b.2", "Expand regional cataract capacity at Amman Valley Hospital.",
             "Director of Operations; Medical Director", "Q2 2025/26", "G", "B",
             "Second theatre list running from August 2025.", "2025-09", "blue",
             ["Director of Operations", "Medical Director"]),
        ])]),
        (so6, [(po6a, [
            ("6a.1", "Deliver £28.0m recurrent savings through the Sustainable Resources Programme.",
             "Director of Finance", "Q4 2025/26", "A", "R",
             "£11.2m identified as recurrent; forecast shortfall of £9.5m reported to Board.", "2026-03", "red",
             ["Director of Finance"]),
            ("6a.2", "Reduce growth in continuing healthcare spend through a revised commissioning framework.",
             "Director of Primary Care, Community and Long Term Care", "TBC", None, "A",
             "Framework drafted; implementation date to be agreed with the three local authorities.", None, "amber",
             ["Director of Primary Care, Community and Long Term Care"]),
        ])]),
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 5
    A = []
    for so, pos in plan:
        ws.cell(r, 1, so).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("C6E0B4")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for po, dels in pos:
            start = r
            for (ref, text, lead, target, q1, q2, prog, end, status, leads) in dels:
                vals = [ref, po if r == start else None, text, lead, target, q1, q2, prog]
                for j, v in enumerate(vals):
                    c = ws.cell(r, 1 + j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j, v in ((6, q1), (7, q2)):
                    if v:
                        ws.cell(r, j).fill = fill(FILL[rag_fill[v]])
                end_text = target if isinstance(target, str) and target.startswith(("Q", "TBC")) else None
                A.append(act(ref, [so, po], text, leads, end, status, end_text))
                r += 1
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(r + 1, 1, "Target quarters refer to the 2025/26 financial year (Q1 April–June … Q4 January–March).")
    for col, w in zip("ABCDEFGH", (7, 34, 46, 34, 12, 10, 10, 46)):
        ws.column_dimensions[col].width = w
    wb.save(path(name))
    meta = {
        "source": "Imitates a Welsh health board's quarterly delivery tracker for its Annual Plan / IMTP (Hywel Dda "
                  "UHB structures its plans as strategic objectives, e.g. 'Safe, sustainable, accessible and kind "
                  "care', cascaded to lettered planning objectives with deliverables and quarterly milestones; "
                  "2025/26). Copied features: summary sheet with RAG key (B/G/A/R) and totals by objective; "
                  "tracker sheet with merged strategic-objective band rows, planning objective merged vertically "
                  "over its deliverables, executive leads as job titles (two in one cell), target quarters, a real "
                  "date cell and 'TBC', previous (Q1) and current (Q2) RAG letters with fills, and a notes line.",
        "reads": "Eight key deliverables under three strategic objectives and four planning objectives, each with "
                 "an executive lead, a target (mostly a financial-year quarter) and a previous and current RAG. "
                 "The Q2 (current) RAG is the status; the Summary sheet's key and totals are not actions.",
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, A)
    return name, A


# ============================================================================================
# docx helpers
# ============================================================================================
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; inner '\n' become separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        p2 = cell.add_paragraph()
        r2 = p2.add_run(part)
        r2.bold = bold


# ============================================================================================
# 4. Pinkie St Peter's PS - Education Scotland post-inspection action plan (docx, table per AFI)
# ============================================================================================
def build_pinkie():
    name = "zyk-pinkie-st-peters-primary-school-education-scotland-inspection-action-plan.docx"
    title = "Pinkie St Peter’s Primary School and Nursery Class: Post-Inspection Action Plan"
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading(title, level=0)
    d.add_paragraph("Following the Education Scotland inspection in February 2025 (letter to parents published "
                    "22 April 2025)")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Headteacher", "Mrs C. Rennie"), ("Local authority", "East Lothian Council"),
                 ("Quality Improvement Officer", "Mr D. Fraser"), ("Action plan agreed", "12 May 2025"),
                 ("Review dates", "October 2025, January 2026, May 2026")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    d.add_paragraph()
    d.add_paragraph("Education Scotland evaluations – Primary: Leadership of change – good; Learning, teaching and "
                    "assessment – satisfactory; Raising attainment and achievement – satisfactory; Ensuring "
                    "wellbeing, equality and inclusion – good. Nursery class: Learning, teaching and assessment – "
                    "good; Securing children’s progress – good.")
    d.add_paragraph("RAG key:  G – complete     A – in progress     R – not yet started")

    p_stage = "Primary stages"
    n_stage = "Nursery class"
    afi1 = ("Senior leaders and staff should continue to develop approaches to learning, teaching and assessment to "
            "ensure that all children experience appropriate pace and challenge in their learning.")
    afi2 = ("Senior leaders should develop further the use of data to track and monitor children’s progress, and "
            "to plan effective interventions for children who require support, including those affected by "
            "poverty.")
    afi3 = ("Practitioners should improve the quality of observations of children’s learning so that next steps "
            "are clear and build on what children already know.")
    sections = [
        (p_stage, [
            ("Area for improvement 1", afi1, [
                ("1.1", "Staff to engage in professional learning on differentiation and high-quality questioning "
                        "through the local authority Learning and Teaching Toolkit.", "DHT", "June 2025",
                 "All staff complete the programme; learning visits show improved questioning.", "G",
                 ["DHT"], "2025-06", None, "blue"),
                ("1.2", "Introduce learning visits and peer observations focused on pace and challenge, with "
                        "feedback to individual teachers.", "HT / DHT", "August 2025 – March 2026",
                 "All classes visited twice; 90% of lessons observed rated good or better.", "A",
                 ["HT", "DHT"], "2026-03", "August 2025 – March 2026", "amber"),
                ("1.3", "Develop a whole-school assessment calendar and moderation cycle linked to the National "
                        "Benchmarks.\nModeration of writing across P1–P7 with Musselburgh cluster schools.",
                 "PT (Assessment)", "December 2025",
                 "Calendar in place; teacher judgements moderated in writing and numeracy.", "A",
                 ["PT (Assessment)"], "2025-12", None, "amber"),
            ]),
            ("Area for improvement 2", afi2, [
                ("2.1", "Revise the tracking and monitoring system so that attainment data in literacy and "
                        "numeracy is recorded three times each year.", "HT", "September 2025",
                 "Tracker live for all stages; data recorded in September.", "G", ["HT"], "2025-09", None, "blue"),
                ("2.2", "Hold attainment meetings with each class teacher to identify children requiring targeted "
                        "support and to plan PEF-funded interventions.", "HT, DHT and class teachers", "Ongoing",
                 "Every child requiring support has a planned intervention with measurable targets.", "A",
                 ["HT", "DHT", "class teachers"], None, "Ongoing", "amber"),
                ("2.3", "Evaluate the impact of PEF interventions and report findings to the Parent Council.", "HT",
                 "By 30 June 2026", "Report shared; poverty-related attainment gap narrowed in reading.", "",
                 ["HT"], "2026-06", None, "unrated"),
            ]),
        ]),
        (n_stage, [
            ("Area for improvement 3", afi3, [
                ("3.1", "Introduce a new format for learning journals with focused observations linked to "
                        "Realising the Ambition.", "SEYP", "October 2025",
                 "Observations in all journals identify a clear next step.", "G", ["SEYP"], "2025-10", None,
                 "blue"),
                ("3.2", "Practitioners to share learning journals with parents every six weeks and invite parental "
                        "comments.", "SEYP and EYPs", "January 2026",
                 "At least 75% of families contribute comments.", "A", ["SEYP", "EYPs"], "2026-01", None,
                 "amber"),
            ]),
        ]),
    ]
    A = []
    for stage, afis in sections:
        d.add_heading(stage, level=1)
        for label, text, acts in afis:
            d.add_heading(label, level=2)
            d.add_paragraph(text)
            tb = d.add_table(rows=1, cols=6)
            tb.style = "Table Grid"
            for c, h in zip(tb.rows[0].cells, ["No.", "Action", "Lead", "Timescale", "Measures of success",
                                               "RAG"]):
                set_cell(c, h, bold=True)
                shade(c, "D9E2F3")
            for (no, action, lead, when, measure, rag, leads, end, end_text, status) in acts:
                cells = tb.add_row().cells
                for c, v in zip(cells, [no, action, lead, when, measure, rag]):
                    set_cell(c, v)
                if rag:
                    shade(cells[5], {"G": "00B050", "A": "FFC000"}[rag])
                A.append(act(no, [stage, text], action, leads, end, status, end_text))
            d.add_paragraph()
    d.add_paragraph("Progress will be reported to the Parent Council and to East Lothian Council’s Education "
                    "Service at each review date.")
    d.add_paragraph("Signed: ______________________ (Headteacher)      Date: ____________")
    d.save(path(name))
    meta = {
        "source": "Imitates a Scottish primary school's post-inspection action plan drawn up with its local "
                  "authority after an Education Scotland inspection (Education Scotland evaluates QIs from How good "
                  "is our school? 4th edition and How good is our early learning and childcare?; the school and "
                  "quality improvement officer agree a plan on the areas for improvement, 2025). Copied features: "
                  "title and sub-title, school details table (not the plan), paragraph of inspection evaluations, "
                  "a RAG key in which G means complete, Primary/Nursery headings, 'Area for improvement n' "
                  "headings each followed by the inspectors' text and its own action table (No., Action, Lead, "
                  "Timescale, Measures of success, RAG) with shaded RAG cells, staff abbreviations as leads, a "
                  "period and 'Ongoing' as timescales, a two-line action cell and a signature line.",
        "reads": "Eight numbered actions in three tables, one per area for improvement: two under Primary stages "
                 "and one under Nursery class. The key says G = complete, so G rows are complete (blue); A rows are "
                 "amber; the one blank RAG is not yet rated.",
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, A)
    return name, A


# ============================================================================================
# 5. Millennium Integrated PS - ETI inspection action plan (docx, one table with AFI band rows)
# ============================================================================================
def build_millennium():
    name = "zyk-millennium-integrated-primary-school-eti-inspection-action-plan.docx"
    title = "Millennium Integrated Primary School – Action Plan following ETI Inspection"
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = h.add_run(title)
    rr.bold = True
    rr.font.size = Pt(16)
    sub = d.add_paragraph("Board of Governors’ response to the Education and Training Inspectorate report "
                          "(inspection January 2025)")
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dc = d.add_table(rows=1, cols=3)
    dc.style = "Table Grid"
    for c, v in zip(dc.rows[0].cells, ["Version", "Date", "Approved by / purpose"]):
        set_cell(c, v, bold=True)
    for row in [("1.0", "13/03/2025", "Board of Governors – plan approved"),
                ("1.1", "09/10/2025", "Principal – progress update for Board of Governors")]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    d.add_paragraph()
    d.add_paragraph("The ETI identified the following areas for improvement. The actions below have been agreed by "
                    "the Board of Governors and staff and will be monitored termly by the Board’s Curriculum "
                    "Sub-committee.")
    afi1 = ("1. To improve the consistency of marking and feedback so that all children know how to improve their "
            "work in literacy and numeracy.")
    afi2 = ("2. To use assessment information more effectively to plan for children who require additional "
            "support with their learning.")
    afi3 = "3. To develop the role of middle leaders in monitoring and evaluating the quality of learning and teaching."
    plan = [
        (afi1, [
            ("1.1", "Review the marking and feedback policy with all teaching staff and agree common symbols and "
                    "success criteria.", "Principal / Literacy Co-ordinator", "June 2025",
             "Policy agreed and displayed in every classroom.", "Achieved",
             ["Principal", "Literacy Co-ordinator"], "2025-06", None, "blue"),
            ("1.2", "Introduce ‘fix-it time’ at the start of literacy and numeracy lessons so children respond to "
                    "feedback.", "All teachers", "September 2025",
             "Book scrutiny shows children acting on feedback in most books.", "Achieved", ["All teachers"],
             "2025-09", None, "blue"),
            ("1.3", "Carry out half-termly book scrutiny and share findings with staff.",
             "Vice-Principal (Mrs A. McCready)", "Ongoing",
             "Scrutiny records show improving consistency across classes.", "On track",
             ["Vice-Principal (Mrs A. McCready)"], None, "Ongoing", "green"),
        ]),
        (afi2, [
            ("2.1", "Hold pupil progress meetings with each class teacher using standardised and teacher "
                    "assessment data.", "Principal and SENCo", "Autumn term 2025",
             "Children needing support identified and targets set by November.", "On track",
             ["Principal", "SENCo"], "2025-12", "Autumn term 2025", "green"),
            ("2.2", "Update individual education plans (IEPs) so that targets are specific and reviewed with "
                    "parents.", "SENCo", "December 2025",
             "All IEPs reviewed; parents contribute to each review.", "On track", ["SENCo"], "2025-12", None,
             "green"),
            ("2.3", "Train classroom assistants to deliver small-group literacy interventions.",
             "SENCo / Education Authority Literacy Service", "By end of June 2026",
             "Reading ages of targeted children improve by at least six months.", "Not started",
             ["SENCo", "Education Authority Literacy Service"], "2026-06", None, "unrated"),
        ]),
        (afi3, [
            ("3.1", "Agree a monitoring calendar in which co-ordinators observe lessons and sample planning in "
                    "their area.", "Principal", "October 2025", "Calendar agreed and followed.", "Achieved",
             ["Principal"], "2025-10", None, "blue"),
            ("3.2", "Co-ordinators to report the findings of monitoring to the Board of Governors.",
             "Literacy Co-ordinator and Numeracy Co-ordinator", "March 2026",
             "Two reports presented to the Board; actions followed up.", "On track",
             ["Literacy Co-ordinator", "Numeracy Co-ordinator"], "2026-03", None, "green"),
        ]),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Ref", "Actions", "Person(s) responsible", "Success criteria",
                                      "Time frame", "Progress (October 2025)"]):
        set_cell(c, v, bold=True)
        shade(c, "BDD7EE")
    A = []
    for afi, acts in plan:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[5])
        set_cell(merged, afi, bold=True)
        shade(merged, "F2F2F2")
        for (ref, action, who, criteria, when, prog, leads, end, end_text, status) in acts:
            cells = t.add_row().cells
            # column order: Ref, Actions, Person(s) responsible, Success criteria, Time frame, Progress
            for c, v in zip(cells, [ref, action, who, criteria, when, prog]):
                set_cell(c, v)
            A.append(act(ref, [afi], action, leads, end, status, end_text))
    d.add_paragraph()
    so = d.add_table(rows=2, cols=4)
    so.style = "Table Grid"
    for i, role in enumerate(["Chair, Board of Governors", "Principal"]):
        cells = so.rows[i].cells
        set_cell(cells[0], "Signed (" + role + ")", bold=True)
        set_cell(cells[1], "")
        set_cell(cells[2], "Date", bold=True)
        set_cell(cells[3], "")
    d.save(path(name))
    meta = {
        "source": "Imitates a Northern Ireland primary school Board of Governors' action plan in response to an "
                  "Education and Training Inspectorate (ETI) inspection (ETI asks the Board of Governors for a "
                  "written response/action plan on the areas for improvement; 2025). Copied features: centred "
                  "title and sub-title, version/approval table, introductory paragraph, one plan table with a "
                  "merged band row per numbered area for improvement over its actions (Ref, Actions, Person(s) "
                  "responsible, Success criteria, Time frame, Progress), school posts and a named vice-principal "
                  "as leads, 'Autumn term 2025', 'Ongoing' and 'By end of June 2026' time frames, status words "
                  "(Achieved / On track / Not started) and a signature table.",
        "reads": "Eight actions in one table, grouped under three numbered areas for improvement written as merged "
                 "band rows. The version table and the signature table are not the plan. Progress words give the "
                 "status: Achieved = complete, On track = green, Not started = unrated.",
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, A)
    return name, A


# ============================================================================================
# 6. Belfast City Council - Performance Improvement Plan 2025-26 Q2 progress (csv)
# ============================================================================================
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_belfast():
    name = "zyk-belfast-city-council-performance-improvement-plan-2025-26-q2-progress.csv"
    title = ("Belfast City Council - Performance Improvement Plan 2025-2026: Quarter 2 progress report "
             "(1 April - 30 September 2025)")
    ncol = 9
    o1 = "1. Our services - We will improve the cleanliness of our neighbourhoods and make our services easier to access"
    o2 = "2. Our people and communities - We will support residents to be healthier and more active"
    o3 = "3. Our place - We will create a more vibrant and connected city centre"
    o4 = "4. Our planet - We will reduce the council's own carbon emissions"
    rows = [
        (o1, "1.1", "Deliver the Cleaner Neighbourhoods programme in 10 priority areas, including additional street "
                    "cleansing and litter enforcement.", "City and Neighbourhood Services",
         "Director of City Services", "31/03/2026", "On track", "Green",
         "Programme live in 7 of 10 areas; 1,240 fixed penalty notices issued.",
         ["Director of City Services"], "2026-03", None, "green"),
        (None, "1.2", "Launch the new online customer portal for bulky waste, pest control and bin requests.",
         "Corporate Services", "Director of Digital Services; Director of City Services", "December 2025",
         "Slightly adrift", "Amber", "Supplier delay of six weeks; user testing under way.",
         ["Director of Digital Services", "Director of City Services"], "2025-12", None, "amber"),
        (o2, "2.1", "Extend free swim and gym sessions for under-18s to all council leisure centres.",
         "City and Neighbourhood Services", "Director of Neighbourhood Services", "30/06/2025", "Achieved", "Blue",
         "Scheme available at all 15 centres from June 2025; 38,900 visits in Q1-Q2.",
         ["Director of Neighbourhood Services"], "2025-06", None, "blue"),
        (None, "2.2", "Deliver 12 community health events in partnership with the Public Health Agency.",
         "City and Neighbourhood Services", "Director of Neighbourhood Services", "March 2026", "On track", "Green",
         "5 events delivered; 7 scheduled.", ["Director of Neighbourhood Services"], "2026-03", None, "green"),
        (o3, "3.1", "Complete the Cathedral Gardens public realm scheme.", "Physical Programmes",
         "Director of Physical Programmes", "Q3 2025/26", "Slightly adrift", "Amber",
         "Ground conditions caused a four-week delay; contractor working to recover the programme.",
         ["Director of Physical Programmes"], "2025-12", "Q3 2025/26", "amber"),
        (None, "3.2", "Run the evening economy pilot with four city centre venues and report on footfall.",
         "Place and Economy", "Director of Economic Development", "Ongoing", "On track", "Green",
         "Pilot running; footfall up 9% on Thursday evenings.", ["Director of Economic Development"], None,
         "Ongoing", "green"),
        (o4, "4.1", "Replace 60 diesel fleet vehicles with electric or HVO-fuelled vehicles.",
         "City and Neighbourhood Services", "Director of City Services", "31/03/2026", "Adrift", "Red",
         "18 vehicles replaced; supply constraints on electric refuse vehicles.", ["Director of City Services"],
         "2026-03", None, "red"),
        (None, "4.2", "Install solar PV at three council depots.", "Property and Projects",
         "Director of Property and Projects", "September 2025", "Achieved", "Blue",
         "All three installations commissioned by September 2025.", ["Director of Property and Projects"],
         "2025-09", None, "blue"),
    ]
    lines = []
    lines.append(",".join([csv_field(title)] + [""] * (ncol - 1)))
    lines.append(",".join(["Reporting to: Strategic Policy and Resources Committee - 21 November 2025"]
                          + [""] * (ncol - 1)))
    lines.append("," * (ncol - 1))
    lines.append(",".join(["Improvement objective", "Ref", "Improvement action", "Lead department",
                           "Responsible officer", "Target date", "Status", "RAG", "Q2 progress update"]))
    A = []
    current = None
    for (obj, ref, action, dept, officer, target, status_w, rag, upd, leads, end, end_text, status) in rows:
        if obj:
            current = obj
        lines.append(",".join(csv_field(v) for v in [obj, ref, action, dept, officer, target, status_w, rag, upd]))
        A.append(act(ref, [current], action, leads, end, status, end_text))
    lines.append("," * (ncol - 1))
    lines.append(",".join(["Summary of actions"] + [""] * (ncol - 1)))
    for k, v in [("Achieved", 2), ("On track", 3), ("Slightly adrift", 2), ("Adrift", 1), ("Total", 8)]:
        lines.append(",".join([k, str(v)] + [""] * (ncol - 2)))
    with open(path(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")
    meta = {
        "source": "Imitates a Northern Ireland council's quarterly progress report on its statutory Performance "
                  "Improvement Plan (Belfast City Council publishes a Performance Improvement Plan 2025-2026 with "
                  "improvement objectives 'Our services', 'Our people and communities', 'Our place', 'Our planet' "
                  "and reports actions as achieved / on track / slightly adrift). Exported to CSV from the "
                  "council's tracker: title and committee lines, header row, objective written only on the first "
                  "row of each group, lead department and responsible officer (two officers in one cell), day-first "
                  "dates, month words, a quarter and 'Ongoing', status words with a RAG column, and a summary "
                  "block of counts at the foot.",
        "reads": "Eight improvement actions under four numbered improvement objectives (the objective cell is "
                 "blank on the second row of each, so it carries down). Each has a responsible officer, a target "
                 "and a status with its RAG; the summary lines at the end are totals, not actions.",
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, A)
    return name, A


# ============================================================================================
# 7. Crossroads Caring Scotland - Care Inspectorate improvement plan (tab-separated txt)
# ============================================================================================
def build_crossroads():
    name = "zyk-crossroads-caring-scotland-east-lothian-care-inspectorate-improvement-plan.txt"
    title = "Crossroads Caring Scotland - East Lothian Care at Home Service"
    kq1 = "KEY QUESTION 1: HOW WELL DO WE SUPPORT PEOPLE'S WELLBEING?"
    kq2 = "KEY QUESTION 2: HOW GOOD IS OUR STAFF TEAM?"
    req1 = ("Requirement 1: By 31 January 2026, the provider must ensure that people's medication is managed "
            "safely and in line with their prescriptions.")
    afi1 = ("Area for improvement 1: To ensure people's care and support meets their needs, the provider should "
            "ensure that personal plans are reviewed at least once every six months with the person and their "
            "carer.")
    afi2 = ("Area for improvement 2: The provider should improve the consistency of staff supervision so that all "
            "staff receive supervision in line with the organisation's policy.")
    lines = [
        title,
        "Care Inspectorate unannounced inspection 9-11 September 2025: Service Improvement Plan",
        "Care service number: CS2003011962\tManager: Registered Manager (East Lothian)\tPlan agreed: 14/10/2025"
        "\tLast updated: 12/11/2025",
        "",
        "Ref\tAction\tLead\tTarget date\tStatus\tProgress notes",
        kq1,
        req1,
    ]
    A = []

    def row(ref, action, lead, target, status_w, notes, heads, leads, end, end_text, status):
        lines.append("\t".join([ref, action, lead, target, status_w, notes]))
        A.append(act(ref, heads, action, leads, end, status, end_text))

    row("R1.1", "Audit all medication administration records (MARs) for people receiving medication support and "
                "correct any gaps.", "Registered Manager", "30/11/2025", "Complete",
        "All 46 MARs audited; 9 corrected with GP surgeries.", [kq1, req1], ["Registered Manager"], "2025-11", None,
        "blue")
    row("R1.2", "All support workers to complete refreshed medication training and a competency observation.",
        "Training Officer / Care Coordinators", "31/01/2026", "On track", "38 of 52 staff completed.",
        [kq1, req1], ["Training Officer", "Care Coordinators"], "2026-01", None, "green")
    row("R1.3", "Monthly medication audits to be reported to the Service Manager.", "Care Coordinators",
        "Monthly", "On track", "First report October 2025.", [kq1, req1], ["Care Coordinators"], None, "Monthly",
        "green")
    lines.append(afi1)
    row("AFI1.1", "Set up a six-monthly review schedule on the rostering system, with automatic reminders.",
        "Care Coordinators", "December 2025", "Not started", "", [kq1, afi1], ["Care Coordinators"], "2025-12",
        None, "unrated")
    row("AFI1.2", "Involve unpaid carers in reviews and record their views in the personal plan.",
        "Registered Manager and Carer Support Worker", "March 2026", "Amber", "Template agreed; uptake low to date.",
        [kq1, afi1], ["Registered Manager", "Carer Support Worker"], "2026-03", None, "amber")
    lines.append(kq2)
    lines.append(afi2)
    row("AFI2.1", "Supervision matrix to be reviewed monthly by the Registered Manager.", "Registered Manager",
        "Ongoing", "On track", "", [kq2, afi2], ["Registered Manager"], None, "Ongoing", "green")
    row("AFI2.2", "Train two Senior Support Workers to carry out supervision.", "Service Manager", "Feb 2026",
        "On track", "Training booked for January.", [kq2, afi2], ["Service Manager"], "2026-02", None, "green")
    lines.append("")
    lines.append("Notes: Status key - Complete; On track; Amber = at risk; Not started. The plan is monitored at the "
                 "monthly Quality Assurance meeting and shared with the Care Inspectorate.")
    with open(path(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")
    meta = {
        "source": "Imitates a Scottish care at home provider's improvement plan after a Care Inspectorate "
                  "inspection (Care Inspectorate reports set requirements 'By [date], the provider must…' and "
                  "areas for improvement under key questions such as 'How well do we support people's wellbeing?' "
                  "and 'How good is our staff team?'; 2025). Saved as tab-separated text from the service's "
                  "tracker: three title/information lines, a header line, key-question lines in capitals, each "
                  "requirement or area for improvement on its own line above its actions, refs R1.1 / AFI1.1, two "
                  "posts in one lead cell, 'Monthly' and 'Ongoing' targets, status words and a notes/key line.",
        "reads": "Seven actions under two key questions; each block of actions answers the requirement or area for "
                 "improvement written on the line above it. Leads are posts; status words give the RAG (Complete "
                 "= blue, Not started = unrated).",
        "outcome": "read",
        "title": title,
    }
    write_expected(name, meta, A)
    return name, A


if __name__ == "__main__":
    for fn in (build_copfs, build_nwp, build_hywel, build_pinkie, build_millennium, build_belfast,
               build_crossroads):
        n, a = fn()
        print(n, a if isinstance(a, int) else len(a))
