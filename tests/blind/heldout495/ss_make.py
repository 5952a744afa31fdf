#!/usr/bin/env python3
"""Build the seven ss- cases of set heldout495 (data files and their expected readings).

Run with /work/main/.venv/bin/python ss_make.py  (openpyxl, python-docx, pyyaml).
Only writes files whose names start with "ss-" in this folder.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
GREY, LIGHT, HEAD = "D9D9D9", "F2F2F2", "1F3864"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}


def out(name):
    assert name.startswith("ss-")
    return os.path.join(HERE, name)


def write_expected(name, data):
    assert name.startswith("ss-")
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
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
# 1. Rutland County Council - Strategic Risk Register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def rutland():
    name = "ss-rutland-county-council-strategic-risk-register-2025-26.xlsx"
    title = "Rutland County Council – Strategic Risk Register 2025/26"
    risks = [
        dict(
            risk="SR1 – Financial sustainability",
            desc=("Cause: continued growth in demand for adult social care, SEND and home to school "
                  "transport, combined with a low funding baseline and uncertainty over the Fair Funding Review.\n"
                  "Event: the Council is unable to set a balanced budget over the medium term.\n"
                  "Effect: unplanned use of reserves, reductions in services and, ultimately, a s114 notice."),
            owner="Strategic Director of Resources",
            inh=(5, 5), res=(4, 5), trend="↔",
            controls=("Medium Term Financial Plan refreshed twice yearly; quarterly budget monitoring to Cabinet; "
                      "savings tracker reviewed monthly by SMT; Reserves Strategy."),
            actions=[
                ("SR1.1", "Deliver the 2026/27 budget proposals and savings plan for consultation, closing the forecast gap of £2.1m.",
                 "Head of Finance (Deputy S151 Officer)", ["Head of Finance (Deputy S151 Officer)"],
                 dt.date(2026, 1, 31), "2026-01", "green"),
                ("SR1.2", "Complete the review of reserves and refresh the Reserves Strategy, including the minimum level of General Fund balance.",
                 "Strategic Director of Resources", ["Strategic Director of Resources"],
                 dt.date(2025, 11, 28), "2025-11", "blue"),
                ("SR1.3", "Respond to the Fair Funding Review 2.0 consultation and model the impact of the proposals on the MTFP.",
                 "Head of Finance / Strategic Director of Resources", ["Head of Finance", "Strategic Director of Resources"],
                 dt.date(2025, 8, 15), "2025-08", "blue"),
            ]),
        dict(
            risk="SR2 – SEND and home to school transport demand",
            desc=("Cause: the number of children and young people with an EHCP continues to rise faster than the High Needs Block.\n"
                  "Event: the DSG deficit grows beyond the end of the statutory override.\n"
                  "Effect: pressure on the General Fund and on the sufficiency of local specialist places."),
            owner="Strategic Director of Children and Families",
            inh=(5, 4), res=(4, 4), trend="↑",
            controls=("Delivering Better Value programme; SEND Sufficiency Plan; High Needs Block recovery plan "
                      "reported to Schools Forum; transport eligibility policy."),
            actions=[
                ("SR2.1", "Implement the Delivering Better Value (DBV) workstreams on early identification and inclusion in mainstream schools.",
                 "Head of Learning and Skills", ["Head of Learning and Skills"],
                 "March 2026", "2026-03", "green"),
                ("SR2.2", "Re-procure home to school transport contracts through a dynamic purchasing system.",
                 "Head of Commissioning", ["Head of Commissioning"],
                 "30/09/2025\nRevised: 31/12/2025", "2025-12", "amber"),
                ("SR2.3", "Open the new SEND resourced provision (12 places) in the Oakham primary cluster.",
                 "Head of Learning and Skills; Head of Property Services", ["Head of Learning and Skills", "Head of Property Services"],
                 dt.date(2026, 9, 1), "2026-09", "green"),
            ]),
        dict(
            risk="SR3 – Cyber security and business continuity",
            desc=("Cause: increasing volume and sophistication of cyber attacks on local government.\n"
                  "Event: a successful ransomware or phishing attack on council systems.\n"
                  "Effect: loss of systems and data, inability to deliver critical services, ICO action."),
            owner="Head of Digital and Technology",
            inh=(4, 5), res=(3, 5), trend="↔",
            controls="PSN compliance; MFA on all accounts; immutable back-ups; Business Continuity Plans for critical services.",
            actions=[
                ("SR3.1", "Complete the baseline self-assessment against the Cyber Assessment Framework (CAF) for local government.",
                 "Head of Digital and Technology", ["Head of Digital and Technology"],
                 dt.date(2025, 12, 1), "2025-12", "amber"),
                ("SR3.2", "Deliver mandatory cyber awareness training to all staff and members, with completion rates reported to SMT quarterly.",
                 "Head of Digital and Technology & Emergency Planning Officer", ["Head of Digital and Technology", "Emergency Planning Officer"],
                 "Ongoing", None, "green"),
            ]),
        dict(
            risk="SR4 – Workforce capacity and resilience",
            desc=("Cause: a small organisation with single points of failure and a competitive regional labour market.\n"
                  "Event: inability to recruit and retain staff in key roles.\n"
                  "Effect: statutory duties not met, reliance on interim staff, delays to priorities."),
            owner="Chief Executive",
            inh=(4, 4), res=(3, 4), trend="↓",
            controls="Workforce Strategy; market supplements policy; agency spend reported monthly; apprenticeship scheme.",
            actions=[
                ("SR4.1", "Launch the refreshed recruitment and retention offer for hard to fill posts (planning, social work, legal).",
                 "Head of HR", ["Head of HR"],
                 dt.date(2025, 10, 31), "2025-10", "blue"),
                ("SR4.2", "Produce succession plans for the single points of failure identified in the service resilience review.",
                 "Head of HR / All Heads of Service", ["Head of HR", "All Heads of Service"],
                 "Q4 2025/26", "2026-03", "red"),
            ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color=HEAD)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [("Version", "3.2"), ("Risk register owner", "Strategic Director of Resources"),
            ("Reviewed by", "Strategic Management Team, 14 October 2025"),
            ("Reported to", "Audit and Risk Committee, 18 November 2025"),
            ("Next review", "January 2026 (Quarter 3)")]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BORDER
    cov["A10"] = ("The Strategic Risk Register records the risks that could prevent the Council delivering the "
                  "Corporate Strategy 2022-2027. Each risk is scored before (inherent) and after (residual) the "
                  "controls in place. Further actions are tracked until complete.")
    cov["A10"].alignment = WRAP
    cov.merge_cells("A10:F13")
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 48

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Risk profile – Quarter 2 2025/26"
    summ["A1"].font = Font(bold=True, size=14)
    hdr = ["Risk", "Inherent score", "Residual score", "Target score", "Direction of travel"]
    for j, h in enumerate(hdr, 1):
        c = summ.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.border = BORDER
    targets = [12, 12, 10, 8]
    for i, r in enumerate(risks):
        row = 4 + i
        inh = r["inh"][0] * r["inh"][1]
        res = r["res"][0] * r["res"][1]
        vals = [r["risk"], inh, res, targets[i], r["trend"]]
        for j, v in enumerate(vals, 1):
            c = summ.cell(row, j, v)
            c.border = BORDER
        summ.cell(row, 2).fill = fill(RED if inh >= 15 else AMBER)
        summ.cell(row, 3).fill = fill(RED if res >= 15 else AMBER)
    summ.cell(9, 1, "Total red residual risks").font = Font(bold=True)
    summ.cell(9, 2, sum(1 for r in risks if r["res"][0] * r["res"][1] >= 15))
    summ.cell(10, 1, "Total amber residual risks").font = Font(bold=True)
    summ.cell(10, 2, sum(1 for r in risks if r["res"][0] * r["res"][1] < 15))
    summ.column_dimensions["A"].width = 48
    for col in "BCDE":
        summ.column_dimensions[col].width = 16

    ws = wb.create_sheet("Register")
    ncol = 16
    ws.cell(1, 1, title).font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Quarter 2 2025/26 – position at 30 September 2025")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    top = ["Risk", "Description (cause, event, effect)", "Risk owner", "Inherent risk", None, None,
           "Key controls in place", "Residual risk", None, None, "Trend", "Further actions required",
           None, "Action owner", "Target date", "Action status"]
    sub = [None, None, None, "L", "I", "Score", None, "L", "I", "Score", None, "Ref", "Action",
           None, None, None]
    for j in range(1, ncol + 1):
        for rr, vals in ((4, top), (5, sub)):
            c = ws.cell(rr, j, vals[j - 1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(HEAD)
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            c.border = BORDER
    ws.merge_cells("D4:F4")
    ws.merge_cells("H4:J4")
    ws.merge_cells("L4:M4")
    for col in "ABCGKNOP":
        ws.merge_cells(f"{col}4:{col}5")

    row = 6
    expected = []
    for r in risks:
        first = row
        for (ref, text, lead_cell, lead, target, end, status) in r["actions"]:
            ws.cell(row, 12, ref)
            ws.cell(row, 13, text)
            ws.cell(row, 14, lead_cell)
            c = ws.cell(row, 15, target)
            if isinstance(target, dt.date):
                c.number_format = "mmm-yy" if target.day == 1 else "dd/mm/yyyy"
            ws.cell(row, 16).fill = fill(FILL[status])
            kw = {}
            if end is None:
                kw["end_text"] = target
            expected.append(act(ref, [r["risk"]], text, lead, end, status, **kw))
            row += 1
        last = row - 1
        inh = r["inh"][0] * r["inh"][1]
        res = r["res"][0] * r["res"][1]
        vals = {1: r["risk"], 2: r["desc"], 3: r["owner"], 4: r["inh"][0], 5: r["inh"][1], 6: inh,
                7: r["controls"], 8: r["res"][0], 9: r["res"][1], 10: res, 11: r["trend"]}
        for col, v in vals.items():
            ws.cell(first, col, v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(first, 6).fill = fill(RED if inh >= 15 else AMBER)
        ws.cell(first, 10).fill = fill(RED if res >= 15 else AMBER)
        ws.cell(first, 1).font = Font(bold=True)
        for rr in range(first, last + 1):
            for j in range(1, ncol + 1):
                ws.cell(rr, j).border = BORDER
                ws.cell(rr, j).alignment = WRAP
    widths = [22, 50, 20, 4, 4, 7, 40, 4, 4, 7, 7, 8, 55, 28, 14, 10]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Risk scoring key"
    key["A1"].font = Font(bold=True, size=14)
    key["A3"] = "Likelihood (L)"
    key["B3"] = "Impact (I)"
    for c in ("A3", "B3"):
        key[c].font = Font(bold=True)
    lik = ["1 – Rare", "2 – Unlikely", "3 – Possible", "4 – Likely", "5 – Almost certain"]
    imp = ["1 – Negligible", "2 – Minor", "3 – Moderate", "4 – Major", "5 – Critical"]
    for i in range(5):
        key.cell(4 + i, 1, lik[i])
        key.cell(4 + i, 2, imp[i])
    key["A10"] = "Score = L x I. 15-25 Red; 8-12 Amber; 1-6 Green."
    key["A12"] = "Action status"
    key["A12"].font = Font(bold=True)
    kk = [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage – revised date agreed"),
          (RED, "Off track / not started")]
    for i, (col, txt) in enumerate(kk, start=13):
        key.cell(i, 1).fill = fill(col)
        key.cell(i, 2, txt)
    key.column_dimensions["A"].width = 22
    key.column_dimensions["B"].width = 40

    wb.save(out(name))
    write_expected(name, {
        "source": ("Imitates the quarterly Strategic Risk Register appendix an English unitary council reports to its "
                   "audit committee (Rutland County Council, 2025/26; layout after the strategic risk registers that "
                   "Reading, East Sussex and Bracknell Forest publish with committee papers). Copied features: cover "
                   "sheet with document control, a summary sheet of risk scores, the register with a two-row merged "
                   "header (inherent/residual L, I, score), risk cells merged down over their further actions, "
                   "cause/event/effect descriptions, red/amber score fills, fill-only action status with the key on a "
                   "separate scoring sheet, a revised date inside the target cell, job titles as owners."),
        "reads": ("A strategic risk register of four risks (SR1–SR4), each with a merged risk block and two or three "
                  "further actions with their own refs (SR1.1 ...), action owners, target dates and a colour-only "
                  "action status explained on the Scoring key sheet. The cover and summary sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Redditch Borough Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def redditch():
    name = "ss-redditch-borough-council-internal-audit-recommendations-tracker.xlsx"
    title = "Redditch Borough Council – Internal Audit Recommendations Tracker"
    STAT = {"Implemented": ("blue", BLUE), "On target": ("green", GREEN),
            "Revised date": ("amber", AMBER), "Overdue": ("red", RED)}
    audits = [
        ("General Ledger 2024/25 – Limited Assurance (final report 12/11/2025)", [
            ("GL1", "High",
             "Suspense account reconciliations for 2024/25 had not been completed or independently reviewed at the time of the audit.",
             "Suspense accounts should be reconciled monthly, with evidence of independent review retained.",
             "Financial Services Team to clear the 2024/25 backlog and then complete monthly suspense account reconciliations, signed off by the Financial Services Manager.",
             "Financial Services Manager", ["Financial Services Manager"],
             dt.date(2026, 3, 31), None, "Backlog cleared to September 2025. Monthly process in place from October 2025.",
             "On target", "2026-03"),
            ("GL2", "High",
             "Bank reconciliations were three months in arrears for both the Redditch and Bromsgrove ledgers.",
             "Bank reconciliations should be brought up to date and completed within 10 working days of month end.",
             "Bring bank reconciliations up to date and introduce a month-end close timetable with named officers for each step.",
             "Head of Financial and Customer Services / Financial Services Manager",
             ["Head of Financial and Customer Services", "Financial Services Manager"],
             dt.date(2025, 9, 30), dt.date(2026, 2, 28),
             "Reconciled to October 2025. Revised date agreed by the Section 151 Officer owing to finance system upgrade.",
             "Revised date", "2026-02"),
            ("GL3", "Medium",
             "Journals of any value could be posted and approved by the same officer.",
             "Journal authorisation limits should be reviewed and enforced within the finance system.",
             "Configure the journal approval workflow so that journals over £50,000 require second approval.",
             "Systems Accountant", ["Systems Accountant"],
             dt.date(2025, 10, 31), None, "Workflow live from 20 October 2025; tested by Internal Audit.",
             "Implemented", "2025-10"),
        ]),
        ("Corporate Health and Safety 2025/26 – Limited Assurance (final report 03/12/2025)", [
            ("HS1", "High",
             "59% of new starters sampled had not completed health and safety induction training.",
             "All new starters should complete mandatory health and safety induction training within their first month.",
             "HR to issue monthly exception reports of incomplete induction training to managers, with escalation to Heads of Service after six weeks.",
             "HR and OD Manager", ["HR and OD Manager"],
             dt.date(2026, 1, 31), None, "First exception report issued December 2025.",
             "On target", "2026-01"),
            ("HS2", "High",
             "Fire risk assessments for three operational buildings were past their review date.",
             "Fire risk assessments should be reviewed at the frequency set out in the Corporate Health and Safety Policy.",
             "Complete the overdue fire risk assessments at the Town Hall, Abbey Stadium and the Crossgates depot and record review dates on the compliance database.",
             "Health and Safety Advisor and Facilities Manager", ["Health and Safety Advisor", "Facilities Manager"],
             dt.date(2025, 12, 31), None, "Town Hall assessment complete. Depot and Abbey Stadium outstanding.",
             "Overdue", "2025-12"),
            ("HS3", "Medium",
             "The Lone Working Procedure had not been reviewed since 2019.",
             "Lone working procedures should be refreshed and communicated to all relevant staff.",
             "Refresh the Lone Working Procedure and roll out the lone worker app to Environmental Services and Housing staff.",
             "Head of Environmental Services; Head of Housing Services",
             ["Head of Environmental Services", "Head of Housing Services"],
             dt.date(2026, 3, 31), None, "Draft procedure at consultation with trade unions.",
             "On target", "2026-03"),
        ]),
        ("Council Tax 2024/25 – Moderate Assurance (final report 18/06/2025)", [
            ("CT1", "Medium",
             "No review of single person discounts had been carried out since 2022.",
             "Single person discount reviews should be carried out annually.",
             "Procure and complete a data-matching review of all single person discounts.",
             "Revenues Manager", ["Revenues Manager"],
             dt.date(2025, 6, 30), dt.date(2026, 3, 31), "Provider appointed November 2025; data extract sent.",
             "Revised date", "2026-03"),
            ("CT2", "Medium",
             "Write-offs above £5,000 had not been reported to members in 2024/25.",
             "Write-offs should be approved in line with the Financial Regulations and reported to members.",
             "Write-off schedules to be approved by the Section 151 Officer and reported to Executive Committee six-monthly.",
             "Revenues Manager", ["Revenues Manager"],
             dt.date(2025, 9, 30), None, "Reported to Executive Committee 9 September 2025.",
             "Implemented", "2025-09"),
        ]),
        ("Data Protection 2025/26 – Limited Assurance (final report 21/11/2025)", [
            ("DP1", "High",
             "The Record of Processing Activities (ROPA) was incomplete for six service areas.",
             "The ROPA should be completed and kept under review by Information Asset Owners.",
             "Information Management Team to complete the ROPA with each service area; Information Asset Owners to confirm their entries annually.",
             "Data Protection Officer", ["Data Protection Officer"],
             dt.date(2026, 3, 31), None, "Four of six service areas complete.",
             "On target", "2026-03"),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Follow Up"
    ncol = 10
    ws.cell(1, 1, title).font = Font(bold=True, size=14)
    ws.cell(2, 1, "Audit, Governance and Standards Committee, 29 January 2026 – Appendix 4")
    ws.cell(3, 1, "Outstanding high and medium priority recommendations: position at 31 December 2025 "
                  "(Worcestershire Internal Audit Shared Service)")
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)

    # summary block
    allrecs = [rec for _, recs in audits for rec in recs]
    ws.cell(5, 1, "Summary").font = Font(bold=True)
    sh = ["Priority", "Total", "Implemented", "On target", "Revised date", "Overdue"]
    for j, h in enumerate(sh, 1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BORDER
    r = 7
    for pr in ("High", "Medium", "Total"):
        recs = [x for x in allrecs if pr == "Total" or x[1] == pr]
        vals = [pr, len(recs)] + [sum(1 for x in recs if x[10] == s) for s in sh[2:]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.border = BORDER
            if pr == "Total":
                c.font = Font(bold=True)
        r += 1
    ws.cell(11, 1, "Status key: Implemented (blue) · On target – in progress within the agreed date (green) · "
                   "Revised date – extension agreed by the Section 151 Officer (amber) · Overdue – agreed date passed "
                   "and not implemented (red)")
    ws.merge_cells(start_row=11, start_column=1, end_row=11, end_column=ncol)

    hdr = ["Ref", "Priority", "Finding", "Recommendation", "Agreed management action", "Responsible officer",
           "Original implementation date", "Revised implementation date", "Update (December 2025)", "Status"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(13, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5496")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    row = 14
    expected = []
    for audit, recs in audits:
        c = ws.cell(row, 1, audit)
        c.font = Font(bold=True)
        for j in range(1, ncol + 1):
            ws.cell(row, j).fill = fill(GREY)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        row += 1
        for (ref, pr, finding, rec, action, lead_cell, lead, orig, rev, upd, st, end) in recs:
            vals = [ref, pr, finding, rec, action, lead_cell, orig, rev, upd, st]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row, j, v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row, 10).fill = fill(STAT[st][1])
            expected.append(act(ref, [audit, rec], action, lead, end, STAT[st][0]))
            row += 1
    row += 1
    ws.cell(row, 1, "Low priority recommendations are followed up by management and are not reported to Committee.")
    widths = [7, 9, 38, 38, 45, 26, 14, 14, 36, 13]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A14"

    d = wb.create_sheet("Definitions")
    d["A1"] = "Assurance levels and priority definitions"
    d["A1"].font = Font(bold=True, size=13)
    defs = [("Full assurance", "The system of internal control meets the organisation's objectives."),
            ("Significant assurance", "Minor weaknesses in the system of internal control."),
            ("Moderate assurance", "Some weaknesses; some objectives at risk."),
            ("Limited assurance", "Significant weaknesses; objectives at risk."),
            ("No assurance", "Fundamental weaknesses; system open to abuse or error."),
            ("", ""),
            ("High priority", "Action required immediately to address a significant control weakness."),
            ("Medium priority", "Action required within an agreed timescale."),
            ("Low priority", "Action recommended to improve efficiency or good practice.")]
    for i, (a, b) in enumerate(defs, start=3):
        d.cell(i, 1, a).font = Font(bold=True)
        d.cell(i, 2, b)
    d.column_dimensions["A"].width = 24
    d.column_dimensions["B"].width = 70

    wb.save(out(name))
    write_expected(name, {
        "source": ("Imitates the follow-up appendix of the Worcestershire Internal Audit Shared Service progress report "
                   "to Redditch Borough Council's Audit, Governance and Standards Committee (moderngovwebpublic."
                   "redditchbc.gov.uk; 2025/26 reports list General Ledger, Corporate Health and Safety and Data "
                   "Protection audits with limited assurance). Copied features: title block naming committee and "
                   "appendix, a priority/status summary block, a one-line status key, merged grey audit heading rows "
                   "carrying assurance level, finding and recommendation columns before the agreed action, original "
                   "and revised implementation dates, status word with matching fill, a definitions sheet."),
        "reads": ("A tracker of nine high and medium priority internal audit recommendations grouped under four audit "
                  "headings. Each row gives the finding, the recommendation, the agreed management action, the "
                  "responsible officer(s), original and sometimes revised dates, and a status word that the key maps "
                  "to blue/green/amber/red. The summary table and key are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. Rotherham Safeguarding Children Partnership - CSPR Child F action plan (xlsx)
# ---------------------------------------------------------------------------
def rotherham():
    name = "ss-rotherham-safeguarding-children-partnership-cspr-child-f-action-plan.xlsx"
    title = "Rotherham Safeguarding Children Partnership – Child Safeguarding Practice Review ‘Child F’: Multi-Agency Action Plan"
    RAG = {"Complete": ("blue", BLUE), "On track": ("green", GREEN), "Some slippage": ("amber", AMBER),
           "Off track": ("red", RED), "": ("unrated", None)}
    plan = [
        ("Learning theme 1: Recognising and responding to the risk posed by men in the household", [
            ("Recommendation 1: Partners should ensure that practitioners routinely identify, assess and engage fathers and male carers, including those who are not resident in the household.", [
                ("1.1", "Update the RSCP ‘Think Family’ multi-agency practice guidance to include a section on engaging fathers and non-resident male carers.",
                 "RSCP Business Unit", "RSCP Business Manager", ["RSCP Business Manager"],
                 "September 2025", "2025-09", None,
                 "Guidance on the RSCP website and referenced in training", "Published 29 September 2025.", "Complete"),
                ("1.2", "Deliver a programme of ‘Seeing the Man’ briefings to:\n- children’s social care and early help\n- health visiting and school nursing\n- designated safeguarding leads in schools",
                 "RSCP Learning and Improvement Sub-group", "Chair of Learning and Improvement Sub-group",
                 ["Chair of Learning and Improvement Sub-group"],
                 "December 2025", "2025-12", None,
                 "Number attending; post-briefing evaluation", "Four of six sessions delivered; 212 attendees.", "On track"),
            ]),
            ("Recommendation 2: Children’s Services should seek assurance that assessments and plans record who the significant males are and what is known about them.", [
                ("2.1", "Audit a sample of 20 child protection assessments to test whether male carers were seen, checked and included in planning.",
                 "Rotherham MBC Children’s Services", "Head of Service – Quality Assurance",
                 ["Head of Service – Quality Assurance"],
                 "Q4 2025/26", "2026-03", None,
                 "Audit report to RSCP Performance and Quality Sub-group", "Audit tool agreed; fieldwork in January.", "On track"),
                ("2.2", "Add a mandatory ‘significant males’ section to the Early Help assessment and child protection conference reports.",
                 "Rotherham MBC Children’s Services", "Head of Early Help / Head of Safeguarding",
                 ["Head of Early Help", "Head of Safeguarding"],
                 "Oct 2025 – Jan 2026", "2026-01", "Oct 2025 – Jan 2026",
                 "Field completed in 90% of audited cases", "Liquidlogic change request raised; testing delayed to January.", "Some slippage"),
            ]),
        ]),
        ("Learning theme 2: Information sharing when families move between areas", [
            ("Recommendation 3: The RSCP should agree arrangements with neighbouring partnerships for sharing information when a family known to services moves across local authority boundaries.", [
                ("3.1", "Agree a cross-boundary information sharing protocol with the Sheffield, Doncaster and Barnsley safeguarding children partnerships.",
                 "RSCP", "RSCP Business Manager", ["RSCP Business Manager"],
                 "March 2026", "2026-03", None,
                 "Protocol signed by the four partnerships", "Draft shared with South Yorkshire business managers.", "On track"),
                ("3.2", "Health visiting and school nursing to request records from the previous provider within five working days of a move-in notification.",
                 "The Rotherham NHS Foundation Trust", "Named Nurse Safeguarding Children",
                 ["Named Nurse Safeguarding Children"],
                 "July 2025", "2025-07", None,
                 "Compliance above 95% in quarterly audit", "Standard operating procedure in place; Q2 compliance 97%.", "Complete"),
            ]),
            ("Recommendation 4: NHS South Yorkshire ICB should ensure that GP practices are alerted when a child subject to a plan or in care registers with them.", [
                ("4.1", "GP practices to code children who move into the area with a child protection plan or who are looked after, and alert the Named GP.",
                 "NHS South Yorkshire ICB (Rotherham Place)", "Designated Nurse & Named GP for Safeguarding",
                 ["Designated Nurse", "Named GP for Safeguarding"],
                 dt.date(2026, 1, 31), "2026-01", None,
                 "Coding audit in 10 practices", "Not yet started – awaiting clinical system template.", "Off track"),
            ]),
        ]),
        ("Learning theme 3: Neglect and the impact of parental mental health", [
            ("Recommendation 5: Adult services should consider the needs of children when working with parents who have mental health difficulties.", [
                ("5.1", "Adult mental health services to complete the ‘Think Family’ screening questions for all service users with caring responsibilities for children, with compliance reported quarterly.",
                 "RDaSH", "Head of Safeguarding (RDaSH)", ["Head of Safeguarding (RDaSH)"],
                 "Ongoing – quarterly reporting", None, "Ongoing – quarterly reporting",
                 "Quarterly compliance report to RSCP", "Q2 compliance 81% (target 90%).", "On track"),
                ("5.2", "Refresh the Graded Care Profile 2 (GCP2) neglect training offer for schools and early years settings.",
                 "Rotherham MBC Education", "Education Safeguarding Lead", ["Education Safeguarding Lead"],
                 "Summer term 2026", "2026-07", "Summer term 2026",
                 "Number of settings with a trained GCP2 assessor", "Scheduled to begin in the spring term 2026.", ""),
            ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncol = 8
    ws.cell(1, 1, title).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Review published: 12 June 2025 | Progress reported to: RSCP Executive Group, 4 December 2025")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(4, 1, "RAG status:").font = Font(bold=True)
    for j, (txt, col) in enumerate([("Complete", BLUE), ("On track", GREEN), ("Some slippage", AMBER),
                                    ("Off track", RED)], start=2):
        c = ws.cell(4, j, txt)
        c.fill = fill(col)
        c.border = BORDER
    hdr = ["No.", "Action", "Lead agency", "Lead officer", "Timescale",
           "Evidence of impact / measure of success", "Progress update (November 2025)", "RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    row = 7
    expected = []
    for theme, recs in plan:
        c = ws.cell(row, 1, theme)
        c.font = Font(bold=True, color="FFFFFF")
        for j in range(1, ncol + 1):
            ws.cell(row, j).fill = fill("7030A0")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        row += 1
        for rec, actions in recs:
            c = ws.cell(row, 1, rec)
            c.font = Font(bold=True)
            c.alignment = WRAP
            for j in range(1, ncol + 1):
                ws.cell(row, j).fill = fill("E4DFEC")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
            ws.row_dimensions[row].height = 30
            row += 1
            for (no, text, agency, lead_cell, lead, ts, end, end_text, evid, upd, rag) in actions:
                vals = [no, text, agency, lead_cell, ts, evid, upd, rag]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row, j, v)
                    c.alignment = WRAP
                    c.border = BORDER
                    if isinstance(v, dt.date):
                        c.number_format = "dd/mm/yyyy"
                if RAG[rag][1]:
                    ws.cell(row, 8).fill = fill(RAG[rag][1])
                kw = {"end_text": end_text} if end_text else {}
                expected.append(act(no, [theme, rec], text, lead, end, RAG[rag][0], **kw))
                row += 1
    widths = [6, 55, 24, 28, 16, 30, 36, 14]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w

    vh = wb.create_sheet("Version history")
    vh["A1"] = "Version history"
    vh["A1"].font = Font(bold=True, size=13)
    for j, h in enumerate(["Version", "Date", "Author", "Changes"], 1):
        vh.cell(3, j, h).font = Font(bold=True)
    vhist = [("0.1", "30/06/2025", "RSCP Business Manager", "Draft from review recommendations"),
             ("1.0", "17/07/2025", "RSCP Business Manager", "Agreed by Executive Group"),
             ("1.3", "24/11/2025", "RSCP Business Unit", "November progress updates")]
    for i, v in enumerate(vhist, start=4):
        for j, x in enumerate(v, 1):
            vh.cell(i, j, x)
    vh.column_dimensions["C"].width = 26
    vh.column_dimensions["D"].width = 40

    wb.save(out(name))
    write_expected(name, {
        "source": ("Imitates a safeguarding children partnership's CSPR multi-agency action plan as reported to its "
                   "executive (Rotherham Safeguarding Children Partnership, review 'Child F', 2025). Copied features: "
                   "partnership title block with publication and reporting dates, a colour RAG key row, purple learning "
                   "theme bands and lighter recommendation bands merged across the table, numbered actions with lead "
                   "agency and lead officer columns, evidence of impact and progress columns, RAG words with fills "
                   "(including the key's 'Some slippage'), a bulleted multi-line action, a period and an 'Ongoing' "
                   "timescale, a school term, a blank RAG, and a version history sheet."),
        "reads": ("A CSPR action plan with three learning themes, each holding one or two numbered recommendations, "
                  "and nine numbered actions (1.1–5.2) under them. Each action has a lead agency, a lead officer "
                  "(two posts in two cells), a timescale and a RAG word that the key row maps to colours; one action "
                  "has no RAG yet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
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


def header_row(table, labels, hexcol="1F3864"):
    for j, h in enumerate(labels):
        c = table.rows[0].cells[j]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        shade(c, hexcol)
        from docx.shared import RGBColor
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Council of the Isles of Scilly - Corporate Plan Delivery Plan 2025/26 (docx)
# ---------------------------------------------------------------------------
def scilly():
    name = "ss-council-of-the-isles-of-scilly-corporate-plan-delivery-plan-2025-26.docx"
    title = "Council of the Isles of Scilly Corporate Plan 2022–2026: Delivery Plan 2025/26"
    ST = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    objectives = [
        ("Objective 1: Housing – more affordable homes for island residents",
         "We will increase the supply of affordable homes and make best use of the homes we already have.",
         [("H1", "Complete the Isles of Scilly Housing Needs Survey 2025 and publish the results.",
           "Housing Manager", ["Housing Manager"], "September 2025", "2025-09", None,
           "Survey closed with 412 responses; results published 26 September.", "Complete"),
          ("H2", "Bring the Porthmellon affordable housing scheme forward to planning application stage.",
           "Senior Manager: Infrastructure and Planning; Housing Manager",
           ["Senior Manager: Infrastructure and Planning", "Housing Manager"], "March 2026", "2026-03", None,
           "Design team appointed; pre-application advice received.", "On track"),
          ("H3", "Review the Housing Allocations Policy, including the local connection criteria.",
           "Housing Manager", ["Housing Manager"], "Dec 2025", "2025-12", None,
           "Consultation delayed by staff vacancy; report now due to Full Council in January.", "At risk")]),
        ("Objective 2: Transport and infrastructure – reliable lifeline links",
         "We will protect and improve the transport links on which the islands depend.",
         [("T1", "Work with the Department for Transport, the Duchy of Cornwall and operators on the replacement of the passenger ferry and the upgrade of the harbours.",
           "Chief Executive", ["Chief Executive"], "Ongoing", None, "Ongoing",
           "Outline business case submitted to DfT in August.", "On track"),
          ("T2", "Complete the runway resurfacing and ground lighting works at St Mary’s Airport.",
           "Airport Manager", ["Airport Manager"], "Original: January 2026\nRevised: March 2026", "2026-03", None,
           "Contractor mobilisation delayed by weather window; works rescheduled outside peak season.", "At risk"),
          ("T3", "Adopt the refreshed Isles of Scilly Local Transport Plan.",
           "Senior Manager: Infrastructure and Planning", ["Senior Manager: Infrastructure and Planning"],
           "Q4 2025/26", "2026-03", None, "Draft plan to Transport Committee in February 2026.", "On track")]),
        ("Objective 3: A well-run council that is financially sustainable",
         "We will make the best use of our resources and be open about how we are performing.",
         [("C1", "Move services into the redeveloped Town Hall and release surplus office accommodation.",
           "Senior Manager: Corporate Services", ["Senior Manager: Corporate Services"],
           "June 2026", "2026-06", None, "Building works 70% complete.", "On track"),
          ("C2", "Complete the remaining actions from the LGA Corporate Peer Challenge progress review.",
           "Chief Executive", ["Chief Executive"], "31 March 2026", "2026-03", None,
           "Corporate narrative published; member development programme in place.", "On track"),
          ("C3", "Adopt a Workforce and Skills Strategy for the Council.",
           "HR Manager", ["HR Manager"], "September 2025", "2025-09", None,
           "Adopted by Full Council on 16 September 2025.", "Complete"),
          ("C4", "Replace council fleet vehicles with electric vehicles as they fall due for renewal, as part of the Climate Emergency action plan.",
           "Senior Manager: Infrastructure and Planning\nFleet and Waste Manager",
           ["Senior Manager: Infrastructure and Planning", "Fleet and Waste Manager"],
           "2026/27", "2027-03", "2026/27",
           "Capital bid for two refuse vehicles not supported in 2025/26 budget.", "Off track")]),
    ]

    doc = Document()
    landscape(doc)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Quarter 2 progress report (1 July – 30 September 2025)", style="Subtitle")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Senior Manager: Corporate Services"),
                                ("Version", "1.2 – Q2 update"),
                                ("Date", "21 October 2025"),
                                ("Reported to", "Full Council, 18 November 2025")]):
        t.rows[i].cells[0].text = k
        t.rows[i].cells[1].text = v
        t.rows[i].cells[0].paragraphs[0].runs[0].bold = True

    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=5, cols=3)
    k.style = "Table Grid"
    header_row(k, ["Colour", "Status", "Meaning"])
    for i, (col, hexcol, stt, mean) in enumerate([
            ("Blue", BLUE, "Complete", "Action delivered"),
            ("Green", GREEN, "On track", "Progressing to the target date"),
            ("Amber", AMBER, "At risk", "Some slippage; remedial action identified"),
            ("Red", RED, "Off track", "Will not be delivered by the target date")], start=1):
        k.rows[i].cells[0].text = col
        shade(k.rows[i].cells[0], hexcol)
        k.rows[i].cells[1].text = stt
        k.rows[i].cells[2].text = mean

    expected = []
    for heading, intro, actions in objectives:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(intro)
        tb = doc.add_table(rows=1 + len(actions), cols=6)
        tb.style = "Table Grid"
        header_row(tb, ["Ref", "Action", "Lead officer", "Target date", "Progress at Q2", "Status"])
        for i, (ref, text, lead_cell, lead, tgt, end, end_text, prog, st) in enumerate(actions, start=1):
            cells = tb.rows[i].cells
            for j, v in enumerate([ref, text, lead_cell, tgt, prog, st]):
                cells[j].text = v
            shade(cells[5], FILL[ST[st]])
            kw = {"end_text": end_text} if end_text else {}
            expected.append(act(ref, [heading], text, lead, end, ST[st], **kw))
        doc.add_paragraph("")
    doc.add_paragraph("Notes: actions marked Complete will be removed from the Quarter 3 report. Performance "
                      "indicators for each objective are reported separately in the Corporate Performance Scorecard.")
    doc.save(out(name))
    write_expected(name, {
        "source": ("Imitates the Council of the Isles of Scilly's Corporate Plan 2022-2026 and its annual Delivery "
                   "Plan as reported quarterly to Full Council (scilly.gov.uk 'Council Corporate Plan'; the 2025 "
                   "Workforce and Skills Strategy and Town Hall redevelopment appear in council papers). Copied "
                   "features: title and subtitle paragraphs, a document control table, a status key table with "
                   "shaded colour cells mapping words to colours, one heading, intro line and table per objective, "
                   "refs H1/T1/C1, job titles as leads (two in one cell split by ';' and by a line break), original "
                   "and revised target date in one cell, 'Ongoing' and a financial-year target, notes paragraph."),
        "reads": ("A corporate delivery plan progress report with three objectives, each with its own table of "
                  "actions (ten in all) giving lead officer, target date, Q2 progress and a status word that the key "
                  "table maps to blue/green/amber/red. The document control and key tables hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Telford & Wrekin CSP - DHR 'Maya' action plan (docx)
# ---------------------------------------------------------------------------
def telford():
    name = "ss-telford-wrekin-csp-dhr-maya-action-plan.docx"
    title = "Telford & Wrekin Community Safety Partnership: Domestic Homicide Review ‘Maya’ – Action Plan"
    recs = [
        ("1. Telford & Wrekin CSP should seek assurance that partner agencies’ domestic abuse training covers economic abuse and coercive control in older people’s relationships.",
         "Local", [
             ("The Domestic Abuse Strategic Group to commission a training needs analysis across partner agencies.",
              "Telford & Wrekin Council – Community Safety Team", "TNA questionnaire issued to 14 agencies.",
              "June 2025", "2025-06", None, "Completed May 2025 – TNA report presented to DASG.", "blue"),
             ("Refresh the multi-agency domestic abuse training offer to include modules on economic abuse and on coercive control in older people’s relationships.",
              "Telford & Wrekin Council – Workforce Development", "Modules drafted with local specialist provider.",
              "December 2025", "2025-12", None, "", "green"),
         ]),
        ("2. West Mercia Police should ensure that officers attending domestic incidents complete the DASH risk assessment with the victim away from the alleged perpetrator.",
         "Regional", [
             ("Issue a force-wide briefing to response officers and supervisors on DASH completion and private disclosure.",
              "West Mercia Police", "Briefing agreed by Head of Public Protection.",
              "April 2025", "2025-04", None, "Briefing issued 02/04/2025.", "blue"),
             ("Dip-sample 50 domestic abuse incidents each quarter to test compliance and report the results to the DASG.",
              "West Mercia Police", "Q1 and Q2 dip samples completed (compliance 78%, 84%).",
              "Quarterly from July 2025", None, "Quarterly from July 2025", "", "green"),
         ]),
        ("3. NHS Shropshire, Telford and Wrekin ICB should ensure GP practices use routine enquiry about domestic abuse when patients present with anxiety, low mood or unexplained injuries.",
         "Local", [
             ("Roll out the IRIS domestic abuse training and referral programme to the remaining Telford GP practices.",
              "NHS Shropshire, Telford and Wrekin ICB", "14 of 22 practices trained.",
              "March 2026", "2026-03", None, "", "amber"),
         ]),
        ("4. The Home Office should consider including the economic abuse of older adults by family members in the next revision of the statutory guidance on controlling or coercive behaviour.",
         "National", [
             ("CSP Chair to write to the Home Office highlighting this recommendation and the learning from the review.",
              "Telford & Wrekin Community Safety Partnership", "Letter drafted and agreed by the panel.",
              "May 2025", "2025-05", None, "Letter sent 20/05/2025. Acknowledgement received.", "blue"),
         ]),
        ("5. Adult Social Care should ensure that carer’s assessments explore the risk of domestic abuse between the carer and the person they care for.",
         "Local", [
             ("Amend the carer’s assessment template to include a domestic abuse prompt and a routine enquiry question.",
              "Telford & Wrekin Council – Adult Social Care", "Change request raised with system supplier; awaiting release.",
              "September 2025", "2025-09", None, "", "red"),
             ("Audit 20 carer’s assessments six months after the template change and report the findings to the CSP.",
              "Telford & Wrekin Council – Adult Social Care", "Audit scope agreed with Principal Social Worker.",
              "March 2026 (revised from December 2025)", "2026-03", None, "", "amber"),
         ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    p = doc.add_paragraph("OFFICIAL")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Review", "DHR ‘Maya’ (TW DHR 2023/02)"),
            ("Overview report approved by Home Office QA Panel", "March 2025"),
            ("Action plan owner", "Domestic Abuse Strategic Group (DASG) on behalf of the CSP"),
            ("Date of this update", "14 October 2025"),
            ("Next update due", "January 2026")]):
        t.rows[i].cells[0].text = k
        t.rows[i].cells[1].text = v
        t.rows[i].cells[0].paragraphs[0].runs[0].bold = True

    doc.add_paragraph("")
    doc.add_paragraph("RAG rating: Blue = complete; Green = on track; Amber = at risk of delay; Red = overdue / not progressed. "
                      "The final column is shaded only.")

    nrows = 1 + sum(len(a) for _, _, a in recs)
    tb = doc.add_table(rows=nrows, cols=8)
    tb.style = "Table Grid"
    header_row(tb, ["Recommendation", "Scope of recommendation (local / regional / national)", "Action to take",
                    "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
                    "Date of completion and outcome", "RAG"], hexcol="5B2C6F")
    r = 1
    expected = []
    for rec, scope, actions in recs:
        first = r
        for (text, agency, milestone, tgt, end, end_text, outcome, rag) in actions:
            cells = tb.rows[r].cells
            cells[2].text = text
            cells[3].text = agency
            cells[4].text = milestone
            cells[5].text = tgt
            cells[6].text = outcome
            shade(cells[7], FILL[rag])
            kw = {"end_text": end_text} if end_text else {}
            expected.append(act(None, [rec], text, [agency], end, rag, **kw))
            r += 1
        last = r - 1
        c0 = tb.cell(first, 0)
        c1 = tb.cell(first, 1)
        if last > first:
            c0 = c0.merge(tb.cell(last, 0))
            c1 = c1.merge(tb.cell(last, 1))
        c0.text = rec
        c1.text = scope

    doc.add_paragraph("")
    doc.add_heading("Glossary", level=2)
    g = doc.add_table(rows=5, cols=2)
    g.style = "Table Grid"
    for i, (a, b) in enumerate([("DASG", "Domestic Abuse Strategic Group"),
                                ("DASH", "Domestic Abuse, Stalking and Harassment risk identification checklist"),
                                ("IRIS", "Identification and Referral to Improve Safety (GP programme)"),
                                ("TNA", "Training needs analysis"),
                                ("QA Panel", "Home Office Quality Assurance Panel")]):
        g.rows[i].cells[0].text = a
        g.rows[i].cells[1].text = b
    doc.save(out(name))
    write_expected(name, {
        "source": ("Imitates a community safety partnership's published DHR action plan in the Home Office template "
                   "(Telford & Wrekin Community Safety Partnership, DHR 'Maya', 2025). Copied features: title, a "
                   "review details table, a RAG key sentence, the template columns (Recommendation; Scope local / "
                   "regional / national; Action to take; Lead agency; Key milestones; Target date; Date of completion "
                   "and outcome) plus a shaded-only RAG column, numbered recommendations merged down over their "
                   "actions, actions with no refs, agencies as leads (names containing '&' and commas), a period "
                   "and a revised date in the target cell, and a glossary table."),
        "reads": ("A DHR action plan of five numbered recommendations (local, regional and national) with eight "
                  "unnumbered actions under them. Each action names one lead agency, a target date, milestones and "
                  "outcome text, and a RAG column that is colour only, read with the key sentence above the table."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Richmond Health and Wellbeing Board - action log (csv, typo month -> refuse)
# ---------------------------------------------------------------------------
def richmond():
    name = "ss-richmond-upon-thames-health-and-wellbeing-board-action-log-typo-month-refuse.csv"
    title = "Richmond Health and Wellbeing Board – Action Log"
    rows = [
        [title, "", "", "", "", "", "", ""],
        ["Last updated: 10/11/2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Action No.", "Meeting date", "Agenda item", "Action", "Owner", "Due date", "Update", "RAG"],
        ["A25/01", "13/03/2025", "Joint Local Health and Wellbeing Strategy – annual report",
         "Circulate the JLHWS outcomes dashboard to Board members with the papers for each meeting",
         "Director of Public Health", "May 2025", "Dashboard now circulated with papers", "Complete"],
        ["A25/02", "13/03/2025", "Better Care Fund 2025/26 plan",
         "Bring the BCF quarterly return to the Board for noting", "Head of Integrated Commissioning",
         "Jul-25", "Q1 return noted 10 July", "Complete"],
        ["A25/03", "10/07/2025", "Pharmaceutical Needs Assessment 2025",
         "Establish a PNA steering group and agree the consultation timetable", "Consultant in Public Health",
         "Sep-25", "Steering group met 4 September", "Green"],
        ["A25/04", "10/07/2025", "Richmond Place-based Partnership update",
         "Provide a briefing on winter pressures and discharge performance at Kingston and West Middlesex hospitals",
         "Place Director (Richmond) / Director of Adult Social Care", "06/11/2025",
         "Briefing scheduled for November meeting", "Green"],
        ["A25/05", "10/07/2025", "Healthwatch Richmond report: access to GP services",
         "ICB to respond in writing to the Healthwatch recommendations, including on online booking",
         "Place Director (Richmond)", "Febuary 2026", "Draft response being prepared with the Primary Care team",
         "Amber"],
        ["A25/06", "18/09/2025", "Director of Public Health annual report",
         "Arrange a Board development session on the annual report theme (healthy ageing)",
         "Director of Public Health; Board Manager", "Jan-26", "", "Amber"],
        ["A25/07", "18/09/2025", "SEND local area partnership",
         "Add a SEND local area partnership update to the Board forward plan", "Board Manager", "Nov-25",
         "Added to 20 November agenda", "Complete"],
        ["A25/08", "18/09/2025", "Health protection assurance",
         "Report uptake of the autumn COVID-19 and flu vaccination programmes, by ward", "Consultant in Public Health",
         "Jan-26", "", "Green"],
    ]
    path = out(name)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)
    # line of the typo (1-based; no field contains a line break)
    typo_line = next(i for i, r in enumerate(rows, start=1) if "Febuary" in r[5])
    write_expected(name, {
        "source": ("Imitates a health and wellbeing board action log exported from Excel to CSV (Richmond Health and "
                   "Wellbeing Board, London Borough of Richmond upon Thames, 2025; columns after the action logs "
                   "boards publish with their agenda packs). Copied features: title and 'last updated' lines, "
                   "action numbers A25/nn, meeting date and agenda item columns, posts as owners (two joined by '/' "
                   "and ';'), due dates in mixed forms, RAG words with Complete."),
        "reads": ("An action log of eight actions from three Board meetings with owner, due date, update and RAG. "
                  f"On line {typo_line} the due date of A25/05 reads 'Febuary 2026', a mistyped month, so a careful "
                  "reader stops and asks rather than guess the date."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_line,
        "title": title,
    })
    return typo_line


# ---------------------------------------------------------------------------
# 7. RBKC - Ofsted focused visit (care leavers) action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def rbkc():
    name = "ss-rbkc-ofsted-focused-visit-care-leavers-action-plan.txt"
    title = "Royal Borough of Kensington and Chelsea – Ofsted Focused Visit Action Plan (Care Leavers)"
    RAG = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    afis = [
        ("Area for improvement 1: The quality and timeliness of pathway plans, so that they are written with young people and reflect their current needs.", [
            ("1.1", "Introduce a new pathway plan template co-produced with the Care Leavers’ Forum.",
             "Service Lead – Leaving Care", ["Service Lead – Leaving Care"], "Nov-24", "Feb-25", "2025-02", None,
             "New template launched 3 February 2025", "B"),
            ("1.2", "Personal advisers to review every pathway plan at least six-monthly, with overdue reviews reported weekly to team managers.",
             "Team Managers – Leaving Care", ["Team Managers – Leaving Care"], "Jan-25", "Ongoing", None, "Ongoing",
             "94% of plans in date at end of June 2025", "G"),
            ("1.3", "Quality Assurance Service to audit 10 pathway plans each month and report findings to the QA Board.",
             "Head of Quality Assurance", ["Head of Quality Assurance"], "Dec-24", "Mar-25", "2025-03", None,
             "Monthly audits embedded; 62% of plans graded good or better in June", "B"),
        ]),
        ("Area for improvement 2: Care leavers’ access to suitable and affordable accommodation, including for those aged 21 and over.", [
            ("2.1", "Agree a joint housing protocol for care leavers with Housing Solutions, including priority banding up to age 25.",
             "Director of Children’s Social Care & Director of Housing Needs",
             ["Director of Children’s Social Care", "Director of Housing Needs"], "Jan-25",
             "31/03/2025 (revised 30/06/2025)", "2025-06", None,
             "Protocol signed off at joint DMT on 19 June 2025", "B"),
            ("2.2", "Commission six additional supported lodgings places for care leavers aged 18 to 21.",
             "Head of Commissioning (Children)", ["Head of Commissioning (Children)"], "Feb-25", "Sept 2025",
             "2025-09", None, "Four places approved; two carers in assessment", "A"),
            ("2.3", "Extend the council tax exemption to care leavers living outside the borough up to age 25.",
             "Service Lead – Leaving Care / Revenues Manager", ["Service Lead – Leaving Care", "Revenues Manager"],
             "Jan-25", "Apr-25", "2025-04", None, "Approved by Cabinet; in place from 1 April 2025", "B"),
        ]),
        ("Area for improvement 3: The support offered to care leavers to enter education, employment or training.", [
            ("3.1", "Appoint a dedicated EET coordinator in the Virtual School 16+ team.",
             "Virtual School Head", ["Virtual School Head"], "Mar-25", "Q1 2025/26", "2025-06", None,
             "Recruitment unsuccessful in May; post re-advertised", "R"),
            ("3.2", "Launch a ring-fenced apprenticeship scheme for care leavers across RBKC directorates.",
             "Head of HR; Virtual School Head", ["Head of HR", "Virtual School Head"], "Apr-25", "October 2025",
             "2025-10", None, "Six apprenticeships identified for September intake", "G"),
        ]),
    ]
    lines = [
        title,
        "Focused visit: 8 and 9 October 2024. Letter published 12 November 2024.",
        "Version 4 – updated 14 July 2025 for the Children’s Services Quality Assurance Board",
        "",
        "RAG: B = complete   G = on track   A = some slippage   R = off track",
        "",
        "\t".join(["Ref", "Action", "Lead", "Start", "Target date", "Progress update", "RAG"]),
    ]
    expected = []
    for afi, actions in afis:
        lines.append("")
        lines.append(afi)
        for (ref, text, lead_cell, lead, start, tgt, end, end_text, prog, rag) in actions:
            lines.append("\t".join([ref, text, lead_cell, start, tgt, prog, rag]))
            kw = {"end_text": end_text} if end_text else {}
            expected.append(act(ref, [afi], text, lead, end, RAG[rag], **kw))
    lines += ["", "Actions rated B are closed and will be removed from the next version.",
              "Contact: Service Lead – Leaving Care, Family and Children’s Services"]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    write_expected(name, {
        "source": ("Imitates a London borough's post-focused-visit action plan for care leavers kept as a tracker and "
                   "exported as tab-separated text (Royal Borough of Kensington and Chelsea, Ofsted focused visit "
                   "October 2024). Copied features: title, visit and version lines, a one-line B/G/A/R key, a single "
                   "header row, each area for improvement as its own heading line above its numbered actions, start "
                   "and target dates (a revised date in brackets, 'Ongoing', Q1 2025/26), two leads joined by '&', "
                   "'/' and ';', RAG letters, closing notes lines."),
        "reads": ("An action plan answering three areas for improvement from an Ofsted focused visit, with eight "
                  "numbered actions (1.1–3.2), each with lead(s), start and target dates, a progress update and a "
                  "RAG letter read through the key line."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    rutland()
    redditch()
    rotherham()
    scilly()
    telford()
    line = richmond()
    rbkc()
    print("built seven ss- cases; csv typo on line", line)
