"""Generate the ca2- case documents (blind corpus, heldout113)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(blue="5B9BD5", green="92D050", amber="FFC000", red="FF0000", head="1F3864", band="D9E1F2").items()}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


# ---------------------------------------------------------------- 1 WMFS xlsx
def wmfs():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Plan"
    ws["A1"] = "West Midlands Fire Service – HMICFRS Effectiveness, Efficiency and People 2023–25: Areas for Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 October 2025 – reported to Scrutiny Committee"
    hdr = ["Ref", "Area for improvement (HMICFRS)", "Action", "Lead", "Target date", "Revised date", "Progress update", "RAG"]
    ws.append([]); ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["head"]; c.alignment = Alignment(wrap_text=True)
    rows = [
        ("H", "Understanding the risk of fire and other emergencies"),
        ("1.1", "The service should make sure it gathers and records relevant risk information to help protect firefighters, the public and property during an emergency.",
         "Review the site-specific risk information (SSRI) policy and set a revisit schedule based on premises risk level.",
         "Head of Operational Risk", D(2025, 9, 30), None, "Policy approved at SLT in September. Revisit schedule live in the risk system.", "Complete", "blue"),
        ("1.2", None,
         "Audit a 10% sample of SSRI records each quarter and report compliance to the Operational Assurance Board.",
         "Head of Operational Risk", D(2025, 12, 31), None, "Q1 and Q2 audits completed; compliance 91%.", "Green", "green"),
        ("1.3", "The service must make sure its scenario plans and assumptions are subject to rigorous analysis and challenge, including the impact on the service it provides to the public.",
         "Commission an external peer review of the CRMP scenario modelling and report the findings to the Fire Authority.",
         "SP / KW", D(2025, 11, 30), D(2026, 3, 31), "Peer reviewer identified through NFCC. Fieldwork delayed to January at reviewer's request.", "Amber", "amber"),
        ("H", "Making the best use of resources"),
        ("2.1", "The service should assure itself that its IT systems are resilient, reliable, accurate and accessible.",
         "Complete the ICT resilience test programme, including failover of the control room mobilising system.",
         "Director of Digital and Data", D(2026, 1, 31), None, "Failover test of mobilising system passed on 14 October. Remaining tests scheduled.", "Green", "green"),
        ("2.2", None,
         "Introduce monthly data-quality reporting for the incident recording system.",
         "Data and Insight Manager", "Monthly", None, "First report to SLT in August; now routine.", "Green", "green"),
        ("H", "Promoting the right values and culture"),
        ("3.1", "The service should make sure staff at all levels of the organisation demonstrate its values and behaviours.",
         "Refresh the Code of Ethics training for all supervisory and middle managers, with completion tracked through the learning management system.",
         "Head of People", D(2025, 7, 31), None, "98% of managers completed. Evidence held by Organisational Assurance.", "Complete", "blue"),
        ("3.2", "The service should improve the way it manages absence and give line managers better support in this area.",
         "Launch a revised attendance management policy and toolkit for line managers.",
         "HR Business Partner / Occupational Health Manager", D(2026, 2, 28), None,
         "Consultation with representative bodies paused. Escalated to SLT for a decision on the revised timetable.", "Red", "red"),
        ("H", "Getting the right people with the right skills"),
        ("4.1", "The service should make sure it has a consistent approach to all training and assessments, including those on all risk-critical skills.",
         "Introduce a single risk-critical skills assessment framework across all stations, with quarterly reporting by command.",
         "Head of Learning and Development", D(2026, 3, 31), None, "Framework drafted; pilot at three stations slipped by one month.", "Amber", "amber"),
        ("4.2", "The service should put in place a succession-planning process to make sure it has effective arrangements in place to manage staff turnover.",
         "Develop succession plans for all critical roles at Station Commander and above.",
         "Head of People", D(2026, 6, 30), None, "Due to start once the workforce plan is approved.", "Not started", None),
    ]
    r = 5
    afi_start = None
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = FILL["band"]
            r += 1; continue
        ref, afi, act, lead, tgt, rev, prog, rag, fill = row
        vals = [ref, afi, act, lead, tgt, rev, prog, rag]
        for c, v in enumerate(vals, 1):
            if v is None: continue
            cell = ws.cell(r, c, v); cell.alignment = Alignment(wrap_text=True, vertical="top"); cell.border = BOX
            if isinstance(v, D): cell.number_format = "mmm-yy"
        if fill: ws.cell(r, 8).fill = FILL[fill]
        if afi is None:  # same AFI as row above: merge down
            ws.merge_cells(start_row=r - 1, start_column=2, end_row=r, end_column=2)
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for i, (k, t, f) in enumerate([("Blue", "Complete – evidence held", "blue"), ("Green", "On track", "green"),
                                   ("Amber", "At risk of slipping / revised date agreed", "amber"),
                                   ("Red", "Off track – escalated to SLT", "red")], 1):
        ws.cell(r + i, 1, k).fill = FILL[f]; ws.cell(r + i, 2, t)
    for col, w in zip("ABCDEFGH", (7, 45, 50, 24, 12, 12, 45, 12)):
        ws.column_dimensions[col].width = w
    wb.save(P("ca2-west-midlands-fire-service-hmicfrs-afi-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2 Wakefield docx
def wakefield():
    doc = Document()
    doc.add_heading("Adult Social Care CQC Assessment Improvement Plan 2025–2027", 0)
    doc.add_paragraph("Wakefield Council – Adults and Health")
    doc.add_paragraph(
        "The Care Quality Commission published its assessment of Wakefield Council's adult social care functions in "
        "September 2025, rating the council Requires Improvement. This plan sets out the actions we will take against "
        "the areas for improvement identified under each of the four CQC themes. Progress is reported quarterly to the "
        "Adult Social Care Improvement Board and to the Social Care and Health Scrutiny Committee.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=4, cols=2); dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.3"), ("Date", "6 November 2025"),
                                ("Author", "Strategy and Improvement Team"), ("Approved by", "Corporate Director, Adults and Health")]):
        dc.cell(i, 0).text = a; dc.cell(i, 1).text = b
    hdr = ["Ref", "Area for improvement", "What we will do", "Lead", "By when", "Progress", "RAG"]
    colours = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    themes = [
        ("Theme 1: Working with people", [
            ("1.1", "Waiting times for Care Act assessments were too long and people were not always kept informed while they waited.",
             "Introduce a 'waiting well' contact every four weeks for everyone on the assessment waiting list, recorded on Mosaic.",
             "Head of Adult Social Work", "June 2025", "Contacts in place since June; 96% of people on the list contacted in October.", "Complete"),
            ("1.2", None,
             "Reduce the number of people waiting over 28 days for a Care Act assessment by 50%.",
             "Head of Adult Social Work", "March 2026", "Down from 412 to 281 (32%). Additional agency capacity agreed to January.", "Amber"),
            ("1.3", "Unpaid carers did not always receive a timely carer's assessment.",
             "Commission Carers Wakefield to carry out carers' assessments under a trusted assessor model.",
             "Commissioning Manager (Carers)", "Sept 2025 – Dec 2025", "Contract variation signed; first assessments completed in October.", "Green"),
        ]),
        ("Theme 2: Providing support", [
            ("2.1", "A shortage of nursing home placements delayed people's discharge from hospital.",
             "Develop a nursing care market sufficiency plan with the ICB, including block-booked discharge to assess beds.",
             "AD Commissioning / ICB Place Director", "31/03/2026", "Market position statement refreshed; 12 block beds agreed from December.", "Green"),
            ("2.2", "Uptake of direct payments was below the national average.",
             "Relaunch direct payments with a simplified support planning offer and a personal assistant register.",
             "Jo Hartley and Imran Shah", "Ongoing", "PA register launched with 38 PAs. Uptake reported monthly.", "Green"),
        ]),
        ("Theme 3: Ensuring safety", [
            ("3.1", "Transitions from children's to adults' services were not consistently planned from age 14.",
             "Set up a joint Preparing for Adulthood panel with Children's Services to review all young people from age 14.",
             "PfA Service Manager", "End of January 2026", "Terms of reference not yet agreed; panel chair post vacant.", "Red"),
        ]),
        ("Theme 4: Leadership", [
            ("4.1", "Co-production was not yet embedded in strategic planning.",
             "Establish a co-production board of people with lived experience to review all new adult social care strategies before Cabinet.",
             "Head of Strategy and Improvement", "TBC", "", ""),
        ]),
    ]
    for theme, acts in themes:
        doc.add_heading(theme, 2)
        t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                if v is not None: cells[i].text = v
            if a[6] in colours: shade(cells[6], colours[a[6]])
            if a[1] is None:
                top = t.rows[len(t.rows) - 2].cells[1]
                top.merge(cells[1])
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete (blue) – action delivered and evidenced; Green – on track; Amber – some slippage, "
                      "recovery in hand; Red – off track, escalated to the Improvement Board.")
    doc.save(P("ca2-wakefield-asc-cqc-assessment-improvement-plan.docx"))


# ---------------------------------------------------------------- 3 Calderdale SAB docx
def calderdale():
    doc = Document()
    doc.add_heading("Calderdale Safeguarding Adults Board", 1)
    doc.add_heading("Safeguarding Adults Review – 'Adult C': Multi-Agency Action Plan", 1)
    doc.add_paragraph(
        "This action plan responds to the recommendations of the Safeguarding Adults Review into the death of Adult C, "
        "a 78-year-old man who died following a house fire in 2024. The plan is monitored by the SAR Sub Group and "
        "reported to the Board at each meeting.")
    t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
    for i, h in enumerate(["No.", "Action", "Agency / Lead", "Target date", "Update / evidence", "Status", "Date updated"]):
        t.rows[0].cells[i].text = h
    recs = [
        ("Recommendation 1: The Board should seek assurance that partner agencies apply the Mental Capacity Act 2005 where a person repeatedly declines care and support.", [
            ("1a", "Deliver multi-agency briefings on the Mental Capacity Act and executive functioning to frontline staff in adult social care, health and housing.",
             "CSAB Learning and Development Sub Group Chair", "By 31 March 2025", "Six briefings delivered to 214 staff. Evaluation report to Board in April.", "Complete", "03/04/2025"),
            ("1b", "Audit a sample of 20 cases where care was declined to test whether capacity was assessed and recorded.",
             "Sam Ellis (CHFT) / Priya Rao (SWYPFT)", "30/09/2025", "Audit tool agreed; 12 of 20 cases reviewed. Completion expected November.", "Amber", "15/10/2025"),
        ]),
        ("Recommendation 2: Partners should ensure self-neglect and hoarding concerns are escalated through the multi-agency risk management process.", [
            ("2a", "Revise the Self-Neglect and Hoarding Practice Guidance to include a clear escalation route to the Multi-Agency Risk Management (MARM) meeting.",
             "Head of Safeguarding, Adult Services and Wellbeing", "June 2025", "Revised guidance published on the CSAB website 20 June 2025.", "Complete", "01/07/2025"),
            ("2b", "Promote the revised guidance through a 7-minute briefing and the CSAB newsletter.",
             "CSAB Business Manager", "July 2025", "7-minute briefing issued; included in the summer newsletter.", "Complete", "01/08/2025"),
            ("2c", "Report MARM referral numbers quarterly to the Performance and Quality Sub Group.",
             "CSAB Business Manager", "Ongoing", "Q1 and Q2 data reported. Referrals up from 9 to 17.", "Green", "15/10/2025"),
        ]),
        ("Recommendation 3: West Yorkshire Fire and Rescue Service and housing providers should share fire risk information for people who smoke and use emollient creams.", [
            ("3a", "Agree an information-sharing pathway for Safe and Well visit referrals between Together Housing and West Yorkshire Fire and Rescue Service.",
             "Community Safety Manager (WYFRS) & Tenancy Services Manager (Together Housing)", "Dec-25",
             "Draft information-sharing agreement with both legal teams.", "Green", "15/10/2025"),
        ]),
    ]
    fills = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for rec, acts in recs:
        row = t.add_row().cells
        m = row[0].merge(row[6]); m.text = rec; m.paragraphs[0].runs[0].bold = True; shade(m, "E2EFDA")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a): cells[i].text = v
            shade(cells[5], fills[a[5]])
    doc.add_paragraph("")
    doc.add_paragraph("Status: Complete = action completed and evidence received by the SAR Sub Group; Green = on track; "
                      "Amber = behind target but expected to complete; Red = off track.")
    doc.save(P("ca2-calderdale-sab-sar-adult-c-action-plan.docx"))


# ---------------------------------------------------------------- 4 Mid Devon csv
def middevon():
    hdr = ["Audit", "Rec No", "Priority", "Recommendation", "Management Response / Agreed Action", "Responsible Officer",
           "Original Target Date", "Revised Target Date", "RAG Status", "Update (October 2025)"]
    rows = [
        ["Housing Rents 2024/25", "1", "High", "Ensure all arrears cases meeting the policy threshold are reviewed monthly and escalated for legal action.",
         "Monthly arrears report to be produced from the housing system and reviewed by the Income Recovery Team Leader; escalations logged.",
         "Income Recovery Team Leader", "31/03/2025", "", "Complete", "Report in place since March. Verified by Internal Audit at follow-up."],
        ["Housing Rents 2024/25", "2", "Medium", "Reconcile the rent account to the general ledger monthly with independent sign-off.",
         "Reconciliation procedure updated; Finance Business Partner to review and sign each month.",
         "Finance Business Partner", "30/04/2025", "30/09/2025", "Complete", "Signed reconciliations held for April to September."],
        ["Procurement and Contract Management 2024/25", "1", "High", "Maintain a complete contracts register and publish it in line with the Local Government Transparency Code.",
         "Contracts register to be moved to the e-tendering portal and published quarterly.",
         "Procurement Manager", "30/06/2025", "31/12/2025", "Amber", "Migration 70% complete. Revised date agreed by Audit Committee in July."],
        ["Procurement and Contract Management 2024/25", "2", "Medium", "Waivers of Contract Procedure Rules should be approved and recorded centrally.",
         "Waiver form revised; all waivers to be logged by Legal Services and reported to Audit Committee annually.",
         "Deputy Monitoring Officer", "31/07/2025", "", "Complete", "Central waiver log in use from 1 July."],
        ["Procurement and Contract Management 2024/25", "3", "Low", "Provide refresher training on the Procurement Act 2023 to budget holders.",
         "Training to be delivered through the LGA e-learning module and two in-house workshops.",
         "Procurement Manager / HR Learning and Development Officer", "28/02/2026", "", "Green", "First workshop held 9 October with 23 attendees."],
        ["Cyber Security 2025/26", "1", "High", "Ensure all staff complete mandatory cyber security training annually.",
         "Compliance report to be issued to Leadership Team monthly, with network access suspended for staff overdue by 30 days.",
         "ICT Operations Manager", "31/10/2025", "", "Red", "Compliance at 78% against a 95% target. Suspension approach awaiting Leadership Team decision."],
        ["Cyber Security 2025/26", "2", "Medium", "Test the ICT disaster recovery plan at least annually.",
         "A full failover test of core systems to be scheduled with the shared service partner.",
         "ICT Operations Manager", "31/03/2026", "", "Not started", ""],
        ["Council Tax 2025/26", "1", "Medium", "Review single person discounts using data matching.",
         "Take part in the National Fraud Initiative single person discount exercise and review all matches.",
         "Revenues Manager", "Annual", "", "Green", "2025 matches received in September; review under way."],
    ]
    with open(P("ca2-mid-devon-dc-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Mid Devon District Council – Internal Audit Recommendations Tracker (Audit Committee, November 2025)"] + [""] * 9)
        w.writerow([""] * 10)
        w.writerow(hdr)
        w.writerows(rows)


# ---------------------------------------------------------------- 5 Malvern Hills txt
def malvern():
    L = ["Malvern Hills District Council",
         "Corporate Peer Challenge (December 2024) – Action Plan: progress update July 2025",
         "",
         "Ref\tAction\tLead Officer\tTimescale\tProgress\tStatus",
         "",
         "Recommendation 1: Refresh the Council Plan so that it sets out a small number of clear priorities and how progress will be measured.",
         "1.1\tHold member and officer workshops to agree the priorities for the Council Plan 2026–2030.\tChief Executive\tJune 2025\tThree workshops held in May and June; priorities agreed by Executive Committee.\tComplete",
         "1.2\tConsult residents and partners on the draft Council Plan and report the results to Executive Committee.\tHead of Policy and Communications\tNov 2025\tConsultation survey drafted; launch planned for September.\tOn track",
         "",
         "Recommendation 2: Strengthen medium-term financial planning, with a clear savings and income plan to close the budget gap from 2026/27.",
         "2.1\tProduce a savings and income generation plan with service-level targets for 2026/27 to 2028/29.\tSection 151 Officer\tDec-25\tService reviews behind schedule because of capacity in Finance; interim savings options identified.\tSome slippage",
         "2.2\tProvide budget-setting training for all members ahead of the 2026/27 budget.\tSection 151 Officer / Democratic Services Manager\tJanuary 2026\tSessions booked with the LGA for November and December.\tOn track",
         "",
         "Recommendation 3: Work with Wychavon and Worcestershire partners to prepare for local government reorganisation.",
         "3.1\tEstablish an officer working group on reorganisation with Wychavon and report options to Council.\tChief Executive\tOngoing\tGroup meets fortnightly; interim proposal submitted to Government in March.\tOn track",
         "",
         "Recommendation 4: Embed the Connected Communities Strategy with clear outcome measures.",
         "4.1\tAgree an outcomes framework for the Connected Communities Strategy and report progress annually.\tCommunity Development Manager\t31/03/2026\t\tNot started",
         "4.2\tMap community assets with parish councils and the voluntary sector in each ward.\tRM/HT\tSept 2025 – Feb 2026\tMapping paused while the community development officer post is vacant.\tOff track",
         "",
         "Status key: Complete; On track; Some slippage (amber); Off track (red); Not started",
         ]
    with open(P("ca2-malvern-hills-dc-corporate-peer-challenge-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------- 6 Aster xlsx (typo month)
def aster():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Aster Group – Consumer Standards Improvement Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting to: Customer Services Committee    Last updated: 14/10/2025"
    ws.append([])
    ws.append(["Ref", "Issue identified", "Action", "Owner", "Due", "Status", "Comments"])
    for c in ws[4]: c.font = Font(bold=True); c.fill = FILL["band"]
    rows = [
        ("H", "Safety and Quality Standard"),
        ("SQ1", "Stock condition data is incomplete for around 18% of homes.", "Complete stock condition surveys for all homes without a survey in the last five years.",
         "Head of Asset Management", D(2026, 3, 31), "Green", "6,240 surveys completed against 9,100 target."),
        ("SQ2", "Damp and mould cases are not consistently followed up after repairs are completed.", "Introduce a six-week post-repair inspection for all category 1 and 2 damp and mould cases.",
         "Damp and Mould Lead", D(2025, 8, 31), "Complete", "Live since August; follow-up rate 94%."),
        ("SQ3", "Fire risk assessment actions are overdue in some blocks.", "Clear all high-priority overdue fire risk assessment actions.",
         "Building Safety Manager", D(2025, 12, 31), "Amber", "41 high-priority actions remaining; contractor capacity increased."),
        ("H", "Transparency, Influence and Accountability Standard"),
        ("TIA1", "Residents do not see how their feedback changes services.", "Publish a quarterly 'You said, we did' report on the website and in the residents' newsletter.",
         "Head of Customer Experience", D(2025, 9, 30), "Complete", "Q1 and Q2 reports published."),
        ("TIA2", "Complaint handling does not always meet Housing Ombudsman Code timescales.", "Recruit two additional complaints officers and introduce weekly case reviews.",
         "Complaints Manager", "Febuary 2026", "Green", "One officer started; second post at interview stage."),
        ("H", "Neighbourhood and Community Standard"),
        ("NC1", "Anti-social behaviour cases lack documented risk assessments.", "Roll out the ASB risk assessment matrix to all neighbourhood officers.",
         "Neighbourhood Services Manager", D(2025, 11, 30), "Green", "Training delivered to 3 of 4 teams."),
    ]
    r = 5; bad = None
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); r += 1; continue
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v); cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, D): cell.number_format = "dd/mm/yyyy"
        if row[4] == "Febuary 2026": bad = r
        ws.cell(r, 6).fill = FILL[{"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[row[5]]]
        r += 1
    for col, w in zip("ABCDEFG", (7, 45, 50, 28, 14, 12, 45)):
        ws.column_dimensions[col].width = w
    wb.save(P("ca2-aster-group-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx"))
    print("aster typo row", bad)


# ---------------------------------------------------------------- 7 Salisbury xlsx
def salisbury():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "Salisbury NHS Foundation Trust – CQC Inspection Improvement Plan (Urgent and Emergency Care, Medical Care)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Version 4 – presented to Clinical Governance Committee, 23 September 2025"
    ws.append([])
    ws.append(["Ref", "Must / Should", "CQC finding", "Action", "Lead", "Completion date", "Progress / evidence", "RAG"])
    for c in ws[4]: c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["head"]
    rows = [
        ("H", "Urgent and emergency care"),
        ("UEC-M1", "Must", "The trust must ensure patients in the emergency department are assessed by a clinician within 15 minutes of arrival.",
         "Introduce a rapid assessment and treatment (RAT) nurse on every shift between 08:00 and 02:00.", "Chief Nursing Officer", D(2025, 6, 30),
         "RAT nurse rota in place from 2 June. Median time to assessment 11 minutes in August.", "blue"),
        ("UEC-M2", None, None,
         "Audit time to initial assessment weekly and report to the Urgent Care Board.", "Divisional Director of Operations (Medicine)", "Ongoing – weekly",
         "Weekly audit embedded; reported to UCB each month.", "green"),
        ("UEC-M3", "Must", "The trust must ensure mental health risk assessments are completed for all patients presenting with mental health needs.",
         "Roll out the electronic mental health risk assessment tool in the ED and train all registered nurses.", "ED Matron", D(2025, 10, 31),
         "Tool live. Training compliance 71% – band 5 vacancies affecting release of staff.", "amber"),
        ("UEC-S1", "Should", "The trust should ensure that the paediatric waiting area is separated from the adult waiting area.",
         "Complete estates works to create a separate paediatric waiting area within the ED footprint.", "Director of Estates and Facilities", D(2026, 3, 31),
         "Capital bid not approved in Q1; resubmitted for Q3 capital panel.", "red"),
        ("H", "Medical care"),
        ("MED-M1", "Must", "The trust must ensure medicines are stored securely and fridge temperatures are monitored daily.",
         "Install remote temperature monitoring for all ward medicines fridges.", "Chief Pharmacist", D(2025, 5, 31),
         "Installed on all 14 medical wards. Alerts go to pharmacy.", "blue"),
        ("MED-M2", None, None,
         "Include medicines storage in the monthly ward accreditation audit.", "Chief Pharmacist / Ward Sisters", D(2025, 8, 31),
         "Added to the audit from July; compliance 97%.", "blue"),
        ("MED-S1", "Should", "The trust should ensure that staff complete mandatory training in the Mental Capacity Act.",
         "Set a divisional trajectory to reach 90% compliance and report monthly at the divisional performance review.", "Divisional Head of Nursing (Medicine)", D(2025, 12, 31),
         "Compliance 84%, up from 68% at inspection.", "green"),
        ("MED-S2", "Should", "The trust should ensure discharge summaries are sent to GPs within 24 hours.",
         "Launch an electronic discharge summary template with mandatory fields and monitor compliance weekly.", "Chief Medical Officer", D(2026, 1, 31),
         "", None),
    ]
    r = 5
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = FILL["band"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 1; continue
        for c, v in enumerate(row[:7], 1):
            if v is None: continue
            cell = ws.cell(r, c, v); cell.alignment = Alignment(wrap_text=True, vertical="top"); cell.border = BOX
            if isinstance(v, D): cell.number_format = "dd-mmm-yy"
        ws.cell(r, 8).border = BOX
        if row[7]: ws.cell(r, 8).fill = FILL[row[7]]
        if row[2] is None:
            ws.merge_cells(start_row=r - 1, start_column=2, end_row=r, end_column=2)
            ws.merge_cells(start_row=r - 1, start_column=3, end_row=r, end_column=3)
        r += 1
    r += 1
    ws.cell(r, 1, "Key:").font = Font(bold=True)
    for i, (t, f) in enumerate([("Completed and evidence assured", "blue"), ("On track", "green"),
                                ("At risk of not meeting completion date", "amber"), ("Off track / not achieved", "red")], 1):
        ws.cell(r + i, 1).fill = FILL[f]; ws.cell(r + i, 2, t)
    for col, w in zip("ABCDEFGH", (10, 10, 45, 50, 28, 14, 45, 8)):
        ws.column_dimensions[col].width = w
    wb.save(P("ca2-salisbury-nhsft-cqc-must-should-do-action-plan.xlsx"))


if __name__ == "__main__":
    wmfs(); wakefield(); calderdale(); middevon(); malvern(); aster(); salisbury()
