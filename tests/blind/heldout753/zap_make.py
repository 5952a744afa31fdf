#!/usr/bin/env python3
"""Build the seven zap- blind test files (set heldout753).

Run:  python zap_make.py             -> writes the seven data files
      python zap_make.py --expected  -> also writes NAME.expected.yaml beside each

Bodies and plan kinds (health and care providers across the UK):
  1. Chelsea and Westminster Hospital NHSFT - CQC UEC must do / should do plan (xlsx)
  2. James Paget University Hospitals NHSFT - PSII safety action plan (xlsx)
  3. Northern Lincolnshire and Goole NHSFT - HTA post mortem inspection CAPA plan (xlsx)
  4. Swansea Bay UHB - HIW Gorseinon Hospital improvement plan (docx)
  5. NHS Greater Glasgow and Clyde - HIS Vale of Leven SDoC improvement action plan (docx)
  6. Earl Mountbatten Hospice - quality account priorities tracker (csv, typo month -> refuse)
  7. Home Instead Worthing & Adur - CQC home care inspection action plan (txt)
"""
import csv
import datetime as dt
import os
import sys

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
NAVY = "1F3864"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


CASES = {}

# ---------------------------------------------------------------------------
# 1. Chelsea and Westminster - CQC UEC must do / should do (xlsx, 4 sheets)
# ---------------------------------------------------------------------------
CW_NAME = "zap-chelsea-and-westminster-hospital-nhsft-cqc-uec-must-should-do-action-plan.xlsx"
CW_TITLE = ("West Middlesex University Hospital – CQC Urgent and Emergency Care Inspection: "
            "Must Do / Should Do Action Plan")
CW_SEC_A = "Section A – Must do actions (regulatory breaches)"
CW_SEC_B = "Section B – Should do actions"
CW_MD1 = ("The trust must ensure that patients in the emergency department are triaged within "
          "15 minutes of arrival in line with national guidance.")
CW_MD2 = ("The trust must ensure that staff complete and record risk assessments for patients at "
          "risk of pressure damage, falls and malnutrition in a timely way.")
CW_MD3 = ("The trust must ensure that there are sufficient numbers of suitably qualified "
          "paediatric nurses on duty in the paediatric emergency department at all times.")
CW_MUST = [
    # ref, must-do, regulation, action, lead cell, original, revised, progress, evidence, prev, cur
    ("MD1.1", CW_MD1, "Regulation 12: Safe care and treatment",
     "Introduce a rapid assessment and triage (RAT) nurse on every shift between 10:00 and 22:00, "
     "with escalation to the Nurse in Charge when triage exceeds 15 minutes.",
     "Head of Nursing, Emergency and Integrated Care", d(2025, 6, 30), None,
     "RAT nurse rostered from 2 June 2025; August compliance 86% within 15 minutes.",
     "Roster; monthly triage report", "A", "G"),
    ("MD1.2", CW_MD1, "Regulation 12: Safe care and treatment",
     "Install a live triage-time display in the majors and paediatric waiting areas and report "
     "compliance daily at the 08:30 site meeting.",
     "ED General Manager / Digital Services Project Lead", d(2025, 7, 31), d(2025, 10, 31),
     "Screens delivered; integration with the EPR awaiting testing.",
     "Site meeting notes", "A", "A"),
    ("MD2.1", CW_MD2, "Regulation 12: Safe care and treatment",
     "Add mandatory Waterlow, falls and MUST risk assessments to the ED nursing admission bundle for "
     "all patients with a decision to admit, to be completed within 4 hours.",
     "Matron, Emergency Department", d(2025, 5, 31), None,
     "Bundle live on the EPR from 12 May 2025.", "EPR screenshots; launch brief", "G", "B"),
    ("MD2.2", CW_MD2, "Regulation 12: Safe care and treatment",
     "Carry out a weekly audit of 20 patient records and present results monthly at the Divisional "
     "Quality Board.",
     "Matron, Emergency Department", d(2025, 8, 31), d(2025, 12, 31),
     "Audit running since June; July 71%, August 78% (target 90%).", "Audit results", "G", "A"),
    ("MD3.1", CW_MD3, "Regulation 18: Staffing",
     "Recruit to 4.2 WTE registered children's nurse vacancies and agree a rotational arrangement "
     "with the paediatric ward to cover night shifts until substantive staff are in post.",
     "Divisional Director of Nursing; Head of Paediatric Nursing", d(2025, 9, 30), d(2026, 3, 31),
     "3.0 WTE appointed, start dates November 2025 to January 2026; rotation in place from July.",
     "Recruitment tracker; rota", "R", "A"),
]
CW_SHOULD = [
    # ref, should-do, action, lead, original, revised, progress, prev, cur
    ("SD1", "The trust should ensure that all staff complete level 3 safeguarding children training.",
     "Book all outstanding ED medical and nursing staff onto level 3 safeguarding children training "
     "and report compliance monthly to the Safeguarding Committee.",
     "Named Nurse for Safeguarding Children", d(2025, 7, 31), d(2025, 12, 31),
     "Compliance 84% (target 90%); additional sessions booked for October and November.", "A", "G"),
    ("SD2", "The trust should ensure that the mental health assessment room meets the Psychiatric "
            "Liaison Accreditation Network (PLAN) standards.",
     "Complete the ligature-risk refurbishment of the mental health assessment room, including "
     "two-door access and anti-barricade fittings.",
     "Associate Director of Estates", d(2025, 8, 31), d(2025, 11, 30),
     "Works delayed by contractor availability; start date not yet confirmed.", "A", "R"),
    ("SD3", "The trust should ensure that patients' pain is reassessed and recorded after analgesia "
            "is given.",
     "Introduce a pain reassessment prompt in the electronic observations chart, 60 minutes after "
     "analgesia is administered.",
     "Lead Nurse for Clinical Systems", d(2025, 6, 30), None,
     "Prompt live 23 June 2025.", "G", "B"),
    ("SD4", "The trust should continue to work with system partners to reduce the number of patients "
            "waiting over 12 hours in the department.",
     "Deliver the North West London UEC improvement plan actions for WMUH, including direct referral "
     "pathways to same day emergency care (SDEC) and the frailty unit.",
     "Chief Operating Officer", "Q4 2025/26", None,
     "SDEC direct referral from London Ambulance Service live from August.", "G", "G"),
    ("SD5", "The trust should ensure that equipment checks on resuscitation trolleys are completed "
            "and recorded daily.",
     "Move resuscitation trolley checks to the electronic checklist app with daily exception reports "
     "to the Matron.",
     "Resuscitation Services Manager / ED Matron", d(2025, 10, 31), None,
     "App configured; go-live planned for 13 October.", "G", "G"),
]
RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
RAG_WORD = {"R": "red", "A": "amber", "G": "green", "B": "blue"}


def ym(v):
    return None if v is None else v.strftime("%Y-%m")


def cw_actions():
    out = []
    for ref, md, reg, action, lead, orig, rev, prog, ev, prev, cur in CW_MUST:
        end = rev or orig
        out.append(act(ref, [CW_SEC_A, md], action, split_lead(lead), ym(end), RAG_WORD[cur]))
    for ref, sd, action, lead, orig, rev, prog, prev, cur in CW_SHOULD:
        if isinstance(orig, str):
            end = "2026-03"  # Q4 2025/26
        else:
            end = ym(rev or orig)
        out.append(act(ref, [CW_SEC_B, sd], action, split_lead(lead), end, RAG_WORD[cur]))
    return out


def split_lead(cell):
    for sep in (" / ", "; "):
        if sep in cell:
            return [p.strip() for p in cell.split(sep)]
    return [cell.strip()]


def build_cw(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = CW_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Chelsea and Westminster Hospital NHS Foundation Trust"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Position as at 30 September 2025 (Month 6) – reported to Quality Committee, "
                "21 October 2025")
    ws["A4"] = "Inspection: 11 and 12 March 2025 | CQC report published: 18 June 2025"
    hdr = ["Section", "Actions", "Blue", "Green", "Amber", "Red"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
    must = [r[-1] for r in CW_MUST]
    should = [r[-1] for r in CW_SHOULD]
    rows = [("Must do", must), ("Should do", should), ("Total", must + should)]
    for r, (label, rags) in enumerate(rows, 7):
        vals = [label, len(rags)] + [rags.count(k) for k in "BGAR"]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            if label == "Total":
                c.font = Font(bold=True)
    for i, k in enumerate("BGAR", 3):
        ws.cell(row=6, column=i).fill = fill(RAG_FILL[k])
    ws["A11"] = ("Overall position: 2 of 10 actions complete and evidenced. One should do action "
                 "(SD2, mental health assessment room) is off track and has been escalated to the "
                 "Executive Management Board.")
    ws.merge_cells("A11:F12")
    ws["A11"].alignment = WRAP
    ws.column_dimensions["A"].width = 22
    for col in "BCDEF":
        ws.column_dimensions[col].width = 10

    # --- Must do sheet
    ws = wb.create_sheet("Must do")
    ws["A1"] = CW_SEC_A
    ws["A1"].font = Font(bold=True, size=12, color="FFFFFF")
    ws["A1"].fill = fill(NAVY)
    ws.merge_cells("A1:K1")
    ws["A2"] = ("Regulations: Health and Social Care Act 2008 (Regulated Activities) Regulations "
                "2014. Revised dates agreed at the CQC Oversight Group.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:K2")
    heads = ["Ref", "Must do (CQC report wording)", "Regulation", "Action", "Accountable lead(s)",
             "Original completion date", "Revised completion date", "Progress update (September 2025)",
             "Evidence", "Previous RAG", "Current RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5496")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    groups = {}
    for row in CW_MUST:
        ref, md, reg, action, lead, orig, rev, prog, ev, prev, cur = row
        vals = [ref, md, reg, action, lead, orig, rev, prog, ev, prev, cur]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if i in (6, 7) and v is not None:
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=10).fill = fill(RAG_FILL[prev])
        ws.cell(row=r, column=11).fill = fill(RAG_FILL[cur])
        groups.setdefault(md, []).append(r)
        r += 1
    for md, rs in groups.items():
        if len(rs) > 1:
            ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
            ws.merge_cells(start_row=rs[0], start_column=3, end_row=rs[-1], end_column=3)
    widths = [8, 40, 18, 48, 26, 13, 13, 40, 20, 10, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    # --- Should do sheet
    ws = wb.create_sheet("Should do")
    ws["A1"] = CW_SEC_B
    ws["A1"].font = Font(bold=True, size=12, color="FFFFFF")
    ws["A1"].fill = fill(NAVY)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Should do actions are not linked to a breach of regulation."
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Should do (CQC report wording)", "Action", "Accountable lead(s)",
             "Original completion date", "Revised completion date", "Progress update (September 2025)",
             "Previous RAG", "Current RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5496")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for row in CW_SHOULD:
        ref, sd, action, lead, orig, rev, prog, prev, cur = row
        vals = [ref, sd, action, lead, orig, rev, prog, prev, cur]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if i in (5, 6) and isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=8).fill = fill(RAG_FILL[prev])
        ws.cell(row=r, column=9).fill = fill(RAG_FILL[cur])
        r += 1
    widths = [8, 44, 48, 26, 13, 13, 40, 10, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    # --- Key sheet
    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidence of impact provided"),
           ("G", "On track to deliver by the completion date"),
           ("A", "At risk – delivery date may be missed; mitigation in place"),
           ("R", "Off track – completion date missed or no agreed plan")]
    for i, (k, txt) in enumerate(key, 2):
        ws.cell(row=i, column=1, value=k).fill = fill(RAG_FILL[k])
        ws.cell(row=i, column=2, value=txt)
    ws.column_dimensions["B"].width = 70
    wb.save(path)


CASES[CW_NAME] = {
    "build": build_cw,
    "source": (
        "Imitates the CQC must do / should do action plans that NHS acute trusts take to their "
        "quality committees after a core service inspection (e.g. Chelsea and Westminster Hospital "
        "NHSFT board papers; East of England Ambulance Service 'CQC Quality Improvement Plan "
        "Progress Report' board papers, eastamb.nhs.uk, 2024-25; Sheffield Health and Social Care "
        "CQC action plan progress pages). Copied features: a summary sheet with title block and a "
        "Blue/Green/Amber/Red totals table, separate Must do and Should do sheets each with a "
        "section band, the CQC wording merged down over its actions, regulation column, original "
        "and revised completion dates, progress update, previous and current RAG as letters with "
        "fill, several leads in one cell, and a separate RAG key sheet."),
    "reads": (
        "A four-sheet workbook: a summary of RAG totals, then ten actions answering three must do "
        "statements (Section A, must do wording merged over its actions) and five should do "
        "statements (Section B, one action each). Each action has a lead, an original and "
        "sometimes a revised completion date, and a previous and current RAG; the current RAG and "
        "revised date are the ones read."),
    "outcome": "read",
    "accept_refusal": False,
    "title": CW_TITLE,
    "actions": cw_actions,
}

# ---------------------------------------------------------------------------
# 2. James Paget - PSII safety action plan (xlsx, fill-only RAG, key redefines green)
# ---------------------------------------------------------------------------
JP_NAME = "zap-james-paget-university-hospitals-nhsft-psii-misplaced-ng-tube-safety-action-plan.xlsx"
JP_TITLE = "Patient Safety Incident Investigation (PSII): Safety Action Plan"
JP_AFI1 = ("AFI 1: Staff did not consistently follow the Trust's NG tube placement confirmation "
           "policy when the pH of the aspirate was above 5.5.")
JP_AFI2 = ("AFI 2: The X-ray request did not state that the image was to confirm NG tube position, "
           "and the image was reviewed by a doctor who had not completed NG tube X-ray "
           "interpretation training.")
JP_AFI3 = "AFI 3: Learning from previous NG tube incidents had not been shared beyond the ward where they occurred."
# status colours as drawn; key says Green = Complete, Amber = In progress, Red = Overdue
JP_ROWS = [
    (JP_AFI1, "SA1.1",
     "Relaunch the adult NG tube policy with a one-page placement confirmation flowchart displayed "
     "at every feeding station on the wards that place NG tubes.",
     "Lead Nutrition Nurse Specialist", "Flowchart in place in 100% of audited areas",
     "Nutrition Steering Group", d(2025, 1, 31), GREEN, "blue", "2025-01"),
    (JP_AFI1, "SA1.2",
     "Make NG tube placement competency assessment mandatory for all registered nurses on medical "
     "and stroke wards, with completion tracked on the Trust learning management system.",
     "Head of Clinical Education / Lead Nutrition Nurse Specialist", "At least 90% of eligible "
     "nurses assessed as competent", "Nursing and Midwifery Board", "Q3 2025/26", AMBER, "amber",
     "2025-12"),
    (JP_AFI1, "SA1.3",
     "Replace paper NG tube placement records with a mandatory electronic placement checklist in the "
     "electronic patient record (EPR) that prevents a feed being prescribed until placement is "
     "confirmed.",
     "Chief Nursing Information Officer", "No feed prescribed without a completed checklist "
     "(monthly EPR report)", "Digital Clinical Safety Group", "July 2025", RED, "red", "2025-07"),
    (JP_AFI2, "SA2.1",
     "Introduce a dedicated 'NG tube position' X-ray request type in the ordering system that "
     "prompts the requester to record the reason for the request and the tube type.",
     "Radiology Service Manager", "All NG tube X-rays requested via the new request type",
     "Imaging Governance Group", d(2025, 3, 31), GREEN, "blue", "2025-03"),
    (JP_AFI2, "SA2.2",
     "Restrict documentation of NG tube position from X-ray to doctors who have completed the "
     "e-learning module and are listed on the Trust's authorised register.",
     "Deputy Medical Director", "Register published; quarterly audit of who documented position",
     "Medical Workforce and Education Committee", d(2025, 10, 31), AMBER, "amber", "2025-10"),
    (JP_AFI2, "SA2.3",
     "Review the radiology reporting template so that NG tube position is reported with a standard "
     "form of words.",
     "Clinical Director for Radiology", "Template agreed and in use",
     "Imaging Governance Group", d(2025, 12, 31), None, "unrated", "2025-12"),
    (JP_AFI3, "SA3.1",
     "Share the learning from this PSII through a Safety Huddle Brief, the Learning from Patient "
     "Safety Events bulletin and the resident doctors' induction programme.",
     "Patient Safety Specialist", "Learning shared through all three routes",
     "Patient Safety Incident Response Group", d(2025, 2, 28), GREEN, "blue", "2025-02"),
    (JP_AFI3, "SA3.2",
     "Undertake an audit of NG tube placement documentation on all adult inpatient wards and report "
     "the results to the Patient Safety and Quality Committee.",
     "Lead Nutrition Nurse Specialist", "Documentation compliance of 95% or above",
     "Patient Safety and Quality Committee", "Six-monthly", AMBER, "amber", None),
]


def jp_actions():
    out = []
    for afi, ref, action, lead, meas, mon, tgt, colour, status, end in JP_ROWS:
        a = act(ref, [afi], action, split_lead(lead), end, status,
                end_text=("Six-monthly" if tgt == "Six-monthly" else None))
        out.append(a)
    return out


def build_jp(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Safety action plan"
    block = [
        ("James Paget University Hospitals NHS Foundation Trust", Font(bold=True, size=12, color=NAVY)),
        (JP_TITLE, Font(bold=True, size=14)),
        ("Incident: Enteral feed given via a misplaced nasogastric (NG) tube (Never Event)", Font(bold=True)),
        ("Datix ref: 118734 | LFPSE ref: 2024-0915447 | Date of incident: 14/08/2024", Font()),
        ("PSII report approved: Patient Safety Incident Response Group, 05/12/2024 | "
         "Executive lead: Chief Nurse", Font()),
        ("Plan updated: 17/09/2025", Font(italic=True)),
    ]
    for i, (txt, font) in enumerate(block, 1):
        ws.cell(row=i, column=1, value=txt).font = font
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=8)
    heads = ["Area for improvement", "Safety action ID", "Safety action", "Action owner",
             "Measure of effectiveness", "Monitoring (group)", "Target date", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=8, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    r = 9
    spans = {}
    for afi, ref, action, lead, meas, mon, tgt, colour, status, end in JP_ROWS:
        vals = [afi, ref, action, lead, meas, mon, tgt, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if colour:
            ws.cell(row=r, column=8).fill = fill(colour)
        spans.setdefault(afi, []).append(r)
        r += 1
    for afi, rs in spans.items():
        ws.merge_cells(start_row=rs[0], start_column=1, end_row=rs[-1], end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for colour, txt in [(GREEN, "Complete"), (AMBER, "In progress"), (RED, "Overdue"),
                        (None, "No colour – not yet started")]:
        r += 1
        c = ws.cell(row=r, column=1)
        if colour:
            c.fill = fill(colour)
        c.border = BOX
        ws.cell(row=r, column=2, value=txt)
    for col, w in zip("ABCDEFGH", [38, 10, 50, 28, 32, 26, 13, 8]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Version control")
    rows = [("Version", "Date", "Author", "Comments"),
            ("0.1", "18/11/2024", "PSII lead investigator", "Draft actions from safety action workshop"),
            ("1.0", "05/12/2024", "Patient Safety Specialist", "Approved with PSII report"),
            ("1.3", "17/09/2025", "Patient Safety Team", "Quarterly update for Patient Safety and Quality Committee")]
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 1:
                c.font = Font(bold=True)
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["D"].width = 55
    wb.save(path)


CASES[JP_NAME] = {
    "build": build_jp,
    "source": (
        "Imitates a PSIRF patient safety incident investigation (PSII) safety action plan as NHS "
        "trusts attach to PSII reports and patient safety committee papers (NHS England PSII report "
        "template: areas for improvement, safety actions, owner, measure, monitoring, timescale; "
        "James Paget University Hospitals NHSFT board and committee papers). Copied features: a "
        "six-line title block with Datix/LFPSE references and approval line, the area for "
        "improvement merged down over its safety actions, safety action IDs, measure and "
        "monitoring columns, mixed target dates (date, quarter, month, 'Six-monthly'), a RAG column "
        "shown only by fill colour with a key below the table in which Green means Complete (no "
        "blue), and a version-control sheet."),
    "reads": (
        "One plan sheet: three areas for improvement from a never-event PSII, each merged over two "
        "or three safety actions (eight in all) with owner, measure, monitoring group, target date "
        "and a colour-only RAG cell. The key under the table says Green = Complete, Amber = In "
        "progress, Red = Overdue, no colour = not yet started, so green cells are read as complete."),
    "outcome": "read",
    "accept_refusal": False,
    "title": JP_TITLE,
    "actions": jp_actions,
}

# ---------------------------------------------------------------------------
# 3. NLAG - HTA post mortem inspection CAPA plan (xlsx, cover + section rows + merged shortfalls)
# ---------------------------------------------------------------------------
NL_NAME = "zap-northern-lincolnshire-and-goole-nhsft-hta-post-mortem-inspection-capa-plan.xlsx"
NL_TITLE = "Human Tissue Authority (HTA) Inspection – Corrective and Preventive Action (CAPA) Plan"
NL_GQ = "Governance and quality systems (GQ)"
NL_T = "Traceability (T)"
NL_PFE = "Premises, facilities and equipment (PFE)"
NL_S1 = ("Standard operating procedures for the release of bodies and for viewings did not reflect "
         "current practice at the Scunthorpe satellite site.")
NL_S2 = ("The audit schedule did not include audits of body traceability records or of tissue "
         "retained at post mortem examination.")
NL_S3 = ("Risk assessments did not cover the risk of releasing the wrong body or the risk of "
         "accidental damage to bodies.")
NL_S4 = ("Three identifiers were not consistently used when bodies were booked in from the "
         "community; two bodies were identified by name and date of birth only.")
NL_S5 = ("Fridge and freezer temperatures at Scunthorpe were not monitored remotely out of hours, "
         "and alarms were not tested.")
NL_S6 = ("The floor of the post mortem room at Grimsby was damaged, which prevents effective "
         "cleaning and decontamination.")
NL_ROWS = [
    # section, std, shortfall, level, ref, action, owner, target, revised, evidence, status
    (NL_GQ, "GQ1(a)", NL_S1, "Minor", "1.1",
     "Review and update SOP MORT-012 (Release of bodies) and SOP MORT-015 (Viewings) so that they "
     "reflect practice at both sites, and ratify them through the Pathology Quality Group.",
     "Mortuary and Bereavement Services Manager", d(2024, 12, 31), None, "Ratified SOPs (v5)", "Complete"),
    (NL_GQ, "GQ1(a)", NL_S1, "Minor", "1.2",
     "Add a site-specific practice check to the annual SOP review schedule, led by the senior APT "
     "at each site.",
     "Senior APT (Grimsby) / Senior APT (Scunthorpe)", d(2025, 1, 31), None,
     "Revised review schedule", "Complete"),
    (NL_GQ, "GQ2(a)", NL_S2, "Minor", "2.1",
     "Extend the mortuary audit schedule to include quarterly horizontal audits of body "
     "identification records and an annual audit of PM tissue retained, with findings reported to "
     "the Pathology Quality Group.",
     "Mortuary and Bereavement Services Manager", d(2025, 3, 31), None,
     "Audit schedule 2025/26; Q1 audit report", "Complete"),
    (NL_GQ, "GQ6(a)", NL_S3, "Minor", "3.1",
     "Complete documented risk assessments for release of the wrong body, accidental damage to "
     "bodies and loss of fridge capacity, and add the residual risks to the Pathology risk register.",
     "Designated Individual", d(2025, 2, 28), d(2025, 4, 30), "Risk assessments RA-M-07 to RA-M-09",
     "Complete"),
    (NL_T, "T1(c)", NL_S4, "Major", "4.1",
     "Introduce a mandatory three-identifier check (full name, date of birth and NHS number or "
     "coroner's reference) at booking-in, with a second APT signature in the mortuary register.",
     "Senior APT (Grimsby)", d(2024, 11, 30), None, "Register audit November 2024 to January 2025",
     "Complete"),
    (NL_T, "T1(c)", NL_S4, "Major", "4.2",
     "Agree a revised body transfer form with the coroner's contracted funeral directors so that "
     "the third identifier is supplied on arrival.",
     "Mortuary and Bereavement Services Manager", d(2025, 1, 31), d(2025, 7, 31),
     "Draft form shared with HM Coroner's office", "On track"),
    (NL_PFE, "PFE2(c)", NL_S5, "Major", "5.1",
     "Connect all Scunthorpe body store units to the Trust's remote temperature monitoring system, "
     "with escalation to the switchboard out of hours.",
     "Head of Estates (Operations)", d(2025, 1, 31), d(2025, 9, 30),
     "Interim twice-daily manual checks in place", "At risk"),
    (NL_PFE, "PFE2(c)", NL_S5, "Major", "5.2",
     "Introduce monthly documented alarm tests for every fridge and freezer unit at both sites.",
     "Senior APT (Scunthorpe)", d(2024, 12, 31), None, "Alarm test log", "Complete"),
    (NL_PFE, "PFE1(d)", NL_S6, "Minor", "6.1",
     "Replace the post mortem room floor covering at Grimsby as part of the 2025/26 capital "
     "programme, with an interim weekly deep clean and cleaning audit.",
     "Capital Projects Manager / Mortuary and Bereavement Services Manager", "Q3 2025/26", None,
     "Capital bid approved April 2025", "On track"),
]
NL_STATUS = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}


def nl_actions():
    out = []
    for sec, std, sf, lvl, ref, action, owner, tgt, rev, ev, st in NL_ROWS:
        if isinstance(tgt, str):
            end = "2025-12"  # Q3 2025/26
        else:
            end = ym(rev or tgt)
        out.append(act(ref, [sec, sf], action, split_lead(owner), end, NL_STATUS[st]))
    return out


def build_nl(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Northern Lincolnshire and Goole NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws["A2"] = NL_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Post mortem sector licence – Diana, Princess of Wales Hospital, Grimsby (hub) and "
                "Scunthorpe General Hospital (satellite)")
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    dc = [("Designated Individual", "Mortuary and Bereavement Services Manager"),
          ("Corporate Licence Holder", "Northern Lincolnshire and Goole NHS Foundation Trust"),
          ("Date of inspection", "10 and 11 September 2024"),
          ("Final inspection report received", "22 October 2024"),
          ("CAPA plan submitted to HTA", "19 November 2024"),
          ("Version", "4.0 – update for Quality and Safety Committee, 24 June 2025"),
          ("Approved by", "Chief Medical Officer")]
    for i, (k, v) in enumerate(dc, 6):
        a = ws.cell(row=i, column=1, value=k)
        a.font = Font(bold=True)
        a.fill = fill("DEEAF6")
        a.border = BOX
        b = ws.cell(row=i, column=2, value=v)
        b.border = BOX
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 70

    ws = wb.create_sheet("CAPA plan")
    ws["A1"] = "CAPA plan – HTA site visit inspection, 10 and 11 September 2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Note: the HTA requires evidence of completion for each shortfall. Major shortfalls "
                "to be addressed by 31 January 2025; minor shortfalls by 31 March 2025 unless a "
                "revised date has been agreed with the HTA Regulation Manager.")
    ws["A2"].alignment = WRAP
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:J2")
    ws.row_dimensions[2].height = 30
    heads = ["Ref", "Standard", "Shortfall identified (HTA report)", "Level", "Corrective / preventive action",
             "Action owner", "Target date", "Revised target date", "Evidence", "Status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    cur_sec = None
    spans = {}
    for sec, std, sf, lvl, ref, action, owner, tgt, rev, ev, st in NL_ROWS:
        if sec != cur_sec:
            c = ws.cell(row=r, column=1, value=sec)
            c.font = Font(bold=True)
            for col in range(1, 11):
                ws.cell(row=r, column=col).fill = fill("BDD7EE")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            cur_sec = sec
            r += 1
        vals = [ref, std, sf, lvl, action, owner, tgt, rev, ev, st]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd-mmm-yy"
        spans.setdefault(sf, []).append(r)
        r += 1
    for sf, rs in spans.items():
        if len(rs) > 1:
            for col in (2, 3, 4):
                ws.merge_cells(start_row=rs[0], start_column=col, end_row=rs[-1], end_column=col)
    r += 1
    statuses = [row[-1] for row in NL_ROWS]
    ws.cell(row=r, column=1, value=(
        "Summary: 6 shortfalls (2 major, 4 minor); %d actions – %d complete, %d on track, %d at risk."
        % (len(statuses), statuses.count("Complete"), statuses.count("On track"),
           statuses.count("At risk")))).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    r += 1
    ws.cell(row=r, column=1, value=(
        "Status key: Complete – evidence held and submitted to HTA; On track; At risk – target date "
        "likely to be missed; Overdue."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    for col, w in zip("ABCDEFGHIJ", [6, 9, 40, 8, 50, 30, 11, 11, 26, 11]):
        ws.column_dimensions[col].width = w
    wb.save(path)


CASES[NL_NAME] = {
    "build": build_nl,
    "source": (
        "Imitates the corrective and preventive action (CAPA) plan an NHS trust mortuary returns to "
        "the Human Tissue Authority after a post mortem sector site visit inspection (HTA 'Site "
        "visit inspection report on compliance with HTA licensing standards', e.g. Royal Preston "
        "Hospital 2017, St Pancras Public Mortuary 2019: shortfalls listed by standard under "
        "Governance and quality systems, Traceability and Premises, facilities and equipment, each "
        "graded major or minor, with a CAPA plan required from the Designated Individual). Copied "
        "features: cover sheet with document-control table, note line, section band rows per group "
        "of standards, standard / shortfall / level merged down over several actions, target and "
        "revised target dates, evidence column, status words and a summary and status-key line "
        "under the table."),
    "reads": (
        "A cover sheet and one CAPA sheet: six HTA shortfalls grouped under three standard groups, "
        "with nine numbered corrective actions (1.1 to 6.1), each with an owner, a target date "
        "(revised where agreed), evidence and a status word (Complete, On track, At risk). The "
        "summary and status key below the table are not actions."),
    "outcome": "read",
    "accept_refusal": False,
    "title": NL_TITLE,
    "actions": nl_actions,
}


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


def set_cell(cell, text, bold=False, white=False, size=None):
    """Put text in a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Swansea Bay UHB - HIW Gorseinon Hospital improvement plan (docx, one table per theme)
# ---------------------------------------------------------------------------
SB_NAME = "zap-swansea-bay-uhb-hiw-gorseinon-hospital-inspection-improvement-plan.docx"
SB_TITLE = "Healthcare Inspectorate Wales Unannounced Inspection – Gorseinon Hospital: Improvement Plan"
SB_SECTIONS = [
    ("Immediate assurance issues",
     "The issue below was escalated to the health board during the inspection. An immediate "
     "improvement plan was returned to HIW within two working days.",
     [("The health board must ensure that emergency resuscitation equipment is checked daily and "
       "that all items are in date.",
       "Health and Care Quality Standards 2023 – Safe",
       "1. Full check of the resuscitation trolley completed on 4 June 2025 and out-of-date items replaced.\n"
       "2. Daily check added to the ward safety huddle checklist and reviewed weekly by the Senior Nurse.",
       "Ward Manager, Ward 1", "Immediate and ongoing", None, "Immediate and ongoing")]),
    ("Quality of patient experience", None,
     [("The health board must ensure that patients are offered assistance with hand hygiene before "
       "meals.",
       "Health and Care Quality Standards 2023 – Person-centred",
       "Hand hygiene wipes to be offered to all patients before each meal and recorded on the "
       "mealtime co-ordinator checklist.",
       "Ward Manager, Ward 1", "July 2025", "2025-07", None),
      ("The health board should ensure that bilingual (Welsh and English) information is available "
       "to patients and visitors on the ward.",
       "Welsh Language Standards; Health and Care Quality Standards 2023 – Equitable",
       "Replace ward notice boards and patient information leaflets with bilingual versions, and "
       "identify Welsh-speaking staff with the 'Iaith Gwaith' badge.",
       "Senior Nurse, Gorseinon Hospital / Welsh Language Officer", "31 October 2025", "2025-10", None)]),
    ("Delivery of safe and effective care", None,
     [("The health board must ensure that falls risk assessments are reviewed following any change "
       "in a patient's condition.",
       "Health and Care Quality Standards 2023 – Safe",
       "Falls risk reassessment prompt to be added to the Welsh Nursing Care Record (WNCR) handover, "
       "with a monthly documentation audit of 10 records.",
       "Ward Manager, Ward 1", "End of August 2025", "2025-08", None),
      ("The health board must ensure that medication fridge temperatures are recorded daily and that "
       "action is taken when temperatures are out of range.",
       "Health and Care Quality Standards 2023 – Safe; Medicines Management Policy",
       "Daily fridge temperature checks added to the nurse in charge duties, with an escalation "
       "flowchart displayed on the fridge; pharmacy technician to audit records monthly.",
       "Ward Manager, Ward 1 / Lead Pharmacist, Primary and Community Services", "30/09/2025",
       "2025-09", None),
      ("The health board must ensure that Deprivation of Liberty Safeguards (DoLS) authorisations "
       "are applied for and recorded for all patients who lack capacity to consent to their "
       "admission.",
       "Mental Capacity Act 2005; Health and Care Quality Standards 2023 – Safe",
       "Deliver MCA and DoLS training sessions to all registered staff on Ward 1 and introduce a "
       "DoLS tracker reviewed at the weekly multidisciplinary team meeting.",
       "Head of Nursing, Primary, Community and Therapies Group", "December 2025", "2025-12", None)]),
    ("Quality of management and leadership", None,
     [("The health board must ensure that staff compliance with mandatory training improves, in "
       "particular for fire safety and Basic Life Support.",
       "Health and Care Quality Standards 2023 – Workforce",
       "Protected time to be rostered for each member of staff to complete outstanding modules, with "
       "compliance reported monthly to the Group Nursing Board.",
       "Senior Nurse, Gorseinon Hospital", "Q3 2025/26", "2025-12", None),
      ("The health board should ensure that the results of staff surveys and incident reviews are "
       "shared with ward staff.",
       "Health and Care Quality Standards 2023 – Leadership",
       "Introduce a monthly 'Learning on Ward 1' bulletin and a standing item at the ward team "
       "meeting.",
       "Ward Manager, Ward 1", "Ongoing – monthly", None, "Ongoing – monthly")]),
]


def sb_actions():
    out = []
    for head, _intro, rows in SB_SECTIONS:
        for need, std, action, officer, ts, end, end_text in rows:
            if " / " in officer:
                lead = [p.strip() for p in officer.split(" / ")]
            else:
                lead = [officer]
            out.append(act(None, [head, need], action, lead, end, "unrated", end_text=end_text))
    return out


def build_sb(path):
    doc = docx.Document()
    p = doc.add_paragraph()
    r = p.add_run("Swansea Bay University Health Board")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph(SB_TITLE, style="Title")
    doc.add_paragraph("Ward: Ward 1 (older adult rehabilitation) | Date of inspection: 3 and 4 June "
                      "2025 | HIW report published: 11 September 2025")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Comment"),
                             ("1.0", "02/07/2025", "Head of Nursing", "Submitted to HIW with draft report"),
                             ("1.1", "30/09/2025", "Quality and Safety Team",
                              "Progress check for Primary, Community and Therapies Group QSE meeting")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    heads = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer",
             "Timescale"]
    for head, intro, rows in SB_SECTIONS:
        doc.add_paragraph(head, style="Heading 1")
        if intro:
            doc.add_paragraph(intro)
        t = doc.add_table(rows=1 + len(rows), cols=5)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.cell(0, j), h, bold=True, white=True)
            shade(t.cell(0, j), "1F3864")
        for i, (need, std, action, officer, ts, _e, _et) in enumerate(rows, 1):
            for j, v in enumerate([need, std, action, officer, ts]):
                set_cell(t.cell(i, j), v)
    doc.add_paragraph("Service representative", style="Heading 2")
    doc.add_paragraph("The following section must be completed by a representative of the service "
                      "who has overall responsibility and accountability for ensuring the improvement "
                      "plan is actioned.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Rhian Morgan"),
                                ("Job role:", "Head of Nursing, Primary, Community and Therapies Group"),
                                ("Date:", "02/07/2025")]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.save(path)


CASES[SB_NAME] = {
    "build": build_sb,
    "source": (
        "Imitates the improvement plan a Welsh health board returns to Healthcare Inspectorate "
        "Wales after an unannounced hospital inspection (HIW report appendices 'Immediate "
        "improvement plan' and 'Improvement plan', e.g. Wrexham Maelor Hospital ED follow-up "
        "inspection 2019, Cardiff and Vale UHB ward B6 2015; hiw.org.uk). Copied features: health "
        "board name and title, ward/inspection date line, document control table, the HIW column "
        "set (Improvement needed, Standard / Regulation, Service action, Responsible officer, "
        "Timescale), one table per HIW theme heading (Quality of patient experience; Delivery of "
        "safe and effective care; Quality of management and leadership) after an immediate "
        "assurance table, multi-paragraph service action, job titles as responsible officers, no "
        "RAG column, and the closing 'Service representative' sign-off table."),
    "reads": (
        "A Word improvement plan with four headed sections, each with its own table: one immediate "
        "assurance row and seven further rows, each pairing HIW's 'improvement needed' with the "
        "health board's service action, responsible officer(s) and timescale. There are no refs "
        "and no RAG, so every action is unrated; the document control and service representative "
        "tables are not actions."),
    "outcome": "read",
    "accept_refusal": False,
    "title": SB_TITLE,
    "actions": sb_actions,
}

# ---------------------------------------------------------------------------
# 5. NHS GGC - HIS Vale of Leven SDoC improvement action plan (docx, one table per domain)
# ---------------------------------------------------------------------------
GG_NAME = ("zap-nhs-greater-glasgow-and-clyde-his-vale-of-leven-hospital-safe-delivery-of-care-"
           "improvement-action-plan.docx")
GG_TITLE = "Vale of Leven Hospital – Safe Delivery of Care Inspection: Improvement Action Plan"
GG_STATUS = {"Complete": ("blue", "0070C0"), "On track": ("green", "00B050"),
             "Some slippage": ("amber", "FFC000"), "Not on track": ("red", "FF0000")}
GG_DOMAINS = [
    ("Domain 1 – Clear vision and purpose", [
        ("Requirement 1: NHS Greater Glasgow and Clyde must ensure that the real-time staffing tool is "
         "used to record staffing decisions and escalate risk, as required by the Health and Care "
         "(Staffing) (Scotland) Act 2019.", [
            ("1.1", "Roll out the real-time staffing tool to the remaining two wards (Wards 3 and 6) "
                    "and the Medical Assessment Unit.",
             "30 April 2025", "Lead Nurse, Vale of Leven Hospital",
             "Live in all inpatient areas from 22 April 2025.", "Complete", "2025-04", None),
            ("1.2", "Record staffing decisions and mitigations at the twice-daily site safety huddle "
                    "and escalate unresolved risk to the Chief Nurse (Clyde Sector).",
             "Immediate and ongoing", "Site Duty Manager / Senior Charge Nurses",
             "Huddle template updated; compliance audited monthly.", "On track", None,
             "Immediate and ongoing"),
        ]),
    ]),
    ("Domain 4.1 – Pathways, procedures and policies", [
        ("Requirement 2: NHS Greater Glasgow and Clyde must ensure that all patient equipment is "
         "clean and ready for use.", [
            ("2.1", "Introduce 'I am clean' indicator tape for all shared patient equipment on every "
                    "ward, and include equipment cleanliness in the weekly Senior Charge Nurse "
                    "walk-round.",
             "March 2025", "Senior Charge Nurses", "In place on all wards; May 2025 audit 96%.",
             "Complete", "2025-03", None),
            ("2.2", "Review the domestic and nursing cleaning responsibilities with Facilities and "
                    "agree a single cleaning schedule for each ward.",
             "June 2025", "Lead Nurse, Vale of Leven Hospital / Facilities Manager (Clyde)",
             "Schedule agreed for 4 of 6 wards; remaining wards to sign off by October 2025.",
             "Some slippage", "2025-06", None),
        ]),
        ("Requirement 3: NHS Greater Glasgow and Clyde must ensure that sharps boxes are assembled, "
         "labelled and stored in line with national guidance.", [
            ("3.1", "Deliver sharps safety teaching at ward safety briefs and add sharps box checks "
                    "to the monthly infection prevention and control audit.",
             "April – September 2025", "Infection Prevention and Control Nurse",
             "Teaching delivered on all wards; audit compliance 100% in August and September.",
             "Complete", "2025-09", None),
        ]),
    ]),
    ("Domain 5 – Delivery of safe, effective, compassionate and person-centred care", [
        ("Requirement 4: NHS Greater Glasgow and Clyde must ensure that all medicines are stored "
         "securely and that medicine cupboards and trolleys are locked when not in use.", [
            ("4.1", "Carry out unannounced medicines storage checks on each ward, led by the "
                    "pharmacy team, with results reported to the Sector Medicines Safety Group.",
             "Monthly", "Lead Pharmacist, Clyde Sector", "Checks in place since March 2025.",
             "On track", None, "Monthly"),
            ("4.2", "Replace the medicines trolleys on Wards 3 and 4 that cannot be secured to the "
                    "wall.",
             "31 December 2025", "Clinical Services Manager",
             "Order placed; delivery delayed by the supplier.", "Not on track", "2025-12", None),
        ]),
        ("Requirement 5: NHS Greater Glasgow and Clyde must ensure that fire doors are kept closed "
         "and are not wedged open.", [
            ("5.1", "Fit magnetic door-release devices linked to the fire alarm on the fire doors "
                    "identified during the inspection.",
             "November 2025", "Estates Manager (Clyde)",
             "Survey complete; installation scheduled for October and November 2025.",
             "On track", "2025-11", None),
        ]),
    ]),
]


def gg_actions():
    out = []
    for dom, reqs in GG_DOMAINS:
        for req, rows in reqs:
            for ref, action, ts, resp, prog, st, end, end_text in rows:
                out.append(act(ref, [dom, req], action, split_lead(resp), end, GG_STATUS[st][0],
                               end_text=end_text))
    return out


def build_gg(path):
    doc = docx.Document()
    doc.add_paragraph(GG_TITLE, style="Title")
    p = doc.add_paragraph()
    p.add_run("NHS Greater Glasgow and Clyde").bold = True
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    info = [("Name of hospital", "Vale of Leven Hospital, Alexandria"),
            ("NHS board", "NHS Greater Glasgow and Clyde"),
            ("Date of inspection", "21 to 23 January 2025"),
            ("Date of publication of report", "8 May 2025"),
            ("Action plan version", "v1.3 – progress to 30 September 2025")]
    for i, (k, v) in enumerate(info):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "D9E2F3")
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "The NHS board must address the requirements. The requirements are linked to the relevant "
        "national standards, guidance and best practice. Progress is reported to the Clyde Sector "
        "Clinical Governance Forum.")
    doc.add_paragraph("Status key", style="Heading 3")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, (word, (_, hex_)) in enumerate(GG_STATUS.items()):
        set_cell(t.cell(0, j), word, bold=True)
        shade(t.cell(0, j), hex_)
    heads = ["Ref", "Action planned", "Timescale to meet action", "Responsibility for taking action",
             "Progress against actions", "Status"]
    for dom, reqs in GG_DOMAINS:
        doc.add_paragraph("")
        nrows = 2 + sum(1 + len(rows) for _, rows in reqs)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        row = t.rows[0]
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, dom, bold=True, white=True)
        shade(m, "1F3864")
        for j, h in enumerate(heads):
            set_cell(t.cell(1, j), h, bold=True)
            shade(t.cell(1, j), "D9E2F3")
        i = 2
        for req, rows in reqs:
            rr = t.rows[i]
            m = rr.cells[0].merge(rr.cells[5])
            set_cell(m, req, bold=True)
            shade(m, "F2F2F2")
            i += 1
            for ref, action, ts, resp, prog, st, _e, _et in rows:
                for j, v in enumerate([ref, action, ts, resp, prog, st]):
                    set_cell(t.cell(i, j), v)
                shade(t.cell(i, 5), GG_STATUS[st][1])
                i += 1
    doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of NHS Greater Glasgow and Clyde:")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Name", "Designation", "Date"]):
        set_cell(t.cell(0, j), h, bold=True)
    for j, v in enumerate(["Morag Henderson", "Chief Nurse, Clyde Sector", "30/09/2025"]):
        set_cell(t.cell(1, j), v)
    doc.save(path)


CASES[GG_NAME] = {
    "build": build_gg,
    "source": (
        "Imitates the improvement action plan an NHS Scotland board returns to Healthcare "
        "Improvement Scotland after a safe delivery of care inspection of an acute hospital "
        "(healthcareimprovementscotland.scot, 'Safe delivery of care in acute hospitals inspection "
        "programme': requirements linked to the Quality Framework domains, board must produce an "
        "action plan). Copied features: title and board line, hospital/board/inspection/publication "
        "details table, the 'NHS board must address the requirements' statement, a status key "
        "table, one table per Quality Framework domain with the domain in a merged band, each "
        "'Requirement n: NHS ... must ensure ...' in a merged row above its numbered actions, the "
        "HIS columns (Action planned, Timescale to meet action, Responsibility for taking action, "
        "Progress against actions) plus a shaded status column, and a sign-off table."),
    "reads": (
        "A Word action plan with three domain tables holding five HIS requirements and eight "
        "numbered actions (1.1 to 5.1). Each action sits under its domain and requirement and has "
        "a timescale, responsibility, progress note and a status word that the key maps to a "
        "colour (Some slippage = amber, Not on track = red)."),
    "outcome": "read",
    "accept_refusal": False,
    "title": GG_TITLE,
    "actions": gg_actions,
}

# ---------------------------------------------------------------------------
# 6. Earl Mountbatten Hospice - quality account priorities tracker (csv, typo month -> refuse)
# ---------------------------------------------------------------------------
EM_NAME = "zap-earl-mountbatten-hospice-quality-account-priorities-tracker-2025-26-typo-month-refuse.csv"
EM_TITLE = "Earl Mountbatten Hospice – Quality Account 2025/26: Priorities for Improvement Tracker"
EM_ROWS = [
    [EM_TITLE, "", "", "", "", "", "", ""],
    ["Reporting period: Quarter 2 (1 July to 30 September 2025) – for Clinical Governance Committee, "
     "4 November 2025", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Priority", "Ref", "Action", "Lead(s)", "Target date", "Q1 update", "Q2 update", "RAG"],
    ["Priority 1 – Patient safety: Reduce harm from falls on the Inpatient Unit", "", "", "", "", "", "", ""],
    ["", "1.1", "Introduce a multifactorial falls risk assessment within 6 hours of admission to the "
     "Inpatient Unit", "Ward Manager, Inpatient Unit", "30/06/2025", "Assessment live from 2 June.",
     "Compliance 92% (target 95%).", "G"],
    ["", "1.2", "Trial low-low beds and sensor mats in the four highest-risk bedrooms and evaluate "
     "falls with harm per 1,000 occupied bed days", "Head of Inpatient Services / Estates and "
     "Facilities Manager", "31/12/2025", "Beds ordered.", "Two beds delivered; sensor mats awaited.", "A"],
    ["", "1.3", "Deliver falls awareness training to all Inpatient Unit registered nurses and "
     "healthcare assistants", "Clinical Education Lead", "Sept 2025", "Sessions booked.",
     "Training complete (38 of 38 staff).", "B"],
    ["Priority 2 – Clinical effectiveness: Increase the number of patients with a ReSPECT form "
     "completed or reviewed", "", "", "", "", "", "", ""],
    ["", "2.1", "Audit ReSPECT form completion for all patients known to the Hospice at Home team",
     "Medical Director", "Jan-26", "Audit tool agreed.", "Baseline audit under way.", "G"],
    ["", "2.2", "Deliver ReSPECT conversation training to community clinical nurse specialists with "
     "the Isle of Wight NHS Trust palliative care team", "Consultant in Palliative Medicine; "
     "Education Lead", "Febuary 2026", "Not started.", "Dates being agreed with the NHS Trust.", "G"],
    ["Priority 3 – Patient and family experience: Improve support for carers", "", "", "", "", "", "", ""],
    ["", "3.1", "Launch a monthly carers' drop-in at the John Cheverton Centre", "Family Support Team "
     "Leader", "31/10/2025", "Venue and volunteers confirmed.", "First session held 9 September.", "G"],
    ["", "3.2", "Introduce carer feedback through an online survey and report themes to the Clinical "
     "Governance Committee each quarter", "Patient Experience Lead", "Q4 2025/26", "Survey drafted.",
     "Launch delayed; survey platform contract not yet signed.", "R"],
    ["", "", "", "", "", "", "", ""],
    ["RAG key: B = complete; G = on track; A = some risk to delivery; R = off track", "", "", "", "", "", "", ""],
]
EM_TYPO_LINE = 11


def build_em(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in EM_ROWS:
            w.writerow(row)


CASES[EM_NAME] = {
    "build": build_em,
    "source": (
        "Imitates the in-year tracker a hospice keeps for the 'Priorities for improvement' it "
        "publishes in its Quality Account (hospice quality accounts such as Prospect Hospice "
        "2014-15, St Clare Hospice 2015-16: priorities under patient safety, clinical "
        "effectiveness and patient experience, with how progress will be measured), exported from "
        "Excel to CSV. Copied features: title and reporting-period lines, priority rows naming the "
        "quality domain above numbered actions, several leads in one cell, mixed target dates "
        "(dd/mm/yyyy, 'Sept 2025', 'Jan-26', 'Q4 2025/26'), Q1 and Q2 update columns, RAG letters "
        "and a RAG key line at the foot."),
    "reads": (
        "A CSV export of a hospice quality account tracker: three priorities with seven numbered "
        "actions, each with lead(s), target date, two quarterly updates and a RAG letter. Action "
        "2.2 has the target date 'Febuary 2026', a mistyped month, so a careful reader stops at "
        "line 11 and asks before importing."),
    "outcome": "refuse",
    "accept_refusal": False,
    "refuse_at": EM_TYPO_LINE,
    "title": EM_TITLE,
    "actions": None,
}

# ---------------------------------------------------------------------------
# 7. Home Instead Worthing & Adur - CQC home care action plan (plain text export)
# ---------------------------------------------------------------------------
HI_NAME = "zap-home-instead-worthing-and-adur-cqc-home-care-inspection-action-plan.txt"
HI_TITLE = "Home Instead Worthing & Adur – CQC Inspection Action Plan"
HI_S1 = "SECTION 1: SAFE"
HI_S2 = "SECTION 2: WELL-LED"
HI_S3 = "SECTION 3: RESPONSIVE"
HI_B12 = ("Breach of Regulation 12 (Safe care and treatment): Risks relating to people's medicines "
          "were not always assessed, and medicine administration records were not always completed "
          "accurately.")
HI_B19 = ("Breach of Regulation 19 (Fit and proper persons employed): Recruitment checks were not "
          "always completed before staff started work, and gaps in employment history were not "
          "explored.")
HI_B17 = ("Breach of Regulation 17 (Good governance): Quality assurance systems had not identified "
          "the concerns found at this inspection with medicines and recruitment.")
HI_R3 = ("Area for improvement: The provider should ensure care plans record people's wishes for "
         "the end of their life, where people are happy to discuss them.")
HI_STATUS = {"Completed": "blue", "On track": "green", "At risk": "amber", "Overdue": "red",
             "Not started": "unrated"}
HI_PLAN = [
    (HI_S1, [
        (HI_B12, [
            ("1.1", "Audit every client's electronic medication administration record (eMAR) weekly "
                    "and follow up any missed or late medicines within 24 hours.",
             "Care Manager", "31/01/2025", "Completed", "2025-01", None),
            ("1.2", "Complete a medicines risk assessment for every client who receives support with "
                    "medicines, including 'as required' (PRN) protocols.",
             "Registered Manager / Care Co-ordinator", "28/02/2025", "Completed", "2025-02", None),
            ("1.3", "Re-assess the medicines competency of all CAREGivers through observed spot "
                    "checks, at least twice a year.",
             "Field Supervisor", "Ongoing – six-monthly", "On track", None, "Ongoing – six-monthly"),
        ]),
        (HI_B19, [
            ("1.4", "Introduce a recruitment checklist signed off by the Registered Manager before "
                    "any new CAREGiver's first shift, covering full employment history, references "
                    "and DBS.",
             "Recruitment Co-ordinator", "31/12/2024", "Completed", "2024-12", None),
            ("1.5", "Audit all existing staff files and obtain written explanations for any gaps in "
                    "employment history.",
             "Recruitment Co-ordinator", "March 2025 (revised: 31/07/2025)", "On track", "2025-07", None),
        ]),
    ]),
    (HI_S2, [
        (HI_B17, [
            ("2.1", "Introduce a monthly quality audit programme (medicines, care plans, recruitment "
                    "files, call monitoring) with results reviewed at the monthly governance meeting.",
             "Registered Manager", "28/02/2025", "Completed", "2025-02", None),
            ("2.2", "Commission an external mock inspection from the franchise support team and act "
                    "on its findings.",
             "Franchise Owner", "September 2025", "On track", "2025-09", None),
            ("2.3", "Send a client and family feedback survey twice a year and publish a 'You said, "
                    "we did' summary.",
             "Client Services Manager", "31/10/2025", "Not started", "2025-10", None),
        ]),
    ]),
    (HI_S3, [
        (HI_R3, [
            ("3.1", "Add an advance care planning section to all care plans and train Care "
                    "Co-ordinators in having these conversations.",
             "Care Co-ordinator / Training Lead", "30/09/2025", "At risk", "2025-09", None),
        ]),
    ]),
]


def hi_actions():
    out = []
    for sec, findings in HI_PLAN:
        for finding, rows in findings:
            for ref, action, lead, due, st, end, end_text in rows:
                out.append(act(ref, [sec, finding], action, split_lead(lead), end, HI_STATUS[st],
                               end_text=end_text))
    return out


def build_hi(path):
    lines = [
        HI_TITLE,
        "Domiciliary care agency (home care) – inspection 12 and 19 November 2024",
        "",
        "Report published: 22 January 2025",
        "Overall rating: Requires Improvement (Safe: Requires Improvement; Well-led: Requires Improvement)",
        "Plan owner: Registered Manager",
        "Last reviewed: 30/06/2025",
        "",
        "Status key: Completed | On track | At risk | Overdue | Not started",
        "------------------------------------------------------------",
    ]
    statuses = []
    for sec, findings in HI_PLAN:
        lines.append("")
        lines.append(sec)
        for finding, rows in findings:
            lines.append(finding)
            lines.append("")
            for ref, action, lead, due, st, _e, _et in rows:
                statuses.append(st)
                lines.append("%s  Action: %s" % (ref, action))
                lines.append("     Lead: %s" % lead)
                lines.append("     Due: %s" % due)
                lines.append("     Status: %s" % st)
                lines.append("")
    lines.append("------------------------------------------------------------")
    lines.append("Totals: %d actions – Completed %d, On track %d, At risk %d, Not started %d" % (
        len(statuses), statuses.count("Completed"), statuses.count("On track"),
        statuses.count("At risk"), statuses.count("Not started")))
    lines.append("Next review: Quality and governance meeting, 28/07/2025")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


CASES[HI_NAME] = {
    "build": build_hi,
    "source": (
        "Imitates the action plan a small domiciliary care (home care) franchise keeps after a CQC "
        "inspection rated it Requires Improvement, saved as plain text from its care management "
        "system (CQC home care reports list breaches of Regulations 12, 17 and 19 of the HSCA 2008 "
        "(Regulated Activities) Regulations 2014 under the key questions; providers such as Home "
        "Instead, Bluebird Care and Caremark franchises send CQC an action plan). Copied features: "
        "title line, inspection and rating header lines, a status key line, sections per CQC key "
        "question, each breach (or area for improvement) on its own line above numbered actions, "
        "labelled Lead / Due / Status lines, an original date with a revised one in brackets, "
        "'Ongoing – six-monthly', and a totals line."),
    "reads": (
        "A plain-text action plan with three key-question sections, four CQC findings and nine "
        "numbered actions, each followed by indented Lead, Due and Status lines. Statuses are words "
        "from the key (Completed, On track, At risk, Not started); the totals and review lines at "
        "the end are not actions."),
    "outcome": "read",
    "accept_refusal": False,
    "title": HI_TITLE,
    "actions": hi_actions,
}


# ---------------------------------------------------------------------------
def write_expected(name, case):
    import yaml

    data = {"source": case["source"], "reads": case["reads"], "outcome": case["outcome"],
            "accept_refusal": case["accept_refusal"]}
    if "refuse_at" in case:
        data["refuse_at"] = case["refuse_at"]
    data["title"] = case["title"]
    if case["outcome"] == "read":
        data["actions"] = case["actions"]()
    class Quoted(str):
        pass

    class Dumper(yaml.SafeDumper):
        pass

    Dumper.add_representer(
        Quoted, lambda dumper, v: dumper.represent_scalar("tag:yaml.org,2002:str", v, style='"'))
    for a in data.get("actions") or []:
        for k in ("ref", "end"):
            if a[k] is not None:
                a[k] = Quoted(a[k])
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(data, f, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100000,
                  default_flow_style=False)


def main():
    expected = "--expected" in sys.argv
    for name, case in CASES.items():
        assert name.startswith("zap-")
        case["build"](os.path.join(HERE, name))
        if expected:
            write_expected(name, case)
        print("wrote", name)


if __name__ == "__main__":
    main()
