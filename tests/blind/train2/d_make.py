"""Generator for train2 cases (author d). Run: /work/main/.venv/bin/python d_make.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from d_common import *
HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
RAGW = {'Red': 'red', 'Amber': 'amber', 'Green': 'green', 'Blue': 'blue', '': 'unrated'}


# ======================================================================
# 1. One sheet per theme (ILACS improvement plan workbook)
# ======================================================================
def make_theme_sheets():
    name = 'd-theme-sheets.xlsx'
    title = "Eastbridge Children's Services Improvement Plan 2019-21"
    themes = [
        ('T1 Front Door', 'Theme 1: The front door and early help', [
            ('The quality and consistency of threshold decisions in the MASH.', [
                ('1.1', 'Re-launch the multi-agency threshold document with briefings for all partner agencies.', 'AD Safeguarding & QA', D(2019, 4, 30), 'Blue', 'Threshold document re-launched 3 April; 14 briefings delivered to 420 staff.'),
                ('1.2', 'Dip-sample 20 MASH decisions each month and report findings to the Practice Improvement Group.', 'Head of Service – MASH and Early Help', D(2019, 9, 30), 'Green', 'Monthly audits in place since May; 82% of decisions judged appropriate.'),
            ]),
            ('The timeliness of step-up and step-down between early help and children\'s social care.', [
                ('1.3', 'Agree a step-up/step-down protocol with the Early Help Partnership and embed it in the case recording system.', 'Head of Service – MASH and Early Help', D(2019, 7, 31), 'Amber', 'Protocol agreed; system changes delayed by the supplier to August.'),
            ]),
        ]),
        ('T2 Help & Protection', 'Theme 2: Children in need of help and protection', [
            ('Management oversight and the quality of supervision, so that drift in plans for children in need is identified and addressed.', [
                ('2.1', 'Introduce a revised supervision policy and template, with reflective supervision at least every four weeks.', 'Principal Social Worker', D(2019, 5, 31), 'Blue', 'Policy signed off at DMT 21 May.'),
                ('2.2', 'Review every CIN plan open longer than nine months and record a clear management decision on file.', 'Service Manager (CIN/CP)', D(2019, 6, 28), 'Red', '61 of 140 reviews complete; additional team manager capacity requested.'),
            ]),
            ('The response to children at risk of exploitation.', [
                ('2.3', 'Establish a weekly multi-agency exploitation meeting (MACE) with police, health and the youth offending service.', 'AD Safeguarding & QA', D(2019, 4, 1), 'Blue', 'MACE meeting weekly since 1 April.'),
                ('2.4', 'Complete return home interviews within 72 hours for all children reported missing.', 'Head of Service – Adolescents', D(2019, 12, 31), 'Amber', 'Timeliness 64% in June (target 90%).'),
            ]),
        ]),
        ('T3 Children in Care', 'Theme 3: Children in care and care leavers', [
            ('Permanence planning for children in care, so that plans are achieved without delay.', [
                ('3.1', 'Introduce permanence planning meetings by the second review for every child in care.', 'Head of Service – Children in Care', D(2019, 10, 31), 'Green', 'Tracker in place; 71% of children have a permanence plan by the second review.'),
                ('3.2', 'Commission an independent audit of long-term fostering matches.', 'Director of Children\'s Services', D(2019, 8, 30), '', 'Not started – commissioning brief in draft.'),
            ]),
            ('Pathway plans for care leavers.', [
                ('3.3', 'Refresh the pathway plan template with young people from the Children in Care Council.', 'Leaving Care Team Manager', D(2019, 6, 14), 'Green', 'Two co-production workshops held; final version due mid-June.'),
            ]),
        ]),
        ('T4 Workforce', 'Theme 4: Workforce and leadership', [
            ('Caseloads and the stability of the workforce.', [
                ('4.1', 'Reduce average caseloads in assessment teams to no more than 20 children.', 'Director of Children\'s Services', D(2020, 3, 31), 'Amber', 'Average caseload 23 in June (27 in January).'),
                ('4.2', 'Launch the recruitment and retention offer for experienced social workers, including a market supplement.', 'Head of HR – People Directorate', D(2019, 9, 1), 'Green', 'Offer approved by Cabinet 11 June.'),
                ('4.3', 'Deliver the ASYE academy for the September 2019 cohort of newly qualified social workers.', 'Principal Social Worker', D(2019, 9, 30), 'Green', 'Twelve NQSWs appointed.'),
            ]),
        ]),
    ]
    wb = Workbook()
    ws = wb.active; ws.title = 'Cover'
    widths(ws, [4, 30, 60])
    ws['B2'] = title; ws['B2'].font = Font(name='Arial', size=16, bold=True, color=NAVY)
    ws['B3'] = 'Our response to the Ofsted inspection of local authority children\'s services (ILACS), January 2019'
    ws['B3'].font = Font(name='Arial', size=11, italic=True)
    rows = [('Version', '2.3 – progress at 30 June 2019'), ('Owner', 'Director of Children\'s Services'),
            ('Reported to', 'Children\'s Improvement Board (monthly)'), ('Next review', '31 July 2019')]
    for i, (k, v) in enumerate(rows):
        xrow(ws, 5 + i, [None, k, v], bold=False, fills={1: GREY})
    ws['B10'] = 'How this workbook is organised'; ws['B10'].font = Font(name='Arial', bold=True)
    ws['B11'] = 'Each theme of the plan is on its own sheet (tabs T1 to T4), with the same columns. Ofsted\'s recommendation is shown beside the actions that respond to it.'
    ws.merge_cells('B11:C11'); ws['B11'].alignment = WRAP; ws.row_dimensions[11].height = 30
    ws['B13'] = 'RAG key'; ws['B13'].font = Font(name='Arial', bold=True)
    for i, (w, m) in enumerate([('Blue', 'Complete'), ('Green', 'On track'), ('Amber', 'Some slippage – recoverable'), ('Red', 'Off track – escalated to the Improvement Board')]):
        xrow(ws, 14 + i, [None, w, m], fills={1: FILL[w.lower()]})
    expected = []
    for tab, heading, recs in themes:
        s = wb.create_sheet(tab)
        widths(s, [7, 34, 48, 26, 12, 9, 44])
        s['A1'] = heading; s['A1'].font = Font(name='Arial', size=13, bold=True, color=NAVY)
        s['A2'] = title + ' – ' + tab; s['A2'].font = Font(name='Arial', size=9, italic=True)
        xrow(s, 4, ['Ref', 'Ofsted recommendation', 'Action', 'Lead', 'Target date', 'RAG', 'Progress update (June 2019)'],
             bold=True, fill=NAVY, color='FFFFFF')
        r = 5
        for rec, acts in recs:
            first = r
            for ref, a, lead, due, rag, upd in acts:
                xrow(s, r, [ref, rec if r == first else None, a, lead, due, rag, upd],
                     fills={5: FILL[rag.lower()]} if rag else None)
                s.row_dimensions[r].height = 45
                expected.append(act(ref, [heading, rec], a, [lead], due.strftime('%Y-%m'), RAGW[rag]))
                r += 1
            if r - first > 1:
                s.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        s.freeze_panes = 'A5'
    wb.save(P(name))
    write_expected(P(name + '.expected.yaml'),
        source="""Imitates the multi-tab Excel improvement plans some English councils keep after an ILACS
        judgement (one tab per improvement theme, e.g. the theme workbooks behind improvement board
        packs). Copied: a Cover sheet with version, owner, governance and RAG key; one sheet per
        theme with a theme heading in A1 and identical columns (Ref, Ofsted recommendation, Action,
        Lead, Target date, RAG, Progress update); recommendation merged down beside its actions; real
        Excel dates shown dd/mm/yyyy; RAG words in filled cells. Content invented (Eastbridge is fictional).""",
        reads="""Thirteen actions (1.1-4.3) spread over four theme sheets that a person reads as one plan, each
        under its sheet's theme heading and the Ofsted recommendation beside it. Ends are the real
        dates' months; RAG is the word (3.2 blank = not rated). The Cover sheet is not part of the
        action list.""",
        title=title, actions=expected)


# ======================================================================
# 2. Landscape Word plan with 3-level outline: Priority / Outcome / action
# ======================================================================
def make_outline():
    name = 'd-outline-3level.docx'
    title = 'Northfleet Children\'s Services Improvement Plan'
    plan = [
        ('Priority 1: Children in need of help and protection receive a timely and proportionate response', [
            ('Outcome 1.1: Contacts are screened and a decision recorded within 24 hours', [
                ('1.1.1', 'Restructure the Front Door so that a qualified social worker screens every contact on the day it is received.', 'Head of Service, Front Door', 'Mar 2019 (was Dec 2018)', 'G'),
                ('1.1.2', 'Publish a daily Front Door performance dashboard for team and service managers.', 'Performance & Intelligence Manager', 'Jan 2019', 'B'),
            ]),
            ('Outcome 1.2: Strategy discussions involve police and health in every case', [
                ('1.2.1', 'Agree a joint strategy discussion protocol with Kent Police and the CCG safeguarding team.', 'AD Safeguarding & QA', 'Q1 2019/20', 'A'),
                ('1.2.2', 'Audit 25 strategy discussions per quarter and report themes to the Safeguarding Partnership.', 'Head of Quality Assurance', 'Q2 2019/20', 'G'),
            ]),
        ]),
        ('Priority 2: Children in care live in stable homes and achieve well', [
            ('Outcome 2.1: Children in care have an up-to-date permanence plan', [
                ('2.1.1', 'Establish a Permanence Panel to track every child without a permanence plan at the second review.', 'Head of Service (Children in Care)', 'Apr 2019', 'G'),
                ('2.1.2', 'Train all social workers in the children in care teams in later-life letters and life-story work.', 'Principal Social Worker', 'Sept 2019 (was June 2019)', 'A'),
            ]),
            ('Outcome 2.2: Children in care make good progress in education', [
                ('2.2.1', 'Ensure every child in care has a Personal Education Plan reviewed each term, with targets agreed with the school.', 'Virtual School Head', 'Summer term 2019', 'R'),
                ('2.2.2', 'Use pupil premium plus to fund a tutoring offer for children in care in Years 10 and 11.', 'Virtual School Head', 'Autumn term 2019', ''),
            ]),
        ]),
        ('Priority 3: Leaders know their services well and act on what they know', [
            ('Outcome 3.1: The quality assurance framework drives practice improvement', [
                ('3.1.1', 'Launch a revised quality assurance framework with monthly themed audits and moderation.', 'Director of Children\'s Services', 'Feb 2019', 'B'),
                ('3.1.2', 'Report audit findings and learning to the Improvement Board every quarter.', 'Head of Quality Assurance', 'Quarterly', 'G'),
            ]),
        ]),
    ]
    ENDS = {'Mar 2019 (was Dec 2018)': ('2019-03', True), 'Jan 2019': ('2019-01', False),
            'Q1 2019/20': ('2019-06', True), 'Q2 2019/20': ('2019-09', True), 'Apr 2019': ('2019-04', False),
            'Sept 2019 (was June 2019)': ('2019-09', True), 'Summer term 2019': (None, True),
            'Autumn term 2019': (None, True), 'Feb 2019': ('2019-02', False), 'Quarterly': (None, True)}
    RAGL = {'R': 'red', 'A': 'amber', 'G': 'green', 'B': 'blue', '': 'unrated'}
    doc = new_doc(landscape=True)
    para(doc, 'Northfleet Borough Council', bold=True, size=12)
    para(doc, title, bold=True, size=18)
    para(doc, 'Response to the Improvement Notice issued by the Department for Education, October 2018. '
              'Progress position at 31 January 2019, for the Children\'s Improvement Board.', italic=True)
    para(doc, 'RAG: R = off track; A = at risk of slipping; G = on track; B = complete. Revised dates agreed by the Board are shown with the original date in brackets.', size=9)
    t = new_table(doc, [1.6, 11.0, 4.0, 3.4, 1.4, 4.8])
    header_row(t, ['Ref', 'Action', 'Lead', 'Timescale', 'RAG', 'Progress to date'])
    progress = {'1.1.1': 'New structure live from 4 March; recruitment to two posts ongoing.', '1.1.2': 'Dashboard live.',
                '1.2.1': 'Draft protocol with police legal.', '1.2.2': 'First audit completed January.',
                '2.1.1': 'Panel terms of reference agreed.', '2.1.2': 'Training provider procured late; sessions booked for summer.',
                '2.2.1': 'PEP completion 58% at end of autumn term.', '2.2.2': '',
                '3.1.1': 'Framework launched 1 February.', '3.1.2': 'First report due April.'}
    expected = []
    for pri, outs in plan:
        merged_row(t, pri, fill=NAVY, color='FFFFFF', size=10)
        for out, acts in outs:
            merged_row(t, out, fill=PALE)
            for ref, a, lead, ts, rag in acts:
                add_row(t, [ref, a, lead, ts, rag, progress[ref]], fills={4: FILL[RAGL[rag]]} if rag else None)
                e, et = ENDS[ts]
                expected.append(act(ref, [pri, out], a, [lead], e, RAGL[rag], ts if et else None))
    para(doc, '')
    para(doc, 'Owner: Director of Children\'s Services. Next update: Improvement Board, 28 February 2019.', size=9, italic=True)
    doc.save(P(name))
    write_expected(P(name + '.expected.yaml'),
        source="""Imitates a landscape Word improvement plan written in response to a DfE improvement notice
        (English council children's services, 2018-19), structured as priorities, then outcomes, then
        numbered actions, as in several statutory-direction improvement plans. Copied: a navy merged
        'Priority n:' row, a pale merged 'Outcome n.n:' row, and three-part action refs 1.1.1; RAG
        letters with a one-line key above the table; revised timescales written with the original in
        brackets, quarter and school-term timescales. Content invented (Northfleet is fictional).""",
        reads="""Ten actions numbered 1.1.1 to 3.1.2, each read under its priority and its outcome. Where a
        revised date is shown with the original in brackets the revised one is the end; Q1/Q2 2019/20
        end in June/September 2019; school terms and 'Quarterly' give no end month. RAG letters R/A/G/B
        per the key; 2.2.2 is not rated.""",
        title=title, actions=expected)


# ======================================================================
# 3. Corporate parenting plan with status phrases
# ======================================================================
def make_status_phrases():
    name = 'd-status-phrases.docx'
    title = 'Corporate Parenting Action Plan 2019/20'
    ST = {'Complete – evidence on file': 'blue', 'On track': 'green', 'On track (revised date agreed)': 'green',
          'Some slippage – see update': 'amber', 'Off track – escalated to DCS': 'red', 'Not yet started': 'unrated'}
    recs = [
        ('Recommendation 1: The timeliness and quality of permanence planning for children in care', [
            ('1a', 'Introduce a permanence tracking meeting, chaired by the Head of Service, reviewing every child in care at 4 months.', 'Head of Service (Children in Care)', 'June 2019', 'Complete – evidence on file'),
            ('1b', 'Ensure later-life letters are written for every child placed for adoption before the final hearing.', 'Adoption Team Manager', 'Dec 2019 (revised from Sept 2019)', 'On track (revised date agreed)'),
            ('1c', 'Review all children placed with parents under a care order and apply to discharge orders where appropriate.', 'Head of Service (Children in Care) / Legal Services Manager', 'March 2020', 'Some slippage – see update'),
        ]),
        ('Recommendation 2: Children in care are supported to achieve their educational potential', [
            ('2a', 'Quality assure every Personal Education Plan each term against the Virtual School standard.', 'Head of Service (Children in Care) / Virtual School Head', '31/07/2019', 'On track'),
            ('2b', 'Provide a designated teacher network meeting each term with training on attachment and trauma.', 'Virtual School Head', 'Termly', 'On track'),
            ('2c', 'Reduce fixed-term exclusions of children in care through a joint protocol with secondary heads.', 'Virtual School Head', 'April 2020', 'Not yet started'),
        ]),
        ('Recommendation 3: Care leavers have suitable accommodation and pathway plans that reflect their needs', [
            ('3a', 'Co-produce a new pathway plan with members of the Care Leavers\' Forum.', 'Leaving Care Service Manager', 'Sept 2019', 'Complete – evidence on file'),
            ('3b', 'Commission 12 additional supported lodgings placements for care leavers aged 18-21.', 'Head of Commissioning', 'Jan 2020', 'Off track – escalated to DCS'),
            ('3c', 'Offer every care leaver a council tax exemption and a named personal adviser until age 25.', 'Director of Children\'s Services', 'Nov 2019', 'On track'),
        ]),
    ]
    ENDS = {'June 2019': '2019-06', 'Dec 2019 (revised from Sept 2019)': '2019-12', 'March 2020': '2020-03',
            '31/07/2019': '2019-07', 'Termly': None, 'April 2020': '2020-04', 'Sept 2019': '2019-09',
            'Jan 2020': '2020-01', 'Nov 2019': '2019-11'}
    BARE = {'June 2019', 'March 2020', '31/07/2019', 'April 2020', 'Sept 2019', 'Jan 2020', 'Nov 2019'}
    updates = {'1a': 'Meetings running since May; minutes on the shared drive.',
               '1b': 'Board agreed revised date on 12 September because of staff vacancies in the adoption team.',
               '1c': '18 of 31 reviews complete.', '2a': 'Autumn PEPs 91% rated good.', '2b': '', '2c': '',
               '3a': 'Launched at the Forum\'s summer event.', '3b': 'Only 3 providers responded to tender; re-tender in January.',
               '3c': 'Exemption agreed by Full Council in July.'}
    doc = new_doc(landscape=False)
    para(doc, 'Westmarch County Council – Corporate Parenting Board', bold=True, size=11)
    para(doc, title, bold=True, size=16)
    para(doc, 'This plan responds to the recommendations for children in care and care leavers in Ofsted\'s inspection report (March 2019). It is reviewed at every meeting of the Corporate Parenting Board.', size=10)
    para(doc, 'How we record progress: each action is marked "Complete – evidence on file" (blue), "On track" (green), "Some slippage" (amber), "Off track" (red) or "Not yet started".', size=9, italic=True)
    t = new_table(doc, [1.0, 6.2, 3.4, 2.4, 2.6, 3.2])
    header_row(t, ['No.', 'What we will do', 'Who leads', 'By when', 'Where we are', 'Update (October 2019)'], fill='7030A0')
    expected = []
    for rec, acts in recs:
        merged_row(t, rec, fill='E4DFEC')
        for ref, a, lead, when, st in acts:
            add_row(t, [ref, a, lead, when, st, updates[ref]])
            leads = [x.strip() for x in lead.split(' / ')]
            expected.append(act(ref, [rec], a, leads, ENDS[when], ST[st], None if when in BARE else when))
    doc.save(P(name))
    write_expected(P(name + '.expected.yaml'),
        source="""Imitates an English corporate parenting board action plan (Word, portrait) that turns Ofsted's
        children-in-care recommendations into actions. Copied: board name and plan title, a note on how
        progress is recorded, recommendation rows merged across the table, short action numbers (1a, 1b),
        and a 'Where we are' column holding status phrases rather than colours. Content invented
        (Westmarch is fictional).""",
        reads="""Nine actions (1a-3c) under three recommendations. Status is read from the phrase: 'Complete –
        evidence on file' = blue, 'On track' / 'On track (revised date agreed)' = green, 'Some slippage' =
        amber, 'Off track' = red, 'Not yet started' = not rated. 'Head of Service (Children in Care) /
        Virtual School Head' is two posts; 'Termly' has no end month; the revised date (Dec 2019) is the end of 1b.""",
        title=title, actions=expected)


# ======================================================================
# 4. Continued rows: progress comments running on into the next row
# ======================================================================
def make_continued():
    name = 'd-continued-rows.docx'
    title = 'Ofsted Monitoring Visit Action Plan – Care Leavers'
    aoi1 = 'Pathway plans are not consistently updated when young people\'s circumstances change.'
    aoi2 = 'Not all care leavers are in suitable accommodation, and the offer of staying put is not well understood.'
    aoi3 = 'Personal advisers do not always keep in touch with care leavers aged 21-25.'
    rows = [  # ref, aoi, action, lead, deadline, rag, comment, continuation-comments
        ('1', aoi1, 'Revise the pathway planning procedure so that a plan is reviewed within 10 working days of any significant change.', 'J. Smith', '30/04/2019', 'blue', 'Procedure revised and published on Tri.x 26 April.', []),
        ('2', '', 'Undertake a full audit of all pathway plans for care leavers aged 18-21, with a management action for each plan judged inadequate, and re-audit a 20% sample after three months to test whether the management actions have been completed and plans have improved.', 'P. Okafor / L. Brennan', '31/07/2019', 'amber',
         'Audit of 212 plans completed in May: 38 judged inadequate and management actions set. Re-audit started 1 July but only 19 of the 42 sampled plans', ['had been re-audited by 15 July because of leave over the summer; re-audit now due to finish by 9 August and findings go to the Practice Improvement Group on 20 August.']),
        ('3', '', 'Deliver pathway planning workshops to all personal advisers.', 'J. Smith', '31/05/2019', 'blue', 'Four workshops held; 27 of 28 PAs attended.', []),
        ('4', aoi2, 'Agree a staying put policy with the fostering service, with a clear financial offer for carers, and publish it to foster carers, young people and personal advisers.', 'R. Mensah', '30/06/2019', 'red',
         'Policy drafted but financial offer not yet agreed by the Finance Board, which deferred the decision in June pending a review of the fostering allowances. A', ['revised paper will go to the Finance Board in September. Interim arrangements: each request is agreed individually by the Head of Service.']),
        ('5', '', 'Commission a supported accommodation framework for care leavers aged 18-21.', 'K. Ahmed', '31/10/2019', 'green', 'Tender published 1 July.', []),
        ('6', '', 'Review every care leaver living in unsuitable accommodation weekly at the accommodation panel.', 'R. Mensah', 'Weekly', 'green', 'Panel meets every Tuesday; 9 young people currently in unsuitable accommodation (17 in March).', []),
        ('7', aoi3, 'Write to every care leaver aged 21-25 setting out the local offer and how to contact a personal adviser, and record their response on the case file.', 'J. Smith', '31/08/2019', 'green',
         'Letters sent to 164 young people on 10 June. 58 responses recorded so far; PAs following up by phone and text', ['with those who have not replied. Care Leavers\' Forum is helping to redesign the letter for the next mailing.', 'Follow-up calls to be completed by 31 August.']),
        ('8', '', 'Add keeping-in-touch performance for 21-25 year olds to the monthly performance scorecard.', 'Performance Manager', '31/05/2019', 'blue', 'Measure added from May scorecard.', []),
    ]
    doc = new_doc(landscape=True)
    para(doc, 'Harrowfield City Council – Children and Families', bold=True, size=11)
    para(doc, title, bold=True, size=16)
    para(doc, 'Monitoring visit 12-13 March 2019. Action plan updated for the Improvement Board, 16 July 2019.', italic=True)
    t = new_table(doc, [1.0, 5.5, 7.2, 3.0, 2.3, 1.3, 6.0])
    header_row(t, ['Ref', 'Area for improvement', 'Action', 'Lead', 'Deadline', 'RAG', 'Progress comments'])
    expected = []
    cur = None
    for ref, aoi, a, lead, dl, rag, com, cont in rows:
        cur = aoi or cur
        add_row(t, [ref, aoi, a, lead, dl, '', com], fills={5: FILL[rag]})
        for c in cont:
            add_row(t, ['', '', '', '', '', '', c])
        leads = [x.strip() for x in lead.split(' / ')]
        d, m, y = dl.split('/') if '/' in dl else (None, None, None)
        end = '%s-%s' % (y, m) if y else None
        expected.append(act(ref, [cur], a, leads, end, rag, None if y else dl))
    para(doc, '')
    para(doc, 'RAG shading: red – off track; amber – at risk; green – on track; blue – complete.', size=9)
    doc.save(P(name))
    write_expected(P(name + '.expected.yaml'),
        source="""Imitates a Word action plan written after an Ofsted monitoring visit (care leavers) by an English
        council in special measures, of the kind attached to improvement board papers. Copied: a single
        landscape table (Ref, Area for improvement, Action, Lead, Deadline, RAG, Progress comments), the area
        for improvement written only on the first of its actions, RAG shown only by cell shading, and long
        progress comments that spill into extra table rows holding only the comments cell (as happens when
        an update is pasted below a row). Content invented (Harrowfield is fictional).""",
        reads="""Eight actions (1-8) under three areas for improvement (the blank area cells repeat the one above).
        The rows that hold only a progress comment continue the comments of the action above and are not
        actions. RAG is the cell shading per the key under the table; 'P. Okafor / L. Brennan' is two people;
        'Weekly' has no end month.""",
        title=title, actions=expected)


# ======================================================================
# 5. Symbol RAG (✔ ◐ ✖ ○), "Smith, J." leads
# ======================================================================
def make_symbols():
    name = 'd-symbol-rag.xlsx'
    title = 'Focused Visit Action Plan – Children in Need and Child Protection'
    SYM = {'✔ Complete': 'blue', '◐ In progress – on track': 'green', '◐ In progress – at risk': 'amber',
           '✖ Off track': 'red', '○ Not started': 'unrated'}
    pa = [
        ('Area 1: The quality of assessments and plans for children in need', [
            ('FV1.1', 'Roll out the new single assessment template with SMART planning guidance.', 'Lewis, K.', D(2019, 9, 30), '✔ Complete'),
            ('FV1.2', 'Team managers to audit two assessments per worker each month using the practice standards tool.', 'Smith, J.', D(2019, 12, 31), '◐ In progress – on track'),
            ('FV1.3', 'Introduce CIN review chairing by consultant social workers for all plans open over six months.', 'Smith, J.; Osei, A.', 'Jan-20', '◐ In progress – at risk'),
        ]),
        ('Area 2: The effectiveness of child protection conferences and core groups', [
            ('FV2.1', 'Child protection chairs to use a consistent risk analysis (Signs of Safety) at every initial conference.', 'Hughes, D.', D(2019, 10, 31), '✔ Complete'),
            ('FV2.2', 'Core groups to meet within 10 working days of every conference; monitor weekly through the CP tracker.', 'Patel, R.', D(2019, 11, 29), '✖ Off track'),
            ('FV2.3', 'Develop a multi-agency core group training package with the safeguarding partnership.', 'Hughes, D.', 'Mar-20', '○ Not started'),
        ]),
        ('Area 3: Management oversight of practice', [
            ('FV3.1', 'Record management oversight on the child\'s file at every key decision point, using the new case note type.', 'Lewis, K.', D(2019, 8, 31), '✔ Complete'),
            ('FV3.2', 'Service managers to review all children subject to a CP plan for over 15 months.', 'Patel, R.', D(2019, 10, 18), '◐ In progress – on track'),
            ('FV3.3', 'Report practice audit themes to the Quality Assurance Board each quarter.', 'Smith, J.', 'Quarterly', '◐ In progress – on track'),
        ]),
    ]
    wb = Workbook(); ws = wb.active; ws.title = 'Action plan'
    widths(ws, [8, 56, 18, 12, 24, 46])
    ws['A1'] = 'Greyhampton Council'; ws['A1'].font = Font(name='Arial', bold=True, size=11)
    ws['A2'] = title; ws['A2'].font = Font(name='Arial', bold=True, size=14)
    ws['A3'] = 'Focused visit 8-9 May 2019. Progress at 31 October 2019.'; ws['A3'].font = Font(name='Arial', italic=True, size=9)
    xrow(ws, 5, ['No.', 'Action', 'Owner', 'Due', 'Progress', 'Update'], bold=True, fill='385723', color='FFFFFF')
    upd = {'FV1.1': 'Template live on Liquidlogic 2 September.', 'FV1.2': 'Audits completed for Aug-Oct.',
           'FV1.3': 'Only 3 of 5 consultant posts filled.', 'FV2.1': 'All chairs trained.',
           'FV2.2': 'Timeliness 61% (target 95%).', 'FV2.3': '', 'FV3.1': 'Case note type in use.',
           'FV3.2': '27 of 40 reviewed.', 'FV3.3': 'Q2 report presented 15 October.'}
    r = 6; expected = []
    for area, acts in pa:
        xrow(ws, r, [area, None, None, None, None, None], bold=True, fill='E2EFDA')
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); r += 1
        for ref, a, lead, due, pr in acts:
            xrow(ws, r, [ref, a, lead, due, pr, upd[ref]])
            ws.row_dimensions[r].height = 32
            leads = [x.strip() for x in lead.split(';')]
            if isinstance(due, dt.datetime):
                e, et = due.strftime('%Y-%m'), None
            else:
                e = {'Jan-20': '2020-01', 'Mar-20': '2020-03', 'Quarterly': None}[due]
                et = None if e else due
            expected.append(act(ref, [area], a, leads, e, SYM[pr], et))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value='Key:').font = Font(name='Arial', bold=True, size=9)
    ws.cell(row=r, column=2, value='✔ Complete   ◐ In progress (on track / at risk)   ✖ Off track   ○ Not started').font = Font(name='Arial', size=9)
    wb.save(P(name))
    write_expected(P(name + '.expected.yaml'),
        source="""Imitates an Excel action plan written after an Ofsted focused visit to an English council's
        children in need and child protection services (2019). Copied: council name, title and visit dates
        above the table, area rows merged across, short refs (FV1.1), owners written 'Surname, I.', a
        'Progress' column using tick/half-circle/cross/circle symbols with words, and a one-line key
        under the table. Dates mostly real Excel dates, a few typed as 'Jan-20'. Content invented
        (Greyhampton is fictional).""",
        reads="""Nine actions (FV1.1-FV3.3) under three areas from the focused visit letter. Progress symbols
        read as: ✔ Complete = blue, ◐ on track = green, ◐ at risk = amber, ✖ Off track = red, ○ Not
        started = not rated. 'Smith, J.' is one person; 'Smith, J.; Osei, A.' is two. 'Quarterly' has
        no end month.""",
        title=title, actions=expected)


# ======================================================================
# 6. Partnership plan: Partner agency + Accountable lead
# ======================================================================
def make_partnership():
    name = 'd-partnership.xlsx'
    title = 'Youth Justice Service Improvement Plan following HMI Probation Inspection'
    sec1 = 'Recommendations for the Youth Justice Management Board'
    sec2 = 'Recommendations for the Head of the Youth Justice Service'
    plan = [
        (sec1, [
            ('R1: Make sure that the Board understands the profile of children known to the service and holds partners to account for their contribution.', [
                ('1.1', 'Introduce a quarterly performance and needs profile report to the Board, including disproportionality data.', 'Youth Justice Service', 'Head of Youth Justice Service', 'Q2 2019/20', 'Green'),
                ('1.2', 'Each partner agency to present an annual report on its contribution to youth justice outcomes.', 'All partners', 'Chair of the Youth Justice Management Board', 'Q4 2019/20', 'Amber'),
            ]),
            ('R2: Ensure that children known to the service have timely access to health and emotional wellbeing services.', [
                ('2.1', 'Second a CAMHS practitioner into the service two days a week.', 'Health (CCG)', 'Designated Nurse, Safeguarding Children', D(2019, 9, 30), 'Blue'),
                ('2.2', 'Agree a speech, language and communication screening pathway for all children entering the service.', 'Health (CCG)', 'Head of Children\'s Commissioning', 'Q3 2019/20', 'Green'),
            ]),
        ]),
        (sec2, [
            ('R3: Improve the quality of assessment and planning for keeping other people safe.', [
                ('3.1', 'Deliver AssetPlus refresher training focused on risk of serious harm to all case managers.', 'Youth Justice Service', 'YJS Operations Manager', D(2019, 7, 31), 'Blue'),
                ('3.2', 'Introduce a risk management panel for all children assessed as high or very high risk of serious harm.', 'Youth Justice Service / Police', 'YJS Operations Manager', D(2019, 8, 31), 'Blue'),
                ('3.3', 'Share police intelligence on exploitation with the YJS daily through the MASH.', 'Police', 'Detective Chief Inspector, Public Protection', 'Q2 2019/20', 'Red'),
            ]),
            ('R4: Improve the resettlement offer for children leaving custody.', [
                ('4.1', 'Agree a resettlement protocol with the secure estate, children\'s social care and housing.', 'Children\'s Social Care / Housing', 'AD Early Help and Youth Services', D(2019, 12, 20), 'Amber'),
                ('4.2', 'Ensure education, training or employment is arranged before release for every child leaving custody.', 'Education', 'Head of Inclusion', 'Q4 2019/20', ''),
            ]),
        ]),
    ]
    QE = {'Q2 2019/20': '2019-09', 'Q3 2019/20': '2019-12', 'Q4 2019/20': '2020-03'}
    wb = Workbook(); ws = wb.active; ws.title = 'Improvement Plan'
    widths(ws, [6, 58, 22, 30, 13, 8, 40])
    ws['A1'] = 'Kingsmere Youth Justice Partnership'; ws['A1'].font = Font(name='Arial', bold=True, size=11)
    ws['A2'] = title; ws['A2'].font = Font(name='Arial', bold=True, size=14)
    ws['A3'] = 'Inspection published April 2019. Owned by the Youth Justice Management Board. Status at September 2019.'
    ws['A3'].font = Font(name='Arial', italic=True, size=9)
    xrow(ws, 5, ['Ref', 'Action', 'Partner agency', 'Accountable lead', 'Completion', 'RAG', 'Update'], bold=True, fill='203764', color='FFFFFF')
    upd = {'1.1': 'First report to Board in July.', '1.2': 'Police and Education reports scheduled; Health date not yet agreed.',
           '2.1': 'In post since 2 September.', '2.2': 'Pathway drafted.', '3.1': 'Training delivered June and July.',
           '3.2': 'Panel meeting fortnightly.', '3.3': 'Information sharing agreement still with police legal.',
           '4.1': 'Draft with housing.', '4.2': ''}
    r = 6; expected = []
    for sec, recs in plan:
        xrow(ws, r, [sec] + [None] * 6, bold=True, fill='203764', color='FFFFFF')
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); r += 1
        for rec, acts in recs:
            xrow(ws, r, [rec] + [None] * 6, bold=True, fill='DDEBF7')
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 26; r += 1
            for ref, a, ag, lead, comp, rag in acts:
                xrow(ws, r, [ref, a, ag, lead, comp, rag, upd[ref]], fills={5: FILL[rag.lower()]} if rag else None)
                ws.row_dimensions[r].height = 30
                if isinstance(comp, dt.datetime):
                    e, et = comp.strftime('%Y-%m'), None
                else:
                    e, et = QE[comp], comp
                expected.append(act(ref, [sec, rec], a, [lead], e, RAGW[rag], et))
                r += 1
    wb.save(P(name))
    write_expected(P(name + '.expected.yaml'),
        source="""Imitates a youth justice partnership improvement plan after an HM Inspectorate of Probation
        inspection of a youth offending service (England, 2019), where recommendations are addressed to
        the Management Board and to the Head of Service. Copied: section rows by recipient of the
        recommendation, recommendation rows 'R1: ...' merged across, a 'Partner agency' column beside
        an 'Accountable lead' column, completion written as financial-year quarters or real dates, RAG
        words in filled cells. Content invented (Kingsmere is fictional).""",
        reads="""Nine actions (1.1-4.2) under two recommendation sections and four recommendations. The lead is
        the Accountable lead officer, not the Partner agency. Q2/Q3/Q4 2019/20 end in September 2019,
        December 2019 and March 2020; 4.2 has no RAG (not rated).""",
        title=title, actions=expected)


# ======================================================================
# 7. Numbers 1-4 with a key (SEND priority action plan)
# ======================================================================
def make_numeric():
    name = 'd-numeric-key.xlsx'
    title = 'SEND Priority Action Plan 2019-20'
    NUM = {1: 'blue', 2: 'green', 3: 'amber', 4: 'red', None: 'unrated'}
    pri = [
        ('Priority 1: Leaders across education, health and care have an accurate, shared understanding of the local area\'s strengths and weaknesses', [
            ('1', 'Publish a joint SEND self-evaluation, refreshed every six months and agreed by the SEND Partnership Board.', 'Head of SEND / Designated Clinical Officer', D(2019, 10, 31), 1),
            ('2', 'Build a SEND data dashboard combining EHCP timeliness, attendance, exclusions and health waiting times.', 'Head of Performance', D(2019, 12, 31), 2),
            ('3', 'Agree a joint commissioning strategy for SEND with the CCG.', 'Assistant Director, Education and Inclusion', 'Spring term 2020', 3),
        ]),
        ('Priority 2: EHC plans are timely and of good quality', [
            ('4', 'Recruit four additional EHC co-ordinators to clear the backlog of assessments.', 'Head of SEND', D(2019, 7, 19), 1),
            ('5', 'Introduce multi-agency quality assurance of 10% of new EHC plans each month.', 'SEND Quality Assurance Lead', 'Summer term 2019', 2),
            ('6', 'Ensure health advice is returned within six weeks for 90% of EHC needs assessments.', 'Designated Clinical Officer', D(2019, 9, 30), 4),
            ('7', 'Redesign annual review paperwork with parent carers so that outcomes are reviewed each year.', 'Head of SEND', 'Autumn term 2019', 3),
        ]),
        ('Priority 3: Parents and carers are well informed and involved in decisions', [
            ('8', 'Relaunch the Local Offer website, co-produced with the Parent Carer Forum.', 'Local Offer Manager', D(2019, 11, 29), 2),
            ('9', 'Hold termly "you said, we did" events with the Parent Carer Forum.', 'Assistant Director, Education and Inclusion', 'Termly', None),
        ]),
    ]
    wb = Workbook(); ws = wb.active; ws.title = 'Priority Action Plan'
    widths(ws, [34, 8, 52, 30, 14, 12, 40])
    ws['A1'] = 'Ravensby Local Area SEND Partnership'; ws['A1'].font = Font(name='Arial', bold=True, size=11)
    ws['A2'] = title; ws['A2'].font = Font(name='Arial', bold=True, size=14)
    ws['A3'] = 'Progress rating:  1 = Complete   2 = On track   3 = Some slippage, recoverable   4 = Significant risk to delivery'
    ws['A3'].font = Font(name='Arial', size=9, bold=True)
    ws['A4'] = 'Reported to the SEND Partnership Board, November 2019.'; ws['A4'].font = Font(name='Arial', italic=True, size=9)
    xrow(ws, 6, ['Priority', 'Action no.', 'Action', 'Lead officer', 'Target date', 'Progress rating (1-4)', 'Evidence / comments'], bold=True, fill='C65911', color='FFFFFF')
    ev = {'1': 'SEF agreed by Board 24 October.', '2': 'Dashboard prototype shared with Board.', '3': 'CCG sign-off delayed by restructure.',
          '4': 'All four posts filled.', '5': 'QA panel running monthly.', '6': 'Only 48% within six weeks (paediatrics capacity).',
          '7': 'Co-production sessions planned.', '8': 'Beta site live.', '9': ''}
    r = 7; expected = []
    for p, acts in pri:
        first = r
        for ref, a, lead, due, n in acts:
            xrow(ws, r, [p if r == first else None, ref, a, lead, due, n, ev[ref]])
            ws.cell(row=r, column=6).alignment = Alignment(horizontal='center', vertical='top')
            ws.row_dimensions[r].height = 32
            leads = [x.strip() for x in lead.split(' / ')]
            if isinstance(due, dt.datetime):
                e, et = due.strftime('%Y-%m'), None
            else:
                e, et = None, due
            expected.append(act(ref, [p], a, leads, e, NUM[n], et))
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    wb.save(P(name))
    write_expected(P(name + '.expected.yaml'),
        source="""Imitates an English local area SEND priority action plan in Excel (post Ofsted/CQC SEND
        inspection or revisit, 2019), with a numeric progress rating instead of colours. Copied: partnership
        name and title, a one-line key '1 = Complete ... 4 = Significant risk', the priority text merged down
        the first column beside its actions, action numbers 1-9 running through the plan, school-term target
        dates beside real Excel dates. Content invented (Ravensby is fictional).""",
        reads="""Nine actions numbered 1-9 under three priorities (the merged first column). The progress rating
        reads by its key: 1 = complete (blue), 2 = on track (green), 3 = some slippage (amber), 4 =
        significant risk (red); action 9 has no rating. School terms and 'Termly' give no end month.
        'Head of SEND / Designated Clinical Officer' is two posts.""",
        title=title, actions=expected)


# ======================================================================
# 8. Refuse: a date 31/13/2019
# ======================================================================
def make_refuse_date():
    name = 'd-refuse-31-13.xlsx'
    title = 'Safeguarding Adults Board – Safeguarding Adults Review Action Plan'
    rows = [
        ('SAR-01', 'Refresh the multi-agency self-neglect and hoarding policy, including escalation routes.', 'SAB Business Manager', '31/03/2019', 'Green'),
        ('SAR-02', 'Deliver self-neglect training to front-line practitioners in housing, adult social care and primary care.', 'Learning & Development Sub-group Chair', '30/06/2019', 'Amber'),
        ('SAR-03', 'Audit a sample of 20 self-neglect cases across agencies for evidence of mental capacity assessment.', 'Head of Adult Safeguarding', '31/05/2019', 'Green'),
        ('SAR-04', 'Agree a high-risk multi-agency panel for adults who decline support.', 'Head of Adult Safeguarding', '31/13/2019', 'Amber'),
        ('SAR-05', 'Publish a 7-minute briefing on the learning from the review.', 'SAB Business Manager', '28/02/2019', 'Blue'),
        ('SAR-06', 'Include fire service home safety checks in the self-neglect pathway.', 'Station Manager, Prevention', '30/09/2019', 'Green'),
        ('SAR-07', 'Report progress against this plan to every meeting of the Board.', 'SAB Independent Chair', 'Quarterly', 'Green'),
    ]
    wb = Workbook(); ws = wb.active; ws.title = 'SAR action plan'
    widths(ws, [9, 60, 30, 13, 9, 36])
    ws['A1'] = title; ws['A1'].font = Font(name='Arial', bold=True, size=13)
    ws['A2'] = 'Learning from the review concerning "Mr B" (published January 2019)'; ws['A2'].font = Font(name='Arial', italic=True, size=9)
    xrow(ws, 4, ['Ref', 'Action', 'Lead', 'Target date', 'RAG', 'Progress'], bold=True, fill='595959', color='FFFFFF')
    for i, (ref, a, lead, d, rag) in enumerate(rows):
        xrow(ws, 5 + i, [ref, a, lead, d, rag, ''], fills={4: FILL[rag.lower()]})
        ws.cell(row=5 + i, column=4).number_format = '@'
    wb.save(P(name))
    write_expected(P(name + '.expected.yaml'),
        source="""Imitates an English Safeguarding Adults Board action plan responding to a Safeguarding Adults
        Review (self-neglect), kept as a single Excel sheet with target dates typed as text dd/mm/yyyy.
        Content invented.""",
        reads="""Seven SAR actions with RAG words, but SAR-04's target date is '31/13/2019', a month 13 that
        cannot be read either day-first or month-first: a careful person stops and asks what date was meant.
        Sheet rows: title 1, subtitle 2, header 4, SAR-01 row 5 ... SAR-04 row 8.""",
        outcome='refuse', refuse_at=8, title=title)


if __name__ == '__main__':
    import datetime as dt
    make_theme_sheets(); make_outline(); make_status_phrases(); make_continued()
    make_symbols(); make_partnership(); make_numeric(); make_refuse_date()
    print('ok')
