#!/usr/bin/env python
"""Build the seven zsx- blind test files (set heldout692) and their expected readings.

Run with /work/main/.venv/bin/python zsx_make.py (from any directory).
Only writes files whose names start with "zsx-" in this script's folder.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zsx-")
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


FILL = {
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "dark": "1F3864",
    "pale": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def write_expected(name, meta, actions):
    doc = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title"):
        if k in meta:
            doc[k] = meta[k]
    if meta["outcome"] == "read":
        rows = []
        for a in actions:
            r = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text"):
                r["end_text"] = a["end_text"]
            r["status"] = a["status"]
            rows.append(r)
        doc["actions"] = rows
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------------------
# 1. Utility Regulator (NI) – ARAC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_utility_regulator():
    name = "zsx-utility-regulator-arac-internal-audit-recommendations-tracker.xlsx"
    title = "Utility Regulator – Internal Audit Recommendations Tracker"
    A1 = "2024-25 Audit 2 – Cyber Security Arrangements (Limited assurance; final report 14 February 2025)"
    A2 = "2024-25 Audit 4 – Procurement and Contract Management (Satisfactory assurance; final report 28 March 2025)"
    A3 = "2025-26 Audit 1 – Price Control Monitoring (Limited assurance; final report 19 September 2025)"
    status_fill = {"Implemented": "blue", "On track": "green", "Revised date": "amber", "Overdue": "red"}
    status_rag = {"Implemented": "blue", "On track": "green", "Revised date": "amber", "Overdue": "red"}
    # (ref, rec, priority, action, owner, original, revised, status, update, end, end_text, leads)
    recs = [
        (A1, "2.1",
         "A formal review of privileged and administrator accounts should be undertaken at least quarterly and the outcome documented.",
         1,
         "IT will introduce a quarterly privileged access review, signed off by the Head of IT, with the results reported to the Information Governance Group.",
         "Head of IT", d(2025, 6, 30), None, "Implemented",
         "First two quarterly reviews completed (June and September 2025). Evidence provided to GIAFIS on 14/10/2025.",
         "2025-06", None, ["Head of IT"]),
        (A1, "2.2",
         "A documented and tested cyber incident response plan should be in place, including arrangements for out-of-hours escalation.",
         1,
         "Develop a Cyber Incident Response Plan aligned to the NCSC Cyber Assessment Framework and test it through a desktop exercise with the Senior Management Team.",
         "Head of IT / Director of Corporate Affairs", d(2025, 9, 30), d(2026, 1, 31), "Revised date",
         "Plan approved by SMT on 4 November 2025. Desktop exercise with the NICS Cyber Security Centre scheduled for January 2026.",
         "2026-01", None, ["Head of IT", "Director of Corporate Affairs"]),
        (A1, "2.3",
         "Mandatory cyber security awareness training should be completed by all staff and completion rates monitored.",
         2,
         "Roll out refreshed mandatory cyber security e-learning to all staff and report completion rates to SMT each month.",
         "HR Manager", d(2025, 5, 31), None, "Overdue",
         "Completion at 78%. Line managers asked to follow up with remaining staff; revised date to be agreed at December SMT.",
         "2025-05", None, ["HR Manager"]),
        (A2, "4.1",
         "The contracts register should be complete and should record contract end dates and the responsible contract manager.",
         2,
         "Finance will update the contracts register, adding end dates and named contract managers, and circulate it to budget holders each quarter.",
         "Finance Manager", d(2025, 6, 30), None, "Implemented",
         "Register updated and Q2 circulation completed.",
         "2025-06", None, ["Finance Manager"]),
        (A2, "4.2",
         "Single tender actions and direct award contracts should be reported to the Audit and Risk Assurance Committee.",
         3,
         "Introduce a standing six-monthly report to ARAC listing all single tender actions and direct award contracts.",
         "Chief Operating Officer", d(2025, 9, 30), None, "Implemented",
         "First report presented to ARAC on 18 September 2025.",
         "2025-09", None, ["Chief Operating Officer"]),
        (A2, "4.3",
         "Staff nominated as contract managers should receive training in contract management and supplier performance monitoring.",
         3,
         "Arrange contract management training for all nominated contract managers through Construction and Procurement Delivery (CPD).",
         "Finance Manager", d(2025, 12, 31), None, "On track",
         "Training booked for 9 December 2025.",
         "2025-12", None, ["Finance Manager"]),
        (A3, "1.1",
         "A documented procedure should be in place for monitoring the regulated companies' delivery against price control determinations, including escalation where outputs are at risk.",
         1,
         "Prepare a price control monitoring procedure covering NI Water, NIE Networks and the gas distribution network operators, including an escalation route to the Board.",
         "Director of Networks", d(2026, 3, 31), None, "On track",
         "Draft procedure under review by directorate leads.",
         "2026-03", None, ["Director of Networks"]),
        (A3, "1.2",
         "Data in the annual cost and performance reports should be independently checked, and the check evidenced, before publication.",
         2,
         "Introduce a second-person check of annual cost and performance report data, with sign-off recorded on the publication checklist.",
         "Head of Water; Head of Gas Networks", "Q4 2025-26", None, "On track",
         "Checklist amended; first use on the 2024-25 water cost and performance report.",
         "2026-03", "Q4 2025-26", ["Head of Water", "Head of Gas Networks"]),
        (A3, "1.3",
         "The price control risk register should be reviewed at each Networks Directorate meeting.",
         3,
         "Add review of the price control risk register as a standing item on the Networks Directorate meeting agenda.",
         "Director of Networks", d(2025, 10, 31), None, "Implemented",
         "Standing item since the October 2025 directorate meeting.",
         "2025-10", None, ["Director of Networks"]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Assurance Committee, 11 December 2025 – Agenda item 7 (Paper ARAC 25/34)"
    ws["A3"] = "Position at 30 November 2025"
    ws["A5"] = "Prepared by:"
    ws["B5"] = "Governance and Risk Manager"
    ws["A6"] = "Internal audit provider:"
    ws["B6"] = "Group Internal Audit and Fraud Investigation Service (GIAFIS)"
    ws["A8"] = "Priority ratings"
    ws["A8"].font = Font(bold=True)
    pri = [
        ("Priority 1", "Failure to implement the recommendation is likely to result in a major failure of a key organisational objective, significant damage to the reputation of the organisation or the misuse of public funds."),
        ("Priority 2", "Failure to implement the recommendation could result in the failure of an important organisational objective or could have some impact on a key organisational objective."),
        ("Priority 3", "Failure to implement the recommendation could lead to an increased risk exposure."),
    ]
    for i, (k, v) in enumerate(pri, start=9):
        ws.cell(i, 1, k).border = BOX
        c = ws.cell(i, 2, v)
        c.alignment = WRAP
        c.border = BOX
    ws["A13"] = "Status key"
    ws["A13"].font = Font(bold=True)
    keys = [
        ("Implemented", "Action complete and evidence provided to Internal Audit"),
        ("On track", "Action in progress and expected to be complete by the target date"),
        ("Revised date", "Original target date missed; revised date agreed by SMT"),
        ("Overdue", "Target date passed and no revised date agreed"),
    ]
    for i, (k, v) in enumerate(keys, start=14):
        c = ws.cell(i, 1, k)
        c.fill = fill(status_fill[k])
        c.border = BOX
        ws.cell(i, 2, v).border = BOX
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 110

    # Summary sheet with totals block
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of recommendations by audit – position at 30 November 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Audit", "Assurance", "Priority 1", "Priority 2", "Priority 3", "Total", "Implemented", "Outstanding"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BOX
    summ = [
        ("2024-25 Audit 2 – Cyber Security Arrangements", "Limited", 2, 1, 0),
        ("2024-25 Audit 4 – Procurement and Contract Management", "Satisfactory", 0, 1, 2),
        ("2025-26 Audit 1 – Price Control Monitoring", "Limited", 1, 1, 1),
    ]
    impl = {A1: 0, A2: 0, A3: 0}
    for r in recs:
        if r[8] == "Implemented":
            impl[r[0]] += 1
    impl_list = [impl[A1], impl[A2], impl[A3]]
    for i, (a, asr, p1, p2, p3) in enumerate(summ, start=4):
        tot = p1 + p2 + p3
        vals = [a, asr, p1, p2, p3, tot, impl_list[i - 4], tot - impl_list[i - 4]]
        for j, v in enumerate(vals, start=1):
            sm.cell(i, j, v).border = BOX
    trow = 4 + len(summ)
    sm.cell(trow, 1, "Total").font = Font(bold=True)
    for j, col in enumerate("CDEFGH", start=3):
        c = sm.cell(trow, j, f"=SUM({col}4:{col}{trow - 1})")
        c.font = Font(bold=True)
        c.border = BOX
    sm.column_dimensions["A"].width = 58
    sm.column_dimensions["B"].width = 14

    # Tracker sheet
    tr = wb.create_sheet("Tracker")
    tr["A1"] = title
    tr["A1"].font = Font(bold=True, size=14)
    tr["A2"] = "Position at 30 November 2025"
    head = ["Rec ref", "Finding and recommendation", "Priority", "Management response / agreed action",
            "Action owner", "Original target date", "Revised target date", "Status", "Update (November 2025)"]
    for j, h in enumerate(head, start=1):
        c = tr.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("dark")
        c.alignment = WRAP
        c.border = BOX
    row = 5
    cur = None
    actions = []
    for (aud, ref, rec, p, act, own, orig, rev, st, upd, end, end_text, leads) in recs:
        if aud != cur:
            tr.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
            c = tr.cell(row, 1, aud)
            c.font = Font(bold=True)
            c.fill = fill("grey")
            row += 1
            cur = aud
        vals = [ref, rec, p, act, own, orig, rev, st, upd]
        for j, v in enumerate(vals, start=1):
            c = tr.cell(row, j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        tr.cell(row, 8).fill = fill(status_fill[st])
        actions.append({"ref": ref, "under": [aud, rec], "action": act, "lead": leads,
                        "end": end, "end_text": end_text, "status": status_rag[st]})
        row += 1
    row += 1
    tr.cell(row, 1, "Note: recommendations shown as Implemented will be removed from the tracker once validated by Internal Audit at the next follow-up review.")
    tr.cell(row + 1, 1, "Dates are shown as dd/mm/yyyy. Where a revised target date has been agreed by SMT it replaces the original target date.")
    widths = [9, 48, 9, 52, 26, 14, 14, 14, 48]
    for j, w in enumerate(widths, start=1):
        tr.column_dimensions[chr(64 + j)].width = w
    tr.freeze_panes = "A5"
    wb.active = 2
    wb.save(out(name))

    meta = {
        "source": (
            "Imitates an ARAC paper of a Northern Ireland regulator (the Utility Regulator, 2025) reporting "
            "outstanding internal audit recommendations. Copies NI public-sector practice: Priority 1/2/3 "
            "definitions and Satisfactory/Limited assurance ratings (as in NI Assembly ACARC and GIAFIS reports), a "
            "cover sheet with keys, a summary sheet with a totals row (cf. North Devon Council's Audit "
            "Recommendation Tracker tables, democracy.northdevon.gov.uk), and a tracker sheet with merged audit-title "
            "rows above recommendations, original and revised target dates and a fill-coloured status column "
            "(cf. Cairngorms NPA internal audit follow-up 'Recommendation Status', cairngorms.co.uk)."
        ),
        "reads": (
            "A three-sheet workbook: a cover with priority and status keys, a summary by audit with totals, and "
            "the tracker. On the tracker, each audit is a merged grey heading row; under it each recommendation "
            "row gives the recommendation, the agreed management action, its owner, original and revised target "
            "dates and a status word whose colour the key defines (Implemented = blue, Revised date = amber)."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Heylo Housing – strategic risk register (xlsx, fill-colour action RAG)
# ---------------------------------------------------------------------------
def make_heylo():
    name = "zsx-heylo-housing-strategic-risk-register-2025-26.xlsx"
    title = "Heylo Housing Registered Provider Limited – Strategic Risk Register 2025/26"
    O1 = "Objective 1: Financially strong and well governed"
    O2 = "Objective 2: Safe homes and fair treatment of customers"
    O3 = "Objective 3: Data, systems and people"
    R1 = "SR1 – Shared ownership first tranche sales and staircasing receipts fall below business plan assumptions, reducing covenant headroom"
    R2 = "SR2 – Governance and assurance arrangements do not meet the Regulator of Social Housing's Governance and Financial Viability Standard"
    R3 = "SR3 – Failure to meet building safety obligations across blocks where Heylo is the accountable person or relies on managing agents"
    R4 = "SR4 – Service charges are not transparent or accurately calculated, leading to complaints, Housing Ombudsman findings and customer detriment"
    R5 = "SR5 – Loss or compromise of customer data through a cyber incident or a third-party supplier"
    risks = [
        (O1, R1, "4 x 5 = 20", "3 x 4 = 12", "8", "↔", "Risk owner: Chief Financial Officer", [
            ("SR1.1", "Re-run business plan stress tests combining a sales slowdown with a 100 basis point interest rate rise and report the results to Board",
             "Chief Financial Officer", d(2025, 12, 1), "mmm yyyy", "green",
             "Scenario modelling under way with treasury advisers.", ["Chief Financial Officer"], "2025-12", None),
            ("SR1.2", "Agree revised covenant definitions with lenders as part of the 2026 refinancing",
             "Chief Financial Officer; Treasury Manager", d(2026, 3, 1), "mmm yyyy", "amber",
             "Lender discussions slower than planned; term sheet now expected in January.",
             ["Chief Financial Officer", "Treasury Manager"], "2026-03", None),
        ]),
        (O1, R2, "3 x 5 = 15", "2 x 5 = 10", "5", "↓", "Risk owner: Chief Executive", [
            ("SR2.1", "Complete an independent governance effectiveness review against the NHF Code of Governance 2020",
             "Company Secretary", d(2025, 9, 1), "mmm yyyy", "blue",
             "External review reported to Board in September 2025; resulting action plan adopted.",
             ["Company Secretary"], "2025-09", None),
            ("SR2.2", "Implement an assurance map showing the three lines of assurance for each regulatory standard",
             "Head of Risk and Assurance", d(2026, 1, 1), "mmm yyyy", "green",
             "Draft map presented to Audit & Risk Committee; consumer standards section to follow.",
             ["Head of Risk and Assurance"], "2026-01", None),
        ]),
        (O2, R3, "4 x 5 = 20", "3 x 5 = 15", "10", "↑", "Risk owner: Director of Property", [
            ("SR3.1", "Complete fire risk assessments for all buildings where Heylo is the accountable person",
             "Head of Building Safety", d(2025, 10, 1), "mmm yyyy", "red",
             "87% complete. Managing agent delays at 11 blocks escalated to agents' directors.",
             ["Head of Building Safety"], "2025-10", None),
            ("SR3.2", "Agree data-sharing arrangements with managing agents so that current building safety information is held for every block",
             "Head of Building Safety / Head of Customer Services", d(2026, 3, 1), "mmm yyyy", "green",
             "Template data-sharing agreement issued to the five largest managing agents.",
             ["Head of Building Safety", "Head of Customer Services"], "2026-03", None),
        ]),
        (O2, R4, "4 x 4 = 16", "3 x 3 = 9", "6", "↓", "Risk owner: Director of Customer Services", [
            ("SR4.1", "Issue 2024/25 service charge actual statements to all customers within six months of the year end",
             "Director of Customer Services", d(2025, 9, 1), "mmm yyyy", "blue",
             "All statements issued by 26 September 2025.",
             ["Director of Customer Services"], "2025-09", None),
            ("SR4.2", "Carry out a quarterly quality check of service charge budgets received from managing agents",
             "Service Charge Manager", "Ongoing", None, "green",
             "Q2 check completed; 14 budgets queried with agents.",
             ["Service Charge Manager"], None, "Ongoing"),
        ]),
        (O3, R5, "4 x 4 = 16", "3 x 4 = 12", "8", "↔", "Risk owner: Chief Operating Officer", [
            ("SR5.1", "Achieve Cyber Essentials Plus certification",
             "Head of IT", "Q4 2025/26", None, "amber",
             "Assessment booked for February 2026; remediation of three findings from the pre-assessment under way.",
             ["Head of IT"], "2026-03", "Q4 2025/26"),
        ]),
    ]

    wb = Workbook()
    dash = wb.active
    dash.title = "Dashboard"
    dash["A1"] = "Strategic risk dashboard – November 2025"
    dash["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Risk", "Residual score", "Target score", "Trend since last review"], start=1):
        c = dash.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BOX
    for i, r in enumerate(risks, start=4):
        vals = [r[1], r[3].split("= ")[1], r[4], r[5]]
        for j, v in enumerate(vals, start=1):
            dash.cell(i, j, v).border = BOX
    dash.column_dimensions["A"].width = 120
    dash.column_dimensions["B"].width = 15
    dash.column_dimensions["C"].width = 13
    dash.column_dimensions["D"].width = 22

    ws = wb.create_sheet("Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit & Risk Committee – 20 November 2025 | Version 3.2 | Register owner: Company Secretary"
    ws["A4"] = "Action RAG key (cell colour):"
    for j, (lab, col) in enumerate([("Complete", "blue"), ("On track", "green"), ("At risk of slipping", "amber"), ("Off track / overdue", "red")], start=2):
        c = ws.cell(4, j, lab)
        c.fill = fill(col)
        c.border = BOX
    head = ["Ref", "Risk / further action required", "Action owner", "Inherent (L x I)", "Residual (L x I)",
            "Target", "Trend", "Due", "RAG", "Progress update"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("dark")
        c.alignment = WRAP
        c.border = BOX
    row = 7
    cur = None
    actions = []
    for (obj, risk, inh, res, tgt, trend, owner, acts) in risks:
        if obj != cur:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
            c = ws.cell(row, 1, obj)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("1F4E78")
            row += 1
            cur = obj
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        c = ws.cell(row, 1, risk)
        c.font = Font(bold=True)
        c.alignment = WRAP
        for j, v in zip((4, 5, 6, 7), (inh, res, tgt, trend)):
            ws.cell(row, j, v).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row, 10, owner)
        for j in range(1, 11):
            ws.cell(row, j).fill = fill("pale")
            ws.cell(row, j).border = BOX
        ws.row_dimensions[row].height = 32
        row += 1
        for (ref, act, own, due, fmt, rag, upd, leads, end, end_text) in acts:
            ws.cell(row, 1, ref)
            ws.cell(row, 2, act)
            ws.cell(row, 3, own)
            c = ws.cell(row, 8, due)
            if fmt:
                c.number_format = fmt
            ws.cell(row, 9).fill = fill(rag)  # colour only, no text
            ws.cell(row, 10, upd)
            for j in range(1, 11):
                ws.cell(row, j).alignment = WRAP
                ws.cell(row, j).border = BOX
            actions.append({"ref": ref, "under": [obj, risk], "action": act, "lead": leads,
                            "end": end, "end_text": end_text, "status": rag})
            row += 1
    row += 1
    ws.cell(row, 1, "Scoring: likelihood (L) and impact (I) each scored 1–5. Target score reflects the Board's risk appetite for the risk.")
    ws.cell(row + 1, 1, "Trend: ↑ increasing, ↔ stable, ↓ decreasing since the last Audit & Risk Committee review.")
    widths = [8, 60, 28, 13, 13, 8, 7, 11, 7, 50]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    wb.save(out(name))

    meta = {
        "source": (
            "Imitates a for-profit registered provider's strategic risk register as reported to its Audit & Risk "
            "Committee (Heylo Housing, 2025/26). Layout follows housing-association risk frameworks (Progress Housing "
            "Group risk strategy 'Appendix B – Risk register layout', HAIAF practical guide sample register; "
            "paperzz.com, docslib.org): strategic objective bands, each risk with inherent/residual/target scores, "
            "trend arrow and risk owner, then numbered further actions with owner, due date, a RAG shown only by cell "
            "colour (key at the top) and a progress update. A dashboard sheet precedes the register."
        ),
        "reads": (
            "Two sheets: a dashboard of residual scores and the register. In the register each strategic objective is "
            "a dark merged band, each risk a pale merged row with scores and its owner, and the numbered SRn.n rows "
            "beneath are the further actions, with owners, due months and an uncaptioned coloured RAG cell read by the "
            "key (blue complete, green on track, amber at risk, red off track)."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. National Museums Scotland – programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def make_nms():
    name = "zsx-national-museums-scotland-collections-facility-programme-highlight-report.xlsx"
    title = "National Museums Scotland – National Collections Facility Programme Highlight Report"
    W1 = "WS1 Design and construction"
    W2 = "WS2 Collections move and decant"
    W3 = "WS3 Digital and collections information"
    W4 = "WS4 Funding, governance and engagement"
    rag_fill = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}
    rag_read = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}
    ms = [
        (W1, "1.1", "Complete RIBA Stage 4 technical design and submit the building warrant application",
         "Estates Programme Lead", d(2025, 9, 1), d(2025, 12, 1), "A", "A",
         "Submission delayed by the revised fire engineering strategy. Pre-application meeting with City of Edinburgh Council building standards held 21 October.",
         ["Estates Programme Lead"], "2025-12", None),
        (W1, "1.2", "Issue the main works tender through Public Contracts Scotland",
         "Head of Estates; Procurement Manager", d(2026, 1, 1), d(2026, 1, 1), "G", "G",
         "Tender documents in preparation with the cost consultant.",
         ["Head of Estates", "Procurement Manager"], "2026-01", None),
        (W1, "1.3", "Agree the enabling works programme for site clearance at West Granton Road",
         "Estates Programme Lead", d(2025, 8, 1), d(2025, 8, 1), "G", "Complete",
         "Programme agreed and enabling contractor mobilised.",
         ["Estates Programme Lead"], "2025-08", None),
        (W2, "2.1", "Complete the collections audit and packing specification for the natural sciences spirit collection",
         "Head of Collections Services", d(2025, 11, 1), d(2026, 2, 1), "G", "A",
         "Audit 70% complete; additional conservation time needed for fragile type specimens.",
         ["Head of Collections Services"], "2026-02", None),
        (W2, "2.2", "Agree the decant sequence with National Galleries of Scotland and Historic Environment Scotland for shared areas of the Granton site",
         "Programme Manager", d(2025, 10, 1), d(2025, 10, 1), "A", "Complete",
         "Sequence agreed at the tri-partner site group on 16 October.",
         ["Programme Manager"], "2025-10", None),
        (W3, "3.1", "Specify environmental monitoring and building management system integration requirements",
         "Head of Digital", d(2025, 12, 1), d(2026, 3, 1), "G", "R",
         "Supplier engagement paused until the capital allocation for 2026-27 is confirmed.",
         ["Head of Digital"], "2026-03", None),
        (W3, "3.2", "Update collections management system location records for all objects to be moved in phase 1",
         "Collections Information Manager", d(2026, 6, 1), d(2026, 6, 1), "G", "G",
         "Data cleansing of location records 45% complete.",
         ["Collections Information Manager"], "2026-06", None),
        (W4, "4.1", "Submit the Full Business Case to the Scottish Government sponsor division for approval",
         "Director of Finance and Resources", d(2025, 12, 1), d(2026, 3, 1), "A", "R",
         "Capital budget for 2026-27 not yet confirmed. FBC timeline re-baselined, subject to Programme Board agreement.",
         ["Director of Finance and Resources"], "2026-03", None),
        (W4, "4.2", "Hold community engagement sessions with Granton residents and local arts organisations",
         "Head of Learning and Engagement", "Quarterly", "Quarterly", "G", "G",
         "Third session held at Granton Hub on 8 October.",
         ["Head of Learning and Engagement"], None, "Quarterly"),
        (W4, "4.3", "Present the benefits realisation plan to the Board of Trustees",
         "Programme Manager", d(2026, 2, 1), d(2026, 2, 1), "G", "G",
         "Benefits workshop with collections and learning teams held.",
         ["Programme Manager"], "2026-02", None),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws.merge_cells("A1:H1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("dark")
    info = [
        ("Reporting period", "1–31 October 2025"),
        ("Report to", "NCF Programme Board, 12 November 2025"),
        ("Senior Responsible Owner", "Director of Collections"),
        ("Programme Manager", "Ruth Galbraith"),
        ("Report version", "v1.0 FINAL"),
    ]
    for i, (k, v) in enumerate(info, start=3):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
        ws.cell(i, 2, v)
    # status summary (last period / this period)
    ws.cell(3, 6, "Status summary").font = Font(bold=True)
    for j, h in enumerate(["Dimension", "Last period", "This period"], start=6):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BOX
    dims = [("Overall", "A", "A"), ("Time", "A", "A"), ("Cost", "G", "A"), ("Scope", "G", "G"), ("Risk", "A", "A")]
    for i, (k, a, b) in enumerate(dims, start=5):
        ws.cell(i, 6, k).border = BOX
        for j, v in ((7, a), (8, b)):
            c = ws.cell(i, j, v)
            c.fill = fill(rag_fill[v])
            c.border = BOX
            c.alignment = Alignment(horizontal="center")
    ws.cell(11, 1, "Summary").font = Font(bold=True)
    ws.merge_cells("A12:H12")
    ws["A12"] = ("Enabling works are under way and the decant sequence with partner bodies has been agreed. "
                 "Overall status remains amber: the building warrant submission has moved to December and the Full "
                 "Business Case cannot be finalised until the 2026-27 capital allocation is confirmed. The Programme "
                 "Board is asked to agree the re-baselined FBC timeline.")
    ws["A12"].alignment = WRAP
    ws.row_dimensions[12].height = 62

    ws.cell(14, 1, "Milestones and key actions").font = Font(bold=True, size=12)
    head = ["Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date", "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(15, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("dark")
        c.alignment = WRAP
        c.border = BOX
    row = 16
    cur = None
    actions = []
    for (wsn, ref, act, lead, base, fc, prev, curr, com, leads, end, end_text) in ms:
        if wsn != cur:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            c = ws.cell(row, 1, wsn)
            c.font = Font(bold=True)
            c.fill = fill("grey")
            row += 1
            cur = wsn
        vals = [ref, act, lead, base, fc, prev, curr, com]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row, j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        ws.cell(row, 6).fill = fill(rag_fill[prev])
        ws.cell(row, 7).fill = fill(rag_fill[curr])
        actions.append({"ref": ref, "under": [wsn], "action": act, "lead": leads, "end": end,
                        "end_text": end_text, "status": rag_read[curr]})
        row += 1
    row += 1
    ws.cell(row, 1, "RAG: G = on track; A = at risk, recovery plan in place; R = off track, Board intervention needed; Complete = milestone achieved.")
    ws.cell(row + 1, 1, "Forecast date is the current forecast; baseline dates are those approved in the Outline Business Case (March 2025).")
    widths = [7, 52, 26, 12, 12, 11, 11, 52]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w

    rk = wb.create_sheet("Risks & Issues")
    rk["A1"] = "Top programme risks and issues – October 2025"
    rk["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["ID", "Type", "Description", "Score (L x I)", "Trend"], start=1):
        c = rk.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BOX
    rr = [
        ("R03", "Risk", "Construction inflation exceeds the allowance in the Outline Business Case", "4 x 4 = 16", "↑"),
        ("R07", "Risk", "Collections move resources are diverted to exhibition programme peaks", "3 x 3 = 9", "↔"),
        ("I02", "Issue", "2026-27 capital allocation not yet confirmed by Scottish Government", "n/a", "↑"),
    ]
    for i, r in enumerate(rr, start=4):
        for j, v in enumerate(r, start=1):
            rk.cell(i, j, v).border = BOX
    rk.column_dimensions["C"].width = 80
    rk.column_dimensions["D"].width = 14
    wb.save(out(name))

    meta = {
        "source": (
            "Imitates a monthly programme highlight report of a Scottish national public body (National Museums "
            "Scotland, National Collections Facility at Granton, 2025; project background from hoskinsarchitects.com "
            "and museumsassociation.org). Copies the PRINCE2/Scottish public-sector highlight report pattern "
            "(docest.com highlight report template; projectoolkit.com programme reporting): header block with SRO and "
            "reporting period, last-period/this-period RAG by dimension, a narrative summary, a milestones table "
            "grouped by workstream with baseline and forecast dates and previous/current RAG, and a separate risks "
            "and issues sheet."
        ),
        "reads": (
            "A one-page highlight report: header details, a small RAG status summary, a summary paragraph, then a "
            "milestones and key actions table with merged workstream rows; each numbered row is a milestone/action "
            "with a lead, baseline and forecast (revised) dates and previous and current RAG. A second sheet lists "
            "top risks and issues, which are not actions."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


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
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------------------
# 4. Keep Britain Tidy – Board of Trustees rolling action log (docx)
# ---------------------------------------------------------------------------
def make_kbt():
    name = "zsx-keep-britain-tidy-board-of-trustees-action-log.docx"
    title = "Keep Britain Tidy – Board of Trustees Rolling Action Log"
    M1 = "Actions from the Board meeting of 26 June 2025"
    M2 = "Actions from the Board meeting of 25 September 2025"
    st_read = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Overdue": "red", "Not started": "unrated"}
    st_fill = {"Complete": "9DC3E6", "On track": "A9D08E", "Delayed": "FFD966", "Overdue": "FF7C80", "Not started": "FFFFFF"}
    meetings = [
        (M1, [
            ("B25/17", "25/31 Strategy 2030",
             "Circulate the final Strategy 2030 impact framework, including the proposed litter and fly-tipping outcome measures, to trustees for comment",
             "CEO", "Sep 2025", "Complete", "Circulated 4 September; trustees' comments incorporated.",
             ["CEO"], "2025-09"),
            ("B25/18", "25/33 Finance report",
             "Bring a review of the reserves policy to the Finance, Audit and Risk Committee, setting out the target range for free reserves",
             "Director of Finance & Resources", "Oct 2025", "Complete", "Considered by FARC on 14 October; recommended to Board (item 6).",
             ["Director of Finance & Resources"], "2025-10"),
            ("B25/19", "25/34 Eco-Schools",
             "Report on Eco-Schools England registrations for 2025/26 and the effect of the new registration fee",
             "Director of Programmes", "Dec 2025", "On track", "On the agenda for 11 December (item 8).",
             ["Director of Programmes"], "2025-12"),
            ("B25/20", "25/36 Safeguarding",
             "Arrange refresher safeguarding training for all trustees",
             "Company Secretary / Chair", "Nov 2025\nRevised: Feb 2026", "Delayed",
             "Moved to align with the trustee away day in February.",
             ["Company Secretary", "Chair"], "2026-02"),
        ]),
        (M2, [
            ("B25/31", "25/52 Chief Executive's report",
             "Write to Defra setting out the charity's position on the timetable for the deposit return scheme and packaging extended producer responsibility",
             "Chair; CEO", "Oct 2025", "Complete", "Letter sent 10 October; response awaited.",
             ["Chair", "CEO"], "2025-10"),
            ("B25/32", "25/54 Risk register",
             "Add a specific risk to the strategic risk register on the end of CleanStreets funding and its effect on the smoking-related litter programme",
             "Director of Finance & Resources", "Dec 2025", "On track", "Draft risk wording to FARC on 2 December.",
             ["Director of Finance & Resources"], "2025-12"),
            ("B25/33", "25/55 Green Flag Award",
             "Commission an independent review of the Green Flag Award judging model.\nTerms of reference to be agreed by the Chair of the Programmes Committee before the review is commissioned.",
             "Director of Programmes", "Mar 2026", "On track", "Draft terms of reference prepared.",
             ["Director of Programmes"], "2026-03"),
            ("B25/34", "25/57 Trustee recruitment",
             "Launch recruitment for two trustees with digital and local government experience, using an external search agency",
             "Chair of Nominations Committee", "Jan 2026", "Not started", "Agency briefing planned for early January.",
             ["Chair of Nominations Committee"], "2026-01"),
            ("B25/35", "25/58 Any other business",
             "Confirm the dates of the 2026 Board and committee meeting cycle",
             "Company Secretary", "Oct 2025", "Overdue", "Awaiting confirmation of two committee chairs' availability.",
             ["Company Secretary"], "2025-10"),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Paper B25/52 – for the meeting on 11 December 2025. Prepared by the Company Secretary.")
    doc.add_paragraph("Status key: Complete (blue) – action completed and to be removed from the log once noted; "
                      "On track (green); Delayed (amber) – revised date proposed; Overdue (red); Not started.")
    actions = []
    heads = ["No.", "Minute", "Action", "Lead", "Due", "Status", "Update"]
    for (mh, rows) in meetings:
        doc.add_heading(mh, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "BDD7EE")
        for (no, minute, act, lead, due, stat, upd, leads, end) in rows:
            cells = t.add_row().cells
            for j, v in enumerate([no, minute, act, lead, due, stat, upd]):
                set_cell(cells[j], v)
            shade(cells[5], st_fill[stat])
            actions.append({"ref": no, "under": [mh], "action": act, "lead": leads, "end": end,
                            "end_text": None, "status": st_read[stat]})
        doc.add_paragraph("")
    doc.add_paragraph("Note: the log records open actions and those completed since the last meeting. "
                      "Matters arising that are covered elsewhere on the agenda are shown with the relevant item number.")
    doc.save(out(name))

    meta = {
        "source": (
            "Imitates a national environmental charity's board rolling action log (Keep Britain Tidy, 2025; "
            "programmes such as Eco-Schools, Green Flag Award and the CleanStreets-funded smoking-related litter work "
            "per civilsociety.co.uk). Layout follows charity board practice of a 'schedule of actions' kept as a "
            "matters-arising paper (Canal & River Trust board minutes, readkong.com; charityexcellence.co.uk agenda "
            "template): a paper reference line, a status key with colours, one table per meeting under a heading, "
            "action numbers with minute references, lead, due month (one with a revised date in the same cell), "
            "shaded status and update."
        ),
        "reads": (
            "A short Word paper: title, paper reference, a status key, then two tables, one per Board meeting, each "
            "headed 'Actions from the Board meeting of ...'. Each row is an action numbered B25/nn with its minute "
            "reference, lead (posts, sometimes two), due month and a status word coloured per the key."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Alexandra Park and Palace Charitable Trust – Charity Commission action plan (docx)
# ---------------------------------------------------------------------------
def make_appct():
    name = "zsx-alexandra-park-and-palace-charitable-trust-charity-commission-action-plan.docx"
    title = "Alexandra Park and Palace Charitable Trust – Charity Commission Action Plan"
    rag_read = {"G": "green", "A": "amber", "R": "red", "C": "blue", "": "unrated"}
    rag_fill = {"G": "A9D08E", "A": "FFD966", "R": "FF7C80", "C": "9DC3E6", "": "FFFFFF"}
    S1 = "1. Managing conflicts of interest"
    F1 = ("The Commission found that conflicts of interest arising from the Council's dual role as trustee and local "
          "authority were not consistently identified and recorded in Board papers and minutes.")
    S2 = "2. Separation of decision-making"
    F2 = ("The Commission found that some decisions affecting the charity's land were taken through Council processes "
          "without a clear record that the trustee had considered the charity's interests separately.")
    S3 = "3. Financial oversight and reserves"
    F3 = ("The Commission asked the trustee to ensure that the charity's reserves policy and the Council's annual "
          "funding are clearly explained in the trustee's annual report.")
    S4 = "4. Reporting to the Commission"
    F4 = "The Commission asked to be kept informed of progress against this action plan until it is complete."
    sections = [
        (S1, F1, [
            ("1.1", "Adopt a conflicts of interest policy specific to the Council's role as corporate trustee, approved by the Board and shared with the Commission",
             "Chief Executive; Clerk to the Board", "Sep 2025", "C", "Policy approved by the Board on 16 September 2025 and sent to the Commission.",
             ["Chief Executive", "Clerk to the Board"], "2025-09", None),
            ("1.2", "Record declarations of interest as a standing item at every Board and Advisory Committee meeting and publish them with the minutes",
             "Clerk to the Board", "Jul 2025", "C", "In place from the July 2025 Board.",
             ["Clerk to the Board"], "2025-07", None),
            ("1.3", "Provide training for all Board members on charity law and their duty to act in the charity's best interests",
             "Clerk to the Board", "Dec 2025", "G", "Session with the charity's solicitors booked for 3 December.",
             ["Clerk to the Board"], "2025-12", None),
        ]),
        (S2, F2, [
            ("2.1", "Revise the scheme of delegation so that all decisions on the charity's land and buildings are reserved to the Board or expressly delegated by it",
             "Chief Executive", "Jan 2026", "A", "Original target October 2025; moved to allow consultation with the Statutory Advisory Committee.",
             ["Chief Executive"], "2026-01", None),
            ("2.2", "Obtain independent legal advice before any transaction between the charity and the Council, and minute how the advice was considered",
             "Clerk to the Board", "Ongoing", "G", "Applied to the licence renewal considered in October 2025.",
             ["Clerk to the Board"], None, "Ongoing"),
        ]),
        (S3, F3, [
            ("3.1", "Review and approve a reserves policy setting a target level of unrestricted reserves",
             "Finance Director", "Mar 2026", "G", "Draft policy to the Finance Sub-Committee in February.",
             ["Finance Director"], "2026-03", None),
            ("3.2", "Explain the Council's funding and all related party transactions in the 2024/25 trustee's annual report and accounts",
             "Finance Director / Chief Executive", "Jan 2026", "G", "Draft annual report with auditors.",
             ["Finance Director", "Chief Executive"], "2026-01", None),
        ]),
        (S4, F4, [
            ("4.1", "Send a progress report on this action plan to the Charity Commission every six months",
             "Chief Executive", "Six-monthly", "G", "First report sent October 2025.",
             ["Chief Executive"], None, "Six-monthly"),
            ("4.2", "Confirm to the Commission that the revised governance arrangements have been adopted",
             "Chair of the Board", "Apr 2026", "", "",
             ["Chair of the Board"], "2026-04", None),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Response to the Commission's letter of 7 April 2025 concluding its regulatory compliance case")
    doc.add_heading("Document control", level=2)
    dc = [("Version", "1.3"), ("Status", "Approved by the Alexandra Palace and Park Board, 15 July 2025; progress updated for the Board, 18 November 2025"),
          ("Owner", "Chief Executive"), ("Review", "Quarterly by the Board; six-monthly report to the Charity Commission")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in dc:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "D9D9D9")
        set_cell(cells[1], v)
    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "The charity's sole trustee is the London Borough of Haringey, acting through the Alexandra Palace and Park "
        "Board. Following its regulatory compliance case the Charity Commission identified areas in which the trustee "
        "should strengthen its governance. This plan sets out the actions the trustee has agreed, who leads each one "
        "and when it will be complete. Progress is shown as at November 2025.")
    p = doc.add_paragraph("Progress key: G – on track; A – at risk or date revised; R – off track; C – complete. "
                          "No rating is shown for actions not yet started.")
    p.runs[0].italic = True
    heads = ["Ref", "Action", "Lead", "Target date", "RAG", "Progress at November 2025"]
    actions = []
    for (sh, finding, rows) in sections:
        doc.add_heading(sh, level=2)
        fp = doc.add_paragraph(finding)
        fp.runs[0].bold = True
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "1F3864")
            for r in t.rows[0].cells[j].paragraphs[0].runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for (ref, act, lead, tgt, rag, prog, leads, end, end_text) in rows:
            cells = t.add_row().cells
            for j, v in enumerate([ref, act, lead, tgt, rag, prog]):
                set_cell(cells[j], v)
            cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            shade(cells[4], rag_fill[rag])
            actions.append({"ref": ref, "under": [sh, finding], "action": act, "lead": leads, "end": end,
                            "end_text": end_text, "status": rag_read[rag]})
    doc.add_heading("Approval", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Approved by", "Meeting", "Date"]):
        set_cell(t.rows[0].cells[j], h, bold=True)
    for j, v in enumerate(["Alexandra Palace and Park Board (for the trustee)", "Board meeting, item 9", "15 July 2025"]):
        set_cell(t.rows[1].cells[j], v)
    doc.save(out(name))

    meta = {
        "source": (
            "Imitates a charity's action plan agreed with the Charity Commission after a regulatory compliance case "
            "(Alexandra Park and Palace Charitable Trust, whose sole trustee is a council, 2025). The Commission's "
            "practice of agreeing and monitoring action plans is described on gov.uk ('Where we take enforcement "
            "action') and in regulatory-case commentary (russell-cooke.co.uk, stoneking.co.uk: conflicts of interest, "
            "decision-making, financial controls). Copies a Word layout with document-control table, introduction, "
            "progress key with letters (C = complete), one numbered section per Commission finding with the finding "
            "in bold above its own actions table, and a closing approval table."
        ),
        "reads": (
            "A Word action plan: title, document control, an introduction and a RAG key, then four numbered sections, "
            "each with the Commission's finding as a bold sentence and a table of numbered actions (lead, target date, "
            "RAG letter, progress). Document-control and approval tables hold no actions."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Beverley Town Council – internal audit action list, SharePoint CSV export (refuse)
# ---------------------------------------------------------------------------
def make_beverley():
    name = "zsx-beverley-town-council-internal-audit-action-plan-sharepoint-export-typo-month-refuse.csv"
    header = ["Title", "Area", "Internal audit finding", "Agreed action", "Responsible officer", "Target date",
              "Status", "Progress notes", "Modified", "Modified By", "Item Type", "Path"]
    path = "sites/BeverleyTownCouncil/Lists/Internal Audit Actions"
    rows = [
        ["IA2425-01", "Governance", "Financial Regulations were last reviewed in 2019 and do not reflect the 2024 NALC model.",
         "Review Financial Regulations against the NALC 2024 model and present to Full Council for adoption",
         "Town Clerk", "Sept 2025", "Complete", "Adopted by Full Council 22/09/2025 (minute 25/118).",
         "23/09/2025 09:41", "Beverley Town Clerk", "Item", path],
        ["IA2425-02", "Governance", "Standing Orders do not reflect the NALC 2025 model standing orders.",
         "Update Standing Orders using the 2025 NALC model and take to Policy & Resources Committee",
         "Town Clerk", "Dec 2025", "In progress", "Draft with P&R Chair.",
         "14/11/2025 15:02", "Beverley Town Clerk", "Item", path],
        ["IA2425-03", "Finance", "Bank reconciliations were not signed by a councillor in three months of the year.",
         "Bank reconciliations to be reviewed and signed monthly by a member of the Finance Committee",
         "RFO / Chair of Finance", "Jul 2025", "Complete", "Monthly sign-off in place since June.",
         "02/07/2025 11:15", "Responsible Financial Officer", "Item", path],
        ["IA2425-04", "Finance", "The asset register had not been reconciled to the insurance schedule.",
         "Reconcile the fixed asset register to the insurance schedule and report to Finance Committee",
         "RFO", "Febuary 2026", "Not started", "Scheduled after the budget round.",
         "14/11/2025 15:05", "Responsible Financial Officer", "Item", path],
        ["IA2425-05", "Transparency", "The website does not publish all items required by the Transparency Code.",
         "Publish the missing Transparency Code items (payments over £500 and the list of land and building assets)",
         "Deputy Town Clerk", "Oct 2025", "Complete", "Published 17/10/2025.",
         "17/10/2025 16:20", "Deputy Town Clerk", "Item", path],
        ["IA2425-06", "Risk management", "The risk register has not been reviewed by Council within the year.",
         "Present the reviewed risk register to Full Council for approval annually",
         "Town Clerk", "Mar 2026", "In progress", "",
         "14/11/2025 15:07", "Beverley Town Clerk", "Item", path],
        ["IA2425-07", "Payroll", "Changes to staff pay were not independently authorised.",
         "Introduce a payroll change form authorised by the Chair of Staffing before any change is processed",
         "RFO", "Nov 2025", "In progress", "Form drafted.",
         "10/11/2025 10:48", "Responsible Financial Officer", "Item", path],
    ]
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)
    # line numbers: header = 1, IA2425-01 = 2, ... IA2425-04 = 5
    typo_line = 1 + 1 + [r[0] for r in rows].index("IA2425-04")
    meta = {
        "source": (
            "Imitates a town council's internal audit (AGAR) action list kept as a SharePoint list and exported to "
            "CSV (Beverley Town Council, 2024/25 internal audit, exported November 2025). Copies the SharePoint "
            "export shape (Title column used as the ref, trailing Modified, Modified By, Item Type and Path columns) "
            "and the town-council internal audit content seen in AGAR/internal audit action reports (e.g. North "
            "Devon audit recommendation tracker refs, Patchway TC internal audit note; NALC model financial "
            "regulations and standing orders). The list's Target date is a free-text column."
        ),
        "reads": (
            "A plain SharePoint CSV export, header then one row per internal audit action with area, finding, agreed "
            "action, responsible officer, target date and status. The target date of IA2425-04 reads 'Febuary 2026', "
            "a mistyped month, so a careful reader stops and asks before reading the list."
        ),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_line,
    }
    write_expected(name, meta, [])
    return name, len(rows)


# ---------------------------------------------------------------------------
# 7. Forth Ports (Grangemouth) – HSE improvement notices corrective action tracker (txt)
# ---------------------------------------------------------------------------
def make_forth():
    name = "zsx-forth-ports-grangemouth-hse-improvement-notices-action-tracker.txt"
    title = "Forth Ports Limited – Port of Grangemouth: HSE Improvement Notices Corrective Action Tracker"
    N1 = ("Improvement Notice 1 – Workplace transport: segregation of pedestrians and vehicles, container terminal "
          "(served 14/07/2025, compliance date 29/09/2025)")
    N2 = ("Improvement Notice 2 – LOLER 1998 regulation 8: planning of lifting operations, general cargo quay "
          "(served 04/09/2025, compliance date 31/12/2025)")
    N3 = ("Improvement Notice 3 – Management of Health and Safety at Work Regulations 1999 regulation 3: risk assessment "
          "for work on vessel hatch covers (served 22/09/2025, compliance date 15/12/2025)")
    rag_read = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    notices = [
        (N1, [
            ("IN1-01", "Install fixed barriers separating the pedestrian route from the straddle carrier lanes between Gate 2 and the reefer stack",
             "Terminal Manager", "29/09/2025", "", "B", "Barriers installed 19/09/2025; seen by HSE inspector 02/10/2025.",
             ["Terminal Manager"], "2025-09"),
            ("IN1-02", "Create two controlled pedestrian crossing points with interlocked gates and revise the terminal traffic management plan",
             "Terminal Manager / Port Engineering Manager", "29/09/2025", "31/10/2025", "B",
             "HSE agreed extension to 31/10/2025. Gates commissioned 27/10/2025.",
             ["Terminal Manager", "Port Engineering Manager"], "2025-10"),
            ("IN1-03", "Brief all hauliers and port users on the new layout through the gate induction and issue the updated site rules",
             "SHEQ Manager", "29/09/2025", "", "B", "Induction updated; 412 drivers briefed to date.",
             ["SHEQ Manager"], "2025-09"),
        ]),
        (N2, [
            ("IN2-01", "Prepare written lift plans for all non-routine lifts at the general cargo quay, approved by an appointed person",
             "Kerr, David", "31/10/2025", "", "G", "Lift plan template issued; 9 plans approved.",
             ["Kerr, David"], "2025-10"),
            ("IN2-02", "Train four additional appointed persons for lifting operations to the CPA Appointed Person standard",
             "Port Operations Manager", "30/11/2025", "31/12/2025", "A", "Two places confirmed on the December course; two awaiting dates.",
             ["Port Operations Manager"], "2025-12"),
            ("IN2-03", "Carry out a documented review of all lifting accessories on the general cargo quay and quarantine any without a current thorough examination record.\nResults to be reported to the Port Health and Safety Committee.",
             "Port Engineering Manager", "30/11/2025", "", "R", "Review 60% complete; examination contractor availability.",
             ["Port Engineering Manager"], "2025-11"),
        ]),
        (N3, [
            ("IN3-01", "Complete a suitable and sufficient risk assessment for access to and work on hatch covers during loading and discharge",
             "SHEQ Manager", "14/11/2025", "", "G", "Draft risk assessment out for consultation with stevedores' safety reps.",
             ["SHEQ Manager"], "2025-11"),
            ("IN3-02", "Provide edge protection or a fall restraint system for work on hatch covers and brief stevedores on its use",
             "Stevedoring Superintendent; SHEQ Manager", "15/12/2025", "", "G", "Portable fall restraint system on order.",
             ["Stevedoring Superintendent", "SHEQ Manager"], "2025-12"),
        ]),
    ]
    lines = [
        title,
        "Exported from SHEQ system 03/11/2025 09:14 – user: grangemouth.sheq",
        "",
        "\t".join(["Action ID", "Corrective action", "Owner", "Original due", "Revised due", "RAG", "Comments"]),
    ]
    actions = []
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for (nh, rows) in notices:
        lines.append(nh)
        for (aid, act, own, orig, rev, rag, com, leads, end) in rows:
            parts = act.split("\n")
            lines.append("\t".join([aid, parts[0], own, orig, rev, rag, com]))
            for cont in parts[1:]:
                lines.append("\t".join(["", cont, "", "", "", "", ""]))
            counts[rag] += 1
            actions.append({"ref": aid, "under": [nh], "action": act, "lead": leads, "end": end,
                            "end_text": None, "status": rag_read[rag]})
        lines.append("")
    lines.append("RAG: B = complete and verified; G = on track; A = at risk of missing the compliance date; R = behind schedule")
    lines.append(f"Totals: {len(actions)} actions | complete {counts['B']} | on track {counts['G']} | at risk {counts['A']} | behind {counts['R']}")
    lines.append("Where HSE has agreed an extension, the revised due date is the compliance date.")
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    meta = {
        "source": (
            "Imitates a port operator's tracker of corrective actions against HSE improvement notices (Forth Ports, "
            "Port of Grangemouth, 2025), exported as tab-separated text from a SHEQ system. Content reflects HSE's "
            "enforcement guide (improvement notices with compliance periods and extensions, hse.gov.uk "
            "enforcementguide) and HSE ports priorities (workplace transport, lifting equipment; hse.gov.uk OG "
            "'Ports Inspection', Safety in docks ACOP L148). Copies: title and export-stamp lines, a header row, one "
            "untabbed heading line per notice, tab-separated action rows with original and revised due dates and RAG "
            "letters, a wrapped cell carried on a continuation line, and a RAG key and totals at the foot."
        ),
        "reads": (
            "A plain-text tab-separated export: two title lines, a header, then for each of three improvement notices a "
            "heading line followed by its corrective actions (ID, action, owner, original and revised due dates, RAG "
            "letter, comments). One action's text runs on to a continuation line with the other columns empty; the "
            "footer gives the RAG key (B = complete) and totals."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, len(actions)


if __name__ == "__main__":
    made = [
        make_utility_regulator(),
        make_heylo(),
        make_nms(),
        make_kbt(),
        make_appct(),
        make_beverley(),
        make_forth(),
    ]
    for n, k in made:
        print(f"{n}: {k} action rows")
