"""Generate the dw1- documents of heldout161 (children's services plans).

Run with /work/main/.venv/bin/python dw1_make.py ; writes beside this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

GREEN = PatternFill("solid", fgColor="92D050")
AMBER = PatternFill("solid", fgColor="FFC000")
RED = PatternFill("solid", fgColor="FF0000")
BLUE = PatternFill("solid", fgColor="00B0F0")
GREY = PatternFill("solid", fgColor="D9D9D9")
NAVY = PatternFill("solid", fgColor="1F3864")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill_for(word):
    w = (word or "").strip().lower()
    return {"green": GREEN, "on track": GREEN, "g": GREEN, "amber": AMBER, "a": AMBER,
            "red": RED, "r": RED, "complete": BLUE, "completed": BLUE}.get(w)


# ---------------------------------------------------------------- 1 Chichester College Group
def chichester():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Chichester College Group \u2013 Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection 14\u201317 May 2024"
    ws["A3"] = "Progress as at 30 September 2024"
    hdr = ["Ref", "Action", "Lead", "Target date", "Progress update (Sept 2024)", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = NAVY
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("AFI", "Area for improvement 1: Leaders should ensure that teachers of apprentices in construction plan off-the-job training that links closely to what apprentices do at work."),
        ("1.1", "Review all construction apprenticeship curriculum plans with employers so that off-the-job training is sequenced alongside site activity.",
         "Head of Apprenticeships", D(2024, 10, 31), "Plans for carpentry and bricklaying reviewed with 14 employers; electrical installation plans due for review in October.", "On track"),
        ("1.2", "Introduce three-way progress reviews every 10 weeks involving the apprentice, employer and skills coach.",
         "AP / KM", D(2024, 12, 20), "Review schedule built into Smart Assessor. First cycle 78% completed on time; employers not attending are followed up by the skills coach team leader.", "Amber"),
        ("1.3", "Train all construction tutors in using employer feedback to adapt session plans.",
         "Director of Teaching, Learning & Assessment", D(2024, 7, 31), "All 22 tutors trained at July staff development week.", "Complete"),
        None,
        ("AFI", "Area for improvement 2: Leaders and managers should ensure that learners with high needs receive timely and effective support from the start of their programme."),
        ("2.1", "Complete transition meetings for all learners with EHC plans before the start of term.",
         "Head of Inclusion", D(2024, 9, 6), "183 of 191 transition meetings held before enrolment; the remaining 8 were completed in week 1.", "Complete"),
        ("2.2", "Recruit two additional specialist learning support assistants for the Crawley campus.",
         "Head of Inclusion / HR Business Partner", D(2024, 11, 30), "One post filled. Second post re-advertised after unsuccessful interviews in September.", "Amber"),
        ("2.3", "Audit learner support plans half-termly and report the findings to the Quality Improvement Board.",
         "SL", "Half-termly", "First audit due w/c 14 October.", "Green"),
        None,
        ("AFI", "Area for improvement 3: Leaders should improve attendance on GCSE English and mathematics resit courses."),
        ("3.1", "Launch daily attendance follow-up calls for all English and maths resit groups.",
         "Assistant Principal \u2013 English & Maths", D(2024, 9, 30), "Calls in place from week 2. Attendance at 81% against an 85% target.", "Green"),
        ("3.2", "Report resit attendance by course to the governors' Quality & Standards Committee each term.",
         "Vice Principal Quality", "Termly", "Not yet due.", None),
        ("3.3", "Revise the maths resit timetable so that no session starts after 3.30pm.",
         "RT", D(2025, 1, 31), "Timetable changes agreed for January start.", "Green"),
    ]
    r = 6
    for row in rows:
        if row is None:
            r += 1
            continue
        if row[0] == "AFI":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = GREY
            ws.cell(row=r, column=1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 32
            r += 1
            continue
        ref, act, lead, due, prog, rag = row
        vals = [ref, act, lead, due, prog, rag]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        if isinstance(due, D):
            ws.cell(row=r, column=4).number_format = "mmm-yy"
        f = fill_for(rag)
        if f:
            ws.cell(row=r, column=6).fill = f
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("Complete", "Action completed", BLUE), ("Green / On track", "On track to deliver by target date", GREEN),
           ("Amber", "Some slippage \u2013 mitigation in place", AMBER), ("Red", "Off track / at risk", RED)]
    for i, (k, v, f) in enumerate(key, 1):
        ws.cell(row=r + i, column=1, value=k).fill = f
        ws.cell(row=r + i, column=2, value=v)
    for col, w in zip("ABCDEF", [10, 60, 28, 12, 55, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "dw1-chichester-college-group-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 Options Autism children's home (refuse)
def options_autism():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Options Autism \u2013 Hillcrest House: Ofsted Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Children's home URN SC487352"
    ws["A3"] = "Full inspection: 10\u201311 September 2024     Overall experiences and progress: Requires improvement to be good"
    hdr = ["No.", "Requirement / Recommendation", "Action to be taken", "Person responsible", "Timescale", "Update", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = GREY
        cell.border = BOX
    data = [
        ("SEC", "Requirements"),
        ("1", "The registered person must ensure that staff record and review each use of physical restraint within 24 hours (Regulation 35).",
         "Registered Manager to review every restraint record within 24 hours and sign off on Clearcare.",
         "Registered Manager", "30 September 2024", "In place from 16 September. Weekly audit by Responsible Individual.", "Complete"),
        ("", "",
         "Refresher training in PRICE de-escalation for all care staff.",
         "Deputy Manager", "31 Octber 2024", "14 of 19 staff completed; remaining staff booked.", "Amber"),
        ("2", "The registered person must ensure that children's placement plans are reviewed when their needs change (Regulation 14).",
         "Key workers to review placement plans with the child after any significant event.",
         "Key workers / Deputy Manager", "30 November 2024", "Template updated; reviews under way.", "Amber"),
        ("SEC", "Recommendations"),
        ("3", "The registered person should ensure that supervision records show reflective discussion of practice.",
         "Revise the supervision template to include a reflective practice section.",
         "Registered Manager", "December 2024", "", ""),
    ]
    r = 6
    for row in data:
        if row[0] == "SEC":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BOX
            cell.alignment = WRAP
        f = fill_for(row[6])
        if f:
            ws.cell(row=r, column=7).fill = f
        r += 1
    for col, w in zip("ABCDEFG", [6, 45, 45, 22, 18, 40, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "dw1-options-autism-childrens-home-ofsted-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3 Wokingham YJS
def wokingham():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Wokingham Youth Justice Service \u2013 HMIP Inspection Improvement Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Owner: Wokingham Youth Justice Management Board   |   Version 3   |   Last updated 14/01/2025"
    hdr = ["Ref", "Recommendation", "Action", "Lead", "Target Date", "Progress", "Previous RAG", "Current RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = NAVY
        cell.border = BOX
        cell.alignment = WRAP
    plan = [
        ("Domain 1: Organisational delivery", [
            ("The Youth Justice Management Board should make sure that board members understand and respond to the needs of children known to the service, including those with education, health and care plans.", [
                ("1.1", "Deliver a board development session on the profile and needs of children open to the YJS.", "Chair of YJMB", D(2024, 10, 31),
                 "Session held 17 October 2024 with 11 of 13 members attending.", "G", "Complete"),
                ("1.2", "Add a standing education and SEND item to the board agenda, with quarterly data from the Virtual School.", "Head of Service \u2013 Youth Justice", D(2024, 12, 31),
                 "Item added from the December board; first data set presented and discussed.", "A", "G"),
            ]),
            ("The Head of Service should ensure that management oversight of risk of harm is effective and clearly recorded.", [
                ("2.1", "Introduce a management oversight template on ChildView for all high and very high risk of harm cases.", "YJS Team Manager", D(2024, 11, 30),
                 "Template live from 4 November. Dip sample in December showed 70% compliance.", "A", "A"),
                ("2.2", "Carry out quarterly case audits focused on risk of harm and report findings to the board.", "Quality Assurance Lead", "Quarterly",
                 "First audit of 12 cases completed in December 2024.", "G", "G"),
            ]),
        ]),
        ("Domain 2: Court disposals", [
            ("The Head of Service should ensure that planning addresses the safety and wellbeing of children and is reviewed when their circumstances change.", [
                ("3.1", "Refresh planning guidance and deliver practice workshops for all case managers.", "Practice Development Lead", "Q4 2024/25",
                 "Guidance drafted; workshops booked for February 2025.", "G", "G"),
                ("3.2", "Case managers to review plans within 10 working days of any significant change, recorded in case notes.", "YJS Team Manager", "Ongoing",
                 "Monitored through monthly supervision.", "G", "G"),
            ]),
        ]),
        ("Domain 3: Out-of-court disposals", [
            ("The Police and YJS should ensure that decisions on out-of-court disposals are informed by a full assessment of the child.", [
                ("4.1", "Revise the joint decision-making panel terms of reference so that a Prevention and Diversion assessment is completed before panel.",
                 "Police Inspector (YJS) / Head of Service \u2013 Youth Justice", D(2025, 1, 31),
                 "Draft terms of reference agreed in principle; sign-off delayed as police lead changed in December.", "A", "R"),
                ("4.2", "Audit ten out-of-court disposal cases to test the quality of assessments.", "Quality Assurance Lead", D(2025, 3, 31),
                 "", "", ""),
            ]),
        ]),
    ]
    r = 5
    for domain, recs in plan:
        ws.cell(row=r, column=1, value=domain).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = GREY
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, acts in recs:
            top = r
            for i, (ref, act, lead, due, prog, prev, cur) in enumerate(acts):
                vals = [ref, rec if i == 0 else None, act, lead, due, prog or None, prev or None, cur or None]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.border = BOX
                    cell.alignment = WRAP
                if isinstance(due, D):
                    ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
                for c, v in ((7, prev), (8, cur)):
                    f = fill_for(v)
                    if f:
                        ws.cell(row=r, column=c).fill = f
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="R = not on track / significant risk to delivery;  A = some risk to delivery;  G = on track;  Complete = action completed and evidenced")
    for col, w in zip("ABCDEFGH", [7, 45, 50, 28, 12, 45, 10, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "dw1-wokingham-yjs-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 4 Bishop Vaughan (Estyn)
def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


def bishop_vaughan():
    doc = Document()
    doc.add_heading("Bishop Vaughan Catholic School \u2013 Post-Inspection Action Plan (PIAP)", level=1)
    doc.add_paragraph(
        "This plan sets out how the school will address the recommendations in the Estyn report following the core "
        "inspection in March 2024. It was drawn up by the headteacher and senior leadership team with the support of "
        "the local authority and Partneriaeth, and was approved by the governing body on 23 April 2024. Progress is "
        "reported to the full governing body each term.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Approved by governing body", "23 April 2024"),
                                ("Review", "Termly (Standards Committee)"),
                                ("Last updated", "4 December 2024")]):
        set_cell(t.cell(i, 0), k, True)
        set_cell(t.cell(i, 1), v)
    recs = [
        ("Recommendation 1: Improve the quality of teaching so that it challenges all pupils to make strong progress", [
            ("1.1", "Establish a teaching and learning group to share effective practice in challenge and questioning.", "AHT (T&L)", "Summer term 2024",
             "All departments represented; minutes show practice shared at each meeting.", "Complete"),
            ("1.2", "Carry out a programme of lesson observations and book scrutiny focused on challenge for more able pupils.", "HT, DHT", "Autumn term 2024",
             "Monitoring shows most lessons provide suitable challenge.", "Green"),
            ("1.3", "Provide targeted coaching for teachers where monitoring identifies weaker practice.", "AHT (T&L)", "Spring term 2025",
             "Coaching cycles reduce the proportion of lessons judged as needing improvement.", "Amber"),
        ]),
        ("Recommendation 2: Improve attendance, particularly of pupils eligible for free school meals", [
            ("2.1", "Appoint an attendance and engagement officer to work with families of persistently absent pupils.", "Business Manager", "Summer term 2024",
             "Officer in post; caseload of 40 families.", "Complete"),
            ("2.2", "Introduce weekly attendance reviews by progress leaders with early referral to the Education Welfare Service.", "DHT (Wellbeing)", "Termly",
             "Attendance of eFSM pupils rises towards 88%.", "Amber"),
            ("2.3", "Launch a rewards scheme for improved attendance for each year group.", "Progress Leaders", "Autumn term 2024",
             "Scheme launched; pupil voice positive.", "Green"),
        ]),
        ("Recommendation 3: Strengthen self-evaluation and improvement planning so that they focus sharply on pupils' progress", [
            ("3.1", "Revise the self-evaluation calendar so that middle leaders' evaluations draw on first-hand evidence of pupils' learning.", "DHT (Curriculum)", "Autumn term 2024",
             "All middle leader evaluations cite evidence from lessons and books.", "Green"),
            ("3.2", "Train governors on the Standards Committee to challenge leaders on progress data.", "HT and Chair of Governors", "Spring term 2025",
             "Minutes show governors asking challenging questions.", ""),
        ]),
    ]
    for heading, acts in recs:
        doc.add_heading(heading, level=3)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in enumerate(["Ref", "Actions", "Lead", "Timescale", "Success criteria", "Progress (RAG)"]):
            set_cell(tb.cell(0, c), h, True)
        for a in acts:
            cells = tb.add_row().cells
            for c, v in enumerate(a):
                set_cell(cells[c], v)
    doc.add_paragraph("RAG: Red \u2013 not on track; Amber \u2013 partially on track; Green \u2013 on track; Complete \u2013 achieved and evidenced.")
    doc.save(os.path.join(HERE, "dw1-bishop-vaughan-catholic-school-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 5 Boroughmuir High School (Education Scotland)
def boroughmuir():
    doc = Document()
    doc.add_heading("Boroughmuir High School \u2013 Improvement Action Plan", level=1)
    doc.add_paragraph("Following HM Inspection (Education Scotland), January 2025").runs[0].bold = True
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for r, row in enumerate([("Version", "Date", "Author", "Comments"),
                             ("0.1", "10/03/2025", "DHT (Curriculum)", "First draft for SLT"),
                             ("1.0", "24/03/2025", "Head Teacher", "Agreed with Parent Council"),
                             ("1.1", "16/06/2025", "Head Teacher", "June progress update")]):
        for c, v in enumerate(row):
            set_cell(dc.cell(r, c), v, r == 0)
    doc.add_paragraph("")
    doc.add_paragraph(
        "HM Inspectors agreed the following areas for improvement with the school and City of Edinburgh Council. "
        "This plan sets out our actions and will be reviewed by the Senior Leadership Team each term.")
    areas = [
        ("Senior leaders should continue to develop approaches to self-evaluation so that all staff are involved in evaluating the impact of their work on learners.", [
            ("Introduce a whole-school quality assurance calendar including learning walks and pupil focus groups.", "DHT (Curriculum)", "June 2025",
             "Calendar published in April; first round of learning walks completed.", "Green"),
            ("Each faculty to complete a self-evaluation using How good is our school? (4th edition) QI 2.3.", "Faculty Heads", "October 2025",
             "Training delivered at May in-service day.", "Green"),
        ]),
        ("Teachers should ensure that learning is consistently well matched to the needs of all young people, including those requiring additional support.", [
            ("Share learner profiles for all young people with additional support needs with every class teacher.", "Mr J Fraser, PT Pupil Support", "April 2025",
             "All profiles now on the shared drive and linked from class lists.", "Complete"),
            ("Professional learning programme on differentiation for all teaching staff.", "Head Teacher and DHT (S1-S3)", "August 2025 \u2013 March 2026",
             "Programme agreed; sessions start August in-service.", "Amber"),
            ("Peer observation trios focused on planning for different needs.", "PT Teaching & Learning", "Ongoing",
             "", ""),
        ]),
        ("Senior leaders should improve attendance, particularly for young people in S3 and S4.", [
            ("Weekly attendance tracking meetings with pupil support staff and follow-up with families.", "DHT (S3-S4)", "May 2025",
             "Attendance for S3/S4 is 86.2%, up from 84.0% in January.", "Amber"),
            ("Work with Edinburgh Council Attendance Support Service on a pilot for young people with attendance below 80%.", "DHT (S3-S4) / Home-School Link Worker", "December 2025",
             "Referral criteria agreed; pilot not yet started due to staffing.", "Red"),
        ]),
    ]
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in enumerate(["Area for improvement", "Action", "Lead", "Timescale", "Progress", "RAG"]):
        set_cell(tb.cell(0, c), h, True)
    for area, acts in areas:
        first = None
        for i, a in enumerate(acts):
            cells = tb.add_row().cells
            if i == 0:
                set_cell(cells[0], area)
                first = cells[0]
            for c, v in enumerate(a, 1):
                set_cell(cells[c], v)
            last = cells[0]
        if len(acts) > 1:
            first.merge(last)
            # merge keeps text of both; the second cell was empty so clean trailing empty paragraphs
            for p in first.paragraphs[1:]:
                if not p.text:
                    p._element.getparent().remove(p._element)
    doc.add_paragraph("RAG key: Red \u2013 significant concern / not progressing; Amber \u2013 progressing with some delay; "
                      "Green \u2013 on track; Complete \u2013 action completed.")
    doc.save(os.path.join(HERE, "dw1-boroughmuir-high-school-education-scotland-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 6 Exhall Grange (csv)
def exhall():
    rows = [
        ["Exhall Grange School \u2013 Residential Provision Action Plan (Ofsted SCCIF inspection November 2024)", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Recommendation", "Action", "Responsible", "Target Date", "Status", "Comments"],
        ["1.1", "The school should ensure that records of physical intervention are reviewed by a senior leader within 48 hours.",
         "Head of Care to review all physical intervention records within 48 hours and record the outcome.", "Head of Care", "13/12/2024", "Complete",
         "In place since 2 December. Weekly check by DSL shows 100% reviewed within 48 hours."],
        ["1.2", "The school should ensure that records of physical intervention are reviewed by a senior leader within 48 hours.",
         "Add a termly analysis of physical interventions to the governors' residential report.", "Head of Care/Business Manager", "31/03/2025", "On track",
         "Template drafted for the spring governors' meeting."],
        ["2.1", "The school should ensure that residential pupils' individual care plans are updated following each review.",
         "Audit all residential care plans against review minutes.", "Deputy Head of Care", "31/01/2025", "Amber",
         "22 of 31 plans audited; 6 needed updating."],
        ["2.2", "The school should ensure that residential pupils' individual care plans are updated following each review.",
         "Residential keyworkers to update care plans within 5 working days of each review.", "Residential Keyworkers", "Ongoing", "Green",
         "Monitored in supervision."],
        ["3.1", "The school should ensure that the independent visitor's reports are shared with and acted on by the governing body.",
         "Independent visitor reports to be a standing item at the Residential Sub-Committee.", "Clerk to Governors", "28/02/2025", "Not started",
         "First meeting of the sub-committee is 24 February."],
        ["3.2", "The school should ensure that the independent visitor's reports are shared with and acted on by the governing body.",
         "Produce an action log from each independent visitor report and report progress to governors.", "DSL", "30/04/2025", "",
         ""],
    ]
    with open(os.path.join(HERE, "dw1-exhall-grange-school-ofsted-residential-special-school-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Moulton College (txt)
def moulton():
    lines = [
        ["Moulton College \u2013 Residential Provision Post-Inspection Action Plan"],
        ["Ofsted inspection of residential provision in further education colleges, February 2023"],
        [],
        ["Theme", "Recommendation", "Ref", "Action", "Owner", "Due", "Revised due", "Status", "Update"],
        ["Safeguarding", "Leaders should ensure that risk assessments for residential students are reviewed after any incident.", "S1",
         "Introduce a post-incident risk assessment review form on the student record system.", "Designated Safeguarding Lead", "31/03/2023", "", "Complete",
         "Form live from 6 March 2023."],
        ["Safeguarding", "Leaders should ensure that risk assessments for residential students are reviewed after any incident.", "S2",
         "Train all residential wardens in completing and reviewing risk assessments.", "Head of Residential Services", "28/04/2023", "30/06/2023", "Amber",
         "Training postponed because of staff absence; rebooked for June."],
        ["Safeguarding", "Leaders should ensure that missing-from-accommodation procedures are understood by all night staff.", "S3",
         "Run a missing-student drill each half term and record learning.", "JW; KB", "Half-termly", "", "Green",
         "Drills held in March and May; learning shared at team meetings."],
        ["Welfare and wellbeing", "Leaders should improve the range of evening activities available to residential students.", "W1",
         "Survey residential students on preferred activities.", "Student Experience Manager", "14/04/2023", "", "Complete",
         "84 responses received."],
        ["Welfare and wellbeing", "Leaders should improve the range of evening activities available to residential students.", "W2",
         "Publish a termly evening enrichment timetable based on survey results.", "Student Experience Manager", "September 2023", "", "Green",
         "Draft timetable includes sports hall sessions, equine club and cookery."],
        ["Leadership and management", "Leaders should ensure that governors receive regular information about the quality of residential provision.", "L1",
         "Add a residential report to each Quality and Standards Committee meeting.", "Vice Principal Curriculum and Quality", "30/06/2023", "", "Red",
         "Not yet scheduled; committee forward plan under review."],
    ]
    with open(os.path.join(HERE, "dw1-moulton-college-ofsted-residential-provision-action-plan.txt"), "w", encoding="utf-8", newline="") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\r\n")


if __name__ == "__main__":
    chichester()
    options_autism()
    wokingham()
    bishop_vaughan()
    boroughmuir()
    exhall()
    moulton()
