"""Generator for the cw1- blind cases (children's services plans). Run with /work/main/.venv/bin/python."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
         "head": "1F3864", "sect": "D9E1F2", "grey": "EDEDED"}.items()}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, names, widths):
    for i, (n, w) in enumerate(zip(names, widths), 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["head"]; c.alignment = WRAP; c.border = BOX
        ws.column_dimensions[c.column_letter].width = w


def band(ws, row, text, ncol, fill="sect", start=1):
    ws.cell(row=row, column=start, value=text)
    ws.merge_cells(start_row=row, start_column=start, end_row=row, end_column=ncol)
    c = ws.cell(row=row, column=start)
    c.font = Font(bold=True); c.fill = FILL[fill]; c.alignment = WRAP


def put(ws, row, vals, fmt="dd/mm/yyyy"):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP; c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = fmt


# ---------------------------------------------------------------- 1 Demelza (xlsx, read)
def demelza():
    wb = Workbook(); ws = wb.active; ws.title = "CQC action plan"
    ws["A1"] = "Demelza Hospice Care for Children"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC Inspection Action Plan – Demelza Kent (inspection 14 and 15 May 2024)"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Version 3 – updated 02/12/2024 for the Quality and Clinical Governance Committee"
    cols = ["Ref", "Must do / Should do", "CQC finding (regulation)", "Action", "Lead",
            "Target date", "Revised date", "Progress update", "RAG"]
    hdr(ws, 5, cols, [6, 11, 40, 45, 22, 12, 12, 45, 11])
    r = 6
    def sect(t):
        nonlocal r; band(ws, r, t, 9); r += 1
    def act(vals, _unused, rag_fill):
        nonlocal r
        put(ws, r, vals, fmt="dd/mm/yyyy")
        if rag_fill: ws.cell(row=r, column=9).fill = FILL[rag_fill]
        r += 1
    f1 = "The provider must ensure that medicines are stored at the correct temperature and that fridge temperatures are recorded daily. (Regulation 12)"
    f2 = "The service should ensure that all clinical staff complete level 3 safeguarding children training."
    f3 = "The service should ensure that children's care plans are reviewed following each stay."
    f4 = "The provider must ensure that governance systems effectively monitor the quality and safety of the service. (Regulation 17)"
    f5 = "The service should ensure that registered nurses receive regular clinical supervision in line with the hospice policy."
    sect("SAFE")
    s = r
    act(["1.1", "Must do", f1, "Install digital temperature monitoring on the clinical room and ward medicine fridges, with alerts to the nurse in charge.",
         "Head of Clinical Services", D(2024, 8, 31), None, "Monitors installed 22/07/24. Daily checks audited weekly and 100% compliant since August.", "Complete"], None, "blue")
    act(["1.2", None, None, "Add fridge temperature checks to the monthly medicines audit and report the results to the Clinical Governance Committee.",
         "Pharmacy Lead / Clinical Governance Manager", D(2024, 10, 31), None, "Included in the October audit; first report received by committee on 14 November.", "Green"], None, "green")
    ws.merge_cells(start_row=s, start_column=2, end_row=s + 1, end_column=2)
    ws.merge_cells(start_row=s, start_column=3, end_row=s + 1, end_column=3)
    act(["1.3", "Should do", f2, "Book all outstanding staff on to level 3 safeguarding children training and track completion through the learning management system.",
         "JM", D(2025, 1, 31), None, "82% compliant. The remaining 9 staff are booked on the January cohort.", "Amber"], None, "amber")
    sect("EFFECTIVE")
    s = r
    act(["2.1", "Should do", f3, "Add a care plan review prompt to the discharge checklist on SystmOne.",
         "Ward Sister (Kent)", "Ongoing", None, "Prompt live from 1 October; compliance checked at each handover.", "Green"], None, "green")
    act(["2.2", None, None, "Audit a sample of 10 care plans each month and feed back findings at the ward team meeting.",
         "Clinical Nurse Educator", D(2025, 3, 31), None, "Audit tool agreed; first audit due January 2025.", "Not started"], None, None)
    ws.merge_cells(start_row=s, start_column=2, end_row=s + 1, end_column=2)
    ws.merge_cells(start_row=s, start_column=3, end_row=s + 1, end_column=3)
    sect("WELL-LED")
    s = r
    act(["3.1", "Must do", f4, "Refresh the clinical risk register and review it monthly at the Senior Leadership Team meeting.",
         "Director of Care", D(2024, 9, 30), D(2024, 12, 31), "Register refreshed. Date revised as the new Datix module went live in November; monthly review now in SLT forward plan.", "Green"], None, "green")
    act(["3.2", None, None, "Develop a quality dashboard covering incidents, complaints, audits and training compliance for the Board of Trustees.",
         "Director of Care / Head of Quality", "Q4 2024/25", None, "Draft dashboard shared with trustees in November; data feeds for training compliance still being built.", None], None, "amber")
    ws.merge_cells(start_row=s, start_column=2, end_row=s + 1, end_column=2)
    ws.merge_cells(start_row=s, start_column=3, end_row=s + 1, end_column=3)
    act(["3.3", "Should do", f5, "Reinstate six-weekly clinical supervision for all registered nurses and record it on the supervision tracker.",
         "SK/LB", D(2024, 11, 30), None, "All registered nurses have had supervision within the last six weeks.", "Complete"], None, "blue")
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True); r += 1
    for t, f in [("Complete", "blue"), ("Green – on track", "green"), ("Amber – some slippage, recoverable", "amber"), ("Red – off track / at risk", "red")]:
        ws.cell(row=r, column=1).fill = FILL[f]; ws.cell(row=r, column=2, value=t); r += 1
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, "cw1-demelza-hospice-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 TEC Partnership (xlsx, refuse)
def tec():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "TEC Partnership – Grimsby Institute"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Post-Inspection Action Plan following Ofsted inspection (5–8 March 2024)"; ws["A2"].font = Font(bold=True)
    cols = ["No.", "Action", "Responsible", "Milestones / success measures", "Target date", "RAG", "Progress comment"]
    hdr(ws, 4, cols, [6, 45, 20, 38, 16, 10, 45])
    r = 5
    rows = [
        ("band", "AFI 1: Leaders should ensure that apprentices receive their full entitlement to off-the-job training."),
        ("1.1", "Introduce a monthly off-the-job hours report for each employer, reviewed at progress reviews.", "Head of Apprenticeships", "All apprentices have OTJ hours recorded and reviewed monthly.", D(2024, 6, 30), "Complete", "Reports in place from June; shared with employers at each review."),
        ("1.2", "Train assessors on planning and recording off-the-job activity with employers.", "Apprenticeship Quality Manager", "100% of assessors trained; sample audit shows accurate records.", D(2024, 7, 31), "Green", "Training delivered to 31 of 33 assessors; two new starters booked."),
        ("1.3", "Escalate apprentices below 80% of planned hours to the employer account manager.", "AH / RT", "Fewer than 5% of apprentices below planned hours.", "Termly", "Amber", "Currently 9% below; escalation route now in the apprenticeship handbook."),
        ("band", "AFI 2: Leaders should improve attendance on 16 to 19 study programmes, particularly in English and mathematics lessons."),
        ("2.1", "Launch the revised attendance policy with daily first-day absence calls.", "Director of Student Services", "Attendance at or above 90% in vocational lessons.", D(2024, 9, 30), "Green", "Policy launched at induction; first-day calls running since 9 September."),
        ("2.2", "Timetable English and maths lessons adjacent to vocational sessions for all full-time learners.", "Head of English and Maths", "English and maths attendance at or above 85%.", "Sepember 2024", "Amber", "Timetables changed for most curriculum areas; construction still to be aligned."),
        ("2.3", "Report attendance by course weekly to curriculum heads and the senior leadership team.", "Data and MIS Manager", "Weekly report in use by all curriculum heads.", D(2024, 10, 31), "Green", "Power BI report live; reviewed at weekly SLT."),
        ("band", "AFI 3: Governors should receive more precise information on the quality of education to enable them to hold leaders to account."),
        ("3.1", "Revise the quality report to the Standards Committee to include learner progress and destinations by area.", "Clerk to the Corporation / Deputy Principal Quality", "Revised report received at each Standards Committee.", D(2024, 11, 30), "Green", "First revised report went to the November committee."),
        ("3.2", "Arrange governor link visits to each curriculum area.", "Chair of Standards Committee", "Each governor completes at least two link visits a year.", D(2025, 6, 30), "Red", "Only one visit completed so far; schedule to be agreed in January."),
    ]
    for row in rows:
        if row[0] == "band":
            band(ws, r, row[1], 7)
        else:
            put(ws, r, list(row), fmt="dd/mm/yyyy")
            f = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[row[5]]
            ws.cell(row=r, column=6).fill = FILL[f]
            if row[4] == "Sepember 2024":
                print("TEC typo on sheet row", r)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete (blue) / Green – on track / Amber – at risk / Red – not on track")
    wb.save(os.path.join(OUT, "cw1-tec-partnership-grimsby-institute-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3 Harrow SEND (xlsx, read; fill-only RAG, prev/current)
def harrow():
    wb = Workbook(); ws = wb.active; ws.title = "Priority Action Plan"
    ws["A1"] = "Harrow Local Area SEND Partnership"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Priority Action Plan – Area SEND inspection (progress to 31 January 2025)"; ws["A2"].font = Font(bold=True, size=12)
    cols = ["Ref", "Action", "Lead officer", "Partner(s)", "Timescale", "Previous RAG", "Current RAG", "Progress / evidence of impact"]
    hdr(ws, 4, cols, [7, 45, 24, 18, 18, 10, 10, 48])
    r = 5
    def sect(t):
        nonlocal r; band(ws, r, t, 8, fill="head"); ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF"); r += 1
    def afi(t):
        nonlocal r
        ws.cell(row=r, column=1, value="Area for priority action").font = Font(bold=True, italic=True)
        ws.cell(row=r, column=1).alignment = WRAP
        band(ws, r, t, 8, fill="sect", start=2); r += 1
    def act(vals, prev, cur, fmt="mmm-yy"):
        nonlocal r
        put(ws, r, vals[:5] + [None, None] + [vals[5]], fmt=fmt)
        if prev: ws.cell(row=r, column=6).fill = FILL[prev]
        if cur: ws.cell(row=r, column=7).fill = FILL[cur]
        r += 1
    t1 = "1. Timeliness and quality of EHC plans"
    a1 = "Leaders across education, health and care should ensure that EHC needs assessments are completed within statutory timescales and that plans are updated promptly following annual reviews."
    t2 = "2. Preparation for adulthood"
    a2 = "Leaders should strengthen transition planning so that young people with SEND aged 14 and over have clear, co-produced plans for their next steps."
    sect(t1); afi(a1)
    act(["1.1", "Recruit two additional EHC coordinators to reduce caseloads to no more than 120 per officer.", "Head of SEND Service", "HR", D(2024, 10, 31),
         "Both posts filled in October; average caseload now 118."], "amber", "blue")
    act(["1.2", "Introduce a weekly multi-agency panel to track assessments approaching week 16.", "Head of SEND Service", "NWL ICB, Educational Psychology", "Sept 2024 – March 2025",
         "Panel running since September. 20-week timeliness up from 31% to 54% over the quarter."], "amber", "green")
    act(["1.3", "Agree a service level agreement for health advice to be returned within six weeks.", "Designated Clinical Officer (DCO)", "CLCH, CNWL", D(2025, 3, 31),
         "Draft SLA agreed with community paediatrics; therapies still to sign off. Health advice returned on time in 63% of cases."], "red", "amber")
    act(["1.4", "Deliver quarterly EHC plan quality audits with parent carer forum representatives.", "AB / CD", "Harrow Parent Carer Forum", "Termly",
         "Second audit completed in December; 71% of plans rated good or better."], "green", "green")
    sect(t2); afi(a2)
    act(["2.1", "Launch a Preparing for Adulthood protocol across children's and adult social care.", "Head of Service, Transitions", "Adult Social Care", "Autumn term 2024",
         "Protocol signed off by the SEND Partnership Board on 4 December."], "green", "blue")
    act(["2.2", "Ensure all year 9 annual reviews include a PfA outcome and a careers guidance conversation.", "SEND Review Team Manager", "Schools, Prospects", "Summer term 2025",
         "Guidance issued to SENCos; audit of autumn reviews shows 58% include a PfA outcome."], "amber", "amber")
    r += 1
    act(["2.3", "Expand the supported internship offer from 12 to 25 places with local employers.", "Employment and Skills Lead", "Harrow College, DFN Project SEARCH", D(2025, 9, 1),
         "18 places secured for September 2025; discussions ongoing with Northwick Park Hospital."], None, None)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True); r += 1
    for f, t in [("blue", "Complete"), ("green", "On track"), ("amber", "At risk of slipping – mitigation in place"), ("red", "Off track – escalate to SEND Partnership Board")]:
        ws.cell(row=r, column=1).fill = FILL[f]; ws.cell(row=r, column=2, value=t); r += 1
    ws.cell(row=r, column=1, value="No colour = not yet rated (new action this period).")
    wb.save(os.path.join(OUT, "cw1-harrow-send-lap-priority-action-plan-fill-rag.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------- 4 Sefton SCP JTAI (docx, read)
def sefton():
    d = Document()
    d.add_heading("Sefton Safeguarding Children Partnership", level=1)
    d.add_heading("Joint Targeted Area Inspection (JTAI) Action Plan: the multi-agency response to children and families who need help", level=2)
    d.add_paragraph("Ofsted, the CQC, HMICFRS and HMI Probation carried out a joint targeted area inspection of the multi-agency response to "
                    "children and families who need help in Sefton in June 2024. The letter of findings identified four areas for improvement. "
                    "This plan sets out how the partnership will respond; it is monitored by the Partnership Executive Group every two months.")
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Author / changes"]): c.text = v
    bold_row(t.rows[0])
    for row in [("0.3", "05/09/2024", "Draft for Executive Group"), ("1.0", "19/09/2024", "Agreed and submitted to Ofsted"), ("1.2", "14/01/2025", "January progress update")]:
        cs = t.add_row().cells
        for c, v in zip(cs, row): c.text = v
    d.add_paragraph()
    themes = [
        ("Theme 1: Early help and the front door", [
            ("The quality and consistency of information sharing by partner agencies when making referrals to the Integrated Front Door.", [
                ("1.1", "Relaunch the multi-agency referral form with mandatory fields for consent, risk and the child's lived experience.", "Head of Integrated Front Door", "31/10/2024", "Complete", "Form relaunched 1 October; briefings delivered to 412 practitioners."),
                ("1.2", "Audit 30 referrals from health, police and schools each quarter and feed back to the referring agency.", "Claire Ashworth and Tom Rimmer", "Quarterly", "G", "Q3 audit showed 76% of referrals rated good, up from 52% at inspection."),
            ]),
            ("The timeliness of early help assessments for children whose needs are stepped down from children's social care.", [
                ("1.3", "Introduce a joint step-down meeting with the early help locality lead before a case is closed to social care.", "Service Manager (Early Help)", "End of December 2024", "A", "Meetings in place in two of three localities; Bootle to follow in February."),
            ]),
        ]),
        ("Theme 2: Neglect and cumulative harm", [
            ("The use of the Graded Care Profile 2 (GCP2) by partner agencies to assess neglect.", [
                ("2.1", "Train 150 practitioners across health, education and early help in GCP2.", "Safeguarding Partnership Business Manager", "March 2025", "G", "104 practitioners trained; further dates booked in February and March."),
                ("2.2", "Add GCP2 completion to the partnership performance dashboard.", "Lee, Sam", "Q4 2024/25", "R", "Delayed by changes to the social care case management system; escalated to the Executive Group."),
            ]),
        ]),
        ("Theme 3: Learning and quality assurance", [
            ("Partners' understanding of the impact of multi-agency training on practice.", [
                ("3.1", "Add a three-month follow-up impact survey to all partnership courses.", "Training Coordinator", "Ongoing", "G", "Survey in use since November; response rate 38%."),
                ("3.2", "Hold a multi-agency learning event on neglect with the findings from the JTAI.", "Designated Nurse / DCI Public Protection", "w/c 10/03/2025", "", "Venue booked; programme being finalised."),
            ]),
        ]),
    ]
    for theme, afis in themes:
        d.add_heading(theme, level=3)
        t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, ["No.", "Area for improvement", "Action", "Lead", "By when", "RAG", "Update"]): c.text = v
        bold_row(t.rows[0])
        for afi, acts in afis:
            first = None
            for i, (ref, action, lead, when, rag, upd) in enumerate(acts):
                cs = t.add_row().cells
                for c, v in zip(cs, [ref, afi if i == 0 else "", action, lead, when, rag, upd]): c.text = v
                col = {"G": "00B050", "A": "FFC000", "R": "FF0000", "Complete": "0070C0"}.get(rag)
                if col: shade(cs[5], col)
                if i == 0: first = cs[1]
                else: first = first.merge(cs[1])
            if len(acts) > 1:
                first.text = afi
        d.add_paragraph()
    d.add_paragraph("RAG: Complete (blue); G – on track; A – some delay; R – off track. Blank = not yet due for rating.")
    d.save(os.path.join(OUT, "cw1-sefton-scp-jtai-action-plan.docx"))


# ---------------------------------------------------------------- 5 Strathearn School ETI (docx, read; fill-only RAG with key)
def strathearn():
    d = Document()
    p = d.add_paragraph(); r = p.add_run("Strathearn School, Belfast"); r.bold = True; r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(); r = p.add_run("Post-Inspection Action Plan – ETI Inspection, November 2024"); r.bold = True; r.font.size = Pt(13)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("Following the inspection by the Education and Training Inspectorate, the Board of Governors and the senior leadership team "
                    "have agreed the actions below to address the areas for improvement. Progress is reviewed at each meeting of the Board's "
                    "Curriculum and Pastoral Committee.")
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Actions", "Person(s) responsible", "Timescale", "Success criteria", "Progress"]): c.text = v
    bold_row(t.rows[0])
    data = [
        ("Area for improvement 1: To embed consistent approaches to assessment for learning, including the use of effective questioning, across all departments.", [
            ("Deliver whole-staff training on questioning strategies on the January staff development day.", "Vice-Principal (Curriculum)", "January 2025", "All teaching staff trained; strategies evident in 80% of lessons observed.", "00B050"),
            ("Introduce paired lesson observations focused on questioning, with feedback to Heads of Department.", "Heads of Department", "By June 2025", "Each teacher observed at least once; common strengths and development points shared.", "FFC000"),
            ("Review departmental assessment policies to ensure feedback enables pupils to improve their work.", "Mrs K. McAllister / Mr D. Boyd", "31/03/2025", "Revised policies published on the staff SharePoint.", "FFC000"),
        ]),
        ("Area for improvement 2: To improve the use of data to track and support the progress of pupils who require additional support with their learning.", [
            ("Set up a termly tracking meeting between the SENCo and Heads of Year to review pupils on the SEN register.", "SENCo", "December 2024", "Tracking meetings minuted; interventions recorded for all pupils below target.", "00B050"),
            ("Train form tutors in using the SIMS assessment dashboard to identify underachievement.", "Data Manager", "Feb 2025", "All form tutors able to produce a class progress report.", "FF0000"),
            ("Evaluate the impact of literacy interventions in Years 8 and 9 using standardised reading scores.", "Head of Learning Support", "Ongoing", "Reading ages of pupils in the intervention improve by at least 12 months over the year.", "FFC000"),
        ]),
    ]
    for afi, acts in data:
        cs = t.add_row().cells
        m = cs[0].merge(cs[4]); m.text = afi; shade(m, "D9E1F2")
        for para in m.paragraphs:
            for run in para.runs: run.bold = True
        for action, who, when, crit, col in acts:
            cs = t.add_row().cells
            for c, v in zip(cs, [action, who, when, crit, ""]): c.text = v
            shade(cs[4], col)
    d.add_paragraph()
    d.add_paragraph("Progress key:  Green = achieved   Amber = in progress   Red = behind schedule")
    d.add_paragraph("Signed: Chair of the Board of Governors          Principal")
    d.save(os.path.join(OUT, "cw1-strathearn-school-eti-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 6 Fostering People (csv, read)
def fostering():
    rows = [
        ["Fostering People (IFA) - Ofsted inspection improvement plan", "", "", "", "", "", "", "", ""],
        ["Inspection 9-13 September 2024. Updated 16/01/2025 by Registered Manager", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["Ref", "Type", "Requirement / Recommendation", "Action", "Responsible", "Target date", "Revised target date", "Status", "Update"],
        ["R1", "Requirement", "The registered person must ensure that each foster carer's annual review is completed within the required timescale (Regulation 28).",
         "Create a review tracker with 8-week reminders to supervising social workers and team managers.", "Registered Manager", "31/10/2024", "", "Complete",
         "Tracker live. All reviews overdue at inspection now completed."],
        ["R1.2", "", "", "Report annual review timeliness to the monthly management meeting.", "Team Manager (North West)", "30/11/2024", "", "On track",
         "Included in the November and December reports; 96% on time."],
        ["R2", "Requirement", "The registered person must ensure that unannounced visits to foster carers take place at least annually (Regulation 17).",
         "Schedule unannounced visits for all households on a rolling calendar and record outcomes on Charms.", "Supervising Social Workers", "31/12/2024", "31/03/2025", "Amber",
         "Visits completed for 71% of households; remaining visits booked for February and March."],
        ["Rec1", "Recommendation", "The registered person should ensure that foster carers complete training on therapeutic parenting within their first year of approval.",
         "Add therapeutic parenting to the year one training pathway and monitor completion at supervision.", "Learning and Development Lead", "Ongoing", "", "On track",
         "Module added in October; 14 of 19 newly approved carers booked."],
        ["Rec2", "Recommendation", "The registered person should ensure that children's views are clearly recorded in foster carer reviews.",
         "Revise the review paperwork to include a section completed with the child.", "Tanya Okafor & Rhys Pritchard", "January 2025", "", "Not started",
         "Awaiting sign-off of the revised template by the Responsible Individual."],
        ["Rec3", "Recommendation", "The registered person should ensure that panel minutes accurately reflect discussions and recommendations.",
         "Introduce minute-taking guidance and a quality check by the panel adviser before minutes are circulated.", "Panel Adviser", "Nov-24", "", "Red",
         "Guidance drafted but panel adviser post vacant since November; interim cover being arranged."],
        ["", "", "", "", "", "", "", "", ""],
        ["Status key: Complete / On track / Amber (some delay) / Red (off track) / Not started", "", "", "", "", "", "", "", ""],
    ]
    with open(os.path.join(OUT, "cw1-fostering-people-ofsted-ifa-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Anderson High School (txt, read)
def anderson():
    L = [
        "ANDERSON HIGH SCHOOL, LERWICK - INSPECTION ACTION PLAN",
        "Education Scotland inspection: February 2024 (report published April 2024)",
        "Prepared by: Head Teacher and Depute Head Teachers. Shared with Parent Council, June 2024.",
        "",
        "Area for improvement 1",
        "Continue to improve approaches to learning, teaching and assessment to ensure all learners experience appropriate pace and challenge.",
        "",
        "Ref\tAction\tLead\tTimescale\tRAG\tProgress",
        "1a\tDevelop a shared 'Anderson lesson' framework with staff, pupils and parents.\tDHT (Learning and Teaching)\tDec 2024\tB\tFramework launched at the August in-service day and displayed in all classrooms.",
        "1b\tRun practitioner enquiry groups on differentiation in S1-S3.\tFaculty Heads\tAug 2024 - Jun 2025\tG\tFive enquiry groups running; findings to be shared at May in-service.",
        "1c\tUse pupil learning walks each term to gather learner views on challenge.\tPupil Council / DHT (Pupil Support)\tOngoing\tA\tOne learning walk completed; second postponed because of staffing.",
        "",
        "Area for improvement 2",
        "Improve the tracking and monitoring of learners' progress in the broad general education (BGE).",
        "",
        "Ref\tAction\tLead\tTimescale\tRAG\tProgress",
        "2a\tAgree BGE progress measures in literacy and numeracy across all faculties.\tPT Literacy, PT Numeracy\tBy end of October 2024\tB\tMeasures agreed and entered in SEEMiS.",
        "2b\tHold tracking meetings three times a year between faculty heads and the senior leadership team.\tHead Teacher\t31/03/2025\tG\tNovember and February meetings held; actions logged for 46 learners.",
        "2c\tShare BGE progress with parents through a new S2 progress report.\tDHT (Curriculum)\tMay 2025\tR\tReport format not yet agreed; will go to the Parent Council in March.",
        "",
        "KEY: B = complete, G = on track, A = some slippage, R = not on track",
    ]
    with open(os.path.join(OUT, "cw1-anderson-high-school-education-scotland-inspection-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    demelza(); tec(); harrow(); sefton(); strathearn(); fostering(); anderson()
