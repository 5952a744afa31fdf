#!/usr/bin/env python
"""Build the seven vb- cases of heldout525 (data files and their .expected.yaml).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Each case keeps its actions as data: the text written into the file and, beside it,
the reading a person makes of it (ref, under, lead, end, status), written by hand.
"""
import csv
import io
import os
from datetime import datetime as dt

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "00B0F0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=4096,
                       default_flow_style=False)


def box_range(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. East Sussex Fire & Rescue Service - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def esfrs():
    name = "vb-east-sussex-fire-rescue-service-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "East Sussex Fire & Rescue Service"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Internal Audit Recommendations – Implementation Tracker"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Report to: Scrutiny & Audit Panel – 13 March 2025"
    cov["A4"] = "Position as at: 28 February 2025"
    cov["A6"] = "Prepared by: Assistant Director Resources/Treasurer, with Orbis Internal Audit"
    cov["A8"] = "RAG key (the RAG column on the Tracker sheet is colour-coded)"
    cov["A8"].font = Font(bold=True)
    key = [(BLUE, "Implemented – verified by Orbis Internal Audit"),
           (GREEN, "On track to be implemented by the agreed date"),
           (AMBER, "Revised date agreed – progressing"),
           (RED, "Overdue / no revised date agreed")]
    for i, (h, t) in enumerate(key):
        cov.cell(row=9 + i, column=1).fill = fill(h)
        cov.cell(row=9 + i, column=1).border = BOX
        cov.cell(row=9 + i, column=2, value=t)
    cov["A14"] = ("Priority: High – fundamental control weakness; Medium – significant weakness; "
                  "Low – minor weakness or best practice")
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 60

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of open and recently implemented recommendations"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Audit", "Assurance", "Recommendations", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, 1):
        c = summ.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
    rows = [("Payroll and Pensions 2023/24", "Reasonable", 2, 1, 0, 1, 0),
            ("Fleet and Equipment Management 2024/25", "Partial", 3, 1, 1, 1, 0),
            ("ICT Disaster Recovery 2024/25", "Partial", 3, 0, 1, 1, 1),
            ("Total", "", 8, 2, 2, 3, 1)]
    for i, r in enumerate(rows):
        for j, v in enumerate(r, 1):
            summ.cell(row=4 + i, column=j, value=v)
    for j in range(1, 8):
        summ.cell(row=7, column=j).font = Font(bold=True)
    box_range(summ, "A3:G7")
    summ.column_dimensions["A"].width = 42

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "ESFRS Internal Audit Recommendations Tracker – February 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Recommendations from Orbis Internal Audit reports 2023/24 and 2024/25 "
                "not yet closed by the Panel")
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
           "Original target date", "Revised target date", "Progress update (February 2025)", "RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    widths = [9, 9, 42, 48, 26, 12, 12, 44, 7]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[j]].width = w

    A1 = "Payroll and Pensions 2023/24 – Reasonable Assurance"
    A2 = "Fleet and Equipment Management 2024/25 – Partial Assurance"
    A3 = "ICT Disaster Recovery 2024/25 – Partial Assurance"
    R_PAY1 = ("Leaver notifications should be received by Payroll before the monthly cut-off so "
              "that overpayments are avoided.")
    R_PAY2 = "Pay variations should be independently checked before each payroll run is finalised."
    R_FEM1 = ("Vehicle and equipment defects should be assessed and closed within the timescales set "
              "out in the Fleet Management Policy, with overdue defects escalated.")
    R_FEM3 = ("The Service should maintain a complete asset register of operational equipment, "
              "including items held on stations.")
    R_ICT1 = ("The IT disaster recovery plan should be tested at least annually and the results "
              "reported to the Senior Leadership Team.")
    R_ICT2 = ("Recovery time objectives should be agreed with system owners and based on a business "
              "impact assessment.")
    R_ICT3 = "Backup restore tests should be documented and retained as evidence."

    # (kind, ...) rows
    layout = [
        ("band", A1),
        ("row", "PAY-01", "Medium", R_PAY1,
         "Update the leavers checklist so that line managers submit the termination form at least "
         "10 working days before the last day of service, and issue a monthly reminder via HR "
         "Business Partners.",
         "HR Operations Manager", dt(2024, 3, 31), dt(2024, 9, 30),
         "Revised leavers checklist issued July 2024; Orbis verified in the October 2024 follow-up.",
         "blue", ["HR Operations Manager"], "2024-09"),
        ("row", "PAY-02", "Low", R_PAY2,
         "Payroll Team Leader to complete and evidence a monthly 10% sample check of pay variations "
         "before BACS submission.",
         "Payroll Team Leader", dt(2024, 6, 30), dt(2025, 3, 31),
         "Sample checks started December 2024; three months of evidence to be provided to Orbis.",
         "amber", ["Payroll Team Leader"], "2025-03"),
        ("band", A2),
        ("row", "FEM-01", "High", R_FEM1,
         "Clear the backlog of open defects older than 28 days and introduce a weekly defect report "
         "for review at the Fleet meeting.",
         "Fleet & Engineering Manager", dt(2024, 12, 31), None,
         "Backlog of 41 open defects cleared; weekly report reviewed at Fleet meeting since January.",
         "blue", ["Fleet & Engineering Manager"], "2024-12"),
        ("cont", "FEM-02", "High", None,
         "Develop a defect dashboard so that Station Commanders can see and escalate overdue "
         "defects for appliances at their stations.",
         "Fleet & Engineering Manager; Station Commanders", dt(2025, 3, 31), None,
         "Dashboard in user testing; launch planned for March.",
         "green", ["Fleet & Engineering Manager", "Station Commanders"], "2025-03"),
        ("row", "FEM-03", "Medium", R_FEM3,
         "Complete the barcode tagging of operational equipment at all 24 fire stations and "
         "reconcile it to the asset register.",
         "Operational Equipment Officer", dt(2024, 11, 30), dt(2025, 4, 30),
         "Tagging delayed by supplier; 15 of 24 stations complete.",
         "amber", ["Operational Equipment Officer"], "2025-04"),
        ("band", A3),
        ("row", "ICT-01", "High", R_ICT1,
         "Arrange a full failover test of the secondary data centre with the supplier and report "
         "the outcome to SLT.",
         "Head of ICT", dt(2025, 1, 31), None,
         "No test date yet agreed with the supplier; escalated to the contract review meeting.",
         "red", ["Head of ICT"], "2025-01"),
        ("row", "ICT-02", "Medium", R_ICT2,
         "Carry out business impact assessments for the 12 critical systems and agree recovery "
         "time objectives with each system owner.",
         "Head of ICT / Information Governance Manager", dt(2025, 3, 31), None,
         "BIA template circulated; 7 of 12 returned.",
         "green", ["Head of ICT", "Information Governance Manager"], "2025-03"),
        ("row", "ICT-03", "Low", R_ICT3,
         "Introduce a restore test log and record a quarterly test restore for each critical "
         "system.",
         "ICT Service Desk Manager", dt(2025, 2, 28), dt(2025, 6, 30),
         "Log created; first quarterly restores scheduled for April.",
         "amber", ["ICT Service Desk Manager"], "2025-06"),
    ]
    actions = []
    r = 5
    band = None
    rec = None
    rec_start = None
    for item in layout:
        if item[0] == "band":
            band = item[1]
            c = ws.cell(row=r, column=1, value=band)
            c.font = Font(bold=True)
            for j in range(1, 10):
                ws.cell(row=r, column=j).fill = fill("F2DCDB")
                ws.cell(row=r, column=j).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        kind, ref, prio, recx, action, lead, orig, rev, upd, rag, leads, end = item
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=2, value=prio)
        if kind == "row":
            rec = recx
            rec_start = r
            ws.cell(row=r, column=3, value=rec)
        else:
            ws.merge_cells(start_row=rec_start, start_column=3, end_row=r, end_column=3)
        ws.cell(row=r, column=4, value=action)
        ws.cell(row=r, column=5, value=lead)
        c = ws.cell(row=r, column=6, value=orig)
        c.number_format = "dd/mm/yyyy"
        if rev is not None:
            c = ws.cell(row=r, column=7, value=rev)
            c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=8, value=upd)
        for j in range(1, 10):
            ws.cell(row=r, column=j).border = BOX
            ws.cell(row=r, column=j).alignment = WRAP
        ws.cell(row=r, column=9).fill = fill(FILL[rag])
        actions.append(act(ref, [band, rec], action, leads, end, rag))
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Note: recommendations shown blue will be removed from the tracker once noted "
                  "by the Panel.").font = Font(italic=True)
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates an English fire and rescue service's internal audit recommendations tracker "
                "as taken to its fire authority's Scrutiny & Audit Panel (East Sussex Fire & Rescue "
                "Service, 2025; audits by Orbis Internal Audit). Copied features: cover sheet with title "
                "block and a colour-only RAG key, a summary sheet of counts per audit, a tracker sheet "
                "with a merged banner title, audit-report band rows with assurance opinion, one "
                "recommendation merged over two agreed actions, original and revised target dates as "
                "real dates, progress updates and a RAG column that is fill colour with no text."),
        reads=("A three-sheet workbook: a cover with the key, a summary of counts, and the tracker, "
               "where eight agreed actions sit under three audit reports (Payroll, Fleet, ICT DR), each "
               "answering a recommendation. Status is shown only by the fill of the RAG cell (blue = "
               "implemented), and where a revised target date is given it replaces the original."),
        outcome="read",
        title="Internal Audit Recommendations – Implementation Tracker",
        actions=actions,
    )
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. David Ross Education Trust - strategic risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def dret():
    name = "vb-david-ross-education-trust-strategic-risk-register-2025-26.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "David Ross Education Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Strategic Risk Register 2025/26"
    cov["A2"].font = Font(bold=True, size=13)
    dc = [("Version", "2.1"), ("Date", "10 November 2025"),
          ("Owner", "Chief Financial and Operating Officer"),
          ("Reviewed by", "Audit & Risk Committee, 25 November 2025"),
          ("Next review", "February 2026 (Spring term review)"),
          ("Classification", "Official – trustees and executive only")]
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate(dc):
        cov.cell(row=5 + i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=5 + i, column=2, value=v)
    box_range(cov, "A5:B10")
    cov["A12"] = "Version history"
    cov["A12"].font = Font(bold=True)
    vh = [("Version", "Date", "Change"),
          ("1.0", "September 2025", "Register rolled forward from 2024/25 and re-scored by Executive"),
          ("2.0", "October 2025", "SR4 Pupil numbers added; SR2 re-scored after external audit scoping"),
          ("2.1", "November 2025", "Action updates for Audit & Risk Committee")]
    for i, row in enumerate(vh):
        for j, v in enumerate(row, 1):
            c = cov.cell(row=13 + i, column=j, value=v)
            if i == 0:
                c.font = Font(bold=True)
    box_range(cov, "A13:C16")
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 44
    cov.column_dimensions["C"].width = 60

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Residual risk heat map – November 2025"
    hm["A1"].font = Font(bold=True, size=12)
    hm["A3"] = "Impact →  /  Likelihood ↓"
    for i in range(5):
        hm.cell(row=3, column=2 + i, value=i + 1).font = Font(bold=True)
        hm.cell(row=4 + i, column=1, value=5 - i).font = Font(bold=True)
    placed = {(2, 5): "SR1", (2, 4): "SR2", (3, 4): "SR3", (3, 3): "SR4", (4, 4): "SR5"}
    for li in range(1, 6):
        for im in range(1, 6):
            c = hm.cell(row=4 + (5 - li), column=1 + im)
            s = li * im
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
            c.border = BOX
            if (li, im) in placed:
                c.value = placed[(li, im)]
                c.font = Font(bold=True)

    ws = wb.create_sheet("Register")
    ws["A1"] = "Strategic Risk Register 2025/26 – Autumn review"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:O1")
    ws["A2"] = ("Scores: Likelihood (L) × Impact (I), each 1–5. Residual score is after existing "
                "controls. Target date and status apply to the further action.")
    ws.merge_cells("A2:O2")
    hdr = ["Risk", "Risk description", "Risk owner", "Inherent L", "Inherent I", "Inherent score",
           "Existing controls", "Residual L", "Residual I", "Residual score", "Action ref",
           "Further action required", "Action owner", "Target date", "Action status"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    widths = [22, 40, 18, 7, 7, 8, 38, 7, 7, 8, 8, 48, 24, 14, 10]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w

    C1 = "1. Education and Standards"
    C2 = "2. Finance and Sustainability"
    C3 = "3. Estates and Health & Safety"
    risks = [
        ("cat", C1),
        ("risk", "SR1 – Educational standards",
         "Pupil outcomes or Ofsted judgements at one or more academies fall below expectations, "
         "leading to intervention, loss of reputation and falling admissions.",
         "Chief Education Officer", (3, 5), "Termly academy reviews; Education Standards Committee; "
         "regional directors' monitoring visits; data drops each half term.", (2, 5),
         [("SR1.1", "Deliver targeted support packages for the six academies in the Trust's Rapid "
                    "Improvement group, with termly impact reviews.",
           "Regional Directors of Education", "Summer term 2026", "Green",
           ["Regional Directors of Education"], "2026-07", None, "green"),
          ("SR1.2", "Complete the Trust-wide review of the Key Stage 3 curriculum in English and "
                    "mathematics.",
           "Director of Secondary Curriculum", dt(2025, 12, 31), "Amber",
           ["Director of Secondary Curriculum"], "2025-12", None, "amber")]),
        ("risk", "SR2 – Safeguarding",
         "A serious safeguarding incident occurs because concerns are not identified, recorded or "
         "acted on, causing harm to a child and regulatory action.",
         "Director of Safeguarding", (3, 5), "Safeguarding policy and annual training; DSL network; "
         "termly safeguarding reports to the Board; single central record checks.", (2, 4),
         [("SR2.1", "Commission an external safeguarding audit of all academies and report the "
                    "findings to the Board.",
           "Director of Safeguarding", "Autumn term 2025", "Complete",
           ["Director of Safeguarding"], "2025-12", None, "blue"),
          ("SR2.2", "Roll out the new safeguarding recording platform to all primary academies.",
           "Director of Safeguarding / Head of IT", dt(2026, 3, 31), "Green",
           ["Director of Safeguarding", "Head of IT"], "2026-03", None, "green")]),
        ("cat", C2),
        ("risk", "SR3 – Financial sustainability",
         "Funding does not keep pace with pay awards, energy and SEND costs, so that academies "
         "set deficit budgets and Trust reserves fall below the reserves policy.",
         "Chief Financial and Operating Officer", (4, 4), "Monthly management accounts; budget "
         "challenge meetings; central procurement; reserves policy.", (3, 4),
         [("SR3.1", "Set a balanced three-year budget for every academy using integrated curriculum "
                    "and financial planning (ICFP).",
           "Chief Financial and Operating Officer", dt(2026, 7, 31), "Green",
           ["Chief Financial and Operating Officer"], "2026-07", None, "green"),
          ("SR3.2", "Agree a recovery plan with each academy forecasting an in-year deficit for "
                    "2025/26.",
           "Head of Finance", "Ongoing", "Amber",
           ["Head of Finance"], None, "Ongoing", "amber")]),
        ("risk", "SR4 – Pupil numbers",
         "Falling birth rates in the Trust's regions reduce rolls in primary academies, "
         "reducing income and viability of small schools.",
         "Chief Executive Officer", (4, 3), "Annual admissions forecasting; engagement with local "
         "authority place planning; marketing support for academies.", (3, 3),
         [("SR4.1", "Analyse local authority place-planning data for each region and present "
                    "falling-roll scenarios to the Finance Committee.",
           "Director of Strategy", dt(2026, 2, 28), "Amber",
           ["Director of Strategy"], "2026-02", None, "amber")]),
        ("cat", C3),
        ("risk", "SR5 – Condition of the estate",
         "Ageing buildings and plant fail, forcing partial closure of an academy or a serious "
         "health and safety incident.",
         "Chief Financial and Operating Officer", (4, 5), "Condition surveys; School Condition "
         "Allocation programme; statutory compliance checks; termly H&S audits.", (4, 4),
         [("SR5.1", "Submit Condition Improvement Fund bids for the three highest-priority roof and "
                    "heating projects.",
           "Head of Estates", dt(2025, 12, 31), "Complete",
           ["Head of Estates"], "2025-12", None, "blue"),
          ("SR5.2", "Complete all fire risk assessment actions rated 'high' at every site.",
           "Head of Estates; Health & Safety Manager", "Mar-26", "Red",
           ["Head of Estates", "Health & Safety Manager"], "2026-03", None, "red")]),
    ]
    stat_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    actions = []
    r = 4
    cat = None
    for item in risks:
        if item[0] == "cat":
            cat = item[1]
            ws.cell(row=r, column=1, value=cat).font = Font(bold=True)
            for j in range(1, 16):
                ws.cell(row=r, column=j).fill = fill("D9E1F2")
                ws.cell(row=r, column=j).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)
            r += 1
            continue
        _, title, desc, owner, (il, ii), ctrls, (rl, ri), acts = item
        first = r
        vals = [title, desc, owner, il, ii, il * ii, ctrls, rl, ri, rl * ri]
        for j, v in enumerate(vals, 1):
            ws.cell(row=r, column=j, value=v)
        s = rl * ri
        ws.cell(row=r, column=10).fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
        for (aref, text, aown, tdate, stat, leads, end, end_text, status) in acts:
            ws.cell(row=r, column=11, value=aref)
            ws.cell(row=r, column=12, value=text)
            ws.cell(row=r, column=13, value=aown)
            c = ws.cell(row=r, column=14, value=tdate)
            if isinstance(tdate, dt):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=15, value=stat)
            c.fill = fill(stat_fill[stat])
            for j in range(1, 16):
                ws.cell(row=r, column=j).border = BOX
                ws.cell(row=r, column=j).alignment = WRAP
            actions.append(act(aref, [cat, title], text, leads, end, status, end_text))
            r += 1
        if r - 1 > first:
            for j in range(1, 11):
                ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
    r += 1
    ws.cell(row=r, column=1, value="Action status key:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Green – on track")
    ws.cell(row=r + 2, column=1, value="Amber – some slippage, expected to recover")
    ws.cell(row=r + 3, column=1, value="Red – off track or overdue")
    ws.cell(row=r + 4, column=1, value="Complete – action delivered, risk to be re-scored")
    ws.freeze_panes = "B4"

    sg = wb.create_sheet("Scoring guide")
    sg["A1"] = "Scoring guide"
    sg["A1"].font = Font(bold=True, size=12)
    guide = [("Score", "Likelihood", "Impact"),
             (1, "Rare (<5%)", "Negligible – no effect on pupils or finances"),
             (2, "Unlikely (5–25%)", "Minor – contained within one academy"),
             (3, "Possible (25–50%)", "Moderate – several academies or local press"),
             (4, "Likely (50–80%)", "Major – DfE/ESFA intervention or national press"),
             (5, "Almost certain (>80%)", "Severe – harm to a child, closure or loss of funding agreement")]
    for i, row in enumerate(guide):
        for j, v in enumerate(row, 1):
            sg.cell(row=3 + i, column=j, value=v)
    box_range(sg, "A3:C8")
    sg["A10"] = "Residual score 15–25 red; 8–12 amber; 1–6 green."
    wb.active = 2
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a multi-academy trust's strategic risk register as reviewed by its Audit & "
                "Risk Committee (David Ross Education Trust, 2025/26; layout after the DfE academy "
                "trust risk management guide and registers trusts publish). Copied features: cover "
                "with document-control and version-history tables, a residual heat map sheet, a "
                "scoring guide sheet, and a register with numbered category band rows, risk columns "
                "(description, owner, inherent and residual L x I scores, controls) merged vertically "
                "over one or more further actions, each with its own ref, owner, target date (dates, "
                "school terms, 'Mar-26', 'Ongoing') and a worded status with fill colour."),
        reads=("The workbook's Register sheet lists five strategic risks in three categories; each risk "
               "carries one or two further actions (SR1.1 ... SR5.2), nine in all, with an action "
               "owner, a target date and a status. The cover, heat map and scoring guide are context, "
               "and the key below the register says Complete means the action is delivered."),
        outcome="read",
        title="Strategic Risk Register 2025/26",
        actions=actions,
    )
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Bolton at Home - RSH consumer standards improvement plan (xlsx)
# ---------------------------------------------------------------------------
def bolton():
    name = "vb-bolton-at-home-rsh-c2-consumer-standards-improvement-plan.xlsx"
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Bolton at Home"
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Consumer Standards Improvement Plan 2025–26"
    ov["A2"].font = Font(bold=True, size=13)
    ov["A3"] = ("Our response to the Regulator of Social Housing regulatory judgement (C2) "
                "published March 2025")
    ov["A5"] = ("Plan owner: Executive Director of Customers & Communities   |   Reported to: Board "
                "and Customer Committee (bi-monthly)   |   Update: 30 September 2025")
    ov["A7"] = "RAG key"
    ov["A7"].font = Font(bold=True)
    for i, (l, h, t) in enumerate([("B", BLUE, "Complete"), ("G", GREEN, "On track"),
                                   ("A", AMBER, "At risk of delay"),
                                   ("R", RED, "Off track / overdue")]):
        c = ov.cell(row=8 + i, column=1, value=l)
        c.fill = fill(h)
        c.border = BOX
        ov.cell(row=8 + i, column=2, value=t)
    ov["A13"] = "Summary at 30 September 2025 (current RAG)"
    ov["A13"].font = Font(bold=True)
    sm = [("Standard", "Actions", "B", "G", "A", "R"),
          ("Safety and Quality", 4, 1, 2, 1, 0),
          ("Transparency, Influence and Accountability", 4, 2, 2, 0, 0),
          ("Neighbourhood and Community", 2, 0, 1, 1, 0),
          ("Total", 10, 3, 5, 2, 0)]
    for i, row in enumerate(sm):
        for j, v in enumerate(row, 1):
            c = ov.cell(row=14 + i, column=j, value=v)
            if i in (0, 4):
                c.font = Font(bold=True)
    box_range(ov, "A14:F18")
    ov.column_dimensions["A"].width = 44
    ov.column_dimensions["B"].width = 20

    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rag_status = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    sheets = [
        ("Safety & Quality", "Safety and Quality Standard",
         "Lead Executive: Executive Director of Property", [
             ("Bolton at Home could not evidence that it held up-to-date stock condition data for all "
              "of its homes.", [
                 ("1.1", "Complete stock condition surveys for the remaining 3,200 homes not surveyed "
                         "in the last five years.",
                  "Head of Asset Management", dt(2026, 3, 31), None, "A", "G",
                  "1,150 surveys completed; contractor on programme.",
                  ["Head of Asset Management"], "2026-03", None),
                 ("1.2", "Load all survey data into the asset management system and reconcile it to "
                         "the stock list.",
                  "Head of Asset Management / Data & Insight Manager", dt(2025, 12, 31), None, "G", "G",
                  "Data cleanse of stock list complete; loading in batches.",
                  ["Head of Asset Management", "Data & Insight Manager"], "2025-12", None)]),
             ("Some remedial actions from fire risk assessments were overdue.", [
                 ("1.3", "Clear all overdue high-risk fire risk assessment actions and report weekly to "
                         "the Executive Team.",
                  "Head of Building Safety", dt(2025, 6, 30), dt(2025, 8, 31), "A", "B",
                  "All 214 overdue high-risk actions closed on 22 August; weekly report continues.",
                  ["Head of Building Safety"], "2025-08", None)]),
             ("Damp and mould cases were not always followed up after works were completed.", [
                 ("1.4", "Introduce a post-inspection call or visit within six weeks of every damp and "
                         "mould repair.",
                  "Repairs Service Manager", dt(2025, 9, 30), None, "R", "A",
                  "Call-backs in place; visits limited by surveyor vacancies.",
                  ["Repairs Service Manager"], "2025-09", None)]),
         ]),
        ("TIA", "Transparency, Influence and Accountability Standard",
         "Lead Executive: Executive Director of Customers & Communities", [
             ("Tenants had limited opportunities to influence and scrutinise decisions about "
              "services.", [
                 ("2.1", "Establish a Customer Scrutiny Panel with terms of reference agreed by the "
                         "Board.",
                  "Head of Customer Engagement", dt(2025, 5, 31), None, "G", "B",
                  "Panel of 11 tenants met for the first time in May.",
                  ["Head of Customer Engagement"], "2025-05", None),
                 ("2.2", "Publish 'You said, we did' updates each quarter on the website and in the "
                         "tenant newsletter.",
                  "Head of Customer Engagement; Communications Manager", "Quarterly", None, "G", "G",
                  "Q1 update published July 2025.",
                  ["Head of Customer Engagement", "Communications Manager"], None, "Quarterly")]),
             ("Complaints were not consistently handled within the Housing Ombudsman's Complaint "
              "Handling Code timescales.", [
                 ("2.3", "Recruit two additional complaints officers and hold a daily case-tracking "
                         "meeting.",
                  "Complaints & Feedback Manager", dt(2025, 7, 31), None, "A", "B",
                  "Both officers in post; stage 1 responses within 10 days now 94%.",
                  ["Complaints & Feedback Manager"], "2025-07", None),
                 ("2.4", "Report complaint-handling performance and learning to the Customer "
                         "Committee at every meeting.",
                  "Director of Customer Experience", "Ongoing", None, "G", "G",
                  "Standing item from June 2025.",
                  ["Director of Customer Experience"], None, "Ongoing")]),
         ]),
        ("Neighbourhood & Community", "Neighbourhood and Community Standard",
         "Lead Executive: Executive Director of Customers & Communities", [
             ("Bolton at Home did not have a clear, agreed approach to working with partners on "
              "anti-social behaviour.", [
                 ("3.1", "Agree an ASB partnership protocol with Bolton Council and Greater Manchester "
                         "Police.",
                  "Head of Neighbourhood Services", dt(2025, 12, 31), None, "A", "A",
                  "Draft shared with partners; GMP sign-off awaited.",
                  ["Head of Neighbourhood Services"], "2025-12", None),
                 ("3.2", "Train all neighbourhood officers on the ASB case review (Community Trigger) "
                         "process.",
                  "Neighbourhood Services Manager", dt(2025, 10, 31), None, None, "G",
                  "New action added July 2025; two of three sessions booked.",
                  ["Neighbourhood Services Manager"], "2025-10", None)]),
         ]),
    ]
    actions = []
    hdr = ["No.", "Regulator's finding", "Action", "Action lead", "Due date", "Revised due date",
           "Previous RAG", "Current RAG", "Progress update (September 2025)"]
    for tab, std, lead_line, findings in sheets:
        ws = wb.create_sheet(tab)
        ws["A1"] = std
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:I1")
        ws["A2"] = lead_line
        ws.merge_cells("A2:I2")
        for j, h in enumerate(hdr, 1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("7030A0")
            c.alignment = WRAP
            c.border = BOX
        for j, w in enumerate([6, 40, 48, 28, 10, 10, 9, 9, 44]):
            ws.column_dimensions[chr(65 + j)].width = w
        r = 5
        for finding, acts in findings:
            first = r
            ws.cell(row=r, column=2, value=finding)
            for (no, text, lead, due, rev, prev, cur, upd, leads, end, end_text) in acts:
                ws.cell(row=r, column=1, value=no)
                ws.cell(row=r, column=3, value=text)
                ws.cell(row=r, column=4, value=lead)
                c = ws.cell(row=r, column=5, value=due)
                if isinstance(due, dt):
                    c.number_format = "mmm-yy"
                if rev is not None:
                    c = ws.cell(row=r, column=6, value=rev)
                    c.number_format = "mmm-yy"
                if prev:
                    c = ws.cell(row=r, column=7, value=prev)
                    c.fill = fill(rag_fill[prev])
                c = ws.cell(row=r, column=8, value=cur)
                c.fill = fill(rag_fill[cur])
                ws.cell(row=r, column=9, value=upd)
                for j in range(1, 10):
                    ws.cell(row=r, column=j).border = BOX
                    ws.cell(row=r, column=j).alignment = WRAP
                actions.append(act(no, [std, finding], text, leads, end, rag_status[cur], end_text))
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a stock-transfer housing association's improvement plan answering a Regulator "
                "of Social Housing consumer grading (C2) under the 2024 consumer standards (Bolton at "
                "Home, 2025-26), as reported to its Board and Customer Committee. Copied features: "
                "overview sheet with title block, plan owner line, letter RAG key and a summary counts "
                "table; one sheet per consumer standard with the standard as its title and a lead "
                "executive line; the regulator's finding merged over its actions; due and revised due "
                "dates formatted mmm-yy; 'Quarterly' and 'Ongoing' in the due column; previous and "
                "current RAG letters with fill; progress updates."),
        reads=("Ten numbered actions spread over three sheets, one per consumer standard, each under "
               "the regulator's finding it answers. Each has a lead (sometimes two posts), a due date "
               "(replaced by a revised one where given) and a previous and current RAG; the status is "
               "the current RAG, B meaning complete."),
        outcome="read",
        title="Consumer Standards Improvement Plan 2025–26",
        actions=actions,
    )
    return name, len(actions)


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
    paras = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, t in enumerate(paras):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(t)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. The Jenner Health Centre (GP practice) - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def jenner():
    name = "vb-jenner-health-centre-cqc-inspection-action-plan.docx"
    doc = Document()
    doc.add_heading("The Jenner Health Centre – CQC Inspection Action Plan", 0)
    doc.add_paragraph("Inspection: 14 May 2024 (assessment of Safe, Effective and Well-led). "
                      "Report published: 2 July 2024. Overall rating: Requires improvement.")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Approved by"),
                             ("1.0", "16/07/2024", "Practice Manager", "Partners' meeting 18/07/2024"),
                             ("1.1", "04/11/2024", "Practice Manager", "Partners' meeting 07/11/2024")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("This plan is reviewed monthly at the practice clinical governance meeting. "
                      "Status is recorded as Complete, On track or Not started.")

    S1 = "Section 1 – Requirement notices (must do)"
    S2 = "Section 2 – Should do"
    actions = []
    doc.add_heading(S1, 1)
    musts = [
        ("Regulation 12: Safe care and treatment", [
            ("M1", "Carry out a full search of patients prescribed high-risk medicines (methotrexate, "
                   "lithium, DOACs) and recall any patient overdue blood monitoring.",
             "Clinical Pharmacist", "31/07/2024", "Complete",
             ["Clinical Pharmacist"], "2024-07", None, "blue"),
            ("M2", "Add monthly high-risk medicines searches to the clinical governance calendar, with "
                   "results reviewed by the prescribing lead GP.",
             "Dr R Mensah / Clinical Pharmacist", "Ongoing – monthly", "On track",
             ["Dr R Mensah", "Clinical Pharmacist"], None, "Ongoing – monthly", "green"),
            ("M3", "Review all patients with a potential missed diagnosis of diabetes or chronic kidney "
                   "disease identified by the CQC searches, and code and treat them as appropriate.",
             "Dr S Patel", "30/09/2024", "Complete",
             ["Dr S Patel"], "2024-09", None, "blue")]),
        ("Regulation 17: Good governance", [
            ("M4", "Introduce a log for safety alerts (MHRA and CAS) showing the action taken and who "
                   "completed it, and re-run searches for historic alerts.",
             "Practice Manager", "August 2024", "Complete",
             ["Practice Manager"], "2024-08", None, "blue"),
            ("M5", "Make sure all staff complete safeguarding training at the level required for their "
                   "role and record it on the training matrix.",
             "Practice Manager / Safeguarding Lead GP", "31/12/2024", "On track",
             ["Practice Manager", "Safeguarding Lead GP"], "2024-12", None, "green")]),
    ]
    for reg, rows in musts:
        t = doc.add_table(rows=2 + len(rows), cols=5)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 4))
        set_cell(top, reg, bold=True, size=10)
        shade(top, "D9E2F3")
        for j, h in enumerate(["Ref", "What we will do", "Lead", "Completion date", "Status"]):
            set_cell(t.cell(1, j), h, bold=True)
        for i, (ref, text, lead, date, stat, leads, end, end_text, status) in enumerate(rows):
            for j, v in enumerate([ref, text, lead, date, stat]):
                set_cell(t.cell(2 + i, j), v)
            actions.append(act(ref, [S1, reg], text, leads, end, status, end_text))
        doc.add_paragraph()

    doc.add_heading(S2, 1)
    shoulds = [
        ("S1", "Continue to improve the uptake of cervical screening.",
         "Offer a Saturday smear clinic once a month and send text reminders to eligible patients "
         "who have not responded to their invitation.",
         "Lead Practice Nurse", "March 2025", "On track",
         ["Lead Practice Nurse"], "2025-03", None, "green"),
        ("S2", "Take action to improve patient satisfaction with telephone access.",
         "Move to a cloud-based telephony system with call-back and queue position messages, and "
         "repeat the in-house patient survey six months later.",
         "Practice Manager", "End of January 2025", "Not started",
         ["Practice Manager"], "2025-01", None, "unrated"),
    ]
    t = doc.add_table(rows=1 + len(shoulds), cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["Ref", "The practice should", "What we will do", "Lead",
                           "Completion date", "Status"]):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9E2F3")
    for i, (ref, should, text, lead, date, stat, leads, end, end_text, status) in enumerate(shoulds):
        for j, v in enumerate([ref, should, text, lead, date, stat]):
            set_cell(t.cell(1 + i, j), v)
        actions.append(act(ref, [S2, should], text, leads, end, status, end_text))
    doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the partners: Dr R Mensah, Senior Partner. "
                      "Next review: December 2024.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a GP practice's action plan after a CQC inspection with requirement notices "
                "(The Jenner Health Centre, Lewisham, 2024; the kind of plan practices send to CQC and "
                "publish for their PPG). Copied features: title heading and inspection summary line, a "
                "document-control table, a 'Section 1' heading over one table per breached regulation "
                "(regulation as a merged, shaded first row, then Ref / What we will do / Lead / "
                "Completion date / Status), and a 'Section 2 – Should do' table that repeats each "
                "should-do beside its action; leads as named GPs and posts, dates as dd/mm/yyyy, month "
                "words, 'End of January 2025' and 'Ongoing – monthly'."),
        reads=("Seven actions: five must-do actions under Regulation 12 and Regulation 17 and two "
               "should-do actions, each with a lead, a completion date and a worded status. The "
               "document-control table is not part of the plan."),
        outcome="read",
        title="The Jenner Health Centre – CQC Inspection Action Plan",
        actions=actions,
    )
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Dorset Police - HMICFRS national child protection inspection action plan (docx)
# ---------------------------------------------------------------------------
def dorset():
    name = "vb-dorset-police-ncpi-child-protection-inspection-action-plan.docx"
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Dorset Police")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_heading("HMICFRS National Child Protection Inspection – Action Plan", 1)
    doc.add_paragraph("Inspection fieldwork: February 2024   |   Report published: 11 June 2024")
    doc.add_paragraph("Strategic lead: ACC Crime and Criminal Justice   |   Plan owner: Det Supt "
                      "Public Protection")
    doc.add_paragraph("Governance: Vulnerability Board (monthly). Progress is reported to the Police "
                      "and Crime Commissioner through the Joint Independent Audit Committee.")
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (l, h, t) in enumerate([("B", BLUE, "Complete and evidence provided"),
                                   ("G", GREEN, "On track"),
                                   ("A", AMBER, "Slippage – action being taken"),
                                   ("R", RED, "Off track – escalated to Vulnerability Board")]):
        set_cell(k.cell(i, 0), l, bold=True)
        shade(k.cell(i, 0), h)
        set_cell(k.cell(i, 1), t)
    doc.add_paragraph()
    doc.add_paragraph("Progress at 30 November 2024").runs[0].bold = True

    plan = [
        ("area", "Leadership and governance"),
        ("rec", "Recommendation 1: Within three months, Dorset Police should ensure that its "
                "performance framework for child protection includes measures of the quality of the "
                "service children receive, not only volumes."),
        ("act", "1.1", "Add quality measures (voice of the child recorded, timeliness of strategy "
                       "discussions, audit outcomes) to the Public Protection performance pack.",
         "Head of Corporate Performance", "Sept 2024",
         "Measures in the pack from the September Vulnerability Board.", "B",
         ["Head of Corporate Performance"], "2024-09", None, "blue"),
        ("act", "1.2", "Introduce a quarterly child-centred audit programme, with findings reported to "
                       "the Vulnerability Board.\nThe first audit will look at children present at "
                       "domestic abuse incidents.",
         "DCI Safeguarding Review Unit", "Dec-24",
         "First audit fieldwork complete; report to December Board.", "G",
         ["DCI Safeguarding Review Unit"], "2024-12", None, "green"),
        ("area", "Initial response"),
        ("rec", "Recommendation 2: Within six months, Dorset Police should ensure that officers "
                "attending incidents involving children record the child's behaviour, demeanour and "
                "views, and that this is reflected in referrals to partner agencies."),
        ("act", "2.1", "Deliver 'Voice of the Child' training to all response and neighbourhood "
                       "officers and staff.",
         "Head of People Development", "31/01/2025",
         "1,020 of 1,260 officers trained (81%).", "G",
         ["Head of People Development"], "2025-01", None, "green"),
        ("act", "2.2", "Amend the public protection notice (PPN) on Niche so that the child's voice "
                       "and demeanour are mandatory fields.",
         "Niche Business Lead; Det Supt Public Protection", "October 2024",
         "Change delayed by the regional Niche release; now due January.", "A",
         ["Niche Business Lead", "Det Supt Public Protection"], "2024-10", None, "amber"),
        ("act", "2.3", "Dip-sample 50 PPNs each month and give feedback to supervisors.",
         "Public Protection Quality Assurance Team", "Monthly",
         "October sample: child's voice recorded in 64%.", "G",
         ["Public Protection Quality Assurance Team"], None, "Monthly", "green"),
        ("area", "Investigation"),
        ("rec", "Recommendation 3: Within six months, Dorset Police should make sure that "
                "investigations of crimes against children are allocated to officers with the right "
                "skills and are supervised effectively."),
        ("act", "3.1", "Review the crime allocation policy so that all child abuse investigations are "
                       "allocated to PIP2-accredited investigators.",
         "Det Supt Public Protection", "March 2025",
         "Policy drafted; consultation with Local Policing Areas under way.", "G",
         ["Det Supt Public Protection"], "2025-03", None, "green"),
        ("act", "3.2", "Introduce 28-day supervisory reviews for all child abuse investigations, "
                       "monitored through the Niche investigation plan.",
         "DCI Child Abuse Investigation Team", "Feb-25",
         "Review template built; compliance report in development.", "G",
         ["DCI Child Abuse Investigation Team"], "2025-02", None, "green"),
        ("rec", "Recommendation 4: Dorset Police should improve how it shares information with "
                "partners at strategy discussions and child protection conferences."),
        ("act", "4.1", "Agree with Dorset Council and BCP Council children's services a standard for "
                       "police attendance at initial child protection conferences.",
         "Det Supt Public Protection", "Jan 2025 – Apr 2025",
         "Meetings held with both councils; draft standard circulated.", "A",
         ["Det Supt Public Protection"], "2025-04", None, "amber"),
        ("act", "4.2", "Provide conference reports within the agreed timescales in 95% of cases and "
                       "report compliance monthly.",
         "MASH Manager", "TBC",
         "Current compliance 71%; staffing gap in MASH research team.", "R",
         ["MASH Manager"], None, "TBC", "red"),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["Ref", "Action", "Owner", "Target date", "Progress update", "RAG"]):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "1F3864")
    widths = [Cm(1.3), Cm(9), Cm(4.5), Cm(2.8), Cm(6.5), Cm(1.3)]
    actions = []
    area = rec = None
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for item in plan:
        row = t.add_row()
        if item[0] in ("area", "rec"):
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, item[1], bold=(item[0] == "area"), size=10 if item[0] == "area" else 9)
            shade(m, "BDD7EE" if item[0] == "area" else "F2F2F2")
            if item[0] == "area":
                area = item[1]
            else:
                rec = item[1]
            continue
        _, ref, text, owner, date, upd, rag, leads, end, end_text, status = item
        for j, v in enumerate([ref, text, owner, date, upd, rag]):
            set_cell(row.cells[j], v)
        shade(row.cells[5], rag_fill[rag])
        actions.append(act(ref, [area, rec], text, leads, end, status, end_text))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    doc.add_paragraph()
    doc.add_paragraph("Actions rated B will be closed at the next Vulnerability Board once the "
                      "evidence has been accepted by HMICFRS in its post-inspection follow-up.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a police force's action plan answering an HMICFRS National Child Protection "
                "Inspection (Dorset Police, 2024; NCPI post-inspection follow-up asks forces for such a "
                "plan within six weeks of publication). Copied features: force name and heading, "
                "fieldwork/publication and ownership lines, a small RAG key table with shaded letter "
                "cells, then one landscape table in which NCPI assessment areas and the inspectorate's "
                "numbered recommendations are full-width merged band rows above numbered actions "
                "(Ref / Action / Owner / Target date / Progress update / RAG); one action runs to two "
                "paragraphs, owners are ranks and posts, dates mix 'Sept 2024', 'Dec-24', a period, "
                "'Monthly' and 'TBC'."),
        reads=("Nine actions in one table, grouped under three NCPI areas and four recommendations (the "
               "Investigation area carries two recommendations), each with owner, target date, update "
               "and a RAG letter as defined by the key (B = complete). The key table and the closing "
               "note are not actions."),
        outcome="read",
        title="HMICFRS National Child Protection Inspection – Action Plan",
        actions=actions,
    )
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. University of Cumbria - internal audit recommendations tracker, typo month (csv, refuse)
# ---------------------------------------------------------------------------
def cumbria():
    name = "vb-university-of-cumbria-internal-audit-recommendations-tracker-typo-month-refuse.csv"
    ncol = 12
    rows = [
        ["University of Cumbria"],
        ["Audit & Risk Committee – Internal Audit Recommendations Follow-up Tracker"],
        ["Position at 17 January 2025 (internal auditor: RSM)"],
        [],
        ["Audit", "Report year", "Assurance", "Rec no.", "Priority", "Recommendation",
         "Agreed action", "Responsible officer", "Original due", "Revised due", "Status",
         "Latest update"],
        ["Student Recruitment and Admissions", "2023/24", "Reasonable", "1", "Medium",
         "Offer-making decisions should be recorded consistently in the student record system, "
         "including the reason for any offer made below the published entry tariff.",
         "Admissions procedure to be updated and staff briefed; monthly exception report of "
         "below-tariff offers to be reviewed by the Head of Admissions.",
         "Head of Admissions", "Jul-24", "Nov-24", "Implemented",
         "Procedure updated September 2024; exception report in place from October."],
        ["Student Recruitment and Admissions", "2023/24", "Reasonable", "2", "Low",
         "The contextual offers policy should be reviewed and approved by Academic Board.",
         "Policy to be reviewed and submitted to Academic Board for approval.",
         "Director of Marketing and Recruitment", "Jun-24", "Mar-25", "In progress",
         "Draft to go to Academic Board in March 2025."],
        ["Research Governance", "2023/24", "Limited", "1", "High",
         "All research projects involving human participants should have ethical approval recorded "
         "before work starts.",
         "Introduce a mandatory ethics approval check in the research project set-up workflow.",
         "Head of Research Office", "Dec-24", "", "Implemented",
         "Workflow change live from 2 December 2024."],
        ["Research Governance", "2023/24", "Limited", "2", "High",
         "A register of research funding awards should be maintained and reconciled to the finance "
         "ledger each quarter.",
         "Create the awards register and carry out quarterly reconciliations with Finance.",
         "Head of Research Office / Management Accountant", "Jan-25", "", "In progress",
         "Register created; first reconciliation due end of January."],
        ["Research Governance", "2023/24", "Limited", "3", "Medium",
         "Research data management plans should be monitored for compliance.",
         "Annual check of a sample of research data management plans by the Library and the "
         "Research Office.",
         "Research Data Manager", "Jul-25", "0ct-25", "In progress",
         "Revised date agreed at the November 2024 Committee to align with the annual cycle."],
        ["Cyber Security", "2024/25", "Partial", "1", "High",
         "Multi-factor authentication should be enforced for all staff and student accounts.",
         "Enable MFA for all remaining staff accounts and roll it out to students at enrolment.",
         "Director of IT Services", "Sep-24", "Jan-25", "Overdue",
         "Students complete; 96% of staff accounts enrolled."],
        ["Cyber Security", "2024/25", "Partial", "2", "Medium",
         "Privileged accounts should be reviewed at least quarterly.",
         "Introduce a quarterly privileged account review signed off by the Head of Infrastructure.",
         "Head of Infrastructure", "Mar-25", "", "Not started", ""],
        ["Key Financial Controls", "2024/25", "Substantial", "1", "Low",
         "Changes to supplier bank details should be independently verified.",
         "Call-back verification to be recorded on every supplier bank detail change form.",
         "Finance Manager (Payables)", "Dec-24", "", "Implemented", "In place and tested by RSM."],
        [],
        ["Total recommendations: 8 (implemented 3; in progress 3; overdue 1; not started 1)"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r + [""] * (ncol - len(r)))
    text = buf.getvalue()
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    lines = text.split("\r\n")
    bad = [i + 1 for i, l in enumerate(lines) if "0ct-25" in l]
    assert bad == [10], bad

    write_expected(
        name,
        source=("Imitates a university's internal audit recommendations follow-up tracker exported to "
                "CSV for its Audit & Risk Committee (University of Cumbria, January 2025; internal "
                "auditor RSM). Copied features: three title lines, a flat export with audit, year and "
                "assurance repeated on every row, recommendation and agreed action columns, responsible "
                "officer (one row with two posts), original and revised due dates as 'Mmm-yy' text, a "
                "worded status and a totals line at the end."),
        reads=("Eight recommendations from four audits, each with an agreed action, officer, due dates "
               "and status. On line 10 (Research Governance rec 3) the revised due date reads '0ct-25' "
               "with a zero for the O; as the revised date is the one that counts, a careful reader "
               "stops and asks what was meant rather than guess."),
        outcome="refuse",
        title="Audit & Risk Committee – Internal Audit Recommendations Follow-up Tracker",
        refuse_at=10,
    )
    return name, 0


# ---------------------------------------------------------------------------
# 7. Isle of Wight NHS Trust - ambulance service improvement plan highlight report (txt)
# ---------------------------------------------------------------------------
def iow():
    name = "vb-isle-of-wight-nhs-trust-ambulance-service-improvement-plan-highlight-report.txt"
    W1 = "Workstream 1 – Response times and resourcing"
    W2 = "Workstream 2 – Clinical quality and patient safety"
    W3 = "Workstream 3 – People and culture"
    items = [
        ("ws", W1),
        ("AS1.1", "Recruit to 12 WTE vacant paramedic posts, including the second international "
                  "recruitment cohort.",
         "Head of Ambulance Operations / AD Workforce", "Sep-25", "Dec-25", "A",
         "9 of 12 posts offered; 3 start dates confirmed for January.",
         ["Head of Ambulance Operations", "AD Workforce"], "2025-12", None, "amber"),
        ("AS1.2", "Implement the revised rota aligned to demand modelling, with increased cover "
                  "16:00–02:00.",
         "Head of Ambulance Operations", "31/10/2025", "", "B",
         "New rota went live on 6 October.",
         ["Head of Ambulance Operations"], "2025-10", None, "blue"),
        ("AS1.3", "Agree a hospital handover escalation protocol with the Emergency Department so that "
                  "no handover exceeds 45 minutes.",
         "Deputy COO; Clinical Director Emergency Medicine", "Nov-25", "", "G",
         "Draft protocol agreed at UEC Board; sign-off at November Executive.",
         ["Deputy COO", "Clinical Director Emergency Medicine"], "2025-11", None, "green"),
        ("ws", W2),
        ("AS2.1", "Introduce a monthly clinical audit of patient care records (PCRs) against JRCALC "
                  "guidance, with feedback to individual clinicians.",
         "Consultant Paramedic", "Monthly", "", "G",
         "October audit: 212 PCRs reviewed, 91% compliant.",
         ["Consultant Paramedic"], None, "Monthly", "green"),
        ("AS2.2", "Complete the backlog of 37 ambulance patient safety incidents awaiting review "
                  "under PSIRF.",
         "Patient Safety Lead", "Aug-25", "Oct-25", "R",
         "14 reviews outstanding; additional reviewer agreed from November.",
         ["Patient Safety Lead"], "2025-10", None, "red"),
        ("ws", W3),
        ("AS3.1", "Deliver the Freedom to Speak Up refresh and appoint two ambulance FTSU champions.",
         "FTSU Guardian", "Q3 2025/26", "", "G",
         "One champion appointed; second interview on 12 November.",
         ["FTSU Guardian"], "2025-12", None, "green"),
        ("AS3.2", "Increase mandatory training compliance for ambulance staff to 90%.",
         "Ambulance Education Lead", "31/03/2026", "", "A",
         "Compliance 82% (September 78%); extra sessions booked.",
         ["Ambulance Education Lead"], "2026-03", None, "amber"),
    ]
    L = []
    L.append("Isle of Wight NHS Trust")
    L.append("Ambulance Service Improvement Plan – Highlight Report")
    L.append("Reporting period: October 2025\tReport to: Quality, Performance and Safety Committee"
             "\tMeeting date: 19 November 2025")
    L.append("Senior Responsible Officer: Chief Operating Officer\tProgramme Lead: Head of Ambulance "
             "Operations")
    L.append("Overall RAG this period: A\tLast period: A")
    L.append("Actions: 7\tB: 1\tG: 3\tA: 2\tR: 1")
    L.append("")
    L.append("RAG key: B = Complete\tG = On track\tA = At risk – recovery action in place"
             "\tR = Off track")
    L.append("")
    L.append("Ref\tAction / milestone\tLead\tOriginal due\tRevised due\tRAG\tUpdate this period")
    actions = []
    ws = None
    for it in items:
        if it[0] == "ws":
            ws = it[1]
            L.append(ws)
            continue
        ref, text, lead, orig, rev, rag, upd, leads, end, end_text, status = it
        L.append("\t".join([ref, text, lead, orig, rev, rag, upd]))
        actions.append(act(ref, [ws], text, leads, end, status, end_text))
    L.append("")
    L.append("Key risks and issues")
    L.append("- Fleet availability: three double-crewed ambulances off road awaiting parts; hire "
             "vehicles in place until December.")
    L.append("- Winter demand: modelling shows a 12% rise in calls in December and January.")
    L.append("")
    L.append("Decisions required from the Committee")
    L.append("None this period.")
    L.append("")
    L.append("Next report: December 2025")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

    write_expected(
        name,
        source=("Imitates an NHS trust programme highlight report to a board committee, saved as a "
                "tab-separated plain-text export (Isle of Wight NHS Trust, which runs the island's "
                "ambulance service; October 2025). Copied features: title lines, reporting period / "
                "committee / SRO lines, overall RAG with last period, a counts line, a one-line RAG "
                "key, a header row, workstream heading lines over refs AS1.1 ..., leads with two posts "
                "('/' and ';'), original and revised due ('Sep-25', '31/10/2025', 'Monthly', "
                "'Q3 2025/26'), a RAG letter and an update, then risks and decisions blocks."),
        reads=("Seven actions under three workstreams, each with lead(s), an original and sometimes a "
               "revised due date, a RAG letter as the key defines it (B = complete) and an update. The "
               "header lines, counts, key, risks and decisions are not actions."),
        outcome="read",
        title="Ambulance Service Improvement Plan – Highlight Report",
        actions=actions,
    )
    return name, len(actions)


if __name__ == "__main__":
    for f in (esfrs, dret, bolton, jenner, dorset, cumbria, iow):
        n, k = f()
        print(f"{n}: {k} actions")
