"""Generator for the ar2- cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "hdr": "1F3864", "sec": "D9E1F2", "grey": "D9D9D9"}.items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr_row(ws, r, names):
    for c, n in enumerate(names, 1):
        cell = ws.cell(r, c, n)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["hdr"]
        cell.alignment = WRAP
        cell.border = BOX


# ---------------------------------------------------------------- 1. Barts Health CQC
def barts():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "Barts Health NHS Trust – CQC Inspection Action Plan: Must Do and Should Do Actions"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Royal London Hospital and Whipps Cross Hospital core service inspections (reports published February 2024). Position as at 31 July 2024."
    ws["A2"].font = Font(italic=True)
    cols = ["Ref", "CQC Requirement (Must Do / Should Do)", "Action", "Action Owner",
            "Original Completion Date", "Revised Completion Date", "Progress Update", "RAG"]
    hdr_row(ws, 4, cols)
    rows = [
        ("sec", "Urgent and Emergency Care – Royal London Hospital"),
        ("UEC-M1.1", "MUST: The trust must ensure that patients in the emergency department receive timely assessment of their risk of deterioration, including completion of NEWS2 observations within the required timeframes. (Regulation 12)",
         "Roll out electronic NEWS2 escalation alerts on Millennium for all ED cubicles and corridor care spaces.",
         "Clinical Director, Emergency Medicine", D(2024, 3, 31), D(2024, 6, 30),
         "Alerts live in majors and resus from 3 June; corridor spaces went live 24 June. July audit showed 91% of observations on time.", "B"),
        ("UEC-M1.2", None,
         "Weekly NEWS2 compliance audit reported to the ED Quality and Safety Group, with individual feedback to the nurse in charge.",
         "Lead Nurse, Emergency Department", D(2024, 4, 30), None,
         "Audit embedded. May 88%, June 90%; trajectory to 95% agreed with the division.", "G"),
        ("UEC-M2.1", "MUST: The trust must ensure that patients with mental health needs waiting in the emergency department have a documented risk assessment and are cared for in a safe environment. (Regulation 12)",
         "Refurbish the mental health assessment room to meet PLAN standards, including removal of ligature points and two-door access.",
         "Head of Estates / ED General Manager", D(2024, 9, 30), None,
         "Works approved at Capital Group in May. Contractor start delayed to August pending asbestos survey.", "A"),
        ("UEC-S1.1", "SHOULD: The trust should ensure that all staff complete level 3 safeguarding children training.",
         "Book all outstanding ED nursing and medical staff onto level 3 training and track compliance monthly through divisional performance review.",
         "Practice Development Nurse, ED", D(2024, 5, 31), None,
         "Compliance 93% (target 90%). Monitoring continues through PRM.", "B"),
        ("sec", "Medical Care (including older people's care) – Whipps Cross Hospital"),
        ("MED-M1.1", "MUST: The trust must ensure that there are sufficient numbers of suitably qualified and skilled nursing staff on medical wards at all times. (Regulation 18)",
         "Complete the biannual Safer Nursing Care Tool review for all medical wards and present revised establishments to Trust Board.",
         "Deputy Chief Nurse", D(2024, 7, 31), None,
         "SNCT data collection completed in June; paper going to People Committee then Board in September.", "G"),
        ("MED-M1.2", None,
         "Recruit to 24 WTE band 5 registered nurse vacancies through the international recruitment programme.",
         "Divisional Director of Nursing, Medicine", D(2024, 12, 31), None,
         "15 nurses in post, 6 awaiting OSCE. Slippage on remaining 3 due to visa delays.", "A"),
        ("MED-M2.1", "MUST: The trust must ensure that mental capacity assessments are completed and recorded where patients may lack capacity to consent to care and treatment. (Regulation 11)",
         "Launch an MCA documentation template within the electronic patient record and deliver ward-based teaching sessions.",
         "Named Nurse, Safeguarding Adults", D(2024, 6, 30), None,
         "Template live from 10 June. 14 of 18 ward teaching sessions delivered; remainder booked for August.", "Gfill"),
        ("MED-S1.1", "SHOULD: The trust should ensure that patients' nutrition and hydration needs are assessed and food and fluid charts are completed.",
         "Introduce the red tray and red jug system on all elderly care wards and audit quarterly.",
         "Lead Dietitian", "Q3 2024/25", None,
         "Red jug lids ordered. Audit tool not yet agreed with the Nutrition Steering Group.", "R"),
        ("MED-S2.1", "SHOULD: The trust should ensure that discharge summaries are sent to GPs within 24 hours of discharge.",
         "Implement daily discharge summary backlog report for ward managers and consultants, with escalation of any summary outstanding after 24 hours.",
         "Associate Medical Director for Patient Flow", D(2024, 10, 31), D(2025, 1, 31),
         "Report built; go-live moved to January 2025 to align with EPR upgrade.", "A"),
    ]
    r = 5
    merge_from = None
    for row in rows:
        if row[0] == "sec":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(r, c).fill = FILL["sec"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        ref, req, act, own, orig, rev, prog, rag = row
        ws.cell(r, 1, ref)
        if req is None:
            # requirement continues from the row above: merge vertically
            ws.merge_cells(start_row=r - 1, start_column=2, end_row=r, end_column=2)
        else:
            ws.cell(r, 2, req)
        ws.cell(r, 3, act); ws.cell(r, 4, own)
        c5 = ws.cell(r, 5, orig)
        if isinstance(orig, D):
            c5.number_format = "mmm-yy"
        if rev is not None:
            ws.cell(r, 6, rev).number_format = "mmm-yy"
        ws.cell(r, 7, prog)
        c8 = ws.cell(r, 8)
        if rag == "Gfill":
            c8.fill = FILL["G"]
        else:
            c8.value = rag; c8.fill = FILL[rag]
            c8.font = Font(bold=True, color="FFFFFF" if rag in "RB" else "000000")
        c8.alignment = Alignment(horizontal="center", vertical="top")
        for c in range(1, 9):
            ws.cell(r, c).border = BOX
            if c != 8:
                ws.cell(r, c).alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for i, (k, t) in enumerate([("R", "Off track – action will not be delivered by the agreed date"),
                                ("A", "At risk – some slippage, recovery plan in place"),
                                ("G", "On track to deliver by the agreed date"),
                                ("B", "Complete – evidence submitted and signed off by the CQC Oversight Group")], 1):
        ws.cell(r + i, 1, k).fill = FILL[k]
        ws.cell(r + i, 2, t)
    for col, w in zip("ABCDEFGH", [10, 50, 50, 26, 14, 14, 50, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ar2-barts-health-cqc-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol); tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    cell.paragraphs[0].add_run(text).bold = True


# ---------------------------------------------------------------- 2. Breckland CPC
def breckland():
    doc = Document()
    doc.add_heading("Breckland Council – LGA Corporate Peer Challenge Action Plan 2024", level=1)
    doc.add_paragraph(
        "Breckland Council welcomed a Local Government Association Corporate Peer Challenge team from "
        "5 to 8 March 2024. The peer team made six key recommendations. This action plan sets out how the "
        "Council will respond to each recommendation and will be monitored by the Executive Management Team "
        "and reported to Overview and Scrutiny Commission every six months.")
    t = doc.add_table(rows=4, cols=4); t.style = "Table Grid"
    for i, (a, b, c, d) in enumerate([("Version", "Date", "Author", "Approved by"),
                                      ("0.1", "24/05/2024", "Policy & Performance Manager", "EMT"),
                                      ("1.0", "11/07/2024", "Policy & Performance Manager", "Cabinet"),
                                      ("1.1", "14/01/2025", "Policy & Performance Manager", "O&S Commission (update)")]):
        for j, v in enumerate((a, b, c, d)):
            (bold_cell if i == 0 else lambda cl, tx: setattr(cl, "text", tx))(t.cell(i, j), v)
    doc.add_paragraph()
    cols = ["No.", "Action", "Lead Officer", "Timescale", "Progress (January 2025)", "Status"]
    recs = [
        ("Recommendation 1: Articulate a clear, long-term ambition for Breckland as a place, shared with partners and residents", [
            ("1.1", "Refresh the Corporate Plan to set out a ten-year place ambition, co-produced with town and parish councils and key partners.", "Chief Executive", "March 2025",
             "Engagement workshops held with all five market towns in October and November. Draft plan to Cabinet in March.", "On track"),
            ("1.2", "Establish a Breckland Place Board with health, police, education and business partners.", "Executive Director – Place", "September 2024",
             "Board established; first meeting held 19 September 2024. Terms of reference agreed.", "Complete"),
        ]),
        ("Recommendation 2: Strengthen the Council's medium-term financial planning to close the budget gap from 2026/27", [
            ("2.1", "Develop a savings and income generation programme covering 2025/26 to 2027/28, with business cases reported through EMT.", "Section 151 Officer", "Q4 2024/25",
             "Programme of £2.1m identified; £600k of proposals still require business cases.", "Amber"),
            ("2.2", "Review the Council's reserves strategy and earmarked reserves as part of the 2025/26 budget setting.", "Section 151 Officer", "By 28 February 2025",
             "Reserves review reported to Cabinet in January alongside the draft budget.", "On track"),
        ]),
        ("Recommendation 3: Invest in the organisation's capacity, including workforce planning and leadership development", [
            ("3.1", "Produce a Workforce Strategy with a focus on recruitment to hard-to-fill professional roles (planning, legal, environmental health).", "Head of HR & OD", "December 2024",
             "Strategy drafted; staff consultation extended to allow union input. Now due to EMT in February.", "Amber"),
            ("3.2", "Launch a leadership development programme for the top 60 managers.", "Head of HR & OD", "April – June 2025",
             "Provider procured. Cohort 1 starts April.", "On track"),
            ("3.3", "Embed regular all-staff briefings led by the Chief Executive.", "Chief Executive", "Ongoing",
             "Quarterly briefings held in July and November 2024.", "On track"),
        ]),
        ("Recommendation 4: Review the member-officer governance arrangements, including the role of Overview and Scrutiny", [
            ("4.1", "Commission the Centre for Governance and Scrutiny to review scrutiny arrangements and implement agreed recommendations.", "Monitoring Officer", "June 2025",
             "", "Not started"),
            ("4.2", "Deliver a refreshed member development programme following the May 2023 elections, including code of conduct training.", "Democratic Services Manager", "November 2024",
             "Programme delivered; 41 of 49 members attended code of conduct training.", "Complete"),
        ]),
    ]
    t = doc.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
    for j, n in enumerate(cols):
        bold_cell(t.rows[0].cells[j], n); shade(t.rows[0].cells[j], "BDD7EE")
    for rec, acts in recs:
        row = t.add_row(); m = row.cells[0].merge(row.cells[-1])
        bold_cell(m, rec); shade(m, "F2F2F2")
        for a in acts:
            cells = t.add_row().cells
            for j, v in enumerate(a):
                cells[j].text = v
    doc.add_paragraph()
    doc.add_paragraph("Status: Complete – action delivered; On track – progressing to timescale; "
                      "Amber – some slippage against timescale; Red – significantly off track; Not started – not yet due to start.")
    doc.save(os.path.join(OUT, "ar2-breckland-cpc-action-plan.docx"))


# ---------------------------------------------------------------- 3. Braintree CSP DHR (csv)
def braintree():
    hdr = ["Recommendation", "Scope of recommendation (local / regional / national)", "Action to take", "Lead Agency",
           "Key milestones achieved in enacting recommendation", "Target Date", "Date of completion and Outcome", "RAG"]
    r1 = "1. Essex Police to ensure that officers attending domestic abuse incidents complete the DASH risk assessment with the victim away from the perpetrator."
    r2 = "2. Mid and South Essex NHS Foundation Trust to ensure routine enquiry about domestic abuse is made at every antenatal contact."
    r3 = "3. GP practices in the Braintree district to record and share information about domestic abuse disclosed during consultations."
    r4 = "4. Braintree Community Safety Partnership to raise awareness of economic abuse and coercive control among the public and local employers."
    rows = [
        ["Domestic Homicide Review – 'Adult P' (Braintree District Community Safety Partnership) – Action Plan", "", "", "", "", "", "", ""],
        ["Last updated: 04/12/2024", "", "", "", "", "", "", ""],
        hdr,
        [r1, "Local", "Issue a force-wide briefing on separating parties before completing DASH, and add a prompt to the body-worn video guidance.", "Essex Police",
         "Briefing issued to all response teams in May 2024.", "31/05/2024", "Completed 28/05/2024", "Complete"],
        [r1, "Local", "Dip-sample 50 domestic abuse incidents per quarter to check where the DASH was completed.", "Essex Police",
         "Q1 sample completed: 44 of 50 evidenced separation.", "31/03/2025", "", "Green"],
        [r2, "Local", "Update the maternity domestic abuse policy and electronic record so that routine enquiry is a mandatory field at booking, 28 weeks and 36 weeks.", "Mid and South Essex NHS Foundation Trust",
         "Policy ratified at Maternity Governance in August 2024. EPR change request submitted.", "Dec-24", "", "Amber"],
        [r3, "Local", "Deliver IRIS training to GP practices in the Braintree district.", "Mid and South Essex ICB",
         "12 of 17 practices trained.", "Sept 2024 – March 2025", "", "Green"],
        [r3, "Local", "Circulate a 7-minute briefing on recording third-party disclosures to all practice safeguarding leads.", "Mid and South Essex ICB",
         "", "30/06/2024", "Completed June 2024", "Complete"],
        ["", "", "", "", "", "", "", ""],
        [r4, "Local", "Run an economic abuse awareness campaign during the 16 Days of Action, targeted at local employers.", "Braintree District Council",
         "Campaign planned with Essex Domestic Abuse Board communications lead.", "December 2024", "", "Green"],
        [r4, "Regional", "Share the DHR learning with the Southend, Essex and Thurrock DHR Learning Group.", "Braintree CSP",
         "", "Ongoing", "", "Green"],
    ]
    with open(os.path.join(OUT, "ar2-braintree-csp-dhr-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 4. Doncaster SAB SAR (docx)
def doncaster():
    doc = Document()
    doc.add_heading("Doncaster Safeguarding Adults Board: Safeguarding Adults Review 'Graham' – Multi-Agency Action Plan", level=1)
    doc.add_paragraph(
        "The SAR concerning Graham, a 67-year-old man who died at home in conditions of severe self-neglect, was "
        "published in April 2024. The Board accepted all five recommendations. Progress against this plan is "
        "monitored by the SAR and Learning Sub-Group, with exceptions reported to the Board.")
    doc.add_paragraph("Plan owner: DSAB Business Manager    Last reviewed: 22 January 2025")
    cols = ["Rec No.", "SAR Recommendation", "Agreed Action", "Lead Agency / Officer", "Target Date", "Update / Evidence of Impact", "RAG"]
    themes = [
        ("Learning Theme 1: Self-neglect and the multi-agency risk management framework", [
            ("1a", "DSAB should seek assurance that the self-neglect and hoarding framework is understood and used by all partner agencies.",
             "Relaunch the self-neglect and hoarding framework through practitioner briefings and a seven-minute briefing.",
             "DSAB Business Manager", "July 2024", "Three briefings delivered to 212 practitioners. Framework relaunched 9 July.", "Blue"),
            ("1b", None, "Audit the use of the framework in a multi-agency case file audit of 10 self-neglect cases.",
             "Chair, Quality and Performance Sub-Group", "31/03/2025", "Audit scheduled for February 2025.", "Green"),
            ("2", "Partners should ensure that mental capacity is assessed and recorded where a person repeatedly declines care and support.",
             "Include executive capacity in the multi-agency MCA training offer and add a case study from this SAR.",
             "Doncaster Council Principal Social Worker", "October 2024", "New module written; first session ran 17 October.", "Complete"),
        ]),
        ("Learning Theme 2: Information sharing and professional curiosity", [
            ("3", "South Yorkshire Fire and Rescue and Doncaster Council should share information on home fire safety visits where hoarding is identified.",
             "Agree an information sharing pathway between SYFR Safe and Well visits and Adult Social Care Front Door.",
             "SYFR Head of Prevention and Protection / Head of Service, Adult Social Care Front Door", "Dec 2024",
             "Pathway drafted; awaiting sign-off by both agencies' information governance leads.", "Amber"),
            ("4", "Primary care should ensure that patients who do not attend appointments and are known to be at risk are followed up.",
             "Issue guidance to practices on 'was not brought / did not attend' follow-up for adults with care and support needs.",
             "SY ICB Designated Professional for Adult Safeguarding", "30/09/2024", "Guidance delayed by regional policy review.", "Red"),
            ("5", "DSAB should test the impact of this SAR's learning with front-line practitioners.",
             "Hold a practitioner learning event one year after publication and report findings to the Board.",
             "DSAB Business Manager", "May 2025", "Venue booked.", ""),
        ]),
    ]
    t = doc.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
    for j, n in enumerate(cols):
        bold_cell(t.rows[0].cells[j], n); shade(t.rows[0].cells[j], "C5E0B3")
    colours = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    for theme, acts in themes:
        row = t.add_row(); m = row.cells[0].merge(row.cells[-1]); bold_cell(m, theme); shade(m, "E2EFD9")
        prev = None
        for a in acts:
            cells = t.add_row().cells
            for j, v in enumerate(a):
                if j == 1 and v is None:
                    prev.merge(cells[1])
                    continue
                cells[j].text = v
            prev = cells[1]
            if a[6]:
                shade(cells[6], colours[a[6]])
    doc.add_paragraph()
    doc.add_paragraph("RAG: Blue – complete and assured; Green – on track; Amber – at risk of slipping; Red – overdue.")
    doc.save(os.path.join(OUT, "ar2-doncaster-sab-sar-action-plan.docx"))


# ---------------------------------------------------------------- 5. Welwyn Hatfield internal audit (txt)
def welwyn():
    lines = [
        "Welwyn Hatfield Borough Council - Internal Audit Recommendations Tracker - Audit Committee 24 March 2025",
        "Audit\tRec No\tPriority\tRecommendation\tManagement Response\tResponsible Officer\tOriginal Due Date\tRevised Due Date\tStatus",
        "Council Tax Reductions 2023/24\t1\tMedium\tReview the backlog of change-of-circumstance notifications and set a target for processing times.\tBacklog cleared by temporary staff; processing time target of 10 days introduced.\tRevenues and Benefits Manager\t30/06/2024\t\tImplemented",
        "Council Tax Reductions 2023/24\t2\tLow\tUpdate the procedure notes for CTR assessments to reflect the 2024/25 scheme.\tProcedure notes to be updated once the scheme is approved by Council.\tRevenues and Benefits Manager\t31/05/2024\t30/09/2024\tImplemented",
        "Procurement Compliance 2023/24\t1\tHigh\tEnsure all contracts over £25,000 are published on Contracts Finder in line with the Local Government Transparency Code.\tContracts register reconciled with Contracts Finder; monthly check added to the procurement team plan.\tProcurement Manager\t31/08/2024\t\tIn progress",
        "Procurement Compliance 2023/24\t2\tMedium\tIntroduce a waiver register and report waivers to Audit Committee annually.\tWaiver register created in SharePoint. First annual report to Audit Committee in June.\tHead of Law and Administration\t31/12/2024\t30/06/2205\tIn progress",
        "Housing Repairs Contract Management 2024/25\t1\tHigh\tAgree KPIs for the responsive repairs contract and monitor them at monthly contract meetings.\tRevised KPI set agreed with the contractor from 1 December.\tHead of Property Services\t31/12/2024\t\tImplemented",
        "Housing Repairs Contract Management 2024/25\t2\tMedium\tCarry out post-inspection of at least 10% of completed repairs.\tPost-inspection officer recruited; target 10% from April 2025.\tRepairs Manager\t31/03/2025\t\tNot yet due",
        "Cyber Security 2024/25\t1\tHigh\tComplete the rollout of multi-factor authentication to all remote access accounts.\tMFA in place for 96% of accounts; remaining service accounts under review.\tHead of ICT (SIAS liaison)\t28/02/2025\t\tIn progress",
        "",
        "Priority: High - fundamental control weakness; Medium - significant control weakness; Low - minor improvement",
    ]
    with open(os.path.join(OUT, "ar2-welwyn-hatfield-internal-audit-tracker.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 6. Hampshire & IoW fire HMICFRS AFI tracker
def hiwfrs():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Tracker"
    ws["A1"] = "Hampshire and Isle of Wight Fire and Rescue Service – HMICFRS Areas for Improvement Action Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection round 2023-25"
    ws["A3"] = "Reported to: Hampshire and Isle of Wight Fire and Rescue Authority Standards and Governance Committee, 18 February 2025"
    cols = ["AFI Ref", "Area for Improvement", "Action", "Action Owner", "Due Date", "Status", "Update"]
    hdr_row(ws, 5, cols)
    data = [
        ("sec", "Effectiveness"),
        ("E1.1", "The service should make sure it has an effective system to assess and manage the risk of buildings in its area, including high-rise residential buildings.",
         "Migrate the building risk database to the new Tymly platform and validate all high-rise premises records.", "Area Manager, Protection", D(2025, 3, 31), "On track",
         "Data migration 80% complete. Validation visits to 62 of 75 high-rise premises completed."),
        ("E1.2", None, "Introduce quarterly quality assurance of site-specific risk information by station managers.", "Group Manager, Operational Assurance", D(2024, 10, 31), "Complete",
         "QA framework approved by Operational Assurance Board in October."),
        ("E2.1", "The service should make sure its prevention activity prioritises the people most at risk of fire.",
         "Refresh the Safe and Well targeting model using Exeter data and partner referrals.", "Head of Community Safety", D(2025, 6, 30), "Amber",
         "Data sharing agreement with NHS Hampshire and Isle of Wight ICB still to be signed; this is delaying the refresh."),
        ("sec", "Efficiency"),
        ("F1.1", "The service should make sure it effectively monitors, reviews and evaluates the benefits and outcomes of any changes to its plans.",
         "Establish a benefits realisation framework for the Service Delivery Redesign programme.", "Head of Transformation", D(2025, 1, 31), "On track",
         "Framework drafted and tested on the on-call availability project."),
        ("sec", "People"),
        ("P1.1", "The service should make sure all staff understand the values and behaviours expected of them.",
         "Deliver values and behaviours workshops for all watches, on-call stations and support teams.", "Director of People and Organisational Development", D(2025, 9, 30), "Not started",
         "Workshops designed with staff networks; rollout begins April."),
        ("P1.2", None, "Run a pulse survey every six months to track staff confidence in raising concerns.", "Head of Culture and Inclusion", "Ongoing", "On track",
         "First pulse survey October 2024: 64% response rate."),
        ("P2.1", "The service should make sure its workforce is representative of the communities it serves.",
         "Implement positive action plan for firefighter recruitment, including taster days for under-represented groups.", "Head of HR / Recruitment Manager", D(2024, 12, 31), "Complete",
         "Three taster days held; 31% of applicants in the 2024 campaign were women."),
    ]
    fills = {"On track": "G", "Complete": "B", "Amber": "A"}
    r = 6
    for row in data:
        if row[0] == "sec":
            ws.cell(r, 1, row[1]).font = Font(bold=True, color="FFFFFF")
            for c in range(1, 8):
                ws.cell(r, c).fill = PatternFill("solid", fgColor="C00000")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1; continue
        ref, afi, act, own, due, st, upd = row
        ws.cell(r, 1, ref)
        if afi is None:
            ws.merge_cells(start_row=r - 1, start_column=2, end_row=r, end_column=2)
        else:
            ws.cell(r, 2, afi)
        ws.cell(r, 3, act); ws.cell(r, 4, own)
        c = ws.cell(r, 5, due)
        if isinstance(due, D):
            c.number_format = "dd/mm/yyyy"
        s = ws.cell(r, 6, st)
        if st in fills:
            s.fill = FILL[fills[st]]
        ws.cell(r, 7, upd)
        for cc in range(1, 8):
            ws.cell(r, cc).border = BOX; ws.cell(r, cc).alignment = WRAP
        r += 1
    for col, w in zip("ABCDEFG", [9, 48, 48, 30, 12, 12, 50]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Notes")
    ws2["A1"] = "Areas for improvement are taken from the HMICFRS inspection report published in 2025."
    ws2["A2"] = "Status is updated monthly by action owners and reviewed at the Service Performance Board."
    wb.save(os.path.join(OUT, "ar2-hampshire-iow-fire-hmicfrs-afi-tracker.xlsx"))


# ---------------------------------------------------------------- 7. Keeping Bristol Safe Partnership CSPR
def bristol():
    wb = Workbook(); ws = wb.active; ws.title = "CSPR Action Plan"
    ws["A1"] = "Keeping Bristol Safe Partnership – Child Safeguarding Practice Review 'Child L': Partnership Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "Monitored by: KBSP Learning and Review Group. Update for the Executive meeting of 6 March 2025."
    cols = ["Ref", "Action", "Agency", "Lead", "Due", "Previous RAG", "Current RAG", "Update"]
    hdr_row(ws, 5, cols)
    recs = [
        ("Recommendation 1: KBSP partners should ensure that the voice and lived experience of babies is captured in assessments and plans.", [
            ("1.1", "Update the pre-birth assessment template to include a section on the baby's daily lived experience.", "Bristol City Council Children's Services", "Rachel Moore", D(2024, 9, 30), "A", "B",
             "Template updated and live in LCS from 2 September 2024."),
            ("1.2", "Deliver 'Think Baby' briefings to health visiting and children's social care teams.", "Sirona care & health / BCC", "J. Okafor and T. Byrne", D(2025, 1, 31), "G", "G",
             "Six of eight briefings delivered; two remaining in February."),
        ]),
        ("Recommendation 2: Agencies should strengthen the response to fathers and male carers who are not known to services.", [
            ("2.1", "Add mandatory fields for the father/male carer to the midwifery booking record.", "North Bristol NHS Trust", "Head of Midwifery", D(2024, 12, 31), "G", "A",
             "Change request approved but delayed behind EPR upgrade; new date expected in April."),
            ("2.2", "Run a multi-agency audit of engagement with fathers in pre-birth cases.", "KBSP", "Lee, Samantha", "Q1 2025/26", "", "",
             "To be scheduled in the 2025/26 audit programme."),
        ]),
        ("Recommendation 3: The partnership should seek assurance that escalation procedures are understood and used.", [
            ("3.1", "Re-publish the KBSP escalation policy with a one-page flowchart and promote through the newsletter.", "KBSP", "KBSP Business Manager", D(2024, 7, 31), "B", "B",
             "Published July 2024; 340 page views in first month."),
            ("3.2", "Survey practitioners on their confidence to escalate, and repeat after six months.", "KBSP", "KBSP Business Manager", "Apr-25", "G", "G",
             "First survey: 58% confident. Repeat survey in April."),
            ("3.3", "Avon and Somerset Police to include the escalation policy in the induction for new PPU officers.", "Avon and Somerset Police", "DI, Public Protection Unit (Bristol)", D(2024, 11, 30), "R", "G",
             "Induction content drafted and now with the training team."),
        ]),
    ]
    r = 6
    for i, (rec, acts) in enumerate(recs):
        if i:
            r += 1  # blank row between recommendations
        ws.cell(r, 1, rec).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(r, c).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for a in acts:
            for j, v in enumerate(a, 1):
                c = ws.cell(r, j, v if v != "" else None)
                c.alignment = WRAP; c.border = BOX
                if j == 5 and isinstance(v, D):
                    c.number_format = "mmm-yy"
                if j in (6, 7) and v:
                    c.fill = FILL[v]
            r += 1
    r += 1
    ws.cell(r, 1, "Key: R = not started/overdue, A = in progress but at risk, G = in progress and on track, B = completed").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [8, 55, 28, 24, 12, 10, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ar2-keeping-bristol-safe-cspr-action-plan.xlsx"))


if __name__ == "__main__":
    for f in (barts, breckland, braintree, doncaster, welwyn, hiwfrs, bristol):
        f()
    print("done")
