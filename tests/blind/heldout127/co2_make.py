"""Generator for the co2- cases of heldout127 (plans outside children's services)."""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILLS = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "theme": "DDEBF7",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def fill(c):
    return PatternFill("solid", start_color=FILLS.get(c, c), end_color=FILLS.get(c, c))


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


# ---------------------------------------------------------------- 1 Bradford ASC (xlsx)
def bradford():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "City of Bradford Metropolitan District Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Adult Social Care Improvement Plan – response to CQC Local Authority Assessment (report published December 2024)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Version 1.3 | Updated 14/03/2025 | Owner: Strategic Director, Health and Wellbeing | Reported to: ASC Improvement Board"
    hdr = ["Ref", "Area for improvement (CQC)", "Action", "Lead", "Target date", "Revised date", "RAG", "Progress update"]
    ws.append([])  # row 4 blank
    ws.append(hdr)  # row 5
    for i, _ in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    rows = [
        ("theme", "Theme 1: Working with people"),
        ("1.1", "People waiting for Care Act assessments and reviews experience long waits, and risk is not always reviewed while they wait.",
         "Implement a waiting list triage tool so that everyone awaiting assessment is risk-rated and contacted at least every 8 weeks.",
         "Head of Assessment and Care Management", D(2025, 3, 31), None, "Complete",
         "Tool live in all locality teams from 3 March. Contact compliance at 94% in the first month."),
        ("1.2", None,
         "Reduce the number of overdue annual reviews to below 1,000 through a dedicated reviewing team.",
         "AD Operations / Principal Social Worker", D(2025, 6, 30), D(2025, 9, 30), "Amber",
         "Reviewing team recruited but two posts still covered by agency staff. Overdue reviews down from 2,140 to 1,560."),
        ("1.3", "Carers told inspectors that they were not consistently offered a carer's assessment.",
         "Relaunch the carers' assessment offer with Carers' Resource, including an online self-assessment.",
         "Commissioning Manager (Carers)", D(2025, 6, 30), None, "Green",
         "Online form in testing with carers' reference group; launch planned for Carers Week."),
        ("theme", "Theme 2: Providing support"),
        ("2.1", "There is limited choice of home care in the rural and fringe areas of the district.",
         "Re-tender the home care framework with zone-based lots, including a lot for Keighley and the Worth Valley.",
         "Head of Commissioning", D(2025, 12, 31), None, "Green",
         "Market engagement events held in January. Tender to be published in May."),
        ("2.2", None,
         "Develop a Shared Lives expansion plan targeting 20 additional carers.",
         "Shared Lives Manager", "Ongoing", None, "Green",
         "Six new carers approved since October; recruitment campaign running through spring."),
        ("2.3", "Transitions from children's to adult services are not planned early enough for young people with care and support needs.",
         "Establish a Preparing for Adulthood panel from age 14 with joint children's and adults' attendance.",
         "Head of Service, Disabilities", D(2025, 1, 31), D(2025, 6, 30), "Amber",
         "Terms of reference agreed; first panel delayed while data sharing with Children's Services is resolved."),
        ("theme", "Theme 3: Ensuring safety"),
        ("3.1", "Section 42 safeguarding enquiries are not always completed in a timely way.",
         "Introduce a Section 42 enquiry dashboard reviewed weekly by team managers.",
         "Safeguarding Adults Manager", D(2025, 2, 28), None, "Complete",
         "Dashboard in use since February. Weekly review embedded in team manager meetings."),
        ("3.2", None,
         "Commission a multi-agency audit of Section 42 enquiries and report the findings to the Safeguarding Adults Board.",
         "Safeguarding Adults Manager; BSAB Business Manager", D(2025, 10, 31), None, "Not started",
         "Scheduled for quarter 2 once the dashboard has six months of data."),
        ("theme", "Theme 4: Leadership"),
        ("4.1", "Co-production with people who draw on care and support is at an early stage.",
         "Set up a Co-production Board with an independent chair and publish a co-production charter.",
         "Strategic Director, Health and Wellbeing", "Q3 2025/26", None, "Green",
         "Expressions of interest for the independent chair close in April."),
    ]
    r = 6
    afi_start = None
    merges = []
    for row in rows:
        if row[0] == "theme":
            if afi_start and afi_start < r - 1:
                merges.append((afi_start, r - 1))
            afi_start = None
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = fill("theme")
            r += 1
            continue
        ref, afi, action, lead, tgt, rev, rag, upd = row
        if afi is not None:
            if afi_start and afi_start < r - 1:
                merges.append((afi_start, r - 1))
            afi_start = r
        vals = [ref, afi, action, lead, tgt, rev, rag, upd]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
            if isinstance(v, D):
                c.number_format = "mmm-yy"
        ragfill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "grey"}[rag]
        ws.cell(row=r, column=7).fill = fill(ragfill)
        r += 1
    if afi_start and afi_start < r - 1:
        merges.append((afi_start, r - 1))
    for a, b in merges:
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for txt, col in [("Complete – action delivered and evidenced", "blue"),
                     ("Green – on track to deliver by target date", "green"),
                     ("Amber – some slippage, recoverable", "amber"),
                     ("Red – off track, escalated to Improvement Board", "red"),
                     ("Not started", "grey")]:
        r += 1
        ws.cell(row=r, column=1).fill = fill(col)
        ws.cell(row=r, column=2, value=txt)
    for col, w in zip("ABCDEFGH", [7, 40, 50, 26, 12, 12, 12, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "co2-bradford-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2 Hull internal audit (csv)
def hull():
    import csv
    path = os.path.join(HERE, "co2-hull-city-council-internal-audit-recommendations-tracker.csv")
    rows = [
        ["Hull City Council - Internal Audit: Outstanding Recommendations Tracker (Audit Committee 24 July 2025)"] + [""] * 10,
        [""] * 11,
        ["Rec Ref", "Audit", "Assurance", "Priority", "Recommendation", "Agreed Management Action",
         "Responsible Officer", "Target Date", "Revised Target Date", "RAG", "Latest Update"],
        ["24/05.1", "Council Tax Single Person Discount", "Limited", "High",
         "A review of single person discounts should be undertaken to identify ineligible claims.",
         "Procure a data-matching review of all single person discounts and cancel discounts where occupancy is not confirmed.",
         "Revenues Manager", "31/03/2025", "", "Complete",
         "Review completed February 2025; 1,212 discounts removed and bills reissued."],
        ["24/05.2", "Council Tax Single Person Discount", "Limited", "Medium",
         "Procedure notes should be updated to reflect current practice.",
         "Update procedure notes and circulate to the Revenues team with a briefing.",
         "Revenues Manager", "30/04/2025", "30/09/2025", "Amber",
         "Draft notes prepared. Delayed by the annual billing run; briefing now scheduled for September."],
        ["24/09.1", "Housing Repairs - Contract Management", "Limited", "High",
         "Contract performance should be monitored against the agreed KPIs and reported monthly.",
         "Introduce a monthly contract performance report covering all KPIs, reviewed at the Repairs Contract Board.",
         "Head of Housing Property Services", "31/05/2025", "", "Green",
         "Report template agreed with the contractor; first full report due to the June board."],
        ["24/09.2", "Housing Repairs - Contract Management", "Limited", "High",
         "Variations to orders should be approved in line with the scheme of delegation before work is carried out.",
         "Configure the repairs system so that variations over £1,000 cannot be released without manager approval.",
         "Repairs Systems Lead", "30/06/2025", "", "Red",
         "System change has not yet been scheduled by the supplier. Escalated to the Assistant Director."],
        ["24/11.1", "Payroll", "Reasonable", "Medium",
         "Leavers should be processed before their final pay date to prevent overpayments.",
         "Issue a reminder to managers and add a leaver checklist to the HR self-service portal.",
         "HR & Payroll Manager", "31/01/2025", "", "Complete",
         "Checklist live on the portal since January. Overpayments in quarter 4 were nil."],
        ["25/02.1", "Cyber Security - Patch Management", "Limited", "High",
         "Critical security patches should be applied within 14 days of release.",
         "Implement automated patch deployment for all Windows servers and report compliance to the Information Governance Board.",
         "Head of ICT / Information Security Manager", "30/09/2025", "", "Green",
         "Automated deployment piloted on 40 servers; full roll-out planned for August."],
        ["25/04.1", "Procurement Cards", "Reasonable", "Low",
         "Card limits should be reviewed annually.",
         "Carry out an annual review of card limits with budget holders.",
         "Procurement Manager", "Annually", "", "Green",
         "2025 review under way, to be completed by the end of quarter 2."],
        [""] * 11,
        ["RAG: Complete = implemented and verified by Internal Audit; Green = on track; Amber = revised date agreed; Red = overdue / at risk"] + [""] * 10,
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 3 Darlington CPC (docx)
def darlington():
    doc = Document()
    doc.add_heading("Darlington Borough Council – LGA Corporate Peer Challenge 2024: Action Plan", 0)
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge at Darlington Borough Council "
        "from 5 to 8 March 2024. The peer team made seven recommendations. This action plan sets out how the "
        "Council will respond to each of them, and progress will be reported to Cabinet every six months.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "2.0 (progress update)"), ("Date", "November 2024"),
                                ("Owner", "Assistant Director Law and Governance"),
                                ("Approved by", "Cabinet, 3 December 2024")]):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    doc.add_paragraph()
    recs = [
        ("Recommendation 1: Refresh the Council Plan so that it sets out a small number of clear priorities for 2024–2027",
         [("1.1", "Develop a new Council Plan with members, partners and residents, with measurable outcomes for each priority.",
           "Chief Executive", "March 2025", "Consultation closed in October; draft plan to Cabinet in February.", "Green"),
          ("1.2", "Align service plans and the performance framework to the new Council Plan priorities.",
           "Head of Strategy, Performance and Communications", "Q1 2025/26", "Will follow adoption of the plan.", "Not started")]),
        ("Recommendation 2: Develop a Medium Term Financial Plan that closes the budget gap from 2026/27",
         [("2.1", "Set up a cross-party budget working group to consider savings and income options.",
           "Group Director Operations / Assistant Director Resources", "By 31 July 2024",
           "Working group met four times; options reported to Cabinet in September.", "Complete"),
          ("2.2", "Deliver a programme of service reviews to identify £3m of savings over three years.",
           "Assistant Director Resources", "September 2025 – March 2026",
           "First three reviews (waste, leisure, customer services) under way.", "Amber")]),
        ("Recommendation 3: Strengthen the relationship between members and officers",
         [("3.1", "Refresh the member/officer protocol and deliver joint training sessions.",
           "Monitoring Officer", "December 2024", "Protocol refreshed; training delivered to 38 of 50 members.", "Green"),
          ("3.2", "Hold quarterly informal sessions between Cabinet and the Senior Leadership Team.",
           "Leader / Chief Executive", "Quarterly", "Sessions held in June and September.", "Green")]),
        ("Recommendation 4: Make better use of data and insight to target resources",
         [("4.1", "Appoint a data and insight lead and create a corporate data dashboard for members.",
           "Head of Strategy, Performance and Communications", "June 2025",
           "Post advertised twice without success; interim arrangement through Durham County Council.", "Amber"),
          ("4.2", "Publish ward profiles drawing on census and service data.",
           "Data and Insight Lead", "Ongoing", "Four pilot ward profiles shared with members for comment.", "Green")]),
    ]
    for head, acts in recs:
        doc.add_heading(head, 2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress (November 2024)", "RAG"]):
            tb.rows[0].cells[i].text = h
            tb.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            shade(tb.rows[0].cells[i], "D9E2F3")
        for a in acts:
            cells = tb.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            shade(cells[5], {"Green": "00B050", "Amber": "FFC000", "Complete": "0070C0", "Not started": "FFFFFF"}[a[5]])
        doc.add_paragraph()
    doc.add_paragraph("RAG status: Complete – action delivered; Green – on track; Amber – at risk of slipping; "
                      "Red – will not be delivered to timescale; Not started – not yet due to begin.")
    doc.save(os.path.join(HERE, "co2-darlington-bc-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 4 Safer Leeds DHR (docx)
def leeds():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Safer Leeds Community Safety Partnership")
    r.bold = True
    doc.add_heading("Domestic Homicide Review – ‘Sandra’ – Action Plan", 1)
    doc.add_paragraph("This action plan responds to the recommendations of the overview report. It is monitored by the "
                      "Safer Leeds DHR Sub-Group and was last updated in April 2025.")
    hdr = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
           "Key milestones achieved in enacting recommendation", "Target Date", "Date of completion and Outcome", "RAG"]
    recs = [
        ("1. Agencies should ensure that professionals routinely ask about domestic abuse when an adult presents with a head injury or unexplained injuries.",
         "Local",
         [("Add a mandatory routine enquiry question to the Emergency Department triage record for all patients presenting with head injury.",
           "Leeds Teaching Hospitals NHS Trust", "Question built into the EPR; audit of compliance planned.", "September 2024",
           "Completed August 2024. Audit of 100 records showed 81% compliance.", "Complete"),
          ("Deliver a briefing on routine enquiry to GP practices through the Leeds safeguarding leads network.",
           "West Yorkshire ICB (Leeds Place)", "Briefing written; first sessions delivered to two PCNs.", "March 2025",
           "", "Green")]),
        ("2. Safer Leeds should review how the MARAC records and follows up actions for victims who decline support.",
         "Local",
         [("Review the MARAC action-tracking process and introduce a follow-up contact at 28 days for victims who decline support.",
           "Safer Leeds / Leeds Domestic Violence Service", "Process mapping completed with MARAC chairs.", "31/12/2024",
           "Revised target 30/06/2025 – new case management system delayed.", "Amber")]),
        ("3. West Yorkshire Police should ensure that officers complete a DASH risk assessment at every domestic incident, including where the victim declines to answer.",
         "Regional",
         [("Issue a force-wide reminder and include DASH completion in the domestic abuse performance dashboard.",
           "West Yorkshire Police", "Reminder issued; dashboard measure live.", "June 2024",
           "Completed June 2024.", "Complete"),
          ("Dip-sample 50 domestic incidents each quarter and report findings to the DHR Sub-Group.",
           "West Yorkshire Police", "Two quarterly dip-samples completed.", "Quarterly",
           "", "Green")]),
        ("4. The Home Office should consider issuing guidance on the use of Clare's Law disclosures where the victim is an older adult.",
         "National",
         [("Write to the Home Office setting out the learning from this review.",
           "Chair of Safer Leeds", "", "February 2025", "", "Red")]),
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "BFBFBF")
    for rec, scope, acts in recs:
        first = None
        for j, (act, lead, ms, tgt, done, rag) in enumerate(acts):
            cells = t.add_row().cells
            if j == 0:
                cells[0].text = rec
                cells[1].text = scope
                first = cells
            else:
                first[0].merge(cells[0])
                first[1].merge(cells[1])
            for i, v in zip(range(2, 8), [act, lead, ms, tgt, done, rag]):
                cells[i].text = v
            shade(cells[7], {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}[rag])
    doc.add_paragraph()
    doc.add_paragraph("RAG: Red – not started / overdue; Amber – in progress, revised date; Green – in progress, on track; "
                      "Complete – action completed and evidence provided.")
    doc.save(os.path.join(HERE, "co2-safer-leeds-csp-dhr-sandra-action-plan.docx"))


# ---------------------------------------------------------------- 5 WMP PEEL (xlsx, refuse)
def wmp():
    wb = Workbook()
    ws = wb.active
    ws.title = "PEEL AFIs"
    ws["A1"] = "West Midlands Police – PEEL 2023–25 Areas for Improvement: Force Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Governance: Force Inspection Board (chair: DCC). Position as at 30 June 2025."
    hdr = ["AFI No", "PEEL area", "Area for improvement", "Activity", "Owner", "Due", "Status", "Commentary"]
    ws.append([])
    ws.append(hdr)  # row 4
    for i in range(1, 9):
        c = ws.cell(row=4, column=i)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
    data = [
        ("AFI 1", "Investigating crime",
         "The force should make sure that investigations are allocated to staff with the right skills and are supervised effectively.",
         "Introduce an investigation allocation policy based on THRIVE and a 7-day supervisory review standard.",
         "ACC Crime", "March 2025", "Complete",
         "Policy published in February 2025; supervisory review compliance now 88%."),
        ("AFI 2", "Investigating crime",
         "The force should make sure it records victims' wishes and the reasons where they withdraw support for an investigation.",
         "Add mandatory victim-wishes fields to the crime recording system and brief all investigators.",
         "Det Ch Supt Crime Standards", "September 2025", "On track",
         "System change tested in June; release planned for August."),
        ("AFI 3", "Protecting vulnerable people",
         "The force should improve the timeliness of its response to incidents involving vulnerable people.",
         "Review the deployment model for priority 2 incidents and introduce a vulnerability desk in Force Contact.",
         "Ch Supt Force Contact", "Novmeber 2025", "Amber",
         "Vulnerability desk pilot began in April; evaluation report awaited."),
        ("AFI 4", "Protecting vulnerable people",
         "The force should make sure that officers complete and record risk assessments for missing children.",
         "Deliver refresher training on missing person risk assessment to all response officers.",
         "Supt Public Protection", "December 2025", "On track",
         "Training package agreed with the College of Policing; 42% of officers trained."),
        ("AFI 5", "Managing offenders",
         "The force should reduce the backlog of ARMS assessments for registered sex offenders.",
         "Recruit four additional MOSOVO officers and agree a backlog trajectory with the NPS.",
         "Det Supt Offender Management", "January 2026", "Red",
         "Only one of four posts filled; backlog has increased to 212 assessments."),
        ("AFI 6", "Building, supporting and protecting the workforce",
         "The force should make sure it understands the wellbeing needs of its workforce.",
         "Run an annual wellbeing survey and publish a wellbeing action plan.",
         "Director of People", "Ongoing", "On track",
         "2025 survey closed with a 41% response rate."),
    ]
    r = 5
    for row in data:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=7).fill = fill({"Complete": "blue", "On track": "green", "Amber": "amber", "Red": "red"}[row[6]])
        r += 1
    for col, w in zip("ABCDEFGH", [8, 22, 45, 45, 24, 15, 12, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "co2-west-midlands-police-peel-afi-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 6 Gateshead housing RSH (xlsx)
def gateshead():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Gateshead Council Housing Services – Consumer Standards Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Response to the Regulator of Social Housing regulatory judgement. Monitored monthly by the Housing "
                "Improvement Board; reported quarterly to Cabinet.")
    hdr = ["No.", "Finding", "Action", "Responsible Officer", "Target Date", "Revised Target", "Previous RAG", "Current RAG", "Comments"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BOX
    items = [
        ("sec", "1. Safety and Quality Standard"),
        ("1.1", "Not all fire risk assessment remedial actions were completed within target timescales.",
         "Clear the backlog of overdue high-risk fire safety remedial actions.", "Building Safety Manager",
         D(2025, 3, 31), None, "A", "B", "All 312 overdue high-risk actions closed; independently verified in April."),
        ("1.2", None,
         "Introduce monthly compliance reporting across the big six (gas, electric, fire, asbestos, water, lifts) to the Improvement Board.",
         "Head of Compliance", D(2025, 1, 31), None, "G", "B", "Reporting in place since January."),
        ("1.3", "The council did not have an accurate, up-to-date picture of the condition of its homes.",
         "Complete 100% stock condition surveys over a rolling five-year programme, 20% each year.",
         "Asset Manager", D(2026, 3, 31), None, "G", "G", "5,180 surveys completed against a year-one target of 3,900."),
        ("1.4", None,
         "Load stock condition data to the asset management system and produce a 30-year investment plan.",
         "Asset Manager / Finance Business Partner (HRA)", D(2025, 9, 30), D(2025, 12, 31), "G", "A",
         "Data migration delayed by system upgrade; revised date agreed by the Board."),
        ("sec", "2. Transparency, Influence and Accountability Standard"),
        ("2.1", "Tenants did not have enough opportunity to scrutinise the service and influence decisions.",
         "Recruit and train a Tenant Scrutiny Panel and agree its first review topic.", "Tenant Engagement Manager",
         D(2025, 6, 30), None, "G", "G", "Nine tenants recruited; first review topic (damp and mould) agreed."),
        ("2.2", "Complaints were not handled in line with the Housing Ombudsman Complaint Handling Code.",
         "Deliver Complaint Handling Code training to all housing staff and publish the annual self-assessment.",
         "Customer Experience Lead", D(2025, 4, 30), None, "A", "R",
         "Only 55% of staff trained; self-assessment not yet published. Escalated to the Service Director."),
        ("sec", "3. Neighbourhood and Community Standard"),
        ("3.1", "Anti-social behaviour cases were not always risk assessed.",
         "Introduce a risk assessment matrix for all new ASB cases and audit 20 cases a quarter.",
         "Neighbourhood Services Manager", D(2025, 5, 31), None, "G", "G", "Matrix in use; first audit found 90% compliance."),
        ("3.2", None,
         "Publish a revised ASB policy following consultation with tenants.",
         "Neighbourhood Services Manager", D(2025, 10, 31), None, "", "", "Consultation to begin in July."),
    ]
    r = 5
    start = None
    merges = []
    ragc = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for it in items:
        if it[0] == "sec":
            if start and start < r - 1:
                merges.append((start, r - 1))
            start = None
            ws.cell(row=r, column=1, value=it[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = fill("theme")
            r += 1
            continue
        no, finding, act, lead, tgt, rev, prev, cur, com = it
        if finding is not None:
            if start and start < r - 1:
                merges.append((start, r - 1))
            start = r
        for i, v in enumerate([no, finding, act, lead, tgt, rev, prev, cur, com], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
        for col, v in ((7, prev), (8, cur)):
            if v:
                ws.cell(row=r, column=col).fill = fill(ragc[v])
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    if start and start < r - 1:
        merges.append((start, r - 1))
    for a, b in merges:
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Key: B = Complete   G = On track   A = At risk / revised date   R = Off track   Blank = not yet started")
    for col, w in zip("ABCDEFGHI", [6, 42, 50, 28, 13, 13, 10, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "co2-gateshead-council-housing-rsh-consumer-standards-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 7 York public health (txt)
def york():
    lines = [
        "City of York Council – Public Health",
        "Health Protection Assurance Action Plan 2025/26",
        "Exported from the Health Protection Board action log, 02/06/2025",
        "",
        "\t".join(["Priority", "Ref", "Action", "Lead", "Partner(s)", "Deadline", "RAG", "Update"]),
        "\t".join(["1. Screening and immunisation", "1.1",
                   "Deliver targeted MMR catch-up clinics in the wards with the lowest uptake.",
                   "Consultant in Public Health (Health Protection)", "UKHSA; NHS England Y&H SIT; GP practices",
                   "Sep-25", "G", "Four clinics held in May with 212 doses given."]),
        "\t".join(["", "1.2",
                   "Work with the Screening and Immunisation Team to understand the fall in bowel screening uptake in York.",
                   "SW / PH", "NHS England Y&H SIT", "Q3 2025/26", "A",
                   "Data request submitted in April; no response yet from NHS England."]),
        "\t".join(["", "1.3",
                   "Promote the autumn flu and COVID-19 vaccination programme to frontline council staff.",
                   "Public Health Improvement Manager", "HR", "31/12/2025", "G",
                   "Campaign plan agreed; vouchers ordered."]),
        "",
        "\t".join(["2. Infection prevention and control", "2.1",
                   "Complete an IPC audit of all CQC-registered care homes in the city.",
                   "IPC Nurse Lead", "York & Scarborough Teaching Hospitals NHSFT", "Mar-26", "G",
                   "18 of 34 homes audited; no homes rated red."]),
        "\t".join(["", "2.2",
                   "Refresh the outbreak management plan for care settings and test it through a tabletop exercise.",
                   "Consultant in Public Health (Health Protection)", "UKHSA", "Jan-25", "Complete",
                   "Exercise Castle held 22 January 2025; lessons learned report circulated."]),
        "",
        "\t".join(["3. Emergency preparedness", "3.1",
                   "Test the council's heatwave response arrangements before summer.",
                   "Emergency Planning Manager", "North Yorkshire LRF", "End of June 2025", "G",
                   "Heat-health alert cascade tested on 19 May."]),
        "\t".join(["", "3.2",
                   "Provide health protection input to the Local Resilience Forum training programme.",
                   "Consultant in Public Health (Health Protection)", "North Yorkshire LRF", "Ongoing", "G",
                   "Attended two LRF exercises this quarter."]),
        "",
        "RAG: G = on track, A = some concern, R = significant concern, Complete = action closed by the Health Protection Board",
    ]
    with open(os.path.join(HERE, "co2-city-of-york-public-health-health-protection-assurance-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    bradford()
    hull()
    darlington()
    leeds()
    wmp()
    gateshead()
    york()
