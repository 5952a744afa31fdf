"""Generate the bk2- blind cases (non-children's plans) into this folder."""
import csv
import datetime as dt
import os

from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FILLS = {
    "green": PatternFill("solid", fgColor="92D050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
}
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(HERE, name)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


# ---------------------------------------------------------------- 1 Dorset Police PEEL AFI tracker (xlsx)
def dorset():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Tracker"
    ws["A1"] = "Dorset Police – PEEL 2023–25 Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 28 February 2025 – for the Joint Independent Audit Committee"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for improvement", "Action", "Owner", "Target date",
           "Revised date", "Progress update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILLS["navy"]
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("sec", "Responding to the public"),
        ("1.1", "AFI 1: The force should make sure it answers emergency and non-emergency calls within national standards.",
         "Implement the revised Force Control Room shift pattern so that staffing matches peaks in call demand.",
         "Supt. Contact Management", D(2024, 9, 30), None,
         "New shift pattern went live on 2 September 2024. 999 calls answered within 10 seconds rose to 91% in October.",
         "Complete", "blue"),
        ("1.2", None,
         "Introduce a call-back facility on the 101 line so callers are not left waiting in a queue.",
         "Supt. Contact Management / Head of IT", D(2024, 12, 31), D(2025, 3, 31),
         "Supplier procurement took longer than planned. User testing is under way and go-live is expected in March.",
         "Amber", "amber"),
        ("2.1", "AFI 2: The force should make sure it identifies repeat and vulnerable callers at first contact.",
         "Add repeat-caller prompts to the THRIVE+ risk assessment in the command and control system.",
         "Ch Insp A. Whitfield", D(2024, 11, 30), None,
         "Prompts built and live. Dip sampling by the Quality Assurance Team shows 87% compliance.",
         "Green", "green"),
        ("sec", "Investigating crime"),
        ("3.1", "AFI 3: The force should make sure that investigations are supervised effectively and that supervisory reviews are recorded.",
         "Publish a minimum standard for supervisory reviews of investigations and brief all sergeants on it.",
         "DCI R. Okafor", D(2025, 2, 28), None,
         "Standard published on the intranet in January 2025; briefings delivered to 70% of sergeants so far.",
         "Green", "green"),
        ("3.2", None,
         "Audit 50 investigations each month and report compliance to the Crime Standards Board.",
         "Head of Crime Standards", "Monthly", None,
         "Audits running since November 2024. Compliance was 68% in January, up from 52% at the start.",
         "Amber", "amber"),
        ("4.1", "AFI 4: The force should make sure it seeks and records victims' views before finalising crimes with outcome 16.",
         "Amend the crime finalisation process in Niche so that the victim's view is a mandatory field.",
         "Force Crime Registrar", D(2024, 10, 31), D(2025, 1, 31),
         "System change went live on 14 January 2025 after regional Niche release.",
         "Complete", "blue"),
        ("sec", "Protecting vulnerable people"),
        ("5.1", "AFI 5: The force should make sure officers complete and record DASH risk assessments correctly.",
         "Deliver refreshed domestic abuse training to all frontline response officers.",
         "DI S. Marsh", D(2025, 6, 30), None,
         "Training commissioned from SafeLives; first cohort booked for April 2025.",
         "Green", "green"),
        ("5.2", None,
         "Quality assure a sample of DASH forms every month and feed findings back to supervisors.",
         "Head of Public Protection", "Ongoing", None,
         "Monthly sampling in place. Themes fed back through the Public Protection Performance Group.",
         "Green", "green"),
    ]
    r = 5
    afi_start = None
    for row in rows:
        if row[0] == "sec":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = FILLS["grey"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        ref, afi, action, owner, tgt, rev, prog, rag, col = row
        ws.cell(row=r, column=1, value=ref)
        if afi is not None:
            ws.cell(row=r, column=2, value=afi)
            afi_start = r
        else:
            ws.merge_cells(start_row=afi_start, start_column=2, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=action)
        ws.cell(row=r, column=4, value=owner)
        for c, v in ((5, tgt), (6, rev)):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7, value=prog)
        rc = ws.cell(row=r, column=8, value=rag)
        rc.fill = FILLS[col]
        for c in range(1, 9):
            ws.cell(row=r, column=c).alignment = WRAP
            ws.cell(row=r, column=c).border = BOX
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Complete – action delivered and evidenced; Green – on track; "
            "Amber – at risk of slipping; Red – off track / overdue")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", (6, 40, 45, 22, 12, 12, 50, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(p("bk2-dorset-police-peel-afi-tracker.xlsx"))


# ---------------------------------------------------------------- 2 Curo RSH consumer standards plan (docx)
def curo():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Curo Group – Consumer Standards Improvement Plan 2024–2026", level=0)
    doc.add_paragraph(
        "Following the Regulator of Social Housing's inspection in 2024 and the C2 consumer grading, "
        "this plan sets out what we will do to strengthen our delivery against the four consumer "
        "standards. Progress is reported quarterly to the Customer Committee and the Board.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Date", "14 January 2025"),
                                ("Owner", "Director of Customer Experience"),
                                ("Approved by", "Customer Committee")]):
        dc.cell(i, 0).text = k
        dc.cell(i, 1).text = v
    sections = [
        ("1. Safety and Quality Standard", [
            ("1.1", "Complete a full stock condition survey of all homes, prioritising homes with no survey in the last five years.",
             "Head of Asset Management", "March 2026", "Green",
             "62% of homes surveyed to date. Survey contractor on programme."),
            ("1.2", "Introduce a single damp and mould case management process with a 10 working day inspection target.",
             "Head of Repairs", "31/10/2024", "Complete",
             "Process launched 1 October 2024 and included in the new Damp and Mould Policy."),
            ("1.3", "Reconcile compliance data for fire, gas, electrical, water, asbestos and lifts between the housing system and contractor records.",
             "Head of Building Safety", "Q2 2025/26", "Amber",
             "Gas and electrical records reconciled. Asbestos data cleansing delayed by contractor change."),
        ]),
        ("2. Transparency, Influence and Accountability Standard", [
            ("2.1", "Refresh the customer involvement framework with customers, including a new scrutiny panel.",
             "Customer Voice Manager", "June 2025", "Green",
             "Co-design sessions held with 40 customers in November and December."),
            ("2.2", "Publish our Tenant Satisfaction Measures and complaint performance on our website each quarter.",
             "Head of Performance & Insight", "Quarterly", "Green",
             "Q2 figures published in November 2024."),
            ("2.3", "Review how we record and use customers' vulnerabilities and diverse needs.",
             "Head of Tenancy Services; Data Protection Officer", "September 2025", "Not started",
             "Scheduled to begin once the new housing system is live."),
        ]),
        ("3. Neighbourhood and Community Standard", [
            ("3.1", "Agree a clear anti-social behaviour policy and case review process with local partners.",
             "Neighbourhoods Manager", "31 December 2024", "Complete",
             "Policy approved by the Board in December 2024."),
            ("3.2", "Carry out estate inspections with customers on all estates of 50 or more homes.",
             "Neighbourhoods Manager", "Dec 2025", "Amber",
             "Inspection schedule agreed; recruitment of customer inspectors slower than planned."),
        ]),
        ("4. Tenancy Standard", [
            ("4.1", "Review the lettings policy so that allocations are fair, transparent and in line with each council's scheme.",
             "Head of Lettings", "April 2025", "Green",
             "Draft policy out for customer consultation until 28 February 2025."),
        ]),
    ]
    for head, acts in sections:
        doc.add_heading(head, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "What we will do", "Lead", "Due", "Status", "Progress"]):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            shade(t.rows[0].cells[i], "D9E2F3")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            colour = {"Green": "92D050", "Amber": "FFC000", "Complete": "00B0F0"}.get(a[4])
            if colour:
                shade(cells[4], colour)
        doc.add_paragraph()
    doc.add_paragraph("Status: Complete – action finished; Green – on track; Amber – some delay; "
                      "Red – significantly off track; Not started.")
    doc.save(p("bk2-curo-rsh-consumer-standards-improvement-plan.docx"))


# ---------------------------------------------------------------- 3 South Derbyshire internal audit tracker (csv)
def south_derbyshire():
    hdr = ["Audit", "Assurance", "Rec No", "Priority", "Recommendation", "Agreed Action",
           "Responsible Officer", "Original Target Date", "Revised Target Date", "RAG Status", "Latest Update"]
    rows = [
        ["South Derbyshire District Council - Internal Audit Recommendations Tracker"] + [""] * 10,
        ["Audit Sub-Committee - 9 April 2025"] + [""] * 10,
        [""] * 11,
        hdr,
        ["Council Tax 2023/24", "Reasonable", "1", "Medium",
         "Single person discount reviews should be completed annually.",
         "A National Fraud Initiative single person discount review will be run and the results actioned.",
         "Revenues Manager", "31/03/2024", "30/09/2024", "Completed",
         "Review completed in August 2024; 212 discounts removed."],
        ["Council Tax 2023/24", "Reasonable", "2", "Low",
         "Write-off approvals should be evidenced in line with Financial Procedure Rules.",
         "Write-off approval forms will be saved to the document management system against each account.",
         "Revenues Manager", "30/06/2024", "", "Completed",
         "Sample checked by Internal Audit in October 2024."],
        ["Procurement Cards", "Limited", "1", "High",
         "Cardholder transactions should be reviewed and signed off by line managers each month.",
         "Monthly sign-off will be built into the card provider's online system and monitored by Finance.",
         "Strategic Director (Corporate Resources)", "31/07/2024", "31/01/2025", "Amber",
         "Online approval workflow configured. Three service areas still not signing off on time."],
        ["Procurement Cards", "Limited", "2", "Medium",
         "Card limits should be reviewed and reduced where cards are little used.",
         "Card limits will be reviewed with each cardholder's manager.",
         "Financial Services Manager", "30/09/2024", "", "Completed",
         "Eleven cards cancelled and four limits reduced."],
        ["Procurement Cards", "Limited", "3", "Medium",
         "Refresher guidance should be issued to all cardholders.",
         "Updated guidance will be issued and cardholders asked to confirm they have read it.",
         "Financial Services Manager", "31/12/2024", "", "Green",
         "Guidance drafted and with Legal for review."],
        ["Leisure Centre Contract Management", "Reasonable", "1", "Medium",
         "Contract performance meetings should be minuted and actions tracked.",
         "A standard agenda and action log will be used for quarterly contract meetings.",
         "Head of Cultural and Community Services", "30/04/2025", "", "Green",
         "Template agreed with the operator; first use at the March meeting."],
        ["Leisure Centre Contract Management", "Reasonable", "2", "High",
         "The utilities cost-sharing mechanism should be reconciled annually as required by the contract.",
         "The 2022/23 and 2023/24 reconciliations will be completed and any sums due invoiced.",
         "Head of Cultural and Community Services / Financial Services Manager", "31/10/2024", "28/02/2025", "Red",
         "Operator has not yet provided meter data for 2023/24. Escalated to the Strategic Director."],
        ["Cyber Security", "Reasonable", "1", "High",
         "Multi-factor authentication should be enforced for all remote access accounts.",
         "MFA will be enforced for all staff and member accounts.",
         "ICT Manager", "31/05/2024", "", "Completed",
         "MFA enforced for all accounts from 20 May 2024."],
        [""] * 11,
        ["Key: Completed - action implemented; Green - on track to meet target date; Amber - some slippage; Red - target date missed"] + [""] * 10,
    ]
    with open(p("bk2-south-derbyshire-dc-internal-audit-recommendations-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 4 Sefton ASC CQC assessment plan (xlsx)
def sefton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Sefton Council Adult Social Care – CQC Assessment Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated for Adult Social Care and Health Overview & Scrutiny Committee, June 2025"
    hdr = ["No.", "Area for improvement (CQC)", "Action", "Lead", "Timescale", "RAG", "Progress to date"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="BDD7EE")
        cell.border = BOX
        cell.alignment = WRAP
    data = [
        ("theme", "Theme 1: Working with people"),
        ("1a", "People waiting for Care Act assessments and reviews", 
         "Commission additional assessment capacity to clear the waiting list for Care Act assessments.",
         "Assistant Director Adult Social Care (Operations)", D(2025, 3, 31), "blue",
         "Waiting list reduced from 612 to 180. Additional capacity contract ended in March."),
        ("1b", None,
         "Introduce a 'waiting well' contact so that people waiting are contacted every four weeks.",
         "Head of Localities", "Q1 2025/26", "green",
         "Contact script agreed. Calls started in May 2025."),
        ("1c", "Unpaid carers' experience of assessment and support",
         "Refresh the carers' assessment with carers and Sefton Carers Centre.",
         "Commissioning Manager (Carers)", "Sept 2025 – March 2026", "amber",
         "Co-production group set up; first workshop moved to September."),
        ("theme", "Theme 2: Providing support"),
        ("2a", "Availability of home care in the north of the borough",
         "Re-tender the home care framework with a zoned model for the north of the borough.",
         "Head of Commissioning", D(2025, 10, 31), "green",
         "Tender published in May 2025. Evaluation planned for August."),
        ("2b", None,
         "Track unmet home care hours weekly and report to the Adult Social Care Management Team.",
         "Brokerage Team Manager", "Ongoing", "green",
         "Weekly report in place since January."),
        ("theme", "Theme 3: Ensuring safety within the system"),
        ("3a", "Timeliness of safeguarding enquiries",
         "Introduce a safeguarding triage hub in the Adult Social Care front door.",
         "Principal Social Worker / Head of Safeguarding", D(2025, 1, 31), "red",
         "Recruitment to the hub has failed twice. Interim arrangement with locum staff in place."),
        ("theme", "Theme 4: Leadership"),
        ("4a", "Use of data and performance information to drive improvement",
         "Launch a monthly performance dashboard for managers using Power BI.",
         "Head of Business Intelligence", "Dec-25", None,
         "Not started - dependent on the new case management system."),
        ("4b", None,
         "Develop a co-produced Adult Social Care strategy for 2025–2028.",
         "Director of Adult Social Care", "31/07/2025", "green",
         "Draft shared with Making it Real board in May."),
    ]
    r = 5
    afi_row = None
    for row in data:
        if row[0] == "theme":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFF")
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = FILLS["navy"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        no, afi, action, lead, ts, rag, prog = row
        ws.cell(row=r, column=1, value=no)
        if afi:
            ws.cell(row=r, column=2, value=afi)
            afi_row = r
        else:
            ws.merge_cells(start_row=afi_row, start_column=2, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=action)
        ws.cell(row=r, column=4, value=lead)
        tc = ws.cell(row=r, column=5, value=ts)
        if isinstance(ts, dt.date):
            tc.number_format = "mmm-yy"
        if rag:
            ws.cell(row=r, column=6).fill = FILLS[rag]
        ws.cell(row=r, column=7, value=prog)
        for c in range(1, 8):
            ws.cell(row=r, column=c).alignment = WRAP
            ws.cell(row=r, column=c).border = BOX
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for i, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"),
                                     ("amber", "Some slippage"), ("red", "Off track")]):
        ws.cell(row=r + 1 + i, column=1).fill = FILLS[col]
        ws.cell(row=r + 1 + i, column=2, value=txt)
    ws.cell(row=r + 5, column=2, value="No colour = not started")
    for col, w in zip("ABCDEFG", (6, 36, 50, 30, 18, 8, 50)):
        ws.column_dimensions[col].width = w
    wb.save(p("bk2-sefton-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 5 South Ribble CPC action plan (txt, tab export)
def south_ribble():
    lines = [
        "South Ribble Borough Council - LGA Corporate Peer Challenge Action Plan",
        "Progress update: Governance Committee, 22 January 2025",
        "",
        "\t".join(["No.", "Recommendation", "Action", "Lead Officer", "Timescale", "Status", "Update"]),
        "\t".join(["1.1", "1. Develop a clear, long-term vision for the borough, shared with partners",
                   "Hold a joint session of Cabinet and partners to agree the borough vision and priorities.",
                   "Chief Executive", "July 2024", "Complete",
                   "Session held 11 July 2024; vision adopted by Council in September."]),
        "\t".join(["1.2", "", "Refresh the Corporate Strategy so that it reflects the agreed vision.",
                   "Director of Change & Delivery", "Nov-24", "Complete",
                   "Corporate Strategy approved at Council on 27 November 2024."]),
        "\t".join(["2.1", "2. Put the Medium Term Financial Strategy on a sustainable footing",
                   "Develop a savings and income programme to close the budget gap for 2025/26 to 2027/28.",
                   "Director of Finance (S151 Officer)", "Feb 2025", "On track",
                   "Proposals identified for £1.2m of the £1.6m gap. Budget report to Council in February."]),
        "\t".join(["2.2", "", "Review the capital programme and re-profile schemes that have slipped.",
                   "Director of Finance (S151 Officer)", "Q4 2024/25", "Amber",
                   "Review under way; re-profiling delayed by the Cuerden scheme."]),
        "\t".join(["3.1", "3. Strengthen member and officer relationships and the scrutiny function",
                   "Agree a member/officer protocol and deliver joint training.",
                   "Monitoring Officer", "31/03/2025", "On track",
                   "Protocol drafted with group leaders."]),
        "\t".join(["3.2", "", "Introduce a scrutiny work programme linked to the Corporate Strategy and the forward plan.",
                   "Democratic Services Manager & Chair of Scrutiny", "Ongoing", "On track",
                   "Work programme agreed for 2024/25 and reviewed at each meeting."]),
        "\t".join(["4.1", "4. Invest in the organisation's capacity and workforce",
                   "Produce a workforce strategy covering recruitment, retention and succession planning.",
                   "Head of HR", "June 2025", "Not started",
                   "Due to start in April once the pay review concludes."]),
        "",
        "Status key: Complete / On track / Amber (some slippage) / Red (off track) / Not started",
    ]
    with open(p("bk2-south-ribble-bc-corporate-peer-challenge-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 6 Hart CSP DHR action plan (docx, Home Office template + RAG)
def hart():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Hart Community Safety Partnership – Domestic Homicide Review 'Lucy' – Action Plan", level=0)
    doc.add_paragraph(
        "This action plan responds to the recommendations of the overview report. Agencies report "
        "progress to the Community Safety Partnership every quarter. Completed actions are retained "
        "for assurance until the partnership signs off the review.")
    hdr = ["Recommendation", "Scope", "Action to take", "Lead Agency",
           "Key milestones achieved", "Target Date", "RAG"]
    recs = [
        ("1. The CSP should make sure that professionals in all partner agencies can recognise coercive and controlling behaviour.",
         "Local", [
             ("Commission coercive control training for front-line staff across partner agencies.",
              "Hart DC Community Safety", "Training delivered to 146 staff between June and November 2024.",
              "November 2024", "Complete", "00B0F0"),
             ("Include coercive control in the annual DHR learning event.",
              "Hart CSP", "Learning event booked for 5 March 2025.",
              "March 2025", "Green", "92D050")]),
        ("2. Hampshire Constabulary should make sure that DASH risk assessments are reviewed when a further incident is reported.",
         "Local / Regional", [
             ("Issue a force-wide briefing on reviewing DASH risk assessments after repeat incidents.",
              "Hampshire Constabulary", "Briefing issued September 2024.",
              "30/09/2024", "Complete", "00B0F0"),
             ("Audit 30 repeat domestic abuse incidents to test compliance with the briefing.",
              "Hampshire Constabulary", "Audit scheduled for Q1 2025/26.",
              "June 2025", "Amber", "FFC000")]),
        ("3. Frimley Health NHS Foundation Trust and the GP practice should make sure routine enquiry about domestic abuse takes place when a patient attends with injuries.",
         "Local", [
             ("Add a routine enquiry prompt to the Emergency Department triage template.",
              "Frimley Health NHS FT", "Template change requested from the EPR team.",
              "January 2025", "Red", "FF0000"),
             ("Deliver IRIS domestic abuse training to the GP practice.",
              "Frimley ICB / GP practice", "",
              "TBC", "", None)]),
        ("4. The CSP should raise awareness of local domestic abuse services among older residents.",
         "Local", [
             ("Run a communications campaign with Age Concern Hart and local libraries.",
              "Hart DC Communications & Hart CSP", "Leaflets printed; campaign planned for the 16 Days of Action.",
              "Dec 2024", "Complete", "00B0F0")]),
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "E2EFD9")
    for rec, scope, acts in recs:
        first = len(t.rows)
        for j, (act, agency, ms, tgt, rag, col) in enumerate(acts):
            cells = t.add_row().cells
            if j == 0:
                cells[0].text = rec
                cells[1].text = scope
            cells[2].text = act
            cells[3].text = agency
            cells[4].text = ms
            cells[5].text = tgt
            cells[6].text = rag
            if col:
                shade(cells[6], col)
        last = len(t.rows) - 1
        if last > first:
            a = t.cell(first, 0).merge(t.cell(last, 0))
            a.text = rec
            b = t.cell(first, 1).merge(t.cell(last, 1))
            b.text = scope
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete = action completed and evidenced; Green = on track; "
                      "Amber = some delay; Red = not on track.")
    doc.save(p("bk2-hart-csp-dhr-lucy-action-plan.docx"))


# ---------------------------------------------------------------- 7 Hertfordshire FRS HMICFRS AFI plan (xlsx, refuse)
def herts():
    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS Action Plan"
    ws["A1"] = "Hertfordshire Fire and Rescue Service – HMICFRS 2023–25 Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Cause of concern and areas for improvement – progress at June 2025"
    hdr = ["AFI No", "Area for Improvement", "Action", "Action Owner", "Due Date", "Status", "Update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="C00000")
        cell.border = BOX
    rows = [
        ("CoC", "Cause of concern: The service should review how effective it is at preventing fires and other risks.",
         "Write a new Prevention Strategy that targets activity at the people most at risk.",
         "Area Manager Prevention", "Mar-25", "Complete", "Strategy approved by the Community Safety Board in March 2025."),
        ("CoC", None,
         "Replace the numerical home fire safety visit target with a risk-based measure.",
         "Area Manager Prevention", "Sept 2025", "On track", "New measure being piloted in Watford and Dacorum."),
        ("AFI 1", "The service should make sure its prevention work is evaluated.",
         "Adopt the NFCC evaluation toolkit for all prevention campaigns.",
         "Prevention Manager", "Ocotber 2025", "On track", "Toolkit training booked for prevention staff."),
        ("AFI 2", "The service should have an overarching workforce plan.",
         "Produce a workforce plan that links to the Community Risk Management Plan.",
         "Head of HR", "Dec-25", "On track", "Workforce data analysis completed."),
        ("AFI 3", "The service should make sure staff understand how to raise concerns about bullying and harassment.",
         "Relaunch the Speak Up policy and the independent reporting line.",
         "Head of Organisational Development", "Jun-25", "Amber", "Relaunch moved back to allow staff networks to review the policy."),
    ]
    r = 5
    afi_row = None
    for ref, afi, action, owner, due, status, upd in rows:
        ws.cell(row=r, column=1, value=ref)
        if afi:
            ws.cell(row=r, column=2, value=afi)
            afi_row = r
        else:
            ws.merge_cells(start_row=afi_row, start_column=2, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=action)
        ws.cell(row=r, column=4, value=owner)
        ws.cell(row=r, column=5, value=due)
        sc = ws.cell(row=r, column=6, value=status)
        sc.fill = FILLS[{"Complete": "blue", "On track": "green", "Amber": "amber"}[status]]
        ws.cell(row=r, column=7, value=upd)
        for c in range(1, 8):
            ws.cell(row=r, column=c).alignment = WRAP
            ws.cell(row=r, column=c).border = BOX
        r += 1
    for col, w in zip("ABCDEFG", (8, 40, 45, 26, 14, 12, 45)):
        ws.column_dimensions[col].width = w
    wb.save(p("bk2-hertfordshire-frs-hmicfrs-afi-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    dorset()
    curo()
    south_derbyshire()
    sefton()
    south_ribble()
    hart()
    herts()
