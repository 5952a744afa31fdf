"""Build the seven vf- blind test files (set heldout527).

Run with: /work/main/.venv/bin/python vf_make.py
Writes the data files beside this script. The .expected.yaml files are written separately.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "lightblue": "DDEBF7",
    "yellow": "FFFF00",
}
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    c = FILL[name]
    return PatternFill(start_color=c, end_color=c, fill_type="solid")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Gloucestershire Hospitals NHSFT - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
GHT_TITLE = "Gloucestershire Hospitals NHS Foundation Trust – Corporate Risk Register Q3 2025/26"

GHT_RISKS = [
    ("Quality and patient safety", [
        {
            "risk": "CRR 2894: Ambulance handover delays and emergency department crowding",
            "desc": "If ambulance handovers at Gloucestershire Royal Hospital (GRH) continue to exceed "
                    "60 minutes because of poor flow out of ED, then patients may come to harm while "
                    "waiting, resulting in avoidable deterioration and delayed community response.",
            "exec": "Chief Operating Officer", "score": 20, "target": 12,
            "actions": [
                ("2894.1", "Implement the revised Full Capacity Protocol at GRH, including boarding of up to "
                           "two patients per ward when ED occupancy exceeds 130%.",
                 "Deputy Chief Operating Officer", d(2025, 11, 30), d(2026, 1, 31),
                 "Protocol approved by Executive Committee; ward boarding live on medical wards from "
                 "12 January. Surgical wards to follow.", "Amber"),
                ("2894.2", "Open the Same Day Emergency Care (SDEC) extension at Cheltenham General Hospital "
                           "seven days a week.",
                 "Divisional Director of Operations (Medicine) / Estates Programme Lead", d(2026, 3, 31), None,
                 "Build complete; recruitment to the nursing rota 80% complete.", "Green"),
                ("2894.3", "Agree a system-wide ambulance handover escalation process with SWASFT and the ICB "
                           "(45-minute release to respond).",
                 "Chief Operating Officer", d(2025, 10, 31), None,
                 "Process agreed and in place since 1 October 2025.", "Blue"),
            ],
        },
        {
            "risk": "CRR 3012: Midwifery staffing below Birthrate Plus establishment",
            "desc": "If midwifery staffing remains below the Birthrate Plus establishment, then the "
                    "Trust may be unable to maintain one-to-one care in labour and supernumerary "
                    "co-ordinator status, resulting in harm to women and babies.",
            "exec": "Chief Nursing Officer", "score": 16, "target": 8,
            "actions": [
                ("3012.1", "Recruit to 18.4 WTE midwifery vacancies through the international recruitment "
                           "cohort and the newly qualified midwife pipeline.",
                 "Director of Midwifery", d(2026, 2, 28), None,
                 "14 WTE appointed; 6 internationally educated midwives in OSCE preparation.", "Green"),
                ("3012.2", "Complete the Birthrate Plus reassessment and present the revised establishment to "
                           "the Quality and Performance Committee.",
                 "Head of Midwifery; Deputy Director of Finance", d(2025, 12, 31), d(2026, 3, 31),
                 "Data collection period extended following the acuity tool upgrade.", "Amber"),
            ],
        },
    ]),
    ("Workforce", [
        {
            "risk": "CRR 3155: Reliance on agency and locum medical staff",
            "desc": "If medical rota gaps continue to be filled by agency and locum doctors at premium "
                    "rates, then the Trust will exceed its temporary staffing budget and continuity "
                    "of care will be reduced.",
            "exec": "Chief Medical Officer", "score": 16, "target": 9,
            "actions": [
                ("3155.1", "Introduce electronic medical rostering across all specialties.",
                 "Medical Workforce Manager", d(2025, 9, 30), d(2025, 12, 31),
                 "Live in 19 of 24 specialties; remaining five delayed by job plan sign-off.", "Red"),
                ("3155.2", "Review premium pay rates against the regional agency price cap and report "
                           "breaches monthly to the People and OD Committee.",
                 "Deputy Chief People Officer", "Monthly", None,
                 "Reported monthly since April 2025; breaches reduced from 41 to 12.", "Green"),
            ],
        },
    ]),
    ("Finance and estates", [
        {
            "risk": "CRR 2760: Critical infrastructure and backlog maintenance in the GRH Tower Block",
            "desc": "If critical electrical and fire safety infrastructure in the Tower Block fails, then "
                    "wards may need to close at short notice, resulting in loss of capacity and risk "
                    "to patient and staff safety.",
            "exec": "Director of Strategy and Transformation", "score": 15, "target": 10,
            "actions": [
                ("2760.1", "Replace the Tower Block electrical switchgear (phase 2) under the critical "
                           "infrastructure risk capital programme.",
                 "Director of Estates and Facilities", d(2026, 3, 31), None,
                 "Contract awarded; works scheduled for February–March 2026 with planned shutdowns.", "Green"),
                ("2760.2", "Complete fire compartmentation surveys for all inpatient floors and prioritise "
                           "remedial works.",
                 "Fire Safety Manager", d(2025, 12, 31), None,
                 "Surveys complete; remedial works plan presented to Capital Group on 6 January 2026.", "Blue"),
            ],
        },
    ]),
]


def score_fill(s):
    if s >= 15:
        return fill("red")
    if s >= 8:
        return fill("amber")
    return fill("yellow")


def make_ght():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = GHT_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [
        ("Version", "3.4"),
        ("Date", "14 January 2026"),
        ("Prepared by", "Head of Risk Management"),
        ("Reviewed by", "Risk Management Group, 8 January 2026"),
        ("Presented to", "Audit and Assurance Committee, 22 January 2026"),
        ("Scope", "Risks scoring 15 or above on the Datix risk register, with their further actions"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        cov.cell(i, 1).border = BORDER
        cov.cell(i, 2).border = BORDER
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 80

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Risk scoring matrix (consequence × likelihood)"
    key["A1"].font = Font(bold=True)
    key["A2"] = "Consequence / Likelihood"
    for j in range(1, 6):
        key.cell(2, j + 1, j).font = Font(bold=True)
    for i in range(1, 6):
        key.cell(i + 2, 1, 6 - i).font = Font(bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            c = key.cell(i + 2, j + 1, s)
            c.fill = score_fill(s) if s >= 4 else fill("green")
            c.border = BORDER
    key["A9"] = "1–3 Low   4–6 Moderate   8–12 High   15–25 Extreme"
    key["A11"] = "Action RAG key"
    key["A11"].font = Font(bold=True)
    for i, (w, t) in enumerate([("Blue", "Complete"), ("Green", "On track"),
                                ("Amber", "At risk of missing due date"), ("Red", "Overdue")], start=12):
        key.cell(i, 1, w).fill = fill(w.lower())
        key.cell(i, 2, t)
    key.column_dimensions["A"].width = 26

    ws = wb.create_sheet("CRR")
    headers = ["Risk ref and title", "Risk description (cause, event, effect)", "Executive lead",
               "Current score (C×L)", "Target score", "Action ref", "Further actions required",
               "Action owner", "Due date", "Revised date", "Progress update", "RAG"]
    ncol = len(headers)
    ws.cell(1, 1, GHT_TITLE).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Risks scoring 15 and above, as at 31 December 2025").font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    r = 4
    for j, h in enumerate(headers, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BORDER
    r += 1
    for domain, risks in GHT_RISKS:
        c = ws.cell(r, 1, domain)
        c.font = Font(bold=True)
        for j in range(1, ncol + 1):
            ws.cell(r, j).fill = fill("grey")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for risk in risks:
            first = r
            for (ref, text, owner, due, rev, prog, rag) in risk["actions"]:
                ws.cell(r, 6, ref)
                ws.cell(r, 7, text)
                ws.cell(r, 8, owner)
                c = ws.cell(r, 9, due)
                if isinstance(due, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(r, 10, rev)
                    c.number_format = "dd/mm/yyyy"
                ws.cell(r, 11, prog)
                c = ws.cell(r, 12, rag)
                c.fill = fill(rag.lower())
                if rag in ("Blue", "Red", "Green"):
                    c.font = Font(color="FFFFFF", bold=True)
                for j in range(1, ncol + 1):
                    ws.cell(r, j).alignment = WRAP
                    ws.cell(r, j).border = BORDER
                r += 1
            last = r - 1
            ws.cell(first, 1, risk["risk"]).font = Font(bold=True)
            ws.cell(first, 2, risk["desc"])
            ws.cell(first, 3, risk["exec"])
            ws.cell(first, 4, risk["score"]).fill = score_fill(risk["score"])
            ws.cell(first, 5, risk["target"]).fill = score_fill(risk["target"])
            for j in range(1, 6):
                if last > first:
                    ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
                ws.cell(first, j).alignment = WRAP
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Risks on the CRR")
    ws.cell(r, 2, 4)
    r += 1
    ws.cell(r, 1, "Further actions")
    ws.cell(r, 2, 9)
    r += 1
    ws.cell(r, 1, "Actions by RAG")
    ws.cell(r, 2, "Blue 2 | Green 4 | Amber 2 | Red 1")
    r += 2
    ws.cell(r, 1, "Note: the end date is the revised date where one has been agreed by the executive lead. "
                  "Full risk detail (controls, assurances, gaps) is held on Datix.").font = Font(italic=True)
    widths = [30, 45, 20, 10, 10, 9, 50, 28, 12, 12, 45, 9]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, "vf-gloucestershire-hospitals-nhsft-corporate-risk-register.xlsx"))


# ---------------------------------------------------------------------------
# 2. Essex County Fire and Rescue Service - internal audit tracker (xlsx)
# ---------------------------------------------------------------------------
ECFRS_TITLE = "Essex County Fire and Rescue Service – Internal Audit Action Tracker"

ECFRS_AUDITS = [
    ("Fleet Management (2024/25)", "Reasonable", [
        ("1", "Medium",
         "Vehicle defect reports raised by stations are not consistently closed on the fleet management "
         "system once repairs are complete. The Service should introduce a regular reconciliation of open "
         "defects.",
         "A weekly open-defects report will be produced and reviewed by the Workshop Supervisor, with any "
         "defect open for more than 14 days escalated to the Fleet Workshop Manager.",
         "Fleet Workshop Manager", d(2025, 3, 31), None, "B",
         "Weekly report in place since March 2025; verified at internal audit follow-up in July 2025."),
        ("2", "Medium",
         "Pre-delivery inspection checklists for new appliances were not retained for two of the five "
         "vehicles sampled.",
         "Pre-delivery inspection records will be scanned and stored against each asset record, and a "
         "quarterly spot check will be completed.",
         "Head of Fleet & Equipment / Fleet Workshop Manager", d(2025, 6, 30), d(2025, 12, 31), "A",
         "Scanning of 2024 deliveries under way; spot check process drafted."),
        ("3", "Low",
         "The fuel card policy has not been reviewed since 2019.",
         "Review and reissue the fuel card policy, and remind card holders of their responsibilities.",
         "Head of Fleet & Equipment", d(2025, 10, 31), None, "G",
         "Draft policy to Policy Review Group on 8 October 2025."),
    ]),
    ("Payroll (2024/25)", "Substantial", [
        ("1", "Low",
         "In three cases, overtime claims for on-call firefighters were authorised after payment had "
         "been made.",
         "Payroll will reject any on-call overtime claim that has not been authorised in the "
         "availability system before the monthly cut-off.",
         "Payroll Manager", d(2025, 4, 30), None, "B",
         "Implemented from the May 2025 payroll."),
    ]),
    ("Information Governance (2024/25)", "Partial", [
        ("1", "High",
         "The Record of Processing Activities (ROPA) is incomplete and has not been updated since the "
         "move to the new HR system.",
         "Complete a full refresh of the ROPA with all information asset owners and present it to the "
         "Information Governance Board.",
         "Data Protection Officer; Head of ICT", d(2025, 5, 31), d(2025, 8, 31), "R",
         "Revised date missed; 62% of asset registers returned. Escalated to the Director of Corporate "
         "Services."),
        ("2", "Medium",
         "Completion of mandatory data protection training was 71% against a target of 95%.",
         "Data protection e-learning completion will be reported monthly to the Service Leadership Team, "
         "and staff who are non-compliant for more than 30 days will be contacted by their line manager.",
         "Data Protection Officer", d(2025, 6, 30), None, "B",
         "Monthly reporting in place; completion 93% at 30 September 2025."),
        ("3", "Medium",
         "Data sharing agreements with partner agencies are not held centrally and several have passed "
         "their review date.",
         "Create a central register of data sharing agreements and review each agreement for expiry.",
         "Information Governance Officer", d(2025, 9, 30), d(2026, 1, 31), "A",
         "Register created; 11 of 27 agreements reviewed."),
    ]),
    ("Business Continuity (2025/26)", "Reasonable", [
        ("1", "Medium",
         "Business continuity plans for three of the eight departments sampled had not been tested in "
         "the last 12 months.",
         "Deliver a programme of desktop exercises so that every departmental plan is tested at least "
         "annually.",
         "Resilience Manager", "Q4 2025/26", None, "G",
         "Exercise programme agreed; first two exercises held in September 2025."),
        ("2", "Low",
         "The business impact analysis does not record recovery time objectives for ICT systems.",
         "Agree recovery time objectives for all critical ICT systems with system owners and add them to "
         "the business impact analysis.",
         "Resilience Manager / Head of ICT", d(2026, 3, 31), None, "G",
         "Workshop with system owners booked for November 2025."),
    ]),
]

RAG_LETTER_FILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def make_ecfrs():
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = ECFRS_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Implementation of agreed management actions – position at 30 September 2025"
    sm["A3"] = "Audit Committee, 15 October 2025"
    hdr = ["Audit", "Assurance opinion", "Actions agreed", "Implemented", "Open – on track", "Open – overdue"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill(start_color="C00000", end_color="C00000", fill_type="solid")
        c.border = BORDER
    tot = [0, 0, 0, 0]
    r = 6
    for audit, opinion, acts in ECFRS_AUDITS:
        n = len(acts)
        b = sum(1 for a in acts if a[7] == "B")
        red = sum(1 for a in acts if a[7] == "R")
        vals = [audit, opinion, n, b, n - b - red, red]
        for j, v in enumerate(vals, start=1):
            sm.cell(r, j, v).border = BORDER
        for k, v in enumerate(vals[2:]):
            tot[k] += v
        r += 1
    for j, v in enumerate(["Total", ""] + tot, start=1):
        c = sm.cell(r, j, v)
        c.font = Font(bold=True)
        c.border = BORDER
    sm.column_dimensions["A"].width = 34
    for col in "BCDEF":
        sm.column_dimensions[col].width = 16

    ws = wb.create_sheet("Action tracker")
    headers = ["Audit", "Assurance", "Ref", "Priority", "Finding / recommendation",
               "Agreed management action", "Responsible officer", "Original target date",
               "Revised target date", "RAG", "Latest update"]
    ws.cell(1, 1, ECFRS_TITLE).font = Font(bold=True, size=14)
    ws.cell(2, 1, "Internal audit reports 2024/25 and 2025/26 – open and recently implemented actions")
    for j, h in enumerate(headers, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill(start_color="C00000", end_color="C00000", fill_type="solid")
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    for audit, opinion, acts in ECFRS_AUDITS:
        for i, (ref, pri, rec, act, off, orig, rev, rag, upd) in enumerate(acts):
            if i == 0:
                ws.cell(r, 1, audit).font = Font(bold=True)
                ws.cell(r, 2, opinion)
            ws.cell(r, 3, ref)
            ws.cell(r, 4, pri)
            ws.cell(r, 5, rec)
            ws.cell(r, 6, act)
            ws.cell(r, 7, off)
            c = ws.cell(r, 8, orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rev is not None:
                ws.cell(r, 9, rev).number_format = "dd/mm/yyyy"
            c = ws.cell(r, 10, rag)
            c.fill = fill(RAG_LETTER_FILL[rag])
            c.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 11, upd)
            for j in range(1, 12):
                ws.cell(r, j).border = BORDER
                if j != 10:
                    ws.cell(r, j).alignment = WRAP
            r += 1
    widths = [26, 12, 6, 9, 45, 45, 26, 12, 12, 6, 40]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (l, t) in enumerate([("B", "Implemented – evidence verified by internal audit"),
                                ("G", "Open – within original or revised target date"),
                                ("A", "Open – at risk of missing the target date"),
                                ("R", "Overdue – target date passed")], start=2):
        k.cell(i, 1, l).fill = fill(RAG_LETTER_FILL[l])
        k.cell(i, 2, t)
    k["A8"] = "Priority"
    k["A8"].font = Font(bold=True)
    for i, (l, t) in enumerate([("High", "Fundamental control weakness requiring urgent management attention"),
                                ("Medium", "Significant weakness that should be addressed within six months"),
                                ("Low", "Minor weakness or opportunity to improve efficiency")], start=9):
        k.cell(i, 1, l)
        k.cell(i, 2, t)
    k.column_dimensions["A"].width = 10
    k.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, "vf-essex-county-fire-rescue-service-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Beyond Housing - board action log, mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
BEYOND_TITLE = "Beyond Housing – Board Action Log"

BEYOND_ROWS = [
    ("band", "Board meeting – 26 June 2025"),
    ("act", "BD25/41", "Tenant Satisfaction Measures 2024/25",
     "Bring a deep-dive on satisfaction with anti-social behaviour handling to a future Board.",
     "Executive Director of Customer Services", "September 2025", "Closed",
     "Deep-dive presented 25 September 2025 (item 9)."),
    ("act", "BD25/44", "Damp and mould – Awaab’s Law readiness",
     "Circulate the revised damp and mould policy to Board members once approved by the Executive Team.",
     "Director of Property Services", "July 2025", "Closed", "Circulated 18 July 2025."),
    ("act", "BD25/47", "Treasury management",
     "Confirm covenant headroom under the combined stress-test scenario in the next business plan update.",
     "Chief Financial Officer", "November 2025", "Open", "Business plan to Board 27 November 2025."),
    ("band", "Board meeting – 25 September 2025"),
    ("act", "BD25/63", "Stock condition survey progress",
     "Provide an update on progress towards 100% stock condition survey coverage, including the plan for "
     "no-access properties.",
     "Director of Property Services", "December 2025", "Open", ""),
    ("act", "BD25/66", "RSH consumer standards self-assessment",
     "Arrange a Board workshop on the Transparency, Influence and Accountability Standard with the "
     "Customer Voice Panel.",
     "Head of Governance / Customer Voice Manager", "Janaury 2026", "Open",
     "Date being agreed with the Panel chair."),
    ("act", "BD25/67", "Health and safety compliance report",
     "Report the number of overdue fire risk assessment actions by risk category at each meeting.",
     "Head of Compliance", "Each meeting", "Open", "Included from November 2025 report."),
    ("act", "BD25/70", "Any other business",
     "Circulate the draft NHF Code of Governance compliance statement for comment.",
     "Company Secretary", "October 2025", "Open", ""),
]


def make_beyond():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action log"
    ws["A1"] = BEYOND_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated 2 October 2025, following the Board meeting of 25 September 2025"
    ws["A3"] = "Closed actions are removed after they have been reported once."
    ws["A3"].font = Font(italic=True)
    headers = ["Min. ref", "Agenda item", "Action", "Owner", "Due", "Status", "Comments"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill(start_color="4B2C6F", end_color="4B2C6F", fill_type="solid")
        c.border = BORDER
    r = 6
    for row in BEYOND_ROWS:
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for j in range(1, 8):
                ws.cell(r, j).fill = fill("lightblue")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for j, v in enumerate(row[1:], start=1):
                c = ws.cell(r, j, v if v != "" else None)
                c.alignment = WRAP
                c.border = BORDER
            st = ws.cell(r, 6)
            st.fill = fill("grey") if row[6] == "Closed" else PatternFill()
        r += 1
    for j, w in enumerate([10, 30, 55, 32, 14, 9, 36], start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(os.path.join(HERE, "vf-beyond-housing-board-action-log-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
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


# ---------------------------------------------------------------------------
# 4. South Yorkshire Police - HMICFRS vetting, misconduct and misogyny (docx)
# ---------------------------------------------------------------------------
SYP_TITLE = "South Yorkshire Police – Vetting, Misconduct and Misogyny Action Plan"

SYP_SECTIONS = [
    ("1. Vetting", [
        ("Recommendation 3 – By 30 April 2023, chief constables should make sure that their vetting units "
         "record a full rationale for every decision to grant clearance where adverse information has been "
         "found.", [
            ("3.1", "Introduce a mandatory rationale template in the vetting case management system for all "
                    "clearances granted where adverse information is found.",
             "Force Vetting Manager", "30/04/2023",
             "Template live from 3 April 2023; compliance 100% in May dip sample.", "Complete"),
            ("3.2", "Dip-sample 10% of clearances granted with adverse information each quarter and report "
                    "the findings to the Professional Standards Board.",
             "Head of Professional Standards / Force Vetting Manager", "Quarterly",
             "Q1 and Q2 2023/24 dip samples reported; two decisions referred for review.", "On track"),
        ]),
        ("Recommendation 7 – By 31 October 2023, chief constables should make sure that all officers, staff "
         "and volunteers have been checked against the Police National Database, and that any relevant "
         "results are assessed.", [
            ("7.1", "Complete a Police National Database check for all officers, staff, special constables "
                    "and volunteers, and refer any matches to the Counter Corruption Unit.",
             "Force Vetting Manager", "October 2023",
             "Checks complete for 6,912 individuals; 38 matches referred and assessed.", "Complete"),
            ("7.2", "Agree with Digital Services a process to automate periodic re-checks against the Police "
                    "National Database.",
             "Head of Digital Services; Force Vetting Manager", "Q4 2023/24",
             "Dependent on the national automation pilot; options paper drafted.", "Amber"),
        ]),
    ]),
    ("2. Counter-corruption", [
        ("Recommendation 12 – By 30 April 2023, chief constables should make sure that their "
         "counter-corruption units have enough capability and capacity to seek intelligence proactively "
         "about abuse of position for a sexual purpose.", [
            ("12.1", "Recruit two additional intelligence analysts to the Counter Corruption Unit.",
             "Detective Superintendent, Professional Standards", "31/01/2024",
             "One analyst in post; second post at pre-employment checks.", "Green"),
            ("12.2", "Deploy IT monitoring software to all force devices and set alert thresholds for "
                     "searches of personal data.",
             "Head of Digital Services", "March 2024",
             "Deployed to 70% of devices; mobile devices outstanding.", "Amber"),
        ]),
    ]),
    ("3. Misconduct and misogyny", [
        ("Recommendation 27 – By 31 October 2023, chief constables should make sure that all allegations of "
         "misogynistic and predatory behaviour are recorded and assessed against the correct severity "
         "threshold.", [
            ("27.1", "Brief all Professional Standards assessors on the updated severity assessment guidance, "
                     "including sexual misconduct and abuse of position for a sexual purpose.",
             "PSD Assessment Unit Inspector", "30/09/2023",
             "All 11 assessors briefed by 14 September 2023.", "Complete"),
            ("27.2", "Launch the ‘Call It Out’ internal reporting campaign with the Women’s Network and staff "
                     "associations.",
             "DCI Professional Standards / Chair, Women’s Network", "Ongoing",
             "Campaign launched 2 October 2023; reporting line reviewed each quarter.", "On track"),
            ("27.3", "Add a misogyny and predatory behaviour flag to the complaints and conduct database.\n"
                     "Report flagged cases quarterly to the Ethics Committee.",
             "Head of Professional Standards", "December 2023",
             "Flag created; first report due to Ethics Committee in January 2024.", "Green"),
        ]),
    ]),
]

DOCX_RAG_FILL = {"Complete": "0070C0", "On track": "00B050", "Green": "00B050", "Amber": "FFC000",
                 "Red": "FF0000"}


def make_syp():
    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    doc.add_paragraph(SYP_TITLE, style="Title")
    doc.add_paragraph("Response to HMICFRS: An inspection of vetting, misconduct, and misogyny in the police "
                      "service (published 2 November 2022)")
    doc.add_paragraph("Progress report to the Joint Independent Audit Committee, 6 December 2023. "
                      "Owner: Deputy Chief Constable.")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Summary of changes"]):
        set_cell(c, h, bold=True)
    for row in [("4.0", "12/06/2023", "PSD Business Manager", "Update for JIAC; recommendation 3 closed"),
                ("5.0", "20/11/2023", "PSD Business Manager", "Quarterly status refresh")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [("Complete", "Action complete and evidence held"),
                          ("On track / Green", "Progressing to the target date"),
                          ("Amber", "Some slippage; recovery in hand"),
                          ("Red", "Off track or target date missed")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], DOCX_RAG_FILL[word.split(" /")[0]])
        set_cell(cells[1], meaning)

    doc.add_paragraph("Only the recommendations that HMICFRS addressed to chief constables are shown. "
                      "Recommendations addressed to the College of Policing, the NPCC and the Home Office "
                      "are monitored separately.")

    headers = ["No.", "Action", "Lead", "Target date", "Progress update", "RAG"]
    for heading, recs in SYP_SECTIONS:
        doc.add_paragraph(heading, style="Heading 1")
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for rec_text, acts in recs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            set_cell(m, rec_text, bold=True)
            shade(m, "DDEBF7")
            for (ref, text, lead, date, upd, rag) in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, lead, date, upd, rag]):
                    set_cell(c, v)
                shade(cells[5], DOCX_RAG_FILL[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Actions marked Complete stay on the plan for one reporting cycle and are then archived.")
    doc.save(os.path.join(HERE, "vf-south-yorkshire-police-hmicfrs-vetting-misconduct-misogyny-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. The Laurels Care Home - CQC action plan (docx, fill-only RAG)
# ---------------------------------------------------------------------------
LAURELS_TITLE = "The Laurels Care Home – CQC Action Plan"

LAURELS_SECTIONS = [
    ("Key question: Safe", [
        ("Regulation 12 (Safe care and treatment): Risks relating to people’s health, such as falls and "
         "pressure care, were not always assessed or managed, and medicines were not always managed safely.", [
            ("Review and rewrite the falls and pressure area risk assessments for all 38 residents.",
             "Deputy Manager / Clinical Lead", "31/07/2024",
             "All 38 completed 26/07/2024 and checked by the Registered Manager.", "blue"),
            ("Introduce PRN protocols for every ‘as required’ medicine.\n"
             "Pharmacy to audit MAR charts monthly.",
             "Clinical Lead", "31/08/2024",
             "Protocols in place for 31 residents; first pharmacy audit 21/08/2024.", "green"),
            ("Complete medicines competency assessments for all senior carers who give medicines.",
             "RM & DM", "30/09/2024", "14 of 19 staff assessed.", "amber"),
        ]),
        ("Regulation 18 (Staffing): Not all staff had completed training in moving and handling, dementia "
         "care and fire safety.", [
            ("Book face-to-face moving and handling training for all care staff and record refresher dates "
             "on the training matrix.",
             "Training Coordinator", "September 2024",
             "Two sessions held; night staff session rebooked.", "amber"),
            ("Run a fire evacuation drill on each shift, including nights, and record the evacuation times.",
             "Maintenance Lead / Registered Manager", "Monthly",
             "Drills held in June, July and August on all shifts.", "green"),
        ]),
    ]),
    ("Key question: Well-led", [
        ("Regulation 17 (Good governance): Audits had not identified the concerns found at the inspection, "
         "and actions from audits were not followed up.", [
            ("Introduce a monthly audit schedule covering care plans, medicines, falls, infection control and "
             "the environment, with findings added to the home improvement plan.",
             "Registered Manager", "31/08/2024", "Schedule in use since July 2024.", "blue"),
            ("Nominated Individual to carry out a quarterly provider visit and report the findings to the "
             "directors of Laurelbank Care Ltd.",
             "Nominated Individual", "October 2024", "First visit booked for 10/10/2024.", None),
        ]),
        ("Should do: The provider should make sure people and their relatives are involved in reviews of "
         "their care plans.", [
            ("Hold a care plan review with each resident and their family, and record their views in the "
             "care plan.",
             "Senior Carers", "31/10/2024", "22 of 38 reviews held.", "green"),
        ]),
    ]),
]

FILL_HEX = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


def make_laurels():
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph()
    run = p.add_run(LAURELS_TITLE)
    run.bold = True
    run.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Provider", "Laurelbank Care Ltd"),
                 ("Registered manager", "Mrs J. Whitfield"),
                 ("Inspection dates", "14 and 15 May 2024"),
                 ("Report published", "2 July 2024"),
                 ("Overall rating", "Requires improvement"),
                 ("Plan last updated", "30 August 2024")]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("This action plan sets out how we will meet the regulations CQC found we had breached, "
                      "and the other improvement CQC told us we should make. It is reviewed every two weeks "
                      "at the home’s quality meeting and shared with the local authority quality team.")
    doc.add_paragraph("RAG (colour in the last column): blue – complete; green – on track; amber – started but "
                      "behind plan; red – overdue or at risk; no colour – not yet started.")

    headers = ["Action we will take", "Lead", "Completion date", "Progress / evidence", "RAG"]
    for heading, breaches in LAURELS_SECTIONS:
        doc.add_paragraph(heading, style="Heading 2")
        t = doc.add_table(rows=0, cols=len(headers))
        t.style = "Table Grid"
        for breach, acts in breaches:
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            set_cell(m, breach, bold=True)
            shade(m, "F2F2F2")
            cells = t.add_row().cells
            for c, h in zip(cells, headers):
                set_cell(c, h, bold=True)
            for (text, lead, date, prog, rag) in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [text, lead, date, prog, ""]):
                    set_cell(c, v)
                if rag:
                    shade(cells[4], FILL_HEX[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Signed: J. Whitfield, Registered Manager          Date: 30/08/2024")
    doc.save(os.path.join(HERE, "vf-the-laurels-care-home-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. UWE Bristol - Ofsted apprenticeships PIAP (csv)
# ---------------------------------------------------------------------------
UWE_TITLE = "UWE Bristol – Apprenticeships Post-Inspection Action Plan"

UWE_ROWS = [
    ("theme", "Leadership and management"),
    ("afi", "AFI 1: Leaders should ensure that governors receive sufficiently detailed information about the "
            "quality of apprenticeships so that they can hold leaders to account."),
    ("act", "1.1", "Introduce a termly apprenticeship quality report to the Board of Governors, covering "
                   "achievement, retention, off-the-job training and progress reviews.",
     "Director of Apprenticeships", "Mar-25", "Jun-25",
     "First report to the Board on 19 June 2025; now a standing item.", "Complete"),
    ("act", "1.2", "Appoint a link governor for apprenticeships and arrange a briefing on the Ofsted "
                   "inspection framework.",
     "Clerk to the Board; Director of Apprenticeships", "Apr-25", "Sep-25",
     "Link governor appointed July 2025; briefing held 10 September 2025.", "Complete"),
    ("afi", "AFI 2: Leaders should make sure that apprentices’ progress reviews involve employers and focus "
            "on the knowledge, skills and behaviours that apprentices need to develop."),
    ("act", "2.1", "Redesign the tripartite progress review template so that each review sets KSB-based "
                   "targets agreed with the employer.",
     "Head of Apprenticeship Quality and Compliance", "Mar-25", "Sept 2025 – Jan 2026",
     "New template in use from September 2025; employer attendance at reviews 84%.", "Green"),
    ("act", "2.2", "Train all workplace tutors in setting and reviewing KSB targets, and include observed "
                   "reviews in the teaching observation cycle.",
     "Academic Development Lead; Associate Dean (Health)", "Sep-25", "31/03/2026",
     "41 of 63 tutors trained; observation pro forma being updated.", "Amber"),
    ("theme", "Quality of education"),
    ("afi", "AFI 3: Leaders should ensure that apprentices with additional learning needs receive timely "
            "support from the start of their programme."),
    ("act", "3.1", "Screen all new apprentices for additional learning needs at enrolment and record "
                   "support plans on the e-portfolio.",
     "Head of Disability Service", "Sep-25", "Oct-25",
     "Screening completed for the September 2025 intake.", "Complete"),
    ("act", "3.2", "Monitor apprentices’ take-up of learning support each term and report gaps to programme "
                   "leaders.",
     "Apprenticeship Data Manager", "Oct-25", "Termly",
     "Autumn term report due January 2026.", "Green"),
    ("afi", "AFI 4: Leaders should make sure that apprentices are well prepared for their end-point "
            "assessment, particularly on the Chartered Manager degree apprenticeship."),
    ("act", "4.1", "Introduce mock professional discussions for Chartered Manager apprentices at least three "
                   "months before gateway.",
     "Programme Leader, Chartered Manager DA", "Jun-25", "Dec-25",
     "Delayed by a staff vacancy; first mocks now planned for February 2026.", "Red"),
    ("act", "4.2", "Track gateway readiness for nursing apprentices monthly, and escalate any apprentice at "
                   "risk of missing their planned end date.",
     "Programme Leader, Nursing DA", "Sep-25", "Jul-26",
     "Tracker in place; 3 apprentices escalated in November.", "Green"),
]


def make_uwe():
    path = os.path.join(HERE, "vf-university-of-the-west-of-england-ofsted-apprenticeships-piap.csv")
    ncol = 7
    blank = [""] * ncol

    def line(first):
        return [first] + [""] * (ncol - 1)

    rows = [
        line(UWE_TITLE),
        line("Ofsted inspection of apprenticeship provision: 11–14 February 2025. Overall effectiveness: "
             "Requires improvement"),
        line("Version 3 – updated for the Apprenticeship Quality Board, 9 December 2025"),
        blank,
        ["Ref", "Action", "Lead(s)", "Start date", "Target date", "Progress update", "RAG"],
    ]
    for r in UWE_ROWS:
        if r[0] in ("theme", "afi"):
            rows.append(line(r[1]))
        else:
            rows.append(list(r[1:]))
    rows += [
        blank,
        line("Key: Complete = action finished and impact evidenced; Green = on track; Amber = some slippage; "
             "Red = significantly behind plan"),
        line("Summary: 8 actions – 3 complete, 3 green, 1 amber, 1 red"),
    ]
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Competition and Markets Authority - programme highlight report (txt)
# ---------------------------------------------------------------------------
CMA_TITLE = "Competition and Markets Authority – DMCC Act Implementation Programme: Highlight Report"

CMA_MILESTONES = [
    ("Workstream 1: Digital markets regime", [
        ("1.1", "Publish final guidance on conduct requirements following consultation",
         "Director, Digital Markets Policy", "Oct 2025", "Oct 2025", "B", "Published 21 October 2025."),
        ("1.2", "Complete the second strategic market status investigation and issue the designation decision",
         "Senior Director, SMS Investigations", "Oct 2025", "Oct 2025", "B", "Decision issued 22 October 2025."),
        ("1.3", "Consult on the first conduct requirements for the designated firm",
         "Senior Director, SMS Investigations / Director, Digital Markets Legal", "Dec 2025", "Feb 2026", "A",
         "Rebaselined to allow further engagement with third parties."),
        ("1.4", "Stand up the monitoring function with compliance reporting templates",
         "Head of DMU Operations", "Mar 2026", "Mar 2026", "G", "Templates drafted."),
    ]),
    ("Workstream 2: Consumer enforcement", [
        ("2.1", "Issue the first penalty decision under the direct consumer enforcement regime",
         "Executive Director, Consumer Protection", "Jan 2026", "Jan 2026", "G",
         "Provisional findings issued; representations due 12 December."),
        ("2.2", "Recruit 24 FTE to the consumer enforcement directorate",
         "KB/TS", "Sep 2025", "Jan 2026", "A", "16 of 24 in post; 5 offers accepted."),
        ("2.3", "Publish updated guidance on unfair commercial practices",
         "Director, Consumer Policy", "Nov 2025", "Apr 2026", "R",
         "Awaiting government policy decision on drip pricing; see issue I03."),
    ]),
    ("Workstream 3: Enabling services", [
        ("3.1", "Deliver release 2 of the case management system (digital markets module)",
         "Chief Digital and Information Officer", "Nov 2025", "Nov 2025", "B", "Went live 17 November 2025."),
        ("3.2", "Complete the post-implementation review and hand over to business as usual",
         "Programme Director", "Jun 2026", "Jun 2026", "G", "Terms of reference agreed."),
    ]),
]


def make_cma():
    L = [
        CMA_TITLE,
        "Reporting period: 1–30 November 2025",
        "Prepared for: Executive Committee, 9 December 2025",
        "SRO: Executive Director, Digital Markets\tProgramme Director: RH",
        "",
        "STATUS SUMMARY",
        "Dimension\tLast period\tThis period\tComment",
        "Overall delivery confidence\tAmber\tAmber\tTwo milestones rebaselined; no impact on statutory deadlines.",
        "Schedule\tAmber\tAmber\tSee milestones 1.3 and 2.3.",
        "Budget\tGreen\tGreen\tForecast within the 2025/26 allocation.",
        "Resources\tRed\tAmber\tRecruitment improving; 8 specialist posts still vacant.",
        "",
        "MILESTONES",
        "Ref\tMilestone\tOwner\tBaseline\tForecast\tRAG\tCommentary",
    ]
    for ws_name, ms in CMA_MILESTONES:
        L.append(ws_name)
        for m in ms:
            L.append("\t".join(m))
    L += [
        "",
        "RAG key: B = complete; G = on track; A = at risk, recovery plan in place; R = off track, escalation required",
        "Forecast dates are the current approved forecast. Changes from the baseline were approved by the "
        "Programme Board on 26 November 2025.",
        "",
        "KEY RISKS AND ISSUES",
        "Recruitment of specialist data and technology staff remains the main risk to the schedule (programme "
        "risk R07, Amber). The outstanding policy decision on drip pricing is managed as issue I03.",
        "",
        "DECISIONS REQUIRED",
        "ExCo is asked to note the rebaselined forecast dates for milestones 1.3 and 2.3.",
    ]
    with open(os.path.join(HERE, "vf-competition-and-markets-authority-dmcc-implementation-programme-highlight-report.txt"),
              "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_ght()
    make_ecfrs()
    make_beyond()
    make_syp()
    make_laurels()
    make_uwe()
    make_cma()
    print("built 7 files in", HERE)
