"""Build the seven zrp- blind test files (set heldout701).

Run with: /work/main/.venv/bin/python zrp_make.py
Writes only files whose names start with "zrp-" in this script's folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zrp-")
    return os.path.join(HERE, name)


# colours
BLUE = "5B9BD5"
GREEN = "70AD47"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"
PALE = "DDEBF7"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. BSMHFT PSII safety action plan (xlsx, two sheets, vertical merges,
#    fill-only RAG, original + revised dates)
# ---------------------------------------------------------------------------
def make_bsmhft():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 40
    ws["A1"] = "Birmingham and Solihull Mental Health NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12, color=NAVY)
    ws["A2"] = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    info = [
        ("PSII reference", "PSII-2024-017"),
        ("Incident type", "Unexpected death of a community patient (suspected suicide)"),
        ("Service / team", "Home Treatment Team (East) and Small Heath Community Mental Health Team"),
        ("Date of incident", d(2024, 6, 22)),
        ("PSII report approved", "Patient Safety Learning Group, 16 January 2025"),
        ("Executive lead", "Executive Director of Nursing"),
        ("Plan owner", "Associate Director of Patient Safety"),
        ("Last updated", "30 May 2025"),
    ]
    r = 4
    for k, v in info:
        ws.cell(r, 1, k).font = Font(bold=True)
        c = ws.cell(r, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for colour, word, meaning in [
        (BLUE, "Blue", "Complete – evidence received and signed off by the Patient Safety Learning Group"),
        (GREEN, "Green", "On track to deliver by the target date"),
        (AMBER, "Amber", "At risk of missing the target date – mitigation in place"),
        (RED, "Red", "Overdue / not progressing"),
    ]:
        ws.cell(r, 1, word).fill = fill(colour)
        ws.cell(r, 2, meaning)
        r += 1
    r += 1
    ws.cell(r, 1, "Version control").font = Font(bold=True)
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True)
        c.border = BOX
    r += 1
    for row in [
        ("0.1", "20/01/2025", "Lead Investigator", "First draft following report sign-off"),
        ("1.0", "07/02/2025", "Associate Director of Patient Safety", "Approved by Patient Safety Learning Group"),
        ("1.3", "30/05/2025", "Patient Safety Team", "May 2025 progress update"),
    ]:
        for i, v in enumerate(row, 1):
            ws.cell(r, i, v).border = BOX
        r += 1

    ws = wb.create_sheet("Safety action plan")
    widths = [34, 40, 6, 48, 28, 30, 12, 12, 44, 7]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "PSII-2024-017 – Safety action plan (progress at 30 May 2025)"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:J1")
    heads = ["Area for improvement", "Safety recommendation", "Ref", "Safety action", "Action owner",
             "Measure / evidence of completion", "Target date", "Revised date", "Progress update", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    groups = [
        ("AFI 1 – Transfer of care from the Home Treatment Team to the Community Mental Health Team",
         "SR1. The Trust should strengthen the HTT discharge procedure so that a joint review with the receiving care coordinator takes place before a patient is discharged from the Home Treatment Team.",
         [
             ("1.1", "Revise the HTT Operational Procedure to require a joint (face-to-face or virtual) discharge review with the receiving CMHT care coordinator before discharge.",
              "Clinical Director, Acute and Urgent Care", "Procedure ratified at Clinical Governance Committee",
              d(2025, 3, 31), None, "Revised procedure ratified 11 March 2025 and published on Connect.", BLUE),
             ("1.2", "Add a mandatory 'joint discharge review' field to the HTT discharge template on the electronic patient record (Rio).",
              "Head of Clinical Systems / HTT Service Manager", "Field live on Rio; screenshot and user guide",
              d(2025, 4, 30), d(2025, 7, 31), "Template change approved by the Digital Design Authority; build slipped because of the Rio upgrade freeze.", AMBER),
             ("1.3", "Audit 20 HTT discharges per quarter for evidence of a joint review, reporting results to the Acute Care Governance meeting.",
              "HTT Service Manager", "Quarterly audit report; target 90% compliance",
              d(2025, 9, 30), None, "First audit scheduled for July 2025.", GREEN),
         ]),
        ("AFI 2 – Risk formulation and safety planning",
         "SR2. The Trust should ensure that safety plans are reviewed and updated with the patient when there is a significant change in circumstances, including transfer between teams.",
         [
             ("2.1", "Deliver refreshed risk formulation and safety planning training to all Small Heath CMHT and HTT (East) clinicians.",
              "Lead Nurse for Suicide Prevention", "Training attendance of at least 85% of eligible staff",
              d(2025, 6, 30), None, "71% trained to date; further sessions booked for June.", GREEN),
             ("2.2", "Introduce a prompt in the transfer-of-care checklist requiring the safety plan to be reviewed with the patient within 72 hours of transfer.",
              "Head of Nursing (Community) / Patient Safety Lead", "Updated checklist on Rio",
              d(2025, 2, 28), None, "Checklist updated and live from 3 February 2025.", BLUE),
             ("2.3", "Carry out a thematic review of safety plans for patients transferred from HTT to CMHTs in the six months before the incident.",
              "Patient Safety Lead (Community)", "Thematic review report to PSLG",
              d(2025, 3, 31), None, "Not yet started owing to investigator capacity; escalated to PSLG in May 2025.", RED),
         ]),
        ("AFI 3 – Involvement of families and carers",
         "SR3. The Trust should make sure that families and carers are told when care is transferred between teams and are given the contact details of the new team.",
         [
             ("3.1", "Issue a carer information letter, with the new team's contact details, whenever care transfers from HTT to a CMHT.",
              "Carer Lead, Acute and Urgent Care", "Approved letter template in use",
              d(2025, 4, 30), d(2025, 6, 30), "Letter co-produced with the Carers' Reference Group; awaiting Patient Information Group approval on 10 June.", AMBER),
             ("3.2", "Share the learning from this investigation through a 7-minute briefing and the Trust-wide Learning from Deaths forum.",
              "Associate Director of Patient Safety", "Briefing published; forum minutes",
              d(2025, 3, 31), None, "7-minute briefing published March 2025; presented at Learning from Deaths forum 8 April 2025.", BLUE),
         ]),
    ]
    r = 4
    for afi, sr, acts in groups:
        first = r
        for ref, action, owner, measure, target, revised, progress, rag in acts:
            vals = [None, None, ref, action, owner, measure, target, revised, progress, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 10).fill = fill(rag)
            r += 1
        ws.cell(first, 1, afi).font = Font(bold=True)
        ws.cell(first, 2, sr)
        for col in (1, 2):
            ws.cell(first, col).alignment = WRAP
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(r, 1, "Note: actions are closed only when evidence has been reviewed by the Patient Safety Learning Group (PSLG).").font = Font(italic=True)
    ws.freeze_panes = "A4"
    wb.save(out("zrp-birmingham-and-solihull-mental-health-nhsft-psii-community-mental-health-safety-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. NHS Humber and North Yorkshire ICB BAF (xlsx, summary + sheet per risk,
#    label/value header blocks, Q1/Q2 RAG letters)
# ---------------------------------------------------------------------------
def make_hny_baf():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "NHS Humber and North Yorkshire Integrated Care Board"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws["A2"] = "Board Assurance Framework 2025/26"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Position at end of Quarter 2 (30 September 2025) – presented to the ICB Board, 12 November 2025"
    heads = ["BAF ref", "Strategic risk", "Executive owner", "Assuring committee", "Q1 score", "Q2 score", "Target score", "Movement"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    rows = [
        ("BAF 1", "Quality and safety of commissioned services", "Chief Nurse", "Quality Committee", 16, 16, 8, "↔"),
        ("BAF 2", "Urgent and emergency care", "Chief Operating Officer", "Finance, Performance and Delivery Committee", 16, 20, 12, "↑"),
        ("BAF 3", "Financial sustainability", "Chief Finance Officer", "Finance, Performance and Delivery Committee", 20, 20, 12, "↔"),
    ]
    for r, row in enumerate(rows, 6):
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v)
            c.border = BOX
            if i in (5, 6, 7):
                c.fill = fill(RED if v >= 15 else AMBER)
    ws["A10"] = "Risk score = consequence × likelihood (5 × 5 matrix). 15–25 high (red); 8–12 moderate (amber)."
    ws["A12"] = "Action progress key"
    ws["A12"].font = Font(bold=True)
    for r, (k, txt, col) in enumerate([
        ("B", "Complete", BLUE), ("G", "On track", GREEN),
        ("A", "Some slippage / at risk", AMBER), ("R", "Off track", RED)], 13):
        ws.cell(r, 1, k).fill = fill(col)
        ws.cell(r, 2, txt)
    for col, w in zip("ABCDEFGH", [10, 44, 26, 42, 9, 9, 12, 10]):
        ws.column_dimensions[col].width = w

    risks = [
        ("BAF 1", "BAF 1 – Quality and safety of commissioned services", [
            ("Strategic objective", "Improve outcomes in population health and healthcare"),
            ("Risk description", "If the ICB does not have robust oversight of the quality of the services it commissions, then patients may come to avoidable harm and poor care may not be identified and acted upon promptly."),
            ("Executive owner", "Chief Nurse"),
            ("Assuring committee", "Quality Committee"),
            ("Risk scores (C × L)", "Initial 4 × 5 = 20 | Q1 4 × 4 = 16 | Q2 4 × 4 = 16 | Target 4 × 2 = 8"),
            ("Key controls", "System Quality Group; place quality and safety groups; PSIRF oversight arrangements; quality schedules in NHS Standard Contracts."),
            ("Gaps in control / assurance", "Quality surveillance information is not yet consistent across the six places; limited assurance on quality in independent sector providers; PSIRF learning not yet triangulated at system level."),
        ], [
            ("1.1", "Implement a single quality dashboard for all six places, drawing on the national Quality Surveillance Toolkit.",
             "Deputy Chief Nurse", "Q3 2025/26", "A", "G",
             "Dashboard tested with North Yorkshire and York places; roll-out to remaining places in November."),
            ("1.2", "Agree a quality assurance framework for independent sector providers of NHS-funded care, including a programme of quality visits.",
             "Deputy Chief Nurse; Head of Contracting", d(2025, 12, 31), "G", "A",
             "Framework drafted; visit programme delayed by a vacancy in the Quality Team."),
            ("1.3", "Establish a system PSIRF learning forum that reports themes to the Quality Committee twice a year.",
             "Associate Director of Patient Safety", d(2025, 7, 31), "G", "B",
             "Forum established; first themes report received by Quality Committee on 4 September 2025."),
        ]),
        ("BAF 2", "BAF 2 – Urgent and emergency care", [
            ("Strategic objective", "Improve access to urgent and emergency care"),
            ("Risk description", "If demand for urgent and emergency care continues to exceed capacity, then patients will experience long waits in emergency departments and delayed ambulance handovers, leading to harm and poor experience."),
            ("Executive owner", "Chief Operating Officer"),
            ("Assuring committee", "Finance, Performance and Delivery Committee"),
            ("Risk scores (C × L)", "Initial 5 × 4 = 20 | Q1 4 × 4 = 16 | Q2 5 × 4 = 20 | Target 4 × 3 = 12"),
            ("Key controls", "System UEC Board; daily system coordination centre calls; Operational Pressures Escalation Levels (OPEL) framework."),
            ("Gaps in control / assurance", "Handover delays remain above the 45-minute standard at two acute sites; community alternatives to admission are not available seven days a week in every place."),
        ], [
            ("2.1", "Deliver the 2025/26 UEC plan milestones for reducing ambulance handover delays to no more than 45 minutes.",
             "Director of Urgent and Emergency Care", "Mar-26", "A", "A",
             "Average handover time reduced to 38 minutes in September, but the 45-minute standard was not met at two acute sites."),
            ("2.2", "Expand same-day emergency care (SDEC) and urgent community response to support admission avoidance in all places.",
             "Place Director (Hull) / Place Director (East Riding)", "Ongoing", "G", "G",
             "UCR two-hour response at 78% against a 70% target."),
            ("2.3", "Review winter surge plans with each acute and community provider and test them through a system-wide exercise.",
             "Head of EPRR", d(2025, 10, 31), "G", "B",
             "System winter exercise held 7 October 2025; lessons log circulated to providers."),
        ]),
        ("BAF 3", "BAF 3 – Financial sustainability", [
            ("Strategic objective", "Make the best use of our collective resources"),
            ("Risk description", "If the system does not deliver its 2025/26 financial plan, including efficiency savings, then the ICB will not meet its statutory financial duties and may face further regulatory intervention."),
            ("Executive owner", "Chief Finance Officer"),
            ("Assuring committee", "Finance, Performance and Delivery Committee"),
            ("Risk scores (C × L)", "Initial 5 × 4 = 20 | Q1 5 × 4 = 20 | Q2 5 × 4 = 20 | Target 4 × 3 = 12"),
            ("Key controls", "Financial plan agreed with NHS England; monthly system finance reporting; investment and business case panel."),
            ("Gaps in control / assurance", "Efficiency plans are not fully identified; continuing healthcare spend is above plan."),
        ], [
            ("3.1", "Put in place a system Financial Recovery Board with monthly reporting of efficiency delivery against plan.",
             "Chief Finance Officer", "Jun-25", "B", "B",
             "Complete – board meeting monthly since June 2025."),
            ("3.2", "Complete a review of continuing healthcare spending across all places and implement the agreed recommendations.",
             "Director of Finance (Place)\nHead of All Age Continuing Care", "Q4 2025/26", "A", "R",
             "Review completed; savings from recommendations forecast at £3.1m against £6.0m planned."),
            ("3.3", "Agree a medium-term financial strategy with all NHS partners in the system.",
             "Chief Finance Officer", "TBC", None, "A",
             "Draft principles discussed at the Chief Executives' group; timetable depends on national planning guidance."),
        ]),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for sheet, title, block, acts in risks:
        ws = wb.create_sheet(sheet)
        for col, w in zip("ABCDEFG", [24, 60, 30, 13, 8, 8, 50]):
            ws.column_dimensions[col].width = w
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill("005EB8")
        ws.merge_cells("A1:G1")
        r = 3
        for k, v in block:
            ws.cell(r, 1, k).font = Font(bold=True)
            ws.cell(r, 1).fill = fill(PALE)
            ws.cell(r, 2, v).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            r += 1
        r += 1
        ws.cell(r, 1, "Actions to address gaps").font = Font(bold=True, size=12)
        r += 1
        for i, h in enumerate(["Ref", "Action", "Lead", "Due date", "Q1 RAG", "Q2 RAG", "Q2 progress update"], 1):
            c = ws.cell(r, i, h)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.border = BOX
        r += 1
        for ref, action, lead, due, q1, q2, upd in acts:
            vals = [ref, action, lead, due, q1, q2, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, v in ((5, q1), (6, q2)):
                if v:
                    ws.cell(r, col).fill = fill(rag_fill[v])
                    ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    wb.save(out("zrp-nhs-humber-and-north-yorkshire-icb-board-assurance-framework-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. SWASFT quality account priorities tracker (xlsx, domain bands, priority
#    rows, Q1/Q2 status words, key + summary block, metrics sheet)
# ---------------------------------------------------------------------------
def make_swasft():
    wb = Workbook()
    ws = wb.active
    ws.title = "QA priorities Q2"
    for col, w in zip("ABCDEFG", [7, 60, 34, 14, 15, 17, 52]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "South Western Ambulance Service NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12, color="006747")
    ws["A2"] = "Quality Account 2025/26 – Quality Priorities Progress Tracker"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reporting period: Quarter 2 (July – September 2025)   |   Reported to: Quality Committee, 23 October 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "What we will do", "Lead(s)", "Target", "Q1 status", "Q2 status", "Q2 update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
        c.alignment = WRAP
    status_fill = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER,
                   "Significant risk": RED, "Not started": GREY}
    content = [
        ("PATIENT SAFETY",
         "Priority 1: Reduce harm to patients who have fallen at home and are waiting for an ambulance response",
         [
             ("1.1", "Roll out the falls triage tool to all clinical hub staff so that fallers with no injury receive a falls response team or community partner response.",
              "Head of Clinical Hub; Falls Programme Lead", "Q2 2025/26", "On track", "Complete",
              "Tool live in all three clinical hubs from 1 August 2025."),
             ("1.2", "Increase the number of falls response vehicles operating in the evening peak (16:00–00:00) from 6 to 10.",
              "Deputy Director of Operations (North)", "Q3 2025/26", "On track", "Some slippage",
              "8 vehicles operating; recruitment to the remaining posts is under way."),
             ("1.3", "Audit the welfare call-back process for patients waiting more than one hour after a fall.",
              "Clinical Audit Manager", "Q4 2025/26", "Not started", "On track",
              "Audit protocol approved by the Clinical Audit Group in September."),
         ]),
        ("CLINICAL EFFECTIVENESS",
         "Priority 2: Improve the care of patients with suspected stroke",
         [
             ("2.1", "Achieve a mean call-to-door time of 90 minutes or less for patients with suspected stroke (Category 2).",
              "Consultant Paramedic (Stroke)", "Q4 2025/26", "Some slippage", "Some slippage",
              "Mean call-to-door time 1 hr 52 mins in September (Q1: 1 hr 58 mins)."),
             ("2.2", "Pilot video triage with the hyper-acute stroke units at Derriford and Royal United Bath hospitals.",
              "Consultant Paramedic (Stroke) / Stroke Network Clinical Lead", "Q3 2025/26", "On track", "On track",
              "Pilot began at Derriford on 15 September; RUH go-live planned for November."),
             ("2.3", "Publish monthly stroke care bundle compliance by division on the clinical dashboard.",
              "Head of Clinical Audit & Research", "Q1 2025/26", "Complete", "Complete",
              "Published monthly since May 2025."),
         ]),
        ("PATIENT EXPERIENCE",
         "Priority 3: Listen to and act on the experience of people with a learning disability and autistic people",
         [
             ("3.1", "Co-produce a reasonable adjustments flag and guidance for crews with people with lived experience.",
              "Patient Experience Lead; Learning Disability & Autism Lead", "Q3 2025/26", "On track", "On track",
              "Two co-production workshops held with Dorset People First."),
             ("3.2", "Ensure all patient-facing staff complete the Oliver McGowan Mandatory Training Tier 1.",
              "Head of Education and Training", "31 March 2026", "Some slippage", "Significant risk",
              "Tier 1 completion 54% against a 90% target; Tier 2 places limited by partner capacity."),
             ("3.3", "Add easy read feedback forms to the patient experience survey and report results quarterly.",
              "Patient Experience Lead", "Q2 2025/26", "Not started", "Some slippage",
              "Easy read forms drafted; survey platform change means launch is now expected in Q3."),
         ]),
    ]
    r = 6
    for domain, priority, acts in content:
        c = ws.cell(r, 1, domain)
        c.font = Font(bold=True, color="FFFFFF")
        for i in range(1, 8):
            ws.cell(r, i).fill = fill("006747")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        c = ws.cell(r, 1, priority)
        c.font = Font(bold=True)
        for i in range(1, 8):
            ws.cell(r, i).fill = fill("E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for row in acts:
            for i, v in enumerate(row, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 5).fill = fill(status_fill[row[4]])
            ws.cell(r, 6).fill = fill(status_fill[row[5]])
            r += 1
    r += 1
    ws.cell(r, 1, "Status key").font = Font(bold=True)
    r += 1
    for word, col, meaning in [
        ("Complete", BLUE, "Milestone delivered"),
        ("On track", GREEN, "Expected to be delivered by the target quarter"),
        ("Some slippage", AMBER, "Delivery delayed but recoverable within the year"),
        ("Significant risk", RED, "Delivery at significant risk – escalated to Quality Committee"),
        ("Not started", GREY, "Not yet due to start"),
    ]:
        ws.cell(r, 2, word).fill = fill(col)
        ws.cell(r, 3, meaning)
        r += 1
    r += 1
    ws.cell(r, 2, "Summary of Q2 status").font = Font(bold=True)
    r += 1
    for word, n in [("Complete", 2), ("On track", 3), ("Some slippage", 3), ("Significant risk", 1), ("Not started", 0), ("Total", 9)]:
        ws.cell(r, 2, word)
        ws.cell(r, 3, n)
        if word == "Total":
            ws.cell(r, 2).font = Font(bold=True)
            ws.cell(r, 3).font = Font(bold=True)
        r += 1
    ws.freeze_panes = "A6"

    ms = wb.create_sheet("Measures")
    ms["A1"] = "Quality priority measures 2025/26"
    ms["A1"].font = Font(bold=True, size=12)
    hdr = ["Measure", "Apr-25", "May-25", "Jun-25", "Jul-25", "Aug-25", "Sep-25"]
    for i, h in enumerate(hdr, 1):
        ms.cell(3, i, h).font = Font(bold=True)
    data = [
        ("Fallers with no injury waiting > 1 hour (%)", 41, 39, 40, 36, 33, 31),
        ("Mean stroke call-to-door time (mins)", 121, 117, 116, 114, 113, 112),
        ("Stroke care bundle compliance (%)", 88, 90, 91, 90, 92, 93),
        ("Oliver McGowan Tier 1 completion (%)", 38, 42, 45, 48, 51, 54),
    ]
    for r, row in enumerate(data, 4):
        for i, v in enumerate(row, 1):
            ms.cell(r, i, v)
    ms.column_dimensions["A"].width = 46
    wb.save(out("zrp-south-western-ambulance-service-nhsft-quality-account-priorities-tracker-2025-26.xlsx"))


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. NHS Forth Valley – HMP Glenochil prison healthcare HIS improvement action
#    plan (docx, a table per quality indicator, full-width recommendation rows)
# ---------------------------------------------------------------------------
def make_forth_valley():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("NHS Forth Valley")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("HMP Glenochil Prison Healthcare – Improvement Action Plan", level=0)
    doc.add_paragraph(
        "Following the inspection of health and wellbeing at HMP Glenochil by Healthcare Improvement Scotland, "
        "as part of the HM Inspectorate of Prisons for Scotland full inspection of 9–19 September 2024 "
        "(report published 28 January 2025).")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for row, vals in zip(t.rows, [
        ("Version", "Date", "Prepared by", "Approved by"),
        ("1.0", "21/02/2025", "Head of Prison Healthcare", "Clinical Governance Committee"),
        ("1.2", "30/06/2025", "Prison Healthcare Governance Lead", "Prison Healthcare Senior Management Team"),
    ]):
        for c, v in zip(row.cells, vals):
            set_cell(c, v, bold=(vals[0] == "Version"))

    doc.add_heading("Status key", level=2)
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for row, (word, col, meaning) in zip(key.rows, [
        ("Complete", BLUE, "Action delivered and evidence held"),
        ("On track", GREEN, "Progressing to the agreed timescale"),
        ("Behind schedule", AMBER, "Delayed but expected to be completed within three months"),
        ("At risk", RED, "Unlikely to be delivered without further support – escalated"),
        ("Not started", None, "Not yet started"),
    ]):
        set_cell(row.cells[0], word, bold=True)
        if col:
            shade(row.cells[0], col)
        set_cell(row.cells[1], meaning)

    status_col = {"Complete": BLUE, "On track": GREEN, "Behind schedule": AMBER, "At risk": RED, "Not started": None}
    sections = [
        ("Quality Indicator 9.2 – Access to healthcare services", [
            ("Recommendation 1: NHS Forth Valley should ensure that patients referred to the GP are seen within the timescales set out in the prison healthcare access policy, and that waiting times are monitored and reported.", [
                ("1a", "Introduce a weekly GP waiting list review at the healthcare huddle, with breaches escalated to the Service Manager.",
                 "Senior Charge Nurse", "31 March 2025", "Complete", "Weekly review in place since 3 March 2025; no breaches above four weeks since April."),
                ("1b", "Report GP and nurse-led clinic waiting times monthly to the Prison Healthcare Governance Group.",
                 "Service Manager / Information Analyst", "April 2025", "Complete", "Waiting times report standing item from April 2025."),
                ("1c", "Recruit to the vacant 0.4 WTE salaried GP post to restore Friday clinics.",
                 "Associate Medical Director (Primary Care)", "30 September 2025", "Behind schedule", "Post advertised twice without appointment; locum cover in place for alternate Fridays."),
            ]),
            ("Recommendation 2: NHS Forth Valley should ensure that all patients receive a secondary health screen within 72 hours of admission.", [
                ("2a", "Rota a dedicated admissions nurse seven days a week to complete secondary screens.",
                 "Senior Charge Nurse", "End of May 2025", "On track", "Weekday cover in place; weekend rota starts June 2025."),
                ("2b", "Audit secondary screening completion monthly and report results to the Prison Healthcare Governance Group.",
                 "Prison Healthcare Governance Lead", "Ongoing", "On track", "May 2025 audit: 92% screened within 72 hours."),
            ]),
        ]),
        ("Quality Indicator 9.5 – Medicines management", [
            ("Recommendation 3: NHS Forth Valley should ensure that controlled drugs are stored, recorded and checked in line with legislation and national guidance.", [
                ("3a", "Replace the controlled drugs cabinet in the health centre treatment room.",
                 "Lead Pharmacist, Prison Healthcare", "28 February 2025", "Complete", "New cabinet installed 19 February 2025."),
                ("3b", "Introduce a twice-daily controlled drugs balance check with two registered staff signing the register.",
                 "Lead Pharmacist, Prison Healthcare", "March 2025", "Complete", "In place; monthly pharmacy audit shows full compliance."),
            ]),
        ]),
        ("Quality Indicator 9.8 – Mental health and substance use", [
            ("Recommendation 4: NHS Forth Valley should ensure that patients who are prescribed opioid substitution therapy are reviewed in line with the Medication Assisted Treatment (MAT) standards.", [
                ("4a", "Complete a MAT standards self-assessment for HMP Glenochil and agree an improvement plan with the Forth Valley Alcohol and Drug Partnership.",
                 "Clinical Lead – Addictions", "Q2 2025/26", "At risk", "Self-assessment started; addictions nurse vacancies have delayed completion."),
                ("4b", "Offer every patient on opioid substitution therapy a recorded review at least every three months.",
                 "Clinical Lead – Addictions / Mental Health Team Leader", "TBC", "Not started", "Dependent on completion of action 4a."),
            ]),
        ]),
    ]
    heads = ["No.", "Action", "Lead", "Timescale", "Status", "Progress update (June 2025)"]
    widths = [Cm(1.3), Cm(8.5), Cm(4.2), Cm(3.0), Cm(2.6), Cm(6.5)]
    for heading, recs in sections:
        doc.add_heading(heading, level=1)
        n_rows = 1 + sum(1 + len(a) for _, a in recs)
        t = doc.add_table(rows=n_rows, cols=6)
        t.style = "Table Grid"
        for c, h, w in zip(t.rows[0].cells, heads, widths):
            set_cell(c, h, bold=True)
            shade(c, "DCE6F1")
            c.width = w
        ri = 1
        for rec, acts in recs:
            row = t.rows[ri]
            merged = row.cells[0].merge(row.cells[5])
            set_cell(merged, rec, bold=True)
            shade(merged, "F2F2F2")
            ri += 1
            for no, action, lead, when, status, prog in acts:
                cells = t.rows[ri].cells
                for c, v, w in zip(cells, (no, action, lead, when, status, prog), widths):
                    set_cell(c, v)
                    c.width = w
                if status_col[status]:
                    shade(cells[4], status_col[status])
                ri += 1
        doc.add_paragraph()
    doc.add_paragraph("Next review: Prison Healthcare Governance Group, September 2025.")
    doc.save(out("zrp-nhs-forth-valley-hmp-glenochil-prison-healthcare-his-inspection-improvement-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Aneurin Bevan UHB – management response to HIW national review of patient
#    flow (stroke pathway) (docx, cover table, one long table, theme rows,
#    vertically merged recommendation cells, RAG letters with shading)
# ---------------------------------------------------------------------------
def make_abuhb():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Aneurin Bevan University Health Board")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("HIW National Review of Patient Flow (Stroke Pathway): Management Response and Action Plan", level=0)

    cover = doc.add_table(rows=6, cols=2)
    cover.style = "Table Grid"
    for row, (k, v) in zip(cover.rows, [
        ("Meeting", "Patient Quality, Safety and Outcomes Committee"),
        ("Date of meeting", "4 December 2025"),
        ("Executive lead", "Chief Operating Officer"),
        ("Report author", "Head of Stroke Services"),
        ("Purpose", "For assurance – progress update at November 2025"),
        ("HIW report", "National Review of Patient Flow: A Journey Through the Stroke Pathway (2024)"),
    ]):
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], "E7E6E6")
        set_cell(row.cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "The table below sets out the Health Board's response to each HIW recommendation for health boards, "
        "the actions agreed, the lead for each action and progress at November 2025.")

    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for c, (txt, col) in zip(key.rows[0].cells, [
        ("B – Complete", BLUE), ("G – On track", GREEN),
        ("A – Some risk to delivery", AMBER), ("R – Off track / significant risk", RED)]):
        set_cell(c, txt, bold=True)
        shade(c, col)
    doc.add_paragraph()

    rag_col = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    themes = [
        ("Theme 1: Timely access to stroke assessment and treatment", [
            ("R1. Health boards must ensure that patients with suspected stroke are identified promptly at the front door and are assessed by a stroke specialist without delay, including when the emergency department is crowded.", [
                ("1.1", "Introduce a stroke 'pull' model in which the stroke nurse practitioner attends the Grange University Hospital emergency department on pre-alert, rather than waiting for a referral.",
                 "Clinical Director for Stroke", "31/03/2025",
                 "Pull model in place 24/7 since March 2025; median door-to-stroke-specialist time 14 minutes.", "B"),
                ("1.2", "Ring-fence two assessment bays in the Same Day Emergency Care unit for suspected stroke patients awaiting imaging.",
                 "Directorate Manager, Unscheduled Care", "30/06/2025",
                 "Two bays ring-fenced from June 2025; use monitored through the daily safety huddle.", "B"),
            ]),
            ("R2. Health boards should ensure that direct admission to the hyper-acute stroke unit within four hours is achieved for the majority of patients.", [
                ("2.1", "Hold one hyper-acute stroke unit bed open at all times, supported by a daily 08:30 bed-flow huddle.",
                 "Head of Stroke Services / Site Operations Manager", "Sept 2025",
                 "Bed protected on 71% of days in Q2; escalation protocol under review.", "A"),
                ("2.2", "Report four-hour direct admission performance (SSNAP) monthly to the Unscheduled Care Board.",
                 "Stroke Audit Lead", "Monthly",
                 "Reported monthly; September performance 46% (Wales average 39%).", "G"),
            ]),
        ]),
        ("Theme 2: Safe and effective care while patients wait", [
            ("R3. Health boards must ensure that patients waiting for a stroke bed in non-specialist areas receive timely swallow screening, pressure area care and falls risk assessment.", [
                ("3.1", "Deliver swallow screening competency training to emergency department and acute medical unit nurses.",
                 "Stroke Nurse Educator", "December 2025",
                 "64 nurses trained and signed off; remaining sessions booked.", "G"),
                ("3.2", "Add a stroke care bundle to the Welsh Nursing Care Record for patients outlying from the stroke unit.",
                 "Deputy Head of Nursing, Medicine", "Mar-26",
                 "Bundle content agreed; national WNCR change request submitted and awaiting release date.", "A"),
            ]),
        ]),
        ("Theme 3: Discharge and rehabilitation", [
            ("R4. Health boards should work with local authority partners to reduce delays in discharge for stroke patients who are medically fit, including access to early supported discharge.", [
                ("4.1", "Extend the early supported discharge (ESD) team to cover Monmouthshire and Torfaen seven days a week.",
                 "Therapies Lead for Stroke", "31/12/2025\nRevised: 31/03/2026",
                 "Funding for seven-day cover agreed; Torfaen recruitment ongoing.", "A"),
                ("4.2", "Agree a joint discharge-to-assess pathway for stroke patients with the five local authorities in the Gwent Regional Partnership Board.",
                 "Divisional Director, Medicine\nHead of Integrated Partnerships (Gwent RPB)", "Q4 2025/26",
                 "Pathway agreed with three of the five local authorities; escalated to the RPB Leadership Group.", "R"),
            ]),
        ]),
    ]
    heads = ["HIW recommendation", "Ref", "Action", "Lead", "Target date", "Progress update – November 2025", "RAG"]
    widths = [Cm(5.5), Cm(1.2), Cm(6.0), Cm(3.8), Cm(2.6), Cm(5.5), Cm(1.2)]
    n_rows = 1
    for _, recs in themes:
        n_rows += 1 + sum(len(a) for _, a in recs)
    t = doc.add_table(rows=n_rows, cols=7)
    t.style = "Table Grid"
    for c, h, w in zip(t.rows[0].cells, heads, widths):
        set_cell(c, h, bold=True)
        shade(c, "1F4E79")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        c.width = w
    ri = 1
    for theme, recs in themes:
        row = t.rows[ri]
        m = row.cells[0].merge(row.cells[6])
        set_cell(m, theme, bold=True)
        shade(m, "DEEAF6")
        ri += 1
        for rec, acts in recs:
            first = ri
            for ref, action, lead, target, prog, rag in acts:
                cells = t.rows[ri].cells
                for c, v, w in zip(cells[1:], (ref, action, lead, target, prog, rag), widths[1:]):
                    set_cell(c, v)
                    c.width = w
                shade(cells[6], rag_col[rag])
                ri += 1
            top = t.cell(first, 0)
            if ri - 1 > first:
                top = top.merge(t.cell(ri - 1, 0))
            set_cell(top, rec)
            top.width = widths[0]
    doc.add_paragraph()
    doc.add_paragraph("Notes: SSNAP = Sentinel Stroke National Audit Programme; ESD = early supported discharge; "
                      "WNCR = Welsh Nursing Care Record; RPB = Regional Partnership Board.")
    doc.save(out("zrp-aneurin-bevan-uhb-hiw-national-review-patient-flow-stroke-pathway-management-response.docx"))


# ---------------------------------------------------------------------------
# 6. Westminster Homecare Watford – CQC action plan (csv export) with a
#    mistyped month -> refuse
# ---------------------------------------------------------------------------
def make_westminster_csv():
    rows = [
        ["Westminster Homecare Limited - Watford Branch", "", "", "", "", "", ""],
        ["CQC inspection action plan", "", "", "", "", "", ""],
        ["Inspection 12-20 August 2025; report published 1 October 2025; overall rating: Requires improvement", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Regulation", "What we will do", "Who", "By when", "Status", "Update"],
        ["1", "Regulation 12 Safe care and treatment",
         "Review every eMAR alert for missed or late medicines daily and follow up with the care worker the same day.",
         "Registered Manager", "October 2025", "Complete", "Daily alert review log in place from 6 October."],
        ["2", "Regulation 12 Safe care and treatment",
         "Update moving and handling risk assessments for everyone who uses equipment, starting with people who use hoists.",
         "Care Coordinator (Field) / Registered Manager", "November 2025", "In progress", "31 of 44 reassessed."],
        ["3", "Regulation 17 Good governance",
         "Introduce a monthly quality audit of care plans, daily notes and call times, with findings reported to the Regional Director.",
         "Registered Manager", "December 2025", "In progress", "First audit completed for October; template being refined."],
        ["4", "Regulation 17 Good governance",
         "Use electronic call monitoring data every week to identify late and short calls and act on any patterns.",
         "Care Coordinator (Rostering)", "November 2025", "Complete", "Weekly report shared at Monday branch meeting."],
        ["5", "Regulation 18 Staffing",
         "Complete refresher training in medicines, moving and handling, and safeguarding for all care workers whose training is overdue.",
         "Training Officer", "Febuary 2026", "In progress", "18 care workers still to complete; sessions booked in January."],
        ["6", "Regulation 18 Staffing",
         "Carry out an observed spot check of every care worker at least every three months.",
         "Field Care Supervisor", "Ongoing", "In progress", "Spot check schedule set up on the rostering system."],
        ["7", "Regulation 19 Fit and proper persons employed",
         "Audit all staff files for full employment histories and written explanations of any gaps.",
         "HR Administrator / Registered Manager", "January 2026", "Not started", ""],
        ["", "", "", "", "", "", ""],
        ["Status: Complete / In progress / Not started. Plan reviewed at the monthly branch governance meeting.", "", "", "", "", "", ""],
    ]
    with open(out("zrp-westminster-homecare-watford-cqc-home-care-inspection-action-plan-typo-month-refuse.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Mencap NI Mid Ulster supported living – RQIA QIP tracker (tab-separated
#    text; two regulation/standard sections; AFI text only on first row)
# ---------------------------------------------------------------------------
def make_mencap_txt():
    H = ["AFI", "Ref", "Stated", "Area for improvement", "No.", "Action taken / planned", "Responsible", "Complete by", "Status"]
    afi1 = ("The registered person shall ensure that no domiciliary care worker is supplied by the agency unless full "
            "and satisfactory information is available in relation to him in respect of each of the matters specified in Schedule 3.")
    afi2 = ("The registered person shall ensure that each employee receives training and supervision appropriate to the work "
            "they are to perform, with specific reference to dysphagia awareness and the International Dysphagia Diet Standardisation Initiative (IDDSI).")
    afi3 = ("The registered person shall ensure that care and support plans are reviewed at least annually and updated when needs change, "
            "and that each tenant is involved in the review.")
    afi4 = ("The registered person shall ensure that monthly quality monitoring reports include an action plan with timescales "
            "and that actions are followed up at the next visit.")
    lines = [
        ["Mencap NI - Mid Ulster Supported Living Service (domiciliary care agency)"],
        ["RQIA Quality Improvement Plan - action tracker"],
        ["Inspection date: 14 May 2025", "Inspection ID: IN047812", "Tracker updated: 2 September 2025"],
        [],
        ["Action required to ensure compliance with The Domiciliary Care Agencies Regulations (Northern Ireland) 2007"],
        H,
        ["1", "Regulation 13 (d)", "First time", afi1, "1.1",
         "Complete a full audit of recruitment files for all 46 support workers against Schedule 3.",
         "Registered Manager", "30/06/2025", "Complete"],
        ["", "", "", "", "1.2",
         "Introduce a pre-start recruitment checklist signed off by the Registered Manager before any new worker is rostered.",
         "Registered Manager / HR Business Partner", "31/07/2025", "Complete"],
        ["2", "Regulation 16 (2) (a)", "First time", afi2, "2.1",
         "Book IDDSI dysphagia awareness training for all staff supporting tenants with modified diets.",
         "Training Coordinator", "30/09/2025", "On track"],
        ["", "", "", "", "2.2",
         "Update the supervision schedule so that every staff member has supervision at least every three months.",
         "Team Leader (Cookstown); Team Leader (Dungannon)", "Ongoing", "On track"],
        [],
        ["Action required to ensure compliance with the Domiciliary Care Agencies Minimum Standards, 2021"],
        H,
        ["3", "Standard 5.2", "First time", afi3, "3.1",
         "Review all 23 tenants' support plans with each tenant and their representative.",
         "Team Leaders", "31/10/2025", "Delayed"],
        ["", "", "", "", "3.2",
         "Produce easy read versions of the support plan summary for each tenant.",
         "Team Leaders", "December 2025", "Not started"],
        ["4", "Standard 8.17", "Second time", afi4, "4.1",
         "Revise the monthly quality monitoring template to include an action log carried forward between visits.",
         "Area Manager", "31/07/2025", "Complete"],
        ["", "", "", "", "4.2",
         "Sample two monthly monitoring reports each quarter and give feedback to the Registered Manager.",
         "Head of Quality (NI)", "Quarterly", "On track"],
        [],
        ["Status key: Complete = Blue; On track = Green; Delayed = Amber; Overdue = Red; Not started = no colour"],
        ["Tracker maintained by the Registered Manager and reviewed at the monthly Area governance meeting."],
    ]
    with open(out("zrp-mencap-ni-mid-ulster-supported-living-rqia-qip-tracker.txt"), "w", encoding="utf-8", newline="\n") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\n")


if __name__ == "__main__":
    make_bsmhft()
    make_hny_baf()
    make_swasft()
    make_forth_valley()
    make_abuhb()
    make_westminster_csv()
    make_mencap_txt()
    print("built 7 zrp- files in", HERE)
