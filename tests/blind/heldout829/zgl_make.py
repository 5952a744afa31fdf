"""Build the seven zgl- blind test files (set heldout829).

Run with /work/main/.venv/bin/python zgl_make.py ; writes next to this script.
"""
import csv
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

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, bold=False, fmt=None, colour=None, border=True, size=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or size:
        c.font = Font(bold=bold, size=size or 11)
    if fmt:
        c.number_format = fmt
    if colour:
        c.fill = fill(colour)
    if border:
        c.border = BOX
    return c


# ---------------------------------------------------------------------------
# 1. Northampton General Hospital - CNST MIS Year 7 safety actions tracker
# ---------------------------------------------------------------------------
def make_ngh():
    name = "zgl-northampton-general-hospital-cnst-mis-year-7-safety-actions-tracker.xlsx"
    title = "Maternity Incentive Scheme (MIS) Year 7 – Safety Actions Compliance Tracker"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 40
    put(cov, 1, 1, "Northampton General Hospital NHS Trust", bold=True, size=14, border=False)
    put(cov, 3, 1, title, bold=True, size=13, border=False)
    put(cov, 4, 1, "Women’s, Children’s and Oncology Division – Maternity and Neonatal Services", border=False)
    put(cov, 6, 1, "Document control", bold=True, border=False)
    rows = [
        ("Version", "v0.7"),
        ("Date", "06/10/2025"),
        ("Owner", "Director of Midwifery"),
        ("Prepared by", "Maternity Governance and Assurance Lead"),
        ("Reviewed at", "Maternity and Neonatal Safety Champions meeting, 14/10/2025"),
        ("Reporting route", "Maternity Assurance Group > Quality Governance Committee > Trust Board"),
        ("Board declaration", "To be signed by the Chief Executive and submitted to NHS Resolution in March 2026"),
    ]
    r = 7
    for k, v in rows:
        put(cov, r, 1, k, bold=True, colour=GREY)
        put(cov, r, 2, v)
        r += 1
    r += 1
    put(cov, r, 1, "Version history", bold=True, border=False)
    r += 1
    for i, h in enumerate(["Version", "Date", "Summary of changes"]):
        put(cov, r, 1 + i, h, bold=True, colour=GREY)
    for v, dte, ch in [
        ("v0.5", "04/08/2025", "Baseline gap analysis against Year 7 technical guidance"),
        ("v0.6", "08/09/2025", "Actions and leads agreed at Maternity Assurance Group"),
        ("v0.7", "06/10/2025", "Q2 progress updates; revised deadlines for SA1, SA4 and SA6"),
    ]:
        r += 1
        put(cov, r, 1, v)
        put(cov, r, 2, dte)
        put(cov, r, 3, ch)

    ws = wb.create_sheet("Tracker")
    widths = [9, 38, 52, 26, 13, 13, 44, 10, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    put(ws, 1, 1, title, bold=True, size=14, border=False)
    put(ws, 2, 1, "Northampton General Hospital NHS Trust – position as at 30 September 2025 (Q2 2025/26)", border=False)
    heads = ["Ref", "Requirement not yet evidenced", "Action to achieve compliance", "Lead(s)",
             "Original deadline", "Revised deadline", "Progress update (September 2025)",
             "Previous RAG", "Current RAG"]
    for i, h in enumerate(heads):
        put(ws, 4, 1 + i, h, bold=True, colour="DDEBF7")
    ws.freeze_panes = "A5"
    rag = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    DF = "dd/mm/yyyy"

    def sa(row, text):
        put(ws, row, 1, text, bold=True, colour="BDD7EE")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)

    def act(row, ref, req, action, lead, orig, rev, prog, prev, cur):
        put(ws, row, 1, ref)
        if req is not None:
            put(ws, row, 2, req)
        else:
            ws.cell(row=row, column=2).border = BOX
        put(ws, row, 3, action)
        put(ws, row, 4, lead)
        put(ws, row, 5, orig, fmt=DF if isinstance(orig, dt.datetime) else None)
        put(ws, row, 6, rev, fmt=DF if isinstance(rev, dt.datetime) else None)
        put(ws, row, 7, prog)
        put(ws, row, 8, prev, colour=rag[prev])
        put(ws, row, 9, cur, colour=rag[cur])

    sa(5, "Safety Action 1: Are you using the National Perinatal Mortality Review Tool to review perinatal deaths to the required standard?")
    act(6, "SA1.1", "For 95% of all deaths of babies in the Trust, parents are told a review of their care will take place and their perspectives and questions are sought.",
        "Bereavement midwives to record the parent-perspectives conversation in the PMRT at the point of notification, with weekly compliance audit by the MIS lead.",
        "Lead Bereavement Midwife", d(2025, 7, 31), d(2025, 10, 31),
        "Compliance 91% at end of Q2; two cases where contact could not be made. Weekly audit now in place.", "A", "A")
    act(7, "SA1.2", None,
        "Present a quarterly PMRT report, including themes and progress with actions, to Trust Board via the Quality Governance Committee.",
        "Director of Midwifery / Clinical Director for Obstetrics", d(2025, 9, 30), None,
        "Q1 report received at Trust Board 4 September 2025. Q2 report scheduled for December Board.", "A", "G")
    ws.merge_cells("B6:B7")

    sa(8, "Safety Action 2: Are you submitting data to the Maternity Services Data Set (MSDS) to the required standard?")
    put(ws, 9, 1, None)
    put(ws, 9, 2, "No gaps identified – July 2025 MSDS submission met all Clinical Negligence Scheme for Trusts scorecard criteria. Evidence uploaded to the MIS evidence folder.")
    ws.merge_cells("B9:I9")

    sa(10, "Safety Action 4: Can you demonstrate an effective system of clinical workforce planning to the required standard?")
    act(11, "SA4.1", "Audit (6 months) of consultant attendance for the clinical situations listed in the RCOG workforce document.",
        "Complete the six-month audit of consultant attendance and take the findings and any exceptions to the Obstetric Governance meeting.",
        "Clinical Director for Obstetrics", d(2025, 8, 31), d(2025, 11, 30),
        "April–June data collected. July–September data outstanding due to Risk Midwife vacancy.", "A", "R")
    act(12, "SA4.2", "Neonatal medical workforce meets BAPM standards, or an action plan is agreed at Board.",
        "Submit the neonatal medical workforce gap analysis and business case for a third registrar tier to the Divisional Board.",
        "Neonatal Clinical Lead", d(2025, 10, 31), None,
        "Business case drafted; on Divisional Board agenda 22/10/2025.", "G", "G")

    sa(13, "Safety Action 5: Can you demonstrate an effective system of midwifery workforce planning to the required standard?")
    act(14, "SA5.1", "A bi-annual midwifery staffing oversight report is received at Board level.",
        "Present the six-monthly midwifery staffing oversight report, including the Birthrate Plus® establishment position and red flag data, to Trust Board.",
        "Director of Midwifery", d(2025, 7, 31), None,
        "Presented to Public Trust Board 3 July 2025. Minutes uploaded as evidence.", "G", "B")

    sa(15, "Safety Action 6: Can you demonstrate that you are on track to achieve compliance with all elements of the Saving Babies’ Lives Care Bundle Version Three?")
    act(16, "SA6.1", "Quarterly quality improvement discussions held with the LMNS/ICB, using the national implementation tool.",
        "Hold quarterly SBLCBv3 review meetings with the LMNS and upload the completed implementation tool after each meeting.",
        "Saving Babies’ Lives Lead Midwife", "Quarterly", None,
        "Q1 review held 18 July 2025; Q2 review booked for 16 October 2025.", "G", "G")
    act(17, "SA6.2", "Element 2 (fetal growth restriction) below the 70% implementation threshold.",
        "Recruit two additional sonographers to increase third-trimester growth scan capacity and clear the scan backlog.",
        "Imaging Services Manager; Consultant Obstetrician (Fetal Medicine Lead)", d(2025, 9, 30), d(2026, 1, 31),
        "One sonographer in post from 1 September 2025; second post out to advert.", "R", "A")

    sa(18, "Safety Action 8: Can you evidence the following 3 elements of local training plans and ‘in-house’, one day multi professional training?")
    act(19, "SA8.1", "90% attendance at annual multi-professional obstetric emergencies training (PROMPT) for each relevant staff group.",
        "Ring-fence two places per PROMPT session for obstetric anaesthetists on the theatre rota until 90% compliance is reached.",
        "Lead Obstetric Anaesthetist", d(2025, 11, 30), None,
        "Obstetric anaesthetist compliance 74%. Rota template amended from October 2025.", "R", "R")
    act(20, "SA8.2", "90% of midwives and obstetricians have completed annual fetal monitoring training.",
        "Run additional fetal monitoring study days for midwives on the night rota.",
        "Fetal Monitoring Lead Midwife", d(2025, 12, 31), None,
        "Two extra study days added in November; midwife compliance 87%.", "A", "G")

    sa(21, "Safety Action 10: Have you reported 100% of qualifying cases to Maternity and Newborn Safety Investigations (MNSI) programme and to NHS Resolution’s Early Notification (EN) Scheme?")
    act(22, "SA10.1", "Trust Board sight of MNSI and EN cases and duty of candour compliance.",
        "Include MNSI and EN case numbers and duty of candour compliance in the monthly perinatal quality surveillance report to Trust Board.",
        "Head of Maternity Governance", d(2025, 5, 31), None,
        "Included in every monthly report since May 2025.", "B", "B")

    put(ws, 24, 1, "Summary of current RAG (10 actions)", bold=True, border=False)
    ws.merge_cells("A24:C24")
    for i, (lab, n, col) in enumerate([("Complete (B)", 2, BLUE), ("On track (G)", 4, GREEN),
                                       ("At risk (A)", 2, AMBER), ("Off track (R)", 2, RED)]):
        put(ws, 25 + i, 2, lab, colour=col)
        put(ws, 25 + i, 3, n)

    key = wb.create_sheet("RAG key")
    key.column_dimensions["A"].width = 8
    key.column_dimensions["B"].width = 80
    put(key, 1, 1, "RAG key", bold=True, border=False)
    for i, (k, txt, col) in enumerate([
        ("B", "Complete – evidence uploaded and signed off by the Director of Midwifery", BLUE),
        ("G", "On track to be evidenced before the Board declaration", GREEN),
        ("A", "At risk – mitigations in place, monitored at Maternity Assurance Group", AMBER),
        ("R", "Off track – will not be met without escalation to the Executive team", RED),
    ]):
        put(key, 2 + i, 1, k, colour=col)
        put(key, 2 + i, 2, txt)
    wb.active = 1
    wb.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# 2. Tonypandy Health Centre - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)


def hiw_table(doc, rows):
    heads = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation",
             "Service action", "Responsible officer", "Timescale"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            set_cell(cells[i], v)
    return t


def rep_table(doc, name, role, date):
    doc.add_paragraph("Service representative", style="Heading 3")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", name), ("Job role:", role), ("Date:", date)]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)


def info_table(doc, service, date):
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Service:", bold=True)
    set_cell(t.rows[0].cells[1], service)
    set_cell(t.rows[1].cells[0], "Date of inspection:", bold=True)
    set_cell(t.rows[1].cells[1], date)


def make_tonypandy():
    name = "zgl-tonypandy-health-centre-hiw-gp-inspection-improvement-plan.docx"
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Tonypandy Health Centre: HIW Inspection Improvement Plan", style="Title")
    doc.add_paragraph("General Practice Inspection (Announced) – Cwm Taf Morgannwg University Health Board")
    doc.add_paragraph("Inspection date: 10 June 2025. Improvement plan returned to Healthcare Inspectorate Wales: 25 July 2025.")

    doc.add_paragraph("Appendix B – Immediate improvement plan", style="Heading 1")
    info_table(doc, "Tonypandy Health Centre", "10 June 2025")
    doc.add_paragraph(
        "The table below includes any immediate non-compliance concerns about patient safety identified "
        "during the inspection where we require the service to complete an immediate improvement plan "
        "telling us about the urgent actions they are taking.")
    hiw_table(doc, [(
        "Several items of emergency equipment and medication had passed their expiry date, including adrenaline 1:1000 ampoules and adult defibrillator pads.",
        "The practice must ensure that emergency drugs and equipment are checked weekly, that expired items are replaced immediately, and that the checks are documented.",
        "Health and Care Quality Standards (2023) – Safe",
        "All expired items were removed and replaced on 11 June 2025.\nA weekly emergency drugs and equipment checklist has been introduced. It is completed by the duty practice nurse and countersigned by the Practice Manager every Friday.",
        "Practice Manager / Lead Practice Nurse",
        "Immediate",
    )])
    rep_table(doc, "Ceri Hughes", "Practice Manager", "12 June 2025")

    doc.add_page_break()
    doc.add_paragraph("Appendix C – Improvement plan", style="Heading 1")
    info_table(doc, "Tonypandy Health Centre", "10 June 2025")
    doc.add_paragraph(
        "The table below includes any other improvements identified during the inspection where we require "
        "the service to complete an improvement plan telling us about the actions they are taking to address "
        "these areas.")

    doc.add_paragraph("Quality of Patient Experience", style="Heading 2")
    hiw_table(doc, [
        ("Patients told us that it was difficult to get through on the telephone at 8am.",
         "The practice should review its telephone and appointment system to improve access for patients, taking account of the feedback in this report.",
         "Health and Care Quality Standards (2023) – Timely",
         "Cloud-based telephony with call queuing and a call-back option is being installed. On-the-day appointments will be released at 8am and 1pm.",
         "Practice Manager",
         "30 September 2025"),
        ("There was no hearing loop at reception.",
         "The practice must ensure that a hearing loop is available and that staff know how to use it.",
         "Health and Care Quality Standards (2023) – Equitable",
         "A portable hearing loop has been purchased and signage displayed. Reception staff will be briefed on its use at the July team meeting.",
         "Reception Supervisor",
         "July 2025"),
        ("Little information was available to patients in Welsh.",
         "The practice should make more information available to patients in Welsh, in line with the Active Offer.",
         "Health and Care Quality Standards (2023) – Person-centred",
         "The practice leaflet and waiting room posters will be translated through the health board translation service. Welsh-speaking staff will wear ‘Iaith Gwaith’ badges.",
         "Practice Manager",
         "By end of December 2025"),
    ])

    doc.add_paragraph("Delivery of Safe and Effective Care", style="Heading 2")
    hiw_table(doc, [
        ("Cleaning schedules for clinical rooms were not consistently completed and no infection prevention and control audit had been undertaken in the last year.",
         "The practice must ensure that cleaning schedules are completed and that an infection prevention and control audit is undertaken at least annually.",
         "Health and Care Quality Standards (2023) – Safe",
         "Cleaning schedules have been redesigned and will be signed daily by the clinician using each room. An annual IPC audit will be completed using the health board audit tool, with the first audit in August 2025.",
         "Dr Sian Morgan (IPC Lead GP) and Lead Practice Nurse",
         "31 August 2025"),
        ("Training records showed that four clinical staff had not completed safeguarding training at the level required.",
         "The practice must ensure that all clinical staff complete safeguarding training at the level appropriate to their role.",
         "Health and Care Quality Standards (2023) – Safe",
         "The training matrix has been updated and outstanding staff have been booked onto Level 3 safeguarding training through the health board.",
         "Practice Manager",
         "31/10/2025"),
        ("There was no log to show that patient safety alerts had been received and acted on.",
         "The practice should ensure that patient safety alerts are recorded, actioned and shared with relevant staff.",
         "Health and Care Quality Standards (2023) – Safe",
         "A safety alert log has been created on the shared drive. Alerts will be reviewed by the duty GP on receipt and discussed at the monthly clinical meeting.",
         "Dr Rhodri Price",
         "Ongoing"),
    ])

    doc.add_paragraph("Quality of Management and Leadership", style="Heading 2")
    hiw_table(doc, [
        ("Not all staff had received an annual appraisal.",
         "The practice must ensure that all staff receive an annual appraisal.",
         "Health and Care Quality Standards (2023) – Workforce",
         "An appraisal schedule has been agreed. Non-clinical staff will be appraised by the Practice Manager and nursing staff by the Lead Practice Nurse.",
         "Practice Manager; Lead Practice Nurse",
         "31 January 2026"),
        ("Whole-practice team meetings were infrequent and not minuted.",
         "The practice should hold regular, minuted whole-practice team meetings.",
         "Health and Care Quality Standards (2023) – Leadership",
         "Quarterly whole-practice meetings have been scheduled for 2025-26, with minutes circulated by email and stored on the shared drive.",
         "Practice Manager",
         "September 2025"),
    ])
    rep_table(doc, "Ceri Hughes", "Practice Manager", "25 July 2025")
    doc.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# 3. NHS Dumfries and Galloway - IPC annual work programme 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def make_dg():
    name = "zgl-nhs-dumfries-and-galloway-ipc-annual-work-programme-2025-26-tracker.xlsx"
    title = "NHS Dumfries and Galloway – Infection Prevention and Control Annual Work Programme 2025/26"
    wb = Workbook()
    status_col = {"On track": GREEN, "Delayed": AMBER, "At risk": RED, "Complete": BLUE, "Not started": None}
    heads = ["No.", "Objective", "Action", "Responsible", "Target date", "Progress / comments", "Status"]
    widths = [7, 30, 55, 28, 13, 48, 12]

    def sheet(ws, subtitle):
        for i, w in enumerate(widths):
            ws.column_dimensions["ABCDEFG"[i]].width = w
        put(ws, 1, 1, title, bold=True, size=13, border=False)
        put(ws, 2, 1, subtitle, border=False)
        put(ws, 3, 1, "Executive Lead: Nurse Director   |   Prepared by: Infection Control Manager   |   Reports to: Infection Control Committee", border=False)
        for i, h in enumerate(heads):
            put(ws, 5, 1 + i, h, bold=True, colour="C6E0B4")

    def std(ws, row, text):
        put(ws, row, 1, text, bold=True, colour="E2EFDA")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)

    def act(ws, row, no, obj, action, resp, target, prog, status, fmt=None):
        put(ws, row, 1, no)
        if obj is not None:
            put(ws, row, 2, obj)
        else:
            ws.cell(row=row, column=2).border = BOX
        put(ws, row, 3, action)
        put(ws, row, 4, resp)
        put(ws, row, 5, target, fmt=fmt)
        put(ws, row, 6, prog)
        put(ws, row, 7, status, colour=status_col[status])

    ws = wb.active
    ws.title = "Work Programme"
    sheet(ws, "Progress update to the Infection Control Committee – 18 November 2025 (open actions)")
    std(ws, 6, "Standard 1: Leadership and governance")
    act(ws, 7, "1.1", "Strengthen IPC governance and reporting",
        "Review the Infection Control Committee terms of reference and membership against the HAI standards (2022).",
        "Infection Control Manager", d(2025, 12, 31), "Draft terms of reference circulated for comment.", "On track", fmt="mmm-yy")
    act(ws, 8, "1.2", None,
        "Produce a quarterly IPC assurance report for the Healthcare Governance Committee alongside the bi-monthly HAIRT report to the Board.",
        "Infection Control Manager / Nurse Director", "Q3 2025/26",
        "First report deferred to the next committee cycle because of agenda pressures.", "Delayed")
    ws.merge_cells("B7:B8")
    std(ws, 9, "Standard 2: Education to support the prevention and control of infection")
    act(ws, 10, "2.1", "Improve uptake of IPC education",
        "Achieve 90% compliance with the NIPCM Standard Infection Control Precautions (SICPs) Turas module across all clinical staff groups.",
        "IPC Nurse Educator", d(2026, 3, 31), "Board-wide compliance 84% (medical staff 66%).", "On track", fmt="mmm-yy")
    act(ws, 11, "2.2", None,
        "Deliver face-to-face IPC link practitioner study days at DGRI and the Galloway Community Hospital.",
        "Lead IPC Nurse", d(2025, 11, 30), "Venue booked for Galloway Community Hospital; DGRI date to be confirmed.", "Not started", fmt="mmm-yy")
    ws.merge_cells("B10:B11")
    std(ws, 12, "Standard 5: Quality improvement and surveillance")
    act(ws, 13, "5.1", "Reduce healthcare associated Staphylococcus aureus bacteraemia (SAB)",
        "Implement the peripheral vascular catheter (PVC) insertion and maintenance bundle on all acute adult wards, with monthly compliance audit.",
        "Lead IPC Nurse; Senior Charge Nurses", "31/03/2026",
        "Bundle live on 6 of 14 wards. Two PVC-associated SABs in Q2; above local trajectory.", "At risk")
    act(ws, 14, "5.2", "Reduce E. coli bacteraemia (ECB)",
        "Work with the urinary catheter improvement group to roll out the catheter passport to community nursing teams.",
        "Community IPC Nurse", d(2026, 2, 28), "Passport printed; launch planned with District Nursing leads.", "On track", fmt="mmm-yy")
    std(ws, 15, "Standard 8: Cleaning, maintenance and the healthcare built environment")
    act(ws, 16, "8.1", "Assurance on the safety of the healthcare built environment",
        "Complete HAI-SCRIBE stage 4 sign-off for the Ward 10 refurbishment before the ward is reoccupied.",
        "Head of Estates / Infection Control Doctor", "Jan 2026", "Refurbishment due to finish December 2025.", "Not started")
    put(ws, 18, 1, "Note: completed actions are moved to the ‘Completed 2025-26’ tab once closed by the Infection Control Committee.", border=False)
    ws.merge_cells("A18:G18")

    wc = wb.create_sheet("Completed 2025-26")
    sheet(wc, "Actions closed by the Infection Control Committee during 2025/26")
    std(wc, 6, "Standard 1: Leadership and governance")
    act(wc, 7, "1.3", "Strengthen IPC governance and reporting",
        "Publish the IPC Annual Report 2024/25 and present it to the NHS Board.",
        "Infection Control Manager", d(2025, 6, 30), "Presented to the Board on 2 June 2025. Closed August 2025.", "Complete", fmt="mmm-yy")
    std(wc, 8, "Standard 4: Infection prevention and control policies, procedures and guidance")
    act(wc, 9, "4.1", "Local adoption of the National Infection Prevention and Control Manual (NIPCM)",
        "Update the local outbreak and incident management guidance to reflect the revised NIPCM Chapter 3.",
        "Infection Control Doctor", d(2025, 9, 30), "Approved at Infection Control Committee 16 September 2025.", "Complete", fmt="mmm-yy")

    key = wb.create_sheet("Key")
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 70
    put(key, 1, 1, "Status key", bold=True, border=False)
    for i, (k, txt) in enumerate([
        ("Complete", "Action complete and closed by the Infection Control Committee (blue)"),
        ("On track", "Progressing to the target date (green)"),
        ("Delayed", "Behind the target date; recovery in hand (amber)"),
        ("At risk", "Will not be delivered without escalation (red)"),
        ("Not started", "Not yet due to start (no colour)"),
    ]):
        put(key, 2 + i, 1, k, colour=status_col[k])
        put(key, 2 + i, 2, txt)
    wb.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# 4. NHS Norfolk and Waveney ICB - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def make_nwicb():
    name = "zgl-nhs-norfolk-and-waveney-icb-internal-audit-recommendations-tracker.csv"
    n = 12
    blank = [""] * n
    rows = [
        ["NHS Norfolk and Waveney Integrated Care Board"] + [""] * (n - 1),
        ["Audit and Risk Committee – Internal Audit Recommendations Tracker"] + [""] * (n - 1),
        ["Position as at 31 October 2025. Includes all open recommendations and those implemented since the last Committee."] + [""] * (n - 1),
        blank,
        ["Ref", "Audit", "Assurance opinion", "Priority", "Recommendation", "Agreed management action",
         "Responsible officer", "Original due date", "Revised due date", "Status", "Latest update", "Evidence seen by auditors"],
        ["24/25-07.1", "Continuing Healthcare – Eligibility and Fast Track", "Limited", "High",
         "Ensure that CHC eligibility decisions are made within the 28-day national standard and that breaches are reported to the Quality and Safety Committee.",
         "Introduce a weekly CHC case tracker with escalation of cases approaching 28 days to the Head of CHC, and report breaches monthly to the Quality and Safety Committee.",
         "Head of CHC", "30/06/2025", "31/12/2025", "Revised date agreed",
         "Tracker introduced August 2025. Backlog reduced from 46 to 19 cases; 28-day compliance 71% in September.", "No"],
        ["24/25-07.2", "Continuing Healthcare – Eligibility and Fast Track", "Limited", "Medium",
         "Update the CHC standard operating procedure to reflect the National Framework for NHS Continuing Healthcare (July 2022).",
         "Revise and re-issue the CHC SOP, with a briefing session for clinical reviewers.",
         "Associate Director of Nursing (CHC) / Head of CHC", "30/09/2025", "", "Implemented",
         "SOP approved by the Executive Management Team on 17/09/2025 and published on the intranet.", "Yes"],
        ["24/25-11.1", "Key Financial Systems – Accounts Payable", "Reasonable", "Medium",
         "Review the supplier master file and remove inactive suppliers on a quarterly basis.",
         "Shared Business Services to carry out a quarterly review of the supplier master file, with evidence of the review retained by the Financial Services team.",
         "Deputy Director of Finance (Financial Services)", "31/08/2025", "", "Implemented",
         "Q1 review completed; 212 inactive suppliers removed.", "Yes"],
        ["24/25-11.2", "Key Financial Systems – Accounts Payable", "Reasonable", "Low",
         "Ensure that purchase orders are raised before invoices are received.",
         "Re-communicate the No PO No Pay policy to budget holders and report non-compliance to the Audit and Risk Committee twice a year.",
         "Lee, Amanda", "31/10/2025", "", "Overdue",
         "Communication drafted; first non-compliance report not yet produced.", "No"],
        ["25/26-02.1", "Data Security and Protection Toolkit 2024/25", "Limited", "High",
         "Ensure that all staff complete annual data security awareness training so that the 95% DSPT standard is achieved.",
         "1) Monthly training compliance reports to each Director.\n2) Line managers to follow up staff whose training is overdue.\n3) Network access to be suspended where training is more than 30 days overdue.",
         "Head of Information Governance", "31/03/2026", "", "On track",
         "Compliance 91.4% at 30/09/2025.", "No"],
        ["25/26-02.2", "Data Security and Protection Toolkit 2024/25", "Limited", "Medium",
         "Test the ICB's business continuity arrangements for loss of IT systems.",
         "Run a cyber incident tabletop exercise with the Executive Management Team and update the IT disaster recovery plan with the lessons learned.",
         "Chief Digital and Information Officer; EPRR Manager", "31/12/2025", "", "On track",
         "Exercise booked for 3 December 2025.", "No"],
        ["25/26-04.1", "Primary Care Commissioning – Contract Oversight", "Reasonable", "Medium",
         "Ensure that the primary care contract variations log is complete and reconciled to ledger payments.",
         "Reconcile the contract variations log to the ledger each month and report exceptions to the Primary Care Commissioning Committee.",
         "Watts, Karen", "30/11/2025", "", "Not yet due", "", "No"],
        ["25/26-04.2", "Primary Care Commissioning – Contract Oversight", "Reasonable", "Low",
         "Document the approval process for practice list cleansing exercises.",
         "Write a desk instruction for approving list cleansing exercises and share it with the Primary Care Contracts team.",
         "Primary Care Contracts Manager", "Q4 2025/26", "", "Not yet due", "", "No"],
        blank,
        ["Status key: Implemented = Blue; On track = Green; Revised date agreed = Amber; Overdue = Red; Not yet due = not rated"] + [""] * (n - 1),
        ["Summary: 8 recommendations on the tracker – 2 implemented, 2 on track, 1 revised date agreed, 1 overdue, 2 not yet due"] + [""] * (n - 1),
    ]
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 5. Right at Home Bedford - CQC home care inspection action plan (txt)
# ---------------------------------------------------------------------------
def make_rah():
    name = "zgl-right-at-home-bedford-cqc-home-care-inspection-action-plan.txt"
    lines = [
        "RIGHT AT HOME BEDFORD",
        "CQC Inspection Action Plan – Domiciliary Care Agency",
        "",
        "Inspection dates: 2 and 9 April 2025        Report published: 18 June 2025",
        "Overall rating: Requires Improvement (Safe: Requires Improvement; Well-led: Requires Improvement)",
        "Breaches: Regulation 12 (Safe care and treatment); Regulation 17 (Good governance)",
        "Plan owner: Registered Manager        Last updated: 3 November 2025",
        "RAG: Complete / Green = on track / Amber = behind target / Red = at risk / Not started",
        "",
        "==========================================================================",
        "SAFE – Regulation 12: Safe care and treatment",
        "==========================================================================",
        "",
        "Finding: Risks associated with people's health conditions, such as diabetes and catheter care, were not always assessed or recorded.",
        "",
        "  Action 1.1   Review every care plan for people living with diabetes, a urinary catheter or a PEG and add a condition-specific risk assessment.",
        "               Lead: Registered Manager / Care Coordinator",
        "               Target date: 31/07/2025",
        "               RAG: Complete",
        "               Update: All 23 care plans reviewed and updated by 25/07/2025.",
        "",
        "  Action 1.2   Deliver diabetes awareness and catheter care training to all care workers, with competency sign-off during spot checks.",
        "               Lead: Training and Quality Lead",
        "               Target date: September 2025",
        "               RAG: Green",
        "               Update: 41 of 46 care workers trained; remaining five booked for November.",
        "",
        "Finding: Medicine administration records (MARs) contained gaps and handwritten entries that had not been countersigned.",
        "",
        "  Action 1.3   Move all medicines recording to the electronic MAR on the care management app and stop using handwritten MAR charts.",
        "               Lead: Registered Manager",
        "               Target date: 31/08/2025   Revised target: 31/10/2025",
        "               RAG: Amber",
        "               Update: Two clients' pharmacies still supply handwritten MAR charts; we are working with the pharmacies.",
        "",
        "  Action 1.4   Audit eMAR alerts weekly and follow up any missed or late medicines on the same day.",
        "               Lead: Care Coordinator",
        "               Target date: Weekly",
        "               RAG: Green",
        "               Update: Weekly audit in place since July; no missed medicines in October.",
        "",
        "==========================================================================",
        "WELL-LED – Regulation 17: Good governance",
        "==========================================================================",
        "",
        "Finding: The provider's quality assurance systems had not identified the shortfalls found at this inspection.",
        "",
        "  Action 2.1   Introduce a monthly audit schedule covering care plans, MARs, daily notes and call times, with results reported to the franchise owner.",
        "               Lead: Franchise Owner; Registered Manager",
        "               Target date: 30/09/2025",
        "               RAG: Green",
        "               Update: August and September audits completed and reported.",
        "",
        "  Action 2.2   Analyse late and missed calls from the electronic call monitoring system each week and act where calls are more than 30 minutes late.",
        "               Lead: Care Coordinator",
        "               Target date: Ongoing",
        "               RAG: Green",
        "               Update: Weekly report in place; late calls down from 9% to 4%.",
        "",
        "Finding: People and their relatives were not routinely asked for their views of the service.",
        "",
        "  Action 2.3   Send a quality survey to all clients and families and publish a 'You said, we did' summary.",
        "               Lead: Client Services Manager",
        "               Target date: December 2025",
        "               RAG: Not started",
        "               Update:",
        "",
        "--------------------------------------------------------------------------",
        "Signed: Registered Manager                 Date: 03/11/2025",
        "Next review: Quality meeting, December 2025",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 6. EPUT - well-led review action plan (xlsx) - refuse: mistyped month
# ---------------------------------------------------------------------------
def make_eput():
    name = "zgl-essex-partnership-university-nhsft-well-led-review-action-plan-typo-month-refuse.xlsx"
    title = "Well-Led Developmental Review 2025 – Action Plan"
    rag = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm.column_dimensions["A"].width = 44
    for c in "BCDEF":
        sm.column_dimensions[c].width = 12
    put(sm, 1, 1, "Essex Partnership University NHS Foundation Trust", bold=True, size=13, border=False)
    put(sm, 2, 1, title, bold=True, size=12, border=False)
    put(sm, 3, 1, "Summary of progress – Board of Directors, 4 December 2025", border=False)
    for i, h in enumerate(["Well-led KLOE", "Complete", "On track", "At risk", "Off track", "Total"]):
        put(sm, 5, 1 + i, h, bold=True, colour=GREY)
    summary = [
        ("KLOE 1: Leadership capacity and capability", 0, 2, 0, 0),
        ("KLOE 4: Governance and management", 1, 0, 1, 0),
        ("KLOE 5: Risk and performance", 0, 2, 0, 0),
        ("KLOE 6: Information", 0, 0, 1, 0),
        ("KLOE 7: Engagement", 0, 0, 0, 1),
    ]
    r = 6
    for k, a, b, c, e in summary:
        put(sm, r, 1, k)
        for i, v in enumerate((a, b, c, e, a + b + c + e)):
            put(sm, r, 2 + i, v)
        r += 1
    put(sm, r, 1, "Total", bold=True)
    for i, v in enumerate((1, 4, 2, 1, 8)):
        put(sm, r, 2 + i, v, bold=True)
    r += 2
    put(sm, r, 1, "RAG key", bold=True, border=False)
    for i, (k, txt) in enumerate([("Complete", "Action delivered and evidence reviewed by the Executive lead"),
                                  ("On track", "Will be delivered by the due date"),
                                  ("At risk", "Delivery by the due date at risk; mitigation in place"),
                                  ("Off track", "Will not be delivered by the due date; Board support required")]):
        put(sm, r + 1 + i, 1, k, colour=rag[k])
        put(sm, r + 1 + i, 2, txt)
        sm.merge_cells(start_row=r + 1 + i, start_column=2, end_row=r + 1 + i, end_column=6)

    ws = wb.create_sheet("Action Plan")
    widths = [8, 24, 46, 8, 52, 26, 14, 46, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    put(ws, 1, 1, "Essex Partnership University NHS Foundation Trust", bold=True, size=13, border=False)
    put(ws, 2, 1, title, bold=True, size=12, border=False)
    put(ws, 3, 1, "Executive sponsor: Chief Executive   |   Plan owner: Director of Corporate Affairs   |   Progress as at 30 November 2025", border=False)
    heads = ["Rec No.", "Well-led KLOE", "Recommendation", "Action No.", "Action", "Lead", "Due date", "Progress update", "RAG"]
    for i, h in enumerate(heads):
        put(ws, 5, 1 + i, h, bold=True, colour="D9D2E9")
    ws.freeze_panes = "A6"

    data = [
        ("R1", "KLOE 1: Leadership capacity and capability",
         "The Board should agree a structured development programme for 2025/26 that builds a shared understanding of quality and safety risks in inpatient mental health services.",
         [("1.1", "Commission an external Board development programme with quarterly sessions, including a session on inpatient safety.",
           "Trust Chair", "December 2025", "Provider appointed; first session held 6 November 2025.", "On track"),
          ("1.2", "Schedule Board member visits to every inpatient ward at least twice a year, using a structured feedback template.",
           "Director of Corporate Affairs", "31/03/2026", "Visit rota agreed for Q3 and Q4.", "On track")]),
        ("R2", "KLOE 4: Governance and management",
         "Simplify the committee structure and reduce duplication of reporting between the Quality Committee and its sub-committees.",
         [("2.1", "Review committee terms of reference and cycles of business and present a revised governance structure to the Board.",
           "Director of Corporate Affairs", "January 2026", "Review under way; Board seminar in December to test options.", "At risk"),
          ("2.2", "Introduce a standard committee chair's assurance report (Alert, Advise, Assure) for all Board committees.",
           "Trust Secretary", "Oct-25", "In use for all committees from October 2025.", "Complete")]),
        ("R3", "KLOE 5: Risk and performance",
         "Strengthen the Board Assurance Framework so that controls, assurances and gaps are clearly linked to the strategic objectives.",
         [("3.1", "Refresh the Board Assurance Framework with each executive risk owner and present it to the Audit Committee.",
           "Chief Finance Officer / Head of Risk", "Febuary 2026", "Workshops held with four of seven executive risk owners.", "On track"),
          ("3.2", "Provide risk management training for Board members and senior leaders.",
           "Head of Risk", "March 2026", "Training provider identified.", "On track")]),
        ("R4", "KLOE 6: Information",
         "Improve the timeliness and quality of performance information, using statistical process control in the Integrated Performance Report.",
         [("4.1", "Rebuild the Integrated Performance Report using Making Data Count SPC charts and agree a small set of Board-level metrics.",
           "Chief Operating Officer; Director of Strategy", "April 2026", "Data warehouse changes delayed by the EPR upgrade.", "At risk")]),
        ("R5", "KLOE 7: Engagement",
         "Involve people with lived experience in the governance of quality and safety.",
         [("5.1", "Recruit lived experience partners to the Quality Committee and the Patient Safety Group, paid in line with the involvement policy.",
           "Chief Nurse", "TBC", "Payment policy not yet approved; recruitment paused.", "Off track")]),
    ]
    r = 6
    typo_row = None
    for rec, kloe, text, acts in data:
        first = r
        put(ws, r, 1, rec)
        put(ws, r, 2, kloe)
        put(ws, r, 3, text)
        for (no, action, lead, due, prog, status) in acts:
            if r != first:
                for c in (1, 2, 3):
                    ws.cell(row=r, column=c).border = BOX
            put(ws, r, 4, no)
            put(ws, r, 5, action)
            put(ws, r, 6, lead)
            put(ws, r, 7, due)
            put(ws, r, 8, prog)
            put(ws, r, 9, status, colour=rag[status])
            if due == "Febuary 2026":
                typo_row = r
            r += 1
        if r - 1 > first:
            for c in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    put(ws, r + 1, 1, "Source: independent developmental review of leadership and governance using the well-led framework, reported to the Board in July 2025.", border=False)
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=9)
    wb.active = 1
    wb.save(os.path.join(HERE, name))
    return typo_row


# ---------------------------------------------------------------------------
# 7. St Elizabeth Hospice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_seh():
    name = "zgl-st-elizabeth-hospice-cqc-inspection-action-plan.docx"
    doc = Document()
    landscape(doc)
    doc.add_paragraph("St Elizabeth Hospice – CQC Inspection Action Plan", style="Title")
    doc.add_paragraph("Inpatient unit and Hospice at Home – inspection 8 to 10 July 2025, report published 2 October 2025")
    doc.add_paragraph("Report to: Quality and Safety Committee, 20 November 2025")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Author", "Director of Clinical Services"),
                                ("Date", "10/11/2025"), ("Status", "Working document – updated monthly")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], "E7E6E6")
        set_cell(t.rows[i].cells[1], v)

    doc.add_paragraph("RAG key", style="Heading 3")
    k = doc.add_table(rows=3, cols=2)
    k.style = "Table Grid"
    for i, (lab, col, txt) in enumerate([("GREEN", GREEN, "Action completed"),
                                         ("AMBER", AMBER, "In progress"),
                                         ("RED", RED, "Not on track or overdue")]):
        set_cell(k.rows[i].cells[0], lab, bold=True)
        shade(k.rows[i].cells[0], col)
        set_cell(k.rows[i].cells[1], txt)

    heads = ["No.", "CQC finding", "Action", "Lead", "By when", "Progress", "RAG"]

    def plan_table(rows):
        tb = doc.add_table(rows=1, cols=7)
        tb.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(tb.rows[0].cells[i], h, bold=True)
            shade(tb.rows[0].cells[i], "DEEAF6")
        groups = []
        for finding, acts in rows:
            start = len(tb.rows)
            for j, (no, action, lead, when, prog, col) in enumerate(acts):
                cells = tb.add_row().cells
                set_cell(cells[0], no)
                set_cell(cells[1], finding if j == 0 else "")
                set_cell(cells[2], action)
                set_cell(cells[3], lead)
                set_cell(cells[4], when)
                set_cell(cells[5], prog)
                set_cell(cells[6], "")
                shade(cells[6], col)
            groups.append((start, len(tb.rows) - 1))
        for a, b in groups:
            if b > a:
                m = tb.cell(a, 1).merge(tb.cell(b, 1))
                for extra in m.paragraphs[1:]:
                    if not extra.text:
                        extra._p.getparent().remove(extra._p)
        return tb

    doc.add_paragraph("Section 1: Must do – Regulation 17 (Good governance)", style="Heading 2")
    plan_table([
        ("The provider must ensure that governance systems are effective in identifying and acting on risks, including oversight of clinical audits and the clinical risk register.",
         [("M1.1", "Redesign the clinical audit programme so that every audit has a named owner, an action plan and a re-audit date, reported quarterly to the Quality and Safety Committee.",
           "Head of Quality and Governance", "31 December 2025", "Audit programme template agreed; owners being confirmed.", AMBER),
          ("M1.2", "Review all open risks on the clinical risk register with risk owners and introduce a monthly review at the Clinical Governance Group.",
           "Director of Clinical Services", "September 2025", "All 34 risks reviewed; monthly review in place since August.", GREEN)]),
        ("The provider must ensure that records relating to the care and treatment of each patient are complete, accurate and contemporaneous.",
         [("M2.1", "Complete a monthly SystmOne record-keeping audit on the inpatient unit and feed back results to individual nurses.",
           "Inpatient Unit Manager", "Monthly", "Audits completed August to October; compliance 82%.", AMBER),
          ("M2.2", "Introduce a standard SystmOne template for syringe driver checks.",
           "Clinical Systems Lead / Lead Nurse for Inpatients", "31/10/2025", "Template live from 13 October 2025.", GREEN)]),
    ])

    doc.add_paragraph("Section 2: Should do", style="Heading 2")
    plan_table([
        ("The provider should ensure that all staff complete mandatory training, including Mental Capacity Act and Deprivation of Liberty Safeguards training.",
         [("S1", "Produce monthly training compliance reports by team and book outstanding staff onto MCA and DoLS sessions.",
           "Head of Education", "March 2026", "Compliance 78% (target 90%).", AMBER)]),
        ("The provider should ensure that the Hospice at Home service records response times for urgent calls.",
         [("S2", "Add a response-time field to the Hospice at Home call log and report performance to the Clinical Governance Group.",
           "Hospice at Home Team Leader", "January 2026", "Change request with the SystmOne supplier not yet accepted.", RED)]),
        ("The provider should review how people from diverse communities find out about the hospice's services.",
         [("S3", "Work with community engagement partners and local faith groups to co-produce information about hospice services in community languages.\nEvaluate referrals from under-represented groups after six months.",
           "Head of Community Engagement; Director of Clinical Services", "30 June 2026", "Two co-production sessions held in Ipswich.", AMBER)]),
        ("The provider should ensure that learning from incidents is shared with volunteers.",
         [("S4", "Include a ‘learning from incidents’ item in the quarterly volunteer newsletter.",
           "Voluntary Services Manager", "Quarterly", "First item published in the October 2025 newsletter.", GREEN)]),
    ])
    doc.add_paragraph("Summary: 8 actions – 3 Green, 4 Amber, 1 Red.")
    doc.add_paragraph("Next update to the Quality and Safety Committee: February 2026.")
    doc.save(os.path.join(HERE, name))


if __name__ == "__main__":
    make_ngh()
    make_tonypandy()
    make_dg()
    make_nwicb()
    make_rah()
    row = make_eput()
    make_seh()
    print("EPUT typo row:", row)
