"""Generator for the di2- cases of heldout147 (plans outside children's services)."""
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
P = lambda n: os.path.join(HERE, n)

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "hdr": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def hdr_row(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["hdr"]
        c.alignment = WRAP
        c.border = BOX


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


# ---------------------------------------------------------------- 1 Abri (xlsx)
def abri():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws.merge_cells("A1:H1")
    ws["A1"] = "Abri – Housing Ombudsman Special Investigation Report: Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = ("Our response to the Ombudsman's special report (published October 2024). "
                "Position at 31 March 2025, reported to the Customer Experience Committee.")
    ws["A2"].alignment = WRAP
    hdr_row(ws, 4, ["Ref", "Ombudsman recommendation", "Our action", "Lead",
                    "Original target date", "Revised target date", "RAG", "Progress update"])
    recs = [
        ("Recommendation 1: Review its approach to reports of damp and mould so that every "
         "report is inspected and a course of action agreed with the resident.", [
            ("1.1", "Introduce a single damp and mould triage process with inspection within 10 working days of the first report.",
             "Director of Property Services", d(2024, 12, 31), None, "Complete",
             "Triage live from 2 December 2024. 96% of new reports inspected within 10 working days in Q4."),
            ("1.2", "Train all repairs operatives and surveyors in identifying damp, mould and condensation and recording root causes.",
             "Head of Repairs", d(2025, 1, 31), d(2025, 5, 31), "At risk",
             "212 of 260 staff trained. Remaining sessions rescheduled because of winter demand; revised date agreed by committee."),
            ("1.3", "Carry out a follow-up visit six weeks after works are completed to confirm the issue is resolved.",
             "Head of Repairs", d(2025, 3, 31), None, "On track",
             "Follow-up calls in place; visits being scheduled through the new appointment system from April."),
        ]),
        ("Recommendation 2: Improve its record keeping so that staff can see the full history "
         "of repairs and contact for each home.", [
            ("2.1", "Complete the data cleanse of open repairs on the housing management system and close duplicate jobs.",
             "Head of Data & Insight", d(2025, 2, 28), None, "Complete",
             "4,318 duplicate or orphaned jobs closed. Weekly exception report now produced."),
            ("2.2", "Link the contact centre CRM to the repairs system so the case history is visible at first contact.",
             "Head of Data & Insight / Head of Customer Contact", d(2025, 9, 30), None, "On track",
             "Supplier appointed; interface testing planned for July 2025."),
        ]),
        ("Recommendation 3: Review its complaint handling so that responses are issued within "
         "the Complaint Handling Code timescales.", [
            ("3.1", "Recruit four additional complaint resolution officers and introduce a weekly case review.",
             "Head of Customer Resolution", d(2024, 11, 30), None, "Complete",
             "All posts filled in November 2024. Stage 1 responses within 10 working days rose from 61% to 88%."),
            ("3.2", "Publish a self-assessment against the Complaint Handling Code and an annual complaints performance report.",
             "Head of Customer Resolution", d(2025, 6, 30), None, "On track",
             "Self-assessment drafted and shared with the resident scrutiny panel for challenge."),
            ("3.3", "Review compensation policy so that awards reflect time, trouble and distress.",
             "Head of Customer Resolution", d(2025, 1, 31), d(2025, 4, 30), "Off track",
             "Policy paper deferred by the Executive Team pending the outcome of the budget review."),
        ]),
        ("Recommendation 4: Ensure it records and acts on the vulnerabilities of residents.", [
            ("4.1", "Launch the 'Know Your Residents' tenancy visits to update household and vulnerability data for every home.",
             "Director of Housing", "Ongoing", None, "On track",
             "6,140 visits completed this year; programme continues on a three-year cycle."),
        ]),
    ]
    r = 5
    for rec, acts in recs:
        start = r
        for ref, act, lead, due, rev, rag, upd in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "mmm-yy"
            c = ws.cell(row=r, column=6, value=rev)
            if rev:
                c.number_format = "mmm-yy"
            c = ws.cell(row=r, column=7, value=rag)
            c.fill = FILL[{"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}[rag]]
            ws.cell(row=r, column=8, value=upd)
            for col in range(1, 9):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BOX
            r += 1
        ws.cell(row=start, column=2, value=rec).alignment = WRAP
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=2, value="RAG key").font = Font(bold=True)
    for word, col in [("Complete", "blue"), ("On track", "green"),
                      ("At risk", "amber"), ("Off track", "red")]:
        r += 1
        ws.cell(row=r, column=2, value=word).fill = FILL[col]
        ws.cell(row=r, column=3, value={
            "Complete": "Action completed and evidence provided",
            "On track": "Progressing and expected to meet the target date",
            "At risk": "Some slippage; target date at risk",
            "Off track": "Target date will not be met without intervention"}[word])
    for col, w in zip("ABCDEFGH", [7, 40, 48, 26, 13, 13, 11, 55]):
        ws.column_dimensions[col].width = w
    wb.save(P("di2-abri-housing-ombudsman-special-report-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 AWP CQC (docx)
def awp():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Avon and Wiltshire Mental Health Partnership NHS Trust – CQC Inspection Action Plan", level=1)
    doc.add_paragraph("Core service: Acute wards for adults of working age and psychiatric intensive care units")
    doc.add_paragraph(
        "The Care Quality Commission carried out an unannounced inspection of our acute and PICU "
        "wards in October 2024. The report identified three actions the Trust must take to comply "
        "with its legal obligations and three actions it should take to improve. This plan sets out "
        "how we will respond; progress is monitored monthly by the Quality and Safety Committee.")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.4"), ("Date", "14 April 2025"),
                                ("Owner", "Director of Nursing and Quality"),
                                ("Approved by", "Quality and Safety Committee"),
                                ("Next review", "May 2025")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    doc.add_paragraph()
    cols = ["Ref", "CQC finding", "Action", "Lead", "Due date", "Status"]
    rows = [
        ("section", "Must do actions (Regulation breaches)"),
        ("MD1", "The trust must ensure that staff complete and record physical health observations after rapid tranquillisation. (Reg 12)",
         "Introduce the electronic NEWS2 observation chart on all acute and PICU wards with an automatic prompt after rapid tranquillisation.",
         "Modern Matron, Acute Inpatients", "31/01/2025", "Blue"),
        ("MD2.1", "The trust must ensure that ligature risk assessments are up to date and that staff know the mitigations for each ward. (Reg 12)",
         "Complete annual ligature risk assessments for all 14 wards and share the heat maps at safety huddles.",
         "Head of Estates / Ward Managers", "28/02/2025", "Blue"),
        ("MD2.2", None,
         "Audit staff knowledge of ligature mitigations monthly for six months and report results to the Quality and Safety Committee.",
         "Head of Nursing, Acute Care", "31/07/2025", "Green"),
        ("MD3", "The trust must ensure that there are enough suitably qualified staff on each shift. (Reg 18)",
         "Recruit to registered nurse vacancies on Silver Birch and Ashdown wards and review the safer staffing establishment.",
         "Deputy Director of Nursing", "30/09/2025", "Amber"),
        ("section", "Should do actions"),
        ("SD1", "The trust should ensure that patients are involved in writing their care plans.",
         "Relaunch the 'My Care Plan' template co-produced with the Service User Network and audit its use quarterly.",
         "Dr Helen Marsh", "30/06/2025", "Green"),
        ("SD2", "The trust should ensure that staff receive regular supervision.",
         "Set a supervision compliance target of 85% and report ward-level compliance through the monthly performance dashboard.",
         "Ward Managers", "31/03/2025", "Blue"),
        ("SD3.1", "The trust should ensure that discharge planning starts on admission.",
         "Add an expected date of discharge and discharge co-ordinator to the admission checklist.",
         "Clinical Lead, Patient Flow", "31/05/2025", "Green"),
        ("SD3.2", None,
         "Hold a weekly multi-agency discharge meeting with local authority partners for patients who are clinically ready for discharge.",
         "Clinical Lead, Patient Flow; Head of Social Work", "Ongoing", "Green"),
    ]
    tab = doc.add_table(rows=1, cols=6)
    tab.style = "Table Grid"
    for i, c in enumerate(cols):
        tab.rows[0].cells[i].text = c
        tab.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(tab.rows[0].cells[i], "D9D9D9")
    prev_find_cell = None
    for row in rows:
        cells = tab.add_row().cells
        if row[0] == "section":
            m = cells[0].merge(cells[5])
            m.text = row[1]
            m.paragraphs[0].runs[0].bold = True
            shade(m, "DEEAF6")
            continue
        ref, find, act, lead, due, st = row
        cells[0].text = ref
        if find is None:
            prev_find_cell.merge(cells[1])
        else:
            cells[1].text = find
            prev_find_cell = cells[1]
        cells[2].text = act
        cells[3].text = lead
        cells[4].text = due
        cells[5].text = st
        shade(cells[5], {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}[st])
    doc.add_paragraph()
    doc.add_paragraph("Status key: Blue – complete and evidenced; Green – on track; "
                      "Amber – some slippage, recovery plan in place; Red – off track.")
    doc.save(P("di2-avon-wiltshire-mhp-cqc-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------- 3 Thurrock ASC (xlsx)
def thurrock():
    wb = Workbook()
    ws = wb.active
    ws.title = "ASC Peer Challenge Plan"
    ws.merge_cells("A1:H1")
    ws["A1"] = "Thurrock Council – Adult Social Care Preparation for Assurance Peer Challenge: Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "LGA peer challenge on site 5–7 March 2024. Updated for Health and Wellbeing Overview and Scrutiny Committee, January 2025."
    hdr_row(ws, 4, ["No.", "Peer challenge recommendation", "Actions", "Lead officer",
                    "Timescale", "Previous RAG", "Current RAG", "Update"])
    data = [
        ("Theme 1: Working with people", [
            ("1.1", "Reduce the waiting list for Care Act assessments.",
             "Establish a dedicated assessment hub to clear assessments waiting more than 28 days.",
             "Strategic Lead, Adult Social Care Operations", d(2024, 9, 30), "A", "B",
             "Hub operated June–September 2024; waiting list reduced from 412 to 96."),
            ("1.2", None,
             "Introduce a weekly waiting list review with risk rating of every person waiting.",
             "Team Managers (Locality)", d(2025, 3, 31), "G", "G",
             "Risk rating tool embedded; weekly review minutes held on SharePoint."),
            ("1.3", "Strengthen support for unpaid carers.",
             "Refresh the carers' strategy with Thurrock Carers and increase the number of carers' assessments completed.",
             "Commissioning Manager – Carers", d(2025, 6, 30), "R", "A",
             "Strategy consultation closed in December; assessment numbers still below target."),
        ]),
        ("Theme 2: Providing support", [
            ("2.1", "Develop a market position statement that reflects future demand.",
             "Publish an updated market position statement and hold two provider engagement events.",
             "Assistant Director, Commissioning", d(2025, 4, 30), "A", "G",
             "Draft completed; provider events booked for February and March."),
            ("2.2", "Make better use of reablement to maximise independence.",
             "Extend Joint Reablement Team hours to 8pm and accept referrals from the community.",
             "Service Manager, Reablement", d(2025, 1, 31), "G", "B",
             "Extended hours live from 6 January 2025."),
        ]),
        ("Theme 3: Ensuring safety", [
            ("3.1", "Improve the timeliness of safeguarding enquiries.",
             "Introduce a safeguarding triage rota and audit 20 enquiries each quarter.",
             "Principal Social Worker / Safeguarding Adults Manager", "Ongoing", "A", "A",
             "Quarterly audits in place; timeliness improving but not yet at target."),
        ]),
        ("Theme 4: Leadership", [
            ("4.1", "Build a shared understanding of performance across the service.",
             "Launch a monthly ASC performance dashboard and performance clinic chaired by the DASS.",
             "Director of Adults, Housing and Health", d(2024, 12, 31), "G", "B",
             "Dashboard launched November 2024; clinics held monthly."),
        ]),
    ]
    r = 5
    rag_fill = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    for theme, acts in data:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = FILL["band"]
        r += 1
        start = r
        for no, rec, act, lead, ts, prev, cur, upd in acts:
            ws.cell(row=r, column=1, value=no)
            if rec:
                ws.cell(row=r, column=2, value=rec)
                start = r
            else:
                ws.merge_cells(start_row=start, start_column=2, end_row=r, end_column=2)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=ts)
            if isinstance(ts, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6, value=prev).fill = FILL[rag_fill[prev]]
            ws.cell(row=r, column=7, value=cur).fill = FILL[rag_fill[cur]]
            ws.cell(row=r, column=8, value=upd)
            for col in range(1, 9):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BOX
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key: B = Complete   G = On track   A = Some risk to delivery   R = Off track / not yet started")
    for col, w in zip("ABCDEFGH", [6, 38, 50, 30, 12, 10, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.save(P("di2-thurrock-asc-lga-peer-challenge-action-plan.xlsx"))


# ---------------------------------------------------------------- 4 Thames Valley custody (xlsx, refuse)
def tvp():
    wb = Workbook()
    ws = wb.active
    ws.title = "Custody Action Plan"
    ws["A1"] = "Thames Valley Police – Joint Inspection of Police Custody: Recommendations Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "HMICFRS / CQC unannounced inspection, July 2024. Owner: Head of Criminal Justice. Reviewed at Custody Governance Board."
    hdr_row(ws, 4, ["Rec No.", "Area", "Recommendation / area for improvement", "Action",
                    "Owner", "Due", "Status", "Update"])
    rows = [
        ("R1", "Leadership, accountability and partnerships",
         "The force should ensure that custody performance data is used to identify and address disproportionality.",
         "Add ethnicity and age breakdowns to the monthly custody performance pack and review at the Custody Governance Board.",
         "Supt R. Khan", "March 2025", "Complete", "Breakdown added from the December pack."),
        ("R2", "Pre-custody: first point of contact",
         "The force should ensure that children are only brought into custody when necessary.",
         "Review all child detentions weekly and share learning with response teams.",
         "Ch Insp L. Morgan", "June 2025", "Green", "Weekly review in place since January."),
        ("R3", "In the custody suite: booking in",
         "Detainees' privacy should be protected during booking in.",
         "Install privacy screens at the booking-in desks at Abingdon and Milton Keynes.",
         "Estates Project Manager", "September 2025", "Amber", "Quotes received; works depend on capital budget approval."),
        ("R4", "In the custody suite: booking in",
         "Risk assessments should take account of all known information about the detainee.",
         "Refresher training for all custody sergeants on the risk assessment and PNC warning markers.",
         "Custody Training Lead", "Ocotber 2025", "Green", "Training package written; sessions start in May."),
        ("R5", "In the custody cell, safeguarding and healthcare",
         "Cells should be clean and free of graffiti and ligature points.",
         "Complete a cell condition audit of all suites and add findings to the estates works programme.",
         "Custody Inspector (Estates)", "July 2025", "Green", "Audit of five of eight suites complete."),
        ("R6", "Release and transfer from custody",
         "Detainees should be released safely with appropriate support and referral.",
         "Introduce a pre-release risk assessment prompt and leaflet with local support services.",
         "Ch Insp L. Morgan", "December 2025", "Not started", "Scheduled after the custody system upgrade."),
    ]
    fills = {"Complete": "blue", "Green": "green", "Amber": "amber"}
    for i, row in enumerate(rows):
        r = 5 + i
        for col, v in enumerate(row, 1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
        if row[6] in fills:
            ws.cell(row=r, column=7).fill = FILL[fills[row[6]]]
    for col, w in zip("ABCDEFGH", [8, 28, 45, 50, 24, 14, 12, 45]):
        ws.column_dimensions[col].width = w
    wb.save(P("di2-thames-valley-police-custody-inspection-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 5 Braintree CPC (docx)
def braintree():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Braintree District Council – LGA Corporate Peer Challenge 2024: Action Plan", level=1)
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge at the Council in "
        "June 2024. The peer team made seven recommendations. The actions below were agreed by "
        "Cabinet on 16 September 2024 and progress is reported to the Governance and Audit Committee. "
        "This update is at February 2025.")
    cols = ["Ref", "Action", "Lead", "Timescale", "Status", "Progress"]
    recs = [
        ("Recommendation 1: Refresh the corporate strategy and make the Council's priorities clearer to residents and partners", [
            ("1a", "Develop a new Corporate Strategy 2025–2029 informed by a residents' survey and member workshops.",
             "Corporate Director (Strategy)", "March 2025", "On track",
             "Residents' survey closed with 2,100 responses; draft strategy to Full Council in March."),
            ("1b", "Publish a quarterly performance report against the strategy's priorities.",
             "Head of Governance", "June 2025", "Not started", "Will begin once the strategy is adopted."),
        ]),
        ("Recommendation 2: Develop a medium-term financial plan that closes the budget gap from 2026/27", [
            ("2a", "Agree a savings and income programme of £3.2m over three years, with business cases for each proposal.",
             "Director of Resources / Head of Finance", "February 2025", "Complete",
             "Programme agreed as part of the 2025/26 budget setting on 24 February 2025."),
        ]),
        ("Recommendation 3: Strengthen the relationship between members and officers", [
            ("3a", "Refresh the member/officer protocol and deliver joint workshops for Cabinet and the Management Board.",
             "Monitoring Officer", "December 2024", "Complete", "Protocol adopted by Council in December 2024."),
            ("3b", "Introduce a member development programme including mentoring for newly elected members.",
             "Cllr Tom Cunningham and Democratic Services Manager", "Ongoing", "On track",
             "Programme running; eight members have taken up mentoring."),
        ]),
        ("Recommendation 4: Build organisational capacity to deliver the Council's growth ambitions", [
            ("4a", "Complete a workforce plan for the planning and economic development services, including a grow-your-own scheme.",
             "Head of HR and Organisational Development", "April 2025", "On track",
             "Two planning apprentices recruited; workforce plan in draft."),
            ("4b", "Set up a programme management office to oversee the major regeneration projects.",
             "Chief Executive", "September 2025", "Not started", "Options appraisal under way."),
        ]),
    ]
    tab = doc.add_table(rows=1, cols=6)
    tab.style = "Table Grid"
    for i, c in enumerate(cols):
        tab.rows[0].cells[i].text = c
        tab.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(tab.rows[0].cells[i], "BDD7EE")
    stfill = {"Complete": "00B0F0", "On track": "92D050", "Not started": "FFFFFF"}
    for rec, acts in recs:
        cells = tab.add_row().cells
        m = cells[0].merge(cells[5])
        m.text = rec
        m.paragraphs[0].runs[0].bold = True
        shade(m, "F2F2F2")
        for ref, act, lead, ts, st, prog in acts:
            cells = tab.add_row().cells
            for i, v in enumerate([ref, act, lead, ts, st, prog]):
                cells[i].text = v
            shade(cells[4], stfill[st])
    doc.add_paragraph()
    doc.add_paragraph("Progress on the plan will be revisited by the LGA at the six-month check-in.")
    doc.save(P("di2-braintree-dc-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 6 Chelmsford audit tracker (csv)
def chelmsford():
    hdr = ["Audit", "Year", "Rec No", "Priority", "Recommendation", "Agreed Action",
           "Responsible Officer", "Original Due Date", "Revised Due Date", "RAG", "Comments"]
    rows = [
        ["Council Tax and NNDR", "2023/24", "1", "Medium",
         "Reconciliations between the Council Tax system and the valuation list should be completed and signed off monthly.",
         "Monthly reconciliation to be completed by the Senior Revenues Officer and independently reviewed by the Revenues Manager.",
         "Revenues and Benefits Manager", "31/03/2024", "", "Complete", "Reconciliations evidenced for April to September."],
        ["Council Tax and NNDR", "2023/24", "2", "Low",
         "Write-offs above £5,000 should be approved in line with the Financial Rules.",
         "Write-off procedure updated and approval levels built into the system workflow.",
         "Revenues and Benefits Manager", "30/06/2024", "30/11/2024", "Complete", "Workflow live from November."],
        ["Cyber Security", "2023/24", "1", "High",
         "Multi-factor authentication should be enforced for all remote access accounts.",
         "Enforce MFA for all staff and member accounts; exceptions to be approved by the SIRO.",
         "Head of Digital Services", "31/05/2024", "", "Complete", ""],
        ["Cyber Security", "2023/24", "2", "Medium",
         "The ICT disaster recovery plan should be tested at least annually.",
         "Full DR test to be scheduled with the data centre provider and results reported to the Audit and Risk Committee.",
         "Head of Digital Services", "31/10/2024", "31/03/2025", "Amber",
         "Test booked for March 2025 after the provider postponed the October date."],
        ["Cyber Security", "2023/24", "3", "Medium",
         "Leavers' network accounts should be disabled on their last working day.",
         "HR to send a weekly leavers report to the Service Desk; monthly check of dormant accounts.",
         "HR Manager; ICT Service Desk Manager", "31/07/2024", "", "Green", "Weekly report in place; first dormant account check due."],
        ["Temporary Accommodation", "2024/25", "1", "High",
         "Placements in nightly-paid accommodation should be reviewed every 28 days.",
         "Introduce a 28-day review diary for every placement and report overdue reviews to the Housing Options Manager.",
         "Housing Options Manager", "31/12/2024", "", "Red",
         "Reviews not yet consistently recorded due to caseload pressures; recovery plan agreed in January."],
        ["Temporary Accommodation", "2024/25", "2", "Medium",
         "Invoices from accommodation providers should be checked against booking records before payment.",
         "Three-way match between booking, occupancy and invoice introduced in the finance system.",
         "Housing Options Manager / Principal Accountant", "31/03/2025", "", "Green", "Testing with two largest providers."],
        ["Procurement", "2024/25", "1", "Medium",
         "The contracts register should be complete and published quarterly in line with the Transparency Code.",
         "Service managers to confirm contracts quarterly; register to be published on the website.",
         "Procurement Manager", "30/04/2025", "", "Green", ""],
    ]
    with open(P("di2-chelmsford-cc-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        w.writerows(rows)


# ---------------------------------------------------------------- 7 Maldon scrutiny (txt)
def maldon():
    lines = [
        "Maldon District Council - Private Sector Housing Standards Task and Finish Review: Recommendations Tracker",
        "Overview and Scrutiny Committee - update March 2025",
        "",
        "\t".join(["Rec", "Scrutiny recommendation", "Cabinet response", "Action", "Lead Officer",
                   "Target Date", "Status", "Update"]),
    ]
    recs = [
        ("1", "That the Council adopts a Private Sector Housing Enforcement Policy setting out its approach to civil penalties.", "Accepted",
         "Draft and consult on a Private Sector Housing Enforcement Policy including a civil penalty matrix.",
         "Environmental Health Manager", "Nov-24", "Complete", "Policy adopted by Cabinet 21 November 2024."),
        ("2", "That officers run a proactive inspection programme for houses in multiple occupation.", "Accepted",
         "Identify unlicensed HMOs using council tax and benefits data and inspect the highest-risk properties.",
         "Senior Environmental Health Officer", "Mar-25", "On track", "38 properties identified; 22 inspected."),
        ("3", "That damp and mould guidance is sent to all private tenants known to the Council.", "Accepted in part",
         "Publish damp and mould guidance on the website and include it with housing benefit correspondence.",
         "Communications Manager", "Jan-25", "Complete", "Guidance published and included in mailings since January."),
        ("4", "That the Council explores a landlord accreditation scheme with neighbouring authorities.", "Accepted",
         "Report options for a joint accreditation scheme with Chelmsford and Braintree to the Committee.",
         "Director of Service Delivery", "Sep-25", "Amber", "Initial discussions held; partner capacity limited until after May."),
        ("5", "That the Committee receives six-monthly performance data on housing complaints and enforcement.", "Accepted",
         "Add private sector housing complaints and enforcement indicators to the six-monthly performance report.",
         "Performance and Data Officer", "Six-monthly", "On track", "First report to Committee in April 2025."),
    ]
    for rec in recs:
        lines.append("\t".join(rec))
    lines += ["", "Status: Complete / On track / Amber (some delay) / Red (not progressing)"]
    with open(P("di2-maldon-dc-scrutiny-private-sector-housing-review-recommendations-tracker.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    abri(); awp(); thurrock(); tvp(); braintree(); chelmsford(); maldon()
