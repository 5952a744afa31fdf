"""Generate the db1- blind corpus files (run with /work/main/.venv/bin/python)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "H": "1F4E78", "S": "D9E1F2"}.items()}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
D = dt.datetime


def hdr(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row, i, n)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["H"]; c.alignment = WRAP; c.border = BOX


# 1 ---------------------------------------------------------------- Torbay CQC
def torbay():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "Torbay and South Devon NHS Foundation Trust – CQC Inspection 2023: Must Do and Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report published 18 October 2023. Executive lead: Chief Nurse. Monitored monthly by the Quality Improvement Group; reported to Quality and Performance Committee."
    cols = ["Ref", "Type", "CQC requirement", "Action(s)", "Lead", "Target date", "Revised date", "Progress update", "RAG"]
    hdr(ws, 4, cols)
    rows = [
        ("sec", "Urgent and Emergency Care"),
        ("MD1", "Must do", "The trust must ensure that patients attending the emergency department are triaged within 15 minutes of arrival.",
         "Introduce a dedicated streaming and triage nurse at the front door 08:00–02:00, with escalation to the nurse in charge when time to triage exceeds 15 minutes.",
         "Head of Nursing, Urgent Care", D(2023, 12, 31), None,
         "Triage nurse rota in place from 6 November. Median time to triage 11 minutes in December; audited weekly.", "Complete", "B"),
        ("MD2", "Must do", "The trust must ensure that medicines are stored securely and at the correct temperature in the emergency department.",
         "Install digital fridge temperature monitoring in ED and audit controlled drug checks weekly.",
         "Matron ED / Lead Pharmacist", D(2024, 1, 31), D(2024, 3, 31),
         "Monitoring system ordered; installation delayed by supplier. Weekly CD audits started and showing 96% compliance.", "Amber", "A"),
        ("SD1", "Should do", "The trust should ensure that patients presenting with mental health needs receive a timely risk assessment.",
         "Implement the regional mental health triage tool and train all band 5 and 6 nurses in its use.",
         "Head of Nursing, Urgent Care", D(2024, 3, 31), None,
         "Tool live in ED. 74% of band 5 and 6 nurses trained; remaining sessions booked for February and March.", "Green", "G"),
        ("sec", "Medical Care"),
        ("MD3", "Must do", "The trust must ensure that staff complete mandatory training, including safeguarding level 3.",
         "Weekly compliance reports to ward managers; protected training time built into each medical ward rota.",
         "Divisional Director of Nursing, Medicine", D(2024, 6, 30), None,
         "Compliance has risen from 71% to 84% across medical wards. Trajectory to 90% by June agreed.", "On track", "G"),
        ("MD4", "Must do", "The trust must ensure that nutrition and hydration records are fully completed for patients who need support to eat and drink.",
         "Roll out electronic food and fluid charts to all medical wards, with a daily check at the safety huddle.",
         "Deputy Chief Nurse", D(2024, 2, 29), None,
         "Electronic charts live on all medical wards from 12 February. Monthly audit shows 93% completion.", "Complete", "B"),
        ("SD2", "Should do", "The trust should improve the proportion of patients discharged before midday.",
         "Introduce a criteria-led discharge model and a discharge lounge pull process each morning.",
         "Clinical Director for Medicine; Head of Patient Flow", D(2024, 9, 30), D(2024, 12, 31),
         "Criteria-led discharge piloted on two wards only. Discharges before midday remain at 14% against a 33% target.", "Red", "R"),
        ("blank",),
        ("sec", "Outpatients"),
        ("MD5", "Must do", "The trust must ensure that patients on the ophthalmology follow-up backlog are clinically validated and reviewed for harm.",
         "Clinically validate all ophthalmology follow-up patients past their due date and complete harm reviews for those waiting more than 100% beyond it.",
         "Clinical Director, Ophthalmology", D(2024, 3, 31), None,
         "Validation 62% complete. Two moderate harms identified and reported through the incident process.", "Amber", "A"),
        ("SD3", "Should do", "The trust should ensure that patient records are not left unattended in clinic areas.",
         "Purchase lockable notes trolleys for all clinic corridors; monthly spot checks by the outpatient matron.",
         "Outpatient Matron", D(2023, 11, 30), None,
         "Trolleys in place in all clinic areas. No unattended records found in the last three spot checks.", "Complete", "B"),
        ("sec", "Well-led"),
        ("MD6", "Must do", "The trust must ensure that risk registers accurately reflect current risks and the actions taken to mitigate them.",
         "Review all divisional risk registers with divisional leadership teams and introduce quarterly confirm and challenge at Risk Group.",
         "Director of Corporate Governance", D(2024, 4, 30), None,
         "Medicine and Community divisions reviewed; Surgery scheduled for March.", "Green", "G"),
    ]
    r = 5
    for row in rows:
        if row[0] == "sec":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = FILL["S"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
        elif row[0] == "blank":
            pass
        else:
            vals, fill = row[:9], row[9]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(r, 9).fill = FILL[fill]
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Blue – complete and evidenced"), ("G", "Green – on track"),
                                ("A", "Amber – at risk of delay"), ("R", "Red – off track / target date missed")], 1):
        ws.cell(r + i, 1).fill = FILL[k]; ws.cell(r + i, 2, t)
    for col, w in zip("ABCDEFGHI", [7, 10, 40, 45, 24, 11, 11, 45, 11]):
        ws.column_dimensions[col].width = w
    wb.save(P("db1-torbay-south-devon-nhsft-cqc-must-should-do-action-plan.xlsx"))


# 2 ---------------------------------------------------------------- Cirencester College
def cirencester():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP 2024-25"
    ws["A1"] = "Cirencester College – Post-Inspection Action Plan 2024/25"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following the Ofsted full inspection (March 2024). Areas for improvement as stated in the report."
    cols = ["Area for improvement", "Ref", "Actions", "Lead", "Success measure / impact", "Timescale", "Progress update (January 2025)", "RAG"]
    hdr(ws, 4, cols)
    afis = [
        ("AFI 1: Leaders and managers should ensure that teachers in a minority of A-level subjects use assessment effectively to check learners' understanding before moving on.", [
            ("1.1", "Deliver a CPD programme on questioning and retrieval practice for all A-level teachers.", "DM/SH",
             "Observations show consistent use of checking for understanding in 90% of lessons.", "Autumn term 2024",
             "Four CPD sessions delivered; all A-level staff attended at least three.", "G"),
            ("1.2", "Introduce subject deep dives in the four subjects identified, with follow-up coaching for individual teachers.", "Assistant Principal (Quality)",
             "Deep dive grades improve in all four subjects.", "Spring term 2025",
             "Deep dives completed in Psychology and Sociology; Law and Business booked for February.", "A"),
            ("1.3", "Moderate marking in each department and share exemplars of high-quality feedback.", "Heads of Department",
             "Learners can explain what they need to do to improve.", "Termly",
             "First moderation round complete; exemplars added to the staff portal.", "A"),
        ]),
        ("AFI 2: Leaders should ensure that learners on vocational programmes receive high-quality careers advice about the full range of options available to them.", [
            ("2.1", "Appoint an additional careers adviser with a vocational and apprenticeship focus.", "KW",
             "All vocational learners receive a one-to-one guidance interview.", "September 2024",
             "Adviser appointed and in post from 2 September.", "G"),
            ("2.2", "Hold an apprenticeships and employment fair for all second-year vocational learners.", "KW / Employer Engagement Manager",
             "Attendance of at least 80% of second-year vocational learners; destinations data improves.", "Summer term 2025",
             "Fair booked for 13 March 2025; 22 employers confirmed.", "A"),
        ]),
        ("AFI 3: Governors should ensure that they receive sufficiently detailed information about the quality of education to challenge leaders effectively.", [
            ("3.1", "Redesign the quality report to governors to include subject-level outcomes, attendance and learner voice.", "Vice Principal Curriculum and Quality",
             "Governors' minutes show challenge on subject-level performance.", "December 2024",
             "New report format used at the December Quality and Standards Committee.", "G"),
            ("3.2", "Link governors to curriculum areas and schedule a visit to each area during the year.", "Clerk to the Corporation",
             "Every link governor completes at least one visit.", "July 2025",
             "Link governors allocated; three of seven visits completed.", "A"),
        ]),
    ]
    r = 5
    for afi, acts in afis:
        start = r
        for ref, act, lead, meas, tim, prog, rag in acts:
            for i, v in enumerate([None, ref, act, lead, meas, tim, prog, None], 1):
                c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
            ws.cell(r, 8).fill = FILL[rag]
            r += 1
        ws.cell(start, 1, afi).alignment = WRAP
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Key:").font = Font(bold=True)
    ws.cell(r + 1, 1).fill = FILL["G"]; ws.cell(r + 1, 2, "Green = completed")
    ws.cell(r + 2, 1).fill = FILL["A"]; ws.cell(r + 2, 2, "Amber = in progress")
    ws.cell(r + 3, 1).fill = FILL["R"]; ws.cell(r + 3, 2, "Red = not yet started / at risk")
    for col, w in zip("ABCDEFGH", [42, 6, 45, 22, 36, 16, 40, 8]):
        ws.column_dimensions[col].width = w
    wb.save(P("db1-cirencester-college-ofsted-post-inspection-action-plan.xlsx"))


# 3 ---------------------------------------------------------------- Croydon Health Services IA tracker (refuse)
def croydon():
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws["A1"] = "Croydon Health Services NHS Trust – Internal Audit Recommendations Tracker"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit Committee – 22 January 2025. Position as at 10 January 2025."
    cols = ["Audit", "Year", "Assurance", "Rec No.", "Priority", "Recommendation", "Agreed management action",
            "Responsible officer", "Original due date", "Revised due date", "Status", "Latest update"]
    hdr(ws, 4, cols)
    data = [
        ("Payroll", "2023/24", "Moderate", "1", "Medium", "Starter forms should be authorised before the employee is set up on ESR.",
         "Payroll will reject unauthorised starter forms and report exceptions monthly to the Head of Workforce Information.",
         "Head of Payroll", "30/06/2024", "", "Complete", "Exception report in place since May 2024."),
        ("Payroll", "2023/24", "Moderate", "2", "Low", "Leaver notifications should be received before the final pay date.",
         "Managers to be reminded through the staff bulletin; late notifications reported to divisional boards.",
         "Head of Payroll", "31/07/2024", "31/12/2024", "Complete", "Overpayments due to late leavers fell from 14 to 3 in the quarter."),
        ("Data Security and Protection Toolkit", "2023/24", "Limited", "1", "High", "Information asset owners should complete data flow mapping for all information assets.",
         "IAO training to be delivered and data flow mapping completed for all high-risk assets.",
         "Senior Information Risk Owner", "31/10/2024", "31/03/2025", "In progress", "Mapping complete for 41 of 63 assets."),
        ("Data Security and Protection Toolkit", "2023/24", "Limited", "2", "Medium", "Staff completing data security training should reach the 95% standard.",
         "Targeted reminders to staff and non-compliant staff escalated to line managers.",
         "Head of Information Governance", "30/09/2024", "", "Complete", "Compliance 95.4% at year end."),
        ("Medical Job Planning", "2024/25", "Limited", "1", "High", "All consultants should have a signed-off job plan on the e-job planning system.",
         "Clinical directors to complete job plan sign-off for all consultants; compliance reported to Executive Management Committee.",
         "Deputy Medical Director", "30/11/2024", "", "Overdue", "74% of consultant job plans signed off."),
        ("Medical Job Planning", "2024/25", "Limited", "2", "Medium", "Job plans should be reconciled to the establishment and rota.",
         "Medical workforce team to reconcile job planned activity to rotas in each specialty.",
         "Head of Medical Workforce", "31/01/2025", "Sepember 2025", "In progress", "Reconciliation complete for Emergency Medicine and Surgery."),
        ("Theatres Stock Management", "2024/25", "Moderate", "1", "Medium", "Stock counts should be carried out quarterly and variances investigated.",
         "Quarterly counts scheduled and variances over £500 investigated by the theatre manager.",
         "General Manager, Theatres", "31/12/2024", "", "Complete", "Quarter 3 count completed 16 December."),
        ("Theatres Stock Management", "2024/25", "Moderate", "2", "Low", "Obsolete and expired stock should be written off promptly.",
         "Expired stock to be removed at each quarterly count and written off through the finance process.",
         "General Manager, Theatres", "31/03/2025", "", "Not yet due", ""),
    ]
    for r, row in enumerate(data, 5):
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
    for col, w in zip("ABCDEFGHIJKL", [22, 9, 11, 7, 9, 40, 45, 26, 12, 14, 12, 40]):
        ws.column_dimensions[col].width = w
    wb.save(P("db1-croydon-health-services-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for j, ln in enumerate(lines):
        if j:
            p = cell.add_paragraph()
        run = p.add_run(ln); run.bold = bold


# 4 ---------------------------------------------------------------- Wrexham Glyndwr QAA QER
def glyndwr():
    doc = Document()
    doc.add_paragraph("Wrexham Glyndŵr University").runs[0].bold = True
    doc.add_heading("Quality Enhancement Review (QER) 2019: Action Plan", level=1)
    doc.add_paragraph("The QAA Quality Enhancement Review took place in March 2019. The review team made three "
                      "recommendations and identified four features of good practice. This action plan was developed "
                      "with the Students' Union and is monitored by the Academic Quality and Standards Committee (AQSC), "
                      "which receives an update each term.")
    t = doc.add_table(rows=4, cols=3); t.style = "Table Grid"
    for r, vals in enumerate([("Version", "Date", "Approved by"), ("1.0", "July 2019", "Academic Board"),
                              ("1.1", "January 2020", "AQSC (progress update)"), ("1.2", "June 2020", "AQSC (progress update)")]):
        for c, v in enumerate(vals):
            set_cell(t.cell(r, c), v, bold=(r == 0))
    doc.add_paragraph("")
    doc.add_heading("Recommendations", level=2)
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, v in enumerate(["No.", "Action", "Responsibility", "Target date", "Progress / evidence", "Status"]):
        set_cell(t.rows[0].cells[c], v, bold=True)
    recs = [
        ("Recommendation 1: Ensure that the University's approach to the management of collaborative provision is consistently applied across all partners.", [
            ("1a", "Revise the Collaborative Provision Handbook and brief all partner link tutors on the revised requirements.",
             "Director of Academic Quality; Registrar", "31 December 2019",
             "Handbook approved by AQSC in November 2019; briefings held with all nine partners.", "Complete"),
            ("1b", "Introduce an annual partnership review report to AQSC covering every partner.",
             "Head of Academic Partnerships", "July 2020",
             "Template agreed; first reports received from six partners.", "Green"),
        ]),
        ("Recommendation 2: Strengthen the use of student data at programme level to inform enhancement planning.", [
            ("2a", "Provide programme leaders with a data dashboard covering continuation, attainment and student survey results.",
             "PVC (Student Experience)", "By 31 March 2020",
             "Dashboard built; access for programme leaders delayed by the move to remote working.", "Amber"),
            ("2b", "Require programme annual monitoring reports to include an action plan drawn from the dashboard data.",
             "Head of Academic Quality and Enhancement / Students' Union President", "Ongoing",
             "Annual monitoring template revised and approved.", "Green"),
        ]),
        ("Recommendation 3: Ensure that external examiner reports and the University's responses are made available to students.", [
            ("3a", "Publish external examiner reports and programme responses on each programme's Moodle page.",
             "Academic Registrar", "30/09/2019",
             "All reports for 2018/19 published on Moodle by September 2019.", "Complete"),
        ]),
    ]
    for rec, acts in recs:
        row = t.add_row(); m = row.cells[0].merge(row.cells[5]); set_cell(m, rec, bold=True)
        for a in acts:
            row = t.add_row()
            for c, v in enumerate(a):
                set_cell(row.cells[c], v)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action completed and evidenced; Green – on track to meet target date; "
                      "Amber – some slippage, target date at risk; Red – target date will not be met.")
    doc.save(P("db1-wrexham-glyndwr-university-qaa-qer-action-plan.docx"))


# 5 ---------------------------------------------------------------- Scottish Water annual audit action plan
def scottish_water():
    doc = Document()
    doc.add_heading("Scottish Water: 2023/24 Annual Audit Report", level=1)
    doc.add_heading("Appendix 1: Action plan 2023/24", level=2)
    doc.add_paragraph("The table below sets out the recommendations arising from our 2023/24 audit, together with "
                      "management's agreed actions, the responsible officers and the dates by which the actions will be implemented.")
    sections = [
        ("Financial sustainability", [
            ("1", "Management should update the medium-term financial plan to reflect the 2027–33 charges determination and the revised capital investment programme.",
             "The financial plan will be refreshed once the Final Determination is published and presented to the Board with scenario analysis.",
             "Chief Financial Officer", "31 March 2025"),
            ("2", "The capital programme report to the Board should show forecast outturn against the approved budget for each major project.",
             "Reporting to the Capital Investment Committee will be revised to include forecast outturn for all projects above £10 million.",
             "Director of Capital Investment", "Q2 2025/26"),
        ]),
        ("Governance and transparency", [
            ("3", "Register of interests declarations should be completed by all senior managers and reviewed annually.",
             "An annual declaration exercise will be carried out each April, with results reported to the Audit Committee.",
             "General Counsel and Company Secretary", "June 2025"),
            ("4", "Board and committee papers should be published on the website within the timescale set out in the Standing Orders.",
             "Publication will be monitored by the governance team and compliance reported to the Board.",
             "Head of Governance", "Ongoing"),
        ]),
        ("Value for money", [
            ("5", "Management should set out how the benefits of the digital transformation programme will be measured and reported.",
             "A benefits realisation framework will be developed for the programme and reported to the Executive Leadership Team quarterly.",
             "Chief Information Officer", "30/09/2025"),
        ]),
    ]
    for name, recs in sections:
        doc.add_heading(name, level=3)
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        for c, v in enumerate(["No.", "Recommendation", "Agreed management action", "Responsible officer", "Target date"]):
            set_cell(t.rows[0].cells[c], v, bold=True)
        for rec in recs:
            row = t.add_row()
            for c, v in enumerate(rec):
                set_cell(row.cells[c], v)
        doc.add_paragraph("")
    doc.add_paragraph("Source: Audit Scotland. Progress against these actions will be followed up as part of the 2024/25 audit.")
    doc.save(P("db1-scottish-water-annual-audit-report-action-plan.docx"))


# 6 ---------------------------------------------------------------- Swansea Bay HIW Morriston ED (csv)
def swansea():
    H = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale", "Progress update", "RAG"]
    rows = [
        ["Improvement plan", "", "", "", "", "", ""],
        ["Service: Morriston Hospital – Emergency Department", "", "", "", "", "", ""],
        ["Date of inspection: 11 – 13 November 2024", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        H,
        ["Quality of the patient experience", "", "", "", "", "", ""],
        ["The health board must ensure that patients in surge areas have access to a means of calling for assistance.", "Health and Care Quality Standards – Safe",
         "Portable call bells purchased for all surge and corridor care spaces.", "Head of Nursing, Emergency Department", "31/01/2025",
         "40 portable call bells in use since 6 January 2025.", "Complete"],
        ["", "",
         "Hourly comfort rounds extended to corridor care spaces and recorded on the intentional rounding chart.", "Senior Nurse, ED", "28/02/2025",
         "Rounding chart amended; compliance audit shows 82%.", "Green"],
        ["The health board must ensure that patients' privacy and dignity are maintained in the waiting areas.", "Health and Care Quality Standards – Person-centred",
         "Privacy screens and a designated room for sensitive conversations to be provided in the majors waiting area.", "Directorate Manager, Unscheduled Care", "June 2025",
         "Estates scheme agreed; works scheduled for April.", "Amber"],
        ["Delivery of safe and effective care", "", "", "", "", "", ""],
        ["The health board must ensure that initial assessments, including early warning scores, are completed in a timely way for all patients.", "Health and Care Quality Standards – Timely",
         "Introduce a rapid assessment and treatment nurse at ambulance handover, with NEWS2 recorded within 15 minutes of arrival.", "Head of Nursing, Emergency Department", "31/03/2025",
         "Pilot running on day shifts; night cover being recruited.", "Green"],
        ["The health board must ensure that medicines are stored securely and administered in line with policy.", "Health and Care Quality Standards – Safe",
         "Weekly medicines management audit by the ED pharmacist, with results shared at the departmental governance meeting.", "Lead Pharmacist, Unscheduled Care", "Immediate and ongoing",
         "Audits started December 2024.", "Green"],
        ["", "",
         "Replace the treatment room medicines cupboards with swipe-access cabinets.", "Directorate Manager, Unscheduled Care", "30/09/2025",
         "Business case submitted to the capital group.", "Amber"],
        ["The health board must ensure that staff comply with hand hygiene practices.", "Health and Care Quality Standards – Safe",
         "Monthly hand hygiene audits by the IPC link nurses, with peer observation on every shift.", "IPC Lead Nurse; Senior Nurse, ED", "28/02/2025",
         "Compliance 91% in January.", "Complete"],
        ["Quality of management and leadership", "", "", "", "", "", ""],
        ["The health board must review nurse and medical staffing levels in the department against current demand.", "Health and Care Quality Standards – Workforce",
         "Complete a workforce baseline assessment using the Emergency Department Safer Nursing Care Tool and present it to the Executive Board.", "Director of Nursing and Patient Experience", "July 2025",
         "Data collection completed in January.", "Green"],
    ]
    with open(P("db1-swansea-bay-uhb-hiw-morriston-ed-improvement-plan.csv"), "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# 7 ---------------------------------------------------------------- VisitScotland IA follow-up (tab txt)
def visitscotland():
    lines = [
        "VisitScotland – Internal Audit Recommendations Follow-up",
        "Audit and Risk Committee – 18 February 2025",
        "",
        "\t".join(["Ref", "Audit", "Grade", "Recommendation", "Management Action", "Action Owner", "Due Date", "Revised Due Date", "Status", "Update"]),
        "\t".join(["2023-04.1", "Procurement and Contract Management", "Medium",
                   "The contracts register should be complete and reviewed quarterly.",
                   "Procurement to reconcile the contracts register to the finance system and report quarterly to the Leadership Team.",
                   "Head of Procurement", "31/03/2024", "30/09/2024", "Complete", "Register reconciled; quarterly reporting in place since Q2."]),
        "\t".join(["2023-04.2", "Procurement and Contract Management", "Low",
                   "Contract managers should receive training on contract management.",
                   "Contract management training module to be added to the learning platform and completed by all contract managers.",
                   "Head of Procurement / Head of People Development", "30/06/2024", "31/03/2025", "Amber", "Module built; completion at 58%."]),
        "\t".join(["2024-01.1", "Cyber Security", "High",
                   "Multi-factor authentication should be enforced for all remote access accounts.",
                   "MFA to be enforced for all user and third-party accounts with remote access.",
                   "Head of Digital", "31/10/2024", "", "Complete", "MFA enforced for all accounts from 14 October."]),
        "\t".join(["2024-01.2", "Cyber Security", "Medium",
                   "The incident response plan should be tested annually.",
                   "A desktop cyber exercise will be run with the Leadership Team.",
                   "Head of Digital", "31/03/2025", "", "On track", "Exercise booked for 11 March 2025 with the Scottish Cyber Coordination Centre."]),
        "\t".join(["2024-03.1", "Events Funding", "Medium",
                   "Grant conditions should be checked against evidence before final payments are released.",
                   "A checklist will be introduced and signed off by the events manager before any final payment.",
                   "J. Mackay / R. Stewart", "31/12/2024", "", "Complete", "Checklist in use for all grants paid from November."]),
        "\t".join(["2024-03.2", "Events Funding", "Low",
                   "Post-event evaluation reports should be received within three months of each event.",
                   "Funding agreements to include a deadline for evaluation reports, with follow-up of late returns.",
                   "Events Manager", "30/06/2025", "", "Not started", ""]),
        "",
        "Grades: High – fundamental control weakness; Medium – significant weakness; Low – minor weakness or best practice.",
    ]
    with open(P("db1-visitscotland-internal-audit-recommendations-followup.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    torbay(); cirencester(); croydon(); glyndwr(); scottish_water(); swansea(); visitscotland()
