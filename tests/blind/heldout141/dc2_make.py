"""Generate the dc2- blind cases (documents only). Run with /work/main/.venv/bin/python."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(red="FF0000", amber="FFC000", green="00B050", blue="0070C0", grey="D9D9D9", navy="1F3864", pale="DDEBF7").items()}
WRAP = Alignment(wrap_text=True, vertical="top")
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def p(name):
    return os.path.join(OUT, name)

# ---------------------------------------------------------------- 1 Avon FRS (xlsx)
AVON_AFI = {
    "E1": "The service should make sure it has an effective system for staff to use learning and debriefs to improve operational response and incident command.",
    "E2": "The service should make sure its firefighters have good access to relevant and up-to-date risk information.",
    "F1": "The service should make sure it effectively monitors, reviews and evaluates the benefits and outcomes of any activity or collaboration.",
    "F2": "The service should have effective measures in place to assure itself that its workforce is productive and that their time is used as efficiently and effectively as possible.",
    "P1": "The service should make sure it has robust processes in place to undertake equality impact assessments and review any actions agreed as a result.",
    "P2": "The service should make sure it has an effective system in place to manage and record staff training and competence.",
}
# (ref, afi, action, lead, target, revised, progress, rag_text, fill)
AVON_ROWS = [
    ("Effectiveness",),
    ("E1.1", "E1", "Review the Operational Assurance and Debrief Policy and introduce a single debrief recording system for all incidents attended.", "AM Response", D(2022, 9, 30), D(2023, 3, 31), "New policy approved at SLT in August 2022. Procurement of the recording system delayed; go-live now planned for March 2023.", "Amber", "amber"),
    ("E1.2", "E1", "Publish a quarterly operational learning bulletin to all stations and control.", "Operational Assurance Manager", D(2022, 6, 30), None, "Bulletins issued in June, September and December 2022.", "Complete", "blue"),
    ("E2.1", "E2", "Complete the backlog of Site Specific Risk Information (SSRI) visits to very high and high risk premises.", "GM Protection / GM Response", D(2023, 3, 31), None, "78% of the backlog cleared. On course to complete by year end.", "Green", "green"),
    ("E2.2", "E2", "Replace the mobile data terminals on front-line appliances so that crews can view risk information at incidents.", "Head of ICT", D(2023, 6, 30), D(2023, 12, 31), "Supplier confirmed. Rollout has slipped because of dependencies on the national ESMCP programme.", "Red", "red"),
    ("Efficiency",),
    ("F1.1", "F1", "Introduce a benefits realisation template for all collaboration projects and report outcomes to the Fire Authority annually.", "Head of Corporate Services", D(2023, 2, 28), None, "Template in use since November 2022. First annual report to the Fire Authority in February 2023.", "Green", "green"),
    ("F2.1", "F2", "Implement the revised station work routine and record all activity in the performance management system.", "AM Service Delivery", D(2023, 9, 30), None, "Work routine trialled at four stations; evaluation due in the summer.", None, "green"),
    ("People",),
    ("P1.1", "P1", "Refresh the equality impact assessment toolkit and train all policy owners in its use.", "Inclusion Manager", D(2022, 10, 31), None, "Toolkit refreshed and 46 policy owners trained.", "Complete", "blue"),
    ("P2.1", "P2", "Migrate all training and competence records to the new learning management system.", "Head of Training & Development", D(2023, 3, 31), None, "Data migration 60% complete. Additional resource agreed to finish by March.", "Amber", "amber"),
    ("P2.2", "P2", "Introduce a quarterly competence dashboard for station managers.", "Head of Training & Development", "Q1 2023/24", None, "Dashboard design agreed; build not yet started.", "Not started", None),
]


def make_avon():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Action Plan"
    ws["A1"] = "Avon Fire & Rescue Service – HMICFRS Inspection 2021/22: Areas for Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update as at 31 January 2023 – Performance Review and Scrutiny Committee"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for Improvement", "Action", "Lead Officer", "Target Date", "Revised Date", "Progress Update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = Font(bold=True, color="FFFFFF"); cell.fill = FILL["navy"]; cell.alignment = WRAP; cell.border = BOX
    r = 5; afi_start = {}
    for row in AVON_ROWS:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = Font(bold=True)
            for c in range(1, 9): ws.cell(r, c).fill = FILL["grey"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1; continue
        ref, afi, action, lead, tgt, rev, prog, rag, fill = row
        ws.cell(r, 1, ref)
        if afi in afi_start:
            ws.merge_cells(start_row=afi_start[afi], start_column=2, end_row=r, end_column=2)
        else:
            ws.cell(r, 2, AVON_AFI[afi]); afi_start[afi] = r
        ws.cell(r, 3, action); ws.cell(r, 4, lead)
        c = ws.cell(r, 5, tgt)
        if isinstance(tgt, D): c.number_format = "dd/mm/yyyy"
        if rev is not None:
            c = ws.cell(r, 6, rev); c.number_format = "dd/mm/yyyy"
        ws.cell(r, 7, prog)
        c = ws.cell(r, 8, rag)
        if fill: c.fill = FILL[fill]
        for cc in range(1, 9):
            ws.cell(r, cc).alignment = WRAP; ws.cell(r, cc).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for fill, txt in [("blue", "Complete"), ("green", "On track to meet target date"), ("amber", "Some slippage – revised date agreed"), ("red", "Off track – escalated to SLT")]:
        ws.cell(r, 1).fill = FILL[fill]; ws.cell(r, 2, txt); r += 1
    for col, w in zip("ABCDEFGH", [8, 45, 50, 22, 12, 12, 50, 12]):
        ws.column_dimensions[col].width = w
    wb.save(p("dc2-avon-frs-hmicfrs-afi-improvement-plan.xlsx"))

# ---------------------------------------------------------------- 2 Magna Housing (xlsx, refuse)
MAGNA_ROWS = [
    ("Identifying damp and mould",),
    ("1", "Landlords should adopt a zero-tolerance approach to damp and mould interventions.", "Adopt a Damp, Mould and Condensation Policy with a zero-tolerance statement, approved by the Board.", "Director of Property Services", D(2023, 3, 31), "Complete", "Policy approved by Board on 22 March 2023 and published on the website."),
    ("2", "Landlords should use data and intelligence to identify homes at risk.", "Build a risk model from stock condition, EPC and repairs data to flag homes at higher risk of damp and mould.", "Head of Asset Management", D(2023, 9, 30), "On track", "Model built and tested on 1,200 homes. Proactive surveys being booked for the top-risk group."),
    ("3", "", "Train all operatives and neighbourhood officers to spot and report damp and mould when in customers' homes.", "Learning & Development Manager", D(2024, 11, 30), "On track", "310 of 420 colleagues trained to date."),
    ("Responding to reports",),
    ("4", "Landlords should respond to reports of damp and mould within clear timescales.", "Set and publish response timescales: inspection within 10 working days and remedial works within 28 days.", "Head of Repairs", D(2204, 11, 30), "Amber", "Timescales published. Performance on remedial works is 71% within 28 days against a 90% target."),
    ("5", "", "Introduce a follow-up visit six weeks after every damp and mould repair to check the problem has not returned.", "Customer Experience Manager", D(2024, 6, 30), "Not started", "Waiting for the new repairs system to schedule follow-up appointments."),
    ("Communication and complaints",),
    ("6", "Landlords should not blame residents' lifestyle for damp and mould.", "Rewrite customer letters and advice leaflets to remove lifestyle language and focus on what Magna will do.", "Head of Customer Insight", D(2023, 12, 31), "Complete", "New leaflets co-designed with the Customer Voice Panel and issued in December."),
]
MAGNA_REFUSE_ROW = None


def make_magna():
    global MAGNA_REFUSE_ROW
    wb = Workbook(); ws = wb.active; ws.title = "Action plan"
    ws["A1"] = "Magna Housing – Damp and Mould Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Response to the Housing Ombudsman's Spotlight report on damp and mould. Monitored by the Customer Services Committee; last updated May 2024."
    hdr = ["No.", "Ombudsman recommendation", "What we will do", "Owner", "Target date", "Status", "Progress"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = Font(bold=True); cell.fill = FILL["pale"]; cell.border = BOX
    r = 5
    for row in MAGNA_ROWS:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = Font(bold=True, color="FFFFFF")
            ws.cell(r, 1).fill = FILL["navy"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1; continue
        no, rec, action, owner, tgt, status, prog = row
        vals = [int(no), rec or None, action, owner, tgt, status, prog]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
        ws.cell(r, 5).number_format = "dd/mm/yyyy"
        if tgt.year == 2204: MAGNA_REFUSE_ROW = r
        sf = {"Complete": "blue", "On track": "green", "Amber": "amber"}.get(status)
        if sf: ws.cell(r, 6).fill = FILL[sf]
        r += 1
    for col, w in zip("ABCDEFG", [6, 40, 50, 26, 12, 12, 50]):
        ws.column_dimensions[col].width = w
    wb.save(p("dc2-magna-housing-damp-mould-action-plan-typo-month-refuse.xlsx"))

# ---------------------------------------------------------------- 3 Rotherham SAB peer review (xlsx)
ROTH_ROWS = [
    ("1. Voice of the person", None),
    ("1.1", "Develop a Making Safeguarding Personal (MSP) audit tool and complete a multi-agency audit of 30 cases.", "RSAB Manager", "March 2024", "B", "Audit completed February 2024; findings presented to the Board in March."),
    ("1.2", "Establish a service user reference group to inform the Board's priorities.", "JS / Head of Service – Safeguarding", "Sept 2024", "A", "Terms of reference agreed. Recruitment of members slower than expected; two meetings held so far."),
    ("1.3", "Include a person's story at the start of every Board meeting.", "Independent Chair", "Ongoing", "G", "In place since January 2024."),
    ("2. Data and performance", None),
    ("2.1", "Agree a multi-agency performance dataset that includes qualitative as well as quantitative measures.", "Performance & QA Subgroup Chair", "30/06/2024", "G", "Draft dataset agreed by the subgroup; first quarterly report due July."),
    ("2.2", "Produce a quarterly analysis of repeat safeguarding concerns for the Executive Group.", "AW; Business Intelligence Manager", "Q3 2024/25", "R", "Not progressed because of vacancy in the BI team. Escalated to the Executive Group."),
    ("3. Awareness and engagement", None),
    ("3.1", "Refresh the RSAB communications plan with a focus on seldom-heard communities.", "RSAB Business Support Officer", "December 2024", "G", "Plan drafted with Healthwatch Rotherham."),
    ("3.2", "Run a Safeguarding Adults Awareness Week programme with partners.", "RSAB Manager", "Nov-24", "B", "Programme delivered 18–22 November: 14 events, 600 attendees."),
]


def make_rotherham():
    wb = Workbook()
    cv = wb.active; cv.title = "Cover"
    cv["A1"] = "Rotherham Safeguarding Adults Board – LGA Peer Review Action Plan"; cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Peer review held 11–13 July 2023"
    cv["A4"] = "Document control"; cv["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Version", "v4.0"), ("Date", "January 2025"), ("Owner", "RSAB Executive Group"), ("Author", "RSAB Manager"), ("Next review", "April 2025")]):
        cv.cell(5 + i, 1, k).font = Font(bold=True); cv.cell(5 + i, 2, v)
    cv.column_dimensions["A"].width = 18; cv.column_dimensions["B"].width = 30
    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Rotherham Safeguarding Adults Board – LGA Peer Review Action Plan"; ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress / evidence"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(3, c, h); cell.font = Font(bold=True, color="FFFFFF"); cell.fill = FILL["navy"]; cell.border = BOX
    r = 4
    for row in ROTH_ROWS:
        if row[1] is None:
            ws.cell(r, 1, row[0]).font = Font(bold=True)
            for c in range(1, 7): ws.cell(r, c).fill = FILL["pale"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1; continue
        ref, action, lead, when, rag, prog = row
        for c, v in enumerate([ref, action, lead, when, rag, prog], 1):
            cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
        ws.cell(r, 5).fill = FILL[{"B": "blue", "G": "green", "A": "amber", "R": "red"}[rag]]
        r += 1
        if ref == "1.3":
            r += 1  # blank row left in the sheet
    r += 1
    ws.cell(r, 1, "Key: B = Complete   G = On track   A = Some risk to delivery   R = Off track / not progressed").font = Font(italic=True)
    for col, w in zip("ABCDEF", [8, 55, 30, 14, 6, 55]):
        ws.column_dimensions[col].width = w
    wb.save(p("dc2-rotherham-sab-lga-peer-review-action-plan.xlsx"))

# ---------------------------------------------------------------- docx helpers

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for para in c.paragraphs:
            for run in para.runs: run.bold = True

# ---------------------------------------------------------------- 4 Knowsley ASC CQC (docx)
KNOW_THEMES = [
    ("Theme 1: Working with people", [
        ("Waiting times for Care Act assessments were too long, and people did not always know when they would be seen.", [
            ("1.1", "Introduce a waiting list triage and 'keeping in touch' contact for everyone waiting more than 28 days.", "Head of Adult Social Care Operations", "December 2024", "Complete"),
            ("1.2", "Reduce the number of people waiting for a Care Act assessment to below 150.", "Head of Adult Social Care Operations", "31/03/2025", "Amber"),
        ]),
        ("Unpaid carers told us they were not always offered a carer's assessment.", [
            ("1.3", "Commission Knowsley Carers Centre to complete carers' assessments under a delegated arrangement.", "Head of Commissioning and Market Development", "April 2025", "On track"),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("There was limited choice of home care in some parts of the borough.", [
            ("2.1", "Re-procure the home care framework on a zoned basis, with a rural zone covering Prescot and Whiston.", "Head of Commissioning and Market Development", "Q2 2025/26", "On track"),
            ("2.2", "Publish an updated Market Position Statement.", "Commissioning Manager – Older People", "Ongoing", "Not started"),
        ]),
    ]),
    ("Theme 3: How the local authority ensures safety within the system", [
        ("Transitions for young people moving to adult services were not planned early enough.", [
            ("3.1", "Start transition planning at age 14 through a joint Preparing for Adulthood panel with children's services.", "Principal Social Worker / Head of SEND", "September 2025", "Green"),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Learning from feedback and complaints was not consistently used to improve practice.", [
            ("4.1", "Produce a quarterly learning report from complaints, compliments and audits for the Adults Leadership Team.", "Quality Assurance Manager", "End of June 2025", "Green"),
        ]),
    ]),
]


def make_knowsley():
    doc = Document()
    doc.add_heading("Knowsley Council Adult Social Care – CQC Local Authority Assessment Improvement Plan", level=1)
    doc.add_paragraph("The Care Quality Commission assessed how Knowsley Council meets its duties under the Care Act 2014 in 2024. "
                      "This plan sets out what we will do in response to the areas for improvement in the CQC report. Progress is "
                      "reported to the Adults Improvement Board every two months and to the Health and Social Care Scrutiny Committee.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Date", "14 January 2025"), ("Owner", "Director of Adult Social Services"), ("Status", "Approved by Adults Improvement Board")]):
        t.cell(i, 0).text = k; t.cell(i, 1).text = v
    for theme, afis in KNOW_THEMES:
        doc.add_heading(theme, level=2)
        rows = sum(len(a) for _, a in afis) + 1
        tb = doc.add_table(rows=rows, cols=6); tb.style = "Table Grid"
        for c, h in enumerate(["No.", "What CQC told us", "What we will do", "Lead", "By when", "Status"]):
            tb.cell(0, c).text = h; shade(tb.cell(0, c), "D9E2F3")
        bold_row(tb.rows[0])
        r = 1
        for afi, acts in afis:
            first = r
            for ref, action, lead, when, status in acts:
                tb.cell(r, 0).text = ref; tb.cell(r, 2).text = action; tb.cell(r, 3).text = lead
                tb.cell(r, 4).text = when; tb.cell(r, 5).text = status
                col = {"Complete": "0070C0", "Amber": "FFC000", "On track": "00B050", "Green": "00B050"}.get(status)
                if col: shade(tb.cell(r, 5), col)
                r += 1
            tb.cell(first, 1).text = afi
            if r - 1 > first:
                tb.cell(first, 1).merge(tb.cell(r - 1, 1))
        doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action finished and evidenced; Green / On track – on course to meet the date; "
                      "Amber – at risk of slipping; Red – will not meet the date; Not started.")
    doc.save(p("dc2-knowsley-asc-cqc-assessment-improvement-plan.docx"))

# ---------------------------------------------------------------- 5 Lancaster CPC (docx)
LANC_RECS = [
    ("1. Develop a clear delivery plan for the Council Plan, with milestones and measures that members and partners can track.", [
        ("1.1", "Produce a Council Plan delivery plan with milestones for each priority.", "Chief Officer – Resources", "September 2024", "00B050"),
        ("1.2", "Report performance against the delivery plan to Cabinet and Overview and Scrutiny each quarter.", "Strategy & Performance Manager", "Quarterly", "00B050"),
    ]),
    ("2. Continue to build the council's financial resilience by delivering the Outcomes Based Resourcing savings programme.", [
        ("2.1", "Agree a savings programme for 2025/26 covering the full budget gap.", "Chief Finance Officer", "February 2025", "0070C0"),
        ("2.2", "Establish a member working group to oversee delivery of the savings programme.", "Leader / Chief Executive", "July 2024", "0070C0"),
    ]),
    ("3. Strengthen the council's approach to partnership working with Lancashire County Council and the health system.", [
        ("3.1", "Agree a joint place-based partnership board for the Lancaster district with the County Council and NHS partners.", "Chief Executive", "By 31 March 2025", "FFC000"),
    ]),
    ("4. Invest in organisational development and workforce capacity to support delivery of the council's ambitions.", [
        ("4.1", "Develop a Workforce Strategy, including a leadership development programme for managers.", "Head of HR & OD", "Dec-24", "FFC000"),
        ("4.2", "Review the structure of the Planning and Place service to address recruitment difficulties.", "Chief Officer – Planning & Climate Change", "Jan 2025", "FF0000"),
    ]),
]


def make_lancaster():
    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading("Lancaster City Council – LGA Corporate Peer Challenge Action Plan", level=1)
    doc.add_paragraph("The LGA Corporate Peer Challenge took place in early 2024. The peer team made the recommendations below. "
                      "This plan sets out the council's response and will be reviewed at the six-month progress review. "
                      "Progress update: November 2024.")
    n = sum(len(a) for _, a in LANC_RECS) + 1
    tb = doc.add_table(rows=n, cols=6); tb.style = "Table Grid"
    for c, h in enumerate(["Recommendation", "Ref", "Action", "Lead", "Timescale", "RAG"]):
        tb.cell(0, c).text = h; shade(tb.cell(0, c), "BDD7EE")
    bold_row(tb.rows[0])
    r = 1
    for rec, acts in LANC_RECS:
        first = r
        for ref, action, lead, when, col in acts:
            tb.cell(r, 1).text = ref; tb.cell(r, 2).text = action; tb.cell(r, 3).text = lead; tb.cell(r, 4).text = when
            shade(tb.cell(r, 5), col)
            r += 1
        tb.cell(first, 0).text = rec
        if r - 1 > first: tb.cell(first, 0).merge(tb.cell(r - 1, 0))
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – some risk to delivery; Red – off track.")
    doc.save(p("dc2-lancaster-city-council-corporate-peer-challenge-action-plan.docx"))

# ---------------------------------------------------------------- 6 Tunbridge Wells / Mid Kent Audit (csv)
TW_HDR = ["Audit Title", "Year", "Rec No.", "Priority", "Recommendation", "Agreed Action", "Action Owner",
          "Original Implementation Date", "Revised Implementation Date", "Status", "RAG", "Latest Update"]
TW_ROWS = [
    ["Housing Benefit Overpayments", "2023/24", "1", "High", "Overpayment debts should be reviewed monthly and recovery action started promptly.",
     "Introduce a monthly overpayment debt report and recovery checklist for the Benefits Team.", "Revenues & Benefits Manager", "31/03/2024", "30/09/2024", "Open", "A",
     "Monthly report in place from July. Recovery checklist still being tested with the team."],
    ["Housing Benefit Overpayments", "2023/24", "2", "Medium", "Write-offs should be authorised in line with the Financial Procedure Rules.",
     "Update the write-off authorisation form to show delegated limits and require second signature above £5,000.", "Patel, Anita", "31/01/2024", "", "Closed", "B",
     "New form in use since January. Verified by Mid Kent Audit in April."],
    ["Cyber Security", "2023/24", "1", "High", "The council should maintain a tested incident response plan for cyber attacks.",
     "Complete a cyber incident response exercise with the Corporate Management Team and update the plan from the lessons learned.", "Head of ICT / Emergency Planning Officer", "30/06/2024", "", "Open", "G",
     "Exercise booked with the LGA for 18 June."],
    ["Cyber Security", "2023/24", "2", "Medium", "Leavers' accounts should be disabled on the day they leave.",
     "Automate account disabling from the HR leavers' notification.", "ICT Technical Manager", "31/12/2023", "31/05/2024", "Open", "R",
     "Automation not yet working; 6 accounts found still active in the March check."],
    ["", "", "", "", "", "", "", "", "", "", "", ""],
    ["Planning Enforcement", "2024/25", "1", "Medium", "Enforcement cases should be prioritised using the published enforcement policy.",
     "Add a priority field to the case management system and report open cases by priority to the Planning Committee.", "Development Manager", "30/09/2024", "", "Open", "G",
     "System change requested from the supplier. On track."],
    ["Planning Enforcement", "2024/25", "2", "Low", "Site visit notes should be recorded on the case file within five working days.",
     "Remind officers of the standard and add a monthly file check by the Team Leader.", "Planning Enforcement Team Leader", "31/07/2024", "", "Closed", "B",
     "Reminder issued in May; monthly checks in place."],
]


def make_tw():
    with open(p("dc2-tunbridge-wells-bc-mid-kent-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Tunbridge Wells Borough Council – Internal Audit Recommendations Tracker (Mid Kent Audit) – position at 31 May 2024"] + [""] * 11)
        w.writerow([""] * 12)
        w.writerow(TW_HDR)
        for row in TW_ROWS: w.writerow(row)
        w.writerow([""] * 12)
        w.writerow(["RAG: B = implemented and verified; G = on track; A = at risk of missing the revised date; R = overdue"] + [""] * 11)

# ---------------------------------------------------------------- 7 Dartford BC scrutiny (txt, tab-separated)
DART_ROWS = [
    ["1.1", "The council should publish a clear plan for tackling anti-social behaviour in the town centre, agreed with Kent Police.", "Agreed",
     "Publish a Town Centre ASB Plan with Kent Police and the Community Safety Partnership.", "Community Safety Manager", "31/10/2024", "Complete",
     "Plan agreed by the CSP and published on 14 October."],
    ["2.1", "The council should extend CCTV coverage to the routes between the station and the Orchards Centre.", "Agreed in part",
     "Survey the routes and cost four additional CCTV cameras.", "CCTV & Control Room Manager", "Jan-25", "On track",
     "Survey complete. Costs being checked against the capital programme."],
    ["2.2", "", "",
     "Bid to the Safer Streets fund for the cost of installation.", "Community Safety Manager", "TBC", "Not started",
     "Waiting for the next funding round to be announced."],
    ["3.1", "Members should receive regular reports on enforcement activity under the Public Spaces Protection Order.", "Agreed",
     "Report PSPO enforcement figures to the Overview and Scrutiny Committee every six months.", "Head of Housing and Community Services", "Six-monthly", "On track",
     "First report went to the November meeting."],
    ["4.1", "The council should work with businesses to set up a town centre radio link scheme.", "Agreed",
     "Launch a Business Crime Reduction Partnership with a shared radio scheme for town centre retailers.", "Town Centre Manager / Community Safety Manager", "March 2025", "Amber",
     "Fewer businesses signed up than hoped (12 of 30). Further engagement events planned in February."],
]
DART_TITLE = "Dartford Borough Council Overview and Scrutiny Committee – Town Centre Anti-Social Behaviour Task and Finish Review: Recommendations Tracker"


def make_dartford():
    lines = [DART_TITLE,
             "Exported 09/01/2025",
             "",
             "\t".join(["Ref", "Recommendation", "Cabinet response", "Action", "Responsible officer", "Target date", "Status", "Update"])]
    for row in DART_ROWS:
        lines.append("\t".join(row))
    lines += ["", "5 rows"]
    with open(p("dc2-dartford-bc-scrutiny-town-centre-asb-review-recommendations-tracker.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_avon(); make_magna(); make_rotherham(); make_knowsley(); make_lancaster(); make_tw(); make_dartford()
    print("magna refuse row:", MAGNA_REFUSE_ROW)
