"""Generator for the bx1- cases of heldout110 (seven plan documents)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
D = dt.datetime
BLUE = PatternFill("solid", fgColor="5B9BD5"); GREEN = PatternFill("solid", fgColor="00B050")
AMBER = PatternFill("solid", fgColor="FFC000"); RED = PatternFill("solid", fgColor="FF0000")
HEAD = PatternFill("solid", fgColor="1F3864"); BAND = PatternFill("solid", fgColor="D9E1F2")
GREY = PatternFill("solid", fgColor="D9D9D9")
thin = Side(style="thin", color="808080"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED, None: None}


def hdr(ws, row, names, fill=HEAD):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF" if fill is HEAD else "000000"); c.fill = fill
        c.alignment = Alignment(wrap_text=True, vertical="center"); c.border = BOX


def put(ws, row, values, fmt="dd/mm/yyyy"):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v); c.alignment = WRAP; c.border = BOX
        if isinstance(v, D):
            c.number_format = fmt


# ---------------------------------------------------------------- 1 Kingston Maurward (xlsx)
def kingston_maurward():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "Kingston Maurward College – Post-Inspection Action Plan (Ofsted, February 2024)"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:G1")
    ws["A2"] = "Updated for the Quality and Standards Committee, 18 June 2024"; ws.merge_cells("A2:G2")
    ws["A2"].font = Font(italic=True)
    hdr(ws, 4, ["Ref", "Action", "Lead", "Target date", "Success measure",
                "Progress update (June 2024)", "RAG"])
    rows = [
        ("AFI 1: Leaders should ensure that teachers of adult learners plan learning that builds learners' knowledge and skills over time.",),
        ("1.1", "Introduce a common scheme-of-work template for all adult and community learning courses, with sequenced content and planned recall activities.",
         "Head of Adult & Community Learning", D(2024, 4, 30),
         "All adult courses have a sequenced scheme of work on Teams.",
         "Template launched at staff development day on 5 April; all 23 adult courses now have a completed scheme of work.",
         "Complete", "blue"),
        ("1.2", "Deliver a CPD programme for adult tutors on planning for long-term memory and checking prior knowledge at enrolment.",
         "JW / SP", D(2024, 7, 31),
         "90% of adult tutors complete the programme; observation grades improve.",
         "Three of four sessions delivered, attendance 86%. Final session booked for 9 July.",
         "On track", "green"),
        ("1.3", "Carry out learning walks and work scrutiny focused on adult provision and feed back actions to tutors.",
         "Quality Manager (TLA)", "Termly",
         "Learning walk findings show consistent sequencing across courses.",
         "Spring learning walks completed; two courses on support plans. Summer walks under way.",
         None, "amber"),
        (),
        ("AFI 2: Leaders should ensure that apprentices' off-the-job training is planned and recorded accurately so that all apprentices receive their full entitlement.",),
        ("2.1", "Audit off-the-job hours for every apprentice on programme and agree catch-up plans with employers where hours are behind.",
         "Apprenticeships Manager", D(2024, 3, 31),
         "All apprentices have an accurate OTJ record and a catch-up plan where needed.",
         "Audit of 184 apprentices completed in March; 27 catch-up plans agreed with employers.",
         "Complete", "blue"),
        ("2.2", "Move OTJ recording onto the e-portfolio so that hours are logged and signed off monthly by assessors.",
         "Apprenticeships Manager; MIS Manager", "Sept 2024",
         "Monthly OTJ reports available to managers from the e-portfolio.",
         "Supplier configuration agreed; pilot with land-based apprentices from June, full roll-out for September starters.",
         "On track", "green"),
        ("2.3", "Include OTJ progress in three-way progress reviews with employers and escalate apprentices more than 10% behind.",
         "Director of Curriculum", D(2024, 12, 31),
         "Fewer than 5% of apprentices more than 10% behind planned hours.",
         "Review template updated. Escalation process drafted but not yet used consistently by all assessors.",
         "Amber", "amber"),
        ("AFI 3: Governors should ensure that they receive sufficiently detailed information about the quality of apprenticeship provision to hold leaders to account.",),
        ("3.1", "Add an apprenticeship quality dashboard (achievement, OTJ, breaks in learning, employer feedback) to each Quality and Standards Committee agenda.",
         "Clerk to the Corporation", D(2024, 6, 30),
         "Dashboard received and minuted at every committee meeting.",
         "Dashboard received at the March and June meetings and minuted.",
         "Complete", "blue"),
        ("3.2", "Link governor visits to apprenticeship provision, with written feedback to the committee after each visit.",
         "Chair of Q&S Committee / Vice Principal", "Ongoing",
         "At least one governor link visit per term reported to committee.",
         "Link governor visited the agriculture apprenticeships in May; report to the next committee.",
         "G", "green"),
    ]
    r = 5
    for row in rows:
        if len(row) == 0:
            r += 1; continue
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = BAND; ws.cell(row=r, column=1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
        else:
            put(ws, r, list(row[:7]), fmt="mmm-yy")
            f = FILL[row[7]]
            if f: ws.cell(row=r, column=7).fill = f
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True); r += 1
    for text, f in [("Blue – Complete", BLUE), ("Green – On track", GREEN),
                    ("Amber – Some slippage, action being taken", AMBER), ("Red – Off track / at risk", RED)]:
        ws.cell(row=r, column=1, value=text).fill = f
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2); r += 1
    for col, w in zip("ABCDEFG", [8, 50, 24, 12, 34, 46, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(P("bx1-kingston-maurward-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 Civil Nuclear Constabulary (xlsx)
def cnc():
    wb = Workbook(); cv = wb.active; cv.title = "Cover"
    title = "Civil Nuclear Constabulary – HMICFRS Inspection 2023: Areas for Improvement Tracker"
    cv["A1"] = title; cv["A1"].font = Font(bold=True, size=14)
    cv["A3"] = "Document control"; cv["A3"].font = Font(bold=True)
    hdr(cv, 4, ["Version", "Date", "Author", "Changes"], fill=GREY)
    put(cv, 5, ["0.1", D(2023, 11, 20), "Strategic Planning Unit", "First draft following publication of report"])
    put(cv, 6, ["1.0", D(2024, 1, 16), "Strategic Planning Unit", "Approved by Chief Officer Group"])
    put(cv, 7, ["1.3", D(2024, 7, 2), "Strategic Planning Unit", "Q1 2024/25 updates; revised dates agreed at Police Authority"])
    cv["A9"] = "Classification: OFFICIAL"
    for col, w in zip("ABCD", [10, 12, 26, 60]): cv.column_dimensions[col].width = w

    ws = wb.create_sheet("AFI Tracker")
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13); ws.merge_cells("A1:J1")
    ws["A2"] = "Position as at 30 June 2024"; ws.merge_cells("A2:J2")
    hdr(ws, 3, ["Inspection area", "Area for improvement", "Ref", "Action", "Action owner",
                "Original target date", "Revised target date", "Previous RAG", "Current RAG", "Progress update"])
    data = [
        ("Leadership and governance",
         "AFI 1 – The constabulary should make sure that its strategic planning and performance framework links the Authority's priorities to clear, measurable outcomes at site level.",
         [("1a", "Refresh the performance framework so that each site has a scorecard aligned to the Strategic Plan objectives.",
           "Chief Superintendent (Operations)", D(2024, 3, 31), None, "Amber", "Green",
           "Site scorecards agreed for all operational units and reported to Performance Board from April."),
          ("1b", "Introduce quarterly performance and assurance reviews between the Chief Officer Group and each Operational Unit Commander.",
           "ACC / Head of People", D(2024, 6, 30), D(2024, 9, 30), "Amber", "Amber",
           "First two reviews held. Date revised to allow the remaining units to be scheduled around the summer outage programme.")]),
        ("Workforce",
         "AFI 2 – The constabulary should improve how it records and monitors the vetting status of officers and staff, including renewals.",
         [("2a", "Cleanse vetting records and reconcile them with the HR system so that every officer and member of staff has a current, recorded clearance.",
           "Head of Professional Standards", D(2023, 12, 31), None, "Green", "Complete",
           "Reconciliation completed in December 2023; 14 discrepancies resolved."),
          ("2b", "Introduce automated renewal reminders 6 months before clearance expiry, with exception reporting to the Professional Standards Board.",
           "Vetting Manager", D(2024, 3, 31), "Q2 2024/25", "Red", "Amber",
           "Module purchased; testing delayed by supplier. Manual tracker in place as an interim control.")]),
        ("Operational effectiveness",
         "AFI 3 – The constabulary should make sure that its armed policing training programme keeps pace with changes in the threat assessment and that training records are complete.",
         [("3a", "Review the armed policing training needs analysis against the latest threat assessment and update the annual training plan.",
           "Superintendent (Training)", D(2024, 9, 30), None, "Green", "Green",
           "Training needs analysis under way with the Firearms Training Unit; draft plan due in August."),
          ("3b", "Audit individual firearms training records at every unit and correct any gaps.",
           "Deputy Chief Constable", D(2024, 4, 30), None, "Amber", "Complete",
           "Audit completed across all units; three records corrected and assurance reported to the Police Authority."),
          ("3c", "Develop a business case for additional range capacity at the northern sites to reduce travel time for training.",
           "Head of Estates and Firearms Ranges", D(2025, 3, 31), None, None, "Not started",
           "Scheduled to begin in Q3 once the estates strategy has been agreed.")]),
    ]
    rag_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    r = 4
    for area, afi, acts in data:
        start = r
        for a in acts:
            put(ws, r, [area if r == start else None, afi if r == start else None] + list(a))
            for col in (8, 9):
                v = ws.cell(row=r, column=col).value
                if v in rag_fill: ws.cell(row=r, column=col).fill = rag_fill[v]
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG status: Green – on track; Amber – at risk of missing target date; Red – target date missed / off track; Complete – action closed by Chief Officer Group.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    for col, w in zip("ABCDEFGHIJ", [18, 44, 6, 50, 26, 12, 12, 10, 10, 48]):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = f"A3:J{r-2}"
    wb.save(P("bx1-civil-nuclear-constabulary-hmicfrs-inspection-afi-tracker.xlsx"))


# ---------------------------------------------------------------- 3 Rushcliffe internal audit (xlsx, refuse)
def rushcliffe():
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws["A1"] = "Rushcliffe Borough Council – Internal Audit Recommendations Tracker 2024/25"
    ws["A1"].font = Font(bold=True, size=13); ws.merge_cells("A1:K1")
    ws["A2"] = "Outstanding recommendations at 30 September 2024 – Governance Scrutiny Group"
    ws.merge_cells("A2:K2")
    hdr(ws, 4, ["Audit", "Year", "Rec No.", "Recommendation", "Priority", "Management response / agreed action",
                "Responsible officer", "Target date", "Revised date", "Status", "Comments"])
    rows = [
        ["Payroll", "2023/24", 1, "Starter and leaver forms should be authorised by the budget holder before processing.", "Medium",
         "Payroll will reject any form not signed by the budget holder and report exceptions monthly.",
         "Payroll & HR Systems Manager", D(2024, 3, 31), None, "Complete", "Confirmed by audit follow-up July 2024."],
        ["Payroll", "2023/24", 2, "Monthly exception reports should be reviewed and evidenced.", "Low",
         "Exception report review to be signed off by the Service Manager each month.",
         "Service Manager – Finance", D(2024, 4, 30), D(2024, 10, 31), "In progress", "Sign-off introduced from August."],
        ["Car Parks Income", "2023/24", 1, "Cash collections should be reconciled to machine reports within five working days.", "High",
         "Introduce weekly reconciliation between contractor collection sheets and machine audit reports.",
         "Head of Finance", D(2024, 6, 30), None, "Complete", ""],
        ["Car Parks Income", "2023/24", 2, "The contract with the cash collection provider should be reviewed before renewal.", "Medium",
         "Contract review to be completed and options reported to the Executive Manager.",
         "Environment Manager", D(2024, 7, 31), "Ocotber 2024", "In progress", "Procurement advice sought; report drafted."],
        ["Planning Enforcement", "2024/25", 1, "Enforcement cases should be prioritised using the adopted Local Enforcement Plan criteria.", "Medium",
         "Case management system to record priority at case opening; backlog reviewed by team leader.",
         "Planning Enforcement Team Leader", D(2024, 12, 31), None, "On track", ""],
        ["Planning Enforcement", "2024/25", 2, "Performance against enforcement targets should be reported quarterly.", "Low",
         "Quarterly enforcement performance to be added to the Growth and Development scorecard.",
         "Director – Development and Economic Growth", D(2025, 1, 31), None, "Not started", ""],
        ["Cyber Security", "2024/25", 1, "All users should complete mandatory cyber awareness training annually.", "High",
         "Training to be mandatory via the learning platform with compliance reported to the Corporate Management Team.",
         "ICT Manager", D(2024, 11, 30), None, "On track", "82% completion at 30 September."],
    ]
    r = 5
    for row in rows:
        put(ws, r, row); r += 1
    r += 1
    ws.cell(row=r, column=1, value="Priority: High – fundamental control weakness; Medium – significant; Low – best practice.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    for col, w in zip("ABCDEFGHIJK", [18, 9, 8, 44, 9, 46, 26, 12, 12, 12, 34]):
        ws.column_dimensions[col].width = w
    wb.save(P("bx1-rushcliffe-bc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def table(doc, header, rows, fill=None):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = ""; run = c.paragraphs[0].add_run(h); run.bold = True
        if fill: shade(c, fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = "" if v is None else v
    return t


# ---------------------------------------------------------------- 4 Isle of Anglesey Estyn LGES PIAP (docx)
def anglesey():
    doc = Document()
    doc.add_heading("Isle of Anglesey County Council – Post-Inspection Action Plan", 0)
    doc.add_paragraph("Estyn inspection of local government education services, June 2023")
    doc.add_paragraph(
        "Estyn inspected the Council's education services in June 2023 and made three recommendations. "
        "This post-inspection action plan (PIAP) sets out how the Council, working with schools and partners, "
        "will address them. Progress is reported to the Partnership and Regeneration Scrutiny Committee each term.")
    doc.add_paragraph("Document control").runs[0].bold = True
    table(doc, ["Version", "Date", "Author", "Comments"], [
        ["1.0", "10/11/2023", "Education Quality Team", "Approved by the Executive"],
        ["1.2", "04/06/2024", "Education Quality Team", "Summer term progress update"]], fill="D9D9D9")
    recs = [
        ("Recommendation 1: Strengthen the use of self-evaluation to identify and address areas for improvement across education services", [
            ["1.1", "Establish a single self-evaluation calendar for all education teams, with evidence gathered against the Estyn LGES framework.",
             "Director of Education, Skills and Young People", "Autumn term 2023",
             "Calendar in place; all teams submit termly self-evaluation returns.", "Complete"],
            ["1.2", "Train service managers in using first-hand evidence (visits, scrutiny, learner voice) alongside data when judging impact.",
             "Head of Learning / Senior Manager ALN", "Spring term 2024",
             "All service managers trained; service plans show evidence-based evaluation.", "Green"],
            ["1.3", "Report a summary of service self-evaluation findings to scrutiny twice a year.",
             "AGJ and RW", "July 2024",
             "Scrutiny minutes record challenge on self-evaluation findings.", "Amber"],
        ]),
        ("Recommendation 2: Improve the consistency and quality of support and challenge for schools causing concern", [
            ["2.1", "Revise the schools causing concern protocol so that the categories, triggers and escalation steps are clear to headteachers and governors.",
             "Head of Learning", "31/01/2024",
             "Revised protocol agreed with headteachers and published.", "Complete"],
            ["2.2", "Hold half-termly progress review meetings for every school causing concern, with agreed actions and timescales recorded.",
             "Senior Learning and Development Managers", "Ongoing",
             "Each school causing concern shows measurable progress at review.", "Green"],
        ]),
        ("Recommendation 3: Improve attendance, particularly of pupils eligible for free school meals", [
            ["3.1", "Launch an island-wide attendance campaign with schools, families and partners.",
             "Education Welfare Team Manager", "Autumn term 2023",
             "Campaign launched; attendance materials in every school in Welsh and English.", "Complete"],
            ["3.2", "Fund family engagement officers in secondary schools to work with families of pupils eligible for free school meals whose attendance is below 90%.",
             "Head of Inclusion", "Summer term 2024",
             "Persistent absence of eFSM pupils falls year on year.", "Amber"],
            ["3.3", "Produce a half-termly attendance dashboard for headteachers showing attendance by group.",
             "Data and Information Manager", "Spring term 2025",
             "Dashboard used in all school improvement visits.", ""],
        ]),
    ]
    for heading, rows in recs:
        doc.add_heading(heading, 2)
        table(doc, ["Ref", "Action", "Lead officer", "Timescale", "Success criteria", "RAG"], rows, fill="BDD7EE")
        doc.add_paragraph("")
    doc.add_paragraph("RAG key").runs[0].bold = True
    table(doc, ["Status", "Meaning"], [
        ["Complete", "Action completed and impact evaluated"], ["Green", "On track"],
        ["Amber", "Some delay – remedial action in place"], ["Red", "Not on track – escalated to Education Management Team"]])
    doc.save(P("bx1-isle-of-anglesey-estyn-lges-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 5 State Hospital MWC (docx)
def state_hospital():
    doc = Document()
    for s in doc.sections:
        s.orientation = 1; s.page_width, s.page_height = s.page_height, s.page_width
    doc.add_heading("The State Hospital – Mental Welfare Commission Local Visit, 12 March 2024: Action Plan", 1)
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("Service", "The State Hospital, Carstairs"), ("Wards visited", "Iona, Lewis and Mull hubs"),
                 ("Date of report", "23 April 2024"), ("Action plan completed by", "Director of Nursing and Operations"),
                 ("Date returned to the Commission", "21 May 2024")]:
        c = t.add_row().cells; c[0].text = k; c[1].text = v; c[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph("")
    doc.add_paragraph("Please complete the action plan below, giving timescales and the person responsible for each action.")
    header = ["Recommendation", "Action planned", "Timescale", "Responsible", "Progress", "Status"]
    recs = [
        ("Recommendation 1: Managers should ensure that care plans are person-centred, reviewed regularly and reflect the views of the patient.", [
            ["Audit of care plans in all three hubs against the Commission's good practice guide, with feedback to named nurses.", "30 June 2024",
             "Senior Charge Nurses", "Audit of 96 care plans completed; feedback given at hub meetings.", "Complete"],
            ["Quarterly care plan audit added to the nursing quality framework and reported to the Clinical Governance Group.", "Quarterly",
             "Nurse Consultant", "First quarterly audit reported in July.", "On track"]]),
        ("Recommendation 2: Responsible medical officers should ensure that T3 certificates are in place and cover all medication prescribed.", [
            ["Immediate review of all T3 certificates against current prescriptions; RMOs to issue new certificates where needed.", "Immediate and ongoing",
             "Medical Director", "Review completed on 28 March; two certificates reissued.", "Complete"],
            ["Introduce a monthly pharmacy check of consent to treatment forms with results sent to the Mental Health Act Administrator.", "August 2024",
             "Lead Pharmacist / Mental Health Act Administrator", "Check designed and piloted in Iona hub.", "On track"]]),
        ("Recommendation 3: Managers should review the availability of structured activities at weekends and in the evenings.", [
            ["Review rehabilitation therapy rotas and the skye centre timetable to increase weekend and evening sessions.", "End of September 2024",
             "Head of Rehabilitation Therapies", "Staff consultation on revised rotas started; recruitment to one vacant post delayed.", "Amber"]]),
        ("Recommendation 4: Managers should ensure that carers are offered information and involvement in care planning, with the patient's agreement.", [
            ["Develop a carers' information pack and record carer involvement in the care programme approach review paperwork.", "Dec 2024",
             "Person Centred Improvement Lead", "", "Not started"]]),
    ]
    tbl = doc.add_table(rows=1, cols=len(header)); tbl.style = "Table Grid"
    for i, h in enumerate(header):
        c = tbl.rows[0].cells[i]; c.text = ""; c.paragraphs[0].add_run(h).bold = True; shade(c, "DEEAF6")
    for rec, acts in recs:
        first = None
        for a in acts:
            cells = tbl.add_row().cells
            if first is None:
                cells[0].text = rec; first = cells[0]
            else:
                first = first.merge(cells[0])
            for i, v in enumerate(a, 1):
                cells[i].text = v
    doc.save(P("bx1-state-hospital-carstairs-mwc-visit-action-plan.docx"))


# ---------------------------------------------------------------- 6 GPhC PSA (csv)
def gphc():
    rows = [
        ["General Pharmaceutical Council – Action plan in response to the PSA Performance Review 2022/23", "", "", "", "", "", "", ""],
        ["Council meeting 11 April 2024 – Appendix 1", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Standard", "Area for improvement", "Ref", "Action", "Owner", "Due", "Status", "Update"],
        ["Standard 15: The regulator's process for examining and investigating cases is fair, proportionate, deals with cases as quickly as is consistent with a fair resolution of the case",
         "Reduce the time taken to progress fitness to practise cases from receipt to final hearing.",
         "15.1", "Recruit and train additional case officers and lawyers to clear the backlog of cases older than 52 weeks.",
         "Director of Fitness to Practise", "31/03/2024", "Complete", "All 12 posts filled; backlog of older cases down by 38% since April 2023."],
        ["", "", "15.2", "Introduce case progression targets for each investigation stage and monitor them weekly.",
         "Head of Investigations", "Q1 2024/25", "On track", "Stage targets agreed; weekly dashboard in testing."],
        ["", "Improve the quality and consistency of decision-making at the investigation stage.",
         "15.3", "Review and reissue the threshold criteria guidance, with refresher training for all decision makers.",
         "Head of FtP Quality and Improvement", "Mar-25", "Amber", "Guidance redrafted; consultation with stakeholders took longer than planned."],
        ["", "", "15.4", "Put in place an independent quality assurance audit of closed cases twice a year.",
         "Chief Executive and Registrar", "Ongoing", "Green", "First audit reported to the Audit and Risk Committee in January 2024."],
        ["Standard 3: The regulator understands the diversity of its registrants and their patients and service users and of others who interact with the regulator and ensures that its processes do not impose inappropriate barriers or otherwise disadvantage people with protected characteristics",
         "Improve the collection and use of equality data about registrants and people involved in fitness to practise.",
         "3.1", "Launch a campaign to increase the proportion of registrants who have provided EDI data at renewal.",
         "Head of EDI; Director of Insight, Intelligence and Research", "30/09/2024", "On track", "Completion rates up from 61% to 74% since the campaign began."],
        ["", "", "3.2", "Analyse FtP outcomes by protected characteristic and publish the findings.",
         "Director of Insight, Intelligence and Research", "December 2024", "Red", "Data-sharing issues with the case management system have delayed the analysis; revised approach being scoped."],
        ["", "", "3.3", "Carry out an equality impact assessment of the revised registration assessment.",
         "Head of Education and Assessment", "June 2024", "Complete", "EIA published on the GPhC website in June 2024."],
        ["", "", "", "", "", "", "", ""],
        ["Status key: Complete = action closed; Green/On track = on course for due date; Amber = at risk; Red = off track", "", "", "", "", "", "", ""],
    ]
    with open(P("bx1-gphc-psa-performance-review-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Kingsbridge RQIA QIP (txt, tab-separated)
def kingsbridge():
    lines = [
        "Kingsbridge Private Hospital - Quality Improvement Plan (RQIA announced inspection, 6 February 2024)",
        "Inspection ID: IN045118\tRegistered Manager: Mrs Claire O'Neill",
        "",
        "Area for improvement\tRef\tAction to be taken\tResponsible person\tTo be completed by\tStatus\tComments",
        "Action required to ensure compliance with The Independent Health Care Regulations (Northern Ireland) 2005",
        "AFI 1 - Regulation 15 (2): The registered person shall ensure that the resuscitation trolley in theatre recovery is checked daily and that records are kept.\t1.1\tIntroduce a daily resuscitation trolley checklist in theatre recovery, signed by the nurse in charge.\tTheatre Manager\tImmediate and ongoing\tComplete\tChecklist in use from 7 February; spot checks show 100% completion.",
        "\t1.2\tAudit resuscitation trolley checks monthly and report results to the Medical Advisory Committee.\tClinical Governance Lead\t31 May 2024\tOn track\tFebruary to April audits complete.",
        "AFI 2 - Regulation 19 (2) (d): The registered person shall ensure that all staff recruitment records include two written references and an AccessNI check before employment commences.\t2.1\tAudit the personnel files of all staff recruited since January 2023 and obtain any missing references.\tHR Manager\t30/04/2024\tComplete\t47 files audited; 3 missing references obtained.",
        "\t2.2\tRevise the recruitment checklist so that start dates cannot be confirmed until all pre-employment checks are in place.\tHR Manager / Registered Manager\t30/04/2024\tComplete\t",
        "Action required to ensure compliance with the Minimum Care Standards for Independent Healthcare Establishments (July 2014)",
        "AFI 3 - Standard 5.1: The registered person shall ensure that patient consent forms are fully completed, including the signature of the consultant.\t3.1\tRemind all consultants with practising privileges of consent requirements and re-audit consent forms.\tMedical Director\t30 June 2024\tAmber\tRe-audit showed 91% compliance; individual feedback given to two consultants.",
        "AFI 4 - Standard 20.7: The registered person shall ensure that the complaints log records the outcome and any learning for each complaint.\t4.1\tAdd outcome and learning fields to the complaints log and review at the monthly governance meeting.\tPatient Services Manager\tAug-24\t\t",
        "",
        "Please ensure this document is completed in full and returned via Web Portal.",
    ]
    with open(P("bx1-kingsbridge-private-hospital-rqia-qip.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    kingston_maurward(); cnc(); rushcliffe(); anglesey(); state_hospital(); gphc(); kingsbridge()
    print("done")
