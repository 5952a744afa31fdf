#!/usr/bin/env python3
"""Build the seven zg- blind cases (data files and their .expected.yaml) for set heldout580.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with zg- are written.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_BREAK  # noqa: F401  (kept for clarity of intent)
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILLS = {
    "blue": "9DC3E6",
    "green": "A9D08E",
    "amber": "FFD966",
    "red": "FF7C80",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "teal": "DDEBF7",
}


def out(name):
    assert name.startswith("zg-") or name.startswith("zg_"), name
    return os.path.join(HERE, name)


def write_expected(name, exp):
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=4096)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- xlsx helpers
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(colour):
    return PatternFill("solid", start_color=FILLS[colour], end_color=FILLS[colour])


def put_row(ws, r, values, bold=False, border=True, fills=None):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if border:
            cell.border = BORDER
        if bold:
            cell.font = Font(bold=True)
        if fills and c in fills and fills[c]:
            cell.fill = fill(fills[c])
        if isinstance(v, (dt.date, dt.datetime)):
            cell.number_format = "dd/mm/yyyy"


def band(ws, r, text, ncols, colour="grey", bold=True):
    ws.cell(row=r, column=1, value=text)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    c = ws.cell(row=r, column=1)
    c.font = Font(bold=bold)
    c.fill = fill(colour)
    c.alignment = Alignment(vertical="center")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w


# ---------------------------------------------------------------- docx helpers
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), FILLS[colour])
    tcPr.append(shd)


def bold_cell(cell):
    for p in cell.paragraphs:
        for r in p.runs:
            r.font.bold = True


# =============================================================================
# 1. Scottish Funding Council – annual audit report 2024/25 action plan (xlsx)
# =============================================================================
def sfc():
    name = "zg-scottish-funding-council-annual-audit-report-2024-25-action-plan.xlsx"
    title = "Scottish Funding Council – Annual Audit Report 2024/25: Action Plan and Progress Tracker"
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Prepared for:", "Audit and Compliance Committee, 14 November 2025"),
        ("Report owner:", "Director of Finance and Corporate Services"),
        ("Version:", "1.2 (position at 31 October 2025)"),
        ("Source:", "Appointed auditor's 2024/25 Annual Audit Report (Audit Scotland), September 2025"),
    ]
    for i, (a, b) in enumerate(rows, start=3):
        cover.cell(row=i, column=1, value=a).font = Font(bold=True)
        cover.cell(row=i, column=2, value=b)
    cover["A8"] = ("This tracker sets out the agreed management actions arising from the 2024/25 Annual "
                   "Audit Report and progress against prior year recommendations still open. "
                   "Sheets: '2024-25 Action plan'; 'Prior year follow-up'; 'Key'.")
    cover["A8"].alignment = WRAP
    cover.merge_cells("A8:F10")
    cover.column_dimensions["A"].width = 18
    cover.column_dimensions["B"].width = 70

    ws = wb.create_sheet("2024-25 Action plan")
    N = 9
    ws["A1"] = "Appendix 1 – 2024/25 Action plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Scottish Funding Council | Annual Audit Report 2024/25 | Progress at 31 October 2025"
    ws.merge_cells("A2:I2")
    hdr = ["No.", "Issue/risk", "Recommendation", "Agreed management action", "Responsible officer",
           "Agreed date", "Revised date", "Progress update", "RAG"]
    put_row(ws, 4, hdr, bold=True, fills={i: "teal" for i in range(1, 10)})

    S1 = "Financial management"
    S2 = "Financial sustainability"
    S3 = "Vision, leadership and governance"
    S4 = "Use of resources to improve outcomes"
    rec1 = ("SFC should strengthen year-end cut-off procedures for grant payments, including a "
            "documented review of accruals over £100,000.")
    rec2 = ("Independent call-back verification should be completed and evidenced for all changes to "
            "supplier and institution bank details.")
    rec3 = ("SFC should extend its medium-term financial planning to cover at least three years and "
            "include scenario modelling of sector funding.")
    rec4 = ("SFC should formalise its financial monitoring and escalation framework for institutions at "
            "risk and report regularly to the Board on its use.")
    rec5 = ("SFC should improve public performance reporting so that progress against outcome agreement "
            "targets is clearly set out.")
    rec6 = ("SFC should refresh the business case for the Grant Management System replacement and report "
            "revised timescales and costs to the Board.")
    a1 = ("Year-end closedown timetable and checklist to be updated to include an independent review of "
          "all grant accruals over £100,000 by the Head of Financial Accounting.")
    a2 = ("Call-back verification procedure re-issued to all Finance staff and a monthly check of bank "
          "detail changes introduced.")
    a3 = ("Develop a three-year financial planning framework with scenario modelling, to be presented to "
          "the Board alongside the 2026/27 budget.")
    a4a = ("Refresh the Financial Monitoring and Intervention Framework, setting out:\n"
           "- escalation triggers; and\n"
           "- the role of the Board and its committees.")
    a4b = "Introduce a quarterly report to the Board on institutions in enhanced monitoring."
    a5 = ("Publish a performance framework and outcome measures dashboard as part of the 2025/26 "
          "annual report.")
    a6 = ("Refreshed business case, including revised costs and milestones, to be presented to the "
          "Board.")

    r = 5
    band(ws, r, S1, N); r += 1
    put_row(ws, r, [1, "Accruals cut-off\nOur testing identified £1.2 million of 2025/26 grant payments "
                       "accrued in 2024/25 in error. These were corrected in the audited accounts.\n"
                       "Risk: the financial statements are misstated.",
                    rec1, a1, "Head of Financial Accounting", dt.datetime(2026, 3, 31), None,
                    "Closedown checklist revised and approved by Finance Leadership Team on 7 October 2025. "
                    "Review will operate at 2025/26 year end.", "Green"], fills={9: "green"})
    r += 1
    put_row(ws, r, [2, "Grant payment controls\nA change of bank details for one college was processed "
                       "without independent verification.\nRisk: payments are made to fraudulent accounts.",
                    rec2, a2, "Finance Manager (Payments)", dt.datetime(2025, 9, 30), None,
                    "Procedure re-issued August 2025; monthly check in place and evidenced from September 2025.",
                    "Complete"], fills={9: "blue"})
    r += 1
    band(ws, r, S2, N); r += 1
    put_row(ws, r, [3, "Medium-term financial planning\nThe medium-term financial plan does not model the "
                       "impact of reduced funding settlements on colleges and universities beyond 2026/27.\n"
                       "Risk: SFC is not able to anticipate and respond to financial pressures in the sectors.",
                    rec3, a3, "Director of Finance and Corporate Services", dt.datetime(2026, 3, 31), None,
                    "Scenario modelling underway; first draft to Finance Committee January 2026.", "Green"],
            fills={9: "green"})
    r += 1
    band(ws, r, S3, N); r += 1
    r4 = r
    put_row(ws, r, ["4a", "Oversight of institutions at financial risk\nThe escalation arrangements for "
                          "institutions in financial difficulty are not documented and Board reporting is "
                          "ad hoc.\nRisk: the Board does not have timely assurance on institutions at risk.",
                    rec4, a4a,
                    "Director of Finance and Corporate Services / Director of Access, Learning and Outcomes",
                    dt.datetime(2025, 12, 31), dt.datetime(2026, 3, 31),
                    "Consultation with sector bodies extended at Universities Scotland and Colleges Scotland's "
                    "request; revised date agreed by Committee.", "Amber"], fills={9: "amber"})
    r += 1
    put_row(ws, r, ["4b", None, None, a4b, "Chief Operating Officer", dt.datetime(2025, 12, 31), None,
                    "First quarterly report presented to Board on 26 September 2025.", "Complete"],
            fills={9: "blue"})
    ws.merge_cells(start_row=r4, start_column=2, end_row=r, end_column=2)
    ws.merge_cells(start_row=r4, start_column=3, end_row=r, end_column=3)
    r += 1
    band(ws, r, S4, N); r += 1
    put_row(ws, r, [5, "Performance reporting\nThe annual report does not clearly link outcome agreement "
                       "targets to reported performance.\nRisk: stakeholders cannot assess the impact of "
                       "SFC funding.",
                    rec5, a5, "Head of Strategy and Performance", dt.datetime(2026, 6, 30), None,
                    "Work will begin in January 2026 once the new performance framework is agreed.", None])
    r += 1
    put_row(ws, r, [6, "Digital transformation\nThe replacement of the Grant Management System has slipped "
                       "by 12 months and the business case has not been updated.\nRisk: the project does not "
                       "deliver value for money.",
                    rec6, a6, "Chief Operating Officer; Head of Digital Services", dt.datetime(2025, 11, 30),
                    dt.datetime(2026, 2, 28),
                    "Supplier re-procurement required; business case will now be presented at the February "
                    "2026 Board.", "Red"], fills={9: "red"})
    r += 2
    ws.cell(row=r, column=1, value="RAG: see Key sheet. Revised dates have been agreed by the Audit and "
                                   "Compliance Committee.").font = Font(italic=True)
    widths(ws, [6, 40, 40, 45, 28, 12, 12, 40, 10])

    py = wb.create_sheet("Prior year follow-up")
    py["A1"] = "Scottish Funding Council – Follow-up of prior year (2023/24) recommendations"
    py["A1"].font = Font(bold=True, size=13)
    py.merge_cells("A1:H1")
    py["A2"] = "Recommendations reported as outstanding in the 2024/25 Annual Audit Report"
    py.merge_cells("A2:H2")
    put_row(py, 4, ["Ref", "Recommendation (2023/24 Annual Audit Report)", "Management action", "Owner",
                    "Original date", "Revised date", "Update at October 2025", "RAG"], bold=True,
            fills={i: "teal" for i in range(1, 9)})
    pr1 = "SFC should complete its review of the risk appetite statements supporting its Strategic Framework."
    pr2 = "The Strategic Workforce Plan should be updated to reflect the outcomes of the organisational review."
    pr3 = "SFC should ensure all staff complete mandatory cyber security training."
    pa1 = "Revised risk appetite statements to be approved by the Board."
    pa2 = "Publish updated Strategic Workforce Plan 2025–28."
    pa3 = ("Cyber training completion to be monitored monthly and reported to the Executive Team, with a "
           "target of 95% completion.")
    put_row(py, 5, ["PY1", pr1, pa1, "Head of Governance", "June 2024", "December 2025",
                    "Draft considered by Audit and Compliance Committee September 2025; Board approval due "
                    "12 December 2025.", "Amber"], fills={8: "amber"})
    put_row(py, 6, ["PY2", pr2, pa2, "Director of People", "March 2025", "September 2025",
                    "Plan approved by Board 26 September 2025 and published.", "Complete"], fills={8: "blue"})
    put_row(py, 7, ["PY3", pr3, pa3, "Head of Digital Services", "December 2024", None,
                    "Completion 97% at 30 September 2025.", "Complete"], fills={8: "blue"})
    widths(py, [6, 45, 45, 26, 14, 14, 40, 10])

    key = wb.create_sheet("Key")
    key["A1"] = "RAG status key"
    key["A1"].font = Font(bold=True)
    for i, (w, d, c) in enumerate([
        ("Complete", "Action fully implemented", "blue"),
        ("Green", "On track to be delivered by the agreed date", "green"),
        ("Amber", "Some slippage; revised date agreed", "amber"),
        ("Red", "Significantly delayed or at risk", "red"),
    ], start=2):
        key.cell(row=i, column=1, value=w).fill = fill(c)
        key.cell(row=i, column=2, value=d)
    key.column_dimensions["B"].width = 50
    wb.save(out(name))

    actions = [
        act("1", [S1, rec1], a1, ["Head of Financial Accounting"], "2026-03", "green"),
        act("2", [S1, rec2], a2, ["Finance Manager (Payments)"], "2025-09", "blue"),
        act("3", [S2, rec3], a3, ["Director of Finance and Corporate Services"], "2026-03", "green"),
        act("4a", [S3, rec4], a4a, ["Director of Finance and Corporate Services",
                                    "Director of Access, Learning and Outcomes"], "2026-03", "amber"),
        act("4b", [S3, rec4], a4b, ["Chief Operating Officer"], "2025-12", "blue"),
        act("5", [S4, rec5], a5, ["Head of Strategy and Performance"], "2026-06", "unrated"),
        act("6", [S4, rec6], a6, ["Chief Operating Officer", "Head of Digital Services"], "2026-02", "red"),
        act("PY1", [pr1], pa1, ["Head of Governance"], "2025-12", "amber"),
        act("PY2", [pr2], pa2, ["Director of People"], "2025-09", "blue"),
        act("PY3", [pr3], pa3, ["Head of Digital Services"], "2024-12", "blue"),
    ]
    write_expected(name, {
        "source": ("Imitates the management-response action plan a Scottish NDPB (here the Scottish Funding "
                   "Council, 2025) tracks after its Audit Scotland-appointed auditor's Annual Audit Report "
                   "2024/25: Audit Scotland's Appendix 1 columns (No., Issue/risk with bold short title and "
                   "'Risk:' line, Recommendation, Agreed management action, Responsible officer, Agreed date) "
                   "extended by the body with Revised date, Progress update and a RAG column with matching "
                   "fill; rows grouped by the wider-scope audit areas as merged band rows; one recommendation "
                   "with two actions (4a/4b) sharing vertically merged Issue/risk and Recommendation cells; a "
                   "cover sheet, a second sheet following up 2023/24 recommendations with original and "
                   "revised dates as text, and a Key sheet. No URL; layout from Audit Scotland annual audit "
                   "report action plans."),
        "reads": ("An audit action plan workbook: seven 2024/25 agreed actions under four wider-scope areas "
                  "(Financial management, Financial sustainability, Vision, leadership and governance, Use "
                  "of resources to improve outcomes), each answering the auditor's recommendation beside "
                  "it, plus three prior-year actions on a second sheet. Where a revised date is given it "
                  "is the end; status is the RAG word (Complete = blue); one action has no RAG yet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# =============================================================================
# 2. Northern Ireland Prison Service – corporate risk register 2025-26 (xlsx)
# =============================================================================
def nips():
    name = "zg-northern-ireland-prison-service-corporate-risk-register-2025-26.xlsx"
    title = "Northern Ireland Prison Service – Corporate Risk Register 2025-26"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Quarter 2 review – considered by Prison Service Management Board, 21 October 2025"
    put_row(sm, 4, ["Risk ID", "Risk title", "Risk owner", "Residual score (Q1)", "Residual score (Q2)",
                    "Direction of travel"], bold=True, fills={i: "teal" for i in range(1, 7)})
    summary = [
        ("CR1", "Workforce capacity and resilience", "Director of Prisons", 16, 16, "↔"),
        ("CR2", "Safer custody", "Director of Rehabilitation", 15, 15, "↔"),
        ("CR3", "Condition of the prison estate", "Director of Finance and Estates", 12, 16, "↑"),
        ("CR4", "Information security and cyber resilience", "Director of Finance and Estates", 12, 12, "↔"),
    ]
    for i, row in enumerate(summary, start=5):
        put_row(sm, i, list(row), fills={5: "red" if row[4] >= 15 else "amber"})
    sm["A10"] = "Scores = Impact (1-5) x Likelihood (1-5). 15-25 Red; 8-12 Amber; 1-6 Green. See 'Scoring matrix'."
    widths(sm, [8, 42, 32, 16, 16, 16])

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "Corporate Risk Register 2025-26 (Quarter 2)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Residual scores shaded per scoring matrix. Action status: see note below the register."
    hdr = ["Risk ID", "Risk title", "Risk description", "Risk owner", "Inherent score",
           "Key existing controls", "Residual score", "Target score", "Action No.", "Further actions planned",
           "Action owner", "Target date", "Action status"]
    put_row(ws, 4, hdr, bold=True, fills={i: "teal" for i in range(1, 14)})

    risks = [
        ("CR1", "Workforce capacity and resilience",
         "If NIPS is unable to recruit, train and retain sufficient operational staff, then regimes may be "
         "curtailed and staff wellbeing affected, resulting in reduced safety and rehabilitation outcomes.",
         "Director of Prisons", 20,
         "Recruitment campaigns; Custody Prison Officer training programme; attendance management policy; "
         "detached duty arrangements", 16, 9,
         [("CR1.1", "Run two Custody Prison Officer recruitment competitions during 2025-26.",
           "Head of HR Operations", dt.datetime(2026, 3, 31), "Green"),
          ("CR1.2", "Implement the revised attendance management action plan, including occupational health "
                    "referral within 10 days of absence.", "Head of HR Operations; Governors", "Q3 2025-26",
           "Amber"),
          ("CR1.3", "Complete workforce planning model for Maghaberry, Magilligan and Hydebank Wood.",
           "Workforce Planning Manager", dt.datetime(2025, 9, 30), "Complete")]),
        ("CR2", "Safer custody",
         "If people in custody at risk of self-harm or suicide are not identified and supported, then deaths "
         "or serious harm may occur, resulting in loss of life and loss of public confidence.",
         "Director of Rehabilitation", 25,
         "SPAR Evolution process; Safer Custody Strategy; joint working with South Eastern HSC Trust "
         "Healthcare in Prisons", 15, 10,
         [("CR2.1", "Embed SPAR Evolution quality assurance reviews in all three establishments.",
           "Head of Safer Custody", "Ongoing", "Green"),
          ("CR2.2", "Deliver refreshed suicide and self-harm awareness training to all operational staff.",
           "Head of Prison Service College", dt.datetime(2026, 3, 31), "Amber")]),
        ("CR3", "Condition of the prison estate",
         "If investment in the prison estate is insufficient, then accommodation and security "
         "infrastructure may fail, resulting in loss of capacity and risks to safety and security.",
         "Director of Finance and Estates", 20,
         "Estates maintenance programme; capital bids to Department of Justice; security infrastructure "
         "inspections", 16, 12,
         [("CR3.1", "Complete condition survey of Magilligan residential accommodation and prioritise "
                    "remedial works.", "Head of Estates", "December 2025", "Green"),
          ("CR3.2", "Submit Outline Business Case for new Magilligan accommodation to the Department of "
                    "Justice.", "Head of Estates / Programme Director", dt.datetime(2025, 6, 30), "Red"),
          ("CR3.3", "Replace perimeter CCTV at Hydebank Wood Secure College.",
           "Security Manager, Hydebank Wood", "March 2026", "Green")]),
        ("CR4", "Information security and cyber resilience",
         "If NIPS systems or data are compromised, then prisoner records and operational systems may be "
         "unavailable, resulting in operational disruption and data breaches.",
         "Director of Finance and Estates", 16,
         "NICS cyber security controls; PRISM access controls; annual IT health check", 12, 8,
         [("CR4.1", "Complete migration of PRISM to supported infrastructure.", "Head of Information Systems",
           "Q4 2025-26", "Amber"),
          ("CR4.2", "All staff to complete the NICS Responsible for Information e-learning.",
           "All Heads of Branch", dt.datetime(2026, 1, 31), None)]),
    ]
    colour = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue", None: None}
    r = 5
    for rid, rtitle, desc, owner, inh, ctrl, res, tgt, acts in risks:
        first = r
        for j, (no, text, aown, date, st) in enumerate(acts):
            vals = [rid, rtitle, desc, owner, inh, ctrl, res, tgt] if j == 0 else [None] * 8
            vals += [no, text, aown, date, st]
            fills = {13: colour[st]}
            if j == 0:
                fills[7] = "red" if res >= 15 else "amber"
            put_row(ws, r, vals, fills=fills)
            r += 1
        for c in range(1, 9):
            ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Action status: Green – on track; Amber – at risk of slippage; Red – target "
                                   "date missed; Complete – action closed (to be removed at next review). "
                                   "Blank – not yet started.").font = Font(italic=True)
    widths(ws, [8, 24, 40, 22, 9, 36, 9, 9, 9, 45, 28, 13, 11])

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (Impact x Likelihood)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        mx.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        mx.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
    for li in range(1, 6):
        lk = 6 - li
        for im in range(1, 6):
            s = lk * im
            c = mx.cell(row=3 + li, column=1 + im, value=s)
            c.fill = fill("red" if s >= 15 else "amber" if s >= 8 else "green")
    wb.save(out(name))

    U1, U2, U3, U4 = (["Workforce capacity and resilience"], ["Safer custody"],
                      ["Condition of the prison estate"], ["Information security and cyber resilience"])
    actions = [
        act("CR1.1", U1, risks[0][8][0][1], ["Head of HR Operations"], "2026-03", "green"),
        act("CR1.2", U1, risks[0][8][1][1], ["Head of HR Operations", "Governors"], "2025-12", "amber"),
        act("CR1.3", U1, risks[0][8][2][1], ["Workforce Planning Manager"], "2025-09", "blue"),
        act("CR2.1", U2, risks[1][8][0][1], ["Head of Safer Custody"], None, "green", end_text="Ongoing"),
        act("CR2.2", U2, risks[1][8][1][1], ["Head of Prison Service College"], "2026-03", "amber"),
        act("CR3.1", U3, risks[2][8][0][1], ["Head of Estates"], "2025-12", "green"),
        act("CR3.2", U3, risks[2][8][1][1], ["Head of Estates", "Programme Director"], "2025-06", "red"),
        act("CR3.3", U3, risks[2][8][2][1], ["Security Manager, Hydebank Wood"], "2026-03", "green"),
        act("CR4.1", U4, risks[3][8][0][1], ["Head of Information Systems"], "2026-03", "amber"),
        act("CR4.2", U4, risks[3][8][1][1], ["All Heads of Branch"], "2026-01", "unrated"),
    ]
    write_expected(name, {
        "source": ("Imitates a Northern Ireland civil service agency corporate risk register (Northern Ireland "
                   "Prison Service, 2025-26, Q2 review) of the kind taken to management boards and ARACs: a "
                   "summary sheet with residual scores and direction-of-travel arrows, the register sheet with "
                   "one block per risk (Risk ID, title, cause-event-consequence description, owner, inherent, "
                   "controls, residual score with red/amber fill, target score) vertically merged over its "
                   "further-action rows (Action No. CRn.n, action, action owner, target date as a mix of real "
                   "dates, month text and 'Q3 2025-26', action status word with fill), a status note under "
                   "the register and a scoring-matrix sheet. No URL; layout from NI public-body risk registers."),
        "reads": ("A corporate risk register with four risks, each followed by its further planned actions "
                  "(ten in all) with owners, target dates and an action status. The actions sit under their "
                  "risk title; the residual-score colours describe the risk, not the actions, and the action "
                  "status column gives each action's RAG (Complete = blue, blank = not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# =============================================================================
# 3. Public Services Ombudsman for Wales – audit recommendations tracker (xlsx, refuse)
# =============================================================================
def psow():
    name = "zg-public-services-ombudsman-for-wales-audit-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Public Services Ombudsman for Wales – Audit Recommendations Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations tracker"
    N = 9
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Audit and Risk Assurance Committee, 20 January 2026 – status as at 31 December 2025"
    ws.merge_cells("A2:I2")
    put_row(ws, 5, ["Ref", "Recommendation", "Priority", "Management response", "Lead officer",
                    "Original target date", "Revised target date", "Status", "Update"], bold=True,
            fills={i: "teal" for i in range(1, 10)})
    ws["A3"] = "Open and recently closed recommendations from internal audit and Audit Wales."
    band(ws, 6, "Internal Audit 2024/25 – Casework Management System (Reasonable assurance)", N)
    put_row(ws, 7, ["IA 24/25-01", "Review casework management system user access permissions and remove "
                                   "leavers promptly.", "Medium",
                    "Quarterly user access review introduced; leavers process amended so that IT are notified "
                    "on the last working day.", "Head of Corporate Services", "September 2025", None,
                    "Complete", "First quarterly review completed 30 September 2025."], fills={8: "blue"})
    put_row(ws, 8, ["IA 24/25-02", "Document and test the business continuity arrangements for the "
                                   "casework system.", "Medium",
                    "Business continuity plan for casework to be updated and a desktop exercise held.",
                    "Chief Operating Officer", "December 2025", None, "Green",
                    "Plan updated; desktop exercise held 9 December 2025, report to follow."], fills={8: "green"})
    band(ws, 9, "Internal Audit 2024/25 – Information Governance (Limited assurance)", N)
    put_row(ws, 10, ["IA 24/25-03", "Complete the Information Asset Register and assign owners to all "
                                    "assets.", "High",
                     "Information Asset Register to be completed and Information Asset Owners confirmed by "
                     "Management Team.", "Data Protection Officer", "October 2025", "January 2026", "Amber",
                     "Register 80% complete; delayed by vacancy in the Information Governance team."],
            fills={8: "amber"})
    put_row(ws, 11, ["IA 24/25-04", "Ensure retention schedules are applied to closed complaint files.",
                     "High", "Retention schedule to be applied to closed case files, with automated deletion "
                             "configured in the casework system.",
                     "Data Protection Officer / Head of Corporate Services", "November 2025", "Febuary 2026",
                     "Amber", "System configuration change requested from supplier."], fills={8: "amber"})
    put_row(ws, 12, ["IA 24/25-05", "Monitor and report completion of mandatory data protection training.",
                     "Medium", "Completion rates reported quarterly to Management Team and ARAC.",
                     "Head of Human Resources", "September 2025", None, "Complete",
                     "Reported to ARAC October 2025: 96% completion."], fills={8: "blue"})
    band(ws, 13, "Audit Wales – Audit of Accounts Report 2024-25", N)
    put_row(ws, 14, ["AW 24/25-1", "Strengthen review of the fixed asset register so that disposals are "
                                   "recorded promptly.", "Low",
                     "Annual verification of IT equipment against the register, with disposals recorded "
                     "monthly.", "Finance Manager", "March 2026", None, "Green",
                     "Verification exercise planned for February 2026."], fills={8: "green"})
    put_row(ws, 15, ["AW 24/25-2", "Review the approach to estimating the annual leave accrual.", "Low",
                     "Annual leave accrual to be based on HR system data rather than a sample.",
                     "Finance Manager", "April 2026", None, "Green", "Not yet due."], fills={8: "green"})
    ws.cell(row=17, column=1, value="Total: 7 | Complete: 2 | Green: 3 | Amber: 2 | Red: 0").font = Font(bold=True)
    ws.cell(row=18, column=1, value="Completed recommendations will be removed after they have been reported "
                                    "to the Committee once.").font = Font(italic=True)
    widths(ws, [12, 45, 9, 45, 30, 14, 14, 10, 40])
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates a Welsh public body's Audit and Risk Assurance Committee audit recommendations "
                   "tracker (Public Services Ombudsman for Wales, January 2026): title and meeting lines, one "
                   "merged band row per audit report with its assurance rating (two internal audits, one "
                   "Audit Wales accounts report), columns Ref, Recommendation, Priority, Management response, "
                   "Lead officer, Original and Revised target date as month text, Status word with fill, "
                   "Update; a totals line and a note below. No URL; layout from Welsh ARAC trackers."),
        "reads": ("An audit recommendations tracker with seven recommendations under three audit reports. "
                  "The revised target date of IA 24/25-04 on sheet row 11 reads 'Febuary 2026', a mistyped "
                  "month in the end cell that the reader should stop and query rather than guess."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 11,
        "title": title,
    })
    return name, 0


# =============================================================================
# 4. Bun-sgoil Ghàidhlig Inbhir Nis – Education Scotland post-inspection action plan (docx)
# =============================================================================
def bun_sgoil():
    name = "zg-bun-sgoil-ghaidhlig-inbhir-nis-education-scotland-inspection-action-plan.docx"
    title = "Bun-sgoil Ghàidhlig Inbhir Nis: Post-inspection Action Plan 2025–26"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Education Scotland inspection of the school and sgoil-àraich, May 2025", style="Subtitle")
    doc.add_paragraph("This plan sets out how the school and sgoil-àraich will address the areas for improvement "
                      "identified by HM Inspectors of Education following the inspection in May 2025. It forms "
                      "part of our School Improvement Plan and is shared with the Parent Council.")
    info = doc.add_table(rows=6, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("School", "Bun-sgoil Ghàidhlig Inbhir Nis (The Highland Council)"),
        ("Headteacher", "Mòrag NicLeòid"),
        ("Date of inspection", "12 May 2025"),
        ("Report published", "19 August 2025"),
        ("Evaluations (QIs)", "1.3 Leadership of change: Good; 2.3 Learning, teaching and assessment: "
                              "Satisfactory; 3.1 Ensuring wellbeing, equality and inclusion: Good; 3.2 Raising "
                              "attainment and achievement: Satisfactory"),
        ("Plan reviewed", "December 2025"),
    ]):
        info.cell(i, 0).text = a
        info.cell(i, 1).text = b
        bold_cell(info.cell(i, 0))

    PA = "Part A: Bun-sgoil (primary)"
    PB = "Part B: Sgoil-àraich (early learning and childcare)"
    afi1 = ("Continue to develop approaches to assessment and moderation to ensure teachers' professional "
            "judgements of children's progress in Gàidhlig, literacy and numeracy are robust and reliable.")
    afi2 = ("Increase the pace and challenge of learning in numeracy and mathematics, particularly at first and "
            "second level, so that more children attain expected levels.")
    afi3 = ("Practitioners should make better use of observations of children's learning to plan next steps, "
            "particularly for children's developing Gàidhlig.")
    hdr = ["No.", "Actions", "Lead", "Timescale", "Measures of success", "Progress (December 2025)"]
    plan = [
        (PA, "Area for improvement 1", afi1, [
            ("1.1", "Introduce a tracking and monitoring meeting each term for every class teacher with the "
                    "headteacher, focusing on progress in Gàidhlig reading and writing.",
             "Headteacher", "Termly",
             "All children's progress discussed each term; interventions recorded on tracker.",
             "On track – first meetings held in September and December 2025."),
            ("1.2", "Take part in Highland Council's Gaelic Medium moderation cluster, moderating one piece of "
                    "writing each term with partner schools.",
             "Depute Headteacher", "June 2026",
             "Teachers' judgements of achievement of a level agree with cluster colleagues.", "On track"),
            ("1.3", "Develop a Gàidhlig progression framework for listening and talking from P1 to P7, aligned "
                    "to the Benchmarks.",
             "PT (Gàidhlig) / all class teachers", "March 2026",
             "Framework in use in all classes; planning shows clear progression.",
             "Not started – planned for in-service day, February 2026."),
        ]),
        (PA, "Area for improvement 2", afi2, [
            ("2.1", "Audit numeracy resources available in Gàidhlig and purchase additional concrete materials "
                    "for first level.",
             "PT (Numeracy)", "October 2025", "Resources audit complete; gaps filled.", "Achieved"),
            ("2.2", "Introduce daily number talks in all classes from P2 to P7, with peer observation to share "
                    "practice.",
             "All class teachers", "August 2025 – June 2026",
             "Observations show increased pace and challenge; children explain strategies confidently.",
             "On track"),
            ("2.3", "Use data from SNSA and Highland numeracy assessments to set targets for identified groups "
                    "of learners in P4 and P7.",
             "Headteacher / Depute Headteacher", "31 January 2026",
             "Targets set and reviewed at tracking meetings; more children on track at P4 and P7.", ""),
        ]),
        (PB, "Area for improvement 3", afi3, [
            ("3.1", "Introduce floor-book planning with children in Gàidhlig, reviewed fortnightly by the team.",
             "Senior Early Years Practitioner", "November 2025",
             "Floor books show children's ideas shaping planning.", "Achieved"),
            ("3.2", "Review the format of learning journals so that observations record progress in Gàidhlig "
                    "language acquisition.",
             "Early Years Practitioners; Headteacher", "Ongoing",
             "Learning journals show clear next steps in Gàidhlig for every child.", "On track"),
        ]),
    ]
    last_part = None
    for part, head, afi, rows in plan:
        if part != last_part:
            doc.add_heading(part, level=1)
            last_part = part
        doc.add_heading(head, level=2)
        p = doc.add_paragraph(afi)
        p.runs[0].italic = True
        t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            t.cell(0, j).text = h
            bold_cell(t.cell(0, j))
            shade(t.cell(0, j), "teal")
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                t.cell(i, j).text = v
        doc.add_paragraph("")
    doc.add_paragraph("Progress key: Achieved – action complete; On track – underway and on schedule; "
                      "Not started – scheduled for later in the session.")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Sign-off", "Name", "Date"]):
        so.cell(0, j).text = h
        bold_cell(so.cell(0, j))
    so.cell(1, 0).text = "Headteacher"
    so.cell(1, 1).text = "Mòrag NicLeòid"
    so.cell(1, 2).text = "15/12/2025"
    doc.save(out(name))

    status = {"On track – first meetings held in September and December 2025.": "green", "On track": "green",
              "Not started – planned for in-service day, February 2026.": "unrated", "Achieved": "blue",
              "": "unrated"}
    leads = {"Headteacher": ["Headteacher"], "Depute Headteacher": ["Depute Headteacher"],
             "PT (Gàidhlig) / all class teachers": ["PT (Gàidhlig)", "all class teachers"],
             "PT (Numeracy)": ["PT (Numeracy)"], "All class teachers": ["All class teachers"],
             "Headteacher / Depute Headteacher": ["Headteacher", "Depute Headteacher"],
             "Senior Early Years Practitioner": ["Senior Early Years Practitioner"],
             "Early Years Practitioners; Headteacher": ["Early Years Practitioners", "Headteacher"]}
    ends = {"Termly": (None, "Termly"), "June 2026": ("2026-06", None), "March 2026": ("2026-03", None),
            "October 2025": ("2025-10", None), "August 2025 – June 2026": ("2026-06", "August 2025 – June 2026"),
            "31 January 2026": ("2026-01", None), "November 2025": ("2025-11", None),
            "Ongoing": (None, "Ongoing")}
    actions = []
    for part, head, afi, rows in plan:
        for ref, text, lead, when, _m, prog in rows:
            e, et = ends[when]
            actions.append(act(ref, [part, afi], text, leads[lead], e, status[prog], end_text=et))
    write_expected(name, {
        "source": ("Imitates a Scottish primary school's post-inspection action plan after an Education Scotland "
                   "(HM Inspectors) inspection of the school and its nursery class (Bun-sgoil Ghàidhlig Inbhir "
                   "Nis, Highland Council, 2025): title and subtitle, intro paragraph, a school details table "
                   "with QI evaluations, Part A (primary) and Part B (sgoil-àraich) headings, each area for "
                   "improvement as a numbered heading with the inspectors' wording in italics beneath, and one "
                   "table per area (No., Actions, Lead, Timescale, Measures of success, Progress), a progress "
                   "key line and a sign-off table. No URL; layout from Scottish school improvement and "
                   "post-inspection plans."),
        "reads": ("A school action plan with three areas for improvement from the inspection, two for the "
                  "primary and one for the nursery, each followed by a table of numbered actions (eight in "
                  "all). Actions are read under their Part heading and the area-for-improvement text; "
                  "progress words give status (Achieved = blue, On track = green, Not started or blank = "
                  "unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# =============================================================================
# 5. Kilmaine House Nursing Home – RQIA QIP action tracker (docx)
# =============================================================================
def kilmaine():
    name = "zg-kilmaine-house-nursing-home-rqia-care-inspection-quality-improvement-plan.docx"
    title = "Kilmaine House Nursing Home – Quality Improvement Plan Action Tracker"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("RQIA unannounced care inspection, 4 February 2025 – Registered Manager's tracker of "
                      "actions against the Quality Improvement Plan (QIP)")
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Prepared by", "Comments"]):
        dc.cell(0, j).text = h
        bold_cell(dc.cell(0, j))
    for i, row in enumerate([("1.0", "10/03/2025", "Registered Manager", "QIP response returned to RQIA"),
                             ("1.1", "28/04/2025", "Registered Manager",
                              "Progress update for Responsible Individual")], start=1):
        for j, v in enumerate(row):
            dc.cell(i, j).text = v
    doc.add_paragraph("")
    doc.add_paragraph("Status key (shading in the Status column):")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for j, (w, c) in enumerate([("Complete", "blue"), ("On track", "green"), ("Some slippage", "amber"),
                                ("Not achieved by target date", "red")]):
        key.cell(0, j).text = w
        shade(key.cell(0, j), c)
    doc.add_paragraph("A blank status cell means the action has not yet started.")

    SEC1 = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
    SEC2 = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    afis = [
        (SEC1, "Area for improvement 1", "Ref: Regulation 13 (7)\nStated: First time\nTo be completed by: "
                                         "4 March 2025",
         "The registered person shall ensure that the infection prevention and control issues identified during "
         "this inspection are managed to minimise the risk and spread of infection.",
         [("Damaged bed rail protectors and two commodes identified at inspection replaced.",
           "Registered Manager", "07/02/2025", "blue"),
          ("Weekly IPC environmental audit introduced, with findings reviewed at the monthly governance "
           "meeting.", "Deputy Manager / IPC Link Nurse", "31/03/2025", "blue"),
          ("Hand hygiene and PPE donning and doffing refresher training for all care staff:\n"
           "- day staff by 31 March\n- night staff by 30 April", "IPC Link Nurse", "30/04/2025", "green")]),
        (SEC1, "Area for improvement 2", "Ref: Regulation 27 (4) (b)\nStated: Second time\nTo be completed by: "
                                         "With immediate effect",
         "The registered person shall ensure that fire doors are not wedged or propped open and that the fire "
         "risk assessment is reviewed.",
         [("Door wedges removed and staff reminded at safety briefings; daily walk-round check added to the "
           "nurse in charge checklist.", "Nurse in charge (each shift)", "Immediate and ongoing", "green"),
          ("Fire risk assessment reviewed by external assessor and actions added to the maintenance plan.",
           "Home Administrator; Maintenance Person", "14/03/2025", "blue")]),
        (SEC2, "Area for improvement 3", "Ref: Standard 4\nStated: First time\nTo be completed by: 4 April 2025",
         "The registered person shall ensure that care plans for residents with wounds are kept up to date and "
         "reflect the recommendations of the tissue viability nurse.",
         [("Audit of all wound care plans against TVN recommendations.", "Deputy Manager", "28/02/2025", "blue"),
          ("Monthly care plan audit schedule extended to include wound care; results reported to the "
           "Responsible Individual.", "Registered Manager", "April 2025", "amber")]),
        (SEC2, "Area for improvement 4", "Ref: Standard 12\nStated: First time\nTo be completed by: 4 May 2025",
         "The registered person shall ensure that the daily menu is displayed in a suitable format and that "
         "choice is offered to residents at each mealtime.",
         [("Pictorial menu boards to be purchased for both dining rooms.", "Catering Manager", "31/05/2025",
           None),
          ("Dining experience audit completed on each unit, with feedback to kitchen and care staff.",
           "Registered Manager", "05/05/2025", "amber")]),
    ]
    last = None
    for sec, afi_no, refbox, afi_text, rows in afis:
        if sec != last:
            doc.add_heading(sec, level=1)
            last = sec
        t = doc.add_table(rows=3 + len(rows), cols=4)
        t.style = "Table Grid"
        a = t.cell(0, 0).merge(t.cell(0, 1))
        a.text = afi_no
        bold_cell(a)
        shade(a, "grey")
        b = t.cell(0, 2).merge(t.cell(0, 3))
        b.text = refbox
        shade(b, "grey")
        m = t.cell(1, 0).merge(t.cell(1, 3))
        m.text = afi_text
        for j, h in enumerate(["Action taken / to be taken", "Responsible person", "Target date", "Status"]):
            t.cell(2, j).text = h
            bold_cell(t.cell(2, j))
        for i, (text, who, when, st) in enumerate(rows, start=3):
            t.cell(i, 0).text = text
            t.cell(i, 1).text = who
            t.cell(i, 2).text = when
            if st:
                shade(t.cell(i, 3), st)
        doc.add_paragraph("")
    doc.add_paragraph("Signed: Registered Manager    Date: 28/04/2025")
    doc.save(out(name))

    leads = {"Registered Manager": ["Registered Manager"],
             "Deputy Manager / IPC Link Nurse": ["Deputy Manager", "IPC Link Nurse"],
             "IPC Link Nurse": ["IPC Link Nurse"],
             "Nurse in charge (each shift)": ["Nurse in charge (each shift)"],
             "Home Administrator; Maintenance Person": ["Home Administrator", "Maintenance Person"],
             "Deputy Manager": ["Deputy Manager"], "Catering Manager": ["Catering Manager"]}
    ends = {"07/02/2025": ("2025-02", None), "31/03/2025": ("2025-03", None), "30/04/2025": ("2025-04", None),
            "Immediate and ongoing": (None, "Immediate and ongoing"), "14/03/2025": ("2025-03", None),
            "28/02/2025": ("2025-02", None), "April 2025": ("2025-04", None), "31/05/2025": ("2025-05", None),
            "05/05/2025": ("2025-05", None)}
    actions = []
    for sec, _n, _r, afi_text, rows in afis:
        for text, who, when, st in rows:
            e, et = ends[when]
            actions.append(act(None, [sec, afi_text], text, leads[who], e, st or "unrated", end_text=et))
    write_expected(name, {
        "source": ("Imitates a Northern Ireland nursing home's own tracker of its RQIA Quality Improvement Plan "
                   "(Kilmaine House Nursing Home, after an unannounced care inspection in February 2025): "
                   "title, document-control table, a status key table in coloured cells, RQIA's two QIP "
                   "sections as headings (Regulations 2005; Care Standards for Nursing Homes 2022), one table "
                   "per area for improvement copying RQIA's QIP box (merged 'Area for improvement n' cell, "
                   "merged Ref / Stated / To be completed by cell, merged requirement text) followed by the "
                   "home's action rows with responsible person, target date and a fill-only Status cell. No "
                   "URL; layout from RQIA inspection report QIPs."),
        "reads": ("A home action tracker with four RQIA areas for improvement in two sections, each with two or "
                  "three actions (nine in all). Each action is read under its section heading and the "
                  "requirement text; its end is the action's own target date (not RQIA's 'To be completed by'), "
                  "and its status is the Status cell's shading per the key (blank = not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# =============================================================================
# 6. Llynfi Surgery, Maesteg – HIW GP inspection improvement plan (csv)
# =============================================================================
def llynfi():
    import csv
    import io
    name = "zg-llynfi-surgery-maesteg-hiw-gp-inspection-improvement-plan.csv"
    title = "Llynfi Surgery – HIW Improvement Plan"
    IMM = "Immediate improvement plan"
    IMP = "Improvement plan"
    n1 = "The practice must ensure emergency drugs and equipment are checked weekly and expired items replaced."
    n2 = "The practice must ensure all staff complete safeguarding training at a level appropriate to their role."
    n3 = "The practice must ensure information about Putting Things Right is displayed and available bilingually."
    n4 = "The practice should review its telephone access arrangements and act on patient feedback."
    n5 = ("The practice should ensure learning from significant events is documented and shared with all "
          "staff.")
    n6 = ("The practice must complete an annual infection prevention and control audit and act on the "
          "findings.")
    rows = [
        [title, "", "", "", "", "", ""],
        ["Service: Llynfi Surgery, Maesteg (Cwm Taf Morgannwg University Health Board)", "", "", "", "", "", ""],
        ["Date of inspection: 19 August 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
         "Responsible officer", "Timescale", "RAG"],
        [IMM, "", "", "", "", "", ""],
        ["Emergency drugs and equipment were not checked weekly; two items had expired.", n1,
         "Health and Care Quality Standards 2023 – Safe",
         "Expired items replaced on the day of inspection.\nWeekly checklist introduced with named nurse "
         "responsible and Practice Manager sign-off.", "Lead Practice Nurse", "20/08/2025", "B"],
        ["", "", "", "Monthly spot-check of the emergency trolley added to the practice audit schedule.",
         "Practice Manager", "30/09/2025", "B"],
        ["Not all clinical staff had completed safeguarding training at the appropriate level.", n2,
         "Health and Care Quality Standards 2023 – Safe",
         "Level 3 safeguarding training booked for all GPs and nurse practitioners.",
         "Dr Sian Morgan (Safeguarding Lead)", "31/10/2025", "G"],
        [IMP, "", "", "", "", "", ""],
        ["The practice leaflet and website did not include information about the complaints process "
         "(Putting Things Right).", n3, "Person-centred",
         "Putting Things Right posters (Welsh and English) displayed in waiting areas and website updated.",
         "Practice Manager", "September 2025", "B"],
        ["Patients told us it was difficult to get through by telephone at 8am.", n4, "Timely",
         "Install cloud-based telephony with call queuing and call-back function.", "Practice Manager / Partners",
         "December 2025", "A"],
        ["", "", "", "Repeat patient access survey and share results with the Patient Participation Group.",
         "Practice Manager", "March 2026", ""],
        ["Significant event records did not always show learning shared with the wider team.", n5,
         "Safe; Leadership",
         "Significant events added as a standing item on the monthly practice meeting agenda, with a learning "
         "summary circulated.", "Dr Evans & Dr Pritchard", "Ongoing", "G"],
        ["The infection control audit had not been updated since 2023.", n6, "Safe",
         "Complete IPC audit using the Public Health Wales toolkit and develop an action plan.",
         "Lead Practice Nurse", "30/11/2025", "A"],
        ["", "", "", "", "", "", ""],
        ["Key: B = complete; G = on track; A = at risk of delay; R = not achieved; blank = not yet started",
         "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Service representative", "", "", "", "", "", ""],
        ["Name (print): Ceri Jenkins", "", "", "", "", "", ""],
        ["Job role: Practice Manager", "", "", "", "", "", ""],
        ["Date: 14 January 2026", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    actions = [
        act(None, [IMM, n1], rows[6][3], ["Lead Practice Nurse"], "2025-08", "blue"),
        act(None, [IMM, n1], rows[7][3], ["Practice Manager"], "2025-09", "blue"),
        act(None, [IMM, n2], rows[8][3], ["Dr Sian Morgan (Safeguarding Lead)"], "2025-10", "green"),
        act(None, [IMP, n3], rows[10][3], ["Practice Manager"], "2025-09", "blue"),
        act(None, [IMP, n4], rows[11][3], ["Practice Manager", "Partners"], "2025-12", "amber"),
        act(None, [IMP, n4], rows[12][3], ["Practice Manager"], "2026-03", "unrated"),
        act(None, [IMP, n5], rows[13][3], ["Dr Evans", "Dr Pritchard"], None, "green", end_text="Ongoing"),
        act(None, [IMP, n6], rows[14][3], ["Lead Practice Nurse"], "2025-11", "amber"),
    ]
    write_expected(name, {
        "source": ("Imitates the improvement plan a Welsh GP practice returns to Healthcare Inspectorate Wales "
                   "after a GP inspection (Llynfi Surgery, Maesteg, Cwm Taf Morgannwg UHB, August 2025), kept "
                   "by the practice as a CSV export: title, service and inspection-date lines, HIW's template "
                   "columns (Risk/finding/issue, Improvement needed, Standard / Regulation, Service action, "
                   "Responsible officer, Timescale) plus a RAG letter column, section lines for the immediate "
                   "improvement plan and the improvement plan, continuation rows with a second service action "
                   "under the same finding, a key line and HIW's service representative block. No URL; layout "
                   "from HIW inspection report appendices."),
        "reads": ("An HIW improvement plan with six improvements needed in two sections, each answered by one "
                  "or two service actions (eight in all) with a responsible officer, timescale and RAG letter. "
                  "Continuation rows belong to the improvement above; B = complete (blue), blank = not yet "
                  "started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# =============================================================================
# 7. Cairdean House Care Home – Care Inspectorate improvement plan (tab-separated txt)
# =============================================================================
def cairdean():
    name = "zg-cairdean-house-care-home-care-inspectorate-improvement-plan.txt"
    title = "Cairdean House Care Home – Improvement Plan following Care Inspectorate inspection"
    KQ1 = "1. How well do we support people's wellbeing?"
    KQ3 = "3. How good is our staff team?"
    KQ4 = "4. How good is our setting?"
    req1 = ("By 30 June 2025, the provider must ensure that people's medication is managed safely and in "
            "accordance with their prescriptions. To do this, the provider must, at a minimum, ensure that "
            "'as required' medication protocols are in place and that medication administration records are "
            "accurately completed.")
    afi1 = ("To support people's wellbeing, the service should ensure that people have regular opportunities "
            "to take part in meaningful activities, in line with their interests.")
    req2 = ("By 31 July 2025, the provider must ensure that staff are deployed in sufficient numbers to meet "
            "people's needs at all times, using a recognised dependency tool that is reviewed at least monthly.")
    afi2 = ("The provider should ensure that the refurbishment plan for the first floor is completed and that "
            "people are consulted about décor.")
    body = [
        (KQ1, "Requirement 1", req1, [
            ("R1.1", "Introduce 'as required' (PRN) protocols for every resident prescribed PRN medication, "
                     "reviewed monthly by the named nurse.", "Clinical Lead", "30/04/2025", "28/04/2025", "Blue"),
            ("R1.2", "Weekly MAR chart audit by nurse in charge, with errors reported to the Home Manager.",
             "Nurse in charge / Home Manager", "31/05/2025", "", "Green"),
            ("R1.3", "Medication competency assessments completed for all nurses and senior carers.",
             "Clinical Lead", "30/06/2025", "", "Amber"),
        ]),
        (KQ1, "Area for improvement 1", afi1, [
            ("AFI1.1", "Complete 'Getting to know me' profiles for all residents, capturing interests and "
                       "preferred activities.", "Activities Co-ordinator", "July 2025", "August 2025", "Blue"),
            ("AFI1.2", "Introduce a weekly community outing programme, including links with the local church "
                       "and primary school.", "Activities Co-ordinator; Home Manager", "Ongoing", "", "Green"),
        ]),
        (KQ3, "Requirement 2", req2, [
            ("R2.1", "Review staffing using the provider's dependency tool monthly and adjust rotas "
                     "accordingly.", "Home Manager", "31/07/2025", "15/07/2025", "Blue"),
            ("R2.2", "Recruit two additional night care assistants.", "Home Manager / HR Business Partner",
             "September 2025", "", "Red"),
        ]),
        (KQ4, "Area for improvement 2", afi2, [
            ("AFI2.1", "Agree a refurbishment programme with residents and relatives at the June residents' "
                       "meeting.", "Home Manager", "June 2025", "26/06/2025", "Blue"),
            ("AFI2.2", "Complete redecoration of first floor lounge and corridor.", "Maintenance Officer",
             "Q3 2025/26", "", "Amber"),
        ]),
    ]
    lines = [
        title,
        "Inspection completed: 13 March 2025 (unannounced)\tReport published: 2 May 2025",
        "Plan owner: Home Manager\tLast updated: 30 September 2025",
        "",
        "No.\tAction\tPerson responsible\tTarget date\tDate achieved\tRAG",
    ]
    last = None
    for kq, label, text, rows in body:
        if kq != last:
            lines.append(kq)
            last = kq
        lines.append(f"{label}\t{text}")
        for row in rows:
            lines.append("\t".join(row))
    lines += ["", "RAG key: Blue = achieved; Green = on track; Amber = some delay; Red = not achieved by target date"]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    leads = {"Clinical Lead": ["Clinical Lead"],
             "Nurse in charge / Home Manager": ["Nurse in charge", "Home Manager"],
             "Activities Co-ordinator": ["Activities Co-ordinator"],
             "Activities Co-ordinator; Home Manager": ["Activities Co-ordinator", "Home Manager"],
             "Home Manager": ["Home Manager"],
             "Home Manager / HR Business Partner": ["Home Manager", "HR Business Partner"],
             "Maintenance Officer": ["Maintenance Officer"]}
    ends = {"30/04/2025": "2025-04", "31/05/2025": "2025-05", "30/06/2025": "2025-06", "July 2025": "2025-07",
            "Ongoing": None, "31/07/2025": "2025-07", "September 2025": "2025-09", "June 2025": "2025-06",
            "Q3 2025/26": "2025-12"}
    rag = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    actions = []
    for kq, _l, text, rows in body:
        for ref, a, who, when, _done, r in rows:
            actions.append(act(ref, [kq, text], a, leads[who], ends[when], rag[r],
                               end_text="Ongoing" if when == "Ongoing" else None))
    write_expected(name, {
        "source": ("Imitates a Scottish care home's improvement plan after a Care Inspectorate inspection "
                   "(Cairdean House Care Home, Edinburgh, March 2025), saved from a spreadsheet as tab-separated "
                   "text: title and inspection/owner lines, a header row, the Care Inspectorate key questions "
                   "('1. How well do we support people's wellbeing?' ...) as lines of their own, each "
                   "requirement ('By 30 June 2025, the provider must ...') and area for improvement on a "
                   "labelled line with its wording in the second field, numbered actions beneath (R1.1, "
                   "AFI1.1) with person responsible, target date, a separate date achieved, and a RAG word, "
                   "and a RAG key line. No URL; layout from Care Inspectorate reports and provider plans."),
        "reads": ("A care home improvement plan with two requirements and two areas for improvement under three "
                  "key questions, each followed by its actions (nine in all). Actions are read under the key "
                  "question and the requirement or area-for-improvement text; the end is the target date, not "
                  "the date achieved; status is the RAG word, Blue = achieved."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for fn in (sfc, nips, psow, bun_sgoil, kilmaine, llynfi, cairdean):
        n, k = fn()
        print(f"{n}: {k} actions")
