"""Generator for the held-out .docx cases (part a). Run with /work/main/.venv/bin/python."""
# ---- shared helpers (copied into train/heldout a_make.py) ----
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILL = {'red': 'FF0000', 'amber': 'FFC000', 'green': '00B050', 'blue': '0070C0'}
NAVY, PALE, GREY = '1F3864', 'D9E2F3', 'E7E6E6'


def new_doc(landscape=True):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Arial'
    st.font.size = Pt(10)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(sec, m, Cm(1.8))
    return doc


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn('w:shd')):
        tcPr.remove(old)
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), hexfill)
    tcPr.insert_element_before(shd, 'w:noWrap', 'w:tcMar', 'w:textDirection', 'w:tcFitText',
                               'w:vAlign', 'w:hideMark', 'w:headers', 'w:cellIns', 'w:cellDel',
                               'w:cellMerge', 'w:tcPrChange')


def put(cell, text, bold=False, size=9, color=None, italic=False):
    cell.text = ''
    lines = text.split('\n') if text else ['']
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader')
    el.set(qn('w:val'), 'true')
    trPr.append(el)


def new_table(doc, widths):
    t = doc.add_table(rows=0, cols=len(widths))
    t.style = 'Table Grid'
    t.autofit = False
    t._widths = widths
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    return t


def add_row(t, values, bold=False, fill=None, color=None, size=9):
    row = t.add_row()
    for i, (c, v) in enumerate(zip(row.cells, values)):
        c.width = Cm(t._widths[i])
        put(c, v, bold=bold, color=color, size=size)
        if fill:
            shade(c, fill)
    return row


def header_row(t, labels, fill=NAVY, color='FFFFFF', repeat=True):
    row = add_row(t, labels, bold=True, fill=fill, color=color)
    if repeat:
        repeat_header(row)
    return row


def merged_row(t, text, fill=PALE, color=None, bold=True, size=9):
    row = t.add_row()
    for i, c in enumerate(row.cells):
        c.width = Cm(t._widths[i])
    m = row.cells[0].merge(row.cells[-1])
    put(m, text, bold=bold, color=color, size=size)
    if fill:
        shade(m, fill)
    return row


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def para(doc, text, style=None, italic=False, bold=False, size=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.italic, r.bold = italic, bold
    if size:
        r.font.size = Pt(size)
    return p


def A(ref, action, lead, lead_x, end, end_x, rag, status, end_text=None, fill=None, **extra):
    """One plan row: the cell texts (ref/action/lead/end/rag) and, written by hand beside them,
    what a careful person reads: lead_x (list), end_x (YYYY-MM or None), status, end_text."""
    return dict(ref=ref, action=action, lead=lead, lead_x=lead_x, end=end, end_x=end_x,
                rag=rag, status=status, end_text=end_text, fill=fill, extra=extra)


def q(s):
    return 'null' if s is None else json.dumps(s, ensure_ascii=False)


def write_expected(path, source, reads, outcome='read', title=None, actions=None,
                   refuse_at=None, accept_refusal=False):
    out = ['source: >-', '  ' + ' '.join(source.split()), 'reads: >-', '  ' + ' '.join(reads.split()),
           'outcome: ' + outcome, 'accept_refusal: ' + ('true' if accept_refusal else 'false')]
    if refuse_at is not None:
        out.append('refuse_at: %d' % refuse_at)
    if title is not None:
        out.append('title: ' + q(title))
    if outcome == 'read':
        out.append('actions:')
        for a in actions:
            out.append('  - ref: ' + q(a['ref']))
            out.append('    under: [' + ', '.join(q(u) for u in a['under']) + ']')
            out.append('    action: ' + q(a['action']))
            out.append('    lead: [' + ', '.join(q(x) for x in a['lead']) + ']')
            out.append('    end: ' + q(a['end']))
            if a.get('end_text'):
                out.append('    end_text: ' + q(a['end_text']))
            out.append('    status: ' + a['status'])
    text = '\n'.join(out) + '\n'
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    check_expected(path)


def check_expected(path):
    import re
    d = yaml.safe_load(open(path, encoding='utf-8'))
    assert d['outcome'] in ('read', 'refuse'), path
    assert isinstance(d['source'], str) and isinstance(d['reads'], str)
    if d['outcome'] == 'refuse':
        assert 'actions' not in d and isinstance(d.get('refuse_at'), int), path
        return
    assert 6 <= len(d['actions']) <= 30, (path, len(d['actions']))
    for a in d['actions']:
        assert set(a) <= {'ref', 'under', 'action', 'lead', 'end', 'end_text', 'status'}, a
        assert a['ref'] is None or isinstance(a['ref'], str)
        assert isinstance(a['under'], list) and len(a['under']) <= 2
        assert isinstance(a['action'], str) and a['action'].strip()
        assert isinstance(a['lead'], list) and all(isinstance(x, str) for x in a['lead'])
        assert a['end'] is None or (isinstance(a['end'], str) and re.fullmatch(r'\d{4}-(0[1-9]|1[0-2])', a['end'])), a
        if a['end'] is None:
            assert a.get('end_text'), a
        assert a['status'] in ('red', 'amber', 'green', 'blue', 'unrated'), a


def expected_actions(rows):
    """rows: list of (under, A-dict, action_text_as_read)"""
    res = []
    for under, a, text in rows:
        res.append(dict(ref=a['ref'], under=under, action=text if text is not None else a['action'],
                        lead=a['lead_x'], end=a['end_x'], end_text=a['end_text'], status=a['status']))
    return res


def table_rows_flat(path):
    """(row number from 1 across all top-level tables, list of cell texts) - for checking refuse_at"""
    d = Document(path)
    n, out = 0, []
    for t in d.tables:
        for r in t.rows:
            n += 1
            out.append((n, [c.text for c in r.cells]))
    return out
# ---- end helpers ----

# =====================================================================
# HELD-OUT FILES
# =====================================================================

def make_fv_nested():
    name = 'a-fv-nested.docx'
    doc = new_doc()
    title = 'Focused Visit Action Plan'
    para(doc, title, style='Title')
    para(doc, "Eastwick Borough Council – Ofsted focused visit to the 'front door' (contact, referral and "
              'assessment), 11–12 June 2019', bold=True)
    para(doc, 'Inspectors identified three areas for improvement. Actions are monitored fortnightly by the '
              'Children\'s Services Leadership Team; RAG ratings are shown by colour as follows.')
    k = new_table(doc, [2, 7])
    for hexf, meaning in [(FILL['blue'], 'Complete'), (FILL['green'], 'On track'), (FILL['amber'], 'At risk'),
                          (FILL['red'], 'Not on track'), ('FFFFFF', 'Not yet started')]:
        r = add_row(k, ['', meaning])
        shade(r.cells[0], hexf)
    para(doc, '')
    t = new_table(doc, [5.5, 1, 10.5, 4, 3, 1.6])
    header_row(t, ['Area for improvement', 'Ref', 'Action', 'Lead', 'Target date', 'RAG'])
    MS = 'Milestones'
    areas = [
        ('The application of thresholds at the front door, so that children receive the right level of help', [
            A('1', 'Refresh the multi-agency threshold document and brief partner agencies on it.', 'RG/JF',
              ['RG', 'JF'], 'Nov-19', '2019-11', '', 'green', fill=FILL['green'],
              ms=['Draft agreed by the Safeguarding Partnership – August 2019',
                  'Briefings to schools, GPs and police – September 2019',
                  'Audit of threshold decisions – November 2019']),
            A('2', 'Introduce a daily management review of all contacts waiting more than 24 hours for a decision.',
              'Service Manager (MASH)', ['Service Manager (MASH)'], '31/07/2019', '2019-07', '', 'blue',
              fill=FILL['blue'], ms=None),
            A('3', 'Hold a quarterly multi-agency audit of contacts that did not progress to referral.',
              'Head of Safeguarding and Quality Assurance', ['Head of Safeguarding and Quality Assurance'],
              'Quarterly', None, '', 'green', end_text='Quarterly', fill=FILL['green'], ms=None),
        ]),
        ('The quality and timeliness of strategy discussions', [
            A('4', 'Ensure police and health attend every strategy discussion, using virtual attendance where '
                   'needed.', 'Sam Lee and Jo Patel', ['Sam Lee', 'Jo Patel'], 'Sept 2019 – Dec 2019', '2019-12',
              '', 'amber', end_text='Sept 2019 – Dec 2019', fill=FILL['amber'],
              ms=['Teleconference facility installed in the MASH',
                  'Attendance recorded on every strategy discussion record',
                  'Monthly attendance report to the Head of Service']),
            A('5', 'Record a clear rationale for the decision and the next steps on every strategy discussion.',
              'Team Manager (MASH)', ['Team Manager (MASH)'], 'End of August 2019', '2019-08', '', 'blue',
              end_text='End of August 2019', fill=FILL['blue'], ms=None),
        ]),
        ('Management oversight of assessments, including the recording of supervision', [
            A('6', 'Roll out the new supervision recording template in the assessment teams.', 'KP/AW',
              ['KP', 'AW'], 'Sep-19', '2019-09', '', 'red', fill=FILL['red'], ms=None),
            A('7', 'Senior managers to audit 10 assessments each month and give feedback to social workers.',
              'Head of Service, Assessment and Intervention', ['Head of Service, Assessment and Intervention'],
              'Ongoing', None, '', 'green', end_text='Ongoing', fill=FILL['green'],
              ms=['Audit tool updated', 'Audit programme published',
                  'First themed audit report to the Leadership Team']),
            A('8', 'Review caseloads in the assessment teams and agree a maximum of 22 children per social worker.',
              "Assistant Director, Children's Social Care", ["Assistant Director, Children's Social Care"],
              'By 30 September 2019', '2019-09', '', 'unrated', end_text='By 30 September 2019', fill=None,
              ms=None),
        ]),
    ]
    rows = []
    for area, acts in areas:
        first = None
        for a in acts:
            r = add_row(t, ['', a['ref'], a['action'], a['lead'], a['end'], ''])
            if a['fill']:
                shade(r.cells[5], a['fill'])
            text = a['action']
            if a['extra']['ms']:
                cell = r.cells[2]
                nt = cell.add_table(rows=0, cols=1)
                nt.style = 'Table Grid'
                hr = nt.add_row()
                put(hr.cells[0], MS, bold=True, size=8)
                shade(hr.cells[0], GREY)
                for m in a['extra']['ms']:
                    put(nt.add_row().cells[0], m, size=8)
                text = '\n'.join([a['action'], MS] + a['extra']['ms'])
            first = first or r
            last = r
            rows.append(([area], a, text))
        m = first.cells[0].merge(last.cells[0])
        put(m, area, bold=True)
        shade(m, 'F2F2F2')
    doc.save(os.path.join(HERE, name))
    write_expected(
        os.path.join(HERE, name + '.expected.yaml'),
        source="""Imitates an English council's action plan after an Ofsted focused visit to the front door
        (ILACS focused visits, 2018-19), as published with scrutiny papers. Copied: Title paragraph, a colour RAG
        key table, then one plan table whose first column holds each area for improvement in a cell merged
        vertically down its actions; several Action cells contain a small nested milestones table under the
        action sentence; RAG shown only by cell shading.""",
        reads="""Eastwick's focused visit action plan: 8 numbered actions, each read under the area for improvement
        in the vertically merged first-column cell beside it. A nested milestones table inside an Action cell is
        part of that action's text (after the sentence, one line per row). Status is the RAG cell's fill colour;
        the unfilled one is unrated; the key table is not the plan.""",
        title=title, actions=expected_actions(rows))
    return name


def make_mv_key():
    name = 'a-mv-key.docx'
    doc = new_doc()
    title = "Children's Services Improvement Plan: Monitoring Visit Actions"
    doc.add_heading(title, level=1)
    para(doc, 'Redbrook City Council – updated following the fourth Ofsted monitoring visit (March 2019). '
              'Report to the Improvement Board, April 2019.', italic=True)
    doc.add_heading('RAG key', level=2)
    k = new_table(doc, [2.5, 12])
    for hexf, word, meaning in [(FILL['green'], 'Green', 'Completed – action delivered and signed off by the '
                                                         'Improvement Board'),
                                (FILL['amber'], 'Amber', 'In progress and on track'),
                                (FILL['red'], 'Red', 'Not on track / at risk – exception report required')]:
        r = add_row(k, [word, meaning])
        shade(r.cells[0], hexf)
    para(doc, 'Where a date has been revised with the agreement of the Improvement Board, the revised date is shown.',
         italic=True, size=9)
    doc.add_heading('Action plan', level=2)
    t = new_table(doc, [1.3, 8, 3.6, 1.9, 1.9, 1.8, 1.8, 5.5])
    header_row(t, ['Ref', 'Action', 'Lead', 'Original date', 'Revised date', 'Previous RAG', 'Current RAG',
                   'Update'])
    pri = [
        ('Priority 1: Children in need of help and protection', [
            A('P1.1', 'All children subject to a child protection plan have a core group meeting within 10 working '
                      'days of the initial conference.', 'Service Manager (CIN/CP)', ['Service Manager (CIN/CP)'],
              'Dec-18', '2019-02', 'Green', 'blue', rev='Feb-19', prev='Amber',
              up='96% within timescale for three consecutive months.'),
            A('P1.2', 'Reduce the number of children\'s cases held in teams without a permanent team manager.',
              'Head of Service / Principal Social Worker', ['Head of Service', 'Principal Social Worker'],
              'Mar-19', '2019-03', 'Amber', 'amber', rev='', prev='Red', up='Two of three posts filled.'),
            A('P1.3', 'Implement a pre-proceedings tracker reviewed fortnightly at the legal gateway panel.',
              'AB, CD', ['AB', 'CD'], 'Jan-19', '2019-01', 'Green', 'blue', rev='', prev='Green',
              up='Tracker in place and reviewed at every panel.'),
            A('P1.4', 'Improve the quality of child and family assessments so that 70% are rated good or better in '
                      'audit.', 'Head of Safeguarding and Quality Assurance',
              ['Head of Safeguarding and Quality Assurance'], 'Mar-19', '2019-09', 'Red', 'red', rev='Sep-19',
              prev='Amber', up='March audit: 52% good or better.'),
        ]),
        ('Priority 2: Children looked after and care leavers', [
            A('P2.1', 'Every child looked after has a permanence plan agreed at their second review.',
              'Service Manager (Looked After Children)', ['Service Manager (Looked After Children)'], 'Feb-19',
              '2019-02', 'Amber', 'amber', rev='', prev='Amber', up='78% of children have a permanence plan.'),
            A('P2.2', 'Increase the number of in-house foster carers by 15.', 'Fostering Manager',
              ['Fostering Manager'], 'Mar-19', '2020-03', 'Red', 'red', rev='Mar-20', prev='Red',
              up='Six new households approved.'),
            A('P2.3', 'Review pathway plans every six months and write them with the young person.',
              'Leaving Care Manager', ['Leaving Care Manager'], 'Jan-19', '2019-04', 'Amber', 'amber',
              rev='Apr-19', prev='Red', up='Review schedule in place.'),
            A('P2.4', 'Relaunch the Children in Care Council with a dedicated participation worker.',
              'Participation Lead', ['Participation Lead'], 'Dec-18', '2018-12', 'Green', 'blue', rev='',
              prev='Green', up='Council meets monthly.'),
        ]),
        ('Priority 3: Leadership, management and workforce', [
            A('P3.1', 'Recruit permanent team managers to all CIN/CP teams.', "Director of Children's Services",
              ["Director of Children's Services"], 'Mar-19', '2019-06', 'Amber', 'amber', rev='Jun-19',
              prev='Amber', up='Interviews in May.'),
            A('P3.2', 'Launch a social work academy for newly qualified social workers.', 'Principal Social Worker',
              ['Principal Social Worker'], 'Sep-19', '2019-09', '', 'unrated', rev='', prev='', up='Not yet started.'),
            A('P3.3', 'Hold monthly performance clinics chaired by the Assistant Director.', 'Assistant Director',
              ['Assistant Director'], 'Ongoing', None, 'Amber', 'amber', end_text='Ongoing', rev='', prev='Green',
              up='Clinics held monthly since October.'),
        ]),
    ]
    rows = []
    fillmap = {'Green': FILL['green'], 'Amber': FILL['amber'], 'Red': FILL['red']}
    for p, acts in pri:
        merged_row(t, p, fill=PALE)
        for a in acts:
            x = a['extra']
            r = add_row(t, [a['ref'], a['action'], a['lead'], a['end'], x['rev'], x['prev'], a['rag'], x['up']])
            for ci, word in ((5, x['prev']), (6, a['rag'])):
                if word:
                    shade(r.cells[ci], fillmap[word])
            rows.append(([p], a, None))
    doc.save(os.path.join(HERE, name))
    write_expected(
        os.path.join(HERE, name + '.expected.yaml'),
        source="""Imitates an inadequate-rated English council's improvement plan tracker reported to its
        Improvement Board after Ofsted monitoring visits (2018-19). Copied: Heading 1 title, a RAG key table that
        defines Green as Completed (no blue), a note on revised dates, then one plan table with priority rows
        merged across and columns Ref, Action, Lead, Original date, Revised date, Previous RAG, Current RAG,
        Update; RAG cells carry the colour word and matching fill.""",
        reads="""Redbrook's monitoring-visit improvement plan with 11 actions under three priorities. The key says
        Green = Completed, so a current Green is read as complete (blue); the status is the Current RAG, and where
        a revised date is given it is the end. The key table is not the plan.""",
        title=title, actions=expected_actions(rows))
    return name


def make_wsoa_refuse():
    name = 'a-wsoa-refuse.docx'
    doc = new_doc()
    title = 'Ashcombe Written Statement of Action'
    para(doc, title, style='Title')
    para(doc, 'Ashcombe Council and NHS Ashcombe CCG – response to the joint Ofsted/CQC local area SEND inspection, '
              'September 2018', italic=True)
    doc.add_heading('Glossary', level=2)
    g = new_table(doc, [3, 12])
    header_row(g, ['Term', 'Meaning'], fill=GREY, color=None)                                 # row 1
    for a, b in [('EHC', 'Education, health and care'), ('DCO', 'Designated Clinical Officer'),
                 ('PCF', 'Parent Carer Forum'), ('SENCO', 'Special educational needs co-ordinator'),
                 ('CAMHS', 'Child and adolescent mental health services'), ('PfA', 'Preparing for adulthood')]:
        add_row(g, [a, b])                                                                     # rows 2-7
    cols = ['Ref', 'Action', 'Lead', 'By when', 'Impact measure', 'RAG']
    w = [1.2, 9.5, 4, 2.5, 6.5, 2]
    doc.add_heading('Area of weakness 1: Leaders\' understanding of the local area\'s effectiveness', level=2)
    t = new_table(doc, w)
    header_row(t, cols)                                                                        # row 8
    for r in [('1.1', 'Publish a SEND self-evaluation agreed by education, health and care leaders.',
               'Head of SEND', 'Jan-2019', 'SEF published', 'Complete'),
              ('1.2', 'Build a shared SEND dataset reported to the SEND Board each term.', 'DCO / Head of SEND',
               'Apr-2019', 'Dataset in use', 'On track'),
              ('1.3', 'Commission an independent review of SEND governance.', 'Director of Education',
               'Feb-2019', 'Review reported', 'Complete'),
              ('1.4', 'Agree joint commissioning priorities for speech and language therapy.',
               'CCG Head of Commissioning', 'Jun-2019', 'Priorities agreed', 'Amber')]:
        add_row(t, list(r))                                                                    # rows 9-12
    doc.add_heading('Area of weakness 2: Waiting times for CAMHS and neurodevelopmental assessment', level=2)
    t = new_table(doc, w)
    header_row(t, cols)                                                                        # row 13
    for r in [('2.1', 'Recruit two additional CAMHS practitioners.', 'CAMHS Service Manager', 'May-2019',
               'Posts filled', 'On track'),
              ('2.2', 'Introduce a single neurodevelopmental pathway for 0-19 year olds.', 'DCO', 'Sep-2019',
               'Pathway live', 'Amber'),
              ('2.3', 'Offer waiting-list support sessions for families.', 'PCF Chair / DCO', 'Mar-2O19',
               'Sessions held monthly', 'On track'),
              ('2.4', 'Report waiting times monthly to the SEND Board.', 'CCG Performance Lead', 'Jul-2019',
               'Report received', 'On track')]:
        add_row(t, list(r))                                                                    # rows 14-17
    path = os.path.join(HERE, name)
    doc.save(path)
    flat = table_rows_flat(path)
    bad = [n for n, cells in flat if 'Mar-2O19' in cells]
    assert bad == [16], bad
    write_expected(
        path + '.expected.yaml',
        source="""Imitates a short English local area SEND Written Statement of Action (post-2016 joint Ofsted/CQC
        local area inspection). Copied: Title paragraph, a glossary table first, then a heading per area of
        weakness each followed by its own table (Ref, Action, Lead, By when, Impact measure, RAG); dates as
        Mmm-YYYY.""",
        reads="""Ashcombe's WSoA with eight actions over two areas of weakness, but the 'By when' of action 2.3
        reads 'Mar-2O19' (a letter O for a zero), a mistyped month: a careful person stops and asks. Counting
        table rows from 1 at the glossary header: glossary rows 1-7, area 1 table rows 8-12, area 2 header row 13,
        2.1 row 14, 2.2 row 15, 2.3 row 16.""",
        outcome='refuse', refuse_at=16, title=title)
    return name


def make_ilacs_rec_split():
    name = 'a-ilacs-rec-split.docx'
    doc = new_doc()
    title = 'Ofsted ILACS Improvement Plan 2019–2021'
    doc.add_heading(title, level=1)
    para(doc, 'Milbourne Metropolitan Borough Council – Children and Families Service. Inspection of local '
              'authority children\'s services: 4–15 March 2019. Overall effectiveness: requires improvement to be '
              'good.', italic=True)
    para(doc, 'The plan is grouped by inspection theme. Each Ofsted recommendation is shown in a shaded row, with '
              'the actions that respond to it numbered beneath.')
    cols = ['No.', 'Action', 'Lead', 'By when', 'Status', 'Progress update (September 2019)']
    w = [1.2, 9.5, 4.2, 3, 2.2, 6]
    themes = [
        ('Theme A: Help and protection', [[
            ('Recommendation 1: The quality of written plans for children in need and those subject to child '
             'protection plans, so that they are specific and measurable', [
                A('1.1', "Introduce a new child's plan template, co-designed with practitioners, that sets out what "
                         'needs to change and by when.', 'Sam Lee and Jo Patel', ['Sam Lee', 'Jo Patel'], 'Jun-19',
                  '2019-06', 'Complete', 'blue', up='Template live from 3 June.'),
                A('1.2', 'Deliver outcome-focused planning workshops to all social workers in the locality teams.',
                  'Principal Social Worker', ['Principal Social Worker'], '31/12/2019', '2019-12', 'On track',
                  'green', up='Four of six workshops delivered.'),
                A('1.3', 'Child protection chairs to quality-assure plans at every review conference and raise '
                         'practice alerts.', 'Lee, Sam', ['Lee, Sam'], 'Ongoing', None, 'On track', 'green',
                  end_text='Ongoing', up='14 practice alerts raised since June.'),
            ]),
            ('Recommendation 2: The response to children who go missing, including the quality of return home '
             'interviews', [
                A('2.1', 'Bring the return home interview service in-house and set a 72-hour completion standard.',
                  'Head of Service / Principal Social Worker', ['Head of Service', 'Principal Social Worker'],
                  'By end of October 2019', '2019-10', 'Amber', 'amber', end_text='By end of October 2019',
                  up='TUPE consultation under way.'),
                A('2.2', 'Share return home interview information with the police within 24 hours through the '
                         'missing children panel.', 'RG, JF', ['RG', 'JF'], 'Nov-19', '2019-11', 'Not started',
                  'unrated', up=''),
            ]),
        ]]),
        ('Theme B: Children in care and care leavers', [[
            ('Recommendation 3: Sufficiency of local placements, so that children in care live close to home', [
                A('3.1', 'Refresh the sufficiency strategy and placement forecast.', 'Head of Commissioning',
                  ['Head of Commissioning'], 'Sept 2019', '2019-09', 'Complete', 'blue',
                  up='Strategy approved by Cabinet.'),
                A('3.2', 'Launch a foster carer recruitment campaign with an improved fees and allowances offer.',
                  'Fostering Service Manager', ['Fostering Service Manager'], 'Oct 2019 – Mar 2020', '2020-03',
                  'On track', 'green', end_text='Oct 2019 – Mar 2020', up='Campaign launched 1 October.'),
            ]),
        ], [
            (None, [  # the table continues after a page break, still under recommendation 3
                A('3.3', 'Open a four-bed local children\'s home in partnership with a registered provider.',
                  "Assistant Director, Children's Social Care", ["Assistant Director, Children's Social Care"],
                  'TBC', None, 'Red', 'red', end_text='TBC', up='No suitable property identified yet.'),
                A('3.4', 'Review all children placed more than 20 miles from Milbourne and consider a move closer to '
                         'home.', 'Service Manager (Children in Care)', ['Service Manager (Children in Care)'],
                  '31/03/2020', '2020-03', 'Amber', 'amber', up='31 of 58 reviews completed.'),
            ]),
            ('Recommendation 4: The quality of pathway plans for care leavers', [
                A('4.1', 'Audit all pathway plans for care leavers aged 19 to 21 and update them with the young '
                         'person.', 'Leaving Care Team Manager', ['Leaving Care Team Manager'], 'Jan-20', '2020-01',
                  'On track', 'green', up='Audit started in September.'),
                A('4.2', 'Give every care leaver access to a named health practitioner and a summary of their health '
                         'history.', 'Designated Nurse for Looked After Children',
                  ['Designated Nurse for Looked After Children'], 'End of March 2020', '2020-03', 'Amber', 'amber',
                  end_text='End of March 2020', up='Health summaries template agreed.'),
            ]),
        ]]),
    ]
    rows = []
    for theme, tables in themes:
        doc.add_heading(theme, level=2)
        rec_now = None
        for k, blocks in enumerate(tables):
            if k:
                page_break(doc)
            t = new_table(doc, w)
            header_row(t, cols, fill='833C0B')
            for rec, acts in blocks:
                if rec:
                    merged_row(t, rec, fill='FBE4D5')
                    rec_now = rec
                for a in acts:
                    add_row(t, [a['ref'], a['action'], a['lead'], a['end'], a['rag'], a['extra']['up']])
                    rows.append(([theme, rec_now], a, None))
        para(doc, '')
    doc.save(os.path.join(HERE, name))
    write_expected(
        os.path.join(HERE, name + '.expected.yaml'),
        source="""Imitates an English metropolitan borough's ILACS improvement plan (requires improvement, 2019)
        published as a Word appendix. Copied: Heading 1 title and context line, a Heading 2 per inspection theme
        followed by its table; inside, each Ofsted recommendation is a shaded merged row 'Recommendation N: ...'
        with actions N.1, N.2 below; theme B's table breaks at a page and continues in a second table with the
        header repeated and no recommendation row before actions 3.3 and 3.4.""",
        reads="""Milbourne's ILACS plan: 11 actions under two themes and four recommendations. Actions 3.3 and 3.4
        open the continuation table but are still read under Theme B and Recommendation 3. Complete is blue, On
        track green, Not started unrated; 'RG, JF' and 'Head of Service / Principal Social Worker' are two leads
        each, 'Lee, Sam' one.""",
        title=title, actions=expected_actions(rows))
    return name


if __name__ == '__main__':
    made = [make_fv_nested(), make_mv_key(), make_wsoa_refuse(), make_ilacs_rec_split()]
    print('\n'.join(made))
