#!/usr/bin/env python
"""Build the seven zpd- blind test files (set heldout721).

Run with /work/main/.venv/bin/python zpd_make.py (writes beside this script).
Every data file is rebuilt from the tables below; the expected readings are
written by zpd_expected.py from the same text so the two cannot drift apart.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "B": "0070C0",   # blue
    "G": "00B050",   # green
    "A": "FFC000",   # amber
    "R": "FF0000",   # red
    "navy": "1F3864",
    "head": "D9E1F2",
    "grey": "EDEDED",
}


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Royal Surrey NHSFT - PSII safety action plan (xlsx)
# ---------------------------------------------------------------------------
PSII_FILE = "zpd-royal-surrey-nhsft-psii-delayed-follow-up-of-abnormal-ct-result-safety-action-plan.xlsx"
PSII_AFI = [
    ("AFI 1 – CT results requested in the Emergency Department that are reported after the patient "
     "has been discharged are not reliably routed to a named clinician for review.", [
        ("SA1.1",
         "Configure the electronic patient record so that any radiology report issued after ED discharge "
         "is sent to the ED consultant results in-tray with a 72-hour acknowledgement flag.",
         "Chief Clinical Information Officer / ED Clinical Lead", D(2025, 7, 31), D(2025, 10, 31),
         "% of post-discharge radiology reports acknowledged within 72 hours (audit of 30 reports per month)",
         "Digital Clinical Safety Group",
         "Build complete in the test environment. Go-live moved to October to align with the EPR upgrade window.",
         "A"),
        ("SA1.2",
         "Introduce a daily ED ‘results review’ session covered by a named consultant, with the session "
         "recorded on the medical rota.",
         "ED Clinical Lead", D(2025, 6, 30), None,
         "Results review session shown on rota for 100% of days",
         "Emergency Care Governance Meeting",
         "Daily results review in place since 2 June 2025; rota template updated.",
         "B"),
        ("SA1.3",
         "Audit compliance with the daily results review for three consecutive months and report the "
         "findings to the Emergency Care Governance Meeting.",
         "ED Governance Lead", D(2025, 11, 30), None,
         "Audit report received by the governance meeting",
         "Emergency Care Governance Meeting",
         "July and August audits complete (97% and 100%); September audit under way.",
         "G"),
    ]),
    ("AFI 2 – Radiology’s process for alerting unexpected significant findings relies on a telephone "
     "call that is not recorded and has no failsafe when the referrer cannot be reached.", [
        ("SA2.1",
         "Implement an ‘unexpected significant findings’ alert within the radiology information system, "
         "with automatic escalation to the duty radiologist after 24 hours.",
         "Clinical Director for Radiology", D(2025, 9, 30), D(2025, 12, 31),
         "Number of unacknowledged alerts escalated each month",
         "Radiology Quality and Safety Meeting",
         "Supplier change request raised; testing scheduled for November 2025.",
         "A"),
        ("SA2.2",
         "Update the Communication of Critical and Unexpected Radiology Findings policy to set out the "
         "escalation route when the referring team cannot be contacted.",
         "Radiology Governance Lead", D(2025, 7, 31), None,
         "Policy ratified and published on the intranet",
         "Clinical Policy Group",
         "Policy ratified at Clinical Policy Group on 24 July 2025.",
         "B"),
    ]),
    ("AFI 3 – The patient was not told that a result was still outstanding, so had no prompt to seek "
     "follow-up.", [
        ("SA3.1",
         "Amend the ED discharge letter template to list any investigations with results still pending "
         "and who will contact the patient about them.",
         "ED Matron; Patient Experience Lead", D(2025, 8, 31), D(2025, 11, 30),
         "Monthly audit of 20 discharge letters",
         "Emergency Care Governance Meeting",
         "Template agreed; awaiting EPR release 25.3 in November.",
         "G"),
        ("SA3.2",
         "Co-design patient information on ‘results you are waiting for’ with the Trust’s Patient Safety "
         "Partners and make it available in ED in print and by QR code.",
         "Patient Safety Partner Lead", D(2025, 12, 31), None,
         "Leaflet available; patient feedback survey",
         "Patient Experience Group",
         "Not yet started – first co-design workshop booked for 16 October 2025.",
         None),
        ("SA3.3",
         "Share the learning from this investigation at the Trust-wide Learning from Patient Safety Events "
         "forum and in the ‘Safety Matters’ bulletin.",
         "Head of Patient Safety", "Q2 2025/26", None,
         "Learning shared; attendance recorded",
         "Patient Safety Incident Group",
         "Presented at the LfPSE forum on 11 September 2025; bulletin issue 41.",
         "B"),
    ]),
]


def make_psii(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Royal Surrey NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14, color="1F3864")
    cov["A2"] = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
    cov["A2"].font = Font(bold=True, size=12)
    rows = [
        ("PSII reference", "PSII-2025-014"),
        ("Incident", "Delayed follow-up of an abnormal CT result reported after discharge from the "
                     "Emergency Department"),
        ("LFPSE reference", "LFPSE-6618302"),
        ("Date of incident", D(2024, 11, 18)),
        ("PSII report approved", "Patient Safety Incident Group, 15 May 2025"),
        ("Executive sponsor", "Chief Medical Officer"),
        ("PSII lead", "Patient Safety Lead Investigator"),
    ]
    r = 4
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        c = cov.cell(r, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        c.alignment = WRAP
        r += 1
    r += 1
    cov.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for letter, text in [("B", "Complete – evidence of completion accepted by PSIG"),
                         ("G", "On track to deliver by target date"),
                         ("A", "Risk to delivery by target date – mitigation in place"),
                         ("R", "Off track / target date passed")]:
        c = cov.cell(r, 1, letter)
        c.fill = fill(FILL[letter])
        c.alignment = Alignment(horizontal="center")
        cov.cell(r, 2, text)
        r += 1
    r += 1
    cov.cell(r, 1, "Version control").font = Font(bold=True)
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Comment"], 1):
        c = cov.cell(r, i, h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["head"])
    for ver, d, who, com in [("0.1", D(2025, 5, 2), "Patient Safety Team", "Draft for PSIG"),
                             ("1.0", D(2025, 5, 15), "Patient Safety Team", "Approved by PSIG"),
                             ("1.3", D(2025, 9, 30), "Patient Safety Team", "Q2 progress update")]:
        r += 1
        cov.cell(r, 1, ver)
        c = cov.cell(r, 2, d)
        c.number_format = "dd/mm/yyyy"
        cov.cell(r, 3, who)
        cov.cell(r, 4, com)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 22
    cov.column_dimensions["D"].width = 22

    ws = wb.create_sheet("Safety action plan")
    ws["A1"] = "PSII-2025-014 – Delayed follow-up of an abnormal CT result – Safety Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress position as at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Area for improvement", "Ref", "Safety action", "Owner", "Target date", "Revised date",
             "Measure of effectiveness", "Oversight group", "Progress update", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for afi, acts in PSII_AFI:
        first = r
        ws.cell(r, 1, afi)
        for (ref, text, owner, target, revised, measure, group, progress, rag) in acts:
            ws.cell(r, 2, ref)
            ws.cell(r, 3, text)
            ws.cell(r, 4, owner)
            c = ws.cell(r, 5, target)
            if isinstance(target, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if revised is not None:
                c = ws.cell(r, 6, revised)
                c.number_format = "dd/mm/yyyy"
            ws.cell(r, 7, measure)
            ws.cell(r, 8, group)
            ws.cell(r, 9, progress)
            c = ws.cell(r, 10, rag)
            if rag:
                c.fill = fill(FILL[rag])
                c.alignment = Alignment(horizontal="center", vertical="top")
            for col in range(1, 11):
                cc = ws.cell(r, col)
                cc.border = BOX
                if col != 10:
                    cc.alignment = WRAP
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(first, 1).fill = fill(FILL["grey"])
        ws.cell(first, 1).font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Note: safety actions SA1.1 and SA2.1 depend on the EPR upgrade programme "
                  "(Digital Programme Board risk DPB-07).").font = Font(italic=True)
    r += 2
    ws.cell(r, 1, "Summary of safety actions").font = Font(bold=True)
    for label, n in [("Complete (B)", 3), ("On track (G)", 2), ("At risk (A)", 2),
                     ("Off track (R)", 0), ("Not started", 1), ("Total", 8)]:
        r += 1
        ws.cell(r, 1, label)
        ws.cell(r, 2, n)
    widths = [38, 8, 55, 30, 13, 13, 34, 26, 45, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    ws.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. WWL NHSFT - Quality Account priorities tracker 2025/26 (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
QA_FILE = "zpd-wrightington-wigan-leigh-nhsft-quality-account-priorities-tracker-2025-26.xlsx"
QA_PRIORITIES = [
    ("Priority 1 – Patient safety: Reduce harm from inpatient falls", [
        ("1.1", "Roll out the multifactorial falls risk assessment and care plan to all adult inpatient "
                "wards, including the Wrightington site.",
         "Associate Director of Nursing – Patient Safety", D(2025, 9, 1), "G", "B",
         "Live on all 24 adult wards from 1 September 2025."),
        ("1.2", "Hold a post-falls huddle within 24 hours of every inpatient fall with harm, with the "
                "learning recorded on the incident system.",
         "Falls Lead Nurse / Ward Managers", D(2025, 12, 1), "A", "G",
         "Huddles recorded for 88% of falls with harm in Q2 (Q1: 61%)."),
        ("1.3", "Achieve 90% compliance with lying and standing blood pressure recording on admission "
                "for patients aged 65 and over.",
         "Falls Lead Nurse", D(2026, 3, 1), "R", "A",
         "Compliance 72% in September; e-obs prompt requested."),
    ]),
    ("Priority 2 – Clinical effectiveness: Timely recognition and treatment of sepsis", [
        ("2.1", "Embed the adult sepsis screening tool in the electronic observations system so that a "
                "NEWS2 score of 5 or more prompts a sepsis screen.",
         "Chief Clinical Information Officer & Sepsis Lead", "Q3 2025/26", "G", "G",
         "Build signed off by the Digital Design Authority; go-live planned for November."),
        ("2.2", "Deliver sepsis simulation training to all registered nurses and resident doctors in the "
                "Emergency Department and the Acute Medical Unit.",
         "Practice Education Lead", "Ongoing – quarterly reporting", "G", "A",
         "Two sessions cancelled in August due to operational pressures."),
        ("2.3", "Audit time to antibiotics for patients with red flag sepsis every month and publish the "
                "results on ward quality boards.",
         "Sepsis Lead", "Monthly", "G", "G",
         "Median time to antibiotics 52 minutes (target 60)."),
    ]),
    ("Priority 3 – Patient experience: Better communication when patients leave hospital", [
        ("3.1", "Launch the ‘Ready to Go’ discharge checklist on all medical wards, including written "
                "information about medicines and who to contact.",
         "Head of Patient Experience", D(2025, 11, 30), "A", "A",
         "Live on 9 of 14 medical wards."),
        ("3.2", "Set up a text message follow-up from the discharge lounge, contacting patients within "
                "48 hours of going home.",
         "Divisional Director of Nursing – Medicine", D(2026, 3, 1), None, None,
         "Due to start in Q3 once the messaging contract is extended."),
        ("3.3", "Co-produce easy read discharge information with the Learning Disability and Autism Team "
                "and Healthwatch Wigan and Leigh.",
         "Learning Disability Nurse Consultant / Head of Patient Experience", D(2026, 1, 1), None, "G",
         "First workshop held 18 September 2025."),
    ]),
]


def make_qa(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 tracker"
    ws["A1"] = "Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=13, color="1F3864")
    ws["A2"] = "Quality Account 2025/26 – Quality Priorities Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Quarter 2 (July – September 2025) position  |  Presented to Quality and Safety Committee, "
                "22 October 2025")
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    for col, (code, label) in zip("BCDE", [("B", "Complete"), ("G", "On track"),
                                           ("A", "Partially on track / risk to delivery"),
                                           ("R", "Not on track")]):
        c = ws[f"{col}5"]
        c.value = label
        c.fill = fill(FILL[code])
        c.font = Font(bold=True, color="FFFFFF" if code in "BR" else "000000")
    ws["F5"] = "Blank = not yet due to start"
    heads = ["Ref", "Quality priority / deliverable", "Lead(s)", "Due", "Q1 RAG", "Q2 RAG",
             "Q2 progress narrative"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(7, i, h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["head"])
        c.border = BOX
        c.alignment = WRAP
    r = 8
    for prio, acts in QA_PRIORITIES:
        ws.cell(r, 1, prio)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).fill = fill(FILL["navy"])
        ws.cell(r, 1).font = Font(bold=True, color="FFFFFF")
        r += 1
        for ref, text, lead, due, q1, q2, narr in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 2, text)
            ws.cell(r, 3, lead)
            c = ws.cell(r, 4, due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd/mm/yyyy" if due.day != 1 else "mmm-yy"
            if q1:
                ws.cell(r, 5).fill = fill(FILL[q1])
            if q2:
                ws.cell(r, 6).fill = fill(FILL[q2])
            ws.cell(r, 7, narr)
            for col in range(1, 8):
                ws.cell(r, col).border = BOX
                ws.cell(r, col).alignment = WRAP
            r += 1
    r += 1
    ws.cell(r, 1, "Q2 summary").font = Font(bold=True)
    for label, n in [("Complete", 1), ("On track", 4), ("Partially on track", 3), ("Not on track", 0),
                     ("Not yet started", 1)]:
        r += 1
        ws.cell(r, 2, label)
        ws.cell(r, 3, n)
    r += 2
    ws.cell(r, 1, "Narrative updates are provided by leads and validated by the Quality Governance Team "
                  "before submission to committee.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [7, 60, 34, 16, 9, 9, 50]):
        ws.column_dimensions[col].width = w

    m = wb.create_sheet("Measures")
    m["A1"] = "Quality Account 2025/26 – How we will measure progress"
    m["A1"].font = Font(bold=True, size=12)
    mh = ["Priority", "Measure", "Baseline 2024/25", "Target 2025/26", "Q1", "Q2"]
    for i, h in enumerate(mh, 1):
        c = m.cell(3, i, h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["head"])
    meas = [
        ("1", "Inpatient falls with moderate harm or above per 1,000 occupied bed days", 0.19, 0.15, 0.17, 0.14),
        ("1", "Lying and standing blood pressure recorded within 24 hours (patients 65+)", "58%", "90%", "66%", "72%"),
        ("2", "Red flag sepsis patients receiving antibiotics within 60 minutes", "71%", "90%", "84%", "86%"),
        ("3", "Patients who felt involved in decisions about their discharge (inpatient survey)", "64%", "75%", "n/a", "69%"),
    ]
    for i, row in enumerate(meas, 4):
        for j, v in enumerate(row, 1):
            m.cell(i, j, v)
    for col, w in zip("ABCDEF", [9, 70, 16, 16, 8, 8]):
        m.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. NHS North Central London ICB - Board Assurance Framework 2025/26 (xlsx, sheet per risk)
# ---------------------------------------------------------------------------
BAF_FILE = "zpd-nhs-north-central-london-icb-board-assurance-framework-2025-26.xlsx"
BAF_RISKS = [
    {
        "sheet": "BAF01",
        "title": "BAF 01 – Urgent and emergency care flow",
        "objective": "Strategic objective: Improve timely access to high-quality urgent and emergency care for "
                     "NCL residents",
        "risk": "Risk description: If hospital discharge and community capacity do not keep pace with demand, "
                "then patients will wait longer in emergency departments, resulting in avoidable harm and "
                "failure to meet the 78% four-hour standard.",
        "owner": "Chief Performance and Delivery Officer",
        "committee": "Strategy and Development Committee",
        "scores": (20, 16, 9),
        "controls": [("C1", "NCL UEC Board with system-wide winter plan and daily operational calls"),
                     ("C2", "Care transfer hubs at each acute site (weekday service)")],
        "assurance": [("A1", "Monthly UEC performance report to Strategy and Development Committee"),
                      ("A2", "NHS England London region oversight meetings")],
        "gaps": [("G1", "Care transfer hubs do not operate at weekends"),
                 ("G2", "Insufficient step-down and virtual ward capacity for frailty")],
        "actions": [
            ("01.1", "Expand the NCL care transfer hubs to seven-day working so that pathway 1–3 discharges can "
                     "be arranged at weekends.", "G1", "Director of Urgent and Emergency Care",
             D(2025, 9, 30), D(2025, 12, 31),
             "Weekend service live at two of five acute sites; remaining sites from December.", "A"),
            ("01.2", "Commission 40 additional virtual ward (hospital at home) beds for frailty and respiratory "
                     "patients.", "G2", "Director of Urgent and Emergency Care / Place Director (Barnet)",
             D(2025, 11, 30), None, "Provider selected; 26 beds mobilised to date.", "G"),
            ("01.3", "Agree a system-wide escalation framework with the London Ambulance Service for handover "
                     "delays over 45 minutes.", "G1", "Chief Performance and Delivery Officer",
             D(2025, 6, 30), None, "Framework signed off at the UEC Board in June 2025.", "Complete"),
        ],
    },
    {
        "sheet": "BAF02",
        "title": "BAF 02 – Financial sustainability",
        "objective": "Strategic objective: Deliver a balanced financial position for the NCL system",
        "risk": "Risk description: If the system does not deliver its efficiency programme and control "
                "growth in high-cost packages, then NCL will not meet its 2025/26 financial plan, leading to "
                "regulatory intervention and reduced capacity to invest.",
        "owner": "Chief Finance Officer",
        "committee": "Finance Committee",
        "scores": (20, 16, 12),
        "controls": [("C1", "System Financial Recovery Board meeting fortnightly"),
                     ("C2", "ICB scheme of delegation and budget holder sign-off")],
        "assurance": [("A1", "Monthly finance report to Finance Committee and ICB Board"),
                      ("A2", "Internal audit review of financial controls (reasonable assurance, 2024/25)")],
        "gaps": [("G1", "Efficiency schemes not fully identified for Q4"),
                 ("G2", "Limited grip on continuing healthcare package costs")],
        "actions": [
            ("02.1", "Deliver the 2025/26 system efficiency programme of £148m, with monthly tracking of schemes "
                     "through the Financial Recovery Board.", "G1", "Chief Finance Officer",
             D(2026, 3, 31), None, "£97m delivered or fully identified at month 6.", "A"),
            ("02.2", "Complete the review of continuing healthcare packages above £3,000 per week and implement "
                     "the agreed reductions.", "G2", "Chief Nursing Officer; Director of Finance (Operational)",
             D(2025, 10, 31), D(2026, 1, 31),
             "Review 55% complete; delayed by CHC team vacancies.", "R"),
            ("02.3", "Introduce vacancy control panels across all ICB directorates to keep running costs within "
                     "the reduction target.", "G1", "Chief People Officer",
             D(2025, 7, 31), None, "Panels operating weekly since July 2025.", "Complete"),
        ],
    },
    {
        "sheet": "BAF03",
        "title": "BAF 03 – Primary care access and resilience",
        "objective": "Strategic objective: Improve access to general practice and reduce unwarranted variation",
        "risk": "Risk description: If general practice workforce and estates pressures are not addressed, "
                "then patients will find it harder to get appointments and more practices will become "
                "unstable.",
        "owner": "Chief Strategy and Population Health Officer",
        "committee": "Primary Care Contracting Committee",
        "scores": (16, 12, 8),
        "controls": [("C1", "Primary care dashboard reviewed monthly by borough teams"),
                     ("C2", "GP retention and fellowship schemes")],
        "assurance": [("A1", "Quarterly primary care access report to the Primary Care Contracting Committee")],
        "gaps": [("G1", "Variable uptake of cloud-based telephony and online triage"),
                 ("G2", "No structured support offer for practices at risk")],
        "actions": [
            ("03.1", "Roll out the modern general practice access model to all NCL practices, including "
                     "cloud-based telephony and online consultation triage.", "G1", "Director of Primary Care",
             D(2026, 3, 31), None, "81% of practices live with cloud-based telephony.", "G"),
            ("03.2", "Provide the GP resilience support offer to practices rated ‘at risk’ on the primary care "
                     "dashboard.", "G2", "Director of Primary Care", "Quarterly review", None,
             "Support packages agreed with 7 practices.", "G"),
        ],
    },
]


def make_baf(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "NHS North Central London Integrated Care Board"
    s["A1"].font = Font(bold=True, size=14, color="005EB8")
    s["A2"] = "Board Assurance Framework 2025/26"
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Version 3.0 – position at 31 October 2025 – for ICB Board, 25 November 2025"
    heads = ["BAF ref", "Principal risk", "Executive owner", "Assuring committee", "Inherent score",
             "Current score", "Target score", "Trend"]
    for i, h in enumerate(heads, 1):
        c = s.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
    trends = ["↔", "↑", "↓"]
    for i, risk in enumerate(BAF_RISKS):
        r = 6 + i
        ref, name = risk["title"].split(" – ", 1)
        vals = [ref, name, risk["owner"], risk["committee"], *risk["scores"], trends[i]]
        for j, v in enumerate(vals, 1):
            c = s.cell(r, j, v)
            c.border = BOX
            c.alignment = WRAP
        cur = risk["scores"][1]
        s.cell(r, 6).fill = fill(FILL["R"] if cur >= 15 else FILL["A"])
    s["A10"] = "Scoring: consequence × likelihood. 1–3 low; 4–6 moderate; 8–12 high; 15–25 extreme."
    s["A10"].font = Font(italic=True)
    s["A12"] = "Version history"
    s["A12"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Change"], 1):
        s.cell(13, i, h).font = Font(bold=True)
    for r, (v, d, ch) in enumerate([("1.0", D(2025, 5, 20), "BAF 2025/26 approved by ICB Board"),
                                    ("2.0", D(2025, 7, 29), "Q1 review; BAF 02 current score increased"),
                                    ("3.0", D(2025, 10, 31), "Q2 review; actions updated")], 14):
        s.cell(r, 1, v)
        c = s.cell(r, 2, d)
        c.number_format = "dd/mm/yyyy"
        s.cell(r, 3, ch)
    for col, w in zip("ABCDEFGH", [10, 40, 36, 34, 10, 10, 10, 8]):
        s.column_dimensions[col].width = w

    for risk in BAF_RISKS:
        ws = wb.create_sheet(risk["sheet"])
        ws["A1"] = risk["title"]
        ws["A1"].font = Font(bold=True, size=13, color="005EB8")
        ws["A2"] = risk["objective"]
        ws["A3"] = risk["risk"]
        ws.merge_cells("A3:H3")
        ws["A3"].alignment = WRAP
        ws.row_dimensions[3].height = 45
        ws["A4"] = "Executive owner: " + risk["owner"]
        ws["E4"] = "Committee: " + risk["committee"]
        inh, cur, tgt = risk["scores"]
        ws["A5"] = f"Scores: Inherent {inh} | Current {cur} | Target {tgt}"
        r = 7
        for label, items, colname in [("Key controls", risk["controls"], "Control"),
                                      ("Sources of assurance", risk["assurance"], "Assurance"),
                                      ("Gaps in control / assurance", risk["gaps"], "Gap")]:
            c = ws.cell(r, 1, label)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(FILL["navy"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            ws.cell(r, 1, "Ref").font = Font(bold=True)
            ws.cell(r, 2, colname).font = Font(bold=True)
            r += 1
            for ref, text in items:
                ws.cell(r, 1, ref)
                ws.cell(r, 2, text)
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
                r += 1
            r += 1
        c = ws.cell(r, 1, "Actions to address gaps")
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        ah = ["Ref", "Action", "Addresses gap", "Lead", "Original due date", "Revised due date",
              "Progress update (October 2025)", "RAG"]
        for i, h in enumerate(ah, 1):
            c = ws.cell(r, i, h)
            c.font = Font(bold=True)
            c.fill = fill(FILL["head"])
            c.border = BOX
            c.alignment = WRAP
        r += 1
        for ref, text, gap, lead, orig, rev, prog, rag in risk["actions"]:
            vals = [ref, text, gap, lead, orig, rev, prog, rag]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            code = {"Complete": "B"}.get(rag, rag)
            ws.cell(r, 8).fill = fill(FILL[code])
            r += 1
        for col, w in zip("ABCDEFGH", [8, 55, 10, 34, 13, 13, 40, 10]):
            ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Penygraig Surgery - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
HIW_FILE = "zpd-penygraig-surgery-hiw-gp-inspection-improvement-plan.docx"
HIW_SECTIONS = [
    ("Quality of Patient Experience", [
        ("Information about how to raise a concern (Putting Things Right) was not displayed in the waiting "
         "area or on the practice website.",
         "The practice must ensure that information about the NHS Wales Putting Things Right process is "
         "clearly displayed and available on the practice website.",
         "Health and Care Quality Standards (2023) – Person Centred",
         "Putting Things Right posters in English and Welsh displayed in the waiting room and both "
         "consulting corridors.\nPractice website updated with a ‘Raising a concern’ page linking to the "
         "health board’s Putting Things Right information.",
         "Practice Manager", "31 May 2025"),
        ("Patients told us they found it difficult to get through on the telephone in the morning.",
         "The practice should review its telephone access arrangements, taking account of patient feedback.",
         "Health and Care Quality Standards (2023) – Timely",
         "Call-queuing data for April to June to be reviewed with the Patient Participation Group and "
         "additional call handler cover arranged for 8am–10am on Mondays.",
         "Practice Manager / Reception Supervisor", "September 2025"),
    ]),
    ("Delivery of Safe and Effective Care", [
        ("Not all clinical staff had completed safeguarding training at the level appropriate to their role.",
         "The practice must ensure all staff complete safeguarding children and adults training at the level "
         "required for their role.",
         "Health and Care Quality Standards (2023) – Safe",
         "Training matrix reviewed; all GPs and nurses booked onto Level 3 safeguarding training through the "
         "health board.",
         "Dr Rhian Evans (Safeguarding Lead GP)", "30 June 2025"),
        ("The weekly emergency drugs check did not include the oxygen cylinder and defibrillator pads.",
         "The practice must ensure that checks of emergency equipment and drugs include all items and are "
         "recorded.",
         "Health and Care Quality Standards (2023) – Safe",
         "Weekly emergency equipment checklist amended to include oxygen level, expiry of defibrillator pads "
         "and suction.\nNominated deputy identified to cover the checks when the Lead Practice Nurse is on "
         "leave.",
         "Lead Practice Nurse", "14 March 2025"),
        ("Significant event records did not always show the learning shared with the wider practice team.",
         "The practice should ensure learning from significant events is recorded and shared with all staff.",
         "Health and Care Quality Standards (2023) – Learning, Improvement and Research",
         "Significant events added as a standing item at the monthly practice meeting, with the learning "
         "summarised in the minutes and circulated to all staff.",
         "GP Partners", "Ongoing – monthly"),
    ]),
    ("Quality of Management and Leadership", [
        ("Five members of the administrative team had not had an appraisal within the last 12 months.",
         "The practice must ensure that all staff receive an annual appraisal.",
         "Health and Care Quality Standards (2023) – Workforce",
         "Appraisal schedule agreed for all administrative staff; outstanding appraisals to be completed by "
         "the Practice Manager.",
         "Practice Manager", "31/08/2025"),
        ("Policies were not consistently version controlled or reviewed by their due date.",
         "The practice should ensure that policies and procedures are reviewed and version controlled.",
         "Health and Care Quality Standards (2023) – Leadership",
         "Policy register set up on the shared drive with review dates; overdue policies allocated to named "
         "leads for review.",
         "Practice Manager / Assistant Practice Manager", "December 2025"),
    ]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def make_hiw(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Penygraig Surgery – Improvement Plan", style="Title")
    doc.add_paragraph("Healthcare Inspectorate Wales – announced General Practice inspection")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service:", "Penygraig Surgery"),
                 ("Health board:", "Cwm Taf Morgannwg University Health Board"),
                 ("Date of inspection:", "11 March 2025"),
                 ("Date improvement plan submitted:", "28 April 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our inspection. "
                      "Due to the impact/potential impact on patient care and treatment these concerns needed "
                      "to be addressed straight away, during the inspection.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Immediate concerns identified",
                                      "Impact/potential impact on patient care and treatment",
                                      "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    row = t.add_row().cells
    for c, v in zip(row, ["Several out-of-date single-use items were found in the treatment room.",
                          "Patients could be treated with equipment that is no longer sterile.",
                          "This was raised with the practice manager on the day.",
                          "All out-of-date items were removed and a monthly stock check was introduced "
                          "immediately."]):
        set_cell(c, v)

    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("Service: Penygraig Surgery")
    doc.add_paragraph("Date of inspection: 11 March 2025")
    doc.add_paragraph("No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service: Penygraig Surgery")
    doc.add_paragraph("Date of inspection: 11 March 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where "
                      "we require the service to complete an improvement plan telling us about the actions "
                      "they are taking to address these areas.")
    heads = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
             "Responsible officer", "Timescale"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    for section, rows in HIW_SECTIONS:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[5])
        set_cell(merged, section, bold=True)
        shade(merged, "F2F2F2")
        for finding, needed, std, action, officer, when in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [finding, needed, std, action, officer, when]):
                set_cell(c, v)

    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is actioned.")
    doc.add_heading("Service representative", level=3)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Name (print):", "Sian Morgan"), ("Job role:", "Practice Manager"),
                 ("Date:", "28 April 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. NHS GGC - HIS Inverclyde Royal Hospital safe delivery of care improvement action plan (docx)
# ---------------------------------------------------------------------------
HIS_FILE = ("zpd-nhs-greater-glasgow-and-clyde-his-inverclyde-royal-hospital-safe-delivery-of-care-"
            "improvement-action-plan.docx")
HIS_DOMAINS = [
    ("Domain 2 – Leadership and culture", [
        ("Requirement 1: NHS Greater Glasgow and Clyde must ensure that staff are supported to raise concerns "
         "about patient safety and that there is a clear process for escalating and responding to these "
         "concerns.", [
            ("1.1", "Relaunch the Speak Up process at Inverclyde Royal Hospital through staff drop-in sessions "
                    "led by the Speak Up Ambassadors and the Lead Nurse.",
             "June 2025", "Lead Nurse, Inverclyde Royal Hospital",
             "Six drop-in sessions held in May and June 2025, attended by 112 staff.", "Complete"),
            ("1.2", "Add a ‘concerns raised and actions taken’ section to the daily safety huddle template, "
                    "with themes reported monthly to the Site Leadership Team.",
             "August 2025", "Site Director / Lead Nurse",
             "Template updated; monthly theme report started in September 2025.", "Complete"),
        ]),
    ]),
    ("Domain 4.1 – Pathways, procedures and policies", [
        ("Requirement 2: NHS Greater Glasgow and Clyde must ensure that patient care records, including fluid "
         "balance and food charts, are accurately and consistently completed.", [
            ("2.1", "Introduce weekly documentation audits using the Excellence in Care measures on all adult "
                    "inpatient wards, with results discussed at ward safety briefs.",
             "Ongoing", "Senior Charge Nurses",
             "Audits in place on all 11 wards; fluid balance chart compliance improved from 58% to 81%.",
             "Green"),
            ("2.2", "Deliver a refresher session on fluid balance and food chart recording for registered "
                    "nurses and healthcare support workers.",
             "September 2025\nRevised: December 2025", "Practice Development Nurse",
             "Sessions delayed by winter planning; 60% of ward staff trained to date.", "Amber"),
        ]),
        ("Requirement 3: NHS Greater Glasgow and Clyde must ensure that the care environment and patient "
         "equipment are clean and ready for use.", [
            ("3.1", "Agree a revised domestic services schedule for the emergency department and the acute "
                    "assessment unit, including additional evening cover.",
             "July 2025", "Facilities Manager (Domestic Services)",
             "Evening cover in place from 7 July 2025.", "Complete"),
            ("3.2", "Introduce ‘I am clean’ labelling for commodes and shared patient equipment, with spot "
                    "checks by the Infection Prevention and Control Team.",
             "31 May 2025", "Senior Charge Nurses / Infection Prevention and Control Nurse",
             "Labels in use; IPCT spot checks show 94% compliance (September 2025).", "Complete"),
        ]),
    ]),
    ("Domain 4.3 – Workforce planning", [
        ("Requirement 4: NHS Greater Glasgow and Clyde must ensure that the real-time staffing resource is "
         "used consistently and that staffing risks are recorded and escalated in line with the Health and "
         "Care (Staffing) (Scotland) Act 2019.", [
            ("4.1", "Provide training on the real-time staffing resource for all nurses in charge and include "
                    "its use in the site safety huddle.",
             "November 2025", "Associate Nurse Director",
             "Training in progress; 70% of nurses in charge trained.", "Green"),
            ("4.2", "Report compliance with real-time staffing assessments and escalations quarterly to the "
                    "Acute Services Committee.",
             "Quarterly", "Director of Nursing, Acute Services",
             "Data extraction from SafeCare not yet available; escalated to eHealth.", "Red"),
        ]),
    ]),
]


def make_his(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Inverclyde Royal Hospital – Improvement Action Plan", style="Title")
    doc.add_paragraph("Healthcare Improvement Scotland unannounced safe delivery of care inspection")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("NHS board", "NHS Greater Glasgow and Clyde"),
                 ("Hospital", "Inverclyde Royal Hospital, Greenock"),
                 ("Date of inspection", "4–6 March 2025"),
                 ("Report published", "19 June 2025"),
                 ("Action plan owner", "Chief Operating Officer, Acute Services"),
                 ("Progress reported to", "Acute Services Committee"),
                 ("Version", "v2 – progress update, 31 October 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "E7E6F7")
        set_cell(row[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action delivered and evidence held; Green – on track; "
                      "Amber – some delay, expected to complete within revised timescale; Red – not on track.")
    heads = ["Ref", "Action planned", "Timescale to meet action", "Responsibility for taking action",
             "Progress to date", "Status"]
    colour = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for domain, reqs in HIS_DOMAINS:
        doc.add_heading(domain, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "3F3F8F")
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for req, acts in reqs:
            cells = t.add_row().cells
            merged = cells[0].merge(cells[5])
            set_cell(merged, req, bold=True)
            shade(merged, "E7E6F7")
            for ref, text, when, who, prog, status in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, when, who, prog, status]):
                    set_cell(c, v)
                shade(cells[5], colour[status])
        doc.add_paragraph("")
    doc.add_heading("NHS board contact", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Name", "Fiona MacLeod"), ("Job title", "Site Director, Inverclyde Royal Hospital"),
                 ("Email", "irh.improvement@ggc.scot.nhs.uk"),
                 ("Signed off by", "Chief Operating Officer, Acute Services – 3 November 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Locala Health and Wellbeing - CQC must do / should do action plan (csv) - REFUSE
# ---------------------------------------------------------------------------
CQC_CSV_FILE = ("zpd-locala-health-and-wellbeing-cqc-community-health-must-should-do-action-plan-"
                "typo-month-refuse.csv")
CQC_CSV_HEAD = ["Ref", "Type", "Core service", "Regulation", "What CQC told us", "Action we will take",
                "Action owner", "Target date", "Status", "Progress update"]
ADULTS = "Community health services for adults"
CYP = "Community health services for children, young people and families"
CQC_CSV_ROWS = [
    ["MD1", "Must do", ADULTS, "Reg 12 Safe care and treatment",
     "The provider must ensure that pressure ulcer risk assessments are completed and reviewed for all "
     "patients on district nursing caseloads.",
     "Make the Purpose T risk assessment a mandatory template in SystmOne with an automated review reminder "
     "at 28 days.", "Head of Adult Community Nursing", "31/07/2025", "Complete",
     "Template live from 1 July 2025; August audit 93% compliant."],
    ["MD2", "Must do", ADULTS, "Reg 18 Staffing",
     "The provider must ensure there are enough suitably qualified staff in the district nursing teams.",
     "Complete the safer staffing review for district nursing teams using the CNSST tool and present the "
     "recommendations to the Executive Team.", "Director of Nursing and Quality", "Sep-25", "Amber",
     "Data collection complete; Executive Team paper deferred to October."],
    ["MD3", "Must do", CYP, "Reg 17 Good governance",
     "The provider must ensure that school nursing caseloads are reviewed and that safeguarding supervision "
     "is recorded.",
     "Introduce a caseload review tool for school nursing and audit the recording of safeguarding "
     "supervision every month.", "Head of 0-19 Services", "31/10/2025", "Green",
     "Tool in use in 4 of 6 localities."],
    ["SD1", "Should do", ADULTS, "Reg 9 Person-centred care",
     "The provider should ensure that care plans reflect patients’ own goals and preferences.",
     "Add a ‘what matters to me’ section to the district nursing care plan and check its use in the monthly "
     "record-keeping audit.", "Clinical Effectiveness Lead", "Dec-25", "Green",
     "Section added; audit questions updated."],
    ["SD2", "Should do", ADULTS, "Reg 17 Good governance",
     "The provider should ensure that learning from incidents is shared with all teams.",
     "Publish a monthly ‘Learning Matters’ briefing and add learning from incidents to the agenda of every "
     "team meeting.", "Head of Patient Safety", "Novmber 2025", "Green",
     "First briefing issued September 2025."],
    ["SD3", "Should do", CYP, "Reg 12 Safe care and treatment",
     "The provider should ensure that medicines used by the community children’s nursing team are stored at "
     "the right temperature.",
     "Install data-logging fridge thermometers at both bases and add fridge checks to the weekly base "
     "checklist.", "Community Children’s Nursing Team Leader", "30/09/2025", "Complete",
     "Thermometers installed 12 August 2025."],
    ["SD4", "Should do", CYP, "Reg 18 Staffing",
     "The provider should ensure that all staff complete mandatory training, including Oliver McGowan "
     "training.",
     "Produce monthly mandatory training compliance reports by team and agree recovery plans where "
     "compliance is below 90%.", "Head of 0-19 Services / Learning and Development Manager", "Jan-26",
     "Not started", "Reporting to start once the new learning system goes live."],
]


def make_cqc_csv(path):
    width = len(CQC_CSV_HEAD)
    lines = [
        ["Locala Health and Wellbeing CIC – CQC Action Plan (Must do / Should do)"],
        ["Core services inspected: " + ADULTS + "; " + CYP],
        ["Inspection: 4–6 February 2025. Report published: 2 May 2025. Position at 30 September 2025."],
        [],
        CQC_CSV_HEAD,
        *CQC_CSV_ROWS,
        [],
        ["Total actions: 7 (Must do 3; Should do 4). Complete 2; Green 3; Amber 1; Not started 1."],
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln + [""] * (width - len(ln)) if ln else [""] * width)


# ---------------------------------------------------------------------------
# 7. Barchester - Oakhurst Grange Care Home CQC inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
TXT_FILE = "zpd-barchester-oakhurst-grange-care-home-cqc-inspection-action-plan.txt"
TXT_HEAD = ["No.", "Issue identified by CQC", "Action to be taken", "By whom", "By when", "RAG",
            "Comments / evidence"]
TXT_SECTIONS = [
    ("SAFE – Regulation 12: Safe care and treatment", [
        ["1", "Risks associated with people’s diabetes were not always assessed; care plans lacked guidance "
              "on the signs of hypo- and hyperglycaemia.",
         "Review all care plans for people living with diabetes and add individual guidance on blood glucose "
         "ranges and the action to take.", "Clinical Lead", "31/05/2025", "G",
         "All 6 diabetic care plans reviewed 28/05/2025."],
        ["2", "", "Deliver diabetes awareness training to all nurses and senior carers.",
         "Clinical Lead / Deputy Manager", "30/06/2025", "G",
         "Training delivered by community diabetes nurse 17/06/2025."],
        ["3", "Thickened fluids were not always prepared in line with speech and language therapy (SALT) "
              "guidance.",
         "Place IDDSI level guidance in each kitchenette and complete competency checks for all care staff "
         "who serve drinks.", "Home Manager", "31/07/25", "A", "32 of 41 competency checks complete."],
    ]),
    ("EFFECTIVE – Regulation 11: Need for consent", [
        ["4", "Mental capacity assessments were not always decision-specific, including for the use of sensor "
              "mats.",
         "Complete decision-specific mental capacity assessments and best interest decisions for all residents "
         "using sensor mats or bed rails.", "Deputy Manager", "31/08/2025", "A",
         "12 of 18 completed; remaining residents prioritised."],
        ["5", "", "Arrange MCA and DoLS refresher training through the Barchester learning platform for all "
                  "nurses.", "Home Manager", "September 2025", "G",
         "All nurses completed the module by 12/09/2025."],
    ]),
    ("WELL-LED – Regulation 17: Good governance", [
        ["6", "Audits had not identified the shortfalls found at this inspection.",
         "Hold a monthly clinical governance meeting chaired by the Home Manager to review audit findings and "
         "track actions to completion.", "Home Manager", "Monthly – ongoing", "A",
         "Meetings held May to August; terms of reference awaiting sign-off."],
        ["7", "", "Regional Director to complete a quality assurance visit and validate the home’s audit "
                  "scores.", "Regional Director", "31/10/2025", "R", "Visit rescheduled from August due to leave."],
        ["8", "Staff supervisions were overdue for 40% of care staff.",
         "Produce a supervision matrix, complete all overdue supervisions and then maintain two-monthly "
         "supervision.", "Deputy Manager / Unit Leads", "30/09/2025", "R", "64% up to date at 15/09/2025."],
    ]),
]


def txt_lines():
    n = len(TXT_HEAD)
    out = [
        "Barchester Healthcare",
        "Oakhurst Grange Care Home – CQC Inspection Action Plan",
        "Inspection: 8 and 9 April 2025 (report published 3 June 2025) – Overall rating: Requires improvement",
        "Prepared by: Home Manager\tReviewed by: Regional Director\tLast updated: 15/09/2025",
        "Key: R = behind schedule   A = in progress   G = completed",
        "",
        "\t".join(TXT_HEAD),
    ]
    for section, rows in TXT_SECTIONS:
        out.append(section + "\t" * (n - 1))
        for row in rows:
            out.append("\t".join(row))
    out += [
        "",
        "Summary: 8 actions – G 3, A 3, R 2",
        "Action plan submitted to CQC through the provider portal on 24/06/2025.",
    ]
    return out


def make_txt(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(txt_lines()) + "\n")


def main():
    make_psii(os.path.join(HERE, PSII_FILE))
    make_qa(os.path.join(HERE, QA_FILE))
    make_baf(os.path.join(HERE, BAF_FILE))
    make_hiw(os.path.join(HERE, HIW_FILE))
    make_his(os.path.join(HERE, HIS_FILE))
    make_cqc_csv(os.path.join(HERE, CQC_CSV_FILE))
    make_txt(os.path.join(HERE, TXT_FILE))
    print("wrote 7 files to", HERE)


if __name__ == "__main__":
    main()
