"""Build the seven zzm- blind test files (set heldout596) and their expected readings.

Run:  /work/main/.venv/bin/python zzm_make.py
Writes the data files and NAME.expected.yaml beside each, in this folder only,
and only files whose names start with "zzm-".
"""
import csv
import datetime as dt
import io
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

BLUE = "5B9BD5"
GREEN = "70AD47"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("zzm-")
    return os.path.join(HERE, name)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, outcome, title=None, actions=None,
                   accept_refusal=False, refuse_at=None):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


# ---------------------------------------------------------------------------
# 1. NHS Greater Glasgow and Clyde - 2024/25 annual audit report action plan tracker (xlsx)
# ---------------------------------------------------------------------------
def make_ggc():
    name = "zzm-nhs-greater-glasgow-and-clyde-annual-audit-report-2024-25-action-plan-tracker.xlsx"
    title = "NHS Greater Glasgow and Clyde – 2024/25 Annual Audit Report: Action Plan Tracker"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Audit and Risk Committee, 9 December 2025 – Paper No. 25/71"
    cov["A2"].font = Font(italic=True)
    rows = [
        ("Document control", ""),
        ("Prepared by", "Head of Financial Governance"),
        ("Version", "v3.0 (November 2025 update)"),
        ("External auditor", "Audit Scotland"),
        ("Annual Audit Report issued", "30 June 2025"),
        ("Next update due", "March 2026 Audit and Risk Committee"),
    ]
    r = 4
    for a, b in rows:
        cov.cell(r, 1, a)
        cov.cell(r, 2, b)
        if r == 4:
            cov.cell(r, 1).font = Font(bold=True)
        else:
            cov.cell(r, 1).border = BOX
            cov.cell(r, 2).border = BOX
        r += 1
    r += 1
    cov.cell(r, 1, "Status key").font = Font(bold=True)
    r += 1
    key = [
        (BLUE, "Complete – action implemented and evidence provided"),
        (GREEN, "On track – will be delivered by the agreed date"),
        (AMBER, "At risk – revised date agreed or delivery at risk"),
        (RED, "Overdue – agreed date passed and no revised date agreed"),
    ]
    for col, txt in key:
        cov.cell(r, 1).fill = fill(col)
        cov.cell(r, 1).border = BOX
        cov.cell(r, 2, txt).border = BOX
        r += 1
    r += 1
    cov.cell(r, 1, "Summary of status at 14 November 2025").font = Font(bold=True)
    r += 1
    summ = [("Status", "2024/25", "Prior year", "Total"),
            ("Complete", 1, 2, 3),
            ("On track", 3, 1, 4),
            ("At risk", 1, 1, 2),
            ("Overdue", 0, 0, 0),
            ("Total", 5, 4, 9)]
    for i, row in enumerate(summ):
        for j, v in enumerate(row):
            c = cov.cell(r, 1 + j, v)
            c.border = BOX
            if i == 0 or i == len(summ) - 1:
                c.font = Font(bold=True)
        r += 1
    cov.column_dimensions["A"].width = 30
    cov.column_dimensions["B"].width = 60

    # --- 2024/25 action plan sheet ---
    ws = wb.create_sheet("2024-25 Action Plan")
    ws["A1"] = "Appendix 1 – 2024/25 recommendations"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Source: Audit Scotland, 2024/25 Annual Audit Report (June 2025). "
                "Position as at 14 November 2025.")
    hdr = ["No.", "Issue / risk", "Recommendation", "Agreed management action",
           "Responsible officer", "Agreed date", "Status", "Progress update – November 2025"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.border = BOX
        c.alignment = WRAP
    recs = [
        ("Financial management", [
            (1,
             "Payroll overpayments\nOverpayments of £1.9 million were identified in 2024/25, largely arising "
             "from late notification of leavers and changes in contracted hours. Recovery of older balances has been slow.",
             "The Board should strengthen controls over the notification of staff changes to payroll and improve "
             "the recovery of outstanding overpayments.",
             "Roll out mandatory electronic leaver and change forms through eESS for all managers, with monthly "
             "exception reports to directorates on late notifications. Overpayment recovery procedure to be refreshed "
             "and aged balances reported quarterly to the Audit and Risk Committee.",
             "Head of Payroll Services", "31 March 2026", GREEN,
             "eESS leaver form mandatory from 1 September 2025. First exception reports issued in October 2025. "
             "Recovery procedure in draft.",
             ["Head of Payroll Services"], "2026-03", "green"),
        ]),
        ("Financial sustainability", [
            (2,
             "Recurring savings\nOf the £145.0 million savings target for 2024/25, £96.3 million (66 per cent) was "
             "delivered on a recurring basis. The 2025/26 financial plan relies on £140.0 million of savings, a "
             "significant proportion of which is still to be identified.",
             "The Board should set out how the remaining savings gap will be closed and increase the proportion of "
             "savings delivered on a recurring basis.",
             "The Financial Improvement Programme will be refreshed with each directorate given a recurring savings "
             "target.\nProgress against targets will be reported to the Finance, Planning and Performance Committee "
             "at every meeting.",
             "Director of Finance", "31 March 2026", AMBER,
             "Directorate targets issued. £38.2 million of the gap remains unidentified at month 7; recovery actions "
             "agreed with the Scottish Government.",
             ["Director of Finance"], "2026-03", "amber"),
            (3,
             "Medium-term financial planning\nThe medium-term financial plan has not been updated since March 2024 "
             "and does not reflect revised Scottish Government funding assumptions.",
             "A revised medium-term financial plan covering at least three years should be approved by the Board, "
             "with scenario planning for funding and pay pressures.",
             "Medium-term financial plan 2026/27 to 2028/29 to be presented to the Board alongside the 2026/27 "
             "financial plan, including best, worst and likely case scenarios.",
             "Director of Finance / Deputy Director of Finance (Financial Planning)", "30 April 2026", GREEN,
             "Scenario modelling under way; draft to Finance, Planning and Performance Committee in February 2026.",
             ["Director of Finance", "Deputy Director of Finance (Financial Planning)"], "2026-04", "green"),
        ]),
        ("Vision, leadership and governance", [
            (4,
             "Committee assurance reporting\nSeveral standing committee annual reports to the Board were presented "
             "late or without a clear statement of the level of assurance obtained.",
             "The Board should ensure that each standing committee's annual report sets out the level of assurance "
             "obtained and any areas of concern to be escalated.",
             "Standardised committee annual report template, including an assurance rating, to be introduced for the "
             "2025/26 reporting cycle and reviewed by the Board Secretary before submission.",
             "Board Secretary", "30 June 2026", BLUE,
             "Template approved by the Board on 28 October 2025 and issued to committee chairs. Complete.",
             ["Board Secretary"], "2026-06", "blue"),
        ]),
        ("Use of resources to improve outcomes", [
            (5,
             "Waiting times performance\nThe number of patients waiting more than 52 weeks for an inpatient or day "
             "case procedure increased by 18 per cent during 2024/25.",
             "The Board should set clear trajectories for reducing long waits and report performance against them "
             "publicly.",
             "Specialty-level trajectories for patients waiting over 52 weeks to be agreed with the Scottish "
             "Government and included in the Board's Annual Delivery Plan performance reports.",
             "Chief Operating Officer, Acute Services", "31 December 2025", GREEN,
             "Trajectories agreed for 14 of 17 specialties; remaining three to be agreed in December 2025.",
             ["Chief Operating Officer, Acute Services"], "2025-12", "green"),
        ]),
    ]
    actions = []
    r = 5
    for dim, items in recs:
        ws.cell(r, 1, dim).font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(r, j).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (no, issue, rec, action, officer, date, col, upd, lead, end, status) in items:
            vals = [no, issue, rec, action, officer, date, None, upd]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 7).fill = fill(col)
            actions.append(act(str(no), [dim, rec], action, lead, end, status))
            r += 1
    r += 1
    ws.cell(r, 1, "Note: status is shown by colour – see the key on the Cover sheet.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [6, 40, 40, 50, 26, 16, 10, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    # --- prior year follow-up sheet ---
    py = wb.create_sheet("Prior year follow-up")
    py["A1"] = "Appendix 2 – Follow-up of prior year (2023/24) recommendations"
    py["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Recommendation", "Management action", "Owner", "Original date", "Revised date",
           "Status at June 2025", "Status at November 2025", "Comment"]
    for j, h in enumerate(hdr, 1):
        c = py.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.border = BOX
        c.alignment = WRAP
    pyrows = [
        ("b/f 1",
         "Capital projects – the Board should improve the accuracy of capital project forecasting to reduce slippage "
         "against the capital plan.",
         "Monthly capital forecasting meetings with project managers, with variances over £250,000 explained in the "
         "capital monitoring report.",
         "Assistant Director of Finance – Capital", dt.datetime(2025, 3, 31), dt.datetime(2025, 12, 31),
         "Amber", "Green",
         "Forecasting meetings in place since May 2025; slippage at month 7 is 4 per cent against 11 per cent last year.",
         ["Assistant Director of Finance – Capital"], "2025-12", "green"),
        ("b/f 2",
         "Workforce – the Board should develop a plan to reduce reliance on supplementary staffing (bank and agency).",
         "Supplementary staffing reduction plan approved, with agency nursing limited to exceptional circumstances "
         "authorised by a Director.",
         "Director of Human Resources and Organisational Development; Nurse Director",
         dt.datetime(2024, 9, 30), None, "Amber", "Complete",
         "Plan approved by the Staff Governance Committee. Agency nursing spend down 41 per cent.",
         ["Director of Human Resources and Organisational Development", "Nurse Director"], "2024-09", "blue"),
        ("b/f 3",
         "Cyber security – the Board should complete the outstanding actions from the Network and Information Systems "
         "(NIS) audit.",
         "Outstanding NIS audit actions to be completed and evidenced to the Scottish Health Competent Authority.",
         "Director of Digital Services", dt.datetime(2025, 3, 31), dt.datetime(2026, 6, 30),
         "Red", "Amber",
         "12 of 19 actions closed. Remaining actions depend on the network replacement programme.",
         ["Director of Digital Services"], "2026-06", "amber"),
        ("b/f 4",
         "Best value – the Board should report on how it demonstrates best value in its annual report.",
         "Best value section to be included in the Performance Report within the 2024/25 Annual Report and Accounts.",
         "Head of Corporate Planning and Performance", dt.datetime(2025, 6, 30), None,
         "Green", "Complete",
         "Included in the 2024/25 Annual Report and Accounts.",
         ["Head of Corporate Planning and Performance"], "2025-06", "blue"),
    ]
    r = 4
    for (ref, rec, action, owner, od, rd, s1, s2, com, lead, end, status) in pyrows:
        vals = [ref, rec, action, owner, od, rd, s1, s2, com]
        for j, v in enumerate(vals, 1):
            c = py.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        actions.append(act(ref, [rec], action, lead, end, status))
        r += 1
    for col, w in zip("ABCDEFGHI", [8, 45, 45, 30, 13, 13, 12, 12, 45]):
        py.column_dimensions[col].width = w
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates the action plan tracker an NHS Scotland board keeps on its external auditor's annual audit "
                "report (Audit Scotland 2024/25 Annual Audit Report, Appendix 1 action plan and follow-up of prior "
                "year recommendations) for its Audit and Risk Committee. Copied features: cover sheet with document "
                "control table, colour status key and summary totals; recommendations grouped under the four "
                "audit-dimension band rows (merged, grey); issue/risk with a bold first line; recommendation and "
                "agreed management action in the same row; status shown by fill colour only; a second sheet for "
                "prior-year 'b/f' recommendations with original and revised dates and previous/current status words."),
        reads=("A three-sheet workbook: a cover with the key and totals, five 2024/25 recommendations under audit "
               "dimension headings with fill-colour status, and four brought-forward 2023/24 recommendations with "
               "revised dates and a June and November status. Each recommendation has one agreed management action "
               "with a responsible officer (job titles) and a date."),
        outcome="read", title=title, actions=actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. City of Edinburgh Council - CLT risk register Q2 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def make_edinburgh():
    name = "zzm-city-of-edinburgh-council-corporate-leadership-team-risk-register-2025-26.xlsx"
    title = "Corporate Leadership Team (CLT) Risk Register – Quarter 2 2025/26"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "The City of Edinburgh Council"
    s["A1"].font = Font(bold=True, size=12)
    s["A2"] = title
    s["A2"].font = Font(bold=True, size=14)
    s["A3"] = "Governance, Risk and Best Value Committee – 11 November 2025 – Appendix 1"
    s["A3"].font = Font(italic=True)
    hdr = ["Risk ID", "Risk", "Risk owner", "Current score", "Target score", "Direction of travel"]
    for j, h in enumerate(hdr, 1):
        c = s.cell(5, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = fill(GREY)
    summary = [
        ("CR01", "Financial sustainability", "Executive Director of Corporate Services", 20, 12, "↔"),
        ("CR04", "Health and safety (including public safety)", "Chief Executive", 16, 8, "↓"),
        ("CR07", "Cyber security and resilience", "Executive Director of Corporate Services", 20, 10, "↑"),
        ("CR11", "Workforce capacity", "Executive Director of Corporate Services", 15, 9, "↔"),
    ]
    r = 6
    for row in summary:
        for j, v in enumerate(row, 1):
            c = s.cell(r, j, v)
            c.border = BOX
        score = row[3]
        s.cell(r, 4).fill = fill(RED if score >= 16 else AMBER)
        r += 1
    r += 1
    s.cell(r, 1, "Action status key").font = Font(bold=True)
    r += 1
    for word, col, meaning in [
        ("Complete", BLUE, "Action delivered"),
        ("On track", GREEN, "Action progressing and expected to be delivered by the due date"),
        ("At risk", AMBER, "Some slippage – due date may be missed"),
        ("Off track", RED, "Due date will be missed – escalated to CLT"),
        ("Not started", None, "Action not yet begun"),
    ]:
        c = s.cell(r, 1, word)
        c.border = BOX
        if col:
            c.fill = fill(col)
        s.cell(r, 2, meaning).border = BOX
        r += 1
    r += 1
    s.cell(r, 1, "Scores are Likelihood x Impact on a 5 x 5 matrix (see Scoring matrix tab). "
                 "Arrows show movement since Quarter 1.").font = Font(italic=True)
    for col, w in zip("ABCDEF", [12, 44, 40, 14, 12, 18]):
        s.column_dimensions[col].width = w

    reg = wb.create_sheet("Register")
    reg["A1"] = "CLT Risk Register – Quarter 2 2025/26 (position at 30 September 2025)"
    reg["A1"].font = Font(bold=True, size=12)
    hdr = ["Risk", "Risk description", "Risk owner", "Current score (L x I)", "Key controls in place", "Ref",
           "Further actions required", "Action owner", "Due date", "Action status", "Update (September 2025)"]
    for j, h in enumerate(hdr, 1):
        c = reg.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("44546A")
        c.border = BOX
        c.alignment = WRAP
    risks = [
        ("CR01 – Financial sustainability",
         "The Council is unable to set a balanced budget over the medium term because of rising demand, inflation "
         "and pay pressures, leading to unplanned reductions in services.",
         "Executive Director of Corporate Services", "4 x 5 = 20",
         "Medium-term financial strategy; monthly revenue monitoring to CLT; savings tracker; reserves strategy.",
         [
             ("CR01.1", "Deliver the approved 2025/26 savings programme, with monthly tracking of delivery through "
                        "the Corporate Leadership Team.",
              "Service Director – Finance and Procurement", dt.datetime(2026, 3, 31), "On track",
              "£21.4m of £26.1m delivered or on track at month 6.",
              ["Service Director – Finance and Procurement"], "2026-03", "green", None),
             ("CR01.2", "Develop a balanced five-year medium-term financial plan for approval alongside the 2026/27 "
                        "budget.",
              "Service Director – Finance and Procurement", "Feb 2026", "On track",
              "Budget framework reported to Finance and Resources Committee in October.",
              ["Service Director – Finance and Procurement"], "2026-02", "green", None),
             ("CR01.3", "Complete the review of the capital investment programme to reflect revised borrowing costs.",
              "Head of Finance / Capital Programme Manager", "Q3 2025/26", "At risk",
              "Review delayed pending updated cost estimates for the tram and schools programmes.",
              ["Head of Finance", "Capital Programme Manager"], "2025-12", "amber", None),
         ]),
        ("CR04 – Health and safety (including public safety)",
         "Failure to meet health and safety duties results in harm to employees, service users or the public, "
         "enforcement action or reputational damage.",
         "Chief Executive", "4 x 4 = 16",
         "Corporate health and safety policy and management system; fire risk assessments; directorate "
         "health and safety groups; incident reporting.",
         [
             ("CR04.1", "Roll out the revised corporate fire risk assessment programme to all operational buildings.",
              "Head of Health and Safety", dt.datetime(2025, 11, 30), "On track",
              "312 of 358 buildings assessed under the revised programme.",
              ["Head of Health and Safety"], "2025-11", "green", None),
             ("CR04.2", "Complete the reinforced autoclaved aerated concrete (RAAC) remediation works at the remaining "
                        "affected school buildings.",
              "Service Director – Operational Services; Head of Estates", "Sept 2025 – Aug 2026", "On track",
              "Works under way at two schools; remaining site to be completed over the summer holiday 2026.",
              ["Service Director – Operational Services", "Head of Estates"], "2026-08", "green", None),
             ("CR04.3", "Report health and safety training compliance for all directorates to CLT each quarter.",
              "Head of Health and Safety", "Ongoing", "On track",
              "Q2 report presented to CLT on 24 September 2025.",
              ["Head of Health and Safety"], None, "green", "Ongoing"),
         ]),
        ("CR07 – Cyber security and resilience",
         "A successful cyber attack or major system failure disrupts critical services and results in loss of data.",
         "Executive Director of Corporate Services", "4 x 5 = 20",
         "Cyber security strategy; managed security operations centre; backups tested quarterly; Public Services "
         "Network accreditation.",
         [
             ("CR07.1", "Complete migration of remaining on-premises systems to the cloud hosting platform.",
              "Service Director – Customer and Digital Services", dt.datetime(2026, 3, 31), "Off track",
              "Supplier delays; revised plan to CLT in November 2025. Risk score increased.",
              ["Service Director – Customer and Digital Services"], "2026-03", "red", None),
             ("CR07.2", "Deliver phishing awareness training to all staff with system access, with completion "
                        "reported to CLT quarterly.",
              "Chief Information Security Officer", dt.datetime(2025, 7, 31), "Complete",
              "94 per cent completion at 31 July 2025.",
              ["Chief Information Security Officer"], "2025-07", "blue", None),
         ]),
        ("CR11 – Workforce capacity",
         "The Council cannot recruit and retain staff with the right skills in key service areas, affecting "
         "service delivery and statutory duties.",
         "Executive Director of Corporate Services", "3 x 5 = 15",
         "People strategy; workforce dashboards; market supplements for hard-to-fill posts; wellbeing offer.",
         [
             ("CR11.1", "Implement the Strategic Workforce Plan 2025–2028, starting with hard-to-fill roles in social "
                        "work and building standards.",
              "Service Director – Human Resources", "Mar-26", "On track",
              "Social work recruitment campaign launched in August 2025.",
              ["Service Director – Human Resources"], "2026-03", "green", None),
             ("CR11.2", "Introduce a refreshed absence management policy and manager toolkit.",
              "Head of HR Policy and Practice", dt.datetime(2025, 12, 31), "Not started",
              "Awaiting trade union consultation timetable.",
              ["Head of HR Policy and Practice"], "2025-12", "unrated", None),
         ]),
    ]
    status_fill = {"On track": GREEN, "At risk": AMBER, "Off track": RED, "Complete": BLUE}
    actions = []
    r = 4
    for (risk, desc, owner, score, controls, acts) in risks:
        first = r
        for (ref, text, aowner, due, stat, upd, lead, end, status, end_text) in acts:
            vals = {6: ref, 7: text, 8: aowner, 9: due, 10: stat, 11: upd}
            for j in range(1, 12):
                c = reg.cell(r, j)
                c.border = BOX
                c.alignment = WRAP
            for j, v in vals.items():
                c = reg.cell(r, j, v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if stat in status_fill:
                reg.cell(r, 10).fill = fill(status_fill[stat])
            actions.append(act(ref, [risk], text, lead, end, status, end_text))
            r += 1
        last = r - 1
        for j, v in enumerate([risk, desc, owner, score, controls], 1):
            reg.cell(first, j, v)
            if last > first:
                reg.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
        reg.cell(first, 1).font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJK", [24, 40, 26, 12, 40, 9, 48, 30, 14, 12, 40]):
        reg.column_dimensions[col].width = w
    reg.freeze_panes = "A4"

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        m.cell(3, 1 + i, i).font = Font(bold=True)
        m.cell(3 + i, 1, 6 - i).font = Font(bold=True)
        for k in range(1, 6):
            v = (6 - i) * k
            c = m.cell(3 + i, 1 + k, v)
            c.fill = fill(RED if v >= 15 else AMBER if v >= 8 else GREEN)
            c.border = BOX
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates a Scottish council's corporate leadership team risk register as reported quarterly to its "
                "Governance, Risk and Best Value Committee (City of Edinburgh Council style, Q2 2025/26). Copied "
                "features: summary sheet with risk scores, direction-of-travel arrows and an action status key "
                "(including 'At risk' and 'Off track'); a register sheet with one block per risk whose ID/title, "
                "description, owner, score and controls are merged down over its further-action rows; action refs "
                "such as CR01.1; real dates mixed with 'Feb 2026', 'Q3 2025/26', 'Sept 2025 – Aug 2026', 'Mar-26' "
                "and 'Ongoing'; a scoring-matrix sheet with no actions."),
        reads=("A risk register with four corporate risks, each with two or three further actions to reduce it. "
               "Each action has a ref, an action owner (job titles, sometimes two), a due date and a status word "
               "that the summary key defines; the summary and the scoring matrix hold no actions."),
        outcome="read", title=title, actions=actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Rhiwbina Medical Practice - HIW GP inspection improvement plan tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_rhiwbina():
    name = "zzm-rhiwbina-medical-practice-hiw-gp-inspection-improvement-plan-typo-month-refuse.xlsx"
    title = "Rhiwbina Medical Practice – HIW Inspection Improvement Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Service: Rhiwbina Medical Practice (Cardiff and Vale University Health Board)"
    ws["A3"] = "Date of inspection: 9 July 2025          Report published: 14 October 2025"
    ws["A4"] = "Tracker kept by the Practice Manager – last updated 17 November 2025"
    ws["A4"].font = Font(italic=True)
    hdr = ["Risk / finding / issue", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale", "Progress", "RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    sections = [
        ("Quality of patient experience", [
            ("Patients told us it was difficult to get through to the practice by telephone in the morning.",
             "The practice must review its telephone access arrangements to reduce waiting times at peak periods.",
             "Timely care",
             "Install a cloud telephony system with call queuing and call-back, and add a second receptionist to the "
             "8am rota.",
             "Practice Manager", "September 2025", "Cloud telephony live from 1 September 2025.", "Complete"),
            ("Health promotion information in the waiting area was out of date and only available in English.",
             "The practice should ensure health promotion material is current and available bilingually.",
             "Staying healthy; Welsh language",
             "Replace waiting room leaflets with current bilingual material and review the notice board monthly.",
             "Reception Supervisor", "31/08/2025", "Done – monthly check added to reception duties.", "Complete"),
        ]),
        ("Delivery of safe and effective care", [
            ("Emergency drugs and equipment checks were not consistently recorded.",
             "The practice must ensure emergency drugs and equipment are checked and recorded weekly.",
             "Safe care; Managing risk and promoting health and safety",
             "Introduce a weekly signed checklist for the emergency trolley, audited monthly by the lead nurse.",
             "Lead Practice Nurse", "August 2025", "Checklist in use since 4 August 2025.", "Complete"),
            ("Not all clinical staff had completed safeguarding training at the level required for their role.",
             "The practice must ensure all staff complete safeguarding training at the appropriate level.",
             "Safeguarding children and adults at risk",
             "All GPs and nurses to complete Level 3 safeguarding training; non-clinical staff to complete Level 1.",
             "Safeguarding Lead GP / Practice Manager", "0ctober 2025",
             "11 of 14 clinical staff completed; remaining three booked.", "Amber"),
            ("Cleaning schedules for clinical rooms were not fully completed.",
             "The practice should ensure cleaning schedules are completed and monitored.",
             "Infection prevention and control",
             "Agree a revised cleaning specification with the cleaning contractor and audit compliance quarterly.",
             "Practice Manager", "31 December 2025", "Meeting with contractor held 6 November 2025.", "Green"),
        ]),
        ("Quality of management and leadership", [
            ("Staff appraisals for administrative staff were overdue.",
             "The practice must ensure all staff receive an annual appraisal.",
             "Workforce",
             "Complete outstanding appraisals and set up an annual appraisal calendar.",
             "Practice Manager", "November 2025", "7 of 9 appraisals completed.", "Green"),
            ("Practice policies had not been reviewed within their stated review dates.",
             "The practice should review and update its policies and keep a record of staff reading them.",
             "Governance, leadership and accountability",
             "Review all practice policies through the practice meeting and record staff sign-off on the practice "
             "intranet.",
             "Practice Manager & GP Partners", "March 2026", "12 of 31 policies reviewed.", "Green"),
        ]),
    ]
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 7
    typo_row = None
    n = 0
    for sec, rows in sections:
        ws.cell(r, 1, sec).font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(r, j).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for row in rows:
            for j, v in enumerate(row, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 8).fill = fill(rag_fill[row[7]])
            if row[5].startswith("0ct"):
                typo_row = r
            n += 1
            r += 1
    r += 1
    for a, b in [("Service representative", ""), ("Name (print):", "Dr Rhian Powell"),
                 ("Job role:", "GP Partner"), ("Date:", "3 November 2025")]:
        ws.cell(r, 1, a).font = Font(bold=(a == "Service representative"))
        ws.cell(r, 2, b)
        r += 1
    for col, w in zip("ABCDEFGH", [38, 38, 24, 45, 26, 16, 36, 10]):
        ws.column_dimensions[col].width = w
    wb.save(out(name))
    assert typo_row == 12, typo_row

    write_expected(
        name,
        source=("Imitates a GP practice's own tracker of the Healthcare Inspectorate Wales (HIW) improvement plan "
                "(Appendix C of an HIW GP inspection report, 2025): the HIW columns Risk/finding/issue, Improvement "
                "needed, Standard/Regulation, Service action, Responsible officer and Timescale, with the practice's "
                "Progress and RAG columns added, HIW's three theme band rows (merged, grey), and the service "
                "representative sign-off block at the foot."),
        reads=("A one-sheet HIW improvement plan with seven service actions under the three HIW themes. The "
               "timescale for the safeguarding training action on sheet row 12 reads '0ctober 2025' with a zero for "
               "the O: a mistyped month, so a careful reader stops and asks before reading the plan."),
        outcome="refuse", refuse_at=typo_row, title=title)
    return name, n


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
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


# ---------------------------------------------------------------------------
# 4. Swansea Council - Estyn LGES post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_swansea():
    name = "zzm-swansea-council-estyn-lges-post-inspection-action-plan.docx"
    title = "Estyn Inspection of Local Government Education Services – Post-Inspection Action Plan"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("City and County of Swansea | Dinas a Sir Abertawe")
    r.bold = True
    d.add_heading(title, level=1)
    d.add_paragraph("Education Directorate – progress update for the Education Scrutiny Performance Panel, "
                    "23 January 2025")

    d.add_paragraph().add_run("Document control").bold = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "09/07/2024", "Director of Education", "Approved by Cabinet 18 July 2024"),
                ("1.1", "14/10/2024", "Head of Achievement and Partnership Service", "Autumn progress update"),
                ("1.2", "10/01/2025", "Head of Achievement and Partnership Service", "RAG ratings updated")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    d.add_heading("Introduction", level=2)
    d.add_paragraph("Estyn inspected Swansea's local government education services in March 2024. The report, "
                    "published on 28 May 2024, made three recommendations. This post-inspection action plan (PIAP) "
                    "sets out the actions the local authority is taking to address them, who leads each action, "
                    "when it will be completed and how we will know it has made a difference.")

    d.add_paragraph().add_run("RAG key").bold = True
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for letter, col, meaning in [("B", BLUE, "Complete"), ("G", GREEN, "On track"),
                                 ("A", AMBER, "Some slippage – action being taken"),
                                 ("R", RED, "Significant concern – not on track")]:
        cells = k.add_row().cells
        set_cell(cells[0], letter, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], meaning)

    recs = [
        ("R1 Strengthen self-evaluation so that it focuses more clearly on the impact of the local authority's "
         "work on outcomes for learners",
         "Estyn found that officers described activity well but did not evaluate the difference their work made "
         "to pupils' progress and wellbeing.",
         [
             ("1.1", "Revise the directorate's self-evaluation framework so that each service area evaluates impact "
                     "against agreed learner outcome measures.",
              "Head of Achievement and Partnership Service", "Autumn term 2024",
              "All service self-evaluation reports include impact measures.", "B",
              ["Head of Achievement and Partnership Service"], "2024-12", "blue", None),
             ("1.2", "Train all education officers in writing evaluative reports, using case studies from other "
                     "local authorities.",
              "HL / KW", "Spring term 2025",
              "Quality assurance sample shows reports are evaluative rather than descriptive.", "G",
              ["HL", "KW"], "2025-04", "green", None),
             ("1.3", "Report the findings of service self-evaluation to the Education Scrutiny Performance Panel "
                     "each term.",
              "Director of Education", "Termly",
              "Panel minutes show challenge on impact.", "G",
              ["Director of Education"], None, "green", "Termly"),
         ]),
        ("R2 Improve attendance in secondary schools, particularly of pupils eligible for free school meals",
         "Attendance in secondary schools remained below pre-pandemic levels and persistent absence among pupils "
         "eligible for free school meals was high.",
         [
             ("2.1", "Appoint two additional Education Welfare Officers to work with the secondary schools with the "
                     "highest rates of persistent absence.",
              "Head of Inclusion Service", "September 2024",
              "Officers in post; persistent absence reduced in target schools.", "B",
              ["Head of Inclusion Service"], "2024-09", "blue", None),
             ("2.2", "Introduce a multi-agency attendance panel for pupils whose attendance is below 50%, linked to "
                     "the family support continuum.",
              "Head of Inclusion Service / Principal Educational Psychologist", "31 March 2025",
              "Panel meets monthly; individual plans in place for all referred pupils.", "A",
              ["Head of Inclusion Service", "Principal Educational Psychologist"], "2025-03", "amber", None),
             ("2.3", "Share effective practice in engaging families of pupils eligible for free school meals through "
                     "the secondary headteachers' attendance network.",
              "Attendance and Wellbeing Lead Officer", "Summer term 2025",
              "Case studies shared with all secondary schools.", "",
              ["Attendance and Wellbeing Lead Officer"], "2025-07", "unrated", None),
         ]),
        ("R3 Ensure that the targets in the Welsh in Education Strategic Plan (WESP) are met through timely and "
         "well-co-ordinated planning",
         "Estyn found that progress towards increasing the number of pupils taught through the medium of Welsh "
         "was slower than planned.",
         [
             ("3.1", "Complete the statutory consultation on establishing a new Welsh-medium primary school in the "
                     "east of the city.",
              "Head of Education Planning and Resources", "December 2024",
              "Cabinet decision made.", "B",
              ["Head of Education Planning and Resources"], "2024-12", "blue", None),
             ("3.2", "Expand Welsh language immersion provision (Canolfan Trochi) to a second site to support "
                     "latecomers to Welsh-medium education.",
              "Welsh in Education Officer", "Sept 2025",
              "Second immersion centre open; number of latecomers supported increases.", "G",
              ["Welsh in Education Officer"], "2025-09", "green", None),
             ("3.3", "Monitor progress against WESP targets through the WESP Forum and report to Cabinet.",
              "Head of Education Planning and Resources", "Annually",
              "Annual WESP review reports progress against each outcome.", "G",
              ["Head of Education Planning and Resources"], None, "green", "Annually"),
         ]),
    ]
    rag_col = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    actions = []
    for heading, found, acts in recs:
        d.add_heading(heading, level=2)
        p = d.add_paragraph()
        p.add_run("What Estyn found: ").bold = True
        p.add_run(found)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Actions", "Lead officer(s)", "Timescale",
                                           "Success criteria", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for (ref, text, lead_txt, when, success, rag, lead, end, status, end_text) in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead_txt, when, success, rag]):
                set_cell(c, v)
            if rag:
                shade(cells[5], rag_col[rag])
            actions.append(act(ref, [heading], text, lead, end, status, end_text))
        d.add_paragraph()
    d.add_paragraph("Notes: RAG ratings reflect the position at 10 January 2025. The next update will be presented "
                    "to Cabinet in April 2025.")
    d.save(out(name))

    write_expected(
        name,
        source=("Imitates a Welsh local authority's post-inspection action plan (PIAP) after an Estyn inspection of "
                "local government education services (LGES), as presented to a scrutiny panel with a progress update "
                "(2024–25). Copied features: bilingual council name line, document control table, RAG key table "
                "with a B (complete) rating, one section per Estyn recommendation (R1–R3 headings) with a 'What "
                "Estyn found' paragraph and its own action table (Ref, Actions, Lead officer(s), Timescale, Success "
                "criteria, RAG), initials as leads, school-term timescales, 'Termly' and 'Annually'."),
        reads=("A Word PIAP with three recommendation sections, each followed by a table of three numbered actions "
               "with lead officers, timescales (months, terms, 'Termly', 'Annually'), success criteria and a RAG "
               "letter; one RAG cell is empty. The document control and RAG key tables are not part of the plan."),
        outcome="read", title=title, actions=actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Aquinas Diocesan Grammar School - ETI inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_aquinas():
    name = "zzm-aquinas-diocesan-grammar-school-eti-inspection-action-plan.docx"
    title = "Aquinas Diocesan Grammar School: Action Plan following ETI Inspection (January 2025)"
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = h.add_run(title)
    rr.bold = True
    rr.font.size = Pt(16)
    d.add_paragraph("Prepared by the Senior Leadership Team and approved by the Board of Governors on 20 March 2025. "
                    "Progress reviewed: June 2025.")
    d.add_paragraph("The Education and Training Inspectorate (ETI) report, published in March 2025, identified the "
                    "following areas for improvement, which have been incorporated into the School Development Plan:")
    afis = [
        "Area for improvement 1: To improve the consistency of the quality of learning and teaching at key stage 3 "
        "so that all pupils are appropriately challenged.",
        "Area for improvement 2: To develop further the use of data by middle leaders to identify and address "
        "underachievement in GCSE outcomes.",
        "Area for improvement 3: To ensure that provision for pupils with special educational needs is consistently "
        "planned for in lessons.",
    ]
    for a in afis:
        d.add_paragraph(a.split(": ", 1)[1], style="List Bullet")

    p = d.add_paragraph()
    p.add_run("Progress key: ").bold = True
    p.add_run("Blue = completed; Green = on track; Amber = some slippage; Red = not on track")
    key = d.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for c, (txt, col) in zip(key.rows[0].cells, [("Completed", BLUE), ("On track", GREEN),
                                                 ("Some slippage", AMBER), ("Not on track", RED)]):
        set_cell(c, txt)
        shade(c, col)
    d.add_paragraph()

    rows = [
        (afis[0], [
            ("Establish a teaching and learning group to develop and share effective practice in questioning and "
             "differentiation.",
             "Group meets half-termly; practice shared at two staff development days.",
             "Vice-Principal (Teaching and Learning)", "April 2025", BLUE,
             "Group established; sharing sessions held on 7 April and 2 June.",
             ["Vice-Principal (Teaching and Learning)"], "2025-04", "blue", None),
            ("Introduce a programme of paired lesson observations with a focus on challenge for more able pupils.",
             "Observation records show consistent challenge in most key stage 3 lessons.",
             "Vice-Principal (Teaching and Learning); Heads of Department", "September 2025 – June 2026", GREEN,
             "Observation schedule agreed for 2025/26.",
             ["Vice-Principal (Teaching and Learning)", "Heads of Department"], "2026-06", "green", None),
            ("Review key stage 3 schemes of work in English, mathematics and science to build in extension tasks.",
             "Revised schemes of work in place for September 2025.",
             "Mr D Quinn, Mrs A Rooney", "End of June 2025", AMBER,
             "English and mathematics complete; science to be finished in August.",
             ["Mr D Quinn", "Mrs A Rooney"], "2025-06", "amber", None),
        ]),
        (afis[1], [
            ("Provide training for all heads of department on the use of the school's tracking system (SIMS and CEM "
             "data) to set targets and identify underachievement.",
             "All heads of department set evidence-based targets for GCSE classes.",
             "Senior Teacher (Data and Assessment)", "31/05/2025", BLUE,
             "Training delivered 13 May 2025.",
             ["Senior Teacher (Data and Assessment)"], "2025-05", "blue", None),
            ("Hold departmental review meetings between each head of department and a link member of the senior "
             "leadership team.",
             "Minutes show actions agreed for pupils identified as underachieving.",
             "Principal", "Termly", GREEN,
             "First round completed in May 2025.",
             ["Principal"], None, "green", "Termly"),
            ("Put in place targeted mentoring for identified Year 11 and Year 12 pupils at risk of underachieving.",
             "Mentored pupils meet or exceed their target grades.",
             "Head of Year 11 & Head of Year 12", "October 2025 – May 2026", GREEN,
             "Mentors identified; pupils to be selected after October assessments.",
             ["Head of Year 11", "Head of Year 12"], "2026-05", "green", None),
        ]),
        (afis[2], [
            ("Update the SEN register and pupil profiles, and share them with all staff through the school's "
             "learning platform.",
             "All staff can access current pupil profiles.",
             "SENCo", "March 2025", BLUE,
             "Complete.",
             ["SENCo"], "2025-03", "blue", None),
            ("Deliver whole-staff training on adapting lessons for pupils with dyslexia and autism, in partnership "
             "with the Education Authority.",
             "Lesson observations show adapted resources and strategies in use.",
             "SENCo / Vice-Principal (Pastoral)", "Sept 2025", RED,
             "Education Authority training date cancelled; new date not yet confirmed.",
             ["SENCo", "Vice-Principal (Pastoral)"], "2025-09", "red", None),
        ]),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, hd in zip(t.rows[0].cells, ["Actions", "Success criteria", "Person(s) responsible", "Timescale",
                                       "RAG", "Evaluation (June 2025)"]):
        set_cell(c, hd, bold=True)
        shade(c, "DDD9C4")
    actions = []
    for afi, acts in rows:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, afi, bold=True)
        shade(m, "F2F2F2")
        for (text, success, who, when, col, evaln, lead, end, status, end_text) in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [text, success, who, when, "", evaln]):
                set_cell(c, v)
            shade(cells[4], col)
            actions.append(act(None, [afi], text, lead, end, status, end_text))
    d.add_paragraph()
    d.add_paragraph("Signed: ____________________ Chair of the Board of Governors")
    d.add_paragraph("Signed: ____________________ Principal")
    d.save(out(name))

    write_expected(
        name,
        source=("Imitates a Northern Ireland post-primary school's action plan responding to an Education and "
                "Training Inspectorate (ETI) inspection, drawn up by the senior leadership team and approved by the "
                "Board of Governors (2025). Copied features: centred title, approval line, bulleted list of the ETI "
                "areas for improvement, a colour progress key ('Blue = completed ...'), one table with a merged "
                "full-width row per area for improvement above its actions, columns Actions / Success criteria / "
                "Person(s) responsible / Timescale / RAG / Evaluation, RAG shown only by cell shading, no action "
                "refs, governors' signature lines."),
        reads=("One action table under three areas for improvement, with eight unnumbered actions, each with the "
               "person(s) responsible (posts or named teachers), a timescale and a shaded RAG cell read through "
               "the progress key. The bulleted list above repeats the areas for improvement and is not a plan."),
        outcome="read", title=title, actions=actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. PSNI - NIAO report to those charged with governance recommendations tracker (csv)
# ---------------------------------------------------------------------------
def make_psni():
    name = "zzm-psni-niao-report-to-those-charged-with-governance-recommendations-tracker.csv"
    title = ("Police Service of Northern Ireland - NIAO Report to Those Charged with Governance: "
             "Recommendations Tracker")
    header = ["Ref", "Priority", "Finding", "Recommendation", "Management response / agreed action",
              "Responsible officer", "Target date", "Revised target date", "Status", "Update (November 2025)"]
    sec1 = "2024-25 Report to Those Charged with Governance (issued July 2025)"
    sec2 = "2023-24 Report to Those Charged with Governance - outstanding recommendations"
    data = [
        (sec1, [
            ("24/25-1", "1",
             "Overtime payments: testing identified overtime claims authorised by officers who were not the "
             "claimant's line manager, and claims paid more than three months after the duty was worked.",
             "PSNI should enforce the overtime authorisation policy and introduce system controls to prevent claims "
             "being approved outside the line management chain.",
             "Duty management system to be reconfigured so that overtime can only be approved by the claimant's "
             "line manager or a nominated deputy. Claims older than 90 days to require Superintendent approval.",
             "Director of Finance and Support Services", "31/03/2026", "", "In progress - on track",
             "System change tested in October 2025; go-live planned for January 2026.",
             ["Director of Finance and Support Services"], "2026-03", "green"),
            ("24/25-2", "2",
             "Fixed asset register: a sample of vehicles disposed of during the year remained on the fixed asset "
             "register.",
             "The fixed asset register should be reconciled to the fleet management system at least quarterly.",
             "Quarterly reconciliation between the fixed asset register and the fleet management system, signed off "
             "by the Head of Financial Accounting.",
             "Head of Financial Accounting; Head of Transport Services", "30/09/2025", "", "Implemented",
             "Q2 reconciliation completed and signed off on 14 October 2025.",
             ["Head of Financial Accounting", "Head of Transport Services"], "2025-09", "blue"),
            ("24/25-3", "2",
             "Holiday pay accrual: the accrual for untaken annual leave was based on a 2019 sample and had not been "
             "updated for changes in shift patterns.",
             "The holiday pay accrual should be recalculated using current leave records.",
             "Accrual methodology to be updated using leave balances extracted from the duty management system at "
             "31 March 2026.",
             "Head of Financial Accounting", "31/03/2026", "", "In progress - on track",
             "Methodology agreed with NIAO in September 2025.",
             ["Head of Financial Accounting"], "2026-03", "green"),
            ("24/25-4", "1",
             "Procurement: five contracts totalling £1.2 million were directly awarded without an approved business "
             "case or single tender action form.",
             "All direct awards must be supported by an approved single tender action and reported to the Audit and "
             "Risk Assurance Committee.",
             "Procurement guidance to be reissued to all budget holders; quarterly report of single tender actions "
             "to be presented to ARAC.",
             "Head of Procurement and Logistics Services", "31/12/2025", "30/06/2026",
             "In progress - behind schedule",
             "Guidance reissued. First quarterly report delayed pending new contract management system.",
             ["Head of Procurement and Logistics Services"], "2026-06", "amber"),
            ("24/25-5", "3",
             "Register of interests: declarations for three senior officers had not been updated within the year.",
             "Declarations of interest should be obtained from all senior officers annually.",
             "Annual declaration exercise to be run each April, with reminders issued by Corporate Governance.",
             "Head of Corporate Governance", "Oct-25", "", "Implemented",
             "All declarations received.",
             ["Head of Corporate Governance"], "2025-10", "blue"),
        ]),
        (sec2, [
            ("23/24-2", "1",
             "Payroll: leavers were not always removed from payroll promptly, resulting in overpayments of "
             "£214,000.",
             "PSNI should ensure that leaver notifications are processed before the payroll cut-off.",
             "Automated leaver notification from the HR system to payroll, with weekly exception reporting to "
             "district commanders and heads of department.",
             "Director of People and Organisational Development", "31/03/2025", "31/01/2026",
             "In progress - behind schedule",
             "Interface built; user acceptance testing under way.",
             ["Director of People and Organisational Development"], "2026-01", "amber"),
            ("23/24-4", "2",
             "Fraud risk assessment: the organisational fraud risk assessment had not been updated since 2021.",
             "The fraud risk assessment should be refreshed and presented to ARAC.",
             "Refresh the organisational fraud risk assessment and present it to ARAC.",
             "Chief Operating Officer / Head of Corporate Governance", "30/06/2025", "", "Overdue",
             "Not yet presented to ARAC; workshop with business areas planned for January 2026.",
             ["Chief Operating Officer", "Head of Corporate Governance"], "2025-06", "red"),
            ("23/24-6", "3",
             "Losses and special payments: the register did not record the date of approval for some write-offs.",
             "The losses and special payments register should record the approval date for each case.",
             "Register template amended to include approval date and approving officer.",
             "Head of Financial Accounting", "31/12/2024", "", "Implemented",
             "Implemented - recommended for closure, subject to NIAO review.",
             ["Head of Financial Accounting"], "2024-12", "blue"),
        ]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    ncol = len(header)
    w.writerow([title] + [""] * (ncol - 1))
    w.writerow(["Audit and Risk Assurance Committee - 4 December 2025 - position at 21 November 2025"]
               + [""] * (ncol - 1))
    w.writerow([""] * ncol)
    w.writerow(header)
    actions = []
    for sec, rows in data:
        w.writerow([sec] + [""] * (ncol - 1))
        for row in rows:
            (ref, pr, finding, rec, action, officer, tdate, rdate, status_txt, upd, lead, end, status) = row
            w.writerow([ref, pr, finding, rec, action, officer, tdate, rdate, status_txt, upd])
            actions.append(act(ref, [sec, rec], action, lead, end, status))
    w.writerow([""] * ncol)
    w.writerow(["Status key: Implemented = Blue; In progress - on track = Green; In progress - behind schedule = "
                "Amber; Overdue = Red"] + [""] * (ncol - 1))
    w.writerow(["Priority 1 - significant issue requiring urgent attention; Priority 2 - important issue to be "
                "addressed; Priority 3 - issue of lesser importance / good practice"] + [""] * (ncol - 1))
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(
        name,
        source=("Imitates the tracker a Northern Ireland public body keeps of the recommendations in the Northern "
                "Ireland Audit Office's Report to Those Charged with Governance (RTTCWG), exported to CSV for its "
                "Audit and Risk Assurance Committee (PSNI, 2024-25 with outstanding 2023-24 items). Copied features: "
                "title and meeting lines above the header, NIAO priority 1/2/3 gradings, finding / recommendation / "
                "management response columns, original and revised target dates, status words defined by a key line "
                "at the foot, and section rows separating the current-year report from brought-forward items."),
        reads=("A CSV tracker with eight NIAO recommendations in two sections (2024-25 report; outstanding 2023-24 "
               "items). Each row gives the finding, the recommendation, the agreed management action, the "
               "responsible officer(s), a target date and sometimes a revised date, and a status word read through "
               "the key at the bottom."),
        outcome="read", title=title, actions=actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. The Action Group - Care Inspectorate improvement plan (txt)
# ---------------------------------------------------------------------------
def make_action_group():
    name = "zzm-the-action-group-edinburgh-care-at-home-care-inspectorate-improvement-plan.txt"
    title = ("The Action Group - Edinburgh Care at Home and Housing Support Service: Improvement Plan following "
             "Care Inspectorate inspection (March 2025)")
    reg = ("The Social Care and Social Work Improvement Scotland (Requirements for Care Services) Regulations 2011 "
           "(SSI 2011/210)")
    kq1 = "Key question 1: How well do we support people's wellbeing?"
    kq2 = "Key question 2: How good is our leadership?"
    kq5 = "Key question 5: How well is our care and support planned?"
    req1 = ("By 31 May 2025, the provider must ensure that people receive their medication safely and as "
            "prescribed. To do this, the provider must, at a minimum, ensure that medication administration records "
            "are accurate and complete and that staff competency in medication administration is assessed at least "
            "annually. This is to comply with Regulation 4(1)(a) (Welfare of users) of " + reg + ".")
    afi1 = ("To support people's wellbeing and connection with their community, the provider should ensure that "
            "people are supported to take part in activities that are meaningful to them, in line with their "
            "outcomes. This is to ensure that care and support is consistent with the Health and Social Care "
            "Standards (HSCS) which state that: 'I can choose to have an active life and participate in a range of "
            "recreational, social, creative, physical and learning activities every day, both indoors and "
            "outdoors.' (HSCS 1.25)")
    afi2 = ("The provider should improve its quality assurance processes so that audits identify areas for "
            "improvement, with clear actions, timescales and evidence of follow-up. This should include audits of "
            "personal plans, medication and staff supervision.")
    req2 = ("By 30 June 2025, the provider must ensure that each person's personal plan accurately reflects their "
            "current health and care needs and sets out how these needs will be met. Personal plans must be "
            "reviewed with the person at least once in every six-month period. This is to comply with Regulation "
            "5(1) and (2)(b) (Personal plans) of " + reg + ".")
    blocks = [
        (kq1, [
            ("Requirement 1", req1, [
                ("1.1", "Replace paper medication administration records (MAR) with the electronic MAR module in the "
                        "care planning system for all people supported with medication.",
                 "Registered Manager", "30 April 2025", "Complete",
                 "eMAR live for all 41 people supported with medication from 22 April 2025.",
                 ["Registered Manager"], "2025-04", "blue", None),
                ("1.2", "Complete medication competency assessments for all care staff, with refresher assessments "
                        "scheduled annually.",
                 "Training and Development Coordinator; Team Leader North; Team Leader South", "31 May 2025",
                 "Complete", "All 58 care staff assessed as competent.",
                 ["Training and Development Coordinator", "Team Leader North", "Team Leader South"],
                 "2025-05", "blue", None),
                ("1.3", "Team leaders to audit eMAR exceptions weekly, with a monthly summary to the Registered "
                        "Manager.",
                 "Team Leader North / Team Leader South", "Ongoing", "On track",
                 "Weekly audits in place; missed doses down from 23 in March to 4 in July.",
                 ["Team Leader North", "Team Leader South"], None, "green", "Ongoing"),
            ]),
            ("Area for improvement 1", afi1, [
                ("A1.1", "Introduce a 'What matters to me' section in each personal plan, recording the person's "
                         "interests and the activities they want to take part in.",
                 "Senior Support Workers", "End of July 2025", "Behind",
                 "Added to 38 of 64 plans; remaining plans to be updated at their next review.",
                 ["Senior Support Workers"], "2025-07", "amber", None),
                ("A1.2", "Develop links with local community groups and share a monthly activities bulletin with the "
                         "people we support.",
                 "Community Connector", "September 2025", "On track",
                 "First two bulletins issued in July and August.",
                 ["Community Connector"], "2025-09", "green", None),
            ]),
        ]),
        (kq2, [
            ("Area for improvement 2", afi2, [
                ("A2.1", "Introduce a quality assurance calendar and audit tools for personal plans, medication and "
                         "supervision, with findings reported to the monthly governance meeting.",
                 "Quality and Compliance Manager", "w/c 07/07/25", "Complete",
                 "Calendar and tools in use; first report to governance meeting 24 July 2025.",
                 ["Quality and Compliance Manager"], "2025-07", "blue", None),
                ("A2.2", "Attend the Care Inspectorate's quality improvement webinar series and share learning with "
                         "the team leaders.",
                 "Registered Manager & Quality and Compliance Manager", "October 2025", "Not started",
                 "Booked for the October series.",
                 ["Registered Manager", "Quality and Compliance Manager"], "2025-10", "unrated", None),
            ]),
        ]),
        (kq5, [
            ("Requirement 2", req2, [
                ("2.1", "Review every personal plan with the person and their family or representative, starting with "
                        "people whose health or care needs have changed since January 2025.",
                 "Team Leader North / Team Leader South", "30/06/2025", "Complete",
                 "All 64 personal plans reviewed by 27 June 2025.",
                 ["Team Leader North", "Team Leader South"], "2025-06", "blue", None),
                ("2.2", "Set up a six-monthly review schedule in the care planning system with automatic reminders to "
                        "team leaders.",
                 "Registered Manager", "June 2025", "Complete",
                 "Reminders switched on 9 June 2025.",
                 ["Registered Manager"], "2025-06", "blue", None),
                ("2.3", "Train all senior support workers in outcome-focused personal planning.",
                 "Training and Development Coordinator", "31 October 2025", "On track",
                 "Two of three sessions delivered.",
                 ["Training and Development Coordinator"], "2025-10", "green", None),
            ]),
        ]),
    ]
    L = []
    L.append(title)
    L.append("Care Inspectorate unannounced inspection: 3 to 6 March 2025 (report published 15 April 2025)")
    L.append("Evaluations: Wellbeing 3 (Adequate); Leadership 3 (Adequate); Staff team 4 (Good); "
             "Care and support planning 2 (Weak)")
    L.append("Version 4 - reviewed by the Registered Manager, 18 August 2025")
    L.append("")
    L.append("Status key: Complete = action finished and evidenced; On track = progressing to timescale; "
             "Behind = timescale missed (amber); Not started")
    L.append("=" * 78)
    actions = []
    for kq, items in blocks:
        L.append("")
        L.append(kq)
        L.append("-" * 78)
        for label, text, acts in items:
            L.append("")
            L.append(label)
            L.append(text)
            for (ref, a, who, when, stat, prog, lead, end, status, end_text) in acts:
                L.append("")
                pad = " " * (len(ref) + 2)
                L.append(f"{ref}  Action:    {a}")
                L.append(f"{pad}Lead:      {who}")
                L.append(f"{pad}Due:       {when}")
                L.append(f"{pad}Status:    {stat}")
                L.append(f"{pad}Progress:  {prog}")
                actions.append(act(ref, [kq, text], a, lead, end, status, end_text))
    L.append("")
    L.append("=" * 78)
    L.append("Plan owner: Registered Manager. Next review: November 2025 (before Care Inspectorate follow-up).")
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

    write_expected(
        name,
        source=("Imitates a Scottish voluntary-sector care at home provider's improvement plan after a Care "
                "Inspectorate inspection (2025), kept as a plain-text version of the Word plan. Copied features: "
                "title line with service and inspection, evaluations by key question, version line, status key, "
                "sections per key question, each requirement or area for improvement quoted in full under a bare "
                "'Requirement 1' / 'Area for improvement 1' label (with regulation or HSCS reference), and labelled "
                "Action / Lead / Due / Status / Progress lines per action, with refs 1.1 and A1.1."),
        reads=("A text improvement plan with ten actions under two requirements and two areas for improvement, "
               "grouped by Care Inspectorate key question. Each action has a lead (job titles, sometimes two or "
               "three), a due date ('30 April 2025', 'End of July 2025', 'w/c 07/07/25', 'Ongoing') and a status "
               "word defined by the key."),
        outcome="read", title=title, actions=actions)
    return name, len(actions)


if __name__ == "__main__":
    made = [make_ggc(), make_edinburgh(), make_rhiwbina(), make_swansea(), make_aquinas(), make_psni(),
            make_action_group()]
    for n, k in made:
        print(f"{k:3d}  {n}")
