"""Generator for the bb1- cases of heldout88 (blind corpus)."""
import os, datetime as dt
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------- 1. GCU ELIR (docx)
def gcu():
    doc = Document(); landscape(doc)
    p = doc.add_paragraph(); r = p.add_run('Glasgow Caledonian University'); r.bold = True
    doc.add_heading('Enhancement-led Institutional Review (ELIR) 2020: Action Plan', level=0)
    doc.add_paragraph(
        "This action plan sets out the University's response to the recommendations in the QAA Scotland "
        "Enhancement-led Institutional Review Outcome and Technical Reports (Review Visit 16-20 November 2020). "
        "It is monitored by the University Learning and Teaching Sub-Committee (ULTSC) and progress is reported "
        "to Senate. This version reports progress at June 2022 and will inform the ELIR Year-on Response.")
    dc = doc.add_table(rows=0, cols=2); dc.style = 'Table Grid'
    for k, v in [('Version', '4.0'), ('Owner', 'Department of Academic Quality and Development'),
                 ('Approved by', 'University Senate, 8 June 2022'), ('Next review', 'December 2022')]:
        cs = dc.add_row().cells; cs[0].text = k; cs[1].text = v
        cs[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    doc.add_heading('Action Plan', level=2)
    hdr = ['Ref', 'ELIR Recommendation', 'Action', 'Lead', 'Target Date', 'Progress (June 2022)', 'Status']
    t = doc.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h; shade(t.rows[0].cells[i], '4B2E83')
        t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    bold_row(t.rows[0])
    fills = {'Complete': '9DC3E6', 'On track': 'A9D08E', 'Amber': 'FFD966', 'Red': 'FF7C80', 'Not started': 'FFFFFF'}
    plan = [
        ('Section 2: Enhancing the student learning experience', [
            ('Recommendation 1: The University should ensure that its policy on the timeliness of feedback on '
             'assessment is applied consistently across all schools, and should monitor compliance.', [
                ('1.1', 'Revise the Assessment and Feedback Policy to restate the 15 working day turnaround and publish it in all module handbooks.',
                 'Head of Academic Quality', 'September 2021',
                 'Revised policy approved by ULTSC in August 2021 and included in all 2021/22 module handbooks.', 'Complete'),
                ('1.2', 'Introduce school-level reporting of feedback turnaround to School Boards each trimester.',
                 'Associate Deans (Learning and Teaching)', '31/12/2021',
                 'Reports received from all three schools from trimester A. Compliance figures now included in the APA template.', 'Complete'),
            ]),
            ('Recommendation 2: The University should evaluate the effectiveness of its revised personal tutoring model, '
             'ensuring that students on all programmes, including part-time and online learners, have equitable access.', [
                ('2.1', "Undertake an evaluation of the personal tutoring model, drawing on student survey data and focus groups run with GCU Students' Association.",
                 "Director of Student Wellbeing / President, GCU Students' Association", 'June 2022',
                 'Survey completed (1,204 responses) and focus groups held in March 2022. Draft evaluation report to ULTSC on 22 June.', 'On track'),
                ('2.2', 'Extend personal tutor allocation to online distance learning and part-time students, with an agreed minimum of two contacts per trimester.',
                 'Associate Deans (Learning and Teaching)', 'Ongoing',
                 'Allocation in place for ODL students from January 2022. The minimum contact standard for part-time students is yet to be agreed with schools.', 'Amber'),
            ]),
        ]),
        ('Section 4: Academic standards and quality processes', [
            ('Recommendation 3: The University should make more effective use of annual programme monitoring at '
             'institutional level so that common themes are identified and acted on consistently.', [
                ('3.1', 'Redesign the Annual Programme Analysis (APA) template to include a structured section on actions arising, with owners and dates.',
                 'Head of Academic Quality', 'August 2021',
                 'New template used for all 2020/21 APA returns.', 'Complete'),
                ('3.2', 'Produce an annual institutional overview of programme monitoring for Senate, identifying cross-university themes.',
                 'Vice-Principal (Academic)', 'November 2022',
                 'First overview report being drafted from 2020/21 APA returns; scheduled for Senate in November 2022.', 'On track'),
            ]),
            ('Recommendation 4: The University should ensure that student representatives are fully involved in '
             'periodic programme review and are supported to contribute.', [
                ('4.1', 'Include a trained student reviewer on every Periodic Programme Review panel from 2021/22.',
                 "Head of Academic Quality / Students' Association Vice-President Education", 'September 2021',
                 'Eleven student reviewers trained; a student reviewer has sat on all six PPR panels held in 2021/22.', 'Complete'),
            ]),
        ]),
        ('Section 5: Collaborative provision', [
            ('Recommendation 5: The University should review its oversight of international partnerships, including '
             'the approval and monitoring of partner teaching staff.', [
                ('5.1', 'Complete a review of the Collaborative Provision Handbook, including the process for approving partner teaching staff.',
                 'Head of Academic Partnerships', 'March 2022',
                 'Review delayed by the pause in overseas partner visits. Revised handbook now going to ULTSC in September 2022.', 'Red'),
                ('5.2', 'Introduce an annual partnership health-check report to the Academic Policy Committee.',
                 'Head of Academic Partnerships', 'December 2022', '', 'Not started'),
            ]),
        ]),
    ]
    for sec, recs in plan:
        row = t.add_row(); m = row.cells[0].merge(row.cells[6]); m.text = sec
        m.paragraphs[0].runs[0].bold = True; shade(m, 'D9D2E9')
        for rec, acts in recs:
            rows = [t.add_row() for _ in acts]
            for row, (ref, act, lead, date, prog, st) in zip(rows, acts):
                c = row.cells
                c[0].text = ref; c[2].text = act; c[3].text = lead; c[4].text = date; c[5].text = prog; c[6].text = st
                shade(c[6], fills[st])
            top = rows[0].cells[1]
            if len(rows) > 1:
                top = top.merge(rows[-1].cells[1])
            top.text = rec
    doc.add_paragraph()
    doc.add_paragraph('Status: Complete – action delivered; On track – progressing to target date; '
                      'Amber – some slippage; Red – target date missed; Not started.')
    doc.save(os.path.join(OUT, 'bb1-glasgow-caledonian-university-qaa-elir-action-plan.docx'))


# ---------------------------------------------------------------- 2. Boston BC CPC (docx)
def boston():
    doc = Document(); landscape(doc)
    doc.add_heading('Boston Borough Council – Corporate Peer Challenge Action Plan', level=0)
    p = doc.add_paragraph(); p.add_run('LGA Corporate Peer Challenge, 7–10 November 2023 – progress update for the '
                                       'Progress Review, September 2024').italic = True
    doc.add_paragraph('The peer team presented its feedback report in December 2023. The Council accepted all of the '
                      'recommendations and this action plan was agreed by Cabinet on 31 January 2024. Progress is '
                      'reported to Cabinet and the Corporate and Community Scrutiny Committee every quarter.')
    hdr = ['No.', 'Actions', 'Lead', 'Timescale', 'Progress update', 'RAG']
    t = doc.add_table(rows=1, cols=6); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h; shade(t.rows[0].cells[i], 'BDD7EE')
    bold_row(t.rows[0])
    G, A, R = '00B050', 'FFC000', 'FF0000'
    recs = [
        ('Recommendation 1 – Set out a clear, shared vision for Boston within the South & East Lincolnshire '
         'Councils Partnership, and communicate it to residents, staff and partners', [
            ('1.1', "Refresh the Corporate Plan 2024–2028 with members, setting out Boston's priorities alongside those of the Partnership.",
             'Leader of the Council / Chief Executive', 'March 2024', 'Corporate Plan adopted at Full Council on 26 February 2024.', G),
            ('1.2', "Launch a communications campaign on the new priorities, including a residents' newsletter and staff briefings.",
             'Head of Communications', 'April – July 2024',
             'Newsletter delivered to all households in June. Staff roadshows completed in July.', G)]),
        ('Recommendation 2 – Strengthen member–officer relationships and clarify roles following the May 2023 elections', [
            ('2.1', "Deliver a programme of member development on roles and responsibilities, the Members' Code of Conduct and the Member/Officer Protocol.",
             'Monitoring Officer', 'Q3 2024/25',
             'Three of five sessions delivered, with attendance averaging 70% of members. The remaining sessions are booked for October and November.', A),
            ('2.2', 'Review and re-adopt the Member/Officer Protocol.', 'Monitoring Officer', '30/09/2024',
             'Revised protocol considered by Audit and Governance Committee on 16 September 2024; goes to Full Council in October.', A)]),
        ('Recommendation 3 – Develop a medium-term financial strategy that closes the budget gap from 2025/26 onwards', [
            ('3.1', 'Prepare a refreshed Medium Term Financial Strategy with a savings and income programme to close the projected gap.',
             'Assistant Director – Finance (S151 Officer)', 'December 2024',
             'Savings proposals of £1.1m identified; a further £0.6m is still to be found. Draft MTFS to Cabinet in December.', A)]),
        ('Recommendation 4 – Give greater priority to the capacity and wellbeing of the workforce', [
            ('4.1', 'Carry out a staff survey and agree an action plan with the trade unions in response to its results.',
             'Head of HR & OD', 'June 2024', 'Response rate 58%. Action plan agreed with UNISON in July 2024.', G),
            ('4.2', 'Introduce a leadership development programme for third-tier managers.', 'Head of HR & OD', 'Ongoing',
             'Provider not yet appointed. Procurement will begin once the 2025/26 budget is set.', R)]),
        ('Recommendation 5 – Make sure the town centre regeneration programme is resourced to deliver on time', [
            ('5.1', 'Review programme management capacity for the Town Deal and Levelling Up Partnership and appoint a dedicated programme manager.',
             'Deputy Chief Executive (Growth)', 'March 2025',
             'Post advertised twice without success; interim cover arranged through the Partnership.', R),
            ('5.2', 'Report progress on each Town Deal project to the Town Deal Board and to Cabinet.',
             'Deputy Chief Executive (Growth)', 'Quarterly', 'To start from Q3 once the programme manager is in post.', None)]),
    ]
    for rec, acts in recs:
        row = t.add_row(); m = row.cells[0].merge(row.cells[5]); m.text = rec
        m.paragraphs[0].runs[0].bold = True; shade(m, 'DEEAF6')
        for ref, act, lead, ts, prog, rag in acts:
            c = t.add_row().cells
            c[0].text = ref; c[1].text = act; c[2].text = lead; c[3].text = ts; c[4].text = prog
            if rag:
                shade(c[5], rag)
    doc.add_paragraph()
    doc.add_paragraph('RAG key:  Green – action complete;  Amber – in progress / on target;  '
                      'Red – not started or behind schedule')
    doc.save(os.path.join(OUT, 'bb1-boston-bc-corporate-peer-challenge-action-plan.docx'))


# ---------------------------------------------------------------- xlsx helpers
thin = Side(style='thin', color='999999')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')


def fill(hexcol):
    return PatternFill('solid', start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------- 3. NIFRS (xlsx)
def nifrs():
    wb = Workbook(); ws = wb.active; ws.title = 'Action Plan'
    ws['A1'] = 'Northern Ireland Fire & Rescue Service'; ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Independent Inspection of NIFRS by HM Fire Service Inspectorate (Scotland) – Recommendations Action Plan'
    ws['A2'].font = Font(bold=True, size=12)
    ws['A3'] = 'Progress position at 31 March 2025 – for NIFRS Board, 24 April 2025'; ws['A3'].font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    hdr = ['HMFSI Recommendation', 'Ref', 'Action', 'Responsible Officer', 'Target Date', 'Revised Target Date',
           'Progress Update', 'RAG']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True, color='FFFFFF'); c.fill = fill('C00000')
        c.alignment = WRAP; c.border = BOX
    RAGF = {'B': '5B9BD5', 'G': '00B050', 'A': 'FFC000', 'R': 'FF0000'}
    recs = [
        ('Recommendation 1: The Department of Health and NIFRS should agree a Framework Document setting out '
         'governance, accountability and Ministerial priorities for the Service.', [
            ('1.1', 'Work with the DoH sponsor branch to draft and agree the NIFRS Framework Document.',
             'Director of Corporate Services', D(2024, 3, 31), D(2024, 9, 30),
             'Draft agreed with DoH sponsor branch in August 2024 and approved by the Board in September 2024.', 'B'),
            ('1.2', 'Develop an annual Board-approved business plan aligned to the Framework Document priorities.',
             'Director of Corporate Services', D(2025, 3, 31), None,
             '2025/26 Annual Business Plan approved by the Board on 27 March 2025.', 'B')]),
        ('Recommendation 2: NIFRS should reduce the number of temporary promotions within the flexi-duty officer '
         'cadre and establish stable leadership at all levels.', [
            ('2.1', 'Run substantive promotion processes for Group Commander and Area Commander roles.',
             'Head of Human Resources', D(2024, 12, 31), D(2025, 6, 30),
             'Group Commander process complete, with 14 substantive appointments made. The Area Commander process opened in February 2025.', 'A'),
            ('2.2', 'Introduce a five-year workforce plan for flexi-duty officers that forecasts retirements and development needs.',
             'Head of Human Resources / Head of Organisational Development', D(2025, 6, 30), None,
             'Data gathering complete. Draft plan being tested with the Executive Leadership Team.', 'G')]),
        ('Recommendation 3: NIFRS should invest in management information systems to support performance '
         'management and decision making.', [
            ('3.1', 'Complete a business case for replacement management information systems.',
             'Head of ICT', D(2024, 10, 31), None,
             'Outline business case submitted to DoH in October 2024; approval still awaited.', 'A'),
            ('3.2', 'Introduce a monthly performance dashboard for the Executive Leadership Team and Board.',
             'Head of Performance & Planning', D(2024, 6, 30), None,
             'Dashboard live since June 2024 and reported to each Board meeting.', 'B')]),
        ('Recommendation 4: NIFRS should review its training strategy and ensure all operational personnel have '
         'access to realistic training facilities.', [
            ('4.1', 'Complete construction of the Northern Ireland Fire & Rescue Service Learning & Development College at Desertcreat, Cookstown.',
             'Assistant Chief Fire & Rescue Officer (Operations)', D(2026, 3, 31), None,
             'Construction on programme. Building handover expected early in 2026.', 'G'),
            ('4.2', 'Review the maintenance of competence framework for wholetime and on-call firefighters.',
             'Head of Learning & Development', D(2025, 3, 31), None,
             'Review not yet started; awaiting appointment of the Head of Learning & Development.', 'R')]),
    ]
    r = 6
    for rec, acts in recs:
        first = r
        for ref, act, lead, tgt, rev, prog, rag in acts:
            vals = [None, ref, act, lead, tgt, rev, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP; c.border = BOX
            for col in (5, 6):
                ws.cell(row=r, column=col).number_format = 'mmm-yy'
            rc = ws.cell(row=r, column=8); rc.fill = fill(RAGF[rag]); rc.font = Font(bold=True)
            rc.alignment = Alignment(horizontal='center', vertical='top')
            r += 1
        ws.cell(row=first, column=1, value=rec)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value='RAG status key').font = Font(bold=True); r += 1
    for k, txt in [('B', 'Complete'), ('G', 'On track'), ('A', 'Some slippage / at risk'),
                   ('R', 'Significantly off track / not started')]:
        c = ws.cell(row=r, column=1, value=f'{k} – {txt}'); c.fill = fill(RAGF[k]); r += 1
    for col, w in zip('ABCDEFGH', [48, 7, 50, 30, 12, 12, 55, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = 'A6'
    wb.save(os.path.join(OUT, 'bb1-nifrs-hmfsi-inspection-recommendations-action-plan.xlsx'))


# ---------------------------------------------------------------- 4. YAS CQC QIP (xlsx, typo month)
def yas():
    wb = Workbook(); ws = wb.active; ws.title = 'QIP'
    ws['A1'] = 'Yorkshire Ambulance Service NHS Trust'; ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'CQC Inspection January/February 2015 – Quality Improvement Plan (Must Do and Should Do actions)'
    ws['A2'].font = Font(bold=True, size=12)
    ws['A3'] = 'Update for Quality Committee – July 2015'; ws['A3'].font = Font(italic=True)
    hdr = ['Ref', 'Must / Should', 'CQC Finding / Requirement', 'Action', 'Lead', 'Completion Date', 'Progress', 'RAG']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True, color='FFFFFF'); c.fill = fill('005EB8')
        c.alignment = WRAP; c.border = BOX
    RAGF = {'Complete': '5B9BD5', 'Green': '92D050', 'Amber': 'FFC000', 'Red': 'FF0000'}
    rows = [
        ('Emergency Operations Centre (EOC)',),
        ('EOC1', 'Must', 'The trust must ensure there are sufficient numbers of suitably qualified staff in the EOC to answer and triage calls in a timely way.',
         'Recruit to the establishment of emergency medical dispatchers and introduce a rolling induction programme.',
         'Associate Director of Operations (EOC)', D(2015, 6, 30), 'Establishment reached in June 2015; 24 new EMDs completed induction.', 'Complete'),
        ('EOC2', None, None,
         'Introduce a clinical hub in the EOC so that lower-acuity calls receive clinical telephone assessment.',
         'Associate Director of Operations (EOC) / Clinical Hub Manager', D(2015, 12, 31),
         'Clinical hub running 12 hours a day at Wakefield; extension to 24/7 depends on paramedic recruitment.', 'Green'),
        ('Urgent and Emergency Care (A&E Operations)',),
        ('AE1', 'Must', 'The trust must ensure that all vehicles and equipment are clean and that infection control audits are carried out.',
         'Implement a make-ready vehicle cleaning schedule at all hub stations and monthly IPC audits, reported to the Quality Committee.',
         'Head of Safety / IPC Lead', D(2015, 7, 31), 'Make-ready in place at five hubs; IPC audit compliance 94% in June.', 'Complete'),
        ('AE2', 'Should', 'The trust should ensure all staff receive an annual appraisal.',
         'Roll out the revised appraisal process with protected time for frontline staff.',
         'Director of Workforce & OD', D(2016, 3, 31), 'Appraisal rate 61% against a target of 90%. Protected time agreed for Q3.', 'Amber'),
        ('AE3', 'Should', 'The trust should ensure that complaints are responded to within the trust’s 25 working day target.',
         'Clear the complaints backlog and introduce weekly complaints tracking at the Clinical Governance Group.',
         'Head of Patient Relations', 'Septmber 2015',
         'Backlog reduced from 160 to 72 cases; two temporary investigating officers appointed.', 'Amber'),
        ('Patient Transport Service (PTS)',),
        ('PTS1', 'Should', 'The trust should improve the timeliness of patient transport for renal and oncology patients.',
         'Introduce dedicated renal vehicles on the Leeds and Hull contracts and monitor arrival times weekly.',
         'Head of PTS', D(2015, 10, 31), 'Dedicated renal vehicles in place in Leeds; Hull to follow in October.', 'Green'),
        ('Resilience and Special Services (HART)',),
        ('HART1', 'Must', 'The trust must ensure that HART equipment, including breathing apparatus, is checked, in date and ready for use.',
         'Introduce a daily equipment checking log with sign-off by the HART team leader on each shift.',
         'Head of Resilience & Special Services', D(2015, 4, 30), 'Daily log in place since April 2015; checked at weekly manager audits.', 'Complete'),
        ('HART2', None, None, 'Carry out a monthly audit of expiry dates on all HART equipment and report exceptions to the Resilience Group.',
         'HART Manager', 'Monthly', 'Audits completed for April, May and June with no expired items found.', 'Green'),
    ]
    r = 6
    for row in rows:
        if len(row) == 1:
            c = ws.cell(row=r, column=1, value=row[0]); c.font = Font(bold=True); c.fill = fill('DDEBF7')
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP; c.border = BOX
            ws.cell(row=r, column=6).number_format = 'mmm-yy'
            ws.cell(row=r, column=8).fill = fill(RAGF[row[7]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value='Key: Complete = action complete and evidence held; Green = on track; '
                                   'Amber = at risk of slippage; Red = off track')
    for col, w in zip('ABCDEFGH', [8, 10, 50, 50, 32, 14, 50, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = 'A6'
    wb.save(os.path.join(OUT, 'bb1-yorkshire-ambulance-cqc-must-should-do-quality-improvement-plan.xlsx'))


# ---------------------------------------------------------------- 5. HEIW Audit Wales tracker (xlsx)
def heiw():
    wb = Workbook(); ws = wb.active; ws.title = 'Tracker'
    ws['A1'] = 'Health Education and Improvement Wales (HEIW)'; ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Audit and Assurance Committee – Audit Wales Recommendations Tracker'; ws['A2'].font = Font(bold=True, size=12)
    ws['A3'] = 'Position as at 30 September 2024'
    hdr = ['Rec No.', 'Recommendation', 'Management Response / Action', 'Lead Officer', 'Original Completion Date',
           'Revised Completion Date', 'Update September 2024', 'Previous RAG', 'Current RAG']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.fill = fill('D9E1F2')
        c.alignment = WRAP; c.border = BOX
    RAGF = {'Complete': '8EA9DB', 'Green': '70AD47', 'Amber': 'FFC000', 'Red': 'FF0000'}
    data = [
        ('Structured Assessment 2023 (report issued January 2024)', [
            ('SA23 R1', 'HEIW should update its Standing Orders and Scheme of Delegation to reflect the revised committee structure.',
             'Standing Orders and Scheme of Delegation to be reviewed and presented to the Audit and Assurance Committee and Board for approval.',
             'Board Secretary', D(2024, 3, 31), None, 'Approved by the Board on 28 March 2024.', 'Amber', 'Complete'),
            ('SA23 R2', 'HEIW should strengthen its reporting of progress against the IMTP to the Board, with clear milestones and RAG ratings.',
             'Introduce a quarterly IMTP delivery report to Board showing milestone progress against each strategic aim.',
             'Director of Planning, Performance & Corporate Services', D(2024, 6, 30), D(2024, 12, 31),
             'Q1 report presented to Board in July in the new format. Milestone RAG definitions are still being agreed with the Executive Team.', 'Green', 'Amber'),
            ('SA23 R3', 'HEIW should ensure that its medium-term financial plan sets out the savings required and the risks to delivery.',
             'Develop a three-year financial plan aligned to the IMTP, with a savings plan and risk assessment.',
             'Director of Finance', D(2025, 3, 31), None,
             'Financial plan framework agreed; savings schemes being worked up with directorates for 2025/26.', 'Green', 'Green')]),
        ('Review of Workforce Planning Arrangements (report issued May 2023)', [
            ('WP23 R1', 'HEIW should work with NHS bodies to agree a consistent minimum dataset for workforce planning submissions.',
             'Agree and publish a minimum workforce dataset with NHS Wales organisations through the Workforce Planning Network.',
             'Director of Workforce & OD / Head of Workforce Intelligence', D(2023, 12, 31), D(2024, 9, 30),
             'Dataset agreed by the Workforce Planning Network in August 2024 and issued to all organisations.', 'Amber', 'Complete'),
            ('WP23 R2', 'HEIW should evaluate the impact of its national workforce plans on the supply of staff.',
             'Commission an evaluation of the National Nursing Workforce Plan and report the findings to the Education, Commissioning and Quality Committee.',
             'Director of Nursing', D(2025, 3, 31), None,
             'Evaluation specification drafted but tender not yet issued. Unlikely to report by March 2025.', 'Green', 'Red')]),
        ('Review of Cyber Resilience (report issued February 2024)', [
            ('CR24 R1', 'HEIW should test its cyber incident response and business continuity arrangements.',
             'Run a tabletop cyber incident exercise with the Executive Team and update business continuity plans with the lessons learned.',
             'Head of Digital', D(2024, 10, 31), None,
             'Exercise scheduled for 15 October 2024 with the NHS Wales Cyber Resilience Unit.', 'Green', 'Green')]),
    ]
    r = 6
    for rep, recs in data:
        c = ws.cell(row=r, column=1, value=rep); c.font = Font(bold=True); c.fill = fill('F2F2F2')
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9); r += 1
        for rec in recs:
            for i, v in enumerate(rec, 1):
                c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP; c.border = BOX
            for col in (5, 6):
                ws.cell(row=r, column=col).number_format = 'dd/mm/yyyy'
            ws.cell(row=r, column=8).fill = fill(RAGF[rec[7]])
            ws.cell(row=r, column=9).fill = fill(RAGF[rec[8]])
            r += 1
        r += 1  # blank row between reports
    for col, w in zip('ABCDEFGHI', [10, 45, 50, 30, 13, 13, 50, 10, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = 'C6'
    wb.save(os.path.join(OUT, 'bb1-heiw-audit-wales-recommendations-tracker.xlsx'))


# ---------------------------------------------------------------- 6. SCRA internal audit (csv)
def scra():
    import csv
    rows = [
        ["Scottish Children's Reporter Administration"] + [''] * 9,
        ['Internal Audit Recommendations – Follow-up Status Report to Audit and Risk Committee, 20 November 2024'] + [''] * 9,
        [''] * 10,
        ['Audit Report', 'Rec Ref', 'Priority', 'Recommendation', 'Agreed Management Action', 'Action Owner',
         'Due Date', 'Revised Due Date', 'Status (RAG)', 'Update'],
        ['Payroll and Expenses (2024/25)', 'PAY-01', 'Priority 2',
         'Management should ensure that all expense claims over £250 are authorised by a second budget holder before payment.',
         'The expenses procedure will be updated to require second authorisation for claims over £250, and the finance system workflow amended accordingly.',
         'Head of Finance', '31/10/2024', '', 'Complete', 'Procedure updated and workflow change live from 7 October 2024.'],
        ['Payroll and Expenses (2024/25)', 'PAY-02', 'Priority 3',
         'Leavers should be removed from the payroll system promptly, with evidence of the check retained.',
         'HR will issue a monthly leavers report to Payroll, and Payroll will confirm removal within five working days.',
         'Head of HR & OD / Payroll Manager', '30/09/2024', '31/12/2024', 'Amber',
         'Monthly report in place from September. The confirmation step is not yet consistently recorded; spot check planned for December.'],
        ['Cyber Security (2023/24)', 'CYB-01', 'Priority 1',
         'SCRA should complete the migration of its remaining unsupported server operating systems.',
         'Complete the migration of the remaining four legacy servers to supported platforms.',
         'Head of Digital Services', '31/03/2024', '31/01/2025', 'Amber',
         'Two of four servers migrated. The case management database server is scheduled for January 2025.'],
        ['Cyber Security (2023/24)', 'CYB-02', 'Priority 2',
         'Staff awareness of phishing should be tested regularly and the results reported.',
         'Run phishing simulations for all staff and report results to the Digital Governance Group.',
         'Information Security Manager', 'Quarterly', '', 'Green',
         'Q2 simulation completed; click rate 6%, down from 11% in Q1.'],
        ['Cyber Security (2023/24)', 'CYB-03', 'Priority 2',
         'Privileged accounts should be subject to additional controls and regular review.',
         'Implement privileged access management for all administrator accounts, with a six-monthly access review.',
         'Head of Digital Services', '30/06/2025', '', 'Green', 'Solution procured; implementation starts in January.'],
        ['Case Management and Decision Recording (2024/25)', 'CM-01', 'Priority 2',
         'Reporters should record the reasons for decisions in the case management system in all cases.',
         'Issue revised guidance to Locality Reporter Managers on recording decision reasons, and sample-check 20 cases per locality each quarter.',
         'Head of Practice and Policy', '28/02/2025', '', 'Not started', ''],
        ['Case Management and Decision Recording (2024/25)', 'CM-02', 'Priority 3',
         'Compliance with decision recording standards should be reported to senior management.',
         'Include decision recording compliance in the quarterly locality performance report.',
         'Performance and Improvement Manager', '31/12/2024', '', 'Red',
         'Report template agreed, but no data yet available because of a fault in CMS reporting.'],
        [''] * 10,
        ['Summary: 7 recommendations – 1 complete, 2 green, 2 amber, 1 red, 1 not started'] + [''] * 9,
    ]
    with open(os.path.join(OUT, 'bb1-scra-internal-audit-recommendations-tracker.csv'), 'w', newline='', encoding='utf-8-sig') as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7. CAVC Estyn PIAP (txt, tab-separated)
def cavc():
    lines = [
        'Cardiff and Vale College',
        'Post-Inspection Action Plan (PIAP) – Estyn inspection, February 2024',
        'Progress update for the Quality and Standards Committee: June 2025',
        '',
        '\t'.join(['Recommendation', 'Ref', 'Action', 'Lead', 'Timescale', 'Success criteria', 'Progress to date', 'RAG']),
    ]
    rows = [
        ('R1 Improve the consistency of teaching, learning and assessment so that all learners make strong progress',
         '1.1', 'Introduce a developmental lesson observation model with termly learning walks in every curriculum area.',
         'Vice Principal (Curriculum)', 'Autumn term 2024',
         'All teaching staff observed at least once; 90% of observations good or better',
         'Model launched in September 2024. All curriculum areas completed learning walks in the autumn term.', 'Complete'),
        ('', '1.2', 'Provide targeted coaching for teachers whose observations identify areas for development.',
         'Head of Teaching and Learning', 'Summer term 2025',
         'Coaching plans in place for all identified staff',
         '38 staff on coaching plans; 29 have completed. Remaining plans due to finish by July.', 'G'),
        ('', '1.3', 'Standardise the use of progress reviews and target setting on the learner tracking system.',
         'Heads of School', 'Jan 2025', 'All full-time learners have SMART targets reviewed each term',
         'Target setting compliance at 84% in March 2025 review.', 'A'),
        ('R2 Strengthen the development of learners\u2019 literacy, numeracy and digital skills across all programmes',
         '2.1', 'Embed literacy and numeracy activities in every vocational scheme of work.',
         'Director of Quality / Essential Skills Manager', '31/03/2025',
         'Schemes of work audited; skills activities evident in 100% of sampled lessons',
         'Audit of schemes of work complete. Evidence found in 76% of sampled lessons.', 'A'),
        ('', '2.2', 'Introduce a digital skills diagnostic for all new full-time learners at enrolment.',
         'Head of Digital Learning', 'September 2024', 'Diagnostic completed by all new learners',
         'Diagnostic completed by 97% of new full-time learners in 2024/25.', 'Complete'),
        ('R3 Improve attendance on full-time further education programmes',
         '3.1', 'Introduce same-day contact with learners who are absent, and attendance panels for learners below 85%.',
         'Assistant Principal – Learner Experience', 'Ongoing', 'Full-time attendance rises to 88%',
         'Attendance is 84.6% for the year to date, up from 81.2% in 2023/24.', 'A'),
        ('', '3.2', 'Review the learner support and bursary policy so that financial barriers to attendance are addressed.',
         'Head of Learner Services', 'July 2025', 'Revised policy approved and in place for September 2025',
         'Consultation with the Students\u2019 Union not yet started.', 'R'),
        ('R4 Ensure that self-assessment and quality improvement planning focus sharply on the impact on learners',
         '4.1', 'Revise the self-assessment report template and training so that curriculum teams evaluate impact on learner outcomes.',
         'Director of Quality', 'Summer term 2025', 'All curriculum self-assessment reports use the revised template',
         'Template revised and training delivered to curriculum managers in May 2025.', 'G'),
    ]
    for row in rows:
        lines.append('\t'.join(row))
    lines += ['', 'RAG: Complete = action completed; G = on track; A = some concerns; R = not on track']
    with open(os.path.join(OUT, 'bb1-cardiff-and-vale-college-estyn-post-inspection-action-plan.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    gcu(); boston(); nifrs(); yas(); heiw(); scra(); cavc()
    print('done')
