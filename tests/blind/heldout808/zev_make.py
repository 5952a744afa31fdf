#!/usr/bin/env python3
"""Build the seven zev- blind test files (set heldout808) and their expected readings.

Run with /work/main/.venv/bin/python zev_make.py from any directory; files are written
beside this script. Only files whose names start with "zev-" are written.
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

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "band": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    assert name.startswith("zev-") or name.startswith("zev_")
    return os.path.join(HERE, name)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def write_expected(name, exp):
    class D(yaml.SafeDumper):
        pass

    def str_rep(dumper, data):
        if "\n" in data:
            return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
        return dumper.represent_scalar("tag:yaml.org,2002:str", data)

    D.add_representer(str, str_rep)
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(exp, f, Dumper=D, sort_keys=False, allow_unicode=True, width=100000,
                  default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def hdr_row(ws, row, values, widths=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + i)].width = w


def body_cell(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------------------
# 1. Cramlington Town Council - internal audit action plan 2024/25 (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def cramlington():
    name = "zev-cramlington-town-council-internal-audit-action-plan-2024-25-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "IA Action Plan 2024-25"
    ws["A1"] = "Cramlington Town Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Internal Audit 2024/25 – Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Arising from the internal auditor's interim report (November 2024) and year-end report "
                "(May 2025). Monitored by the Finance & General Purposes Committee.")
    ws.merge_cells("A3:H3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 30
    ws["A4"] = "Last updated: 1 July 2025"
    ws["A4"].font = Font(italic=True)
    hdr_row(ws, 6, ["Ref", "Area reviewed", "Internal auditor's recommendation", "Action agreed by Council",
                    "Responsible", "Target date", "Status", "Update (July 2025)"],
            [10, 22, 48, 48, 20, 14, 13, 40])
    D = "dd/mm/yyyy"
    rows = [
        ("IA24-01", "Corporate governance",
         "Standing Orders and Financial Regulations should be reviewed and re-adopted to reflect the 2024 NALC "
         "model Financial Regulations, including the revised procurement thresholds.",
         "Review Standing Orders and Financial Regulations against the NALC 2024 models and present revised "
         "versions to Full Council for adoption.",
         "Town Clerk", dt.datetime(2025, 5, 20), "Complete", "Adopted by Full Council 20 May 2025 (minute 25/041)."),
        ("IA24-02", "Corporate governance",
         "The Council's website should be brought into line with the Transparency Code, including publication of "
         "all items of expenditure over £500.",
         "Publish quarterly spend over £500 and the annual internal audit report on the website; add a "
         "transparency page.",
         "Deputy Town Clerk", dt.datetime(2025, 8, 31), "In progress",
         "Q1 2025/26 spend published; transparency page in draft."),
        ("IA24-03", "Accounting arrangements & bank reconciliations",
         "Bank reconciliations should be verified and signed by a councillor who is not a bank signatory, at least "
         "quarterly, and the review minuted.",
         "A non-signatory councillor to verify quarterly bank reconciliations against the statements; sign-off "
         "reported to F&GP.",
         "RFO / Chair of F&GP", "Sept 2025", "In progress",
         "Q1 reconciliation verified by Cllr Hall on 24 June 2025."),
        ("IA24-04", "Budgetary control & reserves",
         "General reserves exceed the recommended range of three to six months' net revenue expenditure; "
         "earmarked reserves should be reviewed and their purposes documented.",
         "Carry out a reserves review as part of the 2026/27 budget setting and adopt a Reserves Policy.",
         "RFO", "Novmber 2025", "Not started", "To be taken with the draft budget."),
        ("IA24-05", "Payroll",
         "Pay points applied should be checked against the 2024/25 NJC pay award and the arrears calculation "
         "retained as evidence.",
         "Reconcile all staff pay points to the NJC 2024/25 award and keep the arrears calculations on file.",
         "Town Clerk and RFO", dt.datetime(2025, 3, 31), "Complete", "Checked by payroll bureau; no errors found."),
        ("IA24-06", "Fixed asset register",
         "The asset register should be updated to include the new play equipment at Northburn and the town centre "
         "CCTV cameras, and reconciled to the insurance schedule.",
         "Update the asset register and reconcile it to the insurance schedule before the October renewal.",
         "Deputy Town Clerk", dt.datetime(2025, 9, 30), "In progress", "Play equipment added; CCTV values awaited."),
        ("IA24-07", "Risk management",
         "The risk assessment should be reviewed and formally adopted annually and should cover the Council's "
         "expanded events programme.",
         "Add events, volunteers and the Christmas market to the risk register; Full Council to adopt annually "
         "each January.",
         "Town Clerk", "Jan-26", "In progress", "Events risks drafted."),
        ("IA24-08", "Income controls",
         "Income from allotment rents and hall hire should be reconciled to the bookings system each month.",
         "Monthly reconciliation of allotment and hall hire income to the bookings system, initialled by the RFO.",
         "Facilities Officer", dt.datetime(2025, 9, 30), "Not started", ""),
    ]
    status_fill = {"Complete": "blue", "In progress": "amber", "Not started": "grey"}
    r = 7
    for row in rows:
        for ci, v in enumerate(row, start=1):
            c = body_cell(ws, r, ci, v, D if isinstance(v, dt.datetime) else None)
        sc = ws.cell(row=r, column=7)
        sc.fill = fill(FILL[status_fill[row[6]]])
        if row[6] == "Complete":
            sc.font = Font(color="FFFFFF", bold=True)
        r += 1
    refuse_row = 10
    assert ws.cell(row=refuse_row, column=6).value == "Novmber 2025"
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete – action implemented; In progress – under way; "
                                    "Not started – not yet begun.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    ws2 = wb.create_sheet("AGAR control objectives")
    ws2["A1"] = "Annual Internal Audit Report 2024/25 – internal auditor's conclusions"
    ws2["A1"].font = Font(bold=True, size=12)
    hdr_row(ws2, 3, ["", "Internal control objective", "Agreed?"], [5, 80, 12])
    objectives = [
        ("A", "Appropriate accounting records have been properly kept throughout the financial year.", "Yes"),
        ("B", "This authority complied with its financial regulations, payments were supported by invoices, all "
              "expenditure was approved and VAT was appropriately accounted for.", "Yes"),
        ("C", "This authority assessed the significant risks to achieving its objectives and reviewed the adequacy "
              "of arrangements to manage these.", "No"),
        ("D", "The precept or rates requirement resulted from an adequate budgetary process; progress against the "
              "budget was regularly monitored; and reserves were appropriate.", "Yes"),
        ("E", "Expected income was fully received, based on correct prices, properly recorded and promptly banked; "
              "and VAT was appropriately accounted for.", "Yes"),
        ("G", "Salaries to employees and allowances to members were paid in accordance with this authority's "
              "approvals, and PAYE and NI requirements were properly applied.", "Yes"),
        ("H", "Asset and investments registers were complete and accurate and properly maintained.", "No"),
        ("I", "Periodic bank account reconciliations were properly carried out during the year.", "Yes"),
    ]
    for i, (k, t, a) in enumerate(objectives, start=4):
        body_cell(ws2, i, 1, k)
        body_cell(ws2, i, 2, t)
        body_cell(ws2, i, 3, a)
    wb.save(path(name))

    exp = {
        "source": (
            "Imitates the action plans English town councils keep in response to their internal auditor's interim "
            "and year-end reports (e.g. the interim internal audit letter report to Ryde Town Council, 2023, "
            "https://rydetowncouncil.gov.uk/download/491/27-november-2023/376407/paper-h-interim-internal-audit-"
            "letter-report_-2.html, whose recommendations are grouped by area reviewed). Copied features: council "
            "name and plan title in merged rows, a 'last updated' line, one row per recommendation with the area "
            "reviewed, the auditor's recommendation and the council's agreed action side by side, clerk/RFO posts "
            "as responsible officers, mixed real dates and typed months in the target column, status words with "
            "fill colour, a status key line, and a second sheet listing the AGAR internal control objectives."
        ),
        "reads": (
            "Cramlington Town Council's tracker of eight internal audit recommendations for 2024/25, each with an "
            "agreed action, a responsible post, a target date and status. The target date for IA24-04 (reserves "
            "review) reads 'Novmber 2025', a mistyped month, so a careful reader would stop and ask what date was "
            "meant before reading the plan."
        ),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": "Internal Audit 2024/25 – Action Plan",
    }
    write_expected(name, exp)
    return name


# ---------------------------------------------------------------------------
# 2. HEFCW - CTER transition programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def hefcw():
    name = "zev-hefcw-cter-transition-programme-highlight-report.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Higher Education Funding Council for Wales"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "CTER Transition Programme – Highlight Report No. 7"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:D2")
    info = [
        ("Reporting period", "1–31 May 2024"),
        ("Report to", "Transition Programme Board, 11 June 2024"),
        ("Senior Responsible Owner", "Chief Executive"),
        ("Programme Manager", "Head of Transition PMO"),
        ("Transfer of functions", "1 August 2024"),
    ]
    for i, (k, v) in enumerate(info, start=4):
        c = ws.cell(row=i, column=1, value=k)
        c.font = Font(bold=True)
        c.fill = fill(FILL["band"])
        c.border = BOX
        body_cell(ws, i, 2, v)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
    hdr_row(ws, 10, ["Dimension", "Last period", "This period", "Commentary"], [26, 13, 13, 80])
    dims = [
        ("Overall", "A", "amber", "Two dependencies on Welsh Government (pensions, contract novation) are now on the "
                                  "critical path; vesting date not yet at risk."),
        ("Schedule", "A", "amber", "Contract novation has slipped; see WS2 actions."),
        ("Budget", "G", "green", "Transition costs within the £0.6m allocation."),
        ("Resources", "A", "red", "Loss of two finance staff to CTER ahead of transfer; agency cover being sourced."),
        ("Scope", "G", "green", "No change."),
    ]
    for i, (d, last, this, com) in enumerate(dims, start=11):
        body_cell(ws, i, 1, d).font = Font(bold=True)
        lc = body_cell(ws, i, 2, last)
        lc.alignment = Alignment(horizontal="center", vertical="top")
        body_cell(ws, i, 3, None).fill = fill(FILL[this])
        body_cell(ws, i, 4, com)
    ws["A17"] = "Summary of progress this period"
    ws["A17"].font = Font(bold=True)
    ws["A18"] = ("Staff transfer letters issued on schedule. Final HEFCW Council meeting confirmed for 17 July 2024. "
                 "Finance workstream is the main pressure: novation of live contracts is now forecast for the end "
                 "of July and needs Board attention.")
    ws.merge_cells("A18:D18")
    ws["A18"].alignment = WRAP
    ws.row_dimensions[18].height = 45
    ws["A20"] = "Decisions / support required from the Board"
    ws["A20"].font = Font(bold=True)
    ws["A21"] = "Escalate contract novation approach to the Welsh Government Deputy Director, Tertiary Education."
    ws.merge_cells("A21:D21")
    ws["A23"] = "RAG key"
    ws["A23"].font = Font(bold=True)
    key = [("green", "Green – on track"), ("amber", "Amber – at risk, recoverable within tolerance"),
           ("red", "Red – outside tolerance, Board intervention needed"), ("blue", "Blue – complete")]
    for i, (col, txt) in enumerate(key, start=24):
        ws.cell(row=i, column=1).fill = fill(FILL[col])
        ws.cell(row=i, column=2, value=txt)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)

    wa = wb.create_sheet("Workstream Actions")
    wa["A1"] = "Workstream actions and milestones to transfer of functions (1 August 2024)"
    wa["A1"].font = Font(bold=True, size=12)
    wa.merge_cells("A1:H1")
    hdr_row(wa, 2, ["Ref", "Action / milestone", "Lead", "Baseline date", "Forecast date", "Previous RAG",
                    "Current RAG", "Commentary"], [7, 55, 28, 13, 13, 10, 10, 45])
    D = "dd/mm/yyyy"
    d = dt.datetime
    WS1 = "WS1 – People and Transfer of Staff"
    WS2 = "WS2 – Finance, Funding and Assurance"
    WS3 = "WS3 – Regulation and Quality"
    WS4 = "WS4 – Digital, Data and Records"
    WS5 = "WS5 – Stakeholders and Communications"
    plan = [
        (WS1, [
            ("1.1", "Issue staff transfer letters under the Transfer Scheme to all HEFCW staff", "Head of HR",
             d(2024, 5, 31), d(2024, 5, 31), "G", "blue", "Letters issued 24 May 2024."),
            ("1.2", "Agree pension continuity arrangements for transferring staff with Welsh Government and the "
                    "scheme administrator", "Head of HR / Director of Finance", d(2024, 4, 30), d(2024, 6, 28),
             "A", "amber", "Awaiting Welsh Government confirmation of admission agreement."),
        ]),
        (WS2, [
            ("2.1", "Prepare HEFCW final accounts for 1 April – 31 July 2024 and agree the audit timetable with "
                    "Audit Wales", "Director of Finance", d(2024, 9, 30), "Oct-24", "G", "green",
             "Timetable agreed in principle."),
            ("2.2", "Transfer 2024/25 grant allocations and live funding agreements to the Commission",
             "Director of Finance; Head of Funding", d(2024, 7, 1), d(2024, 7, 19), "G", "amber",
             "Dependent on CTER finance system go-live."),
            ("2.3", "Novate live contracts and supplier agreements to CTER", "Procurement Manager",
             d(2024, 6, 30), d(2024, 7, 31), "A", "red",
             "14 of 37 contracts novated; legal advice awaited on the remainder."),
        ]),
        (WS3, [
            ("3.1", "Hand over the register of regulated institutions, fee and access plan approvals and live "
                    "monitoring cases", "Head of Regulation", d(2024, 7, 15), d(2024, 7, 15), "G", "green",
             "Handover pack drafted."),
            ("3.2", "Confirm continuity of quality assessment arrangements under the transitional provisions",
             "Head of Quality", d(2024, 6, 30), "Jul-24", "G", "amber",
             "Awaiting the Commencement Order text."),
        ]),
        (WS4, [
            ("4.1", "Migrate HEFCW SharePoint, finance and grants data to the CTER tenancy", "Head of Digital",
             d(2024, 6, 14), d(2024, 7, 12), "A", "amber", "Test migration completed 30 May."),
            ("4.2", "Agree records retention and transfer schedule, including closure of the HEFCW website and "
                    "redirects", "Information Governance Manager", d(2024, 7, 31), d(2024, 8, 30), "G", "amber",
             "Website redirects to follow transfer date."),
        ]),
        (WS5, [
            ("5.1", "Issue joint HEFCW/CTER communication to institutions on the transfer of functions and new "
                    "contacts", "Head of Communications", d(2024, 6, 28), d(2024, 6, 28), "G", "green",
             "Draft with CTER for comment."),
            ("5.2", "Hold final HEFCW Council meeting and approve the closure report", "Board Secretary",
             d(2024, 7, 17), d(2024, 7, 17), "–", None, "Scheduled for 17 July 2024."),
        ]),
    ]
    actions = []
    r = 3
    status_of = {"blue": "blue", "amber": "amber", "red": "red", "green": "green", None: "unrated"}
    for ws_name, items in plan:
        c = wa.cell(row=r, column=1, value=ws_name)
        c.font = Font(bold=True)
        c.fill = fill(FILL["band"])
        wa.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (ref, text, lead, base, fc, prev, cur, com) in items:
            body_cell(wa, r, 1, ref)
            body_cell(wa, r, 2, text)
            body_cell(wa, r, 3, lead)
            body_cell(wa, r, 4, base, D)
            body_cell(wa, r, 5, fc, D if isinstance(fc, dt.datetime) else None)
            pc = body_cell(wa, r, 6, prev)
            pc.alignment = Alignment(horizontal="center", vertical="top")
            cc = body_cell(wa, r, 7, None)
            if cur:
                cc.fill = fill(FILL[cur])
            body_cell(wa, r, 8, com)
            r += 1
            if isinstance(fc, dt.datetime):
                end = fc.strftime("%Y-%m")
            else:
                end = {"Oct-24": "2024-10", "Jul-24": "2024-07"}[fc]
            leads = {"Head of HR / Director of Finance": ["Head of HR", "Director of Finance"],
                     "Director of Finance; Head of Funding": ["Director of Finance", "Head of Funding"]}.get(
                lead, [lead])
            actions.append(act(ref, [ws_name], text, leads, end, status_of[cur]))
    wb.save(path(name))

    exp = {
        "source": (
            "Imitates a programme highlight report for the Higher Education Funding Council for Wales's transition "
            "programme ahead of its dissolution and the transfer of its functions to the Commission for Tertiary "
            "Education and Research on 1 August 2024 (Welsh Government written statements, "
            "https://www.gov.wales/node/62953), laid out like PRINCE2-style highlight reports (e.g. "
            "https://docest.com/doc/630539/highlight-report-template: status summary with last/this period, "
            "reporting period, decisions required). Copied features: a summary sheet with SRO/reporting period "
            "block, dimension RAGs (last period letter, this period fill colour), summary and decisions text, a "
            "RAG key including blue = complete; a second sheet of workstream actions under merged workstream band "
            "rows with baseline and forecast dates, a previous RAG letter and a current RAG shown only by fill "
            "colour, and job titles as leads (some two posts in one cell)."
        ),
        "reads": (
            "A monthly highlight report to the HEFCW Transition Programme Board (May 2024). The first sheet "
            "summarises overall status; the second lists eleven actions in five workstreams, each with a lead, "
            "baseline and forecast dates, previous RAG and a colour-only current RAG; the forecast date is the "
            "end and the current colour is the status."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": "CTER Transition Programme – Highlight Report No. 7",
        "actions": actions,
    }
    write_expected(name, exp)
    return name


# ---------------------------------------------------------------------------
# 3. ILF Scotland - strategic risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def ilf():
    name = "zev-ilf-scotland-strategic-risk-register-2025-26.xlsx"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "ILF Scotland"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Strategic Risk Register 2025/26"
    cv["A2"].font = Font(bold=True, size=14)
    meta = [("Document owner", "Chief Executive Officer"), ("Maintained by", "Head of Business Services"),
            ("Version", "2.3"), ("Last reviewed", "Executive Team, 9 September 2025"),
            ("Presented to", "Audit and Risk Committee, 23 September 2025"),
            ("Classification", "OFFICIAL")]
    for i, (k, v) in enumerate(meta, start=4):
        c = cv.cell(row=i, column=1, value=k)
        c.font = Font(bold=True)
        c.border = BOX
        body_cell(cv, i, 2, v)
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 45
    cv.column_dimensions["C"].width = 55
    cv["A11"] = "Version history"
    cv["A11"].font = Font(bold=True)
    hdr_row(cv, 12, ["Version", "Date", "Summary of changes"])
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 45
    cv.column_dimensions["C"].width = 55
    hist = [("2.1", "April 2025", "Register refreshed for 2025/26; SR1 re-scored following re-opening of the Fund."),
            ("2.2", "June 2025", "SR4 (Board capacity) added."),
            ("2.3", "September 2025", "Action progress updated; SR2 residual score reduced.")]
    for i, row in enumerate(hist, start=13):
        for j, v in enumerate(row, start=1):
            body_cell(cv, i, j, v)

    ws = wb.create_sheet("Strategic Risks")
    ws["A1"] = "ILF Scotland – Strategic Risk Register 2025/26 (position at September 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    heads = ["Ref", "Risk", "Risk owner", "Inherent (L x I)", "Key controls in place", "Residual (L x I)",
             "Target", "Further action planned", "Action owner", "Due", "Action status"]
    hdr_row(ws, 2, heads, [6, 34, 20, 10, 40, 10, 8, 50, 26, 12, 13])
    O1 = "Strategic Outcome 1: Deliver a high quality, inclusive and sustainable service"
    O2 = "Strategic Outcome 2: Be a well-run, efficient and accountable public body"
    d = dt.datetime
    risks = [
        (O1, "SR1", "Demand for the re-opened Fund exceeds the budget available in 2025/26",
         "Chief Executive Officer", "4 x 5 = 20",
         "Award commitments tracked weekly; prioritisation criteria agreed with Scottish Government; budget "
         "monitoring to Board.", "4 x 4 = 16", "9", [
             ("Monthly forecast of committed awards against the 2025/26 budget reported to the Executive Team and "
              "the Board", "Finance Director", "Monthly", "On track"),
             ("Agree with the Scottish Government Sponsor Team how applications will be managed once the budget is "
              "fully committed", "Chief Executive Officer", d(2025, 12, 31), "At risk"),
             ("Publish updated guidance for HSCPs on the prioritisation criteria for applications",
              "Director of Policy, Improvement and Engagement", "Q3 2025/26", "On track"),
         ]),
        (O1, "SR2", "Insufficient assessor capacity to meet review and new application timescales",
         "Chief Operating Officer", "4 x 4 = 16",
         "Workforce plan; caseload monitoring; overtime budget.", "3 x 4 = 12", "8", [
             ("Recruit two additional Social Care Assessors (fixed term to March 2027)",
              "Chief Operating Officer; Head of Business Services", d(2025, 10, 31), "Complete"),
             ("Introduce a joint triage process for new applications with HSCP social work teams",
              "Director of Self-Directed Support", "Nov-25", "On track"),
         ]),
        (O2, "SR3", "Cyber attack or data breach leads to loss of recipient data or service disruption",
         "Director of Digital and Information Services", "4 x 5 = 20",
         "Cyber Essentials Plus; managed security service; MFA on all accounts; annual penetration test.",
         "3 x 5 = 15", "10", [
             ("Achieve Cyber Essentials Plus re-certification", "Director of Digital and Information Services",
              d(2026, 1, 31), "On track"),
             ("Run a phishing simulation and complete mandatory data protection training for all staff",
              "Head of Business Services", d(2026, 3, 31), "At risk"),
             ("Test the ICT disaster recovery plan with a live failover exercise",
              "Director of Digital and Information Services", "Feb-26", "Not started"),
         ]),
        (O2, "SR4", "Board vacancies leave the Board and its committees unable to meet quorum",
         "Board Chair", "3 x 4 = 12",
         "Standing Orders allow remote attendance; committee membership reviewed each quarter.", "3 x 4 = 12",
         "6", [
             ("Work with the Sponsor Team and the Public Appointments Team to recruit to the two Board vacancies",
              "Board Chair / Chief Executive Officer", "March 2026", "Off track"),
             ("Amend committee terms of reference to allow co-option of an independent member to maintain quorum",
              "Head of Business Services", d(2025, 9, 23), "Complete"),
         ]),
    ]
    st_fill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    st_read = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red",
               "Not started": "unrated"}
    actions = []
    r = 3
    current_outcome = None
    for (outcome, ref, risk, owner, inh, controls, resid, target, acts) in risks:
        if outcome != current_outcome:
            c = ws.cell(row=r, column=1, value=outcome)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("2F5597")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            r += 1
            current_outcome = outcome
        first = r
        for j, v in enumerate([ref, risk, owner, inh, controls, resid, target], start=1):
            body_cell(ws, r, j, v)
        for (text, aowner, due, status) in acts:
            for j in range(1, 8):
                ws.cell(row=r, column=j).border = BOX
            body_cell(ws, r, 8, text)
            body_cell(ws, r, 9, aowner)
            body_cell(ws, r, 10, due, "dd/mm/yyyy" if isinstance(due, dt.datetime) else None)
            sc = body_cell(ws, r, 11, status)
            if status in st_fill:
                sc.fill = fill(FILL[st_fill[status]])
            r += 1
            if isinstance(due, dt.datetime):
                end, et = due.strftime("%Y-%m"), None
            else:
                end, et = {"Monthly": (None, "Monthly"), "Q3 2025/26": ("2025-12", None),
                           "Nov-25": ("2025-11", None), "Feb-26": ("2026-02", None),
                           "March 2026": ("2026-03", None)}[due]
            leads = {"Chief Operating Officer; Head of Business Services":
                     ["Chief Operating Officer", "Head of Business Services"],
                     "Board Chair / Chief Executive Officer": ["Board Chair", "Chief Executive Officer"]}.get(
                aowner, [aowner])
            actions.append(act(None, [outcome, risk], text, leads, end, st_read[status], et))
        last = r - 1
        if last > first:
            for j in range(1, 8):
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)

    km = wb.create_sheet("Scoring & Key")
    km["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    km["A1"].font = Font(bold=True)
    for i in range(5):
        km.cell(row=3 + i, column=1, value=5 - i)
        for j in range(5):
            score = (5 - i) * (j + 1)
            c = km.cell(row=3 + i, column=2 + j, value=score)
            c.fill = fill(FILL["red"] if score >= 15 else FILL["amber"] if score >= 8 else FILL["green"])
            c.border = BOX
    for j in range(5):
        km.cell(row=8, column=2 + j, value=j + 1)
    km["A10"] = "Action status key"
    km["A10"].font = Font(bold=True)
    keys = [("blue", "Complete – action finished"), ("green", "On track – will be delivered by the due date"),
            ("amber", "At risk – some slippage, recoverable"), ("red", "Off track – will miss the due date"),
            (None, "Not started")]
    for i, (col, txt) in enumerate(keys, start=11):
        c = km.cell(row=i, column=1)
        c.border = BOX
        if col:
            c.fill = fill(FILL[col])
        km.cell(row=i, column=2, value=txt)
    wb.save(path(name))

    exp = {
        "source": (
            "Imitates the strategic risk register an NDPB such as ILF Scotland (https://ilf.scot) takes to its "
            "Audit and Risk Committee: the risks reflect its published board minutes (re-opened Fund demand, "
            "Board vacancies and quorum, https://ilf.scot/publication/board-meeting-minutes-27-may-2025/) and "
            "the register follows Scottish public-body risk frameworks (e.g. Cairngorms NPA risk management "
            "strategy, https://cairngorms.co.uk/documents/231124arcpaper7appendix1riskmanagementstrategy/html). "
            "Copied features: cover sheet with document-control and version history tables, risks grouped under "
            "strategic-outcome band rows, risk ref/title/owner/inherent/controls/residual/target cells merged "
            "vertically over several further-action rows, action owners as job titles (two in one cell), due "
            "dates mixing real dates, 'Nov-25', 'Q3 2025/26', 'Monthly', and a status word with fill colour, "
            "plus a scoring matrix and status key on a third sheet."
        ),
        "reads": (
            "ILF Scotland's strategic risk register for 2025/26 with four risks under two strategic outcomes; "
            "each risk has two or three further actions with an owner, due date and status. The ten actions are "
            "read under their outcome and risk; the actions carry no reference numbers."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Strategic Risk Register 2025/26",
        "actions": actions,
    }
    write_expected(name, exp)
    return name


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
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for extra in parts[1:]:
        p2 = cell.add_paragraph()
        r2 = p2.add_run(extra)
        r2.bold = bold
        r2.font.size = Pt(size)


def header_cells(table, heads, col="1F3864"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, col)


# ---------------------------------------------------------------------------
# 4. NIJAC - Commission meeting action log (docx)
# ---------------------------------------------------------------------------
def nijac():
    name = "zev-nijac-commission-meeting-action-log.docx"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Northern Ireland Judicial Appointments Commission")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("Commission Meeting – Action Log", style="Title")
    doc.add_paragraph("Paper NIJAC 25/62 – for the Commission meeting on 16 October 2025. "
                      "Position as at 6 October 2025.")
    doc.add_paragraph("Actions closed at the last meeting (25/02, 25/04, 25/06, 25/08 and 25/11) have been "
                      "removed from the log.")
    kp = doc.add_paragraph()
    kr = kp.add_run("RAG: R – overdue; A – in progress, at risk of slipping; G – in progress, on track; "
                    "B – complete, proposed for closure.")
    kr.italic = True
    heads = ["No.", "Meeting", "Minute", "Action", "Owner", "Target date", "Update", "RAG"]
    rows = [
        ("24/19", "12 Dec 2024", "8.2",
         "Develop a diversity outreach programme for the 2025/26 County Court Judge competition, targeting groups "
         "under-represented among applicants from the solicitor profession.",
         "Chief Executive / Head of Communications", "March 2025\nRevised: December 2025",
         "Outreach events with the Law Society held in September; programme evaluation to follow.", "A"),
        ("25/03", "20 Feb 2025", "5.1",
         "Provide Commissioners with an analysis of applicant attrition at the qualifying test stage, by "
         "section 75 category.",
         "Head of Appointments", "June 2025", "Paper taken at the September meeting (item 6).", "B"),
        ("25/05", "17 Apr 2025", "4.3",
         "Review the Business Continuity Plan in the light of the move to new office accommodation.",
         "Head of Corporate Services", "September 2025",
         "Delayed by the accommodation move; draft to ARAC in November.", "R"),
        ("25/07", "17 Apr 2025", "9.1",
         "Arrange a Commissioner training session on unconscious bias in shortlisting and interview panels.",
         "Chief Executive", "November 2025", "Provider booked for 13 November.", "G"),
        ("25/09", "19 Jun 2025", "6.2",
         "Seek the views of the Lord Chief Justice's Office on the proposed timetable for the Deputy District "
         "Judge (Magistrates' Courts) competition.",
         "Chief Executive", "October 2025", "Letter issued 2 July; response received 29 September.", "B"),
        ("25/10", "19 Jun 2025", "7.4",
         "Lay the Annual Report and Accounts 2024-25 and publish them on the NIJAC website.",
         "Head of Corporate Services", "31/07/2025", "Laid 15 July 2025 and published.", "B"),
        ("25/12", "11 Sep 2025", "3.1",
         "Update the Register of Interests for the new lay Commissioners and circulate for confirmation.",
         "Board Secretary", "October 2025", "Two of three returns received.", "G"),
        ("25/13", "11 Sep 2025", "5.4",
         "Prepare an options paper on extending online qualifying tests to tribunal competitions.\n"
         "Paper to include cost, accessibility and candidate feedback from the 2025 pilot.",
         "Head of Appointments; Digital Services Manager", "Q4 2025/26", "", "G"),
        ("25/14", "11 Sep 2025", "8.1",
         "Audit and Risk Assurance Committee to consider the draft revised Risk Appetite Statement before it "
         "comes to the Commission.",
         "Chair of ARAC", "TBC", "Awaiting date of next ARAC meeting.", ""),
    ]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    header_cells(t, heads)
    rag_col = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
        if row[7]:
            shade(cells[7], rag_col[row[7]])
    doc.add_paragraph()
    doc.add_paragraph("Commission Secretariat, October 2025")
    doc.save(path(name))

    st = {"R": "red", "A": "amber", "G": "green", "B": "blue", "": "unrated"}
    ends = {"March 2025\nRevised: December 2025": ("2025-12", None), "June 2025": ("2025-06", None),
            "September 2025": ("2025-09", None), "November 2025": ("2025-11", None),
            "October 2025": ("2025-10", None), "31/07/2025": ("2025-07", None), "Q4 2025/26": ("2026-03", None),
            "TBC": (None, "TBC")}
    leads = {"Chief Executive / Head of Communications": ["Chief Executive", "Head of Communications"],
             "Head of Appointments; Digital Services Manager": ["Head of Appointments", "Digital Services Manager"]}
    actions = []
    for row in rows:
        end, et = ends[row[5]]
        actions.append(act(row[0], [], row[3], leads.get(row[4], [row[4]]), end, st[row[7]], et))
    exp = {
        "source": (
            "Imitates the rolling action log a small Northern Ireland NDPB board brings to each meeting, here the "
            "Northern Ireland Judicial Appointments Commission (http://www.nijac.org/whatwedo.htm), in the form "
            "recommended for board action registers (action number, meeting date, minute reference, action, "
            "owner, target date, status update; https://communitydirectors.com.au/tools/actions-register-template). "
            "Copied features: body name line and title, paper number and 'position as at' line, a note of closed "
            "actions removed, an italic RAG key with B = complete, one table with no section headings, an "
            "original and revised target in one cell, a two-paragraph action, posts as owners (two in one cell "
            "with '/' and ';'), 'Q4 2025/26' and 'TBC' targets and shaded RAG letters (one blank)."
        ),
        "reads": (
            "The Commission's action log for its October 2025 meeting: nine numbered actions from meetings "
            "between December 2024 and September 2025, each with an owner, a target date, an update and a RAG "
            "letter. There are no themes, so the actions stand under no heading."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Commission Meeting – Action Log",
        "actions": actions,
    }
    write_expected(name, exp)
    return name


# ---------------------------------------------------------------------------
# 5. The Duke of Edinburgh's Award - Charity Commission regulatory action plan (docx)
# ---------------------------------------------------------------------------
def dofe():
    name = "zev-duke-of-edinburghs-award-charity-commission-regulatory-action-plan.docx"
    doc = Document()
    bp = doc.add_paragraph()
    br = bp.add_run("The Duke of Edinburgh’s Award")
    br.bold = True
    br.font.size = Pt(14)
    doc.add_paragraph("Regulatory Compliance Case – Trustees’ Action Plan", style="Title")
    doc.add_paragraph("Response to the Charity Commission’s letter of 4 April 2025 setting out regulatory advice "
                      "and guidance under section 15(2) of the Charities Act 2011.")
    doc.add_paragraph("Registered charity 1072490 (England and Wales) and SC038254 (Scotland).")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_cells(t, ["Version", "Date", "Prepared by", "Approved"], col="44546A")
    for row in [("0.3", "12 May 2025", "Company Secretary", "Audit & Risk Committee, 20 May 2025"),
                ("1.0", "26 June 2025", "Company Secretary", "Board of Trustees, 26 June 2025"),
                ("1.1", "30 September 2025", "Company Secretary", "Progress update – Board, 2 October 2025")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, word, meaning in [("0070C0", "Blue", "Action complete"), ("00B050", "Green", "On track"),
                               ("FFC000", "Amber", "Delayed but recoverable"),
                               ("FF0000", "Red", "Significantly delayed or at risk")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], meaning)

    sections = [
        ("1. Trustee oversight of serious incidents",
         "The trustees should ensure they receive timely and sufficient information about serious incidents, "
         "including those occurring within Licensed Organisations, so that they can decide whether a report to "
         "the Commission is required.",
         [("1.1", "Revise the Serious Incident Reporting Policy so that any incident involving harm to a "
                  "participant is escalated to the Chief Executive within 24 hours and reported to the Chair.",
           "Director of Safeguarding and Quality", "June 2025", "Revised policy approved 26 June 2025.", "Blue"),
          ("1.2", "Add a standing serious incidents report to every Board and Audit & Risk Committee agenda.",
           "Company Secretary", "July 2025", "In place from the July Board.", "Blue"),
          ("1.3", "Deliver training on the Commission’s serious incident reporting guidance to all trustees and "
                  "the Executive Team.",
           "Chair of Trustees & Chief Executive", "30 September 2025",
           "Trustee session held 2 October; Executive Team session booked.", "Green")]),
        ("2. Safeguarding within Licensed Organisations",
         "The charity should be able to demonstrate how it satisfies itself that Licensed Organisations and "
         "Approved Activity Providers meet the safeguarding requirements of their licence.",
         [("2.1", "Introduce an annual safeguarding self-declaration for all Licensed Organisations, built into "
                  "licence renewal in eDofE.",
           "Head of Licensing and Quality Assurance", "Q3 2025/26", "Specification agreed with the eDofE "
                                                                     "supplier.", "Green"),
          ("2.2", "Carry out a risk-based sample of 50 safeguarding audits of Licensed Organisations and report "
                  "the findings to the Safeguarding Committee.",
           "Director of Safeguarding and Quality", "March 2026",
           "12 audits completed; recruitment of a second Quality Assurance Officer delayed.", "Amber"),
          ("2.3", "Revise the Approved Activity Provider terms so that providers must notify the DofE of any "
                  "safeguarding concern within 48 hours.",
           "Head of Partnerships / Head of Licensing and Quality Assurance", "December 2025", "", "Green")]),
        ("3. Governance and Board effectiveness",
         "The trustees should review whether the Board has the skills and the committee structure it needs, having "
         "regard to the Charity Governance Code.",
         [("3.1", "Commission an external Board effectiveness review against the Charity Governance Code.",
           "Chair of Trustees", "October 2025",
           "Target revised from July 2025 to allow the new Safeguarding Committee to be included.", "Amber"),
          ("3.2", "Recruit two trustees with safeguarding and digital expertise through open advertisement.",
           "Nominations Committee", "November 2025", "Shortlisting under way.", "Green"),
          ("3.3", "Establish a Safeguarding Committee of the Board with written terms of reference.",
           "Company Secretary", "May 2025", "First meeting held 9 June 2025.", "Blue"),
          ("3.4", "Report progress against this plan to the Commission’s case officer.",
           "Chief Executive", "Quarterly", "Second update sent 30 September 2025.", "Green")]),
    ]
    rag_fill = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    heads = ["Ref", "Action", "Lead", "Target date", "Progress (September 2025)", "RAG"]
    actions = []
    ends = {"June 2025": ("2025-06", None), "July 2025": ("2025-07", None), "30 September 2025": ("2025-09", None),
            "Q3 2025/26": ("2025-12", None), "March 2026": ("2026-03", None), "December 2025": ("2025-12", None),
            "October 2025": ("2025-10", None), "November 2025": ("2025-11", None), "May 2025": ("2025-05", None),
            "Quarterly": (None, "Quarterly")}
    leads = {"Chair of Trustees & Chief Executive": ["Chair of Trustees", "Chief Executive"],
             "Head of Partnerships / Head of Licensing and Quality Assurance":
                 ["Head of Partnerships", "Head of Licensing and Quality Assurance"]}
    for title, advice, items in sections:
        doc.add_paragraph(title, style="Heading 1")
        lp = doc.add_paragraph()
        lr = lp.add_run("Commission’s advice")
        lr.bold = True
        ap = doc.add_paragraph(advice)
        ap.runs[0].italic = True
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        header_cells(t, heads)
        for row in items:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                set_cell(cells[i], v)
            shade(cells[5], rag_fill[row[5]])
            end, et = ends[row[3]]
            actions.append(act(row[0], [title, advice], row[1], leads.get(row[2], [row[2]]), end,
                               row[5].lower(), et))
        doc.add_paragraph()

    doc.add_paragraph("Approval", style="Heading 2")
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.rows[0].cells[0], "Approved by the Board of Trustees", bold=True)
    set_cell(s.rows[0].cells[1], "26 June 2025")
    set_cell(s.rows[1].cells[0], "Signed on behalf of the Trustees", bold=True)
    set_cell(s.rows[1].cells[1], "Chair of Trustees")
    doc.save(path(name))

    exp = {
        "source": (
            "Imitates the action plan a large charity's trustees send the Charity Commission during a regulatory "
            "compliance case (regulatory engagement before any inquiry, "
            "https://russell-cooke.co.uk/news-and-insights/news/navigating-regulatory-engagement-with-the-charity-"
            "commission), for The Duke of Edinburgh's Award, whose licensed-organisation delivery model is "
            "described in its safeguarding statement (https://www.dofe.org/safeguarding-statement). Copied "
            "features: title and subtitle, the Commission letter and charity numbers, a document-control table, "
            "a RAG key table (Blue/Green/Amber/Red), then one Heading 1 section per area of the Commission's "
            "advice with a bold 'Commission’s advice' label, the advice text, and its own action table (Ref, "
            "Action, Lead, Target date, Progress, RAG word with shading), curly apostrophes, posts as leads (two "
            "joined by '&' and '/'), a 'Q3 2025/26' and a 'Quarterly' target, and a closing approval table."
        ),
        "reads": (
            "The trustees' action plan answering three areas of the Charity Commission's advice: serious incident "
            "oversight, safeguarding in Licensed Organisations, and governance. Each area quotes the Commission's "
            "advice and lists numbered actions with a lead, target date, progress and a RAG word; ten actions in "
            "all."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Regulatory Compliance Case – Trustees’ Action Plan",
        "actions": actions,
    }
    write_expected(name, exp)
    return name


# ---------------------------------------------------------------------------
# 6. Cernach Housing Association - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def cernach():
    name = "zev-cernach-housing-association-internal-audit-recommendations-tracker.csv"
    A1 = "Rent Arrears Management (Jan 2025)"
    A2 = "Gas Safety & Compliance (Mar 2025)"
    A3 = "Procurement (Jun 2025)"
    A4 = "Governance & Annual Assurance Statement (Aug 2025)"
    rows = [
        (A1, "1", "Medium",
         "Arrears cases should progress through the stages of the Arrears Policy within the set timescales, with "
         "the reason recorded where a stage is not followed.",
         "Introduce monthly case-file sampling by the Housing Services Manager; exceptions recorded on the housing "
         "management system.", "Housing Services Manager", "31/03/2025", "", "B",
         "Sampling in place since March 2025; verified at follow-up (Sept 2025)."),
        (A1, "2", "Low",
         "The Arrears Policy should be reviewed to reflect the pre-action requirements and the Universal Credit "
         "managed payment process.",
         "Revise the Arrears Policy and present it to the Management Committee for approval.",
         "Housing Officer / Housing Services Manager", "30/06/2025", "31/12/2025", "A",
         "Draft complete; tenant consultation moved to October."),
        (A2, "1", "High",
         "All gas safety certificates must be renewed before the anniversary date, and no-access cases escalated "
         "in line with the Gas Access Procedure.",
         "1. Weekly compliance report from the gas contractor reviewed by the Technical Services Manager.\n"
         "2. Gas Access Procedure updated to include forced entry and a legal agent appointed.",
         "Technical Services Manager", "30/04/2025", "", "B",
         "Both elements implemented; 100% compliance reported for Q2."),
        (A2, "2", "Medium",
         "Compliance data held by contractors should be reconciled to the Association's property list every "
         "quarter, including new-build stock handed over since November 2020.",
         "Quarterly reconciliation of the asset list with contractor data, reported to the Management Committee.",
         "Technical Services Manager", "30/06/2025", "30/11/2025", "A",
         "Q1 reconciliation found six new-build addresses missing; now corrected."),
        (A2, "3", "Medium",
         "Electrical Installation Condition Reports (EICRs) should be tracked on the same compliance system as "
         "gas servicing.",
         "Add EICR dates to the compliance module and set five-year reminders.",
         "Technical Services Officer", "30/09/2025", "", "G", "Data load under way."),
        (A3, "1", "High",
         "A contracts register should be kept and published, with contract end dates monitored so that "
         "re-tendering starts in time.",
         "Create a contracts register and publish it on the website; add end-date alerts.",
         "Finance Manager", "31/10/2025", "31/01/2026", "R",
         "Not yet started because of the finance system change."),
        (A3, "2", "Medium",
         "Three written quotations should be obtained and retained for all purchases between £5,000 and £50,000.",
         "Remind budget holders of the Financial Regulations; Finance to decline orders without three quotations "
         "attached.", "Finance Manager & Director", "30/09/2025", "", "B",
         "Reminder issued August 2025; control now live."),
        (A4, "1", "Medium",
         "The evidence bank supporting the Annual Assurance Statement should be cross-referenced to each "
         "Regulatory Standard of Governance and Financial Management.",
         "Build an evidence bank cross-referenced to the Regulatory Standards for Management Committee review "
         "each September.", "Director", "31/08/2026", "", "G", "Template agreed."),
        (A4, "2", "Low",
         "Management Committee training records should be kept up to date and used to inform the annual skills "
         "review.",
         "Maintain a training log and report gaps to the annual committee appraisal.",
         "Corporate Services Officer", "Ongoing", "", "G", "Log in place."),
    ]
    lines = [
        "Cernach Housing Association Ltd,,,,,,,,,",
        "Internal Audit Recommendations – Follow-up Tracker,,,,,,,,,",
        "Audit & Risk Sub-Committee – 4 November 2025,,,,,,,,,",
        ",,,,,,,,,",
        "Audit,Rec,Grade,Recommendation,Management action,Responsible officer,Original target,Revised target,"
        "RAG,Progress update",
    ]
    prev_audit = None
    for row in rows:
        vals = list(row)
        if vals[0] == prev_audit:
            vals[0] = ""
        prev_audit = row[0]
        lines.append(",".join(csv_field(v) for v in vals))
    lines += [
        ",,,,,,,,,",
        "Summary: 9 recommendations followed up – 3 implemented (B); 3 on track (G); 2 revised date agreed (A); "
        "1 overdue (R),,,,,,,,,",
        "RAG: B = implemented and verified by internal audit; G = on track; A = at risk / revised date agreed; "
        "R = overdue,,,,,,,,,",
    ]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    st = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    leads = {"Housing Officer / Housing Services Manager": ["Housing Officer", "Housing Services Manager"],
             "Finance Manager & Director": ["Finance Manager", "Director"]}
    actions = []
    for row in rows:
        when = row[7] or row[6]
        if when == "Ongoing":
            end, et = None, "Ongoing"
        else:
            dd, mm, yy = when.split("/")
            end, et = f"{yy}-{mm}", None
        actions.append(act(row[1], [row[0], row[3]], row[4], leads.get(row[5], [row[5]]), end, st[row[8]], et))
    exp = {
        "source": (
            "Imitates the internal audit follow-up tracker a Scottish registered social landlord such as Cernach "
            "Housing Association, Drumchapel (https://cernachha.co.uk/noticeboard/), reports to its Audit & Risk "
            "Sub-Committee, with a RAG rating per recommendation and original and revised target dates agreed "
            "with the committee (cf. Reading's audit recommendations tracker, "
            "https://democracy.reading.gov.uk/mgAi.aspx?ID=16509). Saved from Excel as CSV: title lines padded "
            "with commas, the audit name only on the first row of each audit (merged cells emptied by the "
            "export), rec numbers restarting per audit, High/Medium/Low grades, one management action with two "
            "numbered lines in one quoted cell, posts as responsible officers (two joined by '/' or '&'), an "
            "'Ongoing' target, and summary and RAG-key lines at the foot."
        ),
        "reads": (
            "Cernach Housing Association's tracker of nine internal audit recommendations from four audits, each "
            "with the agreed management action, responsible officer, original and (where agreed) revised target "
            "and a B/G/A/R rating. Rows with an empty Audit cell belong to the audit above; the revised target, "
            "where given, is the end."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Internal Audit Recommendations – Follow-up Tracker",
        "actions": actions,
    }
    write_expected(name, exp)
    return name


# ---------------------------------------------------------------------------
# 7. NHS Borders - HSE improvement notices action tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def borders():
    name = "zev-nhs-borders-hse-improvement-notices-action-tracker.txt"
    N1 = "Improvement Notice 1 – Violence and aggression (MHSWR 1999, reg. 3)"
    R1 = ("Make a suitable and sufficient assessment of the risks to employees from violence and aggression in the "
          "Emergency Department and Acute Assessment Unit, and put in place the control measures identified.")
    N2 = "Improvement Notice 2 – Moving and handling of patients (MHOR 1992, reg. 4)"
    R2 = ("Assess the patient handling operations on the inpatient wards at Borders General Hospital and reduce the "
          "risk of injury to employees to the lowest level reasonably practicable.")
    rows = [
        (N1, R1, "1.1", "Complete violence and aggression risk assessments for ED and AAU using the NHS Borders "
                        "template, with staff side involvement.",
         "Head of Health & Safety", "29/08/2025", "", "Complete", "Assessments signed off 27/08/2025."),
        ("", "", "1.2", "Install fixed panic alarms at the ED reception, triage and AAU nurses' station.",
         "Estates Manager", "30/09/2025", "16/01/2026", "At risk",
         "Supplier lead time; personal alarms issued in the interim."),
        ("", "", "1.3", "Train all ED and AAU staff in Promoting Safer and Therapeutic Services (PSTS) level 2.",
         "ED Clinical Nurse Manager / Practice Education Lead", "31/10/2025", "31/01/2026", "On track",
         "71% trained at 14/11/2025; revised date agreed with HSE."),
        ("", "", "1.4", "Review violence and aggression incident reports at each Health & Safety Forum and feed "
                        "back to ward teams.",
         "Health & Safety Forum", "Monthly", "", "On track", "Standing item from September."),
        (N2, R2, "2.1", "Complete an individual patient handling assessment on admission for every inpatient, "
                        "recorded in the nursing documentation.",
         "Associate Director of Nursing", "31/10/2025", "", "Complete", "Audit of 4 wards showed 94% compliance."),
        ("", "", "2.2", "Procure and install ceiling track hoists in two single rooms on each medical ward.",
         "Estates Manager; Moving & Handling Lead", "Mar-26", "", "On track", "Order placed 3/11/2025."),
        ("", "", "2.3", "Carry out a training needs analysis and deliver moving and handling refresher training to "
                        "90% of ward staff.",
         "Moving & Handling Lead", "31/10/2025", "w/c 05/01/2026", "At risk",
         "Trainer vacancy; bank trainer sessions added in December."),
        ("", "", "2.4", "Audit compliance with the new assessment process and send the results to the HSE "
                        "inspector.",
         "Head of Health & Safety", "Jan-26", "", "Not started", ""),
    ]
    head = ["Notice", "Requirement of notice (summary)", "Ref", "Action", "Lead", "Original due", "Revised due",
            "Status", "Evidence / comment"]
    lines = [
        "NHS Borders",
        "HSE Improvement Notices – Action Tracker",
        "Position at 14 November 2025 – for the Staff Governance Committee",
        "Notices served 2 July 2025 following the HSE inspection of Borders General Hospital on 13–14 May 2025",
        "",
        "\t".join(head),
    ]
    for row in rows:
        lines.append("\t".join(row))
    lines += [
        "",
        "Status: Complete / On track / At risk / Off track / Not started",
        "Compliance dates: Notice 1 – 31/10/2025, extended by HSE to 31/01/2026; Notice 2 – 31/01/2026",
    ]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    st = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red", "Not started": "unrated"}
    leads = {"ED Clinical Nurse Manager / Practice Education Lead": ["ED Clinical Nurse Manager",
                                                                     "Practice Education Lead"],
             "Estates Manager; Moving & Handling Lead": ["Estates Manager", "Moving & Handling Lead"]}
    ends = {"29/08/2025": "2025-08", "16/01/2026": "2026-01", "31/01/2026": "2026-01", "31/10/2025": "2025-10",
            "Mar-26": "2026-03", "w/c 05/01/2026": "2026-01", "Jan-26": "2026-01"}
    actions = []
    notice, req = None, None
    for row in rows:
        if row[0]:
            notice, req = row[0], row[1]
        when = row[6] or row[5]
        if when == "Monthly":
            end, et = None, "Monthly"
        else:
            end, et = ends[when], None
        actions.append(act(row[2], [notice, req], row[3], leads.get(row[4], [row[4]]), end, st[row[7]], et))
    exp = {
        "source": (
            "Imitates the action tracker a Scottish NHS board keeps after the HSE serves improvement notices "
            "(a notice names the contravention and the law and sets a compliance date, "
            "https://legionella.io/articles/hse-improvement-notices-for-legionella-explained/), here on violence "
            "and aggression and patient moving and handling, topics set by the NHSScotland Once for Scotland "
            "work-related violence and aggression policy (https://gov.scot/publications/nhsscotland-once-"
            "scotland-workforce-policies-managing-health-work-public-consultation-2/pages/6). Saved from Excel as "
            "tab-delimited text: four title/context lines, a header row, the notice and its requirement given only "
            "on the first row of each notice (merged cells emptied by the export), original and revised due "
            "dates, posts as leads (two in one cell), 'Monthly', 'Mar-26' and 'w/c 05/01/2026' dates, status "
            "words, and a status key and compliance-dates note at the foot."
        ),
        "reads": (
            "NHS Borders' tracker of the actions answering two HSE improvement notices served in July 2025: four "
            "actions under each notice and its requirement, each with a lead, original and revised due dates and "
            "a status. Rows with empty notice cells belong to the notice above; the revised due date, where "
            "given, is the end."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": "HSE Improvement Notices – Action Tracker",
        "actions": actions,
    }
    write_expected(name, exp)
    return name


def main():
    made = [cramlington(), hefcw(), ilf(), nijac(), dofe(), cernach(), borders()]
    for m in made:
        print(m)


if __name__ == "__main__":
    main()
