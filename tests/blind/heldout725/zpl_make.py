"""Build the seven zpl- blind test files (set heldout725).

Run with: /work/main/.venv/bin/python zpl_make.py
Writes only files whose names start with "zpl-" into this folder.
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
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": PatternFill("solid", fgColor="0070C0"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "sect": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def d(y, m, day):
    return dt.datetime(y, m, day)


def header_row(ws, row, values):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX


def boxed(ws, row, ncols):
    for i in range(1, ncols + 1):
        c = ws.cell(row=row, column=i)
        c.border = BOX
        c.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Bradford Teaching Hospitals NHSFT - Board Assurance Framework (xlsx)
# ---------------------------------------------------------------------------
BTH_FILE = "zpl-bradford-teaching-hospitals-nhsft-board-assurance-framework-2025-26.xlsx"
BTH_TITLE = "Board Assurance Framework 2025/26"

# (sheet name, objective heading, [risk blocks])
# risk block: (risk heading, exec lead, committee, current, target, controls, gaps, [actions])
# action: (ref, text, lead, original due, revised due, q1, q2, progress)
BTH_SHEETS = [
    ("SO1 Outstanding care",
     "Strategic Objective 1: To provide outstanding care for patients",
     [
         ("BAF 1.1 – Risk that increasing demand for urgent and emergency care leads to prolonged waits and avoidable harm to patients in the Emergency Department",
          "Chief Operating Officer", "Quality and Patient Safety Academy", "4 x 5 = 20", "4 x 3 = 12",
          "Full capacity protocol; twice-daily site safety huddles; ED escalation policy; Bradford District and Craven UEC Board oversight.",
          "Same Day Emergency Care not open at weekends; frailty pathway not consistently in place at the front door; 12-hour waits above national standard.",
          [
              ("1.1a", "Extend Same Day Emergency Care (SDEC) opening to 12 hours a day, 7 days a week",
               "Chief Operating Officer", d(2025, 6, 30), d(2025, 10, 31), "A", "A",
               "Estates works completed August 2025. Two Advanced Nurse Practitioner posts still vacant; weekend opening from 1 November subject to recruitment. Revised date agreed at Finance and Performance Academy."),
              ("1.1b", "Implement the Acute Frailty Unit 'front door' model linked to the Bradford District and Craven frailty virtual ward",
               "Clinical Director for Acute Medicine; General Manager – Urgent Care", d(2025, 12, 31), None, "G", "G",
               "Consultant geriatrician rota at the front door from 08:00–20:00 agreed. Virtual ward step-down criteria signed off 2 September."),
              ("1.1c", "Deliver the ED 'Fit to Sit' and Rapid Assessment and Treatment (RAT) pilot and evaluate its effect on 4-hour performance",
               "Associate Chief Nurse – Urgent Care", d(2025, 9, 30), None, "G", "B",
               "Evaluation presented to Executive Management Team 22 September 2025; model adopted as business as usual."),
          ]),
         ("BAF 1.2 – Risk that learning from patient safety incidents is not embedded under PSIRF, resulting in repeated avoidable harm",
          "Chief Nurse", "Quality and Patient Safety Academy", "4 x 4 = 16", "4 x 2 = 8",
          "Patient Safety Incident Response Plan; weekly Patient Safety Incident Review Group; PSII oversight by the Academy.",
          "Safety action completion is not reported by care group; limited assurance that actions have reduced harm.",
          [
              ("1.2a", "Complete the annual review of the Patient Safety Incident Response Plan (PSIRP) and agree local priorities with the ICB",
               "Head of Patient Safety", d(2025, 7, 31), None, "G", "B",
               "Revised PSIRP approved by Board in July 2025 and shared with West Yorkshire ICB."),
              ("1.2b", "Roll out the Learning from Patient Safety Events (LFPSE) dashboard to all care groups\nand include safety action completion rates in care group performance reviews",
               "Head of Patient Safety; Head of Business Intelligence", d(2025, 12, 31), d(2026, 3, 31), "G", "A",
               "Dashboard live for Medicine and Surgery care groups. Data quality issues with the InPhase extract have delayed Women's and Children's; revised date March 2026."),
              ("1.2c", "Report a thematic review of overdue safety actions to the Quality and Patient Safety Academy",
               "Chief Nurse", "Quarterly", None, "G", "G",
               "Q1 review received by the Academy on 18 September 2025."),
          ]),
     ]),
    ("SO2 Finance & performance",
     "Strategic Objective 2: To deliver our financial plan and key performance targets",
     [
         ("BAF 2.1 – Risk that the Trust does not deliver its 2025/26 financial plan, including the £26.8m waste reduction programme",
          "Director of Finance", "Finance and Performance Academy", "4 x 4 = 16", "4 x 2 = 8",
          "Monthly finance reports to Board; care group budget holder sign-off; vacancy control panel.",
          "Waste reduction schemes for months 7–12 not fully identified; temporary staffing spend above plan.",
          [
              ("2.1a", "Establish a Financial Recovery Board chaired by the Chief Executive with fortnightly review of care group waste reduction schemes",
               "Director of Finance", d(2025, 5, 31), None, "B", "B",
               "Financial Recovery Board meeting fortnightly since May 2025."),
              ("2.1b", "Reduce temporary staffing spend by enforcing the agency price cap and completing the medical bank rate card review",
               "Chief People Officer / Director of Finance", d(2025, 9, 30), d(2025, 12, 31), "A", "R",
               "Agency spend 14% above trajectory at month 6. Medical bank rate card review delayed pending the West Yorkshire collaborative agreement; escalated to Executive Management Team."),
          ]),
     ]),
    ("SO3 People",
     "Strategic Objective 3: To be in the top 20% of NHS employers",
     [
         ("BAF 3.1 – Risk that the Trust cannot recruit and retain enough registered nursing and midwifery staff to deliver safe staffing levels",
          "Chief Nurse", "People Academy", "4 x 3 = 12", "4 x 2 = 8",
          "Safe staffing reviews twice yearly; e-rostering; nursing and midwifery recruitment and retention plan.",
          "Turnover of nurses in their first year above 15%; limited flexible working offer for experienced staff.",
          [
              ("3.1a", "Deliver the 2025/26 international recruitment cohort of 40 registered nurses, including OSCE preparation",
               "Deputy Chief Nurse", d(2026, 3, 31), None, "G", "G",
               "24 nurses arrived; 19 have passed OSCE. Remaining cohort due January 2026."),
              ("3.1b", "Launch a legacy mentor scheme for experienced nurses within two years of retirement",
               "Head of Nursing Workforce", d(2025, 8, 31), None, "G", "B",
               "Scheme launched August 2025 with 12 legacy mentors in post."),
              ("3.1c", "Introduce 'stay conversations' for all newly qualified nurses and midwives during their first 12 months",
               "Director of Midwifery / Head of Nursing Workforce", d(2026, 1, 31), None, None, "G",
               "New action added at Q2. Conversation guide agreed with staff side; pilot on four wards from October."),
          ]),
     ]),
]


def build_bth():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Bradford Teaching Hospitals NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = BTH_TITLE
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Quarter 2 position (as at 30 September 2025)"
    ws["A5"] = "Meeting: Board of Directors (Public) – 13 November 2025"
    ws["A6"] = "Report author: Head of Risk and Assurance"
    ws["A7"] = "Executive sponsor: Director of Corporate Governance"
    ws["A9"] = "Document control"
    ws["A9"].font = Font(bold=True)
    header_row(ws, 10, ["Version", "Date", "Author", "Summary of changes"])
    rows = [
        ("0.1", d(2025, 10, 8), "Head of Risk and Assurance", "Q2 updates received from executive leads"),
        ("0.2", d(2025, 10, 21), "Head of Risk and Assurance", "Amended following Audit and Assurance Committee"),
        ("1.0", d(2025, 11, 5), "Director of Corporate Governance", "Approved for Board"),
    ]
    for r, vals in enumerate(rows, start=11):
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        boxed(ws, r, 4)
    ws["A15"] = "Action RAG key"
    ws["A15"].font = Font(bold=True)
    key = [("B", "Action complete"), ("G", "On track to deliver by the due date"),
           ("A", "At risk of slipping, or revised date agreed"), ("R", "Overdue or off track – escalation required")]
    for r, (k, txt) in enumerate(key, start=16):
        c = ws.cell(row=r, column=1, value=k)
        c.fill = FILL[k]
        c.font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=2, value=txt)
    ws["A21"] = "Risk score = Consequence x Likelihood (1–25). Red 15–25; Amber 8–12; Yellow 4–6; Green 1–3."
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 34
    ws.column_dimensions["D"].width = 48

    # Summary sheet
    ss = wb.create_sheet("Summary")
    ss["A1"] = "BAF summary – Q2 2025/26"
    ss["A1"].font = Font(bold=True, size=13)
    header_row(ss, 3, ["BAF ref", "Strategic objective", "Risk", "Executive lead", "Assurance committee",
                       "Q1 score", "Q2 score", "Target score", "Movement"])
    summary = [
        ("1.1", "SO1", "Urgent and emergency care demand", "Chief Operating Officer", "Quality and Patient Safety Academy", 20, 20, 12, "↔"),
        ("1.2", "SO1", "Learning from patient safety incidents", "Chief Nurse", "Quality and Patient Safety Academy", 16, 16, 8, "↔"),
        ("2.1", "SO2", "Delivery of the 2025/26 financial plan", "Director of Finance", "Finance and Performance Academy", 12, 16, 8, "↑"),
        ("3.1", "SO3", "Nursing and midwifery recruitment and retention", "Chief Nurse", "People Academy", 16, 12, 8, "↓"),
    ]
    for r, vals in enumerate(summary, start=4):
        for c, v in enumerate(vals, start=1):
            ss.cell(row=r, column=c, value=v)
        boxed(ss, r, 9)
    for col, w in zip("ABCDEFGHI", [9, 18, 40, 26, 34, 9, 9, 11, 10]):
        ss.column_dimensions[col].width = w

    for sheet_name, objective, risks in BTH_SHEETS:
        ws = wb.create_sheet(sheet_name)
        ws.merge_cells("A1:H1")
        ws["A1"] = objective
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = FILL["head"]
        row = 3
        for (heading, lead, committee, current, target, controls, gaps, actions) in risks:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            c = ws.cell(row=row, column=1, value=heading)
            c.font = Font(bold=True)
            c.fill = FILL["sect"]
            c.alignment = WRAP
            ws.row_dimensions[row].height = 32
            row += 1
            ws.cell(row=row, column=1, value="Executive lead:").font = Font(bold=True)
            ws.cell(row=row, column=2, value=lead)
            ws.cell(row=row, column=4, value="Assurance committee:").font = Font(bold=True)
            ws.cell(row=row, column=5, value=committee)
            row += 1
            ws.cell(row=row, column=1, value="Current score:").font = Font(bold=True)
            ws.cell(row=row, column=2, value=current)
            ws.cell(row=row, column=4, value="Target score:").font = Font(bold=True)
            ws.cell(row=row, column=5, value=target)
            row += 1
            ws.cell(row=row, column=1, value="Key controls:").font = Font(bold=True)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=8)
            ws.cell(row=row, column=2, value=controls).alignment = WRAP
            row += 1
            ws.cell(row=row, column=1, value="Gaps in control / assurance:").font = Font(bold=True)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=8)
            ws.cell(row=row, column=2, value=gaps).alignment = WRAP
            row += 1
            header_row(ws, row, ["Ref", "Action to address gaps", "Lead", "Original due date",
                                 "Revised due date", "Q1 RAG", "Q2 RAG", "Progress update (Q2)"])
            row += 1
            for (ref, text, alead, orig, rev, q1, q2, prog) in actions:
                vals = [ref, text, alead, orig, rev, q1, q2, prog]
                for ci, v in enumerate(vals, start=1):
                    cell = ws.cell(row=row, column=ci, value=v)
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                boxed(ws, row, 8)
                for ci, v in ((6, q1), (7, q2)):
                    if v:
                        ws.cell(row=row, column=ci).fill = FILL[v]
                        ws.cell(row=row, column=ci).alignment = Alignment(horizontal="center", vertical="top")
                row += 1
            row += 1
        for col, w in zip("ABCDEFGH", [10, 52, 30, 13, 13, 8, 8, 60]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, BTH_FILE))


# ---------------------------------------------------------------------------
# 2. Kent and Medway Mental Health NHS Trust - CQC must do / should do (xlsx)
# ---------------------------------------------------------------------------
KMPT_FILE = "zpl-kent-and-medway-mental-health-nhs-trust-cqc-community-and-crisis-services-must-should-do-action-plan.xlsx"
KMPT_TITLE = ("CQC Inspection Action Plan – Community-based mental health services for adults of working age "
              "and Mental health crisis services and health-based places of safety")

# sections: (heading, [requirement groups]); group: (md/sd, regulation, requirement, [actions])
# action: (ref, text, lead, target, brag, evidence, progress)
KMPT_SECTIONS = [
    ("Community-based mental health services for adults of working age", [
        ("Must do", "Reg 12 Safe care and treatment",
         "MD1: The trust must ensure that people on community mental health team caseloads have a risk assessment that is reviewed and updated in line with trust policy. (Regulation 12)",
         [
             ("MD1.1", "Complete a caseload-wide audit of risk assessments in all 14 community mental health teams and agree a recovery trajectory for each team",
              "Head of Community Services (West Kent); Head of Community Services (East Kent)", d(2025, 11, 30), "B",
              "Audit report; team trajectories", "Audit completed 21/11/2025. 96% of caseload now has a risk assessment reviewed within policy."),
             ("MD1.2", "Add a risk assessment review prompt to the RiO caseload dashboard and include compliance in weekly team huddles",
              "Chief Clinical Information Officer", d(2026, 3, 31), "G",
              "Dashboard screenshot; huddle template", "Dashboard change in user testing; go-live planned for 2 March 2026."),
         ]),
        ("Must do", "Reg 12 Safe care and treatment",
         "MD2: The trust must ensure that people waiting for assessment or treatment are regularly contacted and that their risk is monitored while they wait. (Regulation 12)",
         [
             ("MD2.1", "Implement the 'waiting well' protocol: monthly contact for everyone on the waiting list, with a RAG-rated risk review by a senior clinician",
              "Deputy Director of Nursing – Community", "End of Dec 2025", "A",
              "Protocol; monthly contact report", "Protocol live in 11 of 14 teams. Remaining three teams (Medway, Swale, Thanet) go live in February 2026 after staffing gaps filled."),
         ]),
        ("Must do", "Reg 18 Staffing",
         "MD3: The trust must ensure that there are enough suitably qualified staff to meet caseload demand in community mental health teams. (Regulation 18)",
         [
             ("MD3.1", "Agree and implement a caseload weighting tool and maximum caseload thresholds for care coordinators",
              "Director of Workforce / Associate Director – Community Services", "Q4 2025/26", "G",
              "Caseload weighting tool; JNCC minutes", "Tool agreed with staff side at JNCC on 14 January 2026."),
             ("MD3.2", "Recruit to 22 WTE vacant band 6 community practitioner posts through the rolling recruitment campaign",
              "Head of Recruitment", d(2026, 6, 30), "R",
              "Recruitment tracker", "11 WTE appointed and 6 WTE in pre-employment checks. Off trajectory because of turnover in Medway; incentive scheme paper to Executive Management Team in February."),
         ]),
    ]),
    ("Mental health crisis services and health-based places of safety", [
        ("Must do", "Reg 15 Premises and equipment",
         "MD4: The trust must ensure that the health-based place of safety at Priority House is safe and clean, and that ligature risks are assessed and mitigated. (Regulation 15)",
         [
             ("MD4.1", "Complete the ligature risk assessment for the Priority House section 136 suite and carry out the anti-ligature works identified",
              "Head of Estates and Facilities", "31 October 2025", "B",
              "Ligature risk assessment; works completion certificate", "Works completed 24/10/2025 and signed off by the Ligature Group."),
         ]),
        ("Should do", "Reg 9 Person-centred care",
         "SD1: The trust should ensure that crisis resolution and home treatment teams record whether people have been given a copy of their crisis plan.",
         [
             ("SD1.1", "Add a mandatory 'copy of crisis plan offered' field to the CRHT contact form in RiO and audit compliance monthly",
              "Service Manager – Crisis Resolution Home Treatment", "Jan-26", "G",
              "RiO form change; audit results", "Field live from 6 January 2026; first audit due in February."),
         ]),
        ("Should do", "Reg 18 Staffing",
         "SD2: The trust should ensure that staff in crisis services complete mandatory Immediate Life Support training.",
         [
             ("SD2.1", "Book all crisis staff with outstanding ILS training onto sessions and report compliance through the care group performance review",
              "Practice Development Lead", d(2026, 2, 28), "G",
              "Training compliance report", "Compliance 78% (target 90%); all remaining staff booked before 28 February."),
         ]),
    ]),
]


def build_kmpt():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC action plan"
    ncol = 10
    ws["A1"] = "Kent and Medway Mental Health NHS Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:J2")
    ws["A2"] = KMPT_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 32
    ws["A3"] = "Inspection dates: 4–27 March 2025  |  Report published: 8 October 2025  |  Executive lead: Chief Nursing Officer"
    ws["A4"] = "Progress position: 31 January 2026 – for Quality Committee, 19 February 2026"
    header_row(ws, 6, ["Ref", "Must do / Should do", "Regulation", "CQC requirement", "Action",
                       "Lead(s)", "Target date", "Evidence of completion", "Progress update", "BRAG"])
    row = 7
    for heading, groups in KMPT_SECTIONS:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        c = ws.cell(row=row, column=1, value=heading)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        row += 1
        for (mdsd, reg, req, actions) in groups:
            first = row
            for (ref, text, lead, target, brag, evid, prog) in actions:
                ws.cell(row=row, column=1, value=ref)
                ws.cell(row=row, column=5, value=text)
                ws.cell(row=row, column=6, value=lead)
                tc = ws.cell(row=row, column=7, value=target)
                if isinstance(target, dt.datetime):
                    tc.number_format = "dd/mm/yyyy"
                ws.cell(row=row, column=8, value=evid)
                ws.cell(row=row, column=9, value=prog)
                boxed(ws, row, ncol)
                ws.cell(row=row, column=10).fill = FILL[brag]
                row += 1
            ws.cell(row=first, column=2, value=mdsd)
            ws.cell(row=first, column=3, value=reg)
            ws.cell(row=first, column=4, value=req)
            if row - 1 > first:
                for col in (2, 3, 4):
                    ws.merge_cells(start_row=first, start_column=col, end_row=row - 1, end_column=col)
            for col in (2, 3, 4):
                ws.cell(row=first, column=col).alignment = WRAP
    for col, w in zip("ABCDEFGHIJ", [8, 11, 16, 48, 48, 30, 13, 26, 52, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    ks = wb.create_sheet("Key and summary")
    ks["A1"] = "BRAG key"
    ks["A1"].font = Font(bold=True)
    key = [("B", "Blue – action complete and evidence assured by Quality Committee"),
           ("G", "Green – on track to deliver by target date"),
           ("A", "Amber – at risk of delay; mitigations in place"),
           ("R", "Red – off track or past target date")]
    for r, (k, txt) in enumerate(key, start=2):
        ks.cell(row=r, column=1).fill = FILL[k]
        ks.cell(row=r, column=2, value=txt)
    ks["A8"] = "Summary at 31 January 2026"
    ks["A8"].font = Font(bold=True)
    header_row(ks, 9, ["", "Blue", "Green", "Amber", "Red", "Total"])
    ks_rows = [("Must do actions", 2, 2, 1, 1, 6), ("Should do actions", 0, 2, 0, 0, 2), ("Total", 2, 4, 1, 1, 8)]
    for r, vals in enumerate(ks_rows, start=10):
        for c, v in enumerate(vals, start=1):
            ks.cell(row=r, column=c, value=v)
        boxed(ks, r, 6)
    ks.column_dimensions["A"].width = 20
    ks.column_dimensions["B"].width = 66
    wb.save(os.path.join(HERE, KMPT_FILE))


# ---------------------------------------------------------------------------
# 3. NHS Fife - HIS IR(ME)R inspection, Victoria Hospital radiology (xlsx)
# ---------------------------------------------------------------------------
FIFE_FILE = "zpl-nhs-fife-his-irmer-victoria-hospital-radiology-improvement-action-plan.xlsx"
FIFE_TITLE = "Radiology Department, Victoria Hospital, Kirkcaldy – Improvement Action Plan"

# groups: (heading text, [actions]); action: (ref, text, timescale, responsibility, progress, status, completed)
FIFE_GROUPS = [
    ("Requirement 1: NHS Fife must ensure that the employer's written procedure for the identification of individuals before exposure reflects current practice in all areas, including theatres. (Regulation 6(1) and Schedule 2(a))",
     [
         ("1.1", "Review and reissue Employer's Procedure EP02 (Patient identification) to include the theatres and mobile radiography pathways",
          d(2025, 10, 31), "Lead Superintendent Radiographer (Quality and Governance)",
          "EP02 v4.0 approved by the Radiation Protection Committee and published on StaffLink.", "Complete", d(2025, 10, 24)),
         ("1.2", "Brief all radiographers and theatre staff who use mobile and fluoroscopy equipment on the revised procedure, and record attendance",
          d(2026, 1, 31), "Lead Superintendent Radiographer (Quality and Governance) / Theatre Nurse Manager",
          "71% of radiographers and 48% of theatre staff briefed. Further sessions booked at theatre safety huddles in January.", "On track", None),
     ]),
    ("Requirement 2: NHS Fife must ensure that referrers, practitioners and operators are entitled in writing and that the scope of each individual's entitlement is recorded. (Regulation 10(5))",
     [
         ("2.1", "Complete a gap analysis of entitlement records against the staff list for all radiographers, radiologists and non-medical referrers",
          "September 2025", "IR(ME)R Lead",
          "Gap analysis completed; 23 records updated.", "Complete", d(2025, 9, 19)),
         ("2.2", "Move entitlement records to the electronic entitlement register in the Radiology Information System (RIS) and set up annual review reminders",
          "March 2026", "Radiology Services Manager; PACS/RIS Manager",
          "RIS upgrade delayed by the national supplier. Interim spreadsheet register in place and checked monthly.", "At risk", None),
     ]),
    ("Requirement 3: NHS Fife must ensure that clinical audit of IR(ME)R compliance is carried out and the results are reported through the radiation protection governance structure. (Regulation 7)",
     [
         ("3.1", "Agree a rolling 12-month IR(ME)R clinical audit programme and present it to the Radiation Protection Committee",
          d(2025, 9, 30), "Consultant Radiologist (IR(ME)R Clinical Lead)",
          "Audit programme approved 9 September 2025.", "Complete", d(2025, 9, 9)),
         ("3.2", "Report audit results and resulting actions to each Radiation Protection Committee",
          "Quarterly", "IR(ME)R Lead",
          "First report (justification audit) presented 2 December 2025.", "On track", None),
     ]),
    ("Recommendation a: NHS Fife should ensure that information on the benefits and risks of radiation exposure is available to patients in all radiology waiting areas.",
     [
         ("a.1", "Display the national radiation benefit and risk poster and leaflets, including easy read versions, in all four radiology waiting areas",
          d(2025, 8, 31), "Superintendent Radiographer (General Radiography)",
          "Posters and leaflets in place; checked at monthly environment walkround.", "Complete", d(2025, 8, 15)),
     ]),
    ("Recommendation b: NHS Fife should ensure that the pregnancy enquiry for individuals of childbearing potential is consistently recorded on RIS.",
     [
         ("b.1", "Change the RIS examination template so that the pregnancy status question must be completed before an exposure can be recorded",
          d(2026, 3, 31), "PACS/RIS Manager",
          "Change request logged with RIS supplier; awaiting a release date.", "Not started", None),
         ("b.2", "Audit the recording of pregnancy enquiries monthly for six months after the template change",
          "September 2026", "Lead Superintendent Radiographer (Quality and Governance)",
          "", "Not started", None),
     ]),
]


def build_fife():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement action plan"
    ncol = 7
    ws["A1"] = "NHS Fife"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Healthcare Improvement Scotland – Ionising Radiation (Medical Exposure) Regulations 2017 inspection"
    ws["A3"] = FIFE_TITLE
    ws["A3"].font = Font(bold=True, size=13)
    ws["A4"] = "Inspection date: 10 and 11 June 2025        Report published: 2 September 2025"
    ws["A5"] = "Plan owner: Director of Acute Services        Reporting to: Clinical Governance Committee"
    header_row(ws, 7, ["Ref", "Action planned", "Timescale to meet action", "Responsibility for taking action",
                       "Progress against action (at 15/12/2025)", "Status", "Date completed"])
    row = 8
    for heading, actions in FIFE_GROUPS:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        c = ws.cell(row=row, column=1, value=heading)
        c.font = Font(bold=True)
        c.fill = FILL["sect"]
        c.alignment = WRAP
        ws.row_dimensions[row].height = 45
        row += 1
        for (ref, text, when, resp, prog, status, done) in actions:
            vals = [ref, text, when, resp, prog or None, status, done]
            for ci, v in enumerate(vals, start=1):
                cell = ws.cell(row=row, column=ci, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            boxed(ws, row, ncol)
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Status key: Complete = action delivered and evidence held; On track = progressing to timescale; "
                                     "At risk = timescale may not be met (amber); Off track = timescale missed (red); Not started.")
    row += 2
    ws.cell(row=row, column=1, value="Signed: Chief Executive, NHS Fife        Date submitted to Healthcare Improvement Scotland: 26/08/2025")
    for col, w in zip("ABCDEFG", [7, 58, 16, 34, 52, 12, 13]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"

    ev = wb.create_sheet("Evidence log")
    ev["A1"] = "Evidence log – HIS IR(ME)R inspection, Victoria Hospital"
    ev["A1"].font = Font(bold=True)
    header_row(ev, 3, ["Evidence ref", "Linked action", "Document", "Date filed"])
    evid = [
        ("E01", "1.1", "EP02 Patient identification v4.0", d(2025, 10, 24)),
        ("E02", "2.1", "Entitlement gap analysis spreadsheet", d(2025, 9, 19)),
        ("E03", "3.1", "IR(ME)R clinical audit programme 2025–26", d(2025, 9, 9)),
        ("E04", "a.1", "Photographs of waiting area displays", d(2025, 8, 15)),
        ("E05", "3.2", "Radiation Protection Committee minutes 02/12/2025", d(2025, 12, 5)),
    ]
    for r, vals in enumerate(evid, start=4):
        for c, v in enumerate(vals, start=1):
            cell = ev.cell(row=r, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        boxed(ev, r, 4)
    ev.column_dimensions["C"].width = 48
    ev.column_dimensions["D"].width = 12
    wb.save(os.path.join(HERE, FIFE_FILE))


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
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.6)


# ---------------------------------------------------------------------------
# 4. Aneurin Bevan UHB - HIW mental health hospital inspection, St Cadoc's (docx)
# ---------------------------------------------------------------------------
ABUHB_FILE = "zpl-aneurin-bevan-uhb-hiw-st-cadocs-hospital-mental-health-improvement-plan.docx"
ABUHB_TITLE = "Healthcare Inspectorate Wales – Improvement Plan"

# sections: (heading, [improvements]); improvement: (improvement needed, standard, [actions])
# action: (ref, service action, responsible officer, timescale, status)
ABUHB_SECTIONS = [
    ("Quality of patient experience", [
        ("The health board must ensure that detained patients are supported to understand their rights under the Mental Health Act, and that this is recorded at regular intervals.",
         "Mental Health Act 1983, section 132; Code of Practice for Wales",
         [("1", "Audit the recording of section 132 rights weekly for all detained patients and review the results at the monthly ward governance meeting.",
           "Ward Manager (Talygarn) / Ward Manager (Adferiad)", "31 October 2025", "Complete")]),
        ("The health board must ensure that patients have access to a range of therapeutic activities seven days a week.",
         "Health and Care Quality Standards 2023 – Person-centred",
         [("2a", "Recruit an additional Band 4 activity coordinator to provide weekend cover across both wards.",
           "Senior Nurse, Inpatient Services", "January 2026", "On track"),
          ("2b", "Review the ward activity timetable with patients at the weekly community meeting and display it on each ward.",
           "Occupational Therapy Lead, Adult Mental Health", "30/09/2025", "Complete")]),
    ]),
    ("Delivery of safe and effective care", [
        ("The health board must ensure that the environmental ligature risk assessment for Adferiad Ward is reviewed and that the works identified are completed.",
         "Health and Care Quality Standards 2023 – Safe",
         [("3a", "Complete a full review of the Adferiad Ward ligature risk assessment with Estates and Health and Safety.",
           "Ward Manager (Adferiad); Head of Health and Safety", "August 2025", "Complete"),
          ("3b", "Replace the bedroom door hinges and en-suite fittings identified in the review with anti-ligature alternatives.",
           "Head of Estates Operations", "Original: December 2025\nRevised: March 2026", "Amber – delayed")]),
        ("The health board must ensure that medication fridge temperatures are recorded daily and that action is taken when readings are outside the safe range.",
         "Health and Care Quality Standards 2023 – Safe; Medicines Management Policy",
         [("4", "Add a daily fridge temperature check to the nurse in charge handover checklist, with out-of-range readings escalated to pharmacy the same day.",
           "Lead Pharmacist, Mental Health", "Immediate and ongoing", "On track")]),
        ("The health board must ensure that care and treatment plans are reviewed with patients and reflect their views, in line with the Mental Health (Wales) Measure 2010.",
         "Mental Health (Wales) Measure 2010, Part 2",
         [("5", "Deliver care and treatment planning refresher training to all registered nurses on both wards\nand audit ten care and treatment plans per ward each month.",
           "Practice Development Nurse", "28 February 2026", "On track")]),
    ]),
    ("Quality of management and leadership", [
        ("The health board must ensure that staff compliance with mandatory training, including Positive Behaviour Management, meets the health board target of 85%.",
         "Health and Care Quality Standards 2023 – Workforce",
         [("6", "Ring-fence Positive Behaviour Management training places for both wards and agree a trajectory to reach 85% compliance, monitored monthly.",
           "Senior Nurse, Inpatient Services / Divisional Nurse", "March 2026", "On track")]),
        ("The health board must ensure that staff receive regular clinical supervision and that this is recorded.",
         "Health and Care Quality Standards 2023 – Workforce",
         [("7", "Introduce the divisional clinical supervision recording tool on both wards and report completion rates to the divisional quality and patient safety meeting.",
           "Head of Nursing, Adult Mental Health", "30/11/2025", "Red – off track")]),
    ]),
]


def build_abuhb():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Aneurin Bevan University Health Board")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(ABUHB_TITLE, level=0)
    doc.add_paragraph("Service: St Cadoc's Hospital, Caerleon – Talygarn Ward and Adferiad Ward")
    doc.add_paragraph("Inspection type: Mental health hospital inspection (unannounced)")
    doc.add_paragraph("Date of inspection: 14 – 16 July 2025")
    doc.add_paragraph("Progress update: December 2025, for the Patient Quality, Safety and Outcomes Committee")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for vals in [("1.0", "29/09/2025", "Head of Nursing, Adult Mental Health", "Submitted to HIW"),
                 ("1.1", "10/12/2025", "Quality and Patient Safety Lead, Mental Health and Learning Disabilities Division", "Progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, vals):
            set_cell(c, v)

    doc.add_paragraph()
    doc.add_paragraph("The table below sets out the improvements HIW identified during the inspection and the actions the "
                      "health board is taking to address them.")
    headers = ["Ref", "Improvement needed", "Standard / Regulation", "Service action",
               "Responsible officer", "Timescale", "Status"]
    widths = [Cm(1.2), Cm(6.0), Cm(3.6), Cm(6.4), Cm(3.6), Cm(2.8), Cm(2.4)]
    for heading, items in ABUHB_SECTIONS:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for (need, std, actions) in items:
            first_row = None
            for (ref, act, resp, when, status) in actions:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[3], act)
                set_cell(cells[4], resp)
                set_cell(cells[5], when)
                set_cell(cells[6], status)
                if first_row is None:
                    first_row = cells
                    set_cell(cells[1], need)
                    set_cell(cells[2], std)
                last_row = cells
            if len(actions) > 1:
                first_row[1].merge(last_row[1])
                first_row[2].merge(last_row[2])
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph()

    doc.add_heading("Service representative", level=2)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for (a, b), row in zip([("Name (print):", "[signed copy held by the Corporate Governance team]"),
                            ("Job role:", "Divisional Director, Mental Health and Learning Disabilities"),
                            ("Date:", "29 September 2025")], t.rows):
        set_cell(row.cells[0], a, bold=True)
        set_cell(row.cells[1], b)
    doc.save(os.path.join(HERE, ABUHB_FILE))


# ---------------------------------------------------------------------------
# 5. Norfolk and Norwich University Hospitals NHSFT - PSII safety action plan (docx)
# ---------------------------------------------------------------------------
NNUH_FILE = "zpl-norfolk-and-norwich-university-hospitals-nhsft-psii-anticoagulation-on-discharge-safety-action-plan.docx"
NNUH_TITLE = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"

# (area heading, [actions]); action: (ref, action, owner, timescale, measure, status)
NNUH_AREAS = [
    ("Area for improvement 1: Anticoagulant doses are not routinely checked against current renal function before discharge",
     [
         ("SA1.1", "Add a mandatory DOAC dose check against the latest creatinine clearance to the discharge (TTO) prescribing workflow in EPMA.",
          "Chief Pharmacist; Chief Clinical Information Officer", "31/03/2026",
          "% of DOAC TTOs with a documented dose check (target 95%)", "On track"),
         ("SA1.2", "Prioritise pharmacist clinical screening of TTOs that contain an anticoagulant, including at weekends.",
          "Lead Pharmacist – Anticoagulation", "Oct 2025",
          "Monthly audit: anticoagulant TTOs screened before the patient leaves", "Complete"),
     ]),
    ("Area for improvement 2: Discharge information for patients and GPs does not clearly explain changes to anticoagulants",
     [
         ("SA2.1", "Revise the electronic discharge summary so that any anticoagulant started, stopped or changed is shown in its own section with the reason and the date of the next review.",
          "Deputy Chief Medical Officer", "Q4 2025/26",
          "Quarterly audit of 30 discharge summaries; GP feedback via the interface group", "Amber – at risk of delay"),
         ("SA2.2", "Co-produce a patient leaflet on DOACs with the Patient Panel\nand make it available in the discharge lounge and on the Trust website.",
          "Patient Safety Partner / Lead Pharmacist – Anticoagulation", "January 2026",
          "Leaflet published; patient feedback survey", "On track"),
     ]),
    ("Area for improvement 3: Resident doctors are not confident prescribing anticoagulants for patients whose renal function is changing",
     [
         ("SA3.1", "Include a session on anticoagulant prescribing in renal impairment in FY1 induction and the annual prescribing update.",
          "Director of Medical Education", "31 August 2026",
          "Attendance records; pre- and post-session confidence survey", "Not started"),
         ("SA3.2", "Share the learning from this investigation in the Trust-wide patient safety bulletin and at Medical Grand Round.",
          "Head of Patient Safety", "30/09/2025",
          "Bulletin issued; Grand Round attendance", "Complete"),
     ]),
]


def build_nnuh():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Norfolk and Norwich University Hospitals NHS Foundation Trust")
    r.bold = True
    doc.add_heading(NNUH_TITLE, level=0)
    doc.add_paragraph("Incident: Omission of anticoagulant dose review at discharge (DOAC dose not adjusted for renal function)")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("PSII reference", "PSII-2025-011"),
                 ("Date of incident", "14 April 2025"),
                 ("Report approved", "22 August 2025, Patient Safety Oversight Group"),
                 ("Executive sponsor", "Chief Medical Officer"),
                 ("Lead investigator", "Patient Safety Specialist"),
                 ("Plan last updated", "5 January 2026")]:
        cells = t.add_row().cells
        set_cell(cells[0], a, bold=True)
        shade(cells[0], "DEEAF6")
        set_cell(cells[1], b)

    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – evidence received; On track; Amber – at risk of delay; Red – overdue; Not started.")
    headers = ["Ref", "Safety action", "Owner", "Timescale", "How will we measure the impact?", "Status"]
    widths = [Cm(1.4), Cm(8.5), Cm(4.2), Cm(2.6), Cm(5.5), Cm(3.0)]
    for heading, actions in NNUH_AREAS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            set_cell(c, h, bold=True)
            shade(c, "005EB8")
        for (ref, act, owner, when, measure, status) in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, owner, when, measure, status]):
                set_cell(c, v)
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph()

    doc.add_paragraph("Note: one safety recommendation was made to NHS Norfolk and Waveney ICB about DOAC monitoring in "
                      "primary care. It is tracked by the ICB and is not included in this plan.")
    doc.add_heading("Approval", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Approved by", "Role", "Date"]):
        set_cell(c, h, bold=True)
    for vals in [("Patient Safety Oversight Group", "Chair: Chief Medical Officer", "22/08/2025"),
                 ("Quality and Safety Committee", "For assurance", "17/09/2025")]:
        cells = t.add_row().cells
        for c, v in zip(cells, vals):
            set_cell(c, v)
    doc.save(os.path.join(HERE, NNUH_FILE))


# ---------------------------------------------------------------------------
# 6. The Myton Hospices - Quality Account priorities tracker (csv)
# ---------------------------------------------------------------------------
MYTON_FILE = "zpl-myton-hospices-quality-account-priorities-tracker-2025-26.csv"
MYTON_TITLE = "The Myton Hospices – Quality Account 2025/26: Priorities for Improvement – Progress Tracker"

# (domain, priority, [actions]); action: (ref, action, lead, due, q1, q2, update)
MYTON_PRIORITIES = [
    ("Patient Safety", "Priority 1: Reduce falls with harm on our inpatient units at Warwick and Coventry", [
        ("1.1", "Implement the Hospice UK falls prevention bundle on both inpatient units",
         "Head of Inpatient Services", "Jul-25", "G", "B", "Bundle in use on both units since July; compliance audit 92%."),
        ("1.2", "Hold a post-falls huddle within 24 hours of every inpatient fall\nand record the learning on InPhase",
         "Ward Sister (Warwick); Ward Sister (Coventry)", "Sep-25", "G", "B", "Huddles held for 17 of 18 falls in Q2."),
        ("1.3", "Trial low-rise beds and sensor mats for patients assessed as at high risk of falls",
         "Head of Inpatient Services / Director of Clinical Services", "Mar-26", "G", "A",
         "Procurement delayed by supplier; two loan beds in use on the Coventry unit."),
    ]),
    ("Clinical Effectiveness", "Priority 2: Strengthen advance care planning for people we support in the community", [
        ("2.1", "Train Myton at Home and Community Nurse Specialist teams in ReSPECT conversations",
         "Clinical Education Lead", "Dec-25", "G", "G", "41 of 58 staff trained; final two sessions booked for November."),
        ("2.2", "Audit the proportion of community patients with a ReSPECT form or advance care plan recorded within 4 weeks of referral",
         "Quality and Audit Lead", "Quarterly", "G", "G", "Q2 audit: 68% (Q1 61%)."),
    ]),
    ("Patient & Family Experience", "Priority 3: Hear from people who are less likely to use hospice services", [
        ("3.1", "Hold listening events with community and faith groups in Foleshill and Nuneaton",
         "Head of Patient and Family Support; Community Engagement Manager", "Nov-25", "G", "G",
         "First event held at Foleshill gurdwara on 14 September; Nuneaton event planned for November."),
        ("3.2", "Translate the 'Coming into the hospice' information into Punjabi, Urdu and Polish",
         "Patient Experience Lead", "31/01/2026", "A", "R",
         "Translation budget not yet approved; escalated to Director of Clinical Services."),
        ("3.3", "Add ethnicity and postcode analysis to the quarterly patient experience report",
         "Data and Information Manager", "Sep-25", "", "B", "Included in the Q2 report to Clinical Governance Committee."),
    ]),
]


def build_myton():
    ncol = 9
    rows = []
    pad = lambda vals: list(vals) + [""] * (ncol - len(vals))
    rows.append(pad([MYTON_TITLE]))
    rows.append(pad(["Reported to: Clinical Governance Committee, 21 October 2025 (Quarter 2)"]))
    rows.append(pad([]))
    rows.append(["Domain", "Priority", "Ref", "Action", "Lead(s)", "Due", "Q1 RAG", "Q2 RAG", "Q2 progress update"])
    for domain, priority, actions in MYTON_PRIORITIES:
        for i, (ref, act, lead, due, q1, q2, upd) in enumerate(actions):
            rows.append([domain if i == 0 else "", priority if i == 0 else "", ref, act, lead, due, q1, q2, upd])
    rows.append(pad([]))
    rows.append(pad(["Q2 summary", "Total actions: 8", "", "Blue: 3", "Green: 3", "Amber: 1", "Red: 1"]))
    rows.append(pad(["RAG key: B = complete; G = on track; A = some slippage, recovery plan in place; R = off track, escalated"]))
    with open(os.path.join(HERE, MYTON_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Ashby Fields Surgery, Daventry - CQC inspection action plan (tab-separated text, refuse)
# ---------------------------------------------------------------------------
ASHBY_FILE = "zpl-ashby-fields-surgery-daventry-cqc-inspection-action-plan-typo-month-refuse.txt"
ASHBY_TITLE = "Ashby Fields Surgery – CQC Inspection Action Plan"
ASHBY_LINES = [
    ASHBY_TITLE,
    "Inspection date: 17 June 2025\tReport published: 12 August 2025\tOverall rating: Requires improvement",
    "Plan owner: Practice Manager\tLast reviewed at practice meeting: 2 December 2025",
    "",
    "No.\tRegulation / finding\tAction\tLead\tTarget date\tRAG\tComments",
    "Requirement notice – Regulation 12 Safe care and treatment",
    "1\tThe provider must ensure that patients prescribed high-risk medicines are monitored in line with national guidance.\t"
    "Run monthly searches for patients on methotrexate, lithium and DOACs who are overdue monitoring, and recall them\t"
    "Clinical Pharmacist\tJuly 2025\tB\tSearches set up on SystmOne; no overdue patients at 30/11/2025",
    "2\t\tComplete a structured medication review for the 38 patients prescribed DMARDs without shared care documentation\t"
    "Dr A Sandhu / Clinical Pharmacist\tSeptember 2025\tB\t",
    "3\tThe provider must ensure that MHRA safety alerts are acted on and that the action taken is recorded.\t"
    "Set up an alerts log with named GP sign-off and re-run searches for historic alerts (valproate, SGLT2 inhibitors)\t"
    "Dr R Ellis\tAugust 2025\tG\tHistoric searches complete; log reviewed at each clinical meeting",
    "Requirement notice – Regulation 17 Good governance",
    "4\tThe provider must ensure that staff training is monitored and that gaps are addressed.\t"
    "Move training records to the online training matrix and book overdue safeguarding level 3 training for GPs\t"
    "Practice Manager\tDeceber 2025\tA\tTwo GPs booked for January",
    "5\tThe provider must ensure that governance systems identify and manage risk.\t"
    "Introduce a quarterly governance meeting with a standing agenda (significant events, complaints, alerts, audits)\t"
    "Practice Manager; Dr R Ellis\tOctober 2025\tG\tFirst meeting held 8 October 2025",
    "Areas the practice should improve",
    "6\tThe practice should continue to improve uptake of cervical screening.\t"
    "Send text reminders with a self-booking link and offer Saturday morning clinics\tLead Practice Nurse\tMarch 2026\tG\t",
    "7\tThe practice should improve patient satisfaction with telephone access.\t"
    "Install cloud telephony with call-back and queue position messages\tPractice Manager\tNov-25\tB\tLive from 3 November 2025",
    "",
    "RAG: B = complete, G = on track, A = at risk, R = overdue",
]


def build_ashby():
    with open(os.path.join(HERE, ASHBY_FILE), "w", newline="", encoding="utf-8") as f:
        f.write("\r\n".join(ASHBY_LINES) + "\r\n")


def main():
    build_bth()
    build_kmpt()
    build_fife()
    build_abuhb()
    build_nnuh()
    build_myton()
    build_ashby()
    for name in sorted(os.listdir(HERE)):
        if name.startswith("zpl-"):
            print(name)


if __name__ == "__main__":
    main()
