"""Generator for the cn1- cases (run with /work/main/.venv/bin/python)."""
import csv
import os
from datetime import datetime as D

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "grey": "D9D9D9", "head": "1F3864"}.items()}
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(OUT, name)


# ---------------------------------------------------------------- 1. HMP Durham (docx)
def hmp_durham():
    doc = Document()
    doc.add_heading("Action Plan: HMP Durham", level=1)
    doc.add_paragraph("Action Plan Submitted: 05 April 2022")
    doc.add_paragraph("A Response to the HMIP Inspection: 15 November – 26 November 2021")
    doc.add_paragraph("Report Published: 11 March 2022")
    doc.add_paragraph("Actions with future target dates may be delayed due to Covid-19 recovery")
    doc.add_heading("INTRODUCTION", level=2)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) provides independent scrutiny of the conditions for and treatment "
        "of prisoners. In response to the report HMPPS is required to draft a robust and timely action plan "
        "to address the recommendations. The action plan confirms whether recommendations are agreed, partly "
        "agreed or not agreed (see categorisations below). Where a recommendation is agreed or partly agreed, "
        "the action plan sets out the steps to address it, with the owner and timescale of each step.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Term", "Definition", "Additional comment"]):
        c.text = h
    for row in [
        ("Agreed", "All of the recommendation is agreed with, can be achieved and is affordable.",
         "The response should clearly explain how the recommendation will be achieved along with timescales."),
        ("Partly Agreed", "Only part of the recommendation is agreed with, is achievable, affordable and will be implemented.",
         "The response must state clearly which part of the recommendation will be implemented and why the rest cannot."),
        ("Not Agreed", "The recommendation is not agreed and will not be implemented.",
         "The response must clearly state the reasons why the recommendation has not been agreed."),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("")

    hdr = ["No.", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Response Action Taken/Planned",
           "Responsible Owner", "Target Date"]
    sections = [
        ("Priority concerns", [
            ("1", "Leaders should make sure that prisoners at risk of self-harm receive consistent, good-quality "
                  "case management, with ACCT care maps that address their identified needs.", "Agreed",
             "A quality assurance process for all open ACCTs will be introduced, with the Safer Custody Manager "
             "reviewing a minimum of five documents each week and feeding back to case managers.\n"
             "All ACCT case managers will complete the refreshed case manager training.",
             "Head of Safety", "30 June 2022"),
            ("2", "Leaders should reduce the supply of illicit drugs into the prison and the demand for them.",
             "Agreed",
             "The local drug strategy will be refreshed and agreed with partners, including the use of the body "
             "scanner in reception and targeted intelligence-led cell searching.",
             "Head of Security", "31/08/2022"),
            ("3", "Prisoners should have sufficient time out of their cells, including access to association, "
                  "exercise and the library.", "Partly Agreed",
             "The regime will be reviewed to increase time unlocked for prisoners in work and education. Staffing "
             "levels mean that a full return to the pre-pandemic regime cannot be achieved at present.",
             "Deputy Governor", "December 2022"),
        ]),
        ("Key concerns", [
            ("4", "New arrivals should receive a private and thorough first night interview so that risks are "
                  "identified on their first night.", "Agreed",
             "A private interview room will be created on the first night centre and the first night checklist "
             "revised to include a structured risk and wellbeing interview.",
             "Head of Residence", "April 2022"),
            ("5", "Prisoners should have timely access to primary care services, and waiting times should be "
                  "monitored.", "Agreed",
             "Healthcare will publish weekly waiting times for GP and nurse clinics and introduce additional "
             "clinics where waits exceed the community equivalent.",
             "Head of Healthcare", "Q2 2022/23"),
            ("6", "Leaders should reduce the number of prisoners released without sustainable accommodation.",
             "Agreed",
             "A weekly release planning meeting will be held with the probation service and local authority "
             "housing teams for every prisoner due for release within 12 weeks.",
             "Head of Reducing Reoffending / Head of Offender Management Delivery", "31 March 2023"),
            ("7", "Leaders should increase attendance at education, skills and work activities.", "Partly Agreed",
             "Attendance will be reported daily to the duty governor and an allocations review carried out to "
             "fill vacant places. The number of places cannot increase until the education contract is renewed.",
             "Head of Learning and Skills", "September 2022"),
        ]),
    ]
    for heading, rows in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            c.text = h
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
        doc.add_paragraph("")
    doc.save(p("cn1-hmp-durham-hmip-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 2. Isle of Man Constabulary (xlsx)
def iom_police():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Action Plan"
    ws.merge_cells("A1:H1")
    ws["A1"] = "Isle of Man Constabulary – HMICFRS Inspection 2023: Areas for Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated: 14 February 2024    Plan owner: Deputy Chief Constable"
    hdr = ["Ref", "Area for Improvement", "Action", "Action Owner", "Target Date", "Revised Date", "RAG",
           "Progress Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
    rows = [
        ("Theme 1: Engaging with and treating the public",),
        ("1.1", "The constabulary should improve how it gathers and uses information about the diversity of the "
                "communities it serves, so that it understands and can respond to their needs.",
         "Establish a quarterly community engagement and diversity data report for the Senior Leadership Team, "
         "drawing on census, contact and stop and search data.", "Supt R. Cain", D(2024, 3, 31), None, "G",
         "First report drafted from 2021 census data and command and control records. To be presented to SLT in March."),
        ("1.2", None, "Introduce an independent scrutiny panel for stop and search and use of force, meeting quarterly.",
         "Insp L. Corlett", D(2023, 12, 31), None, "B",
         "Panel established and first meeting held on 6 December 2023 with seven members of the public. Terms of reference published on the website."),
        ("Theme 2: Preventing crime and anti-social behaviour",),
        ("2.1", "The constabulary should make sure its neighbourhood policing teams use a structured problem-solving "
                "approach and evaluate the results.",
         "Train all neighbourhood officers in the SARA problem-solving model and record problem-solving plans on Niche.",
         "Ch Insp P. Kinvig", D(2024, 6, 30), None, "A",
         "62% of neighbourhood officers trained. Abstractions over the TT period are likely to delay the remaining courses."),
        ("Theme 3: Responding to the public",),
        ("3.1", "The constabulary should reduce the number of non-emergency calls that are abandoned before they are answered.",
         "Review the control room shift pattern against the demand profile and implement a revised rota.",
         "Control Room Manager", D(2023, 11, 30), D(2024, 4, 30), "A",
         "Demand analysis complete. Consultation with staff associations extended, so the revised rota will now go live in April."),
        ("3.2", None, "Introduce a call-back facility and report the abandoned call rate monthly to the Operational Performance Board.",
         "Control Room Manager / Head of ICT", "Ongoing", None, "G",
         "Abandonment rate now reported monthly. Call-back facility scoped with the telephony supplier."),
        ("Theme 4: Investigating crime",),
        ("4.1", "The constabulary should make sure that investigations are effectively supervised and that supervisory "
                "reviews are recorded on crime records.",
         "Issue minimum standards for supervisory review at 7 and 28 days and audit 30 crime records each month.",
         "DCI M. Quayle", D(2024, 1, 31), None, "B",
         "Minimum standards issued in November 2023. The January audit found 87% compliance."),
        ("4.2", None, "Deliver investigative supervision training to all sergeants and acting sergeants.",
         "DCI M. Quayle; Learning & Development Manager", D(2024, 5, 31), None, "",
         "Course content agreed with the College of Policing. First cohort booked for 11 March."),
        ("Theme 5: Protecting vulnerable people",),
        ("5.1", "The constabulary should make sure that victims of domestic abuse are risk assessed consistently and "
                "referred to support services without delay.",
         "Refresh DASH risk assessment training for frontline officers and introduce a daily review of all domestic "
         "abuse incidents by the Public Protection Unit.", "D/Supt Public Protection", D(2024, 9, 30), None, "R",
         "Training has not started because of a trainer vacancy. Daily review in place since January; escalated to the DCC."),
    ]
    r = 5
    fill_only = {"4.2": "A"}
    for row in rows:
        if len(row) == 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = FILL["grey"]
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.alignment = WRAP
                if isinstance(v, D):
                    c.number_format = "mmm-yy"
            rag = row[6] or fill_only.get(row[0])
            if rag:
                ws.cell(row=r, column=7).fill = FILL[rag]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for code, text in [("B", "Blue – Complete"), ("G", "Green – On track to meet target date"),
                       ("A", "Amber – At risk / revised date agreed"), ("R", "Red – Off track")]:
        r += 1
        ws.cell(row=r, column=1).fill = FILL[code]
        ws.cell(row=r, column=2, value=text)
    for col, w in zip("ABCDEFGH", [6, 45, 50, 22, 12, 12, 6, 50]):
        ws.column_dimensions[col].width = w
    wb.save(p("cn1-isle-of-man-constabulary-hmicfrs-afi-action-plan.xlsx"))


# ---------------------------------------------------------------- 3. Wrenn School (txt, tab-separated)
def wrenn():
    T = "\t"
    lines = [
        "The Wrenn School – Post-Ofsted Action Plan 2024-25",
        "Inspection: 5-6 March 2024. Areas for improvement taken from the inspection report.",
        "Last reviewed by the Local Governing Body: 20 November 2024",
        "",
        T.join(["Ref", "Action", "Lead", "Success criteria", "Timescale", "Monitoring", "RAG", "Progress"]),
        "Area for improvement 1: In some subjects the curriculum is not yet sequenced well enough for pupils to build their knowledge over time.",
        T.join(["1.1", "Subject leaders in history, geography and MFL to review KS3 curriculum maps so that key knowledge is identified and sequenced from Year 7 to Year 9.",
                "Deputy Headteacher (Curriculum)", "Revised curriculum maps in place for all KS3 subjects", "Summer term 2024",
                "SLT line management", "Complete", "All revised maps were signed off in July and are published on the school website."]),
        T.join(["1.2", "Deliver CPD on retrieval practice and curriculum sequencing to all subject leaders, followed by curriculum deep dives led by SLT.",
                "JH/KM", "Deep dives show pupils recall prior learning", "Autumn term 2024", "Governors' Standards Committee", "G",
                "Two CPD sessions delivered. Deep dives in history and MFL completed; science booked for December."]),
        "Area for improvement 2: Teachers do not check pupils' understanding consistently well, so misconceptions are not always addressed.",
        T.join(["2.1", "Introduce a whole-school 'check for understanding' routine (mini-whiteboards, cold calling) in all lessons.",
                "Assistant Headteacher (Teaching & Learning)", "Routine seen in 90% of lessons on learning walks", "Sept 2024 – Feb 2025",
                "Learning walks", "G", "Routine launched at INSET in September. October learning walks saw it used in 78% of lessons."]),
        T.join(["2.2", "Learning walks each half term to check consistency, with feedback to departments through line management.",
                "SLT", "Consistent practice across departments", "Half-termly", "Headteacher", "G",
                "Autumn 1 learning walks completed and feedback given to all departments."]),
        "Area for improvement 3: Too many pupils, particularly disadvantaged pupils, are persistently absent from school.",
        T.join(["3.1", "Appoint an attendance officer and introduce first-day calling for all absences.",
                "Mrs K. Morris", "First-day calling in place", "April 2024", "Attendance panel", "Complete",
                "Attendance officer in post since 15 April 2024 and first-day calling operating daily."]),
        T.join(["3.2", "Weekly attendance panel to track persistently absent pupils, with early help referrals where needed.",
                "DHT (Pastoral)", "Persistent absence below national average", "Ongoing", "Trust attendance lead", "A",
                "Persistent absence has fallen from 31% to 26% but remains above the national figure."]),
        T.join(["3.3", "Work with the trust's family support worker to target disadvantaged pupils whose attendance is below 90%.",
                "DHT (Pastoral) / Family Support Worker", "Gap between disadvantaged and other pupils narrows", "Spring term 2025",
                "Pupil premium review", "R", "The family support worker post has been vacant since September; the trust is recruiting."]),
        "",
        "RAG: G = on track, A = some concerns, R = not on track, Complete = action completed",
    ]
    with open(p("cn1-wrenn-school-ofsted-post-inspection-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 4. Jersey HCS C&AG (docx)
def jersey():
    doc = Document()
    doc.add_heading("Health and Community Services: C&AG Recommendations Action Plan", level=1)
    doc.add_paragraph("Government of Jersey response to the Comptroller and Auditor General's report "
                      "'Governance Arrangements for Health and Community Services' (June 2023)")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        c.text = h
    for row in [("0.1", "14/08/2023", "HCS Governance Team", "First draft for HCS Executive"),
                ("1.0", "05/09/2023", "Chief Officer, HCS", "Submitted to the Public Accounts Committee"),
                ("1.2", "08/01/2024", "HCS Governance Team", "Progress update for the HCS Board")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan sets out the actions Health and Community Services (HCS) is taking in response to the "
        "recommendations made by the Comptroller and Auditor General. All recommendations were accepted. "
        "Progress is reported to the HCS Board every quarter.")
    hdr = ["Ref", "Recommendation", "Action planned", "Target date", "Responsible officer",
           "Progress", "RAG status"]
    domains = [
        ("Area 1 – Governance framework", [
            ("R1 Finalise and implement a governance framework for HCS that clearly defines the roles of the HCS Board, its committees and the Executive.", [
                ("1.1", "Agree terms of reference for the HCS Board and its Quality, Performance and Finance committees.",
                 "31 October 2023", "Chief Officer, HCS", "Terms of reference approved at the first Board meeting on 26 October 2023.", "Complete"),
                ("1.2", "Publish Board papers and minutes on gov.je.",
                 "Monthly", "Board Secretary", "Papers published for all meetings since November 2023.", "Green"),
            ]),
        ]),
        ("Area 2 – Clinical governance", [
            ("R2 Strengthen the arrangements for reporting and learning from serious incidents.", [
                ("2.1", "Implement the Patient Safety Incident Response Framework (PSIRF), with a local PSIRF plan approved by the Board.",
                 "30/06/2024", "Medical Director / Chief Nurse", "Local PSIRF plan drafted; training of incident investigators under way.", "Amber"),
            ]),
            ("R3 Ensure that clinical policies are reviewed by their review dates.", [
                ("3.1", "Complete a review of all out-of-date clinical policies and establish a policy ratification group.",
                 "Ongoing", "Head of Clinical Governance", "94 of 210 out-of-date policies reviewed; ratification group meets fortnightly.", "Green"),
            ]),
        ]),
        ("Area 3 – Workforce", [
            ("R4 Develop a workforce plan that reduces reliance on agency and locum staff.", [
                ("4.1", "Produce an HCS workforce plan aligned with the Jersey Care Model.",
                 "December 2024", "Director of Workforce", "Workforce data baseline complete; demand modelling under way.", "Amber"),
                ("4.2", "Reduce agency nursing spend by 25% through a bank recruitment campaign.",
                 "31 March 2024", "Chief Nurse", "Spend has fallen by 11% against the 2022 baseline; the campaign has been extended.", "Red"),
            ]),
        ]),
    ]
    for dom, reqs in domains:
        para = doc.add_paragraph()
        run = para.add_run(dom)
        run.bold = True
        run.font.size = Pt(12)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            c.text = h
        for req, acts in reqs:
            first = None
            for a in acts:
                cells = t.add_row().cells
                cells[0].text = a[0]
                cells[2].text = a[1]
                cells[3].text = a[2]
                cells[4].text = a[3]
                cells[5].text = a[4]
                cells[6].text = a[5]
                if first is None:
                    first = cells[1]
                    first.text = req
                else:
                    first.merge(cells[1])
        doc.add_paragraph("")
    doc.add_paragraph("RAG status: Complete = action completed and evidenced; Green = on track; "
                      "Amber = at risk of delay; Red = not on track.")
    doc.save(p("cn1-jersey-hcs-cag-governance-recommendations-action-plan.docx"))


# ---------------------------------------------------------------- 5. Broxtowe CPC (xlsx) - mistyped month
def broxtowe():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws.merge_cells("A1:G1")
    ws["A1"] = "Broxtowe Borough Council – LGA Corporate Peer Challenge Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Peer challenge held December 2022. Progress as at 31 August 2023."
    hdr = ["No.", "Peer Challenge Recommendation", "Action", "Lead Officer", "Target Date", "Progress Update", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
    rec1 = "Urgently improve the performance of the housing repairs service and the council's oversight of it."
    rec2 = "Develop a communications approach that tells the council's story to residents, staff and partners."
    rec3 = "Put in place a comprehensive member development programme and strengthen member/officer relationships."
    rec4 = "Develop a medium-term financial strategy that sets out how the projected budget gap will be closed."
    rows = [
        ("Theme 1: Housing Repairs",),
        ("1.1", rec1, "Commission an independent review of the housing repairs service and agree an improvement plan with Cabinet.",
         "Head of Housing", D(2023, 3, 31), "Review completed by Housemark; improvement plan approved by Cabinet on 7 March 2023.", "Complete"),
        ("1.2", None, "Introduce monthly repairs performance reporting to the Housing Portfolio Holder and quarterly reporting to Overview and Scrutiny Committee.",
         "Head of Asset Management", D(2023, 6, 30), "Monthly dashboard in place since May 2023; first quarterly report to O&S on 11 September.", "On track"),
        ("Theme 2: Communications",),
        ("2.1", rec2, "Adopt a new Communications and Engagement Strategy 2023-2026.",
         "Communications Manager", D(2023, 7, 31), "Strategy adopted by Cabinet in July 2023.", "Complete"),
        ("2.2", None, "Refresh the council website and staff intranet so that key information is easier to find.",
         "ICT Manager", "31/13/2023", "Supplier appointed; content review under way with each service.", "Amber"),
        ("Theme 3: Members",),
        ("3.1", rec3, "Agree a Member Development Programme with the cross-party Member Development Working Group.",
         "Monitoring Officer", D(2023, 9, 30), "Draft programme considered by the working group on 20 July.", "On track"),
        ("3.2", None, "Deliver member/officer protocol refresher training for all councillors and senior officers.",
         "Monitoring Officer / Head of HR", D(2023, 10, 31), "To be scheduled once the programme is agreed.", "Not started"),
        ("Theme 4: Budget",),
        ("4.1", rec4, "Establish a Budget Working Group to identify efficiency savings of £1.2m over three years.",
         "Deputy Chief Executive (S151 Officer)", D(2023, 12, 31), "Group meets monthly; £480k of savings identified to date.", "On track"),
        ("4.2", None, "Review fees and charges and the capital programme as part of 2024/25 budget setting.",
         "Head of Finance Services", D(2024, 2, 29), "Fees and charges review started; capital programme review awaiting asset condition data.", "Amber"),
    ]
    status_fill = {"Complete": "B", "On track": "G", "Amber": "A"}
    r = 5
    start = None
    for row in rows:
        if len(row) == 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            start = None
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                if isinstance(v, D):
                    c.number_format = "dd/mm/yyyy"
            if row[1] is not None:
                start = r
            else:
                ws.merge_cells(start_row=start, start_column=2, end_row=r, end_column=2)
            if row[6] in status_fill:
                ws.cell(row=r, column=7).fill = FILL[status_fill[row[6]]]
        r += 1
    for col, w in zip("ABCDEFG", [6, 45, 50, 24, 12, 50, 12]):
        ws.column_dimensions[col].width = w
    wb.save(p("cn1-broxtowe-corporate-peer-challenge-improvement-action-plan.xlsx"))


# ---------------------------------------------------------------- 6. WYCA internal audit tracker (csv)
def wyca():
    hdr = ["Audit", "Year", "Assurance", "Rec Ref", "Priority", "Recommendation", "Agreed Action",
           "Responsible Officer", "Original Target Date", "Revised Target Date", "Status", "Comments"]
    pcm = "Procurement and Contract Management"
    aeb = "Adult Education Budget - Provider Monitoring"
    cyb = "Cyber Security"
    gh = "Gifts and Hospitality"
    rows = [
        [pcm, "2022/23", "Limited", "PCM-01", "High",
         "The contracts register should be complete and reconciled regularly to payments made through the finance system.",
         "All contracts over £25k to be recorded on the contracts register with a named contract manager; quarterly reconciliation to the finance system.",
         "Head of Procurement", "31/03/2023", "30/09/2023", "Complete",
         "Reconciliations for Q1 and Q2 completed. The register now holds 412 contracts."],
        [pcm, "2022/23", "Limited", "PCM-02", "Medium",
         "Waivers of Contract Standing Orders should be approved at the right level and reported to committee.",
         "Update Contract Standing Orders so that waivers are approved by the Director of Finance and reported to the Governance and Audit Committee.",
         "Head of Procurement; Monitoring Officer", "30/06/2023", "29/02/2024", "Amber",
         "Revised Contract Standing Orders drafted and due for approval at the Combined Authority meeting in February."],
        [aeb, "2022/23", "Reasonable", "AEB-01", "Medium",
         "Provider audits should be planned on the basis of risk and their completion monitored.",
         "Agree a risk-based schedule of provider audits, monitored at the AEB Programme Board.",
         "Head of Skills Funding", "31/07/2023", "", "Complete", "Schedule agreed at the July Programme Board."],
        [aeb, "2022/23", "Reasonable", "AEB-02", "Low",
         "The process for recovering overpaid funds from providers should be documented.",
         "Document the funding recovery procedure and share it with the finance team.",
         "Skills Funding Manager", "30/09/2023", "", "Red",
         "Procedure drafted but not yet signed off because of staff absence. A new date will be proposed to the next committee."],
        [cyb, "2023/24", "Limited", "CYB-01", "High",
         "Multi-factor authentication should be enforced for all remote and privileged access.",
         "Enforce multi-factor authentication for all remote access and privileged accounts.",
         "Head of ICT", "31/10/2023", "", "Complete", "MFA enforced for all users from 16 October 2023."],
        [cyb, "2023/24", "Limited", "CYB-02", "High",
         "All staff should complete cyber security awareness training, and completion should be monitored.",
         "Deliver mandatory cyber awareness training to all staff, with completion reported to the Senior Leadership Team.",
         "Head of ICT / Head of HR", "31/12/2023", "31/03/2024", "Amber",
         "Completion at 74%. Managers have been sent lists of staff who have not completed the module."],
        [cyb, "2023/24", "Limited", "CYB-03", "Medium",
         "The ICT disaster recovery plan should be tested and the results reported.",
         "Carry out a test of the ICT disaster recovery plan and report the lessons learned to the Corporate Resilience Group.",
         "ICT Infrastructure Manager", "Q4 2023/24", "", "Green", "Test scheduled for 9 March 2024."],
        [gh, "2023/24", "Substantial", "GH-01", "Low",
         "The register of gifts and hospitality should be published promptly each quarter.",
         "Publish the register of gifts and hospitality quarterly on the Combined Authority website.",
         "Monitoring Officer", "Ongoing", "", "Green", "Q2 register published in October 2023."],
    ]
    with open(p("cn1-west-yorkshire-ca-internal-audit-recommendations-tracker.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["West Yorkshire Combined Authority - Internal Audit Recommendations Tracker - Governance and Audit Committee, January 2024"])
        w.writerow([])
        w.writerow(hdr)
        w.writerows(rows)


# ---------------------------------------------------------------- 7. Lancashire Teaching Hospitals CQC (xlsx)
def lth():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws.merge_cells("A1:J1")
    ws["A1"] = "Lancashire Teaching Hospitals NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:J2")
    ws["A2"] = "Royal Preston Hospital: Urgent and Emergency Care and Medical Care. Update for Safety and Quality Committee, February 2024"
    hdr = ["Ref", "Core Service", "CQC Requirement", "Action", "Lead", "Due Date", "Revised Date", "Previous RAG",
           "Current RAG", "Progress Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
    rows = [
        ("MUST DO actions",),
        ("MD1", "UEC", "The trust must ensure that patients in the emergency department have their pain assessed and are given pain relief in a timely way.",
         "Make pain score a mandatory field at triage and audit compliance monthly.", "Matron, ED", D(2023, 9, 30), None, "A", "G",
         "Mandatory field live since August. December audit: 92% of patients had a pain score recorded at triage."),
        ("MD2", "UEC", "The trust must ensure that staff complete mandatory training, including safeguarding level 3.",
         "Agree a training trajectory for each ED staff group, with weekly compliance review at the divisional performance meeting.",
         "Divisional Nurse Director (Medicine) / Clinical Director ED", D(2023, 12, 31), None, "R", "A",
         "Safeguarding level 3 compliance has risen from 61% to 83% against a 90% target."),
        ("MD3", "Medicine", "The trust must ensure that patient risk assessments (falls, pressure ulcers and VTE) are completed and reviewed in line with policy.",
         "Introduce electronic risk assessment prompts and a monthly ward accreditation audit of risk assessments.",
         "Deputy Chief Nurse", D(2024, 1, 31), None, "A", "B",
         "Prompts live on all medical wards. Three consecutive months above 95% compliance; evidence submitted for closure."),
        ("MD4", "Medicine", "The trust must ensure that medicines are stored at the correct temperature.",
         "Install remote temperature monitoring in all ward medicine fridges and treatment rooms.",
         "Chief Pharmacist", D(2023, 11, 30), D(2024, 2, 29), "G", "A",
         "Installation delayed by supplier lead times; 18 of 24 areas now fitted."),
        ("SHOULD DO actions",),
        ("SD1", "UEC", "The trust should ensure that the children's waiting area in the emergency department is fully separated from the adult waiting area.",
         "Deliver the capital scheme to create a separate paediatric waiting area with its own entrance.",
         "Associate Director of Estates", D(2024, 3, 31), None, "A", "A",
         "Building work started in January; completion expected at the end of March, subject to the fire safety sign-off."),
        ("SD2", "UEC", "The trust should continue to improve the time patients wait to be admitted, transferred or discharged from the emergency department.",
         "Deliver the urgent and emergency care improvement programme, including expansion of same day emergency care and extended discharge lounge hours.",
         "Chief Operating Officer", "Ongoing", None, "A", "A",
         "Four-hour performance at 68% in January against a trajectory of 72%."),
        ("SD3", "Medicine", "The trust should ensure that mental capacity assessments are consistently recorded in patients' records where required.",
         "Quarterly MCA documentation audit with targeted training for wards below 80% compliance.",
         "Named Nurse Safeguarding Adults", D(2024, 6, 30), None, None, "G",
         "First audit completed in December; training sessions booked for four wards."),
        ("SD4", "Medicine", "The trust should ensure that call bells are answered promptly.",
         "Monthly call bell response audits on each medical ward, with results displayed on ward boards.",
         "Head of Nursing – Medicine", D(2023, 10, 31), None, "G", "B",
         "Audits embedded; average response time now under 3 minutes on all wards."),
    ]
    r = 5
    for row in rows:
        if len(row) == 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = FILL["grey"]
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                if isinstance(v, D):
                    c.number_format = "dd/mm/yyyy"
            for col in (8, 9):
                v = row[col - 1]
                if v:
                    ws.cell(row=r, column=col).fill = FILL[v]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="B = Complete and evidenced; G = On track; A = At risk of not meeting due date; R = Off track")
    for col, w in zip("ABCDEFGHIJ", [6, 10, 45, 45, 26, 12, 12, 9, 9, 45]):
        ws.column_dimensions[col].width = w
    wb.save(p("cn1-lancashire-teaching-hospitals-cqc-must-should-do-action-plan.xlsx"))


if __name__ == "__main__":
    hmp_durham()
    iom_police()
    wrenn()
    jersey()
    broxtowe()
    wyca()
    lth()
