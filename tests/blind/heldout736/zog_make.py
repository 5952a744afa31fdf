#!/usr/bin/env python3
"""Build the seven zog- blind test files (set heldout736).

Run with /work/main/.venv/bin/python zog_make.py  (writes next to this script).
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

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, "C": BLUE}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color="FF" + hexcol, end_color="FF" + hexcol)


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. HMP Coldingley - HMIP inspection action plan (xlsx, fill-only status)
# ---------------------------------------------------------------------------
COLDINGLEY_FILE = "zog-hmp-coldingley-hmip-inspection-action-plan.xlsx"

COLDINGLEY = [
    ("section", "Priority concerns"),
    ("concern", "1. Too many prisoners felt unsafe, and the rate of violence, including assaults on staff, had risen since the last inspection.", "Agreed", [
        ("1.1", "Refresh the safety strategy and violence reduction action plan, informed by monthly data analysis and prisoner safety surveys.",
         "Head of Safety", dt.datetime(2025, 9, 30), "dd/mm/yyyy",
         "Complete. Strategy ratified at the Safety Intervention Meeting on 24/09/2025.", "B"),
        ("1.2", "Quality assure all open challenge, support and intervention plans (CSIPs) weekly and report findings to the Senior Leadership Team.",
         "Head of Safety / Deputy Governor", dt.datetime(2025, 12, 31), "mmm-yy",
         "Weekly QA in place since September; 87% of CSIPs rated good or better in October.", "G"),
        ("1.3", "Deliver de-escalation refresher training to all band 3–5 officers and custodial managers.",
         "Head of Operations", "31 March 2026", None,
         "62% of staff trained. Release of staff for training affected by detached duty commitments.", "A"),
    ]),
    ("concern", "2. Prisoners spent too long locked in their cells, and there were not enough activity places for the population.", "Partly Agreed", [
        ("2.1", "Introduce a revised core day giving all prisoners at least six hours unlocked on weekdays.",
         "Deputy Governor", "January 2026", None,
         "Revised regime consulted on with staff and the POA; implementation planned for 5 January 2026.", "A"),
        ("2.2", "Allocate every prisoner to full-time education, skills or work within 10 working days of arrival.",
         "Head of Education, Skills and Work", dt.datetime(2025, 12, 31), "dd/mm/yyyy",
         "48 prisoners awaiting allocation at 31 October; workshop 3 closed for refurbishment until February 2026.", "R"),
    ]),
    ("section", "Key concerns"),
    ("concern", "3. Prisoners with mental health needs waited too long for assessment and treatment.", "Agreed", [
        ("3.1", "Agree a mental health referral pathway with the healthcare provider, with a 5 working day assessment standard and monthly compliance reporting to the Local Delivery Board.",
         "Head of Healthcare", dt.datetime(2025, 11, 30), "mmm-yy",
         "Pathway agreed; first compliance report due to the November Local Delivery Board.", "G"),
    ]),
    ("concern", "4. Delays in completing OASys assessments and recategorisation reviews prevented many prisoners from progressing.", "Agreed", [
        ("4.1", "Implement an Offender Management Unit recovery plan to clear all overdue OASys assessments.",
         "Head of Reducing Reoffending", dt.datetime(2026, 2, 28), "dd/mm/yyyy",
         "Backlog reduced from 131 to 74. Two probation officer vacancies in the OMU.", "A"),
        ("4.2", "Hold a fortnightly categorisation board to review all prisoners eligible for recategorisation.",
         "Head of Reducing Reoffending", "Ongoing", None,
         "Board meeting fortnightly since July.", "G"),
    ]),
    ("concern", "5. Leaders did not analyse or act on outcomes for prisoners with protected characteristics, and consultation forums had lapsed.", "Agreed", [
        ("5.1", "Reinstate quarterly forums for each protected characteristic, with minutes displayed on every wing.",
         "Equalities Lead", "Sept 2025", None,
         "Complete. All forums held in Q2; minutes on wing noticeboards.", "B"),
        ("5.2", "Produce a quarterly equality data pack covering use of force, adjudications, incentives levels and access to activities, reviewed at the Diversity and Inclusion Meeting.",
         "Head of Residence\nEqualities Lead", dt.datetime(2026, 1, 31), "dd/mm/yyyy",
         "First pack drafted for the December meeting.", "G"),
    ]),
]


def build_coldingley():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [7, 42, 14, 58, 26, 14, 48, 9]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    head = [
        "Action Plan: HMP Coldingley",
        "Action Plan Submitted: 14 August 2025",
        "A Response to the HMIP Inspection: 3–13 March 2025",
        "Report Published: 19 June 2025",
        "Position as at: 31 October 2025",
    ]
    for r, t in enumerate(head, 1):
        ws.cell(r, 1, t)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws["A1"].font = Font(bold=True, size=14)
    r = 7
    hdr = ["Ref", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action", "Responsible Owner",
           "Target Date", "Progress Update", "Status"]
    for c, t in enumerate(hdr, 1):
        cell = ws.cell(r, c, t)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    for item in COLDINGLEY:
        if item[0] == "section":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        _, concern, agreed, actions = item
        first = r
        for ref, action, owner, target, fmt, progress, rag in actions:
            ws.cell(r, 1, ref)
            ws.cell(r, 4, action)
            ws.cell(r, 5, owner)
            tc = ws.cell(r, 6, target)
            if fmt:
                tc.number_format = fmt
            ws.cell(r, 7, progress)
            ws.cell(r, 8).fill = fill(RAGFILL[rag])
            for c in range(1, 9):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BOX
            r += 1
        ws.cell(first, 2, concern)
        ws.cell(first, 3, agreed)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(r, 1, "Status key").font = Font(bold=True)
    for c, (label, col) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                       ("Some slippage", AMBER), ("Off track", RED)], 2):
        ws.cell(r, c, label).fill = fill(col)
    r += 1
    ws.cell(r, 1, "Note: target dates reflect the position agreed at the Local Delivery Board on 22 October 2025. "
                  "Actions shown as complete have been evidenced to the Prison Group Director.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    s = wb.create_sheet("Summary")
    s.column_dimensions["A"].width = 22
    s.column_dimensions["B"].width = 18
    s["A1"] = "HMP Coldingley – summary of progress at 31 October 2025"
    s["A1"].font = Font(bold=True)
    s["A3"], s["B3"] = "Status", "Number of actions"
    rows = [("Complete", 2, BLUE), ("On track", 4, GREEN), ("Some slippage", 3, AMBER), ("Off track", 1, RED)]
    for i, (label, n, col) in enumerate(rows, 4):
        s.cell(i, 1, label).fill = fill(col)
        s.cell(i, 2, n)
    s.cell(8, 1, "Total").font = Font(bold=True)
    s.cell(8, 2, 10)
    ws.freeze_panes = "A8"
    wb.save(p(COLDINGLEY_FILE))


# ---------------------------------------------------------------------------
# 2. Hampshire and Isle of Wight Constabulary - custody inspection (xlsx,
#    cover + two plan sheets, previous/current RAG, revised dates)
# ---------------------------------------------------------------------------
HIOW_FILE = "zog-hampshire-and-isle-of-wight-constabulary-police-custody-inspection-action-plan.xlsx"

HIOW_RECS = [
    ("Cause of concern 1: The constabulary’s governance and oversight of use of force in custody are not good enough. "
     "Use of force is not always recorded and quality assurance is insufficient, so the constabulary cannot show that "
     "force used in custody is necessary, justified and proportionate.",
     "Recommendation 1: Hampshire and Isle of Wight Constabulary and its police and crime commissioner should make sure "
     "that use of force in custody is scrutinised effectively, based on accurate information and robust quality "
     "assurance, so that they can demonstrate that force is proportionate and justified.",
     [
         ("1.1", "Mandate completion of a use of force form for every use of force in custody, with a compliance check by the custody sergeant before the end of each shift.",
          "T/Supt Custody", "30/09/2024", "", "G", "B", "Completed. Compliance 96% in October 2025 audit."),
         ("1.2", "Custody inspectors to review CCTV for a 10% dip sample of use of force incidents each month and record findings on the custody quality assurance log.",
          "Custody Inspectors (Basingstoke, Portsmouth, Southampton, Newport)", "Dec-24", "Mar-25", "A", "B",
          "Dip sampling embedded in all four suites since March 2025."),
         ("1.3", "Report use of force data, including the ethnicity and age of detainees, to the Custody Strategic Board and the OPCC scrutiny panel each quarter.",
          "Ch Insp Custody & Criminal Justice / OPCC Head of Scrutiny", "Q4 2024/25", "Dec-25", "A", "G",
          "First quarterly report presented to the Custody Strategic Board in September 2025; OPCC panel to receive it in December."),
     ]),
    ("Cause of concern 2: There are limitations in how the constabulary manages risk in custody. There are not always "
     "enough custody staff on duty, some detainees wait a long time to be booked in, and observation levels are "
     "sometimes lowered to cope with demand.",
     "Recommendation 2: The constabulary should mitigate risk to detainees by making sure its risk management and "
     "release processes are safe.",
     [
         ("2.1", "Introduce a daily custody resourcing call to move detention officers between suites so that minimum staffing levels are maintained.",
          "Custody Operations Manager", "31/08/2024", "", "B", "B", "Daily call in place from August 2024."),
         ("2.2", "Amend the custody risk assessment policy so that observation levels can only be reduced by a custody sergeant after a documented rousing check and review of the care plan.",
          "Head of Custody", "30/11/2024", "28/02/2025", "A", "B", "Policy v4.2 published February 2025; briefed to all custody staff."),
     ]),
]

HIOW_AFIS = [
    ("AFI 1", "Leadership, accountability and working with partners",
     "The constabulary should make sure that its custody performance data is accurate, so that leaders can use it to understand and improve outcomes for detainees.",
     "Validate the Niche custody data fields used in the monthly custody performance dashboard and correct recording errors at source.",
     "Custody Performance Analyst", "Mar-25", "A", "B", "Data validation complete; dashboard re-issued April 2025."),
    ("AFI 2", "Leadership, accountability and working with partners",
     "The constabulary should make sure that it has enough custody personnel on duty to provide safe custody services.",
     "Complete the custody detention officer recruitment campaign to fill 14 vacancies and review minimum staffing levels for each suite.",
     "Head of Custody / HR Business Partner", "Jan-26 (revised from Mar-25)", "A", "A",
     "11 of 14 posts filled; final cohort starts training in January 2026."),
    ("AFI 3", "Pre-custody: first point of contact",
     "The constabulary should make sure that detainees do not wait for long periods in vans or holding rooms before being booked into custody.",
     "Introduce a queue management protocol, with escalation to the duty inspector when any detainee has waited more than 60 minutes to be booked in.",
     "Custody Operations Manager", "Nov-24", "G", "B", "Protocol live since November 2024."),
    ("AFI 4", "In the custody suite: booking in",
     "The constabulary should make sure that detainees can speak in private when they are booked in, so that they can share confidential information.",
     "Install acoustic screening at the booking-in desks at Southampton and Portsmouth and offer a private booking-in room to all detainees.",
     "Estates Project Manager", "June 2025", "A", "B", "Screening installed May 2025."),
    ("AFI 5", "In the custody cell, safeguarding and health care",
     "The constabulary should make sure that observation levels set out in care plans are always followed.",
     "Audit 20 care plans per suite each month to check that observations and rousing are carried out as recorded.",
     "Custody Sergeants", "Monthly", "G", "G", "Audits completed every month since January 2025."),
    ("AFI 6", "In the custody cell, safeguarding and health care",
     "The constabulary should make sure that detainees held for long periods are offered a shower, exercise and reading materials.",
     "Add a prompt to the custody record at the 12-hour point for the offer of a shower, exercise and reading material.",
     "Custody Systems Lead", "31/01/2025", "A", "B", "Prompt added in Niche release 25.1."),
    ("AFI 7", "In the custody cell, safeguarding and health care",
     "The constabulary should make sure that reviews of detention are carried out in person where practicable and that detainees are told about them.",
     "Reissue PACE review guidance to all inspectors and include review quality in the monthly custody record dip sample.",
     "Ch Insp Custody", "Dec-24", "G", "B", "Guidance reissued December 2024."),
    ("AFI 8", "In the custody cell, safeguarding and health care",
     "The constabulary should make sure that detainees receive their prescribed medication promptly.",
     "With the healthcare provider, agree a standard for giving prescribed medication within 60 minutes of the due time and monitor it monthly.",
     "Custody Healthcare Contract Manager", "Q3 2025/26", "R", "A",
     "Standard agreed in contract variation; monitoring data not yet reliable."),
    ("AFI 9", "Release and transfer from custody",
     "The constabulary should make sure that pre-release risk assessments are completed thoroughly for all detainees.",
     "Deliver release planning training to all custody sergeants and add a mandatory pre-release risk assessment field to Niche.",
     "Custody Training Lead; Custody Systems Lead", "30/04/2026", "A", "G", "Training scheduled January–March 2026."),
]


def _rag(cell, letter):
    cell.value = letter
    if letter:
        cell.fill = fill(RAGFILL[letter])
    cell.alignment = Alignment(horizontal="center", vertical="top")


def build_hiow():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv.column_dimensions["A"].width = 16
    cv.column_dimensions["B"].width = 16
    cv.column_dimensions["C"].width = 34
    cv.column_dimensions["D"].width = 50
    cv["A1"] = "Hampshire and Isle of Wight Constabulary – Police Custody Inspection Action Plan"
    cv["A1"].font = Font(bold=True, size=14)
    cv.merge_cells("A1:D1")
    cv["A2"] = ("Response to the HMICFRS / CQC report on an inspection visit to police custody suites in Hampshire and "
                "Isle of Wight Constabulary (fieldwork 19 February – 1 March 2024; report published 9 July 2024)")
    cv.merge_cells("A2:D2")
    cv["A3"] = "Governance: Custody Strategic Board (chair: ACC Crime, Justice and Custody)"
    cv.merge_cells("A3:D3")
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Changes"),
          ("1.0", "05/08/2024", "Custody Practice & Standards", "Initial plan agreed at Custody Strategic Board"),
          ("1.4", "17/03/2025", "Custody Practice & Standards", "Q4 update; revised dates for 1.2 and 2.2"),
          ("1.7", "14/11/2025", "Custody Practice & Standards", "Q2 2025/26 update for OPCC scrutiny panel")]
    for i, row in enumerate(dc, 6):
        for j, v in enumerate(row, 1):
            c = cv.cell(i, j, v)
            c.border = BOX
            if i == 6:
                c.font = Font(bold=True)
    cv["A11"] = "RAG key"
    cv["A11"].font = Font(bold=True)
    key = [("B", "Complete and evidenced"), ("G", "On track to meet target date"),
           ("A", "At risk of missing target date"), ("R", "Target date missed / off track")]
    for i, (k, t) in enumerate(key, 12):
        _rag(cv.cell(i, 1), k)
        cv.cell(i, 2, t)

    ws = wb.create_sheet("Recommendations")
    for col, w in zip("ABCDEFGH", [7, 60, 28, 13, 13, 10, 10, 46]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Part A – Recommendations addressing the causes of concern"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:H1")
    hdr = ["Ref", "Action", "Owner", "Original target date", "Revised target date", "Previous RAG",
           "Current RAG", "Update (November 2025)"]
    for c, t in enumerate(hdr, 1):
        cell = ws.cell(3, c, t)
        cell.font = Font(bold=True)
        cell.fill = fill("DDEBF7")
        cell.border = BOX
        cell.alignment = WRAP
    r = 4
    for coc, rec, actions in HIOW_RECS:
        for text, colour in ((coc, "FCE4D6"), (rec, "FFF2CC")):
            ws.cell(r, 1, text).font = Font(bold=True)
            ws.cell(r, 1).fill = fill(colour)
            ws.cell(r, 1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 45
            r += 1
        for ref, action, owner, orig, rev, prev, cur, upd in actions:
            for c, v in enumerate([ref, action, owner, orig, rev], 1):
                ws.cell(r, c, v).alignment = WRAP
            _rag(ws.cell(r, 6), prev)
            _rag(ws.cell(r, 7), cur)
            ws.cell(r, 8, upd).alignment = WRAP
            for c in range(1, 9):
                ws.cell(r, c).border = BOX
            r += 1

    wa = wb.create_sheet("AFIs")
    for col, w in zip("ABCDEFGHI", [7, 24, 46, 50, 26, 16, 10, 10, 40]):
        wa.column_dimensions[col].width = w
    wa["A1"] = "Part B – Areas for improvement"
    wa["A1"].font = Font(bold=True, size=12)
    wa.merge_cells("A1:I1")
    hdr = ["Ref", "Report section", "Area for improvement", "Action", "Owner", "Target date",
           "Previous RAG", "Current RAG", "Update (November 2025)"]
    for c, t in enumerate(hdr, 1):
        cell = wa.cell(3, c, t)
        cell.font = Font(bold=True)
        cell.fill = fill("DDEBF7")
        cell.border = BOX
        cell.alignment = WRAP
    for i, (ref, sec, afi, action, owner, target, prev, cur, upd) in enumerate(HIOW_AFIS, 4):
        for c, v in enumerate([ref, sec, afi, action, owner, target], 1):
            wa.cell(i, c, v).alignment = WRAP
        _rag(wa.cell(i, 7), prev)
        _rag(wa.cell(i, 8), cur)
        wa.cell(i, 9, upd).alignment = WRAP
        for c in range(1, 10):
            wa.cell(i, c).border = BOX
    wb.save(p(HIOW_FILE))


# ---------------------------------------------------------------------------
# 3. Probation Service Cambridgeshire and Peterborough PDU - HMI Probation
#    inspection action plan (xlsx) - REFUSE: mistyped month in a target date
# ---------------------------------------------------------------------------
PDU_FILE = "zog-probation-service-cambridgeshire-and-peterborough-pdu-hmip-inspection-action-plan-typo-month-refuse.xlsx"

PDU = [
    ("group", "The Cambridgeshire and Peterborough PDU should:"),
    ("rec", "1", "improve the quality of assessment and planning for risk of harm, so that all available information, including from domestic abuse and child safeguarding enquiries, is analysed and used", "Agreed", [
        ("1.1", "Deliver a risk of serious harm masterclass to all probation officers and PSOs, followed by a case audit of 10% of new assessments.", "SPO – Quality Lead", "30/09/2025", "Masterclasses delivered to 41 of 46 staff.", "G"),
        ("1.2", "Introduce a checklist so that domestic abuse and safeguarding enquiry outcomes are recorded on NDelius before the sentence plan is completed.", "Head of PDU", "Dec-25", "Checklist drafted; consultation with practitioners under way.", "G"),
    ]),
    ("rec", "2", "ensure that practitioners have manageable workloads and receive regular, good-quality supervision", "Partly Agreed", [
        ("2.1", "Review workload measurement tool (WMT) data monthly and rebalance caseloads across the Cambridge, Huntingdon and Peterborough offices.", "Deputy Head of PDU", "Oct-25", "Monthly WMT review in place.", "G"),
        ("2.2", "Audit the frequency and quality of reflective supervision against the Probation Service supervision policy.", "SPO – Quality Lead", "Decmber 2025", "Audit tool agreed with the regional Quality Development Officer.", "A"),
    ]),
    ("rec", "3", "improve the timeliness and quality of home visits in cases where there are risks to children or partners", "Agreed", [
        ("3.1", "Set a standard that a home visit is completed within 20 working days of allocation in all cases with child safeguarding or domestic abuse concerns, monitored through the PDU performance meeting.", "Head of PDU / Deputy Head of PDU", "31/03/2026", "Standard agreed; data report in development.", "A"),
    ]),
    ("group", "The East of England region should:"),
    ("rec", "4", "ensure that there are sufficient accredited programme and structured intervention places to meet the needs of people on probation in the PDU", "Agreed", [
        ("4.1", "Recruit two additional programme facilitators for Building Better Relationships in Peterborough.", "Regional Head of Interventions", "Q4 2025/26", "Recruitment campaign launched September 2025.", "A"),
        ("4.2", "Publish a quarterly interventions waiting list report for each PDU in the region.", "Regional Head of Interventions", "March 2026", "First report produced for Q2.", "G"),
    ]),
    ("rec", "5", "work with commissioned rehabilitative services providers to improve referral rates and communication with probation practitioners", "Agreed", [
        ("5.1", "Hold quarterly CRS provider forums in the PDU and share referral data with team managers.", "Contract Management Lead (CRS)", "Ongoing", "Forums held in July and October 2025.", "G"),
    ]),
]


def build_pdu():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    for col, w in zip("ABCDEFGHI", [8, 44, 14, 8, 56, 26, 14, 40, 7]):
        ws.column_dimensions[col].width = w
    lines = [
        ("HM Prison & Probation Service – East of England Region", Font(bold=True, color="FFFFFF"), fill("002060")),
        ("Action Plan: Cambridgeshire and Peterborough PDU", Font(bold=True, size=14), None),
        ("A Response to the HM Inspectorate of Probation inspection of probation services in Cambridgeshire and Peterborough PDU", None, None),
        ("Report published: 22 May 2025   |   Action plan submitted: 3 July 2025   |   Last updated: 30 September 2025", Font(italic=True), None),
    ]
    for r, (t, f, fl) in enumerate(lines, 1):
        c = ws.cell(r, 1, t)
        if f:
            c.font = f
        if fl:
            c.fill = fl
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    defs = [
        ("Agreed", "All of the recommendation is agreed with, can be achieved and is affordable."),
        ("Partly Agreed", "Only part of the recommendation is agreed with, is achievable, affordable and will be implemented."),
        ("Not Agreed", "The recommendation is not agreed and will not be implemented."),
    ]
    for r, (k, t) in enumerate(defs, 6):
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, t)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
    r = 10
    hdr = ["Rec No.", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Action No.", "Action",
           "Responsible Owner", "Target Date", "Progress update", "RAG"]
    for c, t in enumerate(hdr, 1):
        cell = ws.cell(r, c, t)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002060")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    for item in PDU:
        if item[0] == "group":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, no, rec, agreed, actions = item
        first = r
        for ref, action, owner, target, progress, rag in actions:
            for c, v in zip(range(4, 9), [ref, action, owner, target, progress]):
                ws.cell(r, c, v)
            _rag(ws.cell(r, 9), rag)
            for c in range(1, 10):
                ws.cell(r, c).border = BOX
                if c != 9:
                    ws.cell(r, c).alignment = WRAP
            r += 1
        ws.cell(first, 1, no)
        ws.cell(first, 2, rec)
        ws.cell(first, 3, agreed)
        if r - 1 > first:
            for c in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    wb.save(p(PDU_FILE))


# ---------------------------------------------------------------------------
# 4. Cumbria FRS - Grenfell Tower Inquiry Phase 2 recommendations tracker (csv)
# ---------------------------------------------------------------------------
CUMBRIA_FILE = "zog-cumbria-fire-rescue-service-grenfell-tower-inquiry-phase-2-recommendations-tracker.csv"

T1 = "Knowledge of building construction and materials"
R1 = "Fire and rescue services should make sure that firefighters and incident commanders understand the risks arising from the construction and materials of high-rise and complex buildings."
T2 = "Control room and emergency call handling"
R2 = "Control rooms should be able to handle large numbers of fire survival guidance calls and share information with the incident ground in real time."
T3 = "Evacuation and change of strategy"
R3 = "Services should have policies, procedures and training for a change from a ‘stay put’ strategy to partial or full evacuation."
T4 = "Organisational learning"
R4 = "Services should have effective arrangements to learn from incidents and to act on the findings of inquiries and inspections."
T5 = "Protection and building safety regulation"
R5 = "Fire and rescue services should work with the Building Safety Regulator to make sure higher-risk buildings are regulated effectively."

CUMBRIA = [
    ("GTI2-01", T1, R1, "Deliver a building construction and external wall systems module to all incident commanders (levels 1–3) through the Command Development Centre.",
     "Group Manager – Training & Development", "31/03/2025", "30/09/2025", "Complete", "All 118 incident commanders have completed the module. Evidence held on the training records system."),
    ("GTI2-02", T1, R1, "Review the site-specific risk information (SSRI) programme so that:\n- high-rise and complex premises are prioritised; and\n- external wall system information is captured.",
     "Area Manager – Prevention & Protection", "Dec-25", "", "Green", "Revised SSRI policy in consultation. 27 of 31 high-rise premises re-visited."),
    ("GTI2-03", T2, R2, "With North West Fire Control, test the revised fire survival guidance (FSG) procedure and the electronic FSG link to the incident ground in a multi-agency exercise.",
     "GM Operational Policy; NWFC Liaison Officer", "Mar-26", "", "Amber", "Exercise date to be confirmed with NWFC partner services, awaiting software update."),
    ("GTI2-04", T3, R3, "Embed the NFCC evacuation and change of strategy guidance in operational procedures, including a recorded \"decision to evacuate\" on the incident command log.",
     "Station Manager – Operational Assurance", "30/06/2025", "", "Complete", "Procedure published June 2025 and briefed to all watches."),
    ("GTI2-05", T3, R3, "Train all watches in evacuation alert system (EAS) procedures for buildings fitted with EAS to BS 8629.",
     "Group Manager – Training & Development", "September 2025", "January 2026", "Amber", "Training package delayed by availability of the EAS training rig; 60% of watches trained."),
    ("GTI2-06", T4, R4, "Establish an Organisational Learning Board to track national and joint operational learning and inquiry recommendations, reporting quarterly to the Service Leadership Team.",
     "Assistant Chief Fire Officer", "31/12/2024", "", "Complete", "Board established; meets quarterly."),
    ("GTI2-07", T5, R5, "Increase the number of competent fire safety inspectors (Level 4 Diploma) from 9 to 12 to support Building Safety Regulator multi-disciplinary team work.",
     "Head of Protection", "Q4 2025/26", "", "Red", "Two trainees withdrew in August. Recruitment relaunched; level 4 course places booked for February."),
    ("GTI2-08", T5, R5, "Agree an information-sharing protocol with the Building Safety Regulator and the two Cumbrian councils for higher-risk buildings.",
     "Head of Protection / Council Building Control Manager", "TBC", "", "Amber", "Draft protocol with BSR legal team."),
    ("GTI2-09", T2, R2, "Review how evacuation status information for each floor is shared between the control room and the incident ground, using the NFCC evacuation information board.",
     "GM Operational Policy", "Jun-26", "", "Green", "Scoping complete."),
]


def build_cumbria():
    cols = ["Ref", "Theme", "Inquiry recommendation (summary)", "CFRS action", "Action owner", "Target date",
            "Revised target date", "RAG", "Progress update"]
    n = len(cols)
    blank = [""] * n
    rows = [
        ["Cumbria Fire and Rescue Service – Grenfell Tower Inquiry Phase 2: Recommendations Tracker"] + [""] * (n - 1),
        ["Position at 31 October 2025. Reported to the Service Leadership Team and the Fire and Rescue Service Scrutiny Panel."] + [""] * (n - 1),
        blank,
        cols,
    ]
    for row in CUMBRIA:
        rows.append(list(row))
    rows.append(blank)
    rows.append(["Summary"] + [""] * (n - 1))
    for label, k in (("Complete", 3), ("Green", 2), ("Amber", 3), ("Red", 1), ("Total", 9)):
        rows.append([label, str(k)] + [""] * (n - 2))
    with open(p(CUMBRIA_FILE), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Put text in a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    para = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.5))


# ---------------------------------------------------------------------------
# 5. Ysgol David Hughes - Estyn post-inspection action plan (docx,
#    one table per recommendation, own RAG key with C = complete)
# ---------------------------------------------------------------------------
YDH_FILE = "zog-ysgol-david-hughes-estyn-post-inspection-action-plan.docx"

YDH = [
    ("R1: Improve the quality of teaching so that it consistently challenges pupils, including the more able, to make strong progress", [
        ("1.1", "Establish a programme of professional learning on questioning, modelling and challenge, delivered through fortnightly teaching and learning briefings.",
         "Deputy Headteacher (Teaching & Learning)", "Autumn term 2025", "At least 80% of lessons seen in learning walks show appropriate challenge for all pupils.", "C"),
        ("1.2", "Introduce departmental learning walks and work scrutiny, with findings reported to the senior leadership team.",
         "Heads of Faculty", "Half-termly", "Leaders’ evaluations identify precise strengths and areas for development in each faculty.", "G"),
        ("1.3", "Pair teachers who need support with lead practitioners for a six-week coaching cycle.",
         "AHT (Professional Learning)", "Jan 2026", "All teachers identified complete a coaching cycle; follow-up observations show improvement.", "G"),
    ]),
    ("R2: Strengthen the provision for developing pupils’ literacy, numeracy and digital skills progressively across the curriculum", [
        ("2.1", "Map opportunities for pupils to apply literacy, numeracy and digital skills in each Area of Learning and Experience.",
         "AHT Curriculum / Head of Digital Learning", "October 2025", "Skills map shared with all staff and used in schemes of learning.", "C"),
        ("2.2", "Introduce a whole-school reading programme for Years 7 and 8, with termly reading age testing.",
         "Mr G. Parry and Mrs S. Lloyd-Jones", "By July 2026", "Reading ages of Year 7 and 8 pupils improve by at least 12 months over the year.", "G"),
        ("2.3", "Train all staff to use Hwb digital tools to plan tasks that develop pupils’ digital skills progressively.",
         "Digital Competence Lead", "31 March 2026", "Digital skills tasks appear in every department’s planning.", "R"),
    ]),
    ("R3: Improve attendance, particularly for pupils eligible for free school meals", [
        ("3.1", "Implement a staged attendance intervention process, with weekly monitoring of pupils whose attendance is below 90%.",
         "Attendance Officer; Heads of Year", "Autumn term 2025", "Attendance of pupils eligible for free school meals rises to at least 88%.", "G"),
        ("3.2", "Work with the local authority’s Education Welfare Service and the family engagement officer to support families of persistently absent pupils.",
         "Headteacher", "Ongoing", "Persistent absence falls compared with 2024-2025.", "A"),
    ]),
]


def build_ydh():
    doc = Document()
    landscape(doc)
    doc.add_heading("Ysgol David Hughes: Post-Inspection Action Plan", level=0)
    doc.add_paragraph("Cynllun Gweithredu Ôl-arolygiad")
    doc.add_paragraph("Estyn core inspection: 20–23 January 2025. Report published: 26 March 2025. "
                      "This plan addresses the three recommendations in the report and is monitored by the "
                      "Curriculum and Standards Committee of the governing body.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Approved by"]):
        set_cell(c, v, bold=True)
    for row in [("1.0", "12/05/2025", "Full Governing Body"),
                ("1.1", "06/10/2025", "Curriculum and Standards Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph("Allwedd / Key")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for letter, meaning in [("G", "On track"), ("A", "Some delay – action in hand"),
                            ("R", "Not on track"), ("C", "Complete")]:
        cells = k.add_row().cells
        set_cell(cells[0], letter, bold=True)
        shade(cells[0], RAGFILL[letter])
        set_cell(cells[1], meaning)
    for rec, actions in YDH:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Timescale", "Success criteria", "RAG"]):
            set_cell(c, v, bold=True)
            shade(c, "D9E2F3")
        for ref, action, lead, when, success, rag in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, when, success, rag]):
                set_cell(c, v)
            shade(cells[5], RAGFILL[rag])
    doc.add_paragraph()
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.cell(0, 0), "Headteacher: Mr D. Hughes-Owen")
    set_cell(s.cell(0, 1), "Date: 06/10/2025")
    set_cell(s.cell(1, 0), "Chair of Governors: Mrs E. Pritchard")
    set_cell(s.cell(1, 1), "Date: 06/10/2025")
    doc.save(p(YDH_FILE))


# ---------------------------------------------------------------------------
# 6. Cardinal Newman College - Ofsted post-inspection action plan (docx,
#    one long table, merged AFI rows, status words + key)
# ---------------------------------------------------------------------------
CNC_FILE = "zog-cardinal-newman-college-ofsted-post-inspection-action-plan.docx"

CNC = [
    ("AFI 1 – Leaders should ensure that all students on vocational study programmes take part in high-quality work experience that is relevant to their career aims.", [
        ("1.1", "Appoint a work experience co-ordinator for vocational programmes and set a target for every level 3 vocational student to complete a placement of at least 30 hours.",
         "Head of Careers and Work Experience", "December 2025", "90% of level 3 vocational students complete a relevant placement by June 2026.",
         "Co-ordinator in post from 1 September. 212 placements confirmed.", "On track"),
        ("1.2", "Develop employer-set projects in each vocational department.\nPilot in Health & Social Care and Business; extend to all vocational areas from January.",
         "AP Student Experience / Heads of Department", "End of summer term 2026", "Every vocational course includes at least one employer-set project.",
         "Pilot projects running. Employer capacity in Business is limited.", "Some slippage"),
    ]),
    ("AFI 2 – Leaders and managers should improve attendance at GCSE English and mathematics lessons for students who are retaking these qualifications.", [
        ("2.1", "Introduce same-day follow-up of absence from GCSE resit lessons by progress coaches, with parents and carers contacted after the first missed lesson.",
         "Director of English & Maths", "Sept 2025", "Resit attendance rises to 90%.", "In place from 8 September 2025.", "Complete"),
        ("2.2", "Set attendance targets of 90% for each resit group and review them at monthly curriculum performance meetings.",
         "J. Hartley & M. Rossi", "Monthly", "Attendance gap between resit and main programme lessons closes.",
         "Resit attendance 86% to end of October (84% same point last year).", "On track"),
        ("2.3", "Launch a resit recognition scheme in partnership with the Students’ Union.",
         "Head of Student Experience", "Feb 2026", "Student voice shows improved attitudes to resit lessons.", "", "Not started"),
    ]),
    ("AFI 3 – Teachers should ensure that the feedback they give on students’ written work in A-level subjects helps students to understand precisely what they need to do to improve.", [
        ("3.1", "Agree a college-wide feedback policy for A-level subjects and train all A-level teachers in its use on the October staff development day.",
         "Vice Principal – Curriculum & Quality", "October 2025", "Policy in use in all A-level subjects.", "Training delivered 17 October.", "Complete"),
        ("3.2", "Carry out termly work scrutiny in every A-level subject to check that feedback leads to improvement in students’ subsequent work.",
         "Heads of Department", "Termly", "Work scrutiny shows students act on feedback.", "First scrutiny scheduled for December.", "On track"),
    ]),
]

CNC_STATUS = {"On track": GREEN, "Some slippage": AMBER, "Significant concern": RED, "Complete": BLUE, "Not started": None}


def build_cnc():
    doc = Document()
    landscape(doc)
    doc.add_heading("Cardinal Newman College – Post-Inspection Action Plan 2025–26", level=0)
    doc.add_paragraph("Ofsted full inspection, 4–7 February 2025 (report published 14 March 2025)")
    doc.add_paragraph("This plan sets out the actions the college is taking in response to the areas for improvement "
                      "identified by inspectors. Progress is reviewed each term by the Quality and Standards Committee "
                      "of the Governing Body.")
    k = doc.add_table(rows=1, cols=5)
    k.style = "Table Grid"
    for c, (label, col) in zip(k.rows[0].cells, CNC_STATUS.items()):
        set_cell(c, label, bold=True)
        if col:
            shade(c, col)
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    hdr = ["Ref", "Actions", "Responsibility", "Completion date", "Measures of impact",
           "Progress update (November 2025)", "Status"]
    for c, v in zip(t.rows[0].cells, hdr):
        set_cell(c, v, bold=True)
        shade(c, "1F3864")
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(t.rows[0])
    for afi, actions in CNC:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[6])
        set_cell(merged, afi, bold=True)
        shade(merged, "D9E2F3")
        for ref, action, resp, when, impact, progress, status in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, resp, when, impact, progress, status]):
                set_cell(c, v)
            if CNC_STATUS[status]:
                shade(cells[6], CNC_STATUS[status])
    doc.add_paragraph()
    doc.add_paragraph("Plan owner: Vice Principal – Curriculum & Quality. Next review: Quality and Standards Committee, "
                      "February 2026.")
    doc.save(p(CNC_FILE))


# ---------------------------------------------------------------------------
# 7. Harmony Trust - trust improvement plan 2025-26 (tab-separated text
#    exported from Excel)
# ---------------------------------------------------------------------------
HARMONY_FILE = "zog-harmony-trust-trust-improvement-plan-2025-26.txt"

HARMONY = [
    ("Priority 1: Reading and early language – every pupil reads fluently by the end of Year 2", [
        ("1.1", "Implement the trust's validated systematic synthetic phonics programme with daily keep-up sessions in every Reception and Year 1 class.",
         "Director of Education", "Autumn term 2025", "B", "All schools delivering; keep-up sessions seen in 9 of 10 schools."),
        ("1.2", "Deliver fortnightly phonics coaching visits from the trust English lead to schools with Year 1 phonics screening check results below 80%.",
         "Trust English Lead", "Jul 2026", "G", "Visits under way in 4 schools."),
        ("1.3", "Introduce the NELI oral language programme for identified Reception pupils.",
         "Executive Headteachers", "Feb 2026", "A", "Staff trained in 6 schools; 4 schools waiting for cover to release staff."),
    ]),
    ("Priority 2: Inclusion and SEND – pupils with SEND achieve well and are included in the life of their school", [
        ("2.1", "Complete an external SEND review in every school and agree a school-level SEND action plan.",
         "Trust SENCo / Director of Inclusion", "31/03/2026", "G", "7 of 10 reviews complete."),
        ("2.2", "Open two trust-led enhanced resource bases for pupils with communication and interaction needs.",
         "CEO", "Sept 2026", "A", "Capital bid submitted to the local authority; decision expected in March."),
    ]),
    ("Priority 3: Attendance – persistent absence falls below the national average in every school", [
        ("3.1", "Introduce the trust attendance framework, with weekly attendance meetings in each school and half-termly trust analysis.",
         "Trust Attendance Lead", "Oct 2025", "B", "Framework launched October 2025."),
        ("3.2", "Recruit an early help attendance worker shared across the Oldham schools.",
         "Director of Inclusion", "Jan 2026", "R", "Funding agreed; no appointment made in December, post re-advertised."),
    ]),
    ("Priority 4: Workforce – recruit, develop and retain great staff", [
        ("4.1", "Launch the Harmony middle leadership programme for a first cohort of 24 leaders.",
         "Head of People & Development", "Nov 2025", "B", "Cohort 1 started 12 November."),
        ("4.2", "Run the annual staff wellbeing survey and publish a trust response plan.",
         "CEO / Head of HR", "Summer term 2026", "", ""),
        ("4.3", "Review the workload impact of the trust-wide assessment calendar with headteachers and staff unions.",
         "Director of Education", "Termly", "G", "First review held with the joint consultative committee in October."),
    ]),
]


def build_harmony():
    n = 6
    lines = [
        ["Harmony Trust – Trust Improvement Plan 2025-26"] + [""] * (n - 1),
        ["Approved by the Board of Trustees: 8 October 2025", "", "", "Review point: Spring 1 (February 2026)", "", ""],
        [""] * n,
        ["Key: B = complete, G = on track, A = at risk, R = off track"] + [""] * (n - 1),
        [""] * n,
        ["Ref", "Action", "Lead", "Milestone", "RAG", "Progress at Spring 1 review"],
    ]
    for prio, actions in HARMONY:
        lines.append([prio] + [""] * (n - 1))
        for a in actions:
            lines.append(list(a))
        lines.append([""] * n)
    with open(p(HARMONY_FILE), "w", encoding="utf-8", newline="") as f:
        for row in lines:
            assert not any("\t" in c or "\n" in c or '"' in c for c in row)
            f.write("\t".join(row) + "\r\n")


def main():
    build_coldingley()
    build_hiow()
    build_pdu()
    build_cumbria()
    build_ydh()
    build_cnc()
    build_harmony()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
