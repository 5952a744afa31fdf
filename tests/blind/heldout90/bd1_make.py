"""Generator for the bd1- cases of heldout90 (documents only; the readings are written by hand)."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RAG = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0"}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def boxrow(ws, r, ncol):
    for c in range(1, ncol + 1):
        ws.cell(r, c).border = BOX
        ws.cell(r, c).alignment = WRAP


# ---------------------------------------------------------------- 1 Lincolnshire FRS
def lincs_frs():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Tracker"
    ws["A1"] = "Lincolnshire Fire and Rescue – HMICFRS Areas for Improvement Action Plan 2023–25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update as at 31 October 2024 – reported to Public Protection and Communities Scrutiny Committee"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for Improvement", "Action", "Lead", "Target Date", "Revised Date",
           "Progress Update", "Previous RAG", "Current RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
    boxrow(ws, 4, 9)
    afi1 = ("The service should make sure it has an effective system to assure itself that its "
            "prevention activity is targeted at those most at risk.")
    afi6 = ("The service should make sure all staff understand the Core Code of Ethics and that it is "
            "embedded in the service's values and behaviours.")
    rows = [
        ("pillar", "Effectiveness"),
        ("1.1", afi1, "Review the Safe and Well targeting model using Exeter data and partner referrals, "
         "and agree revised risk criteria with the Prevention Board.", "Head of Prevention",
         D(2024, 3, 31), None, "Revised criteria agreed by Prevention Board on 14 March 2024 and in use "
         "from April. Closed.", "Green", "Blue"),
        ("1.2", None, "Introduce quarterly evaluation of Safe and Well visits to show the proportion "
         "delivered to households meeting the high-risk criteria.", "Head of Prevention / Performance Manager",
         D(2024, 9, 30), D(2024, 12, 31), "First quarterly report produced for Q1. Data quality issues with "
         "partner referral fields have delayed Q2 report; revised date agreed.", "Green", "Amber"),
        ("2.1", "The service should make sure its risk-based inspection programme targets the highest-risk premises.",
         "Refresh the Risk Based Inspection Programme (RBIP) to include premises data from building "
         "regulations consultations and high-rise residential buildings.", "Group Manager Protection",
         D(2025, 3, 31), None, "Draft RBIP methodology out to consultation with protection teams. "
         "On track for sign-off at SLT in February.", "Green", "Green"),
        ("3.1", "The service should make sure that operational learning from incidents is shared and acted on.",
         "Implement the new debrief recording system and publish a quarterly operational learning bulletin "
         "for all stations.", "Area Manager – Response", "Quarterly", None,
         "Debrief system live since June 2024. Two bulletins issued (July and October).", "Green", "Green"),
        ("pillar", "Efficiency"),
        ("4.1", "The service should make sure it has effective systems to monitor and improve the productivity "
         "of its wholetime workforce.", "Develop a productivity dashboard for wholetime crews covering "
         "prevention, protection and training hours, and review it at the monthly Performance Board.",
         "JW / SB", D(2025, 2, 28), None, "Dashboard built in Power BI and being tested with two stations. "
         "Station managers trained.", "Amber", "Green"),
        ("5.1", "The service should assure itself that its collaboration with Lincolnshire Police delivers "
         "the expected benefits.", "Complete a benefits realisation review of the shared estate and joint "
         "fleet workshop arrangements with Lincolnshire Police.", "Head of Business Support",
         D(2024, 6, 30), D(2024, 11, 30), "Review delayed by vacancy in the collaboration lead post. "
         "Terms of reference agreed with Police; fieldwork not yet started.", "Amber", "Red"),
        ("pillar", "People"),
        ("6.1", afi6, "Deliver Core Code of Ethics workshops for all watches and support teams, with "
         "attendance recorded on the learning management system.",
         "Head of HR and Organisational Development", "Dec 2024", None,
         "78% of staff attended to date. Remaining on-call sessions booked for November.", "Green", "Green"),
        ("6.2", None, "Add a Code of Ethics question to the annual staff survey and report the results to "
         "the Culture Board.", "Head of HR and Organisational Development", D(2025, 1, 31), None,
         "Survey due to open in January 2025.", None, "Not started"),
        ("7.1", "The service should improve how it identifies and develops high-potential staff and aspiring "
         "leaders.", "Launch the 'Step Up' leadership development pathway for supervisory managers, including "
         "a talent conversation in every annual appraisal.", "Training Centre Manager / Head of HR",
         "Sept 2024 – March 2025", None, "Pathway launched in September with 14 delegates on the first "
         "cohort. Appraisal form updated.", "Green", "Green"),
    ]
    r = 5
    for row in rows:
        if row[0] == "pillar":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("D9D9D9")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        for i, v in enumerate(row, 1):
            if v is None:
                continue
            c = ws.cell(r, i, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i in (8, 9) and v in RAG:
                c.fill = fill(RAG[v])
        boxrow(ws, r, 9)
        r += 1
    # AFI 1 and AFI 6 cover two actions each: merged down
    ws.merge_cells("B6:B7")
    ws.merge_cells("B14:B15")
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for i, (col, text) in enumerate([("Blue", "Complete"), ("Green", "On track"),
                                     ("Amber", "At risk of slipping / revised date agreed"),
                                     ("Red", "Off track – escalated to SLT")], 1):
        ws.cell(r + i, 1, col).fill = fill(RAG[col])
        ws.cell(r + i, 2, text)
    for col, w in zip("ABCDEFGHI", [7, 42, 50, 26, 13, 13, 50, 11, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, "bd1-lincolnshire-frs-hmicfrs-afi-tracker-pillar-rows-prev-current-rag.xlsx"))


# ---------------------------------------------------------------- 2 York and Scarborough
def york_cqc():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "York and Scarborough Teaching Hospitals NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Urgent and emergency care and medical care (inspected March 2024)"
    ws["A3"] = "Executive Lead: Chief Nurse    |    Reporting to: Quality Committee    |    Version 6, 14/01/2025"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["No.", "Must do / Should do", "CQC requirement", "Action(s) to be taken", "Action owner",
           "Due date", "Evidence of completion / progress", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
    boxrow(ws, 5, 8)
    rows = [
        ("sec", "Urgent and emergency care – York Hospital"),
        ("MD1", "Must do", "The trust must ensure patients in the emergency department receive timely assessment "
         "and treatment in line with national standards. (Regulation 12)",
         "Introduce a rapid assessment and treatment (RAT) model in majors between 10:00 and 22:00, staffed by "
         "a consultant and a band 6 nurse.", "Clinical Director, Emergency Medicine", D(2024, 9, 30),
         "RAT model live from 2 September 2024. Median time to initial assessment reduced from 41 to 17 minutes "
         "(October data).", "Blue"),
        ("MD2", "Must do", "The trust must ensure staff complete mandatory training, including safeguarding level 3, "
         "to meet trust targets. (Regulation 18)",
         "Set trajectories for each staff group and review compliance weekly at the ED governance huddle; book "
         "protected training days for nursing staff.", "Matron ED / Education Lead", D(2025, 3, 31),
         "Safeguarding level 3 compliance 81% (target 90%). Protected days booked to the end of March.", "Green"),
        ("SD1", "Should do", "The trust should ensure the paediatric area of the emergency department is staffed by a "
         "registered children's nurse at all times.",
         "Recruit to 4.2 WTE RN (Child) vacancies and agree cover arrangements with the children's ward when a "
         "shift is unfilled.", "Head of Nursing for Emergency Care", "Q4 2024/25",
         "2 WTE appointed, start dates February. Cover SOP drafted but not yet agreed with Child Health.", "Amber"),
        ("sec", "Medical care – Scarborough Hospital"),
        ("MD3.1", "Must do", "The trust must ensure medicines are stored securely and fridge temperatures are "
         "monitored and acted on. (Regulation 12)",
         "Install electronic fridge temperature monitoring on all medical wards, with alerts sent to pharmacy "
         "out of hours.", "Chief Pharmacist", D(2024, 12, 31),
         "System installed on all 9 medical wards and tested. Evidence submitted to Quality Committee in January.",
         "Blue"),
        ("MD3.2", "Must do", None,
         "Carry out monthly medicines storage audits on every ward, with results reported to the Medicines "
         "Safety Group.", "Ward Managers", "Monthly",
         "Audits embedded. December results: 8 of 9 wards fully compliant.", "Green"),
        ("MD4", "Must do", "The trust must ensure that risk assessments for falls and pressure ulcers are completed "
         "and updated for every patient. (Regulation 12)",
         "Roll out the revised electronic nursing assessment bundle on Nucleus and audit completion through the "
         "Tendable ward accreditation app.", "Deputy Chief Nurse", D(2025, 2, 28),
         "Digital team capacity has delayed the Nucleus build; go-live now expected April. Risk escalated to "
         "Digital Board.", "Red"),
        ("SD2", "Should do", "The trust should ensure that discharge summaries are sent to GPs within 24 hours.",
         "Reinstate the discharge summary dashboard and escalate outstanding summaries to the consultant of the "
         "week daily.", "Care Group 1 Clinical Director", D(2025, 4, 30), "Not yet started.", None),
    ]
    r = 6
    for row in rows:
        if row[0] == "sec":
            ws.cell(r, 1, row[1]).font = Font(bold=True, color="FFFFFF")
            for c in range(1, 9):
                ws.cell(r, c).fill = fill("1F4E79")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        for i, v in enumerate(row[:7], 1):
            if v is None:
                continue
            c = ws.cell(r, i, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd-mmm-yy"
        if row[7]:
            ws.cell(r, 8).fill = fill(RAG[row[7]])   # status shown by colour only
        boxrow(ws, r, 8)
        r += 1
    ws.merge_cells("C11:C12")   # MD3 requirement covers MD3.1 and MD3.2
    r += 1
    ws.cell(r, 1, "Status key:").font = Font(bold=True)
    for i, (col, text) in enumerate([("Blue", "Complete and evidence approved"), ("Green", "On track"),
                                     ("Amber", "Risk to delivery"), ("Red", "Off track / overdue")], 1):
        ws.cell(r + i, 1).fill = fill(RAG[col])
        ws.cell(r + i, 2, text)
    ws.cell(r + 6, 1, "Uncoloured = not yet started")
    for col, w in zip("ABCDEFGH", [8, 12, 45, 50, 26, 12, 50, 9]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bd1-york-scarborough-nhsft-cqc-must-should-do-section-rows-fill-only-status.xlsx"))


# ---------------------------------------------------------------- 3 Newcastle-under-Lyme (refuse)
def nul_audit():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding Recs"
    ws["A1"] = "Newcastle-under-Lyme Borough Council – Internal Audit: Outstanding Recommendations"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit and Standards Committee – 18 November 2024"
    hdr = ["Audit", "Rec No.", "Priority", "Recommendation", "Management Response", "Responsible Officer",
           "Original Target Date", "Revised Target Date", "Status", "Comments"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
    boxrow(ws, 4, 10)
    rows = [
        ("Procurement and Contract Management 2023/24", 1, "High",
         "Ensure all contracts above £25,000 are recorded on the contracts register.",
         "The contracts register will be maintained centrally and contract managers will confirm entries quarterly.",
         "Procurement Manager", D(2024, 3, 31), D(2024, 9, 30), "Complete",
         "Register reconciled to the ledger in September; quarterly confirmations in place."),
        ("Procurement and Contract Management 2023/24", 4, "Medium",
         "Waivers of Contract Procedure Rules should be approved and reported in line with the Constitution.",
         "A waiver log will be introduced and reported to the Audit and Standards Committee twice a year.",
         "Head of Legal and Governance", D(2024, 6, 30), None, "In progress",
         "Waiver log created; first report scheduled for February committee."),
        ("Payroll 2023/24", 2, "Medium",
         "Starter and leaver forms should be authorised by the budget holder before processing.",
         "Payroll will reject forms not authorised in the HR system workflow.",
         "HR Manager", D(2024, 4, 30), None, "Complete", "Workflow control tested by Internal Audit."),
        ("Payroll 2023/24", 3, "Low",
         "Overtime claims should be reconciled to rotas each month.",
         "Service managers to carry out a monthly sample check of overtime against rotas.",
         "Service Managers", D(2024, 6, 30), D(2024, 12, 31), "In progress", "Sample checks started in Streetscene."),
        ("Council Tax and NNDR 2023/24", 2, "High",
         "Reconcile the Council Tax and NNDR systems to the valuation lists monthly and investigate differences.",
         "Monthly reconciliations will be completed and reviewed by the Revenues Manager.",
         "Revenues Manager", D(2024, 6, 30), "0ct-24", "In progress",
         "Reconciliations up to date to August; backlog cleared except for NNDR reliefs."),
        ("ICT Cyber Security 2024/25", 1, "High",
         "Ensure multi-factor authentication is enabled for all remote access accounts.",
         "MFA will be rolled out to all remaining accounts, including members.",
         "ICT Manager", D(2024, 12, 31), None, "In progress", "92% of accounts enrolled."),
        ("Health and Safety 2023/24", 3, "Medium",
         "Complete fire risk assessments for all operational buildings on a rolling three-year programme.",
         "A schedule of fire risk assessments will be agreed and monitored by the Corporate H&S Group.",
         "Corporate Health and Safety Advisor", D(2024, 9, 30), None, "Overdue",
         "Two depots outstanding; external assessor booked."),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            if v is None:
                continue
            c = ws.cell(r, i, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        boxrow(ws, r, 10)
        r += 1
    r += 1
    ws.cell(r, 1, "Total recommendations outstanding: 5").font = Font(bold=True)
    ws.cell(r + 1, 1, "Priority: High = fundamental control weakness; Medium = significant; Low = minor improvement")
    for col, w in zip("ABCDEFGHIJ", [30, 8, 9, 45, 45, 24, 12, 12, 12, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bd1-newcastle-under-lyme-internal-audit-outstanding-recs-oct-zero-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def set_cell_bg(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------- 4 Nelson and Colne College
def nelson_colne():
    doc = Document()
    landscape(doc)
    doc.add_heading("Nelson and Colne College Group – Post-Inspection Action Plan 2024/25", level=1)
    doc.add_paragraph(
        "Following the Ofsted inspection of the college in May 2024, inspectors identified three areas the college "
        "needs to improve. This plan sets out the actions leaders will take, who is responsible and how governors "
        "will know the actions have had an impact. Progress is reviewed monthly by the Senior Leadership Team and "
        "termly by the Quality and Standards Committee.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Plan owner", "Deputy Principal"), ("Version", "3.0"),
                                ("Approved", "Quality and Standards Committee, 9 July 2024"),
                                ("Last updated", "6 January 2025")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    doc.add_paragraph()
    afis = [
        ("Leaders should improve the attendance of learners on study programmes, particularly in English and "
         "mathematics lessons.",
         [("1.1", "Introduce a daily attendance call from personal tutors to any learner absent from a first lesson, "
           "with a follow-up meeting after a second absence.", "Director of Student Services", "Autumn term 2024",
           "Attendance in English and maths rises from 78% to 88%.", "Complete"),
          ("1.2", "Timetable English and maths lessons within vocational days so that no learner attends college for a "
           "single GCSE lesson.", "Vice Principal Curriculum", "Summer term 2025",
           "Timetable for 2025/26 built on this principle; no stand-alone GCSE days.", "Green"),
          ("1.3", "Share weekly attendance data by course with curriculum managers and challenge courses below 85% at "
           "the monthly performance review.", "KH / DR", "Ongoing",
           "All courses below 85% have an improvement action recorded.", "Green")]),
        ("Leaders should ensure that teachers use assessment to check what learners have understood and adapt their "
         "teaching accordingly.",
         [("2.1", "Deliver a programme of professional development on questioning and checking for understanding for "
           "all teaching staff, led by the advanced practitioners.", "Head of Teaching, Learning and Assessment",
           "Spring term 2025", "Learning walks show effective checking of understanding in at least 80% of sessions.",
           "Amber"),
          ("2.2", "Revise the observation and learning walk framework so that feedback focuses on the use of assessment "
           "in lessons.", "Head of Quality", "31/10/2024", "Revised framework in use from November 2024.", "Complete")]),
        ("Leaders should ensure that apprentices receive careers advice and guidance that helps them plan their next "
         "steps.",
         [("3.1", "Train apprenticeship skills coaches to deliver impartial careers guidance at each progress review.",
           "Head of Apprenticeships", "December 2024", "All skills coaches trained; careers discussion recorded on "
           "100% of sampled reviews.", "Green"),
          ("3.2", "Introduce an end-of-programme guidance interview with the careers team for every apprentice in their "
           "final three months.", "Careers Lead", "Jan-25 to Jun-25",
           "Apprentices' destinations known for at least 90% of completers.", "Not started"),
          ("3.3", "Report apprentice progression and destination data to the Quality and Standards Committee.",
           "Deputy Principal", "Termly", "Governors receive destination data at each committee.", "Green")]),
    ]
    for n, (afi, acts) in enumerate(afis, 1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        p = doc.add_paragraph()
        p.add_run(afi).bold = True
        tab = doc.add_table(rows=1, cols=6)
        tab.style = "Table Grid"
        for i, h in enumerate(["Ref", "Actions", "Lead", "Timescale", "Success measures / impact", "RAG"]):
            tab.rows[0].cells[i].text = h
            set_cell_bg(tab.rows[0].cells[i], "D9E2F3")
        bold_row(tab.rows[0])
        for a in acts:
            cells = tab.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            colour = {"Complete": "8EAADB", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}.get(a[5])
            if colour:
                set_cell_bg(cells[5], colour)
        doc.add_paragraph()
    doc.add_paragraph("RAG: Complete – action completed and impact evidenced; Green – on track; "
                      "Amber – some slippage; Red – not on track. Not started – action not yet due to begin.")
    doc.save(os.path.join(OUT, "bd1-nelson-colne-college-ofsted-piap-afi-heading-then-text-terms.docx"))


# ---------------------------------------------------------------- 5 The State Hospital HIS
def state_hospital():
    doc = Document()
    landscape(doc)
    doc.add_heading("The State Hospitals Board for Scotland – Mental Health Inpatient Services Inspection: Improvement Action Plan", level=1)
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Hospital", "The State Hospital, Carstairs"),
                                ("Date of inspection", "12–14 August 2024 (unannounced)"),
                                ("Date of report", "24 October 2024"),
                                ("Action plan approved by", "Director of Nursing, on behalf of the Chief Executive")]):
        info.cell(i, 0).text = k
        info.cell(i, 1).text = v
    doc.add_paragraph()
    doc.add_paragraph("Please note: this action plan should be completed by the NHS board and returned to "
                      "Healthcare Improvement Scotland. Progress against each action is updated monthly and "
                      "reported to the Clinical Governance Committee.")
    tab = doc.add_table(rows=1, cols=6)
    tab.style = "Table Grid"
    for i, h in enumerate(["Action ref", "Action planned", "Timescale to meet action",
                           "Responsibility for taking action", "Progress update", "RAG status"]):
        tab.rows[0].cells[i].text = h
        set_cell_bg(tab.rows[0].cells[i], "B4C6E7")
    bold_row(tab.rows[0])
    content = [
        ("domain", "Domain 2 – Leadership and culture"),
        ("req", "Requirement 1: The State Hospital must ensure that there are effective systems in place to support "
                "staff to raise concerns and that these are responded to in a timely way."),
        ("1.1", "Relaunch the Speak Up / whistleblowing arrangements, with a named confidential contact on every "
                "ward and a monthly drop-in session with a senior nurse.", "31 October 2024",
         "Director of Nursing", "Relaunched 1 October 2024. Confidential contacts named on all inpatient wards.",
         "Complete"),
        ("1.2", "Report the number and themes of concerns raised, and time to respond, to the Staff Governance "
                "Committee each quarter.", "Quarterly", "Head of Workforce Governance",
         "First report presented November 2024.", "Green"),
        ("domain", "Domain 4.1 – Pathways, procedures and policies"),
        ("req", "Requirement 2: The State Hospital must ensure that all equipment is clean and ready for use, and "
                "that cleaning is documented."),
        ("2.1", "Introduce a ward equipment cleaning schedule with 'I am clean' labels and include equipment "
                "cleanliness in the weekly Senior Charge Nurse walkround.", "December 2024",
         "Senior Charge Nurses / Infection Prevention and Control Team",
         "Schedules in place in the Arran and Iona hubs. Roll-out to remaining hubs in December.",
         "Green"),
        ("req", "Requirement 3: The State Hospital must ensure that levels of observation are reviewed and recorded "
                "in line with the hospital's clinical observation policy."),
        ("3.1", "Introduce a daily review of enhanced observation at the clinical huddle and audit observation "
                "records monthly.", "30/11/2024", "Head of Clinical Quality",
         "Daily review in place. Monthly audit shows 96% compliance in November.", "Complete"),
        ("domain", "Domain 4.3 – Workforce management and support"),
        ("req", "Requirement 4: The State Hospital must ensure staffing levels and skill mix are assessed in real time "
                "and that risks are escalated in line with the Health and Care (Staffing) (Scotland) Act 2019."),
        ("4.1", "Embed the real-time staffing tool (SafeCare) in all wards, with twice-daily "
                "review at the hospital safety huddle.", "Q4 2024/25", "Associate Director of Nursing",
         "Tool live in 8 of 12 wards. Training for remaining areas scheduled January–February.", "Amber"),
        ("4.2", "Record decisions and mitigation when staffing falls below the professional judgement level, and "
                "review trends at the Nursing and Midwifery Workforce Group.", "March 2025",
         "Nurse Director", "Recording template agreed; awaiting e-rostering system change to go live.",
         "Red"),
        ("4.3", "Complete mandatory training on the duties of the Act for all senior charge nurses and clinical "
                "nurse managers.", "April 2025", "Practice Education Lead", "Not yet started – e-learning module "
                "awaited from NES.", "Not started"),
    ]
    for item in content:
        row = tab.add_row()
        cells = row.cells
        if item[0] in ("domain", "req"):
            m = cells[0].merge(cells[5])
            m.text = item[1]
            if item[0] == "domain":
                set_cell_bg(m, "1F3864")
                for run in m.paragraphs[0].runs:
                    run.bold = True
                    run.font.color.rgb = __import__("docx.shared", fromlist=["RGBColor"]).RGBColor(255, 255, 255)
            else:
                set_cell_bg(m, "D9E2F3")
                for run in m.paragraphs[0].runs:
                    run.italic = True
            continue
        for i, v in enumerate(item):
            cells[i].text = v
    doc.add_paragraph()
    doc.add_paragraph("RAG status: Complete = action completed; Green = on track; Amber = minor delay, "
                      "recovery plan in place; Red = significant delay / risk to completion.")
    doc.save(os.path.join(OUT, "bd1-state-hospital-his-mh-inpatient-inspection-domain-and-requirement-merged-rows.docx"))


# ---------------------------------------------------------------- 6 Dartmoor NPA csv
def dartmoor():
    rows = [
        ["Dartmoor National Park Authority - Peer Review 2023 Action Plan", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Recommendation", "Ref", "Action", "Lead Officer", "Target Date", "RAG", "Update (Feb 2024)"],
        ["R1 Develop a clear, prioritised corporate delivery plan that links the Management Plan to "
         "annual budgets and team work programmes", "1a",
         "Produce a Business Plan 2024/25 setting out the Authority's priorities, resources and key "
         "performance indicators", "Chief Executive (National Park Officer)", "Mar-24", "Green",
         "Draft considered by Members at the January workshop; for approval at Authority on 1 March"],
        ["", "1b", "Align team work programmes and individual objectives to the Business Plan priorities",
         "Heads of Service", "Jun-24", "Not started", ""],
        ["R2 Strengthen the Authority's approach to performance management and reporting to Members", "2a",
         "Introduce a quarterly performance report to the Audit and Governance Committee", "Head of Business Support",
         "30/06/2024", "Amber", "KPI set agreed but data for visitor and volunteering measures not yet available"],
        ["R3 Invest in the organisation's capacity to deliver, including succession planning and "
         "leadership development", "3a",
         "Carry out a workforce review and agree a succession plan for critical posts",
         "Head of Organisational Development", "September 2024", "Green",
         "Critical posts identified; review meetings with Heads of Service under way"],
        ["", "3b", "Deliver a leadership development programme for the extended leadership team",
         "Head of Organisational Development", "Ongoing", "Green", "First two modules delivered"],
        ["R4 Build on partnership working with farmers, commoners and landowners to deliver nature recovery",
         "4a", "Establish a Dartmoor Land Management Forum with terms of reference agreed by partners",
         "Director of Conservation and Communities", "Dec-23", "Complete",
         "Forum established; first meeting held 5 December 2023"],
        ["", "4b", "Agree a joint nature recovery delivery plan with Natural England and the Commoners' Council",
         "Director of Conservation and Communities", "31/03/2025", "Green", "Drafting group meeting monthly"],
        ["R5 Review the governance arrangements, including the size and role of committees", "5a",
         "Commission an independent governance review and report recommendations to the Authority",
         "Monitoring Officer", "Jul-24", "Amber", "Scope agreed; procurement of reviewer delayed to April"],
    ]
    with open(os.path.join(OUT, "bd1-dartmoor-npa-peer-review-action-plan-rec-first-row-only.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 NESCol tab export
def nescol():
    lines = [
        "North East Scotland College – Education Scotland Progress Visit: Improvement Action Plan 2024-25",
        "Updated: 20 January 2025",
        "",
        "\t".join(["Theme", "Area for development", "Ref", "Action", "Responsible", "Target date", "Progress",
                   "RAG"]),
        "\t".join(["1. Learner progress and outcomes",
                   "Improve early withdrawal rates on full-time further education programmes",
                   "1.1", "Introduce a six-week review for every full-time learner with a guidance tutor, with "
                   "early referral to support services", "Head of Learner Services", "Nov-24",
                   "Reviews completed for 94% of full-time learners. Referrals to support services up 30%.",
                   "Complete"]),
        "\t".join(["", "", "1.2", "Analyse withdrawal reasons by curriculum area each block and agree actions at "
                   "curriculum review", "Curriculum Managers", "Ongoing", "Block 1 analysis shared with all "
                   "curriculum areas.", "Green"]),
        "\t".join(["", "Increase attainment on part-time HNC and HND programmes", "1.3",
                   "Introduce assessment planning meetings at the start of each unit so learners know submission "
                   "dates in advance", "LM, FD", "31/03/2025", "Planning meetings in place in engineering and "
                   "business; other areas from Block 3.", "Amber"]),
        "",
        "\t".join(["2. Learning, teaching and assessment",
                   "Ensure learners receive timely feedback on assessed work",
                   "2.1", "Set and monitor a 15 working day turnaround for feedback on assessed work, reported "
                   "through the VLE", "Vice Principal – Curriculum", "Feb-25", "Turnaround report built; "
                   "first data due February.", "Green"]),
        "\t".join(["", "", "2.2", "Share effective feedback practice through the Learning and Teaching "
                   "Academy's professional learning sessions", "Learning and Teaching Academy Lead", "June 2025",
                   "Two sessions held; 46 staff attended.", "Green"]),
        "",
        "\t".join(["3. Leadership of quality and enhancement",
                   "Strengthen the use of learner feedback in self-evaluation",
                   "3.1", "Train class representatives with the Students' Association and include learner focus "
                   "group findings in every team's evaluative report", "Head of Quality / Students' Association "
                   "President", "April 2025", "Class rep training not yet scheduled due to staffing change in "
                   "Students' Association.", "Red"]),
        "\t".join(["", "", "3.2", "Publish a 'you said, we did' summary to learners at the end of each block",
                   "Head of Quality", "Each block", "", "Not started"]),
        "",
        "RAG key: Complete = action completed; Green = on track; Amber = some delay; Red = significant delay",
    ]
    with open(os.path.join(OUT, "bd1-nescol-education-scotland-progress-visit-tab-export-theme-fill-down.txt"),
              "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    lincs_frs()
    york_cqc()
    nul_audit()
    nelson_colne()
    state_hospital()
    dartmoor()
    nescol()
