"""Generator for the ck2- blind cases (plans outside children's services)."""
import csv
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

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "HDR": "1F3864", "BAND": "D9E1F2", "GREY": "D9D9D9",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def p(*parts):
    return os.path.join(HERE, *parts)


# ---------------------------------------------------------------- 1 police PEEL
def herts_peel():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Tracker"
    ws["A1"] = "Hertfordshire Constabulary – PEEL 2023–25 Areas for Improvement: Progress Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Owner: Deputy Chief Constable   |   Reported to: Force Inspection and Audit "
                "Board   |   Position as at 14/03/2025")
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for improvement (HMICFRS)", "Action", "Action owner", "Target date",
           "Revised date", "Previous RAG", "Current RAG", "Progress update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["HDR"])
        cell.alignment = WRAP
        cell.border = BOX
    rows = [
        ("H", "Investigating crime"),
        ("A", "1.1", "The force should make sure that investigations are supervised effectively and that supervisory reviews are recorded on the crime record.",
         "Introduce a minimum standard for supervisory reviews on Athena at 7 and 28 days, with compliance reported monthly to the Crime Standards Board.",
         "D/Supt Crime Standards", D(2024, 9, 30), D(2024, 12, 31), "A", "G",
         "Standard published in Force Orders October 2024. Compliance at 81% in February against a 90% target; district dip sampling continues."),
        ("A", "1.2", None,
         "Deliver investigative supervision training to all newly promoted sergeants in local policing.",
         "Head of Learning & Development", D(2025, 3, 31), None, "G", "B",
         "Three cohorts trained (64 sergeants). Input now part of the promotion pathway."),
        ("A", "1.3", "The force should make sure it complies with the Victims' Code, recording victim needs assessments and the reasons when victims withdraw support for an investigation.",
         "Make the Victim Needs Assessment a mandatory field on the Athena crime report before a crime can be allocated.",
         "Ch Insp Crime Bureau / Head of IT", D(2024, 11, 30), None, "A", "A",
         "Change request raised with the Athena consortium; release date not yet confirmed. Interim manual check by the Crime Bureau in place."),
        ("A", "1.4", None,
         "Dip-sample 50 outcome 16 crimes each month to check that the victim's withdrawal of support is evidenced.",
         "Force Crime Registrar", "Monthly", None, "G", "G",
         "Sampling started in July 2024. Results feed into the district performance packs."),
        ("H", "Protecting vulnerable people"),
        ("A", "2.1", "The force should improve how it manages the risk posed by registered sex offenders, and reduce the number of overdue visits.",
         "Recruit six additional MOSOVO officers and clear the backlog of overdue home visits.",
         "DCI Public Protection", D(2024, 10, 31), D(2025, 4, 30), "R", "A",
         "Four of six posts filled. Overdue visits down from 118 to 37; remaining posts advertised in January."),
        ("A", "2.2", None,
         "Introduce quality assurance of ARMS assessments by the PPU Detective Inspector, with a quarterly report to the Vulnerability Board.",
         "DI Public Protection Unit", "Q4 2024/25", None, "A", "G",
         "First quarterly QA report presented in January 2025."),
        ("H", "Building, supporting and protecting the workforce"),
        ("A", "3.1", "The force should make sure it understands the wellbeing needs of its workforce and that occupational health referrals are dealt with promptly.",
         "Commission an independent review of occupational health capacity and referral waiting times.",
         "Head of People Services", D(2024, 7, 31), None, "G", "B",
         "Review completed and reported to the People Board in August 2024."),
        ("A", "3.2", None,
         "Run the force wellbeing survey and publish a wellbeing action plan in response.",
         "T/Supt Chris Doyle and Head of People Services", D(2025, 6, 30), None, None, "G",
         "Survey closed 28 February (52% response rate). Analysis under way."),
    ]
    r = 5
    afi_start = None
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = fill(FILL["BAND"])
            r += 1
            continue
        _, ref, afi, action, owner, tgt, rev, prev, cur, upd = row
        vals = [ref, afi, action, owner, tgt, rev, prev, cur, upd]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if isinstance(tgt, dt.datetime):
            ws.cell(row=r, column=5).number_format = "mmm-yy"
        if isinstance(rev, dt.datetime):
            ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
        for c, v in ((7, prev), (8, cur)):
            if v:
                ws.cell(row=r, column=c).fill = fill(FILL[v])
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
        if afi is not None:
            afi_start = r
        else:
            ws.merge_cells(start_row=afi_start, start_column=2, end_row=r, end_column=2)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    keys = [("R", "Off track – escalated to DCC"), ("A", "Slippage, recoverable within quarter"),
            ("G", "On track"), ("B", "Complete – evidence uploaded to HMICFRS monitoring portal")]
    for k, txt in keys:
        r += 1
        ws.cell(row=r, column=1, value=k).fill = fill(FILL[k])
        ws.cell(row=r, column=2, value=txt)
    for col, w in zip("ABCDEFGHI", (7, 45, 50, 24, 11, 12, 10, 10, 50)):
        ws.column_dimensions[col].width = w
    wb.save(p("ck2-hertfordshire-constabulary-peel-afi-tracker.xlsx"))


# ------------------------------------------------------ 2 housing complaints code
def southern_housing():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Southern Housing – Complaint Handling Code Self-Assessment 2024/25: Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Actions arising from the annual self-assessment against the Housing Ombudsman's "
                "Complaint Handling Code. Presented to the Customer Experience Committee, 19 November 2024.")
    ws.merge_cells("A2:I2")
    hdr = ["Action No.", "Code provision", "Code requirement", "Compliance", "Action required",
           "Responsible", "Target date", "Status", "Update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(FILL["GREY"])
        cell.border = BOX
        cell.alignment = WRAP
    status_fill = {"Complete": FILL["B"], "On track": FILL["G"], "At risk": FILL["A"],
                   "Overdue": FILL["R"], "Not started": None}
    rows = [
        ("S", "Section 2 – Exclusions"),
        ("A1", "2.3", "When a complaint is not accepted, landlords must explain the reasons to the resident and inform them of their right to escalate to the Ombudsman.", "Partial",
         "Add a standard 'complaint not accepted' letter to the CRM, including the Ombudsman's contact details.",
         "Complaints Manager", D(2024, 10, 31), "Complete", "Template live on Dynamics from 14 October 2024."),
        ("S", "Section 3 – Accessibility and awareness"),
        ("A2", "3.1", "Landlords must make it easy for residents to complain by providing different channels, and must consider their duties under the Equality Act 2010.", "Partial",
         "Publish the reasonable adjustments procedure and train frontline staff to record adjustments on the resident's profile.",
         "Head of Customer Resolution", "31/01/2025", "On track", "Procedure drafted and with the Resident Scrutiny Panel for comment. Training scheduled for January."),
        ("A3", "3.3", "Landlords must publicise the complaints policy and the Code in the places residents are likely to see them, including their website.", "Yes",
         "Refresh complaints pages on the website and add the policy to the resident app.",
         "Digital Services Manager", D(2025, 3, 31), "Not started", None),
        ("S", "Section 5 – Stage 1"),
        ("A4", "5.4", "Landlords must respond to the complaint within 10 working days of the complaint being acknowledged.", "No",
         "Recruit four additional Complaint Resolution Officers and introduce a daily triage huddle for new stage 1 cases.",
         "Director of Customer Experience", D(2024, 12, 31), "At risk", "Two officers in post; two posts re-advertised after an unsuccessful campaign. Stage 1 on time 71% in October."),
        ("A5", "5.6", "Landlords must address all points raised in the complaint and provide clear reasons for any decisions.", "Partial",
         "Introduce a quality checklist for stage 1 responses and monthly peer review of ten responses.",
         "Complaints Manager", "Ongoing", "On track", "Checklist in use since September. Peer review findings reported to the Complaints Panel."),
        ("S", "Section 8 – Putting things right and learning"),
        ("A6", "8.2", "Landlords must use complaints data and learning to drive service improvement.", "Partial",
         "Produce a quarterly learning-from-complaints report for the Executive Team, with agreed service actions tracked to completion.",
         "Learning & Improvement Lead", D(2024, 9, 30), "Overdue", "First report delayed by the CRM data migration; now due to Executive Team in December."),
        ("A7", "8.4", "Landlords must appoint a suitably senior lead person as accountable for complaint handling, and a member of the governing body to have lead responsibility.", "Yes",
         "Confirm the Member Responsible for Complaints and publish their role on the website.",
         "Company Secretary", D(2024, 8, 31), "Complete", "Board appointed the MRC at its July meeting; published 5 August."),
    ]
    r = 5
    for row in rows:
        if row[0] == "S":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = fill(FILL["HDR"])
            r += 1
            continue
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if isinstance(row[6], dt.datetime):
            ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
        sf = status_fill[row[7]]
        if sf:
            ws.cell(row=r, column=8).fill = fill(sf)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete (blue) · On track (green) · At risk (amber) · Overdue (red) · Not started (no colour)").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (9, 10, 45, 11, 45, 26, 12, 12, 45)):
        ws.column_dimensions[col].width = w
    wb.save(p("ck2-southern-housing-complaint-handling-code-self-assessment-action-plan.xlsx"))


# ------------------------------------------------------ 3 NHS CQC refuse
def lypft_cqc():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "Leeds and York Partnership NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "CQC inspection of acute wards for adults of working age and PICU (report published 2 August 2024) – Must Do / Should Do Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Must / Should", "CQC requirement", "Action", "Lead", "Completion date", "Status", "Evidence of completion"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(FILL["BAND"])
        cell.border = BOX
    rows = [
        ("MD1", "Must", "The trust must ensure that staff complete and record patient risk assessments following each incident of restraint (Reg 12).",
         "Update the post-incident review template on PARIS so a risk assessment review is prompted after every restraint.",
         "Head of Nursing – Acute Inpatients", D(2024, 10, 31), "Complete", "PARIS change live 21/10/2024; audit report Nov 2024"),
        ("MD2", "Must", "The trust must ensure that there are enough suitably qualified staff on each shift on Ward 5 (Reg 18).",
         "Implement the safer staffing escalation protocol and review establishment for Ward 5 at the Workforce Group.",
         "Clinical Service Manager", "Sepember 2024", "Complete", "Establishment review paper to Workforce Group"),
        ("MD3", "Must", "The trust must ensure that seclusion records are completed in line with the Mental Health Act Code of Practice (Reg 17).",
         "Monthly seclusion record audit by the MHL team, with findings fed back at ward managers' meeting.",
         "Mental Health Legislation Manager", D(2025, 1, 31), "On track", "Audit results Oct–Dec 2024"),
        ("SD1", "Should", "The trust should ensure that patients on the PICU have access to fresh air each day.",
         "Agree a garden access timetable for the PICU courtyard and record access on the daily activity log.",
         "Ward Manager PICU", D(2024, 12, 31), "On track", None),
        ("SD2", "Should", "The trust should ensure that care plans reflect patients' views.",
         "Relaunch the co-produced care planning training and add patient voice to the monthly care plan audit.",
         "Lead Nurse Quality", D(2025, 3, 31), "Not started", None),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if isinstance(row[5], dt.datetime):
            ws.cell(row=r, column=6).number_format = "mmmm yyyy"
        r += 1
    for col, w in zip("ABCDEFGH", (7, 9, 50, 50, 30, 16, 12, 35)):
        ws.column_dimensions[col].width = w
    wb.save(p("ck2-leeds-york-partnership-nhsft-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ------------------------------------------------------ docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ------------------------------------------------------ 4 CPC docx
def oxford_cpc():
    doc = Document()
    doc.add_heading("Oxford City Council – Corporate Peer Challenge Action Plan", level=1)
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge at the Council "
        "in June 2024. The peer team's feedback report made six recommendations. This action plan "
        "sets out how the Council will respond; progress will be reported to Cabinet every six "
        "months and to the LGA progress review in 2025.")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.2"), ("Date", "24 September 2024"),
                                ("Owner", "Head of Corporate Strategy"),
                                ("Approved by", "Cabinet, 16 October 2024")]):
        bold_cell(dc.cell(i, 0), k)
        dc.cell(i, 1).text = v
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["No.", "Action", "Lead officer", "Timescale", "RAG", "Progress / comments"]):
        bold_cell(t.rows[0].cells[c], h)
        shade(t.rows[0].cells[c], "BDD6EE")
    rag_col = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    plan = [
        ("Recommendation 1: Agree a clear, prioritised set of corporate priorities for the remainder of the Council Strategy period and align resources to them", [
            ("1.1", "Hold Cabinet and CMT away-day to agree the top priorities and the measures that will show progress.",
             "Chief Executive", "October 2024", "Complete", "Away-day held 3 October; priorities agreed."),
            ("1.2", "Refresh the Business Plan 2025/26 so that every service plan links to the agreed priorities.",
             "Head of Corporate Strategy", "Q4 2024/25", "Green", "Service planning guidance issued to heads of service in November."),
        ]),
        ("Recommendation 2: Continue to strengthen the medium-term financial plan, including a clear savings programme for 2025/26 onwards", [
            ("2.1", "Develop a three-year savings and income programme with named owners for each proposal.",
             "Director of Finance (s151 Officer)", "By 31 January 2025", "Amber", "£2.1m of £3.4m identified; remaining proposals with service areas."),
            ("2.2", "Review the business plans of the Council's wholly owned companies and agree dividend expectations.",
             "Director of Finance (s151 Officer) / Shareholder Liaison Officer", "Sept 2024 – March 2025", "Green", "Shareholder and Joint Venture Group reviewing ODS and OX Place plans."),
        ]),
        ("Recommendation 3: Strengthen member-officer relationships and clarify roles through a refreshed protocol", [
            ("3.1", "Refresh the Member-Officer Protocol with cross-party input and take it to Standards Committee.",
             "Monitoring Officer", "December 2024", "Green", "Draft discussed with group leaders 11 November."),
            ("3.2", "Deliver a member development programme on roles, governance and scrutiny.",
             "Democratic Services Manager", "Ongoing", "Green", "First two sessions delivered; attendance 28 of 48 councillors."),
        ]),
        ("Recommendation 4: Develop a joined-up approach with partners to the city's housing pressures", [
            ("4.1", "Establish a Housing Delivery Board with partners and registered providers, with agreed terms of reference.",
             "Executive Director (Development)", "March 2025", "Red", "Delayed while the Local Plan 2040 examination outcome is awaited."),
            ("4.2", "Publish a temporary accommodation reduction plan.",
             "Head of Housing Services", "Q1 2025/26", "Amber", "Data analysis complete; plan in drafting."),
        ]),
    ]
    for rec, acts in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        bold_cell(m, rec)
        shade(m, "F2F2F2")
        for a in acts:
            row = t.add_row()
            for c, v in enumerate(a):
                row.cells[c].text = v
            shade(row.cells[4], rag_col[a[4]])
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Green – on track; Amber – some risk to delivery; Red – off track; Complete – action delivered.")
    doc.save(p("ck2-oxford-city-council-corporate-peer-challenge-action-plan.docx"))


# ------------------------------------------------------ 5 SAR docx
def trafford_sar():
    doc = Document()
    doc.add_heading("Trafford Strategic Safeguarding Partnership", level=1)
    doc.add_heading("Safeguarding Adults Review – 'Mr L': Multi-Agency Action Plan", level=2)
    doc.add_paragraph(
        "This action plan responds to the five recommendations of the independent Safeguarding "
        "Adults Review into the death of Mr L, a 67-year-old man who self-neglected and had "
        "repeated contact with housing, primary care and the ambulance service. It is monitored by "
        "the SAR Sub-Group. Updated for the Adult Safeguarding Board, February 2025.")
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in enumerate(["Ref", "Recommendation", "Action", "Agency", "Lead", "Target date", "RAG / update"]):
        bold_cell(t.rows[0].cells[c], h)
        shade(t.rows[0].cells[c], "D9E2F3")
    colours = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    recs = [
        ("1", "The Partnership should seek assurance that the multi-agency self-neglect guidance is understood and used by frontline practitioners.", [
            ("Refresh the self-neglect and hoarding guidance, including a clear escalation route to a multi-agency risk meeting.",
             "Trafford Council", "Head of Adult Safeguarding", "31/12/2024", "Complete", "Guidance relaunched at the practitioner forum in December."),
            ("Deliver self-neglect briefings to housing, GP practice and ambulance staff, and evaluate the impact after three months.",
             "TSSP Business Unit", "Learning and Development Lead", "June 2025", "Green", "Four briefings held; 140 attendees."),
        ]),
        ("2", "Agencies should make sure that mental capacity is assessed and recorded when a person repeatedly declines care that would reduce risk.", [
            ("Add a capacity prompt to the district nursing care plan when care is declined twice.",
             "Manchester University NHS FT", "Named Nurse Safeguarding Adults", "28/02/2025", "Amber", "EPR change agreed; build delayed by system upgrade."),
            ("Audit 20 cases of declined care across adult social care for evidence of a recorded capacity assessment.",
             "Trafford Council", "Principal Social Worker", "April 2025", "Green", "Audit tool agreed at SAR Sub-Group."),
        ]),
        ("3", "Housing providers should share information about tenants at risk of self-neglect at the earliest opportunity.", [
            ("Agree an information sharing protocol between Trafford Housing Trust and adult social care for tenancy concerns linked to self-neglect.",
             "Trafford Housing Trust", "Head of Tenancy Services", "End of March 2025", "Red", "Draft protocol not yet agreed; escalated to the Board Chair."),
        ]),
        ("4", "The Partnership should be assured that people who frequently call the ambulance service are identified and referred for support.", [
            ("Report the frequent caller cohort for Trafford quarterly to the Partnership, with referrals made.",
             "North West Ambulance Service", "Safeguarding Practitioner", "Quarterly", "Green", "First report received January 2025."),
        ]),
        ("5", "The Partnership should share the learning from this review widely.", [
            ("Publish a seven-minute briefing and hold a learning event for practitioners.",
             "TSSP Business Unit", "Partnership Manager", "Nov-24", "Complete", "Briefing published; event held 21 November 2024."),
        ]),
    ]
    for num, rec, acts in recs:
        first = len(t.rows)
        for i, a in enumerate(acts, 1):
            row = t.add_row()
            row.cells[0].text = f"{num}.{i}"
            rag, upd = a[4], a[5]
            cell = row.cells[6]
            cell.text = ""
            run = cell.paragraphs[0].add_run(rag)
            run.bold = True
            cell.add_paragraph(upd)
            shade(cell, colours[rag])
            # restore agency/lead/date cells (columns 3..5)
            row.cells[2].text = a[0]
            row.cells[3].text = a[1]
            row.cells[4].text = a[2]
            row.cells[5].text = a[3]
        t.cell(first, 1).text = rec
        last = len(t.rows) - 1
        if last > first:
            c = t.cell(first, 1).merge(t.cell(last, 1))
            # merge appends the (empty) paragraphs of the lower cells; drop them
            for extra in c.paragraphs[1:]:
                extra._element.getparent().remove(extra._element)
    doc.add_paragraph("")
    doc.add_paragraph("Key: Red – not on track; Amber – some delay; Green – on track; Complete (blue) – action completed and evidenced.")
    doc.save(p("ck2-trafford-sab-sar-mr-l-action-plan.docx"))


# ------------------------------------------------------ 6 audit CSV
def purbeck_audit():
    path = p("ck2-purbeck-dc-internal-audit-recommendations-tracker.csv")
    hdr = ["Audit", "Year", "Assurance", "Rec No", "Priority", "Recommendation", "Agreed action",
           "Responsible officer", "Original due date", "Revised due date", "Status", "RAG", "Latest update"]
    rows = [
        ["Council Tax & NNDR", "2016/17", "Reasonable", "1", "3",
         "Reconciliations between the Council Tax system and the general ledger should be signed and dated by the preparer and reviewer.",
         "Reconciliation template amended to include sign-off boxes; monthly reconciliations to be reviewed by the Revenues Manager.",
         "Revenues Manager", "31/03/2017", "", "Complete", "B", "Evidence of signed reconciliations seen April-December 2017."],
        ["Council Tax & NNDR", "2016/17", "Reasonable", "2", "2",
         "Write-offs above £1,000 should be approved in line with the Financial Regulations.",
         "Write-off report to be taken to the Head of Finance quarterly for approval.",
         "Revenues Manager", "30/06/2017", "31/03/2018", "In progress", "A", "First quarterly report approved in October; Q3 report due January."],
        ["Procurement", "2016/17", "Partial", "1", "2",
         "A contracts register should be maintained and published in line with the Transparency Code.",
         "Create a corporate contracts register and publish it on the website quarterly.",
         "Procurement Officer", "30/09/2017", "", "Complete", "B", "Register published October 2017."],
        ["Procurement", "2016/17", "Partial", "2", "1",
         "Officers should obtain quotes in accordance with Contract Procedure Rules, and exemptions should be recorded.",
         "Issue a reminder to budget holders and introduce an exemptions log reviewed by the Monitoring Officer.",
         "Head of Finance / Monitoring Officer", "31/07/2017", "28/02/2018", "Overdue", "R", "Exemptions log set up but not yet in use by all services. Reminder to be reissued via Management Team."],
        ["Car Parks Income", "2017/18", "Reasonable", "1", "3",
         "Cash collections from pay and display machines should be reconciled to machine audit tickets.",
         "Reconciliation of machine tickets to banking to be completed weekly by the Parking Services team.",
         "Parking Services Manager", "Dec-17", "", "Complete", "B", "Weekly reconciliation in place from November."],
        ["Car Parks Income", "2017/18", "Reasonable", "2", "2",
         "Access to the car park cash room should be restricted and logged.",
         "Install key safe and access log for the cash room at Westport House.",
         "Facilities Manager", "31/01/2018", "", "On track", "G", "Key safe ordered; log in use from January."],
        [],
        ["Information Governance", "2017/18", "Partial", "1", "1",
         "The Council should complete its GDPR readiness action plan before 25 May 2018.",
         "Complete GDPR gap analysis, appoint a Data Protection Officer and update privacy notices.",
         "Monitoring Officer", "May 2018", "", "On track", "G", "DPO shared arrangement agreed with partner councils; privacy notices in drafting."],
        ["Information Governance", "2017/18", "Partial", "2", "2",
         "Records retention schedules should be reviewed and applied to electronic records.",
         "Review retention schedule with each service and set up automated deletion on the EDRMS.",
         "ICT Manager", "30/09/2018", "", "Not started", "", "Not yet due."],
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Purbeck District Council - Audit & Governance Committee - Internal Audit Recommendations Tracker - position at 31 January 2018"])
        w.writerow([])
        w.writerow(hdr)
        for r in rows:
            w.writerow(r)
        w.writerow([])
        w.writerow(["Priority: 1 = high, 2 = medium, 3 = low.  RAG: R = overdue, A = revised date agreed, G = on track, B = complete."])


# ------------------------------------------------------ 7 TXT tab export
def ynyca_vfm():
    path = p("ck2-york-north-yorkshire-ca-external-audit-vfm-recommendations-tracker.txt")
    hdr = ["ID", "Recommendation type", "Auditor's recommendation", "Management response / agreed action",
           "Responsible officer", "Due date", "Status", "Progress update"]
    rows = [
        ["1", "Key", "The Combined Authority should set a medium-term financial strategy with a clear plan to close the funding gap from 2026/27.",
         "Prepare a medium-term financial strategy 2025/26-2028/29 for approval by the Combined Authority Board alongside the budget.",
         "Chief Finance Officer", "28/02/2025", "Complete", "MTFS approved by the Board on 27 February 2025."],
        ["2", "Key", "The Combined Authority should set a medium-term financial strategy with a clear plan to close the funding gap from 2026/27.",
         "Develop a savings and income options appraisal for the 2026/27 gap.",
         "Chief Finance Officer; Head of Finance", "Q1 2025/26", "On track", "Options workshop held with the Mayor and portfolio holders in April."],
        ["3", "Improvement", "The Combined Authority should complete its assurance framework and make sure decision records are published promptly.",
         "Refresh the Local Assurance Framework and submit it to MHCLG.",
         "Monitoring Officer", "31/03/2025", "Complete", "Assurance framework agreed and published."],
        ["4", "Improvement", "The Combined Authority should complete its assurance framework and make sure decision records are published promptly.",
         "Introduce a decision-record publication standard of five working days and report compliance to the Audit and Governance Committee.",
         "Democratic Services Manager", "TBC", "Not started", "Dependent on the new committee management system."],
        ["5", "Improvement", "The Combined Authority should develop a workforce plan for its growing staff establishment.",
         "Produce a workforce plan covering recruitment, retention and the transfer of staff from the constituent councils.",
         "Head of HR and OD", "Sep-25", "Amber", "Workforce data gathered; plan delayed by the fire and police staff transfer work."],
        ["6", "Improvement", "The Combined Authority should strengthen its risk management arrangements.",
         "Refresh the risk management strategy and present the strategic risk register to each Audit and Governance Committee meeting.",
         "Head of Governance and Assurance", "Ongoing", "Green", "Strategic risk register now a standing item."],
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("York and North Yorkshire Combined Authority\n")
        f.write("External Audit 2023/24 - Value for Money recommendations: action tracker\n")
        f.write("Exported from SharePoint 12/05/2025\n")
        f.write("\n")
        f.write("\t".join(hdr) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    herts_peel()
    southern_housing()
    lypft_cqc()
    oxford_cpc()
    trafford_sar()
    purbeck_audit()
    ynyca_vfm()
    print("done")
