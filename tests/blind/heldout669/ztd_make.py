"""Build the seven ztd- blind test files (set heldout669).

Run with /work/main/.venv/bin/python ztd_make.py  (from any directory).
Each case's data lives below; every action carries both what is written into the file
and what a reader takes from it (exp_* fields), so the .expected.yaml files can be
checked against the same text.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "head": "1F4E79", "grey": "D9D9D9", "pale": "DDEBF7", "theme": "BDD7EE",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. Somerset NHS FT - PSII safety action plan (xlsx, two sheets)
# ---------------------------------------------------------------------------
PSII_FILE = "ztd-somerset-nhsft-psii-deteriorating-patient-safety-action-plan.xlsx"
PSII_TITLE = ("PSII Safety Action Plan – Delayed recognition and escalation of a "
              "deteriorating patient")
PSII_AFIS = [
    ("AFI 1: NEWS2 observations were not repeated at the frequency required by the "
     "escalation protocol after the patient scored 5, and the rising score was not "
     "escalated to the medical team.", [
        dict(ref="SA1.1",
             action="Introduce electronic observation reminders on the ward tablets so that "
                    "a repeat set of observations is prompted at the frequency set by the "
                    "NEWS2 score.",
             lead="Deteriorating Patient Lead Nurse", exp_lead=["Deteriorating Patient Lead Nurse"],
             target=d(2025, 1, 31), revised=None, exp_end="2025-01",
             measure="Monthly audit of observation timeliness: ≥90% of repeat observations on time",
             progress="Live on Ward 6 from 20/01/2025; roll-out to other medical wards agreed at PSIRG.",
             rag="B", exp_status="blue"),
        dict(ref="SA1.2",
             action="Deliver NEWS2 and escalation refresher training to all registered nurses "
                    "and healthcare assistants on Ward 6, with attendance recorded on the ward "
                    "training matrix.",
             lead="Ward 6 Manager; Clinical Practice Educator",
             exp_lead=["Ward 6 Manager", "Clinical Practice Educator"],
             target=d(2025, 2, 28), revised=d(2025, 4, 30), exp_end="2025-04",
             measure="≥85% of ward staff trained",
             progress="71% complete; additional sessions added for night staff in April.",
             rag="A", exp_status="amber"),
        dict(ref="SA1.3",
             action="Add a 'NEWS2 ≥5 – escalated to' field to the nursing handover sheet, "
                    "recording the name and grade of the doctor informed and the time.",
             lead="Matron – Medicine Division", exp_lead=["Matron – Medicine Division"],
             target=d(2025, 3, 31), revised=None, exp_end="2025-03",
             measure="Spot-check of 20 handover sheets per month",
             progress="New handover sheet in use since 03/03/2025.",
             rag="B", exp_status="blue"),
    ]),
    ("AFI 2: Sepsis screening was not started when the patient's temperature and heart "
     "rate met the screening trigger, which delayed the first dose of antibiotics.", [
        dict(ref="SA2.1",
             action="Embed the adult sepsis screening tool within the electronic observation "
                    "system so that it opens automatically when the trigger criteria are met.",
             lead="Clinical Lead for Sepsis / Digital Nurse Lead",
             exp_lead=["Clinical Lead for Sepsis", "Digital Nurse Lead"],
             target=d(2025, 6, 30), revised=d(2025, 9, 30), exp_end="2025-09",
             measure="Time from trigger to completed screen (target: within 1 hour)",
             progress="Supplier change request raised; build slot confirmed for Q2 2025/26.",
             rag="A", exp_status="amber"),
        dict(ref="SA2.2",
             action="Share the learning from this investigation at the Medicine Division Grand "
                    "Round and in the Trust-wide 'Learning from Patient Safety Events' bulletin.",
             lead="Dr Helen Marsh and Karen Obi", exp_lead=["Dr Helen Marsh", "Karen Obi"],
             target=d(2024, 12, 31), revised=None, exp_end="2024-12",
             measure="Attendance record; bulletin published",
             progress="Presented 05/12/2024; bulletin issue 14 published.",
             rag="B", exp_status="blue"),
    ]),
    ("AFI 3: The out-of-hours route for escalating to the critical care outreach team "
     "was unclear to the nurse in charge, and there was no documented senior medical "
     "review overnight.", [
        dict(ref="SA3.1",
             action="Publish a single out-of-hours escalation flowchart for deteriorating adult "
                    "patients, displayed at every nurses' station and on the intranet.",
             lead="Critical Care Outreach Team Lead", exp_lead=["Critical Care Outreach Team Lead"],
             target=d(2025, 3, 31), revised=None, exp_end="2025-03",
             measure="Flowchart displayed on all adult inpatient wards (walkround check)",
             progress="Approved by the Deteriorating Patient Group; printing under way.",
             rag="G", exp_status="green"),
        dict(ref="SA3.2",
             action="Audit the documentation of overnight senior medical reviews for patients "
                    "with a NEWS2 score of 7 or more and report the results to the Divisional "
                    "Quality Board.",
             lead="Associate Medical Director for Patient Safety",
             exp_lead=["Associate Medical Director for Patient Safety"],
             target=d(2025, 6, 30), revised=None, exp_end="2025-06",
             measure="Quarterly audit; target 100% documented review",
             progress="Baseline audit scheduled for May 2025.",
             rag="G", exp_status="green"),
        dict(ref="SA3.3",
             action="Review the night staffing escalation process for Ward 6 when acuity exceeds "
                    "the SafeCare establishment, and confirm the bleep-holder's role in "
                    "escalation.",
             lead="Head of Nursing – Medicine", exp_lead=["Head of Nursing – Medicine"],
             target=d(2025, 4, 30), revised=d(2025, 7, 31), exp_end="2025-07",
             measure="Revised escalation SOP approved",
             progress="Delayed – awaiting the outcome of the nursing establishment review.",
             rag="R", exp_status="red"),
    ]),
]
RAG_FILL = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}


def build_psii():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = PSII_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov.merge_cells("A1:D1")
    cov["A2"] = "Somerset NHS Foundation Trust  |  Patient Safety Team"
    cov["A2"].font = Font(italic=True)
    rows = [
        ("Incident reference (LFPSE)", "W204417"),
        ("Date of incident", "19 June 2024"),
        ("Commissioned by", "Patient Safety Incident Response Group (PSIRG)"),
        ("Executive sponsor", "Chief Medical Officer"),
        ("Lead investigator", "Patient Safety Investigator (PSIRF)"),
        ("Family liaison", "Family Liaison Officer, Patient Safety Team"),
        ("Date approved", "12 November 2024"),
        ("Version", "v1.3 – progress update 14/04/2025"),
        ("Next review", "PSIRG, May 2025"),
    ]
    r = 4
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 1).fill = fill(FILL["grey"])
        cov.cell(r, 2, v)
        for c in (1, 2):
            cov.cell(r, c).border = BOX
        r += 1
    r += 1
    cov.cell(r, 1, "Status key").font = Font(bold=True)
    r += 1
    for letter, text in [("B", "Complete – evidence received and accepted by PSIRG"),
                         ("G", "On track to be delivered by the target date"),
                         ("A", "At risk – revised date agreed by PSIRG"),
                         ("R", "Overdue / not progressing – escalate to Divisional Board")]:
        cov.cell(r, 1, letter).fill = fill(RAG_FILL[letter])
        cov.cell(r, 1).alignment = Alignment(horizontal="center")
        cov.cell(r, 2, text)
        r += 1
    cov.column_dimensions["A"].width = 30
    cov.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Safety actions")
    ws["A1"] = PSII_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Areas for improvement identified by the PSII and the safety actions agreed with "
                "the ward team and the family. Dates revised at PSIRG on 14/04/2025 are shown "
                "in the Revised date column.")
    ws.merge_cells("A2:I2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 30
    heads = ["Area for improvement (AFI)", "Ref", "Safety action", "Action owner", "Target date",
             "Revised date", "Measure of effectiveness", "Progress update (April 2025)", "Status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for afi, acts in PSII_AFIS:
        first = r
        ws.cell(r, 1, afi)
        for a in acts:
            ws.cell(r, 2, a["ref"])
            ws.cell(r, 3, a["action"])
            ws.cell(r, 4, a["lead"])
            ws.cell(r, 5, a["target"]).number_format = "dd/mm/yyyy"
            if a["revised"]:
                ws.cell(r, 6, a["revised"]).number_format = "dd/mm/yyyy"
            ws.cell(r, 7, a["measure"])
            ws.cell(r, 8, a["progress"])
            s = ws.cell(r, 9, a["rag"])
            s.fill = fill(RAG_FILL[a["rag"]])
            s.alignment = Alignment(horizontal="center", vertical="top")
            for c in range(1, 10):
                ws.cell(r, c).border = BOX
                if c != 9:
                    ws.cell(r, c).alignment = WRAP
            ws.row_dimensions[r].height = 62
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(first, 1).fill = fill(FILL["pale"])
    r += 1
    ws.cell(r, 1, "Notes: evidence for completed actions is held on the Patient Safety SharePoint "
                  "site (folder PSII/2024/031). Actions are closed only when PSIRG accepts the "
                  "evidence and the measure of effectiveness.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for col, w in zip("ABCDEFGHI", [38, 8, 48, 24, 12, 12, 30, 36, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.active = 1
    wb.save(os.path.join(HERE, PSII_FILE))


# ---------------------------------------------------------------------------
# 2. NHS Gloucestershire ICB - Board Assurance Framework (xlsx, summary + sheet per risk)
# ---------------------------------------------------------------------------
BAF_FILE = "ztd-nhs-gloucestershire-icb-board-assurance-framework-2025-26.xlsx"
BAF_TITLE = "NHS Gloucestershire Integrated Care Board – Board Assurance Framework 2025/26"
BAF_RISKS = [
    dict(sheet="BAF 1", heading="BAF 1 – Urgent and emergency care: risk that demand for urgent "
                                "and emergency care exceeds system capacity, leading to long "
                                "waits and avoidable harm",
         objective="Improve access to urgent and emergency care across One Gloucestershire",
         owner="Chief Delivery Officer", committee="System Quality Committee",
         scores=("20", "16", "16", "9"),
         controls="System Coordination Centre; OPEL framework; UEC improvement plan; "
                  "daily system calls",
         assurance="Monthly UEC performance report to Board; SWASFT handover data; "
                   "NHS England UEC tiering review (July 2025)",
         gaps=[
             ("Community urgent response (2-hour UCR) capacity does not meet demand at weekends.", [
                 dict(ref="1.1",
                      action="Extend the 2-hour urgent community response service to 8am–8pm at "
                             "weekends across all three localities.",
                      lead="Director of Integration and Partnerships",
                      exp_lead=["Director of Integration and Partnerships"],
                      due=d(2025, 9, 30), exp_end="2025-09", q1="green", q2="blue",
                      progress="Weekend cover live from 01/09/2025 in all localities."),
                 dict(ref="1.2",
                      action="Agree a single point of access for care homes to refer directly to "
                             "UCR before calling 999.",
                      lead="Associate Director of Urgent Care",
                      exp_lead=["Associate Director of Urgent Care"],
                      due=d(2025, 12, 31), exp_end="2025-12", q1="amber", q2="green",
                      progress="Pilot with 14 care homes in Gloucester City from August."),
             ]),
             ("No system-wide real-time view of ambulance handover delays and ED occupancy.", [
                 dict(ref="1.3",
                      action="Implement the SHREWD dashboard across GHFT, GHC and primary care, "
                             "with escalation triggers linked to OPEL levels.",
                      lead="Chief Digital and Information Officer / Head of System Resilience",
                      exp_lead=["Chief Digital and Information Officer",
                                "Head of System Resilience"],
                      due=d(2026, 3, 31), exp_end="2026-03", q1="amber", q2="amber",
                      progress="Data-sharing agreement signed; GHC feeds not yet live."),
             ]),
         ]),
    dict(sheet="BAF 2", heading="BAF 2 – Financial sustainability: risk that the system does not "
                                "deliver its 2025/26 financial plan and efficiency requirement "
                                "of £64.2m",
         objective="Deliver a balanced system financial position",
         owner="Chief Finance Officer", committee="Finance and Resources Committee",
         scores=("16", "16", "20", "12"),
         controls="System financial plan; monthly system finance reporting; Vacancy Control Panel",
         assurance="Month 5 system finance report; internal audit of financial controls "
                   "(reasonable assurance)",
         gaps=[
             ("Efficiency schemes for Q3 and Q4 are not fully identified (£11.8m unidentified at "
              "Month 5).", [
                 dict(ref="2.1",
                      action="Identify and validate the remaining efficiency schemes through the "
                             "System Recovery Group, with fortnightly reporting to the ICB "
                             "Executive.",
                      lead="Chief Finance Officer", exp_lead=["Chief Finance Officer"],
                      due=d(2025, 10, 31), exp_end="2025-10", q1="amber", q2="red",
                      progress="£4.1m validated; gap increased following pay award pressures."),
                 dict(ref="2.2",
                      action="Commission an independent review of all continuing healthcare "
                             "packages costing more than £3,000 per week.",
                      lead="Chief Nursing Officer", exp_lead=["Chief Nursing Officer"],
                      due=d(2025, 12, 31), exp_end="2025-12", q1="green", q2="green",
                      progress="Reviewer appointed; 61 of 140 packages reviewed."),
             ]),
             ("Limited assurance on the run-rate of temporary staffing spend at provider level.", [
                 dict(ref="2.3",
                      action="Agree a system agency cap and monthly reporting of bank and agency "
                             "spend by provider to the Finance and Resources Committee.",
                      lead="Chief People Officer; Chief Finance Officer",
                      exp_lead=["Chief People Officer", "Chief Finance Officer"],
                      due=d(2025, 8, 31), exp_end="2025-08", q1="green", q2="blue",
                      progress="Cap agreed; first report received in September."),
             ]),
         ]),
    dict(sheet="BAF 3", heading="BAF 3 – Primary care resilience: risk that access to general "
                                "practice and NHS dentistry does not recover, widening health "
                                "inequalities",
         objective="Strengthen primary care and reduce health inequalities",
         owner="Director of Primary Care and Place", committee="Primary Care and Direct "
                                                               "Commissioning Committee",
         scores=("16", "12", "12", "8"),
         controls="Primary Care Access Recovery Plan; dental commissioning plan; PCN DES",
         assurance="GP Patient Survey 2025; dental activity (UDA) reports",
         gaps=[
             ("Access to NHS dentistry for new patients remains below pre-pandemic levels in the "
              "Forest of Dean.", [
                 dict(ref="3.1",
                      action="Commission additional urgent dental sessions through the flexible "
                             "commissioning scheme in the Forest of Dean and Tewkesbury.",
                      lead="Head of Primary Care Commissioning (Dental)",
                      exp_lead=["Head of Primary Care Commissioning (Dental)"],
                      due=d(2025, 11, 30), exp_end="2025-11", q1="green", q2="green",
                      progress="Three practices signed up; 420 sessions commissioned."),
                 dict(ref="3.2",
                      action="Run a dental access awareness campaign with Healthwatch "
                             "Gloucestershire and the Forest of Dean district council.",
                      lead="Dr Priya Nair and Tom Beech", exp_lead=["Dr Priya Nair", "Tom Beech"],
                      due="Ongoing", exp_end=None, exp_end_text="Ongoing",
                      q1=None, q2="green",
                      progress="Campaign materials co-produced with Healthwatch."),
             ]),
             ("Assurance on delivery of practices' Modern General Practice Access plans relies "
              "on self-declaration.", [
                 dict(ref="3.3",
                      action="Undertake PCN-level assurance visits to the 12 practices with the "
                             "lowest GP Patient Survey access scores.",
                      lead="Associate Director of Primary Care",
                      exp_lead=["Associate Director of Primary Care"],
                      due="Q4 2025/26", exp_end="2026-03", q1=None, q2="amber",
                      progress="Visit programme agreed; 3 of 12 completed."),
             ]),
         ]),
]


def build_baf():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = BAF_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s.merge_cells("A1:H1")
    s["A2"] = "Position at Quarter 2 (to 30 September 2025) – presented to ICB Board, 27 November 2025"
    s["A2"].font = Font(italic=True)
    heads = ["BAF ref", "Principal risk", "Risk owner", "Lead committee", "Initial score",
             "Q1 score", "Q2 score", "Target score"]
    for i, h in enumerate(heads, 1):
        c = s.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for rk in BAF_RISKS:
        title = rk["heading"].split(" – ", 1)[1].split(":")[0]
        vals = [rk["sheet"], title, rk["owner"], rk["committee"]] + [int(x) for x in rk["scores"]]
        for i, v in enumerate(vals, 1):
            c = s.cell(r, i, v)
            c.border = BOX
            c.alignment = WRAP
        for i in (5, 6, 7, 8):
            v = s.cell(r, i).value
            s.cell(r, i).fill = fill(FILL["red"] if v >= 15 else FILL["amber"] if v >= 8
                                     else FILL["green"])
        r += 1
    r += 1
    s.cell(r, 1, "Risk scores are likelihood x consequence (5 x 5 matrix). 15–25 = extreme (red); "
                 "8–12 = high (amber); 4–6 = moderate (green).")
    r += 1
    s.cell(r, 1, "Action RAG key: Green = on track; Amber = at risk of slipping; Red = off track; "
                 "Blue = complete.")
    for col, w in zip("ABCDEFGH", [10, 44, 28, 32, 10, 10, 10, 10]):
        s.column_dimensions[col].width = w

    for rk in BAF_RISKS:
        ws = wb.create_sheet(rk["sheet"])
        ws["A1"] = rk["heading"]
        ws["A1"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A1"].fill = fill(FILL["head"])
        ws["A1"].alignment = WRAP
        ws.merge_cells("A1:H1")
        ws.row_dimensions[1].height = 34
        info = [("Strategic objective", rk["objective"]),
                ("Risk owner", rk["owner"]),
                ("Lead committee", rk["committee"])]
        r = 3
        for k, v in info:
            ws.cell(r, 1, k).font = Font(bold=True)
            ws.cell(r, 1).fill = fill(FILL["grey"])
            ws.cell(r, 2, v)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            r += 1
        ws.cell(r, 1, "Risk score (L x C)").font = Font(bold=True)
        ws.cell(r, 1).fill = fill(FILL["grey"])
        for i, (lab, v) in enumerate(zip(["Initial", "Q1", "Q2", "Target"], rk["scores"])):
            ws.cell(r, 2 + i, f"{lab}: {v}")
        r += 2
        for k, v in [("Key controls", rk["controls"]), ("Sources of assurance", rk["assurance"])]:
            ws.cell(r, 1, k).font = Font(bold=True)
            ws.cell(r, 1).fill = fill(FILL["grey"])
            ws.cell(r, 2, v).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 30
            r += 1
        r += 1
        heads = ["Ref", "Gap in control or assurance", "Action to address gap", "Action owner",
                 "Due date", "Q1 RAG", "Q2 RAG", "Progress (Q2)"]
        for i, h in enumerate(heads, 1):
            c = ws.cell(r, i, h)
            c.font = Font(bold=True)
            c.fill = fill(FILL["theme"])
            c.border = BOX
            c.alignment = WRAP
        r += 1
        for gap, acts in rk["gaps"]:
            first = r
            ws.cell(r, 2, gap)
            for a in acts:
                ws.cell(r, 1, a["ref"])
                ws.cell(r, 3, a["action"])
                ws.cell(r, 4, a["lead"])
                c = ws.cell(r, 5, a["due"])
                if isinstance(a["due"], dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if a["q1"]:
                    ws.cell(r, 6).fill = fill(FILL[a["q1"]])
                if a["q2"]:
                    ws.cell(r, 7).fill = fill(FILL[a["q2"]])
                ws.cell(r, 8, a["progress"])
                for c in range(1, 9):
                    ws.cell(r, c).border = BOX
                    ws.cell(r, c).alignment = WRAP
                ws.row_dimensions[r].height = 48
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        for col, w in zip("ABCDEFGH", [7, 36, 46, 28, 12, 8, 8, 36]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, BAF_FILE))


# ---------------------------------------------------------------------------
# 3. Swansea Bay UHB - HIW improvement plan, Neath Port Talbot Hospital (docx, one table
#    with theme rows, merged "improvement needed" cells)
# ---------------------------------------------------------------------------
HIW_FILE = "ztd-swansea-bay-uhb-hiw-neath-port-talbot-hospital-improvement-plan.docx"
HIW_TITLE = "Improvement plan – Neath Port Talbot Hospital, Ward D (Rehabilitation)"
HIW_THEMES = [
    ("Quality of Patient Experience", [
        ("The health board must ensure that patients' privacy and dignity are maintained when "
         "the bay curtains cannot be fully closed.",
         "Health and Care Standards 4.1 Dignified Care", [
             dict(action="Replace the damaged curtain tracks in bays 2 and 4 of Ward D.",
                  lead="Estates Manager (Neath Port Talbot Hospital)",
                  exp_lead=["Estates Manager (Neath Port Talbot Hospital)"],
                  when="31 October 2024", exp_end="2024-10"),
             dict(action="Carry out a monthly dignity walkabout on Ward D and record the findings "
                         "in the ward assurance audit.",
                  lead="Ward D Sister", exp_lead=["Ward D Sister"],
                  when="Monthly", exp_end=None, exp_end_text="Monthly"),
         ]),
        ("The health board must ensure that information on how to raise a concern (Putting "
         "Things Right) is displayed in both Welsh and English.",
         "Health and Care Standards 6.3 Listening and Learning from Feedback", [
             dict(action="Display bilingual Putting Things Right posters and leaflets at the ward "
                         "entrance and in the patients' day room.",
                  lead="Head of Patient Experience", exp_lead=["Head of Patient Experience"],
                  when="30 September 2024", exp_end="2024-09"),
         ]),
    ]),
    ("Delivery of Safe and Effective Care", [
        ("The health board must ensure that the resuscitation trolley is checked daily and that "
         "the checks are fully documented.",
         "Health and Care Standards 2.6 Medicines Management; 2.9 Medical Devices, Equipment "
         "and Diagnostic Systems", [
             dict(action="Add the daily resuscitation trolley check to the electronic safety "
                         "huddle checklist, signed by the nurse in charge each shift.",
                  lead="Ward D Sister", exp_lead=["Ward D Sister"],
                  when="Immediate and ongoing", exp_end=None,
                  exp_end_text="Immediate and ongoing"),
             dict(action="Include resuscitation trolley compliance in the monthly Senior Nurse "
                         "assurance audit, reported to the Service Group Quality and Safety "
                         "meeting.",
                  lead="Senior Nurse – Rehabilitation", exp_lead=["Senior Nurse – Rehabilitation"],
                  when="November 2024", exp_end="2024-11"),
         ]),
        ("The health board must ensure that patients' falls and pressure damage risk assessments "
         "are reviewed within the timescales set out in policy.",
         "Health and Care Standards 2.2 Preventing Pressure and Tissue Damage; 2.3 Falls "
         "Prevention", [
             dict(action="Undertake a re-audit of falls and pressure damage risk assessments on "
                         "Ward D using the Welsh Nursing Care Record.",
                  lead="Senior Nurse – Rehabilitation / Ward D Sister",
                  exp_lead=["Senior Nurse – Rehabilitation", "Ward D Sister"],
                  when="31 December 2024", exp_end="2024-12"),
             dict(action="Provide targeted training on reviewing risk assessments in the Welsh "
                         "Nursing Care Record for all registered nurses on the ward.",
                  lead="Practice Development Nurse", exp_lead=["Practice Development Nurse"],
                  when="31 January 2025", exp_end="2025-01"),
         ]),
    ]),
    ("Quality of Management and Leadership", [
        ("The health board must ensure that staff compliance with mandatory training, including "
         "Mental Capacity Act and Deprivation of Liberty Safeguards training, meets the health "
         "board target of 85%.",
         "Health and Care Standards 7.1 Workforce", [
             dict(action="Agree protected time on the ward roster for staff to complete "
                         "outstanding mandatory e-learning modules.",
                  lead="Head of Nursing – Neath Port Talbot and Singleton Service Group",
                  exp_lead=["Head of Nursing – Neath Port Talbot and Singleton Service Group"],
                  when="March 2025", exp_end="2025-03"),
             dict(action="Report ward-level compliance monthly to the Service Group Workforce "
                         "Group until the 85% target is sustained for three months.",
                  lead="Service Group Director; Head of Nursing",
                  exp_lead=["Service Group Director", "Head of Nursing"],
                  when="Monthly until target met", exp_end=None,
                  exp_end_text="Monthly until target met"),
         ]),
    ]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_row(row, hex_=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        if hex_:
            shade(c, hex_)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


def build_hiw():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(HIW_TITLE, level=0)
    doc.add_paragraph("Service: Swansea Bay University Health Board")
    doc.add_paragraph("Inspection type: Unannounced hospital inspection (Healthcare Inspectorate "
                      "Wales)")
    doc.add_paragraph("Date of inspection: 8 – 10 July 2024")
    doc.add_paragraph("The table below sets out the findings from the inspection where we require "
                      "the service to complete an improvement plan telling us about the actions "
                      "they are taking to address these areas.")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=1)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Immediate concerns identified", "Impact/potential impact on patient "
                           "care and treatment", "How the concern was escalated",
                           "How the concern was resolved"]):
        t.cell(0, i).text = h
    bold_row(t.rows[0], "D9D9D9")
    vals = ["Two out-of-date bags of intravenous fluid were found in the treatment room.",
            "Patients could receive fluids that are no longer safe to use.",
            "Raised with the nurse in charge on the day of inspection.",
            "The fluids were removed immediately and a weekly stock check was added to the "
            "ward checklist."]
    for i, v in enumerate(vals):
        t.cell(1, i).text = v

    doc.add_paragraph()
    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("Service: Neath Port Talbot Hospital – Ward D (Rehabilitation)")
    doc.add_paragraph("Date of inspection: 8 – 10 July 2024")
    nrows = 1 + sum(1 + sum(len(acts) for _, _, acts in items) for _, items in HIW_THEMES)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Improvement needed", "Standard / Regulation", "Service action",
                           "Responsible officer", "Timescale"]):
        t.cell(0, i).text = h
    bold_row(t.rows[0], "1F4E79")
    r = 1
    for theme, items in HIW_THEMES:
        m = t.cell(r, 0).merge(t.cell(r, 4))
        m.text = theme
        bold_row(t.rows[r], "DDEBF7")
        r += 1
        for need, std, acts in items:
            first = r
            for a in acts:
                t.cell(r, 2).text = a["action"]
                t.cell(r, 3).text = a["lead"]
                t.cell(r, 4).text = a["when"]
                r += 1
            c0 = t.cell(first, 0)
            c1 = t.cell(first, 1)
            if r - 1 > first:
                c0 = c0.merge(t.cell(r - 1, 0))
                c1 = c1.merge(t.cell(r - 1, 1))
            c0.text = need
            c1.text = std

    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service "
                      "who has overall responsibility and accountability for ensuring the "
                      "improvement plan is actioned.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Service representative", ""),
                                ("Name (print):", "Rhian Morgan"),
                                ("Job role:", "Group Nurse Director, Neath Port Talbot and "
                                              "Singleton Service Group"),
                                ("Date:", "27 September 2024")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    doc.save(os.path.join(HERE, HIW_FILE))


# ---------------------------------------------------------------------------
# 4. Western HSCT - RQIA unannounced inspection QIP, South West Acute Hospital
#    (docx, doc control + RAG key tables, one table per domain, shaded RAG cells)
# ---------------------------------------------------------------------------
RQIA_FILE = "ztd-western-hsct-rqia-south-west-acute-hospital-unannounced-inspection-qip.docx"
RQIA_TITLE = ("Quality Improvement Plan: RQIA Unannounced Inspection of South West Acute "
              "Hospital (Medical Wards), 4–6 March 2024")
RQIA_SECTIONS = [
    ("Section 1: Is care safe?", [
        ("The Trust shall ensure that patients' venous thromboembolism (VTE) risk assessments "
         "are completed within 24 hours of admission and reviewed in line with regional "
         "guidance.", [
             dict(ref="1.1",
                  action="Introduce a VTE risk assessment prompt on the medical admission "
                         "proforma and the electronic ward whiteboard.",
                  lead="Clinical Director – Acute Medicine",
                  exp_lead=["Clinical Director – Acute Medicine"],
                  when="30/06/2024", exp_end="2024-06",
                  progress="Prompt added to the admission proforma in May 2024.",
                  rag="Blue", exp_status="blue"),
             dict(ref="1.2",
                  action="Audit VTE risk assessment completion monthly on Wards 4, 5 and 6 and "
                         "feed back the results at medical staff induction and M&M meetings.",
                  lead="Dr A. McCauley / Lead Pharmacist – Acute",
                  exp_lead=["Dr A. McCauley", "Lead Pharmacist – Acute"],
                  when="31/12/2024", exp_end="2024-12",
                  progress="June–August audits show 88% compliance against a 95% target.",
                  rag="Amber", exp_status="amber"),
         ]),
        ("The Trust shall ensure that patients' fluid balance charts are accurately completed "
         "and totalled every 24 hours.", [
             dict(ref="1.3",
                  action="Introduce a fluid balance item at the 08:00 and 20:00 safety huddle on "
                         "each medical ward.",
                  lead="Lead Nurse – Medicine", exp_lead=["Lead Nurse – Medicine"],
                  when="31/07/2024", exp_end="2024-07",
                  progress="In place on all six medical wards.",
                  rag="Blue", exp_status="blue"),
             dict(ref="1.4",
                  action="Ensure all registered nurses and healthcare support workers on the "
                         "medical wards complete the regional fluid balance e-learning module.",
                  lead="Lead Nurse – Medicine", exp_lead=["Lead Nurse – Medicine"],
                  when="30/11/2024\nRevised: 31/01/2025", exp_end="2025-01",
                  progress="65% completed; revised date agreed at Acute Governance, September "
                           "2024.",
                  rag="Amber", exp_status="amber"),
         ]),
    ]),
    ("Section 2: Is care effective?", [
        ("The Trust shall ensure that patients at risk of malnutrition have a Malnutrition "
         "Universal Screening Tool (MUST) completed and a nutritional care plan in place.", [
             dict(ref="2.1",
                  action="Appoint a nutrition link nurse on each medical ward with protected time "
                         "for monthly MUST audits.",
                  lead="Assistant Director of Nursing – Acute Services",
                  exp_lead=["Assistant Director of Nursing – Acute Services"],
                  when="31/08/2024", exp_end="2024-08",
                  progress="Link nurses appointed on all six wards.",
                  rag="Blue", exp_status="blue"),
             dict(ref="2.2",
                  action="Work with the Dietetic Service to update the nutritional care plan "
                         "template and make it available on all wards.",
                  lead="Head of Dietetics; Lead Nurse – Medicine",
                  exp_lead=["Head of Dietetics", "Lead Nurse – Medicine"],
                  when="31/10/2024", exp_end="2024-10",
                  progress="Draft template out for consultation with ward sisters.",
                  rag="Green", exp_status="green"),
         ]),
    ]),
    ("Section 3: Is care compassionate?", [
        ("The Trust shall ensure that patients are able to have their meals without "
         "interruption and that assistance with eating and drinking is provided promptly.", [
             dict(ref="3.1",
                  action="Reinforce protected mealtimes with a red tray system and a named "
                         "mealtime co-ordinator on each shift.",
                  lead="Ward Managers", exp_lead=["Ward Managers"],
                  when="31/05/2024", exp_end="2024-05",
                  progress="Complete; monthly spot checks by the Lead Nurse.",
                  rag="Blue", exp_status="blue"),
         ]),
    ]),
    ("Section 4: Is the service well led?", [
        ("The Trust shall ensure that there is effective oversight of nurse staffing on the "
         "medical wards, including the use of agency staff and the induction of temporary "
         "staff.", [
             dict(ref="4.1",
                  action="Provide a weekly nurse staffing report to the Acute Services Senior "
                         "Management Team showing fill rates, agency use and induction "
                         "completion.",
                  lead="Head of Nursing – Acute Services",
                  exp_lead=["Head of Nursing – Acute Services"],
                  when="30/06/2024", exp_end="2024-06",
                  progress="Weekly report in place since June 2024.",
                  rag="Blue", exp_status="blue"),
             dict(ref="4.2",
                  action="Develop a local induction checklist for agency and bank nurses and "
                         "audit its completion quarterly.",
                  lead="Nursing Workforce Lead", exp_lead=["Nursing Workforce Lead"],
                  when="March 2025", exp_end="2025-03",
                  progress="Checklist approved; first audit due December 2024.",
                  rag="Green", exp_status="green"),
             dict(ref="4.3",
                  action="Review the nursing establishment of the medical wards using the "
                         "Delivering Care normative staffing ranges and present the findings to "
                         "the Senior Leadership Team.",
                  lead="Executive Director of Nursing",
                  exp_lead=["Executive Director of Nursing"],
                  when="31/12/2024", exp_end="2024-12",
                  progress="Data collection delayed by winter pressures; report now expected "
                           "February 2025.",
                  rag="Red", exp_status="red"),
         ]),
    ]),
]
RQIA_SHADE = {"Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}


def build_rqia():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Western Health and Social Care Trust").runs[0].bold = True
    doc.add_heading(RQIA_TITLE, level=0)
    doc.add_paragraph("This Quality Improvement Plan (QIP) sets out the Trust's response to the "
                      "areas for improvement identified by the Regulation and Quality Improvement "
                      "Authority (RQIA). Progress is reported to the Trust's Governance Committee "
                      "each quarter.")

    doc.add_heading("Document control", level=2)
    dc = [("Version", "Date", "Author", "Comments"),
          ("0.1", "22/04/2024", "Assistant Director of Nursing – Acute Services", "First draft"),
          ("1.0", "10/05/2024", "Assistant Director of Nursing – Acute Services",
           "Submitted to RQIA"),
          ("1.2", "30/09/2024", "Acute Governance Lead", "Quarter 2 progress update")]
    t = doc.add_table(rows=len(dc), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    bold_row(t.rows[0], "D9D9D9")

    doc.add_heading("RAG status key", level=2)
    key = [("Blue", "Action complete"),
           ("Green", "On track to be delivered by the target date"),
           ("Amber", "Risk of slippage – revised date agreed"),
           ("Red", "Not delivered by the target date")]
    t = doc.add_table(rows=len(key), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(key):
        t.cell(i, 0).text = k
        shade(t.cell(i, 0), RQIA_SHADE[k])
        t.cell(i, 1).text = v

    for sec, areas in RQIA_SECTIONS:
        doc.add_heading(sec, level=1)
        nrows = 1 + sum(len(acts) for _, acts in areas)
        t = doc.add_table(rows=nrows, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Area for improvement", "Action", "Responsible person",
                               "Target date", "Progress update (September 2024)", "RAG"]):
            t.cell(0, i).text = h
        bold_row(t.rows[0], "BDD7EE")
        r = 1
        for area, acts in areas:
            first = r
            for a in acts:
                t.cell(r, 0).text = a["ref"]
                t.cell(r, 2).text = a["action"]
                t.cell(r, 3).text = a["lead"]
                t.cell(r, 4).text = a["when"]
                t.cell(r, 5).text = a["progress"]
                t.cell(r, 6).text = a["rag"]
                shade(t.cell(r, 6), RQIA_SHADE[a["rag"]])
                r += 1
            c = t.cell(first, 1)
            if r - 1 > first:
                c = c.merge(t.cell(r - 1, 1))
            c.text = area
    doc.add_paragraph()
    doc.add_paragraph("Please note: evidence of completion is held by the Acute Services "
                      "Governance Team and is available to RQIA on request.")
    doc.save(os.path.join(HERE, RQIA_FILE))


# ---------------------------------------------------------------------------
# 5. Hertfordshire Community NHS Trust - Quality Account priorities tracker (csv)
# ---------------------------------------------------------------------------
QA_FILE = "ztd-hertfordshire-community-nhs-trust-quality-account-priorities-tracker-2025-26.csv"
QA_TITLE = "Hertfordshire Community NHS Trust – Quality Account Priorities 2025/26: Progress Tracker"
QA_PRIORITIES = [
    ("Priority 1 – Patient safety: Reduce category 3 and 4 pressure ulcers acquired in our care "
     "by 10% compared with 2024/25", [
        dict(ref="1.1",
             action="Roll out the PURPOSE-T pressure ulcer risk assessment tool across all adult "
                    "community nursing teams",
             lead="Head of Tissue Viability", exp_lead=["Head of Tissue Viability"],
             due="Q2 2025/26", exp_end="2025-09", q1="G", q2="B",
             update="Live in all 12 adult community nursing teams from 1 September 2025",
             exp_status="blue"),
        dict(ref="1.2",
             action="Introduce a fast-track route for pressure-relieving mattresses for "
                    "patients assessed as high risk",
             lead="Head of Tissue Viability / Equipment Services Manager",
             exp_lead=["Head of Tissue Viability", "Equipment Services Manager"],
             due="Q3 2025/26", exp_end="2025-12", q1="A", q2="G",
             update="Agreed with the community equipment service; 48-hour delivery standard "
                    "in place", exp_status="green"),
        dict(ref="1.3",
             action="Hold monthly thematic learning reviews of all category 3 and 4 pressure "
                    "ulcers, with learning shared through the Safety Huddle bulletin",
             lead="Deputy Chief Nurse", exp_lead=["Deputy Chief Nurse"],
             due="Monthly", exp_end=None, exp_end_text="Monthly", q1="G", q2="G",
             update="Reviews held in July, August and September", exp_status="green"),
    ]),
    ("Priority 2 – Clinical effectiveness: Improve the recognition and management of "
     "deterioration for patients in our community hospitals and virtual hospital", [
        dict(ref="2.1",
             action="Implement NEWS2 with SBAR escalation in the virtual hospital electronic "
                    "patient record",
             lead="Clinical Director – Virtual Hospital",
             exp_lead=["Clinical Director – Virtual Hospital"],
             due="31/12/2025", exp_end="2025-12", q1="G", q2="A",
             update="Template built; testing delayed by the SystmOne upgrade in August",
             exp_status="amber"),
        dict(ref="2.2",
             action="Deliver deterioration simulation training to all registered staff in our "
                    "community hospital inpatient units",
             lead="Resuscitation and Deterioration Lead",
             exp_lead=["Resuscitation and Deterioration Lead"],
             due="Mar-26", exp_end="2026-03", q1="G", q2="G",
             update="54% of registered staff trained", exp_status="green"),
        dict(ref="2.3",
             action="Audit the completion of ReSPECT treatment escalation plans for patients in "
                    "the community hospital inpatient units",
             lead="Medical Director; Associate Director of Nursing",
             exp_lead=["Medical Director", "Associate Director of Nursing"],
             due="Q4 2025/26", exp_end="2026-03", q1="", q2="R",
             update="Audit lead post vacant; to be reallocated at October Quality Committee",
             exp_status="red"),
    ]),
    ("Priority 3 – Patient experience: Improve how we involve children, young people and "
     "families in planning their care", [
        dict(ref="3.1",
             action="Recruit and train young people as Youth Ambassadors to review the "
                    "information we give about our children's services",
             lead="Patient Experience Lead (Children and Young People)",
             exp_lead=["Patient Experience Lead (Children and Young People)"],
             due="Q3 2025/26", exp_end="2025-12", q1="A", q2="A",
             update="Four ambassadors recruited against a target of ten", exp_status="amber"),
        dict(ref="3.2",
             action="Co-produce a 'What matters to me' care planning template with families of "
                    "children with complex health needs",
             lead="Head of Children's Community Nursing; Sophie Akande",
             exp_lead=["Head of Children's Community Nursing", "Sophie Akande"],
             due="Q4 2025/26", exp_end="2026-03", q1="", q2="G",
             update="First co-production workshop held on 17 September 2025",
             exp_status="green"),
        dict(ref="3.3",
             action="Report Friends and Family Test results for children's services to the "
                    "Patient Experience Group, with a 'You said, we did' summary",
             lead="Patient Experience Manager", exp_lead=["Patient Experience Manager"],
             due="Quarterly", exp_end=None, exp_end_text="Quarterly", q1="G", q2="G",
             update="Q1 report received in July; Q2 report due October", exp_status="green"),
    ]),
]


def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_qa():
    ncol = 7
    lines = []

    def row(*vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row(QA_TITLE)
    row("Reporting period: Quarter 2 (July to September 2025) | Presented to: Quality Committee, "
        "22 October 2025")
    row()
    row("Ref", "Priority / milestone", "Lead", "Due", "Q1 RAG", "Q2 RAG", "Q2 progress update")
    for head, acts in QA_PRIORITIES:
        row(head)
        for a in acts:
            row(a["ref"], a["action"], a["lead"], a["due"], a["q1"], a["q2"], a["update"])
    row()
    row("RAG key: B = completed; G = on track; A = some risk to delivery; R = not on track")
    row("Q2 summary", "Blue", "Green", "Amber", "Red", "Total")
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, acts in QA_PRIORITIES:
        for a in acts:
            counts[a["q2"]] += 1
    row("Milestones", counts["B"], counts["G"], counts["A"], counts["R"], sum(counts.values()))
    with open(os.path.join(HERE, QA_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 6. Bluebird Care Bath & NE Somerset - CQC home care inspection action plan (plain text)
# ---------------------------------------------------------------------------
BB_FILE = "ztd-bluebird-care-bath-cqc-home-care-inspection-action-plan.txt"
BB_TITLE = "Bluebird Care Bath & North East Somerset – CQC Inspection Action Plan"
BB_SECTIONS = [
    ("1. SAFE", [
        ("Must do 1 (Regulation 12: Safe care and treatment): The provider must ensure that risks "
         "to people's health, including risks relating to time-specific medicines and catheter "
         "care, are assessed and mitigated.", [
             dict(ref="1.1",
                  action="Review the care plan of every person receiving time-specific medicines "
                         "and add the administration window to the electronic MAR chart.",
                  lead="Care Manager / Field Care Supervisor",
                  exp_lead=["Care Manager", "Field Care Supervisor"],
                  by="30/11/2024", exp_end="2024-11", status="Complete", exp_status="blue",
                  update=["All 23 care plans reviewed; eMAR alerts set for each time-specific",
                          "medicine."]),
             dict(ref="1.2",
                  action="Introduce catheter care risk assessments and step-by-step guidance in "
                         "the care plans of the six people who use a catheter.",
                  lead="Clinical Lead (Registered Nurse)",
                  exp_lead=["Clinical Lead (Registered Nurse)"],
                  by="31/10/2024", exp_end="2024-10", status="Complete", exp_status="blue",
                  update=["Completed 18/10/2024 with the community continence team."]),
             dict(ref="1.3",
                  action="Carry out observed medicines competency checks for every care worker "
                         "every six months and record them on the training matrix.",
                  lead="Field Care Supervisors", exp_lead=["Field Care Supervisors"],
                  by="March 2025", exp_end="2025-03", status="On track", exp_status="green",
                  update=["41 of 58 care workers observed so far."]),
         ]),
        ("Must do 2 (Regulation 19: Fit and proper persons employed): The provider must ensure "
         "that a full employment history is obtained, and gaps explained, for every member of "
         "staff.", [
             dict(ref="1.4",
                  action="Audit all staff recruitment files against Schedule 3 and obtain a "
                         "written explanation for any gap in employment history.",
                  lead="Recruitment Coordinator", exp_lead=["Recruitment Coordinator"],
                  by="31/12/2024", exp_end="2024-12", status="Behind schedule",
                  exp_status="amber",
                  update=["44 of 58 files complete; remaining files for night staff to be",
                          "completed in January."]),
             dict(ref="1.5",
                  action="Update the recruitment checklist so that no start date is confirmed "
                         "until the Registered Manager has signed off the full employment "
                         "history.",
                  lead="Registered Manager", exp_lead=["Registered Manager"],
                  by="31/10/2024", exp_end="2024-10", status="Complete", exp_status="blue",
                  update=["New checklist in use from 14/10/2024."]),
         ]),
    ]),
    ("2. WELL-LED", [
        ("Must do 3 (Regulation 17: Good governance): The provider must ensure that quality "
         "assurance systems identify and address shortfalls in care records, call times and "
         "medicines records.", [
             dict(ref="2.1",
                  action="Introduce a monthly audit of call monitoring data (late and missed "
                         "calls, call durations) with actions reviewed at the management "
                         "meeting.",
                  lead="Registered Manager and Operations Director",
                  exp_lead=["Registered Manager", "Operations Director"],
                  by="31/01/2025", exp_end="2025-01", status="On track", exp_status="green",
                  update=["November and December audits completed."]),
             dict(ref="2.2",
                  action="Produce a quarterly quality report for the franchise owner covering "
                         "audits, complaints, safeguarding and training compliance.",
                  lead="Registered Manager", exp_lead=["Registered Manager"],
                  by="Quarterly", exp_end=None, exp_end_text="Quarterly", status="On track",
                  exp_status="green",
                  update=["First report presented December 2024."]),
         ]),
        ("Should do 1: The provider should ensure that people and their relatives are asked for "
         "feedback about the service at least once a year.", [
             dict(ref="2.3",
                  action="Send the annual client and family satisfaction survey and publish a "
                         "'You said, we did' summary.",
                  lead="Care Coordinator", exp_lead=["Care Coordinator"],
                  by="April 2025", exp_end="2025-04", status="Not started",
                  exp_status="unrated",
                  update=["Survey questions being agreed with the franchise support team."]),
         ]),
    ]),
]


def build_bb():
    L = []
    L.append(BB_TITLE)
    L.append("Domiciliary care agency – inspection 3 and 10 September 2024, report published "
             "22 October 2024")
    L.append("Overall rating: Requires Improvement (Safe: Requires Improvement; Effective: Good; "
             "Caring: Good; Responsive: Good; Well-led: Requires Improvement)")
    L.append("Plan owner: Registered Manager        Last updated: 13 January 2025")
    L.append("")
    L.append("STATUS KEY:  Complete = Blue  |  On track = Green  |  Behind schedule = Amber  |  "
             "Off track = Red  |  Not started = not yet due")
    L.append("")
    for sec, items in BB_SECTIONS:
        L.append("=" * 78)
        L.append(sec)
        L.append("=" * 78)
        L.append("")
        for req, acts in items:
            L.append(req)
            L.append("")
            for a in acts:
                L.append(f"  {a['ref']:<5}Action:  {a['action']}")
                L.append(f"       Lead:    {a['lead']}")
                L.append(f"       By:      {a['by']}")
                L.append(f"       Status:  {a['status']}")
                L.append(f"       Update:  {a['update'][0]}")
                for extra in a["update"][1:]:
                    L.append(f"                {extra}")
                L.append("")
    L.append("-" * 78)
    L.append("Signed: Registered Manager, on behalf of the provider.  This plan is reviewed at "
             "the monthly management meeting and shared with CQC on request.")
    with open(os.path.join(HERE, BB_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------------------
# 7. East of England Ambulance Service - CQC must/should do action plan (xlsx) - REFUSE:
#    "Janaury 2025" typed in one completion date cell.
# ---------------------------------------------------------------------------
EEAST_FILE = ("ztd-east-of-england-ambulance-service-nhs-trust-cqc-must-should-do-action-plan-"
              "typo-month-refuse.xlsx")
EEAST_TITLE = "East of England Ambulance Service NHS Trust – CQC Must Do and Should Do Action Plan"
EEAST_SECTIONS = [
    ("Emergency and urgent care (EUC)", [
        ("M1", "Must do", "The trust must ensure that medicines, including controlled drugs, are "
                          "stored securely and that stock checks are recorded on every vehicle.", [
             ("1.1", "Fit secure drug safes with audit trail access to all front-line vehicles "
                     "not yet converted.", "Chief Pharmacist; Head of Fleet", "March 2025", "",
              "G"),
             ("1.2", "Introduce a daily controlled drug check on the electronic vehicle daily "
                     "inspection (VDI) form.", "Deputy Director of Clinical Quality",
              "December 2024", "", "B"),
         ]),
        ("M2", "Must do", "The trust must ensure that staff complete mandatory training, "
                          "including safeguarding level 3, in line with trust targets.", [
             ("2.1", "Release protected education days for all paramedics on the rota to "
                     "complete safeguarding level 3.", "Head of Clinical Education",
              "Janaury 2025", "", "A"),
             ("2.2", "Report training compliance by sector to the Quality Governance Committee "
                     "each month.", "Director of People Services", "Monthly", "", "G"),
         ]),
        ("S1", "Should do", "The trust should ensure that vehicle cleaning is completed and "
                            "recorded in line with the make-ready schedule.", [
             ("3.1", "Extend make-ready cover to seven days a week at the Chelmsford, "
                     "Bedford and Norwich hubs.", "Head of Fleet and Logistics",
              "June 2025", "September 2025", "A"),
         ]),
    ]),
    ("Emergency operations centre (EOC)", [
        ("M3", "Must do", "The trust must ensure that patients waiting for an ambulance receive "
                          "welfare calls in line with the call-back policy.", [
             ("4.1", "Recruit additional clinical safety navigators to the Bedford and "
                     "Chelmsford EOCs.", "Director of Operations", "April 2025", "", "G"),
             ("4.2", "Audit compliance with the welfare call-back policy weekly and report "
                     "results to the EOC governance meeting.", "Head of EOC Clinical Quality",
              "February 2025", "", "G"),
         ]),
    ]),
    ("Trust-wide (Well-led)", [
        ("S2", "Should do", "The trust should continue to improve the culture and ensure staff "
                            "feel able to speak up without fear of detriment.", [
             ("5.1", "Recruit Freedom to Speak Up champions in every sector and EOC.",
              "Freedom to Speak Up Guardian", "May 2025", "", "G"),
             ("5.2", "Deliver the 'Civility Saves Lives' programme to all managers at band 7 "
                     "and above.", "Director of People Services", "September 2025", "", "A"),
         ]),
    ]),
]
EEAST_TYPO_ROW = None  # filled in by build_eeast


def build_eeast():
    global EEAST_TYPO_ROW
    wb = Workbook()
    fr = wb.active
    fr.title = "Front sheet"
    fr["A1"] = EEAST_TITLE
    fr["A1"].font = Font(bold=True, size=14)
    fr["A3"] = "Inspection of core services: 15–17 July 2024 (well-led: 6–8 August 2024)"
    fr["A4"] = "Report published: 4 November 2024"
    fr["A5"] = "Action plan owner: Director of Nursing and Clinical Quality"
    fr["A6"] = "Version 2.1 – updated for Quality Governance Committee, 20 December 2024"
    fr["A8"] = "Core service"
    fr["B8"] = "Rating"
    for c in ("A8", "B8"):
        fr[c].font = Font(bold=True)
        fr[c].fill = fill(FILL["grey"])
    for i, (k, v) in enumerate([("Emergency and urgent care", "Requires improvement"),
                                ("Emergency operations centre", "Requires improvement"),
                                ("Well-led", "Requires improvement")], 9):
        fr.cell(i, 1, k)
        fr.cell(i, 2, v)
    fr["A13"] = "BRAG key: B = complete and evidenced; G = on track; A = at risk / revised date; " \
                "R = off track"
    fr.column_dimensions["A"].width = 40
    fr.column_dimensions["B"].width = 24

    ws = wb.create_sheet("Action plan")
    ws["A1"] = EEAST_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    heads = ["Req ref", "Must / Should", "CQC requirement", "Action ref", "Action",
             "Lead(s)", "Completion date", "Revised date", "BRAG", "Evidence"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = WRAP
    r = 4
    evid = {"B": "VDI form v4; CD audit Dec 2024", "G": "", "A": "", "R": ""}
    for sec, reqs in EEAST_SECTIONS:
        ws.cell(r, 1, sec).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(r, c).fill = fill(FILL["pale"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rref, kind, req, acts in reqs:
            first = r
            ws.cell(r, 1, rref)
            ws.cell(r, 2, kind)
            ws.cell(r, 3, req)
            for aref, act, lead, when, rev, brag in acts:
                ws.cell(r, 4, aref)
                ws.cell(r, 5, act)
                ws.cell(r, 6, lead)
                ws.cell(r, 7, when)
                if when == "Janaury 2025":
                    EEAST_TYPO_ROW = r
                if rev:
                    ws.cell(r, 8, rev)
                b = ws.cell(r, 9, brag)
                b.fill = fill(RAG_FILL[brag])
                ws.cell(r, 10, evid[brag])
                for c in range(1, 11):
                    ws.cell(r, c).border = BOX
                    ws.cell(r, c).alignment = WRAP
                ws.row_dimensions[r].height = 45
                r += 1
            if r - 1 > first:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1,
                                   end_column=col)
    for col, w in zip("ABCDEFGHIJ", [7, 10, 44, 7, 48, 30, 15, 15, 7, 26]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, EEAST_FILE))


def main():
    build_psii()
    build_baf()
    build_hiw()
    build_rqia()
    build_qa()
    build_bb()
    build_eeast()
    print("built 7 files; EEAST typo row", EEAST_TYPO_ROW)


if __name__ == "__main__":
    main()
