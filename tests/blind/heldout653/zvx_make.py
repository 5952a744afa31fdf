"""Build the seven zvx- data files of set heldout653.

Run with /work/main/.venv/bin/python zvx_make.py (from any directory).
Writes only files whose names start with 'zvx-' into the folder of this script.
"""
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zvx-")
    return os.path.join(HERE, name)


RED = PatternFill("solid", fgColor="FF0000")
AMBER = PatternFill("solid", fgColor="FFC000")
GREEN = PatternFill("solid", fgColor="00B050")
BLUE = PatternFill("solid", fgColor="0070C0")
GREY = PatternFill("solid", fgColor="D9D9D9")
NAVY = PatternFill("solid", fgColor="1F3864")
LIGHT = PatternFill("solid", fgColor="DEEAF6")
FILLS = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, None: None}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def d(y, m, day):
    return dt.datetime(y, m, day)


def grid(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = WRAP


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. East of England Ambulance Service – quality account priorities tracker
# ---------------------------------------------------------------------------
def eeast():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "East of England Ambulance Service NHS Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Quality Account Priorities 2024/25: Quarter 3 Progress Tracker"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A4"] = "Document control"
    cov["A4"].font = BOLD
    rows = [
        ("Version", "Date", "Author", "Change"),
        ("0.1", "06/01/2025", "Quality Improvement Lead", "Q3 updates collated from priority leads"),
        ("0.2", "09/01/2025", "Deputy Director of Clinical Quality", "Exec review; RAG ratings confirmed"),
        ("1.0", "16/01/2025", "Quality Governance Committee", "Approved for Board"),
    ]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = cov.cell(5 + i, 1 + j, v)
            if i == 0:
                c.font = BOLD
                c.fill = GREY
    grid(cov, 5, 8, 1, 4)
    cov["A10"] = "Executive sponsor: Chief Nurse and Director of Clinical Quality"
    cov["A11"] = "Reporting route: Quality Governance Committee > Trust Board (public)"
    widths(cov, [16, 14, 36, 44])

    ws = wb.create_sheet("Q3 Tracker")
    ws["A1"] = "Quality Account Priorities 2024/25: Quarter 3 Progress Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Reporting period: 1 October – 31 December 2024. Reported to Quality Governance Committee, 16 January 2025."
    hdr = ["Ref", "Improvement action", "Responsible lead", "Target date",
           "Q2 RAG", "Q3 RAG", "Q3 progress update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = WHITE_BOLD
        c.fill = NAVY
    r = 5
    plan = [
        ("Priority 1: Patient safety – Reduce the risk of harm to patients waiting for an ambulance response", [
            ("1.1", "Implement welfare call-backs for all Category 3 and 4 patients waiting longer than the target response time, led by the Clinical Safety Navigator in each Emergency Operations Centre.",
             "Head of Clinical Practice (EOC)", d(2024, 9, 30), "G", "B",
             "Welfare call-back compliance 92% in December 2024. Closed at QGC in November 2024; monitoring continues through the Clinical Safety Plan report."),
            ("1.2", "Roll out the Hospital Handover Harm Review process to all 17 acute hospital sites, with a structured harm review for every handover delay over 3 hours.",
             "Deputy Director of Patient Safety / Locality Directors", "Q4 2024/25", "A", "A",
             "Live at 12 of 17 sites. Remaining five sites (Mid and South Essex, West Suffolk) scheduled for February 2025."),
            ("1.3", "Achieve 95% compliance with Level 1 Essentials of Patient Safety e-learning across all staff groups.",
             "Head of Patient Safety", "31/03/2025", "A", "G",
             "Compliance 89.4% at end of December 2024 (Q2: 81.0%). Trajectory on course for 95% by year end."),
        ]),
        ("Priority 2: Clinical effectiveness – Improve outcomes for patients experiencing cardiac arrest, STEMI and stroke", [
            ("2.1", "Increase the proportion of STEMI patients receiving the full care bundle to 75% through individual clinician feedback from the ePCR dashboard.",
             "Consultant Paramedic (Cardiac)", d(2025, 3, 31), "G", "G",
             "Care bundle compliance 71% (November 2024 AQI data)."),
            ("2.2", "Introduce video triage for suspected stroke patients in two pilot areas (Norfolk and Waveney; Mid and South Essex).",
             "Associate Medical Director; Stroke Clinical Lead", d(2024, 12, 31), "A", "R",
             "Pilot delayed: information governance agreement with hyper-acute stroke units not yet signed. Escalated to Medical Director."),
            ("2.3", "Recruit and train 300 additional community first responders and GoodSAM volunteers to improve bystander CPR and defibrillator use.",
             "Community Response Manager", "Ongoing", "G", "G",
             "214 recruited to date; 38 completed training in Q3."),
        ]),
        ("Priority 3: Patient experience – Improve the experience of patients and families who contact us", [
            ("3.1", "Publish the Patient Experience and Involvement Strategy 2024–2027 following engagement with patient panels in each ICS.",
             "Head of Patient Experience", d(2024, 7, 31), "B", "B",
             "Strategy approved by Board July 2024 and published on the Trust website."),
            ("3.2", "Reduce the average time to respond to formal complaints to 25 working days.",
             "Complaints Manager", "Q4 2024/25", "R", "A",
             "Average response time 31 working days in Q3 (Q2: 38). Backlog reduced from 142 to 96 open complaints."),
            ("3.3", "Introduce the Friends and Family Test by SMS for See and Treat patients in all sectors.",
             "Patient Engagement Lead / Head of Digital Services", "28/02/2025", "A", "G",
             "SMS provider contract signed December 2024; go-live planned for 3 February 2025."),
        ]),
    ]
    for heading, acts in plan:
        ws.cell(r, 1, heading).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        for c in range(1, 8):
            ws.cell(r, c).fill = LIGHT
        r += 1
        for ref, text, lead, due, q2, q3, upd in acts:
            vals = [ref, text, lead, due, q2, q3, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
            if isinstance(due, dt.datetime):
                ws.cell(r, 4).number_format = "mmm-yy"
            ws.cell(r, 5).fill = FILLS[q2]
            ws.cell(r, 6).fill = FILLS[q3]
            for c in (5, 6):
                ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    grid(ws, 4, r - 1, 1, 7)
    for rr in range(5, r):
        for c in (5, 6):
            ws.cell(rr, c).alignment = Alignment(horizontal="center", vertical="top")
    r += 1
    ws.cell(r, 1, "Summary of Q3 position").font = BOLD
    r += 1
    summary = [("Blue – Complete", 2), ("Green – On track", 4), ("Amber – At risk", 2),
               ("Red – Off track", 1), ("Total actions", 9)]
    top = r
    for label, n in summary:
        ws.cell(r, 2, label)
        ws.cell(r, 3, n)
        r += 1
    grid(ws, top, r - 1, 2, 3)
    ws.column_dimensions["A"].width = 8
    widths(ws, [8, 62, 30, 12, 8, 8, 60])

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = BOLD
    for i, (f, t) in enumerate([(BLUE, "B – Complete: action delivered and evidenced"),
                                (GREEN, "G – On track to deliver by target date"),
                                (AMBER, "A – At risk: some slippage, recovery actions in place"),
                                (RED, "R – Off track: will not be delivered by target date without escalation")]):
        key.cell(3 + i, 1).fill = f
        key.cell(3 + i, 2, t)
    widths(key, [6, 70])
    wb.save(out("zvx-east-of-england-ambulance-service-nhs-trust-quality-account-priorities-tracker-2024-25.xlsx"))


# ---------------------------------------------------------------------------
# 2. NHS Lincolnshire ICB – board assurance framework
# ---------------------------------------------------------------------------
def lincs_baf():
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "BAF Summary"
    s["A1"] = "NHS Lincolnshire Integrated Care Board"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Board Assurance Framework 2025/26"
    s["A2"].font = Font(bold=True, size=13)
    s["A3"] = "Position as at 30 September 2025 – presented to the ICB Board, 22 October 2025"
    hdr = ["Risk", "Title", "Executive lead", "Lead committee", "Inherent", "Current (Q1)",
           "Current (Q2)", "Target", "Trend"]
    for j, h in enumerate(hdr, start=1):
        c = s.cell(5, j, h)
        c.font = WHITE_BOLD
        c.fill = NAVY
    summ = [
        ("SR1", "Timely access to urgent and emergency care", "Chief Operating Officer",
         "Quality and Performance Committee", 20, 16, 16, 8, "↔"),
        ("SR2", "Sustainable health and care workforce", "Chief People Officer",
         "People Committee", 16, 16, 12, 8, "↓"),
        ("SR3", "Delivery of the 2025/26 financial plan", "Chief Finance Officer",
         "Finance and Investment Committee", 20, 15, 20, 10, "↑"),
    ]
    for i, row in enumerate(summ):
        for j, v in enumerate(row, start=1):
            s.cell(6 + i, j, v)
        for j, sc in ((5, row[4]), (6, row[5]), (7, row[6]), (8, row[7])):
            s.cell(6 + i, j).fill = RED if sc >= 15 else AMBER if sc >= 8 else GREEN
    grid(s, 5, 8, 1, 9)
    s["A10"] = "Risk score = likelihood x consequence (1–5 each). 15–25 high (red); 8–12 moderate (amber); 1–6 low (green)."
    s["A11"] = "Each strategic risk is set out on its own sheet with controls, gaps in control, assurances and actions to close the gaps."
    widths(s, [7, 44, 26, 32, 10, 12, 12, 9, 7])

    risks = [
        ("SR1 Access and flow",
         "SR1: Failure to deliver timely access to urgent and emergency care across the Lincolnshire system",
         [("Strategic objective", "Improve outcomes in population health and healthcare"),
          ("Risk description", "If demand for urgent and emergency care continues to exceed system capacity, then patients will experience long ambulance response times, handover delays and waits in emergency departments, resulting in avoidable harm and poor experience."),
          ("Executive lead", "Chief Operating Officer"),
          ("Lead committee", "Quality and Performance Committee"),
          ("Risk scores", "Inherent 20 (5x4) | Current 16 (4x4) | Target 8 (2x4) by March 2026"),
          ("Key controls", "UEC Delivery Board; system operational pressures escalation framework (OPEL); Lincolnshire Care Coordination Centre; weekly handover trajectory review."),
          ("Gaps in control", "Care Coordination Centre not yet able to accept EMAS stack referrals out of hours; no agreed system handover trajectory at start of year."),
          ("Assurances", "UEC dashboard to Quality and Performance Committee monthly (positive); NHS England regional UEC review, June 2025 (partial)."),
          ],
         [("SR1.1", "Expand the Lincolnshire Care Coordination Centre to take direct referrals from EMAS for category 3 and 4 calls, 8am–10pm, seven days a week.",
           "Director of Urgent and Emergency Care", d(2025, 6, 30), d(2025, 9, 30), "Amber",
           "Weekday service live from August 2025; weekend cover dependent on recruitment of two clinical navigators."),
          ("SR1.2", "Implement the 2025/26 UEC winter plan, including 60 additional virtual ward beds.",
           "Director of Urgent and Emergency Care", d(2025, 10, 31), None, "Green",
           "Winter plan approved by ICB Board September 2025; 42 of 60 virtual ward beds operational."),
          ("SR1.3", "Agree a system-wide ambulance handover improvement trajectory with ULHT and EMAS, reported weekly to the UEC Delivery Board.",
           "Chief Operating Officer", d(2025, 5, 31), None, "Complete",
           "Trajectory agreed May 2025 (45-minute maximum handover); weekly reporting in place."),
          ]),
        ("SR2 Workforce",
         "SR2: Inability to recruit and retain a sustainable health and care workforce",
         [("Strategic objective", "Support broader social and economic development"),
          ("Risk description", "If the system cannot recruit and retain sufficient staff with the right skills, then services will rely on temporary staffing and some services may become unsustainable."),
          ("Executive lead", "Chief People Officer"),
          ("Lead committee", "People Committee"),
          ("Risk scores", "Inherent 16 (4x4) | Current 12 (3x4) | Target 8 (2x4) by March 2026"),
          ("Key controls", "Lincolnshire One Workforce Strategy; system People Board; agency spend controls."),
          ("Gaps in control", "No system-wide retention data set; primary care workforce plan incomplete."),
          ("Assurances", "Workforce plan submissions (positive); internal audit of temporary staffing controls, May 2025 (reasonable assurance)."),
          ],
         [("SR2.1", "Launch the Lincolnshire One Workforce international recruitment hub for nursing and allied health professionals.",
           "Chief People Officer", d(2025, 7, 31), d(2025, 12, 31), "Amber",
           "Hub business case approved; pastoral support lead appointed. Launch moved to allow alignment with ULHT recruitment round."),
          ("SR2.2", "Deliver the system retention plan actions for staff in their first two years of employment (legacy mentors, flexible working offer).",
           "Chief People Officer; Director of Nursing", d(2026, 3, 31), None, "Green",
           "Legacy mentor scheme in place in all three NHS providers."),
          ("SR2.3", "Complete the GP workforce plan and ARRS roles review with the three Primary Care Networks at highest risk.",
           "Head of Primary Care Commissioning / LMC Medical Secretary", d(2025, 9, 30), None, "Red",
           "Data returns outstanding from two PCNs. Escalated to Primary Care Commissioning Committee."),
          ]),
        ("SR3 Finance",
         "SR3: Failure to achieve the ICB's 2025/26 financial plan and system efficiency target",
         [("Strategic objective", "Enhance productivity and value for money"),
          ("Risk description", "If the system does not deliver its efficiency programme and contain expenditure, then the ICB will not meet its statutory financial duties and may be subject to regulatory intervention."),
          ("Executive lead", "Chief Finance Officer"),
          ("Lead committee", "Finance and Investment Committee"),
          ("Risk scores", "Inherent 20 (4x5) | Current 20 (4x5) | Target 10 (2x5) by March 2026"),
          ("Key controls", "System financial plan; monthly finance reporting; vacancy control panel; investment panel."),
          ("Gaps in control", "£23m of the efficiency programme not yet supported by fully worked-up schemes; continuing healthcare spend growth above plan."),
          ("Assurances", "Month 5 finance report (negative: £8.4m adverse to plan); external audit value for money opinion 2024/25 (significant weakness)."),
          ],
         [("SR3.1", "Establish a system Financial Recovery Group with weekly oversight of the £96m efficiency programme.",
           "Chief Finance Officer", d(2025, 4, 30), None, "Complete",
           "Group established April 2025; meets every Tuesday."),
          ("SR3.2", "Complete the 2025/26 running cost reduction plan in line with the NHS England requirement to reduce ICB running costs by 50%.",
           "Chief Finance Officer", d(2025, 12, 31), d(2026, 3, 31), "Amber",
           "Clustering arrangements with neighbouring ICBs under discussion; consultation timetable set nationally."),
          ("SR3.3", "Review all continuing healthcare packages above £3,000 per week for value and outcomes.",
           "Director of Nursing", d(2025, 11, 30), None, "Green",
           "118 of 163 packages reviewed; £1.2m full-year savings identified."),
          ]),
    ]
    rag_fill = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}
    for sheet, heading, block, acts in risks:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:G1")
        r = 3
        for label, val in block:
            ws.cell(r, 1, label).font = BOLD
            ws.cell(r, 1).fill = GREY
            ws.cell(r, 2, val)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            r += 1
        grid(ws, 3, r - 1, 1, 7)
        r += 1
        ws.cell(r, 1, "Actions to address gaps in control / assurance").font = BOLD
        r += 1
        hdr = ["Ref", "Action", "Lead", "Due date", "Revised due date", "Progress (Q2)", "RAG"]
        top = r
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(r, j, h)
            c.font = WHITE_BOLD
            c.fill = NAVY
        r += 1
        for ref, text, lead, due, rev, rag, prog in acts:
            for j, v in enumerate([ref, text, lead, due, rev, prog, rag], start=1):
                ws.cell(r, j, v)
            ws.cell(r, 4).number_format = "dd/mm/yyyy"
            ws.cell(r, 5).number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = rag_fill[rag]
            r += 1
        grid(ws, top, r - 1, 1, 7)
        widths(ws, [20, 60, 32, 12, 14, 50, 10])
    wb.save(out("zvx-nhs-lincolnshire-icb-board-assurance-framework-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. NHS Lanarkshire – HIS safe delivery of care, University Hospital Monklands
# ---------------------------------------------------------------------------
def lanarkshire():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Improvement Action Plan – University Hospital Monklands, Safe Delivery of Care Inspection"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    info = [("NHS board:", "NHS Lanarkshire"),
            ("Hospital:", "University Hospital Monklands, Airdrie"),
            ("Inspection:", "Unannounced safe delivery of care inspection, 14–16 May 2024"),
            ("Report published:", "20 August 2024"),
            ("Progress position:", "January 2025 (reported to Healthcare Quality Assurance and Improvement Committee)")]
    for i, (a, b) in enumerate(info):
        ws.cell(2 + i, 1, a).font = BOLD
        ws.cell(2 + i, 2, b)
        ws.merge_cells(start_row=2 + i, start_column=2, end_row=2 + i, end_column=5)
    ws["A8"] = "RAG key:"
    ws["A8"].font = BOLD
    ws["B8"].fill = GREEN
    ws["C8"] = "Green – action complete and evidence held"
    ws["D8"].fill = AMBER
    ws["E8"] = "Amber – action in progress"
    ws["F8"].fill = RED
    ws["G8"] = "Red – action overdue or at risk"
    hdr = ["Requirement", "Action planned", "Timescale to meet action",
           "Responsibility for taking action", "Progress update (January 2025)",
           "Date completed", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(10, j, h)
        c.font = WHITE_BOLD
        c.fill = NAVY
    plan = [
        ("Domain 2 – Leadership and culture", [
            ("Requirement 1: The NHS board must ensure that patients' privacy and dignity is maintained at all times when care is delivered in non-standard care areas, including the emergency department corridor.", [
                ("Standard operating procedure for the use of additional patient spaces reviewed and reissued, including minimum privacy standards (screens, call bells and toilet access).",
                 "August 2024", "Director of Acute Services",
                 "SOP approved at Acute Governance Committee on 21 August 2024 and circulated to all areas.", d(2024, 8, 21), GREEN),
                ("Daily senior nurse walk-round of all non-standard care areas, recorded on the site safety huddle template.",
                 "Immediate and ongoing", "Site Nurse Practitioners / Clinical Nurse Managers",
                 "Walk-rounds in place; recording compliance 86% in December 2024.", None, AMBER),
            ]),
        ]),
        ("Domain 4.1 – Pathways, procedures and policies", [
            ("Requirement 2: The NHS board must ensure that fire doors are not wedged or held open other than by approved devices.", [
                ("Fire safety awareness message issued to all wards and departments through the Chief Executive's bulletin and safety huddles.",
                 "July 2024", "Fire Safety Adviser",
                 "Issued 15 July 2024. Spot checks in September and November 2024 found no wedged doors.", d(2024, 7, 15), GREEN),
                ("Approved hold-open devices fitted to fire doors on Wards 5, 9 and 14 following estates survey.",
                 "31 December 2024", "Head of Estates (Monklands)",
                 "Wards 5 and 9 complete; Ward 14 scheduled for week commencing 20 January 2025.", None, AMBER),
            ]),
            ("Requirement 3: The NHS board must ensure that all medicines are securely stored and that medicine fridge temperatures are monitored and recorded in line with policy.", [
                ("Medicines storage added to the monthly Excellence in Care assurance visits for all inpatient areas.",
                 "October 2024", "Lead Pharmacist, Monklands / Chief Nurse, Acute Division",
                 "Included from October 2024 visits onwards.", d(2024, 10, 28), GREEN),
                ("Replacement of 11 medicine fridges that do not have continuous temperature monitoring.",
                 "March 2025", "Head of Procurement",
                 "Order placed December 2024; supplier lead time has been extended.", None, RED),
            ]),
        ]),
        ("Domain 4.3 – Workforce planning", [
            ("Requirement 4: The NHS board must ensure that staffing levels are assessed in real time and that escalation is recorded when staffing falls below the required level, in line with the Health and Care (Staffing) (Scotland) Act 2019.", [
                ("Roll-out of the SafeCare real-time staffing tool to all adult inpatient wards.",
                 "End of November 2024", "Associate Nurse Director – Workforce",
                 "Live on 19 of 23 wards. Remaining wards delayed by system access issues.", None, AMBER),
                ("Staffing escalation training delivered to all Senior Charge Nurses and the site team.",
                 "30/09/2024", "Practice Development Nurse Lead",
                 "96% of Senior Charge Nurses and 100% of site team trained.", d(2024, 9, 26), GREEN),
            ]),
            ("Requirement 5: The NHS board must ensure that patient care records, including food and fluid charts and peripheral venous cannula bundles, are fully completed.", [
                ("Documentation audit tool revised, with monthly results reported to the Acute Division Nursing and Midwifery Assurance Group.",
                 "January 2025", "Clinical Nurse Managers",
                 "Revised tool in use from December 2024; first report due February 2025.", None, AMBER),
                ("Peripheral venous cannula bundle built into the electronic nursing record (Morse) to prompt daily review.",
                 "June 2025", "eHealth Clinical Lead; Chief Nurse, Acute Division",
                 "Not yet started – scheduled for Morse release 4.2.", None, None),
            ]),
        ]),
    ]
    r = 11
    for domain, reqs in plan:
        ws.cell(r, 1, domain).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        for c in range(1, 8):
            ws.cell(r, c).fill = LIGHT
        r += 1
        for req, acts in reqs:
            start = r
            ws.cell(r, 1, req)
            for text, when, who, prog, done, fill in acts:
                ws.cell(r, 2, text)
                ws.cell(r, 3, when)
                ws.cell(r, 4, who)
                ws.cell(r, 5, prog)
                if done is not None:
                    ws.cell(r, 6, done).number_format = "dd/mm/yyyy"
                if fill is not None:
                    ws.cell(r, 7).fill = fill
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    grid(ws, 10, r - 1, 1, 7)
    widths(ws, [48, 52, 18, 28, 44, 13, 7])

    so = wb.create_sheet("Sign-off")
    so["A1"] = "Action plan sign-off"
    so["A1"].font = BOLD
    rows = [("Role", "Name", "Date"),
            ("Executive Nurse Director", "(signed)", "10/09/2024"),
            ("Chief Executive", "(signed)", "12/09/2024"),
            ("Submitted to Healthcare Improvement Scotland", "", "13/09/2024")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row, start=1):
            so.cell(3 + i, j, v)
    grid(so, 3, 6, 1, 3)
    widths(so, [44, 20, 14])
    wb.save(out("zvx-nhs-lanarkshire-his-university-hospital-monklands-safe-delivery-of-care-improvement-action-plan.xlsx"))


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


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


def header_row(table, labels, fill="1F3864"):
    for cell, lab in zip(table.rows[0].cells, labels):
        set_cell(cell, lab, bold=True)
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, fill)


# ---------------------------------------------------------------------------
# 4. Leeds and York Partnership NHSFT – PSII safety action plan
# ---------------------------------------------------------------------------
def lypft():
    doc = Document()
    p = doc.add_paragraph("Leeds and York Partnership NHS Foundation Trust")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Patient Safety Incident Investigation (PSII) – Safety Action Plan", level=1)
    doc.add_paragraph("Unexpected death of an inpatient, Ward 4, Becklin Centre (PSII-2024-011)")

    ctl = [("Incident reference", "InPhase 148203"),
           ("Date of incident", "14 March 2024"),
           ("Care group", "Adult Acute Inpatient Services"),
           ("PSII lead", "Patient Safety Specialist (Investigations)"),
           ("Executive sponsor", "Chief Nurse"),
           ("Approved by", "Patient Safety Incident Oversight Group, 9 October 2024"),
           ("Plan position at", "28 February 2025"),
           ("Version", "1.3")]
    t = doc.add_table(rows=len(ctl), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(ctl):
        set_cell(t.cell(i, 0), a, bold=True)
        shade(t.cell(i, 0), "D9D9D9")
        set_cell(t.cell(i, 1), b)

    doc.add_paragraph("")
    doc.add_paragraph(
        "The safety actions below respond to the areas for improvement identified in the PSII report. "
        "Progress is monitored monthly by the Adult Acute Care Group Clinical Governance meeting and "
        "reported quarterly to the Quality Committee.")
    doc.add_paragraph(
        "Status key: Complete (blue) · On track (green) · At risk (amber) · Overdue (red) · Not started")

    afis = [
        ("Area for improvement 1: Staff did not consistently carry out intermittent observations at the prescribed intervals on Ward 4.", [
            ("1.1", "Revise the Therapeutic Observation and Engagement Policy to require a documented handover of each patient's observation level at every shift change.",
             "Head of Nursing, Adult Acute Care Group", "31/12/2024",
             "Revised policy ratified by Clinical Policies Group; audit of handover records.", "Complete"),
            ("1.2", "Introduce a weekly audit of observation records on all acute adult wards, with results reported to the Care Group quality meeting.",
             "Matron (Acute Inpatients)", "January 2025",
             "Weekly audit returns; 90% compliance sustained for 3 months.", "On track"),
            ("1.3", "Deliver face-to-face observation and engagement training to all registered and unregistered staff on Ward 4.",
             "Practice Development Nurse", "Mar-25",
             "Training records (target 95% of Ward 4 staff).", "At risk"),
        ]),
        ("Area for improvement 2: The environmental ligature risk assessment for the ensuite bathrooms had not been updated after the 2023 refurbishment.", [
            ("2.1", "Complete a full environmental ligature risk assessment of all ensuite bathrooms in the Becklin Centre.",
             "Estates Manager / Ward Manager, Ward 4", "30/11/2024",
             "Completed assessment signed off by Ligature Risk Reduction Group.", "Complete"),
            ("2.2", "Replace the remaining non-anti-ligature shower fittings identified in the assessment.",
             "Head of Estates and Facilities", "31/01/2025",
             "Estates job completion certificates; re-assessment.", "Overdue"),
        ]),
        ("Area for improvement 3: The patient's family were not involved in care planning or told about the change in observation level before the incident.", [
            ("3.1", "Add a mandatory prompt for family and carer involvement to the care plan review template in the electronic patient record.",
             "Clinical Systems Lead", "April 2025",
             "Template change live; quarterly audit of carer involvement.", "Not started"),
            ("3.2", "Relaunch the Triangle of Care carers' standards across acute wards, including a named carer link on each ward.",
             "Sarah Whitworth and Lee Patel", "June 2025",
             "Named carer link on every ward; Triangle of Care self-assessment.", "On track"),
            ("3.3", "Share the learning from this investigation through a Trust-wide learning bulletin and the Care Group learning forum.",
             "Patient Safety Partner; Patient Safety Specialist", "31/01/2025",
             "Bulletin published; forum attendance record.", "Complete"),
        ]),
    ]
    fills = {"Complete": "9DC3E6", "On track": "A9D08E", "At risk": "FFD966", "Overdue": "FF7C80"}
    for heading, acts in afis:
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1 + len(acts), cols=6)
        tb.style = "Table Grid"
        header_row(tb, ["Ref", "Safety action", "Action owner", "Target date",
                        "Measurement / evidence of completion", "Status"])
        for i, (ref, text, owner, due, meas, status) in enumerate(acts, start=1):
            for j, v in enumerate([ref, text, owner, due, meas, status]):
                set_cell(tb.cell(i, j), v)
            if status in fills:
                shade(tb.cell(i, 5), fills[status])
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    header_row(so, ["Role", "Name", "Date"])
    for i, row in enumerate([("Care Group Clinical Director", "Dr H. Osei", "09/10/2024"),
                             ("Chief Nurse", "C. Hanley", "09/10/2024")], start=1):
        for j, v in enumerate(row):
            set_cell(so.cell(i, j), v)
    doc.save(out("zvx-leeds-and-york-partnership-nhsft-psii-safety-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Llansamlet Surgery – HIW GP inspection improvement plan
# ---------------------------------------------------------------------------
def llansamlet():
    doc = Document()
    doc.add_heading("Llansamlet Surgery – HIW Improvement Plan", level=1)
    for line in ("Service: Llansamlet Surgery",
                 "Health board: Swansea Bay University Health Board",
                 "Date of inspection: 12 March 2024",
                 "Inspection type: General practice inspection (announced)"):
        doc.add_paragraph(line)

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    a = doc.add_table(rows=2, cols=4)
    a.style = "Table Grid"
    header_row(a, ["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                   "How HIW escalated the concern", "How the concern was resolved"], fill="5B2C6F")
    for j, v in enumerate(["A vaccine fridge was found unlocked in an unattended treatment room.",
                           "Risk of unauthorised access to medicines.",
                           "Raised with the Practice Manager on the day.",
                           "The fridge was locked immediately and a key-holder log introduced."]):
        set_cell(a.cell(1, j), v)

    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("No immediate non-compliance concerns were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=2)
    cols = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale"]
    sections = [
        ("Quality of Patient Experience", [
            ("Patients told us it was difficult to get through to the practice by telephone at 8am.",
             "The practice must review its telephone access arrangements to reduce waiting times for patients contacting the surgery at 8am.",
             "Health and Care Quality Standards 2023 – Timely",
             [("A new cloud-based telephone system with queue position and call-back functions will be installed.", "Practice Manager", "31 July 2024"),
              ("Two additional reception staff will be rostered between 8am and 10am, Monday to Friday.", "Practice Manager", "June 2024")]),
            ("Information about the chaperone service was displayed in English only and not in clinical rooms.",
             "The practice must ensure that information about the chaperone service is displayed in Welsh and English in the waiting area and in consulting rooms.",
             "Health and Care Quality Standards 2023 – Equitable",
             [("Bilingual chaperone posters ordered and displayed in all clinical rooms and the waiting area; the chaperone offer has been added to the practice website.", "Office Manager", "End of May 2024")]),
        ]),
        ("Delivery of Safe and Effective Care", [
            ("Records showed gaps of up to five weeks in checks of emergency drugs and equipment.",
             "The practice must ensure that emergency drugs and equipment are checked weekly and that checks are recorded.",
             "Health and Care Quality Standards 2023 – Safe",
             [("A weekly emergency equipment checklist has been introduced and is signed by the duty nurse. Completion will be audited monthly.", "Practice Manager / Lead Nurse", "Ongoing – audited monthly")]),
            ("Two GPs and one nurse had not completed safeguarding training at the level required for their role.",
             "The practice must ensure that all clinical staff complete safeguarding training at the level appropriate to their role.",
             "Health and Care Quality Standards 2023 – Safe; Safeguarding",
             [("Training matrix updated. All GPs and nurses to complete Level 3 safeguarding children and adults training.", "Dr Eleri Hughes, Dr Tom Price", "30/09/2024")]),
        ]),
        ("Quality of Management and Leadership", [
            ("Six of 14 staff had not had an appraisal in the last 12 months.",
             "The practice must ensure that all staff receive an annual appraisal.",
             "Health and Care Quality Standards 2023 – Workforce",
             [("Appraisal schedule for 2024/25 agreed; all outstanding staff appraisals to be completed.", "Practice Manager", "By 31 October 2024")]),
            ("Practice meetings were held informally and were not minuted.",
             "The practice should hold regular practice meetings and share the minutes with all staff.",
             "Health and Care Quality Standards 2023 – Leadership",
             [("Monthly whole-practice meetings scheduled for the second Wednesday of each month; minutes will be saved on the shared drive.", "Practice Manager", "July 2024")]),
        ]),
    ]
    nrows = 1 + sum(1 + sum(len(f[3]) for f in fs) for _, fs in sections)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    header_row(t, cols, fill="5B2C6F")
    r = 1
    for sec, finds in sections:
        m = t.cell(r, 0).merge(t.cell(r, 5))
        set_cell(m, sec, bold=True)
        shade(m, "E4DFEC")
        r += 1
        for finding, need, std, acts in finds:
            start = r
            for act, who, when in acts:
                set_cell(t.cell(r, 3), act)
                set_cell(t.cell(r, 4), who)
                set_cell(t.cell(r, 5), when)
                r += 1
            if r - 1 > start:
                for c in range(3):
                    t.cell(start, c).merge(t.cell(r - 1, c))
            set_cell(t.cell(start, 0), finding)
            set_cell(t.cell(start, 1), need)
            set_cell(t.cell(start, 2), std)

    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall responsibility and accountability for ensuring the improvement plan is actioned.")
    sr = doc.add_table(rows=3, cols=2)
    sr.style = "Table Grid"
    for i, (a, b) in enumerate([("Name (print):", "Catrin Jenkins"),
                                ("Job role:", "Practice Manager"),
                                ("Date:", "24 April 2024")]):
        set_cell(sr.cell(i, 0), a, bold=True)
        set_cell(sr.cell(i, 1), b)
    doc.save(out("zvx-llansamlet-surgery-hiw-gp-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Helping Hands Worcester – CQC inspection action plan (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def helping_hands():
    ncol = 8
    lines = []

    def row(*vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row("Helping Hands Worcester – CQC Inspection Action Plan")
    row("Service: Helping Hands Home Care Worcester (domiciliary care agency). Inspection 9–23 January 2025; report published 18 March 2025. Overall rating: Requires Improvement.")
    row()
    row("Ref", "Requirement", "Action", "Lead", "Due date", "RAG", "Update", "Evidence")
    reg12 = "Regulation 12 Safe care and treatment – Risks relating to people's medicines, including time-specific and 'as required' medicines, were not always assessed or recorded."
    reg19 = "Regulation 19 Fit and proper persons employed – Full employment histories and reasons for gaps were not recorded for 3 of 6 staff files reviewed."
    reg17 = "Regulation 17 Good governance – Quality assurance systems had not identified the shortfalls in medicines records and care call timings."
    aisr = "Should do – The service should ensure people's communication needs are recorded in their care plans in line with the Accessible Information Standard."
    row("Key question: Safe")
    row("S1", reg12, "Review all medication risk assessments and MAR charts for people receiving time-critical medicines (e.g. Parkinson's medication).",
        "Registered Manager", "28/03/2025", "Complete", "All 19 people reviewed; 4 risk assessments rewritten.", "Medicines review log")
    row("S2", reg12, "Introduce PRN protocols on the eMAR system for every 'as required' medicine.",
        "Care Coordinator; Field Care Supervisor", "30/04/2025", "Green", "31 of 44 protocols in place.", "eMAR report")
    row("S3", reg12, "Complete medicines competency reassessment for all care workers, with observed practice.",
        "Field Care Supervisors", "May-25", "Amber", "38 of 61 care workers reassessed. Sickness in the supervisor team has slowed progress.", "Competency tracker")
    row("S4", reg19, "Audit all 74 staff files against Schedule 3 and obtain missing employment histories.",
        "Recruitment Coordinator", "31/03/2025", "Complete", "Audit complete; histories obtained for 9 staff.", "File audit")
    row("Key question: Well-led")
    row("W1", reg17, "Introduce a monthly branch quality audit covering eMAR exceptions, late and missed calls and care plan reviews, reported to the Regional Director.",
        "Registered Manager", "April 2025", "Green", "First audit completed for March 2025.", "Audit report")
    row("W2", reg17, "Hold a weekly review of calls more than 30 minutes late, with rota changes agreed with the scheduling team.",
        "Scheduling Lead / Registered Manager", "Ongoing", "Green", "Weekly reviews since 3 February 2025; late calls down from 11% to 6%.", "Call monitoring data")
    row("W3", reg17, "Quality Business Partner to complete a mock inspection of the branch.",
        "Quality Business Partner", "June 2025", "Not started", "", "")
    row("Key question: Responsive")
    row("R1", aisr, "Add an Accessible Information Standard section to all care plans at their next review.",
        "Care Coordinators", "Q1 2025/26", "Amber", "Template updated; 22 care plans completed.", "Care plan audit")
    row()
    row("RAG key: Red = overdue; Amber = at risk of missing due date; Green = on track; Complete = action completed and evidenced.")
    row("Last updated 02/04/2025 by the Registered Manager. Next review at the branch governance meeting, 30/04/2025.")
    with open(out("zvx-helping-hands-worcester-cqc-inspection-action-plan.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Kingsley Manor Care Home – CQC quality improvement plan (tab-separated text)
#    Contains a mistyped month in a target date cell (refuse case).
# ---------------------------------------------------------------------------
def kingsley():
    L = []
    L.append("Kingsley Manor Care Home – Quality Improvement Plan")
    L.append("Following CQC inspection on 4 and 5 September 2024 (report published 29 October 2024). Overall rating: Requires Improvement.")
    L.append("Registered Manager: Joanne Ellis\tRegional Operations Manager: Mark Davey\tPlan updated: 13/12/2024")
    L.append("")
    L.append("\t".join(["No.", "Key question", "Issue identified", "Action", "Lead", "Target date", "Status", "Comments"]))
    rows = [
        ("1", "Safe", "Regulation 12: Repositioning charts not fully completed for people at risk of pressure damage",
         "Introduce electronic repositioning prompts on the care planning system and check completion at each handover", "Deputy Manager", "31/10/2024", "Complete", "Prompts live from 14/10/2024"),
        ("2", "Safe", "Regulation 12: Repositioning charts not fully completed for people at risk of pressure damage",
         "Pressure area care training for all care staff, including the new tissue viability link nurse", "Clinical Lead / Tissue Viability Link Nurse", "Nov-24", "Complete", "27 of 29 staff trained"),
        ("3", "Safe", "Regulation 12: Thickened fluids not always prepared to the consistency in people's SALT guidance",
         "IDDSI thickener guidance displayed in each kitchenette and included in the daily dining audit", "Head of Care", "Febuary 2025", "In progress", "Guidance displayed; audit tool drafted"),
        ("4", "Effective", "Regulation 11: Mental capacity assessments not decision-specific for bed rails and sensor mats",
         "Review and redo all capacity assessments and best interest decisions for restrictive equipment", "Registered Manager", "31/01/2025", "In progress", "11 of 17 completed"),
        ("5", "Well-led", "Regulation 17: Audits did not identify the shortfalls found at inspection",
         "Regional Operations Manager to complete monthly quality monitoring visits and check audit actions", "Regional Operations Manager", "March 2025", "In progress", "Visits in place from October 2024"),
        ("6", "Well-led", "Regulation 17: Audits did not identify the shortfalls found at inspection",
         "Set up a residents' and relatives' meeting each quarter and publish a \"You said, we did\" board", "Activities Coordinator", "December 2024", "Complete", "First meeting held 20/11/2024"),
    ]
    for rw in rows:
        L.append("\t".join(rw))
    L.append("")
    L.append("Status: Complete / In progress / Not started. Plan reviewed monthly at the home's clinical governance meeting.")
    with open(out("zvx-kingsley-manor-care-home-cqc-quality-improvement-plan-typo-month-refuse.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    eeast()
    lincs_baf()
    lanarkshire()
    lypft()
    llansamlet()
    helping_hands()
    kingsley()
    print("built 7 files in", HERE)
