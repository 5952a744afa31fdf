#!/usr/bin/env python3
"""Build the seven zoj- blind test files (set heldout737).

Run with /work/main/.venv/bin/python zoj_make.py  (needs openpyxl, python-docx).
Only writes files whose names start with 'zoj-'.
"""
import csv
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


def out(name):
    assert name.startswith("zoj-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
}
HEX = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000",
       "grey": "D9D9D9", "pale": "DEEAF6"}


def boxrow(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def cell_text(cell, text, bold=False):
    """Put text in a docx cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold


# ======================================================= 1. NHS Highland HIS (xlsx)
def make_highland():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = ("NHS Highland \u2013 Belford Hospital Safe Delivery of Care Inspection: "
                 "Improvement Action Plan")
    cov["A1"].font = Font(bold=True, size=14)
    cov.merge_cells("A1:D1")
    info = [
        ("NHS board", "NHS Highland"),
        ("Hospital", "Belford Hospital, Fort William"),
        ("Inspection dates", "24 to 26 June 2025 (unannounced)"),
        ("HIS report published", "16 October 2025"),
        ("Executive lead", "Director of Nursing and Midwifery"),
        ("Monitored by", "Lochaber Clinical Governance Group; Clinical Governance Committee"),
    ]
    r = 3
    for k, v in info:
        cov.cell(row=r, column=1, value=k).font = Font(bold=True)
        cov.cell(row=r, column=2, value=v)
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="Version control").font = Font(bold=True)
    r += 1
    for c, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        cov.cell(row=r, column=c, value=h).font = Font(bold=True)
        cov.cell(row=r, column=c).fill = FILL["grey"]
    boxrow(cov, r, 4)
    for v in [("0.1", "20/10/2025", "Lead Nurse, Belford Hospital", "First draft following publication of report"),
              ("0.2", "30/10/2025", "Quality and Patient Safety Lead", "Updated after Lochaber senior team review"),
              ("1.0", "06/11/2025", "Clinical Governance Committee", "Approved"),
              ("1.1", "08/12/2025", "Lead Nurse, Belford Hospital", "December progress update")]:
        r += 1
        for c, x in enumerate(v, 1):
            cov.cell(row=r, column=c, value=x)
        boxrow(cov, r, 4)
    r += 2
    cov.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for col, txt in [("blue", "Action complete and evidence held"),
                     ("green", "On track to meet timescale"),
                     ("amber", "Risk to timescale \u2013 mitigation in place"),
                     ("red", "Timescale missed")]:
        r += 1
        cov.cell(row=r, column=1).fill = FILL[col]
        cov.cell(row=r, column=2, value=txt)
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 34
    cov.column_dimensions["D"].width = 46

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Belford Hospital \u2013 Improvement Action Plan (progress at December 2025)"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:F1")
    heads = ["Ref", "Action planned", "Timescale to meet action",
             "Responsibility for taking action", "Progress / evidence", "RAG"]
    for c, h in enumerate(heads, 1):
        ws.cell(row=3, column=c, value=h).font = Font(bold=True)
        ws.cell(row=3, column=c).fill = FILL["pale"]
    boxrow(ws, 3, 6)

    D = dt.datetime
    plan = [
        ("domain", "Domain 1 \u2013 Clear vision and purpose"),
        ("req", "Requirement 1",
         "NHS Highland must ensure that patients are cared for in a safe environment when "
         "additional beds are in use, including access to call bells, oxygen and suction, and "
         "that the use of additional beds is risk assessed."),
        ("act", "1.1",
         "Complete a risk assessment for each additional bed space on the Medical Ward and in "
         "the Combined Assessment Unit before it is used, recorded on the safety huddle template.",
         D(2025, 11, 30), "Lead Nurse, Belford Hospital",
         "Template agreed at senior nurse meeting 3/11/25 and in use from 10/11/25. Weekly audit "
         "shows 92% compliance.", "green"),
        ("act", "1.2",
         "Install portable call bells and confirm access to piped or portable oxygen and suction "
         "at every designated additional bed space.",
         "31/10/2025", "Estates Manager (Lochaber) / Senior Charge Nurse, Medical Ward",
         "Portable call bells delivered and installed 22/10/25. Oxygen and suction checked daily.",
         "blue"),
        ("domain", "Domain 4.1 \u2013 Pathways, procedures and policies"),
        ("req", "Requirement 2",
         "NHS Highland must ensure that all patient equipment is clean and ready for use and "
         "that cleaning schedules are fully completed."),
        ("act", "2.1",
         "Introduce a 'clean equipment' labelling system across all inpatient areas and the "
         "Emergency Department.",
         D(2025, 12, 1), "Infection Prevention and Control Nurse",
         "Labels ordered; roll-out started in the Emergency Department on 1/12/25.", "amber"),
        ("act", "2.2",
         "Senior Charge Nurses to complete a monthly spot check of equipment cleanliness and "
         "cleaning schedule completion, reported to the Lochaber Clinical Governance Group.",
         "Ongoing \u2013 monthly", "Senior Charge Nurses",
         "First spot checks completed in November 2025.", "green"),
        ("req", "Requirement 3",
         "NHS Highland must ensure that patient care records are fully and accurately completed, "
         "including food and fluid charts and falls risk assessments."),
        ("act", "3.1",
         "Deliver documentation refresher sessions for registered nurses and healthcare support "
         "workers on the Medical Ward.",
         D(2026, 1, 31), "Practice Educator",
         "Three sessions delivered; 61% of staff have attended to date.", "green"),
        ("act", "3.2",
         "Add food, fluid and falls risk assessment completion to the monthly Care Assurance "
         "audit for all inpatient areas.",
         "January 2026", "Quality and Patient Safety Lead", "", None),
        ("domain", "Domain 4.3 \u2013 Workforce planning"),
        ("req", "Requirement 4",
         "NHS Highland must ensure that staffing is assessed in real time and that risk "
         "escalation processes are followed, in line with the Health and Care (Staffing) "
         "(Scotland) Act 2019."),
        ("act", "4.1",
         "Embed use of the real-time staffing tool at each safety huddle, with escalation "
         "recorded whenever staffing falls below the agreed level.",
         "31 March 2026", "Area Manager (Lochaber)",
         "Tool live on the Medical Ward; Combined Assessment Unit to follow in January 2026.",
         "green"),
        ("act", "4.2",
         "Report compliance with real-time staffing assessment and escalation to the Staff "
         "Governance Committee each quarter.",
         "Q4 2025/26", "Deputy Director of Nursing",
         "First report scheduled for the March 2026 committee.", "green"),
        ("domain", "Domain 9 \u2013 Quality control"),
        ("req", "Requirement 5",
         "NHS Highland must ensure that staff carry out hand hygiene at the appropriate times "
         "and that alcohol-based hand rub is available at the point of care."),
        ("act", "5.1",
         "Carry out weekly hand hygiene observation audits in all clinical areas and display the "
         "results on ward safety boards.",
         D(2025, 10, 31), "Senior Charge Nurses / Infection Prevention and Control Nurse",
         "Weekly audits in place since 6/10/25; average compliance 96%. Hand rub dispensers "
         "fitted at every bed space.", "blue"),
    ]
    r = 4
    for item in plan:
        if item[0] == "domain":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(row=r, column=1).fill = FILL["grey"]
        elif item[0] == "req":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.cell(row=r, column=2, value=item[2]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            boxrow(ws, r, 6)
        else:
            _, ref, action, when, who, prog, rag = item
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=action)
            c = ws.cell(row=r, column=3, value=when)
            if isinstance(when, dt.datetime):
                c.number_format = "mmm-yy"
            ws.cell(row=r, column=4, value=who)
            ws.cell(row=r, column=5, value=prog if prog else None)
            boxrow(ws, r, 6)
            if rag:
                ws.cell(row=r, column=6).fill = FILL[rag]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="NHS board contact: Lead Nurse, Belford Hospital. "
            "RAG key on Cover sheet.")
    for col, w in zip("ABCDEF", [14, 58, 16, 34, 48, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(out("zoj-nhs-highland-his-belford-hospital-safe-delivery-of-care-improvement-action-plan.xlsx"))


# ======================================================= 2. GWH PSII (csv)
def make_gwh_csv():
    W = 8
    rows = [
        ["Great Western Hospitals NHS Foundation Trust"],
        ["Patient Safety Incident Investigation (PSII) \u2013 Safety Action Plan"],
        ["PSII ref: PSII-2025-07. Incident: delayed recognition and escalation of a deteriorating "
         "patient on an acute medical ward, Great Western Hospital, Swindon"],
        ["Approved by the Patient Safety Incident Response Group: 19/08/2025"],
        [],
        ["Area for improvement", "Ref", "Safety action", "Action owner", "Target date",
         "How effectiveness will be measured", "RAG", "Progress (October 2025)"],
        ["AFI 1: Observations and NEWS2 scores were not always repeated at the frequency set by "
         "the escalation protocol, particularly overnight.",
         "SA1.1",
         "Introduce automated reminders for overdue observations on the electronic observations "
         "handheld devices.",
         "Head of Digital Clinical Systems", "30/11/2025",
         "Percentage of observations completed on time (target 90%)", "Green",
         "Build complete; testing on two wards before trust-wide release."],
        ["", "SA1.2",
         "Review overnight registered nurse to patient ratios on acute medical wards as part of "
         "the 2025/26 nursing establishment review.",
         "Deputy Chief Nurse & Divisional Director of Nursing (Medicine)", "Q4 2025/26",
         "Establishment review approved by Trust Board", "Amber",
         "Review delayed by national workforce guidance; paper now due to Board in March."],
        ["AFI 2: Escalation to the medical team was not always made, or not documented, when the "
         "NEWS2 score was 5 or more.",
         "SA2.1",
         "Update the deteriorating patient escalation SOP to include:\n"
         "- a clear escalation route to the Hospital at Night team\n"
         "- documentation of every escalation call using SBAR",
         "Resuscitation and Deteriorating Patient Lead", "31/10/2025",
         "SOP ratified; monthly audit of escalation documentation", "Blue",
         "SOP v3.2 ratified at Clinical Policy Group 22/10/2025."],
        ["", "SA2.2",
         "Deliver SBAR and escalation simulation training to registered nurses and nursing "
         "associates on medical wards.",
         "Clinical Skills and Simulation Lead", "March 2026",
         "Training compliance (target 85%)", "Green", "46% trained at end of October."],
        ["AFI 3: Sepsis screening was not started when the patient first met the screening "
         "criteria.",
         "SA3.1",
         "Add an automatic sepsis screening prompt to the electronic observations system when "
         "NEWS2 is 5 or more.",
         "Head of Digital Clinical Systems / Sepsis Lead Nurse", "31/12/2025",
         "Sepsis screening compliance in the monthly sepsis audit", "Green",
         "Change request approved; build scheduled for December release."],
        ["AFI 4: Concerns raised by the patient's family about the change in their condition "
         "were not escalated.",
         "SA4.1",
         "Launch Martha's Rule (Call 4 Concern) on all adult inpatient wards, with posters and "
         "leaflets at every bedside.",
         "Deputy Chief Nurse", "30/09/2025",
         "Number of Call 4 Concern calls and outcomes", "Blue",
         "Launched 15/09/2025 on all adult wards."],
        ["", "SA4.2",
         "Audit use of Call 4 Concern and report outcomes to the Patient Safety Group.",
         "Patient Safety Specialist", "Quarterly",
         "Quarterly report received by the Patient Safety Group", "Green",
         "First report due January 2026."],
        [],
        ["RAG key: Blue = complete and evidenced; Green = on track; Amber = risk to delivery by "
         "target date; Red = overdue"],
        ["Progress is reported monthly to the Medicine Division Governance Meeting and quarterly "
         "to the Patient Safety Group."],
    ]
    with open(out("zoj-great-western-hospitals-nhsft-psii-delayed-recognition-of-deterioration-"
                  "safety-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (W - len(row)))


# ======================================================= 3. Berkshire QA priorities (docx)
def make_berkshire():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Quality Account 2025/26: Quality Priorities \u2013 Quarter 2 Progress Report",
                      style="Title")
    doc.add_paragraph("Berkshire Healthcare NHS Foundation Trust")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Report to", "Quality Assurance Committee"),
                 ("Meeting date", "11 November 2025"),
                 ("Author", "Head of Clinical Effectiveness and Audit"),
                 ("Executive lead", "Director of Nursing and Therapies"),
                 ("Purpose", "For assurance")]:
        row = t.add_row().cells
        cell_text(row[0], k, bold=True)
        shade(row[0], HEX["pale"])
        cell_text(row[1], v)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "Our Quality Account 2024/25 set out three quality priorities for 2025/26, one for each "
        "of patient safety, clinical effectiveness and patient experience. This report gives the "
        "position at the end of Quarter 2 (September 2025) for each action, with the Quarter 1 "
        "RAG rating for comparison.")
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    cell_text(k.rows[0].cells[0], "RAG", bold=True)
    cell_text(k.rows[0].cells[1], "Definition", bold=True)
    for code, col, defn in [("B", "blue", "Complete"),
                            ("G", "green", "On track to deliver by the due date"),
                            ("A", "amber", "Some slippage \u2013 recovery actions agreed"),
                            ("R", "red", "Off track \u2013 escalated to the Executive")]:
        row = k.add_row().cells
        cell_text(row[0], code)
        shade(row[0], HEX[col])
        cell_text(row[1], defn)

    rag_col = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

    def priority(h1, h2, measure, actions):
        doc.add_heading(h1, level=1)
        doc.add_heading(h2, level=2)
        doc.add_paragraph(measure)
        tb = doc.add_table(rows=1, cols=7)
        tb.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Due", "Q1 RAG", "Q2 RAG", "Q2 update"]):
            cell_text(tb.rows[0].cells[i], h, bold=True)
            shade(tb.rows[0].cells[i], HEX["grey"])
        for a in actions:
            cells = tb.add_row().cells
            for i, v in enumerate(a):
                cell_text(cells[i], v)
                if i in (4, 5) and v in rag_col:
                    shade(cells[i], HEX[rag_col[v]])

    priority(
        "Patient safety",
        "Priority 1: Reducing restrictive practice on our mental health inpatient wards",
        "How we will measure it: a 20% reduction in the use of prone restraint compared with "
        "2024/25, reported monthly on the Quality dashboard.",
        [("1.1", "Roll out all ten Safewards interventions on the adult acute wards at Prospect "
                 "Park Hospital.",
          "Head of Inpatient Services", "September 2025", "G", "B",
          "All six adult wards have implemented the ten interventions; fidelity checks completed."),
         ("1.2", "Offer a post-incident debrief to every patient and member of staff involved "
                 "within 72 hours of any restraint.",
          "Lead Nurse, Mental Health Inpatients; Patient Experience Lead", "31/12/2025", "G", "A",
          "Staff debriefs at 88%; patient debriefs at 54%. Recovery plan agreed with ward managers."),
         ("1.3", "Publish monthly restrictive practice data by ward on the Quality dashboard.",
          "Head of Clinical Effectiveness and Audit", "Q3 2025/26", "A", "G",
          "Data build complete; first ward-level report due in October.")])
    priority(
        "Clinical effectiveness",
        "Priority 2: Improving physical health care for people with severe mental illness",
        "How we will measure it: 75% of people on our community SMI caseload receiving all six "
        "annual physical health checks by March 2026.",
        [("2.1", "Identify everyone on the community SMI caseload who has not had all six checks "
                 "in the last 12 months and offer an appointment at a physical health clinic.",
          "Physical Health Lead Nurse", "March 2026", "A", "A",
          "61% at end of Q2 (Q1: 58%). Additional clinics agreed in Slough and Reading."),
         ("2.2", "Train community mental health team staff to record and interpret ECGs.",
          "Practice Development Lead", "January 2026", "G", "G",
          "Four of six localities trained."),
         ("2.3", "Agree a shared care protocol with primary care for following up abnormal "
                 "results.",
          "Associate Medical Director & Primary Care Liaison Lead", "Q4 2025/26", "\u2013",
          "Not started",
          "Work will begin in Q3 once the Frimley and BOB ICB leads are confirmed.")])
    priority(
        "Patient experience",
        "Priority 3: Supporting children and young people waiting for a neurodevelopmental "
        "assessment",
        "How we will measure it: every family on the waiting list contacted at least every six "
        "months, and improved experience scores in our waiting-list survey.",
        [("3.1", "Offer every family on the ADHD and autism assessment waiting list a 'waiting "
                 "well' contact at least every six months.",
          "Service Manager, Neurodiversity (CYPF)", "31/10/2025", "G", "B",
          "All families contacted; six-monthly contact now automated."),
         ("3.2", "Develop an online resource hub for parents and carers, co-produced with the "
                 "Parent Carer Forums.",
          "Head of CYPF Services", "Ongoing", "A", "G",
          "Hub launched in August; content reviewed each month with the forums."),
         ("3.3", "Survey families about their experience of waiting and report the results to "
                 "the Patient Experience Committee.",
          "Patient Experience Lead", "February 2026", "G", "R",
          "Survey launch delayed by procurement of the survey platform; escalated to the "
          "Executive on 20 October.")])

    doc.add_paragraph("")
    doc.add_paragraph("Next report: Quarter 3 position to the Quality Assurance Committee in "
                      "February 2026.")
    doc.save(out("zoj-berkshire-healthcare-nhsft-quality-account-priorities-tracker-2025-26.docx"))


# ======================================================= 4. Skewen HIW GP (docx)
def make_skewen():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_heading("Skewen Medical Centre \u2013 HIW Improvement Plan", level=0)
    doc.add_paragraph("Service: Skewen Medical Centre, Swansea Bay University Health Board")
    doc.add_paragraph("Date of inspection: 14 May 2025")
    doc.add_paragraph("Type of inspection: General practice inspection (announced)")

    doc.add_heading("Appendix A \u2013 Summary of concerns resolved during the inspection", level=1)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during "
                      "our inspection. Due to the impact/potential impact on patient care and "
                      "treatment these concerns needed to be addressed straight away, during "
                      "the inspection.")
    ta = doc.add_table(rows=2, cols=4)
    ta.style = "Table Grid"
    for i, hd in enumerate(["Immediate concerns identified",
                            "Impact/potential impact on patient care and treatment",
                            "How HIW escalated the concern", "How the concern was resolved"]):
        cell_text(ta.rows[0].cells[i], hd, bold=True)
        shade(ta.rows[0].cells[i], HEX["grey"])
    for i, v in enumerate([
            "Two ampoules of adrenaline in the emergency drugs bag were past their expiry date.",
            "Patients could be at risk of harm if out-of-date medication was used in an "
            "emergency.",
            "The issue was raised with the practice manager on the day of inspection.",
            "The expired ampoules were replaced immediately and a second check of all emergency "
            "drugs was completed."]):
        cell_text(ta.rows[1].cells[i], v)

    heads = ["Improvement needed", "Standard / Regulation", "Service action",
             "Responsible officer", "Timescale"]
    doc.add_heading("Appendix B \u2013 Immediate improvement plan", level=1)
    doc.add_paragraph("Service: Skewen Medical Centre")
    doc.add_paragraph("Date of inspection: 14 May 2025")
    doc.add_paragraph("The table below includes any immediate non-compliance concerns about "
                      "patient safety identified during the inspection where we require the "
                      "service to complete an immediate improvement plan.")
    tb = doc.add_table(rows=2, cols=5)
    tb.style = "Table Grid"
    for i, hd in enumerate(heads):
        cell_text(tb.rows[0].cells[i], hd, bold=True)
        shade(tb.rows[0].cells[i], HEX["grey"])
    m = tb.rows[1].cells[0].merge(tb.rows[1].cells[4])
    cell_text(m, "No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C \u2013 Improvement plan", level=1)
    doc.add_paragraph("Service: Skewen Medical Centre")
    doc.add_paragraph("Date of inspection: 14 May 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the "
                      "inspection where we require the service to complete an improvement plan "
                      "telling us about the actions they are taking to address these areas.")
    tc = doc.add_table(rows=1, cols=5)
    tc.style = "Table Grid"
    for i, hd in enumerate(heads):
        cell_text(tc.rows[0].cells[i], hd, bold=True)
        shade(tc.rows[0].cells[i], HEX["grey"])

    def theme(text):
        cells = tc.add_row().cells
        mm = cells[0].merge(cells[4])
        cell_text(mm, text, bold=True)
        shade(mm, HEX["pale"])

    def act(*vals):
        cells = tc.add_row().cells
        for i, v in enumerate(vals):
            cell_text(cells[i], v)

    theme("Quality of the patient experience")
    act("The practice must ensure that patients can get through to the practice by telephone "
        "at busy times.",
        "Health and Care Quality Standards 2023 \u2013 Timely",
        "Cloud-based telephone system installed with call-back and queue position messages.\n"
        "Call data to be reviewed monthly by the practice manager and shared with the Patient "
        "Participation Group.",
        "Practice Manager", "30/09/2025")
    act("The practice must make information on how to raise a concern under Putting Things "
        "Right available bilingually in the waiting area.",
        "Health and Care Quality Standards 2023 \u2013 Person-centred; Welsh Language (Wales) "
        "Measure 2011",
        "Bilingual Putting Things Right posters and leaflets to be displayed in reception and "
        "on the practice website.",
        "Reception Supervisor", "July 2025")
    theme("Delivery of safe and effective care")
    act("The practice must ensure that the infection prevention and control policy is reviewed "
        "and that an annual IPC audit is completed.",
        "Health and Care Quality Standards 2023 \u2013 Safe",
        "IPC policy to be reviewed and updated. Annual IPC audit to be completed with the "
        "support of the health board IPC team.",
        "Practice Nurse (IPC Lead)", "31 August 2025")
    act("The practice must ensure that emergency drugs and equipment are checked weekly and "
        "that the checks are recorded.",
        "Resuscitation Council UK guidance; Health and Care Quality Standards 2023 \u2013 Safe",
        "Weekly checklist introduced for the emergency trolley and drugs bag, signed by the duty "
        "nurse, with a monthly check by the practice manager.",
        "Lead Practice Nurse / Practice Manager", "Immediate and ongoing")
    act("The practice must ensure that patient records contain a clear record of consent and of "
        "any chaperone offered.",
        "Health and Care Quality Standards 2023 \u2013 Effective",
        "Quarterly audit of 20 records per clinician, with findings discussed at the monthly "
        "clinical meeting.",
        "Dr Sian Howells \u2013 GP Partner", "End of October 2025")
    theme("Quality of management and leadership")
    act("The practice must ensure that all staff complete mandatory training, including "
        "safeguarding and fire safety, and that compliance is monitored.",
        "Health and Care Quality Standards 2023 \u2013 Workforce",
        "Training matrix updated and reviewed monthly at the practice management meeting. "
        "Staff given protected time to complete outstanding e-learning.",
        "Practice Manager", "31/12/2025")
    act("The practice must ensure that all staff receive an annual appraisal.",
        "Health and Care Quality Standards 2023 \u2013 Workforce",
        "Appraisal schedule agreed for all non-clinical staff and outstanding appraisals booked.",
        "Practice Manager / Assistant Practice Manager", "March 2026")

    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the "
                      "service who has overall responsibility and accountability for ensuring "
                      "the improvement plan is actioned.")
    ts = doc.add_table(rows=4, cols=2)
    ts.style = "Table Grid"
    for i, (k, v) in enumerate([("Service representative", ""),
                                ("Name (print):", "Angharad Morris"),
                                ("Job role:", "Practice Manager"),
                                ("Date:", "18/07/2025")]):
        cell_text(ts.rows[i].cells[0], k, bold=True)
        cell_text(ts.rows[i].cells[1], v)
    doc.save(out("zoj-skewen-medical-centre-hiw-gp-inspection-improvement-plan.docx"))


# ======================================================= 5. St Joseph's Hospice CQC (xlsx)
def make_stjosephs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "St Joseph's Hospice \u2013 CQC Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Inspection: 8\u201310 April 2025 (report published 2 July 2025). Overall rating: "
                "Good. Safe: Requires improvement.")
    ws.merge_cells("A2:I2")
    ws["A3"] = "Monitored by the Quality and Governance Committee. Last updated: 17/11/2025"
    ws.merge_cells("A3:I3")
    heads = ["Ref", "CQC requirement", "Regulation", "Action", "Lead(s)",
             "Original target date", "Revised target date", "Progress update", "RAG"]
    for c, h in enumerate(heads, 1):
        ws.cell(row=5, column=c, value=h).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=5, column=c).fill = FILL["navy"]
    boxrow(ws, 5, 9)

    D = dt.datetime
    groups = [
        ("section", "MUST DO"),
        ("req",
         "The provider must ensure that controlled drugs on the inpatient unit are stored, "
         "recorded and reconciled in line with legislation and hospice policy.",
         "Regulation 12(2)(g) Safe care and treatment",
         [("M1.1", "Move to twice-daily controlled drug balance checks on the inpatient unit, "
                   "with two registered nurse signatures.",
           "Ward Manager, Inpatient Unit", D(2025, 7, 31), None,
           "Implemented 14/07/2025 and audited weekly since.", "Complete", "blue"),
          ("M1.2", "Commission an external controlled drugs audit from the ICB controlled drugs "
                   "team.",
           "Director of Patient Care & Lead Pharmacist", D(2025, 9, 30), D(2025, 11, 30),
           "Audit rescheduled by the ICB; now booked for 20 November.", "On track", "green")]),
        ("req",
         "The provider must ensure that risks to people's safety, including falls and pressure "
         "damage, are assessed and mitigated and that care plans reflect people's current needs.",
         "Regulation 12(1)(2)(a)(b) Safe care and treatment",
         [("M2.1", "Complete falls and pressure ulcer risk assessments within 24 hours of "
                   "admission and review them at every change in condition.",
           "Ward Manager, Inpatient Unit", D(2025, 8, 31), None,
           "Compliance 97% in October audit.", "Complete", "blue"),
          ("M2.2", "Introduce a weekly care plan quality audit of 10 records, with feedback to "
                   "individual nurses.",
           "Clinical Nurse Specialist Team Lead / Practice Development Nurse", D(2025, 9, 30),
           D(2025, 12, 31), "Audit tool agreed; audits started on the inpatient unit only.",
           "Amber", "amber"),
          ("M2.3", "Deliver falls prevention training to all healthcare assistants and "
                   "registered nurses.",
           "Practice Development Nurse", D(2025, 10, 31), None,
           "78% of staff trained; remaining sessions booked.", "Amber", "amber")]),
        ("req",
         "The provider must ensure that systems to assess, monitor and improve the quality and "
         "safety of the service are operated effectively.",
         "Regulation 17(1)(2)(a) Good governance",
         [("M3.1", "Implement a quarterly clinical audit programme reported to the Quality and "
                   "Governance Committee.",
           "Head of Quality and Governance", "Q3 2025/26", None,
           "Programme approved in September; first report due in December.", "On track",
           "green")]),
        ("section", "SHOULD DO"),
        ("req",
         "The provider should ensure that all staff complete training in the Mental Capacity "
         "Act and Deprivation of Liberty Safeguards.",
         "Regulation 18 Staffing",
         [("S1.1", "Add MCA/DoLS training to the mandatory training matrix, with monthly "
                   "compliance reports to managers.",
           "HR Business Partner; Education Lead", D(2025, 9, 30), None,
           "Added to matrix; compliance 91%.", "Complete", "blue")]),
        ("req",
         "The provider should review how it records people's preferred place of death and "
         "advance care planning discussions.",
         "Regulation 9 Person-centred care",
         [("S2.1", "Add a structured advance care planning template to the electronic patient "
                   "record.",
           "Clinical Systems Manager", D(2026, 1, 31), None, "", "Not started", None),
          ("S2.2", "Report achievement of preferred place of death to the Quality and Governance "
                   "Committee each quarter.",
           "Head of Quality and Governance", "Quarterly", None,
           "Q2 report received in October.", "On track", "green")]),
    ]
    r = 6
    for g in groups:
        if g[0] == "section":
            ws.cell(row=r, column=1, value=g[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = FILL["grey"]
            r += 1
            continue
        _, req, reg, acts = g
        first = r
        for a in acts:
            ref, action, lead, orig, rev, prog, rag, col = a
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=4, value=action)
            ws.cell(row=r, column=5, value=lead)
            c = ws.cell(row=r, column=6, value=orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(row=r, column=7, value=rev)
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8, value=prog if prog else None)
            ws.cell(row=r, column=9, value=rag)
            if col:
                ws.cell(row=r, column=9).fill = FILL[col]
            boxrow(ws, r, 9)
            r += 1
        ws.cell(row=first, column=2, value=req)
        ws.cell(row=first, column=3, value=reg)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGHI", [8, 44, 20, 48, 30, 14, 14, 40, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress at 17/11/2025"
    sm["A1"].font = Font(bold=True, size=12)
    for c, h in enumerate(["Status", "Must do", "Should do", "Total"], 1):
        sm.cell(row=3, column=c, value=h).font = Font(bold=True)
    data = [("Complete", 2, 1, "blue"), ("On track", 2, 1, "green"), ("Amber", 2, 0, "amber"),
            ("Red", 0, 0, "red"), ("Not started", 0, 1, None)]
    r = 4
    for name, m, s, col in data:
        sm.cell(row=r, column=1, value=name)
        if col:
            sm.cell(row=r, column=1).fill = FILL[col]
        sm.cell(row=r, column=2, value=m)
        sm.cell(row=r, column=3, value=s)
        sm.cell(row=r, column=4, value=m + s)
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=r, column=2, value=6)
    sm.cell(row=r, column=3, value=3)
    sm.cell(row=r, column=4, value=9)
    sm.column_dimensions["A"].width = 16
    wb.save(out("zoj-st-josephs-hospice-hackney-cqc-must-should-do-action-plan.xlsx"))


# ======================================================= 6. Care Outlook home care (txt)
def make_care_outlook():
    T = "\t"
    lines = [
        "CQC Improvement and Action Plan",
        "",
        "Service name and location: Care Outlook Ltd \u2013 Sutton branch",
        "Registered Manager: Priya Raman",
        "Date of plan: 10 March 2025",
        "Date of next review: 7 April 2025",
        "Date of inspection report: 18 February 2025",
        "",
        "Rating for the service:",
        "Safe: Requires Improvement",
        "Effective: Good",
        "Caring: Good",
        "Responsive: Good",
        "Well-led: Requires Improvement",
        "Overall rating: Requires Improvement",
        "",
        "Key for persons responsible:",
        "RM = Registered Manager",
        "CC = Care Coordinator",
        "FS = Field Supervisor",
        "QCL = Quality and Compliance Lead",
        "TC = Training Coordinator",
        "",
        "Progress key:",
        "G = Delivered and complete",
        "A = Some issues outstanding",
        "R = Not delivered and needs action",
        "",
        "Action plan",
        T.join(["No.", "CQC finding", "Regulation / key question", "Our improvement action",
                "By whom", "By when", "Progress"]),
        T.join(["1.1",
                "People's medicines were not always managed safely. Electronic medicine "
                "administration records had gaps and time-specific medicines were not always "
                "given at the right time.",
                "Regulation 12 Safe care and treatment \u2013 SAFE",
                "Audit all electronic medicine administration records weekly and follow up every "
                "missed or late dose with the care worker within 24 hours.",
                "RM/QCL", "14/03/2025", "G"]),
        T.join(["1.2", "", "",
                "Complete a medicines competency assessment for every care worker who supports "
                "people with their medicines.",
                "FS", "30/04/2025", "A"]),
        T.join(["1.3", "", "",
                "Set up alerts on the call monitoring system so that the office is told when a "
                "visit for a time-specific medicine is more than 30 minutes late.",
                "CC", "31 March 2025", "G"]),
        T.join(["2.1",
                "Risks to people's health and safety were not always assessed, including risks "
                "relating to catheter care and moving and handling.",
                "Regulation 12 Safe care and treatment \u2013 SAFE",
                "Review and update the risk assessments of every person we support, starting "
                "with people who have a catheter or need two carers.",
                "FS", "May 2025", "A"]),
        T.join(["2.2", "", "",
                "Arrange catheter care training for care workers with the community nursing "
                "team.",
                "TC", "30/04/2025", "R"]),
        T.join(["3.1",
                "The provider's quality assurance systems had not identified the issues we "
                "found with medicines and risk assessments.",
                "Regulation 17 Good governance \u2013 WELL-LED",
                "Introduce a monthly quality dashboard covering medicines, risk assessments, "
                "late and missed visits, complaints and spot checks, reviewed by the regional "
                "director.",
                "RM", "Monthly", "A"]),
        T.join(["3.2", "", "",
                "Carry out an unannounced spot check on each care worker at least every three "
                "months.",
                "FS/CC", "Ongoing", "A"]),
        T.join(["3.3", "", "",
                "Hold a staff meeting to share the inspection findings and this action plan.",
                "RM", "21/03/2025", "G"]),
        "",
        "Signed: P Raman, Registered Manager    Date: 10/03/2025",
    ]
    with open(out("zoj-care-outlook-sutton-cqc-home-care-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ======================================================= 7. EEAST BAF (xlsx, refuse)
def make_eeast():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "East of England Ambulance Service NHS Trust \u2013 Board Assurance Framework 2025/26"
    sm["A1"].font = Font(bold=True, size=14)
    sm.merge_cells("A1:H1")
    sm["A2"] = "Strategic risk summary \u2013 Quarter 3 (Trust Board, 14 January 2026)"
    heads = ["Risk", "Title", "Executive lead", "Q1 score", "Q2 score", "Q3 score",
             "Target score", "Trend"]
    for c, h in enumerate(heads, 1):
        sm.cell(row=4, column=c, value=h).font = Font(bold=True, color="FFFFFF")
        sm.cell(row=4, column=c).fill = FILL["navy"]
    summ = [("SR1", "Demand and capacity", "Chief Operating Officer", 20, 20, 20, 12, "\u2192"),
            ("SR2", "Quality governance", "Chief Paramedic and Director of Quality", 16, 16, 12, 8,
             "\u2193"),
            ("SR5", "Cyber security", "Chief Information Officer", 15, 15, 15, 10, "\u2192"),
            ("SR8", "Staff retention", "Director of People", 16, 12, 12, 8, "\u2192")]
    r = 5
    for s in summ:
        for c, v in enumerate(s, 1):
            sm.cell(row=r, column=c, value=v)
        boxrow(sm, r, 8)
        r += 1
    sm["A10"] = ("Risks SR3, SR4, SR6, SR7 and SR9 have no open gap-closing actions this quarter "
                 "and are reported by exception.")
    sm.column_dimensions["B"].width = 26
    sm.column_dimensions["C"].width = 38

    ws = wb.create_sheet("BAF detail")
    ws["A1"] = "Board Assurance Framework 2025/26 \u2013 actions to close gaps in control and assurance"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Quarter 3 position. RAG: B = complete, G = on track, A = at risk, R = off track."
    ws.merge_cells("A2:G2")

    risks = [
        ("SR1 Demand and capacity \u2013 if the Trust cannot match its resources to demand, patients "
         "may wait too long for a response and come to avoidable harm.",
         "Chief Operating Officer", "Performance and Finance Committee", "20 / 12",
         [("SR1.1", "Frontline establishment below plan",
           "Recruit and train 120 newly qualified paramedics and emergency care support workers "
           "to close the frontline establishment gap.",
           "Director of People", "March 2026",
           "94 of 120 in post; remaining starters booked for the February cohort.", "G"),
          ("SR1.2", "Handover delays at the most challenged acute hospitals",
           "Agree 45-minute release-to-respond protocols with every acute trust in the region, "
           "with escalation through ICB system control centres.",
           "Chief Operating Officer", "31/12/2025", "Agreed at 14 of 17 sites.", "A"),
          ("SR1.3", "Fleet availability below 90% at peak times",
           "Take delivery of and commission the 2025/26 allocation of new double-crewed "
           "ambulances.",
           "Director of Fleet and Estates", "Febuary 2026",
           "41 of 60 vehicles delivered; commissioning on schedule.", "G")]),
        ("SR2 Quality governance \u2013 if the Trust does not embed effective quality governance, "
         "learning from incidents may not lead to improvement and patients may come to harm.",
         "Chief Paramedic and Director of Quality", "Quality Governance Committee", "12 / 8",
         [("SR2.1", "PSIRF learning responses not always completed within agreed timescales",
           "Close all open learning responses that are more than 90 days old.",
           "Deputy Director of Patient Safety", "31/03/2026",
           "Backlog down from 38 to 17.", "A"),
          ("SR2.2", "Limited assurance that clinical audit actions are completed",
           "Refresh the clinical audit programme and track audit actions through the Quality "
           "Governance Committee.",
           "Medical Director", "Q4 2025/26", "Programme refreshed; tracker in development.",
           "G")]),
        ("SR5 Cyber security \u2013 if the Trust suffers a successful cyber attack, critical systems "
         "including computer-aided dispatch may be unavailable.",
         "Chief Information Officer", "Audit and Risk Committee", "15 / 10",
         [("SR5.1", "Unsupported operating systems on some legacy devices",
           "Replace or isolate all remaining devices running unsupported operating systems.",
           "Head of IT Infrastructure", "30/11/2025", "Complete \u2013 all devices replaced.",
           "B"),
          ("SR5.2", "Failover of computer-aided dispatch not tested since 2023",
           "Run a live failover exercise of the computer-aided dispatch system across both "
           "emergency operations centres.",
           "Head of EPRR / Chief Information Officer", "January 2026",
           "Exercise planned for 21 January.", "G")]),
        ("SR8 Staff retention \u2013 if the Trust cannot retain experienced staff, service "
         "capacity and quality of care will be affected.",
         "Director of People", "People Committee", "12 / 8",
         [("SR8.1", "Turnover of newly qualified paramedics above 12%",
           "Launch a preceptorship and flexible working offer for newly qualified paramedics.",
           "Deputy Director of People", "31/10/2025", "Offer launched 1 October.", "B"),
          ("SR8.2", "Exit interview data not analysed by area",
           "Report exit interview themes by area to the People Committee each quarter.",
           "Head of Workforce Information", "Quarterly", "First report in January.", "G")]),
    ]
    r = 4
    colmap = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for title, lead, comm, score, acts in risks:
        ws.cell(row=r, column=1, value=title).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = FILL["navy"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for c, v in enumerate(["Executive lead", lead, "Assuring committee", comm,
                               "Current / target score", score], 1):
            ws.cell(row=r, column=c, value=v)
            if c % 2 == 1:
                ws.cell(row=r, column=c).font = Font(bold=True)
        r += 1
        for c, h in enumerate(["Ref", "Gap in control or assurance", "Action to close the gap",
                               "Action lead", "Due date", "Q3 progress", "RAG"], 1):
            ws.cell(row=r, column=c, value=h).font = Font(bold=True)
            ws.cell(row=r, column=c).fill = FILL["grey"]
        boxrow(ws, r, 7)
        r += 1
        for a in acts:
            for c, v in enumerate(a, 1):
                ws.cell(row=r, column=c, value=v)
            ws.cell(row=r, column=7).fill = FILL[colmap[a[6]]]
            boxrow(ws, r, 7)
            r += 1
        r += 1
    for col, w in zip("ABCDEFG", [10, 36, 52, 30, 14, 40, 6]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Risk scoring: consequence (1\u20135) x likelihood (1\u20135)"
    key["A3"] = "1\u20133 Low"
    key["A4"] = "4\u20136 Moderate"
    key["A5"] = "8\u201312 High"
    key["A6"] = "15\u201325 Extreme"
    wb.save(out("zoj-east-of-england-ambulance-service-nhs-trust-board-assurance-framework-"
                "2025-26-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_highland()
    make_gwh_csv()
    make_berkshire()
    make_skewen()
    make_stjosephs()
    make_care_outlook()
    make_eeast()
    print("done")
