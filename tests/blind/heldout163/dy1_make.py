"""Generate dy1- case documents (children's services plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
GREEN = PatternFill("solid", fgColor="00B050")
AMBER = PatternFill("solid", fgColor="FFC000")
RED = PatternFill("solid", fgColor="FF0000")
BLUE = PatternFill("solid", fgColor="0070C0")
GREY = PatternFill("solid", fgColor="D9D9D9")
HEAD = PatternFill("solid", fgColor="1F3864")
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD
        c.alignment = WRAP


# 1. Coxlease School (Priory Education) - Ofsted RSS action plan ------------------------------
def coxlease():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Coxlease School – Post-Inspection Action Plan (Ofsted Social Care Inspection, Residential Special School, 14–16 November 2023)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Overall experiences and progress of children and young people: Requires improvement to be good. Plan owner: Head of Care. Reviewed monthly at SLT."
    hdr(ws, 4, ["Ref", "Recommendation (NMS)", "Action", "Lead", "Target date", "Revised date", "RAG", "Progress update (Feb 2024)"])
    def theme(r, text):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=text); c.font = Font(bold=True); c.fill = GREY
    theme(5, "Theme 1: Safeguarding")
    rec1 = "The school should ensure that records of physical interventions are completed within 24 hours and reviewed by a senior leader (NMS 12.6)."
    rows = [
        (6, "1.1", "Introduce a restraint recording checklist and a 24-hour completion alert on the incident system.", "Head of Care", D(2023, 12, 22), None, "Complete", "Checklist in use since 4 December; alerts live on the incident system."),
        (7, "1.2", "Deputy Head of Care to review every physical intervention record weekly and sign off learning points.", "Deputy Head of Care", D(2024, 1, 31), None, "G", "Weekly reviews taking place; sample checked by Head of Care in January."),
        (8, "1.3", "Refresh Team Teach debrief training for all residential staff.", "Training Coordinator", D(2024, 3, 1), D(2024, 4, 1), "A", "Trainer availability has pushed the final session into April."),
    ]
    ws.merge_cells("B6:B8"); ws["B6"] = rec1
    theme(9, "Theme 2: Leadership and management")
    rec2 = "Leaders should ensure that monitoring by the independent person leads to clear actions that are followed up (NMS 20.4)."
    rows += [
        (10, "2.1", "Agree a template with the independent visitor so that each monthly report lists actions and owners.", "Principal / Head of Care", D(2024, 2, 29), None, None, "Template agreed and used for the January visit."),
        (11, "2.2", "Governance committee to track independent visitor actions at each termly meeting.", "Chair of Governors", "Termly", None, "On track", "Standing item added to the governance committee agenda."),
    ]
    ws.merge_cells("B10:B11"); ws["B10"] = rec2
    theme(13, "Theme 3: Care planning")
    rec3 = "The school should ensure that each child's placement plan is updated after significant events and shared with the child in a way they understand (NMS 2.3)."
    rows += [
        (14, "3.1", "Audit all 22 residential placement plans against the significant events log.", "LS / MP", D(2023, 12, 15), None, "Complete", "Audit complete; 6 plans updated."),
        (15, "3.2", "Produce child-friendly versions of placement plans with the speech and language team.", "Speech and Language Therapist", "Summer term 2024", None, "A", "Symbol-based template drafted; trialling in two houses."),
        (16, "3.3", "Key workers to go through the updated plan with each child and record the child's views.", "Key Workers", D(2024, 7, 31), None, None, ""),
    ]
    ws.merge_cells("B14:B16"); ws["B14"] = rec3
    for r, ref, act, lead, tgt, rev, rag, prog in rows:
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=3, value=act)
        ws.cell(row=r, column=4, value=lead)
        c = ws.cell(row=r, column=5, value=tgt)
        if isinstance(tgt, dt.datetime): c.number_format = "dd/mm/yyyy"
        if rev is not None:
            c = ws.cell(row=r, column=6, value=rev); c.number_format = "mmm-yy"
        c = ws.cell(row=r, column=7, value=rag)
        if ref == "1.3":
            ws.cell(row=r, column=5).number_format = "mmm-yy"
        if ref == "2.1":
            c.fill = GREEN
        elif rag in ("Complete",):
            c.fill = BLUE
        elif rag in ("G", "On track"):
            c.fill = GREEN
        elif rag == "A":
            c.fill = AMBER
        ws.cell(row=r, column=8, value=prog)
        for col in range(1, 9):
            ws.cell(row=r, column=col).alignment = WRAP
    ws["A18"] = "RAG key: Complete = action completed and evidenced; G = on track; A = some slippage; R = off track / at risk"
    ws["A18"].font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [6, 40, 50, 22, 12, 12, 10, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dy1-coxlease-school-ofsted-rss-action-plan.xlsx"))


# 2. Ysgol Tryfan - Estyn PIAP (docx) ------------------------------------------------------
def tryfan():
    doc = Document()
    doc.add_heading("Ysgol Tryfan – Post-Inspection Action Plan", 0)
    doc.add_paragraph("Following the Estyn core inspection, March 2024")
    doc.add_paragraph("This plan sets out how the school will address the recommendations in the Estyn report. "
                      "It has been prepared by the senior leadership team with the local authority and GwE and was "
                      "approved by the governing body on 9 May 2024. Progress is reported to the standards committee each term.")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.3"), ("Date", "14 January 2025"), ("Author", "Headteacher"),
                                ("Approved by", "Governing body, 9 May 2024")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    recs = [
        ("R1 Strengthen the use of first-hand evidence in self-evaluation to identify precise areas for improvement", [
            ("1.1", "Revise the quality assurance calendar so that lesson observations, book looks and learner voice are triangulated each half term.", "Deputy Headteacher", "Calendar in place and followed by all departments", "September 2024", "Green"),
            ("1.2", "Train middle leaders in evaluating the impact of teaching on pupils' progress rather than compliance.", "Headteacher / GwE Supporting Improvement Adviser", "Middle leaders' evaluations identify precise areas for improvement", "Autumn term 2024", "Amber"),
            ("1.3", "Report self-evaluation findings to the governing body's standards committee each term.", "Headteacher", "Governors challenge leaders on the basis of first-hand evidence", "Termly", "Green"),
        ]),
        ("R2 Improve the consistency of teaching to ensure that all pupils are suitably challenged", [
            ("2.1", "Establish teaching and learning triads across departments with a focus on questioning and challenge.", "Assistant Headteacher (Teaching and Learning)", "All teachers part of a triad", "October 2024", "Complete"),
            ("2.2", "Share effective practice through a fortnightly bulletin and INSET day sessions.", "Assistant Headteacher (Teaching and Learning)", "Lesson observations show improved challenge", "Sept 2024 – July 2025", "Green"),
        ]),
        ("R3 Improve attendance, particularly for pupils eligible for free school meals", [
            ("3.1", "Appoint an attendance officer and introduce weekly attendance panels for pupils below 90%.", "Business Manager; Pastoral Lead", "Officer in post; panels meeting weekly", "31/10/2024", "Complete"),
            ("3.2", "Work with the Education Welfare Service on early intervention for persistent absentees.", "Pastoral Lead", "Persistent absence reduced by 5 percentage points", "Spring term 2025", "Amber"),
            ("3.3", "Evaluate the impact on attendance of pupils eligible for free school meals and report to governors.", "Headteacher", "Gap between eFSM and other pupils narrows", "July 2025", "Not started"),
        ]),
    ]
    for rec, acts in recs:
        doc.add_heading(rec, 2)
        tb = doc.add_table(rows=1, cols=6); tb.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Responsibility", "Success criteria", "Timescale", "Progress (RAG)"]):
            tb.rows[0].cells[i].text = h
        for a in acts:
            cells = tb.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
        doc.add_paragraph("")
    doc.add_paragraph("RAG: Green – on track; Amber – some delay; Red – not on track; Complete – action achieved.")
    doc.save(os.path.join(OUT, "dy1-ysgol-tryfan-estyn-post-inspection-action-plan.docx"))


# 3. Salford YJS - HMIP improvement plan (tab-separated export) -----------------------------
def salford():
    lines = [
        ["Salford Youth Justice Service – HMIP Inspection Improvement Plan"],
        ["Inspection fieldwork: June 2023. Report published: September 2023. Plan approved by the Youth Justice Management Board, October 2023."],
        [],
        ["Recommendation", "Ref", "Action", "Lead", "Target Date", "Status", "Update"],
        ["1. The Youth Justice Service manager should improve the quality of assessment and planning to keep children and other people safe", "1.1",
         "Deliver AssetPlus refresher training on risk of serious harm and safety and wellbeing for all case managers.", "YJS Operational Manager", "30/11/2023", "Complete",
         "Training delivered to 18 staff on 7 and 14 November 2023."],
        ["", "1.2", "Introduce a management oversight checklist at the point of AssetPlus sign-off.", "Team Managers", "31/12/2023", "Complete",
         "Checklist embedded; oversight evident in 9 of 10 audited cases."],
        ["", "1.3", "Monthly case audit of 10% of open cases with findings reported to the Board.", "Quality Assurance Lead", "Monthly", "Green",
         "Audits completed October to January; themes reported to the January Board."],
        ["2. The Youth Justice Service manager should ensure that victims' wishes are consistently considered in planning", "2.1",
         "Restorative justice worker to be invited to all referral order panels and planning meetings.", "RJ Coordinator", "Jan-24", "Green",
         "Invitations now automatic from the case management system."],
        ["", "2.2", "Revise the victim contact procedure to record victims' views within five working days.", "RJ Coordinator / YJS Operational Manager", "Mar-24", "Amber",
         "Draft procedure with legal services for comment; sign-off expected at the May Board."],
        ["3. The Salford Youth Justice Management Board should ensure that children have timely access to education, training and employment provision", "3.1",
         "Agree an ETE protocol with the Virtual School and the Skills and Work team.", "Chair of YJMB", "Q4 2023/24", "Red",
         "Protocol not yet agreed; escalated to the Director of Education."],
        ["", "3.2", "Board to receive a quarterly ETE dashboard showing hours offered and attended.", "Performance and Intelligence Manager", "Quarterly", "",
         ""],
        ["", "3.3", "Commission a careers adviser post within the YJS.", "Head of Youth Justice", "September 2024", "Amber",
         "Funding identified through the Turnaround grant; job description with HR."],
        [],
        ["Status key: Red – not on track; Amber – at risk of delay; Green – on track; Complete – action completed"],
    ]
    with open(os.path.join(OUT, "dy1-salford-yjs-hmip-improvement-plan.txt"), "w", encoding="utf-8", newline="") as f:
        for l in lines:
            f.write("\t".join(l) + "\r\n")


# 4. St Helens LAP - SEND priority action plan (csv) ----------------------------------------
def sthelens():
    rows = [
        ["St Helens Local Area Partnership – SEND Priority Action Plan (Ofsted/CQC Area SEND Inspection 2024)", "", "", "", "", ""],
        ["Version 1.2 – updated 12/02/2025", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Ref", "Action", "Lead officer", "Timescale", "RAG", "Progress update"],
        ["Priority action 1: Leaders across the partnership should ensure that EHC needs assessments are completed within 20 weeks and that plans are of consistently good quality", "", "", "", "", ""],
        ["PA1.1", "Recruit four additional SEND caseworkers to clear the backlog of overdue assessments.", "Head of SEND", "March 2025", "G", "Three caseworkers in post from January; fourth post re-advertised."],
        ["PA1.2", "Introduce a multi-agency quality assurance panel for draft EHC plans.", "Head of SEND; Designated Clinical Officer", "31/01/2025", "Complete", "Panel met for the first time on 15 January and now meets fortnightly."],
        ["PA1.3", "Report 20-week timeliness to the SEND Partnership Board monthly.", "SEND Performance Lead", "Monthly", "G", "Timeliness rose from 31% to 48% between October and January."],
        ["Priority action 2: Leaders should reduce waiting times for children and young people awaiting neurodevelopmental assessment", "", "", "", "", ""],
        ["PA2.1", "Agree a single neurodevelopmental pathway with Mersey and West Lancashire Teaching Hospitals and the ICB.", "ICB Place Director", "June 2025", "A", "Pathway drafted; clinical sign-off delayed by staffing."],
        ["PA2.2", "Offer a 'waiting well' support package to families on the pathway.", "Designated Clinical Officer", "Sept 2025", "A", "Parent Carer Forum reviewing the draft offer."],
        ["", "", "", "", "", ""],
        ["Area for improvement 1: Leaders should strengthen the co-production of strategic plans with parents and carers", "", "", "", "", ""],
        ["AFI1.1", "Co-produce the refreshed SEND Strategy with the Parent Carer Forum.", "K. Moss / R. Ahmed", "Q1 2025/26", "R", "Workshops postponed twice; new dates being agreed with the Forum."],
        ["AFI1.2", "Publish a 'You said, we did' update on the Local Offer each term.", "Local Offer Officer", "Termly", "Not started", ""],
        ["", "", "", "", "", ""],
        ["RAG: R = off track; A = some risk to delivery; G = on track; Complete = achieved", "", "", "", "", ""],
    ]
    with open(os.path.join(OUT, "dy1-st-helens-lap-send-priority-action-plan.csv"), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)


# 5. Aberdeen City fostering - Care Inspectorate improvement plan (docx) ---------------------
def aberdeen():
    doc = Document()
    doc.add_heading("Aberdeen City Council Fostering Service – Improvement Plan", 0)
    doc.add_paragraph("Following the Care Inspectorate inspection of the fostering service, January 2024")
    doc.add_paragraph("The Care Inspectorate made one requirement and three areas for improvement. This plan sets out the "
                      "actions the service will take, who is responsible and when they will be completed. It is reviewed "
                      "monthly by the Fostering Service management team.")
    vt = doc.add_table(rows=3, cols=3); vt.style = "Table Grid"
    for i, r in enumerate([("Version", "Date", "Changes"), ("0.1", "04/03/2024", "First draft"), ("1.0", "22/03/2024", "Agreed by Chief Officer – Children's Social Work")]):
        for j, v in enumerate(r):
            vt.cell(i, j).text = v
    parts = [
        ("Key question 1: How well do we support children and young people's rights and wellbeing?", [
            ("Requirement 1: By 30 June 2024, the provider must ensure that foster carers' annual reviews are completed within timescales and include the views of children and young people placed with them.", [
                ("1a", "Create a review tracker showing due dates for all foster carer reviews.", "Team Manager (Fostering)", "March 2024", "Complete"),
                ("1b", "Independent reviewing officer to seek children's views using the Viewpoint questionnaire before each review.", "Independent Reviewing Officer", "30/06/2024", "On track"),
            ]),
            ("Area for improvement 1: To support children's wellbeing, the service should ensure that safer caring plans are updated following any incident or change in the household.", [
                ("2a", "Supervising social workers to review safer caring plans at each supervisory visit.", "Supervising Social Workers", "Ongoing", "Green"),
                ("2b", "Audit 20% of safer caring plans each quarter and feed back to the team.", "Senior Practitioner", "September 2024", "Amber"),
            ]),
        ]),
        ("Key question 2: How good is our leadership?", [
            ("Area for improvement 2: The provider should ensure that quality assurance findings are used to inform the service improvement plan.", [
                ("3a", "Develop a quality assurance framework for the fostering service, including case file audit and carer feedback.", "Service Manager – Corporate Parenting", "31 August 2024", "Amber"),
                ("3b", "Report audit findings to the Fostering Panel and the Children's Services leadership team twice yearly.", "Service Manager – Corporate Parenting", "Dec 2024", "Not started"),
            ]),
        ]),
        ("Key question 3: How good is our staff team?", [
            ("Area for improvement 3: The service should ensure that foster carers complete mandatory training, including trauma-informed practice, within agreed timescales.", [
                ("4a", "Launch a training portal with reminders to carers for overdue mandatory courses.", "Learning and Development Officer", "May 2024", "Complete"),
                ("4b", "Raise non-completion of training at carers' annual reviews and agree a personal development plan.", "Independent Reviewing Officer", "Ongoing", "Green"),
            ]),
        ]),
    ]
    for kq, items in parts:
        doc.add_heading(kq, 1)
        for req, acts in items:
            p = doc.add_paragraph(); p.add_run(req).bold = True
            tb = doc.add_table(rows=1, cols=5); tb.style = "Table Grid"
            for i, h in enumerate(["No.", "Action", "Responsible", "Timescale", "Status"]):
                tb.rows[0].cells[i].text = h
            for a in acts:
                cells = tb.add_row().cells
                for i, v in enumerate(a):
                    cells[i].text = v
            doc.add_paragraph("")
    doc.add_paragraph("Status: Complete; Green / On track; Amber – some slippage; Red – not on track; Not started.")
    doc.save(os.path.join(OUT, "dy1-aberdeen-city-fostering-care-inspectorate-improvement-plan.docx"))


# 6. Wade Deacon High School - post-Ofsted action plan with a mistyped month -----------------
def wadedeacon():
    wb = Workbook(); ws = wb.active; ws.title = "Post-Ofsted plan"
    ws["A1"] = "Wade Deacon High School – Post-Ofsted Action Plan 2024-25"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection 25–26 September 2024. Plan agreed by the Local Governing Body, November 2024."
    hdr(ws, 4, ["Area for improvement", "Actions", "Lead", "By when", "Monitored by", "RAG"])
    afi1 = "1. Leaders should ensure that the key stage 3 curriculum in foundation subjects is sequenced so that pupils build knowledge securely over time."
    afi2 = "2. Leaders should make sure that teachers check pupils' understanding carefully and address misconceptions."
    afi3 = "3. Leaders should reduce the proportion of disadvantaged pupils who are persistently absent."
    data = [
        (5, "Review KS3 curriculum maps in all foundation subjects with trust subject leads.", "Deputy Headteacher (Curriculum)", "Dec-24", "LGB Standards Committee", "G"),
        (6, "Subject leader training on sequencing and retrieval practice.", "Assistant Headteacher (CPD)", "Nov-24", "Headteacher", "Complete"),
        (7, "Subject deep dives in history, geography and RE to test the revised curriculum.", "Deputy Headteacher (Curriculum)", "March 2025", "Trust School Improvement Partner", "A"),
        (8, "Adopt a whole-school approach to checking for understanding (mini-whiteboards, hinge questions).", "Assistant Headteacher (Teaching and Learning)", "Oct-24", "Headteacher", "Complete"),
        (9, "Instructional coaching for all teachers with a focus on responding to misconceptions.", "Lead Practitioners", "Janaury 2025", "Assistant Headteacher (Teaching and Learning)", "G"),
        (10, "Learning walks each half term to check consistency.", "SLT", "Half-termly", "LGB Standards Committee", "G"),
        (11, "Attendance champion assigned to each persistently absent disadvantaged pupil.", "Attendance Lead", "Nov-24", "Headteacher", "Complete"),
        (12, "Weekly attendance meetings with the Halton Education Welfare Service.", "Attendance Lead / DSL", "Ongoing", "LGB", "G"),
        (13, "Report disadvantaged persistent absence to governors each term.", "Headteacher", "July 2025", "LGB", "A"),
    ]
    for r, act, lead, when, mon, rag in data:
        for col, v in enumerate([act, lead, when, mon, rag], 2):
            ws.cell(row=r, column=col, value=v).alignment = WRAP
        ws.cell(row=r, column=6).fill = {"G": GREEN, "A": AMBER, "Complete": BLUE}[rag]
    ws.merge_cells("A5:A7"); ws["A5"] = afi1
    ws.merge_cells("A8:A10"); ws["A8"] = afi2
    ws.merge_cells("A11:A13"); ws["A11"] = afi3
    for a in ("A5", "A8", "A11"):
        ws[a].alignment = WRAP
    ws["A15"] = "Key: Complete = done and evidenced; G = on track; A = behind schedule; R = at risk"
    for col, w in zip("ABCDEF", [45, 55, 30, 14, 30, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dy1-wade-deacon-high-school-post-ofsted-action-plan-typo-month-refuse.xlsx"))


# 7. Denbighshire children's services - CIW performance evaluation action plan (fill RAG) ----
def denbighshire():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Denbighshire County Council – Children's Services: CIW Performance Evaluation Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection: October 2023. Letter published: January 2024. Progress to Performance Scrutiny Committee, July 2024."
    hdr(ws, 4, ["No.", "Area for improvement (CIW finding)", "Action", "Responsible Officer", "Target Date", "Progress", "RAG"])
    def principle(r, text):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=text); c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
    principle(5, "People – Voice and Choice")
    ws.merge_cells("B6:B7"); ws["B6"] = "Children's views are not consistently recorded in care and support plans."
    principle(8, "Prevention")
    ws.merge_cells("B9:B10"); ws["B9"] = "Timeliness of responses at the front door and of strategy discussions."
    principle(11, "Well-being")
    ws.merge_cells("B12:B13"); ws["B12"] = "Supervision is not consistently recorded or reflective."
    principle(14, "Partnerships, Integration and Co-production")
    ws["B15"] = "Joint working with health for children with complex needs."
    data = [
        (6, 1, "Introduce 'What matters' prompts in the WCCIS care and support plan template.", "Principal Social Worker", D(2024, 3, 31), "Template changed and live from March.", BLUE),
        (7, 2, "Practice audit to test the recording of children's voice, with feedback to teams.", "Principal Social Worker", D(2024, 6, 30), "Audit tool agreed; first audit cycle under way.", GREEN),
        (9, 3, "Review Information, Advice and Assistance thresholds with partner agencies.", "Service Manager – IAA and Safeguarding", D(2024, 4, 30), "Workshop held with police and BCUHB; revised guidance in draft.", AMBER),
        (10, 4, "Recruit to vacant senior practitioner posts in the Single Point of Access.", "Head of Children's Services", D(2024, 9, 30), "Two recruitment rounds unsuccessful; agency cover in place.", RED),
        (12, 5, "Roll out the regional reflective supervision policy and training.", "Workforce Development Manager", D(2024, 12, 1), "Training dates being arranged with the regional workforce team.", None),
        (13, 6, "Monthly supervision compliance reporting to the Children's Services Management Team.", "Team Managers", "Monthly", "Reporting started in February.", GREEN),
        (15, 7, "Establish a joint complex needs panel with Betsi Cadwaladr UHB.", "Head of Children's Services / BCUHB Head of Children's Nursing", D(2024, 7, 31), "Terms of reference agreed; first panel booked.", GREEN),
    ]
    for r, no, act, lead, tgt, prog, fill in data:
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=3, value=act)
        ws.cell(row=r, column=4, value=lead)
        c = ws.cell(row=r, column=5, value=tgt)
        if isinstance(tgt, dt.datetime): c.number_format = "mmm-yy"
        ws.cell(row=r, column=6, value=prog)
        if fill is not None:
            ws.cell(row=r, column=7).fill = fill
        for col in range(1, 8):
            ws.cell(row=r, column=col).alignment = WRAP
    ws["A17"] = "Key"; ws["A17"].font = Font(bold=True)
    for r, (fill, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage – action being taken"), (RED, "Off track")], 18):
        ws.cell(row=r, column=1).fill = fill
        ws.cell(row=r, column=2, value=txt)
    for col, w in zip("ABCDEFG", [6, 40, 50, 30, 12, 45, 8]):
        ws.column_dimensions[col].width = w
    vc = wb.create_sheet("Version control")
    for row in [("Version", "Date", "Author", "Comment"), ("1.0", "15/02/2024", "Head of Children's Services", "Submitted to CIW"),
                ("1.1", "28/06/2024", "Head of Children's Services", "Progress update for scrutiny")]:
        vc.append(row)
    wb.save(os.path.join(OUT, "dy1-denbighshire-ciw-childrens-services-performance-evaluation-action-plan.xlsx"))


if __name__ == "__main__":
    coxlease(); tryfan(); salford(); sthelens(); aberdeen(); wadedeacon(); denbighshire()
