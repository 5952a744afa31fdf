"""Generate the bq1- case documents (children's services plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(OUT, n)
fill = lambda c: PatternFill("solid", start_color=c, end_color=c)
BLUE, GREEN, AMBER, RED, GREY = "00B0F0", "00B050", "FFC000", "FF0000", "D9D9D9"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="top")
D = dt.datetime


def nscht():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "North Staffordshire Combined Healthcare NHS Trust – CQC Action Plan: Child and Adolescent Mental Health Wards (Darwin Centre)"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:I1")
    ws["A2"] = "Report published: 14 March 2024 | Version 4 | Updated for Quality Committee 18/09/2024"
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Type", "Requirement (CQC report)", "Action", "Lead", "Target date", "Revised date", "RAG", "Progress update / evidence"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("1F4E79"); c.border = box; c.alignment = wrap
    rows = [
        ("sec", "Safe"),
        ("1.1", "Must", "The trust must ensure that risk assessments are reviewed and updated after every incident of self-harm. (Regulation 12)",
         "Revise the Darwin Centre risk assessment SOP so that the risk formulation is updated within 24 hours of any incident of self-harm.",
         "Ward Manager", D(2024, 5, 31), None, BLUE, "SOP ratified at Quality & Safety Group 22/05/24 and circulated to all staff."),
        ("1.2", "Must", None,
         "Weekly audit of 10 care records for post-incident risk review, results reported to CYP Directorate Quality meeting.",
         "Matron CAMHS Inpatient", D(2024, 6, 30), D(2024, 10, 31), AMBER, "Audits in place since June. Compliance 78% in August against 95% target; spot checks continuing."),
        ("2.1", "Must", "The trust must ensure there are sufficient numbers of suitably qualified nursing staff on each shift. (Regulation 18)",
         "Complete recruitment to the 6.0 WTE registered nurse vacancies, including the international nurse cohort.",
         "Head of Nursing – Specialist Services", D(2024, 9, 30), None, GREEN, "4.0 WTE appointed, 2 start dates agreed for October. Agency use reduced by 40% since April."),
        ("2.2", "Must", None,
         "Introduce the SafeCare daily staffing huddle on the Darwin Centre with escalation to the site bronze on-call.",
         "Ward Manager / Matron CAMHS Inpatient", D(2024, 4, 30), None, BLUE, "Huddle live from 15/04/24."),
        ("3.1", "Should", "The trust should ensure that young people's physical health observations are recorded following rapid tranquilisation.",
         "Add PEWS observation prompts after rapid tranquilisation to the electronic patient record (Lorenzo) form.",
         "Clinical Systems Lead", D(2024, 7, 31), D(2024, 12, 31), RED, "Change request with supplier; delayed by national Lorenzo upgrade. Interim paper form in use and audited monthly."),
        ("sec", "Effective"),
        ("4.1", "Should", "The trust should ensure that all staff receive regular clinical supervision.",
         "Set up a supervision tracker for the ward and report compliance monthly to the CYP Directorate Performance meeting.",
         "Ward Manager", D(2024, 6, 30), None, GREEN, "Tracker in place; compliance 86% in August."),
        ("sec", "Well-led"),
        ("5.1", "Must", "The trust must ensure that governance processes identify and address the issues found on the inspection. (Regulation 17)",
         "Add the Darwin Centre to the monthly Quality Assurance visit programme led by the Deputy Director of Nursing.",
         "Deputy Director of Nursing", D(2024, 5, 31), None, BLUE, "First visit 09/05/24; reports to Quality & Safety Group."),
        ("5.2", "Must", None,
         "Review the CAMHS inpatient risk register entries and present an updated assurance report to Quality Committee.",
         "Associate Director – CYP Directorate", D(2024, 11, 30), None, None, "Due for Quality Committee November 2024."),
    ]
    r = 5; start = None
    for row in rows:
        if row[0] == "sec":
            ws.cell(r, 1, row[1]).font = Font(bold=True); ws.cell(r, 1).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9); r += 1; continue
        ref, typ, req, act, lead, tgt, rev, rag, prog = row
        vals = [ref, typ, req, act, lead, tgt, rev, None, prog]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = box; c.alignment = wrap
        ws.cell(r, 6).number_format = "dd/mm/yyyy"; ws.cell(r, 7).number_format = "dd/mm/yyyy"
        if rag: ws.cell(r, 8).fill = fill(rag)
        if req is None:
            ws.merge_cells(start_row=r - 1, start_column=3, end_row=r, end_column=3)
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key:").font = Font(bold=True)
    for i, (t, col) in enumerate([("Complete", BLUE), ("On track", GREEN), ("At risk / revised date", AMBER), ("Off track", RED)]):
        c = ws.cell(r, 2 + i, t); c.fill = fill(col)
    for col, w in zip("ABCDEFGHI", [6, 8, 40, 45, 22, 12, 12, 7, 45]):
        ws.column_dimensions[col].width = w
    wb.save(P("bq1-north-staffs-combined-healthcare-cqc-camhs-must-should-do-action-plan.xlsx"))


def table(doc, header, rows, merge_col=None):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for run in p.runs: run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v or ""
    return t


def pact():
    doc = Document()
    doc.add_heading("PACT (Parents and Children Together) – Adoption Service: Post-Ofsted Inspection Action Plan", 1)
    doc.add_paragraph("Inspection dates: 4 to 8 March 2024. Overall experiences and progress of service users: Good. "
                      "This plan sets out how the agency will respond to the recommendations made by Ofsted. "
                      "It is monitored monthly by the Senior Leadership Team and reported to the Board of Trustees.")
    table(doc, ["Version", "Author", "Approved by", "Date"],
          [["1.0", "Head of Adoption", "Chief Executive", "02/04/2024"],
           ["1.3", "Head of Adoption", "Board of Trustees", "16/09/2024"]])
    doc.add_paragraph("")
    recs = [
        ("1", "Ensure that adopters' assessment reports are completed within the timescales set out in the regulations.", [
            ("1a", "Introduce a fortnightly tracker of Stage 2 assessments reviewed at the team managers' meeting.", "Adoption Team Manager (South)", "April 2024", "Tracker in use since 3 April; all Stage 2 assessments now on the tracker.", "Complete"),
            ("1b", "Commission two additional sessional assessing social workers to clear the backlog of late assessments.", "Head of Adoption", "End of June 2024", "One sessional worker started in May; second post re-advertised.", "Amber")]),
        ("2", "Improve the timeliness of life story books so that children receive them within ten working days of the second adoption review.", [
            ("2a", "Create a dedicated life story work practitioner post within the family-finding team.", "Head of Adoption", "Sept 2024", "Post approved by the Board; interviews held 19 July.", "Green"),
            ("2b", "Deliver life story work training to all social workers and introduce a quality audit of completed books.", "Practice Development Lead / Quality Assurance Manager", "Q3 2024/25", "Training dates booked for October and November.", "Green")]),
        ("3", "Ensure that the agency decision-maker monitors the recommendations made by the adoption panel.", [
            ("3a", "Add a panel recommendations log to the agency decision-maker's monthly report.", "Agency Decision Maker", "Ongoing", "Log is now a standing item in the monthly report.", "Green"),
            ("3b", "Audit panel minutes for April to September 2024 to check that recommendations were followed up.", "Panel Adviser", "31/10/2024", "Scheduled for October.", "Not started")]),
    ]
    t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
    for i, h in enumerate(["No.", "Ofsted recommendation", "Action", "Responsible", "Timescale", "Progress", "RAG"]):
        t.rows[0].cells[i].text = h
    for no, rec, acts in recs:
        first = None
        for ref, act, resp, when, prog, rag in acts:
            cells = t.add_row().cells
            if first is None:
                first = cells
                cells[0].text = no; cells[1].text = rec
            else:
                first[0].merge(cells[0]); first[1].merge(cells[1])
            cells[2].text = f"{ref}. {act}"
            cells[3].text = resp; cells[4].text = when; cells[5].text = prog; cells[6].text = rag
    doc.add_paragraph("RAG: Complete = action finished and evidenced; Green = on track; Amber = some slippage; Red = off track.")
    doc.save(P("bq1-pact-adoption-ofsted-inspection-action-plan.docx"))


def pheasant():
    wb = Workbook(); ws = wb.active; ws.title = "Action plan"
    ws["A1"] = "Pheasant Bank Academy – Post-Ofsted Action Plan 2024"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection: 23–24 January 2024   Overall effectiveness: Requires improvement"
    hdr = ["Area for improvement", "Ref", "Actions", "Who", "By when", "Monitored by", "Impact / evidence", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = fill(GREY); c.border = box
    groups = [
        ("Leaders should ensure that the reading curriculum is taught consistently so that pupils who fall behind catch up quickly.", [
            ("A1", "Whole-staff training on the phonics programme, including teaching assistants.", "KB", "Spring term 2024", "LGB", "All staff trained by 12 March; drop-ins show consistent delivery.", "Complete"),
            ("A2", "Daily keep-up sessions for pupils in the lowest 20% in Years 1 and 2.", "KB/JH", "Summer term 2024", "Headteacher", "Sessions running daily; 14 of 19 pupils now at expected phase.", "On track"),
            ("A3", "Fortnightly phonics assessment, with tracking reviewed in pupil progress meetings.", "JH", "Febuary 2025", "Headteacher", "Assessment cycle in place from September.", "On track")]),
        ("Leaders should make sure that subject leaders in the wider curriculum check how well pupils remember what they have learned.", [
            ("B1", "Subject leader release time (half a day per half term) for monitoring.", "Headteacher", "Autumn term 2024", "LGB", "Release timetabled; first round of monitoring complete for history and geography.", "On track"),
            ("B2", "Introduce low-stakes quizzes at the start of each foundation subject lesson.", "CR", "Summer term 2024", "Headteacher", "Quizzes seen in all classes during June learning walk.", "Complete")]),
        ("Leaders should improve attendance for disadvantaged pupils.", [
            ("C1", "Attendance officer to make first-day calls and home visits after three days' absence.", "Attendance Officer", "Ongoing", "DHT", "Disadvantaged attendance 91.2% (up from 88.5%).", "On track"),
            ("C2", "Termly attendance panels with parents of persistent absentees.", "DHT / Attendance Officer", "Termly", "Headteacher", "First panel held 8 October with 11 families.", "On track")]),
    ]
    r = 5
    for afi, acts in groups:
        top = r
        for a in acts:
            vals = [afi if r == top else None] + list(a)
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.alignment = wrap; c.border = box
            r += 1
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGH", [40, 6, 45, 18, 18, 14, 45, 10]):
        ws.column_dimensions[col].width = w
    wb.save(P("bq1-pheasant-bank-academy-post-ofsted-action-plan.xlsx"))


def lancs():
    rows = [
        ["Lancashire Constabulary - HMICFRS National Child Protection Inspection - Recommendations Action Plan"] + [""] * 8,
        [""] * 9,
        ["Rec No", "Recommendation", "Action No", "Action", "Action Owner", "Due Date", "Revised Due Date", "Status", "Update"],
    ]
    R1 = "Within three months, the force should ensure that officers attending incidents involving children record the child's voice, behaviour and demeanour."
    R2 = "The force should improve its response to missing children so that risks of exploitation are identified and acted on."
    R3 = "The force should ensure that strategy discussions with children's social care are held promptly and involve the right agencies."
    R4 = "The force should make sure that children are not detained overnight in custody unless there is no alternative."
    data = [
        ["1", R1, "1.1", "Update the child safeguarding pocket guide and the BRAG risk assessment to include a mandatory 'voice of the child' field.", "D/Supt Public Protection", "31/03/2023", "", "Complete", "Field added to the Connect system on 02/03/23; briefing sent to all response officers."],
        ["1", R1, "1.2", "Dip-sample 50 child-related incidents each month for voice of the child recording and report to the Vulnerability Board.", "Chief Insp Vulnerability Hub", "30/06/2023", "30/09/2023", "On track", "July sample 72% compliant, up from 41% baseline."],
        ["2", R2, "2.1", "Introduce a daily missing children review within the Multi-Agency Safeguarding Hub (MASH).", "Det Insp MASH", "31/05/2023", "", "Complete", "Daily review in place since 15/05/23."],
        ["2", R2, "2.2", "Deliver CPD on child exploitation risk indicators to all missing from home coordinators.", "Head of Learning & Development; D/Supt Public Protection", "31/08/2023", "", "Amber", "Training package agreed; delivery delayed by summer abstractions. Now scheduled across September."],
        ["3", R3, "3.1", "Agree a revised strategy discussion protocol with Lancashire, Blackburn with Darwen and Blackpool children's services.", "D/Supt Public Protection", "31/07/2023", "31/12/2023", "Red", "Protocol drafted; awaiting sign-off by all three local authorities."],
        ["3", R3, "3.2", "Audit timeliness of strategy discussions quarterly through the safeguarding partnership audit group.", "Chief Insp Vulnerability Hub", "Quarterly", "", "Not started", ""],
        ["4", R4, "4.1", "Record every refused PACE transfer request for a child and escalate it to the local authority's out-of-hours senior manager.", "Ch Insp Custody", "30/04/2023", "", "Complete", "Escalation process in custody manual; refusals reported monthly to the Custody Board."],
    ]
    with open(P("bq1-lancashire-constabulary-hmicfrs-child-protection-inspection-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows + data)


def dinefwr():
    L = [
        "Ysgol Bro Dinefwr – Post-Inspection Action Plan (PIAP)",
        "Estyn inspection: March 2024\tPlan approved by governors: 15 May 2024",
        "",
        "This plan addresses the recommendations in the Estyn report. Progress is reviewed by the full governing body each term.",
        "",
        "Ref\tAction\tPerson responsible\tTimescale\tSuccess criteria\tProgress\tRAG",
        "R1: Improve the consistency of teaching so that all pupils make strong progress in their lessons",
        "1.1\tIntroduce a whole-school teaching and learning framework with a focus on questioning and feedback.\tDeputy Headteacher (Teaching & Learning)\tAutumn term 2024\tLearning walks show consistent use of the framework in 90% of lessons.\tFramework launched at INSET September 2024; all departments trialling.\tGreen",
        "1.2\tTermly learning walks and book looks by middle leaders, moderated by SLT.\tHeads of Faculty\tTermly\tQA calendar followed; findings reported to governors.\tFirst cycle completed October 2024.\tGreen",
        "1.3\tCoaching programme for teachers identified through lesson observations.\tAssistant Head – CPD\tSpring term 2025\tAll identified staff show improvement at review.\tCoaching pairs set up for 6 staff; release time limited by staffing.\tAmber",
        "",
        "R2: Strengthen provision for developing pupils' Welsh language skills across the curriculum",
        "2.1\tAppoint a Welsh language champion in each faculty and plan bilingual tasks in schemes of work.\tHead of Welsh\tSummer term 2025\tBilingual tasks in all KS3 schemes of work.\tChampions appointed in 5 of 7 faculties.\tAmber",
        "2.2\tExtend Siarter Iaith activities to Years 10 and 11.\tSiarter Iaith coordinator / Head of Welsh\tJuly 2025\tIncreased take-up of Welsh-medium clubs in KS4.\t\tNot started",
        "",
        "R3: Improve attendance, particularly of pupils eligible for free school meals",
        "3.1\tEmploy a family engagement officer to work with families of persistent absentees.\tHeadteacher\tSeptember 2024\tOfficer in post; caseload agreed.\tAppointed and started 2 September 2024.\tComplete",
        "3.2\tFortnightly attendance meetings with the Education Welfare Officer to agree early interventions.\tAssistant Head – Wellbeing; EWO\tOngoing\teFSM attendance rises to 88% or above.\teFSM attendance 86.4% at half term (84.1% last year).\tGreen",
        "",
        "RAG: Green – on track; Amber – some concern; Red – significant concern; Complete – action completed",
    ]
    with open(P("bq1-ysgol-bro-dinefwr-estyn-post-inspection-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def seamab():
    doc = Document()
    doc.add_heading("Seamab – Care Inspectorate Improvement Plan", 1)
    doc.add_paragraph("Following the unannounced inspection of our care home service for children and young people on 12–14 February 2024, "
                      "the Care Inspectorate made two requirements and two areas for improvement. This plan sets out our response and is "
                      "reviewed at each meeting of the Care and Education Committee.")
    items = [
        ("Requirement 1", "By 31 May 2024, the provider must ensure that young people's personal plans are reviewed at least every six months and reflect their current needs and risks.", [
            ("All personal plans to be reviewed with each young person and their key worker, using the new 'My Plan' format.", "Depute Manager (Care)", "31 May 2024", "All 18 plans reviewed by 28 May.", "Complete"),
            ("Monthly audit of ten personal plans by the Registered Manager, with feedback to key workers in supervision.", "Registered Manager", "Monthly", "Audits completed June, July and August.", "On track")]),
        ("Requirement 2", "By 30 June 2024, the provider must ensure that all staff complete child protection refresher training.", [
            ("Book all outstanding staff onto the child protection refresher course.", "Training Coordinator", "June 2024", "All 11 outstanding staff trained.", "Complete"),
            ("Add child protection refresher dates to the training matrix with automatic three-month reminders.", "Training Coordinator", "End of June 2024", "Matrix updated.", "Complete")]),
        ("Area for improvement 1", "To support young people's wellbeing, the provider should ensure that every restraint is debriefed with the young person within 72 hours.", [
            ("Introduce a restraint debrief form and record its completion on the incident log.", "Head of Care", "August 2024", "Form in use; 83% of debriefs within 72 hours in August.", "On track"),
            ("Refresh CALM training for all residential staff.", "Head of Care / Training Coordinator", "Sept 2024 – March 2025", "Four of eight cohorts trained.", "On track")]),
        ("Area for improvement 2", "The provider should improve the environment of Cottage 3 so that it feels homely for the young people living there.", [
            ("Redecorate communal areas with young people choosing colours and furnishings.", "Facilities Manager", "October 2024", "Young people's choices gathered at house meeting.", "Not started")]),
    ]
    for head, text, acts in items:
        doc.add_heading(head, 2)
        doc.add_paragraph(text)
        table(doc, ["Action", "Responsible", "Timescale", "Progress", "Status"], [list(a) for a in acts])
        doc.add_paragraph("")
    doc.add_paragraph("Status: Complete / On track / At risk / Not started")
    doc.save(P("bq1-seamab-care-inspectorate-improvement-plan.docx"))


def burnley():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "Burnley College – Post Inspection Action Plan 2024/25"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following Ofsted inspection (further education and skills), 5–8 November 2024"
    hdr = ["Ref", "Action", "Responsible manager", "Target date", "Previous RAG", "Current RAG", "Progress update (Jan 2025)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.border = box; c.fill = fill("BDD7EE")
    colr = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    groups = [
        ("AFI 1: Leaders should ensure that learners on 16 to 19 study programmes attend their English and mathematics lessons more regularly.", [
            ("1.1", "Daily attendance follow-up calls by progress coaches for learners absent from English and maths.", "Head of English & Maths", D(2025, 1, 31), "A", "G", "Attendance up from 79% to 86% since December."),
            ("1.2", "Move English and maths lessons to mornings for all level 2 vocational timetables.", "Director of Curriculum", D(2025, 9, 1), None, None, "To be implemented in the 2025/26 timetable build."),
            ("1.3", "Introduce an attendance incentive scheme with the Students' Union.", "Head of Student Services", D(2025, 3, 31), "G", "B", "Scheme launched 6 January.")]),
        ("AFI 2: Leaders should ensure that apprentices receive timely off-the-job training and that employers are involved in progress reviews.", [
            ("2.1", "Introduce tri-partite reviews every 10 weeks, scheduled in the e-portfolio.", "Head of Apprenticeships", D(2025, 2, 28), "A", "A", "78% of reviews now within 10 weeks; employer attendance improving."),
            ("2.2", "Monthly off-the-job hours report to the Quality Improvement Board.", "Apprenticeship Quality Manager", D(2024, 12, 31), "G", "B", "Report presented December and January."),
            ("2.3", "Employer engagement workshops for line managers of apprentices.", "Head of Apprenticeships / Business Development Manager", D(2025, 4, 30), "G", "R", "Only 9 employers attended the first session; format being reviewed.")]),
        ("AFI 3: Governors should receive more precise information about the quality of education for learners with high needs.", [
            ("3.1", "Add a high needs quality dashboard to the termly Curriculum & Quality Committee pack.", "Head of Inclusion; Clerk to the Corporation", D(2025, 3, 31), None, "G", "Draft dashboard shared with the committee chair.")]),
    ]
    r = 5
    for afi, acts in groups:
        c = ws.cell(r, 1, afi); c.font = Font(bold=True); c.fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); r += 1
        for ref, act, who, when, prev, cur, prog in acts:
            for i, v in enumerate([ref, act, who, when, prev, cur, prog], 1):
                c = ws.cell(r, i, v); c.border = box; c.alignment = wrap
            ws.cell(r, 4).number_format = "dd/mm/yyyy"
            if prev: ws.cell(r, 5).fill = fill(colr[prev])
            if cur: ws.cell(r, 6).fill = fill(colr[cur])
            r += 1
    r += 1
    ws.cell(r, 1, "Key: B = Complete, G = On track, A = Some slippage, R = Off track")
    for col, w in zip("ABCDEFG", [6, 50, 28, 12, 10, 10, 45]):
        ws.column_dimensions[col].width = w
    wb.save(P("bq1-burnley-college-ofsted-post-inspection-action-plan.xlsx"))


if __name__ == "__main__":
    nscht(); pact(); pheasant(); lancs(); dinefwr(); seamab(); burnley()
