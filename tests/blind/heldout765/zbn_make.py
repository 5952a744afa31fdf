"""Build the seven zbn- blind test files (set heldout765).

Run with: /work/main/.venv/bin/python zbn_make.py
Writes only files whose names start with "zbn-" in this folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zbn-")
    return os.path.join(HERE, name)


D = dt.datetime

BLUE = "5B9BD5"
GREEN = "00B050"
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


def put(ws, row, col, value, bold=False, fillhex=None, white=False, border=True,
        numfmt=None, size=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or white or size:
        c.font = Font(bold=bold, color="FFFFFF" if white else None, size=size)
    if fillhex:
        c.fill = fill(fillhex)
    if border:
        c.border = BOX
    if numfmt:
        c.number_format = numfmt
    elif isinstance(value, dt.datetime):
        c.number_format = "dd/mm/yyyy"
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Leeds Community Healthcare NHS Trust - Board Assurance Framework 2025/26
# ---------------------------------------------------------------------------
LCH_STATUS_FILL = {
    "Complete": BLUE,
    "On track": GREEN,
    "Delayed": AMBER,
    "Off track": RED,
    "Not yet started": GREY,
}

LCH_RISKS = [
    {
        "sheet": "BAF 1.1",
        "goal": "Strategic goal 1: Deliver outstanding care",
        "title": "BAF Risk 1.1: Quality and safety of community nursing care",
        "desc": "If demand on neighbourhood teams continues to exceed funded capacity, "
                "then visits may be deferred and deterioration missed, resulting in "
                "avoidable harm to patients (including pressure ulcers and delayed "
                "escalation) and regulatory concern.",
        "lead": "Executive Director of Nursing and AHPs",
        "committee": "Quality Committee",
        "scores": ("4 x 4 = 16", "4 x 3 = 12", "4 x 2 = 8"),
        "controls": "Daily neighbourhood team safety huddles and OPEL escalation\n"
                    "Caseload weighting tool and visit prioritisation framework\n"
                    "Patient Safety Incident Response Plan (PSIRF)",
        "assurance": "Quality Committee: monthly quality and safety report; six-monthly "
                     "safer staffing report\nInternal audit: patient safety incident "
                     "management (substantial assurance, May 2025)",
        "gaps": "Safer staffing establishment review not yet completed using the national tool\n"
                "Inconsistent NEWS2 escalation in the community setting",
        "actions": [
            ("1.1.1",
             "Complete the neighbourhood team safer staffing review using the Community "
             "Nursing Safer Staffing Tool (CNSST) and report the findings to the Quality Committee.",
             "Deputy Director of Nursing and AHPs", D(2025, 6, 30), D(2025, 9, 30),
             "Data collection completed in July. Report received by Quality Committee on "
             "22 September 2025; establishment changes go to Business Committee in December.",
             "Complete"),
            ("1.1.2",
             "Embed the deteriorating patient (NEWS2) escalation standard in all 13 "
             "neighbourhood teams, with a monthly compliance audit.",
             "Clinical Lead for Patient Safety", D(2025, 12, 31), None,
             "Standard launched in August. Audit shows 78% compliance in September (target 90%).",
             "On track"),
            ("1.1.3",
             "Deliver PSIRF learning response training to band 6 and band 7 clinical "
             "leaders (85% by year end).",
             "Head of Patient Safety", D(2026, 3, 31), None,
             "62% trained at end of Q2; additional dates booked for January.",
             "On track"),
        ],
    },
    {
        "sheet": "BAF 1.2",
        "goal": "Strategic goal 1: Deliver outstanding care",
        "title": "BAF Risk 1.2: Waiting times in children's services",
        "desc": "If waiting times for children's neurodevelopmental assessment and community "
                "paediatrics are not reduced, then children may wait longer than is clinically "
                "appropriate, resulting in harm, poorer outcomes and complaints.",
        "lead": "Director of Operations",
        "committee": "Quality Committee",
        "scores": ("4 x 4 = 16", "4 x 4 = 16", "3 x 3 = 9"),
        "controls": "Waiting list clinical prioritisation and harm review process\n"
                    "Weekly children's business unit access meeting",
        "assurance": "Quality Committee: quarterly waiting list harm review report\n"
                     "Business Committee: monthly performance brief",
        "gaps": "No agreed recovery trajectory with commissioners\n"
                "Families waiting over 52 weeks not all contacted",
        "actions": [
            ("1.2.1",
             "Validate the neurodevelopmental waiting list and make a 'waiting well' "
             "contact with every child waiting more than 52 weeks.",
             "General Manager, Children's Business Unit", D(2025, 7, 31), D(2025, 10, 31),
             "Validation complete; 1,140 of 1,512 families contacted. Remaining contacts "
             "scheduled by the end of October.",
             "Delayed"),
            ("1.2.2",
             "Agree a recovery trajectory for the Child and Adolescent Mental Health Service "
             "(CAMHS) with West Yorkshire ICB and report monthly to the Business Committee.",
             "Director of Operations / Director of Finance and Resources", D(2025, 9, 30), None,
             "Trajectory agreed at the Leeds place contract meeting on 16 September 2025.",
             "Complete"),
        ],
    },
    {
        "sheet": "BAF 3.1",
        "goal": "Strategic goal 3: Use our resources wisely and efficiently",
        "title": "BAF Risk 3.1: Financial sustainability 2025/26",
        "desc": "If the Trust does not deliver its 2025/26 efficiency programme of £7.4m, "
                "then it will not achieve its financial plan, resulting in regulatory "
                "intervention and pressure on services.",
        "lead": "Director of Finance and Resources",
        "committee": "Business Committee",
        "scores": ("4 x 3 = 12", "4 x 4 = 16", "4 x 2 = 8"),
        "controls": "Financial Recovery Group (fortnightly)\nBudget holder accountability reviews",
        "assurance": "Business Committee: monthly finance report\n"
                     "West Yorkshire ICB: monthly financial monitoring return",
        "gaps": "£1.9m of the efficiency programme is unidentified\n"
                "No corporate services benchmarking",
        "actions": [
            ("3.1.1",
             "Close the unidentified element (£1.9m) of the 2025/26 efficiency programme "
             "through the Financial Recovery Group.",
             "Director of Finance and Resources", D(2025, 10, 31), D(2025, 12, 31),
             "£0.8m of schemes identified; £1.1m gap remains. Escalated to Business Committee "
             "and West Yorkshire ICB.",
             "Off track"),
            ("3.1.2",
             "Complete the corporate services benchmarking review and agree a three-year "
             "productivity plan.",
             "Director of Finance and Resources; Chief People Officer", "Q4 2025/26", None,
             "Scope agreed; review starts in January 2026.",
             "Not yet started"),
        ],
    },
    {
        "sheet": "BAF 4.1",
        "goal": "Strategic goal 4: Be the best place to work",
        "title": "BAF Risk 4.1: Workforce wellbeing and retention",
        "desc": "If the Trust cannot retain experienced staff and reduce sickness absence, "
                "then service capacity and continuity of care will be reduced, resulting in "
                "increased agency spend and pressure on remaining staff.",
        "lead": "Chief People Officer",
        "committee": "Workforce Committee",
        "scores": ("4 x 3 = 12", "4 x 3 = 12", "3 x 2 = 6"),
        "controls": "Health and wellbeing offer and Freedom to Speak Up Guardian\n"
                    "Attendance management policy",
        "assurance": "Workforce Committee: quarterly workforce report; NHS Staff Survey results",
        "gaps": "Turnover of staff in their first two years remains above 14%\n"
                "Sickness absence above 6.5% in neighbourhood teams",
        "actions": [
            ("4.1.1",
             "Launch the refreshed flexible working policy and 'stay conversations' for staff "
             "in their first two years of employment.",
             "Chief People Officer", D(2025, 9, 30), None,
             "Policy launched 1 September 2025; 214 stay conversations recorded.",
             "Complete"),
            ("4.1.2",
             "Reduce sickness absence in neighbourhood teams to below 6.5% through the "
             "attendance management deep dive.",
             "Head of Workforce Business Partnering", D(2026, 3, 31), None,
             "Sickness absence 7.1% in September (7.6% in April).",
             "On track"),
            ("4.1.3",
             "Deliver the year 2 actions of the Anti-Racism Framework and report progress to "
             "the Workforce Committee.",
             "Head of Inclusion", "Ongoing", None,
             "Year 2 plan approved July 2025; quarterly report to Workforce Committee.",
             "On track"),
        ],
    },
]


def make_lch():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    widths(ws, [22, 16, 22, 60])
    put(ws, 1, 1, "Leeds Community Healthcare NHS Trust – Board Assurance Framework 2025/26",
        bold=True, size=14, border=False)
    ws.merge_cells("A1:D1")
    rows = [("Position as at:", "30 September 2025 (Quarter 2)"),
            ("Presented to:", "Trust Board (meeting held in public), 5 December 2025"),
            ("Executive owner:", "Chief Executive"),
            ("Prepared by:", "Company Secretary")]
    r = 3
    for k, v in rows:
        put(ws, r, 1, k, bold=True)
        put(ws, r, 2, v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    r += 1
    put(ws, r, 1, "Version control", bold=True, border=False)
    r += 1
    for c, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        put(ws, r, c, h, bold=True, fillhex=PALE)
    for v in [("0.1", D(2025, 10, 14), "Risk Manager", "Q2 updates from risk leads"),
              ("0.2", D(2025, 10, 28), "Company Secretary", "Reviewed by Executive Management Team"),
              ("1.0", D(2025, 11, 12), "Company Secretary",
               "Committee updates; revised dates agreed by Audit Committee")]:
        r += 1
        for c, x in enumerate(v, 1):
            put(ws, r, c, x)
    r += 2
    put(ws, r, 1, "Action status key", bold=True, border=False)
    for k, v in [("Complete", "Action delivered and evidence received by the assuring committee"),
                 ("On track", "Action progressing and expected to complete by the due date"),
                 ("Delayed", "Due date missed or at risk; revised date agreed"),
                 ("Off track", "Action will not deliver without escalation or additional resource"),
                 ("Not yet started", "Action not due to start this quarter")]:
        r += 1
        put(ws, r, 1, k, fillhex=LCH_STATUS_FILL[k])
        put(ws, r, 2, v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    r += 2
    put(ws, r, 1, "Risk scoring: consequence x likelihood (5 x 5 matrix). 1–3 Low; 4–6 Moderate; "
                  "8–12 High; 15–25 Extreme.", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)

    # Summary sheet
    ws = wb.create_sheet("Summary")
    widths(ws, [8, 44, 36, 22, 9, 9, 9, 9, 11])
    put(ws, 1, 1, "BAF summary – Quarter 2 2025/26", bold=True, size=13, border=False)
    ws.merge_cells("A1:I1")
    hdr = ["Ref", "Strategic risk", "Lead director", "Assuring committee", "Initial", "Q1",
           "Q2", "Target", "Movement"]
    for c, h in enumerate(hdr, 1):
        put(ws, 3, c, h, bold=True, white=True, fillhex=NAVY)
    summ = [("1.1", "Quality and safety of community nursing care",
             "Executive Director of Nursing and AHPs", "Quality Committee", 16, 16, 12, 8, "↓"),
            ("1.2", "Waiting times in children's services", "Director of Operations",
             "Quality Committee", 16, 16, 16, 9, "↔"),
            ("3.1", "Financial sustainability 2025/26", "Director of Finance and Resources",
             "Business Committee", 12, 16, 16, 8, "↔"),
            ("4.1", "Workforce wellbeing and retention", "Chief People Officer",
             "Workforce Committee", 12, 12, 12, 6, "↔")]
    r = 3
    for row in summ:
        r += 1
        for c, x in enumerate(row, 1):
            put(ws, r, c, x)
    r += 2
    put(ws, r, 1, "Actions to close gaps – status at Q2", bold=True, border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    counts = {}
    for risk in LCH_RISKS:
        for a in risk["actions"]:
            counts[a[6]] = counts.get(a[6], 0) + 1
    for k in ["Complete", "On track", "Delayed", "Off track", "Not yet started"]:
        r += 1
        put(ws, r, 2, k, fillhex=LCH_STATUS_FILL[k])
        put(ws, r, 3, counts.get(k, 0))
    r += 1
    put(ws, r, 2, "Total", bold=True)
    put(ws, r, 3, sum(counts.values()), bold=True)

    # One sheet per strategic risk
    for risk in LCH_RISKS:
        ws = wb.create_sheet(risk["sheet"])
        widths(ws, [20, 48, 30, 14, 14, 44, 16])
        put(ws, 1, 1, risk["goal"], bold=True, white=True, fillhex=NAVY)
        ws.merge_cells("A1:G1")
        put(ws, 2, 1, risk["title"], bold=True, size=13, border=False)
        ws.merge_cells("A2:G2")
        put(ws, 4, 1, "Risk description", bold=True, fillhex=PALE)
        put(ws, 4, 2, risk["desc"])
        ws.merge_cells("B4:G4")
        put(ws, 5, 1, "Lead director", bold=True, fillhex=PALE)
        put(ws, 5, 2, risk["lead"])
        put(ws, 5, 3, "Assuring committee", bold=True, fillhex=PALE)
        put(ws, 5, 4, risk["committee"])
        ws.merge_cells("D5:G5")
        put(ws, 6, 1, "Initial score", bold=True, fillhex=PALE)
        put(ws, 6, 2, risk["scores"][0])
        put(ws, 6, 3, "Current score (Q2)", bold=True, fillhex=PALE)
        put(ws, 6, 4, risk["scores"][1])
        put(ws, 6, 5, "Target score", bold=True, fillhex=PALE)
        put(ws, 6, 6, risk["scores"][2])
        for rr, (lab, key) in enumerate([("Key controls", "controls"),
                                         ("Sources of assurance", "assurance"),
                                         ("Gaps in control / assurance", "gaps")], start=7):
            put(ws, rr, 1, lab, bold=True, fillhex=PALE)
            put(ws, rr, 2, risk[key])
            ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=7)
        put(ws, 11, 1, "Actions to address gaps", bold=True, border=False)
        for c, h in enumerate(["Ref", "Action", "Action owner", "Original due date",
                               "Revised due date", "Q2 progress update", "Status"], 1):
            put(ws, 12, c, h, bold=True, white=True, fillhex=NAVY)
        r = 12
        for ref, act, owner, orig, rev, prog, status in risk["actions"]:
            r += 1
            put(ws, r, 1, ref)
            put(ws, r, 2, act)
            put(ws, r, 3, owner)
            put(ws, r, 4, orig)
            put(ws, r, 5, rev)
            put(ws, r, 6, prog)
            put(ws, r, 7, status, fillhex=LCH_STATUS_FILL[status])
        r += 2
        put(ws, r, 1, "Note: revised due dates were agreed by the Audit Committee on "
                      "18 September 2025.", border=False)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    wb.save(out("zbn-leeds-community-healthcare-nhs-trust-board-assurance-framework-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Manchester University NHS FT - Quality Account priorities tracker 2025/26
# ---------------------------------------------------------------------------
RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

# (ref, action, leads, target, q1, q2, progress); q2 "g-fill" = green fill, no letter
MFT = [
    ("Patient Safety", [
        ("Priority 1: Recognition and response to the deteriorating patient",
         "Executive sponsor: Group Chief Medical Officer", [
            ("1.1", "Implement Martha's Rule (patient and family-initiated escalation, "
                    "'Call for Concern') on all adult inpatient wards at MRI, Wythenshawe and "
                    "North Manchester General Hospital.",
             "Critical Care Outreach Lead Nurse", "Sept 2025", "G", "B",
             "Live on all adult inpatient wards from 1 September 2025; 212 calls in September."),
            ("1.2", "Achieve 90% compliance with NEWS2 observations recorded on time in Hive "
                    "for all adult inpatient areas.",
             "Deputy Group Chief Nurse", "Q4 2025/26", "A", "A",
             "87% in September (86% Q1). Ward-level dashboards shared weekly."),
            ("1.3", "Launch the System-wide Paediatric Early Warning Score (PEWS) at Royal "
                    "Manchester Children's Hospital and audit escalation quarterly.",
             "Dr A. Patel and Sr K. Lomax", D(2025, 12, 31), "G", "G",
             "Training 74% complete; go-live planned for 3 November 2025."),
        ]),
        ("Priority 2: Reducing harm from inpatient falls",
         "Executive sponsor: Group Chief Nurse", [
            ("2.1", "Roll out the enhanced care (1:1 and cohort observation) policy and the "
                    "'baywatch' model to all care of the elderly wards.",
             "Group Falls Lead", "Oct-25", "A", "R",
             "Live on 9 of 17 wards; roll-out paused owing to registered nurse vacancies. "
             "Escalated to Group Nursing Board."),
            ("2.2", "Ensure lying and standing blood pressure is recorded within 24 hours of "
                    "admission for patients aged 65 and over.",
             "Falls Prevention Practitioner", "Mar-26", "G", "G",
             "Compliance 71% (baseline 58%). Hive prompt added in August."),
            ("2.3", "Complete a post-fall After Action Review for every fall with moderate "
                    "harm or above within 20 working days.",
             "Head of Patient Safety", "Ongoing", "G", "g-fill",
             "All 14 reviews in Q2 completed within timescale."),
        ]),
    ]),
    ("Clinical Effectiveness", [
        ("Priority 3: Timely and effective discharge",
         "Executive sponsor: Group Chief Operating Officer", [
            ("3.1", "Increase the proportion of discharges before 12:00 to 33% on medical "
                    "wards using the SAFER patient flow bundle.",
             "Group Director of Operations", "Q3 2025/26", "A", "A",
             "24% in September (21% Q1). Criteria-led discharge being tested on 4 wards."),
            ("3.2", "Embed the Transfer of Care Hub with Manchester Local Care Organisation "
                    "for patients on discharge pathways 1–3.",
             "Associate Director of Patient Flow; Head of Integrated Discharge",
             D(2026, 3, 31), "G", "G",
             "Hub operating 7 days at MRI; Wythenshawe from January."),
        ]),
    ]),
    ("Patient Experience", [
        ("Priority 4: Improving communication with patients and families",
         "Executive sponsor: Group Chief Nurse", [
            ("4.1", "Introduce the 'What Matters to Me' conversation prompt into the Hive "
                    "nursing admission documentation.",
             "Head of Patient Experience", "Jul-25", "B", "B",
             "Live in Hive from 14 July 2025."),
            ("4.2", "Respond to 85% of formal complaints within the agreed timescale "
                    "(40 working days).",
             "Complaints Manager", "Mar-26", "R", "A",
             "78% in Q2 (64% in Q1) following backlog clearance."),
            ("4.3", "Deliver the interpreting services improvement plan, including on-demand "
                    "video interpreting in the Emergency Departments.",
             "Head of Patient Experience / Interpreting Services Manager", "Dec-25", "G", "G",
             "Video interpreting live at MRI and NMGH EDs; Wythenshawe in November."),
        ]),
    ]),
]


def make_mft():
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 tracker"
    widths(ws, [7, 60, 30, 13, 8, 8, 8, 8, 50])
    put(ws, 1, 1, "Quality Account Priorities 2025/26 – Quarter 2 Progress Tracker",
        bold=True, size=14, border=False)
    ws.merge_cells("A1:I1")
    put(ws, 2, 1, "Manchester University NHS Foundation Trust · Position as at 30 September "
                  "2025 · Report to Quality and Performance Scrutiny Committee, "
                  "12 November 2025", border=False)
    ws.merge_cells("A2:I2")
    put(ws, 3, 1, "RAG key:", bold=True, border=False)
    # key: meanings in B3 (merged B3:I3)
    put(ws, 3, 2, "B = Complete; G = On track; A = Some slippage – recoverable in year; "
                  "R = Off track – escalated", border=False)
    ws.merge_cells("B3:I3")
    hdr = ["Ref", "Key actions / milestones", "Lead(s)", "Target date", "Q1 RAG", "Q2 RAG",
           "Q3 RAG", "Q4 RAG", "Q2 progress update"]
    for c, h in enumerate(hdr, 1):
        put(ws, 5, c, h, bold=True, white=True, fillhex=NAVY)
    r = 5
    tally = {}
    for domain, priorities in MFT:
        r += 1
        put(ws, r, 1, domain, bold=True, white=True, fillhex="2F5597")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for ptitle, sponsor, acts in priorities:
            r += 1
            put(ws, r, 1, ptitle, bold=True, fillhex=PALE)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            put(ws, r, 9, sponsor, fillhex=PALE)
            for ref, act, leads, target, q1, q2, prog in acts:
                r += 1
                put(ws, r, 1, ref)
                put(ws, r, 2, act)
                put(ws, r, 3, leads)
                put(ws, r, 4, target)
                put(ws, r, 5, q1, fillhex=RAG_FILL[q1])
                if q2 == "g-fill":
                    put(ws, r, 6, None, fillhex=GREEN)
                    tally["G"] = tally.get("G", 0) + 1
                else:
                    put(ws, r, 6, q2, fillhex=RAG_FILL[q2])
                    tally[q2] = tally.get(q2, 0) + 1
                put(ws, r, 7, None)
                put(ws, r, 8, None)
                put(ws, r, 9, prog)
    r += 2
    put(ws, r, 2, "Summary of Q2 position", bold=True)
    for k, lab in [("B", "Complete (B)"), ("G", "On track (G)"), ("A", "Some slippage (A)"),
                   ("R", "Off track (R)")]:
        r += 1
        put(ws, r, 2, lab, fillhex=RAG_FILL[k])
        put(ws, r, 3, tally.get(k, 0))
    r += 1
    put(ws, r, 2, "Total actions", bold=True)
    put(ws, r, 3, sum(tally.values()), bold=True)
    r += 2
    put(ws, r, 1, "Notes: Q3 and Q4 RAG columns will be completed for the February and May 2026 "
                  "committee meetings. Measures of success are on the 'Measures' tab.",
        border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)

    ws = wb.create_sheet("Measures")
    widths(ws, [10, 60, 16, 16, 10, 10])
    put(ws, 1, 1, "Quality priority measures of success 2025/26", bold=True, size=13, border=False)
    ws.merge_cells("A1:F1")
    for c, h in enumerate(["Priority", "Measure", "2024/25 baseline", "2025/26 target",
                           "Q1", "Q2"], 1):
        put(ws, 3, c, h, bold=True, white=True, fillhex=NAVY)
    meas = [
        ("1", "NEWS2 observations recorded on time (adult inpatients)", "84%", "90%", "86%", "87%"),
        ("1", "Cardiac arrests per 1,000 admissions", "0.9", "<0.8", "0.8", "0.8"),
        ("2", "Falls with moderate harm or above per 1,000 bed days", "0.19", "0.15", "0.18", "0.21"),
        ("3", "Discharges before 12:00 (medical wards)", "19%", "33%", "21%", "24%"),
        ("4", "Complaints responded to within 40 working days", "61%", "85%", "64%", "78%"),
    ]
    for i, row in enumerate(meas, start=4):
        for c, x in enumerate(row, 1):
            put(ws, i, c, x)
    wb.save(out("zbn-manchester-university-nhsft-quality-account-priorities-tracker-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Haxby Group Practice - CQC must do / should do action plan
# ---------------------------------------------------------------------------
HAX_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

# key question -> list of findings (must/should, regulation, finding, [actions])
# action: (ref, action, lead, original, revised, progress, rag)
HAXBY = [
    ("Safe", [
        ("Must", "Reg 12 – Safe care and treatment",
         "The provider must ensure care and treatment is provided in a safe way to patients. "
         "Patients prescribed high-risk medicines did not always have the required monitoring "
         "before prescriptions were issued.", [
            ("M1.1", "Complete a search and recall of all patients prescribed methotrexate, "
                     "lithium, azathioprine or a DOAC whose monitoring is overdue.",
             "Lead Clinical Pharmacist", D(2025, 6, 30), None,
             "Searches run 2 June; 214 patients recalled; 97% now in date.", "B"),
            ("M1.2", "Introduce a monthly high-risk drug monitoring search, reviewed at the "
                     "clinical governance meeting, with a named GP for each site.",
             "Medical Director / Lead Clinical Pharmacist", D(2025, 7, 31), None,
             "Search running monthly since July; named GPs agreed for all sites.", "G"),
        ]),
        ("Must", "Reg 12 – Safe care and treatment",
         "The provider must ensure that medicines safety alerts (MHRA) are acted on and that "
         "historic alerts are reviewed.", [
            ("M2.1", "Review all MHRA alerts issued since 2021 (including valproate, SGLT2 "
                     "inhibitors and fluoroquinolones) and record the action taken for each "
                     "affected patient.",
             "Prescribing Hub Manager", D(2025, 8, 31), D(2025, 10, 31),
             "Valproate and SGLT2 reviews complete; fluoroquinolone review 60% complete.", "A"),
        ]),
        ("Should", "N/A",
         "Continue to improve the uptake of cervical screening towards the 80% national target.", [
            ("S1.1", "Offer Saturday cervical screening clinics at two York sites and send text "
                     "reminders at 3 and 6 weeks.",
             "Nurse Manager", "Q3 2025/26", None,
             "Saturday clinics running monthly since September; uptake 76.4%.", "G"),
        ]),
    ]),
    ("Effective", [
        ("Should", "N/A",
         "Improve the identification and coding of patients with a potential missed diagnosis "
         "of chronic kidney disease or diabetes.", [
            ("S2.1", "Run the missed-diagnosis searches quarterly and allocate the results to "
                     "the long-term conditions team for review.",
             "Long Term Conditions Lead GP", "Quarterly", None,
             "Q2 search completed: 86 patients reviewed, 41 newly coded.", "G"),
        ]),
    ]),
    ("Well-led", [
        ("Must", "Reg 17 – Good governance",
         "The provider must establish effective systems and processes to ensure good "
         "governance, including oversight of staff training, recruitment checks and the "
         "management of significant events.", [
            ("M3.1", "Move all mandatory training records onto a single training dashboard and "
                     "set a 90% compliance target for each site.",
             "HR Business Partner", D(2025, 7, 31), None,
             "Dashboard live; overall compliance 93%.", "B"),
            ("M3.2", "Audit the personnel files of all clinical staff recruited since April 2023 "
                     "(DBS, immunisation status, professional registration) and close any gaps.",
             "Head of People and Culture", D(2025, 9, 30), D(2025, 11, 30),
             "142 of 188 files audited; immunisation records outstanding for 11 staff.", "A"),
            ("M3.3", "Revise the significant event procedure so that learning is recorded, "
                     "shared at the monthly practice meeting and themes reviewed twice a year.",
             "Governance Manager", "Sept 2025", None,
             "Draft procedure not yet approved; to Partners' meeting in November.", "R"),
        ]),
        ("Should", "N/A",
         "Take action to improve patient satisfaction with telephone access, as shown in the "
         "GP Patient Survey.", [
            ("S3.1", "Implement cloud-based telephony with call-back and queue position, and "
                     "publish monthly call-answering data to the Patient Participation Group.",
             "Operations Director", "Mar-26", None,
             "Procurement via ICB framework; contract award expected December.", "Not started"),
        ]),
    ]),
]


def make_haxby():
    wb = Workbook()
    ws = wb.active
    ws.title = "Front sheet"
    widths(ws, [24, 30, 40])
    put(ws, 1, 1, "Haxby Group Practice – CQC Inspection Action Plan", bold=True, size=14,
        border=False)
    ws.merge_cells("A1:C1")
    info = [("Provider:", "Haxby Group Practice"),
            ("Locations:", "York and Hull sites (single CQC registration)"),
            ("Inspection dates:", "14 and 15 May 2025"),
            ("Report published:", "24 July 2025"),
            ("Overall rating:", "Requires improvement"),
            ("Action plan owner:", "Managing Partner"),
            ("Last updated:", D(2025, 11, 7))]
    r = 2
    for k, v in info:
        r += 1
        put(ws, r, 1, k, bold=True)
        put(ws, r, 2, v)
    r += 2
    put(ws, r, 1, "Key question", bold=True, fillhex=PALE)
    put(ws, r, 2, "Rating", bold=True, fillhex=PALE)
    for k, v in [("Safe", "Requires improvement"), ("Effective", "Good"), ("Caring", "Good"),
                 ("Responsive", "Requires improvement"), ("Well-led", "Requires improvement")]:
        r += 1
        put(ws, r, 1, k)
        put(ws, r, 2, v)

    ws = wb.create_sheet("Action plan")
    widths(ws, [8, 9, 20, 42, 48, 24, 13, 13, 40, 11])
    put(ws, 1, 1, "CQC action plan – requirement notices (must do) and recommendations "
                  "(should do)", bold=True, size=13, border=False)
    ws.merge_cells("A1:J1")
    hdr = ["Ref", "Must / Should", "Regulation", "What CQC told us", "Action we will take",
           "Lead", "Original target date", "Revised target date", "Progress update", "RAG"]
    for c, h in enumerate(hdr, 1):
        put(ws, 2, c, h, bold=True, white=True, fillhex=NAVY)
    r = 2
    tally = {}
    for kq, findings in HAXBY:
        r += 1
        put(ws, r, 1, kq, bold=True, fillhex=PALE)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        for ms, reg, finding, acts in findings:
            first = r + 1
            for ref, act, lead, orig, rev, prog, rag in acts:
                r += 1
                put(ws, r, 1, ref)
                if r == first:
                    put(ws, r, 2, ms)
                    put(ws, r, 3, reg)
                    put(ws, r, 4, finding)
                else:
                    for c in (2, 3, 4):
                        put(ws, r, c, None)
                put(ws, r, 5, act)
                put(ws, r, 6, lead)
                put(ws, r, 7, orig)
                put(ws, r, 8, rev)
                put(ws, r, 9, prog)
                put(ws, r, 10, rag, fillhex=HAX_FILL.get(rag))
                tally[rag] = tally.get(rag, 0) + 1
            if r > first:
                for c in (2, 3, 4):
                    ws.merge_cells(start_row=first, start_column=c, end_row=r, end_column=c)
    r += 2
    put(ws, r, 4, "Position at 7 November 2025", bold=True)
    for k, lab in [("B", "Complete"), ("G", "On track"), ("A", "At risk"), ("R", "Overdue"),
                   ("Not started", "Not started")]:
        r += 1
        put(ws, r, 4, lab, fillhex=HAX_FILL.get(k))
        put(ws, r, 5, tally.get(k, 0))
    r += 1
    put(ws, r, 4, "Total actions", bold=True)
    put(ws, r, 5, sum(tally.values()), bold=True)

    ws = wb.create_sheet("Key")
    widths(ws, [14, 60])
    put(ws, 1, 1, "RAG", bold=True, fillhex=PALE)
    put(ws, 1, 2, "Meaning", bold=True, fillhex=PALE)
    for i, (k, v) in enumerate([("B", "Complete – evidence filed in the CQC folder"),
                                ("G", "On track to meet the target date"),
                                ("A", "At risk – revised target date agreed by the Partners"),
                                ("R", "Overdue – target date passed, no revised date"),
                                ("Not started", "Action not yet started")], start=2):
        put(ws, i, 1, k, fillhex=HAX_FILL.get(k))
        put(ws, i, 2, v)
    wb.save(out("zbn-haxby-group-practice-cqc-must-should-do-action-plan.xlsx"))


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


def set_cell(cell, text, bold=False, hex_=None, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
    if hex_:
        shade(cell, hex_)


# ---------------------------------------------------------------------------
# 4. NHS Grampian - SAER improvement action plan
# ---------------------------------------------------------------------------
SAER_FILL = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Not started": None}

SAER_THEMES = [
    ("Theme 1 – Recognition and escalation of the deteriorating patient",
     "Recommendation 1: Ward 110 should ensure that a NEWS2 score of 5 or more, or 3 in any "
     "single parameter, is escalated to the medical team within 30 minutes and that the "
     "escalation is recorded in the patient's notes.", [
        ("1.1", "Deliver NEWS2 and sepsis escalation refresher sessions for all registered "
                "nurses and healthcare support workers on Ward 110.",
         "Senior Charge Nurse, Ward 110", "31 May 2025",
         "Attendance record: 41 of 44 staff (93%).", "Complete"),
        ("1.2", "Add a mandatory escalation field to the electronic observations record when "
                "the NEWS2 score is 5 or more.",
         "eHealth Clinical Lead / Nurse Consultant, Deteriorating Patient",
         "31 July 2025\nRevised: 30 September 2025",
         "Change released 22 September 2025 (eHealth CR 3318).", "Complete"),
        ("1.3", "Audit compliance with the escalation standard monthly and report the results "
                "to the Surgical Clinical Governance Group.",
         "Practice Development Nurse, Surgery", "June – December 2025",
         "Compliance 72% (June) to 88% (October).", "On track"),
    ]),
    ("Theme 2 – Sepsis screening and timely antibiotics",
     "Recommendation 2: The Acute Sector should ensure that the sepsis screening tool is "
     "completed for all adult inpatients with suspected infection and that the first dose of "
     "antibiotics is given within one hour of recognition.", [
        ("2.1", "Relaunch the Sepsis Six bundle with sepsis grab boxes stocked on all surgical "
                "wards at Aberdeen Royal Infirmary.",
         "Lead Pharmacist, Antimicrobial Stewardship", "31 August 2025",
         "Grab boxes in place on 14 wards; weekly stock check by pharmacy.", "Complete"),
        ("2.2", "Enable the first dose of antibiotics to be given by Hospital at Night advanced "
                "nurse practitioners under a Patient Group Direction.",
         "Associate Medical Director, Surgery; Hospital at Night Lead Nurse", "31 March 2026",
         "PGD drafting to start January 2026.", "Not started"),
    ]),
    ("Theme 3 – Communication with the family and duty of candour",
     "Recommendation 3: The Surgical Directorate should ensure that families are told promptly "
     "when a patient's condition deteriorates and that duty of candour conversations are "
     "recorded.", [
        ("3.1", "Share the learning summary from this review at the Acute Sector Learning from "
                "Events forum and the surgical safety brief.",
         "Clinical Risk Manager", "July 2025",
         "Presented 24 July 2025; learning summary published on the intranet.", "Complete"),
        ("3.2", "Add a family contact prompt to the Ward 110 safety huddle sheet.",
         "Senior Charge Nurse, Ward 110", "31 October 2025\nRevised: 31 January 2026",
         "Huddle sheet redesign delayed by the ward move to Phase 2.", "Delayed"),
        ("3.3", "Confirm that the duty of candour letter has been sent to the family and is held "
                "in the SAER file.",
         "Head of Clinical Governance", "30 April 2025",
         "Letter sent 28 April 2025.", "Complete"),
    ]),
]


def make_saer():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("NHS Grampian – Significant Adverse Event Review (SAER) Improvement Action "
                    "Plan", level=0)
    p = doc.add_paragraph()
    p.add_run("Delayed recognition of sepsis in a surgical inpatient – Ward 110, Aberdeen Royal "
              "Infirmary").italic = True

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("SAER reference", "SAER 2025/031"),
                 ("Datix ID", "W-412786"),
                 ("Date of event", "14 March 2025"),
                 ("Category", "Category 1 – events that may have contributed to or resulted in "
                              "permanent harm or death"),
                 ("Review commissioned by", "Medical Director, Acute Sector"),
                 ("Report approved", "Acute Sector Clinical Risk Management Group, 17 July 2025"),
                 ("Action plan owner", "Surgical Directorate Clinical Governance Group"),
                 ("Version / date", "Version 3 – updated 10 November 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, hex_="D9E2F3")
        set_cell(row[1], v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("Status key").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Complete", "Action completed; evidence held in the SAER folder"),
                 ("On track", "Action progressing within the target date"),
                 ("Delayed", "Target date missed or at risk; reason recorded and revised date set"),
                 ("Not started", "Action not yet due to start")]:
        row = t.add_row().cells
        set_cell(row[0], k, hex_=SAER_FILL[k])
        set_cell(row[1], v)

    for theme, rec, acts in SAER_THEMES:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Target date",
                                          "Evidence of completion", "Status"]):
            set_cell(c, h, bold=True, hex_="1F3864")
            for run in c.paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        rec_row = t.add_row().cells
        m = rec_row[0].merge(rec_row[5])
        set_cell(m, rec, bold=True, hex_="DEEAF6")
        for no, act, lead, target, ev, status in acts:
            cells = t.add_row().cells
            set_cell(cells[0], no)
            set_cell(cells[1], act)
            set_cell(cells[2], lead)
            set_cell(cells[3], target)
            set_cell(cells[4], ev)
            set_cell(cells[5], status, hex_=SAER_FILL[status])

    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported quarterly to the Acute Sector "
                      "Clinical Risk Management Group. Actions are closed only when the evidence "
                      "has been reviewed by the Clinical Risk Manager.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Plan approved by", "Dr Morag Ewen, Associate Medical Director, Surgery"),
                 ("Date approved", "21 July 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.save(out("zbn-nhs-grampian-saer-delayed-sepsis-recognition-improvement-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Winch Lane Surgery - HIW GP inspection improvement plan
# ---------------------------------------------------------------------------
# theme -> list of (improvement needed, standard, [(service action, officer, timescale)])
WINCH = [
    ("Quality of the patient experience", [
        ("The practice must ensure that a hearing loop is available and working at reception "
         "and that patients are made aware of it.", "Equitable", [
            ("Portable hearing loop purchased and installed at main reception.\n"
             "Signage displayed in the waiting room and on the practice website.",
             "Practice Manager", "31 July 2025"),
        ]),
        ("The practice should review the information available in Welsh and ensure the "
         "'Active Offer' is made to patients.", "Person-centred", [
            ("Bilingual signage and patient leaflets ordered through the health board; "
             "'Iaith Gwaith' badges issued to Welsh-speaking staff.",
             "Reception Team Leader", "September 2025"),
        ]),
        ("The practice must ensure patients can get through by telephone in a timely way, "
         "particularly at 8am.", "Timely", [
            ("Call-back queuing facility to be added to the telephone system.",
             "Practice Manager", "October 2025"),
            ("Review staffing of the telephones between 8am and 10am on Mondays and after bank "
             "holidays, and re-audit call waiting times.",
             "Practice Manager / Reception Team Leader", "31/12/2025"),
        ]),
    ]),
    ("Delivery of safe and effective care", [
        ("The practice must ensure that emergency drugs and equipment are checked weekly and "
         "that the checks are recorded.", "Safe", [
            ("Weekly checklist introduced for the emergency trolley and defibrillator, signed by "
             "the duty nurse and reviewed monthly by the Lead Nurse.",
             "Lead Nurse", "Immediate"),
        ]),
        ("The practice should ensure that clinical waste bins in consulting rooms are "
         "foot-operated and lidded.", "Safe", [
            ("Replacement pedal bins ordered for consulting rooms 1–6.",
             "Practice Manager", "August 2025"),
        ]),
        ("The practice must ensure that new patient records are summarised within an "
         "acceptable timeframe and clear the current backlog.", "Effective", [
            ("Additional summariser hours (15 hours per week) agreed for six months to clear the "
             "backlog of 640 records.",
             "Dr Rhian Morgan, GP Partner", "January 2026"),
        ]),
    ]),
    ("Quality of management and leadership", [
        ("The practice must ensure all staff complete mandatory training, including "
         "safeguarding at the appropriate level and fire safety.", "Workforce", [
            ("Training matrix updated; staff given protected time to complete outstanding "
             "modules on Learning@Wales.",
             "Assistant Practice Manager", "30 September 2025"),
        ]),
        ("The practice should hold regular, minuted whole-team meetings to share learning from "
         "incidents and complaints.", "Leadership", [
            ("Bi-monthly whole practice meetings scheduled for 2025/26 with standing agenda items "
             "for significant events and complaints.",
             "Practice Manager", "Ongoing"),
        ]),
    ]),
]


def make_winch():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Winch Lane Surgery – Improvement Plan", level=0)
    doc.add_paragraph("Healthcare Inspectorate Wales – General Practice Inspection (Announced)")
    doc.add_paragraph("Hywel Dda University Health Board")
    doc.add_paragraph("Date of inspection: 18 June 2025")

    doc.add_heading("Summary of concerns resolved during the inspection", level=2)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Immediate concerns identified",
                                      "Impact/potential impact on patient care and treatment",
                                      "How HIW escalated the concern",
                                      "How the concern was resolved"]):
        set_cell(c, h, bold=True, hex_="D9D9D9")
    for c, v in zip(t.rows[1].cells, [
            "Two oxygen masks in the emergency kit had passed their expiry date.",
            "Equipment might not be safe to use in an emergency.",
            "Raised with the practice manager on the day of inspection.",
            "Expired items were removed and replaced before the end of the inspection."]):
        set_cell(c, v)

    doc.add_heading("Immediate improvement plan", level=2)
    doc.add_paragraph("No immediate assurance issues were identified during this inspection.")

    doc.add_heading("Improvement plan", level=2)
    doc.add_paragraph("The table below includes any other improvements identified during the "
                      "inspection where we require the service to complete an improvement plan "
                      "telling us about the actions they are taking to address these areas.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Improvement needed", "Standard / Regulation",
                                      "Service action", "Responsible officer", "Timescale"]):
        set_cell(c, h, bold=True, hex_="D9D9D9")
    for theme, items in WINCH:
        row = t.add_row().cells
        m = row[0].merge(row[4])
        set_cell(m, theme, bold=True, hex_="EDEDED")
        for need, std, acts in items:
            first_row = None
            for i, (act, officer, when) in enumerate(acts):
                cells = t.add_row().cells
                if i == 0:
                    first_row = cells
                    set_cell(cells[0], need)
                    set_cell(cells[1], std)
                set_cell(cells[2], act)
                set_cell(cells[3], officer)
                set_cell(cells[4], when)
                if i > 0:
                    a = first_row[0].merge(cells[0])
                    set_cell(a, need)
                    b = first_row[1].merge(cells[1])
                    set_cell(b, std)

    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the "
                      "service who has overall responsibility and accountability for ensuring "
                      "the improvement plan is actioned.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    row = t.add_row().cells
    m = row[0].merge(row[1])
    set_cell(m, "Service representative", bold=True)
    for k, v in [("Name (print):", "Gareth Lloyd"), ("Job role:", "Practice Manager"),
                 ("Date:", "15 August 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k)
        set_cell(row[1], v)
    doc.save(out("zbn-winch-lane-surgery-hiw-gp-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Knockagh Rise Care Home - RQIA QIP tracker (CSV export)
# ---------------------------------------------------------------------------
RQIA_COLS = 9
RQIA_ROWS = [
    ["Knockagh Rise Care Home – RQIA Quality Improvement Plan Tracker"],
    ["Unannounced care inspection: 11 and 12 March 2025 (Inspection ID: IN047812)"],
    ["Registered Manager: Siobhan McKeown", "", "", "", "Responsible Individual: Mark Doherty"],
    ["Last updated: 16/05/2025"],
    [],
    ["No.", "AFI", "Regulation / Standard", "Stated", "Area for improvement",
     "Action taken / planned", "Responsible person", "To be completed by", "RAG"],
    ["Action required to ensure compliance with The Nursing Homes Regulations (Northern "
     "Ireland) 2005"],
    ["R1.1", "1", "Regulation 13 (7)", "Second time",
     "The registered person shall ensure that the infection prevention and control issues "
     "identified during this inspection are managed to minimise the risk and spread of "
     "infection. This relates to the storage of equipment in bathrooms and the cleaning of "
     "shower chairs.",
     "Inappropriate items removed from all bathrooms and a labelled storage area provided on "
     "each floor.",
     "Home Manager", "With immediate effect", "B"],
    ["R1.2", "", "", "", "",
     "Shower chair cleaning added to the night duty cleaning schedule. Weekly IPC audit "
     "completed by the Deputy Manager and results shared at staff meetings.",
     "Deputy Manager", "30/04/2025", "B"],
    ["R2.1", "2", "Regulation 12 (1) (a) and (b)", "First time",
     "The registered person shall ensure that the care provided to patients with wounds is "
     "based on an up to date care plan and that wound charts are completed at the frequency "
     "prescribed.",
     "All wound care plans reviewed by the Tissue Viability Link Nurse against the most recent "
     "TVN recommendations.",
     "TVN Link Nurse", "31/03/2025", "B"],
    ["R2.2", "", "", "", "",
     "Monthly wound care audit introduced; findings reported to the Responsible Individual as "
     "part of the Regulation 29 monitoring visit.",
     "Home Manager / Responsible Individual", "Monthly", "G"],
    ["R3.1", "3", "Regulation 27 (4) (b)", "First time",
     "The registered person shall ensure that fire doors are not wedged or propped open and "
     "that actions from the fire risk assessment are completed within the timescales stated.",
     "Magnetic hold-open devices to be fitted to the lounge and dining room doors on the ground "
     "floor; daily fire door checks added to the nurse in charge checklist.",
     "Regional Estates Manager", "30/06/2025", "A"],
    ["Action required to ensure compliance with the Care Standards for Nursing Homes "
     "(December 2022)"],
    ["S1.1", "1", "Standard 4.9", "First time",
     "The registered person shall ensure that care plans are reviewed and evaluated at least "
     "monthly and reflect the current needs of patients, including the management of "
     "distressed reactions.",
     "Care plan audit schedule introduced: 10% of care records audited each month, with the "
     "named nurse accountable for any actions.",
     "Clinical Lead", "31/05/2025", "G"],
    ["S2.1", "2", "Standard 12", "First time",
     "The registered person shall ensure that the daily menu is displayed in a suitable format "
     "and that the mealtime experience is reviewed.",
     "Pictorial menus introduced in both dining rooms; mealtime experience audit completed by "
     "the Activity Coordinator.",
     "Catering Manager / Activity Coordinator", "April 2025", "B"],
    ["S3.1", "3", "Standard 39", "Second time",
     "The registered person shall ensure that all staff complete training in dysphagia "
     "awareness and the International Dysphagia Diet Standardisation Initiative (IDDSI) "
     "framework.",
     "IDDSI training booked with the Northern Trust Speech and Language Therapy team for all "
     "care and catering staff.",
     "Home Manager", "Jun-25", "A"],
    [],
    ["Key: B = complete and evidenced; G = on track; A = in progress – not yet fully met; "
     "R = not met / overdue"],
]


def make_rqia():
    path = out("zbn-knockagh-rise-care-home-rqia-care-inspection-qip-tracker.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in RQIA_ROWS:
            w.writerow(row + [""] * (RQIA_COLS - len(row)))


# ---------------------------------------------------------------------------
# 7. Stockport NHS FT - PSII safety action plan (tab-separated text export)
# ---------------------------------------------------------------------------
PSII_LINES = [
    ["Stockport NHS Foundation Trust – Patient Safety Incident Investigation (PSII) Safety "
     "Action Plan"],
    ["Incident: Delayed CT head scan following an unwitnessed fall of an anticoagulated "
     "inpatient – Ward A11, Stepping Hill Hospital"],
    ["PSII reference: PSII-2025-014", "Date of incident: 02/04/2025",
     "Report approved: Patient Safety and Learning Group, 12/08/2025"],
    ["Exported from InPhase: 03/11/2025 09:42"],
    [],
    ["Ref", "Area for improvement", "Safety action", "Owner", "Measurement / monitoring",
     "Due date", "Status"],
    ["SA1", "Post-fall assessment and head injury pathway",
     "Revise the post-falls protocol to require a medical review within 1 hour and a CT head "
     "scan within 8 hours for all anticoagulated patients with a suspected head injury.",
     "Falls Prevention Lead; Consultant in Emergency Medicine",
     "Monthly audit of post-fall CT timeliness for anticoagulated patients (target 90% within "
     "8 hours)", "31/08/2025", "Complete"],
    ["SA2", "Post-fall assessment and head injury pathway",
     "Add an anticoagulant status prompt to the EPR post-fall form so that it is visible to the "
     "reviewing clinician.",
     "Digital Clinical Safety Officer",
     "Prompt live in EPR; spot check of 20 post-fall forms each quarter", "30/11/2025",
     "On track"],
    ["SA3", "Neurological observations after a fall",
     "Introduce a 24-hour neurological observation chart after any unwitnessed fall, with "
     "escalation criteria linked to NEWS2.",
     "Deputy Chief Nurse",
     "Quarterly audit of neuro-obs completion on the wards with the highest falls rates",
     "31/10/2025", "On track"],
    ["SA4", "Neurological observations after a fall",
     "Deliver simulation training on post-fall assessment to registered nurses and healthcare "
     "support workers on medical wards.",
     "Practice Education Facilitator (Medicine)",
     "Training compliance by ward (target 80% of staff)", "Febuary 2026", "Not started"],
    ["SA5", "Radiology prioritisation out of hours",
     "Agree a protocol with Radiology so that out-of-hours CT head requests for anticoagulated "
     "inpatients are prioritised as urgent.",
     "Clinical Director for Radiology",
     "Turnaround time for out-of-hours inpatient CT head requests reported monthly",
     "31/12/2025", "On track"],
    ["SA6", "Communication and handover",
     "Include falls and anticoagulation status in the SBAR handover template used between day "
     "and night teams.",
     "Matron, Acute Medicine",
     "Handover audit (10 per ward per month) for three months", "30/09/2025", "Complete"],
    [],
    ["Total safety actions: 6"],
]


def make_psii():
    path = out("zbn-stockport-nhsft-psii-delayed-ct-head-after-inpatient-fall-safety-action-plan"
               "-typo-month-refuse.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in PSII_LINES:
            f.write("\t".join(row) + "\r\n")


if __name__ == "__main__":
    make_lch()
    make_mft()
    make_haxby()
    make_saer()
    make_winch()
    make_rqia()
    make_psii()
    print("built 7 files")
