import os, csv
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font
from docx import Document
D = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(D, n)
F = lambda c: PatternFill("solid", fgColor=c)
RED, AMB, GRN, BLU = "FF0000", "FFC000", "00B050", "0070C0"

# 1 csv: Anglesey scrutiny tracker
rows = [["Isle of Anglesey County Council - Corporate Scrutiny Committee: Recommendations Tracker 2024/25"],
 ["Ref","Scrutiny review","Recommendation","Responsible officer","Target date","Progress update","RAG"],
 ["CSC/24/01","Housing Allocations Task and Finish Group","Publish a plain-language guide to the allocations policy in Welsh and English","Head of Housing Services","30/09/2024","Guide published on website","Complete"],
 ["CSC/24/02","Housing Allocations Task and Finish Group","Review void turnaround times and report quarterly to the Committee","Head of Housing Services; Housing Services Manager","Q4 2024/25","Q2 report received; Q3 due","Green"],
 ["CSC/24/03","School Modernisation","Undertake further engagement with Llangefni catchment families before the next options appraisal","Director of Education, Skills and Young People","March 2025","Engagement delayed by staff changes","Amber"],
 ["CSC/24/04","School Modernisation","Provide members with a briefing on transport costs","Learning Service Manager","Ongoing","","Not started"],
 ["CSC/24/05","Performance Scorecard","Add sickness absence by service to the quarterly scorecard","Head of Profession (HR) and Transformation Manager","31/01/2025","Data quality issues in the HR system","Red"],
]
with open(P("ztg-isle-of-anglesey-county-council-scrutiny-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
    csv.writer(f).writerows(rows)

# 2 txt: Westmorland and Furness MV
txt = """Westmorland and Furness Council
Children's Services - Ofsted Monitoring Visit Action Plan (visit of 14-15 May 2024)
Owner: Director of Children's Services\tVersion 1.2\tUpdated 01/10/2024

Area 1: Quality of assessments for children in need
No\tAction\tLead\tBy when\tStatus
1.1\tRefresh the assessment practice standard and relaunch through practice weeks\tPrincipal Social Worker\tJuly 2024\tComplete
1.2\tMonthly thematic audit of 20 assessments with moderation by Heads of Service\tHead of Quality Assurance\tMonthly\tGreen

Area 2: Management oversight and supervision
No\tAction\tLead\tBy when\tStatus
2.1\tIntroduce a supervision recording template with reflective prompts\tHead of Service (Safeguarding) / Head of Service (Children in Care)\t30/09/2024\tAmber
2.2\tTeam managers to complete the supervision skills programme\tWorkforce Development Lead\tDec-24\tNot started

Notes: statuses are reviewed at the Children's Improvement Board each month.
"""
open(P("ztg-westmorland-and-furness-council-ofsted-monitoring-visit-action-plan.txt"), "w", encoding="utf-8").write(txt)

# 3 docx: Bexley WSOA
d = Document()
d.add_heading("London Borough of Bexley and Bexley Health and Care Partnership", 1)
d.add_paragraph("SEND Written Statement of Action - Progress Report, January 2023")
t = d.add_table(rows=3, cols=2); t.style = "Table Grid"
for i,(a,b) in enumerate([("Document owner","Director of Education"),("Version","3.0"),("Date","12/01/2023")]):
    t.cell(i,0).text=a; t.cell(i,1).text=b
d.add_paragraph("Area of weakness 1: The quality and timeliness of EHC plans")
t = d.add_table(rows=1, cols=5); t.style="Table Grid"
for c,h in zip(t.rows[0].cells, ["Ref","Action","Lead","Deadline","RAG"]): c.text=h
for r in [("1a","Recruit two additional EHC coordinators\nand review caseload weighting","Head of SEND","Jan-23","Blue"),
          ("1b","Introduce multi-agency quality assurance of draft plans","Head of SEND and Designated Clinical Officer","April 2023","Amber")]:
    cs=t.add_row().cells
    for c,v in zip(cs,r): c.text=v
d.add_paragraph("Area of weakness 2: Co-production with parents and carers")
t = d.add_table(rows=1, cols=5); t.style="Table Grid"
for c,h in zip(t.rows[0].cells, ["Ref","Action","Lead","Deadline","RAG"]): c.text=h
for r in [("2a","Agree a co-production charter with Bexley Parent Carer Forum","SEND Strategic Manager","31/03/2023","Green"),
          ("2b","Refresh the Local Offer website with parent reviewers","Local Offer Officer","Summer term 2023","Red")]:
    cs=t.add_row().cells
    for c,v in zip(cs,r): c.text=v
d.save(P("ztg-bexley-local-area-send-written-statement-of-action-progress-report.docx"))

# 4 docx: Powys corporate plan delivery tracker
d = Document()
d.add_heading("Powys County Council - Stronger, Fairer, Greener: Corporate Plan Delivery Tracker 2024-25 (Quarter 2)", 1)
d.add_paragraph("RAG key: Green = on track; Amber = some slippage; Red = off track; Blue = complete")
t = d.add_table(rows=1, cols=5); t.style="Table Grid"
for c,h in zip(t.rows[0].cells, ["Ref","Commitment","Responsible Head of Service","Due","Q2 status"]): c.text=h
def sec(text):
    cs=t.add_row().cells; m=cs[0].merge(cs[4]); m.text=text
def row(r):
    cs=t.add_row().cells
    for c,v in zip(cs,r): c.text=v
sec("Objective 1: Economy")
row(("E1","Deliver the Mid Wales Growth Deal business cases","Head of Economy and Digital","Mar-25","Green"))
row(("E2","Open the Newtown business hub","Head of Property, Planning and Public Protection","September 2024","Blue"))
sec("Objective 2: Learning and skills")
row(("L1","Implement the Strategy for Transforming Education year 2 actions","Director of Education","Q4 2024/25","Amber"))
row(("L2","Expand Welsh-medium early years provision in Ystradgynlais","Head of Schools Service","TBC","Red"))
row(("L3","Publish post-16 learning review outcomes","Head of Transforming Education","31/12/2024","Green"))
d.save(P("ztg-powys-county-council-stronger-fairer-greener-delivery-tracker.docx"))

# 5 xlsx: Kingston SEND APP
wb = Workbook(); ws = wb.active; ws.title = "APP"
ws["A1"] = "Kingston upon Thames Local Area Partnership - SEND Accelerated Progress Plan"; ws["A1"].font=Font(bold=True, size=14)
ws["A2"] = "Monitored by the DfE/NHS England quarterly; last updated 15 November 2024"
ws.append([])
ws.append(["Ref","Area for improvement","Action","Lead(s)","Original date","Revised date","Previous RAG","Current RAG","Comments"])
data = [
 ("1.1","AFI 1: Timeliness of EHC needs assessments","Clear the backlog of overdue EHC needs assessments","SEND Service Manager","Jun-24","Sep-24","Red","Amber","Backlog reduced from 142 to 37"),
 ("1.2","AFI 1: Timeliness of EHC needs assessments","Commission additional educational psychology capacity","Principal Educational Psychologist","Apr-24","","Amber","Blue","Contract awarded"),
 ("2.1","AFI 2: Waiting times for neurodevelopmental assessment","Launch the ND pre-assessment support offer for families","Head of Children's Commissioning (SWL ICB) & AfC SEND Lead","Oct-24","","Amber","Green",""),
 ("2.2","AFI 2: Waiting times for neurodevelopmental assessment","Publish waiting times monthly on the Local Offer","Local Offer Manager","Monthly","","Green","Green",""),
]
for r in data: ws.append(list(r))
ws.append([]); ws.append(["Summary: 1 complete, 1 green, 1 amber, 0 red"])
wb.save(P("ztg-kingston-upon-thames-local-area-send-accelerated-progress-plan.xlsx"))

# 6 xlsx: Cumberland fostering, fill-colour RAG, two sheets
wb = Workbook(); ws = wb.active; ws.title = "Cover"
ws["A1"] = "Cumberland Council Fostering Service Development Plan 2025-26"
ws["A3"] = "Key"; ws["A4"]="Complete"; ws["A4"].fill=F(BLU); ws["A5"]="On track"; ws["A5"].fill=F(GRN)
ws["A6"]="At risk"; ws["A6"].fill=F(AMB); ws["A7"]="Off track"; ws["A7"].fill=F(RED)
ws2 = wb.create_sheet("Plan")
ws2.append(["Priority","No.","Action","Lead","Target","RAG"])
ws2.append(["Priority 1: Recruitment of foster carers"]); ws2.merge_cells("A2:F2")
ws2.append(["","1","Run a targeted campaign for carers for teenagers in west Cumberland","Fostering Recruitment Lead","31/07/2025",None])
ws2.append(["","2","Join the Foster Care Cumbria regional hub","Head of Service, Children Looked After","Autumn term 2025",None])
ws2.append(["Priority 2: Support and retention"]); ws2.merge_cells("A5:F5")
ws2.append(["","3","Introduce a mockingbird constellation in Workington","Fostering Team Manager","Jan-26",None])
ws2.append(["","4","Review the fees and allowances scheme","Finance Business Partner / Fostering Team Manager","March 2026",None])
for r,c in [(3,GRN),(4,BLU),(6,AMB),(7,RED)]: ws2.cell(r,6).fill=F(c)
wb.save(P("ztg-cumberland-council-fostering-service-development-plan.xlsx"))

# 7 xlsx refuse: Richmond MV
wb = Workbook(); ws = wb.active; ws.title = "Action plan"
ws["A1"] = "Richmond upon Thames (Achieving for Children) - Ofsted Monitoring Visit Action Plan"
ws["A2"] = "Visit: 4-5 December 2024"
ws.append(["Ref","Recommendation","Action","Lead","Completion date","RAG"])
ws.append(["R1","Timely permanence planning","Track all children at the 2nd review for a permanence plan","Head of Children in Care","28/02/2025","Green"])
ws.append(["R1","Timely permanence planning","Permanence panel to meet fortnightly","Service Manager, Permanence","Apirl 2025","Amber"])
ws.append(["R2","Care leavers' pathway plans","Refresh pathway plan template with young people","Head of Leaving Care","Jun-25","Green"])
ws.append(["R2","Care leavers' pathway plans","Audit 25 pathway plans","Head of Quality Assurance","Sept 2025",""])
wb.save(P("ztg-richmond-upon-thames-ofsted-monitoring-visit-action-plan-typo-month-refuse.xlsx"))
