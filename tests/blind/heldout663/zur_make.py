"""Build the seven zur- blind test files (set heldout663).

Run with /work/main/.venv/bin/python zur_make.py ; files are written beside this script.
Only files whose names start with "zur-" are written.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zur-")
    return os.path.join(HERE, name)


D = dt.datetime

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


# ---------------------------------------------------------------------------
# 1. East Kent Hospitals - Quality Account priorities tracker (xlsx)
# ---------------------------------------------------------------------------
EKHUFT_NAME = "zur-east-kent-hospitals-nhsft-quality-account-priorities-tracker-2024-25.xlsx"

EKHUFT_SHEETS = [
    ("Patient safety", [
        ("Priority 1: Reduce harm from inpatient falls",
         "Measure of success: a 10% reduction in falls resulting in moderate or severe harm per 1,000 occupied bed days against the 2023/24 baseline (0.19).",
         [
             ("1.1", "Implement the Royal College of Physicians’ FallSafe bundle on the 12 wards with the highest falls rates, with lying and standing blood pressure recorded within 24 hours of admission.",
              "Head of Patient Safety / Falls Prevention Lead", D(2024, 12, 31), "G", "B",
              "Bundle live on all 12 wards from 18 November 2024. Lying and standing BP compliance 78% in December (baseline 41%)."),
             ("1.2", "Introduce post-falls huddles within 24 hours of every inpatient fall with harm and record the learning on InPhase.",
              "Deputy Chief Nurse", "Q4 2024/25", "G", "G",
              "Huddle template launched on InPhase. 64% of falls with harm had a huddle recorded in Q3."),
             ("1.3", "Procure and install 40 additional falls sensor alarms for the enhanced care bays at QEQM and WHH.",
              "Associate Director of Nursing – Medicine", "February 2025", "G", "A",
              "Procurement delayed by supplier lead times; 16 of 40 delivered. Remainder expected February 2025."),
         ]),
        ("Priority 2: Improve the recognition of and response to the deteriorating patient",
         "Measure of success: 95% of NEWS2 scores of 5 or more escalated in line with policy; cardiac arrests outside critical care below 1.0 per 1,000 admissions.",
         [
             ("2.1", "Roll out NEWS2 e-observations (Nervecentre) to the remaining adult inpatient wards at Kent and Canterbury Hospital.\nPhase 1: surgical wards (October 2024)\nPhase 2: medical and rehabilitation wards (January 2025)",
              "Chief Nursing Information Officer", "31/01/2025", "A", "A",
              "Phase 1 complete. Phase 2 delayed by three weeks because of Wi-Fi upgrade works on two wards."),
             ("2.2", "Launch Call 4 Concern (Martha’s Rule) so that patients and families can ask for an urgent independent review by the Critical Care Outreach Team.",
              "Consultant Nurse – Critical Care Outreach; Patient Experience Lead", "March 2025", "A", "R",
              "Business case for 24/7 outreach cover not yet approved; launch date under review. Escalated to Executive Management Team."),
         ]),
    ]),
    ("Clinical effectiveness", [
        ("Priority 3: Reduce avoidable deaths from sepsis",
         "Measure of success: 90% of patients with red-flag sepsis receive antibiotics within one hour of recognition.",
         [
             ("3.1", "Embed the adult sepsis screening tool in the Emergency Department record (Symphony) so that screening is prompted at triage for every patient with a NEWS2 score of 5 or more.",
              "Clinical Lead for Sepsis", D(2024, 11, 30), "G", "B",
              "Live at WHH and QEQM Emergency Departments since 4 November 2024."),
             ("3.2", "Audit time to antibiotics for red-flag sepsis every month and publish the results by division on the Trust quality dashboard.",
              "Sepsis Lead Nurse / Clinical Audit Manager", "Monthly", "G", "G",
              "Q3: 71% of patients received antibiotics within one hour (target 90%). Audit published monthly."),
         ]),
    ]),
    ("Patient experience", [
        ("Priority 4: Improve communication with patients and families at discharge",
         "Measure of success: National Inpatient Survey score for “given enough notice of discharge” improved to the national average.",
         [
             ("4.1", "Introduce the ‘Ready to Go’ discharge leaflet and a discharge checklist to be completed with the patient or carer on every adult inpatient ward.",
              "Head of Patient Experience", "Q3 2024/25", "G", "B",
              "Leaflet and checklist in use on all adult wards; translated into Polish, Romanian and Nepali."),
             ("4.2", "Hold quarterly ‘Discharge Matters’ listening events with Healthwatch Kent and the Trust’s Patient Voice group, and report the themes to the Patient Experience Group.",
              "Patient Experience Lead & Healthwatch Kent Liaison Officer", "Quarterly", "", "",
              "First event scheduled for 12 February 2025."),
         ]),
    ]),
]


def build_ekhuft():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "East Kent Hospitals University NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12, color=NAVY)
    ws["A2"] = "Quality Account 2024/25 – Quality Priorities Progress Tracker"
    ws["A2"].font = Font(bold=True, size=16)
    info = [
        ("Reporting period:", "Quarter 3 (1 October – 31 December 2024)"),
        ("Prepared for:", "Quality and Safety Committee – 21 January 2025"),
        ("Executive sponsor:", "Chief Nursing and Midwifery Officer"),
        ("Prepared by:", "Head of Quality Governance"),
    ]
    r = 4
    for k, v in info:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for letter, text in [("B", "Complete – milestone delivered and evidenced"),
                         ("G", "On track to deliver by the target date"),
                         ("A", "At risk – some slippage, mitigating actions in place"),
                         ("R", "Off track – will not be delivered by the target date without escalation"),
                         ("", "Blank – not yet due to start")]:
        c = ws.cell(r, 1, letter)
        c.alignment = Alignment(horizontal="center")
        c.border = BOX
        if letter:
            c.fill = fill(FILL[letter])
            c.font = Font(bold=True, color="FFFFFF" if letter in "RB" else "000000")
        ws.cell(r, 2, text)
        r += 1
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 70

    # summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of Q3 position by priority"
    sm["A1"].font = Font(bold=True, size=14)
    heads = ["Domain", "Priority", "Milestones", "B", "G", "A", "R", "Not started"]
    for i, h in enumerate(heads, 1):
        c = sm.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
    r = 4
    tot = [0] * 6
    for sheet, prios in EKHUFT_SHEETS:
        for ptitle, _m, acts in prios:
            counts = [len(acts)] + [sum(1 for a in acts if a[5] == k) for k in "BGAR"] + [sum(1 for a in acts if a[5] == "")]
            row = [sheet, ptitle] + counts
            for i, v in enumerate(row, 1):
                sm.cell(r, i, v).border = BOX
            tot = [t + c for t, c in zip(tot, counts)]
            r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for i, v in enumerate(tot, 3):
        c = sm.cell(r, i, v)
        c.font = Font(bold=True)
        c.border = BOX
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 75

    cols = ["Ref", "Milestone", "Lead", "Target date", "Previous RAG (Q2)", "Current RAG (Q3)", "Q3 progress update"]
    widths = [7, 60, 30, 14, 11, 11, 55]
    for sheet, prios in EKHUFT_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = sheet
        ws["A1"].font = Font(bold=True, size=14, color=NAVY)
        ws.merge_cells("A1:G1")
        for i, h in enumerate(cols, 1):
            c = ws.cell(3, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(NAVY)
            c.alignment = Alignment(wrap_text=True, vertical="center")
            c.border = BOX
            ws.column_dimensions[get_column_letter(i)].width = widths[i - 1]
        r = 4
        for ptitle, measure, acts in prios:
            ws.cell(r, 1, ptitle).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            ws.cell(r, 1, measure).font = Font(italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for ref, text, lead, due, prev, cur, prog in acts:
                vals = [ref, text, lead, due, prev, cur, prog]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(r, i, v if v != "" else None)
                    c.alignment = WRAP
                    c.border = BOX
                if isinstance(due, dt.datetime):
                    ws.cell(r, 4).number_format = "dd/mm/yyyy"
                for i, v in ((5, prev), (6, cur)):
                    if v:
                        ws.cell(r, i).fill = fill(FILL[v])
                        ws.cell(r, i).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
        ws.freeze_panes = "A4"
    wb.save(out(EKHUFT_NAME))


# ---------------------------------------------------------------------------
# 2. Gateshead Health - PSII safety action plan (xlsx, fill-colour status)
# ---------------------------------------------------------------------------
GH_NAME = "zur-gateshead-health-nhsft-psii-inpatient-fall-safety-action-plan.xlsx"

GH_AFIS = [
    ("AFI 1: The multifactorial falls risk assessment was not repeated when the patient’s condition changed (post-operative delirium).", [
        ("SA1.1", "Amend the electronic falls risk assessment in Nerve Centre so that a reassessment is prompted whenever the 4AT delirium score is 4 or more.",
         "Digital Nursing Lead", "Prompt live in Nerve Centre; screenshot and go-live notice.", "Falls Steering Group", D(2024, 8, 31), BLUE),
        ("SA1.2", "Deliver a 20-minute falls and delirium teaching session at the Ward 23 and Ward 24 safety huddles and record attendance.",
         "Ward Manager, Ward 23 / Practice Development Nurse", "90% of registered nurses and HCAs attended (attendance log).", "Falls Steering Group", D(2024, 9, 30), BLUE),
    ]),
    ("AFI 2: Enhanced care (1:1 or cohort observation) was requested but not provided because there was no clear escalation route out of hours.", [
        ("SA2.1", "Introduce an enhanced care escalation flowchart for the out-of-hours site team, agreed with the Clinical Site Managers.",
         "Lead Nurse – Enhanced Care", "Flowchart approved at Nursing and Midwifery Board and in the site team handbook.", "Patient Safety Group", "Oct-24", RED),
        ("SA2.2", "Audit compliance with the enhanced care risk assessment monthly for six months and report the results to the Falls Steering Group.",
         "Falls Prevention Practitioner", "Monthly audit results; target 90% compliance.", "Falls Steering Group", "March 2025", GREEN),
    ]),
    ("AFI 3: The post-fall medical review and flat lifting did not follow the Trust post-falls protocol.", [
        ("SA3.1", "Relaunch the post-falls protocol with a laminated bedside checklist and HoverJack training for all Ward 23 staff.",
         "Moving and Handling Adviser", "Checklist at every bedspace; training records on ESR.", "Falls Steering Group", D(2024, 12, 31), AMBER),
        ("SA3.2", "Add post-falls protocol compliance to the monthly ward accreditation audit.",
         "Head of Nursing – Medicine", "Audit question live; results in the ward accreditation report.", "Nursing and Midwifery Board", D(2025, 1, 31), None),
    ]),
    ("AFI 4: Communication with the family after the fall was delayed and they did not have a named contact.", [
        ("SA4.1", "Review the Duty of Candour letter templates with the Patient Safety Team so that families are offered a named contact and a meeting within 10 working days.",
         "Patient Safety Team", "Revised templates on the intranet; Duty of Candour audit.", "Patient Safety Group", D(2024, 10, 31), BLUE),
    ]),
]


def build_gh():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Safety action plan"
    ws["A1"] = "Gateshead Health NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12, color=NAVY)
    ws["A2"] = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
    ws["A2"].font = Font(bold=True, size=15)
    ws.merge_cells("A1:H1")
    ws.merge_cells("A2:H2")
    info = [
        ("Incident reference:", "WEB214873"),
        ("PSII title:", "Unwitnessed inpatient fall resulting in a fractured neck of femur – Ward 23, Queen Elizabeth Hospital"),
        ("Date of incident:", "14/03/2024"),
        ("PSII lead:", "Patient Safety Specialist"),
        ("Executive sponsor:", "Group Director of Nursing, Midwifery and AHPs"),
        ("Approved by:", "Patient Safety Incident Response Group – 09/07/2024"),
        ("Plan last updated:", "30/11/2024"),
    ]
    r = 4
    for k, v in info:
        c = ws.cell(r, 1, k)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        c.border = BOX
        ws.cell(r, 2, v).border = BOX
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        r += 1
    r += 1
    heads = ["Area for improvement (AFI)", "Safety action ref", "Safety action", "Action owner",
             "Measurement / evidence of completion", "Monitoring (group)", "Target date", "Status (see key)"]
    widths = [42, 10, 55, 28, 38, 22, 12, 10]
    for i, h in enumerate(heads, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
        ws.column_dimensions[get_column_letter(i)].width = widths[i - 1]
    r += 1
    for afi, acts in GH_AFIS:
        start = r
        ws.cell(r, 1, afi).alignment = WRAP
        for ref, text, owner, meas, mon, due, colour in acts:
            vals = [ref, text, owner, meas, mon, due]
            for i, v in enumerate(vals, 2):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(due, dt.datetime):
                ws.cell(r, 7).number_format = "dd/mm/yyyy"
            sc = ws.cell(r, 8)
            sc.border = BOX
            if colour:
                sc.fill = fill(colour)
            ws.cell(r, 1).border = BOX
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Status key").font = Font(bold=True)
    r += 1
    for colour, text in [(BLUE, "Complete – evidence received"),
                         (GREEN, "In progress – on track"),
                         (AMBER, "In progress – at risk of missing the target date"),
                         (RED, "Overdue"),
                         (None, "No colour – not yet started")]:
        c = ws.cell(r, 2)
        c.border = BOX
        if colour:
            c.fill = fill(colour)
        ws.cell(r, 3, text)
        r += 1
    r += 1
    ws.cell(r, 1, "Note: safety actions are monitored by the Falls Steering Group and reported quarterly to the Patient Safety Group and the Quality Governance Committee.").font = Font(italic=True)
    wb.save(out(GH_NAME))


# ---------------------------------------------------------------------------
# 3. NHS Norfolk and Waveney ICB - Board Assurance Framework (xlsx, refuse)
# ---------------------------------------------------------------------------
NW_NAME = "zur-nhs-norfolk-and-waveney-icb-board-assurance-framework-2025-26-typo-month-refuse.xlsx"

NW_RISKS = [
    dict(ref="BAF01", title="Urgent and emergency care capacity",
         obj="SO1 – Improve outcomes in population health and healthcare",
         desc="There is a risk that demand for urgent and emergency care exceeds capacity across the Norfolk and Waveney system, resulting in long ambulance handover delays, care in corridors and avoidable harm to patients.",
         owner="Chief Operating Officer", committee="Quality and Safety Committee",
         scores=("5 x 4 = 20", "4 x 4 = 16", "4 x 4 = 16", "3 x 4 = 12"), trend="↔",
         controls="UEC Improvement Plan 2025/26; System Coordination Centre operating 7 days a week; OPEL escalation framework and daily system calls.",
         gaps_c="(a) Inconsistent use of alternatives to conveyance for care home residents. (b) No agreed system-wide handover standard. (c) Virtual ward capacity below plan.",
         assurance="Monthly UEC performance report to Board; EEAST handover data; Quality and Safety Committee deep dive (July 2025).",
         gaps_a="Limited data on harm from long waits in ED; harm review process being developed with the acute trusts.",
         actions=[
             ("1.1", "Expand the Care Coordination Hub so that all category 3 and 4 ambulance calls for care home residents are reviewed by a clinician before conveyance.",
              "Director of Urgent and Emergency Care", D(2025, 6, 30), D(2025, 9, 30),
              "Hub live 7 days a week 08:00–20:00 since September; 31% of eligible calls diverted from ED in September.", "B"),
             ("1.2", "Agree a system-wide 45-minute ambulance handover standard with the three acute trusts and EEAST, including a ‘release to respond’ protocol.",
              "Chief Operating Officer / Medical Director", D(2025, 12, 31), None,
              "Draft protocol agreed at UEC Board in August; trust board sign-off due in November.", "A"),
             ("1.3", "Open 60 additional virtual ward beds (frailty and respiratory) and increase average occupancy to 80%.",
              "Director of Community Services Transformation", "Oct-25", "Febuary 2026",
              "Recruitment to the respiratory virtual ward delayed; 38 of 60 beds open, occupancy 72%.", "A"),
         ]),
    dict(ref="BAF02", title="Access to primary care and dental services",
         obj="SO2 – Tackle inequalities in outcomes, experience and access",
         desc="There is a risk that patients cannot access general practice and NHS dental services in a timely way, leading to unmet need, poorer outcomes and additional demand on urgent care.",
         owner="Director of Primary Care", committee="Primary Care Commissioning Committee",
         scores=("4 x 4 = 16", "4 x 4 = 16", "4 x 3 = 12", "3 x 3 = 9"), trend="↓",
         controls="Primary Care Access Recovery Plan; Dental Recovery Plan; General Practice Resilience Programme.",
         gaps_c="(a) Not all practices using cloud-based telephony. (b) Insufficient urgent dental capacity in West Norfolk and Great Yarmouth.",
         assurance="GP appointment data (GPAD); NHS dental activity reports; Healthwatch Norfolk feedback.",
         gaps_a="No routine measure of unmet dental need.",
         actions=[
             ("2.1", "Support all practices to move to the Modern General Practice Access model, including cloud-based telephony with call-back.",
              "Director of Primary Care", D(2026, 3, 31), None,
              "96 of 105 practices on cloud-based telephony; remaining 9 scheduled by January 2026.", "G"),
             ("2.2", "Commission an additional 12,000 urgent dental appointments through the Urgent Dental Care Service.",
              "Head of Dental Commissioning", D(2025, 9, 30), D(2025, 12, 31),
              "7,850 additional appointments commissioned; procurement for West Norfolk lot re-run.", "A"),
             ("2.3", "Publish the General Practice Resilience Framework and RAG-rate all 105 practices quarterly.",
              "Deputy Director of Primary Care; Primary Care Quality Lead", "Q2 2025/26", None,
              "Framework approved in July; first quarterly report to Primary Care Commissioning Committee in September.", "B"),
         ]),
    dict(ref="BAF03", title="Financial sustainability",
         obj="SO4 – Enhance productivity and value for money",
         desc="There is a risk that the Norfolk and Waveney system does not deliver its 2025/26 financial plan, leading to further regulatory intervention and reduced investment in services.",
         owner="Chief Finance Officer", committee="Finance and Performance Committee",
         scores=("5 x 4 = 20", "4 x 5 = 20", "4 x 5 = 20", "3 x 4 = 12"), trend="↔",
         controls="System financial plan 2025/26; System Finance Group; grip and control measures including vacancy control panels.",
         gaps_c="(a) Unidentified efficiencies of £18m. (b) Growth in continuing healthcare costs above plan.",
         assurance="Monthly finance report to Board; NHS England financial returns; internal audit of financial controls (reasonable assurance).",
         gaps_a="None identified.",
         actions=[
             ("3.1", "Deliver the 2025/26 system efficiency programme of £153m, with monthly tracking of schemes at the System Finance Group.",
              "Chief Finance Officer", D(2026, 3, 31), None,
              "£61.2m delivered at month 6 against a plan of £66.0m; recovery actions agreed.", "A"),
             ("3.2", "Complete the review of high-cost continuing healthcare (CHC) packages and implement the revised CHC commissioning policy.",
              "Director of Nursing and Quality", D(2025, 9, 30), D(2026, 1, 31),
              "Review of 212 packages 60% complete; policy consultation extended.", "R"),
         ]),
]


def build_nw():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "BAF summary"
    ws["A1"] = "NHS Norfolk and Waveney Integrated Care Board"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws["A2"] = "Board Assurance Framework 2025/26"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Position at 30 September 2025 – presented to the ICB Board, 28 October 2025 (Item 9)"
    heads = ["BAF ref", "Strategic objective", "Risk title", "Executive owner", "Assuring committee",
             "Initial score", "Q1 score", "Q2 score", "Target score", "Trend"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    r = 6
    for k in NW_RISKS:
        vals = [k["ref"], k["obj"], k["title"], k["owner"], k["committee"]] + \
               [int(s.split("= ")[1]) for s in k["scores"]] + [k["trend"]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.border = BOX
            c.alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 1, "Risk scoring: likelihood x consequence (5 x 5 matrix). 1–3 Low; 4–6 Moderate; 8–12 High; 15–25 Extreme.").font = Font(italic=True)
    r += 1
    ws.cell(r, 1, "Action RAG: B = complete; G = on track; A = at risk of delay; R = off track / overdue.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [9, 40, 36, 26, 30, 9, 9, 9, 9, 7]):
        ws.column_dimensions[col].width = w

    for k in NW_RISKS:
        s = wb.create_sheet(k["ref"])
        s["A1"] = f"{k['ref']} – {k['title']}"
        s["A1"].font = Font(bold=True, size=14, color="005EB8")
        s.merge_cells("A1:G1")
        rows = [
            ("Strategic objective:", k["obj"]),
            ("Risk description:", k["desc"]),
            ("Executive owner:", k["owner"]),
            ("Assuring committee:", k["committee"]),
            ("Risk scores (L x C):", "Initial " + k["scores"][0] + "   |   Current (Q2) " + k["scores"][2] + "   |   Target " + k["scores"][3]),
            ("Key controls:", k["controls"]),
            ("Gaps in control:", k["gaps_c"]),
            ("Sources of assurance:", k["assurance"]),
            ("Gaps in assurance:", k["gaps_a"]),
        ]
        r = 2
        for a, b in rows:
            c = s.cell(r, 1, a)
            c.font = Font(bold=True)
            c.fill = fill("E8EDEE")
            c.border = BOX
            c.alignment = WRAP
            d = s.cell(r, 2, b)
            d.alignment = WRAP
            d.border = BOX
            s.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            r += 1
        r += 1  # blank row 11
        s.cell(r, 1, "Actions to address gaps in control and assurance").font = Font(bold=True, size=12)
        r += 1
        heads = ["Ref", "Action", "Action owner", "Original due date", "Revised due date", "Progress update (Q2)", "RAG"]
        for i, h in enumerate(heads, 1):
            c = s.cell(r, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("005EB8")
            c.border = BOX
            c.alignment = Alignment(wrap_text=True)
        r += 1
        for ref, text, owner, due, rev, prog, rag in k["actions"]:
            vals = [ref, text, owner, due, rev, prog, rag]
            for i, v in enumerate(vals, 1):
                c = s.cell(r, i, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            s.cell(r, 7).fill = fill(FILL[rag])
            s.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        for col, w in zip("ABCDEFG", [20, 55, 30, 13, 13, 50, 6]):
            s.column_dimensions[col].width = w
    wb.save(out(NW_NAME))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for j, line in enumerate(lines):
        if j:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def landscape(document):
    from docx.enum.section import WD_ORIENT
    sec = document.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. NHS Dumfries and Galloway - HIS maternity inspection improvement action plan (docx)
# ---------------------------------------------------------------------------
DG_NAME = "zur-nhs-dumfries-and-galloway-his-maternity-inspection-improvement-action-plan.docx"

DG_DOMAINS = [
    ("Domain 4.1 – Pathways, procedures and policies", [
        ("Requirement 1: NHS Dumfries and Galloway must ensure that hourly ‘fresh eyes’ reviews of cardiotocograph (CTG) traces are carried out and documented for all women receiving continuous electronic fetal monitoring in labour.", [
            ("1.1", "Add a mandatory hourly fresh eyes prompt to the BadgerNet intrapartum record, with a sticker version for use during system downtime.",
             "31 March 2025", "Head of Midwifery", "Prompt went live on BadgerNet on 17 March 2025.", "Complete"),
            ("1.2", "Carry out a monthly audit of 20 sets of intrapartum notes and report compliance to the Maternity and Neonatal Clinical Governance Group.",
             "Monthly from April 2025", "Fetal Monitoring Lead Midwife / Clinical Director – Obstetrics and Gynaecology", "April to June 2025 compliance 84%, 88% and 93%.", "Green"),
        ]),
        ("Requirement 2: NHS Dumfries and Galloway must ensure that all medicines, including intravenous fluids, are stored securely in the maternity assessment unit and on the labour ward.", [
            ("2.1", "Fit digital keypad locks to the intravenous fluid store and the labour ward clean utility room, and add a weekly check to the ward safety checklist.",
             "June 2025", "Senior Charge Midwife – Labour Ward", "Locks fitted 2 June 2025; weekly checks recorded on the safety checklist.", "Complete"),
        ]),
        ("Recommendation a: NHS Dumfries and Galloway should ensure that the induction of labour guideline is reviewed and updated.", [
            ("a.1", "Review the induction of labour guideline against NICE NG207 and submit it to the Obstetric Guidelines Group for approval.",
             "30/09/2025", "Consultant Obstetrician (Guidelines Lead)", "Draft circulated for consultation in July 2025.", "Green"),
        ]),
    ]),
    ("Domain 4.3 – Workforce planning", [
        ("Requirement 3: NHS Dumfries and Galloway must ensure that midwifery staffing is determined using the Professional Judgement Tool and that staffing shortfalls are recorded and escalated in line with the Health and Care (Staffing) (Scotland) Act 2019.", [
            ("3.1", "Run the Professional Judgement Tool for midwifery staffing across the Cresswell Maternity Wing and present the results and recommended establishment to the Nursing and Midwifery Workforce Group.",
             "July 2025", "Director of Nursing, Midwifery and AHPs", "Tool run 12–25 May 2025; report to the Workforce Group on 3 July 2025.", "Complete"),
            ("3.2", "Record staffing for every shift in the real-time staffing resource (SafeCare) and escalate shortfalls that cannot be mitigated to the on-call Lead Midwife.",
             "Immediate and ongoing", "Lead Midwife / Senior Charge Midwives", "In place since December 2024; 97% of shifts recorded in June 2025.", "Green"),
        ]),
    ]),
    ("Domain 6 – Dignity and respect", [
        ("Requirement 4: NHS Dumfries and Galloway must ensure that women’s privacy and dignity are maintained in the shared bays of the postnatal ward, including during confidential conversations.", [
            ("4.1", "Fit full-length privacy curtains with ‘do not enter’ clips in all postnatal bays and provide a room for confidential discussions.",
             "31 October 2025", "Senior Charge Midwife – Postnatal Ward", "Curtains ordered; estates work on the discussion room scheduled for September.", "Amber"),
        ]),
        ("Recommendation b: NHS Dumfries and Galloway should ensure that partners are given information about facilities and visiting when they arrive at the unit.", [
            ("b.1", "Produce a ‘Welcome to Cresswell’ information card for partners, co-designed with the Maternity and Neonatal Voices Partnership.",
             "December 2025", "Patient Experience Midwife", "", "Not started"),
        ]),
    ]),
]


def build_dg():
    d = docx.Document()
    landscape(d)
    p = d.add_paragraph()
    r = p.add_run("Healthcare Improvement Scotland – Maternity Services Inspection")
    r.font.size = Pt(10)
    r.font.color.rgb = RGBColor.from_string("5B2C6F")
    d.add_heading("Improvement Action Plan", level=0)

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("NHS board:", "NHS Dumfries and Galloway"),
                 ("Hospital / service:", "Cresswell Maternity Wing, Dumfries and Galloway Royal Infirmary"),
                 ("Inspection type:", "Unannounced maternity services inspection"),
                 ("Date of inspection:", "22–24 October 2024"),
                 ("Date of publication of report:", "4 February 2025"),
                 ("Action plan version:", "v1.3 – progress update for the Healthcare Governance Committee, July 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        shade(row[0], "E4DFEC")
        set_cell(row[1], v, size=10)

    d.add_paragraph()
    d.add_paragraph("Healthcare Improvement Scotland will publish this action plan alongside the inspection report. "
                    "Timescales are the dates by which each action will be completed. "
                    "Status: Complete / Green – on track / Amber – at risk / Red – off track / Not started.")

    heads = ["Ref", "Action planned", "Timescale to meet action", "Responsibility for taking action",
             "Progress against action planned", "Status"]
    for domain, reqs in DG_DOMAINS:
        d.add_heading(domain, level=2)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(t.rows[0].cells[i], h, bold=True, colour="FFFFFF")
            shade(t.rows[0].cells[i], "5B2C6F")
        for req, acts in reqs:
            row = t.add_row().cells
            m = row[0].merge(row[5])
            set_cell(m, req, bold=True)
            shade(m, "E4DFEC")
            for ref, text, when, who, prog, status in acts:
                row = t.add_row().cells
                for i, v in enumerate([ref, text, when, who, prog, status]):
                    set_cell(row[i], v)
        d.add_paragraph()

    d.add_heading("Sign-off", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("NHS board contact name:", "Head of Clinical Governance and Patient Safety"),
                 ("Approved by:", "Chief Executive, NHS Dumfries and Galloway"),
                 ("Date:", "15 July 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        set_cell(row[1], v, size=10)
    d.save(out(DG_NAME))


# ---------------------------------------------------------------------------
# 5. Hywel Dda UHB - HIW IR(ME)R inspection improvement plan (docx)
# ---------------------------------------------------------------------------
HD_NAME = "zur-hywel-dda-uhb-hiw-irmer-withybush-radiology-improvement-plan.docx"

HD_SECTIONS = [
    ("Quality of Patient Experience", [
        ("Pregnancy enquiry posters in the CT and general X-ray waiting areas were in English only.",
         "The health board must ensure that patient information on pregnancy enquiries is available bilingually, in line with the Welsh Language Standards.",
         "Welsh Language Standards (No.7) Regulations 2018",
         [("Bilingual (Welsh/English) pregnancy enquiry posters have been ordered from the health board print unit and will be displayed in all radiology waiting and changing areas at Withybush.",
           "Radiology Services Manager", "30 November 2024")]),
        ("Patients were not routinely given information about the benefits and risks of their exposure before their examination.",
         "The employer must ensure that patients are given adequate information on the benefits and risks associated with the radiation dose from their exposure.",
         "Regulation 12(6)",
         [("Add benefit and risk information to CT and nuclear medicine appointment letters, and display the Public Health Wales ‘X-rays – your questions answered’ leaflet in all waiting areas.",
           "Superintendent Radiographer – CT / Nuclear Medicine Lead", "January 2025")]),
    ]),
    ("Delivery of Safe and Effective Care", [
        ("The employer’s written procedure for patient identification (EP1) did not describe how to identify patients who are unable to confirm their own details.",
         "The employer must update EP1 to describe the process to be followed for patients who cannot confirm their identity, including unconscious and confused patients.",
         "Regulation 6(1) and Schedule 2(1)(a)",
         [("Revise EP1 to include the process for unconscious, confused and non-English-speaking patients, including the use of wristbands and confirmation by carers or escorts.",
           "IR(ME)R Governance Lead", "31/12/2024"),
          ("Issue the revised EP1 to all referrers, practitioners and operators through the radiology governance bulletin, and record read receipts on the document management system.",
           "IR(ME)R Governance Lead; Radiology Services Manager", "February 2025")]),
        ("Non-medical referrers in the emergency department could not locate the referral criteria.",
         "The employer must ensure that referral criteria are readily available to all referrers.",
         "Regulation 6(5)(a)",
         [("Link the iRefer referral guidelines and the non-medical referrer scope of practice to the radiology request screen on the Welsh Clinical Portal, and place a printed copy in the emergency department.",
           "Lead Radiographer – Withybush", "Q4 2024/25")]),
        ("Local diagnostic reference levels (DRLs) for paediatric CT head examinations had not been reviewed since 2021.",
         "The employer must ensure that local DRLs are reviewed regularly and compared against national DRLs.",
         "Regulation 6(5)(c)",
         [("Medical Physics to complete a dose audit of paediatric CT head examinations, re-establish local DRLs and report the outcome to the Medical Exposures Group.",
           "Principal Medical Physicist", "31/03/2025")]),
    ]),
    ("Quality of Management and Leadership", [
        ("Training records were incomplete for four of the ten operators sampled.",
         "The employer must ensure that an up-to-date record of training is kept for all operators and practitioners.",
         "Regulation 17(4)",
         [("Transfer operator training and entitlement records to the ESR competency module and complete an audit of all radiographers’ entitlements.",
           "Radiology Services Manager & Radiography Training Lead", "June 2025")]),
        ("Some staff told us they did not feel informed about changes in the department.",
         "The health board should strengthen communication with radiology staff about service changes.",
         "Health and Care Quality Standards 2023 – Leadership",
         [("Hold quarterly radiology staff forums led by the Head of Radiology and share the outcomes on the departmental intranet page.",
           "Head of Radiology", "Ongoing (quarterly from January 2025)")]),
    ]),
]


def build_hd():
    d = docx.Document()
    landscape(d)
    p = d.add_paragraph()
    r = p.add_run("Hywel Dda University Health Board  |  Bwrdd Iechyd Prifysgol Hywel Dda")
    r.font.size = Pt(10)
    r.font.color.rgb = RGBColor.from_string("005EB8")
    d.add_heading("IR(ME)R Inspection Improvement Plan – Withybush General Hospital", level=0)

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service:", "Radiology Department, Withybush General Hospital, Haverfordwest"),
                 ("Inspection type:", "Ionising Radiation (Medical Exposure) Regulations 2017 – announced inspection by Healthcare Inspectorate Wales"),
                 ("Date of inspection:", "10 and 11 September 2024"),
                 ("Date improvement plan returned to HIW:", "18 November 2024")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        set_cell(row[1], v, size=10)

    d.add_heading("Appendix B – Immediate improvement plan", level=2)
    d.add_paragraph("No immediate non-compliance concerns were identified on this inspection.")

    d.add_heading("Appendix C – Improvement plan", level=2)
    d.add_paragraph("The table below sets out the improvements identified by HIW and the health board’s actions. "
                    "The service representative must ensure that the actions are completed by the timescales shown.")
    heads = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
             "Responsible officer", "Timescale"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True, colour="FFFFFF")
        shade(t.rows[0].cells[i], "00857C")
    for section, findings in HD_SECTIONS:
        row = t.add_row().cells
        m = row[0].merge(row[5])
        set_cell(m, section, bold=True, size=10)
        shade(m, "D9EAD3")
        for finding, needed, reg, acts in findings:
            first = None
            rows = []
            for action, officer, when in acts:
                row = t.add_row().cells
                rows.append(row)
                set_cell(row[3], action)
                set_cell(row[4], officer)
                set_cell(row[5], when)
            if len(rows) > 1:
                for col in range(3):
                    rows[0][col].merge(rows[-1][col])
            set_cell(rows[0][0], finding)
            set_cell(rows[0][1], needed)
            set_cell(rows[0][2], reg)

    d.add_paragraph()
    d.add_heading("Service representative", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Name (print):", "Rhian Morgan"),
                 ("Job role:", "Director of Operations"),
                 ("Date:", "18 November 2024")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        set_cell(row[1], v, size=10)
    d.save(out(HD_NAME))


# ---------------------------------------------------------------------------
# 6. Right at Home Cheltenham & Tewkesbury - CQC action plan (csv)
# ---------------------------------------------------------------------------
RAH_NAME = "zur-right-at-home-cheltenham-tewkesbury-cqc-home-care-inspection-action-plan.csv"

RAH_HEAD = ["Ref", "Key question", "Regulation / finding", "Action", "Responsible", "Target date", "RAG", "Progress update"]
RAH_ROWS = [
    ["1", "Safe", "Regulation 12 – Safe care and treatment: risk assessments for people with urinary catheters and PEG feeding tubes were not in place.",
     "Complete catheter and PEG care risk assessments for all 6 people who need them, using the Birdie care planning template.",
     "Registered Manager", "31/05/2024", "Complete", "All 6 completed 28/05/2024 and checked by the Quality Lead."],
    ["2", "", "",
     "Arrange catheter care training from the community nursing team for all care staff supporting these people.",
     "Training Coordinator / Field Care Supervisor", "31/10/2024", "Amber", "3 of 5 sessions delivered; remaining 2 booked for 15 and 22 October."],
    ["3", "Safe", "Regulation 12 – Safe care and treatment: medicine administration records (MARs) had gaps and there were no protocols for ‘as required’ (PRN) medicines.",
     "Move everyone who receives support with medicines onto the Birdie eMAR, with alerts for missed or late doses sent to the on-call coordinator.",
     "Registered Manager", "30/06/2024", "Complete", "All 41 people on eMAR from 24/06/2024."],
    ["4", "", "",
     "Write a PRN protocol for each ‘as required’ medicine and have it checked by the person’s GP practice or community pharmacist.",
     "Care Coordinator", "31/07/2024", "Complete", "22 protocols in place."],
    ["5", "Effective", "Regulation 11 – Need for consent: mental capacity assessments were not decision-specific.",
     "Deliver Mental Capacity Act training to the office team and review every capacity assessment so that each one is decision-specific.",
     "Registered Manager", "Sept 2024 – Dec 2024", "Amber", "Office team trained 11/09/2024; 18 of 30 assessments reviewed."],
    ["6", "Responsive", "Care plans did not always record people’s communication needs (Accessible Information Standard).",
     "Add an Accessible Information Standard section to the care plan template and complete it at each six-monthly review.",
     "Care Coordinator", "Ongoing", "Green", "Template updated July 2024; 26 care plans reviewed so far."],
    ["7", "Well-led", "Regulation 17 – Good governance: quality audits had not identified the shortfalls found at inspection.",
     "Introduce a monthly audit calendar (care plans, MARs, call times, complaints) with findings reported to the franchise owner at the monthly governance meeting.",
     "Franchise Owner & Registered Manager", "31/12/2024", "Green", "Calendar in place since August; 2 audit cycles completed."],
    ["8", "", "",
     "Commission an independent mock inspection to test that the improvements have been sustained.",
     "Franchise Owner", "January 2025", "Not started", ""],
]


def build_rah():
    n = len(RAH_HEAD)
    pad = lambda s: [s] + [""] * (n - 1)
    rows = [
        pad("Right at Home Cheltenham & Tewkesbury – CQC Inspection Action Plan"),
        pad("Service type: Domiciliary care agency | Inspection: 7 and 8 May 2024 | Report published: 19 June 2024 | Overall rating: Requires improvement"),
        pad("Plan owner: Registered Manager | Last reviewed: 02/10/2024"),
        [""] * n,
        RAH_HEAD,
    ] + RAH_ROWS + [
        [""] * n,
        pad("RAG key: Complete = action finished and evidenced; Green = on track; Amber = at risk of delay; Red = overdue; Not started = not yet due"),
        pad("Summary: 8 actions – 3 Complete, 2 Green, 2 Amber, 0 Red, 1 Not started"),
    ]
    with open(out(RAH_NAME), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Carrowreagh Nursing Home - RQIA QIP (plain text export)
# ---------------------------------------------------------------------------
CR_NAME = "zur-carrowreagh-nursing-home-rqia-care-inspection-quality-improvement-plan.txt"

CR_REG_HEAD = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
CR_STD_HEAD = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
CR_AREAS = [
    (CR_REG_HEAD, [
        ("1", "Regulation 13 (7)", "First time", "With immediate effect",
         "The registered person shall ensure that the infection prevention and control issues identified during this inspection are addressed to minimise the risk and spread of infection.",
         "5.2.3",
         ["Torn bedrail bumpers and two pressure-relieving cushions were replaced on 24 July 2024. A daily IPC walkaround by the nurse in charge has been introduced and is checked weekly by the Registered Manager."]),
        ("2", "Regulation 12 (1) (a) and (b)", "First time", "23 August 2024",
         "The registered person shall ensure that repositioning charts are accurately completed and that the frequency of repositioning reflects the patient’s care plan and pressure damage risk assessment.",
         "5.2.2",
         ["All repositioning charts were reviewed against care plans on 26 July 2024 and the frequencies corrected for 9 patients.",
          "Nurses in charge now check repositioning charts at 14:00 and 22:00 daily, and the Deputy Manager audits 10 charts each week."]),
        ("3", "Regulation 27 (4) (d)", "Second time", "31 August 2024",
         "The registered person shall ensure that fire doors are not wedged or propped open.",
         "5.2.4",
         ["All wedges have been removed from the home. Magnetic door-hold devices linked to the fire alarm have been fitted to the lounge and dining room doors (completed 29 August 2024). Fire safety awareness training has been repeated with all staff."]),
    ]),
    (CR_STD_HEAD, [
        ("1", "Standard 12", "First time", "30 September 2024",
         "The registered person shall ensure that the dining experience is reviewed so that patients who need assistance with their meals receive it in a timely manner and that menus are displayed in a suitable format.",
         "5.2.5",
         ["A staggered lunch sitting has been introduced in the Slieve Croob unit and a pictorial menu board is displayed daily. The Activities Coordinator completes a monthly dining audit."]),
        ("2", "Standard 4", "First time", "30 September 2024",
         "The registered person shall ensure that care plans for patients with diabetes include the target blood glucose range and the action to be taken if readings fall outside this range.",
         "5.2.2",
         ["All 7 diabetic care plans have been updated with individual target ranges agreed with the GP or the diabetes specialist nurse."]),
        ("3", "Standard 35", "First time", "31 October 2024",
         "The registered person shall ensure that governance audits are completed monthly and that action plans are developed and followed up where deficits are identified.",
         "5.2.6",
         ["A monthly governance audit schedule is in place. Action plans are reviewed at the monthly heads of department meeting and by the Responsible Individual during the Regulation 29 visit."]),
    ]),
]


def build_cr():
    L = [
        "Carrowreagh Nursing Home – Quality Improvement Plan",
        "RQIA ID: 1437    Inspection ID: IN046218",
        "Type of inspection: Unannounced care inspection",
        "Date of inspection: 23 July 2024",
        "Registered provider: Carrowreagh Care Ltd    Registered manager: Mrs Ann-Marie Devlin",
        "",
        "This inspection resulted in areas for improvement being identified. Details of the Quality Improvement Plan (QIP) were discussed with Mrs Ann-Marie Devlin, Registered Manager, as part of the inspection process. The timescales commence from the date of inspection.",
        "",
        "The registered person/manager should note that if the action outlined in the QIP is not taken to comply with regulations and standards this may lead to further enforcement action. It is the responsibility of the registered person to ensure that all areas for improvement identified within the QIP are addressed within the specified timescales.",
        "",
    ]
    for head, areas in CR_AREAS:
        L.append(head)
        L.append("")
        for num, ref, stated, by, req, sec, resp in areas:
            L += [f"Area for improvement {num}",
                  f"Ref: {ref}",
                  f"Stated: {stated}",
                  f"To be completed by: {by}",
                  "",
                  req,
                  f"Ref: {sec}",
                  "",
                  "Response by registered person detailing the actions taken:"]
            L += resp
            L.append("")
    L += [
        "*Please ensure this document is completed in full and returned via the Web Portal*",
        "",
        "Name of registered manager completing QIP: Ann-Marie Devlin",
        "Date completed: 19 September 2024",
        "Name of responsible person approving QIP: Declan McKeown",
        "Date approved: 20 September 2024",
    ]
    with open(out(CR_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def main():
    build_ekhuft()
    build_gh()
    build_nw()
    build_dg()
    build_hd()
    build_rah()
    build_cr()
    for n in (EKHUFT_NAME, GH_NAME, NW_NAME, DG_NAME, HD_NAME, RAH_NAME, CR_NAME):
        print("wrote", n)


if __name__ == "__main__":
    main()
