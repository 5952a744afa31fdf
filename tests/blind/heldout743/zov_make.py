#!/usr/bin/env python3
"""Build the seven zov- blind test files (set heldout743).

Run with /work/main/.venv/bin/python zov_make.py  (needs openpyxl and python-docx).
Writes only files whose names start with "zov-" into the folder this script is in.
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
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zov-")
    return os.path.join(HERE, name)


D = dt.datetime

# ---------------------------------------------------------------- shared xlsx bits
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "navy": PatternFill("solid", fgColor="1F3864"),
    "nhsblue": PatternFill("solid", fgColor="005EB8"),
    "light": PatternFill("solid", fgColor="DDEBF7"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
}


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def put(ws, row, col, value, *, bold=False, fill=None, fmt=None, color=None, size=None, border=True):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or color or size:
        c.font = Font(bold=bold, color=color, size=size or 11)
    if fill:
        c.fill = FILL[fill] if isinstance(fill, str) else fill
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


# =====================================================================================
# 1. NHS Dorset ICB - Board Assurance Framework 2025/26 (xlsx, read)
# =====================================================================================
DORSET_FILE = "zov-nhs-dorset-icb-board-assurance-framework-2025-26.xlsx"
DORSET_TITLE = "Board Assurance Framework 2025/26"

SO1 = "Strategic Objective 1: Improve outcomes in population health and healthcare"
SO2 = "Strategic Objective 2: Tackle inequalities in outcomes, experience and access"
SO3 = "Strategic Objective 3: Enhance productivity and value for money"
BAF1 = "BAF1 – Digital maturity, infrastructure and resilience"
BAF2 = "BAF2 – Timely access to urgent and emergency care"
BAF3 = "BAF3 – Health inequalities in Core20PLUS5 populations"
BAF4 = "BAF4 – Delivery of the 2025/26 system financial plan"

# each action: ref, action, owner (cell), original due (cell), revised due (cell), progress, RAG
# plus the expected reading: lead list, end, end_text, status
DORSET = [
    {
        "sheet": "SO1 Population health",
        "so": SO1,
        "risks": [
            {
                "title": BAF1,
                "desc": "If the Dorset system fails to develop digital maturity, infrastructure and resilience as a result of "
                        "insufficient allocation of funds and resources, then it will be unable to drive change in patient "
                        "pathways, an integrated flexible workforce, access to services and community integration, resulting "
                        "in unsafe services and potentially worsening health inequalities in Dorset.",
                "exec": "Chief Digital and Information Officer",
                "committee": "Finance and Performance Committee",
                "scores": (16, 16, 16, 8),
                "controls": "Data Security and Protection Toolkit submissions; ICB internal and external audit programme; "
                            "NHS England digital maturity assessment; system data intelligence dashboards; Digital Delivery Board.",
                "gaps": "Shared ownership of digital risk across system partners not yet defined. No clinical risk management "
                        "governance for centrally procured digital platforms. Cost of improving digital maturity not yet "
                        "reflected in the medium term financial plan.",
                "actions": [
                    ("1.1", "Complete a review of shared ownership and governance of system digital risks with provider CDIOs, and agree a single digital risk escalation route to the ICB.",
                     "Chief Digital and Information Officer", D(2025, 6, 30), D(2025, 9, 30),
                     "Review completed; escalation route agreed at Digital Delivery Board on 11 September 2025.", "B",
                     ["Chief Digital and Information Officer"], "2025-09", None, "blue"),
                    ("1.2", "Set out the expected cost pressures of improving digital maturity to inform the ICB financial strategy and medium term financial plan.",
                     "Chief Finance Officer / Chief Digital and Information Officer", D(2025, 10, 31), None,
                     "Draft cost profile shared with finance leads; options and associated costs to be included in MTFP refresh.", "G",
                     ["Chief Finance Officer", "Chief Digital and Information Officer"], "2025-10", None, "green"),
                    ("1.3", "Establish digital clinical risk management governance (DCB0129/DCB0160) to enable shared risk for centrally procured digital platforms.",
                     "Chief Clinical Information Officer", D(2025, 12, 31), None,
                     "Clinical safety officer capacity not yet agreed with providers; paper to November Digital Delivery Board.", "A",
                     ["Chief Clinical Information Officer"], "2025-12", None, "amber"),
                    ("1.4", "Deliver digital risk management training for ICB and system digital leads to increase competency and awareness.",
                     "Head of Digital Transformation", "Q4 2025/26", None,
                     "Training provider identified; first cohort planned for January 2026.", "G",
                     ["Head of Digital Transformation"], "2026-03", None, "green"),
                ],
            },
            {
                "title": BAF2,
                "desc": "If demand for urgent and emergency care continues to exceed capacity and patient flow out of hospital "
                        "does not improve, then patients will experience long waits in emergency departments and delayed "
                        "ambulance responses, resulting in avoidable harm.",
                "exec": "Chief Operating Officer",
                "committee": "Quality and Safety Committee",
                "scores": (20, 20, 16, 12),
                "controls": "System UEC plan and winter plan; daily system control centre calls; ambulance handover "
                            "escalation protocol; UEC Board monitoring of the four-hour and category 2 standards.",
                "gaps": "No agreed trajectory for eliminating handover delays over 45 minutes at both acute trusts.",
                "actions": [
                    ("2.1", "Implement the system winter plan 2025/26, including the single point of access for care coordination across Dorset.",
                     "Chief Operating Officer", D(2025, 11, 30), None,
                     "Single point of access live from 1 October 2025; winter plan approved by ICB Board.", "G",
                     ["Chief Operating Officer"], "2025-11", None, "green"),
                    ("2.2", "Agree with University Hospitals Dorset and Dorset County Hospital a trajectory to eliminate ambulance handover delays over 45 minutes.",
                     "Chief Operating Officer; Chief Medical Officer", D(2025, 9, 30), D(2026, 1, 31),
                     "Trajectory not yet agreed; escalated to System Quality Group. Revised date agreed by Executive Team.", "R",
                     ["Chief Operating Officer", "Chief Medical Officer"], "2026-01", None, "red"),
                ],
            },
        ],
    },
    {
        "sheet": "SO2 Inequalities",
        "so": SO2,
        "risks": [
            {
                "title": BAF3,
                "desc": "If the ICB and partners do not target resources at the communities with the poorest outcomes, then "
                        "gaps in life expectancy and access to care will widen across Dorset.",
                "exec": "Chief Nursing Officer",
                "committee": "Population Health Committee",
                "scores": (16, 12, 12, 8),
                "controls": "Health inequalities funding allocated by place; Core20PLUS5 programme board; equality and health "
                            "inequalities impact assessment (EHIA) process.",
                "gaps": "Inequalities data not routinely reported by place. EHIA not consistently applied to commissioning decisions.",
                "actions": [
                    ("3.1", "Refresh the Dorset health inequalities dashboard to report Core20PLUS5 indicators by place to the Population Health Committee each quarter.",
                     "Director of Public Health / Deputy Director of Population Health", D(2025, 7, 31), None,
                     "Complete – first quarterly report received by the Committee in July 2025.", "B",
                     ["Director of Public Health", "Deputy Director of Population Health"], "2025-07", None, "blue"),
                    ("3.2", "Deliver targeted hypertension case-finding in the 20% most deprived neighbourhoods through primary care networks.",
                     "Associate Director of Primary Care", "March 2026", None,
                     "11 of 18 PCNs signed up; uptake lower in rural areas.", "A",
                     ["Associate Director of Primary Care"], "2026-03", None, "amber"),
                    ("3.3", "Embed the health inequalities section of the EHIA in all commissioning decisions taken by the ICB.",
                     "Chief Nursing Officer", "Ongoing", None,
                     "EHIA now a mandatory field on all commissioning committee cover sheets.", "G",
                     ["Chief Nursing Officer"], None, "Ongoing", "green"),
                ],
            },
        ],
    },
    {
        "sheet": "SO3 Productivity",
        "so": SO3,
        "risks": [
            {
                "title": BAF4,
                "desc": "If the system does not deliver its efficiency programme and control expenditure, then the ICB will "
                        "not meet its financial plan for 2025/26 and will be subject to increased regulatory intervention.",
                "exec": "Chief Finance Officer",
                "committee": "Finance and Performance Committee",
                "scores": (20, 16, 16, 12),
                "controls": "Monthly system finance reporting; efficiency programme PMO; grip and control measures; "
                            "vacancy control panel.",
                "gaps": "Unidentified efficiencies of £6.4m at Month 6.",
                "actions": [
                    ("4.1", "Deliver the ICB element of the system efficiency programme (£38.2m) with monthly reporting to the Finance and Performance Committee.",
                     "Chief Finance Officer", D(2026, 3, 31), None,
                     "£21.7m delivered at Month 6; £6.4m still to be identified.", "A",
                     ["Chief Finance Officer"], "2026-03", None, "amber"),
                    ("4.2", "Complete the ICB management cost reduction in line with the Model ICB blueprint.",
                     "Chief People Officer", D(2025, 12, 31), None,
                     "Consultation closed 30 September 2025; new structure from 1 December 2025.", "G",
                     ["Chief People Officer"], "2025-12", None, "green"),
                ],
            },
        ],
    },
]


def build_dorset():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    widths(ws, [16, 22, 34, 60])
    put(ws, 1, 1, "NHS Dorset Integrated Care Board", bold=True, size=14, border=False)
    put(ws, 2, 1, DORSET_TITLE, bold=True, size=16, border=False)
    put(ws, 3, 1, "Position as at Quarter 2 (30 September 2025) – presented to the ICB Board, 6 November 2025", border=False)
    ws.merge_cells("A1:D1")
    ws.merge_cells("A2:D2")
    ws.merge_cells("A3:D3")
    put(ws, 5, 1, "Document control", bold=True, border=False)
    for col, h in enumerate(["Version", "Date", "Author", "Changes"], start=1):
        put(ws, 6, col, h, bold=True, fill="grey")
    put(ws, 7, 1, "0.1")
    put(ws, 7, 2, D(2025, 10, 14), fmt="dd/mm/yyyy")
    put(ws, 7, 3, "Head of Risk and Assurance")
    put(ws, 7, 4, "Q2 refresh following Executive Team review")
    put(ws, 8, 1, "1.0")
    put(ws, 8, 2, D(2025, 10, 22), fmt="dd/mm/yyyy")
    put(ws, 8, 3, "Head of Risk and Assurance")
    put(ws, 8, 4, "Approved by the Audit and Risk Committee for submission to the Board")
    put(ws, 10, 1, "Action progress key", bold=True, border=False)
    key = [("B", "Complete"), ("G", "On track to deliver by the due date"),
           ("A", "At risk of slippage – mitigation in place"),
           ("R", "Off track – revised date required and escalated to the lead committee")]
    for i, (k, txt) in enumerate(key):
        put(ws, 11 + i, 1, k, bold=True, fill=k, color="FFFFFF" if k in "BR" else None)
        put(ws, 11 + i, 2, txt)
        ws.merge_cells(start_row=11 + i, start_column=2, end_row=11 + i, end_column=4)
    put(ws, 16, 1, "Risk scores are consequence x likelihood (5x5 matrix). Target scores reflect the ICB's risk appetite "
                   "for each strategic objective.", border=False)
    ws.merge_cells("A16:D16")

    # summary sheet
    ss = wb.create_sheet("Summary")
    widths(ss, [9, 44, 46, 34, 30, 9, 9, 9, 10])
    put(ss, 1, 1, "BAF summary – Quarter 2 2025/26", bold=True, size=13, border=False)
    ss.merge_cells("A1:I1")
    heads = ["BAF ref", "Strategic objective", "Risk title", "Executive lead", "Lead committee",
             "Q1 score", "Q2 score", "Target", "Trend"]
    for col, h in enumerate(heads, start=1):
        put(ss, 3, col, h, bold=True, fill="nhsblue", color="FFFFFF")
    r = 4
    trends = {"BAF1": "↔", "BAF2": "↓", "BAF3": "↔", "BAF4": "↔"}
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for so in DORSET:
        for risk in so["risks"]:
            ref = risk["title"].split(" ")[0]
            put(ss, r, 1, ref)
            put(ss, r, 2, so["so"])
            put(ss, r, 3, risk["title"].split(" – ", 1)[1])
            put(ss, r, 4, risk["exec"])
            put(ss, r, 5, risk["committee"])
            put(ss, r, 6, risk["scores"][1])
            put(ss, r, 7, risk["scores"][2])
            put(ss, r, 8, risk["scores"][3])
            put(ss, r, 9, trends[ref])
            for a in risk["actions"]:
                counts[a[6]] += 1
            r += 1
    r += 1
    put(ss, r, 1, "Mitigating actions", bold=True, border=False)
    r += 1
    total = sum(counts.values())
    for label, k in [("Complete (B)", "B"), ("On track (G)", "G"), ("At risk (A)", "A"), ("Off track (R)", "R")]:
        put(ss, r, 2, label)
        put(ss, r, 3, counts[k])
        r += 1
    put(ss, r, 2, "Total", bold=True)
    put(ss, r, 3, total, bold=True)

    # one sheet per strategic objective
    for so in DORSET:
        ws = wb.create_sheet(so["sheet"])
        widths(ws, [8, 58, 30, 14, 14, 46, 8])
        r = 1
        put(ws, r, 1, so["so"], bold=True, fill="navy", color="FFFFFF", size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 2
        for risk in so["risks"]:
            put(ws, r, 1, risk["title"], bold=True, fill="light")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            put(ws, r, 1, "Risk description", bold=True, fill="grey")
            put(ws, r, 2, risk["desc"])
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 48
            r += 1
            put(ws, r, 1, "Executive lead", bold=True, fill="grey")
            put(ws, r, 2, risk["exec"])
            put(ws, r, 3, "Lead committee", bold=True, fill="grey")
            put(ws, r, 4, risk["committee"])
            ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
            r += 1
            put(ws, r, 1, "Risk score", bold=True, fill="grey")
            put(ws, r, 2, "Initial %d  |  Q1 %d  |  Q2 %d  |  Target %d" % risk["scores"])
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            r += 1
            put(ws, r, 1, "Key controls", bold=True, fill="grey")
            put(ws, r, 2, risk["controls"])
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            r += 1
            put(ws, r, 1, "Gaps in control / assurance", bold=True, fill="grey")
            put(ws, r, 2, risk["gaps"])
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            r += 1
            for col, h in enumerate(["Ref", "Mitigating action", "Action owner", "Original due date",
                                     "Revised due date", "Progress update (Q2)", "RAG"], start=1):
                put(ws, r, col, h, bold=True, fill="nhsblue", color="FFFFFF")
            r += 1
            for a in risk["actions"]:
                ref, text, owner, due, rev, prog, rag = a[:7]
                put(ws, r, 1, ref)
                put(ws, r, 2, text)
                put(ws, r, 3, owner)
                put(ws, r, 4, due, fmt="dd/mm/yyyy" if isinstance(due, dt.datetime) else None)
                put(ws, r, 5, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
                put(ws, r, 6, prog)
                put(ws, r, 7, rag, bold=True, fill=rag, color="FFFFFF" if rag in "BR" else None)
                ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            r += 1
    wb.save(out(DORSET_FILE))


# =====================================================================================
# 2. London North West University Healthcare NHS Trust - CQC must/should do (xlsx, read)
# =====================================================================================
LNWH_FILE = "zov-london-north-west-university-healthcare-nhs-trust-cqc-must-should-do-action-plan.xlsx"
LNWH_TITLE = "CQC Inspection Action Plan – Northwick Park Hospital: Urgent and Emergency Care and Medical Care"
UEC = "Urgent and emergency care – Northwick Park Hospital"
MED = "Medical care (including older people's care) – Northwick Park Hospital"

F_M1 = ("The trust must ensure that patients in the emergency department receive timely initial assessment, "
        "including triage within 15 minutes of arrival. (Regulation 12)")
F_M2 = ("The trust must ensure that mental health risk assessments are completed and documented for all patients "
        "presenting to the emergency department with mental health needs. (Regulation 12)")
F_S1 = ("The trust should ensure that all staff in the emergency department complete mandatory training, "
        "including level 3 safeguarding children.")
F_M3 = ("The trust must ensure that medicines are stored securely on medical wards and that medicines fridge "
        "temperatures are monitored and acted on. (Regulation 12)")
F_M4 = ("The trust must ensure there are sufficient numbers of suitably qualified, competent and experienced "
        "nursing staff on medical wards at night. (Regulation 18)")
F_S2 = ("The trust should ensure that patients' nutrition and hydration needs are assessed and recorded, "
        "including accurate completion of fluid balance charts.")

# section -> list of findings -> (type, finding, actions)
# action: ref, text, lead cell, due, revised, prev RAG fill, current RAG fill, update,
#         expected lead list, end, end_text, status
LNWH = [
    (UEC, [
        ("Must do", F_M1, [
            ("UEC-M1.1", "Introduce a streaming and rapid assessment nurse at the front door between 10:00 and 02:00, seven days a week.",
             "Head of Nursing, Emergency Department", D(2025, 3, 31), None, "G", "B",
             "Rota in place since 3 March 2025. Triage within 15 minutes 81% in September (62% at inspection).",
             ["Head of Nursing, Emergency Department"], "2025-03", None, "blue"),
            ("UEC-M1.2", "Monitor time to triage daily through the ED performance dashboard and report it weekly to the divisional board.",
             "Divisional Director of Operations, Emergency and Ambulatory Care", D(2025, 4, 30), None, "B", "B",
             "Daily dashboard live; standing item on divisional board agenda.",
             ["Divisional Director of Operations, Emergency and Ambulatory Care"], "2025-04", None, "blue"),
        ]),
        ("Must do", F_M2, [
            ("UEC-M2.1", "Roll out the electronic mental health risk assessment in Cerner for all patients presenting with self-harm or suicidal ideation.",
             "ED Mental Health Lead Consultant / Liaison Psychiatry Service Manager", D(2025, 6, 30), D(2025, 10, 31), "A", "G",
             "Build completed in September; go-live 20 October 2025 after staff briefings.",
             ["ED Mental Health Lead Consultant", "Liaison Psychiatry Service Manager"], "2025-10", None, "green"),
            ("UEC-M2.2", "Audit 20 records a month for completion of the mental health risk assessment and feed back results at the ED governance meeting.",
             "ED Clinical Governance Lead", "Monthly", None, "G", "G",
             "September audit: 17 of 20 records compliant (85%).",
             ["ED Clinical Governance Lead"], None, "Monthly", "green"),
        ]),
        ("Should do", F_S1, [
            ("UEC-S1.1", "Agree protected training time for ED nursing staff and book remaining staff onto level 3 safeguarding children training.",
             "Practice Development Nurse, ED", D(2025, 7, 31), D(2025, 12, 31), "A", "A",
             "Compliance 84% against a 90% target; further sessions booked for November.",
             ["Practice Development Nurse, ED"], "2025-12", None, "amber"),
        ]),
    ]),
    (MED, [
        ("Must do", F_M3, [
            ("MED-M3.1", "Install remote temperature monitoring for all medicines fridges on medical wards.",
             "Chief Pharmacist", D(2025, 9, 30), None, "A", "R",
             "Supplier delay: installed on 6 of 14 wards. Escalated to the Medicines Optimisation Group; new date to be agreed.",
             ["Chief Pharmacist"], "2025-09", None, "red"),
            ("MED-M3.2", "Include medicines storage in the monthly ward accreditation audit and escalate non-compliance to the ward matron.",
             "Lead Nurse for Medicine", D(2025, 5, 31), None, "G", "B",
             "Added to accreditation audit from May 2025; compliance 96% in September.",
             ["Lead Nurse for Medicine"], "2025-05", None, "blue"),
        ]),
        ("Must do", F_M4, [
            ("MED-M4.1", "Complete the six-monthly nursing establishment review for medical wards using the Safer Nursing Care Tool and present it to the Trust Board.",
             "Chief Nurse", "Q2 2025/26", None, "G", "B",
             "Presented to Trust Board on 11 September 2025; two additional night registered nurses funded.",
             ["Chief Nurse"], "2025-09", None, "blue"),
        ]),
        ("Should do", F_S2, [
            ("MED-S2.1", "Relaunch the fluid balance chart with ward teams and add fluid balance to the safety huddle checklist.",
             "Nutrition Nurse Specialist / Ward Managers", D(2025, 10, 31), None, "G", "G",
             "Relaunched on 8 of 14 wards; remainder by end of October.",
             ["Nutrition Nurse Specialist", "Ward Managers"], "2025-10", None, "green"),
            ("MED-S2.2", "Add MUST screening compliance to the ward quality dashboard.",
             "Head of Nursing, Medicine", D(2025, 11, 30), None, None, "G",
             "New action added in August 2025 following the quality walkround.",
             ["Head of Nursing, Medicine"], "2025-11", None, "green"),
        ]),
    ]),
]


def build_lnwh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    widths(ws, [46, 12, 12, 12, 12, 12, 12, 12])
    put(ws, 1, 1, "London North West University Healthcare NHS Trust", bold=True, size=14, border=False)
    put(ws, 2, 1, LNWH_TITLE, bold=True, size=13, border=False)
    put(ws, 3, 1, "Inspection: 12–14 November 2024   |   Report published: 21 February 2025   |   "
                  "Progress as at 30 September 2025 – Quality and Safety Committee, October 2025", border=False)
    for rr in (1, 2, 3):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=8)
    heads = ["Core service", "Must do", "Should do", "Total", "Complete", "On track", "At risk", "Off track"]
    for col, h in enumerate(heads, start=1):
        put(ws, 5, col, h, bold=True, fill="nhsblue", color="FFFFFF")
    r = 6
    for section, findings in LNWH:
        must = sum(len(f[2]) for f in findings if f[0] == "Must do")
        should = sum(len(f[2]) for f in findings if f[0] == "Should do")
        cur = [a[6] for f in findings for a in f[2]]
        put(ws, r, 1, section)
        for col, v in enumerate([must, should, must + should, cur.count("B"), cur.count("G"),
                                 cur.count("A"), cur.count("R")], start=2):
            put(ws, r, col, v)
        r += 1
    put(ws, r, 1, "Total", bold=True)
    for col in range(2, 9):
        put(ws, r, col, "=SUM(%s6:%s%d)" % (get_column_letter(col), get_column_letter(col), r - 1), bold=True)
    r += 2
    put(ws, r, 1, "RAG key (colour only in the action plan)", bold=True, border=False)
    r += 1
    for k, txt in [("B", "Complete – evidence verified by the CQC Compliance Team"),
                   ("G", "On track to complete by the due date"),
                   ("A", "At risk of missing the due date"),
                   ("R", "Overdue or off track – escalated to the Executive Quality Group")]:
        put(ws, r, 1, txt)
        put(ws, r, 2, None, fill=k)
        r += 1

    ap = wb.create_sheet("Action plan")
    widths(ap, [11, 10, 44, 50, 30, 12, 12, 11, 11, 48])
    put(ap, 1, 1, LNWH_TITLE, bold=True, size=13, border=False)
    ap.merge_cells("A1:J1")
    heads = ["Ref", "Must / Should", "CQC finding (report wording)", "Action", "Lead", "Due date",
             "Revised due date", "Previous RAG (Aug-25)", "Current RAG (Sep-25)", "Progress update / evidence"]
    for col, h in enumerate(heads, start=1):
        put(ap, 3, col, h, bold=True, fill="nhsblue", color="FFFFFF")
    ap.freeze_panes = "A4"
    r = 4
    for section, findings in LNWH:
        put(ap, r, 1, section, bold=True, fill="light")
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for kind, finding, actions in findings:
            first = r
            for a in actions:
                ref, text, lead, due, rev, prev, cur, upd = a[:8]
                put(ap, r, 1, ref)
                put(ap, r, 2, kind if r == first else None)
                put(ap, r, 3, finding if r == first else None)
                put(ap, r, 4, text)
                put(ap, r, 5, lead)
                put(ap, r, 6, due, fmt="dd/mm/yyyy" if isinstance(due, dt.datetime) else None)
                put(ap, r, 7, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
                put(ap, r, 8, None, fill=prev)
                put(ap, r, 9, None, fill=cur)
                put(ap, r, 10, upd)
                r += 1
            if r - 1 > first:
                ap.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ap.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    wb.save(out(LNWH_FILE))


# =====================================================================================
# 3. Holmleigh Care Home - CQC inspection action plan, mistyped month (xlsx, refuse)
# =====================================================================================
HOLM_FILE = "zov-holmleigh-care-home-cqc-inspection-action-plan-typo-month-refuse.xlsx"
HOLM_TITLE = "Holmleigh Care Home – CQC Inspection Action Plan"
R12 = "Regulation 12: Safe care and treatment"
R17 = "Regulation 17: Good governance"
HOLM = [
    ("SAFE", [
        (1, R12, "Risks associated with people's weight loss were not always assessed and acted on.",
         "Review every resident's MUST assessment and re-weigh monthly, or weekly where the MUST score is 2 or more.",
         "Deputy Manager", D(2025, 7, 31), "Completed", "All 34 residents reviewed; weights recorded on Nourish."),
        (2, R12, "Time-specific medicines were not always given at the right time.",
         "Introduce a time-critical medicines list at the front of each MAR folder and check it at every medicines round.",
         "Clinical Lead", "Aug 2025", "Completed", "Lists in place; checked in weekly medicines audit."),
        (3, R12, "Protocols for 'as required' (PRN) medicines were missing for some people.",
         "Write PRN protocols for all 'as required' medicines and audit them monthly.",
         "Clinical Lead / Senior Carers", "Sept 2025", "On track", "29 of 31 protocols written."),
    ]),
    ("EFFECTIVE", [
        (4, "Regulation 11: Need for consent", "Mental capacity assessments were not decision-specific.",
         "Complete decision-specific mental capacity assessments and best interest records for bed rails and sensor mats.",
         "Registered Manager", D(2025, 9, 30), "On track", "Bed rails complete; sensor mats in progress."),
        (5, "Regulation 18: Staffing", "Not all staff had completed dementia and moving and handling training.",
         "Book outstanding staff onto dementia awareness and moving and handling training.",
         "Training Coordinator", "Novmber 2025", "On track", "Compliance 86%; last sessions booked."),
    ]),
    ("WELL-LED", [
        (6, R17, "Audits had not identified the issues found at the inspection.",
         "Introduce a monthly audit schedule reviewed by the Registered Manager and the Operations Manager.",
         "Registered Manager", D(2025, 8, 31), "Completed", "Schedule in place from August 2025."),
        (7, R17, "Care plans were not always reviewed when people's needs changed.",
         "Complete a full care plan review for every resident and keep a review tracker.",
         "Deputy Manager", "Dec 2025", "On track", "20 of 34 care plans reviewed."),
        (8, R17, "Feedback from relatives was not sought.",
         "Hold quarterly relatives' meetings and send an annual satisfaction survey.",
         "Activities Coordinator", "Ongoing", "On track", "First meeting held 17 September 2025."),
    ]),
]


def build_holmleigh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths(ws, [6, 26, 40, 50, 24, 14, 12, 36])
    put(ws, 1, 1, HOLM_TITLE, bold=True, size=14, border=False)
    put(ws, 2, 1, "Inspection dates: 3 and 4 June 2025   Report published: 29 July 2025   Overall rating: Requires improvement",
        border=False)
    put(ws, 3, 1, "Registered Manager: Karen Whitlock   Nominated Individual: David Ashworth   Last reviewed: 1 October 2025",
        border=False)
    for rr in (1, 2, 3):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=8)
    heads = ["No.", "Key question / Regulation", "What CQC found", "Action we will take", "Lead",
             "Target date", "Status", "Update"]
    for col, h in enumerate(heads, start=1):
        put(ws, 5, col, h, bold=True, fill="grey")
    r = 6
    typo_row = None
    for kq, rows in HOLM:
        put(ws, r, 1, kq, bold=True, fill="light")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for no, reg, found, action, lead, target, status, upd in rows:
            put(ws, r, 1, no)
            put(ws, r, 2, reg)
            put(ws, r, 3, found)
            put(ws, r, 4, action)
            put(ws, r, 5, lead)
            put(ws, r, 6, target, fmt="dd/mm/yyyy" if isinstance(target, dt.datetime) else None)
            put(ws, r, 7, status)
            put(ws, r, 8, upd)
            if target == "Novmber 2025":
                typo_row = r
            r += 1
    r += 1
    put(ws, r, 1, "This plan is reviewed monthly at the home's governance meeting and shared with the local authority "
                  "quality monitoring officer.", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    wb.save(out(HOLM_FILE))
    return typo_row


# =====================================================================================
# docx helpers
# =====================================================================================
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=10):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, heads, fill="D9D9D9"):
    for c, h in zip(table.rows[0].cells, heads):
        set_text(c, h, bold=True)
        shade(c, fill)


# =====================================================================================
# 4. Kymin View Surgery - HIW GP inspection improvement plan (docx, read)
# =====================================================================================
KYMIN_FILE = "zov-kymin-view-surgery-hiw-gp-inspection-improvement-plan.docx"
KYMIN_TITLE = "Healthcare Inspectorate Wales – General Practice Inspection: Improvement Plan"
PX = "Quality of the patient experience"
SE = "Delivery of safe and effective care"
ML = "Quality of management and leadership"
K_PTR = ("The practice must ensure that information about how to raise a concern under Putting Things Right is "
         "displayed in the waiting area and on the practice website.")
K_LOOP = "The practice should ensure that a hearing loop is available and that its availability is advertised to patients."
K_WELSH = ("The practice must ensure that the Active Offer of Welsh is made to patients and that patients' "
           "language preference is recorded.")
K_EMERG = "The practice must ensure that emergency equipment and drugs are checked weekly and that the checks are recorded."
K_SAFEG = ("The practice must ensure that all clinical staff complete safeguarding training at the level appropriate "
           "to their role.")
K_IPC = ("The practice should ensure that the infection prevention and control audit is completed annually and that "
         "actions arising from it are recorded.")
K_APPR = "The practice must ensure that all staff receive an annual appraisal."

# section -> rows: (improvement needed, standard, [(service action, officer, timescale, lead list, end, end_text)])
KYMIN = [
    (PX, [
        (K_PTR, "Person-centred", [
            ("Putting Things Right posters and leaflets, in English and Welsh, to be displayed in the waiting area and "
             "the concerns page of the practice website updated.", "Practice Manager", "30 April 2025",
             ["Practice Manager"], "2025-04", None)]),
        (K_LOOP, "Equitable", [
            ("Portable hearing loop purchased and reception staff shown how to use it; sign placed at the reception desk.",
             "Practice Manager", "31 May 2025", ["Practice Manager"], "2025-05", None)]),
        (K_WELSH, "Equitable; Welsh Language (Wales) Measure 2011", [
            ("Patients' language preference to be recorded on the clinical system at registration and whenever patients "
             "update their details.", "Reception Manager", "June 2025", ["Reception Manager"], "2025-06", None),
            ("Staff who speak Welsh to wear 'Iaith Gwaith' badges so that patients can see who can speak with them in Welsh.",
             "Practice Manager", "June 2025", ["Practice Manager"], "2025-06", None)]),
    ]),
    (SE, [
        (K_EMERG, "Safe", [
            ("Weekly checking log introduced for the emergency drugs, oxygen and defibrillator, with a named nurse "
             "responsible and a deputy to cover leave.", "Lead Practice Nurse", "Immediate and ongoing",
             ["Lead Practice Nurse"], None, "Immediate and ongoing")]),
        (K_SAFEG, "Safe", [
            ("Training matrix reviewed. Two GPs and one practice nurse booked onto level 3 safeguarding adults and "
             "children training.", "Dr Sian Pritchard (Safeguarding Lead) / Practice Manager", "By 31 July 2025",
             ["Dr Sian Pritchard (Safeguarding Lead)", "Practice Manager"], "2025-07", None)]),
        (K_IPC, "Safe", [
            ("Annual IPC audit to be completed using the health board audit tool and an action log kept and reviewed at "
             "the quarterly practice meeting.", "Lead Practice Nurse", "September 2025",
             ["Lead Practice Nurse"], "2025-09", None)]),
    ]),
    (ML, [
        (K_APPR, "Workforce", [
            ("Appraisal schedule put in place for all non-clinical staff, with all appraisals completed by the end of "
             "the year.", "Practice Manager", "31/12/2025", ["Practice Manager"], "2025-12", None)]),
    ]),
]


def build_kymin():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    doc.add_heading(KYMIN_TITLE, level=0)
    doc.add_paragraph("Kymin View Surgery, Monmouth – Aneurin Bevan University Health Board")
    doc.add_paragraph("Date of inspection: 11 March 2025")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=1)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our inspection. "
                      "Due to the impact or potential impact on patient care and treatment these concerns needed to be "
                      "addressed straight away, during the inspection.")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                   "How HIW escalated the concern", "How the concern was resolved"])
    for c, txt in zip(t.rows[1].cells, [
            "Two oxygen cylinders in the treatment room had passed their expiry date.",
            "Patients may not receive effective oxygen therapy in an emergency.",
            "Raised with the practice manager on the day of the inspection.",
            "Replacement cylinders were delivered by the supplier before the end of the inspection."]):
        set_text(c, txt)

    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    doc.add_paragraph("Service: Kymin View Surgery")
    doc.add_paragraph("Date of inspection: 11 March 2025")
    doc.add_paragraph("No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("Service: Kymin View Surgery")
    doc.add_paragraph("Date of inspection: 11 March 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we require "
                      "the service to complete an improvement plan telling us about the actions they are taking to "
                      "address these areas.")
    heads = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
    for section, rows in KYMIN:
        doc.add_heading(section, level=2)
        n = 1 + sum(len(r[2]) for r in rows)
        t = doc.add_table(rows=n, cols=5)
        t.style = "Table Grid"
        header_row(t, heads)
        ri = 1
        for need, std, actions in rows:
            first = ri
            for act, officer, when, *_ in actions:
                cells = t.rows[ri].cells
                if ri == first:
                    set_text(cells[0], need)
                    set_text(cells[1], std)
                set_text(cells[2], act)
                set_text(cells[3], officer)
                set_text(cells[4], when)
                ri += 1
            if ri - 1 > first:
                t.cell(first, 0).merge(t.cell(ri - 1, 0))
                t.cell(first, 1).merge(t.cell(ri - 1, 1))
        doc.add_paragraph()

    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    doc.add_heading("Service representative", level=2)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Rachel Morgan"), ("Job role:", "Practice Manager"),
                                ("Date:", "15 April 2025")]):
        set_text(t.rows[i].cells[0], k, bold=True)
        set_text(t.rows[i].cells[1], v)
    doc.save(out(KYMIN_FILE))


# =====================================================================================
# 5. NHS Borders - SAER improvement action plan (docx, read)
# =====================================================================================
BORD_FILE = "zov-nhs-borders-saer-deteriorating-patient-improvement-action-plan.docx"
BORD_TITLE = "Significant Adverse Event Review (SAER) – Improvement Action Plan"
TH1 = "Learning theme 1: Recognition and response to deterioration"
TH2 = "Learning theme 2: Communication, handover and shared learning"
REC1 = ("Recommendation 1: Ward teams should ensure that NEWS2 observations are repeated at the frequency set out in "
        "the escalation protocol and that scores of 5 or more are escalated to a doctor within 30 minutes.")
REC2 = ("Recommendation 2: The Medical Directorate should review out-of-hours medical cover for the medical wards so "
        "that the hospital-at-night team can respond to escalations within the expected time.")
REC3 = ("Recommendation 3: Ward teams should use the SBAR structure when escalating concerns to medical staff and at "
        "nursing handover.")
REC4 = "Recommendation 4: NHS Borders should share the learning from this review across acute and community hospitals."

# theme -> recommendation -> actions (no, action, lead cell, target cell, evidence, status, lead list, end, end_text, status)
BORD = [
    (TH1, [
        (REC1, [
            ("1.1", "Relaunch the NEWS2 escalation protocol on Ward 7 through safety briefs and a 'stop the line' week.",
             "Senior Charge Nurse, Ward 7", "31/01/2025", "Safety brief records and attendance list", "B",
             ["Senior Charge Nurse, Ward 7"], "2025-01", None, "blue"),
            ("1.2", "Introduce a weekly NEWS2 documentation audit of five patients per ward across the medical wards and "
                    "report results to the Acute Services Clinical Governance Group.",
             "Clinical Nurse Manager (Medicine)", "March 2025", "Audit results Q1 and Q2 2025", "B",
             ["Clinical Nurse Manager (Medicine)"], "2025-03", None, "blue"),
            ("1.3", "Scope the implementation of electronic observations (e-obs) with automatic escalation alerts across "
                    "BGH inpatient wards.",
             "Associate Director of Nursing – Acute Services / Head of Digital Services",
             "Original: June 2025\nRevised: December 2025", "Business case drafted", "A",
             ["Associate Director of Nursing – Acute Services", "Head of Digital Services"], "2025-12", None, "amber"),
        ]),
        (REC2, [
            ("2.1", "Review hospital-at-night workload data for a four-week period and present options to the Medical "
                    "Directorate.",
             "Clinical Director, Medicine", "End of April 2025", "Options paper, 24 April 2025", "B",
             ["Clinical Director, Medicine"], "2025-04", None, "blue"),
            ("2.2", "Implement the agreed option of an additional FY2 doctor on the medical night rota.",
             "Clinical Director, Medicine / Medical Staffing Manager", "Q3 2025/26", "", "G",
             ["Clinical Director, Medicine", "Medical Staffing Manager"], "2025-12", None, "green"),
        ]),
    ]),
    (TH2, [
        (REC3, [
            ("3.1", "Deliver SBAR training sessions for all registered nurses and healthcare support workers on Ward 7.",
             "Clinical Nurse Educator", "30/06/2025", "Training records – 92% of staff trained", "B",
             ["Clinical Nurse Educator"], "2025-06", None, "blue"),
            ("3.2", "Add an SBAR prompt to the nursing handover sheet used on the medical wards.",
             "Senior Charge Nurse, Ward 7", "31/05/2025", "Revised handover sheet v2.1", "B",
             ["Senior Charge Nurse, Ward 7"], "2025-05", None, "blue"),
        ]),
        (REC4, [
            ("4.1", "Produce a learning summary for the 'Learning from Events' bulletin.",
             "Clinical Governance and Quality Team", "October 2025", "", "G",
             ["Clinical Governance and Quality Team"], "2025-10", None, "green"),
            ("4.2", "Present the review findings at the Board-wide Grand Round and the Community Hospitals nurse "
                    "managers' meeting.",
             "Medical Director; Director of Nursing, Midwifery and AHPs", "November 2025", "", "G",
             ["Medical Director", "Director of Nursing, Midwifery and AHPs"], "2025-11", None, "green"),
        ]),
    ]),
]


def build_borders():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    r = p.add_run("NHS Borders")
    r.bold = True
    r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(BORD_TITLE, level=0)
    doc.add_paragraph("Delayed recognition and escalation of a deteriorating patient – Ward 7, Borders General Hospital")

    t = doc.add_table(rows=8, cols=2)
    t.style = "Table Grid"
    info = [("SAER reference", "SAER 2024/031"), ("Category", "1"), ("Date of event", "17 August 2024"),
            ("Review commissioned", "2 September 2024"),
            ("Report approved", "Clinical Governance Group, 15 January 2025"),
            ("Executive sponsor", "Director of Nursing, Midwifery and Allied Health Professionals"),
            ("Action plan owner", "Associate Director of Nursing – Acute Services"),
            ("Version", "1.3 – updated 30 September 2025")]
    for i, (k, v) in enumerate(info):
        set_text(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], "D9E2F3")
        set_text(t.rows[i].cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Status key")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v, f) in enumerate([("B", "Complete – evidence provided", "0070C0"),
                                   ("G", "On track", "00B050"),
                                   ("A", "Delayed – revised date agreed", "FFC000"),
                                   ("R", "Not progressing – escalate to Clinical Governance Group", "FF0000")]):
        set_text(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], f)
        set_text(t.rows[i].cells[1], v)

    heads = ["No.", "Action", "Lead", "Target date", "Evidence of completion", "Status"]
    fills = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for theme, recs in BORD:
        doc.add_heading(theme, level=1)
        for rec, actions in recs:
            t = doc.add_table(rows=2 + len(actions), cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
            set_text(top, rec, bold=True)
            shade(top, "D9E2F3")
            for c, h in zip(t.rows[1].cells, heads):
                set_text(c, h, bold=True)
                shade(c, "F2F2F2")
            for i, a in enumerate(actions):
                no, act, lead, target, evid, status = a[:6]
                cells = t.rows[2 + i].cells
                for c, v in zip(cells, [no, act, lead, target, evid, status]):
                    set_text(c, v)
                shade(cells[5], fills[status])
            doc.add_paragraph()
    doc.add_paragraph("Notes: Actions 1.1 and 1.2 were closed by the Acute Services Clinical Governance Group on "
                      "12 June 2025. Progress is reported quarterly to the Clinical Governance Committee.")
    doc.add_paragraph("Action plan agreed with the family on 30 January 2025.")
    doc.save(out(BORD_FILE))


# =====================================================================================
# 6. South London and Maudsley NHSFT - PSII safety action plan (csv export, read)
# =====================================================================================
SLAM_FILE = "zov-south-london-and-maudsley-nhsft-psii-rapid-tranquillisation-safety-action-plan.csv"
SLAM_TITLE = ("Safety Action Plan – PSII-2025-014: Physical health monitoring following rapid tranquillisation "
              "on an acute inpatient ward")
AFI1 = "AFI 1: Physical health monitoring after rapid tranquillisation"
AFI2 = "AFI 2: Availability of physical health equipment"
AFI3 = "AFI 3: Medical review after rapid tranquillisation"
AFI4 = "AFI 4: Involving families and carers"
SR1 = ("SR1: The Trust should ensure that physical health observations after rapid tranquillisation are completed at "
       "the frequency set out in the Rapid Tranquillisation Policy, including non-contact observations where a patient declines.")
SR2 = "SR2: The Trust should ensure that each acute ward has working physical health monitoring equipment available at all times."
SR3 = "SR3: The Trust should ensure that a doctor reviews every patient within one hour of intramuscular rapid tranquillisation."
SR4 = ("SR4: The Trust should ensure that families and carers are told when rapid tranquillisation has been used, "
       "where the patient consents.")

# id, afi, sr, action, owner, due, revised, RAG, progress, measure, | lead list, end, end_text, status
SLAM = [
    ("SA1", AFI1, SR1,
     "Amend the rapid tranquillisation observation chart so that it prompts the required frequency of observations and the escalation route, and make it a mandatory form in ePJS.",
     "Lead Nurse for Physical Health", "31/08/2025", "30/11/2025", "Amber",
     "ePJS change request raised; build delayed by the system upgrade.",
     "Monthly audit of RT episodes: observations completed at the required frequency",
     ["Lead Nurse for Physical Health"], "2025-11", None, "amber"),
    ("SA2", AFI1, SR1,
     "Introduce a check by the nurse in charge at each shift handover that post-RT observations are up to date.",
     "Okafor, Grace", "30/06/2025", "", "Blue",
     "Completed – included in the handover template from June 2025.",
     "Handover template audit",
     ["Okafor, Grace"], "2025-06", None, "blue"),
    ("SA3", AFI1, SR1,
     "Deliver training on NEWS2 and non-contact observations when a patient declines physical observations after RT.",
     "Physical Health Practice Development Nurse; Ward Manager", "30/09/2025", "", "Green",
     "78% of ward nurses trained; final sessions in October.",
     "Training compliance of 90% or more",
     ["Physical Health Practice Development Nurse", "Ward Manager"], "2025-09", None, "green"),
    ("SA4", AFI2, SR2,
     "Complete a weekly check of physical health equipment, including the vital signs monitor and pulse oximeter, and record it on the ward equipment log.",
     "Ward Manager", "31/05/2025", "", "Blue",
     "Completed – weekly log in place on all acute wards.",
     "Equipment log spot checks by matron",
     ["Ward Manager"], "2025-05", None, "blue"),
    ("SA5", AFI2, SR2,
     "Purchase a second portable vital signs monitor for each acute ward on the Lambeth Hospital site.",
     "Head of Nursing, Acute Care Pathway", "31/07/2025", "31/10/2025", "Green",
     "Order placed; delivery confirmed for October.",
     "Equipment available on every ward",
     ["Head of Nursing, Acute Care Pathway"], "2025-10", None, "green"),
    ("SA6", AFI3, SR3,
     "Update the Rapid Tranquillisation Policy to:\n- state that a doctor must review the patient within one hour of IM RT;\n- set out the escalation route out of hours.",
     "Chief Pharmacist / Associate Medical Director for Acute Care", "Q3 2025/26", "", "Green",
     "Draft policy at Drugs and Therapeutics Committee in November.",
     "Policy ratified and published",
     ["Chief Pharmacist", "Associate Medical Director for Acute Care"], "2025-12", None, "green"),
    ("SA7", AFI3, SR3,
     "Add a prompt for medical review to the ePJS RT form and report compliance on the Acute Care Pathway quality dashboard.",
     "Clinical Director, Acute Care Pathway", "31/12/2025", "", "",
     "Not started – dependent on SA1 build.",
     "Percentage of IM RT episodes with medical review within one hour",
     ["Clinical Director, Acute Care Pathway"], "2025-12", None, "unrated"),
    ("SA8", AFI4, SR4,
     "Add family and carer contact after RT to the Triangle of Care ward self-assessment.",
     "Carer Lead, Acute Care Pathway", "Ongoing", "", "Green",
     "Included in 2025/26 self-assessment.",
     "Triangle of Care self-assessment",
     ["Carer Lead, Acute Care Pathway"], None, "Ongoing", "green"),
]


def build_slam():
    with open(out(SLAM_FILE), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow([SLAM_TITLE])
        w.writerow(["South London and Maudsley NHS Foundation Trust | Acute Care Pathway"])
        w.writerow(["Exported from Datix Cloud IQ on 04/11/2025 10:22 by Patient Safety Team"])
        w.writerow([])
        w.writerow(["Action ID", "Area for improvement", "Safety recommendation", "Safety action", "Action owner",
                    "Due date", "Revised due date", "RAG", "Progress notes", "Measure of effectiveness"])
        for row in SLAM:
            w.writerow(list(row[:10]))
        w.writerow([])
        w.writerow(["8 records"])


# =====================================================================================
# 7. Shropshire Community Health NHS Trust - quality account priorities tracker (txt, read)
# =====================================================================================
SCHT_FILE = "zov-shropshire-community-health-nhs-trust-quality-account-priorities-tracker-2025-26.txt"
SCHT_TITLE = "Quality Account 2025/26 – Quality Priorities Tracker"
PS = "PATIENT SAFETY"
CE = "CLINICAL EFFECTIVENESS"
PE = "PATIENT EXPERIENCE"
P1 = "Priority 1: Reduce avoidable category 3 and 4 pressure ulcers acquired in our care"
P2 = "Priority 2: Improve the recognition and escalation of deteriorating patients in our community hospitals"
P3 = "Priority 3: Increase personalised care and support planning for people in their last year of life"
P4 = "Priority 4: Improve the experience of children, young people and families waiting for our services"

# ref, action, lead cell, timescale cell, Q1, Q2, update | lead list, end, end_text, status
SCHT = [
    (PS, P1, [
        ("1.1", "Roll out the purpose-T pressure ulcer risk assessment to all district nursing teams",
         "Head of Nursing, Adult Community Services", "June 2025", "G", "B",
         "Live in all 12 district nursing teams from 30 June 2025",
         ["Head of Nursing, Adult Community Services"], "2025-06", None, "blue"),
        ("1.2", "Provide pressure-relieving equipment within 48 hours of a category 2 pressure ulcer being identified",
         "Tissue Viability Lead / Equipment Services Manager", "Sept 2025 – March 2026", "A", "A",
         "Average 63 hours in Q2; weekend deliveries being negotiated with the equipment provider",
         ["Tissue Viability Lead", "Equipment Services Manager"], "2026-03", None, "amber"),
        ("1.3", "Complete a thematic review of category 3 and 4 pressure ulcers in the Telford and Wrekin teams",
         "Tissue Viability Lead", "Q3 2025/26", "G", "G", "Terms of reference agreed; 14 cases identified",
         ["Tissue Viability Lead"], "2025-12", None, "green"),
    ]),
    (PS, P2, [
        ("2.1", "Introduce NEWS2 with the RESTORE2 soft signs tool on the inpatient wards at Bridgnorth, Ludlow and Whitchurch community hospitals",
         "Matron, Community Hospitals", "31/10/2025", "G", "G", "Live at Bridgnorth and Ludlow; Whitchurch from 13 October",
         ["Matron, Community Hospitals"], "2025-10", None, "green"),
        ("2.2", "Deliver sepsis recognition training to all registered nurses in the community hospitals",
         "Clinical Education Lead", "Dec-25", "A", "G", "71% trained (Q1: 40%)",
         ["Clinical Education Lead"], "2025-12", None, "green"),
    ]),
    (CE, P3, [
        ("3.1", "Increase the proportion of people on the district nursing end of life caseload with a completed ReSPECT form to 75%",
         "End of Life Care Facilitator", "Mar-26", "G", "G", "64% at end of September (baseline 48%)",
         ["End of Life Care Facilitator"], "2026-03", None, "green"),
        ("3.2", "Audit the recording of preferred place of death for people who died on the district nursing caseload",
         "End of Life Care Facilitator; Clinical Audit Manager", "Quarterly", "G", "G", "Q1 audit complete: 82% recorded",
         ["End of Life Care Facilitator", "Clinical Audit Manager"], None, "Quarterly", "green"),
    ]),
    (PE, P4, [
        ("4.1", "Introduce a 'waiting well' contact every 12 weeks for children waiting for a community paediatric appointment",
         "Service Manager, Children and Families", "Nov-25", "", "A",
         "Recruitment to the two administrator posts delayed; first contacts made in September",
         ["Service Manager, Children and Families"], "2025-11", None, "amber"),
        ("4.2", "Launch Friends and Family Test by text message for patients attending our minor injury units",
         "Patient Experience Lead", "End of August 2025", "G", "B", "Launched 18 August 2025; 412 responses in September",
         ["Patient Experience Lead"], "2025-08", None, "blue"),
        ("4.3", "Publish 'You said, we did' updates each quarter in every community hospital and on the Trust website",
         "Patient Experience Lead", "Ongoing", "G", "G", "Q2 updates published",
         ["Patient Experience Lead"], None, "Ongoing", "green"),
    ]),
]


def build_scht():
    lines = [
        "Shropshire Community Health NHS Trust",
        SCHT_TITLE,
        "Quarter 2 update (July – September 2025) – Quality and Safety Committee, 23 October 2025",
        "",
        "RAG key: B = complete/achieved; G = on track; A = at risk; R = not on track",
        "",
    ]
    last_domain = None
    for domain, prio, actions in SCHT:
        if domain != last_domain:
            lines.append(domain)
            last_domain = domain
        lines.append(prio)
        lines.append("\t".join(["Ref", "Action", "Lead", "Timescale", "Q1 RAG", "Q2 RAG", "Q2 update"]))
        for a in actions:
            lines.append("\t".join(a[:7]))
        lines.append("")
    lines += [
        "Summary at Q2: 10 actions – 2 complete (B), 6 on track (G), 2 at risk (A), 0 not on track (R)",
        "Note: Priority 4 actions were added following Healthwatch Shropshire and Healthwatch Telford and Wrekin "
        "feedback on the draft Quality Account.",
        "",
    ]
    with open(out(SCHT_FILE), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))


def main():
    build_dorset()
    build_lnwh()
    typo_row = build_holmleigh()
    build_kymin()
    build_borders()
    build_slam()
    build_scht()
    print("built 7 files; Holmleigh typo on sheet row", typo_row)


if __name__ == "__main__":
    main()
