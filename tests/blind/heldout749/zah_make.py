#!/usr/bin/env python3
"""Build the seven zah- blind test files (set heldout749) and their expected readings.

Run with /work/main/.venv/bin/python zah_make.py (openpyxl, python-docx, pyyaml).
Only files whose names start with "zah-" are written, in this script's folder.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": PatternFill("solid", fgColor="5B9BD5"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F4E79"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "band2": PatternFill("solid", fgColor="F2F2F2"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def D(y, m, d):
    return dt.datetime(y, m, d)


def path(name):
    return os.path.join(HERE, name)


def write_expected(name, doc):
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def header_row(ws, row, labels, fill=None, font=WHITE_BOLD):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = font
        c.fill = fill or FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def box(ws, row, ncols):
    for col in range(1, ncols + 1):
        c = ws.cell(row=row, column=col)
        c.border = BOX
        c.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Chesterfield Royal Hospital NHSFT - PSII safety action plan (xlsx)
# ---------------------------------------------------------------------------
def make_psii():
    name = "zah-chesterfield-royal-hospital-nhsft-psii-acute-kidney-injury-safety-action-plan.xlsx"
    title = ("Chesterfield Royal Hospital NHS Foundation Trust – PSII Safety Action Plan: "
             "delayed recognition and treatment of acute kidney injury")
    rag_word = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    # (afi, recommendation, [(ref, action, owner_cell, owner_list, orig, revised, measure, progress, rag)])
    groups = [
        ("AFI 1: Recognition of AKI alerts in the Emergency Department",
         "SR1: The Trust should ensure that laboratory AKI alerts are visible to clinicians at the point "
         "of care in the Emergency Department.",
         [("SA1.1",
           "Configure the ED electronic tracking board to display an AKI stage flag alongside the "
           "patient's name when an AKI warning stage result is reported.",
           "Clinical Systems Lead", ["Clinical Systems Lead"], D(2025, 10, 31), None,
           "AKI flag visible on 100% of tracking board views (system audit)",
           "AKI flag went live on 6 October 2025. System audit confirmed display for all AKI stage "
           "1–3 results.", "B", "2025-10", None),
          ("SA1.2",
           "Add review of AKI alerts to the ED safety huddle checklist and to the four-hourly "
           "consultant board round.",
           "ED Matron; ED Clinical Lead", ["ED Matron", "ED Clinical Lead"], D(2025, 9, 30), None,
           "Huddle checklist audit – 90% compliance",
           "Checklist revised and in use since September 2025; October audit 94%.", "B", "2025-09", None)]),
        ("AFI 2: Fluid balance monitoring on the Medical Assessment Unit",
         "SR2: The Trust should strengthen the recording and escalation of fluid balance for patients at "
         "risk of AKI on the Medical Assessment Unit (MAU).",
         [("SA2.1",
           "Introduce the revised fluid balance chart with 12-hour running totals and escalation prompts "
           "on MAU.",
           "Deputy Chief Nurse", ["Deputy Chief Nurse"], D(2025, 10, 31), D(2026, 1, 31),
           "Revised chart in use in all MAU bays",
           "Printing delayed by supplier; charts received December 2025 and roll-out under way.",
           "A", "2026-01", None),
          ("SA2.2",
           "Deliver fluid balance and AKI recognition training to MAU registered nurses and healthcare "
           "support workers, with compliance reported monthly.",
           "Practice Development Team", ["Practice Development Team"], D(2025, 11, 30), D(2026, 3, 31),
           "85% of MAU nursing staff trained",
           "61% trained at end of December; additional sessions booked for February.", "A", "2026-03", None),
          ("SA2.3",
           "Audit completion of fluid balance charts monthly (20 records) and report results to the "
           "Medicine Division Quality and Safety meeting.",
           "MAU Ward Manager", ["MAU Ward Manager"], "Monthly – ongoing", None,
           "Audit results reported monthly",
           "October 72%, November 78%, December 83%.", "G", None, "Monthly – ongoing")]),
        ("AFI 3: Review of nephrotoxic medicines",
         "SR3: The Trust should ensure that nephrotoxic medicines are reviewed promptly when AKI is "
         "identified.",
         [("SA3.1",
           "Build an electronic prescribing (EPMA) alert prompting prescribers to review or withhold "
           "nephrotoxic medicines when an AKI stage 2 or 3 result is reported.",
           "Chief Pharmacist / EPMA Lead", ["Chief Pharmacist", "EPMA Lead"], D(2026, 1, 31), None,
           "Alert live; override rate monitored monthly",
           "Build complete and in testing; go-live planned for 27 January 2026.", "G", "2026-01", None),
          ("SA3.2",
           "Update the Trust AKI guideline to include the medicines review ('sick day rules') and "
           "circulate it through the Medicines Safety Group.",
           "Consultant Nephrologist", ["Consultant Nephrologist"], D(2025, 9, 30), None,
           "Guideline ratified and published on the intranet",
           "Guideline ratified by Medicines Safety Group 17 September 2025.", "B", "2025-09", None)]),
        ("AFI 4: Handover of outstanding results between ED and the admitting team",
         "SR4: The Trust should ensure that outstanding blood results are handed over when patients "
         "transfer from ED to an admitting ward.",
         [("SA4.1",
           "Make 'outstanding results' a mandatory field in the ED to ward SBAR handover template.",
           "ED Clinical Lead", ["ED Clinical Lead"], D(2025, 11, 30), None,
           "Template change live; quarterly handover audit",
           "Change requested from the digital team but not yet scheduled – escalated to PSIRF Oversight "
           "Group.", "R", "2025-11", None),
          ("SA4.2",
           "Share the learning from this investigation through the Patient Safety Learning Bulletin and a "
           "Trust-wide Grand Round presentation.",
           "Head of Patient Safety", ["Head of Patient Safety"], D(2025, 8, 31), None,
           "Bulletin issued; Grand Round attendance recorded",
           "Bulletin issue 14 published August 2025; Grand Round presented 5 September 2025.",
           "B", "2025-08", None)]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Safety action plan"
    ncol = 10
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(row=2, column=1,
            value="Patient Safety Incident Response Framework (PSIRF) – Patient Safety Incident "
                  "Investigation").font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    info = [("PSII reference:", "PSII 2025/07", "Date of incident:", D(2025, 3, 14)),
            ("Executive sponsor:", "Chief Medical Officer",
             "Report approved (PSIRF Oversight Group):", D(2025, 7, 24)),
            ("Investigation lead:", "Patient Safety Investigation Lead", "Plan last updated:", D(2026, 1, 9))]
    r = 4
    for a, b, c, d in info:
        ws.cell(row=r, column=1, value=a).font = Font(bold=True)
        ws.cell(row=r, column=2, value=b)
        ws.cell(row=r, column=4, value=c).font = Font(bold=True)
        cell = ws.cell(row=r, column=5, value=d)
        cell.number_format = "dd/mm/yyyy"
        r += 1
    hdr = 8
    header_row(ws, hdr, ["Ref", "Area for improvement", "Safety recommendation", "Safety action",
                         "Action owner", "Original timescale", "Revised timescale",
                         "Measure of effectiveness", "Progress update (January 2026)", "RAG"])
    r = hdr + 1
    expected = []
    for afi, sr, actions in groups:
        first = r
        for (ref, text, owner_cell, owners, orig, rev, measure, progress, rag, end, end_text) in actions:
            ws.cell(row=r, column=1, value=ref)
            if r == first:
                ws.cell(row=r, column=2, value=afi)
                ws.cell(row=r, column=3, value=sr)
            ws.cell(row=r, column=4, value=text)
            ws.cell(row=r, column=5, value=owner_cell)
            c = ws.cell(row=r, column=6, value=orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=7, value=rev)
            if isinstance(rev, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8, value=measure)
            ws.cell(row=r, column=9, value=progress)
            c = ws.cell(row=r, column=10, value=rag)
            box(ws, r, ncol)
            c.fill = FILL[rag]
            c.alignment = Alignment(horizontal="center", vertical="center")
            expected.append(act(ref, [afi, sr], text, owners, end, rag_word[rag], end_text))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1,
            value="Note: actions rated B are closed by the PSIRF Oversight Group once evidence has been "
                  "received. Revised timescales were agreed at the Oversight Group on 11 December 2025.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    for col, w in zip("ABCDEFGHIJ", [8, 28, 38, 48, 22, 13, 13, 30, 42, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A9"

    ks = wb.create_sheet("RAG key")
    ks.cell(row=1, column=1, value="RAG key").font = Font(bold=True, size=12)
    for i, (k, txt) in enumerate([("B", "Complete – evidence received and action closed"),
                                  ("G", "On track to deliver by the agreed timescale"),
                                  ("A", "Delayed – revised timescale agreed"),
                                  ("R", "Off track – escalated to PSIRF Oversight Group")], start=3):
        c = ks.cell(row=i, column=1, value=k)
        c.fill = FILL[k]
        ks.cell(row=i, column=2, value=txt)
    ks.column_dimensions["B"].width = 55

    vs = wb.create_sheet("Version control")
    header_row(vs, 1, ["Version", "Date", "Author", "Summary of changes"])
    for i, row in enumerate([("0.1", D(2025, 7, 2), "Patient Safety Investigation Lead",
                              "Draft actions agreed with divisional teams"),
                             ("1.0", D(2025, 7, 24), "Head of Patient Safety",
                              "Approved by PSIRF Oversight Group"),
                             ("1.3", D(2026, 1, 9), "Patient Safety Team",
                              "January 2026 progress update; revised timescales added")], start=2):
        for j, v in enumerate(row, start=1):
            c = vs.cell(row=i, column=j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    vs.column_dimensions["C"].width = 34
    vs.column_dimensions["D"].width = 50
    wb.save(path(name))

    write_expected(name, {
        "source": "Imitates a PSIRF patient safety incident investigation (PSII) safety action plan as an "
                  "English acute trust (Chesterfield Royal Hospital NHSFT, 2025/26) appends to a PSII report "
                  "and tracks at its PSIRF Oversight Group: NHS England PSII report template columns (area "
                  "for improvement, safety recommendation, safety action, owner, timescale, measure of "
                  "effectiveness), AFI and recommendation cells merged down over their actions, original "
                  "and revised timescales, B/G/A/R letters with fill colour, incident details block, a note "
                  "line, and separate RAG key and version control sheets. PSII templates: https://www.england.nhs.uk/patient-safety/patient-safety-investigation/ .",
        "reads": "One sheet holds the plan: four areas for improvement, each with one safety recommendation "
                 "merged over its two or three safety actions (SA1.1-SA4.2). Each action has an owner, an "
                 "original and sometimes a revised timescale, a progress update and a B/G/A/R rating; the "
                 "other sheets are the RAG key and version control.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Queen Victoria Hospital NHSFT - Board Assurance Framework 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def make_baf():
    name = "zah-queen-victoria-hospital-nhsft-board-assurance-framework-2025-26.xlsx"
    title = "Queen Victoria Hospital NHS Foundation Trust – Board Assurance Framework 2025/26"
    colour = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    risks = [
        {"sheet": "BAF 1",
         "heading": "BAF 1 – Patient experience and quality of care",
         "kso": "KSO1 – Outstanding patient experience",
         "desc": "If we do not consistently listen to and act on patient feedback, and maintain safe "
                 "and effective care in our specialist services, then patient experience and outcomes may "
                 "deteriorate, leading to harm, loss of confidence and regulatory action.",
         "owner": "Chief Nurse", "committee": "Quality and Governance Committee",
         "scores": "Initial 16 (4x4) | Current 12 (4x3) | Target 8 (4x2)", "q2": 12, "q3": 12, "target": 8,
         "trend": "↔",
         "controls": "Quality and safety dashboards; PSIRF incident response plan; complaints and PALS "
                     "process; monthly ward accreditation.",
         "assurance": "Quality and Governance Committee reports; Friends and Family Test (96% positive "
                      "Q2); internal audit of complaints handling (substantial assurance, June 2025).",
         "gaps": "Patient experience data not yet reported at ward level; MCA and consent documentation "
                 "compliance below target in burns and plastics.",
         "actions": [
             ("1.1", "Complete the ward-level patient experience dashboard (Friends and Family Test, "
                     "complaints and PALS themes) and report it monthly to the Quality and Governance "
                     "Committee.", "Head of Patient Experience", ["Head of Patient Experience"],
              D(2025, 9, 30), D(2025, 11, 30), "Dashboard included in the November 2025 committee report.",
              "B", "2025-11"),
             ("1.2", "Implement the PSIRF learning response tracker across all clinical directorates.",
              "Head of Quality and Compliance", ["Head of Quality and Compliance"], D(2026, 3, 31), None,
              "Tracker live in three of five directorates.", "G", "2026-03"),
             ("1.3", "Re-audit compliance with Mental Capacity Act and consent documentation in the burns "
                     "and plastics services.", "Named Nurse Safeguarding Adults",
              ["Named Nurse Safeguarding Adults"], D(2025, 10, 31), D(2026, 2, 28),
              "Audit tool agreed; data collection delayed by staff absence.", "A", "2026-02"),
         ]},
        {"sheet": "BAF 3",
         "heading": "BAF 3 – Elective recovery and operational performance",
         "kso": "KSO3 – Operational excellence",
         "desc": "If we cannot increase theatre and outpatient capacity, then patients will wait longer "
                 "than the constitutional standards for treatment, with risk of clinical harm and failure "
                 "to meet the 2025/26 elective recovery targets.",
         "owner": "Chief Operating Officer", "committee": "Finance and Performance Committee",
         "scores": "Initial 20 (5x4) | Current 12 (4x3) | Target 9 (3x3)", "q2": 16, "q3": 12, "target": 9,
         "trend": "↓",
         "controls": "Weekly patient tracking list meeting; theatre scheduling group; clinical harm "
                     "reviews for long waiters.",
         "assurance": "Integrated performance report; NHS England elective recovery returns; ICB "
                      "performance reviews.",
         "gaps": "Theatre utilisation below 85% plan; 52-week waits not fully validated.",
         "actions": [
             ("3.1", "Deliver the theatre productivity programme to raise main theatre utilisation to 85%.",
              "Chief Operating Officer", ["Chief Operating Officer"], D(2026, 3, 31), None,
              "Utilisation 81% in December (78% in Q2).", "G", "2026-03"),
             ("3.2", "Complete validation of all patients waiting over 52 weeks and agree mutual aid "
                     "arrangements with neighbouring providers.", "Head of Access / Deputy COO",
              ["Head of Access", "Deputy COO"], D(2025, 12, 31), None,
              "Validation 70% complete; mutual aid not yet agreed.", "R", "2025-12"),
             ("3.3", "Open the additional outpatient procedure room in the corneo-plastic unit.",
              "Associate Director of Estates", ["Associate Director of Estates"], D(2025, 11, 30),
              D(2026, 1, 31), "Room opened 12 January 2026.", "B", "2026-01"),
         ]},
        {"sheet": "BAF 5",
         "heading": "BAF 5 – Workforce supply and retention",
         "kso": "KSO5 – Organisational excellence",
         "desc": "If we are unable to recruit and retain sufficient skilled staff in theatres and "
                 "critical care, then we may not be able to deliver safe services or planned activity.",
         "owner": "Chief People Officer", "committee": "People and Culture Committee",
         "scores": "Initial 16 (4x4) | Current 16 (4x4) | Target 8 (4x2)", "q2": 16, "q3": 16, "target": 8,
         "trend": "↔",
         "controls": "Workforce plan 2025/26; vacancy control panel; temporary staffing controls.",
         "assurance": "People and Culture Committee workforce report; staff survey; turnover 11.2%.",
         "gaps": "Theatre vacancy rate 14%; no structured retention conversations for new starters.",
         "actions": [
             ("5.1", "Run the theatres and critical care recruitment campaign, including international "
                     "recruitment of 12 ODPs and scrub nurses.", "Chief People Officer",
              ["Chief People Officer"], D(2025, 9, 30), D(2025, 12, 31),
              "12 offers made; 9 staff in post by December 2025.", "B", "2025-12"),
             ("5.2", "Introduce a 'stay conversation' for all staff in their first two years of employment.",
              "Head of Organisational Development", ["Head of Organisational Development"],
              D(2026, 3, 31), None, "Pilot running in theatres since November.", "G", "2026-03"),
         ]},
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
    sm.cell(row=2, column=1, value="Board of Directors (public), 8 January 2026 – Quarter 3 position")
    header_row(sm, 4, ["BAF risk", "Key strategic objective", "Risk description", "Executive owner",
                       "Assurance committee", "Q2 score", "Q3 score", "Target score", "Trend"])
    r = 5
    for rk in risks:
        for j, v in enumerate([rk["sheet"], rk["kso"], rk["desc"], rk["owner"], rk["committee"],
                               rk["q2"], rk["q3"], rk["target"], rk["trend"]], start=1):
            sm.cell(row=r, column=j, value=v)
        box(sm, r, 9)
        r += 1
    r += 1
    sm.cell(row=r, column=1, value="Action status key (status cells on each BAF sheet are colour-coded)").font = \
        Font(bold=True)
    for k, txt in [("B", "Complete"), ("G", "On track to deliver by due date"),
                   ("A", "At risk – revised date agreed"), ("R", "Overdue")]:
        r += 1
        sm.cell(row=r, column=1).fill = FILL[k]
        sm.cell(row=r, column=2, value=txt)
    for col, w in zip("ABCDEFGHI", [10, 34, 60, 24, 32, 9, 9, 11, 7]):
        sm.column_dimensions[col].width = w

    expected = []
    for rk in risks:
        ws = wb.create_sheet(rk["sheet"])
        ws.cell(row=1, column=1, value=rk["heading"]).font = Font(bold=True, size=13)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=7)
        rows = [("Key strategic objective", rk["kso"]), ("Risk description", rk["desc"]),
                ("Executive owner", rk["owner"]), ("Risk scores (C x L)", rk["scores"]),
                ("Key controls", rk["controls"]), ("Sources of assurance", rk["assurance"]),
                ("Gaps in control / assurance", rk["gaps"])]
        r = 3
        for lab, val in rows:
            c = ws.cell(row=r, column=1, value=lab)
            c.font = Font(bold=True)
            c.fill = FILL["grey"]
            ws.cell(row=r, column=2, value=val).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            r += 1
        r += 1
        c = ws.cell(row=r, column=1, value="Actions to address gaps")
        c.font = Font(bold=True)
        c.fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        header_row(ws, r, ["No.", "Action", "Lead", "Due date", "Revised due date",
                           "Progress update (Q3)", "Status"])
        r += 1
        for (ref, text, lead_cell, leads, due, rev, prog, st, end) in rk["actions"]:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=text)
            ws.cell(row=r, column=3, value=lead_cell)
            c = ws.cell(row=r, column=4, value=due)
            c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=5, value=rev)
            c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6, value=prog)
            box(ws, r, 7)
            ws.cell(row=r, column=7).fill = FILL[st]
            expected.append(act(ref, [rk["heading"]], text, leads, end, colour[st]))
            r += 1
        for col, w in zip("ABCDEFG", [26, 55, 28, 12, 14, 40, 9]):
            ws.column_dimensions[col].width = w
    wb.save(path(name))

    write_expected(name, {
        "source": "Imitates an NHS foundation trust board assurance framework as taken to a public Board "
                  "(Queen Victoria Hospital NHSFT, East Grinstead, 2025/26, Q3): a summary sheet of "
                  "strategic risks mapped to key strategic objectives (KSO1-KSO5) with Q2/Q3/target scores "
                  "and trend arrows, then one sheet per BAF risk with objective, risk description, owner, "
                  "scores, controls, assurances and gaps, and an 'Actions to address gaps' table with due "
                  "and revised due dates and a status column coloured by fill only (key on the summary "
                  "sheet). Layout after published trust BAF reports, e.g. https://www.eastamb.nhs.uk/about-us/trust-board/board-assurance-framework-update-summary-november-2025 .",
        "reads": "The summary sheet lists three strategic risks and gives the colour key; it has no actions. "
                 "Each of the sheets BAF 1, BAF 3 and BAF 5 describes its risk and ends with a numbered "
                 "action table (eight actions in all) whose status is shown only by the cell's fill colour.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Tameside and Glossop ICFT - Quality Account priorities tracker 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def make_qa():
    name = "zah-tameside-and-glossop-icft-quality-account-priorities-tracker-2025-26.xlsx"
    title = ("Tameside and Glossop Integrated Care NHS Foundation Trust – Quality Account Priorities "
             "2025/26: Quarter 2 Progress Tracker")
    colour = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}
    domains = [
        ("SAFE CARE – Patient Safety", [
            ("Priority 1: Reduce harm from inpatient falls", [
                ("1.1", "Roll out the enhanced therapeutic observation (bay tagging) model to all adult "
                        "medical wards.", "Deputy Chief Nurse / Falls Prevention Lead",
                 ["Deputy Chief Nurse", "Falls Prevention Lead"], "Bay tagging in place on 10 of 10 medical "
                 "wards", "Q3 2025/26", "G", "G", "In place on 8 of 10 wards; remaining two wards by "
                 "December.", "2025-12", None),
                ("1.2", "Ensure every patient aged 65 and over has a lying and standing blood pressure "
                        "recorded within 48 hours of admission.", "Falls Prevention Lead",
                 ["Falls Prevention Lead"], "≥80% compliance in monthly audit", "Mar-26", "A", "A",
                 "Compliance 64% in September (Q1 58%); ward improvement huddles started.", "2026-03", None),
            ]),
            ("Priority 2: Improve recognition of and response to the deteriorating patient", [
                ("2.1", "Implement NEWS2 escalation through the electronic observations system, with "
                        "automatic alerts to the Critical Care Outreach Team.",
                 "Associate Medical Director for Patient Safety",
                 ["Associate Medical Director for Patient Safety"], "Alerts live on all adult inpatient "
                 "wards", "Q2 2025/26", "G", "B", "Live on all adult inpatient wards from 1 September 2025.",
                 "2025-09", None),
                ("2.2", "Deliver sepsis screening and 'antibiotics within one hour' training to Emergency "
                        "Department and Acute Medical Unit staff.", "Sepsis Lead Nurse; ED Consultant Lead",
                 ["Sepsis Lead Nurse", "ED Consultant Lead"], "90% of ED and AMU clinical staff trained",
                 D(2025, 12, 31), "G", "G", "82% trained at end of September.", "2025-12", None),
            ]),
        ]),
        ("EFFECTIVE CARE – Clinical Effectiveness", [
            ("Priority 3: Improve timely and safe discharge from hospital", [
                ("3.1", "Embed the Discharge to Assess pathway with Tameside Council and Derbyshire County "
                        "Council for patients with ongoing care needs.", "Director of Operations",
                 ["Director of Operations"], "Patients with no criteria to reside below 60",
                 "Q4 2025/26", "A", "R", "Average of 84 patients with no criteria to reside in Q2; "
                 "escalated to the Tameside Locality Board.", "2026-03", None),
                ("3.2", "Introduce estimated date of discharge and criteria-led discharge on all surgical "
                        "wards.", "Divisional Director of Nursing (Surgery)",
                 ["Divisional Director of Nursing (Surgery)"], "EDD recorded for 95% of surgical "
                 "inpatients", "Dec-25", "G", "G", "EDD recorded for 91% of surgical inpatients in "
                 "September.", "2025-12", None),
            ]),
        ]),
        ("EXPERIENCE OF CARE – Patient Experience", [
            ("Priority 4: Improve the experience of people with a learning disability and autistic people", [
                ("4.1", "Implement the hospital passport and reasonable adjustments flag in the electronic "
                        "patient record.", "Learning Disability Liaison Nurse",
                 ["Learning Disability Liaison Nurse"], "Flag visible for all patients on the LD "
                 "register", "Q3 2025/26", None, "G", "Flag built and tested; go-live 3 November 2025.",
                 "2025-12", None),
                ("4.2", "Deliver Oliver McGowan Mandatory Training (Tier 1) to all staff.",
                 "Head of Learning and Development", ["Head of Learning and Development"],
                 "90% compliance", "Mar-26", "A", "A", "Tier 1 compliance 71% (Q1 66%).", "2026-03", None),
                ("4.3", "Establish a Learning Disability and Autism Experience Group with people with lived "
                        "experience and their carers.", "Head of Patient Experience",
                 ["Head of Patient Experience"], "Group meets every two months", "Ongoing", None, None,
                 "Terms of reference drafted; first meeting planned for January 2026.", None, "Ongoing"),
            ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 tracker"
    ncol = 8
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(row=2, column=1, value="Presented to: Quality and Governance Assurance Committee, 19 November 2025")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(row=4, column=1, value="RAG key:").font = Font(bold=True)
    for j, (k, txt) in enumerate([("B", "B – Complete"), ("G", "G – On track"),
                                  ("A", "A – Some slippage, recoverable in year"),
                                  ("R", "R – Off track / at risk of not being delivered")], start=2):
        c = ws.cell(row=4, column=j, value=txt)
        c.fill = FILL[k]
        c.alignment = WRAP
    header_row(ws, 6, ["Ref", "Key action", "Lead(s)", "Measure of success", "Target date",
                       "Q1 RAG", "Q2 RAG", "Q2 progress commentary"])
    r = 7
    expected = []
    for dom, prios in domains:
        c = ws.cell(row=r, column=1, value=dom)
        c.font = WHITE_BOLD
        c.fill = PatternFill("solid", fgColor="2F5597")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for prio, actions in prios:
            c = ws.cell(row=r, column=1, value=prio)
            c.font = Font(bold=True)
            c.fill = FILL["band"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            for (ref, text, lead_cell, leads, measure, target, q1, q2, comm, end, end_text) in actions:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=2, value=text)
                ws.cell(row=r, column=3, value=lead_cell)
                ws.cell(row=r, column=4, value=measure)
                c = ws.cell(row=r, column=5, value=target)
                if isinstance(target, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                box(ws, r, ncol)
                for col, v in ((6, q1), (7, q2)):
                    c = ws.cell(row=r, column=col, value=v)
                    c.alignment = Alignment(horizontal="center", vertical="top")
                    if v:
                        c.fill = FILL[v]
                ws.cell(row=r, column=8, value=comm)
                expected.append(act(ref, [dom, prio], text, leads, end, colour[q2], end_text))
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary – Q2 position").font = Font(bold=True)
    counts = [("Complete", 1), ("On track", 4), ("Some slippage", 2), ("Off track", 1),
              ("Not yet rated", 1), ("Total actions", 9)]
    for lab, n in counts:
        r += 1
        ws.cell(row=r, column=2, value=lab)
        ws.cell(row=r, column=3, value=n)
    for col, w in zip("ABCDEFGH", [12, 55, 32, 34, 13, 8, 8, 48]):
        ws.column_dimensions[col].width = w

    ns = wb.create_sheet("Notes")
    notes = [
        "Notes",
        "The four Quality Account priorities for 2025/26 were agreed by the Board of Directors in June 2025 "
        "after engagement with Healthwatch Tameside, the Council of Governors and staff.",
        "Progress is reported quarterly to the Quality and Governance Assurance Committee and summarised "
        "in the Quality Account 2025/26.",
        "Q1 RAG is shown for comparison; the Q2 RAG is the current position.",
    ]
    for i, t in enumerate(notes, start=1):
        ns.cell(row=i, column=1, value=t)
    ns.column_dimensions["A"].width = 110
    wb.save(path(name))

    write_expected(name, {
        "source": "Imitates an English integrated care trust's quality account priorities progress tracker "
                  "(Tameside and Glossop Integrated Care NHSFT, 2025/26, Q2 report to its quality "
                  "committee): title and meeting lines, a one-row RAG key with fills, domain band rows "
                  "(safe / effective / experience of care) and priority rows merged across the sheet, "
                  "numbered key actions with leads, measures of success, quarter or month target dates "
                  "(Q3 2025/26, Mar-26), Q1 and Q2 RAG columns and a summary count block, plus a Notes "
                  "sheet. Priority wording after published trust quality account priorities (e.g. "
                  "https://www.newcastle-hospitals.nhs.uk/about/our-interim-strategy/quality-account-priorities ).",
        "reads": "Four quality account priorities under three domain bands, each with two or three numbered "
                 "key actions (1.1-4.3, nine in all). Each action has leads, a target date, and a previous "
                 "(Q1) and current (Q2) RAG; the summary block and Notes sheet are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


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


def set_cell(cell, text, bold=False, size=9):
    lines = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(1.8)
    return doc


# ---------------------------------------------------------------------------
# 4. Powys Teaching Health Board - HIW Knighton Hospital improvement plan (docx)
# ---------------------------------------------------------------------------
def make_hiw():
    name = "zah-powys-teaching-health-board-hiw-knighton-hospital-improvement-plan.docx"
    title = "HIW Unannounced Hospital Inspection – Knighton Hospital: Improvement Plan"
    status_map = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    std_pc = "Health and Care Quality Standards 2023 – Person-centred"
    std_safe = "Health and Care Quality Standards 2023 – Safe"
    std_wf = "Health and Care Quality Standards 2023 – Workforce"
    themes = [
        ("Quality of Patient Experience", [
            ("The health board must ensure that patients' privacy and dignity are maintained by providing "
             "screening that closes fully around each bed in the four-bedded bays.", std_pc, [
                ("Replace curtain tracking and disposable curtains in bays 1 and 2 so that curtains close "
                 "fully around each bed.", "Estates Manager (North Powys)", ["Estates Manager (North Powys)"],
                 "30 September 2025", "Complete", "2025-09", None)]),
            ("The health board must ensure that information on how to raise a concern (Putting Things "
             "Right) is displayed bilingually in the ward area.",
             std_pc + "; Welsh Language (Wales) Measure 2011", [
                ("Display bilingual Putting Things Right posters and leaflets at the ward entrance and in "
                 "the day room, and add a check to the monthly ward assurance audit.", "Ward Sister",
                 ["Ward Sister"], "31 July 2025", "Complete", "2025-07", None)]),
        ]),
        ("Delivery of Safe and Effective Care", [
            ("The health board must ensure that the resuscitation trolley is checked daily and that checks "
             "are consistently recorded.", std_safe, [
                ("Reinforce the daily resuscitation trolley check with all registered nurses through "
                 "safety briefings and the ward communication book.", "Ward Sister", ["Ward Sister"],
                 "Immediate and ongoing", "Green", None, "Immediate and ongoing"),
                ("Include resuscitation trolley checks in the weekly Senior Nurse assurance walkround and "
                 "report compliance to the North Powys Quality and Safety Group.",
                 "Senior Nurse (Community Hospitals)", ["Senior Nurse (Community Hospitals)"],
                 "31 August 2025", "Complete", "2025-08", None)]),
            ("The health board must ensure that medication fridge temperatures are monitored and that "
             "action is taken and recorded when readings fall outside the safe range.", std_safe, [
                ("Install a digital temperature monitoring device on the ward medication fridge with an "
                 "alert to the nurse in charge, and update the local procedure for out-of-range readings.",
                 "Lead Pharmacist (Community Services) / Ward Sister",
                 ["Lead Pharmacist (Community Services)", "Ward Sister"], "October 2025", "Amber",
                 "2025-10", None)]),
            ("The health board must ensure that falls risk assessments and care plans are reviewed after "
             "every fall.", "Health and Care Quality Standards 2023 – Safe; Effective", [
                ("Complete a monthly audit of ten patient records for post-falls review documentation and "
                 "share the results at ward meetings.", "Ward Sister", ["Ward Sister"], "Q4 2025/26",
                 "Green", "2026-03", None)]),
        ]),
        ("Quality of Management and Leadership", [
            ("The health board must ensure that staff compliance with mandatory training, in particular "
             "manual handling and Mental Capacity Act training, meets the health board target of 85%.",
             std_wf, [
                ("Agree a protected training plan for each member of ward staff, with compliance monitored "
                 "monthly by the Senior Nurse.", "Senior Nurse (Community Hospitals)",
                 ["Senior Nurse (Community Hospitals)"], "31 December 2025", "Amber", "2025-12", None)]),
            ("The health board must ensure that all staff receive an annual appraisal (PADR).", std_wf, [
                ("Schedule outstanding PADRs for all ward staff and record completion in ESR.",
                 "Ward Sister", ["Ward Sister"], "30 November 2025", "Red", "2025-11", None)]),
        ]),
    ]

    doc = new_doc()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Powys Teaching Health Board | Bwrdd Iechyd Addysgu Powys")
    doc.add_paragraph("Inspection dates: 10 and 11 June 2025 | HIW report published: 12 September 2025")
    doc.add_paragraph("Progress position reported to the Experience, Quality and Safety Committee, "
                      "4 December 2025")

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, t in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, t, bold=True)
        shade(c, "D9E1F2")
    for row in [("0.1", "14/07/2025", "Senior Nurse (Community Hospitals)", "First draft"),
                ("1.0", "28/07/2025", "Assistant Director of Nursing", "Submitted to HIW"),
                ("1.1", "20/11/2025", "Assistant Director of Nursing", "Status column updated for EQS Committee")]:
        cells = dc.add_row().cells
        for c, t in zip(cells, row):
            set_cell(c, t)

    doc.add_paragraph("Immediate improvement plan", style="Heading 2")
    doc.add_paragraph("No immediate assurance issues were identified during this inspection.")

    doc.add_paragraph("Improvement plan", style="Heading 2")
    doc.add_paragraph("Service: Knighton Hospital (inpatient ward)")
    doc.add_paragraph("Date of inspection: 10 and 11 June 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where "
                      "HIW require the service to complete an improvement plan telling them about the "
                      "actions being taken to address these areas.")
    cols = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer",
            "Timescale", "Status"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, cols):
        set_cell(c, txt, bold=True)
        shade(c, "BDD7EE")
    expected = []
    for theme, imps in themes:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, theme, bold=True, size=10)
        shade(merged, "E7E6E6")
        for imp, std, actions in imps:
            first = None
            for (text, lead_cell, leads, when, status, end, end_text) in actions:
                cells = t.add_row().cells
                if first is None:
                    first = cells
                    set_cell(cells[0], imp)
                    set_cell(cells[1], std)
                set_cell(cells[2], text)
                set_cell(cells[3], lead_cell)
                set_cell(cells[4], when)
                set_cell(cells[5], status)
                expected.append(act(None, [theme, imp], text, leads, end, status_map[status], end_text))
                last = cells
            if last is not first:
                first[0].merge(last[0])
                first[1].merge(last[1])

    doc.add_paragraph("")
    doc.add_paragraph("Service representative", style="Heading 2")
    sr = doc.add_table(rows=3, cols=2)
    sr.style = "Table Grid"
    for r_, (a, b) in enumerate([("Name (print):", "Claire Pugh"),
                                 ("Job role:", "Assistant Director of Nursing (Community Services)"),
                                 ("Date:", "28 July 2025")]):
        set_cell(sr.rows[r_].cells[0], a, bold=True)
        set_cell(sr.rows[r_].cells[1], b)
    doc.save(path(name))

    write_expected(name, {
        "source": "Imitates a Welsh health board's version of the Healthcare Inspectorate Wales improvement "
                  "plan (HIW report appendix) for an unannounced community hospital inspection (Powys "
                  "Teaching Health Board, Knighton Hospital, 2025), as taken to its quality committee: title "
                  "lines, a document control table, 'no immediate assurance issues' note, service/date "
                  "lines, and the HIW table 'Improvement needed | Standard / Regulation | Service action | "
                  "Responsible officer | Timescale' with an added Status column, grouped by HIW's three "
                  "themes in merged rows, with one improvement merged over two service actions; closing "
                  "'Service representative' sign-off table. No refs, as in HIW plans. No URL found.",
        "reads": "Eight service actions under the three HIW themes, each answering an 'improvement needed' "
                 "statement (one statement has two actions), with responsible officer, timescale and a "
                 "Complete/Green/Amber/Red status. The document control and service representative tables "
                 "are not the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. CHAS Rachel House - HIS inspection improvement action plan (docx)
# ---------------------------------------------------------------------------
def make_his():
    name = "zah-chas-rachel-house-his-inspection-improvement-action-plan.docx"
    title = "CHAS Rachel House – Improvement Action Plan"
    smap = {"Completed": "blue", "On track": "green", "Not started": "unrated"}
    sections = [
        ("Domain 2 – Leadership and culture", [
            ("Recommendation a: The service should ensure that outcomes and actions from staff meetings are "
             "recorded and shared with staff unable to attend.", [
                ("Introduce a standard staff meeting template with an action log, and share minutes through "
                 "the Rachel House staff Teams channel within five working days.", "31 October 2025",
                 "Hospice Manager", ["Hospice Manager"], "Completed", "2025-10", None)]),
        ]),
        ("Domain 4.1 – Pathways, procedures and policies", [
            ("Requirement 1: The provider must ensure that controlled drug records are accurately maintained "
             "and that stock balances are checked and recorded in line with the controlled drugs policy "
             "(regulation 3(d)(iv)).", [
                ("Carry out a full reconciliation of controlled drug stock and registers with the CHAS Lead "
                 "Pharmacist.", "Immediate", "Lead Pharmacist", ["Lead Pharmacist"], "Completed", None,
                 "Immediate"),
                ("Introduce twice-daily controlled drug balance checks signed by two registered nurses, with "
                 "weekly spot checks by the Senior Charge Nurse.\nRecord spot-check findings in the monthly "
                 "medicines audit.", "30 November 2025", "Senior Charge Nurse", ["Senior Charge Nurse"],
                 "On track", "2025-11", None)]),
            ("Recommendation b: The service should review its medical devices policy to include the checking "
             "and servicing of syringe drivers.", [
                ("Update the medical devices policy and add syringe driver servicing dates to the equipment "
                 "register.", "December 2025", "Clinical Governance Lead", ["Clinical Governance Lead"],
                 "On track", "2025-12", None)]),
        ]),
        ("Domain 4.3 – Workforce management and support", [
            ("Requirement 2: The provider must ensure that all staff complete mandatory training, including "
             "paediatric immediate life support, within the required timescales (regulation 12(c)(i)).", [
                ("Schedule paediatric immediate life support (PILS) refresher sessions for all registered "
                 "nurses whose certification has lapsed or will lapse before March 2026.", "31 January 2026",
                 "Practice Educator", ["Practice Educator"], "On track", "2026-01", None),
                ("Produce a monthly mandatory training compliance report by staff group for the Hospice "
                 "Manager and the Clinical Governance Committee.", "Ongoing",
                 "Clinical Nurse Manager / Practice Educator", ["Clinical Nurse Manager", "Practice Educator"],
                 "On track", None, "Ongoing")]),
        ]),
        ("Domain 5 – Planning for quality", [
            ("Recommendation c: The service should ensure its audit programme includes regular review of "
             "care plans and risk assessments.", [
                ("Add a quarterly audit of ten care plans and risk assessments to the Rachel House audit "
                 "programme and report results to the Clinical Governance Committee.", "Q4 2025/26",
                 "Senior Charge Nurse", ["Senior Charge Nurse"], "Not started", "2026-03", None)]),
        ]),
    ]

    doc = new_doc()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Healthcare Improvement Scotland – unannounced inspection of independent healthcare "
                      "(hospice), 2 and 3 September 2025")
    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for a, b in [("Service name", "Rachel House Children's Hospice, Kinross"),
                 ("Service provider", "Children's Hospices Across Scotland (CHAS)"),
                 ("Date inspection concluded", "3 September 2025"),
                 ("Action plan completed by", "Director of Care"),
                 ("Date submitted to HIS", "14 October 2025")]:
        cells = cover.add_row().cells
        set_cell(cells[0], a, bold=True)
        shade(cells[0], "F2F2F2")
        set_cell(cells[1], b)
    doc.add_paragraph("")
    doc.add_paragraph("The Status column was updated for the CHAS Clinical Governance Committee in "
                      "January 2026.")
    cols = ["Requirement / recommendation", "Action planned", "Timescale to meet action",
            "Responsibility for taking action", "Status"]
    expected = []
    for heading, reqs in sections:
        doc.add_paragraph(heading, style="Heading 2")
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, cols):
            set_cell(c, txt, bold=True)
            shade(c, "C9E2D0")
        for req, actions in reqs:
            first = last = None
            for (text, when, lead_cell, leads, status, end, end_text) in actions:
                cells = t.add_row().cells
                if first is None:
                    first = cells
                    set_cell(cells[0], req)
                set_cell(cells[1], text)
                set_cell(cells[2], when)
                set_cell(cells[3], lead_cell)
                set_cell(cells[4], status)
                expected.append(act(None, [heading, req], text, leads, end, smap[status], end_text))
                last = cells
            if last is not first:
                first[0].merge(last[0])
    doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=0, cols=2)
    so.style = "Table Grid"
    for a, b in [("Name", "Fiona Grant"), ("Designation", "Director of Care"),
                 ("Signature", "F. Grant"), ("Date", "14 October 2025")]:
        cells = so.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
    doc.save(path(name))

    write_expected(name, {
        "source": "Imitates a Scottish hospice's improvement action plan returned to Healthcare Improvement "
                  "Scotland after an independent healthcare inspection (CHAS Rachel House children's "
                  "hospice, Kinross, 2025): title, service details table, then one table per HIS quality "
                  "framework domain ('Domain 4.1 – Pathways, procedures and policies', etc.) with HIS's "
                  "columns 'Action planned', 'Timescale to meet action', 'Responsibility for taking action' "
                  "plus a Status column; each requirement or recommendation cell is merged down over its "
                  "actions; one action spans two paragraphs; closing sign-off table. HIS requirements/recommendations model: https://healthcareimprovementscotland.scot/inspections-reviews-and-regulation/ .",
        "reads": "Four domain sections, each a table of HIS requirements/recommendations (Requirement 1-2, "
                 "Recommendation a-c) with the provider's planned actions (seven in all), timescales, "
                 "responsible posts and status. The service details and sign-off tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Premier Care Peterborough - CQC home care action plan (csv, refuse)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_csv():
    name = "zah-premier-care-peterborough-cqc-home-care-inspection-action-plan-typo-month-refuse.csv"
    title = "Premier Care Ltd – Peterborough Branch: CQC Inspection Action Plan"
    ncol = 9
    rows = [
        [title],
        ["Domiciliary care agency inspection 12–20 May 2025; report published 2 July 2025"],
        ["Overall rating: Requires improvement (Safe: Requires improvement; Well-led: Requires improvement)"],
        ["Plan owner: Registered Manager. Last reviewed: 15/09/2025"],
        [],
        ["Ref", "Key question", "Regulation", "What CQC found", "Action we will take",
         "Responsible person", "Target date", "Progress update", "RAG"],
        ["S1", "Safe", "Regulation 12 Safe care and treatment",
         "Medication administration records (MARs) were not always completed and PRN protocols were missing "
         "for some people.",
         "Introduce eMAR alerts for missed or late medicines and complete PRN protocols for everyone "
         "prescribed 'as required' medicines.", "Registered Manager", "31/07/2025",
         "eMAR alerts live; PRN protocols in place for all 14 people.", "Complete"],
        ["S2", "Safe", "Regulation 12 Safe care and treatment",
         "Risk assessments for moving and handling and skin integrity lacked detail.",
         "Review and rewrite moving and handling and skin integrity risk assessments for all people using "
         "the service.", "Care Coordinator / Field Care Supervisor", "Aug-25", "112 of 130 reviewed.",
         "Amber"],
        ["S3", "Safe", "Regulation 19 Fit and proper persons employed",
         "Recruitment files for three staff did not contain a full employment history.",
         "Audit all recruitment files and obtain missing employment histories, with gaps explained in "
         "writing.", "Recruitment Officer", "Sep-25", "Audit complete; two files outstanding.", "Green"],
        ["W1", "Well-led", "Regulation 17 Good governance",
         "Audits had not identified the issues found with MARs and care records.",
         "Introduce a monthly quality audit schedule (MARs, care plans, call times) reviewed by the Area "
         "Manager.", "Area Manager", "0ct-25", "Schedule drafted.", "Green"],
        ["W2", "Well-led", "Regulation 17 Good governance",
         "Electronic call monitoring data on late and missed calls was not analysed.",
         "Analyse call monitoring data weekly and report late or missed calls, and the action taken, to the "
         "Registered Manager.", "Registered Manager", "Nov-25", "Weekly report started August 2025.",
         "Green"],
        ["W3", "Well-led", "Regulation 17 Good governance",
         "Feedback from people and relatives was not used to improve the service.",
         "Send a quarterly satisfaction survey and share a 'You said, we did' summary with people using the "
         "service.", "Registered Manager; Care Coordinator", "Dec-25", "", "Not started"],
        [],
        ["RAG key: Complete = action finished and evidenced; Green = on track; Amber = at risk of missing "
         "target date; Red = overdue"],
    ]
    lines = []
    typo_line = None
    for i, row in enumerate(rows, start=1):
        row = list(row) + [""] * (ncol - len(row))
        lines.append(",".join(csv_field(v) for v in row))
        if "0ct-25" in row:
            typo_line = i
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": "Imitates a home care provider's CQC inspection action plan exported from Excel to CSV "
                  "(Premier Care Ltd, Peterborough branch, 2025): title and inspection/rating lines, plan "
                  "owner line, blank spacer, then columns Ref, Key question, Regulation, What CQC found, "
                  "Action we will take, Responsible person, Target date, Progress update, RAG, and a RAG "
                  "key line at the foot. No URL found.",
        "reads": "Six actions (S1-S3 under Safe, W1-W3 under Well-led), each answering a CQC finding. The "
                 "target date of W1 is written '0ct-25' with a zero for the letter O: a mistyped month, so "
                 "a careful reader stops at that line and asks before importing.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_line,
        "title": title,
    })
    return name, 0


# ---------------------------------------------------------------------------
# 7. Cornfield Care Centre - RQIA care inspection QIP (txt, plain text export)
# ---------------------------------------------------------------------------
def make_txt():
    name = "zah-cornfield-care-centre-limavady-rqia-care-inspection-quality-improvement-plan.txt"
    title = "Quality Improvement Plan – Cornfield Care Centre, Limavady"
    regs = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
    stds = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    sections = [
        (regs, [
            ("1", "Regulation 13 (7)", "First time", "Immediate action required",
             "The registered person shall ensure that the infection prevention and control deficits "
             "identified during the inspection are addressed, including the storage of equipment in "
             "bathrooms and the cleaning of commodes.",
             "Bathrooms have been decluttered and a storage area for equipment identified on each floor.\n"
             "A daily commode cleaning schedule has been introduced and is checked by the nurse in charge "
             "at the end of each shift.", None, "Immediate action required"),
            ("2", "Regulation 14 (2) (a) (c)", "Second time", "23 July 2025",
             "The registered person shall ensure that all parts of the home to which patients have access "
             "are free from hazards to their safety, with particular reference to the storage of thickening "
             "agents and cleaning chemicals.",
             "Thickening agents are now stored in a locked cupboard in each dining room and COSHH products "
             "are kept in the locked sluice. Compliance is checked on the daily walkabout.", "2025-07", None),
            ("3", "Regulation 12 (1) (a) (b)", "First time", "30 September 2025",
             "The registered person shall ensure that wound care is delivered in accordance with the "
             "patient's care plan and that a wound assessment is completed at each dressing change.",
             "Wound care training has been delivered by the Tissue Viability Nurse to all registered nurses.\n"
             "The Deputy Manager audits all wound care records weekly.", "2025-09", None),
        ]),
        (stds, [
            ("1", "Standard 4.9", "First time", "30 September 2025",
             "The registered person shall ensure that supplementary care records, in particular "
             "repositioning charts, are accurately completed and reflect the care delivered.",
             "Repositioning charts have been reviewed with care assistants at flash meetings and are "
             "signed off by the nurse in charge at the end of each shift.", "2025-09", None),
            ("2", "Standard 12", "First time", "31 August 2025",
             "The registered person shall ensure that the dining experience is reviewed so that patients "
             "who need assistance receive it in a timely manner and meals are served at the correct "
             "consistency.",
             "A dining experience audit has been completed on each floor and meal service has been staggered "
             "so that staff are available to assist. IDDSI levels are displayed on the serving trolley.",
             "2025-08", None),
            ("3", "Standard 35", "Second time", "31 October 2025",
             "The registered person shall ensure that a robust system of audits is implemented and that "
             "action plans are developed and followed up where deficits are identified.",
             "A monthly audit schedule is in place covering IPC, care records, wounds, falls and the dining "
             "experience.\nAction plans are reviewed by the Registered Manager and the Responsible "
             "Individual at the monthly governance meeting.", "2025-10", None),
        ]),
    ]
    out = [
        title,
        "",
        "Unannounced Care Inspection – 22 and 23 July 2025",
        "Inspection ID: IN047731",
        "Registered Provider: Kathryn Homes Ltd",
        "Service type: Nursing Home (NH) – 62 beds",
        "",
        "The areas for improvement and details of the Quality Improvement Plan were discussed with the "
        "Registered Manager as part of the inspection process. The timescales commence from the date of "
        "inspection.",
        "",
        "The registered person/manager should note that failure to comply with regulations may lead to "
        "further enforcement action including possible prosecution for offences. It is the responsibility "
        "of the registered person to ensure that all areas for improvement identified within the QIP are "
        "addressed within the specified timescales.",
        "",
    ]
    expected = []
    for heading, afis in sections:
        out.append(heading)
        out.append("")
        for (num, ref, stated, by, afi, response, end, end_text) in afis:
            out += [f"Area for improvement {num}", f"Ref: {ref}", f"Stated: {stated}",
                    f"To be completed by: {by}", "", afi, "",
                    "Response by registered person detailing the actions taken:"]
            out += response.split("\n")
            out.append("")
            expected.append(act(num, [heading, afi], response, [], end, "unrated", end_text))
    out.append("*Please ensure this document is completed in full and returned via the Web Portal*")
    with open(path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")

    write_expected(name, {
        "source": "Imitates the Quality Improvement Plan at the end of an RQIA care inspection report for a "
                  "Northern Ireland nursing home, with the registered person's responses filled in, saved "
                  "as plain text (Cornfield Care Centre, Limavady, 2025): title and inspection details, "
                  "standard RQIA wording, then 'Action required to ensure compliance with ...' sections for "
                  "the Regulations and the Care Standards, each with 'Area for improvement N', Ref, Stated, "
                  "To be completed by, the area for improvement text, and 'Response by registered person "
                  "detailing the actions taken:'; the closing web portal line. No URL found.",
        "reads": "Six areas for improvement, numbered 1-3 under the Regulations and again 1-3 under the Care "
                 "Standards; under each the home's response is the action taken. Each has a completion date "
                 "(one 'Immediate action required'); the plan names no lead and gives no RAG status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (make_psii, make_baf, make_qa, make_hiw, make_his, make_csv, make_txt):
        n, k = fn()
        print(f"{n}: {k} actions")
