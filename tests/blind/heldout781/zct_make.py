#!/usr/bin/env python3
"""Build the seven zct- blind test files (set heldout781).

Run with /work/main/.venv/bin/python zct_make.py  (needs openpyxl, python-docx).
Writes only files whose names start with "zct-" into this script's folder.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F4E79"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="EDEDED"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("zct-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. PSII safety action plan (xlsx) - Hampshire and Isle of Wight Healthcare
# ---------------------------------------------------------------------------
PSII_NAME = "zct-hampshire-and-isle-of-wight-healthcare-nhsft-psii-lithium-monitoring-safety-action-plan.xlsx"
PSII_TITLE = "PSII Safety Action Plan – Missed lithium monitoring in community mental health services"
PSII_AFIS = [
    ("AFI 1: There was no reliable system in the community team to recall patients for three-monthly "
     "serum lithium, renal and thyroid monitoring; monitoring depended on individual care coordinators remembering.",
     [
         dict(ref="SA1.1",
              action="Implement an electronic lithium monitoring register within RiO for all patients prescribed lithium, "
                     "with automated alerts to the team duty worker when a blood test is overdue by 14 days.",
              owner="Head of Digital Clinical Systems / Consultant Pharmacist (Mental Health)",
              target=D(2025, 3, 31), revised=D(2025, 9, 30),
              measure="Monthly register report: % of patients with an in-date lithium level (target 95%)",
              progress="Register live in 9 of 11 CMHTs. The final two teams migrate in October 2025 following the RiO upgrade.",
              status="At risk"),
         dict(ref="SA1.2",
              action="Agree a shared-care protocol with primary care (Hampshire and Isle of Wight ICB) setting out which "
                     "organisation requests and reviews lithium bloods at each stage of treatment.",
              owner="Associate Medical Director – Community Mental Health",
              target=D(2024, 12, 31), revised=None,
              measure="Protocol ratified by Medicines Optimisation Committee; audit of 20 shared-care patients at 6 months",
              progress="Protocol ratified 05/12/2024. Six-month audit completed June 2025 – 19 of 20 compliant.",
              status="Complete"),
     ]),
    ("AFI 2: Results showing a rising lithium level and falling eGFR were filed by the GP practice and not "
     "communicated to the CMHT, and there was no agreed route for escalating abnormal results between organisations.",
     [
         dict(ref="SA2.1",
              action="Establish a generic NHS.net mailbox for each CMHT for receipt of abnormal blood results, monitored daily "
                     "by the duty worker, and circulate the addresses to all GP practices in the locality.",
              owner="CMHT Service Managers (all localities)",
              target=D(2024, 11, 30), revised=None,
              measure="Mailbox checks recorded on duty log; spot audit of 10 results per team",
              progress="Mailboxes live in all 11 teams. Letter to practices sent via ICB Primary Care bulletin 21/11/2024.",
              status="Complete"),
         dict(ref="SA2.2",
              action="Include lithium toxicity signs, symptoms and escalation in the mandatory physical health training for "
                     "community staff, with a 10-minute e-learning refresher.",
              owner="Physical Health Lead Nurse",
              target=D(2025, 6, 30), revised=D(2025, 12, 31),
              measure="Training compliance ≥ 90% of community registered staff",
              progress="E-learning module built and in user testing; goes live on the learning platform in November 2025.\n"
                       "Compliance will be reported to Patient Safety Group from Q4.",
              status="On track"),
     ]),
    ("AFI 3: The family told investigators that they had raised concerns about the patient's tremor and confusion "
     "but did not know who to contact out of hours.",
     [
         dict(ref="SA3.1",
              action="Co-produce with the family and Patient Safety Partners a lithium information leaflet for patients and "
                     "carers, including who to call in and out of hours.",
              owner="Patient Safety Partner / Lead Pharmacist (Southampton)",
              target=D(2025, 3, 31), revised=None,
              measure="Leaflet issued with every new lithium prescription (pharmacy dispensing audit)",
              progress="Leaflet approved by the Patient Information Group in March 2025 and in use.",
              status="Complete"),
         dict(ref="SA3.2",
              action="Add a carer contact and crisis plan check to the CPA review template so that carers' concerns are "
                     "recorded and acted upon.",
              owner="Head of Nursing, Adult Mental Health",
              target=D(2025, 1, 31), revised=None,
              measure="Quarterly audit of 30 CPA reviews for completed carer section",
              progress="Template change submitted to RiO change board; awaiting build slot. Escalated to Care Group Director 15/09/2025.",
              status="Overdue"),
     ]),
    ("AFI 4: Learning from this investigation is relevant to other providers in the Hampshire and Isle of Wight system.",
     [
         dict(ref="SA4.1",
              action="Present the findings and safety actions to the ICB System Quality Group and the Wessex medicines "
                     "safety network.",
              owner="Deputy Director of Patient Safety",
              target="Q3 2025/26", revised=None,
              measure="Presentations delivered; learning summary published on the ICB patient safety page",
              progress="Presented to ICB System Quality Group 09/07/2025. Wessex network slot booked for November 2025.",
              status="On track"),
     ]),
]
PSII_STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}


def build_psii():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = PSII_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Hampshire and Isle of Wight Healthcare NHS Foundation Trust"
    cov["A2"].font = Font(bold=True, size=12)
    rows = [
        ("Document control", ""),
        ("PSII reference", "PSII-2024-117"),
        ("LFPSE reference", "1184520"),
        ("Date of incident", D(2024, 5, 14)),
        ("Care group", "Mental Health and Learning Disabilities Care Group – Southampton"),
        ("Lead investigator", "Senior Patient Safety Investigator"),
        ("Executive sponsor", "Chief Nursing Officer"),
        ("Approved by", "Patient Safety Incident Review Group (PSIRG)"),
        ("Date approved", D(2024, 10, 8)),
        ("Version", "v1.4 – Q2 2025/26 progress update"),
        ("Next review", "Patient Safety Group, December 2025"),
    ]
    r = 4
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        c = cov.cell(r, 2, v)
        if isinstance(v, D):
            c.number_format = "dd/mm/yyyy"
        if k == "Document control":
            cov.cell(r, 1).fill = FILL["band"]
            cov.cell(r, 2).fill = FILL["band"]
        for cc in (cov.cell(r, 1), cov.cell(r, 2)):
            cc.border = BOX
        r += 1
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 70
    cov.cell(r + 1, 1, "This action plan accompanies the PSII report and should be read alongside it. "
                       "Safety actions were developed with the family, staff involved and the Patient Safety Partner.")

    ws = wb.create_sheet("Safety action plan")
    ws["A1"] = "Safety Action Plan – PSII-2024-117 Missed lithium monitoring"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress position as at 30 September 2025"
    heads = ["Area for improvement (AFI)", "Ref", "Safety action", "Action owner", "Target date",
             "Revised date", "Measure of effectiveness", "Progress update", "Status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for afi, acts in PSII_AFIS:
        first = r
        for a in acts:
            ws.cell(r, 2, a["ref"])
            ws.cell(r, 3, a["action"])
            ws.cell(r, 4, a["owner"])
            t = ws.cell(r, 5, a["target"])
            if isinstance(a["target"], D):
                t.number_format = "dd/mm/yyyy"
            if a["revised"] is not None:
                ws.cell(r, 6, a["revised"]).number_format = "dd/mm/yyyy"
            ws.cell(r, 7, a["measure"])
            ws.cell(r, 8, a["progress"])
            s = ws.cell(r, 9, a["status"])
            s.fill = FILL[PSII_STATUS_FILL[a["status"]]]
            for col in range(1, 10):
                ws.cell(r, col).alignment = WRAP
                ws.cell(r, col).border = BOX
            r += 1
        ws.cell(first, 1, afi)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(first, 1).alignment = WRAP
        ws.cell(first, 1).fill = FILL["grey"]
    r += 1
    ws.cell(r, 1, "Status key:").font = Font(bold=True)
    for i, (word, col) in enumerate([("Complete", "blue"), ("On track", "green"),
                                     ("At risk", "amber"), ("Overdue", "red")]):
        ws.cell(r, 2 + 2 * i, col.capitalize()).fill = FILL[col]
        ws.cell(r, 3 + 2 * i, "= " + word)
    r += 1
    ws.cell(r, 1, "Note: actions are closed by PSIRG only on receipt of evidence. Revised dates must be agreed "
                  "by the executive sponsor and are shown alongside the original target date.")
    widths = [42, 8, 48, 30, 12, 12, 34, 46, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    wb.save(out(PSII_NAME))


# ---------------------------------------------------------------------------
# 2. Board assurance framework (xlsx) - NHS Northamptonshire ICB
# ---------------------------------------------------------------------------
BAF_NAME = "zct-nhs-northamptonshire-icb-board-assurance-framework-2025-26.xlsx"
BAF_TITLE = "NHS Northamptonshire Integrated Care Board – Board Assurance Framework 2025/26"
BAF_RISKS = [
    dict(sheet="BAF 1", title="BAF 1: Urgent and emergency care demand and flow",
         objective="SO2: Improve access to, and the quality of, health and care services",
         risk="If demand for urgent and emergency care continues to exceed the capacity available across the system, "
              "then patients will experience long ambulance handover and emergency department waits, resulting in "
              "avoidable harm and poor experience.",
         owner="Chief Delivery Officer", committee="Finance and Performance Committee",
         scores=("5 x 5 = 25", "4 x 4 = 16", "3 x 4 = 12"),
         controls="UEC Board and system escalation framework (OPEL); daily system control centre calls; "
                  "virtual wards; 2-hour urgent community response; discharge to assess pathways.",
         assurance="UEC performance report to Board (monthly); NHSE regional UEC tier review; internal audit of "
                   "discharge funding (substantial assurance, March 2025).",
         gaps="Gap in control: insufficient intermediate care capacity for pathway 2 discharges. "
              "Gap in assurance: no single view of harm from long waits across providers.",
         actions=[
             dict(ref="1.1",
                  action="Deliver the 2025/26 UEC winter plan, including 40 additional virtual ward beds and a single "
                         "point of access for 2-hour urgent community response.",
                  lead="Chief Delivery Officer / UHN Director of Urgent Care",
                  due=D(2025, 12, 31),
                  progress="Winter plan approved by System Leadership Group 24/09/2025. 32 of 40 virtual ward beds "
                           "mobilised; SPoA go-live 03/11/2025.",
                  rag="green"),
             dict(ref="1.2",
                  action="Reduce ambulance handovers over 45 minutes by implementing the 'release to respond' protocol "
                         "at both acute sites.",
                  lead="Deputy Director of Urgent and Emergency Care",
                  due="Q3 2025/26",
                  progress="Average handover KGH 38 mins, NGH 44 mins (target 30). Protocol being re-launched with EMAS "
                           "in October.",
                  rag="amber"),
             dict(ref="1.3",
                  action="Complete the review of intermediate care bed capacity with both local authorities and agree "
                         "commissioning intentions for 2026/27.",
                  lead="Director of Strategic Commissioning",
                  due=D(2026, 3, 31),
                  progress="Demand and capacity modelling commissioned; first draft due December 2025.",
                  rag="green"),
         ]),
    dict(sheet="BAF 2", title="BAF 2: Financial sustainability",
         objective="SO4: Use our resources wisely and deliver a sustainable health and care system",
         risk="If the system does not deliver its 2025/26 efficiency requirement, then it will not meet its financial "
              "plan, resulting in regulatory intervention and reduced investment in services.",
         owner="Chief Finance Officer", committee="Finance and Performance Committee",
         scores=("5 x 5 = 25", "4 x 5 = 20", "3 x 4 = 12"),
         controls="System financial plan and control total; vacancy control panels; ICB scheme of delegation; "
                  "monthly system finance directors' group.",
         assurance="Month 5 finance report; external audit annual report 2024/25; NHSE financial reset review.",
         gaps="Gap in control: efficiency schemes not fully identified (£14.2m unidentified at M5). "
              "Gap in control: ICB running cost reduction not yet enacted.",
         actions=[
             dict(ref="2.1",
                  action="Establish a system Financial Recovery Board with monthly reporting of efficiency delivery "
                         "against the £62m system savings target.",
                  lead="Chief Finance Officer",
                  due=D(2025, 6, 30),
                  progress="Board established June 2025; meets monthly and reports to Finance and Performance Committee.",
                  rag="blue"),
             dict(ref="2.2",
                  action="Implement the ICB running cost reduction plan, including the organisational change process.",
                  lead="Chief People Officer and Chief Finance Officer",
                  due=D(2025, 12, 31),
                  progress="Consultation paused pending national clustering guidance; December date will not be met. "
                           "Revised plan to Board in November.",
                  rag="red"),
             dict(ref="2.3",
                  action="Agree and monitor a system-wide recovery plan for continuing healthcare (CHC) and high-cost "
                         "placements.",
                  lead="Chief Nursing Officer",
                  due="Ongoing",
                  progress="Monthly CHC panel review in place; spend 4% above plan at M5.",
                  rag="amber"),
         ]),
    dict(sheet="BAF 3", title="BAF 3: Primary care access and resilience",
         objective="SO2: Improve access to, and the quality of, health and care services",
         risk="If general practice is unable to meet rising demand, or practices become unsustainable, then patients "
              "will be unable to access timely primary care, resulting in poorer outcomes and pressure on UEC services.",
         owner="Director of Primary Care", committee="Primary Care Commissioning Committee",
         scores=("4 x 4 = 16", "4 x 3 = 12", "3 x 3 = 9"),
         controls="Primary care access recovery plan; practice resilience framework; ARRS workforce; LMC liaison meetings.",
         assurance="GP Patient Survey 2025; practice resilience dashboard (quarterly); CQC ratings of practices.",
         gaps="Gap in control: 11 practices yet to move to cloud-based telephony. "
              "Gap in control: no agreed system response to GP collective action.",
         actions=[
             dict(ref="3.1",
                  action="Deliver the Modern General Practice Access programme with all 69 practices, including "
                         "cloud-based telephony and online consultation.",
                  lead="Director of Primary Care",
                  due=D(2026, 3, 31),
                  progress="58 of 69 practices live on cloud telephony; remaining 11 scheduled by February 2026.",
                  rag="green"),
             dict(ref="3.2",
                  action="Agree a GP collective action contingency plan with the LMC, NHS 111 and acute providers.",
                  lead="Director of Primary Care / EPRR Lead",
                  due=D(2025, 9, 30),
                  progress="Plan signed off at EPRR Committee 16/09/2025.",
                  rag="blue"),
         ]),
]


def build_baf():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = BAF_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position at Quarter 2 (September 2025) – presented to ICB Board, 28 October 2025"
    heads = ["BAF ref", "Strategic objective", "Principal risk", "Risk owner", "Inherent score",
             "Current score", "Target score", "Assurance level", "Lead committee"]
    for i, h in enumerate(heads, 1):
        c = s.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.border = BOX
    levels = ["Partial", "Limited", "Partial"]
    for n, rk in enumerate(BAF_RISKS):
        vals = [rk["sheet"], rk["objective"], rk["title"].split(": ", 1)[1], rk["owner"],
                rk["scores"][0], rk["scores"][1], rk["scores"][2], levels[n], rk["committee"]]
        for i, v in enumerate(vals, 1):
            c = s.cell(5 + n, i, v)
            c.alignment = WRAP
            c.border = BOX
    s.cell(9, 1, "Detailed risk sheets, including actions to address gaps, follow on separate tabs. "
                 "Action RAG ratings use the key on the 'Key' tab.")
    for col, w in zip("ABCDEFGHI", [9, 38, 40, 24, 12, 12, 12, 14, 28]):
        s.column_dimensions[col].width = w

    for rk in BAF_RISKS:
        ws = wb.create_sheet(rk["sheet"])
        ws["A1"] = rk["title"]
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:F1")
        details = [
            ("Strategic objective", rk["objective"]),
            ("Risk description", rk["risk"]),
            ("Executive risk owner", rk["owner"]),
            ("Lead committee", rk["committee"]),
            ("Risk score (L x C)", "Inherent: %s    Current: %s    Target: %s" % rk["scores"]),
            ("Key controls", rk["controls"]),
            ("Sources of assurance", rk["assurance"]),
            ("Gaps in control / assurance", rk["gaps"]),
        ]
        r = 3
        for k, v in details:
            ws.cell(r, 1, k).font = Font(bold=True)
            ws.cell(r, 1).fill = FILL["band"]
            ws.cell(r, 2, v).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            for col in range(1, 7):
                ws.cell(r, col).border = BOX
            r += 1
        r += 1
        ws.cell(r, 1, "Actions to address gaps").font = Font(bold=True, size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for i, h in enumerate(["Ref", "Action", "Action lead", "Due date", "Q2 progress update", "RAG"], 1):
            c = ws.cell(r, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = FILL["head"]
            c.border = BOX
        r += 1
        for a in rk["actions"]:
            ws.cell(r, 1, a["ref"])
            ws.cell(r, 2, a["action"])
            ws.cell(r, 3, a["lead"])
            dcell = ws.cell(r, 4, a["due"])
            if isinstance(a["due"], D):
                dcell.number_format = "dd/mm/yyyy"
            ws.cell(r, 5, a["progress"])
            ws.cell(r, 6).fill = FILL[a["rag"]]
            for col in range(1, 7):
                ws.cell(r, col).alignment = WRAP
                ws.cell(r, col).border = BOX
            r += 1
        for col, w in zip("ABCDEF", [24, 50, 30, 12, 50, 8]):
            ws.column_dimensions[col].width = w

    k = wb.create_sheet("Key")
    k["A1"] = "Action RAG key"
    k["A1"].font = Font(bold=True, size=12)
    for i, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track to deliver by the due date"),
                                    ("amber", "Some slippage – recovery expected"),
                                    ("red", "Significant slippage – due date will not be met")]):
        k.cell(3 + i, 1).fill = FILL[col]
        k.cell(3 + i, 2, txt)
    k["A8"] = "Risk scoring: likelihood (1-5) x consequence (1-5), per ICB Risk Management Framework."
    k.column_dimensions["A"].width = 8
    k.column_dimensions["B"].width = 50
    wb.save(out(BAF_NAME))


# ---------------------------------------------------------------------------
# 3. Hospice CQC action plan (xlsx) - Wigan and Leigh Hospice  [refuse case]
# ---------------------------------------------------------------------------
HOSP_NAME = "zct-wigan-and-leigh-hospice-cqc-inspection-action-plan-typo-month-refuse.xlsx"
HOSP_TITLE = "Wigan and Leigh Hospice – CQC Inspection Action Plan"
HOSP_ROWS = [
    ("MUST DO", None),
    ("M1", dict(reg="Regulation 12: Safe care and treatment",
                req="The provider must ensure that risks relating to falls are assessed, recorded and reviewed for "
                    "every patient on admission to the In-Patient Unit.",
                action="Introduce the multifactorial falls risk assessment into the SystmOne admission template and "
                       "audit completion monthly.",
                lead="Ward Manager (IPU)", date=D(2025, 7, 1),
                evidence="Template live 01/07/2025; July audit 96% compliance.", rag="Complete")),
    ("M2", dict(reg="Regulation 12: Safe care and treatment",
                req="The provider must ensure that controlled drugs are stored, recorded and destroyed in line with "
                    "legislation and the hospice's own policy.",
                action="Replace loose-leaf CD records with bound registers, introduce weekly two-nurse CD checks and a "
                       "quarterly audit by the visiting pharmacist.",
                lead="Controlled Drugs Accountable Officer / Lead Pharmacist", date=D(2025, 8, 1),
                evidence="Bound registers in use; Q2 pharmacist audit – no discrepancies.", rag="Complete")),
    ("M3", dict(reg="Regulation 17: Good governance",
                req="The provider must ensure that clinical audits are effective in identifying shortfalls and that "
                    "actions are followed through.",
                action="Redesign the clinical audit programme so that every audit has an action log reviewed at the "
                       "Clinical Governance Group.",
                lead="Head of Quality and Governance", date="0ct-25",
                evidence="New programme agreed; first action log review at September CGG.", rag="On track")),
    ("M4", dict(reg="Regulation 18: Staffing",
                req="The provider must ensure that staff complete mandatory training, including safeguarding adults "
                    "level 3 and the Mental Capacity Act.",
                action="Agree a training recovery trajectory with protected study time, reported monthly to the "
                       "Quality and Safety Committee.",
                lead="Education and Practice Development Lead", date=D(2025, 12, 1),
                evidence="Safeguarding L3 compliance 78% (target 90%).", rag="Amber")),
    ("SHOULD DO", None),
    ("S1", dict(reg="Regulation 9: Person-centred care",
                req="The provider should ensure that care plans reflect people's individual wishes and preferences "
                    "for care at the end of life.",
                action="Roll out the personalised 'What matters to me' care plan section and audit 10 records per month.",
                lead="Ward Manager (IPU) / Hospice at Home Team Leader", date=D(2025, 11, 1),
                evidence="Section live in IPU; Hospice at Home from October.", rag="On track")),
    ("S2", dict(reg="Regulation 17: Good governance",
                req="The provider should ensure that learning from incidents is shared with all staff groups, "
                    "including volunteers.",
                action="Publish a quarterly 'Learning Matters' bulletin and add a learning slot to volunteer briefings.",
                lead="Head of Quality and Governance", date=D(2025, 9, 1),
                evidence="First bulletin issued August 2025.", rag="Complete")),
    ("S3", dict(reg="Regulation 16: Receiving and acting on complaints",
                req="The provider should ensure that verbal complaints and concerns are recorded so that themes "
                    "can be identified.",
                action="Add a 'concerns raised in person' log to each department and review themes at the Patient "
                       "and Family Experience Group.",
                lead="Patient Experience Lead", date=D(2026, 1, 1),
                evidence="", rag="Not started")),
]
HOSP_RAG_FILL = {"Complete": "blue", "On track": "green", "Amber": "amber"}


def build_hospice():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = HOSP_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Inspection: 18 and 19 March 2025  |  Report published: 9 June 2025  |  "
                "Overall rating: Requires improvement")
    ws["A3"] = ("Plan owner: Director of Clinical Services  |  Monitored by: Quality and Safety Committee  |  "
                "Last updated: 15/09/2025")
    heads = ["Ref", "Regulation", "CQC requirement", "Action", "Lead", "Target date",
             "Evidence / progress", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.border = BOX
    r = 6
    for ref, row in HOSP_ROWS:
        if row is None:
            ws.cell(r, 1, ref).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = FILL["band"]
            r += 1
            continue
        vals = [ref, row["reg"], row["req"], row["action"], row["lead"], row["date"],
                row["evidence"] or None, row["rag"]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
        if isinstance(row["date"], D):
            ws.cell(r, 6).number_format = "mmm-yy"
        if row["rag"] in HOSP_RAG_FILL:
            ws.cell(r, 8).fill = FILL[HOSP_RAG_FILL[row["rag"]]]
        r += 1
    r += 1
    ws.cell(r, 1, "RAG: Complete (blue) | On track (green) | Amber – at risk | Red – overdue | Not started")
    for col, w in zip("ABCDEFGH", [6, 26, 46, 46, 28, 11, 34, 12]):
        ws.column_dimensions[col].width = w
    vc = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Author", "Change"),
                             ("0.1", "20/06/2025", "Head of Quality and Governance", "First draft following factual accuracy"),
                             ("1.0", "10/07/2025", "Director of Clinical Services", "Submitted to CQC"),
                             ("1.3", "15/09/2025", "Head of Quality and Governance", "Progress update for QSC")], 1):
        for j, v in enumerate(row, 1):
            vc.cell(i, j, v)
    wb.save(out(HOSP_NAME))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = True
    if fill:
        shade(cell, fill)


# ---------------------------------------------------------------------------
# 4. HIW improvement plan (docx) - Cardiff and Vale UHB
# ---------------------------------------------------------------------------
HIW_NAME = "zct-cardiff-and-vale-uhb-hiw-childrens-hospital-for-wales-ward-inspection-improvement-plan.docx"
HIW_TITLE = "HIW Improvement Plan – Children's Hospital for Wales, Ward C3 (General Paediatrics)"
HIW_SECTIONS = [
    ("Quality of Patient Experience", [
        dict(need="The health board must ensure that parents and carers staying overnight have access to suitable "
                  "facilities, including somewhere to rest, wash and obtain refreshments.",
             std="Health and Care Quality Standards 2023 – Person-centred",
             actions=[dict(action="Parents' room to be refurbished with reclining chairs and a drinks station.\n"
                                  "Meal vouchers for resident parents to be reintroduced via the ward clerk.",
                           lead="Lead Nurse, Children's Medicine", time="31 March 2025")]),
        dict(need="The health board should ensure that information on how to raise a concern (Putting Things Right) "
                  "is displayed on the ward in English and Welsh.",
             std="Health and Care Quality Standards 2023 – Effective",
             actions=[dict(action="Bilingual Putting Things Right posters and leaflets to be displayed at the ward "
                                  "entrance and in the parents' room.",
                           lead="Ward Sister", time="January 2025")]),
    ]),
    ("Delivery of Safe and Effective Care", [
        dict(need="The health board must ensure that resuscitation equipment is checked daily and that checks are "
                  "recorded, in line with health board policy.",
             std="Health and Care Quality Standards 2023 – Safe",
             actions=[dict(action="Daily resuscitation trolley checks added to the ward safety huddle checklist; "
                                  "compliance monitored weekly and reported to the directorate Quality and Safety meeting.",
                           lead="Senior Sister / Resuscitation Officer", time="Immediate and ongoing")]),
        dict(need="The health board must ensure that Paediatric Early Warning Scores (PEWS) are calculated accurately "
                  "and escalated in line with the All Wales PEWS guidance.",
             std="Health and Care Quality Standards 2023 – Safe",
             actions=[dict(action="PEWS refresher training for all registered nurses and healthcare support workers, "
                                  "delivered by the Paediatric Practice Educators.",
                           lead="Practice Educator, Children's Services", time="28 February 2025"),
                      dict(action="Monthly audit of 10 sets of records for PEWS accuracy and escalation, with results "
                                  "displayed on the ward quality board.",
                           lead="Ward Manager", time="Monthly")]),
        dict(need="The health board must ensure that medication fridge temperatures are monitored and recorded daily, "
                  "and that action is taken when readings are outside the required range.",
             std="Health and Care Quality Standards 2023 – Safe",
             actions=[dict(action="Digital fridge temperature monitoring to be installed on the ward with alerts to the "
                                  "pharmacy team. Interim daily manual check added to the night staff checklist.",
                           lead="Directorate Pharmacist", time="30 April 2025")]),
    ]),
    ("Quality of Management and Leadership", [
        dict(need="The health board must ensure that staff compliance with mandatory training, in particular "
                  "safeguarding children level 3, improves to meet the health board target of 85%.",
             std="Health and Care Quality Standards 2023 – Workforce",
             actions=[dict(action="Protected time for training agreed for each registered nurse (7.5 hours per "
                                  "quarter); compliance reported monthly at the directorate performance review.",
                           lead="Head of Nursing, Children and Women Clinical Board", time="30 June 2025")]),
        dict(need="The health board should continue to recruit to registered nurse vacancies and review the ward "
                  "establishment in line with the Nurse Staffing Levels (Wales) Act 2016.",
             std="Nurse Staffing Levels (Wales) Act 2016",
             actions=[dict(action="Bi-annual establishment review completed using the paediatric acuity tool; "
                                  "6.4 WTE Band 5 posts out to advert.",
                           lead="Director of Nursing, Children and Women Clinical Board", time="September 2025")]),
    ]),
]


def build_hiw():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(HIW_TITLE, level=1)
    doc.add_paragraph("Cardiff and Vale University Health Board – response to Healthcare Inspectorate Wales")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service:", "Children's Hospital for Wales, University Hospital of Wales"),
                 ("Ward/department:", "Ward C3 (General Paediatrics)"),
                 ("Date of inspection:", "12 – 14 November 2024"),
                 ("Date of HIW report:", "14 February 2025")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_paragraph()
    doc.add_heading("Immediate improvement plan", level=2)
    doc.add_paragraph("No immediate assurance issues were identified during this inspection. Concerns resolved "
                      "during the inspection are listed below and are not repeated in the improvement plan.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Immediate concerns identified", "Impact/potential impact on patient care "
                                       "and treatment", "How the concern was resolved"]):
        bold_cell(c, h, "D9E1F2")
    row = t.add_row().cells
    row[0].text = "An unlocked clinical room door with intravenous fluids accessible."
    row[1].text = "Risk of tampering or inappropriate access to IV fluids."
    row[2].text = "The door was locked immediately and staff were reminded of the keypad code policy."
    doc.add_paragraph()
    doc.add_heading("Improvement plan", level=2)
    doc.add_paragraph("The table below sets out the improvements HIW identified and the health board's actions. "
                      "Progress is monitored by the Children and Women Clinical Board Quality, Safety and Patient "
                      "Experience group.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Improvement needed", "Standard / Regulation", "Service action",
                                       "Responsible officer", "Timescale"]):
        bold_cell(c, h, "D9E1F2")
    for section, items in HIW_SECTIONS:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[4])
        bold_cell(merged, section, "D9E1F2")
        for it in items:
            first = len(t.rows)
            for a in it["actions"]:
                cells = t.add_row().cells
                cells[2].text = a["action"]
                cells[3].text = a["lead"]
                cells[4].text = a["time"]
            last = len(t.rows) - 1
            if last > first:
                t.cell(first, 0).merge(t.cell(last, 0))
                t.cell(first, 1).merge(t.cell(last, 1))
            t.cell(first, 0).text = it["need"]
            t.cell(first, 1).text = it["std"]
    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t2 = [("Service representative", ""), ("Name (print):", "R. Pritchard"),
          ("Job role:", "Director of Nursing, Children and Women Clinical Board"), ("Date:", "7 February 2025")]
    for k, v in t2:
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.save(out(HIW_NAME))


# ---------------------------------------------------------------------------
# 5. HIS improvement action plan (docx) - NHS Lanarkshire, Hairmyres
# ---------------------------------------------------------------------------
HIS_NAME = "zct-nhs-lanarkshire-his-university-hospital-hairmyres-safe-delivery-of-care-improvement-action-plan.docx"
HIS_TITLE = "Improvement Action Plan – University Hospital Hairmyres Safe Delivery of Care Inspection"
HIS_DOMAINS = [
    ("Domain 2 – Leadership and culture", [
        ("Requirement 1: NHS Lanarkshire must ensure that all staff are aware of and follow the process for "
         "escalating patient safety concerns during periods of high occupancy, including the use of additional beds "
         "in ward areas.", [
            ("1.1", "Re-issue the site safety huddle standard operating procedure to all senior charge nurses and "
                    "clinical nurse managers, with a summary cascaded at ward safety briefs.",
             "April 2024", "Chief Nurse, University Hospital Hairmyres", "B"),
            ("1.2", "Audit the use of additional beds weekly against the safety checklist and report results to the "
                    "site Clinical Governance Group.",
             "Ongoing", "Clinical Nurse Managers", "G"),
        ]),
    ]),
    ("Domain 4.1 – Pathways, procedures and policies", [
        ("Requirement 2: NHS Lanarkshire must ensure that fire doors are not wedged or propped open and that fire "
         "evacuation routes are kept clear at all times.", [
            ("2.1", "Joint fire safety walkrounds of all wards by the Fire Safety Adviser and senior charge nurse, "
                    "with findings logged on the estates action tracker.",
             "May 2024", "Fire Safety Adviser / Senior Charge Nurses", "B"),
        ]),
        ("Requirement 3: NHS Lanarkshire must ensure that all medicines, including intravenous fluids, are stored "
         "securely and in line with legislation and best practice guidance.", [
            ("3.1", "Install keypad locks on the clinical room doors identified during the inspection where intravenous "
                    "fluids cannot otherwise be secured.",
             "September 2024", "Head of Estates", "A"),
            ("3.2", "Complete a medicines storage audit in every ward using the Safe and Secure Handling of Medicines "
                    "tool and report results to the Area Drug and Therapeutics Committee.",
             "July 2024", "Lead Pharmacist, Acute Services", "B"),
        ]),
        ("Requirement 4: NHS Lanarkshire must ensure that patient care documentation, including fluid balance and "
         "food record charts, is accurately and consistently completed.", [
            ("4.1", "Relaunch fluid balance and food record chart guidance, supported by teaching sessions from the "
                    "Practice Development team.",
             "August 2024", "Practice Development Lead", "B"),
            ("4.2", "Include fluid balance and food chart completion in the monthly Excellence in Care record review, "
                    "with ward-level results shared at the Nursing and Midwifery Professional Assurance meeting.",
             "December 2024", "Senior Charge Nurses", "G"),
        ]),
    ]),
    ("Domain 4.3 – Workforce planning", [
        ("Requirement 5: NHS Lanarkshire must ensure that staffing risks and the mitigations taken are clearly and "
         "accurately recorded, in line with the Health and Care (Staffing) (Scotland) Act 2019.", [
            ("5.1", "Roll out the real-time staffing resource to all inpatient wards, with risk escalation recorded "
                    "at each site safety huddle.",
             "31 December 2024", "Deputy Director of Nursing / eRostering Project Lead", "A"),
            ("5.2", "Provide Health and Care (Staffing) (Scotland) Act awareness sessions for senior charge nurses "
                    "and clinical nurse managers.",
             "October 2024", "Head of Nursing – Workforce", "R"),
        ]),
    ]),
]
HIS_FILL = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def build_his():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run(HIS_TITLE)
    run.bold = True
    run.font.size = Pt(16)
    for line in ["Name of hospital: University Hospital Hairmyres",
                 "NHS board: NHS Lanarkshire",
                 "Date of inspection: 5–7 March 2024",
                 "Date of report: 20 June 2024",
                 "Progress update: 31 October 2024 (Acute Division Clinical Governance and Risk Management Group)"]:
        doc.add_paragraph(line)
    doc.add_paragraph("The actions below address the requirements made by Healthcare Improvement Scotland. "
                      "Where an action is marked B the evidence has been submitted to the inspection team.")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for c, (k, txt) in zip(key.rows[0].cells, [("B", "Complete and evidenced"), ("G", "On track"),
                                               ("A", "At risk of not meeting timescale"), ("R", "Timescale not met")]):
        c.text = "%s – %s" % (k, txt)
        shade(c, HIS_FILL[k])
    for domain, reqs in HIS_DOMAINS:
        doc.add_paragraph()
        doc.add_heading(domain, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Action reference", "Action planned", "Timescale to meet action",
                                           "Responsibility for taking action", "Status"]):
            bold_cell(c, h, "D9E1F2")
        for req, acts in reqs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[4])
            bold_cell(m, req, "F2F2F2")
            for ref, act, when, who, st in acts:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[1].text = act
                cells[2].text = when
                cells[3].text = who
                cells[4].text = st
                cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                shade(cells[4], HIS_FILL[st])
    doc.add_paragraph()
    doc.add_paragraph("Action plan approved by:")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Name", "Designation", "Signature", "Date"]):
        bold_cell(c, h)
    for c, v in zip(t.rows[1].cells, ["A. Thomson", "Director of Acute Services", "(signed)", "31 October 2024"]):
        c.text = v
    doc.save(out(HIS_NAME))


# ---------------------------------------------------------------------------
# 6. Quality account priorities tracker (csv) - Birmingham Community Healthcare
# ---------------------------------------------------------------------------
QA_NAME = "zct-birmingham-community-healthcare-nhsft-quality-account-priorities-tracker-2025-26.csv"
QA_TITLE = ("Birmingham Community Healthcare NHS Foundation Trust – Quality Account 2025/26: "
            "Quality Priorities Progress Tracker")
QA_P1 = ("Patient safety", "Priority 1: Reduce category 3 and 4 pressure ulcers acquired in our care for patients "
                           "on district nursing caseloads")
QA_P2 = ("Clinical effectiveness", "Priority 2: Reduce waiting times for children's neurodevelopmental (autism and "
                                   "ADHD) assessment")
QA_P3 = ("Patient experience", "Priority 3: Improve the experience of people with a learning disability using our "
                               "services")
QA_ROWS = [
    ("1.1", QA_P1, "Roll out the PURPOSE-T risk assessment on SystmOne to all adult community nursing teams",
     "Head of Tissue Viability / Divisional Director of Nursing (Adult Community)", "Jun-25", "Amber", "Complete",
     "Live in all 34 teams from 30/06/2025. Compliance with assessment within 24 hours of first visit: 91%."),
    ("1.2", QA_P1, "Deliver a pressure ulcer prevention training offer for family carers and care home staff",
     "Tissue Viability Nurse Consultant", "Dec-25", "Green", "Green",
     "14 care homes trained to date; carer video resources published on Trust website in August."),
    ("1.3", QA_P1, "Introduce a monthly thematic review of category 3 and 4 pressure ulcers at the Patient Safety "
                   "Learning Group (PSIRF)",
     "Head of Patient Safety", "Sep-25", "Green", "Complete",
     "Thematic reviews held July, August and September; themes reported to Quality and Safety Committee."),
    ("2.1", QA_P2, "Implement a needs-led 'waiting well' offer for all children on the neurodevelopmental pathway "
                   "waiting list",
     "Clinical Director, Children and Families", "Q3 2025/26", "Amber", "Amber",
     "Parent workshops running in 3 of 4 localities; digital offer delayed by procurement."),
    ("2.2", QA_P2, "Increase assessment capacity through the independent sector contract (600 additional "
                   "assessments)",
     "Divisional Director of Operations, Children and Families", "31/03/2026", "Red", "Amber",
     "Contract signed August 2025; 142 assessments completed by 30/09/2025 against a trajectory of 150."),
    ("3.1", QA_P3, "Extend Oliver McGowan Mandatory Training tier 2 to all patient-facing staff",
     "Learning Disability Nurse Consultant; Head of Learning & Development", "Mar-26", "Green", "Green",
     "Tier 2 compliance 64% (trajectory 60% at Q2)."),
    ("3.2", QA_P3, "Introduce reasonable adjustment flags on the electronic patient record and audit their use "
                   "quarterly",
     "Chief Clinical Information Officer", "Ongoing", "Not started", "Amber",
     "Flag built in SystmOne test environment; go-live awaiting national Reasonable Adjustment Flag integration."),
]


def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_qa():
    ncol = 9
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row([QA_TITLE])
    row(["Reporting period: Quarter 2 (July–September 2025). Reported to Quality and Safety Committee, "
         "20 November 2025"])
    row([])
    row(["Ref", "Quality domain", "Priority", "Action / workstream", "Lead(s)", "Milestone date", "Q1 RAG",
         "Q2 RAG", "Q2 update"])
    for ref, (dom, pri), act, lead, when, q1, q2, upd in QA_ROWS:
        row([ref, dom, pri, act, lead, when, q1, q2, upd])
    row([])
    row(["RAG key: Green = on track; Amber = some risk to delivery; Red = off track; Complete = milestone delivered"])
    row(["Source: Quality Account 2024/25, Part 2 – Priorities for improvement 2025/26 (approved by Board of "
         "Directors, June 2025)"])
    with open(out(QA_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. RQIA QIP tracker (txt) - Belfast HSCT, Royal Victoria Hospital ED
# ---------------------------------------------------------------------------
RQIA_NAME = "zct-belfast-hsct-rqia-royal-victoria-hospital-ed-unannounced-inspection-qip.txt"
RQIA_TITLE = ("Quality Improvement Plan (QIP) – RQIA Unannounced Inspection of the Royal Victoria Hospital "
              "Emergency Department")
RQIA_SECTIONS = [
    ("SECTION A: WORKFORCE", [
        dict(n=1, ref="Standard 4.3 (b)", due="31 August 2023",
             text="The Trust must ensure that nursing and medical staffing in the ED is reviewed to reflect the number "
                  "and acuity of patients in the department, including patients awaiting admission.",
             actions=[
                 dict(ref="1.1",
                      action="Complete a nurse staffing review of the ED using the Delivering Care framework, to include "
                             "the additional staffing required for patients remaining in the department after a "
                             "decision to admit.",
                      lead="Divisional Nurse, Unscheduled and Acute Care", target="31/08/2023", rag="Blue",
                      update="Review completed and presented to Trust Executive Team 22/08/2023."),
                 dict(ref="1.2",
                      action="Submit a business case to the Department of Health for recurrent funding of the 22.6 WTE "
                             "registered nurse posts identified by the review.",
                      lead="Director of Unscheduled and Acute Care", target="31/12/2023", rag="Amber",
                      update="Business case drafted; awaiting confirmation of the regional funding process for 2024/25."),
             ]),
        dict(n=2, ref="Standard 4.3 (i)", due="30 June 2023",
             text="The Trust must ensure that staff wellbeing is supported and that staff have access to rest "
                  "facilities and protected breaks during their shift.",
             actions=[
                 dict(ref="2.1",
                      action="Provide a dedicated staff rest room within the ED footprint and protected break times on "
                             "each shift, monitored through the nurse in charge checklist.",
                      lead="Service Manager, Emergency Department", target="30/06/2023", rag="Blue",
                      update="Rest room opened 12/06/2023. Break compliance 82% in September."),
             ]),
    ]),
    ("SECTION B: ENVIRONMENT, INFECTION PREVENTION AND CONTROL AND FIRE SAFETY", [
        dict(n=3, ref="Standard 5.3.1 (f)", due="30 September 2023",
             text="The Trust must ensure that the number of patients accommodated in the department does not "
                  "compromise fire safety and that escape routes are kept clear at all times.",
             actions=[
                 dict(ref="3.1",
                      action="Agree with the Fire Safety Adviser a maximum occupancy and trolley placement plan for the "
                             "ED corridors, with escalation to the Site Manager when the plan is breached.",
                      lead="Fire Safety Adviser / ED Clinical Lead", target="Sept 2023", rag="Blue",
                      update="Plan agreed and displayed; breaches logged on Datix and reviewed weekly."),
             ]),
        dict(n=4, ref="Standard 5.3.1 (a)", due="31 October 2023",
             text="The Trust must ensure that the ED environment is clean, that equipment is decontaminated between "
                  "patients and that hand hygiene facilities are readily available.",
             actions=[
                 dict(ref="4.1",
                      action="Increase domestic hours in the ED to provide 24/7 cover and introduce weekly IPC "
                             "environmental audits with results displayed in the department.",
                      lead="Support Services Manager; IPC Nurse Specialist", target="31/10/2023", rag="Green",
                      update="Night domestic cover in place from 04/09/2023. Audit scores 89% and 92% in September."),
             ]),
    ]),
    ("SECTION C: MEDICINES MANAGEMENT", [
        dict(n=5, ref="Standard 5.3.1 (c)", due="31 March 2024",
             text="The Trust must ensure that time-critical medicines are administered on time to patients who "
                  "remain in the ED awaiting a ward bed.",
             actions=[
                 dict(ref="5.1",
                      action="Extend the ED pharmacy service to seven days and introduce a time-critical medicines "
                             "prompt on the ED tracking board.",
                      lead="Lead Pharmacist, Unscheduled Care", target="31/03/2024", rag="Red",
                      update="Recruitment to two pharmacist posts unsuccessful; a seven-day service cannot be delivered "
                             "within current funding. Tracking board prompt live 18/09/2023."),
             ]),
    ]),
]


def build_rqia():
    L = []
    L.append(RQIA_TITLE)
    L.append("Belfast Health and Social Care Trust – Trust action tracker")
    L.append("Inspection dates: 8 November 2022 – 3 February 2023")
    L.append("Position at: 30 September 2023")
    L.append("Prepared by: Unscheduled Care Governance Team")
    L.append("")
    L.append("RAG key: Blue = complete; Green = on track; Amber = at risk of slippage; Red = off track")
    L.append("Standards referenced are The Quality Standards for Health and Social Care (DHSSPS, 2006).")
    L.append("")
    for sec, afis in RQIA_SECTIONS:
        L.append("=" * 72)
        L.append(sec)
        L.append("=" * 72)
        L.append("")
        for afi in afis:
            L.append("Area for improvement %d" % afi["n"])
            L.append("Ref: %s" % afi["ref"])
            L.append("Stated: First time")
            L.append("To be completed by: %s" % afi["due"])
            L.append(afi["text"])
            L.append("")
            for a in afi["actions"]:
                L.append("    Action %s: %s" % (a["ref"], a["action"]))
                L.append("    Lead: %s" % a["lead"])
                L.append("    Target date: %s" % a["target"])
                L.append("    RAG: %s" % a["rag"])
                L.append("    Update: %s" % a["update"])
                L.append("")
    L.append("-" * 72)
    L.append("End of tracker. Next update to Trust Assurance Committee, December 2023.")
    with open(out(RQIA_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")


def main():
    build_psii()
    build_baf()
    build_hospice()
    build_hiw()
    build_his()
    build_qa()
    build_rqia()
    for n in (PSII_NAME, BAF_NAME, HOSP_NAME, HIW_NAME, HIS_NAME, QA_NAME, RQIA_NAME):
        print("wrote", n)


if __name__ == "__main__":
    main()
