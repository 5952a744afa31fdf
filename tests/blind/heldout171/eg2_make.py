"""Generate the eg2- blind cases (adults, housing, audit, peer challenge, police oversight, scrutiny)."""
import csv, datetime as dt, os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
FILL = {"Red": "FF0000", "Amber": "FFC000", "Green": "92D050", "Complete": "00B0F0", "Blue": "00B0F0"}


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def hdr(row, names):
    for c, n in zip(row.cells, names):
        c.text = ""
        r = c.paragraphs[0].add_run(n); r.bold = True
        shade(c, "1F3864"); r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------- 1 Dorset Council ASC (docx)
def dorset():
    d = Document()
    d.add_heading("Dorset Council Adults and Housing: CQC Local Authority Assessment Improvement Plan 2025/26", 0)
    d.add_paragraph(
        "This plan sets out the actions we will take in response to the areas for improvement identified "
        "in our CQC local authority assessment and in our own self-assessment. It is monitored monthly by the "
        "Adults and Housing Senior Leadership Team and reported quarterly to the People and Health Scrutiny Committee.")
    d.add_paragraph("Document control").runs[0].bold = True
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    hdr(t.rows[0], ["Version", "Date", "Author", "Changes"])
    for v in [("0.3", "14/02/2025", "Quality Assurance Lead", "Draft following CQC feedback"),
              ("1.0", "11/03/2025", "Quality Assurance Lead", "Agreed by Adults SLT"),
              ("1.1", "17/06/2025", "Quality Assurance Lead", "Q1 progress update")]:
        cs = t.add_row().cells
        for c, x in zip(cs, v): c.text = x
    themes = [
        ("Theme 1: Working with people", [
            ("1.1", "Waiting times for Care Act assessments are too long in some localities",
             "Introduce a single waiting-list triage process across the three locality teams, with weekly oversight of the longest waits by team managers.",
             "Service Manager (Assessment)", "June 2025", "Green"),
            ("1.2", None,
             "Commission additional Trusted Assessor capacity to clear the occupational therapy waiting list.",
             "Head of Operations / Commissioning Manager", "Sept 2025 – March 2026", "Amber"),
            ("1.3", "Unpaid carers told us they are not always offered a carer's assessment",
             "Relaunch the carers' assessment offer with our commissioned carers' service, including an online self-assessment.",
             "JR", "31/10/2025", "Green"),
        ]),
        ("Theme 2: Providing support", [
            ("2.1", "Home care is hard to source in rural parts of the county",
             "Procure a rural home care framework with enhanced rates for the hardest-to-reach areas.",
             "Corporate Director Commissioning", "Q3 2025/26", "Amber"),
            ("2.2", None,
             "Grow the community micro-provider programme to 150 registered micro-providers.",
             "Harris, Jo", "March 2026", "Green"),
        ]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("3.1", "Safeguarding concerns are not always screened within 24 hours",
             "Move safeguarding screening into the Adult Access Team with a duty manager rota and daily dip-sampling.",
             "Head of Safeguarding and Quality Assurance", "April 2025", "Complete"),
            ("3.2", "Young people moving from children's services do not always have a timely transition plan",
             "Establish a monthly Preparing for Adulthood panel to track every young person from age 14.",
             "PfA Service Manager & Head of SEND", "Ongoing", "Green"),
        ]),
        ("Theme 4: Leadership", [
            ("4.1", "Co-production with people who draw on care and support is not yet embedded",
             "Recruit and train a Lived Experience Board to co-produce the refreshed Adult Social Care Strategy.",
             "Director of Adult Social Care", "December 2025", "Red"),
            ("4.2", "Our equality, diversity and inclusion offer to staff needs developing",
             "Deliver an EDI workforce action plan, including reverse mentoring for the leadership team.",
             "HR Business Partner", "End of September 2025", "Green"),
        ]),
    ]
    for theme, rows in themes:
        d.add_heading(theme, 1)
        t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
        hdr(t.rows[0], ["Ref", "Area for improvement", "Action", "Lead", "Timescale", "RAG"])
        top = None
        for ref, afi, act, lead, when, rag in rows:
            cs = t.add_row().cells
            cs[0].text = ref
            if afi is not None:
                cs[1].text = afi; top = cs[1]
            else:
                top.merge(cs[1])
            cs[2].text = act; cs[3].text = lead; cs[4].text = when; cs[5].text = rag
            shade(cs[5], FILL[rag])
        d.add_paragraph("")
    d.add_paragraph("RAG key: Red – off track or at risk; Amber – some slippage, recoverable; "
                    "Green – on track; Complete – action delivered and evidenced.")
    d.save(P("eg2-dorset-council-asc-cqc-assessment-improvement-plan.docx"))


# ---------------------------------------------------------------- 2 London Assembly (docx)
def london_assembly():
    d = Document()
    d.add_heading("London Assembly Transport Committee: Bus Safety – Recommendations Monitoring", 0)
    d.add_paragraph(
        "The Committee published its report on bus safety in March 2024 and made three recommendations to "
        "Transport for London (TfL). This paper sets out the actions TfL agreed in its response and the progress "
        "reported to the Committee at its meeting on 14 November 2024.")
    recs = [
        ("Recommendation 1 – TfL should publish bus collision and injury data by route and operator every quarter.", [
            ("1a", "Publish quarterly bus collision and injury data by route and operator on the TfL website.",
             "Director of Bus Operations", "Q1 2024/25", "Green"),
            ("1b", "Add the collision data to the public Bus Safety Dashboard so that it can be filtered by borough.",
             "Head of Analytics", "December 2024", "Amber")]),
        ("Recommendation 2 – TfL should accelerate the roll-out of the Bus Safety Standard across the whole fleet.", [
            ("2a", "Require every new bus entering the London fleet to meet the Bus Safety Standard.",
             "Director of Bus Operations", "Ongoing", "Green"),
            ("2b", "Report fleet compliance with the Bus Safety Standard to the Committee.",
             "Bus Safety Lead", "March 2025", "Complete")]),
        ("Recommendation 3 – TfL should work with operators to reduce driver fatigue.", [
            ("3a", "Extend the driver fatigue detection trial to all bus operators.",
             "MH/PT", "31/03/2025", "Red"),
            ("3b", "Agree minimum standards for driver rest facilities at garages and route terminals with operators.",
             "Managing Director, Surface Transport", "End of October 2024", "Green")]),
    ]
    for rec, rows in recs:
        p = d.add_paragraph(); p.add_run(rec).bold = True
        t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
        hdr(t.rows[0], ["Ref", "Action agreed", "Lead", "Deadline", "RAG"])
        for ref, act, lead, when, rag in rows:
            cs = t.add_row().cells
            for c, x in zip(cs, (ref, act, lead, when, rag)): c.text = x
            shade(cs[4], FILL[rag])
        d.add_paragraph("")
    d.add_paragraph("RAG status: Green – on track; Amber – at risk; Red – off track; Complete – delivered.")
    d.save(P("eg2-london-assembly-transport-committee-bus-safety-recommendations-monitoring.docx"))


# ---------------------------------------------------------------- xlsx helpers
BOLD = Font(bold=True)
HFILL = PatternFill("solid", fgColor="1F3864")
SECFILL = PatternFill("solid", fgColor="D9E1F2")
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c, hexcol):
    c.fill = PatternFill("solid", fgColor=hexcol)


def headers(ws, r, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(r, i, n); c.font = Font(bold=True, color="FFFFFF"); c.fill = HFILL; c.alignment = WRAP


def section(ws, r, text, ncol):
    ws.cell(r, 1, text).font = BOLD
    for i in range(1, ncol + 1): ws.cell(r, i).fill = SECFILL
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)


# ---------------------------------------------------------------- 3 bpha (xlsx)
def bpha():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "bpha – Complaint Handling Code Self-Assessment 2024/25: Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Reported to Board 26 June 2024. Actions where the self-assessment found bpha not fully compliant with the Code."
    ws.merge_cells("A2:I2")
    cols = ["Code provision", "Code requirement", "Compliant?", "Action required", "Responsible officer",
            "Target date", "Revised target date", "Progress update", "Status"]
    headers(ws, 4, cols)
    D = lambda y, m, d: dt.datetime(y, m, d)
    rows = [
        ("S", "Section 1 – Definition of a complaint"),
        ("1.4", "A landlord must recognise the difference between a service request and a complaint, and a resident expressing dissatisfaction with the response to a service request must be given the option to make a complaint.",
         "Partial", "Update Customer Service Centre scripts and the CRM so that dissatisfaction raised during a repair request is logged as a complaint where the resident wishes.",
         "Head of Customer Experience", D(2024, 9, 30), None, "New scripts in use from 2 September; CRM change released.", "Complete"),
        ("S", "Section 3 – Accessibility and awareness"),
        ("3.2", "Residents must be able to raise their complaints in any way and with any form of communication.",
         "Partial", "Add web chat and WhatsApp as recorded complaint channels and publish how to use them.",
         "Digital Services Manager / Complaints Manager", D(2024, 10, 31), D(2025, 1, 31),
         "Web chat live. WhatsApp delayed by the supplier's integration work.", "Amber"),
        ("3.4", "Landlords must publish their complaints policy on their website in a clear and accessible format.",
         "No", "Publish the revised complaints policy and an easy-read version on the website and in the tenants' newsletter.",
         "KM", D(2024, 8, 31), None, "Published 19 August 2024.", "Complete"),
        None,
        ("S", "Section 5 – The complaint handling process"),
        ("5.6", "Landlords must acknowledge complaints within five working days of receipt.",
         "Partial", "Introduce automated acknowledgement letters generated from the CRM when a complaint is logged.",
         "KM", D(2024, 11, 30), None, "User testing under way; go-live planned for November.", "On track"),
        ("5.14", "Landlords must keep a full record of the complaint, the outcome at each stage and any remedy.",
         "Partial", "Carry out a monthly quality audit of ten closed complaint files and feed back to case handlers.",
         "Complaints Manager", "Monthly", None, "Audits completed for July, August and September.", ""),
        ("S", "Section 6 – Complaints stages"),
        ("6.3", "Landlords must respond to the stage 1 complaint within 10 working days of the complaint being acknowledged.",
         "No", "Recruit two additional Complaints Resolution Officers and hold a daily huddle on cases approaching their deadline.",
         "Director of Housing Services", D(2024, 12, 31), D(2025, 3, 31),
         "One officer in post; the second post is being re-advertised. 71% of stage 1 responses on time in Q2.", "Red"),
        ("6.13", "The stage 2 response must be provided by a person who was not involved in the stage 1 response.",
         "Partial", "Agree a rota of Heads of Service to respond to stage 2 complaints outside their own area.",
         "Executive Director of Customers", D(2024, 9, 30), None, "Rota agreed at Executive Team, 3 September.", "Complete"),
        ("S", "Section 8 – Self-assessment, reporting and compliance"),
        ("8.2", "Landlords must produce an annual complaints performance and service improvement report for scrutiny and challenge.",
         "Partial", "Take the annual complaints performance and service improvement report to the Customer Scrutiny Panel before Board approval.",
         "Head of Governance", D(2025, 6, 30), None, "", "Not started"),
    ]
    r = 5
    for row in rows:
        if row is None:
            r += 1; continue
        if row[0] == "S":
            section(ws, r, row[1], 9); r += 1; continue
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP
            if isinstance(v, dt.datetime): c.number_format = "mmm-yy"
        st = ws.cell(r, 9)
        col = {"Complete": "00B0F0", "Amber": "FFC000", "Red": "FF0000", "On track": "92D050", "": "92D050"}.get(row[8])
        if col: fill(st, col)
        r += 1
    r += 1
    ws.cell(r, 1, "Key: Complete = action delivered and evidenced; Green / On track = on track to meet target; "
                  "Amber = at risk of slipping; Red = overdue or off track.")
    for col, w in zip("ABCDEFGHI", (10, 50, 11, 50, 26, 12, 12, 40, 11)):
        ws.column_dimensions[col].width = w
    wb.save(P("eg2-bpha-housing-ombudsman-complaint-handling-code-self-assessment-action-plan.xlsx"))


# ---------------------------------------------------------------- 4 WECA peer challenge (xlsx)
def weca():
    wb = Workbook(); ws = wb.active; ws.title = "CPC Action Plan"
    ws["A1"] = "West of England Combined Authority – LGA Corporate Peer Challenge: Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Peer challenge on site 12–15 March 2024. Progress position at 30 September 2024."
    ws.merge_cells("A2:F2")
    headers(ws, 4, ["Ref", "Action", "Lead", "Timescale", "Progress update", "RAG"])
    D = lambda y, m, d: dt.datetime(y, m, d)
    rows = [
        ("S", "Recommendation 1: Agree a shared vision and set of priorities with the constituent councils"),
        ("1.1", "Hold a facilitated session for the Mayor and constituent council leaders to agree three shared regional priorities.",
         "Chief Executive", "July 2024", "Session held 4 July 2024; priorities agreed at the Combined Authority Committee.", "Complete", None),
        ("1.2", "Publish a refreshed Strategic Framework reflecting the agreed priorities.",
         "Director of Policy and Strategy", (D(2024, 12, 31), "dd/mm/yyyy"), "Draft framework out to consultation until November.", "G", None),
        ("S", "Recommendation 2: Increase the pace of delivery of the investment programme"),
        ("2.1", "Set up a single programme management office with monthly reporting of investment fund spend against profile.",
         "Director of Investment and Corporate Services", "Q3 2024/25", "PMO lead appointed; first monthly report due October.", "A", None),
        ("2.2", "Review the assurance framework to reduce the number of approval stages for schemes under £2m.",
         "Head of Assurance / Monitoring Officer", (D(2025, 3, 31), "mmm-yy"), "Revised framework to go to Committee in March.", "A", None),
        None,
        ("S", "Recommendation 3: Invest in organisational capacity and culture"),
        ("3.1", "Complete a workforce plan addressing recruitment and retention in hard-to-fill roles.",
         "HR Director", "Sept 2024 – Feb 2025", "Delayed by the restructure of the Infrastructure directorate.", "R", None),
        ("3.2", "Run an all-staff culture survey and publish the results with an action plan.",
         "RC & TB", "Annually", "2024 survey closed with a 68% response rate.", "G", None),
        ("3.3", "Launch a management development programme for all managers at grade 9 and above.",
         "Head of Organisational Development", (D(2025, 4, 30), "mmm-yy"), "", "", None),
        ("S", "Recommendation 4: Strengthen scrutiny and audit arrangements"),
        ("4.1", "Commission an independent review of the Overview and Scrutiny Committee's work programme and officer support.",
         "Monitoring Officer", "By 31 January 2025", "Centre for Governance and Scrutiny engaged.", "G", None),
        ("4.2", "Appoint a second independent member to the Audit and Risk Committee.",
         "Monitoring Officer", "TBC", "Recruitment paused pending the constitution review.", "R", None),
    ]
    rf = {"G": "92D050", "A": "FFC000", "R": "FF0000", "Complete": "00B0F0"}
    r = 5
    for row in rows:
        if row is None:
            r += 1; continue
        if row[0] == "S":
            section(ws, r, row[1], 6); r += 1; continue
        ref, act, lead, when, prog, rag, _ = row
        ws.cell(r, 1, ref); ws.cell(r, 2, act); ws.cell(r, 3, lead)
        if isinstance(when, tuple):
            c = ws.cell(r, 4, when[0]); c.number_format = when[1]
        else:
            ws.cell(r, 4, when)
        ws.cell(r, 5, prog or None)
        c = ws.cell(r, 6, rag or None)
        if rag in rf: fill(c, rf[rag])
        for i in range(1, 7): ws.cell(r, i).alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 1, "RAG: Complete = action completed; G = on track; A = some risk to timescale; R = off track.")
    for col, w in zip("ABCDEF", (7, 60, 30, 18, 45, 10)):
        ws.column_dimensions[col].width = w
    wb.save(P("eg2-west-of-england-ca-corporate-peer-challenge-action-plan.xlsx"))


# ---------------------------------------------------------------- 5 MOPAC (xlsx, refuse)
def mopac():
    wb = Workbook(); ws = wb.active; ws.title = "HMICFRS tracker"
    ws["A1"] = "MOPAC – Oversight of HMICFRS Recommendations and Areas for Improvement (Metropolitan Police Service)"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:H1")
    ws["A2"] = "Position as reported to the MOPAC Audit Panel, October 2024"; ws.merge_cells("A2:H2")
    headers(ws, 4, ["Ref", "Recommendation / Area for improvement", "MPS action", "MPS lead",
                    "Original due date", "Revised due date", "MOPAC RAG", "Update"])
    D = lambda y, m, d: dt.datetime(y, m, d)
    rows = [
        ("S", "PEEL 2021/22: An inspection of the Metropolitan Police Service"),
        ("AFI 1", "The force should make sure it records crime accurately, particularly violent crime and behavioural crimes.",
         "Deliver crime data integrity training to all frontline sergeants and introduce monthly CDI audits by the Crime Recording Unit.",
         "Commander, Met Operations", D(2023, 3, 31), D(2024, 6, 30), "Complete", "Audit compliance at 91% in June 2024."),
        ("AFI 2", "The force should make sure it answers emergency and non-emergency calls promptly.",
         "Recruit an additional 100 call handlers into Met Command and Control and introduce a call-back service for 101.",
         "Chief Superintendent, MetCC", D(2023, 9, 30), D(2024, 3, 31), "Amber", "84 of 100 call handlers in post."),
        ("AFI 3", "The force should improve how it supervises investigations.",
         "Introduce a supervisory review template on CRIS and dip-sample 50 investigations a month in each BCU.",
         "Detective Chief Superintendent, Crime Standards", D(2024, 3, 31), "Agust 2024", "Amber",
         "Template live; dip-sampling not yet in place in four BCUs."),
        ("S", "An inspection of vetting, misconduct and misogyny in the police service (2022)"),
        ("Rec 5", "Forces should make sure that they have enough trained vetting staff to meet demand.",
         "Fund and recruit 40 additional vetting officers and clear the renewal backlog.",
         "Director of Professionalism", D(2023, 10, 31), D(2024, 12, 31), "Green", "Backlog reduced from 5,200 to 1,900."),
        ("Rec 13", "Forces should make sure that all officers and staff have the correct level of vetting for their role.",
         "Complete a reconciliation of vetting status against HR records for all officers and staff.",
         "Director of Professionalism", D(2023, 6, 30), None, "Complete", "Reconciliation completed May 2023."),
    ]
    rf = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Complete": "00B0F0"}
    r = 5
    for row in rows:
        if row[0] == "S":
            section(ws, r, row[1], 8); r += 1; continue
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP
            if isinstance(v, dt.datetime): c.number_format = "dd/mm/yyyy"
        fill(ws.cell(r, 7), rf[row[6]])
        r += 1
    r += 1
    ws.cell(r, 1, "MOPAC RAG: Complete = evidence accepted and closed; Green = on track; Amber = some risk; Red = off track.")
    for col, w in zip("ABCDEFGH", (8, 50, 50, 28, 13, 13, 11, 40)):
        ws.column_dimensions[col].width = w
    wb.save(P("eg2-mopac-hmicfrs-recommendations-oversight-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 6 Eastlight (csv)
def eastlight():
    cols = ["Audit", "Ref", "Priority", "Recommendation", "Agreed action", "Owner", "Target date",
            "Revised target date", "Status", "Latest update"]
    G = "Gas Safety Compliance 2024/25"; PR = "Procurement and Contract Management 2024/25"
    RA = "Rent Arrears Management 2024/25"; CY = "Cyber Security 2024/25"
    rows = [
        (G, "GS.1", "High", "Properties where access for the annual gas service is not obtained should be escalated in line with the No Access Procedure.",
         "The No Access Procedure will be updated to include escalation to forced entry at day 42, with cases reported monthly to the Compliance Committee.",
         "Head of Compliance", "31/10/2024", "", "Complete", "Procedure approved 15/10/2024."),
        (G, "GS.2", "Medium", "The gas asset list held by the contractor should be reconciled to the housing management system.",
         "A quarterly reconciliation of the contractor's asset list to the housing management system will be completed and signed off.",
         "Compliance Data Officer", "31/12/2024", "31/03/2025", "Amber",
         "First reconciliation found 37 discrepancies, which are being worked through with the contractor."),
        (PR, "PC.1", "High", "A waiver should be approved for all spend over £25,000 that is not covered by a tendered contract.",
         "Finance will block purchase orders over £25,000 without a contract reference or an approved waiver.",
         "Procurement Manager", "30/09/2024", "", "Complete", "System control in place from 1 September."),
        (PR, "PC.2", "Medium", "The contract register should be complete and published.",
         "The contract register will be completed and published on the website quarterly.",
         "Procurement Manager; Head of Finance", "28/02/2025", "", "Green", "Register 80% complete."),
        (RA, "RA.1", "Medium", "Arrears cases should be escalated in line with the Income Recovery Procedure.",
         "Team leaders will review a sample of 20 arrears cases a month for compliance with the procedure.",
         "Income Manager", "31/01/2025", "30/04/2025", "Red", "Sampling not started due to vacancies in the Income team."),
        (RA, "RA.2", "Low", "Former tenant arrears write-offs should be approved at the correct level.",
         "The write-off authorisation limits will be added to the Financial Regulations.",
         "SW", "31/03/2025", "", "On track", ""),
        (CY, "CY.1", "High", "Multi-factor authentication should be enforced on all remote access accounts.",
         "MFA will be enforced for all staff and contractor remote access accounts.",
         "Head of ICT", "30/11/2024", "", "Complete", "Enforced 18/11/2024."),
        (CY, "CY.2", "Medium", "All staff should complete phishing awareness training.",
         "Phishing simulation exercises and refresher training will run for all staff.",
         "Head of ICT", "Ongoing", "", "Green", "Click rate down to 4% in the latest exercise."),
        (CY, "CY.3", "Low", "The information asset register should record an owner for every system.",
         "Information asset owners will be confirmed for all systems and recorded in the register.",
         "Information Governance Lead", "30/06/2025", "", "", ""),
    ]
    with open(P("eg2-eastlight-community-homes-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(cols); w.writerows(rows)


# ---------------------------------------------------------------- 7 Saffron (txt, tab-separated)
def saffron():
    cols = ["Standard", "Ref", "Required outcome", "Action", "Lead", "Due", "RAG", "Progress"]
    SQ = "Safety and Quality Standard"; TIA = "Transparency, Influence and Accountability Standard"
    NC = "Neighbourhood and Community Standard"; TS = "Tenancy Standard"
    o1 = "We have an accurate, up to date and evidenced understanding of the condition of our homes."
    o2 = "We meet all legal requirements for the health and safety of tenants in their homes and communal areas."
    rows = [
        (SQ, "SQ1", o1, "Complete stock condition surveys on a five-year rolling programme, surveying 20% of homes each year.",
         "Head of Asset Management", "Mar-26", "Green", "1,240 surveys completed against a target of 1,300 for the year."),
        (SQ, "SQ2", o1, "Procure and implement a new asset management system holding all stock condition and compliance data.",
         "Director of Property Services", "Sep-25", "Amber", "Preferred supplier chosen; data migration planning has started."),
        (SQ, "SQ3", o2, "Clear the backlog of overdue fire risk assessment actions in our blocks.",
         "Building Safety Manager", "Jun-25", "Red", "112 actions outstanding, 38 of them high risk. Additional contractor appointed."),
        (TIA, "TIA1", "We collect and publish Tenant Satisfaction Measures each year.",
         "Publish the 2024/25 Tenant Satisfaction Measures results with a commentary for tenants.",
         "Performance and Insight Manager", "Jul-25", "Complete", "Published on the website and in the summer newsletter."),
        (TIA, "TIA2", "Tenants have opportunities to influence and scrutinise our services.",
         "Set up a Tenant Scrutiny Panel to carry out two service reviews a year.",
         "Head of Customer Engagement", "Ongoing", "Green", "Panel of nine tenants recruited; first review on repairs communication."),
        (NC, "NC1", "We work with partner agencies to prevent and tackle anti-social behaviour.",
         "Review the ASB policy with tenants and partners and introduce a case review for repeat reports.",
         "LB / DP", "Dec-25", "Not started", ""),
        (TS, "TS1", "We make sure our homes are occupied by the tenants we let them to.",
         "Introduce annual tenancy audits, with a home visit to every general needs household over three years.",
         "Tenancy Services Manager", "Q4 2025/26", "Amber", "Visit schedule agreed; 410 visits completed."),
    ]
    lines = ["Saffron Housing Trust – Consumer Standards Improvement Plan 2025/26",
             "Exported from the performance system 12/05/2025", "", "\t".join(cols)]
    lines += ["\t".join(r) for r in rows]
    lines += ["", "RAG key: Green = on track; Amber = at risk; Red = off track; Complete = delivered."]
    with open(P("eg2-saffron-housing-trust-rsh-consumer-standards-improvement-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    dorset(); london_assembly(); bpha(); weca(); mopac(); eastlight(); saffron()
