"""Generator for the eg1- cases (children's services plans, four nations)."""
import csv, datetime as dt, os
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(OUT, n)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ''
    r = cell.paragraphs[0].add_run(text); r.bold = True


# ---------------------------------------------------------------- 1. Isles of Scilly ILACS (docx)
def scilly():
    d = Document()
    d.add_heading("Council of the Isles of Scilly: Children's Services Improvement Plan 2023-2025", 0)
    d.add_paragraph("Our response to the Ofsted inspection of local authority children's services (ILACS), "
                    "11 to 13 July 2023. This plan sets out the actions we will take against each of the "
                    "inspectors' recommendations. It is monitored monthly by the Children's Services "
                    "Improvement Board, chaired by the Chief Executive, and reported to Full Council.")
    t = d.add_table(rows=5, cols=2); t.style = 'Table Grid'
    for i, (k, v) in enumerate([("Document owner", "Interim Director of Children's Services"),
                                ("Version", "v1.4"), ("Date", "22 January 2024"),
                                ("Approved by", "Children's Services Improvement Board"),
                                ("Next review", "February 2024")]):
        bold_cell(t.cell(i, 0), k); t.cell(i, 1).text = v
    d.add_paragraph("")
    hdr = ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update (January 2024)"]
    fills = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Complete": "00B0F0"}
    recs = [
        ("Recommendation 1: The timeliness and quality of the response to children when there are safeguarding concerns, including strategy discussions and child protection enquiries.", [
            ("1.1", "Agree a revised threshold document and strategy discussion protocol with Devon and Cornwall Police and Cornwall Partnership NHS Foundation Trust.", "Head of Children's Social Care", "October 2023", "Complete", "Protocol agreed at the Safeguarding Partnership on 18 October 2023 and circulated to all staff."),
            ("1.2", "Introduce a daily management check of all new contacts so that every contact has a recorded manager decision within one working day.", "Team Manager", "31/12/2023", "Green", "Daily check in place since November. Audit in December found 96% of contacts had a decision within one working day."),
            ("1.3", "Commission Essex County Council to undertake a dip sample of section 47 enquiries every quarter and report findings to the Improvement Board.", "Interim DCS / Quality Assurance Lead", "Q4 2023/24", "Amber", "First dip sample completed. Second sample delayed because of staff availability; now booked for February."),
        ]),
        ("Recommendation 2: Information sharing and recording, so that professional standards for confidentiality are understood and applied.", [
            ("2.1", "Deliver information sharing and confidentiality training to all children's services staff, school staff and the Island health team.", "Principal Social Worker", "March 2024", "Green", "Two of three sessions delivered; 41 staff trained so far."),
            ("2.2", "Implement the new case management system and migrate open children's records from paper and shared drives.", "Head of Business Support", "Sept 2023 - June 2024", "Amber", "Build complete and testing under way. Data migration is taking longer than planned; go-live moved to June."),
            ("2.3", "Complete a recording policy and practice standards document, and audit compliance monthly.", "Head of Children's Social Care", "End of January 2024", "Red", "Draft policy has not yet been signed off. Escalated to the Improvement Board in January."),
        ]),
        ("Recommendation 3: The effectiveness of management oversight and supervision in progressing children's plans.", [
            ("3.1", "Introduce a supervision policy with a minimum monthly frequency and a reflective supervision template.", "PSW", "November 2023", "Complete", "Policy launched on 6 November 2023."),
            ("3.2", "Recruit a permanent team manager and two permanent social workers, using the island key worker housing offer.", "Interim DCS, HR Business Partner", "Ongoing", "Amber", "Team manager appointed; one social worker vacancy still being covered by an agency worker."),
            ("3.3", "Provide a monthly performance report covering visits, supervision, plans and reviews to the Improvement Board and Lead Member.", "Performance Officer", "Monthly", "Green", "Report presented at every Board meeting since September 2023."),
        ]),
    ]
    t = d.add_table(rows=1, cols=6); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        bold_cell(t.rows[0].cells[i], h); shade(t.rows[0].cells[i], "D9D9D9")
    for rec, acts in recs:
        row = t.add_row().cells
        m = row[0].merge(row[5]); bold_cell(m, rec); shade(m, "DEEAF6")
        for a in acts:
            row = t.add_row().cells
            for i, v in enumerate(a):
                row[i].text = v
            shade(row[4], fills[a[4]])
    d.add_paragraph("")
    d.add_paragraph("RAG key:  Red - not on track / at risk;  Amber - some slippage, action in hand;  "
                    "Green - on track;  Complete - action finished and evidenced.")
    d.save(P("eg1-isles-of-scilly-ilacs-improvement-plan.docx"))


# ---------------------------------------------------------------- 2. REACH2 primary (xlsx, fill RAG)
def reach2():
    wb = Workbook(); ws = wb.active; ws.title = "Post Ofsted Action Plan"
    thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Brookfield Primary Academy - Post-Ofsted Action Plan 2024-25"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "REACH2 Academy Trust  |  Inspection: 5-6 March 2024  |  Reviewed by the Local Academy Board each half term"
    ws.merge_cells("A2:H2")
    hdr = ["What the school needs to do to improve (Ofsted)", "Action", "Lead", "Monitored by", "Start", "Deadline", "RAG", "Impact / evidence"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F3864"); c.border = B
        c.alignment = Alignment(wrap_text=True)
    G, A, R, BL = "92D050", "FFC000", "FF0000", "5B9BD5"
    groups = [
        ("Leaders should ensure that the curriculum in the foundation subjects identifies the important knowledge pupils should learn and the order in which they should learn it.", [
            ("Map the key knowledge and vocabulary for history, geography and science from Reception to Year 6.", "Deputy Headteacher", "LAB / Trust Director", dt.date(2024, 4, 15), dt.date(2024, 7, 19), BL, "Curriculum maps complete and published on the website."),
            ("Subject leaders to carry out termly deep dives with pupil voice and book looks, and feed back to teachers.", "Subject leaders", "Headteacher", dt.date(2024, 9, 2), dt.date(2025, 7, 18), G, "Autumn deep dives done in history and science. Pupils can recall more of the key knowledge."),
            ("Release subject leaders for two days of Trust network training with the REACH2 curriculum team.", "Headteacher", "Trust Director", dt.date(2024, 9, 2), dt.date(2024, 12, 20), BL, "All four leaders attended."),
        ]),
        ("Leaders should ensure that teachers check pupils' understanding precisely so that misconceptions are identified and addressed swiftly, particularly in mathematics.", [
            ("Introduce daily 'flashback four' retrieval and same-day intervention in maths in every class.", "Maths Lead", "Headteacher", dt.date(2024, 4, 15), dt.date(2024, 10, 31), G, "In place in all classes; learning walks show consistent use."),
            ("Coach teachers in assessment for learning through the Trust's instructional coaching programme (fortnightly).", "Deputy Headteacher", "LAB", dt.date(2024, 9, 2), dt.date(2025, 3, 31), A, "Coaching cycles started but interrupted by staff absence in November."),
        ]),
        ("Leaders should make sure that pupils with SEND receive the support they need to access the full curriculum.", [
            ("Review every SEND support plan with parents and set precise, measurable targets.", "SENCo", "SEND governor", dt.date(2024, 4, 22), dt.date(2024, 7, 19), BL, "All 38 plans reviewed with families in summer term."),
            ("Train teaching assistants in adaptive teaching and scaffolding strategies.", "SENCo", "Headteacher", dt.date(2024, 9, 2), dt.date(2025, 2, 14), R, "Training postponed twice; new date to be agreed with the Trust SEND lead."),
            ("Track the attendance and progress of pupils with SEND each half term and report to the LAB.", "SENCo / Attendance Officer", "LAB", dt.date(2024, 9, 2), dt.date(2025, 7, 18), G, "First report to LAB in December."),
        ]),
    ]
    r = 5
    for gi, (afi, acts) in enumerate(groups):
        start = r
        for a in acts:
            ws.cell(r, 1, afi if r == start else None)
            ws.cell(r, 2, a[0]); ws.cell(r, 3, a[1]); ws.cell(r, 4, a[2])
            ws.cell(r, 5, a[3]).number_format = "dd/mm/yyyy"
            ws.cell(r, 6, a[4]).number_format = "mmm-yy"
            ws.cell(r, 7).fill = PatternFill("solid", fgColor=a[5])
            ws.cell(r, 8, a[6])
            for c in range(1, 9):
                ws.cell(r, c).border = B; ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        if gi < len(groups) - 1:
            r += 1  # blank separating row
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for i, (col, txt) in enumerate([(R, "Not on track"), (A, "Started, some concerns"), (G, "On track"), (BL, "Completed")]):
        ws.cell(r + 1 + i, 1).fill = PatternFill("solid", fgColor=col)
        ws.cell(r + 1 + i, 2, txt)
    for col, w in zip("ABCDEFGH", [45, 50, 20, 18, 12, 12, 8, 45]):
        ws.column_dimensions[col].width = w
    wb.save(P("eg1-reach2-brookfield-primary-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------- 3. Oasis Restore secure school (csv)
def oasis():
    rows = [
        ["Oasis Restore - Monitoring visit action plan (Ofsted and CQC joint monitoring visit, January 2025)"],
        ["Last updated: 14/04/2025 by Head of Quality and Compliance"],
        [],
        ["No.", "Area", "Requirement / recommendation", "Action", "Responsible", "Target date", "Revised date", "Status", "Update"],
        ["1.1", "Safeguarding", "The registered person must ensure that all incidents of restraint are reviewed by a manager within 24 hours.", "Introduce a daily restraint review meeting chaired by the duty senior leader.", "Registered Manager", "28/02/2025", "", "Complete", "Daily meeting in place since 10 February; minutes kept on the shared drive."],
        ["1.2", "Safeguarding", "The registered person must ensure that all incidents of restraint are reviewed by a manager within 24 hours.", "Audit a sample of 20 restraint records each month and share learning with shift leads.", "Head of Quality and Compliance", "31/03/2025", "30/05/2025", "On track", "March audit completed late because of CCTV access issues; April audit booked."],
        ["1.3", "Safeguarding", "Leaders should strengthen the oversight of single separation.", "Revise the separation policy and recording template in line with the Secure Children's Homes guidance.", "Deputy Director (Care)", "31/03/2025", "", "Amber", "Draft policy with Oasis Community Learning safeguarding lead for comment."],
        ["2.1", "Education", "Leaders should ensure that young people attend education for the full timetabled day.", "Agree a daily education attendance target with the care team and report it at morning briefing.", "Principal", "31/01/2025", "", "Complete", "Attendance at education has risen from 71% to 88%."],
        ["2.2", "Education", "Leaders should ensure that young people attend education for the full timetabled day.", "Recruit a second maths teacher and a vocational tutor.", "Principal; HR Manager", "30/04/2025", "31/07/2025", "Amber", "Maths teacher appointed to start in June. Vocational tutor post readvertised."],
        ["3.1", "Health", "The provider should ensure that health assessments are completed within 7 days of admission.", "Agree a service level agreement with the health provider for initial health assessments.", "Head of Health and Wellbeing", "31/03/2025", "", "On track", "SLA drafted and due for sign-off at the April partnership meeting."],
        ["3.2", "Health", "The provider should ensure that health assessments are completed within 7 days of admission.", "Add the health assessment due date to the admission checklist and weekly tracker.", "Head of Health and Wellbeing", "28/02/2025", "", "Complete", "Added to checklist; all admissions since February assessed within 7 days."],
        ["4.1", "Leadership and management", "Leaders should improve the stability of the staff team.", "Run a staff retention survey and agree a retention action plan with the Board.", "Director", "30/06/2025", "", "Not started", ""],
    ]
    with open(P("eg1-oasis-restore-secure-school-monitoring-visit-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 4. Milton Keynes SEND PAP (xlsx, refuse)
def mk():
    wb = Workbook(); ws = wb.active; ws.title = "Priority Action Plan"
    ws["A1"] = "Milton Keynes Local Area Partnership - SEND Priority Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Progress at: 30 September 2024"
    hdr = ["Ref", "Action", "Lead", "Due", "RAG", "Progress"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="BDD7EE")
    data = [
        ("Area for priority action 1: Leaders across education, health and care should improve the timeliness and quality of EHC needs assessments and plans.", [
            ("1.1", "Recruit three additional SEND casework officers to reduce the assessment backlog.", "Head of SEND", "Jul-24", "Complete", "All three officers in post from July."),
            ("1.2", "Introduce a multi-agency quality assurance panel that audits ten EHC plans each month.", "SEND QA Lead / Designated Clinical Officer", "Sept 2024", "Green", "Panel has met three times; audit tool agreed with health and social care."),
            ("1.3", "Publish a revised EHC needs assessment timeline for parents and carers on the Local Offer.", "Local Offer Officer", "Novemebr 2024", "Amber", "Content drafted with MK Parent Carer Forum."),
        ]),
        ("Area for priority action 2: Leaders should reduce waiting times for speech and language therapy and neurodevelopmental assessment.", [
            ("2.1", "Commission additional speech and language therapy capacity for children waiting over 18 weeks.", "ICB Head of Children's Commissioning", "Dec-24", "Amber", "Procurement under way; waiting list validation completed."),
            ("2.2", "Provide a 'waiting well' offer of advice and workshops for families waiting for assessment.", "Designated Clinical Officer", "Ongoing", "Green", "Monthly workshops running in family hubs."),
        ]),
    ]
    r = 5
    for head, acts in data:
        ws.cell(r, 1, head).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for a in acts:
            for i, v in enumerate(a, 1):
                ws.cell(r, i, v).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
    for col, w in zip("ABCDEF", [8, 55, 28, 14, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.save(P("eg1-milton-keynes-send-priority-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 5. Care Visions children's house (docx)
def carevisions():
    d = Document()
    d.add_heading("Ashbank House Improvement Plan", 0)
    d.add_paragraph("Care Visions  |  Following the Care Inspectorate unannounced inspection, 3-5 September 2024")
    d.add_paragraph("This plan responds to the requirements and areas for improvement in the inspection report. "
                    "It is reviewed fortnightly by the Registered Manager and the Service Manager and shared with the "
                    "young people's forum.")
    blocks = [
        ("Key question 1: How well do we support children and young people's rights and wellbeing?", [
            ("Requirement 1", "By 31 December 2024, the provider must ensure that young people's care plans and risk assessments are reviewed and updated following any significant incident.", [
                ("Review all current care plans and risk assessments with key workers and young people.", "Registered Manager", "31/10/2024", "Complete", "All five plans reviewed and signed by young people where they wished to."),
                ("Add a 'post-incident review' prompt to the incident recording form so that plans are updated within 72 hours.", "Depute Manager", "November 2024", "G", "Form amended; compliance checked weekly."),
            ]),
            ("Area for improvement 1", "The service should ensure that young people are supported to maintain contact with people who are important to them.", [
                ("Create an individual family time plan for each young person with their social worker.", "Key workers", "Ongoing", "G", "Plans in place for four young people; one awaiting social work input."),
            ]),
        ]),
        ("Key question 2: How good is our leadership?", [
            ("Requirement 2", "By 30 November 2024, the provider must ensure that quality assurance systems identify and address shortfalls in practice.", [
                ("Introduce a monthly quality assurance audit of care files, medication records and the house environment.", "Service Manager", "30/11/2024", "A", "First two audits done; action tracking not yet embedded."),
                ("Report audit findings to the Care Visions Quality and Governance Group each quarter.", "Head of Quality", "Quarterly", "G", "First report to the group in January."),
            ]),
            ("Area for improvement 2", "The service should ensure that all staff receive regular supervision that supports reflective practice.", [
                ("Agree a supervision schedule for the whole staff team and record compliance on the staffing tracker.", "Registered Manager", "End of January 2025", "R", "Only 60% of staff supervised in December because of vacancies. Recovery plan agreed."),
            ]),
        ]),
    ]
    for kq, items in blocks:
        d.add_heading(kq, 1)
        for kind, text, acts in items:
            d.add_heading(kind, 2)
            d.add_paragraph(text)
            t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
            for i, h in enumerate(["Action to be taken", "Person responsible", "Timescale", "Status (RAG)", "Progress"]):
                bold_cell(t.rows[0].cells[i], h)
            for a in acts:
                row = t.add_row().cells
                for i, v in enumerate(a):
                    row[i].text = v
            d.add_paragraph("")
    d.add_paragraph("Status key: R = not started or at risk; A = in progress with some slippage; G = on track; Complete = met and evidenced.")
    d.save(P("eg1-care-visions-ashbank-house-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------- 6. Foster Wales Monmouthshire (txt, tab)
def monmouth():
    lines = [
        "Foster Wales Monmouthshire - Improvement Plan following CIW inspection of the local authority fostering service (June 2024)",
        "Exported from the Social Care Improvement Tracker 02/12/2024",
        "",
        "\t".join(["Ref", "Area for improvement", "Action", "Lead", "By when", "RAG", "Update"]),
        "Well-being",
        "\t".join(["WB1", "Foster carers' annual reviews are not always completed on time.", "Introduce a reviews tracker and allocate an independent reviewing officer to overdue reviews.", "Fostering Team Manager", "Sep-24", "Complete", "All overdue reviews completed by the end of September."]),
        "\t".join(["WB2", "Children's views are not consistently recorded in carers' reviews.", "Send a child-friendly consultation form to every child in placement before each review.", "Supervising social workers", "Dec-24", "Green", "Forms redesigned with the Children in Care Council."]),
        "Care and support",
        "\t".join(["CS1", "Placement agreements are not always in place within the required timescale.", "Weekly check of new placements by the team manager, with escalation to the Head of Children's Services.", "Fostering Team Manager", "Oct-24", "Amber", "Check in place; two agreements were late in October."]),
        "\t".join(["CS2", "Training for foster carers on trauma-informed care is not fully taken up.", "Offer the TRM training course on evenings and weekends and record attendance.", "Learning and Development Officer; Recruitment Lead", "Mar-25", "Green", "First evening cohort booked for January."]),
        "",
        "Leadership and management",
        "\t".join(["LM1", "Quality assurance of carer assessments needs strengthening.", "Introduce a second-opinion reading of every Form F assessment before panel.", "Head of Children's Services", "Quarterly", "Amber", "Started in November; to be reported to fostering panel each quarter."]),
        "\t".join(["LM2", "The statement of purpose is out of date.", "Review and reissue the statement of purpose and send to CIW.", "Responsible Individual", "Jan-25", "Red", "Not yet started because of the regional Foster Wales rebrand."]),
        "",
        "RAG: Red = not started/off track, Amber = in progress with issues, Green = on track, Complete = done",
    ]
    with open(P("eg1-foster-wales-monmouthshire-ciw-fostering-improvement-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 7. Lisneal College ETI (xlsx)
def lisneal():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Lisneal College - Post-Inspection Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Education and Training Inspectorate (ETI) inspection, November 2023. Action plan agreed with the Board of Governors on 24 January 2024."
    ws["A4"] = "Area for improvement"; ws["B4"] = "Actions"; ws["C4"] = "Person(s) responsible"
    ws["D4"] = "Success criteria"; ws["E4"] = "Target date"; ws["F4"] = "Revised target date"; ws["G4"] = "RAG"; ws["H4"] = "Progress"
    for c in ws[4]:
        c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9E1F2")
    G, A, R = "00B050", "FFC000", "FF0000"
    data = [
        ("1. To improve the consistency of the quality of teaching, learning and assessment in key stage 3.", [
            ("Establish teaching and learning communities focusing on questioning and feedback.", "VP (Curriculum)", "90% of lessons observed are good or better.", dt.date(2024, 6, 28), None, "G", "Three communities meeting fortnightly."),
            ("Carry out paired lesson observations with heads of department each term.", "SLT; HoDs", "All HoDs complete two paired observations.", dt.date(2024, 6, 28), dt.date(2024, 12, 20), "A", "Autumn round delayed by industrial action; rescheduled."),
        ]),
        ("2. To embed the use of data to track pupils' progress and to target intervention.", [
            ("Introduce a whole-school tracking system with three data drops a year.", "Data Manager", "Tracking reports used at every department meeting.", dt.date(2024, 3, 29), None, "Complete", "System live since March."),
            ("Provide targeted literacy and numeracy intervention for pupils below expected levels in year 8.", "Literacy Co-ordinator / Numeracy Co-ordinator", "70% of targeted pupils show improvement in reading and number age.", dt.date(2025, 6, 27), None, "G", "Intervention groups started in September."),
        ]),
        ("3. To develop further the care and guidance for pupils who need additional support.", [
            ("Review the pastoral structure and appoint year heads for each key stage.", "Principal", "Pastoral structure agreed by governors.", dt.date(2024, 8, 30), None, "Complete", "New year heads in post from September."),
            ("Train all staff in the Education Authority's trauma-informed practice programme.", "Designated Teacher for Child Protection", "All staff trained.", dt.date(2024, 10, 31), dt.date(2025, 2, 28), "R", "EA training places not yet confirmed."),
        ]),
    ]
    r = 5
    fills = {"G": G, "A": A, "R": R, "Complete": "00B0F0"}
    for head, acts in data:
        ws.cell(r, 1, head)
        first = r
        for a in acts:
            ws.cell(r, 2, a[0]); ws.cell(r, 3, a[1]); ws.cell(r, 4, a[2])
            ws.cell(r, 5, a[3]).number_format = "dd/mm/yyyy"
            if a[4]:
                ws.cell(r, 6, a[4]).number_format = "dd/mm/yyyy"
            c = ws.cell(r, 7, a[5]); c.fill = PatternFill("solid", fgColor=fills[a[5]])
            ws.cell(r, 8, a[6])
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(first, 1).alignment = Alignment(wrap_text=True, vertical="top")
    r += 1
    ws.cell(r, 1, "RAG: R - not yet started / behind; A - started, some delay; G - on track; Complete - achieved")
    for col, w in zip("ABCDEFGH", [40, 50, 25, 35, 12, 12, 10, 45]):
        ws.column_dimensions[col].width = w
    wb.save(P("eg1-lisneal-college-eti-post-inspection-action-plan.xlsx"))


if __name__ == "__main__":
    scilly(); reach2(); oasis(); mk(); carevisions(); monmouth(); lisneal()
