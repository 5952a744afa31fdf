"""Build the seven zvb- blind cases (set heldout642) and their expected readings.

Run with /work/main/.venv/bin/python zvb_make.py from any directory.
Writes only files whose names start with "zvb-" into this script's folder.
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
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, LIGHT = "D9D9D9", "F2F2F2"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("zvb-")
    return os.path.join(HERE, name)


def write_expected(name, exp):
    with open(out(name) + ".expected.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=100)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. ScottishPower - Ofgem MCR involuntary PPM remediation tracker (xlsx)
# ---------------------------------------------------------------------------
def scottishpower():
    name = "zvb-scottishpower-ofgem-prepayment-compliance-remediation-tracker.xlsx"
    title = "Ofgem Market Compliance Review – Involuntary PPM Remediation Action Tracker"
    D = dt.datetime
    ws1 = "Workstream 1 – Warrant installations"
    ws2 = "Workstream 2 – Remote switching of smart meters to prepayment mode"
    ws3 = "Workstream 3 – Customer redress"
    ws4 = "Workstream 4 – Governance and oversight"
    f1 = "Ability-to-pay and vulnerability checks before applying for a warrant were not consistently evidenced."
    f2 = "Warrant visits did not always record the customer's circumstances before the meter was fitted."
    f3 = "Smart meters were switched to prepayment mode remotely without a fresh affordability assessment."
    f4 = "Some customers were moved to prepayment where it was not safe and reasonably practicable to do so."
    f5 = "Board-level oversight of the involuntary PPM process was not evidenced."
    # workstream, finding, ref, action, owner(cell), orig, revised, prev, curr, commentary, exp lead, exp end, exp status, end_text
    rows = [
        (ws1, f1, "1.1", "Introduce a mandatory pre-warrant vulnerability checklist in the collections workflow, with a hard stop where any check is incomplete.",
         "Head of Collections", D(2023, 8, 31), None, "A", "B",
         "Checklist live in the collections workflow from 21/08/2023. QA of 200 cases found 100% completion.",
         ["Head of Collections"], "2023-08", "blue"),
        (ws1, f1, "1.2", "Retrain all collections and field agents on the Ofgem Code of Practice for Involuntary PPM Installation and record completion in the learning system.",
         "Collections Training Lead / Field Operations Manager", D(2023, 9, 30), D(2023, 10, 31), "A", "B",
         "1,146 of 1,146 agents trained. Refresher added to annual mandatory training.",
         ["Collections Training Lead", "Field Operations Manager"], "2023-10", "blue"),
        (ws1, f2, "1.3", "Require body-worn video on every warrant visit and review a 10% sample of footage each month through quality assurance.",
         "Field Operations Manager", D(2023, 12, 31), D(2024, 3, 31), "R", "A",
         "Cameras issued to all field teams. Monthly QA sampling started in January; footage retention policy awaiting sign-off by the DPO.",
         ["Field Operations Manager"], "2024-03", "amber"),
        (ws2, f3, "2.1", "Rebuild the remote-switch journey so that a switch to prepayment cannot be scheduled unless a welfare contact has been logged in the previous 28 days.",
         "Head of Smart Operations", D(2024, 2, 29), None, "A", "G",
         "System change in user acceptance testing; go-live planned for 19/02/2024.",
         ["Head of Smart Operations"], "2024-02", "green"),
        (ws2, f3, "2.2", "Add a second-line assurance check of a monthly sample of remote switches.",
         "Compliance Assurance Manager", D(2024, 1, 31), None, "G", "B",
         "First monthly sample completed 26/01/2024; no exceptions.",
         ["Compliance Assurance Manager"], "2024-01", "blue"),
        (ws3, f4, "3.1", "Identify every customer fitted or switched under warrant since 1 January 2022 and review each case against the MCR criteria.",
         "Remediation Programme Manager", D(2023, 11, 30), D(2024, 1, 31), "A", "B",
         "Case review complete: 12,480 cases reviewed; 1,327 customers identified for redress.",
         ["Remediation Programme Manager"], "2024-01", "blue"),
        (ws3, f4, "3.2", "Pay compensation and write off associated debt for customers found to have been disadvantaged, and offer a switch back to a credit meter at no cost.",
         "Remediation Programme Manager; Head of Customer Accounts", D(2024, 3, 31), D(2024, 6, 30), "A", "A",
         "Payments issued to 402 customers. Revised date agreed with Ofgem to allow for customers who have moved home.",
         ["Remediation Programme Manager", "Head of Customer Accounts"], "2024-06", "amber"),
        (ws3, f4, "3.3", "Report remediation volumes and payments to Ofgem every month until the review is closed.",
         "Regulation Director", "Monthly", None, "G", "G",
         "January return submitted 08/02/2024.",
         ["Regulation Director"], None, "green"),
        (ws4, f5, "4.1", "Add a standing involuntary PPM item to the Retail Risk & Compliance Committee agenda, with quarterly reporting to the Board.",
         "Company Secretary", D(2023, 9, 30), None, "G", "B",
         "Standing item from the September 2023 committee; first Board report 12/12/2023.",
         ["Company Secretary"], "2023-09", "blue"),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "ScottishPower Retail | Position at 31 January 2024 | OFFICIAL – shared with Ofgem"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Version", "v7.0"), ("Date", "05/02/2024"), ("Owner", "Retail Regulation"),
          ("Approved by", "Retail Risk & Compliance Committee"), ("Next update", "Monthly, with the Ofgem return")]
    for i, (k, v) in enumerate(dc, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("B", "Complete – evidence of closure provided", BLUE), ("G", "On track to meet due date", GREEN),
           ("A", "At risk – due date may be missed, mitigation in place", AMBER),
           ("R", "Off track – due date missed or will be missed", RED)]
    for i, (k, v, col) in enumerate(key, start=12):
        cov.cell(i, 1, k).fill = fill(col)
        cov.cell(i, 1).alignment = Alignment(horizontal="center")
        cov.cell(i, 2, v)
    cov["A17"] = "Note: where a due date has been revised with Ofgem's agreement, the revised date is shown alongside the original."
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 60

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by workstream – position at 31 January 2024"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Workstream", "Actions", "Complete", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00573F")
        c.border = BOX
    counts = {}
    for r in rows:
        counts.setdefault(r[0], [0, 0, 0, 0, 0])
        k = counts[r[0]]
        k[0] += 1
        k[{"B": 1, "G": 2, "A": 3, "R": 4}[r[8]]] += 1
    i = 4
    for wsn, k in counts.items():
        sm.cell(i, 1, wsn)
        for j, v in enumerate(k, start=2):
            sm.cell(i, j, v)
        for j in range(1, 7):
            sm.cell(i, j).border = BOX
        i += 1
    sm.cell(i, 1, "Total").font = Font(bold=True)
    for j in range(2, 7):
        sm.cell(i, j, sum(k[j - 2] for k in counts.values())).font = Font(bold=True)
        sm.cell(i, j).border = BOX
    sm.column_dimensions["A"].width = 62

    tr = wb.create_sheet("Action tracker")
    tr["A1"] = title
    tr["A1"].font = Font(bold=True, size=13)
    tr["A2"] = "Position at 31 January 2024"
    heads = ["Ref", "MCR finding", "Remediation action", "Action owner", "Original due date",
             "Revised due date", "Previous RAG", "Current RAG", "Progress commentary"]
    for j, h in enumerate(heads, start=1):
        c = tr.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00573F")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    widths = [7, 38, 60, 30, 13, 13, 10, 10, 55]
    for j, w in enumerate(widths, start=1):
        tr.column_dimensions[get_column_letter(j)].width = w
    r = 5
    cur_ws = cur_f = None
    f_start = None
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def close_finding(end_row):
        if f_start is not None and end_row > f_start:
            tr.merge_cells(start_row=f_start, start_column=2, end_row=end_row, end_column=2)

    exp_actions = []
    for (wsn, fnd, ref, action, owner, orig, rev, prev, curr, comm, elead, eend, estat) in rows:
        if wsn != cur_ws:
            close_finding(r - 1)
            f_start = None
            cur_f = None
            tr.cell(r, 1, wsn).font = Font(bold=True)
            for j in range(1, 10):
                tr.cell(r, j).fill = fill(GREY)
            tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            cur_ws = wsn
            r += 1
        if fnd != cur_f:
            close_finding(r - 1)
            f_start = r
            tr.cell(r, 2, fnd)
            cur_f = fnd
        tr.cell(r, 1, ref)
        tr.cell(r, 3, action)
        tr.cell(r, 4, owner)
        c = tr.cell(r, 5, orig)
        if isinstance(orig, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        if rev is not None:
            tr.cell(r, 6, rev).number_format = "dd/mm/yyyy"
        tr.cell(r, 7, prev).fill = fill(ragfill[prev])
        tr.cell(r, 8, curr).fill = fill(ragfill[curr])
        tr.cell(r, 9, comm)
        for j in range(1, 10):
            tr.cell(r, j).alignment = WRAP
            tr.cell(r, j).border = BOX
        for j in (7, 8):
            tr.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
        exp_actions.append(act(ref, [wsn, fnd], action, elead, eend, estat,
                               end_text="Monthly" if orig == "Monthly" else None))
        r += 1
    close_finding(r - 1)
    tr.freeze_panes = "A5"
    wb.save(out(name))

    exp = {
        "source": (
            "Imitates the remediation tracker an energy supplier keeps for Ofgem after the 2023 Market "
            "Compliance Review of involuntary prepayment meter installations (Ofgem MCR scope update and "
            "closure press release, ofgem.gov.uk, 2023). Body: ScottishPower Retail (private firm answering a "
            "regulator). Copied features: cover sheet with document-control table and letter RAG key "
            "(B/G/A/R with fills), summary-by-workstream totals sheet, tracker sheet with workstream band rows, "
            "MCR finding merged vertically over its actions, original and revised due dates, previous and "
            "current RAG, several owners in one cell, a 'Monthly' due cell."),
        "reads": (
            "A three-sheet workbook; the third sheet 'Action tracker' holds nine remediation actions "
            "(1.1–4.1) under four workstream band rows, each beside the Ofgem finding it answers (merged "
            "down the finding column). The status is the Current RAG letter; where a revised due date is "
            "given it is the end. The cover and summary sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    }
    write_expected(name, exp)
    return name, len(exp_actions)


# ---------------------------------------------------------------------------
# 2. Cefas strategic risk register (xlsx, fill-only action status)
# ---------------------------------------------------------------------------
def cefas():
    name = "zvb-cefas-strategic-risk-register-2025-26.xlsx"
    title = "Cefas Strategic Risk Register 2025-26"
    D = dt.datetime
    risks = [
        ("SR1 – Loss of specialist science capability", "Chief Scientist", 20,
         "Strategic Workforce Plan 2023-26\nTalent and succession reviews at Executive Board\nSpecialist pay allowances for hard-to-fill roles", 16, RED,
         [("SR1.1", "Deliver the 2025-26 Strategic Workforce Plan, including succession plans for the 40 single-point-of-failure science roles.",
           "Director of People", D(2026, 3, 31), "dd/mm/yyyy", GREEN, ["Director of People"], "2026-03", "green", None),
          ("SR1.2", "Agree a pay flexibility business case for scarce science grades with Defra and HM Treasury.",
           "Chief Operating Officer", "Q3 2025/26", None, AMBER, ["Chief Operating Officer"], "2025-12", "amber", "Q3 2025/26")]),
        ("SR2 – Loss of sea-going survey capability", "Director of Operations", 16,
         "Planned maintenance programme for RV Cefas Endeavour\nCharter budget held centrally", 12, AMBER,
         [("SR2.1", "Complete the mid-life refit of RV Cefas Endeavour and return the vessel to the survey programme.",
           "Head of Marine Operations", D(2025, 9, 30), "dd/mm/yyyy", BLUE, ["Head of Marine Operations"], "2025-09", "blue", None),
          ("SR2.2", "Put in place a call-off framework for chartering back-up survey vessels.",
           "Head of Marine Operations / Commercial Lead", "Q4 2025/26", None, GREEN,
           ["Head of Marine Operations", "Commercial Lead"], "2026-03", "green", "Q4 2025/26")]),
        ("SR3 – Cyber attack or major ICT failure", "Chief Digital and Information Officer", 20,
         "Defra Group Security monitoring\nAnnual IT health check and penetration test\nOffline backups of science data", 15, RED,
         [("SR3.1", "Achieve the Cyber Assessment Framework baseline profile for all critical systems.",
           "Chief Digital and Information Officer", D(2026, 3, 31), "mmm-yy", AMBER,
           ["Chief Digital and Information Officer"], "2026-03", "amber", None),
          ("SR3.2", "Run a whole-organisation cyber incident exercise with Defra Group Security.",
           "Chief Digital and Information Officer; Head of Security", D(2025, 11, 30), "dd/mm/yyyy", GREEN,
           ["Chief Digital and Information Officer", "Head of Security"], "2025-11", "green", None)]),
        ("SR4 – Shortfall in commercial and ODA-funded income", "Director of Finance", 16,
         "Monthly income forecasting\nPipeline reviews with Defra sponsor team", 12, AMBER,
         [("SR4.1", "Refresh the commercial pipeline forecast each month and report variances to the Executive Board.",
           "Director of Finance", "Monthly", None, GREEN, ["Director of Finance"], None, "green", "Monthly"),
          ("SR4.2", "Develop a contingency savings plan to cover a 10% shortfall in ODA-funded income.",
           "Director of Finance", D(2025, 10, 31), "dd/mm/yyyy", RED, ["Director of Finance"], "2025-10", "red", None)]),
        ("SR5 – Condition of the Lowestoft laboratory estate", "Chief Operating Officer", 15,
         "Statutory compliance inspections\nReactive maintenance contract", 12, AMBER,
         [("SR5.1", "Complete condition surveys of the Lowestoft laboratory buildings and agree a prioritised maintenance plan.",
           "Head of Estates", D(2025, 8, 31), "dd/mm/yyyy", BLUE, ["Head of Estates"], "2025-08", "blue", None),
          ("SR5.2", "Secure Defra capital funding for the laboratory replacement business case.",
           "Chief Operating Officer", "TBC", None, None, ["Chief Operating Officer"], None, "unrated", "TBC")]),
    ]

    wb = Workbook()
    g = wb.active
    g.title = "Guidance & key"
    g["A1"] = "Cefas Strategic Risk Register – guidance and key"
    g["A1"].font = Font(bold=True, size=12)
    g["A3"] = "Risk scores are Likelihood (1-5) x Impact (1-5). Inherent = before controls; Residual = with existing controls in place."
    g["A5"] = "Residual score"
    g["A5"].font = Font(bold=True)
    for i, (band, col) in enumerate([("15-25  High", RED), ("8-14  Medium", AMBER), ("1-7  Low", GREEN)], start=6):
        g.cell(i, 1, band).fill = fill(col)
    g["A10"] = "Action status (colour only in the register)"
    g["A10"].font = Font(bold=True)
    for i, (lab, col) in enumerate([("Off track or overdue", RED), ("At risk of slipping", AMBER),
                                    ("On track", GREEN), ("Complete", BLUE)], start=11):
        g.cell(i, 1).fill = fill(col)
        g.cell(i, 2, lab)
    g["A16"] = "Uncoloured status cell: action not yet started."
    g.column_dimensions["A"].width = 22
    g.column_dimensions["B"].width = 30

    s = wb.create_sheet("Strategic risks Q2")
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("Position at end of Quarter 2 (30 September 2025) – presented to the Audit and Risk Assurance "
               "Committee, 4 November 2025")
    heads = ["Risk", "Risk owner", "Inherent score", "Existing controls", "Residual score",
             "Action ref", "Further mitigating actions", "Action owner", "Due date", "Status"]
    for j, h in enumerate(heads, start=1):
        c = s.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    for j, w in enumerate([30, 22, 9, 40, 9, 8, 55, 30, 12, 8], start=1):
        s.column_dimensions[get_column_letter(j)].width = w
    r = 5
    exp_actions = []
    for (rtitle, rowner, inh, controls, res, rescol, acts) in risks:
        start = r
        for (aref, atext, aowner, due, fmt, stcol, elead, eend, estat, etext) in acts:
            s.cell(r, 6, aref)
            s.cell(r, 7, atext)
            s.cell(r, 8, aowner)
            c = s.cell(r, 9, due)
            if fmt:
                c.number_format = fmt
            if stcol:
                s.cell(r, 10).fill = fill(stcol)
            for j in range(1, 11):
                s.cell(r, j).border = BOX
                s.cell(r, j).alignment = WRAP
            exp_actions.append(act(aref, [rtitle], atext, elead, eend, estat, end_text=etext))
            r += 1
        s.cell(start, 1, rtitle).font = Font(bold=True)
        s.cell(start, 2, rowner)
        s.cell(start, 3, inh)
        s.cell(start, 4, controls)
        s.cell(start, 5, res).fill = fill(rescol)
        for col in (1, 2, 3, 4, 5):
            s.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
            s.cell(start, col).alignment = WRAP
    r += 1
    s.cell(r, 1, "Risks closed this quarter: none. Risks escalated from directorate registers: none.")
    wb.save(out(name))

    exp = {
        "source": (
            "Imitates a central-government arm's-length body's strategic risk register as taken to its Audit "
            "and Risk Assurance Committee (Orange Book style: inherent/residual scores, existing controls, "
            "further mitigating actions with owners and dates). Body: Cefas (Centre for Environment, "
            "Fisheries and Aquaculture Science), executive agency of Defra. Copied features: guidance/key "
            "sheet, risk title, owner, scores and controls merged down beside each risk's actions, residual "
            "score and action status shown by fill colour only, quarter and 'Monthly'/'TBC' due cells."),
        "reads": (
            "Five strategic risks, each with two further mitigating actions (SR1.1–SR5.2) listed beside the "
            "merged risk cells; the existing controls are not actions. Action status is only a fill colour, "
            "read with the key on the first sheet (blue complete; uncoloured = not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    }
    write_expected(name, exp)
    return name, len(exp_actions)


# ---------------------------------------------------------------------------
# 3. Young Epilepsy - St Piers School Ofsted residential inspection (xlsx)
# ---------------------------------------------------------------------------
def st_piers():
    name = "zvb-young-epilepsy-st-piers-school-ofsted-rss-inspection-action-plan.xlsx"
    title = "St Piers School – Residential Post-Inspection Action Plan"
    a1 = "How well children and young people are helped and protected"
    a2 = "The effectiveness of leaders and managers"
    r1 = ("Recommendation 1: The designated safeguarding lead should ensure that records of concerns about "
          "children are completed in full, including the outcome and the rationale for decisions. "
          "(Residential special schools: national minimum standards, 11.1)")
    r2 = ("Recommendation 2: The registered person should ensure that every physical intervention is "
          "reviewed promptly with the young person and the staff involved, and that learning is recorded. "
          "(NMS 12.3)")
    r3 = ("Recommendation 3: The school's leaders should ensure that all residential staff receive regular "
          "supervision that is recorded and reflects on their practice with children. (NMS 19.6)")
    r4 = ("Recommendation 4: The registered person should ensure that governors review the independent "
          "visitor's reports and that actions arising are followed through. (NMS 20.1)")
    plan = [
        (a1, [
            (r1, [
                ("1.1", "Audit all safeguarding records opened since September 2024 and complete any missing outcome and rationale fields.",
                 "DSL", "Deputy DSL", "Autumn term 2024", "Achieved",
                 "Audit of 63 records completed 13/12/2024; 9 records updated.", ["DSL"], "2024-12", "blue", "Autumn term 2024"),
                ("1.2", "Introduce a monthly dip-sample of safeguarding records by the Deputy DSL, reported to the safeguarding trustee.",
                 "Deputy DSL", "Safeguarding trustee", "Monthly", "On track",
                 "Dip-samples completed January and February 2025.", ["Deputy DSL"], None, "green", "Monthly"),
            ]),
            (r2, [
                ("2.1", "Revise the positive behaviour support and physical intervention policy so that debriefs with the young person and staff take place within 24 hours.",
                 "Head of Residential Care", "PBS Lead", "31/01/2025", "Achieved",
                 "Policy approved by the Education and Care Committee 28/01/2025.", ["Head of Residential Care"], "2025-01", "blue", None),
                ("2.2", "Train all residential staff in the revised debrief process and the new recording form on the electronic care records system.",
                 "Residential Training Coordinator", "Team Leaders", "Spring term 2025", "On track",
                 "72% of residential staff trained; remaining sessions booked for March.", ["Residential Training Coordinator"], "2025-04", "green", "Spring term 2025"),
            ]),
        ]),
        (a2, [
            (r3, [
                ("3.1", "Set a six-weekly supervision schedule for every residential staff member and track compliance on the HR dashboard.",
                 "Head of Residential Care", "HR Business Partner", "Dec-24", "Achieved",
                 "Schedule in place; compliance 94% in January 2025.", ["Head of Residential Care"], "2024-12", "blue", None),
                ("3.2", "Train residential team leaders as supervisors in the reflective supervision model.",
                 "Head of Residential Care & HR Business Partner", "", "Spring term 2025", "On track",
                 "First cohort of 8 team leaders trained February 2025.",
                 ["Head of Residential Care", "HR Business Partner"], "2025-04", "green", "Spring term 2025"),
            ]),
            (r4, [
                ("4.1", "Make the independent visitor's monthly report a standing item at the Residential Sub-Committee of the Board of Trustees.",
                 "Clerk to the Trustees", "Chair of Residential Sub-Committee", "Nov 2024", "Achieved",
                 "Standing item from the November 2024 meeting.", ["Clerk to the Trustees"], "2024-11", "blue", None),
                ("4.2", "Keep an action log of the independent visitor's recommendations and review it with the Principal every half term.",
                 "Principal", "Head of Residential Care", "Summer term 2025", "Not started",
                 "", ["Principal"], "2025-07", "unrated", "Summer term 2025"),
            ]),
        ]),
    ]

    wb = Workbook()
    s = wb.active
    s.title = "Action plan"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    info = [("Provider", "Young Epilepsy"), ("Setting", "St Piers School, Lingfield (residential special school)"),
            ("Inspection", "Ofsted social care inspection of residential provision, 8 to 10 October 2024"),
            ("Plan owner", "Principal"), ("Last updated", "24 February 2025")]
    for i, (k, v) in enumerate(info, start=3):
        s.cell(i, 1, k).font = Font(bold=True)
        s.cell(i, 2, v)
        s.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
    s["F3"] = "Judgement area"
    s["G3"] = "Grade"
    s["F3"].font = s["G3"].font = Font(bold=True)
    grades = [("Overall experiences and progress of children and young people", "Good"),
              ("How well children and young people are helped and protected", "Requires improvement to be good"),
              ("The effectiveness of leaders and managers", "Requires improvement to be good")]
    for i, (k, v) in enumerate(grades, start=4):
        s.cell(i, 6, k)
        s.cell(i, 7, v)
    heads = ["No.", "Action", "Lead", "Support", "Target date", "Progress / evidence of impact", "RAG"]
    hr = 9
    for j, h in enumerate(heads, start=1):
        c = s.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.border = BOX
    for j, w in enumerate([6, 60, 30, 24, 18, 45, 13], start=1):
        s.column_dimensions[get_column_letter(j)].width = w
    ragcol = {"Achieved": BLUE, "On track": GREEN, "Not started": None}
    r = hr + 1
    exp_actions = []
    for area, recs in plan:
        s.cell(r, 1, area).font = Font(bold=True, size=12)
        for j in range(1, 8):
            s.cell(r, j).fill = fill("D7BDE2")
        s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, acts in recs:
            c = s.cell(r, 1, rec)
            c.font = Font(italic=True, bold=True)
            c.alignment = WRAP
            for j in range(1, 8):
                s.cell(r, j).fill = fill(LIGHT)
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            s.row_dimensions[r].height = 32
            r += 1
            for (no, text, lead, sup, target, rag, prog, elead, eend, estat, etext) in acts:
                vals = [no, text, lead, sup or None, target, prog or None, rag]
                for j, v in enumerate(vals, start=1):
                    c = s.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                if ragcol[rag]:
                    s.cell(r, 7).fill = fill(ragcol[rag])
                exp_actions.append(act(no, [area, rec], text, elead, eend, estat, end_text=etext))
                r += 1
    r += 1
    s.cell(r, 1, "RAG: Achieved (blue) – action complete and impact seen; On track (green); Not started (no colour).")

    lg = wb.create_sheet("Review log")
    for j, h in enumerate(["Date", "Reviewed by", "Comments"], start=1):
        lg.cell(1, j, h).font = Font(bold=True)
    log = [(dt.datetime(2024, 11, 12), "Principal and Head of Residential Care", "Plan agreed and sent to Ofsted."),
           (dt.datetime(2024, 12, 17), "Residential Sub-Committee", "Progress noted; actions 1.1 and 3.1 closed."),
           (dt.datetime(2025, 2, 24), "Residential Sub-Committee", "Progress noted; 4.2 to start after Easter.")]
    for i, (d, who, com) in enumerate(log, start=2):
        lg.cell(i, 1, d).number_format = "dd/mm/yyyy"
        lg.cell(i, 2, who)
        lg.cell(i, 3, com)
    lg.column_dimensions["B"].width = 40
    lg.column_dimensions["C"].width = 50
    wb.save(out(name))

    exp = {
        "source": (
            "Imitates a residential special school's post-inspection action plan after an Ofsted social care "
            "(SCCIF boarding and residential special schools) inspection, as charity-run non-maintained "
            "special schools publish. Body: Young Epilepsy, St Piers School (independent/voluntary provider). "
            "Copied features: provider/inspection header block with judgement grid, judgement-area band rows, "
            "each Ofsted recommendation (with its NMS reference) as a merged row above its actions, Lead and "
            "Support columns, school-term target dates, Achieved/On track/Not started RAG, a review log sheet."),
        "reads": (
            "Eight actions (1.1–4.2) under two judgement areas and four Ofsted recommendations. The Lead "
            "column gives the lead (the Support column is not the lead); school terms end in their last "
            "month (Spring term 2025 -> April 2025, Summer term -> July). The review log sheet holds no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    }
    write_expected(name, exp)
    return name, len(exp_actions)


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


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return cell


# ---------------------------------------------------------------------------
# 4. Greater Essex CCA - Audit and Governance Committee action log (docx)
# ---------------------------------------------------------------------------
def greater_essex():
    name = "zvb-greater-essex-cca-audit-governance-committee-action-log.docx"
    title = "Greater Essex Combined County Authority – Audit and Governance Committee Action Log"
    m1 = "Actions arising from the meeting held on 14 January 2026"
    m2 = "Actions arising from the meeting held on 11 March 2026"
    meetings = [
        (m1, [
            ("AGC/26/01", "Circulate the draft Risk Management Strategy and risk appetite statement to members for comment before adoption by the Authority.",
             "Head of Governance and Assurance", "28 February 2026",
             "Circulated 9 February 2026; comments reflected in the version adopted on 25 March.", "Complete",
             ["Head of Governance and Assurance"], "2026-02", "blue", None),
            ("AGC/26/02", "Provide a briefing note on the planned transfer of Police, Fire and Crime Commissioner functions to the Mayor, including the audit of the final PFCC accounts.",
             "Monitoring Officer", "March 2026",
             "Briefing note sent to members 20 March 2026.", "Complete",
             ["Monitoring Officer"], "2026-03", "blue", None),
            ("AGC/26/03", "Include a self-assessment of the committee against the CIPFA Position Statement on audit committees in the committee's first annual report.",
             "Chief Finance Officer (s73 Officer)", "June 2026 meeting",
             "Self-assessment questionnaire issued to members; results to be included in the annual report.", "G",
             ["Chief Finance Officer (s73 Officer)"], "2026-06", "green", "June 2026 meeting"),
            ("AGC/26/04", "Confirm with the external auditor the timetable and fee for the first audit of the 2025/26 statement of accounts.",
             "Chief Finance Officer (s73 Officer)", "31/03/2026",
             "Timetable agreed. Fee still awaited from PSAA; auditor has given an indicative range.", "A",
             ["Chief Finance Officer (s73 Officer)"], "2026-03", "amber", None),
        ]),
        (m2, [
            ("AGC/26/05", "Bring back the Strategic Risk Register with a target score and a named risk owner for each risk.",
             "Harcourt, Nina", "June 2026 meeting",
             "On the agenda for this meeting (item 8).", "G",
             ["Harcourt, Nina"], "2026-06", "green", "June 2026 meeting"),
            ("AGC/26/06", "Arrange a members' workshop on the Accountability Framework for the Integrated Settlement.",
             "Jo Swift and Mark Ellis", "April 2026",
             "Workshop postponed because of diary clashes with constituent councils; new date being sought.", "R",
             ["Jo Swift", "Mark Ellis"], "2026-04", "red", None),
            ("AGC/26/07", "Report progress on the 2025/26 internal audit plan, including the two limited-assurance reviews, to each meeting.",
             "Head of Internal Audit", "Each meeting",
             "Standing item.", "G",
             ["Head of Internal Audit"], None, "green", "Each meeting"),
            ("AGC/26/08", "Review the committee's terms of reference against the CCA constitution and propose any changes to the Authority.",
             "Monitoring Officer / Democratic Services Manager", "30 September 2026",
             "", "Not started",
             ["Monitoring Officer", "Democratic Services Manager"], "2026-09", "unrated", None),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=1)
    dt_tab = doc.add_table(rows=4, cols=2)
    dt_tab.style = "Table Grid"
    for i, (k, v) in enumerate([("Meeting", "Audit and Governance Committee, 10 June 2026"),
                                ("Agenda item", "4 – Action Log"),
                                ("Report author", "Democratic Services"),
                                ("Classification", "Public")]):
        set_cell(dt_tab.cell(i, 0), k, bold=True)
        set_cell(dt_tab.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_paragraph("The Committee is asked to note progress on the actions below. Actions shown as Complete "
                      "will be removed from the log once noted.")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for j, (lab, col) in enumerate([("Complete", "8EA9DB"), ("G – on track", "A9D08E"),
                                    ("A – at risk", "FFD966"), ("R – overdue / off track", "F4B084")]):
        set_cell(key.cell(0, j), lab, bold=True, size=8)
        shade(key.cell(0, j), col)
    heads = ["Ref", "Action agreed", "Lead officer", "Due", "Progress update", "Status"]
    colours = {"Complete": "8EA9DB", "G": "A9D08E", "A": "FFD966", "R": "F4B084"}
    exp_actions = []
    for heading, rows in meetings:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "BDD7EE")
        for (ref, text, lead, due, upd, status, elead, eend, estat, etext) in rows:
            cells = t.add_row().cells
            for j, v in enumerate([ref, text, lead, due, upd, status]):
                set_cell(cells[j], v)
            if status in colours:
                shade(cells[5], colours[status])
            exp_actions.append(act(ref, [heading], text, elead, eend, estat, end_text=etext))
    doc.add_paragraph()
    doc.add_paragraph("Contact: Democratic Services, democratic.services@greateressex-cca.example")
    doc.save(out(name))

    exp = {
        "source": (
            "Imitates the action log that combined authorities attach to their audit and governance committee "
            "agendas (e.g. Cambridgeshire & Peterborough CA 'to note the action log', ModernGov agenda pages). "
            "Body: Greater Essex Combined County Authority (combined authority). Copied features: authority "
            "name line and heading, agenda-item details table, status key table, one table per meeting under "
            "'Actions arising from the meeting held on ...' headings, minute-style refs AGC/26/nn, officer "
            "posts and names as leads (one 'Surname, Forename'), due cells such as 'June 2026 meeting' and "
            "'Each meeting', Complete/G/A/R status."),
        "reads": (
            "Eight committee actions in two tables, one per meeting (AGC/26/01–04 from 14 January 2026, "
            "05–08 from 11 March 2026). The details table and the status key are not the plan. 'Harcourt, "
            "Nina' is one person; 'Jo Swift and Mark Ellis' and 'Monitoring Officer / Democratic Services "
            "Manager' are two leads each."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    }
    write_expected(name, exp)
    return name, len(exp_actions)


# ---------------------------------------------------------------------------
# 5. Tearfund - earthquake response learning review action plan (docx)
# ---------------------------------------------------------------------------
def tearfund():
    name = "zvb-tearfund-turkiye-syria-earthquake-response-lessons-learned-action-plan.docx"
    title = "Türkiye–Syria Earthquake Response 2023: Learning Review Action Plan"
    themes = [
        ("Theme 1: Working through local partners", [
            ("Recommendation 1.1: Pre-position partnership agreements and due diligence with potential local partners in high-risk countries before a disaster strikes.",
             "Management response: Accepted.", [
                ("1.1.1", "Complete emergency preparedness partner assessments in the five highest-risk countries in the Middle East and Eurasia region.",
                 "Regional Humanitarian Advisor – Middle East & Eurasia", "Dec 2023", "Complete",
                 "Assessments completed for 11 partners in five countries.",
                 ["Regional Humanitarian Advisor – Middle East & Eurasia"], "2023-12", "blue", None),
                ("1.1.2", "Agree a standard emergency addendum to partner agreements that releases funds within 72 hours of a declared emergency.",
                 "Head of Humanitarian Programmes; Legal Counsel", "March 2024", "Complete",
                 "Addendum approved and in use since April 2024.",
                 ["Head of Humanitarian Programmes", "Legal Counsel"], "2024-03", "blue", None),
            ]),
            ("Recommendation 1.2: Give partners more flexibility to adapt budgets as needs change.",
             "Management response: Partially accepted – flexibility to be increased within donor rules.", [
                ("1.2.1", "Raise the budget reallocation threshold that partners can approve without Tearfund sign-off from 10% to 20% for emergency grants.",
                 "Director of Finance", "Q1 2024/25", "Amber",
                 "Policy change drafted; awaiting Finance Committee approval in October.",
                 ["Director of Finance"], "2024-06", "amber", "Q1 2024/25"),
            ]),
        ]),
        ("Theme 2: Accountability to affected people", [
            ("Recommendation 2.1: Set up feedback and complaints channels in the first weeks of a response, in the languages people use, and close the loop with communities.",
             "Management response: Accepted.", [
                ("2.1.1", "Include a community feedback mechanism, with a hotline and a WhatsApp option, in the first-phase budget of every emergency response.",
                 "Accountability & Safeguarding Advisor", "31/01/2024", "Complete",
                 "Now a required line in the emergency response budget template.",
                 ["Accountability & Safeguarding Advisor"], "2024-01", "blue", None),
                ("2.1.2", "Publish a quarterly summary of feedback received, and the action taken, to partners and communities.",
                 "MEAL Coordinator", "Quarterly", "Green",
                 "Second summary shared in Arabic and Turkish in July 2024.",
                 ["MEAL Coordinator"], None, "green", "Quarterly"),
            ]),
        ]),
        ("Theme 3: Staff care and surge capacity", [
            ("Recommendation 3.1: Strengthen the surge roster so that experienced staff can deploy within 48 hours and are supported when they return.",
             "Management response: Accepted.", [
                ("3.1.1", "Recruit and train a further 15 staff for the internal surge roster, including Arabic and Turkish speakers.",
                 "Surge Capacity Manager", "June 2024", "Amber",
                 "11 of 15 trained; final course in November 2024.",
                 ["Surge Capacity Manager"], "2024-06", "amber", None),
                ("3.1.2", "Make a psychosocial debrief mandatory for all staff returning from deployment.",
                 "Head of Staff Care", "April 2024", "Complete",
                 "Included in the deployment policy from April 2024.",
                 ["Head of Staff Care"], "2024-04", "blue", None),
            ]),
        ]),
        ("Theme 4: Funding and appeals", [
            ("Recommendation 4.1: Plan DEC and Tearfund appeal income together so that the response strategy is not driven by the timing of funds.",
             "Management response: Accepted.", [
                ("4.1.1", "Agree a joint planning protocol between the Humanitarian and Supporter Engagement teams for emergency appeals.",
                 "Director of Supporter Engagement / Director of Humanitarian Response", "Sept 2024", "Green",
                 "Protocol drafted and tested in the August tabletop exercise.",
                 ["Director of Supporter Engagement", "Director of Humanitarian Response"], "2024-09", "green", None),
                ("4.1.2", "Review the rules of the Disaster Response Fund to allow early release of funds before appeal income is confirmed.",
                 "Finance Committee", "TBC", "Not started",
                 "",
                 ["Finance Committee"], None, "unrated", "TBC"),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    p = doc.add_paragraph("Tearfund – Humanitarian Response Department")
    p.runs[0].italic = True
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "2.1"), ("Owner", "Head of Humanitarian Quality"),
                                ("Approved by", "Executive Leadership Team, 14 November 2023"),
                                ("Status update", "30 September 2024"), ("Next review", "Programme Committee, March 2025")]):
        set_cell(dc.cell(i, 0), k, bold=True)
        set_cell(dc.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_paragraph(
        "An independent learning review of our response to the earthquakes of 6 February 2023 was completed in "
        "September 2023. It made seven recommendations. This plan sets out our response to each recommendation "
        "and the actions we have agreed, with progress at 30 September 2024.")
    doc.add_paragraph("Status: Complete; Green – on track; Amber – delayed but recoverable; Red – off track; Not started.")
    heads = ["Ref", "Action", "Responsible", "By when", "Status", "Progress at 30 September 2024"]
    scol = {"Complete": "9BC2E6", "Green": "A9D08E", "Amber": "FFD966"}
    exp_actions = []
    for theme, recs in themes:
        doc.add_heading(theme, level=1)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "1F3864")
            t.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for rec, resp, acts in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[-1])
            set_cell(m, rec, bold=True)
            shade(m, "D9E2F3")
            row = t.add_row()
            m = row.cells[0].merge(row.cells[-1])
            set_cell(m, resp, italic=True)
            for (ref, text, resp_cell, when, status, prog, elead, eend, estat, etext) in acts:
                cells = t.add_row().cells
                for j, v in enumerate([ref, text, resp_cell, when, status, prog]):
                    set_cell(cells[j], v)
                if status in scol:
                    shade(cells[4], scol[status])
                exp_actions.append(act(ref, [theme, rec], text, elead, eend, estat, end_text=etext))
        doc.add_paragraph()
    doc.add_paragraph("Two further recommendations (on logistics in north-west Syria) were addressed through the "
                      "regional operating plan and are reported separately to the Programme Committee.")
    doc.save(out(name))

    exp = {
        "source": (
            "Imitates the management response and action plan that UK humanitarian charities (DEC member "
            "agencies) publish after an independent learning review of a disaster response (ALNAP / DEC "
            "'lessons learned' practice). Body: Tearfund (charity). Copied features: title and department line, "
            "document-control table, intro paragraph and status key line, one Word table per learning theme "
            "under a 'Theme n:' heading, each recommendation as a shaded merged row followed by a merged "
            "'Management response' row and its actions, several responsible posts in one cell, quarter, "
            "'Quarterly' and 'TBC' due cells."),
        "reads": (
            "Nine actions (1.1.1–4.1.2) under four themes, each under the review's recommendation it answers. "
            "The management response rows, the document-control table and the closing note are not actions. "
            "A job title containing '&' ('Regional Humanitarian Advisor – Middle East & Eurasia', "
            "'Accountability & Safeguarding Advisor') is one post."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    }
    write_expected(name, exp)
    return name, len(exp_actions)


# ---------------------------------------------------------------------------
# 6. Cairngorms NPA - Scottish Information Commissioner intervention (txt, TSV)
# ---------------------------------------------------------------------------
def cairngorms():
    name = "zvb-cairngorms-npa-sic-foi-intervention-action-plan.txt"
    title = "Cairngorms National Park Authority – FOI Intervention Action Plan"
    s1 = "1. Responding to requests within 20 working days"
    s2 = "2. Handling requirements for review"
    s3 = "3. Monitoring and statistics"
    rows = [
        (s1, "1.1", "Add a weekly review of all open FOI requests against their deadlines to the Senior Management Team agenda.",
         "Information Governance Officer", "31/10/2024", "", "Complete", "Weekly review in place since 7 October 2024.",
         ["Information Governance Officer"], "2024-10", "blue", None),
        (s1, "1.2", "Nominate and train a deputy FOI co-ordinator in each directorate to cover absences.",
         "Director of Corporate Services", "30/11/2024", "31/01/2025", "Complete", "Five deputies trained by 24 January 2025.",
         ["Director of Corporate Services"], "2025-01", "blue", None),
        (s1, "1.3", "Introduce automatic reminders at day 10 and day 15 in the case management system.",
         "ICT Manager", "31/12/2024", "31/03/2025", "Amber", "Supplier release delayed; testing of the reminder workflow planned for March.",
         ["ICT Manager"], "2025-03", "amber", None),
        (s2, "2.1", "Ensure every review is carried out by an officer not involved in the original response, and record who carried it out.",
         "Director of Corporate Services", "30/11/2024", "", "Complete", "Review log updated with a reviewer field.",
         ["Director of Corporate Services"], "2024-11", "blue", None),
        (s2, "2.2", "Refresh the template review response so that it explains the right to appeal to the Commissioner.",
         "Information Governance Officer", "Nov-24", "", "Complete", "Template issued 15 November 2024.",
         ["Information Governance Officer"], "2024-11", "blue", None),
        (s3, "3.1", "Report FOI performance to the Audit and Risk Committee each quarter.",
         "Director of Corporate Services", "Quarterly", "", "Green", "First report to the Committee on 29 November 2024.",
         ["Director of Corporate Services"], None, "green", "Quarterly"),
        (s3, "3.2", "Check the quarterly statistics by a second officer before they are submitted to the Commissioner.",
         "Information Governance Officer & Finance Officer", "Q4 2024/25", "", "Green", "Q3 return checked and submitted 20 January 2025.",
         ["Information Governance Officer", "Finance Officer"], "2025-03", "green", "Q4 2024/25"),
    ]
    lines = [
        title,
        "Scottish Information Commissioner – Level 2 intervention opened 12 September 2024 (failure to respond on time)",
        "Status at 17 February 2025",
        "",
        "Key: Complete = action finished; Green = on track; Amber = some slippage; Red = off track",
        "",
        "\t".join(["Ref", "Action", "Owner", "Target date", "Revised date", "Status", "Progress"]),
    ]
    exp_actions = []
    cur = None
    for (sec, ref, text, owner, target, rev, status, prog, elead, eend, estat, etext) in rows:
        if sec != cur:
            lines.append(sec)
            cur = sec
        lines.append("\t".join([ref, text, owner, target, rev, status, prog]))
        if ref == "1.3":
            # continuation line carrying on the progress comment of the row above
            lines.append("\t".join(["", "", "", "", "", "", "Commissioner's office informed 14 February 2025."]))
        exp_actions.append(act(ref, [sec], text, elead, eend, estat, end_text=etext))
    lines += [
        "",
        "Notes",
        "Dates are dd/mm/yyyy. Revised dates were agreed with the Commissioner's Enforcement team on 20/12/2024.",
        "Average response time Oct-Dec 2024: 14 working days (Jul-Sep 2024: 27).",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    exp = {
        "source": (
            "Imitates the action plan a Scottish public authority agrees with the Scottish Information "
            "Commissioner during a Level 2 FOI intervention (SIC 'Interventions activity' pages, foi.scot). "
            "Body: Cairngorms National Park Authority (national park). Copied features: a spreadsheet saved as "
            "tab-separated text with title, intervention and status lines, key line, numbered section lines, "
            "target and revised dates, a continuation line carrying on a progress comment, notes and a "
            "statistics line at the foot."),
        "reads": (
            "Seven actions (1.1–3.2) under three numbered sections. Where a revised date is given it is the end. "
            "The line after 1.3 only continues its progress comment and is not an action; the key, notes "
            "and statistics lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    }
    write_expected(name, exp)
    return name, len(exp_actions)


# ---------------------------------------------------------------------------
# 7. Kirkby Lonsdale Town Council risk register (csv) - typo month, refuse
# ---------------------------------------------------------------------------
def kirkby_lonsdale():
    name = "zvb-kirkby-lonsdale-town-council-risk-register-2025-26-typo-month-refuse.csv"
    title = "Kirkby Lonsdale Town Council – Risk Register and Management Action Plan 2025-26"
    ncol = 10
    rows = [
        [title],
        ["Adopted by Full Council 14 May 2025 (Minute 25/031). Next full review: May 2026."],
        [],
        ["Ref", "Risk area", "Risk identified", "Likelihood (L/M/H)", "Impact (L/M/H)", "Existing controls",
         "Further action required", "Responsible", "Target date", "Status"],
        ["FINANCE"],
        ["F1", "Precept", "Precept set too low to meet commitments", "L", "H",
         "Budget prepared by Clerk/RFO and reviewed by Finance Committee; earmarked reserves",
         "Prepare a three-year financial forecast to support the 2026-27 precept.", "Clerk/RFO", "Dec 2025", "On track"],
        ["F2", "Banking", "Loss of funds through fraud or error", "L", "H",
         "Dual authorisation of online payments; monthly bank reconciliation",
         "Move the reserve account to a second bank so that balances stay within the FSCS limit.", "Clerk/RFO; Cllr Harper", "30/09/2025", "Complete"],
        ["F3", "Internal audit", "Internal audit points not addressed", "M", "M",
         "Annual internal audit; report to Full Council",
         "Adopt the updated model Financial Regulations (2024) and the asset register recommended by the internal auditor.", "Clerk/RFO", "Septmber 2025", "On track"],
        ["ASSETS"],
        ["A1", "Play areas", "Injury to a user of the Jingling Lane play area", "M", "H",
         "Weekly visual checks; annual ROSPA inspection",
         "Replace the two play items marked high risk in the 2025 ROSPA report.", "Amenities Committee", "March 2026", "Amber"],
        ["A2", "Market Square", "Damage to the buttercross and market square surface", "L", "M",
         "Insurance; market licence conditions",
         "Agree a maintenance schedule for the square with Westmorland and Furness Council.", "Town Clerk", "31/01/2026", "On track"],
        ["GOVERNANCE"],
        ["G1", "Data protection", "Breach of UK GDPR", "L", "M",
         "Data protection policy; council email addresses for all councillors",
         "Complete data protection refresher training for all councillors.", "Town Clerk", "Nov-25", "Not started"],
        ["G2", "Website accessibility", "Website does not meet accessibility regulations", "M", "L",
         "Accessibility statement published",
         "Audit all PDF documents on the website and replace inaccessible ones.", "Deputy Clerk", "Feb 2026", "Green"],
        [],
        ["Risk rating: Likelihood x Impact, each Low/Medium/High. Status: Complete; On track/Green; Amber; Not started."],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row + [""] * (ncol - len(row)))
    text = buf.getvalue()
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    lines = text.split("\r\n")
    refuse_line = next(i for i, l in enumerate(lines, start=1) if "Septmber 2025" in l)
    n_actions = sum(1 for r in rows if len(r) == ncol and r[0] not in ("Ref",))

    exp = {
        "source": (
            "Imitates a town council's risk register and management action plan as reviewed annually by Full "
            "Council (cf. published town and parish council risk registers with risk area, L/M/H likelihood "
            "and impact, existing controls, further action, responsibility and date columns). Body: Kirkby "
            "Lonsdale Town Council (town council). Copied features: spreadsheet saved as CSV with title and "
            "adoption lines, capitalised section rows (FINANCE/ASSETS/GOVERNANCE), existing controls beside "
            "further actions, Clerk/RFO and councillors as responsible, key line at the foot."),
        "reads": (
            "Seven risks with a further action each under three sections; the target date of F3 reads "
            "'Septmber 2025', a mistyped month, so a careful reader stops and asks at that line before "
            "taking the plan's dates."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": title,
    }
    write_expected(name, exp)
    return name, n_actions


if __name__ == "__main__":
    for fn in (scottishpower, cefas, st_piers, greater_essex, tearfund, cairngorms, kirkby_lonsdale):
        n, k = fn()
        print(f"{n}: {k} actions")
