"""Generator for the ce2- cases of heldout117 (plans outside children's services)."""
import datetime as dt
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


GREEN, AMBER, RED, BLUE, GREY = "92D050", "FFC000", "FF0000", "00B0F0", "D9D9D9"
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


# ---------------------------------------------------------------- 1 Hyde (xlsx)
def hyde():
    wb = Workbook()
    ws = wb.active
    ws.title = "CHC action plan"
    ws["A1"] = "The Hyde Group – Complaint Handling Code Self-Assessment 2024/25: Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Where our self-assessment found that we did not fully comply with a provision of the Housing "
                "Ombudsman's Complaint Handling Code, the actions below set out how and when we will achieve "
                "compliance. Progress is reported quarterly to the Customer Experience Committee.")
    ws["A2"].alignment = WRAP
    ws.merge_cells("A2:I2")
    ws.row_dimensions[2].height = 45
    hdr = ["Code provision", "Code requirement", "Compliant?", "Action required", "Action owner",
           "Target date", "Revised target date", "RAG", "Progress update (Q1 2024/25)"]
    ws.append([])  # row 3 blank
    ws.append(hdr)  # row 4
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP

    def section(text):
        ws.append([text])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = fill(GREY)

    def row(vals, rag_fill=None):
        ws.append(vals)
        r = ws.max_row
        for col in (6, 7):
            ws.cell(r, col).number_format = "dd/mm/yyyy"
        for c in ws[r]:
            c.alignment = WRAP
        rag = ws.cell(r, 8)
        colour = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}.get(rag.value)
        if colour or rag_fill:
            rag.fill = fill(colour or rag_fill)

    section("Section 3: Accessibility and awareness")
    row(["3.2", "Landlords must make it easy for residents to complain by providing different channels through which they can make a complaint.",
         "Partial", "Add a complaints option to the MyHyde resident app and make the web complaint form usable on mobile devices without creating an account.",
         "Head of Digital Services", D(2024, 9, 30), None, "Green",
         "Web form redesign tested with the Resident Voice panel in May; app release scheduled for the August sprint."])
    row(["3.6", "Landlords must give residents the opportunity to have a representative deal with their complaint on their behalf, and to be represented or accompanied at any meeting.",
         "Partial", "Update the complaints policy and resident leaflet to explain how a representative or advocate can act for a resident, and record representatives' details on the case record.",
         "Complaints Policy Lead", D(2024, 7, 31), None, "Complete",
         "Policy approved by the Executive Leadership Team on 18 June 2024 and leaflet reprinted."])
    section("Section 4: Complaint handling staff")
    row(["4.3", "Landlords must have a designated person or team responsible for complaint handling, with the authority and autonomy to act to resolve disputes promptly and fairly.",
         "Partial", "Give Complaint Resolution Officers delegated authority to agree remedies and compensation up to £1,000 without escalation to a head of service.",
         "Director of Customer Experience / Head of Finance", D(2024, 10, 31), D(2024, 12, 31), "Amber",
         "Delegation scheme drafted; awaiting sign-off at the Audit and Risk Committee, which has moved from September to November."])
    section("Section 5: The complaint handling process")
    row(["5.4", "Landlords must acknowledge the complaint within five working days and set out their understanding of it and the outcomes the resident is seeking.",
         "No", "Introduce an acknowledgement template that restates the complaint and the outcome sought, and add a five-working-day acknowledgement alert to the Dynamics case system.",
         "Head of Customer Resolution", D(2024, 8, 31), None, "Green",
         "Template in use since July. System alert built and in user testing."])
    row(["5.14", "Landlords must keep residents regularly updated about the progress of the investigation.",
         "Partial", "Set a standard that residents with an open complaint receive an update at least every ten working days, and report compliance monthly in the complaints dashboard.",
         "Customer Insight Manager", D(2024, 12, 31), None, None,
         "Dashboard measure defined; the first month's data shows 71% of open cases updated within ten working days."], rag_fill=AMBER)
    section("Section 6: Complaint stages")
    row(["6.4", "Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.",
         "No", "Recruit four additional Complaint Resolution Officers and clear the backlog of stage 1 complaints older than 20 working days.",
         "Head of Customer Resolution", D(2024, 9, 30), None, "Red",
         "Two of the four posts filled. Backlog stands at 212 cases against a target of under 50."])
    row(["6.13", "Landlords must respond to the stage 2 complaint within 20 working days of the complaint being acknowledged.",
         "Partial", "Assign stage 2 reviews to a rota of heads of service so that each review has an owner within two working days of escalation.",
         "Director of Customer Experience", D(2024, 11, 30), None, "Amber",
         "Rota agreed with the heads of service; 64% of stage 2 responses were within timescale in Q1."])
    ws.append([])
    section("Section 9: Scrutiny & oversight")
    row(["9.7", "Landlords must appoint a member of the governing body to have lead responsibility for complaints (the Member Responsible for Complaints).",
         "Partial", "Confirm the Member Responsible for Complaints' role description and set up a quarterly meeting with the Head of Customer Resolution.",
         "Company Secretary", D(2024, 6, 30), None, "Complete",
         "Role description agreed by the Board in April; first meeting held on 12 June."])
    ws.append([])
    ws.append(["RAG key: Complete (blue) = action completed; Green = on track; Amber = at risk of missing the target date; Red = target date missed or off track"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=9)
    for col, w in zip("ABCDEFGHI", [10, 45, 11, 50, 28, 13, 13, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ce2-hyde-housing-ombudsman-complaint-handling-code-self-assessment-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 Dudley ASC (docx)
def dudley():
    doc = Document()
    doc.add_heading("Dudley Adult Social Care – CQC Assessment Improvement Plan", 0)
    doc.add_paragraph(
        "Following the Care Quality Commission's assessment of Dudley Council's adult social care functions "
        "(report published 14 February 2025, overall rating: Requires Improvement), this plan sets out the "
        "actions we will take against the areas for improvement identified by CQC. It is monitored monthly by "
        "the Adult Social Care Improvement Board and reported to the Health and Adult Social Care Scrutiny Committee.")
    doc.add_heading("Document control", 2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        c.text = h
    for v in [("1.0", "03/03/2025", "ASC Performance & Quality Team", "Approved by ASC Improvement Board"),
              ("1.1", "02/06/2025", "ASC Performance & Quality Team", "Quarter 1 progress update")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x

    hdr = ["Ref", "Area for improvement", "Action", "Lead", "Timescale", "Status"]
    themes = [
        ("Theme 1: Working with people", [
            ("1.1", "People waiting for a Care Act assessment experienced long delays, and waiting lists were not consistently risk-rated.",
             "Introduce a risk-rating tool for everyone waiting for an assessment and review the highest-risk cases weekly.",
             "Head of Service – Assessment and Care Management", "April 2025", "Complete"),
            ("1.2", None,
             "Reduce the number of people waiting more than 28 days for a Care Act assessment to under 100 through a temporary assessment team.",
             "Principal Social Worker / Head of Service – Assessment and Care Management", "Q2 2025/26", "On track"),
            ("1.3", "Unpaid carers told CQC they were not always offered a carer's assessment or told what support was available.",
             "Commission the Dudley Carers Hub to carry out carers' assessments under a trusted assessor arrangement.",
             "Head of Commissioning (Adults)", "Sept 2025", "Amber"),
        ]),
        ("Theme 2: Providing support", [
            ("2.1", "Home care capacity in parts of the borough was limited, which delayed some hospital discharges.",
             "Re-tender the home care framework using a zoned model that guarantees capacity in each locality.",
             "Sarah Whitehouse and Imran Qureshi", "End of October 2025", "On track"),
            ("2.2", "Information and advice about care and support was hard to find and not available in accessible formats.",
             "Relaunch the adult social care information pages with easy-read versions and translated summaries of the main leaflets.",
             "Head of Customer Services", "July – December 2025", "Not started"),
        ]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("3.1", "Safeguarding enquiries were not always completed in a timely way and there was a backlog of concerns awaiting triage.",
             "Set up a Safeguarding Adults Hub to triage all concerns within 24 hours, with a daily multi-agency huddle.",
             "Head of Safeguarding and Quality Assurance", "31/07/2025", "Red"),
            ("3.2", None,
             "Audit 30 closed section 42 enquiries each quarter and report the themes to the Dudley Safeguarding People Partnership.",
             "Head of Safeguarding and Quality Assurance", "Quarterly", "Green"),
        ]),
        ("Theme 4: Leadership", [
            ("4.1", "Performance information was not used consistently to drive improvement or inform strategic decisions.",
             "Implement a monthly ASC performance scorecard for the Directorate Leadership Team and the Cabinet Member.",
             "Director of Adult Social Care", "June 2025", "Complete"),
            ("4.2", None,
             "Develop a co-produced adult social care strategy with people who draw on care and support and with unpaid carers.",
             "Assistant Director – Strategy & Commissioning", "March 2026", "On track"),
        ]),
    ]
    colours = {"Complete": "00B0F0", "On track": "92D050", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for theme, rows in themes:
        doc.add_heading(theme, 2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            c.text = h
            c.paragraphs[0].runs[0].bold = True
            shade(c, "D9E2F3")
        prev = None
        for ref, afi, act, lead, when, status in rows:
            cells = t.add_row().cells
            cells[0].text = ref
            cells[2].text = act
            cells[3].text = lead
            cells[4].text = when
            cells[5].text = status
            if status in colours:
                shade(cells[5], colours[status])
            if afi is None:
                prev.merge(cells[1])
            else:
                cells[1].text = afi
                prev = cells[1]
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action delivered; On track – progressing to timescale; "
                      "Amber – some risk to timescale; Red – off track; Not started.")
    doc.save(os.path.join(OUT, "ce2-dudley-asc-cqc-assessment-improvement-plan.docx"))


# ---------------------------------------------------------------- 3 West Sussex FRS (xlsx)
def wsfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "West Sussex Fire & Rescue Service HMICFRS Improvement Plan – Year 2"
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Progress position as at 31 December 2019. Reported to the Fire & Rescue Service Scrutiny "
                "Committee, 20 January 2020.")
    ws.merge_cells("A2:I2")
    ws.append([])
    ws.append(["Ref", "Action", "Owner", "Start date", "Due date", "Revised due date", "Previous RAG",
               "Current RAG", "Progress update"])
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

    def band(text, dark=False):
        ws.append([text])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(r, 1)
        c.alignment = WRAP
        if dark:
            c.font = Font(bold=True, color="FFFFFF", size=12)
            c.fill = fill("404040")
        else:
            c.font = Font(bold=True)
            c.fill = fill("F2DCDB")
            ws.row_dimensions[r].height = 32

    def row(vals):
        ws.append(vals)
        r = ws.max_row
        for col in (4, 5, 6):
            ws.cell(r, col).number_format = "dd/mm/yyyy"
        for col in (7, 8):
            v = ws.cell(r, col).value
            if v in rag_fill:
                ws.cell(r, col).fill = fill(rag_fill[v])
                ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="top")
        for col in (1, 2, 3, 9):
            ws.cell(r, col).alignment = WRAP

    band("EFFECTIVENESS", dark=True)
    band("Cause for Concern 1 – Preventing fire and other risks: the service should ensure it has effective "
         "management and oversight of home safety visits, including high-risk referrals from partners.")
    row(["1.1", "Introduce a digital home safety visit (HSV) system to replace the paper-based process, with referral triage against a risk score.",
         "AM Prevention", D(2019, 4, 1), D(2019, 12, 31), None, "A", "G",
         "System live at all stations from 4 November. Paper referrals are now scanned and logged on receipt."])
    row(["1.2", "Clear the backlog of high-risk HSVs outstanding from partner referrals and report weekly to the Service Executive Board.",
         "AM Prevention", D(2019, 2, 1), D(2019, 6, 30), None, "G", "B",
         "Backlog cleared in June 2019; weekly reporting replaced by the monthly performance report."])
    band("Cause for Concern 2 – Protecting the public through fire regulation: the service should ensure its "
         "risk-based inspection programme targets the highest-risk premises and is resourced to meet its IRMP priorities.")
    row(["2.1", "Review the risk-based inspection programme (RBIP) and rebuild the premises database using the national risk methodology.",
         "GM Protection / SM Risk & Resilience", D(2019, 3, 1), D(2019, 10, 31), D(2020, 3, 31), "A", "A",
         "Database rebuilt; risk scoring of 14,000 premises is 80% complete. Revised date agreed by the Service Executive Board."])
    row(["2.2", "Recruit and train six additional fire safety inspectors funded from the 2019/20 growth bid.",
         "Head of Protection", D(2019, 4, 1), D(2020, 9, 30), None, "G", "G",
         "Four inspectors appointed and working towards the Level 4 Diploma in Fire Safety."])
    band("Area for Improvement 3 – Responding to fires and other emergencies: the service should ensure its "
         "fire engines are available to respond in line with its IRMP.")
    row(["3.1", "Introduce a crewing and availability dashboard for on-call stations, reviewed daily by the Control duty officer.",
         "AM Response", D(2019, 6, 1), D(2020, 1, 31), None, "R", "A",
         "Dashboard in pilot at six on-call stations; rollout depends on the mobilising system upgrade."])
    ws.append([])
    band("PEOPLE", dark=True)
    band("Cause for Concern 3 – Promoting the right values and culture: the service should ensure its values "
         "and behaviours are understood and demonstrated by staff at all levels.")
    row(["4.1", "Launch the Service Values and Behaviours framework, with a session for every watch delivered by a member of the Service Executive Board.",
         "Chief Fire Officer", D(2019, 5, 1), D(2019, 11, 30), None, "G", "B",
         "All 86 sessions delivered by 22 November; evaluation report to be presented in February."])
    row(["4.2", "Introduce an independent confidential reporting line for bullying and harassment concerns.",
         "Head of HR", D(2019, 9, 1), D(2020, 4, 30), None, None, "G",
         "Provider appointed through the county council's framework; launch planned for March."])
    band("Cause for Concern 4 – Ensuring fairness and promoting diversity: the service should improve the "
         "diversity of its workforce and the fairness of its promotion processes.")
    row(["5.1", "Redesign the promotion process with assessment centres, external assessors and published criteria.",
         "Head of HR / AM Training & Development", D(2019, 7, 1), D(2020, 6, 30), None, "A", "R",
         "Assessment centre design delayed by the departure of the Learning & Development Manager. Recovery plan going to the Service Executive Board on 28 January."])
    ws.append([])
    ws.append(["RAG status: R – off track / will not be delivered by the due date; A – some slippage, remedial action in place; G – on track; B – complete"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=9)
    for col, w in zip("ABCDEFGHI", [7, 55, 24, 12, 12, 14, 10, 10, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ce2-west-sussex-frs-hmicfrs-improvement-plan-year2.xlsx"))


# ---------------------------------------------------------------- 4 Thanet CSP (csv)
THANET = """Thanet Community Safety Partnership - Partnership Plan 2023-26: Action Plan 2024/25,,,,,,
,,,,,,
Priority,Ref,Action,Lead,Target date,Status,Update
Priority 1: Anti-social behaviour,1.1,Run a joint ASB hotspot patrol plan for Margate town centre and Cliftonville with monthly review at the CSP Tasking Group.,Kent Police - District Commander,Ongoing,Green,Patrol plan in place since April; ASB calls in the hotspot area are down 14% on the same quarter last year.
,1.2,Deliver the summer diversionary activities programme for young people aged 10 to 17 in Ramsgate and Margate.,Community Safety Manager (TDC),Sep-24,Complete,"47 sessions delivered with 612 attendances; evaluation going to the September Partnership Board."
,1.3,"Use Community Protection Warnings and Notices consistently across partners, with a shared log held by the Community Safety Unit.",Community Safety Manager (TDC) / Housing Tenancy Manager (TDC),31/12/2024,Amber,Shared log set up. Kent Police access to the log is still awaited.
,,,,,,
Priority 2: Violence against women and girls (VAWG),2.1,Deliver Safer Spaces training to staff at licensed premises across the district's night-time economy.,Licensing Manager,Mar-25,On track,Training delivered to 23 of 40 premises.
,2.2,Promote the Domestic Abuse One Stop Shop in Margate and monitor referrals through the Partnership Board.,Domestic Abuse Coordinator,Quarterly,Green,Referrals reported each quarter; 96 attendances in Q1.
,2.3,"Complete walk-and-talk safety audits of routes through Ramsgate harbour and Margate seafront with women's groups, and report recommended lighting and CCTV improvements.",CSP Coordinator & Neighbourhood Inspector (Kent Police),Nov-24,Red,Audits postponed twice owing to partner availability; new dates set for January 2025.
,,,,,,
Priority 3: Serious violence and exploitation,3.1,Publish the Thanet serious violence strategic needs assessment and agree local actions under the Serious Violence Duty.,Community Safety Manager (TDC),30/06/2024,Complete,Published in June 2024 on the partnership web page.
,3.2,Map young people at risk of county lines exploitation through the multi-agency Exploitation Panel and agree a named lead for each young person.,Adolescent Services Manager (KCC),TBC,Not started,Awaiting the panel's terms of reference.
,,,,,,
Priority 4: Substance misuse,4.1,"Commission outreach in Margate town centre for street drinkers and rough sleepers with substance misuse needs, linked to the local treatment service.",Public Health Specialist (KCC) / Housing Options Manager (TDC),March 2025,Green,Outreach worker in post since August; 31 people engaged so far.
,,,,,,
Key: Green = on track; Amber = some risk to delivery; Red = off track; Complete = action finished,,,,,,
"""


def thanet():
    with open(os.path.join(OUT, "ce2-thanet-csp-partnership-plan-action-plan.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(THANET.replace("\n", "\r\n"))


# ---------------------------------------------------------------- 5 Coventry public health (txt, tab)
def coventry():
    rows = [
        ["Coventry Director of Public Health Annual Report 2023 – Recommendations progress tracker"],
        ["Update for the Coventry Health and Wellbeing Board, 18 November 2024"],
        [],
        ["No.", "Recommendation", "Action", "Lead", "Due", "RAG", "Progress"],
        ["1a", "The Council and partners should make the city's Marmot principles a test for every new strategy and policy.",
         "Add a health inequalities impact assessment to the Cabinet report template.",
         "Head of Public Health Policy", "Dec 2024", "Green",
         "Draft template agreed with Legal and Democratic Services; training for report authors booked for November."],
        ["1b", "", "Publish an annual Marmot City progress report with ward-level indicators.",
         "Consultant in Public Health (Intelligence)", "Q4 2024/25", "Amber",
         "Indicator set agreed. Ward-level data for two indicators is still awaited from ONS."],
        ["2a", "NHS and council services should close the gap in childhood immunisation uptake between the most and least deprived wards.",
         "Run targeted MMR catch-up clinics in the five wards with the lowest uptake.",
         "Consultant in Public Health (Health Protection) / Immunisation Coordinator (ICB)", "31/03/2025", "Green",
         "Clinics running in three of the five wards; 418 children vaccinated since July."],
        ["2b", "", "Share practice-level uptake data monthly with primary care networks.",
         "LE, RP", "Monthly", "Completed", "Monthly data pack in place since June 2024."],
        ["3a", "Partners should increase the number of people in work who have a long-term health condition or disability.",
         "Extend the Job Shop health and work coaching offer to the three Family Hubs.",
         "Head of Employment & Skills", "Jan-25", "Amber",
         "Coaching started at one Family Hub; recruitment for the other two is under way."],
        ["3b", "", "Sign up 20 Coventry employers to the Thrive at Work workplace health programme.",
         "Public Health Programme Manager (Workplace Health)", "TBC", "Not started",
         "Programme relaunch awaiting confirmation of West Midlands Combined Authority funding."],
        ["4a", "The city should reduce harm from alcohol and drugs, with a focus on people who are not currently in treatment.",
         "Commission an assertive outreach service for dependent drinkers who are not in treatment.",
         "Alcohol and Drugs Commissioning Lead", "Oct-24", "Completed",
         "Contract awarded; service started on 1 October 2024."],
        ["4b", "", "Expand naloxone supply through community pharmacies.",
         "Alcohol and Drugs Commissioning Lead", "End of March 2025", "Green",
         "41 pharmacies now supply naloxone against a target of 50."],
        [],
        ["RAG: Green – on track; Amber – at risk; Red – off track; Completed – action finished; Not started"],
    ]
    with open(os.path.join(OUT, "ce2-coventry-public-health-dphar-recommendations-tracker.txt"), "w",
              encoding="utf-8", newline="") as f:
        for r in rows:
            f.write("\t".join(r) + "\r\n")


# ---------------------------------------------------------------- 6 Canterbury audit (xlsx, refuse)
def canterbury():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding recs"
    ws["A1"] = "Canterbury City Council – Internal Audit: Outstanding Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Prepared by the East Kent Audit Partnership for the Governance Committee, 25 September 2024"
    ws.merge_cells("A2:K2")
    ws.append([])
    ws.append(["Audit", "Assurance", "Rec no.", "Priority", "Recommendation", "Agreed action",
               "Responsible officer", "Original target date", "Revised target date", "Status", "Comments"])
    for c in ws[4]:
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.alignment = WRAP
    data = [
        ["Housing Repairs – Voids (2023/24)", "Limited", 1, "High",
         "Void properties should be inspected within two working days of the keys being returned and the inspection recorded on the housing management system.",
         "Introduce a void inspection checklist on the mobile working app and report void inspection times monthly.",
         "Head of Housing", D(2024, 3, 31), "30/09/2024", "In progress",
         "Mobile checklist live; the monthly report will start in October."],
        [None, None, 2, "Medium",
         "Void re-let times should be reported against target in the housing performance report.",
         "Add void re-let times to the quarterly housing performance report to Cabinet.",
         "Housing Performance Officer", D(2024, 6, 30), None, "Implemented",
         "Included from the Q1 2024/25 report."],
        ["Council Tax Reduction Scheme (2023/24)", "Reasonable", 1, "Medium",
         "Evidence of income for self-employed claimants should be checked and retained on the claim file.",
         "Issue a procedure note to assessment staff and carry out a monthly 5% quality check of self-employed claims.",
         "Revenues & Benefits Manager", D(2024, 5, 31), None, "Implemented",
         "Procedure note issued 20 May; quality checks in place."],
        ["Car Parking Income (2023/24)", "Reasonable", 1, "High",
         "Cash collected from pay and display machines should be reconciled to the machine audit tickets and any discrepancies investigated.",
         "Reconcile collections weekly using the new back-office system and investigate any variance above £50.",
         "Parking Services Manager", D(2024, 6, 30), "Ocotber 2024", "In progress",
         "Back-office system upgrade slipped; new date agreed with the Head of Transport & Environment."],
        [None, None, 2, "Low",
         "The list of staff authorised to empty machines should be reviewed and kept up to date.",
         "Review the authorised collectors list every six months.",
         "Parking Services Manager", D(2024, 4, 30), None, "Implemented", "Reviewed April 2024."],
        ["Cyber Security (2024/25)", "Limited", 1, "High",
         "Multi-factor authentication should be enforced for all remote access and administrator accounts.",
         "Complete the rollout of multi-factor authentication to all remote users and privileged accounts.",
         "Head of ICT (EK Services)", D(2024, 12, 31), None, "Not yet due",
         "Rollout 85% complete; remaining accounts are service accounts being reviewed with suppliers."],
        [None, None, 2, "Medium",
         "Leavers' network accounts should be disabled on their last working day.",
         "Agree a leavers' notification process with HR so that accounts are disabled on the last working day.",
         "Head of ICT (EK Services) / HR Manager", D(2024, 11, 30), None, "In progress",
         "Process drafted; to be tested with the November payroll run."],
    ]
    for r in data:
        ws.append(r)
        n = ws.max_row
        for col in (8, 9):
            ws.cell(n, col).number_format = "dd/mm/yyyy"
        for c in ws[n]:
            c.alignment = WRAP
    ws.merge_cells("A5:A6")
    ws.merge_cells("B5:B6")
    ws.merge_cells("A8:A9")
    ws.merge_cells("B8:B9")
    ws.merge_cells("A10:A11")
    ws.merge_cells("B10:B11")
    ws.append([])
    ws.append(["Priority: High – fundamental control weakness requiring urgent action; Medium – significant weakness; Low – housekeeping / good practice."])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=11)
    for col, w in zip("ABCDEFGHIJK", [26, 11, 7, 9, 45, 45, 24, 12, 12, 13, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ce2-canterbury-cc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 7 Maidstone CPC (docx)
def maidstone():
    doc = Document()
    doc.add_heading("Maidstone Borough Council – LGA Corporate Peer Challenge: Action Plan", 1)
    doc.add_paragraph(
        "The Corporate Peer Challenge took place from 11 to 14 March 2024. The peer team made seven "
        "recommendations; this action plan sets out the council's response to the four that require new "
        "actions and was agreed by Cabinet on 19 June 2024. Progress is shown as at December 2024.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "BFBFBF")
    colours = {"G": "92D050", "A": "FFC000", "R": "FF0000", "B": "00B0F0"}

    def rec(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        m.text = text
        m.paragraphs[0].runs[0].bold = True
        shade(m, "DEEAF6")

    def act(ref, action, lead, when, rag_text, rag_colour, progress):
        cells = t.add_row().cells
        cells[0].text = ref
        cells[1].text = action
        cells[2].text = lead
        cells[3].text = when
        cells[4].text = rag_text
        if rag_colour:
            shade(cells[4], colours[rag_colour])
        cells[5].text = progress

    rec("Recommendation 1: Agree a clear set of priorities for the remainder of the Strategic Plan period and align resources to them")
    act("1.1", "Hold a Member and Corporate Leadership Team workshop to agree the top priorities for 2024–2026.",
        "Chief Executive", "July 2024", "Complete", "B",
        "Workshop held on 9 July; priorities reported to Cabinet in September.")
    act("1.2", "Refresh the Medium Term Financial Strategy so that budget proposals are tested against the agreed priorities.",
        "Director of Finance, Resources & Business Improvement", "By 28 February 2025", "", "G",
        "Budget proposals scored against the priorities at the November Cabinet workshop.")
    rec("Recommendation 2: Strengthen the council's capacity to deliver its housing and regeneration ambitions")
    act("2.1", "Appoint a Programme Director for housing delivery and set up a programme board with monthly reporting.",
        "Director of Regeneration & Place", "Sept 2024", "Complete", "B",
        "Programme Director started on 2 September; board meets monthly.")
    act("2.2", "Prepare a business plan for the council's housing company, including its borrowing limits and risk appetite.",
        "AJ / MR", "Q4 2024/25", "", "A",
        "Draft business plan prepared. An external review of the financial model has been commissioned.")
    rec("Recommendation 3: Invest in organisational development, including leadership capacity and staff wellbeing")
    act("3.1", "Launch a management development programme for all team leaders and managers.",
        "Head of HR Shared Service", "October 2024 – March 2025", "", "G",
        "First two cohorts under way; 48 managers enrolled.")
    act("3.2", "Repeat the staff survey each year and publish a 'you said, we did' response.",
        "Head of Policy, Communications & Governance", "Ongoing", "", "G",
        "2024 survey closed in October with a 63% response rate.")
    rec("Recommendation 4: Develop member development and the working relationship between Cabinet and the Overview and Scrutiny Committee")
    act("4.1", "Agree a scrutiny work programme with the Leader and Cabinet that includes pre-decision scrutiny of key decisions.",
        "Democratic and Electoral Services Manager", "Dec-24", "", "R",
        "Discussion deferred twice; now scheduled for the January Overview and Scrutiny Committee.")
    act("4.2", "Deliver a refreshed member development programme covering finance, planning and chairing skills.",
        "Democratic and Electoral Services Manager", "May 2025", "Not started", None,
        "Programme to be designed with the new intake after the May 2025 elections.")
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Green – on track; Amber – at risk of slipping; Red – off track or overdue; Blue – complete.")
    doc.save(os.path.join(OUT, "ce2-maidstone-bc-corporate-peer-challenge-action-plan.docx"))


if __name__ == "__main__":
    hyde()
    dudley()
    wsfrs()
    thanet()
    coventry()
    canterbury()
    maidstone()
