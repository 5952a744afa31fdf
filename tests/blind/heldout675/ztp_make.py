import os, datetime as dt, yaml
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font
from docx import Document
D = os.path.dirname(os.path.abspath(__file__))
F = lambda c: PatternFill("solid", start_color=c, end_color=c)
RED, AMB, GRN, BLU = "FF0000", "FFC000", "00B050", "0070C0"
def wy(name, d):
    with open(os.path.join(D, name + ".expected.yaml"), "w") as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)
def A(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text: a["end_text"] = end_text
    a["status"] = status; return a

# 1 PSII xlsx
n = "ztp-george-eliot-hospital-nhs-trust-psii-deteriorating-patient-safety-action-plan.xlsx"
wb = Workbook(); ws = wb.active; ws.title = "Safety Action Plan"
ws["A1"] = "George Eliot Hospital NHS Trust"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"; ws["A2"].font = Font(bold=True)
ws["A3"] = "Incident: Delayed recognition and escalation of a deteriorating patient, Ward 23 (PSII ref 2024/18876)"
ws["A4"] = "Executive sponsor: Chief Nursing Officer. Plan approved by Patient Safety Group, 14 January 2025"
ws.append([])
ws.append(["Ref", "Safety action", "Action owner", "Measure of effectiveness", "Original due date", "Revised due date", "Progress update (March 2025)", "Status"])
SR1 = "Safety recommendation 1: The Trust to strengthen the escalation of patients with a NEWS2 score of 5 or more to the medical team out of hours."
SR2 = "Safety recommendation 2: The Trust to improve the handover of deteriorating patients between the day and night teams."
rows = [
 ("SR", SR1),
 ("SA1.1", "Introduce a mandatory escalation field in the e-observations system for NEWS2 of 5 or more, requiring the name of the doctor informed.", "Chief Clinical Information Officer", "Monthly audit: 95% of NEWS2 ≥5 episodes with escalation recorded", dt.datetime(2025,3,31), dt.datetime(2025,6,30), "System change approved by Digital Design Authority; build delayed by supplier release.", "On track", ("2025-06","green")),
 ("SA1.2", "Deliver deteriorating patient simulation training to all registered nurses on Ward 23 and Ward 24.", "Deputy Chief Nurse / Lead Nurse for Acute Care", "90% of registered nurses trained", dt.datetime(2025,2,28), None, "94% of registered nurses trained by 21 February 2025.", "Complete", ("2025-02","blue")),
 ("SA1.3", "Review the Hospital at Night rota so that a registrar-level doctor is available to the medical wards between 20:00 and 08:00.", "Medical Director", "Rota in place; no unfilled registrar shifts", dt.datetime(2025,4,30), None, "Options paper to Executive Team in April 2025.", "Amber", ("2025-04","amber")),
 ("SR", SR2),
 ("SA2.1", "Adopt a structured SBAR handover tool for patients with NEWS2 of 5 or more at the 20:00 safety huddle.", "Matron, Medicine", "Spot-check audit of 10 handovers per month", dt.datetime(2025,5,31), None, "", "Not started", ("2025-05","unrated")),
 ("SA2.2", "Share the learning from this PSII at the Trust-wide Learning from Patient Safety Events forum and in the Safety Brief newsletter.", "Head of Patient Safety", "Learning shared and attendance recorded", dt.datetime(2025,1,31), None, "Presented at forum on 29 January 2025.", "Complete", ("2025-01","blue")),
]
acts = []; cur = None
for r in rows:
    if r[0] == "SR":
        ws.append([r[1]]); rr = ws.max_row; ws.merge_cells(f"A{rr}:H{rr}"); ws[f"A{rr}"].font = Font(bold=True); ws[f"A{rr}"].fill = F("D9E1F2"); cur = r[1]; continue
    ws.append(list(r[:8])); rr = ws.max_row
    for c in ("E","F"): ws[f"{c}{rr}"].number_format = "dd/mm/yyyy"
    own = r[2].split(" / ")
    acts.append(A(r[0], [cur], r[1], own, r[8][0], r[8][1]))
ws.append([]); ws.append(["Status key: Complete = delivered and evidence received; On track = expected by due date; Amber = at risk of missing due date; Not started."])
s2 = wb.create_sheet("Summary")
for row in [["Status","Number of actions"],["Complete",2],["On track",1],["Amber",1],["Not started",1],["Total",5]]: s2.append(row)
wb.save(os.path.join(D, n))
wy(n, {"source": "Imitates an NHS trust PSII safety action plan as taken to a Patient Safety Group (George Eliot Hospital NHS Trust, 2025, under PSIRF): title block with incident and executive sponsor, safety recommendations as merged banner rows above their numbered safety actions, original and revised due dates, progress update, status words, a status key line and a Summary sheet with totals.",
 "reads": "A PSII safety action plan with two safety recommendations, each followed by its safety actions (SA1.1-SA2.2) with owner, measure, original/revised due dates and a status word. The Summary sheet only counts the actions.",
 "outcome": "read", "accept_refusal": False, "title": "Patient Safety Incident Investigation (PSII) – Safety Action Plan", "actions": acts})

# 2 BAF xlsx refuse
n = "ztp-nhs-cornwall-and-isles-of-scilly-icb-board-assurance-framework-2025-26-typo-month-refuse.xlsx"
wb = Workbook(); ws = wb.active; ws.title = "BAF summary"
ws.append(["NHS Cornwall and Isles of Scilly Integrated Care Board"]); ws.append(["Board Assurance Framework 2025/26 – position at Quarter 3"]); ws.append([])
ws.append(["BAF ref","Strategic risk","Executive lead","Current score","Target score"])
ws.append(["BAF 1","Urgent and emergency care demand exceeds system capacity","Chief Operating Officer",20,12])
ws.append(["BAF 2","Primary care access does not meet population need","Director of Primary Care",16,9])
ws.append(["BAF 3","System financial plan is not delivered","Chief Finance Officer",16,8])
b = wb.create_sheet("BAF 2025-26")
b.append(["Board Assurance Framework 2025/26 – Actions to close gaps in control and assurance"]); b.append([])
b.append(["Ref","Action to close gap","Action owner","Target date","Previous RAG","Current RAG","Progress"])
data = [
 ("BAF 1: Risk that urgent and emergency care demand exceeds system capacity, leading to patient harm from ambulance handover delays",),
 ("1a","Implement the Care Co-ordination Hub for Category 3 and 4 ambulance calls across Cornwall","Chief Operating Officer","31/12/2025","A","G","Hub live from 1 December 2025."),
 ("1b","Agree the winter surge plan with Royal Cornwall Hospitals NHS Trust and Cornwall Partnership NHS FT","Director of Urgent Care / Deputy COO","November 2025","G","B","Signed off at System Executive Group."),
 ("BAF 2: Risk that primary care access does not meet population need in West Cornwall",),
 ("2a","Roll out cloud-based telephony to the remaining 11 GP practices","Director of Primary Care","Febuary 2026","A","A","Eight practices migrated."),
 ("2b","Commission additional ARRS roles through the Primary Care Networks","Head of Primary Care Contracting","March 2026","A","G",""),
 ("BAF 3: Risk that the system financial plan is not delivered",),
 ("3a","Deliver the system efficiency programme through the Financial Recovery Board","Chief Finance Officer","Monthly","R","A","Month 8 position £2.1m adverse to plan."),
]
refuse_row = None
for d in data:
    b.append(list(d)); rr = b.max_row
    if len(d) == 1: b.merge_cells(f"A{rr}:G{rr}"); b[f"A{rr}"].font = Font(bold=True); continue
    for col, v in (("E", d[4]), ("F", d[5])): b[f"{col}{rr}"].fill = F({"R":RED,"A":AMB,"G":GRN,"B":BLU}[v])
    if "Febuary" in d[3]: refuse_row = rr
b.append([]); b.append(["RAG key: R = action off track; A = some slippage; G = on track; B = complete"])
wb.save(os.path.join(D, n))
wy(n, {"source": "Imitates an integrated care board's Board Assurance Framework (NHS Cornwall and Isles of Scilly ICB, 2025/26, Q3 board paper): summary sheet of strategic risks with scores, second sheet with a merged banner per BAF risk, lettered actions to close gaps, action owner posts, target dates, previous and current RAG letters with fill colour and a RAG key line.",
 "reads": "A BAF with three strategic risks and their actions to close gaps. Action 2a has the target date 'Febuary 2026', a mistyped month, so a careful reader stops there and asks what date was meant.",
 "outcome": "refuse", "accept_refusal": False, "refuse_at": refuse_row, "title": "Board Assurance Framework 2025/26 – position at Quarter 3"})

# 3 HIS IPC xlsx
n = "ztp-nhs-lanarkshire-his-university-hospital-hairmyres-ipc-inspection-improvement-action-plan.xlsx"
wb = Workbook(); c = wb.active; c.title = "Cover"
for row in [["NHS Lanarkshire"],["Healthcare Improvement Scotland – Unannounced Infection Prevention and Control Inspection"],["University Hospital Hairmyres, 21–23 October 2024"],[],["Document control"],["Version","Date","Author","Changes"],["0.1","02/12/2024","Infection Prevention and Control Manager","First draft"],["1.0","16/12/2024","Chief Nurse, Hairmyres","Approved by Acute Division Clinical Governance Group"]]: c.append(row)
ws = wb.create_sheet("Action Plan")
ws.append(["University Hospital Hairmyres – HIS IPC Inspection Improvement Action Plan"]); ws["A1"].font = Font(bold=True, size=13); ws.append([])
ws.append(["Ref","Action planned","Timescale to meet action","Responsibility for taking action","Progress","RAG"])
D5 = "Domain 5 – Delivery of care"; D2 = "Domain 2 – Leadership and culture"
R1 = "Requirement 1: NHS Lanarkshire must ensure that all patient care equipment is clean and ready for use."
R2 = "Requirement 2: NHS Lanarkshire must ensure that clinical waste is stored securely in line with national guidance."
Ra = "Recommendation a: NHS Lanarkshire should ensure that infection prevention and control audit results are shared with ward staff."
rows = [("H", D5), ("R", R1),
 ("1.1","Introduce green 'I am clean' labels for all shared patient equipment on the medical and surgical wards.","31 January 2025","Senior Charge Nurses","Labels in use on all 14 wards.",BLU,("2025-01","blue",None)),
 ("1.2","Weekly equipment cleanliness audit by the Senior Charge Nurse, with results reported to the Hospital Management Team.","Ongoing","Senior Charge Nurses; Lead Nurse, Medicine","Audit running since December 2024.",GRN,(None,"green","Ongoing")),
 ("R", R2),
 ("2.1","Replace the unlocked clinical waste holds at Wards 5, 9 and 12 with lockable units.","Q4 2024/25","Head of Estates","Units ordered; installation planned March 2025.",AMB,("2025-03","amber",None)),
 ("H", D2), ("R", Ra),
 ("a.1","Add a standing IPC audit item to ward safety huddles and display results on the ward quality boards.","28/02/2025","Infection Prevention and Control Manager","",None,("2025-02","unrated",None)),
 ("a.2","Present quarterly IPC audit themes at the Nursing and Midwifery Forum.","June 2025","Chief Nurse, Hairmyres","First report due June 2025.",GRN,("2025-06","green",None)),
]
acts = []; h = r = None
for x in rows:
    if x[0] in ("H","R"):
        ws.append([x[1]]); rr = ws.max_row; ws.merge_cells(f"A{rr}:F{rr}"); ws[f"A{rr}"].font = Font(bold=True)
        ws[f"A{rr}"].fill = F("BFBFBF" if x[0]=="H" else "F2F2F2")
        if x[0]=="H": h = x[1]
        else: r = x[1]
        continue
    ws.append(list(x[:5]) + [None]); rr = ws.max_row
    if x[5]: ws[f"F{rr}"].fill = F(x[5])
    lead = x[3].split("; ")
    acts.append(A(x[0], [h, r], x[1], lead, x[6][0], x[6][1], x[6][2]))
ws.append([]); ws.append(["RAG key (cell colour): Blue – complete; Green – on track; Amber – some delay; Red – significant delay; No colour – not yet started"])
wb.save(os.path.join(D, n))
wy(n, {"source": "Imitates a Scottish NHS board's improvement action plan responding to a Healthcare Improvement Scotland unannounced IPC inspection (NHS Lanarkshire, University Hospital Hairmyres, 2024/25): cover sheet with document-control table, action plan sheet with grey merged domain rows, merged requirement/recommendation rows over numbered actions, HIS column headings, RAG shown only by cell fill with a colour key line.",
 "reads": "An HIS improvement action plan with two domains; under each, requirements or a recommendation followed by numbered actions with timescale, responsible post(s), progress and a fill-colour RAG. The cover sheet is document control only.",
 "outcome": "read", "accept_refusal": False, "title": "University Hospital Hairmyres – HIS IPC Inspection Improvement Action Plan", "actions": acts})

# 4 HIW docx
n = "ztp-cwm-taf-morgannwg-uhb-hiw-ysbyty-cwm-rhondda-ward-inspection-improvement-plan.docx"
doc = Document(); doc.add_heading("Improvement plan", 0)
t = doc.add_table(rows=3, cols=2); t.style = "Table Grid"
for i,(k,v) in enumerate([("Service:","Ysbyty Cwm Rhondda – Ward 6 (Care of the Elderly)"),("Health board:","Cwm Taf Morgannwg University Health Board"),("Date of inspection:","9 – 11 September 2024")]): t.cell(i,0).text=k; t.cell(i,1).text=v
doc.add_paragraph("The table below includes any other improvements identified during the inspection where we require the service to complete an improvement plan telling us about the actions they are taking to address these areas.")
HDR = ["Improvement needed","Standard / Regulation","Service action","Responsible officer","Timescale"]
secs = [
 ("Quality of the patient experience", [
   ("The health board must ensure that patients are offered assistance with hand hygiene before mealtimes.", "Health and Care Quality Standards 2023 – Safe", [
      ("Protected mealtime checklist amended to include offering hand wipes to every patient before meals; compliance checked in the monthly ward audit.","Ward Manager","31 October 2024",("2024-10",None))]),
   ("The health board must ensure that information about how to raise a concern (Putting Things Right) is displayed in Welsh and English.", "Health and Care Quality Standards 2023 – Person centred", [
      ("Bilingual Putting Things Right posters and leaflets displayed at the ward entrance and day room.","Ward Manager / Concerns Team Lead","Completed",(None,"Completed"))])]),
 ("Delivery of safe and effective care", [
   ("The health board must ensure that falls risk assessments are reviewed within 24 hours of admission and after any fall.", "Health and Care Quality Standards 2023 – Safe", [
      ("Falls risk assessment added to the 24-hour admission checklist within the Welsh Nursing Care Record.","Senior Nurse, Rhondda Taf Ely Integrated Locality Group","December 2024",("2024-12",None)),
      ("Monthly documentation audit of falls assessments with results reported to the Locality Quality and Safety Group.","Senior Nurse, Rhondda Taf Ely Integrated Locality Group","Immediate and ongoing",(None,"Immediate and ongoing"))]),
   ("The health board must ensure that the resuscitation trolley is checked daily and checks are recorded.", "Health and Care Quality Standards 2023 – Safe", [
      ("Daily resuscitation trolley check allocated to the nurse in charge on each early shift and spot-checked weekly by the Ward Manager.","Ward Manager","30 September 2024",("2024-09",None))])]),
 ("Quality of management and leadership", [
   ("The health board must ensure that staff compliance with mandatory training, in particular Mental Capacity Act training, improves.", "Health and Care Quality Standards 2023 – Workforce", [
      ("Protected training time rostered for staff so that Mental Capacity Act training compliance reaches 85%.","Ward Manager / Practice Development Nurse","31/03/2025",("2025-03",None))])]),
]
acts = []
for title, items in secs:
    doc.add_heading(title, 2)
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i,hh in enumerate(HDR): t.cell(0,i).text = hh
    for need, std, acs in items:
        first = len(t.rows)
        for (act, lead, ts, (end, et)) in acs:
            row = t.add_row().cells
            row[2].text = act; row[3].text = lead; row[4].text = ts
            a = A(None, [title, need], act, lead.split(" / "), end, "blue" if et == "Completed" else "unrated", et)
            acts.append(a)
        last = len(t.rows) - 1
        c0 = t.cell(first, 0); c1 = t.cell(first, 1)
        if last > first: c0 = c0.merge(t.cell(last, 0)); c1 = c1.merge(t.cell(last, 1))
        c0.text = need; c1.text = std
doc.add_paragraph("Service representative")
t = doc.add_table(rows=3, cols=2); t.style = "Table Grid"
for i,(k,v) in enumerate([("Name (print):","Rhian Morgan"),("Job role:","Head of Nursing, Rhondda Taf Ely ILG"),("Date:","18 October 2024")]): t.cell(i,0).text=k; t.cell(i,1).text=v
doc.save(os.path.join(D, n))
wy(n, {"source": "Imitates the HIW improvement plan appended to a Healthcare Inspectorate Wales hospital ward inspection report (Cwm Taf Morgannwg UHB, 2024): 'Improvement plan' title, service/date cover table, one table per report section with HIW's columns (Improvement needed, Standard / Regulation, Service action, Responsible officer, Timescale), improvement-needed cells merged down over several service actions, service representative sign-off table.",
 "reads": "An HIW improvement plan in three sections, each a table of improvements needed with the service's actions, responsible officer(s) and timescale. No refs and no RAG; one action's timescale is 'Completed'.",
 "outcome": "read", "accept_refusal": False, "title": "Improvement plan", "actions": acts})

# 5 Quality account docx
n = "ztp-st-giles-hospice-lichfield-quality-account-priorities-tracker-2024-25.docx"
doc = Document(); doc.add_heading("St Giles Hospice – Quality Account 2024/25: Quality Priorities Progress Tracker", 0)
doc.add_paragraph("Report to: Quality and Safety Committee, 20 February 2025 (Quarter 3 position)")
doc.add_paragraph("RAG key")
t = doc.add_table(rows=2, cols=4); t.style = "Table Grid"
for i,(k,v) in enumerate([("R","Not on track, needs escalation"),("A","Some risk to delivery"),("G","On track"),("B","Complete")]): t.cell(0,i).text=k; t.cell(1,i).text=v
pris = [
 ("Priority 1: Patient safety – reducing harm from falls on the Inpatient Unit", "What we said we would do: reduce falls resulting in moderate harm or above by 20% compared with 2023/24.", [
   ("1.1","Introduce bay-based enhanced observation for patients assessed as high falls risk.","Head of Inpatient Unit","June 2024","In place since May 2024 and included in the falls policy.","B",("2024-06","blue")),
   ("1.2","Train all healthcare assistants in post-fall assessment and safe use of the ELK lifting cushion.","Claire Hubbard & Tom Ellis","31/03/2025","78% trained; remaining sessions booked in March.","A",("2025-03","amber"))]),
 ("Priority 2: Clinical effectiveness – advance care planning in the community", "What we said we would do: increase the proportion of community patients with a recorded ReSPECT form.", [
   ("2.1","Deliver ReSPECT conversation training to Hospice at Home and Clinical Nurse Specialist teams.","Education Lead","Q3 2024/25","Three cohorts completed.","B",("2024-12","blue")),
   ("2.2","Run a quarterly audit of ReSPECT completion on SystmOne and report to the Clinical Governance Group.","Medical Director, Quality Improvement Lead","Quarterly","Q3 audit: 64% (Q2 57%).","G",(None,"green","Quarterly"))]),
 ("Priority 3: Patient experience – support for carers after a death", "What we said we would do: offer every bereaved carer a follow-up contact within six weeks.", [
   ("3.1","Set up a bereavement follow-up call log so that every carer is called within six weeks of the death.","Family Support Team Leader","January 2025","Log designed; go-live delayed by the SystmOne update.","R",("2025-01","red")),
   ("3.2","Collect carer feedback using the FAMCARE-2 questionnaire and report themes in the 2024/25 Quality Account.","Director of Care","May 2025","","G",("2025-05","green"))]),
]
acts = []
for title, para, items in pris:
    doc.add_heading(title, 1); doc.add_paragraph(para)
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i,hh in enumerate(["No.","Action","Lead","By when","Q3 update","RAG"]): t.cell(0,i).text = hh
    for it in items:
        cells = t.add_row().cells
        for i in range(6): cells[i].text = it[i]
        lead = it[2].split(" & ") if "&" in it[2] else [it[2]]
        if it[0] == "2.2": lead = ["Medical Director", "Quality Improvement Lead"]
        e = it[6]
        acts.append(A(it[0], [title], it[1], lead, e[0], e[1], e[2] if len(e) > 2 else None))
doc.add_paragraph("Note: the Quarter 4 position will be reported in the published Quality Account in June 2025.")
doc.save(os.path.join(D, n))
wy(n, {"source": "Imitates a hospice's quarterly tracker of its Quality Account priorities reported to a Quality and Safety Committee (St Giles Hospice, Lichfield, 2024/25): title, report-to line, RAG key table with Blue = complete, one Heading-1 per priority with a 'What we said we would do' paragraph and its own action table (No., Action, Lead, By when, Q3 update, RAG letter), closing note.",
 "reads": "Three quality priorities, each with two numbered actions with lead(s), by-when date, Q3 update and a RAG letter. The key table and closing note are not actions.",
 "outcome": "read", "accept_refusal": False, "title": "St Giles Hospice – Quality Account 2024/25: Quality Priorities Progress Tracker", "actions": acts})

# 6 CSV GP CQC
import csv, io
n = "ztp-modality-partnership-birmingham-gp-cqc-must-should-do-action-plan.csv"
MD = "Must do actions"; SD = "Should do actions"
F1 = "The provider must ensure that patients prescribed high-risk medicines receive the required monitoring before repeat prescriptions are issued."
F2 = "The provider must ensure that safety alerts (MHRA) are acted on and searches are repeated."
F3 = "The provider should improve the uptake of cervical screening."
F4 = "The provider should continue to improve patient satisfaction with telephone access."
rows = [["Modality Partnership (Birmingham division) – CQC inspection action plan, report published 12 November 2024"],[],
 ["Ref","CQC finding","Action","Lead","Target date","RAG","Update"],
 [MD],
 ["M1.1",F1,"Run monthly searches for overdue DMARD and lithium monitoring; patients recalled before repeat issue.","Dr A Khan / Clinical Pharmacist Lead","Dec-24","B","Searches embedded; 0 overdue at January audit."],
 ["M1.2","","Add a prescribing protocol for high-risk medicines to the induction pack for new prescribers.","Clinical Pharmacist Lead","31/01/2025","G",""],
 ["M2.1",F2,"Log each MHRA alert on the shared alerts register with the search run, outcome and re-run date.","Practice Manager","Ongoing","G","Register reviewed at monthly clinical meeting."],
 [SD],
 ["S1.1",F3,"Offer Saturday morning cervical screening clinics at the Handsworth site.","Nurse Manager","Mar-25","A","Two clinics held; staffing for further clinics under review."],
 ["S2.1",F4,"Move to cloud telephony with call-back and queue position messages.","Operations Manager; Practice Manager","Apr-25","A","Contract signed; go-live April 2025."],
 [],["RAG: R = off track, A = at risk, G = on track, B = complete"]]
with open(os.path.join(D, n), "w", newline="", encoding="utf-8") as f: csv.writer(f).writerows(rows)
acts = [
 A("M1.1",[MD,F1],rows[4][2],["Dr A Khan","Clinical Pharmacist Lead"],"2024-12","blue"),
 A("M1.2",[MD,F1],rows[5][2],["Clinical Pharmacist Lead"],"2025-01","green"),
 A("M2.1",[MD,F2],rows[6][2],["Practice Manager"],None,"green","Ongoing"),
 A("S1.1",[SD,F3],rows[8][2],["Nurse Manager"],"2025-03","amber"),
 A("S2.1",[SD,F4],rows[9][2],["Operations Manager","Practice Manager"],"2025-04","amber")]
wy(n, {"source": "Imitates a GP provider's CQC must do / should do action plan exported from a spreadsheet to CSV (Modality Partnership, Birmingham division, 2024/25): title line, header row, 'Must do actions' and 'Should do actions' section rows, CQC finding in its own column and left blank on a continuation action, RAG letters and a RAG key line.",
 "reads": "A CQC action plan for a GP practice split into must-do and should-do sections; each CQC finding is answered by one or two referenced actions with lead, target date, RAG letter and update. M1.2 sits under the same finding as M1.1.",
 "outcome": "read", "accept_refusal": False, "title": "Modality Partnership (Birmingham division) – CQC inspection action plan, report published 12 November 2024", "actions": acts})

# 7 TXT RQIA QIP
n = "ztp-kingsmill-homecare-ballymena-rqia-domiciliary-care-agency-quality-improvement-plan.txt"
S1 = "Action required to ensure compliance with The Domiciliary Care Agencies Regulations (Northern Ireland) 2007"
S2 = "Action required to ensure compliance with the Domiciliary Care Agencies Minimum Standards, 2011"
areas = [
 (S1,"1","Regulation 13 (d)","30 June 2025","The registered person shall ensure that no domiciliary care worker is supplied until Access NI checks and two written references have been received.","A pre-employment checklist is now signed off by the Registered Manager before any new starter is given shifts; all 42 staff files were audited on 2 June 2025.","Registered Manager","Complete",("2025-06","blue",None)),
 (S1,"2","Regulation 23 (1)","31 August 2025","The registered person shall ensure that the monthly quality monitoring report includes the views of service users and their relatives.","The monitoring visit template has been revised to include telephone feedback from at least five service users or relatives each month.","Registered Manager; Responsible Individual","On track",("2025-08","green",None)),
 (S2,"3","Standard 12.3","Ongoing from the date of inspection","The registered person shall ensure that care workers receive training in dysphagia and the IDDSI framework.","IDDSI e-learning has been assigned to all care workers and a face-to-face session is booked with the Northern Trust speech and language therapy team.","Training Co-ordinator","On track",(None,"green","Ongoing from the date of inspection")),
 (S2,"4","Standard 5.2","31 July 2025","The registered person shall ensure that care plans are reviewed with the service user at least annually and the review is signed.","Care plan reviews are being scheduled through the rota system; 61 of 88 reviews completed and signed.","Care Co-ordinators","Amber",("2025-07","amber",None)),
]
L = ["Quality Improvement Plan","Kingsmill Homecare Ltd (Domiciliary Care Agency), Ballymena – RQIA ID 020456","Inspection date: 14 May 2025 (announced)","This plan was completed by the Registered Manager and returned to RQIA with the provider's responses and current status.",""]
acts = []; last = None
for s, num, ref, by, area, resp, lead, st, e in areas:
    if s != last: L += ["="*60, s, "="*60, ""]; last = s
    L += [f"Area for improvement {num}", f"Ref: {ref}", "Stated: First time", f"To be completed by: {by}", "", area, "", "Response by registered person detailing the actions taken:", resp, f"Lead: {lead}", f"Status: {st}", ""]
    acts.append(A(num, [s, area], resp, lead.split("; "), e[0], e[1], e[2]))
L += ["*Please ensure this document is completed in full and returned via the Web Portal*"]
with open(os.path.join(D, n), "w", encoding="utf-8") as f: f.write("\n".join(L) + "\n")
wy(n, {"source": "Imitates the RQIA Quality Improvement Plan appended to a domiciliary care agency inspection report in Northern Ireland (Kingsmill Homecare, Ballymena, 2025), as a plain-text export: sections per legislation, 'Area for improvement N' blocks with Ref, Stated, To be completed by, the area text, and the registered person's response, with lead and status lines added by the provider, closing portal line.",
 "reads": "A QIP with four areas for improvement in two sections (Regulations, Minimum Standards); each area's response by the registered person is the action, with the completion date, lead and status given in its block.",
 "outcome": "read", "accept_refusal": False, "title": "Quality Improvement Plan", "actions": acts})
print("done")
