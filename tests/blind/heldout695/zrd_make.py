#!/usr/bin/env python3
"""Build the seven zrd- blind test files (set heldout695).

Run with /work/main/.venv/bin/python zrd_make.py  (needs openpyxl, python-docx).
Writes only files whose names start with "zrd-" in this folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "band2": PatternFill("solid", fgColor="FCE4D6"),
    "grey": PatternFill("solid", fgColor="EDEDED"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def path(name):
    assert name.startswith("zrd-"), name
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Black Country Healthcare NHSFT - PSII safety action plan (xlsx)
# ---------------------------------------------------------------------------
F1 = "zrd-black-country-healthcare-nhsft-psii-inpatient-awol-safety-action-plan.xlsx"

F1_AFI = [
    ("AFI 1: Section 17 leave decisions were not informed by a current risk "
     "assessment when the patient's presentation changed", [
        dict(ref="SA1.1",
             action="Amend the Section 17 leave form on RiO so that leave cannot be "
                    "recorded as granted until a risk assessment dated within the "
                    "previous 72 hours is linked to it.",
             strength="Strong – forcing function (system design)",
             measure="Monthly audit of 20 leave episodes across adult acute wards; "
                     "target 95% compliance for three consecutive months",
             owner="Head of Digital Clinical Systems",
             target=d(2025, 3, 31), revised=d(2025, 6, 30), status="Complete",
             update="Form change live from 02/06/2025. Audit Jul–Sep 2025: 96%, 97%, 98%."),
        dict(ref="SA1.2",
             action="Introduce a pre-leave check (mental state, recent incidents, leave "
                    "conditions) completed by the nurse in charge and recorded before "
                    "any escorted or unescorted leave begins.",
             strength="Medium – standardised checklist",
             measure="Fortnightly spot-check of pre-leave checks by Matrons",
             owner="Matron, Adult Acute Inpatients",
             target=d(2025, 4, 30), revised=None, status="Complete",
             update="Checklist embedded on all five adult acute wards; spot-checks "
                    "show 92% completion."),
    ]),
    ("AFI 2: The ward garden perimeter allowed a patient to leave the secure "
     "area unobserved", [
        dict(ref="SA2.1",
             action="Raise the height of the ward garden fence and remove the climbable "
                    "features identified in the environmental risk assessment.",
             strength="Strong – physical design change",
             measure="Post-works environmental risk assessment signed off by the "
                     "Local Security Management Specialist",
             owner="Associate Director of Estates & Facilities",
             target=d(2025, 6, 30), revised=d(2026, 1, 31), status="Off track",
             update="Works delayed pending capital funding approval; contractor now "
                    "due on site in December 2025."),
        dict(ref="SA2.2",
             action="Until the fence works are complete, staff garden leave for "
                    "detained patients at a 1:1 ratio and record observation levels "
                    "in the garden leave log.",
             strength="Weak – administrative control (interim)",
             measure="Weekly review of the garden leave log",
             owner="Ward Manager / Matron, Adult Acute Inpatients",
             target="Until SA2.1 complete", revised=None, status="On track",
             update="Log reviewed weekly; no unobserved garden leave since February 2025."),
    ]),
    ("AFI 3: Contact with the family and with West Midlands Police was delayed "
     "after the patient was reported missing", [
        dict(ref="SA3.1",
             action="Review and reissue the Missing Patients and AWOL Policy, setting "
                    "out timescales for informing the nearest relative and the police.",
             strength="Weak – policy",
             measure="Policy ratified at Policy Approval Group and cascaded in the "
                     "Trust briefing",
             owner="Deputy Director of Nursing",
             target="Q1 2025/26", revised=None, status="Complete",
             update="Policy v5 ratified 12/06/2025 and published on the intranet."),
        dict(ref="SA3.2",
             action="Deliver AWOL simulation training to all registered nurses on "
                    "adult acute wards, covering the escalation flowchart and contact "
                    "with families.",
             strength="Medium – training with simulation",
             measure="Percentage of registered nurses trained; target 85%",
             owner="Practice Development Lead – Inpatients",
             target=d(2025, 10, 31), revised=d(2025, 12, 31), status="At risk",
             update="71% trained at 31/10/2025; extra sessions booked for November "
                    "and December."),
        dict(ref="SA3.3",
             action="Hold a learning event with the patient's family and the staff "
                    "involved to share the findings and the safety actions.",
             strength="Weak – shared learning",
             measure="Learning event held; feedback from family recorded",
             owner="Head of Patient Safety",
             target="Sept-25", revised="Dec-25", status="On track",
             update="Rearranged at the family's request; now booked for 09/12/2025."),
    ]),
]
F1_STATUS = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}


def build_f1():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = ("Patient Safety Incident Investigation (PSII) – Safety Action Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Black Country Healthcare NHS Foundation Trust"
    ws["A2"].font = Font(bold=True, size=12)
    rows = [
        ("PSII reference", "PSII 2024/25-09"),
        ("Incident", "Absence without leave (AWOL) of a patient detained under "
                     "Section 3 of the Mental Health Act during escorted ground leave, "
                     "adult acute inpatient ward, Penn Hospital"),
        ("Date of incident", "17/09/2024"),
        ("Report approved", "Patient Safety Incident Oversight Group, 21/01/2025"),
        ("Executive lead", "Chief Nursing Officer"),
        ("Monitoring group", "Adult Acute and Urgent Care Quality and Safety Group (monthly)"),
    ]
    r = 4
    for k, v in rows:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v).alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 1, "Status key").font = Font(bold=True)
    r += 1
    for word, colour, meaning in [
        ("Complete", "blue", "Action delivered and evidence of effectiveness submitted"),
        ("On track", "green", "Action progressing and expected to meet its date"),
        ("At risk", "amber", "Date may not be met; mitigation in place"),
        ("Off track", "red", "Date missed or action cannot be delivered as planned"),
    ]:
        c = ws.cell(r, 1, word)
        c.fill = FILL[colour]
        ws.cell(r, 2, meaning)
        r += 1
    r += 1
    ws.cell(r, 1, "Document control").font = Font(bold=True)
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        c = ws.cell(r, 1 + i, h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
    r += 1
    for row in [
        ("0.1", "06/01/2025", "Patient Safety Team", "Draft following safety action workshop"),
        ("1.0", "21/01/2025", "Patient Safety Team", "Approved at PSIOG"),
        ("1.3", "14/11/2025", "Patient Safety Team", "Q2 updates added; SA2.1 and SA3.2 dates revised"),
    ]:
        for i, v in enumerate(row):
            ws.cell(r, 1 + i, v).border = BOX
        r += 1
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 22
    ws.column_dimensions["D"].width = 48

    sa = wb.create_sheet("Safety actions")
    sa["A1"] = "Safety Action Plan – PSII 2024/25-09 (AWOL, Penn Hospital)"
    sa["A1"].font = Font(bold=True, size=13)
    sa["A2"] = "Progress updated: 14/11/2025"
    sa["A2"].font = Font(italic=True)
    heads = ["Ref", "Area for improvement", "Safety action", "Strength (hierarchy of intervention)",
             "Measure of effectiveness", "Action owner", "Target date", "Revised date",
             "Status", "Progress update"]
    for i, h in enumerate(heads):
        c = sa.cell(4, 1 + i, h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for afi, acts in F1_AFI:
        first = r
        for a in acts:
            vals = [a["ref"], None, a["action"], a["strength"], a["measure"], a["owner"],
                    a["target"], a["revised"], a["status"], a["update"]]
            for i, v in enumerate(vals):
                c = sa.cell(r, 1 + i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            sa.cell(r, 9).fill = FILL[F1_STATUS[a["status"]]]
            r += 1
        sa.cell(first, 2, afi).alignment = WRAP
        if r - 1 > first:
            sa.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    sa.cell(r, 1, "Summary").font = Font(bold=True)
    r += 1
    counts = {}
    for _, acts in F1_AFI:
        for a in acts:
            counts[a["status"]] = counts.get(a["status"], 0) + 1
    for word in ["Complete", "On track", "At risk", "Off track"]:
        sa.cell(r, 1, word).fill = FILL[F1_STATUS[word]]
        sa.cell(r, 2, counts.get(word, 0))
        r += 1
    sa.cell(r, 1, "Total").font = Font(bold=True)
    sa.cell(r, 2, sum(counts.values())).font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJ", [8, 34, 46, 24, 34, 26, 12, 12, 11, 40]):
        sa.column_dimensions[col].width = w
    sa.freeze_panes = "A5"
    wb.save(path(F1))


# ---------------------------------------------------------------------------
# 2. Royal United Hospitals Bath NHSFT - Board Assurance Framework (xlsx)
# ---------------------------------------------------------------------------
F2 = "zrd-royal-united-hospitals-bath-nhsft-board-assurance-framework-2025-26.xlsx"

F2_RISKS = [
    dict(sheet="SR1 Workforce", code="SR1", title="SR1: Workforce capacity and capability",
         objective="Developing our people – a great place to work, learn and thrive",
         description="If we are unable to recruit, retain and develop staff with the right "
                     "skills, then we may not be able to staff services safely, leading to "
                     "high temporary staffing costs and a poorer experience for patients.",
         owner="Chief People Officer", committee="People Committee",
         inherent="20 (C4 x L5)", q1=12, q2=12, target="8 (C4 x L2)", appetite="Open",
         controls="Workforce plan 2025/26 agreed with BSW ICB; vacancy and turnover "
                  "reported monthly to People Committee; e-rostering in all ward areas.",
         assurance="Integrated Performance Report (monthly); NHS Staff Survey 2024; "
                   "internal audit of temporary staffing controls (substantial assurance).",
         gaps="G1: Retention of nurses in their first two years below target. "
              "G2: Reliance on long-term agency medical locums in three specialties. "
              "G3: Medical job planning not held on an electronic system.",
         actions=[
             dict(ref="1.1", action="Implement the BSW Hospitals Group nursing and midwifery "
                                    "retention plan, including stay conversations for staff "
                                    "in their first two years.",
                  lead="Chief Nursing Officer", due=d(2026, 3, 31), prev="G", cur="G",
                  progress="Stay conversations in place on 18 of 26 wards; first-year "
                           "turnover down from 19% to 16%."),
             dict(ref="1.2", action="Reduce agency medical spend by moving long-term agency "
                                    "doctors onto fixed-term contracts or the Trust's "
                                    "medical bank.",
                  lead="Chief Medical Officer / Chief People Officer", due="Q3 2025/26",
                  prev="A", cur="A",
                  progress="9 of 14 long-term locums converted; remaining five in "
                           "Acute Medicine and Radiology."),
             dict(ref="1.3", action="Roll out the electronic job planning module to all "
                                    "medical specialties.",
                  lead="Deputy Chief People Officer", due="Sept 2025 – Mar 2026",
                  prev="A", cur="G",
                  progress="Module live in Surgery and Women & Children; Medicine to "
                           "follow in January."),
         ]),
    dict(sheet="SR2 Patient flow", code="SR2", title="SR2: Urgent and emergency care flow",
         objective="Delivering outstanding care – timely access to safe, effective care",
         description="If we cannot reduce the number of patients who no longer meet the "
                     "criteria to reside, then Emergency Department crowding and "
                     "corridor care will continue, leading to harm from delays.",
         owner="Chief Operating Officer", committee="Quality Governance Committee",
         inherent="25 (C5 x L5)", q1=20, q2=16, target="10 (C5 x L2)", appetite="Cautious",
         controls="Daily system flow calls with BSW partners; escalation policy (OPEL); "
                  "Same Day Emergency Care (SDEC) unit open 08:00–20:00 weekdays.",
         assurance="UEC performance in Integrated Performance Report; harm reviews of "
                   "12-hour waits reported to Quality Governance Committee.",
         gaps="G1: SDEC not open at weekends. G2: No-criteria-to-reside numbers above "
              "the system target of 60. G3: Rapid assessment model not yet reviewed.",
         actions=[
             dict(ref="2.1", action="Extend SDEC opening to 12 hours a day, seven days a week.",
                  lead="Chief Operating Officer", due="Dec-25", prev="A", cur="R",
                  progress="Recruitment to the SDEC consultant post was unsuccessful; "
                           "opening date under review."),
             dict(ref="2.2", action="Work with BSW ICB and local authority partners to "
                                    "reduce the number of patients with no criteria to "
                                    "reside to below 60.",
                  lead="Managing Director", due="31 March 2026", prev="R", cur="A",
                  progress="Average 71 in September (from 88 in June) following the "
                           "discharge to assess pilot."),
             dict(ref="2.3", action="Complete the review of the rapid assessment and "
                                    "treatment model in the Emergency Department and "
                                    "agree changes with the Medicine Division.",
                  lead="Divisional Director – Medicine", due=d(2025, 9, 30),
                  prev="G", cur="B",
                  progress="Review completed and revised model agreed at Trust "
                           "Management Executive on 24/09/2025."),
         ]),
    dict(sheet="SR3 Finance", code="SR3", title="SR3: Financial sustainability",
         objective="Ensuring a sustainable future – living within our means",
         description="If we do not deliver the 2025/26 financial plan, including the cost "
                     "improvement programme, then the Trust and the BSW system will not "
                     "meet their financial targets, limiting investment in services.",
         owner="Chief Financial Officer", committee="Finance and Performance Committee",
         inherent="20 (C4 x L5)", q1=16, q2=16, target="8 (C4 x L2)", appetite="Cautious",
         controls="Financial plan approved by Board; Financial Recovery Board meets "
                  "fortnightly; vacancy control panel.",
         assurance="Monthly finance report to Finance and Performance Committee; "
                   "external audit value for money review.",
         gaps="G1: £6.1m of the CIP not yet identified. G2: Group corporate services "
              "model not yet agreed.",
         actions=[
             dict(ref="3.1", action="Deliver the 2025/26 Cost Improvement Programme "
                                    "(£22.4m), with schemes tracked monthly through the "
                                    "Financial Recovery Board.",
                  lead="Chief Financial Officer", due="Mar-26", prev="A", cur="A",
                  progress="£9.8m delivered at month 6 against a plan of £10.5m."),
             dict(ref="3.2", action="Complete the Group corporate services business case "
                                    "with Salisbury NHS Foundation Trust and Great Western "
                                    "Hospitals NHS Foundation Trust.",
                  lead="Chief Strategic Officer", due="TBC – subject to Group Board",
                  prev="G", cur="G",
                  progress="Options appraisal presented to the Group Board seminar in "
                           "October."),
             dict(ref="3.3", action="Introduce the vacancy control panel for all "
                                    "non-clinical posts at Band 5 and above.",
                  lead="Chief Financial Officer", due=d(2025, 5, 31), prev="B", cur="B",
                  progress="Complete – panel meeting weekly since May 2025."),
         ]),
]
RAG_FILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def build_f2():
    wb = Workbook()
    ws = wb.active
    ws.title = "BAF Summary"
    ws["A1"] = "Board Assurance Framework 2025/26 – Quarter 2"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Royal United Hospitals Bath NHS Foundation Trust | Board of Directors "
                "(Public) – 5 November 2025")
    ws["A2"].font = Font(italic=True)
    heads = ["Risk ref", "Strategic risk", "Executive owner", "Assuring committee",
             "Inherent score", "Q1 score", "Q2 score", "Target score", "Trend"]
    for i, h in enumerate(heads):
        c = ws.cell(4, 1 + i, h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.border = BOX
    r = 5
    for risk in F2_RISKS:
        trend = "Improving" if risk["q2"] < risk["q1"] else "Static"
        vals = [risk["code"], risk["title"].split(": ", 1)[1], risk["owner"],
                risk["committee"], risk["inherent"], risk["q1"], risk["q2"],
                risk["target"], trend]
        for i, v in enumerate(vals):
            c = ws.cell(r, 1 + i, v)
            c.border = BOX
            c.alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 1, "Notes").font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Risk scores are Consequence x Likelihood on a 5x5 matrix: 15–25 "
                  "extreme; 8–12 high; 4–6 moderate; 1–3 low.")
    r += 1
    ws.cell(r, 1, "Action status key: B = Complete; G = On track; A = Some delay – "
                  "expected to complete within revised timescale; R = Significant delay "
                  "or not deliverable.")
    r += 1
    ws.cell(r, 1, "Each strategic risk is set out on its own tab with its controls, "
                  "assurances, gaps and actions.")
    for col, w in zip("ABCDEFGHI", [9, 40, 26, 30, 14, 9, 9, 14, 11]):
        ws.column_dimensions[col].width = w

    for risk in F2_RISKS:
        s = wb.create_sheet(risk["sheet"])
        s["A1"] = risk["title"]
        s["A1"].font = Font(bold=True, size=13)
        s.merge_cells("A1:G1")
        hdr = [
            ("Strategic objective", risk["objective"]),
            ("Risk description", risk["description"]),
            ("Executive owner", risk["owner"]),
            ("Assuring committee", risk["committee"]),
            ("Risk score", f"Inherent {risk['inherent']} | Current {risk['q2']} | "
                           f"Target {risk['target']} | Appetite: {risk['appetite']}"),
            ("Key controls", risk["controls"]),
            ("Sources of assurance", risk["assurance"]),
            ("Gaps in control / assurance", risk["gaps"]),
        ]
        r = 2
        for k, v in hdr:
            c = s.cell(r, 1, k)
            c.font = Font(bold=True)
            c.fill = FILL["grey"]
            c.border = BOX
            c.alignment = WRAP
            s.cell(r, 2, v).alignment = WRAP
            s.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            r += 1
        r += 1
        c = s.cell(r, 1, "Actions to address gaps")
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for i, h in enumerate(["Ref", "Action", "Action lead", "Due date", "Previous RAG",
                               "Current RAG", "Progress this quarter"]):
            c = s.cell(r, 1 + i, h)
            c.font = Font(bold=True)
            c.fill = FILL["band"]
            c.border = BOX
            c.alignment = WRAP
        r += 1
        for a in risk["actions"]:
            vals = [a["ref"], a["action"], a["lead"], a["due"], a["prev"], a["cur"],
                    a["progress"]]
            for i, v in enumerate(vals):
                c = s.cell(r, 1 + i, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            s.cell(r, 5).fill = FILL[RAG_FILL[a["prev"]]]
            s.cell(r, 6).fill = FILL[RAG_FILL[a["cur"]]]
            r += 1
        for col, w in zip("ABCDEFG", [24, 46, 26, 16, 10, 10, 44]):
            s.column_dimensions[col].width = w
    wb.save(path(F2))


# ---------------------------------------------------------------------------
# 3. Ashgate Hospicecare - Quality Account priorities tracker (xlsx)
# ---------------------------------------------------------------------------
F3 = "zrd-ashgate-hospicecare-quality-account-priorities-tracker-2025-26.xlsx"

F3_PRIORITIES = [
    ("Patient Safety", "Priority 1: Reduce harm from falls on the Inpatient Unit", [
        dict(ref="1.1", action="Introduce a post-falls huddle within 24 hours of every fall "
                               "on the Inpatient Unit, using the Hospice UK post-falls toolkit.",
             lead="Inpatient Unit Ward Manager", when="Jun-25",
             q1="Huddle template agreed and in use from 12 May 2025.",
             q2="All seven falls in Q2 had a huddle recorded.", rag="blue"),
        dict(ref="1.2", action="Record lying and standing blood pressure within 24 hours of "
                               "admission for every patient assessed as at risk of falls.",
             lead="Falls Lead Nurse", when="Sept 2025 – Mar 2026",
             q1="Audit tool developed.",
             q2="Baseline audit 58%; ward champions identified on each shift.", rag="amber"),
        dict(ref="1.3", action="Deliver falls prevention training to all Healthcare "
                               "Assistants, including night staff and bank workers.",
             lead="Helen Marsh and Tom Price", when="Q4 2025/26",
             q1="Session plan agreed with the Education Team.",
             q2="22 of 41 HCAs trained.", rag="green"),
    ]),
    ("Clinical Effectiveness", "Priority 2: Extend the 24/7 virtual ward 'SOS' response "
                               "across North Derbyshire", [
        dict(ref="2.1", action="Recruit two additional Band 6 Clinical Nurse Specialists "
                               "to the community SOS team.",
             lead="Head of Community Services", when=d(2025, 10, 31),
             q1="Posts approved and advertised.",
             q2="One appointed (start date 3 November); second post re-advertised.",
             rag="green"),
        dict(ref="2.2", action="Agree data sharing arrangements with Derbyshire Community "
                               "Health Services NHS Foundation Trust so that SOS contacts "
                               "are visible in the shared care record.",
             lead="Director of Clinical Services / Caldicott Guardian", when="TBC",
             q1="Initial meeting held.",
             q2="Data protection impact assessment not yet agreed by DCHS.", rag="red"),
    ]),
    ("Patient Experience", "Priority 3: Hear from more carers and families from "
                           "under-represented communities", [
        dict(ref="3.1", action="Co-produce a carers' feedback survey with the Patient and "
                               "Family Voice Group and translate it into the five most "
                               "used community languages.",
             lead="Patient Experience Lead", when="Q3 2025/26",
             q1="Voice Group workshop held in June.",
             q2="Draft survey agreed; translation quotes obtained.", rag="green"),
        dict(ref="3.2", action="Hold listening events in Chesterfield and Bolsover with "
                               "local community organisations.",
             lead="Head of Community Engagement", when="Quarterly",
             q1="", q2="First event planned for January 2026.", rag=None),
        dict(ref="3.3", action="Report the themes from carer and family feedback to the "
                               "Board of Trustees in the Quality Account 2025/26.",
             lead="Director of Clinical Services", when="June 2026",
             q1="", q2="", rag=None),
    ]),
]


def build_f3():
    wb = Workbook()
    ws = wb.active
    ws.title = "QA Priorities 2025-26"
    ws["A1"] = "Ashgate Hospicecare – Quality Account Priorities 2025/26: Progress Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Reported to: Clinical Governance Committee | Position at end of "
                "Quarter 2 (30 September 2025)")
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Progress key (cell colour):"
    ws["A3"].font = Font(bold=True)
    for col, (word, colour) in zip("BCDEF", [("Achieved", "blue"), ("On track", "green"),
                                             ("Some slippage", "amber"),
                                             ("Not on track", "red"),
                                             ("Not yet started", None)]):
        c = ws[f"{col}3"]
        c.value = word
        c.border = BOX
        if colour:
            c.fill = FILL[colour]
    heads = ["Ref", "What we will do", "Lead", "Timescale", "Q1 update", "Q2 update", "RAG"]
    for i, h in enumerate(heads):
        c = ws.cell(5, 1 + i, h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for domain, priority, acts in F3_PRIORITIES:
        c = ws.cell(r, 1, domain)
        c.font = Font(bold=True, size=12)
        c.fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        c = ws.cell(r, 1, priority)
        c.font = Font(bold=True)
        c.fill = FILL["band2"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["lead"], a["when"], a["q1"] or None,
                    a["q2"] or None, None]
            for i, v in enumerate(vals):
                c = ws.cell(r, 1 + i, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a["rag"]:
                ws.cell(r, 7).fill = FILL[a["rag"]]
            r += 1
    for col, w in zip("ABCDEFG", [7, 50, 30, 18, 34, 40, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    g = wb.create_sheet("Glossary")
    g["A1"] = "Glossary"
    g["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("HCA", "Healthcare Assistant"),
        ("IPU", "Inpatient Unit, Ashgate Hospice, Old Brampton"),
        ("SOS", "Urgent same-day response to patients on the hospice virtual ward"),
        ("DCHS", "Derbyshire Community Health Services NHS Foundation Trust"),
        ("CNS", "Clinical Nurse Specialist"),
    ], start=2):
        g.cell(i, 1, k).font = Font(bold=True)
        g.cell(i, 2, v)
    g.column_dimensions["B"].width = 60
    wb.save(path(F3))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Paul Sartori Hospice at Home - HIW improvement plan (docx)
# ---------------------------------------------------------------------------
F4 = "zrd-paul-sartori-hospice-at-home-hiw-inspection-improvement-plan.docx"

F4_THEMES = [
    ("Quality of the patient experience", [
        dict(finding="Written information for patients, including the patient guide, "
                     "was available in English only.",
             improvement="The registered person must ensure that written information "
                         "about the service is available in Welsh.",
             standard="Regulation 7; Standard 18 – Communicating effectively",
             actions=[("The Patient Guide and Statement of Purpose will be translated into "
                       "Welsh and made available on the website and in print for all new "
                       "referrals.", "Registered Manager", "31 October 2025")]),
    ]),
    ("Delivery of safe and effective care", [
        dict(finding="Compliance with moving and handling training was 68%.",
             improvement="The registered person must ensure that all staff complete "
                         "mandatory moving and handling training within the required "
                         "timescale.",
             standard="Regulation 20(2)(a)",
             actions=[("All staff with overdue training have been booked onto practical "
                       "moving and handling sessions; compliance will be reported monthly "
                       "to the Clinical Governance Committee.",
                       "Education and Training Lead", "December 2025")]),
        dict(finding="Care records did not consistently show that the patient's preferred "
                     "place of care and death had been reviewed.",
             improvement="The registered person must ensure that advance care planning "
                         "discussions, including preferred place of care and death, are "
                         "reviewed and recorded at each visit.",
             standard="Regulation 23(1)(a); Standard 8",
             actions=[("A mandatory field for reviewing preferred place of care and death "
                       "has been added to the electronic visit template.",
                       "Clinical Lead / Registered Manager", "Immediate"),
                      ("Audit ten sets of records against the advance care planning "
                       "standard and report the results to the Clinical Governance "
                       "Committee.", "Clinical Lead", "Quarterly")]),
    ]),
    ("Quality of management and leadership", [
        dict(finding="The lone working and safeguarding policies were past their review "
                     "dates.",
             improvement="The registered person must ensure that policies are reviewed in "
                         "line with the service's review schedule.",
             standard="Regulation 9",
             actions=[("All out-of-date policies will be reviewed and ratified by the "
                       "Clinical Governance Committee, and a policy tracker has been "
                       "introduced.", "Director of Care", "30/11/2025")]),
        dict(finding="Staff told us they did not always receive feedback after reporting "
                     "an incident.",
             improvement="The registered person should ensure that staff receive feedback "
                         "and learning from the incidents they report.",
             standard="Regulation 19",
             actions=[("Introduce a monthly 'learning from incidents' bulletin and a "
                       "standing item at team meetings.", "Quality and Governance Manager",
                       "January 2026")]),
    ]),
]


def build_f4():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Paul Sartori Hospice at Home")
    r.bold = True
    doc.add_heading("Independent Healthcare Inspection (Announced): Improvement Plan", level=0)
    doc.add_paragraph("Service: Paul Sartori Hospice at Home, Winch Lane, Haverfordwest")
    doc.add_paragraph("Date of inspection: 8 and 9 July 2025")
    doc.add_paragraph("Regulator: Healthcare Inspectorate Wales (HIW)")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    doc.add_paragraph("The table below summarises the concerns identified and escalated "
                      "during our inspection. Due to the impact/potential impact on patient "
                      "care and treatment these concerns needed to be addressed straight "
                      "away, during the inspection.")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Immediate concerns identified",
                           "Impact/potential impact on patient care and treatment",
                           "How HIW escalated the concern",
                           "How the concern was resolved"]):
        set_cell(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "D9D9D9")
    for i, v in enumerate(["Two controlled drug denaturing kits in the nurses' base were "
                           "past their expiry date.",
                           "Controlled drugs returned from patients' homes might not be "
                           "safely denatured.",
                           "Raised with the Registered Manager on the first day of the "
                           "inspection.",
                           "The expired kits were removed and replacements obtained before "
                           "the end of the inspection."]):
        set_cell(t.cell(1, i), v)

    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("Service: Paul Sartori Hospice at Home")
    doc.add_paragraph("No immediate non-compliance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service: Paul Sartori Hospice at Home")
    doc.add_paragraph("Date of inspection: 8 and 9 July 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the "
                      "inspection where we require the service to complete an improvement "
                      "plan telling us about the actions they are taking to address these "
                      "areas.")
    heads = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation",
             "Service action", "Responsible officer", "Timescale"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "D9D9D9")
    for theme, items in F4_THEMES:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, theme, bold=True, size=10)
        shade(m, "DEEAF6")
        for it in items:
            first_idx = None
            for k, (act, officer, when) in enumerate(it["actions"]):
                row = t.add_row()
                idx = len(t.rows) - 1
                if k == 0:
                    first_idx = idx
                    set_cell(row.cells[0], it["finding"])
                    set_cell(row.cells[1], it["improvement"])
                    set_cell(row.cells[2], it["standard"])
                set_cell(row.cells[3], act)
                set_cell(row.cells[4], officer)
                set_cell(row.cells[5], when)
            if len(it["actions"]) > 1:
                last_idx = len(t.rows) - 1
                for col in range(3):
                    top = t.cell(first_idx, col)
                    keep = top.text
                    merged = top.merge(t.cell(last_idx, col))
                    set_cell(merged, keep)
    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the "
                      "service with overall responsibility and accountability for ensuring "
                      "the improvement plan is actioned.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Service representative", ""),
                                ("Name (print):", "Claire Lewis"),
                                ("Job role:", "Director of Care"),
                                ("Date:", "12 September 2025")]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.save(path(F4))


# ---------------------------------------------------------------------------
# 5. Ravenhill Care Home Belfast - RQIA QIP response action plan (docx)
# ---------------------------------------------------------------------------
F5 = "zrd-ravenhill-care-home-belfast-rqia-care-inspection-qip-action-plan.docx"

F5_SECTIONS = [
    ("Section A – Action required to ensure compliance with The Nursing Homes "
     "Regulations (Northern Ireland) 2005", [
        ("Area for improvement 1 (Regulation 13 (4)): The registered person shall ensure "
         "that medicines are administered in accordance with the prescriber's instructions "
         "and that any omitted dose is recorded and reported.", [
            dict(ref="R1.1", action="Complete a full medicines audit on both floors and "
                                    "review all medication administration records (MARs) "
                                    "for omitted doses.",
                 lead="Home Manager", when="With immediate effect",
                 progress="Completed 7 March 2025; three omissions reported to the GP "
                          "and to RQIA.", rag="B"),
            dict(ref="R1.2", action="All registered nurses to complete a medicines "
                                    "competency reassessment with the Clinical Lead.",
                 lead="Clinical Lead", when="30/04/2025",
                 progress="14 of 14 nurses reassessed; records held in staff files.",
                 rag="B"),
        ]),
        ("Area for improvement 2 (Regulation 27 (4) (b)): The registered person shall "
         "ensure that fire doors are not wedged open and that the actions in the fire risk "
         "assessment are completed within the timescales given.", [
            dict(ref="R2.1", action="Fit magnetic hold-open devices linked to the fire alarm "
                                    "on the lounge and dining room doors.",
                 lead="Maintenance Person / Home Manager", when="June 2025",
                 progress="Devices fitted on 19 June 2025 and tested by the fire alarm "
                          "contractor.", rag="B"),
            dict(ref="R2.2", action="Add a fire door walk-round to the nurse in charge's "
                                    "daily shift checklist, checked weekly by the Home "
                                    "Manager.",
                 lead="Nurse in Charge", when="Ongoing",
                 progress="In place from 10 March 2025; no doors found wedged since April.",
                 rag="G"),
        ]),
    ]),
    ("Section B – Action required to ensure compliance with the Care Standards for "
     "Nursing Homes (December 2022)", [
        ("Area for improvement 1 (Standard 4.1): The registered person shall ensure that "
         "care plans for residents with wounds are reviewed and updated after each change "
         "to the wound care regime.", [
            dict(ref="S1.1", action="Tissue viability link nurse to review all wound care "
                                    "plans and introduce a wound assessment chart, with "
                                    "photographs where consent is given.",
                 lead="Tissue Viability Link Nurse", when="31 May 2025",
                 progress="12 of 15 care plans reviewed; remaining three outstanding due "
                          "to staff leave.", rag="A"),
        ]),
        ("Area for improvement 2 (Standard 12): The registered person shall ensure that the "
         "daily menu is displayed in a suitable format and that residents on modified diets "
         "are offered a choice at each meal.", [
            dict(ref="S2.1", action="Introduce pictorial menus in both dining rooms and "
                                    "review them at the residents' meeting.",
                 lead="Catering Manager", when="June 2025",
                 progress="Pictorial menus in use; residents' meeting on 24 June agreed "
                          "larger print.", rag="G"),
            dict(ref="S2.2", action="Display speech and language therapy recommendations in "
                                    "the kitchen and offer a choice at every meal for "
                                    "residents on IDDSI level 4 and 5 diets.",
                 lead="Catering Manager / Clinical Lead", when="31/07/2025",
                 progress="Not yet started – awaiting updated SLT recommendations from the "
                          "Trust.", rag="R"),
        ]),
    ]),
]
DOCX_RAG = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def build_f5():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading("Ravenhill Care Home – RQIA Quality Improvement Plan: Action Plan", level=0)
    doc.add_paragraph("Service type: Nursing Home (NH) – Belfast")
    doc.add_paragraph("Inspection: Unannounced care inspection by RQIA, 4 and 5 March 2025")
    doc.add_paragraph("QIP returned to RQIA: 2 April 2025 | Action plan updated: 30 June 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Updated by", "Summary of changes"]):
        set_cell(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "D9D9D9")
    for row in [("1.0", "02/04/2025", "Home Manager", "QIP response submitted to RQIA"),
                ("1.1", "15/05/2025", "Home Manager", "Progress added"),
                ("1.2", "30/06/2025", "Regional Manager", "Progress and RAG reviewed")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("B – complete and embedded; G – on track; A – delayed, revised date agreed "
              "with Regional Manager; R – overdue or not started.")

    for sec, areas in F5_SECTIONS:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["No.", "Action", "Person responsible", "By when",
                               "Progress / evidence", "RAG"]):
            set_cell(t.cell(0, i), h, bold=True)
            shade(t.cell(0, i), "1F3864")
            t.cell(0, i).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for area, acts in areas:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, area, bold=True)
            shade(m, "FCE4D6")
            for a in acts:
                cells = t.add_row().cells
                for i, v in enumerate([a["ref"], a["action"], a["lead"], a["when"],
                                       a["progress"], a["rag"]]):
                    set_cell(cells[i], v)
                shade(cells[5], DOCX_RAG[a["rag"]])
        doc.add_paragraph("")
    doc.add_paragraph("Signed: Home Manager    Date: 30/06/2025")
    doc.save(path(F5))


# ---------------------------------------------------------------------------
# 6. Heritage Healthcare Wirral - CQC assessment action plan (csv, refuse)
# ---------------------------------------------------------------------------
F6 = ("zrd-heritage-healthcare-wirral-cqc-home-care-assessment-action-plan-"
      "typo-month-refuse.csv")

F6_ROWS = [
    ["1", "Safe and effective staffing", "Regulation 18 Staffing",
     "Call monitoring showed 14% of calls in June 2025 were more than 30 minutes late.",
     "Review rota patterns for the Birkenhead and Wallasey runs and build in travel time "
     "between calls.", "Care Coordinator", "30/09/2025", "Complete"],
    ["2", "Safe and effective staffing", "Regulation 19 Fit and proper persons employed",
     "Two staff files had gaps in employment history with no written explanation.",
     "Audit all 48 staff files and record a written explanation for any gap in "
     "employment.", "Registered Manager", "31/10/2025", "Complete"],
    ["3", "Medicines optimisation", "Regulation 12 Safe care and treatment",
     "eMAR entries for time-critical medicines did not show the actual time given.",
     "Configure the eMAR system to prompt for the actual administration time for "
     "time-critical medicines.", "Registered Manager / Field Care Supervisor", "Nov-25",
     "On track"],
    ["4", "Medicines optimisation", "Regulation 12 Safe care and treatment",
     "Three care workers had no up-to-date medicines competency assessment.",
     "Complete observed medicines competency assessments for all care workers.",
     "Field Care Supervisor", "Decmeber 2025", "On track"],
    ["5", "Assessing needs", "Regulation 9 Person-centred care",
     "Care plans for people living with dementia lacked detail on preferences and "
     "routines.",
     "Rewrite care plans for people living with dementia using the 'This is me' format.",
     "Senior Care Coordinator", "Jan-26", "Not started"],
    ["6", "Governance, management and sustainability", "Regulation 17 Good governance",
     "Audits had not identified the late calls or gaps in staff files.",
     "Introduce a monthly quality audit schedule with results reported to the franchise "
     "owner.", "Franchise Owner", "31/12/2025", "On track"],
    ["7", "Governance, management and sustainability", "Regulation 17 Good governance",
     "Feedback from people using the service had not been sought since 2023.",
     "Send a six-monthly survey to people using the service and their families and "
     "publish a 'you said, we did' summary.", "Registered Manager", "Mar-26",
     "Not started"],
]


def build_f6():
    with open(path(F6), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        n = 8
        w.writerow(["Heritage Healthcare Wirral – CQC Assessment Action Plan"] + [""] * (n - 1))
        w.writerow(["Service type: Homecare agency | Assessment report published 19/08/2025 "
                    "| Overall rating: Requires improvement"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(["Ref", "Quality statement", "Regulation", "Finding", "Action", "Lead",
                    "Target date", "Status"])
        for row in F6_ROWS:
            w.writerow(row)
        w.writerow([""] * n)
        w.writerow(["Status key: Complete / On track / At risk / Not started"] + [""] * (n - 1))
        w.writerow(["Last updated 03/11/2025 by the Registered Manager"] + [""] * (n - 1))


# ---------------------------------------------------------------------------
# 7. Castle Craig Hospital - HIS improvement action plan (txt)
# ---------------------------------------------------------------------------
F7 = "zrd-castle-craig-hospital-his-inspection-improvement-action-plan.txt"

F7_TEXT = """Castle Craig Hospital – Improvement Action Plan
Healthcare Improvement Scotland: unannounced inspection of independent healthcare
Service: Castle Craig Hospital, West Linton
Service provider: Castle Craig Hospital Ltd
Date of inspection: 3 and 4 June 2025
Date action plan returned: 29 August 2025

Please note: requirements are numbered and recommendations are lettered, as in the
inspection report. Progress is reviewed by the Clinical Governance Committee.

Domain 5 – Delivery of safe, effective, compassionate and person-centred care

Requirements

1. The provider must ensure that every patient has a documented physical health assessment, including withdrawal monitoring, completed on admission (regulation 3(d)(i)).
   Action planned: Update the admission checklist so that the CIWA-Ar withdrawal assessment and physical observations are completed and signed by the admitting doctor before the patient is transferred to the ward.
   Timescale: 30 September 2025
   Responsible person: Medical Director

2. The provider must ensure that the controlled drug register is checked and signed by two registered nurses at each shift handover (regulation 3(d)(iii)).
   Action planned: Twice-daily controlled drug checks introduced with immediate effect.
                   Monthly audit of the controlled drug registers by the Lead Pharmacist, reported to the Medicines Management Group.
   Timescale: Immediate
   Responsible person: Director of Nursing / Lead Pharmacist

Recommendations

a. The provider should ensure that the emergency resuscitation equipment checklist is completed every day (recommendation a).
   Action planned: Add the resuscitation trolley check to the night nurse's daily task list and audit completion weekly.
   Timescale: August 2025
   Responsible person: Nurse in Charge

Domain 7 – Workforce management and support

Requirements

3. The provider must ensure that all staff receive an annual appraisal and that appraisal records are kept up to date (regulation 12(c)(i)).
   Action planned: Complete outstanding appraisals for the 11 staff identified and introduce an appraisal tracker reported monthly to the Senior Management Team.
   Timescale: 31/12/2025
   Responsible person: Head of Human Resources

Recommendations

b. The provider should ensure that therapists receive regular clinical supervision and that supervision is recorded (recommendation b).
   Action planned: Monthly group supervision and six-weekly individual supervision for all therapists, recorded on the supervision log.
   Timescale: Ongoing – reviewed quarterly
   Responsible person: Head of Therapy

Domain 9 – Quality improvement-focused leadership

Recommendations

c. The provider should develop a quality improvement plan that sets out its improvement priorities and how progress will be measured (recommendation c).
   Action planned: Develop a quality improvement plan for 2026/27 with measurable aims, approved by the Board of Directors.
   Timescale: Q4 2025/26
   Responsible person: Head of Quality Assurance

-- End of action plan --
Signed on behalf of the provider: Chief Executive
Date: 29/08/2025
"""


def build_f7():
    with open(path(F7), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(F7_TEXT)


def main():
    build_f1()
    build_f2()
    build_f3()
    build_f4()
    build_f5()
    build_f6()
    build_f7()
    for n in (F1, F2, F3, F4, F5, F6, F7):
        print("wrote", n)


if __name__ == "__main__":
    main()
