"""Generator for the cu1- blind cases (children's services plans).

Run with /work/main/.venv/bin/python cu1_make.py ; writes the seven document files beside itself.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------------------
# 1. Ysgol Dinas Bran - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def dinas_bran():
    d = Document()
    d.add_heading("Ysgol Dinas Brân – Post-Inspection Action Plan", level=1)
    d.add_paragraph(
        "Following the Estyn core inspection in March 2024, the governing body and the "
        "senior leadership team have prepared this plan, with support from Denbighshire "
        "County Council and GwE, to address the three recommendations in the inspection report. "
        "Progress is reported to each meeting of the Standards Committee."
    )
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Approved by"]):
        c.text = h
    bold_row(t.rows[0])
    for row in [("1.0", "14/05/2024", "Full Governing Body"),
                ("1.1", "10/12/2024", "Standards Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph("")

    hdr = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Progress update", "RAG"]
    recs = [
        ("Recommendation 1: Improve the consistency of teaching so that all pupils make strong progress", [
            ("R1.1", "Introduce a whole-school teaching and learning framework with agreed non-negotiables for every lesson.",
             "Headteacher", "September 2024", "All staff use the framework; lesson observations show consistent practice.",
             "Framework launched at INSET on 2 September. Observations in October show it is used in most lessons.", "Complete"),
            ("R1.2", "Establish weekly coaching triads for teachers, focusing on questioning and challenge.",
             "Deputy Headteacher", "Autumn term 2024", "Every teacher takes part in a triad; questioning improves in observed lessons.",
             "Triads running in all faculties. Evaluation to be shared at January Standards Committee.", "Green"),
            ("R1.3", "Carry out termly learning walks with governors and report findings to the Standards Committee.",
             "AHT Teaching and Learning / Chair of Standards Committee", "Termly", "Governors can describe strengths and weaknesses in teaching.",
             "First joint learning walk completed in November with two governors.", "Green"),
        ]),
        ("Recommendation 2: Strengthen the use of self-evaluation to plan for improvement", [
            ("R2.1", "Revise the self-evaluation calendar so that middle leaders gather first-hand evidence each half term.",
             "Deputy Headteacher", "October 2024", "Calendar published; all middle leaders complete evidence gathering.",
             "Calendar agreed by SLT and shared with staff.", "Complete"),
            ("R2.2", "Train middle leaders in analysing pupil progress data and writing departmental improvement plans.",
             "Head of Data and Assessment", "December 2024", "Departmental plans identify precise priorities based on data.",
             "Two of three training sessions delivered; the third moved to January because of staff absence.", "Amber"),
            ("R2.3", "Link department improvement plans to the school development plan and review them at line-management meetings.",
             "SLT", "Spring term 2025", "Line-management notes show plans are reviewed every half term.",
             "Template for line-management meetings being drafted.", "Amber"),
        ]),
        ("Recommendation 3: Improve pupils' attendance, particularly that of pupils eligible for free school meals", [
            ("R3.1", "Appoint an attendance officer and introduce daily first-day calling for all absences.",
             "Business Manager", "September 2024", "Every absence is followed up on the first day.",
             "Attendance officer in post from 1 September; first-day calling in place.", "Complete"),
            ("R3.2", "Work with the Education Social Worker to hold attendance panels for pupils below 90%.",
             "Head of Wellbeing", "Ongoing", "Attendance of eFSM pupils improves towards 90%.",
             "Panels held fortnightly since October. eFSM attendance up 2.1 percentage points.", "Green"),
            ("R3.3", "Review rewards for improved attendance with the School Council.",
             "Head of Wellbeing", "July 2025", "Pupils say rewards are fair and motivating.",
             "", "Not started"),
        ]),
    ]
    for heading, rows in recs:
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            c.text = h
            shade(c, "D9E2F3")
        bold_row(t.rows[0])
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
            rag = row[-1]
            col = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}.get(rag)
            if col:
                shade(cells[-1], col)
        d.add_paragraph("")
    d.add_paragraph("RAG key: Green – on track; Amber – some slippage; Red – significant concern; "
                    "Complete – action achieved.")
    d.save(P("cu1-ysgol-dinas-bran-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 2. Mulberry Bush School - Ofsted residential special school action plan (xlsx)
# ---------------------------------------------------------------------------
def mulberry_bush():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    widths = {"A": 7, "B": 45, "C": 55, "D": 22, "E": 12, "F": 8, "G": 50}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "The Mulberry Bush School – Ofsted Residential Special School Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Inspection date: 5–7 November 2024    Plan owner: Director of Residential Care    Last updated: 28/02/2025"
    ws.merge_cells("A2:G2")
    hdr = ["No.", "Standard / recommendation", "Action", "Lead", "Target date", "RAG", "Progress / evidence"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.border = BOX
        c.alignment = WRAP

    def section(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)

    def action(r, no, act, lead, date, rag, prog):
        vals = [no, None, act, lead, date, None, prog]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i)
            if v is not None:
                c.value = v
            c.border = BOX
            c.alignment = WRAP
        if isinstance(date, dt.date):
            ws.cell(row=r, column=5).number_format = "mmm-yy"
        if rag:
            ws.cell(row=r, column=6).fill = FILL[rag]

    def standard(r1, r2, text):
        ws.cell(row=r1, column=2, value=text).alignment = WRAP
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)

    section(5, "National minimum standards not met")
    standard(6, 7, "All staff are familiar with and follow the school's procedure for managing allegations against staff (NMS 13.1).")
    action(6, "1.1", "Deliver refresher training on the allegations management procedure to all residential staff, including night staff.",
           "Head of Care", dt.date(2025, 1, 31), "blue", "Training delivered 14 and 21 January; 96% attendance, remaining staff booked.")
    action(7, "1.2", "Add the allegations procedure to the induction checklist and check completion at probation review.",
           "HR Manager", dt.date(2025, 3, 31), "green", "Induction checklist revised; probation form to be updated.")
    standard(8, 9, "Records of sanctions are kept and are reviewed by leaders to identify patterns (NMS 20.5).")
    action(8, "2.1", "Replace the paper sanctions log with an electronic record on the school's case management system.",
           "Deputy Head of Care", dt.date(2025, 2, 28), "blue", "Electronic log live in all houses from 10 February.")
    action(9, "2.2", "Head of Care to review sanctions monthly and report themes to the Safeguarding Committee.",
           "Head of Care", "Monthly", "green", "January and February reviews completed and reported.")
    section(11, "Recommendations")
    standard(12, 13, "Ensure that children's views are consistently recorded in their placement plans and reviews.")
    action(12, "3.1", "Introduce a 'my voice' section in each child's placement plan, completed with the child's keyworker.",
           "Keyworkers / Team Leaders", dt.date(2025, 4, 30), "amber", "Section added to template; 11 of 24 plans updated so far.")
    action(13, "3.2", "Audit a sample of ten placement plans each term for evidence of the child's voice.",
           "Quality Assurance Lead", dt.date(2025, 7, 31), None, "First audit planned for the summer term.")
    standard(14, 15, "Improve the written records of handovers between education and residential staff.")
    action(14, "4.1", "Agree a standard handover template for use at the morning and afternoon handovers.",
           "Head of Education", dt.date(2024, 12, 31), "blue", "Template in use since December.")
    action(15, "4.2", "Independent visitor to sample handover records during monthly visits and report gaps.",
           "Independent Visitor", dt.date(2025, 3, 31), "red", "Not yet sampled: February visit was postponed.")
    ws["A17"] = "Key:"
    ws["A17"].font = Font(bold=True)
    for r, (col, text) in enumerate([("blue", "Complete"), ("green", "On track"),
                                     ("amber", "Some slippage"), ("red", "Off track")], start=18):
        ws.cell(row=r, column=1).fill = FILL[col]
        ws.cell(row=r, column=2, value=text)
    wb.save(P("cu1-mulberry-bush-school-ofsted-rss-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. HMYOI Cookham Wood - HMIP inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def cookham_wood():
    wb = Workbook()
    ws = wb.active
    ws.title = "HMIP action plan"
    for k, v in {"A": 6, "B": 45, "C": 11, "D": 55, "E": 26, "F": 12, "G": 12, "H": 10}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "HMYOI Cookham Wood – Action plan in response to HM Inspectorate of Prisons report (unannounced inspection, 2023)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Action plan owner: Governor. Progress reviewed monthly at the Senior Leadership Team meeting."
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Concern / recommendation", "Response", "Action", "Responsible owner",
           "Target date", "Revised target date", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        c.border = BOX
        c.alignment = WRAP

    def section(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True, color="FFFFFF")
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = FILL["head"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    def rec(r1, r2, text):
        ws.cell(row=r1, column=2, value=text).alignment = WRAP
        ws.cell(row=r1, column=3, value="Agreed").alignment = WRAP
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)
            ws.merge_cells(start_row=r1, start_column=3, end_row=r2, end_column=3)

    def action(r, ref, act, owner, target, revised, rag):
        for i, v in [(1, ref), (4, act), (5, owner), (6, target), (7, revised), (8, rag)]:
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
        for i in range(1, 9):
            ws.cell(row=r, column=i).border = BOX
        for i in (6, 7):
            if isinstance(ws.cell(row=r, column=i).value, dt.date):
                ws.cell(row=r, column=i).number_format = "dd/mm/yyyy"
        f = {"Red": "red", "Amber": "amber", "Green": "green", "Complete": "blue"}.get(rag)
        if f:
            ws.cell(row=r, column=8).fill = FILL[f]

    section(5, "Priority concerns")
    rec(6, 7, "Leaders should make sure that all children receive at least 10 hours a day out of their cells, "
              "including time in education and association.")
    action(6, "1.1", "Introduce a revised regime with two sessions of education and one of association every weekday.",
           "Head of Residence", dt.date(2023, 10, 31), None, "Amber")
    action(7, "1.2", "Recruit additional operational support grades to cover the extended evening regime.",
           "Head of Operations", dt.date(2023, 9, 30), dt.date(2024, 1, 31), "Green")
    rec(8, 9, "The use of separation should be reduced and children who are separated should have a meaningful daily regime.")
    action(8, "2.1", "Governor to chair a weekly separation review meeting with Healthcare and Education.",
           "Governor", "Weekly", None, "Complete")
    action(9, "2.2", "Agree a minimum separation regime including education on the unit and daily time outdoors.",
           "Deputy Governor", dt.date(2023, 8, 31), None, "Complete")
    section(10, "Key concerns")
    rec(11, 12, "Attendance at education should improve so that children attend their allocated activities.")
    action(11, "3.1", "Introduce daily attendance tracking with the education provider and challenge non-attendance at the morning meeting.",
           "Head of Reducing Reoffending", dt.date(2023, 12, 31), None, "Green")
    action(12, "3.2", "Review the allocation policy so that children are placed in education within five working days of arrival.",
           "Head of Education, Skills and Work", dt.date(2024, 3, 31), None, "Red")
    rec(13, 13, "Children's complaints should be answered promptly and the quality of responses assured.")
    action(13, "4.1", "Business Hub Manager to quality assure 10% of complaint responses each month.",
           "Business Hub Manager", dt.date(2023, 11, 30), None, "Green")
    ws["A15"] = "RAG status key: Red – not on track / Amber – some risk to delivery / Green – on track / Complete – action delivered"
    ws.merge_cells("A15:H15")
    wb.save(P("cu1-hmyoi-cookham-wood-hmip-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 4. Merton Safeguarding Children Partnership - JTAI action plan (csv export)
# ---------------------------------------------------------------------------
def merton_jtai():
    afi1 = ("The quality and consistency of information sharing between police and children's social care "
            "at the point of contact in the MASH.")
    afi2 = "Children's voices and lived experience are not consistently reflected in multi-agency plans."
    afi3 = ("Partners' oversight of children at risk of criminal exploitation, including the contribution "
            "of education and housing.")
    rows = [
        ["Merton Safeguarding Children Partnership - JTAI Action Plan (updated May 2025)", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Area for improvement", "Action", "Lead agency", "Lead officer", "Target date", "RAG status", "Progress update"],
        ["1.1", afi1, "Agree a joint MASH information-sharing protocol between the Metropolitan Police, health and children's social care.",
         "Merton Children's Services", "Head of MASH and First Response", "Mar-25", "B",
         "Protocol signed off by the Safeguarding Partnership Executive on 18 March 2025."],
        ["1.2", afi1, "Audit 20 police referrals (Merlin reports) each quarter to check the timeliness of MASH decisions.",
         "Met Police (South West BCU)", "DI Public Protection", "Q1 2025/26", "G",
         "First quarterly audit completed; 17 of 20 decisions within 24 hours."],
        ["1.3", afi1, "Health practitioners to attend all MASH strategy discussions, using a shared rota.",
         "SWL ICB", "Designated Nurse for Safeguarding Children", "30/06/2025", "A",
         "Attendance at 68% in April. Rota being revised with St George's."],
        ["2.1", afi2, "Roll out the partnership Voice of the Child practice guide with briefing sessions for all agencies.",
         "MSCP Business Unit", "MSCP Business Manager", "Jan-25", "B",
         "Guide published; six briefings held with 212 attendees."],
        ["2.2", afi2, "Include the child's voice as a standing question in every multi-agency audit.",
         "MSCP Business Unit", "Chair of QA Sub-group", "Ongoing", "G",
         "Added to the audit tool from the February audit onwards."],
        ["3.1", afi3, "Review the terms of reference of the MACE panel to include education and housing representation.",
         "Merton Children's Services", "Head of Adolescent and Youth Justice Service", "Sept 2024 - March 2025", "G",
         "Revised terms of reference agreed; housing now attends."],
        ["3.2", afi3, "Develop an exploitation dashboard combining police, health and education data.",
         "Merton Children's Services", "Head of Performance and Partnerships", "Jul-25", "R",
         "Data-sharing agreement with the Met not yet signed; escalated to the Executive."],
        ["3.3", afi3, "Deliver contextual safeguarding training to designated safeguarding leads in all Merton secondary schools.",
         "Merton Education", "Head of School Improvement", "Summer term 2025", "",
         "Not yet started - training booked for June 2025."],
    ]
    with open(P("cu1-merton-scp-jtai-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 5. Perth Grammar School - Education Scotland inspection action plan (txt)
# ---------------------------------------------------------------------------
def perth_grammar():
    text = """Perth Grammar School - Action Plan following HM Inspection
Education Scotland inspection report published November 2023

Prepared by: Head Teacher        Last reviewed: March 2024

The inspection team identified three areas for improvement, which we agreed with the local authority.
This plan sets out how we will address them. Progress is shared with the Parent Council each term.


Area for improvement 1: Continue to develop approaches to learning, teaching and assessment so that learners experience consistently high-quality lessons across the school.

1a  Action:    Establish a learning and teaching working group to agree a Perth Grammar lesson standard.
    Lead:      DHT (Learning & Teaching)
    Timescale: December 2023
    Status:    Complete
    Progress:  Standard agreed and launched at the January in-service day.

1b  Action:    Introduce peer observation trios across all faculties, focused on differentiation and feedback.
    Lead:      DHT (Learning & Teaching)
    Timescale: Session 2023-24
    Status:    Green
    Progress:  Trios established in six of eight faculties; remaining two to start after February break.

1c  Action:    Moderate assessment judgements in the broad general education with partner schools in the cluster.
    Lead:      PT Curriculum Maths / PT Curriculum English
    Timescale: By June 2024
    Status:    Amber
    Progress:  One moderation event held in February; second date not yet agreed with the cluster.


Area for improvement 2: Improve attainment in the senior phase, particularly for young people living in SIMD quintiles 1 and 2.

2a  Action:    Introduce a tracking and monitoring meeting every eight weeks for all S4-S6 learners in SIMD 1 and 2.
    Lead:      DHT (Senior Phase)
    Timescale: October 2023
    Status:    Complete
    Progress:  Meetings running since October; mentors allocated to 41 young people.

2b  Action:    Use Pupil Equity Funding to provide study support sessions after school and during the Easter holidays.
    Lead:      Head Teacher
    Timescale: April 2024
    Status:    Green
    Progress:  After-school sessions running Tuesdays and Thursdays; Easter school planned.

2c  Action:    Review the senior phase curriculum offer, including college and foundation apprenticeship pathways.
    Lead:      DHT (Curriculum)
    Timescale: May 2024
    Status:    Red
    Progress:  Review delayed by staffing changes; options process will use the existing offer for 2024-25.


Area for improvement 3: Develop further the role of young people in leading improvement.

3a  Action:    Re-launch the pupil council with representation from every year group and a budget.
    Lead:      PT Pupil Support
    Timescale: November 2023
    Status:    Complete
    Progress:  Pupil council re-launched; first budget bid approved for the social space.

3b  Action:    Train a group of S5/S6 learners as learning ambassadors to take part in lesson visits.
    Lead:      DHT (Learning & Teaching)
    Timescale: Ongoing
    Status:    Green
    Progress:  Twelve ambassadors trained; first visits took place in March.

Key: Complete = action achieved; Green = on track; Amber = some slippage; Red = not on track.
"""
    with open(P("cu1-perth-grammar-school-education-scotland-inspection-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 6. Leeds Teaching Hospitals - CQC children's services must/should do plan (docx)
# ---------------------------------------------------------------------------
def leeds_cqc():
    d = Document()
    d.add_heading("Leeds Teaching Hospitals NHS Trust – CQC Inspection Action Plan: Services for Children and "
                  "Young People (Leeds Children's Hospital)", level=1)
    d.add_paragraph(
        "This action plan responds to the Care Quality Commission's report on services for children and "
        "young people published in 2024. It is monitored monthly by the Children's Hospital Quality and "
        "Safety Group and reported to the Quality Assurance Committee."
    )
    hdr = ["Ref", "Must do / Should do", "Action", "Lead", "Completion date", "Status"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = h
        shade(c, "BDD7EE")
    bold_row(t.rows[0])
    colours = {"Completed": "0070C0", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000"}

    def heading(text):
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = text
        shade(m, "D9D9D9")
        for r in m.paragraphs[0].runs:
            r.bold = True

    def group(req, actions):
        first = len(t.rows)
        for ref, act, lead, date, status in actions:
            cells = t.add_row().cells
            cells[0].text = ref
            cells[2].text = act
            cells[3].text = lead
            cells[4].text = date
            cells[5].text = status
            if status in colours:
                shade(cells[5], colours[status])
        last = len(t.rows) - 1
        top = t.rows[first].cells[1]
        if last > first:
            top = top.merge(t.rows[last].cells[1])
        top.text = req

    heading("Must do actions (Regulation 12: Safe care and treatment)")
    group("The trust must ensure that paediatric early warning scores are completed and escalated in line with trust policy.", [
        ("MD1.1", "Roll out the national PEWS chart on the electronic patient record across all children's wards.",
         "Head of Nursing – Children's", "31/03/2025", "Completed"),
        ("MD1.2", "Carry out monthly PEWS audits on each ward and share results at the ward safety huddle.",
         "Ward Sisters / Matrons", "Monthly", "On track"),
    ])
    group("The trust must ensure that medicines, including controlled drugs, are stored securely on all children's wards.", [
        ("MD2.1", "Replace the controlled drug cupboards on wards L40 and L41 and fit swipe access to treatment rooms.",
         "Estates Project Manager", "Q3 2024/25", "Completed"),
        ("MD2.2", "Pharmacy to complete quarterly safe and secure storage audits and report exceptions.",
         "Lead Pharmacist (Children's)", "End of June 2025", "At risk"),
    ])
    heading("Should do actions")
    group("The trust should ensure that all staff complete level 3 safeguarding children training.", [
        ("SD1.1", "Book all outstanding staff onto level 3 safeguarding sessions and monitor compliance monthly.",
         "Named Nurse Safeguarding Children", "30/04/2025", "On track"),
    ])
    group("The trust should ensure that young people moving to adult services have a documented transition plan.", [
        ("SD2.1", "Introduce the Ready Steady Go transition programme in diabetes, epilepsy and cystic fibrosis clinics.",
         "Dr A Patel / Sister J Moore", "Sep-25", "Off track"),
    ])
    d.add_paragraph("")
    d.add_paragraph("Status key: Completed (blue) – action delivered and evidenced; On track (green); "
                    "At risk (amber) – may not meet the completion date; Off track (red).")
    t2 = d.add_table(rows=2, cols=2)
    t2.style = "Table Grid"
    t2.cell(0, 0).text = "Approved by"
    t2.cell(0, 1).text = "Chief Nurse"
    t2.cell(1, 0).text = "Date"
    t2.cell(1, 1).text = "12/11/2024"
    d.save(P("cu1-leeds-teaching-hospitals-cqc-childrens-services-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. West Suffolk College - Ofsted post-inspection QIP, mistyped month (xlsx)
# ---------------------------------------------------------------------------
def west_suffolk_college():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    for k, v in {"A": 7, "B": 55, "C": 14, "D": 14, "E": 10, "F": 50}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "West Suffolk College – Post-Inspection Action Plan (Ofsted inspection, June 2024)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Owner: Deputy Principal – Quality. Reviewed at Quality and Standards Committee."
    ws.merge_cells("A2:F2")
    hdr = ["Ref", "Action", "Owner", "Deadline", "RAG", "Commentary"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        c.border = BOX

    def section(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)

    def action(r, ref, act, owner, deadline, rag, comm):
        for i, v in enumerate([ref, act, owner, deadline, rag, comm], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        if isinstance(deadline, dt.date):
            ws.cell(row=r, column=4).number_format = "mmm-yy"
        f = {"R": "red", "A": "amber", "G": "green", "B": "blue"}.get(rag)
        if f:
            ws.cell(row=r, column=5).fill = FILL[f]

    section(5, "AFI 1: Leaders should ensure that apprentices receive timely and useful feedback on their off-the-job training.")
    action(6, "1.1", "Set a ten-working-day standard for marking and feedback on apprentices' work and monitor it through the e-portfolio.",
           "JB", dt.date(2024, 10, 31), "B", "Standard in place; 91% of work marked within ten days in November.")
    action(7, "1.2", "Train assessors in giving feedback that identifies what apprentices need to do to improve.",
           "JB, SM", dt.date(2024, 12, 31), "G", "Two CPD sessions delivered; observation of feedback to follow.")
    section(8, "AFI 2: Leaders should improve the attendance of learners on 16 to 19 study programmes, particularly in English and mathematics.")
    action(9, "2.1", "Introduce same-day text messages to parents and carers for all missed English and maths lessons.",
           "KL", dt.date(2024, 9, 30), "B", "Live since September.")
    action(10, "2.2", "Hold attendance review meetings each half term with curriculum managers for courses below 85%.",
           "KL", "Febuary 2025", "A", "First round held; maths attendance still below target.")
    action(11, "2.3", "Review timetabling so that English and maths lessons are not placed at the end of the day.",
           "Head of MIS", dt.date(2025, 6, 30), "G", "Draft timetable principles agreed for 2025/26.")
    section(12, "AFI 3: Governors should receive more precise information about the quality of adult learning programmes.")
    action(13, "3.1", "Add adult learning quality indicators to the termly quality report to governors.",
           "DP Quality", dt.date(2025, 3, 31), "G", "Indicators drafted for March committee.")
    ws["A15"] = "RAG: B = complete, G = on track, A = some slippage, R = off track"
    wb.save(P("cu1-west-suffolk-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    dinas_bran()
    mulberry_bush()
    cookham_wood()
    merton_jtai()
    perth_grammar()
    leeds_cqc()
    west_suffolk_college()
    print("done")
