"""Generate dg1- blind case documents (children's services plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {c: PatternFill("solid", fgColor=h) for c, h in
        dict(R="FF0000", A="FFC000", G="00B050", B="0070C0", grey="D9D9D9", head="1F3864").items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["head"]; c.alignment = WRAP; c.border = BOX


# 1 Bedford Borough SCP JTAI action plan (xlsx)
def bedford():
    wb = Workbook(); ws = wb.active; ws.title = "JTAI Action Plan"
    ws["A1"] = "Bedford Borough Safeguarding Children Partnership – JTAI Action Plan"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:H1")
    ws["A2"] = "Multi-agency response to children who are victims of domestic abuse – inspection 22–26 January 2024"
    ws.merge_cells("A2:H2")
    ws["A3"] = "Version 3 – updated 14/03/2024"
    hdr(ws, 5, ["Ref", "Area for improvement", "Action", "Agency lead", "Target date", "Revised date",
                "Progress update (March 2024)", "RAG"])
    areas = [
        ("1. The timeliness and quality of police notifications to children's social care following domestic abuse incidents, including the recording of the child's lived experience", [
            ("1.1", "Review the Operation Encompass and police notification process with the MASH to agree a 24-hour target for notifications to reach children's social care.", "DCI Public Protection (Beds Police)", D(2024, 4, 30), None, "Process mapping workshop held 20/02/24; revised flowchart drafted and with MASH leads for sign off.", "Green"),
            ("1.2", "Deliver briefings to response officers on capturing the voice and presence of children at domestic abuse incidents.", "DI Training (Beds Police)", D(2024, 3, 31), D(2024, 6, 30), "Briefing pack agreed. Delivery delayed due to shift pattern changes; now scheduled across all teams by end of June.", "Amber"),
            ("1.3", "Audit a sample of 30 notifications to test the quality of information shared.", "BBSCP QA Sub-group Chair", D(2024, 7, 31), None, "Audit tool agreed at QA sub-group. Sample to be drawn in May.", "Green"),
        ]),
        ("2. Partners' understanding and use of the domestic abuse risk assessment (DASH) and referral pathways to MARAC", [
            ("2.1", "Refresh the multi-agency DASH and MARAC training offer and publish on the BBSCP website.", "BBSCP Training Coordinator", D(2024, 5, 31), None, "Refreshed course content signed off; first two sessions fully booked.", "Green"),
            ("2.2", "Health and education partners to nominate domestic abuse champions in every GP practice and school.", "Designated Nurse / Education Safeguarding Lead", D(2024, 9, 30), None, "Champions identified in 21 of 38 schools; GP practice leads being confirmed via the ICB.", "Amber"),
        ]),
        ("3. The availability of specialist support for children who have experienced domestic abuse, including those not open to children's social care", [
            ("3.1", "Map current commissioned support for children and young people affected by domestic abuse and identify gaps.", "Head of Commissioning", D(2024, 2, 29), None, "Mapping completed and reported to Executive Safeguarding Partners 29/02/24.", "Complete"),
            ("3.2", "Develop a business case for a children's domestic abuse recovery programme.", "Head of Commissioning; Community Safety Manager", D(2024, 6, 30), None, "Draft business case in development; costs to be confirmed with the Bedfordshire PCC's office.", "Amber"),
            ("3.3", "Embed a children's voice section in the MARAC minutes template.", "MARAC Coordinator", D(2024, 3, 31), None, "New template in use from 1 March 2024.", "Complete"),
        ]),
    ]
    rf = {"Green": "G", "Amber": "A", "Complete": "B", "Red": "R"}
    r = 6
    for area, acts in areas:
        start = r
        for ref, act, lead, tgt, rev, prog, rag in acts:
            vals = [ref, area if r == start else None, act, lead, tgt, rev, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP; c.border = BOX
            ws.cell(row=r, column=5).number_format = "mmm-yy"
            ws.cell(row=r, column=6).number_format = "mmm-yy"
            ws.cell(row=r, column=8).fill = FILL[rf[rag]]
            r += 1
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        r += 1  # blank row between areas
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for i, t in enumerate(["Complete – action completed and evidenced", "Green – on track to deliver by target date",
                           "Amber – some slippage, revised date agreed", "Red – off track / at risk"], 1):
        ws.cell(row=r + i, column=1, value=t)
    for col, w in zip("ABCDEFGH", [6, 40, 50, 26, 11, 11, 50, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dg1-bedford-borough-scp-jtai-action-plan.xlsx"))


# 2 Swansea CIW children's services improvement plan (docx)
def swansea():
    doc = Document()
    doc.add_heading("Child and Family Services Improvement Plan – CIW Inspection of Children's Services (October 2018)", 0)
    doc.add_heading("Document control", 2)
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        c.text = v
    for row in [("0.1", "12/11/2018", "Principal Officer Quality Assurance", "First draft for Head of Service"),
                ("1.0", "04/12/2018", "Head of Child and Family Services", "Approved by Social Services Directorate Management Team"),
                ("1.1", "21/01/2019", "Principal Officer Quality Assurance", "Progress update for Scrutiny")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("")
    doc.add_paragraph("Care Inspectorate Wales (CIW) inspected services for children in the City and County of Swansea "
                      "in July 2018 and published its report in October 2018. The report found good quality practice and "
                      "positive outcomes for many children, and set out areas for development. This plan sets out how "
                      "Child and Family Services, with Education and partners, will respond. Progress is reported to the "
                      "Child and Family Services Performance Board monthly and to Scrutiny quarterly.")
    areas = [
        ("Area for Development 1: Assessments – reduce duplication and strengthen the focus on what matters to the child", [
            ("1.1", "Review the assessment template with practitioners so that the 'what matters' conversation is recorded once and carried forward.", "Principal Officer Quality Assurance", "March 2019", "Practitioner workshops held in November and December; revised template being tested in two teams.", "Green"),
            ("1.2", "Audit 40 assessments per quarter against the revised standard and report findings to the Child and Family Services Performance Board.", "QA Team Manager", "Quarterly", "First audit of 40 assessments completed in December; findings reported to the Board in January.", "Green"),
        ]),
        ("Area for Development 2: The voice of the child is clearly recorded and children have access to their own plans and reviews", [
            ("2.1", "Introduce a 'my plan' summary, written to the child, for all children looked after aged 10 and over.", "Head of Child and Family Services", "Sept 2018 – March 2019", "Template co-produced with young people; rollout has been slower than planned in the 16+ team.", "Amber"),
            ("2.2", "Develop a clear process for children and young people to request and receive copies of their plans, reviews and records.", "IRO Manager / Information Governance Officer", "By 30 June 2019", "Scheduled to begin after the Q4 audit cycle.", "Not started"),
        ]),
        ("Area for Development 3: Children who receive education other than at school receive the support they are entitled to", [
            ("3.1", "Establish a joint panel with Education to review every child looked after or on the child protection register who is receiving education other than at school.", "Head of Child and Family Services / Head of Education Inclusion", "Q4 2018/19", "Panel established January 2019 and meets monthly.", "Complete"),
            ("3.2", "Report attendance and education provision for children looked after to the Corporate Parenting Board.", "Virtual School Head", "Ongoing", "Standing item on the Corporate Parenting Board agenda from December 2018.", "Green"),
            ("3.3", "Agree a joint protocol between Child and Family Services and the Education Directorate on sharing information about children on reduced timetables.", "JR / KT", "Apr-19", "Draft protocol shared with head teachers' forum; comments due February.", "Amber"),
        ]),
    ]
    for area, acts in areas:
        doc.add_heading(area, 2)
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Timescale", "Progress update (January 2019)", "RAG"]):
            c.text = v
            for p in c.paragraphs:
                for run in p.runs:
                    run.bold = True
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                c.text = v
        doc.add_paragraph("")
    doc.add_paragraph("RAG: Red – not on track; Amber – some delay; Green – on track; Complete – action achieved; "
                      "Not started – action not yet due to begin.")
    doc.save(os.path.join(OUT, "dg1-swansea-ciw-childrens-services-improvement-plan.docx"))


# 3 Moore House School Care Inspectorate improvement plan (docx)
def moore():
    doc = Document()
    doc.add_heading("Moore House School – Care Inspectorate Improvement Plan", 0)
    doc.add_paragraph("Following the unannounced inspection of the school care accommodation service, January 2023. "
                      "This plan responds to the requirements and area for improvement in the inspection report and is "
                      "reviewed at the monthly senior leadership team meeting.")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["What we will do", "Who", "By when", "Progress", "Status"]):
        c.text = v
    blocks = [
        ("Requirement 1: By 31 May 2023, the provider must ensure that young people's care plans and risk assessments are reviewed following any significant incident, including the use of physical restraint.", [
            ("Introduce a post-incident review checklist to be completed by the shift leader within 72 hours.", "Depute Manager (Care)", "31/05/2023", "Checklist in use in all three houses since April.", "Complete"),
            ("Care plan reviews audited monthly by the senior team and findings shared at team meetings.", "Head of Care", "Monthly", "March and April audits completed; actions tracked on the audit log.", "On track"),
        ]),
        ("Requirement 2: By 30 June 2023, the provider must ensure that staff receive training in trauma-informed practice and the safe use of restrictive practice.", [
            ("All care staff to complete refresher training in the school's physical intervention model.", "Training Coordinator", "June 2023", "41 of 48 staff trained; remaining staff booked on the 14 and 21 June sessions.", "On track"),
            ("Roll out trauma-informed practice training (Level 2) for all care and education staff.", "KM / DL", "End of August 2023", "", "Not started"),
        ]),
        ("Area for improvement 1: To support young people's wellbeing, the provider should ensure that young people have regular opportunities to be involved in planning activities and in decisions about their house.", [
            ("Establish fortnightly house meetings, with minutes shared with the young people's forum.", "Unit Managers", "April 2023", "House meetings running in all houses; minutes on the forum noticeboard.", "Complete"),
            ("Young people to be part of interview panels for new care staff.", "HR Manager; Head of Care", "Ongoing", "Two young people sat on the April interview panel and gave feedback on candidates.", "On track"),
        ]),
    ]
    for head, acts in blocks:
        row = t.add_row(); m = row.cells[0].merge(row.cells[4]); m.text = head
        for p in m.paragraphs:
            for run in p.runs:
                run.bold = True
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                c.text = v
    doc.add_paragraph("")
    doc.add_paragraph("Signed: Head of Service    Date: 02/05/2023")
    doc.save(os.path.join(OUT, "dg1-moore-house-school-care-inspectorate-improvement-plan.docx"))


# 4 The Dukeries Academy post-Ofsted action plan (xlsx)
def dukeries():
    wb = Workbook(); ws = wb.active; ws.title = "Action plan"
    ws["A1"] = "The Dukeries Academy – Post-Ofsted Action Plan 2023-24"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Inspection: 10–11 October 2023. Overall effectiveness: Requires improvement"; ws.merge_cells("A2:G2")
    hdr(ws, 4, ["Key issue (Ofsted: what does the school need to do to improve?)", "Ref", "Action", "Lead",
                "Timescale", "Success criteria", "RAG (Feb 24)"])
    pri = [
        ("Priority 1: Quality of education", "Leaders should ensure that the curriculum in key stage 3 identifies the important knowledge pupils should learn and the order in which they should learn it.", [
            ("1.1", "Subject leaders to rewrite KS3 curriculum maps identifying the core knowledge and its sequence.", "DHT (Curriculum)", "Autumn term 2023", "All KS3 maps published on the shared drive and website.", "B"),
            ("1.2", "Fortnightly subject leader line management meetings to quality assure curriculum implementation.", "SLT line managers", "Termly", "Line management notes show actions followed up; deep dives show consistent delivery.", "G"),
            ("1.3", "Deliver CPD on retrieval practice and checking for understanding to all teaching staff.", "AHT (Teaching and Learning)", "Spring term 2024", "Learning walks show retrieval practice in 90% of lessons.", "G"),
        ]),
        ("Priority 2: Behaviour and attitudes", "Leaders should ensure that the behaviour policy is applied consistently so that low-level disruption does not interrupt learning, and that the use of suspensions reduces.", [
            ("2.1", "Relaunch the behaviour policy with staff, pupils and parents, including a simplified consequences ladder.", "AHT (Behaviour)", D(2023, 11, 30), "Policy relaunched; staff and pupil voice show consistent use of the ladder.", "B"),
            ("2.2", "Open an on-site inclusion room staffed full-time to reduce suspensions.", "AHT (Behaviour) / SENDCo", "Spring term 2024", "Suspensions reduced by 30% compared with autumn 2022.", "A"),
            ("2.3", "Weekly analysis of behaviour points by year team, shared with heads of year.", "JPa / KM", "Weekly", "Heads of year act on weekly analysis; repeat incidents fall.", "G"),
        ]),
        ("Priority 3: Attendance", "Leaders should take further action to improve the attendance of disadvantaged pupils and pupils with SEND, whose rates of persistent absence remain high.", [
            ("3.1", "Appoint an attendance officer and introduce first-day calling and home visits for persistent absentees.", "Business Manager", D(2024, 1, 31), "Attendance officer in post; first-day calls logged for every absence.", "B"),
            ("3.2", "Introduce attendance support plans for every persistently absent pupil with SEND.", "SENDCo", "Summer term 2024", "Persistent absence of pupils with SEND below 25%.", "A"),
            ("3.3", "Termly attendance reports to the Local Governing Body and Trust.", "Headteacher", "Termly", "Governors' minutes show challenge on attendance of disadvantaged pupils.", "G"),
        ]),
    ]
    r = 5
    for p, issue, acts in pri:
        ws.cell(row=r, column=1, value=p).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1; start = r
        for ref, act, lead, ts, sc, rag in acts:
            vals = [issue if r == start else None, ref, act, lead, ts, sc, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP; c.border = BOX
            if isinstance(ts, dt.datetime):
                ws.cell(row=r, column=5).number_format = "mmm-yy" if ts.month == 11 else "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = FILL[rag]
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG key:  B = Complete   G = On track   A = Some slippage   R = Not on track")
    for col, w in zip("ABCDEFG", [40, 6, 50, 24, 16, 40, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dg1-the-dukeries-academy-post-ofsted-action-plan.xlsx"))


# 5 Children's home Ofsted action plan with a mistyped month (xlsx) -> refuse
def meadow():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Meadow View Children's Home – Ofsted Inspection Action Plan"; ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Inspection date: 12 and 13 March 2024    Overall experiences and progress: Requires improvement to be good"
    ws.merge_cells("A2:G2")
    hdr(ws, 4, ["No.", "Requirement / Recommendation", "Action to be taken", "Responsible person",
                "Date to be completed", "Status", "Comments"])
    def sect(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    rows = [
        (5, None),
        (6, ("1", "The registered person must ensure that each child's relevant plans are reviewed and updated following any incident of going missing (Regulation 14(1)(a)).",
             "Review all placement plans and risk assessments after every missing episode within 24 hours; keyworker to record the child's views.", "Registered Manager", D(2024, 4, 15), "Complete", "All three children's plans reviewed and updated.")),
        (7, ("2", "The registered person must ensure that staff receive training in child exploitation appropriate to their role (Regulation 33(4)(a)).",
             "All staff to complete the local safeguarding partnership's child exploitation training.", "Deputy Manager", "30 Arpil 2024", "On track", "7 of 9 staff completed; 2 booked.")),
        (8, ("3", "The registered person must ensure that notifications to Ofsted are made without delay (Regulation 40(4)).",
             "Notifications checklist added to the shift handover; manager to check weekly.", "Registered Manager", D(2024, 3, 31), "Complete", "Checklist in use since 18 March.")),
        (9, None),
        (10, None),
        (11, ("4", "The registered person should ensure that the home's environment is well maintained and homely (Guide to the Children's Homes Regulations, page 15, paragraph 3.9).",
              "Redecorate the lounge and two bedrooms, with children choosing colours and furnishings.", "Responsible Individual", D(2024, 6, 30), "Amber", "Quote approved; works delayed by contractor availability.")),
        (12, ("5", "The registered person should ensure that children are helped to understand their records and have access to them (page 62, paragraph 14.5).",
              "Keyworkers to go through the child-friendly summary of their records with each child.", "Keyworkers", D(2024, 5, 31), "Green", "Two of three children have completed sessions.")),
    ]
    sect(5, "Requirements")
    sect(10, "Recommendations")
    rf = {"Complete": "B", "On track": "G", "Green": "G", "Amber": "A"}
    for r, vals in rows:
        if not vals:
            continue
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP; c.border = BOX
        if isinstance(vals[4], dt.datetime):
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=6).fill = FILL[rf[vals[5]]]
    for col, w in zip("ABCDEFG", [5, 55, 50, 22, 16, 12, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dg1-meadow-view-childrens-home-ofsted-action-plan-typo-month-refuse.xlsx"))


# 6 Wokingham SEND WSOA progress tracker (csv)
def wokingham():
    rows = [
        ["Wokingham Local Area SEND Written Statement of Action – Progress Tracker (updated July 2020)", "", "", "", "", "", "", ""],
        [""] * 8,
        ["Area of weakness", "Ref", "Action", "Lead officer(s)", "Original deadline", "Revised deadline", "Progress update", "RAG"],
        ["1. Inconsistent quality of EHC plans and poor timeliness of annual reviews", "1.1", "Introduce a multi-agency EHCP quality assurance panel meeting monthly to audit a sample of new plans.", "Head of SEND", "31/01/2020", "", "Panel in place since January; 42 plans audited, 71% judged good or better.", "Completed"],
        ["", "1.2", "Recruit two additional SEN case officers to clear the backlog of overdue annual reviews.", "SEND Service Manager", "31/03/2020", "30/09/2020", "Recruitment paused during lockdown; one officer started in June, second post re-advertised.", "Amber"],
        ["", "1.3", "Health and social care advice for EHC needs assessments to be returned within 6 weeks in 90% of cases.", "Designated Clinical Officer; Head of Children's Social Work", "Jun-20", "", "Health advice timeliness at 84% in Q1; social care at 77%.", "Amber"],
        [""] * 8,
        ["2. Weak joint commissioning and lack of timely access to therapies and neurodevelopmental assessment", "2.1", "Agree a joint commissioning strategy for SEND between the council and the CCG.", "Head of Commissioning / Associate Director Children's Commissioning", "30/04/2020", "", "Strategy approved by the Health and Wellbeing Board on 9 April 2020.", "Completed"],
        ["", "2.2", "Reduce waiting times for autism assessment to under 18 weeks.", "Designated Clinical Officer", "31/03/2021", "", "Waiting list reduced from 412 to 355; additional capacity commissioned from September.", "Red"],
        [""] * 8,
        ["3. Poor communication with parents and carers and a Local Offer that is difficult to navigate", "3.1", "Relaunch the Local Offer website, co-produced with the Parent Carer Forum.", "Local Offer Officer", "Sep-20", "", "Content review complete; new site in user testing with parent carers.", "Green"],
        ["", "3.2", "Publish a termly SEND newsletter for families.", "SEND Communications Lead", "Termly", "", "Summer edition published 10 July.", "Green"],
        ["", "3.3", "Hold quarterly SEND surgeries for parents with senior leaders in each locality.", "RT/HM", "Ongoing", "", "Surgeries moved online from April; 56 families attended in Q1.", "Green"],
        [""] * 8,
        ["RAG key: Completed; Green = on track; Amber = at risk of slipping; Red = off track", "", "", "", "", "", "", ""],
    ]
    with open(os.path.join(OUT, "dg1-wokingham-send-wsoa-progress-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# 7 Bracknell Forest YJS HMIP improvement plan (tab-separated txt)
def bracknell():
    lines = [
        "Bracknell Forest Youth Justice Service – HMIP Inspection Improvement Plan",
        "Inspection fieldwork: May 2024. Report published: August 2024. Plan owner: YJS Management Board",
        "",
        "\t".join(["Recommendation", "No.", "Action", "Lead", "Due", "Status", "Update"]),
        "\t".join(["1. The Youth Justice Service Manager should ensure that assessments and plans consistently address the safety and wellbeing of the child and the risk of harm to others.", "1a", "Refresh the assessment and planning practice standard and deliver a practice workshop for all case managers.", "Deputy Team Manager", "Oct-24", "Complete", "Standard relaunched; workshop held 17 October."]),
        "\t".join(["", "1b", "Monthly thematic audits of assessment quality, moderated by the Management Board QA lead.", "Team Manager / QA Lead", "Monthly", "On track", "September and October audits completed; 6 of 10 cases rated good."]),
        "\t".join(["2. The YJS Management Board should ensure that partners provide timely access to education, training and employment and to speech and language therapy for children known to the service.", "2a", "Secure a dedicated speech and language therapist for the YJS through the ICB.", "YJS Management Board Chair", "Q4 2024/25", "Amber", "Funding agreed in principle; recruitment to start in January."]),
        "\t".join(["", "2b", "Education representative to attend all out-of-court disposal panels.", "Head of Inclusion", "Dec-24", "Green", "Attending since November; attendance logged."]),
        "\t".join(["", "2c", "Track the ETE status of every child monthly and report to the Board.", "ETE Officer", "Ongoing", "", ""]),
        "\t".join(["3. The YJS Management Board should ensure that victims' needs are consistently considered and that victim contact is offered in all relevant cases.", "3a", "Review the victim contact process and introduce a victim liaison log.", "Restorative Justice Worker", "31/01/2025", "Green", "Draft process with Thames Valley Police victim services for comment."]),
        "\t".join(["", "3b", "Report victim contact rates quarterly to the Board.", "Team Manager", "Quarterly", "Not started", "To begin from the Q4 report."]),
        "",
        "Status: Complete / Green (on track) / Amber (at risk) / Red (off track)",
    ]
    with open(os.path.join(OUT, "dg1-bracknell-forest-yjs-hmip-improvement-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    bedford(); swansea(); moore(); dukeries(); meadow(); wokingham(); bracknell()
