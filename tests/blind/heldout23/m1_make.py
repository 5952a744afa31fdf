import datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(OUT, n)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}.items()}
D = dt.datetime

# ---------- 1. ILACS progress update, RAG by fill only ----------
wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
ws["A1"] = "Cheshire East Council – Ofsted ILACS Action Plan: Progress Update May 2022"
ws["A1"].font = Font(bold=True, size=14)
hdr = ["Ref", "Action", "Lead Officer", "Target Date", "Progress Update", "RAG"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(3, i, h); c.font = Font(bold=True)
rows = [
    ("Recommendation 1: The quality and impact of management oversight and supervision of social work practice",),
    ("1.1", "Refresh the supervision policy and audit compliance with supervision frequency every quarter", "Head of Quality Assurance", D(2020, 6, 30), "Policy relaunched June 2020; quarterly audits in place", "B"),
    ("1.2", "Deliver management oversight training to all team managers and assistant team managers", "Principal Social Worker", D(2020, 9, 30), "82% of managers trained; final cohort booked", "G"),
    ("1.3", "Introduce a management oversight template on the case recording system", "LM/KB", D(2021, 3, 31), "Template built; go-live delayed by system upgrade", "A"),
    ("Recommendation 2: The consistency of the response to children who go missing from home or care",),
    ("2.1", "Ensure return home interviews are offered within 72 hours and recorded on the child's file", "Service Manager (Missing/CSE)", D(2020, 12, 31), "Timeliness 78% in April 2022", "G"),
    ("2.2", "Review missing episodes monthly at the Missing and Exploitation Panel", "Head of Safeguarding", "Ongoing", "Panel meeting monthly since January 2020", None),
    ("Recommendation 3: The timeliness of permanence planning for children in care",),
    ("3.1", "Track all children in care without a permanence plan at their second review", "Head of Children in Care and Care Leavers", D(2021, 1, 31), "Tracker not yet embedded across all teams", "R"),
    ("3.2", "Increase the number of in-house foster carers approved for permanence", "Director of Children's Social Care", D(2022, 3, 31), "12 new carers approved in 2021/22", "A"),
]
r = 4
for row in rows:
    if len(row) == 1:
        ws.cell(r, 1, row[0]).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    else:
        for i, v in enumerate(row[:5], 1):
            c = ws.cell(r, i, v)
            if isinstance(v, dt.datetime): c.number_format = "mmm-yy"
        if row[5]: ws.cell(r, 6).fill = FILL[row[5]]
    r += 1
r += 1
ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
for k, lab in [("B", "Complete"), ("G", "On track"), ("A", "Some slippage"), ("R", "Off track")]:
    ws.cell(r, 1).fill = FILL[k]; ws.cell(r, 2, lab); r += 1
for col, w in zip("ABCDEF", [8, 60, 30, 12, 45, 8]): ws.column_dimensions[col].width = w
wb.save(P("m1-cheshire-east-ilacs.xlsx"))

# ---------- 2. Audit recommendations tracker ----------
wb = Workbook(); ws = wb.active; ws.title = "Tracker Sept 22"
ws["A1"] = "Reading Borough Council"
ws["A2"] = "Implementation of Audit Recommendations Tracker – September 2022"
ws["A1"].font = ws["A2"].font = Font(bold=True)
hdr = ["No.", "Audit", "Priority", "Recommendation", "Management Response / Agreed Action", "Responsible Officer",
       "Original Implementation Date", "Revised Implementation Date", "% Complete", "RAG"]
for i, h in enumerate(hdr, 1): ws.cell(4, i, h).font = Font(bold=True)
rows = [
    (1, "Section 106", "High", "Reconciliation between Finance and Planning S106 records should be carried out quarterly.", "Finance and Planning will agree a quarterly reconciliation process and complete the first reconciliation.", "Assistant Director of Finance / Assistant Director of Planning", D(2022, 1, 31), "30/11/2022", 0.6, "Amber"),
    (2, "Section 106", "Medium", "Monitoring fees should be invoiced in line with the agreed schedule.", "Introduce a monthly check of S106 trigger points against invoices raised.", "Planning Manager", D(2022, 3, 31), None, 1.0, "Complete"),
    (3, "Payroll", "High", "Starters should not be paid without an authorised contract.", "Amend the payroll workflow so that no starter is set up without an authorised contract on file.", "Payroll and Pensions Manager", D(2022, 6, 30), "31/12/2022", 0.4, "Amber"),
    (4, "Payroll", "Medium", "Overtime claims should be approved by the budget holder.", "Remind budget holders of the overtime approval rules and sample check 20 claims each month.", "HR Business Partner", D(2022, 7, 31), None, 0.9, "Green"),
    (5, "Housing Rents", "High", "Former tenant arrears should be reviewed and written off where appropriate.", "Review all former tenant arrears over £1,000 and take write-off reports to the Executive Director.", "Rents Manager", D(2022, 4, 30), "31/10/2022", 0.2, "Red"),
    (6, "Housing Rents", "Low", "Direct debit mandates should be held for all tenants paying by direct debit.", "Scan and index all paper direct debit mandates to the tenancy file.", "Income Team Leader", D(2022, 9, 30), None, 0.5, "Amber"),
    (7, "Purchase Cards", "Medium", "Card limits should be reviewed against actual spend.", "Review all card limits annually and reduce limits where spend is below 50% of the limit.", "JY, DC", D(2022, 12, 31), None, 0.8, "Green"),
    (8, "Purchase Cards", "Medium", "Cardholders should sign the cardholder agreement before a card is issued.", "Obtain signed agreements from all existing cardholders and add the check to the card issue procedure.", "Procurement Manager", D(2023, 3, 31), None, 0.0, "Not started"),
]
for j, row in enumerate(rows):
    for i, v in enumerate(row, 1):
        c = ws.cell(5 + j, i, v)
        if isinstance(v, dt.datetime): c.number_format = "dd/mm/yyyy"
        if i == 9: c.number_format = "0%"
        c.alignment = Alignment(wrap_text=True, vertical="top")
ws.cell(14, 1, "RAG: up to 25% complete = Red; 26% to 75% = Amber; over 75% = Green. Recommendations less than 50% complete that have passed their agreed date are shown Red.")
for col, w in zip("ABCDEFGHIJ", [5, 16, 9, 45, 50, 30, 14, 14, 10, 10]): ws.column_dimensions[col].width = w
wb.save(P("m1-reading-audit-tracker.xlsx"))

# ---------- 3. ASC improvement plan (refuse: 0ct-25) ----------
wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
ws["A1"] = "Adult Social Care Improvement Plan 2025-26"
ws["A2"] = "Following the CQC Local Authority Assessment (report published 30 January 2025)"
ws["A1"].font = Font(bold=True, size=14)
hdr = ["Priority", "Quality Statement", "Action No.", "Action", "Action Owner", "Due", "Status"]
for i, h in enumerate(hdr, 1): ws.cell(4, i, h).font = Font(bold=True)
rows = [
    ("Priority 1: Reduce waiting times for assessment", "Assessing needs", "P1.1", "Triage everyone on the assessment waiting list and record a risk rating", "Head of Assessment and Care Management", "Jun-25", "Complete"),
    (None, None, "P1.2", "Clear the backlog of occupational therapy assessments over 12 weeks", "Principal Occupational Therapist", "Sep-25", "On track"),
    (None, None, "P1.3", "Introduce a monthly waiting list report to the ASC Leadership Team", "Head of Assessment and Care Management", "Mar-26", "On track"),
    ("Priority 2: Support for unpaid carers", "Supporting people to live healthier lives", "P2.1", "Recommission the carers' support service with carers on the evaluation panel", "Commissioning Manager (Carers)", "0ct-25", "Not started"),
    (None, None, "P2.2", "Offer every carer identified at assessment a carer's assessment within 28 days", "Carers Lead", "Dec-25", "Not started"),
    ("Priority 3: Preparing for adulthood", "Care provision, integration and continuity", "P3.1", "Agree a joint transitions protocol with Children's Services from age 14", "Head of Transitions", "Jan-26", "On track"),
]
for j, row in enumerate(rows):
    for i, v in enumerate(row, 1):
        ws.cell(5 + j, i, v).alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDEFG", [30, 25, 10, 55, 32, 10, 12]): ws.column_dimensions[col].width = w
wb.save(P("m1-bathnes-asc-cqc.xlsx"))

# ---------- docx helpers ----------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol); tcPr.append(s)
HEX = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
def table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row): cells[i].text = v or ""
    return t

# ---------- 4. SEND WSOA docx ----------
doc = Document()
doc.add_heading("Central Bedfordshire Local Area SEND Written Statement of Action", 0)
doc.add_paragraph("Central Bedfordshire Council and Bedfordshire, Luton and Milton Keynes CCG – March 2020")
doc.add_paragraph("Document control")
table(doc, ["Version", "Date", "Author", "Changes"], [
    ("0.1", "14/02/2020", "SEND Improvement Lead", "First draft for SNAP and partners"),
    ("1.0", "20/03/2020", "SEND Improvement Lead", "Final version submitted to Ofsted"),
])
doc.add_paragraph("")
doc.add_paragraph("RAG key")
kt = table(doc, ["Colour", "Meaning"], [("Blue", "Action complete"), ("Green", "On track"), ("Amber", "At risk of slipping"), ("Red", "Off track")])
for row in kt.rows[1:]: shade(row.cells[0], HEX[row.cells[0].text])
areas = [
    ("Area of weakness 1: Existing EHC plans are not of sufficient quality to ensure that the needs of children and young people are identified and met", [
        ("1a", "Audit a sample of 100 existing EHC plans using the agreed quality framework", "Head of SEND / Designated Clinical Officer", "By 31 March 2020", "Blue"),
        ("1b", "Review the EHC plans of all children moving to secondary school in September 2020", "SEND Team Manager", "Spring term 2020", "Green"),
        ("1c", "Deliver EHC plan writing training to SEND caseworkers and health professionals", "Jane Carter and Ravi Shah", "Sept 2020 – March 2021", "Amber"),
    ]),
    ("Area of weakness 2: Leaders do not have sufficient oversight of the quality of new EHC plans", [
        ("2a", "Establish a multi-agency EHC plan quality assurance panel", "Assistant Director, Education and SEND", "Monthly", "Green"),
        ("2b", "Report EHC plan audit findings to the SEND Partnership Board", "Head of SEND", "Termly", "Green"),
        ("2c", "Publish an annual EHC plan quality report on the Local Offer", "Head of SEND", "Autumn term 2020", ""),
    ]),
    ("Area of weakness 3: The Local Offer is not effective", [
        ("3a", "Co-produce a redesign of the Local Offer website with SNAP Parent Carer Forum", "Local Offer Manager; SNAP Chair", "End of July 2020", "Amber"),
        ("3b", "Launch a Local Offer awareness campaign in schools and GP surgeries", "Communications Lead", "w/c 14/09/20", "Blue"),
    ]),
]
for head, acts in areas:
    doc.add_heading(head, 1)
    t = table(doc, ["Ref", "What we will do", "Lead", "By when", "RAG"], acts)
    for row in t.rows[1:]:
        if row.cells[4].text: shade(row.cells[4], HEX[row.cells[4].text])
doc.add_heading("Sign-off", 1)
table(doc, ["Name", "Role", "Date"], [("Marcel Coiffait", "Director of Children's Services", "20/03/2020"), ("Patricia Davies", "Accountable Officer, CCG", "20/03/2020")])
doc.save(P("m1-central-beds-wsoa.docx"))

# ---------- 5. YJS HMIP improvement plan docx (merged cells) ----------
doc = Document()
doc.add_heading("Reading Youth Justice Service – HMIP Inspection Improvement Plan", 0)
doc.add_paragraph("Endorsed by the Reading Youth Justice Management Board and submitted to HMIP on 20 December 2024.")
doc.add_paragraph("Status: Complete (blue), On track (green), At risk (amber), Off track (red), Not started.")
hdr = ["No.", "Recommendation", "Action", "Owner", "Timescale", "Progress", "Status"]
t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
for i, h in enumerate(hdr): t.rows[0].cells[i].text = h
plan = [
    ("The Reading Youth Justice Service manager should:", [
        ("Ensure that quality assurance arrangements, oversight of practice and supervision arrangements consistently support staff and volunteer development.", [
            ("1.1", "Introduce monthly case audits by team managers with written feedback to practitioners", "YJS Manager", "January 2025", "First two audit cycles completed", "Complete"),
            ("1.2", "Put in place six-weekly recorded supervision for all staff and volunteers", "YJS Manager / Volunteer Coordinator", "31/03/2025", "Supervision schedule agreed", "On track"),
        ]),
        ("Ensure that assessing activity always considers how best to achieve safety for the child and the community.", [
            ("2.1", "Deliver AssetPlus safety and wellbeing training to all case managers", "Practice Lead (Training)", "Q4 2024/25", "Two of three sessions delivered", "On track"),
            ("2.2", "Countersign all high risk assessments by a manager within five working days", "Team Manager", "Ongoing", "Countersignature rate 92%", "On track"),
        ]),
        ("Ensure that commensurate focus is given to the needs of victims.", [
            ("3.1", "Appoint a dedicated victim worker", "Head of Early Help", "February 2025\nRevised: May 2025", "First recruitment round unsuccessful", "Off track"),
        ]),
    ]),
    ("The Reading Youth Justice Management Board should:", [
        ("Ensure that the YJS is sufficiently resourced and structured to deliver high-quality interventions for children and victims.", [
            ("4.1", "Review the YJS staffing establishment and partner secondments", "Chair of YJ Management Board", "April 2025", "Health secondment still vacant", "At risk"),
            ("4.2", "Agree a pooled budget with police, health and probation partners", "DCS / Police Chief Superintendent", "Q1 2025/26", "", "Not started"),
        ]),
        ("Assure itself that the disproportionality action plan is used effectively across the partnership.", [
            ("5.1", "Report disproportionality data to every Management Board meeting", "YJS Performance Officer", "Quarterly", "Reported February 2025", "On track"),
        ]),
    ]),
]
for head, recs in plan:
    cells = t.add_row().cells
    m = cells[0].merge(cells[6]); m.text = head; m.paragraphs[0].runs[0].bold = True
    for rec, acts in recs:
        first = None
        for k, a in enumerate(acts):
            cells = t.add_row().cells
            cells[0].text = a[0]; cells[2].text = a[1]; cells[3].text = a[2]
            cells[4].text = a[3]; cells[5].text = a[4]; cells[6].text = a[5]
            if k == 0: first = cells[1]; first.text = rec
            else: first = first.merge(cells[1])
doc.save(P("m1-reading-yjs-hmip.docx"))

# ---------- 6. CSV audit agreed actions ----------
import csv
with open(P("m1-sefton-audit-actions.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Follow up of Audit Agreed Actions - position at 31 December 2023"])
    w.writerow([])
    w.writerow(["Audit Title", "Assurance", "Rec No", "Recommendation", "Agreed Action", "Action Owner", "Target Date", "Revised Target Date", "RAG"])
    for row in [
        ("Creditor Payments", "Limited", "CP01", "Duplicate payment checks should be run before each BACS run.", "Run the duplicate payment report before each BACS run and retain evidence of review.", "Hughes, Karen", "31/03/2023", "", "B"),
        ("Creditor Payments", "Limited", "CP02", "Changes to supplier bank details should be independently verified.", "Introduce call-back verification to a known supplier contact for all bank detail changes.", "Hughes, Karen", "30/06/2023", "31/01/2024", "G"),
        ("Creditor Payments", "Limited", "CP03", "Dormant supplier accounts should be closed.", "Close supplier accounts with no activity in the last 18 months.", "Accounts Payable Team Leader", "30/09/2023", "31/03/2024", "A"),
        ("Fleet Management", "Moderate", "FM01", "Fuel card transactions should be reconciled monthly.", "Reconcile fuel card transactions to vehicle mileage records each month.", "Transport Manager", "31/05/2023", "", "B"),
        ("Fleet Management", "Moderate", "FM02", "Vehicle defect reports should be actioned within the agreed timescale.", "Record all driver defect reports on the fleet system and monitor time to repair.", "Walsh, Peter; Fleet Supervisor", "31/10/2023", "29/02/2024", "R"),
        ("Disabled Facilities Grants", "Limited", "DFG01", "Grant approvals should be authorised by a second officer.", "Add second officer authorisation to the grant approval workflow.", "Private Sector Housing Manager", "31/12/2023", "", "A"),
        ("Disabled Facilities Grants", "Limited", "DFG02", "Contractor quotes should be obtained in line with Contract Procedure Rules.", "Obtain three quotes for all works over £5,000 and record them on the case file.", "DFG Officer", "31/03/2024", "", "G"),
        ("Disabled Facilities Grants", "Limited", "DFG03", "Grant conditions should be registered as local land charges.", "Agree a process with Legal Services to register grant conditions as land charges.", "Private Sector Housing Manager", "TBC", "", ""),
    ]:
        w.writerow(row)
    w.writerow([])
    w.writerow(["Key: B = Implemented, G = On track, A = Some delay, R = Significantly overdue"])

# ---------- 7. TXT tab-separated Children's Improvement Plan ----------
lines = [
    "Kirklees Council – Children's Improvement Plan",
    "Version 3 – progress to 30 September 2017",
    "",
    "Ref\tAction\tLead\tTimescale\tPrevious RAG\tCurrent RAG\tEvidence of impact",
    "Theme 1: Leadership, management and governance",
    "L1\tEstablish an Improvement Board with an independent chair\tJC\tMar-17\tG\tB\tBoard has met monthly since March 2017",
    "L2\tAgree a workforce strategy to reduce agency social workers below 15%\tSM/JH\tSept 2017 – March 2018\tA\tA\tAgency rate 22% in September",
    "L3\tReport the children's services performance scorecard to Cabinet\tJC & RN\tMonthly\tG\tG\tScorecard reported each month",
    "Theme 2: Front door and early help",
    "F1\tRestructure the MASH so that all contacts are screened within 24 hours\tService Manager (MASH/Early Help)\tJun-17\tR\tA\t81% screened within 24 hours",
    "F2\tAudit 50 contacts per month and report findings to the Improvement Board\tHead of Quality Assurance and Safeguarding\tJul-17\tA\tG\tAudits completed June to September",
    "F3\tLaunch a single early help assessment across partner agencies\tEarly Help Lead\tEnd of December 2017\tA\tR\tPartner sign-up delayed",
    "Theme 3: Children looked after and permanence",
    "C1\tHold a permanence planning meeting for every child by their second review\tHill, Joanne\t31/01/2018\t\tG\tTracker in place",
    "C2\tEnsure all care plans are reviewed by an IRO within statutory timescales\tIRO Manager\tQ4 2017/18\tA\tR\tTimeliness fell to 74%",
    "",
    "Key: B = complete, G = on track, A = some slippage, R = off track",
]
with open(P("m1-kirklees-childrens.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print("ok")
