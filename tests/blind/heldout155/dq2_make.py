"""Generate the dq2- case documents (run with /work/main/.venv/bin/python)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "grey": "D9D9D9", "head": "1F3864"}.items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, names, widths=None):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["head"]; c.alignment = WRAP; c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w


def put(ws, row, vals, fmt=None):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP; c.border = BOX
        if isinstance(v, (dt.date, dt.datetime)) and fmt:
            c.number_format = fmt


def band(ws, row, text, ncol, fill="grey"):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
    c = ws.cell(row=row, column=1, value=text); c.font = Font(bold=True); c.fill = FILL[fill]


# ---------------------------------------------------------------- 1. Suffolk FRS HMICFRS AFI plan (xlsx)
def suffolk():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Action Plan"
    n = 8
    ws.merge_cells("A1:H1"); ws["A1"] = "Suffolk Fire and Rescue Service"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2"); ws["A2"] = "HMICFRS Inspection 2023 – Areas for Improvement Action Plan"; ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:H3"); ws["A3"] = "Progress update as at 31 January 2024 – reported to Audit Committee"
    hdr(ws, 5, ["Ref", "Area for Improvement", "Action", "Lead", "Target Date", "Revised Date", "RAG", "Progress Update"],
        [7, 40, 45, 18, 11, 11, 7, 50])
    r = 6
    sections = [
        ("Effectiveness – Understanding the risk of fire and other emergencies",
         "The service should make sure its firefighters have good access to relevant and up-to-date risk information.",
         [("1.1", "Complete the review of the Site-Specific Risk Information (SSRI) process and revisit all very high and high risk premises in line with the risk-based inspection schedule.",
           "AM Response", D(2024, 3, 31), None, "G", "Review complete and new SSRI policy approved by SLT in November 2023. 84% of very high risk premises revisited to date."),
          ("1.2", "Introduce a quality assurance check of SSRI records uploaded to mobile data terminals.",
           "GM Operational Risk", D(2023, 12, 31), D(2024, 6, 30), "A", "Delayed by the MDT software upgrade. Dip-sampling of 10% of records will start once the upgrade completes.")]),
        ("Effectiveness – Preventing fires and other emergencies",
         "The service should evaluate its prevention work, so it understands the benefits better.",
         [("2.1", "Develop an evaluation framework for all prevention activity, including Safe and Well visits and schools education programmes.",
           "Head of Prevention", D(2024, 9, 30), None, "G", "Framework drafted with support from the University of Suffolk. Consultation with station managers in February."),
          ("2.2", "Report prevention evaluation outcomes to the Fire and Public Safety Board annually.",
           "Head of Prevention", "Annual", None, "Not started", "")]),
        ("Efficiency – Making best use of resources",
         "The service should make sure it effectively monitors, reviews and evaluates the benefits and outcomes of any collaborative activity.",
         [("3.1", "Establish a collaboration register recording the objectives, costs and benefits of each collaboration with Suffolk Constabulary and other partners.",
           "Director of Finance / Head of Corporate Services", D(2023, 12, 31), None, "B", "Complete. Register in place and reviewed quarterly at the Emergency Services Collaboration Board.")]),
        ("People – Promoting the right values and culture",
         "The service should assure itself that staff understand and have confidence in the purpose and integrity of its grievance procedures.",
         [("4.1", "Refresh the grievance policy and deliver briefings to all watches and support staff teams.",
           "Head of HR", D(2024, 4, 30), None, "G", "Revised policy out to consultation with representative bodies until 16 February."),
          ("4.2", "Run a pulse survey on staff confidence in the grievance and whistleblowing procedures.",
           "Head of HR", "Q1 2024/25", None, "A", "Survey questions agreed; launch moved to May to avoid the CRMP consultation period.")]),
        ("People – Ensuring fairness and promoting diversity",
         "The service should make sure it has robust processes in place to undertake equality impact assessments and review any actions agreed as a result.",
         [("5.1", "Train all policy owners in completing equality impact assessments (EqIAs) using the revised template.",
           "EDI Manager", D(2024, 2, 29), None, "B", "All 46 policy owners trained by the end of January 2024."),
          ("5.2", "Add a review of EqIA actions to the quarterly performance report.",
           "EDI Manager", D(2024, 6, 30), None, "G", "First report due at the Q1 Performance Board.")]),
    ]
    for sec, afi, acts in sections:
        band(ws, r, sec, n); r += 1
        first = r
        for ref, act, lead, tgt, rev, rag, prog in acts:
            put(ws, r, [ref, afi if r == first else None, act, lead, tgt, rev, rag, prog], "mmm-yy")
            c = ws.cell(row=r, column=7)
            if rag in FILL: c.fill = FILL[rag]
            c.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if r - first > 1:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG Key").font = Font(bold=True); r += 1
    for k, t in [("B", "Complete"), ("G", "On track to meet target date"), ("A", "Some slippage – revised date agreed"), ("R", "Off track / target date missed")]:
        ws.cell(row=r, column=1, value=k).fill = FILL[k]; ws.cell(row=r, column=2, value=t); r += 1
    wb.save(os.path.join(OUT, "dq2-suffolk-frs-hmicfrs-afi-action-plan.xlsx"))


# ---------------------------------------------------------------- 2. WMCA internal audit tracker (xlsx, year error)
def wmca():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding Recs"
    n = 10
    ws["A1"] = "West Midlands Combined Authority"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit – Follow-up of Recommendations: Audit, Risk and Assurance Committee, March 2024"; ws["A2"].font = Font(bold=True)
    hdr(ws, 4, ["Audit", "Rec No.", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
                "Original Target Date", "Revised Target Date", "RAG", "Internal Audit Comment"],
        [22, 7, 9, 40, 45, 20, 12, 12, 10, 45])
    rows = [
        ("band", "Procurement and Contract Management 2022/23 – Limited Assurance"),
        ("Procurement and Contract Management", 1, "High", "Contract waivers should be approved in line with the Single Commissioning Framework and recorded on the contracts register.",
         "Waiver approval workflow to be built into the e-procurement system so that waivers cannot progress without Head of Procurement sign-off.",
         "Head of Procurement", D(2023, 9, 30), D(2024, 3, 31), "A", "Workflow built and in user testing. Go-live planned for end of March."),
        ("Procurement and Contract Management", 2, "Medium", "The contracts register should be complete and published in line with the Local Government Transparency Code.",
         "Quarterly reconciliation of the contracts register to purchase order data, with the register republished on the website.",
         "Procurement Manager", D(2023, 12, 31), None, "Complete", "Q2 and Q3 reconciliations completed; register republished 12 January 2024."),
        ("Procurement and Contract Management", 3, "Medium", "Contract managers should hold documented performance meetings with key suppliers.",
         "Issue contract management guidance and template; directorates to confirm named contract managers for all contracts over £100k.",
         "Head of Procurement; Directors", D(2024, 6, 30), None, "G", "Guidance issued December 2023. Named managers confirmed by 3 of 5 directorates."),
        ("blank",),
        ("band", "Payroll 2023/24 – Reasonable Assurance"),
        ("Payroll", 1, "Medium", "Starters and leavers should be processed by the payroll cut-off to avoid overpayments.",
         "Monthly reminder to managers and an escalation report of late leaver notifications to Heads of Service.",
         "HR Operations Manager", D(2024, 1, 31), None, "Complete", "Escalation report running since the January payroll."),
        ("Payroll", 2, "Low", "Payroll exception reports should be evidenced as reviewed.",
         "Payroll Officer to sign and date the exception report each month and retain it on the shared drive.",
         "Payroll Manager", D(2024, 2, 29), D(2204, 4, 30), "A", "Sign-off introduced but not evidenced for December; revised date agreed with Internal Audit."),
        ("band", "Cyber Security 2023/24 – Limited Assurance"),
        ("Cyber Security", 1, "High", "Multi-factor authentication should be enforced for all remote access accounts, including third-party suppliers.",
         "Enforce the MFA conditional access policy for all accounts; supplier accounts reviewed and disabled where not required.",
         "Head of ICT", D(2023, 10, 31), None, "Complete", "Verified by Internal Audit in January 2024."),
        ("Cyber Security", 2, "High", "A tested ICT disaster recovery plan should be in place.",
         "Complete a DR test of core systems and update the ICT DR plan with lessons learned.",
         "Head of ICT / Cyber Security Manager", D(2024, 3, 31), None, "R", "DR test postponed twice due to supplier availability; now booked for 20 April 2024."),
    ]
    r = 5
    for row in rows:
        if row[0] == "band": band(ws, r, row[1], n)
        elif row[0] == "blank": pass
        else:
            put(ws, r, list(row), "dd/mm/yyyy")
            c = ws.cell(row=r, column=9)
            key = {"Complete": "B"}.get(row[8], row[8])
            if key in FILL: c.fill = FILL[key]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Priority: High – fundamental control weakness; Medium – significant; Low – good practice.")
    ws.cell(row=r + 1, column=1, value="RAG: Complete = implemented and verified; G = on track; A = at risk / revised date; R = overdue.")
    wb.save(os.path.join(OUT, "dq2-west-midlands-ca-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 3. Lewisham & Greenwich CQC UEC (docx)
def set_cell(cell, text, bold=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text); run.bold = bold


def lgt():
    doc = Document()
    doc.add_heading("Lewisham and Greenwich NHS Trust – CQC Urgent and Emergency Care Action Plan", level=0)
    doc.add_paragraph("Location: Queen Elizabeth Hospital, Woolwich. CQC report published 14 June 2023.")
    t = doc.add_table(rows=3, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]): set_cell(t.cell(0, i), h, True)
    for i, v in enumerate(["1.0", "12/07/2023", "Head of Quality Compliance", "Quality and Safety Committee"]): set_cell(t.cell(1, i), v)
    for i, v in enumerate(["1.3", "06/11/2023", "Head of Quality Compliance", "Executive Management Committee"]): set_cell(t.cell(2, i), v)
    doc.add_paragraph("")
    doc.add_paragraph("This action plan responds to the regulatory breaches (must do) and recommendations (should do) in the CQC's "
                      "report on the emergency department at Queen Elizabeth Hospital. Progress is reviewed monthly at the "
                      "Emergency Care Board and reported to the Quality and Safety Committee.")
    cols = ["No.", "Action required", "Lead", "Timescale", "Progress / evidence of completion", "RAG"]
    plan = [
        ("head", "Must do actions"),
        ("req", "MD1 – The trust must ensure patients are triaged within 15 minutes of arrival in the emergency department (Regulation 12)."),
        ("1.1", "Introduce a rapid assessment and triage (RAT) nurse rota 08:00–00:00, seven days a week.", "Head of Nursing for Emergency Medicine", "July 2023",
         "RAT rota in place from 3 July 2023. Median time to triage 11 minutes in September.", "Complete"),
        ("1.2", "Audit time to triage weekly and report to the Emergency Care Board.", "Clinical Director", "Ongoing",
         "Weekly audit embedded; reported to each Emergency Care Board.", "Green"),
        ("req", "MD2 – The trust must ensure mental health risk assessments are completed and documented for all patients presenting with self-harm (Regulation 12)."),
        ("2.1", "Roll out the revised mental health risk assessment proforma on the electronic patient record.", "Lead Nurse for Mental Health", "30/09/2023",
         "Proforma live on the EPR since 18 September 2023.", "Complete"),
        ("2.2", "Monthly documentation audit of 20 records, with results shared at the ED governance meeting.", "ED Matron", "December 2023",
         "October audit 85% compliance against a 95% target; re-audit in November.", "Amber"),
        ("req", "MD3 – The trust must ensure staff complete level 3 safeguarding adults and children training (Regulation 18)."),
        ("3.1", "Book all outstanding staff onto level 3 safeguarding training and monitor compliance through monthly divisional performance reviews.",
         "Divisional Director of Nursing", "31 March 2024", "Compliance 78% (nursing) and 71% (medical) at the end of October.", "Amber"),
        ("head", "Should do actions"),
        ("req", "SD1 – The trust should ensure that equipment checks on resuscitation trolleys are completed daily."),
        ("4.1", "Add resuscitation trolley checks to the daily ED safety huddle checklist and audit weekly.", "ED Matron", "August 2023",
         "Checklist in use since 1 August; weekly audits 100% for 12 weeks.", "Complete"),
        ("req", "SD2 – The trust should continue to work with system partners to reduce ambulance handover delays."),
        ("5.1", "Open the ambulance receiving area (ARA) with dedicated nursing staff.", "Director of Operations", "Q3 2023/24",
         "Estates work complete; staffing model agreed at Executive Management Committee.", "Green"),
        ("5.2", "Agree a joint handover escalation protocol with London Ambulance Service.", "Director of Operations / LAS Sector Lead", "31/01/2024",
         "Draft protocol shared with LAS; joint review meeting 21 November.", "Green"),
        ("req", "SD3 – The trust should ensure that patient records include pain scores and timely analgesia."),
        ("6.1", "Make pain score a mandatory field in the triage template.", "Chief Clinical Information Officer", "TBC",
         "Change request with the EPR supplier; awaiting a release date.", "Red"),
    ]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(cols): set_cell(t.cell(0, i), h, True)
    for row in plan:
        cells = t.add_row().cells
        if row[0] in ("head", "req"):
            m = cells[0].merge(cells[5]); set_cell(m, row[1], True)
        else:
            for i, v in enumerate(row): set_cell(cells[i], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete – action delivered and evidenced; Green – on track; Amber – at risk of delay; Red – off track.")
    doc.save(os.path.join(OUT, "dq2-lewisham-greenwich-nhs-trust-cqc-uec-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------- 4. Lancashire Constabulary PEEL AFIs (docx)
def lancs():
    doc = Document()
    doc.add_heading("Lancashire Constabulary – PEEL 2023–25 Areas for Improvement: Action Plan", level=0)
    t = doc.add_table(rows=2, cols=3); t.style = "Table Grid"
    for i, h in enumerate(["Owner", "Version", "Last updated"]): set_cell(t.cell(0, i), h, True)
    for i, v in enumerate(["Strategic Development Department", "v4", "October 2024"]): set_cell(t.cell(1, i), v)
    doc.add_paragraph("")
    doc.add_paragraph("HMICFRS published its PEEL inspection report on Lancashire Constabulary in 2024. This plan sets out the "
                      "constabulary's response to each area for improvement (AFI). It is monitored at the Force Performance and "
                      "Improvement Board and scrutinised by the Police and Crime Commissioner's Accountability Board.")
    plan = [
        ("Responding to the public", [
            ("AFI 1 – The constabulary should make sure it answers emergency and non-emergency calls within national standards.", [
                ("1a", "Implement the revised contact management demand model with additional call handlers on Friday and Saturday evenings.",
                 "Ch Supt Contact Management", "Sep-24", "Complete", "14 additional call handlers in post; 999 calls answered within 10 seconds 91% in August."),
                ("1b", "Introduce online reporting and a call-back option for non-emergency calls at peak times.",
                 "Head of Contact", "Mar-25", "On track", "Call-back pilot live in the Pennine division; force-wide roll-out planned for January."),
            ]),
            ("AFI 2 – The constabulary should make sure that repeat and vulnerable victims are identified at the first point of contact.", [
                ("2a", "Deliver THRIVE+ refresher training to all force control room staff.", "Supt Force Control Room", "Dec-24", "Amber",
                 "72% of staff trained; remaining sessions scheduled around the shift pattern."),
            ]),
        ]),
        ("Investigating crime", [
            ("AFI 3 – The constabulary should make sure investigations are allocated to staff with the right skills and supervised effectively.", [
                ("3a", "Review the crime allocation policy and embed the investigation supervision checklist in Connect.", "D/Supt Crime", "30/11/2024", "On track",
                 "Policy revised and approved; checklist build in test."),
                ("3b", "Quarterly audit of supervisory reviews by the Force Crime Registrar.", "Force Crime Registrar", "Quarterly", "Green",
                 "Q2 audit found supervisory review recorded in 83% of sampled investigations."),
            ]),
            ("AFI 4 – The constabulary should make sure victims are kept informed in line with the Victims' Code.", [
                ("4a", "Launch automated victim update texts at key investigation milestones.", "Head of Criminal Justice", "Jan-25", "Red",
                 "Supplier delay; revised go-live date still to be agreed."),
            ]),
        ]),
        ("Protecting vulnerable people", [
            ("AFI 5 – The constabulary should improve how it manages registered sex offenders, reducing the backlog of overdue visits.", [
                ("5a", "Recruit four additional Management of Sexual or Violent Offenders (MOSOVO) officers.", "DCI Public Protection", "June 2024", "Complete",
                 "All four officers in post from 3 June 2024."),
                ("5b", "Clear the backlog of overdue home visits and risk assessments.", "DCI Public Protection", "Oct 2024", "Amber",
                 "Backlog reduced from 212 to 64. Remaining visits prioritised by risk level."),
            ]),
        ]),
    ]
    for area, afis in plan:
        doc.add_heading(area, level=1)
        for afi, acts in afis:
            p = doc.add_paragraph(); p.add_run(afi).bold = True
            t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
            for i, h in enumerate(["Ref", "Action", "Owner", "Due", "Status", "Update"]): set_cell(t.cell(0, i), h, True)
            for a in acts:
                cells = t.add_row().cells
                for i, v in enumerate(a): set_cell(cells[i], v)
            doc.add_paragraph("")
    doc.add_paragraph("Status: Complete; On track / Green; Amber – some risk to delivery; Red – will not be delivered by the due date.")
    doc.save(os.path.join(OUT, "dq2-lancashire-constabulary-peel-afi-action-plan.docx"))


# ---------------------------------------------------------------- 5. Gedling ICO audit (csv)
def gedling():
    rows = [
        ["Gedling Borough Council - ICO Data Protection Audit Action Plan (progress at March 2025)"] + [""] * 8,
        [""] * 9,
        ["Rec ref", "Scope area", "Priority", "ICO recommendation", "Management response / agreed action", "Responsible officer", "Target date", "Status", "Update"],
        ["A1", "Governance & Accountability", "High", "The council should ensure the Record of Processing Activities (ROPA) is complete and reviewed annually.",
         "Information asset owners to review and complete ROPA entries for all services; Information Governance Board to sign off annually.",
         "Data Protection Officer", "31/03/2025", "Complete", "ROPA signed off by IG Board on 12 March 2025."],
        ["A2", "Governance & Accountability", "Medium", "The council should establish KPIs for information governance and report them to senior management.",
         "IG dashboard (SARs, FOIs, breaches, training) to be reported quarterly to the Senior Leadership Team.",
         "Head of Governance", "Jun-25", "On track", "First dashboard drafted; going to SLT in June."],
        ["B1", "Training & Awareness", "High", "Mandatory data protection training should be completed by all staff, with completion monitored.",
         "Refresher e-learning made mandatory annually; monthly compliance reports to Heads of Service.",
         "HR Manager / Data Protection Officer", "30/09/2025", "Amber", "Compliance 81%. Agency staff and members not yet captured."],
        ["B2", "Training & Awareness", "Low", "Specialist training should be provided to staff handling subject access requests.",
         "Deliver SAR handling workshops to customer services and legal teams.", "Data Protection Officer", "TBC", "Not started", ""],
        ["C1", "Records Management", "Medium", "The council should implement its retention schedule across all electronic systems.",
         "Apply retention rules to the EDRMS and network drives, starting with Planning and Revenues.",
         "ICT Manager", "Dec 2025", "Green", "Planning drives reviewed; 1.2TB of records past retention deleted."],
        ["C2", "Records Management", "Medium", "A tracking system for physical files removed from the records store should be introduced.",
         "Introduce a sign-out log and barcode tracking for the off-site records store.",
         "Facilities Manager", "31/07/2025", "Red", "Barcode system procurement paused pending budget review."],
        ["D1", "Data Sharing", "Medium", "Data sharing agreements should be recorded centrally and reviewed.",
         "Create a central register of data sharing agreements on the IG SharePoint site, with review dates.",
         "Information Governance Officer", "Sep-25", "Green", "Register created with 37 agreements logged."],
    ]
    with open(os.path.join(OUT, "dq2-gedling-bc-ico-data-protection-audit-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 6. Hinckley & Bosworth AGS issues (txt, tab-separated)
def hinckley():
    lines = [
        "Hinckley and Bosworth Borough Council",
        "Annual Governance Statement 2023/24 – Significant Governance Issues Action Plan",
        "Progress update to Audit Committee, 23 April 2025",
        "",
        "\t".join(["No.", "Governance issue", "Action", "Responsible officer", "Target date", "Progress", "Status"]),
        "\t".join(["1", "Financial sustainability – medium term budget gap of £2.1m by 2026/27",
                   "Deliver the Fit for the Future savings programme and report progress to Executive quarterly.",
                   "Section 151 Officer", "March 2025", "£1.4m of savings approved in the 2025/26 budget. Remaining gap addressed in the MTFS refresh.", "Green"]),
        "\t".join(["2", "", "Review the fees and charges policy so discretionary charges recover full cost.",
                   "Head of Finance", "31/01/2025", "New fees and charges approved by Council in February 2025.", "Complete"]),
        "\t".join(["3", "Procurement – contract procedure rules not consistently followed (internal audit limited assurance)",
                   "Update the Contract Procedure Rules and deliver training to all budget holders.",
                   "Monitoring Officer", "Q3 2024/25", "Revised rules adopted in November; 63 budget holders trained.", "Complete"]),
        "\t".join(["4", "", "Report contract waivers to Audit Committee each quarter.",
                   "Procurement Lead", "Quarterly", "Waiver report now a standing item.", "Green"]),
        "\t".join(["5", "Cyber security – national threat level and ageing infrastructure",
                   "Complete migration of the remaining on-premises servers to the cloud and achieve PSN compliance.",
                   "ICT Manager (Leicestershire ICT Partnership)", "June 2025", "Migration 70% complete; PSN submission delayed by supplier remediation work.", "Amber"]),
        "\t".join(["6", "Local Plan – delays to the Local Plan timetable",
                   "Agree a revised Local Development Scheme and submit the Local Plan for examination.",
                   "Head of Planning", "December 2025", "Timetable paused following the December 2024 changes to the NPPF; revised LDS to Council in May.", "Red"]),
        "\t".join(["7", "Workforce – recruitment and retention in planning and environmental health",
                   "Introduce market supplements and a 'grow your own' graduate scheme.",
                   "HR Manager", "Ongoing", "Two graduate planners recruited in September 2024.", "Green"]),
        "",
        "Status key: Complete = action finished; Green = on track; Amber = some delay; Red = not on track.",
    ]
    with open(os.path.join(OUT, "dq2-hinckley-bosworth-bc-ags-significant-governance-issues-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 7. Bolton NHS FT EPRR core standards (xlsx, fill-only status)
def bolton():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Bolton NHS Foundation Trust"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "EPRR Core Standards 2024 – Improvement Plan"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Overall assurance rating: Partially compliant (submitted to NHS Greater Manchester, October 2024)"
    hdr(ws, 5, ["Ref", "Domain", "Core standard", "Compliance", "Action to achieve full compliance", "Lead", "Deadline", "Update", "Status"],
        [6, 18, 45, 14, 45, 22, 11, 45, 9])
    rows = [
        ("6", "Governance", "Continuous improvement: the organisation has clearly defined processes for capturing learning from incidents and exercises.",
         "Partially compliant", "Create a lessons identified log and track debrief actions through the EPRR Steering Group.", "EPRR Manager",
         D(2025, 1, 31), "Log created; actions from the October cyber exercise added.", "G"),
        ("8", "Duty to risk assess", "Risk management: the organisation has a robust method of reporting, recording, monitoring and escalating EPRR risks.",
         "Partially compliant", "Add EPRR risks to the corporate risk register with quarterly review by the Risk Management Committee.", "Head of Risk",
         D(2024, 12, 31), "Three EPRR risks added to the register in November.", "B"),
        ("12", "Duty to maintain plans", "Evacuation and shelter: the organisation has arrangements to evacuate and shelter patients, staff and visitors.",
         "Partially compliant", "Update the hospital evacuation and shelter plan to include the new Urgent Treatment Centre.", "EPRR Manager",
         D(2025, 3, 31), "Delayed – awaiting floor plans from Estates.", "R"),
        ("26", "Business continuity", "Business continuity plans: the organisation has up to date business continuity plans for prioritised activities.",
         "Partially compliant", "Complete business impact analyses and BC plans for all clinical divisions.", "Divisional Directors of Operations",
         D(2025, 3, 31), "Surgery and Medicine complete; Women's and Children's and Diagnostics in draft.", "A"),
        ("26", "Business continuity", "Business continuity plans: the organisation has up to date business continuity plans for prioritised activities.",
         "Partially compliant", "Test each divisional BC plan through a tabletop exercise.", "EPRR Manager",
         D(2025, 6, 30), "", None),
        ("29", "Business continuity", "BC audit: the organisation has a process for internal audit, and outcomes are included in the report to the board.",
         "Non-compliant", "Include business continuity in the 2025/26 internal audit plan.", "Director of Finance",
         D(2025, 4, 30), "Scope agreed with MIAA for Q1 2025/26.", "G"),
        ("33", "Training and exercising", "Responder training: the organisation can demonstrate that staff with a role in incident response are trained to the Minimum Occupational Standards.",
         "Partially compliant", "Train all on-call managers to the Minimum Occupational Standards and keep training records on ESR.",
         "EPRR Manager / Deputy Chief Operating Officer", D(2025, 3, 31), "21 of 34 on-call managers trained.", "A"),
        ("58", "Hazmat/CBRN", "Decontamination capability: the organisation has sufficient trained staff to deliver decontamination 24/7.",
         "Partially compliant", "Train additional ED staff in PRPS decontamination so that six trained staff are on every shift.", "ED Matron",
         "Ongoing", "Shift cover at 4–5 trained staff; two further courses booked.", "G"),
    ]
    r = 6
    for row in rows:
        put(ws, r, list(row[:8]) + [None], "dd-mmm-yy")
        if row[8]: ws.cell(row=r, column=9).fill = FILL[row[8]]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True); r += 1
    for k, t in [("B", "Complete"), ("G", "On track"), ("A", "At risk"), ("R", "Off track / overdue"), (None, "Not started")]:
        c = ws.cell(row=r, column=1)
        if k: c.fill = FILL[k]
        c.border = BOX
        ws.cell(row=r, column=2, value=t); r += 1
    wb.save(os.path.join(OUT, "dq2-bolton-nhsft-eprr-core-standards-improvement-plan.xlsx"))


if __name__ == "__main__":
    suffolk(); wmca(); lgt(); lancs(); gedling(); hinckley(); bolton()
