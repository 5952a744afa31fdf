#!/usr/bin/env python3
"""Build the seven zqv- blind test files (set heldout717) and their expected readings.

Run with /work/main/.venv/bin/python zqv_make.py from any directory; files are written
beside this script.  Every data file is built from the rows below, and the expected
reading of each action (under / lead / end / status) is written out by hand in the same
rows, as a person reads the document.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def d(y, m, day):
    return dt.datetime(y, m, day)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def write_expected(name, exp):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, allow_unicode=True, sort_keys=False, width=100000,
                       default_flow_style=False)


# ---------------------------------------------------------------------------
# 1. Calderdale and Huddersfield NHSFT - PSII safety action plan (xlsx)
# ---------------------------------------------------------------------------
def make_chft_psii():
    name = "zqv-calderdale-and-huddersfield-nhsft-psii-insulin-omission-safety-action-plan.xlsx"
    title = ("PSII Safety Action Plan – Omission of time-critical insulin, "
             "Ward 7D, Calderdale Royal Hospital")
    si1 = ("Safety issue 1: Overdue insulin doses were not visible to nursing staff on the "
           "EPR task list when the patient was off the ward for investigations.")
    si2 = ("Safety issue 2: Staff did not recognise the early signs of diabetic ketoacidosis "
           "(DKA), and there was no agreed out-of-hours route to specialist diabetes advice.")
    si3 = ("Safety issue 3: The day-to-night handover did not include capillary blood glucose "
           "or ketone results for patients on insulin.")
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "Complete": BLUE}
    # issue, ref, action, owner, target, revised, measure, progress, rag, (lead, end, status)
    rows = [
        (si1, "SA1.1",
         "Work with the EPR team to add an overdue time-critical medicine alert to the ward "
         "task list and the patient tracking board.",
         "Chief Nursing Information Officer / EPR Clinical Safety Officer",
         d(2025, 8, 31), d(2026, 1, 31),
         "Alert live on all adult inpatient wards; monthly report of overdue time-critical doses.",
         "Build complete and in user testing. Go-live held by the Cerner upgrade change freeze; "
         "revised date agreed at PSIRP Group 11/09/2025.",
         "A", (["Chief Nursing Information Officer", "EPR Clinical Safety Officer"], "2026-01", "amber")),
        (si1, "SA1.2",
         "Add insulin to the Trust time-critical medicines list and reissue the list to all "
         "wards with a laminated bedside prompt.",
         "Lead Pharmacist – Medicines Safety", d(2025, 6, 30), None,
         "List reissued; ward pharmacist spot checks show prompt displayed on 100% of wards.",
         "Completed 19/06/2025. Evidence uploaded to Datix.",
         "Complete", (["Lead Pharmacist – Medicines Safety"], "2025-06", "blue")),
        (si1, "SA1.3",
         "Include a check of time-critical medicines in the safety huddle when a patient leaves "
         "the ward for more than one hour.",
         "Matron – Acute Medicine", d(2025, 10, 31), None,
         "Huddle sheet audit (weekly) – target 90% of transfers checked.",
         "Huddle sheet amended. Audit shows 84% in August, 88% in September.",
         "G", (["Matron – Acute Medicine"], "2025-10", "green")),
        (si2, "SA2.1",
         "Deliver DKA and hyperglycaemia recognition training to all registered nurses and HCAs "
         "on Ward 7D and the other medical wards at CRH.",
         "Inpatient Diabetes Specialist Nurse Team Lead", d(2025, 9, 30), d(2025, 12, 31),
         "Training compliance by ward (target 85%).",
         "7D at 92%. Other medical wards at 61% because of winter rota pressures; extra sessions booked.",
         "A", (["Inpatient Diabetes Specialist Nurse Team Lead"], "2025-12", "amber")),
        (si2, "SA2.2",
         "Agree an out-of-hours escalation route to the on-call medical registrar for patients "
         "with blood ketones above 1.5 mmol/L, and add it to the adult diabetes guideline on "
         "the intranet.",
         "Consultant Diabetologist; Clinical Director for Medicine", d(2025, 8, 31), None,
         "Guideline published; escalation audited in quarterly DKA case review.",
         "Guideline revision drafted but not yet approved by the Drugs and Therapeutics "
         "Committee. Escalated to Divisional Director.",
         "R", (["Consultant Diabetologist", "Clinical Director for Medicine"], "2025-08", "red")),
        (si3, "SA3.1",
         "Amend the SBAR handover template on EPR to include the most recent capillary blood "
         "glucose and ketone results for patients on insulin.",
         "EPR Clinical Safety Officer", d(2025, 10, 31), None,
         "Template change live; handover audit (SA3.2).",
         "Change request CR-4471 approved; scheduled for the October release.",
         "G", (["EPR Clinical Safety Officer"], "2025-10", "green")),
        (si3, "SA3.2",
         "Audit 20 handovers a month on Ward 7D for three months after the template change and "
         "report the findings to the Medicine Division Patient Safety and Quality Board.",
         "Ward Manager (Ward 7D)", d(2026, 1, 31), None,
         "Audit results reported monthly.",
         "Starts once SA3.1 is live.",
         "Not started", (["Ward Manager (Ward 7D)"], "2026-01", "unrated")),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Safety action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Calderdale and Huddersfield NHS Foundation Trust"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("LFPSE reference: W-2025-118342    PSII report approved: Patient Safety Incident "
                "Review Panel, 14 May 2025    Executive sponsor: Chief Nurse")
    ws["A4"] = "Version 3 – progress update for Quality Committee, 22 September 2025"
    ws["A4"].font = Font(italic=True)
    headers = ["Safety issue / area for improvement", "Ref", "Safety action", "Action owner",
               "Target date", "Revised date", "Measurement of effectiveness",
               "Progress update (September 2025)", "RAG"]
    hr = 6
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = hr + 1
    expected = []
    groups = {}
    for issue, ref, action, owner, target, revised, measure, progress, rag, (lead, end, st) in rows:
        groups.setdefault(issue, []).append(r)
        vals = [issue if len(groups[issue]) == 1 else None, ref, action, owner, target, revised,
                measure, progress, rag]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if rag in rag_fill:
            ws.cell(row=r, column=9).fill = fill(rag_fill[rag])
        expected.append(act(ref, [issue], action, lead, end, st))
        r += 1
    for issue, rs in groups.items():
        if len(rs) > 1:
            ws.merge_cells(start_row=rs[0], start_column=1, end_row=rs[-1], end_column=1)
    r += 1
    ws.cell(row=r, column=1, value=(
        "RAG key: R – not on track / overdue; A – some slippage, revised date agreed; "
        "G – on track; Complete – evidence reviewed and action closed by the PSIRP Group"))
    ws.cell(row=r + 1, column=1, value=(
        "Note: actions are only closed when evidence has been uploaded to Datix and reviewed "
        "by the Patient Safety Team."))
    for col, w in zip("ABCDEFGHI", [38, 8, 50, 30, 12, 12, 34, 44, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    ws2 = wb.create_sheet("Audit data")
    ws2["A1"] = "Insulin omissions – monthly audit, adult medical wards (CRH)"
    ws2["A1"].font = Font(bold=True)
    ws2.append([])
    ws2.append(["Month", "Insulin doses due", "Doses omitted or delayed > 2 hrs", "% omitted"])
    for mon, due, om in [(d(2025, 4, 1), 1842, 61), (d(2025, 5, 1), 1910, 55),
                         (d(2025, 6, 1), 1876, 38), (d(2025, 7, 1), 1934, 31),
                         (d(2025, 8, 1), 1799, 27)]:
        ws2.append([mon, due, om, round(om / due, 3)])
        ws2.cell(row=ws2.max_row, column=1).number_format = "mmm-yy"
        ws2.cell(row=ws2.max_row, column=4).number_format = "0.0%"
    for col, w in zip("ABCD", [12, 18, 30, 11]):
        ws2.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    exp = {
        "source": (
            "Calderdale and Huddersfield NHS Foundation Trust, 2025, PSIRF patient safety incident "
            "investigation (PSII) safety action plan for an insulin omission incident (imitated; PSIRF context from "
            "https://www.nnuh.nhs.uk/about-us/patient-safety-incidence-response-framework/). Copies the layout of trust PSII safety action plans reported to Quality "
            "Committee: title block with LFPSE reference, approval panel and version line; one "
            "vertically merged 'safety issue' cell over its SMART safety actions; action owner as "
            "job titles (two posts joined by '/' or ';'); target and revised date columns; "
            "measurement of effectiveness and progress commentary; RAG letters with matching fill; "
            "RAG key and notes lines below; a second sheet of audit data that is not the plan."),
        "reads": (
            "A single-sheet PSII safety action plan: three safety issues, each a merged cell with "
            "its numbered safety actions (SA1.1-SA3.2) beside it. Each action has owner(s), a target "
            "date and sometimes a revised date (the revised one is the end), and an R/A/G/Complete "
            "RAG. The key, notes and the 'Audit data' sheet are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 2. Mid Yorkshire Teaching NHS Trust - Board Assurance Framework (xlsx)
# ---------------------------------------------------------------------------
def make_mytt_baf():
    name = "zqv-mid-yorkshire-teaching-nhs-trust-board-assurance-framework-2025-26.xlsx"
    title = "Board Assurance Framework 2025/26"
    rag_fill = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
    risks = [
        {
            "head": ("BAF Risk 1 – Quality and safety: if we do not reliably recognise and respond "
                     "to deteriorating patients, patients may come to avoidable harm"),
            "objective": "Our patients – provide high-quality, safe care",
            "exec": "Chief Nurse / Medical Director",
            "committee": "Quality Committee",
            "scores": ("4 x 4 = 16", "4 x 4 = 16", "4 x 3 = 12", "4 x 2 = 8"),
            "controls": ("NEWS2 and sepsis policies; Deteriorating Patient Group; critical care "
                         "outreach 24/7; Datix incident review; PSIRF plan."),
            "gaps": ("Electronic observations not yet on all wards (control). Audit of escalation "
                     "compliance not yet reported to Quality Committee each quarter (assurance)."),
            "actions": [
                ("1.1", "Complete roll-out of electronic observations with automated NEWS2 escalation "
                        "to all adult inpatient wards at Dewsbury and District Hospital and Pontefract "
                        "Hospital.",
                 "Chief Nursing Information Officer", d(2025, 12, 1), "mmm-yy",
                 "Dewsbury complete (12 of 12 wards). Pontefract wards scheduled for November.",
                 "green", (["Chief Nursing Information Officer"], "2025-12", None)),
                ("1.2", "Implement Martha’s Rule patient and family escalation (Call 4 Concern) across "
                        "all three hospital sites.",
                 "Deputy Chief Nurse – Patient Safety", d(2026, 3, 31), "dd/mm/yyyy",
                 "Live at Pinderfields. Recruitment to the Dewsbury and Pontefract response "
                 "team is behind plan.",
                 "amber", (["Deputy Chief Nurse – Patient Safety"], "2026-03", None)),
                ("1.3", "Report the deteriorating patient audit, including compliance with escalation "
                        "standards, to Quality Committee.",
                 "Associate Director of Quality Governance", "Quarterly", None,
                 "Q1 audit presented to Quality Committee on 17 July 2025.",
                 "green", (["Associate Director of Quality Governance"], None, "Quarterly")),
            ],
        },
        {
            "head": ("BAF Risk 2 – Urgent and emergency care: if we cannot improve patient flow, we "
                     "will not meet the four-hour standard and patients will wait too long in our "
                     "emergency departments"),
            "objective": "Our patients – timely access to care",
            "exec": "Chief Operating Officer",
            "committee": "Finance and Performance Committee",
            "scores": ("4 x 5 = 20", "4 x 5 = 20", "4 x 4 = 16", "4 x 3 = 12"),
            "controls": ("UEC improvement programme; daily site safety huddles; OPEL escalation "
                         "framework; Wakefield transfer of care hub."),
            "gaps": ("Same-day emergency care capacity at Pinderfields (control). Patients with no "
                     "criteria to reside remain above the system trajectory (control)."),
            "actions": [
                ("2.1", "Open the same-day emergency care (SDEC) extension at Pinderfields Hospital to "
                        "support delivery of the 78% four-hour standard.",
                 "Chief Operating Officer", d(2025, 11, 30), "dd/mm/yyyy",
                 "Extension opened 29 September 2025, ahead of plan.",
                 "blue", (["Chief Operating Officer"], "2025-11", None)),
                ("2.2", "Reduce the number of patients with no criteria to reside through the "
                        "discharge-to-assess transfer of care hub, working with partners in the "
                        "Wakefield District Health and Care Partnership.",
                 "Director of Operations – Medicine; Director of Strategy and Partnerships",
                 "Q4 2025/26", None,
                 "NCTR average 168 against a trajectory of 130. Escalated to the Place Board.",
                 "red", (["Director of Operations – Medicine",
                          "Director of Strategy and Partnerships"], "2026-03", None)),
            ],
        },
        {
            "head": ("BAF Risk 3 – Workforce: if we cannot recruit and retain enough staff with the "
                     "right skills, we will rely on temporary staffing and quality of care may suffer"),
            "objective": "Our people – a great place to work",
            "exec": "Chief People Officer",
            "committee": "People Committee",
            "scores": ("4 x 4 = 16", "4 x 4 = 16", "4 x 4 = 16", "4 x 2 = 8"),
            "controls": ("Workforce plan 2025/26; e-rostering and safe staffing reviews; health and "
                         "wellbeing offer; medical job planning."),
            "gaps": ("Nursing turnover in the first two years of employment remains above 14% "
                     "(control). Medical agency use above the national price cap (control)."),
            "actions": [
                ("3.1", "Deliver the 2025/26 nursing and midwifery retention plan, including the "
                        "legacy mentor scheme and the flexible working pilot.",
                 "Chief People Officer", d(2026, 3, 31), "dd/mm/yyyy",
                 "Legacy mentors in post in 9 areas. Flexible working pilot delayed to January.",
                 "amber", (["Chief People Officer"], "2026-03", None)),
                ("3.2", "Reduce medical agency spend by converting long-term agency locums to "
                        "substantive or bank posts.",
                 "Medical Director", d(2026, 1, 1), "mmm-yy",
                 "11 of 17 long-term locums converted.",
                 "green", (["Medical Director"], "2026-01", None)),
            ],
        },
        {
            "head": ("BAF Risk 4 – Financial sustainability: if we do not deliver the 2025/26 "
                     "financial plan, we will not meet our statutory duties and will have less "
                     "money to invest in services"),
            "objective": "Our resources – use our money wisely",
            "exec": "Director of Finance",
            "committee": "Finance and Performance Committee",
            "scores": ("5 x 4 = 20", "5 x 4 = 20", "5 x 4 = 20", "5 x 2 = 10"),
            "controls": ("Financial plan approved by Board; monthly divisional finance reviews; "
                         "Programme Management Office; vacancy control."),
            "gaps": ("Waste reduction schemes not fully identified (control). Run-rate above plan "
                     "at month 6 (assurance)."),
            "actions": [
                ("4.1", "Deliver the 2025/26 waste reduction programme (£38.6m), with all schemes "
                        "fully identified and quality impact assessed.",
                 "Director of Finance", d(2026, 3, 31), "dd/mm/yyyy",
                 "£29.1m identified; £12.4m delivered at month 6. Gap of £9.5m.",
                 "red", (["Director of Finance"], "2026-03", None)),
                ("4.2", "Introduce a vacancy control panel for all non-clinical posts at Band 6 and "
                        "above.",
                 "Director of Finance / Chief People Officer", d(2025, 7, 1), "mmm-yy",
                 "Panel in place since July 2025.",
                 "blue", (["Director of Finance", "Chief People Officer"], "2025-07", None)),
                ("4.3", "Agree the 2026/27 financial plan with NHS West Yorkshire ICB.",
                 "Director of Finance", d(2026, 3, 1), "mmm-yy",
                 "Planning guidance awaited.",
                 None, (["Director of Finance"], "2026-03", None)),
            ],
        },
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Mid Yorkshire Teaching NHS Trust"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    cov.append(["Version", "Date", "Author", "Changes"])
    for c in range(1, 5):
        cov.cell(row=5, column=c).font = Font(bold=True)
    for row in [
        ["v1.0", d(2025, 5, 1), "Director of Corporate Affairs", "2025/26 risks agreed by Board"],
        ["v1.1", d(2025, 7, 24), "Head of Risk Management", "Q1 update"],
        ["v1.2", d(2025, 10, 16), "Head of Risk Management", "Q2 update; Risk 2 score reduced"],
    ]:
        cov.append(row)
        cov.cell(row=cov.max_row, column=2).number_format = "dd/mm/yyyy"
    cov["A10"] = "Owner: Director of Corporate Affairs    Next review: Trust Board, January 2026"
    for col, w in zip("ABCD", [12, 12, 30, 40]):
        cov.column_dimensions[col].width = w

    summ = wb.create_sheet("Summary")
    summ["A1"] = "BAF risk summary – Quarter 2 2025/26"
    summ["A1"].font = Font(bold=True, size=13)
    summ.append([])
    summ.append(["Risk", "Executive lead", "Committee", "Initial", "Q1", "Q2", "Target", "Trend"])
    for c in range(1, 9):
        summ.cell(row=3, column=c).font = Font(bold=True)
    trends = ["Improving", "Improving", "No change", "No change"]
    for rk, tr in zip(risks, trends):
        sc = [int(s.split("= ")[1]) for s in rk["scores"]]
        summ.append([rk["head"].split(":")[0], rk["exec"], rk["committee"], *sc, tr])
    for col, w in zip("ABCDEFGH", [34, 30, 32, 8, 8, 8, 8, 12]):
        summ.column_dimensions[col].width = w

    ws = wb.create_sheet("BAF Q2")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 position at 30 September 2025 – Trust Board (public), 30 October 2025"
    ws["A3"] = ("Action RAG (cell colour): red = off track; amber = at risk of slippage; "
                "green = on track; blue = complete")
    ws["A3"].font = Font(italic=True)
    r = 5
    expected = []
    for rk in risks:
        ws.cell(row=r, column=1, value=rk["head"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = fill("00788A")
        ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 32
        r += 1
        for label, val in [("Strategic objective", rk["objective"]),
                           ("Executive lead", rk["exec"]),
                           ("Assurance committee", rk["committee"])]:
            ws.cell(row=r, column=1, value=label).font = Font(bold=True)
            ws.cell(row=r, column=2, value=val)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            r += 1
        ws.cell(row=r, column=1, value="Risk score (C x L)").font = Font(bold=True)
        for i, (lab, sc) in enumerate(zip(["Initial", "Q1", "Q2", "Target"], rk["scores"])):
            ws.cell(row=r, column=2 + i, value=f"{lab}: {sc}")
        r += 1
        for label, val in [("Key controls", rk["controls"]),
                           ("Gaps in control / assurance", rk["gaps"])]:
            ws.cell(row=r, column=1, value=label).font = Font(bold=True)
            ws.cell(row=r, column=2, value=val).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 30
            r += 1
        for c, h in enumerate(["Ref", "Action to close gap", "Action lead", "Due",
                               "Progress this quarter", "RAG"], 1):
            cell = ws.cell(row=r, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill("D9E2F3")
            cell.border = BOX
        r += 1
        for ref, text, lead_cell, due, fmt, prog, rag, (lead, end, end_text) in rk["actions"]:
            vals = [ref, text, lead_cell, due, prog, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if fmt:
                ws.cell(row=r, column=4).number_format = fmt
            if rag:
                ws.cell(row=r, column=6).fill = fill(rag_fill[rag])
            expected.append(act(ref, [rk["head"]], text, lead, end,
                                rag if rag else "unrated", end_text=end_text))
            r += 1
        r += 1
    for col, w in zip("ABCDEF", [24, 52, 32, 12, 46, 8]):
        ws.column_dimensions[col].width = w
    wb.active = 2
    wb.save(os.path.join(HERE, name))

    exp = {
        "source": (
            "Mid Yorkshire Teaching NHS Trust, 2025/26, board assurance framework as presented to "
            "the public Trust Board at Quarter 2 (imitated; BAF columns and legend as in "
            "https://paperzz.com/doc/9431814/4x4-%3D-16-4x2-%3D-8-4x2-%3D-8-5x3-%3D-15-5x2-%3D-10-5x1-%3D-5 and "
            "https://fdocuments.in/document/appendix-2-board-assurance-framework-201920-1-board-assurance-framework-legend.html). Copies NHS trust BAF "
            "layouts: a cover sheet with document control table, a summary sheet of risk scores "
            "(initial/Q1/Q2/target, trend), and a detail sheet where each principal risk is a "
            "coloured merged banner followed by strategic objective, executive lead, committee, "
            "scores, key controls and gaps, then an 'actions to close gaps' table with ref, lead, "
            "due date, progress and an action RAG shown only by cell colour, explained by a key line "
            "at the top."),
        "reads": (
            "A three-sheet BAF workbook; the actions are in the 'BAF Q2' sheet, in four risk blocks "
            "(1.1-4.3). Each action's status is the colour of its RAG cell (blue = complete per the "
            "key); 4.3 has no colour and is unrated. The cover, summary, score and "
            "controls/gaps rows are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 3. Lincolnshire Community Health Services NHS Trust - CQC must/should do (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_lchs_refuse():
    name = ("zqv-lincolnshire-community-health-services-nhs-trust-cqc-must-should-do-"
            "action-plan-typo-month-refuse.xlsx")
    title = "CQC Inspection Action Plan – Must Do and Should Do actions"
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Lincolnshire Community Health Services NHS Trust"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Inspection February 2025; report published 11 June 2025.   Monitored by: Quality "
                "and Safety Committee.   Last updated: 03/11/2025")
    headers = ["No.", "Must / Should", "CQC finding", "Regulation", "Action(s)", "Lead",
               "Original due date", "Revised due date", "Status", "Evidence / progress"]
    hr = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True)
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}
    S = "section"
    rows = [
        (S, "Urgent and Emergency Care – Urgent Treatment Centres"),
        ("MD1", "Must", "The trust must ensure that patients are triaged within 15 minutes of "
         "arrival at all urgent treatment centres.", "Reg 12(1)(2)(a)",
         "Introduce a streaming nurse at the front door of Skegness and Louth UTCs between 10:00 "
         "and 22:00.", "Head of Urgent Care", d(2025, 7, 31), None, "Complete",
         "Rota in place from 7 July 2025; triage within 15 minutes 91% in September."),
        (None, None, None, None,
         "Report time to triage weekly to the Urgent Care Divisional Quality Meeting.",
         "UTC Clinical Lead", d(2025, 8, 31), None, "Complete", "Weekly report since August."),
        ("MD2", "Must", "The trust must ensure that emergency equipment is checked in line with "
         "trust policy.", "Reg 12(2)(e)",
         "Move resuscitation trolley checks to the electronic checklist with a daily matron "
         "review.", "Matron – Urgent Care", d(2025, 6, 30), d(2025, 9, 30), "Complete",
         "Electronic checklist live at all four UTCs."),
        ("SD1", "Should", "The trust should ensure that staff complete safeguarding children "
         "level 3 training.", None,
         "Book all outstanding UTC staff onto safeguarding children level 3 training.",
         "Named Nurse – Safeguarding Children", d(2025, 10, 31), None, "On track",
         "Compliance 82% (target 90%)."),
        (S, "Community Health Inpatient Services"),
        ("MD3", "Must", "The trust must ensure that falls and pressure ulcer risk assessments are "
         "completed and reviewed in line with trust policy.", "Reg 12(2)(a)(b)",
         "Relaunch the SystmOne risk assessment templates with mandatory review dates on all "
         "four community hospital wards.", "Deputy Director of Nursing / Ward Sisters",
         d(2025, 8, 31), d(2025, 11, 30), "At risk",
         "Templates relaunched at three hospitals; Johnson Hospital delayed by staffing."),
        (None, None, None, None,
         "Monthly audit of ten sets of records per ward, reported to the Community Hospitals "
         "Governance Group.", "Ward Sisters", d(2025, 12, 31), None, "On track",
         "September audit: 78% compliant."),
        ("MD4", "Must", "The trust must ensure that there are enough suitably qualified nursing "
         "staff on night shifts at Johnson Community Hospital.", "Reg 18(1)",
         "Recruit to 4.6 WTE band 5 night vacancies, including international recruits.",
         "Head of Nursing – Community Hospitals", d(2025, 12, 31), d(2026, 3, 31), "At risk",
         "2.0 WTE appointed; 2.6 WTE out to advert."),
        ("SD2", "Should", "The trust should ensure that discharge summaries are sent to GPs "
         "within 24 hours.", None,
         "Add discharge summary timeliness to the community hospital performance dashboard.",
         "Business Intelligence Lead", d(2025, 9, 30), "Febuary 2026", "At risk",
         "Dashboard build moved behind the SystmOne upgrade."),
        ("SD3", "Should", "The trust should ensure that patients are offered a choice of meals "
         "that meet their cultural and dietary needs.", None,
         "Review menus with patients and the dietetic team and introduce a cultural and "
         "therapeutic menu.", "Facilities Manager", d(2025, 10, 31), None, "Complete",
         "New menu from 1 October 2025."),
    ]
    r = hr + 1
    refuse_row = None
    for row in rows:
        if row[0] == S:
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(row=r, column=1).fill = fill("D9E2F3")
            r += 1
            continue
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if row[8] in status_fill:
            ws.cell(row=r, column=9).fill = fill(status_fill[row[8]])
        if row[7] == "Febuary 2026":
            refuse_row = r
        r += 1
    # merge the finding cells of the must-dos that have two actions
    for top in (7, 12):
        for c in (1, 2, 3, 4):
            ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value=(
        "Status: Complete – evidence accepted by Quality and Safety Committee; On track; "
        "At risk – revised date agreed; Overdue – past revised date"))
    ws.cell(row=r + 1, column=1, value=(
        "Must Do actions: 4 (regulatory breaches).  Should Do actions: 3."))
    for col, w in zip("ABCDEFGHIJ", [7, 9, 44, 14, 48, 30, 12, 12, 11, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert ws.cell(row=7, column=1).value == "MD1" and ws.cell(row=12, column=1).value == "MD3"

    exp = {
        "source": (
            "Lincolnshire Community Health Services NHS Trust, 2025, CQC inspection action plan of "
            "must-do and should-do actions for urgent treatment centres and community inpatient "
            "services (imitated; must/should tracker practice as described at "
            "https://shsc.nhs.uk/about-us/corporate-information/cqc/action-plan-progress-update/). Copies community trust CQC trackers: title block "
            "with monitoring committee and last-updated line, core-service section rows, MD/SD "
            "numbering, CQC finding and regulation merged over two actions, lead job titles, "
            "original and revised due dates, status words with fill, status key and totals lines."),
        "reads": (
            "A CQC must/should-do tracker in two core-service sections. The revised due date of SD2 "
            f"(sheet row {refuse_row}) reads 'Febuary 2026' – a mistyped month, so a careful reader "
            "stops there and asks what date was meant before taking the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    }
    return name, exp


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
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(extra)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, labels, hex_="1F4E79"):
    for cell, lab in zip(table.rows[0].cells, labels):
        set_cell(cell, lab, bold=True)
        shade(cell, hex_)
        for run in cell.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Aneurin Bevan UHB - HIW improvement plan, Royal Gwent Hospital (docx)
# ---------------------------------------------------------------------------
def make_abuhb_hiw():
    name = "zqv-aneurin-bevan-uhb-hiw-royal-gwent-hospital-ward-inspection-improvement-plan.docx"
    title = "HIW Improvement Plan – Royal Gwent Hospital, Wards C5 West and C6 East"
    secB = "Appendix B – Immediate improvement plan"
    secC = "Appendix C – Improvement plan"
    st_fill = {"Complete": BLUE, "On track": GREEN, "Off track": RED}
    st_read = {"Complete": "blue", "On track": "green", "Off track": "red", "Not started": "unrated"}
    # risk, improvement, standard, action, officer, timescale, status, (lead, end, end_text)
    immediate = [
        ("Controlled drug register checks were not completed daily on Ward C5 West.",
         "The health board must ensure that controlled drugs are checked and recorded in line with "
         "the health board’s Controlled Drugs Policy.",
         "Health and Care Quality Standards 2023 – Safe",
         "Daily controlled drug checks moved to the start of the early shift and recorded on the "
         "ward safety checklist.\nWeekly spot check by the Senior Nurse, with results reported to "
         "the Divisional Medicines Safety Group.",
         "Senior Nurse – Acute Medicine", "14 March 2025", "Complete",
         (["Senior Nurse – Acute Medicine"], "2025-03", None)),
        ("Resuscitation trolley checks on Ward C6 East had gaps on 9 of the 30 days reviewed.",
         "The health board must ensure that resuscitation equipment is checked daily and that the "
         "checks are recorded.",
         "Health and Care Quality Standards 2023 – Safe",
         "Tamper-evident tags introduced on all resuscitation trolleys and the daily check added to "
         "the nurse in charge’s shift handover.",
         "Ward Manager C6 East / Resuscitation Officer", "31 March 2025", "Complete",
         (["Ward Manager C6 East", "Resuscitation Officer"], "2025-03", None)),
    ]
    plan = [
        ("Patients’ call bells were not always within reach.",
         "The health board must ensure that patients are able to call for assistance at all "
         "times.",
         "Health and Care Quality Standards 2023 – Person-centred",
         "Call bell placement added to the intentional rounding record and checked at every "
         "round.",
         "Ward Managers", "30 June 2025", "Complete", (["Ward Managers"], "2025-06", None)),
        ("Food and fluid charts were incomplete for 6 of the 12 patients whose records we "
         "reviewed.",
         "The health board must ensure that food and fluid charts are accurately completed and "
         "acted upon.",
         "Health and Care Quality Standards 2023 – Effective",
         "Introduce the electronic fluid balance chart (Welsh Nursing Care Record) on both wards, "
         "with training for all registered nurses and healthcare support workers.",
         "Head of Nursing – Medicine", "December 2025", "On track",
         (["Head of Nursing – Medicine"], "2025-12", None)),
        ("Mental capacity assessments were not recorded for patients for whom a DoLS "
         "authorisation had been requested.",
         "The health board must ensure that mental capacity assessments are completed and "
         "recorded where a patient’s capacity is in doubt.",
         "Mental Capacity Act 2005; Health and Care Quality Standards 2023 – Safe",
         "Mental Capacity Act level 2 training for all registered staff on both wards.\nMonthly "
         "documentation audit by the Safeguarding Adults team for six months.",
         "Safeguarding Adults Lead Nurse", "Sept 2025 – March 2026", "On track",
         (["Safeguarding Adults Lead Nurse"], "2026-03", "Sept 2025 – March 2026")),
        ("Staff told us the skill mix on night shifts was not always appropriate and that agency "
         "nurses were unfamiliar with the wards.",
         "The health board must ensure that nurse staffing levels and skill mix meet the "
         "requirements of the Nurse Staffing Levels (Wales) Act 2016.",
         "Nurse Staffing Levels (Wales) Act 2016",
         "Review the nurse staffing establishment for both wards in the bi-annual calculation and "
         "report the outcome to the Board.",
         "Director of Nursing", "November 2025", "Not started",
         (["Director of Nursing"], "2025-11", None)),
        ("Fire safety training compliance on Ward C5 West was 61%.",
         "The health board must ensure that staff are up to date with mandatory training.",
         "Health and Care Quality Standards 2023 – Workforce",
         "Protected time for fire safety e-learning for all staff who are not compliant, monitored "
         "through ESR reports at the monthly ward performance review.",
         "Ward Manager C5 West", "31 August 2025", "Off track",
         (["Ward Manager C5 West"], "2025-08", None)),
        ("Few patients had been asked for feedback about their care.",
         "The health board should promote the patient feedback survey on the wards.",
         "Health and Care Quality Standards 2023 – Person-centred",
         "QR code posters and bedside cards for the ‘Once for Wales’ patient experience survey "
         "displayed on both wards; results shared monthly at ward meetings.",
         "Patient Experience Lead / Ward Managers", "July 2025", "Complete",
         (["Patient Experience Lead", "Ward Managers"], "2025-07", None)),
    ]
    cols = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale", "Status (September 2025)"]

    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, 0)
    p = doc.add_paragraph("Aneurin Bevan University Health Board")
    p.runs[0].bold = True
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Service", "Royal Gwent Hospital – Wards C5 West and C6 East (Acute Medicine)"),
                 ("Date of inspection", "11 – 13 March 2025"),
                 ("Improvement plan submitted to HIW", "22 May 2025"),
                 ("Progress update for", "Patient Quality, Safety and Outcomes Committee, "
                                         "16 September 2025"),
                 ("Plan owner", "Director of Nursing")]:
        row = info.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph(
        "Status key: Complete; On track; Off track – timescale missed; Not started. Status cells "
        "are shaded blue, green and red respectively.")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", 1)
    ta = doc.add_table(rows=2, cols=4)
    ta.style = "Table Grid"
    header_row(ta, ["Immediate concerns identified", "Impact/potential impact on patient care",
                    "How the concern was escalated", "How the concern was resolved"])
    for cell, txt in zip(ta.rows[1].cells, [
            "A fire exit on Ward C6 East was partly obstructed by a hoist and two chairs.",
            "Risk of delayed evacuation in an emergency.",
            "Raised with the nurse in charge.",
            "Items removed immediately and a storage reminder issued to staff."]):
        set_cell(cell, txt)

    expected = []
    for sec, rows in [(secB, immediate), (secC, plan)]:
        doc.add_heading(sec, 1)
        if sec == secB:
            doc.add_paragraph("The issues below required immediate assurance and were reported to "
                              "HIW within two working days of the inspection.")
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for risk, imp, std, action, officer, when, status, (lead, end, end_text) in rows:
            cells = t.add_row().cells
            for cell, txt in zip(cells, [risk, imp, std, action, officer, when, status]):
                set_cell(cell, txt)
            if status in st_fill:
                shade(cells[6], st_fill[status])
            expected.append(act(None, [sec, imp], action, lead, end, st_read[status],
                                end_text=end_text))
    doc.add_heading("Service representative", 2)
    sign = doc.add_table(rows=3, cols=2)
    sign.style = "Table Grid"
    for row, (k, v) in zip(sign.rows, [("Name (print)", "R. Pritchard"),
                                        ("Job role", "Divisional Nurse Director – Medicine"),
                                        ("Date", "22 May 2025")]):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.save(os.path.join(HERE, name))

    exp = {
        "source": (
            "Aneurin Bevan University Health Board, 2025, improvement plan following a Healthcare "
            "Inspectorate Wales unannounced inspection of medical wards at the Royal Gwent Hospital "
            "(imitated; HIW reports on the Royal Gwent, e.g. "
            "https://docslib.org/doc/13542079/aneurin-bevan-university-health-board-royal-gwent-hospital-st-woolos-hospital). Copies the HIW report appendices as health boards keep "
            "them for committee tracking: title, a service/date details table, Appendix A (concerns "
            "resolved during the inspection - not actions), Appendix B immediate improvement plan "
            "and Appendix C improvement plan, each a table with Risk/finding/issue, Improvement "
            "needed, Standard/Regulation, Service action, Responsible officer and Timescale, plus an "
            "added status column with shaded cells, and the service representative sign-off table."),
        "reads": (
            "Two action tables: two immediate-assurance actions in Appendix B and six in Appendix C, "
            "one service action per row answering the 'Improvement needed' beside it (some actions "
            "have two paragraphs). No action refs. Status is the status word (Complete = blue). The "
            "details table, Appendix A and the sign-off table are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 5. NHS Grampian - HIS improvement action plan, Royal Cornhill Hospital (docx)
# ---------------------------------------------------------------------------
def make_grampian_his():
    name = ("zqv-nhs-grampian-his-royal-cornhill-hospital-mental-health-inspection-"
            "improvement-action-plan.docx")
    title = "Improvement Action Plan"
    blocks = [
        ("Domain 2 – Leadership and culture",
         "Requirement 1: NHS Grampian must ensure that ligature risk assessments are completed for "
         "all wards, including non-standard care areas, and that staff are aware of the identified "
         "risks and how they are mitigated.",
         [("Ligature risk assessments completed for all adult acute and older adult wards using the "
           "Manchester Ligature Audit Tool, with non-standard care areas included.",
           "31 July 2025",
           "Health and Safety Lead – Mental Health and Learning Disability Services",
           (["Health and Safety Lead – Mental Health and Learning Disability Services"],
            "2025-07", None)),
          ("Ward-level ligature risk summaries displayed at each nurses’ station and discussed at "
           "the daily safety huddle.",
           "August 2025", "Senior Charge Nurses", (["Senior Charge Nurses"], "2025-08", None))]),
        ("Domain 4.1 – Pathways, procedures and policies",
         "Requirement 2: NHS Grampian must ensure that patient risk assessments and care plans are "
         "person-centred, fully completed and reviewed in line with local policy.",
         [("Revised risk assessment and care plan templates introduced on TrakCare, aligned to the "
           "mental health nursing record standards.",
           "30 November 2025",
           "Associate Director of Nursing (Mental Health and Learning Disabilities)",
           (["Associate Director of Nursing (Mental Health and Learning Disabilities)"],
            "2025-11", None)),
          ("Monthly peer audit of ten care records per ward, with results reported to the Mental "
           "Health Clinical Governance Group.",
           "Ongoing – monthly", "Senior Charge Nurses\nPractice Development Nurse",
           (["Senior Charge Nurses", "Practice Development Nurse"], None, "Ongoing – monthly"))]),
        ("Domain 4.1 – Pathways, procedures and policies",
         "Requirement 3: NHS Grampian must ensure that enhanced observation is recorded accurately "
         "and in line with the national ‘From Observation to Intervention’ guidance.",
         [("Observation recording sheets replaced with the national documentation, and staff "
           "briefings completed on all wards.",
           "September 2025", "Lead Nurse – Inpatient Services",
           (["Lead Nurse – Inpatient Services"], "2025-09", None))]),
        ("Domain 4.3 – Workforce management and support",
         "Requirement 4: NHS Grampian must ensure that staff complete mandatory training, including "
         "the prevention and management of violence and aggression, and that compliance is "
         "monitored.",
         [("Additional PMVA training dates scheduled to bring compliance above 90% on all wards; "
           "compliance reported monthly from Turas.",
           "31 January 2026",
           "Practice Education Lead\nService Manager – Adult Mental Health Inpatients",
           (["Practice Education Lead", "Service Manager – Adult Mental Health Inpatients"],
            "2026-01", None))]),
        ("Domain 9 – Quality of care experience",
         "Recommendation 1: NHS Grampian should ensure that patients have access to meaningful "
         "activities in the evenings and at weekends.",
         [("Recruit two activity co-ordinators to provide evening and weekend sessions across the "
           "acute admission wards.",
           "March 2026", "Service Manager – Adult Mental Health Inpatients",
           (["Service Manager – Adult Mental Health Inpatients"], "2026-03", None))]),
    ]

    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, 0)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("NHS board", "NHS Grampian"),
                 ("Hospital", "Royal Cornhill Hospital, Aberdeen"),
                 ("Inspection", "Safe delivery of care inspection – adult mental health inpatient "
                                "services"),
                 ("Date of inspection", "20 – 22 May 2025"),
                 ("Date of report publication", "9 September 2025"),
                 ("Date of this action plan", "7 October 2025")]:
        row = info.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        set_cell(row[1], v, size=10)
    doc.add_paragraph(
        "Healthcare Improvement Scotland expects NHS Grampian to address the requirements and "
        "recommendations below. The NHS board must ensure that the actions are delivered within "
        "the timescales set out and that progress is reported through the Clinical Governance "
        "Committee.")
    expected = []
    last_domain = None
    for domain, req, actions in blocks:
        if domain != last_domain:
            doc.add_heading(domain, 2)
            last_domain = domain
        t = doc.add_table(rows=2, cols=3)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[2])
        set_cell(top, req, bold=True, size=10)
        shade(top, "DEEAF6")
        for cell, lab in zip(t.rows[1].cells, ["Action planned", "Timescale to meet action",
                                               "Responsibility for taking action"]):
            set_cell(cell, lab, bold=True)
        for text, when, who, (lead, end, end_text) in actions:
            cells = t.add_row().cells
            set_cell(cells[0], text, size=10)
            set_cell(cells[1], when, size=10)
            set_cell(cells[2], who, size=10)
            expected.append(act(None, [domain, req], text, lead, end, "unrated",
                                end_text=end_text))
        doc.add_paragraph()
    doc.add_heading("Sign-off", 2)
    sign = doc.add_table(rows=3, cols=2)
    sign.style = "Table Grid"
    for row, (k, v) in zip(sign.rows, [("NHS board Chief Executive", "Signed on behalf of NHS Grampian"),
                                        ("Name", "Chief Executive, NHS Grampian"),
                                        ("Date", "7 October 2025")]):
        set_cell(row.cells[0], k, bold=True, size=10)
        set_cell(row.cells[1], v, size=10)
    doc.save(os.path.join(HERE, name))

    exp = {
        "source": (
            "NHS Grampian, 2025, improvement action plan after a Healthcare Improvement Scotland safe "
            "delivery of care inspection of adult mental health inpatient services at Royal Cornhill "
            "Hospital (imitated; HIS adult mental health safe delivery of care inspections, e.g. "
            "https://www.healthcareimprovementscotland.scot/?p=20250). Copies the HIS improvement action plan template: "
            "'Improvement Action Plan' title, NHS board/hospital/inspection/date table, a short "
            "expectation paragraph, quality framework domain headings, one table per requirement or "
            "recommendation with the requirement text in a shaded merged first row and columns "
            "Action planned / Timescale to meet action / Responsibility for taking action, several "
            "posts on separate lines in one cell, and a Chief Executive sign-off table."),
        "reads": (
            "Seven planned actions under four requirements and one recommendation, grouped by "
            "domain headings (two requirements share Domain 4.1). Actions carry no refs and no "
            "status, so all are unrated; one timescale is 'Ongoing – monthly'. The details table "
            "and sign-off table are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 6. EPUT - quality account priorities tracker (csv)
# ---------------------------------------------------------------------------
def make_eput_csv():
    name = "zqv-essex-partnership-university-nhsft-quality-account-priorities-tracker-2025-26.csv"
    title = ("Essex Partnership University NHS Foundation Trust – Quality Account Priorities "
             "2025/26: Quarter 2 progress tracker")
    P1 = "Priority 1: Reduce the use of restrictive practice on adult inpatient wards"
    P2 = "Priority 2: Improve the physical health care of patients on our inpatient wards"
    P3 = "Priority 3: Personalised care planning using DIALOG+ in community mental health teams"
    P4 = "Priority 4: Implement the Patient and Carer Race Equality Framework (PCREF)"
    P5 = "Priority 5: Involve families and carers in patient safety incident investigations"
    rag = {"R": "red", "A": "amber", "G": "green", "Complete": "blue", "": "unrated"}
    # domain, priority, ref, action, lead cell, due, q1, q2, update, (lead, end, end_text)
    rows = [
        ("Patient safety", P1, "1.1",
         "Roll out Safewards interventions to all adult acute and PICU wards",
         "Associate Director of Nursing – Inpatients", "Sep-25", "A", "G",
         "All 14 wards now using at least 8 of the 10 Safewards interventions.",
         (["Associate Director of Nursing – Inpatients"], "2025-09", None)),
        ("", "", "1.2",
         "Introduce a weekly restrictive practice review at the ward MDT using the new dashboard",
         "Consultant Nurse – Reducing Restrictive Practice", "Dec-25", "G", "G",
         "Dashboard live in Tableau; reviews taking place on 11 of 14 wards.",
         (["Consultant Nurse – Reducing Restrictive Practice"], "2025-12", None)),
        ("", "", "1.3",
         "Reduce prone restraint by 25% against the 2024/25 baseline",
         "Executive Chief Nurse / Executive Medical Director", "Mar-26", "A", "R",
         "Prone restraint up 6% in Q2, mainly on two PICU wards; deep dive commissioned.",
         (["Executive Chief Nurse", "Executive Medical Director"], "2026-03", None)),
        ("", P2, "2.1",
         "Achieve 95% compliance with NEWS2 observations completed at the prescribed frequency",
         "Lead Nurse for Physical Health", "Q3 2025/26", "R", "A",
         "Compliance 89% in September (82% in June).",
         (["Lead Nurse for Physical Health"], "2025-12", None)),
        ("", "", "2.2",
         "Complete an ECG and baseline bloods within 72 hours of admission for all patients "
         "prescribed antipsychotic medication",
         "Physical Health Lead – Inpatients", "31/12/2025", "G", "G",
         "Audit shows 91% for ECG and 94% for bloods.",
         (["Physical Health Lead – Inpatients"], "2025-12", None)),
        ("Clinical effectiveness", P3, "3.1",
         "Train a further 300 community staff in DIALOG+",
         "Head of Community Transformation", "31/03/2026", "G", "G",
         "164 staff trained to date.",
         (["Head of Community Transformation"], "2026-03", None)),
        ("", "", "3.2",
         "Increase the proportion of care plans co-produced with patients to 80%\n"
         "Measured through the monthly care plan audit",
         "Head of Community Transformation; Deputy Director of Quality", "Mar-26", "A", "A",
         "71% in September.",
         (["Head of Community Transformation", "Deputy Director of Quality"], "2026-03", None)),
        ("Patient experience", P4, "4.1",
         "Publish the Trust PCREF organisational competencies and baseline data",
         "Head of Equality, Diversity and Inclusion", "Jun-25", "G", "Complete",
         "Published on the Trust website in June 2025.",
         (["Head of Equality, Diversity and Inclusion"], "2025-06", None)),
        ("", "", "4.2",
         "Set up a PCREF patient and carer reference group with a lived-experience co-chair",
         "Lived Experience Lead", "Oct-25", "A", "G",
         "Group met for the first time on 9 September.",
         (["Lived Experience Lead"], "2025-10", None)),
        ("", "", "4.3",
         "Deliver cultural competence training to staff in the three localities with the highest "
         "use of the Mental Health Act",
         "Head of Equality, Diversity and Inclusion", "Mar-26", "", "A",
         "Training provider procured; sessions start in November.",
         (["Head of Equality, Diversity and Inclusion"], "2026-03", None)),
        ("", P5, "5.1",
         "Offer every family a named family liaison officer within 10 working days of a PSII "
         "being commissioned",
         "Head of Patient Safety", "30/09/2025", "A", "Complete",
         "Achieved for all 9 PSIIs commissioned in Q2.",
         (["Head of Patient Safety"], "2025-09", None)),
    ]
    header = ["Quality domain", "Priority", "Ref", "Milestone / action", "Lead", "Due",
              "Q1 RAG", "Q2 RAG", "Q2 update"]
    n = len(header)
    path = os.path.join(HERE, name)
    expected = []
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow([title] + [""] * (n - 1))
        w.writerow(["Reporting period: July – September 2025. Prepared for Quality Committee, "
                    "23 October 2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(header)
        dom = pri = None
        for domain, prio, ref, action, lead_cell, due, q1, q2, upd, (lead, end, end_text) in rows:
            dom = domain or dom
            pri = prio or pri
            w.writerow([domain, prio, ref, action, lead_cell, due, q1, q2, upd])
            expected.append(act(ref, [dom, pri], action, lead, end, rag[q2], end_text=end_text))
        w.writerow([""] * n)
        w.writerow(["RAG: R = off track; A = some risk to delivery; G = on track; Complete = "
                    "milestone delivered. Q2 RAG is the current position."] + [""] * (n - 1))
        w.writerow(["Source: Quality Account 2024/25, Part 2 – our priorities for improvement in "
                    "2025/26"] + [""] * (n - 1))

    exp = {
        "source": (
            "Essex Partnership University NHS Foundation Trust, 2025/26, quality account priorities "
            "quarterly progress tracker for Quality Committee (imitated; priorities format as at "
            "https://www.newcastle-hospitals.nhs.uk/about/our-interim-strategy/quality-account-priorities). Copies "
            "trust quality priority trackers exported from Excel: title and reporting-period lines, "
            "quality domain and priority columns filled only on the first row of each group (merged "
            "cells in the original), numbered milestones, job-title leads (one with commas in the "
            "title, others joined by '/' or ';'), mixed due formats (Sep-25, Q3 2025/26, "
            "31/12/2025), previous (Q1) and current (Q2) RAG columns, an update column, a "
            "multi-line cell, and RAG key/source lines at the end."),
        "reads": (
            "Eleven milestones under five quality priorities in three quality domains; the domain "
            "and priority carry down to the rows below them. The status is the Q2 RAG (current), "
            "with Complete = blue. Title, period, key and source lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 7. Home Instead Norwich - CQC inspection action plan, plain text export (txt)
# ---------------------------------------------------------------------------
def make_home_instead_txt():
    name = "zqv-home-instead-norwich-cqc-home-care-inspection-action-plan.txt"
    title = "Home Instead Norwich – CQC Inspection Action Plan"
    st = {"G": "blue", "A": "amber", "R": "red", "Not started": "unrated"}
    sections = [
        ("SAFE", [
            ("Regulation 12 – Safe care and treatment: medicines were not always managed safely", [
                ("1.1", "Move all clients with time-specific medicines (including Parkinson’s "
                        "medication) onto timed eMAR alerts in Birdie.",
                 "Registered Manager", "31/08/2025", "G",
                 (["Registered Manager"], "2025-08", None)),
                ("1.2", "Complete medication competency reassessments for all 46 care "
                        "professionals, observed in clients’ homes.",
                 "Care Manager / Field Supervisor", "30 September 2025", "A",
                 (["Care Manager", "Field Supervisor"], "2025-09", None)),
                ("1.3", "Office team to review the daily eMAR exception report and follow up any "
                        "missed or late medicine the same day.",
                 "Care Coordinator", "Ongoing", "G", (["Care Coordinator"], None, "Ongoing")),
            ]),
            ("Regulation 19 – Fit and proper persons employed: recruitment checks were not always "
             "completed before staff started work", [
                ("2.1", "Audit all staff files against Schedule 3, including full employment "
                        "history with any gaps explained in writing.",
                 "Recruitment Officer", "31/07/2025", "G",
                 (["Recruitment Officer"], "2025-07", None)),
                ("2.2", "Introduce a pre-start checklist that the Registered Manager signs off "
                        "before any care professional is rostered.",
                 "Registered Manager", "August 2025", "G",
                 (["Registered Manager"], "2025-08", None)),
            ]),
        ]),
        ("WELL-LED", [
            ("Regulation 17 – Good governance: audits did not identify the shortfalls found at "
             "inspection", [
                ("3.1", "Replace the quarterly paper audit with monthly audits of care records, "
                        "MARs and call monitoring data, with an action log reviewed at the "
                        "management meeting.",
                 "Registered Manager / Quality Lead", "Oct-25", "A",
                 (["Registered Manager", "Quality Lead"], "2025-10", None)),
                ("3.2", "Nominated Individual to carry out a quarterly provider quality visit using "
                        "the franchise quality assurance framework.",
                 "Nominated Individual", "30 September 2025", "R",
                 (["Nominated Individual"], "2025-09", None)),
                ("3.3", "Seek feedback from clients and families through a six-monthly survey and "
                        "share a ‘You said, we did’ summary.",
                 "Client Experience Lead", "January 2026", "Not started",
                 (["Client Experience Lead"], "2026-01", None)),
            ]),
        ]),
    ]
    lines = [
        title,
        "Domiciliary care agency – response to CQC inspection report",
        "",
        "Location ID:        1-2718304562",
        "Inspection dates:   8 and 15 July 2025",
        "Report published:   3 September 2025",
        "Overall rating:     Requires Improvement (Safe: Requires Improvement; "
        "Well-led: Requires Improvement)",
        "Plan owner:         Registered Manager",
        "Last reviewed:      6 October 2025",
        "",
        "Status key:  G = completed   A = in progress   R = overdue",
        "",
    ]
    expected = []
    for sec, breaches in sections:
        lines += ["=" * 70, sec, "=" * 70, ""]
        for breach, actions in breaches:
            lines += [breach, "-" * min(len(breach), 70), ""]
            for ref, text, lead_cell, due, status, (lead, end, end_text) in actions:
                lines += [f"{ref}   Action:  {text}",
                          f"      Lead:    {lead_cell}",
                          f"      Due:     {due}",
                          f"      Status:  {status}",
                          ""]
                expected.append(act(ref, [sec, breach], text, lead, end, st[status],
                                    end_text=end_text))
    lines += [
        "-" * 70,
        "Actions: 8   Completed (G): 4   In progress (A): 2   Overdue (R): 1   Not started: 1",
        "Next review: Registered Manager and Nominated Individual, November 2025",
        "",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))

    exp = {
        "source": (
            "Home Instead Norwich (domiciliary care agency), 2025, action plan responding to a CQC "
            "inspection rated Requires Improvement (imitated; CQC action plan columns as in "
            "https://www.qcs.co.uk/cqc-action-plans-roadmaps-to-a-better-service/). Copies small home "
            "care providers' CQC action plans saved as plain text: title line, key-value header "
            "(location ID, inspection dates, rating, plan owner, last reviewed), a status key that "
            "redefines G as completed, key-question sections boxed with '=' rules, a regulation "
            "breach heading underlined with '-', numbered action blocks with Action/Lead/Due/Status "
            "lines, and a totals line and next review line at the end."),
        "reads": (
            "Eight actions under three regulation breaches in two key questions (SAFE, WELL-LED). "
            "Following the document's key, G means completed (blue), A in progress (amber), "
            "R overdue (red); 'Not started' is unrated. Header, key and totals lines are not "
            "actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }
    return name, exp


def main():
    for maker in (make_chft_psii, make_mytt_baf, make_lchs_refuse, make_abuhb_hiw,
                  make_grampian_his, make_eput_csv, make_home_instead_txt):
        name, exp = maker()
        write_expected(name, exp)
        print("wrote", name, "-", exp["outcome"], len(exp.get("actions", [])), "actions")


if __name__ == "__main__":
    main()
