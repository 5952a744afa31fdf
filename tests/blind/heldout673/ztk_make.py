"""Builds the seven ztk- data files (set heldout673)."""
import os, csv
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document

D = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(D, n)
FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
def fill(c, k): c.fill = PatternFill("solid", start_color=FILL[k], end_color=FILL[k])
BOLD = Font(bold=True)

# 1. Hartlepool council plan delivery tracker (xlsx, cover sheet + tracker, prev/current RAG)
wb = Workbook(); ws = wb.active; ws.title = "Cover"
ws["A1"] = "Hartlepool Borough Council"; ws["A1"].font = BOLD
ws["A2"] = "Council Plan 2024/25 – 2026/27: Delivery Tracker"
ws["A4"] = "Reporting period"; ws["B4"] = "Quarter 2 2025/26 (July – September 2025)"
ws["A5"] = "Owner"; ws["B5"] = "Corporate Strategy and Performance Team"
ws["A6"] = "Reported to"; ws["B6"] = "Finance and Policy Committee, 17 November 2025"
ws["A8"] = "Version"; ws["B8"] = "Date"; ws["C8"] = "Change"
ws["A9"] = "0.1"; ws["B9"] = "14/10/2025"; ws["C9"] = "Draft for CMT"
ws["A10"] = "1.0"; ws["B10"] = "03/11/2025"; ws["C10"] = "Final for committee"
t = wb.create_sheet("Delivery Tracker")
t["A1"] = "Hartlepool Borough Council – Council Plan Delivery Tracker, Q2 2025/26"; t["A1"].font = BOLD
t.merge_cells("A1:H1")
hdr = ["Ref", "Action", "Lead Officer", "Due", "Q1 RAG", "Q2 RAG", "Progress commentary"]
for i, h in enumerate(hdr, 1):
    t.cell(row=3, column=i, value=h).font = BOLD
rows = [
    ("P", "Priority 1: Growing our economy, jobs and skills"),
    ("1.1", "Deliver phase 2 of the Middleton Grange Shopping Centre regeneration scheme", "Director of Development, Neighbourhoods and Regulatory Services", "31/03/2026", "G", "A", "Contractor procurement delayed by four weeks; programme re-baselined."),
    ("1.2", "Launch the Hartlepool Youth Employment Hub with partners", "AD Economic Growth / AD Education", "Q4 2025/26", "A", "G", "Venue secured at Hartlepool College of Further Education."),
    ("P", "Priority 2: Safe, clean and inclusive communities"),
    ("2.1", "Review the Community Safety Plan and agree new partnership priorities\nwith Safer Hartlepool Partnership", "Head of Community Safety", "Sept 2025 – Jan 2026", "G", "G", "Consultation closed 30 September."),
    ("2.2", "Introduce selective landlord licensing in the Church Street area", "Assistant Director (Regulatory Services)", "Ongoing", "A", "A", "Business case to go to Neighbourhood Services Committee."),
    ("2.3", "Replace 1,200 street lighting columns with LED units", "Street Lighting Manager", "30/06/2025", "G", "Complete", "All columns replaced by 27 June 2025."),
    ("P", "Priority 3: A council that is fit for the future"),
    ("3.1", "Implement the new customer relationship management system", "Chief Solicitor; Head of ICT", "December 2025", "R", "R", "Supplier issues escalated to the Managing Director."),
]
r = 4
for row in rows:
    if row[0] == "P":
        c = t.cell(row=r, column=1, value=row[1]); c.font = BOLD
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    else:
        for i, v in enumerate(row, 1):
            c = t.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True)
            if i in (5, 6) and v in FILL: fill(c, v)
    r += 1
t.cell(row=r + 1, column=1, value="RAG key: R = off track, A = at risk, G = on track, Complete = delivered")
wb.save(P("ztk-hartlepool-borough-council-council-plan-delivery-tracker-2025-26.xlsx"))

# 2. Halton monitoring visit action plan (xlsx) - typo month -> refuse
wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
ws["A1"] = "Halton Borough Council Children's Services"; ws["A1"].font = BOLD
ws["A2"] = "Ofsted Monitoring Visit (Children in Need and Child Protection), 4–5 June 2024 – Action Plan"
ws["A3"] = "Owner: Executive Director, Children's Services        Last updated: 09/09/2024"
hdr = ["No.", "Area for improvement", "Action", "Lead", "Start", "End", "RAG", "Evidence of impact"]
for i, h in enumerate(hdr, 1): ws.cell(row=5, column=i, value=h).font = BOLD
data = [
    (1, "The quality and timeliness of child and family assessments", "Introduce weekly assessment tracker reviewed by team managers", "Head of Service CIN/CP", "Jul-24", "Sep-24", "Green", "Tracker in place; 87% of assessments within 45 days in August."),
    (2, None, "Deliver refreshed assessment practice workshops to all social workers", "Principal Social Worker", "Sep-24", "Nov-24", "Amber", "Two of four workshops delivered."),
    (3, "Management oversight and supervision", "Audit 40 supervision records against the supervision policy", "Quality Assurance Manager", "Aug-24", "Febuary 2025", "Amber", "Audit tool agreed."),
    (4, None, "Revise supervision template to record reflective discussion and actions", "PSW / Workforce Development Lead", "Jul-24", "Oct-24", "Green", ""),
    (5, "Strategy discussions and section 47 enquiries", "Agree multi-agency strategy discussion protocol with Cheshire Police and health", "Head of Service CIN/CP", "Sep-24", "Mar-25", "Red", "Police attendance remains below 70%."),
]
r = 6
for row in data:
    for i, v in enumerate(row, 1): ws.cell(row=r, column=i, value=v)
    r += 1
wb.save(P("ztk-halton-borough-council-ofsted-monitoring-visit-action-plan-typo-month-refuse.xlsx"))

# 3. Redcar and Cleveland SEND accelerated progress plan (xlsx, fill-only RAG, original/revised dates, key sheet)
wb = Workbook(); k = wb.active; k.title = "Key"
k["A1"] = "RAG key"; k["A1"].font = BOLD
for i, (lab, col) in enumerate([("Completed", "B"), ("On track", "G"), ("Some slippage", "A"), ("Off track", "R")], 2):
    k.cell(row=i, column=1, value=lab); fill(k.cell(row=i, column=2), col)
ws = wb.create_sheet("APP")
ws["A1"] = "Redcar and Cleveland Local Area Partnership"; ws["A1"].font = BOLD
ws["A2"] = "SEND Accelerated Progress Plan (APP) – progress update for DfE/NHS England review meeting, October 2024"
hdr = ["No.", "Action", "Lead(s)", "Original date", "Revised date", "RAG", "Update"]
for i, h in enumerate(hdr, 1): ws.cell(row=4, column=i, value=h).font = BOLD
rows = [
    ("H", "Area 1: The timeliness and quality of Education, Health and Care Plans"),
    ("1a", "Recruit two additional EHC co-ordinators and clear the backlog of overdue plans", "SEND Service Manager", "Mar-24", "Jul-24", "B", "Backlog cleared 26/07/24."),
    ("1b", "Embed multi-agency quality assurance of new EHCPs, auditing 10% each month", "Head of SEND & Inclusion / Designated Clinical Officer", "Jun-24", None, "G", "Audits running monthly since June."),
    ("1c", "Introduce health advice templates to improve contributions from therapies", "Designated Clinical Officer (DCO)", "Apr-24", "Dec-24", "A", "Template agreed; rollout to SLT delayed by vacancies."),
    ("H", "Area 2: Waiting times for neurodevelopmental assessment"),
    ("2a", "Commission additional ASD assessment capacity from an independent provider", "Tees Valley ICB Commissioning Lead", "Sep-24", "Mar-25", "R", "Procurement paused pending ICB financial recovery plan."),
    ("2b", "Offer support to families while waiting, through the Parent Carer Forum", "RCPCF Chair / SEND Participation Officer", "Termly", None, "G", "Three drop-ins held."),
]
r = 5
for row in rows:
    if row[0] == "H":
        c = ws.cell(row=r, column=1, value=row[1]); c.font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    else:
        for i, v in enumerate(row, 1):
            if i == 6: fill(ws.cell(row=r, column=6), v)
            else: ws.cell(row=r, column=i, value=v)
    r += 1
wb.save(P("ztk-redcar-and-cleveland-local-area-send-accelerated-progress-plan.xlsx"))

# 4. Knowsley fostering service Ofsted action plan (docx, doc control, a table per requirement)
doc = Document()
doc.add_heading("Knowsley Council Fostering Service – Ofsted Inspection Action Plan", 0)
doc.add_paragraph("Inspection dates: 11 to 15 March 2024. Overall judgement: requires improvement to be good.")
tb = doc.add_table(rows=4, cols=2); tb.style = "Table Grid"
for i, (a, b) in enumerate([("Document owner", "Head of Service, Children Looked After"), ("Version", "1.2"), ("Approved by", "Fostering Panel / DCS"), ("Date", "22 May 2024")]):
    tb.cell(i, 0).text = a; tb.cell(i, 1).text = b
sections = [
    ("Requirement 1: The registered person must ensure that foster carers receive supervision in line with Standard 21.", [
        ("R1.1", "Allocate every approved fostering household to a supervising social worker", "Team Manager, Fostering", "April 2024", "Complete"),
        ("R1.2", "Monthly compliance report on supervision visits to Fostering Service Manager", "Fostering Service Manager", "Monthly", "Green"),
    ]),
    ("Recommendation 1: The registered person should ensure that annual reviews of foster carers are completed within timescale.", [
        ("1.1", "Review the annual review tracker and schedule all overdue reviews\nwith Independent Reviewing Officers", "Fostering Service Manager & IRO Manager", "30/06/2024", "Amber"),
        ("1.2", "Present annual review performance to Corporate Parenting Board", "Head of Service, Children Looked After", "Sept 2024", "Green"),
    ]),
    ("Recommendation 2: The registered person should improve the training offer for kinship carers.", [
        ("2.1", "Co-produce a kinship carer training pathway with Knowsley Kinship Support Group", "Kinship Team Manager; Workforce Development Officer", "Autumn term 2024", "Not started"),
    ]),
]
for head, acts in sections:
    doc.add_paragraph("")
    tb = doc.add_table(rows=2 + len(acts), cols=5); tb.style = "Table Grid"
    m = tb.cell(0, 0).merge(tb.cell(0, 4)); m.text = head
    for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "RAG"]): tb.cell(1, i).text = h
    for j, a in enumerate(acts):
        for i, v in enumerate(a): tb.cell(2 + j, i).text = v
doc.add_paragraph("Next review: Fostering Service Management Meeting, July 2024.")
doc.save(P("ztk-knowsley-council-fostering-service-ofsted-inspection-action-plan.docx"))

# 5. Vale, Valleys and Cardiff adoption collaborative CIW improvement plan (docx, one table, area vertically merged)
doc = Document()
doc.add_paragraph("Vale, Valleys and Cardiff Regional Adoption Collaborative").runs[0].bold = True
doc.add_heading("Care Inspectorate Wales Inspection – Improvement Plan 2023", 1)
doc.add_paragraph("Hosted by the Vale of Glamorgan Council. Status key: Complete / On track / Not started.")
acts = [
    ("Area for improvement 1: Support for adopted young people to access their life story work", "Audit all life story books completed in the last 12 months", "Team Manager (Family Finding)", "September 2023", "Complete"),
    (None, "Recruit a dedicated life story practitioner", "Regional Adoption Manager", "31/12/2023", "On track"),
    ("Area for improvement 2: Timeliness of adoption support assessments", "Introduce a duty system for adoption support requests, with screening in 5 working days", "Adoption Support Team Manager", "Nov-23", "On track"),
    (None, "Report adoption support waiting times to the Regional Management Board each quarter", "Regional Adoption Manager / Business Support Manager", "Quarterly", "On track"),
    (None, "Agree the post-adoption contact policy with the four local authorities", "Operational Managers (Cardiff, RCT, Merthyr Tydfil, Vale)", "March 2024", "Not started"),
]
tb = doc.add_table(rows=1 + len(acts), cols=5); tb.style = "Table Grid"
for i, h in enumerate(["Area for improvement", "Action", "Responsible", "Timescale", "Status"]): tb.cell(0, i).text = h
starts = [i for i, a in enumerate(acts) if a[0]]
for s_i, s in enumerate(starts):
    e = (starts[s_i + 1] - 1) if s_i + 1 < len(starts) else len(acts) - 1
    tb.cell(1 + s, 0).text = acts[s][0]
    if e > s: tb.cell(1 + s, 0).merge(tb.cell(1 + e, 0))
for j, a in enumerate(acts):
    for i in range(1, 5): tb.cell(1 + j, i).text = a[i]
doc.add_paragraph("Signed off by the Regional Management Board, 20 June 2023.")
doc.save(P("ztk-vale-valleys-and-cardiff-adoption-collaborative-ciw-inspection-improvement-plan.docx"))

# 6. Merthyr Tydfil JICPA multi-agency improvement plan (csv, theme rows, title lines)
rows = [
    ["Merthyr Tydfil Joint Inspection of Child Protection Arrangements (JICPA) – Multi-agency Improvement Plan", "", "", "", "", ""],
    ["Version 3 – updated for Cwm Taf Morgannwg Safeguarding Board, January 2024", "", "", "", "", ""],
    ["", "", "", "", "", ""],
    ["Ref", "Action", "Lead agency / officer", "Target date", "RAG", "Progress"],
    ["Theme 1 – Information sharing at the front door", "", "", "", "", ""],
    ["1.1", "Co-locate a police public protection officer in the Information, Advice and Assistance (IAA) team", "South Wales Police; Head of Children's Services", "31/03/2024", "Amber", "Accommodation agreed, vetting in progress"],
    ["1.2", "Agree a shared referral form for \"Ask and Act\" concerns across education and health", "Education Safeguarding Lead / CTMUHB Named Nurse", "Dec-23", "Green", ""],
    ["Theme 2 – Voice of the child in child protection conferences", "", "", "", "", ""],
    ["2.1", "Offer every child aged 8+ an advocate before their initial conference", "Independent Reviewing Service Manager", "Ongoing", "Green", "Tros Gynnal Plant contract extended"],
    ["2.2", "Quarterly multi-agency audit of children's views in core group minutes", "CTM Safeguarding Board Business Manager", "Q1 2024/25", "Red", "First audit postponed"],
    ["", "", "", "", "", ""],
    ["Total actions: 4", "", "", "", "", ""],
]
with open(P("ztk-merthyr-tydfil-jicpa-multi-agency-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
    csv.writer(f).writerows(rows)

# 7. Blaenau Gwent scrutiny recommendations tracker (tab-separated text)
lines = [
    "Blaenau Gwent County Borough Council",
    "Scrutiny Recommendations Tracker – Community Services Scrutiny Committee",
    "As at 2 December 2024",
    "",
    "Ref\tRecommendation / Action\tResponsible Officer\tTarget date\tStatus",
    "Task and Finish Group: Fly-tipping and Enforcement (report agreed by Executive 10 July 2024)",
    "Recommendation 1: That the Council increases the visibility of enforcement activity.",
    "1a\tPublish quarterly fly-tipping enforcement figures on the Council website\tTeam Manager Environmental Enforcement\tOct-24\tCompleted",
    "1b\tDeploy mobile CCTV at the ten most frequently affected locations\tTeam Manager Environmental Enforcement; Head of Community Services\tMarch 2025\tAmber",
    "Recommendation 2: That the bulky waste collection charge is reviewed.",
    "2a\tReport options for a reduced bulky waste charge to Executive\tService Manager – Waste and Recycling\tJan-25\tGreen",
    "Task and Finish Group: Town Centre Car Parking (report agreed by Executive 18 September 2024)",
    "Recommendation 1: That residents' views on parking charges in Ebbw Vale and Tredegar are sought.",
    "1a\tRun a six-week public consultation on car park charges\tHead of Regeneration / Corporate Communications Manager\tTBC\tNot started",
    "",
    "Status: Completed; Green = on track; Amber = at risk; Red = not achievable in timescale",
]
with open(P("ztk-blaenau-gwent-cbc-scrutiny-recommendations-tracker.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print("ok")
