"""Generator for the cr1- blind cases (documents only; readings are written by hand)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(OUT, n)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(red="FF0000", amber="FFC000", green="00B050", blue="00B0F0", grey="D9D9D9", head="1F3864").items()}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def header(ws, row, cols):
    for i, c in enumerate(cols, 1):
        cell = ws.cell(row=row, column=i, value=c)
        cell.font = Font(bold=True, color="FFFFFF"); cell.fill = FILL["head"]; cell.alignment = WRAP; cell.border = BOX


def put(ws, row, vals, fmt=None, rag_col=None, rag_fill=None):
    for i, v in enumerate(vals, 1):
        if v is None:
            ws.cell(row=row, column=i).border = BOX
            continue
        c = ws.cell(row=row, column=i, value=v); c.alignment = WRAP; c.border = BOX
        if isinstance(v, dt.datetime) and fmt:
            c.number_format = fmt
    if rag_col and rag_fill:
        ws.cell(row=row, column=rag_col).fill = FILL[rag_fill]
        ws.cell(row=row, column=rag_col).border = BOX


def band(ws, row, text, ncol):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
    c = ws.cell(row=row, column=1, value=text); c.font = Font(bold=True); c.fill = FILL["grey"]


# ---------------------------------------------------------------- 1 Leicester College
def leicester():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws.merge_cells("A1:G1"); ws["A1"] = "Leicester College – Ofsted Post-Inspection Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2"); ws["A2"] = ("Inspection dates: 7–10 November 2023. Overall effectiveness: Requires improvement. "
                                        "Progress position at 29 February 2024 for the Quality and Standards Committee.")
    header(ws, 4, ["Ref", "Ofsted area for improvement", "Action", "Lead", "Target date", "Progress update", "RAG"])
    band(ws, 5, "Theme 1: Quality of education", 7)
    afi1 = ("Leaders should ensure that teachers on study programmes plan and sequence learning so that students "
            "build securely on what they already know and can do.")
    put(ws, 6, ["1.1", afi1, "Deliver a curriculum intent and sequencing workshop for every curriculum team and publish revised schemes of work on Moodle.",
                "VP Curriculum & Quality", d(2024, 4, 30), "Workshops held for 14 of 18 teams. Remaining four booked for March.", "Green"], "mmm-yy", 7, "green")
    put(ws, 7, ["1.2", None, "Introduce termly learning walks focused on sequencing, with findings reported to the Teaching, Learning and Assessment group.",
                "Heads of Department", d(2024, 6, 30), "First round of learning walks completed in January. Moderation of judgements has been slower than planned.", "Amber"], "mmm-yy", 7, "amber")
    put(ws, 8, ["1.3", None, "Revise the initial assessment process so that teachers receive students' starting points within two weeks of enrolment.",
                "SJ / MK", d(2024, 1, 31), "New initial assessment dashboard live from 15 January.", "Complete"], "mmm-yy", 7, "blue")
    ws.merge_cells("B6:B8")
    band(ws, 9, "Theme 2: Adult learning programmes", 7)
    afi2 = ("Leaders and managers should ensure that adult learners on ESOL courses receive feedback that helps them "
            "improve the accuracy of their written English.")
    put(ws, 10, ["2.1", afi2, "Agree a common feedback code for written work in ESOL and train all ESOL tutors in its use.",
                 "Head of Adult & Community Learning", "Ongoing", "Feedback code agreed. Training delivered at the February staff development day; sampling continues each half term.", "Green"], None, 7, "green")
    put(ws, 11, ["2.2", None, "Sample marked work each half term and share examples of effective feedback at ESOL team meetings.",
                 "Quality Improvement Manager", d(2024, 7, 31), "First sample showed inconsistent use of the code in two centres.", None], "mmm-yy", 7, "amber")
    ws.merge_cells("B10:B11")
    band(ws, 12, "Theme 3: Apprenticeships", 7)
    afi3 = "Leaders should make sure that the off-the-job training apprentices receive is coordinated with what they learn at work."
    put(ws, 13, ["3.1", afi3, "Hold three-way planning reviews with employers at the start of each apprenticeship and record agreed on-the-job activities in the e-portfolio.",
                 "Director of Apprenticeships", "31/03/2024", "Only 41% of reviews held to date. Employer availability remains the main barrier.", "Red"], None, 7, "red")
    put(ws, 14, ["3.2", None, "Train skills coaches to link each off-the-job session to the apprentice's current work tasks.",
                 "Apprenticeship Operations Manager", d(2024, 5, 31), "Training scheduled for all coaches in April.", "Green"], "mmm-yy", 7, "green")
    ws.merge_cells("B13:B14")
    ws["A16"] = "Key: Red – off track, action at risk; Amber – some slippage, recovery planned; Green – on track; Blue – complete"
    for col, w in zip("ABCDEFG", [6, 40, 50, 24, 12, 50, 10]):
        ws.column_dimensions[col].width = w
    wb.save(P("cr1-leicester-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 HMP/YOI Parc
def parc():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "HMP/YOI Parc – Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report on an unannounced inspection of HMP Parc by HM Chief Inspector of Prisons, 6–17 January 2025"
    ws["A3"] = "Action plan owner: Director, HMP/YOI Parc (G4S Care and Justice). Position at 30 June 2025."
    cols = ["No.", "Recommendation", "Agreed / Partly agreed / Not agreed", "Action", "Action owner", "Target date", "RAG", "Update (June 2025)"]
    header(ws, 5, cols)
    band(ws, 6, "Priority concerns", 8)
    rows = [
        (7, ["1", "Leaders should urgently reduce the supply of illicit drugs into the prison.", "Agreed",
             "Introduce enhanced searching of all staff and visitors at the gate, supported by a second body scanner and additional drug dog hours.",
             "Head of Security", d(2025, 6, 30), "G", "Second scanner installed in May. Positive mandatory drug test rate has fallen from 28% to 19%."], "green"),
        (8, ["2", "Leaders should make sure that all prisoners are allocated to purposeful activity and spend enough time out of their cells.", "Agreed",
             "Complete a full allocations review and publish a revised core day that unlocks all prisoners for at least six hours on weekdays.",
             "Head of Learning & Skills / Head of Residence", d(2025, 9, 30), "A", "Allocations review complete. Revised core day drafted but depends on recruitment of 24 officers."], "amber"),
        (9, ["3", "Prisoners should receive enough food of adequate quality and quantity.", "Partly agreed",
             "Review menus with the prisoner council and increase portion sizes of the evening meal within the existing budget.",
             "Catering Manager", d(2025, 4, 30), "B", "New menu cycle introduced 14 April following prisoner consultation."], "blue"),
    ]
    for r, vals, f in rows:
        put(ws, r, vals, "mmm-yy", 7, f)
    band(ws, 10, "Key concerns", 8)
    rows = [
        (11, ["4", "Care for prisoners at risk of self-harm should be consistently good, with ACCT reviews that are multidisciplinary and address identified triggers.", "Agreed",
              "Deliver refresher ACCT case manager training and introduce a weekly quality assurance check of a sample of open ACCT documents.",
              "Head of Safer Custody", "31/12/2025", "A", "62% of case managers retrained so far. QA checks started in May."], "amber"),
        (12, ["5", "Body-worn video cameras should be worn and activated during all use-of-force incidents.", "Agreed",
              "Reinforce the local policy through daily briefings and review footage compliance at the monthly use-of-force meeting.",
              "Deputy Director", "Ongoing", "G", "Activation compliance at 91% in June, up from 64% at inspection."], "green"),
        (13, ["6", "Prisoners' complaints should be answered on time and address the issues raised.", "Agreed",
              "Clear the backlog of overdue complaints and introduce a weekly tracker reviewed by the senior leadership team.",
              "Business Assurance Manager", d(2025, 7, 31), "R", "Backlog reduced from 310 to 185 but timeliness remains below 60%."], "red"),
        (14, ["7", "Prisoners due for release should have suitable accommodation arranged in good time.", "Partly agreed",
              "Work with Welsh local authorities and the probation service to start housing referrals 12 weeks before release.",
              "Head of Reducing Reoffending", d(2025, 12, 31), "G", "Protocol agreed with four of the six main receiving local authorities."], "green"),
    ]
    for r, vals, f in rows:
        put(ws, r, vals, "mmm-yy", 7, f)
    ws["A16"] = "RAG key: R – not on track; A – some risk to delivery; G – on track; B – complete"
    for col, w in zip("ABCDEFGH", [5, 45, 14, 50, 26, 12, 6, 45]):
        ws.column_dimensions[col].width = w
    wb.save(P("cr1-hmp-yoi-parc-hmip-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 3 Falmouth University (refuse)
def falmouth():
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws["A1"] = "Falmouth University – Internal Audit Recommendations Tracker"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Report to Audit & Risk Committee – 18 November 2025"
    cols = ["Audit", "Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
            "Original target date", "Revised target date", "Status", "Latest update"]
    header(ws, 4, cols)
    data = [
        ["Student Recruitment & Admissions 2024/25", "1", "High", "Admissions decisions should be reviewed by a second officer before offers are issued for courses with portfolio requirements.",
         "Introduce a second-check step in the applicant portal for all portfolio courses.", "Head of Admissions", d(2025, 3, 31), None, "Complete", "Second-check step live from February 2025."],
        ["Student Recruitment & Admissions 2024/25", "2", "Medium", "The admissions policy should be updated to reflect current practice on contextual offers.",
         "Revise the policy and take it to Academic Board for approval.", "Director of Marketing & Recruitment", d(2025, 6, 30), d(2025, 10, 31), "Amber", "Draft policy prepared; Academic Board date moved."],
        ["Cyber Security 2024/25", "1", "High", "Multi-factor authentication should be enforced for all staff accounts, including legacy service accounts.",
         "Complete roll-out of MFA to remaining service accounts.", "Chief Information Officer", d(2025, 4, 30), d(2025, 7, 31), "Complete", "All accounts now covered."],
        ["Cyber Security 2024/25", "2", "Medium", "A tested incident response plan should be in place.",
         "Run a table-top exercise with the executive team and update the plan.", "Head of IT Infrastructure", d(2025, 5, 31), "31 Agust 2025", "Amber", "Exercise held 2 July. Plan being updated."],
        ["Cyber Security 2024/25", "3", "Low", "Leavers' accounts should be disabled on the last working day.",
         "Automate account closure from the HR system.", "Head of IT Infrastructure", d(2025, 9, 30), None, "Green", "Integration in test."],
        ["Health & Safety Management 2024/25", "1", "Medium", "Workshop risk assessments should be reviewed annually and signed off by the technical manager.",
         "Introduce an annual review schedule for all workshop risk assessments.", "Health & Safety Manager", d(2025, 12, 31), None, "Green", "Schedule agreed; first reviews under way."],
    ]
    for i, row in enumerate(data):
        put(ws, 5 + i, row, "dd/mm/yyyy")
    for col, w in zip("ABCDEFGHIJ", [30, 5, 9, 45, 40, 26, 14, 14, 10, 35]):
        ws.column_dimensions[col].width = w
    wb.save(P("cr1-falmouth-university-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol); tcPr.append(s)


def table(doc, head, rows, shades=None):
    t = doc.add_table(rows=1, cols=len(head)); t.style = "Table Grid"
    for i, h in enumerate(head):
        t.rows[0].cells[i].text = h
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.bold = True
    for ri, row in enumerate(rows):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
        if shades and shades[ri]:
            shade(cells[len(head) - 1], shades[ri])
    return t


RAGHEX = dict(red="FF0000", amber="FFC000", green="00B050", blue="00B0F0")


# ---------------------------------------------------------------- 4 Glasgow Clyde College
def clyde():
    doc = Document()
    doc.add_heading("Glasgow Clyde College: Education Scotland Progress Visit Action Plan 2024–25", level=0)
    doc.add_paragraph("This action plan responds to the main points for action identified by HM Inspectors during the progress visit "
                      "in October 2024. It is monitored by the Senior Leadership Team and reported to the Learning and Teaching Committee each term.")
    table(doc, ["Version", "Date", "Owner", "Approved by"],
          [["1.0", "02/12/2024", "Vice Principal Curriculum", "SLT"], ["1.1", "10/03/2025", "Vice Principal Curriculum", "Learning and Teaching Committee"]])
    areas = [
        ("1. Learner retention and success",
         "The college should take action to improve retention on full-time further education programmes.",
         [["1.1", "Introduce an early-warning attendance alert so that guidance staff contact learners after two consecutive absences.", "Head of Student Services", "31/01/2025", "Alerts live in all faculties since January.", "Complete"],
          ["1.2", "Hold mid-point programme reviews with each full-time class and act on the issues learners raise.", "Curriculum Heads", "Jan – May 2025", "Reviews held for 80% of classes in the first round.", "Green"],
          ["1.3", "Analyse withdrawal reasons for each full-time programme and agree targeted actions with curriculum teams.", "Quality Manager", "End of March 2025", "Analysis delayed by the new student records system.", "Amber"]],
         [None, None, None]),
        ("2. Learner engagement",
         "The college should ensure that all learners have meaningful opportunities to influence their learning experience.",
         [["2.1", "Train class representatives with the Students' Association and sparqs.", "Students' Association President", "November 2024", "58 class reps trained.", "Complete"],
          ["2.2", "Report back to learners each term on changes made in response to their feedback (\"You said, we did\").", "Head of Student Services", "Ongoing", "First termly report published on the VLE in December.", ""]],
         [None, RAGHEX["green"]]),
        ("3. Quality assurance and enhancement",
         "The college should strengthen the use of data in course team self-evaluation.",
         [["3.1", "Provide all course teams with a standard performance dashboard for self-evaluation.", "Head of MIS", "June 2025", "Dashboard prototype tested with two faculties.", "Green"],
          ["3.2", "Deliver training for curriculum managers on using data to set improvement actions.", "Quality Manager / Head of MIS", "April 2025", "Training sessions not yet scheduled.", "Red"]],
         [None, None]),
    ]
    for head, mpa, rows, shades in areas:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph(); p.add_run("Main point for action").bold = True
        p = doc.add_paragraph(); p.add_run(mpa).italic = True
        table(doc, ["Ref", "Action", "Responsibility", "Timescale", "Progress to date", "RAG"], rows, shades)
        doc.add_paragraph()
    doc.add_heading("RAG key", level=3)
    table(doc, ["Status", "Meaning"], [["Red", "Significant risk; action not progressing"], ["Amber", "Some delay; recoverable"],
                                        ["Green", "On track"], ["Complete", "Action completed"]])
    doc.save(P("cr1-glasgow-clyde-college-education-scotland-progress-visit-action-plan.docx"))


# ---------------------------------------------------------------- 5 Surrey Heath BC CPC
def surrey_heath():
    doc = Document()
    doc.add_heading("Surrey Heath Borough Council – Corporate Peer Challenge Action Plan", level=1)
    doc.add_paragraph("LGA Corporate Peer Challenge held 12–15 March 2024. Progress update to the Executive, October 2024.")
    head = ["No.", "Action", "Lead officer", "Timescale", "Progress", "Status"]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(head):
        t.rows[0].cells[i].text = h
    recs = [
        ("Recommendation 1: Develop a clear, shared vision and set of priorities for the borough",
         [["1.1", "Refresh the Council Plan with members through a series of cross-party workshops.", "Chief Executive", "September 2024", "Council Plan 2024–28 adopted by Full Council on 18 September.", "Complete"],
          ["1.2", "Align service plans and the performance framework to the new Council Plan priorities.", "Head of Strategy and Performance", "Q4 2024/25", "Service plan template revised; quarterly indicators being agreed with portfolio holders.", "On track"]]),
        ("Recommendation 2: Put the council's medium-term finances on a sustainable footing",
         [["2.1", "Prepare a Medium Term Financial Strategy with a savings and income plan closing the forecast gap.", "Head of Finance and Procurement", "Feb 2025", "Budget gap of £1.9m identified; savings proposals being developed.", "On track"],
          ["2.2", "Review the commercial property portfolio and report options to the Executive.", "DR, BW", "Dec 2024", "External valuation commissioned; report slipped pending valuation.", "Amber"],
          ["2.3", "Establish a member budget working group.", "Head of Finance and Procurement", "Ongoing", "Group not yet constituted.", "Not started"]]),
        ("Recommendation 3: Strengthen the working relationship between members and officers",
         [["3.1", "Review and relaunch the member–officer protocol.", "Monitoring Officer / Head of Democratic Services", "November 2024", "Draft protocol considered by Standards Committee in October.", "On track"],
          ["3.2", "Deliver a member development programme including induction for new members.", "Head of Democratic Services", "31/05/2025", "Programme agreed with group leaders.", "On track"]]),
    ]
    for rec, rows in recs:
        r = t.add_row().cells
        m = r[0].merge(r[5]); m.text = rec
        for run in m.paragraphs[0].runs:
            run.bold = True
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action delivered; On track – progressing to timescale; Amber – some delay, "
                      "revised timescale to be agreed; Not started – action not yet begun.")
    doc.save(P("cr1-surrey-heath-bc-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 6 Natural England CSV
def natural_england():
    head = ["Audit Title", "Report Issued", "Rec Ref", "Rating", "Recommendation", "Agreed Action", "Action Owner",
            "Target Date", "Revised Target Date", "RAG", "Comments"]
    rows = [
        ["Grant Scheme Assurance", "14/06/2024", "GSA-01", "Significant", "Grant claims should be checked against evidence of completed works before payment.",
         "Introduce a mandatory evidence checklist in the grant claims system.", "Director of Finance", "30/09/2024", "", "Complete", "Checklist live since September."],
        ["Grant Scheme Assurance", "14/06/2024", "GSA-02", "Moderate", "Sample checks of paid claims should be recorded and reported quarterly.",
         "Record sample checks in the assurance log and report to the Finance Committee each quarter.", "Head of Grants Assurance", "31/12/2024", "31/03/2025", "Amber", "Log set up; first quarterly report delayed to March."],
        ["Grant Scheme Assurance", "14/06/2024", "GSA-03", "Limited", "Delegations for approving grant variations should be documented.",
         "Update the scheme of delegation.", "Head of Grants Assurance", "31/10/2024", "", "Complete", "Approved by ExCo 22 October."],
        [""] * 11,
        ["Information Governance", "02/09/2024", "IG-01", "Significant", "Information asset registers should be complete and reviewed annually by asset owners.",
         "Complete the information asset register for all directorates and issue annual review reminders.", "Head of Information Governance", "31/03/2025", "", "Green", "Registers complete for 6 of 8 directorates."],
        ["Information Governance", "02/09/2024", "IG-02", "Moderate", "Data protection training completion should be monitored and followed up.",
         "Report completion rates monthly to directors and follow up non-completion.", "Chief Digital Officer", "31/01/2025", "30/06/2025", "Red", "Completion at 71%; LMS reporting issue still unresolved."],
        ["Information Governance", "02/09/2024", "IG-03", "Moderate", "Retention schedules should be applied to shared drives.",
         "Run a records clean-up project for legacy shared drives.", "Head of Information Governance", "30/09/2025", "", "Green", "Project plan agreed."],
        ["Workforce Planning", "21/11/2024", "WP-01", "Moderate", "Directorate workforce plans should be linked to the corporate plan.",
         "Issue a workforce planning template and collect plans from each directorate.", "HR Business Partner", "30/04/2025", "", "Green", "Template issued in January."],
    ]
    with open(P("cr1-natural-england-internal-audit-recommendations-tracker-export.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(head); w.writerows(rows)


# ---------------------------------------------------------------- 7 St Ninian's High School TXT
def st_ninians():
    text = """St Ninian's High School, Giffnock: Post-Inspection Action Plan 2024-25

Following the Education Scotland inspection in May 2024, HM Inspectors agreed the following areas for
improvement with the headteacher and East Renfrewshire Council. This plan is reviewed at SLT each month
and shared with the Parent Council.

RAG: Red = not started / at risk, Amber = under way with some delay, Green = on track, Complete = achieved

----------------------------------------------------------------------
Area for improvement 1: Continue to improve the consistency of learning and teaching so that all
learners experience appropriate pace and challenge.
----------------------------------------------------------------------
1.1  Introduce a whole-school learning and teaching framework with shared lesson expectations.
     Lead: DHT Learning & Teaching
     Timescale: October 2024
     Progress: Framework launched at the August in-service day and displayed in all classrooms.
     RAG: Complete

1.2  Run a programme of peer observation in every faculty focused on differentiation.
     Lead: PT Curriculum (all faculties)
     Timescale: March 2025
     Progress: Two rounds of observations completed; the third round is scheduled for February.
     RAG: Green

1.3  Use learner focus groups each term to gather views on pace and challenge.
     Lead: Mrs K. Brennan
     Timescale: Ongoing
     Progress: S2 and S4 focus groups held. Findings shared with faculty PTs.
     RAG: Green

----------------------------------------------------------------------
Area for improvement 2: Improve tracking and monitoring in the senior phase so that interventions
are timely and well targeted.
----------------------------------------------------------------------
2.1  Develop a senior phase tracking spreadsheet linked to SEEMiS data.
     Lead: DHT Senior Phase
     Timescale: December 2024
     Progress: Tracker in use for S4-S6. Data cleansing took longer than expected.
     RAG: Amber

2.2  Hold mentoring meetings with all S4 learners at risk of not achieving five National 5 passes.
     Lead: Principal Teachers of Guidance
     Timescale: By end of session (June 2025)
     Progress: Mentors allocated to 46 learners; meetings not yet started for the remainder.
     RAG: Amber

2.3  Report attainment against targets to the Parent Council twice a year.
     Lead: Headteacher
     Timescale: 31/05/2025
     Progress: Not yet started.
     RAG: Red
"""
    with open(P("cr1-st-ninians-high-school-giffnock-education-scotland-inspection-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    leicester(); parc(); falmouth(); clyde(); surrey_heath(); natural_england(); st_ninians()
