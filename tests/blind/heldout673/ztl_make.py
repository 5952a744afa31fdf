import os, csv, yaml
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document
from docx.shared import RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

D = os.path.dirname(os.path.abspath(__file__))
FILL = {'red': 'FF0000', 'amber': 'FFC000', 'green': '00B050', 'blue': '0070C0'}
def fill(c): return PatternFill('solid', start_color=c, end_color=c)
def wy(name, meta, actions):
    d = dict(meta)
    if actions is not None:
        d['actions'] = actions
    with open(os.path.join(D, name + '.expected.yaml'), 'w') as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100)
def A(ref, under, action, lead, end, status, end_text=None):
    a = {'ref': ref, 'under': under, 'action': action, 'lead': lead, 'end': end}
    if end_text: a['end_text'] = end_text
    a['status'] = status
    return a

# ---------- 1. Sherwood Forest PSII safety action plan (xlsx, fill-colour RAG, original/revised dates)
n1 = 'ztl-sherwood-forest-hospitals-nhsft-psii-medication-omissions-safety-action-plan.xlsx'
wb = Workbook(); ws = wb.active; ws.title = 'Safety Action Plan'
ws['A1'] = 'Sherwood Forest Hospitals NHS Foundation Trust'; ws['A1'].font = Font(bold=True, size=14)
ws['A2'] = 'Patient Safety Incident Investigation (PSII) – Time-critical medication omissions: Safety Action Plan'
ws['A2'].font = Font(bold=True)
ws['A3'] = 'InPhase ref: PSII-2024-017    Executive sponsor: Chief Nurse    Version 3 – 14/02/2025'
hdr = ['Ref', 'Safety action', 'Action owner', 'Original target date', 'Revised target date', 'Progress update', 'RAG']
r = 5
for i, h in enumerate(hdr, 1):
    c = ws.cell(r, i, h); c.font = Font(bold=True, color='FFFFFF'); c.fill = fill('005EB8')
rows1 = [
 ('Area for improvement 1: Prescribing and administration of time-critical medicines', [
  ('SA1.1', 'Configure EPMA to flag Parkinson’s medicines as time-critical with a 30-minute administration window.', 'Chief Pharmacist / EPMA Lead', '31/12/2024', '31/03/2025', 'Build complete in test; go-live delayed by system upgrade.', 'amber', '2025-03'),
  ('SA1.2', 'Introduce a ward-level “missed dose” huddle check at each drug round handover.', 'Divisional Head of Nursing (Medicine)', '30/11/2024', '', 'In place on all medical wards since November.', 'blue', '2024-11'),
  ('SA1.3', 'Audit omitted time-critical doses monthly and report to the Medicines Optimisation Group.', 'Lead Pharmacist – Medicines Safety', '31/01/2025', '', 'First two audits presented; 41% reduction in omissions.', 'green', '2025-01'),
 ]),
 ('Area for improvement 2: Escalation when medicines are unavailable', [
  ('SA2.1', 'Stock critical Parkinson’s medicines in the emergency drug cupboards at King’s Mill, Newark and Mansfield Community Hospital.', 'Pharmacy Operations Manager', '31/10/2024', '', 'Completed – stock lists updated and signed off.', 'blue', '2024-10'),
  ('SA2.2', 'Update the Out of Hours Pharmacy SOP to include escalation routes for unavailable time-critical medicines.', 'Chief Pharmacist', '31/01/2025', '30/04/2025', 'SOP drafted; awaiting consultation with on-call pharmacists.', 'red', '2025-04'),
 ]),
 ('Area for improvement 3: Learning and family involvement', [
  ('SA3.1', 'Share learning from this PSII through the Patient Safety Bulletin and the Nursing, Midwifery and AHP Forum.\nInclude a patient story with the family’s consent.', 'Patient Safety Specialist; Head of Nursing for Patient Experience', '28/02/2025', '', '', None, '2025-02'),
 ]),
]
acts1 = []
r = 6
for area, acts in rows1:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    c = ws.cell(r, 1, area); c.font = Font(bold=True); c.fill = fill('D9E2F3'); r += 1
    for ref, txt, own, o, rev, prog, rag, end in acts:
        for i, v in enumerate([ref, txt, own, o, rev or None, prog or None], 1):
            ws.cell(r, i, v).alignment = Alignment(wrap_text=True, vertical='top')
        if rag: ws.cell(r, 7).fill = fill(FILL[rag])
        lead = [x.strip() for x in own.replace(';', '/').split('/')]
        acts1.append(A(ref, [area], txt, lead, end, rag or 'unrated')); r += 1
r += 1
ws.cell(r, 1, 'RAG key:'); ws.cell(r, 2, 'Red – off track'); ws.cell(r, 2).fill = fill(FILL['red'])
ws.cell(r+1, 2, 'Amber – at risk / revised date'); ws.cell(r+1, 2).fill = fill(FILL['amber'])
ws.cell(r+2, 2, 'Green – on track'); ws.cell(r+2, 2).fill = fill(FILL['green'])
ws.cell(r+3, 2, 'Blue – complete'); ws.cell(r+3, 2).fill = fill(FILL['blue'])
for col, w in zip('ABCDEFG', [8, 60, 30, 14, 14, 45, 8]): ws.column_dimensions[col].width = w
wb.save(os.path.join(D, n1))
wy(n1, {'source': 'Imitates an NHS trust PSII safety action plan as appended to a board Patient Safety report '
 '(Sherwood Forest Hospitals NHSFT style, 2024-25, PSIRF). Copied: title block with InPhase ref and version line, '
 'merged "Area for improvement" heading rows, original and revised target dates, progress update, RAG by fill colour '
 'with no text, RAG key below the table.',
 'reads': 'A single-sheet safety action plan with six actions under three areas for improvement. RAG is shown only as '
 'cell fill; where a revised date exists it is the due month. One action has no fill and no progress yet.',
 'outcome': 'read', 'accept_refusal': False,
 'title': 'Patient Safety Incident Investigation (PSII) – Time-critical medication omissions: Safety Action Plan'}, acts1)

# ---------- 2. NHS Orkney HIS safe delivery of care (xlsx, cover sheet + plan sheet, previous/current RAG)
n2 = 'ztl-nhs-orkney-his-balfour-hospital-safe-delivery-of-care-improvement-action-plan.xlsx'
wb = Workbook(); cv = wb.active; cv.title = 'Cover'
cov = [('NHS Orkney',), ('Healthcare Improvement Scotland – Safe Delivery of Care Inspection, The Balfour, 10–12 September 2024',),
 ('Improvement Action Plan – The Balfour (HIS SDoC, September 2024)',), (), ('Document control',), ('Version', 'Date', 'Author', 'Comment'),
 ('0.1', '18/11/2024', 'Head of Clinical Governance', 'First draft'), ('1.0', '09/12/2024', 'Director of Nursing, Midwifery, AHPs and Acute', 'Approved by Clinical and Care Governance Committee'),
 ('1.2', '03/03/2025', 'Head of Clinical Governance', 'Progress update for Q4')]
for row in cov: cv.append(list(row))
cv['A1'].font = Font(bold=True, size=14)
ws = wb.create_sheet('Action Plan')
ws.append(['Improvement Action Plan – The Balfour (HIS SDoC, September 2024)'])
ws.append([])
ws.append(['Requirement / Recommendation', 'Action ref', 'Planned action', 'Lead', 'Timescale', 'Previous RAG', 'Current RAG', 'Update'])
for c in ws[3]: c.font = Font(bold=True)
plan2 = [
 ('Domain 1 – Clear vision and purpose', [
  ('Requirement 1: NHS Orkney must ensure that the hospital-wide safety huddle records actions agreed and the staff responsible.', [
   ('1a', 'Revise the safety huddle template to include an action log with named owners.', 'Site Capacity Manager', 'December 2024', 'A', 'G', 'Template live from 2 December.', 'green', '2024-12'),
   ('1b', 'Audit huddle records fortnightly for three months.', 'Senior Charge Nurse, Acute Receiving Unit', 'March 2025', 'R', 'A', 'Two audits missed over festive period.', 'amber', '2025-03')]),
 ]),
 ('Domain 2 – Leadership and culture', [
  ('Requirement 2: NHS Orkney must ensure that all staff complete mandatory adult support and protection training.', [
   ('2a', 'Release protected time for ASP training on each inpatient ward rota.', 'Associate Director of Nursing and Acute Services', 'January 2025', 'G', 'Complete', 'Compliance now 92%.', 'blue', '2025-01')]),
  ('Recommendation 1: NHS Orkney should ensure that staff wellbeing support is promoted across night shift teams.', [
   ('R1', 'Extend the Staff Wellbeing Hub drop-in to include a 02:00 session twice monthly.', 'Head of People and Culture', 'Ongoing', '', '', 'Sessions being scoped with staff side.', 'unrated', None)]),
 ]),
 ('Domain 4.1 – Pathways, procedures and policies', [
  ('Requirement 3: NHS Orkney must ensure that patient care rounding documentation is fully completed.', [
   ('3a', 'Introduce electronic care rounding on Inpatient 1 and Inpatient 2.', 'Chief Nurse – Quality / eHealth Clinical Lead', 'Q1 2025/26', 'A', 'A', 'Supplier testing in progress.', 'amber', '2025-06'),
   ('3b', 'Include care rounding compliance in the monthly Excellence in Care dashboard.', 'Lead Nurse – Excellence in Care', '31/03/2025', 'G', 'G', 'Measure added to dashboard.', 'green', '2025-03')]),
 ]),
]
acts2 = []
for dom, reqs in plan2:
    ws.append([dom]); rr = ws.max_row
    ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=8)
    ws.cell(rr, 1).font = Font(bold=True); ws.cell(rr, 1).fill = fill('B4C6E7')
    for req, acts in reqs:
        start = ws.max_row + 1
        for k, (ref, txt, lead, ts, prev, cur, upd, st, end) in enumerate(acts):
            ws.append([req if k == 0 else None, ref, txt, lead, ts, prev or None, cur or None, upd])
            leads = [x.strip() for x in lead.split('/')]
            a = A(ref, [dom, req], txt, leads, end, st, end_text='Ongoing' if end is None else None)
            acts2.append(a)
        if len(acts) > 1:
            ws.merge_cells(start_row=start, start_column=1, end_row=ws.max_row, end_column=1)
ws.append([])
ws.append(['RAG: R = not started / off track; A = in progress, some risk; G = on track; Complete = action closed'])
wb.save(os.path.join(D, n2))
wy(n2, {'source': 'Imitates a Scottish NHS board improvement action plan responding to a Healthcare Improvement Scotland '
 'Safe Delivery of Care inspection (NHS Orkney / The Balfour style, 2024-25). Copied: cover sheet with document control, '
 'domain rows, requirement/recommendation text merged vertically over its lettered actions, previous and current RAG '
 'letters, timescales as months/quarters, RAG note at foot.',
 'reads': 'Six actions grouped under HIS domains, each answering a numbered requirement or recommendation. Status is the '
 'Current RAG column; "Q1 2025/26" ends June 2025 and "Ongoing" has no month.',
 'outcome': 'read', 'accept_refusal': False,
 'title': 'Improvement Action Plan – The Balfour (HIS SDoC, September 2024)'}, acts2)

# ---------- 3. Dorset HealthCare BAF (xlsx) with typo month -> refuse
n3 = 'ztl-dorset-healthcare-university-nhsft-board-assurance-framework-2025-26-typo-month-refuse.xlsx'
wb = Workbook(); ws = wb.active; ws.title = 'BAF Q3 2025-26'
ws.append(['Dorset HealthCare University NHS Foundation Trust – Board Assurance Framework 2025/26 (Quarter 3)'])
ws.append(['Presented to Board of Directors, 27 January 2026'])
ws.append([])
ws.append(['Strategic objective', 'Risk ID', 'Principal risk', 'Gap in control / assurance', 'Action to close gap', 'Executive lead', 'Due date', 'Progress RAG'])
baf = [
 ('SO1 Outstanding quality care', 'BAF 1', 'Failure to deliver safe, effective care in community mental health services', 'Caseload review compliance below 85%', 'Roll out caseload management tool across all CMHTs', 'Chief Nursing Officer', 'Mar-26', 'Amber'),
 ('', '', '', 'Restrictive practice data not triangulated', 'Add restrictive practice measures to the Quality Dashboard', 'Chief Medical Officer', 'Dec-25', 'Green'),
 ('SO2 Great place to work', 'BAF 2', 'Inability to recruit and retain a sustainable workforce', 'Vacancy rate in inpatient nursing above 12%', 'Deliver international recruitment cohort 3', 'Chief People Officer', 'Febuary 2026', 'Amber'),
 ('', '', '', 'Exit interview data incomplete', 'Introduce digital exit survey with quarterly report to People Committee', 'Chief People Officer', 'Jan-26', 'Red'),
 ('SO3 Financial sustainability', 'BAF 3', 'Failure to achieve the 2025/26 financial plan', 'CIP schemes not fully identified', 'Complete PIDs and QIAs for remaining CIP schemes', 'Chief Finance Officer', 'Nov-25', 'Complete'),
]
for row in baf: ws.append(list(row))
wb.save(os.path.join(D, n3))
wy(n3, {'source': 'Imitates an NHS foundation trust Board Assurance Framework summary sheet (Dorset HealthCare style, '
 '2025/26 Q3): strategic objective and principal risk columns filled only on the first row of each risk, gap in '
 'control, action to close gap, executive lead as job title, due date and RAG word.',
 'reads': 'Five actions to close gaps against three principal risks. The due date on sheet row 7 reads "Febuary 2026", a '
 'mistyped month, so a careful reader would stop and ask before reading the plan.',
 'outcome': 'refuse', 'refuse_at': 7,
 'title': 'Dorset HealthCare University NHS Foundation Trust – Board Assurance Framework 2025/26 (Quarter 3)'}, None)

# ---------- 4. Hywel Dda HIW Bronglais ward inspection (docx, one table per HIW section)
n4 = 'ztl-hywel-dda-uhb-hiw-bronglais-general-hospital-ward-improvement-plan.docx'
doc = Document()
doc.add_heading('Improvement plan', level=1)
doc.add_paragraph('Service: Bronglais General Hospital – Ystwyth and Ceredig Wards')
doc.add_paragraph('Date of inspection: 4 – 6 November 2024')
doc.add_paragraph('The table below includes any other improvements identified during the inspection where we require the service to complete an improvement plan telling us about the actions they are taking to address these areas.')
sections4 = [
 ('Quality of patient experience', [
  ('The health board must ensure that patients’ dignity is maintained by providing privacy curtains that fully close in all bays.', 'Health and Care Standards 4.1 Dignified Care', [
   ('Replace damaged curtain tracks and curtains in bays 2 and 4 on Ystwyth Ward.', 'Estates Manager (Ceredigion)', 'January 2025', '2025-01'),
   ('Add curtain checks to the weekly ward environment audit.', 'Ward Manager, Ystwyth', 'December 2024', '2024-12')]),
  ('The health board must ensure that information is available bilingually, in line with the Welsh Language Standards.', 'Welsh Language (Wales) Measure 2011', [
   ('Review all ward noticeboards and replace English-only patient information.', 'Senior Nurse, Medicine – Bronglais', '31 March 2025', '2025-03')]),
 ]),
 ('Delivery of safe and effective care', [
  ('The health board must ensure that fridge temperatures for medication are checked and recorded daily.', 'Health and Care Standards 2.6 Medicines Management', [
   ('Introduce a daily fridge temperature checklist signed off at the morning safety brief.', 'Ward Manager, Ceredig / Ward Pharmacist', 'Completed – November 2024', '2024-11')]),
 ]),
 ('Quality of management and leadership', [
  ('The health board must ensure that staff compliance with mandatory training improves, particularly Fire Safety and Information Governance.', 'Health and Care Standards 7.1 Workforce', [
   ('Agree individual training trajectories with each staff member below compliance.', 'Head of Nursing, Bronglais', 'February 2025', '2025-02'),
   ('Report ward training compliance monthly to the Site Quality and Safety Group.', 'Head of Nursing, Bronglais', 'Monthly', None)]),
 ]),
]
acts4 = []
for sec, items in sections4:
    doc.add_heading(sec, level=2)
    t = doc.add_table(rows=1, cols=5); t.style = 'Table Grid'
    for i, h in enumerate(['Improvement needed', 'Standard / Regulation', 'Service action', 'Responsible officer', 'Timescale']):
        t.rows[0].cells[i].text = h
    for imp, std, acts in items:
        first = len(t.rows)
        for k, (txt, off, ts, end) in enumerate(acts):
            cells = t.add_row().cells
            if k == 0:
                cells[0].text = imp; cells[1].text = std
            cells[2].text = txt; cells[3].text = off; cells[4].text = ts
            status = 'blue' if ts.startswith('Completed') else 'unrated'
            et = 'Monthly' if end is None else None
            acts4.append(A(None, [sec, imp], txt, [x.strip() for x in off.split(' / ')], end, status, end_text=et))
        if len(acts) > 1:
            a = t.cell(first, 0).merge(t.cell(len(t.rows) - 1, 0)); b = t.cell(first, 1).merge(t.cell(len(t.rows) - 1, 1))
doc.add_heading('Service representative', level=2)
t = doc.add_table(rows=3, cols=2); t.style = 'Table Grid'
for i, (k, v) in enumerate([('Name (print):', 'Hazel Lloyd-Lubran'), ('Job role:', 'Director of Operations'), ('Date:', '20 December 2024')]):
    t.cell(i, 0).text = k; t.cell(i, 1).text = v
doc.save(os.path.join(D, n4))
wy(n4, {'source': 'Imitates the Healthcare Inspectorate Wales hospital inspection improvement plan template as completed '
 'by a Welsh health board (Hywel Dda UHB, Bronglais, 2024). Copied: "Improvement plan" heading with service and date '
 'lines, intro paragraph, one table per HIW section, Improvement needed / Standard / Service action / Responsible '
 'officer / Timescale columns with the finding merged over several actions, service representative sign-off table.',
 'reads': 'Six service actions in three HIW sections, each answering an "improvement needed" statement. No refs and no '
 'RAG column; one timescale says "Completed – November 2024" and one "Monthly".',
 'outcome': 'read', 'accept_refusal': False, 'title': 'Improvement plan'}, acts4)

# ---------- 5. St Gemma's Hospice quality account priorities tracker (docx)
n5 = 'ztl-st-gemmas-hospice-quality-account-priorities-tracker-2025-26.docx'
doc = Document()
doc.add_paragraph("St Gemma’s Hospice, Leeds").runs[0].bold = True
doc.add_heading('Quality Account Priorities 2025/26 – Progress Tracker', level=1)
t = doc.add_table(rows=4, cols=2); t.style = 'Table Grid'
for i, (k, v) in enumerate([('Report to', 'Quality and Safety Committee'), ('Author', 'Director of Nursing and Quality'), ('Date', '12 November 2025'), ('Status key', 'Complete | On track | At risk | Not started')]):
    t.cell(i, 0).text = k; t.cell(i, 1).text = v
pri5 = [
 ('Priority 1: Patient safety – reducing harm from falls', [
  ('1.1', 'Implement lying and standing blood pressure checks for all inpatients on admission.', 'Ward Sister, IPU', 'June 2025', 'Complete', 'blue', '2025-06'),
  ('1.2', 'Trial bed sensor alarms in six single rooms and evaluate.', 'Falls Lead Nurse & Physiotherapy Lead', 'Sept 2025 – Jan 2026', 'On track', 'green', '2026-01')]),
 ('Priority 2: Clinical effectiveness – advance care planning in the community', [
  ('2.1', 'Record preferred place of death on the shared care record for 80% of community patients.', 'Community Services Manager', '31/03/2026', 'At risk', 'amber', '2026-03'),
  ('2.2', 'Deliver ACP training to Leeds care home staff in partnership with the ICB.', 'Education Lead', 'Q3 2025/26', 'On track', 'green', '2025-12')]),
 ('Priority 3: Patient experience – listening to families', [
  ('3.1', 'Launch the bereaved relatives’ feedback survey (VOICES-SF adapted).', 'Head of Family Support', 'August 2025', 'Complete', 'blue', '2025-08'),
  ('3.2', 'Establish a carers’ reference group meeting quarterly.\nFirst meeting to agree terms of reference.', 'Head of Family Support', 'TBC', 'Not started', 'unrated', None)]),
]
acts5 = []
for pri, acts in pri5:
    doc.add_heading(pri, level=2)
    t = doc.add_table(rows=1, cols=5); t.style = 'Table Grid'
    for i, h in enumerate(['Ref', 'What we will do', 'Lead', 'By when', 'Status']): t.rows[0].cells[i].text = h
    for ref, txt, lead, when, st, rag, end in acts:
        c = t.add_row().cells
        for i, v in enumerate([ref, txt, lead, when, st]): c[i].text = v
        a = A(ref, [pri], txt, [x.strip() for x in lead.split('&')], end, rag, end_text=('TBC' if end is None else ('Sept 2025 – Jan 2026' if '–' in when else None)))
        pass
        acts5.append(a)
doc.add_paragraph('Progress against these priorities will be reported in the 2025/26 Quality Account published in June 2026.')
doc.save(os.path.join(D, n5))
wy(n5, {'source': 'Imitates an independent hospice quality account priorities progress tracker reported to its Quality '
 'and Safety Committee (St Gemma’s Hospice, Leeds style, 2025/26). Copied: organisation line and title, cover table '
 'with report-to/author/date/status key, one heading and table per quality account priority (safety, effectiveness, '
 'experience), status words.',
 'reads': 'Six actions under three quality account priorities. Status is a word (Complete, On track, At risk, Not '
 'started); dates include a period, a quarter and TBC.',
 'outcome': 'read', 'accept_refusal': False, 'title': 'Quality Account Priorities 2025/26 – Progress Tracker'}, acts5)

# ---------- 6. Bluebird Care Shrewsbury CQC home care action plan (csv)
n6 = 'ztl-bluebird-care-shrewsbury-cqc-home-care-inspection-action-plan.csv'
rows6 = [
 ['Bluebird Care (Shrewsbury & Telford) - CQC Inspection Action Plan'] + [''] * 7,
 ['Inspection: 14-16 May 2025   Report published: 08/07/2025   Overall rating: Requires Improvement'] + [''] * 7,
 [''] * 8,
 ['No.', 'Key question', 'Regulation', 'What CQC found', 'Action we will take', 'Responsible', 'Target date', 'Status'],
 ['1', 'Safe', 'Reg 12 Safe care and treatment', 'Risk assessments for people with catheters were not always in place.', 'Complete catheter care risk assessments for all clients with catheters and add to the care plan template.', 'Registered Manager', '31/07/2025', 'Completed'],
 ['2', 'Safe', 'Reg 12 Safe care and treatment', 'Medicine records (eMAR) did not always show when "as required" medicines were given.', 'Add PRN protocols to eMAR for every client prescribed "as required" medicines.', 'Care Coordinator; Field Care Supervisor', '31/08/2025', 'On track'],
 ['3', 'Effective', 'Reg 18 Staffing', 'Not all staff had completed moving and handling refresher training.', 'Book all overdue staff onto practical moving and handling refreshers.', 'Training & Compliance Officer', 'Sep-25', 'Amber'],
 ['4', 'Well-led', 'Reg 17 Good governance', 'Audits had not identified the shortfalls found at inspection.', 'Introduce a monthly quality audit schedule reviewed by the franchise owner.', 'Registered Manager and Franchise Owner', 'End of October 2025', 'Green'],
 ['5', 'Well-led', 'Reg 17 Good governance', 'Late and missed call data was not analysed for themes.', 'Produce a monthly call monitoring report from the rostering system.', 'Care Coordinator', 'Monthly', 'Not started'],
 [''] * 8,
 ['Completed: 1   In progress: 3   Not started: 1'] + [''] * 7,
]
with open(os.path.join(D, n6), 'w', newline='', encoding='utf-8') as f:
    csv.writer(f).writerows(rows6)
acts6 = []
st6 = {'Completed': 'blue', 'On track': 'green', 'Amber': 'amber', 'Green': 'green', 'Not started': 'unrated'}
ends6 = {'31/07/2025': '2025-07', '31/08/2025': '2025-08', 'Sep-25': '2025-09', 'End of October 2025': '2025-10', 'Monthly': None}
leads6 = {'Registered Manager': ['Registered Manager'], 'Care Coordinator; Field Care Supervisor': ['Care Coordinator', 'Field Care Supervisor'],
 'Training & Compliance Officer': ['Training & Compliance Officer'], 'Registered Manager and Franchise Owner': ['Registered Manager', 'Franchise Owner'], 'Care Coordinator': ['Care Coordinator']}
for r in rows6[4:9]:
    acts6.append(A(r[0], [r[1], r[3]], r[4], leads6[r[5]], ends6[r[6]], st6[r[7]], end_text='Monthly' if r[6] == 'Monthly' else None))
wy(n6, {'source': 'Imitates a domiciliary care franchise’s action plan after a CQC inspection rated Requires Improvement '
 '(Bluebird Care Shrewsbury & Telford style, 2025), exported from Excel to CSV. Copied: title and inspection lines, '
 'key question and regulation columns, CQC finding beside the action, role titles as leads, status words, totals line.',
 'reads': 'Five numbered actions each answering a CQC finding under a key question. "Training & Compliance Officer" is '
 'one post; "Registered Manager and Franchise Owner" is two.',
 'outcome': 'read', 'accept_refusal': False, 'title': 'Bluebird Care (Shrewsbury & Telford) - CQC Inspection Action Plan'}, acts6)

# ---------- 7. Southern HSCT RQIA Craigavon QIP (txt, tab-separated)
n7 = 'ztl-southern-hsct-rqia-craigavon-area-hospital-unannounced-inspection-qip.txt'
lines7 = [
 'Southern Health and Social Care Trust',
 'RQIA Unannounced Inspection – Craigavon Area Hospital, Wards 3 South and 4 North (19–20 February 2025)',
 'Quality Improvement Plan – Trust response and progress (position at 30 June 2025)',
 '',
 'Area for improvement\tRef\tAction to be taken\tResponsible person\tTo be completed by\tRAG',
 'Area for improvement 1 (Standard 5.1): The Trust shall ensure that nursing care records reflect individual patient assessments and are reviewed as needs change.\t\t\t\t\t',
 '\t1.1\tIntroduce weekly care record audits using the Encompass documentation audit tool.\tWard Sister 3 South, Ward Sister 4 North\t30/04/2025\tG',
 '\t1.2\tDeliver documentation teach-back sessions at the safety brief.\tPractice Development Nurse\t31/05/2025\tB',
 'Area for improvement 2 (Standard 6.4): The Trust shall ensure that the ward environment is clean and that equipment is decontaminated and labelled.\t\t\t\t\t',
 '\t2.1\tRecommence daily cleaning schedules for commodes and sign-off by nurse in charge.\tWard Managers\tImmediate and ongoing\tG',
 '\t2.2\tReplace damaged bedside lockers and chairs identified in the inspection.\tSupport Services Manager (Estates)\tSeptember 2025\tA',
 'Area for improvement 3 (Standard 4.2): The Trust shall ensure that patients’ nutritional needs are assessed using MUST within 24 hours of admission.\t\t\t\t\t',
 '\t3.1\tAdd MUST screening compliance to the monthly ward quality dashboard and escalate exceptions.\tHead of Nursing – Acute Medicine\tJul-25\tR',
 '',
 'Key: R = not on track, A = some slippage, G = on track, B = completed',
]
with open(os.path.join(D, n7), 'w', encoding='utf-8') as f:
    f.write('\n'.join(lines7) + '\n')
acts7 = []
rag7 = {'G': 'green', 'B': 'blue', 'A': 'amber', 'R': 'red'}
ends7 = {'30/04/2025': '2025-04', '31/05/2025': '2025-05', 'Immediate and ongoing': None, 'September 2025': '2025-09', 'Jul-25': '2025-07'}
leads7 = {'Ward Sister 3 South, Ward Sister 4 North': ['Ward Sister 3 South', 'Ward Sister 4 North']}
cur = None
for ln in lines7[5:13]:
    p = ln.split('\t')
    if p[0]:
        cur = p[0]; continue
    acts7.append(A(p[1], [cur], p[2], leads7.get(p[3], [p[3]]), ends7[p[4]], rag7[p[5]], end_text=p[4] if ends7[p[4]] is None else None))
wy(n7, {'source': 'Imitates an RQIA hospital unannounced inspection Quality Improvement Plan with the Trust response, '
 'kept as a tab-separated progress export (Southern HSCT, Craigavon Area Hospital style, 2025). Copied: trust and '
 'inspection title lines, "Area for improvement N (Standard x)" rows with the finding text above numbered actions, '
 'responsible person as post, RAG letters and a key line.',
 'reads': 'Five numbered actions answering three RQIA areas for improvement. RAG letters follow the key (B = completed); '
 '"Immediate and ongoing" has no month.',
 'outcome': 'read', 'accept_refusal': False, 'title': 'Southern Health and Social Care Trust'}, acts7)
print('done')
