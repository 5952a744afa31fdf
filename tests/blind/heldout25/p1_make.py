import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(OUT, n)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(R="FF0000", A="FFC000", G="00B050", B="0070C0", H="D9D9D9", T="BDD7EE").items()}
BOLD = Font(bold=True)
D = dt.datetime

# 1. Reading YJS HMIP improvement plan (xlsx, previous/current RAG, domain + recommendation rows)
wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
ws["A1"] = "Reading Youth Justice Service – HMIP Inspection Improvement Plan"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Inspection fieldwork 9–13 September 2024; report published 3 December 2024. Plan endorsed by the Youth Justice Management Board, 18 December 2024."
ws["A3"] = "Progress as at: 30 June 2025"
hdr = ["Ref", "Action", "Action owner", "Target date", "Previous RAG", "Current RAG", "Progress update"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(5, i, h); c.font = BOLD; c.fill = FILL["T"]
rows = [
 ("H", "Domain 1: Governance and leadership"),
 ("H2", "Recommendation 6: The Management Board should ensure that the YJS is sufficiently resourced and structured to deliver high-quality interventions for children and victims"),
 ("6.1", "Complete a staffing and workload review of the YJS establishment", "YJS Head of Service", D(2025,3,31), "dd/mm/yyyy", "A", "G", "Review completed; two additional case manager posts approved."),
 ("6.2", "Agree partner secondment arrangements (police, probation, health) through the Management Board", "Chair of YJ Management Board / Head of Service", D(2025,4,30), "mmm-yy", "R", "A", "Police and probation agreed; health secondment still under discussion."),
 ("H2", "Recommendation 7: The Management Board should assure itself that the disproportionality action plan is used effectively across the partnership"),
 ("7.1", "Refresh the disproportionality action plan with partners and children", "Partnership and Performance Manager", "Sept 2025", None, "A", "A", "Data pack drafted; consultation with children planned for July."),
 ("H", "Domain 2: Court and pre-court work"),
 ("H2", "Recommendation 1: The YJS manager should ensure that quality assurance arrangements, oversight of practice and supervision consistently support staff and volunteer development"),
 ("1.1", "Introduce a monthly case audit programme with moderation by the Quality Assurance Team", "YJS Team Manager; QA Lead", D(2025,2,28), "dd/mm/yyyy", "G", "B", "Audit programme running since February."),
 ("1.2", "Implement a new supervision policy and recording template for all YJS practitioners", "YJS Head of Service", D(2025,1,31), "dd/mm/yyyy", "G", "B", "Policy signed off by the Board in January."),
 ("1.3", "Deliver a training programme for referral order panel volunteers", "Volunteer Coordinator", "Ongoing", None, "G", "G", "Three sessions delivered."),
 ("H2", "Recommendation 2: The YJS manager should ensure that assessing activity always considers how best to achieve safety for the child and the community"),
 ("2.1", "Deliver safety and wellbeing assessment training to all case managers (AssetPlus)", "YJS Team Manager", D(2025,3,31), "dd/mm/yyyy", "A", "G", "18 of 20 staff trained."),
 ("2.2", "Embed a risk management panel for all children assessed as high or very high risk of serious harm", "YJS Head of Service", D(2025,6,30), "dd/mm/yyyy", "R", "A", "Panel terms of reference agreed; first meeting held in June."),
 ("H2", "Recommendation 5: The YJS manager should ensure that commensurate focus is given to the needs of victims"),
 ("5.1", "Recruit a dedicated victim liaison worker", "YJS Head of Service", D(2025,5,31), "dd/mm/yyyy", "A", "R", "Post advertised twice without an appointment."),
]
r = 6
for row in rows:
    if row[0] in ("H", "H2"):
        ws.cell(r, 1, row[1]).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        if row[0] == "H": ws.cell(r, 1).fill = FILL["H"]
    else:
        ref, act, own, date, fmt, prev, cur, upd = row
        for i, v in enumerate([ref, act, own, date, prev, cur, upd], 1):
            ws.cell(r, i, v).alignment = Alignment(wrap_text=True, vertical="top")
        if fmt: ws.cell(r, 4).number_format = fmt
        ws.cell(r, 5).fill = FILL[prev]; ws.cell(r, 6).fill = FILL[cur]
    r += 1
r += 1
ws.cell(r, 1, "RAG key: R = off track; A = some slippage; G = on track; B = complete")
for col, w in zip("ABCDEFG", [7, 60, 30, 13, 10, 10, 45]): ws.column_dimensions[col].width = w
wb.save(P("p1-reading-yjs-improvement.xlsx"))

# 2. Spelthorne external audit action plan (xlsx, cover sheet with key, fill-only status, revised dates)
wb = Workbook(); cv = wb.active; cv.title = "Cover"
cv["A1"] = "Spelthorne Borough Council"; cv["A1"].font = Font(bold=True, size=14)
cv["A2"] = "Action Plan – External Auditor's Annual Audit Report 2023-24 (Key Recommendations)"; cv["A2"].font = BOLD
cv["A4"] = "Reported to Audit Committee, 8 May 2025"
cv["A6"] = "Status key (fill colour of the Status column):"; cv["A6"].font = BOLD
cv["A7"] = "Green = completed"; cv["A7"].fill = FILL["G"]
cv["A8"] = "Amber = in progress"; cv["A8"].fill = FILL["A"]
cv["A9"] = "Red = behind schedule"; cv["A9"].fill = FILL["R"]
cv["A10"] = "No fill = not yet started"
cv.column_dimensions["A"].width = 80
ws = wb.create_sheet("Action Plan")
ws["A1"] = "Annual Audit Report 2023-24 – Action Plan"; ws["A1"].font = Font(bold=True, size=13)
hdr = ["Ref", "Key recommendation", "Action", "Responsible officer", "Original target date", "Revised target date", "Status", "Comments"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(3, i, h); c.font = BOLD; c.fill = FILL["T"]
groups = [
 ("KR1: The Council should strengthen its financial reporting to members so that councillors have timely access to budget monitoring information", [
   ("KR1.1", "Provide quarterly budget monitoring reports to Corporate Policy and Resources Committee", "Chief Finance Officer", D(2025,6,30), None, "G", "Q3 report presented in February."),
   ("KR1.2", "Give all councillors read-only access to the finance system dashboards", "Finance Systems Administrator", D(2025,3,31), D(2025,9,30), "A", "Licensing issue with supplier; revised date agreed."),
 ]),
 ("KR2: The Council should develop a sustainable medium term financial strategy that addresses its reliance on commercial property income", [
   ("KR2.1", "Refresh the Medium Term Financial Strategy to 2029/30", "Chief Finance Officer", D(2025,2,28), None, "G", "Approved at Council, February 2025."),
   ("KR2.2", "Commission an independent review of the commercial property portfolio", "Deputy Chief Executive / Head of Assets", D(2025,7,31), D(2025,12,31), "R", "Procurement delayed pending Commissioner advice."),
 ]),
 ("KR3: The Council should improve its governance arrangements, including the timeliness of decision records", [
   ("KR3.1", "Revise the urgent decision procedure and publish all urgent decisions within five working days", "Monitoring Officer", D(2025,5,31), None, "A", "Draft procedure with SLT."),
   ("KR3.2", "Deliver governance training for all members and senior officers", "Monitoring Officer & Head of Democratic Services", D(2025,9,30), None, None, ""),
   ("KR3.3", "Review the Constitution through the Constitution Working Group", "Monitoring Officer", "Annual", None, "A", "First review under way."),
 ]),
]
r = 4
for rec, acts in groups:
    top = r
    for ref, act, off, od, rd, st, com in acts:
        for i, v in enumerate([ref, None, act, off, od, rd, None, com], 1):
            if v is not None: ws.cell(r, i, v)
            ws.cell(r, i).alignment = Alignment(wrap_text=True, vertical="top")
        for col in (5, 6):
            if isinstance(ws.cell(r, col).value, dt.datetime): ws.cell(r, col).number_format = "dd/mm/yyyy"
        if ref == "KR2.1": ws.cell(r, 5).number_format = "mmm-yy"
        if st: ws.cell(r, 7).fill = FILL[st]
        r += 1
    ws.cell(top, 2, rec).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
for col, w in zip("ABCDEFGH", [8, 45, 50, 30, 14, 14, 10, 40]): ws.column_dimensions[col].width = w
wb.save(P("p1-spelthorne-audit-actions.xlsx"))

# 3. Kirklees children's improvement plan (xlsx, text timescales, one mistyped month -> refuse)
wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
ws["A1"] = "Kirklees Children's Services Improvement Plan 2017-2019"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Version 1.3 – for submission to Ofsted, March 2017"
hdr = ["No.", "Area for improvement", "Action", "Lead officer", "Timescale", "RAG"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(4, i, h); c.font = BOLD; c.fill = FILL["T"]
plan = [
 ("Priority 1: Leadership, management and governance", [
   ("1.1", "Leaders do not have a clear line of sight to frontline practice", "Introduce a monthly performance clinic chaired by the Director of Children's Services", "Director of Children's Services", "Apr-17", "G"),
   ("1.2", "Leaders do not have a clear line of sight to frontline practice", "Establish a quality assurance framework with practice audits reported quarterly", "Head of Safeguarding and Quality Assurance", "June 2017", "A"),
   ("1.3", "Scrutiny of children's services is not effective", "Agree a refreshed work programme for the Children's Scrutiny Panel", "Governance and Democratic Services Manager", "Sept-17", "G"),
   ("1.4", "Scrutiny of children's services is not effective", "Deliver corporate parenting training to all elected members", "Corporate Parenting Lead", "Dec-17", "A"),
 ]),
 ("Priority 2: Help and protection", [
   ("2.1", "Thresholds are not consistently applied at the front door", "Publish a revised multi-agency thresholds document with the Safeguarding Children Board", "Service Manager (MASH)", "Jul-17", "G"),
   ("2.2", "Thresholds are not consistently applied at the front door", "Run threshold workshops for schools, police and health partners", "Service Manager (MASH)", "0ct-17", "A"),
   ("2.3", "Child protection plans are not specific or measurable", "Introduce a new child protection plan template and train all social workers in its use", "Service Manager (CIN/CP)", "Nov-17", "R"),
   ("2.4", "Child protection plans are not specific or measurable", "Child protection chairs to escalate drift through the dispute resolution process", "Head of Safeguarding and Quality Assurance", "Ongoing", "G"),
 ]),
 ("Priority 3: Children looked after and care leavers", [
   ("3.1", "Care leavers are not supported into education, employment or training", "Appoint an EET coordinator within the leaving care service", "Head of Corporate Parenting", "Jan-18", "A"),
   ("3.2", "Care leavers are not supported into education, employment or training", "Agree a council apprenticeship offer ring-fenced for care leavers", "Head of HR / Head of Corporate Parenting", "Mar-18", "R"),
   ("3.3", "Health assessments for looked after children are not timely", "Agree an escalation protocol with the CCG for overdue health assessments", "Designated Nurse LAC", "Feb-18", "A"),
 ]),
]
r = 5
for head, acts in plan:
    ws.cell(r, 1, head).font = BOLD; ws.cell(r, 1).fill = FILL["H"]
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); r += 1
    for a in acts:
        for i, v in enumerate(a, 1):
            ws.cell(r, i, v).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 6).fill = FILL[a[5]]
        r += 1
for col, w in zip("ABCDEF", [6, 40, 55, 35, 12, 7]): ws.column_dimensions[col].width = w
wb.save(P("p1-kirklees-improvement.xlsx"))

# 4. Central Bedfordshire SEND WSOA tracker (csv, theme + area repeated on each row, title line)
rows = [
 ("Theme 1: Quality of EHC plans", "1. Existing EHC plans are not of sufficient quality to ensure that the needs of children and young people are identified and met", "1.1", "Audit all existing EHC plans on a risk-prioritised basis and amend those rated inadequate", "Head of SEND", "Sept 2020 – March 2021", "A"),
 ("Theme 1: Quality of EHC plans", "1. Existing EHC plans are not of sufficient quality to ensure that the needs of children and young people are identified and met", "1.2", "Introduce a multi-agency quality standard for EHC plan writing, agreed with SNAP PCF", "Head of SEND; Designated Clinical Officer", "31/07/2020", "G"),
 ("Theme 1: Quality of EHC plans", "2. Leaders do not have sufficient oversight of the quality of new EHC plans", "2.1", "Establish a multi-agency EHC plan quality assurance panel", "Designated Clinical Officer", "Monthly", "G"),
 ("Theme 1: Quality of EHC plans", "2. Leaders do not have sufficient oversight of the quality of new EHC plans", "2.2", "Report EHC plan audit findings to the SEND Partnership Board", "Assistant Director Education and Skills", "Q3 2020/21", "B"),
 ("Theme 2: Shared vision and strategy", "3. Area leaders in education, health and care do not have a shared understanding of the outcomes they want for children and young people with SEND", "3.1", "Agree a shared SEND outcomes framework across education, health and care", "Director of Children's Services & CCG Director of Nursing and Quality", "December 2020", "A"),
 ("Theme 2: Shared vision and strategy", "4. The area's SEND strategy is not clear", "4.1", "Co-produce and publish a new SEND Strategy 2021-2024", "Assistant Director Education and Skills", "By 31 March 2021", "G"),
 ("Theme 2: Shared vision and strategy", "4. The area's SEND strategy is not clear", "4.2", "Launch the SEND Strategy with schools and early years settings", "Head of SEND", "Summer term 2021", "Not started"),
 ("Theme 3: Co-production", "5. Co-production is not well informed by the views of children, young people and their families", "5.1", "Commission SNAP PCF to run listening events with parents and carers", "Participation Lead", "Termly", "G"),
 ("Theme 3: Co-production", "5. Co-production is not well informed by the views of children, young people and their families", "5.2", "Establish a young people's SEND forum", "Participation Lead / Youth Service Manager", "Jan-21", "A"),
 ("Theme 4: Local Offer", "6. The Local Offer is not effective", "6.1", "Redesign the Local Offer website with parent and young people testers", "Local Offer Manager", "Autumn term 2020", "Complete"),
]
with open(P("p1-centralbeds-wsoa.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Central Bedfordshire Local Area SEND Written Statement of Action - progress tracker (November 2020)"])
    w.writerow(["Theme", "Area of weakness", "Ref", "Action", "Lead", "Timescale", "RAG"])
    for row in rows: w.writerow(row)

# 5. Harrow LGA Corporate Peer Challenge action plan (docx, document control table, vertically merged recommendation cells)
doc = Document()
doc.add_heading("LGA Corporate Peer Challenge 2023 – Action Plan", 1)
doc.add_paragraph("Appendix B to the Cabinet report of 26 October 2023")
doc.add_paragraph("Document control").runs[0].bold = True
t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]): c.text = h
for v in [("0.1", "04/09/2023", "Policy Team", "First draft"), ("0.2", "25/09/2023", "Policy Team", "Comments from Corporate Leadership Team"), ("1.0", "12/10/2023", "Head of Policy", "Final for Cabinet")]:
    cells = t.add_row().cells
    for c, x in zip(cells, v): c.text = x
doc.add_heading("Action plan", 2)
doc.add_paragraph("The peer team made four key recommendations. The actions below set out how the council will respond. Progress will be reported to Cabinet six-monthly.")
recs = [
 ("1. Develop a clear, shared long-term vision for the borough beyond the current corporate plan", [
   ("Run a borough-wide engagement exercise to inform a 2030 vision", "Director of Strategy", "March 2024", "On track"),
   ("Agree the long-term vision at Cabinet and Council", "Leader of the Council / Managing Director", "July 2024", "Not started"),
 ]),
 ("2. Strengthen the medium term financial strategy and close the budget gap for 2024/25 onwards", [
   ("Refresh the MTFS and savings programme for 2024/25 to 2026/27", "Director of Finance and Assurance", "February 2024", "On track"),
   ("Set up a Budget Challenge Board chaired by the Managing Director", "Managing Director", "September 2023", "Complete"),
 ]),
 ("3. Invest in organisational development and workforce planning", [
   ("Publish a workforce strategy including apprenticeships and 'grow our own' schemes", "Head of HR and OD", "Q4 2023/24", "Amber"),
   ("Launch a leadership development programme for the top 100 managers", "Head of HR and OD", "Ongoing", "Green"),
 ]),
 ("4. Improve the council's approach to resident engagement and communications", [
   ("Adopt a new resident engagement strategy", "Head of Communications", "End of January 2024", "Red"),
 ]),
]
n = sum(len(a) for _, a in recs)
t = doc.add_table(rows=1 + n, cols=5); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Recommendation", "Action", "Lead", "Timescale", "Status"]):
    c.text = h; c.paragraphs[0].runs[0].bold = True
r = 1
for rec, acts in recs:
    top = r
    for a in acts:
        for j, x in enumerate(a, 1): t.cell(r, j).text = x
        r += 1
    if r - 1 > top: t.cell(top, 0).merge(t.cell(r - 1, 0))
    t.cell(top, 0).text = rec
doc.add_paragraph("")
doc.add_paragraph("Sign-off: Managing Director, October 2023")
doc.save(P("p1-harrow-cpc-actionplan.docx"))

# 6. Southend SEND WSOA (docx, heading per area of weakness then a table each, RAG key table, school terms)
doc = Document()
doc.add_heading("Southend-on-Sea Local Area SEND Written Statement of Action", 1)
doc.add_paragraph("Submitted to Ofsted and the Care Quality Commission, February 2019. Progress update: July 2019.")
doc.add_paragraph("RAG key").runs[0].bold = True
k = doc.add_table(rows=1, cols=2); k.style = "Table Grid"
k.rows[0].cells[0].text = "Rating"; k.rows[0].cells[1].text = "Meaning"
for a, b in [("Blue", "Action completed"), ("Green", "On track"), ("Amber", "At risk of delay"), ("Red", "Off track")]:
    c = k.add_row().cells; c[0].text = a; c[1].text = b
areas = [
 ("Area of weakness 1: Leaders across education, health and care do not have an accurate, shared understanding of the local area's effectiveness",
  "What we want to achieve: a single, honest self-evaluation owned by all partners.", [
   ("1.1", "Complete a joint self-evaluation of the local area's SEND arrangements with parent carers", "DCS / CCG Director of Commissioning", "By 31 March 2019", "Blue"),
   ("1.2", "Develop a SEND data dashboard reported to the SEND Strategic Board", "Head of Access and Inclusion", "30/06/2019", "Green"),
   ("1.3", "Agree a joint commissioning strategy for SEND", "DCS / CCG Director of Commissioning", "Autumn term 2019", "Amber"),
 ]),
 ("Area of weakness 2: The timeliness and quality of EHC needs assessments and plans are poor",
  "What we want to achieve: EHC plans completed within 20 weeks that describe needs and outcomes well.", [
   ("2.1", "Recruit additional EHC coordinators to clear the assessment backlog", "Brown, Helen", "Spring term 2019", "Green"),
   ("2.2", "Introduce a health advice tracker so that health contributions are returned within six weeks", "SEN Team Manager & Designated Medical Officer", "w/c 13/05/19", "G"),
   ("2.3", "Deliver person-centred planning training to EHC coordinators and SENCOs", "Principal Educational Psychologist", "Summer term 2019", "Amber"),
 ]),
 ("Area of weakness 3: Parents and carers are not well informed about the local offer",
  "What we want to achieve: families know where to find information and support.", [
   ("3.1", "Relaunch the Local Offer website following co-production with the Parent Carer Forum", "Head of Access and Inclusion", "Sept 2019", "Red"),
   ("3.2", "Publish a termly SEND newsletter for families", "Communications Manager", "TBC", ""),
 ]),
]
for head, intro, acts in areas:
    doc.add_heading(head, 2)
    doc.add_paragraph(intro)
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "By when", "RAG"]): c.text = h
    for a in acts:
        cells = t.add_row().cells
        for c, x in zip(cells, a): c.text = x
doc.save(P("p1-southend-wsoa.docx"))

# 7. Havering LGA CPC action plan (txt, recommendation blocks with labelled fields)
txt = """London Borough of Havering – LGA Corporate Peer Challenge 2022: Action Plan
Agreed by Cabinet. Progress is reviewed six-monthly by Cabinet and the Overview and Scrutiny Board.
Status as at 31 January 2023.

RECOMMENDATION 1: Develop a clear narrative for Havering's place-shaping ambitions
--------------------------------------------------------------------------------
1.1  Publish a place-shaping narrative agreed by Cabinet
     Lead:    Assistant Director of Policy, Performance and Community
     Due:     Q2 2022/23
     Status:  Complete

1.2  Align the Corporate Plan 2023/24 with the place-shaping narrative
     Lead:    Assistant Director of Policy, Performance and Community
     Due:     End of January 2023
     Status:  On track

RECOMMENDATION 2: Strengthen the council's financial resilience
--------------------------------------------------------------------------------
2.1  Deliver a balanced budget for 2023/24 with a savings tracker reported to Cabinet
     Lead:    Strategic Director of Resources
     Due:     February 2023
     Status:  Amber

2.2  Budget monitoring reports to the Senior Leadership Team
     Lead:    Chief Finance Officer
     Due:     Monthly
     Status:  Green

RECOMMENDATION 3: Improve member and officer relationships
--------------------------------------------------------------------------------
3.1  Member development programme co-designed with the group leaders
     Lead:    Head of Democratic Services / Director of Legal
     Due:     30/04/2023
     Status:  Not started

3.2  Refresh the member-officer protocol in the Constitution
     Lead:    Monitoring Officer
     Due:     March 2023
     Status:  Red

Lead officers: the Senior Leadership Team are collectively accountable for delivery of this plan.
"""
with open(P("p1-havering-cpc.txt"), "w", encoding="utf-8") as f: f.write(txt)
print("done")
