import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document
from docx.shared import RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(OUT, n)
FILL = {k: PatternFill("solid", start_color=v, end_color=v) for k, v in
        dict(red="FF0000", amber="FFC000", green="00B050", blue="0070C0", grey="D9D9D9").items()}
B = Font(bold=True)

# ---------- A: Scottish HSCP ASP improvement plan, RAG by fill only ----------
wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
ws["A1"] = "Joint Inspection of Adult Support and Protection – Improvement Plan 2024-25"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Forth Glen Health and Social Care Partnership and Adult Protection Committee"
ws.append([])
ws.append(["Ref", "Action", "Lead Officer", "Timescale", "Progress update (March 2025)", "RAG"])
for c in ws[4]: c.font = B; c.fill = FILL["grey"]
rows = [
 ("H", "Priority Area 1: Chronologies"),
 ("1.1", "Introduce a single adult support and protection chronology template within the social work recording system", "Service Manager (Adult Protection)", "June 2024", "Template live on Carefirst from 3 June 2024.", "blue"),
 ("1.2", "Deliver chronology training to all council officers undertaking ASP investigations", "Learning & Development Lead / ASP Lead Officer", "Q2 2024/25", "84% of council officers trained; remaining sessions booked.", "green"),
 ("1.3", "Carry out a quarterly multi-agency audit of chronology quality", "ASP Lead Officer", "Ongoing", "Q3 audit reported to APC in January.", "green"),
 ("H", "Priority Area 2: Risk assessment and protection planning"),
 ("2.1", "Revise the inter-agency risk assessment tool and guidance", "J Kerr & M Baird", dt.datetime(2024, 10, 31), "Draft considered by APC; final version delayed to allow Police Scotland comment.", "amber"),
 ("2.2", "Ensure adult protection plans are reviewed within agreed timescales and the review recorded", "Team Managers", "Dec 2024 – March 2025", "Tracker in place; 71% reviewed on time.", "amber"),
 ("2.3", "Health staff to record involvement in ASP inquiries in the health record", "Chief Nurse (Community)", "TBC", "Not yet started – dependent on system change.", None),
 ("H", "Priority Area 3: Strategic leadership"),
 ("3.1", "APC to agree an improvement framework and performance dashboard", "Chief Social Work Officer", "September 2024", "Dashboard approved by APC 12/09/24.", "blue"),
 ("3.2", "Hold an annual self-evaluation event with staff, adults at risk and unpaid carers", "APC Independent Chair / Chief Officer", "Jan-25", "Event postponed; new date not yet agreed.", "red"),
]
r = 5
for row in rows:
    if row[0] == "H":
        ws.cell(r, 1, row[1]).font = B
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1).fill = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
    else:
        for i, v in enumerate(row[:5], 1):
            c = ws.cell(r, i, v); c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.datetime): c.number_format = "dd/mm/yyyy"
        if row[5]: ws.cell(r, 6).fill = FILL[row[5]]
    r += 1
r += 1
ws.cell(r, 1, "RAG key").font = B; r += 1
for col, txt in [("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage"), ("red", "Significant delay / at risk")]:
    ws.cell(r, 1).fill = FILL[col]; ws.cell(r, 2, txt); r += 1
for col, w in zip("ABCDEF", [7, 60, 30, 20, 50, 8]): ws.column_dimensions[col].width = w
wb.save(P("j3-hscp-asp-improvement-plan.xlsx"))

# ---------- B: English children's services post-monitoring-visit tracker ----------
wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
ws["A1"] = "Children's Services Improvement Plan – Response to Ofsted Monitoring Visit (October 2024)"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Updated for Improvement Board 14 January 2025"
ws.append([])
ws.append(["Ref", "Ofsted finding / recommendation", "Action", "Owner", "Original Target", "Revised Target", "Previous RAG", "Current RAG", "Update"])
for c in ws[4]: c.font = B; c.fill = FILL["grey"]
D = dt.datetime
rows = [
 ("H", "Workstream 1: Front Door and Assessment"),
 ("FD1", "Strategy discussions are not always held promptly when risk to a child escalates", "Introduce a daily MASH strategy meeting slot with police and health", "HoS MASH", D(2024, 11, 30), None, "A", "G", "Daily slots running since 4 November."),
 ("FD2", None, "Audit 20 strategy discussions each month and report findings to the Practice Improvement Group", "QA Manager", D(2024, 12, 31), D(2025, 2, 28), "A", "A", "First audit completed; reporting moved to February PIG."),
 ("FD3", "Management oversight of assessments is not consistently recorded", "Team Managers to review the weekly assessment tracker and record oversight on each open assessment", "Team Managers (Assessment)", "Monthly", None, "G", "G", "Compliance 88% in December."),
 ("H", "Workstream 2: Children in Care and Care Leavers"),
 ("CC1", "Pathway plans for care leavers are not consistently updated", "Co-produce a refreshed pathway plan template with the Children in Care Council", "S. Okafor / L. Brennan", "Jan-25", None, "R", "A", "Template drafted with young people; sign-off at January DMT."),
 ("CC2", None, "Personal advisers to update all pathway plans more than six months old", "Head of Corporate Parenting", D(2024, 12, 15), None, "G", "B", "All 41 plans updated."),
 ("CC3", "Too many children experience frequent changes of social worker", "Recruit permanent social workers to the children in care teams and reduce agency use", "Director of Children's Social Care", "Mar-25", "Jun-25", "R", "R", "Four vacancies remain; international recruitment cohort due April."),
 ("H", "Workstream 3: Leadership and Quality Assurance"),
 ("QA1", "The quality assurance framework does not yet show leaders the impact of practice on children", "Launch the revised quality assurance framework including moderation of audits", "Principal Social Worker", D(2025, 1, 31), None, "A", "Complete", "Launched at all-staff briefing 9 January."),
 ("QA2", None, "Hold practice weeks twice a year with senior leaders observing practice", "DCS, PSW", "Sept 2024 – March 2025", None, "G", "G", "First practice week held in September."),
]
r = 5
for row in rows:
    if row[0] == "H":
        ws.cell(r, 1, row[1]).font = B
    else:
        for i, v in enumerate(row, 1):
            if v is None: continue
            c = ws.cell(r, i, v); c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.datetime): c.number_format = "dd/mm/yyyy"
    r += 1
ws.merge_cells("B6:B7"); ws.merge_cells("B10:B11"); ws.merge_cells("B14:B15")
ws["B6"].alignment = ws["B10"].alignment = ws["B14"].alignment = Alignment(wrap_text=True, vertical="top")
r += 1
ws.cell(r, 1, "RAG: R = off track, A = some risk to delivery, G = on track, B = complete").font = Font(italic=True)
for col, w in zip("ABCDEFGHI", [7, 40, 50, 25, 14, 14, 10, 10, 45]): ws.column_dimensions[col].width = w
wb.save(P("j3-ofsted-mv-tracker.xlsx"))

# ---------- C: NI council proposals-for-improvement tracker, key redefines Green ----------
wb = Workbook(); ws = wb.active; ws.title = "Summary"
ws["A1"] = "Proposals for Improvement – Summary"; ws["A1"].font = B
for i, (k, v) in enumerate([("Status", "Number"), ("Green (completed)", 2), ("Amber (in progress)", 3), ("Red (not started)", 1), ("Total", 6)], 3):
    ws.cell(i, 1, k); ws.cell(i, 2, v)
ws = wb.create_sheet("PfI Tracker")
ws["A1"] = "Performance Improvement – Proposals for Improvement Action Tracker 2024-25"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Source: Local Government Auditor, Improvement Audit and Assessment Report 2023-24"
ws["A3"] = "Status key: Red = not started | Amber = in progress | Green = completed"
ws.append([])
ws.append(["PfI No.", "Proposal for Improvement", "Council Action", "Responsible Officer", "Target Date", "Status", "Comment"])
for c in ws[5]: c.font = B
rows = [
 ("PfI 1", "The Council should ensure that each improvement objective has measurable targets against which progress can be assessed.", "Set a baseline and target for each self-imposed performance indicator", "Performance & Improvement Officer", "31/03/2024", "Green", "Targets agreed by SMT and included in the 2024-25 Plan."),
 ("PfI 2", "The Council should consult more widely on its improvement objectives.", "Run a 12-week public consultation on the 2025-26 improvement objectives", "Head of Strategic Planning and Performance", "Jan-25", "Amber", "Consultation opened 2 December."),
 ("PfI 3", "The Council should strengthen its arrangements for assuring the quality of statutory indicator data.", "Document data quality checks for the planning statutory indicators", "Planning Manager; Performance Officer", "30 Sept 2024", "Green", "Procedure note issued."),
 ("PfI 4", "The Council should compare its performance with other councils in its self-assessment.", "Include comparison with other NI councils' statutory indicators in the Annual Self-Assessment", "McCann, Orla", "By 30 September 2025", "Amber", "Data sharing agreed through APSE NI."),
 ("PfI 5", "Members should receive regular performance information to support scrutiny.", "Report performance quarterly to the Corporate Policy and Resources Committee", "Director of Corporate Services", "Quarterly", "Amber", "Q1 and Q2 reports presented."),
 ("PfI 6", "The Council should implement outstanding recommendations from previous audits.", "Review and close all outstanding prior-year audit recommendations", "Head of Audit, Risk and Governance", "31/12/2024", "Red", "Review not yet started due to vacancy."),
]
for row in rows: ws.append(list(row))
for col, w in zip("ABCDEFG", [9, 55, 50, 32, 20, 10, 40]): ws.column_dimensions[col].width = w
wb.save(P("j3-ni-council-pfi-tracker.xlsx"))

# ---------- D: English children's services post-MV action plan (docx) ----------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol); tcPr.append(s)
def table(doc, rows, header=True):
    t = doc.add_table(rows=0, cols=len(rows[0])); t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
            if header and i == 0:
                for p in c.paragraphs:
                    for run in p.runs: run.bold = True
    return t

doc = Document()
doc.add_heading("Improving Outcomes for Children: Post-Monitoring Visit Action Plan", 0)
doc.add_paragraph("Following Ofsted's third monitoring visit in November 2024, this plan sets out what we will do in response to the areas inspectors asked us to strengthen. Progress is reported monthly to the Children's Improvement Board.")
doc.add_heading("Document control", 2)
table(doc, [["Version", "Date", "Author", "Changes"], ["0.3", "02/12/2024", "Improvement Lead", "Draft for DMT"], ["1.0", "16/12/2024", "Improvement Lead", "Approved by Improvement Board"]])
doc.add_heading("Priority 1: Help and protection", 1)
doc.add_heading("Child protection plans are not sufficiently specific, so it is not clear to families what needs to change.", 3)
table(doc, [["No.", "What we will do", "Who", "By when", "RAG", "Progress"],
 ["1.1", "Re-launch the SMART child protection plan template and practice guidance", "Head of Safeguarding / Principal Social Worker", "End of January 2025", "Green", "Guidance published; briefings held in all teams."],
 ["1.2", "Child protection chairs to escalate plans that are not SMART through the practice alert process", "CP&IRO Service Manager", "w/c 03/02/25", "Amber", "Process agreed; first alerts due to be reviewed."],
 ["1.3", "Deliver core group training for partner agencies", "Safeguarding Partnership Business Manager", "Autumn term 2025", "Not started", ""]])
doc.add_heading("Priority 2: Children in care", 1)
doc.add_heading("Children's views are not consistently reflected in their care plans.", 3)
table(doc, [["No.", "What we will do", "Who", "By when", "RAG", "Progress"],
 ["2.1", "Introduce a 'My Voice' section in all care plans", "AK, JT", "28/02/2025", "Green", "Section added to the care plan form."],
 ["2.2", "Independent reviewing officers to carry out mid-point checks between reviews", "IRO Service Manager", "Monthly", "Green", "Mid-point checks recorded for 76% of children."]])
doc.add_heading("There are not enough local homes to meet children's needs.", 3)
table(doc, [["No.", "What we will do", "Who", "By when", "RAG", "Progress"],
 ["2.3", "Open two new in-house children's homes", "Assistant Director Commissioning and Sufficiency", "Q1 2025/26", "Red", "Registration of first home delayed."],
 ["2.4", "Run a foster carer recruitment campaign targeting carers for teenagers", "Fostering Team Manager & Marketing Lead", "March 2025", "Complete", "Campaign ran January to March; 19 enquiries."]])
doc.add_heading("RAG key", 2)
table(doc, [["Red", "Off track – action not delivered by the target date"], ["Amber", "At risk – some delay"], ["Green", "On track"], ["Complete", "Action delivered"]], header=False)
doc.save(P("j3-ofsted-mv-action-plan.docx"))

# ---------- E: Scottish children's services joint inspection improvement plan (docx) ----------
doc = Document()
doc.add_paragraph("Joint Inspection of Services for Children and Young People at Risk of Harm: Partnership Improvement Plan", style="Title")
doc.add_paragraph("Glenmuir Children's Services Partnership – Version 2, February 2025")
doc.add_paragraph("This plan responds to the areas for improvement identified by the Care Inspectorate and partner scrutiny bodies. It is overseen by the Chief Officers Group.")
t = doc.add_table(rows=0, cols=6); t.style = "Table Grid"
def addrow(vals): 
    cells = t.add_row().cells
    for c, v in zip(cells, vals): c.text = v
    return cells
def head(txt):
    cells = t.add_row().cells; m = cells[0].merge(cells[5]); m.text = txt
    for run in m.paragraphs[0].runs: run.bold = True
    shade(m, "DDEBF7")
hdr = addrow(["Ref", "Improvement action", "Lead(s)", "Timescale", "Progress", "Status"])
for c in hdr:
    for run in c.paragraphs[0].runs: run.bold = True
head("Area for improvement 1: Strengthen the quality and consistency of chronologies")
addrow(["1a", "Adopt the multi-agency chronology guidance across social work, health and education", "Child Protection Lead Officer", "August 2024", "Guidance adopted by CPC in August.", "Complete"])
addrow(["1b", "Audit a sample of chronologies each term and share learning", "Lead Officer CP; Education Officer (Inclusion)", "Termly", "Autumn audit completed.", "Green"])
head("Area for improvement 2: Improve the involvement of children and families in decisions that affect them")
addrow(["2a", "Use the Viewpoint tool before every child protection planning meeting", "Rhona Dunlop and Chris Mackie", "31 March 2025", "Use rising; 58% of meetings in January.", "Amber"])
addrow(["2b", "Extend the independent advocacy service to children on the child protection register", "Commissioning Manager", "Oct 24", "Contract variation agreed.", "Green"])
addrow(["2c", "Create a Children's Rights Officer post", "Head of Children's Services", "Originally Dec 2024, now June 2025", "Funding not yet confirmed.", "Red"])
head("Area for improvement 3: Strengthen leadership oversight of performance and outcomes")
addrow(["3a", "Develop a quarterly children at risk dataset for the CPC and Chief Officers Group", "Performance Manager", "Q3 2024/25", "Dataset drafted; health data outstanding.", "Amber"])
addrow(["3b", "Chief Officers Group to hold an annual self-evaluation of services for children at risk of harm", "Chief Social Work Officer", "Ongoing", "First session held November 2024.", "Green"])
doc.add_paragraph("Status: Complete – action delivered; Green – on track; Amber – some slippage; Red – at risk of not being delivered.")
doc.save(P("j3-scot-children-joint-inspection-plan.docx"))

# ---------- F: NI council improvement objectives CSV (refuse: mistyped month) ----------
lines = [
 ["Corporate Improvement Plan 2025-26 - Improvement Objectives Action Plan", "", "", "", "", ""],
 ["", "", "", "", "", ""],
 ["Objective", "Ref", "Action", "Lead Officer", "Target Date", "RAG"],
 ["Objective 1: We will improve customer satisfaction with council services", "1.1", "Introduce a single customer contact centre number and call-back service", "Head of Customer Services", "Jun-25", "G"],
 ["", "1.2", "Launch online booking for bulky waste collections", "Digital Transformation Manager/ICT Manager", "Sep-25", "A"],
 ["", "1.3", "Publish quarterly customer satisfaction results on the council website", "Head of Customer Services", "Quarterly", "G"],
 ["Objective 2: We will increase the household waste recycling rate to 55%", "2.1", "Roll out the kerbside glass collection to the remaining 9,000 households", "Director of Environmental Services", "Agust-25", "A"],
 ["", "2.2", "Deliver a schools recycling education programme", "Waste Education Officer", "Mar-26", "G"],
 ["", "2.3", "Review recycling centre opening hours following consultation", "Head of Waste Management", "Dec-25", "R"],
 ["Objective 3: We will support local businesses to grow", "3.1", "Deliver the Go Succeed business start-up programme", "Head of Economic Development", "Mar-26", "G"],
 ["", "3.2", "Open two new business units at the enterprise park", "Estates Manager", "Nov-25", "A"],
 ["", "", "", "", "", ""],
 ["RAG: R = significant concern, A = some concern, G = on track", "", "", "", "", ""],
]
with open(P("j3-ni-council-improvement-objectives.csv"), "w", newline="", encoding="utf-8") as f:
    csv.writer(f).writerows(lines)

# ---------- G: Scottish council Best Value improvement action plan (txt) ----------
txt = """Westburn Council - Best Value Assurance Report: Improvement Action Plan
Progress update to Audit and Scrutiny Committee, 4 March 2025

This plan responds to the recommendations made by the Controller of Audit in the Best
Value Assurance Report published in May 2024.

Status key: Red - significantly off track; Amber - minor slippage; Green - on track;
Complete - action delivered.

----------------------------------------------------------------------------------------
1. FINANCIAL SUSTAINABILITY

The council should set out clearly how it will close the projected budget gap of
£38 million by 2027/28.

R1.1  Refresh the Medium Term Financial Strategy to cover 2025/26 to 2029/30.
      Lead officer: Chief Financial Officer
      Due: February 2025
      Status: Complete

R1.2  Identify surplus property for disposal and report savings to Council.
      Lead officer: Chief Financial Officer / Head of Property
      Due: 31/03/2025
      Status: Amber

----------------------------------------------------------------------------------------
2. WORKFORCE PLANNING

The council should complete its workforce plan and link it to its transformation
programme.

R2.1  Approve a council-wide workforce plan for 2025-2028.
      Lead officer: Head of People and Organisational Development
      Due: June 2025
      Status: Green

R2.2  Service workforce plans to be reviewed at each quarterly performance meeting.
      Lead officer: HR Business Partners
      Due: Ongoing
      Status: Green

----------------------------------------------------------------------------------------
3. COMMUNITY EMPOWERMENT

The council should work with communities to agree locality plans for each of its
five localities.

R3.1  Agree locality plans with community councils and third sector partners.
      Lead officer: K. Lindsay, L. Moffat
      Due: Sept 2025
      Status: Not started

R3.2  Report progress on participatory budgeting to the Community Planning Board.
      Lead officer: Community Planning Manager
      Due: Q4 2024/25
      Status: Red

----------------------------------------------------------------------------------------
"""
with open(P("j3-scot-council-bv-action-plan.txt"), "w", encoding="utf-8") as f:
    f.write(txt)
print("done")
