#!/usr/bin/env python3
"""Build the seven zq- blind cases (data files and their .expected.yaml) for set heldout585.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only writes files whose names start with zq-.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
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
    assert name.startswith("zq-")
    return os.path.join(HERE, name)


def write_expected(name, data):
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000)


def d(y, m, day):
    return dt.datetime(y, m, day)


def month_of(v):
    return "%04d-%02d" % (v.year, v.month)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Ealing – internal audit recommendations tracker (xlsx, read)
# ---------------------------------------------------------------------------
def ealing():
    name = "zq-ealing-council-internal-audit-recommendations-tracker.xlsx"
    title = "London Borough of Ealing – Internal Audit Recommendations Tracker"
    status_fill = {
        "Implemented": FILLS["blue"],
        "On track": FILLS["green"],
        "Behind schedule": FILLS["amber"],
        "Overdue": FILLS["red"],
        "Not started": None,
    }
    status_rag = {
        "Implemented": "blue",
        "On track": "green",
        "Behind schedule": "amber",
        "Overdue": "red",
        "Not started": "unrated",
    }
    # (directorate, [(audit, [actions])])
    # action: ref, priority, text, officer cell, lead list, original, revised, status, update
    plan = [
        ("Corporate Resources", [
            ("Payroll 2024/25 – Limited assurance", [
                ("PAY-01", "High",
                 "Implement a monthly reconciliation of starters and leavers between the iTrent HR system and payroll, with sign-off by the Payroll Manager and retention of evidence.",
                 "Head of HR Operations", ["Head of HR Operations"],
                 d(2025, 6, 30), d(2025, 9, 30), "Implemented",
                 "Reconciliations completed for July to October 2025; evidence reviewed by Internal Audit on 6 November."),
                ("PAY-02", "High",
                 "Introduce an exception report for overtime and additional hours claims above 20 hours in a month, reviewed by the budget holder before payment.",
                 "Payroll Manager / Head of Finance – Business Partnering",
                 ["Payroll Manager", "Head of Finance – Business Partnering"],
                 d(2025, 7, 31), d(2026, 1, 31), "Behind schedule",
                 "Report built in iTrent. User testing delayed by the October system upgrade; revised date agreed with the Head of Internal Audit."),
            ]),
            ("Accounts Payable and Supplier Bank Details 2024/25 – Limited assurance", [
                ("AP-01", "Critical",
                 "All requests to change supplier bank details to be verified by a call-back to a known contact held on the supplier master file before any amendment is made, with the verification recorded on the change form.",
                 "Head of Exchequer Services", ["Head of Exchequer Services"],
                 d(2025, 5, 31), None, "Implemented",
                 "Call-back control in place since May 2025. Sample of 25 changes tested – no exceptions."),
                ("AP-02", "High",
                 "Complete a cleanse of dormant suppliers with no payment in the last 18 months and block them on Oracle Fusion.",
                 "Head of Exchequer Services", ["Head of Exchequer Services"],
                 d(2025, 9, 30), d(2025, 12, 31), "On track",
                 "1,412 dormant suppliers identified; 1,050 blocked to date. Remainder awaiting confirmation from services."),
            ]),
            ("IT Disaster Recovery 2024/25 – Limited assurance", [
                ("DR-01", "Critical",
                 "Test the disaster recovery plan for the ten most critical systems, including restoration from immutable backups, and report the results to the Digital Board.",
                 "Assistant Director – Digital and ICT", ["Assistant Director – Digital and ICT"],
                 d(2025, 12, 31), d(2026, 3, 31), "Behind schedule",
                 "Tests for 6 of 10 systems scheduled. Social care case management test moved to March 2026 to avoid the go-live freeze."),
            ]),
        ]),
        ("Housing", [
            ("Temporary Accommodation Income Collection 2024/25 – No assurance", [
                ("TA-01", "Critical",
                 "Reconcile the temporary accommodation rent account to the housing benefit subsidy claim each month and investigate any difference over £5,000.",
                 "Head of Housing Finance", ["Head of Housing Finance"],
                 d(2025, 3, 31), d(2025, 10, 31), "Overdue",
                 "Reconciliations for April to July completed. August onwards not yet started due to vacancies in the income team. Escalated to the Strategic Director."),
                ("TA-02", "High",
                 "Agree and publish an arrears recovery procedure for households in temporary accommodation, including referral to the Tenancy Sustainment Team before any legal action.",
                 "Head of Temporary Accommodation", ["Head of Temporary Accommodation"],
                 d(2026, 1, 31), None, "On track",
                 "Draft procedure consulted on with the Tenancy Sustainment Team; to Housing Leadership Team in December."),
                ("TA-03", "High",
                 "Provide a quarterly report on temporary accommodation arrears and void loss to the Housing Leadership Team.",
                 "Head of Housing Finance", ["Head of Housing Finance"],
                 d(2025, 9, 30), None, "Implemented",
                 "First quarterly report presented on 18 September 2025."),
            ]),
        ]),
        ("Children's and Adults' Services", [
            ("Direct Payments (Adults) 2024/25 – Limited assurance", [
                ("DP-01", "High",
                 "Carry out annual financial monitoring of all direct payment accounts, prioritising those holding more than 12 weeks' funding, and recover surplus balances.",
                 "AD Adult Social Care Operations; Direct Payments Team Manager",
                 ["AD Adult Social Care Operations", "Direct Payments Team Manager"],
                 d(2025, 11, 30), None, "On track",
                 "Monitoring of the 212 accounts above the threshold 80% complete; £318k recovered so far."),
            ]),
            ("Schools Purchasing Cards 2024/25 – Limited assurance", [
                ("PC-01", "High",
                 "Issue revised purchasing card guidance to maintained schools and require headteachers to confirm the monthly review of cardholder statements.",
                 "Schools Finance Manager", ["Schools Finance Manager"],
                 d(2026, 3, 31), None, "Not started",
                 "Guidance to be issued for the start of the summer term."),
            ]),
        ]),
    ]

    wb = Workbook()
    # Summary sheet
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to Audit Committee, 4 December 2025 – position as at 14 November 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Priority", "Open actions", "Implemented since last report", "On track",
           "Behind schedule", "Overdue", "Not started"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BORDER
        cell.alignment = WRAP
    counts = {}
    for _dir, audits in plan:
        for _aud, acts in audits:
            for a in acts:
                counts.setdefault(a[1], {}).setdefault(a[7], 0)
                counts[a[1]][a[7]] += 1
    r = 5
    tot = [0] * 6
    for pr in ["Critical", "High", "Medium"]:
        c = counts.get(pr, {})
        vals = [c.get("Implemented", 0), c.get("On track", 0), c.get("Behind schedule", 0),
                c.get("Overdue", 0), c.get("Not started", 0)]
        openn = sum(vals) - vals[0]
        row = [pr, openn] + vals
        for i, v in enumerate(row):
            ws.cell(row=r, column=i + 1, value=v).border = BORDER
            if i:
                tot[i - 1] += v
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for i, v in enumerate(tot):
        cc = ws.cell(row=r, column=i + 2, value=v)
        cc.font = Font(bold=True)
    for i in range(1, 8):
        ws.cell(row=r, column=i).border = BORDER
    ws.cell(row=r + 2, column=1,
            value="Critical and High priority actions are reported to every Committee. Medium priority actions are reported by exception when more than three months overdue.")
    ws.column_dimensions["A"].width = 16
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 16

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Critical and High priority agreed actions – position as at 14 November 2025"
    headers = ["Ref", "Priority", "Agreed management action", "Responsible officer",
               "Original target date", "Revised target date", "Status", "Progress update (November 2025)"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BORDER
    widths = [9, 10, 60, 28, 13, 13, 15, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws.freeze_panes = "A5"
    r = 5
    actions = []
    for direc, audits in plan:
        ws.cell(row=r, column=1, value=direc).font = Font(bold=True, color="FFFFFF", size=12)
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = fill("2F5496")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for aud, acts in audits:
            ws.cell(row=r, column=1, value=aud).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for (ref, pr, text, officer, leads, orig, rev, status, upd) in acts:
                vals = [ref, pr, text, officer, orig, rev, status, upd]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BORDER
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                sf = status_fill[status]
                if sf:
                    ws.cell(row=r, column=7).fill = fill(sf)
                    if status in ("Implemented", "Overdue"):
                        ws.cell(row=r, column=7).font = Font(color="FFFFFF", bold=True)
                end = rev if rev else orig
                actions.append({
                    "ref": ref,
                    "under": [direc, aud],
                    "action": text,
                    "lead": leads,
                    "end": month_of(end),
                    "status": status_rag[status],
                })
                r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Note: actions shown as Implemented will be removed from the tracker once they have been reported to Committee.")
    ws.cell(row=r, column=1).font = Font(italic=True)

    # Key sheet
    ws = wb.create_sheet("Key")
    ws["A1"] = "Status key"
    ws["A1"].font = Font(bold=True, size=12)
    key = [
        ("Implemented", "Management have confirmed the action is complete and evidence has been provided", FILLS["blue"]),
        ("On track", "Target date not yet reached and progress in line with plan", FILLS["green"]),
        ("Behind schedule", "Revised target date agreed, or the action is at risk of missing its target date", FILLS["amber"]),
        ("Overdue", "Target date has passed and the action has not been implemented", FILLS["red"]),
        ("Not started", "Action not yet due to start", None),
    ]
    for i, (k, v, f) in enumerate(key, 3):
        ws.cell(row=i, column=1, value=k).border = BORDER
        if f:
            ws.cell(row=i, column=1).fill = fill(f)
        ws.cell(row=i, column=2, value=v).border = BORDER
    ws["A10"] = "Priority definitions"
    ws["A10"].font = Font(bold=True, size=12)
    pri = [
        ("Critical", "Fundamental control weakness requiring immediate action; reported to the Chief Executive and the Chair of Audit Committee."),
        ("High", "Significant weakness; action to be implemented within three months."),
        ("Medium", "Action needed to strengthen the control environment; to be implemented within six months."),
    ]
    for i, (k, v) in enumerate(pri, 11):
        ws.cell(row=i, column=1, value=k).border = BORDER
        ws.cell(row=i, column=2, value=v).border = BORDER
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 100
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates a London borough internal audit recommendations tracker as reported to Audit Committee (Ealing Council, Audit Committee, December 2025 – invented content). "
                  "Copied features: summary sheet with counts by priority and status, tracker sheet with directorate band rows and audit-title band rows (merged), agreed management action per row, "
                  "responsible officer as job titles (two posts with '/' or ';'), original and revised target dates, status words with fill colour, note line, separate Key sheet.",
        "reads": "Three sheets: a summary table of counts, the tracker, and a status/priority key. The tracker lists ten agreed actions grouped by directorate and then by audit, each with an officer, "
                 "original and revised dates and a status whose colours are defined on the Key sheet (Implemented = blue).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Croydon – corporate risk register (xlsx, read)
# ---------------------------------------------------------------------------
def croydon():
    name = "zq-croydon-council-corporate-risk-register-2025-26.xlsx"
    title = "London Borough of Croydon – Corporate Risk Register"
    # risk: (risk cell, description, owner, inherent, current, target, [actions])
    # action: ref, text, owner cell, leads, due (datetime or str), end, end_text, rag
    risks = [
        ("CRR01: Financial sustainability",
         "The Council is unable to deliver a balanced budget and the savings in the Medium Term Financial Strategy, leading to continued reliance on Exceptional Financial Support and further government intervention.",
         "Corporate Director of Resources (S151 Officer)", 25, 20, 12, [
             ("01.1", "Deliver the 2025/26 savings programme of £23.6m, with monthly tracking of each saving through the Financial Recovery Board.",
              "Corporate Director of Resources (S151 Officer)", ["Corporate Director of Resources (S151 Officer)"],
              d(2026, 3, 31), "2026-03", None, "amber"),
             ("01.2", "Complete the asset disposals programme to generate capital receipts of £70m to reduce borrowing.",
              "Director of Commercial Investment and Capital", ["Director of Commercial Investment and Capital"],
              d(2026, 3, 31), "2026-03", None, "green"),
             ("01.3", "Continue discussions with MHCLG on a sustainable settlement for the Council's historic debt.",
              "Chief Executive / Corporate Director of Resources (S151 Officer)",
              ["Chief Executive", "Corporate Director of Resources (S151 Officer)"],
              "Ongoing", None, "Ongoing", "amber"),
         ]),
        ("CRR04: Housing – regulatory compliance and stock condition",
         "Failure to meet the Regulator of Social Housing consumer standards and the Decent Homes Standard, including damp and mould and fire safety, resulting in harm to tenants and regulatory action.",
         "Corporate Director of Housing", 25, 16, 9, [
             ("04.1", "Complete stock condition surveys of 100% of council homes and load the data onto the asset management system.",
              "Director of Asset Management", ["Director of Asset Management"],
              d(2025, 12, 31), "2025-12", None, "green"),
             ("04.2", "Clear the backlog of high priority fire risk assessment actions.",
              "Head of Building Safety", ["Head of Building Safety"],
              d(2025, 9, 30), "2025-09", None, "red"),
             ("04.3", "Introduce Awaab's Law response timescales for damp and mould reports, with weekly performance reporting to the Housing Improvement Board.",
              "Director of Housing Management", ["Director of Housing Management"],
              d(2025, 10, 27), "2025-10", None, "blue"),
         ]),
        ("CRR07: Dedicated Schools Grant – high needs deficit",
         "Growth in demand for Education, Health and Care plans and specialist placements increases the high needs deficit beyond the level the Council can fund when the statutory override ends.",
         "Corporate Director of Children, Young People and Education", 20, 16, 12, [
             ("07.1", "Open 120 additional specialist resource provision places in mainstream schools.",
              "Director of Education", ["Director of Education"],
              d(2026, 9, 30), "2026-09", None, "green"),
             ("07.2", "Review every out-of-borough independent placement at annual review to test whether a local placement can meet the child's needs.",
              "Head of SEND", ["Head of SEND"],
              "Termly", None, "Termly", "amber"),
         ]),
        ("CRR11: Cyber security",
         "A successful cyber attack, including ransomware, disrupts critical services and leads to the loss of personal data.",
         "Chief Digital Information Officer", 20, 15, 10, [
             ("11.1", "Migrate the remaining on-premise file servers to the cloud tenancy with immutable backup.",
              "Head of Infrastructure", ["Head of Infrastructure"],
              d(2026, 3, 31), "2026-03", None, "unrated"),
             ("11.2", "Run a cyber incident exercise with the Corporate Management Team and Gold commanders.",
              "Head of Resilience / CDIO", ["Head of Resilience", "CDIO"],
              "Feb 2026", "2026-02", None, "green"),
             ("11.3", "Achieve 95% completion of mandatory cyber awareness training across all staff.",
              "Head of Information Governance", ["Head of Information Governance"],
              d(2025, 12, 31), "2025-12", None, "amber"),
         ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2025/26 – reported to General Purposes and Audit Committee, 27 November 2025"
    ws["A3"] = "Scores are Likelihood x Impact (1–5 each). Action RAG is shown by colour – see the key on the 'Scoring & Key' sheet."
    ws["A3"].font = Font(italic=True)
    headers = ["Risk", "Risk description (cause, event, consequence)", "Risk owner", "Inherent score",
               "Current score", "Target score", "Ref", "Further mitigating action", "Action owner",
               "Due date", "Action RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    widths = [28, 50, 24, 9, 9, 9, 7, 55, 30, 12, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    r = 6
    actions = []
    for (rk, desc, owner, inh, cur, tgt, acts) in risks:
        start = r
        for (ref, text, ocell, leads, due, end, end_text, rag) in acts:
            vals = {7: ref, 8: text, 9: ocell, 10: due}
            for c, v in vals.items():
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if rag != "unrated":
                ws.cell(row=r, column=11).fill = fill(FILLS[rag])
            for c in range(1, 12):
                ws.cell(row=r, column=c).border = BORDER
            a = {"ref": ref, "under": [rk], "action": text, "lead": leads, "end": end}
            if end_text:
                a["end_text"] = end_text
            a["status"] = rag
            actions.append(a)
            r += 1
        for c, v in zip(range(1, 7), [rk, desc, owner, inh, cur, tgt]):
            cell = ws.cell(row=start, column=c, value=v)
            cell.alignment = WRAP
            if c == 1:
                cell.font = Font(bold=True)
            ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
        # colour the current score cell by its band
        ws.cell(row=start, column=5).fill = fill("FF0000" if cur >= 15 else "FFC000")
    ws.freeze_panes = "A6"

    ws2 = wb.create_sheet("Scoring & Key")
    ws2["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "Likelihood / Impact"
    for i in range(1, 6):
        ws2.cell(row=2, column=i + 1, value=i).font = Font(bold=True)
        ws2.cell(row=2 + i, column=1, value=6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            s = li * im
            cell = ws2.cell(row=8 - li, column=im + 1, value=s)
            cell.fill = fill("FF0000" if s >= 15 else ("FFC000" if s >= 8 else "92D050"))
            cell.border = BORDER
    ws2["A10"] = "Action RAG key"
    ws2["A10"].font = Font(bold=True, size=12)
    key = [
        (FILLS["red"], "Action overdue or significantly off track"),
        (FILLS["amber"], "Action at risk of missing its due date"),
        (FILLS["green"], "Action on track"),
        (FILLS["blue"], "Action complete"),
        (None, "No colour – action not yet started"),
    ]
    for i, (f, t) in enumerate(key, 11):
        if f:
            ws2.cell(row=i, column=1).fill = fill(f)
        ws2.cell(row=i, column=1).border = BORDER
        ws2.cell(row=i, column=2, value=t)
    ws2.column_dimensions["A"].width = 18
    ws2.column_dimensions["B"].width = 45
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates a London borough corporate risk register as reported quarterly to an audit committee (Croydon Council, General Purposes and Audit Committee, Q2 2025/26 – invented content). "
                  "Copied features: title block, risk ref and title merged down over several further-action rows, description/owner/inherent/current/target scores merged, action RAG shown only by "
                  "cell fill colour, a 5x5 scoring matrix and RAG key on a second sheet (blue = complete, no colour = not started), dates as dates or words (Ongoing, Termly, Feb 2026).",
        "reads": "Four corporate risks, each with two or three further mitigating actions carrying a ref, an action owner, a due date and a fill-colour RAG. "
                 "The second sheet is the scoring matrix and the colour key and holds no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Southwark – transformation programme highlight report (xlsx, read)
# ---------------------------------------------------------------------------
def southwark():
    name = "zq-southwark-council-transformation-programme-highlight-report.xlsx"
    title = "Southwark Council – Transformation Programme Highlight Report"
    rag_words = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    streams = [
        ("1. Customer Access", [
            ("1.1", "Launch the new My Southwark online account for council tax and benefits", "Head of Customer Experience",
             ["Head of Customer Experience"], d(2025, 9, 30), d(2025, 9, 30), "Green", "Complete",
             "Live from 29 September; 8,900 accounts created in October."),
            ("1.2", "Move the Walworth Road customer service point to an appointment-only model", "Head of Customer Experience",
             ["Head of Customer Experience"], d(2025, 11, 30), d(2026, 1, 31), "Green", "Amber",
             "Equality impact assessment needs further engagement with disability groups; forecast moved to January."),
            ("1.3", "Go live with AI-assisted webchat for housing repairs enquiries",
             "Head of Customer Experience / Head of Repairs Contact Centre",
             ["Head of Customer Experience", "Head of Repairs Contact Centre"], d(2026, 2, 28), d(2026, 2, 28), "Green", "Green",
             "Supplier appointed; data protection impact assessment approved."),
        ]),
        ("2. Digital and Data", [
            ("2.1", "Complete migration of children's social care case management to the new system (Phase 1)", "Chief Digital Officer",
             ["Chief Digital Officer"], d(2025, 10, 31), d(2026, 3, 31), "Amber", "Red",
             "Data migration test 3 failed reconciliation. Go-live postponed; recovery plan to Board in December."),
            ("2.2", "Publish the Data Strategy and appoint data owners for all Tier 1 datasets", "Head of Data & Insight",
             ["Head of Data & Insight"], d(2025, 8, 31), d(2025, 8, 31), "Green", "Complete",
             "Strategy published; 14 data owners appointed."),
            ("2.3", "Decommission the legacy revenues and benefits servers", "Chief Digital Officer",
             ["Chief Digital Officer"], d(2026, 3, 31), d(2026, 3, 31), "Green", "Green",
             "Archive solution procured."),
        ]),
        ("3. Strategic Property", [
            ("3.1", "Consolidate office accommodation into 160 Tooley Street and release the Queens Road offices",
             "Director of Property / Head of Facilities Management",
             ["Director of Property", "Head of Facilities Management"], d(2025, 12, 31), d(2025, 12, 31), "Amber", "Amber",
             "Two teams still to move; lease surrender negotiations ongoing."),
            ("3.2", "Complete condition surveys of the operational estate", "Director of Property",
             ["Director of Property"], d(2025, 7, 31), d(2025, 7, 31), "Green", "Complete",
             "All 46 buildings surveyed."),
        ]),
        ("4. Workforce and Culture", [
            ("4.1", "Roll out the new management development programme to all managers at grade 14 and above",
             "Director of People and Organisational Development", ["Director of People and Organisational Development"],
             d(2026, 3, 31), d(2026, 3, 31), "Green", "Green", "Cohorts 1 and 2 under way (64 managers)."),
            ("4.2", "Agree the new hybrid working policy with the trade unions", "Amira Okafor & Tom Riley",
             ["Amira Okafor", "Tom Riley"], d(2025, 10, 31), d(2025, 12, 31), "Amber", "Amber",
             "Joint working group meeting fortnightly; final draft to JCC on 9 December."),
            ("4.3", "Launch a staff network of 50 transformation champions", "Head of Transformation",
             ["Head of Transformation"], d(2025, 9, 30), d(2025, 11, 30), "Amber", "Green",
             "41 champions recruited; launch event booked for 20 November."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    info = [
        ("Programme", "Southwark Transformation Programme 2025–27"),
        ("Senior Responsible Officer", "Strategic Director of Resources"),
        ("Programme Manager", "Head of Transformation"),
        ("Reporting period", "1–31 October 2025"),
        ("Report to", "Transformation Board, 12 November 2025"),
    ]
    for i, (k, v) in enumerate(info, 3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws["A9"] = "Programme status"
    ws["A9"].font = Font(bold=True, size=12)
    st = [("", "Previous", "Current"), ("Overall", "Amber", "Amber"), ("Time", "Amber", "Amber"),
          ("Cost", "Green", "Green"), ("Benefits", "Green", "Amber")]
    for i, row in enumerate(st, 10):
        for j, v in enumerate(row, 1):
            cell = ws.cell(row=i, column=j, value=v)
            cell.border = BORDER
            if i == 10 or j == 1:
                cell.font = Font(bold=True)
            if v in rag_words:
                cell.fill = fill(FILLS[rag_words[v]])
    ws["A16"] = "Summary"
    ws["A16"].font = Font(bold=True, size=12)
    ws["A17"] = ("Good progress on Customer Access, with the new online account live. The children's case management migration is now red after a failed data "
                 "reconciliation test and a recovery plan will come to the December Board. Benefits rated amber pending the revised go-live date.")
    ws["A17"].alignment = WRAP
    ws.merge_cells("A17:F19")
    ws["A21"] = "Milestone summary (see Milestones sheet)"
    ws["A21"].font = Font(bold=True, size=12)
    cnt = {}
    for _s, ms in streams:
        for m in ms:
            cnt[m[7]] = cnt.get(m[7], 0) + 1
    r = 22
    for k in ["Complete", "Green", "Amber", "Red"]:
        ws.cell(row=r, column=1, value=k).fill = fill(FILLS[rag_words[k]])
        ws.cell(row=r, column=2, value=cnt.get(k, 0))
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r, column=2, value=sum(cnt.values())).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Key risks").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["Risk", "Score", "Trend"], 1):
        ws.cell(row=r, column=j, value=h).font = Font(bold=True)
    for rk in [("Capacity of the Digital team to support concurrent go-lives", 16, "↑"),
               ("Savings from accommodation consolidation delayed into 2026/27", 12, "↔"),
               ("Staff engagement with hybrid working changes", 9, "↓")]:
        r += 1
        for j, v in enumerate(rk, 1):
            ws.cell(row=r, column=j, value=v)
    r += 2
    ws.cell(row=r, column=1, value="Decisions required from Board").font = Font(bold=True, size=12)
    ws.cell(row=r + 1, column=1, value="None this period.")
    ws.column_dimensions["A"].width = 55
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 12

    ws = wb.create_sheet("Milestones")
    ws["A1"] = "Southwark Transformation Programme – Milestone Tracker (October 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["Ref", "Workstream", "Milestone", "Lead", "Baseline date", "Forecast date",
               "Previous RAG", "Current RAG", "Commentary"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
        cell.alignment = WRAP
        cell.border = BORDER
    for i, w in enumerate([6, 20, 55, 32, 11, 11, 10, 10, 50]):
        ws.column_dimensions[chr(65 + i)].width = w
    r = 4
    actions = []
    for sname, ms in streams:
        start = r
        for (ref, text, lcell, leads, base, fc, prev, cur, comm) in ms:
            vals = [ref, None, text, lcell, base, fc, prev, cur, comm]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = fill(FILLS[rag_words[prev]])
            ws.cell(row=r, column=8).fill = fill(FILLS[rag_words[cur]])
            actions.append({"ref": ref, "under": [sname], "action": text, "lead": leads,
                            "end": month_of(fc), "status": rag_words[cur]})
            r += 1
        ws.cell(row=start, column=2, value=sname).alignment = Alignment(wrap_text=True, vertical="center")
        ws.cell(row=start, column=2).font = Font(bold=True)
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete (blue) – milestone delivered; Green – on track for forecast date; Amber – at risk, forecast date moved or under review; Red – off track, recovery plan required.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates a council transformation programme highlight report to a transformation/programme board (Southwark Council, October 2025 – invented content). "
                  "Copied features: header block (programme, SRO, reporting period), previous/current status table for overall/time/cost/benefits, summary narrative, milestone count block with total, "
                  "key risks without actions, 'decisions required' line; second sheet with workstream merged down the rows, milestones with baseline and forecast dates, previous and current RAG (words with fill), commentary and a RAG note line.",
        "reads": "The first sheet is the report front page (status, summary, counts, risks) and holds no actions. The Milestones sheet lists eleven milestones in four numbered workstreams, "
                 "each with a lead, baseline and forecast date and a previous and current RAG; the forecast date and the current RAG are the ones that count.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


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


def set_cell(cell, text, bold=False, size=None, color=None):
    """Write text into a cell; '\n' in text makes separate paragraphs."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Cornwall and Isles of Scilly SCP – LCSPR Child R action plan (docx, read)
# ---------------------------------------------------------------------------
def cornwall():
    name = "zq-cornwall-and-isles-of-scilly-safeguarding-children-partnership-lcspr-child-r-action-plan.docx"
    title = "Child R – Local Child Safeguarding Practice Review Action Plan"
    rag_fill = {"Blue": FILLS["blue"], "Green": FILLS["green"], "Amber": FILLS["amber"], "Red": FILLS["red"]}
    themes = [
        ("Learning theme 1: Hearing the voice of the baby when parents are young care leavers", [
            ("Recommendation 1",
             "Safeguarding partners should seek assurance that pre-birth assessments for parents who are care leavers consider the parents' own histories of trauma and include the leaving care personal adviser in planning.",
             [
                 ("1.1", "Revise the pre-birth assessment protocol to include a mandatory section on the parents' own care experience and current support.",
                  "Head of Service, Children in Care and Care Leavers", ["Head of Service, Children in Care and Care Leavers"],
                  "June 2025", "2025-06", None,
                  "Protocol revised and published on the procedures site in May 2025. Briefing delivered to all Family Help team managers.", "Blue"),
                 ("1.2", "Ensure leaving care personal advisers are invited to all pre-birth strategy meetings and core groups where a parent is a care leaver.",
                  "Service Manager, Leaving Care / Named Midwife for Safeguarding, Royal Cornwall Hospitals NHS Trust",
                  ["Service Manager, Leaving Care", "Named Midwife for Safeguarding, Royal Cornwall Hospitals NHS Trust"],
                  "September 2025", "2025-09", None,
                  "Invitation added to the strategy meeting template. Attendance to be checked through the October multi-agency audit.", "Green"),
             ]),
            ("Recommendation 2",
             "The Partnership should ensure that the multi-agency workforce understands the increased risks to babies in the first year of life where there is parental substance misuse, and that the ICON programme is embedded.",
             [
                 ("2.1", "Deliver ICON (Babies cry, you can cope) briefings to midwives, health visitors, GP practices and children's social care teams.\nInclude ICON in the Partnership's multi-agency training offer.",
                  "Designated Nurse Safeguarding Children, NHS Cornwall and Isles of Scilly ICB",
                  ["Designated Nurse Safeguarding Children, NHS Cornwall and Isles of Scilly ICB"],
                  "End of December 2025", "2025-12", None,
                  "Briefings delivered to midwifery and health visiting. GP practice sessions delayed by staff availability; now booked for November and December.", "Amber"),
                 ("2.2", "Audit 20 cases open to Early Help or Children's Social Care where there is parental substance misuse and a child under one, and report the findings to the Case Review Group.",
                  "Partnership Business Manager and Head of Quality Assurance",
                  ["Partnership Business Manager", "Head of Quality Assurance"],
                  "Q4 2025/26", "2026-03", None,
                  "Audit tool agreed at the Quality Assurance Subgroup in September.", "Green"),
             ]),
        ]),
        ("Learning theme 2: Information sharing when families move across the Tamar", [
            ("Recommendation 3",
             "Safeguarding partners in Cornwall and Devon should agree how information about families who move across the border is shared at the point of transfer, including health visiting records.",
             [
                 ("3.1", "Agree a transfer-in and transfer-out protocol for health visiting records with the Devon and Plymouth providers.",
                  "Head of Children's Community Health Services", ["Head of Children's Community Health Services"],
                  "Sept 2025 – January 2026", "2026-01", "Sept 2025 – January 2026",
                  "Draft protocol shared with Devon and Plymouth; comments due back by the end of November.", "Amber"),
                 ("3.2", "Add a prompt to the MARU contact record to check for previous involvement in another local authority area and request records within 5 working days.",
                  "MARU Service Manager", ["MARU Service Manager"],
                  "31/07/2025", "2025-07", None,
                  "Prompt live on the case management system from 14 July 2025.", "Blue"),
                 ("3.3", "Share the 7-minute briefing for Child R with all partner agencies and with the Devon Children and Families Partnership.",
                  "Partnership Business Manager", ["Partnership Business Manager"],
                  "Ongoing", None, "Ongoing",
                  "Briefing published and circulated in April 2025; used in 11 team meetings so far.", "Green"),
             ]),
        ]),
    ]
    status_map = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}

    doc = Document()
    p = doc.add_paragraph()
    run = p.add_run("Cornwall and Isles of Scilly Safeguarding Children Partnership")
    run.bold = True
    run.font.size = Pt(12)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Status"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("0.3", "14/02/2025", "Partnership Business Manager", "Draft for Case Review Group"),
                ("1.0", "20/03/2025", "Partnership Business Manager", "Approved by the Safeguarding Partners"),
                ("1.2", "03/10/2025", "Partnership Business Manager", "Progress update for the Partnership Executive")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "This action plan sets out how the safeguarding partners will respond to the three recommendations of the local child "
        "safeguarding practice review into the circumstances of Child R, a baby who suffered serious injuries in 2024. Progress is "
        "monitored by the Case Review Group and reported to the Partnership Executive each quarter.")
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, txt in [("Blue", "Action completed and evidence of impact provided"),
                     ("Green", "On track to be completed within the timescale"),
                     ("Amber", "Some slippage; revised timescale agreed with the Case Review Group"),
                     ("Red", "Not on track – to be escalated to the Partnership Executive")]:
        cells = k.add_row().cells
        set_cell(cells[0], col, bold=True)
        shade(cells[0], rag_fill[col])
        set_cell(cells[1], txt)

    actions = []
    for theme, recs in themes:
        doc.add_heading(theme, level=1)
        for rh, rtext, acts in recs:
            doc.add_heading(rh, level=2)
            doc.add_paragraph(rtext)
            tb = doc.add_table(rows=1, cols=6)
            tb.style = "Table Grid"
            for c, h in enumerate(["No.", "Action", "Lead", "Timescale", "Progress / evidence of impact", "RAG"]):
                set_cell(tb.rows[0].cells[c], h, bold=True)
                shade(tb.rows[0].cells[c], "D9D9D9")
            for (ref, text, lcell, leads, ts, end, end_text, prog, rag) in acts:
                cells = tb.add_row().cells
                for c, v in enumerate([ref, text, lcell, ts, prog, rag]):
                    set_cell(cells[c], v)
                shade(cells[5], rag_fill[rag])
                a = {"ref": ref, "under": [theme, rtext], "action": text, "lead": leads, "end": end}
                if end_text:
                    a["end_text"] = end_text
                a["status"] = status_map[rag]
                actions.append(a)
            doc.add_paragraph()
    doc.add_paragraph("Approved by the Safeguarding Children Partnership Executive on 20 March 2025. "
                      "Next review: Case Review Group, January 2026.")
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates a safeguarding children partnership's LCSPR multi-agency action plan (Cornwall and Isles of Scilly Safeguarding Children Partnership, 'Child R', 2025 – invented content). "
                  "Copied features: partnership name line and title heading, document-control table, introduction, RAG key table with shaded colours, learning-theme headings, "
                  "'Recommendation N' sub-headings with the recommendation text as a paragraph beneath, one action table per recommendation (No., Action, Lead, Timescale, Progress, RAG), "
                  "posts with agency names as leads, a two-paragraph action cell, quarter/period/Ongoing timescales, closing approval line.",
        "reads": "Two learning themes holding three recommendations; each recommendation's text is followed by its own table of two or three numbered actions with a lead, timescale, "
                 "progress note and a RAG word in a shaded cell. The document-control and RAG key tables are not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Slough Children First – Ofsted focused visit action plan (docx, read)
# ---------------------------------------------------------------------------
def slough():
    name = "zq-slough-childrens-first-ofsted-focused-visit-action-plan.docx"
    title = "Ofsted Focused Visit Action Plan – Care Leavers"
    letters = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    lfill = {"B": FILLS["blue"], "G": FILLS["green"], "A": FILLS["amber"], "R": FILLS["red"]}
    areas = [
        ("Area for improvement 1: The quality and timeliness of pathway plans, including how well plans are co-produced with care leavers.", [
            ("1.1", "Introduce a new co-produced pathway plan template, designed with the Care Leavers' Forum.",
             "Head of Service – Care Leavers", ["Head of Service – Care Leavers"],
             "31 January 2025", "2025-01", None, "Template live on the case management system",
             "Template live from 20 January 2025; 42 plans completed on the new template.", "B"),
            ("1.2", "Report monthly on the percentage of pathway plans in date, reviewed at the Performance Clinic.",
             "Head of Performance and Business Intelligence", ["Head of Performance and Business Intelligence"],
             "Monthly", None, "Monthly", "90% of pathway plans in date",
             "February: 81% in date (November: 64%).", "G"),
            ("1.3", "Dip-sample 10 pathway plans a month through the practice learning audit programme, with findings fed back to personal advisers in supervision.",
             "Principal Social Worker / Team Manager, Leaving Care", ["Principal Social Worker", "Team Manager, Leaving Care"],
             "March 2025 – September 2025", "2025-09", "March 2025 – September 2025", "Audit grades good or better in 70% of plans",
             "First 20 plans audited: 55% good or better.", "G"),
        ]),
        ("Area for improvement 2: Care leavers' access to suitable accommodation and the use of bed and breakfast accommodation.", [
            ("2.1", "Agree a joint housing protocol for care leavers with Slough Borough Council Housing Needs, including a ring-fenced allocation of social housing tenancies.",
             "Director of Operations (SCF) and Head of Housing Needs (SBC)", ["Director of Operations (SCF)", "Head of Housing Needs (SBC)"],
             "30/04/2025", "2025-04", None, "Protocol signed; 12 tenancies a year ring-fenced",
             "Draft protocol with Housing Needs; allocation numbers still being negotiated.", "A"),
            ("2.2", "No care leaver to be placed in bed and breakfast accommodation without Director authorisation; any placement reported weekly to the Executive Director.",
             "Director of Operations (SCF)", ["Director of Operations (SCF)"],
             "With immediate effect", None, "With immediate effect", "No care leavers in B&B for more than 5 nights",
             "Two authorised placements since November, both moved on within 4 nights.", "G"),
            ("2.3", "Commission six additional supported lodgings placements for care leavers aged 18 to 21.",
             "Head of Commissioning", ["Head of Commissioning"],
             "End of June 2025", "2025-06", None, "Six placements available",
             "Recruitment campaign launched in February; two households in assessment.", "A"),
        ]),
        ("Area for improvement 3: Support for care leavers' emotional wellbeing and mental health.", [
            ("3.1", "Establish a care leavers' emotional wellbeing pathway with Berkshire Healthcare NHS Foundation Trust.\nPersonal advisers to complete trauma-informed practice training.",
             "Head of Service – Care Leavers; Clinical Lead, CAMHS Transition", ["Head of Service – Care Leavers", "Clinical Lead, CAMHS Transition"],
             "September 2025", "2025-09", None, "Pathway agreed; all personal advisers trained",
             "Pathway drafted. Training for 9 of 14 personal advisers booked for April.", "G"),
            ("3.2", "Extend the Local Offer to include free gym membership and fast-track access to NHS Talking Therapies for care leavers up to the age of 25.",
             "Participation Manager", ["Participation Manager"],
             "Apr-25", "2025-04", None, "Revised Local Offer published",
             "Not started – funding for gym membership not yet agreed.", "R"),
        ]),
    ]

    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Slough Children First")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Focused visit to Slough: 22 and 23 October 2024. Letter published 26 November 2024.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k_, v in [("Document owner", "Director of Operations, Slough Children First"),
                  ("Version", "2.1 – progress update March 2025"),
                  ("Submitted to Ofsted", "7 January 2025"),
                  ("Governance", "Children's Services Improvement Board (monthly); Slough Children First Board (quarterly)")]:
        cells = t.add_row().cells
        set_cell(cells[0], k_, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "Ofsted's focused visit looked at services for care leavers. Inspectors found that most care leavers are in touch with a "
        "personal adviser who knows them well, and identified three areas for improvement, which this plan addresses.")
    doc.add_paragraph("RAG rating").runs[0].bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for L, txt in [("R", "Not started or significantly off track"), ("A", "Started, but behind the planned timescale"),
                   ("G", "On track"), ("B", "Completed and impact evidenced")]:
        cells = k.add_row().cells
        set_cell(cells[0], L, bold=True)
        shade(cells[0], lfill[L])
        set_cell(cells[1], txt)
    doc.add_paragraph()
    heads = ["Ref", "Action", "Lead", "Completion date", "Success measure", "Update (March 2025)", "RAG"]
    tb = doc.add_table(rows=1, cols=7)
    tb.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(tb.rows[0].cells[c], h, bold=True, color="FFFFFF")
        shade(tb.rows[0].cells[c], "1F4E79")
    actions = []
    for area, acts in areas:
        row = tb.add_row()
        m = row.cells[0].merge(row.cells[6])
        set_cell(m, area, bold=True)
        shade(m, "DEEAF6")
        for (ref, text, lcell, leads, date, end, end_text, measure, upd, rag) in acts:
            cells = tb.add_row().cells
            for c, v in enumerate([ref, text, lcell, date, measure, upd, rag]):
                set_cell(cells[c], v, size=9)
            shade(cells[6], lfill[rag])
            a = {"ref": ref, "under": [area], "action": text, "lead": leads, "end": end}
            if end_text:
                a["end_text"] = end_text
            a["status"] = letters[rag]
            actions.append(a)
    doc.add_paragraph()
    doc.add_paragraph("Sign-off").runs[0].bold = True
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, h in enumerate(["Name", "Role", "Date"]):
        set_cell(s.rows[0].cells[c], h, bold=True)
    for c, v in enumerate(["Andrea Fielding", "Chief Executive, Slough Children First", "6 January 2025"]):
        set_cell(s.rows[1].cells[c], v)
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates a post-focused-visit action plan submitted to Ofsted by a children's services company (Slough Children First, focused visit on care leavers, 2024–25 – invented content). "
                  "Copied features: landscape Word document, body name line and heading, key/value cover table, short context paragraph, RAG letter key with shaded cells, one main table whose "
                  "full-width merged band rows carry 'Area for improvement N:' with its text, columns Ref/Action/Lead/Completion date/Success measure/Update/RAG letter, job titles with "
                  "organisation tags as leads, 'Monthly' and 'With immediate effect' dates, a date range, a two-paragraph action cell, and a sign-off table.",
        "reads": "One plan table with three areas for improvement as band rows, each followed by two or three numbered actions carrying a lead, a completion date, a success measure, "
                 "a March 2025 update and a RAG letter (B = completed). The cover, key and sign-off tables hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Nottinghamshire – annual delivery plan Q2 progress (csv, refuse)
# ---------------------------------------------------------------------------
def csvq(v):
    v = str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def nottinghamshire():
    name = "zq-nottinghamshire-county-council-annual-delivery-plan-2025-26-typo-month-refuse.csv"
    a1 = "1. Helping our people live healthier, more independent lives"
    a2 = "2. Supporting communities and families"
    a3 = "3. Keeping children, vulnerable adults and communities safe"
    a4 = "4. Building skills that help people to get good local jobs"
    a8 = "8. Improving transport and digital connections"
    a9 = "9. Protecting the environment and reducing our carbon footprint"
    rows = [
        (a1, "1.1", "Increase the number of people supported by the reablement service to 2,400 a year",
         "Service Director – Living Well", "Adult Social Care and Public Health Select Committee", "March 2026", "Green",
         "1,187 people supported in Q1 and Q2; on track."),
        (a1, "1.2", "Open two further Extra Care housing schemes in Newark and Worksop",
         "Group Manager – Strategic Commissioning", "Adult Social Care and Public Health Select Committee", "December 2025", "Amber",
         "Newark scheme open; Worksop handover delayed by the contractor to January."),
        (a2, "2.1", "Open four more Family Hubs in Bassetlaw and Ashfield",
         "Service Director – Family Help", "Children and Families Select Committee", "September 2025", "Complete",
         "All four hubs open; 3,200 family visits in September."),
        (a2, "2.2", "Launch the Nottinghamshire Community Fund grant round for 2025-26",
         "Group Manager – Communities", "Communities Select Committee", "July 2025", "Complete",
         "112 grants awarded, totalling £486,000."),
        (a3, "3.1", "Recruit 40 additional foster carers through the Fostering Recruitment Hub",
         "Group Manager – Fostering and Adoption", "Children and Families Select Committee", "March 2026", "Amber",
         "17 approved so far; enquiries down on last year."),
        (a3, "3.2", "Complete the Section 11 safeguarding audit with all district councils",
         "Service Director – Safeguarding and Quality", "Children and Families Select Committee", "Febuary 2026", "Green",
         "Audit tool issued to districts in September."),
        (a4, "4.1", "Deliver 1,500 adult learning course places in priority communities",
         "Group Manager – Inspire Adult Learning", "Economic Development and Skills Select Committee", "July 2026", "Green",
         "Autumn term enrolments ahead of target."),
        (a8, "8.1", "Resurface 120 miles of road through the highways capital programme",
         "Service Director – Highways and Transport", "Transport and Environment Select Committee", "March 2026", "Green",
         "68 miles completed by the end of September."),
        (a8, "8.2", "Introduce the £2 bus fare cap on all county-supported bus routes",
         "Group Manager – Transport Planning", "Transport and Environment Select Committee", "June 2025", "Complete",
         "Introduced on 1 June 2025."),
        (a9, "9.1", "Plant 50,000 trees through the Nottinghamshire Tree Planting Programme",
         "Group Manager – Environment", "Transport and Environment Select Committee", "March 2026", "Amber",
         "Planting season starts in November; 18,000 trees planted to date."),
    ]
    header = ["Ambition", "Ref", "Activity", "Lead officer", "Responsible committee", "Due", "Q2 status", "Q2 update"]
    lines = [
        "Nottinghamshire County Council – Annual Delivery Plan 2025-26" + "," * 7,
        "Quarter 2 progress report (April to September 2025)" + "," * 7,
        "," * 7,
        ",".join(header),
    ]
    refuse_at = None
    for r in rows:
        lines.append(",".join(csvq(v) for v in r))
        if r[5].startswith("Febuary"):
            refuse_at = len(lines)
    lines.append("," * 7)
    lines.append("Status key: Complete – activity delivered; Green – on track; Amber – at risk of missing the due date; Red – off track" + "," * 7)
    lines.append("Source: Performance Management Framework return (Pentana)" + "," * 7)
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": "Imitates a county council annual delivery plan quarterly progress export (Nottinghamshire County Council, Annual Delivery Plan 2025-26, Q2 – invented content, using the nine "
                  "Nottinghamshire Plan ambitions as the grouping). Copied features: CSV export from a performance system with title lines padded with commas, ambition repeated on every row, "
                  "activity ref, lead officer post, responsible select committee, due month, status word, update, status key and source note at the foot.",
        "reads": "Ten delivery plan activities grouped by ambition, each with a lead post, a due month and a Q2 status. The due cell for activity 3.2 reads 'Febuary 2026', "
                 "a mistyped month, so a careful reader stops and asks before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_at,
        "title": "Nottinghamshire County Council – Annual Delivery Plan 2025-26",
    })
    return name, len(rows), refuse_at


# ---------------------------------------------------------------------------
# 7. Oldham Health and Wellbeing Board – action log (txt, tab-separated, read)
# ---------------------------------------------------------------------------
def oldham():
    name = "zq-oldham-health-and-wellbeing-board-action-log.txt"
    title = "Oldham Health and Wellbeing Board – Action Log"
    stat = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    # no, meeting, action (may contain \n continuation), owner cell, leads, due, end, end_text, update, rag
    rows = [
        ("HWB/25/01", "21 January 2025",
         "Circulate the draft refresh of the Joint Health and Wellbeing Strategy to all Board members for comment before the March meeting.",
         "Director of Public Health", ["Director of Public Health"], "March 2025", "2025-03", None,
         "Circulated on 14 February 2025.", "Complete"),
        ("HWB/25/04", "18 March 2025",
         "Bring the Better Care Fund plan for 2025-26, including the discharge fund, to the June meeting for sign-off.",
         "Director of Adult Social Care / Oldham Place Lead, NHS GM", ["Director of Adult Social Care", "Oldham Place Lead, NHS GM"],
         "June 2025", "2025-06", None, "BCF plan signed off on 24 June 2025.", "Complete"),
        ("HWB/25/07", "18 March 2025",
         "Provide an update on MMR vaccination uptake in the most deprived wards and the actions agreed with primary care.",
         "Consultant in Public Health (Health Protection)", ["Consultant in Public Health (Health Protection)"],
         "September 2025", "2025-09", None, "Deferred to the November meeting as Q1 data not yet validated.", "Amber"),
        ("HWB/25/09", "24 June 2025",
         "Work with Oldham Community Leisure on a proposal for free swimming for under-16s in the school holidays\nand report back to the Board in the autumn.",
         "Cllr Brownridge / Head of Leisure Services", ["Cllr Brownridge", "Head of Leisure Services"],
         "November 2025", "2025-11", None, "Costed options being prepared with Oldham Community Leisure.", "Green"),
        ("HWB/25/10", "24 June 2025",
         "Agree the Board's response to the consultation on the Pharmaceutical Needs Assessment 2025.",
         "Head of Public Health Intelligence", ["Head of Public Health Intelligence"],
         "01/08/2025", "2025-08", None, "Response submitted on 29/07/2025.", "Complete"),
        ("HWB/25/12", "24 June 2025",
         "Set up a task and finish group on children's oral health, including supervised toothbrushing in early years settings.",
         "KS/JL", ["KS", "JL"], "December 2025", "2025-12", None,
         "First meeting held on 4 August; terms of reference agreed.", "Green"),
        ("HWB/25/14", "9 September 2025",
         "Include a standing item on the Marmot Place programme on every Board agenda.",
         "Board Secretariat", ["Board Secretariat"], "Ongoing", None, "Ongoing",
         "Added to the forward plan.", "Green"),
        ("HWB/25/15", "9 September 2025",
         "Write to NHS Greater Manchester on behalf of the Board setting out concerns about delays to the new urgent treatment centre at the Royal Oldham Hospital.",
         "Chair of the Board", ["Chair of the Board"], "30/09/2025", "2025-09", None,
         "Letter drafted; awaiting sign-off.", "Red"),
        ("HWB/25/16", "9 September 2025",
         "Present the winter resilience plan for Oldham, including the vaccination offer for frontline health and care staff, to the November meeting.",
         "Director of Operations, Northern Care Alliance (Oldham)", ["Director of Operations, Northern Care Alliance (Oldham)"],
         "November 2025", "2025-11", None, "On the agenda for 18 November.", "Green"),
    ]
    lines = [
        title,
        "Updated following the meeting held on 9 September 2025",
        "",
        "\t".join(["No.", "Meeting", "Action", "Owner", "Due", "Update", "RAG"]),
    ]
    actions = []
    for (no, mtg, text, ocell, leads, due, end, end_text, upd, rag) in rows:
        parts = text.split("\n")
        lines.append("\t".join([no, mtg, parts[0], ocell, due, upd, rag]))
        for cont in parts[1:]:
            lines.append("\t\t" + cont)
        a = {"ref": no, "under": [], "action": text, "lead": leads, "end": end}
        if end_text:
            a["end_text"] = end_text
        a["status"] = stat[rag]
        actions.append(a)
    lines += [
        "",
        "RAG: Green = on track; Amber = at risk or deferred; Red = overdue; Complete = action completed.",
        "Completed actions are removed from the log once they have been noted by the Board.",
    ]
    with open(out(name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Imitates a health and wellbeing board action log as published with board papers (Oldham Health and Wellbeing Board, September 2025 – invented content). "
                  "Copied features: tab-separated text export with a title line and an 'updated following' line, action number, meeting date, action, owner (posts, a councillor, "
                  "initials), due date, update and RAG word; one action that runs onto a continuation line in the Action column; RAG key and housekeeping note at the foot.",
        "reads": "A single list of nine board actions in meeting order, each with an owner, a due date, an update and a RAG word (Complete = done). "
                 "The line beginning with two tabs continues the action above it.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for fn in (ealing, croydon, southwark, cornwall, slough, nottinghamshire, oldham):
        print(fn())
