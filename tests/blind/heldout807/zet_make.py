"""Build the seven zet- blind test files (set heldout807).

Run with /work/main/.venv/bin/python zet_make.py  (writes next to this script).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, *, bold=False, fill_hex=None, fmt=None, border=True, color=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or color:
        c.font = Font(bold=bold, color=color)
    if fill_hex:
        c.fill = fill(fill_hex)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


# ---------------------------------------------------------------------------
# 1. NHS Tayside SAER improvement action plan (xlsx)
# ---------------------------------------------------------------------------
SAER_FILE = "zet-nhs-tayside-saer-delayed-follow-up-of-incidental-ct-finding-improvement-action-plan.xlsx"
SAER_TITLE = "NHS Tayside Significant Adverse Event Review – Improvement Action Plan"
SAER_PLAN = [
    ("rec", "Recommendation 1: Ensure a robust process is in place for the acknowledgement and actioning "
            "of significant and incidental radiology findings, so that responsibility for follow-up is clear."),
    ("act", "1.1",
     "Implement electronic acknowledgement of radiology reports flagged as 'significant unexpected finding' "
     "in TrakCare, with escalation to the Clinical Director if a report is not acknowledged within 7 days.",
     "eHealth Programme Manager / Clinical Director, Radiology", d(2024, 12, 31), d(2025, 6, 30),
     "Build complete; testing delayed by the TrakCare upgrade. Go-live now planned for June 2025.", AMBER),
    ("act", "1.2",
     "Agree and publish a Board-wide Standard Operating Procedure for the communication of incidental "
     "findings, setting out the responsibilities of the referrer, the reporting radiologist and the "
     "discharging team.",
     "Associate Medical Director (Surgery)", d(2025, 3, 31), None,
     "SOP approved at Clinical Policy Group 18/03/2025 and published on Staffnet.", GREEN),
    ("act", "1.3",
     "Audit compliance with the SOP at 3 and 6 months after launch and report the results to the Surgical "
     "Clinical Governance Group.",
     "Clinical Governance Facilitator", "Oct-2025", None, "", RED),
    ("rec", "Recommendation 2: Discharge documentation should record any outstanding investigation results "
            "and the agreed plan for follow-up, including who is responsible for it."),
    ("act", "2.1",
     "Amend the surgical Immediate Discharge Letter template to include a mandatory field for 'Results "
     "awaited / incidental findings requiring follow-up'.",
     "Dr K Fraser; Ms L Duncan", d(2025, 2, 28), None,
     "Template amended and live from 03/03/2025.", GREEN),
    ("act", "2.2",
     "Deliver teaching on the new discharge letter fields to FY1/FY2 doctors and Advanced Nurse "
     "Practitioners as part of the induction programme.",
     "Director of Medical Education", "Aug-25", None,
     "Included in the August induction timetable.", AMBER),
    ("rec", "Recommendation 3: Share the learning from this review across NHS Tayside."),
    ("act", "3.1",
     "Present the case as an anonymised learning summary at the Board-wide Morbidity & Mortality meeting "
     "and the Radiology audit meeting.",
     "Lead Reviewer", d(2025, 1, 31), None,
     "Presented 22/01/2025 (M&M) and 05/02/2025 (Radiology).", GREEN),
    ("act", "3.2",
     "Publish a Learning Note on Staffnet and circulate it through the daily Safety Brief.",
     "Patient Safety Manager", d(2025, 3, 31), d(2025, 4, 30),
     "Learning Note drafted; awaiting sign-off by the Medical Director.", AMBER),
    ("act", "3.3",
     "Feed back the outcome of the review and the improvement actions to the patient's family in line "
     "with the organisational Duty of Candour procedure.",
     "Head of Patient Experience", d(2024, 10, 31), None,
     "Meeting held with the family 24/10/2024; letter sent 01/11/2024.", GREEN),
]


def make_saer():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 30
    cov.column_dimensions["B"].width = 80
    put(cov, 1, 1, SAER_TITLE, bold=True, border=False)
    cov["A1"].font = Font(bold=True, size=14, color=NAVY)
    cov.merge_cells("A1:B1")
    rows = [
        ("SAER reference", "SAER 2024-031 (Datix W214487)"),
        ("Event title", "Delayed follow-up of an incidental finding reported on CT imaging"),
        ("Date of event", d(2024, 2, 14)),
        ("Directorate / service", "Surgical Directorate – General Surgery; Radiology"),
        ("Commissioning Director", "Medical Director"),
        ("Lead Reviewer", "Consultant Surgeon (independent of the service)"),
        ("Date report approved", d(2024, 9, 27)),
        ("Plan monitored by", "Surgical Clinical Governance Group (assurance to Clinical Governance Committee)"),
        ("Version", "v1.4 – updated 12/05/2025"),
    ]
    for i, (k, v) in enumerate(rows, start=3):
        put(cov, i, 1, k, bold=True, fill_hex=GREY)
        put(cov, i, 2, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)

    ws = wb.create_sheet("Improvement Plan")
    widths = {"A": 7, "B": 60, "C": 26, "D": 13, "E": 13, "F": 45, "G": 8}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    put(ws, 1, 1, "SAER 2024-031 Improvement Action Plan", bold=True, border=False)
    ws["A1"].font = Font(bold=True, size=13, color=NAVY)
    put(ws, 2, 1, "RAG key:", bold=True, border=False)
    put(ws, 2, 2, "Red = not started / overdue", fill_hex=RED, color="FFFFFF")
    put(ws, 2, 3, "Amber = in progress", fill_hex=AMBER)
    put(ws, 2, 4, "Green = complete", fill_hex=GREEN, color="FFFFFF")
    ws.merge_cells("D2:E2")
    hdr = ["Ref", "Action", "Action owner", "Original timescale", "Revised timescale",
           "Evidence / progress update", "RAG"]
    for c, h in enumerate(hdr, start=1):
        put(ws, 4, c, h, bold=True, fill_hex="BDD7EE")
    r = 5
    for item in SAER_PLAN:
        if item[0] == "rec":
            put(ws, r, 1, item[1], bold=True, fill_hex="DEEAF6")
            for c in range(2, 8):
                put(ws, r, c, None, fill_hex="DEEAF6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, text, owner, orig, rev, prog, rag = item
            put(ws, r, 1, ref)
            put(ws, r, 2, text)
            put(ws, r, 3, owner)
            put(ws, r, 4, orig, fmt="dd/mm/yyyy" if isinstance(orig, dt.datetime) else None)
            put(ws, r, 5, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
            put(ws, r, 6, prog or None)
            put(ws, r, 7, None, fill_hex=rag)
            ws.row_dimensions[r].height = 60
        r += 1
    r += 1
    put(ws, r, 1, "Notes: Actions rated Green are closed at the Surgical Clinical Governance Group once "
                  "evidence has been uploaded to Datix.", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    r += 1
    put(ws, r, 1, "Summary: 8 actions – 4 complete, 3 in progress, 1 not started.", bold=True, border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.freeze_panes = "A5"

    vc = wb.create_sheet("Version control")
    for c, h in enumerate(["Version", "Date", "Author", "Changes"], start=1):
        put(vc, 1, c, h, bold=True, fill_hex=GREY)
    for i, row in enumerate([
        ("1.0", d(2024, 10, 4), "Patient Safety Manager", "Plan agreed with Lead Reviewer"),
        ("1.2", d(2025, 1, 20), "Patient Safety Manager", "Q3 progress added"),
        ("1.4", d(2025, 5, 12), "Clinical Governance Facilitator", "Revised timescales for 1.1 and 3.2"),
    ], start=2):
        for c, v in enumerate(row, start=1):
            put(vc, i, c, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
    vc.column_dimensions["C"].width = 30
    vc.column_dimensions["D"].width = 45
    wb.save(os.path.join(HERE, SAER_FILE))


# ---------------------------------------------------------------------------
# 2. Barnsley Hospital NHSFT IPC BAF gaps action plan (xlsx)
# ---------------------------------------------------------------------------
IPC_FILE = "zet-barnsley-hospital-nhsft-ipc-baf-gaps-in-assurance-action-plan-2023-24.xlsx"
IPC_TITLE = ("Barnsley Hospital NHS Foundation Trust – IPC Board Assurance Framework: "
             "Gaps in Assurance Action Plan")
IPC_PLAN = [
    ("crit", "Criterion 1 – Systems to manage and monitor the prevention and control of infection. These "
             "systems use risk assessments and consider the susceptibility of service users and any risks "
             "their environment and other users may pose to them."),
    ("act", "1.4",
     "Ventilation assessments not yet completed for all clinical areas (including Ward 17 and ED majors).",
     "Complete the Authorised Engineer (Ventilation) verification for the remaining clinical areas and add "
     "any non-compliant areas to the Estates risk register.",
     "Head of Estates & Facilities", d(2024, 3, 31),
     "AE visits booked for February; 9 of 14 areas verified.", "A", "A"),
    ("act", "1.9",
     "Outbreak and incident reports do not consistently evidence that learning has been shared with the "
     "clinical teams involved.",
     "Introduce a standard post-outbreak learning template and require divisional sign-off at the IPC "
     "Committee within 6 weeks of outbreak closure.",
     "Lead Nurse IPC", "Q4 2023/24",
     "Template drafted and used for the Ward 31 norovirus outbreak.", "R", "A"),
    ("crit", "Criterion 2 – Provide and maintain a clean and appropriate environment in managed premises "
             "that facilitates the prevention and control of infections."),
    ("act", "2.3",
     "Cleaning audit scores below the 95% target in four inpatient areas in Q2.",
     "Targeted re-audit of the four areas by Domestic Services Supervisors, with weekly results to ward "
     "managers until two consecutive months at target.",
     "Domestic Services Manager", d(2024, 2, 29),
     "Three of four areas now at target.", "R", "G"),
    ("act", "2.6",
     "National Standards of Healthcare Cleanliness 2021 star ratings not displayed in all public areas.",
     "Display efficacy star ratings at the entrance to all functional areas and publish the commitment to "
     "cleanliness charter.",
     "Head of Estates & Facilities", d(2023, 12, 31),
     "All areas displaying star ratings; charter published on the Trust website.", "A", "B"),
    ("crit", "Criterion 3 – Ensure appropriate antimicrobial use and stewardship to optimise patient "
             "outcomes and to reduce the risk of adverse events and antimicrobial resistance."),
    ("act", "3.2",
     "Antimicrobial prescribing audit shows 72% compliance with a documented review at 72 hours "
     "(target 90%).",
     "Relaunch the 72-hour antimicrobial review prompt on EPMA and include compliance by ward in the "
     "monthly IPC dashboard.\nAntimicrobial pharmacist to attend the medical handover fortnightly.",
     "Consultant Microbiologist / Antimicrobial Pharmacist", d(2024, 3, 31),
     "EPMA prompt live 08/01/2024; December audit 79%.", "A", "A"),
    ("crit", "Criterion 6 – Systems are in place to ensure that all care workers (including contractors "
             "and volunteers) are aware of and discharge their responsibilities in the process of "
             "preventing and controlling infection."),
    ("act", "6.1",
     "Level 2 IPC mandatory training compliance 81% against the 90% target.",
     "Divisional training trajectories agreed; lists of non-compliant staff sent to matrons monthly.",
     "Divisional Directors of Nursing", "Ongoing – monthly",
     "Compliance 84% at 31/12/2023.", "A", "A"),
    ("act", "6.4",
     "Fit testing records for FFP3 respirators are held locally and not recorded centrally.",
     "Transfer all fit testing records to the ESR competency record and confirm that each clinical area has "
     "two trained fit testers.",
     "Health & Safety Manager", d(2024, 4, 30),
     "Not started – ESR competency module not yet available.", None, "R"),
    ("crit", "Criterion 8 – Provide or secure adequate access to laboratory/diagnostic support as "
             "appropriate."),
    ("act", "8.2",
     "Turnaround time for C. difficile toxin results exceeds 24 hours at weekends.",
     "Agree a weekend testing arrangement with the pathology network and monitor turnaround times through "
     "the IPC Committee.",
     "Pathology Services Manager", "June 2024",
     "Network proposal awaited; escalated to the Chief Operating Officer.", "R", "R"),
]
RAGS = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def make_ipc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Gap action plan"
    widths = {"A": 9, "B": 42, "C": 52, "D": 26, "E": 13, "F": 40, "G": 11, "H": 11}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    put(ws, 1, 1, IPC_TITLE, bold=True, border=False)
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws.merge_cells("A1:H1")
    put(ws, 2, 1, "Reporting period: Q3 2023/24 (position at 31 December 2023)   |   Executive lead: "
                  "Director of Nursing and Quality (DIPC)   |   Reported to: Quality & Governance Committee",
        border=False)
    ws.merge_cells("A2:H2")
    put(ws, 3, 1, "RAG: R = off track / overdue   A = at risk   G = on track   B = complete", border=False)
    ws.merge_cells("A3:H3")
    hdr = ["KLOE ref", "Gap in assurance", "Mitigating action", "Action owner", "Target date",
           "Progress update (Q3)", "Previous RAG (Q2)", "Current RAG (Q3)"]
    for c, h in enumerate(hdr, start=1):
        put(ws, 5, c, h, bold=True, fill_hex="005EB8", color="FFFFFF")
    r = 6
    for item in IPC_PLAN:
        if item[0] == "crit":
            put(ws, r, 1, item[1], bold=True, fill_hex=GREY)
            for c in range(2, 9):
                put(ws, r, c, None, fill_hex=GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 30
        else:
            _, ref, gap, action, owner, due, prog, prev, cur = item
            put(ws, r, 1, ref)
            put(ws, r, 2, gap)
            put(ws, r, 3, action)
            put(ws, r, 4, owner)
            put(ws, r, 5, due, fmt="dd/mm/yyyy" if isinstance(due, dt.datetime) else None)
            put(ws, r, 6, prog)
            c = put(ws, r, 7, prev, fill_hex=RAGS.get(prev))
            c.alignment = Alignment(horizontal="center", vertical="top")
            c = put(ws, r, 8, cur, fill_hex=RAGS[cur], color="FFFFFF" if cur in "RB" else None)
            c.alignment = Alignment(horizontal="center", vertical="top")
            ws.row_dimensions[r].height = 62
        r += 1
    r += 1
    put(ws, r, 1, "Note: KLOEs assessed as fully assured are not shown. Criteria 4, 5, 7, 9 and 10 have no "
                  "open gaps at Q3.", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm.column_dimensions["A"].width = 14
    for col in "BCDE":
        sm.column_dimensions[col].width = 16
    put(sm, 1, 1, "IPC BAF self-assessment summary – Q3 2023/24", bold=True, border=False)
    sm.merge_cells("A1:E1")
    for c, h in enumerate(["Criterion", "KLOEs", "Fully assured", "Partially assured", "Not assured"], 1):
        put(sm, 3, c, h, bold=True, fill_hex=GREY)
    data = [(1, 12, 10, 2, 0), (2, 9, 7, 2, 0), (3, 6, 5, 1, 0), (4, 5, 5, 0, 0), (5, 7, 7, 0, 0),
            (6, 8, 6, 1, 1), (7, 4, 4, 0, 0), (8, 3, 2, 0, 1), (9, 6, 6, 0, 0), (10, 5, 5, 0, 0)]
    for i, row in enumerate(data, start=4):
        for c, v in enumerate(row, start=1):
            put(sm, i, c, v)
    tr = 4 + len(data)
    put(sm, tr, 1, "Total", bold=True)
    for c, col in enumerate("BCDE", start=2):
        put(sm, tr, c, f"=SUM({col}4:{col}{tr - 1})", bold=True)
    wb.save(os.path.join(HERE, IPC_FILE))


# ---------------------------------------------------------------------------
# 3. Caldy Valley Home Care CQC action plan – typo month, refuse (xlsx)
# ---------------------------------------------------------------------------
HC_FILE = "zet-caldy-valley-home-care-wirral-cqc-home-care-inspection-action-plan-typo-month-refuse.xlsx"
HC_TITLE = "Caldy Valley Home Care Ltd – CQC Inspection Action Plan"
HC_PLAN = [
    ("sec", "SAFE"),
    ("act", 1, "Must do", "Regulation 12 Safe care and treatment",
     "Medicines administration records were not always completed and gaps were not followed up.",
     "Switch on eMAR alerts for missed or late entries; office staff to review the alert list every day "
     "and record the follow-up.", "Registered Manager", d(2025, 1, 31),
     "eMAR alerts live from 20/01/2025.", "Complete"),
    ("act", 2, "Must do", "Regulation 12 Safe care and treatment",
     "Moving and handling risk assessments did not reflect people's current needs.",
     "Review every moving and handling risk assessment with the person and record the equipment and "
     "number of staff needed at each call.", "Care Coordinator / Field Care Supervisor", d(2025, 2, 28),
     "42 of 67 reviewed.", "Amber"),
    ("act", 3, "Must do", "Regulation 12 Safe care and treatment",
     "There were no protocols for 'as required' (PRN) medicines for six people.",
     "Write PRN protocols for all 'as required' medicines and agree them with the person's GP or "
     "community pharmacist.", "Senior Carer – Medicines Champion", "Marhc 2025",
     "", "Green"),
    ("sec", "EFFECTIVE"),
    ("act", 4, "Should do", "Effective",
     "Staff supervisions were not always carried out in line with the provider's policy.",
     "Set up a supervision matrix so every care worker has a supervision each quarter and a spot check "
     "each half year.", "Field Care Supervisor", d(2025, 4, 30), "Matrix in place.", "Green"),
    ("act", 5, "Should do", "Effective",
     "Mental capacity assessments were not decision-specific.",
     "Mental Capacity Act training for coordinators and a decision-specific assessment template added to "
     "the care planning system.", "Registered Manager", d(2025, 5, 31), "", "Not started"),
    ("sec", "WELL-LED"),
    ("act", 6, "Must do", "Regulation 17 Good governance",
     "Audits had not identified the concerns found at this inspection.",
     "Introduce a monthly quality audit schedule (MAR, care records, call times) with results reported to "
     "the directors' meeting.", "Director of Care", d(2025, 3, 31), "January audits completed.", "Amber"),
    ("act", 7, "Should do", "Well-led",
     "Call monitoring data was not used to identify late or missed calls.",
     "Run a weekly late and missed call report and discuss themes at the Monday team meeting.",
     "Care Coordinator", d(2025, 2, 28), "Weekly report running since 13/01/2025.", "Green"),
]
HC_TYPO_ROW = None  # filled in by make_hc()


def make_hc():
    global HC_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    widths = {"A": 5, "B": 10, "C": 24, "D": 40, "E": 48, "F": 22, "G": 12, "H": 30, "I": 11}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    put(ws, 1, 1, HC_TITLE, bold=True, border=False)
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws.merge_cells("A1:I1")
    put(ws, 2, 1, "Location: Caldy Valley Home Care (Wirral)  |  Inspection: 8 to 10 October 2024  |  "
                  "Report published: 6 December 2024  |  Overall rating: Requires improvement", border=False)
    ws.merge_cells("A2:I2")
    put(ws, 3, 1, "Plan owner: Registered Manager  |  Nominated Individual: Director of Care  |  "
                  "Last reviewed: 17/01/2025", border=False)
    ws.merge_cells("A3:I3")
    hdr = ["No.", "Must / Should", "Regulation or key question", "What CQC found", "Our action", "Lead",
           "Target date", "Progress update", "RAG"]
    for c, h in enumerate(hdr, start=1):
        put(ws, 5, c, h, bold=True, fill_hex="7030A0", color="FFFFFF")
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 6
    for item in HC_PLAN:
        if item[0] == "sec":
            put(ws, r, 1, item[1], bold=True, fill_hex="E4DFEC")
            for c in range(2, 10):
                put(ws, r, c, None, fill_hex="E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            _, no, ms, reg, found, action, lead, due, prog, rag = item
            vals = [no, ms, reg, found, action, lead, due, prog or None, rag]
            for c, v in enumerate(vals, start=1):
                put(ws, r, c, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None,
                    fill_hex=rag_fill.get(v) if c == 9 else None)
            if isinstance(due, str):
                HC_TYPO_ROW = r
            ws.row_dimensions[r].height = 48
        r += 1
    r += 1
    put(ws, r, 1, "This plan was sent to CQC on 20/12/2024 and is reviewed at the monthly directors' meeting.",
        border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    wb.save(os.path.join(HERE, HC_FILE))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, *, bold=False, size=9):
    """Write text; inner \n become separate paragraphs."""
    parts = text.split("\n") if text else [""]
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
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Aneurin Bevan UHB – HIW CMHT inspection improvement plan (docx)
# ---------------------------------------------------------------------------
HIW_FILE = "zet-aneurin-bevan-uhb-hiw-torfaen-north-cmht-inspection-improvement-plan.docx"
HIW_TITLE = "Torfaen North Community Mental Health Team – HIW Inspection Improvement Plan"
HIW_PLAN = [
    ("sec", "Quality of patient experience"),
    ("act", "1", "Patient information in the waiting area was only available in English.",
     "The health board must ensure that information for patients is available bilingually in line with "
     "the Active Offer.",
     "Health and Care Quality Standards 2023 – Person centred; Welsh Language (Wales) Measure 2011",
     "Bilingual versions of all patient leaflets have been ordered through the Welsh Language Unit.\n"
     "Waiting area displays will be checked monthly by the team administrator.",
     "Team Manager", "31 December 2024"),
    ("act", "2", "Patients told us they did not always know who to contact out of hours.",
     "The health board must ensure that all patients are given clear written information about how to "
     "access support out of hours and in a crisis.",
     "Health and Care Quality Standards 2023 – Timely",
     "Crisis contact cards will be issued with every care and treatment plan, and the information added to "
     "the appointment letter template.",
     "Team Manager / Crisis Resolution Home Treatment Manager", "January 2025"),
    ("sec", "Delivery of safe and effective care"),
    ("act", "3", "Risk assessments had not been reviewed following a change in presentation in four of the "
                 "ten records reviewed.",
     "The health board must ensure that risk assessments are reviewed and updated whenever there is a "
     "significant change in a patient's presentation.",
     "Mental Health (Wales) Measure 2010; Health and Care Quality Standards 2023 – Safe",
     "Risk assessment review to be a standing item in weekly caseload supervision.\n"
     "Quarterly audit of 10% of records using the WARRN audit tool, with results reported to the "
     "Directorate Quality and Patient Safety meeting.",
     "Senior Nurse, Adult Mental Health", "Q4 2024/25"),
    ("act", "4", "Care and treatment plans did not consistently evidence patient involvement.",
     "The health board must ensure that care and treatment plans are developed with patients and record "
     "their views and personal outcomes.",
     "Mental Health (Wales) Measure 2010 – Part 2",
     "Care co-ordinators to complete refresher training on outcome-focused care and treatment planning.\n"
     "Patients to be offered a copy of their plan at each review.",
     "Service Manager (Adult Community)", "31 March 2025"),
    ("act", "5", "Fridge temperature records in the clinic room had gaps of up to five days.",
     "The health board must ensure that medication fridge temperatures are monitored and recorded daily.",
     "Health and Care Quality Standards 2023 – Safe",
     "Daily fridge checks have been added to the duty worker checklist; the pharmacy team will audit "
     "compliance monthly.",
     "Clinic Lead Nurse", "Immediate and ongoing"),
    ("sec", "Quality of management and leadership"),
    ("act", "6", "Mandatory training compliance for safeguarding level 3 was 68%.",
     "The health board must ensure that staff complete mandatory training, including safeguarding, to the "
     "required level.",
     "Health and Care Quality Standards 2023 – Workforce",
     "A training trajectory has been agreed with each member of staff; compliance will be monitored at the "
     "monthly team meeting.",
     "Team Manager", "End of February 2025"),
    ("act", "7", "Staff told us that caseloads were high and that vacancies were not filled in a timely way.",
     "The health board must review staffing levels and caseload sizes within the team and take action to "
     "support staff wellbeing.",
     "Health and Care Quality Standards 2023 – Workforce; Leadership",
     "A caseload weighting review will be completed across the locality and reported to the Divisional "
     "Senior Leadership Team, with a recruitment plan for the two band 6 vacancies.",
     "Head of Adult Mental Health Services", "April 2025"),
    ("act", "8", "Learning from incidents and complaints was not routinely shared with the wider team.",
     "The health board must ensure that learning from incidents and complaints is shared with all staff.",
     "Health and Care Quality Standards 2023 – Learning, improvement and research",
     "A standing 'Learning from events' item has been added to the monthly team business meeting, with "
     "minutes circulated to all staff.",
     "Team Manager", "November 2024"),
]


def make_hiw():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(HIW_TITLE, level=0)
    doc.add_paragraph("Aneurin Bevan University Health Board")
    doc.add_paragraph("Service: Torfaen North Community Mental Health Team, Pontypool")
    doc.add_paragraph("Date of inspection: 10 and 11 September 2024")
    doc.add_paragraph("Date improvement plan submitted to HIW: 6 November 2024")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our inspection. "
                      "Due to the impact/potential impact on patient care and treatment these concerns needed "
                      "to be addressed straight away, during the inspection.")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Immediate concerns identified", "Impact/potential impact on patient care and "
                           "treatment", "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "D9E2F3")
    for c, v in enumerate(["Two emergency grab bags in the clinic room contained out-of-date items.",
                           "Equipment may not be safe to use in an emergency.",
                           "Raised with the team manager on the first day of the inspection.",
                           "Items were replaced the same day and weekly checks reinstated."]):
        set_cell(t.cell(1, c), v)

    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("No immediate non-compliance concerns were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service: Torfaen North CMHT")
    doc.add_paragraph("Date of inspection: 10 and 11 September 2024")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where "
                      "we require the service to complete an improvement plan telling us about the actions "
                      "they are taking to address these areas.")
    n = sum(1 for i in HIW_PLAN)
    t = doc.add_table(rows=n + 1, cols=7)
    t.style = "Table Grid"
    hdr = ["Ref", "Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale"]
    for c, h in enumerate(hdr):
        set_cell(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "D9E2F3")
    for i, item in enumerate(HIW_PLAN, start=1):
        if item[0] == "sec":
            m = t.cell(i, 0).merge(t.cell(i, 6))
            set_cell(m, item[1], bold=True, size=10)
            shade(m, "F2F2F2")
        else:
            for c, v in enumerate(item[1:]):
                set_cell(t.cell(i, c), v)

    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is "
                      "actioned.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r, (k, v) in enumerate([("Service representative", ""), ("Name (print):", "Rhian Pritchard"),
                                ("Job role:", "Divisional Director, Mental Health and Learning Disabilities"),
                                ("Date:", "06/11/2024")]):
        set_cell(t.cell(r, 0), k, bold=True)
        set_cell(t.cell(r, 1), v)
    doc.save(os.path.join(HERE, HIW_FILE))


# ---------------------------------------------------------------------------
# 5. NHS Highland – MWC local visit action plan, New Craigs (docx)
# ---------------------------------------------------------------------------
MWC_FILE = "zet-nhs-highland-new-craigs-hospital-mwc-local-visit-action-plan.docx"
MWC_TITLE = "Mental Welfare Commission for Scotland – Local Visit Action Plan"
MWC_SECTIONS = [
    ("1. Care, treatment, support and participation", [
        ("Recommendation 1: Managers should ensure that care plans are person-centred, reflect the "
         "individual's needs and are reviewed regularly, with evidence of patient participation.", [
             ("1.1", "Update the care plan audit tool to include a measure of patient participation; Senior "
                     "Charge Nurse to audit five records each month.", "Senior Charge Nurse", "31/07/2025",
              "B"),
             ("1.2", "Deliver care planning workshops for all registered nurses using the Commission's good "
                     "practice guide on person-centred care plans.", "Practice Development Nurse",
              "September 2025", "G"),
         ]),
    ]),
    ("2. Use of mental health and incapacity legislation", [
        ("Recommendation 2: Medical staff should ensure that all treatment authorised under Part 16 of the "
         "Mental Health (Care and Treatment) (Scotland) Act 2003 is recorded on the appropriate T2 or T3 "
         "certificate, and that copies are kept with the medication prescription chart.", [
             ("2.1", "Pharmacy to check T2/T3 certificates against prescriptions on HEPMA and report any "
                     "discrepancy to the responsible medical officer.", "Lead Clinical Pharmacist, Mental Health",
              "Monthly", "G"),
             ("2.2", "Remind responsible medical officers of the requirements at the consultants' meeting; "
                     "audit results to be reviewed at the Mental Health Act Monitoring Group.",
              "Clinical Director / Mental Health Act Administrator", "31/08/2025", "B"),
         ]),
        ("Recommendation 3: Managers should ensure that, where a patient is subject to specified person "
         "restrictions, a reasoned opinion is in place and the restriction is reviewed.", [
             ("3.1", "Introduce a specified person checklist to be completed at each multidisciplinary team "
                     "review; the Mental Health Act Administrator will hold a register of all specified "
                     "persons.", "Mental Health Act Administrator", "October 2025", "A"),
         ]),
    ]),
    ("3. Therapeutic activity and occupation", [
        ("Recommendation 4: Managers should ensure that a range of therapeutic activities is available on the "
         "ward, including at weekends, and that patient participation is recorded.", [
             ("4.1", "Recruit to the vacant 0.6 WTE activity coordinator post and agree a seven-day activity "
                     "timetable with occupational therapy.", "Senior Charge Nurse; Head of Occupational Therapy",
              "31/12/2025", "A"),
         ]),
    ]),
    ("4. The physical environment", [
        ("Recommendation 5: Managers should ensure that the refurbishment of the ward bathrooms and garden "
         "is completed and that patients have access to fresh air throughout the day.", [
             ("5.1", "Bathroom refurbishment to be included in the 2025/26 Estates capital programme.",
              "Head of Estates (North and West)", "March 2026", "G"),
             ("5.2", "Review the garden access protocol so that the garden is open from 08:00 to 21:00, with "
                     "staff support where required.", "Senior Charge Nurse", "30/06/2025", "B"),
         ]),
    ]),
]


def make_mwc():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(MWC_TITLE, level=0)
    doc.add_paragraph("NHS Highland – Mental Health and Learning Disability Services")
    t = doc.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    info = [("Ward / unit", "Ruthven Ward, New Craigs Hospital, Inverness"),
            ("Type of visit", "Announced local visit"),
            ("Date of visit", "19 March 2025"),
            ("Date report published", "3 June 2025"),
            ("Response due to the Commission", "3 September 2025"),
            ("Action plan owner", "Clinical Service Manager, Inpatient Mental Health"),
            ("Version", "0.3 (updated 14/10/2025)")]
    for r, (k, v) in enumerate(info):
        set_cell(t.cell(r, 0), k, bold=True)
        shade(t.cell(r, 0), "E7E6E6")
        set_cell(t.cell(r, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG status key: B – complete; G – on track; A – at risk of delay; R – not progressing "
                      "or overdue")
    for heading, recs in MWC_SECTIONS:
        doc.add_heading(heading, level=2)
        nrows = 1 + sum(len(a) for _, a in recs)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(["No.", "Commission recommendation", "Action planned", "Lead", "Timescale",
                               "RAG"]):
            set_cell(t.cell(0, c), h, bold=True)
            shade(t.cell(0, c), "004B87")
        r = 1
        for rec, actions in recs:
            top = r
            for ref, action, lead, when, rag in actions:
                set_cell(t.cell(r, 0), ref)
                set_cell(t.cell(r, 2), action)
                set_cell(t.cell(r, 3), lead)
                set_cell(t.cell(r, 4), when)
                set_cell(t.cell(r, 5), rag, bold=True)
                shade(t.cell(r, 5), {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}[rag])
                r += 1
            cell = t.cell(top, 1)
            if r - 1 > top:
                cell = cell.merge(t.cell(r - 1, 1))
            set_cell(cell, rec)
    doc.add_paragraph("")
    doc.add_paragraph("Sign-off")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, (h, v) in enumerate([("Approved by", "Head of Mental Health Services"),
                                ("Date", "15/10/2025"),
                                ("Submitted to Commission", "Yes – initial response 29/08/2025")]):
        set_cell(t.cell(0, c), h, bold=True)
        set_cell(t.cell(1, c), v)
    doc.save(os.path.join(HERE, MWC_FILE))


# ---------------------------------------------------------------------------
# 6. St Michael's Hospice (Hastings) quality account priorities tracker (csv)
# ---------------------------------------------------------------------------
QA_FILE = "zet-st-michaels-hospice-hastings-quality-account-priorities-tracker-2025-26.csv"
QA_TITLE = "St Michael's Hospice – Quality Account 2025/26 Priorities for Improvement: Progress Tracker"
QA_PLAN = [
    ("pri", "Priority 1 (Patient safety): Reduce harm from falls on the Inpatient Unit"),
    ("act", "P1.1", "Introduce the falls risk assessment and care plan bundle for all inpatients within 24 "
                    "hours of admission.", "Inpatient Unit Manager", "Jun-25", "Bundle launched 2 June.",
     "Compliance 88% in the August audit.", "Complete"),
    ("act", "P1.2", "Hold a post-falls huddle after every inpatient fall and review themes at the monthly "
                    "Patient Safety Group.", "Inpatient Unit Manager; Quality & Patient Safety Lead", "Monthly",
     "Huddles held for 7 of 8 falls.", "Huddles held for 6 of 6 falls.", "Green"),
    ("act", "P1.3", "Trial bed and chair sensor alarms in four rooms and evaluate against falls data.",
     "Head of Nursing", "31/12/2025", "Sensors ordered.", "Supplier delay - sensors delivered late September.",
     "Amber"),
    ("pri", "Priority 2 (Clinical effectiveness): Improve the recognition and management of delirium"),
    ("act", "P2.1", "Roll out the 4AT screening tool on admission and at each change in condition, recorded "
                    "in SystmOne.", "Consultant in Palliative Medicine", "Sep-25", "SystmOne template built.",
     "Live on the Inpatient Unit from 1 September.", "Green"),
    ("act", "P2.2", "Deliver delirium training to all registered nurses and healthcare assistants, including "
                    "night staff.", "Clinical Nurse Educator", "Q3 2025/26", "Training package agreed.",
     "54% of staff trained.", "Amber"),
    ("act", "P2.3", "Audit 4AT completion and delirium management plans and present the results to the "
                    "Clinical Governance Committee.\nRe-audit in Q4 to measure improvement.",
     "Clinical Audit Facilitator", "March 2026", "", "", "Not started"),
    ("pri", "Priority 3 (Patient experience): Extend support for carers and families in the community"),
    ("act", "P3.1", "Launch a monthly carers' drop-in at the Hastings and Bexhill community hubs.",
     "Head of Family Support Services", "Jul-25", "Venues booked.", "First sessions held in July and August.",
     "Complete"),
    ("act", "P3.2", "Offer a carer support needs assessment (CSNAT) to the carers of all patients on the "
                    "Hospice at Home caseload.", "Hospice at Home Team Leader", "31/01/2026", "",
     "CSNAT training completed by the team.", "Green"),
    ("act", "P3.3", "Collect feedback from 50 carers using the I Want Great Care survey and report the themes "
                    "in the 2025/26 Quality Account.", "Director of Clinical Services", "31/03/2026",
     "Survey live.", "21 responses received.", "Green"),
]


def make_qa():
    rows = [[QA_TITLE], ["Reporting to: Clinical Governance Committee | Position at: 30 September 2025 (Q2)"],
            [],
            ["Priority", "Ref", "Action", "Lead", "Target date", "Q1 update", "Q2 update", "RAG"]]
    for item in QA_PLAN:
        if item[0] == "pri":
            rows.append([item[1], "", "", "", "", "", "", ""])
        else:
            rows.append([""] + list(item[1:]))
    rows.append([])
    rows.append(["Total actions: 9 | Complete: 2 | Green: 4 | Amber: 2 | Not started: 1"])
    rows.append(["RAG: Complete / Green (on track) / Amber (at risk) / Red (off track) / Not started"])
    with open(os.path.join(HERE, QA_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Glenmachan Residential Home – RQIA QIP, plain-text export (txt)
# ---------------------------------------------------------------------------
RQIA_FILE = "zet-glenmachan-residential-home-rqia-care-inspection-quality-improvement-plan.txt"
RQIA_TITLE = "Glenmachan Residential Home – RQIA Quality Improvement Plan (provider response and progress log)"
RQIA_REG = ("Action required to ensure compliance with The Residential Care Homes Regulations (Northern "
            "Ireland) 2005")
RQIA_STD = "Action required to ensure compliance with the Residential Care Homes Minimum Standards (August 2021)"
RQIA_PLAN = [
    ("sec", RQIA_REG),
    ("afi", "1", "Regulation 27 (4) (b)", "First time", "From the date of inspection",
     "The registered person shall ensure that fire doors are not propped open and that any hold-open "
     "devices are linked to the fire alarm system.", "5.2.3",
     "Door wedges were removed on the day of the inspection. Magnetic hold-open devices linked to the fire "
     "alarm have been fitted to the lounge and dining room doors.",
     "Registered Manager", "Complete"),
    ("afi", "2", "Regulation 13 (7)", "First time", "28 February 2025",
     "The registered person shall ensure that the infection prevention and control issues identified during "
     "this inspection are addressed, including the storage of toiletries and the cleaning of equipment.",
     "5.2.4",
     "Toiletries are now stored in individual labelled containers.\nA daily equipment cleaning schedule has been "
     "introduced and is checked by the senior carer on each shift.",
     "Deputy Manager", "Complete"),
    ("afi", "3", "Regulation 29", "Second time", "31 March 2025",
     "The registered person shall ensure that monthly monitoring reports are completed in full and include "
     "an action plan with timescales for any issues identified.", "5.2.6",
     "The Responsible Individual has adopted a new monthly monitoring template with an action plan section. "
     "The manager will review progress with the Responsible Individual at each visit.",
     "Responsible Individual", "On track"),
    ("sec", RQIA_STD),
    ("afi", "1", "Standard 6.2", "First time", "31 March 2025",
     "The registered person shall ensure that care plans are reviewed and updated to reflect residents' "
     "current needs, including the recommendations of the speech and language therapist.", "5.2.2",
     "All care plans are being reviewed by the keyworkers with the residents and their families. SALT "
     "recommendations are now recorded on a single summary sheet at the front of each care file.",
     "Registered Manager", "On track"),
    ("afi", "2", "Standard 12.5", "First time", "4 April 2025",
     "The registered person shall ensure that the daily menu is displayed in a suitable format and that "
     "residents are offered a choice at each meal.", "5.2.3",
     "A pictorial menu board has been ordered for the dining room.",
     "Cook Manager", "Not started"),
    ("afi", "3", "Standard 23.4", "First time", "30 April 2025",
     "The registered person shall ensure that all staff complete mandatory training in adult safeguarding "
     "and dysphagia awareness.", "5.2.1",
     "Training dates booked with the Trust's safeguarding team; dysphagia e-learning assigned to all care "
     "staff.",
     "Deputy Manager", "On track"),
    ("afi", "4", "Standard 35.7", "First time", "Ongoing",
     "The registered person shall ensure that the laundry is kept free from clutter and that clean and used "
     "linen is kept apart.", "5.2.4",
     "Laundry reorganised with separate clean and used linen areas. Checked during the manager's weekly "
     "walk-round.",
     "Registered Manager", "Complete"),
]


def make_rqia():
    out = [RQIA_TITLE,
           "RQIA ID: 11873    Inspection ID: IN046512",
           "Unannounced care inspection: 4 February 2025    Inspector: Lead Care Inspector",
           "Last updated: 28/04/2025",
           "",
           "The areas for improvement identified during this inspection are detailed in the QIP. Details of "
           "the QIP were discussed with the manager as part of the inspection process. The timescales for "
           "completion commence from the date of inspection.",
           "",
           "Quality Improvement Plan",
           ""]
    for item in RQIA_PLAN:
        if item[0] == "sec":
            out += [item[1], ""]
            continue
        _, no, ref, stated, when, afi, rep_ref, response, by, status = item
        out += [f"Area for improvement {no}",
                f"Ref: {ref}",
                f"Stated: {stated}",
                f"To be completed by: {when}",
                afi,
                f"Ref: {rep_ref}",
                "Response by registered person detailing the actions taken:",
                *response.split("\n"),
                f"Action by: {by}",
                f"Status: {status}",
                ""]
    out += ["*Please ensure this document is completed in full and returned via Web Portal*",
            ""]
    with open(os.path.join(HERE, RQIA_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


def main():
    make_saer()
    make_ipc()
    make_hc()
    make_hiw()
    make_mwc()
    make_qa()
    make_rqia()
    print("typo row in", HC_FILE, "=", HC_TYPO_ROW)


if __name__ == "__main__":
    main()
