#!/usr/bin/env python3
"""Build the seven zv- blind cases (set heldout587) and their expected readings.

Run with:  /work/main/.venv/bin/python zv_make.py
Writes only files whose names start with "zv-" into the folder this script lives in.
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
    "red": "FFFF0000",
    "amber": "FFFFC000",
    "green": "FF00B050",
    "blue": "FF0070C0",
    "grey": "FFD9D9D9",
    "head": "FF1F3864",
    "pale": "FFDEEAF6",
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(key):
    c = FILL[key]
    return PatternFill(fill_type="solid", start_color=c, end_color=c)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_yaml(name, exp):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, allow_unicode=True, sort_keys=False, width=100000)


# ---------------------------------------------------------------------------
# 1. Shropshire Fire and Rescue Service - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def shropshire_fire():
    name = "zv-shropshire-fire-rescue-service-corporate-risk-register-2025-26.xlsx"
    title = "Shropshire Fire and Rescue Service – Corporate Risk Register 2025/26"
    wb = Workbook()

    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=16)
    cover["A3"] = "Shropshire and Wrekin Fire and Rescue Authority"
    cover["A4"] = "Quarter 3 review – position at 31 December 2025"
    rows = [
        ("Document control", ""),
        ("Owner", "Assistant Chief Fire Officer (Corporate Services)"),
        ("Prepared by", "Risk and Insurance Officer"),
        ("Version", "3.2"),
        ("Reviewed by", "Service Leadership Team, 13 January 2026"),
        ("Reported to", "Audit and Performance Management Committee, 22 January 2026"),
        ("Next review", "April 2026 (Quarter 4)"),
    ]
    for i, (a, b) in enumerate(rows, start=6):
        cover.cell(row=i, column=1, value=a).border = BOX
        cover.cell(row=i, column=2, value=b).border = BOX
        if i == 6:
            cover.cell(row=i, column=1).font = Font(bold=True)
            cover.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 62

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Quarter 3 review – position at 31 December 2025.  Scores are Likelihood × Impact "
                "(each 1–5).")
    ws.merge_cells("A2:J2")
    heads = ["Risk", "Risk owner", "Inherent score", "Residual score Q2", "Residual score Q3",
             "Further action required", "Action owner", "Target date", "Action RAG",
             "Progress commentary (Q3)"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = solid("head")
        cell.alignment = WRAP
        cell.border = BOX

    def band(score):
        return "red" if score >= 15 else ("amber" if score >= 8 else "green")

    risks = [
        ("CR01 – Financial sustainability",
         "Insufficient funding from council tax, business rates and government grant, together with "
         "pay and price inflation, results in the Authority being unable to set a balanced budget over "
         "the medium term.",
         "Treasurer", 20, 16, 16,
         [
             ("Refresh the Medium Term Financial Plan to 2029/30 following the provisional Local "
              "Government Finance Settlement.", "Treasurer", dt.datetime(2026, 2, 28), "G",
              "Provisional settlement received 18 December; modelling under way.",
              ["Treasurer"], "2026-02", None, "green"),
             ("Deliver the 2025/26 savings programme (£1.1m), reporting progress to each Fire "
              "Authority meeting.", "Head of Finance / Chief Fire Officer", dt.datetime(2026, 3, 31),
              "A", "£0.82m delivered to date; fleet savings delayed by supplier lead times.",
              ["Head of Finance", "Chief Fire Officer"], "2026-03", None, "amber"),
         ]),
        ("CR02 – Availability of on-call (RDS) crews",
         "Low availability of on-call crews, particularly during weekday daytime, reduces the number "
         "of appliances available and increases attendance times in rural areas.",
         "Area Manager Service Delivery", 20, 15, 12,
         [
             ("Roll out the revised on-call pay and availability model to all 22 on-call stations.",
              "Group Manager Response", "30/11/2025 (revised 31/03/2026)", "A",
              "Consultation with representative bodies extended; 14 of 22 stations now on the new model.",
              ["Group Manager Response"], "2026-03", None, "amber"),
             ("Run two on-call recruitment campaigns targeted at daytime cover, with a local employer "
              "engagement programme.", "Recruitment and Retention Manager", dt.datetime(2025, 10, 31),
              "B", "Complete – 31 recruits appointed across both campaigns.",
              ["Recruitment and Retention Manager"], "2025-10", None, "blue"),
             ("Review the crewing optimisation group to improve day-to-day movement of on-call staff "
              "between stations.", "Station Manager – Resourcing Hub", "Q4 2025/26", "G",
              "Terms of reference agreed; first review meeting held in December.",
              ["Station Manager – Resourcing Hub"], "2026-03", None, "green"),
         ]),
        ("CR03 – Cyber security and ICT resilience",
         "A cyber attack or major ICT failure disrupts mobilising, communications or corporate systems.",
         "Head of ICT", 20, 15, 15,
         [
             ("Achieve Cyber Essentials Plus accreditation and close the actions from the 2025 "
              "penetration test.", "ICT Manager / Information Governance Officer", "June 2026", "G",
              "19 of 27 penetration test actions closed.",
              ["ICT Manager", "Information Governance Officer"], "2026-06", None, "green"),
             ("Test the fallback arrangements for Fire Control with the secondary control partner, "
              "including a live exercise.", "Fire Control Manager", dt.datetime(2025, 12, 12), "R",
              "Live exercise postponed by the partner; new date being agreed.",
              ["Fire Control Manager"], "2025-12", None, "red"),
         ]),
        ("CR04 – Culture, values and inclusion",
         "Failure to embed the Core Code of Ethics and respond to the HMICFRS values and culture "
         "recommendations damages public trust and staff wellbeing.",
         "Head of HR and Development", 16, 12, 12,
         [
             ("Deliver Leading with Values training to all supervisory and middle managers.",
              "Head of HR and Development", "Sept 2026", "G",
              "Cohorts 1 and 2 complete (46 managers); cohort 3 booked for February.",
              ["Head of HR and Development"], "2026-09", None, "green"),
             ("Introduce the independent confidential reporting line and publish quarterly reporting "
              "on its use.", "Head of Corporate Services", "Ongoing – quarterly", "G",
              "Line live since 1 October 2025; first quarterly report to SLT in January.",
              ["Head of Corporate Services"], None, "Ongoing – quarterly", "green"),
         ]),
    ]
    rag_fill = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    actions = []
    r = 5
    for heading, stmt, owner, inh, q2, q3, acts in risks:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(row=r, column=c).fill = solid("grey")
            ws.cell(row=r, column=c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        first = r
        for text, aowner, target, rag, prog, leads, end, end_text, status in acts:
            ws.cell(row=r, column=6, value=text)
            ws.cell(row=r, column=7, value=aowner)
            tc = ws.cell(row=r, column=8, value=target)
            if isinstance(target, dt.datetime):
                tc.number_format = "dd/mm/yyyy"
            rc = ws.cell(row=r, column=9, value=rag)
            rc.fill = solid(rag_fill[rag])
            rc.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=10, value=prog)
            for c in range(1, 11):
                ws.cell(row=r, column=c).border = BOX
                if c != 9:
                    ws.cell(row=r, column=c).alignment = WRAP
            actions.append(act(None, [heading, stmt], text, leads, end, status, end_text))
            r += 1
        last = r - 1
        ws.cell(row=first, column=1, value=stmt)
        ws.cell(row=first, column=2, value=owner)
        ws.cell(row=first, column=3, value=inh)
        ws.cell(row=first, column=4, value=q2).fill = solid(band(q2))
        ws.cell(row=first, column=5, value=q3).fill = solid(band(q3))
        for c in range(1, 6):
            ws.cell(row=first, column=c).alignment = WRAP
            if last > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Notes: risks with a residual score of 15 or above are reported by "
                                   "exception to the Fire Authority. Completed actions (B) are removed "
                                   "at the next quarterly review.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    widths = [44, 18, 10, 10, 10, 48, 24, 16, 9, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "Risk scoring and RAG key"
    key["A1"].font = Font(bold=True)
    krows = [
        ("Residual score", "Rating"),
        ("15 – 25", "High (red)"),
        ("8 – 12", "Medium (amber)"),
        ("1 – 6", "Low (green)"),
        ("", ""),
        ("Action RAG", "Meaning"),
        ("B", "Action complete"),
        ("G", "On track to meet target date"),
        ("A", "At risk of missing target date"),
        ("R", "Target date missed / off track"),
    ]
    for i, (a, b) in enumerate(krows, start=3):
        key.cell(row=i, column=1, value=a or None)
        key.cell(row=i, column=2, value=b or None)
    for i, k in ((4, "red"), (5, "amber"), (6, "green"), (9, "blue"), (10, "green"), (11, "amber"),
                 (12, "red")):
        key.cell(row=i, column=1).fill = solid(k)
    key.column_dimensions["A"].width = 16
    key.column_dimensions["B"].width = 36

    wb.save(os.path.join(HERE, name))
    exp = {
        "source": ("Imitates the quarterly corporate risk register a fire and rescue authority reports to "
                   "its audit/performance committee (Shropshire and Wrekin FRA style, 2025/26 Q3; "
                   "modelled on published FRS registers such as Lancashire CFA's audit committee "
                   "appendices; no single URL copied). Copied features: cover sheet with document-control "
                   "table, grey risk heading rows (CR01 ...), risk statement/owner/scores merged down "
                   "beside several 'further action' rows, fill-coloured residual scores for Q2 and Q3, "
                   "action RAG letters with fills, a revised target date written in the same cell, "
                   "'Ongoing – quarterly', a notes row and a separate scoring/RAG key sheet."),
        "reads": ("A three-sheet workbook: a cover with document control, the register and a key. The "
                  "register has four risks, each a grey heading row with its risk statement merged down "
                  "the left beside two or three further actions, each with an action owner, target date, "
                  "action RAG letter and Q3 commentary; nine actions in all. The notes row and the key "
                  "sheet are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 2. Bedfordshire Police - HMICFRS NCPI force action plan (xlsx)
# ---------------------------------------------------------------------------
def bedfordshire_police():
    name = "zv-bedfordshire-police-hmicfrs-ncpi-child-protection-action-plan.xlsx"
    title = "Bedfordshire Police – HMICFRS National Child Protection Inspection: Force Action Plan"
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = "OFFICIAL"
    summ["A1"].font = Font(bold=True, color="FFFF0000")
    summ["A2"] = title
    summ["A2"].font = Font(bold=True, size=14)
    summ["A3"] = ("Inspection fieldwork: February 2025 | Report published: 10 June 2025 | Governance: "
                  "Force Vulnerability Board and OPCC scrutiny")
    srows = [("Current RAG", "Number of actions"), ("Blue (complete)", 2), ("Green", 2), ("Amber", 2),
             ("Red", 1), ("Total", 7)]
    for i, (a, b) in enumerate(srows, start=5):
        summ.cell(row=i, column=1, value=a).border = BOX
        summ.cell(row=i, column=2, value=b).border = BOX
        if i in (5, 10):
            summ.cell(row=i, column=1).font = Font(bold=True)
            summ.cell(row=i, column=2).font = Font(bold=True)
    for i, k in ((6, "blue"), (7, "green"), (8, "amber"), (9, "red")):
        summ.cell(row=i, column=1).fill = solid(k)
    summ.column_dimensions["A"].width = 24
    summ.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "OFFICIAL"
    ws["A1"].font = Font(bold=True, color="FFFF0000")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A3"] = ("Strategic lead: ACC Local Policing | Plan owner: D/Supt Public Protection | "
                "Last updated: 01/12/2025")
    ws.merge_cells("A3:I3")
    heads = ["Recommendation", "Ref", "Action", "Owner", "Original target date", "Revised target date",
             "Previous RAG", "Current RAG", "Update / evidence (December 2025)"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = solid("head")
        cell.alignment = WRAP
        cell.border = BOX
    D = dt.datetime
    themes = [
        ("Initial contact",
         "Recommendation 1: Within three months, Bedfordshire Police should ensure that contact centre "
         "staff identify and record the risk to children at first contact, and that THRIVE assessments "
         "reflect the voice of the child.",
         [
             ("1.1", "Deliver vulnerability and voice-of-the-child training to all Force Contact Centre "
                     "call handlers and dispatchers.", "Ch Insp Force Contact Centre",
              D(2025, 9, 30), None, "Amber", "Blue",
              "Training delivered to 212 of 212 staff; included in new starter course.",
              ["Ch Insp Force Contact Centre"], "2025-09", "blue"),
             ("1.2", "Introduce a monthly dip sample of 30 incidents involving children, with findings "
                     "reported to the Vulnerability Board.", "FCC Quality Assurance Manager; D/Supt Public Protection",
              D(2025, 8, 31), D(2025, 10, 31), "Amber", "Green",
              "Dip sampling started October; three months of results reported.",
              ["FCC Quality Assurance Manager", "D/Supt Public Protection"], "2025-10", "green"),
         ]),
        ("Investigation",
         "Recommendation 2: Within six months, Bedfordshire Police should improve the supervision and "
         "timeliness of child abuse investigations, so that investigation plans are set and reviewed and "
         "children are not left at risk.",
         [
             ("2.1", "Set a force standard for supervisory reviews of child abuse investigations (initial "
                     "review within 24 hours, then every 28 days) and build it into the Athena workflow.",
              "D/Supt Public Protection", D(2025, 12, 31), None, "Green", "Green",
              "Standard published in force orders; Athena change request approved.",
              ["D/Supt Public Protection"], "2025-12", "green"),
             ("2.2", "Recruit to the 12 vacant detective constable posts in the Child Abuse Investigation "
                     "Unit.", "Head of People Services / DCI CAIU", D(2025, 12, 31), D(2026, 6, 30),
              "Amber", "Red", "5 of 12 posts filled; national detective shortage. Revised date agreed at "
                              "Vulnerability Board.",
              ["Head of People Services", "DCI CAIU"], "2026-06", "red"),
             ("2.3", "Reduce the number of open investigations per officer in the CAIU to no more than 15.",
              "DCI CAIU", "March 2026", None, "Amber", "Amber",
              "Average caseload 19 (down from 24 in June).",
              ["DCI CAIU"], "2026-03", "amber"),
         ]),
        ("Leadership, management and governance",
         "Recommendation 3: Within six months, Bedfordshire Police should develop a performance framework "
         "for child protection that gives leaders a clear understanding of demand, quality and outcomes "
         "for children.",
         [
             ("3.1", "Build a child protection performance dashboard in Power BI, covering demand, "
                     "timeliness, quality and outcomes.", "Head of Performance and Analysis",
              D(2025, 11, 30), None, "Green", "Blue",
              "Dashboard live from 17 November 2025.",
              ["Head of Performance and Analysis"], "2025-11", "blue"),
             ("3.2", "Agree a joint quality assurance schedule with the Bedfordshire Safeguarding Children "
                     "Partnership, including quarterly multi-agency case audits.",
              "D/Supt Public Protection", "Q4 2025/26", None, "Green", "Amber",
              "Draft schedule with partners; first audit not yet scheduled.",
              ["D/Supt Public Protection"], "2026-03", "amber"),
         ]),
    ]
    ragfill = {"Red": "red", "Amber": "amber", "Green": "green", "Blue": "blue"}
    actions = []
    r = 6
    for theme, rec, acts in themes:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = solid("pale")
            ws.cell(row=r, column=c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        first = r
        for ref, text, owner, orig, rev, prev, cur, upd, leads, end, status in acts:
            vals = [None, ref, text, owner, orig, rev, prev, cur, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = solid(ragfill[prev])
            ws.cell(row=r, column=8).fill = solid(ragfill[cur])
            actions.append(act(ref, [theme, rec], text, leads, end, status))
            r += 1
        ws.cell(row=first, column=1, value=rec).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Blue – complete and evidenced; Green – on track; Amber – at "
                                   "risk of missing target date; Red – target date missed or significantly "
                                   "off track.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    r += 1
    ws.cell(row=r, column=1, value="OFFICIAL")
    for i, w in enumerate([46, 6, 48, 26, 13, 13, 10, 10, 44]):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.active = 1
    wb.save(os.path.join(HERE, name))
    exp = {
        "source": ("Imitates a police force's action plan in response to an HMICFRS National Child "
                   "Protection Inspection (NCPI), as forces send to HMICFRS within six weeks and report "
                   "to the PCC (Bedfordshire Police, 2025; HMICFRS NCPI post-inspection methodology page "
                   "consulted; no single plan URL). Copied features: OFFICIAL protective marking above the "
                   "title, a summary sheet of actions by RAG, NCPI stage names as band rows, the "
                   "recommendation text merged down beside its numbered actions, rank/role owners, "
                   "original and revised target dates, previous and current RAG as coloured words, a RAG "
                   "key row below the table."),
        "reads": ("Two sheets: a summary of counts by RAG and the action plan. The plan groups three "
                  "HMICFRS recommendations under inspection-stage bands (Initial contact, Investigation, "
                  "Leadership, management and governance); each recommendation, merged down the first "
                  "column, has two or three numbered actions (1.1–3.2), seven in all, with owner, original "
                  "and revised dates and previous/current RAG. The revised date and the current RAG are "
                  "what count."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 3. Bishop Wilkinson CET - internal scrutiny tracker, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
def bishop_wilkinson():
    name = ("zv-bishop-wilkinson-catholic-education-trust-internal-scrutiny-tracker-"
            "typo-month-refuse.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker 2025-26"
    ws["A1"] = "Bishop Wilkinson Catholic Education Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Scrutiny – Recommendations Tracker 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Audit and Risk Committee – 9 December 2025"
    heads = ["Ref", "Finding", "Recommendation", "Priority", "Agreed action", "Responsible officer",
             "Agreed implementation date", "Status", "Update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = solid("grey")
        cell.border = BOX
        cell.alignment = WRAP
    D = dt.datetime
    reviews = [
        ("Review 1: Payroll and HR (internal scrutiny visit, October 2025) – Reasonable assurance", [
            ("PAY.1", "Two of 25 starters sampled had no signed contract on file before first pay date.",
             "Ensure contracts are issued and signed before a new starter is paid.", "Medium",
             "HR to issue contracts through the HR system with e-signature; payroll not to set up a "
             "starter without a signed contract.", "Head of HR", D(2025, 12, 31), "In progress",
             "E-signature module live in 8 of 12 schools."),
            ("PAY.2", "Overtime claims were authorised by the claimant's line manager after payment in "
                      "3 cases.", "Overtime must be authorised before it is submitted to payroll.", "Medium",
             "Reissue the overtime procedure and reject unauthorised claims at cut-off.",
             "Payroll Manager", D(2025, 11, 30), "Complete", "Procedure reissued 4 November."),
            ("PAY.3", "Monthly payroll exception reports are not evidenced as reviewed.",
             "Evidence the review of exception reports each month.", "Low",
             "Finance Business Partner to sign and date the exception report each month.",
             "CFO", "End of January 2026", "Not started", ""),
        ]),
        ("Review 2: Procurement and contract management (November 2025) – Limited assurance", [
            ("PRO.1", "The contracts register was incomplete: 14 contracts over £10,000 were not recorded.",
             "Maintain a complete trust-wide contracts register.", "High",
             "Rebuild the contracts register from the 2024/25 purchase ledger and assign a contract "
             "manager for each contract.", "Head of Procurement", D(2026, 1, 31), "In progress",
             "Ledger analysis complete; register 70% rebuilt."),
            ("PRO.2", "Three purchases between £25,000 and £50,000 did not have the three written quotes "
                      "required by the scheme of delegation.",
             "Comply with the quotation thresholds in the Financial Regulations.", "High",
             "Add a quotation check to the purchase order approval workflow and train school business "
             "managers.", "Head of Procurement / School Business Managers", "Febuary 2026",
             "In progress", "Workflow change specified with the finance system supplier."),
            ("PRO.3", "Related party transactions were not always declared to the ESFA in advance.",
             "Declare related party transactions in line with the Academy Trust Handbook.", "High",
             "Compliance check on all suppliers against the register of interests before the order is "
             "raised.", "Governance Professional", D(2025, 12, 19), "Complete",
             "Check added to supplier set-up form."),
        ]),
        ("Review 3: Cyber security and data protection (November 2025) – Reasonable assurance", [
            ("CYB.1", "Multi-factor authentication was not enforced for all staff Microsoft 365 accounts.",
             "Enforce MFA for all staff accounts.", "High",
             "Enforce MFA through conditional access for all staff accounts.", "Director of IT",
             D(2025, 12, 12), "Complete", ""),
            ("CYB.2", "Offline backups were not tested during the year.",
             "Test restoration from offline backups at least annually.", "Medium",
             "Carry out and document a restore test for each school's MIS and finance data.",
             "Director of IT", "March 2026", "Not started", ""),
        ]),
    ]
    r = 6
    refuse_row = None
    for heading, rows in reviews:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = solid("pale")
        r += 1
        for row in rows:
            for c, v in enumerate(row, start=1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if row[6] == "Febuary 2026":
                refuse_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Priority: High – fundamental weakness, action within 3 months; Medium "
                                   "– significant, within 6 months; Low – good practice, within 12 months.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for i, w in enumerate([8, 40, 36, 9, 44, 24, 16, 12, 36]):
        ws.column_dimensions[chr(65 + i)].width = w

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of recommendations by priority and status"
    s["A1"].font = Font(bold=True)
    table = [("Priority", "Complete", "In progress", "Not started", "Total"),
             ("High", 2, 2, 0, 4), ("Medium", 1, 1, 1, 3), ("Low", 0, 0, 1, 1), ("Total", 3, 3, 2, 8)]
    for i, row in enumerate(table, start=3):
        for c, v in enumerate(row, start=1):
            s.cell(row=i, column=c, value=v).border = BOX
    wb.save(os.path.join(HERE, name))
    exp = {
        "source": ("Imitates a multi-academy trust's internal scrutiny (internal audit) recommendations "
                   "tracker presented to its Audit and Risk Committee, as required by the Academy Trust "
                   "Handbook (Bishop Wilkinson Catholic Education Trust, 2025/26; layout after typical "
                   "MAT/FE trackers, no single URL). Copied features: three title lines, review band rows "
                   "with assurance opinion, ref/finding/recommendation/priority/agreed action/responsible "
                   "officer/agreed implementation date/status/update columns, a priority definition note "
                   "and a summary sheet."),
        "reads": ("A tracker of eight agreed actions from three internal scrutiny reviews. Most dates are "
                  "real dates or month words, but the agreed implementation date for PRO.2 reads "
                  "'Febuary 2026', a mistyped month; a careful reader stops there and asks rather than "
                  "guess."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": "Internal Scrutiny – Recommendations Tracker 2025/26",
    }
    return name, exp


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


DOCX_FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
             "head": "D9E2F3"}


def header_row(table, heads):
    for i, h in enumerate(heads):
        cell = table.rows[0].cells[i]
        cell.text = h
        cell.paragraphs[0].runs[0].bold = True
        shade(cell, DOCX_FILL["head"])


# ---------------------------------------------------------------------------
# 4. Stowhealth - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def stowhealth():
    name = "zv-stowhealth-gp-practice-cqc-inspection-action-plan.docx"
    title = "Stowhealth – CQC Inspection Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Inspection: 12 November 2024 (Safe, Effective and Well-led) | Report published: "
                      "22 January 2025 | Overall rating: Requires improvement")
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Document owner", "Practice Manager"), ("Version", "1.3"),
                                ("Approved by", "Partners’ Meeting, 5 February 2025"),
                                ("Last reviewed", "2 June 2025"), ("Next review", "September 2025")]):
        dc.cell(i, 0).text = a
        dc.cell(i, 1).text = b
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue = completed; Green = on track; Amber = at risk; Red = overdue")

    heads = ["Ref", "What CQC told us we must do", "Action", "Lead", "Target date", "RAG"]
    sections = [
        ("Regulation 12: Safe care and treatment (requirement notice)",
         [("Ensure care and treatment is provided in a safe way to patients, including the monitoring of "
           "patients prescribed high-risk medicines and the management of safety alerts.", [
             ("1.1", "Run monthly searches for patients on DMARDs, lithium and warfarin and recall any "
                     "patient overdue for monitoring before re-authorising prescriptions.",
              "Dr Helen Ashworth (Prescribing Lead)", "28/02/2025", "Blue",
              ["Dr Helen Ashworth (Prescribing Lead)"], "2025-02", None, "blue"),
             ("1.2", "Set up a shared safety-alert log, with each MHRA alert assigned to a named clinician "
                     "and closed within 14 days.", "Practice Manager / Clinical Pharmacist", "March 2025",
              "Blue", ["Practice Manager", "Clinical Pharmacist"], "2025-03", None, "blue"),
             ("1.3", "Complete a re-audit of high-risk medicines monitoring and present the results at the "
                     "clinical meeting.", "HA / JT", "End of June 2025", "Green", ["HA", "JT"],
              "2025-06", None, "green"),
         ])]),
        ("Regulation 17: Good governance (requirement notice)",
         [("Establish effective systems and processes to ensure good governance, including oversight of "
           "staff training, recruitment checks and the summarising of patient records.", [
             ("2.1", "Move all staff training records onto the training matrix and chase overdue "
                     "safeguarding, fire safety and infection control modules.", "Operations Manager",
              "30/04/2025", "Green", ["Operations Manager"], "2025-04", None, "green"),
             ("2.2", "Clear the backlog of 1,400 new-patient records awaiting summarising, with weekly "
                     "progress reporting to the partners.", "Summarising Team Leader", "Sept 2025", "Amber",
              ["Summarising Team Leader"], "2025-09", None, "amber"),
             ("2.3", "Complete DBS checks and obtain references for all staff recruited since 2023 where "
                     "evidence was missing.", "Practice Manager", "31/03/2025", "Blue",
              ["Practice Manager"], "2025-03", None, "blue"),
         ])]),
        ("Should do",
         [("Continue to improve uptake of cervical screening.", [
             ("S1", "Send targeted text reminders and offer Saturday smear clinics at the Stowmarket site.",
              "Nurse Manager", "Ongoing – reviewed quarterly", "Green", ["Nurse Manager"], None,
              "Ongoing – reviewed quarterly", "green")]),
          ("Improve patient access by telephone.", [
              ("S2", "Move to the cloud-based telephony system with call-back and queue position messages.",
               "Operations Manager", "31/05/2025", "Blue", ["Operations Manager"], "2025-05", None,
               "blue")]),
          ("Take action to improve the identification of carers.", [
              ("S3", "Add a carers question to the new-patient registration form and refresh the carers "
                     "register with the Suffolk Family Carers link worker.", "Patient Services Lead",
               "July 2025", "Green", ["Patient Services Lead"], "2025-07", None, "green")]),
          ]),
    ]
    actions = []
    for heading, groups in sections:
        doc.add_heading(heading, level=2)
        n = sum(len(g[1]) for g in groups)
        t = doc.add_table(rows=n + 1, cols=6)
        t.style = "Table Grid"
        hh = list(heads)
        if heading == "Should do":
            hh[1] = "What CQC said we should do"
        header_row(t, hh)
        r = 1
        for finding, acts in groups:
            first = r
            for ref, text, lead, target, rag, leads, end, end_text, status in acts:
                cells = t.rows[r].cells
                cells[0].text = ref
                cells[2].text = text
                cells[3].text = lead
                cells[4].text = target
                cells[5].text = rag
                shade(cells[5], DOCX_FILL[rag.lower()])
                under = [finding] if heading == "Should do" else [heading, finding]
                actions.append(act(ref, under, text, leads, end, status, end_text))
                r += 1
            if r - 1 > first:
                m = t.cell(first, 1).merge(t.cell(r - 1, 1))
            else:
                m = t.cell(first, 1)
            m.text = finding
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Signed on behalf of the partnership", "Name", "Date"]):
        so.cell(0, i).text = h
    so.cell(1, 0).text = "Registered Manager"
    so.cell(1, 1).text = "Dr Martin Cole"
    so.cell(1, 2).text = "05/02/2025"
    doc.save(os.path.join(HERE, name))
    exp = {
        "source": ("Imitates a GP practice's action plan after a CQC inspection rated it Requires "
                   "improvement with requirement notices under Regulations 12 and 17 and several "
                   "'should' improvements (Stowhealth, Stowmarket, 2025; layout after published GP "
                   "practice CQC action plans, no single URL). Copied features: title and inspection "
                   "line, document-control table, RAG key paragraph, one table per regulation under a "
                   "heading, the must-do text merged down beside its numbered actions, a separate 'Should "
                   "do' table, RAG words in shaded cells, a sign-off table."),
        "reads": ("A Word action plan: document control, then a table for each requirement notice "
                  "(Regulation 12, Regulation 17), each with the CQC must-do text merged down beside "
                  "three numbered actions, then a 'Should do' table with three should-do findings and one "
                  "action each; nine actions with lead, target date and a RAG word. The 'Should do' "
                  "heading only names the kind of part, so those actions sit under their should-do text."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 5. Lady Manners School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def lady_manners():
    name = "zv-lady-manners-school-post-ofsted-action-plan.docx"
    title = "Lady Manners School: Post-Ofsted Action Plan 2025–26"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Inspection dates: 4 and 5 June 2025. This plan responds to the section ‘What does "
                      "the school need to do to improve?’ in the inspection report and is monitored by the "
                      "Standards and Curriculum Committee of the governing board.")
    vt = doc.add_table(rows=4, cols=3)
    vt.style = "Table Grid"
    header_row(vt, ["Version", "Date", "Changes"])
    for i, row in enumerate([("1.0", "08/09/2025", "First draft for SLT"),
                             ("1.1", "14/10/2025", "Approved by governors"),
                             ("1.2", "01/12/2025", "Autumn term progress update")], start=1):
        for c, v in enumerate(row):
            vt.cell(i, c).text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG key (shading in the Progress column): green – on track; amber – some "
                      "slippage; red – not on track; blue – completed. Unshaded – not yet started.")
    heads = ["Action", "Lead(s)", "Timescale", "Success criteria / monitoring", "Progress"]
    priorities = [
        ("Priority 1: Consistency of the key stage 3 curriculum",
         "Leaders have not ensured that the curriculum in some key stage 3 subjects sets out precisely the "
         "knowledge pupils should learn and when. Leaders should ensure that all subject curriculums are "
         "well sequenced so that pupils build their knowledge securely over time.",
         [
             ("Review and re-sequence the key stage 3 curriculum plans in geography, computing and "
              "languages, using the school’s curriculum principles.", "Deputy Headteacher (Curriculum)",
              "Autumn term 2025", "Revised plans published on the website; QA by SLT link.", "blue",
              ["Deputy Headteacher (Curriculum)"], "2025-12", None),
             ("Hold fortnightly curriculum line-management meetings with heads of department to "
              "quality-assure the revised plans.", "DHT (Curriculum) / AHT (Teaching & Learning)",
              "Autumn 2025 – Summer 2026", "Line-management notes; curriculum review log.", "green",
              ["DHT (Curriculum)", "AHT (Teaching & Learning)"], "2026-07", None),
             ("Carry out subject deep dives in the three subjects with pupil voice and book looks, "
              "reporting findings to governors.", "JW, RB", "Summer term 2026",
              "Deep-dive reports to Standards and Curriculum Committee.", None, ["JW", "RB"], "2026-07",
              None),
         ]),
        ("Priority 2: Adaptations for pupils with SEND",
         "Teachers do not consistently adapt their teaching for pupils with special educational needs "
         "and/or disabilities (SEND). Leaders should ensure that staff use the information they have about "
         "pupils with SEND to adapt learning so that these pupils achieve well.",
         [
             ("Rewrite pupil passports with clear, practical classroom strategies and share them through "
              "the MIS.", "SENDCo", "October half-term 2025",
              "All passports updated; staff survey shows passports are used.", "blue", ["SENDCo"],
              "2025-10", None),
             ("Deliver a programme of CPD on adaptive teaching, with follow-up learning walks.",
              "AHT (Teaching & Learning)", "Termly", "Learning-walk records; SEND pupil voice.", "green",
              ["AHT (Teaching & Learning)"], None, "Termly"),
         ]),
        ("Priority 3: Attendance of disadvantaged pupils",
         "Too many disadvantaged pupils are persistently absent. Leaders should continue to work with "
         "families to improve the attendance of these pupils.",
         [
             ("Appoint a second Attendance Officer and introduce weekly attendance panels for pupils below "
              "90%.", "Headteacher", "01/11/2025", "Post filled; panel minutes; persistent absence of "
                                                  "disadvantaged pupils below 20%.", "amber",
              ["Headteacher"], "2025-11", None),
             ("Work with the Derbyshire Education Welfare Service on early-help attendance plans for "
              "disadvantaged persistent absentees.", "Attendance Lead; Pastoral Managers",
              "By 31 March 2026", "Plans in place for all identified pupils.", "green",
              ["Attendance Lead", "Pastoral Managers"], "2026-03", None),
         ]),
    ]
    actions = []
    for heading, ofsted, acts in priorities:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        run = p.add_run(ofsted)
        run.italic = True
        t = doc.add_table(rows=len(acts) + 1, cols=5)
        t.style = "Table Grid"
        header_row(t, heads)
        for i, (text, lead, when, crit, fill, leads, end, end_text) in enumerate(acts, start=1):
            cells = t.rows[i].cells
            cells[0].text = text
            cells[1].text = lead
            cells[2].text = when
            cells[3].text = crit
            if fill:
                shade(cells[4], DOCX_FILL[fill])
            actions.append(act(None, [heading, ofsted], text, leads, end, fill or "unrated", end_text))
        doc.add_paragraph("")
    at = doc.add_table(rows=2, cols=2)
    at.style = "Table Grid"
    at.cell(0, 0).text = "Approved by"
    at.cell(0, 1).text = "Date"
    at.cell(1, 0).text = "Chair of Governors"
    at.cell(1, 1).text = "14/10/2025"
    doc.save(os.path.join(HERE, name))
    exp = {
        "source": ("Imitates a secondary school's post-Ofsted action plan built on the report's 'What does "
                   "the school need to do to improve?' points (Lady Manners School, Bakewell, 2025–26; "
                   "layout after schools' published post-inspection plans, no single URL). Copied "
                   "features: title, inspection/monitoring paragraph, version-history table, RAG key "
                   "paragraph saying the Progress column is shaded, one heading plus italic Ofsted text "
                   "plus table per priority, school-term timescales, initials and job titles as leads, "
                   "fill-only RAG cells (one unshaded), an approval table."),
        "reads": ("Three priorities, each a heading followed by the inspectors' improvement point in "
                  "italics and a table of two or three unnumbered actions with leads, timescale, success "
                  "criteria and a shaded Progress cell; seven actions. Terms are read as periods ending in "
                  "their last month; the unshaded cell is not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 6. Hightown Housing Association - board action log (csv)
# ---------------------------------------------------------------------------
def hightown():
    name = "zv-hightown-housing-association-board-action-log.csv"
    title = "Hightown Housing Association – Board Action Log"
    ncol = 9
    rows = [
        [title] + [""] * (ncol - 1),
        ["Open actions and actions closed since the last meeting – as at 20 November 2025"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Action ref", "Meeting", "Minute", "Agenda item", "Action", "Owner", "Due date", "RAG", "Update"],
    ]
    items = [
        ("BA/25/14", "24/04/2025", "25/041", "Tenant Safety Compliance Report",
         "Provide a breakdown of overdue fire risk assessment actions by scheme, separating higher-risk "
         "residential buildings.", "Director of Property Services", "26/06/2025", "B",
         "Included in the July compliance report. Propose close.",
         ["Director of Property Services"], "2025-06", None, "blue"),
        ("BA/25/19", "26/06/2025", "25/067", "Damp and Mould – Awaab's Law readiness",
         "Confirm the resourcing plan for meeting the Awaab's Law timescales from October 2025, including "
         "out-of-hours surveys.", "Director of Housing / Director of Property Services", "Sep-25", "B",
         "Plan approved by ExCo 2 September; two additional surveyors in post.",
         ["Director of Housing", "Director of Property Services"], "2025-09", None, "blue"),
        ("BA/25/22", "26/06/2025", "25/071", "Treasury Management",
         "Circulate the revised Treasury Management Strategy.\nInclude covenant headroom under the three "
         "stress-test scenarios.", "Chief Financial Officer", "Next Board (Jan 26)", "G",
         "Stress tests being refreshed with the Q2 forecast.",
         ["Chief Financial Officer"], "2026-01", None, "green"),
        ("BA/25/27", "25/09/2025", "25/089", "Tenant Satisfaction Measures 2024/25",
         "Bring a deep dive on complaint-handling satisfaction, with benchmarking against similar-sized "
         "housing associations.", "Director of Customer Services", "Jan-26", "G",
         "HouseMark data received; analysis under way.",
         ["Director of Customer Services"], "2026-01", None, "green"),
        ("BA/25/28", "25/09/2025", "25/090", "Development Programme Update",
         "Report back on the viability of the Maylands Avenue scheme following the revised build-cost "
         "estimate.", "Director of Development", "23/10/2025", "R",
         "Revised cost plan not yet received from the contractor; now expected for the January Board.",
         ["Director of Development"], "2025-10", None, "red"),
        ("BA/25/30", "25/09/2025", "25/094", "Board Effectiveness Review",
         "Arrange a board development session on the RSH Consumer Standards and the inspection regime.",
         "Company Secretary", "Q4 2025/26", "G", "Facilitator booked; date to be confirmed.",
         ["Company Secretary"], "2026-03", None, "green"),
        ("BA/25/31", "25/09/2025", "25/095", "Risk Appetite Statement",
         "Update the risk appetite statement to reflect the Board's discussion on development risk and "
         "bring it back for approval.", "CEO / Chair of ARC", "31/12/2025", "A",
         "Draft discussed at ARC on 6 November; further changes requested.",
         ["CEO", "Chair of ARC"], "2025-12", None, "amber"),
        ("BA/25/33", "23/10/2025", "25/102", "Stock Condition Survey Programme",
         "Provide an update on the stock condition survey programme at each meeting, including the "
         "proportion of homes with survey data less than five years old.",
         "Director of Property Services", "Ongoing – each Board", "G", "71% of homes (target 80% by March).",
         ["Director of Property Services"], None, "Ongoing – each Board", "green"),
    ]
    actions = []
    for ref, meet, minute, item, text, owner, due, rag, upd, leads, end, end_text, status in items:
        rows.append([ref, meet, minute, item, text, owner, due, rag, upd])
        actions.append(act(ref, [item], text, leads, end, status, end_text))
    rows.append([""] * ncol)
    rows.append(["RAG key: B = complete (propose close); G = on track; A = at risk; R = overdue"] + [""] * (ncol - 1))
    rows.append(["Completed actions are removed from the log once the Board has agreed closure."] + [""] * (ncol - 1))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    exp = {
        "source": ("Imitates a housing association board's rolling action log exported to CSV from Excel "
                   "(Hightown Housing Association, 2025; layout after published housing association and "
                   "NHS board action logs, no single URL). Copied features: title and 'as at' lines padded "
                   "with empty columns, action ref/meeting/minute/agenda item columns, job titles as owners "
                   "(two joined by '/'), due dates as dates, 'Sep-25', 'Next Board (Jan 26)', 'Q4 2025/26' "
                   "and 'Ongoing – each Board', a RAG letter column, one action written on two lines, a "
                   "RAG key and note below."),
        "reads": ("A CSV export (UTF-8 with BOM) of eight board actions, each with its ref, the meeting and "
                  "minute it came from, the agenda item, the action, owner, due date, RAG letter and "
                  "update; the agenda item is what each action is read under. The lines above the header "
                  "and the key/notes below are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 7. Pinewood Lodge Care Home - CQC quality improvement plan (txt, tab-separated)
# ---------------------------------------------------------------------------
def pinewood():
    name = "zv-pinewood-lodge-care-home-cqc-quality-improvement-plan.txt"
    title = "Pinewood Lodge Care Home – Quality Improvement Plan"
    lines = [
        title,
        "Following CQC inspection on 15 and 16 July 2025 (report published 3 September 2025)",
        "Provider: Pinewood Care Ltd\tRegistered Manager: Carol Ndlovu\tLast updated: 28/11/2025",
        "",
    ]
    header = "Ref\tWhat we need to improve\tAction we will take\tWho\tBy when\tRAG\tProgress notes"
    sections = [
        ("Key question: Safe (rated Requires improvement)", [
            ("S1.1", "Risks to people were not always assessed or managed, including risks of falls and "
                     "choking.",
             "Review every resident's falls and choking risk assessments and update care plans with SALT "
             "and physiotherapy advice.", "Deputy Manager / Clinical Lead", "30/09/2025", "Complete",
             "All 38 residents reviewed.", ["Deputy Manager", "Clinical Lead"], "2025-09", None, "blue"),
            ("S1.2", "", "Introduce a post-fall huddle and 72-hour observation chart for every fall.",
             "Registered Manager", "Oct 2025", "Complete", "In use since 6 October.",
             ["Registered Manager"], "2025-10", None, "blue"),
            ("S2.1", "Medicines were not always managed safely; PRN protocols were missing and stock counts "
                     "did not match records.",
             "Complete PRN protocols for all 'as required' medicines and carry out weekly stock count "
             "audits.", "Clinical Lead", "End of December 2025", "Green",
             "Protocols in place on two of three floors.", ["Clinical Lead"], "2025-12", None, "green"),
        ]),
        ("Key question: Effective (rated Requires improvement)", [
            ("E1.1", "Staff had not all completed training in dementia care and positive behaviour support.",
             "Book all care staff onto dementia Tier 2 and positive behaviour support training, tracking "
             "completion on the training matrix.", "Training Coordinator", "w/c 05/01/2026", "Amber",
             "62% complete; night staff sessions to be added.", ["Training Coordinator"], "2026-01", None,
             "amber"),
            ("E1.2", "", "Carry out competency observations for each member of staff after training.",
             "Senior Carers", "Monthly", "Green", "", ["Senior Carers"], None, "Monthly", "green"),
        ]),
        ("Key question: Well-led (rated Inadequate)", [
            ("W1.1", "Governance systems had not identified the shortfalls found at this inspection.",
             "Introduce a monthly provider-level quality audit with an action tracker reviewed by the "
             "Nominated Individual.", "Nominated Individual", "31/10/2025", "Complete",
             "First two audits completed (October, November).", ["Nominated Individual"], "2025-10", None,
             "blue"),
            ("W1.2", "", "Recruit a permanent Deputy Manager to give the Registered Manager more time for "
                         "oversight.", "Operations Director", "Feb 2026", "Red",
             "Second round of interviews unsuccessful; agency deputy in post.", ["Operations Director"],
             "2026-02", None, "red"),
            ("W2.1", "Records of people's care were not always complete or written at the time care was "
                     "given.",
             "Move daily care notes onto the digital care planning system and audit 10 records a week.",
             "Registered Manager / Deputy Manager", "Mar-26", "Not started",
             "System go-live planned for February.", ["Registered Manager", "Deputy Manager"], "2026-03",
             None, "unrated"),
        ]),
    ]
    actions = []
    for heading, rows in sections:
        lines.append(heading)
        lines.append(header)
        current = None
        for ref, finding, text, who, when, rag, notes, leads, end, end_text, status in rows:
            if finding:
                current = finding
            lines.append("\t".join([ref, finding, text, who, when, rag, notes]))
            actions.append(act(ref, [heading, current], text, leads, end, status, end_text))
        lines.append("")
    lines.append("Notes: RAG – Complete, Green (on track), Amber (at risk), Red (overdue), Not started. "
                 "This plan is reviewed weekly at the home's governance meeting and shared with the local "
                 "authority quality team and CQC on request.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    exp = {
        "source": ("Imitates a care home's quality improvement plan after a CQC inspection rated it "
                   "Requires improvement/Inadequate, as providers share with CQC and the local authority "
                   "quality team (Pinewood Lodge Care Home, 2025; layout after care home QIPs, no single "
                   "URL), saved as tab-separated text. Copied features: title and inspection lines, a "
                   "provider/manager/updated line, one band per CQC key question with its rating, a "
                   "repeated header per band, the finding written once with follow-on action rows left "
                   "blank in that column, job titles as leads, 'w/c' and 'Monthly' dates, RAG words "
                   "including Complete and Not started, and a notes line."),
        "reads": ("Three key-question bands (Safe, Effective, Well-led), each with a header line and "
                  "numbered actions S1.1–W2.1; where the 'What we need to improve' cell is blank the "
                  "action answers the finding above it. Eight actions in all; the provider line and notes "
                  "are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    return name, exp


def main():
    for builder in (shropshire_fire, bedfordshire_police, bishop_wilkinson, stowhealth, lady_manners,
                    hightown, pinewood):
        name, exp = builder()
        assert name.startswith("zv-")
        write_yaml(name, exp)
        print("wrote", name, len(exp.get("actions", [])), "actions")


if __name__ == "__main__":
    main()
