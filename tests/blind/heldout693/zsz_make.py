"""Build the seven zsz- blind test files (set heldout693).

Run with /work/main/.venv/bin/python zsz_make.py  (needs openpyxl and python-docx).
Writes only files whose names start with "zsz-" in this folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zsz-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
FILL = {
    "B": PatternFill("solid", fgColor="0070C0"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
}
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
BAND_FILL = PatternFill("solid", fgColor="D9E1F2")
SUB_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, labels):
    for c, lab in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=c, value=lab)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def band(ws, row, ncols, text, fill, bold=True, color="000000"):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    cell = ws.cell(row=row, column=1, value=text)
    cell.font = Font(bold=bold, color=color)
    cell.fill = fill
    cell.alignment = Alignment(vertical="center")


def rag_cell(cell, letter, show_text=True):
    if letter:
        cell.fill = FILL[letter]
        if show_text:
            cell.value = letter
            cell.font = Font(bold=True, color="FFFFFF" if letter in "BR" else "000000")
    cell.alignment = Alignment(horizontal="center", vertical="top")
    cell.border = BOX


# ======================================================= 1. Dorothy House
def make_dorothy_house():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = ("Dorothy House Hospice Care \u2013 Quality Account 2025/26: "
                 "Priorities for Improvement")
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Quarterly progress tracker"
    cov["A2"].font = Font(italic=True, size=12)
    meta = [
        ("Reporting period", "Quarter 2 (1 July \u2013 30 September 2025)"),
        ("Presented to", "Clinical Governance Committee, 21 October 2025"),
        ("Prepared by", "Head of Quality and Governance"),
        ("Version", "v2.0 (Q2 update)"),
    ]
    r = 4
    for k, v in meta:
        cov.cell(row=r, column=1, value=k).font = Font(bold=True)
        cov.cell(row=r, column=2, value=v)
        r += 1
    cov.cell(row=9, column=1, value="RAG key").font = Font(bold=True)
    key = [
        ("B", "Complete \u2013 action delivered and evidence held"),
        ("G", "On track to deliver by target date"),
        ("A", "At risk \u2013 some slippage, mitigation in place"),
        ("R", "Off track \u2013 will not be delivered by target date without escalation"),
        (None, "Blank \u2013 not yet started (scheduled for later in the year)"),
    ]
    r = 10
    for letter, text in key:
        rag_cell(cov.cell(row=r, column=1), letter)
        cov.cell(row=r, column=2, value=text)
        r += 1
    cov.cell(row=16, column=1, value=(
        "Note: the Q2 RAG is the current position. Where a target date has been "
        "revised, the revised date is shown in the Revised target column."))
    widths(cov, [20, 80])

    ws = wb.create_sheet("Priorities 2025-26")
    ncols = 9
    ws.merge_cells("A1:I1")
    ws["A1"] = "Quality Account Priorities 2025/26 \u2013 Progress at Q2"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Dorothy House Hospice Care | Winsley, Bradford on Avon"
    header_row(ws, 4, ["Ref", "Priority / action", "Lead(s)",
                       "How we will measure success", "Original target",
                       "Revised target", "Q1 RAG", "Q2 RAG",
                       "Q2 progress update"])
    D = dt.datetime
    rows = [
        ("band", "Patient safety"),
        ("prio", "Priority 1: Reduce harm from falls for patients on the Inpatient Unit"),
        ("act", "1.1",
         "Introduce the revised multifactorial falls risk assessment for every "
         "Inpatient Unit admission, repeated after any fall or change in condition.",
         "Inpatient Unit Manager",
         "100% of admissions assessed within 24 hours (monthly audit)",
         D(2025, 6, 30), None, "G", "B",
         "Completed June 2025. July and August audits show 100% and 96% compliance."),
        ("act", "1.2",
         "Hold a post-falls huddle within 24 hours of every fall and record the "
         "learning on the incident reporting system.",
         "Falls Lead / Clinical Practice Educator",
         "Huddle recorded for all falls; themes reviewed quarterly",
         D(2025, 9, 30), None, "A", "G",
         "Huddles held for 11 of 12 falls in Q2. Template built into the incident "
         "form from 1 September."),
        ("act", "1.3",
         "Audit lying and standing blood pressure recording on admission and share "
         "the results at ward meetings.",
         "Clinical Audit Facilitator",
         "\u226590% compliance",
         "Quarterly", None, "G", "G",
         "Q2 audit 93% (Q1 91%). Results shared at ward meeting on 9 October."),
        ("band", "Clinical effectiveness"),
        ("prio", "Priority 2: Strengthen advance care planning for people on the community caseload"),
        ("act", "2.1",
         "Train all Clinical Nurse Specialists in ReSPECT conversations and documentation.",
         "Head of Community Services",
         "100% of CNSs trained",
         D(2025, 10, 31), D(2025, 12, 31), "G", "A",
         "24 of 33 CNSs trained (73%). Two training dates lost to vacancies; revised "
         "target agreed with the Director of Patient Care."),
        ("act", "2.2",
         "Build a structured advance care planning template into SystmOne and share "
         "it with GP practices in BaNES and Wiltshire.",
         "Digital Clinical Safety Officer; Head of Community Services",
         "Template live; ACP recorded for 60% of caseload",
         D(2025, 11, 30), None, "A", "R",
         "Supplier change request not yet scheduled. Escalated to Digital Steering "
         "Group on 8 October."),
        ("prio", "Priority 3: Improve symptom control for patients at home out of hours"),
        ("act", "3.1",
         "Add a nurse-led video consultation option to the 24-hour Palliative Care "
         "Advice Line.",
         "Advice Line Manager",
         "Video option available 24/7; caller feedback collected",
         D(2026, 3, 31), None, "G", "G",
         "Pilot running on weekday evenings since August. Evaluation due January."),
        ("act", "3.2",
         "Review anticipatory medicines prescribing with partner GP practices and "
         "agree a shared just-in-case medicines checklist.",
         "Medical Director & Lead Pharmacist",
         "Checklist agreed and in use",
         D(2026, 1, 31), None, None, None,
         "Not started \u2013 scheduled to begin in Q3 once the prescribing audit reports."),
        ("band", "Patient experience"),
        ("prio", "Priority 4: Hear from people whose voices are seldom heard"),
        ("act", "4.1",
         "Co-produce a bereavement feedback survey with the Hospice User Forum and "
         "offer it in paper, online and telephone formats.",
         "Head of Patient and Family Support",
         "Survey launched; response rate \u226525%",
         D(2025, 9, 30), None, "G", "B",
         "Launched 1 September in all three formats. 41 responses to date."),
        ("act", "4.2",
         "Hold two community listening events, in Trowbridge and Frome, with groups "
         "that rarely use hospice services.",
         "Community Engagement Lead",
         "Two events held; actions fed into 2026/27 priorities",
         D(2026, 2, 28), D(2026, 3, 31), "G", "G",
         "Trowbridge event booked for 12 November with local faith groups. Frome "
         "event moved to March to align with Carers' Week planning."),
    ]
    r = 5
    for row in rows:
        if row[0] == "band":
            band(ws, r, ncols, row[1], HEAD_FILL, color="FFFFFF")
        elif row[0] == "prio":
            band(ws, r, ncols, row[1], BAND_FILL)
        else:
            _, ref, text, lead, measure, orig, rev, q1, q2, upd = row
            vals = [ref, text, lead, measure, orig, rev]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            rag_cell(ws.cell(row=r, column=7), q1)
            rag_cell(ws.cell(row=r, column=8), q2)
            cell = ws.cell(row=r, column=9, value=upd)
            cell.alignment = WRAP
            cell.border = BOX
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary at Q2").font = Font(bold=True)
    r += 1
    for label, n in [("Complete (B)", 2), ("On track (G)", 4), ("At risk (A)", 1),
                     ("Off track (R)", 1), ("Not started", 1), ("Total actions", 9)]:
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=n)
        r += 1
    widths(ws, [8, 55, 26, 30, 13, 13, 8, 8, 50])
    ws.freeze_panes = "A5"
    wb.save(out("zsz-dorothy-house-hospice-care-quality-account-priorities-tracker-2025-26.xlsx"))


# ======================================================= 2. Solent PSII (docx)
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text, fill=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if fill:
        shade(cell, fill)


def make_solent():
    doc = Document()
    doc.add_heading("Patient Safety Incident Investigation (PSII): Safety Action Plan", level=0)
    p = doc.add_paragraph(
        "Development of a category 4 pressure ulcer in a housebound patient receiving "
        "care from the Community Nursing Service (Southampton)")
    p.runs[0].italic = True

    ctl = [
        ("Incident reference", "SOL-PSII-2025-014"),
        ("Date of incident", "19 February 2025"),
        ("Investigation lead", "Senior Patient Safety Investigator, Patient Safety Team"),
        ("Executive sponsor", "Chief Nurse"),
        ("Approved by", "Patient Safety Learning and Oversight Group, 14 August 2025"),
        ("Plan owner", "Head of Community Nursing (Southampton)"),
        ("Version", "v1.3 \u2013 updated 3 November 2025"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in ctl:
        cells = t.add_row().cells
        bold_cell(cells[0], k, "D9E1F2")
        cells[1].text = v

    doc.add_paragraph()
    doc.add_paragraph(
        "Safety actions are set out under the safety recommendation they respond to. "
        "Progress is reviewed monthly at the Adults Southampton Patient Safety Meeting "
        "and reported quarterly to the Quality and Safety Committee.")
    doc.add_paragraph(
        "Status key: Blue \u2013 complete and evidence uploaded; Green \u2013 on track; "
        "Amber \u2013 at risk of missing timescale; Red \u2013 timescale missed.")

    recs = [
        ("Safety recommendation 1",
         "Solent NHS Trust to ensure that housebound patients at high risk of pressure "
         "damage have their risk reassessed whenever their condition or care package "
         "changes, and that the reassessment triggers a review of the visit plan.",
         "Linked finding: Finding 1 \u2013 the Purpose T risk assessment was not repeated "
         "after the patient\u2019s discharge from hospital.",
         [
             ("1.1",
              "Update the Community Nursing pressure ulcer standard operating procedure so "
              "that a Purpose T reassessment is required at the first visit after any "
              "hospital discharge, change of care package or deterioration.",
              "Tissue Viability Lead Nurse", "31/07/2025",
              "SOP ratified at Clinical Policy Group", "Blue"),
             ("1.2",
              "Add a mandatory \u2018reassessment due\u2019 prompt to the SystmOne community "
              "nursing template for patients on the high-risk pathway.",
              "Clinical Systems Lead / Head of Community Nursing (Southampton)",
              "End of October 2025",
              "Prompt live; monthly report of overdue reassessments", "Red"),
             ("1.3",
              "Audit ten records per team each month for reassessment after a change in "
              "condition and feed the results back at team huddles.",
              "Community Nursing Team Leaders", "Monthly \u2013 ongoing",
              "\u226595% compliance for three consecutive months", "Green"),
         ]),
        ("Safety recommendation 2",
         "Solent NHS Trust to strengthen how caseload pressures are escalated so that "
         "visits to high-risk patients are not deferred without a documented clinical "
         "risk assessment.",
         "Linked finding: Finding 2 \u2013 four planned visits were deferred during a "
         "period of high caseload without the risk being escalated.",
         [
             ("2.1",
              "Introduce a daily caseload prioritisation huddle in each Southampton "
              "community nursing team using the RAG-rated visit prioritisation tool.",
              "Head of Community Nursing (Southampton)", "30/09/2025",
              "Huddle held daily; deferred high-risk visits recorded", "Blue"),
             ("2.2",
              "Amend the OPEL escalation framework for community nursing so that any "
              "deferral of a high-risk visit is escalated to the Operational Manager on "
              "the same day.",
              "Operational Manager (Adults Southampton)", "Q3 2025/26",
              "Escalation logged for 100% of deferrals (quarterly review)", "Green"),
             ("2.3",
              "Review the community nursing establishment against caseload acuity using "
              "the Safer Nursing Care Tool for community services and present the "
              "findings to the Quality and Safety Committee.",
              "Deputy Chief Nurse", "January 2026",
              "Report presented; workforce plan agreed", "Green"),
         ]),
        ("Safety recommendation 3",
         "Solent NHS Trust to improve the sharing of pressure ulcer risk information "
         "between the Community Nursing Service, domiciliary care providers and the "
         "patient\u2019s family.",
         "Linked finding: Finding 3 \u2013 the domiciliary care agency and the family were "
         "not aware that the patient had been assessed as high risk.",
         [
             ("3.1",
              "Agree a shared \u2018skin safety\u2019 handover sheet with the three main "
              "domiciliary care providers in Southampton, to be kept in the patient\u2019s "
              "home.",
              "Tissue Viability Lead Nurse / Council Quality Assurance Officer",
              "31 March 2026",
              "Handover sheet in use in \u226580% of shared-care homes (spot check)", "Green"),
             ("3.2",
              "Co-design a family and carer leaflet on preventing pressure damage at home "
              "with the Patient Safety Partners and publish it in the five most requested "
              "community languages.",
              "Patient Safety Partner Lead", "Feb 2026",
              "Leaflet published; feedback from 10 families", "Amber"),
         ]),
    ]
    colour = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    for head, rec, finding, actions in recs:
        doc.add_heading(head, level=1)
        doc.add_paragraph(rec)
        fp = doc.add_paragraph(finding)
        fp.runs[0].italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, lab in enumerate(["Ref", "Safety action", "Action owner", "Timescale",
                                 "Measure of effectiveness", "Status"]):
            bold_cell(t.rows[0].cells[i], lab, "1F3864")
            t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for a in actions:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            shade(cells[5], colour[a[5]])
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, lab in enumerate(["Role", "Name", "Date"]):
        bold_cell(t.rows[0].cells[i], lab, "D9E1F2")
    for row in [("Plan owner", "Head of Community Nursing (Southampton)", "03/11/2025"),
                ("Executive sponsor", "Chief Nurse", "04/11/2025")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.save(out("zsz-solent-nhs-trust-psii-community-nursing-pressure-ulcer-safety-action-plan.docx"))


# ======================================================= 3. SWASFT BAF
def make_swasft():
    wb = Workbook()
    s = wb.active
    s.title = "BAF Summary"
    s["A1"] = ("South Western Ambulance Service NHS Foundation Trust \u2013 "
               "Board Assurance Framework 2025/26")
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position at 30 September 2025 (Quarter 2)"
    s["A3"] = "Presented to the Board of Directors (public session), 28 October 2025"
    header_row(s, 5, ["Risk ref", "Strategic risk", "Executive owner",
                      "Assuring committee", "Initial score", "Q1 score", "Q2 score",
                      "Target score", "Trend"])
    summ = [
        ("SR1", "Demand exceeds capacity, leading to delayed responses and patient harm",
         "Chief Operating Officer", "Quality Committee", 20, 20, 16, 12, "\u2193"),
        ("SR2", "Inability to recruit, retain and support a sufficient clinical workforce",
         "Chief People Officer", "People Committee", 16, 16, 16, 9, "\u2192"),
        ("SR3", "Cyber attack or critical system failure disrupts 999 and 111 call handling",
         "Chief Digital Officer", "Audit and Assurance Committee", 20, 15, 15, 10, "\u2192"),
    ]
    r = 6
    for row in summ:
        for c, v in enumerate(row, start=1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        r += 1
    s.cell(row=10, column=1, value="Action RAG key (risk sheets)").font = Font(bold=True)
    for i, (letter, text) in enumerate([
            ("B", "Complete"),
            ("G", "On track"),
            ("A", "At risk of slipping"),
            ("R", "Off track or overdue"),
            (None, "No colour \u2013 not yet started")]):
        rag_cell(s.cell(row=11 + i, column=1), letter, show_text=False)
        s.cell(row=11 + i, column=2, value=text)
    s.cell(row=17, column=1, value=(
        "Scores are likelihood x consequence (5 x 5 matrix). Detailed controls, "
        "assurances and actions for each risk are on the SR sheets."))
    widths(s, [10, 60, 24, 28, 10, 9, 9, 10, 8])

    D = dt.datetime
    risks = [
        ("SR1",
         "SR1: Demand exceeds capacity, leading to delayed responses and patient harm",
         [("Strategic objective", "Patients \u2013 deliver safe, timely and effective care"),
          ("Risk description",
           "If demand for 999 services continues to exceed commissioned capacity and "
           "hospital handover delays persist, then patients may wait longer than the "
           "national response standards, resulting in avoidable harm."),
          ("Executive owner", "Chief Operating Officer"),
          ("Current score (L x C)", "16 (4 x 4)"),
          ("Target score", "12 (3 x 4) by March 2026"),
          ("Key controls",
           "Clinical Hub validation of lower-acuity calls; Hear and Treat and See and "
           "Treat pathways; Hospital Ambulance Liaison Officers at six acute sites; "
           "Surge Management Plan"),
          ("Gaps in control / assurance",
           "Handover delays at three acute trusts remain above 45 minutes; Category 2 "
           "mean not yet consistently below 30 minutes")],
         [("SR1.1",
           "Increase clinical validation of Category 3 and 4 calls in the Clinical Hub "
           "to 20% through the winter staffing plan.",
           "Chief Operating Officer", D(2025, 12, 31), None,
           "Validation at 17% in September; a further 14 WTE clinicians start in November.", "G"),
          ("SR1.2",
           "Agree 45-minute maximum handover trajectories with the three acute trusts "
           "with the longest delays, through the ICB urgent and emergency care boards.",
           "Deputy Chief Operating Officer / Head of Integrated Care", D(2025, 9, 30),
           D(2025, 12, 31),
           "Agreed with two of the three trusts; third trust plan goes to the December UEC board.",
           "A"),
          ("SR1.3",
           "Expand the falls response service for Level 1 and 2 falls to Cornwall and "
           "North Devon.",
           "Head of Urgent Care Services", D(2025, 7, 31), None,
           "Live in Cornwall from 1 July and North Devon from 21 July.", "B"),
          ("SR1.4",
           "Complete a clinical harm review of all Category 1 and 2 long waits over two "
           "hours and report the themes to the Quality Committee.",
           "Chief Nursing Officer", "Quarterly", None,
           "Q2 harm review reported to Quality Committee on 16 October.", "G")]),
        ("SR2",
         "SR2: Inability to recruit, retain and support a sufficient clinical workforce",
         [("Strategic objective", "People \u2013 be a great place to work"),
          ("Risk description",
           "If the Trust cannot recruit and retain enough paramedics, clinicians and "
           "call handlers, then rotas will not be filled and staff wellbeing will "
           "deteriorate, affecting patient care."),
          ("Executive owner", "Chief People Officer"),
          ("Current score (L x C)", "16 (4 x 4)"),
          ("Target score", "9 (3 x 3) by March 2026"),
          ("Key controls",
           "Workforce plan 2025/26; recruitment pipeline with universities; Health and "
           "Wellbeing Plan; exit interview analysis"),
          ("Gaps in control / assurance",
           "Paramedic turnover above 10%; sickness absence above target; clinical "
           "supervision not available to all staff")],
         [("SR2.1",
           "Launch the paramedic retention programme, including flexible rostering pilots "
           "in two divisions.",
           "Chief People Officer", D(2025, 10, 31), None,
           "Pilots live in the Dorset and Gloucestershire divisions.", "B"),
          ("SR2.2",
           "Reduce sickness absence to 6.5% through the Health and Wellbeing Plan, with "
           "targeted musculoskeletal and mental health support.",
           "Deputy Director of People", D(2026, 3, 31), None,
           "Sickness at 7.4% in August; trajectory behind plan.", "R"),
          ("SR2.3",
           "Deliver the Clinical Supervision Framework so that every frontline clinician "
           "has a named supervisor and at least two supervision sessions a year.",
           "Chief Paramedic / Head of Clinical Education", D(2026, 1, 31), D(2026, 3, 31),
           "Named supervisors in place for 71% of clinicians.", "A")]),
        ("SR3",
         "SR3: Cyber attack or critical system failure disrupts 999 and 111 call handling",
         [("Strategic objective", "Partnerships and infrastructure \u2013 resilient systems"),
          ("Risk description",
           "If a cyber attack or failure of the computer-aided dispatch (CAD) or "
           "telephony systems occurs, then 999 and 111 calls may be delayed or lost."),
          ("Executive owner", "Chief Digital Officer"),
          ("Current score (L x C)", "15 (3 x 5)"),
          ("Target score", "10 (2 x 5) by June 2026"),
          ("Key controls",
           "Secondary CAD and paper fallback; 24/7 security monitoring; patching policy; "
           "business continuity plans in both Clinical Hubs"),
          ("Gaps in control / assurance",
           "Out-of-hours fallback not tested; unsupported operating systems on some "
           "station PCs")],
         [("SR3.1",
           "Complete the Data Security and Protection Toolkit 2025/26 improvement plan and "
           "achieve \u2018Standards Met\u2019.",
           "Senior Information Risk Owner", D(2026, 6, 30), None,
           "On trajectory: 38 of 44 evidence items complete.", "G"),
          ("SR3.2",
           "Test the CAD fallback arrangements in both Clinical Hubs, including a live "
           "exercise out of hours.",
           "Head of EOC Resilience; Head of Cyber Security", D(2025, 11, 30), None,
           "Daytime test completed at Exeter on 24 September; out-of-hours exercise at "
           "Bristol scheduled for 20 November.", "G"),
          ("SR3.3",
           "Replace the unsupported operating systems on the remaining 46 station PCs.",
           "Head of Digital Infrastructure", D(2025, 8, 31), D(2025, 10, 31),
           "42 of 46 replaced; 4 awaiting site access.", "A"),
          ("SR3.4",
           "Commission an independent penetration test of the NHS 111 telephony platform "
           "after the supplier upgrade.",
           "Head of Cyber Security", D(2026, 2, 28), None,
           "Not started \u2013 follows the supplier upgrade due in January.", None)]),
    ]
    for sheet, title, fields, actions in risks:
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:G1")
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        r = 3
        for k, v in fields:
            ws.cell(row=r, column=1, value=k).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = SUB_FILL
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.cell(row=r, column=2, value=v).alignment = WRAP
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Actions to address gaps").font = Font(bold=True)
        r += 1
        header_row(ws, r, ["Ref", "Action to address gap", "Lead",
                           "Original due date", "Revised due date",
                           "Progress this quarter", "RAG"])
        r += 1
        for ref, text, lead, orig, rev, prog, rag in actions:
            for c, v in enumerate([ref, text, lead, orig, rev, prog], start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            rag_cell(ws.cell(row=r, column=7), rag, show_text=False)
            r += 1
        r += 1
        ws.cell(row=r, column=1, value=(
            "Notes: revised due dates were agreed by the assuring committee in October "
            "2025. RAG shown by colour \u2013 see key on the BAF Summary sheet."))
        widths(ws, [22, 55, 30, 12, 12, 45, 8])
    wb.save(out("zsz-south-western-ambulance-service-nhsft-board-assurance-framework-2025-26.xlsx"))


# ======================================================= 4. NHS Lothian HIS (docx)
def make_lothian():
    doc = Document()
    h = doc.add_paragraph()
    run = h.add_run("Improvement Action Plan")
    run.bold = True
    run.font.size = Pt(18)
    p = doc.add_paragraph()
    run = p.add_run("Healthcare Improvement Scotland: Maternity Services Safe Delivery of "
                    "Care Inspection")
    run.bold = True
    run.font.size = Pt(13)

    info = [
        ("NHS board", "NHS Lothian"),
        ("Hospital / unit",
         "Royal Infirmary of Edinburgh \u2013 Simpson Centre for Reproductive Health"),
        ("Date of inspection", "25\u201327 March 2025"),
        ("Date of publication of report", "1 July 2025"),
        ("Date of this update", "30 September 2025"),
        ("Please note",
         "This plan is published alongside the inspection report. Progress is reported "
         "monthly to the Women\u2019s and Children\u2019s Services Clinical Governance Group."),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        cells = t.add_row().cells
        bold_cell(cells[0], k, "DEEAF6")
        cells[1].text = v
    doc.add_paragraph()

    rows = [
        ("dom", "Domain 2 \u2013 Leadership and culture"),
        ("req", "Requirement 1: NHS Lothian must ensure that staffing levels and skill mix in "
                "the triage and labour ward areas are assessed and recorded using the "
                "real-time staffing resource, with risks escalated and mitigated in line "
                "with the Health and Care (Staffing) (Scotland) Act 2019."),
        ("act", "R1.1",
         "Embed the real-time staffing tool at each shift huddle in Triage and the Labour "
         "Ward, with the Midwife in Charge recording staffing risk and mitigation.",
         "31 May 2025", "Associate Director of Midwifery", "Blue \u2013 complete"),
        ("act", "R1.2",
         "Audit completion of the real-time staffing tool and report the results to the "
         "Safe Staffing Programme Board.",
         "Monthly", "Senior Charge Midwife \u2013 Labour Ward", "Green"),
        ("dom", "Domain 4.1 \u2013 Pathways, procedures and policies"),
        ("req", "Requirement 2: NHS Lothian must ensure that all women attending maternity "
                "triage are assessed using the Birmingham Symptom-specific Obstetric Triage "
                "System (BSOTS) within 15 minutes of arrival and that this is documented."),
        ("act", "R2.1",
         "Relaunch BSOTS training for all midwives working in triage, including a "
         "competency sign-off.",
         "30 September 2025", "Practice Education Midwife", "Amber \u2013 78% trained"),
        ("act", "R2.2",
         "Install a visible arrivals board in triage showing time since arrival and "
         "triage category.",
         "31 July 2025", "Senior Charge Midwife \u2013 Triage / Estates Manager",
         "Blue \u2013 complete"),
        ("req", "Requirement 3: NHS Lothian must ensure that controlled drugs are stored, "
                "checked and recorded in line with national guidance and the board\u2019s "
                "medicines policy."),
        ("act", "R3.1",
         "Introduce twice-daily controlled drug checks on the Labour Ward and postnatal "
         "wards, countersigned by a second registrant.",
         "30 June 2025", "Lead Pharmacist (Women\u2019s and Children\u2019s Services)",
         "Blue \u2013 complete"),
        ("act", "R3.2",
         "Carry out a quarterly controlled drug audit with pharmacy and report the results "
         "to the Medicines Safety Group.",
         "Quarterly",
         "Lead Pharmacist (Women\u2019s and Children\u2019s Services); Associate Director of Midwifery",
         "Green"),
        ("dom", "Domain 5 \u2013 Delivery of care"),
        ("req", "Recommendation a: NHS Lothian should ensure that women and families are "
                "given information about their care and discharge in a format and language "
                "they understand."),
        ("act", "Ra.1",
         "Make postnatal discharge information available in the eight most requested "
         "languages and in easy-read format.",
         "December 2025", "Patient Experience Lead Midwife", "Green"),
        ("act", "Ra.2",
         "Ask every woman about communication needs at booking and record interpreter "
         "requirements on BadgerNet.",
         "November 2025", "Community Midwifery Team Leaders", "Not started"),
        ("dom", "Domain 9 \u2013 Quality improvement"),
        ("req", "Requirement 4: NHS Lothian must ensure that learning from adverse events in "
                "maternity services is shared with all staff and that actions are tracked "
                "to completion."),
        ("act", "R4.1",
         "Publish a monthly \u2018Learning in Maternity\u2019 bulletin summarising themes from "
         "adverse event reviews.",
         "August 2025", "Clinical Governance and Risk Lead", "Blue \u2013 complete"),
        ("act", "R4.2",
         "Move maternity adverse event action tracking onto Datix, with a monthly overdue "
         "actions report to the Clinical Governance Group.",
         "31 October 2025\nRevised: 31 January 2026", "Clinical Governance and Risk Lead",
         "Red \u2013 original date missed; revised date agreed"),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, lab in enumerate(["Action reference", "Action planned",
                             "Timescale to meet action",
                             "Responsibility for taking action", "Progress (BRAG)"]):
        bold_cell(t.rows[0].cells[i], lab, "BDD7EE")
    for row in rows:
        cells = t.add_row().cells
        if row[0] in ("dom", "req"):
            merged = cells[0].merge(cells[4])
            merged.text = ""
            run = merged.paragraphs[0].add_run(row[1])
            run.bold = row[0] == "dom"
            shade(merged, "DEEAF6" if row[0] == "dom" else "F2F2F2")
        else:
            _, ref, text, when, who, prog = row
            cells[0].text = ref
            cells[1].text = text
            cells[2].text = when
            cells[3].text = who
            cells[4].text = prog
    doc.add_paragraph()
    doc.add_paragraph("Signature of NHS board Chief Executive: ____________________")
    doc.add_paragraph("Date: 30 September 2025")
    doc.add_paragraph(
        "Healthcare Improvement Scotland will follow up progress against this plan. "
        "Evidence of completed actions is held by the Women\u2019s and Children\u2019s "
        "Services Quality Team.")
    doc.save(out("zsz-nhs-lothian-his-royal-infirmary-of-edinburgh-maternity-inspection-improvement-action-plan.docx"))


# ======================================================= 5. Teifi Surgery HIW (csv)
def make_teifi():
    n = 9
    rows = [
        ["Teifi Surgery, Cardigan \u2013 HIW GP Inspection Improvement Plan (tracker)"] + [""] * (n - 1),
        ["Health board: Hywel Dda University Health Board", "Inspection date: 17 June 2025",
         "Report published: 19 September 2025"] + [""] * (n - 3),
        ["Last updated: 03/11/2025 by Practice Manager"] + [""] * (n - 1),
        [""] * n,
        ["No.", "Risk/finding/issue", "Improvement needed", "Standard / Regulation",
         "Service action", "Responsible officer", "Timescale", "Status", "Update"],
        ["Quality of Patient Experience"] + [""] * (n - 1),
        ["1", "Patients reported difficulty getting through on the telephone at 8am",
         "The practice must review its telephone and appointment arrangements to improve "
         "access for patients.",
         "Health and Care Quality Standards 2023 \u2013 Timely",
         "Install a cloud-based telephony system with call-back and queue position messages.",
         "Practice Manager", "31/10/2025", "Complete", "Went live 6 October 2025."],
        ["2", "", "", "",
         "Publish the results of the patient access survey, and the actions taken, on the "
         "practice website and in the waiting room.",
         "Practice Manager / Patient Participation Group Chair", "December 2025",
         "On track", "Survey closes 14 November."],
        ["3", "The hearing loop in reception was not working",
         "The practice must ensure the hearing loop is working and that staff know how to use it.",
         "Health and Care Quality Standards 2023 \u2013 Equitable",
         "Repair the hearing loop, add it to the monthly equipment checklist and brief "
         "reception staff at the team meeting.",
         "Reception Supervisor", "31/07/2025", "Complete", "Repaired 2 July; staff briefed 9 July."],
        ["Delivery of Safe and Effective Care"] + [""] * (n - 1),
        ["4", "Emergency drugs and equipment checks were not consistently recorded",
         "The practice must ensure that emergency drugs and equipment are checked and the "
         "checks recorded in line with its policy.",
         "Health and Care Quality Standards 2023 \u2013 Safe",
         "Introduce a weekly signed checklist for the emergency trolley and oxygen, audited "
         "monthly by the Lead Nurse.",
         "Lead Nurse", "Immediate \u2013 ongoing weekly", "Complete",
         "Checklist in use since 18 June 2025; monthly audits 100%."],
        ["5", "Not all clinical staff had completed safeguarding training at the required level",
         "The practice must ensure all staff complete safeguarding training at the level "
         "appropriate to their role.",
         "Health and Care Quality Standards 2023 \u2013 Safe; Safeguarding",
         "Complete Level 3 adult and child safeguarding training for the two GPs and the "
         "practice nurse whose training had lapsed.",
         "Dr S. Rees (Safeguarding Lead)", "30/09/2025", "Complete", "All certificates on file."],
        ["6", "", "", "",
         "Set up a training matrix with automatic reminders 60 days before renewal.",
         "Practice Manager", "November 2025", "Amber",
         "Matrix built; reminder function being tested with the health board IT team."],
        ["7", "The infection prevention and control audit had not been completed in the last 12 months",
         "The practice must complete an annual IPC audit and act on its findings.",
         "Health and Care Quality Standards 2023 \u2013 Safe; Infection prevention and control",
         "Complete the annual IPC audit using the health board\u2019s primary care audit tool "
         "and produce an action plan.",
         "Lead Nurse / IPC Link Nurse", "31/08/2025", "Complete", "Audit score 94%; action plan in place."],
        ["8", "Several patient records did not include a clear summary of the consultation "
              "and the safety-netting advice given",
         "The practice must ensure clinical records are complete and include safety-netting advice.",
         "Health and Care Quality Standards 2023 \u2013 Effective; Record keeping",
         "Audit 10 consultations per clinician and share the findings at the clinical meeting.",
         "Dr H. Morgan", "January 2026", "On track",
         "First round completed in October; re-audit in January."],
        ["Quality of Management and Leadership"] + [""] * (n - 1),
        ["9", "Staff told us they did not always receive feedback following significant events",
         "The practice must ensure learning from significant events is shared with all staff.",
         "Health and Care Quality Standards 2023 \u2013 Leadership",
         "Add significant event learning as a standing item at the monthly whole-practice "
         "meeting and circulate the minutes to all staff.",
         "Practice Manager", "Monthly", "On track", "Standing item since August."],
        ["10", "Not all non-clinical staff had received an annual appraisal",
         "The practice must ensure all non-clinical staff receive an annual appraisal.",
         "Health and Care Quality Standards 2023 \u2013 Workforce",
         "Complete outstanding appraisals for reception and administrative staff.",
         "Practice Manager; Reception Supervisor", "31 March 2026", "Not started",
         "Scheduled for January to March 2026."],
        [""] * n,
        ["Service representative", "Name (print): Rhian Davies", "Job role: Practice Manager",
         "Date: 03/11/2025"] + [""] * (n - 4),
    ]
    with open(out("zsz-teifi-surgery-cardigan-hiw-gp-inspection-improvement-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            assert len(row) == n
            w.writerow(row)


# ======================================================= 6. Glenkeen RQIA (txt)
def make_glenkeen():
    L = []
    a = L.append
    rule = "=" * 78
    a("Glenkeen Nursing Home, Limavady \u2013 Quality Improvement Plan")
    a("RQIA unannounced care inspection, 12 August 2025    Inspection ID: IN047213")
    a("Registered provider: Glenkeen Care Ltd    Responsible individual: Mr Declan McCloskey")
    a("Registered manager: Mrs Siobhan Doherty")
    a("QIP returned to RQIA: 22 September 2025    Progress reviewed: 31 October 2025")
    a("")
    a("RAG: B = completed, G = on track, A = some delay, R = not achieved by target date")
    a("")

    def afi(num, ref, stated, by, text, actions):
        a(f"Area for improvement {num}")
        a(f"Ref: {ref}")
        a(f"Stated: {stated}")
        a(f"To be completed by: {by}")
        a("")
        a(text)
        a("")
        a("Response by registered person detailing the actions taken:")
        for aref, atext, lead, target, rag in actions:
            a(f"{aref}  {atext}")
            lead_col = lead.ljust(max(36, len(lead) + 4))
            target_col = target.ljust(max(22, len(target) + 4))
            a(f"    Lead: {lead_col}Target: {target_col}RAG: {rag}")
        a("")

    a(rule)
    a("Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005")
    a(rule)
    a("")
    afi(1, "Regulation 13 (4)", "First time", "With immediate effect",
        "The registered person shall ensure that medicines are administered as prescribed "
        "and that the reason for any omitted dose is recorded.",
        [("1a", "All nurses to complete medicines management refresher training with the "
                "community pharmacist, including recording of omitted doses.",
          "Registered Manager", "30/09/2025", "B"),
         ("1b", "Deputy Manager to audit the medicine administration records for all "
                "residents weekly for eight weeks, then monthly.",
          "Deputy Manager", "Weekly then monthly", "G")])
    afi(2, "Regulation 27 (4) (b)", "Second time", "30 September 2025",
        "The registered person shall ensure that fire doors are not wedged open and that "
        "the actions from the fire risk assessment are completed within the timescales "
        "specified.",
        [("2a", "Fit magnetic hold-open devices linked to the fire alarm on the lounge and "
                "dining room doors.",
          "Maintenance Manager", "Sept 2025", "B"),
         ("2b", "Complete the three outstanding fire risk assessment actions (door closers "
                "on compartment doors, first floor signage and the emergency lighting test "
                "record).",
          "Maintenance Manager / Registered Manager", "31/10/2025", "R")])
    a(rule)
    a("Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)")
    a(rule)
    a("")
    afi(3, "Standard 4.9", "First time", "31 October 2025",
        "The registered person shall ensure that care records for residents with wounds "
        "include an up-to-date wound care plan and evidence of wound measurement at each "
        "dressing change.",
        [("3a", "Introduce the regional wound assessment chart, with photographs, for all "
                "residents with wounds.",
          "Clinical Lead Nurse", "31/10/2025", "G"),
         ("3b", "Tissue viability nurse from the Western HSC Trust to deliver wound care "
                "training for all registered nurses.",
          "Registered Manager", "Nov-25", "G")])
    afi(4, "Standard 12", "First time", "30 November 2025",
        "The registered person shall ensure that the daily menu is displayed in a suitable "
        "format and that residents on modified diets are offered a choice at each meal.",
        [("4a", "Display a pictorial daily menu on each floor and in the dining room.",
          "Catering Manager", "30/09/2025", "B"),
         ("4b", "Speech and language therapist to review the IDDSI texture-modified menu "
                "with the cook so that two choices are available at every meal.",
          "Catering Manager / Clinical Lead Nurse", "30/11/2025", "A")])
    afi(5, "Standard 41", "First time", "31 December 2025",
        "The registered person shall ensure that all staff receive supervision at least "
        "six-monthly and an annual appraisal, and that a record is kept.",
        [("5a", "Produce a supervision and appraisal schedule for all staff for the year ahead.",
          "Administrator", "31/10/2025", "B"),
         ("5b", "Complete the outstanding appraisals for care assistants and domestic staff.",
          "Deputy Manager; Registered Manager", "December 2025", "Not started")])
    a(rule)
    a("Please ensure this document is completed in full and returned via the Web Portal.")
    a("Signed: S Doherty, Registered Manager    Date: 31/10/2025")
    with open(out("zsz-glenkeen-nursing-home-limavady-rqia-care-inspection-quality-improvement-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ======================================================= 7. Walfinch Solihull (refuse)
def make_walfinch():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncols = 8
    ws.merge_cells("A1:H1")
    ws["A1"] = "Walfinch Solihull \u2013 CQC Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = ("Inspection: 8\u201315 July 2025 | Report published: 2 September 2025 | "
                "Overall rating: Requires improvement")
    ws.merge_cells("A3:H3")
    ws["A3"] = "Registered Manager: Priya Sandhu | Nominated Individual: Mark Ellison"
    header_row(ws, 5, ["Key question", "Regulation / breach", "What CQC found",
                       "Action we will take", "Who", "By when", "Progress", "Status"])
    stat_fill = {"Complete": FILL["B"], "Green": FILL["G"], "Amber": FILL["A"],
                 "Red": FILL["R"]}

    def action(r, text, who, when, prog, status):
        for c, v in zip(range(4, 9), [text, who, when, prog, status]):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=r, column=8).fill = stat_fill[status]

    def block(r0, r1, reg, found):
        ws.merge_cells(start_row=r0, start_column=2, end_row=r1, end_column=2)
        ws.merge_cells(start_row=r0, start_column=3, end_row=r1, end_column=3)
        ws.cell(row=r0, column=2, value=reg).alignment = WRAP
        ws.cell(row=r0, column=3, value=found).alignment = WRAP

    band(ws, 6, ncols, "SAFE", BAND_FILL)
    block(7, 9, "Regulation 12: Safe care and treatment",
          "Risks relating to people\u2019s health conditions, such as diabetes and catheter "
          "care, were not always assessed or recorded in care plans.")
    action(7, "Review every care plan for people with diabetes, a catheter or PEG feeding "
              "and add a condition-specific risk assessment.",
           "Registered Manager", "31 August 2025", "All 14 care plans reviewed.", "Complete")
    action(8, "Train all care staff in diabetes awareness and catheter care through the "
              "local authority provider training offer.",
           "Training Coordinator", "30 September 2025", "31 of 38 staff trained.", "Amber")
    action(9, "Carry out monthly spot checks of care plan risk assessments as part of the "
              "quality audit.",
           "Care Coordinator / Registered Manager", "Monthly",
           "August and September audits complete.", "Green")
    band(ws, 10, ncols, "EFFECTIVE", BAND_FILL)
    block(11, 12, "Regulation 11: Need for consent",
          "Mental capacity assessments were not completed where people may lack capacity "
          "to consent to their care.")
    action(11, "Complete decision-specific mental capacity assessments and best interest "
               "records for the six people identified at inspection.",
           "Registered Manager", "30 September 2025",
           "Five of six complete; one awaiting a family meeting.", "Amber")
    action(12, "Deliver Mental Capacity Act and DoLS training for senior care staff and "
               "care coordinators.",
           "Training Coordinator", "Novmber 2025", "Trainer booked.", "Green")
    band(ws, 13, ncols, "WELL-LED", BAND_FILL)
    block(14, 15, "Regulation 17: Good governance",
          "Audits had not identified the shortfalls found at inspection, and call "
          "monitoring data was not used to address late and missed calls.")
    action(14, "Introduce a weekly call monitoring report showing late (over 30 minutes) "
               "and missed calls, reviewed by the Registered Manager.",
           "Registered Manager", "31 July 2025", "Weekly report in place since 28 July.",
           "Complete")
    action(15, "Commission an external mock inspection by an independent consultant to "
               "test the effectiveness of our audits.",
           "Franchise Owner (Nominated Individual)", "January 2026",
           "Consultant booked for 13 January.", "Green")
    ws.cell(row=17, column=1, value=(
        "Status key: Complete / Green \u2013 on track / Amber \u2013 at risk / Red \u2013 overdue"))
    widths(ws, [12, 24, 40, 50, 24, 16, 36, 11])
    ws.freeze_panes = "A6"
    wb.save(out("zsz-walfinch-solihull-cqc-home-care-inspection-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_dorothy_house()
    make_solent()
    make_swasft()
    make_lothian()
    make_teifi()
    make_glenkeen()
    make_walfinch()
    print("built 7 files")
