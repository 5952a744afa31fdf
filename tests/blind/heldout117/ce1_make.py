"""Generator for the ce1- cases (children's services plans) in heldout117."""
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

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "lilac": PatternFill("solid", fgColor="E4DFEC"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(HERE, name)


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_row(row, fill=None):
    for c in row.cells:
        for par in c.paragraphs:
            for r in par.runs:
                r.bold = True
        if fill:
            shade(c, fill)


# ---------------------------------------------------------------- 1 Five Rivers (xlsx)
def five_rivers():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths = [8, 42, 50, 22, 13, 13, 48, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Five Rivers Child Care – Fostering Service: Post-Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Ofsted inspection of independent fostering agency, 12 to 16 February 2024. Plan owner: Registered Manager. Last updated 28/06/2024."
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Requirement / Recommendation", "Action", "Lead", "Target date",
           "Revised date", "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.alignment = WRAP
        c.border = BOX

    def section(row, text):
        ws.cell(row, 1, text).font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row, col).fill = FILL["grey"]
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)

    def action(row, ref, req, act, lead, target, revised, progress, rag):
        vals = [ref, req, act, lead, target, revised, progress, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row, i, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row, 8).fill = FILL[rag]

    section(5, "Requirements")
    req1 = ("The registered person must ensure that each foster carer's approval is reviewed, and the "
            "review presented to the fostering panel, within the required timescales. (Regulation 28(2))")
    action(6, "R1.1", req1,
           "Audit all fostering households to identify annual reviews that are overdue or due within the next three months.",
           "Registered Manager", D(2024, 4, 30), None,
           "Audit completed 22/04/24. Nine reviews found to be overdue; all now booked for panel.", "blue")
    action(7, "R1.2", None,
           "Introduce a monthly annual review tracker for supervising social workers, reported to the Responsible Individual.",
           "Team Manager (North) / Team Manager (South)", D(2024, 5, 31), D(2024, 7, 31),
           "Tracker built and in use in the North team. South team roll-out delayed by staff vacancy; revised date agreed with RI.",
           "green")
    ws.merge_cells("B6:B7")
    req2 = ("The registered person must ensure that full employment histories and references, including from "
            "previous employers where the person worked with children, are obtained before a person is employed. "
            "(Regulation 20(3))")
    action(8, "R2", req2,
           "HR to audit all staff files against Schedule 1 and obtain any missing references. Recruitment checklist "
           "to be signed off by the Registered Manager before a start date is confirmed.",
           "HR Business Partner", D(2024, 3, 31), None,
           "All 46 staff files audited. Two missing references obtained. Checklist in place from 01/03/24.", "blue")
    req3 = ("The registered person must notify Ofsted without delay of any serious incident involving a child "
            "placed with foster carers. (Regulation 36)")
    action(9, "R3", req3,
           "Re-issue notification guidance to all staff and add a Regulation 36 prompt to the incident form in the case management system.",
           "JH", D(2024, 4, 30), None,
           "Guidance re-issued at team meetings in March. System change is with the software supplier and has not yet been released.",
           "amber")
    section(10, "Recommendations")
    action(11, "Rec 1",
           "The registered person should ensure that foster carers complete the Training, Support and Development "
           "Standards within 12 months of approval. (NMS 20.3)",
           "Training Coordinator to produce a quarterly TSD compliance report and arrange additional workshops for carers approved in 2023.",
           "Training Coordinator", "Q2 2024/25", None,
           "First quarterly report presented in May: 81% compliant. Two extra workshops booked for July.", "green")
    action(12, "Rec 2",
           "The registered person should ensure that records of supervisory visits clearly show children's views "
           "and wishes. (NMS 21.8)",
           "Revise the supervisory visit template to include a section on the child's views; dip sample 10 records each month.",
           "Team Manager (South)", D(2024, 6, 30), None,
           "New template live from 01/05/24. May dip sample: 8 of 10 records showed the child's views clearly.", "green")
    action(13, "Rec 3",
           "The registered person should ensure that the children's guide is available in formats that suit younger "
           "children and children with communication needs. (NMS 16.3)",
           "Work with the children's participation group to produce a pictorial and an audio version of the children's guide.",
           "Participation Lead", "Ongoing", None,
           "Pictorial version drafted with the participation group; audio version to follow over the summer.", "green")
    ws["A15"] = "RAG key"
    ws["A15"].font = Font(bold=True)
    key = [("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage"), ("red", "Off track")]
    for i, (col, text) in enumerate(key):
        ws.cell(16 + i, 1).fill = FILL[col]
        ws.cell(16 + i, 2, text)
    ws.freeze_panes = "A5"
    wb.save(p("ce1-five-rivers-child-care-ofsted-ifa-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2 Ystalyfera (docx)
def ystalyfera():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Ysgol Gymraeg Ystalyfera Bro Dur – Post-Inspection Action Plan", level=1)
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for r, (a, b) in enumerate([("Version", "1.2"), ("Date", "14 October 2024"),
                                ("Approved by", "Full Governing Body, 9 October 2024"),
                                ("Shared with", "Neath Port Talbot Council; Partneriaeth")]):
        dc.cell(r, 0).text = a
        dc.cell(r, 1).text = b
    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan sets out how the school will respond to the four recommendations in the Estyn report "
        "following the inspection in May 2024. Progress is reported to the Governing Body each term and "
        "reviewed with the local authority's challenge adviser.")

    recs = [
        ("R1: Improve attendance, particularly for pupils eligible for free school meals", [
            ("1.1", "Appoint a dedicated attendance officer and introduce first-day response calls for all absences.",
             "Headteacher", "September 2024", "Attendance officer in post from 2 September; first-day calls made for all absences.", "Complete"),
            ("1.2", "Weekly attendance meetings between heads of year and the attendance officer to agree\nsupport for pupils below 90%.",
             "AHT (Wellbeing) / Attendance Officer", "Autumn term 2024",
             "Meetings running weekly. Attendance for eFSM pupils up 1.8 percentage points on the same period last year.", "On track"),
            ("1.3", "Work with the local authority Education Welfare Service on early legal intervention for persistent absence.",
             "AHT (Wellbeing)", "Termly", "First review with the EWS held in October.", "On track"),
        ]),
        ("R2: Strengthen the quality of teaching so that all pupils are suitably challenged", [
            ("2.1", "Deliver a programme of professional learning on questioning and adapting tasks, led by lead practitioners.",
             "DHT (Teaching and Learning)", "Spring term 2025",
             "Two of five sessions delivered. Learning walks show early improvement in questioning.", "On track"),
            ("2.2", "Establish paired lesson observations with a focus on challenge for more able pupils.",
             "GJ / SE", "Summer term 2025", "Not due to start until January.", "Not started"),
        ]),
        ("R3: Improve pupils' skills in Welsh oracy in the secondary phase", [
            ("3.1", "Introduce a Welsh language charter with clear expectations for use of Welsh in lessons and around the school.",
             "Head of Welsh", "December 2024",
             "Charter launched with the school council. Monitoring of informal Welsh use at break times is behind plan.", "Amber"),
            ("3.2", "Train all staff on strategies to develop extended spoken responses in Welsh.",
             "Head of Welsh", "Ongoing", "INSET session delivered on 3 September.", "On track"),
        ]),
        ("R4: Ensure that self-evaluation focuses sharply on the impact of teaching on pupils' learning", [
            ("4.1", "Revise the school's quality assurance calendar so that book looks and learning walks are linked to the priorities in this plan.",
             "Headteacher", "31/10/2024", "Revised calendar agreed by SLT on 16 September.", "Complete"),
            ("4.2", "Governors' standards committee to receive termly reports on progress against this plan.",
             "Chair of Governors", "Termly", "First report to be presented in December.", "On track"),
        ]),
    ]
    for rec, rows in recs:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["No.", "Actions", "Lead person", "Timescale", "Progress", "RAG"]):
            t.rows[0].cells[i].text = h
        bold_row(t.rows[0], "D9E2F3")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
        doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete – action finished; On track – progressing as planned; "
                      "Amber – some delay; Red – significant concern; Not started – not yet due.")
    doc.save(p("ce1-ysgol-gymraeg-ystalyfera-bro-dur-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 3 Askham Bryan (xlsx)
def askham():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    for col, w in zip("ABCDEFGH", [14, 40, 7, 48, 22, 11, 46, 10]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Askham Bryan College – Ofsted Post-Inspection Action Plan 2023-24"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection dates: 7 to 10 November 2023. Updated for Quality Improvement Board, 15 April 2024."
    hdr = ["Key judgement", "Area for improvement", "Ref", "Actions", "Responsible", "Deadline",
           "Progress to date", "RAG rating"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.fill = FILL["lilac"]
        c.border = BOX
        c.alignment = WRAP
    rows = [
        # key judgement, AFI, ref, action, responsible, deadline, progress, rag
        ("Quality of education",
         "Leaders and managers should ensure that teachers plan learning in English and mathematics that builds on what learners already know.",
         "1.1", "Introduce initial and diagnostic assessment results into every English and maths scheme of learning.",
         "Head of English and Maths", D(2023, 12, 31), "Completed. All schemes reviewed at curriculum area meetings in December.", "Complete"),
        (None, None,
         "1.2", "Targeted CPD for English and maths teachers on sequencing and checking learning, followed by teaching and learning reviews.",
         "Head of Teaching, Learning and Assessment", D(2024, 3, 31), "Two CPD sessions delivered. Spring reviews show 80% of sessions good or better.", "G"),
        (None,
         "Leaders should ensure that apprentices receive their full entitlement to off-the-job training.",
         "2.1", "Monthly off-the-job hours report by employer, reviewed at apprenticeship performance meetings.",
         "Director of Apprenticeships", D(2024, 1, 31), "Report in place since January. 14 apprentices remain below planned hours.", "A"),
        (None, None,
         "2.2", "Skills coaches to agree planned off-the-job activities with employers at each progress review.",
         "SL / JB", D(2024, 6, 30), "Review paperwork amended. Employer sign-off of plans at 64% and rising.", "A"),
        ("Personal development",
         "Leaders should ensure that learners on land-based programmes develop a secure understanding of the risks of radicalisation and extremism.",
         "3.1", "Tutorial programme to include a Prevent session each term, with local case studies relevant to rural communities.",
         "Head of Student Services", D(2024, 7, 31), "Autumn and spring sessions delivered. Learner voice survey planned for May.", "G"),
        ("Leadership and management",
         "Governors should receive accurate information about the quality of apprenticeships so that they can challenge leaders.",
         "4.1", "Add an apprenticeship quality dashboard to the standards committee papers.",
         "VP Quality", D(2024, 2, 29), "Dashboard presented at February standards committee.", "Complete"),
        (None, None,
         "4.2", "Data team to reconcile apprenticeship achievement data with the ILR each month.",
         "MIS Manager", D(2024, 5, 31), "Reconciliation process agreed; first month showed several mismatched end dates, now corrected.", "R"),
    ]
    r = 6
    for i, row in enumerate(rows):
        if i == 5:
            r += 1  # blank row between sections as in the published plan
        for col, v in enumerate(row, 1):
            c = ws.cell(r, col, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        r += 1
    # merged-down key judgement and AFI cells
    ws.merge_cells("A6:A9")
    ws.merge_cells("B6:B7")
    ws.merge_cells("B8:B9")
    ws.merge_cells("A12:A13")
    ws.merge_cells("B12:B13")
    r += 1
    ws.cell(r, 1, "Key:").font = Font(bold=True)
    ws.cell(r + 1, 1, "Complete = action completed")
    ws.cell(r + 2, 1, "G = on track")
    ws.cell(r + 3, 1, "A = some slippage, expected to recover")
    ws.cell(r + 4, 1, "R = off track, escalated to SLT")
    wb.save(p("ce1-askham-bryan-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 4 Ceredigion YJS (csv)
def ceredigion():
    rec1 = ("The Management Board should ensure that board members understand the needs of children "
            "known to the service and use this to shape partnership provision")
    rec2 = ("The service should improve the quality of assessment and planning for keeping other people safe")
    rec3 = ("The service should ensure that out-of-court disposal decisions are reviewed by the joint "
            "decision-making panel within agreed timescales")
    rows = [
        ["Ceredigion Youth Justice and Prevention Service - HM Inspectorate of Probation Improvement Plan", "", "", "", "", "", "", ""],
        ["Inspection published: August 2024. Plan monitored by the Management Board.", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Domain", "Recommendation", "No.", "Action", "Lead", "Target Date", "Status", "Update"],
        ["1. Organisational delivery", rec1, "1a",
         "Deliver a board induction and development session on the profile of children open to the service.",
         "YJPS Manager", "31/10/2024", "Complete", "Development session held 17/10/24 with 11 of 13 members attending."],
        ["1. Organisational delivery", rec1, "1b",
         "Quarterly performance report to include analysis of education, health and speech and language needs.",
         "Information Officer", "Dec-24", "On track", "Template drafted and agreed with the Chair."],
        ["1. Organisational delivery", rec1, "1c",
         "Each partner agency to report to the board annually on how its services meet the needs of children in the youth justice system.",
         "Board Chair", "Q4 2024/25", "Not started", "Schedule of partner reports to be agreed at January board."],
        ["2. Court disposals", rec2, "2a",
         "Practice workshops on risk of harm assessment, contingency planning and victim safety.",
         "Practice Manager", "30/11/2024", "Complete", "Three workshops delivered with the regional workforce development team."],
        ["2. Court disposals", rec2, "2b",
         "Monthly case audit of five AssetPlus assessments, with findings fed back in supervision.",
         "Practice Manager / Senior Practitioner", "Mar-25", "Amber", "Audits started in November but December audit was missed due to sickness."],
        ["3. Out-of-court disposals", rec3, "3a",
         "Revise the terms of reference for the joint decision-making panel with Dyfed-Powys Police.",
         "YJPS Manager / Police Inspector", "31/12/2024", "On track", "Draft terms of reference shared with police colleagues for comment."],
        ["3. Out-of-court disposals", rec3, "3b",
         "Introduce a tracker for out-of-court disposal reviews.",
         "Information Officer", "Ongoing", "On track", "Tracker in use; reviewed at each panel."],
    ]
    with open(p("ce1-ceredigion-yjs-hmip-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 5 Kirkwall Grammar (txt)
def kirkwall():
    afi1 = "Continue to raise attainment in literacy and numeracy in the senior phase."
    afi2 = "Ensure that all young people experience consistently high-quality learning and teaching, with appropriate pace and challenge."
    afi3 = "Develop further the use of young people's voice to inform school improvement."
    lines = [
        "Kirkwall Grammar School - Education Scotland Inspection Action Plan",
        "Inspection: February 2024    Report published: May 2024",
        "",
        "\t".join(["Area for improvement", "Action", "By whom", "By when", "Progress", "RAG"]),
        "\t".join([afi1, "Introduce a literacy across learning group with a member of staff from each faculty.", "DHT (Curriculum)", "August 2024", "Group established and meeting fortnightly.", "Green"]),
        "\t".join(["", "Track National 5 and Higher English and Maths prelim results and put supported study in place for young people working below target.", "PT English / PT Mathematics", "March 2025", "Supported study timetable published after prelims.", "Green"]),
        "\t".join(["", "Share practice on numeracy with Stromness Academy through the Orkney secondary network.", "DHT (Curriculum)", "Ongoing", "", "Not started"]),
        "\t".join([afi2, "Agree a Kirkwall Grammar School standard for learning and teaching with staff and young people.", "Head Teacher", "December 2024", "Draft standard consulted on at in-service day in November.", "Amber"]),
        "\t".join(["", "Learning visits by SLT focused on pace and challenge, with feedback to faculties.", "SLT", "Termly", "First round of visits complete.", "Green"]),
        "\t".join([afi3, "Re-establish the pupil council with representatives from every year group.", "DHT (Pupil Support)", "September 2024", "Pupil council elected and first meeting held.", "Complete"]),
        "\t".join(["", "Young people to take part in learning visits and report findings to SLT.", "DHT (Pupil Support)", "June 2025", "Training for pupil learning visitors planned for January.", "Green"]),
        "",
        "RAG: Complete / Green = on track / Amber = some delay / Red = not on track",
    ]
    with open(p("ce1-kirkwall-grammar-school-education-scotland-inspection-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 6 North Somerset SCP CSPR (docx)
def north_somerset():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("North Somerset Safeguarding Children Partnership – Child Safeguarding Practice Review: "
                    "Child H Action Plan", level=1)
    doc.add_paragraph(
        "This action plan responds to the recommendations of the local child safeguarding practice review "
        "into the circumstances of Child H, published in January 2024. Progress is monitored by the Case "
        "Review Group and reported to the Partnership Executive each quarter.")
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for i, h in enumerate(["No.", "Action", "Lead agency / officer", "Timescale", "Evidence of impact", "RAG"]):
        table.rows[0].cells[i].text = h
    bold_row(table.rows[0], "BDD7EE")

    def rec_row(text):
        cells = table.add_row().cells
        merged = cells[0].merge(cells[5])
        merged.text = text
        for r in merged.paragraphs[0].runs:
            r.bold = True
        shade(merged, "F2F2F2")

    def act(no, action, lead, when, evidence, rag):
        cells = table.add_row().cells
        for i, v in enumerate([no, action, lead, when, evidence, rag]):
            cells[i].text = v

    rec_row("Recommendation 1: Partners should be assured that practitioners consider the impact of parental "
            "mental health on babies and very young children.")
    act("1.1", "Review the multi-agency guidance on parental mental health and update it to include the needs of babies.",
        "NSSCP Business Manager", "April 2024", "Revised guidance published on the NSSCP website on 22 April.", "Complete")
    act("1.2", "Deliver a learning briefing and two multi-agency workshops on the findings of the review.",
        "Learning and Development Lead", "By 30 June 2024", "Two workshops held with 64 attendees; evaluation shows improved confidence.", "Complete")
    act("1.3", "Health visiting to add a perinatal mental health prompt to the new birth visit record.",
        "Named Nurse (Sirona)", "September 2024", "Prompt agreed; IT change scheduled for August.", "Green")
    rec_row("Recommendation 2: Children's social care and the police should ensure that strategy discussions "
            "include all agencies that know the family.")
    act("2.1", "Audit a sample of strategy discussions to test attendance of health and education.",
        "Head of Quality Assurance, North Somerset Council", "Q2 2024/25", "Audit scoped; data request with the MASH.", "Amber")
    act("2.2", "Update the MASH operating protocol so that the GP and health visitor are invited to every strategy discussion for a child under five.",
        "MASH Manager; DI Public Protection", "31/12/2024", "", "Not started")
    rec_row("Recommendation 3: The Partnership should seek assurance that learning from this review is embedded.")
    act("3.1", "Include learning from Child H in the multi-agency audit programme for 2024/25.",
        "Case Review Group Chair", "March 2025", "Audit topic agreed for the February audit.", "Green")
    act("3.2", "Report progress against this plan to the Partnership Executive.",
        "NSSCP Business Manager", "Quarterly", "Reported in April and July 2024.", "Green")
    doc.add_paragraph("")
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for r, (a, b, col) in enumerate([("RAG", "Meaning", None),
                                      ("Complete", "Action completed and evidence provided", "00B0F0"),
                                      ("Green", "On track to meet timescale", "00B050"),
                                      ("Amber", "At risk of missing timescale", "FFC000"),
                                      ("Red", "Timescale missed", "FF0000")]):
        key.cell(r, 0).text = a
        key.cell(r, 1).text = b
        if col:
            shade(key.cell(r, 0), col)
    doc.save(p("ce1-north-somerset-scp-cspr-child-h-action-plan.docx"))


# ---------------------------------------------------------------- 7 Kisimul (xlsx, refuse)
def kisimul():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    for col, w in zip("ABCDEFG", [6, 44, 48, 24, 16, 12, 40]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Kisimul School – Residential Special School Ofsted Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Inspection of residential provision, 8 to 10 October 2024. Review date: 20/01/2025"
    ws.merge_cells("A2:G2")
    hdr = ["No.", "Ofsted recommendation", "Action to be taken", "Person responsible", "Timescale", "Status", "Comments"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        c.border = BOX
    rows = [
        ("1", "Ensure that risk assessments for children are updated following every significant incident.",
         "Key workers to review risk assessments within 72 hours of any incident; checked weekly by the Head of Care.",
         "Head of Care", "November 2024", "Complete", "Weekly checks in place since 4 November."),
        ("2", "Ensure that staff receive supervision at the frequency set out in the school's policy.",
         "Introduce a supervision matrix for residential staff, monitored at the monthly management meeting.",
         "Residential Manager", "December 2024", "On track", "Matrix in place; 88% of supervisions on time in December."),
        ("3", "Improve the recording of the use of physical intervention so that records show the child's view.",
         "Revise the physical intervention recording form and train staff to complete the debrief with the child.",
         "Head of Care / Training Manager", "Febuary 2025", "On track", "New form drafted; training dates booked."),
        ("4", "Ensure that the independent visitor's reports are acted on promptly.",
         "Add independent visitor recommendations to the school development plan and review monthly.",
         "Principal", "March 2025", "Not started", ""),
        ("5", "Ensure that children's bedrooms are personalised and kept in good repair.",
         "Complete a room-by-room audit with each child and agree a redecoration schedule with the estates team.",
         "Estates Manager", "April 2025", "On track", "Audit completed for House 1 and House 2."),
    ]
    for r, row in enumerate(rows, 5):
        for col, v in enumerate(row, 1):
            c = ws.cell(r, col, v)
            c.alignment = WRAP
            c.border = BOX
    wb.save(p("ce1-kisimul-school-ofsted-residential-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    five_rivers()
    ystalyfera()
    askham()
    ceredigion()
    kirkwall()
    north_somerset()
    kisimul()
