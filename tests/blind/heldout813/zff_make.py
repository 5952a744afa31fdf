"""Build the seven zff- blind test files (set heldout813).

Run with /work/main/.venv/bin/python zff_make.py from any directory; files are
written beside this script. Only files named zff-* are written.
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
from docx.shared import Cm, Pt

OUT = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime
BLUE, GREEN, AMBER, RED, GREY = "0070C0", "00B050", "FFC000", "FF0000", "D9D9D9"
HEAD = "1F3864"
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hex_):
    return PatternFill("solid", fgColor=hex_)


def path(name):
    assert name.startswith("zff-")
    return os.path.join(OUT, name)


# ---------------------------------------------------------------------------
# 1. Royal Papworth Hospital NHSFT - PSII safety action plan (xlsx, 2 sheets)
# ---------------------------------------------------------------------------
PAPWORTH_FILE = "zff-royal-papworth-hospital-nhsft-psii-safety-action-plan.xlsx"
PAPWORTH_TITLE = ("Royal Papworth Hospital NHS Foundation Trust – PSII Safety Action Plan "
                  "(PSII-2025-014)")
PAPWORTH = [
    ("AFI 1: Observations were recorded on time but a NEWS2 score of 6 was not escalated to the "
     "Critical Care Outreach Team for 3 hours 40 minutes. Staff were unsure whether the standard "
     "NEWS2 escalation thresholds applied to patients after cardiac surgery.", [
        dict(ref="SA1.1",
             action="Revise the post-operative cardiac surgery escalation guideline so that it states "
                    "when the NEWS2 escalation thresholds apply and when the surgical team may "
                    "document a modified escalation plan.",
             owner="Consultant Cardiac Surgeon (Surgical Governance Lead)",
             measure="Guideline ratified and published on the intranet",
             orig=D(2025, 7, 31), rev=D(2025, 9, 30), status="Complete",
             update="Guideline CP-112 v4 ratified 16/09/2025 and published.",
             lead=["Consultant Cardiac Surgeon (Surgical Governance Lead)"], end="2025-09", rag="blue"),
        dict(ref="SA1.2",
             action="Configure the electronic observations chart so that a documented modified "
                    "escalation plan is shown at the bedside and expires after 24 hours unless it is "
                    "reviewed.",
             owner="Chief Nursing Information Officer / Clinical Systems Manager",
             measure="Monthly audit of 20 records: 95% of modified plans reviewed within 24 hours",
             orig=D(2025, 10, 31), rev=D(2026, 1, 31), status="At risk",
             update="Build complete in the test environment. Go-live held back by the EPR upgrade "
                    "change freeze.",
             lead=["Chief Nursing Information Officer", "Clinical Systems Manager"], end="2026-01",
             rag="amber"),
        dict(ref="SA1.3",
             action="Deliver simulation-based escalation training to all registered nurses and "
                    "nursing associates on 5 North and 5 South.\nInclude a scenario on escalating a "
                    "patient with a modified plan.",
             owner="Practice Development Nurse, Surgery",
             measure="90% of registered staff trained",
             orig=D(2025, 9, 30), rev=D(2025, 12, 31), status="On track",
             update="58 of 82 staff (71%) trained. Further sessions booked for 13 and 27 November.",
             lead=["Practice Development Nurse, Surgery"], end="2025-12", rag="green"),
    ]),
    ("AFI 2: The Critical Care Outreach Team was attending two cardiac arrests and the outreach "
     "bleep had not been handed to the Clinical Site Team, so the call was not answered.", [
        dict(ref="SA2.1",
             action="Introduce a recorded bleep handover between the Critical Care Outreach Team and "
                    "the Clinical Site Team whenever outreach is committed to an emergency.",
             owner="Lead Nurse, Critical Care Outreach",
             measure="Bleep handover log completed for 100% of handovers (weekly spot check)",
             orig=D(2025, 8, 31), rev=None, status="Complete",
             update="In place since 01/08/2025. Weekly spot checks show full compliance.",
             lead=["Lead Nurse, Critical Care Outreach"], end="2025-08", rag="blue"),
        dict(ref="SA2.2",
             action="Review night-time outreach staffing against activity data and present options "
                    "to the Workforce Committee.",
             owner="Head of Nursing, Critical Care; Deputy Director of Workforce",
             measure="Options paper received by the Workforce Committee",
             orig=D(2025, 11, 30), rev=None, status="On track",
             update="Activity analysis complete; paper drafted for the 25 November meeting.",
             lead=["Head of Nursing, Critical Care", "Deputy Director of Workforce"], end="2025-11",
             rag="green"),
        dict(ref="SA2.3",
             action="Add outreach response times to the monthly deteriorating patient dashboard.",
             owner="Chair, Deteriorating Patient Group",
             measure="Response times reported every month from December 2025",
             orig=D(2025, 12, 31), rev=None, status="Not started",
             update="",
             lead=["Chair, Deteriorating Patient Group"], end="2025-12", rag="unrated"),
    ]),
    ("AFI 3: The patient's wife raised concerns with staff twice during the evening, but there was "
     "no clear route for families to ask for an urgent review.", [
        dict(ref="SA3.1",
             action="Launch a Call 4 Concern service on all adult inpatient wards, with information "
                    "for patients and families at every bedside.",
             owner="Head of Patient Experience",
             measure="Service live on all adult wards; calls and outcomes reported quarterly",
             orig=D(2026, 3, 31), rev=None, status="On track",
             update="Business case approved by the Management Executive on 02/10/2025. Leaflets at "
                    "the printer.",
             lead=["Head of Patient Experience"], end="2026-03", rag="green"),
        dict(ref="SA3.2",
             action="Add concerns raised by families as a prompt in the ward safety huddle and in the "
                    "SBAR escalation tool.",
             owner="Matron, Surgical Wards",
             measure="Huddle sheet and SBAR tool updated",
             orig=D(2025, 7, 31), rev=D(2025, 10, 31), status="Overdue",
             update="Huddle sheet updated. SBAR change still awaiting approval by the Resuscitation "
                    "and Deterioration Committee.",
             lead=["Matron, Surgical Wards"], end="2025-10", rag="red"),
    ]),
]
STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED,
               "Not started": None}


def build_papworth():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = PAPWORTH_TITLE
    cov["A1"].font = Font(bold=True, size=14, color=HEAD)
    cov["A2"] = ("Delayed recognition and escalation of a deteriorating patient after cardiac "
                 "surgery – Surgical ward 5 North")
    cov["A2"].font = Font(italic=True)
    rows = [
        ("PSII reference", "PSII-2025-014"),
        ("Incident reference", "INC-2025-01873"),
        ("Date of incident", D(2025, 2, 3)),
        ("Report approved by", "Patient Safety Incident Review Group (PSIRG)"),
        ("Date approved", D(2025, 6, 24)),
        ("Executive lead", "Chief Nurse"),
        ("Plan owner", "Divisional Director of Nursing, Surgery"),
        ("Monitored by", "Quality and Risk Management Group (monthly)"),
        ("Version", "v1.3 – updated 06/11/2025"),
    ]
    r = 4
    cov.cell(r, 1, "Document control").font = Font(bold=True)
    r += 1
    for k, v in rows:
        a = cov.cell(r, 1, k)
        a.font = Font(bold=True)
        a.fill = fill(GREY)
        b = cov.cell(r, 2, v)
        if isinstance(v, dt.datetime):
            b.number_format = "dd/mm/yyyy"
            b.alignment = Alignment(horizontal="left")
        a.border = b.border = BOX
        r += 1
    r += 1
    cov.cell(r, 1, "Summary of safety actions (November 2025)").font = Font(bold=True)
    r += 1
    counts = {}
    for _, acts in PAPWORTH:
        for a in acts:
            counts[a["status"]] = counts.get(a["status"], 0) + 1
    for name in ["Complete", "On track", "At risk", "Overdue", "Not started"]:
        c1 = cov.cell(r, 1, name)
        c2 = cov.cell(r, 2, counts.get(name, 0))
        if STATUS_FILL[name]:
            c1.fill = fill(STATUS_FILL[name])
        c1.border = c2.border = BOX
        r += 1
    c1 = cov.cell(r, 1, "Total")
    c2 = cov.cell(r, 2, sum(counts.values()))
    c1.font = c2.font = Font(bold=True)
    c1.border = c2.border = BOX
    cov.column_dimensions["A"].width = 34
    cov.column_dimensions["B"].width = 52

    ws = wb.create_sheet("Safety actions")
    ws["A1"] = "PSII-2025-014 – Safety actions"
    ws["A1"].font = Font(bold=True, size=13, color=HEAD)
    ws["A2"] = "Last updated: 06/11/2025 by the Patient Safety Team"
    hdr = ["Ref", "Safety action", "Safety action owner", "Measure of effectiveness",
           "Original target date", "Revised target date", "Status", "Progress update (Nov 2025)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for afi, acts in PAPWORTH:
        ws.cell(r, 1, afi).font = Font(bold=True)
        ws.cell(r, 1).alignment = WRAP
        ws.cell(r, 1).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 45
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["owner"], a["measure"], a["orig"], a["rev"],
                    a["status"], a["update"] or None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if STATUS_FILL[a["status"]]:
                ws.cell(r, 7).fill = fill(STATUS_FILL[a["status"]])
            r += 1
    r += 1
    ws.cell(r, 1, "Status key:").font = Font(bold=True)
    for i, name in enumerate(["Complete", "On track", "At risk", "Overdue", "Not started"]):
        c = ws.cell(r, 2 + i, name)
        if STATUS_FILL[name]:
            c.fill = fill(STATUS_FILL[name])
        c.border = BOX
    r += 1
    ws.cell(r, 1, "Note: where a target date has been revised, the revision was agreed at the "
                  "Quality and Risk Management Group.")
    for col, w in zip("ABCDEFGH", [8, 55, 30, 34, 13, 13, 12, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(path(PAPWORTH_FILE))


# ---------------------------------------------------------------------------
# 2. Liverpool Heart and Chest Hospital NHSFT - BAF 2025/26 (xlsx) - REFUSE
# ---------------------------------------------------------------------------
LHCH_FILE = ("zff-liverpool-heart-and-chest-hospital-nhsft-board-assurance-framework-2025-26"
             "-typo-month-refuse.xlsx")
LHCH_TITLE = "Liverpool Heart and Chest Hospital NHS Foundation Trust – Board Assurance Framework 2025/26"
LHCH = [
    dict(ref="BAF 1", risk="Failure to maintain the quality and safety of patient care",
         objective="Deliver excellent, compassionate and safe care for every patient every day",
         owner="Chief Nurse and Medical Director", committee="Quality Committee",
         scores=(20, 12, 12, 8), trend="↔",
         controls="Quality strategy; PSIRF plan; ward accreditation programme; safer staffing reviews",
         gaps_c="Ward accreditation not yet rolled out to outpatient areas",
         assur="Quality Committee reports; CQC engagement meetings; internal audit of PSIRF (substantial)",
         gaps_a="No external assurance on the new deteriorating patient pathway",
         actions=[
             ("1.1", "Extend ward accreditation to outpatient and day case areas", "Deputy Chief Nurse",
              D(2025, 12, 31), "Pilot in cardiology outpatients complete; roll-out plan agreed", "G"),
             ("1.2", "Commission an external peer review of the deteriorating patient pathway",
              "Medical Director", D(2026, 3, 31), "Terms of reference drafted", "A"),
         ]),
    dict(ref="BAF 2", risk="Inability to recruit, retain and develop a skilled workforce",
         objective="Be a great place to work", owner="Chief People Officer",
         committee="People Committee", scores=(16, 16, 12, 8), trend="↓",
         controls="People plan; retention programme; e-rostering; flexible working policy",
         gaps_c="Theatre and critical care vacancy rates above 10%",
         assur="Workforce KPIs to People Committee; NHS Staff Survey 2024",
         gaps_a="Exit interview data incomplete",
         actions=[
             ("2.1", "Targeted recruitment campaign for theatre practitioners and critical care nurses",
              "Deputy Chief People Officer", D(2025, 11, 30), "Two open days held; 14 offers made", "G"),
             ("2.2", "Move exit interviews to an online form with monthly reporting",
              "Head of Workforce Information", D(2025, 9, 30), "Delayed by procurement of survey tool", "R"),
         ]),
    dict(ref="BAF 3", risk="Failure to meet elective recovery and waiting time standards for cardiac "
                           "and thoracic patients",
         objective="Deliver timely access to specialist care", owner="Chief Operating Officer",
         committee="Finance and Performance Committee", scores=(20, 16, 16, 9), trend="↔",
         controls="Elective recovery plan; weekly access meeting; theatre utilisation programme",
         gaps_c="Critical care bed capacity limits weekend surgical activity",
         assur="Integrated performance report; NHS England tiering meetings",
         gaps_a="Validation of the admitted waiting list not yet independently audited",
         actions=[
             ("3.1", "Open four additional critical care step-down beds", "Chief Operating Officer",
              D(2026, 1, 31), "Estates works started 15 September", "A"),
             ("3.2", "Complete clinical validation of all patients waiting over 52 weeks",
              "Associate Director of Operations", "0ct-25", "78% validated at end of September", "A"),
         ]),
    dict(ref="BAF 4", risk="Failure to deliver the 2025/26 financial plan", objective="Use our resources well",
         owner="Chief Finance Officer", committee="Finance and Performance Committee",
         scores=(20, 15, 15, 10), trend="↑",
         controls="Financial plan; cost improvement programme; vacancy control panel",
         gaps_c="CIP schemes not fully identified for Q4",
         assur="Monthly finance report; internal audit of financial controls",
         gaps_a="None identified",
         actions=[
             ("4.1", "Identify the remaining £1.2m of recurrent CIP schemes", "Deputy Chief Finance Officer",
              D(2025, 12, 31), "£0.7m identified at Q2", "A"),
             ("4.2", "Complete the Cheshire and Merseyside system benchmarking of corporate costs",
              "Chief Finance Officer", D(2026, 2, 28), "Data submitted", "G"),
         ]),
    dict(ref="BAF 5", risk="A cyber security incident disrupts clinical and corporate systems",
         objective="Use digital technology to improve care", owner="Chief Information Officer",
         committee="Audit Committee", scores=(20, 12, 12, 8), trend="↔",
         controls="Cyber security strategy; DSPT; 24/7 security monitoring",
         gaps_c="Some legacy medical devices cannot be patched",
         assur="DSPT 2024/25 standards met; penetration test July 2025",
         gaps_a="Business continuity plans not tested for all clinical systems",
         actions=[
             ("5.1", "Segment legacy medical devices onto a separate network", "Head of IT Infrastructure",
              D(2026, 3, 31), "Design approved", "G"),
             ("5.2", "Run a cyber business continuity exercise with each clinical division",
              "Emergency Planning Officer", D(2025, 11, 30), "Two of three divisions complete", "G"),
         ]),
]
LHCH_REFUSE_ROW = None


def build_lhch():
    global LHCH_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "BAF Summary"
    ws["A1"] = LHCH_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws["A2"] = "Quarter 2 position at 30 September 2025 – Board of Directors, 28 October 2025"
    hdr = ["BAF ref", "Strategic risk", "Executive owner", "Assuring committee", "Inherent score",
           "Q1 score", "Q2 score", "Target score", "Trend"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
    r = 5
    for b in LHCH:
        vals = [b["ref"], b["risk"], b["owner"], b["committee"], *b["scores"], b["trend"]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
        for i in (5, 6, 7, 8):
            s = ws.cell(r, i).value
            ws.cell(r, i).fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
        r += 1
    r += 1
    ws.cell(r, 1, "Scores are consequence x likelihood (5 x 5). 15-25 high; 8-12 moderate; 1-6 low.")
    for col, w in zip("ABCDEFGHI", [9, 60, 30, 32, 10, 9, 9, 10, 7]):
        ws.column_dimensions[col].width = w

    d = wb.create_sheet("BAF Detail")
    d["A1"] = LHCH_TITLE + " – detail"
    d["A1"].font = Font(bold=True, size=13, color=HEAD)
    r = 3
    for b in LHCH:
        d.cell(r, 1, f"{b['ref']} – {b['risk']}").font = Font(bold=True, color="FFFFFF")
        d.cell(r, 1).fill = fill(HEAD)
        d.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for label, val in [("Strategic objective", b["objective"]), ("Executive owner", b["owner"]),
                           ("Key controls", b["controls"]), ("Gaps in control", b["gaps_c"]),
                           ("Sources of assurance", b["assur"]), ("Gaps in assurance", b["gaps_a"])]:
            d.cell(r, 1, label).font = Font(bold=True)
            d.cell(r, 2, val).alignment = WRAP
            d.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            r += 1
        for i, h in enumerate(["Ref", "Action to address gaps", "Lead", "Due date",
                               "Progress / comment", "RAG"], 1):
            c = d.cell(r, i, h)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.border = BOX
        r += 1
        for ref, act, lead, due, prog, rag in b["actions"]:
            for i, v in enumerate([ref, act, lead, due, prog, rag], 1):
                c = d.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if due == "0ct-25":
                LHCH_REFUSE_ROW = r
            d.cell(r, 6).fill = fill({"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}[rag])
            r += 1
        r += 1
    d.cell(r, 1, "RAG: R = action overdue or not started; A = in progress with delay; "
                 "G = on track; B = complete.")
    for col, w in zip("ABCDEF", [8, 55, 30, 11, 45, 6]):
        d.column_dimensions[col].width = w
    wb.save(path(LHCH_FILE))


# ---------------------------------------------------------------------------
# 3. NHS Lothian - HIS safe delivery of care, Midlothian Community Hospital (xlsx)
# ---------------------------------------------------------------------------
MCH_FILE = ("zff-nhs-lothian-his-midlothian-community-hospital-safe-delivery-of-care-"
            "improvement-action-plan.xlsx")
MCH_TITLE = ("Midlothian Community Hospital – HIS Safe Delivery of Care Inspection: "
             "Improvement Action Plan")
MCH = [
    ("Domain 4.1 – Pathways, procedures and policies", [
        ("Requirement 1: NHS Lothian must ensure that all patient care equipment is clean and ready "
         "for use, and that cleaning is documented.", [
            dict(ref="1.1",
                 action="Reintroduce 'I am clean' indicator tape for all shared patient equipment in "
                        "Ward 1 and Ward 2.",
                 resp="Senior Charge Nurse, Ward 1 / Senior Charge Nurse, Ward 2",
                 orig=D(2025, 9, 30), rev=None,
                 prog="In place on both wards since 01/09/2025. Weekly checks 100% in October.",
                 prev=AMBER, cur=BLUE,
                 lead=["Senior Charge Nurse, Ward 1", "Senior Charge Nurse, Ward 2"], end="2025-09",
                 rag="blue"),
            dict(ref="1.2",
                 action="Include patient equipment in the monthly infection prevention and control "
                        "environmental audit, with results reported to the site Quality Improvement "
                        "meeting.",
                 resp="Infection Prevention and Control Nurse",
                 orig=D(2025, 10, 31), rev=None,
                 prog="First audit completed 14/10/2025 (92%). Continues monthly.",
                 prev=AMBER, cur=GREEN,
                 lead=["Infection Prevention and Control Nurse"], end="2025-10", rag="green"),
        ]),
        ("Requirement 2: NHS Lothian must ensure that hazardous substances are stored securely in line "
         "with COSHH regulations.", [
            dict(ref="2.1",
                 action="Fit keypad locks to the domestic services rooms in Ward 1 and Ward 2.",
                 resp="Estates Officer, Midlothian",
                 orig=D(2025, 8, 31), rev=D(2025, 11, 30),
                 prog="Locks ordered. Installation delayed by supplier; new date agreed.",
                 prev=RED, cur=AMBER,
                 lead=["Estates Officer, Midlothian"], end="2025-11", rag="amber"),
            dict(ref="2.2",
                 action="Brief all domestic and nursing staff on COSHH storage at the daily safety "
                        "huddle for four weeks and record attendance.",
                 resp="Domestic Services Supervisor /\nClinical Nurse Manager",
                 orig=D(2025, 9, 30), rev=None,
                 prog="Completed. Huddle attendance record held by the Clinical Nurse Manager.",
                 prev=GREEN, cur=BLUE,
                 lead=["Domestic Services Supervisor", "Clinical Nurse Manager"], end="2025-09",
                 rag="blue"),
        ]),
        ("Requirement 3: NHS Lothian must ensure that patient care documentation, including falls and "
         "nutrition risk assessments, is fully and accurately completed.", [
            dict(ref="3.1",
                 action="Carry out a monthly peer audit of ten patient records per ward using the "
                        "Excellence in Care documentation audit tool.",
                 resp="Clinical Nurse Manager",
                 orig=D(2025, 12, 31), rev=None,
                 prog="Audit started in October: Ward 1 78%, Ward 2 81%.",
                 prev=None, cur=AMBER,
                 lead=["Clinical Nurse Manager"], end="2025-12", rag="amber"),
            dict(ref="3.2",
                 action="Provide refresher training on MUST and falls risk assessment for all "
                        "registered nurses.",
                 resp="Practice Education Facilitator",
                 orig="January 2026", rev=None,
                 prog="Sessions booked for December and January.",
                 prev=None, cur=GREEN,
                 lead=["Practice Education Facilitator"], end="2026-01", rag="green"),
        ]),
    ]),
    ("Domain 4.3 – Workforce planning", [
        ("Requirement 4: NHS Lothian must ensure that staffing is recorded and escalated in line with "
         "the Health and Care (Staffing) (Scotland) Act 2019.", [
            dict(ref="4.1",
                 action="Record staffing and professional judgement at every shift using the "
                        "real-time staffing tool, with any shortfall escalated to the Clinical Nurse "
                        "Manager.",
                 resp="Senior Charge Nurse (each ward)",
                 orig=D(2025, 10, 31), rev=D(2026, 1, 31),
                 prog="Compliance 84% in October against a target of 95%.",
                 prev=AMBER, cur=AMBER,
                 lead=["Senior Charge Nurse (each ward)"], end="2026-01", rag="amber"),
            dict(ref="4.2",
                 action="Report monthly compliance with the real-time staffing tool to the Midlothian "
                        "HSCP Nursing Workforce Group.",
                 resp="Chief Nurse, Midlothian HSCP",
                 orig="March 2026", rev=None,
                 prog="First report due to the December meeting.",
                 prev=None, cur=GREEN,
                 lead=["Chief Nurse, Midlothian HSCP"], end="2026-03", rag="green"),
        ]),
    ]),
]


def build_mch():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = MCH_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("NHS Lothian – unannounced inspection 20 to 22 May 2025; report published "
                "26 August 2025")
    ws.merge_cells("A2:I2")
    ctrl = [("File name", "MCH SDoC improvement action plan v3.xlsx"), ("Version", "3.0"),
            ("Produced by", "Chief Nurse, Midlothian HSCP"), ("Date", "10/11/2025")]
    r = 4
    for k, v in ctrl:
        a = ws.cell(r, 1, k)
        a.font = Font(bold=True)
        a.fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 3, v)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    key = [(RED, "Not started / significantly delayed"), (AMBER, "In progress – some delay"),
           (GREEN, "On track"), (BLUE, "Complete and evidenced")]
    for i, (col, txt) in enumerate(key):
        c = ws.cell(r, 3 + 2 * i, txt)
        c.fill = fill(col)
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=3 + 2 * i, end_row=r, end_column=4 + 2 * i)
    r += 2
    hdr = ["No.", "Requirement", "Action planned", "Responsibility for taking action",
           "Original timescale", "Revised timescale", "Progress against action",
           "Previous RAG (Aug 25)", "Current RAG (Nov 25)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = WRAP
        c.border = BOX
    ws.freeze_panes = ws.cell(r + 1, 1)
    r += 1
    for domain, reqs in MCH:
        c = ws.cell(r, 1, domain)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for req, acts in reqs:
            first = r
            ws.cell(r, 2, req).alignment = WRAP
            for a in acts:
                vals = [a["ref"], None, a["action"], a["resp"], a["orig"], a["rev"], a["prog"]]
                for i, v in enumerate(vals, 1):
                    if i == 2:
                        continue
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if a["prev"]:
                    ws.cell(r, 8).fill = fill(a["prev"])
                ws.cell(r, 9).fill = fill(a["cur"])
                for i in range(1, 10):
                    ws.cell(r, i).border = BOX
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Areas of good practice identified by HIS are reported separately to the Healthcare "
                  "Governance Committee and are not included in this plan.")
    r += 2
    ws.cell(r, 1, "NHS Board Chief Executive signature:").font = Font(bold=True)
    ws.cell(r, 5, "Date:").font = Font(bold=True)
    for col, w in zip("ABCDEFGHI", [6, 40, 48, 30, 12, 12, 40, 11, 11]):
        ws.column_dimensions[col].width = w

    v = wb.create_sheet("Version control")
    for i, h in enumerate(["Version", "Date", "Author", "Changes"], 1):
        v.cell(1, i, h).font = Font(bold=True)
    for rr, row in enumerate([
        ("1.0", "15/09/2025", "Clinical Nurse Manager", "Initial plan submitted to HIS"),
        ("2.0", "06/10/2025", "Chief Nurse, Midlothian HSCP", "Progress update for the Healthcare "
                                                              "Governance Committee"),
        ("3.0", "10/11/2025", "Chief Nurse, Midlothian HSCP", "November progress; revised timescales "
                                                              "for 2.1 and 4.1"),
    ], 2):
        for i, val in enumerate(row, 1):
            v.cell(rr, i, val)
    v.column_dimensions["C"].width = 30
    v.column_dimensions["D"].width = 60
    wb.save(path(MCH_FILE))


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
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.6))


# ---------------------------------------------------------------------------
# 4. Betsi Cadwaladr UHB - HIW Ysbyty Alltwen improvement plan (docx)
# ---------------------------------------------------------------------------
HIW_FILE = "zff-betsi-cadwaladr-uhb-hiw-ysbyty-alltwen-ward-inspection-improvement-plan.docx"
HIW_TITLE = "Ysbyty Alltwen, Glaslyn Ward – HIW Hospital Inspection (Unannounced) Improvement Plan"
HIW = [
    ("Quality of Patient Experience", [
        dict(finding="Patient information boards were out of date and some information was only "
                     "available in English.",
             need="The health board must ensure that up-to-date information is displayed for patients "
                  "and visitors in both Welsh and English.",
             std="Health and Care Quality Standards 2023 – Person-centred\nWelsh Language (Wales) "
                 "Measure 2011",
             action="Ward information boards to be refreshed using the health board's bilingual "
                    "templates and checked monthly as part of the ward manager's environmental "
                    "walkround.",
             officer="Ward Manager, Glaslyn Ward", time="30 June 2025",
             lead=["Ward Manager, Glaslyn Ward"], end="2025-06"),
        dict(finding="Call bells were out of reach of three patients who were in bed.",
             need="The health board must ensure that call bells are always within reach of patients.",
             std="Health and Care Quality Standards 2023 – Safe",
             action="Call bell position added to the hourly intentional rounding chart.\nSpot checks by "
                    "the nurse in charge on each shift, recorded on the safety huddle sheet.",
             officer="Ward Manager / Senior Nurse Manager, Community Hospitals (West)",
             time="31 May 2025",
             lead=["Ward Manager", "Senior Nurse Manager, Community Hospitals (West)"], end="2025-05"),
    ]),
    ("Delivery of Safe and Effective Care", [
        dict(finding="Resuscitation trolley checks had been missed on nine days in the two months "
                     "before the inspection.",
             need="The health board must ensure that resuscitation equipment is checked daily in line "
                  "with policy.",
             std="Health and Care Quality Standards 2023 – Safe, Effective",
             action="Daily resuscitation trolley checks to be allocated at the morning safety huddle "
                    "and signed off by the nurse in charge. Compliance to be audited weekly by the ward "
                    "manager and reported to the Community Hospitals Quality and Safety Group.",
             officer="Ward Manager", time="Immediate and ongoing",
             lead=["Ward Manager"], end=None, end_text="Immediate and ongoing"),
        dict(finding="Medicine fridge temperatures were not recorded every day and no action was "
                     "recorded when readings were out of range.",
             need="The health board must ensure that medicine fridge temperatures are monitored daily "
                  "and that action is taken and recorded when they are out of range.",
             std="Health and Care Quality Standards 2023 – Safe\nMedicines Management Policy",
             action="Replace the ward medicines fridge thermometer with a data logger linked to the "
                    "pharmacy temperature monitoring system.",
             officer="Pharmacy Technician, Community Hospitals (West) / Ward Manager",
             time="31 August 2025",
             lead=["Pharmacy Technician, Community Hospitals (West)", "Ward Manager"], end="2025-08"),
        dict(finding="Nutrition (MUST) and falls risk assessments were not always reviewed weekly.",
             need="The health board must ensure that risk assessments are reviewed in line with health "
                  "board policy.",
             std="Health and Care Quality Standards 2023 – Effective",
             action="Monthly documentation audit of five patient records using the Welsh Nursing Care "
                    "Record audit tool, with results shared at ward team meetings.",
             officer="Ward Manager", time="July 2025",
             lead=["Ward Manager"], end="2025-07"),
    ]),
    ("Quality of Management and Leadership", [
        dict(finding="Mandatory training compliance was 68% for fire safety and 71% for Immediate "
                     "Life Support.",
             need="The health board must ensure that staff complete their mandatory training.",
             std="Health and Care Quality Standards 2023 – Workforce",
             action="Individual training plans agreed with all staff who are not compliant, with "
                    "protected time rostered. Compliance to be monitored monthly using ESR reports.",
             officer="Ward Manager / Head of Nursing, West Area",
             time="30 September 2025",
             lead=["Ward Manager", "Head of Nursing, West Area"], end="2025-09"),
        dict(finding="Staff told us they did not always receive feedback after reporting an incident.",
             need="The health board should ensure that learning from incidents is shared with staff.",
             std="Health and Care Quality Standards 2023 – Leadership, Culture",
             action="Introduce a monthly 'learning from incidents' item at ward team meetings and "
                    "display a safety learning board in the staff room.",
             officer="Senior Nurse Manager, Community Hospitals (West)",
             time="Q2 2025/26",
             lead=["Senior Nurse Manager, Community Hospitals (West)"], end="2025-09"),
    ]),
]


def build_hiw():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(HIW_TITLE, style="Title")
    doc.add_paragraph("Betsi Cadwaladr University Health Board")
    doc.add_paragraph("Service: Ysbyty Alltwen, Tremadog – Glaslyn Ward (community hospital inpatient "
                      "ward)")
    doc.add_paragraph("Date of inspection: 11, 12 and 13 March 2025")
    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("No immediate assurance issues were identified during this inspection.")
    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("The table below sets out the improvements identified by HIW and the actions "
                      "the health board is taking to address them.")
    hdr = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for section, items in HIW:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, section, bold=True, size=10)
        shade(m, "F2F2F2")
        for it in items:
            row = t.add_row()
            for i, key in enumerate(["finding", "need", "std", "action", "officer", "time"]):
                set_cell(row.cells[i], it[key])
    widths = [Cm(4.2), Cm(4.6), Cm(3.6), Cm(6.8), Cm(3.6), Cm(2.6)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service "
                      "who has overall responsibility and accountability for ensuring the improvement "
                      "plan is actioned.")
    s = doc.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([("Service representative", ""), ("Name (print)", "Eleri Roberts"),
                                ("Job role", "Director of Nursing, West Integrated Health Community"),
                                ("Date", "9 May 2025")]):
        set_cell(s.rows[i].cells[0], k, bold=True)
        set_cell(s.rows[i].cells[1], v)
    doc.save(path(HIW_FILE))


# ---------------------------------------------------------------------------
# 5. Ashminster House Care Home - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
CQC_FILE = "zff-hallmark-ashminster-house-care-home-cqc-inspection-action-plan.docx"
CQC_TITLE = "Ashminster House Care Home – CQC Inspection Action Plan"
CQC = [
    ("Is the service safe?", [
        ("Regulation 12 – Safe care and treatment: The provider had not ensured that risks to people's "
         "skin integrity and risks of choking were assessed and managed safely.", [
            dict(ref="S1",
                 action="Review every resident's Waterlow and choking risk assessment and update care "
                        "plans on the electronic care planning system.",
                 lead_t="Clinical Lead", due="31/07/2025",
                 prog="All 62 residents reviewed; sample checked by the Regional Clinical Lead.",
                 col=BLUE, lead=["Clinical Lead"], end="2025-07", rag="blue"),
            dict(ref="S2",
                 action="Print speech and language therapy (SALT) recommendations on the dining room "
                        "diet notification sheet, checked at every meal by the senior carer on shift.",
                 lead_t="Deputy Manager", due="30/06/2025",
                 prog="In place from 16/06/2025.",
                 col=BLUE, lead=["Deputy Manager"], end="2025-06", rag="blue"),
            dict(ref="S3",
                 action="Introduce a weekly 'resident of the day' skin check audit with findings "
                        "recorded in the clinical risk meeting minutes.",
                 lead_t="Home Manager / Clinical Lead", due="31/08/2025",
                 prog="Running since August; two audits outstanding for Bluebell unit.",
                 col=GREEN, lead=["Home Manager", "Clinical Lead"], end="2025-08", rag="green"),
        ]),
        ("Regulation 18 – Staffing: Not all staff had completed training in dysphagia and moving and "
         "handling.", [
            dict(ref="S4",
                 action="All care staff to complete IDDSI dysphagia e-learning and a practical "
                        "competency assessment.",
                 lead_t="Home Manager", due="Sept 2025",
                 prog="88% complete; night staff sessions rebooked.",
                 col=AMBER, lead=["Home Manager"], end="2025-09", rag="amber"),
        ]),
    ]),
    ("Is the service well-led?", [
        ("Regulation 17 – Good governance: Audits had not identified the shortfalls we found, and "
         "actions from audits were not followed up.", [
            dict(ref="W1",
                 action="Refresh the home's audit schedule and add an action log to each monthly "
                        "audit, reviewed at the monthly clinical governance meeting.",
                 lead_t="Home Manager", due="31/07/2025",
                 prog="New schedule in use; action log reviewed at the August and September "
                      "meetings.",
                 col=BLUE, lead=["Home Manager"], end="2025-07", rag="blue"),
            dict(ref="W2",
                 action="Monthly regional quality visit until the home is re-inspected, with a written "
                        "report to the Quality and Compliance Director.",
                 lead_t="Regional Operations Director", due="Monthly until re-inspection",
                 prog="Visits completed in July, August, September and October.",
                 col=GREEN, lead=["Regional Operations Director"], end=None,
                 end_text="Monthly until re-inspection", rag="green"),
            dict(ref="W3",
                 action="Hold quarterly resident and relative meetings and display a 'You said, we "
                        "did' board in reception.",
                 lead_t="Home Manager & Activities Lead", due="31/12/2025",
                 prog="",
                 col=RED, lead=["Home Manager", "Activities Lead"], end="2025-12", rag="red"),
        ]),
    ]),
]


def build_cqc():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(CQC_TITLE, style="Title")
    doc.add_paragraph("Provider: Hallmark Care Homes | Registered manager: Joanne Pearce")
    doc.add_paragraph("Inspection: 4 and 5 June 2025 | Report published: 22 July 2025 | Overall "
                      "rating: Requires improvement")
    r = doc.add_table(rows=2, cols=5)
    r.style = "Table Grid"
    ratings = [("Safe", "Requires improvement"), ("Effective", "Good"), ("Caring", "Good"),
               ("Responsive", "Good"), ("Well-led", "Requires improvement")]
    for i, (k, v) in enumerate(ratings):
        set_cell(r.rows[0].cells[i], k, bold=True)
        set_cell(r.rows[1].cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG key (progress at 31 October 2025)").runs[0].bold = True
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for i, (col, txt) in enumerate([(BLUE, "Completed and embedded"), (GREEN, "On track"),
                                    (AMBER, "Started – at risk of slipping"),
                                    (RED, "Not started / overdue")]):
        set_cell(k.rows[0].cells[i], txt)
        shade(k.rows[0].cells[i], col)
    hdr = ["Ref", "Action we will take", "Lead", "Target date", "Progress", "RAG"]
    widths = [Cm(1.3), Cm(9.5), Cm(4.2), Cm(3.0), Cm(6.5), Cm(1.5)]
    for heading, regs in CQC:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        for reg, acts in regs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, reg, bold=True)
            shade(m, "EDEDED")
            for a in acts:
                row = t.add_row()
                for i, v in enumerate([a["ref"], a["action"], a["lead_t"], a["due"], a["prog"], ""]):
                    set_cell(row.cells[i], v)
                shade(row.cells[5], a["col"])
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
    doc.add_paragraph()
    doc.add_paragraph("This action plan is reviewed at the monthly home governance meeting and shared "
                      "with Kent County Council's quality assurance team.")
    doc.save(path(CQC_FILE))


# ---------------------------------------------------------------------------
# 6. Willow Wood Hospice - quality account priorities tracker 2025/26 (csv)
# ---------------------------------------------------------------------------
WW_FILE = "zff-willow-wood-hospice-quality-account-priorities-tracker-2025-26.csv"
WW_TITLE = ("Willow Wood Hospice – Quality Account Priorities for Improvement 2025/26: "
            "Progress Tracker")
WW = [
    ("Priority 1 – Patient safety: Reduce falls with harm on the inpatient unit", [
        dict(ref="1.1", action="Use the Hospice UK post-falls review template for every fall on the "
                               "inpatient unit",
             lead_t="Head of Inpatient Services", due="Jun-25", q1="Template in use from May",
             q2="Embedded – 9 falls reviewed in Q2", rag="B",
             lead=["Head of Inpatient Services"], end="2025-06", st="blue"),
        dict(ref="1.2", action="Trial low-rise beds and sensor mats in the four rooms nearest the "
                               "nurses' station",
             lead_t="Ward Sister / Estates and Facilities Manager", due="Sep-25", q1="Two beds delivered",
             q2="Trial extended to the end of October, awaiting third bed", rag="A",
             lead=["Ward Sister", "Estates and Facilities Manager"], end="2025-09", st="amber"),
        dict(ref="1.3", action="Add falls awareness to the induction for ward volunteers",
             lead_t="Voluntary Services Manager", due="Dec-25", q1="Content drafted",
             q2="First induction with new content on 4 November", rag="G",
             lead=["Voluntary Services Manager"], end="2025-12", st="green"),
    ]),
    ("Priority 2 – Clinical effectiveness: Improve recording of preferred place of care and death", [
        dict(ref="2.1", action="Record preferred place of care and death on SystmOne for every patient "
                               "on the community caseload",
             lead_t="Clinical Nurse Specialist Team Leader", due="Mar-26", q1="Baseline 61%",
             q2="74% recorded", rag="G",
             lead=["Clinical Nurse Specialist Team Leader"], end="2026-03", st="green"),
        dict(ref="2.2", action="Audit 20 records a month and report results to the Clinical Governance "
                               "Committee",
             lead_t="Quality and Governance Lead", due="Quarterly", q1="Q1 audit reported",
             q2="Q2 audit reported 12/11/25", rag="G",
             lead=["Quality and Governance Lead"], end=None, end_text="Quarterly", st="green"),
        dict(ref="2.3", action="Deliver EPaCCS refresher sessions for the Hospice at Home team",
             lead_t="Education Lead", due="31/12/2025", q1="Dates set",
             q2="2 of 4 sessions delivered", rag="G",
             lead=["Education Lead"], end="2025-12", st="green"),
    ]),
    ("Priority 3 – Patient experience: Widen access for people from under-served communities in "
     "Tameside and Glossop", [
        dict(ref="3.1", action="Co-design a bereavement support group with the local South Asian "
                               "community",
             lead_t="Family Support Services Manager; Community Engagement Officer", due="Jan-26",
             q1="Two listening events held", q2="Venue and facilitator still to be agreed", rag="A",
             lead=["Family Support Services Manager", "Community Engagement Officer"], end="2026-01",
             st="amber"),
        dict(ref="3.2", action="Deliver homeless awareness training to all clinical staff, in line with "
                               "our Homeless Friendly pledge",
             lead_t="Education Lead", due="Nov-25", q1="Training commissioned", q2="65% of staff trained",
             rag="G", lead=["Education Lead"], end="2025-11", st="green"),
        dict(ref="3.3", action="Translate the 'Coming into the hospice' leaflet into Urdu, Bengali and "
                               "Polish",
             lead_t="Patient Experience Lead", due="Oct-25", q1="Quotes requested",
             q2="Quotes received; waiting for budget approval", rag="R",
             lead=["Patient Experience Lead"], end="2025-10", st="red"),
    ]),
]


def build_ww():
    n = 7
    rows = [[WW_TITLE], ["Reported to the Clinical Governance Committee, 12 November 2025 (Quarter 2)"],
            ["Key: B = achieved; G = on track; A = some slippage, recovery plan in place; R = off track"],
            [],
            ["Ref", "Priority / action", "Lead", "Target date", "Q1 update", "Q2 update", "Q2 RAG"]]
    tally = {}
    for pri, acts in WW:
        rows.append([pri])
        for a in acts:
            rows.append([a["ref"], a["action"], a["lead_t"], a["due"], a["q1"], a["q2"], a["rag"]])
            tally[a["rag"]] = tally.get(a["rag"], 0) + 1
    rows.append([])
    rows.append(["Total", f"{sum(tally.values())} actions", "", "", "", "",
                 f"B {tally.get('B', 0)} / G {tally.get('G', 0)} / A {tally.get('A', 0)} / "
                 f"R {tally.get('R', 0)}"])
    rows.append(["Priorities agreed with NHS Greater Manchester (Tameside locality) and published in "
                 "the Quality Account 2024/25."])
    with open(path(WW_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (n - len(row)))


# ---------------------------------------------------------------------------
# 7. Hounslow and Richmond Community Healthcare NHS Trust - CQC must/should do (txt, tab-separated)
# ---------------------------------------------------------------------------
HRCH_FILE = ("zff-hounslow-and-richmond-community-healthcare-nhs-trust-cqc-must-should-do-"
             "action-plan.txt")
HRCH_TITLE = ("Hounslow and Richmond Community Healthcare NHS Trust – CQC Action Plan: Must Do and "
              "Should Do Actions")
INPT = "Community health inpatient services"
ADLT = "Community health services for adults"
R_MD1 = ("The trust must ensure that staff complete and review patient risk assessments, including "
         "falls and pressure ulcer risk, in line with trust policy. (Regulation 12)")
R_MD2 = ("The trust must ensure that medicines are stored at the correct temperature and that "
         "temperature records are complete. (Regulation 12)")
R_MD3 = ("The trust must ensure there are enough suitably qualified district nurses to meet patient "
         "need. (Regulation 18)")
R_SD1 = "The trust should ensure that caseload review meetings are held and recorded in every district nursing team."
R_SD2 = "The trust should ensure that patients and carers know how to raise a concern."
HRCH = [
    dict(id="MD1.1", svc=INPT, ms="Must do", req=R_MD1,
         action="Relaunch the inpatient risk assessment bundle in SystmOne with mandatory fields for "
                "falls and Waterlow review every 7 days",
         lead_t="Head of Nursing, Inpatients / Clinical Systems Lead", orig="30/06/2025",
         rev="30/09/2025", rag="Blue", upd="Template live 02/09/2025; first audit 93%",
         lead=["Head of Nursing, Inpatients", "Clinical Systems Lead"], end="2025-09", st="blue"),
    dict(id="MD1.2", svc=INPT, ms="Must do", req=R_MD1,
         action="Weekly matron audit of 10 patient records, reported to the Inpatient Governance Group",
         lead_t="Matron, Teddington Memorial Hospital", orig="31/07/2025", rev="", rag="Green",
         upd="Audits running weekly; compliance 88% in October",
         lead=["Matron, Teddington Memorial Hospital"], end="2025-07", st="green"),
    dict(id="MD2.1", svc=INPT, ms="Must do", req=R_MD2,
         action="Install remote temperature monitoring in all clinic rooms and medicines fridges at "
                "Teddington Memorial Hospital",
         lead_t="Chief Pharmacist", orig="31/08/2025", rev="31/12/2025", rag="Amber",
         upd="Sensors installed on two of three floors; supplier delay for remaining units",
         lead=["Chief Pharmacist"], end="2025-12", st="amber"),
    dict(id="MD3.1", svc=ADLT, ms="Must do", req=R_MD3,
         action="Complete the district nursing establishment review using the community nursing "
                "safer staffing tool and present findings to the Trust Board",
         lead_t="Director of Nursing and Quality", orig="Oct-25", rev="", rag="Green",
         upd="Data collection complete; Board paper scheduled for November",
         lead=["Director of Nursing and Quality"], end="2025-10", st="green"),
    dict(id="MD3.2", svc=ADLT, ms="Must do", req=R_MD3,
         action="Run a recruitment campaign for 12 Band 5 community nurses, including international "
                "recruitment",
         lead_t="Deputy Director of People; Head of Adult Community Nursing", orig="31/03/2026",
         rev="", rag="Red", upd="Campaign paused until the financial recovery plan is approved",
         lead=["Deputy Director of People", "Head of Adult Community Nursing"], end="2026-03", st="red"),
    dict(id="SD1.1", svc=ADLT, ms="Should do", req=R_SD1,
         action="Introduce a standard caseload review template for all six district nursing teams",
         lead_t="Head of Adult Community Nursing", orig="30/09/2025", rev="", rag="Blue",
         upd="In use in all teams from September",
         lead=["Head of Adult Community Nursing"], end="2025-09", st="blue"),
    dict(id="SD2.1", svc=INPT, ms="Should do", req=R_SD2,
         action="Display PALS posters in all inpatient bays and give the PALS leaflet to every patient "
                "on admission",
         lead_t="Patient Experience Manager", orig="31/07/2025", rev="", rag="Blue",
         upd="Complete",
         lead=["Patient Experience Manager"], end="2025-07", st="blue"),
    dict(id="SD2.2", svc=ADLT, ms="Should do", req=R_SD2,
         action="Add 'how to raise a concern' to the district nursing first visit checklist",
         lead_t="Head of Adult Community Nursing", orig="Ongoing", rev="", rag="Green",
         upd="Checklist updated; compliance checked in caseload reviews",
         lead=["Head of Adult Community Nursing"], end=None, end_text="Ongoing", st="green"),
]


def build_hrch():
    lines = [HRCH_TITLE,
             "Extracted 03/11/2025 from the Trust CQC action tracker – for Quality and Safety "
             "Committee, 11/11/2025",
             "",
             "\t".join(["Action ID", "Core service", "Must/Should", "Requirement", "Action", "Lead",
                        "Original due date", "Revised due date", "RAG", "Latest update"])]
    for a in HRCH:
        lines.append("\t".join([a["id"], a["svc"], a["ms"], a["req"], a["action"], a["lead_t"],
                                a["orig"], a["rev"], a["rag"], a["upd"]]))
    lines.append("")
    lines.append("8 actions: 3 Blue, 3 Green, 1 Amber, 1 Red")
    with open(path(HRCH_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    build_papworth()
    build_lhch()
    build_mch()
    build_hiw()
    build_cqc()
    build_ww()
    build_hrch()
    print("LHCH refuse row (sheet 'BAF Detail'):", LHCH_REFUSE_ROW)


if __name__ == "__main__":
    main()
