#!/usr/bin/env python3
"""Build the seven zan- blind test files (set heldout752) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only writes files whose names start with zan-.
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

FILL = {
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


def write_expected(fname, data):
    path = os.path.join(HERE, fname + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# A. Revenue Scotland corporate risk register (xlsx, read)
# ---------------------------------------------------------------------------
def make_revenue_scotland():
    fname = "zan-revenue-scotland-corporate-risk-register-2025-26.xlsx"
    title = "Revenue Scotland – Corporate Risk Register 2025-26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Position as at:", "30 September 2025 (Quarter 2)"),
        ("Reported to:", "Audit and Risk Committee – 11 November 2025"),
        ("Register owner:", "Executive Team (Chief Executive)"),
        ("Risk appetite:", "Averse – compliance and data security; Cautious – financial and people; Open – innovation"),
    ]
    for i, (k, v) in enumerate(rows, start=3):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov["A8"] = "Version control"
    cov["A8"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Change"], start=1):
        c = cov.cell(row=9, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, r in enumerate([
        ("v1.0", d(2025, 4, 15), "Register agreed by the Board for 2025-26"),
        ("v1.3", d(2025, 10, 6), "Q2 review – CR01 current score increased; CR02.1 recommended for closure"),
    ], start=10):
        for j, v in enumerate(r, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A13"] = "Risk scoring: Likelihood (1-5) x Impact (1-5)"
    cov["A13"].font = Font(bold=True)
    for i, (lab, col) in enumerate([("1 – 6  Low", "green"), ("8 – 12  Medium", "amber"), ("15 – 25  High", "red")], start=14):
        c = cov.cell(row=i, column=1, value=lab)
        c.fill = fill(col)
        c.border = BOX
    cov["A18"] = "Action progress key (colour of the Progress cell on the Register sheet)"
    cov["A18"].font = Font(bold=True)
    for i, (col, lab) in enumerate([
        ("blue", "Complete"),
        ("green", "On track"),
        ("amber", "Some slippage – recovery in hand"),
        ("red", "Off track – escalated to Executive Team"),
    ], start=19):
        c = cov.cell(row=i, column=1)
        c.fill = fill(col)
        c.border = BOX
        cov.cell(row=i, column=2, value=lab)
    cov.column_dimensions["A"].width = 30
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 60

    risks = [
        {
            "risk": "CR01 – Readiness for Scottish Aggregates Tax",
            "desc": ("Cause: compressed timetable for implementing the Aggregates Tax and Devolved Taxes "
                     "Administration (Scotland) Act 2024 and dependency on SETS development. Event: systems, "
                     "guidance or staff are not ready for go-live on 1 April 2026. Effect: tax cannot be collected "
                     "accurately, reputational damage and loss of revenue to the Scottish Consolidated Fund."),
            "owner": "Chief Executive", "inh": 20, "inh_col": "red",
            "controls": ("SAT Programme Board chaired by the Chief Executive; monthly reporting to Board; "
                         "Scottish Government Bill team liaison; SETS supplier change control"),
            "cur": "4 x 4 = 16", "cur_col": "red", "trend": "↑", "target": 8,
            "actions": [
                ("CR01.1", "Complete user acceptance testing of the SETS aggregates module and obtain go-live assurance from the SAT Programme Board",
                 "Head of Digital", d(2026, 1, 30), "green", "UAT scripts 70% executed; three priority defects with the supplier.",
                 ["Head of Digital"], "2026-01", None),
                ("CR01.2", "Publish SAT legislative guidance and the registration guide for quarry operators on revenue.scot",
                 "Head of Tax Services", d(2026, 2, 27), "amber", "Drafting delayed pending secondary legislation; publication now planned for late February.",
                 ["Head of Tax Services"], "2026-02", None),
                ("CR01.3", "Recruit and train the Aggregates Tax compliance team (6 FTE)",
                 "Head of People / Head of Tax Services", "Q4 2025/26", "amber", "4 of 6 posts filled; second campaign closes 21 November.",
                 ["Head of People", "Head of Tax Services"], "2026-03", None),
            ],
        },
        {
            "risk": "CR02 – Cyber attack or loss of taxpayer data",
            "desc": ("Cause: increasing volume and sophistication of cyber threats to public bodies. Event: a "
                     "successful attack or loss of taxpayer data. Effect: disruption to tax collection, ICO "
                     "enforcement action and loss of taxpayer trust."),
            "owner": "Head of Corporate Functions", "inh": 20, "inh_col": "red",
            "controls": ("Cyber Essentials Plus accreditation; Scottish Government network protections; "
                         "information security policies; annual penetration test"),
            "cur": "3 x 5 = 15", "cur_col": "red", "trend": "→", "target": 10,
            "actions": [
                ("CR02.1", "Implement multi-factor authentication for all external SETS user accounts",
                 "Head of Digital", d(2025, 9, 30), "blue", "Completed 22 September 2025. Recommend closure.",
                 ["Head of Digital"], "2025-09", None),
                ("CR02.2", "Test the Cyber Incident Response Plan through a tabletop exercise with the Scottish Government Cyber Resilience Unit",
                 "Information Security Manager", d(2025, 12, 12), "green", "Exercise scheduled for 3 December 2025.",
                 ["Information Security Manager"], "2025-12", None),
                ("CR02.3", "Maintain at least 95% completion of mandatory data protection and cyber awareness training",
                 "Data Protection Officer", "Ongoing", "green", "Q2 completion 96%.",
                 ["Data Protection Officer"], None, "Ongoing"),
            ],
        },
        {
            "risk": "CR03 – Financial sustainability",
            "desc": ("Cause: flat cash settlement and new SAT running costs. Event: budget is insufficient to fund "
                     "the operating model. Effect: reduced compliance activity and failure to meet Framework "
                     "Document obligations."),
            "owner": "Head of Finance", "inh": 16, "inh_col": "red",
            "controls": ("Monthly budget monitoring to Executive Team; quarterly reporting to Board; "
                         "sponsor team engagement"),
            "cur": "3 x 4 = 12", "cur_col": "amber", "trend": "→", "target": 8,
            "actions": [
                ("CR03.1", "Agree the 2026-27 operating budget with the Scottish Government sponsor team, including Scottish Aggregates Tax running costs",
                 "Chief Executive / Head of Finance", d(2026, 3, 31), "amber", "Bid submitted; outcome depends on the Scottish Budget in January 2026.",
                 ["Chief Executive", "Head of Finance"], "2026-03", None),
                ("CR03.2", "Deliver the 2025-26 efficiency savings plan of £250,000",
                 "Head of Finance", d(2026, 3, 31), "green", "£180,000 delivered to date.",
                 ["Head of Finance"], "2026-03", None),
            ],
        },
        {
            "risk": "CR04 – Workforce capacity and capability",
            "desc": ("Cause: small organisation with specialist roles in a competitive labour market. Event: loss "
                     "of key staff or inability to recruit. Effect: single points of failure and reduced capacity "
                     "to deliver core tax functions."),
            "owner": "Head of People", "inh": 16, "inh_col": "red",
            "controls": ("Strategic Workforce Plan; learning and development framework; exit interviews; "
                         "flexible working policy"),
            "cur": "3 x 4 = 12", "cur_col": "amber", "trend": "↓", "target": 6,
            "actions": [
                ("CR04.1", "Deliver year 1 actions of the Strategic Workforce Plan 2025-28",
                 "Head of People", d(2026, 3, 31), "green", "On track; leadership programme launched in September.",
                 ["Head of People"], "2026-03", None),
                ("CR04.2", "Complete succession plans for identified single points of failure in tax operations and legal services",
                 "Head of Tax Services; Head of Legal Services", d(2025, 12, 31), "red", "Not progressed because of SAT priorities; escalated to Executive Team on 7 October.",
                 ["Head of Tax Services", "Head of Legal Services"], "2025-12", None),
            ],
        },
    ]

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Corporate risk profile – Q2 2025-26"
    summ["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Risk", "Risk owner", "Inherent", "Current", "Target", "Trend since Q1"], start=1):
        c = summ.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, r in enumerate(risks, start=4):
        vals = [r["risk"], r["owner"], r["inh"], int(r["cur"].split("=")[1]), r["target"], r["trend"]]
        for j, v in enumerate(vals, start=1):
            c = summ.cell(row=i, column=j, value=v)
            c.border = BOX
        summ.cell(row=i, column=3).fill = fill(r["inh_col"])
        summ.cell(row=i, column=4).fill = fill(r["cur_col"])
    summ.column_dimensions["A"].width = 48
    summ.column_dimensions["B"].width = 28

    reg = wb.create_sheet("Register")
    reg["A1"] = "Revenue Scotland – Corporate Risk Register 2025-26 (Q2 position)"
    reg["A1"].font = Font(bold=True, size=12)
    reg.merge_cells("A1:N1")
    heads = ["Risk", "Description (cause – event – effect)", "Risk owner", "Inherent score",
             "Key controls in place", "Current score (L x I)", "Trend", "Target score", "Ref",
             "Further action required", "Action owner", "Target date", "Progress", "Q2 update"]
    for j, h in enumerate(heads, start=1):
        c = reg.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BOX
    expected = []
    row = 4
    for r in risks:
        first = row
        for (ref, text, owner, date, col, upd, leads, end, end_text) in r["actions"]:
            reg.cell(row=row, column=9, value=ref)
            reg.cell(row=row, column=10, value=text)
            reg.cell(row=row, column=11, value=owner)
            c = reg.cell(row=row, column=12, value=date)
            if isinstance(date, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            reg.cell(row=row, column=13).fill = fill(col)
            reg.cell(row=row, column=14, value=upd)
            for j in range(1, 15):
                reg.cell(row=row, column=j).border = BOX
                reg.cell(row=row, column=j).alignment = WRAP
            expected.append(act(ref, [r["risk"]], text, leads, end, col, end_text))
            row += 1
        last = row - 1
        vals = {1: r["risk"], 2: r["desc"], 3: r["owner"], 4: r["inh"], 5: r["controls"],
                6: r["cur"], 7: r["trend"], 8: r["target"]}
        for j, v in vals.items():
            c = reg.cell(row=first, column=j, value=v)
            c.alignment = WRAP
            if last > first:
                reg.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
        reg.cell(row=first, column=1).font = Font(bold=True)
        reg.cell(row=first, column=4).fill = fill(r["inh_col"])
        reg.cell(row=first, column=6).fill = fill(r["cur_col"])
    reg.cell(row=row + 1, column=1, value="Risks are reviewed monthly by the Executive Team and quarterly by the Audit and Risk Committee. Completed actions are removed after they have been reported once.")
    widths = [28, 45, 18, 10, 38, 12, 7, 9, 8, 50, 24, 12, 10, 40]
    for j, w in enumerate(widths, start=1):
        reg.column_dimensions[chr(64 + j)].width = w
    reg.freeze_panes = "A4"
    wb.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": ("Imitates a Scottish public body's corporate risk register as reported to its Audit and Risk "
                   "Committee (Revenue Scotland, 2025-26, Q2), following the cause-event-effect and "
                   "likelihood x impact approach of Revenue Scotland's published Risk Management Framework "
                   "(revenue.scot/news-publications/publications/corporate-documents/risk-management-framework) and the "
                   "SPFM risk guidance. Copies: cover sheet with title block, version control, scoring key and "
                   "action progress key; summary sheet of risk scores; register sheet with each risk's columns merged "
                   "down over its further-action rows, fill-coloured score cells, job titles as owners (two posts in "
                   "some cells), real dates, a financial-quarter date and 'Ongoing', and progress shown only by fill colour."),
        "reads": ("A three-sheet workbook: a cover with keys, a summary of the four corporate risks, and the register "
                  "where each risk (CR01-CR04) has two or three further actions with refs CR01.1 etc., an action owner, "
                  "a target date and a progress cell coloured blue/green/amber/red per the cover's key. The ten action "
                  "rows are the plan; the risk, controls and score columns describe the risk they sit under."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# B. Co-Ownership ARAC internal audit tracker (xlsx, read)
# ---------------------------------------------------------------------------
def make_co_ownership():
    fname = "zan-co-ownership-housing-arac-internal-audit-recommendations-tracker.xlsx"
    title = "Co-Ownership – Internal Audit Recommendations Tracker"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Risk Assurance Committee – 19 November 2025"
    s["A3"] = "Prepared by: Head of Governance and Risk"
    s["A5"] = "Summary of recommendations reported"
    s["A5"].font = Font(bold=True)
    hdr = ["Priority", "Reported", "Implemented (B)", "On track (G)", "Revised date agreed (A)", "Overdue (R)"]
    for j, h in enumerate(hdr, start=1):
        c = s.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = fill("grey")
    for i, r in enumerate([
        ("Priority 1", 2, 1, 0, 0, 1),
        ("Priority 2", 4, 1, 2, 1, 0),
        ("Priority 3", 2, 0, 2, 0, 0),
        ("Total", 8, 2, 4, 1, 1),
    ], start=7):
        for j, v in enumerate(r, start=1):
            c = s.cell(row=i, column=j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    s["A12"] = "Two recommendations are recommended for closure (status B). One Priority 1 recommendation (AM1) is overdue and a revised date is sought."
    s.column_dimensions["A"].width = 18
    for col in "BCDEF":
        s.column_dimensions[col].width = 16

    t = wb.create_sheet("Tracker")
    t["A1"] = "Internal audit recommendations – position at 31 October 2025"
    t["A1"].font = Font(bold=True, size=12)
    t.merge_cells("A1:J1")
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "Previous status (Sep 25)", "Current status",
             "Progress update"]
    for j, h in enumerate(heads, start=1):
        c = t.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("pale")
        c.alignment = WRAP
        c.border = BOX

    audits = [
        ("Procurement and Contract Management (2024-25) – Limited assurance – final report 14 March 2025", [
            ("Priority 1",
             "A complete contracts register should be maintained and reconciled to expenditure to identify non-compliant spend.",
             [("PCM1", "The contracts register will be rebuilt in the new finance system and reconciled quarterly to supplier payments over £5,000, with exceptions reported to the Senior Management Team.",
               "Procurement Manager", d(2025, 6, 30), d(2025, 10, 31), "A", "B",
               "Register live from 1 October 2025; first quarterly reconciliation presented to SMT on 28 October 2025.",
               ["Procurement Manager"], "2025-10", None, "blue")]),
            ("Priority 2",
             "The Procurement Policy and procedures should be updated for the Procurement Act 2023 and all staff with purchasing authority trained in them.",
             [("PCM2(a)", "Revise the Procurement Policy and Procurement Manual to reflect the Procurement Act 2023 and present them to the Board for approval.",
               "Head of Finance", d(2025, 9, 30), None, "G", "B",
               "Revised policy approved by the Board on 24 September 2025.",
               ["Head of Finance"], "2025-09", None, "blue"),
              ("PCM2(b)", "Deliver procurement training to all budget holders and record attendance on the learning system.",
               "Procurement Manager & Learning and Development Officer", d(2025, 12, 31), None, "G", "G",
               "Three of five sessions delivered; 41 of 58 budget holders trained.",
               ["Procurement Manager", "Learning and Development Officer"], "2025-12", None, "green")]),
        ]),
        ("Cyber Security (2024-25) – Satisfactory assurance – final report 2 May 2025", [
            ("Priority 2",
             "Privileged user accounts should be reviewed at least quarterly and leavers' access removed promptly.",
             [("CS1", "Introduce a quarterly review of privileged accounts, signed off by the Head of ICT, and link HR leaver notifications to automatic account disablement.",
               "Head of ICT", d(2025, 9, 30), d(2026, 1, 31), "G", "A",
               "First quarterly review completed. Automation of the leaver process delayed by the HR system upgrade.",
               ["Head of ICT"], "2026-01", None, "amber")]),
            ("Priority 3",
             "The Cyber Incident Response Plan should be tested annually.",
             [("CS2", "Run a cyber incident tabletop exercise with the Senior Management Team.",
               "Head of ICT", d(2025, 12, 31), None, "G", "G",
               "Exercise booked with the NI Cyber Security Centre for 9 December 2025.",
               ["Head of ICT"], "2025-12", None, "green")]),
        ]),
        ("Arrears and Rent Recovery (2025-26) – Limited assurance – final report 18 July 2025", [
            ("Priority 1",
             "Arrears cases should be escalated in line with the Arrears Procedure, with management review of any case not progressed within 28 days.",
             [("AM1", "Configure automated escalation workflows in the housing management system and introduce a monthly exception report to the Head of Home Ownership Services.",
               "Head of Home Ownership Services / Systems Manager", d(2025, 9, 30), "TBC", "G", "R",
               "Supplier unable to deliver the workflow change before the system upgrade; revised date to be agreed at ARAC.",
               ["Head of Home Ownership Services", "Systems Manager"], None, "TBC", "red")]),
            ("Priority 2",
             "Write-offs should be approved in line with the Scheme of Delegation and reported to ARAC.",
             [("AM2", "Update the write-off procedure and add a six-monthly write-off report to the ARAC forward plan.",
               "Finance Manager", d(2025, 12, 31), None, "New", "G",
               "Procedure updated; first report due at the February 2026 ARAC.",
               ["Finance Manager"], "2025-12", None, "green")]),
            ("Priority 3",
             "Arrears letter templates should be reviewed for plain English and consistency with the Customer Care Charter.",
             [("AM3", "Review and reissue all arrears letter templates with input from the Customer Panel.",
               "Customer Services Manager", d(2026, 3, 31), None, "New", "G",
               "Customer Panel review scheduled for January 2026.",
               ["Customer Services Manager"], "2026-03", None, "green")]),
        ]),
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    expected = []
    row = 4
    for heading, recs in audits:
        c = t.cell(row=row, column=1, value=heading)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        t.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        row += 1
        for prio, rec, acts in recs:
            first = row
            for (ref, text, owner, orig, rev, prev, cur, upd, leads, end, end_text, status) in acts:
                vals = [ref, None, None, text, owner, orig, rev, prev, cur, upd]
                for j, v in enumerate(vals, start=1):
                    c = t.cell(row=row, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j, v in ((8, prev), (9, cur)):
                    if v in rag_fill:
                        t.cell(row=row, column=j).fill = fill(rag_fill[v])
                    t.cell(row=row, column=j).alignment = Alignment(horizontal="center", vertical="top")
                expected.append(act(ref, [heading, rec], text, leads, end, status, end_text))
                row += 1
            t.cell(row=first, column=2, value=prio).alignment = WRAP
            t.cell(row=first, column=3, value=rec).alignment = WRAP
            if row - 1 > first:
                t.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
                t.merge_cells(start_row=first, start_column=3, end_row=row - 1, end_column=3)
    widths = {"A": 9, "B": 11, "C": 45, "D": 55, "E": 26, "F": 12, "G": 12, "H": 11, "I": 9, "J": 45}
    for k, v in widths.items():
        t.column_dimensions[k].width = v
    t.freeze_panes = "A4"

    k = wb.create_sheet("Key")
    k["A1"] = "Priority ratings"
    k["A1"].font = Font(bold=True)
    prio = [
        ("Priority 1", "Failure to implement the recommendation is likely to result in a major failure of a key organisational objective, significant damage to the reputation of the organisation or the misuse of public funds."),
        ("Priority 2", "Failure to implement the recommendation could result in the failure of an important organisational objective or could have some impact on a key organisational objective."),
        ("Priority 3", "Failure to implement the recommendation could lead to an increased risk exposure."),
    ]
    for i, (a, b) in enumerate(prio, start=2):
        k.cell(row=i, column=1, value=a)
        k.cell(row=i, column=2, value=b).alignment = WRAP
    k["A6"] = "Status"
    k["A6"].font = Font(bold=True)
    for i, (a, col, b) in enumerate([
        ("B", "blue", "Implemented – recommended for closure"),
        ("G", "green", "Partially implemented – on track to meet target date"),
        ("A", "amber", "Partially implemented – revised target date agreed"),
        ("R", "red", "Not implemented and past target date"),
    ], start=7):
        c = k.cell(row=i, column=1, value=a)
        c.fill = fill(col)
        k.cell(row=i, column=2, value=b)
    k.column_dimensions["A"].width = 12
    k.column_dimensions["B"].width = 100
    wb.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": ("Imitates a Northern Ireland public body / registered housing association's internal audit "
                   "recommendations tracker as reported to its Audit and Risk Assurance Committee (Co-Ownership, "
                   "November 2025), using the NI Department of Finance Priority 1/2/3 definitions and "
                   "Satisfactory/Limited assurance wording seen in NI Assembly Commission ACARC minutes and reports "
                   "(niassembly.gov.uk secretariat audit and risk committee). Copies: summary sheet with totals block, "
                   "tracker sheet with one banded row per audit report, recommendation and priority cells merged over "
                   "two agreed actions, original and revised target dates (one revised 'TBC'), previous and current "
                   "status letters with fill colours, a separate key sheet."),
        "reads": ("Three sheets: a summary of counts, the tracker and a key. The tracker lists eight agreed management "
                  "actions from three internal audits, each under its audit heading and beside the recommendation it "
                  "answers; the current status letter (B/G/A/R per the key) and the revised date where one is given "
                  "govern."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# C. Sheffield Teaching Hospitals HSE improvement notices tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_sth_refuse():
    fname = "zan-sheffield-teaching-hospitals-nhsft-hse-improvement-notices-action-tracker-typo-month-refuse.xlsx"
    title = "Sheffield Teaching Hospitals NHS Foundation Trust – HSE Improvement Notices: Action Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "IN action tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Reported to: Health and Safety Committee, 10 December 2025    Executive lead: Chief People Officer"
    ws.merge_cells("A2:H2")
    ws["A3"] = "Status key: Complete | On track | At risk | Off track"
    ws.merge_cells("A3:H3")
    heads = ["No.", "Action", "Lead", "Due date", "Revised due date", "Evidence of compliance", "Status", "Update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BOX
        c.alignment = WRAP
    notices = [
        ("Improvement Notice 1 (ref 310987654) – Musculoskeletal disorders: moving and handling of patients. Manual Handling Operations Regulations 1992, reg 4(1)(b) – compliance date 27 February 2026", [
            ("1.1", "Complete patient handling risk assessments for all inpatient wards at the Northern General and Royal Hallamshire hospitals using the revised template", "Head of Health and Safety / Matrons", "Jan 2026", "", "Ward risk assessment audit", "On track", "61 of 88 wards complete."),
            ("1.2", "Train an additional 40 moving and handling key trainers and release ward staff for practical updates", "Moving and Handling Lead", "Feb 2026", "", "ESR training records", "At risk", "22 key trainers trained; release of staff affected by winter pressures."),
            ("1.3", "Procure and install the ceiling track hoists and slide sheets identified in the equipment gap analysis", "Director of Estates; Head of Procurement", "Dec 2025", "Feb 2026", "Purchase orders; installation certificates", "At risk", "Orders placed; installation programme agreed with supplier."),
            ("1.4", "Report ward compliance with patient handling risk assessments to the Health and Safety Committee each month", "Head of Health and Safety", "Dec 2025", "", "Committee minutes", "Complete", "First report received October 2025; now a standing item."),
        ]),
        ("Improvement Notice 2 (ref 310987655) – Work-related violence and aggression: suitable and sufficient risk assessment. Management of Health and Safety at Work Regulations 1999, reg 3(1) – compliance date 27 February 2026", [
            ("2.1", "Review and reissue the Violence and Aggression Policy with an organisational risk assessment template", "Local Security Management Specialist", "Nov 2025", "", "Ratified policy", "Complete", "Ratified by the Policy Group on 12 November 2025."),
            ("2.2", "Complete violence and aggression risk assessments for the emergency department, acute medical units and older people's wards", "Associate Directors of Nursing", "Jan 2026", "", "Risk assessments on Datix", "On track", "ED and AMU complete; older people's wards in progress."),
            ("2.3", "Roll out conflict resolution and de-escalation training to the priority areas", "Head of Learning and Development", "Dec 2025", "Febuary 2026", "Training records", "At risk", "Trainer availability limited until January."),
            ("2.4", "Introduce a post-incident debrief and staff support process with Occupational Health", "Head of Occupational Health", "Jan 2026", "", "Process document; debrief log", "On track", "Process drafted; staff-side consultation under way."),
        ]),
    ]
    row = 6
    refuse_row = None
    for heading, acts in notices:
        c = ws.cell(row=row, column=1, value=heading)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.alignment = WRAP
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        ws.row_dimensions[row].height = 32
        row += 1
        for a in acts:
            for j, v in enumerate(a, start=1):
                c = ws.cell(row=row, column=j, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            if a[4] == "Febuary 2026":
                refuse_row = row
            row += 1
    ws.cell(row=row + 1, column=1, value="Notes: compliance dates confirmed by the HSE inspector on 3 November 2025. Any request to extend a compliance date must be made in writing before that date.")
    widths = {"A": 6, "B": 60, "C": 30, "D": 11, "E": 14, "F": 28, "G": 11, "H": 45}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    wb.save(os.path.join(HERE, fname))
    assert refuse_row == 14, refuse_row

    write_expected(fname, {
        "source": ("Imitates an NHS trust's tracker of actions in response to HSE improvement notices on "
                   "musculoskeletal disorders and violence and aggression (Sheffield Teaching Hospitals NHSFT, "
                   "2025-26), following HSE's programme of health and social care inspections on those two topics "
                   "(reported by HSJ, 'staff assaults and killings spark investigation of 20 providers') and notice "
                   "practice (what must be done, why, by when). Copies: title and reporting lines, a status key line, "
                   "one banded row per notice with its regulation and compliance date, numbered actions with lead, "
                   "due and revised due dates, evidence and status words."),
        "reads": ("Eight actions under two improvement notices, with month-year due dates and a revised due date on "
                  "two of them. Action 2.3's revised due date is written 'Febuary 2026', a misspelt month in an "
                  "end cell, so a careful reader stops and asks before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return fname, 8


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# D. Kingdom Housing Association governance effectiveness review action plan (docx, read)
# ---------------------------------------------------------------------------
def make_kingdom():
    fname = "zan-kingdom-housing-association-governance-effectiveness-review-action-plan.docx"
    title = "Kingdom Housing Association – Governance Effectiveness Review 2025: Action Plan"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Kingdom Housing Association Limited")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(title, level=1)
    doc.add_paragraph("Independent review of the Board's governance against the Scottish Housing Regulator's "
                      "Regulatory Standards of Governance and Financial Management. Review carried out April to "
                      "May 2025; action plan approved by the Board on 25 June 2025.")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Status", "Considered by"]):
        set_cell(dc.cell(0, j), h, bold=True)
    for i, rr in enumerate([("1.0", "25 June 2025", "Approved", "Board"),
                            ("1.2", "12 November 2025", "Progress update", "Audit and Risk Committee")], start=1):
        for j, v in enumerate(rr):
            set_cell(dc.cell(i, j), v)

    doc.add_paragraph("Progress against each action is rated using the key below.")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (lab, col, txt) in enumerate([
        ("B", FILL["blue"], "Complete"),
        ("G", FILL["green"], "On track"),
        ("A", FILL["amber"], "Some slippage – remedial action in place"),
        ("R", FILL["red"], "Off track – target date missed"),
    ]):
        set_cell(key.cell(i, 0), lab, bold=True)
        shade(key.cell(i, 0), col)
        set_cell(key.cell(i, 1), txt)

    sections = [
        ("Regulatory Standard 1 – The governing body leads and directs the RSL to achieve good outcomes for its tenants and other service users.", [
            ("Recommendation 1: The Board should set out more clearly how tenants' views inform its strategic decisions, including through the Tenant Scrutiny Panel.", [
                ("1.1", "Add a standing 'tenant voice' item to every Board agenda, with a summary of Tenant Scrutiny Panel findings.", "Company Secretary", "August 2025", ("B", "blue"), "In place from the August 2025 Board meeting.",
                 ["Company Secretary"], "2025-08", None, "blue"),
                ("1.2", "Hold a joint development session for the Board and the Tenant Scrutiny Panel.", "Chair / Chief Executive", "November 2025", ("G", "green"), "Session arranged for 27 November 2025.",
                 ["Chair", "Chief Executive"], "2025-11", None, "green"),
            ]),
            ("Recommendation 2: The Board should review its strategic performance indicators so that it receives fewer, more outcome-focused measures.", [
                ("2.1", "Agree a revised suite of strategic KPIs, with comparison to Scottish Social Housing Charter peer groups.", "Director of Housing Services & Director of Finance", "31 October 2025", ("A", "amber"), "Draft suite discussed at the Board strategy day; final version to the December Board.",
                 ["Director of Housing Services", "Director of Finance"], "2025-10", None, "amber"),
            ]),
        ]),
        ("Regulatory Standard 4 – The governing body bases its decisions on good quality information and advice and identifies and mitigates risks to the organisation's purpose.", [
            ("Recommendation 3: Board reports should include a clearer summary of options, risks and sources of assurance.", [
                ("3.1", "Introduce a revised Board report template with a one-page cover summary and an assurance rating.", "Company Secretary", "September 2025", ("B", "blue"), "New template in use from September 2025.",
                 ["Company Secretary"], "2025-09", None, "blue"),
                ("3.2", "Provide report-writing training for all staff who author Board and committee papers.", "Head of HR", "December 2025", ("", "green"), "Two sessions delivered; final session 9 December.",
                 ["Head of HR"], "2025-12", None, "green"),
            ]),
            ("Recommendation 4: The Board should obtain assurance on compliance with tenant and resident safety duties through independent testing.", [
                ("4.1", "Commission an independent audit of gas, electrical, fire, water and lift safety compliance data.", "Director of Property Services", "March 2026", ("G", "green"), "Internal auditors engaged; fieldwork January 2026.",
                 ["Director of Property Services"], "2026-03", None, "green"),
                ("4.2", "Report tenant safety compliance to every Board meeting.", "Director of Property Services", "Ongoing", ("G", "green"), "Included in Board reports since June 2025.",
                 ["Director of Property Services"], None, "Ongoing", "green"),
            ]),
        ]),
        ("Regulatory Standard 6 – The governing body and senior officers have the skills and knowledge they need to be effective.", [
            ("Recommendation 5: The Board should strengthen succession planning and address skills gaps in digital and development finance.", [
                ("5.1", "Complete the annual skills and effectiveness self-assessment and individual appraisals for all Board members.", "Chair", "By 31 March 2026", ("G", "green"), "Questionnaire issued 3 November 2025.",
                 ["Chair"], "2026-03", None, "green"),
                ("5.2", "Recruit two Board members with digital and development finance expertise.", "Chair and Company Secretary", "September 2026", ("", None), "Not started – recruitment to begin after the skills assessment.",
                 ["Chair", "Company Secretary"], "2026-09", None, "unrated"),
            ]),
        ]),
    ]
    expected = []
    for heading, recs in sections:
        doc.add_heading(heading, level=2)
        n = 1 + sum(1 + len(a) for _, a in recs)
        tbl = doc.add_table(rows=n, cols=6)
        tbl.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead", "Target date", "RAG", "Progress at November 2025"]):
            set_cell(tbl.cell(0, j), h, bold=True)
            shade(tbl.cell(0, j), FILL["pale"])
        r_i = 1
        for rec, acts in recs:
            m = tbl.cell(r_i, 0).merge(tbl.cell(r_i, 5))
            set_cell(m, rec, bold=True)
            shade(m, FILL["grey"])
            r_i += 1
            for (ref, text, lead, date, (rag_txt, rag_col), upd, leads, end, end_text, status) in acts:
                for j, v in enumerate([ref, text, lead, date, rag_txt, upd]):
                    set_cell(tbl.cell(r_i, j), v)
                if rag_col:
                    shade(tbl.cell(r_i, 4), FILL[rag_col])
                expected.append(act(ref, [heading, rec], text, leads, end, status, end_text))
                r_i += 1
        doc.add_paragraph()
    doc.add_paragraph("Next progress report: Audit and Risk Committee, February 2026.")
    doc.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": ("Imitates a Scottish registered social landlord's action plan following an independent governance "
                   "effectiveness review against the SHR Regulatory Standards of Governance and Financial Management "
                   "(Kingdom Housing Association, 2025), as presented to its Board and Audit and Risk Committee. "
                   "Copies: body name line and title heading, document control table, shaded RAG key table, one "
                   "section heading per Regulatory Standard (quoting the standard) each with its own table, a merged "
                   "full-width recommendation row above its numbered actions, shaded RAG cells (one shaded with no "
                   "letter, one left blank), leads as job titles including two-post cells, month, full-date, "
                   "'By ...' and 'Ongoing' target dates."),
        "reads": ("After the document control and RAG key tables, three sections (Regulatory Standards 1, 4 and 6) each "
                  "hold a table of numbered actions grouped under 'Recommendation n' rows; nine actions in all, with "
                  "lead, target date, RAG (letter and/or shading per the key) and progress."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# E. Social Security Scotland case transfer programme highlight report (docx, read)
# ---------------------------------------------------------------------------
def make_sss():
    fname = "zan-social-security-scotland-adp-case-transfer-programme-highlight-report.docx"
    title = "Social Security Scotland – Case Transfer Programme Highlight Report"
    doc = Document()
    p = doc.add_paragraph()
    p.add_run("OFFICIAL").bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(title, level=1)
    info = doc.add_table(rows=6, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Programme", "Case Transfer Programme – Adult Disability Payment"),
        ("Senior Responsible Owner", "Deputy Director, Client Services Delivery"),
        ("Programme Manager", "Programme Manager, Case Transfer"),
        ("Reporting period", "1 October 2025 – 31 October 2025"),
        ("Report to", "Case Transfer Programme Board, 12 November 2025"),
        ("Overall status (last period / this period)", "Amber / Amber"),
    ]):
        set_cell(info.cell(i, 0), a, bold=True)
        shade(info.cell(i, 0), FILL["pale"])
        set_cell(info.cell(i, 1), b)
    shade(info.cell(5, 1), FILL["amber"])

    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph("Transfer of adult Disability Living Allowance awards continued in October, with 9,850 cases "
                      "completed against a forecast of 9,500. Overall status remains Amber because the DWP data-share "
                      "change needed for the final tranche has slipped by four weeks and recruitment of case managers "
                      "is behind plan.")
    doc.add_heading("2. Status by dimension", level=2)
    dim = doc.add_table(rows=6, cols=4)
    dim.style = "Table Grid"
    for j, h in enumerate(["Dimension", "Last period", "This period", "Comment"]):
        set_cell(dim.cell(0, j), h, bold=True)
    dcol = {"Green": "green", "Amber": "amber", "Red": "red"}
    for i, rr in enumerate([
        ("Schedule", "Amber", "Amber", "Final tranche dependent on DWP release window."),
        ("Budget", "Green", "Green", "Forecast outturn within 2% of budget."),
        ("Resources", "Amber", "Red", "Case manager recruitment 22 posts behind plan."),
        ("Scope", "Green", "Green", "No change."),
        ("Benefits", "Green", "Green", "Clients continue to be paid the right amount at the right time."),
    ], start=1):
        for j, v in enumerate(rr):
            set_cell(dim.cell(i, j), v)
            if v in dcol and j in (1, 2):
                shade(dim.cell(i, j), FILL[dcol[v]])

    doc.add_heading("3. Actions and milestones by workstream", level=2)
    doc.add_paragraph("Baseline dates are those agreed at programme initiation; a revised date is shown only where "
                      "Programme Board has approved a change. RAG: Green – on track; Amber – at risk; Red – will miss "
                      "the date without intervention; Complete – delivered.")
    workstreams = [
        ("Workstream A – Data and DWP interface", [
            ("A1", "Deploy DWP data-share change CR-0412 for the final tranche of adult DLA awards", "Head of Digital Delivery", "Oct-25", "Nov-25", "Amber",
             "Slipped four weeks to the next DWP release window; revised date approved by Programme Board on 8 October.",
             ["Head of Digital Delivery"], "2025-11", None, "amber"),
            ("A2", "Complete reconciliation of Tranche 5 transferred awards against DWP payment records", "Head of Data and Analysis", "Nov-25", "", "Green",
             "Reconciliation 80% complete; no payment errors found to date.",
             ["Head of Data and Analysis"], "2025-11", None, "green"),
            ("A3", "Decommission the interim manual data transfer process", "Head of Digital Delivery / Head of Client Operations", "Jan-26", "Mar-26", "Amber",
             "Dependent on A1; change request for revised date submitted to this Board.",
             ["Head of Digital Delivery", "Head of Client Operations"], "2026-03", None, "amber"),
        ]),
        ("Workstream B – Client communications", [
            ("B1", "Issue transfer notification letters to all clients in Tranche 6", "Head of Client Communications", "31/10/2025", "", "Complete",
             "Letters issued 27 October 2025.",
             ["Head of Client Communications"], "2025-10", None, "blue"),
            ("B2", "Publish updated case transfer guidance for third sector partners and welfare rights advisers", "Stakeholder Engagement Manager", "28/11/2025", "", "Green",
             "Draft shared with the Disability and Carers Benefits Expert Advisory Group.",
             ["Stakeholder Engagement Manager"], "2025-11", None, "green"),
            ("B3", "Run client research on the post-transfer review journey and report findings to Programme Board", "User Research Lead", "w/c 19/01/2026", "", "Green",
             "Recruitment of research participants under way.",
             ["User Research Lead"], "2026-01", None, "green"),
        ]),
        ("Workstream C – Operational readiness", [
            ("C1", "Recruit and train 60 additional case managers for the post-transfer review peak", "Head of Recruitment; Head of Learning and Development", "Dec-25", "Feb-26", "Red",
             "38 of 60 in post; third campaign launched. Escalated to the Executive Team.",
             ["Head of Recruitment", "Head of Learning and Development"], "2026-02", None, "red"),
            ("C2", "Agree revised review scheduling with the Scottish Government policy team to smooth the 2026 review peak", "Deputy Director, Client Services Delivery", "Q3 2025-26", "", "Green",
             "Options paper agreed with policy colleagues.",
             ["Deputy Director, Client Services Delivery"], "2025-12", None, "green"),
            ("C3", "Complete the business readiness assessment for programme closure", "Programme Manager, Case Transfer", "Q4 2025-26", "", "Not started",
             "Due to start in January 2026.",
             ["Programme Manager, Case Transfer"], "2026-03", None, "unrated"),
        ]),
    ]
    rag_shade = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    expected = []
    for ws_name, acts in workstreams:
        doc.add_heading(ws_name, level=3)
        tbl = doc.add_table(rows=1 + len(acts), cols=7)
        tbl.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action / milestone", "Owner", "Baseline date", "Revised date", "RAG", "Commentary"]):
            set_cell(tbl.cell(0, j), h, bold=True, size=9)
            shade(tbl.cell(0, j), FILL["pale"])
        for i, (ref, text, owner, base, rev, rag, comm, leads, end, end_text, status) in enumerate(acts, start=1):
            for j, v in enumerate([ref, text, owner, base, rev, rag, comm]):
                set_cell(tbl.cell(i, j), v, size=9)
            if rag in rag_shade:
                shade(tbl.cell(i, 5), FILL[rag_shade[rag]])
            expected.append(act(ref, [ws_name], text, leads, end, status, end_text))
    doc.add_heading("4. Key risks and issues", level=2)
    doc.add_paragraph("Issue I-07 – DWP release dependency: the final tranche cannot start until CR-0412 is live. "
                      "Managed through the joint DWP/Social Security Scotland delivery board.", style="List Bullet")
    doc.add_paragraph("Risk R-14 – Case manager capacity: if recruitment does not recover, review timescales for "
                      "transferred clients will lengthen from spring 2026.", style="List Bullet")
    doc.add_heading("5. Decisions required from Programme Board", level=2)
    doc.add_paragraph("Programme Board is asked to note the Amber status, approve the revised date for A3 and note the "
                      "escalation of recruitment (C1) to the Executive Team.")
    doc.save(os.path.join(HERE, fname))

    write_expected(fname, {
        "source": ("Imitates a Scottish Government executive agency's monthly programme highlight report to its "
                   "programme board (Social Security Scotland, Case Transfer Programme for Adult Disability Payment, "
                   "October 2025), in the PRINCE2/Teal Book style (docest.com highlight report template: status summary "
                   "with last/this period; projectdelivery.gov.uk reporting chapter). Copies: protective marking, "
                   "two-column summary table with SRO and overall status, dimension RAG table with last and this "
                   "period, numbered report sections, one table per workstream with baseline and revised dates, RAG "
                   "words with shading, month-year, full date, 'w/c' and financial-quarter dates, risks/issues as "
                   "bullets and decisions paragraph."),
        "reads": ("A highlight report whose plan content is section 3: three workstream tables (A, B, C) of three "
                  "actions/milestones each, with owner, baseline and revised dates (revised governs where given) and "
                  "a RAG word. The summary, dimension table, risks/issues bullets and decisions are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# F. Leonard Cheshire Charity Governance Code action plan, SharePoint list export (csv, read)
# ---------------------------------------------------------------------------
def csv_field(v):
    if v is None:
        return ""
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_leonard_cheshire():
    fname = "zan-leonard-cheshire-charity-governance-code-action-plan-sharepoint-export.csv"
    heads = ["Ref", "Code principle", "Recommendation", "Agreed action", "Action owner", "Target date",
             "RAG status", "Progress update", "Item Type", "Path"]
    path = "sites/GovernanceHub/Lists/Governance Code Action Plan"
    p1 = "Principle 1: Organisational purpose"
    p3 = "Principle 3: Integrity"
    p4 = "Principle 4: Decision-making, risk and control"
    p5 = "Principle 5: Board effectiveness"
    p6 = "Principle 6: Equality, diversity and inclusion"
    p7 = "Principle 7: Openness and accountability"
    r1 = "The board should review the charity's strategy each year against its charitable objects and impact data."
    r3 = "Conflicts of interest should be declared at the start of every meeting and the register of interests published annually."
    r4 = "The board should agree a risk appetite statement and receive deep dives on its principal risks."
    r5 = "The board should commission an externally facilitated board effectiveness review at least every three years."
    r6 = "The board should set diversity targets for its own composition, including lived experience of disability, and report progress in the annual report."
    r7 = "The charity should publish how it has responded to feedback and complaints from people who draw on its services."
    rows = [
        ("GC-01", p1, r1, "Hold an annual strategy and impact review at the board away day, supported by an impact report from the Director of Strategy.",
         "Ruth Adeyemi", "30/09/2025", "Blue - complete", "Completed at the board away day on 16 September 2025.",
         ["Ruth Adeyemi"], "2025-09", None, "blue"),
        ("GC-02", p3, r3, "Add declarations of interest as a standing item on board and committee agendas.",
         "Tom Hallett", "31/07/2025", "Blue - complete", "In place from the July 2025 board meeting.",
         ["Tom Hallett"], "2025-07", None, "blue"),
        ("GC-03", p3, r3, "Publish the trustees' register of interests on the website each year after the AGM.",
         "Tom Hallett", "31/12/2025", "Green - on track", "Register updated; web page in preparation.",
         ["Tom Hallett"], "2025-12", None, "green"),
        ("GC-04", p4, r4, "Draft a risk appetite statement for approval by the board.\nThe Audit and Risk Committee to review the draft first at its January 2026 meeting.",
         "Anil Mehta; Ruth Adeyemi", "31/03/2026", "Amber - at risk", "Drafting delayed by the change of Director of Finance.",
         ["Anil Mehta", "Ruth Adeyemi"], "2026-03", None, "amber"),
        ("GC-05", p4, r4, "Schedule a principal risk deep dive at each Audit and Risk Committee meeting, starting with safeguarding.",
         "Anil Mehta", "30/11/2025", "Green - on track", "Safeguarding deep dive held 4 November; cyber security next.",
         ["Anil Mehta"], "2025-11", None, "green"),
        ("GC-06", p5, r5, "Appoint an external facilitator and complete the board effectiveness review.",
         "Sally Brennan", "30/06/2026", "Not started", "Invitation to quote to be issued in January 2026.",
         ["Sally Brennan"], "2026-06", None, "unrated"),
        ("GC-07", p6, r6, "Agree board diversity targets and publish progress in the 2025-26 trustees' annual report.",
         "Sally Brennan; Grace Okafor", "31/07/2026", "Green - on track", "Targets agreed by Nominations Committee in October.",
         ["Sally Brennan", "Grace Okafor"], "2026-07", None, "green"),
        ("GC-08", p6, r6, "Introduce a reverse mentoring scheme pairing trustees with disabled colleagues and people who draw on our services.",
         "Grace Okafor", "31/01/2026", "Red - off track", "Scheme design paused; lived experience adviser post vacant since August.",
         ["Grace Okafor"], "2026-01", None, "red"),
        ("GC-09", p7, r7, "Publish an annual 'You said, we did' summary of complaints and feedback on the website.",
         "Grace Okafor", "31/03/2026", "Green - on track", "Q1 and Q2 data collated.",
         ["Grace Okafor"], "2026-03", None, "green"),
    ]
    lines = [",".join(heads)]
    expected = []
    for (ref, pr, rec, text, owner, date, rag, upd, leads, end, end_text, status) in rows:
        vals = [ref, pr, rec, text, owner, date, rag, upd, "Item", path]
        lines.append(",".join(csv_field(v) for v in vals))
        expected.append(act(ref, [pr, rec], text, leads, end, status, end_text))
    with open(os.path.join(HERE, fname), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(fname, {
        "source": ("Imitates a large charity's action plan following a review against the Charity Governance Code "
                   "(Leonard Cheshire, 2025-26), kept as a SharePoint list on a governance hub site and exported "
                   "with 'Export to CSV'. Copies: Title column renamed Ref, choice columns for Code principle and RAG "
                   "status, a person column with two people separated by a semicolon, UK-format dates, a multi-line "
                   "text cell quoted across two lines, the trailing Item Type and Path columns SharePoint adds, UTF-8 "
                   "with byte order mark and CRLF line ends; no title line."),
        "reads": ("A flat list of nine agreed actions, each row naming the Code principle and the recommendation it "
                  "answers (some recommendations have two actions), an owner, a target date and a RAG status choice "
                  "(Blue - complete, Green - on track, Amber - at risk, Red - off track, Not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# G. Leek Town Council action log, tab-delimited text export (txt, read)
# ---------------------------------------------------------------------------
def make_leek():
    fname = "zan-leek-town-council-action-log-2025-26.txt"
    title = "Leek Town Council - Action Log 2025-26"
    ncol = 7
    lines = []

    def line(*cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        lines.append("\t".join(cells))

    line(title)
    line("Actions arising from meetings of Full Council and committees. Updated by the Town Clerk: 12 January 2026")
    line("RAG: G = on track; A = some delay; R = overdue or stalled; B = complete (removed after next meeting)")
    line()
    line("Minute ref", "Date of meeting", "Action", "Responsible", "Deadline", "RAG", "Update")
    groups = [
        ("FULL COUNCIL", [
            ("FC25/041", "20/05/2025", "Write to Staffordshire County Council requesting a review of the Derby Street pedestrian crossing", "Town Clerk", "30/06/2025", "B", "Letter sent 2 June; SCC reply received and circulated.",
             ["Town Clerk"], "2025-06", None, "blue"),
            ("FC25/067", "15/07/2025", "Obtain three quotations for refurbishment of the war memorial railings", "Deputy Town Clerk", "Sep-25", "A", "Two quotes received; third contractor chased.",
             ["Deputy Town Clerk"], "2025-09", None, "amber"),
            ("FC25/088", "16/09/2025", "Arrange training on the Code of Conduct for all councillors", "Town Clerk / Mayor", "Nov-25", "G", "Session booked with SPCA for 24 November.",
             ["Town Clerk", "Mayor"], "2025-11", None, "green"),
            ("FC25/102", "18/11/2025", "Prepare the draft 2026-27 budget and precept options for Full Council", "RFO", "January 2026", "G", "Draft to P&R on 13 January; Full Council 27 January.",
             ["RFO"], "2026-01", None, "green"),
        ]),
        ("POLICY AND RESOURCES COMMITTEE", [
            ("PR25/019", "10/06/2025", "Update the Financial Regulations to the 2025 NALC model and bring to committee", "RFO", "", "B", "Adopted at P&R on 9 September 2025.",
             ["RFO"], None, None, "blue"),
            ("PR25/031", "09/09/2025", "Review the council's risk register and insurance cover ahead of renewal", "Town Clerk & RFO", "End of October 2025", "R", "Insurance renewed; risk register review not yet done - carried forward to January meeting.",
             ["Town Clerk", "RFO"], "2025-10", None, "red"),
            ("PR25/044", "11/11/2025", "Procure a new council website that meets the accessibility regulations (WCAG 2.2 AA)", "Deputy Town Clerk", "31/03/2026", "G", "Specification agreed; quotes due 16 January.",
             ["Deputy Town Clerk"], "2026-03", None, "green"),
        ]),
        ("AMENITIES AND EVENTS COMMITTEE", [
            ("AE25/012", "24/06/2025", "Liaise with Staffordshire Moorlands District Council on the hanging basket watering contract for 2026", "Events Officer", "Next meeting", "G", "Meeting with SMDC parks team on 20 January.",
             ["Events Officer"], None, "Next meeting", "green"),
            ("AE25/027", "14/10/2025", "Deliver the Christmas lights switch-on event and report outcomes to committee", "Events Officer; Cllr Lovatt", "Dec-25", "B", "Event held 29 November; report to January committee.",
             ["Events Officer", "Cllr Lovatt"], "2025-12", None, "blue"),
            ("AE25/030", "14/10/2025", "Install a defibrillator at the Brough Park pavilion and register it with The Circuit", "Deputy Town Clerk", "Feb-26", "A", "Awaiting electrical connection.",
             ["Deputy Town Clerk"], "2026-02", None, "amber"),
        ]),
    ]
    expected = []
    for gi, (g, acts) in enumerate(groups):
        if gi:
            line()
        line(g)
        for (ref, mdate, text, resp, dl, rag, upd, leads, end, end_text, status) in acts:
            line(ref, mdate, text, resp, dl, rag, upd)
            expected.append(act(ref, [g], text, leads, end, status, end_text))
    line()
    line("Actions marked B are removed from the log once they have been reported to the next meeting.")
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(fname, {
        "source": ("Imitates a town council's rolling action log of resolutions from Full Council and its committees "
                   "(Leek Town Council, Staffordshire, 2025-26), of the kind parish and town councils publish with "
                   "their agendas (e.g. Aldworth Parish Council's action log of open/in progress/closed actions), "
                   "saved from Excel as 'Text (Tab delimited)'. Copies: title, updated-by and RAG key lines, header "
                   "row, a capitalised line per meeting body, minute references, meeting dates, officers and a "
                   "councillor as responsible persons (two in some cells), mixed deadlines (dates, Mon-YY, month "
                   "names, 'End of ...', 'Next meeting', blank), RAG letters, trailing tabs and CRLF line ends."),
        "reads": ("Ten actions in three groups (Full Council, Policy and Resources, Amenities and Events), each with its "
                  "minute reference, responsible officer(s), deadline, RAG letter per the key line and an update."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


def main():
    made = [
        make_revenue_scotland(),
        make_co_ownership(),
        make_sth_refuse(),
        make_kingdom(),
        make_sss(),
        make_leonard_cheshire(),
        make_leek(),
    ]
    for f, n in made:
        print(f"{f}: {n} actions")


if __name__ == "__main__":
    main()
