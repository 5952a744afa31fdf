#!/usr/bin/env python3
"""Build the seven gx1- blind test files (set heldout240) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Writes, beside this script:
  gx1-great-western-hospitals-nhsft-cqc-must-should-do-action-plan.xlsx
  gx1-multiverse-ofsted-apprenticeships-post-inspection-action-plan.xlsx
  gx1-historic-england-arac-audit-recommendations-tracker.xlsx
  gx1-home-office-harmondsworth-irc-hmip-inspection-action-plan.docx
  gx1-newlands-spring-primary-school-post-ofsted-action-plan.docx
  gx1-coventry-warwickshire-partnership-nhs-trust-cqc-mental-health-must-should-do-action-plan.csv
  gx1-harlow-college-ofsted-post-inspection-action-plan-typo-month-refuse.txt
and NAME.expected.yaml for each.
"""
import csv
import io
import os
from datetime import datetime

import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(s):
    return datetime.strptime(s, "%d/%m/%Y")


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


def write_yaml(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Great Western Hospitals NHS FT - CQC must do / should do action plan (xlsx)
# ---------------------------------------------------------------------------
def make_gwh():
    name = "gx1-great-western-hospitals-nhsft-cqc-must-should-do-action-plan.xlsx"
    title = "Great Western Hospitals NHS Foundation Trust: CQC Must Do and Should Do Action Plan"
    wb = Workbook()

    # Cover sheet
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells("A1:F1")
    cover = [
        ("Inspection:", "Unannounced inspection of Urgent and Emergency Care and Medical Care (including older people's care), 10–12 October 2023"),
        ("Report published:", "8 February 2024"),
        ("Position as at:", "30 September 2024"),
        ("Executive lead:", "Chief Nursing Officer"),
        ("Reporting to:", "Quality & Safety Committee; Trust Board (Part 1)"),
        ("Prepared by:", "CQC Compliance Team, Quality Directorate"),
    ]
    r = 3
    for k, v in cover:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for letter, col, text in [
        ("B", BLUE, "Complete – evidence of completion reviewed and accepted by the CQC Compliance Team"),
        ("G", GREEN, "On track to deliver by the target date"),
        ("A", AMBER, "At risk of slippage – mitigating actions in place"),
        ("R", RED, "Off track / target date passed"),
    ]:
        c = ws.cell(r, 1, letter)
        c.fill = fill(col)
        c.alignment = Alignment(horizontal="center")
        ws.cell(r, 2, text)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        r += 1
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 30

    # Summary sheet
    ws = wb.create_sheet("Summary")
    ws["A1"] = "Summary of progress by core service – position at 30 September 2024"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Core service", "Must do actions", "Should do actions", "Blue", "Green", "Amber", "Red", "Not rated", "Total actions"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    rows = [
        ["Urgent and Emergency Care", 3, 1, 1, 2, 1, 0, 0, 4],
        ["Medical Care (including older people's care)", 3, 2, 2, 1, 0, 1, 1, 5],
        ["Total", 6, 3, 3, 3, 1, 1, 1, 9],
    ]
    for j, row in enumerate(rows, 4):
        for i, v in enumerate(row, 1):
            c = ws.cell(j, i, v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    for i, col in zip(range(4, 8), [BLUE, GREEN, AMBER, RED]):
        ws.cell(3, i).fill = fill(col)
    ws.column_dimensions["A"].width = 44

    # Action plan sheet
    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13, color=HEAD)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Position as at 30 September 2024 – for Quality & Safety Committee, 22 October 2024"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:K2")
    headers = ["Ref", "Must / Should", "Regulation", "CQC requirement", "Action(s)", "Action owner",
               "Original target date", "Revised target date", "Progress update / evidence",
               "Previous RAG (Aug 2024)", "Current RAG"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    widths = [11, 10, 14, 42, 48, 26, 13, 13, 48, 11, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJK"[i]].width = w

    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    sec_uec = "Urgent and Emergency Care (Emergency Department)"
    sec_med = "Medical Care (including older people's care)"
    uec_m1 = "The trust must ensure that patients receive a timely initial assessment and triage on arrival in the emergency department, in line with national guidance. (Regulation 12(1))"
    uec_m2 = "The trust must ensure that there are sufficient numbers of suitably qualified paediatric nurses on duty in the emergency department at all times. (Regulation 18(1))"
    uec_s1 = "The trust should ensure that mental health risk assessments are completed and documented for all patients presenting with self-harm."
    med_m1 = "The trust must ensure that medicines, including controlled drugs, are stored securely and that fridge temperatures are monitored and acted on. (Regulation 12(2)(g))"
    med_m2 = "The trust must ensure that staff complete mandatory training, including safeguarding adults level 3, in line with trust targets. (Regulation 18(2)(a))"
    med_s1 = "The trust should ensure that patients' nutrition and hydration needs are assessed and that fluid balance charts are fully completed."

    # (section, [ (type, regulation, requirement, [actions]) ])
    # action: (ref, text, owner, orig, revised, progress, prev, cur)
    plan = [
        (sec_uec, [
            ("Must do", "Reg 12 Safe care and treatment", uec_m1, [
                ("UEC-M1.1", "Implement a streaming and rapid assessment and treatment (RAT) model at the front door, staffed by a senior clinical decision maker 08:00–00:00.",
                 "Clinical Lead for ED / Head of Nursing – Urgent Care", "31/03/2024", "30/11/2024",
                 "RAT model live 08:00–22:00 from July 2024. Extension to midnight depends on two consultant appointments (interviews held 12 September).",
                 "A", "G"),
                ("UEC-M1.2", "Introduce an hourly triage-time audit reported to the ED daily safety huddle, with escalation to the site team where time to triage exceeds 15 minutes.",
                 "ED Matron", "31/05/2024", None,
                 "Audit embedded since May 2024; median time to triage 11 minutes (Aug 2024). Evidence accepted 04/09/2024.",
                 "G", "B"),
            ]),
            ("Must do", "Reg 18 Staffing", uec_m2, [
                ("UEC-M2.1", "Recruit to 6.0 WTE Registered Nurse (Child) vacancies in the paediatric ED and complete upskilling of adult-trained nurses through the PILS and EPALS programmes.",
                 "Head of Nursing – Urgent Care", "30/09/2024", "31/03/2025",
                 "3.6 WTE appointed; 2 further candidates start January 2025. 14 adult nurses completed PILS.",
                 "A", "A"),
            ]),
            ("Should do", "–", uec_s1, [
                ("UEC-S1.1", "Embed the mental health risk assessment tool within the ED electronic patient record and monitor completion through the monthly documentation audit.",
                 "ED Mental Health Lead", "31/12/2024", None,
                 "Tool built and in testing; go-live planned November 2024.",
                 "G", "G"),
            ]),
        ]),
        (sec_med, [
            ("Must do", "Reg 12 Safe care and treatment", med_m1, [
                ("MED-M1.1", "Replace medicines fridges on Wards 6, 7 and 14 with models that have continuous temperature monitoring and alarms.",
                 "Chief Pharmacist", "30/04/2024", None,
                 "Fridges replaced April 2024; alarms report to pharmacy.",
                 "B", "B"),
                ("MED-M1.2", "Introduce a monthly pharmacy-led medicines storage audit on all medical wards, with results reported to the Medicines Governance Group.",
                 "Lead Pharmacist – Medicine Division", "31/07/2024", None,
                 "Three consecutive months at 95% or above; audit now business as usual.",
                 "G", "B"),
            ]),
            ("Must do", "Reg 18 Staffing", med_m2, [
                ("MED-M2.1", "Agree divisional training trajectories for each ward, with protected time rostered for staff to complete outstanding modules.",
                 "Divisional Director of Nursing – Medicine", "31/03/2024", "30/09/2024",
                 "Compliance 81% against 90% target; winter pressures affecting protected time. Exception report to October committee.",
                 "A", "R"),
            ]),
            ("Should do", "–", med_s1, [
                ("MED-S1.1", "Relaunch the fluid balance chart, with ward-based training sessions led by the Nutrition Nurse Specialist team.",
                 "Nutrition Nurse Specialist / Ward Managers", "31/10/2024", None,
                 "New chart launched 02/09/2024; training on 9 of 12 wards completed.",
                 "G", "G"),
                ("MED-S1.2", "Add nutrition and hydration to the ward accreditation programme so that compliance is visible on the ward quality dashboard.",
                 "Deputy Chief Nurse", "31/01/2025", None,
                 "Not yet started – scheduled to begin November 2024.",
                 None, None),
            ]),
        ]),
    ]

    expected = []
    r = 5
    for sec, reqs in plan:
        c = ws.cell(r, 1, sec)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
        for typ, reg, req, actions in reqs:
            first = r
            for (ref, text, owner, orig, rev, prog, prev, cur) in actions:
                ws.cell(r, 1, ref)
                ws.cell(r, 5, text)
                ws.cell(r, 6, owner)
                c = ws.cell(r, 7, d(orig))
                c.number_format = "dd/mm/yyyy"
                if rev:
                    c = ws.cell(r, 8, d(rev))
                    c.number_format = "dd/mm/yyyy"
                ws.cell(r, 9, prog)
                if prev:
                    c = ws.cell(r, 10, prev)
                    c.fill = fill(rag_fill[prev])
                if cur:
                    c = ws.cell(r, 11, cur)
                    c.fill = fill(rag_fill[cur])
                for col in range(1, 12):
                    ws.cell(r, col).alignment = WRAP
                    ws.cell(r, col).border = BOX
                for col in (10, 11):
                    ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="top")
                end = d(rev or orig).strftime("%Y-%m")
                status = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}[cur]
                lead = [p.strip() for p in owner.split(" / ")]
                expected.append(act(ref, [sec, req], text, lead, end, status))
                r += 1
            ws.cell(first, 2, typ)
            ws.cell(first, 3, reg)
            ws.cell(first, 4, req)
            if r - 1 > first:
                for col in (2, 3, 4):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
            for col in (2, 3, 4):
                ws.cell(first, col).alignment = WRAP
    r += 1
    ws.cell(r, 1, "Note: actions are only rated Blue once evidence has been reviewed by the CQC Compliance Team. Blue actions remain on the plan for one reporting cycle before being archived.")
    ws.cell(r, 1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates an NHS acute trust's CQC must do / should do action plan as taken to its Quality & Safety Committee after a core-service inspection (Great Western Hospitals NHS FT, Swindon, 2023 inspection, 2024 progress). No GWH plan was found; the layout follows published trust CQC action plan progress reports (e.g. Sheffield Health and Social Care's CQC action plan progress pages, https://shsc.nhs.uk/about-us/corporate-information/cqc/action-plan-progress-update/, and East of England Ambulance Service board reports on its CQC must do / should do plan, https://eastamb.nhs.uk/about-us/trust-board/cqc-report-september-2024). Copied features: a cover sheet with inspection details and a B/G/A/R key, a summary sheet with counts and a totals row, core-service section rows spanning the table, the must/should type, regulation and CQC requirement merged down over their actions, original and revised target dates as date cells, progress text, previous and current RAG letters on coloured fills, and a closing note line.",
        "reads": "A three-sheet workbook: a cover with a RAG key, a summary of counts, and the action plan. On the Action Plan sheet the nine actions sit under two core-service section rows, each under a CQC must-do or should-do requirement merged down beside them; where a revised target date is given it replaces the original, and the status is the Current RAG letter (the last action has not been rated).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Multiverse - Ofsted apprenticeships post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def make_multiverse():
    name = "gx1-multiverse-ofsted-apprenticeships-post-inspection-action-plan.xlsx"
    title = "Multiverse – Post-Inspection Action Plan (PIAP)"
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("3B1F8C")
    ws.merge_cells("A1:H1")
    ws["A2"] = "Ofsted full inspection of apprenticeship provision, 4–7 June 2024 (report published 12 July 2024)"
    ws.merge_cells("A2:H2")
    ws["A3"] = "Progress update: March 2025 | Plan owner: Chief Quality Officer | Reviewed monthly at the Quality Improvement Board"
    ws.merge_cells("A3:H3")
    headers = ["Area for improvement (Ofsted report)", "Ref", "Action", "Lead", "Timescale",
               "Success measure / impact", "Progress update (March 2025)", "RAG"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.fill = fill("D9D2F0")
        c.alignment = WRAP
        c.border = BOX
    for col, w in zip("ABCDEFGH", [40, 6, 48, 28, 16, 36, 44, 10]):
        ws.column_dimensions[col].width = w

    afi1 = "Leaders should ensure that coaches use the information from apprentices' starting points to plan training that builds on what apprentices already know and can do."
    afi2 = "Leaders should ensure that apprentices receive timely and helpful feedback on their work so that they know how to improve."
    afi3 = "Leaders should ensure that apprentices who need to achieve functional skills qualifications in English and mathematics receive effective support to achieve them promptly."
    afi4 = "Leaders should strengthen apprentices' understanding of the risks of radicalisation and extremism relevant to their sector and region."
    rag_col = {"Complete": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    status_of = {"Complete": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}
    # (afi, [(ref, action, lead, leads, timescale, end, end_text, measure, progress, rag)])
    plan = [
        (afi1, [
            ("1.1", "Revise the skills scan and initial assessment so that results feed directly into each apprentice's individual learning plan.",
             "Head of Learning Design", ["Head of Learning Design"], "September 2024", "2024-09", None,
             "100% of new starts from September 2024 have a learning plan that reflects their skills scan.",
             "New skills scan live for all programmes from 2 September 2024.", "Complete"),
            ("1.2", "Train all coaches to use starting points in progress reviews, with a focus on planning stretch for experienced apprentices.",
             "Head of Coaching Quality / Coaching Managers", ["Head of Coaching Quality", "Coaching Managers"],
             "Oct 2024 – Jan 2025", "2025-01", None,
             "Deep dives show planned stretch in at least 80% of sampled reviews.",
             "All coaches trained; deep-dive sample in February showed 74%.", "G"),
        ]),
        (afi2, [
            ("2.1", "Introduce a 7-day service standard for feedback on submitted work, monitored weekly through the learning platform dashboard.",
             "Director of Delivery", ["Director of Delivery"], "31/10/2024", "2024-10", None,
             "90% of submitted work has feedback within 7 days.",
             "Standard in place; 93% met in January and February.", "Complete"),
            ("2.2", "Quality team to sample 10% of marked work each month and feed back to coaches through one-to-ones.",
             "Head of Quality", ["Head of Quality"], "Monthly", None, "Monthly",
             "Sampling shows feedback identifies clear next steps.",
             "Sampling running since November 2024.", "G"),
        ]),
        (afi3, [
            ("3.1", "Appoint specialist functional skills tutors and timetable weekly live sessions for apprentices without a level 2 qualification.",
             "Head of Functional Skills", ["Head of Functional Skills"], "January 2025", "2025-01", None,
             "All apprentices needing functional skills attend a weekly live session.",
             "Two of three tutors in post; third post re-advertised. Sessions running for most cohorts.", "A"),
            ("3.2", "Track functional skills exam bookings and first-time pass rates at the monthly Quality Improvement Board.",
             "Head of Functional Skills; Data & Insights Manager", ["Head of Functional Skills", "Data & Insights Manager"],
             "March 2025", "2025-03", None,
             "First-time pass rate at or above the national rate.",
             "Dashboard built; first report to March board.", "G"),
        ]),
        (afi4, [
            ("4.1", "Add sector- and region-specific Prevent content to progress reviews using the 'topic of the month' model.",
             "Designated Safeguarding Lead", ["Designated Safeguarding Lead"], "Ongoing", None, "Ongoing",
             "Apprentices can explain local and sector risks when asked in reviews and deep dives.",
             "Topics for London, the North West and financial services published; others in draft.", "G"),
            ("4.2", "Survey apprentices in spring 2025 to test their understanding of Prevent and act on any gaps identified.",
             "Designated Safeguarding Lead", ["Designated Safeguarding Lead"], "May 2025", "2025-05", None,
             "Survey response rate above 40%; actions agreed for any gaps.",
             "Not yet started.", None),
        ]),
    ]
    expected = []
    r = 6
    for afi, actions in plan:
        first = r
        for (ref, text, lead, leads, ts, end, end_text, measure, prog, rag) in actions:
            vals = [None, ref, text, lead, ts, measure, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            if rag:
                ws.cell(r, 8).fill = fill(rag_col[rag])
            expected.append(act(ref, [afi], text, leads, end, status_of[rag], end_text))
            r += 1
        ws.cell(first, 1, afi)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(first, 1).alignment = WRAP
    r += 1
    ws.cell(r, 1, "Summary: 8 actions – 2 complete, 4 on track (G), 1 some slippage (A), 1 not yet started.")
    ws.cell(r, 1).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    ws = wb.create_sheet("RAG key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    for j, (k, col, t) in enumerate([
        ("Complete", BLUE, "Action completed and impact evidenced"),
        ("G", GREEN, "On track"),
        ("A", AMBER, "Some slippage – recovery plan agreed"),
        ("R", RED, "Off track – escalate to Quality Improvement Board"),
    ], 2):
        ws.cell(j, 1, k).fill = fill(col)
        ws.cell(j, 2, t)
    ws.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Version control")
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        ws.cell(1, i, h).font = Font(bold=True)
    for j, row in enumerate([
        ("0.1", "15/07/2024", "Head of Quality", "First draft following publication of the report"),
        ("1.0", "30/07/2024", "Head of Quality", "Approved by Quality Improvement Board"),
        ("1.3", "14/03/2025", "Head of Quality", "March 2025 progress update"),
    ], 2):
        ws.cell(j, 1, row[0])
        c = ws.cell(j, 2, d(row[1]))
        c.number_format = "dd/mm/yyyy"
        ws.cell(j, 3, row[2])
        ws.cell(j, 4, row[3])
    ws.column_dimensions["D"].width = 50
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates an independent apprenticeship training provider's post-inspection action plan (PIAP) after an Ofsted full inspection (Multiverse, 2024 inspection, March 2025 progress update); no Multiverse plan was found. Layout follows the PIAP form described for FE and skills providers (areas for improvement taken verbatim from 'What does the provider need to do to improve?', actions, lead, timescale, success measure, progress, RAG), cf. Lancashire Adult Learning's PIAP report https://paperzz.com/doc/6822265/report---council. Copied features: title block with inspection and update lines, each Ofsted area for improvement merged down column A beside its numbered actions, several leads in one cell, timescales as words, periods, dates and 'Monthly'/'Ongoing', a RAG column using 'Complete' and G/A/R letters on coloured fills, a summary line, and separate RAG key and version control sheets.",
        "reads": "The PIAP sheet lists eight numbered actions answering four Ofsted areas for improvement, each area merged down beside its two actions. Status is the RAG cell: 'Complete' is blue, G green, A amber, and the last action, not yet started, is unrated; the RAG key and version control sheets hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Historic England - ARAC audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_historic_england():
    name = "gx1-historic-england-arac-audit-recommendations-tracker.xlsx"
    title = "Historic England – Audit and Risk Assurance Committee: Audit Recommendations Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position as at 30 May 2025 – ARAC meeting 17 June 2025"
    hdr = ["Source report", "Total recommendations", "Implemented", "In progress", "Overdue"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    srows = [
        ["GIAA – Cyber Security and IT Resilience", 2, 1, 1, 0],
        ["GIAA – Grants Management", 3, 1, 2, 0],
        ["NAO – Audit Completion Report 2023-24", 2, 1, 0, 1],
        ["Total", 7, 3, 3, 1],
    ]
    for j, row in enumerate(srows, 5):
        for i, v in enumerate(row, 1):
            c = ws.cell(j, i, v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    ws["A11"] = "RAG definitions"
    ws["A11"].font = Font(bold=True)
    for j, (col, t) in enumerate([
        (BLUE, "Blue – implemented and verified by GIAA / NAO follow-up"),
        (GREEN, "Green – in progress and on track for the original due date"),
        (AMBER, "Amber – in progress; revised due date agreed by ARAC"),
        (RED, "Red – overdue, or revised due date missed"),
    ], 12):
        ws.cell(j, 1, t).fill = fill(col)
    ws.column_dimensions["A"].width = 58
    for col in "BCDE":
        ws.column_dimensions[col].width = 14

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position as at 30 May 2025 – for ARAC meeting 17 June 2025"
    ws.merge_cells("A2:J2")
    ws["A3"] = "Includes all open recommendations and those implemented since the March 2025 ARAC."
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:J3")
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
               "Original due date", "Revised due date", "Status", "Update for ARAC (June 2025)", "RAG"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4A4A4A")
        c.alignment = WRAP
        c.border = BOX
    for col, w in zip("ABCDEFGHIJ", [7, 9, 42, 44, 26, 12, 12, 12, 44, 8]):
        ws.column_dimensions[col].width = w

    a1 = "GIAA 2024-25: Cyber Security and IT Resilience – Moderate assurance (final report 14 October 2024)"
    a2 = "GIAA 2024-25: Grants Management – Limited assurance (final report 9 December 2024)"
    a3 = "NAO Audit Completion Report 2023-24 – management letter points"
    rag_fill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    # (heading, [(ref, priority, rec, action, owner, leads, orig, rev, status, update, rag)])
    plan = [
        (a1, [
            ("CS1", "High",
             "Management should ensure that the IT disaster recovery plan is tested at least annually and that lessons from tests are recorded and acted on.",
             "A full disaster recovery test of core systems will be carried out and a lessons-learned report taken to the Digital Board.",
             "Chief Information Officer", ["Chief Information Officer"], "31/12/2024", "30/09/2025", "In progress",
             "Test postponed to allow migration of the finance system to the new hosting provider; test now booked for August 2025.", "Amber"),
            ("CS2", "Medium",
             "Privileged access accounts should be reviewed quarterly and leavers' access removed within one working day.",
             "Introduce quarterly privileged access reviews signed off by the Head of IT Operations, and automate leaver account disablement from the HR system feed.",
             "Head of IT Operations", ["Head of IT Operations"], "31/03/2025", None, "Implemented",
             "First two quarterly reviews completed; automated disablement live since February 2025. GIAA follow-up confirmed.", "Blue"),
        ]),
        (a2, [
            ("GM1", "High",
             "Grant award decisions should be documented against the published assessment criteria, with conflicts of interest declared and recorded for each panel.",
             "Revise the grant assessment template to require scoring against each criterion and a signed conflicts of interest declaration from every panel member.",
             "Head of Grants / Grants Compliance Manager", ["Head of Grants", "Grants Compliance Manager"], "31/01/2025", None, "Implemented",
             "New template used for all panels since January 2025.", "Blue"),
            ("GM2", "High",
             "Post-award monitoring should be risk-based and grant recipients' claims should be verified before payment.",
             "Develop and implement a risk-based monitoring framework, including sample verification of claims above £50,000 before payment.",
             "Head of Grants", ["Head of Grants"], "31/03/2025", "31/07/2025", "In progress",
             "Framework approved by Executive Board in May 2025; verification checks being piloted on the Heritage at Risk programme.", "Amber"),
            ("GM3", "Medium",
             "Management information on grant performance should be reported to the Executive Board at least quarterly.",
             "Add a quarterly grants performance report to the Executive Board forward plan.",
             "Director of Finance & Resources", ["Director of Finance & Resources"], "30/06/2025", None, "In progress",
             "First report scheduled for the Executive Board on 24 June 2025.", "Green"),
        ]),
        (a3, [
            ("NAO1", "–",
             "The fixed asset register should be reconciled to the general ledger monthly, and heritage asset valuations reviewed for indicators of impairment.",
             "Monthly reconciliation of the fixed asset register to be introduced and a heritage asset impairment review added to the year-end timetable.",
             "Head of Financial Accounting", ["Head of Financial Accounting"], "31/03/2025", None, "Overdue",
             "Monthly reconciliations in place from April 2025. Impairment review not yet built into the timetable; a revised date will be requested at this meeting.", "Red"),
            ("NAO2", "–",
             "Leaver processes should ensure that salary overpayments are identified and recovered promptly.",
             "Update the line manager leaver checklist and introduce a monthly payroll exception report.",
             "Head of HR Operations; Payroll Manager", ["Head of HR Operations", "Payroll Manager"], "31/12/2024", None, "Implemented",
             "Checklist updated November 2024; exception report reviewed monthly by Payroll Manager.", "Blue"),
        ]),
    ]
    expected = []
    r = 6
    for head, recs in plan:
        c = ws.cell(r, 1, head)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for (ref, pri, rec, action, owner, leads, orig, rev, status, upd, rag) in recs:
            vals = [ref, pri, rec, action, owner, d(orig), d(rev) if rev else None, status, upd, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 10).fill = fill(rag_fill[rag])
            end = d(rev or orig).strftime("%Y-%m")
            expected.append(act(ref, [head, rec], action, leads, end, rag.lower()))
            r += 1
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates an arm's-length body's Audit and Risk Assurance Committee (ARAC) tracker of internal audit (GIAA) and external audit (NAO management letter) recommendations (Historic England, ARAC June 2025); no Historic England tracker was found. Layout follows committee audit recommendation trackers as described in committee papers (e.g. North Devon's Audit Recommendation Tracker tables, https://democracy.northdevon.gov.uk/ieIssueDetails.aspx?IId=18843&Opt=3&PlanId=0; Bromsgrove's target and revised target completion dates). Copied features: a summary sheet with counts per source report, a totals row and RAG definitions; on the tracker sheet a shaded heading row per audit report with its assurance opinion, each row carrying priority, the auditor's recommendation, the agreed management action, owner, original and revised due dates, a status word, an update and a RAG word on a coloured fill.",
        "reads": "The Tracker sheet lists seven recommendations under three audit-report heading rows; for each, the agreed management action is the action and the recommendation beside it is what it answers. The RAG column gives the status; where a revised due date is given it is the end, otherwise the original due date.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Home Office - Harmondsworth IRC HMIP inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_harmondsworth():
    name = "gx1-home-office-harmondsworth-irc-hmip-inspection-action-plan.docx"
    title = "Harmondsworth Immigration Removal Centre: Action Plan – HM Inspectorate of Prisons Unannounced Inspection, February 2024"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Progress update as at 31 December 2024", style="Subtitle")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_cell(t.cell(0, i), h, bold=True)
    for j, row in enumerate([
        ("1.0", "16 August 2024", "Detention Services Assurance Team", "Director, Detention and Escorting Services"),
        ("1.3", "10 January 2025", "Detention Services Assurance Team", "Director, Detention and Escorting Services"),
    ], 1):
        for i, v in enumerate(row):
            set_cell(t.cell(j, i), v)

    doc.add_paragraph("Introduction", style="Heading 2")
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) published its report on the unannounced inspection of Harmondsworth "
        "Immigration Removal Centre on 9 July 2024. This plan sets out the actions the Home Office and its suppliers "
        "are taking in response to the concerns raised, grouped under the headings used in the report. Each action "
        "has an accountable owner, a target date and a current status.")
    doc.add_paragraph("Status key: Complete (Blue) – On track (Green) – At risk (Amber) – Off track (Red).")

    h_pri = "Priority concerns"
    h_key = "Key concerns"
    c1 = "Too many detainees felt unsafe and levels of violence had increased. Staff shortages meant that supervision on the residential units was inadequate."
    c2 = "Home Office policies and processes, including Rule 35 and the adults at risk policy, were not protecting the most vulnerable detainees."
    c3 = "Communal areas and many rooms were dirty, in poor repair and poorly ventilated."
    c4 = "Substance misuse was increasing and too few detainees were referred to the drug and alcohol service."
    c5 = "Detainees did not have enough purposeful activity; education and work places were underused."
    status_of = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    # (heading, [(concern, [(ref, action, owner, leads, target, end, end_text, status)])])
    plan = [
        (h_pri, [
            (c1, [
                ("1.1", "Recruit to the full complement of Detainee Custody Officers and introduce a minimum staffing level for each residential unit, monitored daily by the Duty Director.",
                 "Centre Manager (Mitie Care & Custody)", ["Centre Manager (Mitie Care & Custody)"], "September 2024", "2024-09", None, "Complete"),
                ("1.2", "Refresh the violence reduction strategy, with monthly analysis of incidents presented to the Safer Detention Meeting.",
                 "Head of Safer Detention", ["Head of Safer Detention"], "31 October 2024", "2024-10", None, "Complete"),
            ]),
            (c2, [
                ("2.1", "Deliver refresher training on Rule 35 reporting to all GPs working at the centre, with quality assurance of a monthly sample of reports.",
                 "Head of Healthcare (Practice Plus Group) / Detention Engagement Team Manager",
                 ["Head of Healthcare (Practice Plus Group)", "Detention Engagement Team Manager"], "December 2024", "2024-12", None, "On track"),
                ("2.2", "Review the adults at risk casework process so that decisions on continued detention are made within two working days of a Rule 35 report.",
                 "Deputy Director, Detention Operations", ["Deputy Director, Detention Operations"], "March 2025", "2025-03", None, "On track"),
            ]),
        ]),
        (h_key, [
            (c3, [
                ("3.1", "Complete the refurbishment programme for the Cedar and Dove units, including replacement of showers and toilets.",
                 "Home Office Estates / Centre Manager", ["Home Office Estates", "Centre Manager"], "April 2024 – March 2025", "2025-03", None, "On track"),
                ("3.2", "Commission a ventilation survey of all residential units and agree a programme of remedial works.",
                 "Home Office Estates", ["Home Office Estates"], "Original: November 2024\nRevised: February 2025", "2025-02", None, "At risk"),
            ]),
            (c4, [
                ("4.1", "Introduce routine substance misuse screening at reception and a direct referral pathway to the psychosocial service.",
                 "Head of Healthcare (Practice Plus Group)", ["Head of Healthcare (Practice Plus Group)"], "Ongoing", None, "Ongoing", "On track"),
            ]),
            (c5, [
                ("5.1", "Reopen the education centre five days a week and increase paid work roles from 60 to 120.",
                 "Head of Activities", ["Head of Activities"], "January 2025", "2025-01", None, "Off track"),
            ]),
        ]),
    ]
    expected = []
    for heading, concerns in plan:
        doc.add_paragraph(heading, style="Heading 1")
        n = sum(len(a) for _, a in concerns)
        t = doc.add_table(rows=n + 1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Concern", "Action", "Owner", "Target date", "Status"]):
            set_cell(t.cell(0, i), h, bold=True)
            shade(t.cell(0, i), "D9E2F3")
        r = 1
        for concern, actions in concerns:
            first = r
            for (ref, action, owner, leads, target, end, end_text, status) in actions:
                set_cell(t.cell(r, 0), ref)
                set_cell(t.cell(r, 2), action)
                set_cell(t.cell(r, 3), owner)
                set_cell(t.cell(r, 4), target)
                set_cell(t.cell(r, 5), status)
                expected.append(act(ref, [heading, concern], action, leads, end, status_of[status], end_text))
                r += 1
            cell = t.cell(first, 1)
            if r - 1 > first:
                cell = cell.merge(t.cell(r - 1, 1))
            set_cell(cell, concern)
    doc.add_paragraph()
    doc.add_paragraph("Next update: April 2025 (Detention Services Assurance Board).")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates a Home Office action plan responding to an HM Inspectorate of Prisons unannounced inspection of an immigration removal centre (Harmondsworth IRC, inspected February 2024, report published July 2024; cf. https://hmiprisons.justiceinspectorates.gov.uk/news/excellent-progress-at-harmondsworth-immigration-removal-centre-paving-the-way-for-further-improvement and https://jacksonlees.co.uk/broudiejacksoncanter/shocking-report-highlights-disturbing-conditions-harmondsworth-immigration). The plan itself was not found; the layout follows HMPPS/Home Office inspection action plans: a title and progress subtitle, a document control table, an introduction with a status key, and one table per report section (Priority concerns, Key concerns) with the concern merged down beside its numbered actions, owner, target date and a status word.",
        "reads": "Under two headings, Priority concerns and Key concerns, two tables list eight numbered actions, each beside the inspectors' concern it answers (merged down where a concern has two actions). The status key maps Complete, On track, At risk and Off track to blue, green, amber and red; one target cell gives an original and a revised date, and the revised one is the end. The document control table holds no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Newlands Spring Primary School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def make_school():
    name = "gx1-newlands-spring-primary-school-post-ofsted-action-plan.docx"
    title = "Newlands Spring Primary School: Post-Ofsted Action Plan 2024–25"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph(
        "Inspection: 7–8 November 2023 (graded inspection). Overall effectiveness: Requires improvement. "
        "This plan is reviewed by the Full Governing Board each term. Last updated: February 2025.")
    doc.add_paragraph("RAG key", style="Heading 3")
    key = doc.add_table(rows=1, cols=3)
    key.style = "Table Grid"
    for i, (col, t) in enumerate([(GREEN, "Achieved / embedded"), (AMBER, "In progress – on track"), (RED, "Behind schedule / concern")]):
        set_cell(key.cell(0, i), t, bold=True)
        shade(key.cell(0, i), col)

    kp = [
        ("Key Priority 1: Reading",
         "Leaders should ensure that the phonics programme is taught consistently well, so that pupils who fall behind are identified quickly and given the support they need to catch up.",
         [
             ("All staff who teach phonics, including teaching assistants, to complete refresher training in the school's validated programme.",
              "English Lead", ["English Lead"], "Autumn term 2024", "2024-12", None,
              "Drop-ins by English Lead and HT", "All staff deliver phonics lessons with fidelity to the programme.", GREEN, "blue"),
             ("Daily 'keep-up' sessions for pupils identified through half-termly phonics assessments.",
              "English Lead / Year 1 teachers", ["English Lead", "Year 1 teachers"], "Termly", None, "Termly",
              "Half-termly assessment data", "At least 85% of Year 1 pupils meet the expected standard in the phonics screening check.", AMBER, "amber"),
         ]),
        ("Key Priority 2: Curriculum in foundation subjects",
         "In some foundation subjects, leaders have not identified the precise knowledge that pupils should learn. Leaders should ensure that curriculum thinking in all subjects sets out the important knowledge pupils need and the order in which it should be taught.",
         [
             ("Subject leaders to complete curriculum maps for history, geography and design and technology, setting out end points for each year group.",
              "Curriculum Lead", ["Curriculum Lead"], "Spring term 2025", "2025-04", None,
              "Curriculum Lead reviews maps; link governor visit", "Maps published on the school website; pupils can recall key knowledge.", AMBER, "amber"),
             ("Subject leader monitoring cycle: learning walks, book looks and pupil voice each half-term, reported to governors.",
              "DHT", ["DHT"], "Sept 2024 – July 2025", "2025-07", None,
              "Monitoring reports to Teaching and Learning Committee", "Subject leaders can evaluate the impact of their subject curriculum.", AMBER, "amber"),
         ]),
        ("Key Priority 3: Attendance",
         "Too many pupils, including disadvantaged pupils, are persistently absent from school. Leaders should continue to work with families to improve pupils' attendance.",
         [
             ("Attendance Officer to meet weekly with the HT to review absence and begin early help conversations with families where attendance falls below 90%.",
              "HT, Attendance Officer", ["HT", "Attendance Officer"], "Weekly", None, "Weekly",
              "Weekly attendance report", "Persistent absence falls below 15% by July 2025.", GREEN, "blue"),
             ("Introduce a termly attendance reward scheme and share class attendance figures in the weekly newsletter.",
              "Attendance Officer", ["Attendance Officer"], "Jan 2025", "2025-01", None,
              "Governors' attendance link visit", "Whole-school attendance at or above 96%.", RED, "red"),
         ]),
        ("Key Priority 4: Governance",
         "Governors do not have a precise enough understanding of the quality of education. They should hold leaders to account more effectively for the impact of their actions.",
         [
             ("Link governors for each key priority to carry out a termly monitoring visit and report to the Full Governing Board.",
              "Chair of Governors", ["Chair of Governors"], "Summer term 2025", "2025-07", None,
              "Minutes of FGB meetings", "Governors' visit reports show challenge and follow-up of actions.", AMBER, "amber"),
         ]),
    ]
    expected = []
    for heading, ofsted, actions in kp:
        doc.add_paragraph(heading, style="Heading 2")
        p = doc.add_paragraph()
        p.add_run("What the school needs to do to improve (Ofsted):").bold = True
        doc.add_paragraph(ofsted)
        t = doc.add_table(rows=len(actions) + 1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Action", "Who", "When", "Monitoring", "Success criteria", "RAG"]):
            set_cell(t.cell(0, i), h, bold=True)
            shade(t.cell(0, i), "DEEAF6")
        for j, (text, who, leads, when, end, end_text, mon, sc, col, status) in enumerate(actions, 1):
            set_cell(t.cell(j, 0), text)
            set_cell(t.cell(j, 1), who)
            set_cell(t.cell(j, 2), when)
            set_cell(t.cell(j, 3), mon)
            set_cell(t.cell(j, 4), sc)
            set_cell(t.cell(j, 5), "")
            shade(t.cell(j, 5), col)
            expected.append(act(None, [heading, ofsted], text, leads, end, status, end_text))
        doc.add_paragraph()
    doc.add_paragraph("Signed: Headteacher and Chair of Governors. Next review: Full Governing Board, March 2025.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Imitates a primary school's post-Ofsted action plan after a 'requires improvement' graded inspection (Newlands Spring Primary School, Chelmsford, inspected November 2023, 2024–25 plan); the school's own plan was not found. Layout follows published school post-Ofsted plans such as Shaw CofE Primary School's (https://docest.com/doc/201052/shaw-cofe-primary-school-post-ofsted-action-plan-third-draft-june-17) and The Key's guidance on post-Ofsted action plans: a title, an inspection line, a colour-only RAG key table in which green means achieved, then per key priority a heading, the Ofsted 'what the school needs to do to improve' text and a table of Action / Who / When / Monitoring / Success criteria / RAG, with the RAG shown only as cell shading and timescales in school terms.",
        "reads": "Four key priorities, each a heading followed by the Ofsted improvement point and a table of actions (seven in all, without refs). The RAG cells are coloured only; the key says green means achieved/embedded and has no blue, so green actions read as complete (blue), amber as amber and red as red. Term timescales end in their last month (autumn 2024 December, spring 2025 April, summer 2025 July); Termly and Weekly have no end month.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Coventry and Warwickshire Partnership NHS Trust - CQC MH must/should (csv)
# ---------------------------------------------------------------------------
def make_cwpt():
    name = "gx1-coventry-warwickshire-partnership-nhs-trust-cqc-mental-health-must-should-do-action-plan.csv"
    title = "Coventry and Warwickshire Partnership NHS Trust – CQC Must Do / Should Do Action Plan"
    acute = "Acute wards for adults of working age and psychiatric intensive care units"
    comm = "Community-based mental health services for adults of working age"
    crisis = "Mental health crisis services and health-based places of safety"
    m1 = "The trust must ensure that patients' risk assessments and care plans are updated following incidents and reflect their current needs."
    m2 = "The trust must ensure that staff receive regular clinical supervision and that supervision is recorded."
    s1 = "The trust should ensure that patients on the psychiatric intensive care unit have access to fresh air and outdoor space."
    m3 = "The trust must ensure that people waiting for assessment or treatment are regularly reviewed and that risks while waiting are managed."
    s2 = "The trust should ensure that carers are offered a carer's assessment and that this is recorded."
    m4 = "The trust must ensure that the health-based place of safety is not used for longer than 24 hours and that any breaches are reported."
    rag_status = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red", "": "unrated"}
    # (id, core, type, reg, requirement, action, owner, leads, due, revised, status, rag, update)
    rows = [
        ("20431", acute, "Must Do", "Reg 12 - Safe care and treatment", m1,
         "Introduce a post-incident review prompt in the electronic patient record requiring the named nurse to update the risk assessment within 24 hours.",
         "Okafor, Grace", ["Okafor, Grace"], "31/10/2024", "", "Completed", "Blue",
         "Prompt live on all acute wards from 14/10/2024. Audit in November showed 92% compliance."),
        ("20432", acute, "Must Do", "Reg 12 - Safe care and treatment", m1,
         "Weekly ward manager audit of 5 care records per ward, with results reported to the Directorate Quality Meeting:\n- risk assessment updated after incident\n- care plan reflects current needs\n- patient involvement recorded",
         "Ward Managers (Acute)", ["Ward Managers (Acute)"], "31/12/2024", "31/03/2025", "In progress", "Green",
         "Audits running on 6 of 7 wards; Ward 3 to start after EPR training."),
        ("20433", acute, "Must Do", "Reg 18 - Staffing", m2,
         "Launch the supervision recording module on ESR and set an 85% compliance target for all ward teams.",
         "Hill, Tom; Patel, Anisha", ["Hill, Tom", "Patel, Anisha"], "30/11/2024", "30/04/2025", "In progress", "Amber",
         "Module launched; compliance 71% in February. Revised date agreed at Quality and Safety Committee."),
        ("20434", acute, "Should Do", "", s1,
         "Complete courtyard works on the PICU and agree an unrestricted access protocol with the patient council.",
         "Estates Project Manager", ["Estates Project Manager"], "28/02/2025", "", "Overdue", "Red",
         "Works delayed by contractor; completion now expected May 2025."),
        ("20451", comm, "Must Do", "Reg 12 - Safe care and treatment", m3,
         "Implement a 'waiting well' protocol with monthly contact for all people on community mental health team waiting lists.",
         "Bennett, Claire", ["Bennett, Claire"], "31/05/2025", "", "In progress", "Green",
         "Protocol approved; roll-out to Coventry teams complete, Warwickshire teams by April."),
        ("20452", comm, "Must Do", "Reg 12 - Safe care and treatment", m3,
         "Report waiting list size and longest waits to the Quality and Safety Committee monthly.",
         "Bennett, Claire", ["Bennett, Claire"], "31/12/2024", "", "Completed", "Blue",
         "Monthly report in place since December 2024."),
        ("20453", comm, "Should Do", "", s2,
         "Roll out the Triangle of Care self-assessment across all community teams and refresh carer awareness training.",
         "Carers Lead", ["Carers Lead"], "30/06/2025", "", "Not started", "",
         ""),
        ("20471", crisis, "Must Do", "Reg 12 - Safe care and treatment", m4,
         "Agree an escalation protocol with Warwickshire Police, West Midlands Police and local authority AMHP services; report all breaches on Datix and review them at the S136 Steering Group.",
         "Head of Crisis Services", ["Head of Crisis Services"], "30/09/2024", "", "Completed", "Blue",
         "Protocol signed by all partners 19/09/2024."),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title])
    w.writerow(["Exported 14/03/2025 09:12 by Quality Governance Team"])
    w.writerow([])
    w.writerow(["Action ID", "Core Service", "Type", "Regulation", "CQC Requirement", "Action",
                "Action Owner", "Due Date", "Revised Due Date", "Status", "RAG", "Latest Update"])
    expected = []
    for (aid, core, typ, reg, req, action, owner, leads, due, rev, status, rag, upd) in rows:
        w.writerow([aid, core, typ, reg, req, action, owner, due, rev, status, rag, upd])
        end = (rev or due)
        end = end[6:10] + "-" + end[3:5]
        expected.append(act(aid, [core, req], action, leads, end, rag_status[rag]))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_yaml(name, {
        "source": "Imitates a CSV export from an NHS mental health trust's action-tracking system of its CQC must do / should do plan after an inspection of mental health core services (Coventry and Warwickshire Partnership NHS Trust, exported March 2025); no CWPT export was found. Layout follows published mental health trust CQC action plans that list actions per core-service report with leads and target dates (e.g. https://shsc.nhs.uk/about-us/corporate-information/cqc/action-plan-progress-update/). Copied features: a report title line and an export-stamp line before the header, one row per action with the core service and CQC requirement repeated on every row, numeric action IDs, owners in 'Surname, Forename' form (two separated by a semicolon), due and revised due dates, a status word beside a RAG word, and one action whose text holds a bulleted list inside a quoted field.",
        "reads": "After a title line and an export line, eight action rows grouped by core service and by the CQC requirement repeated on each row. Owners such as 'Okafor, Grace' are one person each; the revised due date, where given, is the end; the RAG column gives the status, blank for the action not yet started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Harlow College - Ofsted PIAP, plain text (tab-separated) export, typo month
# ---------------------------------------------------------------------------
def make_harlow():
    name = "gx1-harlow-college-ofsted-post-inspection-action-plan-typo-month-refuse.txt"
    title = "Harlow College – Post-Inspection Action Plan 2024/25"
    lines = [
        title,
        "Following Ofsted inspection 23–26 January 2024 | Version 4 – update for Quality & Standards Committee, 11 February 2025",
        "",
        "\t".join(["Ref", "Area for improvement", "Action", "Lead", "Target date", "Progress to date", "RAG"]),
        "\t".join(["AFI 1", "Teachers should ensure that learners on study programmes receive precise feedback that helps them improve the standard of their work.", "", "", "", "", ""]),
        "\t".join(["1.1", "", "Introduce a college-wide feedback standard (what went well / even better if / next step) and include it in the teaching and learning observation criteria.",
                   "Director of Teaching, Learning & Quality", "October 2024", "Standard launched at September INSET and included in observation criteria.", "Complete"]),
        "\t".join(["1.2", "", "Teaching and learning coaches to run feedback workshops for all new teachers and for those identified through observations.",
                   "Teaching & Learning Coaches", "December 2024", "38 of 42 teachers attended; remaining four booked for March.", "G"]),
        "\t".join(["AFI 2", "Leaders should ensure that apprentices' off-the-job training is planned and recorded accurately, and that employers are involved in reviewing apprentices' progress.", "", "", "", "", ""]),
        "\t".join(["2.1", "", "Introduce tripartite progress reviews every 10–12 weeks with employer sign-off recorded in the e-portfolio.",
                   "Head of Apprenticeships", "January 2025", "Reviews scheduled for all apprentices; employer sign-off at 68%.", "A"]),
        "\t".join(["2.2", "", "Monthly audit of off-the-job hours by the apprenticeship compliance officer, with exceptions reported to curriculum heads.",
                   "Apprenticeship Compliance Officer", "Janaury 2025", "First three monthly audits completed.", "G"]),
        "\t".join(["AFI 3", "Leaders should improve attendance at English and mathematics lessons for learners who have not yet achieved a grade 4.", "", "", "", "", ""]),
        "\t".join(["3.1", "", "Move English and mathematics lessons into vocational timetable blocks so that learners attend them alongside their main course.",
                   "Assistant Principal – Curriculum", "March 2025", "Timetable changes agreed for September 2025 intake; pilot in construction and hair and beauty.", "A"]),
        "\t".join(["3.2", "", "Attendance officers and personal tutors to follow up every English and mathematics absence on the same day.",
                   "Attendance Officers / Personal Tutors", "Ongoing", "Attendance at English and mathematics up from 71% to 79%.", "G"]),
        "\t".join(["AFI 4", "Governors should receive more detailed information about the quality of education so that they can challenge leaders effectively.", "", "", "", "", ""]),
        "\t".join(["4.1", "", "Quality & Standards Committee to receive a termly quality of education report, including learner voice and observation outcomes.",
                   "Clerk to the Corporation / Vice Principal Curriculum", "Termly", "First report received November 2024.", "Complete"]),
        "",
        "Key: Complete = action completed and impact reviewed; G = on track; A = minor slippage; R = significant concern",
    ]
    text = "\n".join(lines) + "\n"
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    refuse_at = next(i for i, l in enumerate(lines, 1) if "Janaury" in l)

    write_yaml(name, {
        "source": "Imitates a general FE college's Ofsted post-inspection action plan exported as tab-separated plain text from its quality tracker for the governors' Quality & Standards Committee (Harlow College, 2024 inspection, February 2025 update); no Harlow College plan was found. Layout follows college PIAPs (areas for improvement quoted from the Ofsted report, numbered actions, lead, target date, progress, RAG), cf. Lancashire Adult Learning's PIAP report https://paperzz.com/doc/6822265/report---council. Copied features: title and version lines, an area-for-improvement row above its numbered actions, job titles as leads, month and word timescales, a Complete/G/A/R RAG column and a key line at the end.",
        "reads": "A tab-separated plan of eight actions under four Ofsted areas for improvement. The target date of action 2.2 reads 'Janaury 2025', a mistyped month, so a careful reader stops there and asks before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_at,
        "title": title,
    })
    return name, 8


def main():
    made = [make_gwh(), make_multiverse(), make_historic_england(), make_harmondsworth(),
            make_school(), make_cwpt(), make_harlow()]
    for n, k in made:
        print(f"{n}: {k} actions")


if __name__ == "__main__":
    main()
