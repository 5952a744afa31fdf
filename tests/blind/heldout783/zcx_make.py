#!/usr/bin/env python3
"""Build the seven zcx- blind test files (set heldout783).

Run with: /work/main/.venv/bin/python zcx_make.py
Writes only files whose names start with 'zcx-' in this script's folder.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def out(name):
    assert name.startswith("zcx-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. NHS Tayside - HIS maternity inspection improvement action plan (xlsx)
# ---------------------------------------------------------------------------
F1 = "zcx-nhs-tayside-his-ninewells-maternity-inspection-improvement-action-plan.xlsx"
F1_TITLE = "Ninewells Hospital Maternity Services – Healthcare Improvement Scotland Improvement Action Plan"
F1_PLAN = [
    ("Domain 2 – Leadership and culture", [
        ("Req 1", "NHS Tayside must ensure that there is effective oversight of adverse events within maternity services and that learning is shared with all staff groups.", [
            ("1.1", "Establish a weekly multidisciplinary adverse event triage meeting for maternity services, chaired by the Clinical Director or Associate Nurse Director, with agreed terms of reference.",
             "31 March 2025", "Associate Nurse Director, Women, Children and Families",
             "Weekly triage meeting in place since 3 March 2025. Terms of reference approved by the Maternity and Neonatal Quality and Safety Group.", "B"),
            ("1.2", "Introduce a monthly 'Learning from Events' bulletin for midwifery, obstetric, anaesthetic and neonatal staff and share key messages at the daily safety huddle.",
             "June 2025", "Clinical Governance Lead Midwife / Clinical Director, Obstetrics",
             "First bulletin issued June 2025; now a standing item at the 08:30 safety huddle.", "B"),
        ]),
    ]),
    ("Domain 4.1 – Pathways, procedures and policies", [
        ("Req 2", "NHS Tayside must ensure that all women are risk assessed on admission using the agreed assessment tool and that the assessment is reviewed and documented when care is transferred.", [
            ("2.1", "Rebuild the admission risk assessment in BadgerNet with mandatory fields for:\n• venous thromboembolism (VTE) risk\n• sepsis screening\n• fetal monitoring plan",
             "30 June 2025 (revised: 31 January 2026)", "Head of Midwifery; eHealth Lead Midwife",
             "Change request approved. Build delayed by the national BadgerNet release schedule; user testing planned for December 2025.", "A"),
            ("2.2", "Audit 20 sets of maternity records each month across labour ward and Ward 35, reporting compliance with risk assessment documentation to the Maternity and Neonatal Quality and Safety Group.",
             "Monthly from April 2025", "Senior Charge Midwives",
             "Audits completed April – October 2025. Compliance improved from 64% to 88%.", "G"),
        ]),
        ("Req 3", "NHS Tayside must ensure that medicines, including controlled drugs, are stored and recorded in line with current legislation and best practice guidance.", [
            ("3.1", "Complete a joint review of controlled drug storage and record keeping on labour ward with Pharmacy and implement the agreed improvements.",
             "May 2025", "Lead Pharmacist – Women and Child Health",
             "Review completed 14 May 2025. New CD register and key-holding log in use.", "B"),
            ("3.2", "Introduce twice-daily medicine fridge temperature checks with escalation to Pharmacy when readings are out of range.",
             "April 2025", "Senior Charge Midwives",
             "Checks recorded on the ward safety brief since 7 April 2025.", "B"),
        ]),
    ]),
    ("Domain 4.3 – Workforce planning", [
        ("Req 4", "NHS Tayside must ensure that staffing levels and skill mix in maternity services meet the needs of women and babies and that staff can escalate concerns in line with the Health and Care (Staffing) (Scotland) Act 2019.", [
            ("4.1", "Embed the real-time staffing (RTS) tool on labour ward, with staffing reviewed at each safety huddle and escalated to the site huddle when below planned level.",
             "September 2025 (revised: December 2025)", "Head of Midwifery",
             "RTS live on labour ward. Roll-out to antenatal and postnatal wards delayed by a system update.", "A"),
            ("4.2", "Complete the annual common staffing method for midwifery and present the findings and workforce plan to the Executive Leadership Team.",
             "31 December 2025", "Head of Midwifery & Associate Nurse Director",
             "Data collection complete; report in draft.", "G"),
        ]),
    ]),
    ("Domain 5 – Delivery of safe, effective, compassionate and person-centred care", [
        ("Req 5", "NHS Tayside must ensure that emergency equipment, including resuscitaires, is checked in line with local policy, that checks are recorded and that equipment is maintained and replaced as required.", [
            ("5.1", "Standardise daily and weekly emergency equipment checklists across all maternity areas and include compliance in the monthly Care Assurance audit.",
             "April 2025", "Senior Charge Midwives",
             "Standard checklist in use in all areas. Care Assurance audit shows 96% compliance (October 2025).", "B"),
            ("5.2", "Replace the two resuscitaires on labour ward that are past their planned replacement date.",
             "31 July 2025", "Senior Charge Midwife, Labour Ward / Medical Physics",
             "One replacement in use. Second unit delivered but awaiting acceptance testing by Medical Physics.", "R"),
        ]),
        ("Rec a", "NHS Tayside should ensure that women and their families are given information about how to give feedback or make a complaint.", [
            ("a.1", "Display Care Opinion and complaints information in all maternity areas and include it in the postnatal discharge information pack.",
             "Ongoing", "Patient Experience Lead Midwife",
             "Posters displayed; discharge pack updated August 2025.", "G"),
        ]),
    ]),
]
RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def build_f1():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = F1_TITLE
    cov["A1"].font = Font(bold=True, size=14, color=NAVY)
    cov["A2"] = "NHS Tayside"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Safe Delivery of Care Inspection of Maternity Services"
    rows = [
        ("Hospital", "Ninewells Hospital, Dundee"),
        ("Inspection dates", "28 – 30 January 2025"),
        ("Report published", "15 May 2025"),
        ("Executive lead", "Executive Nurse Director"),
        ("Operational lead", "Associate Nurse Director, Women, Children and Families"),
        ("Governance route", "Maternity and Neonatal Quality and Safety Group → Care Governance Committee → NHS Tayside Board"),
        ("Version", "1.4"),
        ("Last updated", "14/11/2025"),
    ]
    r = 5
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 1).fill = fill("DDEBF7")
        cov.cell(r, 2, v)
        for c in (1, 2):
            cov.cell(r, c).border = BOX
            cov.cell(r, c).alignment = WRAP
        r += 1
    cov.cell(r + 1, 1, "This action plan sets out NHS Tayside's response to the requirements and recommendation in the Healthcare Improvement Scotland inspection report. Progress is updated monthly and reported to the Care Governance Committee.")
    cov.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=2)
    cov.cell(r + 1, 1).alignment = WRAP
    cov.row_dimensions[r + 1].height = 48
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Action plan")
    ws["A1"] = F1_TITLE
    ws["A1"].font = Font(bold=True, size=13, color=NAVY)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Position as at 14 November 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["No.", "Requirement / recommendation", "Action ref", "Action planned",
             "Timescale to meet requirement / recommendation", "Responsibility for taking action",
             "Progress / evidence", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 5
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for domain, reqs in F1_PLAN:
        ws.cell(r, 1, domain).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(r, c).fill = fill("BDD7EE")
            ws.cell(r, c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for no, text, actions in reqs:
            first = r
            for ref, act, when, who, prog, rag in actions:
                vals = [None, None, ref, act, when, who, prog, rag]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c)
                    if v is not None:
                        cell.value = v
                    cell.alignment = WRAP
                    cell.border = BOX
                ws.cell(r, 8).fill = fill(RAG_FILL[rag])
                ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, 8).font = Font(bold=True, color="FFFFFF" if rag in "BR" else "000000")
                counts[rag] += 1
                r += 1
            ws.cell(first, 1, no).font = Font(bold=True)
            ws.cell(first, 1).alignment = WRAP
            ws.cell(first, 2, text).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Summary of progress").font = Font(bold=True)
    r += 1
    for key, label in (("B", "Blue – complete"), ("G", "Green – on track"),
                       ("A", "Amber – at risk of not meeting timescale"), ("R", "Red – timescale not met")):
        ws.cell(r, 2, label)
        ws.cell(r, 2).fill = fill(RAG_FILL[key])
        ws.cell(r, 3, counts[key])
        r += 1
    ws.cell(r, 2, "Total actions").font = Font(bold=True)
    ws.cell(r, 3, sum(counts.values())).font = Font(bold=True)
    r += 2
    ws.cell(r, 1, "Note: where a timescale has been revised, the revised date agreed by the Maternity and Neonatal Quality and Safety Group is shown in brackets.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    widths = [8, 42, 8, 52, 20, 28, 44, 6]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, label) in enumerate((("B", "Complete – evidence of completion provided"),
                                    ("G", "On track to meet timescale"),
                                    ("A", "At risk of not meeting timescale / revised timescale agreed"),
                                    ("R", "Timescale not met")), start=2):
        key.cell(i, 1, k).fill = fill(RAG_FILL[k])
        key.cell(i, 2, label)
    key.column_dimensions["B"].width = 60
    wb.save(out(F1))


# ---------------------------------------------------------------------------
# 2. East Sussex Healthcare NHS Trust - Board Assurance Framework (xlsx)
# ---------------------------------------------------------------------------
F2 = "zcx-east-sussex-healthcare-nhs-trust-board-assurance-framework-2025-26.xlsx"
F2_TITLE = "East Sussex Healthcare NHS Trust – Board Assurance Framework 2025/26"
D = dt.datetime
F2_RISKS = [
    {
        "sheet": "BAF 1",
        "head": "BAF 1: Safe, high-quality patient care",
        "objective": "Safe patient care is our highest priority. We will provide high quality clinical services that achieve and demonstrate the best outcomes and provide an excellent care experience for patients.",
        "risk": "There is a risk that we are unable to consistently deliver safe, high quality care because of sustained operational pressure in urgent and emergency care, resulting in avoidable harm and poor patient experience.",
        "exec": "Chief Nurse and Director of Infection Prevention and Control",
        "committee": "Quality and Safety Committee",
        "scores": (20, 16, 16, 16, 12),
        "controls": "• Patient Safety Incident Response Plan (PSIRF)\n• Ward accreditation programme\n• Daily site safety huddles and OPEL escalation\n• Safe staffing reviews twice daily",
        "assurance": "• Integrated Performance Report – monthly\n• Quality and Safety Committee reports\n• CQC engagement meetings\n• Internal audit: Deteriorating Patient (limited assurance, 2024/25)",
        "gaps": "G1 – Inconsistent escalation of deteriorating patients (NEWS2) on adult wards\nG2 – Length of stay in the Emergency Departments above national standard",
        "actions": [
            ("1.1", "G1", "Implement the revised Deteriorating Patient policy and NEWS2 escalation audit across all adult inpatient wards.",
             "Deputy Chief Nurse", D(2025, 9, 30), D(2026, 1, 31),
             "Policy approved October 2025. Audit tool live on 18 of 24 wards.", AMBER),
            ("1.2", "G2", "Deliver the urgent and emergency care improvement programme to reduce 12-hour waits in the Emergency Departments at Conquest Hospital and Eastbourne DGH.",
             "Chief Operating Officer", D(2026, 3, 31), None,
             "12-hour waits reduced from 9.8% to 7.1% of attendances (December 2025).", GREEN),
            ("1.3", "G1", "Complete the PSIRF thematic review of falls with harm and report the learning to the Patient Safety Group.",
             "Associate Director of Patient Safety / Falls Lead", D(2025, 12, 31), None,
             "Thematic review presented to Patient Safety Group on 11 December 2025.", BLUE),
        ],
    },
    {
        "sheet": "BAF 2",
        "head": "BAF 2: Workforce – recruitment, retention and wellbeing",
        "objective": "All ESHT's people will feel valued and proud to work for the Trust, and we will have the workforce we need to deliver our plans.",
        "risk": "There is a risk that we cannot recruit and retain enough staff with the right skills because of national shortages and local turnover, resulting in reliance on temporary staffing and gaps in service.",
        "exec": "Chief People Officer",
        "committee": "People and Organisational Development Committee",
        "scores": (16, 16, 12, 12, 8),
        "controls": "• Workforce plan 2025/26\n• Vacancy control panel\n• Health and wellbeing offer\n• Temporary staffing controls",
        "assurance": "• Workforce dashboard – monthly\n• NHS Staff Survey results\n• People and OD Committee reports",
        "gaps": "G1 – Establishment reviews not completed for all wards\nG2 – Agency spend above operating plan trajectory\nG3 – Speaking-up culture not consistent across divisions",
        "actions": [
            ("2.1", "G1", "Complete the nursing and midwifery establishment review using the Safer Nursing Care Tool and agree funded establishments with divisions.",
             "Chief Nurse", D(2025, 10, 31), D(2026, 2, 28),
             "Data collection complete; divisional confirm and challenge meetings scheduled for January 2026.", AMBER),
            ("2.2", "G2", "Reduce reliance on agency staffing in line with the 2025/26 operating plan trajectory.",
             "Chief People Officer; Director of Finance", "Q4 2025/26", None,
             "Agency spend above trajectory in months 8 and 9 because of medical vacancies in acute medicine.", RED),
            ("2.3", "G3", "Launch the refreshed Freedom to Speak Up strategy and deliver speaking-up training to all line managers.",
             "Chief People Officer", D(2025, 11, 30), None,
             "Strategy launched October 2025; 84% of line managers trained.", BLUE),
        ],
    },
    {
        "sheet": "BAF 3",
        "head": "BAF 3: Financial sustainability",
        "objective": "We will use our resources efficiently and effectively for the benefit of our patients and their care.",
        "risk": "There is a risk that the Trust does not deliver its 2025/26 financial plan because of cost pressures and under-delivery of efficiency schemes, resulting in regulatory intervention and constrained investment.",
        "exec": "Director of Finance",
        "committee": "Finance and Productivity Committee",
        "scores": (20, 16, 16, 16, 12),
        "controls": "• Financial Recovery Board\n• Standing financial instructions and budget holder training\n• Monthly divisional performance reviews",
        "assurance": "• Monthly finance report to the Board\n• External audit value for money opinion\n• Sussex ICB financial oversight meetings",
        "gaps": "G1 – Cost improvement programme schemes not fully identified\nG2 – Productivity below peer median in theatres and outpatients",
        "actions": [
            ("3.1", "G1", "Deliver the 2025/26 cost improvement programme, with monthly scrutiny of scheme delivery at the Financial Recovery Board.",
             "Director of Finance", D(2026, 3, 31), None,
             "£18.2m delivered against a year-to-date plan of £24.0m; recovery schemes identified.", AMBER),
            ("3.2", "G2", "Complete the productivity review of theatres and outpatients using the Model Health System and agree improvement trajectories with divisions.",
             "Chief Operating Officer / Director of Strategy", D(2025, 12, 31), D(2026, 3, 31),
             "Theatres review complete; outpatients review under way.", GREEN),
        ],
    },
    {
        "sheet": "BAF 4",
        "head": "BAF 4: Estates, digital and infrastructure",
        "objective": "We will operate from safe, sustainable buildings and digital systems that support modern care.",
        "risk": "There is a risk that ageing estate and legacy digital systems fail or cannot support service change, resulting in disruption to services and harm to patients and staff.",
        "exec": "Director of Estates and Facilities",
        "committee": "Finance and Productivity Committee",
        "scores": (20, 20, 20, 16, 12),
        "controls": "• Six-facet estates survey and backlog maintenance plan\n• Capital prioritisation group\n• Cyber security programme",
        "assurance": "• Authorising Engineer reports\n• Data Security and Protection Toolkit submission\n• Capital programme report to Finance and Productivity Committee",
        "gaps": "G1 – Critical infrastructure backlog at Eastbourne DGH\nG2 – Electronic patient record business case not yet approved",
        "actions": [
            ("4.1", "G1", "Complete the critical infrastructure backlog works at Eastbourne District General Hospital, including the fire compartmentation programme.",
             "Director of Estates and Facilities", D(2026, 3, 31), None,
             "Phase 2 fire compartmentation complete; phase 3 on programme.", GREEN),
            ("4.2", "G2", "Deliver the electronic patient record (EPR) outline business case milestones agreed with NHS England.",
             "Chief Information Officer", D(2025, 9, 30), None,
             "National approval of the outline business case still awaited; September milestone missed.", RED),
        ],
    },
]


def build_f2():
    wb = Workbook()
    s = wb.active
    s.title = "BAF summary"
    s["A1"] = F2_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Quarter 3 position (October – December 2025)"
    s["A3"] = "Trust Board (Public) – 3 February 2026"
    heads = ["BAF ref", "Strategic risk", "Executive lead", "Lead committee", "Inherent score",
             "Q1", "Q2", "Q3", "Target score"]
    for c, h in enumerate(heads, 1):
        cell = s.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    for rk in F2_RISKS:
        inh, q1, q2, q3, tgt = rk["scores"]
        vals = [rk["sheet"], rk["head"].split(": ", 1)[1], rk["exec"], rk["committee"], inh, q1, q2, q3, tgt]
        for c, v in enumerate(vals, 1):
            cell = s.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        for c in (5, 6, 7, 8, 9):
            v = s.cell(r, c).value
            s.cell(r, c).fill = fill("F8CBAD" if v >= 15 else "FFE699" if v >= 8 else "C6E0B4")
        r += 1
    r += 1
    s.cell(r, 1, "Action RAG key (detail sheets)").font = Font(bold=True)
    r += 1
    for col, label in ((BLUE, "Complete"), (GREEN, "On track to deliver by the due date"),
                       (AMBER, "Some slippage – revised date agreed"),
                       (RED, "Overdue or significant risk to delivery")):
        s.cell(r, 1).fill = fill(col)
        s.cell(r, 1).border = BOX
        s.cell(r, 2, label)
        r += 1
    r += 1
    s.cell(r, 1, "Risk scores are likelihood x consequence (5 x 5 matrix). Each BAF risk is set out on its own sheet.")
    for i, w in enumerate([10, 44, 34, 30, 10, 6, 6, 6, 10]):
        s.column_dimensions["ABCDEFGHI"[i]].width = w

    for rk in F2_RISKS:
        ws = wb.create_sheet(rk["sheet"])
        ws["A1"] = rk["head"]
        ws["A1"].font = Font(bold=True, size=13, color="005EB8")
        ws.merge_cells("A1:H1")
        inh, q1, q2, q3, tgt = rk["scores"]
        block = [
            ("Strategic objective", rk["objective"]),
            ("Risk description", rk["risk"]),
            ("Executive lead", rk["exec"]),
            ("Lead committee", rk["committee"]),
            ("Risk score (L x C)", f"Inherent {inh} | Current (Q3) {q3} | Target {tgt}"),
            ("Key controls", rk["controls"]),
            ("Sources of assurance", rk["assurance"]),
            ("Gaps in control / assurance", rk["gaps"]),
        ]
        r = 3
        for k, v in block:
            ws.cell(r, 1, k).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("DEEAF6")
            ws.cell(r, 1).alignment = WRAP
            ws.cell(r, 2, v).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            for c in range(1, 9):
                ws.cell(r, c).border = BOX
            if "\n" in v:
                ws.row_dimensions[r].height = 15 * (v.count("\n") + 1)
            r += 1
        r += 1
        ws.cell(r, 1, "Actions to address gaps").font = Font(bold=True, size=12)
        r += 1
        heads = ["Ref", "Gap", "Action", "Action lead", "Original due date", "Revised due date",
                 "Q3 progress update", "RAG"]
        for c, h in enumerate(heads, 1):
            cell = ws.cell(r, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("005EB8")
            cell.border = BOX
            cell.alignment = WRAP
        r += 1
        for ref, gap, act, lead, due, rev, prog, rag in rk["actions"]:
            vals = [ref, gap, act, lead, due, rev, prog, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c)
                if v is not None:
                    cell.value = v
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 8).fill = fill(rag)
            r += 1
        for i, w in enumerate([8, 8, 52, 30, 14, 14, 46, 7]):
            ws.column_dimensions["ABCDEFGH"[i]].width = w
    wb.save(out(F2))


# ---------------------------------------------------------------------------
# 3. Weston Hospicecare - Quality Account priorities tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
F3 = "zcx-weston-hospicecare-quality-account-priorities-tracker-2025-26-typo-month-refuse.xlsx"
F3_TITLE = "Quality Account 2025/26 – Priorities for Improvement: Progress Tracker"
F3_PRIORITIES = [
    ("Priority 1 – Patient safety: Reducing harm from falls on the In-Patient Unit", [
        ("1a", "Introduce a falls risk assessment and care plan reviewed at every multidisciplinary team meeting for each in-patient.",
         "Ward Manager, In-Patient Unit", "December 2025", "Green", "Green",
         "Assessment added to SystmOne template; MDT review recorded for 92% of patients in September."),
        ("1b", "Trial low-rise beds and sensor mats in four single rooms and evaluate the number of falls with harm.",
         "Falls Lead Nurse", "March 2026", "Amber", "Green",
         "Equipment delivered August 2025; evaluation started."),
        ("1c", "Deliver post-falls huddle training to all registered nurses and healthcare assistants on the In-Patient Unit.",
         "Clinical Educator", "October 2025", "Green", "Blue",
         "Training completed by 31 of 33 staff; remaining two on long-term leave."),
    ]),
    ("Priority 2 – Clinical effectiveness: Earlier identification of people in their last year of life in the community", [
        ("2a", "Work with four GP practices in Weston and Worle to use the Gold Standards Framework proactive identification guidance at monthly palliative care meetings.",
         "Head of Community Services", "March 2026", "Green", "Green",
         "Three practices engaged; fourth practice meeting booked for November."),
        ("2b", "Offer an advance care planning conversation to every person referred to the Hospice at Home team within two weeks of referral.",
         "Hospice at Home Team Leader / ReSPECT Lead", "Febuary 2026", "Amber", "Amber",
         "Baseline audit shows 58% offered within two weeks; recruitment to a band 6 post under way."),
        ("2c", "Report the number of people identified and their preferred place of death to the Clinical Governance Committee each quarter.",
         "Director of Patient Care", "Quarterly", "Green", "Green",
         "Q1 and Q2 data reported."),
    ]),
    ("Priority 3 – Patient experience: Improving the experience of families and carers after a death", [
        ("3a", "Introduce a bereavement follow-up telephone call to the next of kin six to eight weeks after every death at the hospice.",
         "Family Support Services Manager", "January 2026", "Red", "Amber",
         "Volunteer call team trained; calls started in September for the In-Patient Unit."),
        ("3b", "Run a bereaved carers' survey and publish a 'You said, we did' summary on the hospice website.",
         "Quality and Patient Experience Lead", "March 2026", "Not started", "Green",
         "Survey questions agreed with the Patient and Family Forum."),
    ]),
]
F3_TYPO_ROW = None  # set by build_f3


def build_f3():
    global F3_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "QA Priorities 2025-26"
    ws["A1"] = "Weston Hospicecare"
    ws["A1"].font = Font(bold=True, size=14, color="6A1B9A")
    ws["A2"] = F3_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to: Clinical Governance Committee – Quarter 2 (July to September 2025)"
    heads = ["Ref", "Priority / what we will do", "Lead", "Target date", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("6A1B9A")
        cell.border = BOX
        cell.alignment = WRAP
    ragfill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 6
    for prio, acts in F3_PRIORITIES:
        ws.cell(r, 1, prio).font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(r, c).fill = fill("E1BEE7")
            ws.cell(r, c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, act, lead, when, q1, q2, upd in acts:
            for c, v in enumerate([ref, act, lead, when, q1, q2, upd], 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            for c, v in ((5, q1), (6, q2)):
                if v in ragfill:
                    ws.cell(r, c).fill = fill(ragfill[v])
            if when.startswith("Febuary"):
                F3_TYPO_ROW = r
            r += 1
    r += 1
    ws.cell(r, 1, "RAG key: Blue = complete; Green = on track; Amber = some risk to delivery; Red = not on track")
    r += 1
    ws.cell(r, 1, "Source: Weston Hospicecare Quality Account 2024/25, Part 2 – Priorities for improvement 2025/26")
    for i, w in enumerate([6, 60, 30, 14, 10, 10, 50]):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    wb.save(out(F3))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)


def header_row(table, heads, col="1F3864"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, col)
        for p in c.paragraphs:
            for run in p.runs:
                run.font.color.rgb = None


# ---------------------------------------------------------------------------
# 4. Coalbrookvale Medical Practice - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
F4 = "zcx-coalbrookvale-medical-practice-hiw-gp-inspection-improvement-plan.docx"
F4_TITLE = "Coalbrookvale Medical Practice – HIW General Practice Inspection Improvement Plan"
F4_PLAN = [
    ("Quality of the patient experience", [
        ("The practice must ensure that information about how to raise a concern under NHS Putting Things Right is displayed in the waiting area and is available bilingually.",
         "Person-centred", [
             ("Putting Things Right posters and leaflets in English and Welsh have been displayed in the waiting room and at reception, and the practice website has been updated.",
              "Practice Manager", "28 June 2024"),
         ]),
        ("The practice must review telephone access arrangements so that patients can contact the practice at peak times, and evaluate the changes through patient feedback.",
         "Timely", [
             ("Introduce a call-back queuing function on the telephone system and add a second receptionist to the 8am to 10am rota.",
              "Practice Manager", "September 2024"),
             ("Repeat the patient access survey six months after the changes and share the results with the Patient Participation Group.",
              "Practice Manager / PPG Chair", "March 2025"),
         ]),
    ]),
    ("Delivery of safe and effective care", [
        ("The practice must ensure that emergency drugs and equipment are checked weekly and that checks, including expiry dates, are recorded.",
         "Safe", [
             ("A weekly checklist for the emergency drugs, oxygen and defibrillator has been introduced, with a named nurse responsible and a deputy for periods of leave.",
              "Lead Nurse", "31/07/2024"),
         ]),
        ("The practice must ensure that all clinical staff complete safeguarding adults and children training at the level appropriate to their role.",
         "Safe", [
             ("Training matrix updated; outstanding level 3 safeguarding children training booked for two GPs and one Advanced Nurse Practitioner.",
              "Practice Manager & Safeguarding Lead GP", "By 30 November 2024"),
         ]),
        ("The practice must ensure that patient group directions (PGDs) are signed by all relevant staff and that current versions are in use.",
         "Effective", [
             ("All PGDs have been checked against the current health board versions and signed by the nursing team; a six-monthly review has been added to the practice calendar.",
              "Lead Nurse", "Ongoing"),
         ]),
    ]),
    ("Quality of management and leadership", [
        ("The practice must ensure that all staff receive an annual appraisal.",
         "Workforce", [
             ("An appraisal schedule has been agreed for all nursing and non-clinical staff, with all appraisals to be completed within 12 months.",
              "Practice Manager", "31 December 2024"),
         ]),
        ("The practice must ensure that minutes of practice meetings are recorded and shared with staff unable to attend.",
         "Leadership", [
             ("A standard agenda and minutes template has been introduced for monthly practice meetings; minutes are saved on the shared drive and emailed to all staff.",
              "Deputy Practice Manager", "Aug 2024"),
         ]),
    ]),
]


def build_f4():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(F4_TITLE, level=0)
    doc.add_paragraph("Aneurin Bevan University Health Board")
    doc.add_paragraph("Inspection date: 4 June 2024")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=1)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our inspection. Due to the impact/potential impact on patient care and treatment these concerns needed to be addressed straight away, during the inspection.")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                   "How HIW escalated the concern", "How the concern was resolved"], col="D9E2F3")
    m = t.rows[1].cells[0].merge(t.rows[1].cells[3])
    set_cell(m, "No immediate concerns were identified on this inspection.")

    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    doc.add_paragraph("Service: Coalbrookvale Medical Practice")
    doc.add_paragraph("Date of inspection: 4 June 2024")
    doc.add_paragraph("The table below includes any immediate non-compliance concerns about patient safety identified during the inspection where we require the service to complete an immediate improvement plan telling us about the urgent actions they are taking.")
    heads = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    header_row(t, heads, col="D9E2F3")
    m = t.rows[1].cells[0].merge(t.rows[1].cells[4])
    set_cell(m, "No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("Service: Coalbrookvale Medical Practice")
    doc.add_paragraph("Date of inspection: 4 June 2024")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we require the service to complete an improvement plan telling us about the actions they are taking to address these areas.")
    nrows = 1 + sum(1 + sum(len(a) for _, _, a in imps) for _, imps in F4_PLAN)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    header_row(t, heads, col="D9E2F3")
    r = 1
    for section, imps in F4_PLAN:
        m = t.rows[r].cells[0].merge(t.rows[r].cells[4])
        set_cell(m, section, bold=True)
        shade(m, "F2F2F2")
        r += 1
        for need, std, acts in imps:
            first = r
            for act, who, when in acts:
                set_cell(t.rows[r].cells[2], act)
                set_cell(t.rows[r].cells[3], who)
                set_cell(t.rows[r].cells[4], when)
                r += 1
            a = t.rows[first].cells[0]
            b = t.rows[first].cells[1]
            if r - 1 > first:
                a = a.merge(t.rows[r - 1].cells[0])
                b = b.merge(t.rows[r - 1].cells[1])
            set_cell(a, need)
            set_cell(b, std)
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall responsibility and accountability for ensuring the improvement plan is actioned.")
    doc.add_heading("Service representative", level=2)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate((("Name (print):", "Dr Rhian Pritchard"), ("Job role:", "GP Partner"),
                                ("Date:", "19 July 2024"))):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
    doc.save(out(F4))


# ---------------------------------------------------------------------------
# 5. Oakleaf Homecare Taunton - CQC home care inspection action plan (docx)
# ---------------------------------------------------------------------------
F5 = "zcx-oakleaf-homecare-taunton-cqc-home-care-inspection-action-plan.docx"
F5_TITLE = "CQC Inspection Action Plan – Oakleaf Homecare Taunton"
STATUS_FILL = {"Complete": "5B9BD5", "On track": "70AD47", "Behind schedule": "FFC000", "Not started": None}
F5_PLAN = [
    ("Safe", [
        ("Must do: The provider must ensure risks to people's health and safety, including those relating to catheter care and skin integrity, are assessed, recorded and mitigated. (Regulation 12: Safe care and treatment)", [
            ("S1", "Review and update all risk assessments for people with catheters and people at risk of pressure damage, using the new catheter care and Waterlow templates.",
             "Registered Manager and Field Care Supervisors", "31/12/2024", "Complete"),
            ("S2", "Add catheter and skin integrity prompts to the electronic care app so care workers record checks at each visit.",
             "Care Coordinator", "Jan 2025", "Complete"),
            ("S3", "Carry out monthly spot checks of catheter care and pressure area care for each care worker supporting people with these needs.",
             "Field Care Supervisors", "Ongoing – monthly", "On track"),
        ]),
        ("Must do: The provider must ensure medicines are managed safely, including the recording of 'as required' and time-specific medicines. (Regulation 12: Safe care and treatment)", [
            ("S4", "Introduce PRN protocols for all 'as required' medicines and add time-critical medicine alerts to the electronic MAR.",
             "Jo Marsh / Dee Okafor", "w/c 13/01/25", "Complete"),
            ("S5", "Complete medicines competency reassessments for all care workers.",
             "Training Lead", "28 February 2025", "Behind schedule"),
        ]),
    ]),
    ("Effective", [
        ("Should do: The provider should ensure staff receive training in catheter care and pressure area care before supporting people with these needs.", [
            ("E1", "Book all care workers supporting people with catheters or at risk of pressure damage onto the community nursing team's practical training session.",
             "Training Lead", "End of March 2025", "On track"),
        ]),
    ]),
    ("Responsive", [
        ("Should do: The provider should ensure care plans reflect people's communication needs in line with the Accessible Information Standard.", [
            ("R1", "Add a communication needs section to the care plan template and review the care plans of people with sensory loss or a learning disability.",
             "Care Coordinator; Field Care Supervisors", "April 2025", "Not started"),
        ]),
    ]),
    ("Well-led", [
        ("Must do: The provider must ensure systems to assess, monitor and improve the quality and safety of the service are operated effectively, including audits of daily care records and call times. (Regulation 17: Good governance)", [
            ("W1", "Introduce a monthly audit of daily care records and electronic call monitoring data, with findings and actions discussed at the monthly quality meeting.",
             "Registered Manager", "31/01/2025", "Complete"),
            ("W2", "Commission an external mock inspection against the CQC single assessment framework.",
             "Nominated Individual", "June 2025", "Not started"),
        ]),
    ]),
]


def build_f5():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(F5_TITLE, level=0)
    t = doc.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate((
            ("Service", "Oakleaf Homecare Taunton (domiciliary care agency)"),
            ("Registered provider", "Oakleaf Homecare Ltd"),
            ("Inspection dates", "14 and 15 October 2024"),
            ("Report published", "9 December 2024"),
            ("Overall rating", "Requires improvement"),
            ("Action plan owner", "Registered Manager"),
            ("Version / date", "Version 3 – updated 3 March 2025"))):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], "E2EFD9")
        set_cell(t.rows[i].cells[1], v)
    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Complete (blue) | On track (green) | Behind schedule (amber) | Not started (no colour)")
    doc.add_paragraph("Actions are grouped by the CQC key question in which the breach or recommendation was reported.")
    heads = ["Ref", "Action", "Who", "By when", "Status"]
    for kq, reqs in F5_PLAN:
        doc.add_heading(kq, level=1)
        nrows = 1 + sum(1 + len(a) for _, a in reqs)
        t = doc.add_table(rows=nrows, cols=5)
        t.style = "Table Grid"
        header_row(t, heads, col="C5E0B3")
        r = 1
        for req, acts in reqs:
            m = t.rows[r].cells[0].merge(t.rows[r].cells[4])
            set_cell(m, req, bold=True)
            shade(m, "F2F2F2")
            r += 1
            for ref, act, who, when, status in acts:
                for i, v in enumerate((ref, act, who, when, status)):
                    set_cell(t.rows[r].cells[i], v)
                if STATUS_FILL[status]:
                    shade(t.rows[r].cells[4], STATUS_FILL[status])
                r += 1
    doc.add_paragraph("")
    doc.add_paragraph("Signed: Karen Dibble, Registered Manager          Date: 3 March 2025")
    doc.save(out(F5))


# ---------------------------------------------------------------------------
# 6. Bradford District Care NHSFT - PSII safety action plan (csv)
# ---------------------------------------------------------------------------
F6 = "zcx-bradford-district-care-nhsft-psii-physical-deterioration-safety-action-plan.csv"
F6_TITLE = "Bradford District Care NHS Foundation Trust – PSII 2024-11 Safety Action Plan: Recognition and escalation of physical deterioration on adult acute inpatient wards"
F6_HEAD = ["Action ID", "Area for improvement", "Safety action", "Action owner", "Target date",
           "Revised target date", "Status", "RAG", "Measure", "Latest update"]
AFI1 = "AFI 1 – NEWS2 scores were not consistently escalated to medical staff when trigger thresholds were reached"
AFI2 = "AFI 2 – Physical health monitoring equipment was not always available or in working order"
AFI3 = "AFI 3 – Out-of-hours communication between the ward and the on-call doctor did not include a structured handover of physical health concerns"
AFI4 = "AFI 4 – Family concerns about the patient's physical health were not recorded or acted upon"
F6_ROWS = [
    ("SA1", AFI1, "Update the Physical Health Observations and Escalation SOP to include a mandatory escalation pathway for NEWS2 scores of 5 or more and any single parameter scoring 3.",
     "Physical Health Lead Nurse", "31/07/2025", "", "Closed", "Blue",
     "SOP ratified at Clinical Policy Group", "SOP v4 ratified 22/07/2025 and circulated to all wards."),
    ("SA2", AFI1, "Deliver face-to-face NEWS2 and SBAR escalation training to all registered and unregistered nursing staff on Fern, Maplebeck and Oakburn wards.",
     "Ward Managers; Practice Development Nurse", "30/09/2025", "31/03/2026", "Open", "Amber",
     "90% of nursing staff trained", "Compliance 78% at 31/12/2025; further sessions booked for January and February."),
    ("SA3", AFI2, "Introduce a daily equipment check for observation machines, glucometers and ECG machines on each ward, recorded on the ward safety checklist.",
     "Ward Managers", "30/06/2025", "", "Closed", "Blue",
     "Monthly checklist audit, 95% compliance", "Checklist in use since June; audit compliance 97% (Oct–Dec)."),
    ("SA4", AFI2, "Purchase two additional electronic observation machines for each adult acute ward.",
     "Head of Nursing – Adult Inpatients", "31/08/2025", "", "Closed", "Blue",
     "Equipment in place", "Machines delivered and commissioned 18/08/2025."),
    ("SA5", AFI3, "Introduce a structured SBAR handover of physical health concerns at the 21:00 medical handover.\nHandovers to be recorded in SystmOne using the new template.",
     "Associate Medical Director; Physical Health Lead Nurse", "31/01/2026", "", "Open", "Green",
     "Monthly audit of 10 handovers", "Template live in SystmOne since 06/10/2025; first audit due January 2026."),
    ("SA6", AFI3, "Agree a memorandum of understanding with Bradford Teaching Hospitals NHS Foundation Trust for medical review and transfer of deteriorating patients from Lynfield Mount Hospital.",
     "Associate Medical Director", "31/03/2026", "", "Open", "Green",
     "MoU signed by both trusts", "Draft shared with BTHFT; joint meeting held 02/12/2025."),
    ("SA7", AFI4, "Add a 'family and carer concerns' prompt to the daily physical health review in SystmOne.",
     "Clinical Systems Lead", "28/02/2026", "", "Open", "Red",
     "Prompt live on all adult acute wards", "Change request not yet scheduled; escalated to Care Group Quality and Safety meeting."),
    ("SA8", AFI4, "Launch the Call 4 Concern pilot on Fern and Oakburn wards so that families can request an urgent review of a patient's physical health.",
     "Patient and Carer Experience Lead", "Q1 2026/27", "", "Open", "Not started",
     "Number of Call 4 Concern calls and outcomes", ""),
]


def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_f6():
    lines = [F6_TITLE, "Report run: 05/01/2026 09:14 (Patient Safety Team)", "",
             ",".join(csv_field(h) for h in F6_HEAD)]
    for row in F6_ROWS:
        lines.append(",".join(csv_field(v) for v in row))
    with open(out(F6), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Silverdale Nursing Home - RQIA care inspection QIP (plain text)
# ---------------------------------------------------------------------------
F7 = "zcx-silverdale-nursing-home-newtownards-rqia-care-inspection-quality-improvement-plan.txt"
F7_TITLE = "Silverdale Nursing Home, Newtownards – Quality Improvement Plan (QIP)"
SEC_REGS = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
SEC_STDS = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
F7_PLAN = [
    (SEC_REGS, [
        ("Area for improvement 1", "Regulation 14 (2) (a) and (c)", "First time", "With immediate effect (20 March 2025)",
         "The registered person shall ensure that all parts of the home to which patients have access are free from hazards to their safety, with particular reference to the storage of thickening agents and cleaning chemicals.", [
             ("1.1", "Thickening agents removed from bedrooms and stored in the locked treatment room; kitchenette cupboards fitted with keypad locks.",
              "Registered Manager", "21/03/2025", "Complete"),
             ("1.2", "Daily environmental walkaround by the nurse in charge added to the shift checklist, with findings reviewed weekly by the manager.",
              "Nurse in charge / Registered Manager", "April 2025", "Complete"),
         ]),
        ("Area for improvement 2", "Regulation 13 (7)", "First time", "30 April 2025",
         "The registered person shall ensure that the infection prevention and control issues identified during this inspection are addressed, including the cleaning of shower chairs and the disposal of single-use items.", [
             ("2.1", "All shower chairs deep cleaned and two damaged chairs replaced; a cleaning schedule for shared equipment introduced with sign-off by domestic staff.",
              "Head Housekeeper", "30/04/2025", "Complete"),
             ("2.2", "Monthly IPC audit using the Regional Infection Prevention and Control Manual audit tool, with results shared at staff meetings.",
              "IPC Link Nurse", "Monthly", "On track"),
         ]),
        ("Area for improvement 3", "Regulation 20 (1) (c) (i)", "Second time", "31 May 2025",
         "The registered person shall ensure that all staff receive mandatory training, supervision and appraisal appropriate to their role and that records are maintained.", [
             ("3.1", "Training matrix reviewed; overdue moving and handling and fire safety training booked for 14 staff.",
              "Deputy Manager", "31/05/2025", "Complete"),
             ("3.2", "Supervision schedule for 2025/26 agreed, with each care assistant receiving at least two supervisions and one appraisal in the year.",
              "Deputy Manager & Clinical Lead Nurse", "March 2026", "On track"),
         ]),
    ]),
    (SEC_STDS, [
        ("Area for improvement 1", "Standard 4.9", "First time", "30 April 2025",
         "The registered person shall ensure that care plans for patients with wounds are kept up to date and that a wound assessment is completed at each dressing change.", [
             ("4.1", "All wound care plans reviewed by the Tissue Viability Link Nurse; the wound assessment chart replaced with the Trust wound assessment tool.",
              "TVN Link Nurse", "30 April 2025", "Complete"),
             ("4.2", "Fortnightly audit of wound documentation for all patients with wounds, reported to the Registered Manager.",
              "Clinical Lead Nurse", "Ongoing", "On track"),
         ]),
        ("Area for improvement 2", "Standard 12", "First time", "31 May 2025",
         "The registered person shall ensure that the dining experience is reviewed so that patients receive timely assistance with meals and that menus are displayed in a suitable format.", [
             ("5.1", "Pictorial menus introduced in both dining rooms and the daily menu board moved to eye level.",
              "Catering Manager", "May 2025", "Complete"),
             ("5.2", "Staggered lunch sittings trialled on the first floor, with a care assistant allocated to each table at mealtimes.",
              "Unit Manager, First Floor", "31/07/2025 (revised 30/09/2025)", "Delayed"),
             ("5.3", "Repeat the patient and relative survey on the mealtime experience after the changes.",
              "Activities Coordinator", "October 2025", "Not started"),
         ]),
    ]),
]


def build_f7():
    L = []
    L.append(F7_TITLE)
    L.append("RQIA unannounced care inspection – provider progress record")
    L.append("")
    L.append("Inspection ID:          IN047321")
    L.append("Date of inspection:     19 and 20 March 2025")
    L.append("Registered provider:    Silverdale Care Ltd")
    L.append("Responsible individual: Mr Alan Gracey")
    L.append("Registered manager:     Mrs Lorraine Keenan")
    L.append("QIP returned to RQIA:   2 May 2025")
    L.append("Last updated:           8 September 2025")
    L.append("")
    L.append("Areas for improvement: 3 under the Regulations and 2 under the Care Standards")
    L.append("Status key: Complete (blue) / On track (green) / Delayed (amber) / Not started")
    L.append("")
    bar = "=" * 78
    for sec, afis in F7_PLAN:
        L.append(bar)
        L.append(sec)
        L.append(bar)
        L.append("")
        for label, ref, stated, by, text, acts in afis:
            L.append(label)
            L.append(f"Ref: {ref}")
            L.append(f"Stated: {stated}")
            L.append(f"To be completed by: {by}")
            L.append(text)
            L.append("")
            L.append("Response by registered person detailing the actions taken:")
            for aref, act, lead, due, status in acts:
                L.append(f"  {aref}  {act}")
                L.append(f"       Lead: {lead} | Due: {due} | Status: {status}")
            L.append("")
            L.append("-" * 78)
            L.append("")
    L.append("QIP signed by: Lorraine Keenan, Registered Manager, 2 May 2025")
    L.append("Approved by: Alan Gracey, Responsible Individual, 2 May 2025")
    L.append("*Please ensure this document is completed in full and returned via Web Portal*")
    with open(out(F7), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def main():
    build_f1()
    build_f2()
    build_f3()
    build_f4()
    build_f5()
    build_f6()
    build_f7()
    print("typo row in", F3, "=", F3_TYPO_ROW)


if __name__ == "__main__":
    main()
