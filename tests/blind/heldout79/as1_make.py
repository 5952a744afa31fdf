"""Generator for the as1- cases (children's services plans)."""
import csv, datetime as dt, os
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(OUT, n)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)

def hdr(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs: r.bold = True
        shade(c, 'D9D9D9')

# ---------------------------------------------------------------- 1. East Ayrshire (docx)
def east_ayrshire():
    d = Document()
    d.add_heading('Joint Inspection of Services for Children and Young People at Risk of Harm: Improvement Plan 2024–2025', 0)
    d.add_paragraph('East Ayrshire Child Protection Committee and Chief Officers Group')
    d.add_paragraph('This improvement plan sets out how partners in East Ayrshire will respond to the priority areas '
                    'for improvement identified by the Care Inspectorate and its scrutiny partners in the joint inspection '
                    'report published in February 2024. Progress is reported to the Child Protection Committee at each meeting '
                    'and to the Chief Officers Group quarterly.')
    d.add_heading('Document control', 2)
    t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'
    for i, h in enumerate(['Version', 'Date', 'Author', 'Comments']): t.rows[0].cells[i].text = h
    hdr(t.rows[0])
    for r in [('0.1', '08/03/2024', 'CP Lead Officer', 'First draft for CPC'),
              ('1.0', '26/04/2024', 'CP Lead Officer', 'Approved by Chief Officers Group'),
              ('1.3', '14/03/2025', 'CP Lead Officer', 'Progress update for March 2025 CPC')]:
        cells = t.add_row().cells
        for i, v in enumerate(r): cells[i].text = v
    areas = [
        ('Priority area 1: Hearing and acting on the views of children, young people and families', [
            ('1.1', 'Develop a partnership participation framework setting out how the views of children and young people at risk of harm will be gathered, recorded and reported to the CPC.',
             'Child Protection Lead Officer', 'June 2024', 'Framework approved by CPC on 20 June 2024 and published on the CPC website.', 'Complete'),
            ('1.2', 'Introduce a standard feedback question set for children, young people and parents into child protection planning meetings and collate responses quarterly.',
             "CP Lead Officer / Head of Children's Health, Care and Justice", 'Sept 2024 – March 2025', 'Question set in use since October 2024. First quarterly report shows 61% response rate from parents; work continues to increase responses from young people.', 'Green'),
            ('1.3', "Establish a young people's reference group with Who Cares? Scotland to inform CPC priorities and the annual report.",
             'Participation Officer (Who Cares? Scotland)', 'Ongoing', 'Three young people recruited so far. Sessions held in January and February 2025; recruitment remains slower than planned.', 'Amber'),
        ]),
        ("Priority area 2: Quality of chronologies and children's plans", [
            ('2.1', 'Refresh multi-agency chronology guidance in line with the National Guidance for Child Protection in Scotland 2021 (updated 2023).',
             'Karen Boyd', '31/08/2024', 'Revised guidance launched at practitioner forum in August 2024.', 'Complete'),
            ('2.2', 'Deliver chronology and risk assessment training to social work, health and education staff.',
             'Learning and Development Manager', 'Q4 2024/25', '212 staff trained to date across five sessions. Two further sessions booked for March.', 'Green'),
            ('2.3', "Undertake a multi-agency audit of 40 children's plans and report findings to the CPC.",
             'K Boyd & J Reid', 'December 2024', 'Audit tool agreed but fieldwork has not yet started due to capacity in the quality assurance team.', 'Red'),
        ]),
        ('Priority area 3: Leadership, governance and self-evaluation', [
            ('3.1', 'Agree a core multi-agency dataset for children at risk of harm and report it to Chief Officers quarterly.',
             'Chief Officers Group', 'End of March 2025', 'Draft dataset agreed by CPC data subgroup; first report due to COG in March 2025.', 'Green'),
            ('3.2', 'Carry out a partnership self-evaluation of services for children at risk of harm using the Care Inspectorate quality framework.',
             'CPC Independent Chair', 'Nov-25', 'To begin once the multi-agency audit (2.3) has reported.', 'Not started'),
        ]),
    ]
    for title, rows in areas:
        d.add_heading(title, 2)
        t = d.add_table(rows=1, cols=6); t.style = 'Table Grid'
        for i, h in enumerate(['Ref', 'Improvement action', 'Lead', 'Timescale', 'Progress update (March 2025)', 'RAG']):
            t.rows[0].cells[i].text = h
        hdr(t.rows[0])
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r): cells[i].text = v
            col = {'Complete': '9BC2E6', 'Green': '92D050', 'Amber': 'FFC000', 'Red': 'FF0000'}.get(r[5])
            if col: shade(cells[5], col)
    d.add_heading('RAG status key', 3)
    t = d.add_table(rows=4, cols=2); t.style = 'Table Grid'
    for i, (k, v, c) in enumerate([('Red', 'Significant delay or risk to delivery', 'FF0000'), ('Amber', 'Some slippage; action being taken', 'FFC000'),
                                  ('Green', 'On track to be delivered by the timescale', '92D050'), ('Complete', 'Action delivered', '9BC2E6')]):
        t.rows[i].cells[0].text = k; t.rows[i].cells[1].text = v; shade(t.rows[i].cells[0], c)
    d.save(P('as1-east-ayrshire-children-at-risk-joint-inspection-improvement-plan.docx'))

# ---------------------------------------------------------------- 2. Bridgwater & Taunton College (xlsx)
thin = Side(style='thin', color='999999'); box = Border(left=thin, right=thin, top=thin, bottom=thin)
FILL = {'B': '5B9BD5', 'G': '00B050', 'A': 'FFC000', 'R': 'FF0000'}
def fill(c, k): c.fill = PatternFill('solid', fgColor=FILL[k])

def btc():
    wb = Workbook(); ws = wb.active; ws.title = 'PIAP'
    ws['A1'] = 'Bridgwater & Taunton College – Post-Inspection Action Plan (PIAP)'; ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Ofsted inspection 12–15 March 2024    Last updated: 30/09/2024    Owner: Vice Principal Quality'
    heads = ['Ref', 'Action', 'Responsibility', 'Target date', 'Revised target date', 'Success measure / impact', 'Progress update', 'RAG']
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color='FFFFFF'); c.fill = PatternFill('solid', fgColor='1F4E78'); c.border = box
        c.alignment = Alignment(wrap_text=True)
    D = dt.datetime
    blocks = [
        ('AFI 1: Improve the attendance of 16 to 18 learners at English and maths lessons', [
            ('1.1', 'Introduce same-day follow-up of all absences from English and maths lessons by progress coaches.', 'Head of English & Maths', D(2024, 5, 31), None,
             'Attendance at English and maths at or above 88%', 'Daily absence calls in place since April. Attendance in September is 86%, up from 79% last year.', 'G', 'On track'),
            ('1.2', 'Timetable English and maths within vocational study days so learners do not attend college for a single lesson.', 'AP Student Services / Heads of Faculty', D(2024, 7, 31), None,
             'No learner timetabled for a stand-alone English or maths day', 'Completed for all full-time study programmes from September 2024.', 'B', 'Complete'),
            ('1.3', 'Report English and maths attendance by curriculum area to the monthly quality review meetings.', 'JW/ST', D(2024, 6, 30), D(2024, 10, 31),
             'Heads of Faculty able to account for attendance in their area', 'Power BI dashboard built; reporting to QRMs delayed to October because of the data migration.', 'A', 'Amber'),
        ]),
        ('AFI 2: Ensure that apprentices receive timely and useful feedback on their work', [
            ('2.1', 'Set a college standard of written feedback within ten working days for all apprenticeship assessments and monitor compliance through the e-portfolio.', 'Apprenticeships Quality Manager', D(2024, 6, 28), None,
             '95% of submissions marked within 10 days', 'Standard published and monitored weekly. Compliance 91% in September.', 'G', None),
            ('2.2', 'Train all skills coaches in giving developmental feedback, with follow-up observations.', 'Director of Apprenticeships', D(2024, 9, 30), D(2024, 12, 20),
             'All coaches observed with feedback judged at least good', 'Training delivered to 34 of 41 coaches; remaining coaches booked for November. Observations continue.', 'A', 'Amber'),
        ]),
        ('AFI 3: Governors should hold leaders to account for the quality of adult learning programmes', [
            ('3.1', 'Add a standing report on adult learning programmes to the Quality and Standards Committee agenda.', 'Clerk to the Corporation', D(2024, 4, 30), None,
             'Report considered at each committee meeting', 'In place from April 2024 committee.', 'B', 'Complete'),
            ('3.2', 'Appoint a link governor for adult learning and arrange termly learning walks.', 'Chair of Governors', D(2024, 9, 30), None,
             'Link governor visits recorded and reported', 'Link governor appointed July 2024; first learning walk took place 23 September.', 'B', 'Complete'),
            ('3.3', 'Include adult learners’ destinations and progression in the self-assessment report.', 'VP Quality', D(2024, 12, 13), None,
             'SAR 2023/24 contains adult destination data', 'Destinations survey closes in November.', 'R', 'Red'),
        ]),
    ]
    r = 5
    for bi, (title, rows) in enumerate(blocks):
        ws.cell(r, 1, title).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = PatternFill('solid', fgColor='DDEBF7')
        r += 1
        for ref, act, lead, tgt, rev, meas, prog, rag, txt in rows:
            vals = [ref, act, lead, tgt, rev, meas, prog, txt]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.border = box; c.alignment = Alignment(wrap_text=True, vertical='top')
                if i in (4, 5) and v is not None: c.number_format = 'dd/mm/yyyy'
            fill(ws.cell(r, 8), rag)
            r += 1
        if bi == 0:
            r += 1  # blank spacer row
    r += 1
    ws.cell(r, 1, 'Key:').font = Font(bold=True)
    for i, (k, txt) in enumerate([('B', 'Complete'), ('G', 'On track'), ('A', 'Some slippage – revised date agreed'), ('R', 'Off track / at risk')]):
        fill(ws.cell(r + 1 + i, 1), k); ws.cell(r + 1 + i, 2, txt)
    for col, w in zip('ABCDEFGH', [7, 55, 24, 13, 13, 30, 55, 11]): ws.column_dimensions[col].width = w
    wb.save(P('as1-bridgwater-taunton-college-ofsted-piap.xlsx'))

# ---------------------------------------------------------------- 3. City of London ILACS (xlsx, refuse)
def col():
    wb = Workbook(); ws = wb.active; ws.title = 'ILACS action plan'
    ws['A1'] = "City of London Corporation – Children's Social Care ILACS Action Plan"; ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = 'Ofsted inspection of local authority children’s services (ILACS) – action plan in response to the report published April 2024'
    heads = ['No.', 'Ofsted recommendation', 'Action', 'Lead officer', 'Deadline', 'Progress', 'RAG']
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='BFBFBF'); c.border = box
    D = dt.datetime
    recs = [
        ('1. The quality and impact of supervision for social workers, so that it consistently reflects on and progresses children’s plans.', [
            ('1a', 'Revise the supervision policy and recording template to include reflective discussion and clear actions for each child.', 'Service Manager, Children and Families', D(2024, 6, 1), 'Policy revised and template live on Mosaic from June 2024.', 'Complete'),
            ('1b', 'Quarterly audit of supervision records, with findings reported to the Quality Assurance Board.', 'Head of Service – Quality Assurance', D(2024, 9, 1), 'First audit completed in September; 70% of records judged good.', 'Green'),
        ]),
        ('2. The timeliness and quality of pathway plans for care leavers, including their health histories.', [
            ('2a', 'Review all pathway plans for care leavers aged 18 to 21 and update them with the young person.', 'Team Manager, Care Leavers', 'Ocotber 2024', 'Plans reviewed for 14 of 19 care leavers.', 'Amber'),
            ('2b', 'Agree a process with the ICB for providing care leavers with a written summary of their health history.', 'Designated Nurse for Looked After Children', D(2024, 12, 1), 'Process agreed with NCL ICB; first summaries issued in November.', 'Green'),
        ]),
        ('3. Oversight by the Corporate Parenting Board of the sufficiency of placements for children in care.', [
            ('3a', 'Present a placement sufficiency report to each Corporate Parenting Board meeting.', 'Assistant Director, People', D(2025, 3, 1), 'Standing item from July 2024 meeting.', 'Green'),
        ]),
    ]
    r = 5
    for rec, rows in recs:
        start = r
        for ref, act, lead, dl, prog, rag in rows:
            for i, v in enumerate([ref, rec if r == start else None, act, lead, dl, prog, rag], 1):
                c = ws.cell(r, i, v); c.border = box; c.alignment = Alignment(wrap_text=True, vertical='top')
                if i == 5 and isinstance(v, dt.datetime): c.number_format = 'mmm-yy'
            ws.cell(r, 7).fill = PatternFill('solid', fgColor={'Complete': '5B9BD5', 'Green': '00B050', 'Amber': 'FFC000'}[rag])
            r += 1
        if r - 1 > start: ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    for c_, w in zip('ABCDEFG', [6, 45, 55, 32, 11, 50, 10]): ws.column_dimensions[c_].width = w
    wb.save(P('as1-city-of-london-ilacs-action-plan.xlsx'))

# ---------------------------------------------------------------- 4. Evelina / GSTT CQC CYP (xlsx)
def evelina():
    wb = Workbook(); ws = wb.active; ws.title = 'CYP action plan'
    ws['A1'] = "Guy's and St Thomas' NHS Foundation Trust – Evelina London Children's Healthcare"; ws['A1'].font = Font(bold=True, size=12)
    ws['A2'] = 'CQC inspection of services for children and young people – Must do / Should do action plan'; ws['A2'].font = Font(bold=True)
    ws['A3'] = 'Status as at 31 January 2025'
    heads = ['Ref', 'Core service', 'Must do / Should do', 'CQC requirement', 'Action', 'Responsible lead', 'Completion date', 'Evidence / progress', 'RAG']
    for i, h in enumerate(heads, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True, color='FFFFFF'); c.fill = PatternFill('solid', fgColor='005EB8'); c.border = box
        c.alignment = Alignment(wrap_text=True)
    D = dt.datetime
    reqs = [
        ('Children and young people services', 'Must do', 'MD1: The trust must ensure that all staff complete mandatory safeguarding children level 3 training.', [
            ('MD1.1', 'Release ward nursing staff for face-to-face level 3 training through protected rostered study days.', 'Head of Nursing, Evelina', D(2024, 9, 30), 'Compliance 93% in January against 90% target.', 'B'),
            ('MD1.2', 'Report level 3 compliance by ward to the monthly Evelina quality and safety meeting.', 'Named Nurse Safeguarding Children', 'Ongoing – monthly', 'Reported monthly since July 2024.', 'G'),
        ]),
        ('Children and young people services', 'Must do', 'MD2: The trust must ensure that emergency equipment on paediatric wards is checked in line with trust policy.', [
            ('MD2.1', 'Introduce an electronic daily resuscitation trolley checklist with matron oversight.', 'Matron, Medicine', D(2024, 7, 31), 'E-checklist live on all wards; weekly matron spot checks.', 'B'),
            ('MD2.2', 'Audit completion of checks monthly and escalate gaps to ward managers.', 'Resuscitation Lead (Paediatrics)', D(2025, 3, 31), 'Audit shows 97% compliance in December; two wards below 95%.', 'A'),
        ]),
        ('Children and young people services', 'Should do', 'SD1: The trust should ensure that young people are supported in their transition to adult services.', [
            ('SD1.1', 'Appoint a transition nurse specialist and agree transition pathways with adult specialties.', 'Dr Amara Okafor and Jane Whitlock', D(2025, 6, 30), 'Post appointed December 2024; pathways agreed for diabetes and epilepsy.', 'G'),
        ]),
        ('Children and young people services', 'Should do', 'SD2: The trust should ensure that waiting times for outpatient appointments are reduced.', [
            ('SD2.1', 'Deliver additional Saturday paediatric outpatient clinics in general paediatrics and dermatology.', 'General Manager, Outpatients', D(2024, 12, 31), 'Waiting list reduced by 12% but 52-week waits remain in two specialties.', 'R'),
        ]),
    ]
    r = 6
    for core, kind, req, rows in reqs:
        start = r
        for ref, act, lead, dd, prog, rag in rows:
            vals = [ref, core, kind, req if r == start else None, act, lead, dd, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.border = box; c.alignment = Alignment(wrap_text=True, vertical='top')
                if i == 7 and isinstance(v, dt.datetime): c.number_format = 'dd-mmm-yy'
            fill(ws.cell(r, 9), rag); ws.cell(r, 9).alignment = Alignment(horizontal='center', vertical='top')
            r += 1
        if r - 1 > start: ws.merge_cells(start_row=start, start_column=4, end_row=r - 1, end_column=4)
    r += 1
    ws.cell(r, 1, 'RAG key: B = completed and evidenced; G = on track; A = at risk of missing date; R = date missed').font = Font(italic=True)
    for c_, w in zip('ABCDEFGHI', [8, 20, 12, 45, 50, 30, 14, 45, 6]): ws.column_dimensions[c_].width = w
    ws.freeze_panes = 'A6'
    wb.save(P('as1-evelina-london-cqc-cyp-must-should-do-action-plan.xlsx'))

# ---------------------------------------------------------------- 5. Belfast HSCT RQIA children's home tracker (txt, tab-separated)
def belfast():
    lines = [
        ['Belfast Health and Social Care Trust'],
        ["Children's Residential Services – RQIA Quality Improvement Plan Tracker"],
        ['Unannounced care inspection 14 November 2023 – updated 12/02/2024'],
        [],
        ['Area for improvement', 'No.', 'Regulation / Standard', 'Action', 'Responsible person', 'Timescale', 'Update', 'Status'],
        ['1. The registered person shall ensure that all staff receive a recorded supervision at least every four weeks.', '1.1', 'Standard 17.3',
         'Supervision schedule agreed for all staff and displayed in the manager’s office.', 'Registered Manager', 'December 2023', 'Schedule in place from 1 December.', 'Complete'],
        ['', '1.2', 'Standard 17.3', 'Monthly audit of supervision records by the Principal Social Worker.', 'PSW (Residential)', 'Monthly', 'January audit: 18 of 20 staff supervised in time.', 'Green'],
        ['2. The registered person shall ensure that the home’s fire risk assessment recommendations are actioned within the specified timescales.', '2.1', 'Regulation 27(4)(a)',
         'Replace the fire door closers identified in the fire risk assessment.', 'Estates Officer', '31/01/2024', 'Works order raised; contractor attended 29 January, two doors outstanding.', 'Amber'],
        ['', '2.2', 'Regulation 27(4)(a)', 'Hold a fire drill in each quarter including one during night-time staffing.', 'Deputy Manager', 'By 31 March 2024', 'Night-time drill completed 6 February.', 'Green'],
        ['3. The registered person shall ensure that care plans for young people are reviewed and updated following any significant incident.', '3.1', 'Standard 13.6',
         'Add a care plan review prompt to the significant event notification process.', 'Registered Manager; Senior Social Worker', 'Feb-24', 'Prompt added to the SEN form and team briefed.', 'Complete'],
        ['', '3.2', 'Standard 13.6', 'Audit care plans of all young people resident in the home against the new process.', 'Senior Social Worker', 'April 2024', '', 'Not started'],
    ]
    with open(P('as1-belfast-hsct-rqia-childrens-home-qip-tracker.txt'), 'w', encoding='utf-8', newline='') as f:
        for l in lines: f.write('\t'.join(l) + '\r\n')

# ---------------------------------------------------------------- 6. Witherslack children's home (docx)
def witherslack():
    d = Document()
    d.add_heading('Ofsted Inspection Action Plan – Hawthorn House Children’s Home', 1)
    d.add_paragraph('Witherslack Group. Full inspection 5–6 March 2024 (SC485512). Overall experiences and progress of children: requires improvement to be good.')
    d.add_paragraph('Registered Manager: Claire Dennison    Responsible Individual: Mark Holt    Plan reviewed: 28 May 2024')
    t = d.add_table(rows=1, cols=6); t.style = 'Table Grid'
    for i, h in enumerate(['Requirement / recommendation', 'Actions to be taken', 'Person responsible', 'Timescale', 'Progress', 'Status']):
        t.rows[0].cells[i].text = h
    hdr(t.rows[0])
    sections = [
        ('Requirements', [
            ('The registered person must ensure that staff are familiar with and implement the home’s policies on missing children (Regulation 34(1)(a)).', [
                ('Re-brief all staff on the missing from care protocol at team meeting and record attendance.', 'Registered Manager', 'w/c 15/04/24', 'All 14 staff briefed; attendance signed.', '70AD47'),
                ('Review each child’s missing risk assessment with the police missing persons coordinator.', 'RM / Deputy Manager', 'By 31 May 2024', 'Two of three reviewed; third booked for June.', 'FFC000'),
            ]),
            ('The registered person must ensure that medication records are accurate and that errors are reported (Regulation 23(1)).', [
                ('Introduce twice-daily medication count with two signatures.', 'Deputy Manager', 'April 2024', 'In place from 1 April 2024.', '70AD47'),
                ('Medication competency assessments for all staff administering medication.', 'Claire Dennison and Mark Holt', 'June 2024', '', 'FF0000'),
            ]),
        ]),
        ('Recommendations', [
            ('The registered person should ensure that children’s views are sought and recorded when their placement plans are reviewed (‘Guide to the Children’s Homes Regulations’, page 15, paragraph 3.8).', [
                ('Key workers to complete a “my views” sheet with each child before every placement plan review.', 'Key workers', 'Monthly', 'Sheets completed for all three children in April and May.', '70AD47'),
            ]),
        ]),
    ]
    for sec, reqs in sections:
        row = t.add_row(); c = row.cells[0].merge(row.cells[5]); c.text = sec
        for r_ in c.paragraphs[0].runs: r_.bold = True
        shade(c, 'DEEAF6')
        for req, acts in reqs:
            first = None
            for i, (act, lead, ts, prog, colr) in enumerate(acts):
                cells = t.add_row().cells
                if i == 0:
                    cells[0].text = req; first = cells[0]
                else:
                    first = first.merge(cells[0])
                for j, v in enumerate([act, lead, ts, prog], 1): cells[j].text = v
                shade(cells[5], colr)
    d.add_paragraph('')
    d.add_paragraph('Status key:  Green – completed    Amber – in progress    Red – not on track')
    d.save(P('as1-witherslack-hawthorn-house-childrens-home-ofsted-action-plan.docx'))

# ---------------------------------------------------------------- 7. Gower College Swansea Estyn PIAP (csv)
def gower():
    rows = [
        ['Gower College Swansea - Post-Inspection Action Plan (Estyn inspection, May 2023)', '', '', '', '', '', ''],
        ['', '', '', '', '', '', ''],
        ['Recommendation', 'Ref', 'Action', 'Lead', 'Timescale', 'Progress to date', 'RAG'],
        ['R1: Improve the consistency of teaching so that all learners are challenged to make strong progress', 'R1.1',
         'Launch a revised teaching and learning framework with coaching for teachers whose practice needs development.', 'Assistant Principal Teaching & Learning', 'Autumn term 2023',
         'Framework launched at September staff conference; 26 teachers in coaching programme.', 'Complete'],
        ['', 'R1.2', 'Use learning walks and peer observation to share effective practice in stretch and challenge.', 'Heads of School', 'Summer term 2024',
         'Learning walk schedule in place for all schools; themes reported to Quality Committee.', 'G'],
        ['R2: Strengthen the provision for developing learners’ Welsh language skills', 'R2.1',
         'Appoint a Welsh language champion in each curriculum area and agree targets for bilingual delivery.', 'Head of Welsh Language Development', 'Jan-24',
         'Champions in place in 9 of 11 areas.', 'A'],
        ['', 'R2.2', 'Extend Coleg Cymraeg Cenedlaethol-funded bilingual units in health and care and childcare courses.', 'HC / RW', 'Spring term 2024',
         'Units validated; delivery started in February.', 'G'],
        ['R3: Improve attendance on full-time vocational programmes', 'R3.1',
         'Introduce weekly attendance panels for learners below 85% attendance, with referral to learner support.', 'Director of Learner Services', 'Ongoing',
         'Panels running weekly. Attendance 87.5% year to date compared with 84% last year.', 'G'],
        ['', 'R3.2', 'Share attendance data with parents and carers of learners aged 16 to 18 through the app.', 'MIS Manager; Head of Learner Services', 'December 2023',
         'App notifications delayed by supplier update; now expected in the spring.', 'R'],
    ]
    with open(P('as1-gower-college-swansea-estyn-piap.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        csv.writer(f).writerows(rows)

if __name__ == '__main__':
    east_ayrshire(); btc(); col(); evelina(); belfast(); witherslack(); gower()
