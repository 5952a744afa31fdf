"""Build the seven ov1- data files of set heldout442.

Run with /work/main/.venv/bin/python ov1_make.py (writes beside this script).
Each DATA entry also carries the reading a person makes of each action
(ref, under, lead, end, status); only the data files are written here.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
ORANGE, YELLOW, GREY = "F4B084", "FFFF00", "D9D9D9"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. South Eastern HSCT corporate risk register (xlsx)
# ---------------------------------------------------------------------------
SEHSCT_FILE = "ov1-south-eastern-hsct-corporate-risk-register-2025-26.xlsx"
SEHSCT_OBJ1 = "Corporate Objective 1 – Safe, high quality and effective care"
SEHSCT_OBJ2 = "Corporate Objective 2 – Supporting and developing our people"
SEHSCT_OBJ3 = "Corporate Objective 3 – Making best use of our resources"
SEHSCT = [
    (SEHSCT_OBJ1, [
        ("CRR 1 – Unscheduled care: risk of harm to patients due to prolonged waits in Emergency "
         "Departments and delayed admission to inpatient beds",
         "Director of Hospital Services", ("Extreme (5x4=20)", RED), "High (12)", [
             ("1.1", "Embed the regional Discharge to Assess model across the Ulster, Lagan Valley and "
                     "Downe Hospitals, with daily discharge huddles on all medical wards.",
              "Co-Director Unscheduled Care", d(2025, 10, 31), d(2026, 3, 31),
              "Discharge huddles in place on 14 of 19 medical wards. Downe Hospital go-live delayed by "
              "pharmacy staffing; revised date agreed at EMT.", "amber", None,
              ["Co-Director Unscheduled Care"], "2026-03"),
             ("1.2", "Open 12 additional step-down beds at Bangor Community Hospital for winter 2025/26.",
              "Co-Director Older People's Services", d(2025, 11, 30), None,
              "12 beds opened on 17 November 2025.", "blue", None,
              ["Co-Director Older People's Services"], "2025-11"),
             ("1.3", "Extend the Ambulance Handover Zone at the Ulster Hospital ED to operate seven days "
                     "a week, 08:00–24:00.",
              "Co-Director Unscheduled Care / Lead Nurse, Emergency Department", d(2025, 12, 31),
              d(2026, 5, 31),
              "Recruitment to 8.0 WTE Band 5 posts ongoing; weekend cover currently provided through "
              "bank staff.", "red", None,
              ["Co-Director Unscheduled Care", "Lead Nurse, Emergency Department"], "2026-05"),
         ]),
        ("CRR 2 – Infection prevention and control: risk of outbreaks of healthcare associated "
         "infection, including C. difficile and CPE, affecting patient safety and bed capacity",
         "Executive Director of Nursing, Midwifery and AHPs", ("High (4x4=16)", ORANGE), "Medium (8)", [
             ("2.1", "Complete the replacement of clinical hand wash basins in the six highest-risk "
                     "inpatient areas at the Ulster Hospital.",
              "Head of Infection Prevention and Control; Head of Estates", d(2026, 3, 31), None,
              "Four of six areas complete. Wards 9 and 10 scheduled for February 2026.", "green", None,
              ["Head of Infection Prevention and Control", "Head of Estates"], "2026-03"),
             ("2.2", "Introduce weekly antimicrobial stewardship ward rounds in all acute medical and "
                     "surgical wards.",
              "Lead Antimicrobial Pharmacist", d(2026, 1, 31), None,
              "Ward rounds established in medicine; surgery commenced December 2025.", "green", None,
              ["Lead Antimicrobial Pharmacist"], "2026-01"),
         ]),
    ]),
    (SEHSCT_OBJ2, [
        ("CRR 3 – Workforce: risk that registered nurse and domiciliary care vacancies compromise safe "
         "staffing levels and continuity of care",
         "Director of People and Organisational Development", ("Extreme (5x4=20)", RED), "High (10)", [
             ("3.1", "Complete the international recruitment campaign for 40 registered nurses, "
                     "including OSCE preparation and pastoral support.",
              "Head of Recruitment and Resourcing", d(2025, 9, 30), d(2026, 3, 31),
              "27 nurses in post; remaining 13 awaiting NMC registration.", "amber", None,
              ["Head of Recruitment and Resourcing"], "2026-03"),
             ("3.2", "Implement the Trust's domiciliary care retention plan, including guaranteed-hours "
                     "contracts for in-house care workers.",
              "Co-Director Older People's Services", d(2025, 12, 31), None,
              "Guaranteed-hours contracts offered to all in-house care workers from 1 December 2025.",
              "blue", None, ["Co-Director Older People's Services"], "2025-12"),
         ]),
    ]),
    (SEHSCT_OBJ3, [
        ("CRR 4 – Financial sustainability: risk that the Trust does not achieve a break-even position "
         "in 2025/26",
         "Director of Finance, Estates and Capital Development", ("Extreme (5x5=25)", RED), "High (15)", [
             ("4.1", "Deliver the 2025/26 savings plan of £28.4m, with monthly monitoring of directorate "
                     "plans at the Performance Committee.",
              "Director of Finance, Estates and Capital Development", d(2026, 3, 31), None,
              "£19.6m delivered to end of December; £3.1m gap identified in recurrent schemes.",
              "amber", None, ["Director of Finance, Estates and Capital Development"], "2026-03"),
         ]),
        ("CRR 5 – Cyber security: risk of a cyber attack disrupting clinical and corporate systems and "
         "compromising personal data",
         "Director of Planning, Performance and Informatics", ("High (5x3=15)", ORANGE), "High (10)", [
             ("5.1", "Enforce multi-factor authentication for all remote access and privileged accounts.",
              "Head of ICT", d(2025, 8, 31), d(2026, 1, 31),
              "Privileged accounts complete. 1,140 remote users still to be enrolled; dependency on "
              "BSO ITS regional rollout.", "red", None, ["Head of ICT"], "2026-01"),
             ("5.2", "Test the cyber incident response plan through a desktop exercise with BSO ITS and "
                     "the Emergency Planning team.",
              "Head of ICT & Emergency Planning Manager", d(2025, 11, 30), None,
              "Exercise held 6 November 2025; lessons learned report to Risk Management Group in "
              "January 2026.", "blue", "Complete",
              ["Head of ICT", "Emergency Planning Manager"], "2025-11"),
         ]),
    ]),
]


def make_sehsct():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "South Eastern Health and Social Care Trust"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Corporate Risk Register – Summary of Risk Profile"
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Trust Board 28 January 2026 (position as at 31 December 2025)"
    hdr = ["Corporate Objective", "Extreme", "High", "Medium", "Low", "Total"]
    rows = [
        ["Safe, high quality and effective care", 1, 1, 0, 0, 2],
        ["Supporting and developing our people", 1, 0, 0, 0, 1],
        ["Making best use of our resources", 1, 1, 0, 0, 2],
        ["Total", 3, 2, 0, 0, 5],
    ]
    for c, v in enumerate(hdr, 1):
        cell = s.cell(row=5, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    s["A12"] = "Status of further actions (31/12/2025)"
    s["A12"].font = Font(bold=True)
    for r, (lab, n, col) in enumerate([("Complete", 3, BLUE), ("On track", 2, GREEN),
                                        ("Some slippage", 3, AMBER), ("Behind schedule", 2, RED),
                                        ("Total actions", 10, None)], 13):
        s.cell(row=r, column=1, value=lab).border = BOX
        c = s.cell(row=r, column=2, value=n)
        c.border = BOX
        if col:
            s.cell(row=r, column=1).fill = fill(col)
    s.column_dimensions["A"].width = 42

    ws = wb.create_sheet("CRR Q3 2025-26")
    ws.merge_cells("A1:K1")
    ws["A1"] = "SOUTH EASTERN HEALTH AND SOCIAL CARE TRUST"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:K2")
    ws["A2"] = "CORPORATE RISK REGISTER 2025/26 – QUARTER 3 REVIEW"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:K3")
    ws["A3"] = ("Approved by the Executive Management Team on 14 January 2026 for presentation to "
                "Trust Board on 28 January 2026")
    heads = ["Corporate Risk", "Risk Owner", "Current Rating (I x L)", "Target Rating", "No.",
             "Further Actions Required to Reduce Risk", "Action Owner", "Target Date",
             "Revised Target Date", "Progress Update – December 2025", "Action Status"]
    for c, v in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 6
    for obj, risks in SEHSCT:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(row=r, column=1, value=obj).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("DDEBF7")
        r += 1
        for title, owner, (cur, curfill), target, acts in risks:
            top, bot = r, r + len(acts) - 1
            for col, val in ((1, title), (2, owner), (3, cur), (4, target)):
                ws.cell(row=top, column=col, value=val).alignment = WRAP
                if bot > top:
                    ws.merge_cells(start_row=top, start_column=col, end_row=bot, end_column=col)
            ws.cell(row=top, column=3).fill = fill(curfill)
            for a in acts:
                ref, text, lead, tgt, rev, prog, st, sttext = a[:8]
                vals = [ref, text, lead, tgt, rev, prog, sttext]
                for col, val in zip(range(5, 12), vals):
                    cell = ws.cell(row=r, column=col, value=val)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(val, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=11).fill = fill(FILL[st])
                for col in range(1, 5):
                    ws.cell(row=r, column=col).border = BOX
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="1. Where a revised target date has been agreed by the Executive "
                                        "Management Team it is shown in the Revised Target Date column.")
    ws.cell(row=r + 2, column=1, value="2. Action status is shown by colour – see the Key tab.")
    for col, w in zip("ABCDEFGHIJK", (40, 24, 14, 12, 6, 48, 28, 12, 12, 44, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    k = wb.create_sheet("Key")
    k["A1"] = "Action status key"
    k["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
            (BLUE, "Complete – action fully implemented"),
            (GREEN, "On track – action progressing to target date"),
            (AMBER, "Some slippage – action at risk of missing target date"),
            (RED, "Behind schedule – target date missed or will not be met")], 2):
        k.cell(row=i, column=1).fill = fill(col)
        k.cell(row=i, column=2, value=txt)
    k["A8"] = "Risk rating (HSC Regional Risk Matrix, impact x likelihood)"
    k["A8"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(RED, "Extreme (15–25)"), (ORANGE, "High (8–12)"),
                                    (YELLOW, "Medium (4–6)"), (GREEN, "Low (1–3)")], 9):
        k.cell(row=i, column=1).fill = fill(col)
        k.cell(row=i, column=2, value=txt)
    k.column_dimensions["B"].width = 60
    wb.active = 1
    wb.save(os.path.join(HERE, SEHSCT_FILE))


# ---------------------------------------------------------------------------
# 2. NHS Lanarkshire 2024/25 annual audit report action plan tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
LAN_FILE = "ov1-nhs-lanarkshire-annual-audit-report-2024-25-action-plan-tracker-typo-month-refuse.xlsx"
LAN_REFUSE_ROW = 14
LAN = [
    ("Financial management", [
        ("1", "Recurring savings – £22.1 million of the £40.6 million savings target for 2024/25 was "
              "achieved on a recurring basis, with the balance met from non-recurring measures.",
         "The Board should strengthen the identification and delivery of recurring savings schemes, with "
         "clear ownership and monitoring through the Sustainability and Value Programme.",
         "Recurring savings schemes for 2025/26 to be confirmed by each Division and acute site, with "
         "monthly tracking through the Sustainability and Value Board.",
         "Director of Finance", "31 March 2026", "",
         "£27.3 million of schemes identified; 61% recurring. Monthly tracking in place.", "Amber"),
    ]),
    ("Financial sustainability", [
        ("2", "Medium-term financial plan – The three-year financial plan identifies a cumulative gap of "
              "£96 million by 2027/28 without a fully developed plan to close it.",
         "The Board should develop a medium-term financial strategy setting out how it will return to "
         "financial balance, linked to service redesign.",
         "Medium-term financial strategy to be presented to the Board alongside the 2026/27 financial "
         "plan.",
         "Director of Finance", "March 2026", "",
         "Draft strategy considered at Board development session, January 2026.", "Green"),
        ("3", "Supplementary staffing – Bank and agency costs increased by 11% in 2024/25.",
         "The Board should set targets for reducing supplementary staffing costs and report progress to "
         "the Staff Governance Committee.",
         "Supplementary staffing reduction plan to be agreed, with quarterly reporting to the Staff "
         "Governance Committee.",
         "Director of Human Resources / Director of Nursing", "30 September 2025", "31 March 2026",
         "Off-framework agency use eliminated for nursing; medical locum plan in development.", "Amber"),
    ]),
    ("Vision, leadership and governance", [
        ("4", "Committee assurance – Assurance reports from committees to the Board do not consistently "
              "highlight areas where limited assurance was received.",
         "Committee chairs' reports should clearly set out the level of assurance received and any matters "
         "for escalation to the Board.",
         "Standard committee assurance report template to be introduced for all governance committees.",
         "Board Secretary", "31 December 2025", "",
         "Template in use from November 2025 Board meeting.", "Complete"),
        ("5", "Risk management – Several corporate risks have been graded very high for over 12 months "
              "with no change to their mitigating controls.",
         "The Board should review long-standing very high risks to confirm that mitigations are effective "
         "and that risk appetite is being applied.",
         "Deep-dive reviews of long-standing very high risks to be scheduled through the Audit and Risk "
         "Committee.",
         "Head of Risk Management", "31 January 2026", "Ocotber 2026",
         "Two deep dives completed (Unscheduled Care, Estates backlog). Schedule for remaining risks "
         "agreed.", "Amber"),
    ]),
    ("Use of resources to improve outcomes", [
        ("6", "Waiting times – The number of patients waiting over 52 weeks for a first outpatient "
              "appointment increased during 2024/25.",
         "The Board should set out realistic trajectories for reducing long waits and report performance "
         "against them to the Planning, Performance and Resources Committee.",
         "Outpatient waiting list validation programme to be completed and revised trajectories agreed "
         "with Scottish Government.",
         "Director of Acute Services", "31 March 2026", "",
         "Validation 70% complete; trajectories not yet agreed.", "Red"),
        ("7", "Best Value – The Board's Best Value framework has not been refreshed since 2019.",
         "The Board should update its Best Value framework to reflect the revised Scottish Public Finance "
         "Manual guidance.",
         "Best Value self-assessment to be completed and the framework refreshed.",
         "Director of Planning, Property and Performance", "June 2026", "",
         "Self-assessment under way.", "Green"),
    ]),
]
LAN_BF = [
    ("b/f 1", "2023/24 Rec 3 – Fixed asset register reconciliations were not completed monthly.",
     "Monthly reconciliation of the fixed asset register to the general ledger to be introduced.",
     "Head of Financial Services", "30 June 2025", "31 December 2025",
     "Reconciliations completed monthly since August 2025.", "Complete"),
    ("b/f 2", "2023/24 Rec 6 – Declarations of interest for senior staff were incomplete.",
     "Annual declarations exercise extended to all Band 8c and above staff, with reminders through "
     "the Register of Interests system.",
     "Board Secretary", "31 March 2026", "",
     "Exercise launched January 2026; 74% returned.", "Green"),
]


def make_lanarkshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "2024-25 AAR Action Plan"
    ws["A1"] = "NHS Lanarkshire"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "2024/25 Annual Audit Report – Action Plan Progress Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Audit and Risk Committee – 4 March 2026"
    ws["A4"] = ("External auditor: Audit Scotland. Annual audit report issued to the Board and the "
                "Auditor General for Scotland, June 2025.")
    heads = ["No.", "Issue / risk", "Recommendation", "Agreed management action", "Responsible officer",
             "Agreed date", "Revised date", "Progress update (February 2026)", "Status"]
    for c, v in enumerate(heads, 1):
        cell = ws.cell(row=6, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("003087")
        cell.alignment = Alignment(wrap_text=True)
        cell.border = BOX
    sfill = {"Amber": AMBER, "Green": GREEN, "Red": RED, "Complete": BLUE}
    r = 7
    for area, recs in LAN:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1, value=area).font = Font(bold=True, italic=True)
        ws.cell(row=r, column=1).fill = fill("D9E1F2")
        r += 1
        for rec in recs:
            for c, v in enumerate(rec, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=9).fill = fill(sfill[rec[8]])
            r += 1
    assert ws.cell(row=LAN_REFUSE_ROW, column=7).value == "Ocotber 2026"
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete – action fully implemented; Green – on track; "
                                   "Amber – minor delay, revised date agreed; Red – significant delay")
    for col, w in zip("ABCDEFGHI", (6, 44, 44, 44, 26, 16, 16, 40, 11)):
        ws.column_dimensions[col].width = w

    p = wb.create_sheet("Prior year follow-up")
    p["A1"] = "Follow-up of prior year recommendations (2023/24 Annual Audit Report)"
    p["A1"].font = Font(bold=True)
    heads2 = ["No.", "Issue / recommendation", "Agreed management action", "Responsible officer",
              "Agreed date", "Revised date", "Progress update (February 2026)", "Status"]
    for c, v in enumerate(heads2, 1):
        cell = p.cell(row=3, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
    for i, rec in enumerate(LAN_BF, 4):
        for c, v in enumerate(rec, 1):
            p.cell(row=i, column=c, value=v).alignment = WRAP
        p.cell(row=i, column=8).fill = fill(sfill[rec[7]])
    for col, w in zip("ABCDEFGH", (8, 44, 44, 24, 14, 16, 40, 11)):
        p.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, LAN_FILE))


# ---------------------------------------------------------------------------
# 3. Welsh Ambulance Services annual plan 2025/26 delivery tracker (xlsx)
# ---------------------------------------------------------------------------
WAST_FILE = "ov1-welsh-ambulance-services-annual-plan-2025-26-delivery-plan-tracker.xlsx"
WAST = [
    ("Ambition 1", "Ambition 1: Our patients – the right care, in the right place, every time", [
        ("Priority 1.1 – Improving the response to patients in the community", [
            ("AP1.1.1", "Increase clinical assessment of Category 2 (Amber) calls by the Clinical Support "
                        "Desk to 20% of incidents.",
             "Director of Operations / Medical Director", "Q3 2025/26", "", "G", "A",
             "Remote clinical assessment at 16.8% in September; recruitment of 12 WTE clinicians "
             "under way.", ["Director of Operations", "Medical Director"], "2025-12", "amber"),
            ("AP1.1.2", "Roll out Advanced Paramedic Practitioner (APP) rotational posts to all seven "
                        "health board areas.",
             "Director of Paramedicine", "Q4 2025/26", "", "G", "G",
             "APP rotations live in five health board areas; Powys and Hywel Dda to follow in Q4.",
             ["Director of Paramedicine"], "2026-03", "green"),
        ]),
        ("Priority 1.2 – Reducing lost hours from handover delays", [
            ("AP1.2.1", "Agree a 45-minute handover release protocol with each health board and report "
                        "compliance monthly to EASC.",
             "Director of Operations", "Q2 2025/26", "", "A", "R",
             "Protocol agreed with four of seven health boards. Escalated to the Chief Ambulance "
             "Services Commissioner.", ["Director of Operations"], "2025-09", "red"),
            ("AP1.2.2", "Evaluate the immediate release pilot at the University Hospital of Wales and "
                        "report findings to the Quality, Patient Experience and Safety Committee.",
             "Director of Quality and Nursing", "Q2 2025/26", "", "G", "B",
             "Evaluation reported to QuEST Committee on 18 September 2025.",
             ["Director of Quality and Nursing"], "2025-09", "blue"),
        ]),
    ]),
    ("Ambition 2", "Ambition 2: Our people – a healthy, skilled and engaged workforce", [
        ("Priority 2.1 – Health and wellbeing", [
            ("AP2.1.1", "Reduce sickness absence to 7.5% through the Attendance Improvement Programme.",
             "Director of People and Culture", "Q4 2025/26", "", "A", "A",
             "Rolling 12-month sickness absence 8.9% (August). Targeted support in EMS South East.",
             ["Director of People and Culture"], "2026-03", "amber"),
            ("AP2.1.2", "Launch the trauma-informed wellbeing service for Clinical Contact Centre staff.",
             "Director of People and Culture; Head of Health and Wellbeing", "Q1 2025/26", "", "G", "B",
             "Service launched 2 June 2025; 143 referrals to end of September.",
             ["Director of People and Culture", "Head of Health and Wellbeing"], "2025-06", "blue"),
        ]),
        ("Priority 2.2 – Education and professional development", [
            ("AP2.2.1", "Deliver protected Continuing Professional Development days to 95% of EMS "
                        "clinicians.",
             "Director of Paramedicine", "March 2026", "", "G", "G",
             "52% of clinicians have attended to date, in line with the delivery schedule.",
             ["Director of Paramedicine"], "2026-03", "green"),
        ]),
    ]),
    ("Ambition 3", "Ambition 3: A sustainable, digitally enabled service", [
        ("Priority 3.1 – Digital and technology", [
            ("AP3.1.1", "Complete the go-live of the Computer Aided Dispatch (CAD) upgrade in all three "
                        "Clinical Contact Centres.",
             "Chief Digital Officer", "Q1 2025/26", "Q4 2025/26", "R", "A",
             "Supplier testing completed in September. Go-live rescheduled to February 2026 to avoid "
             "winter pressures.", ["Chief Digital Officer"], "2026-03", "amber"),
        ]),
        ("Priority 3.2 – Decarbonisation", [
            ("AP3.2.1", "Take delivery of 40 battery electric rapid response vehicles and install charging "
                        "infrastructure at 12 stations.",
             "Director of Finance and Corporate Resources", "Q4 2025/26", "", "G", "G",
             "22 vehicles delivered; charging installed at 7 stations.",
             ["Director of Finance and Corporate Resources"], "2026-03", "green"),
        ]),
    ]),
]
WAST_LETTER_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_wast():
    wb = Workbook()
    rm = wb.active
    rm.title = "Read Me"
    rm["A1"] = "Welsh Ambulance Services University NHS Trust"
    rm["A1"].font = Font(bold=True, size=14)
    rm["A2"] = "Annual Plan 2025/26 – Delivery Tracker"
    rm["A2"].font = Font(bold=True, size=12)
    rm["A3"] = "Quarter 2 position (April – September 2025)"
    rm["A4"] = "Reported to: Finance and Performance Committee, 20 November 2025"
    rm["A6"] = "Document control"
    rm["A6"].font = Font(bold=True)
    for c, v in enumerate(["Version", "Date", "Author", "Change"], 1):
        rm.cell(row=7, column=c, value=v).font = Font(bold=True)
    for r, row in enumerate([
            ["v0.3", d(2025, 10, 31), "Planning and Performance Team", "Q2 updates from directorates"],
            ["v1.0", d(2025, 11, 7), "Planning and Performance Team",
             "Approved by the Executive Management Team"]], 8):
        for c, v in enumerate(row, 1):
            cell = rm.cell(row=r, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    rm["A11"] = "RAG key"
    rm["A11"].font = Font(bold=True)
    for r, (l, t) in enumerate([("B", "Complete"), ("G", "On track to deliver by the target quarter"),
                                ("A", "At risk; mitigating action in place"),
                                ("R", "Will not be delivered by the target quarter")], 12):
        c = rm.cell(row=r, column=1, value=l)
        c.fill = fill(WAST_LETTER_FILL[l])
        rm.cell(row=r, column=2, value=t)
    rm["A17"] = ("Where a target quarter has been revised with the agreement of the Executive Management "
                 "Team, the revised quarter is shown alongside the original.")
    rm.column_dimensions["B"].width = 14
    rm.column_dimensions["C"].width = 30
    rm.column_dimensions["D"].width = 44

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of Q2 RAG ratings by Ambition"
    sm["A1"].font = Font(bold=True)
    for c, v in enumerate(["Ambition", "B", "G", "A", "R", "Total"], 1):
        cell = sm.cell(row=3, column=c, value=v)
        cell.font = Font(bold=True)
        if v in WAST_LETTER_FILL:
            cell.fill = fill(WAST_LETTER_FILL[v])
    tot = {"B": 0, "G": 0, "A": 0, "R": 0}
    r = 4
    for short, long_, pris in WAST:
        cnt = {"B": 0, "G": 0, "A": 0, "R": 0}
        for _, acts in pris:
            for a in acts:
                cnt[a[6]] += 1
        for k_ in cnt:
            tot[k_] += cnt[k_]
        sm.cell(row=r, column=1, value=long_)
        for c, k_ in enumerate("BGAR", 2):
            sm.cell(row=r, column=c, value=cnt[k_])
        sm.cell(row=r, column=6, value=sum(cnt.values()))
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c, k_ in enumerate("BGAR", 2):
        sm.cell(row=r, column=c, value=tot[k_]).font = Font(bold=True)
    sm.cell(row=r, column=6, value=sum(tot.values())).font = Font(bold=True)
    sm.column_dimensions["A"].width = 70

    heads = ["Ref", "Deliverable / Milestone", "Executive Lead", "Target Quarter", "Revised Target",
             "Q1 RAG", "Q2 RAG", "Q2 Progress Update"]
    for short, long_, pris in WAST:
        ws = wb.create_sheet(short)
        ws["A1"] = long_
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill("006633")
        ws.merge_cells("A1:H1")
        ws["A2"] = "Annual Plan 2025/26 Delivery Tracker – Q2 2025/26"
        ws["A2"].font = Font(italic=True)
        for c, v in enumerate(heads, 1):
            cell = ws.cell(row=4, column=c, value=v)
            cell.font = Font(bold=True)
            cell.fill = fill(GREY)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True)
        r = 5
        for pri, acts in pris:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1, value=pri).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("E2EFDA")
            r += 1
            for a in acts:
                ref, text, lead, tq, rev, q1, q2, upd = a[:8]
                for c, v in enumerate([ref, text, lead, tq, rev or None, q1, q2, upd], 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                ws.cell(row=r, column=6).fill = fill(WAST_LETTER_FILL[q1])
                ws.cell(row=r, column=7).fill = fill(WAST_LETTER_FILL[q2])
                ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
        for col, w in zip("ABCDEFGH", (10, 50, 30, 13, 13, 8, 8, 50)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, WAST_FILE))


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
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Ysgol Gyfun Gymraeg Bryn Tawe Estyn PIAP (docx)
# ---------------------------------------------------------------------------
BT_FILE = "ov1-ysgol-gyfun-gymraeg-bryn-tawe-estyn-post-inspection-action-plan.docx"
BT_TITLE = "Ysgol Gyfun Gymraeg Bryn Tawe: Post-Inspection Action Plan"
BT = [
    ("R1: Improve the quality of teaching so that it challenges all pupils and supports them to make "
     "strong progress", [
         ("1.1", "Deliver a programme of professional learning on questioning and feedback for all "
                 "teaching staff, with support from Partneriaeth.",
          "DHT (Teaching and Learning)", "Autumn term 2025",
          "Most lessons observed show effective questioning that extends pupils’ thinking.",
          "Four sessions delivered; follow-up learning walks show improved questioning in most lessons.",
          "Complete", ["DHT (Teaching and Learning)"], "2025-12", None, "blue"),
         ("1.2", "Introduce fortnightly learning walks and book looks by middle leaders, with findings "
                 "reported to the senior leadership team.",
          "Heads of Faculty / AHT (Curriculum)", "Ongoing",
          "Leaders identify strengths and shortcomings in teaching accurately and act on them.",
          "Learning walk schedule in place since November 2025.",
          "Green", ["Heads of Faculty", "AHT (Curriculum)"], None, "Ongoing", "green"),
         ("1.3", "Provide targeted coaching for teachers whose lessons are judged to require support, "
                 "using the school’s coaching triads.",
          "DHT (Teaching and Learning)", "31/03/2026",
          "All teachers receiving coaching show improvement at the review observation.",
          "Coaching under way for 9 teachers; two triads delayed by staff absence.",
          "Amber", ["DHT (Teaching and Learning)"], "2026-03", None, "amber"),
     ]),
    ("R2: Strengthen self-evaluation and improvement planning so that leaders at all levels focus "
     "precisely on pupils’ learning", [
         ("2.1", "Revise the self-evaluation calendar so that first-hand evidence from lessons, pupils’ "
                 "work and learner voice is gathered each half term.",
          "Headteacher", "October 2025",
          "Self-evaluation report draws on a wide range of first-hand evidence.",
          "Revised calendar approved by governors 9 October 2025.",
          "Complete", ["Headteacher"], "2025-10", None, "blue"),
         ("2.2", "Train all middle leaders to write faculty improvement plans with measurable success "
                 "criteria.",
          "AHT (Curriculum) and Partneriaeth Improvement Adviser", "December 2025",
          "All faculty improvement plans include precise, measurable success criteria.",
          "Training delivered 18 November 2025; all faculty plans revised.",
          "Complete", ["AHT (Curriculum)", "Partneriaeth Improvement Adviser"], "2025-12", None, "blue"),
         ("2.3", "Establish a Governors’ Standards Committee to challenge leaders on the progress of "
                 "this plan.",
          "Chair of Governors", "September 2025",
          "Minutes show governors challenging leaders and holding them to account.",
          "Committee established; met 30 September and 2 December 2025.",
          "Complete", ["Chair of Governors"], "2025-09", None, "blue"),
     ]),
    ("R3: Improve pupils’ attendance, particularly that of pupils eligible for free school meals", [
         ("3.1", "Appoint a Family Engagement Officer to work with the families of pupils whose "
                 "attendance is below 90%.",
          "Headteacher; Business Manager", "By 31 October 2025",
          "Family Engagement Officer in post and working with identified families.",
          "Appointed; started 27 October 2025.",
          "Complete", ["Headteacher", "Business Manager"], "2025-10", None, "blue"),
         ("3.2", "Hold weekly attendance panels with the Education Welfare Officer, tracking persistent "
                 "absence by year group and eFSM status.",
          "AHT (Wellbeing)", "Summer term 2026",
          "Attendance of eFSM pupils improves by at least 3 percentage points.",
          "Panels running weekly. eFSM attendance up 1.2 percentage points on last year.",
          "Amber", ["AHT (Wellbeing)"], "2026-07", None, "amber"),
     ]),
    ("R4: Address the safeguarding issues identified during the inspection", [
         ("4.1", "Review the site access arrangements so that visitors cannot enter the building without "
                 "signing in at reception.",
          "Business Manager", "July 2025",
          "Site is secure; all visitors sign in.",
          "New access-controlled entrance installed during the summer holiday.",
          "Complete", ["Business Manager"], "2025-07", None, "blue"),
         ("4.2", "Ensure that all staff complete Level 1 safeguarding training and that the single central "
                 "record is checked each term by the safeguarding governor.",
          "Designated Safeguarding Person (DHT Wellbeing)", "Termly",
          "100% of staff trained; SCR checks recorded in governors’ minutes.",
          "",
          "", ["Designated Safeguarding Person (DHT Wellbeing)"], None, "Termly", "unrated"),
     ]),
]


def make_bryntawe():
    doc = Document()
    landscape(doc)
    doc.add_heading(BT_TITLE, level=0)
    p = doc.add_paragraph("Cynllun Gweithredu Ôl-Arolwg – Estyn inspection, June 2025")
    p.runs[0].italic = True
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Status"]):
        set_cell(c, v, bold=True)
    for row in [["1.0", "9 October 2025", "Approved by the Governing Body"],
                ["1.1", "21 January 2026", "Progress update for the Governors’ Standards Committee"]]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph(
        "Estyn inspected the school in June 2025 and judged that it requires significant improvement. "
        "The inspection report made four recommendations. This plan sets out the actions that the school, "
        "supported by Swansea Council’s Education Directorate and Partneriaeth, will take to address them. "
        "It is reviewed at each meeting of the Governors’ Standards Committee.")
    doc.add_paragraph(
        "Progress key: Complete – action completed and impact evidenced; Green – on track; Amber – some "
        "delay; Red – significant concern. Blank – not yet started.")
    heads = ["Ref", "Action", "Responsible", "Timescale", "Success criteria", "Progress (January 2026)",
             "RAG"]
    for rec, acts in BT:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, heads):
            set_cell(c, v, bold=True)
            shade(c, "D9E2F3")
        for a in acts:
            ref, text, lead, when, sc, prog, rag = a[:7]
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, when, sc, prog, rag]):
                set_cell(c, v)
        doc.add_paragraph("")
    doc.add_heading("Approval", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Headteacher", "Chair of Governors", "Date approved"]):
        set_cell(c, v, bold=True)
    for c, v in zip(t.rows[1].cells, ["Signed on file", "Signed on file", "9 October 2025"]):
        set_cell(c, v)
    doc.save(os.path.join(HERE, BT_FILE))


# ---------------------------------------------------------------------------
# 5. North Ayrshire HSCP Care at Home Care Inspectorate improvement plan (docx)
# ---------------------------------------------------------------------------
NA_FILE = "ov1-north-ayrshire-hscp-care-at-home-care-inspectorate-improvement-plan.docx"
NA_TITLE = "North Ayrshire Health and Social Care Partnership – Care at Home Service Improvement Plan"
NA = [
    ("Key question 5: How well is our care and support planned?", [
        ("Requirement 1: By 31 January 2026, the provider must ensure that each person supported has a "
         "personal plan which accurately reflects their current health, care and support needs and how "
         "these will be met.", [
             ("1a", "Audit all personal plans against the Care Inspectorate’s care planning guidance and "
                    "identify those requiring review.",
              "Care at Home Team Managers", "30/11/2025",
              "All 1,148 plans audited; 412 identified for priority review.", "Complete",
              ["Care at Home Team Managers"], "2025-11", None, "blue"),
             ("1b", "Complete a review of every personal plan with the person and their family or "
                    "representative.",
              "Senior Care at Home Organisers", "31/01/2026",
              "86% reviewed. Additional review sessions arranged for Arran and the Garnock Valley.",
              "Amber", ["Senior Care at Home Organisers"], "2026-01", None, "amber"),
             ("1c", "Introduce a monthly quality assurance check of ten randomly selected personal plans "
                    "in each locality.",
              "Service Manager (Care at Home)", "Monthly",
              "First checks completed in December 2025 in all six localities.", "Green",
              ["Service Manager (Care at Home)"], None, "Monthly", "green"),
         ]),
    ]),
    ("Key question 1: How well do we support people’s wellbeing?", [
        ("Requirement 2: By 28 February 2026, the provider must ensure that people receive their "
         "medication safely and as prescribed, and that medication administration records are accurate "
         "and complete.", [
             ("2a", "Roll out the electronic Medication Administration Record (eMAR) on carers’ mobile "
                    "devices across all localities.",
              "Service Manager (Care at Home) / Digital Lead, HSCP", "End of February 2026",
              "eMAR live in Irvine, Kilwinning and the Three Towns. Remaining localities from "
              "2 February 2026.", "Amber",
              ["Service Manager (Care at Home)", "Digital Lead, HSCP"], "2026-02", None, "amber"),
             ("2b", "Deliver refresher medication training and competency assessment for all care at home "
                    "staff.",
              "Learning and Development Officer", "w/c 09/02/26",
              "71% of staff trained; final sessions booked.", "Green",
              ["Learning and Development Officer"], "2026-02", None, "green"),
         ]),
        ("Area for improvement 1: To support consistency of care, the provider should minimise changes to "
         "visit times and to the number of different carers visiting each person.", [
             ("3a", "Review scheduling rules in the CM2000 system so that each person has a core team of "
                    "no more than six carers.",
              "Scheduling Team Leader", "March 2026",
              "Rules revised for Irvine; roll-out to other localities planned.", "Green",
              ["Scheduling Team Leader"], "2026-03", None, "green"),
         ]),
    ]),
    ("Key question 2: How good is our leadership?", [
        ("Area for improvement 2: The provider should ensure that quality assurance processes, including "
         "observations of practice, are carried out consistently and lead to improvement.", [
             ("4a", "Carry out one observation of practice for each carer every quarter, recorded on the "
                    "supervision tracker.",
              "Senior Care at Home Organisers", "Quarterly",
              "Q3 observations completed for 64% of carers.", "Amber",
              ["Senior Care at Home Organisers"], None, "Quarterly", "amber"),
             ("4b", "Report quality assurance findings and agreed improvements to the monthly Care at Home "
                    "governance meeting.",
              "Senior Manager, Care at Home", "January 2026",
              "Standing item on governance meeting agenda from January 2026.", "Complete",
              ["Senior Manager, Care at Home"], "2026-01", None, "blue"),
         ]),
    ]),
    ("Key question 3: How good is our staff team?", [
        ("Area for improvement 3: The provider should ensure that staff receive regular supervision in "
         "line with the service’s supervision policy.", [
             ("5a", "Restore six-weekly supervision for all care at home staff, prioritising staff who are "
                    "new in post.",
              "Care at Home Team Managers", "31 March 2026",
              "Supervision compliance 58% in December due to winter pressures; recovery plan agreed at "
              "SMT.", "Red", ["Care at Home Team Managers"], "2026-03", None, "red"),
         ]),
    ]),
]


def vmerge(table, col, r0, r1, text, bold=False):
    top = table.cell(r0, col)
    if r1 > r0:
        top = top.merge(table.cell(r1, col))
    set_cell(top, text, bold=bold)


def make_northayrshire():
    doc = Document()
    landscape(doc)
    doc.add_heading(NA_TITLE, level=0)
    p = doc.add_paragraph("Response to the Care Inspectorate’s unannounced inspection, 8–12 September 2025")
    p.runs[0].italic = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k_, v in [
            ("Service name", "North Ayrshire Council – Care at Home Service (Housing Support and Care at Home)"),
            ("Care service number", "CS2004071845"),
            ("Inspection dates", "8–12 September 2025"),
            ("Report published", "24 October 2025"),
            ("Grades awarded", "How well do we support people’s wellbeing? 3 – Adequate\n"
                               "How good is our leadership? 3 – Adequate\n"
                               "How good is our staff team? 4 – Good\n"
                               "How well is our care and support planned? 2 – Weak"),
            ("Plan owner", "Senior Manager, Care at Home")]:
        cells = t.add_row().cells
        set_cell(cells[0], k_, bold=True)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "The inspection report contains two requirements and three areas for improvement. Progress against "
        "this plan is reported monthly to the Partnership Senior Management Team and to each meeting of the "
        "Integration Joint Board Performance and Audit Committee.")
    doc.add_paragraph("Progress updated: 16 January 2026")
    heads = ["Key question", "Requirement / area for improvement", "No.", "Action", "Lead", "Timescale",
             "Progress update", "RAG"]
    n = sum(len(a) for _, reqs in NA for _, a in reqs)
    t = doc.add_table(rows=1 + n, cols=len(heads))
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, heads):
        set_cell(c, v, bold=True)
        shade(c, "BDD7EE")
    r = 1
    for kq, reqs in NA:
        kq_top = r
        for req, acts in reqs:
            req_top = r
            for a in acts:
                ref, text, lead, when, prog, rag = a[:6]
                cells = t.rows[r].cells
                for ci, v in zip(range(2, 8), [ref, text, lead, when, prog, rag]):
                    set_cell(cells[ci], v)
                r += 1
            vmerge(t, 1, req_top, r - 1, req)
        vmerge(t, 0, kq_top, r - 1, kq, bold=True)
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete – action completed and evidenced; Green – on track; Amber – some delay, "
                      "action in hand; Red – off track, escalated to the Head of Service.")
    doc.save(os.path.join(HERE, NA_FILE))


# ---------------------------------------------------------------------------
# 6. Northern HSCT Trust Board action log (csv)
# ---------------------------------------------------------------------------
NH_FILE = "ov1-northern-hsct-trust-board-action-log.csv"
NH_TITLE = "Trust Board (Public Session) – Action Log"
NH = [
    ("Trust Board – 2 October 2025", [
        ("TB/25/41", "TB86/25", "Corporate Risk Register",
         "Provide a further update on mitigations for the Antrim Area Hospital ED risk, including ambulance "
         "handover times.",
         "Director of Operations", "Dec-25", "Update provided at December meeting (TB112/25).", "B",
         ["Director of Operations"], "2025-12", None, "blue"),
        ("TB/25/42", "TB88/25", "Financial Performance Report",
         "Circulate the breakdown of agency and locum expenditure by directorate to Non-Executive Directors.",
         "Director of Finance", "Nov-25", "Circulated 14 November 2025.", "B",
         ["Director of Finance"], "2025-11", None, "blue"),
        ("TB/25/43", "TB91/25", "Complaints and Compliments Annual Report",
         "Bring an analysis of complaint themes relating to communication with families to the Safe and "
         "Effective Care Committee.",
         "Director of Nursing, Midwifery & AHPs", "February 2026",
         "On agenda for the Safe and Effective Care Committee on 12 February 2026.", "G",
         ["Director of Nursing, Midwifery & AHPs"], "2026-02", None, "green"),
    ]),
    ("Trust Board – 4 December 2025", [
        ("TB/25/51", "TB108/25", "Chief Executive's Report",
         "Arrange a Board visit to the new theatre complex at Causeway Hospital.",
         "Chief Executive", "March 2026", "Date being agreed with the Causeway site team; 19 March proposed.",
         "G", ["Chief Executive"], "2026-03", None, "green"),
        ("TB/25/52", "TB110/25", "Encompass Programme Update",
         "Provide an update on the Encompass optimisation programme, including:\n"
         "- digital skills training for community staff\n"
         "- benefits realisation to date",
         "Director of Planning, Performance and Informatics", "April 2026",
         "Scheduled for April 2026 Board.", "G",
         ["Director of Planning, Performance and Informatics"], "2026-04", None, "green"),
        ("TB/25/53", "TB112/25", "Corporate Risk Register",
         "Review the scoring of the domiciliary care workforce risk in light of the regional tender outcome.",
         "Director of Community Care / Director of Finance", "31/01/2026",
         "Review under way; revised score to go to Audit and Risk Assurance Committee in March.", "A",
         ["Director of Community Care", "Director of Finance"], "2026-01", None, "amber"),
        ("TB/25/54", "TB115/25", "Mental Health Inpatient Bed Pressures",
         "Present a paper on out-of-Trust mental health placements and their costs.",
         "Director of Mental Health, Learning Disability and Community Wellbeing", "Dec-25",
         "Delayed pending regional bed management data. Now scheduled for April 2026 Board.", "R",
         ["Director of Mental Health, Learning Disability and Community Wellbeing"], "2025-12", None, "red"),
        ("TB/25/55", "TB117/25", "Any Other Business",
         "Write to the Department of Health regarding capital funding for the Whiteabbey Hospital site.",
         "Chair", "TBC", "Awaiting outcome of the 2026/27 capital allocation.", "A",
         ["Chair"], None, "TBC", "amber"),
    ]),
]


def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_northern():
    lines = [
        "Northern Health and Social Care Trust,,,,,,,",
        NH_TITLE + ",,,,,,,",
        csv_field("Updated following the meeting of 4 December 2025 – for Trust Board, 5 February 2026")
        + ",,,,,,,",
        csv_field("RAG: B = action complete (propose to close); G = on track; A = some delay; R = overdue")
        + ",,,,,,,",
        ",,,,,,,",
        "Action No.,Minute Ref,Agenda Item,Action,Responsible Director,Due Date,Update,RAG",
    ]
    for meeting, acts in NH:
        lines.append(csv_field(meeting) + ",,,,,,,")
        for a in acts:
            lines.append(",".join(csv_field(v) for v in a[:8]))
    lines.append(",,,,,,,")
    lines.append("Open actions: 6; proposed for closure: 2,,,,,,,")
    with open(os.path.join(HERE, NH_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Dyfed-Powys Police / PCC JAC internal audit recommendations tracker (txt, tab-separated)
# ---------------------------------------------------------------------------
DP_FILE = "ov1-dyfed-powys-police-jac-internal-audit-recommendations-tracker.txt"
DP_TITLE = "Internal Audit Recommendations Tracker (TIAA)"
DP = [
    ("FLEET MANAGEMENT 2024/25 – Reasonable Assurance", [
        ("FM/01", "2",
         "Vehicle defect reports should be reviewed weekly by the Fleet Workshop Supervisor and outstanding "
         "defects escalated.",
         "Weekly defect report to be produced from Tranman and reviewed at the Monday workshop meeting; "
         "defects outstanding for more than 14 days to be escalated to the Head of Fleet.",
         "Fleet Workshop Supervisor", "30/09/2025", "", "Complete",
         "Weekly reviews in place since August 2025; verified by TIAA at follow-up.",
         ["Fleet Workshop Supervisor"], "2025-09", None, "blue"),
        ("FM/02", "3",
         "Fuel card transactions should be reconciled to vehicle mileage records each month.",
         "Monthly fuel card reconciliation to be introduced, with exceptions reported to the Fleet Manager.",
         "Fleet Manager; Finance Business Partner", "31/10/2025", "31/03/2026", "Amber",
         "Reconciliation template agreed; first full month to be completed on February 2026 data.",
         ["Fleet Manager", "Finance Business Partner"], "2026-03", None, "amber"),
    ]),
    ("PAYROLL AND EXPENSES 2024/25 – Substantial Assurance", [
        ("PE/01", "2",
         "Overtime claims should be authorised by a supervisor other than the claimant before submission to "
         "Payroll.",
         "Duty Management System to be reconfigured to prevent self-authorisation of overtime claims.",
         "Head of Resource Management", "31/03/2026", "", "Green",
         "Change request raised with supplier; testing planned for March.",
         ["Head of Resource Management"], "2026-03", None, "green"),
    ]),
    ("INFORMATION SECURITY – REMOTE WORKING 2025/26 – Limited Assurance", [
        ("IS/01", "1",
         "Multi-factor authentication should be enforced for all remote access to Force systems.",
         "MFA to be enforced for all remote access accounts, including those used by third-party suppliers.",
         "Head of ICT", "31/10/2025", "Jan-26", "Red",
         "Supplier accounts remain outstanding; escalated to Chief Officer Group on 10 February 2026.",
         ["Head of ICT"], "2026-01", None, "red"),
        ("IS/02", "2",
         "Network accounts of leavers should be disabled on their last day of service.",
         "Automated feed from the HR system to ICT to disable leaver accounts on the last working day.",
         "Head of ICT / Head of People Services", "31/12/2025", "", "Complete",
         "Automated feed live from 1 December 2025.",
         ["Head of ICT", "Head of People Services"], "2025-12", None, "blue"),
        ("IS/03", "3",
         "All officers and staff should complete the annual information security e-learning.",
         "Information security e-learning to be added to the mandatory training dashboard, with compliance "
         "reported quarterly to the Information Assurance Board.",
         "Information Security Officer", "Q4 2025/26", "", "Green",
         "Added to dashboard; compliance currently 81%.",
         ["Information Security Officer"], "2026-03", None, "green"),
    ]),
    ("COMMISSIONING AND GRANTS (OPCC) 2025/26 – Reasonable Assurance", [
        ("CG/01", "2",
         "Grant agreements should include measurable outcomes and quarterly monitoring returns.",
         "Grant agreement template to be revised to include outcome measures and quarterly monitoring "
         "returns for all 2026/27 awards.",
         "Chief Executive (OPCC)", "31/03/2026", "", "Green",
         "Revised template in draft; to be used for 2026/27 awards.",
         ["Chief Executive (OPCC)"], "2026-03", None, "green"),
        ("CG/02", "3",
         "The OPCC should publish a register of grants awarded on its website.",
         "Register of grants awarded to be published on the Commissioner's website and updated quarterly.",
         "Commissioning and Partnerships Manager", "30/11/2025", "", "Complete",
         "Register published 20 November 2025.",
         ["Commissioning and Partnerships Manager"], "2025-11", None, "blue"),
    ]),
]


def make_dyfedpowys():
    lines = [
        "Dyfed-Powys Police and Police and Crime Commissioner for Dyfed-Powys",
        "Joint Audit Committee – 12 March 2026",
        "Agenda Item 8: " + DP_TITLE,
        "Extract from the recommendations tracking system as at 27 February 2026. "
        "Priority: 1 = Urgent, 2 = Important, 3 = Routine.",
        "Status key: Complete = implemented and verified by TIAA; Green = on track; "
        "Amber = revised date agreed; Red = overdue",
        "",
        "\t".join(["Ref", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
                   "Original Due Date", "Revised Due Date", "Status", "Latest Update"]),
    ]
    counts = {}
    for audit, recs in DP:
        lines.append("")
        lines.append(audit)
        for rec in recs:
            lines.append("\t".join(rec[:9]))
            counts[rec[7]] = counts.get(rec[7], 0) + 1
    lines.append("")
    lines.append("Summary: 8 recommendations tracked – Complete 3, Green 3, Amber 1, Red 1")
    assert counts == {"Complete": 3, "Green": 3, "Amber": 1, "Red": 1}, counts
    with open(os.path.join(HERE, DP_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


def main():
    make_sehsct()
    make_lanarkshire()
    make_wast()
    make_bryntawe()
    make_northayrshire()
    make_northern()
    make_dyfedpowys()


if __name__ == "__main__":
    main()
