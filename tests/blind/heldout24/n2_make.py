import csv, datetime, os
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font
from docx import Document
OUT = os.path.dirname(os.path.abspath(__file__))
def p(n): return os.path.join(OUT, n)
def fill(c): return PatternFill("solid", start_color=c, end_color=c)

# 1 Stockton ILACS xlsx: section rows, previous/current RAG
wb = Workbook(); ws = wb.active; ws.title = "ILACS Action Plan"
ws["A1"] = "Stockton-on-Tees Borough Council – Children's Services ILACS Action Plan 2023"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Inspection 27 February – 14 March 2023; report published 9 May 2023. Plan submitted to Ofsted 16 August 2023."
ws.append([])
ws.append(["Ref", "Action", "Lead officer", "Timescale", "Previous RAG", "Current RAG", "Progress update"])
rows = [
 ("S", "1. The quality and effectiveness of plans for children and care leavers, including safety plans agreed with parents"),
 ("1.1", "Relaunch the child's plan template with SMART outcomes and contingency plans", "Head of Service (Children in Care)", "Sep-23", "Amber", "Green", "Template live; briefings delivered to all teams."),
 ("1.2", "Deliver safety planning workshops for social workers and parents", "Principal Social Worker / Practice Lead", "31/12/2023", "Red", "Amber", "Four of six workshops delivered."),
 ("1.3", "Audit 40 care leaver pathway plans and feed back learning", "Leaving Care Team Manager", "Q4 2023/24", "Amber", "Blue", "Audit completed and reported to Good and Beyond Board."),
 ("S", "2. Sufficiency of suitable foster homes for children"),
 ("2.1", "Refresh the Placement Sufficiency Strategy", "AD Commissioning", "Nov-23", "Green", "Complete", "Approved by Cabinet."),
 ("2.2", "Run a continuous fostering recruitment campaign", "Fostering Service Manager", "Ongoing", "Amber", "Amber", "12 enquiries this quarter."),
 ("S", "3. Frontline management oversight of the quality of assessments and plans and the impact of interventions"),
 ("3.1", "Introduce a monthly audit of supervision records", "Head of Quality Assurance and Safeguarding", datetime.datetime(2024,1,31), "Red", "Red", "Audit tool agreed; first cycle delayed."),
 ("3.2", "Team managers' development programme", "Workforce Development Lead", "March 2024", "", "", ""),
 ("S", "4. Opportunities for more children and care leavers to have a voice and to influence the development of services"),
 ("4.1", "Establish a Children in Care Council sub-group on service design", "Participation Officer; Head of Service (Children in Care)", "Spring term 2024", "Green", "Green", "Sub-group met twice."),
]
for r in rows:
    if r[0] == "S":
        ws.append([r[1]]); n = ws.max_row
        ws.merge_cells(start_row=n, start_column=1, end_row=n, end_column=7)
        ws.cell(n, 1).font = Font(bold=True); ws.cell(n,1).fill = fill("D9E1F2")
    else:
        ws.append(list(r)); n = ws.max_row
        if isinstance(r[3], datetime.datetime): ws.cell(n, 4).number_format = "mmm-yy"
wb.save(p("n2-stockton-ilacs-plan.xlsx"))

# 2 Reading YJS xlsx: document control sheet, merged recommendation cells, fill-only RAG
wb = Workbook(); dc = wb.active; dc.title = "Document control"
dc.append(["Reading Youth Justice Service – HMIP Inspection Improvement Plan"])
dc.append([])
dc.append(["Version", "Date", "Author", "Changes"])
dc.append(["0.1", "12/12/2024", "YJS Manager", "First draft"])
dc.append(["1.0", "20/12/2024", "YJS Manager", "Endorsed by YJ Management Board"])
ws = wb.create_sheet("Improvement Plan")
ws["A1"] = "Reading Youth Justice Service Improvement Plan – response to HM Inspectorate of Probation inspection (September 2024)"
ws["A2"] = "RAG key (cell colour): Red = off track; Amber = some slippage; Green = on track; Blue = complete"
ws.append([])
ws.append(["Rec", "Recommendation", "Action No", "Action", "Owner", "Target date", "RAG"])
G, A, R, B = "00B050", "FFC000", "FF0000", "0070C0"
recs = [
 ("1", "Ensure that quality assurance arrangements, oversight of practice, and supervision arrangements consistently support staff and volunteer development", [
   ("1.1", "Introduce a quarterly quality assurance framework with dip-sampling of case records", "YJS Manager", datetime.datetime(2025,3,31), G),
   ("1.2", "Record monthly reflective supervision for every case manager on ChildView", "Team Manager (Operations)", "Feb-25", B),
   ("1.3", "Deliver an induction and refresher training programme for referral order panel volunteers", "Hunt, Sarah", "End of June 2025", A)]),
 ("2", "Ensure that assessing activity always considers how best to achieve safety for the child and the community", [
   ("2.1", "Safety and wellbeing training for all case managers", "YJS Manager & Practice Development Lead", "Jan-25", B),
   ("2.2", "Countersign all AssetPlus assessments at management level", "Team Manager (Operations)", "Ongoing", G)]),
 ("3", "Ensure that commensurate focus is given to the needs of victims", [
   ("3.1", "Recruit a dedicated Victim Worker", "Head of Early Help and Youth Justice", "Apr-25", R),
   ("3.2", "Review the victim contact procedure and consent recording", "Victim Worker", "Sept 2025", None)]),
 ("4", "The Management Board should ensure that the YJS is sufficiently resourced and structured to deliver high-quality interventions", [
   ("4.1", "Board to approve a revised staffing structure for the service", "Chair of YJ Management Board", "Q4 2024/25", G)]),
]
for num, text, acts in recs:
    start = ws.max_row + 1
    for a in acts:
        ws.append([num, text, a[0], a[1], a[2], a[3], None]); n = ws.max_row
        if isinstance(a[3], datetime.datetime): ws.cell(n, 6).number_format = "dd/mm/yyyy"
        if a[4]: ws.cell(n, 7).fill = fill(a[4])
    end = ws.max_row
    if end > start:
        ws.merge_cells(start_row=start, start_column=1, end_row=end, end_column=1)
        ws.merge_cells(start_row=start, start_column=2, end_row=end, end_column=2)
wb.save(p("n2-reading-yjs-hmip-plan.xlsx"))

# 3 Central Bedfordshire WSoA docx: theme heading > numbered weakness heading > table per weakness
d = Document()
d.add_heading("Central Bedfordshire Local Area SEND Written Statement of Action", 0)
d.add_paragraph("Ofsted/CQC joint local area SEND inspection, 18–22 November 2019. Submitted jointly by Central Bedfordshire Council and Bedfordshire, Luton and Milton Keynes CCG.")
d.add_heading("Version control", 1)
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
for i, h in enumerate(["Version", "Date", "Author", "Comment"]): t.rows[0].cells[i].text = h
for r in [("1.0", "04/03/2020", "SEND Improvement Lead", "Submitted to Ofsted"), ("1.1", "15/09/2020", "SEND Improvement Lead", "Progress update")]:
    c = t.add_row().cells
    for i, v in enumerate(r): c[i].text = v
def actable(rows, hdr):
    t = d.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for i, h in enumerate(hdr): t.rows[0].cells[i].text = h
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r): c[i].text = v
H = ["Ref", "Action", "Lead", "By when", "Measure of success", "RAG"]
d.add_heading("Theme 1: Quality and oversight of EHC plans", 1)
d.add_heading("1. Existing EHC plans are not of sufficient quality to ensure that the needs of children and young people are identified and met", 2)
actable([("1a", "Review all EHC plans at Year 5, Year 9 and Year 11 annual reviews against the quality standard", "Head of SEND / Designated Clinical Officer", "Sept 2020 – March 2021", "90% of reviewed plans rated good", "A"),
         ("1b", "Introduce a multi-agency EHC plan quality standard co-produced with SNAP", "Jane Ellis and Tom Okafor", "By 31 July 2020", "Standard published", "Complete")], H)
d.add_heading("2. Leaders do not have sufficient oversight of the quality of new EHC plans", 2)
actable([("2a", "Establish a monthly EHC plan quality assurance panel", "SEND Quality Assurance Lead", "Autumn term 2020", "Panel minutes; audit grades", "G"),
         ("2b", "Report EHC plan audit findings to the SEND Partnership Board", "Director of Children's Services", "Termly", "Board minutes", "G")], H)
d.add_heading("Theme 2: Co-production and the Local Offer", 1)
d.add_heading("5. Co-production is not well informed by the views of children, young people and their families", 2)
actable([("5a", "Co-produce a participation charter with SNAP Parent Carer Forum", "Participation Manager", "Summer term 2021", "Charter signed by all partners", "A"),
         ("5b", "Hold a young people's SEND forum", "Participation Manager", "Monthly", "Attendance and feedback", "")], H)
d.add_heading("6. The Local Offer is not effective", 2)
actable([("6a", "Redesign the Local Offer website with parent carers", "Okafor, Tom", "31/03/2021", "Website usage up 25%", "R"),
         ("6b", "Launch a termly Local Offer newsletter", "Communications Officer", "Jan-21", "First issue published", "Not started")], H)
d.add_heading("Glossary", 1)
actable([("EHC plan", "Education, Health and Care plan"), ("SNAP", "Special Needs Action Panel parent carer forum"), ("DCO", "Designated Clinical Officer")], ["Term", "Meaning"])
d.save(p("n2-central-beds-send-wsoa.docx"))

# 4 B&NES ASC docx: key redefines Green = completed; priority rows merged across table
d = Document()
d.add_heading("Adult Social Care Improvement Plan 2025–26", 0)
d.add_paragraph("Bath & North East Somerset Council – response to the CQC Local Authority Assessment (report published 30 January 2025; rating: Requires Improvement).")
d.add_paragraph("Progress key")
t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in [("Red", "Significant delay – escalated to ASC Leadership Team"), ("Amber", "In progress"), ("Green", "Completed")]:
    c = t.add_row().cells; c[0].text = a; c[1].text = b
d.add_paragraph("")
hdr = ["No.", "What we will do", "CQC quality statement", "Responsible lead", "Delivery date", "Progress"]
t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
for i, h in enumerate(hdr): t.rows[0].cells[i].text = h
def prio(text):
    c = t.add_row().cells; m = c[0].merge(c[5]); m.text = text
    m.paragraphs[0].runs[0].bold = True
def act(*v):
    c = t.add_row().cells
    for i, x in enumerate(v): c[i].text = x
prio("Priority 1: Supporting unpaid carers")
act("1.1", "Refresh the Carers' Strategy with carers and the Carers' Centre", "Assessing needs", "Head of Commissioning (Adults)", "Q2 2025/26", "Amber")
act("1.2", "Reduce waiting times for carers' assessments to 28 days", "Assessing needs", "Okonjo, Grace", "December 2025", "Green")
prio("Priority 2: Reducing waiting lists for Care Act assessments")
act("2.1", "Introduce a waiting list triage and review protocol", "Assessing needs", "Principal Social Worker (Adults)", "31/01/2026", "Red")
act("2.2", "Commission additional occupational therapy capacity", "Care provision, integration and continuity", "Head of Occupational Therapy", "TBC", "")
prio("Priority 3: Safe transitions from children's services")
act("3.1", "Agree a joint transitions protocol with Children's Services", "Safe pathways, systems and transitions", "AD Adult Social Care / AD Children's Social Care", "Oct-25", "Amber")
act("3.2", "Set up a transitions tracker from age 14", "Safe pathways, systems and transitions", "Transitions Team Manager", "Nov 2025", "Green")
prio("Priority 4: Leadership, governance and learning")
act("4.1", "Report improvement plan performance to Cabinet", "Governance, management and sustainability", "Director of Adult Social Services", "Quarterly", "Amber")
d.save(p("n2-bathnes-asc-cqc-plan.docx"))

# 5 Anglesey CIW docx: "Area for development N" headings with text paragraph, tables without refs
d = Document()
d.add_heading("Children and Families' Services Post-Inspection Action Plan", 0)
d.add_paragraph("Cynllun Gweithredu Ôl-Arolygiad – Gwasanaethau Plant a Theuluoedd")
d.add_paragraph("Isle of Anglesey County Council – response to the Care Inspectorate Wales re-inspection, October 2018.")
H = ["Action", "Responsible officer", "Timescale", "Status"]
d.add_heading("Area for development 1", 2)
d.add_paragraph("Improve the collation and recording of evidence and analysis of risk in safeguarding work.")
actable([("Introduce a standard risk analysis section in strategy discussion records", "Service Manager (Safeguarding)", "Mar-19", "Completed"),
         ("Quarterly audit of child protection enquiries, with findings reported to Practice Panel", "Service Manager (Safeguarding) / QA Officer", "w/c 04/03/19", "On track")], H)
d.add_heading("Area for development 2", 2)
d.add_paragraph("Continue to strengthen management oversight and professional accountability at all levels.")
actable([("Roll out the supervision policy and recording template", "Head of Children and Families' Services", "June 2019", "On track"),
         ("Managers complete monthly case file audits", "Team Managers", "Ongoing", "On track")], H)
d.add_heading("Area for development 3", 2)
d.add_paragraph("Reduce reliance on agency social workers and stabilise the workforce.")
actable([("Implement the 'grow our own' social work trainee scheme with Bangor University", "Workforce Development Manager", "September 2019", "Not started"),
         ("Review the market supplement for experienced social workers", "HR Business Partner", "31/05/2019", "Amber")], H)
d.add_heading("Glossary", 2)
actable([("CIW", "Care Inspectorate Wales"), ("QA", "Quality Assurance")], ["Term", "Meaning"])
d.save(p("n2-anglesey-ciw-action-plan.docx"))

# 6 Cheshire East CSV tracker: original + revised target, initials leads
with open(p("n2-cheshire-east-ilacs-tracker.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Cheshire East Council - Children's Services Improvement Plan tracker (ILACS February-March 2024)"])
    w.writerow([])
    w.writerow(["ID", "Area for improvement", "Action", "Lead Officer", "Original Target", "Revised Target", "RAG", "Update"])
    A1 = "Management oversight and supervision"; A2 = "Quality of assessments for disabled children"
    A3 = "Care leavers' access to their health histories"; A4 = "Public Law Outline timeliness"
    for r in [
     ("1.1", A1, "Implement the revised supervision policy across all teams", "RG/JF", "Jun-24", "Sep-24", "G", "Policy live in 9 of 11 teams"),
     ("1.2", A1, "Monthly performance clinics for team managers", "RG", "Jul-24", "", "B", "Clinics embedded"),
     ("2.1", A2, "Children with Disabilities team to adopt the single assessment framework", "MB, KT", "Aug-24", "Dec-24", "A", "Training delayed"),
     ("2.2", A2, "Audit 30 disabled children's assessments", "KT", "30/09/2024", "", "R", "Audit not yet started"),
     ("3.1", A3, "Agree a process with the ICB to give health histories to all care leavers at 18", "Head of Service (Care Leavers)", "Oct-24", "Mar-25", "A", "Draft protocol with ICB"),
     ("3.2", A3, "Relaunch the care leavers' health passport", "Head of Service (Care Leavers)", "Q3 2024/25", "", "G", ""),
     ("4.1", A4, "PLO tracker reviewed weekly by the legal gateway panel", "Davies, Helen", "Ongoing", "", "A", ""),
     ("4.2", A4, "Reduce average pre-proceedings duration to 16 weeks", "Davies, Helen; Legal Services Manager", "Jan-25", "", "", ""),
    ]: w.writerow(r)

# 7 Darlington WSoA CSV: refuse (0ct-23 with a zero)
with open(p("n2-darlington-wsoa-tracker.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Darlington SEND Written Statement of Action - progress tracker (inspection January 2022)"])
    w.writerow(["Ref", "Area of significant weakness", "Action", "Lead", "Target date", "RAG"])
    W1 = "Timeliness and quality of EHC needs assessments"; W2 = "Co-production with parents and carers at a strategic level"
    for r in [
     ("1.1", W1, "Recruit two additional EHC coordinators", "Head of SEND", "Nov-22", "G"),
     ("1.2", W1, "Weekly EHC timeliness tracking at SEND panel", "SEND Team Manager", "Jan-23", "A"),
     ("1.3", W1, "Health advice returned within 6 weeks for all requests", "Designated Clinical Officer", "Mar-23", "B"),
     ("2.1", W2, "Co-produce a SEND communication plan with Darlington Parent Carer Forum", "Assistant Director Education and Inclusion", "Dec-22", "G"),
     ("2.2", W2, "Parent carer forum representation on SEND Assurance Executive", "Assistant Director Education and Inclusion", "0ct-23", "A"),
     ("2.3", W2, "You said, we did updates on the Local Offer", "Local Offer Officer", "Jul-23", ""),
    ]: w.writerow(r)
print("ok")
