# Builds the seven ztt- cases (data files + expected yaml) for heldout677.
import os, yaml
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font
from docx import Document
D = os.path.dirname(os.path.abspath(__file__))
FILL = {'red': 'FFC7CE', 'amber': 'FFEB9C', 'green': 'C6EFCE', 'blue': '9BC2E6'}
def fill(c): return PatternFill('solid', start_color=FILL[c], end_color=FILL[c])
def A(ref, under, action, lead, end, status, end_text=None):
    d = {'ref': ref, 'under': under, 'action': action, 'lead': lead, 'end': end}
    if end_text: d['end_text'] = end_text
    d['status'] = status
    return d
def write_yaml(name, meta, actions=None):
    d = dict(meta)
    if actions is not None: d['actions'] = actions
    with open(os.path.join(D, name + '.expected.yaml'), 'w') as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100)

# 1. PSII safety action plan (xlsx)
name = 'ztt-isle-of-wight-nhs-trust-psii-deteriorating-patient-safety-action-plan.xlsx'
title = 'PSII Safety Action Plan – Delayed recognition of a deteriorating patient (PSII-2024-017)'
wb = Workbook(); ws = wb.active; ws.title = 'Cover'
for r in [['Isle of Wight NHS Trust'], [title], [], ['Incident reference', 'PSII-2024-017'],
          ['Location', 'St Helens Ward, St Mary’s Hospital'], ['Executive sponsor', 'Chief Nursing Officer'],
          ['Approved at Patient Safety Group', '14/11/2024'], [], ['RAG key'],
          ['Blue', 'Complete and evidence received'], ['Green', 'On track'], ['Amber', 'At risk of delay'], ['Red', 'Overdue']]:
    ws.append(r)
ws2 = wb.create_sheet('Safety actions')
ws2.append([title]); ws2['A1'].font = Font(bold=True, size=14)
ws2.append(['Version 3 – updated 06/02/2025'])
ws2.append([])
ws2.append(['Area for improvement', 'Safety action ref', 'Safety action', 'Action owner', 'Target date', 'Revised date', 'Previous RAG', 'Current RAG', 'Progress update'])
afi1 = 'Recognition and escalation of NEWS2 scores of 5 or more out of hours'
afi2 = 'Handover of patients at risk of deterioration between day and night shifts'
afi3 = 'Access to critical care outreach overnight'
rows = [
 (afi1, 'SA1', 'Introduce an automated eObs alert to the nurse in charge and the on-call doctor when NEWS2 is 5 or more', 'Chief Nursing Information Officer', 'Dec-24', 'Mar-25', 'Amber', 'Green', 'Build tested; go-live booked for 3 March'),
 (afi1, 'SA2', 'Deliver deteriorating patient simulation training to all registered nurses on St Helens Ward', 'Practice Development Lead', 'Jan-25', '', 'Green', 'Complete', '28 of 28 staff trained'),
 (afi2, 'SA3', 'Adopt the SBAR-based “at risk” handover sheet for all adult inpatient wards', 'Ward Sister / Matron for Medicine', 'Feb-25', '', 'Green', 'Green', 'Pilot on two wards complete'),
 (afi2, 'SA4', 'Audit 20 handovers a month for use of the at risk section and report to Patient Safety Group', 'Matron for Medicine', 'Jun-25', '', 'Amber', 'Amber', 'January audit 55% compliance'),
 (afi3, 'SA5', 'Review night-time critical care outreach cover and present options paper to Executive Committee', 'Deputy Chief Operating Officer', 'Mar-25', 'May-25', 'Red', 'Amber', 'Options paper delayed pending workforce review'),
]
start = 5
for i, r in enumerate(rows):
    ws2.append(list(r))
ws2.merge_cells('A5:A6'); ws2.merge_cells('A7:A8')
ws2.append([]); ws2.append(['Actions complete: 1 of 5'])
wb.save(os.path.join(D, name))
def st(s): return {'Complete': 'blue'}.get(s, s.lower())
acts = []
for r in rows:
    e = r[5] or r[4]
    mm = {'Jan':'01','Feb':'02','Mar':'03','May':'05','Jun':'06','Dec':'12'}[e[:3]]
    acts.append(A(r[1], [r[0]], r[2], [r[3]] if '/' not in r[3] else [x.strip() for x in r[3].split('/')], ('2024' if e.endswith('24') else '2025') + '-' + mm, st(r[7])))
write_yaml(name, {'source': 'Imitates an NHS trust PSIRF patient safety incident investigation safety action plan (Isle of Wight NHS Trust style, 2024-25): cover sheet with incident details and RAG key, actions sheet with areas for improvement merged down, SMART safety actions, original and revised target dates, previous and current RAG, totals line.',
 'reads': 'A two-sheet workbook: a cover sheet with incident details and a RAG key, and a safety actions sheet listing five safety actions SA1-SA5 under three areas for improvement (merged cells). Revised dates replace target dates; current RAG is the status.',
 'outcome': 'read', 'accept_refusal': False, 'title': title}, acts)

# 2. Board assurance framework (xlsx) - fill colour RAG, risk section rows
name = 'ztt-swansea-bay-uhb-board-assurance-framework-2025-26.xlsx'
title = 'Swansea Bay University Health Board – Board Assurance Framework 2025/26'
wb = Workbook(); ws = wb.active; ws.title = 'BAF summary'
ws.append([title]); ws.append(['Risk', 'Title', 'Executive lead', 'Current score', 'Target score'])
ws.append(['BAF 1', 'Timely access to planned care', 'Chief Operating Officer', 20, 12])
ws.append(['BAF 2', 'Workforce sustainability', 'Director of Workforce and OD', 16, 9])
ws2 = wb.create_sheet('Actions to close gaps')
ws2.append([title]); ws2.append(['Actions to address gaps in control and assurance – position at Q2 (September 2025)'])
ws2.append(['Ref', 'Gap in control / assurance', 'Action', 'Action lead', 'Due date', 'Progress', 'RAG'])
r1 = 'BAF 1: Failure to deliver timely access to planned care resulting in harm to patients waiting'
r2 = 'BAF 2: Inability to recruit and retain a sustainable workforce'
data = [
 ('H', r1),
 ('A', '1.1', 'No validated clinical harm review process for patients waiting over 104 weeks', 'Roll out the clinical harm review template to all surgical specialties', 'Deputy Medical Director', '31/10/2025', 'Live in 6 of 9 specialties', 'green'),
 ('A', '1.2', 'No validated clinical harm review process for patients waiting over 104 weeks', 'Report harm review outcomes quarterly to Quality and Safety Committee', 'Chief Operating Officer / Deputy Medical Director', 'Q4 2025/26', 'First report scheduled for January', 'amber'),
 ('A', '1.3', 'Theatre utilisation below 85% at Morriston', 'Implement six-four-two theatre scheduling across Morriston theatres', 'Director of Planned Care', '31/03/2026', 'Slippage due to anaesthetic rota gaps', 'red'),
 ('H', r2),
 ('A', '2.1', 'Registered nurse vacancy rate above 10% in medicine', 'Complete the international nurse recruitment cohort of 60 nurses', 'Deputy Director of Nursing', '30/09/2025', 'Cohort complete; 58 in post', 'blue'),
 ('A', '2.2', 'Limited assurance on retention of newly qualified staff', 'Launch the All Wales preceptorship programme and report retention at 12 months', 'Head of Nursing Education', 'Ongoing', 'Programme launched; first 12-month data due 2026', 'green'),
 ('A', '2.3', 'Limited assurance on retention of newly qualified staff', 'Hold stay conversations with all staff in their first two years', 'Director of Workforce and OD', 'Dec-25', 'Toolkit issued to managers', 'amber'),
]
acts = []
ends = {'31/10/2025': '2025-10', 'Q4 2025/26': '2026-03', '31/03/2026': '2026-03', '30/09/2025': '2025-09', 'Ongoing': None, 'Dec-25': '2025-12'}
for d in data:
    if d[0] == 'H':
        ws2.append([d[1]]); rr = ws2.max_row; ws2.merge_cells(f'A{rr}:G{rr}'); ws2[f'A{rr}'].font = Font(bold=True); cur = d[1]
    else:
        ws2.append(list(d[1:7]) + [None]); rr = ws2.max_row; ws2[f'G{rr}'].fill = fill(d[7])
        a = A(d[1], [cur, d[2]], d[3], [x.strip() for x in d[4].split(' / ')], ends[d[5]], d[7], end_text='Ongoing' if d[5] == 'Ongoing' else None)
        acts.append(a)
ws2.append([]); ws2.append(['RAG shown by cell colour: red – off track; amber – some delay; green – on track; blue – complete'])
wb.save(os.path.join(D, name))
write_yaml(name, {'source': 'Imitates a Welsh health board board assurance framework (Swansea Bay UHB style, 2025-26): summary sheet of principal risks with scores, and an actions sheet with each BAF risk as a merged section row, gaps in control, executive job titles as leads, quarter and day-first dates, RAG by fill colour only.',
 'reads': 'The summary sheet lists the two BAF risks and is not the plan. The actions sheet lists six actions (1.1-2.3) under two BAF risk rows, each answering a gap in control; RAG is the cell colour, explained in a key line at the foot.',
 'outcome': 'read', 'accept_refusal': False, 'title': title}, acts)

# 3. HIS mental health inspection improvement plan (xlsx)
name = 'ztt-nhs-tayside-his-carseview-centre-mental-health-inspection-improvement-plan.xlsx'
title = 'Healthcare Improvement Scotland – Carseview Centre Inspection Improvement Action Plan'
wb = Workbook(); ws = wb.active; ws.title = 'Version control'
ws.append(['Version', 'Date', 'Author', 'Comment']); ws.append(['0.1', '12/05/2025', 'Clinical Governance Facilitator', 'First draft']); ws.append(['1.0', '02/06/2025', 'Nurse Director', 'Submitted to HIS'])
ws2 = wb.create_sheet('Action plan')
ws2.append(['NHS Tayside']); ws2.append([title]); ws2.append(['Inspection date: 11–13 March 2025   Report published: 29 April 2025']); ws2.append([])
ws2.append(['Ref', 'Action planned', 'Responsible person', 'Timescale', 'Progress to date', 'RAG'])
dom1 = 'Domain 2 – Leadership and culture'; dom2 = 'Domain 4.1 – Pathways, procedures and policies'
req1 = 'Requirement 1: NHS Tayside must ensure that staffing levels are reviewed using the national workload tool and escalated when below establishment.'
req2 = 'Requirement 2: NHS Tayside must ensure that care plans are person-centred and reviewed in line with local policy.'
rec1 = 'Recommendation a: NHS Tayside should ensure that ligature risk assessments are reviewed annually.'
data = [('D', dom1), ('R', req1),
 ('A', '1.1', 'Complete the common staffing method workload tool run for all four wards', 'Lead Nurse', 'June 2025', '', 'B'),
 ('A', '1.2', 'Introduce a daily staffing huddle with documented escalation to the site manager', 'Senior Nurse for Inpatients', 'July 2025', 'Huddle in place; documentation audit due', 'G'),
 ('D', dom2), ('R', req2),
 ('A', '2.1', 'Audit ten care plans per ward each month using the person-centred care plan audit tool', 'Senior Charge Nurses', 'Monthly', 'Audits started April 2025', 'G'),
 ('A', '2.2', 'Deliver care planning training to all registered nurses\nand record attendance on Turas', 'Practice Education Facilitator', 'Sept – Dec 2025', 'Two sessions held', 'A'),
 ('R', rec1),
 ('A', '3.1', 'Review ligature risk assessments for all ward areas and record on the estates register', 'Head of Estates / Lead Nurse', '31/08/2025', 'Delayed by contractor availability', 'R'),
]
ends = {'June 2025': '2025-06', 'July 2025': '2025-07', 'Monthly': None, 'Sept – Dec 2025': '2025-12', '31/08/2025': '2025-08'}
acts = []
for d in data:
    if d[0] in 'DR':
        ws2.append([d[1]]); rr = ws2.max_row; ws2.merge_cells(f'A{rr}:F{rr}')
        if d[0] == 'D': dom = d[1]
        else: req = d[1]
    else:
        ws2.append(list(d[1:]))
        acts.append(A(d[1], [dom, req], d[2], [x.strip() for x in d[3].split(' / ')], ends[d[4]], {'B':'blue','G':'green','A':'amber','R':'red'}[d[6]], end_text='Monthly' if d[4]=='Monthly' else None))
ws2.append([]); ws2.append(['Key: B = complete, G = on track, A = some slippage, R = off track'])
wb.save(os.path.join(D, name))
write_yaml(name, {'source': 'Imitates a Healthcare Improvement Scotland inspection improvement action plan as returned by a Scottish NHS board (NHS Tayside style, 2025): version control sheet, title block, domain rows and requirement/recommendation rows merged across, numbered actions, RAG letters with key.',
 'reads': 'A version control sheet (not the plan) and an action plan sheet where merged rows give the HIS domain and then the requirement or recommendation; five numbered actions sit beneath with responsible person, timescale and a RAG letter.',
 'outcome': 'read', 'accept_refusal': False, 'title': title}, acts)

# 4. RQIA unannounced inspection QIP (docx), table per area for improvement
name = 'ztt-northern-hsct-rqia-causeway-hospital-unannounced-inspection-qip.docx'
title = 'Quality Improvement Plan – RQIA Unannounced Inspection, Causeway Hospital'
doc = Document(); doc.add_heading(title, 0)
doc.add_paragraph('Northern Health and Social Care Trust')
t = doc.add_table(rows=3, cols=2); t.style = 'Table Grid'
for i, (a, b) in enumerate([('Inspection dates', '4–6 February 2025'), ('Version', '1.2'), ('Approved by', 'Executive Director of Nursing')]):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
themes = [
 ('Theme 1: Safe care', [
   ('Area for improvement 1', 'The Trust must ensure that medicines requiring refrigeration are stored within the recommended temperature range and that fridge temperatures are recorded daily.', [
     ('1.1', 'Replace the medicines fridges on Wards B2 and C1 with data-logging fridges', 'Head of Pharmacy', 'April 2025', 'Complete'),
     ('1.2', 'Add daily fridge temperature checks to the ward safety brief checklist', 'Ward Managers', 'May 2025', 'Green')]),
   ('Area for improvement 2', 'The Trust must ensure that falls risk assessments are completed within 24 hours of admission.', [
     ('2.1', 'Re-launch the falls bundle with bedside teaching on all medical wards', 'Falls Prevention Lead', 'End of June 2025', 'Amber'),
     ('2.2', 'Report monthly compliance with the falls bundle to the Directorate Governance meeting', 'Assistant Director of Nursing', 'Monthly', 'Green')])]),
 ('Theme 2: Compassionate care', [
   ('Area for improvement 3', 'The Trust should ensure that patients’ privacy and dignity is maintained in the Emergency Department corridor.', [
     ('3.1', 'Install privacy screens in the ED corridor and agree a standard operating procedure for corridor care', 'ED Operations Manager and Lead Nurse ED', '30/09/2025', 'Red')])])]
ends = {'April 2025': '2025-04', 'May 2025': '2025-05', 'End of June 2025': '2025-06', 'Monthly': None, '30/09/2025': '2025-09'}
acts = []
for th, areas in themes:
    doc.add_heading(th, 1)
    for hdr, txt, rows in areas:
        t = doc.add_table(rows=2 + len(rows), cols=5); t.style = 'Table Grid'
        c = t.cell(0, 0); c.text = hdr; m = t.cell(0, 1).merge(t.cell(0, 4)); m.text = txt
        for j, h in enumerate(['Ref', 'Action to be taken', 'Responsible', 'Timescale', 'RAG']): t.cell(1, j).text = h
        for i, r in enumerate(rows):
            for j, v in enumerate(r): t.cell(2 + i, j).text = v
            lead = ['ED Operations Manager', 'Lead Nurse ED'] if ' and ' in r[2] else [r[2]]
            acts.append(A(r[0], [th, txt], r[1], lead, ends[r[3]], 'blue' if r[4] == 'Complete' else r[4].lower(), end_text='Monthly' if r[3] == 'Monthly' else None))
        doc.add_paragraph('')
doc.add_paragraph('Note: This plan will be reviewed monthly by the Causeway Hospital Senior Nursing Team until all actions are complete.')
doc.save(os.path.join(D, name))
write_yaml(name, {'source': 'Imitates an RQIA unannounced hospital inspection quality improvement plan returned by a Northern Ireland HSC trust (Northern HSCT style, 2025): title, document-control table, theme headings, one table per area for improvement with the area text merged in its first row, then a header row and actions.',
 'reads': 'Under two theme headings, three tables each open with an area for improvement and list its actions (five in all) with responsible person, timescale and RAG. The small first table is document control and holds no actions.',
 'outcome': 'read', 'accept_refusal': False, 'title': title}, acts)

# 5. Hospice CQC must do / should do plan (docx), one table with merged recommendation rows
name = 'ztt-willowbrook-hospice-cqc-must-should-do-action-plan.docx'
title = 'Willowbrook Hospice – CQC Inspection Action Plan (Must Do and Should Do)'
doc = Document(); doc.add_paragraph(title, style='Title')
doc.add_paragraph('Inspection: 8 and 9 October 2024. Report published 20 December 2024. Overall rating: Requires improvement.')
doc.add_paragraph('Status key: Completed; On track; Amber – at risk; Red – overdue')
hdr = ['No.', 'Action', 'Lead', 'Completion date', 'Status']
items = [
 ('R', 'Must do 1: The service must ensure that controlled drugs are checked and recorded in line with legislation (Regulation 12).'),
 ('A', 'MD1.1', 'Revise the controlled drugs policy and re-train all registered nurses\nCompetency sign-off for each nurse', 'Director of Clinical Services', '31/01/2025', 'Completed'),
 ('A', 'MD1.2', 'Introduce weekly controlled drugs audits by the pharmacist', 'Lead Pharmacist', 'Feb-25', 'Completed'),
 ('R', 'Must do 2: The service must ensure that mandatory training compliance meets the 90% target (Regulation 18).'),
 ('A', 'MD2.1', 'Publish a monthly training compliance dashboard to team leaders', 'Head of Education and Practice Development', 'March 2025', 'On track'),
 ('A', 'MD2.2', 'Book protected training days for the Inpatient Unit night team', 'Ward Manager (IPU)', 'Sept 2024 – June 2025', 'Amber'),
 ('R', 'Should do 1: The service should ensure that patients’ advance care plans are accessible to the out-of-hours team.'),
 ('A', 'SD1.1', 'Share advance care plans through the shared care record with the GP out-of-hours provider', 'Clinical Systems Manager & Medical Director', 'TBC', 'Red'),
]
ends = {'31/01/2025': '2025-01', 'Feb-25': '2025-02', 'March 2025': '2025-03', 'Sept 2024 – June 2025': '2025-06', 'TBC': None}
t = doc.add_table(rows=1, cols=5); t.style = 'Table Grid'
for j, h in enumerate(hdr): t.cell(0, j).text = h
acts = []
for it in items:
    row = t.add_row()
    if it[0] == 'R':
        m = row.cells[0].merge(row.cells[4]); m.text = it[1]; rec = it[1]
    else:
        for j, v in enumerate(it[1:]): row.cells[j].text = v
        lead = [x.strip() for x in it[3].split('&')]
        s = {'Completed': 'blue', 'On track': 'green', 'Amber': 'amber', 'Red': 'red'}[it[5]]
        acts.append(A(it[1], [rec], it[2], lead, ends[it[4]], s, end_text='TBC' if it[4] == 'TBC' else None))
doc.add_paragraph('Progress against this plan is reported to the Clinical Governance Committee each quarter.')
doc.save(os.path.join(D, name))
write_yaml(name, {'source': 'Imitates a hospice CQC post-inspection action plan (Willowbrook Hospice style, 2024-25): title, inspection summary line, status key line, one table with must do / should do text in merged rows above numbered actions, job titles as leads, a period and TBC as dates.',
 'reads': 'One table of six actions (MD1.1-SD1.1), each group under a merged row quoting the CQC must do or should do. Status words follow the key; the period "Sept 2024 – June 2025" ends in June 2025.',
 'outcome': 'read', 'accept_refusal': False, 'title': title}, acts)

# 6. Quality account priorities tracker (csv) - fill-down priority, Q1/Q2 RAG
import csv
name = 'ztt-northamptonshire-healthcare-nhsft-quality-account-priorities-tracker-2025-26.csv'
title = 'Northamptonshire Healthcare NHS Foundation Trust – Quality Account Priorities 2025/26 Tracker'
p1 = 'Priority 1 (Patient safety): Reduce harm from restrictive practice'
p2 = 'Priority 2 (Clinical effectiveness): Improve physical health checks for people with serious mental illness'
p3 = 'Priority 3 (Patient experience): Embed PCREF across community mental health teams'
rows = [
 (p1, '1a', 'Roll out Safewards interventions to all adult inpatient wards', 'Deputy Director of Nursing', 'Jun-25', 'G', 'B', 'All 9 wards live'),
 ('', '1b', 'Reduce prone restraint by 20% against 2024/25 baseline', 'Head of Patient Safety; Positive Behaviour Support Lead', 'Mar-26', 'A', 'A', 'Q2 reduction 12%'),
 ('', '1c', 'Publish monthly restrictive practice data on ward dashboards', 'Head of Information', 'Q2 2025/26', 'G', 'G', ''),
 (p2, '2a', 'Increase completed annual physical health checks to 75%', 'Associate Director of Physical Health', 'Mar-26', 'R', 'A', 'Q2 68%'),
 ('', '2b', 'Recruit two physical health practitioners to the Early Intervention in Psychosis team', 'Service Manager (EIP)', 'Dec-25', 'A', 'R', 'Recruitment paused'),
 (p3, '3a', 'Co-produce a PCREF action plan with the Patient and Carer Forum', 'Head of Patient Experience', 'Sep-25', 'G', 'B', 'Plan signed off'),
 ('', '3b', 'Report ethnicity of people detained under the MHA to Quality and Safety Committee each quarter', 'Mental Health Act Manager', 'Quarterly', '', 'G', 'First report Oct 2025'),
]
ends = {'Jun-25': '2025-06', 'Mar-26': '2026-03', 'Q2 2025/26': '2025-09', 'Dec-25': '2025-12', 'Sep-25': '2025-09', 'Quarterly': None}
with open(os.path.join(D, name), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow([title] + [''] * 7); w.writerow(['Position at end of Q2 (30 September 2025)'] + [''] * 7); w.writerow([''] * 8)
    w.writerow(['Priority', 'Ref', 'Milestone', 'Lead', 'Due', 'Q1 RAG', 'Q2 RAG', 'Update'])
    for r in rows: w.writerow(r)
    w.writerow([''] * 8); w.writerow(['Totals at Q2', '', 'Blue 2; Green 2; Amber 2; Red 1', '', '', '', '', ''])
acts = []; cur = None
for r in rows:
    cur = r[0] or cur
    acts.append(A(r[1], [cur], r[2], [x.strip() for x in r[3].split(';')], ends[r[4]], {'B':'blue','G':'green','A':'amber','R':'red'}[r[6]], end_text='Quarterly' if r[4]=='Quarterly' else None))
write_yaml(name, {'source': 'Imitates an NHS foundation trust quality account priorities tracker (Northamptonshire Healthcare NHSFT style, 2025-26) exported to CSV: title and position lines, priority named only on its first row, milestone refs 1a-3b, Q1 and Q2 RAG letters, totals line.',
 'reads': 'Three quality account priorities, each named once and filled down over its milestones; seven milestones with lead, due date and Q1/Q2 RAG. The Q2 RAG is the current status; the totals line is not an action.',
 'outcome': 'read', 'accept_refusal': False, 'title': title}, acts)

# 7. Domiciliary care CQC action plan (tab-separated txt) with a mistyped month -> refuse
name = 'ztt-caremark-stockport-cqc-home-care-inspection-action-plan-typo-month-refuse.txt'
title = 'Caremark Stockport – CQC Inspection Action Plan'
lines = [title, 'Service type: Domiciliary care agency. Inspection completed 15 July 2025. Rating: Requires improvement.', '',
 'Ref\tRegulation / concern\tAction\tWho\tBy when\tRAG',
 '1\tReg 12 Safe care and treatment: medication administration records incomplete\tMove all clients onto the electronic MAR system\tRegistered Manager\tSep-2025\tGreen',
 '2\tReg 12 Safe care and treatment: medication administration records incomplete\tMonthly MAR audit by field care supervisors\tField Care Supervisors\tMonthly\tGreen',
 '3\tReg 17 Good governance: call monitoring not reviewed\tWeekly review of late and missed calls with actions logged\tRegistered Manager / Care Coordinator\t0ct-2025\tAmber',
 '4\tReg 18 Staffing: supervisions overdue\tComplete overdue supervisions and set a 12-week schedule\tDeputy Manager\tNov-2025\tRed',
 '5\tReg 9 Person-centred care: care plans lack personal history\tReview all care plans with clients and families\tCare Coordinator\tDec-2025\tAmber',
 '', 'Reviewed by: Owner/Director, 29 August 2025']
with open(os.path.join(D, name), 'w', encoding='utf-8') as f: f.write('\n'.join(lines) + '\n')
write_yaml(name, {'source': 'Imitates a domiciliary care agency CQC post-inspection action plan kept as a tab-separated text export (Caremark franchise style, 2025): title line, service line, one row per action with regulation and concern, who, by when, RAG word.',
 'reads': 'Five actions in a tab-separated table. Action 3 is due "0ct-2025", written with a zero for the O: a mistyped month a careful reader would query before importing.',
 'outcome': 'refuse', 'accept_refusal': False, 'refuse_at': 7, 'title': title})
