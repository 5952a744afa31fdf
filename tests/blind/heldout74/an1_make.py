"""Generator for the an1- cases of heldout74.

Run with /work/main/.venv/bin/python an1_make.py (needs python-docx and openpyxl).
Writes seven plan files beside this script; the readings (.expected.yaml) were
written by hand from the designs below.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 1. NHS Tayside - Listen Learn Change progress tracker (xlsx)
# ---------------------------------------------------------------------------
def tayside():
    wb = Workbook()
    ws = wb.active
    ws.title = "LLC Tracker"
    ws["A1"] = "Listen Learn Change \u2013 Action Plan for Mental Health Services in Tayside"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Progress tracker \u2013 position at 30 September 2021"
    ws["A2"].font = Font(bold=True, size=11)
    ws.merge_cells("A2:G2")
    ws["A3"] = ("Tayside Executive Partners: NHS Tayside, Angus Council, Dundee City Council, "
                "Perth & Kinross Council, Police Scotland")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:G3")
    hdr = ["Ref", "Trust and Respect Recommendation", "Action", "Lead", "Target Date",
           "Progress Update (September 2021)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    rag_fill = {"Complete": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}

    def theme(row, text):
        ws.cell(row=row, column=1, value=text)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        c = ws.cell(row=row, column=1)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2E75B6")

    def action(row, ref, action_, lead, date, fmt, progress, rag):
        vals = [ref, None, action_, lead, date, progress, rag]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=i)
            if v is not None:
                c.value = v
            c.alignment = WRAP
            c.border = BOX
        if fmt:
            ws.cell(row=row, column=5).number_format = fmt
        if rag in rag_fill:
            ws.cell(row=row, column=7).fill = fill(rag_fill[rag])

    def rec(r1, r2, text):
        ws.cell(row=r1, column=2, value=text)
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)
        ws.cell(row=r1, column=2).alignment = WRAP

    theme(6, "Theme 1 \u2013 Strategic Leadership and Governance")
    action(7, "1.1", "Co-produce a Tayside Mental Health and Wellbeing Strategy with people with lived "
           "experience, staff and partner organisations.", "Director of Mental Health",
           D(2021, 3, 31), "mmm-yy",
           "Living Life Well strategy approved by all partner boards in February 2021.", "Complete")
    action(8, "1.2", "Produce a delivery plan and outcomes framework for the Strategy, with quarterly "
           "reporting to each partner's governance committee.",
           "Director of Mental Health / Head of Performance and Planning",
           "Revised: Mar-22 (was Sep-21)", None,
           "Delivery plan drafted; outcomes framework delayed to allow further engagement with the "
           "Stakeholder Participation Group.", "Amber")
    rec(7, 8, "Recommendation 1: The Tayside Executive Partners should develop a single, whole-system "
        "strategy for mental health services, co-produced with people with lived experience.")
    action(9, "2.1", "Review the Integration Schemes and directions to confirm where operational and "
           "strategic responsibility for inpatient mental health services sits.",
           "Chief Officer, Perth and Kinross HSCP", D(2021, 12, 31), "mmm-yy",
           "Review under way; revised directions to be considered by the three IJBs in December.",
           "Green")
    rec(9, 9, "Recommendation 2: Roles, responsibilities and lines of accountability for mental health "
        "services across NHS Tayside and the three Integration Joint Boards should be clarified.")
    theme(10, "Theme 2 \u2013 Access to Services")
    action(11, "8.1", "Establish a 24/7 crisis assessment and support pathway, linked to NHS 24 and "
           "Police Scotland.", "Associate Director of Mental Health", D(2021, 6, 30), "mmm-yy",
           "Pathway live from 1 June 2021. Early evaluation shows fewer conveyances to the Emergency "
           "Department by police.", "Complete")
    action(12, "8.2", "Open a community wellbeing hub in each HSCP area, co-located with third sector "
           "partners.", "Service Manager (Community Mental Health)", "March 2022", None,
           "Angus hub open. Dundee and Perth hubs delayed by property issues; revised timescales to be "
           "agreed at the Programme Board.", "Red")
    rec(11, 12, "Recommendation 8: Urgent and crisis mental health support should be available 24 hours "
        "a day across Tayside, with clear routes in for people, families and partner agencies.")
    action(13, "12.1", "Deliver the psychological therapies improvement plan, including recruitment to "
           "vacant posts and expansion of group-based interventions.", "Director of Psychology",
           D(2022, 3, 31), "mmm-yy",
           "Eleven of sixteen vacant posts filled. 71% of people seen within 18 weeks in August "
           "against a 90% standard.", "Amber")
    rec(13, 13, "Recommendation 12: Waiting times for psychological therapies should be reduced so that "
        "the 18-week referral to treatment standard is met.")
    theme(14, "Theme 3 \u2013 Patient Safety and Learning")
    action(15, "22.1", "Introduce a single Tayside-wide adverse event review process for mental health, "
           "with a learning summary issued after each review.", "Medical Director", "Ongoing", None,
           "Process in place since April 2021; learning summaries circulated monthly.", "Green")
    action(16, "22.2", "Establish a multi-agency Suicide and Drug Death Review Group reporting to the "
           "Tayside Executive Partners.", "Chief Officer, Dundee HSCP / Director of Public Health",
           D(2021, 9, 30), "mmm-yy",
           "Group met for the first time on 14 September 2021; terms of reference agreed.", "Complete")
    rec(15, 16, "Recommendation 22: Learning from adverse events and deaths should be shared across the "
        "whole system, not only within the service where the event took place.")
    action(17, "25.1", "Roll out trauma-informed practice training (Levels 1 and 2) to all mental health "
           "and learning disability staff.", "Nurse Director", "Q4 2021/22", None,
           "Training commissioned from NHS Education for Scotland; delivery not yet started.", None)
    rec(17, 17, "Recommendation 25: All staff should have regular supervision and appraisal and access "
        "to training in trauma-informed practice.")
    ws["A19"] = "RAG Key"
    ws["A19"].font = Font(bold=True)
    key = [("Complete", "Action complete and evidence provided"),
           ("Green", "On track to deliver by target date"),
           ("Amber", "Some slippage; mitigating action in place"),
           ("Red", "Significant delay or risk to delivery")]
    for i, (k, v) in enumerate(key):
        ws.cell(row=20 + i, column=1, value=k).fill = fill(rag_fill[k])
        ws.cell(row=20 + i, column=2, value=v)
    for col, w in zip("ABCDEFG", [7, 42, 46, 26, 14, 46, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    ws.print_title_rows = "5:5"
    wb.save(os.path.join(HERE, "an1-nhs-tayside-listen-learn-change-progress-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Belfast Met - ETI quality improvement plan (csv)
# ---------------------------------------------------------------------------
def belfast_met():
    a1 = ("Improve outcomes in Essential Skills English and mathematics, particularly for learners "
          "on level 1 programmes.")
    a2 = ("Address the inconsistency in the quality of teaching, training and learning across the "
          "professional and technical areas, so that more of it is good or better.")
    a3 = ("Strengthen the use of data by curriculum teams to monitor retention and to intervene "
          "earlier with learners at risk of leaving their course.")
    a4 = ("Improve the consistency of careers education, information, advice and guidance for "
          "full-time learners.")
    rows = [
        ["Belfast Metropolitan College", "", "", "", "", "", ""],
        ["Quality Improvement Plan 2023/24 - Actions arising from the ETI Inspection (March 2023)",
         "", "", "", "", "", ""],
        ["Progress update: February 2024", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Area for Improvement (ETI report)", "Action", "Responsibility", "Target Date",
         "Progress to date", "Status"],
        ["1.1", a1, "Introduce diagnostic initial assessment for all Essential Skills learners within "
         "the first two weeks of enrolment.", "Head of Essential Skills", "30/09/2023",
         "Diagnostic assessment completed for 96% of enrolled learners by 29 September.", "Complete"],
        ["1.2", "", "Provide additional weekly tutorial support for level 1 learners identified as at "
         "risk of not achieving.", "Head of Essential Skills", "June 2024",
         "Support sessions running on all campuses; attendance at 78%.", "On track"],
        ["1.3", "", "Share effective practice in the teaching of numeracy through termly peer "
         "observation and CPD.", "Curriculum Manager (Essential Skills); Staff Development Manager",
         "Termly", "First peer observation cycle completed in December; second cycle planned for "
         "March.", "On track"],
        ["2.1", a2, "Revise the college's observation of teaching and learning policy to include "
         "developmental walkthroughs and joint observations with the ETI link inspector.",
         "Director of Curriculum & Information Services", "31/10/2023",
         "Revised policy approved by the Senior Leadership Team on 24 October 2023.", "Complete"],
        ["2.2", "", "Provide targeted coaching for lecturers whose practice is judged as requiring "
         "improvement.", "Head of Teaching and Learning Excellence", "Sept 2023 - June 2024",
         "22 lecturers on the coaching programme; 9 re-observed and now judged good.", "On track"],
        ["3.1", a3, "Implement a live retention dashboard in the college MIS, available to all "
         "curriculum managers.", "Head of MIS", "31/12/2023",
         "Dashboard in testing; data quality issues with the attendance feed from two campuses to be "
         "resolved.", "Amber"],
        ["3.2", "", "Introduce fortnightly at-risk learner reviews in each curriculum area, with actions "
         "recorded on the learner's ILP.", "Curriculum Area Managers", "January 2024",
         "Not yet started - dependent on completion of 3.1.", "Not started"],
        ["4.1", a4, "Ensure every full-time learner has an individual careers guidance interview before "
         "the end of their first year.", "Head of Student Services / Careers Manager", "31/05/2024",
         "Careers adviser vacancy unfilled since November; 31% of first-year learners interviewed to "
         "date.", "Red"],
        ["", "", "", "", "", "", ""],
        ["Status key:", "Complete = action completed; On track = progressing to plan; Amber = some risk "
         "to target date; Red = target date will be missed; Not started", "", "", "", "", ""],
    ]
    with open(os.path.join(HERE, "an1-belfast-met-eti-quality-improvement-plan.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 3. University of Cumbria - Ofsted ITE improvement plan (docx)
# ---------------------------------------------------------------------------
RAG_DOCX = {"B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF0000"}


def cumbria():
    doc = Document()
    landscape(doc)
    doc.add_heading("University of Cumbria Institute of Education: ITE Improvement Plan 2023\u201324", 0)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for i, v in enumerate(["1.2", "15 January 2024", "Director of ITE", "ITE Strategic Partnership Board"]):
        set_cell(t.rows[1].cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out the actions the Institute of Education and its school partners are taking "
        "in response to the areas for improvement identified in the Ofsted inspection of our initial "
        "teacher education partnership (June 2023). Progress is reviewed half-termly by the ITE "
        "Strategic Partnership Board and reported to the University's Academic Quality and Standards "
        "Committee.")

    cols = ["Ref", "Action", "Lead", "By when", "Success criteria", "Progress", "RAG"]
    widths = [Cm(1.4), Cm(6.5), Cm(3.2), Cm(2.6), Cm(5.2), Cm(5.2), Cm(1.2)]

    def afi(title, text, actions):
        doc.add_heading(title, 2)
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.italic = True
        tbl = doc.add_table(rows=1, cols=len(cols))
        tbl.style = "Table Grid"
        for i, h in enumerate(cols):
            set_cell(tbl.rows[0].cells[i], h, bold=True)
            shade(tbl.rows[0].cells[i], "1F3864")
            tbl.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for a in actions:
            row = tbl.add_row()
            for i, v in enumerate(a):
                set_cell(row.cells[i], v, bold=(i == 6))
            shade(row.cells[6], RAG_DOCX[a[6]])
        for row in tbl.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()

    doc.add_heading("Primary phase", 1)
    afi("Area for improvement P1",
        "Leaders should ensure that the centre-based curriculum for early reading and phonics is "
        "consistently reinforced through trainees' school placements, so that all trainees are well "
        "prepared to teach systematic synthetic phonics.",
        [["P1.1", "Map the phonics curriculum sequence against placement expectations and share a "
          "placement phonics guide with all partnership schools.", "Head of Primary ITE",
          "September 2023", "Guide issued to all partnership schools; mentors confirm its use in "
          "placement reviews.", "Guide issued to all 142 partnership schools in September 2023.", "B"],
         ["P1.2", "Deliver phonics mentor training for all primary mentors, with follow-up quality "
          "assurance visits to a sample of placements.", "Partnership Lead / Primary English Lead",
          "End of Spring term 2024", "95% of mentors trained; QA visits show trainees observe and "
          "teach phonics regularly.", "Training delivered to 118 of 131 primary mentors; QA visits "
          "under way.", "G"]])
    afi("Area for improvement P2",
        "Leaders should strengthen the way that mentors check trainees' understanding of the "
        "curriculum for foundation subjects and use this to shape their ongoing training.",
        [["P2.1", "Introduce subject-specific mentor prompts for weekly development meetings in "
          "history, geography and art.", "Primary Foundation Subjects Lead", "January 2024",
          "Prompts in use in all weekly meeting records sampled.",
          "Prompts introduced in January; first sample due in February.", "G"],
         ["P2.2", "Review the trainee progress review template so that targets link explicitly to "
          "the foundation subjects curriculum.", "Head of Primary ITE", "Summer term 2024",
          "Revised template in use for the final placement.",
          "Draft template with the Primary Partnership Committee for comment.", "A"]])
    doc.add_heading("Secondary phase", 1)
    afi("Area for improvement S1",
        "Leaders should ensure that the training trainees receive about adaptive teaching for pupils "
        "with special educational needs and/or disabilities is well sequenced and applied on "
        "placement.",
        [["S1.1", "Redesign the SEND strand of the secondary curriculum so that content on adaptive "
          "teaching is revisited in each subject session block.", "Head of Secondary ITE / SEND Lead",
          "December 2023", "Revised curriculum map approved by the Curriculum Committee.",
          "Revised curriculum map approved on 6 December 2023.", "B"],
         ["S1.2", "Require each trainee to complete a directed task on adapting a lesson sequence for "
          "a named pupil with SEND during their second placement.", "Secondary Placement Coordinator",
          "March 2024", "Directed task completed by all trainees; mentors report improved planning "
          "for pupils with SEND.", "Directed task launched; some placements starting late because "
          "of school capacity.", "A"]])
    afi("Area for improvement S2",
        "Leaders should make sure that all subject mentors receive training that is specific to the "
        "ITE curriculum for their subject.",
        [["S2.1", "Run subject-specific mentor development sessions each term, led by university "
          "subject tutors.", "Subject Leads", "Termly", "Attendance records show all subject mentors "
          "have attended at least one session.", "Autumn term sessions poorly attended (41%); "
          "sessions moved online for the Spring term.", "R"]])
    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (code, meaning) in enumerate([("B", "Complete"), ("G", "On track"),
                                         ("A", "Some risk to timescale"), ("R", "Off track")]):
        set_cell(k.rows[i].cells[0], code, bold=True)
        shade(k.rows[i].cells[0], RAG_DOCX[code])
        set_cell(k.rows[i].cells[1], meaning)
    doc.save(os.path.join(HERE, "an1-university-of-cumbria-ofsted-ite-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Home Office - ICIBI recommendations tracker (tab-separated text)
# ---------------------------------------------------------------------------
def icibi():
    r1 = ("Recommendation 1: Within three months, produce a plan to clear the backlog of family "
          "reunion applications and return to the 60-working-day service standard.")
    r2 = ("Recommendation 2: Introduce a process to identify and prioritise vulnerable applicants at "
          "the point an application is received.")
    r3 = ("Recommendation 3: Improve the quality and accuracy of management information on family "
          "reunion applications, including the age of cases and the number of children awaiting a "
          "decision.")
    r4 = ("Recommendation 4: Review the use of DNA evidence requests in family reunion cases to ensure "
          "they are made only where necessary, and that applicants are told how to obtain testing.")
    head = ["Recommendation", "HO Response", "Action Ref", "Action", "Action Owner",
            "Original Target Date", "Revised Target Date", "RAG", "Update"]
    rows = [
        [r1, "Accepted", "1.1", "Recruit and train additional decision makers for the Family Reunion "
         "team.", "Head of Family Reunion Operations", "31/03/2023", "30/06/2023", "Blue",
         "42 additional decision makers in post and signed off by June 2023."],
        [r1, "Accepted", "1.2", "Publish a backlog clearance trajectory and report progress against it "
         "to the Asylum and Protection Board.", "Director of Asylum Operations", "Monthly", "",
         "Green", "Trajectory agreed in April; monthly reporting in place."],
        [r2, "Accepted", "2.1", "Design and implement a vulnerability triage at the application "
         "registration stage.", "Head of Family Reunion Operations", "31/05/2023", "31/10/2023",
         "Amber", "Triage questions agreed with UNHCR and NGO partners; IT change to capture responses "
         "moved to the October release."],
        [r2, "Accepted", "2.2", "Update staff guidance on expediting applications involving children "
         "and other vulnerable applicants.", "Head of Family Reunion Policy", "30/06/2023", "", "Blue",
         "Revised guidance published on 19 June 2023."],
        [r3, "Partially accepted", "3.1", "Develop a family reunion performance dashboard drawing on "
         "case working system data.", "Head of Performance and Analysis", "30/09/2023", "31/01/2024",
         "Red", "Data migration to the new case working system has delayed dashboard development; "
         "revised date under review."],
        [r4, "Accepted", "4.1", "Review a sample of 200 cases where DNA evidence was requested and "
         "report findings to the Director.", "Quality and Standards Manager", "31/07/2023", "", "Blue",
         "Review complete; findings reported on 25 July 2023."],
        [r4, "Accepted", "4.2", "Publish updated information for applicants on DNA testing on GOV.UK.",
         "Head of Family Reunion Policy / Head of Customer Communications", "31/12/2023", "", "Green",
         "Draft content cleared by policy; with GOV.UK content designers."],
    ]
    lines = [
        "ICIBI Recommendations Tracker \u2013 Home Office",
        "Inspection: A reinspection of family reunion applications (September \u2013 October 2022)",
        "Report published: 22 February 2023",
        "Extract date: 14/11/2023",
        "",
        "\t".join(head),
    ]
    lines += ["\t".join(r) for r in rows]
    lines += ["", "RAG key: Blue \u2013 complete; Green \u2013 on track; Amber \u2013 at risk; "
              "Red \u2013 off track / date missed"]
    with open(os.path.join(HERE, "an1-home-office-icibi-family-reunion-recommendations-tracker.txt"),
              "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 5. Denbighshire - Panel Performance Assessment action plan (docx)
# ---------------------------------------------------------------------------
def denbighshire():
    doc = Document()
    landscape(doc)
    doc.add_heading("Panel Performance Assessment 2024 \u2013 Action Plan", 0)
    doc.add_paragraph("Denbighshire County Council \u2013 Appendix 2 to the report to Governance and "
                      "Audit Committee, January 2025")
    doc.add_paragraph(
        "The Panel's report made five recommendations, grouped below under the three performance "
        "requirements of the Local Government and Elections (Wales) Act 2021. The Council accepts all "
        "five recommendations. Progress against the actions will be reported through the quarterly "
        "Performance Update Report to Cabinet and Performance Scrutiny Committee.")
    cols = ["Ref", "Panel recommendation", "Action", "Responsible officer", "Timescale",
            "Progress update", "RAG"]
    widths = [Cm(1.2), Cm(5.5), Cm(6.0), Cm(3.8), Cm(2.6), Cm(5.0), Cm(1.2)]
    colours = {"blue": "5B9BD5", "green": "92D050", "amber": "FFC000", "red": "FF0000"}
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "C00000")
        t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    def band(text):
        row = t.add_row()
        c = row.cells[0].merge(row.cells[-1])
        set_cell(c, text, bold=True, size=10)
        shade(c, "F2DCDB")

    def rec(text, actions):
        first = None
        for a in actions:
            ref, action, lead, when, progress, rag = a
            row = t.add_row()
            set_cell(row.cells[0], ref)
            set_cell(row.cells[2], action)
            set_cell(row.cells[3], lead)
            set_cell(row.cells[4], when)
            set_cell(row.cells[5], progress)
            set_cell(row.cells[6], "")
            if rag:
                shade(row.cells[6], colours[rag])
            if first is None:
                first = row.cells[1]
                set_cell(first, text)
            else:
                first = first.merge(row.cells[1])

    band("Performance requirement 1: Exercising its functions effectively")
    rec("R1. Develop a clearer, shared narrative of the council's priorities that staff, members and "
        "partners can articulate, and use it to make choices about what the council will stop doing.",
        [("1.1", "Refresh the Corporate Plan narrative and publish a one-page 'plan on a page' for staff "
          "and residents.", "Head of Corporate Support Service: Performance, Digital and Assets",
          "March 2025", "Plan on a page drafted and tested with the Senior Leadership Team.", "green"),
         ("1.2", "Agree, through the budget process, a set of services to be reduced or stopped, with "
          "impact assessments.", "Leader / Chief Executive", "Q4 2024/25",
          "Proposals considered at member workshops in November and December.", "amber")])
    rec("R2. Strengthen the use of performance information in scrutiny so that committees focus on "
        "outcomes rather than activity.",
        [("2.1", "Introduce a revised performance report format for Performance Scrutiny Committee, "
          "focused on a small number of outcome measures.",
          "Strategic Planning and Performance Team Leader", "By end of June 2025",
          "Not yet started; to follow approval of the refreshed Corporate Plan.", None)])
    band("Performance requirement 2: Using resources economically, efficiently and effectively")
    rec("R3. Develop a medium-term financial strategy that closes the budget gap over three years "
        "without relying on reserves.",
        [("3.1", "Prepare a three-year Medium Term Financial Strategy and present it to Cabinet "
          "alongside the 2025/26 budget.", "Head of Finance and Audit", "February 2025",
          "MTFS presented to Cabinet on 25 February 2025.", "blue"),
         ("3.2", "Establish a Budget Board to track delivery of agreed savings.",
          "Head of Finance and Audit", "Monthly", "Board meeting monthly since October 2024.",
          "green")])
    rec("R4. Produce a workforce strategy that addresses recruitment and retention difficulties in key "
        "services, including social care and planning.",
        [("4.1", "Develop and consult on a Workforce Strategy 2025\u20132030, informed by service "
          "workforce plans.", "Head of People", "April 2025 \u2013 September 2025",
          "Service workforce plans being collated.", "green")])
    band("Performance requirement 3: Governance is effective for securing the above")
    rec("R5. Improve the relationship between Cabinet and the wider membership, including through "
        "earlier engagement on key decisions.",
        [("5.1", "Hold all-member briefings before major Cabinet decisions, scheduled through the "
          "Forward Work Programme.", "Monitoring Officer", "Ongoing",
          "Briefings held on the budget and on the waste service changes.", "green"),
         ("5.2", "Review the member development programme with the Democratic Services Committee.",
          "Head of Legal, HR and Democratic Services", "31/07/2025",
          "Review delayed by a vacancy in the Democratic Services team.", "red")])
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph().add_run("Key").bold = True
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for i, (c, m) in enumerate([("blue", "Complete"), ("green", "On track"),
                                ("amber", "At risk of slipping"), ("red", "Off track"),
                                (None, "No colour \u2013 not yet started")]):
        set_cell(k.rows[i].cells[0], "")
        if c:
            shade(k.rows[i].cells[0], colours[c])
        set_cell(k.rows[i].cells[1], m)
    doc.save(os.path.join(HERE, "an1-denbighshire-panel-performance-assessment-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Hartcliffe Vale Academy - post-Ofsted action plan (xlsx, data error at row 12)
# ---------------------------------------------------------------------------
def academy():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Hartcliffe Vale Academy \u2013 Post-Ofsted Action Plan 2023\u201324"
    ws["A1"].font = Font(bold=True, size=14, color="6F2DA8")
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Inspection: 7\u20138 November 2023 | Overall effectiveness: Requires improvement | "
                "Plan approved by the Local Governing Body: 11 December 2023")
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Action", "Lead", "Start", "Completion date", "Success criteria", "Monitored by",
           "Progress (Spring 1)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("6F2DA8")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    rag = {"G": "92D050", "A": "FFC000", "R": "FF0000", "B": "00B0F0"}

    def section(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True, color="FFFFFF", size=11)
        ws.cell(row=row, column=1).fill = fill("7030A0")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)

    def afi(row, text):
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True, italic=True)
        c.fill = fill("E4DFEC")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        ws.row_dimensions[row].height = 32

    def act(row, vals, r):
        for i, v in enumerate(vals + [r], 1):
            c = ws.cell(row=row, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=row, column=9).fill = fill(rag[r])
        ws.cell(row=row, column=9).alignment = Alignment(horizontal="center", vertical="top")

    section(5, "Quality of Education")
    afi(6, "Area for improvement 1: In some subjects, leaders have not identified the important knowledge "
        "pupils should learn in key stage 3. Leaders should ensure that the curriculum is well sequenced "
        "in all subjects so that pupils build their knowledge over time.")
    act(7, ["QE1.1", "Subject leaders to review KS3 curriculum maps in history, geography and RE, "
            "identifying the core knowledge for each unit.", "SB (Deputy Head \u2013 Curriculum)",
            D(2023, 12, 4), D(2024, 2, 16), "Revised maps in place for all KS3 units from Spring 2.",
            "Principal / Curriculum link governor", "Maps for history and RE complete; geography in "
            "progress."], "G")
    act(8, ["QE1.2", "Line management meetings to check curriculum implementation through book looks "
            "and pupil voice.", "SB / Heads of Department", D(2024, 1, 8), "Summer term 2024",
            "Book looks show pupils recall prior learning in sequence.", "SLT",
            "First round of book looks completed in January."], "G")
    act(9, ["QE1.3", "CPD programme on retrieval practice for all teaching staff (weekly briefings and "
            "two INSET sessions).", "KL (AHT Teaching & Learning)", D(2024, 1, 4), "Summer term 2024",
            "Retrieval practice seen in 90% of learning walks.", "SLT / Trust School Improvement Lead",
            "INSET delivered 4 January; briefings under way."], "G")
    afi(10, "Area for improvement 2: Pupils who find reading difficult do not receive the support they "
        "need to catch up quickly. Leaders should ensure that these pupils are identified early and "
        "supported to become fluent readers.")
    act(11, ["QE2.1", "Screen all Year 7 and Year 8 pupils using the NGRT reading test and identify the "
             "weakest readers.", "JT (SENDCo)", D(2023, 11, 20), D(2023, 12, 15),
             "All pupils screened; intervention groups set.", "Principal",
             "Screening completed for 97% of pupils."], "B")
    act(12, ["QE2.2", "Deliver a phonics-based intervention for pupils reading significantly below their "
             "chronological age.", "Literacy Lead", D(2024, 1, 8), "Arpil 2024",
             "Reading ages of pupils in the intervention improve by at least 12 months.",
             "JT / SEND link governor", "Intervention running for 34 pupils in three groups."], "A")
    section(13, "Behaviour and Attitudes")
    afi(14, "Area for improvement 3: Rates of persistent absence remain high, particularly for "
        "disadvantaged pupils. Leaders should continue to work with families to improve attendance.")
    act(15, ["BA3.1", "Appoint an Attendance Officer and introduce weekly attendance panels for "
             "persistently absent pupils.", "MR (Assistant Head \u2013 Pastoral)", D(2023, 12, 1),
             D(2024, 1, 31), "Persistent absence falls below 20% by Easter.", "Principal",
             "Attendance Officer started 8 January; panels weekly."], "G")
    act(16, ["BA3.2", "Work with the Local Authority Education Welfare Service on a first-day response "
             "for disadvantaged pupils.", "MR / Attendance Officer", D(2024, 1, 8), "Ongoing",
             "First-day calls made for all absent disadvantaged pupils.", "Attendance link governor",
             "First-day response in place; persistent absence for disadvantaged pupils still 31%."],
        "R")
    section(17, "Leadership and Management")
    afi(18, "Area for improvement 4: Governors do not hold leaders to account sharply enough for the "
        "quality of the curriculum. Governors should develop their understanding of the curriculum so "
        "they can challenge leaders effectively.")
    act(19, ["LM4.1", "Governor training on the Ofsted framework and on holding leaders to account for "
             "the curriculum.", "Chair of LGB / Clerk", D(2024, 1, 15), "Spring term 2024",
             "All governors attend training.", "Trust Director of Education",
             "Training booked with the Trust for 27 February."], "G")
    act(20, ["LM4.2", "Link governors to carry out termly monitoring visits and report to the full LGB.",
             "Chair of LGB", D(2024, 1, 15), "Termly", "Visit notes presented at every LGB meeting.",
             "Trust Director of Education", "Visits timetabled for Spring 2."], "G")
    ws["A22"] = "RAG key:"
    ws["A22"].font = Font(bold=True)
    for i, (k, m) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some concern"),
                                ("R", "Off track")]):
        c = ws.cell(row=23 + i, column=1, value=k)
        c.fill = fill(rag[k])
        ws.cell(row=23 + i, column=2, value=m)
    for col, w in zip("ABCDEFGHI", [8, 44, 22, 11, 15, 34, 22, 36, 6]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.save(os.path.join(HERE, "an1-hartcliffe-vale-academy-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 7. Betsi Cadwaladr UHB - Welsh Language Commissioner enforcement action plan (xlsx)
# ---------------------------------------------------------------------------
def betsi():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cynllun Gweithredu"
    ws["A1"] = "Bwrdd Iechyd Prifysgol Betsi Cadwaladr / Betsi Cadwaladr University Health Board"
    ws["A1"].font = Font(bold=True, size=13, color="005EB8")
    ws.merge_cells("A1:F1")
    ws["A2"] = ("Action plan: Welsh Language Commissioner investigation \u2013 enforcement action under "
                "section 77 of the Welsh Language (Wales) Measure 2011")
    ws["A2"].font = Font(bold=True, size=11)
    ws.merge_cells("A2:F2")
    ws["A3"] = "Version 3 \u2013 updated 17 October 2022 for the Welsh Language Group"
    ws["A3"].font = Font(italic=True, size=9)
    ws["A4"] = "Allwedd / Key:"
    ws["A4"].font = Font(bold=True)
    colours = {"green": "00B050", "amber": "FFC000", "red": "FF0000"}
    ws["B4"] = "Cwblhawyd / Completed"
    ws["B4"].fill = fill(colours["green"])
    ws["C4"] = "Ar waith / In progress"
    ws["C4"].fill = fill(colours["amber"])
    ws["D4"] = "Hwyr / Overdue"
    ws["D4"].fill = fill(colours["red"])
    hdr = ["Cyf. / Ref", "Cam gweithredu / Action", "Arweinydd / Lead", "Dyddiad targed / Target date",
           "Diweddariad / Progress update", "Statws / Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX

    def step(row, text):
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        ws.row_dimensions[row].height = 30

    def act(row, ref, action, lead, date, progress, colour):
        for i, v in enumerate([ref, action, lead, date, progress, None], 1):
            c = ws.cell(row=row, column=i)
            if v is not None:
                c.value = v
            c.alignment = WRAP
            c.border = BOX
        if isinstance(date, dt.datetime):
            ws.cell(row=row, column=4).number_format = "dd/mm/yyyy"
        ws.cell(row=row, column=6).fill = fill(colours[colour])

    step(7, "Enforcement step 1: The Health Board must ensure that patients who have stated a preference "
         "to receive correspondence in Welsh receive all correspondence about their care in Welsh.")
    act(8, "1.1", "Add a language preference field to the patient administration system (WPAS) and make "
        "it mandatory at registration.", "Head of Health Records", D(2022, 9, 30),
        "Field live in WPAS from 5 September 2022.", "green")
    act(9, "1.2", "Issue guidance to all outpatient booking teams on sending Welsh or bilingual "
        "correspondence where a preference is recorded.", "Head of Welsh Language Services",
        D(2022, 10, 31), "Guidance drafted; awaiting sign-off by the Welsh Language Group.", "amber")
    step(10, "Enforcement step 2: The Health Board must ensure that Welsh-speaking patients are offered "
         "the opportunity to receive their consultation in Welsh wherever possible.")
    act(11, "2.1", "Record the Welsh language skills of all clinical staff on ESR, and publish a directory "
        "of Welsh-speaking clinicians by site.",
        "Assistant Director \u2013 Workforce; Head of Welsh Language Services", D(2022, 12, 31),
        "68% of staff records updated on ESR.", "amber")
    act(12, "2.2", "Include the 'Active Offer' in mandatory induction for all new clinical staff.",
        "Head of Learning and Development", D(2022, 8, 31),
        "Active Offer module added to corporate induction from August 2022.", "green")
    step(13, "Enforcement step 3: The Health Board must provide the Commissioner with evidence of "
         "compliance every six months for two years.")
    act(14, "3.1", "Prepare a six-monthly compliance report for the Quality, Safety and Experience "
        "Committee and forward it to the Commissioner.", "Head of Welsh Language Services",
        "Every six months", "First report submitted to the Commissioner on 29 July 2022.", "amber")
    act(15, "3.2", "Carry out a mystery shopper exercise on Welsh language telephone services at the "
        "three acute sites.", "Patient Experience Manager", D(2022, 6, 30),
        "Exercise not completed due to operational pressures; to be rescheduled.", "red")
    for col, w in zip("ABCDEF", [10, 48, 30, 16, 44, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(HERE, "an1-betsi-cadwaladr-uhb-welsh-language-commissioner-action-plan.xlsx"))


if __name__ == "__main__":
    tayside()
    belfast_met()
    cumbria()
    icibi()
    denbighshire()
    academy()
    betsi()
