"""Generate the cq1- case documents (children's services plans)."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

BLUE = PatternFill("solid", fgColor="5B9BD5")
GREEN = PatternFill("solid", fgColor="00B050")
AMBER = PatternFill("solid", fgColor="FFC000")
RED = PatternFill("solid", fgColor="FF0000")
GREY = PatternFill("solid", fgColor="D9D9D9")
HEAD = PatternFill("solid", fgColor="1F4E78")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILLS = {"Complete": BLUE, "Completed": BLUE, "Green": GREEN, "On track": GREEN,
         "Amber": AMBER, "At risk": AMBER, "Red": RED, "Off track": RED}


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- 1 Cumberland ILACS (xlsx)
def cumberland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Cumberland Council Children's Services – ILACS Improvement Plan 2024-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("This plan responds to the recommendations in the Ofsted inspection of local authority "
                "children's services (ILACS). Progress is reported to the Children's Improvement Board "
                "each month. Update as at: March 2025.")
    ws.merge_cells("A2:G2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 45
    heads = ["Ref", "Action", "Lead Officer", "Target Date", "Revised Date",
             "Progress Update (March 2025)", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("rec", "Recommendation 1: The quality and consistency of management oversight and supervision, "
                "so that plans for children progress without delay"),
        ("1.1", "Refresh the supervision policy and practice standards, with clear expectations on the "
                "frequency and recording of reflective supervision.", "Head of Quality Assurance",
         D(2024, 10, 31), None, "Policy refreshed and launched at practice week in October 2024. "
         "Compliance is reported monthly to the Improvement Board.", "Complete"),
        ("1.2", "Introduce a monthly management oversight audit for children in need and child protection "
                "plans, with findings fed back to team managers.", "Service Manager (CIN/CP)",
         D(2024, 12, 31), D(2025, 3, 31), "First two audit cycles complete. The audit tool is being revised "
         "following feedback from team managers.", "Amber"),
        ("1.3", "Deliver a management development programme for all team managers and advanced "
                "practitioners.", "Principal Social Worker", D(2025, 6, 30), None,
         "Cohort 1 (14 managers) started in January 2025; cohort 2 booked for May.", "Green"),
        ("rec", "Recommendation 2: The timeliness and effectiveness of pre-proceedings work under the "
                "Public Law Outline"),
        ("2.1", "Establish a weekly legal gateway panel, with tracking of all children in pre-proceedings.",
         "Head of Service (Children and Families) / Legal Services Manager", D(2024, 9, 30), None,
         "Panel in place since September 2024 and chaired by the Head of Service.", "Complete"),
        ("2.2", "Develop a PLO tracker with an escalation point at 16 weeks.",
         "Performance and Intelligence Manager", D(2024, 11, 30), None,
         "Tracker live in Liquidlogic; weekly report goes to the Head of Service.", "fill:Green"),
        ("2.3", "Review letters before proceedings with parents and advocates so that they are written in "
                "plain language.", "KB / JT", D(2025, 3, 1), None,
         "Two parent workshops held with the Family Rights Group; new template drafted.", "On track"),
        (None,),
        ("rec", "Recommendation 3: The sufficiency of suitable homes for children in care, including children "
                "with complex needs"),
        ("3.1", "Publish a refreshed Sufficiency Strategy 2025-28 with a commissioning plan for local homes.",
         "Head of Commissioning", D(2025, 4, 30), None, "Draft strategy goes to Cabinet in April 2025.",
         "Green"),
        ("3.2", "Open two new in-house children's homes in West Cumberland.", "Head of Corporate Parenting",
         D(2025, 9, 30), D(2026, 1, 31), "Planning consent granted for the first home. Registration with "
         "Ofsted has been delayed by building works.", "Red"),
        ("3.3", "Run a foster carer recruitment campaign with the regional fostering hub.",
         "Fostering Service Manager", "Ongoing", None,
         "Campaign launched; 9 enquiries converted to assessments since October.", "Green"),
    ]
    r = 5
    for row in rows:
        if row[0] is None:
            r += 1
            continue
        if row[0] == "rec":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = GREY
            ws.cell(row=r, column=1).alignment = WRAP
            ws.row_dimensions[r].height = 30
            r += 1
            continue
        ref, act, lead, tgt, rev, prog, rag = row
        vals = [ref, act, lead, tgt, rev, prog, None if rag.startswith("fill:") else rag]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if c in (4, 5) and isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
        ws.cell(row=r, column=7).fill = FILLS[rag.replace("fill:", "")]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG status key").font = Font(bold=True)
    for txt, fill in [("Blue = Complete", BLUE), ("Green = On track", GREEN),
                      ("Amber = At risk – some slippage", AMBER), ("Red = Off track", RED)]:
        r += 1
        ws.cell(row=r, column=1, value=txt)
        ws.cell(row=r, column=1).fill = fill
    for col, w in zip("ABCDEFG", [8, 55, 30, 12, 12, 55, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(p("cq1-cumberland-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2 Wiltshire YJS HMIP (xlsx, refuse)
def wiltshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "HMIP Plan"
    ws["A1"] = "Wiltshire Youth Justice Service – HM Inspectorate of Probation Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Inspection fieldwork: October 2024   |   Report published: January 2025   |   Overall rating: Requires improvement"
    heads = ["No.", "HMIP recommendation", "Action", "Owner", "Partner agency", "Timescale", "Progress", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = GREY
        cell.border = BOX
    data = [
        ("sec", "The Wiltshire Youth Justice Partnership Board should:"),
        ("1", "ensure that board members understand the profile of children supervised by the service and "
              "use this to direct partnership resources",
         [("1a Deliver a refreshed induction for all board members, including case studies presented by "
           "practitioners.", "Chair of YJ Partnership Board", "Wiltshire Council", "Mar-25",
           "Induction delivered to all members on 19 March 2025.", "Complete"),
          ("1b Add a quarterly performance and needs profile to every board agenda.",
           "Head of Service", "", "June 2025", "First profile presented in April 2025.", "Green")]),
        ("2", "assure itself that the disproportionality action plan is used effectively across the partnership",
         [("2a Review the disproportionality action plan with police and education partners and set "
           "measurable targets.", "Head of Service", "Wiltshire Police", "Sept 2025",
           "Data sharing agreement with police still being finalised.", "Amber")]),
        ("sec", "The Head of Wiltshire Youth Justice Service should:"),
        ("3", "improve the quality of assessment and planning to keep children and other people safe",
         [("3a Deliver risk and safety planning training to all case managers.", "Operations Manager", "",
           "Ocotber 2025", "Training commissioned; dates set for September.", "Amber"),
          ("3b Introduce monthly case audits focused on safety and wellbeing planning.",
           "Practice Development Lead", "", "Jul-25", "Audit tool agreed; first audits in May.", "Green")]),
        ("4", "make sure that the voice of victims informs out-of-court disposal decisions",
         [("4a Victim worker to attend every Joint Decision Making Panel.", "Restorative Justice Coordinator",
           "Wiltshire Police", "Apr-25", "In place from April 2025.", "Complete")]),
    ]
    r = 5
    for item in data:
        if item[0] == "sec":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        no, rec, acts = item
        first = r
        for a in acts:
            vals = [no if r == first else None, rec if r == first else None] + list(a)
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(row=r, column=8).fill = FILLS[a[-1]]
            r += 1
        if r - first > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Key: Complete (blue)  Green – on track  Amber – some delay  Red – off track")
    for col, w in zip("ABCDEFGH", [6, 45, 50, 28, 18, 14, 45, 10]):
        ws.column_dimensions[col].width = w
    wb.save(p("cq1-wiltshire-yjs-hmip-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3 CCS NHS Trust CQC CYP (xlsx)
def ccs():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "CQC Must Do and Should Do Action Plan"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = ("Cambridgeshire Community Services NHS Trust – CQC inspection of community health "
                   "services for children, young people and families")
    cover["A4"] = "Action plan owner:"
    cover["B4"] = "Director of Nursing, AHPs and Quality"
    cover["A5"] = "Reported to:"
    cover["B5"] = "Quality Improvement and Safety Committee"
    cover["A6"] = "Date of this version:"
    cover["B6"] = D(2025, 2, 14)
    cover["B6"].number_format = "dd/mm/yyyy"
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 45

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "CQC Must Do and Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "CQC requirement", "Action", "Lead", "Due date", "Status", "Evidence / update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD
        cell.border = BOX
    data = [
        ("sec", "MUST DO"),
        ("The trust must ensure that staff complete mandatory safeguarding children level 3 training. "
         "(Regulation 18)",
         [("MD1.1", "Issue monthly compliance reports to each team lead for safeguarding level 3 training.",
           "Named Nurse Safeguarding Children", D(2024, 11, 30), "Completed",
           "Reports issued since November; compliance now 91%."),
          ("MD1.2", "Book additional level 3 sessions for health visiting and school nursing teams.",
           "Head of Learning and Development", D(2025, 3, 31), "On track",
           "Six extra sessions booked for February and March.")]),
        ("The trust must ensure that caseloads in the health visiting service are safe and reviewed regularly. "
         "(Regulation 12)",
         [("MD2.1", "Implement a weighted caseload tool across all health visiting teams.",
           "Head of Children's Universal Services", D(2025, 6, 30), "At risk",
           "Tool piloted in Peterborough; roll-out delayed by recruitment to two band 7 posts."),
          ("MD2.2", "Report caseload numbers above threshold to the divisional governance meeting every month.",
           "Service Lead, Health Visiting", D(2024, 12, 31), "Completed",
           "Standing item on the divisional agenda from December 2024.")]),
        ("sec", "SHOULD DO"),
        ("The trust should ensure that children and young people's records include a care plan that reflects "
         "their current needs.",
         [("SD1.1", "Audit care plans in the children's community nursing service each quarter.",
           "Clinical Lead, Children's Community Nursing", D(2025, 4, 30), "On track",
           "Q3 audit completed; 78% compliant.")]),
        ("The trust should ensure that families can access interpreters for appointments in a timely way.",
         [("SD2.1", "Promote the telephone interpreting service to all clinical teams.",
           "Patient Experience Lead", D(2025, 1, 31), "Off track",
           "Communications not yet issued because of the change of provider."),
          ("SD2.2", "Add preferred language and interpreter need to the SystmOne referral template.",
           "Clinical Systems Manager", D(2025, 5, 31), None, "")]),
    ]
    r = 4
    for item in data:
        if item[0] == "sec":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = GREY
            r += 1
            continue
        req, acts = item
        first = r
        for ref, act, lead, due, status, upd in acts:
            vals = [ref, req if r == first else None, act, lead, due, status if status else "Not started", upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            if status:
                ws.cell(row=r, column=6).fill = FILLS[status]
            r += 1
        if r - first > 1:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for txt, fill in [("Completed", BLUE), ("On track", GREEN), ("At risk", AMBER), ("Off track", RED),
                      ("Not started", None)]:
        r += 1
        ws.cell(row=r, column=1, value=txt)
        if fill:
            ws.cell(row=r, column=1).fill = fill
    for col, w in zip("ABCDEFG", [8, 50, 50, 32, 12, 12, 45]):
        ws.column_dimensions[col].width = w
    wb.save(p("cq1-cambridgeshire-community-services-cqc-cyp-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def table(doc, heads, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v or ""
    return t


# ---------------------------------------------------------------- 4 Charnwood College (docx)
def charnwood():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h.add_run("David Ross Education Trust").bold = True
    doc.add_heading("Charnwood College – Post-Ofsted Inspection Action Plan", level=1)
    doc.add_paragraph(
        "Charnwood College was inspected by Ofsted in June 2024. This plan sets out how the college will "
        "address the areas for improvement in the report. Each priority below gives the area for "
        "improvement as written by inspectors, followed by the actions we will take. The plan is reviewed "
        "by the Local Governing Body each half term and by the Trust's Regional Director.")
    table(doc, ["Version", "Date", "Author", "Approved by"],
          [["1.0", "22/07/2024", "Principal", "Local Governing Body"],
           ["1.1", "04/11/2024", "Principal", "Regional Director"]])
    doc.add_paragraph()
    key = {"G": "00B050", "A": "FFC000", "R": "FF0000", "B": "5B9BD5", "": None}
    pris = [
        ("Priority 1: Curriculum in key stage 3",
         "Leaders should ensure that the key stage 3 curriculum in some foundation subjects is sequenced so "
         "that pupils build knowledge over time.",
         [("1.1", "Subject leaders in history, geography and RE to rewrite key stage 3 curriculum maps, "
                  "identifying the core knowledge for each unit.", "LW (Vice Principal – Curriculum)",
           "Autumn term 2024", "Curriculum maps published on the college website.", "B"),
          ("1.2", "Trust subject network leads to quality assure the revised curriculum maps.",
           "Trust subject leads / LW", "By February half-term 2025",
           "Every unit has a sequenced knowledge organiser.", "G"),
          ("1.3", "Deep dives in each foundation subject, with pupil voice.", "SLT link", "Summer term 2025",
           "Pupils can recall prior learning and connect it to new content.", "A")]),
        ("Priority 2: Reading",
         "Leaders should ensure that pupils who are behind in reading receive the support they need to "
         "catch up quickly.",
         [("2.1", "Screen all year 7 and year 8 pupils using the NGRT reading test.",
           "Reading Lead", "October 2024", "All pupils screened; results on Arbor.", "B"),
          ("2.2", "Deliver a phonics-based intervention for the weakest readers three times a week.",
           "SENDCo and Reading Lead", "Ongoing", "Reading ages of pupils in the intervention improve.", "G"),
          ("2.3", "Train all staff in disciplinary reading strategies.", "JC", "31/01/2025",
           "Training delivered on the January INSET day.", "")]),
        ("Priority 3: Attendance",
         "The school should continue to work to reduce persistent absence, particularly for disadvantaged "
         "pupils.",
         [("3.1", "Appoint an attendance officer and introduce weekly attendance panels.",
           "Assistant Principal (Behaviour and Attendance)", "September 2024",
           "Attendance officer in post; panels held weekly.", "B"),
          ("3.2", "Work with the local authority's attendance support team on early help referrals for "
                  "persistently absent pupils.", "Assistant Principal (Behaviour and Attendance)",
           "Summer term 2025", "Persistent absence of disadvantaged pupils falls below 25%.", "R")]),
    ]
    for head, afi, acts in pris:
        doc.add_heading(head, level=2)
        para = doc.add_paragraph()
        para.add_run(afi).italic = True
        t = table(doc, ["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG"],
                  [[a[0], a[1], a[2], a[3], a[4], ""] for a in acts])
        for i, a in enumerate(acts, 1):
            if key[a[5]]:
                shade(t.rows[i].cells[5], key[a[5]])
        doc.add_paragraph()
    doc.add_paragraph("RAG key: Blue – completed; Green – on track; Amber – some concerns; "
                      "Red – not on track. Unshaded – not yet started.")
    doc.save(p("cq1-charnwood-college-dret-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------- 5 Caerphilly Estyn LGES PIAP (docx)
def caerphilly():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Caerphilly County Borough Council – Post Inspection Action Plan (PIAP)", level=1)
    doc.add_paragraph("Estyn inspection of Local Government Education Services")
    doc.add_paragraph(
        "This Post Inspection Action Plan shows how the local authority will address the recommendations "
        "made by Estyn following its inspection of Caerphilly's local government education services. "
        "There is a table for each recommendation. Progress is reported to the Education Scrutiny "
        "Committee each term.")
    doc.add_paragraph("RAG: B = complete, G = on track, A = some slippage, R = significant concern.")
    recs = [
        ("R1 Strengthen self-evaluation and improvement planning across education services",
         [("R1a", "Introduce a common self-evaluation framework for all education service areas.",
           "Chief Education Officer", "Education Scrutiny Committee", "31/12/2024",
           "Framework agreed by the Education Leadership Team in December 2024.", "B"),
          ("R1b", "Align service improvement plans with the corporate Mobilising Team Caerphilly programme.",
           "Head of Education Planning and Strategy", "Cabinet", "Sept 2024 – March 2025",
           "All six service plans now follow the new template.", "G"),
          ("R1c", "Provide training for middle leaders on evaluating the impact of their work.",
           "Principal Challenge Adviser, EAS", "Education Leadership Team", "TBC",
           "Awaiting confirmation of the EAS professional learning offer.", "A")]),
        ("R2 Improve attendance in secondary schools",
         [("R2a", "Review the education welfare service model and the thresholds for referral.",
           "Head of Inclusion and Additional Learning Needs", "Education Scrutiny Committee", "July 2025",
           "Consultation with headteachers complete; new model drafted.", "G"),
          ("R2b", "Share attendance data with secondary headteachers every half term, with challenge "
                  "through termly monitoring visits.", "Education Achievement Service / Senior EWO",
           "Education Leadership Team", "Termly", "Data packs issued in October and January.", "G"),
          ("R2c", "Launch a county-wide campaign on the importance of attendance with families.",
           "Communications Manager", "Cabinet", "By 31 March 2025",
           "Campaign delayed until after the school holidays.", "R")]),
        ("R3 Ensure that the local authority's arrangements for pupils educated other than at school "
         "(EOTAS) are robust",
         [("R3a", "Maintain a single register of all pupils in EOTAS provision, reviewed monthly.",
           "EOTAS Manager", "Head of Inclusion and Additional Learning Needs", "30/11/2024",
           "Register in place and reviewed at the monthly EOTAS panel.", "B"),
          ("R3b", "Quality assure all commissioned EOTAS providers against a new framework.",
           "EOTAS Manager; Safeguarding in Education Officer", "Education Leadership Team", "Jun-25",
           "Four of nine providers visited.", "A")]),
    ]
    for head, acts in recs:
        doc.add_heading(head, level=2)
        table(doc, ["Ref", "Action", "Lead officer", "Monitored by", "Target date", "Progress", "RAG"],
              [list(a) for a in acts])
        doc.add_paragraph()
    doc.add_heading("Document control", level=2)
    table(doc, ["Version", "Date", "Change"],
          [["1", "January 2024", "Submitted to Estyn"], ["2", "February 2025", "Progress update – spring term"]])
    doc.save(p("cq1-caerphilly-estyn-lges-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 6 New College Lanarkshire (csv, refuse)
def nclan():
    rows = [
        ["Ref", "Theme", "Area for development", "Action", "Responsibility", "Target date", "RAG", "Update"],
        ["1.1", "Learner engagement", "Staff should support learners to become more involved in evaluating their programmes.",
         "Introduce learner focus groups in every curriculum area each block.", "Head of Quality Enhancement",
         "31/12/2024", "Complete", "Focus groups held in all areas in block 1."],
        ["1.2", "Learner engagement", "Staff should support learners to become more involved in evaluating their programmes.",
         "Train class representatives with sparqs.", "Student Association President / Learner Engagement Officer",
         "28/02/2025", "Green", "Training held on both campuses in January."],
        ["2.1", "Retention", "Managers should take action to improve retention on full-time further education programmes for learners aged 16 to 19.",
         "Introduce an early warning system in the learner tracking tool to flag attendance below 80%.",
         "Director of Curriculum", "30/06/2052", "Amber", "System built; teams trained in March."],
        ["2.2", "Retention", "Managers should take action to improve retention on full-time further education programmes for learners aged 16 to 19.",
         "Guidance staff to contact every learner after two consecutive absences.", "Head of Student Services",
         "Ongoing", "Green", "Contact logged in 94% of cases in block 2."],
        ["3.1", "Care-experienced learners", "The college should improve outcomes for care-experienced learners.",
         "Assign a named Champion to every care-experienced learner at enrolment.", "Corporate Parenting Lead",
         "30/09/2025", "Green", ""],
        ["3.2", "Care-experienced learners", "The college should improve outcomes for care-experienced learners.",
         "Report attainment of care-experienced learners to the Learning and Teaching Committee.",
         "Head of Planning and Performance", "31/10/2025", "Not started", ""],
    ]
    with open(p("cq1-new-college-lanarkshire-education-scotland-progress-visit-action-plan-year-typo-refuse.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 CrossReach (txt)
def crossreach():
    text = """CrossReach Children's Services - Care Inspectorate Improvement Plan
Service: Children's residential house (care home service for children and young people)
Inspection: 12 - 14 November 2024
Plan updated: 28 February 2025

Key question 1: How well do we support children and young people's rights and wellbeing?

Requirement 1
By 31 March 2025, the provider must ensure that each young person's personal plan reflects their current needs, risks and wishes, and is reviewed with them at least every six months.

Action 1.1: Review every young person's personal plan with them and their key worker.
Lead: Registered Manager
Timescale: 31/01/2025
Status: Complete
Update: All five plans reviewed in January; young people signed their own plans.

Action 1.2: Introduce a monthly plan audit by the depute manager.
Lead: Depute Manager
Timescale: March 2025
Status: On track
Update: Audits completed in January and February.

Area for improvement 1
To support young people's health, the service should ensure that staff record and follow up health appointments consistently.

Action 1.3: Set up a shared health appointments calendar and check it at every handover.
Lead: Senior Residential Worker (SM)
Timescale: Ongoing
Status: Green
Update: Calendar in use since December.

Key question 2: How good is our leadership?

Area for improvement 2
The provider should ensure that quality assurance processes identify where practice needs to improve and lead to clear actions.

Action 2.1: Adopt the CrossReach quality assurance framework, with a self-evaluation using the Care Inspectorate quality framework.
Lead: Service Manager / Registered Manager
Timescale: End of June 2025
Status: Amber
Update: Framework adopted; self-evaluation delayed by staff absence.

Action 2.2: Report findings from audits to the Children's Services Quality Group each quarter.
Lead: Service Manager
Timescale: Q1 2025/26
Status: Not started
Update:

Key question 3: How good is our staff team?

Area for improvement 3
The service should ensure that all staff receive regular supervision that supports reflective practice.

Action 3.1: Put a supervision schedule in place for all staff, every six weeks.
Lead: Registered Manager
Timescale: 31/12/2024
Status: Complete
Update: Schedule in place; compliance 100% in January.

Action 3.2: Train the senior team in reflective supervision.
Lead: Learning and Development Adviser
Timescale: April 2025
Status: Green
Update: Course booked for 8 April.

Status key: Complete / Green (on track) / Amber (some delay) / Red (not met) / Not started
"""
    with open(p("cq1-crossreach-childrens-house-care-inspectorate-improvement-plan.txt"), "w",
              encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    cumberland()
    wiltshire()
    ccs()
    charnwood()
    caerphilly()
    nclan()
    crossreach()
