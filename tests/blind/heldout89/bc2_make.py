"""Generate the bc2- blind cases (plans outside children's services)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
def fill(hexc): return PatternFill("solid", start_color=hexc, end_color=hexc)
BLUE, GREEN, AMBER, RED = "9BC2E6", "92D050", "FFC000", "FF0000"
RAGFILL = {"Complete": BLUE, "On track": GREEN, "Green": GREEN, "Amber": AMBER, "Red": RED}

# ---------------------------------------------------------------- 1 Northumberland ASC CQC (xlsx)
def northumberland():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Northumberland County Council – Adult Social Care: CQC Assessment Improvement Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:I1")
    ws["A2"] = "Version 1.3 – updated 14 January 2025 – owner: Executive Director of Adult Social Care and Housing"
    ws["A2"].font = Font(italic=True); ws.merge_cells("A2:I2")
    hdr = ["Ref", "CQC quality statement", "Area for improvement (CQC report)", "Action", "Lead",
           "Target date", "Revised date", "Progress update (December 2024)", "RAG"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(5, c, h); x.font = Font(bold=True, color="FFFFFF"); x.fill = fill("1F4E78"); x.alignment = WRAP; x.border = BOX
    rows = [
        ("T", "Theme 1: Working with people"),
        ("1.1", "QS1 Assessing needs", "People waited too long for Care Act assessments and reviews in some locality teams.",
         "Introduce a single waiting list triage process across all locality teams, with risk-rated prioritisation and contact at least every 4 weeks.",
         "Head of Adult Social Work", D(2024, 12, 31), None,
         "Triage tool live in all four localities from November. Longest wait reduced from 19 to 11 weeks.", "Complete"),
        ("1.2", None, None, "Commission additional review capacity to clear overdue annual reviews.",
         "Service Manager (Reviews)", D(2025, 3, 31), None,
         "Agency review team in place until March; 412 overdue reviews at the start, 236 now outstanding.", "On track"),
        ("1.3", "QS3 Equity in experience and outcomes",
         "The council did not routinely use data to understand outcomes for people from minority ethnic communities.",
         "Add ethnicity and other protected characteristics to the quarterly ASC performance dashboard and report gaps to DMT.",
         "Performance and Intelligence Manager", "Q4 2024/25", None,
         "Data fields agreed; recording in Mosaic is incomplete for 22% of open cases.", "Amber"),
        ("T", "Theme 2: Providing support"),
        ("2.1", "QS4 Care provision, integration and continuity",
         "Home care capacity was limited in rural west Northumberland, leading to delays in hospital discharge.",
         "Develop a rural home care framework with enhanced hourly rates for hard-to-reach areas.",
         "Head of Commissioning", D(2025, 6, 30), None,
         "Market engagement held in October. Tender to be issued in February, slightly behind the original plan.", "Amber"),
        ("2.2", "QS5 Partnerships and communities",
         "Unpaid carers told CQC they were not always offered a carer's assessment.",
         "Relaunch the carers' assessment offer with Carers Northumberland, including an online self-assessment.",
         "JB / KM", "Sept 2024 – March 2025", None,
         "Online form launched 2 December. 138 carers' assessments completed in Q3 compared with 61 in Q1.", "Green"),
        ("T", "Theme 3: Ensuring safety"),
        ("3.1", "QS6 Safe systems, pathways and transitions",
         "Planning for young people moving from children's to adult services did not always start early enough.",
         "Establish a joint Preparing for Adulthood panel with Children's Services for young people from age 14.",
         "Head of Learning Disability Services / Head of SEND", D(2025, 4, 30), None,
         "Terms of reference agreed; first panel held 15 January 2025.", "Green"),
        ("3.2", "QS7 Safeguarding", "Not all safeguarding concerns were screened within 24 hours.",
         "Audit a sample of 50 safeguarding concerns each quarter against the 24-hour screening standard and report findings to the Safeguarding Adults Board.",
         "Principal Social Worker", "Quarterly", None,
         "Q2 audit: 84% screened within 24 hours (Q1: 71%).", "Green"),
        ("T", "Theme 4: Leadership"),
        ("4.1", "QS8 Governance, management and sustainability",
         "Recruitment to occupational therapy and AMHP roles remained difficult, with reliance on agency staff.",
         "Refresh the ASC workforce strategy with a focus on OT and AMHP recruitment and a 'grow your own' AMHP programme.",
         "Head of Workforce Development", D(2024, 10, 31), D(2025, 2, 28),
         "Strategy delayed pending pay benchmarking; draft to DMT in February.", "Red"),
        ("4.2", "QS9 Learning, improvement and innovation",
         "Learning from complaints, audits and safeguarding adults reviews was not consistently shared with frontline staff.",
         "Hold a quarterly practice learning forum sharing themes from audits, complaints and SARs.",
         "Principal Social Worker", "Ongoing", None,
         "Forums held in September and December, attended by more than 90 practitioners.", "Green"),
    ]
    r = 6
    for row in rows:
        if row[0] == "T":
            ws.cell(r, 1, row[1]).font = Font(bold=True); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1).fill = fill("D9E1F2")
        else:
            for c, v in enumerate(row, 1):
                x = ws.cell(r, c, v); x.alignment = WRAP; x.border = BOX
                if isinstance(v, dt.datetime):
                    x.number_format = "dd/mm/yyyy" if c == 6 else "mmm-yy"
            ws.cell(r, 9).fill = fill(RAGFILL[row[8]])
        r += 1
    ws.merge_cells("B7:B8"); ws.merge_cells("C7:C8")
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for k, t, f in [("Complete", "Action completed and evidence of impact", BLUE),
                    ("Green / On track", "On track to deliver by the target date", GREEN),
                    ("Amber", "Some slippage; recovery plan in place", AMBER),
                    ("Red", "Off track or at risk; escalated to the ASC Improvement Board", RED)]:
        ws.cell(r, 1, k).fill = fill(f); ws.cell(r, 2, t); r += 1
    for col, w in zip("ABCDEFGHI", [6, 22, 40, 50, 24, 12, 12, 50, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, "bc2-northumberland-asc-cqc-assessment-improvement-plan.xlsx"))

# ---------------------------------------------------------------- 2 Sussex Police PEEL (csv)
def sussex():
    rows = [
        ["Sussex Police – HMICFRS PEEL 2023–2025: Areas for Improvement Action Tracker"] + [""] * 9,
        ["Exported 07/02/2025 from Force Improvement Tracker"] + [""] * 9,
        [""] * 10,
        ["PEEL Area", "Area for Improvement", "Action Ref", "Action", "Action Owner", "Due Date",
         "Revised Due Date", "Status", "RAG", "Latest Update"],
        ["Responding to the public",
         "The force should make sure it answers non-emergency calls promptly and that fewer callers abandon their calls.",
         "1.1", "Recruit and train an additional cohort of 20 call handlers for the Force Contact, Command and Control Department.",
         "Head of Contact", "31/12/2024", "", "Closed", "B",
         "Cohort completed training in November; 101 abandonment rate down to 14%."],
        ["Responding to the public",
         "The force should make sure it answers non-emergency calls promptly and that fewer callers abandon their calls.",
         "1.2", "Introduce call-back and online reporting options at peak times and monitor abandonment weekly.",
         "Ch Insp R. Adeyemi", "31/03/2025", "", "Open", "G",
         "Call-back function live since January; weekly performance pack in place."],
        ["Investigating crime",
         "The force should make sure that investigations are supervised effectively and that victims are updated in line with the Victims' Code.",
         "2.1", "Introduce a supervisory review template on Niche at 7 and 28 days for all volume crime investigations.",
         "DCI H. Price / DI S. Malik", "30/11/2024", "31/01/2025", "Open", "A",
         "Template built; roll-out to East Division delayed by the Niche upgrade."],
        ["Investigating crime",
         "The force should make sure that investigations are supervised effectively and that victims are updated in line with the Victims' Code.",
         "2.2", "Audit 100 investigations each quarter for compliance with the Victims' Code and feed results into the Crime Standards Board.",
         "Head of Crime Standards", "Quarterly", "", "Open", "G",
         "Q3 audit showed 68% compliance (Q2: 59%)."],
        ["Protecting vulnerable people",
         "The force should improve how it identifies and records repeat victims of domestic abuse at first contact.",
         "3.1", "Update the THRIVE+ call-handling script to include a repeat victim flag check.",
         "Head of Contact", "31/10/2024", "", "Closed", "B",
         "Script updated and briefed to all FCCC staff."],
        ["Protecting vulnerable people",
         "The force should improve how it identifies and records repeat victims of domestic abuse at first contact.",
         "3.2", "Deliver Domestic Abuse Matters training to all frontline response officers.",
         "Supt M. Osei", "June 2025", "", "Open", "R",
         "Only 38% of officers trained because of abstraction pressures over the summer. Escalated to ACC."],
        ["Developing a positive workplace",
         "The force should make sure it understands the wellbeing needs of its workforce and that supervisors have the skills to support them.",
         "4.1", "Launch an annual wellbeing survey and publish an action plan for each division.",
         "Head of People Services", "31/05/2025", "", "Not started", "",
         "Survey scheduled for April 2025."],
        ["Developing a positive workplace",
         "The force should make sure it understands the wellbeing needs of its workforce and that supervisors have the skills to support them.",
         "4.2", "Include wellbeing conversations in the new PDR process for all staff and officers.",
         "HR Business Partner (Operations)", "01/04/2025", "", "Open", "G",
         "PDR form amended; guidance for supervisors being finalised."],
    ]
    with open(os.path.join(OUT, "bc2-sussex-police-peel-afi-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- docx helpers
def shade(cell, hexc):
    tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexc); tcPr.append(shd)

def landscape(doc):
    s = doc.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width

def hdr_row(t, names):
    for i, n in enumerate(names):
        c = t.rows[0].cells[i]; c.text = ""; run = c.paragraphs[0].add_run(n); run.bold = True
        shade(c, "D9D9D9")

# ---------------------------------------------------------------- 3 NWLDC peer challenge (docx)
def nwl():
    doc = Document(); landscape(doc)
    doc.add_heading("North West Leicestershire District Council: LGA Corporate Peer Challenge Action Plan", 0)
    doc.add_paragraph(
        "The Local Government Association Corporate Peer Challenge took place from 1 to 4 October 2024. "
        "The peer team's feedback report made four key recommendations. This action plan sets out how the "
        "Council will respond to each of them. Progress will be reported to Cabinet every six months and the "
        "peer team will return for a progress review in 2025.")
    dc = doc.add_table(rows=4, cols=2); dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.2"), ("Date", "11 March 2025"), ("Owner", "Chief Executive"),
                                ("Approved", "Cabinet, 25 March 2025")]):
        dc.cell(i, 0).text = a; dc.cell(i, 1).text = b
    doc.add_paragraph()
    doc.add_heading("Action plan", 1)
    recs = [
        ("1. Develop a clear, shared narrative for the Council's ambitions for the district, linked to the new Council Delivery Plan.", [
            ("1.1", "Refresh the Council Delivery Plan 2025–2029 with Members through a series of Cabinet and Group Leader workshops.",
             "Chief Executive", "March 2025", "Workshops held in November and January; draft plan to Council on 27 March.", "On track"),
            ("1.2", "Develop a 'place narrative' with partners and publish it on the Council's website.",
             "Head of Communities", "By 31 July 2025", "Partner workshop scheduled for May.", "Green")]),
        ("2. Strengthen medium term financial planning to close the forecast budget gap from 2026/27.", [
            ("2.1", "Agree a savings and income generation programme covering 2025/26 to 2027/28.",
             "Head of Finance (s151 Officer)", "Feb 2025", "Programme approved as part of the budget at Council on 20 February 2025.", "Complete"),
            ("2.2", "Introduce quarterly star-chamber reviews of service budgets with Portfolio Holders.",
             "Head of Finance (s151 Officer)", "Quarterly", "First review held in January 2025.", "Green")]),
        ("3. Invest in organisational development so that the Council has the capacity to deliver its ambitions.", [
            ("3.1", "Develop a workforce strategy including succession planning for hard-to-recruit roles.",
             "Head of HR & OD", "September 2025", "Staff survey results being analysed to inform the strategy; drafting has started later than planned.", "Amber"),
            ("3.2", "Roll out a management development programme for all team leaders and managers.",
             "Head of HR & OD", "December 2025", "Provider procured; first cohort starts in April.", "Green")]),
        ("4. Review the Council's governance arrangements, including the scheme of delegation and the role of scrutiny.", [
            ("4.1", "Commission an independent review of the scrutiny function from the Centre for Governance and Scrutiny.",
             "Head of Legal and Support Services", "Q2 2025/26", "Scope agreed with CfGS; review delayed because of the May elections.", "Red"),
            ("4.2", "Update the constitution and scheme of delegation following the review.",
             "Monitoring Officer", "TBC", "Dependent on action 4.1.", "Not started")]),
    ]
    n = sum(len(a) for _, a in recs)
    t = doc.add_table(rows=1 + n, cols=7); t.style = "Table Grid"
    hdr_row(t, ["Ref", "Recommendation", "Action", "Lead officer", "Timescale", "Progress update (March 2025)", "Status"])
    r = 1
    for rec, acts in recs:
        first = r
        for (ref, act, lead, when, prog, st) in acts:
            cells = t.rows[r].cells
            cells[0].text = ref; cells[2].text = act; cells[3].text = lead; cells[4].text = when
            cells[5].text = prog; cells[6].text = st
            if st in RAGFILL: shade(cells[6], RAGFILL[st])
            r += 1
        m = t.cell(first, 1).merge(t.cell(r - 1, 1)); m.text = rec
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action delivered; Green / On track – on course to meet the timescale; "
                      "Amber – some risk to the timescale; Red – timescale will not be met; Not started.")
    doc.save(os.path.join(OUT, "bc2-north-west-leicestershire-corporate-peer-challenge-action-plan.docx"))

# ---------------------------------------------------------------- 4 Derbyshire Dales audit tracker (xlsx, refuse)
def ddales():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding recs"
    ws["A1"] = "Derbyshire Dales District Council – Internal Audit Outstanding Recommendations (position at 30 September 2024)"
    ws["A1"].font = Font(bold=True, size=13); ws.merge_cells("A1:L1")
    ws["A2"] = "Report to Governance and Resources Committee, 17 October 2024"
    hdr = ["Audit", "Report date", "Assurance opinion", "Rec ref", "Priority", "Recommendation",
           "Agreed management action", "Responsible officer", "Original due date", "Revised due date", "Status", "Audit comment"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = Font(bold=True); x.fill = fill("BDD7EE"); x.alignment = WRAP; x.border = BOX
    rows = [
        ("Payroll 2023/24", D(2024, 3, 12), "Reasonable", 1, "Medium", "Overtime claims should be authorised by a manager before payment.",
         "Introduce mandatory manager authorisation in iTrent for all overtime claims.", "HR Manager", D(2024, 6, 30), D(2024, 9, 30), "Implemented", "Verified in September testing."),
        ("Payroll 2023/24", D(2024, 3, 12), "Reasonable", 2, "Low", "Starter and leaver checklists should be retained on the employee file.",
         "Checklists to be uploaded to the employee record in iTrent.", "Payroll Officer", D(2024, 5, 31), None, "Implemented", ""),
        ("Council Tax 2023/24", D(2024, 2, 28), "Substantial", 1, "Low", "The reconciliation between the Council Tax system and the valuation list should be evidenced monthly.",
         "Monthly reconciliation to be signed and dated by the Revenues Manager.", "Revenues Manager", D(2024, 3, 31), None, "Implemented", ""),
        ("Car Parking Income 2023/24", D(2024, 4, 15), "Limited", 1, "High", "Cash collected from pay and display machines should be reconciled to machine audit tickets.",
         "Introduce a weekly reconciliation of cash collections to machine reports, reviewed by the Finance team.", "Parking Services Manager", D(2024, 7, 31), D(2024, 10, 31), "Partially implemented", "Reconciliations completed for 8 of the 13 weeks tested."),
        ("Car Parking Income 2023/24", D(2024, 4, 15), "Limited", 2, "Medium", "Access to cash box keys should be restricted and recorded.",
         "Maintain a key register and restrict access to named officers.", "Parking Services Manager", D(2024, 5, 31), None, "Implemented", ""),
        ("Procurement 2023/24", D(2024, 5, 20), "Reasonable", 1, "Medium", "The contracts register should be updated and published quarterly as required by the Transparency Code.",
         "Review the contracts register and set quarterly publication reminders.", "Procurement Officer", D(2024, 8, 31), "Novmeber 2024", "Not implemented", "Register updated but not yet published."),
        ("Procurement 2023/24", D(2024, 5, 20), "Reasonable", 2, "Medium", "Waivers of Contract Standing Orders should be reported to the Governance and Resources Committee.",
         "Report waivers to Committee twice a year.", "Director of Corporate and Customer Services", D(2024, 9, 30), D(2025, 1, 31), "In progress", "First report scheduled for January 2025 Committee."),
        ("ICT Cyber Security 2024/25", D(2024, 6, 10), "Reasonable", 1, "High", "Multi-factor authentication should be enabled for all remote access accounts.",
         "Enable MFA for all remote and privileged accounts.", "ICT Manager", D(2024, 9, 30), None, "Implemented", "Confirmed by ICT audit log review."),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row, 1):
            x = ws.cell(r, c, v); x.alignment = WRAP; x.border = BOX
            if isinstance(v, dt.datetime): x.number_format = "dd/mm/yyyy"
        r += 1
    r += 1
    ws.cell(r, 1, "Priority: High – fundamental control weakness; Medium – important; Low – good practice.")
    for col, w in zip("ABCDEFGHIJKL", [22, 12, 12, 7, 9, 45, 45, 26, 12, 12, 16, 35]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bc2-derbyshire-dales-internal-audit-recommendations-tracker.xlsx"))

# ---------------------------------------------------------------- 5 Orbit RSH (txt, tab-separated)
def orbit():
    T = "\t"
    lines = [
        "Orbit Group – Consumer Standards Improvement Plan",
        "Position at 31 January 2025 – for Customer Services Committee",
        "",
        "This plan sets out the actions we are taking following our self-assessment against the Regulator of Social Housing's consumer standards (April 2024).",
        "",
        T.join(["Standard", "Issue identified", "Ref", "Action", "Owner", "Target date", "Status", "Commentary"]),
        T.join(["Safety and Quality Standard", "Stock condition data is incomplete for around 18% of homes.", "SQ1",
                "Complete stock condition surveys for all homes without a survey in the last five years.",
                "Director of Property Services", "Mar-26", "On track", "9,412 surveys completed this year against a target of 10,000."]),
        T.join(["", "", "SQ2", "Load survey data into the asset management system and validate it against repairs history.",
                "Head of Asset Management", "Sep-25", "Amber", "Data migration delayed by the system upgrade; revised plan agreed."]),
        T.join(["", "Damp and mould cases were not always inspected within target timescales.", "SQ3",
                "Introduce a dedicated damp and mould response team with a 10-day inspection target.",
                "Head of Repairs", "31/07/2024", "Complete", "Team in place since July; 96% inspected within 10 days in Q3."]),
        T.join(["Transparency, Influence and Accountability Standard", "Complaints handling did not consistently meet the Housing Ombudsman Code timescales.", "TIA1",
                "Recruit two additional complaints officers and introduce weekly complaint case reviews.",
                "Head of Customer Experience", "Dec-24", "Complete", "Officers started in October. Stage 1 responses within 10 working days up to 91%."]),
        T.join(["", "", "TIA2", "Publish Tenant Satisfaction Measures results and an annual complaints performance report.",
                "JW/SP", "Jun-25", "On track", "2023/24 TSMs published; 2024/25 report being prepared."]),
        T.join(["", "Customers said they did not feel listened to.", "TIA3",
                "Set up a Customer Voice Panel with a role in scrutinising this improvement plan.",
                "Head of Customer Engagement", "Ongoing", "Green", "Panel has met three times and has 24 members."]),
        T.join(["Neighbourhood and Community Standard", "ASB cases were not always risk assessed at first report.", "NC1",
                "Introduce a standard ASB risk assessment matrix for all new cases.",
                "Community Safety Manager", "30/04/2025", "Red", "Matrix drafted but not yet approved; training not scheduled. Escalated to Director."]),
        T.join(["Tenancy Standard", "Tenancy audits had lapsed since 2020.", "TS1",
                "Restart a programme of tenancy audits, prioritising homes where there has been no contact for two years.",
                "Head of Housing Services", "Q1 2025/26", "Not started", "Programme to begin in April 2025."]),
        "",
        "Status: Complete / On track (Green) / Amber – at risk / Red – off track / Not started",
    ]
    with open(os.path.join(OUT, "bc2-orbit-group-rsh-consumer-standards-improvement-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- 6 ESFRS HMICFRS (docx, fill-only RAG)
def esfrs():
    doc = Document(); landscape(doc)
    doc.add_heading("East Sussex Fire & Rescue Service – HMICFRS Inspection 2023: Improvement Plan", 0)
    doc.add_paragraph(
        "HMICFRS inspected the Service in 2023 and identified areas for improvement across the effectiveness, "
        "efficiency and people pillars. This plan sets out the actions we are taking in response. Progress is "
        "monitored by the Senior Leadership Team and reported to the Scrutiny and Audit Panel.")
    F = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000", "": None}
    plan = [
        ("Effectiveness", [
            ("Area for improvement 1", "The service should make sure it has an effective system to prioritise and target its prevention activity at the people most at risk from fire.", [
                ("1.1", "Review the Home Safety Visit referral criteria using Exeter data and partner referrals.", "AM Prevention", "31/05/2024", "Criteria revised and published in June 2024.", "B"),
                ("1.2", "Introduce a quarterly prevention performance report to the Senior Leadership Team.", "Head of Prevention", "Q3 2024/25", "First report presented in December.", "G")]),
            ("Area for improvement 2", "The service should make sure it allocates enough resources to a prioritised and risk-based inspection programme.", [
                ("2.1", "Recruit and train four additional fire safety inspectors.", "Head of Protection", "March 2025", "Two inspectors qualified; two on the Level 4 Diploma, completing in the summer.", "A")]),
        ]),
        ("Efficiency", [
            ("Area for improvement 3", "The service should make sure it has effective arrangements to monitor and evaluate its collaboration activity.", [
                ("3.1", "Create a collaboration register with benefits tracking for all joint projects with Sussex Police and other partners.", "Assistant Director Planning & Improvement", "30/09/2024", "Register in place; benefits reported annually to the Fire Authority.", "B"),
                ("3.2", "Carry out post-implementation reviews of shared estates projects.", "AD Resources", "Ongoing", "Review of the shared Bexhill site under way.", "G")]),
        ]),
        ("People", [
            ("Area for improvement 4", "The service should make sure all staff understand and follow its values and behaviours, and feel confident to challenge inappropriate behaviour.", [
                ("4.1", "Deliver values and behaviours workshops for all watches and support teams.", "GM Training / GM Operational Assurance", "December 2024", "92% of staff have attended.", "G"),
                ("4.2", "Launch an independent confidential reporting line.", "Head of HR", "01/02/2025", "Supplier selected; launch delayed pending contract award.", "R"),
                ("4.3", "Survey staff on their confidence to challenge and report the results to the Fire Authority.", "Head of HR", "July 2025", "Not yet started.", "")]),
        ]),
    ]
    for pillar, afis in plan:
        doc.add_heading(pillar, 1)
        for label, text, acts in afis:
            p = doc.add_paragraph(); p.add_run(label).bold = True
            doc.add_paragraph(text)
            t = doc.add_table(rows=1 + len(acts), cols=6); t.style = "Table Grid"
            hdr_row(t, ["Ref", "Action", "Owner", "Due date", "Progress", "RAG"])
            for i, a in enumerate(acts, 1):
                for j in range(5): t.cell(i, j).text = a[j]
                if F[a[5]]: shade(t.cell(i, 5), F[a[5]])
            doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=4, cols=2); k.style = "Table Grid"
    for i, (c, t) in enumerate([("0070C0", "Complete"), ("00B050", "On track"), ("FFC000", "At risk of missing the due date"), ("FF0000", "Off track")]):
        shade(k.cell(i, 0), c); k.cell(i, 1).text = t
    doc.save(os.path.join(OUT, "bc2-east-sussex-frs-hmicfrs-afi-improvement-plan.docx"))

# ---------------------------------------------------------------- 7 West Oxfordshire scrutiny tracker (xlsx, key green=completed)
def westoxon():
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws["A1"] = "West Oxfordshire District Council – Water Quality Task and Finish Group: Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13); ws.merge_cells("A1:H1")
    ws["A2"] = "Overview and Scrutiny Committee – update February 2025"; ws.merge_cells("A2:H2")
    hdr = ["Task and Finish Group recommendation", "Executive response", "Ref", "Action", "Lead officer", "Target date", "Progress", "RAG"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = Font(bold=True); x.fill = fill("E2EFDA"); x.alignment = WRAP; x.border = BOX
    G, A, R = "00B050", "FFC000", "FF0000"
    recs = [
        ("1. That the Council formally responds to Thames Water's Drainage and Wastewater Management Plan consultation and seeks a named liaison officer for the district.", "Accepted", [
            ("1a", "Submit a formal consultation response to the Drainage and Wastewater Management Plan.", "Climate Change Manager", D(2024, 9, 30), "Response submitted on 20 September 2024.", G),
            ("1b", "Hold six-monthly liaison meetings with Thames Water and report the outcomes to this Committee.", "Climate Change Manager", "Six-monthly", "First meeting held in November; named liaison confirmed.", A)]),
        ("2. That the Council uses its planning powers to make sure new development does not add to pressure on sewage treatment works.", "Partially accepted", [
            ("2a", "Prepare a water quality and infrastructure topic paper to inform the Local Plan 2041.", "Planning Policy Manager", D(2025, 3, 31), "Evidence gathering under way with the Environment Agency.", A),
            ("2b", "Request Thames Water infrastructure capacity statements for all major planning applications.", "Development Manager", D(2024, 11, 30), "Now part of the validation checklist for major applications.", G)]),
        ("3. That the Council supports community river monitoring groups.", "Accepted", [
            ("3a", "Provide small grants of up to £2,000 for community water testing equipment.", "Communities Manager / Grants Officer", D(2025, 6, 30), "Grant criteria not yet agreed; budget confirmed for 2025/26.", R)]),
        ("4. That the Council lobbies Government for stronger enforcement against storm overflow discharges.", "Accepted", [
            ("4a", "The Leader to write to the Secretary of State for Environment, Food and Rural Affairs.", "Chief Executive", D(2024, 7, 31), "Letter sent 18 July 2024; reply received in September.", G)]),
        ("5. That progress on these recommendations is reported to the Committee every six months.", "Accepted", [
            ("5a", "Add the recommendations tracker to the Committee's work programme.", "Democratic Services Officer", D(2025, 2, 28), "Included in the work programme for February and September.", G)]),
    ]
    r = 5
    for rec, resp, acts in recs:
        first = r
        for (ref, act, lead, when, prog, f) in acts:
            for c, v in enumerate([None, None, ref, act, lead, when, prog, None], 1):
                x = ws.cell(r, c); x.alignment = WRAP; x.border = BOX
                if v is not None: x.value = v
                if isinstance(v, dt.datetime): x.number_format = "mmm-yy"
            ws.cell(r, 8).fill = fill(f)
            r += 1
        ws.cell(first, 1, rec).alignment = WRAP; ws.cell(first, 2, resp).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Key:").font = Font(bold=True); r += 1
    for f, t in [(G, "Completed"), (A, "In progress"), (R, "Not started / delayed")]:
        ws.cell(r, 3).fill = fill(f); ws.cell(r, 4, t); r += 1
    for col, w in zip("ABCDEFGH", [50, 14, 6, 50, 28, 11, 45, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bc2-west-oxfordshire-scrutiny-water-quality-recommendations-tracker.xlsx"))

if __name__ == "__main__":
    northumberland(); sussex(); nwl(); ddales(); orbit(); esfrs(); westoxon()
