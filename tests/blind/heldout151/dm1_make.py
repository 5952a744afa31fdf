"""Generate the dm1- blind test documents (children's services plans)."""
import csv, datetime as dt, os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)

def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True

# ---------------------------------------------------------------- 1. Vinney Green (docx)
def vinney():
    d = Document()
    d.add_heading("Vinney Green Secure Unit – Ofsted Inspection Action Plan", level=1)
    d.add_paragraph("South Gloucestershire Council – Children, Adults and Health")
    d.add_paragraph("Following the full inspection of Vinney Green Secure Unit on 16 to 18 April 2024 "
                    "(overall experiences and progress of children: requires improvement to be good), "
                    "this plan sets out how the home will meet the requirements and recommendations "
                    "made by Ofsted. It is reviewed monthly by the Registered Manager and reported to "
                    "the Regulation 44 visitor and the Corporate Parenting Board.")
    t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.3"), ("Date", "1 July 2024"),
                                ("Owner", "Registered Manager, Vinney Green"),
                                ("Approved by", "Head of Service, Children in Care")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    d.add_paragraph("")
    hdr = ["No.", "Requirement / Recommendation", "Action", "Responsible person", "Timescale", "Progress update", "RAG"]
    rows = [
        ("band", "How well children and young people are helped and protected"),
        ("1.1", "The registered person must ensure that a record of each use of restraint is made within 24 hours and includes the child's views. (Regulation 35(3)(a)) Due date: 31 May 2024",
         "Restraint recording template revised so that the child's views are captured at the debrief.",
         "Registered Manager", "31/05/2024", "New template in use from 13 May; the first audit shows views recorded in 19 of 20 records.", "Complete"),
        ("1.2", None,
         "Weekly audit of all restraint records by the duty operations manager, with findings reported to the monthly quality meeting.",
         "Claire Bennett / Liam Turner", "30/06/2024", "Audits completed weekly since May. Themes are shared at team meetings.", "On track"),
        ("2.1", "The registered person should ensure that the location assessment is reviewed at least annually with relevant local services. ('Guide to the children's homes regulations', page 60, paragraph 15.3)",
         "Location risk assessment to be reviewed with the police and community safety team and shared with placing authorities.",
         "Deputy Manager", "Sept 2024", "Meeting with neighbourhood policing team booked for August.", "Not started"),
        ("band", "The effectiveness of leaders and managers"),
        ("3.1", "The registered person must ensure that all staff receive practice-related supervision at least every six weeks. (Regulation 33(4)(b)) Due date: 30 June 2024",
         "Supervision tracker introduced and reviewed monthly by the Registered Manager; overdue supervisions escalated to the Head of Service.",
         "Registered Manager", "July 2024", "82% of staff in date at the end of June. Two vacancies in the management team are affecting capacity.", "Amber"),
        ("band", "The overall experiences and progress of children and young people"),
        ("4.1", "The registered person should ensure that children's education plans reflect their individual learning needs, including any special educational needs. ('Guide to the children's homes regulations', page 27, paragraph 5.9)",
         "Head of Education to review all individual learning plans with the SENCo and each child's key worker.",
         "Head of Education", "Autumn term 2024", "Twelve of sixteen plans reviewed; remaining plans scheduled for September.", "On track"),
        ("5.1", "The registered person should ensure that children are able to contact their families in private. ('Guide to the children's homes regulations', page 23, paragraph 4.6)",
         "Private phone room created on Kingswood unit and children's views sought through house meetings.",
         "Unit Managers", "30/04/2024", "Room in use since 22 April. Children say they value the privacy.", "Complete"),
    ]
    t = d.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h; shade(t.rows[0].cells[i], "1F3864")
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.bold = True; r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    fills = {"Complete": "5B9BD5", "On track": "92D050", "Amber": "FFC000", "Not started": "FFFFFF"}
    prev_req_cell = None
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "band":
            m = cells[0].merge(cells[-1]); m.text = row[1]; shade(m, "D9E2F3")
            for r in m.paragraphs[0].runs: r.bold = True
            continue
        for i, v in enumerate(row):
            if v is not None:
                cells[i].text = v
        if row[1] is None:
            prev_req_cell.merge(cells[1])
        else:
            prev_req_cell = cells[1]
        shade(cells[6], fills[row[6]])
    d.add_paragraph("RAG key: Red – not on track / at risk; Amber – some slippage; Green (On track) – progressing to timescale; Blue – complete.")
    d.save(P("dm1-vinney-green-sch-ofsted-action-plan.docx"))

# ---------------------------------------------------------------- 2. Highfield (xlsx)
GREEN = PatternFill("solid", fgColor="00B050"); AMBER = PatternFill("solid", fgColor="FFC000")
RED = PatternFill("solid", fgColor="FF0000"); BLUE = PatternFill("solid", fgColor="0070C0")
GREY = PatternFill("solid", fgColor="D9D9D9"); NAVY = PatternFill("solid", fgColor="1F3864")
thin = Side(style="thin", color="999999"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def highfield():
    wb = Workbook(); ws = wb.active; ws.title = "Post-Ofsted Plan"
    ws["A1"] = "Highfield Leadership Academy – Post-Ofsted Action Plan 2024-25"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection 5-6 March 2024 | Overall effectiveness: Requires Improvement | Star Academies"
    hdr = ["Ref", "Actions", "Lead", "Monitored by", "Success criteria", "Timescale", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = NAVY; c.border = BOX
    r = 5
    data = [
        ("afi", "AFI 1: Leaders have not ensured that the key stage 3 curriculum is implemented consistently well in all subjects. Leaders should ensure that teachers check pupils' understanding and address misconceptions."),
        ("1.1", "Whole-staff CPD programme on checking for understanding, delivered in weekly teaching and learning briefings.", "JW", "Principal", "All staff use hinge questions and mini-whiteboards in lessons.", "Summer term 2024", BLUE),
        ("1.2", "Subject leaders to carry out fortnightly learning walks and book looks in KS3, feeding back to teachers within 48 hours.", "JW / HM", "SLT line managers", "Learning walk records show consistent practice in 90% of lessons.", dt.date(2024, 12, 20), GREEN),
        ("1.3", "Trust subject directors to quality assure the KS3 curriculum in English, maths, science and humanities.", "Trust Subject Directors", "Regional Director", "QA reports show curriculum is well sequenced and delivered.", "Spring term 2025", GREEN),
        None,
        ("afi", "AFI 2: Too many pupils, including disadvantaged pupils, are persistently absent. Leaders should continue to take effective action to improve attendance."),
        ("2.1", "Appoint an attendance officer and introduce daily first-day calling and home visits for pupils below 90% attendance.", "KP", "Vice Principal (Behaviour & Attendance)", "Persistent absence falls below the national average.", dt.date(2024, 9, 30), BLUE),
        ("2.2", "Weekly attendance panel with the Blackpool Council Education Welfare Service; fixed penalty and parenting contracts used where appropriate.", "KP, RM", "Principal", "Disadvantaged pupils' attendance improves by 3 percentage points.", dt.date(2025, 3, 31), AMBER),
        ("2.3", "Attendance rewards scheme launched with tutors, including half-termly celebration assemblies.", "Heads of Year", "KP", "Pupil voice shows pupils understand why attendance matters.", "Ongoing", GREEN),
        None,
        ("afi", "AFI 3: Pupils' personal development programme is not delivered consistently. Leaders should ensure pupils learn about healthy relationships and staying safe in an age-appropriate way."),
        ("3.1", "Review and re-sequence the PSHE / RSE curriculum for Years 7 to 11 using the PSHE Association programme of study.", "Mrs S Hussain", "Vice Principal (Personal Development)", "Revised curriculum in place for September 2024.", dt.date(2024, 7, 19), BLUE),
        ("3.2", "Train form tutors to deliver the weekly personal development session and monitor through drop-ins.", "Mrs S Hussain", "JW", "Drop-ins show consistent delivery; pupil survey improves.", dt.date(2025, 1, 31), RED),
    ]
    for row in data:
        if row is None:
            r += 1; continue
        if row[0] == "afi":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(r, 1, row[1]); c.font = Font(bold=True); c.fill = GREY
            c.alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 32
            r += 1; continue
        for i, v in enumerate(row[:6], 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.date):
                c.number_format = "mmm-yy"
        c = ws.cell(r, 7); c.fill = row[6]; c.border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Key:").font = Font(bold=True)
    for i, (f, txt) in enumerate([(BLUE, "Completed"), (GREEN, "On track"), (AMBER, "Some delay - monitor"), (RED, "Not on track - action needed")]):
        ws.cell(r + 1 + i, 1).fill = f; ws.cell(r + 1 + i, 2, txt)
    for col, w in zip("ABCDEFG", [7, 60, 16, 24, 40, 16, 8]):
        ws.column_dimensions[col].width = w
    wb.save(P("dm1-highfield-leadership-academy-post-ofsted-action-plan.xlsx"))

# ---------------------------------------------------------------- 3. UHL children's (xlsx, refuse)
def uhl():
    wb = Workbook(); ws = wb.active; ws.title = "CYP Action Plan"
    ws["A1"] = "CQC Inspection – Services for Children and Young People (Leicester Royal Infirmary): Must Do / Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "University Hospitals of Leicester NHS Trust"; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Executive lead: Chief Nurse | Reported to: Quality Committee | Update: January 2024"
    hdr = ["Ref", "Must / Should do", "Action", "Lead", "Completion date", "Revised date", "Status", "Progress update / evidence"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = NAVY; c.border = BOX
    rows = [
        ("MD1", "The trust must ensure that there are sufficient numbers of suitably qualified children's nurses on the paediatric wards at all times. (Regulation 18)",
         "Complete the 2023 paediatric nursing establishment review using the BAPM/RCN tools and present to Trust Board.", "Head of Nursing, Children's", dt.date(2023, 9, 30), None, "Complete", "Review approved at Trust Board in October 2023; 14.2 WTE additional RN posts funded."),
        ("MD1", None,
         "Recruit to the funded posts through the international recruitment programme and the newly qualified nurse cohort.", "Head of Nursing, Children's / Ward Sisters", dt.date(2023, 12, 31), "Mar-24", "On track", "9.0 WTE recruited, 5.2 WTE in pipeline."),
        ("MD2", "The trust must ensure that all staff complete level 3 safeguarding children training. (Regulation 12)",
         "Weekly compliance reports to each ward sister and a booking drive for all staff below the standard.", "Named Nurse Safeguarding Children", dt.date(2023, 11, 30), "Janaury 2024", "Amber", "Compliance at 84% against 90% target."),
        ("SD1", "The trust should ensure that children's emergency department waiting areas are separate from adults. ",
         "Estates scheme to create a dedicated children's waiting area in the ED.", "Director of Estates and Facilities", "Q4 2023/24", None, "On track", "Works started December 2023."),
        ("SD2", "The trust should ensure that transition arrangements for young people moving to adult services are consistent.",
         "Implement the Ready Steady Go transition programme in diabetes, epilepsy and cystic fibrosis clinics.", "Clinical Lead for Transition", dt.date(2024, 6, 30), None, "Green", "Launched in diabetes; epilepsy go-live in February."),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row, 1):
            if v is None: continue
            c = ws.cell(r, i, v); c.alignment = Alignment(wrap_text=True, vertical="top"); c.border = BOX
            if isinstance(v, dt.date): c.number_format = "dd/mm/yyyy"
        r += 1
    for col, w in zip("ABCDEFGH", [6, 50, 50, 28, 14, 14, 11, 45]):
        ws.column_dimensions[col].width = w
    wb.save(P("dm1-uhl-childrens-hospital-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))

# ---------------------------------------------------------------- 4. Angus fostering (docx)
def angus():
    d = Document()
    d.add_heading("Angus Council Fostering Service: Care Inspectorate Improvement Plan", level=1)
    d.add_paragraph("Inspection completed: 11 November 2024. Report published: 20 January 2025.")
    d.add_paragraph("The Care Inspectorate graded the service as 4 (Good) for 'How well do we support people's "
                    "wellbeing?' and 3 (Adequate) for 'How good is our leadership?'. The following areas for "
                    "improvement were identified. Progress is reported quarterly to the Children and Families "
                    "Senior Management Team.")
    blocks = [
        ("Key question 1: How well do we support children and young people's wellbeing?", [
            ("Area for improvement 1",
             "To support children's wellbeing, the provider should ensure that each child's care plan contains clear, up to date information about their health needs and how these will be met.",
             [("All looked after children's care plans audited against the health section template.", "Team Manager, Family Placement", "End of March 2025", "Audit of 42 plans complete; 9 needed updating.", "Complete"),
              ("Looked after children's nurse to attend foster carer review meetings where health needs are complex.", "J. Millar / K. Duncan", "Ongoing", "Agreed with NHS Tayside LAC nursing team.", "Green")]),
        ]),
        ("Key question 2: How good is our leadership?", [
            ("Area for improvement 2",
             "To ensure that the service improves, the provider should develop a quality assurance framework that includes the views of children, foster carers and staff.",
             [("Draft a quality assurance framework for the fostering service and consult with the Angus Foster Carers Association.", "Service Manager (Children's Resources)", "June 2025", "Draft shared with carers in April.", "Amber"),
              ("Introduce an annual survey for children and young people in foster care, using Viewpoint.", "Participation Officer", "Q2 2025/26", "Survey questions agreed with Champions Board.", "Green")]),
            ("Area for improvement 3",
             "To keep children safe, the provider should ensure that foster carer annual reviews are completed on time and that carers' training needs are recorded.",
             [("Review tracker introduced; overdue reviews reported monthly to the Service Manager.", "Senior Social Worker (Fostering)", "31/01/2025", "All 2024/25 reviews now scheduled; 3 overdue.", "Complete"),
              ("Personal development plans for all foster carers, linked to the Scottish Government fostering learning framework.", "Fostering Team / Learning and Development", "December 2025", "Template agreed.", "Green")]),
        ]),
    ]
    hdr = ["Action", "Responsible", "Timescale", "Progress", "Status"]
    for kq, afis in blocks:
        d.add_heading(kq, level=2)
        for label, text, acts in afis:
            p = d.add_paragraph(); p.add_run(label).bold = True
            d.add_paragraph(text)
            t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
            for i, h in enumerate(hdr):
                t.rows[0].cells[i].text = h; shade(t.rows[0].cells[i], "BDD7EE")
            bold_row(t.rows[0])
            for a in acts:
                cells = t.add_row().cells
                for i, v in enumerate(a): cells[i].text = v
            d.add_paragraph("")
    d.save(P("dm1-angus-council-fostering-service-care-inspectorate-improvement-plan.docx"))

# ---------------------------------------------------------------- 5. Monmouthshire Estyn (csv)
def monmouth():
    rows = [
        ["Monmouthshire County Council - Post Inspection Action Plan (Estyn inspection of local government education services)", "", "", "", "", "", ""],
        ["Updated: 14 March 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Recommendation", "Ref", "Action", "Lead Officer", "Target Date", "Progress Update", "RAG"],
        ["R1 Improve the attendance of pupils, particularly those eligible for free school meals", "1.1",
         "Refresh the Monmouthshire attendance strategy with headteachers and publish school-level attendance dashboards each half term.",
         "Head of Inclusion", "31/12/2024", "Strategy agreed at Headteachers' Forum in November; dashboards issued.", "Complete"],
        ["", "1.2", "Education Welfare Officers to target support at pupils eligible for FSM with attendance below 90%, including family engagement officers in the four secondary schools.",
         "SW / HC", "Jul-25", "FSM attendance up 1.8 percentage points on last year; secondary persistent absence still high.", "Amber"],
        ["R2 Strengthen self-evaluation and improvement planning so that leaders know the impact of their work on outcomes for learners", "2.1",
         "Introduce a single directorate self-evaluation cycle with termly review of service improvement plans by the Chief Officer.",
         "Chief Officer for Children and Young People", "30/04/2025", "First termly review held in January 2025.", "Green"],
        ["", "2.2", "Develop an outcomes framework for the ALN service, drawing on pupil level data and feedback from parents.",
         "Head of ALN and Inclusion", "September 2025", "Framework drafted; data sharing agreement with schools being finalised.", "Green"],
        ["", "2.3", "Scrutiny members to receive training on interpreting education data.",
         "Democratic Services Manager, Head of Education Achievement", "Mar-25", "Session held 27 February 2025.", "Complete"],
        ["R3 Improve the quality of provision for pupils educated other than at school (EOTAS)", "3.1",
         "Review commissioning of EOTAS provision, including quality assurance visits to all providers.",
         "Head of Inclusion", "Summer term 2025", "Visits completed to 5 of 8 providers.", "Amber"],
        ["", "3.2", "Establish a reintegration panel to plan pupils' return to mainstream or specialist provision.",
         "Principal Educational Psychologist", "31/01/2025", "Panel has not yet met owing to staffing.", "Red"],
        ["", "", "", "", "", "", ""],
        ["RAG key: Red - off track; Amber - at risk of slipping; Green - on track; Complete - action finished", "", "", "", "", "", ""],
    ]
    with open(P("dm1-monmouthshire-estyn-lges-post-inspection-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- 6. Hartlepool YJS (txt, tab separated)
def hartlepool():
    hdr = ["Action No", "Recommendation", "Action", "Owner", "Due", "Update", "RAG"]
    r1 = "The Hartlepool Youth Justice Service Management Board should ensure that board members understand the profile of children known to the service and advocate for them in their own agencies."
    r2 = "The Head of Service should improve the quality of assessment and planning for keeping other people safe."
    r3 = "The Head of Service should ensure that out-of-court disposal decisions are consistently informed by the views of victims."
    rows = [
        ["1.1", r1, "Induction pack and annual development day for all board members, including a presentation on the profile of children open to the YJS.", "Chair of Management Board", "Dec 2024", "Development day held 6 December 2024.", "B"],
        ["1.2", r1, "Each statutory partner to nominate a board champion for education, health and children's social care.", "Board members", "31/01/2025", "Education and health champions in place; CSC champion to be confirmed.", "A"],
        ["2.1", r2, "Case management guidance on risk of harm refreshed and delivered in workshops to all case managers.", "YJS Operations Manager", "Q4 2024/25", "Three workshops delivered; final session booked for March.", "G"],
        ["2.2", r2, "Monthly dip sample of assessments by team managers using the HMIP case assessment tool, reported to the quality and performance sub-group.", "Team Managers", "Monthly", "Dip samples show 70% of assessments now sufficient for safety.", "G"],
        ["3.1", r3, "Restorative justice worker to contact all identified victims before the joint decision-making panel.", "RJ Co-ordinator, Cleveland Police OOCD lead", "28/02/2025", "Victim contact recorded in 11 of 15 cases.", "A"],
        ["3.2", r3, "Amend the OOCD panel template so that victim views are recorded for every case.", "YJS Operations Manager", "Nov-24", "Template amended.", "B"],
    ]
    lines = ["Hartlepool Youth Justice Service - HMI Probation Inspection Improvement Plan",
             "Inspection fieldwork: July 2024   Report published: October 2024   Overall rating: Requires improvement",
             "", "\t".join(hdr)]
    lines += ["\t".join(r) for r in rows]
    lines += ["", "RAG: R = off track, A = some concerns, G = on track, B = complete"]
    with open(P("dm1-hartlepool-yjs-hmip-improvement-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- 7. Isle of Wight SEND (xlsx)
def iow():
    wb = Workbook(); cov = wb.active; cov.title = "Cover"
    cov["A1"] = "Isle of Wight Local Area Partnership – SEND Priority Action Plan"; cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Following the Ofsted and CQC area SEND inspection of the Isle of Wight local area partnership (published January 2025)."
    for i, (a, b) in enumerate([("Version", "2.1"), ("Date", "03/06/2025"), ("Author", "SEND Improvement Lead"), ("Approved", "SEND Partnership Board")], 5):
        cov.cell(i, 1, a).font = Font(bold=True); cov.cell(i, 2, b)
    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Isle of Wight Local Area Partnership – SEND Priority Action Plan"; ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Action", "Lead", "Agency", "Start", "End", "Revised end", "Progress this period", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(3, i, h); c.font = Font(bold=True); c.fill = GREY; c.border = BOX
    data = [
        ("pri", "Priority 1: Leaders across education, health and care should ensure that education, health and care plans are issued within 20 weeks and are of good quality."),
        ("1a", "Recruit additional EHC coordinators and an EHCP quality officer.", "Head of SEN", "LA", dt.date(2025, 2, 1), dt.date(2025, 5, 31), None, "Three coordinators in post; quality officer starts July.", "Amber"),
        ("1b", "Multi-agency EHCP quality assurance panel to audit 10% of new plans each month.", "Head of SEN / Designated Clinical Officer", "LA / ICB", dt.date(2025, 3, 1), dt.date(2025, 6, 30), dt.date(2025, 9, 30), "Panel running since April; health advice timeliness remains a concern.", "Amber"),
        ("1c", "Improve timeliness of health advice for EHC needs assessments to 95% within 6 weeks.", "Designated Clinical Officer", "ICB", dt.date(2025, 2, 1), dt.date(2025, 12, 31), None, "Timeliness at 71% in May.", "Red"),
        ("pri", "Priority 2: Leaders should improve the waiting times for neurodevelopmental assessment and the support available to children and families while they wait."),
        ("2a", "Commission an independent provider to reduce the autism assessment waiting list.", "Associate Director of Children's Commissioning", "ICB", dt.date(2025, 1, 15), dt.date(2025, 3, 31), None, "Contract awarded; 120 assessments completed.", "Complete"),
        ("2b", "Launch the 'Waiting Well' offer with Parent Carer Forum, including workshops and a single information page on the Local Offer.", "Kate Harris & Tom Ellis", "LA / PCF", dt.date(2025, 4, 1), dt.date(2025, 7, 31), None, "Workshops scheduled from June.", "Green"),
        ("pri", "Priority 3: Leaders should strengthen preparation for adulthood so that young people with SEND have clear pathways into employment and independent living."),
        ("3a", "Preparing for adulthood protocol agreed between children's and adults' services.", "Head of Service, Disabled Children", "LA", dt.date(2025, 3, 1), dt.date(2025, 10, 31), None, "Draft protocol at consultation.", "Green"),
        ("3b", "Supported internship places increased with the Isle of Wight College and NHS Trust.", "Post-16 SEND Officer", "LA / College", dt.date(2025, 9, 1), dt.date(2026, 7, 31), None, "", ""),
    ]
    r = 4
    for row in data:
        if row[0] == "pri":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(r, 1, row[1]); c.font = Font(bold=True, color="FFFFFF"); c.fill = NAVY
            c.alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 30; r += 1; continue
        for i, v in enumerate(row, 1):
            if v is None or v == "": continue
            c = ws.cell(r, i, v); c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.date): c.number_format = "mmm-yy"
        for i in range(1, 10): ws.cell(r, i).border = BOX
        rag = row[8]
        if rag: ws.cell(r, 9).fill = {"Amber": AMBER, "Red": RED, "Green": GREEN, "Complete": BLUE}[rag]
        r += 1
    r += 1
    ws.cell(r, 1, "RAG: Complete (blue); Green - on track; Amber - at risk; Red - off track. Blank = not yet started.")
    for col, w in zip("ABCDEFGHI", [6, 55, 30, 12, 10, 10, 12, 45, 10]):
        ws.column_dimensions[col].width = w
    wb.save(P("dm1-isle-of-wight-send-priority-action-plan.xlsx"))

if __name__ == "__main__":
    vinney(); highfield(); uhl(); angus(); monmouth(); hartlepool(); iow()
