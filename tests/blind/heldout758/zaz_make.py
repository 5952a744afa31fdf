#!/usr/bin/env python3
"""Build the seven zaz- blind test files (set heldout758) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with "zaz-" are written.
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

FILL = {
    "red": "FFC7CE", "amber": "FFEB9C", "green": "C6EFCE", "blue": "9BC2E6",
    "grey": "D9D9D9", "head": "1F4E78", "pale": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("zaz-")
    return os.path.join(HERE, name)


def write_expected(name, data):
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=100000)


def fill(cell, key):
    cell.fill = PatternFill("solid", start_color=FILL[key], end_color=FILL[key])


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Warrenpoint Harbour Authority corporate risk register (xlsx) - REFUSE
# ---------------------------------------------------------------------------
def warrenpoint():
    name = "zaz-warrenpoint-harbour-authority-corporate-risk-register-2025-26-typo-month-refuse.xlsx"
    title = "Warrenpoint Harbour Authority – Corporate Risk Register 2025/26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Trust Port established under the Harbours Act (Northern Ireland) 1970"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Summary of changes", "Approved by"),
        ("3.0", "12/05/2025", "Annual refresh – all risks re-scored following Board risk workshop", "Board"),
        ("3.1", "09/09/2025", "Q1 review – CR6 (cyber attack on port systems) added", "ARAC"),
        ("3.2", "18/11/2025", "Q2 review – action updates and target dates", "ARAC"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                fill(c, "pale")
    cov["A10"] = "Register owner: Chief Executive"
    cov["A11"] = "Maintained by: Head of Finance and Corporate Services"
    cov["A12"] = "Next review: Audit and Risk Assurance Committee, February 2026"
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 70
    cov.column_dimensions["D"].width = 14

    key = wb.create_sheet("Scoring Key")
    key["A1"] = "Risk scoring (Likelihood x Impact, 5 x 5)"
    key["A1"].font = Font(bold=True)
    krows = [
        ("Score", "Likelihood", "Impact"),
        (1, "Rare (less than 5%)", "Negligible – under £10k; no injury"),
        (2, "Unlikely (5–25%)", "Minor – £10k–£50k; first aid injury"),
        (3, "Possible (25–50%)", "Moderate – £50k–£250k; RIDDOR reportable"),
        (4, "Likely (50–80%)", "Major – £250k–£1m; serious injury; regulator action"),
        (5, "Almost certain (over 80%)", "Severe – over £1m; fatality; loss of licence"),
    ]
    for i, r in enumerate(krows):
        for j, v in enumerate(r):
            c = key.cell(row=2 + i, column=1 + j, value=v)
            c.border = BOX
    key["A9"] = "Risk rating"
    key["A9"].font = Font(bold=True)
    for i, (band, col) in enumerate([("1–6 Low", "green"), ("8–12 Medium", "amber"), ("15–25 High", "red")]):
        c = key.cell(row=10 + i, column=1, value=band)
        fill(c, col)
    key["A14"] = "Action status (fill colour in the Status column)"
    key["A14"].font = Font(bold=True)
    for i, (lab, col) in enumerate([("Complete", "blue"), ("On track", "green"),
                                    ("Some slippage – revised date agreed", "amber"),
                                    ("Off track / overdue", "red")]):
        c = key.cell(row=15 + i, column=1, value=lab)
        fill(c, col)
    key.column_dimensions["A"].width = 34
    key.column_dimensions["B"].width = 28
    key.column_dimensions["C"].width = 50

    ws = wb.create_sheet("Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:O1")
    ws["A2"] = "Position at 31 October 2025 – presented to the Audit and Risk Assurance Committee, 18 November 2025"
    ws.merge_cells("A2:O2")
    groups = [("A4:D4", "Risk"), ("E4:G4", "Inherent risk"), ("H4:H4", "Controls"),
              ("I4:K4", "Residual risk"), ("L4:O4", "Further action required")]
    for rng, lab in groups:
        first = rng.split(":")[0]
        ws[first] = lab
        ws[first].font = Font(bold=True, color="FFFFFF")
        fill(ws[first], "head")
        if rng.split(":")[0] != rng.split(":")[1]:
            ws.merge_cells(rng)
    heads = ["Risk Ref", "Risk title", "Risk description (cause, event, effect)", "Risk owner",
             "L", "I", "Score", "Key existing controls", "L", "I", "Score",
             "Action", "Action owner", "Target date", "Status"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        fill(c, "pale")
        c.border = BOX
        c.alignment = WRAP

    sections = [
        ("STRATEGIC RISKS", [
            ("CR1", "Loss of a major customer or trade route",
             "The Port loses one or more principal Ro-Ro or bulk customers (e.g. following changes in "
             "post-Brexit trading arrangements or competitor port investment), causing a material fall "
             "in tonnage and income.", "Chief Executive", (4, 5), "Commercial Strategy 2021–2025; key account "
             "management; diversified customer base (timber, steel, agri-bulks, Ro-Ro).", (3, 5), [
                 ("Complete the refresh of the Commercial Strategy 2026–2030 and present it to the Board for approval.",
                  "Commercial Director", "March 2026", "green"),
                 ("Agree long-term throughput agreements with the two principal Ro-Ro operators.",
                  "Chief Executive / Commercial Director", "30/06/2026", "amber"),
                 ("Report customer concentration analysis to the Board each quarter.",
                  "Head of Finance and Corporate Services", "Quarterly", "green"),
             ]),
            ("CR2", "Failure to secure funding for the Port Masterplan",
             "Funding or borrowing consent for Phase 1 (berth extension and land reclamation) is not secured, "
             "so capacity constraints limit growth.", "Chief Executive", (4, 4),
             "Port Masterplan 2018–2043; regular engagement with DfI as sponsor department.", (3, 4), [
                 ("Submit the outline business case for the berth extension to DfI.",
                  "Engineering and Estates Director", "Dec-25", "amber"),
                 ("Engage DfI and DoF on the funding model and borrowing consent for Phase 1.",
                  "Chief Executive", "31/01/2026", "green"),
             ]),
        ]),
        ("OPERATIONAL RISKS", [
            ("CR3", "Serious injury or fatality in port operations",
             "Failure of safe systems of work during cargo handling, mooring or plant movements results in "
             "serious injury or death, HSENI enforcement and reputational damage.", "Harbour Master", (3, 5),
             "Safety Management System; Port Marine Safety Code compliance; permit to work; PPE; "
             "HSQE inspections.", (2, 5), [
                 ("Roll out the revised Safe System of Work for quayside cargo handling, with toolbox talks "
                  "for all operatives.", "Harbour Master; HSQE Manager", "Sept 2025", "blue"),
                 ("Commission an independent audit of compliance with the Port Marine Safety Code.",
                  "Harbour Master", "Febuary 2026", "green"),
             ]),
            ("CR4", "Failure of critical quay infrastructure",
             "Deterioration of quay walls, piling or fenders leads to berth closure and loss of income.",
             "Engineering and Estates Director", (3, 4),
             "Annual engineering inspection; weight restrictions on older berths.", (2, 4), [
                 ("Complete the underwater survey of Victoria Quay and Town Dock piling.",
                  "Engineering and Estates Director", "Nov-25", "green"),
                 ("Prepare a 10-year planned maintenance programme for quay walls and fenders.",
                  "Engineering and Estates Director", "31/03/2026", "green"),
             ]),
        ]),
        ("GOVERNANCE AND COMPLIANCE RISKS", [
            ("CR5", "Environmental incident or loss of community confidence",
             "Odour, dust, noise or pollution from port and tenant operations leads to complaints, "
             "regulatory action by NIEA or the Council, and loss of community support.", "Chief Executive",
             (4, 4), "Tenant lease conditions; environmental monitoring; Community Forum.", (3, 4), [
                 ("Implement the recommendations of the independent environmental audit (odour and fly "
                  "management) with tenant operators.", "Engineering and Estates Director", "Ongoing", "amber"),
                 ("Hold quarterly Community Forum meetings and publish the minutes on the Port website.",
                  "Head of Communications", "Quarterly", "green"),
             ]),
            ("CR6", "Cyber attack on port systems",
             "A ransomware or phishing attack disables port operating, finance or CCTV systems.",
             "Head of Finance and Corporate Services", (4, 4),
             "Managed firewall; offline backups; MFA on email.", (3, 4), [
                 ("Achieve Cyber Essentials Plus certification.", "IT Manager", "Jan-26", "amber"),
                 ("Deliver phishing awareness training to all staff with network access.",
                  "IT Manager", "December 2025", "green"),
             ]),
        ]),
    ]
    r = 6
    typo_row = None
    for sec, risks in sections:
        c = ws.cell(row=r, column=1, value=sec)
        c.font = Font(bold=True)
        for col in range(1, 16):
            fill(ws.cell(row=r, column=col), "grey")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)
        r += 1
        for ref, rtitle, desc, owner, inh, ctrl, res, actions in risks:
            n = len(actions)
            vals = {1: ref, 2: rtitle, 3: desc, 4: owner, 5: inh[0], 6: inh[1], 7: inh[0] * inh[1],
                    8: ctrl, 9: res[0], 10: res[1], 11: res[0] * res[1]}
            for col, v in vals.items():
                ws.cell(row=r, column=col, value=v).alignment = WRAP
                if n > 1:
                    ws.merge_cells(start_row=r, start_column=col, end_row=r + n - 1, end_column=col)
            for k, (text, aowner, date, status) in enumerate(actions):
                rr = r + k
                ws.cell(row=rr, column=12, value=text).alignment = WRAP
                ws.cell(row=rr, column=13, value=aowner).alignment = WRAP
                ws.cell(row=rr, column=14, value=date).alignment = WRAP
                fill(ws.cell(row=rr, column=15), status)
                if "Febuary" in date:
                    typo_row = rr
                for col in range(1, 16):
                    ws.cell(row=rr, column=col).border = BOX
            r += n
    r += 1
    ws.cell(row=r, column=1, value="Notes: Scores are Likelihood x Impact. Status is shown by fill colour – see "
            "the Scoring Key sheet. Target dates are as agreed with action owners at the Q2 review.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)
    widths = [8, 24, 40, 18, 4, 4, 6, 34, 4, 4, 6, 48, 24, 14, 10]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    wb.save(out(name))
    assert typo_row == 14, typo_row

    write_expected(name, {
        "source": (
            "Imitates the corporate risk register a Northern Ireland trust port (Warrenpoint Harbour Authority, "
            "sponsored by DfI) would take to its Audit and Risk Assurance Committee in 2025/26, in the style of "
            "NI public-body and port registers (cover sheet with document control, 5x5 scoring key, risks grouped "
            "under Strategic / Operational / Governance section rows, risk cells merged down over their further "
            "actions, inherent and residual L/I/score, status by fill colour only). Context from "
            "https://warrenpointport.com (Masterplan, independent environmental audit, Community Forum). "
            "Invented content; no single published file copied."),
        "reads": (
            "A three-sheet workbook: a cover with document control, a scoring and status key, and the register, "
            "where six risks in three sections each carry two or three further actions with an owner, a target "
            "date and a fill-colour status. On sheet row 14 (CR3, the Port Marine Safety Code audit) the target "
            "date reads \"Febuary 2026\", a mistyped month, so a careful reader stops and asks before importing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 14,
        "title": title,
    })


# ---------------------------------------------------------------------------
# 2. HIAL internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def hial():
    name = "zaz-highlands-and-islands-airports-arc-internal-audit-recommendations-tracker.xlsx"
    title = "Internal Audit Recommendations Tracker – position at 14 November 2025"
    D = dt.datetime
    reports = [
        ("Report 2024/25-03: Procurement and Contract Management (issued March 2025)", [
            ("PCM1",
             "The contract register is incomplete: 14 contracts above £50k were not recorded. The register "
             "should be reconciled to the purchase ledger and kept up to date.", "Grade 3", [
                 ("PCM1", "Reconcile the contract register to the purchase ledger and build a quarterly review "
                  "into the procurement calendar.", "Head of Procurement", D(2025, 6, 30), D(2025, 10, 31), "B",
                  "Reconciliation completed September 2025; first quarterly review held 14 October 2025.",
                  ["Head of Procurement"], "2025-10", "blue"),
             ]),
            ("PCM2",
             "Single tender actions (STAs) were not consistently approved in line with the Scheme of "
             "Delegation. All STAs should be approved before commitment and reported to the Committee.",
             "Grade 3", [
                 ("PCM2(a)", "Update the Procurement Manual so that every STA is approved by the Director of "
                  "Finance before any commitment is made.", "Head of Procurement", D(2025, 9, 30),
                  D(2025, 12, 31), "A", "Draft manual with Executive Team; approval expected December.",
                  ["Head of Procurement"], "2025-12", "amber"),
                 ("PCM2(b)", "Report all STAs to the Audit and Risk Committee every six months.",
                  "Director of Finance", D(2025, 12, 31), None, "G",
                  "First six-monthly report scheduled for the December 2025 meeting.",
                  ["Director of Finance"], "2025-12", "green"),
             ]),
        ]),
        ("Report 2024/25-05: Cyber Security and Resilience (issued May 2025)", [
            ("CYB1",
             "Multi-factor authentication (MFA) is not enforced for all remote access accounts, including "
             "third-party support accounts.", "Grade 4", [
                 ("CYB1", "Enforce MFA on all remote access and privileged accounts, including supplier support "
                  "accounts.", "Head of ICT", D(2025, 8, 31), None, "B",
                  "MFA enforced 22 August 2025; verified by Azets follow-up testing.",
                  ["Head of ICT"], "2025-08", "blue"),
             ]),
            ("CYB2",
             "The ICT disaster recovery (DR) plan has not been tested for the airport operational systems.",
             "Grade 3", [
                 ("CYB2(a)", "Carry out a tabletop DR exercise covering the airport operational systems.",
                  "Head of ICT / Cyber Security Manager", D(2025, 11, 30), D(2026, 2, 28), "A",
                  "Exercise moved out of the winter operations period; now set for 11 February 2026.",
                  ["Head of ICT", "Cyber Security Manager"], "2026-02", "amber"),
                 ("CYB2(b)", "Update the DR plan to reflect the lessons from the exercise and present it to the "
                  "Executive Team.", "Head of ICT", D(2026, 3, 31), None, "G", "",
                  ["Head of ICT"], "2026-03", "green"),
             ]),
        ]),
        ("Report 2025/26-01: Airside Vehicle and Plant Management (issued August 2025)", [
            ("VEH1",
             "Daily airside vehicle inspection records were incomplete at three of the five airports visited.",
             "Grade 2", [
                 ("VEH1", "Introduce a standard digital daily vehicle check at all 11 airports using the existing "
                  "maintenance app.", "Head of Airport Operations; Airport Managers", D(2026, 1, 31), None, "G",
                  "Piloted at Inverness and Kirkwall; roll-out to remaining airports under way.",
                  ["Head of Airport Operations", "Airport Managers"], "2026-01", "green"),
             ]),
            ("VEH2",
             "Fuel card transactions are not independently reviewed.", "Grade 2", [
                 ("VEH2", "Finance to review fuel card transactions monthly and report exceptions to the Director "
                  "of Finance.", "Financial Controller", D(2025, 10, 31), None, "R",
                  "Not yet started because of a vacancy in the Finance team. Revised date to be agreed with ARC.",
                  ["Financial Controller"], "2025-10", "red"),
             ]),
        ]),
        ("Report 2025/26-02: Governance – Compliance with the Scottish Public Finance Manual (issued October 2025)", [
            ("SPFM1",
             "The Scheme of Delegation has not been reviewed since 2021 and does not reflect the current "
             "management structure.", "Grade 2", [
                 ("SPFM1", "Review the Scheme of Delegation and submit the updated version to the Board for "
                  "approval.", "Company Secretary", "Q4 2025/26", None, "G",
                  "Review started; draft to Executive Team in January.",
                  ["Company Secretary"], "2026-03", "green"),
             ]),
        ]),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Highlands and Islands Airports Limited"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Internal Audit Recommendations – Summary of Progress"
    sm["A3"] = "Audit and Risk Committee, 4 December 2025 – Agenda item 6"
    hdr = ["Audit report", "Year", "Agreed actions", "Complete", "On track", "At risk", "Overdue"]
    for j, h in enumerate(hdr):
        c = sm.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        fill(c, "pale")
        c.border = BOX
    summary = [
        ("Procurement and Contract Management", "2024/25", 3, 1, 1, 1, 0),
        ("Cyber Security and Resilience", "2024/25", 3, 1, 1, 1, 0),
        ("Airside Vehicle and Plant Management", "2025/26", 2, 0, 1, 0, 1),
        ("Governance – Compliance with the SPFM", "2025/26", 1, 0, 1, 0, 0),
    ]
    for i, row in enumerate(summary):
        for j, v in enumerate(row):
            sm.cell(row=6 + i, column=1 + j, value=v).border = BOX
    tr = 6 + len(summary)
    sm.cell(row=tr, column=1, value="Total").font = Font(bold=True)
    for j in range(2, 7):
        c = sm.cell(row=tr, column=1 + j, value=sum(row[j] for row in summary))
        c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 42
    for col in "BCDEFG":
        sm.column_dimensions[col].width = 13

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Highlands and Islands Airports Limited (HIAL)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Prepared by the Head of Finance for the Audit and Risk Committee. Recommendations are graded by "
                "the internal auditor (Azets) from Grade 1 (low risk) to Grade 4 (very high risk).")
    heads = ["Ref", "Finding and recommendation", "Grade", "Agreed management action", "Responsible officer",
             "Original date", "Revised date", "RAG", "Progress update (November 2025)"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "head")
        c.alignment = WRAP
        c.border = BOX
    ragfill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 6
    expected = []
    for rep, recs in reports:
        c = ws.cell(row=r, column=1, value=rep)
        c.font = Font(bold=True)
        for col in range(1, 10):
            fill(ws.cell(row=r, column=col), "pale")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for _rref, rec, grade, acts in recs:
            n = len(acts)
            ws.cell(row=r, column=2, value=rec).alignment = WRAP
            ws.cell(row=r, column=3, value=grade).alignment = WRAP
            if n > 1:
                ws.merge_cells(start_row=r, start_column=2, end_row=r + n - 1, end_column=2)
                ws.merge_cells(start_row=r, start_column=3, end_row=r + n - 1, end_column=3)
            for k, (aref, text, who, orig, rev, rag, upd, lead, end, status) in enumerate(acts):
                rr = r + k
                ws.cell(row=rr, column=1, value=aref)
                ws.cell(row=rr, column=4, value=text).alignment = WRAP
                ws.cell(row=rr, column=5, value=who).alignment = WRAP
                c6 = ws.cell(row=rr, column=6, value=orig)
                if isinstance(orig, dt.datetime):
                    c6.number_format = "dd/mm/yyyy"
                c7 = ws.cell(row=rr, column=7, value=rev)
                if rev is not None:
                    c7.number_format = "dd/mm/yyyy"
                c8 = ws.cell(row=rr, column=8, value=rag)
                c8.alignment = Alignment(horizontal="center", vertical="top")
                fill(c8, ragfill[rag])
                ws.cell(row=rr, column=9, value=upd or None).alignment = WRAP
                for col in range(1, 10):
                    ws.cell(row=rr, column=col).border = BOX
                expected.append(act(aref, [rep, rec], text, lead, end, status))
            r += n
    widths = [9, 46, 9, 46, 26, 12, 12, 6, 46]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w

    ky = wb.create_sheet("Key")
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True)
    for i, (l, t, col) in enumerate([("B", "Complete – evidence provided to Internal Audit", "blue"),
                                     ("G", "On track to meet the target date", "green"),
                                     ("A", "At risk – revised date agreed", "amber"),
                                     ("R", "Overdue – target date passed", "red")]):
        c = ky.cell(row=2 + i, column=1, value=l)
        fill(c, col)
        ky.cell(row=2 + i, column=2, value=t)
    ky["A7"] = "Grades"
    ky["A7"].font = Font(bold=True)
    for i, t in enumerate(["Grade 4 – very high risk: immediate action required",
                           "Grade 3 – high risk: action within three months",
                           "Grade 2 – moderate risk: action within six months",
                           "Grade 1 – low risk: good practice"]):
        ky.cell(row=8 + i, column=1, value=t)
    ky.column_dimensions["B"].width = 50
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates an internal audit follow-up tracker of the kind Scottish NDPBs and public companies "
            "(here Highlands and Islands Airports Ltd, owned by Scottish Ministers, internal audit by Azets / "
            "Scott-Moncrieff, SPFM compliance) take to their Audit and Risk Committee; HIAL board minutes "
            "(e.g. https://docslib.org/doc/6104448/) show the committee and SPFM context. Copied features: "
            "a Summary sheet with totals first, the tracker on a second sheet, report heading rows merged "
            "across the table, finding/recommendation and grade merged down over its agreed actions, original "
            "and revised dates as real Excel dates, RAG letters with fill colour, a key sheet. Invented content."),
        "reads": (
            "The first sheet is only a summary of counts; the Tracker sheet lists four audit reports, each "
            "with its graded recommendations and the agreed management actions, officers, original and revised "
            "dates and a B/G/A/R RAG. A person reads nine actions, taking the revised date where there is one."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. Ayrshire Housing AAS improvement plan - Monday.com export (xlsx)
# ---------------------------------------------------------------------------
def ayrshire():
    name = "zaz-ayrshire-housing-shr-annual-assurance-statement-improvement-plan-monday-export.xlsx"
    title = "Ayrshire Housing – Annual Assurance Statement Improvement Plan 2025/26"
    groups = [
        ("Tenant and Resident Safety", [
            ("Complete the outstanding electrical installation condition reports (EICRs) for the 38 homes "
             "without a test in the last five years", "Kevin Dunlop", "Red", "2025-07-01 - 2025-12-31",
             "Standard 4", "31 of 38 done. 7 no-access cases; forced access procedure started.", "2025-11-12",
             ["Kevin Dunlop"], "2025-12", "red"),
            ("Report a monthly compliance dashboard to the Board covering gas, electrical, fire, water, asbestos "
             "and lifts", "Fiona McKay, Graeme Boyd", "Complete", "2025-08-01 - 2025-10-31", "Standard 4",
             "First dashboard presented to the Board on 28 October.", "2025-10-29",
             ["Fiona McKay", "Graeme Boyd"], "2025-10", "blue"),
            ("Commission an independent review of how damp and mould reports are handled", "Graeme Boyd",
             "Amber", "2025-11-01 - 2026-02-28", "Standard 4",
             "Brief agreed; quotes came in over budget, re-tendering.", "2025-11-18",
             ["Graeme Boyd"], "2026-02", "amber"),
        ]),
        ("Governance and Board Assurance", [
            ("Refresh the Board skills matrix and agree a recruitment plan for two co-optees", "Alison Reid",
             "Green", "2025-09-01 - 2026-03-31", "Standard 6", "Skills survey returned by 9 of 11 members.",
             "2025-11-04", ["Alison Reid"], "2026-03", "green"),
            ("Update the Standing Orders and Scheme of Delegation following the governance review",
             "Alison Reid", "Green", "2025-10-01 - 2026-01-31", "Standard 2", "", "2025-10-15",
             ["Alison Reid"], "2026-01", "green"),
            ("Build the evidence bank for next year's Assurance Statement, with a named owner for each "
             "Regulatory Standard", "Fiona McKay", "Not started", "2026-04-01 - 2026-09-30", "Standard 1", "",
             "2025-10-15", ["Fiona McKay"], "2026-09", "unrated"),
        ]),
        ("Equalities and Human Rights", [
            ("Collect and analyse equalities data for tenants and housing applicants across all protected "
             "characteristics", "Marie Sloan", "Amber", "2025-06-01 - 2026-03-31", "Standard 1",
             "Return rate 41% so far; tenancy sign-up form changed to capture data.", "2025-11-10",
             ["Marie Sloan"], "2026-03", "amber"),
            ("Carry out a human rights based review of the allocations policy", "Marie Sloan", "Green",
             "2025-10-01 - 2026-06-30", "Standard 1", "", "2025-10-22", ["Marie Sloan"], "2026-06", "green"),
        ]),
        ("Tenant Engagement and Scrutiny", [
            ("Agree the 2026/27 scrutiny programme with the Tenant Scrutiny Panel", "Marie Sloan", "Green",
             "2026-01-05 - 2026-03-27", "Standard 1", "", "2025-10-22", ["Marie Sloan"], "2026-03", "green"),
            ("Publish the Assurance Statement and a plain English summary of this plan on the website",
             "Fiona McKay", "Complete", "2025-10-20 - 2025-10-31", "Standard 1",
             "Published 30 October with tenant newsletter article.", "2025-10-30",
             ["Fiona McKay"], "2025-10", "blue"),
        ]),
    ]
    heads = ["Name", "Person", "RAG", "Timeline", "Regulatory Standard", "Latest update", "Last updated"]
    wb = Workbook()
    ws = wb.active
    ws.title = "AAS Improvement Plan 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    r = 3
    expected = []
    for g, items in groups:
        c = ws.cell(row=r, column=1, value=g)
        c.font = Font(bold=True, size=12, color="579BFC")
        r += 1
        for j, h in enumerate(heads):
            c = ws.cell(row=r, column=1 + j, value=h)
            c.font = Font(bold=True)
        r += 1
        for (text, person, rag, timeline, std, upd, lastupd, lead, end, status) in items:
            vals = [text, person, rag, timeline, std, upd or None, lastupd]
            for j, v in enumerate(vals):
                ws.cell(row=r, column=1 + j, value=v)
            expected.append(act(None, [g], text, lead, end, status))
            r += 1
        r += 1
    for col, w in zip("ABCDEFG", [70, 26, 12, 26, 18, 50, 14]):
        ws.column_dimensions[col].width = w
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a Scottish RSL's improvement plan arising from its Annual Assurance Statement to the "
            "Scottish Housing Regulator (framework: https://www.housingregulator.gov.scot/for-landlords/"
            "regulatory-framework), kept on a Monday.com board and exported to Excel. Copied features of the "
            "Monday export: board name in A1, each group's title on its own row followed by a repeated column "
            "header row, item name as the action, Person column with comma-separated full names, a custom "
            "status column (RAG: Complete/Green/Amber/Red/Not started), Timeline ranges 'YYYY-MM-DD - "
            "YYYY-MM-DD', blank row between groups, no refs. Invented content."),
        "reads": (
            "One sheet exported from Monday.com: four groups (safety, governance, equalities, tenant "
            "engagement), each with its own header row and two or three items. A person reads ten actions "
            "without refs, each due at the end of its timeline, with the RAG label as status."),
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


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(extra)
        rr.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Christian Aid - Charity Commission regulatory compliance action plan (docx)
# ---------------------------------------------------------------------------
def christian_aid():
    name = "zaz-christian-aid-charity-commission-regulatory-compliance-action-plan.docx"
    title = "Charity Commission regulatory compliance case: trustees’ action plan"
    rag_shade = {"Complete": "9BC2E6", "Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "": None}
    status_of = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "": "unrated"}
    areas = [
        ("1. Safeguarding governance and oversight", [
            ("Regulatory advice 1: The trustees should ensure that the Safeguarding Committee receives complete "
             "and timely information about safeguarding concerns arising in country programmes and partner "
             "organisations.", [
                 ("1.1", "Extend the quarterly safeguarding report to the Safeguarding Committee to include all "
                  "concerns reported by partner organisations, with case-level detail for high-risk concerns.",
                  "Director of Safeguarding & Accountability", "30 September 2025", "Complete",
                  "First extended report considered on 16 September 2025.",
                  ["Director of Safeguarding & Accountability"], "2025-09", None),
                 ("1.2", "Agree a reporting protocol with partners requiring them to notify Christian Aid of "
                  "safeguarding concerns within 72 hours.",
                  "Director of Safeguarding & Accountability; Director of International Programmes",
                  "31 December 2025", "Green", "Protocol drafted; consultation with partners in 12 countries.",
                  ["Director of Safeguarding & Accountability", "Director of International Programmes"],
                  "2025-12", None),
             ]),
            ("Regulatory advice 2: The trustees should be satisfied that the charity’s safeguarding policy and "
             "procedures are applied consistently in every country where it works.", [
                 ("2.1", "Complete safeguarding self-assessments in all country offices and review the results at "
                  "the Safeguarding Committee.", "Country Directors", "By end Q3 2025/26", "Amber",
                  "19 of 24 returned; five offices given extensions to December.",
                  ["Country Directors"], "2025-12", None),
                 ("2.2", "Deliver refreshed safeguarding training to all staff and volunteers, with completion "
                  "reported monthly.\nTarget: 95% completion.", "Head of People", "March 2026", "Green",
                  "78% completion at 31 October 2025.", ["Head of People"], "2026-03", None),
             ]),
        ]),
        ("2. Reporting serious incidents to the Commission", [
            ("Regulatory advice 3: The trustees must ensure that serious incidents are reported to the "
             "Commission promptly and in line with the Commission’s guidance.", [
                 ("3.1", "Revise the Serious Incident Reporting procedure to set out who decides whether to "
                  "report, and the timescale for doing so.", "Company Secretary", "31 August 2025", "Complete",
                  "Approved by the Audit and Risk Committee on 28 August 2025.",
                  ["Company Secretary"], "2025-08", None),
                 ("3.2", "Review all incidents logged since April 2023 to identify any that should have been "
                  "reported, and submit any late reports.", "Company Secretary; Head of Risk and Assurance",
                  "October 2025", "Complete", "Review complete; two late reports submitted on 9 October 2025.",
                  ["Company Secretary", "Head of Risk and Assurance"], "2025-10", None),
                 ("3.3", "Report a summary of serious incidents and reporting decisions to every Audit and Risk "
                  "Committee meeting.", "Head of Risk and Assurance", "Quarterly", "Green",
                  "Standing item from September 2025.", ["Head of Risk and Assurance"], None, "Quarterly"),
             ]),
        ]),
        ("3. Trustee oversight and board effectiveness", [
            ("Regulatory advice 4: The trustees should review whether the board has the skills and information "
             "it needs to oversee the charity’s international operations.", [
                 ("4.1", "Commission an external board effectiveness review, including a skills audit of "
                  "trustees.", "Chair of Trustees", "Jan 2026", "Green",
                  "Reviewer appointed; interviews in November and December.",
                  ["Chair of Trustees"], "2026-01", None),
                 ("4.2", "Recruit two trustees with international development and safeguarding experience.",
                  "Chair of Nominations Committee", "June 2026", "",
                  "Recruitment will begin once the skills audit is complete.",
                  ["Chair of Nominations Committee"], "2026-06", None),
                 ("4.3", "Introduce an annual programme of trustee visits to country programmes.",
                  "Chief Executive", "April 2026", "Green", "Draft programme to the January Board.",
                  ["Chief Executive"], "2026-04", None),
             ]),
        ]),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Christian Aid").runs[0].bold = True
    doc.add_heading(title, level=0)
    doc.add_paragraph("Progress report to the Audit and Risk Committee – 25 November 2025")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Company Secretary"), ("Version", "1.3"),
                                ("Approved by the Board of Trustees", "10 July 2025"),
                                ("Last updated", "14 November 2025")]):
        set_cell(dc.rows[i].cells[0], k, bold=True)
        set_cell(dc.rows[i].cells[1], v)
    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "In March 2025 the Charity Commission opened a regulatory compliance case following serious incident "
        "reports about safeguarding in two partner organisations. The Commission has issued regulatory advice "
        "and guidance to the trustees under section 15(2) of the Charities Act 2011. This plan sets out the "
        "trustees’ response to each piece of advice and records progress. It is reviewed at every meeting of "
        "the Audit and Risk Committee and shared with the Commission quarterly.")
    doc.add_heading("RAG key", level=1)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v, col) in enumerate([("Complete", "Action delivered and evidenced", "9BC2E6"),
                                     ("Green", "On track to meet the target date", "C6EFCE"),
                                     ("Amber", "Risk to the target date – mitigation in place", "FFEB9C"),
                                     ("Red", "Target date missed or will be missed", "FFC7CE")]):
        set_cell(key.rows[i].cells[0], k, bold=True)
        shade(key.rows[i].cells[0], col)
        set_cell(key.rows[i].cells[1], v)
    expected = []
    heads = ["Ref", "Action", "Lead", "Target date", "RAG", "Progress"]
    widths = [Cm(1.3), Cm(8.5), Cm(4.5), Cm(3.0), Cm(2.0), Cm(6.5)]
    for area, advices in areas:
        doc.add_heading(area, level=1)
        for advice, rows in advices:
            doc.add_heading(advice, level=2)
            t = doc.add_table(rows=1 + len(rows), cols=6)
            t.style = "Table Grid"
            for j, h in enumerate(heads):
                set_cell(t.rows[0].cells[j], h, bold=True)
                shade(t.rows[0].cells[j], "D9D9D9")
            for i, (ref, text, lead_s, date, rag, prog, lead, end, end_text) in enumerate(rows):
                cells = t.rows[1 + i].cells
                for j, v in enumerate([ref, text, lead_s, date, rag, prog]):
                    set_cell(cells[j], v)
                if rag_shade[rag]:
                    shade(cells[4], rag_shade[rag])
                expected.append(act(ref, [area, advice], text, lead, end, status_of[rag], end_text))
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = w
    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Approved on behalf of the trustees", "Role", "Date"]):
        set_cell(so.rows[0].cells[j], h, bold=True)
    for j, v in enumerate(["Signed copy held by the Company Secretary", "Chair of the Audit and Risk Committee",
                           "25 November 2025"]):
        set_cell(so.rows[1].cells[j], v)
    doc.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates the action plan a large England and Wales charity publishes or shares with the Charity "
            "Commission after a regulatory compliance case with regulatory advice and guidance under s15(2) "
            "Charities Act 2011 (see https://www.gov.uk/government/publications/statutory-inquiries-into-"
            "charities-guidance-for-charities-cc46 and the Commission's 2020 regulatory alert on governance "
            "and safeguarding in large charities). Copied features: title block, document-control table, RAG "
            "key table, numbered areas as Heading 1, each piece of regulatory advice as Heading 2 with its own "
            "action table (one table per section), job titles as leads including two posts in one cell, words "
            "and fill for RAG, a sign-off table. Invented content."),
        "reads": (
            "A Word report: after a document-control table, background and a RAG key, three numbered areas each "
            "hold one or two pieces of Commission advice, and each advice has a small table of actions with "
            "lead, target date, RAG and progress. A person reads ten actions under their area and advice; the "
            "key and sign-off tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. University of Stirling - HSE improvement notices corrective action plan (docx)
# ---------------------------------------------------------------------------
def stirling():
    name = "zaz-university-of-stirling-hse-improvement-notices-action-plan.docx"
    title = "HSE Improvement Notices – Corrective Action Plan"
    rag_shade = {"Complete": "9BC2E6", "Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE",
                 "Not started": "FFFFFF"}
    status_of = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red",
                 "Not started": "unrated"}
    notices = [
        ("Improvement Notice 1 – Thorough examination and testing of local exhaust ventilation (LEV), "
         "Cottrell Building laboratories",
         "The University shall ensure that every LEV system in the Cottrell Building laboratories is thoroughly "
         "examined and tested by a competent person at least once every 14 months, and that suitable records "
         "are kept.", [
             ("1.1", "Commission a competent LEV examiner to carry out thorough examination and testing of all 46 "
              "fume cupboards and extraction systems.", "Director of Estates and Campus Services",
              "10/10/2025", "", "Complete", "Completed 3 October 2025; four systems failed and were taken out "
              "of use.", ["Director of Estates and Campus Services"], "2025-10"),
             ("1.2", "Repair or replace the four failed systems and retest them before they are returned to use.",
              "Director of Estates and Campus Services", "31/10/2025", "", "Complete",
              "All four retested and passed on 29 October 2025.",
              ["Director of Estates and Campus Services"], "2025-10"),
             ("1.3", "Set up an LEV asset register with 14-month test due dates in the Planon maintenance system.",
              "Estates Compliance Manager", "31/10/2025", "", "Complete",
              "Register live; HSE confirmed compliance with the notice on 5 November 2025.",
              ["Estates Compliance Manager"], "2025-10"),
         ]),
        ("Improvement Notice 2 – Legionella risk assessment and control, student residences",
         "The University shall carry out a suitable and sufficient legionella risk assessment of the hot and "
         "cold water systems in its student residences and put in place a written scheme for controlling "
         "the risk.", [
             ("2.1", "Appoint an external water hygiene consultant to complete legionella risk assessments for "
              "all 22 residence blocks.", "Estates Compliance Manager", "31/10/2025", "", "Complete",
              "Assessments received 24 October 2025.", ["Estates Compliance Manager"], "2025-10"),
             ("2.2", "Prepare and implement the written scheme of control, including temperature monitoring and "
              "weekly flushing of little-used outlets.",
              "Estates Compliance Manager; Head of Accommodation Services", "28/11/2025", "23/01/2026", "Amber",
              "Extension agreed with the HSE inspector on 14 November 2025 because of the number of remedial "
              "works identified.", ["Estates Compliance Manager", "Head of Accommodation Services"], "2026-01"),
             ("2.3", "Train Accommodation Services supervisors as responsible persons for water hygiene.",
              "Head of Health, Safety and Wellbeing", "28/11/2025", "12/12/2025", "Green",
              "Course booked for 9 December 2025.", ["Head of Health, Safety and Wellbeing"], "2025-12"),
         ]),
        ("Improvement Notice 3 – Hand-arm vibration, Grounds and Gardens team",
         "The University shall reduce exposure to hand-arm vibration to the lowest level reasonably practicable "
         "and provide health surveillance for employees who are at risk.", [
             ("3.1", "Complete hand-arm vibration risk assessments, with trigger times, for every powered hand "
              "tool used by the Grounds and Gardens team.", "Grounds and Gardens Manager", "14/11/2025", "",
              "Complete", "Assessments and tool tags in place.", ["Grounds and Gardens Manager"], "2025-11"),
             ("3.2", "Replace high-vibration hedge trimmers and strimmers with low-vibration battery models.",
              "Grounds and Gardens Manager", "19/12/2025", "", "Green", "Order placed; delivery due w/c 8 December.",
              ["Grounds and Gardens Manager"], "2025-12"),
             ("3.3", "Enrol all exposed staff in health surveillance through the occupational health provider.",
              "Head of Health, Safety and Wellbeing", "19/12/2025", "", "Green",
              "Tier 1 questionnaires issued to 17 staff.", ["Head of Health, Safety and Wellbeing"], "2025-12"),
             ("3.4", "Audit trigger time records after three months and report the results to the University "
              "Health and Safety Committee.", "Head of Health, Safety and Wellbeing", "March 2026", "",
              "Not started", "", ["Head of Health, Safety and Wellbeing"], "2026-03"),
         ]),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("University of Stirling").bold = True
    doc.add_heading(title, level=0)
    doc.add_paragraph("Paper to: Audit and Risk Committee of the University Court\tDate: 2 December 2025\t"
                      "Paper ref: ARC/25/41")
    doc.add_paragraph("Prepared by: Head of Health, Safety and Wellbeing\tSponsor: Chief Operating Officer")
    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph(
        "In September 2025 the Health and Safety Executive served three improvement notices on the University "
        "under section 21 of the Health and Safety at Work etc. Act 1974. This paper sets out the corrective "
        "actions taken and planned, and progress against the compliance dates.")
    doc.add_heading("2. Notices served", level=1)
    sm = doc.add_table(rows=4, cols=6)
    sm.style = "Table Grid"
    srows = [
        ("Notice", "Served", "Legislation", "Compliance date", "Extension agreed", "Position"),
        ("IN 1", "08/09/2025", "COSHH Regulations 2002, reg. 9", "31/10/2025", "—",
         "Complied with – HSE confirmed 05/11/2025"),
        ("IN 2", "08/09/2025", "COSHH Regulations 2002, regs. 6 and 7 (legionella)", "28/11/2025",
         "23/01/2026", "Open"),
        ("IN 3", "22/09/2025", "Control of Vibration at Work Regulations 2005, regs. 6 and 7", "19/12/2025", "—",
         "Open"),
    ]
    for i, r in enumerate(srows):
        for j, v in enumerate(r):
            set_cell(sm.rows[i].cells[j], v, bold=(i == 0))
            if i == 0:
                shade(sm.rows[i].cells[j], "D9D9D9")
    doc.add_heading("3. Corrective action plan", level=1)
    doc.add_paragraph("RAG: Complete = action complete and evidenced; Green = on track; Amber = at risk of "
                      "missing the date; Red = overdue; Not started = not yet due to start.")
    nrows = 1 + sum(2 + len(a) for _, _, a in notices)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    heads = ["Ref", "Corrective action", "Responsible", "Target date", "Revised date", "RAG",
             "Progress / evidence"]
    for j, h in enumerate(heads):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "1F4E78")
    expected = []
    r = 1
    for ntitle, req, acts in notices:
        row = t.rows[r]
        m = row.cells[0].merge(row.cells[6])
        set_cell(m, ntitle, bold=True)
        shade(m, "DDEBF7")
        r += 1
        row = t.rows[r]
        m = row.cells[0].merge(row.cells[6])
        set_cell(m, req)
        r += 1
        for (ref, text, resp, tdate, rdate, rag, prog, lead, end) in acts:
            cells = t.rows[r].cells
            for j, v in enumerate([ref, text, resp, tdate, rdate, rag, prog]):
                set_cell(cells[j], v)
            shade(cells[5], rag_shade[rag])
            expected.append(act(ref, [ntitle, req], text, lead, end, status_of[rag]))
            r += 1
    doc.add_heading("4. Recommendation", level=1)
    doc.add_paragraph("The Committee is asked to note the progress made, the extension agreed for Improvement "
                      "Notice 2, and that a closure report will be brought to the March 2026 meeting.")
    doc.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a university's corrective action plan after HSE improvement notices (s21 HSWA 1974; see "
            "https://www.hse.gov.uk/enforce/enforcementguide/notices/notices-types.htm), reported to the "
            "Court's Audit and Risk Committee. Copied features: paper header lines, a summary table of notices "
            "served (not actions), a RAG definition line, one landscape table where each notice has a merged "
            "title row and a merged row quoting what the notice requires above its numbered actions, target "
            "and revised dates (day-first), RAG words with shading, job titles as leads (one containing a "
            "comma, one cell with two posts). Invented content."),
        "reads": (
            "A committee paper: after the purpose and a summary table of the three notices, a single action "
            "table groups ten corrective actions under each notice's title and requirement. A person takes "
            "the revised date where one is given and reads the RAG word as status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Scottish Futures Trust - ARC action log, SharePoint list export (csv)
# ---------------------------------------------------------------------------
def sft():
    import csv
    import io
    name = "zaz-scottish-futures-trust-audit-and-risk-committee-action-log-sharepoint-export.csv"
    heads = ["Action No.", "Meeting", "Minute Ref", "Action", "Owner", "Due Date", "Status", "RAG", "Update",
             "Modified", "Modified By", "Item Type", "Path"]
    path = "sites/GovernanceHub/Lists/ARC Action Log"
    rows = [
        ("ARC-24-19", "ARC 10 December 2024", "7.2",
         "Include a review of records management and data retention in the 2025/26 internal audit plan.",
         "Eilidh Fraser", "31/03/2025", "Complete", "",
         "Included in the 2025/26 plan approved at ARC on 25 March 2025.", "26/03/2025 09:14", "Neil Grant",
         ["Eilidh Fraser"], "2025-03", None, "blue"),
        ("ARC-25-03", "ARC 25 March 2025", "5.1",
         "Bring the refreshed Risk Appetite Statement to the Committee for endorsement before it goes to the "
         "Board.", "Douglas Ritchie", "30/06/2025", "Complete", "", "Endorsed at ARC on 24 June 2025.",
         "25/06/2025 16:02", "Neil Grant", ["Douglas Ritchie"], "2025-06", None, "blue"),
        ("ARC-25-04", "ARC 25 March 2025", "6",
         "Provide a breakdown of overdue internal audit actions by directorate, with the reasons for slippage.",
         "Eilidh Fraser; Douglas Ritchie", "30/09/2025", "In progress", "Amber",
         "Breakdown provided in September; directorate commentary still to come.", "29/09/2025 11:40",
         "Eilidh Fraser", ["Eilidh Fraser", "Douglas Ritchie"], "2025-09", None, "amber"),
        ("ARC-25-09", "ARC 24 June 2025", "4.3",
         "Circulate the draft Annual Report and Accounts 2024/25 to members by email for comment before the "
         "September meeting.", "Douglas Ritchie", "15/08/2025", "Complete", "", "Circulated 8 August 2025.",
         "08/08/2025 10:05", "Douglas Ritchie", ["Douglas Ritchie"], "2025-08", None, "blue"),
        ("ARC-25-11", "ARC 24 June 2025", "8",
         "Arrange a cyber security deep-dive session for members, with input from the Scottish Government Cyber "
         "Resilience Unit.", "Calum Stewart", "TBC", "Not started", "",
         "Waiting for dates from the Cyber Resilience Unit.", "02/10/2025 14:21", "Calum Stewart",
         ["Calum Stewart"], None, "TBC", "unrated"),
        ("ARC-25-14", "ARC 23 September 2025", "5.2",
         "Update the strategic risk register to reflect:\n- the outcome of the Spending Review; and\n- the new "
         "infrastructure investment pipeline risk.", "Douglas Ritchie", "09/12/2025", "In progress", "Green",
         "Draft register with the Executive Team.", "12/11/2025 08:55", "Neil Grant",
         ["Douglas Ritchie"], "2025-12", None, "green"),
        ("ARC-25-15", "ARC 23 September 2025", "6.1",
         "Agree revised implementation dates with management for the two overdue procurement recommendations "
         "and report back.", "Eilidh Fraser", "09/12/2025", "In progress", "Red",
         "Dates not yet agreed; escalated to the Chief Executive.", "18/11/2025 15:30", "Eilidh Fraser",
         ["Eilidh Fraser"], "2025-12", None, "red"),
        ("ARC-25-16", "ARC 23 September 2025", "9",
         "Review the Committee's terms of reference against the Scottish Government Audit and Assurance "
         "Committee Handbook.", "Kirsty Lawson", "March 2026", "Not started", "", "", "24/09/2025 12:12",
         "Neil Grant", ["Kirsty Lawson"], "2026-03", None, "unrated"),
        ("ARC-25-17", "ARC 23 September 2025", "10",
         "Hold a private session with the internal and external auditors at every meeting.", "Kirsty Lawson",
         "Each meeting", "Complete", "", "Built into the 2025/26 forward plan.", "24/09/2025 12:15",
         "Neil Grant", ["Kirsty Lawson"], None, "Each meeting", "blue"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(heads)
    expected = []
    for (no, meeting, minute, text, owner, due, status, rag, upd, mod, modby, lead, end, end_text,
         st) in rows:
        w.writerow([no, meeting, minute, text, owner, due, status, rag, upd, mod, modby, "Item", path])
        expected.append(act(no, [], text, lead, end, st, end_text))
    with open(out(name), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())

    write_expected(name, {
        "source": (
            "Imitates a Scottish public body's Audit and Risk Committee action log (Scottish Futures Trust; "
            "committee practice as in Scottish Government Audit and Assurance Committee Handbook and SPA ARAC "
            "minutes noting the action log) kept as a SharePoint list and exported with 'Export to CSV'. "
            "Copied features of the export: UTF-8 with BOM, header row of list display names, people fields "
            "separated by semicolons, a text Due Date column (so TBC and 'Each meeting' appear), separate "
            "Status and RAG choice columns, Modified / Modified By / Item Type / Path columns, a multi-line "
            "action inside quotes. Invented content."),
        "reads": (
            "A flat list of nine committee actions, each with its action number, meeting, minute reference, "
            "owner, due date, status and (for open actions) a RAG. There are no headings or title. Complete "
            "reads as blue, Not started as unrated, and the RAG colour for those in progress."),
        "outcome": "read",
        "accept_refusal": False,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. Land & Property Services - RSRP programme highlight report (txt)
# ---------------------------------------------------------------------------
def lps():
    name = "zaz-land-and-property-services-rating-system-replacement-programme-highlight-report.txt"
    title = "Rating System Replacement Programme (RSRP): Highlight Report No. 14"
    status_of = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    workstreams = [
        ("Workstream 1 – Technical Solution", [
            ("T1", "Complete detailed design sign-off for the core billing and collection modules",
             "Technical Lead", "Sep-25", "Oct-25", "Amber", "Complete",
             "Signed off at Design Authority 24/10/25.", ["Technical Lead"], "2025-10"),
            ("T2", "Build and unit test Release 1 (property gazetteer and valuation list interface)",
             "Technical Lead / Supplier Delivery Manager", "Dec-25", "Feb-26", "Green", "Amber",
             "Supplier resourcing gap (see issue I-07); recovery plan requested.",
             ["Technical Lead", "Supplier Delivery Manager"], "2026-02"),
            ("T3", "Procure and configure the test environment in the NICS cloud tenancy",
             "IT Assist Service Manager", "Nov-25", "Nov-25", "Green", "Green", "",
             ["IT Assist Service Manager"], "2025-11"),
        ]),
        ("Workstream 2 – Data Migration", [
            ("D1", "Complete the data quality assessment of domestic and non-domestic property records",
             "Data Migration Lead", "Oct-25", "Dec-25", "Amber", "Red",
             "Duplicate occupier records higher than assumed; see risk R-03.", ["Data Migration Lead"], "2025-12"),
            ("D2", "Agree data cleansing rules with Valuation Services",
             "Data Migration Lead; Commissioner of Valuation", "Nov-25", "Nov-25", "Green", "Green", "",
             ["Data Migration Lead", "Commissioner of Valuation"], "2025-11"),
            ("D3", "Run the first trial migration (TM1) into the test environment", "Data Migration Lead",
             "Jan-26", "Mar-26", "Amber", "Amber", "Dependent on D1 and T3.", ["Data Migration Lead"], "2026-03"),
        ]),
        ("Workstream 3 – Business Change and Readiness", [
            ("B1", "Publish the target operating model for rating and collection teams", "Business Change Manager",
             "Sep-25", "Sep-25", "Green", "Complete", "Published on intranet 30/09/25.",
             ["Business Change Manager"], "2025-09"),
            ("B2", "Complete the training needs analysis for rating staff", "Business Change Manager",
             "Dec-25", "Dec-25", "Green", "Green", "", ["Business Change Manager"], "2025-12"),
            ("B3", "Engage district councils on changes to the rate bill format and customer portal",
             "Head of Customer Services", "Q4 2025/26", "Q4 2025/26", "Green", "Green",
             "First session held with SOLACE NI finance group.", ["Head of Customer Services"], "2026-03"),
        ]),
        ("Workstream 4 – Governance and Assurance", [
            ("G1", "Prepare for the Gateway 3 (Investment Decision) review", "Programme Manager",
             "Jan-26", "Mar-26", "Amber", "Amber", "Review team requested for March.",
             ["Programme Manager"], "2026-03"),
            ("G2", "Refresh the programme business case addendum for Department of Finance approval",
             "Programme Manager; Finance Business Partner", "Dec-25", "Dec-25", "Green", "Green", "",
             ["Programme Manager", "Finance Business Partner"], "2025-12"),
        ]),
    ]
    L = []
    L.append(title)
    L.append("Land & Property Services, Department of Finance")
    L.append("Reporting period:\t1 – 31 October 2025")
    L.append("Prepared for:\tRSRP Programme Board, 13 November 2025")
    L.append("Senior Responsible Owner:\tDirector of Rating and Valuation Services")
    L.append("Programme Manager:\tR. Devlin")
    L.append("")
    L.append("Dimension\tPrevious\tCurrent")
    L.append("Overall\tAmber\tAmber")
    L.append("Time\tAmber\tAmber")
    L.append("Cost\tGreen\tGreen")
    L.append("Scope\tGreen\tGreen")
    L.append("Resources\tAmber\tRed")
    L.append("")
    L.append("RAG definitions: Green = on track; Amber = at risk but recoverable within tolerance; Red = outside "
             "tolerance, Board action needed; Complete = delivered and accepted.")
    L.append("")
    L.append("Executive summary")
    L.append("Detailed design was signed off on 24 October, one month late. Release 1 build has slipped to "
             "February 2026 because the supplier has not replaced two senior developers, and the data quality "
             "assessment has found more duplicate occupier records than planned. Overall status remains Amber.")
    L.append("")
    hdr = "Ref\tMilestone / action\tOwner\tBaseline\tForecast\tPrev RAG\tRAG\tComment"
    expected = []
    for ws_title, rows in workstreams:
        L.append(ws_title)
        L.append(hdr)
        for (ref, text, owner, base, fc, prev, rag, comment, lead, end) in rows:
            L.append("\t".join([ref, text, owner, base, fc, prev, rag, comment]))
            expected.append(act(ref, [ws_title], text, lead, end, status_of[rag]))
        L.append("")
    L.append("Key risks and issues")
    L.append("Issue I-07 (Red): supplier has not back-filled two senior developers; escalated to the supplier "
             "account director on 30/10/25.")
    L.append("Risk R-03 (Amber): legacy data quality is worse than assumed and could push TM1 beyond March 2026.")
    L.append("")
    L.append("Decisions required: the Board is asked to approve the revised Release 1 forecast and to note the "
             "Red resources rating.")
    L.append("")
    L.append("Next report: December 2025 (period 1 – 30 November 2025)")
    with open(out(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")

    write_expected(name, {
        "source": (
            "Imitates a NICS programme highlight report (Land & Property Services, Department of Finance NI; "
            "LPS 2027 Strategy digital transformation, https://www.finance-ni.gov.uk/articles/lps-business-plan-"
            "2023-2024; NI Gateway reviews) saved as a tab-separated plain text export. Copied features: title "
            "and header lines with SRO and reporting period, previous/current RAG by dimension, RAG definitions, "
            "executive summary prose, milestones grouped by workstream heading lines each with its own header "
            "row, baseline and forecast dates as Mon-YY, previous and current RAG, risks/issues and decisions "
            "as prose. Invented content."),
        "reads": (
            "A plain text highlight report: summary RAG table and narrative first, then four workstreams, each "
            "a heading line, a tab-separated header and two or three milestones. A person reads eleven actions, "
            "due in the forecast month, with the current RAG as status; the dimension RAG table, risks and "
            "decisions are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    warrenpoint()
    hial()
    ayrshire()
    christian_aid()
    stirling()
    sft()
    lps()
    print("built seven zaz- cases in", HERE)
