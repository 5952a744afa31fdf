"""Build the seven rm- blind test files (set heldout479) and their expected readings.

Run with /work/main/.venv/bin/python rm_make.py (from any directory).
Data files: three .xlsx (openpyxl), two .docx (python-docx), one .csv, one .txt.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
RAGFILL = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def D(y, m, d):
    return dt.datetime(y, m, d)


def write_expected(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. South Gloucestershire Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_sglos():
    name = "rm-south-gloucestershire-council-internal-audit-recommendations-tracker.xlsx"
    title = "South Gloucestershire Council – Internal Audit Recommendations Tracker"
    # (directorate, audit, [ (rec, priority, action, officer, orig, revised, update, status, lead_list, end) ])
    data = [
        ("Resources and Business Services", [
            ("Payroll 2023/24 – Limited Assurance", [
                (1, "High",
                 "Starter and leaver forms received after the payroll cut-off will be escalated to the relevant Head of Service, and a monthly exception report will be sent to HR Business Partners.",
                 "Payroll Manager", D(2024, 3, 31), D(2024, 7, 31),
                 "Exception report in place from the July 2024 payroll. Evidence provided to Internal Audit for verification.",
                 "Blue", ["Payroll Manager"], "2024-07"),
                (2, "Medium",
                 "Overtime claims above 20 hours in a month will require second-line approval, and the HR/payroll system workflow will be reconfigured to enforce this.",
                 "Payroll Manager / HR Systems Manager", D(2024, 6, 30), D(2025, 3, 31),
                 "Workflow change scoped with the system supplier; release scheduled for the March 2025 upgrade.",
                 "Amber", ["Payroll Manager", "HR Systems Manager"], "2025-03"),
            ]),
            ("Procurement Cards 2023/24 – Reasonable Assurance", [
                (1, "Medium",
                 "Cardholder spending limits will be reviewed against the last 12 months' usage, and cards not used in the last six months will be cancelled.",
                 "Strategic Procurement Manager", D(2025, 3, 31), None,
                 "Review of 212 cards under way; 37 dormant cards cancelled to date.",
                 "Green", ["Strategic Procurement Manager"], "2025-03"),
            ]),
        ]),
        ("People", [
            ("Direct Payments 2023/24 – Limited Assurance", [
                (2, "High",
                 "A risk-based annual review of direct payment accounts will be introduced, with unspent balances above eight weeks' value recovered.",
                 "Head of Adult Social Care Finance; Direct Payments Team Manager", D(2024, 5, 31), D(2024, 11, 30),
                 "Reviews started for high-value accounts only. Recovery of surplus balances delayed by vacancies in the Financial Assessment Team; escalated to People DMT.",
                 "Red", ["Head of Adult Social Care Finance", "Direct Payments Team Manager"], "2024-11"),
                (3, "Medium",
                 "Direct payment agreements will be reissued to all recipients using the updated template approved by Legal Services.",
                 "Direct Payments Team Manager", D(2024, 8, 31), None,
                 "All 640 agreements reissued by 23 August 2024.",
                 "Blue", ["Direct Payments Team Manager"], "2024-08"),
            ]),
            ("Schools Financial Value Standard 2024/25 – Reasonable Assurance", [
                (1, "Low",
                 "Maintained schools that have not submitted their SFVS return by the deadline will be reported to Schools Forum.",
                 "Schools Finance Manager", D(2025, 3, 31), None,
                 "Not yet due.",
                 None, ["Schools Finance Manager"], "2025-03"),
            ]),
        ]),
        ("Environment and Community Services", [
            ("Fleet Management 2023/24 – Limited Assurance", [
                (1, "High",
                 "Vehicle defect reports will be recorded in the fleet management system on the day they are raised and reviewed weekly by the Fleet Manager.",
                 "Fleet Manager", D(2024, 4, 30), D(2024, 9, 30),
                 "Weekly review not yet evidenced; system licences for depot staff have now been purchased.",
                 "Red", ["Fleet Manager"], "2024-09"),
                (4, "Medium",
                 "Fuel card transactions will be reconciled to vehicle mileage monthly, with exceptions investigated and reported to the Head of Street Care.",
                 "Fleet Manager", D(2024, 7, 31), D(2025, 1, 31),
                 "Reconciliation template agreed; first two months completed.",
                 "Amber", ["Fleet Manager"], "2025-01"),
            ]),
        ]),
    ]

    wb = Workbook()
    # --- Summary sheet
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary of outstanding recommendations as at 31 December 2024"
    ws["A2"].font = Font(italic=True)
    hdr = ["Directorate", "Blue", "Green", "Amber", "Red", "Not rated", "Total"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF" if h != "Amber" else "000000")
        cell.fill = fill({"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}.get(h, "1F3864"))
        cell.border = BORDER
    r = 5
    totals = [0] * 6
    for directorate, audits in data:
        counts = [0] * 6
        for _, recs in audits:
            for rec in recs:
                st = rec[7]
                idx = {"Blue": 0, "Green": 1, "Amber": 2, "Red": 3, None: 4}[st]
                counts[idx] += 1
        counts[5] = sum(counts[:5])
        ws.cell(row=r, column=1, value=directorate).border = BORDER
        for i, v in enumerate(counts):
            ws.cell(row=r, column=2 + i, value=v).border = BORDER
            totals[i] += v
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for i, v in enumerate(totals):
        c = ws.cell(row=r, column=2 + i, value=v)
        c.font = Font(bold=True)
        c.border = BORDER
    ws.cell(row=r + 2, column=1,
            value="Note: recommendations reported as Blue (implemented) are removed from the tracker once Internal Audit has verified the evidence.")
    ws.column_dimensions["A"].width = 38
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 11

    # --- Tracker sheet
    ws = wb.create_sheet("Tracker")
    ncol = 8
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Audit and Accounts Committee – 30 January 2025. Position as at 31 December 2024."
    heads = ["Rec No.", "Priority", "Agreed Management Action", "Responsible Officer",
             "Original Target Date", "Revised Target Date", "Management Update (December 2024)", "Status"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    r = 5
    actions = []
    for directorate, audits in data:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(row=r, column=1, value=directorate)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5597")
        r += 1
        for audit, recs in audits:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=audit)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            r += 1
            for (no, pri, text, off, orig, rev, upd, st, leads, end) in recs:
                vals = [no, pri, text, off, orig, rev, upd, st]
                for ci, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=ci, value=v)
                    cell.alignment = WRAP
                    cell.border = BORDER
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                if st:
                    ws.cell(row=r, column=8).fill = fill(RAGFILL[st])
                r += 1
                actions.append(act(str(no), [directorate, audit], text, leads, end,
                                   {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red", None: "unrated"}[st]))
    r += 1
    ws.cell(row=r, column=1,
            value="Priority: High – fundamental control weakness requiring urgent action; Medium – significant weakness; Low – minor issue or best practice.")
    widths = [8, 10, 60, 30, 13, 13, 50, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws.freeze_panes = "A5"

    # --- Key sheet
    ws = wb.create_sheet("Key")
    ws["A1"] = "Status key"
    ws["A1"].font = Font(bold=True)
    key = [("Blue", "Implemented – evidence provided, awaiting verification by Internal Audit"),
           ("Green", "On track to be implemented by the target date"),
           ("Amber", "Target date revised or at risk"),
           ("Red", "Overdue – past the original or revised target date")]
    for i, (k, v) in enumerate(key, 2):
        ws.cell(row=i, column=1, value=k).fill = fill(RAGFILL[k])
        ws.cell(row=i, column=2, value=v)
    ws.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a district/unitary council internal audit recommendations tracker reported to the Audit and Accounts Committee (South Gloucestershire Council style, 2024/25; layout as in audit committee 'tracking of internal audit recommendations' appendices found on moderngov pages, e.g. Bromsgrove and Central Bedfordshire). Copied features: summary sheet of counts by directorate and RAG first, detailed tracker sheet with a two-line title block, merged directorate rows and merged audit-title rows (audit name, year and assurance opinion), numbered recommendations restarting per audit, priority column, original and revised target dates as date cells, management update, status word with matching fill, a priority note under the table and a separate key sheet.",
        "reads": "An internal audit recommendations tracker for South Gloucestershire Council at 31 December 2024. The Tracker sheet lists eight agreed management actions grouped by directorate and then by audit report, each with a responsible officer, original and (sometimes) revised target dates and a Blue/Green/Amber/Red status; one action has no status yet. The Summary and Key sheets hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. North Lincolnshire Council - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def make_nlincs():
    name = "rm-north-lincolnshire-council-strategic-risk-register-2025-26.xlsx"
    title = "North Lincolnshire Council – Strategic Risk Register 2025/26"
    STATUSFILL = {"On track": GREEN, "Behind schedule": AMBER, "Off track": RED, "Complete": BLUE}
    STATUSEXP = {"On track": "green", "Behind schedule": "amber", "Off track": "red", "Complete": "blue",
                 "Not started": "unrated"}
    risks = [
        ("SR1 – Financial resilience",
         "Demand pressures in social care and home to school transport, and uncertainty over the Fair Funding Review, lead to the council being unable to set a balanced budget, with unplanned use of reserves and reductions in services.",
         "Director of Governance and Partnerships", "5 x 5 = 25",
         "Medium Term Financial Plan; monthly budget monitoring to CMT and Cabinet; reserves strategy; spending controls panel",
         "4 x 4 = 16", RED, "↔", [
             ("SR1.1", "Deliver the 2025/26 savings programme (£8.4m) and report delivery monthly to the Cabinet Member for Finance.",
              "Head of Finance (S151 Officer)", D(2026, 3, 31), "On track", ["Head of Finance (S151 Officer)"], "2026-03", None),
             ("SR1.2", "Refresh the Medium Term Financial Plan to 2029/30 once the provisional Local Government Finance Settlement is published.",
              "Head of Finance (S151 Officer)", "February 2026", "Not started", ["Head of Finance (S151 Officer)"], "2026-02", None),
         ]),
        ("SR2 – Cyber security and information governance",
         "A successful cyber attack or data breach causes loss of systems and data, disruption to services and regulatory action by the ICO.",
         "Director of Governance and Partnerships", "5 x 5 = 25",
         "Firewalls and endpoint protection; PSN compliance; mandatory e-learning; 24/7 security operations centre",
         "3 x 5 = 15", RED, "↓", [
             ("SR2.1", "Complete the migration of the remaining on-premise servers to the cloud tenancy and decommission the Church Square data centre.",
              "Head of IT / Cyber Security Lead", "Q4 2025/26", "Behind schedule", ["Head of IT", "Cyber Security Lead"], "2026-03", None),
             ("SR2.2", "Run a cyber incident tabletop exercise with the Corporate Management Team.",
              "Cyber Security Lead", D(2025, 9, 30), "Complete", ["Cyber Security Lead"], "2025-09", None),
             ("SR2.3", "Monitor completion of the annual information governance e-learning and report non-completion to the Information Governance Board.",
              "Data Protection Officer", "Ongoing", "On track", ["Data Protection Officer"], None, "Ongoing"),
         ]),
        ("SR3 – Safeguarding children",
         "Failure to identify and respond to the risk of harm results in serious injury to or the death of a child, and loss of public confidence.",
         "Director of Children and Community Resilience", "4 x 5 = 20",
         "Multi-agency safeguarding arrangements; MASH; quality assurance framework; Principal Social Worker practice audits",
         "2 x 5 = 10", AMBER, "↔", [
             ("SR3.1", "Implement the Families First Partnership reforms, including multi-agency child protection teams, in line with DfE guidance.",
              "Director of Children and Community Resilience", "Q3 2025/26", "On track",
              ["Director of Children and Community Resilience"], "2025-12", None),
             ("SR3.2", "Recruit to six newly qualified social worker posts through the North Lincolnshire social work academy.",
              "Head of Children's Social Care", D(2026, 1, 31), "Behind schedule", ["Head of Children's Social Care"], "2026-01", None),
         ]),
        ("SR4 – Adult social care market sufficiency",
         "Provider failure or insufficient home care capacity leads to delayed hospital discharges and eligible needs not being met.",
         "Director of Adults and Health", "4 x 4 = 16",
         "Market position statement; provider quality monitoring; fee uplift for 2025/26",
         "3 x 4 = 12", RED, "↑", [
             ("SR4.1", "Re-commission the home care framework using a zoned model for rural areas.",
              "Head of Commissioning", D(2026, 4, 1), "Not started", ["Head of Commissioning"], "2026-04", None),
         ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q2 2025-26"
    ncol = 12
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Quarter 2 review (July – September 2025) – reported to Audit Committee, 25 November 2025"
    heads = ["Risk", "Description (cause / event / effect)", "Risk owner", "Inherent score (L x I)",
             "Key controls in place", "Current score (L x I)", "Direction of travel", "Ref",
             "Further actions", "Action owner", "Target date", "Action status"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("385723")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    r = 5
    actions = []
    for (rname, desc, owner, inh, ctrl, cur, curfill, dot, acts) in risks:
        first = r
        last = r + len(acts) - 1
        for ci, v in enumerate([rname, desc, owner, inh, ctrl, cur, dot], 1):
            cell = ws.cell(row=first, column=ci, value=v)
            cell.alignment = WRAP
            if ci == 1:
                cell.font = Font(bold=True)
            if ci == 6:
                cell.fill = fill(curfill)
            if last > first:
                ws.merge_cells(start_row=first, start_column=ci, end_row=last, end_column=ci)
        for (ref, text, aown, tgt, st, leads, end, etext) in acts:
            for ci, v in zip(range(8, 13), [ref, text, aown, tgt, st]):
                cell = ws.cell(row=r, column=ci, value=v)
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if st in STATUSFILL:
                ws.cell(row=r, column=12).fill = fill(STATUSFILL[st])
            for ci in range(1, ncol + 1):
                ws.cell(row=r, column=ci).border = BORDER
            actions.append(act(ref, [rname], text, leads, end, STATUSEXP[st], etext))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Direction of travel: ↑ risk increasing; ↓ risk reducing; ↔ no change since the Quarter 1 review.")
    ws.cell(row=r + 1, column=1, value="Current score colour: 1–4 Low (green); 5–10 Medium (amber); 12–25 High (red).")
    widths = [24, 40, 22, 11, 36, 11, 10, 8, 52, 26, 13, 15]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Key and version control")
    ws["A1"] = "Action status key"
    ws["A1"].font = Font(bold=True)
    for i, (k, col) in enumerate([("On track", GREEN), ("Behind schedule", AMBER), ("Off track", RED),
                                  ("Complete", BLUE), ("Not started", None)], 2):
        c = ws.cell(row=i, column=1, value=k)
        if col:
            c.fill = fill(col)
    ws["A9"] = "Version control"
    ws["A9"].font = Font(bold=True)
    for i, row in enumerate([("Version", "Date", "Reviewed by"),
                             ("2.0", D(2025, 7, 15), "Corporate Management Team"),
                             ("2.1", D(2025, 11, 4), "Corporate Management Team")], 10):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 30
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a unitary council strategic risk register presented quarterly to the Audit Committee (North Lincolnshire Council style, Q2 2025/26), after the registers described in committee papers (e.g. Reading, East Sussex, South Kesteven: inherent and residual scores, existing controls, further actions with owner, target date and status). Copied features: title block with review period, one block per strategic risk with the risk name, description, owner, inherent score, controls, current score (red/amber fill by score) and direction-of-travel arrow merged vertically down its action rows; further actions numbered SR1.1 etc. with action owner, target date (dates, 'February 2026', 'Q4 2025/26', 'Ongoing') and action status filled by a key; notes under the table; a separate key and version-control sheet.",
        "reads": "North Lincolnshire Council's strategic risk register for 2025/26 at Quarter 2: four strategic risks, each with its scores and controls, and under them eight further actions with owners, target dates and an action status. The red/amber fill on the current risk score rates the risk, not the action; the action status column (On track, Behind schedule, Complete, Not started) is the actions' status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. City of Doncaster Council - Ofsted focused visit action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_doncaster():
    name = "rm-city-of-doncaster-council-ofsted-focused-visit-action-plan-typo-month-refuse.xlsx"
    title = "City of Doncaster Council – Ofsted Focused Visit Action Plan"
    areas = [
        ("Area for improvement 1: The quality and timeliness of strategy meetings, including the attendance of key partner agencies.", [
            ("1.1", "Introduce a daily strategy meeting slot in the Front Door with police and health representatives booked in advance.",
             "Strategy meetings held within one working day of the decision: 90%+", "Head of Service – Front Door",
             "October 2024", "November 2024", "Daily slots in place since 4 November 2024; timeliness 93% in December.", "Blue"),
            ("1.2", "Audit 30 strategy meeting records each month for partner attendance and the quality of the recorded rationale.",
             "Audit grading good or better: 75%", "Quality Assurance Manager",
             "November 2024", "January 2025", "December audit: 68% good or better; health attendance remains the main gap.", "Green"),
            ("1.3", "Escalate non-attendance by partner agencies through the Doncaster Safeguarding Children Partnership Executive.",
             "Partner attendance recorded at 95% of meetings", "Assistant Director – Safeguarding and Quality",
             "November 2024", "March 2025", "First exception report to the DSCP Executive in January 2025.", "Green"),
        ]),
        ("Area for improvement 2: The consistency of management oversight and supervision, so that children's plans progress without drift.", [
            ("2.1", "Relaunch the supervision policy with a revised recording template and reflective supervision training for team managers.",
             "Supervision within timescale: 90%", "Principal Social Worker",
             "October 2024", "December 2024", "Policy relaunched at the November practice week; 38 of 41 managers trained.", "Green"),
            ("2.2", "Monthly performance clinics with each team manager covering children without a visit, plan or supervision in timescale.",
             "Reduction in children with overdue visits to below 5%", "Head of Service – Children in Need and Child Protection",
             "December 2024", "Febuary 2025", "Clinics started in December for the Central and East teams.", "Amber"),
            ("2.3", "Introduce a workload weighting tool to keep social worker caseloads at or below 20 children.",
             "Average caseload 20 or below", "Assistant Director – Children's Social Care",
             "January 2025", "June 2025", "Tool being tested with two teams.", "Amber"),
        ]),
        ("Area for improvement 3: The quality of child in need and child protection plans, so that they are specific, measurable and understood by families.", [
            ("3.1", "Co-produce a new child's plan template with parents and the Doncaster Parent Panel, with actions written in plain language.",
             "Parents report they understand their plan (survey): 80%", "Service Manager – Child Protection Chairs",
             "January 2025", "April 2025", "First co-production session held 9 January 2025.", "Green"),
            ("3.2", "Child protection chairs to quality assure every plan at review and raise practice alerts where plans are not SMART.",
             "Practice alerts resolved within 10 working days", "Service Manager – Child Protection Chairs",
             "October 2024", "Ongoing", "Practice alert process in place; 27 alerts raised in Q3.", "Green"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncol = 8
    ws.merge_cells("A1:H1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Focused visit: children in need and children subject to a child protection plan (1–2 October 2024)"
    ws.merge_cells("A3:H3")
    ws["A3"] = "Version 1.3 – updated 13 January 2025 for the Children's Improvement Board"
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Action", "Success measure / impact", "Lead", "Start", "End", "Progress update", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BORDER
    r = 6
    typo_row = None
    for area, rows in areas:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(row=r, column=1, value=area)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        c.alignment = WRAP
        r += 1
        for row in rows:
            for ci, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=ci, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
            ws.cell(row=r, column=8).fill = fill(RAGFILL[row[7]])
            if row[5] == "Febuary 2025":
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Blue – complete; Green – on track; Amber – some slippage; Red – not on track.")
    widths = [6, 55, 32, 30, 14, 14, 45, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w

    ws2 = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Change"),
                             ("1.0", "28/11/2024", "Draft submitted to Ofsted"),
                             ("1.2", "16/12/2024", "Final plan agreed by the Children's Improvement Board"),
                             ("1.3", "13/01/2025", "Progress updates added")], 1):
        for j, v in enumerate(row, 1):
            ws2.cell(row=i, column=j, value=v)
    ws2.column_dimensions["C"].width = 55
    wb.save(os.path.join(HERE, name))
    assert typo_row == 12, typo_row

    write_expected(name, {
        "source": "Imitates a council's action plan after an Ofsted ILACS focused visit on children in need and child protection (City of Doncaster Council style, visit October 2024), the plan Ofsted requires after a focused visit and which councils take to their children's improvement boards. Copied features: three-line title block with version and board, purple header row, merged 'Area for improvement n:' rows above numbered actions, success measure column, job-title leads, start and end months written as text, progress update and filled RAG column, RAG key note under the table, version-control sheet.",
        "reads": "An action plan with three areas for improvement and eight numbered actions, with start and end months written as words. The end cell of action 2.2 (sheet row 12) reads 'Febuary 2025', a mistyped month, so a careful reader stops and asks what the end month is rather than guess.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 0


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
    parts = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Croydon Safeguarding Children Partnership - LCSPR Child T action plan (docx)
# ---------------------------------------------------------------------------
def make_croydon():
    name = "rm-croydon-safeguarding-children-partnership-cspr-child-t-action-plan.docx"
    title = "Local Child Safeguarding Practice Review: Child T"
    themes = [
        ("Learning theme 1: Hearing the voice of the child", [
            ("Recommendation 1: All agencies should ensure that practitioners see children alone and record the child’s own words, including through observation of babies and pre-verbal children.", [
                ("1.1", "Refresh the CSCP ‘Voice of the Child’ practice guidance to include observation of babies and pre-verbal children, and relaunch it through a 7-minute briefing.",
                 "CSCP Business Manager", "June 2024", "Guidance published 18 June 2024; briefing delivered to 212 practitioners.", "Blue",
                 ["CSCP Business Manager"], "2024-06", None),
                ("1.2", "Audit 20 cases across early help, children’s social care and health visiting for evidence that the child was seen alone and their words recorded.",
                 "Head of Quality Assurance (CSC)\nNamed Nurse Safeguarding Children (Croydon Health Services)", "September 2024 – March 2025",
                 "Fieldwork complete for 14 of 20 cases; findings to the April subgroup.", "Green",
                 ["Head of Quality Assurance (CSC)", "Named Nurse Safeguarding Children (Croydon Health Services)"], "2025-03",
                 "September 2024 – March 2025"),
            ]),
        ]),
        ("Learning theme 2: Information sharing between health and children’s social care", [
            ("Recommendation 2: Health and children’s social care should strengthen the sharing of information about unborn and young babies where risks are known.", [
                ("2.1", "Agree a protocol for midwives and health visitors to share concerns about unborn and new-born babies with the MASH, including when to request a strategy discussion.",
                 "Designated Nurse Safeguarding Children (SWL ICB)", "31/08/2024", "Protocol signed off by the Executive on 29 August 2024.", "Blue",
                 ["Designated Nurse Safeguarding Children (SWL ICB)"], "2024-08", None),
                ("2.2", "Add an alert to the child’s GP record when a child becomes subject to a child protection plan, and check compliance across Croydon practices.",
                 "Named GP for Safeguarding Children", "December 2024", "Alert agreed; compliance check delayed by the EMIS template change.", "Amber",
                 ["Named GP for Safeguarding Children"], "2024-12", None),
                ("2.3", "Deliver joint training for MASH and 0-19 health practitioners on the information sharing protocol.",
                 "CSCP Training Coordinator", "March 2025", "Two of four sessions delivered.", "Green",
                 ["CSCP Training Coordinator"], "2025-03", None),
            ]),
            ("Recommendation 3: The Safeguarding Partners should seek assurance that pre-birth assessments start early enough for a plan to be in place before the baby is born.", [
                ("3.1", "Revise the pre-birth protocol so that referrals made before 20 weeks’ gestation are allocated for assessment by 24 weeks.",
                 "Head of Service – Assessment and MASH", "October 2024", "Revised protocol in use from 1 October 2024.", "Blue",
                 ["Head of Service – Assessment and MASH"], "2024-10", None),
            ]),
        ]),
        ("Learning theme 3: Professional curiosity about adults in the household", [
            ("Recommendation 4: Agencies should ensure that practitioners are professionally curious about new adults in a child’s life and that checks are made on them.", [
                ("4.1", "Include questions about all adults living in or visiting the household in the MASH and early help assessment templates.",
                 "Head of Early Help / Head of Service – Assessment and MASH", "November 2024",
                 "Template change delayed by the case recording system upgrade; now scheduled for February 2025.", "Red",
                 ["Head of Early Help", "Head of Service – Assessment and MASH"], "2024-11", None),
                ("4.2", "Police to check PNC and PND for any adult identified as a new partner when a child is open to children’s social care, and share the outcome at the strategy discussion.",
                 "Metropolitan Police – South Area BCU Safeguarding Lead", "Ongoing", "Checks embedded in MASH police research standard.", "Green",
                 ["Metropolitan Police – South Area BCU Safeguarding Lead"], None, "Ongoing"),
            ]),
        ]),
    ]
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    run = p.add_run("Croydon Safeguarding Children Partnership")
    run.bold = True
    run.font.size = Pt(12)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Multi-Agency Action Plan")
    doc.add_paragraph("Status: live document, monitored by the CSCP Learning and Improvement Subgroup.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.4"), ("Date agreed by the Safeguarding Partners", "21 March 2024"),
                 ("Last updated", "15 January 2025"), ("Owner", "CSCP Business Manager")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG rating key")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Blue", "Action complete and evidence of impact received"), ("Green", "On track"),
                 ("Amber", "Some slippage or at risk"), ("Red", "Off track – escalate to the Executive")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], RAGFILL[k])
        set_cell(cells[1], v)

    actions = []
    heads = ["Ref", "Action", "Lead", "Timescale", "Progress update", "RAG"]
    for theme, recs in themes:
        doc.add_heading(theme, level=2)
        for rec, rows in recs:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            m = t.cell(0, 0).merge(t.cell(0, 5))
            set_cell(m, rec, bold=True)
            shade(m, "DEEAF6")
            for i, h in enumerate(heads):
                set_cell(t.cell(1, i), h, bold=True)
                shade(t.cell(1, i), "BDD7EE")
            for (ref, text, lead, when, prog, rag, leads, end, etext) in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, lead, when, prog, rag]):
                    set_cell(c, v)
                shade(cells[5], RAGFILL[rag])
                actions.append(act(ref, [theme, rec], text, leads, end, rag.lower(), etext))
            doc.add_paragraph()
    doc.add_paragraph("Next review of this action plan: Learning and Improvement Subgroup, April 2025.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a local safeguarding children partnership's multi-agency action plan for a Local Child Safeguarding Practice Review (Croydon Safeguarding Children Partnership style, review agreed March 2024, updated January 2025), after the LCSPR action-plan practice described in partnership procedures (Bucks, Durham, Cambridgeshire and Peterborough). Copied features: partnership name and review title, document-control table, RAG key table with shaded cells, learning-theme headings, one table per recommendation with the recommendation in a merged shaded first row, numbered actions with agency/job-title leads (two leads on separate lines in one cell, two posts split by '/'), timescales as months, a date, a period and 'Ongoing', progress update and shaded RAG word.",
        "reads": "The CSCP action plan for the Child T practice review: three learning themes, four recommendations each in its own table, and eight numbered actions with leads, timescales, progress and a Blue/Green/Amber/Red rating. The document-control and RAG key tables are not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Shropshire Council - ILACS improvement plan (docx)
# ---------------------------------------------------------------------------
def make_shropshire():
    name = "rm-shropshire-council-ilacs-improvement-plan.docx"
    title = "Children’s Services Improvement Plan"
    recs = [
        ("1. The timeliness of initial child protection conferences for children who need them.", [
            ("1.1", "Introduce a weekly tracker of strategy discussions that progress to section 47 enquiries, reviewed by the Safeguarding Service Manager.",
             "Safeguarding Service Manager", "June 2022", "", "Tracker in place since May 2022. ICPCs within 15 working days: 91% in Q2.",
             GREEN, BLUE, ["Safeguarding Service Manager"], "2022-06", "blue"),
            ("1.2", "Recruit two additional child protection conference chairs to meet increased demand.",
             "Head of Children’s Social Work and Safeguarding", "September 2022", "January 2023",
             "One chair started in November 2022; second post offered, start date January 2023.",
             AMBER, GREEN, ["Head of Children’s Social Work and Safeguarding"], "2023-01", "green"),
        ]),
        ("2. Management oversight and supervision in the assessment teams, so that actions are followed up and children’s plans progress.", [
            ("2.1", "Revise the supervision policy and template to record reflective discussion, actions and timescales.",
             "Principal Social Worker", "July 2022", "", "Revised policy and template launched 4 July 2022.",
             GREEN, BLUE, ["Principal Social Worker"], "2022-07", "blue"),
            ("2.2", "Quarterly audits of supervision records in the First Point of Contact and Assessment teams, with findings reported to the Quality Assurance Board.",
             "Principal Social Worker / Quality Assurance Manager", "Quarterly", "",
             "Q2 audit: 78% of records good; Q3 audit under way.",
             GREEN, GREEN, ["Principal Social Worker", "Quality Assurance Manager"], None, "green"),
            ("2.3", "Deliver a team manager development programme with the West Midlands Regional Improvement and Innovation Alliance.",
             "Workforce Development Manager", "October 2022", "March 2023",
             "Cohort 1 started October 2022; cohort 2 delayed to February 2023 by facilitator availability.",
             AMBER, AMBER, ["Workforce Development Manager"], "2023-03", "amber"),
        ]),
        ("3. The sufficiency of placements for children in care, including those aged 16 and 17 who need supported accommodation.", [
            ("3.1", "Open two further in-house children’s homes through the Stepping Stones project.",
             "Head of Children’s Placements and Sufficiency", "March 2023", "September 2023",
             "Planning permission granted for the first home; second property purchase has fallen through.",
             AMBER, RED, ["Head of Children’s Placements and Sufficiency"], "2023-09", "red"),
            ("3.2", "Launch the foster carer recruitment campaign and the revised fee structure.",
             "Fostering Service Manager", "November 2022", "", "Campaign launched 1 November 2022; 19 enquiries in the first month.",
             GREEN, BLUE, ["Fostering Service Manager"], "2022-11", "blue"),
            ("3.3", "Commission a supported accommodation framework for 16 and 17 year olds that meets the new Ofsted registration requirements.",
             "Commissioning Manager (Children’s)", "April 2023", "", "New action added in November 2022. Market engagement event held 6 December 2022.",
             None, GREEN, ["Commissioning Manager (Children’s)"], "2023-04", "green"),
        ]),
    ]
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Shropshire Council")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Response to the Ofsted Inspection of Local Authority Children’s Services (ILACS), February 2022")
    doc.add_paragraph("Version 3 – progress update for the Children’s Improvement Board, 12 January 2023")
    doc.add_paragraph(
        "Ofsted judged Shropshire’s children’s services to be good overall. The inspection report set out what needs "
        "to improve, and this plan is our response. Progress is reported to the Children’s Improvement Board every six "
        "weeks and to People Overview Committee twice a year.")
    doc.add_paragraph(
        "RAG key: Blue – complete; Green – on track; Amber – at risk of missing the target date; Red – off track. "
        "The previous RAG is the rating reported to the Board in November 2022.")

    heads = ["Ref", "Action", "Lead officer", "Target date", "Revised date", "Progress to date", "Previous RAG", "Current RAG"]
    t = doc.add_table(rows=1, cols=8)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "D9D9D9")
    actions = []
    for rec, rows in recs:
        cells = t.add_row().cells
        m = cells[0].merge(cells[7])
        set_cell(m, rec, bold=True)
        shade(m, "FBE4D5")
        for (ref, text, lead, tgt, rev, prog, prev, cur, leads, end, st) in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, tgt, rev, prog, "", ""]):
                set_cell(c, v)
            if prev:
                shade(cells[6], prev)
            shade(cells[7], cur)
            actions.append(act(ref, [rec], text, leads, end, st, "Quarterly" if tgt == "Quarterly" else None))
    doc.add_paragraph()
    doc.add_paragraph("Notes: actions 1.1, 2.1 and 3.2 will be closed at the next Board once evidence of impact has been reviewed.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a county/unitary council's post-inspection improvement plan after an ILACS inspection (Shropshire Council, inspected February 2022 and judged good overall, https://newsroom.shropshire.gov.uk/2022/03/good-childrens-services-ofsted-inspection; plans of this kind go to the Children's Improvement Board and scrutiny). Copied features: council name and plan title, a subtitle naming the inspection, version line, introductory and RAG-key paragraphs, one landscape table with the 'what needs to improve' points as merged shaded numbered rows above numbered actions, lead officer, target date and revised date columns, progress text, and previous and current RAG shown only by cell shading, with a notes line under the table.",
        "reads": "Shropshire's children's services improvement plan responding to the February 2022 ILACS: three numbered areas to improve with eight actions under them, each with a lead officer, target date (some revised), progress and a previous and current RAG given only as cell colour. The current RAG is the status; where a revised date is given it is the end.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Barking and Dagenham Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
def make_bd():
    import csv
    import io
    name = "rm-barking-dagenham-health-and-wellbeing-board-action-log.csv"
    title = "Barking and Dagenham Health and Wellbeing Board – Action Log"
    ncol = 8
    rows = [
        [title] + [""] * (ncol - 1),
        ["Updated after the meeting held on 4 March 2025"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Status key: Complete = action closed; G = on track; A = at risk; R = overdue"] + [""] * (ncol - 1),
        ["Action No.", "Meeting date", "Agenda item", "Action", "Responsible officer(s)", "Due date", "Update", "Status"],
    ]
    items = [
        ("HWB/24/17", "10/09/2024", "Item 5 – Joint Strategic Needs Assessment 2024",
         "Circulate the JSNA ward profiles for Thames View and Marks Gate to all Board members.",
         "Director of Public Health", "31/10/2024", "Circulated 22/10/2024.", "Complete",
         ["Director of Public Health"], "2024-10", "blue", None),
        ("HWB/24/19", "10/09/2024", "Item 7 – Childhood immunisations",
         "Arrange a development session on MMR uptake with NHS England (London) and the 0-19 service.",
         "Consultant in Public Health (Children and Young People)", "December 2024",
         "Session held at the Board development day on 3 December.", "Complete",
         ["Consultant in Public Health (Children and Young People)"], "2024-12", "blue", None),
        ("HWB/24/23", "10/12/2024", "Item 6 – Better Care Fund Q2 return",
         "Provide a breakdown of discharge to assess spend by pathway, compared with Havering and Redbridge.",
         "Head of Finance (Adults) / Place Finance Lead (NEL ICB)", "04/03/2025",
         "Deferred – data not received from the ICB in time; to come to the June meeting.", "R",
         ["Head of Finance (Adults)", "Place Finance Lead (NEL ICB)"], "2025-03", "red", None),
        ("HWB/24/24", "10/12/2024", "Item 8 – Pharmaceutical Needs Assessment",
         "Respond to the consultation on the draft PNA on behalf of the Board:\n- note the gap in late-evening provision in Chadwell Heath\n- ask for the 100-hour pharmacy closures to be mapped",
         "Sarah Okafor and Daniel Hughes", "17/01/2025", "Response submitted 15/01/2025.", "Complete",
         ["Sarah Okafor", "Daniel Hughes"], "2025-01", "blue", None),
        ("HWB/25/02", "04/03/2025", "Item 5 – Joint Local Health and Wellbeing Strategy refresh",
         "Hold a workshop with residents and voluntary sector partners on the refreshed strategy priorities.",
         "Strategy and Participation Manager", "May 2025", "Venue booked (Barking Learning Centre, 14 May).", "G",
         ["Strategy and Participation Manager"], "2025-05", "green", None),
        ("HWB/25/03", "04/03/2025", "Item 6 – Tobacco and vapes",
         "Report back on enforcement activity against illicit vape sales near schools.",
         "Trading Standards Manager", "Jun-25", "Data request to the Met Police still outstanding.", "A",
         ["Trading Standards Manager"], "2025-06", "amber", None),
        ("HWB/25/04", "04/03/2025", "Item 9 – Any other business",
         "Add the Best Start for Life annual report to the Board's forward plan.",
         "Democratic Services Officer", "Next meeting", "", "",
         ["Democratic Services Officer"], None, "unrated", "Next meeting"),
    ]
    actions = []
    for it in items:
        rows.append(list(it[:8]))
        if it[0] == "HWB/25/02":
            # continuation line: the update ran on to a second row in the source spreadsheet
            rows.append(["", "", "", "", "", "", "Invitations to go out through the BD Collective in April.", ""])
        actions.append(act(it[0], [], it[3], it[8], it[9], it[10], it[11]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    write_expected(name, {
        "source": "Imitates a London borough Health and Wellbeing Board action log saved from Excel as CSV (Barking and Dagenham HWB style, 2024/25 meetings), after the matters-arising/action logs appended to HWB agendas on moderngov sites (e.g. Haringey, Slough, Wokingham). Copied features: title and 'updated after' lines padded with empty columns, a status key line, action numbers by board year, meeting date and agenda item columns, one multi-line action in a quoted field, a job-title lead containing 'and', two named people joined by 'and', two posts split by '/', due dates as dd/mm/yyyy, month names, 'Jun-25' and 'Next meeting', status as Complete/G/A/R or blank, and a continuation row carrying the rest of an update.",
        "reads": "The Barking and Dagenham Health and Wellbeing Board action log after the 4 March 2025 meeting: seven actions from three meetings, each with a responsible officer, due date, update and status. The row with only an update is the continuation of action HWB/25/02's update, not a new action.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Southampton Safe City Partnership - DHR action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_southampton():
    name = "rm-southampton-safe-city-partnership-dhr-ellen-action-plan.txt"
    title = "Southampton Safe City Partnership: Domestic Homicide Review (Ellen) – Action Plan"
    recs = [
        ("1. Adult social care and health partners should ensure that carer's assessments give the carer and the cared-for person a safe, private opportunity to be asked about domestic abuse.", [
            ("Local", "Add a routine enquiry question on domestic abuse, asked of each person separately, to the carer's assessment and review templates.",
             "Southampton City Council Adult Social Care", "Template amended and live on the case recording system.", "30/09/2024",
             "Completed 26/09/2024", "Complete", ["Southampton City Council Adult Social Care"], "2024-09", "blue", None),
            ("Local", "Deliver briefings to adult social care teams and the Carers in Southampton service on asking about domestic abuse in older couples.",
             "Southampton City Council Adult Social Care & Carers in Southampton", "Four of six team briefings delivered.", "March 2025",
             "", "Green", ["Southampton City Council Adult Social Care", "Carers in Southampton"], "2025-03", "green", None),
        ]),
        ("2. Primary care should record domestic abuse disclosures and concerns so that they are visible to every clinician in the practice.", [
            ("Local", "Issue guidance to Southampton GP practices on SNOMED coding of domestic abuse and on hiding sensitive entries from online patient access.",
             "Hampshire and Isle of Wight ICB", "Guidance issued 09/12/2024.", "December 2024",
             "Completed 09/12/2024", "Complete", ["Hampshire and Isle of Wight ICB"], "2024-12", "blue", None),
            ("Local", "Audit 10 records in each of five practices for domestic abuse coding and referrals to the IRIS service.",
             "IRIS Advocate Educator / Named GP for Safeguarding Adults", "", "Jun-25",
             "", "Not started", ["IRIS Advocate Educator", "Named GP for Safeguarding Adults"], "2025-06", "unrated", None),
        ]),
        ("3. Hampshire and Isle of Wight Constabulary should review how repeat calls from the same address about 'confusion' or 'arguments' are assessed for domestic abuse.", [
            ("Regional", "Review the THRIVE call-handling assessment for repeat calls involving older people and add a domestic abuse prompt.",
             "Hampshire and Isle of Wight Constabulary", "Review scoped by the Force Control Room; pilot in the Southampton district from May.", "31/07/2025",
             "", "Amber", ["Hampshire and Isle of Wight Constabulary"], "2025-07", "amber", None),
            ("Regional", "Share the learning from this review through the force's Domestic Abuse Matters refresher training.",
             "Hampshire and Isle of Wight Constabulary", "Included in the 2024/25 refresher package.", "Ongoing",
             "", "Green", ["Hampshire and Isle of Wight Constabulary"], None, "green", "Ongoing"),
        ]),
        ("4. The Safe City Partnership should make sure the learning from this review reaches faith and community groups that support older residents.", [
            ("Local", "Produce a one-page learning briefing and share it through the Southampton Voluntary Services network and the Older Persons Forum.",
             "Safe City Partnership Manager", "Briefing drafted; awaiting family's agreement to the wording.", "April 2025",
             "", "Green", ["Safe City Partnership Manager"], "2025-04", "green", None),
        ]),
    ]
    lines = [
        title,
        "Position at 12 February 2025 – for the DHR Steering Group",
        "",
        "\t".join(["Recommendation", "Scope (local / regional / national)", "Action to take", "Lead agency",
                   "Key milestones achieved", "Target date", "Date of completion and outcome", "Status"]),
    ]
    actions = []
    for rec, rows in recs:
        for i, (scope, text, lead, miles, tgt, done, st, leads, end, est, etext) in enumerate(rows):
            lines.append("\t".join([rec if i == 0 else "", scope, text, lead, miles, tgt, done, st]))
            actions.append(act(None, [rec], text, leads, end, est, etext))
    lines.append("")
    lines.append("Actions will be signed off by the DHR Steering Group when the lead agency provides evidence of completion.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": "Imitates a community safety partnership's Domestic Homicide Review action plan exported from Excel as tab-separated text (Southampton Safe City Partnership style, review 'Ellen', status February 2025). Layout follows the Home Office DHR action plan template columns (Recommendation; Scope; Action to take; Lead agency; Key milestones achieved; Target date; Date of completion and outcome) with a Status column added, as local partnerships publish them. Copied features: title line and position line, numbered recommendations written only on the first of their action rows (merged cells exported as blanks), actions without refs, agency leads (one agency name containing 'and', two agencies joined by '&', two posts split by '/'), target dates as dd/mm/yyyy, month names, 'Jun-25' and 'Ongoing', and a closing note line.",
        "reads": "The Southampton Safe City Partnership action plan for the 'Ellen' DHR: four numbered recommendations with seven unnumbered actions under them, each with a lead agency, target date and status. The recommendation cell is left blank on the second action of a recommendation, which a reader takes as the same recommendation.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for fn in (make_sglos, make_nlincs, make_doncaster, make_croydon, make_shropshire, make_bd, make_southampton):
        n, k = fn()
        print(f"{n}: {k} actions")
