#!/usr/bin/env python3
"""Build the seven uk- blind cases (data files and their .expected.yaml) for set heldout517.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with `uk-` are written.
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
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "lightblue": "DDEBF7",
}


def fill(name):
    return PatternFill("solid", start_color=FILL.get(name, name), end_color=FILL.get(name, name))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_expected(name, source, reads, outcome, title=None, actions=None, refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        out = []
        for a in actions:
            item = {"ref": a["ref"], "under": a["under"], "action": a["action"], "lead": a["lead"],
                    "end": a["end"]}
            if a.get("end_text"):
                item["end_text"] = a["end_text"]
            item["status"] = a["status"]
            out.append(item)
        doc["actions"] = out
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------------------------
# 1. Cambridgeshire County Council – Corporate Risk Register 2025/26 (xlsx)
# ---------------------------------------------------------------------------------------------
def cambridgeshire():
    name = "uk-cambridgeshire-county-council-corporate-risk-register-2025-26.xlsx"
    title = "Cambridgeshire County Council – Corporate Risk Register 2025/26"
    risks = [
        ("CR01", "CR01 – Financial resilience: the Council is unable to set a balanced budget for 2026/27 "
                 "and deliver a sustainable Medium Term Financial Strategy",
         "Financial resilience", "Executive Director of Finance and Resources (S151)", (4, 5), (4, 4), (3, 4),
         "↔",
         "Business planning process overseen by Strategy, Resources and Performance Committee; monthly "
         "Integrated Finance Monitoring Report; General reserve held at minimum 3% of gross budget."),
        ("CR03", "CR03 – Safeguarding: a child or adult at risk suffers serious harm that could have been "
                 "prevented by the Council or its partners",
         "Safeguarding children and adults", "Executive Director of Children, Education and Families", (4, 5),
         (3, 5), (2, 5), "↓",
         "Cambridgeshire and Peterborough Safeguarding Partnership Board arrangements; Principal Social "
         "Worker practice audits; Quality Assurance Framework for adult social care."),
        ("CR07", "CR07 – Cyber security: a successful cyber attack disrupts services and compromises "
                 "personal data",
         "Cyber security", "Executive Director of Strategy and Partnerships", (5, 5), (4, 5), (3, 5), "↑",
         "Cyber Essentials Plus certification; multi-factor authentication for all staff; mandatory "
         "information governance e-learning; 24/7 managed security operations centre."),
        ("CR11", "CR11 – High Needs Block: the cumulative Dedicated Schools Grant deficit continues to grow "
                 "and cannot be recovered within the DfE agreement",
         "SEND and High Needs Block", "Executive Director of Children, Education and Families", (5, 5),
         (5, 4), (4, 4), "↔",
         "Delivering Better Value programme governance; monthly High Needs Block forecast to Schools "
         "Forum; SEND Sufficiency Strategy."),
    ]
    # (risk index, ref, action, owner text, lead list, original due, revised due, status text, status,
    #  update, end, end_text)
    acts = [
        (0, "1.1", "Develop and consult on the 2026/27 business planning savings and income proposals, "
                   "for approval by Strategy, Resources and Performance Committee in January 2026.",
         "Executive Director of Finance and Resources (S151)", ["Executive Director of Finance and Resources (S151)"],
         d(2026, 1, 31), None, "Green", "green",
         "Draft proposals considered by service committees in October and November 2025. Public "
         "consultation closed 9 November 2025.", "2026-01", None),
        (0, "1.2", "Complete the review of earmarked reserves and set the minimum level of general reserves "
                   "in the Reserves Strategy.",
         "Service Director: Finance and Procurement", ["Service Director: Finance and Procurement"],
         d(2025, 9, 30), d(2025, 12, 31), "Amber", "amber",
         "Review delayed by the late 2024/25 outturn. Revised date agreed by CLT.", "2025-12", None),
        (0, "1.3", "Report the forecast outturn and directorate recovery plans to Corporate Leadership Team "
                   "each month where an overspend is forecast.",
         "All Executive Directors", ["All Executive Directors"],
         "Monthly", None, "Green", "green",
         "Recovery plans in place for Adults and for Home to School Transport.", None, "Monthly"),
        (1, "3.1", "Implement the refreshed multi-agency Threshold Document and train Integrated Front Door "
                   "staff in its use.",
         "Service Director: Children's Social Care / Head of Integrated Front Door",
         ["Service Director: Children's Social Care", "Head of Integrated Front Door"],
         d(2025, 6, 30), d(2025, 9, 30), "Complete", "blue",
         "Threshold Document launched 1 September 2025; 142 staff trained.", "2025-09", None),
        (1, "3.2", "Deliver the Adult Social Care Improvement Plan agreed following the CQC local authority "
                   "assessment.",
         "Executive Director of Adults, Health and Commissioning",
         ["Executive Director of Adults, Health and Commissioning"],
         d(2026, 3, 31), None, "Amber", "amber",
         "18 of 31 plan actions complete. Waiting lists for Care Act assessments remain above target.",
         "2026-03", None),
        (2, "7.1", "Complete remediation of the high and critical findings from the 2025 IT Health Check and "
                   "renew Public Services Network compliance.",
         "Head of IT and Digital Services", ["Head of IT and Digital Services"],
         d(2025, 11, 30), None, "Green", "green",
         "Remediation plan 80% complete; PSN submission drafted.", "2025-11", None),
        (2, "7.2", "Run a cyber incident exercise with Corporate Leadership Team and test the IT disaster "
                   "recovery plan for critical systems.",
         "Head of IT and Digital Services; Emergency Planning Manager",
         ["Head of IT and Digital Services", "Emergency Planning Manager"],
         d(2025, 10, 31), d(2026, 2, 28), "Red", "red",
         "Exercise postponed twice because of the data centre migration. New date to be confirmed.",
         "2026-02", None),
        (3, "11.1", "Deliver the SEND Transformation Programme workstreams agreed with the DfE through the "
                    "Delivering Better Value programme.",
         "Service Director: Education", ["Service Director: Education"],
         d(2026, 3, 31), None, "Amber", "amber",
         "Mainstream inclusion workstream on track; specialist placement savings behind profile.",
         "2026-03", None),
        (3, "11.2", "Open 60 additional special school places at the new Alconbury Weald special school.",
         "Assistant Director: SEND and Inclusion", ["Assistant Director: SEND and Inclusion"],
         d(2026, 9, 1), None, "Not started", "unrated",
         "Construction contract awarded. Admissions not due to begin until spring 2026.", "2026-09", None),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16, color=FILL["navy"])
    ws["A3"] = "Quarter 2 review – position as at 30 September 2025"
    ws["A4"] = "Reported to Audit and Accounts Committee, 27 November 2025"
    ws["A6"] = "Document control"
    ws["A6"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("0.1", d(2025, 10, 14), "Risk and Insurance Manager", "Draft following CLT risk workshop"),
          ("0.2", d(2025, 10, 28), "Risk and Insurance Manager", "Risk owner updates added"),
          ("1.0", d(2025, 11, 4), "Head of Internal Audit and Risk Management",
           "Approved by Corporate Leadership Team")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = ws.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("grey")
    for col, w in zip("ABCD", (12, 14, 42, 40)):
        ws.column_dimensions[col].width = w

    # Risk register sheet
    rr = wb.create_sheet("Risk Register")
    rr["A1"] = "Corporate Risk Register 2025/26 – risk summary"
    rr["A1"].font = Font(bold=True, size=13)
    rr["A2"] = ("Scores are Likelihood x Impact (1–5). 1–6 Low (green); 8–12 Medium (amber); "
                "15–25 High (red).")
    hdr = ["Risk Ref", "Risk", "Risk Owner", "Inherent score", "Current score (L x I)", "Target score",
           "Direction of travel", "Key controls in place"]
    for j, h in enumerate(hdr):
        c = rr.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BOX
        c.alignment = WRAP

    def score_fill(s):
        return "green" if s <= 6 else ("amber" if s <= 12 else "red")

    for i, (ref, _band, short, owner, inh, cur, tgt, dot, controls) in enumerate(risks):
        r = 5 + i
        vals = [ref, short, owner, inh[0] * inh[1], f"{cur[0]} x {cur[1]} = {cur[0] * cur[1]}",
                tgt[0] * tgt[1], dot, controls]
        for j, v in enumerate(vals):
            c = rr.cell(row=r, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
        rr.cell(row=r, column=4).fill = fill(score_fill(inh[0] * inh[1]))
        rr.cell(row=r, column=5).fill = fill(score_fill(cur[0] * cur[1]))
        rr.cell(row=r, column=6).fill = fill(score_fill(tgt[0] * tgt[1]))
    for col, w in zip("ABCDEFGH", (9, 30, 32, 10, 14, 10, 10, 60)):
        rr.column_dimensions[col].width = w

    # Mitigating actions sheet
    ma = wb.create_sheet("Mitigating Actions")
    ma["A1"] = "Corporate Risk Register 2025/26 – further mitigating actions"
    ma["A1"].font = Font(bold=True, size=13)
    ma["A2"] = ("Action status: Green – on track; Amber – at risk of slipping; Red – off track or overdue; "
                "Complete – action delivered; Not started – not yet due to start")
    ma["A2"].font = Font(italic=True)
    hdr = ["Action Ref", "Further mitigating action", "Action owner", "Original due date",
           "Revised due date", "Status", "Progress update (Q2)"]
    for j, h in enumerate(hdr):
        c = ma.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    expected = []
    last_risk = None
    for (ri, ref, text, owner, leads, orig, rev, stext, status, upd, end, end_text) in acts:
        if ri != last_risk:
            band = risks[ri][1]
            ma.cell(row=r, column=1, value=band)
            ma.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ma.cell(row=r, column=1).font = Font(bold=True)
            ma.cell(row=r, column=1).fill = fill("grey")
            ma.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical="center")
            ma.row_dimensions[r].height = 32
            r += 1
            last_risk = ri
        vals = [ref, text, owner, orig, rev, stext, upd]
        for j, v in enumerate(vals):
            c = ma.cell(row=r, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if status != "unrated":
            ma.cell(row=r, column=6).fill = fill(status)
            if status in ("blue", "red", "green"):
                ma.cell(row=r, column=6).font = Font(color="FFFFFF", bold=True)
        r += 1
        a = {"ref": ref, "under": [risks[ri][1]], "action": text, "lead": leads, "end": end,
             "status": status}
        if end_text:
            a["end_text"] = end_text
        expected.append(a)
    for col, w in zip("ABCDEFG", (9, 60, 34, 13, 13, 12, 50)):
        ma.column_dimensions[col].width = w
    ma.freeze_panes = "A5"

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of further actions by status – Q2 2025/26"
    sm["A1"].font = Font(bold=True)
    counts = {}
    for a in acts:
        counts[a[7]] = counts.get(a[7], 0) + 1
    rows = [("Status", "Number of actions")] + [(k, counts.get(k, 0)) for k in
                                                 ("Complete", "Green", "Amber", "Red", "Not started")]
    rows.append(("Total", len(acts)))
    for i, (k, v) in enumerate(rows):
        sm.cell(row=3 + i, column=1, value=k).border = BOX
        sm.cell(row=3 + i, column=2, value=v).border = BOX
        if i in (0, len(rows) - 1):
            sm.cell(row=3 + i, column=1).font = Font(bold=True)
            sm.cell(row=3 + i, column=2).font = Font(bold=True)
    sm.column_dimensions["A"].width = 18
    sm.column_dimensions["B"].width = 20

    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a county council corporate (strategic) risk register as reported quarterly to an "
                "Audit and Accounts Committee (Cambridgeshire County Council, 2025/26, Q2; modelled on "
                "published CRR appendices). Copied features: cover sheet with title and document-control "
                "table; a risk summary sheet with L x I scores and fill-coloured scores; a separate "
                "'Mitigating Actions' sheet where each risk is a grey merged band row above its numbered "
                "further actions; original and revised due dates; status words with fill colours and a "
                "status key line; several officers in one cell separated by '/' and ';'; a summary sheet "
                "of totals."),
        reads=("Four corporate risks (CR01, CR03, CR07, CR11), each with its further mitigating actions on "
               "the 'Mitigating Actions' sheet: nine actions with owners (job titles), original and revised "
               "due dates and a RAG/Complete status. The cover, risk summary and totals sheets are not "
               "actions."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------------------------
# 2. London Borough of Barnet – Internal Audit Recommendations Tracker (xlsx)
# ---------------------------------------------------------------------------------------------
def barnet():
    name = "uk-london-borough-of-barnet-internal-audit-recommendations-tracker.xlsx"
    title = "London Borough of Barnet – Internal Audit Recommendations Tracker"
    audits = [
        ("Temporary Accommodation – Rent Collection and Arrears", "Limited", "2024/25"),
        ("Direct Payments (Adult Social Care)", "Limited", "2024/25"),
        ("Cyber Security – Privileged Access Management", "Limited", "2025/26"),
        ("Section 106 Agreements – Monitoring and Spend", "Limited", "2025/26"),
    ]
    # audit idx, rec no, priority, action, owner text, leads, original, revised, update, rag, end, end_text
    acts = [
        (0, "1", "High",
         "Reconcile the temporary accommodation rent account in the housing management system to the "
         "general ledger each month, with the reconciliation reviewed and signed by the Finance Business "
         "Partner.",
         "Head of Housing Finance", ["Head of Housing Finance"], d(2025, 3, 31), d(2025, 9, 30),
         "Reconciliations completed for April to July 2025 only. August and September outstanding because "
         "of vacancies in the team.", "red", "2025-09", None),
        (0, "2", "Medium",
         "Introduce an arrears escalation procedure for households in temporary accommodation, including "
         "referral to the Tenancy Sustainment Team at eight weeks' arrears.",
         "Head of Housing Needs / Income Recovery Manager",
         ["Head of Housing Needs", "Income Recovery Manager"], d(2025, 6, 30), None,
         "Procedure approved by Housing DMT on 12 June 2025 and in use. Verified by Internal Audit.",
         "blue", "2025-06", None),
        (0, "3", "Medium",
         "Review write-off authorisation limits for former temporary accommodation tenant arrears and report "
         "write-offs above £5,000 to the Executive Director of Resources.",
         "Director of Finance (S151 Officer)", ["Director of Finance (S151 Officer)"], d(2025, 3, 31), None,
         "Scheme of delegation updated in the Financial Regulations approved by Council in May 2025.",
         "blue", "2025-03", None),
        (1, "2", "High",
         "Review all direct payment recipients who have not returned bank statements in the last 12 months "
         "and recover unspent balances above the agreed contingency.",
         "Head of Finance and Business Support (Adults)", ["Head of Finance and Business Support (Adults)"],
         d(2025, 7, 31), d(2026, 1, 31),
         "312 of 540 accounts reviewed; £184,000 recovered to date. Revised date agreed with the Assurance "
         "Director.", "amber", "2026-01", None),
        (1, "4", "Medium",
         "Update the Direct Payments Policy and the guidance for recipients and publish them on the "
         "Council's website.",
         "Assistant Director, Adult Social Care Commissioning",
         ["Assistant Director, Adult Social Care Commissioning"], d(2025, 12, 31), None,
         "Draft policy out to consultation with Barnet Carers Centre and the Disability Forum.",
         "green", "2025-12", None),
        (2, "1", "High",
         "Remove standing domain administrator rights and provide time-limited privileged access through the "
         "Privileged Access Management tool.",
         "Head of IT Security and Compliance", ["Head of IT Security and Compliance"],
         d(2025, 9, 30), d(2025, 12, 31),
         "Tool deployed; 41 of 57 admin accounts migrated. Remaining accounts belong to third-party "
         "suppliers.", "amber", "2025-12", None),
        (2, "3", "Medium",
         "Carry out a quarterly review of privileged accounts, with leavers' accounts disabled within 24 "
         "hours of notification from HR.",
         "Head of IT Security and Compliance", ["Head of IT Security and Compliance"], "Quarterly", None,
         "First quarterly review completed in September 2025.", "green", None, "Quarterly"),
        (3, "1", "High",
         "Implement the S106 monitoring module in the planning system and record all trigger points for "
         "agreements signed since April 2020.",
         "Assistant Director, Planning and Building Control",
         ["Assistant Director, Planning and Building Control"], d(2025, 11, 30), None,
         "Module live; data migration of 2020–2023 agreements in progress.", "green", "2025-11", None),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position at 31 October 2025 – Audit Committee, 20 November 2025"
    hdr = ["Audit", "Assurance", "Actions agreed", "Implemented", "Not yet due", "Overdue"]
    for j, h in enumerate(hdr):
        c = sm.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("lightblue")
        c.border = BOX
    summ = [(audits[0][0], "Limited", 5, 3, 0, 2), (audits[1][0], "Limited", 6, 2, 2, 2),
            (audits[2][0], "Limited", 4, 1, 2, 1), (audits[3][0], "Limited", 3, 0, 3, 0)]
    for i, row in enumerate(summ):
        for j, v in enumerate(row):
            sm.cell(row=5 + i, column=1 + j, value=v).border = BOX
    tot = ["Total", None] + [sum(r[k] for r in summ) for k in range(2, 6)]
    for j, v in enumerate(tot):
        c = sm.cell(row=9, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    sm["A11"] = ("Only High and Medium priority actions arising from Limited or No assurance reports are "
                 "shown on the tracker sheet. Low priority actions are followed up by Internal Audit with "
                 "management.")
    sm.column_dimensions["A"].width = 55
    for col in "BCDEF":
        sm.column_dimensions[col].width = 14

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal Audit – follow-up of agreed management actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "RAG key"
    ws["A2"].font = Font(bold=True)
    key = [("blue", "Implemented – verified by Internal Audit"),
           ("green", "Not yet due – on track for agreed date"),
           ("amber", "Revised date agreed with Assurance Director"),
           ("red", "Overdue – past revised date")]
    for i, (col, txt) in enumerate(key):
        ws.cell(row=2 + i, column=2).fill = fill(col)
        ws.cell(row=2 + i, column=3, value=txt)
    hdr = ["Audit", "Year", "Assurance", "Rec No.", "Priority", "Agreed management action", "Action owner",
           "Original target date", "Revised target date", "Management update", "RAG"]
    HR = 7
    for j, h in enumerate(hdr):
        c = ws.cell(row=HR, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BOX
        c.alignment = WRAP
    r = HR + 1
    expected = []
    i = 0
    while i < len(acts):
        ai = acts[i][0]
        group = [a for a in acts if a[0] == ai]
        start = r
        for (a_i, rec, prio, text, owner, leads, orig, rev, upd, rag, end, end_text) in group:
            vals = [None, None, None, rec, prio, text, owner, orig, rev, upd, None]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=11).fill = fill(rag)
            a = {"ref": rec, "under": [audits[ai][0]], "action": text, "lead": leads, "end": end,
                 "status": rag}
            if end_text:
                a["end_text"] = end_text
            expected.append(a)
            r += 1
        for col, v in ((1, audits[ai][0]), (2, audits[ai][2]), (3, audits[ai][1])):
            ws.cell(row=start, column=col, value=v)
            ws.cell(row=start, column=col).alignment = WRAP
            ws.cell(row=start, column=col).font = Font(bold=(col == 1))
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
        i += len(group)
    for col, w in zip("ABCDEFGHIJK", (30, 9, 11, 8, 9, 55, 30, 12, 12, 45, 6)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a London borough internal audit recommendations tracker reported to Audit "
                "Committee (London Borough of Barnet, 2025; modelled on Barnet's 'Internal Audit Exception "
                "Recommendations' and follow-up reports). Copied features: summary sheet with a totals row "
                "and notes line; tracker sheet with audit title, year and assurance in cells merged "
                "vertically over each audit's agreed actions; recommendation numbers that restart per "
                "audit; High/Medium priority; original and revised target dates; RAG shown by cell fill "
                "only, with a colour key above the table."),
        reads=("Four limited-assurance audits, each with its agreed management actions (eight in all), read "
               "under the audit's merged title cell. Each action has a job-title owner, target dates "
               "(revised where given) and a fill-only RAG (blue = implemented and verified)."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------------------------
# 3. Rotherham MBC – Year Ahead Delivery Plan 2025-26 tracker (xlsx, REFUSE)
# ---------------------------------------------------------------------------------------------
def rotherham():
    name = "uk-rotherham-mbc-year-ahead-delivery-plan-2025-26-typo-month-refuse.xlsx"
    title = "Rotherham Metropolitan Borough Council – Year Ahead Delivery Plan 2025-26"
    status_fill = {"Complete": "blue", "On track": "green", "Delayed less than 3 months": "amber",
                   "Will not be met within 3 months": "red"}
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Progress tracker – position as at 30 November 2025 (Cabinet, 15 December 2025)"
    ov["A4"] = "Status key"
    ov["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate(status_fill.items()):
        c = ov.cell(row=5 + i, column=1, value=k)
        c.fill = fill(v)
        ov.cell(row=5 + i, column=2, value={
            "Complete": "Activity delivered",
            "On track": "On track to be delivered by original target date",
            "Delayed less than 3 months": "Will be delivered within 3 months of original target date",
            "Will not be met within 3 months": "Will not be met within 3 months of original target date",
        }[k])
    ov["A11"] = "Theme"
    ov["B11"] = "Activities"
    ov["A11"].font = ov["B11"].font = Font(bold=True)
    ov["A12"], ov["B12"] = "Places are thriving, safe and clean", 6
    ov["A13"], ov["B13"] = "Every child able to fulfil their potential", 4
    ov["A14"], ov["B14"] = "Total", 10
    ov.column_dimensions["A"].width = 44
    ov.column_dimensions["B"].width = 60

    sheets = {
        "Places": ("Places are thriving, safe and clean", [
            ("P1", "Extend Street Safe Team patrols to Wath, Dinnington, Swinton and Maltby town centres.",
             "Head of Community Safety and Regulatory Services", "Cllr J. Marsh", "October 2025", "Complete",
             "Patrols started 6 October 2025; nine of ten posts filled."),
            ("P2", "Complete the Riverside Gardens and Corporation Street public realm works.",
             "Head of Regeneration", "Cllr P. Hussain", "March 2026", "On track",
             "Works on site since May 2025. Planting scheduled for February."),
            ("P3", "Consult on a borough-wide Public Spaces Protection Order for dog control.",
             "Environmental Health Manager", "Cllr J. Marsh", "December 2025", "Delayed less than 3 months",
             "Consultation delayed to January 2026 to align with the Community Safety Strategy."),
            ("P4", "Start construction of the Whiston Brook flood alleviation scheme.",
             "Head of Highways and Flood Risk Management", "Cllr K. Reeve", "Febuary 2026", "On track",
             "Contractor appointed; site compound due to be set up in January."),
            ("P5", "Deliver the 2025-26 Towns and Villages Fund schemes at Brinsworth and Maltby East.",
             "Head of Neighbourhoods", "Cllr J. Marsh", "March 2026", "Will not be met within 3 months",
             "Brinsworth scheme delayed by land ownership issues; legal work continuing."),
            ("P6", "Roll out the new Roadside Cleaning Team across all 25 wards.",
             "Head of Street Scene", "Cllr K. Reeve", "September 2025", "Complete",
             "Team in place since October 2025 following recruitment."),
        ]),
        "Children and YP": ("Every child able to fulfil their potential", [
            ("C1", "Open two new Family Hubs in Maltby and Rawmarsh.",
             "Head of Early Help and Family Hubs", "Cllr L. Barker", "January 2026", "On track",
             "Maltby building works complete; Rawmarsh fit-out under way."),
            ("C2", "Create 40 additional specialist resource provision places in mainstream schools.",
             "Head of SEND Sufficiency", "Cllr L. Barker", "September 2025", "Delayed less than 3 months",
             "32 places open; eight places at one school delayed to January 2026."),
            ("C3", "Deliver the Children's Capital of Culture legacy programme for 2025-26.",
             "Children's Capital of Culture Director", "Cllr L. Barker", "March 2026", "On track",
             "Legacy board established; summer programme reached 11,000 young people."),
            ("C4", "Publish the refreshed Corporate Parenting Strategy co-produced with the Children in "
                   "Care Council.", "Head of Looked After Children", "Cllr L. Barker", "November 2025",
             "Complete", "Approved by Cabinet on 17 November 2025."),
        ]),
    }
    for sname, (theme, rows) in sheets.items():
        ws = wb.create_sheet(sname)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Progress tracker – position as at 30 November 2025"
        ws["A3"] = "Theme: " + theme
        ws["A3"].font = Font(bold=True, color=FILL["navy"])
        hdr = ["Ref", "Activity / milestone", "Lead officer", "Cabinet Member", "Target date", "Status",
               "Progress update"]
        for j, h in enumerate(hdr):
            c = ws.cell(row=5, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("navy")
            c.border = BOX
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                c = ws.cell(row=6 + i, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=6 + i, column=6).fill = fill(status_fill[row[5]])
        for col, w in zip("ABCDEFG", (6, 55, 34, 18, 14, 22, 50)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    # the misspelt month is on sheet 'Places', row 9 (P4)
    assert wb["Places"].cell(row=9, column=5).value == "Febuary 2026"
    write_expected(
        name,
        source=("Imitates a metropolitan borough council's Year Ahead Delivery Plan progress tracker reported "
                "to Cabinet (Rotherham MBC, Council Plan and Year Ahead Delivery Plan progress update, "
                "2025-26). Copied features: overview sheet with title, status key (Complete / On track / "
                "Delayed less than 3 months / Will not be met within 3 months of original target date) and "
                "a count per theme; one sheet per Council Plan theme with a 'Theme:' line, Ref, activity, "
                "lead officer, Cabinet Member, month-and-year target dates typed as text and fill-coloured "
                "status words."),
        reads=("Ten delivery-plan activities on two theme sheets. On the 'Places' sheet, row 9 (activity P4, "
               "Whiston Brook flood alleviation scheme) has the target date 'Febuary 2026', a misspelt "
               "month; a careful reader would stop and ask what was meant before importing the plan."),
        outcome="refuse", refuse_at=9, title=title)


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def bold_cell(cell, text, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return run


def set_cell_lines(cell, text):
    """Put text in a cell, one paragraph per line."""
    lines = text.split("\n")
    cell.text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)


# ---------------------------------------------------------------------------------------------
# 4. West Sussex County Council – Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------------------------
def west_sussex():
    name = "uk-west-sussex-county-council-ofsted-focused-visit-action-plan.docx"
    title = "West Sussex County Council Children's Services: Ofsted Focused Visit Action Plan 2025"
    rag_fill = {"Blue": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    afis = [
        ("The quality of written plans for children in need and children subject to child protection "
         "plans, so that they are specific about what needs to change and by when.", [
            ("1.1", "Relaunch the SMART planning practice standard and the plan template in Mosaic, with "
                    "practice workshops for all Assessment and Family Safeguarding teams.",
             "Head of Practice Improvement", ["Head of Practice Improvement"], "June 2025", "Blue",
             "Template live from 2 June 2025. 14 workshops delivered to 236 practitioners.", "2025-06", None),
            ("1.2", "Independent Reviewing Officers and Child Protection Chairs to use the midway review "
                    "to check that each plan has clear outcomes and timescales, and escalate where it does "
                    "not.",
             "Head of Safeguarding and Quality Assurance", ["Head of Safeguarding and Quality Assurance"],
             "September 2025", "Green",
             "Midway review form amended; 61 escalations raised July–September 2025.", "2025-09", None),
            ("1.3", "Audit a monthly sample of 30 child in need and child protection plans against the "
                    "practice standard and report findings to the Children's Services Improvement Board.",
             "Head of Practice Improvement / Principal Social Worker",
             ["Head of Practice Improvement", "Principal Social Worker"], "Ongoing", "Green",
             "Audits show 64% of plans good or better in September, up from 41% in March.", None,
             "Ongoing"),
        ]),
        ("The consistency of management oversight and supervision in the Assessment and Family "
         "Safeguarding teams, so that actions are followed up and children's circumstances improve "
         "without drift.", [
            ("2.1", "Introduce a revised supervision policy and recording template that requires actions "
                    "from the previous session to be reviewed.",
             "Assistant Director, Safeguarding", ["Assistant Director, Safeguarding"], "End of July 2025",
             "Blue", "Policy signed off at DMT on 21 July 2025.", "2025-07", None),
            ("2.2", "Deliver the Practice Leadership Programme for all team managers and assistant team "
                    "managers.",
             "Principal Social Worker; Workforce Development Manager",
             ["Principal Social Worker", "Workforce Development Manager"], "Q4 2025/26", "Amber",
             "Cohort 1 complete. Cohort 2 delayed because of the venue; now starting in January 2026.",
             "2026-03", None),
            ("2.3", "Monthly performance clinics with team managers to review children in need cases open "
                    "for more than nine months without progress.",
             "Heads of Service (Assessment and Family Safeguarding)",
             ["Heads of Service (Assessment and Family Safeguarding)"], "December 2025", "Green",
             "Clinics running in all four localities since August.", "2025-12", None),
        ]),
        ("The timeliness of return home interviews for children who go missing, and the use of the "
         "information from these interviews in safety planning.", [
            ("3.1", "Re-commission the return home interview service with a contract requirement to offer "
                    "an interview within 72 hours.",
             "Commissioning Manager, Children and Young People",
             ["Commissioning Manager, Children and Young People"], "31/03/2026", "Amber",
             "Tender evaluation under way; contract award expected February 2026.", "2026-03", None),
            ("3.2", "Add return home interview findings as a standing item at the Multi-Agency Child "
                    "Exploitation (MACE) panel and in strategy discussions.",
             "Head of Adolescent Services", ["Head of Adolescent Services"], "October 2025", "Red",
             "Not yet implemented: MACE terms of reference awaiting partnership sign-off.", "2025-10", None),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph(style="Title")
    p.add_run(title)
    doc.add_paragraph("Focused visit to West Sussex children's services, 4 and 5 March 2025: children in "
                      "need of help and protection. Letter published 10 April 2025.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"),
                                ("Plan owner", "Director of Children, Young People and Learning"),
                                ("Approved by", "Children's Services Improvement Board, 22 May 2025"),
                                ("Last updated", "30 September 2025")]):
        bold_cell(t.cell(i, 0), k)
        t.cell(i, 1).text = v
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Blue", "Complete and impact evidenced"), ("Green", "On track"),
                                ("Amber", "Some slippage – recoverable"), ("Red", "Off track")]):
        t.cell(i, 0).text = k
        shade(t.cell(i, 0), rag_fill[k])
        t.cell(i, 1).text = v
    doc.add_paragraph("Progress updates are as reported to the Children's Services Improvement Board on "
                      "30 September 2025.")
    expected = []
    for n, (afi, rows) in enumerate(afis, start=1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        t = doc.add_table(rows=2 + len(rows), cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        top.text = afi
        top.paragraphs[0].runs[0].italic = True
        shade(top, "DDEBF7")
        for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update (September 2025)"]):
            bold_cell(t.cell(1, j), h)
            shade(t.cell(1, j), "D9D9D9")
        for i, (ref, text, lead_txt, leads, when, rag, upd, end, end_text) in enumerate(rows):
            r = 2 + i
            t.cell(r, 0).text = ref
            t.cell(r, 1).text = text
            t.cell(r, 2).text = lead_txt
            t.cell(r, 3).text = when
            t.cell(r, 4).text = rag
            shade(t.cell(r, 4), rag_fill[rag])
            t.cell(r, 5).text = upd
            a = {"ref": ref, "under": [afi], "action": text, "lead": leads, "end": end,
                 "status": {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[rag]}
            if end_text:
                a["end_text"] = end_text
            expected.append(a)
        doc.add_paragraph("")
    doc.add_paragraph("Next review: Children's Services Improvement Board, December 2025.")
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a county council's action plan after an Ofsted focused visit to children's "
                "services (West Sussex County Council, focused visit on children in need of help and "
                "protection, 2025; modelled on published post-focused-visit plans). Copied features: title "
                "and visit line, a document-control table, a RAG key table with shaded cells, then one "
                "'Area for improvement N' heading per area with its own table whose merged, shaded first row "
                "quotes the area for improvement, followed by Ref/Action/Lead/Timescale/RAG/Progress "
                "columns; mixed timescales (month, 'End of July 2025', 'Q4 2025/26', dd/mm/yyyy, "
                "'Ongoing')."),
        reads=("Three areas for improvement from the Ofsted letter, each in its own table with two or three "
               "numbered actions (eight in all). The heading 'Area for improvement N' only names the kind of "
               "part, so each action is read under the area's text in the table's first row."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------------------------
# 5. Sheffield Children Safeguarding Partnership – LCSPR Child W action plan (docx)
# ---------------------------------------------------------------------------------------------
def sheffield():
    name = "uk-sheffield-children-safeguarding-partnership-lcspr-child-w-action-plan.docx"
    title = "Child W: Local Child Safeguarding Practice Review – Multi-agency Action Plan"
    recs = [
        ("1. The Partnership should seek assurance that all agencies use the Neglect Assessment Toolkit "
         "where there are concerns about cumulative neglect, and that its findings are shared at strategy "
         "discussions.", [
            ("1a", "Relaunch the Neglect Assessment Toolkit through a practitioner briefing and a 7-minute "
                   "guide, and add it to the SCSP multi-agency training programme.",
             "SCSP Business Manager", ["SCSP Business Manager"], "30/11/2025", "B",
             "Briefing delivered 14 October 2025 (212 attendees). 7-minute guide published.", "2025-11", None),
            ("1b", "Undertake a multi-agency audit of 20 cases where neglect is the main concern, testing use "
                   "of the toolkit and the quality of information sharing.",
             "Head of Quality Assurance (Children's Services) / Designated Nurse for Safeguarding Children (ICB)",
             ["Head of Quality Assurance (Children's Services)",
              "Designated Nurse for Safeguarding Children (ICB)"], "March 2026", "G",
             "Audit tool agreed; case sample drawn.", "2026-03", None),
        ]),
        ("2. Health partners should make sure that when a child is not brought to health appointments this "
         "is recognised as a possible indicator of neglect and followed up with the family and the allocated "
         "social worker.", [
            ("2a", "Review the ‘Was Not Brought’ policies of Sheffield Children’s NHS Foundation Trust and "
                   "Sheffield Teaching Hospitals and align them with the SCSP procedure.",
             "Named Nurse for Safeguarding Children (Sheffield Children's NHS FT)",
             ["Named Nurse for Safeguarding Children (Sheffield Children's NHS FT)"], "31/12/2025", "A",
             "Sheffield Children's policy revised; Sheffield Teaching Hospitals policy awaiting ratification.",
             "2025-12", None),
            ("2b", "Add an alert to the GP clinical system when a child on a child protection or child in "
                   "need plan is not brought to two consecutive appointments.",
             "Named GP for Safeguarding Children", ["Named GP for Safeguarding Children"], "April 2026", "G",
             "Searches built in SystmOne; EMIS practices to follow.", "2026-04", None),
            ("2c", "Deliver a learning event for health visitors and school nurses on ‘Was Not Brought’ and "
                   "professional curiosity.",
             "0-19 Public Health Nursing Service Manager", ["0-19 Public Health Nursing Service Manager"],
             "September 2025", "B", "Event held 23 September 2025; evaluation positive.", "2025-09", None),
        ]),
        ("3. The Partnership should review how information about adult household members’ substance misuse "
         "is shared between adult treatment services and Children’s Services.", [
            ("3a", "Agree an information sharing protocol between the Sheffield Treatment and Recovery "
                   "Service and Children's Services for parents in treatment.",
             "Drug and Alcohol Commissioning Manager / Service Manager (Family Intervention)",
             ["Drug and Alcohol Commissioning Manager", "Service Manager (Family Intervention)"],
             "Q4 2025/26", "R", "No update received for October meeting; escalated to the Executive Group.",
             "2026-03", None),
            ("3b", "Include parental substance misuse in the 2026 multi-agency audit programme.",
             "Chair, Learning and Improvement Subgroup", ["Chair, Learning and Improvement Subgroup"],
             "January 2026", "G", "Added to the draft audit programme for 2026.", "2026-01", None),
        ]),
    ]
    rag_fill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Sheffield Children Safeguarding Partnership"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(style="Title")
    p.add_run(title)
    doc.add_paragraph("Review published: 18 June 2025. Action plan agreed by the SCSP Executive Group on 9 "
                      "July 2025. Agency leads are asked to update the plan before each meeting of the "
                      "Learning and Improvement Subgroup.")
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("B", "Complete – evidence of impact received"), ("G", "On track"),
                                ("A", "Some delay – within tolerance"),
                                ("R", "Off track or no update received")]):
        t.cell(i, 0).text = k
        shade(t.cell(i, 0), rag_fill[k])
        t.cell(i, 1).text = v
    doc.add_heading("Action plan", level=2)
    n_rows = 1 + sum(len(r[1]) for r in recs)
    t = doc.add_table(rows=n_rows, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(["Recommendation", "Ref", "Action", "Lead agency / officer", "Target date", "RAG",
                           "Update (October 2025)"]):
        bold_cell(t.cell(0, j), h)
        shade(t.cell(0, j), "BDD7EE")
    r = 1
    expected = []
    for rec, rows in recs:
        start = r
        for (ref, text, lead_txt, leads, when, rag, upd, end, end_text) in rows:
            t.cell(r, 1).text = ref
            t.cell(r, 2).text = text
            t.cell(r, 3).text = lead_txt
            t.cell(r, 4).text = when
            t.cell(r, 5).text = rag
            shade(t.cell(r, 5), rag_fill[rag])
            t.cell(r, 6).text = upd
            a = {"ref": ref, "under": [rec], "action": text, "lead": leads, "end": end,
                 "status": {"B": "blue", "G": "green", "A": "amber", "R": "red"}[rag]}
            if end_text:
                a["end_text"] = end_text
            expected.append(a)
            r += 1
        mc = t.cell(start, 0).merge(t.cell(r - 1, 0)) if r - 1 > start else t.cell(start, 0)
        mc.text = rec
    doc.add_paragraph("Note: the learning in recommendation 3 has also been shared with the South Yorkshire "
                      "safeguarding partnerships.")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Signed off by", "Role", "Date"),
                             ("Independent Scrutineer", "SCSP", "9 July 2025"),
                             ("Chair, Learning and Improvement Subgroup", "SCSP", "9 July 2025")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source=("Imitates a safeguarding children partnership's multi-agency action plan following a local "
                "child safeguarding practice review (Sheffield Children Safeguarding Partnership, LCSPR "
                "'Child W', 2025; modelled on published LCSPR action plans). Copied features: partnership "
                "name in the page header, title paragraph, publication/approval line, a RAG key table using "
                "letters B/G/A/R, one action table whose first column holds each numbered recommendation in "
                "a vertically merged cell spanning its lettered actions, agency/post leads (two posts joined "
                "by '/'), mixed target dates (dd/mm/yyyy, month year, Q4 2025/26), a notes line and a "
                "sign-off table."),
        reads=("Three review recommendations, each answered by two or three lettered actions (seven in all) "
               "with a lead post, target date, RAG letter and an October 2025 update. The key and sign-off "
               "tables are not actions."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------------------------
# 6. Hackney Health and Wellbeing Board – action log (csv)
# ---------------------------------------------------------------------------------------------
def hackney():
    name = "uk-hackney-health-and-wellbeing-board-action-log.csv"
    title = "Hackney Health and Wellbeing Board – Action Log"
    rows = [
        ("HWB/25/04", "25/06/2025",
         "Circulate the JSNA chapter on financial insecurity and health to all Board members.",
         "Director of Public Health", ["Director of Public Health"], "31/07/2025", "Complete",
         "Circulated 18 July 2025.", "2025-07", None, "blue"),
        ("HWB/25/05", "25/06/2025",
         "Bring the Better Care Fund 2025-26 quarter 2 return to the Board for retrospective sign-off.",
         "Director of Adult Social Care; Director of Delivery (City and Hackney)",
         ["Director of Adult Social Care", "Director of Delivery (City and Hackney)"], "10/12/2025", "Green",
         "On the agenda for 10 December 2025.", "2025-12", None, "green"),
        ("HWB/25/06", "25/06/2025",
         "Provide a briefing on waiting times for children and young people's mental health services in "
         "Hackney, including the impact of the new crisis pathway.",
         "ELFT / Homerton Healthcare", ["ELFT", "Homerton Healthcare"], "Mar-26", "Amber",
         "ELFT data received.\nHomerton data delayed by the move to the new patient record system.",
         "2026-03", None, "amber"),
        ("HWB/25/07", "17/09/2025",
         "Set up a task and finish group with Healthwatch Hackney to co-produce the next phase of the social "
         "connection action plan.",
         "Principal Public Health Strategist / Healthwatch Hackney Manager",
         ["Principal Public Health Strategist", "Healthwatch Hackney Manager"], "End of January 2026",
         "Green", "First meeting held 4 November 2025.", "2026-01", None, "green"),
        ("HWB/25/08", "17/09/2025",
         "Report on take-up of Healthy Start vouchers and free school meals auto-enrolment, broken down by "
         "ward.",
         "Amara Okafor and Tom Whitfield", ["Amara Okafor", "Tom Whitfield"], "31/10/2025", "Red",
         "Overdue – ward-level free school meals data not yet available from the DfE.", "2025-10", None, "red"),
        ("HWB/25/09", "17/09/2025",
         "Add 'Cost of living and health' to the Board's forward plan as a themed session.",
         "Governance Officer", ["Governance Officer"], "30/01/2026", "Not started", "", "2026-01", None,
         "unrated"),
        ("HWB/25/10", "17/09/2025",
         "Write to NHS North East London on behalf of the Board about the proposed changes to community "
         "pharmacy opening hours.",
         "Chair of the Board", ["Chair of the Board"], "TBC", "Amber",
         "Draft letter with the Chair for approval.", None, "TBC", "amber"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    ncol = 7
    w.writerow([title] + [""] * (ncol - 1))
    w.writerow(["Updated for the Board meeting on 10 December 2025"] + [""] * (ncol - 1))
    w.writerow([""] * ncol)
    w.writerow(["Ref", "Date raised", "Action", "Lead", "Due date", "Status", "Update"])
    expected = []
    for (ref, raised, text, lead_txt, leads, due, stxt, upd, end, end_text, status) in rows:
        w.writerow([ref, raised, text, lead_txt, due, stxt, upd])
        a = {"ref": ref, "under": [], "action": text, "lead": leads, "end": end, "status": status}
        if end_text:
            a["end_text"] = end_text
        expected.append(a)
    w.writerow([""] * ncol)
    w.writerow(["Status key: Complete = action closed; Green = on track; Amber = at risk of delay; "
                "Red = overdue; Not started = not yet begun"] + [""] * (ncol - 1))
    w.writerow(["Completed actions are removed from the log once they have been reported to one meeting."]
               + [""] * (ncol - 1))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    write_expected(
        name,
        source=("Imitates a London borough Health and Wellbeing Board action log/tracker as saved from "
                "Excel to CSV for the meeting papers (Hackney Health and Wellbeing Board, action tracker, "
                "2025; modelled on the 'Action Tracker' / 'Action Log' items on the Board's agendas). "
                "Copied features: title and 'updated for' lines padded with empty columns, a blank row, "
                "then Ref/Date raised/Action/Lead/Due date/Status/Update columns; refs like HWB/25/04; leads "
                "as posts or organisations joined by ';' or '/', and two named people joined by 'and'; due "
                "dates as dd/mm/yyyy, Mar-26, 'End of January 2026' and TBC; a quoted multi-line update "
                "cell; a status key line and a notes line at the foot."),
        reads=("A single list of seven Board actions with no themes or sections, each with an owner, due "
               "date and status (Complete, Green, Amber, Red, Not started). The key and note lines at the "
               "end are not actions."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------------------------
# 7. Forest of Dean District Council – Council Plan delivery plan Q2 2025/26 (tab-separated txt)
# ---------------------------------------------------------------------------------------------
def forest_of_dean():
    name = "uk-forest-of-dean-district-council-council-plan-delivery-plan-q2-2025-26.txt"
    title = "Forest of Dean District Council – Council Plan Delivery Plan 2025/26"
    status_map = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red",
                  "Not due to start": "unrated"}
    plan = [
        ("Priority 1: Thriving communities", [
            ("Strategy 1.1: Support residents through the cost of living crisis and tackle poverty", [
                ("1.1a", "Deliver the Household Support Fund scheme in partnership with Gloucestershire County "
                         "Council and local food banks", "Head of Revenues and Benefits",
                 ["Head of Revenues and Benefits"], "Communities", "March 2026", "On track",
                 ["£412,000 allocated to 2,960 households by the end of September."], "2026-03", None),
                ("1.1b", "Review the Council Tax Support scheme for 2026/27 and consult on the proposed "
                         "changes", "Head of Revenues and Benefits", ["Head of Revenues and Benefits"],
                 "Finance", "January 2026", "At risk",
                 ["Consultation launched late (6 October) because of modelling delays.",
                  "Scheme must be approved by Council by 31 January 2026."], "2026-01", None),
            ]),
            ("Strategy 1.3: Increase the supply of affordable and social housing", [
                ("1.3a", "Adopt the Housing Strategy 2025-2030 and publish its delivery action plan",
                 "Head of Housing and Communities", ["Head of Housing and Communities"], "Housing",
                 "September 2025", "Complete", ["Adopted by Cabinet on 11 September 2025."], "2025-09", None),
                ("1.3b", "Bring 20 long-term empty homes back into use through the Empty Homes Programme",
                 "Private Sector Housing Manager", ["Private Sector Housing Manager"], "Housing",
                 "Q4 2025/26", "Off track",
                 ["6 homes brought back into use so far; post of Empty Homes Officer vacant since June."],
                 "2026-03", None),
            ]),
        ]),
        ("Priority 2: Decarbonisation and nature recovery", [
            ("Strategy 2.1: Reduce the Council's own carbon emissions and become carbon neutral by 2030", [
                ("2.1a", "Install solar PV and battery storage at the Council Offices, Coleford",
                 "Climate Emergency Manager / Property Services Manager",
                 ["Climate Emergency Manager", "Property Services Manager"], "Environment", "Aug-25",
                 "Complete", ["System commissioned 28 August 2025."], "2025-08", None),
                ("2.1b", "Complete the fleet decarbonisation plan with Ubico, including a trial of HVO fuel "
                         "in refuse vehicles", "Waste and Recycling Manager", ["Waste and Recycling Manager"],
                 "Environment", "March 2026", "On track", ["HVO trial started at the Lydney depot in July."],
                 "2026-03", None),
            ]),
            ("Strategy 2.3: Protect and restore nature across the district", [
                ("2.3a", "Publish the district's priorities for the Gloucestershire Local Nature Recovery "
                         "Strategy", "Senior Ecologist", ["Senior Ecologist"], "Environment", "TBC",
                 "Not due to start", ["Awaiting publication of the county-wide strategy."], None, "TBC"),
            ]),
        ]),
        ("Priority 3: Sustainable economy", [
            ("Strategy 3.2: Regenerate our market towns", [
                ("3.2a", "Submit the full business case for the Cinderford Northern Quarter phase 3 "
                         "infrastructure", "Head of Economic Development", ["Head of Economic Development"],
                 "Economy", "December 2025", "At risk",
                 ["Draft business case complete; cost review needed after tender prices rose."], "2025-12",
                 None),
            ]),
        ]),
    ]
    lines = [
        title,
        "Quarter 2 progress report (July to September 2025) – Overview and Scrutiny Committee, "
        "13 November 2025",
        "",
        "Status key: Complete (blue) | On track (green) | At risk (amber) | Off track (red) | "
        "Not due to start",
        "",
        "\t".join(["Ref", "Action", "Lead officer", "Portfolio", "Target", "Status", "Q2 update"]),
    ]
    expected = []
    for prio, strategies in plan:
        lines.append(prio + "\t" * 6)
        for strat, acts in strategies:
            lines.append(strat + "\t" * 6)
            for (ref, text, lead_txt, leads, port, target, stxt, upd, end, end_text) in acts:
                lines.append("\t".join([ref, text, lead_txt, port, target, stxt, upd[0]]))
                for more in upd[1:]:
                    lines.append("\t" * 6 + more)
                a = {"ref": ref, "under": [prio, strat], "action": text, "lead": leads, "end": end,
                     "status": status_map[stxt]}
                if end_text:
                    a["end_text"] = end_text
                expected.append(a)
    lines.append("")
    lines.append("Summary: 8 actions – Complete 2; On track 2; At risk 2; Off track 1; Not due to start 1")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")
    write_expected(
        name,
        source=("Imitates a district council's Council Plan delivery plan quarterly progress report exported "
                "from its performance system as tab-separated text (Forest of Dean District Council, Council "
                "Plan 2024-2028 with its three priorities, delivery plan 2025/26, Q2). Copied features: title "
                "and committee line, a one-line status key, a header row, priority heading rows and "
                "'Strategy x.y' heading rows (text in the first field, trailing tabs), actions with refs "
                "like 1.1a, lead officer and portfolio columns, status words, an update that runs onto a "
                "continuation line with only the update field filled, and a summary line at the end."),
        reads=("Eight delivery actions grouped under three Council Plan priorities and, within them, "
               "numbered strategies; each action has a lead officer, a target month (or TBC) and a status "
               "word from the key. The continuation line belongs to the update of action 1.1b and is not an "
               "action."),
        outcome="read", title=title, actions=expected)


if __name__ == "__main__":
    cambridgeshire()
    barnet()
    rotherham()
    west_sussex()
    sheffield()
    hackney()
    forest_of_dean()
    print("built", sorted(f for f in os.listdir(HERE) if f.startswith("uk-")))
