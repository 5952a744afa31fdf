"""Generator for heldout2 cases (author d). Run: /work/main/.venv/bin/python d_make.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from d_common import *
HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)


# ======================================================================
# H1. Pentana / Covalent-style action report export
# ======================================================================
def make_pentana():
    name = 'd-pentana-export.xlsx'
    title = "Children's Services Improvement Plan – Action Progress Report"
    ICON = {'Completed': ('blue', '0070C0'), 'In Progress': ('green', '00B050'), 'Check Progress': ('amber', 'FFC000'),
            'Overdue': ('red', 'FF0000'), 'Not Started': ('unrated', None)}
    groups = [
        ('CSIP P1', 'Priority 1 – Front door and assessment', [
            ('CSIP P1.01', 'Implement revised MASH screening procedure', 'The MASH screens every contact within 24 hours, with a recorded management decision, so that children at risk receive a timely response.', 'Smith, Jane', D(2019, 6, 30), 'Completed', 100, 'Procedure in place from 3 June; performance 96% within 24 hours in October.', D(2019, 11, 4)),
            ('CSIP P1.02', 'Introduce consultation line for partner agencies', 'Professionals can discuss concerns with a qualified social worker before making a referral.', 'Smith, Jane', D(2019, 9, 30), 'Completed', 100, 'Line live 2 September; 310 calls in first two months.', D(2019, 11, 4)),
            ('CSIP P1.03', 'Reduce assessments completed outside 45 working days to under 10%', 'Assessments are completed in timescales proportionate to the child\'s needs.', 'Okoro, Tunde', D(2019, 12, 31), 'Check Progress', 70, 'October: 14% out of timescale, down from 31% in April. Agency staffing in one team remains a risk.', D(2019, 11, 7)),
        ]),
        ('CSIP P2', 'Priority 2 – Child protection and children in need', [
            ('CSIP P2.01', 'Launch the Signs of Safety practice framework', 'A single, shared model of practice for assessment and planning with families and partners.', 'Whitfield, Anna', D(2020, 3, 31), 'In Progress', 45, 'Five-day training delivered to 120 staff; partner briefings booked for January.', D(2019, 11, 1)),
            ('CSIP P2.02', 'Hold initial child protection conferences within 15 working days', 'Children at risk of significant harm have a protection plan agreed without delay.', 'Okoro, Tunde', D(2019, 8, 31), 'Overdue', 60, 'Timeliness 72% in October; business support vacancies in the conference team being filled.', D(2019, 11, 7)),
            ('CSIP P2.03', 'Review all children subject to a plan for more than 18 months', 'Drift is identified and plans are stepped down or escalated to legal planning.', 'Whitfield, Anna', D(2019, 10, 31), 'Completed', 100, 'All 34 children reviewed; 9 referred to legal gateway.', D(2019, 10, 30)),
        ]),
        ('CSIP P3', 'Priority 3 – Children in care and care leavers', [
            ('CSIP P3.01', 'Open a second in-house children\'s home', 'More children in care can live close to home in good-quality placements.', 'Gill, Harpreet', D(2020, 6, 30), 'Not Started', 0, '', None),
            ('CSIP P3.02', 'Increase the number of in-house foster carers by 20', 'Children in care have a wider choice of local family placements.', 'Gill, Harpreet', D(2020, 3, 31), 'In Progress', 35, '7 new carers approved since April; recruitment campaign relaunched in October.', D(2019, 11, 5)),
            ('CSIP P3.03', 'Make sure every care leaver has an up-to-date pathway plan', 'Care leavers are supported into suitable accommodation, education, employment or training.', 'Bailey, Marcus', D(2019, 12, 31), 'Check Progress', 80, '84% of plans in date (target 95%).', D(2019, 11, 6)),
            ('CSIP P3.04', 'Publish the care leavers\' local offer', 'Care leavers know what support they are entitled to.', 'Bailey, Marcus', D(2019, 5, 31), 'Completed', 100, 'Published on the council website and in app form.', D(2019, 6, 3)),
        ]),
    ]
    wb = Workbook(); ws = wb.active; ws.title = 'Action Report'
    widths(ws, [13, 40, 48, 18, 12, 15, 11, 48, 14])
    ws['A1'] = title; ws['A1'].font = Font(name='Arial', bold=True, size=13)
    ws['A2'] = 'Generated on: 14 November 2019 09:12'; ws['A2'].font = Font(name='Arial', size=8, color='595959')
    ws['A3'] = 'Status Icon key: Completed (blue)  |  In Progress (green)  |  Check Progress (amber)  |  Overdue (red)  |  Not Started (no colour)'
    ws['A3'].font = Font(name='Arial', size=8)
    hdr = ['Code', 'Title', 'Description', 'Managed By', 'Due Date', 'Status Icon', 'Progress Bar', 'Latest Note', 'Latest Note Date']
    xrow(ws, 5, hdr, bold=True, fill='D9D9D9')
    r = 6; expected = []
    for code, gtitle, acts in groups:
        xrow(ws, r, [code, gtitle, None, None, None, None, None, None, None], bold=True, fill='F2F2F2'); r += 1
        for c, t, desc, mb, due, st, pct, note, nd in acts:
            colour, hexc = ICON[st]
            xrow(ws, r, [c, t, desc, mb, due, st, pct / 100, note or None, nd], fills={5: hexc} if hexc else None)
            ws.cell(row=r, column=7).number_format = '0%'
            ws.row_dimensions[r].height = 38
            expected.append(act(c, [gtitle], t, [mb], due.strftime('%Y-%m'), colour))
            r += 1
    ws.freeze_panes = 'A6'
    wb.save(P(name))
    write_expected(P(name + '.expected.yaml'),
        source="""Imitates an Excel export of an action progress report from a performance system of the
        Pentana/Covalent kind, as English councils attach to scrutiny papers for a children's services
        improvement plan. Copied: report title and 'Generated on' stamp, a status key line, the column set
        Code / Title / Description / Managed By / Due Date / Status Icon / Progress Bar / Latest Note / Latest
        Note Date, parent-code rows (CSIP P1) over child actions (CSIP P1.01), owners as 'Surname, Forename',
        real Excel due dates, progress as a percentage. Content invented.""",
        reads="""Ten actions (CSIP P1.01-P3.04) under three priority parent rows. The Title is the action (the
        Description explains its purpose); the owner is Managed By (one person each, written surname first).
        Status is the Status Icon word read by the key at the top: Completed = blue, In Progress = green,
        Check Progress = amber, Overdue = red, Not Started = not rated.""",
        title=title, actions=expected)


# ======================================================================
# H2. 3-level outline + status phrases + comments running into the next row
# ======================================================================
def make_outline_phrases():
    name = 'd-outline-phrases.docx'
    title = 'Improvement Notice Action Plan: Children\'s Social Care'
    ST = {'Complete – evidence on file': 'blue', 'On track': 'green', 'On track (revised date agreed)': 'green',
          'Not yet started': 'unrated', 'Behind plan – recovery actions agreed': 'amber', 'Off track': 'red'}
    plan = [
        ('Priority 1: Strong leadership and governance of children\'s services', [
            ('Outcome 1.1 – The Improvement Board provides effective challenge and oversight', [
                ('1.1.1', 'Appoint an independent chair to the Improvement Board and agree terms of reference with the DfE adviser.', 'Chief Executive', 'Dec 2019', 'Complete – evidence on file', 'Chair appointed 2 December.', []),
                ('1.1.2', 'Produce a monthly performance report for the Board, with commentary from each head of service.', 'Head of Performance / Head of Quality Assurance', 'Jan 2020', 'On track', 'Template agreed; first report January.', []),
            ]),
            ('Outcome 1.2 – Elected members understand the quality of practice', [
                ('1.2.1', 'Run a programme of practice weeks and front-line visits for the Lead Member and Scrutiny members.', 'Director of Children\'s Services', 'Mar 2020 (was Jan 2020)', 'On track (revised date agreed)',
                 'Two practice weeks held in November with the Lead Member and four members of the Children\'s Scrutiny Panel. Further visits were postponed because of the general election period; the Board agreed', ['on 10 December to move the date to March 2020, with sessions booked for 14 and 28 February.']),
            ]),
        ]),
        ('Priority 2: Children at risk of harm are protected', [
            ('Outcome 2.1 – Thresholds are applied consistently at the front door', [
                ('2.1.1', 'Carry out a weekly multi-agency audit of MASH decisions for 12 weeks and act on its findings.', 'AD Safeguarding & QA', 'Feb 2020', 'Behind plan – recovery actions agreed', 'Six audits completed; police attendance inconsistent.', []),
                ('2.1.2', 'Re-launch the threshold guidance with all schools through the designated safeguarding lead network.', 'Education Safeguarding Lead', 'Spring term 2020', 'Not yet started', '', []),
            ]),
            ('Outcome 2.2 – Child protection plans reduce risk without delay', [
                ('2.2.1', 'Introduce a pre-proceedings tracker reviewed fortnightly at legal gateway.', 'Head of Service (Safeguarding) / Head of Legal', 'Q4 2019/20', 'Off track',
                 'Tracker built but legal gateway meetings have been cancelled three times since October owing to', ['locum solicitor changes. Escalated to the Director; weekly meetings reinstated from 6 January.']),
                ('2.2.2', 'All child protection plans to have a contingency plan and measurable outcomes, checked by the conference chair.', 'Child Protection Chairs\' Manager', 'Jan 2020', 'On track', 'Chairs\' checklist in use since November.', []),
            ]),
        ]),
        ('Priority 3: A stable, skilled workforce', [
            ('Outcome 3.1 – Social workers have manageable caseloads', [
                ('3.1.1', 'Reduce average caseloads in the assessment teams to 18 children.', 'Director of Children\'s Services', 'Q1 2020/21', 'On track', 'Average 21 in December.', []),
                ('3.1.2', 'Reduce agency social workers to below 15% of the workforce.', 'Head of HR', 'Sept 2020', 'Not yet started', '', []),
            ]),
        ]),
    ]
    ENDS = {'Dec 2019': ('2019-12', 0), 'Jan 2020': ('2020-01', 0), 'Mar 2020 (was Jan 2020)': ('2020-03', 1),
            'Feb 2020': ('2020-02', 0), 'Spring term 2020': (None, 1), 'Q4 2019/20': ('2020-03', 1),
            'Q1 2020/21': ('2020-06', 1), 'Sept 2020': ('2020-09', 0)}
    doc = new_doc(landscape=True)
    para(doc, 'Lowbridge Metropolitan Borough Council', bold=True, size=11)
    para(doc, title, bold=True, size=17)
    para(doc, 'Issued following the Department for Education Improvement Notice, October 2019. Position at 20 December 2019.', italic=True)
    para(doc, 'Progress is described in words for each action: Complete – evidence on file; On track; Behind plan (amber); Off track (red); Not yet started.', size=9)
    t = new_table(doc, [1.5, 10.5, 4.2, 3.2, 3.6, 3.8])
    header_row(t, ['Ref', 'Action', 'Responsible officer', 'Timescale', 'Progress status', 'Commentary'], fill='833C0B')
    expected = []
    for pri, outs in plan:
        merged_row(t, pri, fill='833C0B', color='FFFFFF', size=10)
        for out, acts in outs:
            # outcome row: not merged; ref cell blank, text in Action column, shaded
            add_row(t, ['', out, '', '', '', ''], bold=True, fill='FBE4D5')
            for ref, a, lead, ts, st, com, cont in acts:
                add_row(t, [ref, a, lead, ts, st, com])
                for c in cont:
                    add_row(t, ['', '', '', '', '', c])
                e, et = ENDS[ts]
                expected.append(act(ref, [pri, out], a, [x.strip() for x in lead.split(' / ')], e, ST[st], ts if et else None))
    doc.save(P(name))
    write_expected(P(name + '.expected.yaml'),
        source="""Imitates a landscape Word action plan written by an English council after a DfE improvement
        notice for children's social care (2019), laid out as priorities, outcomes and numbered actions.
        Copied: priority rows merged across in a dark band, outcome rows shaded but written in the Action
        column only (ref cell blank), three-part refs 1.1.1, progress status written as phrases, revised
        timescales shown with the original in brackets, and commentary that overflows into an extra row
        holding only the commentary cell. Content invented (Lowbridge is fictional).""",
        reads="""Nine actions (1.1.1-3.1.2), each under its priority and outcome. Two rows carry only commentary
        continuing the action above and are not actions. Status phrases: Complete = blue, On track (and On
        track with revised date) = green, Behind plan = amber, Off track = red, Not yet started = not rated.
        Leads written 'A / B' are two posts; 'Spring term 2020' has no end month; Q4 2019/20 = March 2020,
        Q1 2020/21 = June 2020.""",
        title=title, actions=expected)


# ======================================================================
# H3. Refuse: two plan tables with different columns, contradicting each other
# ======================================================================
def make_two_tables():
    name = 'd-two-tables-refuse.docx'
    title = 'Children\'s Services Improvement Plan 2020'
    doc = new_doc(landscape=True)
    para(doc, 'Dunmore District Council', bold=True, size=11)
    para(doc, title, bold=True, size=17)
    t = new_table(doc, [4, 6, 4, 6])
    header_row(t, ['Version', 'Date', 'Author', 'Change'], fill='404040')
    add_row(t, ['0.3', '14/01/2020', 'Improvement Manager', 'Draft for DMT'])
    add_row(t, ['0.4', '03/02/2020', 'Improvement Manager', 'Comments from Improvement Board'])
    add_row(t, ['1.0', '24/02/2020', 'Director of Children\'s Services', 'Agreed for submission to Ofsted'])
    para(doc, '')
    para(doc, 'Section 4: Improvement actions', bold=True, size=13)
    t = new_table(doc, [1.4, 12, 4.6, 3, 2])
    header_row(t, ['Ref', 'Action', 'Lead', 'Date', 'RAG'])
    rows1 = [
        ('1.1', 'Introduce a daily MASH triage meeting with police and health.', 'Head of MASH', 'Mar 2020', 'Green'),
        ('1.2', 'Audit strategy discussions monthly.', 'QA Manager', 'Apr 2020', 'Green'),
        ('1.3', 'Reduce caseloads in assessment teams to 20.', 'Head of Assessment', 'Jun 2020', 'Amber'),
        ('2.1', 'Track permanence for every child in care at the second review.', 'Head of Children in Care', 'May 2020', 'Green'),
        ('2.2', 'Improve PEP quality through termly Virtual School audits.', 'Virtual School Head', 'Jul 2020', 'Amber'),
        ('3.1', 'Refresh the supervision policy.', 'Principal Social Worker', 'Feb 2020', 'Blue'),
        ('3.2', 'Launch a quality assurance framework with monthly themed audits.', 'Head of QA', 'Mar 2020', 'Green'),
    ]
    for r in rows1:
        add_row(t, list(r), fills={4: FILL[r[4].lower()]})
    para(doc, '')
    para(doc, 'Section 5: Action plan', bold=True, size=13)
    t = new_table(doc, [6, 8, 4, 3, 4])
    header_row(t, ['Ofsted recommendation', 'What we will do', 'Owner', 'Timescale', 'Progress'])
    rows2 = [
        ('Strategy discussions', 'Police and health to attend every strategy discussion; audit quarterly.', 'AD Safeguarding', 'June 2020', 'Not started'),
        ('Strategy discussions', 'Daily MASH triage with all partners.', 'Head of MASH', 'September 2020', 'In progress'),
        ('Permanence', 'Permanence planning meeting for every child at the second review.', 'Head of Children in Care', 'December 2020', 'In progress'),
        ('Education of children in care', 'PEP audits each term.', 'Virtual School Head', 'July 2020', 'In progress'),
        ('Supervision', 'New supervision policy and template.', 'Principal Social Worker', 'April 2020', 'Not started'),
        ('Workforce', 'Recruitment and retention strategy for social workers.', 'Head of HR', 'March 2021', 'Not started'),
    ]
    for r in rows2:
        add_row(t, list(r))
    doc.save(P(name))
    # tables: doc control rows 1-4; section 4 rows 5-12 (header 5, 7 actions 6-12); section 5 header row 13
    write_expected(P(name + '.expected.yaml'),
        source="""Imitates a draft English children's services improvement plan in Word where two versions of the
        action table survived in one document (a common state of working drafts). Copied: version-control
        table, then 'Section 4: Improvement actions' (Ref, Action, Lead, Date, RAG) and 'Section 5: Action
        plan' (Ofsted recommendation, What we will do, Owner, Timescale, Progress). Content invented.""",
        reads="""Two action tables with different columns cover the same ground but disagree: the MASH triage
        action is due Mar 2020 and Green in Section 4 but September 2020 and 'In progress' in Section 5; the
        supervision policy is Blue (complete) in one and 'Not started' in the other. It is unclear which
        table is the plan (or whether both are), so a careful person stops and asks. Table rows counted
        across the document: version table 1-4, Section 4 table 5-12, Section 5 header row 13.""",
        outcome='refuse', refuse_at=13, title=title)


# ======================================================================
# H4. Partnership workbook, one sheet per theme, hidden row, Summary sheet, "Yellow"
# ======================================================================
def make_theme_partners():
    name = 'd-theme-sheets-partners.xlsx'
    title = 'Safeguarding Children Partnership – JTAI Improvement Plan'
    RAG = {'Green': 'green', 'Yellow': 'amber', 'Red': 'red', 'Complete': 'blue', '': 'unrated'}
    themes = [
        ('Theme 1', 'Theme 1: Recognising and responding to neglect', [
            ('N1', 'Adopt the Graded Care Profile 2 as the single neglect assessment tool across all agencies.', 'All partners', 'Head of Early Help', D(2020, 3, 31), 'Green', False),
            ('N2', 'Train 300 practitioners in GCP2, including health visitors, school nurses and DSLs.', 'Health / Education', 'Designated Nurse for Safeguarding', D(2020, 6, 30), 'Yellow', False),
            ('N2a', 'Buy GCP2 licences for the police.', 'Police', 'DI Bell', D(2020, 1, 31), 'Red', True),   # hidden row (withdrawn)
            ('N3', 'Include neglect as a standing theme in the partnership\'s multi-agency audit programme.', 'Safeguarding Partnership', 'Partnership Business Manager', 'Q3 2020/21', '', False),
        ]),
        ('Theme 2', 'Theme 2: Information sharing at the front door', [
            ('F1', 'Co-locate a police public protection officer in the MASH five days a week.', 'Police', 'Detective Chief Inspector, Public Protection', D(2020, 2, 28), 'Complete', False),
            ('F2', 'Add GP practices to the MASH information-sharing agreement.', 'CCG', 'Named GP for Safeguarding', D(2020, 4, 30), 'Yellow', False),
            ('F3', 'Introduce a joint health and social care screening of domestic abuse notifications within 24 hours.', 'Police / Children\'s Social Care', 'AD Safeguarding & QA', D(2020, 5, 29), 'Green', False),
        ]),
        ('Theme 3', 'Theme 3: Leadership and learning', [
            ('L1', 'Publish a partnership learning and improvement framework and a 7-minute briefing after every review.', 'Safeguarding Partnership', 'Partnership Business Manager', D(2020, 1, 31), 'Complete', False),
            ('L2', 'Hold a quarterly executive challenge session on the JTAI findings with the three statutory partners.', 'All partners', 'Independent Scrutineer', 'Quarterly', 'Green', False),
            ('L3', 'Report progress against this plan to the Health and Wellbeing Board.', 'Local authority', 'Director of Children\'s Services', 'Q4 2019/20', 'Green', False),
        ]),
    ]
    QE = {'Q3 2020/21': '2020-12', 'Q4 2019/20': '2020-03'}
    wb = Workbook(); ws = wb.active; ws.title = 'Cover'
    widths(ws, [3, 26, 70])
    ws['B2'] = title; ws['B2'].font = Font(name='Arial', bold=True, size=15)
    ws['B3'] = 'Joint targeted area inspection: the multi-agency response to children living with neglect (November 2019)'
    ws['B3'].font = Font(name='Arial', italic=True, size=10)
    for i, (k, v) in enumerate([('Owner', 'Safeguarding Children Partnership Executive'), ('Status at', '31 January 2020'),
                                ('Structure', 'One tab per theme. Summary tab counts actions by RAG.'),
                                ('RAG', 'Complete / Green = on track / Yellow = some slippage / Red = off track')]):
        xrow(ws, 5 + i, [None, k, v], fills={1: GREY})
    expected = []
    counts = {}
    for tab, heading, acts in themes:
        s = wb.create_sheet(tab)
        widths(s, [6, 56, 22, 32, 13, 10, 36])
        s['A1'] = heading; s['A1'].font = Font(name='Arial', bold=True, size=13)
        xrow(s, 3, ['Ref', 'Action', 'Partner agency', 'Accountable lead', 'Target', 'RAG', 'Update'], bold=True, fill='2F5597', color='FFFFFF')
        r = 4
        for ref, a, ag, lead, tgt, rag, hidden in acts:
            fill = {'Green': FILL['green'], 'Yellow': 'FFFF00', 'Red': FILL['red'], 'Complete': FILL['blue']}.get(rag)
            xrow(s, r, [ref, a, ag, lead, tgt, rag or None, 'Withdrawn – covered by N2' if hidden else None],
                 fills={5: fill} if fill else None)
            s.row_dimensions[r].height = 30
            if hidden:
                s.row_dimensions[r].hidden = True
            else:
                if isinstance(tgt, dt.datetime):
                    e, et = tgt.strftime('%Y-%m'), None
                elif tgt in QE:
                    e, et = QE[tgt], tgt
                else:
                    e, et = None, tgt
                expected.append(act(ref, [heading], a, [lead], e, RAG[rag], et))
                counts[rag or 'Not rated'] = counts.get(rag or 'Not rated', 0) + 1
            r += 1
    sm = wb.create_sheet('Summary')
    widths(sm, [20, 10])
    xrow(sm, 1, ['RAG', 'Actions'], bold=True, fill=GREY)
    for i, k in enumerate(['Complete', 'Green', 'Yellow', 'Red', 'Not rated']):
        xrow(sm, 2 + i, [k, counts.get(k, 0)])
    xrow(sm, 7, ['Total', sum(counts.values())], bold=True)
    wb.save(P(name))
    write_expected(P(name + '.expected.yaml'),
        source="""Imitates a local safeguarding children partnership's improvement plan after a joint targeted
        area inspection (neglect), kept as an Excel workbook with one tab per theme. Copied: a Cover tab
        with owner, date and RAG definitions; identical theme tabs (Ref, Action, Partner agency,
        Accountable lead, Target, RAG, Update) with the theme as a heading in A1; a withdrawn action left on
        a hidden row; 'Yellow' used for amber; a Summary tab counting actions by RAG. Content invented.""",
        reads="""Nine actions (N1-N3, F1-F3, L1-L3) across three theme tabs read as one plan, each under its
        theme heading. The hidden withdrawn row (N2a) is not seen and is not an action; the Cover and
        Summary tabs are not actions. The lead is the Accountable lead, not the partner agency; Yellow =
        amber, Complete = blue; 'Quarterly' has no end month.""",
        title=title, actions=expected)


if __name__ == '__main__':
    import datetime as dt
    make_pentana(); make_outline_phrases(); make_two_tables(); make_theme_partners()
    print('ok')
