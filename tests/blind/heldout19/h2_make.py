"""Generator for the h2- blind cases in heldout19 (written without reference to the importer)."""
import datetime as dt
import os
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), hexfill)
    tcPr.append(shd)


def header_row(table, names):
    for c, n in zip(table.rows[0].cells, names):
        c.text = n
        for r in c.paragraphs[0].runs:
            r.bold = True
        shade(c, 'D9D9D9')


# ---------------------------------------------------------------- 1 YJS docx
def yjs():
    d = Document()
    d.add_heading('Youth Justice Service Inspection Improvement Plan 2024–2025', 0)
    d.add_paragraph(
        'Following the HM Inspectorate of Probation inspection of the Youth Justice Service in '
        'September 2024 (report published 3 December 2024), this plan sets out how the service and '
        'the Youth Justice Management Board will respond to the inspectors\' recommendations. '
        'Progress is reported to each meeting of the Management Board.')
    d.add_paragraph('Document control', style='Heading 2')
    t = d.add_table(rows=1, cols=4)
    t.style = 'Table Grid'
    header_row(t, ['Version', 'Date', 'Author', 'Comments'])
    for row in [('0.1', '10/12/2024', 'YJS Service Manager', 'First draft for Management Board'),
                ('1.0', '18/12/2024', 'YJS Service Manager', 'Agreed by Management Board; submitted to HMIP')]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    cols = ['Ref', 'Recommendation', 'Action', 'Lead', 'Timescale', 'RAG']

    def plan_table(groups):
        t = d.add_table(rows=1, cols=6)
        t.style = 'Table Grid'
        header_row(t, cols)
        for rec, rows in groups:
            first = None
            for ref, action, lead, when, rag in rows:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[2].text = action
                cells[3].text = lead
                cells[4].text = when
                cells[5].text = rag
                if first is None:
                    first = cells[1]
                    first.text = rec
                else:
                    first = first.merge(cells[1])
                    # merge keeps the first cell's text
        return t

    d.add_heading('Recommendations for the Youth Justice Service Manager', 1)
    plan_table([
        ('Ensure that quality assurance arrangements, oversight of practice and supervision '
         'consistently support staff and volunteer development.', [
            ('1.1', 'Introduce a monthly case audit programme with findings reported to the Management Board.',
             'YJS Service Manager', 'March 2025', 'Green'),
            ('1.2', 'Refresh the supervision policy and audit supervision records quarterly.',
             'Team Manager / QA Officer', '31/05/2025', 'Amber')]),
        ('Ensure that assessment activity always considers how best to keep the child and the '
         'community safe.', [
            ('2.1', 'Deliver risk and safety planning training to all case managers.',
             'Practice Development Lead', 'Jan 2025', 'Complete'),
            ('2.2', 'Implement a management sign-off for all assessments rated medium risk or above.',
             'Team Manager', 'Ongoing', 'Green')]),
        ('Ensure commensurate focus is given to the needs of victims.', [
            ('3.1', 'Review the victim contact process with the restorative justice worker and police partners.',
             'Victim Liaison Officer', 'Q1 2025/26', 'Amber')]),
    ])
    d.add_paragraph('')
    d.add_heading('Recommendations for the Youth Justice Management Board', 1)
    plan_table([
        ('Ensure the YJS is sufficiently resourced and structured to deliver high-quality '
         'interventions for children and victims.', [
            ('4.1', 'Complete a workforce review and agree a revised staffing structure.',
             'Head of Early Help and Youth Justice', 'April 2025', 'Red'),
            ('4.2', 'Recruit to the two vacant case manager posts.',
             'HR Business Partner; YJS Service Manager', 'Feb 2025', 'Complete')]),
        ('Assure itself that the disproportionality action plan is used effectively across the '
         'partnership.', [
            ('5.1', 'Add a disproportionality data report as a standing item on the Management Board agenda.',
             'Chair of the Management Board', 'Each quarter', 'Green')]),
    ])
    d.add_paragraph('RAG: Red – not on track; Amber – some risk to delivery; Green – on track; '
                    'Complete – action finished and evidenced.')
    d.save(P('h2-yjs-hmip-plan-domain-headings-merged-recommendation.docx'))


# ---------------------------------------------------------------- 2 CPC docx
def cpc():
    d = Document()
    d.add_paragraph('Appendix A')
    d.add_heading('Corporate Peer Challenge Action Plan 2025', 1)
    d.add_paragraph(
        'The LGA Corporate Peer Challenge took place from 8 to 11 July 2025. The peer team\'s report '
        'made a number of key recommendations. This action plan sets out how the council will respond '
        'to the first four of them; the remaining recommendations are covered by the Communications '
        'Peer Review action plan. Progress will be reviewed at the follow-up visit in summer 2026.')
    t = d.add_table(rows=1, cols=6)
    t.style = 'Table Grid'
    header_row(t, ['No.', 'Recommendation', 'Our response / action', 'Lead officer', 'Target date', 'Status'])
    GREEN, AMBER, RED, BLUE = '00B050', 'FFC000', 'FF0000', '00B0F0'
    rows = [
        ('1a', 'Develop a clear, long-term financial strategy that links the medium-term financial plan to the council\'s priorities.',
         'Refresh the Medium Term Financial Strategy to cover 2026/27 to 2029/30 and take it to Council with the budget.',
         'Director of Resources (s151)', 'February 2026', GREEN),
        ('1b', '', 'Hold an all-member budget briefing before each budget-setting cycle.',
         'Head of Finance', 'Annually', GREEN),
        ('2a', 'Give members and officers a shared understanding of the council\'s transformation programme and how it will be resourced.',
         'Establish a Transformation Board chaired by the Chief Executive with published terms of reference.',
         'Chief Executive', 'Oct 2025', BLUE),
        ('3a', 'Reach more widely and deeply into communities to give people a bigger say.',
         'Carry out a communications peer review and publish an engagement action plan in response.',
         'Jo Harper and Tim Everett', 'End of March 2026', AMBER),
        ('3b', '', 'Launch a residents\' panel of at least 1,000 members.',
         'Engagement Manager', 'June 2026', None),
        ('4a', 'Strengthen the scrutiny function so that it adds value to policy development.',
         'Commission scrutiny training from the Centre for Governance and Scrutiny for all scrutiny members.',
         'Monitoring Officer', 'Dec 2025', GREEN),
        ('4b', '', 'Agree an annual scrutiny work programme aligned to the corporate plan.',
         'Democratic Services Manager / Monitoring Officer', '31/05/2026', RED),
    ]
    for no, rec, act, lead, when, fill in rows:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text, c[4].text = no, rec, act, lead, when
        if fill:
            shade(c[5], fill)
    d.add_paragraph('')
    d.add_paragraph('Status key')
    k = d.add_table(rows=0, cols=2)
    k.style = 'Table Grid'
    for fill, meaning in [(BLUE, 'Complete'), (GREEN, 'On track'),
                          (AMBER, 'Some slippage – remedial action being taken'), (RED, 'Off track')]:
        c = k.add_row().cells
        shade(c[0], fill)
        c[1].text = meaning
    d.add_paragraph('No colour: not yet started.')
    d.save(P('h2-cpc-action-plan-status-fill-colour-only.docx'))


# ---------------------------------------------------------------- 3 LSCP docx
def lscp():
    d = Document()
    d.add_heading('Child Safeguarding Practice Review “Child L”: Multi-agency Action Plan', 0)
    d.add_paragraph(
        'This action plan has been agreed by the Safeguarding Children Partnership Executive in '
        'response to the findings of the Local Child Safeguarding Practice Review into the '
        'circumstances of Child L. Actions are grouped under the three priorities identified by the '
        'independent reviewer. The plan is monitored by the Learning and Improvement Sub-group.')
    cols = ['Action', 'Intended impact', 'Responsible', 'By when', 'Progress update', 'RAG']
    pri = [
        ('Priority 1: Hearing the voice of the child', [
            ('Launch a voice of the child practice guide and 7-minute briefing for all partner agencies.',
             'Practitioners record what children say and how they present.',
             'LSCP Business Manager', 'Autumn term 2024', 'Guide published October 2024; briefing circulated.', 'B'),
            ('Audit 20 multi-agency case files for evidence of the child\'s lived experience.',
             'Assurance that the child\'s experience informs plans.',
             'Head of Safeguarding and Quality Assurance', 'Sept 2024 – March 2025', '12 of 20 audits complete.', 'G'),
            ('Embed the voice of the child in school safeguarding audits (s175/157).',
             'Schools evidence how pupils\' views shape support.',
             'Education Safeguarding Lead', 'Summer term 2025', 'Audit tool being revised.', 'A'),
        ]),
        ('Priority 2: Information sharing between agencies', [
            ('Agree a multi-agency information sharing protocol signed by all three statutory partners.',
             'Timely sharing of concerns across agencies.',
             'Designated Nurse; Detective Inspector, Public Protection', 'By 31 January 2025',
             'Draft with legal services; sign-off delayed.', 'R'),
            ('Deliver joint training on information sharing and consent for GP practices.',
             'GPs confident to share without consent where needed.',
             'Named GP for Safeguarding', 'w/c 10/03/25', 'Not started.', ''),
            ('Review the MASH referral form to include prompts on siblings and other children in the household.',
             'All children in the household are considered at the front door.',
             'MASH Team Manager', 'Dec-24', 'Revised form in testing.', 'G'),
        ]),
        ('Priority 3: Recognising and responding to neglect', [
            ('Roll out the Graded Care Profile 2 tool to early help and health visiting teams.',
             'Consistent assessment of neglect.',
             'Early Help Service Manager/Health Visiting Lead', 'Jul-25', 'Two cohorts trained.', 'A'),
            ('Produce a neglect dashboard for the Partnership Executive.',
             'Leaders can see the prevalence and response to neglect.',
             'Performance and Intelligence Manager', 'TBC', 'Awaiting data from health partners.', 'A'),
        ]),
    ]
    for heading, rows in pri:
        d.add_heading(heading, 1)
        t = d.add_table(rows=1, cols=6)
        t.style = 'Table Grid'
        header_row(t, cols)
        for r in rows:
            c = t.add_row().cells
            for cell, v in zip(c, r):
                cell.text = v
        d.add_paragraph('')
    d.add_paragraph('Key: R = off track; A = at risk; G = on track; B = complete.')
    d.save(P('h2-lscp-cspr-priority-headings-no-refs-rag-letters.docx'))


# ---------------------------------------------------------------- 4 ASC csv (refuse)
def asc_csv():
    import csv
    rows = [
        ['Action ID', 'Theme', 'Quality statement', 'Action', 'Action owner', 'Due date', 'RAG', 'Latest update'],
        ['ASC-01', 'Working with people', 'Assessing needs',
         'Introduce a daily risk-rated triage of the Care Act assessment waiting list.',
         'Head of Adult Social Care Operations', '30/06/2025', 'Complete', 'Triage in place since May.'],
        ['ASC-02', 'Working with people', 'Assessing needs',
         'Commission additional assessment capacity for six months.',
         'Head of Commissioning', '30/09/2025', 'Green', 'Provider started 1 July.'],
        ['ASC-03', 'Working with people', 'Supporting people to live healthier lives',
         'Refresh the information and advice offer on the council website, including easy-read versions.',
         'Information and Advice Manager', '31/10/2025', 'Amber', 'Content review behind schedule.'],
        ['ASC-04', 'Providing support', 'Care provision, integration and continuity',
         'Publish a refreshed Market Position Statement for home care and residential care.',
         'Commissioning Manager (Older People)', '31/12/2025', 'Green', 'Draft shared with providers.'],
        ['ASC-05', 'Providing support', 'Partnerships and communities',
         'Co-produce a new All-Age Carers Strategy with unpaid carers and the carers\' centre.',
         'Carers Lead', '31/01/2026', 'Amber', 'Engagement events held in September.'],
        ['ASC-06', 'Ensuring safety', 'Safeguarding',
         'Reduce the number of open safeguarding enquiries over 90 days to fewer than 20.',
         'Principal Social Worker; Safeguarding Adults Manager', '31/13/2025', 'Red',
         'Backlog reduced from 64 to 41.'],
        ['ASC-07', 'Ensuring safety', 'Safe systems, pathways and transitions',
         'Agree a joint transitions protocol with children\'s services for young people turning 18.',
         'Head of Transitions', '28/02/2026', 'Green', 'Protocol drafted.'],
        ['ASC-08', 'Leadership', 'Governance, management and sustainability',
         'Report the improvement plan to the Adults Scrutiny Panel every quarter.',
         'Director of Adult Social Services', '31/03/2026', 'Green', 'First report in October.'],
        ['ASC-09', 'Leadership', 'Learning, improvement and innovation',
         'Launch a practice quality audit programme with monthly themed audits.',
         'Principal Social Worker', '30/11/2025', 'Not started', ''],
    ]
    with open(P('h2-asc-cqc-plan-export-month-13-refuse.csv'), 'w', newline='', encoding='utf-8') as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 5 SEND txt (tab separated)
def send_txt():
    apa1 = ('Leaders across education, health and care should urgently improve the timeliness and '
            'quality of EHC plans.')
    apa2 = ('Partners should reduce waiting times for neurodevelopmental assessments and improve '
            'support for children and families while they wait.')
    apa3 = 'Leaders should work with parents and carers to co-produce the SEND strategy and rebuild trust.'
    lines = [
        'Local Area SEND Partnership – Priority Action Plan',
        'Export from the SEND Improvement Board tracker – status at 31/01/2025',
        '',
        '\t'.join(['Ref', 'Area for priority action', 'Action', 'Lead', 'Target', 'RAG']),
        '\t'.join(['1.1', apa1, 'Recruit four additional EHC plan coordinators.', 'Head of SEND', 'Mar-25', 'Green']),
        '\t'.join(['1.2', apa1, 'Introduce a multi-agency quality assurance panel for new EHC plans.',
                   'Head of SEND / Designated Clinical Officer', 'Jun-25', 'Amber']),
        '\t'.join(['1.3', apa1, 'Clear the backlog of annual reviews that are more than 12 months overdue.',
                   'SEND Service Manager', 'Q3 2025/26', 'Red']),
        '\t'.join(['2.1', apa2, 'Commission additional autism assessment capacity from an independent provider.',
                   'Deputy Director of Commissioning (ICB)', 'Sep-25', 'Amber']),
        '\t'.join(['2.2', apa2, 'Publish a waiting well offer on the Local Offer website.',
                   'Local Offer Manager', 'Dec-24', 'Complete']),
        '\t'.join(['2.3', apa2, 'Report waiting times by age and pathway to the SEND Improvement Board.',
                   'ICB SEND Lead', 'Monthly', 'Green']),
        '\t'.join(['3.1', apa3, 'Agree a co-production charter with the Parent Carer Forum.',
                   'Assistant Director, Education and Inclusion', 'Apr-25', 'Green']),
        '\t'.join(['3.2', apa3, 'Hold termly "You said, we did" events with families.',
                   'SEND Engagement Officer', 'Termly', 'Green']),
        '',
        'RAG: Green = on track; Amber = at risk; Red = off track; Complete = delivered and evidenced.',
    ]
    with open(P('h2-send-pap-tab-export-title-lines-repeated-apa.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


# ---------------------------------------------------------------- 6 ILACS xlsx
def ilacs():
    wb = Workbook()
    ws = wb.active
    ws.title = 'Improvement Plan'
    ws['A1'] = 'Children\'s Services Improvement Plan 2024–25'
    ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Response to the Ofsted inspection of local authority children\'s services (ILACS), January 2024'
    ws['A3'] = 'Version 4 – updated 08/07/2024.  Owner: Director of Children\'s Services'
    hdr = ['Ref', 'Ofsted recommendation', 'Action', 'Lead', 'Original deadline', 'Revised deadline',
           'Previous RAG', 'Current RAG', 'Progress / evidence']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill('solid', fgColor='BDD7EE')
    D = dt.datetime
    recA = 'The timeliness and quality of assessments and plans for children in need of help and protection.'
    recB = 'The sufficiency of suitable placements and the stability of placements for children in care.'
    recC = 'The quality of pathway plans for care leavers.'
    recD = 'The effectiveness of management oversight and supervision in driving practice improvement.'
    recE = 'Workforce stability and the reliance on agency social workers.'
    data = [
        ('Theme 1: Help and protection',),
        ('1.1', recA, 'Introduce weekly performance clinics for assessments that are out of timescale.',
         'Lee, Sam', D(2024, 3, 31), None, 'A', 'G', 'Clinics running since March.'),
        ('1.2', None, 'Audit the quality of child in need plans and share learning with teams.',
         'RG/JF', D(2024, 4, 30), D(2024, 9, 30), 'R', 'A', 'Audit extended to include CP plans.'),
        ('1.3', None, 'Refresh the step-up and step-down guidance between early help and social care.',
         'Service Manager (CIN/CP)', D(2024, 6, 30), None, 'G', 'B', 'Guidance published June 2024.'),
        ('Theme 2: Children in care and care leavers',),
        ('2.1', recB, 'Produce a placement sufficiency strategy and recruit 20 additional foster carers.',
         'Head of Service / Principal Social Worker', D(2024, 5, 31), None, 'A', 'A', '11 carers approved.'),
        ('2.2', None, 'Hold placement stability meetings for every child with two or more moves in 12 months.',
         'Virtual School Head', 'Ongoing', None, 'G', 'G', 'Meetings embedded.'),
        ('2.3', recC, 'Re-launch the pathway plan template co-produced with the Children in Care Council.',
         'Patel, Anita', D(2024, 7, 31), D(2024, 11, 30), 'A', 'R', 'Template delayed by IT changes.'),
        ('Theme 3: Leadership and quality assurance',),
        ('3.1', recD, 'Introduce a supervision audit and reflective supervision training for all team managers.',
         'Assistant Director, Quality and Performance', D(2024, 9, 30), None, None, 'G', 'Training booked.'),
        ('3.2', None, 'Publish a quarterly practice quality report to the Improvement Board.',
         'PSW', D(2024, 12, 31), None, None, None, ''),
        ('3.3', recE, 'Implement the recruitment and retention strategy, including a market supplement for '
                      'experienced social workers.',
         'Workforce Development Manager', D(2025, 3, 31), None, 'G', 'G', 'Agency rate down to 24%.'),
    ]
    r = 6
    merges = {}
    for row in data:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = PatternFill('solid', fgColor='DDEBF7')
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            for i, v in enumerate(row, 1):
                if v is None:
                    continue
                c = ws.cell(row=r, column=i, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = 'dd/mm/yyyy'
                c.alignment = Alignment(wrap_text=True, vertical='top')
        r += 1
    # recommendation cells merged down over their actions
    ws.merge_cells('B7:B9')
    ws.merge_cells('B11:B12')
    ws.merge_cells('B15:B16')
    ws.cell(row=r + 1, column=1, value='Key: B = complete; G = on track; A = at risk; R = off track')
    for col, w in zip('ABCDEFGHI', [6, 40, 50, 26, 14, 14, 10, 10, 30]):
        ws.column_dimensions[col].width = w
    wb.save(P('h2-ilacs-tracker-title-block-revised-deadline-current-rag.xlsx'))


# ---------------------------------------------------------------- 7 NHS CQC xlsx
def cqc_trust():
    wb = Workbook()
    cov = wb.active
    cov.title = 'Cover'
    cov['A1'] = 'CQC Inspection Action Plan – Must Do and Should Do actions'
    cov['A1'].font = Font(bold=True, size=14)
    cov['A3'] = ('Purpose: to track the trust\'s response to the CQC comprehensive inspection. '
                 'Teams update this plan before the monthly CQC oversight group.')
    cov['A5'] = 'RAG key'
    cov['A5'].font = Font(bold=True)
    key = [('Red', 'Off track – overdue or not expected to be delivered', 'FF0000'),
           ('Amber', 'In progress – some risk to the timescale', 'FFC000'),
           ('Green', 'Completed and evidence signed off', '00B050')]
    for i, (w, m, f) in enumerate(key, 6):
        cov.cell(row=i, column=1, value=w).fill = PatternFill('solid', fgColor=f)
        cov.cell(row=i, column=2, value=m)
    ws = wb.create_sheet('Action plan')
    ws['A1'] = 'Trust-wide and core service action plan'
    ws['A1'].font = Font(bold=True, size=12)
    hdr = ['No.', 'Core service', 'Must do / Should do', 'CQC requirement', 'Action', 'Action owner',
           'Target completion', 'RAG', 'Update']
    for i, h in enumerate(hdr, 1):
        ws.cell(row=2, column=i, value=h).font = Font(bold=True)
    D = dt.datetime
    req1 = 'The trust must ensure that staff complete mandatory training, including Mental Capacity Act training.'
    req2 = 'The trust must ensure that governance processes identify and act on risks promptly.'
    req3 = ('The trust must ensure that patients\' physical health observations are recorded after '
            'rapid tranquillisation.')
    req4 = 'The trust should ensure that care plans are personalised and show the patient\'s views.'
    req5 = 'The trust should ensure that waiting lists are reviewed and patients contacted while they wait.'
    acute = 'Acute wards for adults of working age'
    cmht = 'Community mental health teams'
    rows = [
        ('MD1', 'Trust-wide', 'Must do', req1,
         'Set a 90% compliance target for each team and report compliance monthly to the Quality Committee.',
         'Director of Nursing', D(2024, 6, 30), 'Green', 'Compliance 92% in June.'),
        ('MD2', 'Trust-wide', 'Must do', req2,
         'Review the corporate risk register and the risk escalation framework.',
         'Company Secretary', D(2024, 9, 30), 'Amber', 'Framework to Audit Committee in September.'),
        ('MD3', acute, 'Must do', req3,
         'Introduce an electronic observation form with alerts in the patient record.',
         'Clinical Director, Acute Care', D(2024, 5, 31), 'Green', 'Live on all wards.'),
        ('MD4', acute, 'Must do', req3,
         'Audit compliance with post-rapid tranquillisation monitoring every month.',
         'Ward Manager; Matron', 'Monthly', 'Amber', 'Compliance 78% in latest audit.'),
        ('SD1', cmht, 'Should do', req4,
         'Deliver care planning training co-facilitated by experts by experience.',
         'Head of Nursing, Community', D(2024, 12, 31), 'Red', 'Trainer vacancy; sessions postponed.'),
        ('SD2', cmht, 'Should do', req4,
         'Add a patient-voice section to the care plan template.',
         'Patient Experience Lead', D(2025, 3, 31), None, ''),
        ('SD3', cmht, 'Should do', req5,
         'Contact all patients waiting over 18 weeks and record a risk review.',
         'Service Manager', D(2024, 10, 31), 'Green', 'All 212 patients contacted.'),
    ]
    fills = {'Red': 'FF0000', 'Amber': 'FFC000', 'Green': '00B050'}
    for r, row in enumerate(rows, 3):
        for i, v in enumerate(row, 1):
            if v is None:
                continue
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical='top')
            if isinstance(v, dt.datetime):
                c.number_format = 'dd-mmm-yy'
        if row[7]:
            ws.cell(row=r, column=8).fill = PatternFill('solid', fgColor=fills[row[7]])
    for col, w in zip('ABCDEFGHI', [6, 22, 12, 40, 45, 24, 14, 9, 30]):
        ws.column_dimensions[col].width = w
    wb.save(P('h2-nhs-cqc-must-do-cover-key-green-means-complete.xlsx'))


if __name__ == '__main__':
    yjs(); cpc(); lscp(); asc_csv(); send_txt(); ilacs(); cqc_trust()
    print('done')
