# Generator for heldout19 h1-* files. Writes only into this directory.
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

D = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(D, n)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(red="FF0000", amber="FFC000", green="00B050", blue="0070C0", grey="D9D9D9").items()}
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------- 1. xlsx: merged priority rows, initials, mmm-yy dates, RAG words ----------
wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
ws["A1"] = "Children's Services Improvement Plan 2017-18"; ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A1:E1")
ws["A2"] = "Children's Social Care – updated September 2017 for Overview and Scrutiny Committee"
ws.append([])
ws.append(["Ref", "Action", "Lead Officer", "Timescale", "RAG"])
for c in ws[4]: c.font = Font(bold=True); c.fill = FILL["grey"]
rows = [
 ("Priority 1: Children in need of help and protection",),
 ("1.1", "Embed the revised threshold document with all partner agencies through MASH briefings", "Service Manager (MASH)", dt.datetime(2017,10,1), "Green"),
 ("1.2", "Audit a sample of 40 strategy discussions each quarter and report findings to the Safeguarding Board", "JS/KM", dt.datetime(2017,12,1), "Amber"),
 ("1.3", "Introduce weekly management oversight of all children subject to a child protection plan for more than 15 months", "Head of Children's Social Care", dt.datetime(2017,9,1), "Complete"),
 ("1.4", "Review the return home interview offer and commission a single provider", "Commissioning Manager", dt.datetime(2018,3,1), "Red"),
 ("Priority 2: Children looked after and care leavers",),
 ("2.1", "Refresh the Sufficiency Strategy\n(to include in-house fostering recruitment targets)", "Head of Corporate Parenting", dt.datetime(2018,1,1), "Amber"),
 ("2.2", "Ensure all care leavers aged 19-21 have an up to date pathway plan", "Team Manager (Leaving Care)", dt.datetime(2017,11,1), "Green"),
 ("2.3", "Launch the Care Leavers Local Offer on the council website", "LR & PT", dt.datetime(2018,2,1), "Not started"),
 ("Priority 3: Leadership, management and workforce",),
 ("3.1", "Recruit to permanent team manager posts and reduce agency staff to below 15%", "Head of HR / Head of Children's Social Care", dt.datetime(2018,3,1), "Amber"),
 ("3.2", "Implement a new supervision policy and audit compliance quarterly", "Principal Social Worker", dt.datetime(2017,12,1), "Green"),
 ("3.3", "Present the performance scorecard to Overview and Scrutiny every six months", "Head of Children's Social Care", "Ongoing", "Green"),
]
rfill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
for r in rows:
    ws.append(list(r)); n = ws.max_row
    if len(r) == 1:
        ws.merge_cells(f"A{n}:E{n}"); ws[f"A{n}"].font = Font(bold=True); ws[f"A{n}"].fill = FILL["grey"]
    else:
        if isinstance(r[3], dt.datetime): ws[f"D{n}"].number_format = "mmm-yy"
        if r[4] in rfill: ws[f"E{n}"].fill = FILL[rfill[r[4]]]
        ws[f"B{n}"].alignment = WRAP
ws.append([])
ws.append(["RAG key: Red – not on track; Amber – some slippage; Green – on track; Complete – action delivered"])
ws.column_dimensions["B"].width = 70; ws.column_dimensions["C"].width = 40
wb.save(P("h1-csc-improvement-plan.xlsx"))

# ---------- 2. xlsx: audit tracker, merged audit column, revised dates, colour-only status, key at right ----------
wb = Workbook(); ws = wb.active; ws.title = "Tracker"
ws["A1"] = "Internal Audit Recommendation Tracker – Priority 1 and 2 actions"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Position as at 30 September 2019"
hdr = ["Audit", "Rec No", "Priority", "Agreed Action", "Responsible Officer", "Target Completion Date", "Revised Target Completion Date", "Status"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = FILL["grey"]
data = [
 ("Council Tax 2018/19", [
   (1, 1, "Reconcile the council tax system to the valuation list monthly and retain evidence of review", "Revenues Manager", (2019,3,31), (2019,9,30), "red"),
   (2, 2, "Remove leavers' access to the Revenues system within 5 working days of leaving", "Revenues Manager; ICT Security Officer", (2019,6,30), None, "blue"),
   (3, 2, "Document the procedure for write-offs over £5,000", "Revenues Manager", (2019,12,31), None, "green")]),
 ("Creditors 2018/19", [
   (1, 1, "Introduce a monthly check of supplier bank detail changes against independent contact details", "Head of Financial Services", (2019,7,31), (2019,12,31), "amber"),
   (2, 2, "Issue a reminder to all budget holders that purchase orders must be raised before goods are ordered", "Head of Financial Services", (2019,4,30), None, "blue"),
   (3, 2, "Review the duplicate payment report weekly and record action taken", "Accounts Payable Team Leader", (2019,10,31), None, "green")]),
 ("Procurement Cards 2019/20", [
   (1, 2, "Cancel cards not used in the last 12 months", "Procurement Manager", (2019,8,31), (2019,11,30), "amber"),
   (2, 2, "Obtain signed cardholder agreements for all current cardholders", "Procurement Manager", (2020,1,31), None, None)]),
 ("Payroll 2019/20", [
   (1, 1, "Obtain independent confirmation of all new starters from the recruiting manager before first payment", "Payroll Manager", (2019,10,31), None, "green"),
   (2, 3, "Update the overtime claim form to include the authoriser's printed name", "Payroll Manager", (2019,9,30), None, "blue")]),
]
r = 5
for audit, recs in data:
    start = r
    for (no, pr, act, off, tgt, rev, st) in recs:
        ws.cell(r, 2, no); ws.cell(r, 3, pr); ws.cell(r, 4, act).alignment = WRAP; ws.cell(r, 5, off)
        c = ws.cell(r, 6, dt.datetime(*tgt)); c.number_format = "dd/mm/yyyy"
        if rev: c = ws.cell(r, 7, dt.datetime(*rev)); c.number_format = "dd/mm/yyyy"
        if st: ws.cell(r, 8).fill = FILL[st]
        r += 1
    ws.cell(start, 1, audit).alignment = WRAP
    if r - 1 > start: ws.merge_cells(start_row=start, start_column=1, end_row=r-1, end_column=1)
ws["J4"] = "Key"; ws["J4"].font = Font(bold=True)
for i, (k, t) in enumerate([("red", "Target date missed"), ("amber", "In progress – target at risk"),
                            ("green", "On track to meet target date"), ("blue", "Implemented")], 5):
    ws.cell(i, 10).fill = FILL[k]; ws.cell(i, 11, t)
ws.column_dimensions["A"].width = 22; ws.column_dimensions["D"].width = 60; ws.column_dimensions["E"].width = 36
wb.save(P("h1-audit-recommendation-tracker.xlsx"))

# ---------- 3. xlsx: SEND plan, area as a column, previous/current RAG letters, term dates, version sheet ----------
wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
ws["A1"] = "Lancashire SEND Partnership – SEND Improvement Plan (updated Written Statement of Action)"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "April 2019 – December 2020"
ws.append([])
ws.append(["Ref", "Area of significant concern", "Action", "Lead(s)", "Timescale", "Previous RAG", "Current RAG"])
for c in ws[4]: c.font = Font(bold=True); c.fill = FILL["grey"]
A1 = "1. Strategic leadership and governance of the SEND reforms"
A2 = "2. Joint commissioning"
A3 = "3. Quality and timeliness of EHC plans"
A4 = "4. Preparation for adulthood"
rows = [
 ("1.1", A1, "Publish SEND Partnership Board terms of reference and membership agreed by all partners", "Director of Education and Skills", "June 2019", "G", "B"),
 ("1.2", A1, "Produce a joint SEND strategy 2019-2022, co-produced with the Parent Carer Forum", "SEND Consultant / Head of Inclusion", "Sept 2019 – March 2020", "A", "A"),
 ("1.3", A1, "Report progress against the plan to the Health and Wellbeing Board twice a year", "Chair of SEND Partnership Board", "Ongoing", "G", "G"),
 ("2.1", A2, "Complete a joint commissioning needs analysis for speech and language therapy", "Head of Joint Commissioning (CCG)", "Autumn term 2019", "A", "R"),
 ("2.2", A2, "Agree a pooled budget arrangement for complex placements", "Head of Joint Commissioning (CCG) / Head of Finance", "31/03/2020", "R", "A"),
 ("3.1", A3, "Increase the proportion of EHC plans issued within 20 weeks to 60%", "Head of SEND Service", "Q4 2019/20", "A", "G"),
 ("3.2", A3, "Introduce a multi-agency quality assurance panel for new EHC plans", "SEND QA Lead", "Summer term 2020", None, "A"),
 ("3.3", A3, "Train all SENCOs on writing outcomes in EHC plans\n(two sessions per district)", "SEND QA Lead", "Spring term 2020", "A", "G"),
 ("4.1", A4, "Develop a Preparing for Adulthood pathway from Year 9", "PfA Lead", "Dec 2020", None, None),
 ("4.2", A4, "Ensure all Year 9 annual reviews include a Preparing for Adulthood outcome", "PfA Lead; SENCO Network Chair", "July 2020", "A", "A"),
]
lf = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
for row in rows:
    ws.append(list(row)); n = ws.max_row
    for col in ("F", "G"):
        v = ws[f"{col}{n}"].value
        if v: ws[f"{col}{n}"].fill = FILL[lf[v]]
    ws[f"C{n}"].alignment = WRAP; ws[f"B{n}"].alignment = WRAP
ws.append([])
ws.append(["Key: R = not on track, A = at risk, G = on track, B = complete"])
ws.column_dimensions["B"].width = 35; ws.column_dimensions["C"].width = 60; ws.column_dimensions["D"].width = 38
vs = wb.create_sheet("Version control")
vs.append(["Version", "Date", "Author", "Changes"])
vs.append(["v1.0", "12/04/2019", "SEND Consultant", "First draft from WSOA"])
vs.append(["v1.3", "30/07/2019", "SEND Consultant", "RAG updated for Health and Wellbeing Board"])
wb.save(P("h1-send-improvement-plan.xlsx"))

# ---------- 4. docx: heading per priority, one table per priority, doc-control table, RAG key table ----------
def table(doc, rows, header=True):
    t = doc.add_table(rows=0, cols=len(rows[0])); t.style = "Table Grid"
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
            if header and i == 0:
                for run in c.paragraphs[0].runs: run.bold = True
    return t
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol); tcPr.append(s)

doc = Document()
doc.add_heading("Children's Services Improvement Plan 2022–2024", 0)
doc.add_paragraph("Herefordshire Council – response to the Ofsted inspection of local authority children's services (ILACS), July 2022")
doc.add_paragraph("Document control")
table(doc, [["Version", "Date", "Author", "Status"], ["0.4", "25/11/2022", "Improvement Programme Manager", "Draft for scrutiny"], ["1.0", "15/12/2022", "Director of Children's Services", "Approved by Cabinet"]])
H = ["Ref", "What we will do", "Lead", "By when", "RAG"]
prio = [
 ("Priority 1: Practice at the front door", [
   ["1.1", "Reduce the number of contacts awaiting a MASH decision beyond 24 hours to zero", "Head of Service (MASH and Early Help)", "End of December 2022", "Green"],
   ["1.2", "Implement daily multi-agency strategy meetings in the MASH", "Head of Service (MASH and Early Help) / Designated Nurse", "January 2023", "Amber"],
   ["1.3", "Audit 20 contacts a month against the threshold guidance", "Principal Social Worker", "Monthly", "Green"]]),
 ("Priority 2: Children in need and child protection", [
   ["2.1", "Reduce social worker caseloads to an average of 18 children", "Director of Children's Services", "March 2023", "Red"],
   ["2.2", "Ensure every child protection plan has outcomes agreed at conference", "Head of Safeguarding and Review", "Q4 2022/23", "Amber"],
   ["2.3", "Launch the new practice model training for all social workers", "Principal Social Worker", "By 31 January 2023", "Complete"]]),
 ("Priority 3: Children in care and care leavers", [
   ["3.1", "Review all children placed at home with parents on a care order", "Head of Service – Looked After Children", "November 2022", "Complete"],
   ["3.2", "Increase the number of in-house foster carers by 15", "Fostering Service Manager", "Sept 2022 – Sept 2023", "Amber"],
   ["3.3", "Appoint a dedicated personal adviser for care leavers in custody", "Leaving Care Team Manager", "TBC", "Not started"]]),
]
col = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
for head, acts in prio:
    doc.add_heading(head, 1)
    t = table(doc, [H] + acts)
    for i, a in enumerate(acts, 1):
        if a[4] in col: shade(t.rows[i].cells[4], col[a[4]])
doc.add_heading("RAG key", 2)
table(doc, [["Rating", "Meaning"], ["Red", "Not on track – escalated to Improvement Board"], ["Amber", "Some slippage – recovery in hand"], ["Green", "On track"], ["Complete", "Action delivered and evidenced"]])
doc.save(P("h1-childrens-improvement-plan.docx"))

# ---------- 5. docx: single table, theme rows merged across, AFI column vertically merged, R/A/G/B letters ----------
doc = Document()
doc.add_heading("Adult Social Care Improvement Plan 2025/26", 1)
doc.add_paragraph("Following the CQC Local Authority Assessment (report published 30 January 2025). Progress is reported to Cabinet every six months.")
t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
for c, v in zip(t.rows[0].cells, ["No.", "CQC area for improvement", "Action", "Lead", "Target date", "Status"]):
    c.text = v; c.paragraphs[0].runs[0].bold = True
plan = [
 ("Theme 1: Working with people", [
   ("Waiting times for Care Act assessments are too long", [
     ("1.1", "Introduce a triage and prioritisation tool for the assessment waiting list", "Head of Adult Social Care Operations", "31/05/2025", "G"),
     ("1.2", "Recruit four additional social workers to the assessment team", "Head of Adult Social Care Operations / HR Business Partner", "30/09/2025", "A")]),
   ("Unpaid carers do not consistently receive a carer's assessment", [
     ("1.3", "Recommission the carers' support service with a target for carer's assessments", "Commissioning Manager (Carers)", "31/03/2026", "A")])]),
 ("Theme 2: Providing support", [
   ("There is not enough home care in rural areas", [
     ("2.1", "Agree a rural home care framework with providers", "Head of Commissioning", "31/12/2025", "R"),
     ("2.2", "Pilot a micro-provider scheme in two rural areas", "KH & RM", "31/10/2025", "B")])]),
 ("Theme 3: Ensuring safety", [
   ("Safeguarding enquiries are not always completed in a timely way", [
     ("3.1", "Reduce open safeguarding enquiries over 28 days old by 50%", "Head of Safeguarding and Quality Assurance", "31/08/2025", "G")]),
   ("Transitions from children's services are not well planned", [
     ("3.2", "Establish a joint transitions panel for young people from age 14", "Principal Social Worker", "30/06/2025", "B")])]),
 ("Theme 4: Leadership", [
   ("Leaders do not make full use of data and performance information", [
     ("4.1", "Launch a monthly adult social care performance dashboard for the leadership team", "Head of Business Intelligence", "31/07/2025", "G")])]),
]
for theme, afis in plan:
    cells = t.add_row().cells
    m = cells[0].merge(cells[5]); m.text = theme; m.paragraphs[0].runs[0].bold = True; shade(m, "D9D9D9")
    for afi, acts in afis:
        first = len(t.rows)
        for a in acts:
            cells = t.add_row().cells
            for i, v in zip((0, 2, 3, 4, 5), a): cells[i].text = v
        last = len(t.rows) - 1
        top = t.cell(first, 1)
        if last > first: top = top.merge(t.cell(last, 1))
        top.text = afi
doc.add_paragraph("Status key: R – off track; A – some risk to delivery; G – on track; B – complete")
doc.save(P("h1-asc-improvement-plan.docx"))

# ---------- 6. csv: audit tracker export, title lines, refs like 23 MAS 05; one mistyped month ----------
rows = [
 ["Audit Recommendation Tracker - Table A: live recommendations", "", "", "", "", ""],
 ["Governance Committee 9 January 2024", "", "", "", "", ""],
 ["", "", "", "", "", ""],
 ["Ref", "Audit", "Agreed action", "Responsible officer", "Due date", "RAG"],
 ["23 BCFU 03", "Business continuity", "Update the business continuity plans for all service areas", "Emergency Planning Officer", "Mar-24", "Green"],
 ["23 BCFU 04", "Business continuity", "Carry out a desk-top exercise of the corporate business continuity plan", "Emergency Planning Officer", "Jun-24", "Amber"],
 ["23 MAS 02", "Main accounting system", "Reconcile the suspense accounts monthly and clear items over 3 months old", "Finance Manager", "Feb-24", "Green"],
 ["23 MAS 05", "Main accounting system", "Review user access rights to the finance system, removing leavers", "Finance Manager / ICT Manager", "0ct-24", "Amber"],
 ["23 PAY 01", "Payroll", "Introduce a second check of all manual payroll adjustments", "HR Manager", "Apr-24", "Red"],
 ["23 PAY 03", "Payroll", "Update the payroll procedure notes", "HR Manager", "May-24", "Green"],
 ["23 CAR 01", "Car parking income", "Reconcile pay and display machine income to bank deposits weekly", "Parking Manager", "Dec-24", "Amber"],
]
with open(P("h1-audit-tracker-table-a.csv"), "w", newline="", encoding="utf-8") as f:
    csv.writer(f).writerows(rows)

# ---------- 7. txt: WSOA in plain text, numbered areas, indented Lead/Due/RAG lines ----------
txt = """Middlesbrough SEND Written Statement of Action (v22) April 2019

This action plan responds to the areas for improvement from the Area Wide Inspection of SEND in March 2017.
RAG: B = complete, G = on track, A = some slippage, R = off track

1. Weaknesses in the strategic leadership, governance and implementation of the SEND reforms in the local area

1.1 Establish a SEND Strategic Board with education, health and social care leaders
    Lead: Director of Education / CCG Director of Nursing
    Due: September 2017
    RAG: B

1.2 Appoint a Designated Clinical Officer for SEND
    Lead: CCG Director of Nursing
    Due: Jan 2018
    RAG: B

2. Strategic planning is weak and there is no strategy for jointly commissioning services

2.1 Agree a joint commissioning strategy for SEND 0-25
    Lead: JW & SP
    Due: March 2018
    RAG: G

2.2 Complete a joint strategic needs assessment chapter on SEND
    Lead: Director of Public Health
    Due: Summer term 2018
    RAG: A

3. Children, young people and families have too little involvement in decisions about the services and support they need

3.1 Co-produce a new Local Offer website with the Parent Carer Forum
    Lead: Local Offer Officer
    Due: Autumn term 2018
    RAG: A

3.2 Run SEND family engagement events in each locality
    Lead: Participation Manager
    Due: Termly
    RAG: G

4. Leaders have an inaccurate view of the local area's effectiveness

4.1 Produce a SEND self-evaluation and refresh it every six months
    Lead: Head of SEND
    Due: Ongoing
    RAG: G

4.2 Build a SEND performance dashboard for the Strategic Board
    Lead: Head of Performance
    Due: 31/07/2018
    RAG: R
"""
with open(P("h1-send-wsoa.txt"), "w", encoding="utf-8") as f:
    f.write(txt)
print("done")
