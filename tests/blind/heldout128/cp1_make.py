"""Generator for the cp1- cases of heldout128 (seven improvement-plan documents)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def fill(hexc): return PatternFill("solid", start_color=hexc, end_color=hexc)
RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "92D050", "5B9BD5", "D9D9D9"


# ---------------------------------------------------------------- 1 HMP Wandsworth (xlsx)
def hmp_wandsworth():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Action Plan: HMP Wandsworth"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Action Plan Submitted: 12 November 2024"
    ws["A3"] = "A Response to the HMIP Inspection: 8 – 18 April 2024"
    ws["A4"] = "Report Published: 20 August 2024"
    hdr = ["No.", "Concern", "Accepted / Partially accepted / Not accepted",
           "Action taken / planned", "Responsible owner", "Target date"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(6, c, h); cell.font = BOLD; cell.fill = fill("1F3864")
        cell.font = Font(bold=True, color="FFFFFF"); cell.alignment = WRAP; cell.border = BOX
    rows = [
        ("Priority concerns",),
        (1, "Leaders had not done enough to reduce the high number of self-harm incidents, and too many prisoners at risk of self-harm did not receive good-quality case management.",
         "Accepted",
         "Safer custody team to quality assure 10% of open ACCT documents each week and feed back to case managers.\nACCT case manager refresher training to be delivered to all band 4 supervising officers.",
         "Head of Safety", D(2025, 3, 31)),
        (2, "Too many prisoners were locked in their cells for most of the day, and the regime was frequently curtailed at short notice.",
         "Partially accepted",
         "Regime review to be completed to increase time out of cell for unemployed prisoners, within the constraints of current staffing levels.",
         "Deputy Governor", "June 2025"),
        (3, "Illicit drugs were too readily available and the positive random drug testing rate was very high.",
         "Accepted",
         "Drug strategy refreshed and agreed at the security committee; additional intelligence-led cell searching on A and B wings.",
         "Head of Security", D(2024, 11, 30)),
        ("Key concerns",),
        (4, "Purposeful activity places were not fully used, and too many prisoners were unemployed.",
         "Accepted",
         "Allocations to be reviewed daily by the Activities Hub so that all available places are filled.",
         "Head of Reducing Reoffending / Head of Education, Skills and Work", D(2025, 1, 31)),
        (5, "The prison was dirty and many cells had broken furniture and windows.",
         "Accepted",
         "Wing cleaning schedules re-launched with weekly checks by residential managers.\nFurniture replacement bid submitted to Gov Facility Services Ltd (GFSL).",
         "Head of Residence", "Ongoing"),
        (6, "Prisoners waited too long for routine mental health assessments.",
         "Accepted",
         "Healthcare provider to recruit two additional mental health nurses and introduce a daily triage list.",
         "Head of Healthcare (Practice Plus Group)", D(2025, 2, 28)),
        (7, "Work to manage the risk of harm posed by prisoners being released was not effective enough.",
         "Accepted",
         "OMU to introduce monthly case audits of risk management plans for high-risk releases.\nPublic protection meeting minutes to be reviewed by the Head of OMU.",
         "Head of Offender Management Delivery", D(2025, 3, 31)),
        (8, "Use of force was not always well governed, and too much body-worn video footage was not retained.",
         "Accepted",
         "Body-worn video docking compliance checks added to the daily briefing; use of force committee to review 10 incidents each month.",
         "Head of Operations", D(2024, 12, 31)),
    ]
    r = 7
    for row in rows:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = BOLD
            for c in range(1, 7): ws.cell(r, c).fill = fill(GREY); ws.cell(r, c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            for c, v in enumerate(row, 1):
                cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
                if isinstance(v, dt.datetime): cell.number_format = "dd/mm/yyyy"
        r += 1
    ws.cell(r + 1, 1, "Note: actions against target dates will be monitored monthly at the Senior Leadership Team meeting.")
    for col, w in zip("ABCDEF", (6, 50, 18, 60, 28, 14)): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "cp1-hmp-wandsworth-hmip-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexc):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexc)
    tcPr.append(shd)

def table(doc, header, rows, fills=None):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = ""
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
        shade(t.rows[0].cells[i], "D9E2F3")
    for k, row in enumerate(rows):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
        if fills and fills[k]:
            shade(cells[len(header) - 1], fills[k])
    return t


# ---------------------------------------------------------------- 2 City of Bristol College (docx)
def bristol_college():
    doc = Document()
    doc.add_heading("City of Bristol College: Post-Inspection Action Plan", 0)
    doc.add_paragraph("Ofsted inspection: 23–26 January 2024. Plan approved by the Corporation: 21 March 2024. Progress position: January 2025.")
    doc.add_paragraph("Document control").runs[0].bold = True
    table(doc, ["Version", "Date", "Author", "Changes"], [
        ["1.0", "21/03/2024", "Director of Quality", "Approved by Corporation"],
        ["1.3", "14/01/2025", "Director of Quality", "Progress and RAG updated for Quality and Standards Committee"],
    ])
    doc.add_paragraph("")
    doc.add_paragraph("This plan sets out the actions the college is taking in response to the areas for improvement "
                      "identified in the Ofsted report. Progress is reviewed monthly by the Senior Leadership Team and "
                      "reported termly to the Quality and Standards Committee.")
    hdr = ["Ref", "Action", "Lead", "Timescale", "Impact measure", "RAG (Jan 2025)"]
    afis = [
        ("Area for improvement 1: Leaders and managers should ensure that teachers of adult learners use assessment effectively to check what learners know and can remember.", [
            ["1.1", "Deliver CPD on questioning and retrieval practice to all adult teaching staff through the Teaching and Learning Academy.", "Head of Teaching, Learning and Assessment", "Spring term 2024", "All adult teachers complete CPD; learning walks show effective questioning in 80% of sessions.", "Complete"],
            ["1.2", "Introduce learning walks focused on assessment in adult ESOL and Access to HE courses, with feedback to teachers within five working days.", "VP Adults & Community", "Summer term 2024", "Learning walk schedule in place; themes reported to SLT.", "Green"],
            ["1.3", "Review adult course assessment schedules at curriculum performance reviews.", "Curriculum Directors", "Termly", "Assessment schedules in place for all adult courses.", "Green"],
        ]),
        ("Area for improvement 2: Leaders should ensure that more apprentices complete their apprenticeship within the planned time.", [
            ["2.1", "Hold monthly caseload reviews of all apprentices past their planned end date, with an individual recovery plan for each.", "Head of Apprenticeships", "Monthly", "Number of apprentices past planned end date reduced by half.", "Amber"],
            ["2.2", "Recruit two additional skills coaches for construction and engineering apprenticeships.", "HR Business Partner / Head of Apprenticeships", "31/07/2024", "Caseloads no higher than 45 apprentices per coach.", "Complete"],
            ["2.3", "Improve employer involvement in progress reviews so that employers attend at least 90% of reviews.", "AM/JT", "Dec 2024", "Employer attendance at reviews of 90% or more.", "Red"],
        ]),
        ("Area for improvement 3: Leaders should ensure that learners with high needs receive the support identified in their EHC plans in all lessons.", [
            ["3.1", "Deploy learning support assistants from a central timetable matched to EHC plan outcomes.", "Head of Inclusive Learning", "September 2024", "All high needs learners receive in-class support as set out in their plans.", "Green"],
            ["3.2", "Train all teachers of high needs learners in setting and reviewing individual learning targets linked to EHC plan outcomes.", "Head of Inclusive Learning", "Autumn term 2024", "Targets in 95% of ILPs linked to EHC outcomes at audit.", "Amber"],
        ]),
    ]
    for head, rows in afis:
        doc.add_heading(head, 2)
        table(doc, hdr, rows)
        doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete – action completed and impact evidenced; Green – on track; Amber – some delay, recovery plan in place; Red – off track.")
    doc.save(os.path.join(OUT, "cp1-city-of-bristol-college-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 3 Ofqual (csv)
def ofqual():
    hdr = ["Audit", "Rec Ref", "Priority", "Recommendation", "Agreed Management Action", "Action Owner",
           "Original Due Date", "Revised Due Date", "RAG", "Update"]
    rows = [
        ["Cyber Security (2023/24)", "CS1", "High", "Ofqual should ensure that privileged access accounts are reviewed at least quarterly.",
         "A quarterly privileged access review will be introduced and evidence retained by the IT Service Desk.",
         "Chief Information Officer", "31/03/2024", "30/06/2024", "Blue",
         "Review process in place; first two quarterly reviews completed and evidence provided to GIAA."],
        ["", "CS2", "Medium", "Ofqual should test its IT disaster recovery plan at least annually.",
         "A disaster recovery test will be scheduled and lessons learned reported to the Digital Board.",
         "Chief Information Officer", "30/06/2024", "31/12/2024", "Amber",
         "Test postponed because of the change of hosting supplier; now booked for November."],
        ["Contract Management (2023/24)", "CM1", "Medium", "The contract register should record a named contract manager and review date for every contract.",
         "The contract register will be updated to include named contract managers and review dates for all contracts over £10k.",
         "Head of Commercial", "31/10/2024", "", "Green", "On track - register 80% complete."],
        ["", "CM2", "Low", "Performance meetings with key suppliers should be minuted and actions tracked.",
         "Quarterly performance meetings with the top 10 suppliers, with minutes and an action log held on SharePoint.",
         "Head of Commercial", "Q3 2024/25", "", "Green", "Meetings held with 7 of 10 suppliers so far."],
        ["Business Continuity (2024/25)", "BC1", "High", "The Business Continuity Plan should be updated and tested through an exercise involving the Executive Team.",
         "The BCP will be updated and a tabletop exercise run with Executive Directors.",
         "Director of Finance and Corporate Services", "30/09/2024", "", "Red",
         "Exercise not yet held. Updated BCP drafted and awaiting sign-off by the Executive Team."],
        ["", "BC2", "Medium", "Business impact analyses should be completed for all directorates.",
         "All directorates to complete business impact analyses using the new template.",
         "Business Continuity Manager", "31/08/2024", "", "Blue", "All BIAs received and reviewed."],
        ["Payroll (2024/25)", "PY1", "Low", "Payroll exception reports should be reviewed and evidenced each month.",
         "The monthly payroll exception report will be reviewed and signed off by the Finance Business Partner.",
         "Finance Business Partner", "31/07/2024", "", "Blue", "Implemented from the June payroll."],
    ]
    with open(os.path.join(OUT, "cp1-ofqual-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Ofqual - Internal Audit Recommendations Tracker - Audit and Risk Assurance Committee 15 October 2024"] + [""] * 9)
        w.writerow([""] * 10)
        w.writerow(hdr)
        for r in rows: w.writerow(r)
        w.writerow([""] * 10)
        w.writerow(["RAG: Blue = implemented; Green = on track; Amber = revised date agreed; Red = overdue"] + [""] * 9)


# ---------------------------------------------------------------- 4 Falkirk ASP (txt, tab-separated)
def falkirk():
    L = []
    L.append("Falkirk Adult Protection Committee – Joint Inspection of Adult Support and Protection: Improvement Plan")
    L.append("Last updated: February 2025")
    L.append("")
    L.append("Ref\tAction\tLead\tTimescale\tProgress update\tRAG")
    L.append("")
    L.append("Area for improvement 1: The quality of chronologies was variable and too few were of a good standard.")
    L.append("1.1\tRevise the multi-agency chronology guidance and template in line with the Care Inspectorate practice guide.\tASP Lead Officer\tDec-24\tGuidance revised and approved by the APC in December.\tComplete")
    L.append("1.2\tDeliver chronology training to all council officers and health staff undertaking ASP work.\tLearning and Development Manager\tMar-25\tFour sessions delivered; 62 staff attended. Further dates set for March.\tGreen")
    L.append("")
    L.append("Area for improvement 2: Risk assessments and protection plans were not consistently completed for adults at risk of harm.")
    L.append("2.1\tIntroduce a single ASP risk assessment and protection plan template across social work and health.\tService Manager (Adult Social Work)\t31/03/2025\tTemplate drafted and being tested by the east locality team.\tAmber")
    L.append("2.2\tAudit 20 case files each quarter against the new template and report findings to the APC.\tASP Lead Officer / Senior Nurse Adult Protection\tQuarterly\tFirst audit scheduled for April 2025.\tNot started")
    L.append("")
    L.append("Area for improvement 3: Health colleagues were not routinely involved in inquiries, investigations and case conferences.")
    L.append("3.1\tEnsure that relevant health professionals are invited to, and attend, all ASP case conferences.\tHead of Integration\tQ1 2025/26\tAttendance monitored monthly; 71% in Q3.\tAmber")
    L.append("3.2\tAgree a protocol with Police Scotland Forth Valley Division for joint investigations under ASP.\tChief Social Work Officer\tJune 2025\tDraft protocol shared with Police Scotland for comment.\tGreen")
    L.append("")
    L.append("Area for improvement 4: Strategic leaders should strengthen quality assurance and self-evaluation of adult support and protection work.")
    L.append("4.1\tDevelop an APC self-evaluation framework and an annual multi-agency case file audit programme.\tAPC Independent Convener\tSept 2025\tFramework agreed in principle at the January APC development session.\tGreen")
    L.append("")
    L.append("RAG key: Complete | Green – on track | Amber – at risk | Red – off track | Not started")
    with open(os.path.join(OUT, "cp1-falkirk-apc-asp-joint-inspection-improvement-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------- 5 St Andrews (xlsx, refuse)
def st_andrews():
    wb = Workbook(); ws = wb.active; ws.title = "Follow-up"
    ws["A1"] = "University of St Andrews"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internal Audit – Follow-up of Recommendations (Audit and Risk Committee, 4 March 2025)"; ws["A2"].font = BOLD
    hdr = ["Ref", "Recommendation", "Grade", "Management response / agreed action", "Responsible officer",
           "Due date", "Revised due date", "Status", "Comment"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = BOLD; cell.fill = fill("DDEBF7"); cell.alignment = WRAP; cell.border = BOX
    SF = {"Complete": BLUE, "On track": GREEN, "Amber": AMBER, "Red": RED}
    rows = [
        ("Student Recruitment and Admissions (Report 2023/24-03) – Moderate assurance",),
        ("SR1", "Documented procedures for contextual admissions decisions should be approved and published to admissions staff.", "Medium",
         "Procedures to be drafted by Admissions and approved by the Admissions Committee.", "Director of Admissions",
         D(2024, 7, 31), D(2024, 12, 31), "Complete", "Approved by Admissions Committee in November 2024."),
        ("SR2", "Access to the applicant system should be reviewed and leavers removed promptly.", "High",
         "Six-monthly user access review to be introduced, with HR leaver reports sent to the system administrator.", "Head of Admissions Systems",
         D(2024, 10, 31), None, "On track", "First review completed; second due April."),
        ("Research Data Management (Report 2023/24-05) – Limited assurance",),
        ("RD1", "A Research Data Management policy should be approved and communicated to all research staff.", "High",
         "Policy to be revised and approved by the Research Committee.", "Director of Research Services",
         D(2024, 9, 30), D(2025, 3, 31), "Amber", "Draft policy considered by the Research Committee in February; minor amendments requested."),
        ("RD2", "Data management plans should be completed for all externally funded projects.", "Medium",
         "Research Services to check for a data management plan at award set-up.", "Research Data Manager",
         D(2024, 11, 30), D(2204, 9, 30), "Amber", "Check added to award set-up checklist; retrospective review of live awards in progress."),
        ("RD3", "Storage of research data on personal devices should be monitored.", "Medium",
         "IT Services to report annually on use of unapproved storage.", "Chief Information Officer",
         D(2025, 6, 30), None, "On track", ""),
        ("Estates Capital Projects (Report 2024/25-01) – Substantial assurance",),
        ("EC1", "Project board terms of reference should set out delegated financial limits.", "Low",
         "Terms of reference to be updated for all current capital project boards.", "Director of Estates",
         D(2025, 1, 31), None, "Complete", "Updated and approved."),
        ("EC2", "Post-project reviews should be completed within six months of handover.", "Low",
         "Post-project review template to be introduced and reviews scheduled.", "Director of Estates",
         D(2025, 4, 30), None, "On track", "Template drafted."),
    ]
    r = 5
    for row in rows:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = BOLD
            for c in range(1, 10): ws.cell(r, c).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            for c, v in enumerate(row, 1):
                cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
                if isinstance(v, dt.datetime): cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(SF[row[7]])
        r += 1
    ws.cell(r + 1, 1, "Status key: Complete (blue); On track (green); Amber – revised date agreed; Red – overdue")
    for col, w in zip("ABCDEFGHI", (7, 45, 9, 45, 26, 12, 14, 11, 40)): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "cp1-university-of-st-andrews-internal-audit-recommendations-tracker-typo-year-refuse.xlsx"))


# ---------------------------------------------------------------- 6 Gwynedd Estyn LGES (docx)
def gwynedd():
    doc = Document()
    doc.add_heading("Cyngor Gwynedd – Education Services Post-Inspection Action Plan", 0)
    doc.add_paragraph("Response to the Estyn inspection of local government education services in Gwynedd. "
                      "Progress update for the Education and Economy Scrutiny Committee, June 2024.")
    hdr = ["Action", "Responsible officer", "Timescale", "Success criteria", "Progress", "RAG"]
    recs = [
        ("Recommendation 1: Strengthen self-evaluation and improvement planning so that they focus clearly on the impact of services on learners' outcomes", [
            ["Revise the education department's self-evaluation cycle so that each service area evaluates its impact using first-hand evidence.", "Head of Education", "December 2023", "Self-evaluation reports for all service areas refer to impact on learners.", "Revised cycle in place; first reports received in December."],
            ["Provide training for service managers on writing measurable success criteria.", "Improvement Manager", "Spring term 2024", "All service plans for 2024-25 contain measurable success criteria.", "Training delivered to 14 managers in February and March."],
        ], [BLUE, GREEN]),
        ("Recommendation 2: Improve attendance in secondary schools, particularly of pupils eligible for free school meals", [
            ["Appoint two additional education welfare officers to work with the secondary schools with the lowest attendance.", "Inclusion Manager", "April 2024", "Persistent absence reduced in target schools.", "One officer appointed; second post re-advertised."],
            ["Introduce a monthly attendance dashboard for headteachers, broken down by eFSM and year group.", "Data and Information Manager", "Summer term 2024", "Dashboard used by all secondary headteachers.", "Dashboard in testing with three schools."],
            ["Agree a consistent approach to attendance panels with all secondary headteachers.", "Head of Education", "Autumn term 2024", "Attendance panels held in every secondary school each half term.", "Not yet discussed at the secondary headteachers' forum."],
        ], [GREEN, AMBER, RED]),
        ("Recommendation 3: Strengthen the scrutiny of education services by elected members", [
            ["Include regular reports on learner outcomes in the forward work programme of the Education and Economy Scrutiny Committee.", "Scrutiny Adviser", "Ongoing", "Learner outcome reports considered at least twice a year.", "Included in the 2024-25 work programme."],
            ["Provide briefing sessions for scrutiny members on school performance data.", "Head of Education / Scrutiny Adviser", "March 2024", "Members report greater confidence in challenging officers.", "Two sessions held in March; well attended."],
        ], [GREEN, BLUE]),
    ]
    for head, rows, fills in recs:
        p = doc.add_paragraph(); p.add_run(head).bold = True
        table(doc, hdr, [r + [""] for r in rows], fills)
        doc.add_paragraph("")
    doc.add_paragraph("Key").runs[0].bold = True
    k = doc.add_table(rows=4, cols=2); k.style = "Table Grid"
    for i, (c, t) in enumerate([(BLUE, "Completed"), (GREEN, "On track"), (AMBER, "Some slippage"), (RED, "Not on track")]):
        shade(k.rows[i].cells[0], c); k.rows[i].cells[1].text = t
    doc.save(os.path.join(OUT, "cp1-gwynedd-estyn-lges-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 7 Basildon CPC (xlsx)
def basildon():
    wb = Workbook(); ws = wb.active; ws.title = "CPC Action Plan"
    ws["A1"] = "Basildon Borough Council – LGA Corporate Peer Challenge Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Progress update: Quarter 3 2024/25 – reported to Policy and Resources Committee"
    hdr = ["Ref", "Recommendation", "Action", "Lead Officer", "Target Date", "Progress Update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = Font(bold=True, color="FFFFFF"); cell.fill = fill("7030A0"); cell.alignment = WRAP; cell.border = BOX
    RF = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    groups = [
        ("1. Develop a clear and compelling vision for the borough that is shared across the political groups", [
            ("1a", "Hold cross-party member workshops to shape the new Corporate Plan 2025–2029.", "Chief Executive", D(2024, 9, 1), "Three workshops held over the summer; priorities agreed.", "B"),
            ("1b", "Publish the Corporate Plan and a supporting annual delivery plan.", "Director of Corporate Services", D(2025, 3, 1), "Draft plan going to Full Council in February.", "G"),
        ]),
        ("2. Strengthen the medium-term financial plan and set out how the budget gap will be closed over the next three years", [
            ("2a", "Deliver a savings and transformation programme of £3.2m for 2025/26.", "Section 151 Officer", D(2025, 3, 1), "£2.4m identified; remaining proposals in development with service directors.", "A"),
            ("2b", "Refresh the capital strategy and complete a review of the council's asset portfolio.", "Head of Property & Regeneration", D(2025, 6, 1), "Asset review commissioned; interim findings due in April.", "G"),
            ("2c", "Deliver finance training for all members of the Audit and Risk Committee.", "Section 151 Officer", D(2024, 11, 1), "Training delivered on 12 November.", "B"),
        ]),
        None,
        ("3. Build capacity and stability in the senior management team", [
            ("3a", "Recruit to the vacant Director of Place post.", "Chief Executive", D(2025, 1, 1), "Appointment made; starts 3 March.", "B"),
            ("3b", "Introduce a leadership development programme for the top 60 managers.", "Head of HR & OD", D(2025, 4, 1), "Programme commissioned; first cohort starts in April.", "A"),
        ]),
        ("4. Improve the council's approach to performance management so that members can see how services are performing", [
            ("4a", "Introduce a quarterly performance report to Policy and Resources Committee with a smaller set of KPIs.", "Head of Policy & Performance", D(2024, 12, 1), "Report delayed by the implementation of the new system; first report now due June.", "R"),
            ("4b", "Implement a corporate performance management system.", "Head of Policy & Performance / Head of ICT", D(2025, 7, 1), "Supplier appointed; configuration under way.", "G"),
        ]),
    ]
    r = 5
    for g in groups:
        if g is None:
            r += 1; continue
        rec, acts = g
        start = r
        for ref, act, lead, date, prog, rag in acts:
            vals = [ref, rec if r == start else None, act, lead, date, prog, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
            ws.cell(r, 5).number_format = "mmm-yy"
            ws.cell(r, 7).fill = fill(RF[rag]); ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(r + 1, 1, "RAG: B = complete, G = on track, A = at risk, R = off track")
    for col, w in zip("ABCDEFG", (6, 40, 50, 28, 12, 50, 7)): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "cp1-basildon-bc-corporate-peer-challenge-action-plan.xlsx"))


if __name__ == "__main__":
    hmp_wandsworth(); bristol_college(); ofqual(); falkirk(); st_andrews(); gwynedd(); basildon()
