#!/usr/bin/env python
"""Build the seven uz- cases of heldout524 (data files and their expected readings).

Run with /work/main/.venv/bin/python uz_make.py  (needs openpyxl, python-docx, pyyaml).
Only files whose names start with "uz-" are written.
"""
import csv
import datetime as dt
import io
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

FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "section": PatternFill("solid", fgColor="DDEBF7"),
    "purple": PatternFill("solid", fgColor="5B2C6F"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("uz-")
    return os.path.join(HERE, name)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    d = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept_refusal}
    if refuse_at is not None:
        d["refuse_at"] = refuse_at
    if title is not None:
        d["title"] = title
    if actions is not None:
        d["actions"] = actions
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Change Grow Live (charity) - CQC requirement notices action plan (xlsx)
# ---------------------------------------------------------------------------
def make_cgl():
    name = "uz-change-grow-live-norfolk-cqc-requirement-notices-action-plan.xlsx"
    title = "CQC Inspection Action Plan – CGL Norfolk Alcohol and Drug Behavioural Change Service"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Change Grow Live"
    cv["A1"].font = Font(bold=True, size=16, color="5B2C6F")
    cv["A2"] = "Quality and Governance – Norfolk"
    cv["A3"] = title
    cv["A3"].font = Font(bold=True, size=14)
    info = [
        ("Location", "Adobe House, 5 Barton Way, Norwich NR1 1DL (hubs at Great Yarmouth, King's Lynn and Thetford)"),
        ("Inspection dates", "10–12 September 2024 (unannounced, comprehensive)"),
        ("Report published", "20 November 2024"),
        ("Overall rating", "Requires improvement (Safe: Requires improvement; Well-led: Requires improvement)"),
        ("Action plan owner", "Service Manager, CGL Norfolk"),
        ("Governance", "Monthly to Local Clinical Governance; quarterly to Regional Quality & Governance Group"),
    ]
    r = 5
    for k, v in info:
        cv.cell(r, 1, k).font = Font(bold=True)
        cv.cell(r, 2, v)
        r += 1
    r += 1
    cv.cell(r, 1, "Document control").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["Version", "Date", "Author", "Changes"], start=1):
        c = cv.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["purple"]
        c.border = BOX
    for row in [("0.1", "02/12/2024", "Quality & Governance Manager", "First draft for service team"),
                ("1.0", "18/12/2024", "Service Manager", "Submitted to CQC with provider response"),
                ("1.2", "11/04/2025", "Quality & Governance Manager", "Q4 update; revised dates agreed"),
                ("1.3", "14/07/2025", "Quality & Governance Manager", "Q1 2025/26 update")]:
        r += 1
        for j, v in enumerate(row, start=1):
            cv.cell(r, j, v).border = BOX
    widths(cv, [22, 60, 30, 45])

    ws = wb.create_sheet("Action Plan")
    heads = ["Ref", "CQC finding", "Action", "Responsible", "Original target date",
             "Revised target date", "Progress update (July 2025)", "RAG"]
    ws.merge_cells("A1:H1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    ws.merge_cells("A2:H2")
    ws["A2"] = "Position as at 14 July 2025. RAG is shown by cell colour – see Key sheet."
    ws["A2"].font = Font(italic=True)
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["purple"]
        c.alignment = WRAP
        c.border = BOX

    D = dt.datetime
    must = "MUST DO – Requirement Notices"
    should = "SHOULD DO – Recommendations"
    f1 = ("The service must ensure that all clients have an up-to-date risk assessment and risk "
          "management plan that reflects their current presentation. (Regulation 12(1)(2)(a)(b))")
    f2 = ("The service must ensure that drug testing is carried out in line with the service's own "
          "policy and that results are acted upon. (Regulation 12(2)(b))")
    f3 = ("The provider must ensure that staff caseloads are manageable so that staff can maintain "
          "oversight of all clients' needs. (Regulation 18(1))")
    f4 = ("The service should ensure that clinic rooms are cleaned in line with the cleaning schedule "
          "and that cleaning records are kept.")
    f5 = ("The service should ensure that the complaints log records the outcome of each complaint "
          "and the learning shared with staff.")
    # (section, finding, ref, action, lead cell, lead list, orig, revised, progress, fill, end, status, end_text)
    rows = [
        (must, f1, "M1.1",
         "Complete a full caseload review of all open clients and update every risk assessment older than 90 days.",
         "Team Leaders", ["Team Leaders"], D(2024, 12, 31), None,
         "Caseload review completed 20/12/2024. 412 risk assessments updated.", "blue", "2024-12", "blue", None),
        (must, f1, "M1.2",
         "Add a 90-day risk review prompt to the case management dashboard and report compliance weekly to the Service Manager.",
         "Data & Performance Officer", ["Data & Performance Officer"], D(2025, 1, 31), D(2025, 3, 31),
         "Dashboard live from 10/03/2025. Compliance at 94% (target 95%).", "green", "2025-03", "green", None),
        (must, f1, "M1.3",
         "Deliver refresher training on risk formulation and safety planning to all recovery workers.",
         "Clinical Lead / Training & Development Lead", ["Clinical Lead", "Training & Development Lead"],
         D(2025, 2, 28), D(2025, 9, 30),
         "38 of 44 staff trained. Remaining sessions booked for new starters in August.", "amber", "2025-09", "amber", None),
        (must, f2, "M2.1",
         "Re-issue the drug testing standard operating procedure with a clear testing schedule for clients in prescribing treatment.",
         "Non-Medical Prescriber Lead", ["Non-Medical Prescriber Lead"], D(2024, 12, 31), None,
         "SOP re-issued 16/12/2024 and signed off by all prescribers.", "blue", "2024-12", "blue", None),
        (must, f2, "M2.2",
         "Audit 20 prescribing case files each month for testing completed and action taken on results, and report findings to the Local Clinical Governance meeting.",
         "Clinical Lead", ["Clinical Lead"], "Monthly", None,
         "Monthly audits in place since January 2025. June audit: 85% compliant.", "green", None, "green", "Monthly"),
        (must, f3, "M3.1",
         "Recruit to the 4 vacant recovery worker posts and the vacant team leader post.",
         "Service Manager and HR Business Partner", ["Service Manager", "HR Business Partner"],
         D(2025, 3, 31), D(2025, 8, 31),
         "3 recovery workers in post. Team leader and 1 recovery worker at interview 22/07/2025.", "amber", "2025-08", "amber", None),
        (must, f3, "M3.2",
         "Introduce a caseload weighting tool and review individual caseloads in monthly supervision.",
         "Team Leaders", ["Team Leaders"], D(2025, 2, 28), None,
         "Weighting tool in use. Average caseload down from 68 to 52.", "green", "2025-02", "green", None),
        (should, f4, "S1.1",
         "Display cleaning schedules in both clinic rooms and add a weekly check to the site health and safety walk-round.",
         "Site Manager", ["Site Manager"], D(2024, 12, 31), None,
         "Complete.", "blue", "2024-12", "blue", None),
        (should, f5, "S2.1",
         "Update the complaints log template to include outcome, learning and date fed back to the team, and review it at team meetings.",
         "Quality & Governance Manager", ["Quality & Governance Manager"], D(2025, 1, 31), None,
         "Template updated. Learning from complaints is a standing item at team meetings.", "blue", "2025-01", "blue", None),
    ]
    r = 4
    expected = []
    cur_section = None
    spans = []  # (finding, first_row, last_row)
    for (sec, fnd, ref, text, leadcell, leads, orig, rev, prog, fill, end, status, end_text) in rows:
        if sec != cur_section:
            r += 1
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(r, 1, sec)
            c.font = Font(bold=True)
            c.fill = FILL["section"]
            cur_section = sec
        r += 1
        if spans and spans[-1][0] == fnd:
            spans[-1][2] = r
        else:
            spans.append([fnd, r, r])
            ws.cell(r, 2, fnd)
        ws.cell(r, 1, ref)
        ws.cell(r, 3, text)
        ws.cell(r, 4, leadcell)
        c = ws.cell(r, 5, orig)
        if isinstance(orig, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        if rev is not None:
            c = ws.cell(r, 6, rev)
            c.number_format = "dd/mm/yyyy"
        ws.cell(r, 7, prog)
        ws.cell(r, 8).fill = FILL[fill]
        for j in range(1, 9):
            ws.cell(r, j).alignment = WRAP
            ws.cell(r, j).border = BOX
        expected.append(act(ref, [sec, fnd], text, leads, end, status, end_text))
    for fnd, a, b in spans:
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 2
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    counts = [("Total actions", 9), ("Complete", 4), ("Green", 3), ("Amber", 2), ("Red", 0)]
    for k, v in counts:
        r += 1
        ws.cell(r, 1, k)
        ws.cell(r, 2, v)
    widths(ws, [8, 45, 55, 24, 14, 14, 45, 8])

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (fill, txt) in enumerate([
            ("blue", "Action complete and evidence held"),
            ("green", "On track to meet target date"),
            ("amber", "At risk of missing target date, or revised date agreed"),
            ("red", "Off track – escalated to Regional Head of Operations")], start=3):
        key.cell(i, 1).fill = FILL[fill]
        key.cell(i, 2, txt)
    widths(key, [10, 60])
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates a charity provider's (Change Grow Live) action plan returned to CQC after a "
                "community substance misuse service inspection (CGL Norfolk was rated Requires improvement "
                "in 2021-22; contents here invented, 2024-25). Copied features: cover sheet with inspection "
                "details and a document-control table, title rows, MUST DO / SHOULD DO section rows, the CQC "
                "finding merged down beside its actions, original and revised target date columns (real "
                "dates and one 'Monthly'), two posts in one Responsible cell, RAG shown by fill colour only "
                "with the key on a separate sheet, and a summary block under the table."),
        reads=("A CQC action plan with nine actions under two sections: seven must-do actions answering three "
               "requirement-notice findings and two should-do actions. Each row has a responsible post, "
               "target dates (revised date wins where given) and a coloured RAG cell read from the Key sheet."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 2. DCMS (central government department) - principal risk register (xlsx)
# ---------------------------------------------------------------------------
def make_dcms():
    name = "uz-dcms-principal-risk-register-q2-2025-26.xlsx"
    title = "DCMS Principal Risk Register – Quarter 2 2025/26"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "OFFICIAL"
    sm["A3"] = "Reviewed by the Executive Board on 21 October 2025 and the Audit and Risk Assurance Committee on 4 November 2025."
    heads = ["Risk ref", "Principal risk", "Risk owner", "Inherent", "Current", "Target", "Direction of travel", "Within appetite?"]
    for j, h in enumerate(heads, start=1):
        c = sm.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.border = BOX
    risks = [
        ("PR01", "Delivery of major events", "Director of Sport", "20", "16", "9", "Stable", "No"),
        ("PR02", "Financial sustainability of DCMS arm's-length bodies", "Director of Arts, Heritage and Tourism", "20", "15", "10", "Worsening", "No"),
        ("PR03", "Implementation of gambling reform", "Director of Sport", "16", "9", "6", "Improving", "Yes"),
    ]
    for i, row in enumerate(risks, start=6):
        for j, v in enumerate(row, start=1):
            sm.cell(i, j, v).border = BOX
    sm["A11"] = "Scoring: likelihood (1-5) x impact (1-5). Red 15-25, Amber 8-14, Green 1-7."
    sm["A12"] = "Action RAG: Complete = action delivered; Green = on track; Amber = some slippage, recoverable; Red = significant delay; Not started."
    widths(sm, [10, 50, 36, 10, 10, 10, 18, 16])

    D = lambda t: t  # due dates are typed as text in this register
    sheets = [
        ("PR01", "PR01 – Delivery of major events",
         [("Risk description", "If cross-government guarantees, venue readiness and security arrangements for UEFA EURO 2028 and other major events are not delivered to time and budget, then the UK's hosting obligations may be breached, resulting in financial and reputational damage."),
          ("Risk owner", "Director of Sport"),
          ("Current score", "16 (likelihood 4 x impact 4)"),
          ("Existing controls", "Major Events Programme Board (monthly)\nIPA assurance reviews at each gateway\nHost nation guarantees tracker")],
         [("PR01.1", "Agree a cross-government guarantees delivery plan for UEFA EURO 2028 with the Home Office, DfT and the devolved governments.",
           "Director of Sport", ["Director of Sport"], "Q3 2025/26", "Green", "2025-12", "green", None,
           "Draft plan shared with departments; sign-off at EURO 2028 Board in December."),
          ("PR01.2", "Establish the EURO 2028 Programme Board with terms of reference, a senior responsible owner and an assurance plan agreed with the IPA.",
           "SRO EURO 2028", ["SRO EURO 2028"], "September 2025", "Complete", "2025-09", "blue", None,
           "Board met for the first time on 18 September 2025."),
          ("PR01.3", "Complete the independent review of safety certification for host stadiums with the Sports Grounds Safety Authority.",
           "Head of Major Events / SGSA Chief Executive", ["Head of Major Events", "SGSA Chief Executive"], "31 March 2026", "Amber", "2026-03", "amber", None,
           "Two host stadiums have not yet provided structural surveys."),
          ("PR01.4", "Refresh the major events security and counter-terrorism assurance framework with Home Office and police partners.",
           "Deputy Director Major Events", ["Deputy Director Major Events"], "Ongoing", "Green", None, "green", "Ongoing",
           "Quarterly review with Home Office.")]),
        ("PR02", "PR02 – Financial sustainability of DCMS arm's-length bodies",
         [("Risk description", "If inflation, falling self-generated income and estates liabilities are not managed, then one or more DCMS arm's-length bodies may be unable to operate within budget, resulting in service reductions or calls on departmental reserves."),
          ("Risk owner", "Director of Arts, Heritage and Tourism"),
          ("Current score", "15 (likelihood 3 x impact 5)"),
          ("Existing controls", "Monthly ALB finance returns\nSponsorship team quarterly reviews\nPublic Bodies Review programme")],
         [("PR02.1", "Complete financial resilience reviews of the 15 national museums and galleries and agree recovery plans where needed.",
           "Director of Arts, Heritage and Tourism", ["Director of Arts, Heritage and Tourism"], "Q4 2025/26", "Amber", "2026-03", "amber", None,
           "9 of 15 reviews complete; 2 recovery plans in draft."),
          ("PR02.2", "Issue revised ALB financial delegations and monthly reporting requirements following the Spending Review.",
           "Finance Director", ["Finance Director"], "November 2025", "Green", "2025-11", "green", None,
           "Delegation letters drafted; HMT clearance received."),
          ("PR02.3", "Hold quarterly assurance meetings with ALB chief executives as accounting officers.",
           "Permanent Secretary", ["Permanent Secretary"], "Quarterly", "Green", None, "green", "Quarterly",
           "Q2 round completed in September.")]),
        ("PR03", "PR03 – Implementation of gambling reform",
         [("Risk description", "If the remaining Gambling Act Review measures are not implemented as planned, then consumer protections may be delayed and confidence in the regulatory framework reduced."),
          ("Risk owner", "Director of Sport"),
          ("Current score", "9 (likelihood 3 x impact 3)"),
          ("Existing controls", "Gambling Reform Programme Board\nJoint DCMS / Gambling Commission implementation plan")],
         [("PR03.1", "Lay the statutory instrument introducing the statutory levy on gambling operators.",
           "Deputy Director Gambling", ["Deputy Director Gambling"], "April 2025", "Complete", "2025-04", "blue", None,
           "Levy regulations in force from 6 April 2025."),
          ("PR03.2", "Agree the Gambling Commission's levy collection and distribution arrangements with DHSC and NHS England.",
           "Deputy Director Gambling; Gambling Commission Executive Director", ["Deputy Director Gambling", "Gambling Commission Executive Director"],
           "31/07/2025 (revised to 31/12/2025)", "Amber", "2025-12", "amber", None,
           "Distribution split agreed; data-sharing agreement outstanding."),
          ("PR03.3", "Evaluate the first six months of online slot stake limits and report the findings to Ministers.",
           "Head of Gambling Analysis", ["Head of Gambling Analysis"], "March 2026", "Not started", "2026-03", "unrated", None,
           "")]),
    ]
    expected = []
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue", "Not started": "grey"}
    for sheet, stitle, block, acts in sheets:
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:F1")
        ws["A1"] = stitle
        ws["A1"].font = Font(bold=True, size=13)
        r = 3
        for k, v in block:
            ws.cell(r, 1, k).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            ws.cell(r, 2, v).alignment = WRAP
            r += 1
        r += 1
        ws.cell(r, 1, "Further actions to reduce the risk").font = Font(bold=True, size=12)
        r += 1
        for j, h in enumerate(["No.", "Action", "Action owner", "Due date", "Action RAG", "Update (Q2)"], start=1):
            c = ws.cell(r, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = FILL["head"]
            c.border = BOX
        for (ref, text, leadcell, leads, due, rag, end, status, end_text, upd) in acts:
            r += 1
            vals = [ref, text, leadcell, due, rag, upd or None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 5).fill = FILL[rag_fill[rag]]
            expected.append(act(ref, [stitle], text, leads, end, status, end_text))
        widths(ws, [18, 60, 34, 22, 12, 45])
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates a central government department's principal (departmental) risk register extract "
                "as reported to its Executive Board and ARAC (DCMS, Q2 2025/26; contents invented). Copied "
                "features: a summary sheet listing the principal risks with inherent/current/target scores and "
                "a RAG key, then one sheet per risk with a description/owner/controls block and a 'Further "
                "actions to reduce the risk' table; due dates written as text (financial quarters, months, "
                "'Ongoing', 'Quarterly', an original date with its revision in the same cell); job titles as "
                "action owners, including one with a comma and two posts in one cell."),
        reads=("A risk register with three principal risks, each on its own sheet with its further mitigating "
               "actions (4, 3 and 3). Each action has an owner, a due date and an action RAG word; the summary "
               "sheet lists risks and the key but no actions."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 3. Cambridgeshire & Peterborough CA - audit committee action log (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def make_cpca():
    name = "uz-cambridgeshire-and-peterborough-ca-audit-and-governance-committee-action-log-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = "Cambridgeshire and Peterborough Combined Authority"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Audit and Governance Committee – Action Log"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Updated 14 November 2025 for the meeting on 28 November 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Minute", "Report", "Action agreed", "Responsible officer", "Due", "Status", "Update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.border = BOX
    data = [
        "Meeting held on 25 July 2025",
        ("AG/25/14", "Min 18", "Internal Audit Annual Report 2024/25",
         "Circulate the management responses to the two limited assurance reports (Grants to Constituent Councils; Adult Skills funding rules) to all Committee members.",
         "Head of Internal Audit", "September 2025", "Complete", "Circulated by email 9 September 2025."),
        ("AG/25/15", "Min 19", "Corporate Risk Register",
         "Bring a deep dive on the bus franchising risk (CR07) to a future meeting.",
         "Director of Transport", "November 2025", "On track", "On the agenda for 28 November 2025."),
        ("AG/25/16", "Min 21", "External Audit – Audit Findings Report 2023/24",
         "Provide a timetable with EY for recovering the audit position after the backstop disclaimer.",
         "Chief Finance Officer", "December 2025", "On track", "Draft timetable received from EY."),
        "Meeting held on 26 September 2025",
        ("AG/25/21", "Min 27", "Treasury Management Mid-Year Review",
         "Share the counterparty limits table with the independent member.",
         "Chief Finance Officer", "October 2025", "Complete", "Sent 3 October 2025."),
        ("AG/25/22", "Min 28", "Anti-Fraud and Corruption Policy",
         "Report the outcome of the National Fraud Initiative 2024/25 data matches to the Committee.",
         "Monitoring Officer", "Febuary 2026", "On track", "Matches being worked through by Internal Audit."),
        ("AG/25/23", "Min 30", "Whistleblowing Policy review",
         "Add whistleblowing statistics to the annual governance report.",
         "Monitoring Officer", "March 2026", "Not started", ""),
        ("AG/25/24", "Min 31", "Information Governance Annual Report",
         "Confirm completion of the ICO recommendations on records retention.",
         "Data Protection Officer", "December 2025", "On track", "Retention schedule approved; disposal of legacy files under way."),
    ]
    r = 5
    typo_row = None
    for item in data:
        r += 1
        if isinstance(item, str):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(r, 1, item)
            c.font = Font(bold=True)
            c.fill = FILL["section"]
            continue
        for j, v in enumerate(item, start=1):
            c = ws.cell(r, j, v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        if item[5] == "Febuary 2026":
            typo_row = r
    widths(ws, [11, 9, 30, 55, 24, 15, 12, 45])

    cl = wb.create_sheet("Closed actions")
    cl["A1"] = "Actions closed since the last meeting (to be removed from the log once noted)"
    cl["A1"].font = Font(bold=True)
    for j, h in enumerate(heads, start=1):
        c = cl.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, row in enumerate([
            ("AG/25/09", "Min 11", "Annual Governance Statement 2024/25",
             "Amend the AGS to reference the Mayoral Strategic Plan refresh.", "Monitoring Officer",
             "July 2025", "Complete", "AGS amended before publication."),
            ("AG/25/11", "Min 13", "Internal Audit Plan 2025/26",
             "Add a review of the Adult Skills procurement framework to the 2025/26 plan.",
             "Head of Internal Audit", "July 2025", "Complete", "Added as audit 2025/26-08.")], start=4):
        for j, v in enumerate(row, start=1):
            cl.cell(i, j, v).border = BOX
    widths(cl, [11, 9, 30, 55, 24, 15, 12, 45])
    wb.save(out(name))
    assert typo_row is not None

    write_expected(
        name,
        source=("Imitates a combined authority's Audit and Governance Committee action log (Cambridgeshire and "
                "Peterborough Combined Authority style, November 2025; contents invented). Copied features: "
                "authority and committee title rows, an 'Updated ... for the meeting on ...' line, meeting-date "
                "rows merged across the table, minute references, report titles, responsible officer, due "
                "month as text, status and update columns, and a second sheet of closed actions."),
        reads=(f"An open-actions log of seven actions grouped under two meetings. The due cell of action "
               f"AG/25/22 (sheet row {typo_row}) reads 'Febuary 2026', a mistyped month, so a careful reader "
               "would stop and ask what date was meant before reading the log."),
        outcome="refuse", title="Audit and Governance Committee – Action Log", refuse_at=typo_row)


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


def bold_row(row, fill=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        if fill:
            shade(c, fill)


def set_cell(cell, text):
    """Put text into a cell; inner \n becomes separate paragraphs (as a person types with Enter)."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)


# ---------------------------------------------------------------------------
# 4. Bourton-on-the-Water Parish Council - flood lessons learned (docx)
# ---------------------------------------------------------------------------
def make_bourton():
    name = "uz-bourton-on-the-water-parish-council-storm-bert-flood-lessons-learned-action-plan.docx"
    title = "Storm Bert Flooding, 23–24 November 2024: Lessons Learned Action Plan"
    doc = Document()
    p = doc.add_paragraph()
    run = p.add_run("Bourton-on-the-Water Parish Council")
    run.bold = True
    run.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(title, level=1)
    doc.add_paragraph("Agreed at the Full Council meeting on 13 January 2025. Progress updated for the "
                      "meeting of 14 July 2025.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.2"), ("Owner", "Parish Clerk"),
                 ("Approved", "Full Council, 13 January 2025 (Minute 2025/07)"),
                 ("Next review", "November 2025")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        cells[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph("")
    doc.add_paragraph("The plan sets out what the Parish Council learned from the flooding of 23 and 24 "
                      "November 2024, when the River Windrush and surface water flooded 43 properties in "
                      "the village, and what the Council and its partners will do before next winter.")
    doc.add_paragraph("RAG key: G – on track; A – some slippage; R – not progressing, needs a Council "
                      "decision; B – complete.")

    heads = ["Ref", "Lesson identified", "Action", "Lead", "By when", "RAG", "Progress"]
    L1 = "Flood warnings from the Environment Agency did not reach residents without a smartphone or internet access."
    L2 = "The parish council website and Facebook page were not updated during the night of 23 November."
    L3 = "Sandbags held by the Parish Council were stored at the cricket pavilion and could not be reached once Station Road flooded."
    L4 = "The community emergency plan had not been reviewed since 2019 and contact details were out of date."
    L5 = "Only two flood wardens were available on the night."
    L6 = "Residents were unsure how to apply for the flood recovery grant and council tax relief."
    L7 = "Blocked gullies and culverts on Rissington Road made the surface water flooding worse."
    sections = [
        ("1. Warning and informing residents", [
            ("1.1", L1, "Set up a telephone cascade list of residents who want a call when a Flood Warning is issued for the River Windrush at Bourton.",
             "Parish Clerk", ["Parish Clerk"], "28 February 2025", "B", "87 households signed up. List held by the Clerk and two flood wardens.", "2025-02", "blue"),
            ("1.2", L1, "Deliver a leaflet to every property in the flood-risk area explaining how to sign up to Floodline and to the cascade list.",
             "Cllr Pritchard & Cllr Osei", ["Cllr Pritchard", "Cllr Osei"], "End of March 2025", "B", "Leaflet delivered to 310 properties.", "2025-03", "blue"),
            ("1.3", L2, "Give the Chair and Vice-Chair administrator access to the website and social media so that updates can be posted out of hours.",
             "Parish Clerk", ["Parish Clerk"], "January 2025", "B", "Done.", "2025-01", "blue"),
        ]),
        ("2. Response on the night", [
            ("2.1", L3, "Move the sandbag store to a container in the village hall car park and agree key holders.",
             "Flood Warden Co-ordinator", ["Flood Warden Co-ordinator"], "30/04/2025\nRevised: 31/10/2025", "A",
             "Cotswold District Council permission for the container awaited.", "2025-10", "amber"),
            ("2.2", L4, "Review and re-issue the Bourton Community Emergency Plan, including flood warden contacts and rest centre arrangements with the village hall.",
             "Cllr Hughes / Flood Warden Co-ordinator", ["Cllr Hughes", "Flood Warden Co-ordinator"], "30 September 2025", "G",
             "Draft plan circulated to councillors; village hall committee to confirm rest centre keys.", "2025-09", "green"),
            ("2.3", L5, "Recruit at least four more volunteer flood wardens, covering Station Road, Moore Road and Rissington Road.",
             "Flood Warden Co-ordinator", ["Flood Warden Co-ordinator"], "Ongoing", "G",
             "Three new volunteers; training with Gloucestershire County Council booked for September.", None, "green"),
        ]),
        ("3. Recovery and support", [
            ("3.1", L6, "Hold a drop-in session with Cotswold District Council and the National Flood Forum on recovery grants and property flood resilience.",
             "Parish Clerk", ["Parish Clerk"], "February 2025", "B", "Held 6 February 2025; 54 residents attended.", "2025-02", "blue"),
            ("3.2", L7, "Report all blocked gullies to Gloucestershire Highways through FixMyStreet and request a programme of culvert clearance before winter.",
             "Cllr Pritchard", ["Cllr Pritchard"], "By 31 October 2025", "A",
             "Gullies cleared in June. Culvert survey not yet scheduled by Gloucestershire Highways.", "2025-10", "amber"),
            ("3.3", L7, "Write to Thames Water about the foul sewer surcharging at Moore Road and ask for the findings of its investigation.",
             "Chair", ["Chair"], "March 2025", "R",
             "No reply received; chased 2 June and 1 July 2025. Council to decide whether to ask the local MP to intervene.", "2025-03", "red"),
        ]),
    ]
    expected = []
    for heading, rows in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            t.rows[0].cells[j].text = h
        bold_row(t.rows[0], "D9E2F3")
        prev_lesson, prev_cell = None, None
        for (ref, lesson, text, leadcell, leads, when, rag, prog, end, status) in rows:
            cells = t.add_row().cells
            cells[0].text = ref
            if lesson == prev_lesson:
                prev_cell.merge(cells[1])
            else:
                cells[1].text = lesson
                prev_cell = cells[1]
            prev_lesson = lesson
            cells[2].text = text
            cells[3].text = leadcell
            set_cell(cells[4], when)
            cells[5].text = rag
            cells[6].text = prog
            expected.append(act(ref, [heading, lesson], text, leads, end, status,
                                "Ongoing" if when == "Ongoing" else None))
    doc.add_paragraph("")
    doc.add_paragraph("Note: actions marked B will be removed from the plan once noted by Full Council. "
                      "Residents can report flooding concerns to the Parish Clerk at any time.")
    doc.save(out(name))

    write_expected(
        name,
        source=("Imitates a parish council's post-flood lessons learned action plan taken to Full Council "
                "(Bourton-on-the-Water Parish Council, Storm Bert November 2024; contents invented). Copied "
                "features: council name line and title heading, agreement/update line, a small document-control "
                "table, an intro paragraph, a RAG key as a sentence (G/A/R/B letters), one numbered heading and "
                "table per phase, the lesson identified in its own column (merged down where two actions answer "
                "one lesson), 'By when' in mixed forms including an original and revised date in one cell, "
                "two councillors or a councillor and a post as lead, and a closing note."),
        reads=("A lessons-learned plan of nine actions in three numbered sections (warning and informing, "
               "response on the night, recovery). Each action answers a lesson identified and has a lead, a "
               "'by when', a RAG letter read from the key (B = complete) and a progress note."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 5. Weldmar Hospicecare - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_weldmar():
    name = "uz-weldmar-hospicecare-cqc-inspection-action-plan.docx"
    title = "Weldmar Hospicecare – CQC Inspection Action Plan 2025"
    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph("Inspection of the Inpatient Unit, Dorchester: 4 and 5 March 2025. Report published 22 May "
                      "2025. Overall rating: Good. Safe: Requires improvement.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Director of Patient Care"),
                 ("Approved by", "Clinical Governance Committee, 17 June 2025"),
                 ("Version", "2.0 – progress at 30 September 2025"),
                 ("Circulation", "Board of Trustees; Quality and Safety Committee; CQC relationship owner")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action delivered and evidence held; Green – on track; Amber – at "
                      "risk of missing the target date; Red – off track; Not started.")

    heads = ["No.", "Action", "Lead", "Target date", "Progress / evidence", "Status"]
    R1 = ("Requirement notice – Regulation 12 Safe care and treatment: The provider must ensure that controlled "
          "drugs are stored and recorded in line with national guidance and the hospice's medicines management policy.")
    R2 = ("Requirement notice – Regulation 12 Safe care and treatment: The provider must ensure that falls risk "
          "assessments are completed on admission and reviewed after every fall.")
    S1 = ("Should do: The provider should ensure that the risk register is reviewed regularly and that every action "
          "has a named owner and a date.")
    S2 = ("Should do: The provider should ensure that staff receive feedback and learning following incidents they "
          "have reported.")
    parts = [
        ("Key question: Safe", R1, [
            ("1", "Replace the controlled drugs register on the Inpatient Unit with a bound register and introduce a twice-daily balance check signed by two registered nurses.",
             "Inpatient Unit Manager", ["Inpatient Unit Manager"], "30 June 2025", "In place from 2 June 2025. Weekly audit shows 100% compliance.", "Complete", "2025-06", "blue", None),
            ("2", "Commission an external controlled drugs audit from the community pharmacy provider and act on its findings.",
             "Pharmacy Lead and Head of Quality", ["Pharmacy Lead", "Head of Quality"], "September 2025", "Audit carried out 9 September 2025; report awaited.", "Amber", "2025-09", "amber", None),
            ("3", "Complete medicines management competency assessments for all registered nurses, including agency nurses at induction.",
             "Practice Educator", ["Practice Educator"], "31/12/2025", "41 of 52 nurses assessed.", "Green", "2025-12", "green", None),
        ]),
        ("Key question: Safe", R2, [
            ("4", "Add a mandatory falls risk assessment to the SystmOne admission template.",
             "Clinical Systems Lead", ["Clinical Systems Lead"], "July 2025", "Template changed 14 July 2025.", "Complete", "2025-07", "blue", None),
            ("5", "Audit falls assessments and post-falls reviews each month and report the results to the Clinical Governance Committee.",
             "Head of Quality", ["Head of Quality"], "Monthly", "Audits for July, August and September completed.", "Green", None, "green", "Monthly"),
        ]),
        ("Key question: Well-led", S1, [
            ("6", "Review every risk on the corporate and clinical risk registers with its owner and add dated mitigating actions.",
             "Head of Quality / Company Secretary", ["Head of Quality", "Company Secretary"], "31 August 2025",
             "Not completed because of the Head of Quality vacancy; new postholder starts October 2025.", "Red", "2025-08", "red", None),
            ("7", "Present the clinical risk register to the Quality and Safety Committee of the Board of Trustees at every meeting.",
             "Director of Patient Care", ["Director of Patient Care"], "October 2025", "", "Not started", "2025-10", "unrated", None),
        ]),
        ("Key question: Well-led", S2, [
            ("8", "Add a 'learning from incidents' item to every ward huddle and publish a quarterly learning bulletin.",
             "Inpatient Unit Manager and Practice Educator", ["Inpatient Unit Manager", "Practice Educator"], "Q3 2025/26",
             "First bulletin issued August 2025.", "Green", "2025-12", "green", None),
        ]),
    ]
    expected = []
    last_heading = None
    for heading, req, rows in parts:
        if heading != last_heading:
            doc.add_heading(heading, level=2)
            last_heading = heading
        t = doc.add_table(rows=2, cols=len(heads))
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[len(heads) - 1])
        top.text = req
        top.paragraphs[0].runs[0].bold = True
        shade(top, "E2EFD9")
        for j, h in enumerate(heads):
            t.rows[1].cells[j].text = h
        bold_row(t.rows[1], "D9D9D9")
        for (no, text, leadcell, leads, when, prog, st, end, status, end_text) in rows:
            cells = t.add_row().cells
            for j, v in enumerate([no, text, leadcell, when, prog, st]):
                cells[j].text = v
            expected.append(act(no, [heading, req], text, leads, end, status, end_text))
        doc.add_paragraph("")
    doc.add_paragraph("Signed: Chief Executive, on behalf of the Board of Trustees. Date: 30 September 2025.")
    doc.save(out(name))

    write_expected(
        name,
        source=("Imitates an independent hospice's action plan after a CQC inspection (Weldmar Hospicecare, "
                "Dorset, 2025; contents invented). Copied features: title heading and inspection summary line, "
                "a document-control table, a status key paragraph, key-question headings, one table per "
                "requirement notice or should-do with the finding in a merged top row above the column headings, "
                "numbered actions, two posts in one Lead cell, target dates as dates, months, 'Monthly' and a "
                "financial quarter, status words, and a sign-off line."),
        reads=("A CQC action plan with eight numbered actions under two key questions (Safe, Well-led), each "
               "table answering one requirement notice or should-do stated in its top row. Each action has a "
               "lead, a target date, progress and a status word."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 6. Veolia UK (private firm) - HSE improvement notices tracker (csv)
# ---------------------------------------------------------------------------
def make_veolia():
    name = "uz-veolia-uk-leeds-rerf-hse-improvement-notices-action-tracker.csv"
    title = "Veolia UK – HSE Improvement Notices: Corrective Action Tracker"
    ncol = 9
    N1 = "Improvement Notice 1 (IN 312045001)"
    C1 = ("Regulation 17(1) Workplace (Health, Safety and Welfare) Regulations 1992 – traffic routes in the "
          "tipping hall not organised so that pedestrians and vehicles can circulate safely")
    N2 = "Improvement Notice 2 (IN 312045002)"
    C2 = ("Regulation 5 Provision and Use of Work Equipment Regulations 1998 – shredder feed conveyor guarding "
          "not maintained in an efficient state and in good repair")
    N3 = "Improvement Notice 3 (IN 312045003)"
    C3 = ("Section 2(2)(c) Health and Safety at Work etc. Act 1974 – inadequate information, instruction and "
          "training for operators on the bottom ash handling line")
    rows = [
        (N1, C1, "1.1", "Install physical barriers between the pedestrian walkway and the refuse collection vehicle tipping bays.",
         "Site Engineering Manager", ["Site Engineering Manager"], "30/04/2025", "", "Complete", "Barriers installed 17/04/2025.", "2025-04", "blue"),
        (N1, C1, "1.2", "Revise the site traffic management plan and driver induction:\n- one-way system for RCVs in the tipping hall\n- banksman at the tipping bays during peak deliveries\n- no pedestrian access to the tipping hall floor without a permit",
         "SHEQ Manager", ["SHEQ Manager"], "30/04/2025", "31/05/2025", "Complete", "TMP rev 4 issued 28/05/2025.", "2025-05", "blue"),
        (N1, C1, "1.3", "Brief all third-party hauliers and council collection crews on the revised traffic rules and record attendance.",
         "Weighbridge Supervisor; Contracts Manager", ["Weighbridge Supervisor", "Contracts Manager"], "31/05/2025", "31/10/2025", "Amber",
         "92% of regular drivers briefed.\nLeeds City Council crews still to be briefed - sessions offered for October.", "2025-10", "amber"),
        (N2, C2, "2.1", "Replace the damaged interlocked guard on the shredder feed conveyor and test the interlock.",
         "Maintenance Manager", ["Maintenance Manager"], "26/03/2025", "", "Complete", "Guard replaced 20/03/2025; interlock tested and certified.", "2025-03", "blue"),
        (N2, C2, "2.2", "Add weekly guard and interlock checks to the planned maintenance system (SAP PM).",
         "Maintenance Manager", ["Maintenance Manager"], "30/04/2025", "", "Complete", "", "2025-04", "blue"),
        (N2, C2, "2.3", "Carry out a PUWER assessment of all conveyors and crushers on site and close out its findings.",
         "Maintenance Manager & external PUWER assessor", ["Maintenance Manager", "external PUWER assessor"], "30/06/2025", "30/11/2025", "Amber",
         "Assessment completed 12/08/2025; 14 of 19 findings closed.", "2025-11", "amber"),
        (N3, C3, "3.1", "Develop a competency framework and written safe systems of work for bottom ash handling.",
         "Operations Manager", ["Operations Manager"], "31/10/2025", "", "On track", "Draft with GMB safety reps for consultation.", "2025-10", "green"),
        (N3, C3, "3.2", "Train and assess all 26 operators against the new competency framework.",
         "Training Coordinator", ["Training Coordinator"], "31/12/2025", "", "Not started", "Starts once framework is approved.", "2025-12", "unrated"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    pad = lambda xs: list(xs) + [""] * (ncol - len(xs))
    w.writerow(pad([title]))
    w.writerow(pad(["Site: Leeds Recycling and Energy Recovery Facility (RERF), Cross Green"]))
    w.writerow(pad(["Notices served 12 March 2025 following HSE inspection on 26 February 2025"]))
    w.writerow(pad(["Last updated 30/09/2025 by SHEQ Manager"]))
    w.writerow(pad([]))
    w.writerow(["Notice", "Contravention", "Action no.", "Corrective action", "Owner", "Due date",
                "Revised due date", "Status", "Comments"])
    expected = []
    last = None
    for (n, c, ref, text, leadcell, leads, due, rev, st, com, end, status) in rows:
        if n != last:
            first = [n, c]
            last = n
        else:
            first = ["", ""]
        w.writerow(first + [ref, text, leadcell, due, rev, st, com])
        expected.append(act(ref, [n, c], text, leads, end, status))
    w.writerow(pad([]))
    w.writerow(pad(["Totals: 8 actions – 4 complete, 1 on track, 2 amber, 1 not started"]))
    w.writerow(pad(["Evidence of completion is sent to the HSE inspector by the SHEQ Manager."]))
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    write_expected(
        name,
        source=("Imitates a waste company's corrective action tracker for HSE improvement notices, saved from "
                "Excel as CSV (Veolia UK, Leeds RERF, 2025; contents invented). Copied features: title and site "
                "lines above the header, an update line, notice and contravention given only on the first row of "
                "each notice, original and revised due dates (day-first), a multi-line corrective action and a "
                "multi-line comment in quoted fields, two owners in one cell, status words, a totals line and a "
                "note, UTF-8 BOM and trailing empty columns from the Excel export."),
        reads=("A tracker of eight corrective actions answering three HSE improvement notices; each notice and "
               "its contravention are written once and carry down to the following rows. Each action has an "
               "owner, a due date (revised where given), a status and comments."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 7. Dartmoor NPA - programme highlight report (txt, tab-separated export)
# ---------------------------------------------------------------------------
def make_dartmoor():
    name = "uz-dartmoor-npa-peatland-restoration-programme-highlight-report.txt"
    title = "Dartmoor Peatland Restoration Programme – Highlight Report No. 9"
    W1 = "WS1 – Restoration delivery"
    W2 = "WS2 – Monitoring and evidence"
    W3 = "WS3 – Commoners and landowners"
    items = [
        (W1, "1.1", "Complete ditch blocking and re-profiling at Winneys Down (Phase 2)", "Peatland Project Officer",
         ["Peatland Project Officer"], "Oct-25", "Oct-25", "G", "G", "Contractor on site from 1 September; 60% complete.", "2025-10", "green"),
        (W1, "1.2", "Obtain Section 38 Commons Act 2006 consent for restoration works on Walkhampton Common", "Programme Manager",
         ["Programme Manager"], "Jul-25", "Dec-25", "A", "R", "Objection received in August; Planning Inspectorate hearing expected in November.", "2025-12", "red"),
        (W1, "1.3", "Procure the 2026-2028 restoration contractor framework", "Procurement Officer / Programme Manager",
         ["Procurement Officer", "Programme Manager"], "Nov-25", "Jan-26", "G", "A", "Tender documents with Devon County Council procurement for review.", "2026-01", "amber"),
        (W2, "2.1", "Install dipwells and water-table loggers at the Winneys Down monitoring sites", "Monitoring Officer",
         ["Monitoring Officer"], "Jun-25", "Jun-25", "G", "C", "All 24 loggers installed and downloading.", "2025-06", "blue"),
        (W2, "2.2", "Publish the 2024/25 peatland condition monitoring report", "Senior Ecologist",
         ["Senior Ecologist"], "Sep-25", "Nov-25", "A", "A", "University of Exeter data received late; draft report in review.", "2025-11", "amber"),
        (W3, "3.1", "Hold briefings with commoners' associations on the 2026 works programme", "Commons Liaison Officer",
         ["Commons Liaison Officer"], "Dec-25", "Dec-25", "G", "G", "Four of seven associations briefed.", "2025-12", "green"),
        (W3, "3.2", "Agree stock exclusion arrangements during rewetting with the Dartmoor Commoners' Council", "Head of Natural Environment; Commons Liaison Officer",
         ["Head of Natural Environment", "Commons Liaison Officer"], "Sep-25", "Nov-25", "A", "A", "Draft agreement considered by the Commoners' Council on 8 October.", "2025-11", "amber"),
    ]
    L = []
    L.append("Dartmoor National Park Authority")
    L.append(title)
    L.append("Reporting period:\t1 August – 30 September 2025")
    L.append("Report to:\tPeatland Programme Board, 16 October 2025")
    L.append("Programme Manager:\tR. Whiteley")
    L.append("SRO:\tDirector of Conservation and Communities")
    L.append("")
    L.append("OVERALL STATUS")
    L.append("\tPrevious\tCurrent")
    L.append("Overall\tA\tA")
    L.append("Time\tA\tR")
    L.append("Cost\tG\tG")
    L.append("Scope\tG\tG")
    L.append("")
    L.append("RAG key: G = on track; A = at risk but recoverable; R = off track, Board decision needed; C = complete")
    L.append("")
    L.append("SUMMARY")
    L.append("Phase 2 restoration at Winneys Down is on site and on budget. The consent for Walkhampton Common has been")
    L.append("delayed by an objection and the 2025/26 works there will move into the next season.")
    L.append("")
    L.append("KEY MILESTONES AND ACTIONS")
    L.append("Ref\tMilestone / action\tOwner\tBaseline date\tForecast date\tPrevious RAG\tCurrent RAG\tCommentary")
    expected = []
    last = None
    for (ws_, ref, text, leadcell, leads, base, fc, prev, cur, com, end, status) in items:
        if ws_ != last:
            L.append(ws_)
            last = ws_
        L.append("\t".join([ref, text, leadcell, base, fc, prev, cur, com]))
        if ref == "1.2":
            L.append("\t\t\t\t\t\t\tWorks budget for 2025/26 (£180k) to be re-profiled if consent is not given.")
        expected.append(act(ref, [ws_], text, leads, end, status))
    L.append("")
    L.append("DECISIONS REQUIRED FROM THE BOARD")
    L.append("1. Agree to re-profile the Walkhampton Common works budget into 2026/27 if consent is refused.")
    L.append("")
    L.append("NEXT PERIOD")
    L.append("Complete Winneys Down Phase 2; issue framework tender; publish monitoring report.")
    L.append("")
    L.append("Prepared by the Programme Manager, 9 October 2025")
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

    write_expected(
        name,
        source=("Imitates a national park authority's programme highlight report to a programme board, as a "
                "plain-text / tab-separated export (Dartmoor National Park Authority peatland restoration, "
                "Highlight Report No. 9, October 2025; contents invented). Copied features: body and report "
                "title lines, key-value header lines, an overall status block with previous and current RAG, a "
                "RAG key where C = complete, a summary paragraph, workstream lines over the milestone rows, "
                "baseline and forecast dates (Mon-YY), previous and current RAG columns, a commentary "
                "continuation line, decisions and next-period sections."),
        reads=("A highlight report whose milestone table lists seven actions under three workstreams, each with "
               "an owner, a baseline and a forecast date (the forecast is the end) and previous and current RAG "
               "letters; the status is the current RAG, with C read as complete by the report's own key."),
        outcome="read", title=title, actions=expected)


if __name__ == "__main__":
    make_cgl()
    make_dcms()
    make_cpca()
    make_bourton()
    make_weldmar()
    make_veolia()
    make_dartmoor()
    print("built 7 uz- cases in", HERE)
