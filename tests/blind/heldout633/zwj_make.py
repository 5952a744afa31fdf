#!/usr/bin/env python3
"""Build the seven zwj- blind test files (set heldout633) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with zwj- are written.
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

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def out(name):
    assert name.startswith("zwj-"), name
    return os.path.join(HERE, name)


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, value):
    # quote refs and YYYY-MM months so no reader takes them for numbers or dates
    if value and (value[0].isdigit() or value in ("null", "true", "false")):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, data):
    path = out(name) + ".expected.yaml"
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(data, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000,
                  default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Cabot Learning Federation – strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def cabot():
    name = "zwj-cabot-learning-federation-strategic-risk-register-2025-26.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Cabot Learning Federation"
    cov["A1"].font = Font(bold=True, size=16, color=NAVY)
    cov["A2"] = "Strategic Risk Register 2025-26"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [
        ("Register owner", "Chief Finance and Operations Officer (CFOO)"),
        ("Scrutinised by", "Audit and Risk Committee"),
        ("Approved by", "Trust Board"),
        ("Version", "3.2"),
        ("Last reviewed", dt.datetime(2025, 11, 4)),
        ("Next review", "February 2026"),
    ]
    for i, (k, v) in enumerate(dc, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        c = cov.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "DD/MM/YYYY"
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2).border = BOX
    cov["A12"] = "Risk scoring"
    cov["A12"].font = Font(bold=True)
    cov["A13"] = "Likelihood (1–5) × Impact (1–5) = score.  1–6 Low;  8–12 Medium;  15–25 High."
    cov["A15"] = "Action RAG key"
    cov["A15"].font = Font(bold=True)
    key = [("B", BLUE, "Action complete"), ("G", GREEN, "On track"),
           ("A", AMBER, "Some slippage – within tolerance"), ("R", RED, "Off track / overdue")]
    for i, (k, col, txt) in enumerate(key, start=16):
        c = cov.cell(i, 1, k)
        c.fill = fill(col)
        c.alignment = Alignment(horizontal="center")
        cov.cell(i, 2, txt)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 48

    ws = wb.create_sheet("Strategic risks")
    ws["A1"] = "Cabot Learning Federation – Strategic Risk Register 2025-26"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:P1")
    ws["A2"] = "Position as reported to the Audit and Risk Committee, 18 November 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:P2")
    groups = [("A4:D4", "Risk"), ("E4:G4", "Inherent risk"), ("H4:H4", "Controls"),
              ("I4:K4", "Residual risk"), ("L4:P4", "Further action")]
    for rng, txt in groups:
        first = rng.split(":")[0]
        ws[first] = txt
        ws[first].font = Font(bold=True, color="FFFFFF")
        ws[first].fill = fill(NAVY)
        ws[first].alignment = Alignment(horizontal="center")
        if rng.split(":")[0] != rng.split(":")[1]:
            ws.merge_cells(rng)
    heads = ["Risk ID", "Risk description", "Risk owner", "Category", "L", "I", "Score",
             "Existing controls and sources of assurance", "L", "I", "Score", "Ref",
             "Further actions required", "Action owner", "Target date", "RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")

    P1 = "Strategic priority 1: Safe, inclusive academies with excellent education for every learner"
    P2 = "Strategic priority 2: Great people, great leaders"
    P3 = "Strategic priority 3: A sustainable, well-governed trust"
    R1 = ("Quality of education declines in one or more academies, leading to an Ofsted "
          "judgement below good, reputational damage and falling rolls.")
    R2 = ("A safeguarding failure in an academy results in harm to a child, a statutory "
          "review and loss of confidence in the trust.")
    R3 = ("Inability to recruit and retain teachers in shortage subjects leads to reliance "
          "on agency staff and weaker outcomes.")
    R4 = ("Real-terms funding pressures and unfunded pay awards create in-year deficits and "
          "erode reserves below the 5% reserves policy.")
    R5 = ("A cyber attack or major data breach disrupts teaching and operations and leads "
          "to ICO enforcement.")

    A = {}
    A["SR1.1"] = ("Roll out the CLF curriculum quality review cycle to the four academies with "
                  "new headteachers, with findings reported to the Education Committee.")
    A["SR1.2"] = ("Commission external reviews of KS4 maths and science in the three secondary "
                  "academies below the national Progress 8 average.")
    A["SR2.1"] = ("Complete the trust-wide safeguarding audit (section 175 return) and follow up "
                  "any academy graded ‘requires support’ within 20 school days.")
    A["SR3.1"] = ("Launch a CLF Institute postgraduate teaching apprenticeship cohort for 2026 "
                  "entry in maths, physics and computing.")
    A["SR3.2"] = ("Review the recruitment and retention premium policy and present options to "
                  "the People Committee.")
    A["SR4.1"] = ("Complete integrated curriculum and financial planning (ICFP) reviews for every "
                  "academy before 2026-27 budget setting.")
    A["SR5.1"] = ("Move all academies onto the trust’s managed backup service and test restoration "
                  "for each site.")
    A["SR5.2"] = ("Run phishing simulations and cyber awareness training for all staff; report "
                  "completion rates to the Audit and Risk Committee.")

    # rows: (kind, data)
    rows = [
        ("band", P1),
        ("risk", ("SR1", R1, "CEO", "Education", 4, 5, 20,
                  "Academy reviews by Directors of Education; termly data drops; Education Committee scrutiny",
                  3, 5, 15),
         ("SR1.1", A["SR1.1"], "Director of Education", dt.datetime(2025, 12, 31), "G", GREEN)),
        ("cont", ("SR1.2", A["SR1.2"], "Director of Education; Secondary Phase Director",
                  dt.datetime(2026, 3, 31), "A", AMBER)),
        ("risk", ("SR2", R2, "CEO", "Safeguarding", 3, 5, 15,
                  "Safeguarding policy; DSL network; CPOMS; annual section 175 audit; LADO liaison",
                  2, 5, 10),
         ("SR2.1", A["SR2.1"], "Trust Safeguarding Lead", dt.datetime(2025, 10, 31), "B", BLUE)),
        ("band", P2),
        ("risk", ("SR3", R3, "Director of People", "People", 4, 4, 16,
                  "CLF Institute ITT route; recruitment premium; workload charter; exit interviews",
                  4, 3, 12),
         ("SR3.1", A["SR3.1"], "Director of People / CLF Institute Director", "September 2026", "G", GREEN)),
        ("cont", ("SR3.2", A["SR3.2"], "Director of People", dt.datetime(2026, 1, 31), "R", RED)),
        ("band", P3),
        ("risk", ("SR4", R4, "CFOO", "Finance", 4, 4, 16,
                  "Three-year budget forecasts; monthly management accounts; central procurement",
                  3, 4, 12),
         ("SR4.1", A["SR4.1"], "CFOO", dt.datetime(2026, 4, 30), "G", GREEN)),
        ("risk", ("SR5", R5, "CFOO", "IT / data", 4, 5, 20,
                  "Cyber Essentials Plus; MFA on all staff accounts; RPA cyber cover; DPO audits",
                  3, 5, 15),
         ("SR5.1", A["SR5.1"], "Head of IT and Data", dt.datetime(2026, 3, 31), "A", AMBER)),
        ("cont", ("SR5.2", A["SR5.2"], "Head of IT and Data", "Termly", "G", GREEN)),
    ]
    r = 6
    risk_start = None
    for item in rows:
        kind = item[0]
        if kind == "band":
            ws.cell(r, 1, item[1]).font = Font(bold=True, color="FFFFFF")
            for j in range(1, 17):
                ws.cell(r, j).fill = fill("2E75B6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=16)
            r += 1
            risk_start = None
            continue
        if kind == "risk":
            rk, action = item[1], item[2]
            for j, v in enumerate(rk, start=1):
                ws.cell(r, j, v)
            risk_start = r
        else:
            action = item[1]
            # extend the merge of risk columns down to this row
            for j in range(1, 12):
                rng = None
                for m in list(ws.merged_cells.ranges):
                    if m.min_row == risk_start and m.min_col == j:
                        rng = m
                if rng is not None:
                    ws.unmerge_cells(str(rng))
                ws.merge_cells(start_row=risk_start, start_column=j, end_row=r, end_column=j)
        ref, text, owner, when, rag, col = action
        ws.cell(r, 12, ref)
        ws.cell(r, 13, text)
        ws.cell(r, 14, owner)
        c = ws.cell(r, 15, when)
        if isinstance(when, dt.datetime):
            c.number_format = "DD/MM/YYYY"
        c = ws.cell(r, 16, rag)
        c.fill = fill(col)
        c.alignment = Alignment(horizontal="center", vertical="top")
        for j in range(1, 17):
            ws.cell(r, j).border = BOX
            if j != 16:
                ws.cell(r, j).alignment = Alignment(wrap_text=True, vertical="top")
        for j in (7, 11):
            ws.cell(r, j).font = Font(bold=True)
        r += 1
    r += 1
    ws.cell(r, 1, "Risks closed or de-escalated since the last review: none.")
    ws.cell(r + 1, 1, "L = likelihood, I = impact (1–5). The Board’s risk appetite was last "
                      "reviewed in July 2025.")
    widths = {"A": 8, "B": 42, "C": 14, "D": 12, "E": 4, "F": 4, "G": 7, "H": 40, "I": 4,
              "J": 4, "K": 7, "L": 8, "M": 50, "N": 24, "O": 14, "P": 6}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A6"
    wb.active = 1
    wb.save(out(name))

    acts = [
        act("SR1.1", [P1, R1], A["SR1.1"], ["Director of Education"], "2025-12", "green"),
        act("SR1.2", [P1, R1], A["SR1.2"], ["Director of Education", "Secondary Phase Director"],
            "2026-03", "amber"),
        act("SR2.1", [P1, R2], A["SR2.1"], ["Trust Safeguarding Lead"], "2025-10", "blue"),
        act("SR3.1", [P2, R3], A["SR3.1"], ["Director of People", "CLF Institute Director"],
            "2026-09", "green"),
        act("SR3.2", [P2, R3], A["SR3.2"], ["Director of People"], "2026-01", "red"),
        act("SR4.1", [P3, R4], A["SR4.1"], ["CFOO"], "2026-04", "green"),
        act("SR5.1", [P3, R5], A["SR5.1"], ["Head of IT and Data"], "2026-03", "amber"),
        act("SR5.2", [P3, R5], A["SR5.2"], ["Head of IT and Data"], None, "green",
            end_text="Termly"),
    ]
    write_expected(name, {
        "source": ("Imitates a multi-academy trust strategic risk register of the kind trusts such as "
                   "Cabot Learning Federation take to their Audit and Risk Committee under the Academy "
                   "Trust Handbook (DfE 'Academy trust risk management' guidance): a cover sheet with "
                   "document control, scoring rule and action RAG key, then a register sheet with a "
                   "two-level header (Risk / Inherent / Controls / Residual / Further action), "
                   "strategic-priority band rows, risk cells merged down over several further actions, "
                   "L x I scores, action refs, job-title owners, real dates plus 'September 2026' and "
                   "'Termly', a filled RAG letter column and notes lines under the table."),
        "reads": ("Two sheets: a cover (document control, scoring, RAG key) and the register itself. "
                  "Under three strategic-priority bands sit five risks, each with inherent and residual "
                  "scores and one or two further actions (SR1.1 … SR5.2) with an action owner, target "
                  "date and B/G/A/R letter; eight actions in all."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Cabot Learning Federation – Strategic Risk Register 2025-26",
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# 2. NHS England – ARAC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def nhse():
    name = "zwj-nhs-england-arac-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "NHS England"
    sm["A1"].font = Font(bold=True, size=14, color="005EB8")
    sm["A2"] = "Audit and Risk Assurance Committee – 22 January 2026"
    sm["A3"] = "Internal audit recommendations: summary of open and recently closed recommendations"
    sm["A3"].font = Font(bold=True)
    hdr = ["Status", "Priority 1 (High)", "Priority 2 (Medium)", "Priority 3 (Low)", "Total"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    summ = [("Complete", 1, 0, 1, BLUE), ("On track", 1, 3, 0, GREEN),
            ("At risk", 0, 1, 0, AMBER), ("Overdue", 1, 0, 0, RED)]
    r = 6
    for st, a, b, cc, col in summ:
        sm.cell(r, 1, st).fill = fill(col)
        sm.cell(r, 2, a)
        sm.cell(r, 3, b)
        sm.cell(r, 4, cc)
        sm.cell(r, 5, a + b + cc)
        for j in range(1, 6):
            sm.cell(r, j).border = BOX
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    sm.cell(r, 2, 3)
    sm.cell(r, 3, 4)
    sm.cell(r, 4, 1)
    sm.cell(r, 5, 8)
    for j in range(1, 6):
        sm.cell(r, j).border = BOX
        sm.cell(r, j).font = Font(bold=True)
    sm.cell(r + 2, 1, "Extensions agreed by the Committee to date: 2 (recommendations 11.1 and 14.2).")
    sm.cell(r + 3, 1, "Source: GIAA recommendation tracking system, extracted 7 January 2026.")
    sm.column_dimensions["A"].width = 22
    for k in "BCDE":
        sm.column_dimensions[k].width = 18

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "NHS England – Internal audit recommendations tracker"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Audit and Risk Assurance Committee, 22 January 2026 – position at 31 December 2025"
    ws["A3"] = ("Status key: Complete (blue) – implemented and evidence accepted by GIAA;  "
                "On track (green) – expected by the current due date;  At risk (amber) – may miss "
                "the current due date;  Overdue (red) – past the current due date.")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:I3")
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original due date", "Revised due date", "Status", "Progress update (December 2025)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")

    B1 = "GIAA 2024-25/11 – Cyber security: third-party supplier assurance (Limited assurance)"
    B2 = "GIAA 2024-25/14 – Management of temporary staffing (Moderate assurance)"
    B3 = "GIAA 2025-26/03 – Data Security and Protection Toolkit submission (Moderate assurance)"
    B4 = "GIAA 2025-26/05 – Transfer of commissioning functions to ICBs (Limited assurance)"

    recs = {
        "11.1": ("Establish a complete inventory of third-party suppliers with access to NHS England "
                 "systems or data, with a named contract owner for each supplier."),
        "11.2": ("Introduce risk-based assurance checks for high-criticality suppliers at contract "
                 "award and at least annually thereafter."),
        "14.1": ("Ensure all off-framework agency engagements are approved in line with the temporary "
                 "staffing approval process."),
        "14.2": ("Reconcile contingent labour spend in the ledger to workforce records each quarter."),
        "14.3": ("Update the temporary staffing guidance on the intranet to reflect the current IR35 "
                 "determination process."),
        "03.1": ("Strengthen evidence retention so that each mandatory DSPT assertion has evidence "
                 "approved by a named owner before submission."),
        "03.2": ("Monitor data security awareness training compliance by directorate and escalate "
                 "non-compliance."),
        "05.1": ("Agree a documented transfer plan for each commissioning function moving to ICBs, "
                 "including the associated risks, contracts and data."),
    }
    acts_t = {
        "11.1": ("Consolidate supplier lists held by Commercial, Digital and regional teams into a single "
                 "third-party register, with contract owners confirmed by each directorate."),
        "11.2": ("Agree a supplier assurance standard with Commercial and issue annual assurance "
                 "questionnaires to all suppliers rated high criticality."),
        "14.1": ("Reissue the approval process to all directorates and introduce a monthly exception "
                 "report of off-framework engagements to the Executive Group."),
        "14.2": ("Introduce a quarterly reconciliation between the ledger and contingent workforce "
                 "records, with differences over £25k investigated and reported."),
        "14.3": "Refresh the temporary staffing guidance and republish it on the intranet.",
        "03.1": ("Set up an evidence library with owner sign-off for each mandatory assertion ahead of "
                 "the June 2026 submission."),
        "03.2": ("Add directorate-level training compliance to the monthly corporate performance report; "
                 "directorates below 95% to be escalated to the relevant National Director."),
        "05.1": ("Transition Programme Board to approve function-level transfer plans, with the risk "
                 "transfer schedule signed off by each receiving ICB."),
    }
    STAT = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}
    layout = [
        ("band", B1),
        ("row", "11.1", 1, "Director of Cyber Operations", dt.datetime(2025, 6, 30),
         dt.datetime(2025, 11, 30), "Overdue",
         "Register 85% complete; regional supplier data still outstanding. Escalated to the Chief "
         "Delivery Officer."),
        ("row", "11.2", 2, "Director of Cyber Operations / Director of Commercial",
         dt.datetime(2026, 3, 31), None, "On track",
         "Draft assurance standard agreed at Digital Delivery Board."),
        ("band", B2),
        ("row", "14.1", 1, "Director of Finance – Operations", dt.datetime(2025, 9, 30), None,
         "Complete", "Exception report in place since October. GIAA verified evidence in November."),
        ("row", "14.2", 2, "Head of Financial Control", dt.datetime(2025, 10, 31),
         dt.datetime(2026, 1, 31), "At risk",
         "Q2 reconciliation done; Q3 delayed by ledger migration."),
        ("row", "14.3", 3, "Head of Workforce Policy", dt.datetime(2025, 8, 31), None, "Complete",
         "Guidance republished."),
        ("band", B3),
        ("row", "03.1", 2, "Head of Information Governance; Senior Information Risk Owner",
         dt.datetime(2026, 5, 31), None, "On track", "Library built; owner sign-off workflow in test."),
        ("row", "03.2", 2, "Head of Information Governance", dt.datetime(2026, 2, 28), None,
         "On track", "First directorate report produced for November."),
        ("band", B4),
        ("row", "05.1", 1, "Director of Strategic Transformation", dt.datetime(2026, 3, 31), None,
         "On track", "Plans approved for 9 of 14 functions."),
    ]
    r = 6
    for item in layout:
        if item[0] == "band":
            c = ws.cell(r, 1, item[1])
            c.font = Font(bold=True)
            for j in range(1, 10):
                ws.cell(r, j).fill = fill("DEEAF6")
                ws.cell(r, j).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, ref, pri, owner, orig, rev, st, upd = item
        vals = [ref, pri, recs[ref], acts_t[ref], owner, orig, rev, st, upd]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.datetime):
                c.number_format = "DD/MM/YYYY"
        ws.cell(r, 1).number_format = "@"
        ws.cell(r, 8).fill = fill(STAT[st])
        r += 1
    r += 1
    ws.cell(r, 1, "Recommendations fully implemented and verified by GIAA are removed from the tracker "
                  "after being reported once as Complete.")
    for k, v in {"A": 7, "B": 8, "C": 45, "D": 50, "E": 28, "F": 12, "G": 12, "H": 11, "I": 40}.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A6"

    kd = wb.create_sheet("Definitions")
    kd["A1"] = "Priority ratings (GIAA)"
    kd["A1"].font = Font(bold=True)
    for i, (p, t) in enumerate([
        ("Priority 1", "Fundamental weakness in control; action required urgently."),
        ("Priority 2", "Significant weakness; action required within an agreed timescale."),
        ("Priority 3", "Opportunity to improve control or efficiency."),
    ], start=2):
        kd.cell(i, 1, p)
        kd.cell(i, 2, t)
    kd["A6"] = "Revised due dates are shown only where the Committee has agreed an extension."
    kd.column_dimensions["A"].width = 14
    kd.column_dimensions["B"].width = 70
    wb.active = 1
    wb.save(out(name))

    acts = [
        act("11.1", [B1, recs["11.1"]], acts_t["11.1"], ["Director of Cyber Operations"], "2025-11", "red"),
        act("11.2", [B1, recs["11.2"]], acts_t["11.2"],
            ["Director of Cyber Operations", "Director of Commercial"], "2026-03", "green"),
        act("14.1", [B2, recs["14.1"]], acts_t["14.1"], ["Director of Finance – Operations"], "2025-09", "blue"),
        act("14.2", [B2, recs["14.2"]], acts_t["14.2"], ["Head of Financial Control"], "2026-01", "amber"),
        act("14.3", [B2, recs["14.3"]], acts_t["14.3"], ["Head of Workforce Policy"], "2025-08", "blue"),
        act("03.1", [B3, recs["03.1"]], acts_t["03.1"],
            ["Head of Information Governance", "Senior Information Risk Owner"], "2026-05", "green"),
        act("03.2", [B3, recs["03.2"]], acts_t["03.2"], ["Head of Information Governance"], "2026-02", "green"),
        act("05.1", [B4, recs["05.1"]], acts_t["05.1"], ["Director of Strategic Transformation"], "2026-03", "green"),
    ]
    write_expected(name, {
        "source": ("Imitates the internal audit recommendations tracker a national arm's-length body such as "
                   "NHS England reports to its Audit and Risk Assurance Committee (GIAA reports, priority "
                   "1-3 ratings, original and revised due dates, as in HFMA NHS audit committee handbook "
                   "practice and council/agency ARAC trackers). Copied features: a Summary sheet with a "
                   "status-by-priority totals block, a Tracker sheet with title lines and a status key "
                   "that maps the words Complete / On track / At risk / Overdue to blue / green / amber / "
                   "red, one band row per audit report (title and assurance opinion), recommendation and "
                   "agreed management action side by side, job-title owners, original and revised "
                   "dates, filled status cells, a Definitions sheet and a notes line."),
        "reads": ("A three-sheet workbook: summary counts, the tracker and priority definitions. The tracker "
                  "lists eight recommendations from four GIAA audits, each band row naming the audit; each "
                  "row has the recommendation, the agreed management action with its responsible officer, "
                  "an original and sometimes a revised due date, and a status word the key turns into a "
                  "RAG colour."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "NHS England – Internal audit recommendations tracker",
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# 3. Askham Bryan College – quality improvement plan (xlsx)
# ---------------------------------------------------------------------------
def askham():
    name = "zwj-askham-bryan-college-quality-improvement-plan-2025-26.xlsx"
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Askham Bryan College – Quality Improvement Plan 2025-26"
    ov["A1"].font = Font(bold=True, size=15, color="375623")
    ov["A2"] = ("Informed by the Self-Assessment Report 2024-25 (validated by the Quality and Standards "
                "Committee, 9 December 2025)")
    ov["A4"] = "RAG key"
    ov["A4"].font = Font(bold=True)
    key = [(BLUE, "Complete"), (GREEN, "On track – on target to meet the success measure"),
           (AMBER, "Some risk – intervention in place"), (RED, "Significant risk – escalated to SLT")]
    for i, (col, txt) in enumerate(key, start=5):
        ov.cell(i, 1).fill = fill(col)
        ov.cell(i, 2, txt)
    ov["A10"] = "Summary of current RAG (January 2026)"
    ov["A10"].font = Font(bold=True)
    sh = ["Theme", "Actions", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(sh, start=1):
        c = ov.cell(11, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    srows = [("1. Quality of education", 4, 0, 3, 0, 1), ("2. Behaviour and attitudes", 3, 2, 0, 1, 0),
             ("3. Leadership and management", 1, 0, 1, 0, 0), ("Total", 8, 2, 4, 1, 1)]
    for i, row in enumerate(srows, start=12):
        for j, v in enumerate(row, start=1):
            c = ov.cell(i, j, v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    ov["A17"] = "Each theme is on its own sheet. Progress is reviewed half-termly at the Quality Improvement Board."
    ov.column_dimensions["A"].width = 30
    ov.column_dimensions["B"].width = 50

    T1 = "Theme 1: Quality of education"
    T2 = "Theme 2: Behaviour and attitudes"
    T3 = "Theme 3: Leadership and management"
    F1 = ("Too few apprentices in agriculture and land-based engineering complete their apprenticeship "
          "by their planned end date.")
    F2 = ("Teachers on level 2 study programmes do not consistently check learners’ understanding "
          "before moving on to new content.")
    F3 = ("Attendance at English and maths lessons for learners aged 16 to 18 is too low, particularly "
          "on GCSE resit courses.")
    F4 = ("Learners’ understanding of the risks of radicalisation and extremism in the local area is "
          "not secure.")
    F5 = ("Governors do not receive sufficiently precise information about the quality of "
          "apprenticeship provision.")
    X = {
        "QE1.1": ("Introduce monthly progress reviews with employers for every apprentice at risk of "
                  "going beyond their planned end date."),
        "QE1.2": ("Recruit two additional skills coaches for land-based engineering and reduce caseloads "
                  "to no more than 35 apprentices each."),
        "QE2.1": ("Deliver CPD on questioning and retrieval practice to all level 2 teaching staff at the "
                  "October and February staff development days."),
        "QE2.2": ("Use learning walks to check the use of questioning, with individual coaching for any "
                  "teacher not yet meeting the expected standard."),
        "BA1.1": ("Introduce same-day follow-up of absence from English and maths by personal tutors, with "
                  "parents and carers contacted after a second absence."),
        "BA1.2": ("Set attendance targets for each curriculum area and report weekly attendance to "
                  "curriculum managers."),
        "BA2.1": ("Refresh the tutorial programme so that every learner completes the local Prevent risk "
                  "sessions by the end of the spring term."),
        "LM1.1": ("Add an apprenticeship quality dashboard (achievement, timeliness, off-the-job hours, "
                  "employer feedback) to every Quality and Standards Committee agenda."),
    }
    sheets = [
        ("1 Quality of education", T1, [
            (F1, [("QE1.1", "Head of Apprenticeships", dt.datetime(2025, 12, 1), "mmm-yy",
                   "At-risk apprentices reduced to under 10% of the caseload",
                   "Reviews in place for all 64 at-risk apprentices.", AMBER, GREEN),
                  ("QE1.2", "Head of Apprenticeships; HR Business Partner", dt.datetime(2026, 1, 31),
                   "DD/MM/YYYY", "Average caseload 35 or fewer",
                   "One coach appointed; second post readvertised.", AMBER, RED)]),
            (F2, [("QE2.1", "Head of Teaching, Learning and Assessment", dt.datetime(2026, 2, 1), "mmm-yy",
                   "All level 2 staff attend; learning walk evidence shows effective questioning",
                   "October session delivered to 41 staff.", GREEN, GREEN),
                  ("QE2.2", "VP Curriculum & Quality", "Summer term 2026", None,
                   "90% of observed teachers meet the standard",
                   "First round of learning walks complete.", GREEN, GREEN)]),
        ]),
        ("2 Behaviour and attitudes", T2, [
            (F3, [("BA1.1", "Head of Student Services / Personal Tutor Manager", dt.datetime(2025, 10, 31),
                   "DD/MM/YYYY", "English and maths attendance at 88% or above",
                   "Process live from 1 October.", GREEN, BLUE),
                  ("BA1.2", "Data and MIS Manager", dt.datetime(2025, 11, 1), "mmm-yy",
                   "Weekly report issued to all curriculum managers",
                   "Weekly Power BI report issued every Monday.", GREEN, BLUE)]),
            (F4, [("BA2.1", "Designated Safeguarding Lead", dt.datetime(2026, 3, 1), "mmm-yy",
                   "All learners complete the sessions; learner voice shows secure understanding",
                   "New action added after the December SAR validation. 40% of groups complete.", None, AMBER)]),
        ]),
        ("3 Leadership and management", T3, [
            (F5, [("LM1.1", "Clerk to the Corporation and Head of Apprenticeships", "Ongoing", None,
                   "Dashboard received at every committee meeting",
                   "First dashboard received in November.", GREEN, GREEN)]),
        ]),
    ]
    heads = ["Ref", "Area for improvement (SAR 2024-25)", "Action", "Lead(s)", "By when",
             "Success measure", "Progress update (January 2026)", "Previous RAG (Oct 25)",
             "Current RAG (Jan 26)"]
    for sname, theme, blocks in sheets:
        ws = wb.create_sheet(sname)
        ws["A1"] = theme
        ws["A1"].font = Font(bold=True, size=13, color="375623")
        ws.merge_cells("A1:I1")
        ws["A2"] = "QIP 2025-26 – monitored half-termly at the Quality Improvement Board"
        ws["A2"].font = Font(italic=True)
        for j, h in enumerate(heads, start=1):
            c = ws.cell(4, j, h)
            c.font = Font(bold=True)
            c.fill = fill("E2EFDA")
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="center")
        r = 5
        for afi, rows in blocks:
            start = r
            for ref, lead, when, fmt, meas, upd, prev, cur in rows:
                vals = [ref, afi if r == start else None, X[ref], lead, when, meas, upd, None, None]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.border = BOX
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                if fmt:
                    ws.cell(r, 5).number_format = fmt
                if prev:
                    ws.cell(r, 8).fill = fill(prev)
                if cur:
                    ws.cell(r, 9).fill = fill(cur)
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        for k, v in {"A": 7, "B": 40, "C": 50, "D": 28, "E": 14, "F": 32, "G": 36, "H": 11, "I": 11}.items():
            ws.column_dimensions[k].width = v
    wb.save(out(name))

    acts = [
        act("QE1.1", [T1, F1], X["QE1.1"], ["Head of Apprenticeships"], "2025-12", "green"),
        act("QE1.2", [T1, F1], X["QE1.2"], ["Head of Apprenticeships", "HR Business Partner"], "2026-01", "red"),
        act("QE2.1", [T1, F2], X["QE2.1"], ["Head of Teaching, Learning and Assessment"], "2026-02", "green"),
        act("QE2.2", [T1, F2], X["QE2.2"], ["VP Curriculum & Quality"], "2026-07", "green",
            end_text="Summer term 2026"),
        act("BA1.1", [T2, F3], X["BA1.1"], ["Head of Student Services", "Personal Tutor Manager"], "2025-10", "blue"),
        act("BA1.2", [T2, F3], X["BA1.2"], ["Data and MIS Manager"], "2025-11", "blue"),
        act("BA2.1", [T2, F4], X["BA2.1"], ["Designated Safeguarding Lead"], "2026-03", "amber"),
        act("LM1.1", [T3, F5], X["LM1.1"], ["Clerk to the Corporation", "Head of Apprenticeships"], None,
            "green", end_text="Ongoing"),
    ]
    write_expected(name, {
        "source": ("Imitates an FE / land-based college quality improvement plan (QIP) drawn from its "
                   "self-assessment report, as colleges such as Askham Bryan College publish or take to "
                   "their quality and standards committee. Copied features: an Overview sheet with title, "
                   "SAR reference, colour-only RAG key and a summary-by-theme totals block; one sheet per "
                   "Ofsted-style theme with a theme title row; the SAR area for improvement merged down "
                   "beside its actions; refs QE1.1 etc.; several leads in one cell (job titles joined by "
                   "; / and 'and'); dates formatted mmm-yy and dd/mm/yyyy plus 'Summer term 2026' and "
                   "'Ongoing'; previous and current RAG columns shown by fill colour only."),
        "reads": ("Four sheets: an overview with the RAG key and counts, then three theme sheets. Each theme "
                  "lists areas for improvement from the SAR with one or two actions beneath, each with "
                  "lead(s), a by-when date, success measure, update and a previous and current RAG fill; "
                  "eight actions in all, status from the current (January) RAG."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Askham Bryan College – Quality Improvement Plan 2025-26",
        "actions": acts,
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


def bold_cell(cell, text, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. South Yorkshire Police – HMICFRS NCPI action plan (docx)
# ---------------------------------------------------------------------------
def syp():
    name = "zwj-south-yorkshire-police-hmicfrs-ncpi-child-protection-action-plan.docx"
    doc = Document()
    doc.add_heading("South Yorkshire Police – National Child Protection Inspection: Force Action Plan", 0)
    doc.add_paragraph("HMICFRS inspection fieldwork June 2025 | Report published 23 September 2025")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document owner", "Assistant Chief Constable – Protective Services"),
                 ("Governance", "Child Protection and Safeguarding Board (monthly); Force Performance "
                                "Board (quarterly)"),
                 ("Version", "1.4 – updated 12/12/2025"),
                 ("Protective marking", "OFFICIAL")]:
        row = dc.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph(
        "HMICFRS made four recommendations. Recommendations 1 and 2 were to be acted on immediately; "
        "recommendations 3 and 4 within six months of publication. Progress is reported quarterly to the "
        "Office of the Police and Crime Commissioner (OPCC) and to HMICFRS.")
    doc.add_paragraph("RAG: Complete – action delivered and evidenced; Green – on track; Amber – at risk "
                      "of slipping; Red – off track.")

    PA = "Part A – Recommendations for immediate action"
    PB = "Part B – Recommendations within six months"
    REC = {
        1: ("Recommendation 1: We recommend that, with immediate effect, South Yorkshire Police ensures "
            "that when children are taken into police protection, the designated officer reviews each "
            "case and records the rationale for their decision."),
        2: ("Recommendation 2: We recommend that, with immediate effect, South Yorkshire Police ensures "
            "that the voice of the child is captured and recorded at all domestic abuse incidents where "
            "children are present."),
        3: ("Recommendation 3: We recommend that, within six months, South Yorkshire Police works with "
            "children’s social care so that strategy discussions take place within one working day of a "
            "referral."),
        4: ("Recommendation 4: We recommend that, within six months, South Yorkshire Police improves the "
            "supervision of child abuse investigations, so that each investigation has a clear plan and "
            "regular documented supervisory reviews."),
    }
    T = {
        "1.1": ("Issue a force-wide briefing and update the police protection policy so that every "
                "designated officer review is recorded on Connect within 24 hours."),
        "1.2": ("Dip-sample 20 police protection cases each month and report compliance to the Child "
                "Protection and Safeguarding Board."),
        "2.1": ("Add a mandatory ‘voice of the child’ field to the domestic abuse risk assessment on "
                "officers’ mobile devices."),
        "2.2": ("Deliver voice of the child training to all response and neighbourhood officers through "
                "district learning days."),
        "3.1": ("Agree a joint escalation protocol with the Barnsley, Doncaster, Rotherham and Sheffield "
                "front doors for strategy discussions not held within one working day."),
        "3.2": ("Introduce a daily performance report of referrals awaiting a strategy discussion, reviewed "
                "at the morning MASH meeting."),
        "4.1": ("Set a minimum standard of supervisory review at 7, 28 and 56 days for all child abuse "
                "investigations, monitored through the crime management system."),
        "4.2": ("Provide investigative supervision training for all sergeants and inspectors in the child "
                "abuse investigation teams."),
    }
    rows = {
        1: [("1.1", "D/Supt Public Protection", "31/10/2025", "Complete",
             "Policy v3.0 published 14/10/2025; briefing delivered to all duty inspectors."),
            ("1.2", "Public Protection Quality Assurance Team", "Monthly", "Green",
             "October sample: 18 of 20 compliant.")],
        2: [("2.1", "Head of Digital Policing; T/Supt Vulnerability", "November 2025", "Complete",
             "Field live on all devices from 3 November."),
            ("2.2", "Learning and Development Manager", "Q4 2025/26", "Amber",
             "Two of four districts trained; abstraction pressures over Christmas.")],
        3: [("3.1", "Supt Partnerships and Safeguarding", "31/01/2026", "Green",
             "Protocol agreed with three of the four local authorities."),
            ("3.2", "DCI MASH / Performance and Analysis Manager", "December 2025", "Green",
             "Report in test; live from 1 December.")],
        4: [("4.1", "D/Supt Public Protection", "March 2026", "Amber",
             "Standard agreed; system change requested from the supplier."),
            ("4.2", "Learning and Development Manager", "Ongoing – two cohorts per quarter", "Green",
             "First cohort of 14 completed in November.")],
    }
    FILL = {"Complete": "9DC3E6", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for part, recs in [(PA, [1, 2]), (PB, [3, 4])]:
        doc.add_heading(part, 1)
        for n in recs:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
            bold_cell(top, REC[n])
            shade(top, "D9E2F3")
            for j, h in enumerate(["Ref", "Action", "Owner", "Target date", "RAG", "Progress update"]):
                bold_cell(t.rows[1].cells[j], h)
            for ref, owner, when, rag, upd in rows[n]:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[1].text = T[ref]
                cells[2].text = owner
                cells[3].text = when
                cells[4].text = rag
                shade(cells[4], FILL[rag])
                cells[5].text = upd
            doc.add_paragraph("")
    doc.add_heading("Sign-off", 1)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Approved by", "Role", "Date"]):
        bold_cell(so.rows[0].cells[j], h)
    for j, v in enumerate(["ACC Protective Services", "Chair, Child Protection and Safeguarding Board",
                           "12/12/2025"]):
        so.rows[1].cells[j].text = v
    doc.save(out(name))

    S = {"Complete": "blue", "Green": "green", "Amber": "amber"}
    acts = [
        act("1.1", [PA, REC[1]], T["1.1"], ["D/Supt Public Protection"], "2025-10", "blue"),
        act("1.2", [PA, REC[1]], T["1.2"], ["Public Protection Quality Assurance Team"], None, "green",
            end_text="Monthly"),
        act("2.1", [PA, REC[2]], T["2.1"], ["Head of Digital Policing", "T/Supt Vulnerability"], "2025-11", "blue"),
        act("2.2", [PA, REC[2]], T["2.2"], ["Learning and Development Manager"], "2026-03", "amber"),
        act("3.1", [PB, REC[3]], T["3.1"], ["Supt Partnerships and Safeguarding"], "2026-01", "green"),
        act("3.2", [PB, REC[3]], T["3.2"], ["DCI MASH", "Performance and Analysis Manager"], "2025-12", "green"),
        act("4.1", [PB, REC[4]], T["4.1"], ["D/Supt Public Protection"], "2026-03", "amber"),
        act("4.2", [PB, REC[4]], T["4.2"], ["Learning and Development Manager"], None, "green",
            end_text="Ongoing – two cohorts per quarter"),
    ]
    write_expected(name, {
        "source": ("Imitates a police force's post-inspection action plan for an HMICFRS National Child "
                   "Protection Inspection (NCPI), which forces send to HMICFRS within six weeks and report "
                   "to the PCC (HMICFRS NCPI post-inspection methodology). Copied features: title and "
                   "fieldwork/publication line, a document-control table, an intro paragraph and RAG key "
                   "line, Part A / Part B headings for immediate and six-month recommendations, one Word "
                   "table per recommendation with the recommendation text in a merged, shaded first row, "
                   "police ranks and posts as owners (two in one cell), dates written 31/10/2025, "
                   "November 2025, Q4 2025/26, Monthly and 'Ongoing – two cohorts per quarter', shaded RAG "
                   "words, and a sign-off table."),
        "reads": ("A Word action plan: document control, then two parts, each with two recommendation "
                  "tables. Every table opens with the inspectors' recommendation and lists two numbered "
                  "actions with owner, target date, RAG word and update; eight actions in all. The sign-off "
                  "and document-control tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "South Yorkshire Police – National Child Protection Inspection: Force Action Plan",
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# 5. Kiveton Park Medical Practice – CQC action plan (docx)
# ---------------------------------------------------------------------------
def kiveton():
    name = "zwj-kiveton-park-medical-practice-cqc-inspection-action-plan.docx"
    doc = Document()
    sec = doc.sections[0]
    # landscape
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    p = doc.add_paragraph()
    r = p.add_run("Kiveton Park Medical Practice – CQC Action Plan")
    r.bold = True
    r.font.size = Pt(18)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Assessment date: 20 May 2025     Report published: 8 July 2025     "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("Prepared by: Practice Manager     Agreed at partners’ meeting: 22 July 2025     "
                      "Last updated: 4 November 2025")
    doc.add_paragraph("This plan responds to the two requirement notices (Regulations 12 and 17) and the "
                      "areas where CQC said the practice should improve. It is reviewed at the monthly "
                      "partners’ meeting and shared with the ICB primary care team.")

    S1 = "Requirement notice – Regulation 12: Safe care and treatment"
    S2 = "Requirement notice – Regulation 17: Good governance"
    S3 = "Areas where the practice should improve"
    FA = ("Patients prescribed high-risk medicines (including methotrexate, lithium and DOACs) were not "
          "always monitored in line with national guidance.")
    FB = "Checks of emergency medicines and equipment were not consistently recorded."
    FC = ("Systems to act on MHRA patient safety alerts were not effective and historic alerts had not "
          "been reviewed.")
    FD = ("Training records were incomplete and some staff had not completed safeguarding training at "
          "the level required for their role.")
    FE = "The practice should continue to improve the uptake of cervical screening."
    FF = "The practice should take action to improve patient satisfaction with telephone access."
    T = {
        "1": ("Run monthly searches for patients on high-risk medicines and recall any patient overdue "
              "monitoring."),
        "2": ("Add a prescribing alert to each high-risk medicine so that repeat prescriptions cannot be "
              "issued without in-date monitoring."),
        "3": ("Introduce a weekly signed checklist for emergency medicines, oxygen and the defibrillator, "
              "audited each month."),
        "4": ("Set up a safety alerts log with a named clinician responsible for each alert and a search "
              "to identify affected patients."),
        "5": "Review all MHRA alerts issued in the last 24 months and record the action taken.",
        "6": ("Review the mandatory training compliance report at each practice meeting and follow up "
              "any staff member below 95%."),
        "7": ("Offer Saturday cervical screening clinics through the PCN enhanced access service and send "
              "text reminders to patients overdue screening."),
        "8": ("Move to a cloud-based telephony system with call-back and queue position, then repeat the "
              "practice patient survey."),
    }
    plan = [
        (S1, [(FA, [("1", "Clinical Pharmacist", "31/08/2025", "Completed",
                     "Searches run monthly since June; 37 patients recalled."),
                    ("2", "Dr R Patel (Prescribing Lead)", "Aug 2025", "Completed",
                     "Alerts added on SystmOne.")]),
              (FB, [("3", "Lead Nurse / Practice Manager", "Sept 2025", "Completed",
                     "Checklist in each clinical room; audited monthly.")])]),
        (S2, [(FC, [("4", "Dr Okafor and Dr Lindqvist", "30/09/2025", "Completed",
                     "Log in place; alerts discussed at clinical meeting."),
                    ("5", "Clinical Pharmacist", "31/12/2025", "On track",
                     "14 months of alerts reviewed.")]),
              (FD, [("6", "Practice Manager", "Monthly", "On track",
                     "Compliance 91% (October).")])]),
        (S3, [(FE, [("7", "Lead Nurse", "March 2026", "On track",
                     "Clinics running from October.")]),
              (FF, [("8", "Practice Manager; PPG Chair", "April 2026", "Not started",
                     "Awaiting ICB digital funding decision.")])]),
    ]
    heads = ["No.", "CQC finding", "Action", "Lead", "Target date", "Status", "Evidence / comments"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        bold_cell(t.rows[0].cells[j], h)
        shade(t.rows[0].cells[j], "BDD7EE")
    SF = {"Completed": "9DC3E6", "On track": "A9D08E", "Not started": "FFFFFF"}
    for sect, finds in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[6])
        bold_cell(m, sect)
        shade(m, "F2F2F2")
        for finding, acts_ in finds:
            first = None
            for no, lead, when, st, comm in acts_:
                row = t.add_row()
                c = row.cells
                c[0].text = no
                if first is None:
                    c[1].text = finding
                    first = c[1]
                else:
                    first = first.merge(c[1])
                c[2].text = T[no]
                c[3].text = lead
                c[4].text = when
                c[5].text = st
                shade(c[5], SF[st])
                c[6].text = comm
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Completed – evidence held; On track – in progress and due on time; "
                      "Not started.")
    doc.save(out(name))

    acts = [
        act("1", [S1, FA], T["1"], ["Clinical Pharmacist"], "2025-08", "blue"),
        act("2", [S1, FA], T["2"], ["Dr R Patel (Prescribing Lead)"], "2025-08", "blue"),
        act("3", [S1, FB], T["3"], ["Lead Nurse", "Practice Manager"], "2025-09", "blue"),
        act("4", [S2, FC], T["4"], ["Dr Okafor", "Dr Lindqvist"], "2025-09", "blue"),
        act("5", [S2, FC], T["5"], ["Clinical Pharmacist"], "2025-12", "green"),
        act("6", [S2, FD], T["6"], ["Practice Manager"], None, "green", end_text="Monthly"),
        act("7", [S3, FE], T["7"], ["Lead Nurse"], "2026-03", "green"),
        act("8", [S3, FF], T["8"], ["Practice Manager", "PPG Chair"], "2026-04", "unrated"),
    ]
    write_expected(name, {
        "source": ("Imitates a GP practice's action plan after a CQC assessment with requirement notices "
                   "(Regulation 12 safe care and treatment, Regulation 17 good governance) and 'should "
                   "improve' findings, as GP practices rated requires improvement publish or send to CQC "
                   "and their ICB. Copied features: centred title, assessment/report/rating line and "
                   "prepared-by line, an intro paragraph, one landscape table with shaded section rows per "
                   "requirement notice, the CQC finding merged down beside its actions, numbered actions, "
                   "a named GP with role, two clinicians joined by 'and', posts joined by / and ;, dates "
                   "as 31/08/2025, Aug 2025, Sept 2025, Monthly, March 2026, shaded status words, and a "
                   "status key line after the table."),
        "reads": ("A one-table Word action plan with three section rows: the Regulation 12 and Regulation 17 "
                  "requirement notices and the areas the practice should improve. Under each, CQC's "
                  "findings sit beside one or two numbered actions with lead, target date, status and "
                  "comments; eight actions in all."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Kiveton Park Medical Practice – CQC Action Plan",
        "actions": acts,
    })


# ---------------------------------------------------------------------------
# 6. Coastline Housing – board action log (csv, refuse)
# ---------------------------------------------------------------------------
def coastline():
    name = "zwj-coastline-housing-board-action-log-typo-month-refuse.csv"
    ncol = 8
    rows = [
        ["Coastline Housing – Board action log"],
        ["Open actions and actions closed since the last meeting – prepared for the Board, 27 November 2025"],
        [],
        ["Action no.", "Meeting", "Minute", "Action", "Owner", "Due", "Status", "Comment"],
        ["B/25/031", "24/04/2025", "8.2",
         "Bring a revised Treasury Management Policy, reflecting the new funding covenants, for approval.",
         "Director of Finance", "Jul-25", "Complete", "Approved at the July Board."],
        ["B/25/044", "26/06/2025", "6.1",
         "Circulate the tenant satisfaction measures benchmarking against Cornwall and South West peers.",
         "Company Secretary", "Sep-25", "Complete", "Circulated 12/09/2025."],
        ["B/25/052", "24/07/2025", "5.3",
         "Provide a deep dive on damp and mould cases open for more than 28 days, including readiness for Awaab’s Law.",
         "Director of Property Services", "Nov-25", "On track", "On the agenda for this meeting (item 9)."],
        ["B/25/058", "25/09/2025", "7.2",
         "Arrange Board training on the Consumer Standards and the RSH inspection approach.",
         "Company Secretary / Chair", "Febuary 2026", "On track", "Trainer booked; date to be confirmed."],
        ["B/25/061", "25/09/2025", "9.1",
         "Report on options for the Redruth regeneration scheme following the cost review.",
         "Director of Development", "Jan-26", "Not started", ""],
        ["B/25/063", "25/09/2025", "11.4",
         "Add the risk of a Board skills gap following two resignations to the strategic risk register.",
         "Chief Executive", "Oct-25", "Overdue", "Deferred to the December Audit & Risk Committee."],
        [],
        ["Open actions: 4   Closed since last meeting: 2"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row + [""] * (ncol - len(row)))
    text = buf.getvalue()
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    lines = text.split("\r\n")
    typo_line = next(i for i, l in enumerate(lines, start=1) if "Febuary" in l)
    assert typo_line == 8, typo_line
    write_expected(name, {
        "source": ("Imitates a housing association's board action log (matters arising / rolling actions) "
                   "exported from Excel to CSV, as registered providers such as Coastline Housing keep for "
                   "their Board. Copied features: title and 'prepared for' lines, action numbers B/25/nnn, "
                   "meeting date and minute reference columns, job-title owners (two in one cell), due "
                   "months written Jul-25, status words and comments, and a counts line at the foot."),
        "reads": ("A board action log of six actions from four Board meetings. The due date of action "
                  "B/25/058 on line 8 reads 'Febuary 2026', a mistyped month, so a careful reader stops "
                  "there and asks what was meant before recording it."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_line,
        "title": "Coastline Housing – Board action log",
    })


# ---------------------------------------------------------------------------
# 7. Hayfield School – post-inspection action plan (tab-separated text)
# ---------------------------------------------------------------------------
def hayfield():
    name = "zwj-hayfield-school-post-ofsted-action-plan.txt"
    ncol = 7
    P1 = "Priority 1: Curriculum – sequencing of key knowledge in foundation subjects"
    P2 = "Priority 2: Reading – support for weaker readers in key stage 3"
    P3 = "Priority 3: Attendance – persistent absence of disadvantaged pupils"
    T = {
        "1.1": ("Heads of department in history, geography, RE and MFL to rewrite curriculum maps "
                "identifying the key knowledge for each unit and when it is revisited."),
        "1.2": ("Department time on each INSET day used to check that lesson resources match the revised "
                "curriculum maps."),
        "1.3": ("Subject deep dives by SLT and link governors in each foundation subject, with findings "
                "reported to the LGB."),
        "2.1": ("Screen all Year 7 pupils with the NGRT in September.\n"
                "Pupils reading below their chronological age join the Fresh Start or Lexonik programme."),
        "2.2": ("Train all form tutors to deliver the tutor-time reading programme, with fortnightly "
                "drop-ins by the reading lead."),
        "3.1": ("Appoint an attendance officer and hold weekly attendance panels for disadvantaged pupils "
                "who are persistently absent."),
        "3.2": ("Work with the City of Doncaster Council attendance team on early legal intervention where "
                "attendance is below 50%."),
    }
    rows = [
        ["Hayfield School – Post-inspection action plan"],
        ["Ofsted inspection 11 and 12 March 2025. Plan agreed by the Local Governing Body 1 May 2025; "
         "progress updated January 2026."],
        [],
        ["Ref", "Action", "Lead", "Timescale", "Monitoring", "Success criteria", "RAG"],
        [P1],
        ["1.1", T["1.1"], "Deputy Headteacher (Curriculum)", "Autumn term 2025",
         "SLT line management; trust curriculum review", "Curriculum maps for all foundation subjects "
         "published on the website", "B"],
        ["1.2", T["1.2"], "Heads of Department", "Spring term 2026", "Work scrutiny by SLT",
         "Resources match the maps in all sampled lessons", "G"],
        ["1.3", T["1.3"], "Headteacher / Chair of Governors", "Termly", "LGB minutes",
         "Governors can explain curriculum strengths and next steps", "G"],
        [P2],
        ["2.1", T["2.1"], "SENCo / Assistant Headteacher (Inclusion)", "October 2025",
         "Reading data reviewed each half term", "Year 7 readers below age-related expectations make "
         "12 months' progress in 6 months", "B"],
        ["2.2", T["2.2"], "Mrs J Whitaker (Reading Lead)", "Jan-26", "Drop-in records",
         "All tutors deliver the programme consistently", "A"],
        [P3],
        ["3.1", T["3.1"], "Assistant Headteacher (Pastoral)", "September 2025", "Weekly attendance data",
         "Persistent absence of disadvantaged pupils below 25%", "B"],
        ["3.2", T["3.2"], "Attendance Officer and Assistant Headteacher (Pastoral)", "Summer term 2026",
         "Attendance panel notes", "Fewer pupils below 50% attendance than in 2024-25", "R"],
        [],
        ["RAG: B = complete   G = on track   A = some slippage   R = off track – escalated to SLT"],
        ["Next review: Local Governing Body, 3 March 2026"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        w.writerow(row + [""] * (ncol - len(row)))
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    acts = [
        act("1.1", [P1], T["1.1"], ["Deputy Headteacher (Curriculum)"], "2025-12", "blue",
            end_text="Autumn term 2025"),
        act("1.2", [P1], T["1.2"], ["Heads of Department"], "2026-03", "green", end_text="Spring term 2026"),
        act("1.3", [P1], T["1.3"], ["Headteacher", "Chair of Governors"], None, "green", end_text="Termly"),
        act("2.1", [P2], T["2.1"], ["SENCo", "Assistant Headteacher (Inclusion)"], "2025-10", "blue"),
        act("2.2", [P2], T["2.2"], ["Mrs J Whitaker (Reading Lead)"], "2026-01", "amber"),
        act("3.1", [P3], T["3.1"], ["Assistant Headteacher (Pastoral)"], "2025-09", "blue"),
        act("3.2", [P3], T["3.2"], ["Attendance Officer", "Assistant Headteacher (Pastoral)"], "2026-07", "red",
            end_text="Summer term 2026"),
    ]
    write_expected(name, {
        "source": ("Imitates a secondary school's post-Ofsted action plan (areas for improvement turned into "
                   "priorities, with lead, timescale, monitoring and success criteria, as in Ofsted's "
                   "'Action planning for school improvement' guidance and plans schools post on their "
                   "websites), saved from Excel as tab-delimited text. Copied features: title and "
                   "inspection/approval line, a header row, priority rows with the rest of the row empty, "
                   "refs 1.1 etc., a quoted cell with an inner line break, school-term timescales (Autumn / "
                   "Spring / Summer term, Termly), posts and a named teacher as leads, B/G/A/R letters and "
                   "a RAG key and next-review line at the foot."),
        "reads": ("A tab-separated plan with three priorities (curriculum, reading, attendance), each "
                  "followed by two or three numbered actions with lead, timescale, monitoring, success "
                  "criteria and a RAG letter; seven actions in all. Action 2.1 runs over two lines inside "
                  "one quoted cell."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Hayfield School – Post-inspection action plan",
        "actions": acts,
    })


if __name__ == "__main__":
    cabot()
    nhse()
    askham()
    syp()
    kiveton()
    coastline()
    hayfield()
    print("done")
