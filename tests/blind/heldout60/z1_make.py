"""Generate the z1- blind cases (heldout60). Run with /work/main/.venv/bin/python."""
import csv, datetime as dt, os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
FILL = {"blue": "8EB4E3", "green": "92D050", "amber": "FFC000", "red": "FF0000", "grey": "D9D9D9"}


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.font.size = Pt(9)


# ---------------------------------------------------------------- 1 Southern Trust (NI) docx
def southern():
    d = Document()
    d.add_heading("Southern Health and Social Care Trust – Bluestone Unit Quality Improvement Action Plan", 0)
    d.add_paragraph("RQIA Unannounced Inspection, Bluestone Unit, Craigavon Area Hospital: 5–7 February 2024")
    d.add_paragraph(
        "This plan sets out the Trust's response to the areas for improvement identified by RQIA following its "
        "unannounced inspection of Cloughmore, Rosebrook and Silverwood wards. Progress is monitored monthly by the "
        "Mental Health and Disability Directorate Governance Forum.")
    dc = d.add_table(rows=4, cols=2); dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Date", "28 March 2025"),
                                ("Owner", "Assistant Director, Acute Mental Health Services"),
                                ("Approved by", "Directorate Governance Forum")]):
        set_text(dc.cell(i, 0), k, True); set_text(dc.cell(i, 1), v)
    d.add_paragraph("")
    hdr = ["No.", "Area for Improvement", "Action Required", "Responsible Person", "Timescale",
           "Progress Update (March 2025)", "RAG"]
    rows = [
        ("band", "Is Care Safe?"),
        ("1.1", "The Trust shall ensure that ward staffing levels are reviewed against the acuity and dependency of patients on each shift and that the review is recorded.",
         "Implement the Telford dependency tool on all three wards, with the nurse in charge completing the acuity assessment at each safety brief.",
         "Lead Nurse, Acute Mental Health", "30 June 2024",
         "Tool in use on all wards since May 2024. Compliance audited monthly; 94% completion in February 2025.", "Blue"),
        ("1.2", None,
         "Escalate shifts falling below agreed staffing levels through the Trust's Safer Staffing escalation process and report weekly to the Head of Service.",
         "Ward Managers / Bed Manager", "Immediate and ongoing",
         "Weekly staffing report established. Two shifts in January 2025 fell below agreed levels and were escalated.", "Green"),
        ("2.1", "The Trust shall ensure that ligature risk assessments are reviewed annually and following any environmental change, and that identified works are completed.",
         "Complete a full environmental ligature risk assessment of Rosebrook and Silverwood wards.",
         "Health and Safety Manager", "September 2024",
         "Assessments completed August 2024 and signed off by Head of Service.", "Blue"),
        ("2.2", None,
         "Deliver the anti-ligature estates works identified in the assessment, prioritising en-suite bathrooms.",
         "Estates Services Manager", "December 2024 (revised to May 2025)",
         "Works delayed by contractor availability. Rosebrook bathrooms complete; Silverwood scheduled for April 2025.", "Amber"),
        ("band", "Is Care Effective?"),
        ("3.1", "The Trust shall ensure that care plans are person centred, reflect the patient's views and are reviewed at each multidisciplinary team meeting.",
         "Introduce a revised care plan template with a section recording the patient's own goals and views.",
         "Clinical Lead Nurse", "August 2024",
         "Template approved by the Nursing Policy Group and in use from 1 August 2024.", "Blue"),
        ("3.2", None,
         "Audit ten care plans per ward each quarter and feed back results to ward teams.",
         "Ward Managers", "Quarterly",
         "Q3 audit showed 80% compliance; action learning sessions held on each ward.", "Green"),
        ("band", "Is the Service Well Led?"),
        ("4.1", "The Trust shall ensure that there is an effective system for the review of restrictive practices, including seclusion, with oversight by senior managers.",
         "Establish a Restrictive Practice Oversight Group meeting monthly, chaired by the Clinical Director.",
         "Clinical Director", "April 2024",
         "Group established April 2024; terms of reference agreed.", "Blue"),
        ("4.2", None,
         "Produce a quarterly restrictive practice report for the Directorate Governance Forum using Datix and ward seclusion records.",
         "Governance Lead", "March 2025",
         "First report presented January 2025. Data quality issues with seclusion records being addressed before the March report.", "Amber"),
    ]
    t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_text(t.cell(0, i), h, True); shade(t.cell(0, i), "1F4E79")
    afi_start = None
    for r in rows:
        cells = t.add_row().cells
        if r[0] == "band":
            m = cells[0].merge(cells[6]); set_text(m, r[1], True); shade(m, "D9E2F3"); afi_start = None
            continue
        ref, afi, act, lead, when, prog, rag = r
        set_text(cells[0], ref); set_text(cells[2], act); set_text(cells[3], lead)
        set_text(cells[4], when); set_text(cells[5], prog); set_text(cells[6], rag)
        shade(cells[6], FILL[rag.lower()])
        if afi is not None:
            set_text(cells[1], afi); afi_start = cells[1]
        else:
            afi_start.merge(cells[1])
    d.add_paragraph("")
    d.add_paragraph("RAG Key: Red – action not commenced or significantly off track; Amber – action in progress, some "
                    "slippage; Green – action on track; Blue – action complete.")
    d.save(os.path.join(HERE, "z1-southern-trust-rqia-bluestone-quality-improvement-action-plan.docx"))


# ---------------------------------------------------------------- 2 MAWWFRS (Wales) docx
def mawwfrs():
    d = Document()
    d.add_heading("Mid and West Wales Fire and Rescue Service – Audit Wales Workforce Planning Review Action Plan", 0)
    d.add_paragraph("Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru")
    d.add_paragraph(
        "Audit Wales reported its review of the Service's workforce planning arrangements in March 2024 and made four "
        "recommendations. This action plan is reported to the Audit Committee at each meeting. Position as at "
        "30 September 2024.")
    d.add_paragraph("Status key: Complete – action finished (blue); On track – progressing to target date (green); "
                    "Delayed – revised date agreed (amber); Not started.")
    recs = [
        ("R1 – Strategic workforce plan",
         "The Service should develop a strategic workforce plan that links its longer-term service needs to the workforce it will require over the next five years.",
         [("1.1", "Draft a five-year Strategic Workforce Plan aligned to the Community Risk Management Plan 2024-2030.",
           "Head of People Services", "December 2024", "First draft shared with Corporate Management Team in September 2024 for comment.", "On track"),
          ("1.2", "Present the Strategic Workforce Plan to the Fire Authority for approval.",
           "Director of Corporate Services", "March 2025", "Scheduled for the Fire Authority meeting on 17 March 2025.", "Not started")]),
        ("R2 – Workforce data",
         "The Service should improve the quality and use of its workforce data, including establishment, turnover and retirement profiles, to inform decisions.",
         [("2.1", "Cleanse establishment data held in the HR system and reconcile it with the finance establishment.",
           "HR Systems Manager", "30/06/2024", "Reconciliation completed June 2024.", "Complete"),
          ("2.2", "Develop a monthly workforce dashboard for the Senior Leadership Team covering turnover, sickness and retirement forecasts.",
           "HR Systems Manager / Performance Manager", "September 2024\nRevised: January 2025",
           "Dashboard in test. Delay due to Power BI licensing; revised date agreed by Audit Committee in July 2024.", "Delayed")]),
        ("R3 – On-call availability",
         "The Service should set out how it will address the declining availability of on-call (retained) firefighters in rural stations.",
         [("3.1", "Review the on-call contract options and pilot a salaried on-call model at two stations.",
           "Area Manager, Service Delivery", "March 2025", "Pilot under way at Cardigan and Llandovery stations since August 2024.", "On track"),
          ("3.2", "Launch a targeted on-call recruitment campaign in partnership with local employers.",
           "Station Manager (Recruitment)", "Ongoing", "Campaign launched May 2024; 23 applications received to date.", "On track")]),
        ("R4 – Succession planning",
         "The Service should put in place succession planning for critical and senior roles.",
         [("4.1", "Identify critical roles and single points of failure across all directorates.",
           "Head of People Services", "31 October 2024", "Critical roles register agreed by CMT on 2 October 2024.", "Complete"),
          ("4.2", "Introduce a talent management and development programme for supervisory and middle managers.",
           "Learning and Development Manager", "Q4 2024/25",
           "Programme design under way with the Fire Service College; first cohort planned for February 2025.", "On track")]),
    ]
    col = {"On track": "92D050", "Complete": "8EB4E3", "Delayed": "FFC000", "Not started": None}
    for head, text, acts in recs:
        d.add_heading(head, 1)
        d.add_paragraph(text)
        t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Responsible Officer", "Target Date", "Progress", "Status"]):
            set_text(t.cell(0, i), h, True)
        for a in acts:
            c = t.add_row().cells
            for i, v in enumerate(a):
                set_text(c[i], v)
            if col[a[5]]:
                shade(c[5], col[a[5]])
        d.add_paragraph("")
    d.save(os.path.join(HERE, "z1-mid-west-wales-frs-audit-wales-workforce-planning-action-plan.docx"))


# ---------------------------------------------------------------- helpers xlsx
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def pf(key):
    return PatternFill("solid", fgColor=FILL[key])


# ---------------------------------------------------------------- 3 Fermanagh & Omagh (NI) xlsx
def fermanagh():
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws["A1"] = "Fermanagh and Omagh District Council – Internal Audit Recommendations Implementation Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – 10 December 2024 (position at 30 November 2024)"
    hdr = ["Ref", "Priority", "Recommendation", "Management Response / Agreed Action", "Responsible Officer",
           "Target Date", "Revised Target Date", "Progress Update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E79")
        c.alignment = Alignment(wrap_text=True, vertical="center"); c.border = BOX
    D = dt.datetime
    data = [
        ("band", "Procurement and Contract Management (Report issued March 2024 – Limited Assurance)"),
        ("PCM/01", 1, "Contract Standing Orders should be updated to reflect the Procurement Act 2023 and re-issued to all budget holders.",
         "Contract Standing Orders will be revised and presented to the Policy and Resources Committee for approval, followed by briefings for budget holders.",
         "Head of Procurement", D(2024, 9, 30), D(2025, 3, 31),
         "Revised CSOs drafted; approval deferred to align with the Act's commencement on 24 February 2025.", "amber"),
        ("PCM/02", 2, "A contracts register should be maintained and reviewed quarterly to identify contracts approaching expiry.",
         "The contracts register will be moved to SharePoint and reviewed quarterly by the Procurement Team with directorate leads.",
         "Procurement Officer", D(2024, 7, 31), None, "Register live on SharePoint since July 2024; Q2 review completed.", "blue"),
        ("PCM/03", 2, "Waivers of procurement rules should be recorded centrally and reported to the Audit and Risk Committee.",
         "A waiver log will be established and reported to each meeting of the Committee.",
         "Head of Procurement / Head of Finance", D(2024, 12, 31), None, "Waiver log in place; first report to this Committee.", "green"),
        ("blank",),
        ("band", "ICT Access Controls (Report issued May 2024 – Satisfactory Assurance)"),
        ("ICT/01", 2, "Leavers' network accounts should be disabled on their last day of employment.",
         "HR will send a weekly leavers report to the ICT Service Desk and accounts will be disabled on the leaving date.",
         "Head of ICT", D(2024, 8, 31), None, "Process in place; spot check in October found two accounts disabled late.", "green"),
        ("ICT/02", 3, "Privileged access rights should be reviewed every six months.",
         "Six-monthly review of administrator accounts to be scheduled and documented.",
         "ICT Infrastructure Manager", D(2024, 10, 31), None, "First review due in October not yet completed owing to staff absence.", "red"),
        ("blank",),
        ("band", "Payroll (Report issued August 2024 – Satisfactory Assurance)"),
        ("PAY/01", 2, "Overtime claims should be authorised by a line manager before submission to Payroll.",
         "Overtime claim form amended to require line manager sign-off; Payroll will reject unsigned claims.",
         "Payroll Manager", D(2024, 10, 31), None, "New form in use from 1 October 2024.", "blue"),
        ("PAY/02", 3, "Starter and leaver checklists should be retained on the employee's personnel file.",
         "Checklists to be scanned to the HR system for all starters and leavers.",
         "Head of HR", D(2025, 1, 31), None, "Not yet due.", None),
    ]
    r = 5
    for row in data:
        if row[0] == "blank":
            r += 1; continue
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1; continue
        for i, v in enumerate(row[:8], 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        c = ws.cell(r, 9); c.border = BOX
        if row[8]:
            c.fill = pf(row[8])
        r += 1
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True); r += 1
    for k, txt in [("blue", "Implemented"), ("green", "In progress – on target"),
                   ("amber", "In progress – revised date agreed"), ("red", "Overdue / not progressed")]:
        ws.cell(r, 1).fill = pf(k); ws.cell(r, 2, txt); r += 1
    ws.cell(r, 1, "Priority 1 – significant weakness requiring urgent action; Priority 2 – important; Priority 3 – good practice.")
    for col, w in zip("ABCDEFGHI", [10, 8, 45, 50, 26, 13, 13, 45, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "z1-fermanagh-omagh-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 4 North Wales Police (Wales) xlsx
def nwp():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Action Plan"
    ws["A1"] = "North Wales Police – PEEL 2023–25 Inspection: Areas for Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "PEEL Improvement Board  |  Chair: Deputy Chief Constable  |  Updated: 14/01/2025"
    hdr = ["PEEL Question", "Ref", "Area for Improvement", "Action", "Owner", "Target Date", "Progress Update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="002060"); c.border = BOX
    D = dt.datetime
    rows = [  # question, afi, ref, action, owner, date, progress, rag
        ("Responding to the public", "The force should make sure it answers emergency calls within the national standard.",
         "1a", "Revise the Joint Communications Centre (JCC) shift pattern to match staffing to peak call demand.",
         "Supt JCC", D(2025, 3, 31), "Demand analysis completed. New shift pattern out to consultation with staff and Unison; implementation now planned for April 2025.", "Amber"),
        (None, None, "1b", "Introduce daily performance monitoring of 999 answer times at the JCC morning meeting.",
         "Ch Insp JCC", D(2024, 11, 30), "Daily monitoring in place since November 2024. Answer rate within 10 seconds improved to 84%.", "Complete"),
        (None, "The force should make sure it identifies repeat and vulnerable callers when calls are first received.",
         "2a", "Deliver THRIVE+ refresher training to all call handlers and dispatchers.",
         "JCC Training Lead", D(2025, 2, 28), "212 of 260 staff trained (82%).", "Green"),
        ("Investigating crime", "The force should make sure investigations are allocated to officers with the appropriate skills and are effectively supervised.",
         "3a", "Implement the revised crime allocation policy across all three local policing areas.",
         "Det Supt Crime Services", D(2024, 12, 31), "Policy launched 1 December 2024 and briefed to all sergeants and inspectors.", "Complete"),
        (None, None, "3b", "Introduce a supervisory review template in RMS with mandatory fields for investigation plans.",
         "Det Supt Crime Services / Head of ICT", D(2025, 6, 30), "Template specified; awaiting the RMS release scheduled for May 2025.", "Green"),
        (None, "The force should make sure victims are updated on the progress of their case in line with the Victims' Code.",
         "4a", "Audit Victims' Code compliance quarterly and report results to the Victims Strategic Board.",
         "Head of Victim Services", "Quarterly", "Q2 audit completed: 71% compliance. Improvement actions agreed with each local policing area.", "Amber"),
        ("Protecting vulnerable people", "The force should improve its understanding of the use and effectiveness of Domestic Violence Protection Notices and Orders.",
         "5a", "Produce a monthly DVPN/DVPO performance report for the Public Protection Board.",
         "DCI Public Protection", D(2025, 1, 31), "First report presented in January 2025.", "Complete"),
        (None, None, "5b", "Review a sample of breached orders with the CPS and share learning with response officers.",
         "DCI Public Protection", D(2025, 5, 31), "Sample of 30 breaches selected; joint review meeting with CPS Cymru Wales booked for March.", "Green"),
    ]
    ragfill = {"Amber": "amber", "Complete": "blue", "Green": "green", "Red": "red"}
    r0 = 5
    q_start = a_start = None
    for idx, row in enumerate(rows):
        r = r0 + idx
        q, afi = row[0], row[1]
        if q is not None:
            if q_start is not None and r - 1 > q_start:
                ws.merge_cells(start_row=q_start, start_column=1, end_row=r - 1, end_column=1)
            ws.cell(r, 1, q); q_start = r
        if afi is not None:
            if a_start is not None and r - 1 > a_start:
                ws.merge_cells(start_row=a_start, start_column=3, end_row=r - 1, end_column=3)
            ws.cell(r, 3, afi); a_start = r
        ws.cell(r, 2, row[2]); ws.cell(r, 4, row[3]); ws.cell(r, 5, row[4])
        c = ws.cell(r, 6, row[5])
        if isinstance(row[5], dt.datetime):
            c.number_format = "mmm-yy"
        ws.cell(r, 7, row[6])
        c = ws.cell(r, 8, row[7]); c.fill = pf(ragfill[row[7]])
        for i in range(1, 9):
            ws.cell(r, i).border = BOX; ws.cell(r, i).alignment = Alignment(wrap_text=True, vertical="top")
    last = r0 + len(rows) - 1
    if last > q_start:
        ws.merge_cells(start_row=q_start, start_column=1, end_row=last, end_column=1)
    if last > a_start:
        ws.merge_cells(start_row=a_start, start_column=3, end_row=last, end_column=3)
    r = last + 2
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for i, (k, txt) in enumerate([("blue", "Complete – action completed and evidenced"), ("green", "Green – on track"),
                                  ("amber", "Amber – at risk of missing target date"), ("red", "Red – off track")]):
        ws.cell(r + 1 + i, 1).fill = pf(k); ws.cell(r + 1 + i, 2, txt)
    for col, w in zip("ABCDEFGH", [22, 6, 42, 48, 26, 11, 50, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "z1-north-wales-police-peel-afi-action-plan.xlsx"))


# ---------------------------------------------------------------- 5 NHS Ayrshire & Arran (Scotland) xlsx
def ayrshire():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Improvement Action Plan – University Hospital Crosshouse"; ws["A1"].font = Font(bold=True, size=14)
    info = [("NHS board:", "NHS Ayrshire & Arran"), ("Hospital:", "University Hospital Crosshouse"),
            ("Inspection:", "Healthcare Improvement Scotland – Safe Delivery of Care (unannounced)"),
            ("Date of inspection:", "13–15 March 2023"), ("Action plan updated:", "31 January 2024")]
    for i, (k, v) in enumerate(info):
        ws.cell(2 + i, 1, k).font = Font(bold=True); ws.cell(2 + i, 2, v)
    hr = 8
    hdr = ["Ref", "Action Planned", "Timescale to meet action", "Responsibility for taking action", "Progress", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(hr, i, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="BDD7EE"); c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    rows = [
        ("domain", "Domain 2 – Impact on people experiencing care, carers and families"),
        ("req", "Requirement 1: NHS Ayrshire & Arran must ensure that patients' personal care needs are met, including timely support with continence, hydration and nutrition."),
        ("1.1", "Reintroduce intentional rounding on all inpatient wards with completion checked by the nurse in charge at each safety huddle.",
         "June 2023", "Associate Nurse Director, Acute Services",
         "Intentional rounding in place across all adult wards. Weekly audit results reported to the Acute Nursing and Midwifery Forum.", "Complete"),
        ("1.2", "Roll out the Food, Fluid and Nutritional Care standards e-learning to all registered nurses and healthcare support workers.",
         "30/09/2023", "Practice Development Lead",
         "Compliance at 78% in January 2024 against a target of 90%; additional sessions booked on night shifts.", "At risk"),
        ("domain", "Domain 4.3 – Workforce planning"),
        ("req", "Requirement 2: NHS Ayrshire & Arran must ensure that staffing levels and skill mix are safe and that staffing risks are escalated and recorded."),
        ("2.1", "Implement the real-time staffing tool (SafeCare) in the emergency department and combined assessment unit.",
         "December 2023", "Lead Nurse Unscheduled Care / eRostering Project Lead",
         "Live in the emergency department since November 2023; combined assessment unit go-live delayed pending wifi upgrade.", "At risk"),
        ("2.2", "Record all staffing escalations on Datix and review themes at the monthly Nursing Workforce Group.",
         "Immediate", "Senior Nurse Managers",
         "In place from April 2023. Themes reported in the monthly workforce paper.", "Complete"),
        ("domain", "Domain 5 – Delivery of care"),
        ("req", "Requirement 3: NHS Ayrshire & Arran must ensure that all equipment used for patient care is clean and ready for use."),
        ("3.1", "Introduce a daily equipment cleaning schedule with 'I am clean' indicator tape on all shared equipment.",
         "July 2023", "Infection Prevention and Control Manager",
         "Schedules and indicator tape in use on all wards; monthly IPC audit shows 92% compliance.", "On track"),
        ("3.2", "Carry out unannounced peer review visits of ward environments by senior charge nurses.",
         "Quarterly", "Associate Nurse Director, Acute Services",
         "Three rounds of visits completed; findings shared at the Senior Charge Nurse meeting.", "On track"),
    ]
    sf = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    r = hr + 1
    for row in rows:
        if row[0] in ("domain", "req"):
            c = ws.cell(r, 1, row[1]); c.font = Font(bold=True, italic=(row[0] == "req"))
            c.fill = PatternFill("solid", fgColor="DEEAF6" if row[0] == "domain" else "F2F2F2")
            c.alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 6).fill = pf(sf[row[5]])
        r += 1
    r += 1
    ws.cell(r, 1, "Status key").font = Font(bold=True)
    for i, (k, txt) in enumerate([("Complete", "Complete (blue) – action delivered and evidenced"),
                                  ("On track", "On track (green)"), ("At risk", "At risk (amber) – delayed or at risk of delay"),
                                  ("Off track", "Off track (red)")]):
        ws.cell(r + 1 + i, 1, k).fill = pf(sf[k]); ws.cell(r + 1 + i, 2, txt)
    for col, w in zip("ABCDEF", [8, 55, 16, 32, 55, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "z1-nhs-ayrshire-arran-his-crosshouse-improvement-action-plan.xlsx"))


# ---------------------------------------------------------------- 6 Bolsover (England) csv
def bolsover():
    I1 = "Stock condition data is incomplete: 38% of homes have not had a survey in the last five years."
    T = "Transparency, Influence and Accountability Standard"
    rows = [
        ["Bolsover District Council - Housing Consumer Standards Improvement Plan 2024-25", "", "", "", "", "", "", ""],
        ["Position at 31 October 2024", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Consumer Standard", "Issue identified", "Action", "Lead Officer", "Target Date", "Status", "Update"],
        ["1.1", "Safety and Quality Standard", I1,
         "Commission stock condition surveys for all homes without a survey since 2019, prioritising older properties.",
         "Assistant Director of Property Services", "31/03/2025", "On track", "Contractor appointed; 1,140 surveys completed to date."],
        ["1.2", "Safety and Quality Standard", I1,
         "Load survey results into the asset management system and update the 30-year business plan.",
         "Asset Manager", "30/06/2025", "Not started", "Will begin once the survey programme reaches 75%."],
        ["1.3", "Safety and Quality Standard", "Damp and mould cases are not tracked from report to completion.",
         "Introduce a damp and mould case tracker with a named case officer for every report.",
         "Repairs Manager", "31/07/2024", "Complete", "Tracker live since July 2024; 96 cases being managed."],
        ["2.1", T, "Tenants have limited opportunities to scrutinise the housing service.",
         "Set up a Tenant Scrutiny Panel and agree its first review topic.",
         "JB/KW", "30/09/2024", "Complete", "Panel of nine tenants recruited; first review, on complaints handling, under way."],
        ["2.2", T, "Tenant Satisfaction Measures are not reported to tenants in an accessible format.",
         "Publish TSM results in the tenants' newsletter and on the website with an explanation of the actions being taken.",
         "Housing Performance Officer", "Nov-24", "On track", "Article drafted for the winter newsletter."],
        ["3.1", "Neighbourhood and Community Standard", "Anti-social behaviour cases are closed without contact with the complainant.",
         "Revise the ASB procedure so that cases are only closed after the complainant has been contacted.",
         "Community Safety Manager", "31/12/2024", "At risk", "Procedure redrafted but consultation with the Police has been slower than planned."],
        ["4.1", "Tenancy Standard", "Tenancy audits have not been completed since 2020.",
         "Restart the tenancy audit programme, visiting 20% of tenancies each year.",
         "Tenancy Management Team Leader", "Ongoing", "On track", "Programme restarted in September 2024; 212 visits completed."],
        ["", "", "", "", "", "", "", ""],
        ["Status key: Complete = blue; On track = green; At risk = amber; Off track = red; Not started = grey", "", "", "", "", "", "", ""],
    ]
    with open(os.path.join(HERE, "z1-bolsover-housing-consumer-standards-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Cannock Chase (England) txt -- refuse
def cannock():
    L = [
        "Cannock Chase District Council – Corporate Peer Challenge Action Plan",            # 1
        "Progress update: December 2024",                                                   # 2
        "",                                                                                 # 3
        "The LGA Corporate Peer Challenge took place in June 2024 and its feedback report made seven recommendations. "
        "This action plan was agreed by Cabinet on 26 September 2024 and progress is reported to Cabinet every six months.",  # 4
        "",                                                                                 # 5
        "Ref\tAction\tLead\tTimescale\tProgress\tRAG",                                      # 6
        "Recommendation 1: Develop a long-term vision for the district that is shared with partners and communities",  # 7
        "1.1\tHold a series of workshops with members, partners and residents to shape the vision.\tChief Executive\tDecember 2024\tThree workshops held in November; resident survey closes 13 December.\tGreen",  # 8
        "1.2\tAdopt a new Corporate Plan 2025-2029 setting out the vision and priorities.\tHead of Governance and Corporate Services\tMarch 2025\tDraft plan to Cabinet in February 2025.\tGreen",  # 9
        "Recommendation 2: Strengthen financial planning to close the medium-term budget gap",  # 10
        "2.1\tAgree a savings and income programme for 2025/26 to 2027/28.\tDeputy Chief Executive (Resources)\tFebruary 2025\t£1.2m of proposals identified against a £1.9m gap.\tAmber",  # 11
        "2.2\tReview the capital programme and rephase schemes that are no longer affordable.\tHead of Finance\tOcotber 2024\tReview completed and reported to Cabinet.\tComplete",  # 12
        "Recommendation 3: Invest in organisational development and workforce capacity",  # 13
        "3.1\tDevelop a Workforce Strategy including succession planning for key roles.\tHead of HR\tJune 2025\tScoping under way with the LGA's workforce team.\tGreen",  # 14
        "3.2\tIntroduce a management development programme for team leaders and service managers.\tHead of HR\tSeptember 2025\tNot started.\t",  # 15
        "",                                                                                 # 16
        "RAG: Green = on track, Amber = some slippage, Red = off track, Complete = action finished.",  # 17
    ]
    with open(os.path.join(HERE, "z1-cannock-chase-corporate-peer-challenge-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    southern(); mawwfrs(); fermanagh(); nwp(); ayrshire(); bolsover(); cannock()
