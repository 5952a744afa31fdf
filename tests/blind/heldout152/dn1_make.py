"""Generator for the dn1- blind cases (heldout152)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date
BLUE, GREEN, AMBER, RED = "5B9BD5", "00B050", "FFC000", "FF0000"
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)

RAGFILL = {"Complete": BLUE, "B": BLUE, "Blue": BLUE, "G": GREEN, "Green": GREEN, "On track": GREEN,
           "A": AMBER, "Amber": AMBER, "R": RED, "Red": RED, "Off track": RED}

# ---------------------------------------------------------------- 1 Hartlepool College
def hartlepool():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "Hartlepool College of Further Education – Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:F1")
    ws["A2"] = "Ofsted inspection 14–17 May 2024 (overall effectiveness: Requires improvement)"
    ws.merge_cells("A2:F2")
    ws["A3"] = "Updated for Quality & Standards Committee, 27 January 2025. Plan owner: Deputy Principal – Curriculum & Quality"
    ws["A3"].font = Font(italic=True); ws.merge_cells("A3:F3")
    hdr = ["Ref", "Action", "Responsible", "Target date", "Progress update (January 2025)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("1F3864"); c.border = BOX; c.alignment = WRAP
    rows = [
        ("band", "AFI 1: Leaders and managers should ensure that teachers on 16 to 18 study programmes use assessment effectively to check learners' understanding."),
        ("1.1", "Deliver a programme of CPD on questioning and checking learning for all study programme teachers, led by the teaching and learning coaches.", "Head of Teaching, Learning & Assessment", D(2024, 12, 31), "CPD delivered at the October and November staff development days; 92% of teachers attended. Follow-up sessions arranged for those absent.", "Complete"),
        ("1.2", "Introduce focused learning walks on assessment practice in each curriculum area, with findings reported monthly to the curriculum leadership team.", "Assistant Principal – Quality", D(2025, 3, 31), "Learning walks under way in 9 of 11 curriculum areas. Construction and Engineering to start in February.", "A"),
        ("1.3", "Revise the observation of teaching framework so that it includes a specific judgement on checking understanding.", "Assistant Principal – Quality", "Autumn term 2024", "Revised framework approved by SLT in November and in use from December.", "Complete"),
        ("band", "AFI 2: Leaders should improve learners' attendance at English and mathematics lessons."),
        ("2.1", "Appoint attendance officers to follow up same-day absence from English and maths lessons.", "Head of English & Maths / Head of Student Services", D(2024, 9, 30), "Two attendance officers appointed and in post from 2 September.", "Complete"),
        ("2.2", "Introduce weekly attendance reports to curriculum managers, with action taken for learners below 85%.", "Head of MIS", D(2024, 10, 31), "Weekly reports issued since October. Attendance in English is 84% (up from 78%); maths 81%.", "G"),
        ("2.3", "Review timetabling so that English and maths lessons for study programme learners are not placed at the end of the day.", "Director of Curriculum Planning", "Summer term 2025", "Timetable principles agreed; to be applied in the 2025/26 timetable build.", "G"),
        None,
        ("band", "AFI 3: Leaders should ensure that apprentices receive timely off-the-job training and that employers take part in reviews of apprentices' progress."),
        ("3.1", "Review all apprentices' off-the-job training plans and agree catch-up plans for those who are behind.", "Head of Apprenticeships", D(2024, 11, 30), "Reviews complete for 180 of 236 apprentices. Remaining reviews delayed by vacancies in the skills coach team.", "R"),
        ("3.2", "Require employer attendance at every progress review and record it on the e-portfolio.", "Head of Apprenticeships", "Ongoing", "Employer attendance at reviews now 71%; monitored monthly.", "A"),
        ("3.3", "Train skills coaches in setting SMART targets that link to the apprenticeship standard.", "Skills Coach Team Leader", D(2025, 1, 31), "Training delivered on 8 January; quality sampling of targets planned for March.", "G"),
    ]
    r = 6
    for row in rows:
        if row is None:
            r += 1; continue
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("D9E1F2"); ws.cell(r, 1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 32
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
                if isinstance(v, D):
                    c.number_format = "mmm-yy" if row[0] != "2.1" else "dd/mm/yyyy"
            ws.cell(r, 6).fill = fill(RAGFILL[row[5]])
            ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for txt, col in [("Complete – action completed", BLUE), ("G – on track", GREEN), ("A – at risk of slipping", AMBER), ("R – off track / overdue", RED)]:
        ws.cell(r, 1).fill = fill(col); ws.cell(r, 2, txt); r += 1
    for col, w in zip("ABCDEF", [7, 60, 30, 13, 60, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dn1-hartlepool-college-ofsted-post-inspection-action-plan.xlsx"))

# ---------------------------------------------------------------- 2 Avon Fire & Rescue
def avon():
    wb = Workbook(); ws = wb.active; ws.title = "AFI action plan"
    ws["A1"] = "Avon Fire & Rescue Service – HMICFRS Inspection 2023-25: Areas for Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position as at 31 March 2025 – reported to the Performance Review & Scrutiny Committee"
    hdr = ["Ref", "Pillar", "Area for improvement", "Action", "Owner", "Due date", "Revised due date", "Previous RAG", "Current RAG", "Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = fill("C00000"); c.font = Font(bold=True, color="FFFFFF"); c.border = BOX; c.alignment = WRAP
    A1 = "The service should make sure it has an effective system for sharing risk information with staff, including site-specific risk information."
    A2 = "The service should make sure its prevention work is targeted at the people most at risk from fire."
    A3 = "The service should make sure it makes best use of its on-call workforce."
    A4 = "The service should make sure all staff understand and demonstrate its values and behaviours."
    A5 = "The service should improve its understanding of the diversity of its workforce."
    # ref, pillar, afi, action, owner, due, revised, prev, current(text or None), current fill, update
    rows = [
        ("E1.1", "Effectiveness", A1, "Complete the review of all overdue site-specific risk information (SSRI) visits and bring the programme up to date.", "Group Manager Protection", D(2024, 9, 30), D(2025, 1, 31), "A", None, BLUE, "All overdue SSRI visits completed by the end of January. Programme now monitored through the monthly performance board."),
        ("E1.2", None, None, "Introduce a quality assurance process for risk information held on mobile data terminals.", "Station Manager Operational Risk", D(2025, 3, 31), None, "G", "G", GREEN, "QA checklist drafted and trialled at three stations; roll-out to all stations from April."),
        ("E2.1", None, A2, "Refresh the home fire safety visit targeting model using partner data from health and social care.", "Head of Prevention", D(2024, 12, 31), D(2025, 6, 30), "G", "A", AMBER, "Data sharing agreement with the NHS delayed. Revised date agreed by the Service Leadership Team."),
        ("E2.2", None, None, "Evaluate the impact of the safe and well visit programme.", "Head of Prevention", "Q1 2025/26", None, "A", "G", GREEN, "Independent evaluation commissioned; fieldwork under way."),
        ("F1.1", "Efficiency", A3, "Implement a new on-call availability system and review contracts at the three stations with the lowest availability.", "Area Manager Response", D(2025, 3, 31), None, "R", None, AMBER, "System live since February; contract review with the representative bodies is continuing."),
        ("F1.2", None, None, "Report on-call availability monthly to the Service Leadership Team.", "Area Manager Response", "Monthly", None, "G", "G", GREEN, "Monthly reports in place since November 2024."),
        ("P1.1", "People", A4, "Deliver values and behaviours workshops to all operational and support staff.", "Head of People / Head of Organisational Development", D(2024, 12, 31), D(2025, 5, 31), "A", "A", AMBER, "74% of staff have attended. Remaining sessions booked for April and May."),
        ("P1.2", None, None, "Introduce a confidential reporting line for staff to raise concerns about behaviour.", "Head of People", D(2024, 11, 30), None, "G", "Complete", BLUE, "Independent reporting line launched on 4 November 2024."),
        ("P2.1", None, A5, "Run a data refresh campaign so that staff update their protected characteristics on the HR system.", "HR Business Partner", D(2024, 10, 31), None, "G", None, RED, "Declaration rate remains low (58%). Campaign to be re-run with trade union support."),
    ]
    r0 = 5
    for k, row in enumerate(rows):
        r = r0 + k
        ref, pil, afi, act, own, due, rev, prev, cur, curfill, upd = row
        vals = [ref, pil, afi, act, own, due, rev, prev, cur, upd]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 8).fill = fill(RAGFILL[prev])
        ws.cell(r, 9).fill = fill(curfill)
    # merges: pillar and AFI
    ws.merge_cells("B5:B8"); ws.merge_cells("B9:B10"); ws.merge_cells("B11:B13")
    ws.merge_cells("C5:C6"); ws.merge_cells("C7:C8"); ws.merge_cells("C9:C10"); ws.merge_cells("C11:C12")
    r = 15
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for j, (t, col) in enumerate([("Blue – complete", BLUE), ("Green – on track", GREEN), ("Amber – at risk of missing due date", AMBER), ("Red – off track / overdue", RED)]):
        ws.cell(r + 1 + j, 1).fill = fill(col); ws.cell(r + 1 + j, 2, t)
    for col, w in zip("ABCDEFGHIJ", [7, 14, 40, 50, 28, 12, 12, 10, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dn1-avon-fire-rescue-hmicfrs-afi-improvement-plan.xlsx"))

# ---------------------------------------------------------------- 3 Mid Cheshire CQC (refuse)
def midcheshire():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "Mid Cheshire Hospitals NHS Foundation Trust – CQC Inspection Action Plan (Must Do / Should Do)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection 20–22 February 2024; report published 14 June 2024. Version 3 – updated 2 September 2024"
    hdr = ["Ref", "Must / Should", "CQC requirement", "Action", "Lead", "Target date", "Status", "Progress / evidence"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("005EB8"); c.border = BOX; c.alignment = WRAP
    rows = [
        ("band", "Urgent and emergency care – Leighton Hospital"),
        ("MD1", "Must", "The trust must ensure that patients in the emergency department are triaged within 15 minutes of arrival.", "Introduce a streaming nurse at the front door 08:00–02:00 and audit time to triage weekly.", "Associate Director of Nursing – Urgent Care", D(2024, 8, 31), "Complete", "Streaming nurse in post from 1 July. Median time to triage 12 minutes in August."),
        ("MD2", "Must", "The trust must ensure that mental health risk assessments are completed for all patients presenting with mental health needs.", "Roll out the electronic mental health risk assessment tool and train ED nursing staff.", "ED Matron", D(2024, 10, 31), "On track", "Tool live; 68% of nursing staff trained."),
        ("SD1", "Should", "The trust should ensure that resuscitation equipment checks are completed and recorded daily.", "Add resuscitation trolley checks to the daily safety huddle checklist.", "ED Matron", D(2024, 7, 31), "Complete", "Checks recorded daily since July; spot checks show 100% compliance."),
        ("band", "Medical care (including older people's care)"),
        ("MD3", "Must", "The trust must ensure that there are enough suitably qualified nursing staff on medical wards.", "Complete the establishment review for medical wards and recruit to agreed vacancies.", "Director of Nursing", D(2024, 12, 31), "On track", "Establishment review agreed at Board in July. 21 international nurses due to start by December."),
        ("MD4", "Must", "The trust must ensure that mandatory training compliance, including safeguarding, meets the trust target of 90%.", "Give each ward a trajectory for mandatory training and report compliance to the divisional board monthly.", "Divisional Director of Nursing – Medicine", "Spet-24", "Off track", "Compliance 81%. Training places increased for September."),
        ("SD2", "Should", "The trust should ensure that patients' nutrition and hydration needs are recorded.", "Relaunch food and fluid charts with ward housekeepers and audit monthly.", "Lead Nurse – Nutrition", D(2024, 11, 30), "On track", "Relaunch completed on 6 wards; audit results due October."),
        ("SD3", "Should", "The trust should ensure that discharge planning starts on admission.", "Introduce estimated discharge dates on the electronic whiteboard for all medical patients.", "Head of Patient Flow", D(2025, 1, 31), "On track", "Whiteboards upgraded on 8 of 12 wards."),
    ]
    r = 5
    for row in rows:
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = Font(bold=True); ws.cell(r, 1).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
                if isinstance(v, D):
                    c.number_format = "mmm-yy"
            ws.cell(r, 7).fill = fill(RAGFILL[row[6]])
        r += 1
    r += 1
    ws.cell(r, 1, "Status key: Complete (blue) / On track (green) / At risk (amber) / Off track (red)").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [6, 9, 45, 45, 30, 11, 11, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dn1-mid-cheshire-hospitals-nhsft-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))

# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def bold_row(row, hexcol=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        if hexcol:
            shade(c, hexcol)

# ---------------------------------------------------------------- 4 Stirling Council
def stirling():
    doc = Document()
    doc.add_heading("Stirling Council – Best Value Improvement Action Plan 2024-25", 1)
    doc.add_paragraph("This plan responds to the Controller of Audit's Best Value thematic report on the leadership "
                      "of the development of the council's new strategic priorities (2023/24) and to the related "
                      "recommendations in the Annual Audit Report. Progress is reported to the Audit and Risk "
                      "Committee every six months.")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        c.text = h
    bold_row(t.rows[0], "D9D9D9")
    for v in [("1.0", "12/09/2024", "Policy & Performance Team", "Approved by Council"),
              ("1.1", "20/02/2025", "Policy & Performance Team", "Six-monthly progress update")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x
    doc.add_paragraph()
    themes = [
        ("Theme 1: Council priorities and vision", [
            ("R1: The council should set out clearly how progress against its new priorities will be measured, with targets and milestones.", [
                ("1.1", "Develop a performance framework for the Council Plan 2024-27 with measurable outcomes and annual targets.", "Chief Officer – Policy & Performance", "March 2025", "Draft framework reported to the Council Leadership Team in January; indicators being agreed with services.", "On track"),
                ("1.2", "Publish an annual public performance report against the Council Plan.", "Chief Officer – Policy & Performance", "30/09/2025", "First report to be published in September 2025.", "Not started"),
            ])]),
        ("Theme 2: Community engagement and partnership working", [
            ("R2: The council should involve communities more in setting priorities and shaping services.", [
                ("2.1", "Agree a Community Engagement Strategy with the Stirling Community Planning Partnership.", "Senior Manager – Communities", "Q3 2024/25", "Strategy approved by the Partnership Board on 5 December 2024.", "Complete"),
                ("2.2", "Pilot participatory budgeting in two rural community council areas.", "Senior Manager – Communities", "June 2025", "Pilot areas identified and a budget of £50,000 allocated. Launch delayed from February because of staffing changes.", "Amber"),
            ])]),
        ("Theme 3: Workforce and resources", [
            ("R3: The council should align its workforce plan and medium-term financial strategy with its priorities.", [
                ("3.1", "Refresh the Strategic Workforce Plan 2025-28 to reflect the Council Plan priorities.", "Chief Officer – HR & OD", "April 2025", "Consultation with the trade unions under way.", "On track"),
                ("3.2", "Update the Medium-Term Financial Strategy and report it alongside the 2025/26 budget.", "Chief Finance Officer", "Feb 2025", "MTFS approved at the budget meeting of Council on 27 February 2025.", "Complete"),
                ("3.3", "Hold member briefings on the financial outlook ahead of each budget cycle.", "Chief Finance Officer and Chief Executive", "Ongoing", "Briefings held in October and December 2024.", "On track"),
            ])]),
    ]
    colours = {"On track": "92D050", "Complete": "5B9BD5", "Amber": "FFC000", "Not started": "FFFFFF"}
    for theme, recs in themes:
        doc.add_heading(theme, 2)
        t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Recommendation", "Action", "Lead Officer", "Timescale", "Progress (February 2025)", "Status"]):
            c.text = h
        bold_row(t.rows[0], "1F4E79")
        for rec, acts in recs:
            first = len(t.rows)
            for a in acts:
                cells = t.add_row().cells
                cells[0].text = a[0]; cells[2].text = a[1]; cells[3].text = a[2]
                cells[4].text = a[3]; cells[5].text = a[4]; cells[6].text = a[5]
                shade(cells[6], colours[a[5]])
            top = t.cell(first, 1)
            if len(acts) > 1:
                top = top.merge(t.cell(len(t.rows) - 1, 1))
            top.text = rec
        doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action finished | On track | Amber – some slippage | Red – significant delay | Not started")
    doc.save(os.path.join(OUT, "dn1-stirling-council-best-value-thematic-improvement-plan.docx"))

# ---------------------------------------------------------------- 5 BCUHB HIW Ysbyty Gwynedd maternity
def hiw():
    doc = Document()
    doc.add_heading("Ysbyty Gwynedd Maternity Services – HIW Improvement Plan", 1)
    doc.add_paragraph("Service: Betsi Cadwaladr University Health Board – Ysbyty Gwynedd, Maternity Unit")
    doc.add_paragraph("Date of inspection: 17–19 October 2023")
    doc.add_paragraph("The table below sets out the improvements identified by Healthcare Inspectorate Wales and the "
                      "actions the health board will take. Immediate assurance issues were dealt with separately.")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]):
        c.text = h
    bold_row(t.rows[0], "BDD7EE")
    plan = [
        ("Quality of Patient Experience", [
            ("The health board must ensure that bilingual information is available to women and birthing people throughout the unit.",
             "Health and Care Quality Standards 2023 – Person centred; Welsh Language (Wales) Measure 2011", [
                ("Review all patient information leaflets and posters in the unit and replace any English-only material with bilingual versions.", "Maternity Matron", "31 January 2024"),
                ("Add a Welsh-speaking staff roster to the daily safety huddle so that women can be offered care in Welsh.", "Labour Ward Manager", "March 2024"),
            ])]),
        ("Delivery of Safe and Effective Care", [
            ("The health board must ensure that emergency equipment is checked daily and that checks are recorded.", "Safe; Effective", [
                ("Introduce a daily resuscitation trolley checklist signed by the shift coordinator, with a weekly audit by the ward manager.", "Labour Ward Manager", "Immediate and ongoing"),
                ("Report resuscitation trolley audit compliance to the monthly Maternity Quality and Safety meeting.", "Head of Midwifery", "End of February 2024"),
            ]),
            ("The health board must ensure that all staff complete mandatory PROMPT and fetal monitoring training.", "Safe; Workforce", [
                ("Release staff through a protected training rota so that compliance with PROMPT and fetal monitoring training reaches 90%.", "Practice Development Midwife", "Q1 2024/25"),
            ])]),
        ("Quality of Management and Leadership", [
            ("The health board should improve communication between senior managers and ward staff.", "Leadership; Culture", [
                ("Hold monthly 'Ask the Head of Midwifery' open forums for all maternity staff.", "Head of Midwifery", "December 2023"),
                ("Share a monthly newsletter with staff on the actions taken in response to incidents and feedback.", "Head of Midwifery / Maternity Governance Lead", "Monthly"),
            ])]),
    ]
    for section, items in plan:
        row = t.add_row(); c = row.cells[0].merge(row.cells[4]); c.text = section
        bold_row(row, "DEEAF6")
        for imp, std, acts in items:
            first = len(t.rows)
            for a in acts:
                cells = t.add_row().cells
                cells[2].text, cells[3].text, cells[4].text = a
            last = len(t.rows) - 1
            for col, txt in ((0, imp), (1, std)):
                top = t.cell(first, col)
                if last > first:
                    top = top.merge(t.cell(last, col))
                top.text = txt
    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall responsibility and accountability for ensuring the improvement plan is actioned.")
    s = doc.add_table(rows=4, cols=2); s.style = "Table Grid"
    for i, (k, v) in enumerate([("Service representative", ""), ("Name (print)", "Director of Midwifery and Women's Services"), ("Job role", "Director of Midwifery"), ("Date", "5 December 2023")]):
        s.cell(i, 0).text = k; s.cell(i, 1).text = v
    doc.save(os.path.join(OUT, "dn1-betsi-cadwaladr-uhb-hiw-ysbyty-gwynedd-maternity-improvement-plan.docx"))

# ---------------------------------------------------------------- 6 Ofwat CSV
def ofwat():
    hdr = ["Ref", "Audit", "Assurance", "Priority", "Recommendation", "Management response / agreed action", "Action owner",
           "Original target date", "Revised target date", "Status", "Latest update"]
    rows = [
        ["24-02.1", "24-02 Cyber Security", "Moderate", "High", "Privileged access accounts should be reviewed at least quarterly.", "Implement a quarterly review of privileged accounts, with results reported to the Digital Board.", "Head of Digital", "31/07/2024", "", "Complete", "First two quarterly reviews completed (July and October 2024)."],
        ["24-02.2", "24-02 Cyber Security", "Moderate", "Medium", "The cyber incident response plan should be tested.", "Run a cyber incident tabletop exercise with the Executive Team and update the plan with lessons learned.", "Head of Digital", "30/09/2024", "31/03/2025", "Amber", "Exercise postponed to March 2025 because of supplier availability. Revised date agreed with the ARAC Chair."],
        ["24-05.1", "24-05 Procurement and Contract Management", "Limited", "High", "The contract register should be complete and each contract should have a named contract manager.", "Complete the contract register and assign a named contract manager to every contract over £25k.", "Head of Commercial", "30/04/2025", "", "Green", "Register 90% complete; remaining contracts being reviewed with budget holders."],
        ["24-05.2", "24-05 Procurement and Contract Management", "Limited", "Medium", "Single-tender waivers should be reported to the Audit and Risk Assurance Committee.", "Report all single-tender waivers to ARAC quarterly.", "Head of Commercial / Director of Finance", "Quarterly", "", "Green", "Waiver report presented to ARAC in December 2024."],
        ["24-07.1", "24-07 Payroll", "Substantial", "Low", "Line managers should notify HR of leavers before the payroll cut-off.", "Issue guidance to line managers on notifying HR of leavers by the payroll cut-off.", "HR Operations Manager", "31/10/2024", "", "Complete", "Guidance issued on the intranet on 14 October 2024."],
        ["24-09.1", "24-09 Business Continuity", "Limited", "High", "Business continuity plans should be updated and tested.", "Update the business continuity plans for all directorates and test them.", "Chief Operating Officer", "31/01/2025", "30/06/2025", "Red", "Four of seven directorate plans updated. Testing programme not yet scheduled."],
        ["24-09.2", "24-09 Business Continuity", "Limited", "Medium", "A business impact analysis should be carried out.", "Complete a business impact analysis to identify critical activities and recovery times.", "Resilience Manager", "31/03/2025", "", "Amber", "BIA workshops held with five directorates; two outstanding."],
        ["25-01.1", "25-01 Risk Management", "Moderate", "Medium", "The risk appetite statement should be reviewed annually.", "Refresh the risk appetite statement and present it to the Board for approval.", "Head of Risk and Assurance", "30/06/2025", "", "Not started", "Scheduled for the Board strategy day in June 2025."],
    ]
    with open(os.path.join(OUT, "dn1-ofwat-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f); w.writerow(hdr); w.writerows(rows)

# ---------------------------------------------------------------- 7 St Ronan's College ETI txt
def stronans():
    L = []
    L.append("St Ronan's College, Lurgan – Action Plan following ETI Inspection (January 2024)")
    L.append("Progress report to the Board of Governors, June 2024")
    L.append("")
    L.append("The Education and Training Inspectorate identified three areas for improvement. The actions below were agreed by the")
    L.append("Senior Leadership Team and are reviewed each term. Each action has a lead, a timescale and a RAG rating.")
    L.append("")
    afis = [
        ("Area for Improvement 1: To improve the consistency with which assessment information is used to plan learning that meets the needs of all pupils.", [
            ("1.1", "Train all heads of department in using the school's tracking data to identify pupils who are underachieving.", "Vice-Principal (Curriculum)", "October 2024", "Green", "Training delivered at the March staff development day; follow-up department meetings held in May."),
            ("1.2", "Introduce a shared lesson-planning template that shows how tasks are adapted for pupils with special educational needs.", "SENCo / Head of Teaching & Learning", "December 2024", "Amber", "Template drafted and trialled in English and Science. Wider roll-out delayed until September."),
            ("1.3", "Carry out paired lesson observations focused on differentiation, with feedback to staff.", "Senior Leadership Team", "Ongoing", "Green", "Twelve paired observations completed this term."),
        ]),
        ("Area for Improvement 2: To develop further the pastoral care arrangements so that all pupils know how to report a concern about their wellbeing.", [
            ("2.1", "Review the pastoral structure and appoint a Head of Year for each year group.", "Principal", "31 August 2024", "Complete", "Appointments made in May; Heads of Year in post from 1 September 2024."),
            ("2.2", "Deliver assemblies and form-class sessions on how to raise a concern, including the online reporting tool.", "Designated Teacher for Child Protection", "By end of June 2024", "Complete", "All year groups covered by 14 June."),
            ("2.3", "Survey pupils' views on safeguarding and wellbeing and report the findings to governors.", "Deputy Designated Teacher", "November 2024", "Not started", "Survey to run in October."),
        ]),
        ("Area for Improvement 3: To improve the attendance of pupils in Key Stage 4.", [
            ("3.1", "Work with the Education Welfare Service to put individual attendance plans in place for pupils whose attendance is below 85%.", "Head of Key Stage 4 / EWO", "January 2025", "Red", "Plans in place for 14 of 31 pupils. EWO time allocated to the school has been reduced this year, so progress is slower than planned."),
        ]),
    ]
    for head, acts in afis:
        L.append(head)
        L.append("-" * 60)
        for ref, act, lead, when, rag, prog in acts:
            L.append(f"{ref}  Action:    {act}")
            L.append(f"     Lead:      {lead}")
            L.append(f"     Timescale: {when}")
            L.append(f"     RAG:       {rag}")
            L.append(f"     Progress:  {prog}")
            L.append("")
        L.append("")
    L.append("RAG key: Complete = action achieved; Green = on track; Amber = some slippage; Red = significant concern; Not started")
    with open(os.path.join(OUT, "dn1-st-ronans-college-lurgan-eti-inspection-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")

if __name__ == "__main__":
    hartlepool(); avon(); midcheshire(); stirling(); hiw(); ofwat(); stronans()
