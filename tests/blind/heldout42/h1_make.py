"""Generator for the h1- cases of heldout42 (blind corpus).

Makes seven plan documents in this folder, laid out as the councils and partnerships that publish
such plans lay them out. The readings in the .expected.yaml files beside them were written from the
content set down here, before the documents were first generated.
Run with /work/main/.venv/bin/python h1_make.py
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
MID = Alignment(wrap_text=True, vertical="center", horizontal="center")

RAGC = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


def fill(hex_colour):
    return PatternFill("solid", fgColor=hex_colour)


def set_widths(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------------------------------------
# 1. Oldham ILACS improvement plan (xlsx)
# ----------------------------------------------------------------------------------------------
def oldham():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Oldham Council Children's Services"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "ILACS Improvement Plan 2024-25 – reported to the Children's Services Improvement Board"
    cov["A4"] = "Version control"
    cov["A4"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Changes"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.border = BOX
    versions = [
        ("1.0", D(2024, 8, 22), "JH", "Plan agreed by the Improvement Board"),
        ("2.0", D(2024, 11, 28), "JH", "Q3 progress update"),
        ("3.0", D(2025, 2, 27), "JH", "Q4 progress update; revised dates for 1.1 and 2.1 agreed"),
    ]
    for r, v in enumerate(versions, 6):
        for i, x in enumerate(v, 1):
            c = cov.cell(row=r, column=i, value=x)
            c.border = BOX
            if i == 2:
                c.number_format = "dd/mm/yyyy"
    set_widths(cov, [10, 13, 10, 60])

    ws = wb.create_sheet("ILACS Plan")
    ncol = 8
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Oldham Council Children's Services – ILACS Improvement Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("1F4E78")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Response to the areas for improvement in the Ofsted inspection of local authority "
                "children's services (inspection May 2024). Progress as at 27 February 2025.")
    ws["A2"].font = Font(italic=True)
    heads = ["Ofsted area for improvement", "Ref", "Action", "Lead", "Target date",
             "Revised target date", "Progress update (Feb 2025)", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2E75B6")
        c.alignment = MID
        c.border = BOX

    afi1 = ("1. Consistency of management oversight, including the recording of supervision and "
            "the follow-up of actions arising from audits")
    afi2 = ("2. The quality of return home interviews, so that their impact on children's safety "
            "can be understood and measured")
    afi3 = "3. Life-story work for children who live in long-term foster care"
    groups = [
        (afi1, [
            ("1.1", "Refresh the supervision policy and recording template so that each supervision "
                    "records the reflective discussion, agreed actions and timescales.",
             "GS", D(2024, 11, 30), D(2025, 3, 31),
             "Template agreed at SMT in November. Changes to the Mosaic supervision form were held "
             "back by the system upgrade and now go live on 17 March.", "A"),
            ("1.2", "Introduce a monthly supervision compliance report for every team, reviewed at "
                    "the Children's Social Care Performance Board.",
             "JH/PK", D(2024, 12, 31), None,
             "First report presented in December. Compliance with monthly supervision was 87% in "
             "January.", "B"),
            ("1.3", "Record every action arising from practice audits on the child's record, with "
                    "team managers confirming completion within 20 working days.",
             "JH", "Ongoing", None,
             "Audit action tracker live since October; 79% of actions confirmed within 20 working "
             "days in Q3.", "G"),
            ("1.4", "Deliver the 'Leading Good Practice' programme to all team managers and assistant "
                    "team managers, including a module on reflective supervision.",
             "Workforce Development Manager", D(2025, 4, 30), None,
             "Cohort 1 (18 managers) completed. Cohort 2 starts on 10 March.", "G"),
        ]),
        (afi2, [
            ("2.1", "Bring the return home interview service back in-house, within the Missing and "
                    "Exploitation Team.",
             "LW & TM", D(2025, 6, 30), D(2025, 9, 30),
             "Staff consultation extended at the provider's request. Transfer now expected on "
             "1 September; the current contract has been extended to cover the gap.", "R"),
            ("2.2", "Introduce a quality standard and audit tool for return home interviews, with "
                    "audit findings reported to the Missing from Home Panel.",
             "TM", "Q1 25/26", None,
             "Draft standard shared with the panel in February for comment.", "G"),
            ("2.3", "Use the themes from return home interviews to inform disruption activity and "
                    "children's safety plans.",
             "LW", D(2025, 3, 31), None,
             "Monthly themes report to the Exploitation Panel started in January.", "G"),
        ]),
        (afi3, [
            ("3.1", "Review every child in long-term foster care to confirm that they have up-to-date "
                    "life-story work, or a plan and a date for it.",
             "Head of Service – Children in Care and Care Leavers", D(2025, 2, 28), None,
             "All 142 children reviewed; 31 plans for new life-story work agreed.", "B"),
            ("3.2", "Train foster carers and supervising social workers in life-story work, using a "
                    "toolkit co-produced with the Children in Care Council.",
             "Head of Service – Children in Care and Care Leavers / Fostering Service Manager",
             D(2025, 6, 30), None,
             "Not yet started – toolkit session with the Children in Care Council booked for April.",
             None),
        ]),
    ]
    r = 5
    for afi, acts in groups:
        first = r
        for ref, action, lead, target, revised, prog, rag in acts:
            vals = [None, ref, action, lead, target, revised, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
            for col in (5, 6):
                c = ws.cell(row=r, column=col)
                if isinstance(c.value, dt.datetime):
                    c.number_format = "mmm-yy"
                c.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
            rc = ws.cell(row=r, column=8)
            rc.alignment = Alignment(horizontal="center", vertical="center")
            if rag:
                rc.fill = fill(RAGC[rag])
                rc.font = Font(bold=True, color="FFFFFF" if rag in "RB" else "000000")
            r += 1
        ws.cell(row=first, column=1, value=afi)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.cell(row=first, column=1).fill = fill("DDEBF7")
        ws.cell(row=first, column=1).font = Font(bold=True)

    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    keys = [("B", "Complete"), ("G", "On track"),
            ("A", "Some slippage – recoverable within the quarter"),
            ("R", "Off track – revised date agreed by the Improvement Board")]
    for k, text in keys:
        r += 1
        c = ws.cell(row=r, column=1, value=k)
        c.fill = fill(RAGC[k])
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=2, value=text)
    r += 2
    ws.cell(row=r, column=1, value="Lead officers").font = Font(bold=True)
    for text in ["GS – Director of Children's Social Care",
                 "JH – Head of Service, Quality Assurance and Practice",
                 "PK – Performance and Intelligence Manager",
                 "LW – Head of Complex Safeguarding",
                 "TM – Service Manager, Missing and Exploitation"]:
        r += 1
        ws.cell(row=r, column=1, value=text)
    set_widths(ws, [34, 6, 48, 22, 11, 11, 44, 6])
    ws.freeze_panes = "A5"
    wb.active = 1
    wb.save(out("h1-oldham-ilacs-improvement-plan.xlsx"))


# ----------------------------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


# ----------------------------------------------------------------------------------------------
# 2. Hartlepool SEND inspection action plan (docx)
# ----------------------------------------------------------------------------------------------
def hartlepool():
    doc = Document()
    landscape(doc)
    doc.add_heading("Hartlepool Local Area SEND Partnership – Inspection Action Plan 2025-26", level=0)
    doc.add_paragraph(
        "Ofsted and the Care Quality Commission inspected the Hartlepool Local Area Partnership in "
        "March 2023. The partnership, led by Hartlepool Borough Council and NHS North East and North "
        "Cumbria Integrated Care Board (NENC ICB), agreed this plan to respond to the areas for "
        "improvement in the report. Progress is reviewed every month by the SEND Partnership Board, "
        "with the Hartlepool Parent Carer Forum.")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comments"]):
        cell_text(dc.rows[0].cells[i], h, bold=True)
        shade(dc.rows[0].cells[i], "D9D2E9")
    for v in [("1.0", "14/04/2025", "SEND Strategic Lead", "Agreed by SEND Partnership Board"),
              ("1.1", "09/10/2025", "SEND Strategic Lead", "Progress and RAG updated for Q2")]:
        cells = dc.add_row().cells
        for i, x in enumerate(v):
            cell_text(cells[i], x)
    doc.add_paragraph()

    head = ["Ref", "What we will do", "Who will lead", "Partners involved", "When",
            "How we will know (impact)", "RAG"]
    ragfill = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    afis = [
        ("Area for improvement 1: Leaders across the partnership should make sure that EHC plans are "
         "reviewed every year and amended promptly, so that they reflect children and young people's "
         "current needs and aspirations.", [
             ("1.1", "Recruit two additional SEND review officers so that every annual review is held "
                     "within the statutory timescale.", "Helen Carr", "HR; Finance",
              "July 2025", "95% of annual reviews held on time.", "Complete"),
             ("1.2", "Introduce a tracker that alerts schools and settings eight weeks before each "
                     "annual review is due.", "Helen Carr and Paul Gibson", "Schools; early years settings",
              "September 2025", "Schools report that they receive notice in good time.", "Green"),
             ("1.3", "Issue amended EHC plans within four weeks of each annual review meeting and "
                     "quality assure 10% of amended plans each term.", "SEND Quality Assurance Lead",
              "Health and social care advice givers", "Autumn term 2025",
              "80% of amended plans issued within four weeks; audit grades improve.", "Amber"),
         ]),
        ("Area for improvement 2: Health leaders should reduce waiting times for speech and language "
         "therapy and make sure that families are supported while they wait.", [
             ("2.1", "Commission additional speech and language therapy capacity to clear the backlog "
                     "of children waiting more than 18 weeks.", "Designated Clinical Officer (NENC ICB)",
              "North Tees and Hartlepool NHS Foundation Trust", "Sept 2025 – March 2026",
              "No child waits more than 18 weeks for a first appointment.", "Green"),
             ("2.2", "Run 'Talk Time' drop-in sessions in the family hubs for parents of children on the "
                     "speech and language therapy waiting list.", "Family Hubs Manager",
              "Speech and language therapy service; Parent Carer Forum", "Ongoing",
              "Attendance and parent feedback reported each quarter.", "Green"),
             ("2.3", "Publish speech and language therapy waiting times on the Local Offer every "
                     "quarter.", "Designated Clinical Officer (NENC ICB)", "Local Offer team",
              "By 31 October 2025", "Waiting times published and updated each quarter.", "Red"),
         ]),
        ("Area for improvement 3: Leaders should strengthen preparation for adulthood, so that more "
         "young people with SEND have pathways into employment and independent living.", [
             ("3.1", "Launch a supported internship programme with at least 12 places for 2025/26.",
              "Post-16 SEND Coordinator", "Hartlepool College of Further Education; employers",
              "September 2025", "12 interns start in September 2025.", "Complete"),
             ("3.2", "Agree a transitions protocol between children's and adult social care so that "
                     "planning for adulthood starts in Year 9.",
              "Head of Service, Children with Disabilities / Head of Adult Social Care",
              "Schools; Parent Carer Forum", "December 2025",
              "Every young person in Year 9 with an EHC plan has a preparing for adulthood review.",
              "Amber"),
         ]),
    ]
    for afi, rows in afis:
        t = doc.add_table(rows=2, cols=len(head))
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[len(head) - 1])
        cell_text(top, afi, bold=True, size=10)
        shade(top, "D9D2E9")
        for i, h in enumerate(head):
            cell_text(t.rows[1].cells[i], h, bold=True, colour="FFFFFF")
            shade(t.rows[1].cells[i], "5C2D91")
        for row in rows:
            cells = t.add_row().cells
            for i, x in enumerate(row):
                cell_text(cells[i], x)
            shade(cells[6], ragfill[row[6]])
        widths(t, [1.2, 6.5, 3.6, 3.6, 2.8, 5.5, 1.8])
        doc.add_paragraph()
    doc.add_paragraph(
        "RAG key: Complete – action delivered and impact evidenced (blue); Green – on track; "
        "Amber – some delay, expected to be recovered; Red – off track or significant delay, "
        "escalated to the SEND Partnership Board.")
    doc.save(out("h1-hartlepool-send-inspection-action-plan.docx"))


# ----------------------------------------------------------------------------------------------
# 3. Swansea Estyn PIAP (docx)
# ----------------------------------------------------------------------------------------------
def swansea():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph(style="Title")
    p.add_run("City and County of Swansea – Estyn Inspection of Local Government Education Services: "
              "Post-Inspection Action Plan")
    p2 = doc.add_paragraph()
    r = p2.add_run("Dinas a Sir Abertawe – Cynllun Gweithredu ar ôl Arolygiad")
    r.italic = True
    doc.add_paragraph(
        "This post-inspection action plan (PIAP) sets out how the local authority will address the "
        "three recommendations in Estyn's report on Swansea's local government education services. "
        "It was approved by Cabinet and is monitored by the Education Improvement Board. Progress "
        "shown is as at January 2026.")
    doc.add_heading("Summary of recommendations", level=2)
    st = doc.add_table(rows=1, cols=2)
    st.style = "Table Grid"
    cell_text(st.rows[0].cells[0], "Recommendation", bold=True)
    cell_text(st.rows[0].cells[1], "Lead officer", bold=True)
    recs = [
        "Recommendation 1: Strengthen self-evaluation and improvement planning so that they are "
        "consistent across all education services",
        "Recommendation 2: Improve the support and challenge for schools causing concern so that "
        "they make progress more quickly",
        "Recommendation 3: Reduce persistent absence in secondary schools",
    ]
    for rec, lead in zip(["R1 " + recs[0].split(": ", 1)[1], "R2 " + recs[1].split(": ", 1)[1],
                          "R3 " + recs[2].split(": ", 1)[1]],
                         ["Director of Education", "Head of Achievement and Partnership Service",
                          "Head of Vulnerable Learner Service"]):
        cells = st.add_row().cells
        cell_text(cells[0], rec)
        cell_text(cells[1], lead)
    widths(st, [18, 7])
    doc.add_paragraph()

    colours = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    head = ["Ref", "Action", "Lead officer", "Timescale", "Success criteria", "Progress (RAG)"]
    plan = [
        (recs[0], [
            ("R1.1", "Introduce a common self-evaluation framework for all education teams, aligned "
                     "to the council's corporate planning cycle.",
             "Head of Education Planning and Resources", "Autumn term 2025",
             "All teams complete a self-evaluation report using the framework.", "B"),
            ("R1.2", "Train team leaders to use first-hand evidence, such as visits to schools and the "
                     "views of learners, in their self-evaluation reports.",
             "Head of Achievement and Partnership Service", "Summer term 2026",
             "Quality assurance of reports shows evaluative, evidence-based judgements.", "G"),
            ("R1.3", "Report progress against the education service improvement plan to the Education "
                     "Scrutiny Performance Panel.",
             "Director of Education", "Termly",
             "Members are well informed and challenge progress.", "G"),
        ]),
        (recs[1], [
            ("R2.1", "Revise the Schools Causing Concern protocol to set clear exit criteria and "
                     "timescales for each category of concern.",
             "Head of Achievement and Partnership Service", "December 2025",
             "Protocol agreed with headteachers and published.", "B"),
            ("R2.2", "Hold progress review meetings with the headteacher and chair of governors of "
                     "each school causing concern.",
             "Lead Officer – School Improvement", "Half-termly",
             "Notes of visit record progress against each school's plan.", "G"),
            ("R2.3", "Use the council's statutory powers of intervention where a school has not made "
                     "enough progress within 12 months.",
             "Director of Education", "July 2026",
             "Fewer schools remain in a category of concern for more than 18 months.", "A"),
        ]),
        (recs[2], [
            ("R3.1", "Appoint two additional education welfare officers to work with the secondary "
                     "schools where persistent absence is highest.",
             "Principal Education Welfare Officer / Head of Vulnerable Learner Service",
             "October 2025", "Both officers in post; caseloads allocated.", "R"),
            ("R3.2", "Give all secondary schools access to the attendance dashboard so that pastoral "
                     "leaders can track persistent absence every week.",
             "Data and Information Manager", "Autumn term 2025",
             "All 14 secondary schools using the dashboard weekly.", "A"),
        ]),
    ]
    for rec, rows in plan:
        hp = doc.add_paragraph()
        run = hp.add_run(rec)
        run.bold = True
        run.font.size = Pt(11)
        t = doc.add_table(rows=1, cols=len(head))
        t.style = "Table Grid"
        for i, h in enumerate(head):
            cell_text(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "BDD7EE")
        for row in rows:
            cells = t.add_row().cells
            for i, x in enumerate(row[:5]):
                cell_text(cells[i], x)
            cell_text(cells[5], "")
            shade(cells[5], colours[row[5]])
        widths(t, [1.4, 8.0, 4.8, 3.0, 6.0, 2.2])
        doc.add_paragraph()
    doc.add_heading("RAG key", level=3)
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, text in [("B", "Action complete"),
                    ("G", "On track to be completed within the timescale"),
                    ("A", "Some slippage; completion expected within the next term"),
                    ("R", "Not on track; to be reviewed by the Education Improvement Board")]:
        cells = kt.add_row().cells
        cell_text(cells[0], "")
        shade(cells[0], colours[k])
        cell_text(cells[1], text)
    widths(kt, [1.5, 12])
    doc.save(out("h1-swansea-estyn-post-inspection-action-plan.docx"))


# ----------------------------------------------------------------------------------------------
# 4. Aberdeen City CPC joint inspection improvement plan (tab-separated txt)
# ----------------------------------------------------------------------------------------------
def aberdeen():
    n = 7
    qi21 = "Quality indicator 2.1 – Impact on children and young people"
    qi22 = "Quality indicator 2.2 – Impact on families"
    qi51 = "Quality indicator 5.1 – Assessing and responding to risk and need"
    qi94 = "Quality indicator 9.4 – Leadership of improvement and change"
    a1 = ("Partners should improve the consistency and quality of chronologies, so that significant "
          "events in children's lives are recognised and inform the assessment of risk.")
    a2 = ("Partners should make sure that families are meaningfully involved in child protection "
          "planning and understand what is expected of them.")
    a3 = ("Partners should make sure that inter-agency referral discussions (IRDs) consistently "
          "include health and education and that decisions are recorded promptly.")
    a4 = ("Leaders should make better use of performance data and quality assurance to understand "
          "the difference services make to outcomes for children.")
    rows = [
        ["Aberdeen City Child Protection Committee: Joint Inspection of Services for Children and "
         "Young People at Risk of Harm – Improvement Plan"],
        ["Progress update: November 2024"],
        [],
        ["No.", "Area for improvement", "Action", "Lead", "Timescale", "Progress update", "RAG"],
        [qi21],
        ["1", a1, "Implement a single multi-agency chronology template across social work, health "
                  "and education.", "CPC Lead Officer", "March 2025",
         "Template agreed by CPC in September; health records system changes awaited before "
         "roll-out.", "Amber"],
        ["2", "", "Deliver chronology training to all practitioners involved in child protection "
                  "work, with refresher sessions for new staff.",
         "Learning and Development Lead; NHS Grampian Child Protection Nurse Consultant", "Dec-24",
         "Eleven sessions delivered to 260 staff. Refresher sessions added to the induction "
         "calendar.", "Complete"],
        [qi22],
        ["3", a2, "Introduce a family guide to child protection planning meetings, co-produced with "
                  "parents who have lived experience.", "Service Manager, Children's Social Work",
         "31/01/2025", "Draft guide tested with six families; final design with the print unit.",
         "Green"],
        ["4", "", "Offer every family an independent advocate before the first child protection "
                  "planning meeting.", "Commissioning Lead (Children's Services)", "June 2025",
         "Tender returned no compliant bids; options paper to Chief Officers' Group in December.",
         "Red"],
        [qi51],
        ["5", a3, "Revise the IRD guidance so that health and education are invited to every IRD "
                  "and the record is shared within 24 hours.", "Police Scotland (DCI Public "
                                                                "Protection)", "Nov-24",
         "Revised guidance issued 4 November 2024.", "Complete"],
        ["6", "", "Audit a sample of 30 IRDs each quarter and report the findings to the Child "
                  "Protection Committee.", "Quality Assurance Sub-group Chair", "Quarterly",
         "First audit complete; health attended 83% of IRDs sampled.", "Green"],
        [qi94],
        ["7", a4, "Develop a multi-agency child protection dataset with outcome measures, reported to "
                  "the Chief Officers' Group each quarter.", "Data and Performance Manager",
         "Q4 2024/25", "Measures agreed; police and health data-sharing agreement still being "
                       "finalised.", "Amber"],
        ["8", "", "Hold an annual self-evaluation event with frontline staff, children and families "
                  "to review progress against this plan.", "Chief Social Work Officer", "Annually",
         "First event planned for February 2025.", "Green"],
        [],
        ["RAG key: Red – at risk of not being delivered; Amber – progressing with some delay; "
         "Green – on track; Complete – action delivered"],
    ]
    with open(out("h1-aberdeen-city-cpc-joint-inspection-improvement-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        for row in rows:
            row = row + [""] * (n - len(row))
            f.write("\t".join(row) + "\r\n")


# ----------------------------------------------------------------------------------------------
# 5. East Sussex internal audit outstanding actions (csv) – refuse: '30-Spet-2025' on line 11
# ----------------------------------------------------------------------------------------------
def east_sussex():
    n = 11
    rows = [
        ["East Sussex County Council - Internal Audit: Agreed Actions Outstanding"],
        ["Position as at 30 June 2025"],
        [],
        ["Audit Title", "Year", "Audit Opinion", "Rec No", "Priority", "Agreed Action",
         "Action Owner", "Original Target Date", "Revised Target Date", "Status",
         "Internal Audit Comment"],
        ["Payroll", "2024/25", "Reasonable Assurance", "1", "High",
         "Monthly reconciliation of payroll to the general ledger to be completed, reviewed and "
         "signed off by the Payroll Manager.", "Head of HR Operations", "31-Mar-2025", "",
         "Implemented", "Reconciliations for April and May tested; evidence of review seen."],
        ["Payroll", "2024/25", "Reasonable Assurance", "2", "Medium",
         "Leavers' forms to be processed before the final pay date, with overpayments reported to "
         "managers each month.", "Head of HR Operations", "30-Apr-2025", "31-Jul-2025",
         "Partly implemented", "New leavers' workflow live from June; overpayment report not yet "
                               "in place."],
        ["Pension Fund Compliance", "2024/25", "Substantial Assurance", "1", "Medium",
         "Breaches log to be reported to each meeting of the Pension Board.",
         "Head of Pensions", "30-Jun-2025", "", "Implemented",
         "Breaches log reported to the Pension Board on 12 May 2025."],
        ["Highways Contract Management", "2024/25", "Partial Assurance", "3", "High",
         "Contract payments to be checked against completed works orders before approval.",
         "Assistant Director Highways", "31-Mar-2025", "30-Sep-2025", "Partly implemented",
         "Checks now made on schemes over £50k; remaining schemes to follow."],
        ["Direct Payments", "2024/25", "Partial Assurance", "1", "High",
         "Annual financial reviews of direct payment accounts to be completed for all recipients, "
         "with unspent balances recovered.", "Head of Assessment and Care Management",
         "31-Mar-2025", "31-Dec-2025", "Partly implemented",
         "68% of reviews completed; backlog plan agreed with the service."],
        ["Direct Payments", "2024/25", "Partial Assurance", "2", "Medium",
         "Direct payment agreements to be re-signed when a care package changes.",
         "Head of Assessment and Care Management", "30-Jun-2025", "", "Not implemented",
         "Procedure drafted but not yet issued to teams."],
        ["Cyber Security", "2024/25", "Reasonable Assurance", "4", "High",
         "Multi-factor authentication to be enforced on all privileged and remote-access accounts.",
         "Head of IT and Digital", "31-Mar-2025", "30-Spet-2025", "Partly implemented",
         "MFA rolled out to all staff accounts; privileged accounts still to be completed."],
        ["Schools Financial Value Standard", "2024/25", "Reasonable Assurance", "2", "Low",
         "Schools that have not submitted an SFVS return to be chased and reported to the "
         "Director of Children's Services.", "Head of Schools Finance", "31-Jul-2025", "",
         "Not yet due", "Returns were due by 31 May; late returns will be followed up in July."],
        [],
        ["Status key: Implemented - action complete and tested by Internal Audit; Partly "
         "implemented - some progress, not yet complete; Not implemented - no progress; Not yet "
         "due - target date not reached"],
    ]
    with open(out("h1-east-sussex-internal-audit-outstanding-actions.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (n - len(row)))


# ----------------------------------------------------------------------------------------------
# 6. Bexley finance peer challenge – SharePoint list export (xlsx)
# ----------------------------------------------------------------------------------------------
def bexley():
    wb = Workbook()
    ws = wb.active
    ws.title = "owssvr"
    heads = ["Ref", "Recommendation", "Action", "Action Owner", "Target Date", "RAG Status",
             "Progress Notes", "Modified", "Modified By", "Item Type", "Path"]
    ws.append(heads)
    r1 = ("R1 - Make the link between the transformation programme and the MTFS explicit, so that "
          "transformation savings can be seen in the budget")
    r2 = "R2 - Involve finance staff from the start when transformation business cases are developed"
    r3 = "R3 - Review the council's spending controls to make sure they remain fit for purpose"
    r4 = ("R4 - Strengthen budget holders' accountability through training and regular budget "
          "challenge")
    path = "sites/FinancePeerChallenge/Lists/Action Plan"
    items = [
        ("1.1", r1, "Align the Transformation Plan with the Medium Term Financial Strategy and take "
                    "both to the same Public Cabinet meeting.", "Harding, Claire", D(2025, 7, 31),
         "Complete", "Both approved by Public Cabinet on 16 July 2025.",
         D(2025, 7, 18, 9, 42), "Harding, Claire"),
        ("1.2", r1, "Report transformation savings in every MTFS update to Public Cabinet.",
         "Harding, Claire;Doyle, Martin", D(2025, 11, 30), "Green",
         "Savings tracker built into the MTFS model.\nFirst report goes to Public Cabinet in "
         "November.", D(2025, 9, 24, 16, 5), "Doyle, Martin"),
        ("1.3", r1, "Take a six-monthly transformation progress report to Public Cabinet.",
         "Mensah, Kwame", None, "Green",
         "Reporting cycle agreed; first report with the July Transformation Plan.",
         D(2025, 8, 4, 11, 20), "Mensah, Kwame"),
        ("2.1", r2, "Recruit a finance business partner dedicated to the Transformation team.",
         "Doyle, Martin", D(2025, 8, 31), "Complete",
         "Appointed and started on 11 August 2025.", D(2025, 8, 12, 10, 1), "Doyle, Martin"),
        ("2.2", r2, "Add a finance sign-off stage to the business case template before proposals "
                    "go to the Transformation Board.", "Doyle, Martin", D(2025, 9, 30), "Amber",
         "Template drafted.\nSign-off stage to be piloted on the Children's business case in "
         "October before it is adopted.", D(2025, 10, 1, 8, 55), "Doyle, Martin"),
        ("3.1", r3, "Review the remit and membership of the Spend Panel and the Assets Board.",
         "Achterberg, Nina", D(2025, 7, 31), "Complete",
         "Review completed; revised terms of reference agreed by CMT.", D(2025, 7, 29, 14, 33),
         "Achterberg, Nina"),
        ("3.2", r3, "Publish spend control guidance for budget holders and monitor compliance "
                    "monthly.", "Achterberg, Nina", D(2025, 10, 31), "Green",
         "Guidance published on the intranet in August; first compliance report due October.",
         D(2025, 9, 2, 12, 10), "Achterberg, Nina"),
        ("4.1", r4, "Run budget management training for all budget holders at grade 10 and above.",
         "O'Neill, Bridget", D(2025, 12, 31), "Not started",
         "", D(2025, 6, 20, 15, 47), "Harding, Claire"),
        ("4.2", r4, "Hold quarterly budget challenge sessions between each director and the "
                    "Section 151 Officer.", "Hussain, Imran", D(2025, 9, 30), "Red",
         "First round held in June.\nSeptember sessions postponed; new dates being set for "
         "November.", D(2025, 10, 2, 17, 21), "Hussain, Imran"),
    ]
    for it in items:
        ws.append(list(it) + ["Item", path])
    last = len(items) + 1
    for r in range(2, last + 1):
        ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=8).number_format = "dd/mm/yyyy hh:mm"
        for c in (2, 3, 7):
            ws.cell(row=r, column=c).alignment = Alignment(wrap_text=True, vertical="top")
    tab = Table(displayName="Table_owssvr", ref=f"A1:K{last}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tab)
    set_widths(ws, [7, 40, 45, 26, 12, 12, 45, 17, 18, 9, 40])
    wb.save(out("h1-bexley-finance-peer-challenge-sharepoint-export.xlsx"))


# ----------------------------------------------------------------------------------------------
# 7. Wigan ASC CQC assessment improvement plan (xlsx)
# ----------------------------------------------------------------------------------------------
def wigan():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ncol = 8
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Wigan Council – Adult Social Care: CQC Local Authority Assessment Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("00594F")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Version 4 – updated 12 May 2025 – plan owner: Director of Adult Social Care"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Area for improvement (CQC)", "Action", "Lead", "Start date", "Due date",
             "Status", "Progress / evidence"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00807A")
        c.alignment = MID
        c.border = BOX
    sfill = {"Complete": "9BC2E6", "On track": "A9D08E", "At risk": "FFD966",
             "Off track": "FF7C80", "Not started": "FFFFFF"}
    dv = DataValidation(type="list",
                        formula1='"Complete,On track,At risk,Off track,Not started"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    themes = [
        ("Theme 1: Working with people", [
            ("People wait too long for Care Act assessments and reviews, and waiting lists are not "
             "consistently risk-managed.", [
                 ("1.1", "Set up a temporary review team to reduce the number of people who have "
                         "waited more than 12 months for a review.", "Karen Whitfield",
                  D(2024, 10, 1), D(2025, 6, 30), "At risk",
                  "Team in place since October; 412 overdue reviews down to 236. Agency cover ends "
                  "in May and the June target may slip."),
                 ("1.2", "Introduce a risk-rated waiting list procedure, with monthly contact for "
                         "everyone waiting for an assessment.", "Karen Whitfield",
                  D(2024, 9, 1), D(2024, 12, 31), "Complete",
                  "Procedure live from December; contact logged on the case record."),
             ]),
            ("Unpaid carers do not consistently receive a carer's assessment, and too few carers "
             "know about the support available.", [
                 ("1.3", "Recommission the carers' support service so that it carries out carers' "
                         "assessments under delegated authority.", "Head of Commissioning",
                  D(2025, 1, 6), D(2025, 10, 31), "On track",
                  "Market engagement complete; tender published in April."),
                 ("1.4", "Relaunch information for carers on the council website and in GP "
                         "practices.", "Communications Manager / Carers Lead",
                  None, "Sept 2025", "Not started",
                  "To follow the new carers' service specification."),
             ]),
        ]),
        ("Theme 2: Providing support", [
            ("There is not enough extra care housing or specialist dementia provision to meet "
             "future demand.", [
                 ("2.1", "Publish a refreshed Market Position Statement setting out demand for extra "
                         "care and dementia nursing beds to 2030.", "Head of Commissioning",
                  D(2024, 10, 1), D(2025, 1, 31), "Complete",
                  "Published on the council website on 28 January 2025."),
                 ("2.2", "Agree a development pipeline for two new extra care schemes with "
                         "registered providers.", "AD Commissioning / Strategic Housing Lead",
                  D(2025, 2, 1), D(2026, 3, 31), "On track",
                  "Two sites shortlisted; feasibility studies commissioned."),
             ]),
        ]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("Safeguarding enquiries are not always completed in a timely way, and people's desired "
             "outcomes are not consistently recorded.", [
                 ("3.1", "Introduce a safeguarding triage hub with a two-working-day decision "
                         "standard.", "Principal Social Worker (Adults)",
                  D(2025, 1, 6), D(2025, 5, 31), "Off track",
                  "Recruitment to two senior practitioner posts failed; hub launch moved to "
                  "August, subject to DLT approval."),
                 ("3.2", "Add a Making Safeguarding Personal outcome field to the enquiry record and "
                         "report outcomes to the Safeguarding Adults Board each quarter.",
                  "Safeguarding Adults Board Business Manager", None, "TBC", "Not started",
                  "Depends on the case management system release schedule."),
             ]),
        ]),
        ("Theme 4: Leadership", [
            ("Leaders do not have a complete view of quality and performance, because data from "
             "partners is not brought together.", [
                 ("4.1", "Develop an adult social care performance framework with a monthly "
                         "scorecard for the Directorate Leadership Team.",
                  "Performance and Intelligence Manager", D(2024, 12, 1), D(2025, 7, 31),
                  "On track", "Scorecard in test; NHS data feed agreed with the ICB."),
                 ("4.2", "Set up a co-production board of people who draw on care and support to "
                         "review progress on this plan.", "Director of Adult Social Care",
                  D(2024, 11, 1), D(2025, 3, 31), "Complete",
                  "Board met for the first time on 20 March 2025."),
             ]),
        ]),
    ]
    r = 5
    for theme, afis in themes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = fill("D0E7E5")
        r += 1
        for afi, acts in afis:
            first = r
            for ref, action, lead, start, due, status, prog in acts:
                vals = [ref, None, action, lead, start, due, status, prog]
                for i, v in enumerate(vals, 1):
                    cc = ws.cell(row=r, column=i, value=v)
                    cc.border = BOX
                    cc.alignment = WRAP
                for col in (5, 6):
                    cc = ws.cell(row=r, column=col)
                    if isinstance(cc.value, dt.datetime):
                        cc.number_format = "dd/mm/yyyy"
                sc = ws.cell(row=r, column=7)
                sc.fill = fill(sfill[status])
                dv.add(sc)
                r += 1
            ws.cell(row=first, column=2, value=afi)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for status, text in [("Complete", "Action delivered and evidenced (blue)"),
                         ("On track", "Progressing to plan (green)"),
                         ("At risk", "May miss the due date; mitigation in place (amber)"),
                         ("Off track", "Will miss the due date; escalated to DLT (red)"),
                         ("Not started", "Not yet due to start")]:
        r += 1
        c = ws.cell(row=r, column=2, value=status)
        c.fill = fill(sfill[status])
        ws.cell(row=r, column=3, value=text)
    set_widths(ws, [6, 36, 46, 24, 12, 12, 12, 44])
    ws.freeze_panes = "A5"
    wb.save(out("h1-wigan-asc-cqc-assessment-improvement-plan.xlsx"))


if __name__ == "__main__":
    oldham()
    hartlepool()
    swansea()
    aberdeen()
    east_sussex()
    bexley()
    wigan()
    print("made seven h1- documents")
