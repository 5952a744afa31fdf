#!/usr/bin/env python3
"""Build the seven zdx- blind test files (set heldout796) and their expected readings.

Run with /work/main/.venv/bin/python zdx_make.py  (writes beside this script).
Only files whose names start with 'zdx-' are written.
"""
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

FILLS = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}


def out(name):
    assert name.startswith("zdx-"), name
    return os.path.join(HERE, name)


def write_expected(name, data):
    path = out(name) + ".expected.yaml"
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Invest NI corporate risk register (xlsx, three sheets, merged risk cells,
#    fill-only action RAG, previous/current residual rating)
# ---------------------------------------------------------------------------
def invest_ni():
    name = "zdx-invest-northern-ireland-corporate-risk-register-2025-26.xlsx"
    wb = Workbook()

    # Cover sheet ---------------------------------------------------------
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Invest Northern Ireland"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Corporate Risk Register 2025-26"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Quarter 2 review – position at 30 September 2025"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Prepared by", "Reviewed / approved by"),
        ("1.0", "22/04/2025", "Corporate Governance Unit", "Executive Leadership Team (ELT)"),
        ("1.1", "15/07/2025", "Corporate Governance Unit", "ELT; Audit and Risk Assurance Committee"),
        ("1.2", "14/10/2025", "Corporate Governance Unit", "ELT – for ARAC on 4 November 2025"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=6 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
    ws["A11"] = "Classification: OFFICIAL-SENSITIVE (published version – redacted where marked)"
    ws["A12"] = "Risk Owner for the register: Chief Executive (Accounting Officer)"
    for col, w in zip("ABCD", (14, 14, 28, 44)):
        ws.column_dimensions[col].width = w

    # Summary sheet -------------------------------------------------------
    ws = wb.create_sheet("Risk Summary")
    ws["A1"] = "Corporate risk profile – Q2 2025-26"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ("Risk", "Risk owner", "Inherent", "Residual Q1", "Residual Q2", "Target", "Trend")
    for j, v in enumerate(hdr):
        c = ws.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BORDER
    summ = [
        ("CR1 – Delivery of Business Strategy 2024-27 targets", "Director of Strategy", "20", "16", "16", "9", "↔"),
        ("CR2 – Budget and financial sustainability", "Director of Finance & Corporate Services", "25", "20", "16", "12", "↓"),
        ("CR3 – Cyber security and information assurance", "Senior Information Risk Owner (SIRO)", "20", "12", "12", "8", "↔"),
        ("CR4 – People, capacity and organisational change", "Chief Executive", "16", "12", "15", "8", "↑"),
        ("CR5 – Subsidy control and regulatory compliance", "Head of Legal Services", "15", "8", "8", "6", "↔"),
    ]
    for i, r in enumerate(summ):
        for j, v in enumerate(r):
            c = ws.cell(row=4 + i, column=1 + j, value=v)
            c.border = BORDER
    ws["A10"] = "Trend: ↑ risk increasing   ↓ risk decreasing   ↔ no change since last quarter"
    ws.column_dimensions["A"].width = 52
    ws.column_dimensions["B"].width = 40

    # Register sheet ------------------------------------------------------
    ws = wb.create_sheet("Register")
    ws["A1"] = "Invest NI Corporate Risk Register 2025-26 – Q2"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Scoring: Likelihood (1-5) x Impact (1-5). 1-4 Low; 5-10 Medium; 12-16 High; 20-25 Very High. "
                "Residual ratings shown for the previous quarter (Q1) and this quarter (Q2).")
    # group header row 4, column headers row 5
    groups = [("Risk", 1, 3), ("Assessment", 4, 7), ("Further mitigating actions", 8, 13)]
    for label, c1, c2 in groups:
        ws.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
        c = ws.cell(row=4, column=c1, value=label)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = Alignment(horizontal="center")
    heads = ["Risk ref & title", "Risk description (cause – event – effect)", "Risk owner",
             "Inherent rating", "Key existing controls", "Residual rating Q1", "Residual rating Q2",
             "Ref", "Further action required", "Action owner", "Target date", "Action RAG",
             "Progress at Q2"]
    for j, v in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BORDER
        c.alignment = WRAP

    risks = [
        {
            "title": "CR1 – Delivery of Business Strategy 2024-27 targets",
            "desc": ("Weaker global demand and reduced client investment appetite lead to Invest NI "
                     "not meeting its productivity, good jobs and regional balance targets, damaging "
                     "confidence of the Department for the Economy and stakeholders."),
            "owner": "Director of Strategy",
            "inh": "20 Very High",
            "controls": ("Business Strategy performance framework; quarterly performance report to Board; "
                         "sub-regional targets agreed with DfE; pipeline reviews at ELT."),
            "q1": ("16 High", "amber"), "q2": ("16 High", "amber"),
            "actions": [
                ("CR1.1", "Complete the mid-term review of Business Strategy targets with DfE and agree any rebased targets for 2026-27.",
                 "Director of Strategy", "31/03/2026", "green",
                 "Review scoped; workshop with DfE held 9 September.", ["Director of Strategy"], "2026-03", None),
                ("CR1.2", "Roll out regional business plans for each of the four sub-regions, with quarterly reporting to the Board on regional balance measures.",
                 "Director of Regional Business", "Dec-25", "amber",
                 "Two of four plans signed off; North West and Southern plans delayed by vacancies.",
                 ["Director of Regional Business"], "2025-12", None),
                ("CR1.3", "Embed the productivity and good jobs measures in the CRM so that every offer of support reports against them.",
                 "Director of Strategy / Head of Digital", "30/06/2025\nRevised: 31/01/2026", "amber",
                 "Supplier change request agreed; testing planned for December.",
                 ["Director of Strategy", "Head of Digital"], "2026-01", None),
            ],
        },
        {
            "title": "CR2 – Budget and financial sustainability",
            "desc": ("Insufficient or late budget allocation, and in-year pressures, mean Invest NI cannot "
                     "fund its committed and planned programmes, leading to reputational damage and "
                     "loss of client projects."),
            "owner": "Director of Finance & Corporate Services",
            "inh": "25 Very High",
            "controls": ("Monthly budget monitoring to ELT; commitments register; DfE monitoring rounds; "
                         "delegated authority limits."),
            "q1": ("20 Very High", "red"), "q2": ("16 High", "amber"),
            "actions": [
                ("CR2.1", "Agree the 2025-26 opening budget allocation with DfE and re-profile the programme spend forecast accordingly.",
                 "Director of Finance & Corporate Services", "Jun-25", "blue",
                 "Allocation confirmed; re-profiled forecast approved by ELT on 24 June.",
                 ["Director of Finance & Corporate Services"], "2025-06", None),
                ("CR2.2", "Review commitments against the resource and capital budgets at every ELT meeting, identifying easements early.",
                 "Director of Finance & Corporate Services", "Monthly", "green",
                 "In place; £2.1m easement surrendered in October monitoring round.",
                 ["Director of Finance & Corporate Services"], None, "Monthly"),
                ("CR2.3", "Develop a prioritisation framework for 2026-27 programmes in case of a reduced budget settlement.",
                 "Chief Executive; Director of Finance & Corporate Services", "Q4 2025/26", "green",
                 "Draft criteria discussed at Board strategy day.",
                 ["Chief Executive", "Director of Finance & Corporate Services"], "2026-03", None),
            ],
        },
        {
            "title": "CR3 – Cyber security and information assurance",
            "desc": ("A cyber attack or loss of data, including client commercial information, disrupts "
                     "services and causes financial, legal and reputational harm."),
            "owner": "Senior Information Risk Owner (SIRO)",
            "inh": "20 Very High",
            "controls": ("NICS shared network protections; annual penetration test; Information Assurance "
                         "Group; data protection policies and breach procedure."),
            "q1": ("12 High", "amber"), "q2": ("12 High", "amber"),
            "actions": [
                ("CR3.1", "Implement the recommendations of the 2025 cyber maturity assessment, starting with multi-factor authentication for all remote access.",
                 "Head of IT", "31/12/2025", "amber",
                 "MFA live for staff; Board member devices outstanding.",
                 ["Head of IT"], "2025-12", None),
                ("CR3.2", "Deliver mandatory information security and phishing awareness training to all staff and Board members.",
                 "Senior Information Risk Owner (SIRO)", "Sept 2025 – Feb 2026", "green",
                 "78% of staff completed; Board session booked for January.",
                 ["Senior Information Risk Owner (SIRO)"], "2026-02", None),
            ],
        },
        {
            "title": "CR4 – People, capacity and organisational change",
            "desc": ("Loss of key staff, vacancies and the pace of organisational change following the "
                     "independent review reduce capacity to deliver the Business Strategy."),
            "owner": "Chief Executive",
            "inh": "16 High",
            "controls": ("People Strategy; vacancy control panel; change programme board; staff "
                         "engagement forum."),
            "q1": ("12 High", "amber"), "q2": ("15 High", "amber"),
            "actions": [
                ("CR4.1", "Implement the new organisational structure arising from the independent review, including recruitment to the Chief Operating Officer post.",
                 "Chief Executive", "Mar-26", "red",
                 "COO competition failed to appoint; re-advertised November.",
                 ["Chief Executive"], "2026-03", None),
                ("CR4.2", "Complete the strategic workforce plan and skills gap analysis for the regional teams.",
                 "Head of HR", "TBC", None,
                 "Not started – dependent on new structure.",
                 ["Head of HR"], None, "TBC"),
            ],
        },
        {
            "title": "CR5 – Subsidy control and regulatory compliance",
            "desc": ("Assistance is awarded in breach of the Subsidy Control Act 2022 or the Windsor "
                     "Framework State aid provisions, leading to challenge, recovery of funds and "
                     "reputational damage."),
            "owner": "Head of Legal Services",
            "inh": "15 High",
            "controls": ("Subsidy control checklist on every casework submission; legal sign-off above "
                         "thresholds; Casework Committee scrutiny."),
            "q1": ("8 Medium", "green"), "q2": ("8 Medium", "green"),
            "actions": [
                ("CR5.1", "Refresh subsidy control guidance and casework templates following the updated statutory guidance, and train all casework staff.",
                 "Head of Legal Services", "30/11/2025", "green",
                 "Guidance drafted; training sessions scheduled 18 and 25 November.",
                 ["Head of Legal Services"], "2025-11", None),
            ],
        },
    ]

    expected = []
    r = 6
    for risk in risks:
        n = len(risk["actions"])
        start = r
        for k, a in enumerate(risk["actions"]):
            ref, text, owner, target, rag, progress, lead, end, end_text = a
            ws.cell(row=r, column=8, value=ref)
            ws.cell(row=r, column=9, value=text)
            ws.cell(row=r, column=10, value=owner)
            ws.cell(row=r, column=11, value=target)
            rc = ws.cell(row=r, column=12, value=None)
            if rag:
                rc.fill = fill(FILLS[rag])
            ws.cell(row=r, column=13, value=progress)
            expected.append(act(ref, [risk["title"]], text, lead, end,
                                rag if rag else "unrated", end_text))
            r += 1
        vals = [risk["title"], risk["desc"], risk["owner"], risk["inh"], risk["controls"],
                risk["q1"][0], risk["q2"][0]]
        for j, v in enumerate(vals):
            ws.cell(row=start, column=1 + j, value=v)
            if n > 1:
                ws.merge_cells(start_row=start, start_column=1 + j, end_row=start + n - 1, end_column=1 + j)
        ws.cell(row=start, column=6).fill = fill(FILLS[risk["q1"][1]])
        ws.cell(row=start, column=7).fill = fill(FILLS[risk["q2"][1]])
        for rr in range(start, r):
            for cc in range(1, 14):
                ws.cell(row=rr, column=cc).border = BORDER
                ws.cell(row=rr, column=cc).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Action RAG key").font = Font(bold=True)
    for k, (col, txt) in enumerate([
        ("blue", "Complete"),
        ("green", "On track to meet target date"),
        ("amber", "Some slippage – expected to complete by year end"),
        ("red", "Significantly delayed or target date missed"),
    ]):
        ws.cell(row=r + 1 + k, column=1).fill = fill(FILLS[col])
        ws.cell(row=r + 1 + k, column=2, value=txt)
    ws.cell(row=r + 6, column=1,
            value="Blank RAG = action not yet started. Risks are reviewed by ELT monthly and by ARAC quarterly.")
    widths = [30, 40, 24, 12, 38, 12, 12, 8, 50, 30, 18, 10, 40]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates a Northern Ireland NDPB corporate risk register as presented to ELT and the Audit and "
                   "Risk Assurance Committee (Invest NI publishes ARAC papers; the layout follows the NIAO "
                   "'Good practice in risk management' register shape and the AFBI published CRR: cover with "
                   "document control, risk summary sheet, then a register). Copied features: cover sheet with "
                   "document-control table, separate summary sheet with scores and trend arrows, banded group "
                   "headers, risk cells merged down over their further actions, previous (Q1) and current (Q2) "
                   "residual ratings with fill colour, action RAG shown by fill colour only, RAG key and notes "
                   "under the table, job titles as action owners, revised date in the target cell."),
        "reads": ("A three-sheet workbook: a cover, a one-line-per-risk summary, and the register proper where "
                  "each of five corporate risks (CR1-CR5) has its further mitigating actions CR1.1 ... CR5.1 "
                  "listed beside it with owner, target date and a colour-only action RAG. Eleven actions; the "
                  "risk title is the heading each action sits under."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Corporate Risk Register 2025-26",
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Ocean Housing – monday.com board export (xlsx, groups with repeated headers)
# ---------------------------------------------------------------------------
def ocean_housing():
    name = "zdx-ocean-housing-rsh-consumer-standards-improvement-plan-monday-export.xlsx"
    board = "Consumer Standards Improvement Plan 2025-26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Consumer Standards Improvement"
    ws["A1"] = board
    ws["A1"].font = Font(bold=True, size=16)
    header = ["Name", "Ref", "Person", "Status", "Due date", "Standard requirement", "Latest update", "Item ID"]
    groups = [
        ("Safety and Quality Standard", "579BFC", [
            ("Complete the stock condition survey programme so that every home has a survey less than five years old",
             "SQ1", "Jenna Hocking", "On track", "2026-03-31", "Stock quality 1.1.1",
             "3,412 of 3,960 homes surveyed in last 5 years (86%).", ["Jenna Hocking"], "2026-03", "green"),
            ("Reconcile the asset register against the compliance systems for gas, electrical, fire, water, asbestos and lifts",
             "SQ2", "Mark Tregunna, Sarah Penrose", "Complete", "2025-09-30", "Safety 1.3.1",
             "Reconciliation signed off at Compliance Assurance Group 29/09.", ["Mark Tregunna", "Sarah Penrose"], "2025-09", "blue"),
            ("Clear the backlog of overdue high-risk fire risk assessment remedial actions",
             "SQ3", "Mark Tregunna", "Red - off track", "2025-12-31", "Safety 1.3.1",
             "41 high-risk actions still overdue; contractor capacity issue escalated to ELT.", ["Mark Tregunna"], "2025-12", "red"),
            ("Introduce a damp and mould triage process that meets Awaab's Law timescales for emergency and significant hazards",
             "SQ4", "Lowenna Curnow", "Amber - at risk", "2025-10-27", "Repairs 1.4.1",
             "Process live; reporting from the repairs system not yet automated.", ["Lowenna Curnow"], "2025-10", "amber"),
        ]),
        ("Transparency, Influence and Accountability Standard", "FDAB3D", [
            ("Publish the Tenant Satisfaction Measures with a 'you said, we did' summary on the website and in the tenant newsletter",
             "TIA1", "Kerensa Pascoe", "Complete", "2025-07-31", "Performance information 2.5",
             "Published 24 July; newsletter delivered August.", ["Kerensa Pascoe"], "2025-07", "blue"),
            ("Set up a tenant scrutiny panel to review complaint handling and repairs performance each quarter",
             "TIA2", "Kerensa Pascoe", "On track", "2026-01-31", "Engagement 2.2",
             "Eight tenants recruited; first session 12 January.", ["Kerensa Pascoe"], "2026-01", "green"),
            ("Collect diversity and vulnerability information for at least 80% of households",
             "TIA3", "Daniel Rowe", "Not started", "2026-06-30", "Fairness and respect 2.1",
             "", ["Daniel Rowe"], "2026-06", "unrated"),
        ]),
        ("Tenancy Standard", "00C875", [
            ("Review the allocations policy and publish local lettings plans for rural villages",
             "TEN1", "Sarah Penrose", "On track", "2026-02-28", "Allocations 3.1",
             "Draft policy out to consultation with Cornwall Council.", ["Sarah Penrose"], "2026-02", "green"),
        ]),
        ("Neighbourhood and Community Standard", "E2445C", [
            ("Agree an anti-social behaviour information sharing protocol with Devon & Cornwall Police and Cornwall Council",
             "NC1", "Daniel Rowe", "Amber - at risk", "2025-11-30", "ASB 4.2",
             "Awaiting police data protection sign-off.", ["Daniel Rowe"], "2025-11", "amber"),
            ("Carry out estate inspections with tenant representatives on every estate of 20 or more homes twice a year",
             "NC2", "", "Not started", "", "Neighbourhood 4.1",
             "", [], None, "unrated"),
        ]),
    ]
    r = 3
    item_id = 1893457600
    expected = []
    for gname, gcol, items in groups:
        c = ws.cell(row=r, column=1, value=gname)
        c.font = Font(bold=True, size=13, color=gcol)
        r += 1
        for j, h in enumerate(header):
            hc = ws.cell(row=r, column=1 + j, value=h)
            hc.font = Font(bold=True)
            hc.border = BORDER
        r += 1
        for it in items:
            text, ref, person, status, due, req, upd, lead, end, rag = it
            item_id += 37
            vals = [text, ref, person, status, due, req, upd, item_id]
            for j, v in enumerate(vals):
                cc = ws.cell(row=r, column=1 + j, value=(v if v != "" else None))
                cc.border = BORDER
            expected.append(act(ref, [gname], text, lead, end, rag))
            r += 1
        r += 1  # blank row between groups
    for col, w in zip("ABCDEFGH", (70, 7, 28, 16, 12, 24, 48, 13)):
        ws.column_dimensions[col].width = w
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates a housing association's consumer standards improvement plan kept as a monday.com "
                   "board and exported to Excel (RSH consumer regulation from April 2024; the four consumer "
                   "standards as groups, as in published RSH regulatory judgements and landlords' improvement "
                   "plans). Copied features of a monday.com export: board name alone in row 1, each group's "
                   "name as a coloured row followed by its own repeated column header row, Name first then "
                   "custom columns (Ref, Person, Status labels renamed to RAG wording, ISO due dates, Item ID), "
                   "a blank row between groups, multi-person cell joined by a comma."),
        "reads": ("One sheet exported from monday.com: a board title, then four groups (one per consumer "
                  "standard), each with its own header row and items SQ1-NC2. Ten actions, each under its "
                  "standard; status labels On track / Amber - at risk / Red - off track / Complete / Not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": board,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. National Galleries of Scotland – ARC internal audit recommendations tracker
#    (xlsx: title block, summary block, report band rows, recommendation rows
#    above management actions, original/revised dates as real dates, RAG letters)
# ---------------------------------------------------------------------------
def ngs():
    name = "zdx-national-galleries-of-scotland-arc-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "National Galleries of Scotland"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – 25 November 2025"
    ws["A3"] = "Item 7: Internal Audit Recommendations Tracker – position at 31 October 2025"
    ws["A3"].font = Font(bold=True, size=12)

    ws["A5"] = "Summary of open recommendations"
    ws["A5"].font = Font(bold=True)
    summ = [
        ("Grade", "Open", "Complete since last ARC", "On track", "Revised date", "Overdue"),
        ("Grade 4 (very high)", 0, 0, 0, 0, 0),
        ("Grade 3 (high)", 4, 1, 1, 1, 1),
        ("Grade 2 (medium)", 5, 0, 4, 0, 0),
        ("Grade 1 (low)", 0, 0, 0, 0, 0),
        ("Total", 9, 1, 5, 1, 1),
    ]
    for i, row in enumerate(summ):
        for j, v in enumerate(row):
            c = ws.cell(row=6 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0 or i == len(summ) - 1:
                c.font = Font(bold=True)
    ws["A13"] = ("RAG: B = complete (for removal after this meeting); G = on track to meet target date; "
                 "A = revised date agreed by ARC; R = overdue / revised date missed")
    ws["A13"].font = Font(italic=True)

    heads = ["Ref", "Recommendation / agreed management action", "Grade", "Responsible officer",
             "Original target date", "Revised target date", "RAG", "Management update (October 2025)"]
    HR = 15
    for j, h in enumerate(heads):
        c = ws.cell(row=HR, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.border = BORDER
        c.alignment = WRAP

    D = dt.datetime
    reports = [
        ("Report 2024/25-02: Collections Management and Documentation (Limited assurance – issued April 2025)", [
            ("Recommendation 1 – Loan agreements should be renewed before they expire, with a central schedule of expiry dates held by the Registrar.", [
                ("1.1", "The Registrar will create a central schedule of all incoming and outgoing loan agreements, showing expiry dates and the officer responsible for renewal.",
                 "Grade 3", "Registrar", D(2025, 7, 31), D(2025, 10, 31), "B",
                 "Schedule in place and reviewed monthly by Collections Management team.",
                 ["Registrar"], "2025-10", "blue"),
                ("1.2", "Expired agreements identified in the audit sample will be renegotiated or the objects returned to lenders.",
                 "Grade 3", "Head of Collections Management / Registrar", D(2025, 9, 30), D(2026, 1, 31), "A",
                 "9 of 14 agreements renewed; 3 lenders not yet responded; 2 objects to be returned in December.",
                 ["Head of Collections Management", "Registrar"], "2026-01", "amber"),
            ]),
            ("Recommendation 2 – Location records in the collections management system should be reconciled through a rolling programme of physical checks.", [
                ("2.1", "Introduce a rolling programme of location audits covering 10% of the collection each year, prioritising high-value items and items on loan.",
                 "Grade 2", "Head of Collections Management", D(2026, 3, 31), None, "G",
                 "Programme approved; first audit (Modern Two store) under way.",
                 ["Head of Collections Management"], "2026-03", "green"),
            ]),
        ]),
        ("Report 2024/25-04: Cyber Security (Reasonable assurance – issued June 2025)", [
            ("Recommendation 1 – Privileged access accounts should be reviewed quarterly and leavers' accounts disabled on the day of leaving.", [
                ("1.1", "Implement a quarterly review of privileged access accounts, signed off by the Head of Digital and reported to the Information Governance Group.",
                 "Grade 3", "Head of Digital", D(2025, 9, 30), D(2025, 10, 31), "R",
                 "First review completed but not yet signed off; revised date missed due to staff absence.",
                 ["Head of Digital"], "2025-10", "red"),
                ("1.2", "Link the HR leavers process to IT so that network accounts are disabled automatically on the leaving date.",
                 "Grade 3", "Head of HR; Head of Digital", D(2025, 12, 31), None, "G",
                 "Workflow built in HR system; testing in November.",
                 ["Head of HR", "Head of Digital"], "2025-12", "green"),
            ]),
            ("Recommendation 2 – The cyber incident response plan should be tested every year through a desktop exercise.", [
                ("2.1", "Run a cyber incident desktop exercise with the Senior Leadership Team using a national exercise-in-a-box scenario.",
                 "Grade 2", "Head of Digital", D(2026, 3, 31), None, "G",
                 "Exercise booked for 4 February 2026.",
                 ["Head of Digital"], "2026-03", "green"),
            ]),
        ]),
        ("Report 2025/26-01: Procurement and Contract Management (Limited assurance – issued September 2025)", [
            ("Recommendation 1 – Every contract above £50,000 should be recorded in the contracts register with a named contract manager.", [
                ("1.1", "Update the contracts register and assign a named contract manager to each contract over £50,000.",
                 "Grade 2", "Procurement Manager", D(2025, 12, 31), None, "G",
                 "Register 70% updated.",
                 ["Procurement Manager"], "2025-12", "green"),
                ("1.2", "Provide contract management training for all named contract managers.",
                 "Grade 2", "Procurement Manager", "Q4 2025/26", None, None,
                 "Not yet started – training provider being sourced through Scottish Procurement framework.",
                 ["Procurement Manager"], "2026-03", "unrated"),
            ]),
            ("Recommendation 2 – Single tender actions should be approved in line with the Scheme of Delegation and reported to the Audit and Risk Committee.", [
                ("2.1", "Report all single tender actions approved in the period to each meeting of the Audit and Risk Committee.",
                 "Grade 2", "Director of Finance and Resources", "Ongoing – each ARC", None, "G",
                 "First report included at this meeting (Item 9).",
                 ["Director of Finance and Resources"], None, "green"),
            ]),
        ]),
    ]
    r = HR + 1
    expected = []
    for band, recs in reports:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        r += 1
        for rectext, actions in recs:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=rectext)
            c.font = Font(italic=True)
            c.fill = fill("F2F2F2")
            c.alignment = WRAP
            r += 1
            for a in actions:
                ref, text, grade, resp, orig, rev, rag, upd, lead, end, status = a
                vals = [ref, text, grade, resp, orig, rev, rag, upd]
                for j, v in enumerate(vals):
                    cc = ws.cell(row=r, column=1 + j, value=v)
                    cc.border = BORDER
                    cc.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        cc.number_format = "dd/mm/yyyy"
                if rag:
                    ws.cell(row=r, column=7).fill = fill(FILLS[{"B": "blue", "G": "green", "A": "amber", "R": "red"}[rag]])
                end_text = None
                if end is None:
                    end_text = orig
                expected.append(act(ref, [band, rectext], text, lead, end, status, end_text))
                r += 1
    ws.cell(row=r + 1, column=1, value="Source: Internal Audit (Azets) follow-up testing and management returns, October 2025.")
    for col, w in zip("ABCDEFGH", (8, 60, 10, 30, 14, 14, 6, 50)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Grading")
    ws2["A1"] = "Recommendation grading"
    ws2["A1"].font = Font(bold=True)
    for i, (g, d) in enumerate([
        ("Grade 4", "Very high risk exposure – fundamental weakness requiring immediate action."),
        ("Grade 3", "High risk exposure – significant weakness to be addressed within 3 months."),
        ("Grade 2", "Moderate risk exposure – to be addressed within 6 months."),
        ("Grade 1", "Limited risk exposure – good practice improvement."),
    ]):
        ws2.cell(row=3 + i, column=1, value=g)
        ws2.cell(row=3 + i, column=2, value=d)
    ws2.column_dimensions["B"].width = 80
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates a Scottish NDPB Audit and Risk Committee paper tracking internal audit "
                   "recommendations (Scottish public bodies' ARC follow-up reports, e.g. Azets-graded "
                   "recommendations with original and revised target dates; council trackers such as "
                   "Reading's 'Implementation of Audit Recommendations' with RAG definitions). Copied features: "
                   "committee/item title block, summary-by-grade totals block, RAG letter key line, a band row per "
                   "audit report with its assurance level, the recommendation in a merged row above its agreed "
                   "management actions, real Excel dates for original and revised targets, RAG letters with "
                   "fill, grading definitions on a second sheet."),
        "reads": ("A committee tracker: three internal audit reports, each with one or two recommendations "
                  "written out in full, and under each the numbered management actions (1.1, 1.2, 2.1 ...) "
                  "with grade, officer, original and revised dates and a B/G/A/R RAG. Nine actions; where a "
                  "revised date is given it is the due date."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Internal Audit Recommendations Tracker – position at 31 October 2025",
        "actions": expected,
    })


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
    lines = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    for ln in lines[1:]:
        p = cell.add_paragraph()
        rr = p.add_run(ln)
        rr.bold = bold


# ---------------------------------------------------------------------------
# 4. Crofting Commission – board rolling action log (docx; paper summary table,
#    status key paragraph, log table with merged meeting rows)
# ---------------------------------------------------------------------------
def crofting():
    name = "zdx-crofting-commission-board-rolling-action-log-2026.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Crofting Commission\nCoimisean na Croitearachd")
    r.bold = True
    r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Board Meeting – 11 February 2026")
    doc.add_paragraph("Paper 4")
    title = "Board Rolling Action Log – February 2026"
    doc.add_heading(title, level=1)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Purpose", "To update the Board on progress with actions agreed at previous Board meetings."),
        ("Recommendation", "The Board is asked to note progress and agree that actions marked Complete are removed from the log."),
        ("Author", "Board Secretary"),
        ("Date", "3 February 2026"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action closed, to be removed after this meeting; Green – on track; "
                      "Amber – delayed, revised date proposed; Red – not progressed or overdue.")

    log = [
        ("Board Meeting – 25 June 2025", [
            ("A25/21", "Item 6", "Circulate the revised Scheme of Delegation to Commissioners for comment before the August meeting.",
             "Board Secretary", "August 2025", "Complete", "Circulated 30 July; approved at August Board.",
             ["Board Secretary"], "2025-08", None, "blue"),
            ("A25/22", "Item 8", "Bring a paper on the crofting register backlog and options for additional casework resource.",
             "Head of Operations & Workforce", "Oct 2025", "Complete", "Paper considered 8 October 2025 (Paper 6).",
             ["Head of Operations & Workforce"], "2025-10", None, "blue"),
        ]),
        ("Board Meeting – 20 August 2025", [
            ("A25/27", "Item 5", "Arrange governance training for the three newly appointed Commissioners, including the On Board course.",
             "Convener / CEO", "31 December 2025", "Amber", "Two of three completed; third booked for March 2026.",
             ["Convener", "CEO"], "2025-12", None, "amber"),
            ("A25/28", "Item 9", "Write to the Scottish Government crofting bill team setting out the Commission's position on the proposed changes to residency and land-use duties.",
             "CEO", "Sept 2025", "Complete", "Letter sent 12 September; response received.",
             ["CEO"], "2025-09", None, "blue"),
            ("A25/30", "Item 11", "Review the risk appetite statement and bring it to the Audit & Finance Committee.",
             "Head of Finance", "Nov 2025\n(revised: Feb 2026)", "Green", "On the Audit & Finance Committee agenda for 25 February.",
             ["Head of Finance"], "2026-02", None, "green"),
        ]),
        ("Board Meeting – 8 October 2025", [
            ("A25/34", "Item 4", "Publish the annual report on residency and land-use duties casework on the website in English and Gaelic.",
             "Communications Manager", "Dec-25", "Red", "Gaelic translation delayed; now expected end of February.",
             ["Communications Manager"], "2025-12", None, "red"),
            ("A25/35", "Item 7", "Set up a short-life working group of Commissioners and officers to review the guidance for grazings committees.",
             "Commissioner Holt; Head of Regulatory Support", "Ongoing", "Green", "Group has met twice; draft guidance expected April.",
             ["Commissioner Holt", "Head of Regulatory Support"], None, "Ongoing", "green"),
        ]),
        ("Board Meeting – 26 November 2025", [
            ("A25/39", "Item 6", "Provide Commissioners with a breakdown of regulatory applications by area and by application type for 2025.",
             "Head of Regulatory Support", "Next meeting", "Green", "Tabled as Annex A to this paper.",
             ["Head of Regulatory Support"], None, "Next meeting", "green"),
            ("A25/40", "Item 10", "Prepare a draft Corporate Plan 2026-2029 for consultation with stakeholders.",
             "CEO, Head of Policy", "March 2026", "", "New action.",
             ["CEO", "Head of Policy"], "2026-03", None, "unrated"),
        ]),
    ]
    heads = ["No.", "Minute ref", "Action", "Responsible", "Due", "Status", "Update"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "D9D9D9")
    status_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    expected = []
    for meeting, rows in log:
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        set_cell(m, meeting, bold=True)
        shade(m, "E2EFDA")
        for a in rows:
            no, minute, text, resp, due, status, upd, lead, end, end_text, exp_status = a
            cells = t.add_row().cells
            for j, v in enumerate([no, minute, text, resp, due, status, upd]):
                set_cell(cells[j], v)
            if status in status_fill:
                shade(cells[5], status_fill[status])
            expected.append(act(no, [meeting], text, lead, end, exp_status, end_text))
    doc.add_paragraph()
    doc.add_paragraph("Board Secretary, February 2026")
    doc.save(out(name))

    write_expected(name, {
        "source": ("Imitates a Scottish NDPB board paper carrying the rolling action log (Crofting Commission "
                   "board papers published on crofting.scotland.gov.uk, whose minutes carry 'matters arising / "
                   "action points'; Scottish public bodies' rolling action logs). Copied features: bilingual "
                   "body name block, board-meeting and paper number lines, a Purpose/Recommendation/Author paper "
                   "summary table, a status key paragraph, one log table with a merged full-width row per "
                   "originating meeting, minute reference column, job titles and a named Commissioner as "
                   "owners, due cells such as 'Next meeting', 'Ongoing' and an original date with a revised "
                   "one beneath it, status word cells with fill."),
        "reads": ("A board paper listing nine open or recently closed actions from four earlier Board "
                  "meetings, grouped under a row naming the meeting. Each action has a number (A25/nn), "
                  "who is responsible, when it is due and a Complete/Green/Amber/Red status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. NCT – Charity Commission regulatory action plan (docx; document control,
#    RAG key table, one section heading + table per area, action point rows
#    merged above numbered steps)
# ---------------------------------------------------------------------------
def nct():
    name = "zdx-nct-charity-commission-regulatory-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("NCT")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x00, 0x7A, 0x87)
    title = "Charity Commission Regulatory Action Plan"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Progress report to the Board of Trustees – 22 January 2026")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Change"]):
        set_cell(dc.rows[0].cells[j], h, bold=True)
    for row in [
        ("1.0", "19/06/2025", "Company Secretary", "Action plan agreed with the Charity Commission"),
        ("1.1", "18/09/2025", "Company Secretary", "Progress update for September Board"),
        ("1.2", "15/01/2026", "Company Secretary", "Progress update for January Board; revised date for 3.1"),
    ]:
        cells = dc.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "Following the Charity Commission's regulatory compliance case opened in March 2025, the trustees agreed "
        "the action plan below with the Commission on 19 June 2025. Progress is reported to every Board meeting "
        "and a copy is sent to the Commission's case officer each quarter.")

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for col, txt in [("Blue", "Complete"), ("Green", "On track"), ("Amber", "At risk – some slippage"),
                     ("Red", "Off track – deadline missed or will be missed")]:
        cells = key.add_row().cells
        set_cell(cells[0], col, bold=True)
        shade(cells[0], FILLS[col.lower()])
        set_cell(cells[1], txt)

    sections = [
        ("1. Governance and trustee oversight", [
            ("Action point 1: The trustees must review the charity's governance against the Charity Governance Code and adopt a skills-based approach to recruiting trustees.", [
                ("1.1", "Commission an independent governance review against the Charity Governance Code and present its findings to the Board.",
                 "Chair of Trustees", "30 September 2025", "Blue", "External review reported to the Board on 24 September 2025.",
                 ["Chair of Trustees"], "2025-09", None),
                ("1.2", "Adopt a trustee skills matrix and use it to recruit two trustees with finance and digital experience.",
                 "Chair of Nominations Committee", "31 March 2026", "Green", "Skills matrix adopted; recruitment closes 6 February.",
                 ["Chair of Nominations Committee"], "2026-03", None),
            ]),
            ("Action point 2: The trustees must make sure conflicts of interest are declared, recorded and managed in line with the charity's policy.", [
                ("2.1", "Refresh the conflicts of interest policy and obtain an annual declaration from every trustee and senior manager.",
                 "Company Secretary", "Aug 2025", "Blue", "Policy approved July; all declarations received.",
                 ["Company Secretary"], "2025-08", None),
                ("2.2", "Add a standing conflicts of interest item to every Board and committee agenda and record declarations in the minutes.",
                 "Company Secretary", "Ongoing", "Green", "In place from the July 2025 Board.",
                 ["Company Secretary"], None, "Ongoing"),
            ]),
        ]),
        ("2. Financial management and reserves", [
            ("Action point 3: The trustees must put in place a reserves policy that reflects the charity's risks and monitor free reserves at each Board meeting.", [
                ("3.1", "Approve a revised reserves policy with a target range for free reserves based on a risk assessment.",
                 "Treasurer / Director of Finance", "31 October 2025\nRevised: 31 January 2026", "Amber",
                 "Risk assessment completed; policy on the agenda for this meeting.",
                 ["Treasurer", "Director of Finance"], "2026-01", None),
                ("3.2", "Include free reserves and a 12-month cash flow forecast in the quarterly finance report to the Board.",
                 "Director of Finance", "December 2025", "Blue", "Included from the December 2025 finance report.",
                 ["Director of Finance"], "2025-12", None),
            ]),
        ]),
        ("3. Safeguarding and serious incident reporting", [
            ("Action point 4: The trustees must report serious incidents to the Commission promptly and receive regular safeguarding assurance.", [
                ("4.1", "Adopt a serious incident reporting procedure that sets out who decides to report and the timescales for reporting to the Commission.",
                 "Chief Executive", "31/07/2025", "Blue", "Procedure adopted 17 July 2025.",
                 ["Chief Executive"], "2025-07", None),
                ("4.2", "Appoint a lead trustee for safeguarding and provide a safeguarding report to every Board meeting.",
                 "Chair of Trustees", "Sept 2025", "Blue", "Lead trustee appointed; reports standing item.",
                 ["Chair of Trustees"], "2025-09", None),
                ("4.3", "Deliver safeguarding training to all trustees, staff and volunteer practitioners.\nReport completion rates to the Board each quarter.",
                 "Head of People; Safeguarding Lead", "End of April 2026", "Red",
                 "Trustees and staff 100%; volunteer practitioners 62%. Will not meet April without extra sessions.",
                 ["Head of People", "Safeguarding Lead"], "2026-04", None),
            ]),
        ]),
    ]
    heads = ["Ref", "Action", "Lead", "Deadline", "RAG", "Progress update"]
    expected = []
    for sec, points in sections:
        doc.add_heading(sec, level=1)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "007A87")
        for point, actions in points:
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            set_cell(m, point, bold=True)
            shade(m, "E7F3F4")
            for a in actions:
                ref, text, lead_s, deadline, rag, prog, lead, end, end_text = a
                cells = t.add_row().cells
                for j, v in enumerate([ref, text, lead_s, deadline, rag, prog]):
                    set_cell(cells[j], v)
                shade(cells[4], FILLS[rag.lower()])
                expected.append(act(ref, [sec, point], text, lead, end, rag.lower(), end_text))
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    set_cell(so.rows[0].cells[0], "Approved by the Board of Trustees", bold=True)
    set_cell(so.rows[0].cells[1], "22 January 2026")
    set_cell(so.rows[1].cells[0], "Signed (Chair of Trustees)", bold=True)
    set_cell(so.rows[1].cells[1], "")
    doc.save(out(name))

    write_expected(name, {
        "source": ("Imitates a charity's Charity Commission regulatory action plan progress report to its "
                   "trustees (Commission regulatory compliance cases and official warnings set out actions the "
                   "trustees must take, e.g. the NHBCH action plan of August 2016 and the RSPCA warning; "
                   "charities report progress to the Board and the case officer). Copied features: logo text "
                   "and title, document-control table, introductory paragraph, RAG key table with fills, one "
                   "heading and table per area, each Commission action point in a merged row above the "
                   "trustees' numbered steps, RAG word with matching fill, original and revised deadline in one "
                   "cell, two posts joined by '/' or ';', a two-paragraph action cell, sign-off table."),
        "reads": ("A report in three sections; each table gives the Commission's action point (what the "
                  "trustees must do) and beneath it the numbered steps 1.1-4.3 with lead, deadline, RAG and "
                  "progress. Nine actions; document control, key and sign-off tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Birmingham Children's Trust – ICO reprimand remediation tracker,
#    SharePoint list exported to CSV
# ---------------------------------------------------------------------------
def bct():
    name = "zdx-birmingham-childrens-trust-ico-reprimand-remediation-tracker-sharepoint-export.csv"
    rec1 = ("ICO Rec 1 – Take a more granular approach to data protection and create a Standard Operating "
            "Procedure for producing social care documents")
    rec2 = ("ICO Rec 2 – Have any social care document checked independently by someone other than the "
            "author before it is disclosed")
    rec3 = ("ICO Rec 3 – Create and implement a corporate redaction policy so that staff have the knowledge "
            "and tools to redact documents where necessary")
    cols = ["Title", "ICO Recommendation", "Action", "Action Owner", "Target Date", "Revised Target Date",
            "RAG Status", "Progress Update", "Modified", "Modified By", "Item Type", "Path"]
    path = "sites/InformationGovernance/Lists/ICO Reprimand Action Tracker"
    rows = [
        ("BCT-ICO-01", rec1,
         "Draft a Standard Operating Procedure for producing child protection plans and conference reports, covering what may be copied from strategy meeting minutes",
         "Mensah, Abena", "31/07/2024", "", "Complete",
         "SOP v1.0 drafted and reviewed by DPO.", "02/08/2024 11:20", "Mensah, Abena",
         ["Mensah, Abena"], "2024-07", None, "blue"),
        ("BCT-ICO-02", rec1,
         "Consult the Child Protection and Review service and practice leads on the draft SOP and publish it on the Trust's procedures site",
         "Mensah, Abena; Doyle, Patrick", "30/09/2024", "", "Complete",
         "Published 23/09/2024; briefing at CP&R service meeting.", "24/09/2024 09:02", "Doyle, Patrick",
         ["Mensah, Abena", "Doyle, Patrick"], "2024-09", None, "blue"),
        ("BCT-ICO-03", rec1,
         "Update the Data Protection Impact Assessment for the case management system to cover producing and sharing social care documents",
         "Data Protection Officer", "31/10/2024", "", "Complete",
         "DPIA v3 signed off by SIRO.", "05/11/2024 15:47", "Iqbal, Samina",
         ["Data Protection Officer"], "2024-10", None, "blue"),
        ("BCT-ICO-04", rec2,
         "Introduce a second-person check by the Child Protection Chair before any child protection plan is shared with a family",
         "Doyle, Patrick", "31/08/2024", "", "Complete",
         "Check built into case management workflow from 19/08/2024.", "20/08/2024 10:13", "Doyle, Patrick",
         ["Doyle, Patrick"], "2024-08", None, "blue"),
        ("BCT-ICO-05", rec2,
         "Audit a sample of 20 shared plans each month to confirm the second-person check has been completed and recorded",
         "Quality Assurance Manager", "Monthly", "", "Green",
         "Feb 2025 audit: 20/20 compliant. Jan 2025: 19/20.", "07/03/2025 14:31", "Iqbal, Samina",
         ["Quality Assurance Manager"], None, "Monthly", "green"),
        ("BCT-ICO-06", rec3,
         "Approve a corporate redaction policy and supporting guidance",
         "Information Governance Manager", "31/12/2024", "31/03/2025", "Complete",
         "Approved by Information Governance Board 18/03/2025.", "19/03/2025 16:05", "Iqbal, Samina",
         ["Information Governance Manager"], "2025-03", None, "blue"),
        ("BCT-ICO-07", rec3,
         "Roll out redaction software and mandatory redaction training to all social workers and business support staff",
         "Information Governance Manager; Head of Learning and Development", "31/03/2025", "30/06/2025", "Amber",
         "Software licences procured; training 48% complete. Revised date agreed with SIRO.", "14/04/2025 16:05", "Mensah, Abena",
         ["Information Governance Manager", "Head of Learning and Development"], "2025-06", None, "amber"),
        ("BCT-ICO-08", rec3,
         "Report completion rates for redaction training to the Information Governance Board each quarter",
         "Information Governance Manager", "", "", "Not started",
         "", "14/04/2025 16:06", "Mensah, Abena",
         ["Information Governance Manager"], None, None, "unrated"),
    ]

    def q(v):
        if v == "" or not any(ch in v for ch in ',"\n'):
            return v
        return '"' + v.replace('"', '""') + '"'

    lines = [",".join(cols)]
    expected = []
    for r in rows:
        (ref, rec, text, owner, tgt, rev, rag, upd, mod, modby, lead, end, end_text, status) = r
        vals = [ref, rec, text, owner, tgt, rev, rag, upd, mod, modby, "Item", path]
        lines.append(",".join(q(v) for v in vals))
        expected.append(act(ref, [rec], text, lead, end, status, end_text))
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": ("Imitates the remediation tracker an organisation keeps after an ICO reprimand: the ICO "
                   "reprimanded Birmingham Children's Trust CIC in May 2024 (wrongful disclosure in a child "
                   "protection plan) and recommended an SOP for social care documents, an independent check "
                   "before disclosure and a corporate redaction policy. The tracker is a SharePoint list exported "
                   "to CSV: Title column used for the ref, the recommendation repeated on every row, person "
                   "fields as 'Surname, Forename' with ';' between people, UK dates, original and revised target "
                   "columns, Modified / Modified By / Item Type / Path system columns, UTF-8 BOM and CRLF."),
        "reads": ("A flat list export with no title: eight actions BCT-ICO-01..08, each tagged with the ICO "
                  "recommendation it answers, an owner, target and revised target dates and a RAG status "
                  "(Complete/Green/Amber/Not started). The Modified column is the list's edit time, not a due date."),
        "outcome": "read",
        "accept_refusal": False,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. Okehampton Town Council – AGAR audit action plan, tab-separated text
#    export, with a mistyped month (refuse)
# ---------------------------------------------------------------------------
def okehampton():
    name = "zdx-okehampton-town-council-agar-audit-action-plan-2024-25-typo-month-refuse.txt"
    T = "\t"
    lines = [
        "OKEHAMPTON TOWN COUNCIL",
        "Annual Governance and Accountability Return 2024/25 - Audit Action Plan",
        "Matters raised by the External Auditor (PKF Littlejohn LLP) and the Internal Auditor",
        "Presented to Full Council, 4 December 2025 - Agenda item 9",
        "",
        "Status: C = complete, G = on track, A = in progress but at risk, R = not started / overdue",
        "",
        T.join(["Ref", "Matter raised", "Action agreed", "Responsible", "Target date", "Status", "Comment"]),
        "EXTERNAL AUDITOR - 'OTHER MATTERS' (AGAR SECTION 3)",
        T.join(["EA1", "Variances between 2023/24 and 2024/25 in Boxes 3 and 6 not adequately explained",
                "Provide a full explanation of variances over 15% with the 2025/26 AGAR, agreed to the cash book",
                "RFO", "June 2026", "G", "Variance template prepared"]),
        T.join(["EA2", "Period for the exercise of public rights did not include the first 10 working days of July",
                "Set the 2025/26 public rights period at the January Full Council meeting and publish the notice on the website and noticeboards",
                "Town Clerk", "Febuary 2026", "G", ""]),
        T.join(["EA3", "Assertion 9 (trust funds) answered incorrectly",
                "Confirm with the Charity Commission whether the Council is sole trustee of the Simmons Park trust and answer Assertion 9 correctly",
                "Town Clerk", "31/03/2026", "A", "Awaiting reply from Charity Commission"]),
        "INTERNAL AUDIT REPORT 2024/25 (interim and year-end visits)",
        T.join(["IA1", "Financial Regulations not reviewed since 2021",
                "Adopt the 2024 NALC model Financial Regulations, tailored to the Council's thresholds",
                "RFO", "Nov 2025", "C", "Adopted 6 November 2025"]),
        T.join(["IA2", "Fixed asset register not reconciled to the insurance schedule",
                "Reconcile the asset register to the insurance schedule and add the new play equipment at Simmons Park",
                "Deputy Town Clerk", "Jan 2026", "A", "Insurer valuations awaited"]),
        T.join(["IA3", "Bank reconciliations not signed by a councillor every quarter",
                "Quarterly bank reconciliations to be verified and signed by the Chair of Finance & General Purposes",
                "Chair of F&GP / RFO", "Quarterly", "G", ""]),
        T.join(["IA4", "Risk assessment not reviewed annually",
                "Review the financial and corporate risk register and present to Full Council",
                "Town Clerk", "March 2026", "R", "Not yet started"]),
        "",
        "Notes: the External Auditor's report was received on 24 September 2025 and the Notice of Conclusion of Audit",
        "was published on 29 September 2025. Progress is reported to each Finance & General Purposes Committee.",
        "Prepared by the Town Clerk & RFO",
    ]
    text = "\n".join(lines) + "\n"
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    refuse_line = next(i + 1 for i, ln in enumerate(lines) if "Febuary" in ln)

    write_expected(name, {
        "source": ("Imitates a town council's AGAR audit action plan (smaller authorities in England answer "
                   "the external auditor's Section 3 'other matters' - e.g. PKF Littlejohn's public rights "
                   "period and variance-explanation points - and the internal auditor's findings, reported "
                   "to Full Council or F&GP). Saved as a tab-separated text export from the clerk's "
                   "spreadsheet: title lines, presentation line, status key line, header, a capitalised "
                   "section line for each auditor, notes at the end."),
        "reads": ("A plain text action plan with seven actions under two sections (external and internal "
                  "auditor). The target date of EA2 reads 'Febuary 2026', a mistyped month; a careful reader "
                  "would stop and ask the clerk rather than guess."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": "Annual Governance and Accountability Return 2024/25 - Audit Action Plan",
    })


if __name__ == "__main__":
    invest_ni()
    ocean_housing()
    ngs()
    crofting()
    nct()
    bct()
    okehampton()
    print("done")
