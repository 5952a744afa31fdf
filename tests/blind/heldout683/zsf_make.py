"""Build the seven zsf- blind test files (set heldout683).

Run with /work/main/.venv/bin/python zsf_make.py  (writes next to this script).
Only files whose names start with 'zsf-' are written.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zsf-")
    return os.path.join(HERE, name)


def D(y, m, d):
    return dt.datetime(y, m, d)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "B": PatternFill("solid", fgColor="0070C0"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="005EB8"),
    "sect": PatternFill("solid", fgColor="D9E2F3"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
    "pale": PatternFill("solid", fgColor="F2F2F2"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def style_range(ws, row, c1, c2, fill=None, font=None, border=True):
    for c in range(c1, c2 + 1):
        cell = ws.cell(row=row, column=c)
        if fill is not None:
            cell.fill = fill
        if font is not None:
            cell.font = font
        if border:
            cell.border = BOX
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. NHS North East and North Cumbria ICB - Board Assurance Framework (xlsx)
# ---------------------------------------------------------------------------
def make_nenc_baf():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "NHS North East and North Cumbria Integrated Care Board"
    cov["A1"].font = Font(bold=True, size=14, color="005EB8")
    cov["A2"] = "Board Assurance Framework 2025/26"
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = ("Quarter 2 position (July – September 2025) – presented to the Audit Committee "
                 "on 16 October 2025 and the Board on 25 November 2025")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for i, h in enumerate(hdr, 1):
        cov.cell(row=6, column=i, value=h)
    style_range(cov, 6, 1, 4, FILL["head"], WHITE_BOLD)
    rows = [
        ("v1.0", D(2025, 4, 15), "Head of Corporate Governance", "BAF 2025/26 approved by the Board"),
        ("v2.0", D(2025, 7, 10), "Head of Corporate Governance", "Quarter 1 review by risk owners"),
        ("v3.0", D(2025, 10, 2), "Head of Corporate Governance",
         "Quarter 2 review; BAF 4.1 score increased from 16 to 20"),
    ]
    for r, row in enumerate(rows, 7):
        for c, v in enumerate(row, 1):
            cell = cov.cell(row=r, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        style_range(cov, r, 1, 4)
    cov["A11"] = "Action RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("B", "Action complete"),
           ("G", "On track to deliver by the target date"),
           ("A", "Some slippage – expected to deliver with mitigation"),
           ("R", "Off track – target date missed or at serious risk")]
    for r, (k, txt) in enumerate(key, 12):
        cov.cell(row=r, column=1, value=k).fill = FILL[k]
        cov.cell(row=r, column=2, value=txt)
    cov["A17"] = ("Risk scores use the 5 x 5 likelihood x consequence matrix set out in the ICB Risk "
                  "Management Framework.")
    for col, w in zip("ABCD", (12, 16, 30, 60)):
        cov.column_dimensions[col].width = w

    # Summary sheet: one row per strategic risk (not actions)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Strategic risk summary – Quarter 2 2025/26"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["BAF ref", "Strategic risk", "Executive lead", "Assuring committee",
           "Inherent score", "Q1 score", "Q2 score", "Target score", "Movement"]
    for i, h in enumerate(hdr, 1):
        sm.cell(row=3, column=i, value=h)
    style_range(sm, 3, 1, 9, FILL["head"], WHITE_BOLD)
    srows = [
        ("1.1", "Population health and healthcare inequalities", "Executive Medical Director",
         "Quality and Safety Committee", 20, 16, 16, 12, "↔"),
        ("3.1", "Urgent and emergency care performance and patient safety", "Chief Delivery Officer",
         "Quality and Safety Committee", 20, 20, 16, 12, "↓"),
        ("4.1", "Delivery of the 2025/26 financial plan", "Executive Director of Finance",
         "Finance, Performance and Investment Committee", 20, 16, 20, 12, "↑"),
    ]
    for r, row in enumerate(srows, 4):
        for c, v in enumerate(row, 1):
            sm.cell(row=r, column=c, value=v)
        style_range(sm, r, 1, 9)
    sm["A8"] = "Total strategic risks: 3    Risks at or above 16: 3"
    sm["A8"].font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (9, 48, 30, 36, 10, 9, 9, 10, 10)):
        sm.column_dimensions[col].width = w

    # Detail sheet
    ws = wb.create_sheet("BAF detail")
    ws["A1"] = "Board Assurance Framework 2025/26 – risk detail (Quarter 2)"
    ws["A1"].font = Font(bold=True, size=13)
    widths = (9, 60, 30, 13, 13, 55, 7)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    r = 3

    def aim(text):
        nonlocal r
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        style_range(ws, r, 1, 7, FILL["head"], Font(bold=True, color="FFFFFF", size=12))
        r += 1

    def risk(title, fields, actions):
        nonlocal r
        ws.cell(row=r, column=1, value=title)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        style_range(ws, r, 1, 7, FILL["sect"], Font(bold=True, size=11))
        r += 1
        for label, val in fields:
            ws.cell(row=r, column=1, value=label)
            ws.cell(row=r, column=2, value=val)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            style_range(ws, r, 1, 7)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = FILL["pale"]
            r += 1
        hdr = ["Ref", "Actions to address gaps", "Action lead", "Target date", "Revised date",
               "Progress update (Q2)", "RAG"]
        for i, h in enumerate(hdr, 1):
            ws.cell(row=r, column=i, value=h)
        style_range(ws, r, 1, 7, FILL["grey"], Font(bold=True))
        r += 1
        for ref, text, lead, tgt, rev, upd, rag in actions:
            vals = [ref, text, lead, tgt, rev, upd, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            style_range(ws, r, 1, 7)
            ws.cell(row=r, column=7).fill = FILL[rag]
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        r += 1  # blank row

    aim("Strategic aim 1: Longer and healthier lives")
    risk("BAF 1.1 – Population health and healthcare inequalities", [
        ("Risk description",
         "If the ICB and its partners do not target resources at Core20PLUS5 population groups, then the "
         "gap in healthy life expectancy across the North East and North Cumbria will not narrow, resulting "
         "in avoidable ill health and premature mortality."),
        ("Executive lead", "Executive Medical Director"),
        ("Assuring committee", "Quality and Safety Committee"),
        ("Risk score (L x C)", "Inherent 4 x 5 = 20  |  Q1 4 x 4 = 16  |  Q2 4 x 4 = 16  |  Target 3 x 4 = 12"),
        ("Key controls",
         "Healthcare inequalities strategy and Core20PLUS5 delivery plan; health inequalities allocation to "
         "places; Population Health and Prevention Board."),
        ("Sources of assurance",
         "Quarterly inequalities report to the Quality and Safety Committee; NHS England oversight metrics."),
        ("Gaps in control / assurance",
         "No consistent data on access and outcomes by deprivation at place level; lung health check "
         "coverage variable between places."),
    ], [
        ("1.1a", "Agree a Core20PLUS5 investment framework with each place and confirm the 2025/26 "
                 "health inequalities allocations.",
         "Executive Medical Director / Director of Population Health", D(2025, 6, 30), D(2025, 9, 30),
         "Framework approved by the Executive Committee on 9 September 2025; allocations confirmed to "
         "all places.", "B"),
        ("1.1b", "Deliver targeted lung health checks to all eligible people aged 55–74 registered in the "
                 "most deprived quintile.",
         "Managing Director, Northern Cancer Alliance", D(2026, 3, 31), None,
         "71% of eligible people invited by end of September; on trajectory.", "G"),
        ("1.1c", "Develop a population health management dashboard showing variation in access and "
                 "outcomes by deprivation and ethnicity for each place.",
         "Chief Digital and Information Officer", "Q3 2025/26", None,
         "Data sharing agreements with two local authorities outstanding; sign-off expected in "
         "November 2025.", "A"),
    ])
    aim("Strategic aim 3: Better health and care services")
    risk("BAF 3.1 – Urgent and emergency care performance and patient safety", [
        ("Risk description",
         "If demand for urgent and emergency care continues to exceed capacity, then patients will "
         "experience long waits for ambulance response and in emergency departments, resulting in "
         "avoidable harm."),
        ("Executive lead", "Chief Delivery Officer"),
        ("Assuring committee", "Quality and Safety Committee"),
        ("Risk score (L x C)", "Inherent 4 x 5 = 20  |  Q1 4 x 5 = 20  |  Q2 4 x 4 = 16  |  Target 3 x 4 = 12"),
        ("Key controls",
         "System UEC plan 2025/26; daily system coordination centre; ambulance handover escalation "
         "protocol."),
        ("Sources of assurance",
         "UEC Board minutes; weekly handover and 4-hour performance data; harm review reports."),
        ("Gaps in control / assurance",
         "No agreed maximum handover standard across all acute trusts; discharge to assess capacity in "
         "the Tees Valley not reviewed since 2023."),
    ], [
        ("3.1a", "Implement the system winter plan 2025/26, including additional same day emergency care "
                 "and virtual ward capacity.",
         "Chief Delivery Officer", D(2025, 10, 31), None,
         "Winter plan agreed by the UEC Board; virtual ward capacity at 92% of plan.", "G"),
        ("3.1b", "Agree a system-wide ambulance handover standard (no handover longer than 45 minutes) "
                 "with all acute providers and NEAS.",
         "Chief Delivery Officer; Director of Urgent and Emergency Care", D(2025, 9, 30), D(2025, 12, 31),
         "Standard agreed with six of eight acute trusts; revised date agreed by the Audit Committee.", "A"),
        ("3.1c", "Commission an independent review of the discharge to assess pathway in the Tees Valley.",
         "Director of Commissioning", D(2025, 12, 31), None,
         "Procurement of the reviewer delayed; revised timeline to the Board in November.", "R"),
    ])
    aim("Strategic aim 4: A sustainable health and care system")
    risk("BAF 4.1 – Delivery of the 2025/26 financial plan", [
        ("Risk description",
         "If the system does not deliver its efficiency programme, then the ICB will not meet its "
         "statutory break-even duty, resulting in further NHS England intervention."),
        ("Executive lead", "Executive Director of Finance"),
        ("Assuring committee", "Finance, Performance and Investment Committee"),
        ("Risk score (L x C)", "Inherent 4 x 5 = 20  |  Q1 4 x 4 = 16  |  Q2 4 x 5 = 20  |  Target 3 x 4 = 12"),
        ("Key controls",
         "System financial plan; Directors of Finance group; monthly efficiency tracker."),
        ("Sources of assurance",
         "Month 6 finance report; internal audit of financial controls (substantial assurance)."),
        ("Gaps in control / assurance",
         "Unidentified efficiencies of £41m at month 6; ICB running cost reduction not yet agreed."),
    ], [
        ("4.1a", "Deliver the system efficiency programme, with monthly reporting of schemes by provider to "
                 "the Finance, Performance and Investment Committee.",
         "Executive Director of Finance", D(2026, 3, 31), None,
         "£212m delivered at month 6 against a plan of £236m.", "A"),
        ("4.1b", "Complete the review of ICB running costs to meet the reduction required by NHS England.",
         "Chief Executive / Executive Director of Corporate Governance", "Q4 2025/26", None,
         "Consultation on the new ICB structure launched on 1 October 2025.", "G"),
        ("4.1c", "Establish a system-wide vacancy control panel for all non-clinical posts.",
         "Chief People Officer", D(2025, 7, 31), None,
         "Complete – panel meeting weekly since July.", "B"),
    ])
    ws.cell(row=r, column=1,
            value="Note: revised dates are shown only where the Audit Committee has agreed an extension.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.freeze_panes = "A3"
    wb.save(out("zsf-nhs-north-east-and-north-cumbria-icb-board-assurance-framework-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Sheffield Teaching Hospitals NHSFT - Quality Account priorities tracker (xlsx)
# ---------------------------------------------------------------------------
def make_sth_quality_account():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Sheffield Teaching Hospitals NHS Foundation Trust"
    s["A1"].font = Font(bold=True, size=14, color="005EB8")
    s["A2"] = "Quality Account Priorities 2025/26 – Quarter 2 Progress Report"
    s["A2"].font = Font(bold=True, size=15)
    s["A3"] = "Report to: Quality Committee, 29 October 2025"
    s["A4"] = "Executive leads: Chief Nurse and Chief Medical Officer"
    s["A6"] = "RAG key"
    s["A6"].font = Font(bold=True)
    key = [("B", "Complete"), ("G", "On track"), ("A", "At risk – recovery actions in place"),
           ("R", "Off track")]
    for r, (k, t) in enumerate(key, 7):
        s.cell(row=r, column=1).fill = FILL[k]
        s.cell(row=r, column=1).border = BOX
        s.cell(row=r, column=2, value=t)
    s["A12"] = "Position at Quarter 2"
    s["A12"].font = Font(bold=True)
    hdr = ["Domain", "Actions", "Complete", "On track", "At risk", "Off track"]
    for i, h in enumerate(hdr, 1):
        s.cell(row=13, column=i, value=h)
    style_range(s, 13, 1, 6, FILL["head"], WHITE_BOLD)
    tot = [("Patient Safety", 5, 1, 2, 1, 1), ("Clinical Effectiveness", 2, 1, 1, 0, 0),
           ("Patient Experience", 3, 0, 2, 1, 0), ("Total", 10, 2, 5, 2, 1)]
    for r, row in enumerate(tot, 14):
        for c, v in enumerate(row, 1):
            s.cell(row=r, column=c, value=v)
        style_range(s, r, 1, 6)
    for c in range(1, 7):
        s.cell(row=17, column=c).font = Font(bold=True)
    s.column_dimensions["A"].width = 24
    s.column_dimensions["B"].width = 34

    ws = wb.create_sheet("Priorities 2025-26")
    hdr = ["Domain", "Priority", "Ref", "Actions / milestones", "Lead(s)", "Due", "Q1 RAG", "Q2 RAG",
           "Q2 progress update"]
    ws["A1"] = "Quality Account Priorities 2025/26 – action tracker"
    ws["A1"].font = Font(bold=True, size=13)
    for i, h in enumerate(hdr, 1):
        ws.cell(row=2, column=i, value=h)
    style_range(ws, 2, 1, 9, FILL["head"], WHITE_BOLD)
    for col, w in zip("ABCDEFGHI", (16, 30, 6, 58, 32, 12, 8, 8, 50)):
        ws.column_dimensions[col].width = w

    data = [
        ("Patient Safety", [
            ("Priority 1: Improve the recognition and escalation of deteriorating adult inpatients", [
                ("1.1", "Roll out electronic NEWS2 observations with automated escalation alerts to all adult "
                        "inpatient wards at the Northern General and Royal Hallamshire Hospitals.",
                 "Deputy Chief Nurse; Associate Medical Director (Patient Safety)", "Q2 2025/26", "G", "B",
                 "Live on all 64 adult inpatient wards from 15 September 2025."),
                ("1.2", "Audit 20 sets of observations per ward each month and report compliance with "
                        "escalation to the Patient Safety Committee.",
                 "Matrons – adult inpatient wards", "Monthly", "G", "G",
                 "Compliance 91% in September (target 90%)."),
                ("1.3", "Deliver deteriorating patient simulation training to 85% of registered nurses and "
                        "foundation doctors in medicine and surgery.",
                 "Head of Clinical Skills and Simulation", D(2026, 3, 31), "A", "A",
                 "58% trained; additional sessions booked for November and January."),
            ]),
            ("Priority 2: Reduce inpatient falls resulting in moderate or severe harm", [
                ("2.1", "Introduce the revised multifactorial falls risk assessment in the electronic "
                        "patient record (EPR).",
                 "Lead Nurse for Falls Prevention", D(2025, 12, 31), "G", "R",
                 "EPR build delayed by the supplier upgrade; go-live now expected February 2026."),
                ("2.2", "Extend bay-based supervision to all wards in the Geriatric and Stroke Medicine "
                        "directorate.",
                 "Nurse Director, Geriatric and Stroke Medicine", D(2025, 11, 30), "G", "G",
                 "In place on 9 of 12 wards."),
            ]),
        ]),
        ("Clinical Effectiveness", [
            ("Priority 3: Timely treatment of sepsis in the emergency department", [
                ("3.1", "Implement sepsis screening at triage and delivery of the Sepsis Six bundle within "
                        "one hour of arrival in the adult Emergency Department.",
                 "Clinical Director, Emergency Medicine", "Q3 2025/26", "A", "G",
                 "Screening tool embedded in triage; 78% of patients receive antibiotics within one hour."),
                ("3.2", "Publish a monthly sepsis dashboard (time to antibiotics) for the Emergency Department "
                        "and the Medical Admissions Unit.",
                 "Sepsis Lead Nurse / Senior Information Analyst", D(2025, 10, 31), "G", "B",
                 "Dashboard published on the intranet from October 2025."),
            ]),
        ]),
        ("Patient Experience", [
            ("Priority 4: Improve communication with patients and families at discharge", [
                ("4.1", "Launch a ‘Ready to go home’ discharge information leaflet in English and the five "
                        "most requested community languages.",
                 "Head of Patient Experience", D(2026, 1, 31), None, "A",
                 "English version approved; translation contract not yet in place."),
                ("4.2", "Introduce a follow-up telephone call within two working days of discharge for "
                        "patients aged 75 and over.",
                 "Head of Patient Experience; Lead Nurse for Discharge", D(2026, 3, 31), "G", "G",
                 "Pilot running on four wards in Geriatric Medicine."),
                ("4.3", "Report Friends and Family Test feedback on discharge to each Care Group Board.",
                 "Patient Experience Manager", "Quarterly", "G", "G",
                 "Q1 reports received by all Care Group Boards."),
            ]),
        ]),
    ]
    r = 3
    for domain, prios in data:
        d_start = r
        for prio, acts in prios:
            p_start = r
            for ref, text, lead, due, q1, q2, upd in acts:
                ws.cell(row=r, column=3, value=ref)
                ws.cell(row=r, column=4, value=text)
                ws.cell(row=r, column=5, value=lead)
                c = ws.cell(row=r, column=6, value=due)
                if isinstance(due, dt.datetime):
                    c.number_format = "mmm-yy" if due.month == 12 else "dd/mm/yyyy"
                ws.cell(row=r, column=9, value=upd)
                style_range(ws, r, 1, 9)
                if q1:
                    ws.cell(row=r, column=7).fill = FILL[q1]
                if q2:
                    ws.cell(row=r, column=8).fill = FILL[q2]
                r += 1
            ws.cell(row=p_start, column=2, value=prio)
            if r - 1 > p_start:
                ws.merge_cells(start_row=p_start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=d_start, column=1, value=domain)
        ws.cell(row=d_start, column=1).font = Font(bold=True)
        ws.merge_cells(start_row=d_start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Q1 and Q2 RAG columns are colour coded – see key on the Summary sheet. "
                                   "Q1 blank = action not started in Q1.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.freeze_panes = "D3"
    wb.save(out("zsf-sheffield-teaching-hospitals-nhsft-quality-account-priorities-tracker-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Agincare Weymouth - CQC home care action plan (xlsx) - REFUSE (typo year 2O25)
# ---------------------------------------------------------------------------
def make_agincare_refuse():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "Agincare UK Ltd – Agincare Weymouth (Home Care)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC Inspection Action Plan – regulated activity: personal care"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Inspection: 2 – 10 June 2025  |  Report published: 15 August 2025  |  Overall rating: "
                "Requires improvement (Safe: Requires improvement; Well-led: Requires improvement)")
    ws["A4"] = "Plan owner: Registered Manager  |  Reviewed monthly at the Branch Quality Meeting  |  Last updated: 06/10/2025"
    hdr = ["No.", "Key question", "Regulation", "What CQC found", "Action", "Responsible", "Target date",
           "Status", "Evidence / comments"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=6, column=i, value=h)
    style_range(ws, 6, 1, 9, PatternFill("solid", fgColor="6A1B4D"), WHITE_BOLD)
    for col, w in zip("ABCDEFGHI", (5, 12, 13, 40, 55, 24, 13, 12, 40)):
        ws.column_dimensions[col].width = w

    r = 7

    def section(text):
        nonlocal r
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        style_range(ws, r, 1, 9, FILL["sect"], Font(bold=True))
        r += 1

    def row(vals):
        nonlocal r
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        style_range(ws, r, 1, 9)
        r += 1

    section("BREACH – Regulation 12: Safe care and treatment")
    f1 = ("Medicine administration records were not always completed and two people missed "
          "time-specific medicines.")
    row([1, "Safe", "Reg 12(2)(g)", f1,
         "Introduce daily eMAR alert monitoring by the care coordinator, with missed or late medicines "
         "followed up the same day.", "Care Coordinator", D(2025, 7, 31), "Complete",
         "eMAR alert log checked daily since 1 July."])
    row([2, "Safe", "Reg 12(2)(g)", None,
         "Complete medicines competency assessments for all care workers supporting people with "
         "time-specific medicines, including Parkinson's medication.", "Field Care Supervisor",
         D(2025, 8, 31), "Complete", "38 of 38 care workers assessed."])
    row([3, "Safe", "Reg 12(2)(b)",
         "Risk assessments for people with catheters and diabetes lacked guidance on signs of deterioration.",
         "Review and update risk assessments for everyone with a catheter, PEG feed or diabetes, adding "
         "guidance on signs of deterioration and who to contact.", "Registered Manager / Clinical Lead",
         D(2025, 9, 30), "In progress", "27 of 34 risk assessments updated."])
    ws.merge_cells(start_row=8, start_column=4, end_row=9, end_column=4)
    section("BREACH – Regulation 17: Good governance")
    row([4, "Well-led", "Reg 17(2)(a)",
         "Audits had not identified the shortfalls in medicines records and risk assessments.",
         "Implement monthly quality audits of care records, call logs and MARs, with findings reported to "
         "the Area Quality Manager.", "Registered Manager", D(2025, 8, 31), "Complete",
         "July and August audits completed and reported."])
    row([5, "Well-led", "Reg 17(2)(a)",
         "Late and missed calls were not analysed for themes.",
         "Analyse late and missed calls weekly and report themes and actions to the Operations Director.",
         "Branch Manager", "30/09/2O25", "In progress",
         "Weekly report in draft; first report due at September quality meeting."])
    row([6, "Well-led", "Reg 17(2)(e)",
         "People's feedback was not used to improve the service.",
         "Carry out a quarterly survey of people using the service and their relatives, and publish "
         "'You said, we did' updates.", "Customer Experience Lead", D(2025, 10, 31), "Not started", None])
    section("Other improvements identified in the report")
    row([7, "Responsive", "–",
         "Care plans did not always record people's communication needs.",
         "Add a communication needs and preferences section (Accessible Information Standard) to all care "
         "plans at their next review.", "Field Care Supervisors", D(2025, 11, 30), "In progress",
         "New template live on the care planning system."])
    row([8, "Effective", "–",
         "Not all staff had completed learning disability and autism training.",
         "Deliver The Oliver McGowan Mandatory Training (Tier 1) to all staff.", "Training Coordinator",
         D(2025, 12, 31), "In progress", "64% complete."])
    r += 1
    ws.cell(row=r, column=1, value="Status: Complete / In progress / Not started. Evidence held on the branch "
                                   "shared drive – CQC folder.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    wb.save(out("zsf-agincare-weymouth-cqc-home-care-inspection-action-plan-typo-month-refuse.xlsx"))


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


def set_cell(cell, text, bold=False, size=None):
    """Write text into a cell; '\n' in text starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Ystradgynlais Group Practice - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def make_hiw_gp():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Ystradgynlais Group Practice – HIW Improvement Plan", level=0)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service:", "Ystradgynlais Group Practice"),
                 ("Health board:", "Powys Teaching Health Board"),
                 ("Inspection type:", "Announced GP inspection (Healthcare Inspectorate Wales)"),
                 ("Date of inspection:", "15 July 2025"),
                 ("Date plan submitted:", "24 September 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
        shade(row[0], "DEEAF6")
    doc.add_paragraph()
    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("No immediate assurance issues were identified during this inspection.")
    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph(
        "The table below sets out the improvements identified during the inspection and the actions the "
        "practice is taking to address them. Timescales are from the date of publication of the report.")

    cols = ["No.", "Risk / finding / issue", "Improvement needed", "Standard / Regulation",
            "Service action", "Responsible officer", "Timescale"]
    widths = [Cm(1.2), Cm(4.6), Cm(4.6), Cm(3.2), Cm(6.0), Cm(3.2), Cm(2.6)]

    sections = [
        ("Quality of Patient Experience", [
            ("1",
             "Information about the availability of services in Welsh was not displayed in the waiting room "
             "or on the practice website.",
             "The practice must ensure that information on the Welsh language Active Offer is displayed "
             "and available to patients.",
             "Health and Care Quality Standards 2023 – Person-centred; Welsh Language (Wales) Measure 2011",
             "Bilingual Active Offer poster displayed in reception.\nPractice website and leaflet updated to "
             "include information about services available in Welsh.",
             "Practice Manager", "31 August 2025"),
            ("2",
             "Patients told us it was difficult to get through on the telephone at 8am.",
             "The practice should continue to review telephone access arrangements and tell patients about "
             "any changes.",
             "Health and Care Quality Standards 2023 – Timely",
             "Call-back facility added to the telephone system. Call data to be reviewed monthly and shared "
             "with the Patient Participation Group.",
             "Practice Manager / Senior Receptionist", "30 November 2025"),
        ]),
        ("Delivery of Safe and Effective Care", [
            ("3",
             "Two emergency drugs in the treatment room were past their expiry date and checks were not "
             "recorded.",
             "The practice must implement a robust system for checking emergency drugs and equipment, and "
             "keep a record of the checks.",
             "Health and Care Quality Standards 2023 – Safe",
             "Weekly checklist for emergency drugs and equipment introduced and signed by the duty nurse, "
             "with a monthly spot check by the Lead Nurse.",
             "Lead Nurse", "Immediate"),
            ("4",
             "Clinical waste bins in two treatment rooms were not locked and the external bin store was "
             "open.",
             "The practice must ensure that clinical waste is stored securely at all times.",
             "Health and Care Quality Standards 2023 – Safe",
             "Lockable clinical waste bins purchased and external bin store padlocked. Waste storage added "
             "to the quarterly infection prevention and control audit.",
             "Practice Manager", "30 September 2025"),
            ("5",
             "Not all staff had completed safeguarding training at the level relevant to their role.",
             "The practice must ensure all staff complete safeguarding training at the appropriate level "
             "for their role.",
             "Health and Care Quality Standards 2023 – Safe; Working Together to Safeguard People",
             "Training matrix updated. All clinical staff to complete Level 3 adult and child safeguarding "
             "training and all non-clinical staff Level 2.",
             "Dr Owain Price (Safeguarding Lead GP)", "31 December 2025"),
        ]),
        ("Quality of Management and Leadership", [
            ("6",
             "Several practice policies were past their review date and did not show version control.",
             "The practice should ensure that all policies and procedures are reviewed and version "
             "controlled.",
             "Health and Care Quality Standards 2023 – Leadership",
             "Policy review schedule created. Outstanding policies to be reviewed at the monthly partners' "
             "meeting and saved to the shared drive with version control.",
             "Practice Manager, Dr Sarah Jenkins (Senior Partner)", "January 2026"),
            ("7",
             "Most non-clinical staff had not had an appraisal in the last 12 months.",
             "The practice must ensure that all staff receive an annual appraisal.",
             "Health and Care Quality Standards 2023 – Workforce",
             "Appraisal timetable set for all non-clinical and nursing staff.",
             "Practice Manager", "31 March 2026"),
        ]),
    ]
    for title, rows in sections:
        doc.add_heading(title, level=3)
        tbl = doc.add_table(rows=1, cols=len(cols))
        tbl.style = "Table Grid"
        for i, h in enumerate(cols):
            set_cell(tbl.rows[0].cells[i], h, bold=True)
            shade(tbl.rows[0].cells[i], "BDD7EE")
        for row in rows:
            cells = tbl.add_row().cells
            for i, v in enumerate(row):
                set_cell(cells[i], v)
        for row in tbl.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()

    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is "
                      "actioned.")
    doc.add_heading("Service representative", level=3)
    s = doc.add_table(rows=0, cols=2)
    s.style = "Table Grid"
    for k, v in [("Name (print):", "Sian Morgan"), ("Job role:", "Practice Manager"),
                 ("Date:", "24 September 2025")]:
        c = s.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)
    doc.save(out("zsf-ystradgynlais-group-practice-hiw-gp-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Abingdon Manor Care Home - RQIA care inspection Quality Improvement Plan (docx)
# ---------------------------------------------------------------------------
def make_rqia_qip():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("Abingdon Manor Care Home – Quality Improvement Plan", level=0)
    p = doc.add_paragraph("Unannounced Care Inspection – 13 August 2025")
    p.runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Registered Provider:", "Abingdon Care (NI) Ltd"),
                 ("Responsible Individual:", "Mr Brian Doherty"),
                 ("Registered Manager:", "Mrs Leanne McCartney"),
                 ("Type of service:", "Nursing Home (NH)"),
                 ("RQIA ID / Inspection ID:", "1217 / IN047812"),
                 ("Inspector:", "Aine Quinn")]:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)
        shade(c[0], "E2EFD9")
    doc.add_paragraph()
    doc.add_paragraph(
        "This inspection resulted in three areas for improvement being identified against the regulations "
        "and two against the standards. Findings of the inspection were discussed with Mrs Leanne "
        "McCartney, Registered Manager, as part of the inspection process. The timescales for completion "
        "commence from the date of inspection.")
    doc.add_paragraph(
        "The Quality Improvement Plan should be completed and detailed actions returned via the Web Portal "
        "for assessment by the inspector.")

    def section(heading, areas):
        p = doc.add_paragraph()
        r = p.add_run(heading)
        r.bold = True
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        tbl = doc.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for num, ref, stated, by, text, response in areas:
            c = tbl.add_row().cells
            set_cell(c[0], f"Area for improvement {num}\n\nRef: {ref}\n\nStated: {stated}\n\n"
                           f"To be completed by:\n{by}")
            c[0].paragraphs[0].runs[0].bold = True
            set_cell(c[1], text)
            shade(c[0], "F2F2F2")
            c2 = tbl.add_row().cells
            m = c2[0].merge(c2[1])
            set_cell(m, "Response by registered person detailing the actions taken:\n" + response)
            m.paragraphs[0].runs[0].bold = True
            for row in tbl.rows:
                row.cells[0].width = Cm(4.5)
        doc.add_paragraph()

    section("Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005", [
        (1, "Regulation 13 (7)", "First time", "With immediate effect (13 August 2025)",
         "The registered person shall ensure that the infection prevention and control issues identified "
         "during this inspection are managed to minimise the risk and spread of infection. This relates "
         "specifically to the storage of equipment in identified bathrooms and the condition of identified "
         "shower chairs.",
         "All equipment has been removed from bathrooms and a dedicated storage area identified on each "
         "floor. Four shower chairs have been replaced.\nThe Registered Manager completes a weekly IPC "
         "walkaround and findings are discussed at the daily flash meeting."),
        (2, "Regulation 12 (1)(a)(b)", "First time", "30 September 2025",
         "The registered person shall ensure that where a patient requires repositioning, care records "
         "accurately reflect the frequency recommended in the care plan and that repositioning is delivered "
         "as prescribed.",
         "Repositioning charts have been reviewed against each patient's care plan. Nurses check the charts "
         "at the end of each shift and the Deputy Manager audits ten charts weekly. Supervision has been "
         "completed with all care assistants."),
        (3, "Regulation 30", "Second time", "With immediate effect (13 August 2025)",
         "The registered person shall ensure that RQIA is notified of all accidents and incidents occurring "
         "in the home in accordance with Regulation 30.",
         "All incidents since the last inspection have been reviewed and retrospective notifications "
         "submitted. Notifications are now checked against the accident book at the monthly governance "
         "audit."),
    ])
    section("Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)", [
        (1, "Standard 12", "First time", "31 October 2025",
         "The registered person shall ensure that the daily menu is displayed in a suitable format and that "
         "patients on modified diets are offered a choice at each mealtime.",
         "A pictorial menu board has been installed in each dining room. The Catering Manager has met the "
         "Speech and Language Therapist and two choices are now prepared for each IDDSI level."),
        (2, "Standard 39", "First time", "30 November 2025",
         "The registered person shall ensure that staff complete mandatory training in a timely manner and "
         "that compliance is monitored by the manager.",
         "A training matrix is kept by the Administrator and reviewed by the Registered Manager monthly. "
         "Staff with outstanding training have been given protected time to complete e-learning."),
    ])
    p = doc.add_paragraph("*Please ensure this document is completed in full and returned via the Web Portal*")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(out("zsf-abingdon-manor-care-home-rqia-care-inspection-quality-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Yorkshire Ambulance Service - PSII safety action tracker export (csv)
# ---------------------------------------------------------------------------
def make_yas_psii():
    header = ["PSII", "Area for improvement", "Safety action ID", "Safety action", "Action owner",
              "Original target date", "Revised target date", "Status", "RAG", "Measure of effectiveness",
              "Latest update"]
    p1 = "PSII 2024/031 – Delayed response to a Category 2 stroke call during REAP level 4"
    p2 = "PSII 2025/007 – Patient fall from stretcher during loading (East locality)"
    p3 = "PSII 2025/012 – Morphine administered to a patient with a recorded allergy"
    a1 = ("Clinical Hub staff did not have clear guidance on when to carry out a clinical welfare call for "
          "Category 2 patients waiting during periods of high demand.")
    a2 = ("The family did not receive the investigation findings within the timeframe agreed at the start "
          "of the investigation.")
    a3 = ("Stretcher straps were not applied consistently because crews used two stretcher models with "
          "different strap configurations.")
    a4 = "The ePR allergy field was not visible on the medicines administration screen."
    rows = [
        [p1, a1, "SA-031-01",
         "Revise the Clinical Hub welfare call standard operating procedure to require a clinical review "
         "for Category 2 stroke patients waiting longer than 40 minutes.",
         "Head of Clinical Hub", "31/03/2025", "30/06/2025", "Closed", "B",
         "Audit of 50 Category 2 stroke calls per month", "SOP v4.2 published 20/06/2025."],
        [p1, a1, "SA-031-02",
         "Add an automated CAD alert for Category 2 stroke calls waiting longer than 40 minutes.",
         "Head of EOC Systems; Clinical Hub Manager", "30/09/2025", "", "Open", "A",
         "Alert fires on 100% of qualifying calls in test", "Change request raised; testing in November 2025."],
        [p1, a2, "SA-031-03",
         "Introduce a family liaison checklist for all PSIIs, with a named family liaison officer and agreed "
         "contact dates.",
         "Head of Patient Safety", "31/12/2024", "", "Closed", "B",
         "Checklist completed for all PSIIs opened after January 2025", "Checklist in use since January 2025."],
        [p2, a3, "SA-007-01",
         "Complete a fleet audit of stretcher models and strap configurations at all East locality stations.",
         "Fleet Manager", "31/08/2025", "", "Closed", "B",
         "Audit report to the Patient Safety Group", "Audit presented 18/08/2025."],
        [p2, a3, "SA-007-02",
         "Deliver a manual handling refresher on stretcher loading and strap use to all East locality A&E "
         "crews, with attendance reported monthly.",
         "Locality Director (East); Education and Training Manager", "31/12/2025", "", "Open", "G",
         "90% of A&E crews attended", "62% attended to date."],
        [p2, a3, "SA-007-03",
         "Issue a safety bulletin on stretcher strap use:\n- circulate in the weekly Operational Update\n"
         "- include in station huddles for four weeks",
         "Head of Patient Safety", "31/10/2025", "30/11/2025", "Open", "A",
         "Bulletin issued; huddle records returned", "Bulletin drafted; awaiting sign-off by the Medical Director."],
        [p3, a4, "SA-012-01",
         "Change the ePR medicines screen so that recorded allergies are displayed before any drug can be "
         "recorded as given.",
         "Chief Clinical Information Officer", "Q4 2025/26", "", "Open", "G",
         "Allergy displayed on 100% of medicines screens", "Supplier has scheduled the change for release 7.3."],
        [p3, a4, "SA-012-02",
         "Audit 100 ePRs per quarter for allergy recording and report the results to the Medicines "
         "Optimisation Group.",
         "Head of Medicines Management", "Quarterly", "", "Open", "G",
         "95% of ePRs with allergy status recorded", "Q2 audit: 93%."],
    ]
    path = out("zsf-yorkshire-ambulance-service-nhs-trust-psii-safety-action-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Yorkshire Ambulance Service NHS Trust – PSII Safety Action Tracker (Datix export 07/11/2025)"])
        w.writerow([])
        w.writerow(header)
        for row in rows:
            w.writerow(row)
        w.writerow([])
        w.writerow(["8 records"])


# ---------------------------------------------------------------------------
# 7. Call-in Homecare (Edinburgh) - Care Inspectorate improvement plan (plain text)
# ---------------------------------------------------------------------------
def make_call_in_txt():
    L = []
    a = L.append
    a("Call-in Homecare Ltd – Improvement Plan following Care Inspectorate inspection (June 2025)")
    a("Service: Call-in Homecare Ltd, Care at Home (Edinburgh)")
    a("Inspection completed: 13 June 2025    Report published: 28 July 2025")
    a("Evaluations: How well do we support people's wellbeing? 3 - Adequate | How good is our leadership? "
      "3 - Adequate | How good is our staff team? 4 - Good | How well is our care and support planned? "
      "3 - Adequate")
    a("Plan owner: Registered Manager    Last reviewed: 3 October 2025")
    a("")
    a("Status key: C = Complete   G = On track   A = Some slippage   R = Not on track")
    a("")
    bar = "=" * 78

    def kq(title):
        a(bar)
        a(title)
        a(bar)
        a("")

    def item(label, text, actions):
        a(label)
        a(text)
        a("")
        for ref, act, lead, due, status in actions:
            a(f"{ref}  {act}")
            a(f"      Lead: {lead} | Due: {due} | Status: {status}")
        a("")

    kq("Key question 1: How well do we support people's wellbeing?")
    item("Requirement 1",
         "By 30 September 2025, the provider must ensure that people receive their medication as prescribed, "
         "including time-critical medication. This is to comply with Regulation 4(1)(a) (Welfare of users) of "
         "The Social Care and Social Work Improvement Scotland (Requirements for Care Services) Regulations "
         "2011 (SSI 2011/210).",
         [("R1.1", "Weekly audit of medication administration records (MARs) by the care coordinators, with "
                   "any omission reported to the Registered Manager on the same day.",
           "Care Coordinators", "31/07/2025", "C"),
          ("R1.2", "Time-critical medicine visits flagged on the call scheduling system so they cannot be "
                   "moved without a senior's agreement.",
           "Scheduling Supervisor", "August 2025", "C"),
          ("R1.3", "Medication competency observations completed for all care staff and repeated annually.",
           "Training and Development Officer / Senior Carers", "30/11/2025", "G")])
    item("Area for improvement 1",
         "The provider should ensure that each person's care and support is reviewed at least once in every "
         "six months and that people and their families are involved in the review.",
         [("AFI1.1", "Review schedule set up so that every person has a six-monthly review date booked and "
                     "is invited to take part.",
           "Review Officer", "Ongoing", "G")])
    kq("Key question 2: How good is our leadership?")
    item("Requirement 2",
         "By 31 October 2025, the provider must ensure that quality assurance systems are effective in "
         "identifying and addressing areas for improvement. This is to comply with Regulation 4(1)(a) "
         "(Welfare of users) of The Social Care and Social Work Improvement Scotland (Requirements for Care "
         "Services) Regulations 2011 (SSI 2011/210).",
         [("R2.1", "Quality assurance calendar introduced covering care plan audits, spot checks, complaints "
                   "and missed visits, with results reported to the monthly governance meeting.",
           "Registered Manager", "31/08/2025", "C"),
          ("R2.2", "Service improvement plan reviewed at each governance meeting and shared with staff at "
                   "team meetings.",
           "Registered Manager, Operations Director", "31/10/2025", "A"),
          ("R2.3", "External quality audit commissioned from an independent consultant to test the new "
                   "systems.",
           "Operations Director", "January 2026", "R")])
    a("Note: the consultant is not available until February 2026; the due date for R2.3 will be revised at "
      "the next governance meeting.")
    a("")
    kq("Key question 5: How well is our care and support planned?")
    item("Area for improvement 2",
         "The provider should ensure that personal plans contain accurate, up-to-date information about "
         "people's preferences and outcomes, including how they like to be supported with personal care.",
         [("AFI2.1", "All personal plans reviewed and moved to the new outcome-focused template.",
           "Senior Carers", "31/12/2025", "G"),
          ("AFI2.2", "Spot checks to include asking people whether their plan reflects how they like to be "
                     "supported.",
           "Care Coordinators", "Monthly", "G")])
    a(bar)
    a("Summary: 9 actions - 3 complete, 4 on track, 1 some slippage, 1 not on track")
    path = out("zsf-call-in-homecare-edinburgh-care-inspectorate-improvement-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_nenc_baf()
    make_sth_quality_account()
    make_agincare_refuse()
    make_hiw_gp()
    make_rqia_qip()
    make_yas_psii()
    make_call_in_txt()
    print("done")
