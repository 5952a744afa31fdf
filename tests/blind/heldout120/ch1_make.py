"""Generator for the ch1- cases of heldout120."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(HERE, n)

GREEN = PatternFill("solid", fgColor="00B050")
AMBER = PatternFill("solid", fgColor="FFC000")
RED = PatternFill("solid", fgColor="FF0000")
BLUE = PatternFill("solid", fgColor="0070C0")
HEAD = PatternFill("solid", fgColor="1F3864")
GREY = PatternFill("solid", fgColor="D9D9D9")
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1 LJMU PIAP
def ljmu():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "Liverpool John Moores University – Apprenticeship Provision: Post-Inspection Action Plan (PIAP)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted full inspection 14–17 March 2023 (overall effectiveness: Good). Progress update for Apprenticeship Quality Board, 30 June 2023."
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for improvement (Ofsted report)", "Action", "Lead", "Target date", "Progress update (June 2023)", "RAG"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = Font(bold=True, color="FFFFFF"); x.fill = HEAD; x.border = BOX; x.alignment = WRAP
    afi1 = "1. Leaders should ensure that governors receive sufficiently detailed information about the progress apprentices make, so that they can challenge leaders effectively."
    afi2 = "2. Leaders should ensure that all apprentices receive their entitlement to off-the-job training and that it is accurately recorded."
    afi3 = "3. Leaders should make sure that apprentices receive impartial careers advice and guidance that helps them plan their next steps."
    rows = [
        ("1.1", afi1, "Introduce a termly apprenticeship performance report to the Education Committee of the Board of Governors, including achievement, progress against planned end dates and break-in-learning data by standard.", "Director of Apprenticeships", dt.date(2023, 7, 31), "First report drafted and presented to Education Committee on 21 June 2023. Format agreed with the committee chair.", "Complete"),
        ("1.2", None, "Appoint a link governor for apprenticeships and schedule two deep-dive visits per year.", "University Secretary", dt.date(2023, 10, 31), "Link governor identified; terms of reference going to Board in July.", "G"),
        ("1.3", None, "Develop a Power BI dashboard giving faculty leads live data on apprentice progress and withdrawals.", "Head of Planning / Head of Apprenticeship Quality", dt.date(2023, 12, 31), "Data extract from SITS delayed by system upgrade; build now expected to start September.", "A"),
        (None, None, None, None, None, None, None),
        ("2.1", afi2, "Review all apprentices' training plans to confirm the planned off-the-job hours meet the minimum requirement.", "SB/KM", dt.date(2023, 9, 30), "Review of 412 of 640 training plans complete; 23 plans amended and re-signed with employers.", "G"),
        ("2.2", None, "Move recording of off-the-job training onto the e-portfolio so that hours are logged and checked at each progress review.", "Head of Apprenticeship Quality", dt.date(2024, 1, 31), "Pilot in Nursing Associate and Police Constable Degree Apprenticeships from September.", "G"),
        (None, None, None, None, None, None, None),
        ("3.1", afi3, "Commission the Careers Team to deliver a careers session in the final year of every apprenticeship standard.", "Head of Careers and Employability", "Ongoing", "Sessions run for Chartered Manager apprentices in May; timetable for 2023/24 in preparation.", "G"),
        ("3.2", None, "Add a careers and next-steps discussion to the tripartite progress review template.", "Director of Apprenticeships", dt.date(2023, 9, 30), "Template revised; not yet issued to skills coaches.", "A"),
    ]
    r = 5
    start = {}
    for row in rows:
        for c, v in enumerate(row, 1):
            x = ws.cell(r, c, v); x.alignment = WRAP; x.border = BOX
            if c == 5 and isinstance(v, dt.date):
                x.number_format = "mmm-yy"
        rag = row[6]
        if rag:
            ws.cell(r, 7).fill = {"Complete": BLUE, "G": GREEN, "A": AMBER, "R": RED}[rag]
            if rag == "Complete": ws.cell(r, 7).font = Font(color="FFFFFF")
        r += 1
    # merge area-for-improvement cells down over their actions
    ws.merge_cells("B5:B7"); ws.merge_cells("B9:B10"); ws.merge_cells("B12:B13")
    ws.cell(15, 1, "RAG key:").font = Font(bold=True)
    ws.cell(16, 1, "Complete"); ws.cell(16, 1).fill = BLUE; ws.cell(16, 2, "Action fully implemented and impact being monitored")
    ws.cell(17, 1, "G"); ws.cell(17, 1).fill = GREEN; ws.cell(17, 2, "On track to meet target date")
    ws.cell(18, 1, "A"); ws.cell(18, 1).fill = AMBER; ws.cell(18, 2, "Some slippage; mitigation in place")
    ws.cell(19, 1, "R"); ws.cell(19, 1).fill = RED; ws.cell(19, 2, "Off track; escalated to PVC Education")
    for col, w in zip("ABCDEFG", [7, 45, 55, 24, 12, 50, 10]):
        ws.column_dimensions[col].width = w
    wb.save(P("ch1-liverpool-john-moores-university-ofsted-apprenticeships-piap.xlsx"))

# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs: run.bold = True

# ---------------------------------------------------------------- 2 Ulster QAA
def ulster():
    d = Document()
    d.add_heading("Ulster University – QAA Quality Review Visit: Action Plan", 0)
    d.add_paragraph("This action plan responds to the recommendations made by the Quality Assurance Agency for Higher "
                    "Education following its Quality Review Visit to Ulster University in February 2019. It is monitored "
                    "by the Learning and Teaching Committee and reported to Senate each term.")
    t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Document owner", "Academic Registrar"), ("Version", "v1.3"),
                                 ("Last updated", "14 January 2020"), ("Approved by", "Senate, 5 February 2020")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    d.add_paragraph("")
    hdr = ["No.", "Recommendation", "Action", "Responsibility", "Timescale", "Progress to date", "Status"]
    t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
    for i, h in enumerate(hdr): t.rows[0].cells[i].text = h
    bold_row(t.rows[0])
    for c in t.rows[0].cells: shade(c, "BDD7EE")
    def section(text):
        row = t.add_row(); m = row.cells[0].merge(row.cells[6]); m.text = text
        bold_row(row); shade(m, "D9D9D9")
    def rec_rows(rec, items):
        first = None
        for i, it in enumerate(items):
            row = t.add_row()
            cells = row.cells
            cells[0].text = it[0]
            if i == 0: cells[1].text = rec; first = cells[1]
            cells[2].text = it[1]; cells[3].text = it[2]; cells[4].text = it[3]; cells[5].text = it[4]; cells[6].text = it[5]
            last = cells[1]
        if len(items) > 1:
            first.merge(last)
    section("Area 1: Academic governance")
    rec_rows("Strengthen the oversight by Senate of the outcomes of annual subject monitoring, so that institution-wide themes are identified and acted upon.", [
        ("1.1", "Introduce an annual institutional overview report of subject monitoring outcomes to Senate.", "Academic Registrar", "December 2019", "Report presented to Senate in November 2019 and themes referred to faculties.", "Completed"),
        ("1.2", "Revise the faculty annual monitoring template to require a section on actions carried forward from the previous year.", "Head of Academic Quality / Faculty Associate Deans (Education)", "April 2020 (revised from January 2020)", "Template drafted; consultation with faculties extended to allow alignment with the new TEF metrics.", "Amber – delayed"),
    ])
    rec_rows("Ensure that the operation of the University's partnership arrangements with collaborative partners is consistently monitored.", [
        ("1.3", "Complete the review of all collaborative partnership agreements and record the outcome in the Partnerships Register.", "Director of Partnerships", "By 31 March 2020", "32 of 41 agreements reviewed; remainder scheduled for February.", "On track"),
    ])
    section("Area 2: Student engagement")
    rec_rows("Develop a more systematic approach to closing the feedback loop with students on actions taken in response to their views.", [
        ("2.1", "Agree with the Students' Union a 'You said, we did' framework for use in every school.", "PVC Education and Students' Union President", "Ongoing", "Framework agreed; rolled out in Semester 1. Impact to be reviewed each term with the Students' Union.", "On track"),
        ("2.2", "Include student representatives on every periodic review panel.", "Academic Registrar", "September 2019", "In place for all 2019/20 reviews.", "Completed"),
        ("2.3", "Publish a summary of NSS actions on each course's Blackboard site.", "Heads of School", "June 2020", "Not yet started; guidance for Heads of School being prepared.", "Not started"),
    ])
    d.add_paragraph("")
    d.add_paragraph("Status: Completed – action complete; On track – progressing to timescale; Amber – delayed but expected to be achieved; Red – at risk.")
    d.save(P("ch1-ulster-university-qaa-quality-review-visit-action-plan.docx"))

# ---------------------------------------------------------------- 3 SDS CSV
def sds():
    rows = [
        ["Skills Development Scotland - Internal Audit Recommendations Tracker - Audit and Risk Committee 27 February 2024"] + [""] * 10,
        [""] * 11,
        ["Audit Report", "Audit Year", "Rec No", "Priority", "Recommendation", "Management Response / Agreed Action", "Action Owner", "Original Target Date", "Revised Target Date", "Status", "Update (February 2024)"],
        ["Payroll", "2022/23", "1", "Medium", "Overtime claims should be authorised by the budget holder before submission to Payroll.", "The overtime claim form will be amended to require budget holder approval and Payroll will reject unauthorised claims.", "HR Operations Manager; Payroll Manager", "30/06/2023", "", "Complete", "New form in use from 1 June 2023. Sample testing in November found no exceptions."],
        ["Payroll", "2022/23", "2", "Low", "Starters and leavers reports should be reconciled to the payroll each month and the reconciliation evidenced.", "A monthly reconciliation will be introduced and signed off by the Payroll Manager.", "Payroll Manager", "31/07/2023", "31/03/2024", "Amber", "Reconciliation in place but evidence of sign-off incomplete for two months; revised date agreed with Internal Audit."],
        ["Cyber Security", "2023/24", "1", "High", "SDS should complete its disaster recovery test for core systems and document lessons learned.", "A full disaster recovery test will be scheduled and the results reported to the Digital Board.", "Head of Digital Services", "31/12/2023", "30/04/2024", "Red", "Test postponed twice due to supplier availability. Escalated to Director of Finance and Corporate Services."],
        ["Cyber Security", "2023/24", "2", "Medium", "Privileged user accounts should be reviewed quarterly.", "Quarterly review of privileged accounts will be added to the IT controls calendar.", "Information Security Manager", "31/03/2024", "", "On track", "First quarterly review completed in January 2024; 6 accounts removed."],
        ["Procurement", "2023/24", "1", "Medium", "Contract waivers should be reported to the Executive Leadership Team with reasons.", "A six-monthly waiver report will be presented to ELT.", "Head of Procurement", "30/09/2024", "", "On track", "Report template agreed; first report due September 2024."],
        ["Procurement", "2023/24", "2", "Low", "The contracts register should record the contract manager for every live contract.", "Contract managers will be confirmed for all live contracts and the register updated.", "Director of Finance and Corporate Services", "31/01/2024", "", "Complete", "Register updated; all 184 live contracts now show a named contract manager."],
    ]
    with open(P("ch1-skills-development-scotland-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- 4 NHS Western Isles TXT
def western_isles():
    L = []
    L.append("NHS Western Isles - Improvement Action Plan: Safe Delivery of Care Inspection, Western Isles Hospital")
    L.append("Healthcare Improvement Scotland unannounced inspection, 23-25 April 2024. Updated 2 September 2024.")
    L.append("")
    L.append("\t".join(["No.", "Requirement / Recommendation", "Action planned", "Responsible person", "Timescale", "Progress", "Status"]))
    def row(*cols): L.append("\t".join(cols))
    row("Domain 2 - Leadership and culture", "", "", "", "", "", "")
    row("1", "The NHS board must ensure that staff have the necessary skills and training to carry out their role, including mandatory training.", "Ward managers to review mandatory training compliance for each member of staff at monthly 1:1s and agree dates to complete.", "Senior Charge Nurses", "31/08/2024", "Compliance on wards 2 and 3 has risen from 71% to 86%.", "Green")
    row("", "", "Provide protected time for staff to complete eLearning modules through the rostering system.", "Associate Nurse Director", "30/09/2024", "Protected time built into the September roster.", "Green")
    row("Domain 4.1 - Pathways, procedures and policies", "", "", "", "", "", "")
    row("2", "The NHS board must ensure that patient care documentation, including fluid balance charts, is accurately completed.", "Introduce a weekly documentation audit on all inpatient wards with results displayed on the ward safety board.", "Senior Charge Nurses", "Ongoing", "Weekly audit in place since June. Results reviewed at the Clinical Governance Group.", "Green")
    row("", "", "Deliver refresher training on fluid balance recording to all registered nurses and healthcare support workers.", "Clinical Nurse Educator", "31/10/2024", "Sessions booked but two postponed due to staffing; 48% attended so far.", "Amber")
    row("3", "The NHS board must ensure that all medicines are stored securely.", "Replace the treatment room door locks on Ward 3 with keypad locks.", "Estates Manager", "31/07/2024", "Locks fitted 12 July 2024.", "Complete")
    row("Domain 4.3 - Workforce planning", "", "", "", "", "", "")
    row("4", "The NHS board should ensure that the safe staffing escalation process is understood by all staff.", "Include the real-time staffing escalation process in the ward induction pack and brief all existing staff at safety huddles.", "Head of Nursing / Workforce Lead", "Sept 2024 - Dec 2024", "Induction pack updated. Huddle briefings not yet started.", "Amber")
    row("5", "The NHS board should ensure that vacancies are recorded and reported through the board's workforce tool.", "Set up a monthly vacancy report from the eRostering system to the Staff Governance Committee.", "Workforce Lead", "Q4 2024/25", "", "Not started")
    L.append("")
    L.append("Status key: Complete / Green = on track / Amber = at risk of delay / Red = not achieved by timescale / Not started")
    with open(P("ch1-nhs-western-isles-his-western-isles-hospital-sdoc-improvement-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")

# ---------------------------------------------------------------- 5 Ceredigion CIW adults docx
def ceredigion():
    d = Document()
    d.add_heading("Ceredigion County Council – Adult Services: CIW Performance Evaluation Inspection Action Plan", 1)
    d.add_paragraph("CIW carried out a performance evaluation inspection of adult services in June 2023. The report "
                    "identified strengths and areas for improvement under each of the four principles of the Social "
                    "Services and Well-being (Wales) Act 2014. This plan sets out how we will respond. Progress is "
                    "reported to the Healthier Communities Overview and Scrutiny Committee every six months.")
    def principle(name, afis):
        d.add_heading(name, 2)
        for n, (afi, acts) in enumerate(afis, 1):
            p = d.add_paragraph(); r = p.add_run("Area for improvement"); r.bold = True
            d.add_paragraph(afi)
            t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
            for i, h in enumerate(["Action", "Lead", "By when", "RAG"]): t.rows[0].cells[i].text = h
            bold_row(t.rows[0])
            for a, lead, when, rag in acts:
                c = t.add_row().cells
                c[0].text = a; c[1].text = lead; c[2].text = when
                if rag:
                    c[3].text = rag[0]
                    shade(c[3], {"G": "00B050", "A": "FFC000", "R": "FF0000", "B": "0070C0"}[rag[0]])
            d.add_paragraph("")
    principle("People – voice and choice", [
        ("Practitioners should consistently record what matters to people and the outcomes they want to achieve.", [
            ("Deliver 'what matters' conversation training to all social workers and care coordinators.", "Corporate Manager – Workforce Development", "March 2024", "G"),
            ("Amend the assessment template in WCCIS so that personal outcomes are a mandatory field.", "Systems Team Leader", "Dec-23", "B"),
        ]),
        ("Carers should be routinely offered a carer's needs assessment.", [
            ("Re-launch the carers' assessment offer with Carers Trust Wales and publish information in Welsh and English.", "Corporate Lead Officer: Porth Cynnal", "Sept 2023 – March 2024", "A"),
        ]),
    ])
    principle("Prevention", [
        ("The local authority should reduce waiting times for occupational therapy assessments.", [
            ("Recruit two additional occupational therapists on fixed-term contracts.", "Corporate Lead Officer: Porth Cymorth Cynnar", "Q2 2024/25", "A"),
            ("Introduce a trusted assessor model for simple equipment with the Hywel Dda UHB community team.", "Service Manager (Reablement/OT)", "Ongoing", None),
        ]),
    ])
    principle("Partnerships and integration", [
        ("Partners should improve the timeliness of hospital discharge for people needing domiciliary care.", [
            ("Hold weekly joint discharge meetings with Bronglais Hospital and domiciliary care providers.", "Statutory Director of Social Services and Head of Nursing, Bronglais", "October 2023", "G"),
        ]),
    ])
    d.add_paragraph("RAG: B – complete; G – on track; A – some delay; R – significant concern. Blank – not yet started.")
    d.save(P("ch1-ceredigion-ciw-adult-services-performance-evaluation-action-plan.docx"))

# ---------------------------------------------------------------- 6 NIHE NIAO xlsx
def nihe():
    wb = Workbook(); ws = wb.active; ws.title = "NIAO Recs"
    ws["A1"] = "Northern Ireland Housing Executive – NIAO Report 'Supporting People' (November 2015): Action Plan"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Progress report to Audit and Risk Assurance Committee, March 2017"
    ws["A2"].font = Font(bold=True)
    ws.merge_cells("A4:C4"); ws["A4"] = "NIAO Report"
    ws.merge_cells("D4:H4"); ws["D4"] = "NIHE Response and Progress"
    for c in ("A4", "D4"):
        ws[c].font = Font(bold=True); ws[c].fill = GREY; ws[c].alignment = Alignment(horizontal="center")
    hdr = ["Rec No", "Recommendation", "Para", "Action", "Responsible Officer", "Target Date", "Revised Target Date", "Status"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(5, c, h); x.font = Font(bold=True); x.fill = GREY; x.border = BOX; x.alignment = WRAP
    r1 = "The Housing Executive should review the Supporting People funding model so that funding follows assessed need."
    r2 = "Contract monitoring of providers should be strengthened and outcomes for service users reported."
    r3 = "The Housing Executive should publish a three-year Supporting People strategy with clear performance targets."
    data = [
        ("1", r1, "2.14", "Commission a needs-based review of all Supporting People services across the five regions.", "Assistant Director, Supporting People", dt.date(2016, 9, 30), None, GREEN),
        (None, None, None, "Develop a revised funding model and consult providers and the Department for Communities.", "Assistant Director, Supporting People", dt.date(2017, 3, 31), dt.date(2017, 9, 30), AMBER),
        ("2", r2, "3.9", "Introduce a standard Quality Assessment Framework visit to every provider at least every three years.", "Head of Contract Management", dt.date(2016, 12, 31), None, GREEN),
        (None, None, None, "Collect outcomes data from all providers quarterly and report to the Supporting People Strategic Advisory Board.", "Head of Contract Management / Head of Research", dt.date(2017, 6, 30), None, AMBER),
        ("3", r3, "4.5", "Draft the Supporting People Strategy 2017-2020 for public consultation.", "Director of Regional Services", dt.date(2016, 11, 30), dt.date(2017, 2, 28), GREEN),
        (None, None, None, "Agree performance targets for the strategy with the Department for Communities.", "Director of Regional Services", dt.date(2017, 5, 31), None, RED),
    ]
    r = 6
    for row in data:
        for c, v in enumerate(row[:7], 1):
            x = ws.cell(r, c, v); x.alignment = WRAP; x.border = BOX
            if c in (6, 7) and isinstance(v, dt.date): x.number_format = "dd/mm/yyyy"
        s = ws.cell(r, 8); s.fill = row[7]; s.border = BOX
        r += 1
    for a, b in (("A6", "A7"), ("B6", "B7"), ("C6", "C7"), ("A8", "A9"), ("B8", "B9"), ("C8", "C9"), ("A10", "A11"), ("B10", "B11"), ("C10", "C11")):
        ws.merge_cells(f"{a}:{b}")
    ws["A13"] = "Key"; ws["A13"].font = Font(bold=True)
    ws["A14"].fill = GREEN; ws["B14"] = "Green – action completed"
    ws["A15"].fill = AMBER; ws["B15"] = "Amber – in progress"
    ws["A16"].fill = RED; ws["B16"] = "Red – behind target / not started"
    for col, w in zip("ABCDEFGH", [8, 45, 6, 50, 28, 13, 13, 9]):
        ws.column_dimensions[col].width = w
    wb.save(P("ch1-nihe-niao-supporting-people-recommendations-action-plan.xlsx"))

# ---------------------------------------------------------------- 7 WMAS CQC refuse
def wmas():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "West Midlands Ambulance Service University NHS Foundation Trust – CQC Must Do / Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Inspection of Emergency Operations Centres (report published August 2023)"
    ws["A2"].font = Font(bold=True)
    hdr = ["Ref", "CQC finding", "Action", "Lead", "Due date", "Update (January 2024)", "Status"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = Font(bold=True, color="FFFFFF"); x.fill = HEAD; x.border = BOX; x.alignment = WRAP
    rows = [
        ("MUST DO",),
        ("MD1", "The trust must ensure that calls are answered in line with national standards.", "Recruit to the funded establishment of emergency medical dispatchers and run three training cohorts.", "Director of Integrated Emergency and Urgent Care", "March 2024", "Two cohorts complete; 41 new EMDs in post.", "On track"),
        ("MD2", "The trust must ensure that all staff complete safeguarding level 3 training.", "Schedule safeguarding level 3 training for all clinical call handlers.", "Head of Safeguarding", "Dec-23", "Compliance 93% against 90% target.", "Complete"),
        ("MD3", "The trust must ensure that patients waiting for an ambulance are re-triaged in line with policy.", "Introduce a dedicated welfare call desk staffed at peak times.", "EOC Clinical Lead", "Jnue 2024", "Desk staffing model agreed; recruitment under way.", "Amber"),
        ("SHOULD DO",),
        ("SD1", "The trust should ensure that staff receive regular supervision.", "Set up monthly supervision sessions for all call handlers and record them on ESR.", "EOC Managers", "April 2024", "Sessions started in both EOCs; recording on ESR from February.", "On track"),
        ("SD2", "The trust should continue to improve staff wellbeing support in the EOC.", "Provide a quiet room and access to the wellbeing team on every shift.", "Head of Wellbeing", "Ongoing", "Quiet room open at Brierley Hill; Stafford room being refitted.", "Amber"),
    ]
    r = 5
    for row in rows:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = Font(bold=True); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).fill = GREY
        else:
            for c, v in enumerate(row, 1):
                x = ws.cell(r, c, v); x.alignment = WRAP; x.border = BOX
            ws.cell(r, 7).fill = {"On track": GREEN, "Complete": BLUE, "Amber": AMBER}[row[6]]
        r += 1
    for col, w in zip("ABCDEFG", [7, 45, 50, 30, 12, 45, 11]):
        ws.column_dimensions[col].width = w
    wb.save(P("ch1-west-midlands-ambulance-cqc-eoc-must-should-do-action-plan-typo-month-refuse.xlsx"))

if __name__ == "__main__":
    ljmu(); ulster(); sds(); western_isles(); ceredigion(); nihe(); wmas()
