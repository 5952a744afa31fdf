"""Build the seven vw- blind test files (set heldout536).

Run with: /work/main/.venv/bin/python vw_make.py
Writes into the folder this script sits in; only touches files named vw-*.
"""
import csv
import os
from datetime import datetime

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("vw-")
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAGFILL = {
    "blue": fill("5B9BD5"),
    "green": fill("70AD47"),
    "amber": fill("FFC000"),
    "red": fill("FF0000"),
}


def put(ws, row, col, value, bold=False, fillc=None, fmt=None, wrap=True, border=True, size=None, color=None):
    c = ws.cell(row=row, column=col, value=value)
    if bold or size or color:
        c.font = Font(bold=bold, size=size or 11, color=color)
    if fillc is not None:
        c.fill = fillc
    if fmt:
        c.number_format = fmt
    if wrap:
        c.alignment = WRAP
    if border:
        c.border = BOX
    return c


def band(ws, row, ncols, text, fillc, bold=True, color=None):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = put(ws, row, 1, text, bold=bold, fillc=fillc, color=color)
    for col in range(2, ncols + 1):
        ws.cell(row=row, column=col).border = BOX
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# =====================================================================
# 1. NHS Forth Valley - HIS Safe Delivery of Care inspection, FVRH
# =====================================================================
def make_forth_valley():
    title = "Forth Valley Royal Hospital Safe Delivery of Care Inspection – Improvement Action Plan"
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [30, 22, 60])
    put(cov, 1, 1, title, bold=True, size=14, border=False, wrap=False)
    put(cov, 2, 1, "NHS Forth Valley | Healthcare Improvement Scotland unannounced inspection, 5–7 March 2024",
        border=False, wrap=False)
    put(cov, 4, 1, "Document control", bold=True, fillc=fill("D9D9D9"))
    cov.merge_cells("A4:C4")
    rows = [
        ("Version", "1.4"),
        ("Date of this update", datetime(2024, 9, 30)),
        ("HIS report published", datetime(2024, 5, 2)),
        ("Action plan owner", "Executive Nurse Director"),
        ("Approved by", "Clinical Governance Committee, 13 September 2024"),
        ("Next review", "December 2024"),
    ]
    r = 5
    for k, v in rows:
        put(cov, r, 1, k, bold=True)
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        put(cov, r, 2, v, fmt="dd/mm/yyyy" if isinstance(v, datetime) else None)
        r += 1
    r += 1
    put(cov, r, 1, "Version history", bold=True, border=False)
    r += 1
    for i, h in enumerate(["Version", "Date", "Summary of changes"], start=1):
        put(cov, r, i, h, bold=True, fillc=fill("D9D9D9"))
    for ver, d, s in [
        ("1.0", datetime(2024, 5, 23), "Action plan submitted to Healthcare Improvement Scotland"),
        ("1.3", datetime(2024, 8, 30), "Progress update for Acute Services Clinical Governance Group"),
        ("1.4", datetime(2024, 9, 30), "Revised timescales for actions 1.2 and 4.1 agreed by Clinical Governance Committee"),
    ]:
        r += 1
        put(cov, r, 1, ver)
        put(cov, r, 2, d, fmt="dd/mm/yyyy")
        put(cov, r, 3, s)

    ws = wb.create_sheet("Action Plan")
    widths(ws, [7, 55, 14, 14, 30, 50, 12])
    put(ws, 1, 1, title, bold=True, size=14, border=False, wrap=False)
    put(ws, 2, 1, "Position at 30 September 2024. Revised timescales are shown where agreed by the Clinical "
                  "Governance Committee.", border=False, wrap=False)
    heads = ["No.", "Action planned", "Timescale to meet action", "Revised timescale",
             "Responsibility for taking action", "Progress against actions", "RAG status"]
    for i, h in enumerate(heads, start=1):
        put(ws, 4, i, h, bold=True, fillc=fill("1F3864"), color="FFFFFF")
    ncol = len(heads)
    D = lambda y, m, d: datetime(y, m, d)
    plan = [
        ("domain", "Domain 4.1 – Pathways, procedures and policies"),
        ("req", "Requirement 1: NHS Forth Valley must ensure that all patients have a fully completed falls risk "
                "assessment within the required timescale and that falls care plans are reviewed when the "
                "patient’s condition changes."),
        ("act", "1.1", "Introduce a weekly falls documentation audit on all adult inpatient wards using the "
                       "Excellence in Care falls measure, with results reported to the Senior Charge Nurse and "
                       "Clinical Nurse Manager.",
         D(2024, 5, 31), None, "Associate Director of Nursing, Acute Services",
         "Weekly audit in place on all 22 adult inpatient wards from 20 May 2024. August compliance 91%.",
         "Complete", "blue"),
        ("act", "1.2", "Deliver refresher training on the multifactorial falls risk assessment and care plan "
                       "review to registered nurses on wards where audit compliance is below 90%.",
         D(2024, 6, 30), D(2024, 11, 30), "Falls Lead Nurse / Practice Education Team",
         "Sessions delivered on 9 of 14 wards. Timescale extended owing to winter planning pressures.",
         "Amber", "amber"),
        ("req", "Requirement 2: NHS Forth Valley must ensure that Adults with Incapacity documentation, "
                "including section 47 certificates and treatment plans, is fully completed and available for all "
                "patients who lack capacity."),
        ("act", "2.1", "Add an Adults with Incapacity (section 47) prompt to the medical admission proforma and "
                       "to the daily ward safety brief.",
         D(2024, 7, 31), None, "Associate Medical Director (Acute)",
         "Revised admission proforma live from 1 July 2024. Safety brief updated.",
         "Complete", "blue"),
        ("act", "2.2", "Carry out a monthly audit of Adults with Incapacity documentation across medical and "
                       "surgical wards and share the results at the Acute Services Clinical Governance Group.",
         D(2024, 10, 31), None, "Associate Medical Director (Acute) / Lead Nurse, Older People",
         "Audits for June to August completed; compliance improved from 58% to 79%.",
         "Green", "green"),
        ("domain", "Domain 4.3 – Workforce planning, monitoring and deployment"),
        ("req", "Requirement 3: NHS Forth Valley must ensure that staffing in the Emergency Department and the "
                "Acute Assessment Unit is sufficient to meet patients’ needs and that the real-time staffing "
                "process is used and escalated consistently."),
        ("act", "3.1", "Embed the real-time staffing tool at every safety huddle in the Emergency Department and "
                       "Acute Assessment Unit, with escalations recorded on SafeCare.",
         D(2024, 9, 30), None, "Head of Nursing, Unscheduled Care; Clinical Nurse Manager, ED",
         "Tool in use at all huddles since July. Escalation recording at 84%.",
         "Green", "green"),
        ("act", "3.2", "Complete the annual run of the nursing workload and workforce planning tool for the "
                       "Emergency Department and report the findings to the Staff Governance Committee.",
         D(2024, 12, 31), None, "Executive Nurse Director",
         "Tool run scheduled for October 2024.",
         "Green", "green"),
        ("req", "Requirement 4: NHS Forth Valley must ensure that all staff are up to date with mandatory "
                "training, including infection prevention and control."),
        ("act", "4.1", "Issue monthly ward-level mandatory training compliance reports from Turas Learn to Senior "
                       "Charge Nurses, with a trajectory to reach 90% compliance.",
         D(2024, 8, 31), D(2025, 1, 31), "Head of Learning and Development",
         "Reporting delayed by Turas data extract issue. Current compliance 71%.",
         "Red", "red"),
        ("domain", "Domain 5 – Delivery of safe, effective, compassionate and person-centred care"),
        ("req", "Requirement 5: NHS Forth Valley must ensure that the care environment and patient equipment are "
                "clean and in a good state of repair to support effective cleaning."),
        ("act", "5.1", "Undertake a joint estates, domestic services and infection prevention and control "
                       "walkround of all inpatient areas and log defects on the estates helpdesk with agreed "
                       "repair dates.",
         D(2024, 4, 30), None, "Head of Facilities & Infection Control Manager",
         "Walkrounds completed April 2024; 112 defects logged, 97 repaired.",
         "Complete", "blue"),
    ]
    r = 5
    for item in plan:
        if item[0] == "domain":
            band(ws, r, ncol, item[1], fill("8EA9DB"))
        elif item[0] == "req":
            band(ws, r, ncol, item[1], fill("DDEBF7"), bold=False)
            ws.row_dimensions[r].height = 32
        else:
            _, no, act, t, rev, resp, prog, rag, col = item
            put(ws, r, 1, no)
            put(ws, r, 2, act)
            put(ws, r, 3, t, fmt="dd/mm/yyyy")
            put(ws, r, 4, rev, fmt="dd/mm/yyyy")
            put(ws, r, 5, resp)
            put(ws, r, 6, prog)
            put(ws, r, 7, rag, fillc=RAGFILL[col], bold=True)
        r += 1
    r += 1
    put(ws, r, 1, "RAG key", bold=True, border=False)
    for word, col, meaning in [
        ("Complete", "blue", "Action completed and evidence held"),
        ("Green", "green", "On track to meet timescale"),
        ("Amber", "amber", "At risk of not meeting timescale"),
        ("Red", "red", "Timescale missed or action not progressing"),
    ]:
        r += 1
        put(ws, r, 1, word, fillc=RAGFILL[col], bold=True)
        put(ws, r, 2, meaning)
    ws.freeze_panes = "A5"
    wb.save(out("vw-nhs-forth-valley-his-fvrh-safe-delivery-of-care-improvement-action-plan.xlsx"))


# =====================================================================
# 2. North Wales Police - strategic risk register 2025/26
# =====================================================================
def make_nwp():
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    widths(sm, [10, 60, 34, 12, 12, 14])
    put(sm, 1, 1, "North Wales Police Strategic Risk Register 2025/26", bold=True, size=14, border=False, wrap=False)
    put(sm, 2, 1, "Heddlu Gogledd Cymru – Quarter 2 review, position at 30 September 2025. "
                  "Reviewed by Strategic Management Board 14 October 2025.", border=False, wrap=False)
    hdr = ["Risk ref", "Risk", "Risk owner", "Previous score", "Current score", "Direction of travel"]
    for i, h in enumerate(hdr, start=1):
        put(sm, 4, i, h, bold=True, fillc=fill("002060"), color="FFFFFF")
    risks = [
        ("SR01", "Cyber attack or major ICT failure disrupts critical policing systems",
         "Director of Finance and Resources", 16, 16, "↔", "red"),
        ("SR02", "Force Communications Centre unable to meet 999 and 101 call-handling demand",
         "Assistant Chief Constable", 16, 12, "↓", "amber"),
        ("SR03", "Insufficient funding to deliver the Medium Term Financial Plan",
         "Director of Finance and Resources", 15, 15, "↔", "red"),
        ("SR04", "Loss of public confidence following officer misconduct or vetting failures",
         "Deputy Chief Constable", 12, 12, "↔", "amber"),
    ]
    r = 5
    for ref, name, owner, prev, cur, dot, col in risks:
        put(sm, r, 1, ref)
        put(sm, r, 2, name)
        put(sm, r, 3, owner)
        put(sm, r, 4, prev)
        put(sm, r, 5, cur, fillc=RAGFILL[col])
        put(sm, r, 6, dot)
        r += 1
    r += 1
    put(sm, r, 1, "Risk scoring (likelihood x impact): 15–25 High (red); 8–12 Medium (amber); 1–6 Low (green)",
        border=False, wrap=False)
    r += 2
    put(sm, r, 1, "Action status key", bold=True, border=False, wrap=False)
    for letter, col, meaning in [
        ("G", "green", "On track"),
        ("A", "amber", "Some slippage – recoverable"),
        ("R", "red", "Significant slippage or overdue"),
        ("C", "blue", "Complete – to be removed at next review"),
    ]:
        r += 1
        put(sm, r, 1, letter, fillc=RAGFILL[col], bold=True)
        put(sm, r, 2, meaning)

    ws = wb.create_sheet("Register")
    widths(ws, [30, 22, 12, 10, 55, 28, 13, 13, 9, 45])
    put(ws, 1, 1, "North Wales Police Strategic Risk Register 2025/26 – further mitigating actions",
        bold=True, size=13, border=False, wrap=False)
    hdr = ["Risk", "Risk owner", "Residual score (L x I)", "Action ref", "Further mitigating action",
           "Action owner", "Target date", "Revised target date", "Status", "Q2 update"]
    for i, h in enumerate(hdr, start=1):
        put(ws, 3, i, h, bold=True, fillc=fill("002060"), color="FFFFFF")
    D = lambda y, m, d: datetime(y, m, d)
    blocks = [
        ("SR01 – Cyber attack or major ICT failure disrupts critical policing systems",
         "Director of Finance and Resources", "4 x 4 = 16", "red", [
             ("SR01.1", "Complete migration of the remaining on-premises servers to the force Microsoft Azure "
                        "tenancy.", "Head of ICT", D(2025, 12, 31), None, "G",
              "14 of 19 servers migrated."),
             ("SR01.2", "Run a force-wide cyber incident exercise with the Wales Cyber Resilience Centre and test "
                        "the ICT disaster recovery plan.", "Information Security Officer", D(2025, 11, 30), None,
              "A", "Exercise date moved to accommodate the WCRC schedule."),
             ("SR01.3", "Achieve Cyber Essentials Plus re-accreditation.", "Head of ICT", D(2026, 3, 31), None, "G",
              "Assessor booked for February 2026."),
         ]),
        ("SR02 – Force Communications Centre unable to meet 999 and 101 call-handling demand",
         "Assistant Chief Constable", "3 x 4 = 12", "amber", [
             ("SR02.1", "Recruit and train two cohorts of call handlers (18 posts) to close the establishment gap "
                        "in the Force Communications Centre.", "Superintendent, Force Communications Centre",
              D(2025, 10, 31), D(2026, 1, 31), "A",
              "Cohort 1 (10) in post. Cohort 2 start delayed to November."),
             ("SR02.2", "Introduce the 101 call-back service and digital desk triage model.",
              "Chief Inspector, Operational Support", "Q3 2025/26", None, "G",
              "Call-back live in pilot; digital desk go-live planned December."),
         ]),
        ("SR03 – Insufficient funding to deliver the Medium Term Financial Plan",
         "Director of Finance and Resources", "3 x 5 = 15", "red", [
             ("SR03.1", "Deliver the 2025/26 savings programme of £3.2m, with progress reported monthly to the "
                        "Strategic Resources Board.", "Director of Finance and Resources", D(2026, 3, 31), None,
              "G", "£1.9m delivered at month 6."),
             ("SR03.2", "Submit joint evidence from the four Welsh forces to the Home Office review of the police "
                        "funding formula.", "Director of Finance and Resources and OPCC Chief Finance Officer",
              "Ongoing", None, "G", "Evidence submitted July 2025; further engagement expected."),
         ]),
        ("SR04 – Loss of public confidence following officer misconduct or vetting failures",
         "Deputy Chief Constable", "3 x 4 = 12", "amber", [
             ("SR04.1", "Complete the re-check of all officer and staff vetting against the Police National "
                        "Database in line with HMICFRS recommendations.", "Head of Professional Standards",
              D(2025, 10, 31), None, "C", "Re-check completed 24 September 2025."),
             ("SR04.2", "Publish quarterly misconduct outcome summaries on the force website.",
              "Head of Professional Standards; Head of Corporate Communications", "Quarterly", None, "G",
              "Q1 summary published August 2025."),
             ("SR04.3", "Deliver Violence Against Women and Girls (VAWG) internal culture training to all "
                        "supervisors.", "Head of Learning and Development", D(2025, 12, 31), None, "R",
              "42% of supervisors trained; trainer vacancy."),
         ]),
    ]
    statfill = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    r = 4
    for risk, owner, score, scol, acts in blocks:
        top = r
        for ref, act, aowner, tgt, rev, st, upd in acts:
            put(ws, r, 4, ref)
            put(ws, r, 5, act)
            put(ws, r, 6, aowner)
            put(ws, r, 7, tgt, fmt="dd/mm/yyyy" if isinstance(tgt, datetime) else None)
            put(ws, r, 8, rev, fmt="dd/mm/yyyy")
            put(ws, r, 9, st, fillc=RAGFILL[statfill[st]], bold=True)
            put(ws, r, 10, upd)
            for c in (1, 2, 3):
                ws.cell(row=r, column=c).border = BOX
            r += 1
        bottom = r - 1
        put(ws, top, 1, risk, bold=True)
        put(ws, top, 2, owner)
        put(ws, top, 3, score, fillc=RAGFILL[scol])
        for c in (1, 2, 3):
            if bottom > top:
                ws.merge_cells(start_row=top, start_column=c, end_row=bottom, end_column=c)
    ws.freeze_panes = "A4"
    wb.save(out("vw-north-wales-police-strategic-risk-register-2025-26.xlsx"))


# =====================================================================
# 3. Western HSC Trust - Trust Board (public) action log
# =====================================================================
def make_western():
    title = "Western Health and Social Care Trust – Trust Board (Public) Action Log"
    wb = openpyxl.Workbook()
    heads = ["Action No.", "Minute ref", "Action", "Lead", "Due", "Update", "RAG"]
    D = lambda y, m, d: datetime(y, m, d)

    def sheet(ws, t1, t2, groups):
        widths(ws, [9, 10, 55, 32, 16, 45, 9])
        put(ws, 1, 1, t1, bold=True, size=13, border=False, wrap=False)
        put(ws, 2, 1, t2, border=False, wrap=False)
        for i, h in enumerate(heads, start=1):
            put(ws, 4, i, h, bold=True, fillc=fill("305496"), color="FFFFFF")
        r = 5
        for meeting, acts in groups:
            band(ws, r, len(heads), meeting, fill("D9D9D9"))
            r += 1
            for no, minute, act, lead, due, upd, rag in acts:
                put(ws, r, 1, no)
                put(ws, r, 2, minute)
                put(ws, r, 3, act)
                put(ws, r, 4, lead)
                put(ws, r, 5, due, fmt="mmm-yy" if isinstance(due, datetime) and due.day == 1 else
                    ("dd/mm/yyyy" if isinstance(due, datetime) else None))
                put(ws, r, 6, upd)
                put(ws, r, 7, rag, fillc=RAGFILL.get((rag or "").lower()))
                r += 1
        ws.freeze_panes = "A5"

    ws = wb.active
    ws.title = "Open actions"
    sheet(ws, title, "Updated following the meeting held on 6 February 2025", [
        ("Trust Board – 7 November 2024", [
            (41, "11/24/8", "Provide the Board with a breakdown of agency and locum medical spend by directorate, "
                            "with the trajectory for reduction to March 2025.",
             "Director of Finance and Contracting", D(2025, 2, 1),
             "Included in February Finance Report; further analysis by specialty requested by Board.", "Amber"),
            (43, "11/24/12", "Arrange a Board workshop on the Urgent and Emergency Care improvement plan for the "
                             "Altnagelvin Emergency Department.",
             "Director of Acute Services", "April 2025 Trust Board",
             "Workshop being scheduled with Board Secretary.", "Green"),
        ]),
        ("Trust Board – 5 December 2024", [
            (47, "12/24/6", "Bring the revised Corporate Risk Register to the Board, including the new risk on "
                            "domiciliary care capacity.",
             "Chief Executive", D(2025, 3, 31), "On agenda for March meeting.", "Green"),
            (48, "12/24/9", "Circulate to members the RQIA quality improvement plan for the Grangewood inpatient "
                            "wards and the Trust’s progress against it.",
             "Director of Nursing / Medical Director", D(2025, 2, 1),
             "QIP circulated 20 January 2025; progress report to follow.", "Green"),
            (50, "12/24/14", "Provide an update on international nurse recruitment, including retention at 12 "
                             "months.",
             "Director of Human Resources and Organisational Development", "June 2025", "", "Green"),
        ]),
        ("Trust Board – 6 February 2025", [
            (53, "2/25/7", "Include benchmarking of cancer waiting times against the other HSC Trusts in the next "
                           "Performance Report.",
             "Director of Performance and Service Improvement", "Date TBC",
             "Awaiting regional data release.", None),
            (54, "2/25/11", "Confirm arrangements for the Board’s annual review of the terms of reference of its "
                            "committees.",
             "Head of Corporate Governance; Chair", "Ongoing – annual", "", "Green"),
        ]),
    ])
    wc = wb.create_sheet("Closed actions")
    sheet(wc, title + ": closed actions",
          "Actions completed since the last meeting – recommended for closure", [
              ("Trust Board – 3 October 2024", [
                  (36, "10/24/5", "Share the Trust’s response to the Department of Health consultation on the "
                                  "regional elective care framework with Board members.",
                   "Director of Performance and Service Improvement", D(2024, 11, 1),
                   "Response circulated 28 October 2024.", "Blue"),
              ]),
              ("Trust Board – 7 November 2024", [
                  (42, "11/24/10", "Present the Safeguarding Annual Report 2023/24 to the December meeting.",
                   "Executive Director of Social Work", D(2024, 12, 1),
                   "Presented 5 December 2024.", "Blue"),
              ]),
              ("Trust Board – 5 December 2024", [
                  (49, "12/24/11", "Add the South West Acute Hospital theatres refurbishment to the capital "
                                   "monitoring report.",
                   "Director of Finance and Contracting", D(2025, 2, 1),
                   "Included from January 2025 report.", "Blue"),
              ]),
          ])
    wk = wb.create_sheet("Key")
    widths(wk, [10, 60])
    put(wk, 1, 1, "RAG key", bold=True, border=False)
    for i, (w, meaning) in enumerate([
        ("Red", "Overdue or not progressing"),
        ("Amber", "In progress – partly addressed or at risk of missing due date"),
        ("Green", "On track for due date"),
        ("Blue", "Complete – recommended for closure"),
    ], start=2):
        put(wk, i, 1, w, fillc=RAGFILL[w.lower()], bold=True)
        put(wk, i, 2, meaning)
    wb.save(out("vw-western-hsc-trust-board-public-action-log.xlsx"))


# ----------------------------------------------------------------- docx helpers
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# =====================================================================
# 4. Ysgol Llanhari - Estyn post-inspection action plan
# =====================================================================
def make_llanhari():
    d = docx.Document()
    landscape(d)
    d.add_heading("Ysgol Llanhari – Post-Inspection Action Plan", level=0)
    d.add_paragraph("Cynllun Gweithredu Ôl-Arolygiad | Estyn core inspection 13–16 May 2024")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Headteacher / Pennaeth", "Mrs Eleri Rhys"),
        ("Chair of Governors / Cadeirydd y Llywodraethwyr", "Mr Huw Bevan"),
        ("Local authority", "Rhondda Cynon Taf County Borough Council"),
        ("Approved by the governing body", "10 July 2024"),
        ("Monitoring", "Standards and Curriculum Committee each term; progress reported to full governing body"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    d.add_paragraph()
    d.add_paragraph("The school will address the three recommendations in the Estyn report through the actions "
                    "below. Progress is RAG rated at each termly review (see key at the end of the plan).")
    head = ["Cyf. / Ref", "Cam gweithredu / Action", "Arweinydd / Lead", "Amserlen / Timescale",
            "Adnoddau / Resources", "Meini prawf llwyddiant / Success criteria", "Cynnydd / Progress (RAG)"]
    recs = [
        ("Recommendation 1 (R1): Improve the consistency of teaching and feedback in the secondary phase so that "
         "all pupils make strong progress", [
             ("1.1", "Agree a whole-school teaching and learning framework focused on questioning, challenge and "
                     "purposeful feedback, and share it with all staff through INSET.",
              "Deputy Headteacher (Teaching and Learning)", "Autumn term 2024", "2 INSET days",
              "Framework in use in all departments; learning walks show consistent use of questioning.", "B"),
             ("1.2", "Introduce termly learning walks and book scrutiny in all secondary departments, with findings "
                     "fed back to heads of department within two weeks.\nFocus for 2024-25: Years 7 to 9.",
              "SLT / Heads of Department", "Autumn term 2024 – Summer term 2025", "SLT release time",
              "Monitoring calendar followed; feedback shows improvement in quality of marking.", "G"),
             ("1.3", "Provide coaching for identified teachers through the school’s professional learning "
                     "programme and the local authority’s teaching and learning team.",
              "DJ, LP", "Spring term 2025", "Professional learning grant",
              "Coached teachers’ lessons judged good or better at follow-up observation.", "A"),
         ]),
        ("Recommendation 2 (R2): Strengthen the development of pupils’ literacy and numeracy skills across the "
         "curriculum, particularly extended writing in Welsh and English", [
             ("2.1", "Map opportunities for extended writing across all Areas of Learning and Experience in "
                     "Years 7 to 9.",
              "Literacy Co-ordinator", "October 2024", "Department meeting time",
              "Literacy map published; each AoLE plans at least one extended writing task per half term.", "B"),
             ("2.2", "Re-launch the cross-curricular numeracy group and introduce a common approach to graphs and "
                     "data handling in science, humanities and technology.",
              "Numeracy Co-ordinator & Head of Mathematics", "Spring term 2025", "Twilight training",
              "Common approach evident in pupils’ books in three AoLEs.", "G"),
             ("2.3", "Track pupils’ reading ages twice a year and provide targeted intervention for pupils whose "
                     "reading age is more than two years below their chronological age.",
              "ALNCo", "Ongoing – September and March", "Reading intervention assistant (0.5)",
              "Reading ages of pupils in intervention improve by at least 12 months in a year.", "G"),
         ]),
        ("Recommendation 3 (R3): Ensure that self-evaluation and improvement planning focus precisely on the "
         "impact of provision on pupils’ progress", [
             ("3.1", "Revise the self-evaluation calendar so that all evidence-gathering activities evaluate pupils’ "
                     "progress and standards, not only compliance.",
              "Headteacher", "31/12/2024", "None",
              "Self-evaluation report for 2024-25 identifies impact on pupils’ progress.", "B"),
             ("3.2", "Train governors on the Standards and Curriculum Committee to challenge leaders using "
                     "first-hand evidence, including pupil voice and learning walks.",
              "Chair of Governors / Headteacher", "Summer term 2025", "Governor training (RCT)",
              "Committee minutes show governors questioning evidence of pupils’ progress.", "G"),
         ]),
    ]
    ragshade = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
    for rec, acts in recs:
        d.add_heading(rec, level=2)
        tb = d.add_table(rows=1, cols=len(head))
        tb.style = "Table Grid"
        for i, h in enumerate(head):
            set_cell(tb.rows[0].cells[i], h, bold=True, size=9)
            shade(tb.rows[0].cells[i], "D9E2F3")
        for a in acts:
            cells = tb.add_row().cells
            for i, v in enumerate(a):
                set_cell(cells[i], v, size=9)
            shade(cells[6], ragshade[a[6]])
        d.add_paragraph()
    d.add_paragraph("Allwedd / Key:  B – Wedi’i gwblhau / Completed;  G – Ar y trywydd / On track;  "
                    "A – Rhywfaint o oedi / Some delay;  R – Dim cynnydd digonol / Not on track")
    d.save(out("vw-ysgol-llanhari-estyn-post-inspection-action-plan.docx"))


# =====================================================================
# 5. The Cedar Foundation - RQIA quality improvement plan (supported living)
# =====================================================================
def make_cedar():
    d = docx.Document()
    landscape(d)
    d.add_heading("Quality Improvement Plan – South Down Supported Living Service", level=0)
    d.add_paragraph("The Cedar Foundation | RQIA announced care inspection 18 September 2024 | "
                    "Domiciliary care agency (supported living)")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Registered Manager", "Ms Aoife Magee"),
        ("Responsible Individual", "Chief Executive, The Cedar Foundation"),
        ("QIP returned to RQIA", "23 October 2024"),
        ("This version", "v2 – progress at 20 January 2025"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    d.add_paragraph()
    d.add_paragraph("The areas for improvement below are those stated in the RQIA inspection report. Actions are "
                    "reviewed monthly at the service governance meeting and the plan is shared with the Head of "
                    "Quality.")
    head = ["No.", "Action", "Responsible person", "Target date", "Progress update", "RAG"]
    tb = d.add_table(rows=1, cols=len(head))
    tb.style = "Table Grid"
    for i, h in enumerate(head):
        set_cell(tb.rows[0].cells[i], h, bold=True)
        shade(tb.rows[0].cells[i], "BDD7EE")

    def bandrow(text, colour, bold=True):
        row = tb.add_row()
        c = row.cells[0].merge(row.cells[-1])
        set_cell(c, text, bold=bold)
        shade(c, colour)

    def act(no, text, who, when, prog, rag, colour):
        cells = tb.add_row().cells
        for i, v in enumerate([no, text, who, when, prog, rag]):
            set_cell(cells[i], v)
        if colour:
            shade(cells[5], colour)

    bandrow("Action required to ensure compliance with The Domiciliary Care Agencies Regulations (Northern "
            "Ireland) 2007", "9BC2E6")
    bandrow("Area for improvement 1 – Regulation 13 (d), stated first time: The registered person shall ensure "
            "that no domiciliary care worker is supplied by the agency unless full and satisfactory information "
            "is available in relation to that person, including an enhanced AccessNI disclosure.", "DDEBF7",
            bold=False)
    act("1a", "Audit the personnel files of all staff recruited since April 2023 against the recruitment "
              "checklist and obtain any missing references or AccessNI certificates.",
        "Registered Manager", "31/10/2024", "Audit of 23 files completed; two missing references obtained.",
        "Completed", "5B9BD5")
    act("1b", "Introduce a pre-start sign-off by the Area Manager confirming that all checks are in place before "
              "a new worker is rostered.",
        "Area Manager", "30/11/2024", "Sign-off form in use for all new starters since November.",
        "Green", "70AD47")
    bandrow("Area for improvement 2 – Regulation 16 (2) (a), stated first time: The registered person shall "
            "ensure that each employee receives training appropriate to the work they are to perform, including "
            "adult safeguarding and dysphagia awareness.", "DDEBF7", bold=False)
    act("2a", "Book all staff onto Adult Safeguarding (Level 2) and dysphagia (IDDSI) training and record "
              "completion on the training matrix.",
        "Registered Manager & Training Co-ordinator", "December 2024",
        "86% safeguarding and 74% dysphagia complete; remaining staff booked for February.", "Amber", "FFC000")
    act("2b", "Review the training matrix monthly at team meetings and escalate overdue training to the Area "
              "Manager.",
        "Registered Manager", "Monthly", "Standing item on team meeting agenda.", "Green", "70AD47")
    bandrow("Action required to ensure compliance with the Domiciliary Care Agencies Minimum Standards "
            "(revised 2021)", "9BC2E6")
    bandrow("Area for improvement 3 – Standard 3.2, stated first time: The registered person shall ensure that "
            "service users’ support plans and risk assessments are kept under review and updated when needs "
            "change, including recommendations made by the Speech and Language Therapist.", "DDEBF7", bold=False)
    act("3a", "Review and update all tenants’ support plans and risk assessments, including choking risk "
              "assessments that reflect current SALT recommendations.",
        "Key Workers / Team Leaders", "31 January 2025", "11 of 14 support plans reviewed.", "Green", "70AD47")
    act("3b", "Introduce a quarterly support plan audit completed by the Quality Officer.",
        "Quality Officer", "Q4 2024/25", "Audit tool drafted; first audit due March.", "Not started", None)
    bandrow("Area for improvement 4 – Standard 8.11, stated first time: The registered person shall ensure that "
            "the monthly quality monitoring reports include the views of service users, relatives and HSC Trust "
            "staff and an action plan to address any issues identified.", "DDEBF7", bold=False)
    act("4a", "Include feedback from tenants, relatives and HSC Trust professionals in each monthly quality "
              "monitoring report, with an action plan for any issues identified.",
        "Head of Operations (Supported Living)", "Immediate and ongoing",
        "Reports from October onwards include stakeholder feedback and actions.", "Green", "70AD47")
    d.add_paragraph()
    d.add_paragraph("RAG: Completed = action complete and evidenced; Green = on track; Amber = some delay; "
                    "Red = not on track; Not started = action not yet due to start.")
    d.save(out("vw-cedar-foundation-rqia-supported-living-quality-improvement-plan.docx"))


# =====================================================================
# 6. Crofting Commission - external audit recommendations follow-up (CSV, refuse)
# =====================================================================
def make_crofting():
    rows = [
        ["Crofting Commission: external audit recommendations follow-up (position at 31 October 2025)"],
        ["Audit and Risk Committee – 25 November 2025 – Agenda item 6"],
        [],
        ["Ref", "Recommendation", "Management response / agreed action", "Responsible officer",
         "Original target date", "Revised target date", "Status", "Update"],
        ["2022/23 Annual Audit Report"],
        ["2023/1", "The Commission should prepare a medium-term financial plan covering at least three years.",
         "A three-year financial plan will be prepared and presented to the Board alongside the 2024/25 budget.",
         "Head of Finance", "March 2024", "June 2024", "Complete",
         "Approved by the Board on 19 June 2024."],
        ["2023/2", "A workforce plan should be developed that reflects the outcome of the independent workforce "
                   "review.",
         "Workforce plan to be developed and agreed with the Scottish Government sponsor team.",
         "Head of Corporate Services", "September 2024", "March 2025", "Complete",
         "Workforce plan 2025-28 approved March 2025."],
        ["2023/3", "The Board should carry out an annual self-assessment of its effectiveness.",
         "Board self-assessment to be facilitated annually, with an action plan reported to the Audit and Risk "
         "Committee.", "Convener / Chief Executive", "December 2025", "", "On track",
         "2025 self-assessment questionnaire issued October 2025."],
        ["2023/24 Annual Audit Report"],
        ["2024/1", "The Commission should set out a plan to reduce the backlog of regulatory casework.",
         "A casework recovery plan with quarterly targets will be reported to the Board.",
         "Head of Regulatory Services", "December 2024", "Janaury 2026", "Delayed – revised date agreed",
         "Backlog reduced from 1,140 to 860 cases; additional caseworkers start November."],
        ["2024/2", "Performance reports to the Board should include trend information and targets for all key "
                   "performance indicators.",
         "KPI report to be redesigned to show targets and 12-month trends.",
         "Business Performance Manager", "March 2025", "", "Complete",
         "New format in use from the May 2025 Board."],
        ["2024/3", "The Commission should review its ICT disaster recovery arrangements.",
         "Disaster recovery plan to be reviewed and tested with Scottish Government iTECS.",
         "Head of Corporate Services", "December 2025", "", "On track",
         "Test scheduled for 11 December 2025."],
        ["2024/25 Annual Audit Report"],
        ["2025/1", "The Commission should update its counter-fraud policy and fraud risk assessment.",
         "Counter-fraud policy and fraud risk assessment to be refreshed and approved by the Audit and Risk "
         "Committee.", "Head of Finance", "February 2026", "", "Not yet due", ""],
        ["2025/2", "The Commission should set out how the Crofting Register digital project will be funded "
                   "beyond 2025/26.",
         "Funding options to be agreed with the Scottish Government and included in the 2026/27 budget.",
         "Chief Executive", "March 2026", "", "Not yet due", ""],
        [],
        ["Status key: Complete; On track; Delayed – revised date agreed; Not yet due"],
    ]
    width = 8
    with open(out("vw-crofting-commission-audit-recommendations-follow-up-typo-month-refuse.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (width - len(row)))


# =====================================================================
# 7. Department for Infrastructure - NIAO/PAC planning recommendations tracker (TXT)
# =====================================================================
def make_dfi():
    ncol = 6
    lines = []

    def row(*cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        enc = []
        for c in cells:
            if "\n" in c or '"' in c:
                c = '"' + c.replace('"', '""') + '"'
            enc.append(c)
        lines.append("\t".join(enc))

    row("Department for Infrastructure – Planning in Northern Ireland: NIAO and PAC recommendations "
        "implementation tracker")
    row("Position at 30 June 2025. Prepared by Regional Planning, Governance and Legislation Division for the "
        "Departmental Audit and Risk Assurance Committee.")
    row()
    row("Ref", "Recommendation / action", "Lead", "Target date", "RAG", "Progress update")
    row("NIAO report ‘Planning in Northern Ireland’ (February 2022)")
    row("Recommendation 1: The Department and councils should review the statutory performance indicators so "
        "that they measure the quality of planning outcomes as well as the speed of decisions.")
    row("1.1", "Complete a review of statutory planning performance indicators with the Planning Forum and consult "
               "on revised indicators.", "Head of Planning Governance", "March 2024", "B",
        "Consultation closed 8 March 2024; summary of responses published.")
    row("1.2", "Introduce revised Development Management performance indicators, including a measure of the "
               "quality of decisions, from 1 April 2026.", "Head of Planning Governance", "2025/26 Q4", "G",
        "Indicators agreed at Planning Forum May 2025.")
    row("Recommendation 4: The Department should work with councils and statutory consultees to reduce the time "
        "taken to process major planning applications.")
    row("4.1", "Publish guidance and a performance agreement for statutory consultees, setting response times for "
               "major applications.", "Chief Planner", "31/10/2023", "B", "Published October 2023.")
    row("4.2", "Run a pilot of a pre-application discussion (PAD) charter for major applications with two "
               "councils.\nPilot councils: Mid Ulster and Belfast City.",
        "Director of Regional Planning, Governance and Legislation", "Dec-25", "A",
        "Belfast pilot under way; Mid Ulster start delayed to September 2025.")
    row("Recommendation 6: The Department should ensure the new Northern Ireland Planning Portal is fully "
        "implemented and able to produce reliable performance data.")
    row("6.1", "Complete migration of live applications to the Planning Portal and decommission the legacy "
               "Planning NI system.", "Planning Portal Programme Manager", "30/06/2023", "B",
        "Legacy system decommissioned June 2023.")
    row("Public Accounts Committee ‘Report on Planning in Northern Ireland’ (March 2022)")
    row("PAC Recommendation 1: The Department should commission an independent review of the planning system to "
        "identify the strategic changes needed to make it fit for purpose.")
    row("P1.1", "Publish the Department’s Planning Improvement Programme and report progress to the Infrastructure "
                "Committee every six months.", "Permanent Secretary / Chief Planner", "Every six months", "G",
        "Latest update to Committee 29 January 2025.")
    row("PAC Recommendation 9: The Department should review the funding model for planning so that application "
        "fees better reflect the cost of processing applications.")
    row("P9.1", "Consult on an uplift of planning application fees in line with inflation.",
        "Planning Policy Division", "March 2025", "B", "Fee uplift in force from 1 April 2025.")
    row("P9.2", "Complete a full cost recovery review of planning fees jointly with councils and the Department of "
                "Finance.", "Chief Planner; Head of Planning Policy", "2026/27 Q1", "R",
        "Not started – awaiting council cost data.")
    row()
    row("RAG key:", "B = complete", "G = on track", "A = some delay, recoverable", "R = significant delay")
    with open(out("vw-dfi-niao-pac-planning-recommendations-tracker.txt"), "w", newline="",
              encoding="utf-8") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_forth_valley()
    make_nwp()
    make_western()
    make_llanhari()
    make_cedar()
    make_crofting()
    make_dfi()
    print("built 7 files in", HERE)
