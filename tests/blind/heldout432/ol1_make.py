"""Build the seven ol1- blind test files (set heldout432).

Run with /work/main/.venv/bin/python ol1_make.py ; writes next to this script.
"""
import csv
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

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, values, bold=False, bg=None, border=True, fmt=None):
    for i, v in enumerate(values, start=1):
        if v is None:
            continue
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        if bold:
            c.font = Font(bold=True, color="FFFFFF" if bg == NAVY else "000000")
        if bg:
            c.fill = fill(bg)
        if border:
            c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = fmt or "dd/mm/yyyy"


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------- 1. SPA tracker
def make_spa():
    title = "Internal Audit Recommendations Tracker – SPA Corporate (Q2 2025/26 follow-up)"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary of management actions by audit and status at 30 September 2025"
    hdr = ["Audit", "Year", "Assurance", "Actions", "Implemented (B)", "On track (G)",
           "At risk (A)", "Overdue (R)", "Not yet due"]
    put(s, 4, hdr, bold=True, bg=NAVY)
    rows = [
        ["Records Management", "2023/24", "Limited", 3, 1, 0, 1, 1, 0],
        ["Workforce Planning", "2024/25", "Moderate", 3, 1, 2, 0, 0, 0],
        ["Procurement and Contract Management", "2024/25", "Moderate", 2, 0, 1, 0, 0, 1],
    ]
    for i, r in enumerate(rows):
        put(s, 5 + i, r)
    put(s, 8, ["Total", None, None, 8, 2, 3, 1, 1, 1], bold=True, bg=GREY)
    s["A10"] = "Detail of each action is on the ‘Action tracker’ sheet; grading and status definitions are on the ‘Key’ sheet."
    widths(s, {"A": 38, "B": 10, "C": 12, "D": 9, "E": 15, "F": 13, "G": 12, "H": 12, "I": 12})

    ws = wb.create_sheet("Action tracker")
    ws["A1"] = "Scottish Police Authority"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Audit, Risk and Assurance Committee – 13 November 2025 – Item 3.2, Appendix A"
    ws["A4"] = ("Internal auditor: BDO LLP. Status is management’s assessment; ‘B’ actions are proposed "
                "for closure subject to internal audit validation.")
    ws["A4"].font = Font(italic=True)
    head = ["Ref", "Recommendation", "Grade", "Agreed management action", "Action owner",
            "Original target date", "Revised target date", "Progress update at 30 September 2025",
            "Status"]
    put(ws, 6, head, bold=True, bg=NAVY)
    status_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def band(row, text):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        c.alignment = WRAP

    def action(row, ref, rec, grade, act, owner, orig, rev, prog, status):
        put(ws, row, [ref, rec, grade, act, owner, orig, rev, prog, None])
        c = ws.cell(row=row, column=9, value=status)
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="top")
        if status:
            c.fill = fill(status_fill[status])
            c.font = Font(bold=True, color="FFFFFF" if status in "BR" else "000000")
        for col in (1, 2, 3, 4, 5, 6, 7, 8):
            ws.cell(row=row, column=col).border = BOX

    band(7, "Records Management (2023/24) – Limited assurance")
    rec_rm1 = ("SPA Corporate should complete and approve a Records Management Plan that meets the "
               "requirements of the Public Records (Scotland) Act 2011 and submit it to the Keeper "
               "of the Records of Scotland.")
    action(8, "RM.01a", rec_rm1, "High",
           "Prepare a draft Records Management Plan and consult on it with the Information Governance Group.",
           "Information Governance Manager", d(2024, 9, 30), d(2025, 1, 31),
           "Draft RMP consulted on in December 2024 and approved by IGG on 22/01/2025. Validated by BDO in Q4 follow-up.",
           "B")
    action(9, "RM.01b", None, None,
           "Submit the approved Records Management Plan to the Keeper of the Records of Scotland.",
           "Head of Governance", d(2024, 12, 31), d(2025, 11, 30),
           "Submission pack finalised. National Records of Scotland have offered an assessment slot in November 2025.",
           "A")
    ws.merge_cells("B8:B9")
    ws.merge_cells("C8:C9")
    action(10, "RM.02",
           "Retention schedules should be reviewed and applied to shared drives, with evidence of disposal recorded.",
           "Medium",
           "Review the SPA Corporate retention schedule and complete a first disposal exercise on the "
           "Governance shared drive, recording disposals in the disposal log.",
           "Information Governance Manager / Business Support Manager", d(2025, 3, 31), d(2025, 6, 30),
           "Retention schedule reviewed. Disposal exercise not started owing to staff absence; new date to be agreed with BDO.",
           "R")

    band(11, "Workforce Planning (2024/25) – Moderate assurance")
    rec_wfp1 = ("A strategic workforce plan for SPA Corporate should be developed, linked to the "
                "Authority’s Corporate Plan and medium-term financial strategy.")
    action(12, "WFP.01a", rec_wfp1, "High",
           "Develop a three-year SPA Corporate Strategic Workforce Plan 2025–28 and present it to the "
           "Resources Committee for approval.",
           "Chief People Officer", d(2025, 10, 31), None,
           "Draft plan discussed at Senior Leadership Team on 9 September; on agenda for Resources Committee 29 October.",
           "G")
    action(13, "WFP.01b", None, None,
           "Align workforce plan assumptions with the medium-term financial strategy refresh, with "
           "finance and people teams agreeing a single establishment baseline.",
           "Head of Finance & Procurement; Chief People Officer", d(2025, 12, 31), None,
           "Joint baseline workshop held 17 September.",
           "G")
    ws.merge_cells("B12:B13")
    ws.merge_cells("C12:C13")
    action(14, "WFP.02",
           "Workforce data reported to committee should be reconciled to the payroll establishment on a quarterly basis.",
           "Low",
           "Introduce a quarterly reconciliation of HR establishment data to payroll, signed off by the "
           "Head of Finance & Procurement.",
           "HR Business Partner", d(2025, 6, 30), None,
           "First reconciliation completed for Q1 and process embedded. Proposed for closure.",
           "B")

    band(15, "Procurement and Contract Management (2024/25) – Moderate assurance")
    action(16, "PCM.01",
           "A contract register should be maintained centrally and include contract owner, value, start and end dates.",
           "Medium",
           "Populate the central contract register from Public Contracts Scotland and departmental "
           "records, and assign a named contract owner to each contract over £50k.",
           "Procurement Lead", d(2026, 3, 31), None,
           "Register template agreed; 61 of 84 contracts entered.",
           "G")
    action(17, "PCM.02",
           "Contract owners should receive training on the Contract Management Framework.",
           "Low",
           "Deliver Contract Management Framework training to all contract owners identified in the register.",
           "Procurement Lead", "Q4 2025/26", None,
           "Not yet due – dependent on completion of PCM.01.",
           None)
    widths(ws, {"A": 9, "B": 42, "C": 9, "D": 48, "E": 26, "F": 13, "G": 13, "H": 44, "I": 8})
    ws.freeze_panes = "A7"

    k = wb.create_sheet("Key")
    k["A1"] = "Recommendation grading (BDO)"
    k["A1"].font = Font(bold=True)
    put(k, 2, ["High", "Significant weakness in the design or operation of controls; action required urgently."])
    put(k, 3, ["Medium", "Weakness in controls that should be addressed within a reasonable timescale."])
    put(k, 4, ["Low", "Minor weakness or opportunity to improve efficiency."])
    k["A6"] = "Status"
    k["A6"].font = Font(bold=True)
    for i, (letter, text) in enumerate([
            ("B", "Implemented – proposed for closure"),
            ("G", "On track to meet target date"),
            ("A", "At risk – revised date agreed"),
            ("R", "Overdue – revised date passed or not agreed")]):
        c = k.cell(row=7 + i, column=1, value=letter)
        c.fill = fill(status_fill[letter])
        c.border = BOX
        k.cell(row=7 + i, column=2, value=text).border = BOX
    k["A11"] = "Blank status = not yet due."
    widths(k, {"A": 10, "B": 80})
    wb.save(os.path.join(HERE, "ol1-scottish-police-authority-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 2. Western HSCT CRR
def make_whsct():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR 2025-26"
    ws["A1"] = "Western Health and Social Care Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Corporate Risk Register and Assurance Framework 2025/26"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Position at 30 September 2025 – Trust Board, 6 November 2025"
    ws["A4"] = ("Risks are scored using the HSC Regional Risk Matrix (5 x 5). Action progress is shown by "
                "the colour of the Action RAG cell – see key on the ‘Matrix & Key’ sheet.")
    ws["A4"].font = Font(italic=True)
    head = ["Risk ID", "Risk Title", "Risk Description", "Risk Owner", "Current Rating",
            "Action No.", "Actions to address gaps in control", "Action Lead", "Target Date",
            "Action RAG", "Progress update"]
    put(ws, 6, head, bold=True, bg="006666")
    for c in range(1, 12):
        ws.cell(row=6, column=c).font = Font(bold=True, color="FFFFFF")

    rating_fill = {"Extreme (20)": RED, "Extreme (16)": RED, "High (12)": AMBER, "High (10)": AMBER}

    def risk(first, last, rid, title, desc, owner, rating):
        vals = [rid, title, desc, owner, rating]
        for col, v in enumerate(vals, start=1):
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if col == 5:
                c.fill = fill(rating_fill[rating])
                c.font = Font(bold=True)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)

    def act(row, no, text, lead, target, rag, update, fmt=None):
        put(ws, row, [None, None, None, None, None, no, text, lead, target, None, update], fmt=fmt)
        c = ws.cell(row=row, column=10)
        c.border = BOX
        c.fill = fill(rag)

    risk(7, 9, "CRR 1", "Emergency Department demand and patient flow",
         "There is a risk that sustained demand, bed occupancy above 100% and delayed discharges result "
         "in prolonged waits in the Emergency Departments at Altnagelvin and the South West Acute "
         "Hospital, compromising patient safety and experience.",
         "Director of Acute Services", "Extreme (20)")
    act(7, "1.1",
        "Implement the regional Emergency Department Performance Improvement Plan at Altnagelvin, "
        "including the Rapid Assessment and Treatment model for ambulance arrivals.",
        "Head of Unscheduled Care (Northern Sector)", d(2025, 12, 31), GREEN,
        "RAT model live 08:00–20:00 since August; ambulance handover times improved by 22%.")
    act(8, "1.2",
        "Increase weekend discharges through seven-day working in social work and AHP teams on medical wards.",
        "Assistant Director Patient Flow / Head of Social Work (Older People)", d(2026, 3, 1), AMBER,
        "Social work rota agreed for Saturdays; AHP recruitment ongoing.", fmt="mmm-yy")
    act(9, "1.3",
        "Open 12 additional step-down beds in the independent sector to support timely discharge from SWAH.",
        "Director of Community and Older People’s Services", "Q3 2025/26", RED,
        "Procurement exercise returned no compliant bids; re-tender planned.")

    risk(10, 11, "CRR 2", "Cyber security",
         "There is a risk that a cyber attack or security incident disrupts clinical and business "
         "systems, leading to loss of services and data.",
         "Director of Finance, Contracting and Capital Planning", "Extreme (16)")
    act(10, "2.1",
        "Complete roll-out of multi-factor authentication to all remote access and Microsoft 365 accounts.",
        "Head of ICT", d(2025, 6, 30), BLUE,
        "MFA enforced for all accounts from 27 June 2025.")
    act(11, "2.2",
        "Test the ICT Disaster Recovery and Business Continuity Plan through a regional cyber exercise, "
        "with lessons learned reported to the Audit and Risk Assurance Committee.",
        "Head of ICT; Emergency Planning Lead", d(2025, 11, 1), GREEN,
        "Exercise scheduled with BSO ITS for 12 November.", fmt="mmm-yy")

    risk(12, 13, "CRR 3", "Fire safety compliance across the Trust estate",
         "There is a risk that gaps in fire compartmentation and fire safety training in older "
         "buildings increase the likelihood of fire spread and harm to patients, staff and visitors.",
         "Director of Performance and Service Improvement", "High (12)")
    act(12, "3.1",
        "Complete fire compartmentation surveys at the Altnagelvin Tower Block and prioritise remedial works.",
        "Head of Estates Services", "Sept 2025 – March 2026", AMBER,
        "Surveys of floors 1–6 complete; floors 7–10 delayed by ward decant.")
    act(13, "3.2",
        "Deliver fire safety training to all ward managers, with compliance reported monthly to the Fire Safety Group.",
        "Fire Safety Manager", "Ongoing", GREEN,
        "Compliance 88% against 90% target.")

    risk(14, 14, "CRR 4", "Endoscopy waiting times",
         "There is a risk that patients waiting beyond clinically appropriate timescales for "
         "endoscopy experience delayed diagnosis of cancer and other serious conditions.",
         "Director of Acute Services", "High (10)")
    act(14, "4.1",
        "Secure additional endoscopy sessions through the regional Day Procedure Centre and insourcing "
        "to reduce urgent suspected cancer waits to 2 weeks.",
        "Head of Service – Surgery & Endoscopy", d(2026, 3, 31), GREEN,
        "Insourcing contract in place from September; 14 additional lists per month.")

    ws["A16"] = "Total risks on register: 4 (Extreme 2, High 2)"
    ws["A17"] = "Actions: 8 (Complete 1, On track 4, Some slippage 2, Significantly behind 1)"
    ws["A16"].font = Font(bold=True)
    ws["A17"].font = Font(bold=True)
    widths(ws, {"A": 8, "B": 24, "C": 44, "D": 24, "E": 12, "F": 8, "G": 48, "H": 30,
                "I": 14, "J": 9, "K": 40})
    ws.freeze_panes = "A7"

    k = wb.create_sheet("Matrix & Key")
    k["A1"] = "HSC Regional Risk Matrix – rating bands"
    k["A1"].font = Font(bold=True)
    for i, (band, score, col) in enumerate([("Extreme", "15–25", RED), ("High", "8–12", AMBER),
                                             ("Medium", "4–6", "FFFF00"), ("Low", "1–3", GREEN)]):
        a = k.cell(row=2 + i, column=1, value=band)
        a.fill = fill(col)
        a.border = BOX
        k.cell(row=2 + i, column=2, value=score).border = BOX
    k["A7"] = "Action RAG key"
    k["A7"].font = Font(bold=True)
    for i, (col, text) in enumerate([(BLUE, "Action complete"), (GREEN, "On track"),
                                      (AMBER, "Some slippage – recoverable"),
                                      (RED, "Significantly behind target date")]):
        a = k.cell(row=8 + i, column=1)
        a.fill = fill(col)
        a.border = BOX
        k.cell(row=8 + i, column=2, value=text).border = BOX
    widths(k, {"A": 14, "B": 40})
    wb.save(os.path.join(HERE, "ol1-western-hsct-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------- 3. HIW hospice (refuse)
def make_hiw():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    ws["A1"] = "Improvement plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Service: Marie Curie Hospice, Cardiff and the Vale"
    ws["A3"] = "Date of inspection: 10 and 11 June 2025"
    ws["A4"] = ("The table below includes any other improvements identified during the inspection where we "
                "require the service to complete an improvement plan telling us about the actions they are "
                "taking to address these areas.")
    ws["A6"] = "Appendix B – Immediate improvement plan"
    ws["A6"].font = Font(bold=True)
    ws["A7"] = "No immediate non-compliance concerns were identified on this inspection."
    ws["A9"] = "Appendix C – Improvement plan"
    ws["A9"].font = Font(bold=True)
    head = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale"]
    put(ws, 10, head, bold=True, bg="C6E0B4")

    rows = [
        # finding, improvement, standard, action, officer, timescale
        ("1. Several fire doors on the inpatient unit were observed wedged open.",
         "The registered provider must ensure fire doors are not propped open and that staff understand the fire safety arrangements.",
         "Regulation 26(4)(f)",
         "Fire door guards fitted to the kitchen and day lounge doors on the inpatient unit so that the doors close on alarm activation.",
         "Estates Manager", "31 July 2025"),
        (None, None, None,
         "Fire safety awareness refreshed at daily safety huddles and included in the monthly environmental audit.",
         "Ward Sister", "Ongoing"),
        ("2. Patients’ care records did not consistently show pain reassessment after as-required (PRN) analgesia.",
         "The registered provider must ensure that pain reassessment is documented following administration of as-required medication.",
         "Health and Care Quality Standards 2023 – Effective",
         "Amend the electronic care plan template to include a mandatory pain reassessment field.",
         "Clinical Nurse Specialist (Digital)", "September 2025"),
        ("3. Controlled drug registers showed two missing second signatures.",
         "The registered provider must ensure controlled drugs are checked and recorded in line with the hospice medicines management policy.",
         "Regulation 15(5)(a)",
         "Weekly spot check of controlled drug registers by the nurse in charge, with results reported to the Clinical Governance Group.",
         "Lead Nurse / Pharmacist", "0ctober 2025"),
        ("4. Mandatory training compliance for Basic Life Support was 72%.",
         "The registered provider must ensure that all staff complete mandatory training.",
         "Regulation 20(2)(a)",
         "Additional Basic Life Support sessions scheduled, with compliance monitored monthly by the Education Lead.",
         "Head of Education and Training", "30/11/2025"),
        ("5. Patient and family feedback was not displayed or shared.",
         "The registered provider should share with patients and families the changes made in response to their feedback.",
         "Health and Care Quality Standards 2023 – Person-centred",
         "Introduce a ‘You said, we did’ board in the family lounge, updated quarterly.",
         "Patient and Family Experience Lead", "August 2025"),
    ]
    r = 11
    for row in rows:
        put(ws, r, list(row))
        for c in range(1, 7):
            ws.cell(row=r, column=c).border = BOX
        r += 1
    # finding 1 spans two action rows
    for col in (1, 2, 3):
        ws.merge_cells(start_row=11, start_column=col, end_row=12, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Service representative").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Name (print):")
    ws.cell(row=r + 1, column=2, value="Siân Prosser")
    ws.cell(row=r + 2, column=1, value="Job role:")
    ws.cell(row=r + 2, column=2, value="Hospice Director")
    ws.cell(row=r + 3, column=1, value="Date:")
    ws.cell(row=r + 3, column=2, value="05/08/2025")
    widths(ws, {"A": 36, "B": 40, "C": 22, "D": 48, "E": 26, "F": 15})
    wb.save(os.path.join(HERE,
            "ol1-marie-curie-hospice-cardiff-hiw-inspection-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_row(row, bg=None):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.font.bold = True
        if bg:
            shade(cell, bg)


# ---------------------------------------------------------------- 4. Estyn PIAP
def make_estyn():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Ysgol Gynradd Gymraeg Bro Eirwg – Post-Inspection Action Plan", level=0)
    p = doc.add_paragraph("Cynllun Gweithredu Ôl-arolygiad")
    p.runs[0].italic = True
    doc.add_paragraph("Estyn core inspection: 13–16 May 2024. Report published: 19 July 2024.")

    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Approved by"]):
        c.text = h
    bold_row(t.rows[0], "D9D9D9")
    for v in [("1.0", "10/09/2024", "Full Governing Body"),
              ("1.1", "28/01/2025", "Curriculum and Standards Committee (progress update)")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x

    doc.add_heading("Estyn recommendations", level=1)
    recs = [
        "R1 Improve pupils’ extended writing skills in Welsh and English across the curriculum",
        "R2 Ensure that teaching provides appropriate challenge for more able pupils",
        "R3 Strengthen self-evaluation and improvement planning so that they focus precisely on pupils’ progress",
        "R4 Address the site safety issue raised during the inspection",
    ]
    for rtext in recs:
        doc.add_paragraph(rtext, style="List Bullet")
    doc.add_paragraph(
        "RAG key (progress at January 2025): Green – achieved; Amber – in progress and on track; "
        "Red – behind schedule. The RAG column is shaded.")

    head = ["Ref", "Action", "Success criteria", "Lead(s)", "Monitoring (who / when)", "Timescale", "RAG"]
    G, A, R = "00B050", "FFC000", "FF0000"
    plan = {
        0: [
            ("1.1", "Introduce a whole-school approach to teaching extended writing, using shared success "
                    "criteria and modelled writing in Welsh from Year 1 and in English from Year 3.",
             "Book scrutiny shows most pupils write at length with increasing accuracy.",
             "Literacy lead (Mrs N. Rees)", "HT – book scrutiny each half term", "Autumn term 2024", G),
            ("1.2", "Plan at least one extended writing task each half term in science and humanities, "
                    "recorded in pupils’ topic books.",
             "Extended writing evident in topic books in all classes from Year 2 to Year 6.",
             "Phase leaders", "Literacy lead – termly", "Spring term 2025", A),
            ("1.3", "Monitor the quality of extended writing through termly book scrutiny and pupil voice, "
                    "reporting findings to the Curriculum and Standards Committee.",
             "Governors receive termly reports and challenge leaders on progress.",
             "HT & DHT", "Curriculum and Standards Committee", "Termly", A),
        ],
        1: [
            ("2.1", "Provide professional learning for all teachers on planning tasks that stretch more able "
                    "pupils, including through Central South Consortium’s ‘Challenge for all’ programme.",
             "Lesson observations show consistent challenge for more able pupils in most classes.",
             "Deputy Headteacher", "HT – learning walks", "Autumn term 2024 – Spring term 2025", G),
            ("2.2", "Identify more able pupils in each class and track their progress in half-termly pupil "
                    "progress meetings.",
             "Tracking shows more able pupils making strong progress.",
             "ALNCo / Deputy Headteacher", "SLT – pupil progress meetings", "Half-termly", A),
        ],
        2: [
            ("3.1", "Revise the self-evaluation calendar so that leaders at all levels gather first-hand "
                    "evidence of pupils’ progress, including learning walks and listening to learners.",
             "Self-evaluation report identifies precise priorities linked to pupils’ progress.",
             "Headteacher", "Challenge Adviser – autumn visit", "October 2024", G),
            ("3.2", "Train governors on the use of pupil progress data so that they can challenge leaders "
                    "effectively.",
             "Minutes show governors asking challenging questions about pupils’ progress.",
             "Chair of Governors; Headteacher", "Full Governing Body", "Summer term 2025", R),
        ],
        3: [
            ("4.1", "Install a secure fence and keypad gate between the car park and the foundation learning "
                    "playground.",
             "Site is secure; the issue is confirmed as resolved by the local authority.",
             "Headteacher and Cardiff Council Education Property", "Chair of Governors", "31/05/2024", G),
        ],
    }
    for i, rtext in enumerate(recs):
        doc.add_heading(rtext, level=2)
        t = doc.add_table(rows=1, cols=len(head))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, head):
            c.text = h
        bold_row(t.rows[0], "BDD7EE")
        for ref, act, sc, lead, mon, when, rag in plan[i]:
            cells = t.add_row().cells
            for c, x in zip(cells, [ref, act, sc, lead, mon, when, ""]):
                c.text = x
            shade(cells[6], rag)
        doc.add_paragraph()
    doc.add_paragraph("Signed: ______________________ Chair of Governors")
    doc.add_paragraph("Signed: ______________________ Headteacher")
    doc.save(os.path.join(HERE, "ol1-ysgol-gynradd-gymraeg-bro-eirwg-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 5. Care Inspectorate improvement plan
def make_ci():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_heading("Balhousie Clement Park – Care Inspectorate Improvement Plan", level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Following the unannounced inspection of 14–17 October 2024 (report published 2 December 2024)")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Service", "Balhousie Clement Park, Dundee (care home for older people)"),
                 ("Care service number", "CS2010271987"),
                 ("Home Manager", "Claire Duncan"),
                 ("Plan owner", "Regional Operations Manager"),
                 ("Last updated", "24 February 2025")]:
        cells = info.add_row().cells
        cells[0].text = k
        cells[1].text = v
        shade(cells[0], "E7E6E6")
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete; Green – on track; Amber – some delay; Red – not met by target date; "
                      "Not started.")

    head = ["No.", "Action to be taken", "Person responsible", "Target date", "Evidence / progress", "Status"]
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, x in zip(t.rows[0].cells, head):
        c.text = x
    bold_row(t.rows[0], "8EAADB")

    def merged(text, bg, bold=True):
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        m.text = text
        if bold:
            for run in m.paragraphs[0].runs:
                run.font.bold = True
        shade(m, bg)

    def action(no, act, who, when, prog, status):
        cells = t.add_row().cells
        for c, x in zip(cells, [no, act, who, when, prog, status]):
            c.text = x

    KQ, REQ = "D9E2F3", "FBE4D5"
    merged("Key Question 1: How well do we support people’s wellbeing?", KQ)
    merged("Requirement 1: By 31 January 2025, the provider must ensure that people receive their medication "
           "as prescribed, including ‘as required’ medication, with clear protocols in place and accurate "
           "recording on medication administration records.", REQ, bold=False)
    action("R1.1", "Complete a full audit of ‘as required’ (PRN) protocols for every resident and update them "
                   "with the prescriber.",
           "Depute Manager / Clinical Lead", "13/12/2024",
           "All 58 PRN protocols reviewed; 11 updated with the GP practice.", "Complete")
    action("R1.2", "Introduce weekly medication administration record (MAR) audits by the nurse in charge, with "
                   "monthly oversight by the Home Manager.",
           "Home Manager", "31/01/2025",
           "Weekly audits in place since November; compliance 96% in January.", "Complete")
    merged("Area for improvement 1: To support people’s wellbeing, the provider should ensure that people have "
           "access to meaningful activity, both in groups and individually, based on their preferences and "
           "outcomes.", REQ, bold=False)
    action("AFI1.1", "Complete ‘Getting to know me’ profiles for all residents and use them to plan a weekly "
                     "programme of group and one-to-one activity, including for people who spend most of their "
                     "day in their rooms.",
           "Activities Co-ordinator", "March 2025", "42 of 58 profiles completed.", "Green")

    merged("Key Question 2: How good is our leadership?", KQ)
    merged("Requirement 2: By 28 February 2025, the provider must ensure that quality assurance processes are "
           "effective in identifying and addressing issues that affect the quality of people’s care. This must "
           "include an action plan that is reviewed at least monthly.", REQ, bold=False)
    action("R2.1", "Revise the home’s quality assurance calendar and introduce a single service improvement plan "
                   "linked to audit findings.",
           "Home Manager", "31/01/2025",
           "Service improvement plan in place and reviewed at the January clinical governance meeting.",
           "Complete")
    action("R2.2", "Carry out monthly provider quality visits with written feedback, checking that actions from "
                   "audits have been completed.",
           "Regional Operations Manager", "28/02/2025",
           "Visits completed in November, December and January; February visit booked.", "Green")

    merged("Key Question 3: How good is our staff team?", KQ)
    merged("Area for improvement 2: The provider should ensure that staff have the knowledge and skills to "
           "support people experiencing stress and distress, including training in dementia and positive "
           "behaviour support.", REQ, bold=False)
    action("AFI2.1", "Deliver Promoting Excellence ‘Skilled’ level dementia training to all care staff and stress "
                     "and distress training to senior carers.",
           "Home Manager and Training Co-ordinator", "30/04/2025",
           "Skilled level 64% complete; stress and distress sessions delayed by trainer availability.", "Amber")

    merged("Key Question 5: How well is our care and support planned?", KQ)
    merged("Area for improvement 3: The provider should ensure that care plans and anticipatory care plans are "
           "up to date and reflect people’s current needs and wishes, and that six-monthly reviews involve the "
           "person and their representatives.", REQ, bold=False)
    action("AFI3.1", "Audit all care plans against the Balhousie care planning standard and update those found "
                     "incomplete.",
           "Named nurses", "End of March 2025", "Audit of first floor complete.", "Green")
    action("AFI3.2", "Schedule six-monthly reviews for every resident, inviting relatives or representatives, and "
                     "record outcomes in the care plan.",
           "Depute Manager", "Ongoing – monthly audit",
           "Review schedule to be set up once the care plan audit is complete.", "Not started")

    doc.add_paragraph()
    doc.add_paragraph("This plan is reviewed monthly at the home’s clinical governance meeting and shared with "
                      "the Care Inspectorate inspector.")
    doc.save(os.path.join(HERE, "ol1-balhousie-clement-park-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------- 6. NIPB action log (csv)
def make_nipb():
    rows = [
        ["Northern Ireland Policing Board – Performance Committee Action Log", "", "", "", "", "", ""],
        ["Open and recently closed actions – updated 2 October 2025", "", "", "", "", "", ""],
        ["RAG: B = complete (for closure); G = on track; A = at risk of missing due date; R = overdue",
         "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Action No.", "Minute Ref", "Action", "Responsible", "Due Date", "RAG", "Update"],
        ["Meeting of 5 June 2025", "", "", "", "", "", ""],
        ["AP1", "3.2",
         "Provide Members with a breakdown of stop and search outcomes by policing district, including the "
         "proportion resulting in arrest or other outcome.",
         "PSNI (ACC Local Policing)", "04/09/2025", "B",
         "Briefing paper circulated to Members on 28 August 2025."],
        ["AP2", "5.1",
         "Board Officials to draft the Committee’s response to the CJI inspection of the PSNI approach to "
         "domestic abuse, for approval at the September meeting.",
         "Director of Performance", "Sept 2025", "B",
         "Response approved on 4 September 2025."],
        ["AP3", "6.4",
         "PSNI to provide an update on implementation of the CJI recommendations on custody healthcare, "
         "setting out revised timescales for outstanding recommendations.",
         "PSNI (ACC Operational Support) / Board Officials", "Next meeting", "A",
         "Update deferred from September at PSNI request."],
        ["Meeting of 4 September 2025", "", "", "", "", "", ""],
        ["AP1", "2.3",
         "Arrange a Committee visit to the new Belfast custody suite at Musgrave.",
         "Board Officials", "Oct-25", "G",
         "Date being agreed with PSNI; provisionally 16 October."],
        ["AP2", "4.1",
         "PSNI to present Policing Plan 2025-30 Measure 2.1 performance data, with\n"
         "a comparison of rural and urban emergency response times.",
         "PSNI (Director of Strategic Planning)", "06/11/2025", "G",
         "On agenda for November meeting."],
        ["AP3", "5.2",
         "Write to the Chief Constable seeking assurance on the timeline for the body worn video policy review "
         "following the Police Ombudsman’s report.",
         "Chair / Chief Executive", "30/09/2025", "R",
         "Letter drafted; awaiting Chair sign-off."],
        ["AP4", "7.1",
         "Human Rights Advisor to include monitoring of AEP (attenuating energy projectile) use in the Human "
         "Rights Annual Report 2025 work programme.",
         "Human Rights Advisor", "December 2025", "G",
         "Scoping under way."],
    ]
    path = os.path.join(HERE, "ol1-northern-ireland-policing-board-performance-committee-action-log.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------- 7. NHS Forth Valley ADP (tab-separated txt)
def make_nhsfv():
    lines = [
        ["NHS Forth Valley Annual Delivery Plan 2025/26"],
        ["Quarter 2 progress report (July – September 2025) – Performance and Resources Committee, 25 November 2025"],
        ["Exported from the ADP tracker 12/11/2025. RAG: Complete = delivered; Green = on track; "
         "Amber = at risk, mitigation in place; Red = will not be delivered by due date."],
        [],
        ["Ref", "Action / milestone", "Lead", "Due", "Q1 RAG", "Q2 RAG", "Q2 update"],
        ["Driver 1: Primary and Community Care"],
        ["1.1", "Extend the Community Treatment and Care (CTAC) service to all GP practices in Clackmannanshire, "
                "including phlebotomy and wound care.",
         "Clackmannanshire & Stirling HSCP Chief Officer", "Mar-26", "Green", "Green",
         "CTAC now available to 6 of 8 practices."],
        ["1.2", "Implement the Forth Valley Primary Care Sustainability Plan actions for 2025/26, including "
                "support to two practices under 2C arrangements.",
         "Director of Primary Care", "Q4 2025/26", "Amber", "Amber",
         "Recruitment of salaried GPs for 2C practices remains challenging."],
        ["Driver 2: Urgent and Unscheduled Care"],
        ["2.1", "Maintain the Flow Navigation Centre and increase the proportion of minor injuries scheduled "
                "through the Redesign of Urgent Care pathway to 20%.",
         "Director of Acute Services", "31/12/2025", "Amber", "Green", "17% scheduled in September."],
        ["2.2", "Reduce delayed discharges to no more than 40 standard delays through the Discharge Without "
                "Delay programme.",
         "Falkirk HSCP Chief Officer / Clackmannanshire & Stirling HSCP Chief Officer", "Ongoing", "Red", "Red",
         "Standard delays averaged 71 in Q2."],
        ["2.3", "Open the Frailty Unit at Forth Valley Royal Hospital seven days a week.",
         "Director of Acute Services", "Sep-25", "Green", "Complete", "Seven-day service live from 1 September."],
        ["Driver 4: Planned Care"],
        ["4.1", "Deliver additional orthopaedic and general surgery activity through the National Treatment "
                "Centre, reducing inpatient/day case waits over 52 weeks.",
         "Head of Planned Care", "Q3 2025/26", "Green", "Amber",
         "Theatre staffing gaps reduced sessions in August."],
        ["Driver 5: Cancer Care"],
        ["5.1", "Implement the Rapid Cancer Diagnostic Service for patients with non-specific symptoms, in line "
                "with the Scottish Government’s Cancer Action Plan.",
         "Associate Medical Director – Cancer", "March 2026", "Green", "Green",
         "Pathway agreed; first clinic planned for January."],
        ["Driver 8: Workforce"],
        ["8.1", "Reduce supplementary staffing spend by recruiting to registered nurse vacancies, with agency "
                "use limited to exceptional circumstances.",
         "Director of Nursing; Director of HR", "31/03/2026", "Amber", "Green",
         "Newly qualified nurse cohort of 64 started in September."],
        [],
        ["Summary", "Complete 1", "Green 4", "Amber 2", "Red 1"],
        ["Notes: Q1 RAG as reported to the Committee on 26 August 2025. Drivers 3, 6, 7, 9 and 10 are reported to the Strategic Planning Committee."],
    ]
    path = os.path.join(HERE, "ol1-nhs-forth-valley-annual-delivery-plan-2025-26-q2-progress.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\r\n")


if __name__ == "__main__":
    make_spa()
    make_whsct()
    make_hiw()
    make_estyn()
    make_ci()
    make_nipb()
    make_nhsfv()
    print("done")
