"""Build the seven jb1- data files of set heldout296.

Run with /work/main/.venv/bin/python (openpyxl + python-docx).
The .expected.yaml files beside them were written by hand from the same content.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAGFILL = {
    "R": "FF0000",
    "A": "FFC000",
    "G": "00B050",
    "B": "0070C0",
    "X": "BFBFBF",  # grey = not yet started (per the file's key)
}


def D(d, m, y):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. North Middlesex University Hospital NHS Trust - CQC must do / should do
#    (xlsx: cover sheet with key and summary, plan sheet with core-service
#    section rows, merged requirement cells, original + revised dates, RAG by
#    fill colour only)
# ---------------------------------------------------------------------------
def nmuh():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "North Middlesex University Hospital NHS Trust \u2013 CQC Must Do and Should Do Action Plan"
    cov["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Inspection", "Urgent and emergency care; Medical care (including older people's care) \u2013 unannounced inspection 14\u201316 November 2023"),
        ("Report published", "22 March 2024"),
        ("Accountable executive", "Chief Nurse"),
        ("Reporting to", "Quality Assurance Committee (monthly); Trust Board (quarterly)"),
        ("Version", "v6 \u2013 position at 30 September 2024"),
    ]
    r = 3
    for k, v in rows:
        cov.cell(r, 1, k).font = BOLD
        cov.cell(r, 2, v)
        r += 1
    r += 1
    cov.cell(r, 1, "RAG key").font = BOLD
    r += 1
    key = [
        ("B", "Complete \u2013 evidence accepted by Quality Assurance Committee"),
        ("G", "On track to deliver by the due date"),
        ("A", "At risk of delay \u2013 mitigation in place"),
        ("R", "Off track / past due date"),
        ("X", "Not yet started"),
    ]
    for code, text in key:
        cov.cell(r, 1).fill = fill(RAGFILL[code])
        cov.cell(r, 1).border = BOX
        cov.cell(r, 2, text)
        r += 1
    r += 1
    cov.cell(r, 1, "Summary of actions by RAG (30/09/2024)").font = BOLD
    r += 1
    summary = [("Core service", "Complete", "On track", "At risk", "Off track", "Not started", "Total"),
               ("Urgent and emergency care", 1, 1, 1, 0, 1, 4),
               ("Medical care", 2, 2, 0, 1, 0, 5),
               ("Total", 3, 3, 1, 1, 1, 9)]
    for row in summary:
        for c, v in enumerate(row, start=1):
            cell = cov.cell(r, c, v)
            cell.border = BOX
            if row[0] in ("Core service", "Total"):
                cell.font = BOLD
        r += 1
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 70
    for col in "CDEFG":
        cov.column_dimensions[col].width = 12

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "CQC Must Do and Should Do Action Plan \u2013 progress at 30 September 2024"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Must / Should", "CQC requirement (Regulation)", "Action", "Lead",
           "Original due date", "Revised due date", "Progress update \u2013 September 2024", "RAG"]
    HR = 3
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(HR, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = WRAP
        cell.border = BOX

    plan = [
        ("SECTION", "Urgent and emergency care"),
        ("REQ", "Must do",
         "The trust must ensure that patients in the emergency department are triaged within 15 minutes of arrival. (Regulation 12(1)(2)(a))",
         [
             ("UEC-M1.1", "Introduce a rapid assessment and treatment (RAT) nurse at the front door between 10:00 and 02:00, seven days a week.",
              "Head of Nursing, Emergency Medicine", D(31, 5, 2024), D(31, 8, 2024),
              "RAT nurse rota in place from 5 August 2024. Median time to triage 11 minutes in September.", "B"),
             ("UEC-M1.2", "Audit time to triage weekly and report compliance to the Emergency Department Quality Board.",
              "ED Matron / Clinical Director, Emergency Medicine", D(30, 6, 2024), None,
              "Weekly audit running since June; compliance 88% in September against 95% target.", "G"),
         ]),
        ("REQ", "Must do",
         "The trust must ensure that mental health risk assessments are completed and documented for all patients presenting with mental health needs. (Regulation 12)",
         [
             ("UEC-M2.1", "Embed the ED mental health risk assessment tool in Nerve Centre and make it a mandatory field for patients presenting with self-harm.",
              "Clinical Director, Emergency Medicine", D(30, 9, 2024), D(31, 12, 2024),
              "Build complete; testing delayed by Nerve Centre upgrade. Paper tool in use as interim.", "A"),
         ]),
        ("REQ", "Should do",
         "The trust should ensure that the paediatric emergency department waiting area is separated from the adult waiting area.",
         [
             ("UEC-S1", "Complete the works to create a separate, visually screened paediatric waiting area.",
              "Associate Director of Estates", D(31, 3, 2025), None,
              "Capital bid approved; works scheduled for Q4.", "X"),
         ]),
        ("SECTION", "Medical care (including older people's care)"),
        ("REQ", "Must do",
         "The trust must ensure that staff complete mandatory training, including safeguarding adults level 3, in line with trust targets. (Regulation 18)",
         [
             ("MED-M3.1", "Agree a training recovery trajectory for each ward, with protected time on the rota for staff to complete outstanding modules.",
              "Divisional Director of Nursing, Medicine", D(31, 7, 2024), D(31, 10, 2024),
              "Safeguarding adults level 3 at 71% (target 90%). Trajectory missed in August and September; escalated to Chief Nurse.", "R"),
             ("MED-M3.2", "Ward managers to review compliance monthly at ward performance meetings and escalate wards below 85%.",
              "Ward Managers", D(31, 7, 2024), None,
              "Standing item on ward performance agenda from July 2024.", "B"),
         ]),
        ("REQ", "Must do",
         "The trust must ensure that medicines are stored securely and fridge temperatures are monitored and acted on. (Regulation 12)",
         [
             ("MED-M4.1", "Replace the medicines fridges on wards 3A, 4B and 6C with fridges that have remote continuous temperature monitoring.",
              "Chief Pharmacist", D(31, 8, 2024), None,
              "Fridges installed 19 August 2024; alerts go to pharmacy and site team.", "B"),
             ("MED-M4.2", "Pharmacy technicians to carry out monthly safe and secure storage audits on every medical ward, with results reported to the Medicines Safety Group.",
              "Chief Pharmacist / Lead Pharmacy Technician", "Ongoing \u2013 monthly", None,
              "July, August and September audits complete; 2 wards below 90% with action plans.", "G"),
         ]),
        ("REQ", "Should do",
         "The trust should ensure that patients' nutrition and hydration needs are recorded on food and fluid charts.",
         [
             ("MED-S2", "Relaunch the food and fluid chart on e-obs with training for healthcare assistants on all medical wards.\nNutrition link nurse identified for each ward.",
              "Lead Nurse, Nutrition", D(30, 11, 2024), None,
              "Training dates booked for October and November; link nurses named on 9 of 11 wards.", "G"),
         ]),
    ]
    r = HR + 1
    for item in plan:
        if item[0] == "SECTION":
            ws.cell(r, 1, item[1]).font = Font(bold=True, size=12)
            for c in range(1, 10):
                ws.cell(r, c).fill = fill("D9E2F3")
                ws.cell(r, c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, ms, req, acts = item
        first = r
        for ref, action, lead, due, rev, prog, rag in acts:
            vals = [ref, ms, req if r == first else None, action, lead, due, rev, prog, None]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 9).fill = fill(RAGFILL[rag])
            r += 1
        if len(acts) > 1:
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Note: actions are closed only when the evidence has been reviewed and accepted by the Quality Assurance Committee.").font = Font(italic=True)
    widths = [11, 10, 45, 55, 28, 13, 13, 50, 7]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A4"
    wb.save(os.path.join(OUT, "jb1-north-middlesex-university-hospital-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


# ---------------------------------------------------------------------------
# 2. Lancashire and South Cumbria NHS FT - CQC mental health must/should do
#    (docx: document control table, RAG key table, one table per core service,
#    full-width MD/SD requirement rows above the numbered actions)
# ---------------------------------------------------------------------------
def lscft():
    doc = docx.Document()
    landscape(doc)
    doc.add_heading("Lancashire and South Cumbria NHS Foundation Trust: CQC Must Do and Should Do Action Plan \u2013 Mental Health Core Services", level=1)
    doc.add_paragraph(
        "This action plan responds to the CQC reports published on 12 June 2024 following the inspection of three "
        "mental health core services in February 2024. Progress is reviewed monthly at the Quality Improvement Oversight "
        "Group and reported to the Quality Committee.")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Comments"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("0.1", "05/07/2024", "Head of Compliance", "First draft for Network Directors"),
                ("1.0", "24/07/2024", "Head of Compliance", "Approved by Quality Committee"),
                ("1.4", "20/01/2025", "Compliance Officer", "January 2025 progress update")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning, col in [("Blue", "Action complete and evidence uploaded", "0070C0"),
                               ("Green", "On track", "00B050"),
                               ("Amber", "Some slippage \u2013 recovery plan in place", "FFC000"),
                               ("Red", "Off track \u2013 escalated to Executive lead", "FF0000")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], meaning)

    sections = [
        ("Acute wards for adults of working age and psychiatric intensive care units", [
            ("MD1 \u2013 The trust must ensure that ligature risk assessments are reviewed and updated following changes to the ward environment. (Regulation 12)", [
                ("1.1", "Review and update ligature risk assessments for all acute and PICU wards, signed off by the Modern Matron.",
                 "Modern Matron, Acute Services", "July 2024", "All 14 ward assessments reviewed and signed off.", "Blue"),
                ("1.2", "Add ligature risk assessment review to the estates change-request checklist so that any works trigger a review before the area reopens.",
                 "Head of Estates and Facilities / Health and Safety Manager", "September 2024", "Checklist amended and in use.", "Blue"),
            ]),
            ("MD2 \u2013 The trust must ensure that patients who are restrained or secluded have their physical health monitored as required by trust policy. (Regulation 12)", [
                ("2.1", "Deliver refresher training on post-rapid tranquillisation physical health monitoring to all registered nurses on acute wards and PICU.",
                 "Lead Nurse for Physical Health", "Sept 2024 \u2013 March 2025", "76% of registered nurses trained at 31 December.", "Green"),
                ("2.2", "Monthly audit of NEWS2 recording after restrictive interventions, reported to the Reducing Restrictive Practice Group.",
                 "Ward Managers", "Monthly", "Compliance 81% in December; two wards below 70%.", "Amber"),
            ]),
            ("SD1 \u2013 The trust should ensure that patients have access to a range of therapeutic activities at weekends.", [
                ("3.1", "Recruit two additional activity coordinators to provide a seven-day activity programme across the acute wards.",
                 "Service Manager, Adult Acute", "Q4 2024/25", "One post appointed; second post out to advert again.", "Amber"),
            ]),
        ]),
        ("Community-based mental health services for adults of working age", [
            ("MD3 \u2013 The trust must ensure that caseloads are managed so that patients waiting for allocation are regularly reviewed and risk assessed. (Regulation 12)", [
                ("4.1", "Introduce a weekly waiting list review for all unallocated patients, using the RAG-rated risk tool, in each locality team.",
                 "Locality Team Leaders", "End of October 2024", "In place in all six localities.", "Blue"),
                ("4.2", "Implement a caseload weighting tool and agree maximum caseload sizes for care coordinators.",
                 "Head of Community Services, Adults and Older People", "31/03/2025", "Tool piloted in Preston and Lancaster.", "Green"),
            ]),
            ("SD2 \u2013 The trust should ensure that care plans are personalised and show the patient's involvement.", [
                ("5.1", "Roll out the co-produced care plan template with Peer Support Workers and audit quarterly.",
                 "Peer Support Lead; Clinical Lead for Quality", "June 2025", "Template agreed with lived experience group.", "Green"),
            ]),
        ]),
        ("Mental health crisis services and health-based places of safety", [
            ("SD3 \u2013 The trust should ensure that the health-based place of safety is not used to accommodate patients waiting for an inpatient bed.", [
                ("6.1", "Agree an escalation protocol with the bed management team so that any use of the place of safety for a patient awaiting admission is escalated to the on-call director within 4 hours.",
                 "Associate Director of Operations, Urgent Care", "TBC", "Protocol drafted; not yet agreed with the patient flow team.", "Red"),
                ("6.2", "Report place of safety occupancy and length of stay to the Quality Committee each quarter.",
                 "Head of Patient Flow", "Quarterly", "Q2 report received November 2024.", "Green"),
            ]),
        ]),
    ]
    ragcol = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    hdr = ["No.", "Action(s)", "Lead", "Timescale", "Progress (January 2025)", "RAG"]
    for title, reqs in sections:
        doc.add_paragraph()
        doc.add_heading(title, level=3)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "D9D9D9")
        for req, acts in reqs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, req, bold=True)
            shade(m, "DEEAF6")
            for ref, action, lead, when, prog, rag in acts:
                cells = t.add_row().cells
                for c, v in enumerate([ref, action, lead, when, prog, rag]):
                    set_cell(cells[c], v)
                shade(cells[5], ragcol[rag])
    doc.add_paragraph()
    doc.add_paragraph("Actions rated Blue are closed by the Quality Improvement Oversight Group once the evidence has been checked.")
    doc.save(os.path.join(OUT, "jb1-lancashire-south-cumbria-nhsft-cqc-mental-health-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Holmcroft Surgery - CQC inspection action plan (plain-text export)
# ---------------------------------------------------------------------------
HOLMCROFT = """Holmcroft Surgery \u2013 CQC Inspection Action Plan
Last updated: 7 July 2025

CQC inspected the practice on 9 January 2025 and published its report on 14 March 2025.
Overall rating: Requires improvement (Safe: Requires improvement; Well-led: Requires improvement).
Requirement notices were issued under Regulation 12 and Regulation 17. The plan below sets out
what we are doing about each requirement notice and each area where CQC said we should improve.

Status key: COMPLETE = done and evidence filed; GREEN = on track; AMBER = at risk of slipping;
RED = overdue; NOT STARTED = not yet begun.

========================================================================
1. REGULATION 12: SAFE CARE AND TREATMENT (REQUIREMENT NOTICE)
========================================================================
The provider must ensure care and treatment is provided in a safe way to patients.

1.1  Run searches for all patients on high-risk medicines (methotrexate, lithium, azathioprine, DOACs) and recall anyone overdue for monitoring.
     Lead: Dr R Kaur (Prescribing Lead)    Due: end of February 2025    Status: COMPLETE
     Update: 212 patients reviewed; 37 recalled and bloods taken. Search now re-run monthly.

1.2  Review all patients with a potential missed diagnosis of diabetes or CKD identified by the CQC clinical searches and code them correctly.
     Lead: Dr R Kaur / Dr M Phillips    Due: 31/03/2025    Status: COMPLETE
     Update: 58 records reviewed; 19 patients coded and invited for review.

1.3  Complete the outstanding actions from the infection prevention and control audit, including replacing the fabric chairs in waiting room 2.
     Lead: Lead Nurse    Due: April 2025    Status: GREEN
     Update: Chairs on order (delivery August). All other IPC actions done.

========================================================================
2. REGULATION 17: GOOD GOVERNANCE (REQUIREMENT NOTICE)
========================================================================
The provider must establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.

2.1  Set up a monthly clinical governance meeting with a standing agenda covering significant events, safety alerts, complaints and audit, with minutes shared with all staff.
     Lead: Practice Manager    Due: May 2025    Status: COMPLETE
     Update: Meetings held April, May and June. Minutes on the shared drive.

2.2  Create a safety alerts log and a process for the duty doctor to action MHRA alerts within 48 hours, with a quarterly re-run of historic alert searches.
     Lead: Practice Manager / Clinical Pharmacist    Due: 30/06/2025    Status: AMBER
     Update: Log in place. First quarterly re-run delayed while the PCN pharmacist post was vacant.

========================================================================
3. AREAS WHERE THE PRACTICE SHOULD IMPROVE
========================================================================
Continue to take steps to improve the uptake of cervical screening.

3.1  Offer Saturday morning cervical screening clinics through the PCN enhanced access service and send text reminders to all eligible patients who have not attended.
     Lead: Lead Nurse    Due: September 2025    Status: GREEN
     Update: Saturday clinics started in June. Uptake (25-49) up from 66% to 69%.

Improve patient satisfaction with access to the practice by telephone.

3.2  Move to a cloud-based telephone system with call queuing and call-back, and publish the monthly call answering times on the practice website.
     Lead: Practice Manager    Due: Q2 2025/26    Status: AMBER
     Update: Contract signed; go-live moved to September because of number porting.

3.3  Work with the Patient Participation Group to run a telephone access survey six months after the new system goes live.
     Lead: Practice Manager & PPG Chair    Due: TBC    Status: NOT STARTED

------------------------------------------------------------------------
Signed: Dr A Whitfield, Senior Partner, on behalf of the partners
This plan is reviewed at the monthly partners' meeting and shared with the PPG.
"""


def holmcroft():
    with open(os.path.join(OUT, "jb1-holmcroft-surgery-cqc-inspection-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(HOLMCROFT)


# ---------------------------------------------------------------------------
# 4. Meadowbrook College (AP academy) - post-Ofsted action plan (docx:
#    one table per priority, priority row + area-for-improvement row, term
#    timescales, school RAG key where G = achieved)
# ---------------------------------------------------------------------------
def meadowbrook():
    doc = docx.Document()
    landscape(doc)
    doc.add_heading("Meadowbrook College \u2013 Post-Ofsted Action Plan 2024\u201325", level=1)
    doc.add_paragraph("Alternative provision academy, Oxford. Ofsted graded inspection 18\u201319 June 2024. "
                      "Overall effectiveness: Requires improvement.")
    doc.add_paragraph("This plan sets out how we will address the areas for improvement in the inspection report. "
                      "It is monitored by the Senior Leadership Team every half term and by the Local Governing Body each term.")
    p = doc.add_paragraph()
    p.add_run("RAG: ").bold = True
    p.add_run("R = not on track    A = in progress    G = completed")

    priorities = [
        ("Priority 1: Curriculum planning in the foundation subjects",
         "In some subjects, the curriculum does not set out precisely the knowledge that pupils should learn and when. "
         "This means that pupils do not build their knowledge securely over time. Leaders should ensure that curriculum "
         "thinking in all subjects identifies the important knowledge pupils need to learn and the order in which they should learn it.",
         [
             ("1a", "Subject leads to rewrite the Key Stage 3 and 4 curriculum maps for humanities, art and PE, setting out the core knowledge for each unit.",
              "Deputy Headteacher (Curriculum)", "Autumn term 2024", "Curriculum maps published on the staff drive and website.", "G"),
             ("1b", "Half-termly curriculum deep dives in each foundation subject by SLT, with feedback to subject leads.",
              "Head of School / Deputy Headteacher (Curriculum)", "Half-termly", "Deep dive reports show core knowledge being taught in sequence.", "A"),
             ("1c", "Training for all teaching staff on retrieval practice and checking for understanding, delivered through the Tuesday CPD programme.",
              "Teaching and Learning Lead", "Spring term 2025", "Learning walks show retrieval practice in most lessons.", "A"),
         ]),
        ("Priority 2: Reading",
         "Pupils who are at the early stages of reading do not get the help they need to catch up quickly. Leaders should make "
         "sure that staff have the expertise to identify and support these pupils so that they become fluent readers.",
         [
             ("2a", "Screen all pupils' reading ages on entry using the NGRT and share results with staff within two weeks of a pupil joining.",
              "SENCo", "September 2024", "Every pupil has a reading age on the pupil profile.", "G"),
             ("2b", "Train two teaching assistants to deliver the Fresh Start phonics programme and timetable daily sessions for pupils reading below age 9.",
              "SENCo; English Lead", "By 31 January 2025", "Pupils in the programme gain at least 12 months in reading age in two terms.", "A"),
         ]),
        ("Priority 3: Attendance",
         "Too many pupils do not attend school regularly. Leaders should continue to work with families and partner schools to "
         "improve pupils' attendance, especially for those who are persistently absent.",
         [
             ("3a", "Appoint a full-time Attendance and Family Liaison Officer and introduce same-day home visits for unexplained absence.",
              "Headteacher", "Autumn term 2024", "Officer in post from November 2024.", "G"),
             ("3b", "Agree attendance improvement targets for each pupil with the referring mainstream school at the six-week review meeting.",
              "Attendance and Family Liaison Officer", "Summer term 2025", "Persistent absence below 50% by July 2025.", "R"),
             ("3c", "Report attendance and persistent absence figures to the Local Governing Body at every meeting.",
              "Headteacher", "Termly", "Governors challenge attendance using the termly report.", "A"),
         ]),
    ]
    ragcol = {"R": "FF0000", "A": "FFC000", "G": "00B050"}
    for prio, afi, acts in priorities:
        doc.add_paragraph()
        t = doc.add_table(rows=3, cols=6)
        t.style = "Table Grid"
        m = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(m, prio, bold=True, size=12)
        shade(m, "1F3864")
        m.paragraphs[0].runs[0].font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
        set_cell(t.rows[1].cells[0], "Area for improvement (from report)", bold=True)
        shade(t.rows[1].cells[0], "D9E2F3")
        m2 = t.rows[1].cells[1].merge(t.rows[1].cells[5])
        set_cell(m2, afi)
        for c, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG"]):
            set_cell(t.rows[2].cells[c], h, bold=True)
            shade(t.rows[2].cells[c], "D9D9D9")
        for ref, action, lead, when, sc, rag in acts:
            cells = t.add_row().cells
            for c, v in enumerate([ref, action, lead, when, sc, rag]):
                set_cell(cells[c], v)
            shade(cells[5], ragcol[rag])

    doc.add_paragraph()
    doc.add_paragraph().add_run("Monitoring and sign-off").bold = True
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, h in enumerate(["Reviewed by", "Date", "Comment"]):
        set_cell(s.rows[0].cells[c], h, bold=True)
    for row in [("Senior Leadership Team", "25/02/2025", "Updated RAG ratings for spring half-term 1"),
                ("Local Governing Body", "12/03/2025", "Plan reviewed; attendance to remain a standing item")]:
        cells = s.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    doc.save(os.path.join(OUT, "jb1-meadowbrook-college-oxford-ap-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Weymouth College - SAR quality improvement plan 2024/25 (xlsx: cover with
#    document control, QIP sheet with merged theme and AFI cells, original and
#    revised target dates, December and March RAG columns, summary sheet)
# ---------------------------------------------------------------------------
def weymouth():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Weymouth College"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Quality Improvement Plan 2024/25 (from the Self-Assessment Report 2023/24)"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = BOLD
    dc = [("Version", "Date", "Owner", "Approved by"),
          ("1.0", "14/11/2024", "Deputy Principal \u2013 Curriculum and Quality", "Quality and Standards Committee"),
          ("1.1", "10/12/2024", "Quality Manager", "Senior Leadership Team (December update)"),
          ("1.2", "18/03/2025", "Quality Manager", "Quality and Standards Committee (March update)")]
    for i, row in enumerate(dc):
        for c, v in enumerate(row, start=1):
            cell = cov.cell(5 + i, c, v)
            cell.border = BOX
            if i == 0:
                cell.font = BOLD
    cov["A10"] = "RAG ratings: Complete / Green = on track / Amber = some concern / Red = not on track. The latest column is the current rating."
    for col, w in zip("ABCD", [10, 14, 44, 44]):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("QIP 2024-25")
    ws["A1"] = "Weymouth College Quality Improvement Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Areas for improvement are taken from the SAR 2023/24 and grouped by EIF key judgement."
    hdr = ["Key judgement", "Area for improvement (SAR 2023/24)", "Ref", "Actions", "Responsibility",
           "Target date", "Revised target date", "Impact measure", "December update", "March update",
           "RAG Dec", "RAG Mar"]
    HR = 4
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(HR, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
        cell.border = BOX
    ragfill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", None: None}
    qip = [
        ("Quality of education", [
            ("QE1: Too few learners on level 2 and level 3 study programmes achieve high grades in English and maths GCSE resits.", [
                ("QE1.1", "Introduce diagnostic assessment for all resit learners in the first three weeks of term and set personalised targets for each learner.",
                 "Head of English and Maths", "Oct-24", None, "All resit learners have a diagnostic and target by week 4.",
                 "Diagnostics done for 96% of learners.", "All learners assessed; targets on ProMonitor.", "Amber", "Complete"),
                ("QE1.2", "Timetable an additional one-hour weekly maths workshop for learners at grade 3 in the run-up to the November and summer exams.",
                 "Head of English and Maths / Curriculum Managers", "Jun-25", None, "Grade 4+ rate in maths rises to 25%.",
                 "Workshops running; attendance 74%.", "November results: 21% grade 4+ (up 6 points).", "Green", "Green"),
            ]),
            ("QE2: Teachers do not consistently use assessment to check learners' understanding before moving on.", [
                ("QE2.1", "Refocus the teaching, learning and assessment (TLA) coaching programme on checking for understanding, with every teacher completing two coaching cycles.",
                 "Head of Teaching, Learning and Assessment", "Mar-25", None, "90% of teachers complete two cycles.",
                 "First cycle complete for 68% of teachers.", "Second cycle complete for 55%; sickness in TLA team.", "Amber", "Amber"),
                ("QE2.2", "Learning walks to include a focus on questioning; themes reported to the Quality Improvement Group each half term.",
                 "Deputy Principal \u2013 Curriculum and Quality", "Half-termly", None, "Questioning judged effective in 80% of learning walks.",
                 "Two rounds complete.", "Four rounds complete; 77% effective.", "Green", "Green"),
            ]),
        ]),
        ("Behaviour and attitudes", [
            ("BA1: Attendance on study programmes is below the college target of 90%, particularly in English and maths lessons.", [
                ("BA1.1", "Launch the 'Every Lesson Counts' attendance campaign and daily follow-up of absence by Learner Progress Coaches.",
                 "Head of Student Services", "Nov-24", None, "Attendance 90% or above.",
                 "Campaign launched 9 September.", "Campaign complete; attendance 88.4% year to date.", "Complete", "Complete"),
                ("BA1.2", "Review attendance weekly at curriculum team meetings and refer learners below 85% to the stage 2 intervention process.",
                 "Curriculum Managers", "Jul-25", None, "English and maths attendance 85% or above.",
                 "Process in place in 5 of 7 areas.", "English and maths attendance 79%; not improving.", "Amber", "Red"),
            ]),
        ]),
        ("Personal development", [
            ("PD1: Not all learners benefit from meaningful work experience or industry placements.", [
                ("PD1.1", "Appoint an Industry Placement Coordinator for each faculty and set placement targets for every T Level and study programme course.",
                 "Director of Employer Partnerships", "Dec-24", None, "Targets set for every course.",
                 "Two of three coordinators appointed.", "All three in post; targets agreed.", "Green", "Complete"),
                ("PD1.2", "Track placement hours on ProMonitor and report completion rates to the Quality and Standards Committee.",
                 "Director of Employer Partnerships / MIS Manager", "Apr-25", None, "Placement completion reported each term.",
                 None, "ProMonitor placement module not yet installed.", None, None),
            ]),
        ]),
        ("Leadership and management", [
            ("LM1: Governors do not receive sufficiently detailed information about the quality of apprenticeship provision.", [
                ("LM1.1", "Add an apprenticeship quality dashboard (achievement, progress, breaks in learning, off-the-job hours) to each Quality and Standards Committee report.",
                 "Head of Apprenticeships; Clerk to the Corporation", "Jan-25", "Mar-25", "Governors' minutes show challenge on apprenticeship quality.",
                 "Dashboard in design; moved to March committee.", "Draft dashboard presented 18 March; final version for June.", "Amber", "Green"),
            ]),
        ]),
    ]
    r = HR + 1
    for theme, afis in qip:
        tfirst = r
        for afi, acts in afis:
            afirst = r
            for (ref, action, resp, tgt, rev, impact, dec, mar, rdec, rmar) in acts:
                vals = [theme if r == tfirst else None, afi if r == afirst else None, ref, action, resp,
                        tgt, rev, impact, dec, mar, rdec, rmar]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                for c, v in ((11, rdec), (12, rmar)):
                    if ragfill.get(v):
                        ws.cell(r, c).fill = fill(ragfill[v])
                r += 1
            if r - afirst > 1:
                ws.merge_cells(start_row=afirst, start_column=2, end_row=r - 1, end_column=2)
        if r - tfirst > 1:
            ws.merge_cells(start_row=tfirst, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(tfirst, 1).font = BOLD
    widths = [16, 40, 8, 50, 28, 10, 10, 32, 32, 36, 10, 10]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "E5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "QIP summary \u2013 March 2025"
    sm["A1"].font = Font(bold=True, size=12)
    srows = [("Key judgement", "Actions", "Complete", "Green", "Amber", "Red", "Not rated"),
             ("Quality of education", 4, 1, 2, 1, 0, 0),
             ("Behaviour and attitudes", 2, 1, 0, 0, 1, 0),
             ("Personal development", 2, 1, 0, 0, 0, 1),
             ("Leadership and management", 1, 0, 1, 0, 0, 0),
             ("Total", 9, 3, 3, 1, 1, 1)]
    for i, row in enumerate(srows):
        for c, v in enumerate(row, start=1):
            cell = sm.cell(3 + i, c, v)
            cell.border = BOX
            if i == 0 or row[0] == "Total":
                cell.font = BOLD
    sm.column_dimensions["A"].width = 28
    wb.save(os.path.join(OUT, "jb1-weymouth-college-sar-quality-improvement-plan-2024-25.xlsx"))


# ---------------------------------------------------------------------------
# 6. Intequal - Ofsted apprenticeships PIAP, mistyped month (refuse case)
# ---------------------------------------------------------------------------
def intequal():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Intequal Ltd \u2013 Post-Inspection Action Plan (PIAP)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection: 3\u20136 December 2024  |  Overall effectiveness: Requires improvement  |  Provision: Apprenticeships"
    ws["A3"] = "Last updated: 28 March 2025 (Quality Manager)"
    hdr = ["No.", "Ofsted area for improvement", "Action", "Owner", "Start", "Deadline", "Evidence of impact", "Status"]
    HR = 5
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(HR, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("203864")
        cell.alignment = WRAP
        cell.border = BOX
    afis = [
        ("Leaders and managers should ensure that apprentices' off-the-job training hours are accurately recorded and monitored.", [
            ("1.1", "Rebuild the off-the-job training log in the e-portfolio so that hours are captured against each KSB and signed off by the employer.",
             "Head of Quality", "December 2024", "January 2025", "All active apprentices on new log; employer sign-off 92%.", "Complete"),
            ("1.2", "Monthly compliance review of OTJ hours for all apprentices; apprentices more than 10% behind plan flagged to the Operations Manager.",
             "Compliance Manager", "January 2025", "Monthly", "Apprentices behind plan down from 23% to 11%.", "On track"),
        ]),
        ("Leaders should make sure that coaches use the information about apprentices' starting points to plan training that builds on what apprentices already know.", [
            ("2.1", "Revise the initial skills scan to include employer input and a technical knowledge assessment for each standard.",
             "Curriculum Manager (Digital)", "January 2025", "Febuary 2025", "New skills scan used for all starts from March.", "Complete"),
            ("2.2", "Coaches to record how each apprentice's training plan has been adjusted following the skills scan; sampled at monthly standardisation.",
             "Skills Coach Team Leaders", "March 2025", "April 2025", "Sampling shows adjusted plans for 80% of new starts.", "On track"),
            ("2.3", "CPD for all skills coaches on planning individualised learning, delivered by the Learning and Development Lead.",
             "Learning and Development Lead", "February 2025", "March 2025", "All coaches attended; observed in OTLA.", "Complete"),
        ]),
        ("Leaders should improve the quality of progress reviews so that employers are fully involved and apprentices know what they need to do to improve.", [
            ("3.1", "Introduce a new tripartite review template with SMART targets linked to the apprenticeship standard.",
             "Head of Quality / Operations Director", "January 2025", "March 2025", "Template live; employer attendance at reviews 84%.", "Complete"),
            ("3.2", "Quality team to observe a 10% sample of progress reviews each quarter and feed back to coaches.",
             "Quality Manager", "April 2025", "July 2025", "", "Not started"),
        ]),
    ]
    r = HR + 1
    for afi, acts in afis:
        first = r
        for ref, action, owner, start, deadline, ev, status in acts:
            vals = [ref, afi if r == first else None, action, owner, start, deadline, ev, status]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    widths = [6, 40, 55, 26, 14, 14, 40, 12]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, "jb1-intequal-ofsted-apprenticeships-piap-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 7. Ordnance Survey - ARAC internal audit recommendations tracker (csv export)
# ---------------------------------------------------------------------------
def ordnance():
    rows = [
        ["Ordnance Survey \u2013 Audit and Risk Assurance Committee: Internal Audit Recommendations Tracker"],
        ["Position as at 31 October 2025"],
        [],
        ["Audit", "Report date", "Assurance", "Ref", "Priority", "Recommendation", "Agreed management action",
         "Action owner", "Original target date", "Revised target date", "RAG", "Latest update"],
        ["Cyber Security \u2013 Incident Response (IA 2024/25-06)", "14/02/2025", "Limited", "06.1", "High",
         "The incident response plan should be updated to reflect the current IT operating model and tested at least annually.",
         "Update the Cyber Incident Response Plan to reflect the move to a managed SOC and run a desktop exercise with the Executive Team.",
         "Chief Information Security Officer", "30/06/2025", "30/09/2025", "A",
         "Plan updated and approved. Desktop exercise moved to 26 November 2025 (Executive diary)."],
        ["Cyber Security \u2013 Incident Response (IA 2024/25-06)", "14/02/2025", "Limited", "06.2", "Medium",
         "Roles and escalation routes for out-of-hours incidents should be documented.",
         "Publish an out-of-hours escalation matrix and add it to the on-call handbook.",
         "Head of IT Operations", "31/03/2025", "", "B",
         "Complete \u2013 verified by Internal Audit in June 2025."],
        ["Contract Management (IA 2024/25-09)", "22/04/2025", "Moderate", "09.1", "Medium",
         "A complete contracts register should be maintained and reviewed quarterly.",
         "1. Migrate all live contracts over \u00a325k to the contracts register in the e-procurement system.\n2. Contract owners to confirm register entries quarterly.",
         "Head of Procurement; Commercial Director", "31/07/2025", "", "R",
         "Migration 70% complete. Revised date to be proposed to November ARAC."],
        ["Contract Management (IA 2024/25-09)", "22/04/2025", "Moderate", "09.2", "Low",
         "Contract owners should complete contract management training.",
         "Roll out the Government Commercial College contract management foundation e-learning to all named contract owners.",
         "Head of Procurement", "31/10/2025", "", "G",
         "41 of 48 contract owners trained."],
        ["Health and Safety \u2013 Field Surveyors (IA 2025/26-02)", "18/07/2025", "Moderate", "02.1", "High",
         "Lone working risk assessments for field surveyors should be reviewed and lone worker device usage monitored.",
         "Review all field surveyor lone working risk assessments.",
         "Head of Health and Safety", "30/09/2025", "", "B",
         "All 212 assessments reviewed."],
        ["Health and Safety \u2013 Field Surveyors (IA 2025/26-02)", "18/07/2025", "Moderate", "02.2", "High",
         "Lone working risk assessments for field surveyors should be reviewed and lone worker device usage monitored.",
         "Produce a monthly lone worker device usage report for regional managers and follow up non-use.",
         "Head of Health and Safety / Regional Field Managers", "31/12/2025", "", "G",
         "First report issued for September."],
        ["Data Governance \u2013 Records Retention (IA 2025/26-04)", "10/09/2025", "Limited", "04.1", "High",
         "The retention schedule should be refreshed and applied to shared drives and Microsoft 365.",
         "Refresh the corporate retention schedule and have it approved by the Information Governance Board.",
         "Senior Information Risk Owner", "Q4 2025/26", "", "G",
         "Draft schedule out for consultation with directorates."],
        ["Data Governance \u2013 Records Retention (IA 2025/26-04)", "10/09/2025", "Limited", "04.2", "High",
         "The retention schedule should be refreshed and applied to shared drives and Microsoft 365.",
         "Apply retention labels to SharePoint sites and Teams in line with the refreshed schedule.",
         "Head of Knowledge and Information Management", "TBC \u2013 dependent on M365 licensing", "", "",
         "Not yet started; depends on 04.1 and E5 licence decision."],
        [],
        ["Summary", "", "", "", "", "", "Open", "6"],
        ["", "", "", "", "", "", "Implemented (B)", "2"],
        ["", "", "", "", "", "", "Overdue (R)", "1"],
        [],
        ["RAG key: B = implemented and verified by Internal Audit; G = on track to meet target date; A = revised target date agreed; R = overdue"],
    ]
    with open(os.path.join(OUT, "jb1-ordnance-survey-arac-internal-audit-recommendations-tracker.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


if __name__ == "__main__":
    nmuh()
    lscft()
    holmcroft()
    meadowbrook()
    weymouth()
    intequal()
    ordnance()
    print("built")
