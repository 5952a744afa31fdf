"""Generator for the cv1- cases of heldout134 (run with /work/main/.venv/bin/python)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(R="FF0000", A="FFC000", G="00B050", B="0070C0", H="1F3864", S="D9E1F2").items()}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row, i, n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["H"]
        c.alignment = WRAP
        c.border = BOX


def put(ws, row, vals, fmt=None):
    for i, v in enumerate(vals, 1):
        if v is None:
            v = None
        c = ws.cell(row, i, v)
        c.alignment = WRAP
        c.border = BOX
        if fmt and i in fmt and isinstance(v, dt.date):
            c.number_format = fmt[i]


# ---------------------------------------------------------------- 1 Strathclyde
def strathclyde():
    wb = Workbook(); ws = wb.active; ws.title = "Recs Tracker"
    ws["A1"] = "University of Strathclyde – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:I1")
    ws["A2"] = "Position at 31 October 2024 – report to Audit and Risk Committee, 26 November 2024"
    ws["A2"].font = Font(italic=True); ws.merge_cells("A2:I2")
    hdr(ws, 4, ["Ref", "Recommendation", "Grade", "Agreed Management Action", "Responsible Officer",
                "Original Due Date", "Revised Due Date", "Status", "Progress Update"])
    D = dt.datetime
    rows = [
        ("H", "Cyber Security Governance (Report 2023/24-04)"),
        ("04.1", "The University should formally approve and publish an information security policy framework aligned with ISO 27001.", "Medium",
         "Information Security Policy framework to be refreshed and approved by the Executive Team.", "Chief Information Officer",
         D(2024, 3, 31), D(2024, 9, 30), "B", "Framework approved by Executive Team on 11 September 2024 and published on the staff intranet."),
        ("04.2", "Privileged access to core systems should be reviewed at least quarterly.", "High",
         "Quarterly privileged access reviews to be introduced for the student records, finance and HR systems, with results reported to the Information Security Group.",
         "Head of IT Infrastructure", D(2024, 6, 30), D(2024, 12, 31), "A",
         "First review completed for the finance system in August. HR and student records reviews delayed by the system upgrade."),
        ("04.3", "Phishing simulation and cyber awareness training should be mandatory for all staff.", "Low",
         "Annual phishing simulation and mandatory cyber awareness training for all staff.", "Information Security Manager",
         D(2024, 4, 30), None, "B", "Mandatory training launched in April 2024; completion rate 87% at 31 October."),
        None,
        ("H", "Student Recruitment – Agent Management (Report 2023/24-07)"),
        ("07.1", "Contracts with overseas recruitment agents should be held centrally and renewed before expiry.", "High",
         "Central contract register to be established within the International Office and all live agent contracts uploaded.",
         "Director of International Recruitment / Head of Legal Services", D(2024, 7, 31), D(2025, 1, 31), "G",
         "Register established; 112 of 140 contracts uploaded. Remaining contracts expected by the end of January."),
        ("07.2", "Commission payments should be reconciled to enrolment data before payment is released.", "Medium",
         "Finance to introduce a monthly reconciliation of agent invoices to census enrolment data.", "Deputy Director of Finance",
         D(2024, 12, 31), None, "G", "Reconciliation template agreed with Registry; first monthly run scheduled for November."),
        ("07.3", "Agent performance should be reviewed annually against agreed targets.", "Low",
         "Annual agent performance review to be reported to the International Strategy Group.", "AMcK",
         D(2025, 3, 31), None, None, "Not yet due."),
        None,
        ("H", "Research Grant Expenditure (Report 2024/25-01)"),
        ("01.1", "Budgets for large grant applications should be checked by Research Finance before submission.", "High",
         "Pre-award checklist to be updated to require Research Finance sign-off of budgets over £250k.", "Head of Research Finance",
         D(2024, 10, 31), D(2025, 1, 31), "R",
         "Original date missed owing to a staff vacancy; revised date to be agreed by the Committee."),
        ("01.2", "Time charged to grants by externally funded staff should be supported by timesheets.", "Medium",
         "Time recording for externally funded staff to be moved to the online timesheet system.", "Head of Research Finance; Director of HR",
         D(2025, 6, 30), None, "G", "System configuration under way with HR Systems team."),
    ]
    r = 5
    for row in rows:
        if row is None:
            r += 1; continue
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = FILL["S"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            put(ws, r, list(row), fmt={6: "dd/mm/yyyy", 7: "dd-mmm-yy"})
            if row[7]:
                ws.cell(r, 8).fill = FILL[row[7]]
                ws.cell(r, 8).font = Font(bold=True, color="FFFFFF")
        r += 1
    r += 1
    ws.cell(r, 1, "Key:").font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Implemented"), ("G", "On track"), ("A", "At risk of missing due date"), ("R", "Overdue")], 1):
        ws.cell(r + i, 1, k).fill = FILL[k]
        ws.cell(r + i, 2, t)
    for col, w in zip("ABCDEFGHI", [7, 45, 9, 50, 28, 13, 13, 8, 50]):
        ws.column_dimensions[col].width = w
    wb.save(P("cv1-university-of-strathclyde-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 2 Warwickshire FRS csv
def warwickshire():
    a1 = "AFI 1 – The service should make sure it has an effective system to define the levels of protection activity it carries out, based on risk."
    a2 = "AFI 2 – The service should make sure it has an effective system for learning from operational incidents."
    a3 = "AFI 3 – The service should make sure it has good business continuity arrangements in place for all foreseeable threats and risks."
    a4 = "AFI 4 – The service should assure itself that staff understand how to raise concerns and feel confident to do so."
    a5 = "AFI 5 – The service should improve the way it collects equality data to better understand its workforce demographics and needs."
    rows = [
        ["1.1", "Effectiveness", a1, "Review the Risk Based Inspection Programme (RBIP) methodology against NFCC guidance and publish the revised programme.", "Head of Fire Protection", "31/03/2024", "Green", "Draft methodology peer reviewed by a neighbouring service; to be presented to SLT in February."],
        ["1.2", "Effectiveness", a1, "Recruit and train two additional Fire Safety Inspectors to meet RBIP demand.", "Head of Fire Protection / HR Business Partner", "Sep-24", "Amber", "One inspector appointed. Second post re-advertised after an unsuccessful campaign."],
        ["2.1", "Effectiveness", a2, "Introduce a single debrief reporting tool with monthly review at the Operational Assurance Group.", "GM Operational Assurance", "Q4 2023/24", "Complete", "Tool live since 1 November; first quarterly learning bulletin published."],
        ["2.2", "Effectiveness", a2, "Share National and Joint Operational Learning (NOL/JOL) with all watches through the learning portal.", "SM Operational Assurance", "Ongoing", "Green", "NOL/JOL items now published fortnightly with a read-receipt check."],
        ["3.1", "Efficiency", a3, "Test business continuity plans for fire control and ICT failure through a live exercise.", "Area Manager Response", "30/11/2023", "Red", "Exercise postponed twice owing to the mobilising system upgrade; new date being agreed with Fire Control."],
        ["4.1", "People", a4, "Refresh the Speak Up policy and appoint Freedom to Speak Up champions at every station.", "Head of People and Culture", "Jun-24", "Green", "Policy consultation closed; 14 champions nominated."],
        ["4.2", "People", a4, "Run a pulse survey on confidence to speak up and report the results to the Fire and Rescue Leadership Team.", "Head of People and Culture; Corporate Communications Manager", "Dec-24", "", ""],
        ["5.1", "People", a5, "Launch a 'Count Me In' campaign to encourage staff to update their diversity data on the HR system.", "EDI Lead", "31 Jan 2024", "Complete", "Campaign ran in January; declaration rate rose from 58% to 81%."],
    ]
    with open(P("cv1-warwickshire-frs-hmicfrs-afi-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Warwickshire Fire and Rescue Service – HMICFRS Inspection 2022 Improvement Plan"] + [""] * 7)
        w.writerow([""] * 8)
        w.writerow(["Action Ref", "Pillar", "Area for Improvement", "Action", "Action Owner", "Target Date", "RAG", "Progress Update (Dec 2023)"])
        w.writerows(rows)


# ---------------------------------------------------------------- 3 Kirklees College (refuse)
def kirklees():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "Kirklees College – Post-Inspection Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Ofsted inspection 14–17 May 2024  |  Overall effectiveness: Requires improvement  |  Updated January 2025"
    ws.merge_cells("A2:G2")
    hdr(ws, 4, ["No.", "What does the provider need to do to improve?", "Actions", "Lead", "Timescale",
                "Monitoring / evidence of impact", "RAG (Jan 2025)"])
    f1 = "Leaders and managers should ensure that teachers on adult learning programmes use assessment effectively to check learners' understanding and identify gaps in knowledge."
    f2 = "Leaders should ensure that apprentices receive timely, well-planned off-the-job training and that employers are involved in reviewing their progress."
    f3 = "Leaders should improve attendance at English and mathematics lessons for 16 to 18 learners."
    rows = [
        ("1.1", f1, "Deliver CPD on checking for understanding and retrieval practice to all adult learning tutors.", "Head of Adult Learning", "July 2024", "CPD attendance 96%; observation outcomes show improved questioning.", "Complete"),
        ("1.2", None, "Quality team to carry out termly deep dives in adult learning with a focus on assessment.", "AP Quality", "Dec 2024", "Two deep dives completed; third scheduled for March.", "Green"),
        ("2.1", f2, "Revise apprentice training plans so off-the-job training is scheduled from the start of the programme.", "Head of Apprenticeships", "Oct 2024", "All new starts from September have scheduled OTJ plans.", "Complete"),
        ("2.2", None, "Introduce 12-weekly tripartite reviews with employers recorded on the e-portfolio.", "Head of Apprenticeships / Employer Engagement Manager", "March 2025", "72% of reviews in date; target 90%.", "Amber"),
        ("2.3", None, "Monitor OTJ hours monthly at the Apprenticeship Performance Board.", "VP Curriculum", "Sepember 2024", "Standing agenda item since September.", "Complete"),
        ("3.1", f3, "Introduce same-day follow-up of absence from English and maths by progress coaches.", "Head of Learner Services", "Jan 2025", "Attendance up from 71% to 79% in autumn term.", "Green"),
        ("3.2", None, "Share weekly English and maths attendance reports with curriculum heads.", "MIS Manager", "Ongoing", "Reports issued every Monday.", "Green"),
    ]
    for i, row in enumerate(rows):
        put(ws, 5 + i, list(row))
    # merge AFI cells down over their actions
    ws.merge_cells("B5:B6"); ws.merge_cells("B7:B9"); ws.merge_cells("B10:B11")
    colour = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}
    for r in range(5, 12):
        ws.cell(r, 7).fill = FILL[colour[ws.cell(r, 7).value]]
    ws["A13"] = "Key: Complete | Green – on track | Amber – some slippage | Red – significant concern"
    ws["A13"].font = Font(italic=True); ws.merge_cells("A13:G13")
    for col, w in zip("ABCDEFG", [6, 45, 50, 28, 14, 40, 12]):
        ws.column_dimensions[col].width = w
    wb.save(P("cv1-kirklees-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "D9E1F2")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v or ""
    return t


# ---------------------------------------------------------------- 4 Staffordshire University
def staffs():
    doc = Document()
    doc.add_heading("Staffordshire University – Apprenticeships Post-Inspection Action Plan", 0)
    doc.add_paragraph("Following the Ofsted full inspection of apprenticeship provision in October 2023, this plan sets out the "
                      "actions the University is taking to address the areas for improvement identified in the report. "
                      "Progress is reviewed monthly by the Apprenticeships Quality Board.")
    table(doc, ["Version", "Owner", "Approved by", "Date"],
          [["1.3", "Director of Apprenticeships", "Apprenticeships Quality Board", "12/04/2024"]])
    doc.add_paragraph("")
    afis = [
        ("Leaders and managers should ensure that they routinely use the information they have about apprentices' progress to identify and support apprentices who fall behind.",
         [["1.1", "Introduce a monthly progress dashboard for each apprenticeship standard, drawing on e-portfolio and attendance data.", "Head of Apprenticeships", "January 2024", "Dashboard live since January and reviewed at monthly programme meetings.", "Completed"],
          ["1.2", "Programme leads to hold tripartite progress reviews every 10–12 weeks, recording actions for apprentices who are behind on the review form.", "Programme Leads", "April 2024", "Review form updated; 81% of reviews held in time in March.", "On track"],
          ["1.3", "Report the proportion of apprentices beyond their planned end date to the Apprenticeships Quality Board each term.", "Director of Apprenticeships", "Termly", "First report presented in February.", "On track"]]),
        ("Leaders should make sure that employers are fully involved in planning and reviewing apprentices' on- and off-the-job training.",
         [["2.1", "Revise the commitment statement and training plan templates so that employers agree the sequencing of on-the-job activities.", "Apprenticeship Compliance Manager", "29/02/2024", "New templates in use for all starts since February.", "Completed"],
          ["2.2", "Deliver employer briefings on the funding rules and on the employer's role in progress reviews.", "Employer Engagement Manager / Head of Apprenticeships", "End of June 2024", "Two of four briefings delivered; attendance lower than planned.", "Some slippage"]]),
        ("Leaders should ensure that apprentices receive impartial careers information, advice and guidance that helps them plan their next steps.",
         [["3.1", "Embed a careers session delivered by the Careers and Employability team in the final year of every apprenticeship programme.", "Head of Careers and Employability", "September 2024", "Sessions scheduled in the 2024/25 programme calendars.", "On track"],
          ["3.2", "Train academic staff who act as apprenticeship tutors on signposting apprentices to careers guidance.", "Dr S Holt and Ms K Adeyemi", "July 2024", "", ""]]),
    ]
    for n, (text, rows) in enumerate(afis, 1):
        doc.add_heading(f"Area for improvement {n}", 2)
        doc.add_paragraph(text)
        t = table(doc, ["Ref", "Action", "Lead", "Completion date", "Progress update", "RAG"], rows)
        col = {"Completed": "0070C0", "On track": "00B050", "Some slippage": "FFC000", "Off track": "FF0000"}
        for r in t.rows[1:]:
            v = r.cells[5].text
            if v in col:
                shade(r.cells[5], col[v])
        doc.add_paragraph("")
    doc.add_paragraph("RAG key: Completed (blue); On track (green); Some slippage (amber); Off track (red).")
    doc.save(P("cv1-staffordshire-university-ofsted-apprenticeships-piap.docx"))


# ---------------------------------------------------------------- 5 HMP Leeds
def set_span(cell):
    pass


def hmp_leeds():
    doc = Document()
    doc.add_heading("HMP Leeds – Action Plan", 0)
    doc.add_paragraph("Response to the report of an unannounced inspection by HM Chief Inspector of Prisons, published March 2024. "
                      "This action plan sets out how the prison will address the priority and key concerns raised in the report.")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["Ref", "Concern", "Action", "Action owner", "Target date", "Status"]):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "BFBFBF")
    col = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    plan = [
        ("Priority concerns", [
            ("Levels of violence were high and too many prisoners told us they felt unsafe.", [
                ("1.1", "Relaunch the challenge, support and intervention plan (CSIP) process with refresher training for all wing managers.", "Head of Safety", "31/07/2024", "Complete"),
                ("1.2", "Introduce a weekly safety intelligence meeting to review violence data and target hotspots.", "Head of Safety / Head of Security", "30/06/2024", "Complete")]),
            ("Too many prisoners were locked in their cells for most of the day and had little to do.", [
                ("2.1", "Implement a revised regime giving every prisoner a minimum of four hours unlock each weekday.", "Head of Residence", "December 2024", "Amber"),
                ("2.2", "Increase the allocation of prisoners to education, skills and work places to 85% of the population.", "Head of Reducing Reoffending", "March 2025", "Green")])]),
        ("Key concerns", [
            ("Many cells on A and B wings were in poor condition, with broken windows and inadequate furniture.", [
                ("3.1", "Complete a cell-by-cell decency check and log all defects with the facilities management provider.", "Head of Decency", "Monthly", "Green"),
                ("3.2", "Deliver the window replacement programme for A wing.", "Deputy Governor", "Q4 2024/25", "Red")]),
            ("Prisoners' applications and complaints were often not answered on time.", [
                ("4.1", "Introduce an electronic applications tracker on the kiosks, with weekly compliance reports to the Governor.", "Business Hub Manager", "September 2024", "Complete")])]),
    ]
    for section, concerns in plan:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5]); m.text = section; m.paragraphs[0].runs[0].bold = True; shade(m, "D9D9D9")
        for concern, acts in concerns:
            first = None
            for k, (ref, act, own, due, st) in enumerate(acts):
                c = t.add_row().cells
                c[0].text = ref; c[2].text = act; c[3].text = own; c[4].text = due; c[5].text = st
                shade(c[5], col[st])
                if k == 0:
                    c[1].text = concern; first = c[1]
                else:
                    first = first.merge(c[1])
    doc.add_paragraph("")
    doc.add_paragraph("Status is reported to the Senior Leadership Team monthly and to the Prison Group Director quarterly.")
    doc.save(P("cv1-hmp-leeds-hmip-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 6 Southern Regional College
def src():
    wb = Workbook(); ws = wb.active; ws.title = "QIP"
    ws["A1"] = "Southern Regional College – Quality Improvement Plan following ETI Inspection (October 2024)"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:H1")
    ws["A2"] = "Review point 1: February 2025"; ws.merge_cells("A2:H2")
    hdr(ws, 4, ["Area for Improvement (ETI)", "Ref", "Actions", "Responsibility", "Timescale",
                "Success criteria / measures", "Progress at Review Point 1", "RAG"])
    D = dt.datetime
    a1 = "Improve retention and achievement on level 2 professional and technical courses, particularly in construction."
    a2 = "Ensure that planning for learning routinely addresses the needs of learners with additional learning needs."
    a3 = "Improve the quality of work-based learning reviews in the ApprenticeshipsNI provision."
    a4 = "Strengthen the use of data by middle managers to evaluate and improve the quality of provision."
    layout = [
        ("H", "1. Outcomes for Learners"),
        (a1, "1.1", "Introduce early-warning attendance tracking with a weekly curriculum manager review.", "HoD Construction", D(2024, 12, 1), "Retention at level 2 construction above 85%.", "Tracking in place since November; retention currently 86%.", "G"),
        (None, "1.2", "Timetable additional practical catch-up sessions for learners at risk of not achieving.", "HoD Construction; Learner Support Manager", D(2025, 5, 31), "All at-risk learners offered catch-up by April.", "Sessions started later than planned owing to workshop availability.", "A"),
        ("H", "2. Quality of Provision"),
        (a2, "2.1", "Share learner support plans with all tutors through the MIS within four weeks of enrolment.", "Head of Learner Support", D(2024, 10, 1), "100% of support plans visible to tutors.", "Completed for all 2024/25 enrolments.", "B"),
        (None, "2.2", "Peer observation programme to focus on differentiation for learners with additional needs.", "Quality Manager (Teaching and Learning)", "Jan 2025 - Jun 2025", "Observations show planning meets individual needs in most sessions.", "Peer observation pairs agreed; first cycle under way.", "G"),
        (a3, "2.3", "Revise the training review template and train all training officers in setting SMART targets.", "Training Organisation Manager", D(2025, 3, 1), "Sampled reviews show specific targets linked to the framework.", "Template revised but training delayed by staff absence.", "R"),
        ("H", "3. Leadership and Management"),
        (a4, "3.1", "Deliver data training for all heads of department on the new Power BI self-evaluation reports.", "Director of Curriculum and Information Services", D(2025, 1, 31), "All HoDs trained and using reports in team meetings.", "Training delivered to all 14 HoDs in January.", "B"),
        (None, "3.2", "Review departmental self-evaluation reports at mid-year quality reviews and agree targets.", "Deputy Chief Executive / Head of Quality", "Ongoing", "Targets agreed for every department.", "Mid-year reviews scheduled for March.", "G"),
    ]
    r = 5; starts = []
    for row in layout:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True); ws.cell(r, 1).fill = FILL["S"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            put(ws, r, list(row[:7]), fmt={5: "mmm-yy"})
            if isinstance(row[4], D) and row[4].day != 1:
                ws.cell(r, 5).number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = FILL[row[7]]; ws.cell(r, 8).border = BOX
            if row[0] is not None:
                starts.append(r)
            else:
                starts[-1] = (starts[-1] if isinstance(starts[-1], tuple) else (starts[-1],)) + (r,)
        r += 1
    for s in starts:
        if isinstance(s, tuple):
            ws.merge_cells(start_row=s[0], start_column=1, end_row=s[-1], end_column=1)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for i, (k, t) in enumerate([("G", "On track"), ("A", "Some slippage"), ("R", "Not on track"), ("B", "Complete")], 1):
        ws.cell(r + i, 1).fill = FILL[k]
        ws.cell(r + i, 2, t)
    for col, w in zip("ABCDEFGH", [42, 6, 48, 30, 16, 36, 40, 8]):
        ws.column_dimensions[col].width = w
    wb.save(P("cv1-southern-regional-college-eti-quality-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 7 Ysgol Bro Pedr txt
def bro_pedr():
    L = ["Ysgol Bro Pedr – Post-inspection Action Plan",
         "Estyn inspection: March 2023. Plan agreed by the governing body, June 2023; progress updated April 2024.",
         ""]
    hdr_line = "Ref\tAction\tPerson responsible\tTimescale\tProgress\tRAG"
    recs = [
        ("Recommendation 1: Improve the quality and consistency of teaching so that all pupils are appropriately challenged", [
            ["1.1", "Deliver a programme of professional learning on questioning and challenge for all teaching staff.", "Deputy Headteacher (Teaching and Learning)", "Autumn term 2023", "All autumn INSET used; learning walks show improved questioning in most lessons.", "Complete"],
            ["1.2", "Introduce termly learning walks focusing on challenge, with written feedback to departments.", "SLT", "Termly", "Learning walks completed in November and February.", "Green"]]),
        ("Recommendation 2: Strengthen the development of pupils' Welsh language skills", [
            ["2.1", "Appoint a Welsh language co-ordinator and agree a whole-school Welsh language strategy.", "Headteacher", "Spring term 2024", "Co-ordinator appointed January 2024; strategy in draft for governors.", "Amber"],
            ["2.2", "Increase Welsh-medium extracurricular activities through the Urdd and the local Menter Iaith.", "EW / RD", "Summer term 2024", "", "Green"]]),
        ("Recommendation 3: Improve attendance, particularly of pupils eligible for free school meals", [
            ["3.1", "Introduce first-day response calls and weekly attendance panels with the Education Welfare Officer.", "AHT (Wellbeing)", "September 2023", "First-day calls in place from 4 September.", "Complete"],
            ["3.2", "Analyse the attendance of eFSM pupils half-termly and report to the governors' standards committee.", "AHT (Wellbeing); Data Manager", "July 2024", "Reports presented in December and March.", "Green"]]),
        ("Recommendation 4: Ensure that self-evaluation and improvement planning focus sharply on the impact of provision on pupils' learning", [
            ["4.1", "Revise the self-evaluation calendar so that departmental reviews include book scrutiny and pupil voice.", "Headteacher / Chair of Governors", "Autumn term 2023", "Calendar revised and shared with staff and governors.", "Complete"],
            ["4.2", "Middle leaders to evaluate the impact of departmental improvement plans each half term.", "SLT", "Ongoing", "Quality of middle leaders' evaluations remains variable.", "Amber"]]),
    ]
    for rec, rows in recs:
        L.append(rec)
        L.append(hdr_line)
        for r in rows:
            L.append("\t".join(r))
        L.append("")
    L.append("RAG: Complete = action completed; Green = on track; Amber = some delay; Red = not on track")
    with open(P("cv1-ysgol-bro-pedr-estyn-post-inspection-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    strathclyde(); warwickshire(); kirklees(); staffs(); hmp_leeds(); src(); bro_pedr()
