#!/usr/bin/env python3
"""Build the seven zsb- blind test files (set heldout681).

Run with /work/main/.venv/bin/python (needs openpyxl and python-docx).
Only writes files whose names start with "zsb-" in this folder.
"""
import csv
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    assert name.startswith("zsb-")
    return os.path.join(HERE, name)


def fill(hex6):
    return PatternFill(fill_type="solid", fgColor="FF" + hex6, bgColor="FF" + hex6)


def d(y, m, day):
    return datetime(y, m, day)


def put(ws, row, col, value, bold=False, fillc=None, date=False, white=False, wrap=True):
    c = ws.cell(row=row, column=col, value=value)
    if bold or white:
        c.font = Font(bold=bold, color="FFFFFF" if white else None)
    if fillc:
        c.fill = fill(fillc)
    if date:
        c.number_format = "dd/mm/yyyy"
    if wrap:
        c.alignment = WRAP
    return c


# ---------------------------------------------------------------------------
# 1. Mersey Care NHSFT - PSII safety action plan (xlsx)
# ---------------------------------------------------------------------------
def make_mersey():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    put(ws, 1, 1, "Mersey Care NHS Foundation Trust", bold=True)
    put(ws, 2, 1, "Patient Safety Incident Investigation (PSII) – Safety Action Plan", bold=True)
    rows = [
        ("PSII reference", "MC-PSII-2024-017 (InPhase 118432)"),
        ("Date of incident", "03/06/2024"),
        ("Service", "Adult Acute Inpatient Services – Clock View Hospital, Walton"),
        ("Incident type", "Self-harm using a ligature point on an adult acute inpatient ward (moderate physical harm)"),
        ("Executive sponsor", "Executive Director of Nursing and Quality"),
        ("Approved by", "Patient Safety Incident Response Oversight Group, 14/11/2024"),
        ("Monitoring", "Divisional Quality and Safety Group (monthly); Quality Assurance Committee (quarterly)"),
    ]
    r = 4
    for k, v in rows:
        put(ws, r, 1, k, bold=True, fillc=GREY)
        put(ws, r, 2, v)
        r += 1
    r += 1
    put(ws, r, 1, "Version history", bold=True)
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        put(ws, r, i, h, bold=True, fillc=GREY)
    for ver in [("1.0", "14/11/2024", "Patient Safety Team", "Approved at PSIROG"),
                ("1.2", "10/02/2025", "Divisional Governance Lead", "Q3 progress added"),
                ("1.3", "12/05/2025", "Divisional Governance Lead", "Q4 progress added; revised dates agreed at PSIROG")]:
        r += 1
        for i, v in enumerate(ver, 1):
            put(ws, r, i, v)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Safety Action Plan")
    ws.merge_cells("A1:I1")
    put(ws, 1, 1, "PSII MC-PSII-2024-017 – Safety Action Plan", bold=True, fillc=NAVY, white=True)
    ws.merge_cells("A2:I2")
    put(ws, 2, 1, "Adult Acute Inpatient Services, Clock View Hospital | Progress as at 12 May 2025")
    put(ws, 3, 1, "Status key:", bold=True)
    put(ws, 3, 2, "Complete – delivered and evidence received", fillc=BLUE, white=True)
    put(ws, 3, 3, "On track", fillc=GREEN)
    put(ws, 3, 4, "At risk of missing target date", fillc=AMBER)
    put(ws, 3, 5, "Overdue", fillc=RED, white=True)
    headers = ["Area for improvement (AFI)", "Ref", "Safety action", "Action owner",
               "Measurement / evidence of completion", "Target date", "Revised date", "Status",
               "Progress update"]
    for i, h in enumerate(headers, 1):
        put(ws, 5, i, h, bold=True, fillc=GREY)

    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}
    afis = [
        ("AFI 1 – Environmental ligature risk assessments for Ward 3 had not been updated after the "
         "2023 bathroom refurbishment, so new fixtures were not identified as ligature points.", [
            ("SA1.1", "Complete a full environmental ligature risk assessment of all Clock View inpatient wards, "
                      "including all areas refurbished since April 2023.",
             "Head of Estates and Facilities",
             "Signed ligature risk assessments for all 5 wards uploaded to the governance site",
             d(2024, 12, 31), None, "Complete", "All wards reassessed in December 2024; 14 fixtures replaced."),
            ("SA1.2", "Amend the Capital Projects procedure so that ligature risk assessment sign-off by the ward "
                      "manager and estates lead is required before any refurbished area is handed back.",
             "Associate Director of Capital Projects",
             "Revised procedure ratified at Policy Group",
             d(2025, 1, 31), d(2025, 3, 31), "Complete", "Ratified 18/03/2025 after staff-side consultation."),
            ("SA1.3", "Audit compliance with the new handover sign-off on every capital scheme completed in 2025/26.",
             "Head of Estates and Facilities / Modern Matron",
             "Quarterly audit report to Health and Safety Committee (target 100%)",
             d(2025, 9, 30), None, "On track", "First audit (Q1) scheduled for July 2025."),
        ]),
        ("AFI 2 – Observation levels were not reviewed when the patient's presentation changed following a "
         "difficult phone call with family on the afternoon of the incident.", [
            ("SA2.1", "Introduce a prompt in the RiO observation record requiring the nurse in charge to review and "
                      "record the observation level after any significant event or change in presentation.",
             "Clinical Systems Lead",
             "RiO change live; monthly report of prompts completed",
             d(2025, 2, 28), d(2025, 6, 30), "At risk", "Supplier build delayed; now in user acceptance testing."),
            ("SA2.2", "Deliver therapeutic observation and engagement refresher training to all registered and "
                      "unregistered staff on Ward 3 and Ward 4.",
             "Ward 3 Ward Manager; Practice Development Nurse",
             "95% of ward staff trained (ESR report)",
             d(2025, 3, 31), None, "Complete", "97% compliance at 31/03/2025."),
        ]),
        ("AFI 3 – Information shared by the family about increased risk was recorded in the carer contact log "
         "but was not transferred to the risk assessment or handed over between shifts.", [
            ("SA3.1", "Add a standing 'family and carer information' item to the safety huddle and shift handover "
                      "template on all adult acute wards.",
             "Modern Matron",
             "Updated template in use; spot-check audit of 10 handovers per ward",
             d(2025, 1, 31), None, "Complete", "Template live from 20/01/2025; audit 100% (50/50)."),
            ("SA3.2", "Co-produce with the Trust's carers' network a guide for staff on recording and acting on "
                      "information from families, and launch it at the adult acute clinical governance meeting.",
             "Head of Patient and Carer Experience",
             "Guide published; carer feedback survey at 6 months",
             d(2025, 4, 30), d(2025, 7, 31), "On track", "Draft reviewed by carers' network on 02/05/2025."),
        ]),
        ("AFI 4 – Learning from previous ligature incidents on adult acute wards was not shared consistently "
         "across the Trust's inpatient sites.", [
            ("SA4.1", "Publish a Trust-wide learning bulletin on this PSII and hold learning events at the Clock View, "
                      "Broadoak and Mossley Hill sites.",
             "Associate Director of Patient Safety",
             "Bulletin issued; attendance records from 3 learning events",
             d(2024, 12, 31), d(2025, 2, 28), "Overdue",
             "Bulletin issued January 2025; Mossley Hill event postponed twice and now booked for 04/06/2025."),
        ]),
    ]
    r = 6
    for afi_text, actions in afis:
        first = r
        put(ws, r, 1, afi_text)
        for ref, act, owner, measure, tgt, rev, status, prog in actions:
            put(ws, r, 2, ref)
            put(ws, r, 3, act)
            put(ws, r, 4, owner)
            put(ws, r, 5, measure)
            put(ws, r, 6, tgt, date=True)
            if rev is not None:
                put(ws, r, 7, rev, date=True)
            put(ws, r, 8, status, fillc=status_fill[status], white=status in ("Complete", "Overdue"))
            put(ws, r, 9, prog)
            for col in range(1, 10):
                ws.cell(row=r, column=col).border = BOX
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    put(ws, r, 1, "Summary", bold=True)
    for label, n in [("Total safety actions", 8), ("Complete", 4), ("On track", 2), ("At risk", 1), ("Overdue", 1)]:
        r += 1
        put(ws, r, 1, label)
        put(ws, r, 2, n)
    r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    put(ws, r, 1, "Note: revised dates were agreed at PSIROG on 08/05/2025. Actions are closed only when evidence "
                  "has been received by the Patient Safety Team.")
    for col, w in zip("ABCDEFGHI", [44, 8, 60, 30, 36, 12, 12, 12, 48]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(path("zsb-mersey-care-nhsft-psii-inpatient-ligature-safety-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Wirral University Teaching Hospital NHSFT - BAF 2025/26 (xlsx)
# ---------------------------------------------------------------------------
RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_wirral():
    wb = Workbook()
    ws = wb.active
    ws.title = "BAF Summary"
    put(ws, 1, 1, "Wirral University Teaching Hospital NHS Foundation Trust", bold=True)
    put(ws, 2, 1, "Board Assurance Framework 2025/26", bold=True)
    put(ws, 3, 1, "Quarter 2 position – reported to the Board of Directors, 1 October 2025")
    hdr = ["BAF ref", "Principal risk", "Executive lead", "Assuring committee", "Initial score",
           "Q1 score", "Q2 score", "Target score", "Risk appetite"]
    for i, h in enumerate(hdr, 1):
        put(ws, 5, i, h, bold=True, fillc=GREY)
    risks = [
        ("BAF 1", "Failure to deliver safe, high-quality care in the Emergency Department due to sustained "
                  "overcrowding and delays in patient flow", "Chief Operating Officer", "Quality Committee",
         20, 20, 20, 10, "Low"),
        ("BAF 2", "Inability to recruit and retain a sufficient workforce with the right skills", "Chief People Officer",
         "People Committee", 16, 16, 12, 8, "Moderate"),
        ("BAF 3", "Failure to deliver the 2025/26 financial plan", "Chief Finance Officer",
         "Finance and Investment Committee", 20, 20, 20, 12, "Moderate"),
        ("BAF 4", "Major cyber incident or failure of critical digital infrastructure", "Chief Digital Information Officer",
         "Audit and Risk Committee", 20, 16, 16, 8, "Low"),
    ]
    for j, rk in enumerate(risks):
        for i, v in enumerate(rk, 1):
            put(ws, 6 + j, i, v)
    put(ws, 11, 1, "Scores are consequence x likelihood (1–25). Risks scoring 15 or more are reported to the Board "
                   "each quarter. Detailed actions are on the BAF 1 – BAF 4 sheets.")
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 30

    sheets = [
        ("BAF 1",
         "Principal Risk BAF 1: Failure to deliver safe, high-quality care in the Emergency Department due to "
         "sustained overcrowding and delays in patient flow",
         [("Strategic objective", "Outstanding Care – provide safe, effective and compassionate care"),
          ("Executive lead", "Chief Operating Officer"),
          ("Assuring committee", "Quality Committee"),
          ("Key controls", "Daily site safety huddles; OPEL escalation framework; ED full capacity protocol; "
                           "Cheshire and Merseyside UEC improvement programme"),
          ("Gaps in control", "Insufficient SDEC capacity; delayed discharges for patients with no criteria to reside"),
          ("Sources of assurance", "Integrated Performance Report; ED quality dashboard; CQC UEC survey"),
          ("Gaps in assurance", "No recent external review of corridor care")],
         ("Initial: 5 x 4 = 20", "Current: 5 x 4 = 20", "Target: 5 x 2 = 10"),
         [("1.1", "Open the 16-space Same Day Emergency Care (SDEC) extension adjacent to the Emergency Department.",
           "Associate Director of Operations (Unscheduled Care)", d(2025, 6, 30), "Oct-25", "A", "A",
           "Building works complete; nurse recruitment 80% filled; opening planned for late October."),
          ("1.2", "Implement the Continuous Flow model on all medical wards, with a target of 12 pre-noon "
                  "discharges per day.",
           "Deputy Chief Operating Officer / Director of Nursing (Medicine)", "Sep-25", None, "G", "G",
           "Live on 9 of 11 wards; average 10.4 pre-noon discharges per day in September."),
          ("1.3", "Complete the Royal College of Emergency Medicine (RCEM) crowding and corridor care audit and "
                  "present findings to Quality Committee.",
           "Clinical Director, Emergency Medicine", d(2025, 7, 31), None, "G", "B",
           "Audit presented to Quality Committee on 21/08/2025. Action complete."),
          ]),
        ("BAF 2",
         "Principal Risk BAF 2: Inability to recruit and retain a sufficient workforce with the right skills, "
         "leading to reliance on temporary staffing and impact on patient care",
         [("Strategic objective", "Compassionate Workforce – be a great place to work"),
          ("Executive lead", "Chief People Officer"),
          ("Assuring committee", "People Committee"),
          ("Key controls", "Workforce plan 2025/26; vacancy control panel; e-rostering and safe staffing reviews"),
          ("Gaps in control", "Turnover of staff in their first two years remains above 14%"),
          ("Sources of assurance", "Monthly workforce report; NHS Staff Survey; Guardian of Safe Working report"),
          ("Gaps in assurance", "Exit interview data incomplete")],
         ("Initial: 4 x 4 = 16", "Current: 4 x 3 = 12", "Target: 4 x 2 = 8"),
         [("2.1", "Reduce the registered nurse vacancy rate to below 5% through the 2025 international and newly "
                  "qualified nurse recruitment campaign.",
           "Chief People Officer", "Q3 2025/26", None, "A", "G",
           "Vacancy rate 5.8% at September (from 8.1% in April); 46 NQNs start in October."),
          ("2.2", "Launch the 'Stay Well, Stay Here' retention programme, including flexible working and career "
                  "conversations for staff in their first two years.",
           "Deputy Chief People Officer", d(2025, 5, 31), d(2025, 9, 30), "A", "R",
           "Launch delayed by the HR system change; escalated to People Committee in September."),
          ]),
        ("BAF 3",
         "Principal Risk BAF 3: Failure to deliver the 2025/26 financial plan, including the £24.6m Cost "
         "Improvement Programme (CIP)",
         [("Strategic objective", "Efficient Use of Resources – deliver value for money"),
          ("Executive lead", "Chief Finance Officer"),
          ("Assuring committee", "Finance and Investment Committee"),
          ("Key controls", "Monthly divisional performance reviews; Programme Management Office; "
                           "no-PO-no-pay and vacancy controls"),
          ("Gaps in control", "£6.2m of CIP not yet identified at the start of the year"),
          ("Sources of assurance", "Monthly finance report; internal audit of financial controls (substantial assurance)"),
          ("Gaps in assurance", "Recurrent CIP delivery not yet validated by divisions")],
         ("Initial: 5 x 4 = 20", "Current: 5 x 4 = 20", "Target: 4 x 3 = 12"),
         [("3.1", "Identify and fully validate schemes for the remaining £6.2m of unidentified CIP.",
           "Chief Finance Officer", "Jul-25", "Dec-25", "R", "R",
           "£3.1m identified and validated; gap of £3.1m remains and is reported to the ICB monthly."),
          ("3.2", "Introduce monthly divisional financial recovery meetings, chaired by the Chief Executive, for "
                  "divisions that are off plan.",
           "Chief Executive / Chief Finance Officer", "Jun-25", None, "G", "B",
           "Meetings in place since June 2025."),
          ("3.3", "Reduce agency spend to within 3.2% of the total pay bill, in line with the NHS England cap.",
           "Chief People Officer; Chief Finance Officer", "Mar-26", None, "A", "A",
           "Agency spend 3.6% year to date; medical agency rates reduced in three specialties."),
          ]),
        ("BAF 4",
         "Principal Risk BAF 4: A major cyber security incident or failure of critical digital infrastructure "
         "disrupts clinical services",
         [("Strategic objective", "Digital Future – use technology to improve care"),
          ("Executive lead", "Chief Digital Information Officer"),
          ("Assuring committee", "Audit and Risk Committee"),
          ("Key controls", "24/7 security monitoring; Cyber Essentials Plus; Data Security and Protection Toolkit"),
          ("Gaps in control", "Some clinical systems still run on unsupported server platforms"),
          ("Sources of assurance", "DSPT submission (standards met); penetration test report March 2025"),
          ("Gaps in assurance", "Business continuity plans not tested for a prolonged network outage")],
         ("Initial: 5 x 4 = 20", "Current: 4 x 4 = 16", "Target: 4 x 2 = 8"),
         [("4.1", "Complete the migration of the remaining clinical systems off unsupported Windows Server 2012 "
                  "platforms.",
           "Chief Digital Information Officer", d(2025, 3, 31), d(2025, 12, 31), "R", "A",
           "11 of 14 systems migrated; pathology and theatres systems scheduled for November."),
          ("4.2", "Run a Trust-wide cyber incident exercise with Cheshire and Merseyside ICB partners and embed the "
                  "lessons in business continuity plans.",
           "Head of Emergency Preparedness, Resilience and Response", "Nov-25", None, "G", "G",
           "Exercise booked for 12 November 2025."),
          ]),
    ]
    for sname, title, fields, scores, actions in sheets:
        ws = wb.create_sheet(sname)
        ws.merge_cells("A1:H1")
        put(ws, 1, 1, title, bold=True, fillc=NAVY, white=True)
        r = 2
        for k, v in fields[:3]:
            put(ws, r, 1, k, bold=True, fillc=GREY)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            put(ws, r, 2, v)
            r += 1
        put(ws, r, 1, "Risk score (C x L)", bold=True, fillc=GREY)
        put(ws, r, 2, scores[0])
        put(ws, r, 3, scores[1])
        put(ws, r, 4, scores[2])
        r += 1
        for k, v in fields[3:]:
            put(ws, r, 1, k, bold=True, fillc=GREY)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            put(ws, r, 2, v)
            r += 1
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        put(ws, r, 1, "Actions to address gaps in control and assurance", bold=True)
        r += 1
        for i, h in enumerate(["No.", "Action", "Action lead", "Original due date", "Revised due date",
                               "Previous RAG", "Current RAG", "Progress this quarter"], 1):
            put(ws, r, i, h, bold=True, fillc=GREY)
        for ref, act, lead, orig, rev, prev, cur, prog in actions:
            r += 1
            put(ws, r, 1, ref)
            put(ws, r, 2, act)
            put(ws, r, 3, lead)
            put(ws, r, 4, orig, date=isinstance(orig, datetime))
            if rev is not None:
                put(ws, r, 5, rev, date=isinstance(rev, datetime))
            put(ws, r, 6, prev, fillc=RAG_FILL[prev])
            put(ws, r, 7, cur, fillc=RAG_FILL[cur])
            put(ws, r, 8, prog)
            for col in range(1, 9):
                ws.cell(row=r, column=col).border = BOX
        r += 2
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        put(ws, r, 1, "RAG key: B = complete; G = on track to deliver by the due date; A = some slippage, "
                      "mitigation in place; R = significant slippage, escalated to the assuring committee.")
        for col, w in zip("ABCDEFGH", [22, 60, 34, 14, 14, 10, 10, 50]):
            ws.column_dimensions[col].width = w
    wb.save(path("zsb-wirral-university-teaching-hospital-nhsft-board-assurance-framework-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. SECAmb - CQC must/should do plan with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_secamb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    put(ws, 1, 1, "South East Coast Ambulance Service NHS Foundation Trust", bold=True)
    put(ws, 2, 1, "CQC Inspection (July/August 2022) – Must Do and Should Do Improvement Plan", bold=True)
    put(ws, 3, 1, "Position at 31 August 2023 – reported to the Quality and Patient Safety Committee")
    hdr = ["Ref", "Must do / Should do", "CQC requirement", "Improvement action", "Responsible lead",
           "Completion date", "BRAG", "Evidence / update"]
    for i, h in enumerate(hdr, 1):
        put(ws, 5, i, h, bold=True, fillc=GREY)
    sections = [
        ("Trust-wide – Well-led", [
            ("Must do", "The trust must ensure that governance processes are effective in identifying, monitoring "
                        "and managing risks to the quality and safety of services. (Regulation 17)", [
                ("MD1.1", "Implement the revised Board Assurance Framework and divisional risk registers, with monthly "
                          "review at the Executive Management Board.", "Company Secretary", d(2023, 3, 31), "B",
                 "BAF approved by Board March 2023."),
                ("MD1.2", "Commission an independent well-led review against the NHS England well-led framework and "
                          "deliver the resulting action plan.", "Chief Executive", "September 2023", "G",
                 "Review fieldwork complete; report due to Board in September."),
            ]),
            ("Must do", "The trust must ensure that staff feel able to raise concerns without fear of detriment and "
                        "that concerns are acted upon. (Regulation 17)", [
                ("MD2.1", "Recruit two additional Freedom to Speak Up Guardians and establish a network of FTSU "
                          "champions across all operating units.", "Director of HR and Organisational Development",
                 d(2023, 6, 30), "B", "Guardians in post May 2023; 38 champions trained."),
                ("MD2.2", "Deliver 'Speak Up, Listen Up, Follow Up' training to all managers with line management "
                          "responsibility.", "Head of Organisational Development / FTSU Guardian", "Mar-24", "A",
                 "61% of managers trained."),
            ]),
        ]),
        ("Emergency Operations Centre (EOC)", [
            ("Must do", "The trust must ensure that 999 calls are answered and triaged in a timely way, in line with "
                        "national standards. (Regulation 12)", [
                ("MD3.1", "Recruit to the funded establishment of 245 WTE Emergency Medical Advisors and reduce "
                          "attrition through the EOC retention plan.", "Director of Operations", d(2023, 10, 31), "A",
                 "231 WTE in post; attrition reduced from 31% to 22%."),
                ("MD3.2", "Introduce a clinical safety navigator role on every shift to review calls waiting in the "
                          "stack.", "Head of EOC Clinical Practice", "Jul-23", "B", "In place on all shifts from July 2023."),
            ]),
        ]),
        ("Emergency and Urgent Care (EUC)", [
            ("Must do", "The trust must ensure that all staff complete mandatory training, including safeguarding "
                        "level 3, to the trust's target. (Regulation 18)", [
                ("MD4.1", "Schedule protected key skills days for all frontline staff and monitor compliance through "
                          "the workforce dashboard.", "Deputy Director of Clinical Education", "Decmber 2023", "G",
                 "Key skills 2023/24 programme running; compliance 79%."),
            ]),
            ("Should do", "The trust should ensure that vehicle and equipment checks are completed and recorded at "
                          "the start of every shift.", [
                ("SD1.1", "Roll out the electronic vehicle daily inspection (VDI) app to all make ready centres.",
                 "Head of Fleet and Logistics", d(2024, 1, 31), "G", "Live at 7 of 10 make ready centres."),
            ]),
            ("Should do", "The trust should ensure that medicines are stored securely and in line with trust policy "
                          "at all stations.", [
                ("SD2.1", "Complete a quarterly controlled drugs and medicines security audit at every station and "
                          "report findings to the Medicines Governance Group.", "Chief Pharmacist", "Quarterly", "G",
                 "Q1 2023/24 audit complete at all stations."),
            ]),
        ]),
    ]
    r = 6
    typo_row = None
    for sec, reqs in sections:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        put(ws, r, 1, sec, bold=True, fillc=GREY)
        r += 1
        for kind, req, acts in reqs:
            first = r
            put(ws, r, 2, kind)
            put(ws, r, 3, req)
            for ref, act, lead, due, brag, ev in acts:
                put(ws, r, 1, ref)
                put(ws, r, 4, act)
                put(ws, r, 5, lead)
                put(ws, r, 6, due, date=isinstance(due, datetime))
                if due == "Decmber 2023":
                    typo_row = r
                put(ws, r, 7, brag, fillc=RAG_FILL[brag])
                put(ws, r, 8, ev)
                for col in range(1, 9):
                    ws.cell(row=r, column=col).border = BOX
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    put(ws, r, 1, "BRAG key: B = complete and evidenced; G = on track; A = at risk of not meeting the completion "
                  "date; R = off track.")
    for col, w in zip("ABCDEFGH", [9, 12, 50, 55, 32, 16, 8, 40]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Summary")
    put(ws2, 1, 1, "Summary of progress – 31 August 2023", bold=True)
    for i, h in enumerate(["", "Must do", "Should do", "Total"], 1):
        put(ws2, 2, i, h, bold=True, fillc=GREY)
    for j, row in enumerate([("Blue", 3, 0, 3), ("Green", 2, 2, 4), ("Amber", 2, 0, 2), ("Red", 0, 0, 0),
                             ("Total actions", 7, 2, 9)]):
        for i, v in enumerate(row, 1):
            put(ws2, 3 + j, i, v)
    wb.save(path("zsb-south-east-coast-ambulance-service-nhsft-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))
    return typo_row


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def cell_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    return cell


# ---------------------------------------------------------------------------
# 4. NHS Ayrshire & Arran - HIS safe delivery of care, University Hospital Ayr (docx)
# ---------------------------------------------------------------------------
def make_ayr():
    doc = Document()
    doc.add_heading("Improvement Action Plan", level=0)
    doc.add_paragraph("Healthcare Improvement Scotland – Safe Delivery of Care Inspection: University Hospital Ayr")
    info = [
        ("NHS board", "NHS Ayrshire & Arran"),
        ("Hospital", "University Hospital Ayr"),
        ("Inspection date(s)", "11–13 February 2025"),
        ("Report publication date", "20 May 2025"),
        ("Action plan submitted", "17 June 2025"),
        ("Progress position", "As at 30 September 2025 (Healthcare Governance Committee, 3 November 2025)"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        row = t.add_row().cells
        cell_text(row[0], k, bold=True)
        cell_text(row[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Please note: this action plan will be published on the Healthcare Improvement Scotland "
                      "website. Requirements are the areas where the NHS board must take action to comply with "
                      "national standards. Progress is shown in the RAG column using the key below.")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for cell, (txt, col) in zip(key.rows[0].cells, [("Complete", BLUE), ("On track", GREEN),
                                                     ("Some delay – recovery plan in place", AMBER),
                                                     ("Not progressing / at risk", RED)]):
        cell_text(cell, txt, bold=True)
        shade(cell, col)

    domains = [
        ("Domain 2 – Leadership and culture", [
            ("Requirement 1: NHS Ayrshire & Arran must ensure that staff are supported to raise concerns about "
             "patient safety and staffing, and that they receive feedback on the actions taken.", [
                ("1.1", "Relaunch the Speak Up arrangements at University Hospital Ayr, with guardian drop-in sessions "
                        "on every ward.", "August 2025", "Associate Nurse Director, UHA", BLUE),
                ("1.2", "Add a 'You said, we did' section on staffing concerns raised through Datix to the monthly "
                        "senior charge nurse meeting.", "July 2025",
                 "Site Director / Associate Nurse Director, UHA", BLUE),
            ]),
        ]),
        ("Domain 4.1 – Pathways, procedures and policies", [
            ("Requirement 2: NHS Ayrshire & Arran must ensure that patient care documentation, including food, fluid "
             "and skin assessments, is accurately and consistently completed.", [
                ("2.1", "Roll out the revised person-centred care rounding documentation to all adult inpatient wards.",
                 "30 September 2025", "Lead Nurse, Acute Services", AMBER),
                ("2.2", "Undertake Excellence in Care documentation audits on every ward, with results reviewed at the "
                        "Acute Services Nursing and Midwifery Professional Forum.", "Monthly",
                 "Senior Charge Nurses", GREEN),
            ]),
            ("Requirement 3: NHS Ayrshire & Arran must ensure that the use of additional beds in non-standard care "
             "areas is risk assessed and that patients' privacy, dignity and safety are maintained.", [
                ("3.1", "Review and reissue the standard operating procedure for the use of surge beds, including a "
                        "daily risk assessment signed off at the site safety huddle.", "31 July 2025",
                 "Hospital Site Manager", BLUE),
                ("3.2", "Install portable call bells and privacy screens for every additional bed space in the "
                        "Combined Assessment Unit.", "31 August 2025", "Head of Estates", RED),
            ]),
        ]),
        ("Domain 4.3 – Workforce management and support", [
            ("Requirement 4: NHS Ayrshire & Arran must ensure that there are sufficient staff with the right skills "
             "in all clinical areas, and that real-time staffing is used in line with the Health and Care (Staffing) "
             "(Scotland) Act 2019.", [
                ("4.1", "Embed use of the real-time staffing tool at every safety huddle, with escalation recorded when "
                        "staffing falls below the planned level.", "October 2025",
                 "Associate Nurse Director, UHA", GREEN),
                ("4.2", "Complete the 2025/26 nursing workload and workforce planning tool run for all adult inpatient "
                        "wards and present the results to the Staffing Governance Group.", "December 2025",
                 "Director of Nursing; Head of Workforce Planning", GREEN),
            ]),
            ("Requirement 5: NHS Ayrshire & Arran must ensure that all staff are up to date with mandatory training, "
             "including infection prevention and control.", [
                ("5.1", "Provide protected time for mandatory training in ward rotas and report compliance by ward to "
                        "the Acute Services Governance Group.", "Q3 2025/26", "Clinical Nurse Managers", AMBER),
            ]),
        ]),
    ]
    for dom, reqs in domains:
        doc.add_heading(dom, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for cell, h in zip(t.rows[0].cells, ["Ref", "Action planned", "Timescale to meet action",
                                             "Responsibility for taking action", "RAG"]):
            cell_text(cell, h, bold=True)
            shade(cell, GREY)
        for req, acts in reqs:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[4])
            cell_text(merged, req, bold=True)
            for ref, act, when, who, col in acts:
                cells = t.add_row().cells
                cell_text(cells[0], ref)
                cell_text(cells[1], act)
                cell_text(cells[2], when)
                cell_text(cells[3], who)
                cells[4].text = ""
                shade(cells[4], col)
        doc.add_paragraph("")
    doc.add_heading("Action plan approval", level=2)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, ["Name", "Designation", "Signature", "Date"]):
        cell_text(cell, h, bold=True)
    for cell, v in zip(t.rows[1].cells, ["J. Sinclair", "Chief Executive", "Signed", "17/06/2025"]):
        cell_text(cell, v)
    doc.save(path("zsb-nhs-ayrshire-and-arran-his-university-hospital-ayr-safe-delivery-of-care-improvement-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. South Eastern HSCT - RQIA Downshire Hospital QIP (docx)
# ---------------------------------------------------------------------------
def make_downshire():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("South Eastern Health and Social Care Trust")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("RQIA Unannounced Inspection of Downshire Hospital – Quality Improvement Plan", level=1)
    doc.add_paragraph("Directorate: Adult Mental Health and Disability Services")
    doc.add_paragraph("Inspection dates: 8–10 October 2024 | Report published: 15 January 2025 | "
                      "Trust response submitted to RQIA: 12 February 2025")
    doc.add_paragraph("This plan sets out the actions the Trust is taking to address the areas for improvement "
                      "identified by RQIA. Progress is reviewed monthly by the Directorate Governance Group and "
                      "reported to the Trust's Quality Committee.")
    doc.add_paragraph("Document control")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        cell_text(cell, h, bold=True)
    for ver in [("0.1", "05/02/2025", "Governance Lead, AMH", "First draft"),
                ("1.0", "12/02/2025", "Director of AMH&D", "Submitted to RQIA"),
                ("1.4", "30/06/2025", "Governance Lead, AMH", "June 2025 progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, ver):
            cell_text(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action delivered and evidence held (Blue); On track (Green); "
                      "Behind schedule (Amber); Not achieved (Red)")

    status_fill = {"Complete": BLUE, "On track": GREEN, "Behind schedule": AMBER, "Not achieved": RED}
    parts = [
        ("Part 1 – Areas for improvement: Quality Standards for Health and Social Care (DHSSPSNI, March 2006)", [
            ("Area for improvement 1 – Ref: Standard 5.3.1 (a) – Stated: First time – To be completed by: 31 March 2025",
             "The Trust shall ensure that each patient's risk assessment and care plan is reviewed and updated after "
             "every incident involving physical intervention, and that the review is recorded in the patient's "
             "electronic record.", [
                ("1.1", "Update the post-incident review checklist on PARIS to include a mandatory prompt to review the "
                        "risk assessment and care plan.", "Clinical Systems Manager", "28 February 2025", "Complete"),
                ("1.2", "Audit 10 records per ward of patients who experienced physical intervention, with results "
                        "reported to the ward governance meeting.", "Ward Managers", "Monthly", "On track"),
            ]),
            ("Area for improvement 2 – Ref: Standard 5.3.3 (b) – Stated: First time – To be completed by: 30 April 2025",
             "The Trust shall ensure that the ward environment is maintained in a good state of repair, with "
             "particular attention to the seclusion room and patient bathrooms on the male acute admission ward.", [
                ("2.1", "Complete repairs to the seclusion room viewing panel and intercom identified at inspection.",
                 "Downshire Estates Manager", "31 January 2025", "Complete"),
                ("2.2", "Submit a capital bid for refurbishment of the patient bathrooms on the male acute admission "
                        "ward.", "Head of Adult Mental Health Inpatient Services", "30 April 2025", "Behind schedule"),
            ]),
            ("Area for improvement 3 – Ref: Standard 5.3.1 (f) – Stated: First time – To be completed by: 30 June 2025",
             "The Trust shall ensure that all staff complete mandatory training in Management of Actual or Potential "
             "Aggression (MAPA) and Level 2 Adult Safeguarding in line with Trust targets.", [
                ("3.1", "Book all staff whose MAPA training has lapsed onto courses before the end of June 2025.",
                 "Ward Managers / MAPA Lead Trainer", "30 June 2025", "On track"),
                ("3.2", "Report training compliance by ward to the Directorate Governance Group.",
                 "Acute Inpatient Service Manager", "Monthly", "On track"),
            ]),
        ]),
        ("Part 2 – Area for improvement carried forward from the previous inspection (21 June 2023)", [
            ("Area for improvement 4 – Ref: Standard 5.3.1 (c) – Stated: Second time – To be completed by: "
             "31 December 2024",
             "The Trust shall ensure that patients detained under the Mental Health (Northern Ireland) Order 1986 are "
             "informed of their rights, and that this is recorded and repeated at the required intervals.", [
                ("4.1", "Introduce a rights-reading record on every ward, checked weekly by the nurse in charge.",
                 "Ward Managers", "31 December 2024", "Complete"),
                ("4.2", "Carry out an independent audit of rights recording by the Mental Health Order administration "
                        "team, repeated quarterly.", "Mental Health Order Administrator", "Q1 2025/26",
                 "Not achieved"),
            ]),
        ]),
    ]
    for part, afis in parts:
        doc.add_heading(part, level=2)
        for afi_head, afi_text, acts in afis:
            t = doc.add_table(rows=3, cols=5)
            t.style = "Table Grid"
            c = t.rows[0].cells[0].merge(t.rows[0].cells[4])
            cell_text(c, afi_head, bold=True)
            shade(c, GREY)
            c = t.rows[1].cells[0].merge(t.rows[1].cells[4])
            cell_text(c, afi_text)
            for cell, h in zip(t.rows[2].cells, ["No.", "Action to be taken", "Responsible person", "Timescale",
                                                 "Status"]):
                cell_text(cell, h, bold=True)
            for ref, act, who, when, status in acts:
                cells = t.add_row().cells
                cell_text(cells[0], ref)
                cell_text(cells[1], act)
                cell_text(cells[2], who)
                cell_text(cells[3], when)
                cell_text(cells[4], status)
                shade(cells[4], status_fill[status])
            doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the Trust: Director of Adult Mental Health and Disability Services. "
                      "Date: 12/02/2025")
    doc.save(path("zsb-south-eastern-hsct-downshire-hospital-rqia-mental-health-inspection-qip.docx"))


# ---------------------------------------------------------------------------
# 6. Cera - Wiltshire - CQC home care inspection action plan (csv)
# ---------------------------------------------------------------------------
CERA_ROWS = [
    ["Cera - Wiltshire: CQC Inspection Action Plan", "", "", "", "", "", "", ""],
    ["Provider: Cera Care Operations Limited. Inspection 14 and 21 January 2025; report published 4 March 2025 "
     "(overall rating: Requires improvement)", "", "", "", "", "", "", ""],
    ["Plan owner: Registered Manager. Last updated: 30/05/2025", "", "", "", "", "", "", ""],
    ["RAG key: R = overdue", "A = in progress", "G = completed and evidenced", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Ref", "Key question", "Regulation breached / concern", "Action", "Responsible person", "Target date", "RAG",
     "Evidence / comments"],
    ["1", "Safe", "Regulation 12 Safe care and treatment: risks relating to people's health conditions, including "
                  "diabetes and catheter care, were not always assessed and care plans lacked guidance for staff.",
     "Review all care plans for people with diabetes, catheters or PEG feeding and add clear risk assessments and "
     "guidance for care staff.", "Care Coordinator (Clinical Lead)", "28/02/2025", "G",
     "All 23 care plans reviewed and signed off 26/02/2025."],
    ["2", "", "", "Deliver catheter care and diabetes awareness training to all care staff with the community "
                  "nursing team.", "Branch Trainer", "31/03/2025", "G", "Training register held; 94% attended."],
    ["3", "", "Regulation 12 Safe care and treatment: medicines were not always managed safely; MAR records had gaps "
                  "and time-critical medicines were not always given at the right time.",
     "Introduce daily eMAR alert monitoring by the office team, with same-day follow-up of every missed or late "
     "medicine.", "Registered Manager & Field Care Supervisor", "31/03/2025", "G", "Daily alert log in place."],
    ["4", "", "", "Complete medication competency assessments for all care staff and repeat them annually.",
     "Field Care Supervisors", "30/04/2025", "A", "78% complete."],
    ["5", "", "", "Review call scheduling so that people prescribed time-critical medicines have fixed call times.",
     "Scheduling Lead", "31/03/2025", "R", "Overdue – waiting for the rostering system change."],
    ["6", "Effective", "Regulation 11 Need for consent: mental capacity assessments were not completed where people "
                       "may lack capacity to consent to their care.",
     "Complete mental capacity assessments and best interest decisions where needed and record them on the care "
     "planning system.", "Registered Manager", "30/04/2025", "A", "14 of 19 assessments completed."],
    ["7", "Well-led", "Regulation 17 Good governance: quality assurance systems had not identified the shortfalls "
                      "found at inspection.",
     "Introduce a monthly branch quality audit covering care plans, eMAR, call times and training, reviewed by the "
     "Regional Director.", "Registered Manager / Regional Quality Lead", "31/05/2025", "A",
     "April and May audits completed."],
    ["8", "", "", "Hold feedback meetings with people using the service and their families and publish 'You said, "
                  "we did' updates.", "Registered Manager", "Quarterly", "A", "First meeting held 15/04/2025."],
    ["9", "", "Regulation 18 Staffing: staff did not always receive regular supervision and spot checks.",
     "Put in place a supervision and spot check matrix so every care worker has supervision every 3 months and an "
     "annual appraisal.", "Field Care Supervisors", "30/06/2025", "A", "Matrix in place; 61% in date."],
    ["", "", "", "", "", "", "", ""],
    ["Summary: 9 actions – G: 3, A: 5, R: 1", "", "", "", "", "", "", ""],
    ["Progress is reviewed at the monthly Regional Quality Meeting.", "", "", "", "", "", "", ""],
]


def make_cera():
    with open(path("zsb-cera-care-wiltshire-cqc-home-care-inspection-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in CERA_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Walsall Healthcare NHS Trust - quality account priorities tracker (txt, tab separated)
# ---------------------------------------------------------------------------
WALSALL_LINES = [
    ["Walsall Healthcare NHS Trust"],
    ["Quality Account 2025/26 – Quality Priorities Tracker"],
    ["Quarter 2 report (July – September 2025) to the Quality and Safety Committee"],
    [""],
    ["Key: B = Achieved; G = On track; A = Partially on track / risk to delivery; R = Not on track"],
    [""],
    ["Ref", "Action", "Lead(s)", "Due", "Q1 RAG", "Q2 RAG", "Q2 update"],
    ["PRIORITY 1 – SAFE: Reduce the number of inpatient falls resulting in moderate or severe harm",
     "", "", "", "", "", ""],
    ["1.1", "Roll out the enhanced falls risk assessment and 'Baywatch' cohort observation to all medical and older "
            "people's wards.", "Deputy Chief Nurse / Lead Nurse for Falls Prevention", "June 2025", "G", "B",
     "Complete on all 14 wards."],
    ["1.2", "Provide lying and standing blood pressure training to 90% of registered nurses on medical wards.",
     "Lead Nurse for Falls Prevention", "September 2025", "A", "A", "82% at end of Q2; extra sessions booked."],
    ["1.3", "Review every fall with moderate or severe harm at the weekly Patient Safety Incident Review Group and "
            "share the learning through safety huddles.", "Head of Patient Safety", "Ongoing", "G", "G",
     "All 6 incidents in Q2 reviewed within 5 working days."],
    ["PRIORITY 2 – EFFECTIVE: Improve recognition and treatment of sepsis in the Emergency Department and on "
     "inpatient wards", "", "", "", "", "", ""],
    ["2.1", "Implement the NEWS2 electronic escalation alert in the Emergency Department.",
     "Clinical Director for Emergency Medicine; Chief Clinical Information Officer", "31/10/2025", "A", "G",
     "Go-live confirmed for 20 October 2025."],
    ["2.2", "Achieve 90% compliance with antibiotics within one hour for patients with red flag sepsis, measured by "
            "monthly audit.", "Sepsis Lead Nurse", "Q4 2025/26", "R", "A", "Q2 compliance 84% (Q1 76%)."],
    ["2.3", "Launch sepsis e-learning for all clinical staff as part of mandatory training.",
     "Head of Education and Training", "December 2025", "G", "G", "Module built; launch planned for November."],
    ["PRIORITY 3 – CARING: Improve the experience of patients and families at the end of life",
     "", "", "", "", "", ""],
    ["3.1", "Introduce the Swan bereavement model and end of life comfort packs on all adult inpatient wards.",
     "Lead Nurse for Palliative and End of Life Care", "March 2026", "G", "G", "Live on 9 of 16 wards."],
    ["3.2", "Use the National Audit of Care at the End of Life (NACEL) survey results to agree a ward-level "
            "improvement plan.", "Chief Nurse / Medical Director", "Jan-26", "G", "G",
     "NACEL results received; ward plans in draft."],
    ["3.3", "Recruit a specialist bereavement nurse to support families after a death in hospital.",
     "Deputy Chief Nurse", "August 2025", "A", "R",
     "Advertised twice with no appointable candidate; business case being revised."],
    [""],
    ["Summary at end of Q2", "B: 1", "G: 5", "A: 2", "R: 1"],
    ["Note: Q1 RAG is shown for comparison. Priorities were agreed with Healthwatch Walsall and the Black Country ICB "
     "in April 2025."],
]


def make_walsall():
    with open(path("zsb-walsall-healthcare-nhs-trust-quality-account-priorities-tracker-2025-26.txt"), "w",
              newline="", encoding="utf-8") as f:
        for cols in WALSALL_LINES:
            f.write("\t".join(cols) + "\r\n")


if __name__ == "__main__":
    make_mersey()
    make_wirral()
    typo_row = make_secamb()
    print("SECAmb typo on sheet row", typo_row)
    make_ayr()
    make_downshire()
    make_cera()
    make_walsall()
    print("done")
