"""Generate the bs2- blind cases (plans outside children's services)."""
import csv, datetime as dt, os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
D = dt.datetime
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
def fill(hexc): return PatternFill("solid", start_color=hexc, end_color=hexc)

def shade(cell, hexc):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexc)
    tcPr.append(s)

# ---------------------------------------------------------------- 1 Cheshire PEEL xlsx
def cheshire():
    wb = Workbook(); ws = wb.active; ws.title = "PEEL AFI tracker"
    ws.merge_cells("A1:H1"); ws["A1"] = "Cheshire Constabulary – HMICFRS PEEL 2021/22 Areas for Improvement – Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2"); ws["A2"] = "Owner: Strategic Planning & Change   |   Reported to: Force Assurance Board   |   Last updated: 14/11/2022"
    hdr = ["Ref", "Area for improvement (HMICFRS)", "Action", "Lead", "Target date", "Revised date", "RAG", "Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("1F3864"); c.alignment = WRAP; c.border = BOX
    afi1 = "The constabulary should make sure that investigations are allocated to officers with the right skills and are effectively supervised."
    afi2 = "The constabulary should make sure it manages registered sex offenders effectively, reducing the number of overdue visits and risk assessments."
    afi3 = "The constabulary should make sure that its officers complete risk assessments for domestic abuse victims to a consistent standard."
    afi4 = "The constabulary should make sure it answers non-emergency calls promptly and reduces the number of calls that are abandoned."
    afi5 = "The constabulary should improve its understanding of the wellbeing needs of its workforce."
    rows = [
        ("H", "Investigating crime"),
        ("A", ["1.1", afi1, "Refresh the investigation supervision standards and relaunch them through the Detective Academy and sergeant CPD days.", "D/Supt Crime", D(2022, 9, 30), None, "Complete", "Standards relaunched 12/09/22. CPD sessions delivered to 184 sergeants; attendance recorded on the L&D system."]),
        ("A", ["1.2", None, "Introduce monthly dip-sampling of crime investigations by the Crime Standards Unit, with results reported to the Investigations Board.", "DCI Crime Standards", D(2022, 12, 31), None, "G", "First two months of dip-sampling complete. Compliance with supervision reviews at 81%; report to December Board."]),
        ("H", "Protecting vulnerable people"),
        ("A", ["2.1", afi2, "Recruit four additional MOSOVO officers and clear the backlog of overdue ARMS assessments.", "Supt Public Protection", D(2023, 3, 31), D(2023, 6, 30), "A", "Three of four posts filled. Backlog reduced from 96 to 41; timescale revised to allow the fourth officer to complete training."]),
        ("A", ["2.2", afi3, "Roll out DASH risk assessment refresher training to all response and neighbourhood officers.", "Ch Insp L&D / Supt Public Protection", D(2022, 10, 31), None, "Complete", "Training completed by 96% of officers. Remaining officers on long-term absence will complete on return."]),
        ("H", "Responding to the public"),
        ("A", ["3.1", afi4, "Implement a call-back facility for 101 callers waiting longer than 10 minutes.", "Head of Contact Centre", D(2023, 1, 31), None, "R", "Supplier has not been able to deliver the telephony change. Options paper going to Chief Officer Group in December."]),
        ("A", ["3.2", None, "Publish the 101 abandonment rate on the force performance dashboard and review it at the monthly Contact Management meeting.", "Performance Manager", "Monthly", None, "G", "Abandonment rate now on dashboard (October 14.2%, down from 19.8% in July)."]),
        ("H", "Developing a positive workplace"),
        ("A", ["4.1", afi5, "Run the annual wellbeing survey with Oscar Kilo and publish a wellbeing action plan for the workforce.", "Head of People", D(2022, 7, 31), None, "Complete", "Survey closed with a 43% response rate. Wellbeing plan published on the intranet in July."]),
        ("B", None),
        ("K", "RAG key:  Complete = action delivered and evidenced;  G = on track;  A = some slippage, recoverable;  R = off track / needs decision"),
    ]
    r = 5
    merge_from = {}
    for kind, v in rows:
        if kind == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(r, 1, v); c.font = Font(bold=True); c.fill = fill("D9D9D9")
        elif kind == "A":
            for i, x in enumerate(v, 1):
                c = ws.cell(r, i, x); c.alignment = WRAP; c.border = BOX
                if isinstance(x, D): c.number_format = "dd/mm/yyyy"
            ragc = ws.cell(r, 7)
            ragc.fill = fill({"Complete": "9DC3E6", "G": "92D050", "A": "FFC000", "R": "FF0000"}[v[6]])
        elif kind == "K":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1, v).font = Font(italic=True, size=9)
        r += 1
    ws.merge_cells("B6:B7"); ws.merge_cells("B12:B13")
    for col, w in zip("ABCDEFGH", [6, 40, 45, 22, 12, 12, 10, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(P("bs2-cheshire-constabulary-peel-afi-improvement-tracker.xlsx"))

# ---------------------------------------------------------------- 2 Allerdale CPC docx
def allerdale():
    d = Document()
    d.add_heading("Allerdale Borough Council – Corporate Peer Challenge 2019 Action Plan", 0)
    d.add_paragraph("The Local Government Association Corporate Peer Challenge took place from 5 to 8 March 2019. "
                    "The peer team made six recommendations. This action plan sets out how the Council will respond to them "
                    "and will be monitored by the Senior Management Team and reported to Executive every six months.")
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Notes"]): c.text = h
    for row in [("0.1", "24/05/2019", "Policy & Performance", "Draft for SMT"), ("1.0", "19/06/2019", "Policy & Performance", "Approved by Executive"),
                ("1.1", "11/12/2019", "Policy & Performance", "Six-month progress update")]:
        cs = t.add_row().cells
        for c, x in zip(cs, row): c.text = x
    d.add_paragraph("")
    recs = [
        ("Recommendation 1: Develop a clear and shared narrative for the future of Allerdale that members, staff and partners can articulate", [
            ("1.1", "Refresh the Council Plan vision statement with members through an all-member workshop", "Leader / Chief Executive", "By 30 September 2019", "All-member workshop held 3 September. Refreshed vision agreed by Executive in September.", "Complete"),
            ("1.2", "Produce a communications plan so the narrative is used consistently in internal and external messages", "Communications Manager", "Dec 2019", "Draft plan prepared; staff briefings scheduled for November and December.", "On track"),
        ]),
        ("Recommendation 2: Put in place a medium term financial strategy that closes the budget gap over the next three years", [
            ("2.1", "Agree a savings and income programme with clear owners and milestones for 2020/21 to 2022/23", "Head of Financial Services (S151)", "Q4 2019/20", "Programme of £1.9m identified; £0.6m still to be allocated to services. Member budget panel meeting in January.", "Amber"),
            ("2.2", "Review fees and charges against neighbouring councils and benchmark commercial income", "Head of Financial Services (S151)", "Sept 2019 – March 2020", "Benchmarking started with Copeland and Carlisle; report expected in February.", "On track"),
        ]),
        ("Recommendation 3: Strengthen the capacity of the senior management team to lead the change programme", [
            ("3.1", "Complete the senior management restructure and recruit to the Director of Place post", "Chief Executive", "March 2020", "Restructure consultation closed. Director of Place post went out to advert in November.", "Amber"),
            ("3.2", "Establish a programme management office to track the transformation projects", "Head of Policy and Performance", "Ongoing", "Not yet started; dependent on the restructure in 3.1.", "Not started"),
        ]),
        ("Recommendation 4: Review member development so councillors are equipped for their scrutiny and leadership roles", [
            ("4.1", "Deliver an induction and development programme for members following the May 2019 elections", "Democratic Services Manager", "31/07/2019", "Induction programme delivered in May–July with 41 of 49 members attending at least one session.", "Complete"),
        ]),
    ]
    for head, acts in recs:
        p = d.add_paragraph(); run = p.add_run(head); run.bold = True
        t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Timescale", "Progress update", "Status"]):
            c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "D9E2F3")
        for a in acts:
            cs = t.add_row().cells
            for c, x in zip(cs, a): c.text = x
        d.add_paragraph("")
    d.save(P("bs2-allerdale-bc-corporate-peer-challenge-action-plan.docx"))

# ---------------------------------------------------------------- 3 Anchor csv
def anchor():
    rows = [
        ["Anchor Hanover - Damp and Mould Self-Assessment Action Plan (response to Housing Ombudsman spotlight report)"],
        ["Position at 31 January 2022"],
        [],
        ["Ref", "Theme", "Self-assessment finding", "Action", "Owner", "Due date", "Status", "Comments"],
        ["DM1", "Policy and governance", "We do not have a specific damp and mould policy; it is covered only in the repairs policy.", "Write and approve a standalone damp, mould and condensation policy.", "Head of Property Services", "31/03/2022", "On track", "Draft policy with the Customer Voice group for comment in February."],
        ["DM2", "Policy and governance", "Board does not receive regular data on damp and mould cases.", "Add damp and mould case numbers and ageing to the quarterly Board performance report.", "Director of Property", "Jun-22", "Not started", ""],
        ["DM3", "Identifying damp and mould", "Colleagues visiting homes are not always confident to spot and report damp and mould.", "Deliver damp and mould awareness training to estate managers and care staff.", "Learning & Development Manager", "Q2 2022/23", "Amber", "Training content agreed; roll-out delayed by Omicron absence levels. Sessions rebooked from April."],
        ["DM4", "Identifying damp and mould", "Colleagues visiting homes are not always confident to spot and report damp and mould.", "Include a damp and mould check in every estate inspection and fire risk walk-round.", "Regional Operations Managers", "Ongoing", "On track", "Checklist updated on the inspection app from 10 January."],
        ["DM5", "Responding to reports", "No target time for inspecting reported damp and mould.", "Introduce a 10 working day inspection target and track it on the repairs system.", "Head of Property Services / Repairs Contract Manager", "28/02/2022", "Complete", "Target live from 1 February; first month 88% within target."],
        ["DM6", "Responding to reports", "Complaints about damp and mould are not analysed for learning.", "Review all damp and mould complaints from the last 12 months and report the learning to the Complaints Panel.", "Customer Resolution Manager", "May 2022", "Red", "Not yet started due to vacancy in the Customer Resolution team; new manager starts March."],
        ["DM7", "Communicating with residents", "Advice to residents places too much emphasis on lifestyle.", "Rewrite the resident advice leaflet and web pages with residents so the tone is not blaming.", "Communications Lead", "Apr-22", "On track", "Two workshops held with residents in January."],
    ]
    with open(P("bs2-anchor-hanover-housing-ombudsman-damp-mould-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- 4 NNUH audit xlsx (refuse)
def nnuh():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding recs"
    ws["A1"] = "Norfolk and Norwich University Hospitals NHS Foundation Trust – Internal Audit Recommendations Tracker"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit Committee, 12 September 2024 – outstanding and recently closed recommendations"; ws["A2"].font = Font(bold=True)
    hdr = ["Audit", "Rec no.", "Priority", "Recommendation", "Management response / agreed action", "Responsible officer", "Original due date", "Revised due date", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = fill("BDD7EE"); c.alignment = WRAP; c.border = BOX
    data = [
        ["Payroll (2023/24)", "1", "Medium", "Leavers should be processed before their last working day to prevent overpayments.", "Monthly leavers report to be sent to divisional managers with escalation of late notifications to the Deputy Director of Workforce.", "Head of Payroll", D(2024, 3, 31), None, "Complete"],
        ["Payroll (2023/24)", "2", "Low", "Overpayment recovery plans should be documented and signed by the employee.", "Template recovery agreement introduced and issued for all open overpayments.", "Head of Payroll", D(2024, 6, 30), None, "Complete"],
        ["Data Security & Protection Toolkit", "1", "High", "Information asset registers should be completed for all clinical systems.", "IAOs to complete registers for the remaining 14 clinical systems; IG team to check completeness.", "Head of Information Governance", D(2024, 6, 30), D(2024, 12, 31), "In progress"],
        ["Data Security & Protection Toolkit", "2", "Medium", "Staff completion of data security training should meet the 95% target.", "Divisional compliance reported to Information Governance Steering Group with named managers for non-compliant areas.", "Head of Information Governance", D(2024, 3, 31), "Ocotber 2024", "In progress"],
        ["Medicines Management – Controlled Drugs", "1", "High", "Ward CD registers should be checked and signed at every shift change.", "Pharmacy to audit compliance quarterly and report to Medicines Safety Group.", "Chief Pharmacist", D(2024, 9, 30), None, "In progress"],
        ["Waiting List Management", "1", "Medium", "Validation of the admitted waiting list should be recorded on PAS.", "Validation outcome codes added to PAS; training for booking teams.", "Deputy Director of Operations (Planned Care)", D(2024, 5, 31), D(2024, 8, 31), "Complete"],
    ]
    r = 5
    for row in data:
        for i, x in enumerate(row, 1):
            c = ws.cell(r, i, x); c.alignment = WRAP; c.border = BOX
            if isinstance(x, D): c.number_format = "dd-mmm-yy"
        r += 1
    ws.cell(r + 1, 1, "Priority: High = significant weakness; Medium = some weakness; Low = minor / good practice").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", [28, 7, 9, 42, 48, 26, 12, 12, 12]):
        ws.column_dimensions[col].width = w
    wb.save(P("bs2-norfolk-norwich-uh-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))

# ---------------------------------------------------------------- 5 QVH CQC xlsx (fill-only RAG)
def qvh():
    wb = Workbook(); ws = wb.active; ws.title = "CQC action plan"
    ws.merge_cells("A1:G1"); ws["A1"] = "Queen Victoria Hospital NHS Foundation Trust – CQC Inspection Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2"); ws["A2"] = "Inspection report published 2019 – Must do and Should do actions. Progress at Quality & Governance Committee, January 2020"
    hdr = ["No.", "CQC requirement (Must do / Should do)", "Action(s)", "Lead", "Completion date", "RAG", "Evidence / progress"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("005EB8"); c.alignment = WRAP; c.border = BOX
    BLUE, GREEN, AMBER, RED = "5B9BD5", "00B050", "FFC000", "FF0000"
    m1 = "MUST DO: The trust must ensure that all staff complete mandatory training, including safeguarding level 3, in line with trust targets."
    m2 = "MUST DO: The trust must ensure that the World Health Organization surgical safety checklist is fully completed for every patient."
    s1 = "SHOULD DO: The trust should ensure that patient records in outpatients are stored securely at all times."
    s2 = "SHOULD DO: The trust should continue to work to reduce the number of clinics cancelled at short notice."
    rows = [
        ("H", "Surgery"),
        ("A", ["1", m1, "Divisional training trajectories agreed and reported monthly to the Surgery Governance Group.", "Head of Nursing – Surgery", D(2019, 12, 31), BLUE, "Compliance at 93% (target 90%). Monthly reports in evidence folder."]),
        ("A", ["2", None, "Additional safeguarding level 3 sessions booked for theatre staff.", "Named Nurse Safeguarding", D(2020, 3, 31), GREEN, "Four extra sessions booked January to March; 61 staff booked on."]),
        ("A", ["3", m2, "Observational audit of WHO checklist completion in all theatres, with feedback to teams.", "Theatre Manager", "Monthly audit - ongoing", GREEN, "December audit 97% fully completed. Results shared at theatre team brief."]),
        ("H", "Outpatients"),
        ("A", ["4", s1, "Install lockable notes trolleys in the main outpatients and Corridor 2 clinics.", "Outpatient Services Manager", D(2019, 11, 30), BLUE, "Trolleys installed 18/11/2019; spot check in December found no unsecured records."]),
        ("A", ["5", s2, "Introduce six-week leave notice rule for consultants and monitor short-notice cancellations.", "Associate Director of Operations", D(2020, 2, 29), AMBER, "Policy agreed by Medical Staff Committee; cancellations still above target in December."]),
        ("A", ["6", None, "Review clinic templates with each specialty to reduce overbooking.", "Associate Director of Operations", D(2020, 6, 30), RED, "Template reviews not yet started because of the EPR implementation; revised plan to February Committee."]),
    ]
    r = 5
    for kind, v in rows:
        if kind == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(r, 1, v); c.font = Font(bold=True); c.fill = fill("D9D9D9")
        else:
            for i, x in enumerate(v, 1):
                if i == 6: 
                    c = ws.cell(r, i); c.fill = fill(x); c.border = BOX; continue
                c = ws.cell(r, i, x); c.alignment = WRAP; c.border = BOX
                if isinstance(x, D): c.number_format = "mmm-yy"
        r += 1
    ws.merge_cells("B6:B7"); ws.merge_cells("B11:B12")
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for lab, col in [("Completed and embedded", BLUE), ("On track", GREEN), ("At risk of slippage", AMBER), ("Off track", RED)]:
        r += 1
        ws.cell(r, 1).fill = fill(col); ws.cell(r, 2, lab)
    for col, w in zip("ABCDEFG", [6, 48, 45, 28, 14, 8, 50]):
        ws.column_dimensions[col].width = w
    wb.save(P("bs2-queen-victoria-hospital-nhsft-cqc-must-should-do-action-plan.xlsx"))

# ---------------------------------------------------------------- 6 Karbon txt
def karbon():
    lines = [
        "Karbon Homes – Consumer Standards Improvement Plan (following RSH inspection 2024)",
        "Exported from Pentana 03/02/2025",
        "",
        "\t".join(["Standard", "Required outcome", "Ref", "Action", "Lead", "Target", "RAG", "Progress"]),
        "\t".join(["Safety and Quality Standard", "Stock quality: accurate, up to date data on the condition of every home", "SQ1", "Complete 100% stock condition surveys on homes not surveyed in the last five years", "Director of Asset Management", "Mar-25", "Amber", "4,212 of 5,380 outstanding surveys complete. Second surveying contractor appointed in January to recover the programme."]),
        "\t".join(["Safety and Quality Standard", "Stock quality: accurate, up to date data on the condition of every home", "SQ2", "Load survey data into the asset management system and reconcile to the property list", "Asset Data Manager", "Q1 2025/26", "Green", "Data cleanse of property list complete; first load tested in December."]),
        "\t".join(["Safety and Quality Standard", "Health and safety: damp and mould cases resolved within policy timescales", "SQ3", "Introduce weekly case review of all open damp and mould cases over 28 days", "Head of Repairs", "31/10/2024", "Complete", "Weekly review in place since 7 October; open cases over 28 days down from 63 to 19."]),
        "\t".join(["Transparency, Influence and Accountability Standard", "Tenant satisfaction measures published and used to improve services", "TIA1", "Publish TSM results with a tenant-friendly summary on the website and in the tenant newsletter", "Head of Customer Insight", "Jun-24", "Complete", "Published 28 June 2024."]),
        "\t".join(["Transparency, Influence and Accountability Standard", "Tenants can scrutinise the landlord's performance", "TIA2", "Recruit and train a tenant scrutiny panel to carry out two service reviews a year", "SD/KR", "Sept 2024 - March 2025", "Green", "Eight tenants recruited; training delivered in November. First review topic (complaints) agreed."]),
        "\t".join(["Neighbourhood and Community Standard", "Anti-social behaviour cases managed consistently", "NC1", "Refresh the ASB policy and procedure and train neighbourhood officers", "Head of Neighbourhoods", "Q3 2024/25", "Red", "Policy refresh delayed by consultation with tenants; board approval now expected April."]),
        "\t".join(["Neighbourhood and Community Standard", "Anti-social behaviour cases managed consistently", "NC2", "Add ASB case outcomes to the monthly performance pack", "Performance Manager", "Monthly", "Green", "Included from the November pack."]),
    ]
    with open(P("bs2-karbon-homes-rsh-consumer-standards-improvement-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- 7 WYCA scrutiny docx
def wyca():
    d = Document()
    d.add_heading("Review of Bus Service Reliability – Response to Scrutiny Recommendations and Action Plan", 1)
    d.add_paragraph("West Yorkshire Combined Authority – Transport Scrutiny Committee, 14 July 2023")
    d.add_paragraph("The Committee's task and finish group reported in June 2023 with five recommendations. The table below sets out the "
                    "response agreed by the Transport Committee and the actions officers will take. Progress will be reported to the "
                    "Scrutiny Committee in January 2024.")
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Recommendation", "Response", "Action", "Lead officer", "Target date", "Status"]):
        c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "E2EFDA")
    r1 = "1. That the Combined Authority publishes reliability data for every bus route in West Yorkshire each month."
    r2 = "2. That the Combined Authority works with operators to improve information for passengers when services are cancelled."
    r3 = "3. That the Mayor writes to Government seeking longer-term bus funding settlements."
    r4 = "4. That the Combined Authority reviews the criteria for supported services so that evening and Sunday services are protected."
    rows = [
        (r1, "Accepted", "Agree a data sharing arrangement with operators through the Enhanced Partnership Board", "Head of Bus Services", "September 2023", "Complete"),
        (None, "", "Build and publish a route-level reliability dashboard on the Metro website", "Head of Bus Services / Head of Digital", "End of March 2024", "Green"),
        (r2, "Accepted", "Introduce real-time cancellation alerts on the MCard app and stop displays", "Head of Passenger Information", "Q3 2023/24", "Amber"),
        (r3, "Accepted", "Mayor's letter to the Secretary of State for Transport", "Director of Transport Policy", "July 2023", "Complete"),
        (r4, "Partially accepted", "Review the supported services criteria as part of the Bus Network Review and report to Transport Committee", "Director of Transport Operations", "April 2024", "Green"),
    ]
    first = {}
    for i, row in enumerate(rows):
        cs = t.add_row().cells
        for c, x in zip(cs, row):
            if x: c.text = x
    # merge recommendation and response cells of rows 1-2 vertically
    a = t.cell(1, 0).merge(t.cell(2, 0)); b = t.cell(1, 1).merge(t.cell(2, 1))
    d.add_paragraph("")
    d.add_paragraph("Status: Complete – action finished; Green – on track; Amber – some delay; Red – not on track.")
    d.save(P("bs2-west-yorkshire-ca-scrutiny-bus-reliability-review-action-plan.docx"))

if __name__ == "__main__":
    cheshire(); allerdale(); anchor(); nnuh(); qvh(); karbon(); wyca()
