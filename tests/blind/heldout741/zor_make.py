"""Build the seven zor- blind test files (set heldout741).

Run with /work/main/.venv/bin/python zor_make.py  (writes next to this script).
Each case's data lives in a module-level structure so the expected readings can be
checked against exactly the same text.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexrgb):
    return PatternFill("solid", start_color=hexrgb, end_color=hexrgb)


# ---------------------------------------------------------------------------
# 1. NHS Frimley ICB - Board Assurance Framework 2025/26 (xlsx, three sheets)
# ---------------------------------------------------------------------------
FRIMLEY_FILE = "zor-nhs-frimley-icb-board-assurance-framework-2025-26.xlsx"
FRIMLEY_TITLE = "NHS Frimley Integrated Care Board – Board Assurance Framework 2025/26"
# each action: ref, action, owner, original due, revised due, progress, rag
FRIMLEY_RISKS = [
    {
        "title": "BAF 1 – Urgent and emergency care capacity and flow",
        "desc": "If demand for urgent and emergency care continues to exceed available capacity across "
                "Frimley Park Hospital, Wexham Park Hospital and community services, then patients may "
                "experience long waits in emergency departments and delayed ambulance handovers, resulting "
                "in avoidable harm and failure to meet the 78% four-hour standard.",
        "exec": "Chief Operating Officer",
        "committee": "System Quality and Performance Committee",
        "scores": (20, 16, 16, 9),
        "controls": "System UEC Board; daily system control centre calls; OPEL framework; virtual ward "
                    "programme; Care Transfer Hubs at both acute sites.",
        "gaps": "No single discharge-to-assess model across the three local authorities; limited "
                "out-of-hours primary care streaming at Wexham Park.",
        "actions": [
            ("1.1", "Implement the Frimley system UEC winter plan 2025/26, including the additional 40 virtual "
                    "ward beds across Surrey Heath and North East Hampshire and Farnham.",
             "Director of Urgent and Emergency Care", D(2025, 10, 31), None,
             "Plan signed off at System UEC Board 18/09/25. Virtual ward expansion recruited to 32 of 40 beds.",
             "green"),
            ("1.2", "Agree a single Care Transfer Hub model with Surrey County Council, Hampshire County Council "
                    "and the Royal Borough of Windsor and Maidenhead to reduce the number of patients with no "
                    "criteria to reside.",
             "Chief Operating Officer; Place Managing Director (Frimley North)", D(2025, 6, 30), D(2025, 12, 31),
             "Revised date agreed at SQPC in August. RBWM data-sharing agreement still outstanding.",
             "amber"),
            ("1.3", "Commission an independent review of ambulance handover delays at Frimley Park Hospital and "
                    "Wexham Park Hospital and report the findings to the Board.",
             "Chief Medical Officer", D(2025, 7, 31), None,
             "Review reported to Board in public 11/09/25; recommendations now tracked through the UEC Board.",
             "blue"),
        ],
    },
    {
        "title": "BAF 2 – Access to and resilience of general practice",
        "desc": "If general practice cannot meet rising demand because of workforce and estates pressures, "
                "then patients may be unable to access timely primary care and some practices may become "
                "unsustainable.",
        "exec": "Director of Primary Care",
        "committee": "Primary Care Commissioning Committee",
        "scores": (16, 12, 12, 8),
        "controls": "Primary Care Access Recovery Plan; PCN additional roles; practice resilience visits.",
        "gaps": "No early warning indicators for practices at risk; telephony data incomplete.",
        "actions": [
            ("2.1", "Deliver the Modern General Practice Access programme in all 37 practices, with cloud-based "
                    "telephony live in every practice.",
             "Director of Primary Care", D(2026, 3, 31), None,
             "31 of 37 practices live on cloud-based telephony; remaining six scheduled for January.",
             "green"),
            ("2.2", "Develop a general practice resilience framework, including early warning indicators for "
                    "practices at risk of contract hand-back.",
             "Director of Primary Care / Head of Primary Care Contracting", D(2025, 9, 30), D(2026, 1, 31),
             "Framework drafted but the early warning dashboard is delayed by BI capacity. Revised date to go "
             "to PCCC in November.",
             "red"),
        ],
    },
    {
        "title": "BAF 3 – Financial sustainability of the Frimley system",
        "desc": "If the system does not deliver its 2025/26 efficiency plan, then it will not achieve its "
                "agreed financial position, limiting investment and attracting regulatory intervention.",
        "exec": "Chief Finance Officer",
        "committee": "Finance and Investment Committee",
        "scores": (20, 20, 15, 10),
        "controls": "System financial plan; monthly efficiency reporting; grip and control measures; "
                    "vacancy control panel.",
        "gaps": "Recurrent delivery of efficiencies below plan; limited visibility of CHC cost growth.",
        "actions": [
            ("3.1", "Deliver the 2025/26 system efficiency plan of £86.4m, with monthly reporting of delivery by "
                    "organisation to the Finance and Investment Committee.",
             "Chief Finance Officer", D(2026, 3, 31), None,
             "£37.9m delivered at month 6 against a plan of £41.2m; 38% of delivery non-recurrent.",
             "amber"),
            ("3.2", "Complete the review of all continuing healthcare packages costing more than £2,500 per week.",
             "Chief Nursing Officer", D(2025, 8, 31), None,
             "Review complete – 112 packages reviewed, full-year saving of £1.3m.",
             "blue"),
            ("3.3", "Implement the revised ICB establishment control process following the running-cost "
                    "reduction.",
             "Chief People Officer", D(2025, 9, 30), D(2025, 11, 30),
             "Establishment control panel in place; ESR reconciliation to complete in November.",
             "green"),
        ],
    },
    {
        "title": "BAF 4 – System workforce supply and retention",
        "desc": "If the system cannot recruit and retain sufficient registered staff, then services will rely "
                "on temporary staffing, with risks to quality and cost.",
        "exec": "Chief People Officer",
        "committee": "People Committee",
        "scores": (16, 12, 12, 8),
        "controls": "System People Plan; international recruitment; joint temporary staffing collaborative.",
        "gaps": "Different bank and agency rates across providers; early-career nurse turnover above 15%.",
        "actions": [
            ("4.1", "Launch the Frimley system retention programme for nurses and midwives in their first two "
                    "years of practice.",
             "Chief People Officer", D(2025, 12, 31), None,
             "Programme launched in September with 214 participants; first evaluation due in Q4.",
             "green"),
            ("4.2", "Agree a shared temporary staffing rate card with Frimley Health NHS Foundation Trust and "
                    "Surrey and Borders Partnership NHS Foundation Trust.",
             "Chief People Officer & Chief Finance Officer", "Q4 2025/26", None,
             "Draft rate card shared with both trusts' executive teams in October.",
             "green"),
        ],
    },
]


def build_frimley(path):
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = FRIMLEY_TITLE
    cover["A1"].font = Font(bold=True, size=16, color="005EB8")
    cover["A2"] = "Position at 30 September 2025 (Quarter 2) – ICB Board meeting in public, 13 November 2025"
    cover["A3"] = "Owner: Chief Corporate Affairs Officer. Prepared by the Governance and Risk Team."
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comment"),
            ("1.0", D(2025, 4, 17), "Head of Governance and Risk", "2025/26 BAF approved by the Board"),
            ("2.0", D(2025, 7, 10), "Head of Governance and Risk", "Quarter 1 review"),
            ("3.0", D(2025, 10, 23), "Head of Governance and Risk",
             "Quarter 2 review – BAF 3 current score reduced from 20 to 15")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cover.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
    cover["A11"] = "Action progress key"
    cover["A11"].font = Font(bold=True)
    key = [(BLUE, "Complete"), (GREEN, "On track to deliver by the due date"),
           (AMBER, "At risk of slippage – mitigation in place"), (RED, "Overdue or off track")]
    for i, (col, text) in enumerate(key):
        cover.cell(row=12 + i, column=1).fill = fill(col)
        cover.cell(row=12 + i, column=2, value=text)
    cover["A17"] = ("Risk scores are likelihood x consequence (5 x 5 matrix). Target scores reflect the Board's "
                    "risk appetite agreed in April 2025.")
    cover.column_dimensions["A"].width = 12
    cover.column_dimensions["B"].width = 16
    cover.column_dimensions["C"].width = 30
    cover.column_dimensions["D"].width = 60

    summ = wb.create_sheet("Summary")
    summ["A1"] = "BAF summary – Quarter 2 2025/26"
    summ["A1"].font = Font(bold=True, size=13)
    head = ("BAF ref", "Principal risk", "Executive lead", "Inherent", "Q1", "Q2", "Target", "Trend")
    for j, v in enumerate(head):
        c = summ.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    trends = ["↔", "↔", "↓", "↔"]
    for i, r in enumerate(FRIMLEY_RISKS):
        ref, name = r["title"].split(" – ", 1)
        inh, q1, q2, tgt = r["scores"]
        vals = (ref, name, r["exec"], inh, q1, q2, tgt, trends[i])
        for j, v in enumerate(vals):
            c = summ.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
        for j in (4, 5, 6, 7):
            v = summ.cell(row=4 + i, column=j).value
            summ.cell(row=4 + i, column=j).fill = fill(RED if v >= 15 else AMBER if v >= 8 else GREEN)
    summ.column_dimensions["B"].width = 50
    summ.column_dimensions["C"].width = 28

    ws = wb.create_sheet("BAF Risks")
    ws["A1"] = "Board Assurance Framework 2025/26 – principal risks, controls and actions"
    ws["A1"].font = Font(bold=True, size=13)
    widths = [8, 60, 34, 14, 14, 50, 8]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    row = 3
    for r in FRIMLEY_RISKS:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        c = ws.cell(row=row, column=1, value=r["title"])
        c.font = Font(bold=True, color="FFFFFF", size=12)
        c.fill = fill("003087")
        row += 1
        inh, q1, q2, tgt = r["scores"]
        info = [("Risk description", r["desc"]),
                ("Executive lead", r["exec"]),
                ("Assurance committee", r["committee"]),
                ("Risk score", f"Inherent {inh}   Current {q2}   Target {tgt}"),
                ("Key controls", r["controls"]),
                ("Gaps in control / assurance", r["gaps"])]
        for label, text in info:
            ws.cell(row=row, column=1, value=label).font = Font(bold=True)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
            ws.cell(row=row, column=2, value=text).alignment = WRAP
            row += 1
        hdr = ("Ref", "Action to address gaps", "Action owner", "Original due date", "Revised due date",
               "Progress update (Q2)", "RAG")
        for j, v in enumerate(hdr):
            c = ws.cell(row=row, column=1 + j, value=v)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            c.border = BOX
            c.alignment = WRAP
        row += 1
        for ref, text, owner, orig, rev, prog, rag in r["actions"]:
            vals = (ref, text, owner, orig, rev, prog, None)
            for j, v in enumerate(vals):
                c = ws.cell(row=row, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=7).fill = fill(FILL[rag])
            row += 1
        row += 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. The Dudley Group NHS FT - Quality Account priorities tracker 2025/26 (xlsx)
# ---------------------------------------------------------------------------
DUDLEY_FILE = "zor-dudley-group-nhsft-quality-account-priorities-tracker-2025-26.xlsx"
DUDLEY_TITLE = "Quality Account 2025/26 – Quality Priorities Tracker"
# rows: ("domain", text) | ("priority", text) | ("action", ref, text, lead, target, q1, q2, update)
DUDLEY_ROWS = [
    ("domain", "PATIENT SAFETY"),
    ("priority", "Priority 1: Improve the recognition of and response to the deteriorating adult patient"),
    ("action", "1a", "Roll out electronic NEWS2 observations with automated escalation alerts to all adult "
                     "inpatient wards at Russells Hall Hospital.",
     "Deputy Chief Nurse", "Q3 2025/26", "G", "G",
     "Live on 19 of 24 wards; remaining wards scheduled by end of November."),
    ("action", "1b", "Achieve 90% compliance with the Sepsis Six bundle within one hour for inpatients who "
                     "trigger the sepsis screening tool, measured through monthly audit.",
     "Lead Sepsis Nurse / Associate Medical Director for Patient Safety", "March 2026", "A", "A",
     "Compliance 81% in September (78% in June). Focused support on AMU and wards C7 and C8."),
    ("action", "1c", "Deliver deteriorating patient simulation training to 80% of registered nurses on medical "
                     "wards.",
     "Head of Clinical Education", D(2025, 9, 30), "G", "B", "84% trained at 30 September – complete."),
    ("priority", "Priority 2: Reduce harm from inpatient falls"),
    ("action", "2a", "Introduce a post-falls huddle within 24 hours of every inpatient fall with harm, with "
                     "learning shared at the weekly Patient Safety Learning Panel.",
     "Falls Prevention Lead", D(2025, 6, 1), "B", "B", "Huddles embedded from June; 100% completion in Q2."),
    ("action", "2b", "Complete lying and standing blood pressure for 85% of patients aged 65 and over within "
                     "48 hours of admission.",
     "Falls Prevention Lead", "Ongoing", "A", "R",
     "Compliance fell to 58% in Q2 (64% in Q1). Recovery plan to Quality Committee in November."),
    ("domain", "CLINICAL EFFECTIVENESS"),
    ("priority", "Priority 3: Timely discharge – increase the proportion of patients discharged before midday"),
    ("action", "3a", "Implement the 'Home for Lunch' discharge model on all medical and surgical wards, supported "
                     "by the discharge lounge opening from 08:00.",
     "Divisional Director of Operations (Medicine and Integrated Care)", "31 December 2025", "G", "G",
     "Pre-midday discharges 21% in September against a baseline of 16%."),
    ("action", "3b", "Ensure every patient has an expected date of discharge recorded within 24 hours of "
                     "admission.",
     "Chief Operating Officer", "Oct 2025 – Mar 2026", None, "A",
     "New priority for Q2; 67% recorded within 24 hours in September."),
    ("domain", "PATIENT EXPERIENCE"),
    ("priority", "Priority 4: Improve communication with patients and families about their care"),
    ("action", "4a", "Launch the 'Ask 3 Questions' campaign across outpatient clinics, with patient information "
                     "in the five most spoken languages in Dudley.",
     "Head of Patient Experience", D(2025, 11, 30), "G", "G",
     "Materials translated; launch planned for Patient Experience Week."),
    ("action", "4b", "Increase the Friends and Family Test response rate for inpatients to 25% through the "
                     "introduction of SMS surveys.",
     "Head of Patient Experience & Digital Engagement Lead", "Q4 2025/26", None, "Not started",
     "SMS provider contract awarded in September; go-live planned for January 2026."),
]
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def build_dudley(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Priorities 2025-26"
    ws["A1"] = "The Dudley Group NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws["A2"] = DUDLEY_TITLE
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Quarter 2 position (July – September 2025) – reported to Quality Committee, 28 October 2025"
    ws["A4"] = "RAG:  B = Complete   G = On track   A = Some risk to delivery   R = Off track / not delivered"
    ws["A4"].font = Font(italic=True)
    hdr = ("Ref", "Action / milestone", "Lead", "Target date", "Q1 RAG", "Q2 RAG", "Q2 update")
    widths = [6, 62, 36, 18, 8, 12, 50]
    for j, v in enumerate(hdr):
        c = ws.cell(row=6, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = WRAP
        ws.column_dimensions[get_column_letter(j + 1)].width = widths[j]
    row = 7
    for item in DUDLEY_ROWS:
        if item[0] == "domain":
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
            c = ws.cell(row=row, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("41B6E6")
        elif item[0] == "priority":
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
            c = ws.cell(row=row, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
        else:
            _, ref, text, lead, target, q1, q2, upd = item
            vals = (ref, text, lead, target, q1, q2, upd)
            for j, v in enumerate(vals):
                c = ws.cell(row=row, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
            tc = ws.cell(row=row, column=4)
            if isinstance(target, dt.datetime):
                tc.number_format = "mmm-yy" if target.day == 1 else "dd/mm/yyyy"
            for col, v in ((5, q1), (6, q2)):
                if v in RAGFILL:
                    ws.cell(row=row, column=col).fill = fill(RAGFILL[v])
                    ws.cell(row=row, column=col).alignment = Alignment(horizontal="center", vertical="top")
        row += 1
    row += 1
    ws.cell(row=row, column=2, value="Summary of Q2 position").font = Font(bold=True)
    row += 1
    for label, n in (("Complete", 2), ("On track", 3), ("Some risk to delivery", 2), ("Off track", 1),
                     ("Not started", 1), ("Total actions", 9)):
        ws.cell(row=row, column=2, value=label)
        ws.cell(row=row, column=3, value=n)
        row += 1
    ws.freeze_panes = "A7"

    gl = wb.create_sheet("Glossary")
    gl["A1"] = "Glossary"
    gl["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate((("AMU", "Acute Medical Unit"),
                                ("FFT", "Friends and Family Test"),
                                ("NEWS2", "National Early Warning Score 2"),
                                ("PSIRF", "Patient Safety Incident Response Framework"),
                                ("SMS", "Text message"))):
        gl.cell(row=3 + i, column=1, value=a)
        gl.cell(row=3 + i, column=2, value=b)
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Tregaron Surgery - HIW GP inspection improvement plan (xlsx) - REFUSE
# ---------------------------------------------------------------------------
TREGARON_FILE = "zor-tregaron-surgery-hiw-gp-inspection-improvement-plan-typo-month-refuse.xlsx"
TREGARON_TITLE = "Appendix C – Improvement plan"
TREGARON_ROWS = [
    ("Emergency drugs and equipment were not checked consistently; there were gaps of up to three weeks in "
     "the check records.",
     "The practice must ensure that emergency drugs and equipment are checked weekly and that the checks "
     "are recorded.",
     "Health and Care Quality Standards 2023 – Safe",
     "Weekly checklist introduced and kept with the emergency trolley. Practice Nurse Manager reviews the "
     "checklist monthly and reports at the practice meeting.",
     "Practice Nurse Manager", "July 2025"),
    ("The dispensary vaccine fridge temperature had not been recorded on 11 days in April 2025.",
     "The practice must ensure that fridge temperatures are recorded daily and that action is taken when "
     "readings fall outside the range.",
     "Health and Care Quality Standards 2023 – Safe",
     "Data logger fitted to both fridges; dispensary staff to record min/max readings daily and escalate "
     "out-of-range readings to the Dispensary Manager.",
     "Dispensary Manager", "August 2025"),
    ("Not all GPs could evidence safeguarding children level 3 training.",
     "The practice must ensure that all clinical staff complete safeguarding training at the level "
     "appropriate to their role.",
     "Health and Care Quality Standards 2023 – Safe",
     "Training matrix updated; two GPs booked on the health board's level 3 course.",
     "Practice Manager", "31 October 2025"),
    ("The complaints policy did not refer to the NHS Wales Putting Things Right process.",
     "The practice must update its complaints policy and patient information in line with Putting Things "
     "Right.",
     "Health and Care Quality Standards 2023 – Person-centred",
     "Policy rewritten and Putting Things Right leaflets displayed in reception in English and Welsh.",
     "Practice Manager", "September 2025"),
    ("Staff were not consistently making the Welsh language 'Active Offer'.",
     "The practice should ensure that the Active Offer is made to all patients and that Welsh-speaking staff "
     "wear the 'Iaith Gwaith' badge.",
     "Health and Care Quality Standards 2023 – Equitable",
     "Welsh language awareness session for all reception staff; Iaith Gwaith badges ordered; telephone "
     "greeting to be updated to bilingual.",
     "Practice Manager / Reception Supervisor", "Febuary 2026"),
    ("Four members of staff had not had an annual appraisal.",
     "The practice must ensure that all staff receive an annual appraisal.",
     "Health and Care Quality Standards 2023 – Workforce",
     "Appraisal schedule agreed; outstanding appraisals to be completed by the GP partners and Practice "
     "Manager.",
     "GP Partners", "March 2026"),
]
TREGARON_FIRST_ROW = 8  # first action row on the sheet


def build_tregaron(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    ws["A1"] = TREGARON_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Service:"
    ws["B2"] = "Tregaron Surgery"
    ws["A3"] = "Date of inspection:"
    ws["B3"] = "3 June 2025"
    ws["A4"] = "Health board:"
    ws["B4"] = "Hywel Dda University Health Board"
    ws["A5"] = ("The table below includes any other improvements identified during the inspection where we "
                "require the service to complete an improvement plan telling us about the actions they are "
                "taking to address these areas.")
    ws.merge_cells("A5:G5")
    ws["A5"].alignment = WRAP
    ws.row_dimensions[5].height = 32
    hdr = ("Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale", "Progress (practice use)")
    widths = [40, 40, 24, 48, 26, 16, 30]
    for j, v in enumerate(hdr):
        c = ws.cell(row=7, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
        c.alignment = WRAP
        ws.column_dimensions[get_column_letter(j + 1)].width = widths[j]
    progress = ["Checklist in place from 9 June.", "Loggers fitted 30 June.", "", "Policy approved 1 Sept.",
                "", ""]
    for i, (finding, need, std, action, officer, when) in enumerate(TREGARON_ROWS):
        r = TREGARON_FIRST_ROW + i
        for j, v in enumerate((finding, need, std, action, officer, when, progress[i] or None)):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
    r = TREGARON_FIRST_ROW + len(TREGARON_ROWS) + 1
    ws.cell(row=r, column=1, value="The following section must be completed by a representative of the service "
                                   "who has overall responsibility and accountability for ensuring the "
                                   "improvement plan is actioned.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(row=r, column=1).alignment = WRAP
    ws.cell(row=r + 1, column=1, value="Service representative").font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="Name (print):")
    ws.cell(row=r + 2, column=2, value="Dr Elin Morgan")
    ws.cell(row=r + 3, column=1, value="Job role:")
    ws.cell(row=r + 3, column=2, value="GP Partner")
    ws.cell(row=r + 4, column=1, value="Date:")
    ws.cell(row=r + 4, column=2, value="22 July 2025")
    wb.save(path)


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hexrgb):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexrgb)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. NHS Grampian - HIS maternity inspection, Dr Gray's Hospital (docx)
# ---------------------------------------------------------------------------
GRAMPIAN_FILE = "zor-nhs-grampian-his-dr-grays-hospital-maternity-inspection-improvement-action-plan.docx"
GRAMPIAN_TITLE = "Improvement Action Plan"
# sections: (domain heading, [ (requirement text, [ (no, action, timescale, resp, progress, rag) ]) ])
GRAMPIAN_SECTIONS = [
    ("Domain 2 – Leadership and culture", [
        ("Requirement 1: NHS Grampian must ensure that there is a clear and effective governance structure for "
         "maternity services at Dr Gray’s Hospital, with clear lines of accountability to the NHS board.", [
            ("1.1", "Establish a Dr Gray’s maternity governance group, chaired by the Director of Midwifery, "
                    "reporting monthly to the Grampian Maternity and Neonatal Governance Board.",
             "June 2025", "Director of Midwifery",
             "First meeting held 12 June 2025. Terms of reference approved.", "B"),
            ("1.2", "Publish a maternity governance structure chart for Dr Gray’s and display it in all clinical "
                    "areas and on the staff intranet.",
             "July 2025", "Lead Midwife, Dr Gray’s Hospital",
             "Structure chart displayed in all areas from 21 July 2025.", "B"),
        ]),
    ]),
    ("Domain 4.3 – Workforce planning", [
        ("Requirement 2: NHS Grampian must ensure that midwifery and obstetric staffing at Dr Gray’s Hospital "
         "is sufficient to provide safe care, in line with the Health and Care (Staffing) (Scotland) Act 2019.", [
            ("2.1", "Complete the Birthrate Plus® assessment for Dr Gray’s Hospital and present the findings to "
                    "the Staff Governance Committee.",
             "September 2025", "Director of Midwifery",
             "Assessment completed; findings presented on 9 September 2025.", "B"),
            ("2.2", "Recruit to the 4.6 WTE midwifery vacancies identified in the establishment review, "
                    "including through an international recruitment campaign.",
             "Sept 2025 – March 2026", "Head of Midwifery / Workforce Business Partner",
             "2.0 WTE appointed; 1.6 WTE international recruits awaiting NMC registration.", "A"),
            ("2.3", "Implement a real-time staffing assessment on every shift using SafeCare, with escalations "
                    "recorded in line with the board’s risk escalation process.",
             "Ongoing", "Senior Charge Midwife",
             "In place from 1 May 2025; compliance reviewed weekly.", "G"),
        ]),
    ]),
    ("Domain 5 – Delivery of safe, effective, compassionate and person-centred care", [
        ("Requirement 3: NHS Grampian must ensure that emergency equipment and medicines in the maternity unit "
         "are checked in line with board policy and that all checks are fully documented.", [
            ("3.1", "Introduce a daily electronic checklist for resuscitaires, emergency trolleys and the "
                    "obstetric haemorrhage box, with compliance reported weekly to the Senior Charge Midwife.",
             "March 2025", "Senior Charge Midwife",
             "Electronic checklist live from 3 March 2025.", "B"),
            ("3.2", "Audit checklist compliance every month and share the results at the Dr Gray’s maternity "
                    "governance group.",
             "Monthly", "Practice Development Midwife",
             "Compliance 98% (July), 100% (August), 99% (September).", "G"),
        ]),
        ("Requirement 4: NHS Grampian must ensure that all staff complete mandatory training, including adult "
         "basic life support and neonatal life support.", [
            ("4.1", "Provide protected time for staff to complete neonatal life support and adult basic life "
                    "support training, with a trajectory to reach 90% compliance.",
             "31 December 2025", "Practice Development Midwife & Clinical Educator",
             "NLS 76%, adult BLS 83% at 30 September 2025. Additional sessions booked for November.", "A"),
        ]),
    ]),
    ("Recommendations", [
        ("Recommendation a: NHS Grampian should ensure that women are given information about the Dr Gray’s "
         "maternity service, including arrangements for transfer to Aberdeen Maternity Hospital, in "
         "accessible formats.", [
            ("a.1", "Co-produce a transfer information leaflet with Moray Maternity Voices, available in print, "
                    "online and in Polish.",
             "January 2026", "Consultant Midwife",
             "Draft delayed by the Maternity Voices chair vacancy; co-production sessions restart in November.",
             "R"),
        ]),
    ]),
]
RAG_DOCX = {"B": "9DC3E6", "G": "92D050", "A": "FFC000", "R": "FF0000"}


def build_grampian(path):
    doc = docx.Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(GRAMPIAN_TITLE, level=0)
    doc.add_paragraph("Healthcare Improvement Scotland – unannounced inspection of maternity services, "
                      "Dr Gray’s Hospital, Elgin")
    info = [("NHS board", "NHS Grampian"), ("Hospital", "Dr Gray’s Hospital, Elgin"),
            ("Date of inspection", "11–13 February 2025"), ("Date of report publication", "8 May 2025"),
            ("Action plan submitted to HIS", "20 June 2025"), ("Progress updated", "30 October 2025")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in info:
        cells = t.add_row().cells
        set_cell(cells[0], a, bold=True, size=10)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], b, size=10)
    doc.add_paragraph()
    doc.add_paragraph("RAG status:  B – complete    G – on track    A – at risk    R – not on track")

    hdr = ("No.", "Action planned", "Timescale to meet action", "Responsibility for taking action",
           "Progress against action", "RAG")
    widths = [Cm(1.3), Cm(8.5), Cm(3.0), Cm(4.0), Cm(7.0), Cm(1.2)]
    for heading, reqs in GRAMPIAN_SECTIONS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, v in enumerate(hdr):
            set_cell(t.rows[0].cells[j], v, bold=True, color="FFFFFF")
            shade(t.rows[0].cells[j], "004785")
        for req, actions in reqs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, req, bold=True)
            shade(m, "DEEAF6")
            for no, act, when, resp, prog, rag in actions:
                cells = t.add_row().cells
                for j, v in enumerate((no, act, when, resp, prog, rag)):
                    set_cell(cells[j], v)
                shade(cells[5], RAG_DOCX[rag])
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for j, v in enumerate(("Name", "Designation", "Signature", "Date")):
        set_cell(t.rows[0].cells[j], v, bold=True, size=10)
    for j, v in enumerate(("Alison Reid", "Executive Nurse Director", "Signed electronically", "20 June 2025")):
        set_cell(t.rows[1].cells[j], v, size=10)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Tees, Esk and Wear Valleys NHS FT - PSII safety action plan (docx)
# ---------------------------------------------------------------------------
TEWV_FILE = "zor-tees-esk-and-wear-valleys-nhsft-psii-inpatient-observation-safety-action-plan.docx"
TEWV_TITLE = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
TEWV_AREAS = [
    ("Area for improvement 1: Handover of observation and engagement levels",
     "SR1 – The Trust should ensure that each patient’s observation and engagement level, and the rationale for "
     "it, is handed over at every change of observer and at every shift handover.", [
        ("SA1.1", "Revise the observation and engagement record so that the current level, the rationale and "
                  "any specific risks are on a single page carried by the observer.",
         "Nurse Consultant for Observation and Engagement", "31/05/2025",
         "Monthly audit of 10 records per ward shows 95% completion", "Complete"),
        ("SA1.2", "Introduce a structured change-over between observers using the SBAR format, and add it to "
                  "the ward safety huddle.",
         "Ward Manager / Modern Matron", "30/06/2025",
         "Spot checks by Modern Matron at two huddles a week", "Complete"),
        ("SA1.3", "Add observation handover to the annual clinical skills update for registered nurses and "
                  "healthcare assistants in adult mental health inpatient services.",
         "Head of Nursing Education", "Q3 2025/26",
         "Training compliance above 85% by March 2026", "On track"),
    ]),
    ("Area for improvement 2: Ligature risk assessment of en-suite bathrooms",
     "SR2 – The Trust should assure itself that environmental ligature risk assessments identify and mitigate "
     "anchor points in en-suite bathrooms on adult acute wards.", [
        ("SA2.1", "Complete a re-survey of all en-suite bathrooms on adult acute wards at Roseberry Park "
                  "Hospital, West Park Hospital and Foss Park Hospital.",
         "Head of Estates and Facilities Management", "July 2025",
         "Re-survey report received by the Environmental Risk Group", "Complete"),
        ("SA2.2", "Replace the door closers and shower fittings identified in the re-survey with anti-ligature "
                  "alternatives, prioritised by risk score.",
         "Head of Estates and Facilities Management", "31/01/2026",
         "All high-risk fittings replaced; residual risks on the ward risk registers", "Delayed (amber)"),
        ("SA2.3", "Update the Trust environmental risk assessment procedure so that en-suite areas are assessed "
                  "separately from the bedroom.",
         "Head of Patient Safety", "30/09/2025",
         "Procedure approved at Patient Safety Group", "Complete"),
    ]),
    ("Area for improvement 3: Involving families and carers in risk formulation",
     "SR3 – The Trust should ensure that families and carers are invited to contribute to risk formulation on "
     "admission and at each review.", [
        ("SA3.1", "Add a prompt for family and carer contribution to the admission risk formulation in CITO.",
         "Clinical Systems Lead", "December 2025",
         "Quarterly report of completed prompts", "On track"),
        ("SA3.2", "Carers’ champions on each adult acute ward to contact the named carer within 72 hours of "
                  "admission.",
         "Modern Matron", "Ongoing",
         "Carer contact recorded for 80% of admissions", "On track"),
        ("SA3.3", "Repeat the Triangle of Care self-assessment for adult acute wards and report the results to "
                  "the Patient and Carer Experience Group.",
         "Carers Lead & Head of Patient Experience", "March 2026",
         "Self-assessment scores improved from the 2024 baseline", "Not started"),
    ]),
]


def build_tewv(path):
    doc = docx.Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Tees, Esk and Wear Valleys NHS Foundation Trust")
    r.bold = True
    r.font.color.rgb = RGBColor.from_string("005EB8")
    doc.add_heading(TEWV_TITLE, level=1)
    info = [("Investigation title", "Self-harm during intermittent observations on an adult acute inpatient ward"),
            ("Incident reference", "PSII 2025/004"),
            ("Date of incident", "02/01/2025"),
            ("Location", "Adult acute inpatient ward, Roseberry Park Hospital, Middlesbrough"),
            ("Executive sponsor", "Chief Nurse"),
            ("Approved", "Patient Safety Oversight Group, 26 March 2025"),
            ("Plan last reviewed", "01/10/2025")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in info:
        cells = t.add_row().cells
        set_cell(cells[0], a, bold=True, size=10)
        shade(cells[0], "D9E2F3")
        set_cell(cells[1], b, size=10)
    doc.add_paragraph()
    doc.add_paragraph("The investigation identified three areas for improvement. Each has a safety "
                      "recommendation and the safety actions agreed with the care group. Progress is reviewed "
                      "monthly at the Care Group Patient Safety Meeting.")
    doc.add_paragraph("Status: Complete | On track | Delayed (amber) | Not started")
    hdr = ("Ref", "Safety action", "Action owner", "Due by", "How we will know it has worked", "Status")
    widths = [Cm(1.5), Cm(8.5), Cm(4.5), Cm(2.5), Cm(6.0), Cm(2.2)]
    for heading, rec, actions in TEWV_AREAS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        m = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(m, rec, bold=True)
        shade(m, "FFF2CC")
        cells = t.add_row().cells
        for j, v in enumerate(hdr):
            set_cell(cells[j], v, bold=True)
            shade(cells[j], "D9E2F3")
        for a in actions:
            cells = t.add_row().cells
            for j, v in enumerate(a):
                set_cell(cells[j], v)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        doc.add_paragraph()
    doc.add_paragraph("Plan owner: Care Group Director of Nursing. Shared with the patient’s family on "
                      "2 April 2025.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. University Hospitals of North Midlands - CQC must/should do export (csv)
# ---------------------------------------------------------------------------
UHNM_FILE = "zor-university-hospitals-of-north-midlands-cqc-must-should-do-action-plan-export.csv"
UHNM_TITLE = "University Hospitals of North Midlands NHS Trust – CQC Inspection Action Plan (Must Do / Should Do)"
UHNM_HEADER = ["Action ID", "Service area", "Regulation", "CQC requirement", "Action", "Accountable lead",
               "Due date", "Revised due date", "RAG status", "Latest update", "Last updated"]
UE_RS = "Urgent and emergency care – Royal Stoke University Hospital"
MED_CH = "Medical care (including older people's care) – County Hospital"
MD1 = ("The trust must ensure that patients in the emergency department have their pain assessed and are "
       "given pain relief in a timely way.")
UHNM_ROWS = [
    ["MD1.1", UE_RS, "Regulation 12", MD1,
     "Introduce a nurse-initiated analgesia patient group direction for ED triage nurses and audit time to "
     "analgesia monthly.",
     "Associate Chief Nurse – Emergency Portfolio", "31/07/2025", "", "Blue - Complete",
     "PGD approved by Medicines Optimisation Group 02/07/25.\nAudit: median time to analgesia 38 minutes "
     "(baseline 71).", "12/09/2025"],
    ["MD1.2", UE_RS, "Regulation 12", MD1,
     "Add pain score re-assessment to the hourly ED safety checklist on Nerve Centre.",
     "ED Matron", "31/08/2025", "30/11/2025", "Amber - Some slippage",
     "Nerve Centre build delayed by supplier release; new date agreed at Divisional Governance.", "29/09/2025"],
    ["MD2.1", UE_RS, "Regulation 12",
     "The trust must ensure that patients at risk of deterioration who are cared for in the emergency "
     "department corridor are monitored in line with trust policy.",
     "1. Create a dedicated corridor care nurse role on every shift.\n2. Implement two-hourly NEWS2 "
     "observations for all corridor patients, with compliance reported daily at the site safety huddle.",
     "Deputy Chief Nurse; Clinical Director for Emergency Medicine", "30/09/2025", "31/12/2025",
     "Green - On track", "Corridor nurse role in place since 14/07/25. NEWS2 compliance 88% in September.",
     "01/10/2025"],
    ["MD3.1", MED_CH, "Regulation 18",
     "The trust must ensure that staff complete mandatory training, including safeguarding adults level 3, "
     "in line with trust targets.",
     "Deliver additional safeguarding adults level 3 sessions at County Hospital and monitor compliance through "
     "divisional performance reviews.",
     "Head of Safeguarding", "31/12/2025", "", "Green - On track",
     "Compliance 79% at 30/09/25 (target 90%). Six extra sessions booked for Q3.", "02/10/2025"],
    ["MD3.2", MED_CH, "Regulation 11",
     "The trust must ensure that mental capacity assessments are completed and recorded in patients' records.",
     "Launch an MCA documentation template in the electronic patient record and deliver ward-based MCA training.",
     "Named Nurse for Adult Safeguarding / Mental Capacity Act Lead", "31/10/2025", "31/03/2026",
     "Red - Off track",
     "EPR template not yet built – awaiting Digital Design Authority slot.\nEscalated to Quality Governance "
     "Committee.", "30/09/2025"],
    ["SD1", "Maternity – Royal Stoke University Hospital", "",
     "The trust should ensure that the maternity triage service uses the Birmingham Symptom-specific Obstetric "
     "Triage System (BSOTS) consistently.",
     "Embed BSOTS with a 15-minute initial assessment standard and report a monthly audit to the Maternity "
     "Governance Group.",
     "Director of Midwifery", "Q3 2025/26", "", "Green - On track",
     "81% of women assessed within 15 minutes in September.", "03/10/2025"],
    ["SD2", "Surgery – Royal Stoke University Hospital", "",
     "The trust should ensure that theatre staff consistently complete all five steps to safer surgery.",
     "Carry out a quarterly observational audit of the WHO safer surgery checklist in every theatre.",
     "Theatre Manager", "Quarterly", "", "Green - On track",
     "Q2 audit completed; 96% full compliance.", "06/10/2025"],
    ["SD3", MED_CH, "",
     "The trust should ensure that patients' nutrition and hydration needs are assessed and recorded.",
     "Relaunch the red tray and red jug scheme on Wards 1 and 7 and audit MUST completion.",
     "Lead Dietitian & Senior Sister Ward 7", "30/06/2025", "", "Blue - Complete",
     "Relaunched May 2025; MUST completion 93% in June audit.", "04/07/2025"],
    ["SD4", "Urgent and emergency care – County Hospital", "",
     "The trust should ensure that the children's waiting area in the emergency department is secure and "
     "separate from adults.",
     "Install access control to the paediatric waiting area in County Hospital ED.",
     "Director of Estates", "28/02/2026", "", "Not started",
     "Capital bid approved 15/09/25; works to be scheduled.", "22/09/2025"],
]


def build_uhnm(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([UHNM_TITLE])
        w.writerow(["Report generated 06/10/2025 09:14 by Quality Governance Team"])
        w.writerow([])
        w.writerow(UHNM_HEADER)
        for r in UHNM_ROWS:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 7. Caring Hands Homecare (Enniskillen) - RQIA QIP tracker (tab-separated txt)
# ---------------------------------------------------------------------------
CARING_FILE = ("zor-caring-hands-homecare-enniskillen-rqia-domiciliary-care-agency-quality-improvement-plan"
               ".txt")
CARING_TITLE = "Caring Hands Homecare (Enniskillen) – RQIA Quality Improvement Plan: progress tracker"
CARING_REGS = "Action required to ensure compliance with The Domiciliary Care Agencies Regulations (Northern Ireland) 2007"
CARING_STDS = "Action required to ensure compliance with the Domiciliary Care Agencies Minimum Standards, 2021"
# (no, ref, stated, area, action lines, by whom, when, status)
CARING_ROWS = [
    ("section", CARING_REGS),
    ("R1", "Regulation 13 (d)", "Second time",
     "The registered person shall ensure that no domiciliary care worker is supplied by the agency unless full "
     "and satisfactory information is available in relation to them in respect of each of the matters "
     "specified in Schedule 3.",
     ["Recruitment checklist revised so that a start date cannot be entered on the rota system until the "
      "Registered Manager has signed off all Schedule 3 checks, including a full employment history with gaps "
      "explained."],
     "Registered Manager", "Immediate and ongoing", "Complete"),
    ("R2", "Regulation 16 (2) (a)", "First time",
     "The registered person shall ensure that each employee receives training appropriate to the work they are "
     "to perform, including training on the IDDSI framework for modified diets.",
     ["IDDSI awareness training for all care staff through the NISCC e-learning module, followed by a "
      "practical session with the Western HSC Trust speech and language therapist."],
     "Training Officer / Registered Manager", "31 December 2025", "On track"),
    ("R3", "Regulation 23 (1)", "First time",
     "The registered person shall establish and maintain a system for evaluating the quality of the services "
     "which the agency arranges to be provided. Monthly quality monitoring reports must include the views of "
     "service users and their relatives.",
     ["Monthly quality monitoring template updated to include telephone feedback from at least five service "
      "users or relatives each month.",
      "Reports for October and November 2025 available for inspection."],
     "Responsible Individual", "30 November 2025", "Complete"),
    ("section", CARING_STDS),
    ("S1", "Standard 5.2", "First time",
     "The registered person shall ensure that service users' care plans are kept up to date and reflect any "
     "changes to their assessed needs, including changes to call times.",
     ["Care plan review schedule introduced: every care plan reviewed at least annually and within 7 days of "
      "any change notified by the Trust care manager."],
     "Care Co-ordinators", "28 February 2026", "On track"),
    ("S2", "Standard 13.3", "First time",
     "The registered person shall ensure that staff receive supervision in line with the agency's procedures "
     "and at least every six months.",
     ["Supervision matrix set up. Overdue supervisions being completed by the Registered Manager and the two "
      "senior carers who have completed supervision training."],
     "Registered Manager; Senior Carers", "Jan-26", "Amber"),
    ("S3", "Standard 15.5", "First time",
     "The registered person shall ensure that all complaints, including those made by telephone, are recorded "
     "together with the action taken and the outcome.",
     ["Complaints log moved onto the care management system; office staff briefed at the team meeting on "
      "20 October 2025."],
     "Office Manager", "October 2025", "Complete"),
]
CARING_HEADER = ["No.", "Ref", "Stated", "Area for improvement", "Action taken / planned", "By whom",
                 "To be completed by", "Status"]


def caring_lines():
    lines = [CARING_TITLE,
             "Domiciliary care agency – unannounced care inspection 9 and 10 September 2025 (Inspection ID "
             "IN048213)",
             "QIP returned to RQIA 14 October 2025. Tracker updated 2 December 2025 by the Registered Manager.",
             "",
             "\t".join(CARING_HEADER)]
    for row in CARING_ROWS:
        if row[0] == "section":
            lines.append(row[1])
            continue
        no, ref, stated, area, act, who, when, status = row
        lines.append("\t".join([no, ref, stated, area, act[0], who, when, status]))
        for extra in act[1:]:
            lines.append("\t".join(["", "", "", "", extra, "", "", ""]))
    lines += ["",
              "Status key: Complete = action finished and evidence held; On track = progressing to plan; "
              "Amber = behind schedule",
              "Signed: Registered Manager\tDate: 02/12/2025"]
    return lines


def build_caring(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(caring_lines()) + "\n")


BUILDERS = [
    (FRIMLEY_FILE, build_frimley),
    (DUDLEY_FILE, build_dudley),
    (TREGARON_FILE, build_tregaron),
    (GRAMPIAN_FILE, build_grampian),
    (TEWV_FILE, build_tewv),
    (UHNM_FILE, build_uhnm),
    (CARING_FILE, build_caring),
]

if __name__ == "__main__":
    for name, fn in BUILDERS:
        assert name.startswith("zor-")
        fn(os.path.join(HERE, name))
        print("wrote", name)
