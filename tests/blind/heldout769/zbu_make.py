#!/usr/bin/env python3
"""Build the seven zbu- blind test files (set heldout769)."""
import os
import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)

FILL = {
    'R': 'FF0000', 'A': 'FFC000', 'G': '00B050', 'B': '0070C0',
    'grey': 'D9D9D9', 'head': '1F3864', 'teal': 'DEEAF6',
}
thin = Side(style='thin', color='808080')
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)


def fill(hexcol):
    return PatternFill('solid', start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------- 1. CSV
def make_bcp_csv():
    import csv
    rows = [
        ['BCP Council – Overview and Scrutiny Recommendations Tracker 2024/25'] + [''] * 9,
        ['Position as at 14 February 2025 – reported to Overview and Scrutiny Board, 3 March 2025'] + [''] * 9,
        ['RAG key: B = implemented / complete; G = on track; A = some slippage, revised date agreed; R = off track or not yet progressed'] + [''] * 9,
        [''] * 10,
        ['Ref', 'Meeting date', 'Scrutiny item', 'Recommendation', 'Decision-maker response',
         'Lead officer', 'Target date', 'Revised date', 'Progress update', 'RAG'],
        ['Overview and Scrutiny Board'] + [''] * 9,
        ['OSB-24-01', '08/07/2024', 'Budget and Medium Term Financial Plan update',
         'That Cabinet publishes a timeline for the 2025/26 budget consultation, including the dates of member briefings, before the end of September 2024.',
         'Accepted', 'Director of Finance', '30/09/2024', '',
         'Timeline published on the website on 19 September 2024 and circulated to all councillors.', 'B'],
        ['OSB-24-02', '08/07/2024', 'Smart Place programme',
         'That a Smart Place benefits realisation report, showing savings achieved against the business case, is brought to the Board.',
         'Accepted', 'Director of Customer, Arts and Property', 'Jan-25', 'Apr-25',
         'Report delayed to align with the transformation programme closedown.', 'A'],
        ['', '', '', '', '', '', '', '', 'Now scheduled for the Board on 7 April 2025; Cabinet Member briefed 20 January 2025.', ''],
        ['OSB-24-03', '02/09/2024', 'Community governance review',
         'That the community governance review consultation material is made available in paper form at all libraries and in accessible formats.',
         'Accepted', 'Head of Democratic Services', 'Oct-24', '',
         'Paper copies placed at all 22 libraries; easy read and large print versions produced.', 'B'],
        ["Children's Services Overview and Scrutiny Committee"] + [''] * 9,
        ['CSOSC-24-01', '16/07/2024', 'SEND home to school transport',
         'That the Cabinet Member reviews the letters sent to families about transport eligibility so that decisions and appeal rights are set out in plain English.',
         'Accepted', 'Head of SEND / Travel Planning Manager', '31/12/2024', 'Jun-25',
         'New letter templates co-produced with the parent carer forum; to be used from the September 2025 application round.', 'G'],
        ['CSOSC-24-02', '16/07/2024', "Children's social care improvement – workforce",
         "That a quarterly update on agency social worker numbers and the conversion of agency staff to permanent posts is included in the Committee's work programme.",
         'Accepted', "Director of Children's Social Care", 'Quarterly', '',
         'Standing item added; first update received November 2024.', 'G'],
        ['CSOSC-24-03', '25/11/2024', 'Elective home education',
         "That officers write to the Secretary of State setting out the Committee's support for a statutory register of children not in school.",
         'Accepted', "Corporate Director for Children's Services", 'Dec-24', '',
         'Letter sent 11 December 2024; acknowledgement received.', 'B'],
        ['Environment and Place Overview and Scrutiny Committee'] + [''] * 9,
        ['EPOSC-24-01', '24/06/2024', 'Seafront operations 2024',
         'That a review of beach hut pricing, including a concession for residents, is completed before prices are set for 2025/26.',
         'Accepted in part', 'Head of Seafront Operations', 'By 31 January 2025', '',
         'Pricing review completed; resident concession not taken forward due to the budget position. Prices agreed at Cabinet on 12 February 2025.', 'B'],
        ['EPOSC-24-02', '24/06/2024', 'Waste and recycling',
         'That the roll-out of food waste caddies to flats is accelerated and a ward-by-ward schedule is shared with councillors.',
         'Accepted', 'Head of Waste and Fleet', 'Sept 2024 – March 2025', '',
         'Schedule shared; 61% of flat blocks covered by the end of January. Bin store access issues at some blocks.', 'A'],
        ['EPOSC-24-03', '23/09/2024', 'Local Plan',
         'That a member working group is set up to consider the draft site allocations before the Regulation 18 consultation.',
         'Accepted', 'Planning Policy Manager', 'Nov-24', '',
         'Working group has not yet met; consultation timetable under review following the revised NPPF.', 'R'],
        ['Health and Adult Social Care Overview and Scrutiny Committee'] + [''] * 9,
        ['HASC-24-01', '09/09/2024', 'Dementia services',
         'That the Committee receives the refreshed Dementia Strategy action plan, with named leads from the Council and NHS Dorset, at its March 2025 meeting.',
         'Accepted', 'LW/AS', 'Mar-25', '',
         'On the agenda for 17 March 2025.', 'G'],
        ['HASC-24-02', '18/11/2024', 'Adult social care charging policy',
         'That an equality impact assessment of the proposed changes to the charging policy is published with the consultation.',
         'Accepted', 'Head of Adult Social Care Finance', 'Jan-25', '',
         'EIA published alongside the consultation on 6 January 2025.', 'B'],
        [''] * 10,
        ['Totals: 11 recommendations – B 5, G 3, A 2, R 1'] + [''] * 9,
        ['Recommendations rated B will be removed from the tracker after this meeting unless the Board asks to keep them.'] + [''] * 9,
    ]
    with open(P('zbu-bcp-council-overview-and-scrutiny-recommendations-tracker-2024-25.csv'), 'w',
              newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------- 2. TXT (tab-separated)
def make_haringey_txt():
    T = '\t'
    lines = [
        'Haringey Youth Justice Service – National Standards Audit 2023 (Standard 2: At Court) Improvement Plan',
        'Version 3 – updated 15 July 2024. Owner: Head of Youth Justice and Targeted Support. Monitored by: Haringey Youth Justice Partnership Board.',
        'Self-assessment returned to the YJB on 30 October 2023: strategic – Good; operational – Requires improvement.',
        '',
        T.join(['Ref', 'Action', 'Lead', 'Partner agency', 'Start', 'Due', 'Update (July 2024)', 'Status']),
        'Section A – Strategic self-assessment',
        'A1. The Partnership Board does not receive regular data on children appearing at court, remand outcomes or disproportionality.',
        T.join(['A1.1', 'Add a standing court and remand dashboard to each Partnership Board meeting, broken down by ethnicity, gender and looked-after status.',
                'Performance and Information Manager', 'YJS', 'Apr-24', 'Jun-24',
                'Dashboard presented at the June Board; will be a standing item.', 'Complete']),
        T.join(['A1.2', 'Hold a Board development session on disproportionality at court, using the HMI Probation thematic inspection on Black and mixed heritage boys.',
                'Head of Youth Justice and Targeted Support', 'Partnership Board', 'May-24', '31/10/2024',
                'Session booked for 17 October 2024 with the Board Chair.', 'On track']),
        'A2. There is no written protocol with HMCTS and the local bench covering youth court arrangements, including the listing of remand hearings.',
        T.join(['A2.1', 'Agree a youth court protocol with HMCTS, the youth bench and the CPS, and review it annually.',
                'Court and Remand Team Manager / Legal Adviser (HMCTS)', 'HMCTS / CPS', 'Apr-24', 'Sep-24 (revised Dec-24)',
                'Draft shared with HMCTS; awaiting comments from the bench chair.', 'Amber']),
        'Section B – Operational self-assessment (case sample of 24 children)',
        "B1. Pre-sentence reports did not consistently reflect the child's voice or a Child First approach (9 of 14 reports sampled).",
        T.join(['B1.1', 'Relaunch the PSR quality assurance tool, with every report gatekept by a team manager before submission.',
                'Court and Remand Team Manager', 'YJS', 'Mar-24', 'May-24',
                'Tool relaunched; 100% of PSRs gatekept April–June.', 'Complete']),
        T.join(['B1.2', 'Deliver Child First report writing training to all case managers, with input from the youth bench.',
                'Practice Development Lead', 'YJS / HMCTS', 'Jun-24', 'Termly',
                'First session held 20 June 2024; further sessions in the autumn and spring terms.', 'On track']),
        'B2. Alternatives to remand were not always presented to the court, and there is no local remand fostering option.',
        T.join(['B2.1', 'Introduce a bail and remand panel for all children at risk of remand, chaired by the Operations Manager.',
                'Operations Manager (Youth Justice)', "YJS / Children's Social Care", 'Apr-24', 'Jul-24',
                'Panel meeting fortnightly since May.', 'Complete']),
        T.join(['B2.2', 'Scope a remand fostering scheme with the fostering service and neighbouring North London boroughs.',
                'Head of Youth Justice and Targeted Support; Head of Fostering', "Children's Social Care", 'Jul-24', 'Mar-25',
                'Scoping paper being drafted; initial conversations held with Enfield and Barnet.', 'Amber']),
        "B3. Children's health and education needs were not always shared with the court in a timely way.",
        T.join(['B3.1', 'Embed a YJS speech and language therapist in the court duty rota two days a week.',
                'Health Lead – Youth Justice', 'Whittington Health', 'Sep-24', 'Jan-25',
                'Recruitment delayed; post readvertised in July.', 'Red']),
        T.join(['B3.2', 'Give the court duty officer access to education records through the Education Welfare Service before each hearing.',
                'Education Lead (YJS)', 'Education Services', 'Jul-24', 'Ongoing',
                'Access agreed for duty officers; compliance checked through the monthly audit.', 'On track']),
        '',
        'Status key: Complete | On track | Amber – at risk of slipping | Red – off track',
        'Next review: Youth Justice Partnership Board, 17 October 2024',
    ]
    with open(P('zbu-haringey-youth-justice-service-national-standards-improvement-plan.txt'), 'w',
              encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


def set_cell(cell, text, bold=False):
    cell.text = ''
    parts = text.split('\n')
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for extra in parts[1:]:
        p2 = cell.add_paragraph()
        r2 = p2.add_run(extra)
        r2.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------- 3. DOCX Gwynedd & Anglesey PSB
def make_psb_docx():
    doc = Document()
    landscape(doc)
    doc.styles['Normal'].font.name = 'Arial'
    doc.styles['Normal'].font.size = Pt(10)
    doc.add_paragraph('Gwynedd and Anglesey Public Services Board Well-being Plan 2023-2028: Delivery Plan 2025/26',
                      style='Title')
    doc.add_paragraph('Bwrdd Gwasanaethau Cyhoeddus Gwynedd a Môn – Cynllun Llesiant 2023-2028')
    doc.add_paragraph('Progress report to the Board – position at 30 September 2025 (Quarter 2)')

    doc.add_heading('Document control', level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['Version', 'Date', 'Author', 'Comments']):
        set_cell(c, h, bold=True)
    for v in [('0.1', '08/10/2025', 'PSB Programme Manager', 'Draft for sub-group leads'),
              ('1.0', '20/10/2025', 'PSB Programme Manager', 'Presented to the Board, 6 November 2025')]:
        r = t.add_row()
        for c, x in zip(r.cells, v):
            set_cell(c, x)

    doc.add_paragraph()
    doc.add_paragraph('RAG key / Allwedd RAG')
    k = doc.add_table(rows=0, cols=2)
    k.style = 'Table Grid'
    for col, txt in [('B', 'Glas / Blue – action complete'), ('G', 'Gwyrdd / Green – on track'),
                     ('A', 'Ambr / Amber – some delay, expected to recover'),
                     ('R', 'Coch / Red – significant delay or at risk'), (None, 'No colour – not yet started')]:
        r = k.add_row()
        if col:
            shade(r.cells[0], FILL[col])
        set_cell(r.cells[1], txt)

    doc.add_paragraph()
    doc.add_paragraph('Summary of progress')
    s = doc.add_table(rows=1, cols=6)
    s.style = 'Table Grid'
    for c, h in zip(s.rows[0].cells, ['Well-being objective', 'Actions', 'Blue', 'Green', 'Amber', 'Red']):
        set_cell(c, h, bold=True)
    for v in [('Objective 1 – Poverty', '4', '1', '2', '1', '0'),
              ('Objective 2 – Children and young people', '2', '0', '0', '1', '0'),
              ('Objective 3 – Net Zero', '2', '0', '1', '0', '1'),
              ('Welsh language', '1', '1', '0', '0', '0')]:
        r = s.add_row()
        for c, x in zip(r.cells, v):
            set_cell(c, x)

    HDR = ['Ref', 'Action', 'Lead partner(s)', 'Timescale', 'Progress update (Q2)', 'RAG']

    def objective_table(groups):
        tb = doc.add_table(rows=1, cols=6)
        tb.style = 'Table Grid'
        for c, h in zip(tb.rows[0].cells, HDR):
            set_cell(c, h, bold=True)
            shade(c, FILL['teal'])
        for heading, acts in groups:
            r = tb.add_row()
            m = r.cells[0].merge(r.cells[5])
            set_cell(m, heading, bold=True)
            shade(m, FILL['grey'])
            for ref, act, lead, when, prog, rag in acts:
                r = tb.add_row()
                for c, x in zip(r.cells[:5], [ref, act, lead, when, prog]):
                    set_cell(c, x)
                set_cell(r.cells[5], '')
                if rag:
                    shade(r.cells[5], FILL[rag])
        return tb

    doc.add_heading('Well-being Objective 1: We will work together to mitigate the effect of poverty on the well-being of our communities', level=1)
    objective_table([
        ('1.1 Cost of living and income maximisation', [
            ('1.1.1', 'Map the advice and income maximisation services offered by partners and publish a single directory in Welsh and English.',
             'Cyngor Gwynedd', 'December 2025', 'Directory drafted; translation under way.', 'A'),
            ('1.1.2', "Run the 'Croeso Cynnes / Warm Welcome' spaces network for a second winter, prioritising rural communities without a community hub.",
             'Medrwn Môn and Mantell Gwynedd', 'Oct 2025 – Mar 2026', '41 spaces registered; grant letters issued in September.', 'G'),
        ]),
        ('1.2 Healthy weight – whole system approach', [
            ('1.2.1', 'Hold whole system healthy weight workshops in Holyhead and Blaenau Ffestiniog to agree local action plans.',
             'Betsi Cadwaladr University Health Board (Public Health Team)', 'September 2025',
             'Both workshops held (June and September 2025); local action plans being finalised.', 'B'),
            ('1.2.2', 'Implement the Healthy Travel Charter commitments signed by both councils in March 2025.',
             'Cyngor Gwynedd / Isle of Anglesey County Council', '31/03/2026',
             'Staff travel surveys completed; cycle-to-work scheme relaunched.', 'G'),
        ]),
    ])

    doc.add_heading('Well-being Objective 2: We will work together to improve the well-being and achievement of our children and young people to realise their full potential', level=1)
    objective_table([
        ('2.1 Early years language and communication', [
            ('2.1.1', 'Extend Welsh-medium early years language and play sessions to five additional communities in partnership with Mudiad Meithrin.',
             'Mudiad Meithrin', 'Q4 2025/26', 'Two of five communities started; venues still to be confirmed for three.', 'A'),
        ]),
        ('2.2 Emotional health and well-being', [
            ('2.2.1', 'Pilot a shared emotional well-being training offer for staff working with young people across partner organisations.',
             'Betsi Cadwaladr University Health Board', 'Summer term 2026',
             'Not yet started – training provider to be commissioned.', None),
        ]),
    ])

    doc.add_heading('Well-being Objective 3: We will work together to support our services and communities to move towards Net Zero carbon', level=1)
    objective_table([
        ('3.1 Public sector decarbonisation', [
            ('3.1.1', 'Develop a joint fleet decarbonisation plan, including shared electric vehicle charging at public sector depots.',
             'North Wales Fire and Rescue Service', 'March 2026',
             'Delayed – joint funding bid unsuccessful; options being reviewed by the Climate Change Sub-group.', 'R'),
            ('3.1.2', 'Map land for nature recovery with Eryri National Park Authority to identify sites for tree planting and peatland restoration.',
             'Natural Resources Wales', 'Ongoing', 'Mapping of Llŷn and north Anglesey complete; Meirionnydd under way.', 'G'),
        ]),
    ])

    doc.add_heading('Welsh language – a permanent priority for the Board', level=1)
    objective_table([
        ('W.1 Language of partnership working', [
            ('W.1.1', 'Agree a common Welsh language standard for Board communications, meetings and events.',
             'Programme Manager, Gwynedd and Anglesey PSB', 'June 2025',
             'Standard agreed by the Board on 12 June 2025.', 'B'),
        ]),
    ])
    doc.add_paragraph()
    doc.add_paragraph('Next update: Board meeting, February 2026. Contact: the PSB Programme Manager, Cyngor Gwynedd.')
    doc.save(P('zbu-gwynedd-and-anglesey-psb-well-being-plan-delivery-plan-2025-26.docx'))


# ---------------------------------------------------------------- 4. DOCX Enfield scrutiny
def make_enfield_docx():
    doc = Document()
    landscape(doc)
    doc.styles['Normal'].font.name = 'Arial'
    doc.styles['Normal'].font.size = Pt(10)
    doc.add_heading('Enfield Council – Scrutiny Workstreams 2024/25: Cabinet Response and Action Plan', level=0)

    info = doc.add_table(rows=0, cols=2)
    info.style = 'Table Grid'
    for a, b in [('Report to', 'Overview and Scrutiny Committee, 22 October 2025'),
                 ('Report of', 'Director of Law and Governance'),
                 ('Purpose', 'To update the Committee on the actions agreed by Cabinet in response to the 2024/25 scrutiny workstreams'),
                 ('Position at', '30 September 2025')]:
        r = info.add_row()
        set_cell(r.cells[0], a, bold=True)
        set_cell(r.cells[1], b)

    doc.add_paragraph()
    doc.add_paragraph('Each workstream report was considered by Cabinet on 12 March 2025. Recommendations are shown '
                      'in the shaded rows with the agreed actions beneath them. RAG: Complete; Green – on track; '
                      'Amber – delayed but recoverable; Red – off track.')

    HDR = ['No.', 'Action', 'Responsible officer', 'Target date', 'Progress (September 2025)', 'RAG']

    def ws(title, chair, recs):
        doc.add_heading(title, level=1)
        doc.add_paragraph(chair)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = 'Table Grid'
        for c, h in zip(tb.rows[0].cells, HDR):
            set_cell(c, h, bold=True)
        for rec, acts in recs:
            r = tb.add_row()
            m = r.cells[0].merge(r.cells[5])
            set_cell(m, rec, bold=True)
            shade(m, 'E2EFDA')
            for a in acts:
                r = tb.add_row()
                for c, x in zip(r.cells, a):
                    set_cell(c, x)
        doc.add_paragraph()

    ws('Workstream 1: Fly-tipping and environmental crime',
       'Panel chair: Cllr A. Demir. Cabinet Member: Environment and Street Scene.',
       [('Recommendation 1: That the Council expands the use of mobile CCTV at fly-tipping hotspots and publishes the outcome of enforcement action each quarter.', [
           ('1a', 'Purchase and deploy six additional re-deployable CCTV cameras at hotspot locations identified by the Environmental Crime Team.',
            'Head of Regulatory Services', 'March 2025', 'Six cameras deployed by 24 March 2025; locations rotated monthly.', 'Complete'),
           ('1b', 'Publish quarterly fly-tipping enforcement data on the Council website:\nfixed penalty notices issued, prosecutions and vehicles seized.',
            'Environmental Crime Manager / Head of Communications', 'Quarterly', 'Q1 data published in July 2025; Q2 due October.', 'Green'),
       ]),
        ('Recommendation 2: That Cabinet lobbies the Government to increase the maximum fixed penalty for fly-tipping and to allow councils to retain income from vehicle seizures.', [
           ('2a', 'Leader to write to the Secretary of State for Environment, Food and Rural Affairs, copied to London Councils.',
            'Leader of the Council', 'April 2025', 'Letter sent 14 April 2025; response received 2 June 2025.', 'Complete'),
       ])])

    ws('Workstream 2: Temporary accommodation',
       'Panel chair: Cllr R. Georgiou. Cabinet Member: Housing.',
       [('Recommendation 3: That the Council improves the information given to households placed in temporary accommodation outside the borough.', [
           ('3a', 'Produce a move-in pack for out-of-borough placements covering schools, GP registration, travel costs and who to contact.',
            'Head of Housing Advisory Service', 'June 2025 (revised September 2025)',
            'Pack drafted and tested with residents; printing and translation delayed.', 'Amber'),
           ('3b', 'Assign a named officer to every family placed out of borough, with contact at least every six weeks.',
            'Temporary Accommodation Manager', 'Ongoing', '94% of families had contact within six weeks in Q2.', 'Green'),
       ]),
        ('Recommendation 4: That the Council reviews its procurement of nightly paid accommodation with other North London boroughs to reduce costs.', [
           ('4a', 'Sign up to the pan-London rate cap for nightly paid accommodation and report the impact on average nightly rates to the Housing Scrutiny Panel.',
            'Director of Housing', 'Q3 2025/26', 'Decision deferred pending the outcome of the London-wide review.', 'Red'),
       ])])

    ws('Workstream 3: Youth services',
       'Panel chair: Cllr S. Ahmed. Cabinet Member: Children’s Services.',
       [('Recommendation 5: That the youth offer is promoted through schools and the Council’s social media channels in a format co-designed with young people.', [
           ('5a', 'Recruit a Youth Voice panel of 12 young people to co-design the youth offer campaign.',
            'Youth Participation Lead', 'Sept 2025', 'Panel of 14 recruited; campaign materials signed off in August.', 'Complete'),
           ('5b', 'Launch the youth offer campaign in all secondary schools at the start of the new school year.',
            'Head of Youth Services', 'Autumn term 2025', 'Launched in 11 of 18 secondary schools; remaining visits booked for November.', 'Amber'),
       ])])

    doc.add_heading('Summary', level=1)
    s = doc.add_table(rows=1, cols=6)
    s.style = 'Table Grid'
    for c, h in zip(s.rows[0].cells, ['Workstream', 'Actions', 'Complete', 'Green', 'Amber', 'Red']):
        set_cell(c, h, bold=True)
    for v in [('1. Fly-tipping', '3', '2', '1', '0', '0'), ('2. Temporary accommodation', '3', '0', '1', '1', '1'),
              ('3. Youth services', '2', '1', '0', '1', '0'), ('Total', '8', '3', '2', '2', '1')]:
        r = s.add_row()
        for c, x in zip(r.cells, v):
            set_cell(c, x)
    doc.save(P('zbu-enfield-council-scrutiny-workstreams-cabinet-response-action-plan.docx'))


# ---------------------------------------------------------------- 5. XLSX Wandsworth fostering
def make_wandsworth_xlsx():
    wb = Workbook()
    cov = wb.active
    cov.title = 'Cover'
    cov['A1'] = 'Wandsworth Fostering Service – Service Development Plan 2025/26'
    cov['A1'].font = Font(bold=True, size=14)
    cov['A2'] = "Wandsworth Council – Children's Services"
    cov['A2'].font = Font(bold=True, size=12)
    cov['A4'] = 'Document control'
    cov['A4'].font = Font(bold=True)
    for i, h in enumerate(['Version', 'Date', 'Author', 'Approved by', 'Notes'], 1):
        c = cov.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
    for r, vals in enumerate([
            ('1.0', '14/04/2025', 'Head of Service – Fostering and Adoption', 'Fostering Management Group', 'Plan agreed'),
            ('1.1', '22/07/2025', 'Head of Service – Fostering and Adoption', 'Fostering Management Group', 'Q1 review'),
            ('1.2', '04/11/2025', 'Head of Service – Fostering and Adoption', 'Corporate Parenting Board', 'Q2 review – new action 3.2 added')], 6):
        for i, v in enumerate(vals, 1):
            cov.cell(row=r, column=i, value=v).border = BORDER
    cov['A11'] = ('This plan sits alongside the Fostering Service Statement of Purpose 2025/26 and the '
                  "Children's Placement Sufficiency Strategy 2024-27.")
    for col, w in zip('ABCDE', [10, 14, 40, 30, 34]):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet('Development Plan')
    ws.merge_cells('A1:I1')
    ws['A1'] = 'Wandsworth Fostering Service – Service Development Plan 2025/26'
    ws['A1'].font = Font(bold=True, size=14)
    ws.merge_cells('A2:I2')
    ws['A2'] = 'Q2 review – updated 4 November 2025. RAG key on the "Key" sheet.'
    hdr = ['Ref', 'Action', 'Lead', 'Original target', 'Revised target', 'Progress / evidence (Q2)',
           'Previous RAG (Q1)', 'Current RAG (Q2)', 'Link to ILACS / NMS']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color='FFFFFF')
        c.fill = fill(FILL['head'])
        c.alignment = Alignment(wrap_text=True, vertical='center')
        c.border = BORDER
    D = dt.datetime
    plan = [
        ('Priority 1: Recruitment – increase the number of in-house fostering households', [
            ('1.1', 'Work with the London fostering recruitment hub to convert enquiries to assessments, with a target of 18 new fostering households approved in 2025/26.',
             'Fostering Recruitment Team Manager', D(2026, 3, 31), None,
             '7 households approved by end of Q2; 9 assessments in progress.', 'A', 'A', 'NMS 13'),
            ('1.2', 'Run targeted recruitment campaigns for:\n• carers for teenagers\n• sibling groups\n• parent and child placements',
             'KM/RT', D(2025, 12, 1), None,
             'Teenager campaign ran in September; sibling campaign planned for November.', 'G', 'G', 'Sufficiency Strategy'),
            ('1.3', 'Refresh the fostering allowances and fees scheme, including a council tax reduction for Wandsworth foster carers.',
             'Head of Service – Fostering and Adoption', D(2025, 9, 1), D(2026, 1, 1),
             'Proposal to go to Cabinet in January 2026 following the budget review.', 'G', 'A', ''),
        ]),
        ('Priority 2: Retention and support of foster carers', [
            ('2.1', 'Launch a second Mockingbird constellation with a hub home carer for the Roehampton area.',
             'Mockingbird Liaison Worker', D(2025, 7, 1), None,
             'Constellation launched 3 July 2025 with 8 satellite households.', 'A', 'B', 'NMS 21'),
            ('2.2', 'Introduce a foster carer support plan review at each annual household review and record it on Mosaic.',
             'Supervising Social Work Team Manager', D(2025, 10, 1), None,
             'Template agreed; used in 12 of 15 reviews in Q2.', 'A', 'G', 'NMS 20'),
            ('2.3', 'Deliver the core training programme, including trauma-informed practice and the Skills to Foster refresh, and report attendance to the fostering panel.',
             'Fostering Training Coordinator', 'Ongoing', None,
             'Attendance 78% in Q2; report to panel in October.', 'G', 'G', 'NMS 20'),
        ]),
        ('Priority 3: Placement stability and matching', [
            ('3.1', 'Hold a placement stability meeting for any child with two or more placement moves in 12 months.',
             'Head of Children Looked After', D(2025, 6, 1), None,
             'In place since June; 100% compliance in Q2 audit.', 'R', 'B', 'ILACS rec. 2'),
            ('3.2', "Review the placement referral form so that children's identity, culture and faith needs are recorded for matching.",
             'Access to Resources Manager', D(2025, 11, 1), None,
             'New action from the Q2 review – not yet started.', None, None, 'ILACS rec. 2'),
        ]),
        ('Priority 4: Kinship and connected persons', [
            ('4.1', 'Complete connected persons viability assessments within 10 working days and full assessments within 16 weeks.',
             'Kinship Team Manager', D(2026, 3, 31), None,
             'Viability timeliness 81%; full assessments averaging 18 weeks.', 'A', 'A', 'Reg. 24'),
        ]),
        ('Priority 5: Quality assurance and the fostering panel', [
            ('5.1', 'Strengthen the fostering panel central list, recruiting two members with lived experience of care.',
             'Fostering Panel Adviser', D(2025, 8, 1), D(2025, 12, 1),
             'One member recruited; second interview booked.', 'A', 'G', 'NMS 14'),
        ]),
    ]
    row = 5
    for prio, acts in plan:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        c = ws.cell(row=row, column=1, value=prio)
        c.font = Font(bold=True)
        c.fill = fill(FILL['grey'])
        row += 1
        for ref, act, lead, orig, rev, prog, prev, cur, link in acts:
            vals = [ref, act, lead, orig, rev, prog, prev, cur, link]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=i, value=v)
                c.border = BORDER
                c.alignment = Alignment(wrap_text=True, vertical='top')
                if isinstance(v, dt.datetime):
                    c.number_format = 'mmm-yy'
            for i, rag in ((7, prev), (8, cur)):
                if rag:
                    ws.cell(row=row, column=i).fill = fill(FILL[rag])
                    ws.cell(row=row, column=i).alignment = Alignment(horizontal='center', vertical='top')
            row += 1
    for col, w in zip('ABCDEFGHI', [6, 60, 30, 12, 12, 45, 10, 10, 16]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = 'C5'

    key = wb.create_sheet('Key')
    key['A1'] = 'RAG key'
    key['A1'].font = Font(bold=True)
    for r, (k, txt) in enumerate([('B', 'Complete'), ('G', 'On track'), ('A', 'Some slippage / at risk'),
                                  ('R', 'Off track'), (None, 'Blank – not yet started')], 2):
        c = key.cell(row=r, column=1, value=k)
        if k:
            c.fill = fill(FILL[k])
        key.cell(row=r, column=2, value=txt)

    summ = wb.create_sheet('Summary')
    summ['A1'] = 'Current RAG by priority (Q2)'
    summ['A1'].font = Font(bold=True)
    for i, h in enumerate(['Priority', 'B', 'G', 'A', 'R', 'Not started'], 1):
        summ.cell(row=2, column=i, value=h).font = Font(bold=True)
    for r, vals in enumerate([('1 Recruitment', 0, 1, 2, 0, 0), ('2 Retention and support', 1, 2, 0, 0, 0),
                              ('3 Placement stability', 1, 0, 0, 0, 1), ('4 Kinship', 0, 0, 1, 0, 0),
                              ('5 Quality assurance', 0, 1, 0, 0, 0), ('Total', 2, 4, 3, 0, 1)], 3):
        for i, v in enumerate(vals, 1):
            summ.cell(row=r, column=i, value=v)
    wb.save(P('zbu-wandsworth-council-fostering-service-development-plan-2025-26.xlsx'))


# ---------------------------------------------------------------- 6. XLSX Broxtowe corporate plan (Pentana-style export)
def make_broxtowe_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = 'Corporate Plan Actions'
    ws['A1'] = 'Broxtowe Borough Council – Corporate Plan 2024-2028: Action Progress Report 2025/26'
    ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = 'Generated: 14/10/2025 09:12   Period: Quarter 2 (July – September 2025)   Report owner: Head of Policy and Performance'
    hdr = ['Code', 'Action', 'Status', 'Progress', 'Due Date', 'Original Due Date', 'Managed By', 'Latest Note', 'Note Date']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill('BDD7EE')
        c.border = BORDER
    D = dt.datetime
    groups = [
        ('Housing – A good quality home for everyone', [
            ('HOU2528_01', 'Acquire or build 40 additional council homes in 2025/26, including buying back former Right to Buy properties.',
             'On Track', 0.45, D(2026, 3, 31), D(2026, 3, 31), 'Head of Housing',
             '18 homes acquired to date; offers accepted on a further 6.', D(2025, 10, 3)),
            ('HOU2528_02', 'Complete the stock condition survey of all council homes and update the 30-year HRA Business Plan.',
             'Check Progress', 0.70, D(2025, 10, 31), D(2025, 6, 30), 'Head of Asset Management and Development',
             'Survey 88% complete; access issues at 140 homes. Due date extended.', D(2025, 9, 29)),
        ]),
        ('Business Growth – Invest in our towns and our people', [
            ('BUS2528_01', 'Deliver the Stapleford Town Deal projects, including the new community hub in Stapleford town centre.',
             'On Track', 0.60, D(2026, 3, 31), D(2026, 3, 31), 'Head of Regeneration and Economic Development',
             'Hub contractor on site; completion expected February 2026.', D(2025, 9, 30)),
            ('BUS2528_02', 'Allocate the 2025/26 UK Shared Prosperity Fund grants to local businesses and community projects.',
             'Completed', 1.0, D(2025, 12, 31), D(2025, 12, 31), 'Economic Development Officer',
             'All grants allocated and offer letters issued by 26 September.', D(2025, 9, 26)),
        ]),
        ('Environment – Protect the environment for the future', [
            ('ENV2528_01', 'Introduce weekly food waste collections to all households in line with Simpler Recycling.',
             'On Track', 0.35, D(2026, 3, 31), D(2026, 3, 31), 'Head of Environment',
             'Vehicles ordered; caddy delivery schedule agreed for February and March 2026.', D(2025, 10, 1)),
            ('ENV2528_02', 'Plant 5,000 trees across the borough, prioritising wards with the lowest canopy cover.',
             'Check Progress', 0.20, D(2026, 3, 31), D(2026, 3, 31), 'Parks and Green Spaces Manager',
             'Planting season starts November; only 1,000 saplings secured so far.', D(2025, 9, 18)),
        ]),
        ('Health – Support people to live well', [
            ('HEA2528_01', 'Reopen the refurbished Kimberley Leisure Centre gym and studio.',
             'Overdue', 0.90, D(2025, 8, 31), D(2025, 8, 31), 'Pearce, Gemma',
             'Snagging on the air handling system; reopening now planned for mid-October.', D(2025, 10, 2)),
        ]),
        ('Community Safety – A safe place for everyone', [
            ('COM2528_01', 'Renew the Public Spaces Protection Order for Beeston town centre following public consultation.',
             'Completed', 1.0, D(2025, 10, 31), D(2025, 10, 31), 'Community Safety Manager',
             'Renewed PSPO approved by Cabinet on 9 September 2025.', D(2025, 9, 10)),
            ('COM2528_02', 'Deliver the Safer Streets improvements in Eastwood, including better street lighting and two new CCTV cameras.',
             'Not Started', 0.0, D(2026, 3, 31), D(2026, 3, 31), 'Community Safety Manager; Head of Property Services',
             'Awaiting confirmation of Police and Crime Commissioner funding.', D(2025, 9, 22)),
        ]),
    ]
    row = 5
    for g, acts in groups:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        c = ws.cell(row=row, column=1, value=g)
        c.font = Font(bold=True, color='FFFFFF')
        c.fill = fill('2F5597')
        row += 1
        for a in acts:
            for i, v in enumerate(a, 1):
                c = ws.cell(row=row, column=i, value=v)
                c.border = BORDER
                c.alignment = Alignment(wrap_text=True, vertical='top')
                if i == 4:
                    c.number_format = '0%'
                if isinstance(v, dt.datetime):
                    c.number_format = 'dd/mm/yyyy'
            row += 1
    row += 1
    ws.cell(row=row, column=1, value='Status key: Completed (blue) | On Track (green) | Check Progress (amber) | Overdue (red) | Not Started (no colour)')
    ws.cell(row=row + 1, column=1, value='Where the due date has been changed the original due date is shown for reference; changes are agreed by the General Management Team.')
    for col, w in zip('ABCDEFGHI', [13, 60, 15, 10, 12, 14, 34, 50, 12]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet('Summary')
    sm['A1'] = 'Summary by priority – Q2 2025/26'
    sm['A1'].font = Font(bold=True)
    for i, h in enumerate(['Priority', 'Completed', 'On Track', 'Check Progress', 'Overdue', 'Not Started', 'Total'], 1):
        sm.cell(row=2, column=i, value=h).font = Font(bold=True)
    for r, vals in enumerate([('Housing', 0, 1, 1, 0, 0, 2), ('Business Growth', 1, 1, 0, 0, 0, 2),
                              ('Environment', 0, 1, 1, 0, 0, 2), ('Health', 0, 0, 0, 1, 0, 1),
                              ('Community Safety', 1, 0, 0, 0, 1, 2), ('Total', 2, 3, 2, 1, 1, 9)], 3):
        for i, v in enumerate(vals, 1):
            sm.cell(row=r, column=i, value=v)
    wb.save(P('zbu-broxtowe-borough-council-corporate-plan-delivery-tracker-2025-26.xlsx'))


# ---------------------------------------------------------------- 7. XLSX Lambeth YJ plan (refuse: mistyped month)
def make_lambeth_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = 'YJ Plan 2025-26 Actions'
    ws.merge_cells('A1:J1')
    ws['A1'] = 'Lambeth Youth Justice Service – Youth Justice Plan 2025/26: Delivery Plan'
    ws['A1'].font = Font(bold=True, size=14)
    ws.merge_cells('A2:J2')
    ws['A2'] = 'Approved by the Lambeth Youth Justice Management Board, 10 June 2025. Q2 update for the Board meeting of 14 October 2025.'
    hdr = ['No.', 'Priority area', 'What we want to achieve', 'Action', 'Lead', 'Partners', 'Timescale',
           'Q1 RAG', 'Q2 RAG', 'Q2 commentary']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color='FFFFFF')
        c.fill = fill('7030A0')
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True)
    data = [
        ('Children from groups which are over-represented',
         'Reduce the over-representation of Black and mixed heritage boys at every stage of the youth justice system', [
             ('1', 'Complete a disproportionality deep dive of out of court resolution decisions with the Metropolitan Police and share the findings with the Board.',
              'Head of Youth Justice Service', 'Met Police (South Area BCU)', 'Sep-25', 'A', 'B', 'Deep dive presented to the Board on 9 September.'),
             ('2', 'Commission culturally specific mentoring for Black and mixed heritage boys on statutory orders.',
              'YJS Operations Manager', 'Commissioning; voluntary sector', 'Dec-25', 'G', 'G', 'Provider selected; contract start 1 November.'),
         ]),
        ('Prevention and diversion',
         'Increase the proportion of children diverted from formal criminal justice outcomes', [
             ('3', 'Embed the joint decision-making panel for out of court resolutions, with a police decision maker attending weekly.',
              'Prevention and Diversion Team Manager', 'Met Police', 'Jul-25', 'G', 'B', 'Panel running weekly since June.'),
         ]),
        ('Education',
         'Every child known to the YJS is in suitable education, training or employment', [
             ('4', 'Place a specialist SEND caseworker in the YJS so that every child has an education screening within 10 working days.',
              'Virtual School Head / YJS Education Lead', 'SEND Service', 'Febuary 2026', 'A', 'A', 'Funding agreed; recruitment under way.'),
             ('5', 'Track attendance and exclusions for all children on YJS caseloads through a monthly report to the Education sub-group.',
              'YJS Education Lead', 'Schools; Inclusion Service', 'Monthly', 'G', 'G', 'Report in place since May.'),
         ]),
        ('Serious violence, exploitation and contextual safeguarding',
         'Reduce serious youth violence and protect children from exploitation', [
             ('6', 'Join up YJS risk panels with the exploitation (MACE) panel so that each child has one safety plan.',
              'Head of Youth Justice Service; Head of Safeguarding', "Children's Social Care; Met Police", 'Mar-26', 'R', 'A',
              'Terms of reference agreed; first joint panel in November.'),
         ]),
        ('Remand, use of custody and constructive resettlement',
         'Fewer children remanded or sentenced to custody, and better planned resettlement', [
             ('7', 'Agree a remand to local authority accommodation protocol with the Placements Service, including emergency beds.',
              'YJS Operations Manager', 'Placements Service', 'Nov-25', 'A', 'R', 'No emergency bed identified yet; escalated to the DCS.'),
             ('8', 'Start resettlement planning at the first custody review meeting for every child in custody.',
              'Resettlement Lead', 'Secure estate; Probation', 'Ongoing', 'G', 'G', 'Audit in September: 5 of 5 children had a plan.'),
         ]),
    ]
    row = 5
    fills = {'R': FILL['R'], 'A': FILL['A'], 'G': FILL['G'], 'B': FILL['B']}
    for area, aim, acts in data:
        start = row
        for no, act, lead, partners, when, q1, q2, comm in acts:
            vals = [no, area if row == start else None, aim if row == start else None, act, lead, partners, when, q1, q2, comm]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=i, value=v)
                c.border = BORDER
                c.alignment = Alignment(wrap_text=True, vertical='top')
            ws.cell(row=row, column=8).fill = fill(fills[q1])
            ws.cell(row=row, column=9).fill = fill(fills[q2])
            row += 1
        if row - start > 1:
            ws.merge_cells(start_row=start, start_column=2, end_row=row - 1, end_column=2)
            ws.merge_cells(start_row=start, start_column=3, end_row=row - 1, end_column=3)
    row += 1
    ws.cell(row=row, column=1, value='RAG: B = complete, G = on track, A = some risk to delivery, R = off track.')
    for col, w in zip('ABCDEFGHIJ', [5, 24, 30, 55, 30, 24, 13, 8, 8, 40]):
        ws.column_dimensions[col].width = w
    wb.save(P('zbu-lambeth-youth-justice-service-youth-justice-plan-2025-26-delivery-plan-typo-month-refuse.xlsx'))


if __name__ == '__main__':
    make_bcp_csv()
    make_haringey_txt()
    make_psb_docx()
    make_enfield_docx()
    make_wandsworth_xlsx()
    make_broxtowe_xlsx()
    make_lambeth_xlsx()
    print('built 7 files in', HERE)
