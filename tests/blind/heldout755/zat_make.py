#!/usr/bin/env python3
"""Build the seven zat- blind test files (set heldout755).

Run with /work/main/.venv/bin/python zat_make.py  (writes next to this script).
Each action tuple keeps what is shown in the file next to what a reader takes
from it (lead list, end month, status); zat_expected.py writes the
.expected.yaml files from the same data.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
HEAD = "1F3864"


def fill(c):
    return PatternFill(fill_type="solid", start_color=c, end_color=c)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. NHS Forth Valley - HIS maternity inspection improvement action plan (xlsx)
# ---------------------------------------------------------------------------
FV_FILE = "zat-nhs-forth-valley-his-forth-valley-royal-hospital-maternity-inspection-improvement-action-plan.xlsx"
FV_TITLE = "NHS Forth Valley – HIS Maternity Inspection Improvement Action Plan (Forth Valley Royal Hospital)"

FV_D2 = "Domain 2 – Leadership and culture"
FV_D41 = "Domain 4.1 – Pathways, procedures and policies"
FV_D43 = "Domain 4.3 – Workforce planning"
FV_R1 = ("Requirement 1: NHS Forth Valley must ensure that senior clinical leadership arrangements in the "
         "maternity unit are clearly defined, with a visible senior midwife in charge of the unit on every shift.")
FV_R2 = ("Requirement 2: NHS Forth Valley must ensure that intrapartum fetal monitoring is carried out and "
         "reviewed in line with national guidance, including hourly systematic \"fresh eyes\" reviews of "
         "cardiotocograph (CTG) recordings.")
FV_R3 = ("Requirement 3: NHS Forth Valley must ensure that medicines, including controlled drugs, are stored "
         "securely and that required checks are completed and recorded.")
FV_RA = ("Recommendation a: NHS Forth Valley should consider how the environment in maternity triage can be "
         "improved to protect women's privacy and dignity during assessment.")
FV_R4 = ("Requirement 4: NHS Forth Valley must ensure that all staff complete mandatory training, including "
         "multidisciplinary obstetric emergencies training (PROMPT) and newborn life support, and that "
         "compliance is monitored.")

# (ref, domain, requirement, action, timescale cell, lead cell, progress, fill,
#  expected lead list, end, end_text, status)
FV_ACTIONS = [
    ("1.1", FV_D2, FV_R1,
     "Confirm and publish the maternity unit senior leadership rota so that a Band 7 coordinator with no "
     "caseload is identified on every shift, including nights and weekends.",
     d(2025, 12, 31), "Head of Midwifery",
     "Rota in place from 1 December 2025; compliance reviewed weekly at the maternity safety huddle.",
     BLUE, ["Head of Midwifery"], "2025-12", None, "blue"),
    ("1.2", FV_D2, FV_R1,
     "Introduce a twice-daily maternity safety huddle attended by the labour ward coordinator, obstetric "
     "consultant on call and neonatal team, with a standard huddle record.",
     d(2026, 1, 31), "Clinical Director, Obstetrics and Gynaecology / Lead Midwife – Intrapartum Care",
     "Huddle running since 12 January 2026. Huddle record being tested on BadgerNet.",
     GREEN, ["Clinical Director, Obstetrics and Gynaecology", "Lead Midwife – Intrapartum Care"],
     "2026-01", None, "green"),
    ("2.1", FV_D41, FV_R2,
     "Re-launch the CTG fresh eyes proforma on BadgerNet and add a mandatory prompt at each hourly review.",
     d(2026, 2, 28), "Fetal Monitoring Lead Midwife",
     "Proforma change approved by the Digital Maternity Group; go-live planned 16 February 2026.",
     GREEN, ["Fetal Monitoring Lead Midwife"], "2026-02", None, "green"),
    ("2.2", FV_D41, FV_R2,
     "Undertake a monthly audit of 20 sets of intrapartum records for fresh eyes compliance and report "
     "results to the Maternity and Neonatal Governance Group.",
     "Monthly", "Maternity Quality and Safety Lead",
     "December audit 84% compliant; January audit 91% compliant.",
     GREEN, ["Maternity Quality and Safety Lead"], None, "Monthly", "green"),
    ("3.1", FV_D41, FV_R3,
     "Replace the lock on the labour ward treatment room and introduce a daily controlled drug and "
     "medicines fridge check, signed by two registered staff.",
     d(2025, 11, 30), "Senior Charge Midwife, Labour Ward",
     "Completed 21 November 2025. Checks audited by pharmacy monthly.",
     BLUE, ["Senior Charge Midwife, Labour Ward"], "2025-11", None, "blue"),
    ("a.1", FV_D41, FV_RA,
     "Install acoustic screening between the two triage assessment bays and review use of the triage "
     "waiting area as part of the maternity estates plan.",
     "June 2026", "Service Manager, Women and Children's Services",
     "Not yet started – awaiting capital approval.",
     None, ["Service Manager, Women and Children's Services"], "2026-06", None, "unrated"),
    ("4.1", FV_D43, FV_R4,
     "Schedule additional PROMPT sessions between January and March 2026 to bring multidisciplinary "
     "compliance to 90%.",
     "31 March 2026", "Practice Development Midwife",
     "Four additional sessions booked. Compliance 78% at 31 January 2026.",
     AMBER, ["Practice Development Midwife"], "2026-03", None, "amber"),
    ("4.2", FV_D43, FV_R4,
     "Add newborn life support compliance by staff group to the monthly maternity workforce dashboard.",
     d(2026, 1, 31), "Maternity Workforce Lead",
     "Included in the January 2026 dashboard.",
     BLUE, ["Maternity Workforce Lead"], "2026-01", None, "blue"),
]


def build_fv(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = FV_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Healthcare Improvement Scotland: Safe Delivery of Care Inspection – Maternity Services"
    ws["A2"].font = Font(italic=True)
    rows = [
        ("NHS board", "NHS Forth Valley"),
        ("Hospital / service", "Forth Valley Royal Hospital, Larbert – Maternity Unit"),
        ("Date of inspection", "10, 11 and 12 June 2025"),
        ("Date of report publication", "7 October 2025"),
        ("Executive lead", "Executive Nurse Director"),
        ("Action plan submitted to HIS", "4 November 2025"),
        ("This version", "Progress update for Clinical Governance Committee – 27 February 2026"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
        for c in (1, 2):
            ws.cell(i, c).border = BOX
    ws["A13"] = "Version control"
    ws["A13"].font = Font(bold=True)
    vc = [("Version", "Date", "Author", "Changes"),
          ("1.0", d(2025, 11, 4), "Head of Midwifery", "Action plan submitted to HIS"),
          ("1.1", d(2026, 1, 16), "Head of Midwifery", "Progress updates added"),
          ("1.2", d(2026, 2, 20), "Quality and Patient Safety Lead", "RAG reviewed; timescales confirmed")]
    for i, r in enumerate(vc, start=14):
        for j, v in enumerate(r, start=1):
            c = ws.cell(i, j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 14:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 62
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 36

    ap = wb.create_sheet("Improvement Action Plan")
    widths = [7, 48, 58, 16, 30, 46, 9]
    for i, w in enumerate(widths, start=1):
        ap.column_dimensions[get_column_letter(i)].width = w
    ap["A1"] = FV_TITLE
    ap["A1"].font = Font(bold=True, size=13)
    ap.merge_cells("A1:G1")
    ap["A2"] = ("Requirements are actions the NHS board must take to comply with national standards. "
                "Recommendations are areas where HIS considers the service should take action in line with "
                "best practice.")
    ap["A2"].alignment = WRAP
    ap.merge_cells("A2:G2")
    ap.row_dimensions[2].height = 30
    hdr = ["Ref", "Requirement / recommendation", "Action planned", "Timescale to meet action",
           "Responsibility for taking action", "Progress (February 2026)", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ap.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = WRAP
        c.border = BOX
    row = 5
    cur_dom = None
    cur_req = None
    req_start = None

    def close_req(end_row):
        if req_start is not None and end_row > req_start:
            ap.merge_cells(start_row=req_start, start_column=2, end_row=end_row, end_column=2)

    for a in FV_ACTIONS:
        ref, dom, req, text, tscale, lead, prog, colour = a[:8]
        if dom != cur_dom:
            close_req(row - 1)
            req_start = None
            cur_req = None
            c = ap.cell(row, 1, dom)
            c.font = Font(bold=True)
            for j in range(1, 8):
                ap.cell(row, j).fill = fill("E4DFEC")
                ap.cell(row, j).border = BOX
            ap.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
            cur_dom = dom
            row += 1
        if req != cur_req:
            close_req(row - 1)
            ap.cell(row, 2, req)
            req_start = row
            cur_req = req
        ap.cell(row, 1, ref)
        ap.cell(row, 3, text)
        c = ap.cell(row, 4, tscale)
        if isinstance(tscale, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        ap.cell(row, 5, lead)
        ap.cell(row, 6, prog)
        if colour:
            ap.cell(row, 7).fill = fill(colour)
        for j in range(1, 8):
            ap.cell(row, j).alignment = WRAP
            ap.cell(row, j).border = BOX
        row += 1
    close_req(row - 1)
    row += 1
    ap.cell(row, 1, "Summary").font = Font(bold=True)
    ap.cell(row, 2, "Total actions: 8")
    ap.cell(row + 1, 2, "Complete: 3")
    ap.cell(row + 2, 2, "On track: 3")
    ap.cell(row + 3, 2, "At risk: 1")
    ap.cell(row + 4, 2, "Not started: 1")
    ap.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG status key"
    key["A1"].font = Font(bold=True)
    kk = [(BLUE, "Complete – evidence of completion provided"),
          (GREEN, "On track to meet timescale"),
          (AMBER, "At risk – may not meet timescale"),
          (RED, "Timescale not met"),
          (None, "No colour – not started")]
    for i, (col, txt) in enumerate(kk, start=3):
        if col:
            key.cell(i, 1).fill = fill(col)
        key.cell(i, 1).border = BOX
        key.cell(i, 2, txt)
    key.column_dimensions["A"].width = 10
    key.column_dimensions["B"].width = 50
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. NHS Hertfordshire and West Essex ICB - Board Assurance Framework (xlsx)
# ---------------------------------------------------------------------------
HWE_FILE = "zat-nhs-hertfordshire-and-west-essex-icb-board-assurance-framework-2025-26.xlsx"
HWE_TITLE = "NHS Hertfordshire and West Essex Integrated Care Board – Board Assurance Framework 2025/26"

HWE_RISKS = [
    {
        "head": "BAF1 – Urgent and emergency care capacity and flow",
        "desc": ("If demand for urgent and emergency care continues to exceed capacity across acute, community, "
                 "mental health and ambulance services in Hertfordshire and west Essex, then patients will "
                 "experience long waits and ambulance handover delays, resulting in avoidable harm and failure "
                 "to meet the 78% four-hour standard."),
        "so": "SO2 – Improve access to health and care services and reduce waiting times",
        "lead": "Chief Operating Officer / Performance and Finance Committee",
        "score": "Inherent 5 x 4 = 20 | Current 4 x 4 = 16 | Target 3 x 4 = 12",
        "controls": ("System UEC Board and winter plan 2025/26; daily system control centre calls; OPEL "
                     "escalation framework; 45-minute ambulance handover release protocol."),
        "gaps": ("Variable use of alternatives to ED (urgent community response, virtual wards) across the three "
                 "places; no single system view of community bed capacity; mental health 12-hour waits in ED "
                 "not consistently reported."),
        "actions": [
            ("1.1", "Implement a single point of access for urgent community response and virtual wards in each "
                    "of the three places, with direct referral from EEAST crews.",
             "Director of Urgent and Emergency Care", d(2025, 9, 30), d(2025, 12, 31),
             "SPoA live in West Essex and East and North Herts; South and West Herts go-live moved to December "
             "because of clinical system integration.", "Some slippage", AMBER,
             ["Director of Urgent and Emergency Care"], "2025-12", None, "amber"),
            ("1.2", "Commission a system-wide community bed capacity dashboard through the HWE data platform.",
             "Head of Business Intelligence / Deputy Director of Commissioning", d(2025, 10, 31), None,
             "Dashboard live from 20 October 2025 and used at system control centre calls.", "Complete", BLUE,
             ["Head of Business Intelligence", "Deputy Director of Commissioning"], "2025-10", None, "blue"),
            ("1.3", "Agree a mental health crisis alternatives plan with HPFT and EPUT to reduce 12-hour waits "
                    "in ED for people in mental health crisis.",
             "Barrett, Fiona", d(2026, 3, 31), None,
             "Draft plan discussed at the Mental Health, Learning Disability and Autism Collaborative in "
             "October 2025.", "On track", GREEN,
             ["Barrett, Fiona"], "2026-03", None, "green"),
        ],
    },
    {
        "head": "BAF2 – Delivery of the 2025/26 financial plan",
        "desc": ("If the ICB and system partners do not deliver the efficiency programme and control "
                 "expenditure on continuing healthcare and prescribing, then the system will not achieve its "
                 "2025/26 breakeven plan, resulting in loss of deficit support funding and further national "
                 "intervention."),
        "so": "SO5 – Use our collective resources to deliver value for money",
        "lead": "Chief Finance Officer / Performance and Finance Committee",
        "score": "Inherent 5 x 4 = 20 | Current 5 x 4 = 20 | Target 3 x 4 = 12",
        "controls": ("System financial plan agreed by all partner boards; monthly System Finance Group; "
                     "Executive Committee grip and control measures; NHS England monthly financial reporting."),
        "gaps": ("Efficiency schemes not fully identified for months 7–12; continuing healthcare spend above "
                 "plan; limited assurance on provider recovery actions."),
        "actions": [
            ("2.1", "Deliver the 2025/26 system efficiency programme, with monthly tracking of scheme delivery "
                    "by organisation at the System Finance Group.",
             "Chief Finance Officer", d(2026, 3, 31), None,
             "£41.2m delivered at month 6 against a year-to-date plan of £47.0m; recovery actions agreed with "
             "providers.", None, AMBER,
             ["Chief Finance Officer"], "2026-03", None, "amber"),
            ("2.2", "Complete the review of continuing healthcare (CHC) packages over £3,000 per week and "
                    "implement the revised brokerage process.",
             "Director of All Age Continuing Care", d(2025, 8, 31), None,
             "Review of 212 packages 60% complete; brokerage process not yet implemented. Escalated to "
             "Executive Committee.", "Off track", RED,
             ["Director of All Age Continuing Care"], "2025-08", None, "red"),
            ("2.3", "Implement a vacancy control and non-pay spend panel across the ICB and report savings "
                    "monthly.",
             "Chief Finance Officer / Chief People Officer", d(2025, 6, 30), None,
             "Panel operating since June 2025.", "Complete", BLUE,
             ["Chief Finance Officer", "Chief People Officer"], "2025-06", None, "blue"),
        ],
    },
    {
        "head": "BAF3 – Organisational change: ICB clustering and running cost reduction",
        "desc": ("If the transition to the clustered Central East ICB and the 50% reduction in running costs "
                 "are not managed safely, then statutory functions may be lost or delayed and staff wellbeing "
                 "and retention will suffer, resulting in weaker commissioning and oversight during 2025/26."),
        "so": "SO6 – Be a well-led organisation and a great place to work",
        "lead": "Chief People Officer / People Committee",
        "score": "Inherent 4 x 4 = 16 | Current 4 x 4 = 16 | Target 2 x 4 = 8",
        "controls": ("Transition programme board; national ICB model blueprint; joint executive team with BLMK "
                     "and C&P ICBs; staff partnership forum."),
        "gaps": ("National redundancy funding not confirmed; functions and responsibilities not yet mapped to "
                 "the new structure; staff survey indicators of low morale."),
        "actions": [
            ("3.1", "Deliver the staff consultation on the clustered ICB structure with Bedfordshire, Luton and "
                    "Milton Keynes ICB and Cambridgeshire and Peterborough ICB.",
             "Chief People Officer", d(2025, 12, 31), d(2026, 2, 28),
             "Consultation timetable revised following national guidance on redundancy funding.",
             "Some slippage", AMBER,
             ["Chief People Officer"], "2026-02", None, "amber"),
            ("3.2", "Map all statutory functions and delegated commissioning responsibilities to named teams in "
                    "the new structure, with a transition risk log.",
             "Associate Director of Corporate Affairs", d(2026, 1, 31), None,
             "Functions mapping 70% complete.", "On track", GREEN,
             ["Associate Director of Corporate Affairs"], "2026-01", None, "green"),
            ("3.3", "Provide health and wellbeing support and career coaching for staff at risk, including "
                    "employee assistance programme sessions and outplacement support.",
             "Head of Organisational Development and Staff Wellbeing", d(2026, 3, 31), None,
             "Wellbeing offer launched 1 October 2025; 146 staff have accessed coaching.", "On track", GREEN,
             ["Head of Organisational Development and Staff Wellbeing"], "2026-03", None, "green"),
        ],
    },
]


def build_hwe(path):
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = HWE_TITLE
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Quarter 2 position (to 30 September 2025) – ICB Board meeting in public, 27 November 2025"
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Comments"),
          ("2.0", d(2025, 7, 15), "Head of Governance and Risk", "Q1 position agreed by Audit and Risk Committee"),
          ("3.0", d(2025, 11, 4), "Head of Governance and Risk", "Q2 updates from executive leads"),
          ("3.1", d(2025, 11, 13), "Associate Director of Corporate Affairs", "Committee comments incorporated")]
    for i, r in enumerate(dc, start=5):
        for j, v in enumerate(r, start=1):
            c = cv.cell(i, j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 5:
                c.font = Font(bold=True)
    cv["A11"] = "Risk scoring"
    cv["A11"].font = Font(bold=True)
    cv["A12"] = ("Score = Likelihood (1–5) x Impact (1–5). 1–6 Low; 8–12 Moderate; 15–16 High; "
                 "20–25 Extreme.")
    cv["A14"] = "Action status key"
    cv["A14"].font = Font(bold=True)
    keys = [("Complete", BLUE, "Action delivered and evidence received"),
            ("On track", GREEN, "Action progressing to agreed date"),
            ("Some slippage", AMBER, "Revised date agreed by executive lead"),
            ("Off track", RED, "Action overdue with no agreed recovery date")]
    for i, (w, col, m) in enumerate(keys, start=15):
        c = cv.cell(i, 1, w)
        c.fill = fill(col)
        c.border = BOX
        cv.cell(i, 2, m).border = BOX
    cv.column_dimensions["A"].width = 18
    cv.column_dimensions["B"].width = 46
    cv.column_dimensions["C"].width = 36
    cv.column_dimensions["D"].width = 44

    sm = wb.create_sheet("Summary")
    sm["A1"] = "BAF summary – Q2 2025/26"
    sm["A1"].font = Font(bold=True, size=12)
    sh = ["BAF ref", "Principal risk", "Executive lead", "Assuring committee", "Inherent score", "Q1 score",
          "Q2 score", "Target score", "Movement"]
    for j, h in enumerate(sh, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.border = BOX
        c.alignment = WRAP
    srows = [("BAF1", "Urgent and emergency care capacity and flow", "Chief Operating Officer",
              "Performance and Finance Committee", 20, 16, 16, 12, "↔"),
             ("BAF2", "Delivery of the 2025/26 financial plan", "Chief Finance Officer",
              "Performance and Finance Committee", 20, 16, 20, 12, "↑"),
             ("BAF3", "Organisational change: ICB clustering and running cost reduction", "Chief People Officer",
              "People Committee", 16, 12, 16, 8, "↑")]
    for i, r in enumerate(srows, start=4):
        for j, v in enumerate(r, start=1):
            c = sm.cell(i, j, v)
            c.border = BOX
            c.alignment = WRAP
            if j == 7:
                c.fill = fill(RED if v >= 15 else AMBER)
    sm["A8"] = "3 principal risks; 2 risks scored above target and outside risk appetite at Q2."
    for j, w in enumerate([9, 44, 24, 30, 10, 9, 9, 10, 10], start=1):
        sm.column_dimensions[get_column_letter(j)].width = w

    bd = wb.create_sheet("BAF detail")
    for j, w in enumerate([22, 52, 30, 13, 13, 46, 14], start=1):
        bd.column_dimensions[get_column_letter(j)].width = w
    bd["A1"] = "Board Assurance Framework 2025/26 – detailed risk profiles (Q2)"
    bd["A1"].font = Font(bold=True, size=12)
    row = 3
    for rk in HWE_RISKS:
        c = bd.cell(row, 1, rk["head"])
        c.font = Font(bold=True, color="FFFFFF", size=12)
        for j in range(1, 8):
            bd.cell(row, j).fill = fill(HEAD)
        bd.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        row += 1
        for label, key in [("Risk description", "desc"), ("Strategic objective", "so"),
                           ("Executive lead / committee", "lead"), ("Risk score (L x I)", "score"),
                           ("Key controls", "controls"), ("Gaps in control / assurance", "gaps")]:
            lc = bd.cell(row, 1, label)
            lc.font = Font(bold=True)
            lc.fill = fill("D9E1F2")
            lc.alignment = WRAP
            vc_ = bd.cell(row, 2, rk[key])
            vc_.alignment = WRAP
            bd.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
            for j in range(1, 8):
                bd.cell(row, j).border = BOX
            if key in ("desc", "controls", "gaps"):
                bd.row_dimensions[row].height = 45
            row += 1
        ah = ["Ref", "Action to address gaps", "Action owner", "Original due date", "Revised due date",
              "Progress update (Q2)", "Status"]
        for j, h in enumerate(ah, start=1):
            c = bd.cell(row, j, h)
            c.font = Font(bold=True)
            c.fill = fill("BDD7EE")
            c.border = BOX
            c.alignment = WRAP
        row += 1
        for a in rk["actions"]:
            ref, text, owner, orig, rev, prog, status, colour = a[:8]
            vals = [ref, text, owner, orig, rev, prog, status]
            for j, v in enumerate(vals, start=1):
                c = bd.cell(row, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            bd.cell(row, 7).fill = fill(colour)
            row += 1
        row += 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. West Midlands Ambulance Service - PSII safety action plan (csv)
# ---------------------------------------------------------------------------
WMAS_FILE = "zat-west-midlands-ambulance-service-psii-fallen-patient-long-wait-safety-action-plan.csv"
WMAS_TITLE = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"

WMAS_SR1 = ("SR1: The Trust should strengthen how welfare call-backs are prioritised for patients who have "
            "fallen and cannot get up, so that deterioration during a long wait is recognised and escalated.")
WMAS_SR2 = ("SR2: The Trust should work with Integrated Care Boards and local authority partners to increase "
            "access to non-injured falls response, so that ambulance resources are kept for patients who need "
            "them.")
WMAS_SR3 = ("SR3: The Trust should ensure that Emergency Operations Centre staff are supported to escalate "
            "when the clinical validation queue exceeds safe levels.")

# (sr, ref, action, owner, target, measure, status, update, leads, end, end_text, rag)
WMAS_ACTIONS = [
    (WMAS_SR1, "SA1.1",
     "Amend the welfare call-back standard operating procedure so that patients on the floor receive a "
     "call-back at least every 60 minutes, with clinical re-triage at each contact.",
     "Head of Clinical Assessment Service", "30/09/2025",
     "SOP version 4 published; monthly audit of 50 long-lie calls shows ≥90% call-back compliance",
     "Complete", "SOP v4 published 22/09/2025.\nFirst audit (October) 93% compliance.",
     ["Head of Clinical Assessment Service"], "2025-09", None, "blue"),
    (WMAS_SR1, "SA1.2",
     "Add a \"long lie\" flag to the CAD so that calls where a patient has been on the floor for more than "
     "2 hours are highlighted to the clinical navigator.",
     "EOC Systems Manager / Clinical Navigator Lead", "Dec-25",
     "Flag live on CAD; number of flagged calls reviewed per shift",
     "On track", "Change request approved; testing in November.",
     ["EOC Systems Manager", "Clinical Navigator Lead"], "2025-12", None, "green"),
    (WMAS_SR1, "SA1.3",
     "Deliver a training module for call handlers on recognising deterioration in fallen patients (pressure "
     "damage, hypothermia, rhabdomyolysis).",
     "Education and Training Manager (EOC)", "31/01/2026",
     "90% of call handlers complete the module",
     "On track", "Module drafted and reviewed by the Consultant Paramedic.",
     ["Education and Training Manager (EOC)"], "2026-01", None, "green"),
    (WMAS_SR2, "SA2.1",
     "Extend the falls response partnership with the community falls response service in the Black Country "
     "to Birmingham and Solihull, including direct tasking from the EOC.",
     "Rachel Okafor and Daniel Price", "Q4 2025/26",
     "Number of falls calls passed to falls response partners each month",
     "Amber – at risk",
     "Funding agreed in BSol; Black Country provider capacity limited until recruitment completes.",
     ["Rachel Okafor", "Daniel Price"], "2026-03", None, "amber"),
    (WMAS_SR2, "SA2.2",
     "Agree a shared falls pathway data set with the three ICBs, reported quarterly to the Patient Safety "
     "and Learning Group.",
     "Head of Integrated Care", "31/03/2026",
     "Quarterly falls pathway report received",
     "Not started", "",
     ["Head of Integrated Care"], "2026-03", None, "unrated"),
    (WMAS_SR3, "SA3.1",
     "Introduce a clinical validation queue escalation trigger in the EOC surge management plan, with a "
     "named Clinical Supervisor accountable for each shift.",
     "Head of EOC", "31/10/2025",
     "Escalation trigger in surge plan; compliance checked in weekly EOC performance review",
     "Complete", "Surge management plan v7 approved 17/10/2025.",
     ["Head of EOC"], "2025-10", None, "blue"),
    (WMAS_SR3, "SA3.2",
     "Share the learning from this PSII with all EOC teams through a Learning from Events bulletin and "
     "team briefings.",
     "Patient Safety Partner / Patient Safety Specialist (EOC)", "30/11/2025",
     "Bulletin issued; briefings recorded for all EOC watches",
     "On track", "Bulletin drafted, to be co-produced with the Patient Safety Partner.",
     ["Patient Safety Partner", "Patient Safety Specialist (EOC)"], "2025-11", None, "green"),
]


def build_wmas(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 8
    pad = [""] * (n - 1)
    w.writerow(["West Midlands Ambulance Service University NHS Foundation Trust"] + pad)
    w.writerow([WMAS_TITLE] + pad)
    w.writerow(["PSII reference: WMAS/PSII/2025/011 – prolonged wait for a Category 3 response to an older "
                "person who had fallen at home"] + pad)
    w.writerow(["Plan approved by the Patient Safety and Learning Group on 14/08/2025. Updates as at "
                "31/10/2025."] + pad)
    w.writerow([""] * n)
    w.writerow(["Safety recommendation", "Action ref", "Safety action", "Action owner", "Target date",
                "Measure of effectiveness", "Status", "Update"])
    last_sr = None
    for a in WMAS_ACTIONS:
        sr, ref, text, owner, target, measure, status, update = a[:8]
        w.writerow([sr if sr != last_sr else "", ref, text, owner, target, measure, status, update])
        last_sr = sr
    w.writerow([""] * n)
    w.writerow(["Total safety actions: 7 (Complete 2; On track 3; Amber 1; Not started 1)"] + pad)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 4. Tees, Esk and Wear Valleys NHSFT - quality account priorities tracker (txt)
# ---------------------------------------------------------------------------
TEWV_FILE = "zat-tees-esk-and-wear-valleys-nhsft-quality-account-priorities-tracker-2025-26.txt"
TEWV_TITLE = "Quality Account 2025/26 – Quality Priorities Progress Tracker"

TEWV_P1 = ("PRIORITY 1 – PATIENT SAFETY: Reduce the use of restrictive practices on our adult and older "
           "people's inpatient wards")
TEWV_P2 = ("PRIORITY 2 – CLINICAL EFFECTIVENESS: Improve physical health checks for people with severe mental "
           "illness in our community services")
TEWV_P3 = "PRIORITY 3 – PATIENT EXPERIENCE: Involve carers and families in care planning"

TEWV_PRIORITIES = [
    (TEWV_P1, "Chief Nurse", "20% reduction in prone restraint and seclusion episodes compared with 2024/25"),
    (TEWV_P2, "Medical Director", "75% of people on CMHT caseloads receive all six physical health checks"),
    (TEWV_P3, "Chief Nurse", "80% of inpatient admissions have carer details and consent to share recorded"),
]

# (priority, ref, action, lead, due, status, update lines, leads, end, end_text, rag)
TEWV_ACTIONS = [
    (TEWV_P1, "1.1", "Roll out the Safewards model to the remaining 6 adult and older people's wards.",
     "Associate Director of Nursing (Inpatients)", "31/12/2025", "Green",
     ["4 of 6 wards have completed Safewards training; remaining 2 scheduled for November."],
     ["Associate Director of Nursing (Inpatients)"], "2025-12", None, "green"),
    (TEWV_P1, "1.2", "Introduce post-incident debriefs with patients within 72 hours of any restraint or "
                     "seclusion episode.",
     "Reducing Restrictive Practice Lead", "Q3 2025/26", "Amber",
     ["Debrief template agreed. Completion rate 58% in September; target 80%.",
      "Ward managers asked to record debriefs in the CITO record."],
     ["Reducing Restrictive Practice Lead"], "2025-12", None, "amber"),
    (TEWV_P1, "1.3", "Report restrictive practice data by ward and by ethnicity to the Quality Assurance "
                     "Committee each quarter.",
     "Head of Patient Safety / Head of Quality Data", "Ongoing – quarterly", "Green",
     ["Q1 and Q2 reports received."],
     ["Head of Patient Safety", "Head of Quality Data"], None, "Ongoing – quarterly", "green"),
    (TEWV_P2, "2.1", "Complete the six physical health checks (BMI, blood pressure, blood glucose, "
                     "cholesterol, smoking status, alcohol use) for 75% of people on the caseload of community "
                     "mental health teams.",
     "Deputy Medical Director (Physical Health)", "31/03/2026", "Amber",
     ["61% at end of Q2 (Q1 54%). Durham and Darlington teams below trajectory."],
     ["Deputy Medical Director (Physical Health)"], "2026-03", None, "amber"),
    (TEWV_P2, "2.2", "Train Health Care Assistants in all community mental health hubs to carry out ECGs "
                     "and phlebotomy.",
     "Dr Amina Rahman and Claire Whitfield", "January 2026", "Green",
     ["38 of 52 HCAs trained and signed off as competent."],
     ["Dr Amina Rahman", "Claire Whitfield"], "2026-01", None, "green"),
    (TEWV_P2, "2.3", "Launch a physical health dashboard for team leaders showing outstanding checks by "
                     "patient.",
     "Head of Business Intelligence", "30/09/2025", "Complete",
     ["Dashboard launched 15 September 2025."],
     ["Head of Business Intelligence"], "2025-09", None, "blue"),
    (TEWV_P3, "3.1", "Complete the Triangle of Care stage 2 self-assessment for all community teams.",
     "Carer Engagement Lead", "31/03/2026", "Green",
     ["11 of 19 teams have submitted self-assessments."],
     ["Carer Engagement Lead"], "2026-03", None, "green"),
    (TEWV_P3, "3.2", "Record carer details and consent to share information in the electronic patient record "
                     "for 80% of inpatient admissions.",
     "Associate Director of Nursing (Inpatients)", "31/12/2025", "Red",
     ["52% at September. EPR form change delayed by the CITO supplier; manual workaround agreed."],
     ["Associate Director of Nursing (Inpatients)"], "2025-12", None, "red"),
]


def build_tewv(path):
    L = []
    L.append("Tees, Esk and Wear Valleys NHS Foundation Trust")
    L.append(TEWV_TITLE)
    L.append("Quality Assurance Committee, 4 December 2025 – position at end of Quarter 2 (30 September 2025)")
    L.append("Exported from InPhase 24/11/2025 09:14")
    L.append("")
    L.append("Status key: Green = on track | Amber = some risk to delivery | Red = off track | "
             "Complete = delivered and evidence received")
    L.append("")
    bar = "=" * 72
    for pr, exec_lead, measure in TEWV_PRIORITIES:
        L.append(bar)
        L.append(pr)
        L.append("Executive lead: " + exec_lead)
        L.append("Measure: " + measure)
        L.append(bar)
        L.append("")
        for a in TEWV_ACTIONS:
            if a[0] != pr:
                continue
            _, ref, text, lead, due, status, upd = a[:7]
            L.append(f"{ref:<5}Action:  {text}")
            L.append(f"     Lead:    {lead}")
            L.append(f"     Due:     {due}")
            L.append(f"     Status:  {status}")
            L.append(f"     Update:  {upd[0]}")
            for more in upd[1:]:
                L.append(f"              {more}")
            L.append("")
    L.append("-" * 72)
    L.append("Summary: 8 actions | Complete 1 | Green 4 | Amber 2 | Red 1")
    L.append("End of report")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------------------
# 5. Betsi Cadwaladr UHB - HIW Wrexham Maelor ED improvement plan (docx)
# ---------------------------------------------------------------------------
BCU_FILE = "zat-betsi-cadwaladr-uhb-hiw-wrexham-maelor-hospital-emergency-department-improvement-plan.docx"
BCU_TITLE = "HIW Improvement Plan – Wrexham Maelor Hospital Emergency Department"
BCU_APPB = "Appendix B – Immediate improvement plan"
BCU_APPC = "Appendix C – Improvement plan"

# (appendix, finding, improvement needed, standard, service action, officer, timescale, status,
#  leads, end, end_text, rag)
BCU_ACTIONS = [
    (BCU_APPB,
     "Expired medicines were found in the majors treatment room medicine cupboard, including two boxes of "
     "adrenaline ampoules.",
     "The health board must ensure that medicines are in date and that stock checks are completed and "
     "recorded.",
     "Safe",
     "All medicine cupboards checked and expired stock removed on 7 November 2024. Weekly pharmacy top-up "
     "and expiry check introduced for all ED clinical areas, recorded on the ward medicines check sheet.",
     "ED Matron / Lead Pharmacist – Emergency Medicine", "15/11/2024", "Complete",
     ["ED Matron", "Lead Pharmacist – Emergency Medicine"], "2024-11", None, "blue"),
    (BCU_APPB,
     "Intravenous fluids were stored out of their original outer packaging on open shelving in the "
     "resuscitation area.",
     "The health board must ensure that IV fluids are stored in line with the manufacturer's instructions "
     "and health board policy.",
     "Safe",
     "IV fluids returned to original packaging and stored in closed cupboards. Storage audit added to the "
     "monthly ED medicines management audit.",
     "ED Matron", "29/11/2024", "Complete",
     ["ED Matron"], "2024-11", None, "blue"),
    (BCU_APPC,
     "Not all patients were triaged within 15 minutes of arrival; the median time to triage during the "
     "inspection was 34 minutes.",
     "The health board must ensure that patients are triaged within 15 minutes of arrival in line with "
     "national guidance.",
     "Timely",
     "Introduce a dedicated triage nurse on every shift, protected from other duties, and open a second "
     "triage room between 10:00 and 22:00.",
     "Head of Nursing, Emergency Department", "31/03/2025", "Complete",
     ["Head of Nursing, Emergency Department"], "2025-03", None, "blue"),
    (BCU_APPC,
     "Repeat observations were not consistently carried out or recorded for patients waiting in the "
     "department.",
     "The health board must ensure that repeat observations are undertaken at the frequency set by the "
     "NEWS2 score and are recorded in the electronic record.",
     "Safe",
     "1. Configure Symphony to alert when observations are overdue.\n"
     "2. Introduce hourly 'comfort and observation' rounds in the waiting room and corridor areas.\n"
     "3. Audit 20 records each month and report results to the ED governance meeting.",
     "Clinical Director, Emergency Medicine / Head of Nursing, Emergency Department", "30/06/2025", "On track",
     ["Clinical Director, Emergency Medicine", "Head of Nursing, Emergency Department"], "2025-06", None,
     "green"),
    (BCU_APPC,
     "Specialist doctors' assessments were recorded on paper, separate from the electronic record, making it "
     "difficult to see a full overview of care.",
     "The health board should ensure that all clinical documentation for patients in the ED is held in a "
     "single record.",
     "Effective",
     "Extend Symphony access and training to the medical and surgical specialty teams that review patients "
     "in the ED, and withdraw paper specialty assessment sheets.",
     "Digital Health Lead (East)", "End of September 2025", "On track",
     ["Digital Health Lead (East)"], "2025-09", None, "green"),
    (BCU_APPC,
     "Some patients spent more than 36 hours in the department awaiting an inpatient bed.",
     "The health board must continue to work with partners to improve patient flow and reduce the length of "
     "time patients spend in the ED.",
     "Timely",
     "Implement the Wrexham Maelor patient flow improvement programme, including criteria-led discharge on "
     "medical wards, a 7-day discharge lounge and twice-daily board rounds.",
     "Hospital Director – Wrexham Maelor", "March 2026", "Amber",
     ["Hospital Director – Wrexham Maelor"], "2026-03", None, "amber"),
    (BCU_APPC,
     "Patients and relatives told us they were not kept informed of expected waiting times.",
     "The health board should ensure that patients are kept informed of waiting times and of where they are "
     "in the process.",
     "Person-centred",
     "Install digital waiting time displays in the main and paediatric waiting areas, updated hourly by the "
     "nurse in charge.",
     "ED Operational Manager", "31 July 2025", "Not started",
     ["ED Operational Manager"], "2025-07", None, "unrated"),
    (BCU_APPC,
     "Staff compliance with mandatory safeguarding training was 71%.",
     "The health board must ensure that all staff complete mandatory training, including safeguarding level "
     "3 where required by their role.",
     "Safe",
     "Provide protected training time on the ED roster and monitor compliance monthly through the ED "
     "performance review.",
     "Head of Nursing, Emergency Department", "Ongoing – monthly review", "On track",
     ["Head of Nursing, Emergency Department"], None, "Ongoing – monthly review", "green"),
]


def _set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def _landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


def build_bcu(path):
    doc = docx.Document()
    _landscape(doc)
    doc.add_paragraph("Betsi Cadwaladr University Health Board / Bwrdd Iechyd Prifysgol Betsi Cadwaladr")
    doc.add_heading(BCU_TITLE, level=1)
    doc.add_paragraph("Unannounced inspection 4, 5 and 6 November 2024. Report published 13 February 2025. "
                      "Progress position at 30 May 2025 for the Quality, Safety and Experience Committee.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service:", "Wrexham Maelor Hospital – Emergency Department"),
                 ("Health board:", "Betsi Cadwaladr University Health Board"),
                 ("Date of inspection:", "4–6 November 2024"),
                 ("Executive lead:", "Executive Director of Nursing and Midwifery"),
                 ("Plan owner:", "Director of Nursing, Integrated Health Community (East)")]:
        r = t.add_row().cells
        _set_cell(r[0], k, bold=True)
        _set_cell(r[1], v)

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our inspection. "
                      "Due to the impact/potential impact on patient care and treatment these concerns needed "
                      "to be addressed straight away, during the inspection.")
    ta = doc.add_table(rows=1, cols=4)
    ta.style = "Table Grid"
    for c, h in zip(ta.rows[0].cells, ["Immediate concerns identified",
                                       "Impact/potential impact on patient care and treatment",
                                       "How HIW escalated the concern", "How the concern was resolved"]):
        _set_cell(c, h, bold=True)
    r = ta.add_row().cells
    for c, v in zip(r, ["A resuscitation trolley in the paediatric area had not been checked for four days.",
                        "Equipment may not be available or in date in an emergency.",
                        "Raised with the nurse in charge.",
                        "The trolley was checked and restocked immediately and added to the daily check "
                        "rota."]):
        _set_cell(c, v)

    hdr = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale", "Status (May 2025)"]

    def plan_table(app):
        tb = doc.add_table(rows=1, cols=len(hdr))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, hdr):
            _set_cell(c, h, bold=True)
        for a in BCU_ACTIONS:
            if a[0] != app:
                continue
            cells = tb.add_row().cells
            for c, v in zip(cells, a[1:8]):
                _set_cell(c, v)
        return tb

    doc.add_heading(BCU_APPB, level=2)
    doc.add_paragraph("Service: Wrexham Maelor Hospital Emergency Department. The immediate improvement plan was "
                      "returned to HIW on 29 November 2024.")
    plan_table(BCU_APPB)
    doc.add_paragraph("")
    ts = doc.add_table(rows=0, cols=2)
    ts.style = "Table Grid"
    for k, v in [("Service representative", ""), ("Name (print):", "Gareth Hughes"),
                 ("Job role:", "Director of Nursing, Integrated Health Community (East)"),
                 ("Date:", "29 November 2024")]:
        r = ts.add_row().cells
        _set_cell(r[0], k, bold=True)
        _set_cell(r[1], v)

    doc.add_heading(BCU_APPC, level=2)
    doc.add_paragraph("The table below includes the other improvements identified during the inspection, with "
                      "the actions the health board is taking to address them.")
    plan_table(BCU_APPC)
    doc.add_paragraph("")
    doc.add_paragraph("Status: Complete – action delivered; On track – progressing to timescale; Amber – risk "
                      "to timescale; Not started.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Beccles Medical Centre - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
BEC_FILE = "zat-beccles-medical-centre-cqc-inspection-action-plan.docx"
BEC_TITLE = "Beccles Medical Centre – CQC Inspection Action Plan"
BEC_S1 = "Section 1: Must do – Requirement notice, Regulation 12 (Safe care and treatment)"
BEC_S2 = "Section 2: Must do – Requirement notice, Regulation 17 (Good governance)"
BEC_S3 = "Section 3: Should do"
BEC_F1 = ("The practice must ensure that patients prescribed high-risk medicines receive the required "
          "monitoring before prescriptions are issued.")

# (section, no, what CQC told us, action, lead, by when, status, leads, end, end_text, rag)
BEC_ACTIONS = [
    (BEC_S1, "M1", BEC_F1,
     "Run weekly searches for patients on DMARDs, lithium and warfarin and contact any patient overdue "
     "monitoring before the next prescription is authorised.",
     "Dr H. Ashworth (Prescribing Lead GP)", "31/03/2025", "Complete",
     ["Dr H. Ashworth (Prescribing Lead GP)"], "2025-03", None, "blue"),
    (BEC_S1, "M2", BEC_F1,
     "Add a monitoring alert to the clinical system for every patient on a high-risk medicine and audit 30 "
     "records each quarter.",
     "Clinical Pharmacist / Dr H. Ashworth (Prescribing Lead GP)", "30/06/2025", "Complete",
     ["Clinical Pharmacist", "Dr H. Ashworth (Prescribing Lead GP)"], "2025-06", None, "blue"),
    (BEC_S1, "M3",
     "The practice must ensure that safety alerts (MHRA and CAS) are acted on and that historic alerts are "
     "reviewed.",
     "Create a safety alerts log recording the searches run, patients identified and action taken, reviewed "
     "at the monthly clinical meeting.",
     "Clinical Pharmacist", "End of May 2025", "Complete",
     ["Clinical Pharmacist"], "2025-05", None, "blue"),
    (BEC_S1, "M4",
     "The practice must ensure that emergency medicines and equipment are checked and that the risk of not "
     "stocking recommended emergency medicines is assessed.",
     "Complete a risk assessment for the emergency medicines not held and add oxygen and defibrillator checks "
     "to the weekly nurse checklist.",
     "Nurse Manager / Practice Manager", "30/04/2025", "Complete",
     ["Nurse Manager", "Practice Manager"], "2025-04", None, "blue"),
    (BEC_S2, "M5",
     "The practice must ensure that there are effective systems to monitor staff training, including "
     "safeguarding and infection prevention and control.",
     "Move all staff training records to the training matrix on the practice intranet and report compliance "
     "at the monthly partners' meeting.",
     "Assistant Practice Manager", "31/07/2025", "At risk",
     ["Assistant Practice Manager"], "2025-07", None, "amber"),
    (BEC_S2, "M6",
     "The practice must ensure that clinical record summarising is completed in a timely way.",
     "Clear the backlog of 1,140 records awaiting summarising by recruiting an additional summariser and "
     "prioritising records of patients over 75 and children.",
     "Practice Manager", "December 2025", "On track",
     ["Practice Manager"], "2025-12", None, "green"),
    (BEC_S3, "S1",
     "The practice should take action to improve patient satisfaction with telephone access.",
     "Move to a cloud-based telephony system with call-back and queue position messages, and repeat the "
     "practice patient survey six months after go-live.",
     "Practice Manager / PPG Chair", "31/03/2026", "On track",
     ["Practice Manager", "PPG Chair"], "2026-03", None, "green"),
    (BEC_S3, "S2",
     "The practice should continue to improve the uptake of cervical screening.",
     "Offer Saturday morning cervical screening clinics and send text reminders to patients who have not "
     "responded to two invitations.",
     "Dr Mensah & Sister J. Clarke", "Ongoing", "On track",
     ["Dr Mensah", "Sister J. Clarke"], None, "Ongoing", "green"),
    (BEC_S3, "S3",
     "The practice should review how learning from significant events is shared with all staff.",
     "Add a standing significant events item to the whole-practice meeting and publish a quarterly learning "
     "summary.",
     "Practice Manager", "30/09/2025", "Overdue",
     ["Practice Manager"], "2025-09", None, "red"),
]


def build_bec(path):
    doc = docx.Document()
    _landscape(doc)
    doc.add_heading(BEC_TITLE, level=0)
    doc.add_paragraph("Following the CQC assessment of 14 and 15 January 2025 (report published 2 April 2025). "
                      "Overall rating: Requires improvement (Safe: Requires improvement; Well-led: Requires "
                      "improvement).")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Registered provider", "Beccles Medical Centre Partnership"),
                 ("Registered manager", "Practice Manager"),
                 ("Plan agreed", "Partners' meeting, 17 April 2025"),
                 ("Last reviewed", "9 September 2025"),
                 ("Next review", "Partners' meeting, December 2025")]:
        r = t.add_row().cells
        _set_cell(r[0], k, bold=True, size=10)
        _set_cell(r[1], v, size=10)
    doc.add_paragraph("Status key: Complete = action finished and evidence filed | On track = progressing to "
                      "timescale | At risk = may miss timescale | Overdue = timescale missed")
    hdr = ["No.", "What CQC told us", "Action we will take", "Lead", "By when", "Status"]
    for sec in (BEC_S1, BEC_S2, BEC_S3):
        doc.add_heading(sec, level=1)
        tb = doc.add_table(rows=1, cols=len(hdr))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, hdr):
            _set_cell(c, h, bold=True, size=10)
        prev_find = None
        prev_cell = None
        for a in BEC_ACTIONS:
            if a[0] != sec:
                continue
            _, no, find, act, lead, when, status = a[:7]
            cells = tb.add_row().cells
            _set_cell(cells[0], no, size=10)
            if find == prev_find and prev_cell is not None:
                prev_cell.merge(cells[1])
                # merge keeps the first cell's text only
                mc = tb.rows[-1].cells[1]
                _set_cell(mc, find, size=10)
            else:
                _set_cell(cells[1], find, size=10)
            prev_find = find
            prev_cell = tb.rows[-1].cells[1]
            _set_cell(cells[2], act, size=10)
            _set_cell(cells[3], lead, size=10)
            _set_cell(cells[4], when, size=10)
            _set_cell(cells[5], status, size=10)
    doc.add_paragraph("")
    doc.add_paragraph("This action plan is reviewed at each partners' meeting and shared with the Patient "
                      "Participation Group.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 7. Belfast HSCT - RQIA Shannon Clinic QIP tracker (xlsx, refuse: Febuary)
# ---------------------------------------------------------------------------
BEL_FILE = "zat-belfast-hsct-rqia-shannon-clinic-unannounced-inspection-qip-typo-month-refuse.xlsx"
BEL_TITLE = "Shannon Clinic – RQIA Unannounced Inspection Quality Improvement Plan (QIP): monitoring tracker"
BEL_REFUSE_ROW = 9

BEL_AFI = [
    ("1", "The Trust must ensure that the use of seclusion is recorded in line with the Trust's seclusion "
          "policy, including medical reviews at the required intervals.",
     "Standard 5.3.1 (a)\nStated: First time",
     [("Reissue the seclusion policy with a one-page quick reference guide for medical staff, and brief all "
       "consultants and specialty doctors.", "Clinical Director, Forensic Services", "31 January 2026",
       "Policy reissued 12/01/2026; briefing at consultant meeting 22/01/2026.", "G"),
      ("Audit all seclusion episodes monthly for compliance with review intervals and report to the Mental "
       "Health Governance Group.", "Ward Manager, Lagan Ward", "Monthly",
       "December audit: 9 of 11 episodes fully compliant.", "G")]),
    ("2", "The Trust must ensure that patients' care plans are reviewed following incidents and that patients "
          "are involved in the review.",
     "Standard 5.3.1 (f)\nStated: First time",
     [("Introduce a post-incident care plan review prompt in PARIS for all incidents graded moderate or "
       "above.", "Lead Nurse, Forensic Services", "28 Febuary 2026",
       "Change request submitted to the PARIS team.", "A"),
      ("Include patient involvement in care plan reviews in the monthly ward record-keeping audit.",
       "Ward Manager, Erne Ward / Lead Nurse, Forensic Services", "31 March 2026",
       "Audit tool updated.", "G")]),
    ("3", "The Trust should ensure that the environmental ligature risk assessment for Shannon Clinic is "
          "reviewed and that identified works are completed.",
     "Standard 5.3.1 (b)\nStated: Second time",
     [("Complete the outstanding anti-ligature works to en-suite doors on Bann Ward.",
       "Estates Manager, Knockbracken", "31 March 2026",
       "Contractor appointed; works start 2 February 2026.", "A")]),
    ("4", "The Trust must ensure that staffing levels are sufficient to allow patients to access planned "
          "therapeutic activity and escorted leave.",
     "Standard 4.3 (i)\nStated: First time",
     [("Recruit to 8 Band 5 nursing vacancies through the regional nursing recruitment campaign.",
       "Service Manager, Forensic Services", "30 April 2026",
       "3 posts offered; 5 remain vacant.", "R"),
      ("Report cancelled therapeutic activity and escorted leave weekly to the Forensic Services senior "
       "team.", "Occupational Therapy Lead", "Weekly",
       "Weekly report in place from 5 January 2026.", "G")]),
]


def build_bel(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP tracker"
    ws["A1"] = "Belfast Health and Social Care Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = BEL_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Regional Medium Secure Unit, Knockbracken Healthcare Park, Belfast"
    ws["A4"] = "Inspection: 9–11 September 2025 | Report published: 4 December 2025 | Tracker updated: 16/01/2026"
    hdr = ["AFI", "Area for improvement (RQIA)", "Ref / Stated", "Action(s) to be taken", "Responsible person",
           "To be completed by", "Progress update", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00558C")
        c.border = BOX
        c.alignment = WRAP
    ragfill = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    row = 7
    for no, afi, ref, acts in BEL_AFI:
        start = row
        ws.cell(row, 1, no)
        ws.cell(row, 2, afi)
        ws.cell(row, 3, ref)
        for text, who, when, prog, rag in acts:
            ws.cell(row, 4, text)
            ws.cell(row, 5, who)
            ws.cell(row, 6, when)
            ws.cell(row, 7, prog)
            c = ws.cell(row, 8, rag)
            c.fill = fill(ragfill[rag])
            c.alignment = Alignment(horizontal="center", vertical="top")
            for j in range(1, 8):
                ws.cell(row, j).alignment = WRAP
            for j in range(1, 9):
                ws.cell(row, j).border = BOX
            row += 1
        if row - 1 > start:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=start, start_column=col, end_row=row - 1, end_column=col)
    row += 1
    ws.cell(row, 1, "RAG: G = on track, A = at risk, R = behind schedule, B = complete")
    ws.cell(row + 1, 1, "Updates to be returned to the Forensic Services governance team by the 10th of each "
                        "month.")
    for j, w in enumerate([6, 48, 18, 52, 30, 18, 40, 6], start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    assert ws.cell(BEL_REFUSE_ROW, 6).value == "28 Febuary 2026"
    wb.save(path)


BUILDERS = [
    (FV_FILE, build_fv),
    (HWE_FILE, build_hwe),
    (WMAS_FILE, build_wmas),
    (TEWV_FILE, build_tewv),
    (BCU_FILE, build_bcu),
    (BEC_FILE, build_bec),
    (BEL_FILE, build_bel),
]


def main():
    for name, fn in BUILDERS:
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
