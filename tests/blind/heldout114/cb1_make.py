"""Generator for the cb1- cases of heldout114 (documents only)."""
import csv, datetime as dt, os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)

def bold_cell(cell, text):
    cell.text = ''
    r = cell.paragraphs[0].add_run(text); r.bold = True

# ---------------------------------------------------------------- 1. Elgin Academy (docx)
ELGIN = [
 ("1. Continue to develop approaches to learning, teaching and assessment to ensure that all young people experience appropriate pace and challenge in their learning.", [
   ("1.1", "Establish a Learning and Teaching working group to refresh the Elgin Academy Learning and Teaching Framework, drawing on the Moray Pedagogy Toolkit.", "DHT (Curriculum)", "October 2024", "Complete", "Working group met four times between August and October. Refreshed framework launched at October in-service day."),
   ("1.2", "Programme of peer learning visits (learning walks) focused on differentiation and pace, with feedback shared at faculty meetings.", "PTs Curriculum", "By end of Term 2 (December 2024)", "On track", "Two rounds of learning walks completed. Themes fed back to faculties in November."),
   ("1.3", "Develop a consistent approach to learning intentions and success criteria across all BGE courses.", "DHT (Curriculum) / PT Faculty Leads", "March 2025", "On track", "Agreed format trialled in S1-S2 English, Maths and Science."),
   ("1.4", "Use tracking data at each reporting point to identify young people who are not making expected progress and plan interventions.", "DHT (Tracking & Monitoring)", "Ongoing", "On track", "Tracking meetings held after each reporting cycle; intervention lists shared with Pupil Support."),
 ]),
 ("2. Improve attainment in the senior phase, particularly for young people living in SIMD quintiles 1 and 2.", [
   ("2.1", "Introduce supported study sessions for S4-S6 targeted at young people at risk of not achieving their predicted grades.", "Mr D Gillies", "January 2025", "Complete", "Supported study running Tuesday and Thursday after school since November. Attendance monitored weekly."),
   ("2.2", "Review the senior phase curriculum offer with Moray College UHI and partners to widen vocational pathways.", "Head Teacher", "June 2025", "Not yet started", "Scheduled for discussion at Senior Phase Review in April."),
   ("2.3", "Mentoring programme for identified S4 young people from SIMD 1 and 2, using PEF-funded staffing.", "PT Pupil Support / Equity Lead", "May 2025", "Some slippage", "Mentor recruitment delayed by staffing absence; 18 of 30 young people now matched with a mentor."),
 ]),
 ("3. Ensure that the school's approaches to wellbeing, equality and inclusion are understood and applied consistently by all staff.", [
   ("3.1", "Deliver whole-staff professional learning on the refreshed Relationships and Positive Behaviour policy.", "DHT (Pupil Support)", "August 2024", "Complete", "Delivered at August in-service. All staff attended."),
   ("3.2", "Gather the views of young people on inclusion through the Pupil Council and an annual wellbeing survey, and report outcomes to Parent Council.", "Mrs K Reid", "Termly", "On track", "Survey completed by 84% of young people in November. Results shared with Parent Council in December."),
 ]),
]

def make_elgin():
    doc = Document()
    doc.add_heading('Elgin Academy', level=0)
    doc.add_heading('Action Plan following HM Inspection (Education Scotland)', level=1)
    doc.add_paragraph('HM Inspectors visited Elgin Academy in May 2024 and published their letter to parents and carers in '
                      'August 2024. The inspection team agreed the following areas for improvement with the Head Teacher '
                      'and a representative from Moray Council. This plan sets out how the school will take these forward '
                      'and is reviewed by the Senior Leadership Team each term. Progress is reported to the Parent Council '
                      'and to the Quality Improvement Officer.')
    t = doc.add_table(rows=1, cols=5); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['Ref', 'Action', 'Lead', 'Timescale', 'Progress']):
        bold_cell(c, h); shade(c, '1F3864')
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for afi, rows in ELGIN:
        r = t.add_row().cells
        m = r[0].merge(r[4]); bold_cell(m, afi); shade(m, 'D9E2F3')
        for ref, act, lead, when, status, prog in rows:
            r = t.add_row().cells
            r[0].text = ref; r[1].text = act; r[2].text = lead; r[3].text = when
            r[4].text = status
            r[4].add_paragraph(prog)
    doc.add_paragraph('')
    doc.add_paragraph('Progress key').runs[0].bold = True
    k = doc.add_table(rows=4, cols=2); k.style = 'Table Grid'
    for i, (a, b, col) in enumerate([('Complete', 'Action completed and evidence gathered', '9BC2E6'),
                                      ('On track', 'Action progressing as planned', 'A9D08E'),
                                      ('Some slippage', 'Action behind schedule; mitigation in place', 'FFD966'),
                                      ('Not yet started', 'Action not yet due to start', 'FFFFFF')]):
        k.rows[i].cells[0].text = a; k.rows[i].cells[1].text = b; shade(k.rows[i].cells[0], col)
    doc.save(os.path.join(OUT, 'cb1-elgin-academy-education-scotland-inspection-action-plan.docx'))

# ---------------------------------------------------------------- 2. East Dunbartonshire HSCP (docx)
EDHSCP = [
 ("1. Strategic planning and commissioning",
  "The partnership should ensure that its strategic commissioning plan is supported by a clear market facilitation statement and that commissioning intentions are informed by robust analysis of local need.", [
   ("1.1", "Publish a Market Facilitation Statement setting out current and future demand for adult social care and support.", "Head of Strategy and Transformation", "31/03/2024", "30/09/2024", "Complete", "Market Facilitation Statement approved by the Integration Joint Board on 19 September 2024 and published."),
   ("1.2", "Complete a joint strategic needs assessment refresh for adults with long-term conditions and older people.", "Planning, Performance & Quality Manager", "30/06/2024", "", "Complete", "Needs assessment completed in June and presented to the Strategic Planning Group."),
   ("1.3", "Develop locality commissioning plans for East and West localities with third sector and carers' representatives.", "Locality Planning Leads", "31/03/2025", "", "Amber", "East locality plan drafted. West locality engagement sessions rescheduled to February due to winter pressures."),
 ]),
 ("2. Leadership and governance",
  "The partnership should strengthen its performance framework so that the Integration Joint Board and Chief Officer have clear oversight of outcomes for people using services.", [
   ("2.1", "Redesign the quarterly performance report to the IJB to include outcome measures and the views of people using services.", "Chief Finance & Resources Officer", "December 2024", "", "Green", "New report format agreed at Performance, Audit & Risk Committee; first report due to IJB in January."),
   ("2.2", "Establish a Clinical and Care Governance Group sub-group focused on adult social work quality assurance.", "Chief Social Work Officer", "30/09/2024", "", "Complete", "Sub-group established and meeting monthly since August 2024."),
 ]),
 ("3. Key processes: assessment and care planning",
  "The partnership should ensure that all adults have an up to date assessment and personal outcome focused support plan that is reviewed regularly.", [
   ("3.1", "Audit a sample of 100 adult case files against the outcome focused assessment standard and report findings.", "Service Manager, Adult Services", "31/01/2025", "", "Green", "Audit tool agreed; 64 of 100 files audited to date."),
   ("3.2", "Reduce the number of overdue reviews through a dedicated review team and monthly monitoring of the review backlog.", "Service Manager, Adult Services / Team Manager, Review Team", "31/12/2024", "30/04/2025", "Red", "Backlog reduced from 412 to 338 but recruitment to two review officer posts has been unsuccessful. Revised date agreed by SMT."),
   ("3.3", "Deliver outcome focused practice training to all adult social work staff.", "Learning and Development Lead", "Ongoing", "", "Green", "Three cohorts trained; further sessions booked through 2025."),
 ]),
]

def make_edhscp():
    doc = Document()
    doc.add_heading('East Dunbartonshire Health and Social Care Partnership', level=0)
    doc.add_paragraph('Joint Inspection of Adult Services: Integration and Outcomes – Improvement Plan').runs[0].bold = True
    doc.add_paragraph('Document control').runs[0].bold = True
    dc = doc.add_table(rows=5, cols=2); dc.style = 'Table Grid'
    for i, (a, b) in enumerate([('Version', '1.4'), ('Date', '14 January 2025'),
                                ('Author', 'Planning, Performance & Quality Manager'),
                                ('Approved by', 'HSCP Senior Management Team'),
                                ('Next review', 'April 2025')]):
        bold_cell(dc.rows[i].cells[0], a); dc.rows[i].cells[1].text = b
    doc.add_paragraph('')
    doc.add_paragraph('The Care Inspectorate and Healthcare Improvement Scotland published their report of the joint '
                      'inspection of adult services in East Dunbartonshire in February 2024. The report identified areas '
                      'for improvement, which the partnership has grouped under the inspection themes below. Progress is '
                      'reported quarterly to the Integration Joint Board Performance, Audit & Risk Committee.')
    cols = ['Ref', 'Improvement action', 'Lead officer', 'Target date', 'Revised date', 'RAG', 'Progress update']
    fills = {'Complete': '5B9BD5', 'Green': '70AD47', 'Amber': 'FFC000', 'Red': 'FF0000'}
    for theme, afi, rows in EDHSCP:
        doc.add_heading(theme, level=2)
        doc.add_paragraph('Area for improvement').runs[0].bold = True
        p = doc.add_paragraph(afi); p.runs[0].italic = True
        t = doc.add_table(rows=1, cols=len(cols)); t.style = 'Table Grid'
        for c, h in zip(t.rows[0].cells, cols):
            bold_cell(c, h); shade(c, 'D9D9D9')
        for ref, act, lead, tgt, rev, rag, upd in rows:
            r = t.add_row().cells
            for c, v in zip(r, [ref, act, lead, tgt, rev, rag, upd]):
                c.text = v
            shade(r[5], fills[rag])
        doc.add_paragraph('')
    doc.add_paragraph('RAG status: Red – action off track / at risk; Amber – some slippage; Green – on track; '
                      'Complete – action completed and evidenced.')
    doc.save(os.path.join(OUT, 'cb1-east-dunbartonshire-hscp-care-inspectorate-adult-services-joint-inspection-improvement-plan.docx'))

# ---------------------------------------------------------------- 3. Staffordshire Police PEEL AFI tracker (xlsx)
STAFFS = [
 ("AFI 1", "Investigating crime", "The force should make sure that investigations are allocated to officers with the appropriate skills and experience, and that supervisors review them regularly.", [
   ("1.1", "Introduce a crime allocation policy aligned to the national crime allocation framework, with investigations allocated by THRIVE and complexity.", "T/Supt Investigations", D(2024, 9, 30), None, "B", "Policy approved at Force Operational Board in September 2024 and live across all LPAs."),
   ("1.2", "Supervisory review compliance dashboard built in Power BI and reviewed at monthly Performance Meetings.", "Head of Business Insight", D(2024, 12, 31), D(2025, 3, 31), "A", "Dashboard built; data quality issues with Niche extract delaying go-live. Revised date agreed."),
   ("1.3", "Deliver investigative supervision training to all Sergeants in Response and Neighbourhood teams.", "DCI J. Morgan", D(2025, 6, 30), None, "G", "Training package signed off; 112 of 290 Sergeants trained."),
 ]),
 ("AFI 2", "Protecting vulnerable people", "The force should improve how it identifies and records repeat victims of domestic abuse so that it can provide them with an appropriate response.", [
   ("2.1", "Amend the Control Room THRIVE+ assessment to prompt call handlers to check for previous domestic abuse incidents.", "Head of Contact Management", D(2024, 11, 30), None, "B", "Changes made to the STORM incident template in November. Compliance audited at 91%."),
   ("2.2", "Review repeat victim flags on Niche and cleanse historic records.", "Det Supt Public Protection", D(2025, 3, 31), None, "G", "Data cleanse under way with the Information Management team; on track for March."),
   ("2.3", "Commission a joint audit with the IDVA service of the response to repeat victims.", "Det Supt Public Protection; Partnership Manager", D(2025, 9, 30), None, "R", "Audit scope not yet agreed with the commissioned service following contract change. Escalated to ACC."),
 ]),
 ("AFI 3", "Building, supporting and protecting the workforce", "The force should make sure that its officers and staff receive regular wellbeing conversations and that it understands the wellbeing needs of its workforce.", [
   ("3.1", "Relaunch the 'My Conversation' wellbeing check-in process with mandatory recording on the HR system.", "Head of People Services", D(2025, 1, 31), None, "G", "Process relaunched in January; recording compliance 58% and rising."),
   ("3.2", "Undertake a force-wide wellbeing survey with Oscar Kilo and report findings to the People Board.", "Wellbeing Lead", D(2025, 4, 30), None, "G", "Survey closed 28 February with 1,940 responses. Analysis under way."),
 ]),
]

def make_staffs():
    wb = Workbook(); ws = wb.active; ws.title = 'AFI Tracker'
    ws['A1'] = 'Staffordshire Police – PEEL 2023–25 Areas for Improvement – Action Tracker'
    ws['A1'].font = Font(bold=True, size=14); ws.merge_cells('A1:J1')
    ws['A2'] = 'Strategic owner: Deputy Chief Constable.  Update as at 31/01/2025.  Reported to Force Assurance Board.'
    ws.merge_cells('A2:J2')
    hdr = ['AFI Ref', 'PEEL Question', 'Area for Improvement', 'Action Ref', 'Action', 'Action Owner',
           'Target Date', 'Revised Target Date', 'RAG', 'Update']
    thin = Side(style='thin'); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True, color='FFFFFF')
        c.fill = PatternFill('solid', fgColor='1F4E78'); c.alignment = Alignment(wrap_text=True, vertical='center')
    fills = {'R': 'FF0000', 'A': 'FFC000', 'G': '00B050', 'B': '0070C0'}
    r = 5
    for afi, q, text, acts in STAFFS:
        start = r
        for ref, act, owner, tgt, rev, rag, upd in acts:
            vals = [afi, q, text, ref, act, owner, tgt, rev, rag, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v if (r == start or i > 3) else None)
                c.alignment = Alignment(wrap_text=True, vertical='top'); c.border = bd
                if isinstance(v, dt.datetime):
                    c.number_format = 'mmm-yy'
            ws.cell(row=r, column=9).fill = PatternFill('solid', fgColor=fills[rag])
            ws.cell(row=r, column=9).alignment = Alignment(horizontal='center', vertical='top')
            r += 1
        for col in 'ABC':
            ws.merge_cells(f'{col}{start}:{col}{r-1}')
        r += 1  # blank row between AFIs
    r += 1
    ws.cell(row=r, column=1, value='RAG key').font = Font(bold=True); r += 1
    for k, txt in [('B', 'Complete'), ('G', 'On track to meet target date'), ('A', 'At risk of missing target date'), ('R', 'Target date missed / off track')]:
        ws.cell(row=r, column=1, value=k).fill = PatternFill('solid', fgColor=fills[k])
        ws.cell(row=r, column=2, value=txt); r += 1
    for col, w in zip('ABCDEFGHIJ', [8, 18, 45, 8, 50, 24, 12, 12, 6, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = 'A5'
    wb.save(os.path.join(OUT, 'cb1-staffordshire-police-peel-afi-tracker.xlsx'))

# ---------------------------------------------------------------- 4. Plymouth Marjon University apprenticeships (xlsx)
MARJON = [
 ("AFI 1: Leaders should ensure that apprentices' off-the-job training is planned and recorded accurately so that all apprentices receive their entitlement.", [
   ("1a", "Revise the off-the-job training planner in the e-portfolio so that planned and actual hours are recorded at each progress review.", "Head of Apprenticeships", "Clear record of OTJ hours for 100% of apprentices", D(2024, 3, 31), "3A8DDE", "Planner revised and live from March 2024."),
   ("1b", "Monthly compliance report on OTJ hours to the Apprenticeship Quality Board, with follow-up of any apprentice below 90% of planned hours.", "Apprenticeship Compliance Manager", "No apprentice more than 10% behind planned hours", D(2024, 7, 31), "00B050", "Reports produced for April, May and June; 7 apprentices below threshold, all with catch-up plans."),
   ("1c", "Training for workplace mentors on the off-the-job requirement and how to record training in the workplace.", "Employer Engagement Lead", "All mentors briefed", "Termly", "00B050", "Mentor briefing delivered in the Summer term; next session planned for September."),
 ]),
 ("AFI 2: Leaders should make sure that tutors use the information about apprentices' starting points to plan learning that builds on their existing knowledge and skills.", [
   ("2a", "Introduce a standard initial skills scan for each apprenticeship standard, completed before enrolment.", "Programme Leads", "Skills scan completed for all new starts", D(2024, 9, 30), "3A8DDE", "Skills scans in place for all five standards from the September 2024 intake."),
   ("2b", "Individual learning plans to show how the programme has been adjusted for prior learning, checked through sampling by the Quality Manager.", "Quality Manager", "ILP sampling shows adjustment for prior learning in 95% of files", D(2024, 12, 31), "FFC000", "First sample found 71% compliant. Programme Leads given feedback; resample in January."),
 ]),
 ("AFI 3: Leaders should ensure that apprentices receive impartial careers advice and guidance about their next steps.", [
   ("3a", "Embed careers information, advice and guidance sessions with the Careers Service into the final year of each programme.", "Head of Careers & Employability / Head of Apprenticeships", "All final-year apprentices receive a careers session", D(2025, 1, 31), "00B050", "Sessions scheduled for all cohorts; first two delivered in November."),
   ("3b", "Add a careers and next steps discussion to the tripartite progress review template.", "Apprenticeship Compliance Manager", "Template updated and in use", D(2024, 6, 30), "FF0000", "Template change held up by e-portfolio supplier. Escalated at contract review meeting."),
 ]),
]

def make_marjon():
    wb = Workbook(); ws = wb.active; ws.title = 'Post Inspection Action Plan'
    ws['A1'] = 'Plymouth Marjon University – Apprenticeships'
    ws['A1'].font = Font(bold=True, size=14)
    ws['A2'] = 'Post Inspection Action Plan (Ofsted inspection, November 2023)'
    ws['A2'].font = Font(bold=True, size=12)
    ws['A3'] = 'Overall effectiveness: Requires improvement.  Plan owner: Pro Vice-Chancellor (Education).  Last updated 06/12/2024.'
    hdr = ['Ref', 'Action', 'Responsibility', 'Success measure / impact', 'Target date', 'Status', 'Progress commentary']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True)
        c.fill = PatternFill('solid', fgColor='BDD7EE'); c.alignment = Alignment(wrap_text=True)
    r = 6
    for afi, acts in MARJON:
        ws.cell(row=r, column=1, value=afi).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill('solid', fgColor='F2F2F2')
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, act, resp, sm, tgt, fill, prog in acts:
            for i, v in enumerate([ref, act, resp, sm, tgt, None, prog], 1):
                c = ws.cell(row=r, column=i, value=v); c.alignment = Alignment(wrap_text=True, vertical='top')
                if isinstance(v, dt.datetime):
                    c.number_format = 'dd/mm/yyyy'
            ws.cell(row=r, column=6).fill = PatternFill('solid', fgColor=fill)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value='Key').font = Font(bold=True); r += 1
    for fill, txt in [('FF0000', 'Red – not on track / overdue'), ('FFC000', 'Amber – some slippage'),
                      ('00B050', 'Green – on track'), ('3A8DDE', 'Blue – complete')]:
        ws.cell(row=r, column=1).fill = PatternFill('solid', fgColor=fill)
        ws.cell(row=r, column=2, value=txt); r += 1
    for col, w in zip('ABCDEFG', [8, 55, 26, 32, 12, 9, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, 'cb1-marjon-university-ofsted-apprenticeships-post-inspection-action-plan.xlsx'))

# ---------------------------------------------------------------- 5. UWS internal audit tracker (xlsx, refuse)
UWS = [
 ("Student Records Management (2023/24)", "1", "Medium", "The University should ensure that changes to student records made by School administrators are subject to independent review.", "A monthly exception report of record changes will be produced and reviewed by the Academic Registry Manager.", "Academic Registrar", "31 Mar 2024", "", "Complete", "Exception report in place since March 2024."),
 ("Student Records Management (2023/24)", "2", "Low", "Procedure notes for the student records system should be updated to reflect current practice.", "Procedure notes to be reviewed and republished on the staff intranet.", "Academic Registry Manager", "30 Jun 2024", "30 Sep 2024", "Complete", "Updated procedures published September 2024."),
 ("Cyber Security (2023/24)", "1", "High", "Multi-factor authentication should be enforced for all remote access to University systems, including legacy applications.", "IT Services will complete the roll-out of MFA to the remaining legacy applications.", "Director of IT Services", "31 Jul 2024", "Febuary 2025", "Amber", "Two legacy applications outstanding; one due for decommissioning. Revised date agreed by Audit & Risk Committee."),
 ("Cyber Security (2023/24)", "2", "Medium", "The University should test its IT disaster recovery plan at least annually.", "A desktop test of the IT DR plan will be held and lessons learned recorded.", "Head of Infrastructure", "31 Oct 2024", "", "Green", "Desktop exercise booked for October with external facilitator."),
 ("Procurement and Contract Management (2024/25)", "1", "Medium", "A complete contracts register should be maintained and reviewed quarterly.", "Procurement will consolidate School and Directorate contract lists into a single register on the Public Contracts Scotland platform.", "Head of Procurement", "31 Jan 2025", "", "Green", "Register 80% complete."),
 ("Procurement and Contract Management (2024/25)", "2", "Low", "Contract managers should receive training on contract management responsibilities.", "Contract management training module to be delivered to all named contract managers.", "Head of Procurement; HR Learning & Development Manager", "30 Apr 2025", "", "Not started", ""),
]

def make_uws():
    wb = Workbook(); ws = wb.active; ws.title = 'Recommendations'
    ws['A1'] = 'University of the West of Scotland'; ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = 'Internal Audit – Recommendations Tracker (Audit & Risk Committee, November 2024)'; ws['A2'].font = Font(bold=True)
    hdr = ['Audit Report', 'Rec No.', 'Grade', 'Recommendation', 'Management Response / Agreed Action', 'Responsible Officer',
           'Original Due Date', 'Revised Due Date', 'Status', 'Update']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True, color='FFFFFF')
        c.fill = PatternFill('solid', fgColor='522D6D'); c.alignment = Alignment(wrap_text=True)
    fills = {'Complete': '9BC2E6', 'Green': 'C6EFCE', 'Amber': 'FFEB9C', 'Red': 'FFC7CE', 'Not started': 'FFFFFF'}
    for j, row in enumerate(UWS):
        for i, v in enumerate(row, 1):
            c = ws.cell(row=5 + j, column=i, value=v if v != '' else None)
            c.alignment = Alignment(wrap_text=True, vertical='top')
        ws.cell(row=5 + j, column=9).fill = PatternFill('solid', fgColor=fills[row[8]])
    n = 5 + len(UWS) + 1
    ws.cell(row=n, column=1, value='Grades: High – significant weakness requiring urgent action; Medium – weakness requiring action; Low – improvement opportunity.')
    for col, w in zip('ABCDEFGHIJ', [30, 7, 8, 50, 50, 26, 13, 13, 11, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, 'cb1-uws-internal-audit-recommendations-tracker-typo-month-refuse.xlsx'))

# ---------------------------------------------------------------- 6. Northumbria Police custody (csv)
NORTHUMBRIA = [
 ("R1", "Recommendation", "Leadership, accountability and partnerships", "The force should ensure that it has sufficient custody staff to run its suites safely, including cover for detention officers during busy periods.", "Complete a custody demand and resourcing review and implement the revised shift pattern.", "Supt Criminal Justice", "31/03/2025", "On track", "Demand review completed. New shift pattern out to consultation with staff associations."),
 ("R2", "Recommendation", "Pre-custody: first point of contact", "The force should work with partners to reduce the number of people detained under section 136 of the Mental Health Act who are brought to custody.", "Agree a revised section 136 protocol with the NHS trust and the local authority AMHP service.", "Supt Criminal Justice / Mental Health Partnership Lead", "Q3 2025/26", "Amber", "Draft protocol shared with CNTW; awaiting health-based place of safety capacity figures."),
 ("AFI 1", "Area for improvement", "In the custody suite: booking in, individual needs and legal rights", "Detainees should be able to speak to custody staff in private at booking in.", "Install privacy screens at the booking-in desks at Middle Engine Lane and Southwick.", "Custody Estates Manager", "30/09/2024", "Complete", "Screens fitted at both suites in August 2024."),
 ("AFI 2", "Area for improvement", "In the custody suite: booking in, individual needs and legal rights", "The force should make sure that detainees are told about their rights and entitlements in a way they understand, including using interpreters where needed.", "Refresher briefing for all custody sergeants on use of telephone and video interpreting services.", "Custody Inspector (Training)", "31/12/2024", "Complete", "Briefing delivered through custody training days in October and November."),
 ("AFI 3", "Area for improvement", "In the custody suite: care and welfare", "Detainees should be offered a shower and a change of clothes where they are held for long periods.", "Update the custody care plan template to prompt offers of showers, and audit compliance quarterly.", "Custody Inspector (Standards)", "30/06/2025", "On track", "Template updated on NSPIS. First quarterly audit due in April."),
 ("AFI 4", "Area for improvement", "In the custody suite: care and welfare", "The force should ensure that the use of force in custody is recorded consistently and subject to effective oversight.", "Introduce monthly review of custody use of force forms and body-worn video at the Custody Governance Meeting.", "Chief Inspector Custody", "Ongoing", "On track", "Standing agenda item from January 2025."),
 ("AFI 5", "Area for improvement", "Release and transfer from custody", "The force should ensure that pre-release risk assessments are thorough and that vulnerable detainees are given information about support services on release.", "Review pre-release risk assessment guidance and produce a leaflet of local support services.", "Custody Inspector (Standards); Partnership Manager", "31/05/2025", "Not started", "Work to begin after the AFI 3 audit."),
]

def make_northumbria():
    with open(os.path.join(OUT, 'cb1-northumbria-police-hmicfrs-custody-inspection-action-plan.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['Northumbria Police - Unannounced Inspection of Police Custody Suites (HMICFRS/HMIP) - Action Plan'])
        w.writerow(['Updated 20/01/2025'])
        w.writerow([])
        w.writerow(['Ref', 'Type', 'Expectation area', 'Inspection finding', 'Action', 'Owner', 'Target date', 'Status', 'Update'])
        for row in NORTHUMBRIA:
            w.writerow(row)

# ---------------------------------------------------------------- 7. Torfaen YJS (txt, tab separated)
TORFAEN = [
 ("1.1", "The Chair of the Management Board should: ensure that Board members understand their roles and are able to challenge and support the service effectively.", "Induction pack and induction session for all Management Board members, including new members.", "Head of Children's Services", "Mar-25", "G", "Induction pack drafted and reviewed by Board members. Sessions booked for March."),
 ("1.2", "The Chair of the Management Board should: ensure that Board members understand their roles and are able to challenge and support the service effectively.", "Each Board member to attend a YJS team meeting and observe practice at least once a year.", "Chair of Management Board", "Dec-25", "G", "Schedule of visits agreed; three members have attended so far."),
 ("2.1", "The YJS Manager should: improve the quality of assessment and planning for keeping other people safe.", "Deliver risk of serious harm training for all case managers and quality assure ten cases per quarter.", "YJS Manager", "Sept 2025", "A", "Training delivered in January. Quality assurance of cases started but behind schedule due to vacancy in the Practice Lead post."),
 ("2.2", "The YJS Manager should: improve the quality of assessment and planning for keeping other people safe.", "Introduce a monthly Risk and Safety Panel chaired by the Operational Manager.", "Operational Manager", "End of April 2025", "B", "Panel established and meeting monthly."),
 ("3.1", "The YJS Manager should: make sure that the voices of children and victims inform service delivery.", "Develop a participation strategy with children, using feedback from exit questionnaires.", "YJS Manager / Participation Officer", "31/07/2025", "R", "Not yet started; Participation Officer post vacant until May."),
 ("3.2", "The YJS Manager should: make sure that the voices of children and victims inform service delivery.", "Victim feedback survey for all restorative justice cases.", "Victim Liaison Officer", "Ongoing", "G", "Survey in use from February 2025."),
 ("4.1", "Gwent Police should: provide timely information to the YJS on out of court disposal decisions.", "Agree information sharing timescales for the joint decision-making panel.", "Gwent Police Inspector, Prevention & Diversion", "31/03/2025", "B", "Timescales agreed and written into the Out of Court Disposal protocol."),
]

def make_torfaen():
    lines = ['Torfaen Youth Justice Service - HM Inspectorate of Probation Inspection Improvement Plan',
             'Export from YJS Management Board workspace - 27/02/2025',
             '',
             '\t'.join(['No.', 'Recommendation', 'Action', 'Lead', 'By when', 'RAG', 'Progress'])]
    for row in TORFAEN:
        lines.append('\t'.join(row))
    lines += ['', 'RAG: R = not on track, A = at risk, G = on track, B = complete']
    with open(os.path.join(OUT, 'cb1-torfaen-yjs-hmip-improvement-plan.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')

if __name__ == '__main__':
    make_elgin(); make_edhscp(); make_staffs(); make_marjon(); make_uws(); make_northumbria(); make_torfaen()
    print('ok')
