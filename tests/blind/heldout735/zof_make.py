"""Build the seven zof- blind test files (set heldout735).

Run with: /work/main/.venv/bin/python zof_make.py
Writes the data files next to this script. The .expected.yaml files are
written by hand beside them and are not touched here.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
WHITE = "FFFFFF"
NAVY = "1F3864"
PALE = "D9E2F3"
GREY = "D9D9D9"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, bold=False, bg=None, fg=None, fmt=None, border=True, size=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or fg or size:
        c.font = Font(bold=bold, color=fg, size=size or 11)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. The Rotherham NHS FT - PSII safety action plan (xlsx)
# ---------------------------------------------------------------------------
PSII_TITLE = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
PSII_AFIS = [
    ("1. Identification of time-critical medicines on admission",
     "SR1: The Trust should ensure that patients prescribed time-critical medicines are identified at the point of admission and that this is visible to all staff caring for them.",
     [
         ("1.1", "Add a mandatory time-critical medicines prompt to the admission medicines reconciliation template in the EPMA system.",
          "Chief Pharmacist / EPMA Lead Pharmacist", d(2025, 7, 31), d(2025, 11, 30),
          "% of admissions to A5 and AMU with time-critical medicines flagged within 6 hours (baseline 42%, target 90%)",
          "Change approved by the Digital Design Authority on 09/09/2025. Build delayed by the EPMA version upgrade; go-live now planned for November.",
          "At risk"),
         ("1.2", "Introduce a time-critical medicines symbol on the ward patient status-at-a-glance board and on the nursing handover sheet.",
          "Matron – Care of the Elderly", d(2025, 5, 31), None,
          "Monthly spot check of boards on A5, A7 and AMU",
          "Symbol in use on all three wards since May 2025. Spot checks June–September: 100%.",
          "Complete"),
     ]),
    ("2. Availability of medicines out of hours",
     "SR2: The Trust should ensure that time-critical medicines can be obtained on wards at all times, including out of hours and at weekends.",
     [
         ("2.1", "Review ward stock lists for A5, A7 and the Acute Medical Unit to include commonly prescribed Parkinson's medicines (co-careldopa and co-beneldopa preparations).",
          "Lead Pharmacist – Medicine", d(2025, 6, 30), None,
          "Stock lists updated; monthly top-up audit",
          "New stock lists live from 16/06/2025.",
          "Complete"),
         ("2.2", "Publish an out-of-hours guide to obtaining time-critical medicines (emergency drug cupboard contents and how to contact the on-call pharmacist) on the intranet and in each ward medicines folder.",
          "Deputy Chief Pharmacist", d(2025, 12, 31), None,
          "Calls to the on-call pharmacist for Parkinson's medicines (monthly)",
          "Draft guide out for comment with ward managers; final version to Medication Safety Group in December.",
          "On track"),
     ]),
    ("3. Escalation of omitted and delayed doses",
     "SR3: The Trust should ensure that omitted or delayed doses of time-critical medicines are escalated promptly and reviewed.",
     [
         ("3.1", "Configure an EPMA alert to the nurse in charge when a time-critical dose has not been recorded as given within 30 minutes of the scheduled time.",
          "EPMA Lead Pharmacist; Head of Clinical Systems", d(2026, 3, 31), None,
          "Number of time-critical doses omitted or delayed by more than 30 minutes (EPMA report)",
          "Dependent on the EPMA upgrade (see 1.1). Not yet started.",
          "Not started"),
         ("3.2", "Add omitted time-critical doses to the monthly ward medicines safety audit and report results to the Medication Safety Group.",
          "Medication Safety Officer", d(2025, 9, 30), None,
          "Audit results reported monthly",
          "First audit reported to the Medication Safety Group on 18/09/2025.",
          "Complete"),
     ]),
    ("4. Staff knowledge and awareness",
     "SR4: The Trust should ensure that nursing and medical staff understand the clinical risk of omitting or delaying time-critical medicines.",
     [
         ("4.1", "Deliver time-critical medicines training to registered nurses and nursing associates on A5, A7 and AMU, supported by the Parkinson's Disease Nurse Specialist.\nRecord attendance on ESR.",
          "Practice Education Lead / Parkinson's Disease Nurse Specialist", d(2025, 9, 30), d(2026, 1, 31),
          "At least 85% of registered nurses on the three wards trained",
          "61% trained to date. Sessions paused in August because of staffing; additional dates booked for November and December.",
          "Overdue"),
         ("4.2", "Include time-critical medicines in the prescribing session of the Foundation doctor induction from the August 2025 rotation.",
          "Director of Medical Education", d(2025, 8, 31), None,
          "Induction programme content",
          "Delivered at the August 2025 induction.",
          "Complete"),
     ]),
]
PSII_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED, "Not started": WHITE}


def make_psii():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    put(cov, 1, 1, PSII_TITLE, bold=True, border=False, size=14)
    put(cov, 2, 1, "The Rotherham NHS Foundation Trust", bold=True, border=False)
    rows = [
        ("Incident", "Omission and delay of time-critical Parkinson's medication – Ward A5 (Care of the Elderly)"),
        ("PSII reference", "PSII 2025/03"),
        ("LFPSE reference", "W318742"),
        ("Date of incident", d(2025, 2, 3)),
        ("PSII report approved", "Patient Safety Incident Review Group – 22/05/2025"),
        ("Executive sponsor", "Chief Nurse"),
        ("Investigation lead", "Patient Safety Specialist"),
        ("Care group", "Medicine"),
        ("Monitoring", "Medication Safety Group (monthly); Patient Safety Committee (quarterly)"),
        ("Version", "v4 – progress update 14/10/2025"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        put(cov, i, 1, k, bold=True, bg=PALE)
        put(cov, i, 2, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
    put(cov, 15, 1, "The family of the patient has been given a copy of the PSII report and this action plan.", border=False)
    widths(cov, [24, 80])

    ws = wb.create_sheet("Safety action plan")
    put(ws, 1, 1, "PSII 2025/03 – Safety action plan: omission and delay of time-critical Parkinson's medication (Ward A5)", bold=True, border=False, size=13)
    ws.merge_cells("A1:J1")
    put(ws, 2, 1, "Progress position at 14 October 2025. Status key on the 'Key' tab.", border=False)
    ws.merge_cells("A2:J2")
    heads = ["Area for improvement", "Safety recommendation", "Ref", "Safety action", "Action owner",
             "Original target date", "Revised target date", "Measure of effectiveness",
             "Progress update (October 2025)", "Status"]
    for c, h in enumerate(heads, start=1):
        put(ws, 4, c, h, bold=True, bg=NAVY, fg=WHITE)
    r = 5
    for afi, sr, acts in PSII_AFIS:
        first = r
        for ref, act, owner, orig, rev, measure, prog, status in acts:
            put(ws, r, 1, afi if r == first else None, bold=True)
            put(ws, r, 2, sr if r == first else None)
            put(ws, r, 3, ref)
            put(ws, r, 4, act)
            put(ws, r, 5, owner)
            put(ws, r, 6, orig, fmt="dd/mm/yyyy")
            put(ws, r, 7, rev, fmt="dd/mm/yyyy")
            put(ws, r, 8, measure)
            put(ws, r, 9, prog)
            put(ws, r, 10, status, bold=True, bg=PSII_STATUS_FILL[status],
                fg=WHITE if status in ("Complete", "Overdue") else None)
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    put(ws, r, 1, "Summary", bold=True, bg=GREY)
    put(ws, r, 2, "Number of actions", bold=True, bg=GREY)
    counts = {}
    for _, _, acts in PSII_AFIS:
        for a in acts:
            counts[a[-1]] = counts.get(a[-1], 0) + 1
    for k in ["Complete", "On track", "At risk", "Overdue", "Not started"]:
        r += 1
        put(ws, r, 1, k, bg=PSII_STATUS_FILL[k], fg=WHITE if k in ("Complete", "Overdue") else None)
        put(ws, r, 2, counts.get(k, 0))
    r += 1
    put(ws, r, 1, "Total", bold=True)
    put(ws, r, 2, sum(counts.values()), bold=True)
    widths(ws, [26, 40, 6, 50, 26, 13, 13, 34, 44, 12])
    ws.freeze_panes = "C5"

    key = wb.create_sheet("Key")
    put(key, 1, 1, "Status key", bold=True, border=False)
    for i, (k, txt) in enumerate([
        ("Complete", "Action delivered and evidence received by the Patient Safety Team"),
        ("On track", "Progressing and expected to be delivered by the target date"),
        ("At risk", "May not be delivered by the target date"),
        ("Overdue", "Original target date passed and action not delivered"),
        ("Not started", "Work not yet begun"),
    ], start=2):
        put(key, i, 1, k, bg=PSII_STATUS_FILL[k], fg=WHITE if k in ("Complete", "Overdue") else None)
        put(key, i, 2, txt)
    widths(key, [16, 70])
    wb.save(os.path.join(HERE, "zof-the-rotherham-nhsft-psii-time-critical-medicines-safety-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. NHS South Yorkshire ICB - Board Assurance Framework (xlsx)
# ---------------------------------------------------------------------------
BAF_TITLE = "NHS South Yorkshire Integrated Care Board – Board Assurance Framework 2025/26"
RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
BAF_RISKS = [
    {
        "sheet": "BAF 1",
        "head": "BAF Risk 1: Urgent and emergency care",
        "objective": "Improve outcomes in population health and healthcare",
        "desc": "If demand for urgent and emergency care continues to exceed capacity across South Yorkshire, then patients may wait too long in emergency departments and for ambulance handover, resulting in avoidable harm and poor experience.",
        "lead": "Chief Delivery Officer",
        "committee": "Quality, Performance, Involvement and Outcomes Committee",
        "scores": ("4 x 5 = 20", "4 x 4 = 16", "3 x 4 = 12"),
        "controls": "UEC Alliance Board and system operational plan; system coordination centre; OPEL framework; ambulance handover standard.",
        "assurance": "Monthly UEC performance report to QPIOC (2nd line); NHS England oversight meetings (3rd line).",
        "gaps": "No single South Yorkshire handover escalation protocol; SDEC and urgent community response capacity below plan; winter plan not yet tested.",
        "actions": [
            ("1.1", "Agree a single South Yorkshire ambulance handover escalation protocol with YAS and the four acute trusts, including the 45-minute release-to-respond standard.",
             "Chief Delivery Officer", "Q2 2025/26",
             "Protocol agreed at the UEC Alliance Board on 11/09/2025 and in use from 1 October.", "A", "B"),
            ("1.2", "Expand same day emergency care and urgent community response capacity in line with the 2025/26 UEC plan.",
             "Place Directors (Barnsley, Doncaster, Rotherham, Sheffield)", d(2026, 3, 31),
             "SDEC extended hours in place at two sites; UCR two-hour response 71% against 70% standard. Workforce gaps in Doncaster.", "A", "A"),
            ("1.3", "Produce a winter 2025/26 system surge plan and test it through a system-wide exercise.",
             "Director of Strategy and Partnerships / Head of EPRR", "Nov-25",
             "Draft plan to Board in October; exercise scheduled for 23 October.", "G", "G"),
        ],
    },
    {
        "sheet": "BAF 2",
        "head": "BAF Risk 2: Financial sustainability",
        "objective": "Make the best use of resources",
        "desc": "If the ICB and system partners do not deliver the efficiency and cost-reduction plans for 2025/26, then the system will not meet its financial plan, resulting in further regulatory intervention and reduced investment in priority services.",
        "lead": "Chief Finance Officer",
        "committee": "Finance and Investment Committee",
        "scores": ("4 x 5 = 20", "4 x 5 = 20", "3 x 4 = 12"),
        "controls": "Financial plan and budget-holder sign-off; system Financial Recovery Group; vacancy control; investment panel.",
        "assurance": "Monthly finance report to Finance and Investment Committee; internal audit of financial controls (reasonable assurance, July 2025).",
        "gaps": "Efficiency programme behind plan; continuing healthcare costs above budget; no system-wide vacancy control.",
        "actions": [
            ("2.1", "Deliver the ICB's 2025/26 efficiency programme and report monthly to the Finance and Investment Committee.",
             "Chief Finance Officer", d(2026, 3, 31),
             "Month 6: £14.2m delivered against a year-to-date plan of £16.8m. Recovery actions agreed; forecast risk of £3.1m.", "A", "R"),
            ("2.2", "Complete the review of continuing healthcare and individual packages of care with each place.",
             "Chief Nurse / Chief Finance Officer", "Dec-25",
             "Reviews complete in Barnsley and Rotherham; Doncaster and Sheffield in progress.", "A", "A"),
            ("2.3", "Operate a system-wide vacancy control panel with all NHS providers in South Yorkshire.",
             "Chief People Officer", "Ongoing",
             "Panel meeting weekly since June 2025.", "G", "G"),
        ],
    },
    {
        "sheet": "BAF 3",
        "head": "BAF Risk 3: Primary care access and resilience",
        "objective": "Improve access to primary care and reduce inequalities",
        "desc": "If general practice and dental services cannot meet demand, then people may not be able to access primary care in a timely way, resulting in poorer outcomes and greater pressure on urgent care.",
        "lead": "Director of Primary Care",
        "committee": "Primary Care Commissioning Committee",
        "scores": ("4 x 4 = 16", "3 x 4 = 12", "2 x 4 = 8"),
        "controls": "Primary Care Access Recovery Plan; LMC engagement; practice resilience funding; dental commissioning plan.",
        "assurance": "Quarterly access report to Primary Care Commissioning Committee; GP patient survey 2025.",
        "gaps": "Modern general practice access not fully adopted; no agreed practice resilience framework.",
        "actions": [
            ("3.1", "Implement the modern general practice access actions of the Primary Care Access Recovery Plan in all practices.",
             "Director of Primary Care", "Q4 2025/26",
             "164 of 171 practices have cloud telephony; online consultation use rising.", "G", "G"),
            ("3.2", "Agree a general practice resilience framework with the LMCs, including support for practices at risk of closure.",
             "Director of Primary Care / Medical Director", d(2025, 11, 30),
             "Framework drafted and discussed with LMCs in September.", "A", "G"),
            ("3.3", "Publish the 2025/26 dental access improvement plan and commission additional urgent dental care sessions.",
             "Director of Strategic Commissioning", "Jul-25",
             "Plan published in July; 4,200 additional urgent sessions commissioned.", "B", "B"),
        ],
    },
]


def make_baf():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    put(cov, 1, 1, BAF_TITLE, bold=True, border=False, size=14)
    put(cov, 2, 1, "Position as at Quarter 2 (30 September 2025) – ICB Board, 5 November 2025", border=False)
    put(cov, 4, 1, "Version control", bold=True, border=False)
    for c, h in enumerate(["Version", "Date", "Author", "Changes"], start=1):
        put(cov, 5, c, h, bold=True, bg=PALE)
    for i, row in enumerate([
        ("1.0", d(2025, 4, 2), "Head of Governance and Board Secretary", "2025/26 BAF approved by the Board"),
        ("1.1", d(2025, 7, 2), "Head of Governance and Board Secretary", "Q1 update"),
        ("1.2", d(2025, 10, 22), "Head of Governance and Board Secretary", "Q2 update; Risk 2 current score increased"),
    ], start=6):
        for c, v in enumerate(row, start=1):
            put(cov, i, c, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
    put(cov, 10, 1, "RAG rating of actions: R = off track; A = some slippage; G = on track; B = complete.", border=False)
    widths(cov, [12, 14, 40, 48])

    sm = wb.create_sheet("Summary")
    put(sm, 1, 1, "BAF summary – Quarter 2 2025/26", bold=True, border=False, size=13)
    for c, h in enumerate(["Ref", "Strategic risk", "Executive lead", "Assuring committee", "Initial", "Current", "Target"], start=1):
        put(sm, 3, c, h, bold=True, bg=NAVY, fg=WHITE)
    for i, rk in enumerate(BAF_RISKS, start=4):
        ini, cur, tgt = rk["scores"]
        for c, v in enumerate([rk["sheet"], rk["head"].split(": ", 1)[1], rk["lead"], rk["committee"],
                               int(ini.split("= ")[1]), int(cur.split("= ")[1]), int(tgt.split("= ")[1])], start=1):
            put(sm, i, c, v)
    widths(sm, [8, 40, 26, 44, 9, 9, 9])

    for rk in BAF_RISKS:
        ws = wb.create_sheet(rk["sheet"])
        put(ws, 1, 1, rk["head"], bold=True, bg=NAVY, fg=WHITE, size=13)
        ws.merge_cells("A1:G1")
        labels = [
            ("Strategic objective", rk["objective"]),
            ("Risk description", rk["desc"]),
            ("Executive lead", rk["lead"]),
            ("Assuring committee", rk["committee"]),
            ("Risk score (L x I)", "Initial: %s   |   Current: %s   |   Target: %s" % rk["scores"]),
            ("Key controls", rk["controls"]),
            ("Sources of assurance", rk["assurance"]),
            ("Gaps in control / assurance", rk["gaps"]),
        ]
        for i, (k, v) in enumerate(labels, start=2):
            put(ws, i, 1, k, bold=True, bg=PALE)
            ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
            put(ws, i, 3, v)
            ws.merge_cells(start_row=i, start_column=3, end_row=i, end_column=7)
        r = 2 + len(labels) + 1
        put(ws, r, 1, "Actions to address gaps", bold=True, bg=GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for c, h in enumerate(["Ref", "Action", "Lead", "Due date", "Q2 progress update", "Previous RAG (Q1)", "Current RAG (Q2)"], start=1):
            put(ws, r, c, h, bold=True, bg=NAVY, fg=WHITE)
        for ref, act, lead, due, prog, prev, cur in rk["actions"]:
            r += 1
            put(ws, r, 1, ref)
            put(ws, r, 2, act)
            put(ws, r, 3, lead)
            put(ws, r, 4, due, fmt="dd/mm/yyyy" if isinstance(due, dt.datetime) else None)
            put(ws, r, 5, prog)
            put(ws, r, 6, prev, bold=True, bg=RAG_FILL[prev])
            put(ws, r, 7, cur, bold=True, bg=RAG_FILL[cur])
        widths(ws, [8, 52, 30, 13, 48, 11, 11])
    wb.save(os.path.join(HERE, "zof-nhs-south-yorkshire-icb-board-assurance-framework-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Lancashire and South Cumbria NHS FT - quality account priorities (xlsx)
# ---------------------------------------------------------------------------
QA_TITLE = "Quality Account 2025/26 – Quality Priorities Progress Tracker"
QA_COL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
QA_DOMAINS = [
    ("PATIENT SAFETY", [
        ("Priority 1: Reducing restrictive practice",
         "Aim: reduce the use of prone restraint by 25% against the 2024/25 baseline and extend the Culture of Care standards to every adult acute ward.",
         [
             ("1a", "Roll out the Culture of Care standards to the remaining adult acute and PICU wards.",
              "Associate Director of Nursing – Adult Mental Health", "March 2026", "G", "G",
              "Standards live on 14 of 19 wards; remaining wards scheduled Nov–Feb."),
             ("1b", "Introduce a post-incident debrief for patients and staff after every episode of restraint, recorded on the incident reporting system.",
              "Head of Reducing Restrictive Practice", "September 2025", "A", "B",
              "Debrief form live from 1 September 2025. Completion rate in September 78%."),
             ("1c", "Publish a monthly restrictive practice dashboard by ward, including prone restraint, seclusion and rapid tranquillisation.",
              "Head of Quality Intelligence", "Q3 2025/26", "A", "A",
              "Prototype built; data quality issues with seclusion records being resolved."),
         ]),
        ("Priority 2: Improving physical health care on inpatient wards",
         "Aim: all registered staff on mental health inpatient wards trained in NEWS2 escalation; 90% of people on clozapine with an annual physical health check.",
         [
             ("2a", "Embed NEWS2 escalation training for all registered staff on mental health inpatient wards.",
              "Physical Health Lead Nurse", "December 2025", "G", "G",
              "82% trained at end of September."),
             ("2b", "Complete an annual physical health check, including cardiometabolic assessment, for every person on clozapine under community mental health teams.",
              "Clinical Director – Community Mental Health / Chief Pharmacist", "March 2026", "A", "R",
              "61% completed. Phlebotomy capacity in Blackpool and Fylde limiting progress; escalated to the Quality and Safety Committee."),
         ]),
    ]),
    ("CLINICAL EFFECTIVENESS", [
        ("Priority 3: Reducing waits for children and young people's mental health services",
         "Aim: no young person waiting more than 18 weeks for a first CAMHS appointment by March 2026.",
         [
             ("3a", "Recruit to the CAMHS single point of access expansion posts.",
              "Network Director – Children and Young People", "October 2025", "G", "B",
              "All 9 posts recruited; last starter 6 October 2025."),
             ("3b", "Validate the CAMHS waiting lists and offer a wellbeing check to every family waiting more than 18 weeks.",
              "CAMHS Service Manager", "Ongoing", "G", "G",
              "Validation completed in all four localities; wellbeing calls made monthly."),
         ]),
    ]),
    ("PATIENT EXPERIENCE", [
        ("Priority 4: Working in partnership with carers (Triangle of Care)",
         "Aim: Triangle of Care self-assessment completed for every inpatient ward and a carer champion in every community team.",
         [
             ("4a", "Complete Triangle of Care self-assessments for all inpatient wards and submit them to the Carers Trust.",
              "Head of Patient Experience and Involvement", "January 2026", "G", "A",
              "11 of 27 wards complete; support from the carers' reference group being arranged for the rest."),
             ("4b", "Appoint a carer champion in every community mental health team.",
              "Carers Lead", "Q2 2025/26", "A", "B",
              "Champions in place in all 16 teams."),
         ]),
    ]),
]


def make_qa():
    wb = Workbook()
    ws = wb.active
    ws.title = "Priorities 2025-26"
    put(ws, 1, 1, "Lancashire and South Cumbria NHS Foundation Trust", bold=True, border=False, size=12)
    put(ws, 2, 1, QA_TITLE, bold=True, border=False, size=14)
    put(ws, 3, 1, "Reported to the Quality and Safety Committee – November 2025 (Quarter 2 position)", border=False)
    put(ws, 4, 1, "Key:", bold=True, border=False)
    put(ws, 4, 2, "Red – not on track", bg=RED, fg=WHITE)
    put(ws, 4, 3, "Amber – some slippage", bg=AMBER)
    put(ws, 4, 4, "Green – on track", bg=GREEN)
    put(ws, 4, 5, "Blue – completed", bg=BLUE, fg=WHITE)
    heads = ["Ref", "Action", "Lead", "Timescale", "Q1", "Q2", "Q3", "Q4", "Q2 progress narrative"]
    for c, h in enumerate(heads, start=1):
        put(ws, 6, c, h, bold=True, bg=NAVY, fg=WHITE)
    r = 7
    for dom, pris in QA_DOMAINS:
        put(ws, r, 1, dom, bold=True, bg=NAVY, fg=WHITE)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for pri, aim, acts in pris:
            put(ws, r, 1, pri, bold=True, bg=PALE)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            c = put(ws, r, 1, aim)
            c.font = Font(italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for ref, act, lead, when, q1, q2, narr in acts:
                put(ws, r, 1, ref)
                put(ws, r, 2, act)
                put(ws, r, 3, lead)
                put(ws, r, 4, when)
                put(ws, r, 5, None, bg=QA_COL[q1])
                put(ws, r, 6, None, bg=QA_COL[q2])
                put(ws, r, 7, None)
                put(ws, r, 8, None)
                put(ws, r, 9, narr)
                r += 1
    widths(ws, [7, 50, 30, 14, 6, 6, 6, 6, 50])
    ws.freeze_panes = "A7"

    nt = wb.create_sheet("Notes")
    put(nt, 1, 1, "Notes", bold=True, border=False)
    put(nt, 2, 1, "1. The quality priorities were agreed with governors and stakeholders and published in the Quality Account 2024/25.", border=False)
    put(nt, 3, 1, "2. Q3 and Q4 ratings will be added for the February and May 2026 committee meetings.", border=False)
    put(nt, 4, 1, "3. The RAG rating for each quarter is shown by the colour of the cell.", border=False)
    widths(nt, [110])
    wb.save(os.path.join(HERE, "zof-lancashire-and-south-cumbria-nhsft-quality-account-priorities-tracker-2025-26.xlsx"))


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


def cell_text(cell, text, bold=False, size=10, color=None):
    """Write text into a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
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
# 4. NHS Lothian - HIS safe delivery of care, Western General Hospital (docx)
# ---------------------------------------------------------------------------
HIS_TITLE = "Improvement Action Plan – Western General Hospital"
HIS_DOMAINS = [
    ("Domain 4.1 – Pathways, procedures and policies", [
        ("Requirement 1: NHS Lothian must ensure that all patient documentation is accurately and consistently completed, including falls, skin care and food, fluid and nutritional assessments.", [
            ("1.1", "Relaunch the Lothian Accreditation and Care Assurance Standards (LACAS) documentation audit on all Western General Hospital inpatient wards, with monthly results reviewed at the Senior Charge Nurse forum.",
             "31 December 2025", "Associate Nurse Director, WGH"),
            ("1.2", "Provide protected time for documentation training for registered nurses on wards 51, 52 and 54, with compliance reported to the site Quality Improvement Group.",
             "End of January 2026", "Senior Charge Nurses / Practice Development Team"),
        ]),
        ("Requirement 2: NHS Lothian must ensure that medicines, intravenous fluids and substances hazardous to health are stored securely in line with current legislation and guidance.", [
            ("2.1", "Fit keypad locks to the clean utility and domestic services rooms on the wards identified during the inspection.",
             "30 November 2025", "Site Director, WGH"),
            ("2.2", "Carry out weekly secure storage spot checks as part of the senior nurse walkround, with findings escalated through the site safety huddle.",
             "Immediate and ongoing", "Lead Nurse, WGH"),
        ]),
    ]),
    ("Domain 4.3 – Workforce planning", [
        ("Requirement 3: NHS Lothian must ensure that staffing levels are assessed in real time, and that staffing risks are escalated, mitigated and recorded in line with the Health and Care (Staffing) (Scotland) Act 2019.", [
            ("3.1", "Complete the roll-out of the SafeCare real-time staffing tool to all Western General Hospital inpatient areas.",
             "March 2026", "Workforce Planning Lead (Nursing)"),
            ("3.2", "Record the outcome of every staffing escalation, and any mitigation, in the site safety huddle log and report exceptions to the Acute Services Staffing Governance Group.",
             "31 October 2025", "Site Director, WGH / Chief Nurse, Acute Services"),
        ]),
    ]),
    ("Domain 6 – Dignity and respect", [
        ("Requirement 4: NHS Lothian must ensure that patients' privacy and dignity are maintained when patients are cared for in additional beds in non-standard care areas.", [
            ("4.1", "Review the standard operating procedure for surge and boarding beds, including privacy screens and access to call bells, and reissue it to all wards.",
             "December 2025", "Associate Nurse Director, WGH"),
            ("4.2", "Gather feedback from patients cared for in surge beds through Care Opinion and the ward patient experience survey, and report it to the site Quality Improvement Group.",
             "28 February 2026", "Patient Experience Manager"),
        ]),
    ]),
]


def make_his():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("NHS Lothian")
    r.bold = True
    r.font.size = Pt(12)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(HIS_TITLE, level=1)
    doc.add_paragraph("Healthcare Improvement Scotland – Safe Delivery of Care Inspection")

    ctl = doc.add_table(rows=2, cols=6)
    ctl.style = "Table Grid"
    vals = [["File Name:", "20250617 HIS SDOC WGH action plan", "Version:", "3.0", "Date:", "14/10/2025"],
            ["Produced by:", "Chief Nurse, Acute Services", "Review date:", "16/12/2025", "Circulation:", "External"]]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(ctl.cell(i, j), v, bold=(j % 2 == 0), size=9)
            if j % 2 == 0:
                shade(ctl.cell(i, j), "D9E2F3")
    doc.add_paragraph()
    for line in ["Name of hospital: Western General Hospital, Edinburgh",
                 "NHS board: NHS Lothian",
                 "Date of inspection: 17 to 19 June 2025",
                 "Date of publication of report: 2 October 2025"]:
        doc.add_paragraph(line)
    doc.add_paragraph("Please note: the NHS board must prioritise the requirements to meet national standards. "
                      "The action plan must be submitted to Healthcare Improvement Scotland within two weeks of the report being published.")

    for dom, reqs in HIS_DOMAINS:
        doc.add_heading(dom, level=2)
        n = 1 + sum(1 + len(a) for _, a in reqs)
        t = doc.add_table(rows=n, cols=4)
        t.style = "Table Grid"
        for j, h in enumerate(["Action reference", "Action planned", "Timescale to meet action", "Responsibility for taking action"]):
            cell_text(t.cell(0, j), h, bold=True, color="FFFFFF")
            shade(t.cell(0, j), "1F3864")
        i = 1
        for req, acts in reqs:
            m = t.cell(i, 0).merge(t.cell(i, 3))
            cell_text(m, req, bold=True)
            shade(m, "D9E2F3")
            i += 1
            for ref, act, when, who in acts:
                for j, v in enumerate([ref, act, when, who]):
                    cell_text(t.cell(i, j), v)
                i += 1
        for row in t.rows:
            row.cells[0].width = Cm(2.5)
            row.cells[1].width = Cm(14)
            row.cells[2].width = Cm(4)
            row.cells[3].width = Cm(5.5)
        doc.add_paragraph()

    doc.add_heading("NHS board contact", level=2)
    s = doc.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([("Name", "Alison Macdonald"), ("Designation", "Executive Nurse Director"),
                                ("Signature", ""), ("Date", "14/10/2025")]):
        cell_text(s.cell(i, 0), k, bold=True)
        cell_text(s.cell(i, 1), v)
    doc.save(os.path.join(HERE, "zof-nhs-lothian-his-western-general-hospital-safe-delivery-of-care-improvement-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Narberth Surgery - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
HIW_TITLE = "Narberth Surgery – Improvement plan following HIW inspection"
HIW_HEAD = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
HIW_B = [
    ("Two items in the emergency drugs kit (adrenaline 1mg/ml ampoules and glucagon) had passed their expiry date and there was no record of weekly checks of the kit.",
     "The service must ensure that emergency drugs and equipment are checked weekly, that checks are recorded, and that out-of-date items are replaced immediately.",
     "Health and Care Quality Standards 2023 – Safe",
     "Expired items were removed and replaced on the day of the inspection.\nA weekly emergency drugs and equipment checklist has been introduced, completed every Monday by the duty nurse and countersigned by the Practice Manager.",
     "Lead Practice Nurse", "Completed"),
]
HIW_C = [
    ("Patients told us it was difficult to get through on the telephone at 8am.",
     "The practice should review its telephone access arrangements to reduce call waiting times at peak periods.",
     "Health and Care Quality Standards 2023 – Timely",
     "Install a cloud-based telephony system with call queuing and a call-back option, and publish monthly call-waiting data in the waiting room and on the practice website.",
     "Rhian Evans – Practice Manager", "31/12/2025"),
    ("Not all staff had completed safeguarding training at the level appropriate to their role.",
     "The practice must ensure that all staff complete safeguarding training at the appropriate level and that compliance is monitored.",
     "Health and Care Quality Standards 2023 – Safe; Safeguarding",
     "Training matrix updated to show the required safeguarding level for each role. The four staff outstanding have been booked onto Level 3 training through the health board.",
     "Practice Manager / Safeguarding Lead GP", "September 2025"),
    ("An infection prevention and control audit had not been completed in the last 12 months.",
     "The practice must complete an annual infection prevention and control audit and act on its findings.",
     "Health and Care Quality Standards 2023 – Safe; Infection prevention and control",
     "Complete the annual IPC audit using the health board audit tool and agree an action plan at the practice meeting.",
     "Lead Practice Nurse", "By 31 October 2025"),
    ("Significant events were discussed, but the learning was not consistently recorded or shared with the wider team.",
     "The practice should ensure that learning from significant events is documented and shared with all relevant staff.",
     "Health and Care Quality Standards 2023 – Effective",
     "Significant event log redesigned to include learning points and actions.\nLearning will be a standing item at the monthly whole-practice meeting, with minutes circulated to all staff.",
     "Dr Catrin Lewis (GP Partner)", "Ongoing – reviewed monthly"),
    ("There was no hearing loop and the reception desk offered little privacy.",
     "The practice should consider how it can better meet the communication needs of patients with hearing loss and provide privacy at reception.",
     "Health and Care Quality Standards 2023 – Person-centred; Equitable",
     "Portable hearing loop purchased and signage displayed. A notice at reception offers patients a private room to discuss sensitive matters.",
     "Reception Manager", "Completed"),
    ("Several practice policies had passed their review dates.",
     "The practice must ensure that all policies and procedures are reviewed, version controlled and accessible to staff.",
     "Health and Care Quality Standards 2023 – Leadership",
     "Policy register created with review dates. All overdue policies to be reviewed by the partners and uploaded to the shared drive.",
     "Practice Manager and Dr Huw Thomas", "January 2026"),
]


def hiw_table(doc, rows):
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(HIW_HEAD):
        cell_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "E2EFD9")
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v)
    for row in t.rows:
        for j, w in enumerate([4.5, 5, 3.2, 6.5, 3.3, 2.8]):
            row.cells[j].width = Cm(w)


def hiw_signoff(doc, date):
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Rhian Evans"), ("Job role:", "Practice Manager"), ("Date:", date)]):
        cell_text(s.cell(i, 0), k, bold=True)
        cell_text(s.cell(i, 1), v)


def make_hiw():
    doc = Document()
    landscape(doc)
    doc.add_heading(HIW_TITLE, level=1)
    doc.add_paragraph("Service: Narberth Surgery, Pembrokeshire (Hywel Dda University Health Board)")
    doc.add_paragraph("Date of inspection: 8 July 2025")
    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("The table below includes any immediate non-compliance concerns about patient safety identified "
                      "during the inspection where we require the service to complete an immediate improvement plan "
                      "telling us about the urgent actions they are taking.")
    hiw_table(doc, HIW_B)
    doc.add_paragraph()
    hiw_signoff(doc, "10/07/2025")
    doc.add_page_break()
    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("The table below includes any other issues identified during the inspection where we require "
                      "the service to complete an improvement plan telling us about the actions they are taking to "
                      "address these areas.")
    hiw_table(doc, HIW_C)
    doc.add_paragraph()
    hiw_signoff(doc, "15/08/2025")
    doc.save(os.path.join(HERE, "zof-narberth-surgery-hiw-gp-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Bluebird Care Swindon - CQC home care action plan (csv, typo month)
# ---------------------------------------------------------------------------
CSV_ROWS = [
    ["Bluebird Care Swindon – CQC Inspection Action Plan"],
    ["Inspection 3–7 March 2025; report published 16 May 2025; overall rating Requires improvement"],
    ["Registered Manager: Sarah Holloway; Nominated Individual: Mark Denton"],
    [],
    ["No.", "Key question", "Regulation / finding", "Action", "Responsible", "Target date", "Status", "Update"],
    ["1", "Safe", "Reg 12 Safe care and treatment – risk assessments for people with catheters or diabetes were not in place",
     "Review care plans for all clients with a catheter or diabetes and add specific risk assessments with guidance for care workers.",
     "Registered Manager", "Apr-2025", "Complete", "All 14 care plans reviewed by 28/04/2025."],
    ["2", "Safe", "Reg 12 – gaps in electronic medicines administration records (eMAR) were not followed up",
     "Introduce daily eMAR alert monitoring by the office team and a weekly medicines audit.",
     "Care Coordinator / Field Care Supervisor", "May-2025", "Complete", "Daily monitoring in place from 6 May."],
    ["3", "Safe", "Reg 12 – time-specific calls for medicines were not always delivered on time",
     "Set protected call windows for time-specific visits on the rostering system and monitor late calls weekly.",
     "Care Coordinator", "Jun-2025", "Complete", "Late time-specific calls down from 11% to 3%."],
    ["4", "Safe", "Reg 19 Fit and proper persons employed – gaps in employment history were not explored",
     "Audit all staff files for full employment history and references, and introduce a recruitment checklist signed off by the Registered Manager.",
     "Recruitment and Compliance Officer", "Jul-2025", "On track", "62 of 75 files audited."],
    ["5", "Effective", "Reg 18 Staffing – supervision and spot checks not up to date",
     "Create a supervision matrix so that every care worker has a spot check and a supervision at least every three months.",
     "Field Care Supervisor", "Aug-2025", "On track", "Matrix in place; 81% up to date."],
    ["6", "Effective", "Should: mental capacity assessments were not decision-specific",
     "Deliver Mental Capacity Act training to office staff and repeat capacity assessments for clients who may lack capacity to consent to their care.",
     "Registered Manager", "Sep-2025", "On track", "Training delivered 19 June; assessments under way."],
    ["7", "Well-led", "Reg 17 Good governance – audits did not identify the issues found at inspection",
     "Implement a monthly quality audit schedule reported to the Nominated Individual, with a quarterly provider quality review.",
     "Nominated Individual", "0ct-2025", "Not started", ""],
    ["8", "Well-led", "Reg 17 – feedback from people using the service was not analysed or acted on",
     "Send quarterly quality questionnaires to clients and families and publish a 'You said, we did' summary.",
     "Registered Manager", "Nov-2025", "Not started", ""],
    [],
    ["Status key: Complete / On track / Behind / Not started. Reviewed at the monthly management meeting."],
]


def make_csv():
    path = os.path.join(HERE, "zof-bluebird-care-swindon-cqc-home-care-inspection-action-plan-typo-month-refuse.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in CSV_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Slievedonard Care and Nursing Home - RQIA QIP progress log (txt)
# ---------------------------------------------------------------------------
TXT_TITLE = "Slievedonard Care and Nursing Home - Quality Improvement Plan progress log"
TXT_SECTIONS = [
    ("SECTION A: Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005", [
        ("A1", "Regulation 14 (2) (a) (c)", "First time",
         "The registered person shall ensure that all parts of the home to which patients have access are free from hazards to their safety. This relates specifically to the storage of thickening agents and cleaning chemicals.",
         ["Thickening agents are now stored in a locked cupboard in each dining room and are no longer left on the drinks trolley.",
          "Domestic and care staff were reminded of COSHH storage at the February staff meetings; a daily environmental walkround has been added to the nurse in charge checklist."],
         "Registered Manager", "Immediate action required", "Blue"),
        ("A2", "Regulation 13 (1) (a) (b)", "First time",
         "The registered person shall ensure that the management of falls is in line with best practice guidance, including clinical and neurological observations where a head injury cannot be ruled out, and timely referral for medical review.",
         ["The post-falls protocol and flowchart have been reissued to all registered nurses and are displayed at each nurses' station.",
          "Falls documentation is audited monthly by the Deputy Manager and results are discussed at the clinical governance meeting."],
         "Deputy Manager / Clinical Lead Nurse", "22 February 2025", "Green"),
        ("A3", "Regulation 20 (1) (c) (i)", "Second time",
         "The registered person shall ensure that all staff complete mandatory training appropriate to their role, with particular reference to fire safety and dysphagia awareness.",
         ["Fire safety training and dysphagia awareness sessions have been booked with external trainers for March and April 2025. Compliance is tracked on the training matrix and reviewed weekly."],
         "Registered Manager and Home Administrator", "30 April 2025", "Amber"),
    ]),
    ("SECTION B: Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)", [
        ("B1", "Standard 4.9", "First time",
         "The registered person shall ensure that care plans for patients with wounds are kept up to date and that wound assessment charts are completed at each dressing change.",
         ["All wound care plans have been reviewed by the Tissue Viability Link Nurse. Wound charts are checked weekly at the clinical handover and included in the monthly care record audit."],
         "Tissue Viability Link Nurse", "31 March 2025", "Green"),
        ("B2", "Standard 12", "First time",
         "The registered person shall ensure that the dining experience is reviewed so that patients receive the assistance they need in a timely manner and that menus are displayed in a suitable format.",
         ["A dining experience audit was completed by the Catering Manager and the Deputy Manager.",
          "Staff are now allocated to each dining room at every mealtime and pictorial menus are displayed on each table."],
         "Catering Manager / Deputy Manager", "31 March 2025", "Blue"),
        ("B3", "Standard 35", "First time",
         "The registered person shall ensure that the monthly monitoring report required under Regulation 29 includes an action plan with timeframes, and that actions are reviewed at the next visit.",
         ["The monthly monitoring report template will be amended to include an action plan section, starting with the May 2025 visit."],
         "Responsible Individual", "30 June 2025", "Not started"),
    ]),
]


def make_txt():
    rule = "=" * 78
    dash = "-" * 78
    out = [
        TXT_TITLE,
        "RQIA unannounced care inspection 21 and 22 January 2025 (Inspection ID: IN047213)",
        "Registered Manager: Ciara Rooney | Responsible Individual: Declan Magee",
        "Exported from the home's quality system on 07/04/2025",
        rule,
        "",
        "This log records the areas for improvement in the RQIA Quality Improvement Plan (QIP) and the home's",
        "response. The QIP response was returned to RQIA through the RQIA Web Portal on 05/03/2025.",
        "RAG key: Blue = completed and evidenced; Green = on track; Amber = some delay; Red = not on track.",
        "",
    ]
    for head, items in TXT_SECTIONS:
        out += [dash, head, dash, ""]
        for ref, reg, stated, afi, resp, who, when, rag in items:
            out.append("[%s] %s        Stated: %s" % (ref, reg, stated))
            out.append("Area for improvement:")
            out.append(afi)
            out.append("Response by registered person detailing the actions taken:")
            out += resp
            out.append("Responsible: " + who)
            out.append("To be completed by: " + when)
            out.append("RAG: " + rag)
            out.append("")
    out += [rule,
            "Summary: 6 areas for improvement (Regulations 3, Standards 3) | Blue 2 | Green 2 | Amber 1 | Not started 1",
            "Next review: Governance meeting 06/05/2025",
            ""]
    with open(os.path.join(HERE, "zof-slievedonard-nursing-home-rqia-care-inspection-quality-improvement-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    make_psii()
    make_baf()
    make_qa()
    make_his()
    make_hiw()
    make_csv()
    make_txt()
    print("built 7 files in", HERE)
