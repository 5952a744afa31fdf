#!/usr/bin/env python3
"""Build the seven wb- blind test files (set heldout538) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Writes only files whose names start with "wb-" into this script's folder.
"""
import csv
import datetime as dt
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


def out(name):
    assert name.startswith("wb-"), name
    return os.path.join(HERE, name)


def d(y, m, day=1):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------- helpers
RAGFILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def write_expected(name, doc):
    """Write NAME.expected.yaml (the reading a person makes of the file)."""
    path = out(name) + ".expected.yaml"
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ======================================================================
# 1. United Response (charity) – strategic risk register, xlsx, read
# ======================================================================
def united_response():
    name = "wb-united-response-strategic-risk-register-2025-26.xlsx"
    wb = Workbook()

    # --- Cover sheet: title, document control, RAG key
    cv = wb.active
    cv.title = "Cover"
    widths(cv, [30, 60])
    cv["A1"] = "United Response – Strategic Risk Register 2025/26"
    cv["A1"].font = Font(bold=True, size=16)
    cv.merge_cells("A1:B1")
    cv["A3"] = "Document control"
    cv["A3"].font = Font(bold=True)
    control = [
        ("Version", "2.1 (Q2 update)"),
        ("Register owner", "Director of Finance and Resources"),
        ("Reviewed by", "Executive Leadership Team, 4 November 2025"),
        ("Reported to", "Audit and Risk Committee, 18 November 2025"),
        ("Next full review", "February 2026"),
    ]
    r = 4
    for k, v in control:
        cv.cell(r, 1, k).border = BOX
        cv.cell(r, 2, v).border = BOX
        cv.cell(r, 1).font = Font(bold=True)
        r += 1
    r += 1
    cv.cell(r, 1, "Action RAG key (colour only on the Action plan sheet)").font = Font(bold=True)
    r += 1
    for col, meaning in [
        ("blue", "Action complete"),
        ("green", "On track to meet target date"),
        ("amber", "Some slippage – revised date agreed by action owner"),
        ("red", "Off track – escalated to Executive Leadership Team"),
    ]:
        cv.cell(r, 1).fill = fill(RAGFILL[col])
        cv.cell(r, 1).border = BOX
        cv.cell(r, 2, meaning).border = BOX
        r += 1
    r += 1
    cv.cell(r, 1, "Risk scores are likelihood x impact (1–5 each). Residual scores of 15 and above are reported to the Board of Trustees.")
    cv.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)

    # --- Risk summary sheet (no actions)
    rs = wb.create_sheet("Risk summary")
    widths(rs, [8, 62, 26, 10, 10, 10, 10])
    hdr = ["Risk ID", "Risk description", "Risk owner", "Inherent score", "Residual score (Q1)", "Residual score (Q2)", "Trend"]
    for c, h in enumerate(hdr, 1):
        cell = rs.cell(1, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    risks = [
        ("SR1", "We cannot recruit and retain enough skilled support workers to deliver safe, person-centred support", "Director of People", 25, 16, 16, "↔"),
        ("SR2", "Local authority fee uplifts do not cover rising pay and National Insurance costs, making services unsustainable", "Director of Finance and Resources", 25, 16, 20, "↑"),
        ("SR3", "A serious safeguarding incident or failure in the quality of support harms a person we support", "Nominated Individual", 20, 12, 12, "↔"),
        ("SR4", "A cyber attack or data breach disrupts services or exposes personal data", "Head of IT", 20, 12, 9, "↓"),
        ("SR5", "Loss of reputation with commissioners, families or the public", "Chief Executive", 16, 8, 8, "↔"),
    ]
    for i, row in enumerate(risks, start=2):
        for c, v in enumerate(row, 1):
            cell = rs.cell(i, c, v)
            cell.alignment = WRAP
            cell.border = BOX

    # --- Action plan sheet
    ap = wb.create_sheet("Action plan")
    widths(ap, [7, 58, 30, 12, 12, 11, 11, 48])
    ap["A1"] = "Strategic Risk Register 2025/26 – further actions"
    ap["A1"].font = Font(bold=True, size=14)
    ap.merge_cells("A1:H1")
    ap["A2"] = "Position at end of Quarter 2 (30 September 2025). RAG is shown by colour only – see the key on the Cover sheet."
    ap.merge_cells("A2:H2")
    heads = ["Ref", "Further action required", "Action owner", "Target date", "Revised date",
             "Previous RAG (Q1)", "Current RAG (Q2)", "Progress update"]
    for c, h in enumerate(heads, 1):
        cell = ap.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    S1 = "SR1 – Workforce: recruitment and retention of support workers"
    S2 = "SR2 – Financial sustainability: fee uplifts not covering cost increases"
    S3 = "SR3 – Safeguarding and quality of support"
    S4 = "SR4 – Information governance and cyber security"
    # (ref, action, owner, target, revised, prev, cur, update, expected lead, expected end, end_text)
    groups = [
        (S1, [
            ("1.1", "Implement the 2025/26 pay award so that all support worker pay is at or above the real Living Wage",
             "Director of People", d(2025, 7), None, "green", "blue",
             "Pay award paid in July payroll; Living Wage Employer accreditation renewed.",
             ["Director of People"], "2025-07", None),
            ("1.2", "Run targeted recruitment campaigns in the three regions with the highest vacancy rates, including local job fairs and a refer-a-friend incentive",
             "Head of Resourcing / Regional Operations Directors", d(2025, 12), None, "green", "green",
             "Campaigns live in the North East and Yorkshire; South West campaign launches October.",
             ["Head of Resourcing", "Regional Operations Directors"], "2025-12", None),
            ("1.3", "Review sponsorship licence compliance and our future reliance on overseas recruitment following the closure of the care worker visa route to new applicants",
             "Director of People; Head of Legal", "31/03/2026", None, "amber", "amber",
             "Compliance audit by external adviser booked for January.",
             ["Director of People", "Head of Legal"], "2026-03", None),
        ]),
        (S2, [
            ("2.1", "Submit cost-of-care evidence to every commissioning local authority ahead of 2026/27 fee setting",
             "Director of Finance and Resources", d(2026, 1), None, "green", "amber",
             "Submissions made to 31 of 44 authorities; template delayed by late national pay settlement.",
             ["Director of Finance and Resources"], "2026-01", None),
            ("2.2", "Model the full-year impact of the increase in employer National Insurance contributions and agree a mitigation plan with the Board",
             "CEO / Director of Finance and Resources", d(2025, 6), d(2025, 9), "amber", "blue",
             "Mitigation plan approved by Trustees on 23 September 2025.",
             ["CEO", "Director of Finance and Resources"], "2025-09", None),
            ("2.3", "Serve notice on, or renegotiate, contracts operating at a deficit of more than 5% after central costs",
             "Director of Operations", d(2026, 3), None, "amber", "red",
             "Two authorities have refused to reopen terms; options paper to ELT in November.",
             ["Director of Operations"], "2026-03", None),
        ]),
        (S3, [
            ("3.1", "Roll out the digital incident and safeguarding reporting system to all registered and supported living services",
             "Head of Quality and Safeguarding", d(2025, 9), d(2026, 1), "green", "amber",
             "Live in 140 of 212 services; remaining services phased to January because of supplier capacity.",
             ["Head of Quality and Safeguarding"], "2026-01", None),
            ("3.2", "Report the thematic review of restrictive practices to the Quality and Safeguarding Committee",
             "Nominated Individual", "Quarterly", None, "green", "green",
             "Q2 report considered on 7 October 2025.",
             ["Nominated Individual"], None, "Quarterly"),
        ]),
        (S4, [
            ("4.1", "Achieve Cyber Essentials Plus certification across all corporate devices",
             "Head of IT", d(2025, 9), None, "green", "blue",
             "Certificate issued 19 September 2025.",
             ["Head of IT"], "2025-09", None),
            ("4.2", "Complete mandatory data protection training and a phishing simulation for all colleagues (target 95% completion)",
             "Data Protection Officer", d(2026, 2), None, None, "green",
             "New action added in Q2. Completion 71% at 30 September.",
             ["Data Protection Officer"], "2026-02", None),
        ]),
    ]
    expected = []
    r = 5
    for heading, rows in groups:
        ap.cell(r, 1, heading).font = Font(bold=True)
        ap.cell(r, 1).fill = fill("D9D9D9")
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (ref, text, owner, target, revised, prev, cur, upd, elead, eend, etext) in rows:
            vals = [ref, text, owner, target, revised, None, None, upd]
            for c, v in enumerate(vals, 1):
                cell = ap.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            if prev:
                ap.cell(r, 6).fill = fill(RAGFILL[prev])
            if cur:
                ap.cell(r, 7).fill = fill(RAGFILL[cur])
            expected.append(act(ref, [heading], text, elead, eend, cur, etext))
            r += 1
    r += 1
    ap.cell(r, 1, "Note: SR5 (Reputation) has no further actions this quarter; existing controls are operating as expected.")
    ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ap.freeze_panes = "A5"
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates the strategic risk register a national learning-disability charity (United Response, 2025/26) "
            "would take to its Audit and Risk Committee, following the Charity Commission CC26 guidance and NCVO's "
            "risk-management pages (likelihood x impact scoring, residual scores, trend arrows). Copied features: "
            "a Cover sheet with document control and a colour-only RAG key (blue = complete), a Risk summary sheet "
            "with scores and no actions, and an Action plan sheet with merged grey risk band rows, refs 1.1…4.2, "
            "target and revised dates (mmm-yy date cells and one typed dd/mm/yyyy), Previous (Q1) and Current (Q2) "
            "RAG columns shown by fill colour only, two owners in one cell, and a closing note row."
        ),
        "reads": (
            "A three-sheet risk register: the cover and risk summary sheets hold no actions; the Action plan sheet "
            "lists ten further actions under four risk band rows (SR1–SR4). Each action's status is the colour of "
            "its Current RAG (Q2) cell, and where a revised date is given it replaces the target date."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": "United Response – Strategic Risk Register 2025/26",
        "actions": expected,
    })
    return name, len(expected)


# ======================================================================
# 2. Lake District NPA – programme highlight report, xlsx, read
# ======================================================================
def lake_district():
    name = "wb-lake-district-npa-sustainable-travel-programme-highlight-report.xlsx"
    wb = Workbook()
    hr = wb.active
    hr.title = "Highlight report"
    widths(hr, [32, 16, 16, 60])
    TITLE = "Lake District National Park Authority – Sustainable Travel Programme Highlight Report"
    hr["A1"] = TITLE
    hr["A1"].font = Font(bold=True, size=14, color="1F4E3D")
    hr.merge_cells("A1:D1")
    hr["A2"] = "Reporting period: 1 September – 31 October 2025"
    hr.merge_cells("A2:D2")
    info = [
        ("Senior Responsible Owner", "Director of Sustainable Development"),
        ("Programme Manager", "Ruth Kendal"),
        ("Report to", "Sustainable Travel Programme Board, 12 November 2025"),
    ]
    r = 4
    for k, v in info:
        hr.cell(r, 1, k).font = Font(bold=True)
        hr.cell(r, 2, v)
        hr.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    r += 1
    for c, h in enumerate(["Status summary", "Last period", "This period", "Comment"], 1):
        cell = hr.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E3D")
        cell.border = BOX
    r += 1
    for dim, last, this, com in [
        ("Overall", "G", "A", "E-bike hubs and integrated ticketing behind baseline."),
        ("Time", "G", "A", "Two milestones forecast later than baseline."),
        ("Cost", "G", "G", "Forecast outturn within budget."),
        ("Scope", "G", "A", "Board asked to agree reduced scope for e-bike hubs."),
        ("Benefits", "G", "G", ""),
    ]:
        hr.cell(r, 1, dim).border = BOX
        for c, v in ((2, last), (3, this)):
            cell = hr.cell(r, c, v)
            cell.fill = fill({"G": RAGFILL["green"], "A": RAGFILL["amber"]}[v])
            cell.alignment = Alignment(horizontal="center")
            cell.border = BOX
        hr.cell(r, 4, com or None).border = BOX
        r += 1
    r += 1
    hr.cell(r, 1, "Summary of progress this period").font = Font(bold=True)
    r += 1
    hr.cell(r, 1, ("The 2026 Borrowdale and Buttermere bus contract has been awarded and car park capacity messaging "
                   "went live over the August bank holiday. Planning consent for the Glenridding e-bike hub has been "
                   "delayed and integrated ticketing with the Windermere operators is taking longer than planned. "
                   "Full milestone detail is on the 'Milestone tracker' sheet."))
    hr.cell(r, 1).alignment = WRAP
    hr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    hr.row_dimensions[r].height = 75
    r += 2
    hr.cell(r, 1, "Key risks").font = Font(bold=True)
    r += 1
    for c, h in enumerate(["Risk", "Score (L x I)", "Trend", "Comment"], 1):
        cell = hr.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
    r += 1
    for row in [
        ("Operators withdraw from integrated ticketing", "3 x 4 = 12", "↑", "Revenue-share terms not yet agreed."),
        ("Capital grant must be spent by 31 March 2026", "2 x 5 = 10", "↔", "Spend profile reviewed monthly."),
    ]:
        for c, v in enumerate(row, 1):
            cell = hr.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        r += 1
    r += 1
    hr.cell(r, 1, "Decision required from the Board: approve the reduced scope for the e-bike hubs (milestone 2.2).")
    hr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)

    # --- Milestone tracker
    mt = wb.create_sheet("Milestone tracker")
    widths(mt, [6, 56, 30, 26, 13, 13, 8, 46])
    mt["A1"] = "Milestone tracker – position at 31 October 2025"
    mt["A1"].font = Font(bold=True, size=13)
    mt.merge_cells("A1:H1")
    mt["A2"] = ("Status key:  B = complete   G = on track   A = at risk – forecast later than baseline   "
                "R = off track – Board decision needed")
    mt.merge_cells("A2:H2")
    heads = ["Ref", "Milestone / action", "Lead", "Delivery partner", "Baseline date", "Forecast date", "Status", "Commentary"]
    for c, h in enumerate(heads, 1):
        cell = mt.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E3D")
        cell.alignment = WRAP
        cell.border = BOX
    W1 = "WS1 Bus and boat integration"
    W2 = "WS2 Active travel"
    W3 = "WS3 Parking and traffic management"
    W4 = "WS4 Communications and behaviour change"
    groups = [
        (W1, [
            ("1.1", "Award the contract for the 2026 Borrowdale and Buttermere seasonal bus services", "Transport Programme Officer",
             "Cumberland Council", (d(2025, 9, 30), "dd/mm/yyyy"), (d(2025, 9, 30), "dd/mm/yyyy"), "B",
             "Contract awarded 24 September 2025.", ["Transport Programme Officer"], "2025-09", None, "blue"),
            ("1.2", "Introduce a single bus-and-boat ticket on the Windermere routes", "Programme Manager",
             "Stagecoach; Windermere Lake Cruises", (d(2026, 3, 31), "dd/mm/yyyy"), (d(2026, 5, 31), "dd/mm/yyyy"), "A",
             "Revenue-sharing agreement still being negotiated.", ["Programme Manager"], "2026-05", None, "amber"),
            ("1.3", "Install real-time passenger information displays at 12 hub stops", "Transport Programme Officer",
             "Westmorland and Furness Council", (d(2025, 12), "mmm-yy"), (d(2025, 12), "mmm-yy"), "G",
             "Displays delivered; installation booked for November.", ["Transport Programme Officer"], "2025-12", None, "green"),
        ]),
        (W2, [
            ("2.1", "Complete detailed design for phase 2 of the Ambleside to Grasmere cycleway", "Senior Access Ranger",
             "Sustrans", (d(2026, 1), "mmm-yy"), (d(2026, 1), "mmm-yy"), "G",
             "Ecology surveys complete.", ["Senior Access Ranger"], "2026-01", None, "green"),
            ("2.2", "Open e-bike hire hubs at Glenridding and Coniston", "Programme Manager / Area Ranger (South)",
             "", (d(2025, 7, 31), "dd/mm/yyyy"), (d(2025, 11, 30), "dd/mm/yyyy"), "R",
             "Glenridding planning consent delayed; Board asked to approve Coniston-only first phase.",
             ["Programme Manager", "Area Ranger (South)"], "2025-11", None, "red"),
        ]),
        (W3, [
            ("3.1", "Put live car park capacity messages on the Authority website and roadside signs", "Head of Visitor Services",
             "Cumbria Tourism", (d(2025, 8), "mmm-yy"), (d(2025, 8), "mmm-yy"), "B",
             "Live from 22 August 2025.", ["Head of Visitor Services"], "2025-08", None, "blue"),
            ("3.2", "Review charges and the permit scheme at Authority-owned car parks for the 2026 season",
             "Head of Finance; Head of Visitor Services", "", ("Q4 2025/26", None), ("Q4 2025/26", None), "G",
             "Options to be considered with the 2026/27 budget.", ["Head of Finance", "Head of Visitor Services"], "2026-03", None, "green"),
        ]),
        (W4, [
            ("4.1", "Launch the 'Leave the car behind' visitor campaign for the 2026 season", "Communications Manager",
             "Cumbria Tourism", (d(2026, 3), "mmm-yy"), (d(2026, 3), "mmm-yy"), "G",
             "Creative brief agreed.", ["Communications Manager"], "2026-03", None, "green"),
            ("4.2", "Commission the 2026 visitor travel survey", "Research and Evidence Officer",
             "", (d(2026, 4, 30), "dd/mm/yyyy"), (d(2026, 4, 30), "dd/mm/yyyy"), None,
             "Not yet started.", ["Research and Evidence Officer"], "2026-04", None, "unrated"),
        ]),
    ]
    stfill = {"B": RAGFILL["blue"], "G": RAGFILL["green"], "A": RAGFILL["amber"], "R": RAGFILL["red"]}
    expected = []
    r = 5
    for heading, rows in groups:
        cell = mt.cell(r, 1, heading)
        cell.font = Font(bold=True)
        cell.fill = fill("E2EFDA")
        mt.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (ref, text, lead, partner, base, fc, st, com, elead, eend, etext, estatus) in rows:
            vals = [ref, text, lead, partner or None, base[0], fc[0], st, com]
            for c, v in enumerate(vals, 1):
                cell = mt.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            for c, (v, fmt) in ((5, base), (6, fc)):
                if fmt:
                    mt.cell(r, c).number_format = fmt
            if st:
                mt.cell(r, 7).fill = fill(stfill[st])
                mt.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
            expected.append(act(ref, [heading], text, elead, eend, estatus, etext))
            r += 1
    mt.freeze_panes = "A5"

    # --- Budget sheet (no actions)
    bd = wb.create_sheet("Budget")
    widths(bd, [40, 16, 16, 18, 14])
    for c, h in enumerate(["Workstream", "Budget 2025/26 (£)", "Spend to date (£)", "Forecast outturn (£)", "Variance (£)"], 1):
        bd.cell(1, c, h).font = Font(bold=True)
    rows = [
        ("WS1 Bus and boat integration", 420000, 188500, 415000),
        ("WS2 Active travel", 610000, 95200, 598000),
        ("WS3 Parking and traffic management", 85000, 61300, 85000),
        ("WS4 Communications and behaviour change", 40000, 6800, 40000),
    ]
    for i, (w, b, s, f) in enumerate(rows, start=2):
        bd.cell(i, 1, w)
        bd.cell(i, 2, b)
        bd.cell(i, 3, s)
        bd.cell(i, 4, f)
        bd.cell(i, 5, f"=D{i}-B{i}")
    bd.cell(6, 1, "Total").font = Font(bold=True)
    for c in (2, 3, 4, 5):
        L = get_column_letter(c)
        bd.cell(6, c, f"=SUM({L}2:{L}5)").font = Font(bold=True)
    for row in bd.iter_rows(min_row=2, max_row=6, min_col=2, max_col=5):
        for cell in row:
            cell.number_format = "#,##0"
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a national park authority's programme highlight report to its programme board (Lake District "
            "NPA, sustainable travel programme, October 2025), built on the PRINCE2 highlight report template and "
            "the Government Project Delivery 'Teal Book' reporting chapter: a status summary with last-period and "
            "this-period RAG for overall/time/cost/scope/benefits, a progress narrative, key risks with scores and "
            "a decision required. Copied features: three sheets (Highlight report, Milestone tracker, Budget with "
            "totals), workstream band rows, baseline and forecast dates (date cells in two formats and a "
            "'Q4 2025/26' text cell), B/G/A/R status letters with fill colour and a key line, a separate Delivery "
            "partner column beside Lead, and one milestone with no status yet."
        ),
        "reads": (
            "The first sheet is a summary (status, narrative, risks, decision) with no actions; the Milestone tracker "
            "sheet holds nine milestones under four workstreams, each with a lead, baseline and forecast date and a "
            "status letter. The forecast date is the end where it differs from the baseline; 4.2 has no status."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": TITLE,
        "actions": expected,
    })
    return name, len(expected)


# ======================================================================
# 3. MHCLG – Departmental Board action log, xlsx, REFUSE (Febuary 2026)
# ======================================================================
def mhclg():
    name = "wb-mhclg-departmental-board-action-log-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    widths(ws, [11, 12, 22, 60, 30, 15, 12, 50])
    ws["A1"] = "Ministry of Housing, Communities and Local Government – Departmental Board Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Updated 20 October 2025, following the Board meeting of 15 October 2025. OFFICIAL"
    heads = ["Action ref", "Date of meeting", "Agenda item", "Action", "Owner", "Due", "Status", "Update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("2F5496")
        cell.alignment = WRAP
        cell.border = BOX
    rows = [
        ("DB25/09", d(2025, 7, 9), "Local government finance",
         "Provide the Board with an assessment of councils at risk of issuing a section 114 notice in 2025-26",
         "DG Local Government", "October 2025", "Complete", "Paper taken at the October Board."),
        ("DB25/11", d(2025, 7, 9), "Performance report",
         "Circulate the revised departmental performance dashboard, including homelessness and temporary accommodation measures",
         "Director of Strategy and Performance", "September 2025", "Overdue", "Data-sharing sign-off awaited from DWP."),
        ("DB25/14", d(2025, 10, 15), "Housing supply",
         "Share the delivery trajectory towards 1.5 million homes with the Non-Executive Board Members",
         "DG Housing and Planning", "Febuary 2026", "On track", "Draft trajectory with analysts."),
        ("DB25/15", d(2025, 10, 15), "People",
         "Bring the refreshed Strategic Workforce Plan to the next Board meeting",
         "Chief People Officer", "January 2026", "On track", ""),
        ("DB25/16", d(2025, 10, 15), "Building safety",
         "Arrange a Board deep-dive on the pace of building safety remediation in social housing",
         "DG Building Safety / Director of Remediation", "December 2025", "On track", "Date to be fixed with the Chair."),
    ]
    typo_row = None
    r = 6
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v or None)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if row[5] == "Febuary 2026":
            typo_row = r
        r += 1

    cl = wb.create_sheet("Closed actions")
    widths(cl, [11, 12, 22, 60, 30, 15, 12, 50])
    cl["A1"] = "Actions closed since the July 2025 Board"
    cl["A1"].font = Font(bold=True)
    for c, h in enumerate(heads, 1):
        cell = cl.cell(3, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
    closed = [
        ("DB25/05", d(2025, 5, 14), "Spending Review",
         "Circulate the final Spending Review settlement letter to Board members",
         "Chief Finance Officer", "June 2025", "Closed", "Circulated 13 June 2025."),
        ("DB25/07", d(2025, 5, 14), "Risk",
         "Add devolution readiness as a principal risk on the departmental risk register",
         "Director of Finance and Risk", "July 2025", "Closed", "Added as PR9."),
    ]
    for i, row in enumerate(closed, start=4):
        for c, v in enumerate(row, 1):
            cell = cl.cell(i, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a central government department's Departmental Board action log (MHCLG, 2025) of the kind "
            "published with board minutes by departments and arm's-length bodies: a title block marked OFFICIAL, "
            "action refs DB25/nn, meeting date, agenda item, owner by post (DG / Director titles, two posts in one "
            "cell), due month in words, status and update; open actions on the first sheet, closed actions on a "
            "second sheet."
        ),
        "reads": (
            "An action log with five open actions on the 'Open actions' sheet and two closed ones on the 'Closed "
            "actions' sheet. The due cell of DB25/14 on the 'Open actions' sheet reads 'Febuary 2026', a mistyped "
            "month: a careful reader stops there and asks what the due date is rather than guess."
        ),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "Ministry of Housing, Communities and Local Government – Departmental Board Action Log",
    })
    return name, 0, typo_row


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, white=False):
    """Put text in a cell; '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(9)
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ======================================================================
# 4. Hull and East Yorkshire CA – AGS 2024/25 action plan, docx, read
# ======================================================================
def heyca():
    name = "wb-hull-and-east-yorkshire-ca-annual-governance-statement-2024-25-action-plan.docx"
    doc = Document()
    TITLE = "Hull and East Yorkshire Combined Authority – Annual Governance Statement 2024/25 Action Plan"
    doc.add_heading(TITLE, level=1)
    doc.add_paragraph("Progress update for the Audit and Governance Committee, 1 December 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Document owner", "Monitoring Officer"),
        ("Version", "1.2"),
        ("Action plan approved", "Audit and Governance Committee, 24 September 2025"),
        ("Next progress update", "March 2026"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph(
        "The Annual Governance Statement for 2024/25 identified four significant governance issues arising from "
        "the establishment of the Combined Authority on 4 February 2025 and the first mayoral election in May 2025. "
        "The actions agreed to address each issue are set out below. Progress is rated using the key at the end of "
        "this document.")

    ISS1 = "Issue 1: Completing the constitutional and decision-making framework"
    ISS2 = "Issue 2: Financial management and the 2024/25 Statement of Accounts"
    ISS3 = "Issue 3: Capacity and reliance on interim and seconded staff"
    ISS4 = "Issue 4: Assurance over the Investment Fund and Local Assurance Framework"
    issues = [
        (ISS1,
         "The constitution adopted at establishment was an interim document, and the scheme of delegation and "
         "scrutiny arrangements were not complete at 31 March 2025.",
         [
             ("1.1", "Complete the review of the interim constitution, including the scheme of delegation to officers, and submit it to the Combined Authority Board for adoption",
              "Monitoring Officer", "30 September 2025", "Adopted by the Board on 26 September 2025.", "Complete",
              ["Monitoring Officer"], "2025-09", None, "blue"),
             ("1.2", "Establish the Overview and Scrutiny Committee and agree its work programme",
              "Head of Democratic Services", "July 2025", "First meeting held 17 July 2025; work programme agreed.", "Complete",
              ["Head of Democratic Services"], "2025-07", None, "blue"),
             ("1.3", "Deliver induction and governance training for Board members, substitutes and co-opted members\nA refresher session will follow the May 2026 local elections",
              "Monitoring Officer / Head of Democratic Services", "September 2025 – June 2026",
              "Induction delivered to 11 of 13 members; remaining two booked for December.", "Green",
              ["Monitoring Officer", "Head of Democratic Services"], "2026-06", None, "green"),
         ]),
        (ISS2,
         "Finance functions were hosted by a constituent council during 2024/25 and the accounts closedown timetable "
         "was at risk.",
         [
             ("2.1", "Appoint a permanent Chief Finance Officer (section 73 officer)",
              "Head of Paid Service", "Q2 2025/26", "Appointed with effect from 1 September 2025.", "Complete",
              ["Head of Paid Service"], "2025-09", None, "blue"),
             ("2.2", "Implement the Combined Authority's own finance system and chart of accounts, replacing the arrangements hosted by Hull City Council",
              "Chief Finance Officer", "31 December 2025 (revised from 30 September 2025)",
              "Data migration testing under way; go-live moved to December.", "Amber",
              ["Chief Finance Officer"], "2025-12", None, "amber"),
             ("2.3", "Prepare a medium-term financial strategy covering 2026/27 to 2028/29 for approval alongside the 2026/27 budget",
              "Chief Finance Officer", "February 2026", "Draft considered at Board workshop in November.", "Green",
              ["Chief Finance Officer"], "2026-02", None, "green"),
         ]),
        (ISS3,
         "Most senior posts were filled on an interim basis or by secondment from the constituent councils.",
         [
             ("3.1", "Agree the permanent staffing structure and complete recruitment to senior roles",
              "Head of Paid Service", "31 March 2026", "Structure agreed; 4 of 7 senior roles recruited.", "Amber",
              ["Head of Paid Service"], "2026-03", None, "amber"),
             ("3.2", "Put in place service level agreements with Hull City Council and East Riding of Yorkshire Council for support services",
              "Chief Finance Officer; Monitoring Officer", "December 2025", "HR and ICT agreements signed; legal services agreement in draft.", "Green",
              ["Chief Finance Officer", "Monitoring Officer"], "2025-12", None, "green"),
         ]),
        (ISS4,
         "The Local Assurance Framework required by the English Devolution Accountability Framework had not been "
         "finalised before the first Investment Fund decisions.",
         [
             ("4.1", "Publish the Local Assurance Framework following approval by the Board",
              "Head of Investment and Assurance", "October 2025", "Approved 24 October 2025 and published on the website.", "Complete",
              ["Head of Investment and Assurance"], "2025-10", None, "blue"),
             ("4.2", "Commission an internal audit review of project appraisal and the business case process",
              "Chief Finance Officer", "Q4 2025/26", "Included in the 2025/26 internal audit plan.", "Green",
              ["Chief Finance Officer"], "2026-03", None, "green"),
             ("4.3", "Report Investment Fund performance to the Audit and Governance Committee",
              "Head of Investment and Assurance", "Six-monthly", "First report due March 2026.", "Green",
              ["Head of Investment and Assurance"], None, "Six-monthly", "green"),
         ]),
    ]
    ragshade = {"Complete": "8EAADB", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    expected = []
    for heading, intro, rows in issues:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(intro)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action", "Lead officer", "Target date", "Progress (November 2025)", "RAG"]):
            set_cell(tb.rows[0].cells[c], h, bold=True, white=True)
            shade(tb.rows[0].cells[c], "203864")
        for (ref, text, lead, target, prog, rag, elead, eend, etext, estatus) in rows:
            cells = tb.add_row().cells
            for c, v in enumerate([ref, text, lead, target, prog, rag]):
                set_cell(cells[c], v)
            shade(cells[5], ragshade[rag])
            expected.append(act(ref, [heading], text.replace("\r", ""), elead, eend, estatus, etext))
        doc.add_paragraph()

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for rag, meaning in [
        ("Complete", "Action delivered and evidenced"),
        ("Green", "On track to be delivered by the target date"),
        ("Amber", "Some slippage; revised target date agreed"),
        ("Red", "Significant delay or risk to delivery; Committee attention needed"),
    ]:
        row = k.add_row().cells
        set_cell(row[0], rag, bold=True)
        shade(row[0], ragshade[rag])
        set_cell(row[1], meaning)
    doc.add_paragraph()
    doc.add_paragraph("Signed: Mayor of Hull and East Yorkshire            Signed: Head of Paid Service")
    doc.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates the Annual Governance Statement action plan a newly established combined authority takes to "
            "its Audit and Governance Committee (Hull and East Yorkshire Combined Authority, 2024/25 AGS, progress "
            "update December 2025), following the AGS action plan updates published by English councils (e.g. "
            "Maidstone's AGS mid-year update, Cotswold's AGS action plan 2025/26). Copied features: heading and "
            "subtitle, a document-control table, an introduction, one section per significant governance issue "
            "(Word heading + short description + its own action table), job titles as leads with two posts in one "
            "cell, target dates written as dates, quarters, a period and a revised date inside the date cell, a "
            "two-paragraph action cell, RAG words with shading, and a RAG key table and signature line at the end."
        ),
        "reads": (
            "A Word action plan with four issue sections, each followed by its own table of actions (eleven in "
            "all). The document-control table and the RAG key table are not part of the plan; Complete means done "
            "(blue) and the revised date in 2.2 replaces the original."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": TITLE,
        "actions": expected,
    })
    return name, len(expected)


# ======================================================================
# 5. NAS Radlett Lodge School – Ofsted residential action plan, docx, read
# ======================================================================
def radlett():
    name = "wb-nas-radlett-lodge-school-ofsted-residential-inspection-action-plan.docx"
    doc = Document()
    p = doc.add_paragraph("The National Autistic Society")
    p.runs[0].bold = True
    TITLE = "Radlett Lodge School: Post-inspection Action Plan – Residential Provision"
    doc.add_heading(TITLE, level=1)
    doc.add_paragraph(
        "Following the Ofsted inspection of the residential provision (The Lodge) under the national minimum "
        "standards for residential special schools, 11–13 March 2025.")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Overall experiences and progress of children and young people", "Good"),
        ("How well children and young people are helped and protected", "Good"),
        ("The effectiveness of leaders and managers", "Requires improvement to be good"),
        ("Plan owner", "Head of Care"),
        ("Last reviewed", "2 October 2025 (Senior Leadership Team)"),
    ]:
        row = info.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG:  B – completed and embedded   G – on track   A – started but behind schedule   R – not started and overdue")

    PA = "Part A – National minimum standards not met"
    PB = "Part B – Recommendations"
    A1 = ("NMS 12.6: A written record is made within 24 hours of any occasion where restrictive physical "
          "intervention is used, and the record is reviewed by a senior member of staff.")
    A2 = "NMS 19.5: All staff receive regular, recorded supervision and an annual appraisal of their performance."
    B1 = ("Recommendation 1: The school should ensure that children's placement plans are updated promptly after "
          "each review, so that staff have current information about how to support each child.")
    B2 = ("Recommendation 2: The school should make sure that children have more opportunities to take part in "
          "activities in the local community in the evenings and at weekends.")
    plan = [
        ("part", PA),
        ("std", A1),
        ("A1", "Re-issue the physical intervention recording guidance and brief all residential staff at team meetings",
         "Head of Care", "April 2025", "Briefings held 2 and 9 April 2025; attendance records on file.", "B",
         ["Head of Care"], "2025-04", None, "blue"),
        ("A2", "Head of Care or deputy to check every physical intervention record within 24 hours and sign it off on the recording system",
         "Head of Care / Deputy Head of Care", "Summer term 2025",
         "Daily check log in place since May; all records reviewed within 24 hours in June and July.", "B",
         ["Head of Care", "Deputy Head of Care"], "2025-07", None, "blue"),
        ("A3", "Present an analysis of physical interventions (patterns, times, staff involved) to the Principal and the Local Governing Body",
         "Deputy Head of Care", "Termly", "Summer term report presented 8 July 2025.", "G",
         ["Deputy Head of Care"], None, "Termly", "green"),
        ("std", A2),
        ("A4", "Introduce a supervision tracker so that every residential support worker is supervised at least every six weeks",
         "Head of Care", "May 2025", "Tracker in use; 96% of supervisions on time in September.", "B",
         ["Head of Care"], "2025-05", None, "blue"),
        ("A5", "Complete overdue annual appraisals for residential staff",
         "Head of Care; Principal", "31/07/2025", "Four appraisals outstanding because of staff absence.", "A",
         ["Head of Care", "Principal"], "2025-07", None, "amber"),
        ("part", PB),
        ("std", B1),
        ("B1", "Update each residential placement plan within 10 working days of an annual or interim review",
         "Key workers / Deputy Head of Care", "Autumn term 2025", "Audit in September found 12 of 14 plans updated on time.", "G",
         ["Key workers", "Deputy Head of Care"], "2025-12", None, "green"),
        ("B2", "Add a placement plan check to the independent person's monthly monitoring visit",
         "Principal", "September 2025", "Added to the visit template from the September visit.", "G",
         ["Principal"], "2025-09", None, "green"),
        ("std", B2),
        ("B3", "Agree a programme of evening and weekend community activities with each child, using their preferred way of communicating",
         "Residential Team Leaders", "Summer term 2025", "Programmes in place for all 14 residential pupils; reviewed at house meetings.", "B",
         ["Residential Team Leaders"], "2025-07", None, "blue"),
        ("B4", "Train two more members of the residential team as minibus drivers",
         "Head of Care", "October 2025", "One driver trained; second awaiting a D1 test date.", "A",
         ["Head of Care"], "2025-10", None, "amber"),
    ]
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in enumerate(["No.", "Action", "Responsible", "Timescale", "Evidence / progress", "RAG"]):
        set_cell(tb.rows[0].cells[c], h, bold=True, white=True)
        shade(tb.rows[0].cells[c], "5B2C6F")
    ragshade = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
    expected = []
    part = std = None
    for item in plan:
        if item[0] in ("part", "std"):
            row = tb.add_row()
            merged = row.cells[0].merge(row.cells[5])
            if item[0] == "part":
                part = item[1]
                set_cell(merged, item[1], bold=True)
                shade(merged, "D9C3E9")
            else:
                std = item[1]
                set_cell(merged, item[1], italic=True)
                shade(merged, "F2EAF7")
            continue
        ref, text, lead, when, prog, rag, elead, eend, etext, estatus = item
        cells = tb.add_row().cells
        for c, v in enumerate([ref, text, lead, when, prog, rag]):
            set_cell(cells[c], v)
        shade(cells[5], ragshade[rag])
        expected.append(act(ref, [part, std], text, elead, eend, estatus, etext))

    doc.add_paragraph()
    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, h in enumerate(["Role", "Name", "Date"]):
        set_cell(so.rows[0].cells[c], h, bold=True)
    for c, v in enumerate(["Principal", "", "2 October 2025"]):
        set_cell(so.rows[1].cells[c], v)
    doc.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates the post-inspection action plan an independent residential special school run by a charity "
            "would write after an Ofsted social care inspection of its residential provision (The National "
            "Autistic Society's Radlett Lodge School, 'The Lodge', inspection March 2025). Ofsted reports for "
            "residential special schools list the national minimum standards not met and recommendations; the "
            "plan copies that order. Copied features: organisation line, heading and context paragraph, a "
            "judgements/plan-owner table, a RAG key line, one plan table with merged purple band rows for Part A "
            "(standards not met) and Part B (recommendations) and merged italic rows for each standard or "
            "recommendation above its actions, refs A1–B4, school-term timescales and 'Termly', RAG letters with "
            "shading, and a sign-off table."
        ),
        "reads": (
            "A one-table Word plan: nine actions, each under a Part heading and the standard or recommendation "
            "it answers. The info table, key line and sign-off table are not actions; term timescales end in the "
            "term's last month (Summer term 2025 = July, Autumn term 2025 = December)."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": TITLE,
        "actions": expected,
    })
    return name, len(expected)


# ======================================================================
# 6. Haddenham Parish Council – action log, csv, read
# ======================================================================
def haddenham():
    name = "wb-haddenham-parish-council-action-log-2025-26.csv"
    FC = "FULL COUNCIL"
    PL = "PLANNING COMMITTEE"
    AE = "AMENITIES & ESTATES COMMITTEE"
    E = ""
    rows = [
        ["Haddenham Parish Council - Action Log 2025/26", E, E, E, E, E, E],
        ["Updated by the Clerk for the Full Council meeting on 10 November 2025", E, E, E, E, E, E],
        [E] * 7,
        ["Minute ref", "Meeting date", "Action", "Responsible", "Deadline", "RAG", "Progress / notes"],
        [FC, E, E, E, E, E, E],
    ]
    expected = []

    def a(sec, ref, mdate, text, resp, deadline, rag, note, elead, eend, etext, estatus):
        rows.append([ref, mdate, text, resp, deadline, rag, note])
        expected.append(act(ref, [sec], text, elead, eend, estatus, etext))

    a(FC, "FC 25/087", "08/09/2025", "Obtain three quotes for replacing the noticeboard on the village green",
      "Clerk", "Oct-25", "B", "Quotes received; Woodcraft Ltd appointed (FC 25/104).",
      ["Clerk"], "2025-10", None, "blue")
    a(FC, "FC 25/091", "08/09/2025",
      "Write to Buckinghamshire Council asking for a speed survey on Thame Road, Stanbridge Road and Churchway",
      "Cllr Ahmed & Clerk", "30/11/2025", "G", "Letter sent 15 September; awaiting reply from Highways.",
      ["Cllr Ahmed", "Clerk"], "2025-11", None, "green")
    a(FC, "FC 25/106", "13/10/2025",
      "Review the Council's Financial Regulations against the 2025 NALC model and bring them to the December meeting",
      "RFO", "Dec-25", "G", "",
      ["RFO"], "2025-12", None, "green")
    a(FC, "FC 25/109", "13/10/2025",
      "Arrange the Remembrance Sunday road closure and stewarding\nStewards to be briefed at the war memorial on 6 November",
      "Clerk/Cllr Whitcombe", "09/11/2025", "B", "Event held; road closure notice returned to Buckinghamshire Council.",
      ["Clerk", "Cllr Whitcombe"], "2025-11", None, "blue")
    rows.append([PL, E, E, E, E, E, E])
    a(PL, "PL 25/044", "22/09/2025",
      "Submit the Parish Council's objection to application 25/02817/APP (land off Aston Road), including comments on flood risk",
      "Planning Chair", "06/10/2025", "B", "Objection submitted 3 October.",
      ["Planning Chair"], "2025-10", None, "blue")
    a(PL, "PL 25/051", "20/10/2025",
      "Update the Neighbourhood Plan review timetable and circulate it to members",
      "Cllr Okafor and Cllr Lane", "Jan-26", "A", "Waiting for Buckinghamshire Council's Local Plan timetable.",
      ["Cllr Okafor", "Cllr Lane"], "2026-01", None, "amber")
    rows.append([AE, E, E, E, E, E, E])
    a(AE, "AE 25/033", "15/09/2025",
      "Book the annual RoSPA inspection of the play areas at Banks Park and Woodways",
      "Deputy Clerk", "Apr-26", "G", "Provisional date 14 April 2026.",
      ["Deputy Clerk"], "2026-04", None, "green")
    a(AE, "AE 25/036", "15/09/2025",
      "Get the footpath lighting on Rosemary Lane repaired",
      "Clerk", "Aug-25", "R", "Contractor has not attended; second chasing letter sent 3 November.",
      ["Clerk"], "2025-08", None, "red")
    a(AE, "AE 25/040", "20/10/2025",
      "Agree a programme of tree works in the cemetery following the 2025 tree survey",
      "Clerk; Amenities Chair", "Ongoing", "", "Survey report received; quotes to be sought.",
      ["Clerk", "Amenities Chair"], None, "Ongoing", "unrated")
    rows.append([E] * 7)
    rows.append(["RAG key: B = complete (removed once reported to Council); G = on track; A = some delay; R = overdue", E, E, E, E, E, E])
    rows.append(["Completed actions are removed from the log after they have been reported to one meeting.", E, E, E, E, E, E])

    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    write_expected(name, {
        "source": (
            "Imitates a parish council's rolling action log exported from Excel to CSV (Haddenham Parish Council, "
            "Buckinghamshire, 2025/26), after the action logs parish councils publish with their agendas (e.g. "
            "Aldworth Parish Council's action log page: open / in progress / closed, reviewed at each meeting). "
            "Copied features: title and 'updated by the Clerk' lines padded with empty columns, minute refs "
            "(FC/PL/AE 25/nnn), meeting dates, committee section rows in capitals, councillors and the Clerk/RFO as "
            "leads (two in one cell with &, /, ; and 'and'), deadlines as Mon-YY, dd/mm/yyyy and 'Ongoing', a RAG "
            "letter column with a key line at the foot, a multi-line action cell, and a closing note."
        ),
        "reads": (
            "A parish council action log with nine actions under three section rows (Full Council, Planning "
            "Committee, Amenities & Estates Committee). The RAG letters are read with the key at the foot "
            "(B = complete); the last action has no RAG and an 'Ongoing' deadline."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Haddenham Parish Council - Action Log 2025/26",
        "actions": expected,
    })
    return name, len(expected)


# ======================================================================
# 7. Bristol Water – Ofwat freeze-thaw lessons learned action plan, txt, read
# ======================================================================
def bristol_water():
    name = "wb-bristol-water-ofwat-freeze-thaw-lessons-learned-action-plan.txt"
    T1 = "THEME 1: PLANNING AND PREPARATION"
    T2 = "THEME 2: NETWORK AND OPERATIONAL RESPONSE"
    T3 = "THEME 3: SUPPORTING CUSTOMERS"
    T4 = "THEME 4: COMMUNICATION"
    L11 = "Winter readiness plans and incident rotas were not signed off until mid-November 2022."
    L21 = ("Bursts on customer supply pipes at empty commercial premises were not found quickly, causing loss of "
           "pressure in Hartcliffe and Whitchurch.")
    L22 = "Bottled water stations opened more than 12 hours after supplies were lost in the worst-affected areas."
    L31 = "Not all customers on the Priority Services Register received proactive contact during the interruption."
    L32 = "Guaranteed Standards Scheme payments for the interruption were made manually and some were late."
    L41 = "The website incident map failed under peak demand on 19 December 2022."
    lines = [
        "Bristol Water – December 2022 Freeze-Thaw Event: Lessons Learned Action Plan",
        "Prepared in response to Ofwat's review 'Prepare Better, Perform Better – Cold Weather Events' (2023)",
        "Position at 31 January 2024\tOwner: Director of Operations",
        "",
        "Ref\tLesson identified\tAction\tAction owner\tOriginal target\tRevised target\tStatus\tProgress update",
    ]
    expected = []

    def a(theme, lesson, ref, lesson_cell, text, owner, orig, rev, status, prog, elead, eend, etext, estatus):
        lines.append("\t".join([ref, lesson_cell, text, owner, orig, rev, status, prog]))
        expected.append(act(ref, [theme, lesson], text, elead, eend, estatus, etext))

    lines.append(T1)
    a(T1, L11, "1.1", L11, "Sign off the winter readiness plan, incident rotas and stock levels by 31 October each year",
      "Head of Resilience", "Oct-23", "", "Complete", "Plan approved by the Executive on 24/10/2023.",
      ["Head of Resilience"], "2023-10", None, "blue")
    a(T1, L11, "1.2", "", "Run a freeze-thaw tabletop exercise with the Local Resilience Forum before winter",
      "Head of Resilience / Emergency Planning Manager", "Nov-23", "Dec-23", "Complete",
      "Exercise held 5 December 2023 with Avon and Somerset LRF partners.",
      ["Head of Resilience", "Emergency Planning Manager"], "2023-12", None, "blue")
    lines.append(T2)
    a(T2, L21, "2.1", L21,
      "Introduce night-flow analysis on all district metered areas during cold weather alerts to find bursts at empty properties",
      "Network Operations Manager", "31/12/2023", "31/03/2024", "On track", "Analytics tool on trial in 40 DMAs.",
      ["Network Operations Manager"], "2024-03", None, "green")
    a(T2, L22, "2.2", L22,
      "Agree bottled water station sites with Bristol City Council and North Somerset Council and hold stock for 48 hours of demand",
      "Alternative Supplies Lead", "Nov-23", "", "Complete", "Sites agreed; stock contract in place.",
      ["Alternative Supplies Lead"], "2023-11", None, "blue")
    lines.append(T3)
    a(T3, L31, "3.1", L31,
      "Send automated calls and texts to Priority Services Register customers in affected postcodes within 2 hours of an incident being declared",
      "Head of Vulnerability; Head of Customer Experience", "Mar-24", "", "At risk",
      "IT change delayed by the billing system upgrade.",
      ["Head of Vulnerability", "Head of Customer Experience"], "2024-03", None, "amber")
    a(T3, L32, "3.2", L32,
      "Make GSS supply interruption payments automatically within 20 working days",
      "Customer Services Director", "Q4 2023/24", "", "On track", "Automation built; user testing in February.",
      ["Customer Services Director"], "2024-03", None, "green")
    a(T3, L32, "3.3", "",
      "Publish a post-incident report for customers and CCW within three months of any major supply interruption",
      "Head of Communications", "Ongoing", "", "On track", "Template agreed with CCW.",
      ["Head of Communications"], None, "Ongoing", "green")
    lines.append(T4)
    a(T4, L41, "4.1", L41,
      "Move the incident map to cloud hosting and load test it to ten times normal traffic",
      "Head of Digital", "Sep-23", "Jan-24", "Off track", "Load test failed at six times normal traffic; retest planned for February 2024.",
      ["Head of Digital"], "2024-01", None, "red")
    lines += [
        "",
        "Status key: Complete = delivered and evidenced (blue); On track (green); At risk (amber); Off track (red).",
        "Where a lesson cell is blank the action answers the lesson on the row above.",
        "Next update to the Executive Incident Review Group: April 2024.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": (
            "Imitates the lessons-learned action plan a water company kept after Ofwat's 2023 review of the "
            "December 2022 freeze-thaw event ('Prepare Better, Perform Better – Cold Weather Events', "
            "https://www.ofwat.gov.uk/regulated-companies/resilience-in-the-round/prepare-better-perform-better-cold-weather-events/), "
            "here Bristol Water (South West Water group), exported from its tracker as tab-separated text. Copied "
            "features: a title line and a line naming the Ofwat review, a position date and owner line, a header row, "
            "theme rows in capitals, a 'Lesson identified' column left blank where the action answers the lesson "
            "above, original and revised targets, status words defined by a key line at the foot, and notes lines."
        ),
        "reads": (
            "A tab-separated plan with eight actions under four themes, each answering a lesson identified (blank "
            "lesson cells carry the lesson above, as the note says). The revised target, where given, is the end; "
            "At risk is amber and Off track red by the key."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Bristol Water – December 2022 Freeze-Thaw Event: Lessons Learned Action Plan",
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    results = [united_response(), lake_district(), mhclg(), heyca(), radlett(), haddenham(), bristol_water()]
    for r in results:
        print(*r)
