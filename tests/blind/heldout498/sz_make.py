"""Build the seven sz- blind test files (set heldout498).

Run with: /work/main/.venv/bin/python sz_make.py
Writes only files whose names start with "sz-" in this script's folder.
"""
import os
import csv
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
FILLS = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


def out(name):
    assert name.startswith("sz-")
    return os.path.join(HERE, name)


def d(y, m, dd):
    return datetime(y, m, dd)


def put(ws, row, col, value, bold=False, fillcol=None, fmt=None, border=True):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold:
        c.font = Font(bold=True)
    if fillcol:
        c.fill = fill(fillcol)
    if fmt:
        c.number_format = fmt
    elif isinstance(value, datetime):
        c.number_format = "dd/mm/yyyy"
    if border:
        c.border = BOX
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Cambridgeshire and Peterborough Combined Authority - corporate risk register
# ---------------------------------------------------------------------------
CPCA_TITLE = "Cambridgeshire and Peterborough Combined Authority – Corporate Risk Register 2025/26"

CPCA_RISKS = [
    {
        "risk": "CR01 Financial sustainability",
        "desc": "Cause: reliance on time-limited grant funding and rising cost pressures in transport and skills.\n"
                "Event: the Authority is unable to set a balanced Medium Term Financial Plan.\n"
                "Consequence: reduced delivery of Mayoral priorities and loss of confidence of government.",
        "owner": "Executive Director, Resources and Performance",
        "inh": (4, 4, 16), "controls": "MTFP refreshed annually; monthly budget monitoring to SLT; reserves policy agreed by Board.",
        "prev": 16, "curr": 12, "target": 8,
        "actions": [
            ("CR01.1", "Complete the 2026/27 budget and MTFP, including options for the Mayoral precept, for Board approval in January 2026",
             "Chief Finance Officer", d(2026, 1, 28), "G"),
            ("CR01.2", "Refresh the Treasury Management and Investment Strategies and present them to Audit and Governance Committee",
             "Chief Finance Officer", "Q4 2025/26", "A"),
        ],
    },
    {
        "risk": "CR02 Governance and assurance",
        "desc": "Cause: turnover in senior leadership and a complex constitution.\n"
                "Event: governance arrangements do not keep pace with new devolved functions.\n"
                "Consequence: poor or challengeable decisions; adverse external audit findings.",
        "owner": "Monitoring Officer",
        "inh": (3, 4, 12), "controls": "Constitution review cycle; Improvement Framework monitored by Audit and Governance Committee; internal audit plan.",
        "prev": 12, "curr": 8, "target": 6,
        "actions": [
            ("CR02.1", "Deliver the Member induction and development programme for Board and committee members",
             "Monitoring Officer", d(2025, 9, 30), "B"),
            ("CR02.2", "Commission an independent effectiveness review of the Audit and Governance Committee against CIPFA guidance",
             "Monitoring Officer / Head of Internal Audit", d(2026, 3, 31), "G"),
        ],
    },
    {
        "risk": "CR03 Bus franchising and network stability",
        "desc": "Cause: operator withdrawal of commercial routes and cost of moving to a franchised network.\n"
                "Event: the bus network contracts before franchising can be implemented.\n"
                "Consequence: loss of services to residents; increased subsidy costs.",
        "owner": "Director of Transport",
        "inh": (4, 5, 20), "controls": "Bus Service Improvement Plan funding; tendered services budget; monthly operator liaison meetings.",
        "prev": 20, "curr": 20, "target": 10,
        "actions": [
            ("CR03.1", "Complete the statutory consultation on the proposed Bus Franchising Scheme and report the outcome to the Mayor and Board",
             "Director of Transport", d(2025, 12, 31), "A"),
            ("CR03.2", "Develop the depot strategy and outline business case for strategic depot acquisition",
             "Director of Transport; Head of Legal", "June 2026", None),
            ("CR03.3", "Agree transitional funding arrangements with operators for tendered services at risk",
             "Head of Bus Services", d(2025, 11, 30), "R"),
        ],
    },
    {
        "risk": "CR04 Cyber security and information governance",
        "desc": "Cause: increasing sophistication of cyber attacks on public bodies.\n"
                "Event: a successful attack or data breach affecting Authority systems.\n"
                "Consequence: loss of systems and data; ICO enforcement; reputational damage.",
        "owner": "Executive Director, Resources and Performance",
        "inh": (3, 5, 15), "controls": "Managed security service; annual penetration test; mandatory data protection training.",
        "prev": 15, "curr": 15, "target": 10,
        "actions": [
            ("CR04.1", "Implement multi-factor authentication for all privileged and remote-access accounts",
             "Head of ICT", d(2025, 11, 30), "R"),
            ("CR04.2", "Run a cyber incident exercise with the Senior Leadership Team and update the Business Continuity Plan",
             "Head of ICT & Head of Governance", "Feb-26", "G"),
        ],
    },
    {
        "risk": "CR05 Adult Skills Fund provider performance",
        "desc": "Cause: variable quality and under-delivery by grant-funded providers.\n"
                "Event: funded provision does not meet learner numbers or outcomes.\n"
                "Consequence: clawback of funding; residents miss out on skills provision.",
        "owner": "Director of Skills",
        "inh": (3, 3, 9), "controls": "Funding agreements with performance clauses; quarterly provider reviews.",
        "prev": "New", "curr": 9, "target": 6,
        "actions": [
            ("CR05.1", "Embed the provider performance management framework across all grant-funded Adult Skills Fund providers",
             "Director of Skills", "Ongoing", "G"),
            ("CR05.2", "Carry out the in-year reconciliation of provider allocations and recover funding for under-delivery",
             "Skills Funding Manager", "January 2026", "G"),
        ],
    },
]


def score_fill(score):
    if not isinstance(score, int):
        return None
    if score >= 15:
        return RED
    if score >= 8:
        return AMBER
    return GREEN


def make_cpca():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Cambridgeshire and Peterborough Combined Authority"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Corporate Risk Register 2025/26"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Quarter 2 update (position at 30 September 2025)"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Version", "2.2"),
        ("Register owner", "Executive Director, Resources and Performance"),
        ("Prepared by", "Risk and Assurance Manager"),
        ("Reviewed by", "Senior Leadership Team, 4 November 2025"),
        ("Reported to", "Audit and Governance Committee, 28 November 2025"),
        ("Next review", "Quarter 3 (January 2026)"),
    ]
    for i, (k, v) in enumerate(rows, start=6):
        put(cov, i, 1, k, bold=True, fillcol=GREY)
        put(cov, i, 2, v)
    cov["A13"] = "Version history"
    cov["A13"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Change"], start=1):
        put(cov, 14, j, h, bold=True, fillcol=GREY)
    hist = [("2.0", d(2025, 6, 20), "Register refreshed for 2025/26 and agreed by SLT"),
            ("2.1", d(2025, 8, 15), "Quarter 1 update"),
            ("2.2", d(2025, 11, 4), "Quarter 2 update; CR05 added")]
    for i, row in enumerate(hist, start=15):
        for j, v in enumerate(row, start=1):
            put(cov, i, j, v)
    widths(cov, [22, 48, 50])

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Corporate risk summary – Quarter 2 2025/26"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Risk", "Risk owner", "Residual score Q1", "Residual score Q2", "Target score", "Direction of travel"]
    for j, h in enumerate(hdr, start=1):
        put(sm, 3, j, h, bold=True, fillcol=GREY)
    arrows = {"CR01": "↓", "CR02": "↓", "CR03": "↔", "CR04": "↔", "CR05": "New"}
    for i, r in enumerate(CPCA_RISKS, start=4):
        put(sm, i, 1, r["risk"])
        put(sm, i, 2, r["owner"])
        put(sm, i, 3, r["prev"], fillcol=score_fill(r["prev"]))
        put(sm, i, 4, r["curr"], fillcol=score_fill(r["curr"]))
        put(sm, i, 5, r["target"])
        put(sm, i, 6, arrows[r["risk"][:4]])
    widths(sm, [45, 45, 16, 16, 12, 18])

    # Register sheet
    ws = wb.create_sheet("Register")
    ws["A1"] = CPCA_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 30 September 2025 – reported to Audit and Governance Committee, 28 November 2025"
    groups = [(1, 3, "Risk"), (4, 6, "Inherent risk"), (7, 7, "Controls"), (8, 10, "Residual risk"),
              (11, 15, "Further mitigating actions")]
    for c1, c2, label in groups:
        put(ws, 4, c1, label, bold=True, fillcol=GREY)
        if c2 > c1:
            ws.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
    sub = ["Risk", "Description (cause / event / consequence)", "Risk owner", "L", "I", "Score",
           "Key controls in place", "Previous score (Q1)", "Current score (Q2)", "Target score",
           "Action ref", "Further action required", "Action owner", "Due date", "Action RAG"]
    for j, h in enumerate(sub, start=1):
        put(ws, 5, j, h, bold=True, fillcol=GREY)
    row = 6
    for r in CPCA_RISKS:
        n = len(r["actions"])
        first = row
        vals = [r["risk"], r["desc"], r["owner"], r["inh"][0], r["inh"][1], r["inh"][2], r["controls"],
                r["prev"], r["curr"], r["target"]]
        for j, v in enumerate(vals, start=1):
            fc = None
            if j in (6, 8, 9):
                fc = score_fill(v)
            put(ws, first, j, v, fillcol=fc, bold=(j == 1))
            for k in range(1, n):
                ws.cell(row=first + k, column=j).border = BOX
            if n > 1:
                ws.merge_cells(start_row=first, start_column=j, end_row=first + n - 1, end_column=j)
        for ref, action, owner, due, rag in r["actions"]:
            put(ws, row, 11, ref)
            put(ws, row, 12, action)
            put(ws, row, 13, owner)
            put(ws, row, 14, due)
            put(ws, row, 15, rag, fillcol=FILLS.get(rag))
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Action RAG: G – on track; A – some slippage, recoverable; R – off track or overdue; B – complete")
    ws.cell(row=row + 1, column=1, value="Scores are likelihood (L) x impact (I); see the Scoring key sheet.")
    widths(ws, [28, 48, 24, 5, 5, 7, 36, 11, 11, 9, 9, 52, 26, 13, 9])
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Risk scoring key"
    key["A1"].font = Font(bold=True)
    krows = [("15 – 25", "High (red): SLT and Audit and Governance Committee oversight", RED),
             ("8 – 12", "Medium (amber): managed by risk owner, reported quarterly", AMBER),
             ("1 – 6", "Low (green): tolerated and monitored", GREEN)]
    for i, (a, b, c) in enumerate(krows, start=3):
        put(key, i, 1, a, fillcol=c)
        put(key, i, 2, b)
    key["A8"] = "Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain"
    key["A9"] = "Impact: 1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Severe"
    widths(key, [14, 70])
    wb.save(out("sz-cambridgeshire-and-peterborough-ca-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. SES Water - Ofwat performance improvement plan tracker (typo month: refuse)
# ---------------------------------------------------------------------------
SES_TITLE = "SES Water – Ofwat Performance Improvement Plan 2025-26: Action Tracker"

SES_AREAS = [
    ("Water supply interruptions", [
        ("SI-01", "Install additional pressure and flow loggers on the 20 trunk mains with the highest interruption risk",
         "Chief Operating Officer", "Head of Network Operations", d(2025, 6, 30), d(2025, 9, 30), "A", "B",
         "All 20 sites live from 26 September; alarms routed to the control room."),
        ("SI-02", "Procure and mobilise two further overland pipe and tanker response units for the Redhill and Merstham zones",
         "Chief Operating Officer", "Incident Response Manager", d(2025, 10, 31), None, "G", "G",
         "Contract awarded; first unit delivered, second due early November."),
        ("SI-03", "Complete the resilience link main between Bough Beech treatment works and the Outwood zone",
         "Chief Operating Officer", "Capital Delivery Manager", d(2026, 3, 31), "0ct-2026", "A", "R",
         "Land access and a further ecology survey have delayed the start on site; revised date agreed at Exec."),
    ]),
    ("Leakage", [
        ("LK-01", "Extend active leakage control to night-flow monitoring of all district metered areas",
         "Director of Asset Strategy", "Leakage Manager", d(2025, 12, 31), None, "G", "G",
         "85% of DMAs now monitored nightly."),
        ("LK-02", "Replace 12 km of high-burst-frequency mains in the Caterham and Whyteleafe area",
         "Director of Asset Strategy", "Mains Renewal Programme Manager", d(2026, 3, 31), d(2026, 5, 31), "G", "A",
         "7.5 km complete; contractor resource reduced during autumn."),
        ("LK-03", "Offer free supply-pipe leak repairs to household customers identified by smart meter data",
         "Director of Customer Services", "Demand Management Lead", d(2025, 9, 30), None, "G", "B",
         "Scheme launched 1 September; 214 repairs completed."),
    ]),
    ("Customer service (C-MeX)", [
        ("CS-01", "Introduce proactive text message updates for customers affected by planned and unplanned interruptions",
         "Director of Customer Services", "Head of Customer Experience", d(2025, 11, 30), None, "G", "G",
         "Pilot complete; full roll-out from 17 November."),
        ("CS-02", "Reduce written complaint response times to 5 working days and report monthly to the Board",
         "Director of Customer Services", "Complaints Manager / Head of Customer Experience", d(2026, 1, 31), None, "A", "A",
         "Average 7.2 working days in October."),
    ]),
    ("Per capita consumption", [
        ("PCC-01", "Complete the smart meter installation programme for 30,000 household properties",
         "Director of Asset Strategy", "Metering Programme Manager", d(2026, 3, 31), None, "G", "G",
         "19,400 installed to date."),
        ("PCC-02", "Run the summer water efficiency campaign with free home visits and water-saving devices",
         "Director of Customer Services", "Demand Management Lead", d(2025, 8, 31), None, "B", "B",
         "Campaign closed; 1,150 home visits."),
    ]),
]
SES_TYPO_ROW = None  # set by make_ses


def make_ses():
    global SES_TYPO_ROW
    wb = Workbook()
    dash = wb.active
    dash.title = "Dashboard"
    dash["A1"] = SES_TITLE
    dash["A1"].font = Font(bold=True, size=14)
    dash["A2"] = "Board dashboard – position at 21 November 2025"
    for j, h in enumerate(["Current RAG", "Number of actions"], start=1):
        put(dash, 4, j, h, bold=True, fillcol=GREY)
    counts = {}
    for _, acts in SES_AREAS:
        for a in acts:
            counts[a[7]] = counts.get(a[7], 0) + 1
    labels = [("Blue – complete", "B"), ("Green – on track", "G"), ("Amber – at risk", "A"), ("Red – off track", "R")]
    r = 5
    for lab, k in labels:
        put(dash, r, 1, lab, fillcol=FILLS[k])
        put(dash, r, 2, counts.get(k, 0))
        r += 1
    put(dash, r, 1, "Total", bold=True)
    put(dash, r, 2, sum(counts.values()), bold=True)
    widths(dash, [28, 20])

    ws = wb.create_sheet("Action tracker")
    ws["A1"] = SES_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Executive sponsor: Chief Executive | Last updated: 21 November 2025 | Reported to: Board, 2 December 2025"
    hdr = ["Ref", "Performance area", "Action", "Executive owner", "Delivery lead", "Original due date",
           "Revised due date", "Previous RAG (Sept)", "Current RAG (Nov)", "Progress commentary"]
    for j, h in enumerate(hdr, start=1):
        put(ws, 4, j, h, bold=True, fillcol=GREY)
    row = 5
    for area, acts in SES_AREAS:
        first = row
        for a in acts:
            ref, action, exe, lead, orig, rev, prev, curr, comm = a
            put(ws, row, 1, ref)
            put(ws, row, 3, action)
            put(ws, row, 4, exe)
            put(ws, row, 5, lead)
            put(ws, row, 6, orig)
            put(ws, row, 7, rev)
            put(ws, row, 8, prev, fillcol=FILLS[prev])
            put(ws, row, 9, curr, fillcol=FILLS[curr])
            put(ws, row, 10, comm)
            if isinstance(rev, str):
                SES_TYPO_ROW = row
            row += 1
        put(ws, first, 2, area, bold=True)
        for k in range(first + 1, row):
            ws.cell(row=k, column=2).border = BOX
        ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1, value="RAG: B = complete; G = on track; A = at risk of missing date; R = date missed or will be missed")
    ws.cell(row=row + 1, column=1, value="Revised dates require approval by the Executive Committee (see Change log).")
    widths(ws, [8, 20, 55, 26, 28, 13, 13, 11, 11, 48])
    ws.freeze_panes = "C5"

    cl = wb.create_sheet("Change log")
    for j, h in enumerate(["Date", "Ref", "Change", "Approved by"], start=1):
        put(cl, 1, j, h, bold=True, fillcol=GREY)
    changes = [(d(2025, 7, 8), "SI-01", "Due date moved from 30/06/2025 to 30/09/2025 – logger supply delay", "Executive Committee"),
               (d(2025, 11, 11), "SI-03", "Due date revised – land access and ecology survey", "Executive Committee"),
               (d(2025, 11, 11), "LK-02", "Due date moved from 31/03/2026 to 31/05/2026", "Executive Committee")]
    for i, rr in enumerate(changes, start=2):
        for j, v in enumerate(rr, start=1):
            put(cl, i, j, v)
    widths(cl, [12, 8, 60, 22])
    wb.save(out("sz-ses-water-ofwat-performance-improvement-plan-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Building Safety Regulator - Gateway 2 improvement programme highlight report
# ---------------------------------------------------------------------------
BSR_TITLE = "Gateway 2 Improvement Programme – Highlight Report"

BSR_WS = [
    ("WS1 Innovation Unit (new applications)", [
        ("1.1", "Extend the Innovation Unit model to all new-build Gateway 2 applications received from 4 August 2025",
         "Deputy Director, Gateway Operations", d(2025, 8, 4), d(2025, 8, 4), "B",
         "Complete. All new-build applications since 4 August routed to the Innovation Unit."),
        ("1.2", "Give applicants validation feedback within 5 working days of receipt",
         "Head of Registration and Validation", d(2025, 9, 30), d(2025, 11, 30), "G",
         "Currently averaging 6 working days; additional validation officers start 10 November."),
    ]),
    ("WS2 Legacy new-build cases", [
        ("2.1", "Agree a case closure plan for each remaining legacy new-build application",
         "R. Osei / M. Lindqvist", d(2025, 9, 30), d(2025, 9, 30), "B",
         "Closure plans in place for all 91 cases."),
        ("2.2", "Determine the majority of legacy new-build applications",
         "Deputy Director, Gateway Operations", d(2025, 11, 30), d(2025, 12, 31), "A",
         "63 cases remain; complex fire engineering reviews are the main blocker."),
        ("2.3", "Close the final legacy new-build cases or return them to applicants for resubmission",
         "Deputy Director, Gateway Operations", d(2026, 1, 31), d(2026, 1, 31), "G",
         "On track subject to 2.2."),
    ]),
    ("WS3 Remediation applications", [
        ("3.1", "Stand up the centralised remediation team and transfer the remediation caseload to it",
         "Head of Remediation Casework", d(2025, 10, 31), d(2025, 12, 31), "R",
         "Recruitment to team leader posts unsuccessful; re-advertised. Board support requested (see above)."),
        ("3.2", "Publish revised guidance for remediation applicants on information requirements",
         "Head of Policy and Guidance", d(2025, 11, 30), d(2025, 11, 30), "G",
         "Draft with MHCLG for comment."),
    ]),
    ("WS4 Digital and case management", [
        ("4.1", "Release the updated Gateway 2 case management system with batching and account manager functions",
         "Chief Digital Officer", d(2025, 12, 31), d(2026, 2, 28), "A",
         "Supplier testing found defects in the batching function; release moved to February."),
    ]),
    ("WS5 People and capability", [
        ("5.1", "Recruit 40 additional multi-disciplinary team specialists, including fire engineers",
         "HR Business Partner", d(2026, 3, 31), d(2026, 3, 31), "G",
         "26 of 40 appointed."),
        ("5.2", "Procure a framework contract for computational fluid dynamics (CFD) review capacity",
         "Head of Commercial", d(2025, 12, 31), d(2026, 1, 31), "A",
         "Tender evaluation under way; award expected January."),
    ]),
]


def make_bsr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = "Building Safety Regulator"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = BSR_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    info = [("Reporting period", "1 – 31 October 2025"),
            ("Report date", "7 November 2025"),
            ("Senior Responsible Owner", "Chief Executive"),
            ("Programme Manager", "Lydia Farrant"),
            ("Audience", "Gateway 2 Programme Board")]
    r = 4
    for k, v in info:
        put(ws, r, 1, k, bold=True, fillcol=GREY)
        put(ws, r, 2, v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        r += 1
    put(ws, 4, 5, "Overall RAG", bold=True, fillcol=GREY)
    put(ws, 5, 5, "Previous (September)", bold=True)
    put(ws, 5, 6, "Red", fillcol=RED)
    put(ws, 6, 5, "Current (October)", bold=True)
    put(ws, 6, 6, "Amber", fillcol=AMBER)

    r = 10
    put(ws, r, 1, "Key messages this period", bold=True, fillcol=GREY)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    put(ws, r + 1, 1,
        "• Innovation Unit meeting the 12-week target on all new-build applications received since 4 August.\n"
        "• Legacy new-build cases reduced from 91 to 63; most will be determined by the end of December.\n"
        "• Remediation caseload remains the main concern: average 34 weeks to decision.")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
    ws.row_dimensions[r + 1].height = 48
    put(ws, r + 2, 1, "Decisions / support required from Programme Board", bold=True, fillcol=GREY)
    ws.merge_cells(start_row=r + 2, start_column=1, end_row=r + 2, end_column=8)
    put(ws, r + 3, 1, "Agree use of interim contractors for remediation team leader roles pending permanent recruitment (WS3).")
    ws.merge_cells(start_row=r + 3, start_column=1, end_row=r + 3, end_column=8)
    put(ws, r + 4, 1, "RAID summary: 14 open risks (3 red), 5 open issues, 2 dependencies on MHCLG.")
    ws.merge_cells(start_row=r + 4, start_column=1, end_row=r + 4, end_column=8)

    r = 16
    put(ws, r, 1, "Milestone tracker", bold=True)
    r += 1
    hdr = ["Workstream", "Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date", "RAG", "Commentary"]
    for j, h in enumerate(hdr, start=1):
        put(ws, r, j, h, bold=True, fillcol=GREY)
    r += 1
    for wsname, items in BSR_WS:
        first = r
        for ref, act, lead, base, fc, rag, comm in items:
            put(ws, r, 2, ref)
            put(ws, r, 3, act)
            put(ws, r, 4, lead)
            put(ws, r, 5, base)
            put(ws, r, 6, fc)
            put(ws, r, 7, None, fillcol=FILLS[rag])
            put(ws, r, 8, comm)
            r += 1
        put(ws, first, 1, wsname, bold=True)
        for k in range(first + 1, r):
            ws.cell(row=k, column=1).border = BOX
        if r - first > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    put(ws, r, 1, "RAG key", bold=True, border=False)
    for j, (k, lab) in enumerate([("G", "On track"), ("A", "At risk – recoverable"),
                                  ("R", "Off track – intervention needed"), ("B", "Complete")]):
        put(ws, r + 1 + j, 1, None, fillcol=FILLS[k])
        put(ws, r + 1 + j, 2, lab, border=False)
    widths(ws, [30, 8, 50, 30, 13, 13, 8, 50])

    kp = wb.create_sheet("Performance")
    kp["A1"] = "Gateway 2 performance measures"
    kp["A1"].font = Font(bold=True)
    for j, h in enumerate(["Measure", "August", "September", "October", "Target"], start=1):
        put(kp, 3, j, h, bold=True, fillcol=GREY)
    kpis = [("New-build decisions in 12 weeks (%)", 41, 68, 92, 100),
            ("Legacy new-build cases open", 91, 81, 63, 0),
            ("Remediation applications open", 271, 266, 258, None),
            ("Average weeks to decision – remediation", 37, 35, 34, 8)]
    for i, row in enumerate(kpis, start=4):
        for j, v in enumerate(row, start=1):
            put(kp, i, j, v)
    widths(kp, [42, 10, 10, 10, 10])
    wb.save(out("sz-building-safety-regulator-gateway-2-improvement-programme-highlight-report.xlsx"))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Severn Hospice - CQC inspection action plan
# ---------------------------------------------------------------------------
SEVERN_TITLE = "Severn Hospice – CQC Inspection Action Plan"
SEVERN_WORD = {"Green": "9BBB59", "Amber": "FFC000", "Red": "FF0000"}
SEVERN_SECTIONS = [
    ("Safe", [
        ("Must do (Regulation 12): The service must ensure that medicines are stored at the correct temperature and that fridge temperature checks are recorded daily.", [
            ("1.1", "Replace the medicines fridge on the Inpatient Unit and fit a continuous temperature data logger with alarm",
             "Estates Manager / Lead Pharmacist", "30/06/2025", "Green", "New fridge and logger installed 12/06/2025."),
            ("1.2", "Add the daily fridge temperature check to the ward safety huddle checklist and audit compliance monthly for six months",
             "Inpatient Unit Manager", "December 2025", "Amber", "Audits for July–September show 96% compliance."),
        ]),
        ("Should do: The service should ensure all clinical staff complete level 3 safeguarding adults training.", [
            ("1.3", "Book all registered nurses and healthcare assistants onto level 3 safeguarding adults training and track completion through the learning management system",
             "Head of Education", "Sept 2025", "Green", "Compliance 94% at 30 September; new starters booked."),
        ]),
    ]),
    ("Effective", [
        ("Should do: The service should ensure that mental capacity assessments are documented for patients who may lack capacity to consent to care.", [
            ("2.1", "Introduce a mental capacity assessment template in SystmOne and train clinical staff in its use",
             "Clinical Systems Lead / Safeguarding Lead", "30/11/2025", "Amber", "Template built; training sessions booked for November."),
            ("2.2", "Audit 20 sets of notes each quarter for completion of capacity assessments and report results to the Clinical Governance Committee",
             "Quality and Governance Lead", "Quarterly", "Amber", "First audit due December 2025."),
        ]),
    ]),
    ("Well-led", [
        ("Should do: The provider should ensure that actions from incident investigations are tracked to completion.", [
            ("3.1", "Move incident actions into the Datix action module with named owners and due dates",
             "Head of Quality and Patient Safety", "31/07/2025", "Green", "Completed July 2025."),
            ("3.2", "Report overdue incident actions to the Senior Management Team each month",
             "Head of Quality and Patient Safety", "Monthly", "Red", "Not yet started – report format not agreed."),
        ]),
        ("Should do: The provider should review how feedback from patients and families is used to improve the service.", [
            ("3.3", "Set up a patient and family experience group reporting to the Board of Trustees",
             "Director of Patient Care", "March 2026", "Amber", "Terms of reference drafted; recruiting members."),
        ]),
    ]),
]


def make_severn():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(SEVERN_TITLE, style="Title")
    doc.add_paragraph("Location: Severn Hospice, Bicton Heath, Shrewsbury | Inspection: 11–12 March 2025 | "
                      "Report published: 20 May 2025")
    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Owner", "Director of Patient Care"),
                                ("Approved by", "Clinical Governance Committee, 17 June 2025"),
                                ("Last updated", "9 October 2025")]):
        set_cell(dc.cell(i, 0), k, bold=True)
        set_cell(dc.cell(i, 1), v)
    doc.add_paragraph("RAG key", style="Heading 2")
    key = doc.add_table(rows=3, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate([("Green", "Action completed and evidence filed"),
                                ("Amber", "In progress – within target date"),
                                ("Red", "Overdue or at risk of not being delivered")]):
        set_cell(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), SEVERN_WORD[k])
        set_cell(key.cell(i, 1), v)
    hdr = ["Ref", "CQC finding", "Action to be taken", "Lead", "Target date", "RAG", "Progress update"]
    for section, findings in SEVERN_SECTIONS:
        doc.add_paragraph(section, style="Heading 1")
        nrows = 1 + sum(len(a) for _, a in findings)
        t = doc.add_table(rows=nrows, cols=len(hdr))
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        r = 1
        for finding, acts in findings:
            first = r
            for ref, act, lead, date, rag, prog in acts:
                set_cell(t.cell(r, 0), ref)
                set_cell(t.cell(r, 2), act)
                set_cell(t.cell(r, 3), lead)
                set_cell(t.cell(r, 4), date)
                set_cell(t.cell(r, 5), rag)
                shade(t.cell(r, 5), SEVERN_WORD[rag])
                set_cell(t.cell(r, 6), prog)
                r += 1
            if r - first > 1:
                m = t.cell(first, 1).merge(t.cell(r - 1, 1))
                set_cell(m, finding)
            else:
                set_cell(t.cell(first, 1), finding)
        doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reviewed monthly by the Senior Management Team and "
                      "reported to the Clinical Governance Committee.")
    doc.save(out("sz-severn-hospice-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Ardingly College - ISI post-inspection action plan
# ---------------------------------------------------------------------------
ARD_TITLE = "Ardingly College – Post-Inspection Action Plan"
ARD_PARTS = [
    ("Part A: Recommended next steps (Senior School)", [
        ("Next step 1: Ensure that feedback to pupils is consistently precise across all subjects, so that pupils know how to improve their work.", [
            ("A1.1", "Revise the Senior School feedback policy, including subject-specific expectations for written and verbal feedback",
             "Deputy Head (Academic)", "September 2025", "Policy approved by SLT and shared with staff at INSET.", "Completed"),
            ("A1.2", "Run a programme of learning walks and book looks focused on feedback, with findings reported to Heads of Department",
             "Assistant Head (Teaching and Learning); Heads of Department", "Autumn term 2025",
             "Pupil voice shows at least 85% of pupils can say how to improve their work.", "On track"),
        ]),
        ("Next step 2: Strengthen the monitoring of boarders’ wellbeing so that leaders identify emerging concerns at an earlier stage.", [
            ("A2.1", "Introduce a weekly wellbeing tracker completed by house staff and reviewed by the Deputy Head (Pastoral)",
             "Deputy Head (Pastoral)", "October half term 2025", "Tracker in use in all boarding houses.", "Completed"),
            ("A2.2", "Provide training for boarding house tutors on recognising and recording low-level concerns",
             "Designated Safeguarding Lead", "Summer term 2026", "All house tutors trained; records show earlier referrals.", "Not started"),
        ]),
    ]),
    ("Part B: Recommended next step (Prep School)", [
        ("Next step 3: Develop the personal, social, health and economic (PSHE) education curriculum in the Prep School so that it builds more systematically on pupils’ prior learning.", [
            ("B3.1", "Map the Prep School PSHE and RSE curriculum from Year 3 to Year 8 against the Senior School programme",
             "PSHE Coordinator (Prep)", "December 2025", "Curriculum map published on the staff portal.", "On track"),
            ("B3.2", "Consult pupils and parents on the revised RSE policy",
             "Head of Prep School & PSHE Coordinator (Prep)", "Ongoing", "Consultation responses considered by governors.", "On track"),
        ]),
    ]),
]


def make_ardingly():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(ARD_TITLE, style="Title")
    doc.add_paragraph("Independent Schools Inspectorate (ISI) inspection, 4–6 February 2025")
    doc.add_paragraph("Prepared by the Head and Senior Leadership Team. Approved by the Governing Body on 12 June 2025. "
                      "Progress is reviewed termly by the Education Committee.")
    doc.add_paragraph("The inspection report confirmed that the school meets the Independent School Standards and the "
                      "National Minimum Standards for Boarding Schools. This plan sets out how we will respond to the "
                      "recommended next steps.")
    hdr = ["Ref", "Action", "Responsibility", "By when", "Success criteria", "Progress (Autumn 2025)"]
    for part, steps in ARD_PARTS:
        doc.add_paragraph(part, style="Heading 1")
        for step, acts in steps:
            doc.add_paragraph(step, style="Heading 2")
            t = doc.add_table(rows=1 + len(acts), cols=len(hdr))
            t.style = "Table Grid"
            for j, h in enumerate(hdr):
                set_cell(t.cell(0, j), h, bold=True)
                shade(t.cell(0, j), "D9E2F3")
            for i, (ref, act, resp, when, crit, prog) in enumerate(acts, start=1):
                for j, v in enumerate([ref, act, resp, when, crit, prog]):
                    set_cell(t.cell(i, j), v)
            doc.add_paragraph("")
    doc.add_paragraph("Note: progress against this plan is reported to the Education Committee of the Governing Body each term.")
    doc.save(out("sz-ardingly-college-isi-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. National Trust - Board of Trustees rolling action log (CSV export)
# ---------------------------------------------------------------------------
NT_TITLE = "National Trust – Board of Trustees Rolling Action Log"
NT_MEETINGS = [
    ("Meeting of 23 July 2025", [
        ("BT25/31", "25/57", "Bring a paper on the approach to visitor admission pricing for 2026, including the impact on members and concessions",
         "HB/TC", "Sept 2025", "B", "Closed", "Considered at the September meeting (minute 25/71)."),
        ("BT25/32", "25/59", "Circulate the final Annual Report and Accounts 2024/25 to trustees ahead of the Annual General Meeting",
         "Company Secretary", "Oct-25", "B", "Closed", "Circulated 6 October."),
        ("BT25/34", "25/62", "Review the volunteering strategy targets with the Volunteering Committee and report back to the Board",
         "DW", "Nov-25", "A", "Open", "Committee meeting moved to 4 December; report to January Board."),
    ]),
    ("Meeting of 24 September 2025", [
        ("BT25/40", "25/71", "Provide an update on the cyber security programme covering:\n- progress towards Cyber Essentials Plus certification\n- results of the summer phishing exercise",
         "SR", "Jan-26", "G", "Open", ""),
        ("BT25/41", "25/73", "Arrange a trustee visit to a coastal property affected by the winter storms",
         "Company Secretary", "31/03/2026", "G", "Open", "Dates being canvassed."),
        ("BT25/43", "25/76", "Provide a breakdown of the conservation repairs backlog by region",
         "TC & AM", "Q4 2025/26", "G", "Open", ""),
    ]),
    ("Meeting of 19 November 2025", [
        ("BT25/50", "25/88", "Bring the draft 2026/27 budget and three-year financial plan for approval",
         "TC", "March 2026", "G", "Open", ""),
        ("BT25/51", "25/90", "Update the Board's risk appetite statement following the strategic risk workshop",
         "HB", "Feb-26", "", "Open", "Not yet due."),
        ("BT25/52", "25/91", "Report on progress against the outcomes in the 10-year strategy",
         "HB", "Annually", "G", "Open", "Standing item for the July meeting."),
    ]),
]


def make_nt():
    path = out("sz-national-trust-board-of-trustees-rolling-action-log.csv")
    ncol = 8
    blank = [""] * ncol
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([NT_TITLE] + [""] * (ncol - 1))
        w.writerow(["Updated 2 December 2025 – open actions and actions closed since the last meeting"] + [""] * (ncol - 1))
        w.writerow(blank)
        w.writerow(["Action no.", "Minute", "Action required", "Owner", "Due", "RAG", "Status", "Update"])
        for meeting, acts in NT_MEETINGS:
            w.writerow([meeting] + [""] * (ncol - 1))
            for a in acts:
                w.writerow(list(a))
        w.writerow(blank)
        w.writerow(["RAG: R = overdue; A = at risk or due within one month; G = on track; B = complete"] + [""] * (ncol - 1))
        w.writerow(["Owners: HB – Director-General; TC – Chief Financial Officer; DW – Director of Volunteering; "
                    "SR – Chief Information Officer; AM – Director of Conservation"] + [""] * (ncol - 1))


# ---------------------------------------------------------------------------
# 7. Cranbrook Town Council - internal audit action plan (tab-separated text)
# ---------------------------------------------------------------------------
CTC_TITLE = "Cranbrook Town Council – Internal Audit 2024/25 Action Plan"
CTC_RECS = [
    ("Recommendation 1 (Risk management): The Council's risk register was last reviewed in May 2023. It should be reviewed and formally adopted by Full Council at least annually.", [
        ("1.1", "Review all risks with the Finance and Governance Committee and update scores and controls", "Town Clerk", "31/07/2025", "Complete", "Reviewed 10 July 2025."),
        ("1.2", "Present the updated risk register to Full Council for adoption", "Town Clerk", "September 2025", "Complete", "Adopted 15 September 2025 (minute 25/112)."),
        ("1.3", "Add the annual review of the risk register to the Council's governance calendar", "Deputy Town Clerk", "Annually", "On track", ""),
    ]),
    ("Recommendation 2 (Bank reconciliations): Bank reconciliations were not signed by a member other than the RFO for five months of the year. Reconciliations should be reviewed and signed each month by a nominated councillor.", [
        ("2.1", "Nominate a councillor to review and sign bank reconciliations each month", "Full Council", "19/05/2025", "Complete", "Cllr K. Marsh nominated."),
        ("2.2", "Provide the nominated councillor with bank statements and the reconciliation within 10 working days of month end", "RFO", "Monthly", "On track", ""),
    ]),
    ("Recommendation 3 (Asset register): The asset register does not include the play equipment and street furniture transferred to the Council in 2024.", [
        ("3.1", "Carry out a physical check of all assets and update the asset register with transferred items and insurance values", "Town Clerk/RFO", "31/10/2025", "On track", "Site checks complete; values being confirmed."),
        ("3.2", "Review insurance cover against the updated asset register", "RFO & Cllr K. Marsh", "Dec 2025", "Not started", ""),
    ]),
    ("Recommendation 4 (Transparency): The notice of public rights and the 2023/24 AGAR were not published on the website within the required timescales.", [
        ("4.1", "Publish the notice of the period for the exercise of public rights and AGAR sections 1 and 2 on the website by 30 June each year", "Deputy Town Clerk", "30/06/2025", "Complete", "Published 16 June 2025."),
    ]),
]


def make_ctc():
    path = out("sz-cranbrook-town-council-internal-audit-action-plan-2024-25.txt")
    lines = [
        CTC_TITLE,
        "Internal auditor's report dated 22 April 2025; action plan agreed by Full Council on 19 May 2025.",
        "Updated for the Finance and Governance Committee, 15 September 2025.",
        "",
        "\t".join(["Ref", "Action", "Responsible", "Target date", "Status", "Comments"]),
    ]
    for rec, acts in CTC_RECS:
        lines.append(rec)
        for a in acts:
            lines.append("\t".join(a))
    lines += [
        "",
        "Status key: Complete / On track / Not started",
        "Next review: Finance and Governance Committee, 17 November 2025",
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_cpca()
    make_ses()
    make_bsr()
    make_severn()
    make_ardingly()
    make_nt()
    make_ctc()
    print("SES typo row:", SES_TYPO_ROW)
