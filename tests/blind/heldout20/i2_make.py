"""Generator for the i2- blind cases (written without reference to the importer)."""
import csv, datetime, os
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

OUT = os.path.dirname(os.path.abspath(__file__))


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexfill)
    tcPr.append(shd)


def header(table, names):
    for c, n in zip(table.rows[0].cells, names):
        c.text = n
        c.paragraphs[0].runs[0].bold = True
        shade(c, 'D9D9D9')


# ---------------------------------------------------------------- 1 YJS HMIP (docx)
def yjs():
    d = Document()
    d.add_heading('Youth Justice Service HMIP Inspection Improvement Plan 2025', 0)
    d.add_paragraph('HM Inspectorate of Probation inspected the Youth Justice Service in September 2024 and '
                    'published its report in December 2024. This plan sets out how the service and the Youth '
                    'Justice Management Board (YJMB) will respond to each of the recommendations.')
    d.add_paragraph('Document control')
    t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'
    header(t, ['Version', 'Date', 'Author', 'Changes'])
    for r in [('0.3', '12/12/2024', 'YJS Manager', 'Draft for Management Board'),
              ('1.0', '19/12/2024', 'YJS Manager', 'Endorsed by YJMB')]:
        cells = t.add_row().cells
        for c, v in zip(cells, r): c.text = v
    plan = [
        ('Recommendations for the Youth Justice Service Manager', [
            ('Recommendation 1: Ensure that quality assurance arrangements, oversight of practice and supervision consistently support staff and volunteer development', [
                ('1.1', 'Introduce a monthly practice audit cycle with findings reported to the Management Board', 'YJS Manager', 'March 2025', 'Green'),
                ('1.2', 'Refresh the supervision policy and train all managers in reflective supervision', 'YJS Team Manager / Practice Lead', 'Jan – April 2025', 'Amber'),
                ('1.3', 'Establish a volunteer development offer for referral order panel members', 'Volunteer Coordinator', 'Q1 2025/26', 'Complete'),
            ]),
            ('Recommendation 2: Ensure that assessment always considers how best to achieve safety for the child and the community', [
                ('2.1', 'Deliver safety and risk assessment training to all case managers', 'Practice Lead', '28/02/2025', 'Complete'),
                ('2.2', 'Add a management sign-off step for all assessments rated high or very high risk of harm', 'YJS Team Manager', 'End of March 2025', 'Green'),
            ]),
            ('Recommendation 3: Ensure commensurate focus is given to the needs of victims', [
                ('3.1', 'Recruit a dedicated victim liaison officer', 'YJS Manager and HR Business Partner', 'March 2025', 'Red'),
                ('3.2', 'Audit victim contact in all out-of-court cases every quarter', 'Victim Liaison Officer', 'Quarterly', 'Not started'),
            ]),
        ]),
        ('Recommendations for the Youth Justice Management Board', [
            ('Recommendation 4: Ensure the YJS is sufficiently resourced and structured to deliver high-quality interventions', [
                ('4.1', 'Complete a resource and structure review of the YJS and agree the new structure at the Board', "Director of Children's Services", 'June 2025', 'Amber'),
                ('4.2', 'Agree partner contributions to the YJS budget for 2025/26', 'Chair of the YJMB', 'By 31 March 2025', 'Green'),
            ]),
            ("Recommendation 5: Assure itself that the disproportionality action plan is used effectively across the partnership", [
                ('5.1', "Add disproportionality data to the Board's quarterly performance report", 'Performance and Information Manager', 'Ongoing', 'Green'),
            ]),
        ]),
    ]
    for h1, recs in plan:
        d.add_heading(h1, 1)
        for h2, rows in recs:
            d.add_heading(h2, 2)
            t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
            header(t, ['Ref', 'Action', 'Lead', 'Timescale', 'RAG'])
            for r in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, r): c.text = v
    d.add_paragraph('RAG key: Red – off track; Amber – some slippage; Green – on track; '
                    'Complete – action completed and evidenced.')
    d.add_paragraph('Sign-off')
    t = d.add_table(rows=2, cols=2); t.style = 'Table Grid'
    t.cell(0, 0).text = 'Signed'; t.cell(0, 1).text = 'Chair, Youth Justice Management Board'
    t.cell(1, 0).text = 'Date'; t.cell(1, 1).text = '19/12/2024'
    d.save(os.path.join(OUT, 'i2-yjs-hmip-improvement-plan.docx'))


# ---------------------------------------------------------------- 2 CQC ASC (docx, one table, theme rows)
def cqc_docx():
    d = Document()
    d.add_paragraph('Adult Social Care CQC Assessment Action Plan', style='Title')
    d.add_paragraph('Following the CQC local authority assessment report published 14 March 2025')
    d.add_paragraph('The Care Quality Commission rated our adult social care as Requires Improvement. '
                    'The table below sets out what CQC told us under each of its four themes and what we will do.')
    t = d.add_table(rows=1, cols=6); t.style = 'Table Grid'
    header(t, ['No.', 'What CQC told us', 'What we will do', 'Lead officer', 'By when', 'Status'])
    rows = [
        'Theme 1 – Working with people',
        ('1', 'People waited too long for an assessment', 'Clear the backlog of Care Act assessments waiting more than 28 days', 'Sam Lee and Jo Patel', 'Q2 2025/26', 'On track'),
        ('2', 'Carers were not always offered an assessment', "Make the carer's assessment offer part of every adult's assessment", 'Okafor, Grace', '30/09/2025', 'Amber'),
        'Theme 2 – Providing support',
        ('3', 'Limited choice of home care in rural areas', 'Launch a rural home care framework', 'Head of Commissioning', 'Sept 2025 – March 2026', 'Amber'),
        ('4', 'Direct payment uptake is low', 'Simplify direct payment paperwork and publish easy-read guides', 'Priya Shah', 'December 2025', 'Complete'),
        'Theme 3 – How the local authority ensures safety within the system',
        ('5', 'Safeguarding enquiries were not always completed promptly', 'Introduce weekly safeguarding enquiry tracking meetings', 'Principal Social Worker', 'July 2025', 'Green'),
        ('6', "Transitions from children's services were not planned early", "Start transition planning at age 14 for all young people known to children's disability services", 'Head of Preparing for Adulthood', 'January 2026', 'Red'),
        'Theme 4 – Leadership',
        ('7', 'Staff did not always feel heard by senior leaders', 'Hold quarterly staff forums with the Director of Adult Social Services', 'DASS', 'Quarterly', 'Green'),
        ('8', 'Performance data was not used consistently', 'Build a single adult social care performance dashboard', 'Head of Performance / BI Lead', 'Mar-26', 'Not started'),
    ]
    for r in rows:
        cells = t.add_row().cells
        if isinstance(r, str):
            m = cells[0].merge(cells[5])
            m.text = r
            m.paragraphs[0].runs[0].bold = True
            shade(m, 'BDD7EE')
        else:
            for c, v in zip(cells, r): c.text = v
    d.add_paragraph('Status key: Not started; On track; Amber – at risk of slippage; Red – off track; Complete.')
    d.save(os.path.join(OUT, 'i2-cqc-asc-action-plan.docx'))


# ---------------------------------------------------------------- 3 JTAI (docx, RAG by fill only)
def jtai():
    d = Document()
    d.add_paragraph('Westmoor Safeguarding Children Partnership – Joint Targeted Area Inspection Action Plan', style='Title')
    d.add_paragraph('The joint targeted area inspection (JTAI) of the multi-agency response to children living with '
                    'domestic abuse took place in November 2024. Inspectors identified three areas for improvement. '
                    'Progress is shown by the colour of the RAG cell (see the key at the end).')
    fills = {'red': 'FF0000', 'amber': 'FFC000', 'green': '00B050', 'blue': '0070C0', None: None}
    afis = [
        ('Area for improvement 1', "The timeliness and quality of information sharing between police and children's social care following domestic abuse incidents", [
            ('1a', 'Agree a joint protocol for sharing police domestic abuse notifications within 24 hours', 'DCI Public Protection; Head of MASH', 'w/c 03/02/2025', 'green'),
            ('1b', 'Audit 30 domestic abuse notifications to test the protocol', 'QA Lead', 'April 2025', 'amber'),
        ]),
        ('Area for improvement 2', 'The voice and lived experience of children is not consistently recorded in multi-agency assessments', [
            ('2a', "Roll out child's voice training to MASH staff from all agencies", 'Partnership Training Manager', 'May 2025', 'blue'),
            ('2b', "Add a mandatory 'what the child says' section to strategy discussion records", 'KB, TM', 'Jun-25', 'green'),
            ('2c', "Report quarterly on the child's voice audit findings to the Partnership Executive", 'Partnership Business Manager', 'Quarterly', None),
        ]),
        ('Area for improvement 3', "Health partners' attendance at strategy discussions is inconsistent", [
            ('3a', 'Set up a health duty rota for strategy discussions', 'Designated Nurse Safeguarding Children', '31/03/2025', 'red'),
            ('3b', 'Monitor health attendance monthly and escalate where it falls below 90%', 'Designated Nurse Safeguarding Children & Named GP', 'Monthly', 'green'),
        ]),
    ]
    for h, text, rows in afis:
        d.add_heading(h, 2)
        p = d.add_paragraph(); p.add_run(text).bold = True
        t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
        header(t, ['Ref', 'Action', 'Lead', 'Target date', 'RAG'])
        for ref, act, lead, date, rag in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, act, lead, date)): c.text = v
            if rag: shade(cells[4], fills[rag])
    d.add_paragraph('RAG key')
    t = d.add_table(rows=4, cols=2); t.style = 'Table Grid'
    for i, (col, words) in enumerate([('red', 'Off track'), ('amber', 'At risk'), ('green', 'On track'), ('blue', 'Complete')]):
        shade(t.cell(i, 0), fills[col]); t.cell(i, 1).text = words
    d.save(os.path.join(OUT, 'i2-jtai-partnership-action-plan.docx'))


# ---------------------------------------------------------------- 4 SEND priority action plan (xlsx)
def send_xlsx():
    wb = Workbook(); ws = wb.active; ws.title = 'Action plan'
    ws['A1'] = 'Local Area SEND Partnership – Priority Action Plan 2023–2025'; ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Following the area SEND inspection, March 2023. Updated: January 2024'
    hdr = ['Area for priority action', 'Ref', 'Action', 'Lead', 'Completion date', 'Previous RAG', 'Current RAG']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True)
        c.fill = PatternFill('solid', fgColor='D9D9D9')
    def prio(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        ws.cell(row=row, column=1).fill = PatternFill('solid', fgColor='BDD7EE')
    def area(r1, r2, text):
        ws.cell(row=r1, column=1, value=text).alignment = Alignment(wrap_text=True, vertical='top')
        if r2 > r1: ws.merge_cells(start_row=r1, start_column=1, end_row=r2, end_column=1)
    def act(row, vals):
        for i, v in enumerate(vals, 2):
            ws.cell(row=row, column=i, value=v)
    prio(5, 'Priority 1: Timeliness and quality of EHC plans')
    area(6, 8, 'Leaders must improve the timeliness of EHC needs assessments and plans')
    act(6, ['1.1', 'Recruit additional EHC coordinators to bring caseloads below 150', 'Head of SEND', 'Autumn term 2023', 'A', 'G'])
    act(7, ['1.2', 'Introduce a weekly EHC timeliness tracker shared with health and social care', 'SEND Service Manager', 'Spring term 2024', 'R', 'A'])
    act(8, ['1.3', 'Quality assure 10% of new EHC plans each term through a multi-agency panel', 'Principal Educational Psychologist', 'Termly', 'G', 'G'])
    area(9, 10, 'Leaders must ensure health advice for EHC assessments is provided within statutory timescales')
    act(9, ['1.4', 'Agree a health advice service-level agreement with each NHS provider', 'Designated Clinical Officer', 'Summer term 2024', 'A', 'A'])
    act(10, ['1.5', 'Report health advice timeliness to the SEND Partnership Board', 'DCO / ICB SEND Lead', 'Spring term 2024', 'A', 'B'])
    prio(11, 'Priority 2: Preparation for adulthood')
    area(12, 14, 'Leaders should improve the planning for young people moving into adult services')
    act(12, ['2.1', 'Launch a 14+ preparing for adulthood pathway', 'Head of Preparing for Adulthood', 'Autumn term 2024', None, 'A'])
    act(13, ['2.2', 'Map post-16 provision and publish it on the Local Offer', 'Local Offer Manager', 'Summer term 2025', None, 'G'])
    act(14, ['2.3', 'Co-produce transition guidance with the Parent Carer Forum', 'Participation Lead and Parent Carer Forum Chair', 'July 2024', 'G', 'B'])
    prio(15, 'Priority 3: Communication with families')
    area(16, 17, 'Leaders should improve communication with parents and carers')
    act(16, ['3.1', 'Publish a SEND newsletter for families every half term', 'SEND Communications Officer', 'Ongoing', 'G', 'G'])
    act(17, ['3.2', 'Introduce a named contact for every family during an EHC needs assessment', 'SEND Service Manager', 'Autumn term 2024', None, 'R'])
    ws['A19'] = 'Key'; ws['A19'].font = Font(bold=True)
    for i, k in enumerate(['R = off track', 'A = some delay', 'G = on track', 'B = complete'], 20):
        ws.cell(row=i, column=1, value=k)
    for col, w in zip('ABCDEFG', [45, 6, 60, 32, 18, 12, 12]):
        ws.column_dimensions[col].width = w
    vc = wb.create_sheet('Version control')
    for r in [('Version', 'Date', 'Changes'), ('1.0', '15/06/2023', 'Submitted to DfE and NHS England'),
              ('1.1', '10/01/2024', 'Spring term update')]:
        vc.append(r)
    wb.save(os.path.join(OUT, 'i2-send-priority-action-plan.xlsx'))


# ---------------------------------------------------------------- 5 CQC tracker (xlsx, refuse)
def cqc_tracker():
    wb = Workbook(); ws = wb.active; ws.title = 'Tracker'
    ws['A1'] = 'Adult Social Care – CQC Assessment Improvement Tracker'; ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Rating: Requires Improvement. Tracker owner: Assistant Director, Quality and Improvement'
    hdr = ['Theme', 'Quality statement', 'Ref', 'Action', 'Lead', 'Target date', 'Status', 'Progress update']
    for i, h in enumerate(hdr, 1):
        ws.cell(row=3, column=i, value=h).font = Font(bold=True)
    D = datetime.datetime
    rows = [
        ('Working with people', 'Assessing needs', 'WWP1', 'Reduce waiting times for occupational therapy assessments to under 6 weeks', 'Head of OT Services', D(2025, 6, 30), 'Green', 'Waiting list down 30%'),
        ('Working with people', 'Supporting people to live healthier lives', 'WWP2', 'Extend the reablement service to seven days a week', 'Reablement Manager', D(2025, 9, 30), 'Amber', 'Weekend rota agreed; recruitment under way'),
        ('Working with people', 'Equity in experience and outcomes', 'WWP3', 'Publish equality data for adult social care each year', 'Head of Performance', D(2025, 3, 31), 'Complete', 'Published on website'),
        ('Providing support', 'Care provision, integration and continuity', 'PS1', 'Agree a market sustainability plan with care providers', 'Head of Commissioning', D(2025, 12, 31), 'Green', ''),
        ('Providing support', 'Partnerships and communities', 'PS2', 'Agree a joint carers strategy with the ICB', 'Carers Lead', D(2025, 10, 31), 'Amber', 'Draft out for consultation'),
        ('Ensuring safety', 'Safeguarding', 'ES1', 'Clear the backlog of safeguarding concerns awaiting triage', 'Safeguarding Adults Manager', '31/13/2025', 'Red', 'Backlog of 140 concerns'),
        ('Ensuring safety', 'Safe systems, pathways and transitions', 'ES2', 'Agree a hospital discharge escalation protocol with the acute trust', 'Hospital Team Manager', D(2026, 2, 28), 'Not started', ''),
        ('Leadership', 'Governance, management and sustainability', 'L1', 'Report the improvement plan to Scrutiny every six months', 'Assistant Director, Quality and Improvement', D(2026, 3, 31), 'Green', ''),
        ('Leadership', 'Learning, improvement and innovation', 'L2', 'Set up a practice learning forum led by the Principal Social Worker', 'Principal Social Worker', D(2026, 1, 31), 'Green', ''),
    ]
    for r, vals in enumerate(rows, 4):
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, datetime.datetime): cell.number_format = 'dd/mm/yyyy'
    wb.create_sheet('Key').append(['Green = on track', 'Amber = at risk', 'Red = off track', 'Complete = done'])
    wb.save(os.path.join(OUT, 'i2-asc-cqc-tracker.xlsx'))


# ---------------------------------------------------------------- 6 SAR action plan (csv)
def sar_csv():
    rows = [
        ["Northshire Safeguarding Adults Board – Safeguarding Adults Review 'Adult M': Multi-agency Action Plan", '', '', '', '', '', ''],
        ['Plan owner: SAB Business Manager. Last reviewed 14/01/2025', '', '', '', '', '', ''],
        [''] * 7,
        ['SAR Recommendation', 'Action No.', 'Action', 'Lead', 'Original target date', 'Revised target date', 'RAG'],
        ['1. Partners should ensure self-neglect cases are escalated under the multi-agency self-neglect protocol', '1.1', 'Relaunch the self-neglect protocol with briefings for all partner agencies', 'SAB Business Manager', 'Oct-24', '', 'B'],
        ['', '1.2', 'Audit 20 self-neglect cases to check the protocol is being used', 'NB/MS', 'Dec-24', 'Mar-25', 'A'],
        ['2. Partners should improve the use of mental capacity assessments for people who repeatedly decline care', '2.1', 'Deliver Mental Capacity Act refresher training on executive capacity', 'Named Nurse Safeguarding Adults; ASC Principal Social Worker', 'Jan-25', '', 'G'],
        ['', '2.2', 'Add a capacity prompt to the adult social care case recording template', 'ASC Principal Social Worker', 'Nov-24', 'Feb-25', 'B'],
        ['3. The Board should seek assurance that housing providers know how to raise safeguarding concerns', '3.1', "Include housing providers in the SAB's safeguarding concerns audit", 'Head of Housing Needs', 'Mar-25', '', 'A'],
        ['', '3.2', 'Publish a one-page guide for housing officers on raising a safeguarding concern', 'SAB Communications Officer', 'Feb-25', '', 'Not started'],
        ['4. Partners should share learning from this review', '4.1', 'Hold two learning events for frontline staff across agencies', 'SAB Training Sub-group Chair', 'Jun-25', '', 'G'],
        [''] * 7,
        ['RAG key: R = not on track; A = on track with some delay; G = on track; B = complete', '', '', '', '', '', ''],
    ]
    with open(os.path.join(OUT, 'i2-sar-action-plan.csv'), 'w', newline='', encoding='utf-8') as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 CIW (txt)
CIW = """Glanrafon County Borough Council – Adult Services Improvement Action Plan
Response to the Care Inspectorate Wales (CIW) Performance Evaluation Inspection, October 2023

Introduction
CIW inspected our adult services in October 2023. The report set out areas for improvement under
the four principles of the Social Services and Well-being (Wales) Act 2014. This plan sets out what
we will do about each one. It is reviewed monthly by the Adult Services Management Team.

Status key: Green = completed; Amber = in progress; Red = behind schedule

1. People – voice and choice

Area for improvement: People's views are not consistently recorded in their care and support plans

1.1  Revise the What Matters conversation template so that the person's own words are recorded
     Lead: Principal Officer, Practice Development
     By: December 2023
     Status: Green

1.2  Audit 40 care and support plans each quarter for evidence of the person's voice
     Lead: Team Manager (Older People) / Team Manager (Learning Disability)
     By: Quarterly
     Status: Amber

Area for improvement: The Welsh language active offer is not consistently made

1.3  Record the active offer at every first contact on the case management system
     Lead: Welsh Language Officer
     By: March 2024
     Status: Red

2. Prevention

Area for improvement: Waiting lists for occupational therapy assessments are too long

2.1  Commission additional occupational therapy assessment capacity from an external provider
     Lead: Head of Adult Services
     By: 31/01/2024
     Status: Green

2.2  Introduce trusted assessor training for reablement staff
     Lead: Reablement Manager and Lead OT
     By: Jan–Jun 2024
     Status: Amber

3. Well-being

Area for improvement: Carers are not always offered an assessment of their own needs

3.1  Offer a carer's assessment at every adult assessment and record the outcome
     Lead: Carers Lead Officer
     By: End of February 2024
     Status: Amber

4. Partnerships and integration

Area for improvement: Hospital discharge arrangements with the health board are not always timely

4.1  Agree a joint discharge to recover then assess pathway with the health board
     Lead: Head of Integrated Services
     By: Q4 2023/24
     Status: Red

4.2  Hold a weekly joint patient flow meeting with the health board
     Lead: Hospital Social Work Team Manager
     By: Ongoing
     Status: Amber

Next review: Adult Services Management Team, April 2024
"""


def ciw_txt():
    with open(os.path.join(OUT, 'i2-ciw-action-plan.txt'), 'w', encoding='utf-8') as f:
        f.write(CIW)


if __name__ == '__main__':
    yjs(); cqc_docx(); jtai(); send_xlsx(); cqc_tracker(); sar_csv(); ciw_txt()
