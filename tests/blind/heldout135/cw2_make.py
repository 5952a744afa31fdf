"""Generate the cw2- blind cases (plans outside children's services)."""
import csv
import datetime as dt
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "HDR": "1F3864", "BAND": "D9E1F2", "GREY": "F2F2F2",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------- 1 GMFRS xlsx
def gmfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = ("Greater Manchester Fire and Rescue Service \u2013 HMICFRS Inspection "
                "2021/22: Improvement Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated quarterly \u2013 position at 31 December 2022"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for Improvement", "Action", "Lead Officer", "Target Date",
           "Revised Date", "Progress Update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["HDR"])
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("Effectiveness",),
        ("E1.1", "The service should make sure it has an effective system for staff to use "
         "learning and debriefs to improve operational response and incident command.",
         "Review the operational debrief policy and introduce a single debrief recording "
         "system on the Operational Assurance portal.",
         "Area Manager \u2013 Operational Assurance", d(2023, 3, 31), None,
         "Policy reviewed and approved at SLT in November. Portal build is in user testing.",
         "Green"),
        ("E1.2", None,
         "Publish a quarterly learning bulletin summarising themes from local debriefs and "
         "National Operational Learning.",
         "Group Manager \u2013 Operational Learning", d(2023, 1, 31), None,
         "First bulletin issued in October, second in January.", "Complete"),
        ("E2.1", "The service should make sure its prevention work is targeted at the people "
         "most at risk from fire.",
         "Refresh the Home Fire Safety Assessment risk targeting model using partner data "
         "(health and adult social care).",
         "Head of Prevention", d(2023, 6, 30), d(2023, 9, 30),
         "Data sharing agreement with two localities delayed. Revised date agreed by "
         "Programme Board.", "Amber"),
        ("Efficiency",),
        ("F1.1", "The service should make sure it has effective systems in place to monitor "
         "the productivity of its workforce, including how crews use their time.",
         "Implement a station activity dashboard showing time spent on prevention, "
         "protection and training.",
         "Head of Performance and Business Intelligence", "Q4 2022/23", None,
         "Dashboard prototype shown to Borough Managers; feedback being built in.", "Green"),
        ("F2.1", "The service should make sure it takes full advantage of opportunities to "
         "collaborate to improve efficiency.",
         "Agree a joint estates plan with Greater Manchester Police for shared sites.",
         "Director of Corporate Support", "Sept 2023", None,
         "Initial site list agreed. Legal advice on leases awaited.", "Amber"),
        ("People",),
        ("P1.1", "The service should assure itself that staff are confident using its "
         "grievance procedures.",
         "Relaunch the grievance and dignity at work procedures with manager briefings and a "
         "staff FAQ.", "Head of HR", d(2023, 2, 28), None,
         "Relaunched 6 February with 14 manager briefings delivered.", "Complete"),
        ("P1.2", None,
         "Introduce an independent anonymous reporting route and report usage to the People "
         "Committee each quarter.",
         "Head of HR / Head of Culture and Inclusion", "Ongoing", None,
         "Safecall contract started in December. First report due to April committee.",
         "Green"),
        ("P2.1", "The service should improve the diversity of its workforce.",
         "Deliver positive action outreach for the 2023 wholetime firefighter recruitment "
         "campaign.", "Lorraine Mitchell", d(2023, 5, 31), None,
         "Campaign opens in spring.", "Not started"),
    ]
    r = 5
    afi_start = None
    for row in rows:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = Font(bold=True)
            for col in range(1, 9):
                ws.cell(r, col).fill = fill(FILL["BAND"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        for col, v in enumerate(row, 1):
            c = ws.cell(r, col, v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        rag = row[7]
        key = {"Green": "G", "Amber": "A", "Red": "R", "Complete": "B"}.get(rag)
        if key:
            ws.cell(r, 8).fill = fill(FILL[key])
        if row[1] is None and afi_start is not None:
            ws.merge_cells(start_row=afi_start, start_column=2, end_row=r, end_column=2)
        else:
            afi_start = r
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key:").font = Font(bold=True)
    ws.cell(r + 1, 1, "Green \u2013 on track to deliver by target date")
    ws.cell(r + 2, 1, "Amber \u2013 at risk or revised date agreed")
    ws.cell(r + 3, 1, "Red \u2013 off track")
    ws.cell(r + 4, 1, "Complete \u2013 action delivered and evidenced")
    for col, w in zip("ABCDEFGH", (8, 45, 50, 28, 13, 13, 45, 11)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "cw2-greater-manchester-frs-hmicfrs-afi-improvement-plan.xlsx"))


# ------------------------------------------------------------ docx helpers
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def header_row(table, names):
    for i, n in enumerate(names):
        cell = table.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(n)
        run.bold = True
        shade(cell, "D9D9D9")


# ------------------------------------------------------------ 2 Accord docx
def accord():
    doc = Document()
    doc.add_heading("Accord Group \u2013 Complaint Handling Improvement Action Plan 2024/25", 0)
    doc.add_paragraph(
        "This action plan sets out the improvements identified in our annual self-assessment "
        "against the Housing Ombudsman\u2019s Complaint Handling Code. It is monitored by the "
        "Customer Experience Committee and progress is reported to the Board twice a year.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Date", "02/09/2024"),
                                 ("Owner", "Director of Customer Services"),
                                 ("Approved by", "Customer Experience Committee")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    doc.add_paragraph()
    sections = [
        ("Section 1: Definition of a complaint", [
            ("1.1", "Update the Complaints Policy so the definition of a complaint matches "
             "the Code word for word.", "Head of Customer Experience", "April 2024",
             "Complete", "New policy approved by the Board on 18 April 2024 and published on "
             "the website."),
            ("1.2", "Train contact centre advisers to recognise expressions of dissatisfaction "
             "and log them as complaints rather than service requests.",
             "Contact Centre Manager", "June 2024", "Complete",
             "All 46 advisers trained. Call listening shows improved recognition."),
        ]),
        ("Section 3: Accessibility and awareness", [
            ("3.1", "Publish the complaints process in easy-read format and in the five most "
             "used community languages.", "Communications Lead", "30/09/2024", "On track",
             "Easy-read version with the customer panel for review; translations ordered."),
            ("3.2", "Add complaints information to the tenancy sign-up pack and the annual "
             "tenant newsletter.", "SH / KB", "Oct 2024", "On track",
             "Sign-up pack updated. Newsletter copy deadline is 4 October."),
        ]),
        ("Section 5: The complaint handling process", [
            ("5.1", "Introduce a single complaints log in the CRM and stop recording complaints "
             "in local spreadsheets.", "Head of Customer Experience; Head of IT",
             "Q3 2024/25", "Amber",
             "CRM module built but data migration has slipped because of the system upgrade. "
             "Go-live now expected in December."),
        ]),
        ("Section 6: Complaint stages", [
            ("6.1", "Monitor Stage 1 acknowledgement (5 working days) and response "
             "(10 working days) times weekly at the operational leadership meeting.",
             "Director of Customer Services", "Ongoing", "Green",
             "Weekly report in place since May. Response within 10 days at 91% in August."),
        ]),
        ("Section 8: Self-assessment, reporting and compliance", [
            ("8.1", "Publish the annual complaints performance and service improvement report "
             "together with the Board\u2019s response.", "Company Secretary",
             "By 30 June 2025", "Not started", "Due after year end."),
        ]),
        ("Section 9: Scrutiny and oversight", [
            ("9.1", "Appoint a Member Responsible for Complaints (MRC) from the Board and agree "
             "their role description.", "Chair of the Board", "May 2024", "Complete",
             "MRC appointed at May Board meeting."),
        ]),
    ]
    colours = {"Complete": "0070C0", "On track": "00B050", "Green": "00B050",
               "Amber": "FFC000", "Red": "FF0000"}
    for head, acts in sections:
        doc.add_heading(head, 2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["No.", "Action", "Responsible", "Target date", "Status", "Update"])
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            if a[4] in colours:
                shade(cells[4], colours[a[4]])
        doc.add_paragraph()
    doc.add_heading("Status key", 2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Complete", "Action delivered and evidence held"),
                                 ("On track / Green", "Progressing to target date"),
                                 ("Amber", "Delayed but recoverable"),
                                 ("Red", "Off track \u2013 escalated to Committee")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    doc.save(os.path.join(HERE, "cw2-accord-group-housing-ombudsman-complaint-handling-action-plan.docx"))


# ------------------------------------------------------------ 3 Cherwell docx
def cherwell():
    doc = Document()
    doc.add_heading("Cherwell District Council: LGA Corporate Peer Challenge \u2013 "
                    "Action Plan", 1)
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge of the council "
        "in November 2022. The peer team made five recommendations. This plan sets out the "
        "actions agreed in response and will be reported to the Overview and Scrutiny Committee "
        "every six months.")
    recs = [
        ("1. Develop and communicate a clear long-term vision for Cherwell as a standalone "
         "council", [
            ("1a", "Agree a refreshed Corporate Plan 2023\u201328 through Executive and Council.",
             "Chief Executive", "July 2023",
             "Draft plan to Executive in June; adoption by Council in July.", "00B050"),
            ("1b", "Run staff roadshows on the new vision and values, with a follow-up pulse "
             "survey.", "Assistant Director \u2013 HR", "Sept 2023",
             "Six roadshows booked across Bodicote House and depots.", "00B050"),
        ]),
        ("2. Build organisational capacity following the end of the partnership with "
         "Oxfordshire County Council", [
            ("2a", "Complete the review of shared services and put replacement arrangements in "
             "place for legal and HR services.", "Director of Law and Governance",
             "31 March 2024", "Legal service in place. HR payroll option still under review.",
             "FFC000"),
            ("2b", "Develop a workforce strategy covering recruitment and retention in "
             "hard-to-fill roles, including planning and building control.",
             "Assistant Director \u2013 HR", "Dec 2023",
             "Market supplement policy drafted; strategy to CEDR in November.", "FFC000"),
        ]),
        ("3. Strengthen member\u2013officer relationships and member development", [
            ("3a", "Refresh the Member/Officer Protocol with the group leaders.",
             "Monitoring Officer", "Oct 2023", "Agreed by Standards Committee.", "00B050"),
            ("3b", "Deliver a member development programme co-designed with councillors.",
             "Democratic and Elections Manager", "Ongoing",
             "Programme in place; sessions held monthly.", "00B050"),
        ]),
        ("4. Make sure the Medium Term Financial Strategy closes the budget gap from "
         "2024/25", [
            ("4a", "Identify savings and income proposals to close the 2024/25 budget gap as "
             "part of budget setting.", "Director of Finance (S151)", "Feb 2024",
             "Gap reduced but \u00a31.2m still to be identified.", "FF0000"),
        ]),
        ("5. Set out a clear approach to partnership working in Banbury, Bicester and "
         "Kidlington", [
            ("5a", "Hold a partnership summit and agree shared priorities for each town.",
             "Assistant Director \u2013 Communities", "November 2023",
             "Summit held 9 November with 40 partners.", "00B050"),
        ]),
    ]
    n = 1 + sum(len(a) for _, a in recs)
    t = doc.add_table(rows=n, cols=7)
    t.style = "Table Grid"
    header_row(t, ["Recommendation", "Ref", "Action", "Lead", "Timescale", "Progress", "RAG"])
    r = 1
    for rec, acts in recs:
        first = r
        for ref, act, lead, when, prog, col in acts:
            cells = t.rows[r].cells
            cells[1].text = ref
            cells[2].text = act
            cells[3].text = lead
            cells[4].text = when
            cells[5].text = prog
            shade(cells[6], col)
            r += 1
        top = t.cell(first, 0)
        if r - 1 > first:
            top = top.merge(t.cell(r - 1, 0))
        top.text = rec
    doc.add_paragraph()
    doc.add_paragraph("RAG: Green \u2013 on track or completed; Amber \u2013 some slippage, "
                      "recovery in hand; Red \u2013 off track, needs intervention.")
    doc.save(os.path.join(HERE, "cw2-cherwell-dc-corporate-peer-challenge-action-plan.docx"))


# ------------------------------------------------------------ 4 RBWM ASC xlsx
def rbwm():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = ("Royal Borough of Windsor and Maidenhead \u2013 Adult Social Care: CQC Local "
                "Authority Assessment Improvement Plan")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Owner: Executive Director of Adult Social Care and Health    "
                "Last updated: 14/10/2024")
    hdr = ["Theme", "Quality Statement", "Ref", "Action", "Lead", "Due Date",
           "Previous RAG", "Current RAG", "Comments"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["BAND"])
        c.border = BOX
        c.alignment = WRAP
    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: How the local authority ensures safety within the system"
    T4 = "Theme 4: Leadership"
    rows = [
        (T1, "Assessing needs", "1.1",
         "Reduce the number of people waiting for a Care Act assessment to under 50 by "
         "clearing the backlog through a dedicated assessment team.", "KM", d(2024, 12, 31),
         "A", "G", "Waiting list down from 212 to 97 at end of September."),
        (T1, "Assessing needs", "1.2",
         "Introduce a well-being check call every 6 weeks for everyone awaiting assessment.",
         "KM/SB", d(2024, 9, 30), "G", "B", "In place since August; recorded on the system."),
        (T1, "Equity in experience and outcomes", "1.3",
         "Improve recording of protected characteristics in the case management system and "
         "report equality data to DMT quarterly.", "Performance & Intelligence Manager",
         d(2025, 3, 31), "A", "A", "Mandatory fields go live with the next system release."),
        (T2, "Care provision, integration and continuity", "2.1",
         "Publish a refreshed Market Position Statement setting out gaps in nursing and "
         "dementia care.", "Head of Commissioning", d(2025, 1, 31), "G", "G",
         "Provider engagement events held in September."),
        (T2, "Partnerships and communities", "2.2",
         "Co-produce a Carers\u2019 Strategy with the Carers Partnership Board and the local "
         "carers\u2019 centre.", "LP", d(2025, 6, 30), "R", "A",
         "Co-production workshops restarted after delay over the summer."),
        (T3, "Safe pathways, systems and transitions", "3.1",
         "Agree a joint Preparing for Adulthood protocol with Children\u2019s Services for "
         "young people from age 14.", "DR", d(2024, 11, 30), "A", "R",
         "Protocol not yet agreed; escalated to the Improvement Board."),
        (T3, "Safeguarding", "3.2",
         "Audit a sample of safeguarding enquiries each quarter against Making Safeguarding "
         "Personal principles.", "Head of Safeguarding", "Quarterly", "G", "G",
         "Q2 audit complete: 20 cases, 85% good or better."),
        (T4, "Governance, management and sustainability", "4.1",
         "Establish an ASC Improvement Board chaired by the Executive Director with monthly "
         "reporting to the Lead Member.",
         "Executive Director of Adult Social Care and Health", d(2024, 7, 31), "B", "B",
         "Board meets monthly from July."),
        (T4, "Learning, improvement and innovation", "4.2",
         "Introduce a practice quality framework with monthly case file audits and a learning "
         "log.", "Principal Social Worker", d(2025, 3, 31), None, None,
         "New action added by the Improvement Board in September."),
    ]
    r = 5
    for row in rows:
        for col, v in enumerate(row, 1):
            c = ws.cell(r, col, v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
            if col in (7, 8) and v:
                c.fill = fill(FILL[v])
                c.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    last = r - 1
    # merge theme cells and quality statement cells that repeat
    for col in (1, 2):
        start = 5
        for rr in range(6, last + 2):
            same = rr <= last and ws.cell(rr, col).value == ws.cell(start, col).value
            if not same:
                if rr - 1 > start:
                    for k in range(start + 1, rr):
                        ws.cell(k, col).value = None
                    ws.merge_cells(start_row=start, start_column=col, end_row=rr - 1,
                                   end_column=col)
                start = rr
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    ws.cell(r + 1, 1, "B = Complete")
    ws.cell(r + 2, 1, "G = On track")
    ws.cell(r + 3, 1, "A = Some slippage / at risk")
    ws.cell(r + 4, 1, "R = Off track")
    for col, w in zip("ABCDEFGHI", (24, 26, 6, 50, 22, 10, 10, 10, 40)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "cw2-windsor-maidenhead-asc-cqc-assessment-improvement-plan.xlsx"))


# ------------------------------------------------------------ 5 Dacorum csv
def dacorum():
    hdr = ["Audit Title", "Year", "Rec No", "Priority", "Recommendation",
           "Management Response / Agreed Action", "Responsible Officer", "Original Due Date",
           "Revised Due Date", "RAG Status", "Latest Update"]
    rows = [
        ["Council Tax and NNDR", "2022/23", "1", "Medium",
         "Reconciliations between the Council Tax system and the valuation list should be "
         "carried out monthly and independently reviewed.",
         "Monthly reconciliations will be completed by the Revenues Team Leader and signed off "
         "by the Revenues Manager.", "Revenues Manager", "31/03/2023", "", "Complete",
         "Verified by Internal Audit in follow-up testing, May 2023."],
        ["Council Tax and NNDR", "2022/23", "2", "High",
         "Write-offs of irrecoverable debts should be approved in line with the Financial "
         "Regulations and the approver recorded.",
         "Write-off schedule to be updated to record the approver; quarterly report to the "
         "S151 Officer.", "Revenues Manager", "30/06/2023", "31/12/2023", "Complete",
         "Schedule updated. First quarterly report issued January 2024."],
        ["Housing Repairs - Responsive Maintenance", "2023/24", "1", "High",
         "The Council should obtain and review contractor performance data against the "
         "contract KPIs each month.",
         "Contractor to provide a monthly KPI pack for review at contract meetings; exceptions "
         "escalated to the Assistant Director.", "Assistant Director (Property)", "30/09/2023",
         "31/03/2024", "Amber",
         "KPI pack received since November but two KPIs not yet reported by the contractor."],
        ["Housing Repairs - Responsive Maintenance", "2023/24", "2", "Medium",
         "Variations to works orders above \u00a35,000 should be approved by an officer "
         "independent of the ordering officer.",
         "System workflow to be changed so variations over \u00a35k route to the Repairs "
         "Manager for approval.", "Repairs Manager / ICT Systems Lead", "31/12/2023", "",
         "Amber", "Change request raised with the system supplier."],
        ["Cyber Security", "2023/24", "1", "High",
         "Multi-factor authentication should be enforced for all remote access accounts.",
         "MFA to be rolled out to all remaining remote users, including members.",
         "Head of ICT", "31/01/2024", "", "Green",
         "Rolled out to 92% of users. Members scheduled for February."],
        ["Cyber Security", "2023/24", "2", "Low",
         "The ICT disaster recovery plan should be tested at least annually.",
         "Annual DR test to be scheduled and the results reported to the Corporate Risk Group.",
         "Head of ICT", "Sep-24", "", "Green", "Test booked with the data centre provider."],
        ["Safeguarding", "2023/24", "1", "Medium",
         "Completion of safeguarding training should be monitored for all staff and elected "
         "members.",
         "Training completion to be reported to SMT quarterly and members' training added to "
         "the Member Development Programme.", "Safeguarding Lead Officer", "TBC", "", "Red",
         "Awaiting the new learning management system; date to be agreed."],
    ]
    path = os.path.join(HERE, "cw2-dacorum-bc-internal-audit-recommendations-tracker.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Dacorum Borough Council - Internal Audit Recommendations Follow-Up "
                    "(Audit Committee, March 2024)"] + [""] * 10)
        w.writerow([""] * 11)
        w.writerow(hdr)
        for row in rows:
            w.writerow(row)
        w.writerow([""] * 11)
        w.writerow(["Key: Complete = implemented and verified; Green = on track; Amber = "
                    "revised date or at risk; Red = overdue"] + [""] * 10)


# ------------------------------------------------------------ 6 St Albans txt
def stalbans():
    lines = [
        "Planning Enforcement Task and Finish Group - Recommendations Monitoring "
        "(January 2025 update)",
        "Overview and Scrutiny Committee, St Albans City and District Council",
        "",
        "\t".join(["Rec No", "Recommendation", "Cabinet Response", "Action",
                   "Responsible Officer", "Target Date", "Status", "Update"]),
    ]
    rows = [
        ["R1", "Publish a revised Local Enforcement Plan setting out how complaints are "
         "prioritised.", "Accepted",
         "Draft a revised Local Enforcement Plan for consultation and adoption by Cabinet.",
         "Head of Planning and Building Control", "March 2025", "On track",
         "Consultation closed 10 January. Report to Cabinet in March."],
        ["R2", "Fill the two vacant enforcement officer posts.", "Accepted",
         "Re-advertise the posts with a market supplement approved by the Chief Executive.",
         "Planning Enforcement Manager", "31/10/2024", "Complete",
         "Both officers started in October."],
        ["R3", "Give complainants a case reference and an update at least every 28 days.",
         "Accepted",
         "Set up automatic acknowledgement and 28-day update letters in the Uniform system.",
         "Planning Enforcement Manager; Digital Services Lead", "Dec-24", "Amber",
         "Letter templates agreed; system testing delayed by the Uniform upgrade."],
        ["R4", "Report enforcement performance to the Planning Referrals Committee every "
         "quarter.", "Accepted",
         "Add a quarterly enforcement performance report to the committee work programme.",
         "Democratic Services Manager", "Quarterly", "Green",
         "First report taken in November."],
        ["R5", "Explore a joint enforcement protocol with Hertfordshire County Council for "
         "minerals and waste breaches.", "Accepted in part",
         "Hold an officer-level meeting with HCC to scope a protocol.",
         "Head of Planning and Building Control", "June 2025", "Not started",
         "To be picked up once the Local Enforcement Plan is adopted."],
        ["R6", "Offer member training on planning enforcement powers every year.", "Accepted",
         "Include an enforcement module in the annual planning training for all councillors.",
         "Democratic Services Manager", "Annually", "Green",
         "Module delivered in September 2024; next session September 2025."],
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "Status key: Complete | On track (Green) | Amber - delayed | "
              "Red - not achievable | Not started"]
    path = os.path.join(HERE, "cw2-st-albans-cdc-scrutiny-review-recommendations-tracker.txt")
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ------------------------------------------------------------ 7 Central Beds refuse xlsx
def centralbeds():
    wb = Workbook()
    ws = wb.active
    ws.title = "HP Action Plan 24-25"
    ws["A1"] = "Central Bedfordshire Health Protection Assurance Action Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Reporting to: Health Protection Board / Health and Wellbeing Board"
    hdr = ["No.", "Action", "Lead", "Partners", "Timescale", "RAG", "Progress"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
    rows = [
        ("1. Immunisation and vaccination",),
        ("1.1", "Deliver targeted MMR catch-up sessions in the three GP practices with the "
         "lowest second-dose uptake.", "Consultant in Public Health", "ICB, UKHSA",
         "Mar-25", "Green", "Two of three practices have run sessions."),
        ("1.2", "Agree a joint flu and COVID-19 communications plan for winter with the ICB.",
         "Public Health Principal (Health Protection)", "ICB, Comms", "October 2024",
         "Complete", "Plan agreed and campaign launched 1 October."),
        ("2. Screening",),
        ("2.1", "Review uptake of bowel screening by ward and target community outreach to the "
         "lowest areas.", "Public Health Principal (Health Protection)", "NHS England",
         "Febuary 2025", "Amber", "Ward data received; outreach partner being procured."),
        ("2.2", "Report screening inequalities to the Health Protection Board twice a year.",
         "Consultant in Public Health", "NHS England", "Six-monthly", "Green",
         "First report July 2024."),
        ("3. Outbreak management and infection prevention",),
        ("3.1", "Refresh the Local Outbreak Management Plan and test it through a tabletop "
         "exercise.", "Emergency Planning Manager", "UKHSA, BLMK LRF", "31/12/2024", "Green",
         "Exercise date set for 3 December."),
        ("3.2", "Provide IPC training for care homes with repeat outbreaks.", "IPC Nurse Lead",
         "Care homes, ICB", "Ongoing", "Green", "Six homes trained this year."),
    ]
    r = 5
    for row in rows:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).fill = fill("E4DFEC")
        else:
            for col, v in enumerate(row, 1):
                c = ws.cell(r, col, v)
                c.border = BOX
                c.alignment = WRAP
            key = {"Green": "G", "Amber": "A", "Red": "R", "Complete": "B"}.get(row[5])
            if key:
                ws.cell(r, 6).fill = fill(FILL[key])
        r += 1
    for col, w in zip("ABCDEFG", (34, 55, 30, 20, 14, 10, 45)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(
        HERE, "cw2-central-bedfordshire-health-protection-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    gmfrs()
    accord()
    cherwell()
    rbwm()
    dacorum()
    stalbans()
    centralbeds()
