"""Generate dx1- blind case documents (seven plans)."""
import csv, datetime as dt, os
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(OUT, n)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)

# ---------------------------------------------------------------- 1 St Columb's College (docx)
def st_columbs():
    d = Document()
    d.add_heading("St Columb's College, Derry – Action Plan in response to the ETI Inspection Report (February 2024)", level=1)
    d.add_paragraph("The Board of Governors welcomes the findings of the Education and Training Inspectorate. "
                    "This action plan sets out how the College will address the areas for improvement identified "
                    "in the report. Progress is reviewed by the Senior Leadership Team each half term and reported "
                    "to the Board of Governors' Education Committee.")
    t = d.add_table(rows=4, cols=2); t.style = 'Table Grid'
    for i, (a, b) in enumerate([("Version", "1.3"), ("Date", "10 January 2025"),
                                ("Approved by", "Board of Governors"), ("Next review", "March 2025")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    d.add_paragraph("")
    hdr = ["Ref", "Actions", "Person(s) responsible", "Timescale", "Success criteria", "Progress (RAG)"]
    afis = [
        ("Area for improvement 1: Improve the consistency of assessment for learning across Key Stage 3, so that all pupils know how to improve their work.",
         [("1.1", "Deliver whole-staff INSET on effective questioning and feedback, led by the AfL working group.", "Vice Principal (Curriculum)", "August 2024", "All teaching staff trained; AfL strategies evident in lesson observations.", "Complete"),
          ("1.2", "Heads of Department to agree and publish a common marking and feedback policy for KS3, with exemplars in each subject.", "Heads of Department / AfL Co-ordinator", "October 2024", "Policy published; exemplars on the staff SharePoint.", "On track"),
          ("1.3", "Monitor implementation through book scrutiny and pupil voice, reporting findings to SLT.", "SLT", "Termly", "Pupils can articulate their next steps in at least 80% of scrutiny samples.", "G")]),
        ("Area for improvement 2: Develop further the use of data at departmental level to identify and address underachievement at GCSE.",
         [("2.1", "Introduce a tracking dashboard in SIMS for Year 11 and Year 12 with three data drops each year.", "Mr D. McCloskey (Data Manager)", "Sept 2024", "Dashboard live and used by all departments.", "Complete"),
          ("2.2", "Each department to produce an intervention plan after every data drop, identifying pupils more than one grade below target.", "Heads of Department", "Dec 2024 – June 2025", "Intervention plans in place; reduction in pupils below target.", "Amber"),
          ("2.3", "Review the impact of intervention with the Board of Governors' Education Committee.", "Principal", "By 31 March 2025", "Governors able to challenge departmental outcomes.", "Green")]),
        ("Area for improvement 3: Ensure that the pastoral care programme consistently addresses pupils' emotional health and wellbeing.",
         [("3.1", "Audit the Learning for Life and Work and pastoral programmes against the Department of Education's emotional health and wellbeing framework.", "Head of Pastoral Care", "Autumn term 2024", "Gaps identified and programme revised.", "A"),
          ("3.2", "Appoint and train two additional staff as Mental Health First Aiders.", "Designated Teacher for Child Protection", "Jan-25", "Two staff trained and named in the pastoral handbook.", "Complete")]),
    ]
    n = 1 + sum(1 + len(a) for _, a in afis)
    t = d.add_table(rows=n, cols=6); t.style = 'Table Grid'
    for j, h in enumerate(hdr):
        t.cell(0, j).text = h; t.cell(0, j).paragraphs[0].runs[0].bold = True; shade(t.cell(0, j), "1F3864")
    r = 1
    for head, acts in afis:
        c = t.cell(r, 0).merge(t.cell(r, 5)); c.text = head; c.paragraphs[0].runs[0].bold = True; shade(c, "D9E2F3"); r += 1
        for a in acts:
            for j, v in enumerate(a):
                t.cell(r, j).text = v
            r += 1
    d.add_paragraph("RAG key: Red – not started or significant concern; Amber – in progress with some slippage; "
                    "Green – on track; Complete – action completed and evidenced.")
    d.save(P("dx1-st-columbs-college-derry-eti-inspection-action-plan.docx"))

# ---------------------------------------------------------------- 2 Melton BC CPC (docx)
def melton():
    d = Document()
    d.add_heading("Melton Borough Council – LGA Corporate Peer Challenge Action Plan", level=1)
    d.add_paragraph("Progress update: January 2025")
    d.add_paragraph("The Council received a Corporate Peer Challenge from the Local Government Association in June 2024. "
                    "The peer team made four recommendations. This plan sets out the actions agreed by Cabinet on "
                    "18 September 2024 and will be reported to Scrutiny Committee every six months.")
    recs = [
        ("1. Refresh the Corporate Strategy and align it with the Medium Term Financial Strategy",
         [("1a", "Hold member workshops to agree refreshed corporate priorities for 2025–2029.", "Chief Executive", "March 2025", "Two workshops held in November and December; draft priorities to Council in February.", "On track"),
          ("1b", "Align the MTFS and capital programme to the refreshed priorities and publish alongside the budget.", "Director for Corporate Services (S151)", "Feb 2025", "MTFS approved by Council on 20 February with priorities reflected.", "Complete")]),
        ("2. Strengthen performance management so that members receive timely and meaningful data",
         [("2a", "Introduce a quarterly performance dashboard for Cabinet and Scrutiny.", "AC/ DW", "Q4 2024/25", "First dashboard reported in Q3; data quality issues with housing indicators being resolved.", "Amber"),
          ("2b", "Review the performance management framework and train service managers.", "Head of Strategy, Performance and Engagement", "Sept 2025", "", "Not started")]),
        ("3. Build capacity to deliver the council's regeneration ambitions for Melton Mowbray town centre",
         [("3a", "Commission a capacity review of the Growth and Regeneration team.", "Director for Growth and Regeneration", "Dec-24", "Review complete; recommendations accepted by SLT.", "Complete"),
          ("3b", "Establish a Town Centre Programme Board with partners, including Leicestershire County Council.", "Director for Growth and Regeneration", "End of June 2025", "Terms of reference drafted; first meeting planned for April.", "Green"),
          ("3c", "Secure external funding for delivery of the Town Centre Masterplan.", "Regeneration Manager", "Ongoing", "Bid to the Levelling Up Partnership submitted; outcome awaited.", "Amber")]),
        ("4. Continue to develop the relationship between members and officers",
         [("4a", "Refresh the Member–Officer Protocol and deliver joint training.", "Monitoring Officer", "31/07/2025", "Draft protocol considered by Standards Committee in January.", "Green")]),
    ]
    hdr = ["No.", "Recommendation", "Action", "Lead", "Target date", "Progress update", "Status"]
    n = 1 + sum(len(a) for _, a in recs)
    t = d.add_table(rows=n, cols=7); t.style = 'Table Grid'
    for j, h in enumerate(hdr):
        t.cell(0, j).text = h; t.cell(0, j).paragraphs[0].runs[0].bold = True; shade(t.cell(0, j), "BFBFBF")
    r = 1
    for rec, acts in recs:
        top = r
        for a in acts:
            ref, act, lead, tgt, prog, st = a
            t.cell(r, 0).text = ref; t.cell(r, 2).text = act; t.cell(r, 3).text = lead
            t.cell(r, 4).text = tgt; t.cell(r, 5).text = prog; t.cell(r, 6).text = st
            r += 1
        c = t.cell(top, 1)
        if r - 1 > top:
            c = c.merge(t.cell(r - 1, 1))
        c.text = rec
    d.add_paragraph("Status key: Green / On track – progressing as planned; Amber – some slippage against target date; "
                    "Red – at risk; Complete – action finished.")
    d.save(P("dx1-melton-bc-corporate-peer-challenge-action-plan.docx"))

# ---------------------------------------------------------------- 3 Isles of Scilly FRS (xlsx, fills only)
FILL = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}
def scilly():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Isles of Scilly Fire and Rescue Service – HMICFRS Inspection 2022: Improvement Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Last updated: 14/03/2024"
    hdr = ["Ref", "Area for improvement", "Action", "Owner", "Original due date", "Revised due date", "Progress update", "RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="C00000")
    D = lambda y, m, d: dt.datetime(y, m, d)
    plan = [
        ("Effectiveness", [
            ("1. The service should make sure it has an effective system for recording and sharing risk information about high-risk premises with operational crews.", [
                ("1.1", "Complete a full audit of site-specific risk information (SSRI) for all premises on St Mary's and the off-islands.", "Station Manager", D(2023, 6, 30), D(2023, 9, 30), "Audit completed; 46 premises reviewed and 12 new SSRI records created.", "B"),
                ("1.2", "Upload SSRI to the mobile data terminals on all appliances and test access on drill nights.", "Station Manager", D(2024, 3, 31), None, "MDTs updated on St Mary's; off-island appliances being completed this month.", "G")]),
            ("2. The service should make sure its prevention activity is targeted at those most at risk of fire.", [
                ("2.1", "Agree a data-sharing arrangement with adult social care to receive referrals for vulnerable residents.", "Chief Fire Officer", D(2023, 12, 31), D(2024, 6, 30), "Information sharing agreement with the Council's Information Governance team for sign-off.", "A"),
                ("2.2", "Evaluate the Safe and Well visits delivered to residents aged over 65.", "Prevention Lead", D(2024, 9, 30), None, "Evaluation questionnaire agreed; visits continuing.", "G")]),
        ]),
        ("Efficiency", [
            ("3. The service should make sure it has a sustainable plan for the availability of on-call firefighters across the islands.", [
                ("3.1", "Review the on-call availability model and payment system with the representative bodies.", "Chief Fire Officer / HR Business Partner", D(2024, 3, 31), None, "Negotiations paused pending the national pay award; will not meet the due date.", "R"),
                ("3.2", "Run a recruitment campaign for on-call firefighters on Bryher and St Agnes.", "Station Manager", D(2023, 10, 31), None, "Four new recruits started initial training in November.", "B")]),
        ]),
        ("People", [
            ("4. The service should assure itself that all staff understand and demonstrate its values and behaviours.", [
                ("4.1", "Roll out the Core Code of Ethics training to all on-call staff.", "Station Manager", D(2023, 9, 30), None, "All staff completed the training; recorded on the training system.", "B"),
                ("4.2", "Introduce an annual staff survey and publish the results with an action plan.", "Chief Fire Officer", D(2024, 5, 31), None, "", None)]),
        ]),
    ]
    r = 5
    thin = Side(style="thin", color="999999")
    for pillar, afis in plan:
        ws.cell(r, 1, pillar).font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(r, j).fill = PatternFill("solid", fgColor="D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 1
        for afi, acts in afis:
            top = r
            for ref, act, own, o, rv, prog, rag in acts:
                ws.cell(r, 1, ref); ws.cell(r, 3, act); ws.cell(r, 4, own)
                c = ws.cell(r, 5, o); c.number_format = "mmm-yy"
                if rv:
                    c = ws.cell(r, 6, rv); c.number_format = "mmm-yy"
                ws.cell(r, 7, prog or None)
                if rag:
                    ws.cell(r, 8).fill = PatternFill("solid", fgColor=FILL[rag])
                for j in range(1, 9):
                    ws.cell(r, j).alignment = Alignment(wrap_text=True, vertical="top")
                    ws.cell(r, j).border = Border(left=thin, right=thin, top=thin, bottom=thin)
                r += 1
            ws.cell(top, 2, afi).alignment = Alignment(wrap_text=True, vertical="top")
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for k, txt in [("B", "Blue – complete"), ("G", "Green – on track"), ("A", "Amber – at risk of slipping"), ("R", "Red – overdue / will not be met")]:
        ws.cell(r, 1).fill = PatternFill("solid", fgColor=FILL[k]); ws.cell(r, 2, txt); r += 1
    ws.cell(r, 2, "No colour – not yet started")
    for col, w in zip("ABCDEFGH", [7, 45, 50, 24, 14, 14, 45, 8]):
        ws.column_dimensions[col].width = w
    wb.save(P("dx1-isles-of-scilly-frs-hmicfrs-afi-improvement-plan.xlsx"))

# ---------------------------------------------------------------- 4 Hereford Sixth Form College (xlsx, refuse)
def hereford():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "Hereford Sixth Form College – Post-Inspection Action Plan (Ofsted, November 2023)"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Owner: Principal. Monitored by the Corporation Quality and Standards Committee."
    hdr = ["Ref", "Action", "Lead", "Target date", "Progress to date", "RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7")
    rows = [
        ("H", "AFI 1: Leaders should ensure that teachers of A-level sciences routinely check learners' understanding before moving on to new topics."),
        ("A", ("1.1", "Deliver CPD on retrieval practice and hinge questions to all science teachers.", "Director of Teaching and Learning", "Jan-24", "Two CPD sessions delivered in January.", "Complete")),
        ("A", ("1.2", "Introduce low-stakes topic quizzes in biology, chemistry and physics, with results logged on ProMonitor.", "Head of Science", "Febuary 2024", "Quizzes in place in biology and chemistry; physics to follow.", "Amber")),
        ("A", ("1.3", "Carry out learning walks focused on checking understanding and feed back to teachers.", "Assistant Principal (Quality)", "Mar-24", "", "Green")),
        ("H", "AFI 2: Leaders should improve the attendance of learners on level 3 vocational courses."),
        ("A", ("2.1", "Introduce same-day contact with parents and carers for any unexplained absence.", "Head of Student Services", "Sep-23", "In place from the start of term.", "Complete")),
        ("A", ("2.2", "Review attendance in fortnightly course team meetings and agree support plans for learners below 90%.", "Curriculum Managers", "Jul-24", "Attendance on vocational courses up from 84% to 88%.", "Green")),
        ("H", "AFI 3: Governors should receive more precise information about the quality of education to enable them to challenge leaders."),
        ("A", ("3.1", "Redesign the quality report to governors to include subject-level outcomes and attendance.", "Vice Principal", "Apr-24", "New format agreed by the Clerk and Chair.", "Green")),
    ]
    r = 5
    for kind, v in rows:
        if kind == "H":
            ws.cell(r, 1, v).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        else:
            for j, x in enumerate(v, 1):
                ws.cell(r, j, x if x != "" else None).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    for col, w in zip("ABCDEF", [6, 60, 30, 14, 45, 10]):
        ws.column_dimensions[col].width = w
    wb.save(P("dx1-hereford-sixth-form-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"))

# ---------------------------------------------------------------- 5 SAAS IA tracker (csv)
def saas():
    hdr = ["Audit Report", "Rec No", "Priority", "Recommendation", "Management Response / Agreed Action", "Action Owner",
           "Original Target Date", "Revised Target Date", "RAG Status", "Latest Update"]
    A1, A2, A3 = "Student Loan Payments Controls (2023-24)", "Business Continuity Planning (2023-24)", "Cyber Security - Supplier Assurance (2024-25)"
    rows = [
        [A1, "R1", "High", "SAAS should ensure that changes to student bank details are independently verified before payments are released.",
         "Introduce a second-officer check in the case management system for all bank detail changes made within 14 days of a payment run.",
         "Head of Operations", "31/01/2024", "30/04/2024", "Complete", "System change went live on 15 April; IA verified closure in May."],
        [A1, "R2", "Medium", "Management should review user access rights to the payments system on a quarterly basis.",
         "Quarterly access review to be scheduled and evidenced, with leavers removed within 5 working days.",
         "IT Service Manager", "31/03/2024", "", "Complete", "Q1 and Q2 reviews evidenced."],
        [A1, "R3", "Medium", "Exception reports should be reviewed and signed off by a manager.",
         "Create a monthly exception report sign-off log held on SharePoint.",
         "Payments Team Leader", "30/06/2024", "31/10/2024", "Amber", "Log created; sign-off not yet consistent across both payment teams."],
        [A2, "R1", "High", "SAAS should update its Business Continuity Plan to reflect hybrid working arrangements and test it annually.",
         "Refresh the BCP and run a desktop exercise with the Senior Leadership Team.",
         "Corporate Services Manager", "30/09/2024", "", "Green", "Draft BCP circulated; exercise booked for 24 September."],
        [A2, "R2", "Low", "Contact lists in the BCP should be reviewed every six months.",
         "Six-monthly review added to the corporate governance calendar.",
         "Corporate Services Manager", "Six-monthly", "", "Green", "First review completed in March 2024."],
        [A3, "R1", "High", "A register of third-party suppliers with access to SAAS data should be established and risk assessed.",
         "Compile a supplier register with Procurement and complete cyber risk assessments for all critical suppliers.",
         "Head of Digital", "31/12/2024", "", "Amber", "Register compiled (38 suppliers); risk assessments for 9 critical suppliers under way."],
        [A3, "R2", "Medium", "Contracts should include standard cyber security clauses.",
         "Adopt Scottish Government standard cyber clauses for all new and renewed contracts.",
         "Head of Digital & Procurement Lead", "31/03/2025", "", "Not started", ""],
    ]
    with open(P("dx1-student-awards-agency-scotland-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Student Awards Agency Scotland - Internal Audit Recommendations Tracker"] + [""] * 9)
        w.writerow(["Audit and Risk Committee - 18 September 2024"] + [""] * 9)
        w.writerow([""] * 10)
        w.writerow(hdr)
        for r in rows:
            w.writerow(r)
        w.writerow([""] * 10)
        w.writerow(["Status as at 31 August 2024. Closed recommendations are removed after reporting to the next Committee."] + [""] * 9)

# ---------------------------------------------------------------- 6 Ysgol Uwchradd Aberaeron (txt, tab export)
def aberaeron():
    L = ["Ysgol Uwchradd Aberaeron - Post-Inspection Action Plan (Estyn, March 2024)",
         "Prepared by the headteacher and governing body. Progress reviewed at each full governing body meeting.",
         "",
         "\t".join(["Recommendation", "Ref", "Action", "Lead", "Timescale", "RAG"])]
    data = [
        ("R1: Improve the quality of teaching so that it consistently challenges pupils of all abilities", [
            ("1.1", "Establish a teaching and learning group to share effective practice in challenge and questioning", "Deputy Headteacher", "Autumn term 2024", "Green"),
            ("1.2", "Introduce peer observation triads across all departments", "HT/DHT", "Spring term 2025", "Amber"),
            ("1.3", "Monitor the impact of changes through learning walks and book looks", "SLT", "Half-termly", "Green")]),
        ("R2: Strengthen the use of self-evaluation to identify precise priorities for improvement", [
            ("2.1", "Revise the self-evaluation calendar so that departmental reviews feed into the school development plan", "Headteacher", "September 2024", "Complete"),
            ("2.2", "Train middle leaders in analysing first-hand evidence and writing improvement plans", "Deputy Headteacher / Challenge Adviser", "Dec-24", "Complete")]),
        ("R3: Develop pupils' Welsh oracy skills across the curriculum", [
            ("3.1", "Appoint a Welsh language champion in each department", "Pennaeth y Gymraeg", "October 2024", "Complete"),
            ("3.2", "Plan regular opportunities for pupils to speak Welsh in non-Welsh lessons and record them in schemes of work", "Heads of Department", "Summer term 2025", "Red")]),
    ]
    for rec, acts in data:
        first = True
        for a in acts:
            L.append("\t".join([rec if first else ""] + list(a)))
            first = False
    L += ["", "RAG: Complete = action completed; Green = on track; Amber = some delay; Red = not yet started or significantly behind"]
    with open(P("dx1-ysgol-uwchradd-aberaeron-estyn-post-inspection-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")

# ---------------------------------------------------------------- 7 Liverpool Hope ITE (xlsx, prev/current RAG)
def hope():
    wb = Workbook(); ws = wb.active; ws.title = "ITE Improvement Plan"
    ws["A1"] = "Liverpool Hope University – Initial Teacher Education Improvement Plan 2024–25"; ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Version"; ws["B3"] = "2.1"
    ws["A4"] = "Owner"; ws["B4"] = "Head of ITE Partnership"
    ws["A5"] = "Date of last review"; ws["B5"] = dt.datetime(2025, 1, 27); ws["B5"].number_format = "dd/mm/yyyy"
    hdr = ["Key improvement area", "Ref", "Action", "Responsible", "By when", "Evidence of impact", "Previous RAG", "Current RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="4F2170")
    D = lambda y, m, d: dt.datetime(y, m, d)
    data = [
        ("Leaders should ensure that the primary curriculum for foundation subjects is consistently well sequenced, so that trainees build their knowledge of how pupils learn in these subjects.", [
            ("P1", "Review and re-sequence the foundation subjects curriculum, mapping content against the ITT Core Content Framework.", "Primary Programme Leader", D(2024, 7, 31), "Revised curriculum maps in place for September 2024 cohort.", "G", "B"),
            ("P2", "Provide subject-specific training for school-based mentors in history, geography and art.", "Partnership Lead (Primary)", D(2024, 11, 30), "Mentor attendance 78%; remaining mentors booked for January.", "A", "G"),
            ("P3", "Quality assure trainees' foundation subject planning during school placement visits.", "Link Tutors", D(2025, 3, 31), "", "", "A")]),
        ("Leaders should ensure that secondary trainees receive consistent support from mentors to develop their understanding of adaptive teaching for pupils with SEND.", [
            ("S1", "Introduce a SEND-focused mentor module and record completion on the partnership portal.", "Secondary Programme Leader", D(2024, 12, 20), "Module launched; 64 of 90 mentors completed.", "A", "A"),
            ("S2", "Add a SEND case study task to the Phase 2 placement handbook.", "SENCo Lead Tutor; Secondary Programme Leader", D(2025, 1, 31), "Handbook updated and issued to schools.", "G", "B"),
            ("S3", "Survey trainees on the quality of mentor support and act on the findings.", "Head of ITE Partnership", D(2025, 6, 30), "", "R", "R")]),
    ]
    RF = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    r = 8
    for area, acts in data:
        top = r
        for ref, act, resp, when, ev, prev, cur in acts:
            ws.cell(r, 2, ref); ws.cell(r, 3, act); ws.cell(r, 4, resp)
            c = ws.cell(r, 5, when); c.number_format = "dd/mm/yyyy"
            ws.cell(r, 6, ev or None)
            for col, v in ((7, prev), (8, cur)):
                if v:
                    ws.cell(r, col, v).fill = PatternFill("solid", fgColor=RF[v])
                    ws.cell(r, col).alignment = Alignment(horizontal="center")
            r += 1
        ws.cell(top, 1, area).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
        r += 1  # blank row between areas
    ws.cell(r, 1, "Key: B = complete, G = on track, A = some risk to delivery, R = off track")
    for col, w in zip("ABCDEFGH", [50, 6, 55, 28, 12, 45, 10, 10]):
        ws.column_dimensions[col].width = w
    wb.save(P("dx1-liverpool-hope-university-ofsted-ite-improvement-plan.xlsx"))

if __name__ == "__main__":
    st_columbs(); melton(); scilly(); hereford(); saas(); aberaeron(); hope()
