"""Build the seven sp- blind test files (set heldout493).

Run with /work/main/.venv/bin/python sp_make.py ; writes into the folder of this script.
Only files whose names start with "sp-" are written.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


def out(name):
    assert name.startswith("sp-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Chesterfield Royal Hospital NHSFT - CQC must do / should do QIP (xlsx)
# ---------------------------------------------------------------------------
CRH_NAME = "sp-chesterfield-royal-hospital-nhsft-cqc-must-should-do-quality-improvement-plan.xlsx"
CRH_TITLE = "Chesterfield Royal Hospital NHS Foundation Trust – CQC Quality Improvement Plan 2024/25"

# (band, [(finding ref, must/should, requirement, [actions])])
# action = (ref, text, lead, original, revised, progress, prev, current)
CRH = [
    ("Urgent and emergency care", [
        ("MD1", "Must do",
         "The trust must ensure that patients in the emergency department receive timely initial "
         "assessment and triage in line with national guidance. (Regulation 12)",
         [("UEC1.1",
           "Introduce a streaming and triage nurse at the front door 08:00–02:00, seven days a week, "
           "with escalation to the nurse in charge when time to triage exceeds 15 minutes.",
           "ED Matron / Clinical Director for Emergency Medicine", D(2024, 5, 31), D(2024, 9, 30),
           "Rota in place from September 2024. Time to triage within 15 minutes at 87% in November "
           "(target 95%).", "A", "G"),
          ("UEC1.2",
           "Audit time to initial assessment weekly and report compliance to the Urgent Care divisional "
           "governance meeting.",
           "Head of Nursing – Urgent Care", D(2024, 6, 30), None,
           "Weekly audit embedded since June 2024; results reported monthly.", "B", "B")]),
        ("MD2", "Must do",
         "The trust must ensure that staff complete and record risk assessments for patients at risk "
         "of falls, pressure damage and malnutrition within the required timescales. (Regulation 12)",
         [("UEC2.1",
           "Roll out the electronic nursing risk assessment bundle on Nerve Centre across ED and the "
           "Clinical Decision Unit, with compliance reported on the ward accreditation dashboard.",
           "Chief Nursing Information Officer", D(2024, 7, 31), D(2025, 1, 31),
           "Go-live delayed by system upgrade; ED live, CDU go-live planned January 2025.", "A", "A")]),
        ("SD1", "Should do",
         "The trust should ensure that mandatory training compliance for medical staff in the emergency "
         "department meets the trust target. (Regulation 18)",
         [("UEC3.1",
           "Agree individual training trajectories with each consultant and middle-grade doctor below "
           "90% compliance and monitor through job planning.",
           "Clinical Director for Emergency Medicine", "Q4 2024/25", None,
           "Compliance 84% (October 78%).", "A", "G")]),
    ]),
    ("Medical care (including older people’s care)", [
        ("MD3", "Must do",
         "The trust must ensure that there are sufficient numbers of suitably qualified, competent and "
         "experienced nursing staff on medical wards to meet patients’ needs. (Regulation 18)",
         [("MED1.1",
           "Complete the bi-annual safer nursing care tool establishment review for all medical wards and "
           "present the findings to the Board.",
           "Deputy Chief Nurse", D(2024, 9, 30), None,
           "Establishment review presented to Board in September 2024.", "B", "B"),
          ("MED1.2",
           "Recruit to the 18.4 WTE registered nurse vacancies on medical wards, including the "
           "international recruitment cohort arriving in autumn 2024.",
           "Head of Nursing – Medicine; Head of Resourcing", D(2024, 12, 31), D(2025, 3, 31),
           "11.0 WTE in post; 4 international nurses awaiting OSCE.", "G", "A"),
          ("MED1.3",
           "Implement twice-daily staffing huddles with red-flag escalation to the site matron and record "
           "decisions on SafeCare.",
           "Site Matrons", D(2024, 5, 31), None,
           "Embedded; monthly spot-check audit.", "B", "B")]),
        ("SD2", "Should do",
         "The trust should ensure that discharge summaries are sent to GPs within 24 hours of discharge.",
         [("MED2.1",
           "Introduce a daily ward-level report of discharge summaries not sent within 24 hours, with "
           "follow-up by the ward consultant.",
           "Associate Medical Director (Digital)", D(2024, 10, 31), D(2025, 2, 28),
           "Report built; roll-out to all medical wards by February 2025.", "R", "A")]),
    ]),
]


def make_crh():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = CRH_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Must Do and Should Do actions following the CQC inspection of Urgent and Emergency Care and Medical Care"
    cov["A3"] = "Inspection: 5–6 December 2023 (unannounced)   Report published: 28 March 2024"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Reviewed by"),
            ("v1.0", D(2024, 4, 26), "Head of Compliance and Regulation", "Quality Assurance Committee"),
            ("v1.5", D(2024, 11, 6), "Head of Compliance and Regulation", "CQC Oversight Group"),
            ("v1.6", D(2024, 12, 4), "Head of Compliance and Regulation", "Quality Assurance Committee")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [("B", "Blue", "Complete – evidence accepted by the CQC Oversight Group"),
           ("G", "Green", "On track to deliver by the target date"),
           ("A", "Amber", "Risk to delivery by the target date – mitigation in place"),
           ("R", "Red", "Off track / target date passed")]
    for i, (k, word, desc) in enumerate(key):
        c = cov.cell(row=13 + i, column=1, value=word)
        c.fill = fill(RAG_FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        cov.cell(row=13 + i, column=2, value=desc)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 18
    cov.column_dimensions["C"].width = 36
    cov.column_dimensions["D"].width = 30

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – November 2024"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Core service", "Must do actions", "Should do actions", "Blue", "Green", "Amber", "Red", "Total"]
    for j, h in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
    r = 4
    tot = [0] * 7
    for band, findings in CRH:
        must = sum(len(f[3]) for f in findings if f[1] == "Must do")
        should = sum(len(f[3]) for f in findings if f[1] == "Should do")
        cnt = {k: 0 for k in "BGAR"}
        for f in findings:
            for a in f[3]:
                cnt[a[7]] += 1
        vals = [band, must, should, cnt["B"], cnt["G"], cnt["A"], cnt["R"], must + should]
        for j, v in enumerate(vals):
            c = sm.cell(row=r, column=1 + j, value=v)
            c.border = BOX
        for j in range(7):
            tot[j] += vals[1 + j]
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        c = sm.cell(row=r, column=2 + j, value=v)
        c.font = Font(bold=True)
    for j in range(8):
        sm.cell(row=r, column=1 + j).border = BOX
    sm.column_dimensions["A"].width = 44

    # QIP sheet
    ws = wb.create_sheet("QIP")
    ws["A1"] = "CQC Quality Improvement Plan 2024/25 – progress at 30 November 2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Executive lead: Chief Nurse and Director of Quality and Patient Experience. Monitored monthly "
                "by the CQC Oversight Group; assurance to the Quality Assurance Committee.")
    hdr = ["Ref", "Must / Should", "CQC requirement", "Action ref", "Action", "Lead(s)",
           "Original target date", "Revised target date", "Progress update (November 2024)",
           "Previous RAG (Oct-24)", "Current RAG (Nov-24)"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for band, findings in CRH:
        ws.cell(row=r, column=1, value=band)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("BDD7EE")
        r += 1
        for fref, kind, req, acts in findings:
            top = r
            for (aref, text, lead, orig, rev, prog, prev, cur) in acts:
                vals = [None, None, None, aref, text, lead, orig, rev, prog, prev, cur]
                for j, v in enumerate(vals):
                    if v is None:
                        continue
                    c = ws.cell(row=r, column=1 + j, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j in range(11):
                    ws.cell(row=r, column=1 + j).alignment = WRAP
                    ws.cell(row=r, column=1 + j).border = BOX
                for col, k in ((10, prev), (11, cur)):
                    c = ws.cell(row=r, column=col)
                    c.fill = fill(RAG_FILL[k])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                    if k in "BR":
                        c.font = Font(color="FFFFFF", bold=True)
                r += 1
            ws.cell(row=top, column=1, value=fref)
            ws.cell(row=top, column=2, value=kind)
            ws.cell(row=top, column=3, value=req)
            if r - 1 > top:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
    widths = [7, 10, 42, 9, 48, 26, 12, 12, 40, 10, 10]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    ws.freeze_panes = "A5"
    wb.save(out(CRH_NAME))


# ---------------------------------------------------------------------------
# 2. Halton Housing - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
HH_NAME = "sp-halton-housing-strategic-risk-register-2025-26.xlsx"
HH_TITLE = "Halton Housing – Strategic Risk Register 2025/26"
HH_STATUS_FILL = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000",
                  "Off track": "FF0000", "Not started": None}

# (band, [(risk, owner, inherent, controls, residual, target, trend, [actions])])
# action = (ref, text, owner, due, status)
HH = [
    ("Strategic priority 1: Safe, warm and well-maintained homes", [
        ("SR01 Failure to meet landlord health and safety compliance obligations (gas, electric, fire, "
         "water, asbestos, lifts)",
         "Executive Director of Assets", "4 x 5 = 20",
         "Compliance dashboard reviewed monthly by Executive Team; independent fire risk assessments; "
         "Building Safety Manager in post.",
         "3 x 4 = 12", "2 x 4 = 8", "↔",
         [("1a", "Complete the remaining 38 electrical installation condition reports (EICRs) overdue from "
                 "the 2020 cycle.", "Head of Compliance", D(2025, 10, 31), "Complete"),
          ("1b", "Procure a new compliance data system and migrate all six compliance streams from "
                 "spreadsheets.", "Head of Compliance; Head of IT", "March 2026", "On track")]),
        ("SR02 Damp and mould cases are not identified and resolved within Awaab’s Law timescales",
         "Director of Property Services", "4 x 4 = 16",
         "Damp and mould policy (2024); specialist surveyor; weekly case review; tenant reporting via app.",
         "3 x 4 = 12", "2 x 3 = 6", "↑",
         [("2a", "Implement the Awaab’s Law triage procedure and 24-hour emergency hazard response, with "
                 "daily case review.", "Repairs Manager", D(2025, 10, 27), "Complete"),
          ("2b", "Run a stock condition survey of the 1,200 homes identified as higher risk of damp in the "
                 "archetype model.", "Ashworth, Karen", "Q4 2025/26", "At risk")]),
    ]),
    ("Strategic priority 2: A financially strong and well-governed business", [
        ("SR05 Loan covenant interest cover falls below the golden rule due to cost inflation and the "
         "rent settlement",
         "Executive Director of Finance", "3 x 5 = 15",
         "Monthly management accounts; covenant headroom tracked; treasury advisers.",
         "2 x 5 = 10", "2 x 4 = 8", "↔",
         [("5a", "Refresh the 30-year business plan with stress testing of the combined downside scenario "
                 "and present to Board.", "Head of Finance", D(2025, 11, 30), "On track")]),
        ("SR07 Cyber attack results in loss of systems or tenant data",
         "Director of Digital & Technology", "4 x 5 = 20",
         "Managed detection and response service; MFA on all accounts; offline backups tested quarterly.",
         "3 x 5 = 15", "2 x 5 = 10", "↔",
         [("7a", "Achieve Cyber Essentials Plus re-certification.", "Head of IT", D(2025, 12, 31), "On track"),
          ("7b", "Run a board-level cyber incident exercise with the Executive Team and Board members.",
           "Director of Digital & Technology / Company Secretary", "Ongoing – annual", "Not started")]),
    ]),
]


def score_fill(s):
    n = int(s.split("=")[1])
    if n >= 15:
        return "FF0000"
    if n >= 8:
        return "FFC000"
    return "00B050"


def make_hh():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = HH_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary of strategic risks – Q2 position (30 September 2025)"
    hdr = ["Risk", "Risk owner", "Inherent", "Residual", "Target", "Trend"]
    for j, h in enumerate(hdr):
        c = sm.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    r = 5
    for band, risks in HH:
        for (risk, owner, inh, ctl, res, tgt, trend, acts) in risks:
            vals = [risk.split(" ", 1)[0], owner, inh, res, tgt, trend]
            for j, v in enumerate(vals):
                c = sm.cell(row=r, column=1 + j, value=v)
                c.border = BOX
            sm.cell(row=r, column=4).fill = fill(score_fill(res))
            r += 1
    sm.cell(row=r + 1, column=1, value="Risks outside appetite (residual score 15 or more): 1 (SR07)")
    sm.column_dimensions["A"].width = 12
    sm.column_dimensions["B"].width = 34

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = HH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Q2 position (30 September 2025) – presented to Audit & Risk Committee, 11 November 2025"
    ws["A3"] = ("Risks scored Likelihood x Impact (1–5). Residual score = score after current controls. "
                "Target score = score once further actions are complete.")
    hdr = ["Risk", "Risk owner", "Inherent score (L x I)", "Key controls in place", "Residual score (L x I)",
           "Target score", "Direction of travel", "Action ref", "Further actions to reach target score",
           "Action owner", "Due date", "Action status"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for band, risks in HH:
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        for (risk, owner, inh, ctl, res, tgt, trend, acts) in risks:
            top = r
            for (aref, text, aown, due, st) in acts:
                for col, v in ((8, aref), (9, text), (10, aown), (11, due), (12, st)):
                    c = ws.cell(row=r, column=col, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                f = HH_STATUS_FILL[st]
                if f:
                    ws.cell(row=r, column=12).fill = fill(f)
                    if st in ("Complete", "Off track"):
                        ws.cell(row=r, column=12).font = Font(color="FFFFFF")
                for j in range(12):
                    ws.cell(row=r, column=1 + j).alignment = WRAP
                    ws.cell(row=r, column=1 + j).border = BOX
                r += 1
            for col, v in ((1, risk), (2, owner), (3, inh), (4, ctl), (5, res), (6, tgt), (7, trend)):
                ws.cell(row=top, column=col, value=v)
                if r - 1 > top:
                    ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
            ws.cell(row=top, column=3).fill = fill(score_fill(inh))
            ws.cell(row=top, column=5).fill = fill(score_fill(res))
            ws.cell(row=top, column=6).fill = fill(score_fill(tgt))
    widths = [40, 22, 11, 40, 11, 10, 9, 7, 48, 26, 13, 12]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w

    ky = wb.create_sheet("Scoring & key")
    ky["A1"] = "Risk scoring"
    ky["A1"].font = Font(bold=True)
    lines = [("15–25", "High – outside appetite, reported to Board", "FF0000"),
             ("8–12", "Medium – managed by Executive Team", "FFC000"),
             ("1–6", "Low – managed by risk owner", "00B050")]
    for i, (a, b, f) in enumerate(lines):
        ky.cell(row=2 + i, column=1, value=a).fill = fill(f)
        ky.cell(row=2 + i, column=2, value=b)
    ky["A6"] = "Action status"
    ky["A6"].font = Font(bold=True)
    sk = [("Complete", "Action delivered", "0070C0"), ("On track", "Due date will be met", "00B050"),
          ("At risk", "Due date may be missed", "FFC000"), ("Off track", "Due date will be missed", "FF0000"),
          ("Not started", "Not yet due to start", None)]
    for i, (a, b, f) in enumerate(sk):
        c = ky.cell(row=7 + i, column=1, value=a)
        if f:
            c.fill = fill(f)
        ky.cell(row=7 + i, column=2, value=b)
    ky["A13"] = "Direction of travel: ↑ risk increasing   ↔ no change   ↓ risk reducing"
    ky.column_dimensions["A"].width = 14
    ky.column_dimensions["B"].width = 44
    wb.save(out(HH_NAME))


# ---------------------------------------------------------------------------
# 3. Staffordshire University - internal audit tracker, typo month -> refuse (xlsx)
# ---------------------------------------------------------------------------
SU_NAME = "sp-staffordshire-university-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
SU_TITLE = "Staffordshire University – Internal Audit Recommendations Tracker"
# (band, [(rec no, priority, recommendation, action, officer, original, revised, status, update)])
SU = [
    ("2023/24 – Student Attendance Monitoring (UKVI sponsor compliance) – Limited assurance", [
        ("1", "High",
         "Attendance data for Student Route sponsored students is held in three systems and is not "
         "reconciled. The University should establish a single record of attendance.",
         "Configure SEAtS as the single record of attendance for sponsored students and reconcile monthly "
         "to SITS.", "Head of International Compliance", D(2024, 7, 31), D(2024, 10, 31), "Complete",
         "SEAtS live for all sponsored students from September 2024; first reconciliation October 2024."),
        ("2", "High",
         "Withdrawals of sponsored students were not always reported to UKVI within 10 working days.",
         "Introduce a weekly report of withdrawals and suspensions for sponsored students, checked by a "
         "second officer before reporting to UKVI.", "Head of International Compliance",
         D(2024, 6, 30), None, "Complete", "Weekly report in place since June 2024."),
        ("3", "Medium",
         "Academic schools do not consistently follow up students who miss three consecutive "
         "engagement points.",
         "Issue revised engagement monitoring guidance to all schools and include follow-up rates in the "
         "quarterly compliance report to ARC.", "Academic Registrar", D(2024, 12, 31), D(2025, 3, 31),
         "In progress", "Guidance drafted; awaiting Academic Board approval in March 2025."),
    ]),
    ("2023/24 – Accounts Payable and Supplier Bank Detail Changes – Reasonable assurance", [
        ("1", "High",
         "Requests to change supplier bank details were not always verified by a call-back to a known "
         "contact.",
         "Make a documented call-back to a verified contact mandatory for all bank detail changes and "
         "retain evidence in Unit4.", "Finance Operations Manager", D(2024, 5, 31), None, "Complete",
         "Procedure updated May 2024; sample check by Internal Audit found full compliance."),
        ("2", "Medium",
         "The supplier master file contains 1,842 suppliers with no transactions in the last two years.",
         "Archive dormant suppliers and set a six-monthly review of the supplier master file.",
         "Finance Operations Manager", D(2024, 11, 30), "Febuary 2025", "In progress",
         "First cleanse complete (1,406 archived); review schedule to be agreed."),
    ]),
    ("2024/25 – Research Grant Costing and Pricing – Reasonable assurance", [
        ("1", "Medium",
         "Full economic costing (fEC) of bids is not always approved by the Research Office before "
         "submission.",
         "Add a mandatory Research Office approval step to the Worktribe bid workflow.",
         "Director of Research and Innovation Services", D(2025, 4, 30), None, "Not started",
         "Workflow change scheduled for April release."),
        ("2", "Low",
         "The pricing policy for commercial research has not been reviewed since 2019.",
         "Review and update the research pricing policy and take it to Finance Committee for approval.",
         "Head of Research Finance", D(2025, 6, 30), None, "Not started", ""),
    ]),
]
SU_REFUSE_ROW = None  # filled in by make_su


def make_su():
    global SU_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = SU_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – position at 31 January 2025 (for the meeting of 18 February 2025)"
    ws["A3"] = "Prepared by Governance and Assurance. Internal auditors: RSM UK Risk Assurance Services LLP."
    hdr = ["Rec no.", "Priority", "Finding / recommendation", "Agreed management action",
           "Responsible officer", "Original implementation date", "Revised implementation date", "Status",
           "Latest update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    n_done = n_open = 0
    for band, recs in SU:
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = fill("F2F2F2")
        r += 1
        for rec in recs:
            for j, v in enumerate(rec):
                if v is None or v == "":
                    continue
                c = ws.cell(row=r, column=1 + j, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if v == "Febuary 2025":
                    SU_REFUSE_ROW = r
            for j in range(9):
                ws.cell(row=r, column=1 + j).alignment = WRAP
                ws.cell(row=r, column=1 + j).border = BOX
            if rec[7] == "Complete":
                n_done += 1
            else:
                n_open += 1
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=f"Total recommendations: {n_done + n_open}   Complete: {n_done}   Open: {n_open}")
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths = [8, 9, 44, 44, 26, 14, 14, 12, 44]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    wb.save(out(SU_NAME))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Leiston Surgery - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
LS_NAME = "sp-leiston-surgery-cqc-inspection-action-plan.docx"
LS_TITLE = "Leiston Surgery – CQC Inspection Action Plan"
LS_FILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
# sections: (heading or None, [(statement, [(ref, action, lead, target, progress, rag)])])
LS_MUST = [
    ("Regulation 12: Safe care and treatment", [
        ("The provider must ensure care and treatment is provided in a safe way, in particular the "
         "monitoring of patients prescribed high-risk medicines and the management of safety alerts.",
         [("M1.1",
           "Run monthly searches for patients prescribed methotrexate, lithium, DOACs and ACE "
           "inhibitors/ARBs and recall any patient overdue required blood monitoring.",
           "Clinical Pharmacist", "31/10/2024",
           "Searches run monthly since October; 3 patients overdue at the January audit, all recalled.", "G"),
          ("M1.2",
           "Introduce a safety alert log with a named GP partner responsible for reviewing each MHRA alert "
           "and recording the action taken.",
           "Dr S Bhatt / Practice Manager", "End of September 2024",
           "Log in place; reviewed at the monthly clinical meeting.", "B"),
          ("M1.3",
           "Re-audit the 2023 sample of patients with a possible missed diagnosis of chronic kidney disease "
           "and code them correctly.",
           "Dr R Mensah", "December 2024",
           "Re-audit 60% complete – delayed by winter workload.", "A")]),
    ]),
    ("Regulation 17: Good governance", [
        ("The provider must establish effective systems and processes to ensure good governance, including "
         "oversight of staff training, recruitment checks and infection prevention and control.",
         [("M2.1",
           "Set up a single training matrix for all clinical and non-clinical staff, with overdue training "
           "reported at the monthly partners’ meeting.",
           "Practice Manager", "30/11/2024",
           "Matrix in place; compliance 96% in December.", "B"),
          ("M2.2",
           "Complete DBS and immunisation status checks for all staff and hold the records on the staff file.",
           "HR & Admin Lead", "31/10/2024",
           "Overdue – immunisation records for two staff still outstanding.", "R")]),
    ]),
]
LS_SHOULD = [
    ("The provider should continue to improve the uptake of cervical screening.",
     [("S1",
       "Offer cervical screening appointments on Saturday mornings and evenings at the extended access "
       "hub, and send text reminders to eligible patients who have not attended.",
       "Lead Practice Nurse", "Monthly review",
       "Uptake 74.1% (Q3), up from 71.8%.", "G")]),
    ("The provider should take action to improve patient satisfaction with access to the practice by "
     "telephone.",
     [("S2",
       "Move to a cloud-based telephony system with call-back and queue position messages.",
       "Practice Manager and PPG Chair", "31/03/2025",
       "Contract signed with supplier; installation booked for February.", "G")]),
]


def ls_table(doc, blocks):
    hdr = ["Ref", "What we will do", "Lead", "Target date", "Progress update (January 2025)", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_text(t.rows[0].cells[j], h, bold=True, size=9)
        shade(t.rows[0].cells[j], "D9E2F3")
    for statement, acts in blocks:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_text(m, statement, bold=True, size=9)
        shade(m, "F2F2F2")
        for (ref, action, lead, target, prog, rag) in acts:
            row = t.add_row()
            for j, v in enumerate([ref, action, lead, target, prog, ""]):
                set_text(row.cells[j], v, size=9)
            shade(row.cells[5], LS_FILL[rag])
    return t


def make_ls():
    doc = docx.Document()
    doc.add_heading(LS_TITLE, level=0)
    doc.add_paragraph("Inspection date: 9 July 2024    Report published: 3 September 2024    "
                      "Overall rating: Requires improvement (Safe and Well-led: Requires improvement)")
    doc.add_paragraph("This plan sets out how the partners will respond to the requirement notices and the "
                      "areas where the practice should improve identified in the CQC report. It is reviewed "
                      "at the monthly partners’ meeting and shared with the Patient Participation Group.")
    p = doc.add_paragraph()
    p.add_run("Document control").bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Reviewed by", "Comments"]):
        set_text(dc.rows[0].cells[j], h, bold=True, size=9)
    for r in [("1.0", "30/09/2024", "Partners’ meeting", "Submitted to CQC"),
              ("1.1", "11/11/2024", "Partners’ meeting", "Progress update"),
              ("1.2", "13/01/2025", "Partners’ meeting", "Progress update")]:
        row = dc.add_row()
        for j, v in enumerate(r):
            set_text(row.cells[j], v, size=9)
    doc.add_heading("Requirement notices (must do)", level=1)
    for heading, blocks in LS_MUST:
        doc.add_heading(heading, level=2)
        ls_table(doc, blocks)
        doc.add_paragraph("")
    doc.add_heading("Should do", level=1)
    ls_table(doc, LS_SHOULD)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – some slippage, recovery in hand; "
                      "Red – overdue.")
    doc.add_paragraph("Signed on behalf of the partners: Dr S Bhatt, Senior Partner    Date: 13/01/2025")
    doc.save(out(LS_NAME))


# ---------------------------------------------------------------------------
# 5. Felixstowe School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
FS_NAME = "sp-felixstowe-school-post-ofsted-action-plan.docx"
FS_TITLE = "Felixstowe School – Post-Ofsted Action Plan 2024–25"
FS_RAG_FILL = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
FS = [
    ("1. Leaders have not ensured that the curriculum in some subjects is sequenced well enough for pupils "
     "to build their knowledge over time. Leaders should ensure that subject plans identify the important "
     "knowledge pupils need to learn and when.",
     [("1a", "Subject leaders in history, geography and RE to rewrite key stage 3 curriculum maps, "
             "identifying the core knowledge and the order in which it is taught.",
       "Deputy Headteacher (Curriculum)", "Autumn term 2024",
       "Curriculum maps quality-assured by SLT link; deep dives show pupils recall prior learning.",
       "Complete"),
      ("1b", "Fortnightly subject leader CPD led by the trust’s curriculum lead on retrieval practice and "
             "assessment.",
       "Assistant Headteacher – Teaching & Learning; Trust Curriculum Lead", "Termly",
       "All subject leaders use retrieval starters; assessment calendar aligned to curriculum maps.",
       "Green")]),
    ("2. Pupils with special educational needs and/or disabilities (SEND) do not consistently receive the "
     "support they need in lessons. Leaders should ensure that teachers use the information about pupils’ "
     "needs to adapt their teaching.",
     [("2a", "Rewrite pupil passports for all pupils on the SEND register with no more than three classroom "
             "strategies each, shared with staff on Arbor.",
       "SENDCo", "By February half-term 2025",
       "Passports in use in all lessons; learning walks show strategies used.", "Amber"),
      ("2b", "Learning walks focused on adaptive teaching, with feedback to staff and follow-up within two "
             "weeks.",
       "SENDCo and Heads of Faculty", "Summer term 2025",
       "Pupil voice shows SEND pupils feel supported; gap in outcomes narrows.", "Green")]),
    ("3. Too many pupils, including disadvantaged pupils, are persistently absent. Leaders should continue "
     "to work with families to improve attendance.",
     [("3a", "Appoint an attendance officer and introduce first-day calling and a home visit on the third "
             "day of absence.",
       "Assistant Headteacher – Behaviour & Attendance", "September 2024",
       "Officer in post; first-day calling in place.", "Complete"),
      ("3b", "Monthly attendance panel meetings with the families of persistently absent pupils, with "
             "referral to the local authority where support is refused.",
       "Attendance Officer", "Monthly from October 2024",
       "Persistent absence below 20% (national average).", "Amber")]),
]


def make_fs():
    doc = docx.Document()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(FS_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Ofsted inspection: 12–13 March 2024    Overall effectiveness: Requires improvement")
    doc.add_paragraph("Plan approved by the Local Governing Body: 24 April 2024    Reviewed: January 2025")
    doc.add_heading("What the school needs to do to improve", level=2)
    hdr = ["Area for improvement", "Ref", "Actions", "Lead(s)", "Timescale", "Success criteria",
           "RAG (Jan 2025)"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_text(t.rows[0].cells[j], h, bold=True, size=9)
        shade(t.rows[0].cells[j], "C6E0B4")
    for afi, acts in FS:
        first = len(t.rows)
        for (ref, act, lead, when, succ, rag) in acts:
            row = t.add_row()
            for j, v in enumerate([ref, act, lead, when, succ, rag]):
                set_text(row.cells[1 + j], v, size=9)
            shade(row.cells[6], FS_RAG_FILL[rag])
        last = len(t.rows) - 1
        m = t.cell(first, 0).merge(t.cell(last, 0))
        set_text(m, afi, size=9)
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete = action completed and impact evidenced; Green = on track; "
                      "Amber = progress slower than planned; Red = not started or significant concern.")
    p = doc.add_paragraph()
    p.add_run("Sign-off").bold = True
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Headteacher", "Chair of the Local Governing Body", "Date"]):
        set_text(so.rows[0].cells[j], h, bold=True, size=9)
    for j, v in enumerate(["Mrs J Howard", "Mr P Oduya", "24/04/2024"]):
        set_text(so.rows[1].cells[j], v, size=9)
    doc.save(out(FS_NAME))


# ---------------------------------------------------------------------------
# 6. Professional Standards Authority - Board action log (csv)
# ---------------------------------------------------------------------------
PSA_NAME = "sp-professional-standards-authority-board-action-log.csv"
PSA_TITLE = "Professional Standards Authority for Health and Social Care – Board action log (public session)"
PSA_HDR = ["Ref", "Meeting", "Item", "Action", "Owner", "Due", "RAG", "Update"]
PSA = [
    ("BD 24/09/03", "18/09/2024", "5",
     "Circulate the revised timetable for the 2024/25 performance reviews of the ten regulators to Board "
     "members.", "Director of Regulation and Accreditation", "Oct-24", "Blue",
     "Circulated 2 October 2024. Propose to close."),
    ("BD 24/09/07", "18/09/2024", "9",
     "Bring a paper on options for strengthening the Accredited Registers programme, including public "
     "protection requirements, to a future Board seminar.",
     "Head of Accreditation / Director of Regulation and Accreditation", "Mar-25", "Green",
     "Scheduled for the March 2025 Board seminar."),
    ("BD 24/11/02", "20/11/2024", "4",
     "Revise the strategic risk register to separate the regulatory reform timetable risk from the funding "
     "risk, and bring it back to the Audit and Risk Committee.",
     "Head of Governance", "Feb 2025", "Green", "Draft reviewed by the Executive Team on 8 January."),
    ("BD 24/11/05", "20/11/2024", "7",
     "Publish the Safer care for all progress update, with a short summary for patients and the public.\n"
     "Include the data on concerns raised by people with protected characteristics.",
     "Director of Communications", "31/01/2025", "Amber",
     "Publication moved to February to align with the Chair’s speech."),
    ("BD 24/11/06", "20/11/2024", "8",
     "Provide the Board with a breakdown of section 29 appeals by regulator and outcome for the last five "
     "years.", "AC/HR", "Next meeting", "Green", ""),
    ("BD 25/01/01", "15/01/2025", "3",
     "Write to the Department of Health and Social Care setting out the Board’s views on the sequencing of "
     "reform of the regulators’ legislation.", "Chair", "Feb-25", "Green", "Letter in draft."),
    ("BD 25/01/04", "15/01/2025", "6",
     "Add the results of the cyber security maturity assessment to the agenda of the next Audit and Risk "
     "Committee.", "Director of Corporate Services", "Mar-25", "", ""),
]


def make_psa():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    pad = [""] * (len(PSA_HDR) - 1)
    w.writerow([PSA_TITLE] + pad)
    w.writerow(["Updated following the Board meeting of 15 January 2025"] + pad)
    w.writerow([""] * len(PSA_HDR))
    w.writerow(PSA_HDR)
    for row in PSA:
        w.writerow(list(row))
    w.writerow([""] * len(PSA_HDR))
    w.writerow(["RAG key: Blue = complete (to be removed at the next meeting); Green = on track; "
                "Amber = at risk of missing the due date; Red = overdue"] + pad)
    with open(out(PSA_NAME), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Suffolk Constabulary - police custody inspection action plan (txt)
# ---------------------------------------------------------------------------
SC_NAME = "sp-suffolk-constabulary-police-custody-inspection-action-plan.txt"
SC_TITLE = "Suffolk Constabulary - Police Custody Inspection Improvement Action Plan"
# (section, [(label, text, [(ref, action, owner, due, revised, status, update_lines)])])
SC = [
    ("1. LEADERSHIP, ACCOUNTABILITY AND PARTNERSHIPS", [
        ("Recommendation 1 (cause of concern)",
         "The force and its partners should ensure that detainees assessed as needing admission to hospital "
         "under the Mental Health Act are moved without delay.",
         [("1.1",
           "Escalate every detainee waiting more than 24 hours for a Mental Health Act bed to the on-call "
           "Superintendent and the ICB duty director, and record the escalation on the custody record.",
           "Custody Inspector (Martlesham) / Mental Health Liaison Lead", "August 2024", None, "C",
           ["Escalation protocol agreed with NSFT and SNEE ICB; in use since 5 August 2024."]),
          ("1.2",
           "Agree a joint data set with Norfolk and Suffolk NHS Foundation Trust on waits for Mental Health "
           "Act assessment and beds, reviewed at the Suffolk Crisis Care Concordat.",
           "Chief Inspector, Custody", "31/03/2025", None, "A",
           ["Data set drafted; NSFT data sharing agreement awaiting sign-off.",
            "Next review at the February Concordat meeting."])]),
    ]),
    ("2. IN THE CUSTODY SUITE: BOOKING IN, INDIVIDUAL NEEDS AND LEGAL RIGHTS", [
        ("Area for improvement 3",
         "Detainees should be booked in promptly and in private, and their needs should be identified "
         "accurately.",
         [("3.1",
           "Install acoustic screening at the booking-in desks at Martlesham and Bury St Edmunds and review "
           "the position of the booking-in cameras.",
           "Head of Estates and Facilities", "30/09/2024", "30/11/2024", "C",
           ["Screens fitted at both suites 18 November 2024."]),
          ("3.2",
           "Refresh custody staff training on the risk assessment questions, including how to ask about "
           "self-harm and mental health sensitively.",
           "Custody Training Sergeant", "Q4 2024/25", None, "G",
           ["Input added to the custody refresher day; 64% of custody staff trained so far."])]),
    ]),
    ("3. IN THE CUSTODY SUITE: TAKING CARE OF DETAINEES", [
        ("Area for improvement 6",
         "Detainees should be able to consult a health care professional in private, and confidential "
         "medical information should not be recorded on the custody record.",
         [("6.1",
           "Agree with the healthcare provider that consultations take place with the cell door closed "
           "unless a risk assessment says otherwise, and audit compliance monthly.",
           "Healthcare Contract Manager; Custody Inspectors", "Monthly audit - ongoing", None, "G",
           ["Protocol agreed October 2024. December audit: 91% of consultations in private."])]),
        ("Area for improvement 7",
         "Detainees held for long periods should be offered a shower, outside exercise and something to "
         "occupy them.",
         [("7.1",
           "Provide reading material and distraction packs in all cells and add the offer of a shower and "
           "exercise to the custody record prompts.",
           "Custody Sergeants (all shifts)", "Jan-25", None, "R",
           ["Packs in place. Custody record prompt change not yet scheduled by the Athena consortium."])]),
    ]),
    ("4. RELEASE AND TRANSFER FROM CUSTODY", [
        ("Area for improvement 9",
         "Pre-release risk assessments should be completed thoroughly for all detainees, and vulnerable "
         "detainees should be supported to get home safely.",
         [("9.1",
           "Dip-sample 20 pre-release risk assessments a month and feed back the findings to custody "
           "sergeants through the custody newsletter.",
           "Custody Inspector (Bury St Edmunds)", "February 2025", None, "Not started", [])]),
    ]),
]


def make_sc():
    L = []
    L.append(SC_TITLE)
    L.append("Report on an unannounced inspection visit to police custody suites in Suffolk by HM Inspectorate "
             "of Prisons and HM Inspectorate of Constabulary and Fire & Rescue Services")
    L.append("Fieldwork: 3-14 June 2024    Report published: 22 October 2024")
    L.append("")
    L.append("Plan owner: Superintendent, Criminal Justice and Custody")
    L.append("Governance: Custody Strategic Group (monthly); Joint Audit Committee (quarterly)")
    L.append("Version 4 - updated 16 January 2025")
    L.append("")
    L.append("Status key:  G = on track   A = at risk   R = off track   "
             "C = complete (evidence signed off by Custody Strategic Group)")
    L.append("")
    rule = "-" * 72
    counts = {}
    for sec, items in SC:
        L.append(rule)
        L.append(sec)
        L.append(rule)
        L.append("")
        for label, text, acts in items:
            L.append(label)
            L.append(text)
            L.append("")
            for (ref, act, owner, due, rev, st, upd) in acts:
                counts[st] = counts.get(st, 0) + 1
                L.append(f"  {ref:<5}{act}")
                L.append(f"       Owner:   {owner}")
                if rev:
                    L.append(f"       Due:     {due}    Revised: {rev}")
                else:
                    L.append(f"       Due:     {due}")
                L.append(f"       Status:  {st}")
                if upd:
                    L.append(f"       Update:  {upd[0]}")
                    for u in upd[1:]:
                        L.append(f"                {u}")
                L.append("")
    L.append(rule)
    total = sum(counts.values())
    L.append(f"Summary: {total} actions - C {counts.get('C', 0)}, G {counts.get('G', 0)}, "
             f"A {counts.get('A', 0)}, R {counts.get('R', 0)}, not started {counts.get('Not started', 0)}")
    L.append("Areas of good practice and the remaining areas for improvement are monitored on the Custody "
             "Strategic Group risk log.")
    with open(out(SC_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def main():
    make_crh()
    make_hh()
    make_su()
    make_ls()
    make_fs()
    make_psa()
    make_sc()
    print("refuse row (Staffordshire):", SU_REFUSE_ROW)


if __name__ == "__main__":
    main()
