"""Generate the dz1- blind corpus documents (run with /work/main/.venv/bin/python)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
def P(name): return os.path.join(HERE, name)
def fill(hex_): return PatternFill("solid", start_color=hex_, end_color=hex_)
BLUE, GREEN, AMBER, RED, GREY, HEAD = "8DB4E2", "92D050", "FFC000", "FF0000", "D9D9D9", "1F4E78"
RAGFILL = {"Complete": BLUE, "Blue": BLUE, "Green": GREEN, "G": GREEN, "On track": GREEN, "Amber": AMBER,
           "A": AMBER, "Red": RED, "R": RED}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def header(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = fill(HEAD); c.alignment = WRAP; c.border = BOX

def put(ws, row, vals, datefmt="mmm-yy"):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP; c.border = BOX
        if isinstance(v, dt.datetime): c.number_format = datefmt

# ---------------------------------------------------------------- 1 Gloucestershire College (xlsx)
def gloucs():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "Gloucestershire College – Post-Inspection Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection 4–7 February 2025. Progress reported to the Quality and Standards Committee."
    ws["A3"] = "Last updated: 30 June 2025"
    header(ws, 5, ["Ref", "Area for improvement", "Action", "Lead", "Target date", "Progress update", "RAG"])
    afi1 = ("Leaders and managers should ensure that teachers on study programmes use assessment effectively "
            "to check learners' understanding and identify gaps in their knowledge.")
    afi2 = ("Leaders should ensure that a higher proportion of apprentices complete their programme and "
            "achieve their end-point assessment within the planned timescale.")
    afi3 = "Leaders should improve learners' attendance at English and mathematics lessons."
    rows = [
        (6, "1.1", afi1, "Deliver a programme of CPD on questioning and retrieval practice for all study programme teachers during staff development days.",
         "Head of Teaching, Learning and Assessment", D(2025, 4, 30),
         "Three CPD sessions delivered February to April; 94% of teachers attended. Follow-up learning walks show better use of questioning.", "Complete"),
        (7, "1.2", None, "Introduce termly learning walks focused on assessment practice, with findings reported to the Quality Board.",
         "Heads of Faculty", D(2025, 7, 31), "First round completed in May. Second round scheduled for early July.", "On track"),
        (8, "1.3", None, "Review assessment schedules in all curriculum areas so that formative assessment takes place before summative deadlines.",
         "SM / JP", D(2025, 9, 30),
         "Schedules reviewed in 9 of 14 areas. Remaining areas delayed by staffing changes in Construction.", "Amber"),
        (9, "2.1", afi2, "Hold monthly progress reviews for every apprentice who is past their planned end date, with escalation to the employer where progress stalls.",
         "Apprenticeships Manager", D(2025, 5, 31), "Reviews in place since March. Number of apprentices past planned end date down from 61 to 38.", "Green"),
        (10, "2.2", None, "Recruit two additional skills coaches for engineering and motor vehicle apprenticeships.",
         "Director of Apprenticeships", "Sept 2025", "One coach appointed; second post re-advertised in June.", "Amber"),
        (12, "3.1", afi3, "Introduce same-day follow-up of absence from English and maths lessons by progress coaches.",
         "Head of English & Maths", "Ongoing", "Follow-up calls made for all absences; attendance up 6 percentage points since February.", "Green"),
        (13, "3.2", None, "Set attendance targets for each curriculum area and monitor them weekly at curriculum performance meetings.",
         "Vice Principal Curriculum / Head of MIS", D(2025, 3, 31), "Targets set and reported weekly from March.", "Complete"),
        (14, "3.3", None, "Run a learner voice survey on barriers to attending English and maths, and act on the findings.",
         "Student Engagement Manager", D(2025, 12, 31), "", "Not started"),
    ]
    for r, ref, afi, act, lead, due, prog, rag in rows:
        put(ws, r, [ref, afi, act, lead, due, prog, rag])
        if rag in RAGFILL: ws.cell(row=r, column=7).fill = fill(RAGFILL[rag])
    ws.merge_cells("B6:B8"); ws.merge_cells("B9:B10"); ws.merge_cells("B12:B14")
    ws["A16"] = ("Key: Complete = action fully implemented and impact evidenced; Green / On track = progressing to plan; "
                 "Amber = some slippage; Red = off track, escalate to SLT.")
    ws["A16"].font = Font(italic=True)
    for col, w in zip("ABCDEFG", [7, 40, 55, 28, 12, 50, 12]): ws.column_dimensions[col].width = w
    wb.save(P("dz1-gloucestershire-college-ofsted-post-inspection-action-plan.xlsx"))

# ---------------------------------------------------------------- 2 General Chiropractic Council (xlsx)
def gcc():
    wb = Workbook(); ws = wb.active; ws.title = "Action plan"
    ws["A1"] = "General Chiropractic Council – Action plan in response to the PSA Performance Review 2023/24"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A4"] = "Document control"; ws["A4"].font = Font(bold=True)
    header(ws, 5, ["Version", "Date", "Author", "Changes"])
    for r, vals in zip((6, 7, 8), [("0.3", "12/11/2024", "Head of Regulation", "Draft for SLT"),
                                   ("1.0", "05/12/2024", "Head of Regulation", "Approved by Council"),
                                   ("1.2", "20/03/2025", "Head of Regulation", "Q4 progress update")]):
        put(ws, r, list(vals))
    header(ws, 10, ["No.", "Area for improvement identified by the PSA", "Action", "Owner",
                    "Original deadline", "Revised deadline", "RAG", "Update March 2025"])
    def section(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        for c in range(1, 9): ws.cell(row=r, column=c).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    section(11, "Standard 15 – Fitness to practise: timeliness of investigations")
    f1 = ("The time taken from receipt of a concern to an Investigating Committee decision has increased "
          "and the number of older open cases has not reduced.")
    f2 = ("The GCC's fitness to practise guidance does not yet address allegations of racism or other "
          "discriminatory behaviour.")
    f3 = "Performance information reported to Council does not show end-to-end timeliness clearly."
    rows = [
        (12, 1, f1, "Recruit two additional case officers on fixed-term contracts to reduce the caseload per officer.",
         "Head of Fitness to Practise", D(2024, 12, 31), None, BLUE, "Both posts filled January 2025; average caseload down from 31 to 22."),
        (13, 2, None, "Introduce a monthly case progression meeting to review every case open for more than 12 months.",
         "Director of Regulation", D(2025, 1, 31), None, BLUE, "Meetings held monthly since January."),
        (14, 3, None, "Implement the investigation milestones module in the case management system.",
         "Head of FtP / IT Manager", D(2025, 3, 31), D(2025, 6, 30), AMBER, "Supplier delay; go-live moved to June 2025."),
        (16, 4, f2, "Draft guidance for decision makers on allegations involving discrimination and consult stakeholders on it.",
         "Head of Policy", D(2025, 5, 31), None, GREEN, "Draft prepared; consultation to open in April."),
        (17, 5, None, "Deliver EDI training to Investigating Committee and Professional Conduct Committee members.",
         "Head of Governance", D(2025, 9, 30), None, GREEN, "Training provider appointed."),
        (19, 6, f3, "Revise the quarterly performance report to Council to include end-to-end FtP timeliness and the age profile of open cases.",
         "Chief Executive and Registrar", "Q1 2025/26", None, None, ""),
    ]
    section(15, "Standard 3 – Equality, diversity and inclusion")
    section(18, "Governance and reporting")
    for r, no, f, act, own, d1, d2, col, upd in rows:
        put(ws, r, [no, f, act, own, d1, d2, None, upd], datefmt="dd/mm/yyyy")
        if col: ws.cell(row=r, column=7).fill = fill(col)
    ws.merge_cells("B12:B14"); ws.merge_cells("B16:B17")
    ws["A21"] = "Key"; ws["A21"].font = Font(bold=True)
    for r, col, txt in [(22, BLUE, "Complete"), (23, GREEN, "On track"), (24, AMBER, "At risk of delay"), (25, RED, "Off track")]:
        ws.cell(row=r, column=1).fill = fill(col); ws.cell(row=r, column=2, value=txt)
    for col, w in zip("ABCDEFGH", [8, 45, 55, 28, 14, 14, 8, 45]): ws.column_dimensions[col].width = w
    wb.save(P("dz1-general-chiropractic-council-psa-performance-review-action-plan.xlsx"))

# ---------------------------------------------------------------- 3 Royal Agricultural University (xlsx, refuse)
def rau():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "Royal Agricultural University – Apprenticeships Post-Inspection Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection of apprenticeship provision, November 2024"
    ws["A3"] = "Progress at 31 May 2025"
    header(ws, 5, ["Ref", "What does the provider need to do to improve?", "Actions", "Responsible",
                   "Timescale", "Progress", "RAG"])
    a1 = ("Leaders should ensure that apprentices' off-the-job training is planned and coordinated with "
          "employers so that apprentices can apply new knowledge at work.")
    a2 = "Leaders should make sure that apprentices receive impartial careers information, advice and guidance."
    a3 = "Governors should receive sufficient information about the quality of apprenticeships to challenge leaders."
    rows = [
        (6, "1a", a1, "Introduce tripartite training plans agreed with each employer at the start of the programme.",
         "Head of Apprenticeships", D(2025, 2, 28), "All new starters since January have an agreed plan.", "Complete"),
        (7, "1b", None, "Hold tripartite progress reviews every 10 weeks, recording how off-the-job learning has been applied at work.",
         "Apprenticeship Tutors", D(2025, 4, 30), "Review schedule in place; 88% of reviews held on time.", "Green"),
        (8, "1c", None, "Train workplace mentors on supporting apprentices to practise new skills on farm and estate sites.",
         "Employer Engagement Manager", "Jnue 2025", "Two mentor workshops held; a third is planned.", "Amber"),
        (9, "2a", a2, "Provide a careers guidance session for every apprentice in their first year, delivered by a qualified adviser.",
         "Careers and Employability Manager", D(2025, 7, 31), "Sessions booked for all current apprentices.", "Green"),
        (10, "2b", None, "Add careers and progression routes to the apprenticeship induction programme.",
         "Head of Apprenticeships", D(2025, 9, 30), "", "Not started"),
        (11, "3a", a3, "Present a termly apprenticeship quality report to the Academic Board and Council.",
         "Pro Vice-Chancellor (Education)", "Termly", "First report presented in March 2025.", "Green"),
    ]
    for r, ref, a, act, resp, due, prog, rag in rows:
        put(ws, r, [ref, a, act, resp, due, prog, rag])
        if rag in RAGFILL: ws.cell(row=r, column=7).fill = fill(RAGFILL[rag])
    ws.merge_cells("B6:B8"); ws.merge_cells("B9:B10")
    for col, w in zip("ABCDEFG", [6, 42, 55, 30, 12, 45, 11]): ws.column_dimensions[col].width = w
    wb.save(P("dz1-royal-agricultural-university-ofsted-apprenticeships-piap-typo-month-refuse.xlsx"))

# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hex_); tcPr.append(shd)

def bold_row(row, hex_=None):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs: r.bold = True
        if hex_: shade(c, hex_)

# ---------------------------------------------------------------- 4 Glasgow Kelvin College (docx)
def gkc():
    doc = Document()
    doc.add_heading("Glasgow Kelvin College – Education Scotland Progress Visit Action Plan", level=1)
    doc.add_paragraph(
        "Education Scotland carried out a progress visit to the college in March 2025. The report identified "
        "three areas for development. This action plan sets out how the college will address them and is "
        "monitored by the Learning and Teaching Committee of the Board of Management.")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update"]): c.text = h
    bold_row(t.rows[0], "D9E2F3")
    def area(text):
        row = t.add_row(); m = row.cells[0].merge(row.cells[5]); m.text = text; bold_row(row, "F2F2F2")
    def act(*vals, rag_fill=None):
        row = t.add_row()
        for c, v in zip(row.cells, vals): c.text = v
        if rag_fill: shade(row.cells[4], rag_fill)
    area("1. Improve learner success on full-time further education programmes, particularly in Construction and Engineering")
    act("1.1", "Introduce early-warning tracking of learners at risk of withdrawal from week 4 of each block, using attendance and assessment data.",
        "Head of Curriculum Quality", "October 2025", "Complete", "Tracker live from August 2025 and used at weekly curriculum meetings.", rag_fill=BLUE)
    act("1.2", "Hold case conferences for learners identified as at risk, involving guidance staff and curriculum teams.",
        "Curriculum Managers", "Ongoing", "Green", "Case conferences held fortnightly in all faculties.", rag_fill=GREEN)
    act("1.3", "Review programme design in Construction and Engineering, including the assessment load in Block 1.",
        "AP Technology / CM Construction", "January 2026", "Amber", "Review started; industry panel meeting postponed to November.", rag_fill=AMBER)
    area("2. Strengthen the use of learner feedback to inform improvement at course level")
    act("2.1", "Revise the course team self-evaluation template to include action taken in response to class representative feedback.",
        "Quality Manager", "By 31 August 2025", "Complete", "New template issued for 2025-26 self-evaluation.", rag_fill=BLUE)
    act("2.2", "Train class representatives, with the Students' Association, to give feedback through focus groups.",
        "Students' Association President; Learner Engagement Officer", "Nov 2025", "Green", "Training dates agreed for October.", rag_fill=GREEN)
    act("2.3", "Publish 'You said, we did' updates on the learner portal at the end of each block.",
        "Head of Marketing", "Each block", "Green", "First update published in June.", rag_fill=GREEN)
    area("3. Ensure consistent quality of learning and teaching in online and blended delivery")
    act("3.1", "Deliver digital pedagogy CPD to all lecturers teaching blended programmes.",
        "Digital Learning Lead", "Dec 2025 – Mar 2026", "Not started", "")
    act("3.2", "Carry out peer observation of online lessons in each faculty and share good practice at the Learning and Teaching Forum.",
        "Heads of Faculty", "June 2026", "", "")
    doc.add_paragraph("RAG key: Complete – action finished; Green – on track; Amber – behind schedule but recoverable; "
                      "Red – significantly off track.")
    doc.save(P("dz1-glasgow-kelvin-college-education-scotland-progress-visit-action-plan.docx"))

# ---------------------------------------------------------------- 5 Lichfield DC (docx)
def lichfield():
    doc = Document()
    doc.add_heading("Lichfield District Council – LGA Corporate Peer Challenge Action Plan", level=1)
    dc = doc.add_table(rows=4, cols=2); dc.style = "Table Grid"
    for row, (k, v) in zip(dc.rows, [("Document owner", "Head of Governance and Performance"), ("Version", "2.1"),
                                      ("Approved by", "Cabinet, 10 December 2024"), ("Last updated", "2 June 2025")]):
        row.cells[0].text = k; row.cells[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge at the council in September 2024. "
        "The peer team made four recommendations. This plan sets out the council's response and will be reported "
        "to Cabinet and the Overview and Scrutiny Committee every six months.")
    recs = [
        ("Recommendation 1 – Develop a clear medium-term financial strategy that closes the budget gap", [
            ("1.1", "Produce a refreshed Medium Term Financial Strategy 2025–2029 with savings proposals identified for each year.",
             "Section 151 Officer", "February 2025", "Complete", "MTFS approved by Council on 25 February 2025."),
            ("1.2", "Establish a cross-party budget working group to review savings options.",
             "Leader / Cabinet Member for Finance", "Nov-24", "Complete", "Group met four times before budget setting."),
            ("1.3", "Develop a commercial and income generation plan.",
             "Head of Economic Growth", "31/07/2025 (revised from 31/03/2025)", "Amber",
             "Draft plan delayed by the review of car parking charges; now due to Cabinet in July."),
        ]),
        ("Recommendation 2 – Strengthen the council's performance management framework", [
            ("2.1", "Introduce a quarterly performance dashboard for Cabinet and the Overview and Scrutiny Committee.",
             "Head of Governance and Performance", "Q1 2025/26", "Green", "Dashboard prototype shared with Leadership Team in May."),
            ("2.2", "Align service plans to the Strategic Plan priorities and review them each quarter.",
             "Leadership Team", "Quarterly", "Green", "All service plans for 2025/26 reference Strategic Plan priorities."),
        ]),
        ("Recommendation 3 – Invest in organisational development and workforce capacity", [
            ("3.1", "Complete a workforce strategy, including succession planning for key roles.",
             "Head of HR & Organisational Development", "September 2025", "Amber",
             "Staff survey results received; strategy drafting under way but behind schedule."),
            ("3.2", "Launch a management development programme for all tier 3 and tier 4 managers.",
             "HR Business Partner", "January 2026", "Not started", "Procurement of provider to start in autumn."),
        ]),
        ("Recommendation 4 – Progress the regeneration of the Birmingham Road site with partners", [
            ("4.1", "Agree a delivery vehicle and partnership agreement for the Birmingham Road site.",
             "Chief Executive", "Dec 2025", "Green", "Heads of terms under negotiation with the preferred partner."),
            ("4.2", "Hold public engagement events on the draft site masterplan.",
             "Head of Regeneration", "April 2025", "Complete", "Three events held; 412 responses received."),
        ]),
    ]
    for head, acts in recs:
        doc.add_heading(head, level=2)
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead officer", "Timescale", "Status", "Progress"]): c.text = h
        bold_row(t.rows[0], "DEEAF6")
        for a in acts:
            row = t.add_row()
            for c, v in zip(row.cells, a): c.text = v
            f = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER}.get(a[4])
            if f: shade(row.cells[4], f)
        doc.add_paragraph("")
    doc.add_paragraph("Status: Complete = action delivered; Green = on track; Amber = at risk; Red = off track; "
                      "Not started = action not yet due to begin.")
    doc.save(P("dz1-lichfield-dc-corporate-peer-challenge-action-plan.docx"))

# ---------------------------------------------------------------- 6 Stranmillis University College (csv)
def stran():
    hdr = ["Ref", "Audit", "Recommendation", "Priority", "Agreed management action", "Action owner",
           "Target date", "Revised target date", "RAG", "Update"]
    pcm, cyb, plc = ("Procurement and Contract Management (2024/25)", "Cyber Security (2024/25)",
                     "School Experience Placements (2023/24)")
    rows = [
        ["PCM-01", pcm, "The College should maintain a complete and up-to-date contracts register.", "2",
         "Finance will create a central contracts register on SharePoint and require budget holders to notify all new contracts.",
         "Head of Finance", "31/12/2024", "", "Complete", "Register live; 142 contracts recorded."],
        ["PCM-02", pcm, "Single tender actions should be approved in advance in line with the Scheme of Delegation.", "1",
         "Revise the single tender action form and report all STAs to the Audit and Risk Assurance Committee.",
         "Director of Finance and Corporate Services", "31/03/2025", "30/09/2025", "Amber",
         "Form revised. First report to ARAC moved to the September meeting."],
        ["CYB-01", cyb, "Multi-factor authentication should be enforced for all remote access accounts.", "1",
         "IT Services will enable MFA for all staff and student remote access, including legacy VPN accounts.",
         "Head of IT", "28/02/2025", "", "Complete", "MFA enforced for all accounts from 17 February 2025."],
        ["CYB-02", cyb, "The College should test its IT disaster recovery plan at least annually.", "2",
         "Carry out a tabletop disaster recovery exercise and a restore test of critical systems.",
         "Head of IT / Business Continuity Lead", "30/06/2025", "", "Green", "Exercise scheduled for 18 June."],
        ["CYB-03", cyb, "Leavers' network accounts should be disabled promptly.", "1",
         "HR will send a weekly leavers report to IT; IT will disable accounts within two working days.",
         "HR Manager; Head of IT", "31/01/2025", "30/04/2025", "Red",
         "Sample testing in April found three leavers' accounts still active. Process being re-designed."],
        ["PLC-01", plc, "Placement risk assessments should be completed before students attend a school placement.", "2",
         "The Partnership Office will introduce a pre-placement checklist signed off by the placement tutor.",
         "Head of School Experience", "30/09/2024", "", "Complete", "Checklist used for all 2024/25 placements."],
        ["PLC-02", plc, "Analysis of placement feedback should be reported to Academic Board.", "3",
         "Produce an annual placement feedback report for Academic Board.",
         "Dean of Teacher Education", "31/05/2025", "", "Green", "Report drafted; on Academic Board agenda for 4 June."],
    ]
    with open(P("dz1-stranmillis-university-college-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Stranmillis University College – Internal Audit Recommendations Tracker (Audit and Risk Assurance Committee, June 2025)"] + [""] * 9)
        w.writerow([""] * 10)
        w.writerow(hdr)
        w.writerows(rows)

# ---------------------------------------------------------------- 7 St David's Catholic Sixth Form College (txt)
def stdavids():
    L = [
        "St David's Catholic Sixth Form College – Post-Inspection Action Plan (PIAP)",
        "Estyn inspection: October 2024",
        "Reviewed by the Governing Body: 24 March 2025",
        "",
        "Recommendation 1: Strengthen the use of information on learners' progress to evaluate the impact of teaching in all subject areas",
        "",
        "1.1  Action: Introduce a value-added dashboard for each subject, reviewed at half-termly line management meetings.",
        "     Lead: Vice Principal (Curriculum)",
        "     Timescale: Spring term 2025",
        "     Progress: Dashboard launched in January 2025 and all subject leaders trained in its use.",
        "     RAG: Green",
        "",
        "1.2  Action: Train middle leaders to use progress data when planning interventions for learners who are falling behind.",
        "     Lead: JM / KD",
        "     Timescale: Summer term 2025",
        "     Progress: Two training sessions held; further session planned for May.",
        "     RAG: Amber",
        "",
        "Recommendation 2: Improve attendance and punctuality, particularly for learners on Level 2 programmes",
        "",
        "2.1  Action: Appoint an attendance officer to follow up absence on the same day.",
        "     Lead: Assistant Principal – Learner Support",
        "     Timescale: December 2024",
        "     Progress: Attendance officer in post from November 2024.",
        "     RAG: Complete",
        "",
        "2.2  Action: Share weekly attendance reports with personal tutors and parents or carers of learners under 18.",
        "     Lead: Heads of Department",
        "     Timescale: Ongoing",
        "     Progress: Weekly reports issued since January. Level 2 attendance improved from 84% to 89%.",
        "     RAG: Green",
        "",
        "Recommendation 3: Ensure that self-evaluation and improvement planning at subject level identify clear, measurable priorities",
        "",
        "3.1  Action: Revise the subject self-evaluation template so that each priority has a success criterion and a named lead.",
        "     Lead: Quality Manager",
        "     Timescale: Autumn term 2025",
        "     Progress: Not yet started; planned for the start of the 2025/26 self-evaluation cycle.",
        "     RAG: Not started",
        "",
        "3.2  Action: Quality assure subject improvement plans through line management and report findings to governors.",
        "     Lead: Vice Principal (Quality)",
        "     Timescale: Termly",
        "     Progress: First report to governors in March 2025.",
        "     RAG: Green",
        "",
        "RAG key: Complete = finished; Green = on track; Amber = slippage; Red = not on track.",
    ]
    with open(P("dz1-st-davids-catholic-sixth-form-college-estyn-post-inspection-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")

if __name__ == "__main__":
    gloucs(); gcc(); rau(); gkc(); lichfield(); stran(); stdavids()
