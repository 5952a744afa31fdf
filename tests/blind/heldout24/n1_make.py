import csv, os
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font
from docx import Document
D = os.path.dirname(os.path.abspath(__file__))
def fill(c): return PatternFill("solid", start_color=c, end_color=c)
RED, AMB, GRN, BLU = "FFFF0000", "FFFFC000", "FF00B050", "FF0070C0"

# 1 Cheshire East ILACS progress: recommendation rows merged, RAG by fill only
wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
ws["A1"] = "Cheshire East Council - Ofsted ILACS Action Plan: Progress Update May 2022"; ws["A1"].font = Font(bold=True)
ws["A2"] = "Inspection of Local Authority Children's Services, November 2019"
ws.append([])
ws.append(["Ref", "Action", "Lead", "Timescale", "Progress update", "RAG"])
rows = [
 ("Recommendation 1: The quality and impact of management oversight and supervision of social work practice", None),
 (("1.1", "Refresh the supervision policy and audit compliance quarterly", "Head of Service, Quality Assurance", "Mar-22", "Policy refreshed; Q3 audit shows 84% compliance", None), GRN),
 (("1.2", "Deliver management oversight training to all team managers", "Principal Social Worker", "Jun-22", "Two of three cohorts trained", None), AMB),
 (("1.3", "Introduce a monthly practice panel chaired by the Director", "Director of Children's Social Care", "Dec-21", "Panel in place since December 2021", None), BLU),
 ("Recommendation 2: The response to children aged 16 and 17 who present as homeless", None),
 (("2.1", "Agree a joint housing protocol with Housing Options", "Head of Service (Children in Care) / Housing Options Manager", "Sep-22", "Draft protocol with Housing legal team", None), AMB),
 (("2.2", "Ensure every 16 and 17 year old presenting as homeless receives a joint assessment", "Service Manager (CIN/CP)", "Ongoing", "Performance monitored monthly; 61% joint assessments in April", None), RED),
 ("Recommendation 3: Sufficiency of local placements for children in care", None),
 (("3.1", "Open two new in-house children's homes", "Head of Commissioning", "Mar-23", "First home registered with Ofsted", None), GRN),
 (("3.2", "Recruit 20 additional foster carers through the regional campaign", "Fostering Service Manager", "31/03/2023", "", None), None),
]
for r, f in rows:
    if f is None and isinstance(r, str):
        ws.append([r]); ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
    else:
        ws.append(list(r[:5]) + [None])
        if f: ws.cell(ws.max_row, 6).fill = fill(f)
ws.append([])
ws.append(["Key: Red = not on track; Amber = some slippage; Green = on track; Blue = complete"])
wb.save(os.path.join(D, "n1-cheshire-ilacs-progress.xlsx"))

# 2 Reading audit tracker: audit-name section rows, original + revised date, % and RAG letter
wb = Workbook(); ws = wb.active; ws.title = "Tracker"
ws["A1"] = "Implementation of Audit Recommendations Tracker - September 2022"; ws["A1"].font = Font(bold=True)
ws["A2"] = "RAG: up to 25% complete = R; 26-75% = A; over 75% = G"
ws.append([])
ws.append(["No.", "Recommendation", "Agreed action / management response", "Responsible officer", "Original implementation date", "Revised implementation date", "% complete", "RAG"])
data = [
 "Section 106 Agreements (2021/22)",
 ("38", "A reconciliation between Finance and Planning records of S106 receipts should be performed monthly.", "Monthly reconciliation to be introduced between the Planning obligations database and the ledger.", "Finance Business Partner; Planning Obligations Officer", "31/01/2022", "30/11/2022", "50%", "A"),
 ("39", "Unspent S106 balances approaching their expiry date should be reported to the Asset Board.", "Quarterly expiry report to Asset Board.", "Assistant Director of Planning", "31/03/2022", None, "90%", "G"),
 "Payroll (2021/22)",
 ("40", "Starters and leavers forms must be authorised before processing.", "Workflow in the HR system to be changed so that forms cannot be processed without authorisation.", "Payroll Manager", "30/06/2022", None, "20%", "R"),
 ("41", "Overtime claims should be checked against rotas.", "Sample check of overtime claims each month by service managers.", "Payroll Manager & HR Business Partner", "30/09/2022", "31/12/2022", "80%", "G"),
 "Contract Management (2022/23)",
 ("42", "A contracts register should be maintained and published.", "Contracts register to be published on the website and updated quarterly.", "Head of Procurement", "31/10/2022", None, "30%", "A"),
]
for r in data:
    if isinstance(r, str):
        ws.append([r]); ws.cell(ws.max_row, 1).font = Font(bold=True)
    else:
        ws.append(list(r))
wb.save(os.path.join(D, "n1-reading-audit-tracker.xlsx"))

# 3 Herefordshire improvement plan: REFUSE (mistyped month at one row)
wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
ws["A1"] = "Herefordshire Children's Services Improvement Action Plan"; ws["A1"].font = Font(bold=True)
ws["A2"] = "Submitted to Ofsted following the inspection in July 2022"
ws.append(["Priority", "Ref", "What we will do", "Who is responsible", "By when", "RAG"])
data = [
 ("1. Leadership and management", "1a", "Establish an Improvement Board with an independent chair", "Chief Executive", "Jan-23", "Green"),
 ("1. Leadership and management", "1b", "Publish a workforce strategy for children's social care", "Director of Children's Services", "Mar-23", "Amber"),
 ("2. Help and protection", "2a", "Review all children subject to child protection plans for more than 18 months", "Head of Service, Safeguarding", "0ct-23", "Amber"),
 ("2. Help and protection", "2b", "Implement a new front door model with partners", "Head of Service, MASH", "Sep-23", "Red"),
 ("3. Children in care", "3a", "Ensure all children in care have an up to date care plan", "Head of Looked After Children", "Jun-23", "Green"),
]
for r in data: ws.append(list(r))
wb.save(os.path.join(D, "n1-herefordshire-improvement.xlsx"))

# 4 Middlesbrough SEND WSOA docx: version table, area headings, tables per area
doc = Document()
doc.add_heading("Middlesbrough SEND Written Statement of Action", 0)
doc.add_paragraph("Version control")
t = doc.add_table(rows=3, cols=3); t.style = "Table Grid"
for i, r in enumerate([("Version", "Date", "Author"), ("v21", "March 2019", "SEND Strategic Lead"), ("v22", "April 2019", "SEND Strategic Lead")]):
    for j, v in enumerate(r): t.cell(i, j).text = v
areas = [
 ("Area for improvement 1: Weaknesses in the strategic leadership, governance and implementation of the disability and special educational needs reforms in the local area.", [
   ("1.1", "Establish a SEND Partnership Board with terms of reference agreed by all partners", "Director of Education and Partnerships", "June 2017", "Complete"),
   ("1.2", "Appoint a Designated Clinical Officer", "CCG Chief Nurse", "September 2017", "Complete"),
   ("1.3", "Report progress against this plan to the Health and Wellbeing Board", "SEND Strategic Lead", "Termly", "Green")]),
 ("Area for improvement 2: Strategic planning is weak and there is no strategy for jointly commissioning services across Education, Health and Social Care.", [
   ("2.1", "Agree a joint commissioning strategy for SEND", "Head of Commissioning and CCG Commissioning Manager", "Spring term 2019", "Amber"),
   ("2.2", "Complete a needs assessment for children with SEND aged 0-25", "Public Health Lead", "Dec 2018 – March 2019", "Amber")]),
 ("Area for improvement 3: The local offer is poor.", [
   ("3.1", "Redesign the local offer website with parents and young people", "Information Services Manager", "Autumn term 2019", "Not started"),
   ("3.2", "Publish a termly newsletter for families", "Parent Carer Forum Chair", "Ongoing", "Green")]),
]
for h, acts in areas:
    doc.add_heading(h, 2)
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for j, v in enumerate(["Action No.", "Action", "Lead", "Timescale", "RAG"]): t.cell(0, j).text = v
    for a in acts:
        c = t.add_row().cells
        for j, v in enumerate(a): c[j].text = v
doc.save(os.path.join(D, "n1-middlesbrough-wsoa.docx"))

# 5 B&NES ASC improvement plan docx: one big table, priority rows spanning, surname-forename leads, status words
doc = Document()
doc.add_heading("Adult Social Care Improvement Plan 2025-26", 0)
doc.add_paragraph("Following the CQC Local Authority Assessment (report published 30 January 2025, rated Requires Improvement).")
t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
for j, v in enumerate(["Ref", "Key action", "Lead officer", "Target date", "Status"]): t.cell(0, j).text = v
plan = [
 "Priority 1: Reduce waiting times for Care Act assessments",
 ("P1.1", "Introduce a triage and prioritisation tool for the assessment waiting list", "Howe, Claire", "31/05/2025", "Complete"),
 ("P1.2", "Commission additional assessment capacity from an external provider", "Howe, Claire", "Q2 2025/26", "On track"),
 "Priority 2: Support for unpaid carers",
 ("P2.1", "Refresh the Carers Strategy with the Carers Centre", "Patel, Ravi", "End of September 2025", "On track"),
 ("P2.2", "Increase the number of carers' assessments completed", "Patel, Ravi and Jo Marsh", "March 2026", "Not started"),
 "Priority 3: Safeguarding",
 ("P3.1", "Clear the backlog of safeguarding concerns awaiting triage", "Head of Safeguarding and Quality Assurance", "Jul-25", "Red"),
 ("P3.2", "Launch a quarterly multi-agency safeguarding audit", "Head of Safeguarding and Quality Assurance", "Quarterly", "Amber"),
]
for r in plan:
    c = t.add_row().cells
    if isinstance(r, str):
        m = c[0].merge(c[4]); m.text = r
    else:
        for j, v in enumerate(r): c[j].text = v
doc.add_paragraph("Status key: Complete; On track; Amber = at risk; Red = off track; Not started")
doc.save(os.path.join(D, "n1-bathnes-asc-improvement.docx"))

# 6 Darlington WSoA CSV: title lines, area column, revised date column
rows = [
 ["Darlington Local Area SEND Written Statement of Action - Progress Tracker"],
 ["Quarterly monitoring report to DfE/NHS England, January 2023"],
 [],
 ["Area of weakness", "Action ref", "Action", "Lead", "Original deadline", "Revised deadline", "Status"],
 ["1. Meeting the needs of children and young people with SEND", "1.1", "Implement a graduated approach toolkit in all schools", "SEND Manager", "31/12/2022", "", "Green"],
 ["1. Meeting the needs of children and young people with SEND", "1.2", "Reduce the waiting time for speech and language therapy assessment to 18 weeks", "Head of Children's Therapies, CDDFT", "31/03/2023", "30/06/2023", "Amber"],
 ["1. Meeting the needs of children and young people with SEND", "1.3", "Audit the quality of new EHC plans each month", "SEND Manager / Principal Educational Psychologist", "Monthly", "", "Green"],
 ["2. Preparation for adulthood and post-19 opportunities", "2.1", "Publish a preparing for adulthood pathway", "AD Education and Inclusion", "Sept 2022 – Jan 2023", "", "Complete"],
 ["2. Preparation for adulthood and post-19 opportunities", "2.2", "Develop supported internships with three local employers", "YEI Team Leader", "Q4 2022/23", "", "Red"],
 ["2. Preparation for adulthood and post-19 opportunities", "2.3", "Review post-19 transport arrangements", "Transport Manager", "TBC", "", ""],
]
with open(os.path.join(D, "n1-darlington-wsoa.csv"), "w", newline="", encoding="utf-8") as f:
    csv.writer(f).writerows(rows)

# 7 Lancashire Adult Learning PIAP: tab-separated text, theme heading lines, initials leads
lines = [
 "Lancashire Adult Learning - Post Inspection Action Plan (PIAP)",
 "Version as at early May 2015",
 "",
 "Theme 1: Outcomes for learners",
 "Ref\tAction\tLead\tTarget date\tRAG",
 "1.1\tIntroduce monthly tracking of learner achievement by subcontractor\tES/JB\tJun-15\tG",
 "1.2\tSet and monitor improvement targets for underperforming courses\tJB; PK\tw/c 13/07/15\tA",
 "Theme 2: Quality of teaching, learning and assessment",
 "Ref\tAction\tLead\tTarget date\tRAG",
 "2.1\tComplete observations of all tutors and moderate grades\tPK\tBy 31 July 2015\tA",
 "2.2\tDeliver staff development on setting learning targets\tPK & LH\tApr-15\tB",
 "Theme 3: Effectiveness of leadership and management",
 "Ref\tAction\tLead\tTarget date\tRAG",
 "3.1\tReport progress against the PIAP to the Cabinet Committee on Performance Improvement\tES\tQuarterly\tG",
 "3.2\tStrengthen contract management of subcontracted provision\tES, MT\tSep-15\tR",
]
with open(os.path.join(D, "n1-lancashire-piap.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
