"""Generator for the ck1- cases (children's services plans, four nations)."""
import csv, datetime as dt, os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(OUT, n)
D = dt.datetime

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)

def hdr(row, texts, fill='1F4E79'):
    for c, t in zip(row.cells, texts):
        c.text = ''
        r = c.paragraphs[0].add_run(t); r.bold = True; r.font.color.rgb = RGBColor(255, 255, 255)
        shade(c, fill)

# ---------------------------------------------------------------- 1 includem docx
def includem():
    d = Document()
    d.add_heading('includem – Care Inspectorate Improvement Plan 2024', 0)
    d.add_paragraph("Following the Care Inspectorate's unannounced inspection of our Glasgow Housing Support and "
                    "Care at Home service in November 2023, this plan sets out how we will meet the requirement "
                    "and areas for improvement identified in the report. Progress is reviewed monthly by the "
                    "Senior Leadership Team and reported to the Board's Quality and Safeguarding Committee.")
    d.add_paragraph('Document control').runs[0].bold = True
    t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'
    hdr(t.rows[0], ['Version', 'Date', 'Author', 'Comments'], '595959')
    for r in [('1.0', '15/01/2024', 'Quality and Compliance Lead', 'First draft for SLT'),
              ('1.1', '02/02/2024', 'Quality and Compliance Lead', 'Submitted to Care Inspectorate'),
              ('1.3', '28/06/2024', 'Quality and Compliance Lead', 'June progress update')]:
        cells = t.add_row().cells
        for c, v in zip(cells, r): c.text = v
    cols = ['Ref', 'Action', 'Responsible', 'Timescale', 'Progress update', 'RAG']
    sections = [
        ("Key Question 1: How well do we support people's wellbeing?", [
            ("Requirement 1: By 29 February 2024, the provider must ensure that each young person's personal plan "
             "sets out how their health, welfare and safety needs will be met, and is reviewed at least every six months.", [
                ('1.1', 'Audit all personal plans against the Health and Social Care Standards and the Care Inspectorate template.',
                 'Service Manager (Glasgow)', '31/01/2024', 'Audit of 64 plans completed; 19 required updating and all have been revised.', 'Complete'),
                ('1.2', 'Introduce a six-monthly review date field in the case recording system with automated reminders to workers.',
                 'Head of Digital and Data', 'March 2024', 'Field live from 4 March. Reminder emails tested and running.', 'Complete'),
                ('1.3', 'Team leaders to sample five plans each per month as part of supervision.',
                 'Team Leaders', 'Monthly', 'Sampling built into the supervision template; first themes reported to SLT in June.', 'On track'),
            ]),
            ("Area for improvement 1: To support young people's wellbeing, the provider should ensure that young people "
             "are involved in writing their own risk assessments and that their views are recorded.", [
                ('1.4', 'Co-produce a young person friendly risk assessment with the Youth Voice Group.',
                 'Participation Lead; Practice Development Worker', 'End of May 2024',
                 'Draft tested with 12 young people. Final version delayed as the Youth Voice Group asked for a digital version.', 'Amber'),
            ]),
        ]),
        ("Key Question 2: How good is our leadership?", [
            ("Area for improvement 2: The provider should develop its quality assurance so that audits lead to clear "
             "actions which are followed up and evaluated.", [
                ('2.1', 'Develop a single quality assurance framework and audit calendar for all Glasgow services.',
                 'Head of Quality and Practice Development', 'April 2024', 'Framework approved by the Board on 24 April 2024.', 'Complete'),
                ('2.2', 'Create an improvement log so that actions from audits, complaints and incidents are tracked to completion.',
                 'Quality and Compliance Lead', '30/06/2024', 'Log set up in SharePoint. Some older actions are still being migrated.', 'Amber'),
            ]),
        ]),
        ("Key Question 3: How good is our staff team?", [
            ("Area for improvement 3: The provider should ensure that all staff complete trauma-informed practice "
             "training appropriate to their role.", [
                ('3.1', 'Roll out Trauma Skilled (level 2) training to all frontline staff.',
                 'Learning and Development Manager', 'Sept 2024', '78% of frontline staff trained to date. Additional sessions booked for August.', 'On track'),
                ('3.2', 'Include trauma-informed practice as a standing item in team meetings.',
                 'Service Manager (Glasgow) / Team Leaders', 'Ongoing', 'Standing item added to all team meeting agendas from February.', 'Green'),
            ]),
        ]),
    ]
    for kq, groups in sections:
        d.add_heading(kq, 2)
        t = d.add_table(rows=1, cols=6); t.style = 'Table Grid'
        hdr(t.rows[0], cols)
        for head, acts in groups:
            row = t.add_row(); m = row.cells[0].merge(row.cells[5])
            m.text = ''; r = m.paragraphs[0].add_run(head); r.bold = True; shade(m, 'DEEAF6')
            for a in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, a): c.text = v
    d.add_paragraph('')
    d.add_paragraph('RAG: Red – not started or significant concern; Amber – in progress with some slippage; '
                    'Green / On track – progressing as planned; Complete – action completed and evidenced.')
    d.save(P('ck1-includem-care-inspectorate-improvement-plan.docx'))

# ---------------------------------------------------------------- 2 Ysgol Maes Hyfryd docx
def maes_hyfryd():
    FILL = {'G': '92D050', 'A': 'FFC000', 'B': '00B0F0', 'R': 'FF0000'}
    d = Document()
    d.add_heading('Ysgol Maes Hyfryd – Post-Inspection Action Plan', 0)
    d.add_paragraph('Estyn core inspection: March 2024. This plan was agreed by the Governing Body on 10 June 2024 '
                    'and is monitored by the Standards Committee each term with the local authority Challenge Adviser.')
    recs = [
        ("R1 Strengthen self-evaluation and improvement planning so that they focus clearly on the progress pupils make", [
            ("Review the self-evaluation calendar so that lesson observations, book looks and learner voice feed directly into the school development plan.",
             'Calendar in place; SDP priorities link clearly to first-hand evidence.', 'HT / DHT', 'Autumn term 2024', 'SLT release time', 'G'),
            ("Train middle leaders to evaluate the progress of pupils in their class groups using the pupil progress tracker.",
             'All middle leaders contribute progress evaluations to termly reviews.', 'DHT', 'Spring term 2025', '2 INSET sessions', 'A'),
            ("Standards Committee to receive a termly report on progress against this plan.",
             'Governors challenge and record progress in committee minutes.', 'Chair of Governors', 'Termly', 'None', 'G'),
        ]),
        ("R2 Improve pupils' independent communication skills, including through the use of augmentative and alternative communication (AAC)", [
            ("Audit the communication aids available in every class and buy additional devices where needed.",
             'Every pupil who needs one has access to an AAC device throughout the day.', 'ALNCo', 'Sept 2024', '£4,000 (PDG)', 'B'),
            ("Provide whole-staff training on modelling AAC throughout the school day.",
             'Observations show staff modelling AAC consistently in all classes.', 'Speech and Language Therapist / ALNCo', 'Autumn term 2024', 'SLT time; NHS SLT input', 'G'),
            ("Introduce communication passports for all pupils in the primary department.",
             'Passports in place and shared with families.', 'Primary Phase Leader', 'Summer term 2025', 'Printing £300', 'A'),
        ]),
        ("R3 Address the site-related safeguarding issues raised during the inspection", [
            ("Replace the perimeter fencing at the rear of the playground and install a secure gate at the minibus entrance.",
             'Site secure; issue closed by the local authority.', 'Business Manager; Flintshire Property Services', '31/07/2024', 'LA capital budget', 'B'),
            ("Complete a full site safety audit with the local authority Health and Safety Adviser.",
             'Audit completed and all actions logged.', 'Business Manager', 'June 2024', 'None', 'B'),
        ]),
    ]
    for rec, acts in recs:
        p = d.add_paragraph(); r = p.add_run(rec); r.bold = True; r.font.size = Pt(12)
        t = d.add_table(rows=1, cols=6); t.style = 'Table Grid'
        hdr(t.rows[0], ['Actions', 'Success criteria', 'Responsibility', 'Timescale', 'Resources', 'RAG'], '385723')
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells[:5], a[:5]): c.text = v
            cells[5].text = ''; shade(cells[5], FILL[a[5]])
        d.add_paragraph('')
    d.add_paragraph('RAG key: Blue – action complete; Green – on track; Amber – some slippage, action being taken; Red – not on track.')
    d.save(P('ck1-ysgol-maes-hyfryd-estyn-post-inspection-action-plan.docx'))

# ---------------------------------------------------------------- 3 Portobello txt (tab separated)
def portobello():
    rows = [
        ['Portobello High School'],
        ["Action plan following HM Inspectors' report (published 20 August 2024)"],
        [],
        ['Area for improvement', 'Ref', 'Action', 'Lead', 'Timescale', 'Progress update', 'Status'],
        ['Continue to raise attainment in literacy and numeracy in the broad general education (BGE).', '1.1',
         'Introduce a common approach to tracking reading attainment in S1 to S3 using standardised assessments.', 'DHT (BGE)', 'Dec 2024',
         'Standardised assessments completed for all S1 pupils in October. Data shared with the English department.', 'Complete'],
        ['', '1.2', "Develop numeracy 'across learning' lead roles in every faculty.", 'PT Mathematics and Numeracy', 'March 2025',
         'Leads identified in six of eight faculties.', 'On track'],
        ['', '1.3', 'Target literacy interventions for learners not yet achieving third level reading by the end of S2.',
         'PT Support for Learning / Literacy Coordinator', 'June 2025', 'Intervention groups running since November for 34 learners.', 'On track'],
        [],
        ['Improve the consistency of learning and teaching so that all learners experience appropriate pace and challenge.', '2.1',
         'Relaunch the Portobello Learning and Teaching Framework with staff during the August in-service days.', 'DHT (Learning and Teaching)', 'Aug 2024',
         'Framework relaunched on 13 August.', 'Complete'],
        ['', '2.2', 'Establish triads of staff to carry out peer observations focusing on differentiation.', 'DHT (Learning and Teaching)', 'Oct 2024 - Feb 2025',
         'Triads set up but observations delayed by staffing pressures in November. Revised schedule agreed.', 'Amber'],
        ['', '2.3', "Use learner voice surveys each term to evaluate learners' experience of pace and challenge.", 'Head Teacher', 'Termly',
         'First survey completed in September; results shared with Pupil Council.', 'On track'],
        [],
        ["Senior leaders should develop further the school's approach to supporting young people's wellbeing, including attendance.", '3.1',
         'Review the attendance policy with young people, parents and partners.', 'DHT (Pupil Support)', 'Nov 2024',
         'Revised policy approved by Parent Council in November.', 'Complete'],
        ['', '3.2', 'Introduce weekly attendance meetings between Pupil Support Leaders and the Home School Link Worker.', 'PT Pupil Support', 'Ongoing',
         'Meetings in place since September. Attendance of the targeted group has risen by 4%.', 'On track'],
        ['', '3.3', "Work with City of Edinburgh Council's Psychological Services to deliver nurture training for S1 and S2 staff.",
         'DHT (Pupil Support) and Educational Psychologist', 'April 2025',
         'Dates being agreed; training delayed because of staff absence in the Psychological Service.', 'Amber'],
        [],
        ['Status key: Complete / On track / Amber = some delay / Red = significant concern'],
    ]
    with open(P('ck1-portobello-high-school-education-scotland-inspection-action-plan.txt'), 'w', encoding='utf-8', newline='') as f:
        for r in rows:
            f.write('\t'.join(r) + '\r\n')

# ---------------------------------------------------------------- xlsx helpers
thin = Side(style='thin', color='999999'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HF = PatternFill('solid', fgColor='1F4E79')
RAGF = {'B': '00B0F0', 'G': '00B050', 'A': 'FFC000', 'R': 'FF0000'}
def header(ws, r, names, widths):
    for i, (n, w) in enumerate(zip(names, widths), 1):
        c = ws.cell(r, i, n); c.font = Font(bold=True, color='FFFFFF'); c.fill = HF
        c.alignment = Alignment(wrap_text=True, vertical='center'); c.border = BOX
        ws.column_dimensions[c.column_letter].width = w

# ---------------------------------------------------------------- 4 Coborn Centre xlsx
def coborn():
    wb = Workbook(); ws = wb.active; ws.title = 'CQC Action Plan'
    ws['A1'] = 'East London NHS Foundation Trust – Coborn Centre for Adolescent Mental Health'; ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'CQC inspection: Child and adolescent mental health wards – Must do / Should do action plan'; ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Last updated: 14/10/2024'
    header(ws, 5, ['Ref', 'Must do / Should do', 'Regulation', 'Action', 'Action owner', 'Target date', 'Revised date', 'Progress update', 'RAG'],
           [8, 45, 11, 50, 26, 13, 13, 50, 7])
    rows = [
        ('M1.1', 'The trust must ensure that staff complete and record physical health observations following the administration of rapid tranquillisation.', 'Reg 12',
         'Update the rapid tranquillisation observation chart on the electronic record so that all required observations must be completed before the form can be closed.',
         'Lead Nurse (Coborn)', D(2024, 7, 31), None, 'Form changes went live on 22 July 2024.', 'B'),
        ('M1.2', None, None, 'Monthly audit of rapid tranquillisation episodes by the ward pharmacist, with results reported to the Quality and Safety Group.',
         'Ward Pharmacist', D(2024, 8, 31), None, 'Audits completed for August and September: 100% compliance in September.', 'G'),
        ('M2.1', "The trust must ensure that young people's care plans are personalised and reflect their views.", 'Reg 9',
         "Introduce a co-produced 'My Care Plan' template written in the young person's own words.",
         'Consultant Clinical Psychologist / Modern Matron', D(2024, 6, 30), D(2024, 11, 30),
         "Template agreed with the young people's forum. Launch moved to November to allow staff training.", 'A'),
        ('M2.2', None, None, "Quarterly care plan audit to include young people's feedback on whether their plan reflects their views.",
         'Modern Matron', D(2024, 9, 30), None, 'First audit completed in September; 11 of 14 plans met the standard.', 'G'),
        ('S1.1', 'The trust should ensure that there are enough staff with the right skills on every shift, including at night.', 'Reg 18',
         "Recruit to the six registered nurse vacancies through the trust's international recruitment programme.",
         'Service Manager', D(2024, 12, 31), None, 'Four nurses in post; two awaiting NMC registration.', None),
        ('S1.2', None, None, 'Review night shift skill mix using the Mental Health Optimal Staffing Tool (MHOST).',
         'Head of Nursing (CAMHS)', D(2024, 10, 31), None, 'MHOST review completed and presented to CAMHS Governance in October.', 'B'),
        ('S2.1', 'The trust should ensure that young people have access to education during periods of enhanced observation.', 'Reg 9',
         'Agree a protocol with the hospital school for delivering lessons on the ward when young people cannot attend the school.',
         'Service Manager; Hospital School Head Teacher', D(2024, 9, 30), D(2025, 1, 31),
         "Draft protocol shared with the school. Awaiting sign-off by the school's governing body.", 'R'),
    ]
    r = 6
    for ref, req, reg, act, lead, tgt, rev, prog, rag in rows:
        vals = [ref, req, reg, act, lead, tgt, rev, prog, rag]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
        ws.cell(r, 6).number_format = 'dd/mm/yyyy' if r % 2 == 0 else 'mmm-yy'
        ws.cell(r, 7).number_format = 'dd/mm/yyyy'
        fillkey = rag if rag else 'G'
        ws.cell(r, 9).fill = PatternFill('solid', fgColor=RAGF[fillkey])
        ws.cell(r, 9).alignment = Alignment(horizontal='center', vertical='top')
        r += 1
    for a, b in [(6, 7), (8, 9), (10, 11)]:
        ws.merge_cells(start_row=a, end_row=b, start_column=2, end_column=2)
        ws.merge_cells(start_row=a, end_row=b, start_column=3, end_column=3)
    r += 1
    ws.cell(r, 1, 'RAG key').font = Font(bold=True); r += 1
    for k, t in [('B', 'Complete and evidenced'), ('G', 'On track'), ('A', 'At risk of delay'), ('R', 'Overdue / off track')]:
        ws.cell(r, 1, k).fill = PatternFill('solid', fgColor=RAGF[k]); ws.cell(r, 2, t); r += 1
    ws.freeze_panes = 'A6'
    wb.save(P('ck1-east-london-nhsft-coborn-centre-cqc-camhs-must-should-do-action-plan.xlsx'))

# ---------------------------------------------------------------- 5 Hopwood Hall xlsx (refuse)
def hopwood():
    wb = Workbook(); ws = wb.active; ws.title = 'PIAP'
    ws['A1'] = 'Hopwood Hall College – Post-Inspection Action Plan (Ofsted, February 2024)'; ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Plan owner: Vice Principal Quality. Reviewed monthly at the Quality Improvement Group and termly by the Standards Committee.'
    header(ws, 4, ['Ref', 'Area for improvement', 'Action', 'Responsibility', 'Deadline', 'Measure of impact', 'Progress', 'RAG'],
           [8, 45, 50, 28, 14, 40, 45, 11])
    rows = [
        ('AFI1.1', 'Leaders and managers should ensure that the quality of education on 16 to 18 study programmes in construction improves rapidly.',
         'Appoint a new Head of Construction and put in place a curriculum improvement plan.', 'VP Curriculum', 'Sept 2024',
         'Learning walks show consistently good teaching in construction.', 'Head of Construction in post from 2 September.', 'Complete'),
        ('AFI1.2', None, 'Weekly learning walks in construction with developmental feedback for all teachers.',
         'Head of Construction / Teaching and Learning Coach', 'Novmber 2024', 'All construction teachers observed at least twice per half term.',
         'Learning walks started in September; feedback logged on ProMonitor.', 'On track'),
        ('AFI2.1', 'Leaders should ensure that learners with high needs have clear and specific targets that are reviewed frequently.',
         "Rewrite all high needs learners' targets using the outcomes in their EHC plans.", 'Head of Inclusion', D(2024, 10, 31),
         'Targets are specific and linked to EHCP outcomes in 100% of sampled files.', '112 of 130 learners have rewritten targets.', 'On track'),
        ('AFI2.2', None, 'Train learning support assistants to record progress against targets each week.', 'Head of Inclusion', D(2024, 12, 1),
         'Weekly progress recorded for all high needs learners.', 'Training scheduled for the November staff development day.', 'On track'),
        ('AFI3.1', 'Leaders should improve attendance on English and mathematics GCSE courses.',
         'Introduce same-day calls home for learners absent from English and maths lessons.', 'Student Services Manager', 'Ongoing',
         'Attendance at English and maths rises to 85%.', 'Calls in place, but attendance is 78% at half term.', 'Amber'),
        ('AFI3.2', None, 'Report English and maths attendance weekly to curriculum heads.', 'MIS Manager', D(2025, 1, 1),
         'Curriculum heads act on weekly reports.', 'Power BI report in development.', 'On track'),
    ]
    r = 5
    fills = {'Complete': '00B0F0', 'On track': '92D050', 'Amber': 'FFC000'}
    for vals in rows:
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
        if isinstance(vals[4], dt.datetime):
            ws.cell(r, 5).number_format = 'dd/mm/yyyy' if vals[4].day != 1 else 'mmm-yy'
        ws.cell(r, 8).fill = PatternFill('solid', fgColor=fills[vals[7]])
        r += 1
    for a, b in [(5, 6), (7, 8), (9, 10)]:
        ws.merge_cells(start_row=a, end_row=b, start_column=2, end_column=2)
    wb.save(P('ck1-hopwood-hall-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx'))

# ---------------------------------------------------------------- 6 Swanwick Lodge csv
def swanwick():
    rows = [
        ["Swanwick Lodge Secure Children's Home - Ofsted Inspection Action Plan", '', '', '', '', '', ''],
        ['Inspection: 7-8 November 2023', '', '', '', '', '', ''],
        ['', '', '', '', '', '', ''],
        ['No.', 'Requirement / Recommendation', 'Action', 'Lead', 'Target Date', 'Status', 'Comments'],
        ['1', "The registered person must ensure that staff record all uses of restraint in full, including a description of the technique used and the child's views. (Regulation 35 (3)(a))",
         'Refresh training for all shift leaders on restraint recording requirements.', 'RM', '15/01/2024', 'Complete',
         'Training delivered to all 14 shift leaders in December and January.'],
        ['2', '', 'Deputy manager to review every restraint record within 48 hours and return incomplete records to staff.', 'Deputy RM', '31/01/2024', 'Complete',
         'Reviews in place; compliance tracked on the restraint log.'],
        ['3', '', 'Independent person (Reg 44) to sample restraint records at each monthly visit.', 'RM / Reg 44 visitor', 'Monthly', 'On track',
         'Sampled at the January and February visits with no concerns raised.'],
        ['4', "The registered person should ensure that children's education plans are updated after each review so that targets reflect their current learning needs.",
         'Introduce a termly review of individual learning plans with each child.', 'Head of Education', 'Mar-24', 'On track',
         'Spring reviews scheduled for March.'],
        ['5', '', "Share updated learning plans with children's social workers and YOT workers.", 'Case Coordinator', 'April 2024', 'Not started', ''],
        ['6', "The registered person should ensure that the home's statement of purpose is updated to reflect the current arrangements for health provision.",
         'Update the statement of purpose and submit it to Ofsted.', 'RM', '29/02/2024', 'Complete', 'Submitted 21/02/2024.'],
        ['7', '', 'Review the health provision service level agreement with Solent NHS Trust.', 'Service Manager (Secure Services)', '31/05/2024', 'On track',
         'First meeting with Solent held in February.'],
        ['', '', '', '', '', '', ''],
        ['Status key: Complete / On track / Delayed / Not started', '', '', '', '', '', ''],
    ]
    with open(P('ck1-swanwick-lodge-sch-ofsted-action-plan.csv'), 'w', encoding='utf-8', newline='') as f:
        csv.writer(f, lineterminator='\r\n').writerows(rows)

# ---------------------------------------------------------------- 7 East Sussex SEND xlsx
def east_sussex():
    wb = Workbook(); ws = wb.active; ws.title = 'Improvement Plan'
    ws['A1'] = 'East Sussex Local Area Partnership – SEND Inspection Improvement Plan'; ws['A1'].font = Font(bold=True, size=14)
    ws.merge_cells('A1:I1')
    ws['A2'] = 'Ofsted and CQC area SEND inspection. Progress update for the SEND Partnership Board, 22 January 2025'
    header(ws, 4, ['Ref', 'Action', 'Lead officer', 'Partner(s) involved', 'Start date', 'Completion date', 'Previous RAG', 'Current RAG', 'Progress update'],
           [6, 55, 30, 28, 12, 14, 10, 10, 55])
    groups = [
        ("Area for improvement 1: Leaders across the partnership should improve the timeliness of EHC needs assessments, so that children and young people's needs are identified and met without delay.", [
            ('1.1', 'Recruit additional educational psychologists and locum capacity to clear the backlog of statutory advice.', 'Head of SEND', 'Educational Psychology Service',
             D(2024, 9, 1), D(2025, 3, 31), 'A', 'G', 'Two permanent EPs appointed and the locum contract extended. Backlog reduced from 142 to 61.'),
            ('1.2', 'Introduce weekly tracking of all assessments at week 6 and week 16, with escalation to the Assistant Director.', 'SEND Assessment Team Manager', '',
             D(2024, 9, 1), D(2024, 10, 1), 'G', 'B', 'Tracker live from October and reported monthly to the Board.'),
            ('1.3', 'Agree a health advice quality and timeliness standard with NHS Sussex.', 'Designated Clinical Officer', 'NHS Sussex',
             D(2024, 10, 1), D(2025, 6, 30), 'A', 'A', 'Standard drafted. Paediatric capacity remains a risk and is on the partnership risk register.'),
        ]),
        ("Area for improvement 2: Leaders should ensure that children and young people waiting for neurodevelopmental assessment, and their families, receive support while they wait.", [
            ('2.1', "Launch a 'support while you wait' offer including parent workshops and an online resource hub.", "Head of Children's Commissioning (ICB)", 'East Sussex Parent Carer Forum',
             D(2024, 10, 1), D(2025, 2, 28), 'G', 'G', 'Workshops running monthly since November; hub content being co-produced with the Parent Carer Forum.'),
            ('2.2', 'Publish clear information about neurodevelopmental pathways and waiting times on the Local Offer.', 'Local Offer Manager', 'Sussex Community NHS FT',
             D(2024, 11, 1), D(2024, 12, 1), 'A', 'B', 'Published on 12 December 2024.'),
            ('2.3', 'Review the ADHD and autism pathways with the provider trust to reduce waiting times.', 'ICB Associate Director of Commissioning / Designated Clinical Officer', 'Sussex Community NHS FT',
             D(2025, 1, 1), 'Sept 2025', None, 'G', 'Review started in January 2025.'),
        ]),
        ("Area for improvement 3: Leaders should strengthen the quality of EHC plans so that outcomes are specific and plans are updated following annual reviews.", [
            ('3.1', 'Multi-agency EHCP quality audit each term, with findings reported to the SEND Partnership Board.', 'Principal SEND Quality Officer', 'Health, social care, Parent Carer Forum',
             D(2024, 9, 1), 'Termly', 'G', 'G', 'Autumn audit of 40 plans completed; 68% rated good or better.'),
            ('3.2', 'Deliver training on writing outcomes to SEND case officers and SENCOs.', 'SEND Training Lead', 'Schools',
             D(2024, 11, 1), D(2025, 3, 31), 'R', 'A', 'Training for case officers complete; SENCO sessions moved to February.'),
        ]),
    ]
    r = 5
    for head, acts in groups:
        c = ws.cell(r, 1, head); c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='D9E1F2')
        c.alignment = Alignment(wrap_text=True)
        ws.merge_cells(start_row=r, end_row=r, start_column=1, end_column=9); ws.row_dimensions[r].height = 32
        r += 1
        for vals in acts:
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
            ws.cell(r, 5).number_format = 'dd/mm/yyyy'
            ws.cell(r, 6).number_format = 'mmm-yy' if isinstance(vals[5], dt.datetime) and vals[5].day == 1 else 'dd/mm/yyyy'
            for col in (7, 8):
                v = ws.cell(r, col).value
                if v: ws.cell(r, col).fill = PatternFill('solid', fgColor=RAGF[v])
                ws.cell(r, col).alignment = Alignment(horizontal='center', vertical='top')
            r += 1
    r += 1
    ws.cell(r, 1, 'RAG key').font = Font(bold=True); r += 1
    for k, t in [('B', 'Complete'), ('G', 'On track'), ('A', 'Some slippage / risk to delivery'), ('R', 'Not on track')]:
        ws.cell(r, 1, k).fill = PatternFill('solid', fgColor=RAGF[k]); ws.cell(r, 2, t); r += 1
    ws.freeze_panes = 'A5'
    wb.save(P('ck1-east-sussex-send-area-inspection-improvement-plan.xlsx'))

if __name__ == '__main__':
    includem(); maes_hyfryd(); portobello(); coborn(); hopwood(); swanwick(); east_sussex()
    print('done')
