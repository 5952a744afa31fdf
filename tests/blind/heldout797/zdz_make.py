#!/usr/bin/env python3
"""Build the seven zdz- blind test files (heldout797).

Run with /work/main/.venv/bin/python zdz_make.py ; writes next to this script.
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

BLUE, GREEN, AMBER, RED = "5B9BD5", "00B050", "FFC000", "FF0000"
GREY, NAVY, PALE = "D9D9D9", "1F3864", "DDEBF7"
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def D(y, m, d):
    return dt.datetime(y, m, d)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. NHS Sussex ICB - EPRR core standards improvement plan (xlsx)
# ---------------------------------------------------------------------------
EPRR_TITLE = "NHS Sussex – EPRR Core Standards Assurance 2025/26: Improvement Plan"
EPRR_ROWS = [
    ("Domain 1: Governance",),
    ("4.1", "4. EPRR work programme",
     "Work programme does not yet reflect lessons identified from recent incidents and exercises.",
     "Partially compliant",
     "Refresh the ICB EPRR work programme for 2025-27 to include lessons identified from the July 2024 global IT outage and Exercise Pegasus, and present it to the Executive Management Team for approval.",
     "Head of EPRR", D(2025, 12, 31), None,
     "Draft programme prepared; Exercise Pegasus debrief report awaited from NHS England.", "G"),
    ("6.1", "6. Continuous improvement",
     "Lessons identified are held in separate debrief reports and are not tracked to closure.",
     "Partially compliant",
     "Establish a single lessons identified log covering ICB and provider debriefs, reviewed quarterly by the Sussex LHRP Practitioners Group.",
     "EPRR Manager", D(2025, 9, 30), D(2026, 1, 31),
     "Log template agreed; population delayed by EPRR Manager vacancy (post filled 3 November 2025).", "A"),
    ("Domain 2: Duty to risk assess",),
    ("8.1", "8. Risk management",
     "EPRR risks on the ICB risk register are not cross-referenced to the Sussex Community Risk Register.",
     "Fully compliant",
     "Align EPRR risks on the ICB risk register with the Sussex Community Risk Register and record a review date for each risk.",
     "Head of EPRR / Corporate Risk Manager", D(2025, 10, 31), None,
     "Risks mapped and reviewed at Audit and Risk Committee on 21 October 2025.", "B"),
    ("Domain 3: Duty to maintain plans",),
    ("11.1", "11. Adverse weather",
     "ICB plan still references the superseded Heatwave Plan for England.",
     "Partially compliant",
     "Update the ICB Adverse Weather and Health Plan to reflect the UKHSA Adverse Weather and Health Plan and the impact-based alerting system.",
     "EPRR Manager", D(2025, 6, 30), None,
     "Revised plan approved by the Executive Management Team on 24 June 2025.", "B"),
    ("16.1", "16. Evacuation and shelter",
     "System arrangements for receiving patients from an evacuated acute site have not been tested.",
     "Partially compliant",
     "Test system-wide arrangements for receiving patients from an evacuated acute site through a tabletop exercise with acute, community and ambulance providers.",
     "Deputy Director of Resilience", D(2026, 3, 31), None,
     "Exercise scoped; date in March 2026 being confirmed with SECAmb and providers.", "A"),
    ("Domain 5: Training and exercising",),
    # 22.1 and 22.2 share merged standard / gap / self-assessment cells
    ("22.1", "22. EPRR training",
     "Training needs analysis incomplete and not all on-call staff have completed Principles of Health Command training.",
     "Partially compliant",
     "Complete a training needs analysis for all staff on the Director on Call and Senior Manager on Call rotas.",
     "EPRR Training and Exercising Officer", D(2025, 11, 30), None,
     "TNA issued to 31 of 34 on-call staff; 27 returned.", "G"),
    ("22.2", None, None, None,
     "Ensure all on-call staff complete the Principles of Health Command course within 12 months of joining the rota.",
     "Chief Delivery Officer (AEO)", D(2026, 3, 31), None,
     "62% compliant at 31 October 2025; 7 staff booked on the January 2026 cohort but national course places are limited.", "R"),
    ("Domain 8: Co-operation",),
    ("38.1", "38. Mutual aid arrangements",
     "Sussex system mutual aid memorandum of understanding remains in draft.",
     "Partially compliant",
     "Agree and sign off the Sussex system mutual aid memorandum of understanding with all NHS providers in the ICS.",
     "Head of EPRR", "Q3 2025/26", None,
     "Final draft circulated to provider AEOs on 6 November 2025 for signature.", "G"),
    ("Domain 9: Business continuity",),
    ("45.1", "45. Business Impact Analysis/Assessment (BIA)",
     "BIAs out of date for two directorates following the 2025 restructure.",
     "Partially compliant",
     "Complete business impact analyses for all ICB directorates using the revised BIA template, following the 2025 organisational restructure.",
     "Business Continuity Lead", D(2025, 6, 30), D(2025, 9, 30),
     "All directorate BIAs signed off by directors by 26 September 2025.", "B"),
    ("52.1", "52. Assurance of commissioned providers / suppliers BCPs",
     "Business continuity assurance of independent sector and NHS 111 providers is not routinely sought.",
     "Partially compliant",
     "Include business continuity assurance questions in contract review meetings for independent sector and NHS 111 providers.",
     "Director of Contracting; Head of EPRR", D(2026, 3, 31), None,
     "Not yet started – scheduled to begin with Q4 contract reviews.", None),
]


def make_eprr(path):
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = EPRR_TITLE
    cv["A1"].font = Font(bold=True, size=14, color=NAVY)
    info = [
        ("Organisation", "NHS Sussex Integrated Care Board"),
        ("Accountable Emergency Officer", "Chief Delivery Officer"),
        ("Self-assessment submitted to NHS England South East", "29 August 2025"),
        ("Overall compliance (self-assessed)", "Partial compliance – 45 of 53 applicable core standards fully compliant (85%)"),
        ("Reporting route", "Executive Management Team; Audit and Risk Committee; Sussex LHRP"),
    ]
    r = 3
    for k, v in info:
        cv.cell(r, 1, k).font = Font(bold=True)
        cv.cell(r, 2, v)
        r += 1
    r += 1
    cv.cell(r, 1, "Document control").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["Version", "Date", "Author", "Changes"], 1):
        c = cv.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
    for row in [("0.1", "15/08/2025", "EPRR Manager", "First draft following self-assessment"),
                ("1.0", "04/09/2025", "Head of EPRR", "Approved by Executive Management Team"),
                ("1.2", "12/11/2025", "EPRR Manager", "Q2 progress update for Audit and Risk Committee")]:
        r += 1
        for j, v in enumerate(row, 1):
            cv.cell(r, j, v).border = BOX
    r += 2
    cv.cell(r, 1, "Action status key").font = Font(bold=True, size=12)
    for letter, col, meaning in [("B", BLUE, "Complete – evidence submitted"),
                                 ("G", GREEN, "On track to deliver by deadline"),
                                 ("A", AMBER, "At risk of missing deadline – mitigations in place"),
                                 ("R", RED, "Deadline missed or will not be met"),
                                 ("(blank)", None, "Not yet started")]:
        r += 1
        c = cv.cell(r, 1, letter)
        c.alignment = Alignment(horizontal="center")
        c.border = BOX
        if col:
            c.fill = fill(col)
        cv.cell(r, 2, meaning).border = BOX
    r += 2
    cv.cell(r, 1, "Self-assessment ratings (Fully / Partially / Non-compliant) describe compliance with the core standard at submission, not progress of the action.").font = Font(italic=True)
    widths(cv, [44, 70, 16, 48])

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "EPRR Core Standards 2025/26 – Improvement Plan (Q2 update, November 2025)"
    ws["A1"].font = Font(bold=True, size=13, color=NAVY)
    heads = ["Ref", "Core standard", "Detail of gap identified", "Self-assessment",
             "Action required to achieve compliance", "Action owner", "Deadline",
             "Revised deadline", "Progress update (November 2025)", "Status"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    sa_fill = {"Partially compliant": AMBER, "Fully compliant": GREEN, "Non-compliant": RED}
    st_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 4
    for row in EPRR_ROWS:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = Font(bold=True)
            for j in range(1, 11):
                ws.cell(r, j).fill = fill(PALE)
                ws.cell(r, j).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        ref, std, gap, sa, act, owner, dl, rdl, prog, st = row
        vals = [ref, std, gap, sa, act, owner, dl, rdl, prog, st]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if sa:
            ws.cell(r, 4).fill = fill(sa_fill[sa])
        if st:
            ws.cell(r, 10).fill = fill(st_fill[st])
            ws.cell(r, 10).alignment = Alignment(horizontal="center", vertical="top")
        if std is None:  # continuation of the standard above: merge B:D upwards
            for j in (2, 3, 4):
                ws.merge_cells(start_row=r - 1, start_column=j, end_row=r, end_column=j)
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: Standards 8 and 52 apply to ICBs in full; standards 53–63 (ambulance / CBRN) are not applicable to the ICB. Status key on Cover sheet.").font = Font(italic=True)
    widths(ws, [7, 26, 38, 16, 52, 26, 12, 12, 44, 8])
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by domain – November 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hd = ["Domain", "Actions", "Complete (B)", "On track (G)", "At risk (A)", "Off track (R)", "Not started"]
    for j, h in enumerate(hd, 1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    data = [("1 Governance", 2, 0, 1, 1, 0, 0), ("2 Duty to risk assess", 1, 1, 0, 0, 0, 0),
            ("3 Duty to maintain plans", 2, 1, 0, 1, 0, 0), ("5 Training and exercising", 2, 0, 1, 0, 1, 0),
            ("8 Co-operation", 1, 0, 1, 0, 0, 0), ("9 Business continuity", 2, 1, 0, 0, 0, 1),
            ("Total", 10, 3, 3, 2, 1, 1)]
    for i, row in enumerate(data, 4):
        for j, v in enumerate(row, 1):
            c = sm.cell(i, j, v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    widths(sm, [28, 10, 14, 14, 12, 13, 12])
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. South West Yorkshire Partnership NHSFT - board assurance framework (xlsx)
# ---------------------------------------------------------------------------
BAF_TITLE = "South West Yorkshire Partnership NHS Foundation Trust – Board Assurance Framework 2025/26 (Quarter 2)"
BAF_RISKS = [
    {
        "sheet": "Risk 1.1",
        "head": "Risk 1.1 – Demand for services exceeds capacity, resulting in delays in access to care and potential harm to service users",
        "objective": "Improving care", "lead": "Chief Operating Officer",
        "committee": "Clinical Governance and Clinical Safety Committee",
        "score": "Initial 20 | Q1 16 | Q2 16 | Target 12 (March 2026)", "appetite": "Cautious",
        "controls": "Single point of access in each place; waiting list management standard operating procedure; weekly bed management and flow meetings; West Yorkshire mental health collaborative out of area placement oversight.",
        "assurance": "Integrated performance report (monthly to Trust Board); harm review audit; CQC Mental Health Act monitoring visits.",
        "gaps": "G1: Variation in triage timescales between places.\nG2: Inappropriate out of area placements remain above trajectory.\nG3: Limited assurance that people waiting for CAMHS and neurodevelopmental assessment are not coming to harm.",
        "actions": [
            ("A1.1", "Implement the single point of access redesign for adult community mental health services in Wakefield and Kirklees, with 80% of routine referrals triaged within 5 working days.",
             "G1", "Deputy Chief Operating Officer", D(2025, 9, 30), D(2025, 12, 31),
             "Wakefield live from 1 September 2025; Kirklees go-live moved to December owing to clinical system configuration.", AMBER, AMBER),
            ("A1.2", "Agree a trajectory with West Yorkshire ICB to reduce inappropriate out of area placements to zero and report progress monthly.",
             "G2", "Chief Operating Officer / Director of Finance and Resources", D(2026, 3, 31), None,
             "Trajectory agreed July 2025; 6 inappropriate placements at end of September (from 11).", GREEN, GREEN),
            ("A1.3", "Review the waiting list harm-review process for CAMHS and neurodevelopmental pathways and report outcomes to the Clinical Governance and Clinical Safety Committee.",
             "G3", "Director of Nursing, Quality and Professions", "Quarterly", None,
             "Q2 report received by committee on 14 October 2025; no moderate or severe harm identified.", GREEN, GREEN),
        ],
    },
    {
        "sheet": "Risk 2.1",
        "head": "Risk 2.1 – Inability to recruit and retain sufficient registered staff, impacting on the safety and quality of care",
        "objective": "Making SWYPFT a great place to work", "lead": "Director of People and Organisational Development",
        "committee": "People and Remuneration Committee",
        "score": "Initial 16 | Q1 16 | Q2 12 | Target 9 (March 2026)", "appetite": "Open",
        "controls": "Workforce plan 2025/26; safer staffing reviews twice yearly; e-rostering and temporary staffing controls.",
        "assurance": "Safer staffing report; staff survey; agency spend reported to NHS England monthly.",
        "gaps": "G1: Registered nurse vacancies on inpatient wards (14.6%).\nG2: Turnover in first two years of employment.\nG3: Agency use above the national cap.",
        "actions": [
            ("A2.1", "Deliver the 2025/26 international recruitment cohort of 24 registered mental health nurses, with pastoral support through their first 12 months.",
             "G1", "Director of People and Organisational Development", D(2026, 3, 31), None,
             "16 nurses in post; remaining 8 have start dates in January and February 2026.", GREEN, GREEN),
            ("A2.2", "Launch the 'stay conversations' retention programme across all inpatient services and monitor turnover monthly.",
             "G2", "Head of Workforce Development; Deputy Director of Nursing", D(2025, 7, 31), None,
             "Programme launched July 2025; turnover 10.2% at Q2 (from 11.8%). Action complete, monitoring continues through the workforce dashboard.", AMBER, BLUE),
            ("A2.3", "Reduce reliance on agency staffing to below 3.2% of the pay bill in line with the NHS England agency cap.",
             "G3", "Director of Finance and Resources", "Q4 2025/26", None,
             "3.9% in September 2025 (4.6% in June); off-framework agency use eliminated.", RED, AMBER),
        ],
    },
    {
        "sheet": "Risk 3.1",
        "head": "Risk 3.1 – Failure to deliver the 2025/26 financial plan and efficiency programme",
        "objective": "Improving resources", "lead": "Director of Finance and Resources",
        "committee": "Finance, Investment and Performance Committee",
        "score": "Initial 16 | Q1 16 | Q2 20 | Target 12 (March 2026)", "appetite": "Cautious",
        "controls": "Financial plan approved by Trust Board; cost improvement programme governance; vacancy control panel.",
        "assurance": "Monthly finance report; internal audit of financial controls (substantial assurance, 2024/25).",
        "gaps": "G1: £4.1m of the efficiency programme not yet identified recurrently.\nG2: Surplus estate not yet released.",
        "actions": [
            ("A3.1", "Deliver the recurrent cost improvement programme of £14.2m, with monthly review of schemes at the Operational Management Group.",
             "G1", "Director of Finance and Resources", D(2026, 3, 31), None,
             "£6.3m delivered at month 6 against plan of £7.0m; £4.1m recurrent gap remains.", AMBER, RED),
            ("A3.2", "Complete the review of the estate in Dewsbury and Barnsley to release surplus properties.",
             "G2", "Director of Strategy and Change", D(2025, 12, 31), None,
             "Two properties identified for disposal; business case to November Board.", GREEN, GREEN),
        ],
    },
    {
        "sheet": "Risk 4.1",
        "head": "Risk 4.1 – A cyber attack or failure of critical digital systems disrupts the delivery of clinical services",
        "objective": "Improving resources", "lead": "Chief Digital and Information Officer",
        "committee": "Audit Committee",
        "score": "Initial 20 | Q1 15 | Q2 15 | Target 10 (June 2026)", "appetite": "Minimal",
        "controls": "Cyber security programme; business continuity plans for clinical systems; NHS England Cyber Security Operations Centre monitoring.",
        "assurance": "Data Security and Protection Toolkit submission; penetration testing report (May 2025).",
        "gaps": "G1: Clinical record system hosted on ageing on-site servers.\nG2: Information governance training below the 95% standard.",
        "actions": [
            ("A4.1", "Complete migration of clinical record system servers to the new Tier 3 data centre.",
             "G1", "Chief Digital and Information Officer", D(2025, 6, 30), None,
             "Migration completed 19 August 2025 following the June change freeze.", AMBER, BLUE),
            ("A4.2", "Achieve 'Standards Met' in the 2025/26 Data Security and Protection Toolkit submission, including 95% information governance training compliance.",
             "G2", "Senior Information Risk Owner (SIRO)", D(2026, 6, 30), None,
             "New action added at Q2. Training compliance 91.4% at 30 September 2025.", None, GREEN),
        ],
    },
]


def make_baf(path):
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = BAF_TITLE
    fs["A1"].font = Font(bold=True, size=14, color=NAVY)
    rows = [("Presented to", "Trust Board (public), 28 October 2025"),
            ("Executive lead", "Chief Executive"),
            ("Prepared by", "Head of Corporate Governance"),
            ("Purpose", "To provide assurance on the management of the principal risks to the Trust's strategic objectives and progress of actions to close gaps in control and assurance.")]
    r = 3
    for k, v in rows:
        fs.cell(r, 1, k).font = Font(bold=True)
        fs.cell(r, 2, v).alignment = WRAP
        r += 1
    r += 1
    fs.cell(r, 1, "Risk scoring").font = Font(bold=True, size=12)
    r += 1
    fs.cell(r, 1, "Consequence (1-5) x Likelihood (1-5). 1-3 low; 4-6 moderate; 8-12 high; 15-25 extreme.")
    r += 2
    fs.cell(r, 1, "Action progress key (RAG columns use cell colour only)").font = Font(bold=True, size=12)
    for col, meaning in [(BLUE, "Action complete"), (GREEN, "On track"),
                         (AMBER, "Some slippage – expected to complete by revised date"),
                         (RED, "Significant slippage / will not complete without intervention"),
                         (None, "No colour – action not yet due for rating")]:
        r += 1
        c = fs.cell(r, 1)
        c.border = BOX
        if col:
            c.fill = fill(col)
        fs.cell(r, 2, meaning)
    widths(fs, [22, 100])

    sm = wb.create_sheet("Summary")
    sm["A1"] = "BAF summary – principal risks at Quarter 2 2025/26"
    sm["A1"].font = Font(bold=True, size=12)
    hd = ["Risk ref", "Principal risk", "Strategic objective", "Executive lead", "Lead committee",
          "Q1 score", "Q2 score", "Target score", "Risk appetite"]
    for j, h in enumerate(hd, 1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        c.alignment = WRAP
    for i, rk in enumerate(BAF_RISKS, 4):
        ref, desc = rk["head"].split(" – ", 1)
        sc = rk["score"].split(" | ")
        vals = [ref.replace("Risk ", ""), desc, rk["objective"], rk["lead"], rk["committee"],
                int(sc[1].split()[1]), int(sc[2].split()[1]), int(sc[3].split()[1]), rk["appetite"]]
        for j, v in enumerate(vals, 1):
            c = sm.cell(i, j, v)
            c.border = BOX
            c.alignment = WRAP
    widths(sm, [9, 60, 22, 30, 34, 9, 9, 10, 12])

    for rk in BAF_RISKS:
        ws = wb.create_sheet(rk["sheet"])
        ws["A1"] = rk["head"]
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill(NAVY)
        ws["A1"].alignment = WRAP
        ws.merge_cells("A1:I1")
        ws.row_dimensions[1].height = 34
        meta = [("Strategic objective", rk["objective"]), ("Executive lead", rk["lead"]),
                ("Lead committee", rk["committee"]), ("Risk score (C x L)", rk["score"]),
                ("Risk appetite", rk["appetite"]), (None, None),
                ("Key controls", rk["controls"]), ("Sources of assurance", rk["assurance"]),
                ("Gaps in control / assurance", rk["gaps"])]
        r = 3
        for k, v in meta:
            if k:
                ws.cell(r, 1, k).font = Font(bold=True)
                ws.cell(r, 1).fill = fill(GREY)
                ws.cell(r, 2, v).alignment = WRAP
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
            r += 1
        r += 1
        ws.cell(r, 1, "Actions to address gaps").font = Font(bold=True, size=12)
        r += 1
        hd = ["Ref", "Action to address gap", "Gap", "Lead", "Due date", "Revised due date",
              "Progress at Q2", "Q1 RAG", "Q2 RAG"]
        for j, h in enumerate(hd, 1):
            c = ws.cell(r, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(NAVY)
            c.alignment = WRAP
            c.border = BOX
        for a in rk["actions"]:
            r += 1
            ref, act, gap, lead, due, rdue, prog, q1, q2 = a
            for j, v in enumerate([ref, act, gap, lead, due, rdue, prog, None, None], 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if q1:
                ws.cell(r, 8).fill = fill(q1)
            if q2:
                ws.cell(r, 9).fill = fill(q2)
        r += 2
        ws.cell(r, 1, "Note: RAG ratings show progress of actions, not the level of risk. See Front sheet for key.").font = Font(italic=True)
        widths(ws, [22, 56, 6, 30, 10, 10, 46, 8, 8])
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. NHS Forth Valley - HIS IR(ME)R inspection improvement action plan (xlsx)
# ---------------------------------------------------------------------------
FV_TITLE = "Improvement Action Plan – IR(ME)R Inspection, Forth Valley Royal Hospital"
FV_ROWS = [
    ("D", "Domain 4.1 – Pathways, procedures and policies"),
    ("Q", "Requirement 1: NHS Forth Valley must ensure the employer's procedure for the correct identification of individuals to be exposed is followed consistently, including for inpatients who are unable to confirm their own identity (Regulation 6(1) and Schedule 2(1)(a))."),
    ("A", "1.1", "Reissue Employer's Procedure A with a step-by-step process for inpatients unable to confirm identity, and brief all radiographers at departmental huddles.",
     "March 2025", "Radiology Services Manager", "Procedure reissued 14/03/2025; huddle briefings recorded.", D(2025, 3, 21), "Complete"),
    ("A", "1.2", "Introduce a check of wristband details against the referral for all ward patients before exposure, and audit compliance for three months.",
     "30 September 2025", "Lead Superintendent Radiographer / Ward Senior Charge Nurses",
     "Audit June–August 2025: 98.6% compliance. Results shared with Acute Services Clinical Governance Group.", D(2025, 9, 26), "Complete"),
    ("Q", "Requirement 2: NHS Forth Valley must update the employer's procedure for making enquiries of individuals of childbearing potential to specify the age range covered and the process for trans and non-binary patients (Schedule 2(1)(c))."),
    ("A", "2.1", "Revise Employer's Procedure C and the pregnancy enquiry form following consultation with the Equality and Diversity Lead.",
     "31 July 2025", "Medical Physics Expert (MPE)", "Revised procedure approved by Radiation Protection Committee on 24/07/2025.", D(2025, 7, 24), "Complete"),
    ("Q", "Requirement 3: NHS Forth Valley must ensure entitlement records clearly set out the scope of practice of each referrer, practitioner and operator (Regulation 6(1) and Schedule 2(1)(b))."),
    ("A", "3.1", "Complete individual entitlement matrices for all radiologists and non-medical referrers, signed by the employer's representative.",
     "31 October 2025", "Clinical Director, Radiology", "Radiographer matrices complete; 9 of 23 consultant radiologist matrices outstanding.", None, "Behind schedule"),
    ("A", "3.2", "Hold entitlement records in the Q-Pulse document system with an annual review reminder.",
     "31 December 2025", "Clinical Director, Radiology / Head of Diagnostics", "Q-Pulse module configured; records being uploaded.", None, "On track"),
    ("D", "Domain 5.2 – Assessment and management of risk"),
    ("Q", "Requirement 4: NHS Forth Valley must ensure that accidental and unintended exposures are investigated and that significant events are notified to Healthcare Improvement Scotland within the required timescales (Regulation 8)."),
    ("A", "4.1", "Review all radiation incidents reported on Datix at the monthly Radiation Protection Committee, with MPE sign-off of dose estimates.",
     "Ongoing – monthly review at Radiation Protection Committee", "Radiation Protection Committee",
     "Standing agenda item from April 2025.", None, "On track"),
    ("A", "4.2", "Deliver training for senior radiographers on the HIS significant accidental and unintended exposure notification criteria and timescales.",
     "30 November 2025", "Head of Diagnostics", "Two of three sessions delivered (24 staff).", None, "On track"),
    ("D", "Domain 5.1 – Quality improvement"),
    ("Q", "Recommendation a: NHS Forth Valley should develop a programme of clinical audit of IR(ME)R compliance, including audit of justification and authorisation."),
    ("A", "a.1", "Agree an annual IR(ME)R clinical audit programme covering justification, authorisation and patient identification, reporting results to the Radiation Protection Committee.",
     "By 31 March 2026", "Lead Superintendent Radiographer (Quality)", "", None, "Not started"),
]
FV_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Behind schedule": AMBER, "Not met by timescale": RED}


def make_fv(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = FV_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    meta = [("Name of NHS board:", "NHS Forth Valley"),
            ("Hospital / service:", "Forth Valley Royal Hospital – Department of Radiology"),
            ("Inspection:", "Ionising Radiation (Medical Exposure) Regulations 2017 – announced inspection by Healthcare Improvement Scotland"),
            ("Date of inspection:", "4 and 5 March 2025"),
            ("Date of report publication:", "17 June 2025"),
            ("Action plan lead:", "Head of Diagnostics"),
            ("Last updated:", "10 November 2025 – Acute Services Clinical Governance Group")]
    r = 3
    for k, v in meta:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 3, v)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        r += 1
    r += 1
    hd = ["Ref", "Action planned", "Timescale to meet action", "Responsibility for taking action",
          "Progress", "Date completed", "Status"]
    for j, h in enumerate(hd, 1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    for row in FV_ROWS:
        r += 1
        if row[0] in ("D", "Q"):
            c = ws.cell(r, 1, row[1])
            c.alignment = WRAP
            c.font = Font(bold=True) if row[0] == "D" else Font(italic=True)
            for j in range(1, 8):
                ws.cell(r, j).fill = fill("E4DFEC" if row[0] == "D" else "F2F2F2")
                ws.cell(r, j).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 18 if row[0] == "D" else 45
            continue
        _, ref, act, ts, resp, prog, done, st = row
        for j, v in enumerate([ref, act, ts, resp, prog, done, st], 1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if st in FV_STATUS_FILL:
            ws.cell(r, 7).fill = fill(FV_STATUS_FILL[st])
    r += 2
    ws.cell(r, 1, "Status key: Complete = blue; On track = green; Behind schedule = amber; Not met by timescale = red.").font = Font(italic=True)
    r += 1
    ws.cell(r, 1, "This action plan will be published on the Healthcare Improvement Scotland website with the inspection report. Progress is reported to the NHS Forth Valley Clinical Governance Committee.").font = Font(italic=True)
    widths(ws, [7, 58, 22, 30, 44, 13, 16])

    vc = wb.create_sheet("Version control")
    vc["A1"] = "Version control"
    vc["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Version", "Date", "Changes", "Approved by"], 1):
        vc.cell(3, j, h).font = Font(bold=True)
    for i, row in enumerate([("1.0", "01/07/2025", "Submitted to HIS", "Executive Nurse Director"),
                             ("1.1", "09/09/2025", "Progress update", "Acute Services Clinical Governance Group"),
                             ("1.2", "10/11/2025", "Progress update", "Acute Services Clinical Governance Group")], 4):
        for j, v in enumerate(row, 1):
            vc.cell(i, j, v)
    widths(vc, [9, 12, 24, 40])
    wb.save(path)


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text; '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Hywel Dda UHB - HIW mental health inspection, Bryngofal Ward (docx)
# ---------------------------------------------------------------------------
HD_TITLE = "HIW Mental Health Hospital Inspection – Bryngofal Ward, Prince Philip Hospital: Improvement Plan"
STD_SAFE = "Health and Care Quality Standards 2023 – Safe"
HD_SECTIONS = [
    ("Immediate improvement plan", [
        ("Ligature cutters were not available in the ward clinic room and two staff were unsure where they were kept.",
         "The health board must ensure that ligature cutters are readily accessible and that all staff know where they are kept.",
         STD_SAFE,
         ["Ligature cutters placed in the nursing office and clinic room, with their locations added to the daily safety checklist and shift handover."],
         ["Ward Manager"], ["12 June 2025"]),
        ("Emergency resuscitation equipment checks had not been recorded on nine occasions in May 2025.",
         "The health board must ensure that emergency equipment is checked in line with policy and that checks are recorded.",
         STD_SAFE,
         ["Daily checks reinstated, signed by the nurse in charge; weekly audit by the Ward Manager reported to the Senior Nurse Manager."],
         ["Ward Manager / Senior Nurse Manager"], ["30 June 2025"]),
    ]),
    ("Quality of Patient Experience", [
        ("Patients told us that activities were limited at weekends.",
         "The health board should ensure a range of therapeutic and recreational activities is available to patients seven days a week.",
         "Health and Care Quality Standards 2023 – Person Centred",
         ["Recruit a weekend activity coordinator (Band 3) and publish a weekly activity timetable on the ward."],
         ["Head of Occupational Therapy, Mental Health and Learning Disabilities"], ["31 December 2025"]),
        ("Information about advocacy services was not displayed on the ward.",
         "The health board must ensure that information about independent mental health advocacy is displayed and given to patients on admission.",
         "Mental Health Act 1983 Code of Practice for Wales",
         ["Advocacy posters in English and Welsh displayed in the ward day room and corridor.\nAdmission checklist updated to record that advocacy information has been given to each patient."],
         ["Ward Manager"], ["31 July 2025"]),
    ]),
    ("Delivery of Safe and Effective Care", [
        ("Care and treatment plans did not consistently reflect the patient's views or include discharge planning.",
         "The health board must ensure that care and treatment plans are person centred and comply with the Mental Health (Wales) Measure 2010.",
         "Mental Health (Wales) Measure 2010",
         ["Deliver refresher training on the Measure and person-centred care and treatment planning to all registered nurses on the ward.",
          "Introduce a monthly audit of 10 care and treatment plans, with results reported to the directorate Quality and Safety meeting."],
         ["Practice Development Nurse", "Senior Nurse Manager, Adult Mental Health"],
         ["30 November 2025", "Monthly from October 2025"]),
        ("Section 17 leave forms were not always signed by the responsible clinician.",
         "The health board must ensure that all section 17 leave authorisations are completed and signed in line with the Code of Practice for Wales.",
         "Mental Health Act 1983 – section 17",
         ["Mental Health Act Administrator to audit all section 17 forms weekly and escalate any gaps to the responsible clinician and Clinical Director."],
         ["Mental Health Act Administrator"], ["31 August 2025"]),
    ]),
    ("Quality of Management and Leadership", [
        ("Compliance with Prevention and Management of Violence and Aggression (PMVA) training was 68%.",
         "The health board must ensure staff complete mandatory training, including PMVA, to the required level.",
         "Health and Care Quality Standards 2023 – Workforce",
         ["Schedule additional PMVA courses at Prince Philip Hospital and monitor compliance monthly against a target of 85%."],
         ["Ward Manager / PMVA Training Lead"], ["31 January 2026"]),
        ("Staff said they did not always receive feedback after reporting incidents.",
         "The health board should ensure that learning from incidents is shared with ward staff.",
         "Health and Care Quality Standards 2023 – Learning, Improvement and Research",
         ["Introduce a monthly 'learning from incidents' bulletin and a standing item at ward team meetings."],
         ["Senior Nurse Manager, Adult Mental Health"], ["30 September 2025"]),
    ]),
]


def make_hd(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(HD_TITLE, level=1)
    doc.add_paragraph("Hywel Dda University Health Board")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service:", "Bryngofal Ward (adult acute mental health), Prince Philip Hospital, Llanelli"),
                 ("Date of inspection:", "9 – 11 June 2025"),
                 ("Health board lead:", "Director of Nursing, Quality and Patient Experience"),
                 ("Reported to:", "Quality, Safety and Experience Committee – 14 October 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        set_cell(row[1], v, size=10)
    doc.add_paragraph(
        "The health board is required to complete this improvement plan to address the areas for improvement "
        "identified during the inspection. Actions should be specific, measurable, achievable, realistic and timed.")
    heads = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
             "Responsible officer", "Timescale"]
    for sec, items in HD_SECTIONS:
        doc.add_heading(sec, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(tb.rows[0].cells[j], h, bold=True)
            shade(tb.rows[0].cells[j], "D9E2F3")
        for finding, need, std, acts, officers, times in items:
            first = len(tb.rows)
            for a, o, tm in zip(acts, officers, times):
                cells = tb.add_row().cells
                set_cell(cells[3], a)
                set_cell(cells[4], o)
                set_cell(cells[5], tm)
            last = len(tb.rows) - 1
            for j, v in enumerate([finding, need, std]):
                c = tb.cell(first, j)
                if last > first:
                    c = c.merge(tb.cell(last, j))
                set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall responsibility and accountability for ensuring the improvement plan is actioned.")
    s = doc.add_table(rows=0, cols=2)
    s.style = "Table Grid"
    for k, v in [("Service representative", ""), ("Name (print):", "M. Rees"),
                 ("Job role:", "Director of Nursing, Quality and Patient Experience"),
                 ("Date:", "22 July 2025")]:
        row = s.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        set_cell(row[1], v, size=10)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Dove House Hospice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
DH_TITLE = "Dove House Hospice – CQC Inspection Action Plan"
DH_SECTIONS = [
    ("Safe", [
        ("Must do (Regulation 12): The provider must ensure that controlled drugs are stored, recorded and checked in line with the provider's policy and national guidance.", [
            ("S1.1", "Introduce twice-daily controlled drug balance checks on the In-Patient Unit, signed by two registered nurses.",
             "Head of In-Patient Unit", "28/02/2025", "Implemented 3 February 2025; spot checks show 100% compliance February to October.", BLUE),
            ("S1.2", "Commission an external controlled drugs audit from the Hull University Teaching Hospitals pharmacy team.",
             "Director of Patient Care", "30/06/2025", "Audit completed 12 June 2025 – no significant findings; two minor recommendations actioned.", BLUE),
        ]),
        ("Must do (Regulation 12): The provider must ensure that falls and pressure area risk assessments are reviewed and updated when a patient's condition changes.", [
            ("S2.1", "Revise the nursing documentation templates on SystmOne so that falls and Waterlow reassessment is prompted at each change in condition and at least every 72 hours.",
             "Clinical Systems Lead / Head of In-Patient Unit", "End of September 2025",
             "Templates live 22 September 2025; first re-audit showed 78% compliance. Further re-audit due December 2025.", AMBER),
            ("S2.2", "Audit 10 in-patient records each month and report results to the Clinical Governance Committee.",
             "Head of Quality & Governance", "Monthly", "Audits completed April to October 2025.", GREEN),
        ]),
    ]),
    ("Effective", [
        ("Should do: The provider should ensure that mental capacity assessments are decision-specific and recorded for patients who may lack capacity.", [
            ("E1.1", "Deliver Mental Capacity Act refresher training to all registered nurses and doctors, covering decision-specific assessment and recording.",
             "Clinical Educator", "31/12/2025", "41% of staff trained; in-house trainer on long-term leave – external trainer booked for January 2026.", RED),
        ]),
    ]),
    ("Well-led", [
        ("Must do (Regulation 17): The provider must ensure that governance systems and audits identify and act on shortfalls in a timely way.", [
            ("W1.1", "Introduce a clinical audit programme with a forward schedule, named auditors and an action tracker reviewed at the Quality and Safety Group.",
             "Head of Quality & Governance", "30/04/2025", "Programme approved April 2025 and in use.", BLUE),
            ("W1.2", "Provide the Board of Trustees with a quarterly quality dashboard including audit results and outstanding actions.",
             "Chief Executive / Director of Patient Care", "Q3 2025/26",
             "First dashboard presented September 2025; audit data feed from SystmOne not yet automated.", GREEN),
        ]),
        ("Should do: The provider should ensure staff have an independent route to raise concerns.", [
            ("W2.1", "Appoint a Freedom to Speak Up Guardian who is independent of the clinical management line.",
             "Director of People", "31/01/2026", "Role description agreed; recruitment to start December 2025.", None),
        ]),
    ]),
]


def make_dh(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(DH_TITLE, level=1)
    doc.add_paragraph("Location: Dove House Hospice, Chamberlain Road, Hull")
    doc.add_paragraph("Assessment: 14–16 January 2025  |  Report published: 27 March 2025  |  Overall rating: Good (Safe – Requires improvement)")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document owner", "Director of Patient Care"), ("Version", "1.4"),
                 ("Last updated", "04/11/2025"),
                 ("Reviewed by", "Clinical Governance Committee (Board of Trustees)")]:
        row = dc.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        set_cell(row[1], v, size=10)
    doc.add_paragraph()
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for col, txt in [(BLUE, "Blue: complete and evidenced"), (GREEN, "Green: on track"),
                     (AMBER, "Amber: some delay, mitigations in place"), (RED, "Red: not on track"),
                     (None, "No colour: not yet started")]:
        row = key.add_row().cells
        if col:
            shade(row[0], col)
        set_cell(row[1], txt, size=9)
    heads = ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    for sec, groups in DH_SECTIONS:
        doc.add_heading(sec, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(tb.rows[0].cells[j], h, bold=True)
            shade(tb.rows[0].cells[j], "BDD7EE")
        for finding, acts in groups:
            row = tb.add_row()
            c = row.cells[0].merge(row.cells[5])
            set_cell(c, finding, bold=True)
            shade(c, "F2F2F2")
            for ref, act, lead, tgt, prog, rag in acts:
                cells = tb.add_row().cells
                for j, v in enumerate([ref, act, lead, tgt, prog, ""]):
                    set_cell(cells[j], v)
                if rag:
                    shade(cells[5], rag)
    doc.add_paragraph()
    doc.add_paragraph("Next review: Clinical Governance Committee, January 2026. Evidence for completed actions is held on the shared Quality drive.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Dartford and Gravesham NHS Trust - PSII safety action plan (csv, REFUSE)
# ---------------------------------------------------------------------------
DG_ROWS = [
    ["PSII Safety Action Plan - Delayed recognition and escalation of a deteriorating patient (medical ward)", "", "", "", "", "", "", ""],
    ["Dartford and Gravesham NHS Trust | PSII ref: PSII-2025-014 | Approved at Patient Safety Group 02/09/2025", "", "", "", "", "", "", ""],
    [],
    ["Safety action ref", "Area for improvement", "Safety action", "Action owner", "Target date", "Measure of effectiveness", "Status", "Latest update"],
    ["SA1", "AFI1 Recognition of deterioration out of hours",
     "Roll out electronic NEWS2 observations with automatic escalation alerts to the critical care outreach team on all adult inpatient wards.",
     "Deputy Chief Nurse", "31-Dec-2025", "% of NEWS2 of 5 or more escalated within 30 minutes (target 95%)", "On track", "Live on 9 of 14 wards"],
    ["SA2", "AFI1 Recognition of deterioration out of hours",
     "Deliver deteriorating patient simulation training to all band 5 nurses and healthcare support workers on the medical wards.",
     "Clinical Education Lead", "30-Nov-2025", "Training compliance (target 90%)", "On track", "74% trained"],
    ["SA3", "AFI2 Handover of patients at risk",
     "Introduce a structured SBAR handover tool for the evening medical handover, including a 'watcher' list of patients at risk of deterioration.",
     "Clinical Director for Acute Medicine", "31-Oct-2025", "Handover audit", "Complete", "Tool in use from 6 October"],
    ["SA4", "AFI2 Handover of patients at risk",
     "Audit use of the handover tool monthly for three months and report findings to the Deteriorating Patient Group.",
     "Matron, Acute Medicine", "31-Jan-2026", "Audit results", "Not started", ""],
    ["SA5", "AFI3 Escalation when the medical registrar is unavailable",
     "Review the escalation pathway for the site practitioner when NEWS2 is 5 or more and the medical registrar is unavailable.",
     "Head of Nursing, Medicine", "31-0ct-2025", "Pathway agreed and published", "On track", "Draft at Deteriorating Patient Group"],
    ["SA6", "AFI3 Escalation when the medical registrar is unavailable",
     "Update the Trust deteriorating patient policy to include the revised escalation pathway and Martha's Rule.",
     "Deputy Chief Nurse / Associate Medical Director for Patient Safety", "31-Jan-2026", "Policy ratified", "Not started", ""],
    ["SA7", "AFI4 Involving families",
     "Produce a family information leaflet on how to raise concerns about deterioration using Call for Concern.",
     "Patient Experience Lead", "31-Mar-2026", "Number of Call for Concern contacts", "On track", "Draft with readers panel"],
    [],
    ["Exported 14/11/2025 09:42 by Patient Safety Team", "", "", "", "", "", "", ""],
]
DG_REFUSE_LINE = 9  # SA5: "31-0ct-2025" (zero for O)


def make_dg(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in DG_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Bluebird Care Gloucester - CQC home care inspection action plan (txt)
# ---------------------------------------------------------------------------
BB_LINES = """Bluebird Care Gloucester - CQC Action Plan (Domiciliary Care Agency)
Exported from Quality Compliance System on 03/11/2025

Location ID:        1-1043658921
Assessment dates:   6 May 2025 to 21 May 2025
Report published:   15 July 2025
Overall rating:     Requires improvement
Breaches:           Regulation 12 (Safe care and treatment), Regulation 17 (Good governance), Regulation 19 (Fit and proper persons employed)

Status key: Green = on track, Amber = at risk, Red = overdue, Complete = completed and checked by the Nominated Individual

========================================================================
SAFE
========================================================================

Regulation 12: Medicines were not always managed safely. Medicine administration records (MARs) had gaps and PRN protocols were missing for some people.

  S1  Action:  Move everyone who receives support with medicines onto the electronic MAR (eMAR) with real-time alerts for missed medicines.
      Lead:    Registered Manager
      Due:     31/07/2025
      Status:  Complete
      Update:  All 68 people on eMAR from 28/07/2025.

  S2  Action:  Write a PRN protocol for every person prescribed 'as required' medicines and review it at each care review.
      Lead:    Care Coordinator / Field Care Supervisor
      Due:     30/11/2025
      Status:  Green
      Update:  Protocols in place for 21 of 26 people.

Regulation 19: Recruitment checks were incomplete. Two staff files had unexplained gaps in employment history.

  S3  Action:  Audit all 54 staff files against Schedule 3 and obtain missing employment histories and references.
      Lead:    Branch Owner (Nominated Individual)
      Due:     August 2025
      Status:  Complete
      Update:  Audit completed 22/08/2025; recruitment checklist now signed off by the Registered Manager before start.

========================================================================
EFFECTIVE
========================================================================

Area for improvement: Mental capacity was not always assessed and recorded where people may lack capacity to consent to their care.

  E1  Action:  All care coordinators to complete Mental Capacity Act level 2 training and use decision-specific assessments at care reviews.
      Lead:    Registered Manager
      Due:     30/11/2025
      Status:  Amber
      Update:  4 of 6 coordinators trained; remaining 2 booked for 19/11/2025.

========================================================================
WELL-LED
========================================================================

Regulation 17: Audits had not identified the concerns found at this assessment and call monitoring data was not used to address late and missed calls.

  W1  Action:  Introduce a monthly quality audit schedule (MARs, daily notes, care plans) with findings reviewed at the branch quality meeting.
      Lead:    Registered Manager
      Due:     Ongoing - monthly
      Status:  Green
      Update:  Audits completed June to October 2025.

  W2  Action:  Review call monitoring data weekly and follow up every late (over 30 minutes) or missed call with the care worker and the person.
      Lead:    Care Coordinator
      Due:     31/08/2025
      Status:  Complete
      Update:  Weekly review in place since 04/08/2025; missed calls down from 11 in April to 1 in October.

  W3  Action:  Send a quarterly quality report to the Bluebird Care network quality team and the Gloucestershire County Council quality assurance officer.
      Lead:    Branch Owner (Nominated Individual)
      Due:     31/10/2025
      Status:  Red
      Update:  First report not yet sent; now planned for December 2025.

------------------------------------------------------------------------
End of report - 7 actions (3 Complete, 2 Green, 1 Amber, 1 Red)
"""


def make_bb(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(BB_LINES)


FILES = {
    "zdz-nhs-sussex-icb-eprr-core-standards-improvement-plan-2025-26.xlsx": make_eprr,
    "zdz-south-west-yorkshire-partnership-nhsft-board-assurance-framework-2025-26.xlsx": make_baf,
    "zdz-nhs-forth-valley-his-irmer-forth-valley-royal-hospital-radiology-improvement-action-plan.xlsx": make_fv,
    "zdz-hywel-dda-uhb-hiw-bryngofal-ward-mental-health-inspection-improvement-plan.docx": make_hd,
    "zdz-dove-house-hospice-cqc-inspection-action-plan.docx": make_dh,
    "zdz-dartford-and-gravesham-nhs-trust-psii-deteriorating-patient-safety-action-plan-typo-month-refuse.csv": make_dg,
    "zdz-bluebird-care-gloucester-cqc-home-care-inspection-action-plan.txt": make_bb,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
