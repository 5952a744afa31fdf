#!/usr/bin/env python3
"""Build the seven zqr- blind test files (and their .expected.yaml readings).

Run with /work/main/.venv/bin/python zqr_make.py  (openpyxl, python-docx, pyyaml).
Only files whose names start with "zqr-" are written, in this script's folder.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"
NHSBLUE = "005EB8"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def path(name):
    assert name.startswith("zqr-")
    return os.path.join(HERE, name)


def write_expected(name, exp):
    with open(path(name) + ".expected.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. King's College Hospital NHSFT - PSII safety action plan (xlsx)
# ---------------------------------------------------------------------------
def kings_psii():
    name = "zqr-kings-college-hospital-nhsft-psii-deteriorating-patient-safety-action-plan.xlsx"
    title = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "King's College Hospital NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14, color=NHSBLUE)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = ("Delayed recognition and escalation of a deteriorating patient – "
                 "Acute Medical Unit (AMU), Denmark Hill")
    cov["A3"].font = Font(italic=True)
    for r in (1, 2, 3):
        cov.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    details = [
        ("Incident reference", "PSII 2024/031 (Datix 198452)"),
        ("Date of incident", dt.datetime(2024, 8, 17)),
        ("Care group", "Acute & Emergency Medicine"),
        ("Executive sponsor", "Chief Nurse & Executive Director of Midwifery"),
        ("Report approved", "Patient Safety Incident Oversight Panel (PSIOP), 12/02/2025"),
        ("This version", "Progress update for Patient Safety & Quality Committee – 14 October 2025"),
    ]
    r = 5
    for k, v in details:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 1).fill = fill(GREY)
        c = cov.cell(r, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        for col in range(1, 5):
            cov.cell(r, col).border = BORDER
        r += 1
    r += 1
    cov.cell(r, 1, "Summary of safety actions (October 2025)").font = Font(bold=True)
    r += 1
    summary = [("Complete", 3, BLUE), ("On track", 3, GREEN), ("At risk", 1, AMBER),
               ("Overdue", 1, RED), ("Not started", 1, None), ("Total", 9, None)]
    for label, n, col in summary:
        cov.cell(r, 1, label)
        cov.cell(r, 2, n)
        if col:
            cov.cell(r, 1).fill = fill(col)
        if label == "Total":
            cov.cell(r, 1).font = Font(bold=True)
            cov.cell(r, 2).font = Font(bold=True)
        cov.cell(r, 1).border = BORDER
        cov.cell(r, 2).border = BORDER
        r += 1
    r += 1
    cov.cell(r, 1, "Version control").font = Font(bold=True)
    r += 1
    vc = [("Version", "Date", "Author", "Comments"),
          ("1.0", "12/02/2025", "Patient Safety Team", "Approved at PSIOP"),
          ("1.1", "15/05/2025", "Patient Safety Team", "Q1 update"),
          ("1.2", "14/10/2025", "Patient Safety Team",
           "Q2 update; revised dates agreed for SA1.2, SA2.2 and SA3.1")]
    for i, row in enumerate(vc):
        for j, v in enumerate(row, 1):
            c = cov.cell(r, j, v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
        r += 1
    for col, w in zip("ABCD", (26, 30, 22, 50)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Safety action plan")
    heads = ["Area for improvement (AFI)", "Ref", "Safety action", "Owner", "Target date",
             "Revised date", "Measure of effectiveness / evidence",
             "Progress update (October 2025)", "Status"]
    ws["A1"] = "Safety action plan – PSII 2024/031"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Status key:"
    ws["A2"].font = Font(bold=True)
    for j, (lab, col) in enumerate([("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER),
                                     ("Overdue", RED), ("Not started", None)], 2):
        c = ws.cell(2, j, lab)
        if col:
            c.fill = fill(col)
        c.border = BORDER
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NHSBLUE)
        c.alignment = WRAP
        c.border = BORDER

    D = dt.datetime
    afis = [
        ("AFI 1: Escalation of NEWS2 scores of 5 or above on AMU out of hours did not "
         "consistently follow the Trust's Deteriorating Adult Patient policy.", [
            ("SA1.1", "Embed the electronic NEWS2 escalation alert in Epic so that a score of 5 or "
                      "above automatically notifies the medical registrar and the nurse in charge.",
             "Chief Nursing Information Officer", ["Chief Nursing Information Officer"],
             D(2025, 3, 31), None,
             "Monthly audit of 30 alerts shows registrar review within 60 minutes",
             "Alert live on all AMU beds from 10/03/2025. Audit compliance 92% (September 2025).",
             "Complete", "blue"),
            ("SA1.2", "Deliver face-to-face deteriorating patient and sepsis simulation training to "
                      "all AMU registered nurses and HCSWs who work night shifts.",
             "Practice Development Nurse, AMU", ["Practice Development Nurse, AMU"],
             D(2025, 6, 30), D(2025, 11, 30),
             "90% of night staff trained (training tracker)",
             "71% trained. Two sessions cancelled because of staffing; extra dates booked for "
             "October and November.", "At risk", "amber"),
            ("SA1.3", "Carry out a monthly NEWS2 escalation audit on AMU for six months and report "
                      "the results to the Deteriorating Patient Group.",
             "Matron, Acute Medicine", ["Matron, Acute Medicine"],
             D(2025, 12, 31), None,
             "Six consecutive audits at or above 90% compliance",
             "Four of six audits complete (88%, 90%, 93%, 91%).", "On track", "green"),
        ]),
        ("AFI 2: Information about patients with rising NEWS2 scores was not consistently "
         "shared at the evening medical and nursing handover.", [
            ("SA2.1", "Introduce a structured SBAR safety huddle at 20:00 on AMU with a standing "
                      "item for every patient with a NEWS2 score of 3 or more.",
             "Dr Femi Adeyemi & Sister Claire Walsh", ["Dr Femi Adeyemi", "Sister Claire Walsh"],
             D(2025, 4, 30), None,
             "Huddle attendance log; spot checks by Matron",
             "Huddle in place since April 2025; attendance recorded on 96% of nights.",
             "Complete", "blue"),
            ("SA2.2", "Update the Epic handover tool so that the latest NEWS2 score and the "
                      "escalation plan print on the night team handover list.",
             "Epic Clinical Applications Lead", ["Epic Clinical Applications Lead"],
             D(2025, 5, 31), D(2026, 1, 31),
             "Handover list template change live; user feedback survey",
             "Change request approved by Epic Design Authority; build scheduled for the "
             "January 2026 release.", "On track", "green"),
        ]),
        ("AFI 3: The Critical Care Outreach Team (CCOT) could not attend within the expected "
         "30 minutes because of a single-handed night rota.", [
            ("SA3.1", "Complete a business case for a second CCOT practitioner overnight at "
                      "Denmark Hill.",
             "Head of Nursing, Critical Care / Clinical Director, Critical Care",
             ["Head of Nursing, Critical Care", "Clinical Director, Critical Care"],
             D(2025, 7, 31), D(2025, 12, 31),
             "Business case approved at Investment Committee",
             "Business case drafted; to Investment Committee in December 2025.",
             "On track", "green"),
            ("SA3.2", "Agree an interim escalation route to the critical care registrar when the CCOT "
                      "practitioner is committed elsewhere, and publish it on the intranet.",
             "Lead Nurse, Deteriorating Patient", ["Lead Nurse, Deteriorating Patient"],
             D(2025, 8, 31), None,
             "SOP published; staff awareness checked at ward visits",
             "Draft SOP circulated; sign-off at Critical Care Governance deferred from September.",
             "Overdue", "red"),
        ]),
        ("AFI 4: The patient's family raised concerns about the patient's condition twice "
         "before escalation and these were not acted on.", [
            ("SA4.1", "Launch Martha's Rule (Call for Concern) on AMU, with posters and leaflets at "
                      "every bed space and a direct number to CCOT.",
             "Head of Patient Experience", ["Head of Patient Experience"],
             D(2025, 9, 30), None,
             "Number of Call for Concern contacts; family feedback",
             "Launched 1 September 2025; 14 calls received in September.", "Complete", "blue"),
            ("SA4.2", "Add family-raised concerns as a prompt to the nursing ward round checklist "
                      "and audit its use quarterly.",
             "Matron, Acute Medicine", ["Matron, Acute Medicine"],
             D(2026, 3, 31), None,
             "Quarterly checklist audit",
             "Will start once the Martha's Rule evaluation is complete (November 2025).",
             "Not started", "unrated"),
        ]),
    ]
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}
    exp_actions = []
    r = 5
    for afi, rows in afis:
        first = r
        ws.cell(r, 1, afi)
        for (ref, text, owner, leads, tgt, rev, measure, prog, status, st) in rows:
            vals = [None, ref, text, owner, tgt, rev, measure, prog, status]
            for j, v in enumerate(vals, 1):
                if j == 1:
                    continue
                c = ws.cell(r, j, v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            sc = ws.cell(r, 9)
            if status in status_fill:
                sc.fill = fill(status_fill[status])
            end = (rev or tgt).strftime("%Y-%m")
            exp_actions.append(act(ref, [afi], text, leads, end, st))
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for row in ws.iter_rows(min_row=5, max_row=r - 1, max_col=9):
        for c in row:
            c.alignment = WRAP
            c.border = BORDER
    r += 1
    ws.cell(r, 1, "Revised dates were agreed by the Patient Safety Incident Oversight Panel on "
                  "7 October 2025. Closed actions remain on the plan until the measure of "
                  "effectiveness has been reviewed.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", (38, 8, 48, 28, 12, 12, 32, 44, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    gl = wb.create_sheet("Glossary")
    gl.append(["Term", "Meaning"])
    for t in [("AMU", "Acute Medical Unit"), ("CCOT", "Critical Care Outreach Team"),
              ("HCSW", "Healthcare support worker"), ("NEWS2", "National Early Warning Score 2"),
              ("PSIOP", "Patient Safety Incident Oversight Panel"),
              ("SBAR", "Situation, Background, Assessment, Recommendation")]:
        gl.append(list(t))
    gl.column_dimensions["A"].width = 10
    gl.column_dimensions["B"].width = 50
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates a King's College Hospital NHS Foundation Trust patient safety incident "
                   "investigation (PSII) safety action plan under PSIRF, laid out after the NHS England "
                   "PSII report template's safety action table (area for improvement, safety action, "
                   "owner, timescale, measure of effectiveness) as trusts track it in Excel for their "
                   "patient safety committee. Copied features: cover sheet with incident details table, "
                   "status summary counts and version control; AFI text vertically merged beside its "
                   "safety actions; original and revised target dates; status words with fill colour "
                   "and a coloured key row; a notes line; glossary sheet."),
        "reads": ("A three-sheet workbook: a cover with incident details, a summary of action statuses "
                  "and version history; the safety action plan with four areas for improvement, each "
                  "merged beside its two or three numbered safety actions (SA1.1-SA4.2) with owner, "
                  "target and revised dates, progress and a status; and a glossary. Nine actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    })
    return name, len(exp_actions)


# ---------------------------------------------------------------------------
# 2. NHS Cambridgeshire and Peterborough ICB - BAF 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def cp_icb_baf():
    name = "zqr-nhs-cambridgeshire-and-peterborough-icb-board-assurance-framework-2025-26.xlsx"
    title = "Board Assurance Framework 2025/26"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "NHS Cambridgeshire and Peterborough Integrated Care Board"
    s["A1"].font = Font(bold=True, size=14, color=NHSBLUE)
    s["A2"] = title
    s["A2"].font = Font(bold=True, size=13)
    s["A3"] = "Position at Quarter 2 – reported to the ICB Board, 4 November 2025"
    heads = ["BAF ref", "Strategic objective", "Principal risk (short title)", "Executive owner",
             "Assuring committee", "Q1 score", "Q2 score", "Target score (Mar-26)", "Movement"]
    for j, h in enumerate(heads, 1):
        c = s.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BORDER
        c.alignment = WRAP
    risks = [
        ("BAF 1", "Improve outcomes in population health and healthcare",
         "Urgent and emergency care flow and capacity", "Director of Performance and Delivery",
         "Performance and Finance Committee", 16, 16, 12, "↔"),
        ("BAF 2", "Enhance productivity and value for money",
         "Financial sustainability of the system", "Chief Finance Officer",
         "Performance and Finance Committee", 20, 16, 12, "↓"),
        ("BAF 3", "Tackle inequalities in outcomes, experience and access",
         "Access to primary care and dental services", "Director of Primary Care",
         "Primary Care Commissioning Committee", 12, 12, 8, "↔"),
    ]
    for i, row in enumerate(risks, 6):
        for j, v in enumerate(row, 1):
            c = s.cell(i, j, v)
            c.border = BORDER
            c.alignment = WRAP
            if j in (6, 7):
                c.fill = fill(RED if v >= 15 else AMBER)
    s["A10"] = "Action RAG key"
    s["A10"].font = Font(bold=True)
    for i, (lab, col) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                    ("Some slippage – recovery actions in place", AMBER),
                                    ("Off track / overdue", RED)], 11):
        s.cell(i, 1).fill = fill(col)
        s.cell(i, 1).border = BORDER
        s.cell(i, 2, lab)
    s["A16"] = "Risk scores use the ICB 5 x 5 matrix (likelihood x consequence)."
    s["A16"].font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", (16, 34, 36, 30, 30, 9, 9, 12, 10)):
        s.column_dimensions[col].width = w

    rag_fill = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}
    sheets = [
        ("BAF 1", "BAF 1 – Urgent and emergency care flow and capacity",
         "Improve outcomes in population health and healthcare",
         "If demand for urgent and emergency care continues to exceed capacity across the system, "
         "then patients will wait longer in emergency departments and ambulances will be held at "
         "hospital, resulting in avoidable harm and poor experience.",
         "Director of Performance and Delivery", "Performance and Finance Committee",
         ("5 x 4 = 20", "4 x 4 = 16", "4 x 4 = 16", "4 x 3 = 12", "Cautious"),
         "UEC Board and system escalation calls (OPEL); Integrated Care Co-ordination Centre; "
         "winter plan; virtual wards; ambulance handover protocol.",
         "Monthly UEC dashboard to Board; NHS England UEC tiering reviews; internal audit of "
         "winter planning (reasonable assurance, 2024/25).",
         "G1: Virtual ward capacity below plan in the north of the county.\n"
         "G2: No single point of access in East Cambridgeshire and Fenland.\n"
         "G3: Limited assurance on NHS 111 clinical validation capacity.",
         [("1.1", "Implement the system Winter Plan 2025/26:\n- 40 additional virtual ward beds\n"
                  "- extended same day emergency care hours at Hinchingbrooke Hospital", "G1",
           "Director of Performance and Delivery", ["Director of Performance and Delivery"],
           "December 2025", "2025-12", None,
           "32 of 40 beds open; SDEC extension from 3 November.", "green"),
          ("1.2", "Roll out the Integrated Care Co-ordination Centre (single point of access) to "
                  "East Cambridgeshire and Fenland.", "G2",
           "Director of Performance and Delivery; Deputy Director of Urgent Care",
           ["Director of Performance and Delivery", "Deputy Director of Urgent Care"],
           "Q3 2025/26", "2025-12", None,
           "Go-live moved from October because of clinical rota gaps.", "amber"),
          ("1.3", "Agree a 45-minute ambulance handover trajectory with EEAST and both acute trusts "
                  "and monitor it through the UEC Board.", "G1",
           "Chief Medical Officer", ["Chief Medical Officer"],
           "30/06/2025", "2025-06", None,
           "Trajectory agreed June 2025; monitored weekly.", "blue"),
          ("1.4", "Review NHS 111 and out-of-hours clinical validation capacity with the provider.",
           "G3", "Deputy Director of Urgent Care", ["Deputy Director of Urgent Care"],
           "Ongoing – reported monthly to UEC Board", None,
           "Ongoing – reported monthly to UEC Board",
           "Validation rate 38% against 50% ambition.", "green")]),
        ("BAF 2", "BAF 2 – Financial sustainability of the system",
         "Enhance productivity and value for money",
         "If the system does not deliver its financial plan and efficiency programme, then the "
         "ICB will not meet its statutory break-even duty, resulting in further NHS England "
         "intervention and reduced investment in services.",
         "Chief Finance Officer", "Performance and Finance Committee",
         ("5 x 5 = 25", "5 x 4 = 20", "4 x 4 = 16", "4 x 3 = 12", "Open"),
         "System financial plan 2025/26; Director of Finance group; vacancy control panel; "
         "investment and business case process.",
         "Monthly finance report to Board; NHS England financial reset review; external audit VFM "
         "commentary.",
         "G1: ICB running cost reduction not yet agreed in detail.\n"
         "G2: System efficiency schemes not tracked in one place.",
         [("2.1", "Deliver the ICB running cost reduction in line with the Model ICB blueprint, "
                  "including the organisational change consultation.", "G1",
           "Chief Finance Officer; Chief People Officer",
           ["Chief Finance Officer", "Chief People Officer"],
           "Q4 2025/26", "2026-03", None,
           "Consultation launched 1 October; national redundancy funding awaited.", "amber"),
          ("2.2", "Agree the system financial recovery plan with NHS England.", "G1",
           "Chief Finance Officer", ["Chief Finance Officer"],
           "31 July 2025", "2025-07", None,
           "Agreed at the NHS England review meeting on 24 July 2025.", "blue"),
          ("2.3", "Set up a monthly System Investment and Efficiency Group to track delivery of "
                  "efficiency schemes across partners.", "G2",
           "Director of Finance (System Planning)", ["Director of Finance (System Planning)"],
           "Sept 2025", "2025-09", None,
           "Terms of reference drafted; first meeting not yet held.", "red")]),
        ("BAF 3", "BAF 3 – Access to primary care and dental services",
         "Tackle inequalities in outcomes, experience and access",
         "If patients cannot get timely access to general practice and NHS dentistry, then "
         "demand will move to urgent care and health inequalities will widen, resulting in "
         "worse outcomes and loss of public confidence.",
         "Director of Primary Care", "Primary Care Commissioning Committee",
         ("4 x 4 = 16", "4 x 3 = 12", "4 x 3 = 12", "4 x 2 = 8", "Cautious"),
         "Primary care access plan; dental recovery plan; PCN contract monitoring; Training Hub.",
         "GP patient survey; monthly appointment data; Healthwatch reports.",
         "G1: Urgent dental access sessions in Fenland and Huntingdonshire below need.\n"
         "G2: Workforce plan for general practice out of date.",
         [("3.1", "Deliver the modern general practice access actions in all PCNs, including "
                  "cloud telephony and online consultation.", "G2",
           "Director of Primary Care", ["Director of Primary Care"],
           "March 2026", "2026-03", None,
           "19 of 23 PCNs fully live.", "green"),
          ("3.2", "Commission additional urgent dental access sessions in Fenland and "
                  "Huntingdonshire.", "G1",
           "Head of Primary Care Commissioning (Dental)",
           ["Head of Primary Care Commissioning (Dental)"],
           "31/10/2025", "2025-10", None,
           "Four practices contracted; 1,200 sessions available.", "green"),
          ("3.3", "Refresh the Cambridgeshire and Peterborough general practice workforce plan "
                  "with the Training Hub.", "G2",
           "Chief People Officer", ["Chief People Officer"],
           "Jan-26", "2026-01", None,
           "Data collection with PCNs under way; slight delay.", "amber")]),
    ]
    exp_actions = []
    for sheet, head, obj, risk, owner, comm, scores, controls, assur, gaps, actions in sheets:
        ws = wb.create_sheet(sheet)
        ws["A1"] = head
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill(NAVY)
        ws.merge_cells("A1:G1")
        rows = [("Strategic objective", obj), ("Principal risk", risk),
                ("Executive owner", owner), ("Assuring committee", comm)]
        r = 3
        for k, v in rows:
            ws.cell(r, 1, k).font = Font(bold=True)
            ws.cell(r, 1).fill = fill(GREY)
            ws.cell(r, 2, v).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            r += 1
        r += 1
        for j, h in enumerate(["Inherent score", "Q1 score", "Q2 score", "Target score",
                               "Risk appetite"], 1):
            ws.cell(r, j, h).font = Font(bold=True)
            ws.cell(r, j).fill = fill(GREY)
            ws.cell(r, j).border = BORDER
            ws.cell(r + 1, j, scores[j - 1]).border = BORDER
        r += 3
        for k, v in [("Key controls", controls), ("Sources of assurance", assur),
                     ("Gaps in control / assurance", gaps)]:
            ws.cell(r, 1, k).font = Font(bold=True)
            ws.cell(r, 1).fill = fill(GREY)
            ws.cell(r, 2, v).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            r += 1
        r += 1
        ws.cell(r, 1, "Actions to address gaps").font = Font(bold=True, size=12)
        r += 1
        for j, h in enumerate(["No.", "Action", "Gap", "Lead", "Due", "Progress (Q2)", "RAG"], 1):
            c = ws.cell(r, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(NAVY)
            c.border = BORDER
        r += 1
        for (no, text, gap, lead_cell, leads, due, end, end_text, prog, rag) in actions:
            for j, v in enumerate([no, text, gap, lead_cell, due, prog, None], 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BORDER
            ws.cell(r, 7).fill = fill(rag_fill[rag])
            exp_actions.append(act(no, [head], text, leads, end, rag, end_text))
            r += 1
        for col, w in zip("ABCDEFG", (22, 52, 7, 30, 18, 40, 8)):
            ws.column_dimensions[col].width = w
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates an integrated care board's Board Assurance Framework as published in ICB "
                   "Board papers in 2024-26 (e.g. Humber and North Yorkshire ICB BAF 2024-2025, "
                   "https://slideorbit.com/slide/icb-board-assurance-framework-2024-2025/326090; "
                   "layout of the Calderdale, Kirklees and Wakefield BAF, "
                   "https://vdocument.in/ckwcb-12-60bv23clusterbaf2.html), here for NHS Cambridgeshire "
                   "and Peterborough ICB 2025/26. Copied features: summary sheet with risk scores and a "
                   "colour-only action RAG key; one sheet per principal risk with objective, risk "
                   "statement, owner, committee, score table, controls, assurances and gaps; an "
                   "'Actions to address gaps' table whose RAG column is fill colour with no text; due "
                   "dates written as months, quarters, dates and 'Ongoing'; several leads in one cell."),
        "reads": ("A four-sheet BAF: a summary of three principal risks with scores and a RAG key, then "
                  "one sheet per risk (BAF 1-3). Each risk sheet describes the risk, controls, "
                  "assurances and gaps, then lists numbered actions (1.1-3.3) with gap, lead, due date, "
                  "Q2 progress and a colour-filled RAG cell. Ten actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    })
    return name, len(exp_actions)


# ---------------------------------------------------------------------------
# 3. Birmingham Women's and Children's NHSFT - CQC must/should do (xlsx, refuse)
# ---------------------------------------------------------------------------
def bwc_cqc_refuse():
    name = ("zqr-birmingham-womens-and-childrens-nhsft-cqc-must-should-do-action-plan-"
            "typo-month-refuse.xlsx")
    title = "CQC Inspection Action Plan – Mental Health Services (Forward Thinking Birmingham)"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Birmingham Women's and Children's NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14, color=NHSBLUE)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = ("Inspections June–August 2022 and October 2023 · report published 15 December 2023 · "
                "position at 30 September 2024")
    ws["A3"].font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    heads = ["Ref", "Must / Should", "Regulation", "CQC requirement", "Action", "Executive lead",
             "Action owner", "Due date", "Progress update", "BRAG"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NHSBLUE)
        c.border = BORDER
        c.alignment = WRAP
    brag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rows = [
        ("section", "Core service: Specialist community mental health services for children and "
                    "young people"),
        ("req", "MD1", "Must", "Reg 12",
         "The trust must ensure that young people on the waiting list have a documented risk "
         "assessment and that risk is reviewed while they wait."),
        ("act", "1.1", "Introduce a clinician-led weekly waiting list risk huddle in each locality "
                       "hub.", "Chief Nursing Officer", "Associate Director of Nursing, FTB",
         "Jun-24", "Weekly huddles in place in all four hubs.", "B"),
        ("act", "1.2", "Contact every young person waiting more than 18 weeks at least monthly and "
                       "record the contact on RiO.", "Chief Nursing Officer",
         "Locality Managers", "Sep-24", "Contact rate 87% in September.", "G"),
        ("req", "MD2", "Must", "Reg 17",
         "The trust must ensure that governance systems give leaders oversight of caseloads and "
         "waiting times."),
        ("act", "2.1", "Build a caseload and waiting-time dashboard in Power BI for FTB locality "
                       "managers.", "Chief Operating Officer", "Head of Performance, FTB",
         "Jul-24", "Dashboard live since July.", "B"),
        ("act", "2.2", "Report waiting-time performance monthly to the Quality Committee.",
         "Chief Operating Officer", "Divisional Director, FTB", "0ct-24",
         "First report scheduled for the October committee.", "A"),
        ("section", "Core service: Child and adolescent mental health wards"),
        ("req", "MD3", "Must", "Reg 18",
         "The trust must ensure there are enough suitably qualified and experienced staff on the "
         "wards to meet patients' needs."),
        ("act", "3.1", "Recruit to the registered nurse vacancies at Parkview Clinic and reduce "
                       "agency use.", "Chief People Officer", "Head of Nursing, Parkview Clinic",
         "Dec-24", "9 of 12 WTE posts filled.", "A"),
        ("req", "SD1", "Should", "Reg 9",
         "The trust should ensure that patients' care plans are personalised and reflect their "
         "views."),
        ("act", "4.1", "Co-produce a new care plan template with the Youth Participation Group.",
         "Chief Nursing Officer", "Lead Nurse, Quality", "Nov-24",
         "Template drafted with young people.", "G"),
        ("act", "4.2", "Audit 10 care plans per ward each month for personalisation.",
         "Chief Nursing Officer", "Ward Managers", "Mar-25", "Audit tool agreed.", "G"),
    ]
    r = 6
    refuse_row = None
    n_actions = 0
    for row in rows:
        if row[0] == "section":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        elif row[0] == "req":
            _, ref, ms, reg, text = row
            for j, v in enumerate([ref, ms, reg, text], 1):
                c = ws.cell(r, j, v)
                c.font = Font(bold=True)
                c.fill = fill("DEEAF6")
                c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=10)
        else:
            _, ref, text, exe, owner, due, prog, brag = row
            for j, v in enumerate([ref, None, None, None, text, exe, owner, due, prog, brag], 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BORDER
            ws.cell(r, 8).number_format = "@"
            ws.cell(r, 10).fill = fill(brag_fill[brag])
            n_actions += 1
            if due.startswith("0ct"):
                refuse_row = r
        r += 1
    r += 1
    ws.cell(r, 1, "BRAG: B = complete and evidenced; G = on track; A = at risk; R = off track.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHIJ", (7, 9, 10, 40, 46, 22, 28, 10, 34, 7)):
        ws.column_dimensions[col].width = w
    wb.save(path(name))
    assert refuse_row == 12, refuse_row

    write_expected(name, {
        "source": ("Imitates the CQC must-do/should-do action plan Birmingham Women's and Children's "
                   "NHS Foundation Trust would keep after the CQC report on its Forward Thinking "
                   "Birmingham mental health services (published December 2023, "
                   "https://www.cqc.org.uk/provider/RQ3/inspection-summary), in the style of trust "
                   "CQC action plans published for board and quality committee (e.g. "
                   "https://shsc.nhs.uk/about-us/corporate-information/cqc/action-plan-progress-update/"
                   "action-plan-update/). Copied features: title block, core-service section rows, "
                   "must/should requirement rows with regulation above numbered actions, executive "
                   "lead and action owner columns, due dates as text Mmm-YY, BRAG letters with fill "
                   "colour and a key line."),
        "reads": ("One sheet: core-service sections, each with CQC must/should requirements (MD1-MD3, "
                  "SD1) followed by numbered actions with leads, a due month, progress and BRAG. The "
                  "due date of action 2.2 on sheet row 12 reads '0ct-24' with a zero for the O, a "
                  "mistyped month a careful reader would query before importing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return name, n_actions


# ---------------------------------------------------------------------------
# 4. Graham Anderson House (The Disabilities Trust) - HIS IAP (txt, tab-separated)
# ---------------------------------------------------------------------------
def gah_his_txt():
    name = "zqr-graham-anderson-house-his-inspection-improvement-action-plan.txt"
    title = "Improvement Action Plan"
    d5 = "Domain 5 – Delivery of safe, effective, compassionate and person-centred care"
    d7 = "Domain 7 – Workforce management and support"
    d9 = "Domain 9 – Quality improvement-focused leadership"
    r1 = ("The provider must ensure that risk assessments for falls, nutrition and skin integrity "
          "are reviewed at least monthly, or sooner if a patient's needs change, and that each "
          "review is recorded in the care record.")
    ra = ("The service should ensure that the outcome of each multidisciplinary team meeting, "
          "including agreed rehabilitation goals, is shared with the patient in a format they can "
          "understand.")
    r2 = ("The provider must ensure that all staff complete training in the management of actual or "
          "potential aggression (MAPA) and that refresher training is completed within the required "
          "timescale.")
    rb = "The service should develop a structured induction for bank and agency staff."
    rc = ("The service should ensure its quality improvement plan includes measurable outcomes, "
          "named leads and timescales.")
    # (ref cell, requirement text, action no., action, timescale, responsibility, leads, end, end_text, RAG)
    lines = [
        ("D", d5),
        ("A", "Requirement 1", r1, "1",
         "Audit all current care records and update any overdue risk assessments.",
         "Immediate", "Clinical Nurse Manager", ["Clinical Nurse Manager"], None, "Immediate",
         "Blue"),
        ("A", "", "", "2",
         "Add a monthly review prompt for each risk assessment to the electronic care record and "
         "monitor compliance at the clinical governance meeting.",
         "30 June 2025", "Clinical Nurse Manager / Quality Lead",
         ["Clinical Nurse Manager", "Quality Lead"], "2025-06", None, "Blue"),
        ("A", "", "", "3",
         "Repeat the care record audit every quarter and share the results with the "
         "multidisciplinary team.",
         "Ongoing – quarterly", "Quality Lead", ["Quality Lead"], None, "Ongoing – quarterly",
         "Green"),
        ("A", "Recommendation a", ra, "4",
         "Introduce an easy-read goal summary sheet, developed with the patient forum, to be given "
         "to each patient after their MDT meeting.",
         "31 July 2025", "Lead Occupational Therapist", ["Lead Occupational Therapist"],
         "2025-07", None, "Amber"),
        ("D", d7),
        ("A", "Requirement 2", r2, "5",
         "Book every member of staff whose MAPA refresher has lapsed onto the next available course.",
         "31 May 2025", "Training Co-ordinator", ["Training Co-ordinator"], "2025-05", None, "Blue"),
        ("A", "", "", "6",
         "Train two more in-house MAPA instructors so that courses can run every month.",
         "October 2025", "Service Manager", ["Service Manager"], "2025-10", None, "Amber"),
        ("A", "Recommendation b", rb, "7",
         "Introduce a local induction checklist for bank and agency staff, signed off at the end "
         "of their first shift.",
         "30 April 2025", "Deputy Service Manager", ["Deputy Service Manager"], "2025-04", None,
         "Blue"),
        ("D", d9),
        ("A", "Recommendation c", rc, "8",
         "Revise the service quality improvement plan so that every improvement has a measure, a "
         "named lead and a target date.",
         "30 September 2025", "Service Manager", ["Service Manager"], "2025-09", None, "Green"),
        ("A", "", "", "9",
         "Present the quality improvement plan to the regional quality and governance meeting.",
         "Quarterly", "Service Manager; Head of Operations (Scotland)",
         ["Service Manager", "Head of Operations (Scotland)"], None, "Quarterly", "Green"),
    ]
    out = [
        title,
        "Healthcare Improvement Scotland – independent healthcare inspection",
        "",
        "Service name:\tGraham Anderson House, Glasgow",
        "Service provider:\tThe Disabilities Trust (Brain Injury Rehabilitation Trust)",
        "Date of inspection:\t11 and 12 February 2025",
        "Action plan submitted:\t9 April 2025",
        "Progress update:\t30 September 2025",
        "",
        "Ref\tRequirement / recommendation\tAction no.\tAction planned\tTimescale\tResponsibility\tRAG",
    ]
    rag_map = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    exp_actions = []
    cur_domain = None
    cur_req = None
    for ln in lines:
        if ln[0] == "D":
            cur_domain = ln[1]
            out.append(ln[1])
            continue
        _, refc, req, no, action, tscale, resp, leads, end, end_text, rag = ln
        if req:
            cur_req = req
        out.append("\t".join([refc, req, no, action, tscale, resp, rag]))
        exp_actions.append(act(no, [cur_domain, cur_req], action, leads, end, rag_map[rag],
                               end_text))
    out += [
        "",
        "RAG key: Blue – complete; Green – on track; Amber – timescale at risk; Red – timescale missed.",
        "Requirements relate to The Healthcare Improvement Scotland (Requirements as to Independent "
        "Health Care Services) Regulations 2011. Recommendations do not carry a timescale from HIS; "
        "timescales shown are the service's own.",
    ]
    with open(path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")

    write_expected(name, {
        "source": ("Imitates the Improvement Action Plan an HIS-registered independent hospital returns "
                   "after a Healthcare Improvement Scotland inspection, here Graham Anderson House, "
                   "Glasgow (The Disabilities Trust / BIRT; see "
                   "https://www.thedtgroup.org/graham-anderson-house/news/graham-anderson-house-receives-an-exceptional-grade-in-the-latest-healthcare-improvement-scotland-inspection "
                   "and HIS quality framework domains, https://healthcareimprovementscotland.scot/"
                   "inspections-reviews-and-regulation/regulation-of-independent-healthcare/"
                   "information-for-independent-healthcare-service-providers/how-we-inspect-independent-healthcare-services), "
                   "saved as a tab-separated plain-text export with a progress column. Copied features: "
                   "title and service details lines, HIS quality framework domain lines, requirement / "
                   "recommendation text on the first action line only with continuation lines below, "
                   "timescales as dates, 'Immediate', 'Ongoing' and 'Quarterly', posts as "
                   "responsibility, a RAG key and notes lines."),
        "reads": ("A plain-text (tab-separated) improvement action plan: a title and service details, "
                  "a header line, then three HIS domains; under each, the inspectors' requirements and "
                  "recommendations with one or more numbered actions (1-9), each with timescale, "
                  "responsibility and a RAG word. Nine actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    })
    return name, len(exp_actions)


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


def set_cell(cell, paras, bold=False, size=9):
    """Write a list of paragraphs into a cell."""
    if isinstance(paras, str):
        paras = [paras]
    cell.text = ""
    first = True
    for p in paras:
        b = bold
        if isinstance(p, tuple):
            p, b = p
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        run = para.add_run(p)
        run.bold = b
        run.font.size = Pt(size)
        first = False


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 5. Llanidloes Medical Practice - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def llanidloes_hiw():
    name = "zqr-llanidloes-medical-practice-hiw-gp-inspection-improvement-plan.docx"
    title = "Llanidloes Medical Practice – HIW General Practice Inspection Improvement Plan"
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Healthcare Inspectorate Wales · Arolygiaeth Gofal Iechyd Cymru")
    doc.add_heading(title, level=1)
    doc.add_paragraph("Powys Teaching Health Board · Inspection date: 14 January 2025 · "
                      "Publication date: 16 April 2025")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our "
                      "inspection. Due to the impact/potential impact on patient care and treatment "
                      "these concerns needed to be addressed straight away, during the inspection.")
    ta = doc.add_table(rows=2, cols=4)
    ta.style = "Table Grid"
    for j, h in enumerate(["Immediate concerns identified",
                           "Impact/potential impact on patient care and treatment",
                           "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(ta.rows[0].cells[j], h, bold=True)
        shade(ta.rows[0].cells[j], "D9D9D9")
    for j, v in enumerate([
            "The vaccine fridge temperature log had not been completed for five days in December.",
            "Vaccines may have been stored outside the safe temperature range.",
            "Raised with the Practice Manager and the Lead Practice Nurse on the day.",
            "The data logger was downloaded and showed temperatures had stayed within range. A "
            "daily checking rota was put in place the same day."]):
        set_cell(ta.rows[1].cells[j], v)

    def service_table():
        t = doc.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        set_cell(t.rows[0].cells[0], "Service:", bold=True)
        set_cell(t.rows[0].cells[1], "Llanidloes Medical Practice")
        set_cell(t.rows[1].cells[0], "Date of inspection:", bold=True)
        set_cell(t.rows[1].cells[1], "14 January 2025")

    heads = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
             "Responsible officer", "Timescale"]

    def plan_table(rows):
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "BDD7EE")
        for i, row in enumerate(rows, 1):
            for j, v in enumerate(row):
                set_cell(t.rows[i].cells[j], v)

    def signoff(nm, role, date):
        doc.add_paragraph("The following section must be completed by a representative of the "
                          "service who has overall responsibility and accountability for ensuring "
                          "the improvement plan is actioned.")
        t = doc.add_table(rows=4, cols=2)
        t.style = "Table Grid"
        set_cell(t.rows[0].cells[0], "Service representative", bold=True)
        t.rows[0].cells[0].merge(t.rows[0].cells[1])
        for i, (k, v) in enumerate([("Name (print):", nm), ("Job role:", role), ("Date:", date)], 1):
            set_cell(t.rows[i].cells[0], k, bold=True)
            set_cell(t.rows[i].cells[1], v)

    hcqs = "Health and Care Quality Standards (2023)"
    b_head = "Appendix B – Immediate improvement plan"
    c_head = "Appendix C – Improvement plan"
    # rows: finding, improvement, standard, action paragraphs, officer cell, leads, timescale, end, end_text
    b_rows = [
        ("Not all clinical staff had up-to-date training in cardiopulmonary resuscitation (CPR).",
         "The practice must ensure that all clinical staff complete CPR training appropriate to "
         "their role and that compliance is monitored.",
         hcqs + " – Safe; Workforce",
         ["All clinical staff have been booked onto Immediate Life Support training on "
          "5 February 2025.",
          "A training matrix has been set up and will be reviewed monthly at the practice meeting."],
         "Practice Manager", ["Practice Manager"], "28 February 2025", "2025-02", None),
        ("Checks of emergency drugs and equipment were not recorded every week.",
         "The practice must ensure that emergency drugs and equipment are checked weekly and that "
         "each check is recorded.",
         hcqs + " – Safe",
         ["A weekly checklist is now kept with the emergency trolley and is countersigned by the "
          "Practice Manager at the end of each month."],
         "Lead Practice Nurse", ["Lead Practice Nurse"], "Immediate", None, "Immediate"),
    ]
    c_rows = [
        ("Patients told us it was difficult to get through on the telephone at 8am.",
         "The practice should review its telephone and appointment system to improve access for "
         "patients at peak times.",
         hcqs + " – Timely",
         ["A call-back queuing facility will be installed with the new cloud telephony contract.",
          "The reception rota has been changed so that three staff answer calls between 8am and "
          "10am."],
         "Practice Manager", ["Practice Manager"], "30 June 2025", "2025-06", None),
        ("The practice website and information in the waiting room were not available in Welsh.",
         "The practice must ensure that information for patients is available bilingually, in "
         "line with the Active Offer.",
         hcqs + " – Person-centred",
         ["Key leaflets and posters will be translated through the health board translation "
          "service, and Welsh pages will be added to the practice website."],
         "Practice Manager / Reception Team Leader", ["Practice Manager", "Reception Team Leader"],
         "September 2025", "2025-09", None),
        ("Some patient records did not contain a clear summary of the consultation, and clinical "
         "coding was incomplete.",
         "The practice must ensure that patient records are complete, contemporaneous and coded "
         "consistently.",
         hcqs + " – Effective",
         ["A record-keeping audit of 20 records per clinician will be completed.",
          "Findings will be fed back at the clinical meeting and the audit repeated after six "
          "months."],
         "Dr Gareth Hughes, GP Partner", ["Dr Gareth Hughes, GP Partner"], "31 October 2025",
         "2025-10", None),
        ("There was no formal process for sharing learning from significant events with all staff.",
         "The practice should ensure that learning from significant events is shared with the "
         "whole practice team.",
         hcqs + " – Learning, improvement and research",
         ["Significant event review is now a standing item at the monthly whole-practice meeting, "
          "and a summary is emailed to staff unable to attend."],
         "Practice Manager", ["Practice Manager"], "Ongoing", None, "Ongoing"),
        ("Several members of staff had not had an appraisal in the last 12 months.",
         "The practice must ensure that all staff receive an annual appraisal.",
         hcqs + " – Workforce",
         ["An appraisal schedule has been set for all non-clinical staff, to be completed by "
          "their line managers."],
         "Practice Manager", ["Practice Manager"], "31 May 2025", "2025-05", None),
    ]

    exp_actions = []

    def to_table_rows(rows, head):
        out = []
        for (finding, imp, std, paras, officer, leads, tscale, end, end_text) in rows:
            out.append([finding, imp, std, paras, officer, tscale])
            exp_actions.append(act(None, [head, imp], "\n".join(paras), leads, end, "unrated",
                                   end_text))
        return out

    doc.add_heading(b_head, level=2)
    service_table()
    doc.add_paragraph("The table below includes any immediate non-compliance concerns about patient "
                      "safety identified during the inspection where we require the service to "
                      "complete an immediate improvement plan telling us about the urgent actions "
                      "they are taking.")
    plan_table(to_table_rows(b_rows, b_head))
    signoff("Elen Rowlands", "Practice Manager", "24 January 2025")

    doc.add_page_break()
    doc.add_heading(c_head, level=2)
    service_table()
    doc.add_paragraph("The table below includes any other improvements identified during the "
                      "inspection where we require the service to complete an improvement plan "
                      "telling us about the actions they are taking to address these areas.")
    plan_table(to_table_rows(c_rows, c_head))
    signoff("Elen Rowlands", "Practice Manager", "28 March 2025")
    doc.save(path(name))

    write_expected(name, {
        "source": ("Imitates the improvement plan appendices of a Healthcare Inspectorate Wales general "
                   "practice inspection report (HIW GP and hospital reports, e.g. Beechley Medical "
                   "Centre, https://fdocuments.net/document/general-practice-inspection-announced-"
                   "patient-centred-we-place-patients.html; Wrexham Maelor ED, "
                   "https://vdocuments.net/follow-up-inspection-unannounced.html), in the 2023+ "
                   "template, completed by a Powys practice (Llanidloes Medical Practice, 2025). "
                   "Copied features: Appendix A resolved-concerns table (not a plan), Appendix B "
                   "immediate improvement plan and Appendix C improvement plan each preceded by a "
                   "Service / Date of inspection table and followed by a service representative "
                   "sign-off table; columns Risk/finding/issue, Improvement needed, Standard / "
                   "Regulation, Service action, Responsible officer, Timescale; multi-paragraph "
                   "service actions; no refs and no RAG."),
        "reads": ("A Word document with three appendices. Appendix A lists a concern resolved on the "
                  "day (not a plan). Appendix B (immediate improvement plan, two rows) and Appendix C "
                  "(improvement plan, five rows) give, for each finding, the improvement needed, the "
                  "standard, the practice's action, the responsible officer and a timescale. Seven "
                  "unnumbered, unrated actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    })
    return name, len(exp_actions)


# ---------------------------------------------------------------------------
# 6. Mournecare Homecare Ltd - RQIA domiciliary care agency QIP (docx)
# ---------------------------------------------------------------------------
def mournecare_rqia():
    name = "zqr-mournecare-homecare-rqia-domiciliary-care-agency-quality-improvement-plan.docx"
    title = "Quality Improvement Plan – Mournecare Homecare Ltd (Domiciliary Care Agency)"
    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph("Inspection ID: IN047218    RQIA ID: 020981")
    doc.add_paragraph("Unannounced care inspection: 4 March 2025")
    doc.add_paragraph("Areas for improvement and details of the Quality Improvement Plan were "
                      "discussed with Mrs Siobhan McKeown, Registered Manager, as part of the "
                      "inspection process. The timescales for completion commence from the date of "
                      "inspection.")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, v in enumerate(["", "Regulations", "Standards"]):
        set_cell(t.rows[0].cells[j], v, bold=True)
    for j, v in enumerate(["Total number of Areas for Improvement", "2", "3"]):
        set_cell(t.rows[1].cells[j], v)
    doc.add_paragraph("")

    reg_head = ("Action required to ensure compliance with The Domiciliary Care Agencies "
                "Regulations (Northern Ireland) 2007")
    std_head = ("Action required to ensure compliance with the Domiciliary Care Agencies Minimum "
                "Standards, 2021")
    areas = [
        ("H", reg_head),
        ("A", "1", "Regulation 13 (d) Schedule 3", "First time", "Immediate and ongoing",
         None, "Immediate and ongoing",
         "The registered person shall ensure that no domiciliary care worker is supplied by the "
         "agency unless a full employment history, together with a satisfactory written "
         "explanation of any gaps in employment, has been obtained.",
         ["All personnel files have been audited and written explanations of any gaps in "
          "employment history have been obtained and signed by the staff member.",
          "The recruitment checklist has been amended so that no start date is confirmed until the "
          "Registered Manager has signed off the employment history."]),
        ("A", "2", "Regulation 23 (1)", "Second time", "30 April 2025", "2025-04", None,
         "The registered person shall establish and maintain a system for evaluating the quality "
         "of the services which the agency arranges to be provided. This includes the completion "
         "of monthly quality monitoring reports.",
         ["Monthly quality monitoring has been completed for March and April 2025 by the "
          "Operations Manager and the reports are available for inspection.",
          "An action plan is drawn up from each report and reviewed at the monthly staff meeting."]),
        ("H", std_head),
        ("A", "3", "Standard 12.3", "First time", "31 May 2025", "2025-05", None,
         "The registered person shall ensure that all care staff complete dysphagia awareness "
         "training, including the International Dysphagia Diet Standardisation Initiative (IDDSI) "
         "framework.",
         ["Dysphagia and IDDSI training was delivered by the Trust Speech and Language Therapy "
          "team on 8 and 15 April 2025. Staff who were on leave will complete the e-learning module "
          "by 31 May 2025."]),
        ("A", "4", "Standard 8.17", "First time", "30 June 2025", "2025-06", None,
         "The registered person shall ensure that the agency's Annual Adult Safeguarding Position "
         "Report is completed and made available to RQIA on request.",
         ["The Annual Adult Safeguarding Position Report for 1 April 2024 to 31 March 2025 has "
          "been completed by the Adult Safeguarding Champion and is available for inspection."]),
        ("A", "5", "Standard 5.2", "First time", "Ongoing from the date of inspection", None,
         "Ongoing from the date of inspection",
         "The registered person shall ensure that daily care records are signed, dated and record "
         "the time of each call.",
         ["Care Co-ordinators now audit a sample of daily records every week.",
          "Record keeping has been discussed at every staff supervision since the inspection, and "
          "a reminder was included in the March staff newsletter."]),
    ]
    n_rows = sum(1 if a[0] == "H" else 2 for a in areas)
    q = doc.add_table(rows=n_rows, cols=2)
    q.style = "Table Grid"
    exp_actions = []
    r = 0
    cur = None
    for a in areas:
        if a[0] == "H":
            cur = a[1]
            c = q.rows[r].cells[0].merge(q.rows[r].cells[1])
            set_cell(c, a[1], bold=True, size=10)
            shade(c, "D9E2F3")
            r += 1
            continue
        _, no, ref, stated, by, end, end_text, req, resp = a
        left = q.cell(r, 0).merge(q.cell(r + 1, 0))
        set_cell(left, [(f"Area for improvement {no}", True), f"Ref: {ref}",
                        f"Stated: {stated}", ("To be completed by:", True), by])
        set_cell(q.cell(r, 1), req)
        set_cell(q.cell(r + 1, 1),
                 [("Response by registered person detailing the actions taken:", True)] + resp)
        exp_actions.append(act(no, [cur, req], "\n".join(resp), [], end, "unrated", end_text))
        r += 2
    doc.add_paragraph("")
    doc.add_paragraph("*Please ensure this document is completed in full and returned via the "
                      "Web Portal*")
    doc.save(path(name))

    write_expected(name, {
        "source": ("Imitates the Quality Improvement Plan at the end of an RQIA domiciliary care agency "
                   "inspection report, as returned by the registered person (RQIA provider guidance "
                   "for domiciliary care agencies, https://fdocuments.net/document/rqia-provider-"
                   "guidance-2018-19-domiciliary-care-agencies-2018-4-9-rqia-provider.html; QIP layout "
                   "of RQIA inspection reports 2022-25), for a small Co. Down agency in 2025. Copied "
                   "features: inspection ID lines, totals table of areas for improvement by "
                   "regulations/standards, one QIP table with full-width merged rows 'Action required "
                   "to ensure compliance with ...', a vertically merged left cell per area (Area for "
                   "improvement N, Ref, Stated, To be completed by) beside the requirement and the "
                   "'Response by registered person detailing the actions taken' cell; closing "
                   "instruction line. No leads or RAG, as in real QIPs."),
        "reads": ("A short Word QIP: inspection details, a totals table, then one table in two parts "
                  "(Regulations, Minimum Standards). Each of the five areas for improvement gives its "
                  "reference, how many times stated and the completion date on the left, and on the "
                  "right the requirement with the registered person's response below it. Five "
                  "actions, no leads, unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    })
    return name, len(exp_actions)


# ---------------------------------------------------------------------------
# 7. St Christopher's Hospice - quality account priorities tracker (csv)
# ---------------------------------------------------------------------------
def stch_qa_csv():
    name = "zqr-st-christophers-hospice-quality-account-priorities-tracker-2025-26.csv"
    title = "St Christopher's Hospice – Quality Account 2025/26: quality priorities tracker"
    p1 = "Priority 1: Better care at home in the last days of life"
    p2 = "Priority 2: Reducing harm from falls on the inpatient unit"
    p3 = "Priority 3: Making hospice care fair and accessible to everyone"
    # ref, action, domain, lead cell, leads, target, end, end_text, q1, q2, update
    data = [
        ("P", p1),
        ("1.1", "Extend the 24/7 Hospice at Home rapid response service to cover Bromley and "
                "Croydon overnight.", "Clinical effectiveness",
         "Director of Nursing & Clinical Services", ["Director of Nursing & Clinical Services"],
         "Dec-25", "2025-12", None, "Green", "Amber",
         "4 WTE band 5 nurses being recruited, 2 in post. Croydon overnight cover from November."),
        ("1.2", "Offer every carer a support call within 48 hours of the patient being referred to "
                "Hospice at Home.", "Patient experience",
         "Head of Family & Carer Support", ["Head of Family & Carer Support"],
         "30/09/2025", "2025-09", None, "Green", "Blue",
         "Calls made for 94% of referrals in Q2. Now business as usual."),
        ("1.3", "Audit achievement of preferred place of death for patients known to the community "
                "team for more than 7 days.", "Clinical effectiveness",
         "Dr Sarah Cox; Lucy Morgan", ["Dr Sarah Cox", "Lucy Morgan"],
         "Q4 2025/26", "2026-03", None, "Green", "Green",
         "Audit tool agreed; data collection from October."),
        ("P", p2),
        ("2.1", "Introduce bay nursing for patients assessed as at high risk of falls.\n"
                "Review the night staffing model to support this.", "Patient safety",
         "Ward Manager, Inpatient Unit", ["Ward Manager, Inpatient Unit"],
         "Oct 2025 – Mar 2026", "2026-03", "Oct 2025 – Mar 2026", "Amber", "Amber",
         "Bay nursing piloted on one ward; staffing review paper to Executive in December."),
        ("2.2", "Replace low-low beds and falls sensor mats on the inpatient unit through the "
                "equipment replacement programme.", "Patient safety",
         "Head of Facilities / Falls Lead Nurse", ["Head of Facilities", "Falls Lead Nurse"],
         "November 2025", "2025-11", None, "Green", "Red",
         "Supplier cannot deliver until February 2026; interim hire agreed for 6 beds."),
        ("2.3", "Report falls per 1,000 occupied bed days to the Quality and Clinical Governance "
                "Committee each quarter and benchmark against Hospice UK data.", "Patient safety",
         "Quality & Patient Safety Lead", ["Quality & Patient Safety Lead"],
         "Quarterly", None, "Quarterly", "Green", "Green",
         "Q1 rate 9.8; Q2 rate 8.1 (Hospice UK median 9.3)."),
        ("P", p3),
        ("3.1", "Co-produce outreach sessions with faith and community groups in Lambeth and "
                "Southwark to improve referrals from Black and minority ethnic communities.",
         "Patient experience", "Head of Community Engagement", ["Head of Community Engagement"],
         "March 2026", "2026-03", None, "Green", "Green",
         "Five sessions held; two more planned for the autumn."),
        ("3.2", "Add ethnicity and postcode fields to the referral dashboard so that referral "
                "equity can be monitored monthly.", "Patient experience",
         "Head of Information & Performance", ["Head of Information & Performance"],
         "31/07/2025", "2025-07", None, "Amber", "Blue",
         "Dashboard fields live from August."),
        ("3.3", "Recruit and train 20 Compassionate Neighbours volunteers in Croydon.",
         "Patient experience", "Volunteer Services Manager", ["Volunteer Services Manager"],
         "TBC – dependent on grant funding", None, "TBC – dependent on grant funding", "",
         "Not started", "Grant decision expected in December 2025."),
    ]
    rag = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red",
           "Not started": "unrated", "": "unrated"}
    rows = [
        [title, "", "", "", "", "", "", ""],
        ["Quarter 2 update (July to September 2025)", "", "", "", "", "", "", ""],
        ["Presented to: Quality and Clinical Governance Committee, 22 October 2025", "", "", "", "",
         "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Quality priority / action", "Domain", "Lead", "Target date", "Q1 RAG", "Q2 RAG",
         "Q2 progress update"],
    ]
    exp_actions = []
    cur = None
    counts = {}
    for d in data:
        if d[0] == "P":
            cur = d[1]
            rows.append([d[1], "", "", "", "", "", "", ""])
            continue
        ref, text, dom, leadc, leads, tgt, end, end_text, q1, q2, upd = d
        rows.append([ref, text, dom, leadc, tgt, q1, q2, upd])
        counts[q2] = counts.get(q2, 0) + 1
        exp_actions.append(act(ref, [cur], text, leads, end, rag[q2], end_text))
    rows.append(["", "", "", "", "", "", "", ""])
    rows.append(["Summary of Q2 RAG ratings", "", "", "", "", "", "", ""])
    for lab, key in [("Blue – complete", "Blue"), ("Green – on track", "Green"),
                     ("Amber – delayed, expected to complete by year end", "Amber"),
                     ("Red – will not be achieved without further action", "Red"),
                     ("Not started", "Not started")]:
        rows.append([lab, str(counts.get(key, 0)), "", "", "", "", "", ""])
    rows.append(["Total", str(sum(counts.values())), "", "", "", "", "", ""])
    rows.append(["", "", "", "", "", "", "", ""])
    rows.append(["Domains follow the Quality Account headings: patient safety, clinical "
                 "effectiveness and patient experience.", "", "", "", "", "", "", ""])
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    write_expected(name, {
        "source": ("Imitates a hospice quality account priorities tracker, as hospices and trusts report "
                   "progress on the quality priorities set in their Quality Account (e.g. Newcastle "
                   "Hospitals quality account priorities 2025/26, https://www.newcastle-hospitals.nhs.uk/"
                   "about/our-interim-strategy/quality-account-priorities), exported to CSV from the "
                   "tracker St Christopher's Hospice would take to its quality committee for 2025/26. "
                   "Copied features: title lines in the first column, priority heading rows over "
                   "numbered actions, quality domain column, Q1 and Q2 RAG words (previous and current), "
                   "a quoted cell with an inner line break, targets as dates, months, a quarter, a "
                   "period, 'Quarterly' and 'TBC', a job title containing '&', a summary block of RAG "
                   "counts and a notes line."),
        "reads": ("A CSV tracker: three title lines, a header, then three quality priorities, each "
                  "followed by three numbered actions (1.1-3.3) with domain, lead, target date, Q1 and "
                  "Q2 RAG and a Q2 update; a summary of Q2 RAG counts and a note follow. Nine actions, "
                  "read at their Q2 (current) RAG."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    })
    return name, len(exp_actions)


def main():
    made = []
    for fn in (kings_psii, cp_icb_baf, bwc_cqc_refuse, gah_his_txt, llanidloes_hiw,
               mournecare_rqia, stch_qa_csv):
        made.append(fn())
    for n, k in made:
        print(f"{n}: {k} actions")


if __name__ == "__main__":
    main()
