"""Build the seven zdp- blind test files (set heldout792).

Run with /work/main/.venv/bin/python zdp_make.py  (from any directory).
Writes only files whose names start with "zdp-" into the folder of this script.
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def path(name):
    assert name.startswith("zdp-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Isos Housing - ARC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
ISOS_NAME = "zdp-isos-housing-arc-internal-audit-recommendations-tracker.xlsx"
ISOS_TITLE = "Isos Housing – Internal Audit Recommendations Tracker"
ISOS_REC = {
    "GAS1": "Properties with a gas supply but no recorded gas appliance should be subject to a documented annual capped-supply check, and the compliance system should flag these properties.",
    "GAS2": "Where access cannot be gained for the annual gas safety check, the no-access procedure should be followed consistently and legal action started within the timescales set out in the Gas Safety Policy.",
    "INC1": "Arrears cases should be escalated in line with the Income Management Policy, with the reason recorded where escalation is deferred.",
    "INC2": "Former tenant arrears write-offs should be approved in line with the scheme of delegation and reported to the Board quarterly.",
    "CYB1": "Multi-factor authentication should be enforced for all remote access accounts, including third-party supplier accounts.",
    "CYB2": "The record of processing activities (ROPA) should be reviewed and updated at least annually.",
    "CMP1": "Stage 1 complaint responses should be issued within 10 working days in line with the Housing Ombudsman Complaint Handling Code.",
}
# (audit heading, [ (rec key, priority, [actions...]) ])
# action: ref, text, lead cell, original date, revised date or None, progress, RAG fill or None
ISOS_AUDITS = [
    ("Gas Safety & Servicing Compliance (IA 2024/25-03) – Limited Assurance", [
        ("GAS1", "High", [
            ("GAS.1a", "Complete a full data cleanse of capped-supply properties and create a 'capped supply' asset attribute in the compliance system.",
             "Head of Building Safety & Compliance", datetime(2025, 3, 31), datetime(2025, 6, 30),
             "Data cleanse completed May 2025; 412 capped properties now flagged. Evidence provided to internal audit 10/06/2025.", BLUE),
            ("GAS.1b", "Introduce an annual capped-supply check into the gas servicing contract and report numbers monthly to the Executive Team.",
             "Head of Building Safety & Compliance / Procurement Manager", datetime(2025, 3, 31), datetime(2025, 12, 31),
             "Contract variation agreed with the servicing contractor in September 2025; first monthly report due December 2025.", AMBER),
        ]),
        ("GAS2", "Medium", [
            ("GAS.2", "Refresh the no-access procedure, brief all Neighbourhood Officers and introduce a weekly no-access review meeting.",
             "Compliance Manager (Gas)", datetime(2025, 4, 30), None,
             "Procedure approved by Executive Team 22/04/2025; briefings delivered to all patches.", BLUE),
        ]),
    ]),
    ("Rent Arrears & Income Management (IA 2024/25-05) – Reasonable Assurance", [
        ("INC1", "Medium", [
            ("INC.1", "Configure automated escalation prompts in the housing management system and add a mandatory 'deferral reason' field.",
             "Head of Income and Tenancy Services", datetime(2025, 6, 30), datetime(2026, 1, 31),
             "Change request CR118 raised with the supplier; testing delayed by the system upgrade. Revised date agreed by ARC in September 2025.", AMBER),
        ]),
        ("INC2", "Low", [
            ("INC.2", "Add a write-off approval log to the quarterly finance report to Board.",
             "Financial Controller", datetime(2025, 9, 30), None,
             "Not included in the Q2 report. Will be included in the Q3 report to Board in February 2026.", RED),
        ]),
    ]),
    ("Cyber Security & Data Protection (IA 2025/26-01) – Reasonable Assurance", [
        ("CYB1", "High", [
            ("CYB.1a", "Enforce MFA on all remaining supplier and service accounts and remove dormant accounts.",
             "Head of ICT", datetime(2025, 11, 30), None,
             "38 of 41 supplier accounts now on MFA; remaining 3 scheduled w/c 03/11/2025.", GREEN),
            ("CYB.1b", "Report monthly MFA coverage to the Information Governance Group.",
             "Head of ICT; Data Protection Officer", datetime(2025, 11, 30), None,
             "Coverage measure added to the IGG dashboard.", GREEN),
        ]),
        ("CYB2", "Medium", [
            ("CYB.2", "Complete a full review of the ROPA with information asset owners and present it to the Information Governance Group.",
             "Data Protection Officer", datetime(2026, 1, 31), None,
             "Not yet due – review scheduled to start December 2025.", None),
        ]),
    ]),
    ("Follow-up: Complaints Handling (IA 2023/24-07)", [
        ("CMP1", "Medium", [
            ("CMP.1", "Introduce a daily complaints dashboard for team leaders and weekly performance reporting to the Executive Team.",
             "Customer Experience Manager", datetime(2024, 12, 31), datetime(2025, 7, 31),
             "Dashboard live from July 2025. Stage 1 responses within 10 working days: 94% in Q2.", BLUE),
        ]),
    ]),
]


def build_isos():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = ISOS_TITLE
    cov["A1"].font = Font(bold=True, size=16, color="1F3864")
    cov["A2"] = "Report to the Audit & Risk Committee – 18 November 2025"
    cov["A3"] = "Position at 31 October 2025"
    cov["A4"] = "Prepared by: Head of Governance & Assurance"
    cov["A6"] = "RAG key"
    cov["A6"].font = Font(bold=True)
    key = [(BLUE, "Complete – evidence of implementation received"),
           (GREEN, "On track to meet the agreed date"),
           (AMBER, "At risk, or revised date agreed by ARC"),
           (RED, "Overdue – agreed date passed"),
           (None, "No colour – not yet due / not started")]
    for i, (c, txt) in enumerate(key, start=7):
        cov.cell(row=i, column=1).border = BOX
        if c:
            cov.cell(row=i, column=1).fill = fill(c)
        cov.cell(row=i, column=2, value=txt)
    cov["A13"] = "Recommendations are removed from the tracker once the Committee has noted them as complete."
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 60

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of recommendations by priority and RAG status"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Priority", "Complete", "Green", "Amber", "Red", "Not yet due", "Total"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    rows = [("High", 1, 2, 1, 0, 0), ("Medium", 2, 0, 1, 0, 1), ("Low", 0, 0, 0, 1, 0)]
    r = 4
    for pr, *vals in rows:
        sm.cell(row=r, column=1, value=pr).border = BOX
        for j, v in enumerate(vals, start=2):
            sm.cell(row=r, column=j, value=v).border = BOX
        sm.cell(row=r, column=7, value=sum(vals)).border = BOX
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j in range(2, 8):
        tot = sum(row_[j - 1] for row_ in rows) if j < 7 else sum(sum(row_[1:]) for row_ in rows)
        sm.cell(row=r, column=j, value=tot).font = Font(bold=True)
    sm.column_dimensions["A"].width = 12

    ws = wb.create_sheet("Tracker")
    ws["A1"] = ISOS_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws.merge_cells("A1:I1")
    ws["A2"] = "Audit & Risk Committee 18 November 2025 | Position at 31 October 2025"
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original due date", "Revised due date", "Progress update (October 2025)", "RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for audit, recs in ISOS_AUDITS:
        ws.cell(row=r, column=1, value=audit).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for key_, prio, acts in recs:
            first = r
            for (ref, text, lead, orig, rev, prog, rag) in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=4, value=text)
                ws.cell(row=r, column=5, value=lead)
                c = ws.cell(row=r, column=6, value=orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(row=r, column=7, value=rev)
                    c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8, value=prog)
                if rag:
                    ws.cell(row=r, column=9).fill = fill(rag)
                for j in range(1, 10):
                    ws.cell(row=r, column=j).alignment = WRAP
                    ws.cell(row=r, column=j).border = BOX
                r += 1
            ws.cell(row=first, column=2, value=prio)
            ws.cell(row=first, column=3, value=ISOS_REC[key_])
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGHI", [9, 9, 45, 45, 26, 12, 12, 45, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(path(ISOS_NAME))


# ---------------------------------------------------------------------------
# 2. Community Justice Scotland - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
CJS_NAME = "zdp-community-justice-scotland-strategic-risk-register-2025-26.xlsx"
CJS_TITLE = "Community Justice Scotland – Strategic Risk Register 2025-26"
RAGFILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}
# section, [ (risk cell, description, owner, inherent, residual, appetite, controls, [actions]) ]
# action: ref, text, owner, target (value, number_format or None), previous, current
CJS_SECTIONS = [
    ("A. Governance, people and resources", [
        ("SR01 Financial sustainability",
         "Reductions in grant-in-aid and unfunded pay pressures result in CJS being unable to deliver its Corporate Plan commitments.",
         "Chief Executive", "4 x 5 = 20", "3 x 4 = 12", "Cautious",
         "Monthly budget monitoring to SLT; quarterly finance reports to the Board; regular sponsor meetings with the Scottish Government Community Justice Division.",
         [
             ("SR01.1", "Develop a medium-term financial plan 2026-29 with scenario modelling and present it to the Board.",
              "Head of Corporate Services", (datetime(2026, 3, 31), "mmm-yy"), "Amber", "Amber"),
             ("SR01.2", "Agree a workforce plan aligned to the 2026-27 budget, including vacancy controls.",
              "Head of Corporate Services; HR Business Partner", ("Q4 2025/26", None), "Green", "Amber"),
         ]),
        ("SR02 Cyber resilience",
         "A cyber attack or failure of third-party IT services leads to loss of data or systems and disruption to CJS business.",
         "Head of Corporate Services", "4 x 5 = 20", "3 x 5 = 15", "Averse",
         "Managed IT service with 24/7 monitoring; Cyber Essentials Plus certification; backups tested quarterly.",
         [
             ("SR02.1", "Complete the Scottish Public Sector Cyber Resilience Framework self-assessment and close any gaps identified.",
              "Digital and Information Manager", (datetime(2025, 12, 31), "dd/mm/yyyy"), "Amber", "Green"),
             ("SR02.2", "Run a tabletop cyber incident exercise with the Senior Leadership Team.",
              "Digital and Information Manager", ("November 2025", None), "Green", "Complete"),
             ("SR02.3", "Annual mandatory cyber awareness training for all staff and Board members.",
              "Digital and Information Manager", ("Ongoing", None), "Green", "Green"),
         ]),
    ]),
    ("B. Delivery and partnership", [
        ("SR03 Support to community justice partnerships",
         "Local community justice partnerships are not adequately supported to produce and deliver Community Justice Outcome Improvement Plans, weakening national improvement.",
         "Head of Improvement", "3 x 4 = 12", "3 x 3 = 9", "Open",
         "Improvement Leads aligned to each partnership; national coordinators' network meets quarterly.",
         [
             ("SR03.1", "Publish revised CJOIP guidance and deliver regional workshops for partnership coordinators.",
              "Improvement Lead (Partnerships)", (datetime(2026, 2, 28), "mmm-yy"), "Amber", "Green"),
             ("SR03.2", "Collect the 2024-25 Community Justice Outcome Activity returns and publish the national report.",
              "Head of Improvement", (datetime(2026, 6, 30), "dd/mm/yyyy"), "Green", "Green"),
         ]),
        ("SR04 Data and evidence",
         "Insufficient access to timely national data limits CJS's ability to report on community justice performance to Scottish Ministers.",
         "Head of Improvement", "4 x 4 = 16", "3 x 4 = 12", "Cautious",
         "Data Working Group with Scottish Government analysts; published Outcome Activity data.",
         [
             ("SR04.1", "Agree data-sharing agreements with the Scottish Government, the Scottish Prison Service and Police Scotland for the national performance framework.",
              "Head of Improvement / Data Protection Officer", ("Sept 2025 – March 2026", None), "Red", "Amber"),
             ("SR04.2", "Commission an independent review of the national performance framework indicators.",
              "Chief Executive", ("TBC", None), "Amber", "Red"),
         ]),
    ]),
]


def build_cjs():
    wb = Workbook()
    g = wb.active
    g.title = "Guidance"
    g["A1"] = CJS_TITLE
    g["A1"].font = Font(bold=True, size=16, color="3B2F63")
    g["A2"] = "Version 2.3 – reviewed by the Audit and Risk Committee on 4 December 2025"
    g["A4"] = "Scoring: Likelihood (1–5) x Impact (1–5)"
    g["A4"].font = Font(bold=True)
    g["A5"] = "1–6 Low"
    g["A6"] = "8–12 Medium"
    g["A7"] = "15–25 High"
    g["A9"] = "Risk appetite levels: Averse, Minimal, Cautious, Open, Eager"
    g["A11"] = "Action RAG key"
    g["A11"].font = Font(bold=True)
    for i, (word, txt) in enumerate([("Red", "Off track – action will not be delivered by the target date"),
                                     ("Amber", "Some slippage – delivery at risk"),
                                     ("Green", "On track"),
                                     ("Complete", "Action complete")], start=12):
        c = g.cell(row=i, column=1, value=word)
        c.fill = fill(RAGFILL[word])
        g.cell(row=i, column=2, value=txt)
    g.column_dimensions["A"].width = 22
    g.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = CJS_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="3B2F63")
    ws.merge_cells("A1:M1")
    ws["A2"] = "Owner: Senior Leadership Team | Last reviewed: 18 November 2025 | Next Board review: 29 January 2026"
    ws.merge_cells("A2:M2")
    heads = ["Risk", "Description (cause / event / consequence)", "Risk owner", "Inherent score",
             "Residual score", "Risk appetite", "Current controls", "Action ref",
             "Further mitigating actions", "Action owner", "Target date", "Previous RAG", "Current RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("3B2F63")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for sec, risks in CJS_SECTIONS:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True, size=12)
        ws.cell(row=r, column=1).fill = fill("D9D2E9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
        r += 1
        for (risk, desc, owner, inh, res, app, ctrl, acts) in risks:
            first = r
            for (ref, text, aown, (tval, tfmt), prev, cur) in acts:
                ws.cell(row=r, column=8, value=ref)
                ws.cell(row=r, column=9, value=text)
                ws.cell(row=r, column=10, value=aown)
                c = ws.cell(row=r, column=11, value=tval)
                if tfmt:
                    c.number_format = tfmt
                c = ws.cell(row=r, column=12, value=prev)
                c.fill = fill(RAGFILL[prev])
                c = ws.cell(row=r, column=13, value=cur)
                c.fill = fill(RAGFILL[cur])
                r += 1
            for j, v in enumerate([risk, desc, owner, inh, res, app, ctrl], start=1):
                ws.cell(row=first, column=j, value=v)
                if r - 1 > first:
                    ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
            ws.cell(row=first, column=1).font = Font(bold=True)
            for rr in range(first, r):
                for j in range(1, 14):
                    ws.cell(row=rr, column=j).alignment = WRAP
                    ws.cell(row=rr, column=j).border = BOX
    for col, w in zip("ABCDEFGHIJKLM", [22, 40, 16, 10, 10, 10, 40, 9, 45, 24, 14, 10, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    vh = wb.create_sheet("Version history")
    for j, h in enumerate(["Version", "Date", "Change", "By"], start=1):
        vh.cell(row=1, column=j, value=h).font = Font(bold=True)
    hist = [("2.1", datetime(2025, 5, 20), "Annual refresh of register for 2025-26; SR04 added", "Corporate Governance Officer"),
            ("2.2", datetime(2025, 8, 26), "Q1 review – actions updated", "Corporate Governance Officer"),
            ("2.3", datetime(2025, 11, 18), "Q2 review – SR02.2 complete; SR04.2 escalated", "Corporate Governance Officer")]
    for i, row in enumerate(hist, start=2):
        for j, v in enumerate(row, start=1):
            c = vh.cell(row=i, column=j, value=v)
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
    wb.active = 1
    wb.save(path(CJS_NAME))


# ---------------------------------------------------------------------------
# 3. FCC Environment - HSE improvement notices tracker, Smartsheet export (xlsx)
# ---------------------------------------------------------------------------
FCC_NAME = "zdp-fcc-environment-hse-improvement-notices-action-tracker-smartsheet-export.xlsx"
# parent rows: (task name, site), children: task, assigned, start, due, status, rag, pct, comment
FCC_NOTICES = [
    ("Improvement Notice 317294851 – Workplace transport: segregation of pedestrians and vehicles in the tipping hall",
     "Millfield Waste Transfer Station", [
         ("Commission a competent person to review and re-issue the site traffic management plan for the tipping hall and weighbridge",
          "Gareth Holloway", datetime(2025, 9, 8), datetime(2025, 10, 10), "Complete", "Blue", 1.0,
          "TMP rev 4 issued 06/10/25 and briefed to all shifts."),
         ("Install fixed pedestrian barriers and a protected walkway from the welfare cabin to the tipping hall office",
          "Gareth Holloway, Sam Okafor", datetime(2025, 9, 15), datetime(2025, 11, 28), "In Progress", "Yellow", 0.7,
          "Barrier supplier lead time slipped; extension to 28/11/25 agreed with the HSE inspector on 20/10/25."),
         ("Deliver refresher banksman and reversing assistant training to all operatives and agency staff",
          "Sam Okafor", datetime(2025, 10, 1), datetime(2025, 11, 14), "In Progress", "Green", 0.6,
          "4 of 7 sessions delivered."),
     ]),
    ("Improvement Notice 317294866 – Machinery: guarding of baler feed conveyor and picking line (PUWER reg 11)",
     "Millfield Waste Transfer Station", [
         ("Fit interlocked guarding to the baler feed conveyor access points and validate the safety function",
          "Marek Zielinski", datetime(2025, 9, 22), datetime(2025, 11, 21), "In Progress", "Green", 0.5,
          "Guarding design signed off; installation booked for planned shutdown 10/11/25."),
         ("Revise the isolation and lock-off safe system of work (SSW-12) and carry out witnessed competency checks for maintenance fitters",
          "Marek Zielinski", datetime(2025, 9, 22), datetime(2025, 11, 21), "Not Started", "Red", 0.0,
          "Held pending guarding installation – at risk of missing the notice date."),
         ("Audit compliance with the isolation procedure monthly for six months and report results to the Regional H&S Committee",
          "Leanne Pryce", None, datetime(2026, 5, 29), "Not Started", None, 0.0, None),
     ]),
    ("Improvement Notice 317294870 – Health surveillance for employees exposed to bioaerosols and noise (COSHH reg 11; Noise Regs reg 9)",
     "Millfield Waste Transfer Station", [
         ("Appoint an occupational health provider to deliver health surveillance (lung function and audiometry) for all exposed employees",
          "Leanne Pryce", datetime(2025, 10, 6), datetime(2025, 12, 31), "In Progress", "Green", 0.4,
          "Provider appointed via framework; first clinics 17/11/25."),
         ("Update the COSHH and noise risk assessments and record similar exposure groups in the H&S management system",
          "Leanne Pryce, Gareth Holloway", datetime(2025, 10, 6), datetime(2026, 1, 16), "In Progress", "Yellow", 0.1,
          "Occupational hygienist survey booked for 24/11/25."),
     ]),
]


def build_fcc():
    wb = Workbook()
    ws = wb.active
    ws.title = "HSE Notices Action Tracker"
    heads = ["Task Name", "Site", "Assigned To", "Start Date", "Due Date", "Status", "RAG", "% Complete", "Latest Comment"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=1, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
    r = 2
    for (task, site, kids) in FCC_NOTICES:
        ws.cell(row=r, column=1, value=task).font = Font(bold=True)
        ws.cell(row=r, column=2, value=site)
        r += 1
        for (t, who, start, due, status, rag, pct, comment) in kids:
            c = ws.cell(row=r, column=1, value=t)
            c.alignment = Alignment(indent=2, wrap_text=True, vertical="top")
            ws.cell(row=r, column=2, value=site)
            ws.cell(row=r, column=3, value=who)
            if start:
                ws.cell(row=r, column=4, value=start).number_format = "dd/mm/yy"
            ws.cell(row=r, column=5, value=due).number_format = "dd/mm/yy"
            ws.cell(row=r, column=6, value=status)
            if rag:
                ws.cell(row=r, column=7, value=rag)
            ws.cell(row=r, column=8, value=pct).number_format = "0%"
            if comment:
                ws.cell(row=r, column=9, value=comment)
            ws.row_dimensions[r].outlineLevel = 1
            r += 1
    ws.sheet_properties.outlinePr.summaryBelow = False
    for col, w in zip("ABCDEFGHI", [70, 30, 28, 11, 11, 12, 8, 11, 60]):
        ws.column_dimensions[col].width = w
    wb.save(path(FCC_NAME))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. The Fire Fighters Charity - Charity Governance Code review action plan (docx)
# ---------------------------------------------------------------------------
FFC_NAME = "zdp-fire-fighters-charity-governance-code-review-action-plan.docx"
FFC_TITLE = "The Fire Fighters Charity – Charity Governance Code Review: Action Plan 2025-26"
FFC_STATUS_FILL = {"Complete": "5B9BD5", "On track": "70AD47", "Delayed": "FFC000",
                   "Not achieved": "FF0000", "Not started": None}
# principle heading, [ (finding or None, [ (ref, action, lead, timescale, status) ]) ]
FFC_PRINCIPLES = [
    ("Principle 2: Leadership", [
        ("Finding 2.1: The Board does not carry out a formal annual appraisal of the Chair or of individual trustees (Code 2.6.3).", [
            ("2.1a", "Introduce an annual appraisal of the Chair led by the Vice Chair, with input from all trustees and the CEO.",
             "Vice Chair", "March 2026", "On track"),
            ("2.1b", "Introduce annual one-to-one review conversations between the Chair and each trustee.",
             "Chair of Trustees", "March 2026", "Not started"),
        ]),
    ]),
    ("Principle 4: Decision-making, risk and control", [
        ("Finding 4.1: The scheme of delegation has not been reviewed since 2019 and does not reflect the current executive structure.", [
            ("4.1a", "Revise the scheme of delegation and the matters reserved to the Board, and present them to the Board for approval.",
             "Head of Governance", "December 2025", "Complete"),
        ]),
        ("Finding 4.2: Risk appetite has not been formally set for each principal risk.", [
            ("4.2a", "Hold a Board risk appetite workshop facilitated by the internal auditors.",
             "Director of Finance and Resources", "November 2025", "Complete"),
            ("4.2b", "Add risk appetite statements and tolerances to the strategic risk register reported to the Audit & Risk Committee.",
             "Director of Finance and Resources", "February 2026", "On track"),
        ]),
    ]),
    ("Principle 5: Board effectiveness", [
        ("Finding 5.1: The trustee skills audit is out of date and recruitment is not linked to identified skills gaps.", [
            ("5.1a", "Refresh the trustee skills and experience audit and report the gaps to the Nominations Committee.",
             "Head of Governance", "October 2025", "Complete"),
            ("5.1b", "Run an open trustee recruitment campaign targeting digital and clinical governance skills.",
             "Chair of Nominations Committee / Head of Governance", "By 30 June 2026", "On track"),
        ]),
    ]),
    ("Principle 6: Equality, diversity and inclusion", [
        (None, [
            ("6.1", "Publish an EDI statement for the Board with measurable targets, and report progress in the Trustees' Annual Report.",
             "Chair of Trustees; CEO", "July 2026", "Delayed"),
        ]),
    ]),
    ("Principle 7: Openness and accountability", [
        (None, [
            ("7.1", "Publish a summary of Board decisions on the Charity's website after each Board meeting.",
             "Head of Governance", "Ongoing", "On track"),
            ("7.2", "Hold an annual stakeholder forum with fire and rescue services, unions and beneficiaries.",
             "CEO", "September 2026", "Not started"),
        ]),
    ]),
]


def build_ffc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(FFC_TITLE, level=0)
    doc.add_paragraph("Approved by the Board of Trustees on 24 September 2025. Progress reported to each meeting of the Nominations & Governance Committee.")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.3 (update for November 2025 Board)"),
                                 ("Document owner", "Head of Governance"),
                                 ("Approved by", "Board of Trustees, 24 September 2025"),
                                 ("Review frequency", "Quarterly"),
                                 ("Next review", "February 2026")]):
        set_cell(dc.rows[i].cells[0], a, bold=True)
        set_cell(dc.rows[i].cells[1], b)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "In spring 2025 the trustees completed a self-assessment against the Charity Governance Code (2020 edition), "
        "supported by an external governance reviewer. The findings below are grouped by Code principle. Principles 1 and 3 "
        "were assessed as fully applied and have no actions.")

    doc.add_heading("Status key", level=2)
    kt = doc.add_table(rows=6, cols=2)
    kt.style = "Table Grid"
    set_cell(kt.rows[0].cells[0], "Status", bold=True)
    set_cell(kt.rows[0].cells[1], "Meaning", bold=True)
    for i, (s, m) in enumerate([("Complete", "Action finished and evidence seen by the Committee"),
                                 ("On track", "Progressing to the agreed timescale"),
                                 ("Delayed", "Behind the agreed timescale but expected to be delivered"),
                                 ("Not achieved", "Will not be delivered without Board intervention"),
                                 ("Not started", "Work not yet begun")], start=1):
        set_cell(kt.rows[i].cells[0], s)
        if FFC_STATUS_FILL[s]:
            shade(kt.rows[i].cells[0], FFC_STATUS_FILL[s])
        set_cell(kt.rows[i].cells[1], m)

    for heading, groups in FFC_PRINCIPLES:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Status"]):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "C00000")
        for finding, acts in groups:
            if finding:
                row = t.add_row()
                m = row.cells[0].merge(row.cells[4])
                set_cell(m, finding, bold=True)
                shade(m, "F2F2F2")
            for (ref, act, lead, when, status) in acts:
                row = t.add_row()
                for j, v in enumerate([ref, act, lead, when, status]):
                    set_cell(row.cells[j], v)
                if FFC_STATUS_FILL[status]:
                    shade(row.cells[4], FFC_STATUS_FILL[status])
        doc.add_paragraph("")
    doc.add_paragraph("Head of Governance, November 2025")
    doc.save(path(FFC_NAME))


# ---------------------------------------------------------------------------
# 5. Northern Ireland Social Care Council - programme highlight report (docx)
# ---------------------------------------------------------------------------
NISCC_NAME = "zdp-northern-ireland-social-care-council-registration-system-replacement-programme-highlight-report.docx"
NISCC_TITLE = "Northern Ireland Social Care Council – Registration System Replacement Programme: Highlight Report No. 14"
NISCC_RAG_FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
# section heading, [ (no, milestone, owner, baseline, revised, rag, update) ]
NISCC_WS = [
    ("3. Workstream 1 – Solution design and build", [
        ("1.1", "Complete configuration of the online registration application module (Sprint 9)",
         "Solution Architect", "31/10/2025", "", "B", "Sprint 9 closed 29/10/2025; demo to Programme Board."),
        ("1.2", "User acceptance testing of the fitness to practise case management module",
         "Test Manager", "28/11/2025", "23/01/2026", "A", "Start delayed by 4 weeks pending supplier fix to document templates."),
        ("1.3", "Penetration test and security accreditation by BSO ITS",
         "Test Manager / Information Governance Manager", "16/01/2026", "", "G", "Test booked for w/c 5 January 2026."),
    ]),
    ("4. Workstream 2 – Data migration", [
        ("2.1", "Data cleansing of legacy registrant records (c. 44,000 records)",
         "Data Migration Lead", "31/10/2025", "19/12/2025", "R",
         "Duplicate records higher than expected (6.2%). Additional temporary staff requested – see decision D1."),
        ("2.2", "Trial migration 2 and reconciliation report to Programme Board",
         "Data Migration Lead", "30/01/2026", "", "A", "Dependent on 2.1."),
    ]),
    ("5. Workstream 3 – Business change and training", [
        ("3.1", "Deliver train-the-trainer sessions for Registration and Fitness to Practise staff",
         "Business Change Manager", "February 2026", "", "G", "Training needs analysis complete."),
        ("3.2", "Update Registration Rules guidance and internal procedures to reflect the new system",
         "Head of Registration", "March 2026", "", "G", "Drafting under way."),
    ]),
    ("6. Workstream 4 – Communications and engagement", [
        ("4.1", "Issue an employer briefing on changes to the online portal and the endorsement process",
         "Communications Manager", "14/11/2025", "", "G", "Draft agreed with Registration team."),
        ("4.2", "Agree the go-live communications plan with the Department of Health sponsor branch",
         "Programme Manager", "TBC", "", "A", "Awaiting confirmed go-live window."),
    ]),
]


def build_niscc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(NISCC_TITLE, level=0)
    doc.add_paragraph("Reporting period: 1 – 31 October 2025")

    doc.add_heading("1. Programme details", level=1)
    pd = doc.add_table(rows=5, cols=2)
    pd.style = "Table Grid"
    for i, (a, b) in enumerate([("Senior Responsible Owner", "Chief Executive"),
                                 ("Programme Manager", "Programme Manager, Digital Transformation"),
                                 ("Report to", "Programme Board, 12 November 2025"),
                                 ("Planned go-live", "June 2026 (under review)"),
                                 ("Budget 2025-26", "£1.42m capital; £0.31m revenue")]):
        set_cell(pd.rows[i].cells[0], a, bold=True)
        set_cell(pd.rows[i].cells[1], b)

    doc.add_heading("2. Status summary", level=1)
    ss = doc.add_table(rows=6, cols=4)
    ss.style = "Table Grid"
    for j, h in enumerate(["Dimension", "Last period", "This period", "Commentary"]):
        set_cell(ss.rows[0].cells[j], h, bold=True)
    for i, (d, lp, tp, c) in enumerate([("Overall", "A", "A", "Data migration behind plan; go-live date under review."),
                                        ("Schedule", "A", "R", "Data cleansing will not complete to baseline."),
                                        ("Budget", "G", "G", "Forecast within approved budget."),
                                        ("Scope", "G", "G", "No change requests this period."),
                                        ("Resources", "A", "A", "Vacancy for a data analyst.")], start=1):
        set_cell(ss.rows[i].cells[0], d)
        for j, v in ((1, lp), (2, tp)):
            set_cell(ss.rows[i].cells[j], v)
            shade(ss.rows[i].cells[j], NISCC_RAG_FILL[v])
        set_cell(ss.rows[i].cells[3], c)
    doc.add_paragraph("RAG key: R – milestone will be missed or needs Board action; A – at risk, being managed; "
                      "G – on track; B – complete.")

    for heading, rows in NISCC_WS:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(["No.", "Key milestone / action", "Owner", "Baseline date", "Revised date", "RAG", "Update"]):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "BDD7EE")
        for row_ in rows:
            row = t.add_row()
            for j, v in enumerate(row_):
                set_cell(row.cells[j], v)
            shade(row.cells[5], NISCC_RAG_FILL[row_[5]])

    doc.add_heading("7. Key risks and issues", level=1)
    doc.add_paragraph("Data quality in the legacy system is poorer than assumed in the business case (issue I-07).", style="List Bullet")
    doc.add_paragraph("Supplier resource for the fitness to practise module is shared with another UK regulator (risk R-12).", style="List Bullet")
    doc.add_heading("8. Decisions required from the Programme Board", level=1)
    doc.add_paragraph("D1: Approve two temporary data administrators for 12 weeks (£18k, within contingency).")
    doc.add_paragraph("D2: Note that a revised go-live date will be recommended to the December Programme Board.")
    doc.save(path(NISCC_NAME))


# ---------------------------------------------------------------------------
# 6. Dursley Town Council - internal audit action plan (csv) - REFUSE case
# ---------------------------------------------------------------------------
DTC_NAME = "zdp-dursley-town-council-internal-audit-action-plan-2024-25-typo-month-refuse.csv"
DTC_TITLE = "Dursley Town Council – Internal Audit 2024/25 Action Plan"
OBJ_B = "B. The authority complied with its financial regulations, payments were supported by invoices, expenditure was approved and VAT was appropriately accounted for"
DTC_ROWS = [
    [DTC_TITLE, "", "", "", "", "", "", ""],
    ["Response to the Independent Internal Auditor's Final Report for 2024/25 (May 2025)", "", "", "", "", "", "", ""],
    ["Adopted by Full Council on 16 June 2025. Progress reviewed by the Finance & General Purposes Committee.", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["No.", "Internal control objective", "Auditor's recommendation", "Action agreed by Council", "Responsible", "Target date", "Progress (September 2025)", "Status"],
    ["1", "A. Appropriate accounting records have been properly kept throughout the year",
     "Month-end Scribe reports should be signed by the RFO and a councillor as evidence of review.",
     "Bank reconciliations and Scribe month-end reports to be signed by the RFO and the Chair of F&GP at each meeting.",
     "RFO / Chair of F&GP", "July 2025", "In place from the July 2025 F&GP meeting.", "Complete"],
    ["2", OBJ_B,
     "Financial Regulations should be updated to the current NALC model.",
     "Adopt revised Financial Regulations based on the 2024 NALC model.",
     "Town Clerk", "September 2025", "Adopted at Full Council 15/09/2025.", "Complete"],
    ["3", OBJ_B,
     "Purchase orders should be raised for all orders over £500.",
     "Introduce a purchase order log and brief all staff on its use.",
     "Town Clerk", "October 2025", "Log set up; staff briefing arranged for 02/10/2025.", "In progress"],
    ["4", "C. The authority assessed the significant risks to achieving its objectives and reviewed the adequacy of arrangements to manage these",
     "The risk register should be reviewed and approved annually, and insurance cover checked against the asset register.",
     "Review the risk register and insurance schedule together and report to F&GP.",
     "RFO", "November 2025", "", "Not started"],
    ["5", "E. Expected income was fully received, based on correct prices, properly recorded and promptly banked",
     "Cemetery fees should be reviewed annually and burial income reconciled to the burial register.",
     "Include the annual fees review in the budget cycle and reconcile burial income to the register quarterly.",
     "Deputy Clerk", "Febuary 2026", "", "Not started"],
    ["6", "G. Salaries to employees and allowances to members were paid in accordance with this authority's approvals",
     "Changes to pay and hours should be authorised in writing by the Chair of the Staffing Committee.",
     "Introduce a payroll change authorisation form countersigned by the Chair of Staffing.",
     "Town Clerk", "December 2025", "Form drafted.", "In progress"],
    ["7", "H. Asset and investments registers were complete and accurate and properly maintained",
     "The asset register should be updated for the new play equipment and the Jubilee Gardens shelter.",
     "Update the asset register and present it to F&GP with the insurance review.",
     "Deputy Clerk", "March 2026", "", "Not started"],
    ["", "", "", "", "", "", "", ""],
    ["Status key: Complete / In progress / Not started", "", "", "", "", "", "", ""],
    ["Prepared by the Town Clerk and RFO, September 2025", "", "", "", "", "", "", ""],
]


def build_dtc():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in DTC_ROWS:
        w.writerow(row)
    with open(path(DTC_NAME), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Healthcare Improvement Scotland - Audit and Risk Committee action log (tab-separated txt)
# ---------------------------------------------------------------------------
HIS_NAME = "zdp-healthcare-improvement-scotland-audit-and-risk-committee-action-log.txt"
HIS_TITLE = "Healthcare Improvement Scotland – Audit and Risk Committee Action Log"
HIS_MEETINGS = [
    ("Meeting held 12 June 2025", [
        ("ARC/25/09", "Provide the Committee with a timeline for implementing the outstanding recommendations from the Information Governance internal audit.",
         "Head of Information Governance", "04/09/2025", "Complete", "", "Timeline presented at the September meeting (item 5.2)."),
        ("ARC/25/11", "Update the Counter Fraud Policy to reflect the revised Partnership Agreement with NHS Scotland Counter Fraud Services.",
         "Director of Finance, Planning and Governance", "27/11/2025", "Open", "A", "Draft policy with CFS for comment; will come to the March 2026 meeting."),
    ]),
    ("Meeting held 4 September 2025", [
        ("ARC/25/17", "Circulate the Audit Scotland annual audit report action plan, with named owners, to members.",
         "Corporate Governance Manager", "September 2025", "Complete", "", "Circulated by email 19/09/2025."),
        ("ARC/25/18", "Bring a deep dive on the digital and technology strategic risk (risk 1302) to the Committee.",
         "Head of Digital and Information Services", "March 2026 meeting", "Open", "G", "Scheduled on the forward planner."),
        ("ARC/25/20", "Review the format of the internal audit follow-up report so that overdue recommendations are shown separately with revised dates.",
         "AR/KD", "27/11/2025", "Open", "R", "Deferred to align with the new internal audit contract."),
    ]),
    ("Meeting held 27 November 2025", [
        ("ARC/25/26", "Arrange a Committee development session on the Scottish Public Finance Manual changes to grant-in-aid accounting.",
         "Corporate Governance Manager", "Jan-26", "Open", "G", ""),
        ("ARC/25/27", "Confirm to members the outcome of the review of the whistleblowing (Speak Up) arrangements ahead of the INWO annual report.",
         "Director of Workforce", "31/01/2026", "Open", "G", ""),
        ("ARC/25/29", "Add a horizon-scanning item on the Care Reform (Scotland) Bill to the risk register review cycle.",
         "Head of Risk", "Ongoing", "Open", "G", "Standing item from March 2026."),
    ]),
]


def his_lines():
    lines = [HIS_TITLE,
             "Open actions and actions completed since the last meeting – as at 1 December 2025",
             "",
             "\t".join(["Action no.", "Action", "Action owner", "Due date", "Status", "RAG", "Update"])]
    for meeting, acts in HIS_MEETINGS:
        lines.append(meeting + "\t\t\t\t\t\t")
        for a in acts:
            lines.append("\t".join(a))
    lines.append("")
    lines.append("RAG: G = on track; A = at risk; R = overdue or off track. Complete actions are removed after the next meeting.")
    return lines


def build_his():
    with open(path(HIS_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(his_lines()) + "\r\n")


ALL = [build_isos, build_cjs, build_fcc, build_ffc, build_niscc, build_dtc, build_his]

if __name__ == "__main__":
    for b in ALL:
        b()
    print("built", len(ALL), "files in", HERE)
