"""Build the seven zbb- blind test files (set heldout759).

Run with /work/main/.venv/bin/python zbb_make.py from any directory; files are
written beside this script. Only files starting with zbb- are written.
"""
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


def out(name):
    assert name.startswith("zbb-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HDR_FILL = PatternFill("solid", fgColor="1F4E79")
HDR_FONT = Font(bold=True, color="FFFFFF")
SEC_FILL = PatternFill("solid", fgColor="D9E1F2")
FILLS = {
    "B": PatternFill("solid", fgColor="00B0F0"),
    "G": PatternFill("solid", fgColor="92D050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
}


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, values):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=row, column=c, value=v)
        cell.font = HDR_FONT
        cell.fill = HDR_FILL
        cell.alignment = WRAP
        cell.border = BOX


def body_cell(ws, row, col, value, fmt=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.alignment = WRAP
    cell.border = BOX
    if fmt:
        cell.number_format = fmt
    return cell


# ============================================================ 1. Worcestershire PSII (xlsx)
def make_worcs_psii():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [30, 22, 60, 32])
    cov["A1"] = "Worcestershire Acute Hospitals NHS Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = ("Delayed recognition and treatment of sepsis in the Emergency Department, "
                 "Worcestershire Royal Hospital")
    cov["A5"] = "Document control"
    cov["A5"].font = BOLD
    control = [
        ("PSII reference", "WAHT-PSII-2024-031"),
        ("Date of incident", dt.datetime(2024, 8, 14)),
        ("Date PSII report approved", dt.datetime(2025, 1, 22)),
        ("Executive sponsor", "Chief Nursing Officer"),
        ("Safety action plan owner", "Divisional Director of Nursing, Urgent Care"),
        ("Oversight group", "Patient Safety and Quality Group (monthly)"),
        ("Version", "1.4"),
        ("Last updated", dt.datetime(2025, 10, 31)),
    ]
    r = 6
    for k, v in control:
        body_cell(cov, r, 1, k).font = BOLD
        body_cell(cov, r, 2, v, "dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="Version history").font = BOLD
    r += 1
    header_row(cov, r, ["Version", "Date", "Summary of changes", "Updated by"])
    hist = [
        ("1.0", dt.datetime(2025, 1, 22), "Plan approved alongside final PSII report",
         "Head of Patient Safety"),
        ("1.2", dt.datetime(2025, 4, 30),
         "Q4 2024/25 progress added; SA1.1 and SA2.2 target dates revised", "Urgent Care Governance Lead"),
        ("1.4", dt.datetime(2025, 10, 31),
         "October 2025 progress update; SA1.2 target date revised",
         "Urgent Care Governance Lead"),
    ]
    for h in hist:
        r += 1
        for c, v in enumerate(h, start=1):
            body_cell(cov, r, c, v, "dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
    r += 2
    cov.cell(row=r, column=1, value="RAG key (column I of the Safety actions sheet)").font = BOLD
    key = [
        ("B", "Complete – action delivered and evidence received"),
        ("G", "On track to deliver by the target date"),
        ("A", "At risk – may not be delivered by the target date"),
        ("R", "Overdue – target date passed and action not complete"),
        (None, "No colour – not yet started / not yet due"),
    ]
    for k, text in key:
        r += 1
        c = body_cell(cov, r, 1, None)
        if k:
            c.fill = FILLS[k]
        body_cell(cov, r, 2, text)
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)

    ws = wb.create_sheet("Safety actions")
    widths(ws, [8, 38, 48, 26, 34, 13, 13, 44, 8])
    ws["A1"] = ("Safety Action Plan – PSII WAHT-PSII-2024-031: Delayed sepsis treatment in ED "
                "(Worcestershire Royal Hospital)")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Progress position as at 31 October 2025 – owners to update monthly via the "
                "Urgent Care Divisional Governance Team")
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Ref", "Area for improvement (from PSII findings)", "Safety action",
                       "Action owner", "Measure of effectiveness", "Original target date",
                       "Revised target date", "Progress update", "RAG"])
    afis = [
        ("AFI 1: Sepsis screening at triage was not consistently completed for patients "
         "arriving by ambulance during periods of corridor care.", [
            ("SA1.1",
             "Amend the ED triage template on the electronic patient record so that the adult "
             "sepsis screening tool is a mandatory field for every patient with a NEWS2 score "
             "of 5 or above.",
             "Chief Clinical Information Officer",
             "Monthly EPR report of triage episodes with a completed sepsis screen (target 95%)",
             dt.datetime(2025, 3, 31), dt.datetime(2025, 6, 30),
             "Template change went live on 2 June 2025. Compliance 93% in September 2025; "
             "evidence accepted by PSQG.", "B"),
            ("SA1.2",
             "Deliver rolling sepsis recognition training for ED triage staff:\n"
             "- registered nurses and HCAs on the triage rota\n"
             "- ambulance handover nurses",
             "ED Practice Educator / Sepsis Lead Nurse",
             "Attendance recorded on ESR; 90% of triage staff trained",
             dt.datetime(2025, 4, 30), dt.datetime(2025, 11, 30),
             "82% of triage staff trained. Remaining sessions booked for November 2025.", "G"),
            ("SA1.3",
             "Introduce an electronic prompt on the ED patient tracking board that flags any "
             "patient with a positive sepsis screen who has not received antibiotics within "
             "60 minutes.",
             "Divisional Director of Nursing, Urgent Care",
             "Time to antibiotics for red flag sepsis (median) reported monthly",
             dt.datetime(2025, 9, 30), None,
             "Development delayed by the supplier release schedule; testing planned for "
             "December 2025.", "A"),
        ]),
        ("AFI 2: Escalation to the medical team was delayed because the corridor care area "
         "had no allocated nurse in charge and no clear escalation route.", [
            ("SA2.1",
             "Allocate a named registered nurse to lead the corridor / temporary escalation "
             "space on every shift, recorded on the ED safety huddle sheet.",
             "ED Matron",
             "Huddle sheet audit – named lead recorded on 100% of shifts",
             dt.datetime(2025, 2, 28), None,
             "Embedded. Huddle sheet audit April–September 2025: named lead on 100% of shifts.",
             "B"),
            ("SA2.2",
             "Update the Trust Temporary Escalation Spaces SOP to include an escalation "
             "flowchart for deteriorating patients, including when to call the Critical Care "
             "Outreach Team.",
             "Deputy Chief Nursing Officer",
             "SOP ratified and published on the intranet; spot-check of staff awareness",
             dt.datetime(2025, 3, 31), dt.datetime(2025, 7, 31),
             "SOP v3 ratified at Nursing and Midwifery Board on 17 July 2025.", "B"),
        ]),
        ("AFI 3: Learning from previous sepsis incidents had not been shared across both "
         "acute sites.", [
            ("SA3.1",
             "Present the PSII findings and safety actions at the Trust-wide Learning from "
             "Patient Safety Events forum and at the Alexandra Hospital ED governance meeting.",
             "Head of Patient Safety",
             "Presentations delivered and minuted",
             dt.datetime(2025, 1, 31), None,
             "Presented 21 January and 29 January 2025.", "B"),
            ("SA3.2",
             "Carry out a six-month re-audit of time to antibiotics for ED patients with red "
             "flag sepsis at Worcestershire Royal Hospital and the Alexandra Hospital, and "
             "report the results to the Patient Safety and Quality Group.",
             "Consultant in Emergency Medicine (Sepsis Lead)",
             "Re-audit report received by PSQG",
             dt.datetime(2025, 12, 31), None,
             "Not yet due – audit tool agreed with Clinical Audit team.", None),
        ]),
    ]
    r = 5
    for afi_text, actions in afis:
        first = r
        for ref, action, owner, measure, orig, rev, prog, rag in actions:
            body_cell(ws, r, 1, ref)
            body_cell(ws, r, 2, afi_text if r == first else None)
            body_cell(ws, r, 3, action)
            body_cell(ws, r, 4, owner)
            body_cell(ws, r, 5, measure)
            body_cell(ws, r, 6, orig, "dd/mm/yyyy")
            body_cell(ws, r, 7, rev, "dd/mm/yyyy")
            body_cell(ws, r, 8, prog)
            c = body_cell(ws, r, 9, None)
            if rag:
                c.fill = FILLS[rag]
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes:").font = BOLD
    ws.cell(row=r, column=2, value=(
        "1. Completed actions stay on the plan for 12 months and are closed by the Patient "
        "Safety Learning Group once evidence of sustained improvement is received."))
    r += 1
    ws.cell(row=r, column=2, value=(
        "2. Revised target dates have been agreed by the Divisional Director of Nursing, "
        "Urgent Care and reported to PSQG."))
    r += 2
    ws.cell(row=r, column=1, value="Summary").font = BOLD
    for c, v in enumerate(["Complete", "On track", "At risk", "Overdue", "Not yet due",
                           "Total"], start=2):
        ws.cell(row=r, column=c, value=v).font = BOLD
    r += 1
    for c, v in enumerate([4, 1, 1, 0, 1, 7], start=2):
        ws.cell(row=r, column=c, value=v)
    ws.freeze_panes = "A5"
    wb.save(out("zbb-worcestershire-acute-hospitals-nhs-trust-psii-delayed-sepsis-treatment-"
                "safety-action-plan.xlsx"))


# ============================================================ 2. BSol ICB BAF (xlsx)
def make_bsol_baf():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover & Key"
    widths(cov, [14, 70])
    cov["A1"] = "NHS Birmingham and Solihull Integrated Care Board"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Board Assurance Framework 2025/26"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Quarter 2 position – presented to the ICB Board, 27 November 2025"
    cov["A5"] = "Risk scoring"
    cov["A5"].font = BOLD
    cov["A6"] = "Risk score = Likelihood (1–5) x Consequence (1–5)"
    cov["A7"] = "1–3 Low | 4–6 Moderate | 8–12 High | 15–25 Extreme"
    cov["A9"] = "Action progress key (Q1 and Q2 columns on each BAF sheet)"
    cov["A9"].font = BOLD
    for i, (k, t) in enumerate([("B", "Complete"),
                                ("G", "On track to deliver by the due date"),
                                ("A", "Some slippage – recovery plan in place"),
                                ("R", "Significant delay or due date missed")]):
        c = body_cell(cov, 10 + i, 1, k)
        c.fill = FILLS[k]
        c.alignment = Alignment(horizontal="center")
        body_cell(cov, 10 + i, 2, t)

    summ = wb.create_sheet("Summary")
    widths(summ, [9, 48, 26, 34, 9, 9, 9, 9, 10])
    summ["A1"] = "BAF summary – Quarter 2 2025/26"
    summ["A1"].font = Font(bold=True, size=12)
    header_row(summ, 3, ["BAF ref", "Principal risk", "Executive lead", "Assuring committee",
                         "Initial score", "Q1 score", "Q2 score", "Target score", "Movement"])
    rows = [
        ("BAF 01", "Urgent and emergency care performance and patient flow",
         "Chief Delivery Officer", "Performance and Delivery Committee", 20, 20, 16, 12,
         "Reduced"),
        ("BAF 02", "Access to general practice", "Director of Primary Care",
         "Primary Care Commissioning Committee", 16, 16, 16, 9, "No change"),
        ("BAF 03", "Financial sustainability of the Birmingham and Solihull system",
         "Chief Finance Officer", "Finance and Investment Committee", 20, 20, 20, 12,
         "No change"),
    ]
    for i, row in enumerate(rows):
        for c, v in enumerate(row, start=1):
            body_cell(summ, 4 + i, c, v)

    baf = [
        ("BAF 01", "BAF 01: Urgent and emergency care performance and patient flow", [
            ("Strategic objective",
             "SO2 – Improve access to timely, high-quality urgent, emergency and planned care"),
            ("Risk description",
             "There is a risk that demand for urgent and emergency care continues to exceed "
             "capacity across Birmingham and Solihull, leading to long waits in emergency "
             "departments, ambulance handover delays and avoidable harm to patients."),
            ("Executive lead", "Chief Delivery Officer"),
            ("Assuring committee", "Performance and Delivery Committee"),
            ("Risk score", "Initial 20 (4x5) | Q1 20 (4x5) | Q2 16 (4x4) | Target 12 (3x4) "
                           "by 31/03/2026"),
            ("Key controls",
             "System UEC Board chaired by the Chief Delivery Officer\n"
             "Daily system control centre calls with acute, community and ambulance partners\n"
             "Operational Pressures Escalation Levels (OPEL) framework"),
            ("Sources of assurance",
             "Monthly UEC performance report to the Performance and Delivery Committee\n"
             "NHS England regional UEC tiering meetings"),
            ("Gaps in control / assurance",
             "Virtual ward capacity under-used; winter plan not yet tested with all partners"),
        ], [
            ("1.1", "Implement the system UEC improvement plan, including longer same day "
                    "emergency care (SDEC) opening hours at Heartlands Hospital and the Queen "
                    "Elizabeth Hospital.",
             "Director of Urgent and Emergency Care", "31/03/2026", "G", "G",
             "SDEC hours extended to 22:00 at Heartlands from September; QEHB from January."),
            ("1.2", "Increase virtual ward bed utilisation to 80% through more frailty and "
                    "respiratory step-up referrals from primary care and West Midlands "
                    "Ambulance Service.",
             "Director of Urgent and Emergency Care / Place Directors", "Q3 2025/26", "A", "A",
             "Utilisation 71% in September; referral pathway for WMAS crews launched 6 "
             "October."),
            ("1.3", "Agree the 2025/26 winter plan with system partners and test it through a "
                    "system-wide winter exercise.",
             "Chief Delivery Officer", "Oct-25", "G", "B",
             "Winter exercise held 8 October 2025; plan signed off by the System UEC Board."),
        ]),
        ("BAF 02", "BAF 02: Access to general practice", [
            ("Strategic objective",
             "SO2 – Improve access to timely, high-quality urgent, emergency and planned care"),
            ("Risk description",
             "There is a risk that patients cannot get timely access to general practice "
             "because of rising demand and workforce shortages, leading to poorer outcomes, "
             "widening inequalities and more pressure on urgent care."),
            ("Executive lead", "Director of Primary Care"),
            ("Assuring committee", "Primary Care Commissioning Committee"),
            ("Risk score", "Initial 16 (4x4) | Q1 16 (4x4) | Q2 16 (4x4) | Target 9 (3x3) "
                           "by 31/03/2026"),
            ("Key controls",
             "Primary care access recovery plan\n"
             "PCN contract and Capacity and Access Improvement Payment reviews"),
            ("Sources of assurance",
             "GP appointment data (GPAD) reported monthly\nGP Patient Survey 2025"),
            ("Gaps in control / assurance",
             "Variation in access between practices is not visible to the committee"),
        ], [
            ("2.1", "Support practices to move to the Modern General Practice Access model, "
                    "with all practices offering online consultation during core hours.",
             "Director of Primary Care", "Mar-26", "G", "G",
             "91% of practices live with online consultation in core hours."),
            ("2.2", "Deliver the Additional Roles Reimbursement Scheme (ARRS) workforce plan "
                    "with primary care networks, including recruitment of newly qualified GPs.",
             "Director of Primary Care / Chief People Officer", "31/03/2026", "A", "R",
             "GP recruitment below plan (14 of 40); recovery options to November PCCC."),
            ("2.3", "Publish a quarterly GP access dashboard by place and practice for the "
                    "Primary Care Commissioning Committee.",
             "Head of Business Intelligence", "Ongoing – quarterly", "G", "G",
             "Q2 dashboard presented 4 November 2025."),
        ]),
        ("BAF 03", "BAF 03: Financial sustainability of the Birmingham and Solihull system", [
            ("Strategic objective",
             "SO4 – Make the best use of resources and deliver a balanced system financial "
             "position"),
            ("Risk description",
             "There is a risk that the system does not deliver its 2025/26 financial plan "
             "because efficiency schemes under-deliver and demand for high-cost packages of "
             "care grows, leading to regulatory intervention and reduced investment."),
            ("Executive lead", "Chief Finance Officer"),
            ("Assuring committee", "Finance and Investment Committee"),
            ("Risk score", "Initial 20 (4x5) | Q1 20 (4x5) | Q2 20 (4x5) | Target 12 (3x4) "
                           "by 31/03/2026"),
            ("Key controls",
             "System financial recovery group\nGrip and control panel for all new spend "
             "above £50,000"),
            ("Sources of assurance",
             "Monthly finance report to the Finance and Investment Committee\n"
             "Internal audit review of financial controls (substantial assurance)"),
            ("Gaps in control / assurance",
             "Efficiency schemes not fully identified; CHC cost growth above plan"),
        ], [
            ("3.1", "Deliver the 2025/26 system efficiency programme, with monthly reporting "
                    "of delivery against plan to the Finance and Investment Committee.",
             "Chief Finance Officer", "Mar-26", "A", "A",
             "£41.2m delivered against £52.0m year-to-date plan; gap being addressed."),
            ("3.2", "Complete the review of continuing healthcare (CHC) packages above £2,000 "
                    "per week and implement agreed changes.",
             "Chief Nursing Officer", "December 2025", "G", "G",
             "312 of 420 packages reviewed."),
        ]),
    ]
    for sheet, title, fields, actions in baf:
        ws = wb.create_sheet(sheet)
        widths(ws, [24, 56, 34, 16, 7, 7, 44])
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        r = 3
        for k, v in fields:
            body_cell(ws, r, 1, k).font = BOLD
            body_cell(ws, r, 2, v)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Actions to address gaps").font = Font(bold=True,
                                                                               size=12)
        r += 1
        header_row(ws, r, ["Ref", "Action", "Lead", "Due date", "Q1", "Q2", "Q2 update"])
        for ref, act, lead, due, q1, q2, upd in actions:
            r += 1
            body_cell(ws, r, 1, ref)
            body_cell(ws, r, 2, act)
            body_cell(ws, r, 3, lead)
            body_cell(ws, r, 4, due)
            for col, q in ((5, q1), (6, q2)):
                c = body_cell(ws, r, col, q)
                c.fill = FILLS[q]
                c.alignment = Alignment(horizontal="center", vertical="top")
            body_cell(ws, r, 7, upd)
    wb.save(out("zbb-nhs-birmingham-and-solihull-icb-board-assurance-framework-2025-26.xlsx"))


# ============================================================ 3. Tullyraine RQIA QIP (xlsx)
def make_tullyraine_qip():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP tracker"
    widths(ws, [24, 46, 7, 50, 22, 20, 12, 40])
    ws["A1"] = "Tullyraine House Nursing Home – Quality Improvement Plan (QIP) Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Following RQIA unannounced care inspection on 3 June 2025 "
                "(Inspection ID: IN048213)")
    ws["A3"] = "Tracker last updated: 12 September 2025 by the Registered Manager"
    ws["A3"].font = Font(italic=True)
    ws["A5"] = "Status key:"
    ws["A5"].font = BOLD
    for i, (k, word, meaning) in enumerate([
            ("B", "Achieved", "action complete and sustained"),
            ("G", "On track", "in progress within the timescale"),
            ("A", "Delayed", "behind timescale – reason recorded in comments")]):
        c = body_cell(ws, 5 + i, 2, word)
        c.fill = FILLS[k]
        ws.cell(row=5 + i, column=4, value="= " + meaning)
    header_row(ws, 9, ["Area for improvement", "RQIA requirement", "Ref",
                       "Action taken / planned by the home", "Responsible",
                       "To be completed by", "Status", "Evidence / comments"])
    sections = [
        ("Action required to ensure compliance with The Nursing Homes Regulations "
         "(Northern Ireland) 2005", [
            ("Area for improvement 1\nRef: Regulation 13 (1) (a) (b)\nStated: First time",
             "The registered person shall ensure that wound care is delivered in accordance "
             "with the care plan and that wound care records, including photographs and "
             "measurements, are accurately maintained.", [
                ("1.1", "Wound care champion to complete a full review of all current wound "
                        "care plans, body maps and photographs.",
                 "Clinical Lead", "With immediate effect", "Achieved",
                 "Review completed 10 June 2025; 6 care plans updated."),
                ("1.2", "Monthly wound care audit added to the home's governance audit "
                        "schedule; findings discussed at staff nurse meetings.",
                 "Registered Manager", "31 July 2025", "Achieved",
                 "June, July and August audits on file."),
            ]),
            ("Area for improvement 2\nRef: Regulation 14 (2) (a) (c)\nStated: First time",
             "The registered person shall ensure that all parts of the home to which "
             "residents have access are free from hazards to their safety. This relates "
             "specifically to the storage of thickening agents and cleaning chemicals.", [
                ("2.1", "Lockable storage fitted in the first floor kitchenette and sluice; "
                        "daily walk-round check added to the nurse in charge handover sheet.",
                 "Registered Manager / Maintenance Person", "With immediate effect",
                 "Achieved", "Locks fitted 5 June 2025. Handover sheets checked weekly."),
            ]),
            ("Area for improvement 3\nRef: Regulation 20 (1) (c) (i)\nStated: First time",
             "The registered person shall ensure that all staff complete mandatory fire "
             "safety training and that compliance is monitored.", [
                ("3.1", "Book fire safety training for all staff, including a fire drill "
                        "during night duty.",
                 "Home Administrator", "31 August 2025", "Achieved",
                 "Training 22 July and 19 August; night drill 27 August 2025."),
                ("3.2", "Review the training matrix monthly; staff whose fire training is out "
                        "of date are not rostered until it is completed.",
                 "Registered Manager", "30 September 2025", "On track",
                 "Compliance 96% at 12 September 2025."),
            ]),
        ]),
        ("Action required to ensure compliance with the Care Standards for Nursing Homes "
         "(December 2022)", [
            ("Area for improvement 4\nRef: Standard 4\nStated: Second time",
             "The registered person shall ensure that care plans for residents who need a "
             "modified diet reflect the current recommendations of the speech and language "
             "therapist (SALT) and the correct IDDSI level.", [
                ("4.1", "Review all care plans for residents on modified diets against current "
                        "SALT recommendations and update the kitchen diet notification "
                        "sheets.",
                 "Clinical Lead / Cook Manager", "3 September 2025", "Delayed",
                 "12 of 17 care plans reviewed; completion delayed by staff sickness. New "
                 "date agreed with RI."),
            ]),
            ("Area for improvement 5\nRef: Standard 35\nStated: First time",
             "The registered person shall ensure that the monthly monitoring reports completed "
             "under Regulation 29 include an action plan with timeframes, and that actions are "
             "followed up at the next visit.", [
                ("5.1", "Regulation 29 report template amended to include an action plan "
                        "section; Responsible Individual to review progress on previous "
                        "actions at each visit.",
                 "Responsible Individual", "30 September 2025", "On track",
                 "New template used for the August 2025 visit."),
            ]),
        ]),
    ]
    status_fill = {"Achieved": "B", "On track": "G", "Delayed": "A"}
    r = 10
    for sec, afis in sections:
        c = ws.cell(row=r, column=1, value=sec)
        c.font = BOLD
        c.fill = SEC_FILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for label, req, actions in afis:
            first = r
            for ref, act, resp, when, status, ev in actions:
                body_cell(ws, r, 1, label if r == first else None)
                body_cell(ws, r, 2, req if r == first else None)
                body_cell(ws, r, 3, ref)
                body_cell(ws, r, 4, act)
                body_cell(ws, r, 5, resp)
                body_cell(ws, r, 6, when)
                body_cell(ws, r, 7, status).fill = FILLS[status_fill[status]]
                body_cell(ws, r, 8, ev)
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.freeze_panes = "A10"

    so = wb.create_sheet("Sign off")
    widths(so, [40, 40])
    so["A1"] = "QIP sign off"
    so["A1"].font = BOLD
    for i, (k, v) in enumerate([
            ("QIP completed by", "Registered Manager"),
            ("QIP approved by", "Responsible Individual"),
            ("QIP returned to RQIA via the Web Portal", "1 July 2025"),
            ("Progress reviewed at Regulation 29 visit", "20 August 2025"),
            ("Next review of this tracker", "October 2025 staff nurse meeting")]):
        so.cell(row=3 + i, column=1, value=k).font = BOLD
        so.cell(row=3 + i, column=2, value=v)
    wb.save(out("zbb-tullyraine-house-nursing-home-banbridge-rqia-care-inspection-qip-"
                "tracker.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, fill=None, size=None):
    """Write text; inner \n become separate paragraphs within the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))


# ============================================================ 4. NHS Fife HIS maternity (docx)
def make_fife_his():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Improvement Action Plan", level=0)
    doc.add_paragraph("Healthcare Improvement Scotland – Safe Delivery of Care Inspection of "
                      "Maternity Services, Victoria Hospital, Kirkcaldy")
    det = doc.add_table(rows=0, cols=2)
    det.style = "Table Grid"
    for k, v in [("NHS board", "NHS Fife"),
                 ("Hospital / service", "Victoria Hospital, Kirkcaldy – maternity services "
                                        "(labour ward, antenatal and postnatal wards)"),
                 ("Date of inspection", "11–13 March 2025"),
                 ("Date of report publication", "24 June 2025"),
                 ("Action plan owner", "Director of Nursing"),
                 ("Progress position", "31 October 2025 – reported to the Clinical "
                                       "Governance Committee")]:
        row = det.add_row().cells
        set_cell(row[0], k, bold=True, fill="D9E2F3")
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG status: B – complete; G – on track to deliver within timescale; "
                      "A – at risk of delay; R – timescale missed.")
    doc.add_paragraph("Please note: actions that address immediate concerns raised during the "
                      "inspection are marked as such in the timescale column.")

    cols = ["Ref", "Action planned", "Timescale to meet action",
            "Responsibility for taking action", "Progress against action", "RAG"]
    rag_fill = {"B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF0000"}

    def req_table(req_text, actions):
        t = doc.add_table(rows=2, cols=len(cols))
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
        set_cell(top, req_text, bold=True, fill="D9E2F3")
        for i, h in enumerate(cols):
            set_cell(t.rows[1].cells[i], h, bold=True, fill="B4C6E7")
        for ref, act, when, who, prog, rag in actions:
            cells = t.add_row().cells
            for i, v in enumerate([ref, act, when, who, prog]):
                set_cell(cells[i], v)
            set_cell(cells[5], rag, bold=True, fill=rag_fill[rag])
        widths_cm = [1.3, 8.0, 3.4, 4.0, 7.0, 1.2]
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                row.cells[i].width = Cm(w)
        doc.add_paragraph()

    doc.add_heading("Domain 2 – Leadership and culture", level=2)
    req_table("Requirement 1: NHS Fife must ensure that staff are supported to raise concerns "
              "and that there is a clear process for giving feedback on concerns raised.", [
        ("1.1", "Hold a monthly maternity 'Speak Up' drop-in session on each ward, led by the "
                "Head of Midwifery and a Whistleblowing Champion.",
         "May 2025", "Head of Midwifery",
         "Sessions running since May 2025; attendance and themes recorded.", "B"),
        ("1.2", "Introduce a 'You said, we did' board in each clinical area, updated monthly "
                "from concerns raised through Datix and the Speak Up sessions.",
         "31 August 2025", "Senior Charge Midwives",
         "Boards in place in all four areas from August 2025.", "B"),
    ])
    doc.add_heading("Domain 4.1 – Pathways, procedures and policies", level=2)
    req_table("Requirement 2: NHS Fife must ensure that fetal heart rate monitoring is carried "
              "out and documented in line with national guidance, including hourly 'fresh "
              "eyes' reviews.", [
        ("2.1", "Re-issue the intrapartum fetal monitoring guideline with an updated fresh eyes "
                "proforma built into BadgerNet.",
         "30 June 2025", "Fetal Monitoring Lead Midwife / Consultant Obstetrician",
         "Guideline re-issued 20 June 2025; proforma live in BadgerNet.", "B"),
        ("2.2", "Audit 10 sets of CTG records each month for fresh eyes documentation and "
                "report the results to the Maternity Clinical Governance Group.",
         "Monthly from July 2025 – March 2026", "Quality Improvement Midwife",
         "July 84%, August 90%, September 93% compliance.", "G"),
    ])
    req_table("Requirement 3: NHS Fife must ensure that medicines, including controlled drugs, "
              "are stored securely and that medicine fridge temperatures are recorded and acted "
              "on.", [
        ("3.1", "Replace the treatment room door lock on the labour ward and move the "
                "controlled drugs cabinet keys to the midwife in charge key holder.",
         "Immediate", "Senior Charge Midwife, Labour Ward",
         "Completed during the inspection week.", "B"),
        ("3.2", "Introduce digital fridge temperature monitoring with automated alerts to "
                "Estates and Pharmacy.",
         "December 2025", "Lead Pharmacist, Women and Children's Services",
         "Funding approved; installation delayed pending Estates resource.", "A"),
    ])
    doc.add_heading("Domain 4.3 – Workforce planning", level=2)
    req_table("Requirement 4: NHS Fife must ensure that there are enough appropriately skilled "
              "staff on duty at all times and that staffing decisions are recorded in line "
              "with the Health and Care (Staffing) (Scotland) Act 2019.", [
        ("4.1", "Embed a real-time staffing assessment at every shift huddle, with escalation "
                "recorded whenever staffing falls below the planned level.",
         "30 September 2025", "Head of Midwifery",
         "Real-time staffing tool used at 96% of huddles in September.", "G"),
        ("4.2", "Complete the annual midwifery workforce tool run and present the findings and "
                "required establishment to the Staff Governance Committee.",
         "March 2026", "Director of Nursing",
         "Tool run scheduled for January 2026.", "G"),
    ])
    doc.add_heading("Recommendations", level=2)
    req_table("Recommendation a: NHS Fife should consider how women and families are involved "
              "in reviewing the information given to them at discharge from the postnatal "
              "ward.", [
        ("a.1", "Review the postnatal discharge information pack with women and families "
                "through the Fife Maternity Voices group and publish a revised pack.",
         "Q4 2025/26", "Patient Experience Lead",
         "First co-design session held 15 October 2025.", "G"),
    ])
    doc.add_heading("Sign off", level=2)
    so = doc.add_table(rows=0, cols=2)
    so.style = "Table Grid"
    for k, v in [("Action plan approved by", "Director of Nursing"),
                 ("Date", "31 October 2025"),
                 ("Next update due", "Clinical Governance Committee, January 2026")]:
        row = so.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.save(out("zbb-nhs-fife-his-victoria-hospital-maternity-inspection-improvement-"
                 "action-plan.docx"))


# ============================================================ 5. Meddygfa Emlyn HIW GP (docx)
def make_emlyn_hiw():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("Service: Meddygfa Emlyn, Newcastle Emlyn")
    doc.add_paragraph("Date of inspection: 15 July 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the "
                      "inspection where we require the service to complete an improvement plan "
                      "telling us about the actions they are taking to address these areas.")
    cols = ["Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        set_cell(t.rows[0].cells[i], h, bold=True, fill="BDD6EE")
    plan = [
        ("Quality of the patient experience", [
            ("The practice must ensure that the hearing loop at reception is working and that "
             "staff know how to use it.",
             "Health and Care Quality Standards 2023 – Equitable", [
                ("Hearing loop tested and repaired by the supplier on 22 July 2025.\n"
                 "Reception team shown how to switch on and test the loop; weekly check added "
                 "to the reception opening checklist.", "Practice Manager", "Immediate"),
            ]),
            ("The practice should make information about how to raise a concern (Putting "
             "Things Right) available in Welsh and English in the waiting areas and on the "
             "practice website.",
             "Health and Care Quality Standards 2023 – Person-centred", [
                ("Bilingual Putting Things Right posters displayed in both waiting areas. "
                 "Website updated with a bilingual concerns page and a link to Llais.",
                 "Assistant Practice Manager", "31/08/2025"),
            ]),
        ]),
        ("Delivery of safe and effective care", [
            ("The practice must ensure that emergency drugs and equipment are checked weekly "
             "and that the checks are recorded.",
             "Health and Care Quality Standards 2023 – Safe", [
                ("Weekly checklist for emergency drugs, oxygen and the defibrillator "
                 "introduced, with a named nurse responsible each week.",
                 "Lead Practice Nurse", "Immediate"),
                ("Monthly spot check of the checklist by the Practice Manager, reported to the "
                 "practice clinical meeting.", "Practice Manager", "Ongoing – monthly"),
            ]),
            ("The practice must ensure that all clinical staff have completed safeguarding "
             "training at the level appropriate to their role.",
             "Health and Care Quality Standards 2023 – Safe", [
                ("Training matrix reviewed; four staff identified as overdue for Level 3 "
                 "children's safeguarding training.\n"
                 "Places booked on the health board's Level 3 sessions in September and "
                 "October 2025.", "Practice Manager / Safeguarding Lead GP",
                 "31 October 2025"),
            ]),
            ("The practice should carry out an infection prevention and control audit of the "
             "treatment rooms and act on any findings.",
             "Health and Care Quality Standards 2023 – Safe", [
                ("IPC audit to be completed using the health board's primary care audit tool, "
                 "with the resulting action plan shared with all staff.",
                 "Dr Rhian Morgan", "End of September 2025"),
            ]),
        ]),
        ("Quality of management and leadership", [
            ("The practice must ensure that pre-employment checks, including DBS checks and "
             "references, are completed and recorded for all staff before they start work.",
             "Health and Care Quality Standards 2023 – Workforce", [
                ("Recruitment checklist updated and all staff files audited; two missing "
                 "references obtained.", "Practice Manager", "30 September 2025"),
            ]),
            ("The practice should hold regular minuted practice meetings and share the "
             "minutes with staff unable to attend.",
             "Health and Care Quality Standards 2023 – Leadership", [
                ("Monthly whole-practice meeting scheduled for the second Tuesday of each "
                 "month; minutes circulated by email and saved on the shared drive.",
                 "GP Partners", "Ongoing"),
            ]),
        ]),
    ]
    for section, items in plan:
        row = t.add_row()
        cell = row.cells[0].merge(row.cells[-1])
        set_cell(cell, section, bold=True, fill="DEEAF6")
        for need, std, actions in items:
            first = None
            for i, (act, who, when) in enumerate(actions):
                cells = t.add_row().cells
                if i == 0:
                    set_cell(cells[0], need)
                    set_cell(cells[1], std)
                    first = cells
                set_cell(cells[2], act)
                set_cell(cells[3], who)
                set_cell(cells[4], when)
            if len(actions) > 1:
                last = t.rows[-1].cells
                first[0].merge(last[0])
                first[1].merge(last[1])
    for row in t.rows:
        for i, w in enumerate([6.5, 3.8, 8.5, 3.8, 3.0]):
            row.cells[i].width = Cm(w)
    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the "
                      "service who has overall responsibility and accountability for ensuring "
                      "the improvement plan is actioned.")
    doc.add_paragraph("Service representative").runs[0].bold = True
    rep = doc.add_table(rows=0, cols=2)
    rep.style = "Table Grid"
    for k, v in [("Name (print):", "Eleri Davies"), ("Job role:", "Practice Manager"),
                 ("Date:", "29 August 2025")]:
        row = rep.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.save(out("zbb-meddygfa-emlyn-hiw-gp-inspection-improvement-plan.docx"))


# ============================================================ 6. Home Instead Chester (csv, refuse)
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_home_instead_csv():
    ncol = 8
    rows = [
        ["Home Instead Chester – CQC Inspection Action Plan"],
        ["Inspection 6–8 May 2025, report published 2 July 2025. Overall rating: Requires "
         "Improvement (Safe: RI; Effective: RI; Well-led: RI)"],
        [],
        ["Ref", "Key question", "Regulation / finding", "Action", "Lead", "Target date",
         "Progress update", "RAG"],
        ["1", "Safe", "Reg 12 Safe care and treatment – medicine administration records were "
         "not always accurate, including for time-specific medicines",
         "Switch on electronic MAR alerts for time-specific medicines in the care planning app",
         "Registered Manager", "Jul-25", "Alerts live from 14 July 2025", "Complete"],
        ["2", "Safe", "Reg 12 Safe care and treatment – medicine administration records were "
         "not always accurate, including for time-specific medicines",
         "Reassess medicines competency for every Care Professional who supports people with "
         "medicines", "Care Quality Lead/Field Care Supervisor", "Sep-25",
         "41 of 48 reassessed", "Green"],
        ["3", "Safe", "Reg 12 Safe care and treatment – falls risk assessments had not been "
         "reviewed after changes in people's needs",
         "Review all falls risk assessments and add a 'change in need' prompt to the visit log",
         "Care Manager", "Aug-25", "All 63 clients reviewed", "Complete"],
        ["4", "Effective", "Reg 11 Need for consent – mental capacity assessments were not "
         "decision-specific",
         "MCA training for the office team and introduction of a decision-specific capacity "
         "assessment template", "Registered Manager", "0ct-25",
         "Training booked for 9 October", "Amber"],
        ["5", "Effective", "Reg 18 Staffing – not all staff had completed dementia and "
         "diabetes training",
         "Add dementia and diabetes modules to the mandatory training matrix and set completion "
         "deadlines", "Training Coordinator", "Nov-25", "Modules assigned", "Green"],
        ["6", "Well-led", "Reg 17 Good governance – audits did not identify the shortfalls in "
         "medicines records and risk assessments",
         "Introduce a monthly quality and governance meeting with an audit dashboard",
         "Owner/Director", "Aug-25", "First meeting held 28 August", "Complete"],
        ["7", "Well-led", "Reg 17 Good governance – audits did not identify the shortfalls in "
         "medicines records and risk assessments",
         "Commission an independent mock inspection against the CQC quality statements",
         "Owner/Director", "Dec-25", "Provider booked", "Green"],
        ["8", "Well-led", "Reg 17 Good governance – feedback from people and relatives was not "
         "analysed", "Quarterly client and family survey with results and actions shared in "
         "the newsletter", "Care Quality Lead", "Ongoing", "Q2 survey sent", "Green"],
        [],
        ["Total actions: 8", "Complete: 3", "Green: 4", "Amber: 1", "Red: 0"],
        ["Plan owner: Registered Manager. Reviewed monthly at the quality and governance "
         "meeting."],
    ]
    lines = []
    for row in rows:
        row = list(row) + [""] * (ncol - len(row))
        lines.append(",".join(csv_field(v) for v in row))
    with open(out("zbb-home-instead-chester-cqc-home-care-inspection-action-plan-typo-month-"
                  "refuse.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ============================================================ 7. Harrogate QA tracker (txt)
def make_harrogate_txt():
    T = "\t"
    L = []
    L.append("Harrogate and District NHS Foundation Trust")
    L.append("Quality Account 2025/26 – Quality Priorities Progress Tracker")
    L.append("Quality Committee, 3 December 2025 (Quarter 2 position)")
    L.append("")
    L.append("RAG key: G = on track; A = partially on track / risk to delivery; "
             "R = not on track; C = complete")
    L.append("")
    L.append(T.join(["Ref", "What we will do", "Lead", "By when", "Q1 RAG", "Q2 RAG",
                     "Q2 progress update"]))
    L.append("")
    L.append("Patient Safety")
    L.append("Priority 1: Recognising and responding to the deteriorating patient")
    L.append("Aim: 95% of adult inpatients with a NEWS2 of 5 or more are escalated in line with "
             "policy by March 2026.")
    L.append(T.join(["1.1", "Introduce electronic NEWS2 escalation alerts on all adult "
                     "inpatient wards", "Chief Clinical Information Officer", "Jun-25", "G",
                     "C", "Live on all 14 adult wards from 23 June 2025"]))
    L.append(T.join(["1.2", "Monthly audit of escalation compliance on each ward, reported to "
                     "the Deteriorating Patient Group", "Lead Nurse Critical Care Outreach",
                     "Ongoing", "G", "G", "Compliance 88% (Q1) and 91% (Q2)"]))
    L.append(T.join(["1.3", "Launch the revised deteriorating patient escalation policy on "
                     "all adult wards, supported by:", "Deputy Chief Nurse", "Sep-25", "G",
                     "C", "Policy ratified August 2025; teaching complete"]))
    L.append(T.join(["", "- ward-based teaching by the Critical Care Outreach Team", "", "",
                     "", "", ""]))
    L.append(T.join(["", "- an escalation aide-memoire on every computer on wheels", "", "",
                     "", "", ""]))
    L.append(T.join(["1.4", "Extend structured sepsis screening to the Children's Assessment "
                     "Unit using the paediatric sepsis tool", "Medical Director / Head of "
                     "Nursing Children's Services", "31/12/2025", "A", "A",
                     "Paediatric tool agreed; digital build delayed to November"]))
    L.append("")
    L.append("Clinical Effectiveness")
    L.append("Priority 2: Improving nutrition and hydration for inpatients")
    L.append("Aim: MUST screening completed within 24 hours of admission for 90% of adult "
             "inpatients.")
    L.append(T.join(["2.1", "Add MUST screening to the admission nursing assessment bundle "
                     "on the electronic patient record", "Lead Nurse for Nutrition",
                     "Q3 2025/26", "G", "G", "Build complete; go-live 10 December 2025"]))
    L.append(T.join(["2.2", "Recruit and train a nutrition link nurse on every adult ward",
                     "Lead Nurse for Nutrition", "Mar-26", "A", "R",
                     "Link nurses on 6 of 14 wards; training capacity reduced by vacancy"]))
    L.append(T.join(["2.3", "Protected mealtimes audit across all wards twice a year, "
                     "with results shared at ward governance meetings",
                     "Associate Director of Quality and Corporate Affairs", "Mar-26", "G",
                     "G", "First audit completed September 2025"]))
    L.append("")
    L.append("Patient Experience")
    L.append("Priority 3: Better communication with patients and carers at discharge")
    L.append("Aim: improve the inpatient survey score for 'information given on leaving "
             "hospital' by 10% by March 2026.")
    L.append(T.join(["3.1", "Co-design a discharge information leaflet with the Patient "
                     "Experience Panel and Healthwatch North Yorkshire",
                     "Head of Patient Experience", "Nov-25", "G", "G",
                     "Draft leaflet tested with panel in October"]))
    L.append(T.join(["3.2", "Roll out the 'What matters to me' discharge conversation on "
                     "the elderly care wards", "Head of Patient Experience / Matron for "
                     "Elderly Care", "Jan-26", "G", "A",
                     "Started on 2 of 4 wards; roll-out paused during Q2 estates work"]))
    L.append(T.join(["3.3", "Include carers in discharge planning through the Carers "
                     "Passport and report uptake quarterly", "Carers Lead", "Ongoing", "G",
                     "G", "112 Carers Passports issued in Q2"]))
    L.append("")
    L.append("Summary of Q2 position: Complete 2; On track 5; Partially on track 2; "
             "Not on track 1 (10 actions)")
    L.append("Notes: Q1 RAG as reported to Quality Committee on 3 September 2025. Actions "
             "rated C will be removed from the tracker at year end.")
    with open(out("zbb-harrogate-and-district-nhsft-quality-account-priorities-tracker-"
                  "2025-26.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_worcs_psii()
    make_bsol_baf()
    make_tullyraine_qip()
    make_fife_his()
    make_emlyn_hiw()
    make_home_instead_csv()
    make_harrogate_txt()
    print("built 7 files in", HERE)
