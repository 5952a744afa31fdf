"""Build the seven zuv- blind test files (set heldout665).

Run with /work/main/.venv/bin/python zuv_make.py  (writes next to this script).
Each data structure also carries the reading a person makes of each action
(lead list, end month, status) so the expected files can be written from it.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "head": "1F3864",
    "grey": "D9D9D9",
    "light": "DEEAF6",
    "nhs": "005EB8",
}


def fill(color):
    return PatternFill(fill_type="solid", start_color=color, end_color=color)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def style_row(ws, row, ncols, bold=False, bg=None, color=None):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP
        if bold or color:
            cell.font = Font(bold=bold, color=color)
        if bg:
            cell.fill = fill(bg)


# ---------------------------------------------------------------------------
# 1. Wye Valley NHS Trust - PSII safety action plan (xlsx) - REFUSE (typo month)
# ---------------------------------------------------------------------------
PSII_NAME = "zuv-wye-valley-nhs-trust-psii-safety-action-plan-typo-month-refuse.xlsx"
PSII_TITLE = "Wye Valley NHS Trust – Patient Safety Incident Investigation (PSII) Safety Action Plan"
PSII_AFIS = [
    ("AFI 1 – Overnight observations were not completed when due, so the rising NEWS2 score was not identified", [
        ("SA1.1", "Configure an eObs alert to the nurse in charge when a patient's observations are more than 60 minutes overdue.",
         "Digital Nursing Lead", "November 2024", "Alert live; overdue observations report reviewed at the safety huddle",
         "Alert went live on 18/11/2024.", "Complete"),
        ("SA1.2", "Audit overnight observation timeliness on Arrow Ward weekly for 12 weeks and report the results to the Medicine Division Quality and Safety meeting.",
         "Ward Manager, Arrow Ward", "February 2025", "95% or more of overnight observations completed on time",
         "Weeks 1–6: 88%, 91%, 93%, 90%, 94%, 96%.", "On track"),
        ("SA1.3", "Review overnight registered nurse staffing on Arrow Ward against the Safer Nursing Care Tool results.",
         "Divisional Director of Nursing – Medicine", "March 2025", "Establishment review presented to the Nursing and Midwifery Board",
         "SNCT census planned for January.", "On track"),
    ]),
    ("AFI 2 – Escalation to the out-of-hours medical team was delayed and not documented", [
        ("SA2.1", "Add a structured review of every patient with a NEWS2 score of 5 or more to the Hospital at Night handover.",
         "Clinical Director for Acute Medicine / Hospital at Night Lead", "Febuary 2025", "Handover template audit: all NEWS2 5+ patients discussed",
         "Draft handover template circulated for comment.", "On track"),
        ("SA2.2", "Launch the SBAR escalation sticker in the medical notes and audit its use monthly.",
         "Deputy Chief Nurse", "April 2025", "Sticker used in 90% of escalations audited", "", "Not started"),
    ]),
    ("AFI 3 – Sepsis screening was not started and antibiotics were given outside the one-hour standard", [
        ("SA3.1", "Deliver sepsis recognition training to all registered nurses and resident doctors working night shifts in medicine.",
         "Sepsis Lead Nurse", "March 2025", "Training compliance 90% by target date",
         "64% trained at end of December.", "On track"),
        ("SA3.2", "Report monthly time-to-antibiotic performance for inpatient wards to the Deteriorating Patient Group.",
         "Sepsis Lead Nurse; Chair of the Deteriorating Patient Group", "January 2025", "Monthly report received and minuted",
         "First report received 08/01/2025.", "Complete"),
    ]),
    ("AFI 4 – The family were not kept informed when the patient deteriorated", [
        ("SA4.1", "Introduce the 'Call 4 Concern' family escalation leaflet on admission to all adult inpatient wards.",
         "Head of Patient Experience", "May 2025", "Leaflet given at admission in 80% of sampled records",
         "Leaflet approved by the Readers' Panel.", "On track"),
    ]),
]
PSII_REFUSE_ROW = None  # filled in by build_psii


def build_psii():
    global PSII_REFUSE_ROW
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Safety action plan"
    widths = [34, 8, 52, 28, 16, 34, 34, 14]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws["A1"] = PSII_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=FILL["nhs"])
    ws.merge_cells("A1:H1")
    ws["A2"], ws["B2"], ws["D2"], ws["E2"] = "PSII reference", "WVT-PSII-24-011", "Date of incident", "14/06/2024"
    ws["A3"] = "Incident summary"
    ws["B3"] = "Delayed recognition and escalation of sepsis in a patient on Arrow Ward, County Hospital"
    ws.merge_cells("B3:H3")
    ws["A4"], ws["B4"], ws["D4"], ws["E4"] = ("Executive sponsor", "Chief Nursing Officer", "Approved by",
                                              "Patient Safety Incident Response Group, 03/10/2024")
    ws["A5"], ws["B5"] = "Plan position at", "15/01/2025"
    for r in (2, 3, 4, 5):
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=4).font = Font(bold=True)
    hdr = ["Area for improvement", "Ref", "Safety action", "Action owner", "Target date",
           "Measure of effectiveness", "Progress update", "Status"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=7, column=c, value=h)
    style_row(ws, 7, 8, bold=True, bg=FILL["nhs"], color="FFFFFF")
    status_fill = {"Complete": FILL["blue"], "On track": FILL["green"], "Not started": None}
    r = 8
    for afi, actions in PSII_AFIS:
        first = r
        ws.cell(row=r, column=1, value=afi)
        for ref, text, owner, date, measure, progress, status in actions:
            vals = [None, ref, text, owner, date, measure, progress or None, status]
            for c, v in enumerate(vals, 1):
                if v is not None:
                    ws.cell(row=r, column=c, value=v)
            style_row(ws, r, 8)
            if status_fill.get(status):
                ws.cell(row=r, column=8).fill = fill(status_fill[status])
            if date == "Febuary 2025":
                PSII_REFUSE_ROW = r
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=1).fill = fill(FILL["light"])
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete – action delivered and evidenced; On track – progressing to target date; "
                                   "At risk – may not meet target date; Overdue – target date passed; Not started.")
    ws.cell(row=r + 1, column=1, value="Oversight: Patient Safety Incident Response Group (monthly) and Quality and Safety Committee (quarterly).")
    vc = wb.create_sheet("Version control")
    rows = [("Version", "Date", "Author", "Changes"),
            ("0.1", "19/09/2024", "Patient Safety Partner and PSII lead investigator", "Draft safety actions from learning response"),
            ("1.0", "03/10/2024", "Patient Safety Team", "Approved by PSIRG"),
            ("1.1", "15/01/2025", "Patient Safety Team", "Progress updates for Quality and Safety Committee")]
    for i, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            vc.cell(row=i, column=c, value=v)
        style_row(vc, i, 4, bold=(i == 1))
    wb.save(os.path.join(HERE, PSII_NAME))


# ---------------------------------------------------------------------------
# 2. NHS Derby and Derbyshire ICB - Board Assurance Framework 2025/26 (xlsx)
#    Cover + key, summary sheet, one sheet per strategic risk; RAG by fill only
# ---------------------------------------------------------------------------
BAF_NAME = "zuv-nhs-derby-and-derbyshire-icb-board-assurance-framework-2025-26.xlsx"
BAF_TITLE = "NHS Derby and Derbyshire ICB – Board Assurance Framework 2025/26"
D = dt.datetime
BAF_RISKS = [
    {
        "sheet": "SR1",
        "heading": "SR1 – Urgent and emergency care capacity",
        "objective": "SO2: Improve access to, and the quality of, health and care services",
        "desc": "Demand for urgent and emergency care exceeds system capacity, leading to avoidable harm from delayed ambulance handovers and long waits in emergency departments.",
        "exec": "Chief Medical Officer", "committee": "Quality and Performance Committee",
        "scores": ("4 x 5 = 20", "4 x 4 = 16", "3 x 4 = 12"),
        "controls": "System UEC Board; daily system control centre calls; OPEL escalation framework; winter plan.",
        "gaps": "G1: Virtual ward capacity not fully used. G2: No single point of access for care homes in Erewash.",
        "actions": [
            ("1.1", "Implement the 'Call before Convey' single point of access for care homes across all four places.",
             "Director of Urgent and Emergency Care", ["Director of Urgent and Emergency Care"],
             D(2025, 7, 31), D(2025, 9, 30), "Live in all four places; Erewash went live 22/09/2025 after recruitment delays.", "blue"),
            ("1.2", "Agree the 2025/26 winter plan with system partners, including the 45-minute ambulance handover standard at Royal Derby Hospital and Chesterfield Royal Hospital.",
             "Chief Operating Officer / Director of Urgent and Emergency Care", ["Chief Operating Officer", "Director of Urgent and Emergency Care"],
             D(2025, 10, 31), None, "Draft plan considered by the System UEC Board on 16/10/2025.", "green"),
            ("1.3", "Commission an independent review of virtual ward utilisation and present options for reconfiguring capacity to the Finance and Performance Committee.",
             "Chief Medical Officer", ["Chief Medical Officer"],
             D(2025, 11, 30), D(2026, 1, 31), "Review started late; report now due to January committee.", "amber"),
            ("1.4", "Complete the UEC gap analysis against the national Urgent and Emergency Care Plan 2025/26 and report it to the Board.",
             "Director of Performance", ["Director of Performance"],
             D(2025, 6, 30), None, "Reported to Board in July 2025.", "blue"),
        ],
    },
    {
        "sheet": "SR4",
        "heading": "SR4 – Workforce supply and retention",
        "objective": "SO3: Support a sustainable health and care workforce",
        "desc": "The system is unable to recruit, retain and develop a workforce with the capacity and skills to meet population need.",
        "exec": "Chief People Officer", "committee": "People and Culture Committee",
        "scores": ("4 x 4 = 16", "4 x 4 = 16", "3 x 4 = 12"),
        "controls": "System People Plan; ICS retention programme; collaborative bank agreements.",
        "gaps": "G1: Limited workforce data for primary care. G2: Agency use above plan in mental health services.",
        "actions": [
            ("4.1", "Deliver the system retention programme for nurses and allied health professionals in their first two years of employment.",
             "Chief People Officer", ["Chief People Officer"],
             D(2026, 3, 31), None, "Cohort 2 started September 2025; turnover in year-one starters down to 14%.", "green"),
            ("4.2", "Launch the One Workforce collaborative bank for primary and community care staff.",
             "Deputy Chief People Officer; Head of Primary Care Workforce", ["Deputy Chief People Officer", "Head of Primary Care Workforce"],
             D(2025, 9, 30), D(2025, 12, 31), "Procurement of the bank platform delayed; revised date agreed by the People and Culture Committee.", "amber"),
            ("4.3", "Reduce agency spend to 3.2% of the pay bill in line with the operational plan trajectory.",
             "Chief Finance Officer", ["Chief Finance Officer"],
             D(2026, 3, 31), None, "Month 6 agency spend 4.1% of pay bill; off trajectory.", "red"),
        ],
    },
    {
        "sheet": "SR7",
        "heading": "SR7 – Financial sustainability",
        "objective": "SO4: Make the best use of our collective resources",
        "desc": "The system does not deliver its 2025/26 financial plan and recurrent efficiency programme.",
        "exec": "Chief Finance Officer", "committee": "Finance and Performance Committee",
        "scores": ("5 x 4 = 20", "4 x 4 = 16", "3 x 4 = 12"),
        "controls": "System financial plan; Financial Recovery Board; monthly efficiency reporting.",
        "gaps": "G1: Efficiency schemes not fully identified for Q4. G2: Continuing healthcare cost growth.",
        "actions": [
            ("7.1", "Establish a system-wide Financial Recovery Board with monthly reporting on efficiency delivery.",
             "Chief Finance Officer", ["Chief Finance Officer"],
             D(2025, 5, 31), None, "Board established May 2025; terms of reference approved.", "blue"),
            ("7.2", "Agree the medium-term financial plan 2026/27 to 2028/29 with partner trusts.",
             "Chief Finance Officer", ["Chief Finance Officer"],
             D(2026, 2, 28), None, "First draft shared with trust Directors of Finance.", "green"),
            ("7.3", "Complete the review of continuing healthcare packages above £2,500 per week and deliver the agreed savings.",
             "Director of Nursing and Quality", ["Director of Nursing and Quality"],
             D(2025, 12, 31), None, "62% of packages reviewed; savings of £1.1m identified against £1.8m target.", "amber"),
        ],
    },
]


def build_baf():
    wb = openpyxl.Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv.column_dimensions["A"].width = 14
    cv.column_dimensions["B"].width = 16
    cv.column_dimensions["C"].width = 26
    cv.column_dimensions["D"].width = 60
    cv["A1"] = BAF_TITLE
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Quarter 2 update – ICB Board, 20 November 2025"
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Comments"),
          ("1.0", "01/07/2025", "Head of Governance", "Q1 refresh approved by the Audit and Governance Committee"),
          ("2.0", "06/11/2025", "Head of Governance", "Q2 update following executive risk owner review")]
    for i, row in enumerate(dc):
        for c, v in enumerate(row, 1):
            cv.cell(row=5 + i, column=c, value=v)
        style_row(cv, 5 + i, 4, bold=(i == 0), bg=FILL["grey"] if i == 0 else None)
    cv["A10"] = "Action RAG key"
    cv["A10"].font = Font(bold=True)
    key = [("blue", "Complete"), ("green", "On track to deliver by the due date"),
           ("amber", "Some slippage – revised date agreed"), ("red", "Overdue or off track – no revised date agreed")]
    for i, (col, txt) in enumerate(key):
        cv.cell(row=11 + i, column=1).fill = fill(FILL[col])
        cv.cell(row=11 + i, column=2, value=txt)
    cv["A16"] = "Risk scores are likelihood x impact (5 x 5 matrix). Target scores are to be achieved by 31 March 2026."

    sm = wb.create_sheet("Summary")
    widths = [10, 44, 26, 14, 14, 10]
    for i, w in enumerate(widths, 1):
        sm.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    sm["A1"] = "BAF summary – Quarter 2 2025/26"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Risk ref", "Strategic risk", "Executive lead", "Current score", "Target score", "Trend"]
    for c, h in enumerate(hdr, 1):
        sm.cell(row=3, column=c, value=h)
    style_row(sm, 3, 6, bold=True, bg=FILL["grey"])
    for i, risk in enumerate(BAF_RISKS):
        cur = int(risk["scores"][1].split("=")[1])
        tgt = int(risk["scores"][2].split("=")[1])
        vals = [risk["sheet"], risk["heading"].split("– ", 1)[1], risk["exec"], cur, tgt, "↔"]
        for c, v in enumerate(vals, 1):
            sm.cell(row=4 + i, column=c, value=v)
        style_row(sm, 4 + i, 6)
    counts = {}
    for risk in BAF_RISKS:
        for a in risk["actions"]:
            counts[a[7]] = counts.get(a[7], 0) + 1
    r = 5 + len(BAF_RISKS)
    sm.cell(row=r, column=1, value="Actions by RAG status").font = Font(bold=True)
    for j, col in enumerate(["blue", "green", "amber", "red"]):
        sm.cell(row=r + 1 + j, column=1).fill = fill(FILL[col])
        sm.cell(row=r + 1 + j, column=2, value=counts.get(col, 0))
    sm.cell(row=r + 5, column=1, value="Total")
    sm.cell(row=r + 5, column=2, value=sum(counts.values()))

    for risk in BAF_RISKS:
        ws = wb.create_sheet(risk["sheet"])
        widths = [20, 54, 30, 14, 14, 44, 8]
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
        ws["A1"] = risk["heading"]
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill(FILL["head"])
        ws.merge_cells("A1:G1")
        fields = [("Strategic objective", risk["objective"]), ("Risk description", risk["desc"]),
                  ("Executive lead", risk["exec"]), ("Lead committee", risk["committee"])]
        for i, (k, v) in enumerate(fields):
            ws.cell(row=2 + i, column=1, value=k).font = Font(bold=True)
            ws.cell(row=2 + i, column=2, value=v)
            ws.merge_cells(start_row=2 + i, start_column=2, end_row=2 + i, end_column=7)
        ws["A6"] = "Risk score (L x I)"
        ws["A6"].font = Font(bold=True)
        ws["B6"] = "Initial: " + risk["scores"][0]
        ws["C6"] = "Current: " + risk["scores"][1]
        ws["D6"] = "Target: " + risk["scores"][2]
        ws.merge_cells("D6:E6")
        ws["A7"], ws["B7"] = "Key controls", risk["controls"]
        ws["A8"], ws["B8"] = "Gaps in control / assurance", risk["gaps"]
        for rr in (7, 8):
            ws.cell(row=rr, column=1).font = Font(bold=True)
            ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=7)
            ws.cell(row=rr, column=2).alignment = WRAP
        ws["A10"] = "Actions to address gaps in control and assurance"
        ws["A10"].font = Font(bold=True)
        ws.merge_cells("A10:G10")
        hdr = ["Ref", "Action", "Action owner", "Original due date", "Revised due date", "Progress update (Q2)", "RAG"]
        for c, h in enumerate(hdr, 1):
            ws.cell(row=11, column=c, value=h)
        style_row(ws, 11, 7, bold=True, bg=FILL["grey"])
        for i, (ref, text, owner, _lead, orig, rev, prog, rag) in enumerate(risk["actions"]):
            r = 12 + i
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=text)
            ws.cell(row=r, column=3, value=owner)
            ws.cell(row=r, column=4, value=orig).number_format = "dd/mm/yyyy"
            if rev is not None:
                ws.cell(row=r, column=5, value=rev).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6, value=prog)
            style_row(ws, r, 7)
            ws.cell(row=r, column=7).fill = fill(FILL[rag])
    wb.save(os.path.join(HERE, BAF_NAME))


# ---------------------------------------------------------------------------
# 3. Circle Albyn Hospital - HIS inspection improvement action plan (xlsx)
#    Domain rows, requirement/recommendation rows (label + merged text), actions
# ---------------------------------------------------------------------------
HIS_NAME = "zuv-circle-albyn-hospital-aberdeen-his-inspection-improvement-action-plan.xlsx"
HIS_TITLE = "Circle Albyn Hospital – Healthcare Improvement Scotland Improvement Action Plan"
HIS_PLAN = [
    ("Domain 2 – Leadership and culture", [
        ("Requirement 1", "The provider must ensure that all staff complete mandatory training, including training in the safe use of medical devices, and that completion is monitored by the senior management team (regulation 12(b)).", [
            ("1.1", "Add a mandatory training compliance report as a standing item to the monthly Senior Management Team meeting.",
             "Director of Clinical Services", ["Director of Clinical Services"], "31 October 2024", "2024-10", None,
             "In place from the October SMT meeting.", "Complete", "blue"),
            ("1.2", "All theatre and ward staff to complete the medical devices competency module, with individual compliance tracked on the learning management system.",
             "Theatre Manager / Ward Manager", ["Theatre Manager", "Ward Manager"], "31/03/2025", "2025-03", None,
             "Compliance 92% at 31 March; remaining staff booked for April sessions.", "At risk", "amber"),
        ]),
        ("Recommendation a", "The service should develop a formal process for gathering staff feedback and sharing how it has been used to make improvements.", [
            ("a.1", "Introduce a quarterly 'You said, we did' staff forum chaired by the Hospital Director.",
             "Hospital Director", ["Hospital Director"], "January 2025", "2025-01", None,
             "First forum held 22 January 2025; notes published on the staff intranet.", "Complete", "blue"),
        ]),
    ]),
    ("Domain 5 – Planning for quality", [
        ("Requirement 2", "The provider must ensure that pre-operative assessment records are fully completed, including the venous thromboembolism (VTE) risk assessment, before surgery (regulation 4(1)).", [
            ("2.1", "Amend the pre-operative assessment template so that the VTE risk assessment is a mandatory field in the electronic patient record.",
             "Pre-assessment Lead Nurse", ["Pre-assessment Lead Nurse"], "End of December 2024", "2024-12", None,
             "Template change went live 9 December 2024.", "Complete", "blue"),
            ("2.2", "Audit 20 patient records each month against the pre-operative assessment standard and report results to the Clinical Governance Committee.",
             "Quality and Risk Lead", ["Quality and Risk Lead"], "Ongoing", None, "Ongoing",
             "January 100%, February 95%, March 100%.", "On track", "green"),
        ]),
        ("Requirement 3", "The provider must ensure that medicines are stored at the correct temperature and that fridge temperature checks are recorded daily (regulation 3(d)(iv)).", [
            ("3.1", "Replace the ward medicines fridges with remote-monitored units that alert pharmacy when temperatures are out of range.",
             "Head of Pharmacy", ["Head of Pharmacy"], "Q1 2025/26", "2025-06", None,
             "Units ordered; installation booked for May.", "On track", "green"),
        ]),
    ]),
    ("Domain 7 – Quality control", [
        ("Recommendation b", "The service should ensure that the infection prevention and control audit programme includes theatres and that audit results are displayed for patients and staff.", [
            ("b.1", "Add theatres to the annual infection prevention and control audit programme, starting with a hand hygiene and environment audit.",
             "Infection Prevention and Control Lead", ["Infection Prevention and Control Lead"], "28/02/2025", "2025-02", None,
             "Theatre environment audit completed February 2025 (94%).", "Complete", "blue"),
            ("b.2", "Display monthly infection prevention and control audit results on the ward and theatre 'How are we doing?' boards.",
             "Ward Manager; Infection Prevention and Control Lead", ["Ward Manager", "Infection Prevention and Control Lead"],
             "April 2025", "2025-04", None, "", "Not started", "unrated"),
        ]),
    ]),
]


def build_his():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Improvement action plan"
    widths = [18, 56, 22, 30, 42, 14]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws["A1"] = HIS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Unannounced inspection 10–11 September 2024 | Report published 28 November 2024"
    ws["A3"] = "Progress position at 31 March 2025"
    ws["A4"] = "Status key: Complete (blue) | On track (green) | At risk (amber) | Off track (red) | Not started"
    for rr in (2, 3, 4):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=6)
    hdr = ["Reference number", "Action planned", "Timescale to meet action", "Responsibility for taking action",
           "Progress at 31 March 2025", "Status"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=6, column=c, value=h)
    style_row(ws, 6, 6, bold=True, bg=FILL["head"], color="FFFFFF")
    r = 7
    for domain, items in HIS_PLAN:
        ws.cell(row=r, column=1, value=domain)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        style_row(ws, r, 6, bold=True, bg=FILL["grey"])
        r += 1
        for label, text, actions in items:
            ws.cell(row=r, column=1, value=label)
            ws.cell(row=r, column=2, value=text)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            style_row(ws, r, 6, bg=FILL["light"])
            ws.cell(row=r, column=1).font = Font(bold=True)
            r += 1
            for ref, act, owner, _lead, timescale, _end, _et, prog, status, rag in actions:
                vals = [ref, act, timescale, owner, prog or None, status]
                for c, v in enumerate(vals, 1):
                    if v is not None:
                        ws.cell(row=r, column=c, value=v)
                style_row(ws, r, 6)
                if rag in FILL:
                    ws.cell(row=r, column=6).fill = fill(FILL[rag])
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: Requirements are linked to legislation and must be met. Recommendations are based on "
                                   "good practice and the service should consider them.")
    so = wb.create_sheet("Sign off")
    for i, (k, v) in enumerate([("Name", "Fiona Reid"), ("Designation", "Hospital Director"), ("Signature", "F Reid"),
                                ("Date", "04/04/2025")], 1):
        so.cell(row=i, column=1, value=k).font = Font(bold=True)
        so.cell(row=i, column=2, value=v)
    wb.save(os.path.join(HERE, HIS_NAME))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    paras = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, p in enumerate(paras):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = para.add_run(p)
        run.bold = bold
        run.font.size = Pt(size)


def merged_row(table, text, bg=None, bold=True):
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[-1])
    set_cell(cell, text, bold=bold)
    if bg:
        shade(cell, bg)
    return row


# ---------------------------------------------------------------------------
# 4. Fairwater Health Centre - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
HIW_NAME = "zuv-fairwater-health-centre-cardiff-hiw-gp-inspection-improvement-plan.docx"
HIW_TITLE = "Fairwater Health Centre – HIW Inspection Improvement Plan"
HIW_PLAN = [
    ("Quality of Patient Experience", [
        ("The practice must ensure that the hearing loop at reception is in working order and that staff know how to use it.",
         "Health and Care Quality Standards 2023 – Equitable",
         "The hearing loop has been repaired and tested. All reception staff will receive a briefing on its use at the June team meeting, and a monthly check has been added to the reception opening checklist.",
         "Rhian Howells (Practice Manager)", ["Rhian Howells (Practice Manager)"], "30 June 2024", "2024-06", None),
        ("The practice should ensure that chaperone posters are displayed bilingually in all consulting and treatment rooms.",
         "Health and Care Quality Standards 2023 – Person-centred",
         "Bilingual chaperone posters have been ordered from the health board and will be displayed in all clinical rooms.",
         "Reception Team Lead", ["Reception Team Lead"], "31 May 2024", "2024-05", None),
    ]),
    ("Delivery of Safe and Effective Care", [
        ("The practice must ensure that emergency drugs and equipment are checked weekly and that the checks are recorded.",
         "Health and Care Quality Standards 2023 – Safe",
         "A weekly checking rota has been introduced with a named nurse responsible each week.\nThe Lead Nurse will audit the checking log monthly and report the findings to the practice clinical meeting.",
         "Lead Nurse", ["Lead Nurse"], "Immediate and ongoing", None, "Immediate and ongoing"),
        ("The practice must ensure that all clinical staff complete safeguarding training at the level appropriate to their role.",
         "Health and Care Quality Standards 2023 – Safe; Wales Safeguarding Procedures",
         "Training needs analysis completed. Outstanding Level 3 safeguarding training has been booked for two GPs and one practice nurse.",
         "Dr S Mehta / Rhian Howells", ["Dr S Mehta", "Rhian Howells"], "31 July 2024", "2024-07", None),
        ("The practice should review its process for managing incoming correspondence so that all letters are actioned by a clinician within five working days.",
         "Health and Care Quality Standards 2023 – Timely",
         "Docman workflow reviewed and a daily check of unactioned correspondence by the practice pharmacist introduced.",
         "Dr A Pritchard", ["Dr A Pritchard"], "August 2024", "2024-08", None),
    ]),
    ("Quality of Management and Leadership", [
        ("The practice must ensure that all staff receive an annual appraisal.",
         "Health and Care Quality Standards 2023 – Workforce",
         "An appraisal schedule for 2024/25 has been agreed, and all outstanding appraisals for administrative staff will be completed.",
         "Rhian Howells (Practice Manager)", ["Rhian Howells (Practice Manager)"], "30 September 2024", "2024-09", None),
        ("The practice should ensure that all policies are reviewed, dated and version controlled.",
         "Health and Care Quality Standards 2023 – Leadership",
         "All practice policies will be moved onto the health board template with review dates, and a policy register will be kept by the Practice Manager.",
         "Practice Manager", ["Practice Manager"], "By 31 October 2024", "2024-10", None),
    ]),
]


def build_hiw():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(HIW_TITLE, level=0)
    doc.add_paragraph("General practice inspection (announced) – Cardiff and Vale University Health Board")
    doc.add_paragraph("Date of inspection: 16 April 2024")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=1)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our inspection. "
                      "Due to the impact or potential impact on patient care and treatment these concerns needed "
                      "to be addressed straight away, during the inspection.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                           "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "D9D9D9")
    row = t.add_row()
    for c, v in enumerate(["An out-of-date adult oxygen mask was found on the emergency trolley.",
                           "Equipment may not be safe to use in an emergency.",
                           "Raised with the Practice Manager during the inspection.",
                           "The mask was replaced on the day of the inspection."]):
        set_cell(row.cells[c], v)

    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    doc.add_paragraph("Service: Fairwater Health Centre")
    doc.add_paragraph("No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("Service: Fairwater Health Centre")
    doc.add_paragraph("Date of inspection: 16 April 2024")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we "
                      "require the service to complete an improvement plan telling us about the actions they are "
                      "taking to address these areas.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["Improvement needed", "Standard / Regulation", "Service action",
                           "Responsible officer", "Timescale"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "D9D9D9")
    for section, items in HIW_PLAN:
        merged_row(t, section, bg="F2F2F2")
        for imp, std, act, officer, _lead, timescale, _end, _et in items:
            row = t.add_row()
            for c, v in enumerate([imp, std, act, officer, timescale]):
                set_cell(row.cells[c], v)
    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    doc.add_paragraph("Service representative:")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Rhian Howells"), ("Job role:", "Practice Manager"),
                                ("Date:", "10 May 2024")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
    doc.save(os.path.join(HERE, HIW_NAME))


# ---------------------------------------------------------------------------
# 5. Loughview Homecare (Antrim) - RQIA domiciliary care agency QIP (docx)
#    Document control table, then one table per section (regulations / standards)
# ---------------------------------------------------------------------------
RQIA_NAME = "zuv-loughview-homecare-antrim-rqia-domiciliary-care-agency-qip-action-plan.docx"
RQIA_TITLE = "Loughview Homecare – RQIA Quality Improvement Plan: Action Plan"
RQIA_PLAN = [
    ("Action required to ensure compliance with The Domiciliary Care Agencies Regulations (Northern Ireland) 2007", [
        ("Area for improvement 1 – Regulation 13 (d), stated for the first time: The registered person shall ensure that no domiciliary care worker is supplied by the agency unless full and satisfactory information is available in relation to them, including an AccessNI check and confirmation of registration with the Northern Ireland Social Care Council (NISCC).", [
            ("1.1", "Recruitment checklist revised so that a care worker cannot be added to the rota until AccessNI and NISCC checks are signed off by the Registered Manager.",
             "Registered Manager", ["Registered Manager"], "31/01/2025", "2025-01", None, "Complete", "blue"),
            ("1.2", "Audit five staff personnel files each month and report the findings to the Responsible Individual.",
             "Registered Manager / Responsible Individual", ["Registered Manager", "Responsible Individual"],
             "Monthly", None, "Monthly", "On track", "green"),
        ]),
        ("Area for improvement 2 – Regulation 23 (1), stated for the first time: The registered person shall establish and maintain a system for evaluating the quality of the services provided, and the monthly quality monitoring report shall include the views of service users and their representatives.", [
            ("2.1", "Monthly quality monitoring template updated to include service user and relative feedback, with a minimum of five contacts each month.",
             "Responsible Individual", ["Responsible Individual"], "28/02/2025", "2025-02", None, "Complete", "blue"),
            ("2.2", "Produce the annual quality report for 2024/25 and share it with service users, staff and the Northern Health and Social Care Trust.",
             "Responsible Individual", ["Responsible Individual"], "30/06/2025", "2025-06", None, "On track", "green"),
        ]),
    ]),
    ("Action required to ensure compliance with the Domiciliary Care Agencies Minimum Standards, 2021", [
        ("Area for improvement 3 – Standard 12.3, stated for the first time: The registered person shall ensure that staff receive training in dysphagia and the International Dysphagia Diet Standardisation Initiative (IDDSI) framework, and that their competency is assessed.", [
            ("3.1", "All 48 care workers to complete the IDDSI e-learning module and a practical session delivered by the Trust speech and language therapy team.",
             "Training Coordinator", ["Training Coordinator"], "April 2025", "2025-04", None, "At risk", "amber"),
            ("3.2", "Add a competency assessment for modified diets to the supervision and spot-check framework.",
             "Deputy Manager", ["Deputy Manager"], "May 2025", "2025-05", None, "Not started", "unrated"),
        ]),
        ("Area for improvement 4 – Standard 8.10, stated for the first time: The registered person shall ensure that complaints, including those resolved informally, are recorded, together with the outcome and the complainant's level of satisfaction.", [
            ("4.1", "Replace the paper complaints log with an electronic register that records informal concerns, outcomes and satisfaction.",
             "Office Manager", ["Office Manager"], "31 March 2025", "2025-03", None, "Complete", "blue"),
        ]),
    ]),
]


def build_rqia():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(RQIA_TITLE, level=0)
    doc.add_paragraph("Domiciliary care agency – unannounced care inspection 21 January 2025")
    doc.add_paragraph("Registered Manager: Claire McAllister    Responsible Individual: Declan Morrow")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Change"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "D9E2F3")
    for row in [("1.0", "18/02/2025", "Claire McAllister", "QIP response returned to RQIA"),
                ("1.1", "14/04/2025", "Claire McAllister", "Progress update for governance meeting")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    p = doc.add_paragraph("Status key: Complete (blue) – On track (green) – At risk (amber) – Overdue (red) – Not started")
    p.runs[0].italic = True

    for section, afis in RQIA_PLAN:
        doc.add_heading(section, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in enumerate(["No.", "Action", "Responsible person", "To be completed by", "Status"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "D9E2F3")
        for afi, actions in afis:
            merged_row(t, afi, bg="F2F2F2")
            for ref, act, owner, _lead, due, _end, _et, status, _rag in actions:
                cells = t.add_row().cells
                for c, v in enumerate([ref, act, owner, due, status]):
                    set_cell(cells[c], v)
        doc.add_paragraph()
    doc.add_paragraph("Signed: Claire McAllister, Registered Manager        Date: 14 April 2025")
    doc.save(os.path.join(HERE, RQIA_NAME))


# ---------------------------------------------------------------------------
# 6. Isle of Wight NHS Trust - Quality Account priorities tracker 2025/26 (csv)
# ---------------------------------------------------------------------------
QA_NAME = "zuv-isle-of-wight-nhs-trust-quality-account-priorities-tracker-2025-26.csv"
QA_TITLE = "Isle of Wight NHS Trust – Quality Account 2025/26: Quality Priorities Tracker"
QA_PLAN = [
    ("PATIENT SAFETY", [
        ("Priority 1: Recognise and respond to the deteriorating patient", [
            ("1.1", "Roll out the Martha's Rule patient and family escalation line (Call 4 Concern) to all adult inpatient wards at St Mary's Hospital.",
             "Deputy Chief Nurse", ["Deputy Chief Nurse"], "30/09/2025", "2025-09", None, "G", "B", "blue",
             "Live on all 14 adult inpatient wards from 1 September 2025."),
            ("1.2", "Achieve 90% compliance with escalation within 30 minutes for patients with a NEWS2 score of 5 or more, measured by monthly audit.",
             "Associate Director of Nursing – Acute / Critical Care Outreach Lead",
             ["Associate Director of Nursing – Acute", "Critical Care Outreach Lead"], "Q4 2025/26", "2026-03", None,
             "A", "A", "amber", "August audit 84%, September 86%."),
        ]),
        ("Priority 2: Reduce harm from inpatient falls", [
            ("2.1", "Introduce lying and standing blood pressure checks for all patients aged 65 and over within 24 hours of admission.\nRecord compliance in the monthly ward accreditation audit.",
             "Falls Prevention Lead", ["Falls Prevention Lead"], "Dec-25", "2025-12", None, "G", "G", "green",
             "Compliance 71% in September, up from 52% in June."),
            ("2.2", "Deliver falls prevention training to 85% of registered nurses and healthcare support workers.",
             "Falls Prevention Lead; Practice Development Team", ["Falls Prevention Lead", "Practice Development Team"],
             "31/03/2026", "2026-03", None, "A", "R", "red",
             "Training compliance 61%; sessions cancelled in August due to staffing pressures."),
        ]),
    ]),
    ("CLINICAL EFFECTIVENESS", [
        ("Priority 3: Improve the timeliness of discharge summaries", [
            ("3.1", "95% of discharge summaries to be sent to the GP within 24 hours of discharge.",
             "Chief Medical Officer", ["Chief Medical Officer"], "Mar-26", "2026-03", None, "R", "A", "amber",
             "Performance 88% in September (June 79%)."),
            ("3.2", "Implement electronic discharge summaries in the Emergency Department and Same Day Emergency Care.",
             "Chief Clinical Information Officer", ["Chief Clinical Information Officer"], "30/11/2025", "2025-11", None,
             "", "G", "green", "User testing under way."),
        ]),
    ]),
    ("PATIENT EXPERIENCE", [
        ("Priority 4: Improve communication with patients and families at the end of life", [
            ("4.1", "Launch the 'What matters to me' conversation record across community nursing and the hospice in-reach team.",
             "Head of Patient Experience and Engagement", ["Head of Patient Experience and Engagement"], "Q3 2025/26",
             "2025-12", None, "G", "G", "green", "Record approved by the End of Life Steering Group in August."),
            ("4.2", "Complete the National Audit of Care at the End of Life (NACEL) and present the resulting action plan to the End of Life Steering Group.",
             "End of Life Care Lead", ["End of Life Care Lead"], "31/01/2026", "2026-01", None, "", "", "unrated",
             "Data collection starts in October."),
        ]),
    ]),
]


def build_qa():
    cols = 7
    rows = [[QA_TITLE] + [""] * (cols - 1),
            ["Reported to the Quality and Safety Committee – Quarter 2 (July to September 2025)"] + [""] * (cols - 1),
            [""] * cols,
            ["Ref", "Quality priority / action", "Lead(s)", "Due", "Q1 RAG", "Q2 RAG", "Q2 update"]]
    for domain, pris in QA_PLAN:
        rows.append([domain] + [""] * (cols - 1))
        for pri, actions in pris:
            rows.append([pri] + [""] * (cols - 1))
            for ref, act, lead, _l, due, _e, _et, q1, q2, _st, upd in actions:
                rows.append([ref, act, lead, due, q1, q2, upd])
    rows.append([""] * cols)
    rows.append(["Key: B = complete; G = on track; A = some risk to delivery; R = significant risk or off track; "
                 "blank = not yet started."] + [""] * (cols - 1))
    rows.append(["Priorities agreed by the Trust Board in June 2025 and published in the Quality Account 2024/25."]
                + [""] * (cols - 1))
    with open(os.path.join(HERE, QA_NAME), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. London Ambulance Service NHS Trust - CQC must do / should do plan (txt)
#    Plain-text export with labelled fields under each finding
# ---------------------------------------------------------------------------
LAS_NAME = "zuv-london-ambulance-service-nhs-trust-cqc-must-should-do-action-plan.txt"
LAS_TITLE = "London Ambulance Service NHS Trust – CQC Inspection Action Plan: Must Do and Should Do Actions"
LAS_PLAN = [
    ("SECTION A – MUST DO ACTIONS", [
        ("MD1 The trust must ensure that patients waiting for an ambulance are regularly clinically reviewed while their call is in the queue, in line with the trust's call-back policy. (Regulation 12: Safe care and treatment)", [
            ("MD1.1", "Introduce a clinical navigator on every emergency operations centre shift to review the call stack at least every 30 minutes.",
             "Deputy Director of Clinical Operations (EOC)", ["Deputy Director of Clinical Operations (EOC)"],
             "30/11/2024", "2024-11", None, "Complete", "blue", None),
            ("MD1.2", "Report compliance with call-back timeframes weekly to the EOC governance meeting and monthly to the Quality Assurance Committee.",
             "Head of Clinical Hub / Quality Governance Manager", ["Head of Clinical Hub", "Quality Governance Manager"],
             "31/03/2025 (revised from 31/12/2024)", "2025-03", None, "Complete", "blue", None),
        ]),
        ("MD2 The trust must ensure that staff complete mandatory training, including safeguarding level 3, in line with trust targets. (Regulation 18: Staffing)", [
            ("MD2.1", "Protect two training days a year in the rota for all frontline clinicians.",
             "Director of Operations", ["Director of Operations"], "April 2025", "2025-04", None, "Complete", "blue", None),
            ("MD2.2", "Achieve 90% safeguarding level 3 compliance across all sector teams.",
             "Head of Safeguarding", ["Head of Safeguarding"], "31/12/2025", "2025-12", None, "Amber", "amber",
             "Compliance 86% at end of September; additional sessions scheduled for November."),
        ]),
        ("MD3 The trust must ensure that medicines, including controlled drugs, are stored securely and that stock checks are completed and recorded at all ambulance stations. (Regulation 12: Safe care and treatment)", [
            ("MD3.1", "Install secure drug safes with an electronic audit trail at the remaining 11 ambulance stations.",
             "Chief Pharmacist; Head of Estates", ["Chief Pharmacist", "Head of Estates"], "Q3 2025/26", "2025-12", None,
             "Green", "green", "Eight of 11 stations complete."),
            ("MD3.2", "Carry out monthly unannounced medicines audits at stations and report the results to the Medicines Optimisation Group.",
             "Chief Pharmacist", ["Chief Pharmacist"], "Ongoing", None, "Ongoing", "Green", "green", None),
        ]),
    ]),
    ("SECTION B – SHOULD DO ACTIONS", [
        ("SD1 The trust should ensure that staff receive timely feedback on the incidents they report. (Regulation 17: Good governance)", [
            ("SD1.1", "Configure the incident reporting system to send automatic feedback to the reporter when an incident is closed.",
             "Head of Patient Safety", ["Head of Patient Safety"], "Jan-25", "2025-01", None, "Complete", "blue", None),
        ]),
        ("SD2 The trust should continue to work with acute trusts to reduce delays in hospital handovers. (Regulation 12: Safe care and treatment)", [
            ("SD2.1", "Extend the 45-minute 'release to respond' protocol to all London acute trusts.",
             "Director of Operations / Head of Hospital Liaison", ["Director of Operations", "Head of Hospital Liaison"],
             "March 2026", "2026-03", None, "Green", "green", "In place at 16 of 18 acute trusts."),
        ]),
        ("SD3 The trust should ensure that vehicle cleaning records are complete and audited. (Regulation 15: Premises and equipment)", [
            ("SD3.1", "Introduce digital make-ready cleaning records through the vehicle preparation app.",
             "Head of Fleet and Logistics", ["Head of Fleet and Logistics"], "30/06/2025", "2025-06", None, "Red", "red",
             "App delayed by the supplier; new go-live date to be agreed."),
        ]),
    ]),
]


def build_las():
    rule = "-" * 78
    out = [LAS_TITLE,
           "Core services inspected: Emergency operations centre (EOC); Emergency and urgent care (EUC)",
           "Report published: 21 August 2024",
           "Position as at: 31 October 2025",
           "Status key: Complete = delivered and evidenced (blue); Green = on track; Amber = at risk of missing the due date; Red = overdue",
           ""]
    tally = {}
    for section, findings in LAS_PLAN:
        out += [rule, section, rule, ""]
        for finding, actions in findings:
            out.append(finding)
            out.append("")
            for ref, act, lead, _l, due, _e, _et, status, _rag, upd in actions:
                out.append(f"  {ref}  {act}")
                pad = " " * (len(ref) + 4)
                out.append(f"{pad}Lead: {lead}")
                out.append(f"{pad}Due: {due}")
                out.append(f"{pad}Status: {status}")
                if upd:
                    out.append(f"{pad}Update: {upd}")
                out.append("")
                tally.setdefault(section, []).append(status)
    out += [rule, "SUMMARY"]
    for section, sts in tally.items():
        kind = "Must do" if "MUST" in section else "Should do"
        out.append(f"{kind}: {len(sts)} actions – Complete {sts.count('Complete')}, Green {sts.count('Green')}, "
                   f"Amber {sts.count('Amber')}, Red {sts.count('Red')}")
    out += [rule, "End of report", ""]
    with open(os.path.join(HERE, LAS_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


def main():
    build_psii()
    build_baf()
    build_his()
    build_hiw()
    build_rqia()
    build_qa()
    build_las()
    print("PSII refuse row:", PSII_REFUSE_ROW)


if __name__ == "__main__":
    main()
