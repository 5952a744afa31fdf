"""Generate bu1- case files (children's services plans)."""
import csv, datetime as dt, os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)

def fill(hexcol):
    return PatternFill('solid', start_color=hexcol, end_color=hexcol)

GREEN, AMBER, RED, BLUE, GREY = '00B050', 'FFC000', 'FF0000', '00B0F0', 'D9D9D9'
thin = Side(style='thin', color='808080'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')

# ---------------------------------------------------------------- 1. Ysgol Pen Coch (Estyn PIAP, docx)
def pen_coch():
    d = Document()
    d.add_heading('Ysgol Pen Coch – Post-Inspection Action Plan (PIAP)', level=1)
    d.add_paragraph('Following the Estyn core inspection in November 2023, the governing body, working with '
                    'Flintshire County Council and GwE, has prepared this plan to address the recommendations in '
                    'the inspection report. Progress is reported to the full governing body each term.')
    t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['Version', 'Date', 'Approved by']): c.text = h
    for r in [('1.0', '18/01/2024', 'Full Governing Body'), ('1.1', '22/04/2024', 'Standards Committee')]:
        cs = t.add_row().cells
        for c, v in zip(cs, r): c.text = v
    d.add_paragraph('')
    recs = [
        ('R1: Strengthen the use of assessment information to plan next steps in learning for all pupils', [
            ('1.1', "Review the school's assessment framework so that all classes record progress against individual learning goals on a single tracking system.",
             'Headteacher / Deputy Headteacher', 'Spring term 2024', 'All class teams use the tracking system; next steps visible in planning files.', 'Green'),
            ('1.2', 'Provide training for all teaching staff and teaching assistants on using tracking data in planning meetings.',
             'AHT (ALN)', 'Summer term 2024', 'All staff trained; planning scrutiny shows use of data.', 'Amber'),
            ('1.3', 'Carry out pupil progress meetings with each class team and record agreed next steps.',
             'SLT', 'Termly', 'Minutes of meetings show agreed actions followed up.', 'Green'),
        ]),
        ('R2: Improve the consistency of teaching so that all pupils are suitably challenged', [
            ('2.1', 'Establish a programme of learning walks and lesson observations with clear, shared criteria for effective teaching.',
             'Headteacher', 'Autumn term 2024', 'Observation records show at least good teaching in most lessons.', 'Not started'),
            ('2.2', "Develop coaching partnerships between experienced and less experienced teachers, supported by the local authority's specialist adviser.",
             'DHT and LA Adviser', 'Jan 2024 – July 2024', 'Coaching log; improved observation outcomes for coached staff.', 'Complete'),
        ]),
        ("R3: Ensure that leaders' self-evaluation processes focus clearly on the impact of provision on pupils' progress", [
            ('3.1', 'Revise the self-evaluation calendar so that monitoring activities are linked to school improvement priorities.',
             'Headteacher', '31/03/2024', 'Calendar agreed by governors and followed.', 'Green'),
            ('3.2', 'Governors to receive reports on progress against the PIAP and to carry out two focused visits each term.',
             'Chair of Governors', 'Ongoing', 'Governor visit reports; minutes show challenge.', 'Green'),
            ('3.3', 'Challenge Adviser to carry out a review of progress against the PIAP and report to the governing body.',
             'GwE Challenge Adviser', 'June 2024', 'Review report received by governors.', 'Amber'),
        ]),
    ]
    for rec, rows in recs:
        p = d.add_paragraph(); r = p.add_run(rec); r.bold = True
        t = d.add_table(rows=1, cols=6); t.style = 'Table Grid'
        for c, h in zip(t.rows[0].cells, ['Ref', 'Actions', 'Lead', 'Timescale', 'Success criteria', 'RAG']):
            c.text = h; shade(c, 'D9E2F3')
        for row in rows:
            cs = t.add_row().cells
            for c, v in zip(cs, row): c.text = v
            rag = row[5]
            shade(cs[5], {'Green': '92D050', 'Amber': 'FFC000', 'Complete': '00B0F0'}.get(rag, 'FFFFFF'))
        d.add_paragraph('')
    d.add_paragraph('RAG key: Red – not on track; Amber – some progress, at risk of slipping; Green – on track; '
                    'Complete – action completed and impact evidenced.')
    d.save(P('bu1-ysgol-pen-coch-estyn-post-inspection-action-plan.docx'))

# ---------------------------------------------------------------- 2. Tyne Coast College (Ofsted FE, xlsx)
def tyne_coast():
    wb = Workbook(); ws = wb.active; ws.title = 'PIAP'
    ws['A1'] = 'Tyne Coast College – Post-Inspection Action Plan 2023/24'; ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Ofsted inspection: 21–24 March 2023.  Plan owner: Principal and Chief Executive.  Last updated: 15 January 2024'
    hdr = ['Ref', 'Area for improvement / Action', 'Lead', 'Target date', 'Revised date', 'Progress update (Jan 2024)', 'RAG']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color='FFFFFF'); c.fill = fill('1F3864'); c.border = BOX; c.alignment = WRAP
    D = dt.datetime
    groups = [
        ('AFI 1: Leaders should ensure that apprentices receive feedback on their work that helps them to improve.', [
            ('1.1', 'Introduce a standard feedback template for assessors in engineering and construction apprenticeships.', 'Head of Apprenticeships', D(2023, 9, 30), None,
             'Template launched in September and in use across all apprenticeship standards.', BLUE),
            ('1.2', 'Quality team to sample 10% of assessor feedback each half-term and share findings with curriculum managers.', 'Quality Manager', D(2023, 12, 15), D(2024, 2, 29),
             'First sample completed in November; second sample delayed by staff absence.', AMBER),
            ('1.3', 'Provide CPD on effective written and verbal feedback for all assessors and tutors.', 'CPD Lead', D(2024, 4, 30), None,
             'Sessions booked for the February and April staff development days.', GREEN),
        ]),
        ('AFI 2: Leaders should ensure that learners on study programmes attend their English and mathematics lessons regularly.', [
            ('2.1', 'Set up weekly attendance reviews for English and maths, with follow-up calls to learners who miss two or more lessons.', 'Head of English and Maths', D(2023, 10, 31), None,
             'Weekly reviews in place since October; attendance up from 78% to 86%.', GREEN),
            ('2.2', 'Include English and maths attendance in progress coach caseload reviews and parent/carer reports.', 'Progress Coach Manager', D(2024, 1, 31), None,
             'Added to the caseload review template; parent/carer reports to follow in February.', AMBER),
            ('2.3', 'Introduce rewards for learners who achieve 95% or higher attendance each term.', 'Student Services Manager', D(2024, 3, 31), None,
             'Not yet started – planned for the spring term.', None),
        ]),
        ('AFI 3: Governors should develop their understanding of the quality of apprenticeship provision so that they hold leaders to account.', [
            ('3.1', 'Deliver a governor briefing on apprenticeship funding rules and the education inspection framework.', 'Clerk to the Corporation', D(2023, 11, 30), None,
             'Briefing delivered at the November board development session.', BLUE),
            ('3.2', 'Link governor for apprenticeships to attend the quarterly apprenticeship quality board.', 'Director of Governance', 'Quarterly', None,
             'Link governor attended the December board and will report to Corporation in March.', GREEN),
            ('3.3', 'Present a termly report on apprentice progress and achievement to the Quality and Standards Committee.', 'Vice Principal Curriculum and Quality', D(2024, 7, 31), None,
             'First report presented in December; next due in March.', GREEN),
        ]),
    ]
    r = 5
    for afi, rows in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(r, 1, afi); c.font = Font(bold=True); c.fill = fill(GREY); c.alignment = WRAP
        r += 1
        for ref, act, lead, tgt, rev, prog, col in rows:
            vals = [ref, act, lead, tgt, rev, prog, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
                if isinstance(v, dt.datetime): c.number_format = 'dd/mm/yyyy'
            if col: ws.cell(r, 7).fill = fill(col)
            r += 1
    r += 1
    ws.cell(r, 1, 'Key').font = Font(bold=True); r += 1
    for col, txt in [(GREEN, 'On track'), (AMBER, 'Some slippage – mitigation in place'), (RED, 'Off track – escalate to SLT'), (BLUE, 'Complete')]:
        ws.cell(r, 1).fill = fill(col); ws.cell(r, 2, txt); r += 1
    for col, w in zip('ABCDEFG', [7, 60, 26, 13, 13, 50, 8]): ws.column_dimensions[col].width = w
    wb.save(P('bu1-tyne-coast-college-ofsted-post-inspection-action-plan.xlsx'))

# ---------------------------------------------------------------- 3. Tavistock & Portman GIDS CQC (xlsx, refuse)
def tavistock():
    wb = Workbook(); ws = wb.active; ws.title = 'GIDS action plan'
    ws['A1'] = 'Gender Identity Development Service (GIDS) – CQC Inspection Action Plan'; ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Focused inspection October–November 2020; report published 20 January 2021. Reported monthly to the Quality Committee.'
    hdr = ['No.', 'Must / Should', 'CQC finding', 'Action', 'Executive lead', 'Operational lead', 'Due date', 'Status', 'Evidence / progress']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = fill('BDD7EE'); c.border = BOX
    rows = [
        ('1', 'Must', 'The trust must ensure that all patients on the waiting list are risk assessed and that risk is reviewed while they wait.',
         'Introduce a waiting list risk screening tool and monthly clinical review of all patients waiting over 12 months.', 'Medical Director', 'GIDS Clinical Lead', 'March 2021', 'Amber',
         'Screening tool approved; monthly reviews started in February.'),
        ('2', 'Must', "The trust must ensure that staff record patients' capacity and competence to consent to treatment.",
         'Develop a consent and capacity recording template and audit use quarterly.', 'Medical Director', 'Consultant Clinical Psychologist', 'April 2021', 'Green',
         'Template in use; first audit scheduled.'),
        ('3', 'Must', 'The trust must ensure that safeguarding concerns are identified and referred appropriately.',
         'Deliver level 3 safeguarding refresher training to all GIDS clinicians.', 'Chief Nurse', 'Named Nurse Safeguarding Children', 'Febuary 2021', 'Complete',
         'Training delivered to 94% of clinicians.'),
        ('4', 'Must', 'The trust must ensure that governance systems provide oversight of the quality of clinical records.',
         'Establish a monthly record-keeping audit with results reported to the GIDS governance meeting.', 'Chief Nurse', 'GIDS Service Manager', 'May 2021', 'Green',
         'Audit tool agreed; first results due in May.'),
        ('5', 'Should', 'The trust should ensure that patients and families receive regular communication while on the waiting list.',
         'Send written updates to all families on the waiting list every three months.', 'Director of Operations', 'GIDS Service Manager', 'June 2021', 'Green',
         'First letters sent in January.'),
        ('6', 'Should', 'The trust should ensure that staff receive regular supervision and that it is recorded.',
         'Implement a supervision log and report compliance to the service leadership team.', 'Director of Workforce', 'GIDS Team Leaders', 'June 2021', 'Amber',
         'Log in place; compliance currently 71%.'),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
        ws.cell(r, 8).fill = fill({'Amber': AMBER, 'Green': GREEN, 'Complete': BLUE}[row[7]])
        r += 1
    for col, w in zip('ABCDEFGHI', [5, 9, 50, 50, 20, 28, 13, 11, 40]): ws.column_dimensions[col].width = w
    wb.save(P('bu1-tavistock-portman-gids-cqc-must-should-do-action-plan-typo-month-refuse.xlsx'))

# ---------------------------------------------------------------- 4. West Northamptonshire LAP SEND PAP (csv)
def west_northants():
    rows = [
        ['West Northamptonshire Local Area Partnership - SEND Priority Action Plan (progress at 30 September 2024)'],
        [],
        ['Priority', 'Ref', 'Action', 'Lead officer', 'Partner(s)', 'Completion date', 'RAG status', 'Progress update'],
        ['Priority action 1: Leaders across the partnership should urgently improve the timeliness and quality of EHC needs assessments and plans.',
         'PA1.1', 'Recruit additional educational psychologists and SEND case officers to clear the backlog of EHC needs assessments.',
         'Assistant Director Education', 'WNC', 'Dec-24', 'A', 'Four of six EP posts filled; backlog reduced from 412 to 298.'],
        ['Priority action 1: Leaders across the partnership should urgently improve the timeliness and quality of EHC needs assessments and plans.',
         'PA1.2', 'Introduce a multi-agency quality assurance panel that audits a sample of new EHC plans each month.',
         'Head of SEND / Designated Clinical Officer', 'WNC; ICB', '31/10/2024', 'G', 'Panel meeting monthly since July; 24 plans audited.'],
        ['Priority action 1: Leaders across the partnership should urgently improve the timeliness and quality of EHC needs assessments and plans.',
         'PA1.3', 'Ensure health and social care advice for EHC needs assessments is returned within six weeks.',
         'ICB Director of Nursing', 'ICB; NHFT; NCT', 'Q4 2024/25', 'R', 'Health advice timeliness 58% in August against 90% target.'],
        ['Priority action 2: Leaders should improve the waiting times for neurodevelopmental assessments and the support available while children wait.',
         'PA2.1', 'Commission additional autism and ADHD assessment capacity from an independent provider.',
         'Head of Children and Young People Commissioning', 'ICB', 'Jan-25', 'A', 'Procurement complete; provider mobilising from November.'],
        ['Priority action 2: Leaders should improve the waiting times for neurodevelopmental assessments and the support available while children wait.',
         'PA2.2', 'Publish a "waiting well" offer for families, setting out support available before diagnosis.',
         'Head of SEND', 'WNC; ICB; Parent Carer Forum', 'Sep-24', 'Complete', 'Offer published on the Local Offer on 12 September.'],
        ['Priority action 3: Leaders should strengthen the partnership\'s oversight of children and young people who are not in full-time education.',
         'PA3.1', 'Create a single tracker of children on part-time timetables, alternative provision and awaiting a school place.',
         'Head of Inclusion', 'WNC; Schools', '30/11/2024', 'G', 'Tracker built; data sharing agreement signed with 87% of schools.'],
        ['Priority action 3: Leaders should strengthen the partnership\'s oversight of children and young people who are not in full-time education.',
         'PA3.2', 'Report numbers and outcomes for children missing education to the SEND Improvement Board each month.',
         'Assistant Director Education', 'WNC', 'Monthly', 'G', 'Reports received July, August and September.'],
        ['Priority action 3: Leaders should strengthen the partnership\'s oversight of children and young people who are not in full-time education.',
         'PA3.3', 'Review the alternative provision commissioning framework and quality assure all unregistered providers.',
         'Head of Inclusion', 'WNC', 'March 2025', '', 'Not yet started - scheduled to begin in January.'],
        [],
        ['RAG key: G = on track; A = some delay; R = significantly off track; Complete = action complete'],
    ]
    with open(P('bu1-west-northamptonshire-lap-send-priority-action-plan.csv'), 'w', newline='', encoding='utf-8') as f:
        csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- 5. Ballikinrain (Care Inspectorate, docx)
def ballikinrain():
    d = Document()
    d.add_heading('CrossReach Ballikinrain – Care Inspectorate Improvement Plan', level=1)
    d.add_paragraph('Service: Ballikinrain Residential School (care home service for children and young people)\n'
                    'Inspection: unannounced, 14–16 June 2022.  Plan updated: 3 October 2022')
    hdr = ['Requirement / area for improvement', 'Action(s)', 'Responsible', 'Timescale', 'Progress', 'Status']
    t = d.add_table(rows=1, cols=6); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = h; shade(c, 'C6E0B4')
    def section(title):
        cs = t.add_row().cells
        m = cs[0].merge(cs[5]); m.text = title; m.paragraphs[0].runs[0].bold = True; shade(m, 'E7E6E6')
    def group(label, rows):
        start = len(t.rows)
        for i, (a, resp, when, prog, st) in enumerate(rows):
            cs = t.add_row().cells
            if i == 0: cs[0].text = label
            cs[1].text = a; cs[2].text = resp; cs[3].text = when; cs[4].text = prog; cs[5].text = st
        if len(rows) > 1:
            t.cell(start, 0).merge(t.cell(len(t.rows) - 1, 0))
    section('Requirements')
    group("1. By 31 August 2022, the provider must ensure that each young person's personal plan and risk assessment are reviewed following any significant incident.", [
        ('Review all personal plans and risk assessments for young people currently in placement.', 'Head of Service / Registered Manager', '31 August 2022', 'All 19 plans reviewed and signed off.', 'Complete'),
        ('Add a post-incident review prompt to the incident recording system.', 'Depute Manager', 'By end of September 2022', 'Prompt live from 26 September.', 'Complete'),
        ('Audit a sample of incidents monthly to check that plans have been updated.', 'Quality Improvement Officer', 'Ongoing', 'August and September audits show 88% compliance.', 'On track'),
    ])
    group('2. By 30 September 2022, the provider must ensure that the use of physical restraint is recorded, reviewed and debriefed with young people and staff.', [
        ('Introduce a restraint debrief template for young people and staff.', 'Depute Manager', '30/09/2022', 'Template agreed; debriefs recorded for 11 of 14 restraints.', 'Amber'),
        ('Provide refresher training in the service\'s approach to de-escalation for all residential staff.', 'Training Co-ordinator', 'Sept 2022 – Jan 2023', 'Two of five cohorts trained.', 'On track'),
    ])
    section('Areas for improvement')
    group('1. The provider should ensure that young people are meaningfully involved in planning activities and menus.', [
        ('Set up a fortnightly house meeting in each unit, with minutes shared with young people.', 'Unit Managers', 'October 2022', 'Meetings running in three of four units.', 'On track'),
    ])
    group('2. The provider should improve the frequency and quality of staff supervision.', [
        ('Introduce a supervision schedule and report compliance to the senior management team monthly.', 'Registered Manager', 'November 2022', 'Schedule issued; compliance 64% in September.', 'Amber'),
        ('Train senior residential workers in reflective supervision.', 'Training Co-ordinator', 'Dec 2022', '', ''),
    ])
    d.add_paragraph('')
    d.add_paragraph('This plan is reviewed at the monthly Ballikinrain management meeting and shared with the Care Inspectorate link inspector.')
    d.save(P('bu1-ballikinrain-school-care-inspectorate-improvement-plan.docx'))

# ---------------------------------------------------------------- 6. Ballymena Academy (ETI, tab-separated txt)
def ballymena():
    lines = [
        'Ballymena Academy - ETI Inspection Action Plan (areas for improvement)',
        'Inspection: May 2024. Action plan agreed by the Board of Governors, 17 September 2024',
        '',
        '\t'.join(['Area for improvement', 'Action', 'Person responsible', 'Timescale', 'Status', 'Comment']),
        '\t'.join(['1. To embed the use of assessment information to track the progress of pupils in key stage 3 and to plan appropriate interventions.',
                   'Introduce a whole-school tracking system for key stage 3 with three data drops each year.', 'Mr J McAllister (VP)', 'Oct 2024', 'Complete',
                   'System live; first data drop completed in October.']),
        '\t'.join(['', 'Heads of Department to use tracking data to identify pupils requiring literacy and numeracy intervention.', 'Heads of Department', 'By 31 January 2025', 'On track',
                   'Intervention lists drawn up for English and mathematics.']),
        '\t'.join(['', 'Report key stage 3 progress data to the Board of Governors.', 'Principal', 'Termly', 'On track', '']),
        '\t'.join(['2. To develop further the consistency of feedback to pupils so that they know how to improve their work.',
                   'Agree a whole-school marking and feedback policy with pupil and parent input.', 'Mrs K Boyd; Mr P Gillan', 'Dec-24', 'Amber',
                   'Draft policy consulted on with School Council; parent survey delayed.']),
        '\t'.join(['', 'Carry out a book scrutiny in each department to evaluate the impact of the new policy.', 'SLT link', 'March 2025', '', 'Planned for the spring term.']),
        '\t'.join(['3. To improve the provision for careers education, information, advice and guidance in key stage 4.',
                   'Appoint a Head of Careers and review the careers programme against the Gatsby benchmarks.', 'Principal', 'September 2024', 'Complete',
                   'Head of Careers appointed from 1 September.']),
        '\t'.join(['', 'Provide an individual careers interview for every Year 12 pupil.', 'Head of Careers', 'June 2025', 'On track', '62 of 180 interviews completed.']),
        '',
        'Status key: Complete; On track; Amber = some slippage; Red = not started / significant concern',
    ]
    with open(P('bu1-ballymena-academy-eti-inspection-action-plan.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')

# ---------------------------------------------------------------- 7. Worcestershire Children First ILACS (xlsx)
def wcf():
    wb = Workbook(); cv = wb.active; cv.title = 'Cover'
    cv['A1'] = 'Worcestershire Children First – ILACS Improvement Plan 2023–24'; cv['A1'].font = Font(bold=True, size=14)
    cv['A2'] = 'Response to the Ofsted inspection of local authority children\'s services (November 2022)'
    cv['A4'] = 'Document control'; cv['A4'].font = Font(bold=True)
    for i, (a, b, c) in enumerate([('Version', 'Date', 'Author'), ('0.3', '10/02/2023', 'Head of Quality Assurance'),
                                    ('1.0', '02/03/2023', 'Improvement Board'), ('1.4', '04/09/2023', 'Head of Quality Assurance')], 5):
        cv.cell(i, 1, a); cv.cell(i, 2, b); cv.cell(i, 3, c)
    cv['A10'] = 'RAG key'; cv['A10'].font = Font(bold=True)
    for i, (k, v, col) in enumerate([('B', 'Complete', BLUE), ('G', 'On track', GREEN), ('A', 'At risk', AMBER), ('R', 'Off track', RED)], 11):
        cv.cell(i, 1, k).fill = fill(col); cv.cell(i, 2, v)
    ws = wb.create_sheet('Action Plan')
    ws['A1'] = 'Worcestershire Children First – ILACS Improvement Plan 2023–24'; ws['A1'].font = Font(bold=True, size=13)
    hdr = ['Ref', 'Action', 'Lead', 'Due', 'Previous RAG', 'Current RAG', 'Update (August 2023)']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(3, i, h); c.font = Font(bold=True, color='FFFFFF'); c.fill = fill('7030A0'); c.border = BOX; c.alignment = WRAP
    D = dt.datetime
    plan = [
        ('Theme 1: Help and protection', [
            ('Recommendation 1: The quality and timeliness of assessments for children in need of help and protection.', [
                ('1.1', 'Refresh the assessment practice standard and launch it through practice workshops for all social workers.', 'SH/MW', D(2023, 4, 30), 'G', 'B',
                 'Standard launched in April; 142 staff attended workshops.'),
                ('1.2', 'Team managers to review all assessments open over 45 working days each week.', 'Service Manager (Assessment)', D(2023, 6, 30), 'A', 'G',
                 'Weekly review in place; timeliness improved to 84%.'),
                ('1.3', 'Introduce a monthly thematic audit of assessments, with findings fed into team learning sessions.', 'Head of Quality Assurance', 'Q3 2023/24', 'G', 'G',
                 'Audit tool revised; first thematic audit in October.'),
            ]),
            ('Recommendation 2: Management oversight and supervision of frontline practice.', [
                ('2.1', 'Implement a revised supervision policy with a recorded reflective element.', 'KD', D(2023, 5, 31), 'A', 'A',
                 'Policy approved; recording compliance 69%, below the 85% target.'),
                ('2.2', 'Deliver a management development programme for all team managers.', 'Principal Social Worker', D(2023, 12, 31), 'G', 'G',
                 'Cohort 1 completed; cohort 2 starts September.'),
            ]),
        ]),
        ("Theme 2: Children in care and care leavers", [
            ('Recommendation 3: The sufficiency and stability of placements for children in care.', [
                ('3.1', 'Recruit 30 additional in-house foster carers through a targeted campaign.', 'Head of Fostering', D(2024, 3, 31), 'A', 'R',
                 '9 households approved to date; campaign to be refreshed.'),
                ('3.2', 'Hold placement stability meetings for any child with two moves in 12 months.', 'Service Manager (Children in Care)', D(2023, 7, 31), 'G', 'B',
                 'Meetings embedded; 23 held since May.'),
            ]),
            ('Recommendation 4: The quality of pathway plans for care leavers.', [
                ('4.1', 'Co-produce a new pathway plan template with the Children in Care Council.', 'JT & RB', D(2023, 10, 31), 'G', 'G',
                 'Two co-production workshops held; draft template in testing.'),
                ('4.2', 'Personal advisers to review all pathway plans for young people aged 18–21.', 'Team Manager (Leaving Care)', 'Ongoing', 'G', 'G',
                 '74% of plans reviewed.'),
            ]),
        ]),
    ]
    r = 4
    for theme, recs in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(r, 1, theme); c.font = Font(bold=True, size=12); c.fill = fill('D9C3E9'); r += 1
        for rec, acts in recs:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(r, 1, rec); c.font = Font(bold=True, italic=True); c.fill = fill('F2F2F2'); c.alignment = WRAP; r += 1
            for ref, act, lead, due, prev, cur, upd in acts:
                for i, v in enumerate([ref, act, lead, due, prev, cur, upd], 1):
                    c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
                    if isinstance(v, dt.datetime): c.number_format = 'mmm-yy'
                for col, val in ((5, prev), (6, cur)):
                    ws.cell(r, col).fill = fill({'B': BLUE, 'G': GREEN, 'A': AMBER, 'R': RED}[val])
                r += 1
        r += 1  # blank row between themes
    for col, w in zip('ABCDEFG', [6, 60, 28, 11, 10, 10, 50]): ws.column_dimensions[col].width = w
    wb.save(P('bu1-worcestershire-children-first-ilacs-improvement-plan.xlsx'))

if __name__ == '__main__':
    pen_coch(); tyne_coast(); tavistock(); west_northants(); ballikinrain(); ballymena(); wcf()
    print('done')
