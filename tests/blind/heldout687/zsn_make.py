"""Build the seven zsn- blind test files (set heldout687).

Run with /work/main/.venv/bin/python zsn_make.py (from any directory).
Writes only files whose names start with "zsn-".
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "B": "0070C0",
    "G": "00B050",
    "A": "FFC000",
    "R": "FF0000",
    "head": "D9E1F2",
    "grey": "D9D9D9",
    "pale": "F2F2F2",
    "nhsblue": "005EB8",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    assert name.startswith("zsn-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Coventry and Warwickshire Partnership NHS Trust - PSII safety action plan
# ---------------------------------------------------------------------------
CWPT_NAME = "zsn-coventry-and-warwickshire-partnership-nhs-trust-psii-inpatient-self-harm-safety-action-plan.xlsx"
CWPT_TITLE = "Patient Safety Incident Investigation (PSII) 2024/09 – Safety Action Plan"

CWPT_AFI = {
    1: "AFI 1 – Intermittent observations were recorded at fixed times rather than at the varied intervals set out in the care plan, and the observation record did not prompt staff to note the patient’s mood or engagement.",
    2: "AFI 2 – The patient’s observation level was not reviewed at the morning safety huddle after they disclosed increased distress during a telephone call with a relative.",
    3: "AFI 3 – The ward ligature risk assessment had not been updated after a bathroom refurbishment, so a newly fitted shower fixture was not identified as a potential anchor point.",
    4: "AFI 4 – Not all staff on shift knew where the ligature cutters were kept, and the weekly ligature cutter check had not been recorded for the three weeks before the incident.",
    5: "AFI 5 – Information from the patient’s family about escalating distress was recorded in the carers’ contact log but was not passed to the nurse in charge or reflected in the risk assessment.",
}
# (afi, id, action, owner, original, revised, measure, progress, status)
CWPT_ACTIONS = [
    ("Finding 1: Therapeutic observation and engagement", None),
    (1, "SA1.1",
     "Replace the paper intermittent observation record with the electronic observation module on ward tablets, with mandatory fields for location, mood and engagement at every check.",
     "Matron, Adult Acute Wards", D(2025, 1, 31), D(2025, 4, 30),
     "Module live on all four adult acute wards; monthly audit of 20 records shows at least 90% completion of mood/engagement fields.",
     "Build complete and tested. Go-live delayed by tablet procurement – devices delivered 20/01/2025; revised date agreed at AMH Q&S Group.",
     "A"),
    (1, "SA1.2",
     "Deliver face-to-face refresher training on therapeutic observation and engagement (randomised intervals, meaningful engagement, documenting presentation) to all registered and unregistered ward staff.",
     "Ward Managers / Clinical Educator", D(2025, 3, 31), None,
     "Training compliance of 85% or above on ESR.",
     "71% trained to date; four additional sessions booked in February.",
     "G"),
    (2, "SA2.1",
     "Add a standing item to the daily safety huddle template – \"Any change in presentation or new disclosure in the last 24 hours? Observation level reviewed?\" – with the decision recorded on the huddle board and in the patient record.",
     "Consultant Psychiatrist (Ward Lead) / Ward Manager", D(2025, 2, 28), None,
     "Huddle template v3 in use; spot-check of 10 huddles per ward per month.",
     "Template in use on all adult acute wards since 06/01/2025. January spot-checks: 38 of 40 huddles recorded the review.",
     "B"),
    ("Finding 2: Environmental ligature risk management", None),
    (3, "SA3.1",
     "Require Estates to notify the ward manager and the Ligature Risk Reduction Group before any refurbishment is signed off, and update the ward ligature risk assessment within 5 working days of handover.",
     "Head of Estates and Facilities", D(2024, 12, 31), None,
     "Estates handover checklist amended; 100% of completed works in Q4 have an updated ligature assessment.",
     "Checklist amended and approved by the Health and Safety Committee on 10/12/2024.",
     "B"),
    (3, "SA3.2",
     "Replace shower fixtures on all adult acute wards with anti-ligature collapsible fittings.",
     "Head of Estates and Facilities", D(2025, 3, 31), D(2025, 6, 30),
     "Fittings replaced on all four wards; confirmed by Ligature Risk Reduction Group walkround.",
     "Two of four wards complete. Remaining works scheduled around bed availability.",
     "A"),
    (4, "SA4.1",
     "Add the location of ligature cutters and the weekly cutter check to the ward induction checklist and to the electronic daily/weekly safety checks, with escalation to the Matron when a check is missed.",
     "Ward Managers", D(2025, 1, 31), None,
     "No missed weekly checks over three consecutive months.",
     "Induction checklist updated and e-check live. Two missed checks in January, both escalated.",
     "G"),
    ("Finding 3: Involvement of family and carers", None),
    (5, "SA5.1",
     "Introduce a \"carer information received\" prompt in the electronic patient record (Triangle of Care) so that information from families creates a task for the nurse in charge.",
     "Clinical Systems Lead; Head of Patient Experience", D(2025, 4, 30), None,
     "Prompt live; quarterly audit of carer contacts shows task raised and risk assessment reviewed.",
     "Change request CR-1187 approved by the Clinical Systems Board; in user testing.",
     "G"),
    (5, "SA5.2",
     "Co-produce with the family a short reflective learning resource for staff, to be shared at the Trust-wide Learning from Incidents forum.",
     "Family Liaison Lead", "Q1 2025/26", None,
     "Resource presented at the forum; staff feedback collected.",
     "Family have agreed to take part; first meeting planned for March.",
     "G"),
]


def build_cwpt():
    wb = Workbook()
    ws = wb.active
    ws.title = "Front sheet"
    ws["A1"] = CWPT_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=FILL["nhsblue"])
    ws["A2"] = "Coventry and Warwickshire Partnership NHS Trust"
    ws["A2"].font = Font(bold=True, size=12)
    rows = [
        ("PSII reference", "PSII 2024/09"),
        ("InPhase incident ID", "IN-48213"),
        ("Date of incident", D(2024, 6, 14)),
        ("Incident", "Self-harm by ligature on an adult acute inpatient ward (moderate physical harm)"),
        ("Service", "Adult Mental Health – Caludon Centre, Coventry"),
        ("Report signed off", "Patient Safety Learning and Oversight Group, 19/11/2024"),
        ("Executive lead", "Chief Nursing Officer"),
        ("Plan owner", "Associate Director of Nursing, Adult Mental Health"),
        ("Monitoring", "Adult Mental Health Quality and Safety Group (monthly); closure signed off by the Head of Patient Safety"),
    ]
    r = 4
    for k, v in rows:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 1).fill = fill(FILL["head"])
        c = ws.cell(r, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        c.alignment = Alignment(horizontal="left", wrap_text=True)
        for cc in (ws.cell(r, 1), c):
            cc.border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Version history").font = Font(bold=True)
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BOX
    for ver, date, author, change in [
        ("0.1", D(2024, 11, 25), "Patient Safety Lead", "Draft from PSII report safety actions"),
        ("1.0", D(2024, 12, 9), "Associate Director of Nursing, Adult Mental Health", "Approved"),
        ("1.1", D(2025, 1, 27), "Patient Safety Lead", "January progress update; revised timescales for SA1.1 and SA3.2"),
    ]:
        r += 1
        for i, v in enumerate([ver, date, author, change], 1):
            c = ws.cell(r, i, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 40
    ws.column_dimensions["D"].width = 55

    ws = wb.create_sheet("Safety actions")
    ws["A1"] = "PSII 2024/09 – Safety actions and progress (update to AMH Quality and Safety Group, 27 January 2025)"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Area for improvement", "Safety action ID", "Safety action", "Action owner",
             "Original timescale", "Revised timescale", "Measure of effectiveness",
             "Progress update – January 2025", "Status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["nhsblue"])
        c.alignment = WRAP
        c.border = BOX
    r = 4
    afi_start = {}
    for item in CWPT_ACTIONS:
        if item[1] is None:
            ws.cell(r, 1, item[0]).font = Font(bold=True)
            for i in range(1, 10):
                ws.cell(r, i).fill = fill(FILL["grey"])
                ws.cell(r, i).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        afi, sid, action, owner, orig, rev, measure, progress, status = item
        if afi not in afi_start:
            afi_start[afi] = [r, r]
            ws.cell(r, 1, CWPT_AFI[afi])
        else:
            afi_start[afi][1] = r
        vals = [None, sid, action, owner, orig, rev, measure, progress, status]
        for i, v in enumerate(vals, 1):
            if i == 1:
                continue
            c = ws.cell(r, i, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        for i in range(1, 10):
            ws.cell(r, i).alignment = WRAP
            ws.cell(r, i).border = BOX
        sc = ws.cell(r, 9)
        sc.fill = fill(FILL[status])
        sc.font = Font(bold=True, color="FFFFFF" if status in "BR" else "000000")
        sc.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    for afi, (a, b) in afi_start.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    r += 1
    ws.cell(r, 1, "Status key: B = complete and evidenced   G = on track   A = at risk of missing timescale   R = overdue / not progressing").font = Font(italic=True)
    r += 1
    ws.cell(r, 1, "Actions are closed only when evidence has been uploaded to InPhase and agreed by the Head of Patient Safety and the Patient Safety Partner.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [42, 10, 55, 26, 12, 12, 38, 45, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(out(CWPT_NAME))


# ---------------------------------------------------------------------------
# 2. NHS Greater Glasgow and Clyde - HIS Safe Delivery of Care, RAH
# ---------------------------------------------------------------------------
GGC_NAME = "zsn-nhs-greater-glasgow-and-clyde-his-royal-alexandra-hospital-sdoc-improvement-action-plan.xlsx"
GGC_TITLE = "Royal Alexandra Hospital – Improvement Action Plan"
GGC_ROWS = [
    ("domain", "Domain 4.1 – Pathways, procedures and policies"),
    ("req", "Requirement 1: NHS Greater Glasgow and Clyde must ensure that patients placed in additional beds or non-standard care areas have access to a call bell, oxygen, suction and privacy, and that each placement is risk assessed and recorded."),
    ("act", "1.1",
     "Review the standard operating procedure for the safe placement of additional patients in ward areas, adding a risk assessment checklist covering call bell, oxygen, suction, privacy and dignity.",
     "Chief Nurse, Clyde Sector", D(2024, 12, 31), None,
     "SOP reviewed and approved at Clyde Sector Clinical Governance Forum on 17/12/2024 and circulated to all wards.", "B"),
    ("act", "1.2",
     "Senior Charge Nurses to complete the additional patient checklist each time an additional patient is placed, with a weekly compliance audit reported to the Lead Nurse.",
     "Senior Charge Nurses / Lead Nurses", D(2025, 1, 31), D(2025, 4, 30),
     "Audit started January 2025; compliance 78% in February. Revised date agreed to show three months of compliance above 90%.", "A"),
    ("req", "Requirement 2: NHS Greater Glasgow and Clyde must ensure that safety-critical equipment, including resuscitation trolleys, is checked in line with board policy and that checks are recorded."),
    ("act", "2.1",
     "Move resuscitation trolley and emergency equipment checks onto the Care Assurance and Improvement Resource (CAIR) dashboard so that daily completion is visible to the Senior Charge Nurse and Lead Nurse.",
     "Lead Nurse, Resuscitation Services", "February 2025", None,
     "CAIR check live on all RAH wards from 03/02/2025. Daily completion 96% in March.", "B"),
    ("domain", "Domain 4.3 – Workforce management and support"),
    ("req", "Requirement 3: NHS Greater Glasgow and Clyde must ensure that staffing levels and skill mix are assessed in real time, that risks are escalated, and that decisions and mitigations are recorded in line with the Health and Care (Staffing) (Scotland) Act 2019."),
    ("act", "3.1",
     "All wards and departments to complete the real-time staffing resource (RTSR) every shift, with risks escalated through the site safety huddle and decisions and mitigations recorded.",
     "Associate Nurse Director, Clyde Sector; Senior Charge Nurses", D(2025, 3, 31), "May 2025",
     "RTSR in use in 21 of 24 areas. Theatres, ED and maternity assessment unit to go live in April.", "A"),
    ("act", "3.2",
     "Include the staffing escalation process in the induction pack for all bank and agency nursing staff working at the RAH.",
     "Practice Development Nurse", "31 January 2025", None,
     "Induction pack updated and issued with all bank shift confirmations since 15/01/2025.", "B"),
    ("domain", "Domain 5 – Delivery of safe, effective, compassionate and person-centred care"),
    ("req", "Requirement 4: NHS Greater Glasgow and Clyde must ensure that patient care documentation, including falls, skin and food, fluid and nutrition assessments, is fully and accurately completed."),
    ("act", "4.1",
     "Introduce a monthly peer documentation audit of falls, skin (PURPOSE T) and nutrition (MUST) assessments on every adult inpatient ward, with results shared at ward huddles.",
     "Lead Nurses", D(2025, 2, 28), None,
     "Peer audit in place on all medical wards and, from March, surgical wards. Falls assessment 88%, MUST 74%.", "G"),
    ("act", "4.2",
     "Provide targeted documentation training for registered nurses and healthcare support workers on wards where audit compliance is below 80%.",
     "Practice Development Nurse / Senior Charge Nurses", D(2025, 6, 30), None,
     "Training plan drafted; first sessions planned for April.", "G"),
    ("req", "Requirement 5: NHS Greater Glasgow and Clyde must ensure that all medicines are stored securely and that controlled drugs are managed in line with legislation and board policy."),
    ("act", "5.1",
     "Pharmacy to complete a medicines storage audit in every ward and department, including controlled drug register checks, and fit digital locks on treatment rooms where keys cannot be accounted for.",
     "Lead Pharmacist, Clyde Sector / Estates Manager", D(2024, 12, 31), D(2025, 3, 31),
     "Audit complete. Digital locks fitted in 9 of 15 areas; supplier delay for the remaining 6 – escalated to Estates.", "R"),
    ("req", "Requirement 6: NHS Greater Glasgow and Clyde must ensure that the care environment and patient equipment are cleaned and maintained to support effective infection prevention and control."),
    ("act", "6.1",
     "Domestic Services and nursing teams to agree a single cleaning responsibility schedule for near-patient equipment, with weekly monitoring through the Domestic Monitoring Tool.",
     "Facilities Manager (Domestic Services); Senior Charge Nurses", "Ongoing – weekly monitoring", None,
     "Schedule agreed February 2025. Weekly monitoring scores above 90% on 22 of 24 wards.", "G"),
]


def build_ggc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = GGC_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Healthcare Improvement Scotland – Safe Delivery of Care Inspection (unannounced)"
    ws["A2"].font = Font(size=12)
    ws["A3"] = "NHS Greater Glasgow and Clyde"
    ws["A3"].font = Font(bold=True, size=12)
    rows = [
        ("NHS board", "NHS Greater Glasgow and Clyde"),
        ("Hospital", "Royal Alexandra Hospital, Paisley"),
        ("Dates of inspection", "10–12 September 2024"),
        ("Report published", "5 December 2024"),
        ("Number of requirements", 6),
        ("Executive lead", "Nurse Director"),
        ("Plan owner", "Chief Nurse, Clyde Sector"),
        ("Governance route", "Clyde Sector Clinical Governance Forum → Acute Services Committee"),
        ("Version / date", "v4 – 28 March 2025"),
    ]
    for i, (k, v) in enumerate(rows, 5):
        a = ws.cell(i, 1, k)
        a.font = Font(bold=True)
        a.fill = fill(FILL["head"])
        b = ws.cell(i, 2, v)
        b.alignment = Alignment(horizontal="left")
        a.border = b.border = BOX
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Royal Alexandra Hospital – HIS Safe Delivery of Care: Improvement Action Plan (progress at 28 March 2025)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "RAG status is shown by cell colour – see the ‘RAG key’ sheet."
    ws["A2"].font = Font(italic=True)
    heads = ["Action ref", "Action planned", "Responsibility for taking action",
             "Original timescale", "Revised timescale", "Progress against actions", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for row in GGC_ROWS:
        kind = row[0]
        if kind in ("domain", "req"):
            c = ws.cell(r, 1, row[1])
            if kind == "domain":
                c.font = Font(bold=True, color="FFFFFF")
                f = fill("1F4E79")
            else:
                c.font = Font(bold=True, italic=True)
                f = fill(FILL["pale"])
            c.alignment = WRAP
            for i in range(1, 8):
                ws.cell(r, i).fill = f
                ws.cell(r, i).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 18 if kind == "domain" else 32
            r += 1
            continue
        _, ref, action, lead, orig, rev, progress, rag = row
        for i, v in enumerate([ref, action, lead, orig, rev, progress], 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        g = ws.cell(r, 7)
        g.fill = fill(FILL[rag])
        g.border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Plan reviewed monthly at the Clyde Sector Clinical Governance Forum. Evidence held on Clyde Sector SharePoint > HIS > RAH SDoC 2024.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [10, 60, 30, 14, 14, 50, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("RAG key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True, size=12)
    for i, (k, text) in enumerate([
        ("B", "Complete – action delivered and evidence held"),
        ("G", "On track – action progressing within timescale"),
        ("A", "Some slippage – revised timescale agreed"),
        ("R", "Off track – escalated to Acute Services Committee"),
    ], 3):
        ws.cell(i, 1).fill = fill(FILL[k])
        ws.cell(i, 1).border = BOX
        ws.cell(i, 2, text)
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 55

    ws = wb.create_sheet("Summary")
    ws["A1"] = "Summary of progress at 28 March 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws.cell(3, 1, "Status").font = Font(bold=True)
    ws.cell(3, 2, "Number of actions").font = Font(bold=True)
    counts = [("Complete", 3), ("On track", 3), ("Some slippage", 2), ("Off track", 1)]
    for i, (k, n) in enumerate(counts, 4):
        ws.cell(i, 1, k)
        ws.cell(i, 2, n)
    ws.cell(8, 1, "Total").font = Font(bold=True)
    ws.cell(8, 2, 9).font = Font(bold=True)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 20
    wb.save(out(GGC_NAME))


# ---------------------------------------------------------------------------
# 3. St Catherine's Hospice (Crawley) - Quality Account priorities tracker
#    (refuse case: mistyped month in an end cell)
# ---------------------------------------------------------------------------
SCH_NAME = "zsn-st-catherines-hospice-crawley-quality-account-priorities-tracker-2025-26-typo-month-refuse.xlsx"
SCH_TITLE = "St Catherine's Hospice – Quality Account Priorities 2025/26: Progress Tracker"
SCH_ROWS = [
    ("p", "Priority 1 – Patient safety: Reduce falls resulting in harm on the In-Patient Unit"),
    ("a", "1.1", "Introduce enhanced supervision (bay nursing) for patients assessed as at high risk of falls, using the revised multifactorial falls risk assessment.",
     "Ward Sister, In-Patient Unit", "June 2025",
     "Revised assessment approved; bay nursing rota trialled in May.", "Fully in place from 2 June.", "B"),
    ("a", "1.2", "Replace low-rise beds and falls sensor mats on all 18 in-patient beds.",
     "Head of Facilities", "Sept 2025",
     "Funding agreed by the Trustees (£46k).", "14 of 18 beds replaced; last four delivered w/c 6 October.", "A"),
    ("a", "1.3", "Review every fall with harm at the monthly Patient Safety Group using an After Action Review, and share learning at the clinical huddle.",
     "Director of Patient Care", "Monthly",
     "3 falls with harm reviewed.", "1 fall with harm reviewed; learning shared.", "G"),
    ("p", "Priority 2 – Clinical effectiveness: Extend Hospice at Home overnight support across Crawley and Horsham"),
    ("a", "2.1", "Recruit four healthcare assistants (Band 3) and one night nurse (Band 6) for the overnight Hospice at Home service.",
     "Community Services Manager / HR Business Partner", "Oct 2025",
     "Posts advertised.", "Three HCAs appointed; night nurse post re-advertised.", "A"),
    ("a", "2.2", "Agree a referral and data-sharing pathway with the Sussex Community NHS Foundation Trust urgent community response team.",
     "Head of Community Services", "Febuary 2026",
     "Initial meeting held.", "Draft pathway with SCFT for comment.", "G"),
    ("p", "Priority 3 – Patient and family experience: Improve access for people from ethnically diverse and LGBTQ+ communities"),
    ("a", "3.1", "Analyse referral data by ethnicity, sexual orientation and postcode and compare with the Crawley and Horsham population.",
     "Head of Quality and Governance", "Dec 2025",
     "Data fields added to SystmOne referral template.", "First quarter of data collected.", "G"),
    ("a", "3.2", "Hold four community listening events with faith and community groups in Crawley, co-designed with community champions.",
     "Community Engagement Lead", "Mar 2026",
     "Two champions recruited.", "First event held in West Green, 21 September.", "G"),
    ("a", "3.3", "Deliver Pride in Practice / LGBTQ+ inclusive care training to all clinical staff and volunteers in patient-facing roles.",
     "Education Lead", "Q4 2025/26",
     "Training provider agreed.", "Not yet started – scheduled from January.", "A"),
]


def build_sch():
    wb = Workbook()
    ws = wb.active
    ws.title = "QA Priorities 25-26"
    ws["A1"] = SCH_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws["A2"] = "For: Clinical Governance Committee, 14 October 2025 (Q2 position)"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "What we will do", "Lead", "By when", "Q1 progress (Apr–Jun)", "Q2 progress (Jul–Sep)", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for row in SCH_ROWS:
        if row[0] == "p":
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            for i in range(1, 8):
                ws.cell(r, i).fill = fill("E4DFEC")
                ws.cell(r, i).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            _, ref, what, lead, when, q1, q2, rag = row
            for i, v in enumerate([ref, what, lead, when, q1, q2, rag], 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            g = ws.cell(r, 7)
            g.fill = fill(FILL[rag])
            g.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key: B = complete; G = on track; A = some risk to delivery; R = off track").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [8, 55, 28, 14, 36, 36, 7]):
        ws.column_dimensions[col].width = w
    wb.save(out(SCH_NAME))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    """Write text to a cell; '\n' in text starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def header_row(table, heads, hex_="D9E1F2"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, hex_)


# ---------------------------------------------------------------------------
# 4. Hywel Dda UHB - HIW improvement plan, Prince Philip Hospital
# ---------------------------------------------------------------------------
HD_NAME = "zsn-hywel-dda-uhb-hiw-prince-philip-hospital-ward-inspection-improvement-plan.docx"
HD_TITLE = "HIW Improvement Plan – Prince Philip Hospital, Wards 5 and 7"
HQS = "Health and Care Quality Standards 2023"
HD_SECTIONS = [
    ("Quality of Patient Experience", [
        [("1", "The health board must ensure that patients’ call bells are within reach at all times and that call bells are answered promptly.",
          f"{HQS} – Safe; Person-centred",
          "Call bell placement added to the intentional rounding chart and checked at every rounding. Response times reviewed in the monthly ward assurance audit.",
          "Ward Sister (Ward 5) / Ward Sister (Ward 7)", "31 August 2025", "Complete")],
        [("2", "The health board should ensure that patients are offered a choice of meals that meets their dietary needs and that patients needing help to eat and drink receive it in a timely way.",
          f"{HQS} – Effective; Person-centred",
          "Red tray and red jug system relaunched on both wards.\nMonthly protected mealtimes audit completed by the Senior Nurse Manager and shared at ward meetings.",
          "Senior Nurse Manager, Medicine", "October 2025", "On track")],
    ]),
    ("Delivery of Safe and Effective Care", [
        [("3a", "The health board must ensure that medication fridges are locked, and that fridge temperatures are checked and recorded daily with action taken when readings are out of range.",
          f"{HQS} – Safe; Medicines Management Policy",
          "Daily fridge temperature check added to the electronic ward assurance (Tendable) audit, with escalation to Pharmacy when readings are out of range.",
          "Ward Managers / Clinical Pharmacist", "30 September 2025", "Complete"),
         ("3b", None, None,
          "Lock fitted to the Ward 7 treatment room fridge; keys held by the nurse in charge.",
          "Estates Officer", "25/07/2025", "Complete")],
        [("4", "The health board must ensure that falls risk and bed rail assessments are completed on admission and reviewed in line with the All Wales falls policy.",
          f"{HQS} – Safe",
          "Falls and bed rail assessment compliance added to the monthly Ward Accreditation audit, with results reported to the Medicine Quality and Safety meeting.",
          "Head of Nursing, Unscheduled Care", "December 2025", "On track")],
        [("5", "The health board must ensure that resuscitation trolleys are checked daily in line with health board policy and that checks are recorded.",
          f"{HQS} – Safe; Timely",
          "Resuscitation trolley check moved to the start of the early shift and allocated on the ward handover sheet; weekly spot checks by the Resuscitation Officer.",
          "Resuscitation Officer", "Original: 31/08/2025\nRevised: 30/11/2025", "Delayed")],
    ]),
    ("Quality of Management and Leadership", [
        [("6", "The health board must ensure that staff compliance with mandatory training, in particular Safeguarding Level 3 and Basic Life Support, improves to meet the health board target of 85%.",
          f"{HQS} – Workforce",
          "Ward Managers to agree individual training trajectories with each member of staff; compliance reported monthly to the Directorate Workforce Group.",
          "Ward Managers; Directorate Workforce Lead", "31 March 2026", "On track")],
        [("7", "The health board should ensure that the outcome of concerns raised by staff through Speaking Up Safely is fed back to staff.",
          f"{HQS} – Leadership; Culture",
          "‘You said, we did’ board introduced in both staff rooms and a standing agenda item added to ward meetings.",
          "Senior Nurse Manager, Medicine", "Ongoing", "On track")],
    ]),
]


def build_hd():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(HD_TITLE, level=0)
    doc.add_paragraph("Hywel Dda University Health Board")
    doc.add_paragraph("Unannounced hospital inspection, 22–24 July 2025 – Ward 5 (Acute Medicine) and Ward 7 (Care of the Elderly)")
    doc.add_paragraph("Progress update for the Quality, Safety and Experience Committee, 14 November 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Comments"])
    for row in [("1.0", "02/09/2025", "Head of Nursing, Unscheduled Care", "Improvement plan returned to HIW"),
                ("1.1", "10/10/2025", "Senior Nurse Manager, Medicine", "Progress update"),
                ("1.2", "14/11/2025", "Senior Nurse Manager, Medicine", "Progress update; revised timescale for action 5")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("Status key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, meaning, col in [("Complete", "Blue – action completed and evidence submitted", "0070C0"),
                               ("On track", "Green – action progressing within the agreed timescale", "00B050"),
                               ("Delayed", "Amber – behind the original timescale; revised timescale agreed", "FFC000"),
                               ("Off track", "Red – at risk of not being delivered; escalated to the Director of Nursing", "FF0000")]:
        cells = t.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], meaning)

    heads = ["Ref", "Improvement needed", "Standard / Regulation", "Service action",
             "Responsible officer", "Timescale", "Status"]
    colour = {"Complete": "0070C0", "On track": "00B050", "Delayed": "FFC000", "Off track": "FF0000"}
    for section, groups in HD_SECTIONS:
        doc.add_heading(section, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        header_row(t, heads)
        for group in groups:
            first = None
            for (ref, need, std, action, officer, when, status) in group:
                row = t.add_row()
                cells = row.cells
                set_cell(cells[0], ref)
                if need is not None:
                    set_cell(cells[1], need)
                    set_cell(cells[2], std)
                    first = row
                set_cell(cells[3], action)
                set_cell(cells[4], officer)
                set_cell(cells[5], when)
                set_cell(cells[6], status, bold=True)
                shade(cells[6], colour[status])
            if len(group) > 1:
                last = t.rows[len(t.rows) - 1]
                for ci in (1, 2):
                    first.cells[ci].merge(last.cells[ci])
        doc.add_paragraph()

    doc.add_heading("Service representative", level=2)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print)", "Siân Rees"),
                                ("Job role", "Director of Nursing, Quality and Patient Experience"),
                                ("Date", "14 November 2025")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
    doc.save(out(HD_NAME))


# ---------------------------------------------------------------------------
# 5. NHS Mid and South Essex ICB - Board Assurance Framework 2025/26
# ---------------------------------------------------------------------------
MSE_NAME = "zsn-nhs-mid-and-south-essex-icb-board-assurance-framework-2025-26.docx"
MSE_TITLE = "NHS Mid and South Essex ICB – Board Assurance Framework 2025/26"
MSE_RISKS = [
    {
        "heading": "BAF 1: Urgent and emergency care demand and capacity",
        "kv": [
            ("Strategic objective", "Improve outcomes in population health and healthcare"),
            ("Principal risk", "There is a risk that demand for urgent and emergency care exceeds capacity at Basildon, Broomfield and Southend hospitals, leading to long waits in emergency departments, ambulance handover delays and avoidable harm."),
            ("Executive owner", "Chief Operating Officer"),
            ("Lead committee", "Performance Committee"),
            ("Risk score (L x I)", "Initial 20 (4x5)   Current 16 (4x4)   Target 9 (3x3)"),
            ("Key controls", "System UEC Board; daily system control centre calls; OPEL escalation framework; UEC improvement plan 2025/26."),
            ("Sources of assurance", "Monthly integrated performance report to Board; NHS England UEC tiering reviews; ECIST review (June 2025)."),
            ("Gaps in control / assurance", "Same day emergency care not open in the evenings at all sites; insufficient virtual ward capacity for frailty; ambulance handover delays above 45 minutes at Basildon."),
        ],
        "actions": [
            ("1.1", "Extend same day emergency care (SDEC) opening hours to 22:00 at all three acute sites.",
             "Director of UEC Transformation", "Dec-25", "Broomfield and Southend extended from 1 September; Basildon recruitment under way.", "G"),
            ("1.2", "Implement the 45-minute ambulance handover (\"release to respond\") protocol with the East of England Ambulance Service.",
             "Chief Operating Officer", "Oct-25", "Protocol live at all three sites from 15 September 2025.", "B"),
            ("1.3", "Commission 60 additional virtual ward (hospital at home) beds for frailty and respiratory patients.",
             "Director of Commissioning; Clinical Director, Virtual Wards", "Q4 2025/26", "Business case approved by the Finance and Investment Committee; provider mobilisation delayed by workforce.", "A"),
        ],
    },
    {
        "heading": "BAF 2: Primary care access and resilience",
        "kv": [
            ("Strategic objective", "Tackle inequalities in outcomes, experience and access"),
            ("Principal risk", "There is a risk that GP practices are unable to meet demand for same-day and routine appointments, leading to poorer access, growing inequalities and additional pressure on urgent care."),
            ("Executive owner", "Director of Primary Care"),
            ("Lead committee", "Primary Care Commissioning Committee"),
            ("Risk score (L x I)", "Initial 16 (4x4)   Current 12 (3x4)   Target 8 (2x4)"),
            ("Key controls", "Primary care access recovery plan; practice resilience programme; contract monitoring."),
            ("Sources of assurance", "GP Patient Survey; monthly appointment data (GPAD); CQC ratings."),
            ("Gaps in control / assurance", "14 practices still on analogue telephony; no structured support offer for practices rated Requires Improvement or Inadequate."),
        ],
        "actions": [
            ("2.1", "Roll out cloud-based telephony and online consultation tools to the remaining 14 practices.",
             "Director of Primary Care", "31/12/2025", "9 of 14 practices migrated; 3 awaiting broadband upgrade.", "A"),
            ("2.2", "Agree a practice resilience support offer for practices rated Requires Improvement or Inadequate by CQC.",
             "Director of Primary Care / Chief Nursing Officer", "Nov-25", "Draft offer discussed with the LMC on 9 September.", "G"),
            ("2.3", "Develop the 2026/27 primary care workforce plan with the Training Hub, including Additional Roles (ARRS).",
             "Director of Primary Care", "March 2026", "Workforce data collection complete.", "G"),
        ],
    },
    {
        "heading": "BAF 3: Financial sustainability",
        "kv": [
            ("Strategic objective", "Enhance productivity and value for money"),
            ("Principal risk", "There is a risk that the ICB and system partners do not deliver the 2025/26 financial plan, leading to a system deficit, loss of financial autonomy and reduced ability to invest in services."),
            ("Executive owner", "Chief Finance Officer"),
            ("Lead committee", "Finance and Investment Committee"),
            ("Risk score (L x I)", "Initial 20 (4x5)   Current 20 (4x5)   Target 12 (3x4)"),
            ("Key controls", "System financial recovery plan; vacancy control; investment panel; monthly system finance reporting."),
            ("Sources of assurance", "Month 6 finance report; NHS England oversight meetings; internal audit of financial controls (reasonable assurance)."),
            ("Gaps in control / assurance", "Unidentified efficiency savings of £18.4m; continuing healthcare costs above plan; running cost reduction not yet delivered."),
        ],
        "actions": [
            ("3.1", "Deliver the ICB running cost reduction programme in line with the national model ICB blueprint.",
             "Chief Executive; Chief People Officer", "Mar-26", "Consultation on the new structure closed 30 September; voluntary redundancy scheme funding awaited.", "A"),
            ("3.2", "Strengthen grip and control: weekly vacancy control panel and non-pay spending review across all system partners.",
             "Chief Finance Officer", "Ongoing", "Panel in place since April; £3.1m of spending avoided to month 6.", "G"),
            ("3.3", "Complete the review of continuing healthcare (CHC) packages costing more than £2,500 per week.",
             "Chief Nursing Officer", "Jan-26", "Originally due Sep-25. 212 of 340 packages reviewed; revised date agreed by the Finance and Investment Committee.", "R"),
        ],
    },
]


def build_mse():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(MSE_TITLE, level=0)
    p = doc.add_paragraph("Position at 30 September 2025 – presented to the ICB Board, 20 November 2025")
    p.runs[0].italic = True
    doc.add_paragraph(
        "The Board Assurance Framework (BAF) sets out the principal risks to delivery of the ICB’s strategic "
        "objectives, the controls in place, the assurances the Board receives and the actions being taken to "
        "close gaps in control or assurance. Each risk is owned by an executive director and scrutinised by a "
        "lead committee.")

    doc.add_heading("Summary of principal risks", level=2)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["BAF ref", "Principal risk", "Executive owner", "Current score", "Target score", "Movement"])
    for ref, name, owner, cur, tgt, mv in [
        ("BAF 1", "Urgent and emergency care demand and capacity", "Chief Operating Officer", "16", "9", "↔"),
        ("BAF 2", "Primary care access and resilience", "Director of Primary Care", "12", "8", "↓"),
        ("BAF 3", "Financial sustainability", "Chief Finance Officer", "20", "12", "↔"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, [ref, name, owner, cur, tgt, mv]):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph("Action RAG key: B – complete; G – on track; A – some risk to delivery by the due date; R – overdue or will not be delivered by the due date.")

    rag_col = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for risk in MSE_RISKS:
        doc.add_heading(risk["heading"], level=2)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in risk["kv"]:
            cells = t.add_row().cells
            set_cell(cells[0], k, bold=True)
            shade(cells[0], "DEEAF6")
            set_cell(cells[1], v)
        p = doc.add_paragraph()
        p.add_run("Actions to address gaps").bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["No.", "Action", "Lead", "Due", "Progress at 30 September 2025", "RAG"])
        for no, action, lead, due, prog, rag in risk["actions"]:
            cells = t.add_row().cells
            for c, v in zip(cells, [no, action, lead, due, prog, rag]):
                set_cell(c, v)
            shade(cells[5], rag_col[rag])
        doc.add_paragraph()
    doc.add_paragraph("Next full review of the BAF: Audit and Risk Committee, January 2026.")
    doc.save(out(MSE_NAME))


# ---------------------------------------------------------------------------
# 6. Kirkgate Surgery - CQC assessment action plan (CSV export)
# ---------------------------------------------------------------------------
KG_NAME = "zsn-kirkgate-surgery-cqc-inspection-action-plan.csv"
KG_TITLE = "Kirkgate Surgery – CQC Assessment Action Plan"
KG_ROWS = [
    ("sec", "SAFE – Medicines optimisation (Regulation 12: Safe care and treatment)"),
    ("act", "1.1",
     "Patients prescribed high-risk medicines (methotrexate, lithium, DOACs) were not always monitored in line with guidance before repeat prescriptions were issued.",
     "Run monthly EMIS searches for overdue monitoring on all high-risk drugs; results reviewed by the practice pharmacist and actioned within 7 days.",
     "Practice Pharmacist", "30/04/2025", "Searches running monthly since April; 0 overdue at June search.", "Complete"),
    ("act", "1.2", "",
     "Add monitoring due dates to repeat templates so that prescriptions cannot be re-authorised without a clinician reviewing blood results.",
     "Dr A Khan (prescribing lead) / Practice Pharmacist", "31/05/2025", "Templates updated for all 11 high-risk drugs.", "Complete"),
    ("act", "1.3",
     "Medicine safety alerts (MHRA) were not consistently acted on and there was no record of retrospective searches.",
     "Create an alerts log recording the named clinician, search run, patients identified and action taken; alerts a standing item at the monthly clinical meeting.",
     "Practice Manager and Dr L Evans", "Jun-25", "Log in place; historic alerts from last 12 months being re-run.", "On track"),
    ("sec", "SAFE – Safe and effective staffing (Regulation 19: Fit and proper persons employed)"),
    ("act", "2.1",
     "Recruitment files for two locum GPs and one healthcare assistant were missing references and evidence of immunisation status.",
     "Audit all staff files against Schedule 3 and obtain missing documents; introduce a recruitment checklist signed off by the Practice Manager.",
     "Practice Manager", "31/05/2025", "All files audited and complete. Checklist in use for new starters.", "Complete"),
    ("sec", "RESPONSIVE – Equity in access"),
    ("act", "3.1",
     "Patients told us it was difficult to get through to the practice by telephone, particularly at 8am.",
     "Move to cloud-based telephony with call-back and queue position messages; monitor call abandonment rates monthly.",
     "Operations Manager", "September 2025", "Supplier contract signed; installation booked for August.", "On track"),
    ("act", "3.2", "",
     "Work with the Patient Participation Group to survey patients about access.\nPublish the results and our actions in the waiting room and on the practice website.",
     "Practice Manager; PPG Chair", "Ongoing – quarterly", "First survey closed 30 June (412 responses).", "On track"),
    ("sec", "WELL-LED – Governance, management and sustainability (Regulation 17: Good governance)"),
    ("act", "4.1",
     "The practice did not have effective oversight of clinical workload, and some test results were not reviewed within the practice's expected timescale.",
     "Introduce a daily workflow dashboard reviewed by the duty doctor, with results unfiled for more than 48 hours escalated to the Clinical Lead.",
     "Clinical Lead (Dr L Evans)", "31/07/2025", "Dashboard built; daily review started 1 July.", "On track"),
    ("act", "4.2",
     "Significant events were recorded but learning was not shared with all staff or reviewed for themes.",
     "Hold a quarterly significant event and complaints review meeting open to all staff, with a learning summary circulated by email and saved on the shared drive.",
     "Practice Manager", "Q2 2025/26", "", "Not started"),
]


def build_kg():
    ncol = 7
    rows = []
    blank = [""] * (ncol - 1)
    rows.append([KG_TITLE] + blank)
    rows.append(["Assessment report published 12 March 2025 – overall rating Requires Improvement (Safe: Requires Improvement, Effective: Good, Caring: Good, Responsive: Requires Improvement, Well-led: Requires Improvement)"] + blank)
    rows.append(["Last reviewed at the practice governance meeting, 8 July 2025"] + blank)
    rows.append([""] * ncol)
    rows.append(["Ref", "What CQC found", "Action", "Lead", "Target date", "Progress", "Status"])
    for row in KG_ROWS:
        if row[0] == "sec":
            rows.append([row[1]] + blank)
        else:
            rows.append(list(row[1:]))
    rows.append([""] * ncol)
    rows.append(["Notes: action plan submitted to CQC on 9 April 2025. Status: Complete = evidence held; On track = in progress within target date; Not started."] + blank)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(out(KG_NAME), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Western HSC Trust domiciliary care - RQIA QIP (plain text export)
# ---------------------------------------------------------------------------
WH_NAME = "zsn-western-hsct-southern-sector-domiciliary-care-rqia-quality-improvement-plan.txt"
WH_TITLE = "Quality Improvement Plan (QIP) – Southern Sector Domiciliary Care Service, Western Health and Social Care Trust"
WH_REG = "Action required to ensure compliance with The Domiciliary Care Agencies Regulations (Northern Ireland) 2007"
WH_STD = "Action required to ensure compliance with the Domiciliary Care Agencies Minimum Standards, 2021"
WH_AFIS = [
    (WH_REG, 1, "Regulation 13 (d)", "First time", "31 July 2025",
     "The registered person shall ensure that no domiciliary care worker is supplied by the agency unless full and satisfactory information is available in respect of each of the matters specified in Schedule 3, with particular reference to a full employment history and references.",
     "5.2.1",
     ["A Schedule 3 pre-employment checklist has been introduced and is signed off by the Registered Manager before any start date is confirmed.",
      "All 187 staff personnel files were audited in June and July 2025; gaps in employment history were followed up and recorded."],
     "Registered Manager", "Blue (complete)"),
    (WH_REG, 2, "Regulation 16 (2) (a)", "First time", "Immediate and ongoing",
     "The registered person shall ensure that all care workers complete the agency's mandatory training, including moving and handling and adult safeguarding, before being supplied to work with service users, and that refresher training is completed within the required timeframe.",
     "5.2.2",
     ["Training matrix now reviewed weekly by the Domiciliary Care Co-ordinators; staff with expired training are not rostered until it is completed.",
      "Compliance at 30 September 2025: moving and handling 96%, adult safeguarding 94%."],
     "Registered Manager / Domiciliary Care Co-ordinators", "Green (on track)"),
    (WH_REG, 3, "Regulation 21 (1)", "First time", "30 September 2025",
     "The registered person shall ensure that records of care delivered, including the time of arrival and departure at each call, are accurately maintained and are available for inspection.",
     "5.2.4",
     ["Electronic call monitoring data is compared with care records in a monthly audit of 10% of service users.",
      "Supervision sessions held with care workers whose records did not match call monitoring."],
     "Domiciliary Care Co-ordinators", "Blue (complete)"),
    (WH_REG, 4, "Regulation 23 (1)", "Second time", "31 August 2025",
     "The registered person shall ensure that the monthly quality monitoring reports include the views of service users, their representatives and HSC Trust key workers, and that an action plan is developed and followed up where shortfalls are identified.",
     "5.2.5",
     ["Quality monitoring template revised to include telephone feedback from at least five service users and two key workers each month, with a dated action plan.",
      "Reports for July, August and September 2025 completed on the revised template."],
     "Head of Service, Adult Community Services", "Blue (complete)"),
    (WH_STD, 5, "Standard 8.10", "First time", "30 November 2025",
     "The registered person should ensure that the agency's adult safeguarding policy and procedures are reviewed to reflect the regional Adult Safeguarding Operational Procedures and that staff are made aware of the changes.",
     "5.2.2",
     ["Revised policy drafted with the Trust Adult Safeguarding Team and due for approval at the Adult Safeguarding and Governance Group in November 2025."],
     "Adult Safeguarding Champion", "Green (on track)"),
    (WH_STD, 6, "Standard 12.3", "First time", "1 December 2025",
     "The registered person should ensure that care workers receive supervision at least every six months and an annual appraisal, and that this is recorded.",
     "5.2.3",
     ["Supervision schedule set up on the Trust e-rostering system.",
      "Current position: supervision 71%, appraisal 58%. Additional supervisors being trained in October."],
     "Registered Manager / Senior Domiciliary Care Workers", "Amber (behind schedule)"),
]


def build_wh():
    L = []
    L.append(WH_TITLE)
    L.append("")
    L.append("The Regulation and Quality Improvement Authority (RQIA)")
    L.append("Agency: Western Health and Social Care Trust – Southern Sector Domiciliary Care Service (Fermanagh and Omagh)")
    L.append("Type of service: Domiciliary Care Agency")
    L.append("Inspection ID: IN047312")
    L.append("Date of inspection: 3 and 4 June 2025")
    L.append("Registered Manager: Orla McCaffrey")
    L.append("Progress update prepared for the Adult Safeguarding and Governance Group, 30 October 2025")
    L.append("")
    L.append("This inspection resulted in six areas for improvement being identified. Four were in relation to regulations and two were in relation to the minimum standards.")
    L.append("")
    L.append("RAG key: Blue = complete; Green = on track; Amber = behind schedule; Red = not progressing.")
    current = None
    for sec, n, ref, stated, by, text, rpt, response, lead, rag in WH_AFIS:
        if sec != current:
            L.append("")
            L.append(sec)
            current = sec
        L.append("")
        L.append(f"Area for improvement {n}")
        L.append(f"Ref: {ref}")
        L.append(f"Stated: {stated}")
        L.append(f"To be completed by: {by}")
        L.append("")
        L.append(text)
        L.append("")
        L.append(f"Ref: {rpt}")
        L.append("")
        L.append("Response by registered person detailing the actions taken:")
        L.extend(response)
        L.append(f"Lead: {lead}")
        L.append(f"Trust RAG: {rag}")
    L.append("")
    L.append("*Please ensure this document is completed in full and returned via the Web Portal*")
    with open(out(WH_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def main():
    build_cwpt()
    build_ggc()
    build_sch()
    build_hd()
    build_mse()
    build_kg()
    build_wh()
    for n in (CWPT_NAME, GGC_NAME, SCH_NAME, HD_NAME, MSE_NAME, KG_NAME, WH_NAME):
        print("wrote", n)


if __name__ == "__main__":
    main()
