#!/usr/bin/env python3
"""Build the seven zfl- blind test files (set heldout816) and their expected readings.

Run with /work/main/.venv/bin/python zfl_make.py  (openpyxl, python-docx, pyyaml).
Every data file and its NAME.expected.yaml are written into this script's folder.
Only files whose names start with "zfl-" are written.
"""
import csv
import datetime as dt
import io
import json
import os

import yaml
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "theme": "DDEBF7", "pale": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def out(name):
    assert name.startswith("zfl-")
    return os.path.join(HERE, name)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def _q(v):
    """A YAML scalar: JSON-style double-quoted strings are valid YAML."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def _folded(text, indent="  ", width=96):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return ">-\n" + "\n".join(indent + ln for ln in lines)


def write_expected(name, doc):
    out_lines = []
    for key, val in doc.items():
        if key in ("source", "reads"):
            assert "  " not in val and "\n" not in val
            out_lines.append(f"{key}: {_folded(val)}")
        elif key == "actions":
            out_lines.append("actions:")
            for a in val:
                first = True
                for k, v in a.items():
                    lead = "  - " if first else "    "
                    first = False
                    if isinstance(v, list):
                        v = "[" + ", ".join(_q(x) for x in v) + "]"
                    else:
                        v = _q(v)
                    out_lines.append(f"{lead}{k}: {v}")
        else:
            out_lines.append(f"{key}: {_q(val)}")
    text = "\n".join(out_lines) + "\n"
    assert yaml.safe_load(text) == doc, name
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        fh.write(text)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Cornwall Housing - Housing Ombudsman learning action plan (xlsx)
# ---------------------------------------------------------------------------
def cornwall_housing():
    name = "zfl-cornwall-housing-housing-ombudsman-learning-action-plan.xlsx"
    title = "Cornwall Housing Ltd – Housing Ombudsman Learning and Improvement Action Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov.merge_cells("A1:D1")
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    control = [
        ("Version", "4.0"),
        ("Date", "31 January 2024"),
        ("Owner", "Executive Director of Housing Operations"),
        ("Prepared by", "Customer Experience Manager"),
        ("Reported to", "Customer Services Committee, 15 February 2024"),
        ("Source", "Housing Ombudsman investigation report (severe maladministration – complaint "
                   "handling; maladministration – damp and mould and compensation), published 16 March 2023"),
    ]
    r = 4
    for k, v in control:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 1).fill = fill(FILL["pale"])
        cov.cell(r, 2, v)
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        for c in range(1, 5):
            cov.cell(r, c).border = BOX
        r += 1
    r += 1
    cov.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for letter, text in [("B", "Complete – evidence provided"),
                         ("G", "On track to meet target date"),
                         ("A", "At risk – target date may be missed"),
                         ("R", "Off track – target date missed or action stalled")]:
        c = cov.cell(r, 1, letter)
        c.fill = fill(FILL[letter])
        c.font = Font(bold=True, color="FFFFFF" if letter in "BR" else "000000")
        c.alignment = Alignment(horizontal="center")
        cov.cell(r, 2, text)
        r += 1
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Housing Ombudsman Learning and Improvement Action Plan – progress at 31 January 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Actions agreed by the Board on 27 April 2023 in response to the Ombudsman's findings. "
                "Previous RAG = position reported to Committee in November 2023.")
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Ombudsman finding", "Action", "Lead", "Original target date",
             "Revised target date", "Previous RAG", "Current RAG", "Progress update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX

    T1 = "Theme 1: Complaint handling"
    T2 = "Theme 2: Damp and mould"
    T3 = "Theme 3: Compensation and putting things right"
    F1 = ("The landlord did not log or respond to the resident's formal complaint, and the Ombudsman "
          "had to issue a Complaint Handling Failure Order.")
    F2 = ("The landlord changed its position on the complaint without explaining why and did not "
          "follow its own complaints policy.")
    F3 = ("Reports of damp and mould were not inspected within a reasonable time and there was no "
          "clear record of the works carried out.")
    F4 = ("The landlord focused on insurance claims for damaged belongings and did not consider its "
          "own liability or offer proportionate redress.")

    # (ref, theme, finding, action, lead cell, orig, revised, prev, cur, progress, lead list, end)
    rows = [
        ("theme", T1),
        ("1.1", T1, F1,
         "Introduce a single complaints log in the housing management system so that every expression "
         "of dissatisfaction is recorded on the day it is received.",
         "Customer Experience Manager", D(2023, 5, 31), None, "G", "B",
         "Complete – new log went live on 2 May 2023.", ["Customer Experience Manager"], "2023-05"),
        ("1.2", T1, F1,
         "Refresh complaints training for all front-line and contact centre staff, covering the "
         "Complaint Handling Code and when a request for service becomes a complaint.",
         "Head of Customer Services / Learning and Development Partner", D(2023, 6, 30), D(2023, 9, 30),
         "A", "G",
         "Nov 23: e-learning module launched.\nJan 24: 84% of staff trained; remaining sessions booked.",
         ["Head of Customer Services", "Learning and Development Partner"], "2023-09"),
        ("1.3", T1, F1,
         "Report Stage 1 and Stage 2 response times to the Executive Team monthly and to the Board "
         "quarterly.",
         "Customer Experience Manager", D(2023, 7, 31), None, "G", "B",
         "Complete – included in the quarterly performance report from Q2.",
         ["Customer Experience Manager"], "2023-07"),
        ("1.4", T1, F2,
         "Appoint a Member Responsible for Complaints from the Board and agree the role profile.",
         "Company Secretary", "Sept 2023", None, "G", "B",
         "Complete – appointed at the September Board.", ["Company Secretary"], "2023-09"),
        ("1.5", T1, F2,
         "Carry out a quarterly dip sample of 10 closed complaints, checking that the stage reached and "
         "the reasons for any change of approach are recorded.",
         "Head of Customer Services", D(2023, 12, 31), D(2024, 3, 31), "G", "A",
         "First dip sample completed in December; second delayed by staff absence.",
         ["Head of Customer Services"], "2024-03"),
        ("theme", T2),
        ("2.1", T2, F3,
         "Set up a dedicated damp and mould triage team with a target of inspecting within 10 working "
         "days of a report.",
         "Executive Director of Housing Operations", D(2023, 8, 31), None, "A", "G",
         "Team in place; 71% of inspections within 10 working days in January.",
         ["Executive Director of Housing Operations"], "2023-08"),
        ("2.2", T2, F3,
         "Review every open damp and mould case older than three months and agree a works plan with "
         "each resident.",
         "Repairs and Maintenance Manager", D(2023, 9, 30), D(2024, 1, 31), "A", "R",
         "112 of 186 cases reviewed. Revised date missed – recovery plan to Committee in February.",
         ["Repairs and Maintenance Manager"], "2024-01"),
        ("2.3", T2, F3,
         "Publish a damp and mould policy and customer leaflet, co-produced with the Tenant Forum.",
         "Policy Officer; Resident Involvement Officer", D(2023, 10, 31), None, "G", "B",
         "Complete – policy approved by Board 26 October 2023.",
         ["Policy Officer", "Resident Involvement Officer"], "2023-10"),
        ("theme", T3),
        ("3.1", T3, F4,
         "Adopt a compensation and remedies policy in line with the Ombudsman's remedies guidance.",
         "Head of Customer Services", D(2023, 11, 30), D(2024, 2, 29), "A", "A",
         "Draft policy with the Tenant Forum for comment.",
         ["Head of Customer Services"], "2024-02"),
        ("3.2", T3, F4,
         "Pay the compensation ordered by the Ombudsman and confirm compliance to the Ombudsman within "
         "four weeks.",
         "Executive Director of Housing Operations", D(2023, 4, 13), None, "B", "B",
         "Complete – compliance evidence accepted by the Ombudsman.",
         ["Executive Director of Housing Operations"], "2023-04"),
    ]
    status_of = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 5
    expected = []
    merge_start = {}
    for row in rows:
        if row[0] == "theme":
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            for col in range(1, 10):
                ws.cell(r, col).fill = fill(FILL["theme"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        (ref, theme, finding, action, lead_cell, orig, rev, prev, cur, prog, leads, end) = row
        ws.cell(r, 1, ref)
        if finding not in merge_start:
            ws.cell(r, 2, finding)
            merge_start[finding] = [r, r]
        else:
            merge_start[finding][1] = r
        ws.cell(r, 3, action)
        ws.cell(r, 4, lead_cell)
        for col, val in ((5, orig), (6, rev)):
            c = ws.cell(r, col, val)
            if isinstance(val, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        for col, val in ((7, prev), (8, cur)):
            c = ws.cell(r, col, val)
            c.fill = fill(FILL[val])
            c.font = Font(bold=True, color="FFFFFF" if val in "BR" else "000000")
            c.alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(r, 9, prog)
        for col in range(1, 10):
            ws.cell(r, col).border = BOX
            if col not in (7, 8):
                ws.cell(r, col).alignment = Alignment(wrap_text=True, vertical="top")
        expected.append(act(ref, [theme, finding], action, leads, end, status_of[cur]))
        r += 1
    for finding, (a, b) in merge_start.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(r, 1, "Summary – current RAG").font = Font(bold=True)
    r += 1
    counts = {}
    for e in expected:
        counts[e["status"]] = counts.get(e["status"], 0) + 1
    for label, key in [("Complete (B)", "blue"), ("On track (G)", "green"),
                       ("At risk (A)", "amber"), ("Off track (R)", "red")]:
        ws.cell(r, 1, label)
        ws.cell(r, 3, counts.get(key, 0))
        r += 1
    ws.cell(r, 1, "Total actions").font = Font(bold=True)
    ws.cell(r, 3, len(expected)).font = Font(bold=True)
    widths = [7, 38, 48, 26, 14, 14, 10, 10, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates the learning action plan a stock-managing ALMO keeps after a Housing Ombudsman "
                   "severe maladministration finding (Cornwall Housing Ltd, finding published 16 March 2023 "
                   "for complaint handling about damp and mould, with a Complaint Handling Failure Order; "
                   "https://www.ydconsultants.co.uk/2023/03/17/housing-ombudsman-publishes-severe-maladministration-finding-for-cornwall-housing/). "
                   "Copied features: cover sheet with document-control table and B/G/A/R key, a second sheet "
                   "with a title row and note line, theme rows merged across, the Ombudsman finding merged "
                   "down beside its actions, original and revised target dates (one month typed as text), "
                   "previous and current RAG letters on coloured fills, multi-line progress comments, two "
                   "posts in one lead cell, and a current-RAG summary block under the plan."),
        "reads": ("A two-sheet workbook: a cover with document control and a RAG key, then the action plan "
                  "in three themes, each Ombudsman finding shown once beside the actions that answer it. "
                  "Ten numbered actions with a lead post, original and (sometimes) revised dates, previous "
                  "and current RAG; the status is the current RAG and the end the revised date when given."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Wilton Town Council - risk register (xlsx, refuse: mistyped month)
# ---------------------------------------------------------------------------
def wilton():
    name = "zfl-wilton-town-council-risk-register-2025-26-typo-month-refuse.xlsx"
    title = "Wilton Town Council – Risk Register 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Adopted by Full Council: 12 May 2025 (minute 25/14)    Next review: May 2026"
    ws.merge_cells("A2:J2")
    ws["A3"] = ("Risk is assessed as Likelihood (L) x Severity (S), each scored 1 (low) to 3 (high). "
                "Score 1-2 = Low (green), 3-4 = Medium (amber), 6-9 = High (red).")
    ws.merge_cells("A3:J3")
    heads = ["Ref", "Risk", "Hazard / Consequence", "Current control measures", "L", "S", "Score",
             "Revised / further actions", "Resp.", "Target date"]
    sections = [
        ("1. Finance and Financial Control", [
            ("1.1", "Loss of income from the market and hall lettings", "Budget shortfall; reserves used",
             "Monthly budget monitoring to Finance and General Purposes Committee", 2, 2,
             "Review hall hire charges and introduce online booking with payment in advance", "RFO",
             D(2025, 9, 1)),
            ("1.2", "Fraud or error in payments", "Financial loss; reputational damage",
             "Two councillors authorise all online payments; bank reconciliation signed by the Chairman",
             1, 3, "Move all payments to dual authorisation on the online banking platform",
             "RFO / Chairman of F&GP", D(2025, 6, 1)),
            ("1.3", "Insufficient general reserves", "Unable to meet unexpected costs",
             "Reserves policy; earmarked reserves reviewed at budget setting", 2, 2,
             "Set a general reserve target of six months' expenditure in the 2026/27 budget",
             "Town Clerk; RFO", D(2026, 1, 1)),
        ]),
        ("2. Assets and Property", [
            ("2.1", "Damage to or failure of the Town Hall roof", "Closure of the hall; loss of income",
             "Annual building inspection; buildings insurance", 2, 3,
             "Commission a condition survey of the Town Hall roof and bid to the CIL fund for repairs",
             "Town Clerk", D(2025, 11, 1)),
            ("2.2", "Injury on play equipment", "Claim against the Council",
             "Weekly visual checks by the Amenities Officer; annual RoSPA inspection", 1, 3,
             "Replace the timber multi-play unit at Castle Meadow rated high risk in the RoSPA report",
             "Amenities Officer", "0ct-25"),
            ("2.3", "Incomplete asset register", "Assets not insured or accounted for",
             "Asset register updated annually", 2, 1,
             "Reconcile the asset register to the insurance schedule", "RFO", D(2026, 3, 1)),
        ]),
        ("3. Governance and Compliance", [
            ("3.1", "Failure to comply with the Transparency Code", "Criticism from internal auditor",
             "Clerk publishes minutes and agendas on the website", 2, 2,
             "Publish quarterly spend over £500 and the annual internal audit report on the website",
             "Deputy Clerk", D(2025, 7, 1)),
            ("3.2", "Loss of personal data / data breach", "ICO action; loss of public trust",
             "Council email accounts; password-protected laptops", 2, 2,
             "Complete the data audit and update the privacy notices", "Town Clerk", D(2025, 12, 1)),
            ("3.3", "Loss of key staff", "Statutory duties not carried out",
             "Deputy Clerk in post; procedures folder", 2, 3,
             "Document key procedures so that the Deputy Clerk can cover the Clerk's statutory duties",
             "Town Clerk", D(2026, 3, 1)),
        ]),
    ]
    r = 5
    refuse_row = None
    for sec, risks in sections:
        c = ws.cell(r, 1, sec)
        c.font = Font(bold=True)
        for col in range(1, 11):
            ws.cell(r, col).fill = fill(FILL["grey"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for i, h in enumerate(heads, 1):
            c = ws.cell(r, i, h)
            c.font = Font(bold=True)
            c.border = BOX
        r += 1
        for (ref, risk, haz, ctrl, L, S, further, resp, target) in risks:
            vals = [ref, risk, haz, ctrl, L, S, L * S, further, resp, target]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
            score = L * S
            ws.cell(r, 7).fill = fill(FILL["G"] if score <= 2 else FILL["A"] if score <= 4 else FILL["R"])
            if isinstance(target, dt.datetime):
                ws.cell(r, 10).number_format = "mmm-yy"
            else:
                refuse_row = r
            r += 1
        r += 1
    for col, w in zip("ABCDEFGHIJ", [6, 30, 26, 36, 4, 4, 7, 42, 18, 11]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Scoring")
    key["A1"] = "Risk scoring matrix"
    key["A1"].font = Font(bold=True)
    key["A3"] = "Severity \\ Likelihood"
    for j, L in enumerate((1, 2, 3)):
        key.cell(3, 2 + j, L).font = Font(bold=True)
    for i, S in enumerate((3, 2, 1)):
        key.cell(4 + i, 1, S).font = Font(bold=True)
        for j, L in enumerate((1, 2, 3)):
            sc = L * S
            c = key.cell(4 + i, 2 + j, sc)
            c.fill = fill(FILL["G"] if sc <= 2 else FILL["A"] if sc <= 4 else FILL["R"])
    wb.save(out(name))
    assert refuse_row is not None

    write_expected(name, {
        "source": ("Imitates a town council's annual risk register adopted by Full Council, laid out like the "
                   "model register parish and town councils publish (e.g. Tetford & Salmonby Parish Council "
                   "risk register, https://tetford.parish.lincolnshire.gov.uk/council-business/risk-register-draft; "
                   "Honiton Town Council business risk register). Copied features: title and adoption/review "
                   "lines, a scoring note, grey section rows with the column header repeated under each, "
                   "L/S/score columns with a fill-coloured score, 'Revised / further actions', 'Resp.' with "
                   "Clerk/RFO posts, target months formatted mmm-yy, and a second scoring-matrix sheet."),
        "reads": ("A one-page risk register in three sections, nine risks each with a further action, "
                  "responsible officer and a target month. In section 2 the target for the play equipment "
                  "action reads '0ct-25' with a zero in place of the letter O, typed as text while every "
                  "other target is a real date; a careful reader stops and asks whether October 2025 was meant."),
        "outcome": "refuse",
        "refuse_at": refuse_row,
        "title": title,
    })
    return refuse_row


# ---------------------------------------------------------------------------
# 3. OISC - ARAC internal audit recommendations tracker (xlsx, several sheets)
# ---------------------------------------------------------------------------
def oisc():
    name = ("zfl-office-of-the-immigration-services-commissioner-arac-internal-audit-"
            "recommendations-tracker.xlsx")
    title = "OISC Audit and Risk Assurance Committee – Internal Audit Recommendations Tracker"
    GA = "GIAA 2023-24: Complaints handling and adviser fees (Moderate)"
    GB = "GIAA 2024-25: Cyber security and IT resilience (Limited)"
    GC = "GIAA 2024-25: Financial controls – payments and purchase cards (Moderate)"
    GG = "GIAA 2023-24: Governance and risk management (Substantial)"
    RB1 = "A tested IT disaster recovery plan should be in place for the case management system."
    open_rows = [
        ("group", GA),
        ("A-01", "Medium",
         "Complaints about regulated advisers should be triaged within the published 10 working day "
         "standard and the triage decision recorded on the case management system.",
         "Introduce a triage checklist and a weekly report of complaints awaiting triage.",
         "Head of Complaints and Investigations", D(2024, 6, 30), D(2025, 3, 31), 0.6, "A",
         "Checklist in use since October 2024. Weekly report depends on a CMS change now scheduled "
         "for the March release.", ["Head of Complaints and Investigations"], "2025-03", "amber"),
        ("A-02", "Low",
         "The fees guidance for advisers should be reviewed and republished.",
         "Review the fees guidance with the Commissioner's advisory group and republish it on GOV.UK.",
         "Head of Policy and Standards", D(2024, 9, 30), D(2025, 5, 31), 0.4, "G",
         "Draft agreed with the advisory group on 16 January 2025.",
         ["Head of Policy and Standards"], "2025-05", "green"),
        ("group", GB),
        ("B-01a", "High", RB1,
         "Complete the disaster recovery plan for the case management system and agree recovery time "
         "objectives with the Senior Leadership Team.",
         "Head of Digital and Technology", D(2024, 12, 31), None, 0.9, "G",
         "Plan drafted; recovery time objectives go to SLT on 18 February.",
         ["Head of Digital and Technology"], "2024-12", "green"),
        ("B-01b", "High", None,
         "Carry out a full failover test and report the results to ARAC.",
         "Head of Digital and Technology / Home Office DDaT Service Manager", D(2025, 3, 31), None, 0.1, "A",
         "Test window requested from the Home Office hosting team.",
         ["Head of Digital and Technology", "Home Office DDaT Service Manager"], "2025-03", "amber"),
        ("B-02", "High",
         "Privileged user accounts should be reviewed at least quarterly and leavers' access removed on "
         "their last working day.",
         "Implement a quarterly privileged access review and link the leavers' checklist to account "
         "disablement.",
         "Head of Digital and Technology; HR Business Partner", D(2024, 10, 31), D(2025, 1, 31), 0.5, "R",
         "First review completed late in December. Leavers' process still manual; two accounts found "
         "active after leaving date.",
         ["Head of Digital and Technology", "HR Business Partner"], "2025-01", "red"),
        ("B-03", "Medium",
         "All staff should complete annual cyber security awareness training.",
         "Make the Civil Service Learning cyber security module mandatory and report completion rates "
         "to SLT each quarter.",
         "Head of People", D(2024, 11, 30), None, 0.85, "G",
         "85% completion at 31 January; reminders issued.", ["Head of People"], "2024-11", "green"),
        ("group", GC),
        ("C-01", "Medium",
         "Purchase card transactions should be reviewed and approved by the cardholder's line manager "
         "within one month.",
         "Introduce monthly sign-off of purchase card statements by line managers, with exceptions "
         "reported to the Head of Finance.",
         "Head of Finance", D(2025, 2, 28), None, 0.75, "G",
         "Monthly sign-off in place from December statements.", ["Head of Finance"], "2025-02", "green"),
        ("C-02", "Low",
         "The financial scheme of delegation should be updated to reflect the current structure.",
         "Update the financial scheme of delegation and present it to ARAC for approval.",
         "Head of Finance / Board Secretary", D(2025, 3, 31), None, 0.2, "G",
         "Draft in preparation.", ["Head of Finance", "Board Secretary"], "2025-03", "green"),
    ]
    closed_rows = [
        ("group", GA),
        ("A-03", "Medium",
         "Complaint outcome letters should be quality checked before they are issued.",
         "Introduce a 10% quality check of outcome letters by team leaders.",
         "Head of Complaints and Investigations", D(2024, 8, 31), D(2024, 7, 19), "Implemented",
         ["Head of Complaints and Investigations"], "2024-08"),
        ("group", GG),
        ("G-01", "Low",
         "The risk appetite statement should be reviewed by the Board every year.",
         "Schedule an annual risk appetite review on the Board forward plan.",
         "Board Secretary", D(2024, 10, 31), D(2024, 10, 15), "Implemented",
         ["Board Secretary"], "2024-10"),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position at 31 January 2025 – for the ARAC meeting on 11 February 2025"
    sm["A4"] = "Recommendations by audit"
    sm["A4"].font = Font(bold=True)
    sh = ["Audit", "Opinion", "High", "Medium", "Low", "Total", "Open", "Closed"]
    for i, h in enumerate(sh, 1):
        c = sm.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
    summary = [
        ("Complaints handling and adviser fees (2023-24)", "Moderate", 0, 2, 1, 3, 2, 1),
        ("Governance and risk management (2023-24)", "Substantial", 0, 0, 1, 1, 0, 1),
        ("Cyber security and IT resilience (2024-25)", "Limited", 2, 1, 0, 3, 3, 0),
        ("Financial controls – payments and purchase cards (2024-25)", "Moderate", 0, 1, 1, 2, 2, 0),
    ]
    r = 6
    for row in summary:
        for i, v in enumerate(row, 1):
            sm.cell(r, i, v).border = BOX
        r += 1
    tot = ["Total", ""] + [sum(x[i] for x in summary) for i in range(2, 8)]
    for i, v in enumerate(tot, 1):
        c = sm.cell(r, i, v)
        c.font = Font(bold=True)
        c.border = BOX
    sm["A13"] = "Note: recommendation B-01 has two agreed actions (B-01a and B-01b) and is counted once."
    sm.column_dimensions["A"].width = 58
    sm.column_dimensions["B"].width = 12

    ws = wb.create_sheet("Open recommendations")
    ws["A1"] = "Internal audit recommendations – open"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("RAG (colour only): red = revised date passed or no progress; amber = at risk of missing "
                "the date; green = on track. See the Key tab.")
    heads = ["Rec ID", "Priority", "Recommendation", "Agreed management action", "Action owner",
             "Original date", "Revised date", "% complete", "RAG", "Update (January 2025)"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = Alignment(wrap_text=True)
    expected = []
    r = 5
    for row in open_rows:
        if row[0] == "group":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for col in range(1, 11):
                ws.cell(r, col).fill = fill(FILL["theme"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            group = row[1]
            r += 1
            continue
        (rid, prio, rec, action, owner, orig, rev, pct, rag, upd, leads, end, status) = row
        if rec is not None:
            current_rec = rec
        vals = [rid, prio, rec, action, owner, orig, rev, pct, None, upd]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        for col in (6, 7):
            if ws.cell(r, col).value is not None:
                ws.cell(r, col).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).number_format = "0%"
        ws.cell(r, 9).fill = fill(FILL[rag])
        expected.append(act(rid, [group, current_rec], action, leads, end, status))
        r += 1
    for col, w in zip("ABCDEFGHIJ", [8, 9, 40, 42, 26, 12, 12, 10, 6, 44]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    cl = wb.create_sheet("Closed")
    cl["A1"] = "Internal audit recommendations – closed since the last ARAC"
    cl["A1"].font = Font(bold=True, size=13)
    ch = ["Rec ID", "Priority", "Recommendation", "Agreed management action", "Action owner",
          "Target date", "Date implemented", "Status"]
    for i, h in enumerate(ch, 1):
        c = cl.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
    r = 4
    for row in closed_rows:
        if row[0] == "group":
            cl.cell(r, 1, row[1]).font = Font(bold=True)
            for col in range(1, 9):
                cl.cell(r, col).fill = fill(FILL["theme"])
            cl.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            group = row[1]
            r += 1
            continue
        (rid, prio, rec, action, owner, target, done, st, leads, end) = row
        vals = [rid, prio, rec, action, owner, target, done, st]
        for i, v in enumerate(vals, 1):
            c = cl.cell(r, i, v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        cl.cell(r, 6).number_format = "dd/mm/yyyy"
        cl.cell(r, 7).number_format = "dd/mm/yyyy"
        expected.append(act(rid, [group, rec], action, leads, end, "blue"))
        r += 1
    for col, w in zip("ABCDEFGH", [8, 9, 40, 42, 26, 12, 14, 12]):
        cl.column_dimensions[col].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, t) in enumerate([("R", "Red – revised date passed, or no progress"),
                                ("A", "Amber – at risk of missing the agreed date"),
                                ("G", "Green – on track"),
                                ("B", "Blue – implemented; moved to the Closed tab")], start=3):
        key.cell(i, 1).fill = fill(FILL[k])
        key.cell(i, 2, t)
    key["A9"] = "Priority (GIAA): High – fundamental control weakness; Medium – significant; Low – merits attention."
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates the internal audit recommendations tracker that a small UK arm's-length body "
                   "(Office of the Immigration Services Commissioner, audited by GIAA) takes to its Audit "
                   "and Risk Assurance Committee, in the style of published trackers such as Reading BC's "
                   "'Implementation of Audit Recommendations Tracker' (percentage complete with a RAG, "
                   "original implementation date column; https://democracy.reading.gov.uk/mgAi.aspx?ID=8814). "
                   "Copied features: a Summary sheet with totals by audit and priority, an Open sheet "
                   "grouped by audit report with the recommendation beside the agreed action, original "
                   "and revised dates, % complete, a RAG cell shown by fill colour only, a second action "
                   "under one recommendation with the recommendation cell left blank, a Closed sheet with "
                   "target and implemented dates, and a separate Key sheet."),
        "reads": ("A four-sheet workbook: summary counts, eight open agreed actions grouped under four "
                  "GIAA audits (the RAG given only by the cell colour), two actions closed since the last "
                  "committee marked Implemented, and a key. Each action is read under its audit heading "
                  "and the recommendation it answers; the end is the revised date when given, otherwise "
                  "the original or target date."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


# ---------------------------------------------------------------------------
# 4. Patient and Client Council - NIAO RTTCWG management action plan (docx)
# ---------------------------------------------------------------------------
def pcc():
    name = "zfl-patient-and-client-council-niao-rttcwg-management-action-plan.docx"
    title = ("Patient and Client Council – Report to Those Charged with Governance 2023-24: "
             "Management Action Plan")
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "Prepared for the Audit and Risk Assurance Committee, 23 January 2025. The Northern Ireland "
        "Audit Office (NIAO) issued its Report to Those Charged with Governance (RTTCWG) on the 2023-24 "
        "financial statements on 9 August 2024. This plan sets out management's response to each "
        "recommendation and the position at January 2025.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comment"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "20/08/2024", "Head of Corporate Services", "Responses agreed with NIAO"),
                ("2.0", "14/01/2025", "Head of Corporate Services", "Status update for ARAC")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("Priority ratings used by NIAO", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for p, d in [("Priority 1", "Significant issues for the attention of senior management which may have "
                                "the potential to result in a material weakness in internal control."),
                 ("Priority 2", "Important issues to be addressed by management in their areas of "
                                "responsibility."),
                 ("Priority 3", "Issues of a more minor nature which provide scope for improvement.")]:
        cells = k.add_row().cells
        set_cell(cells[0], p, bold=True)
        set_cell(cells[1], d)

    H = ["Ref", "Agreed management action", "Responsible officer", "Target date",
         "Status at January 2025"]
    sections = [
        ("Priority 1 findings", [
            ("Recommendation 1 – Direct award contracts: PCC should obtain Departmental approval before "
             "awarding any direct award contract and report all direct award contracts to the Department "
             "within the required timescale.", [
                ("1.1", "Issue a procurement instruction to all budget holders confirming that no direct "
                        "award contract may proceed without prior Departmental approval.",
                 "Head of Corporate Services", "30 September 2024", "Complete",
                 ["Head of Corporate Services"], "2024-09", None, "blue"),
                ("1.2", "Report all direct award contracts to ARAC at each meeting and to the Department "
                        "of Health each quarter.",
                 "Head of Corporate Services / Finance Manager", "Quarterly", "Green",
                 ["Head of Corporate Services", "Finance Manager"], None, "Quarterly", "green"),
                ("1.3", "Seek retrospective approval from the Department for the three contracts "
                        "identified by NIAO.",
                 "Chief Executive", "31 March 2025", "Amber",
                 ["Chief Executive"], "2025-03", None, "amber"),
            ]),
        ]),
        ("Priority 2 findings", [
            ("Recommendation 2 – Fixed asset register: the fixed asset register should be reconciled to "
             "the general ledger at least quarterly and all assets physically verified each year.", [
                ("2.1", "Reconcile the fixed asset register to the general ledger each quarter, with the "
                        "reconciliation signed off by the Head of Corporate Services.",
                 "Finance Manager", "December 2024", "Complete",
                 ["Finance Manager"], "2024-12", None, "blue"),
                ("2.2", "Complete a physical verification of IT equipment at all PCC offices.",
                 "ICT Officer; Office Manager", "March 2025", "Green",
                 ["ICT Officer", "Office Manager"], "2025-03", None, "green"),
            ]),
            ("Recommendation 3 – Register of interests: declarations of interest by Board members and "
             "senior staff should be updated annually and the register published on the PCC website.", [
                ("3.1", "Request updated declarations from all Board members and the Senior Management "
                        "Team.",
                 "Board Secretary", "Q3 2024-25", "Complete",
                 ["Board Secretary"], "2024-12", None, "blue"),
                ("3.2", "Publish the register of interests on the PCC website and review it at each Board "
                        "meeting.",
                 "Board Secretary", "Q4 2024-25", "Green",
                 ["Board Secretary"], "2025-03", None, "green"),
            ]),
        ]),
        ("Priority 3 findings", [
            ("Recommendation 4 – Payroll: evidence of the monthly review of the payroll exception report "
             "should be retained.", [
                ("4.1", "Retain a signed copy of each monthly payroll exception report review on the "
                        "finance shared drive.",
                 "Finance Manager", "Ongoing", "Green",
                 ["Finance Manager"], None, "Ongoing", "green"),
            ]),
        ]),
    ]
    expected = []
    for heading, recs in sections:
        doc.add_heading(heading, level=2)
        tbl = doc.add_table(rows=1, cols=5)
        tbl.style = "Table Grid"
        for c, h in zip(tbl.rows[0].cells, H):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for rec, actions in recs:
            row = tbl.add_row()
            merged = row.cells[0].merge(row.cells[4])
            set_cell(merged, rec, bold=True)
            shade(merged, "F2F2F2")
            for (ref, action, resp, target, status_txt, leads, end, end_text, status) in actions:
                cells = tbl.add_row().cells
                for c, v in zip(cells, [ref, action, resp, target, status_txt]):
                    set_cell(c, v)
                expected.append(act(ref, [heading, rec], action, leads, end, status, end_text))
    doc.add_paragraph("")
    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    set_cell(so.rows[0].cells[0], "Approved by", bold=True)
    set_cell(so.rows[0].cells[1], "Chief Executive")
    set_cell(so.rows[1].cells[0], "Date", bold=True)
    set_cell(so.rows[1].cells[1], "14 January 2025")
    doc.save(out(name))

    write_expected(name, {
        "source": ("Imitates the management action plan a Northern Ireland arm's-length body keeps on the "
                   "Northern Ireland Audit Office's Report to Those Charged with Governance, taken to its "
                   "Audit and Risk Assurance Committee (Patient and Client Council, 2023-24 audit). NIAO "
                   "RTTCWGs grade findings Priority 1/2/3; the plan follows that order. Copied features: "
                   "a title heading, an introductory paragraph, a version-history table, a priority "
                   "definitions table, one table per priority section, each recommendation in a merged "
                   "shaded row above its agreed actions, job titles (two posts in one cell) as responsible "
                   "officers, target dates as days, months, financial-year quarters, 'Quarterly' and "
                   "'Ongoing', a status word column, and a sign-off table."),
        "reads": ("A short Word document with a version table and priority key, then three tables, "
                  "Priority 1, 2 and 3 findings, each giving a recommendation row and the numbered actions "
                  "that answer it, with responsible officer, target date and a status of Complete, Green "
                  "or Amber. Eight actions; the closing sign-off table is not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Cyrenians - Care Inspectorate improvement plan (docx, fill-colour RAG, key redefines green)
# ---------------------------------------------------------------------------
def cyrenians():
    name = "zfl-cyrenians-edinburgh-supported-housing-care-inspectorate-improvement-plan.docx"
    title = "Cyrenians Edinburgh Supported Housing Service – Care Inspectorate Improvement Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading(title, level=1)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Service", "Edinburgh Supported Housing Service (Housing Support)"),
                 ("Care service number", "CS2019373622"),
                 ("Inspection", "Unannounced, 12–14 March 2024"),
                 ("Report published", "17 April 2024"),
                 ("Plan owner", "Service Manager – Supported Housing"),
                 ("Last reviewed", "2 September 2024")]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Grades awarded", style="Heading 3")
    g = doc.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    set_cell(g.rows[0].cells[0], "Key question", bold=True)
    set_cell(g.rows[0].cells[1], "Grade", bold=True)
    for kq, gr in [("How well do we support people’s wellbeing?", "3 – Adequate"),
                   ("How good is our leadership?", "3 – Adequate"),
                   ("How good is our staff team?", "4 – Good"),
                   ("How well is our care and support planned?", "2 – Weak")]:
        cells = g.add_row().cells
        set_cell(cells[0], kq)
        set_cell(cells[1], gr)
    doc.add_paragraph("")
    doc.add_paragraph("Progress key", style="Heading 3")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, text in [("G", "Completed"), ("A", "In progress"), ("R", "Not yet started or overdue")]:
        cells = key.add_row().cells
        shade(cells[0], FILL[colour])
        set_cell(cells[1], text)

    sections = [
        ("Key question 1: How well do we support people’s wellbeing?", [
            ("Requirement 1: By 31 July 2024, the provider must ensure that people are protected from harm "
             "by making sure that risk assessments are completed, reviewed at least every six months and "
             "updated when people’s circumstances change.", [
                ("1", "Audit all 42 tenancy support plans to identify out-of-date risk assessments.",
                 "Service Manager", "End of May 2024", "G", ["Service Manager"], "2024-05", None),
                ("2", "Complete new risk assessments for every person identified in the audit, involving "
                      "the person and their key worker.",
                 "Team Leaders", "30 June 2024", "G", ["Team Leaders"], "2024-06", None),
                ("3", "Add six-monthly review prompts to the case management system.",
                 "Quality and Compliance Lead", "July 2024", "A", ["Quality and Compliance Lead"],
                 "2024-07", None),
            ]),
            ("Area for improvement 1: To support people’s health and wellbeing, the provider should make "
             "sure that people are supported to register with a GP and a dentist. (HSCS 1.28)", [
                ("4", "Record GP and dentist registration for each person at the start of their tenancy "
                      "and at each review.",
                 "Key Workers / Team Leaders", "Ongoing", "A", ["Key Workers", "Team Leaders"], None,
                 "Ongoing"),
            ]),
        ]),
        ("Key question 2: How good is our leadership?", [
            ("Requirement 2: By 31 August 2024, the provider must ensure that quality assurance systems are "
             "effective in identifying and addressing areas for improvement.", [
                ("5", "Introduce a monthly quality assurance calendar covering support plans, medication "
                      "prompts, finances and incident records.",
                 "Service Manager; Quality and Compliance Lead", "June 2024", "G",
                 ["Service Manager", "Quality and Compliance Lead"], "2024-06", None),
                ("6", "Report quality assurance findings and actions to the Care and Support Committee "
                      "every quarter.",
                 "Head of Housing and Support", "Quarterly", "A", ["Head of Housing and Support"], None,
                 "Quarterly"),
            ]),
        ]),
        ("Key question 3: How good is our staff team?", [
            ("Area for improvement 2: The provider should make sure that staff receive regular supervision "
             "in line with the organisation’s policy. (HSCS 3.14)", [
                ("7", "Agree a supervision schedule for every member of staff and monitor completion "
                      "monthly.",
                 "Team Leaders", "30 September 2024", "R", ["Team Leaders"], "2024-09", None),
            ]),
        ]),
        ("Key question 5: How well is our care and support planned?", [
            ("Requirement 3: By 31 July 2024, the provider must ensure that each person’s support plan sets "
             "out their outcomes and how they will be supported to achieve them, and is reviewed with them "
             "at least every six months.", [
                ("8", "Move all support plans onto the new outcome-focused template.",
                 "Key Workers", "31 July 2024", "G", ["Key Workers"], "2024-07", None),
                ("9", "Hold a six-monthly review with each person and record their views in the plan.",
                 "Key Workers", "Sept 2024 – Jan 2025", "A", ["Key Workers"], "2025-01",
                 "Sept 2024 – Jan 2025"),
            ]),
        ]),
    ]
    # the key: green = completed (no blue), amber = in progress, red = not started / overdue
    status_of = {"G": "blue", "A": "amber", "R": "red"}
    expected = []
    for kq, reqs in sections:
        doc.add_heading(kq, level=2)
        for req, actions in reqs:
            p = doc.add_paragraph()
            p.add_run(req).bold = True
            tbl = doc.add_table(rows=1, cols=5)
            tbl.style = "Table Grid"
            for c, h in zip(tbl.rows[0].cells, ["No.", "Action", "Responsible", "Timescale", "RAG"]):
                set_cell(c, h, bold=True)
            for (no, action, resp, when, rag, leads, end, end_text) in actions:
                cells = tbl.add_row().cells
                for c, v in zip(cells, [no, action, resp, when, ""]):
                    set_cell(c, v)
                shade(cells[4], FILL[rag])
                expected.append(act(no, [kq, req], action, leads, end, status_of[rag], end_text))
            doc.add_paragraph("")
    doc.add_paragraph("This plan is shared with the Care Inspectorate link inspector and reviewed at "
                      "monthly team meetings.")
    doc.save(out(name))

    write_expected(name, {
        "source": ("Imitates the improvement plan a Scottish third-sector housing support provider writes "
                   "after a Care Inspectorate inspection (Cyrenians, Edinburgh supported housing, 2024). "
                   "Care Inspectorate reports grade each key question (How well do we support people's "
                   "wellbeing? ... How well is our care and support planned?) on a six-point scale and set "
                   "requirements worded 'By <date>, the provider must ...' and areas for improvement tied "
                   "to the Health and Social Care Standards (HSCS). Copied features: a service details "
                   "table (care service number, inspection dates), a grades table, a progress key whose "
                   "green means completed, a heading per key question, each requirement or area for "
                   "improvement as a bold paragraph above its own action table, RAG shown only by cell "
                   "shading, curly apostrophes, and timescales as dates, months, 'End of May 2024', "
                   "'Ongoing', 'Quarterly' and a period."),
        "reads": ("A Word improvement plan: service and grade tables, a colour key (green = completed, "
                  "amber = in progress, red = not started or overdue), then four key-question sections "
                  "where each requirement or area for improvement is followed by a small table of "
                  "numbered actions with who, when and a shaded RAG cell. Nine actions; green cells are "
                  "read as complete because the key says so."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Sheffield Hospitals Charity - governance review action plan, monday.com export (csv)
# ---------------------------------------------------------------------------
def shc():
    name = "zfl-sheffield-hospitals-charity-governance-review-action-plan-monday-export.csv"
    title = "SHC Governance Review Action Plan 2024-25"
    header = ["Name", "Review recommendation", "Owner", "RAG status", "Timeline", "Updates"]
    groups = [
        ("Board effectiveness", [
            ("Carry out a trustee skills audit and refresh the skills matrix",
             "R1 Board composition and skills", "Helen Marsh", "Complete", "2024-09-02 - 2024-10-31",
             "Skills matrix approved at the October Board", ["Helen Marsh"], "2024-10", "blue"),
            ("Recruit two trustees with digital and clinical backgrounds through open advertisement",
             "R1 Board composition and skills", "Helen Marsh, Daniel Okafor", "Amber",
             "2024-11-01 - 2025-03-31", "One appointment made; clinical vacancy re-advertised",
             ["Helen Marsh", "Daniel Okafor"], "2025-03", "amber"),
            ("Introduce an annual board effectiveness review, externally facilitated every three years",
             "R2 Board performance", "Daniel Okafor", "Green", "2025-01-06 - 2025-06-30", "",
             ["Daniel Okafor"], "2025-06", "green"),
        ]),
        ("Decision making, risk and control", [
            ("Revise the scheme of delegation to set out which decisions are reserved to the Board",
             "R4 Delegation and committees", "Sarah Whitfield", "Complete", "2024-09-16 - 2024-12-13",
             "Approved by trustees on 10 December 2024", ["Sarah Whitfield"], "2024-12", "blue"),
            ("Update the terms of reference for the Finance, Audit and Risk Committee and the Grants "
             "Committee",
             "R4 Delegation and committees", "Sarah Whitfield, Tom Ashworth", "Green",
             "2025-01-13 - 2025-04-30", "", ["Sarah Whitfield", "Tom Ashworth"], "2025-04", "green"),
            ("Align the risk register with the Charity Commission's guidance on charities and risk "
             "management (CC26)",
             "R5 Risk management", "Tom Ashworth", "Red", "2024-10-01 - 2025-01-31",
             "Delayed - waiting for the new risk appetite statement", ["Tom Ashworth"], "2025-01", "red"),
        ]),
        ("Openness and accountability", [
            ("Publish trustee biographies and meeting attendance on the charity's website",
             "R7 Transparency", "Laura Benton", "", "", "", ["Laura Benton"], None, "unrated"),
            ("Hold an annual stakeholder session with NHS trust partners and fundholders",
             "R7 Transparency", "Laura Benton, Helen Marsh", "Amber", "2025-02-03 - 2025-05-30",
             "Date to be confirmed with the Trust", ["Laura Benton", "Helen Marsh"], "2025-05", "amber"),
        ]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title])
    w.writerow([])
    expected = []
    for gname, items in groups:
        w.writerow([gname])
        w.writerow(header)
        for (nm, rec, owner, rag, timeline, upd, leads, end, status) in items:
            w.writerow([nm, rec, owner, rag, timeline, upd])
            expected.append(act(None, [gname, rec], nm, leads, end, status))
        w.writerow([])
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    write_expected(name, {
        "source": ("Imitates a monday.com board exported to a spreadsheet and saved as CSV, as a charity's "
                   "governance team uses to track the actions from an external governance review against "
                   "the Charity Governance Code and Charity Commission guidance (Sheffield Hospitals "
                   "Charity, 2024-25). Copied features of a monday.com export: the board name on the first "
                   "line, each group's name on its own line followed by the column header row repeated for "
                   "the group, a blank line between groups, people columns listing several full names "
                   "separated by commas, a custom status column used as RAG (blank = not started), a "
                   "Timeline column written 'start - end' in ISO dates, and an updates column. Items carry "
                   "no reference numbers."),
        "reads": ("A board export titled 'SHC Governance Review Action Plan 2024-25' with three groups "
                  "(Board effectiveness; Decision making, risk and control; Openness and accountability), "
                  "eight unnumbered actions each tied to a review recommendation, with owners, a RAG "
                  "status and a timeline whose end is the due month; one item has no status and no "
                  "timeline."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. Berwickshire Housing Association - SHR annual assurance statement improvement plan (txt, TSV)
# ---------------------------------------------------------------------------
def bha():
    name = ("zfl-berwickshire-housing-association-shr-annual-assurance-statement-"
            "improvement-plan.txt")
    title = "Berwickshire Housing Association – Annual Assurance Statement 2024 Improvement Plan"
    SA = "A. Tenant and resident safety"
    SB = "B. Equality and human rights"
    SC = "C. Governance and financial management"
    EL = "Electrical safety – EICR within 5 years"
    rows = [
        ("section", SA),
        ("A1", EL,
         "Complete outstanding electrical installation condition reports for the 63 homes with no valid "
         "certificate",
         "Asset Manager", "31/03/2025", "41 completed; 22 remaining, no access at 9", "A",
         ["Asset Manager"], "2025-03", None, "amber"),
        ("A2", EL,
         "Use the forced access procedure where access has been refused three times",
         "Housing Services Manager", "Jun 2025", "Procedure approved by Board in January", "G",
         ["Housing Services Manager"], "2025-06", None, "green"),
        ("A3", "Damp and mould",
         "Inspect every home with a damp or mould report in the last 12 months and record the outcome in\n"
         "the asset management system",
         "Asset Manager / Compliance Officer", "Q1 2025/26", "118 of 164 homes inspected", "G",
         ["Asset Manager", "Compliance Officer"], "2025-06", None, "green"),
        ("A4", "Fire safety – communal areas",
         "Replace fire doors in the two sheltered housing developments identified by the fire risk "
         "assessment",
         "Director of Property Services", "30/09/2025", "Contractor appointed", "G",
         ["Director of Property Services"], "2025-09", None, "green"),
        ("section", SB),
        ("B1", "Collection of equalities data",
         "Collect equalities information for all tenants at sign-up and through the tenancy visit "
         "programme",
         "Housing Services Manager", "Ongoing", "38% of households now hold data (was 21%)", "A",
         ["Housing Services Manager"], None, "Ongoing", "amber"),
        ("B2", "Collection of equalities data",
         "Publish an analysis of tenant equalities data alongside the 2025 Annual Assurance Statement",
         "Policy and Performance Officer", "By 31 October 2025", "", "",
         ["Policy and Performance Officer"], "2025-10", None, "unrated"),
        ("section", SC),
        ("C1", "Standard 6 – Board skills",
         "Complete the Board skills self-assessment and agree a training plan",
         "Governance Officer", "Dec 2024", "Complete – training plan approved", "B",
         ["Governance Officer"], "2024-12", None, "blue"),
        ("C2", "Standard 4 – Assurance and evidence bank",
         "Build an evidence bank for the 2025 Annual Assurance Statement, with each standard assigned "
         "to a member of the Leadership Team",
         "Chief Executive; Governance Officer", "Aug 2025", "Template agreed", "G",
         ["Chief Executive", "Governance Officer"], "2025-08", None, "green"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    buf.write(title + "\r\n")
    buf.write("Progress report to the Board of Management – 27 February 2025\r\n")
    buf.write("\r\n")
    w.writerow(["Ref", "Area (Regulatory Framework / Charter)", "Action", "Lead", "Target date",
                "Progress", "RAG"])
    expected = []
    for row in rows:
        if row[0] == "section":
            buf.write(row[1] + "\r\n")
            sec = row[1]
            continue
        (ref, area, action, lead, target, prog, rag, leads, end, end_text, status) = row
        w.writerow([ref, area, action, lead, target, prog, rag])
        expected.append(act(ref, [sec, area], action, leads, end, status, end_text))
    buf.write("\r\n")
    buf.write("RAG key: B = complete   G = on track   A = some slippage, action in hand   R = off track\r\n")
    buf.write("Next update to Board: May 2025\r\n")
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    write_expected(name, {
        "source": ("Imitates the improvement plan a Scottish registered social landlord keeps for the areas "
                   "it flagged in its Annual Assurance Statement to the Scottish Housing Regulator "
                   "(Berwickshire Housing Association, AAS 2024), reported to its Board of Management and "
                   "saved from Excel as tab-delimited text. The SHR's 2024 and 2025 risk statements "
                   "(https://housingregulator.gov.scot/landlord-performance/the-risks-we-will-focus-on/the-risks-we-will-focus-on-november-2024) "
                   "stress tenant and resident safety, equalities data and the Regulatory Standards of "
                   "Governance and Financial Management, which give the plan its sections. Copied features: "
                   "a title line and a report line, a tab-separated header, lettered section lines (A., B., C.), the "
                   "regulatory requirement beside each action, one action cell holding a line break (so "
                   "the export quotes it over two lines), dates as 31/03/2025, 'Jun 2025', 'Q1 2025/26', "
                   "'By 31 October 2025' and 'Ongoing', one blank RAG, and a RAG key and notes line at the "
                   "foot."),
        "reads": ("A plain-text export of an eight-action improvement plan in three sections, each action "
                  "tied to the requirement it addresses, with a lead post, target date, progress note and "
                  "a B/G/A/R letter explained by the key at the foot; one action not yet started has no "
                  "RAG."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    cornwall_housing()
    row = wilton()
    oisc()
    pcc()
    cyrenians()
    shc()
    bha()
    print("built seven zfl- cases; Wilton refuse row", row)
