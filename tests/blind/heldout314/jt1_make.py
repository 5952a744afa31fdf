"""Build the seven jt1- blind test files (set heldout314).

Run with /work/main/.venv/bin/python jt1_make.py ; files are written next to this script.
Each data list also carries the reading a person makes of the row (exp_*), used only to
write the .expected.yaml files; the data files contain the display columns only.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

F_SCHOOL = "jt1-wootton-upper-school-school-improvement-plan-2024-25.docx"
F_HOSP = "jt1-south-tyneside-and-sunderland-nhsft-cqc-must-should-do-action-plan.docx"
F_COLLEGE = "jt1-north-hertfordshire-college-quality-improvement-plan-2024-25.xlsx"
F_UNI = "jt1-university-of-sheffield-technician-commitment-action-plan-2024-26.xlsx"
F_OFQUAL = "jt1-ofqual-board-effectiveness-review-action-plan.xlsx"
F_KMPT = "jt1-kent-and-medway-mental-health-nhs-trust-cqc-mha-monitoring-visit-provider-action-statement.txt"
F_GP = "jt1-elm-tree-surgery-cqc-inspection-action-plan-typo-month-refuse.csv"

HEX = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def header_row(table, labels, fill="D9D9D9"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True)
        shade(c, fill)


# ======================================================== 1. school (docx)
SCHOOL_TITLE = "Wootton Upper School – School Improvement Plan 2024–25"
SCHOOL = [
    ("Priority 1: Quality of Education – consistent adaptive teaching so that pupils with SEND achieve as well as their peers",
     [
         dict(ref="1.1", action="Deliver a CPD sequence on adaptive teaching (four twilight sessions), using the trust's teaching and learning handbook.",
              lead="KT (Deputy Head, T&L)", when="Autumn term 2024",
              success="All teaching staff attend; learning walks show scaffolds used in 80% of lessons.", rag="B",
              exp_lead=["KT (Deputy Head, T&L)"], exp_end="2024-12"),
         dict(ref="1.2", action="Introduce pupil passports for all pupils on the SEN register, shared with staff through Arbor, and check their use in learning walks.",
              lead="SENDCo / AHT Inclusion", when="Spring term 2025",
              success="Passports in place for every pupil on the SEN register; staff can describe each pupil's strategies.", rag="G",
              exp_lead=["SENDCo", "AHT Inclusion"], exp_end="2025-04"),
         dict(ref="1.3", action="Heads of department to quality assure adaptive teaching through fortnightly drop-ins and feed back at curriculum leader meetings.",
              lead="Heads of Department", when="Half-termly",
              success="Drop-in records completed for every department; gap in progress between SEND and non-SEND pupils narrows.", rag="A",
              exp_lead=["Heads of Department"], exp_end=None, exp_end_text="Half-termly"),
     ],
     "Link governor: Mrs P. Okafor (Curriculum and Standards Committee)"),
    ("Priority 2: Behaviour and Attitudes – improve attendance and reduce persistent absence",
     [
         dict(ref="2.1", action="Appoint a second attendance officer and set up weekly attendance panels for Years 9 and 10.",
              lead="JH / LMc", when="Sept 2024 – Oct 2024",
              success="Officer in post; panels meeting weekly with minutes.", rag="B",
              exp_lead=["JH", "LMc"], exp_end="2024-10"),
         dict(ref="2.2", action="Launch the 'Every Day Counts' rewards scheme with tutor-group attendance league tables and termly celebration events.",
              lead="Head of Year 9 and Head of Year 10", when="Autumn term 2024",
              success="Whole-school attendance at or above 93%.", rag="G",
              exp_lead=["Head of Year 9", "Head of Year 10"], exp_end="2024-12"),
         dict(ref="2.3", action="Work with the Bedford Borough Attendance Support Team on early-help referrals for pupils below 85% attendance.",
              lead="AHT Pastoral", when="Summer term 2025",
              success="Persistent absence below 18% (2023–24: 23.4%).", rag="R",
              exp_lead=["AHT Pastoral"], exp_end="2025-07"),
     ],
     "Link governor: Mr D. Ainsworth (Pupil Welfare Committee)"),
    ("Priority 3: Personal Development – a planned careers and enrichment offer for every year group",
     [
         dict(ref="3.1", action="Map the Gatsby benchmarks against the current careers programme using Compass+ and close the gaps identified.",
              lead="Careers Leader", when="December 2024",
              success="Compass+ shows at least 6 of 8 benchmarks fully met.", rag="B",
              exp_lead=["Careers Leader"], exp_end="2024-12"),
         dict(ref="3.2", action="Guarantee at least one employer encounter per year for every pupil in Years 7 to 11, tracked on Compass+.",
              lead="Careers Leader; Enrichment Coordinator", when="Summer term 2025",
              success="100% of pupils recorded with an encounter by July 2025.", rag="A",
              exp_lead=["Careers Leader", "Enrichment Coordinator"], exp_end="2025-07"),
     ],
     "Link governor: Mrs H. Brightwell (Careers)"),
    ("Priority 4: Leadership and Management – staff workload and wellbeing",
     [
         dict(ref="4.1", action="Review the assessment and marking policy to remove written marking in Key Stage 3 and replace it with whole-class feedback.",
              lead="Headteacher", when="31 January 2025",
              success="Revised policy approved by governors; staff survey shows reduced marking time.", rag="G",
              exp_lead=["Headteacher"], exp_end="2025-01"),
         dict(ref="4.2", action="Run the staff wellbeing survey in November and June and publish a 'you said, we did' response to staff.",
              lead="Business Manager", when="June 2025",
              success="Response rate above 70%; 'you said, we did' published within four weeks.", rag="",
              exp_lead=["Business Manager"], exp_end="2025-06"),
     ],
     "Link governor: Chair of Governors"),
]


def make_school():
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    h = doc.add_heading(SCHOOL_TITLE, level=0)
    doc.add_paragraph(
        "Part of Wootton Academy Trust. This plan sets out our four strategic priorities for 2024–25, drawn from our "
        "self-evaluation (SEF, September 2024) and our Ofsted inspection of March 2023. Progress is reviewed by the "
        "Senior Leadership Team each half term and reported to the Local Governing Body termly.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Headteacher"),
                                ("Approved by", "Local Governing Body, 8 October 2024"),
                                ("Version", "1.3 (Spring review, March 2025)"),
                                ("Next review", "Summer term 2025")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], "D9D9D9")
        set_cell(t.rows[i].cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG key (Spring review)").runs[0].bold = True
    k = doc.add_table(rows=1, cols=5)
    k.style = "Table Grid"
    for i, (txt, col) in enumerate([("B – complete", "0070C0"), ("G – on track", "00B050"),
                                    ("A – some slippage", "FFC000"), ("R – not on track", "FF0000"),
                                    ("Blank – not started", "FFFFFF")]):
        set_cell(k.rows[0].cells[i], txt, bold=True)
        shade(k.rows[0].cells[i], col)

    for heading, acts, note in SCHOOL:
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        header_row(tb, ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria / evidence of impact",
                        "RAG (Spring review)"], fill="BDD7EE")
        for a in acts:
            cells = tb.add_row().cells
            for i, v in enumerate([a["ref"], a["action"], a["lead"], a["when"], a["success"], a["rag"]]):
                set_cell(cells[i], v, bold=(i == 5))
            if a["rag"]:
                shade(cells[5], HEX[a["rag"]])
        last = tb.add_row().cells
        m = last[0].merge(last[5])
        set_cell(m, note)
        m.paragraphs[0].runs[0].italic = True
        doc.add_paragraph()
    doc.add_paragraph("Signed: Headteacher and Chair of Governors. This plan is a working document and is updated "
                      "after each half-termly review.")
    doc.save(os.path.join(HERE, F_SCHOOL))


# ======================================================== 2. hospital CQC (docx)
HOSP_TITLE = "CQC Must Do and Should Do Action Plan – Progress Update"
HOSP = [
    ("Urgent and emergency care – Sunderland Royal Hospital", [
        ("MD1: The trust must ensure that patients attending the emergency department are assessed and triaged within 15 minutes of arrival. (Regulation 12)", [
            dict(ref="MD1.1", action="Introduce a dedicated streaming and triage nurse rota, 08:00–02:00, seven days a week.",
                 lead="Head of Nursing, Emergency Care", due="31/12/2024", rev="",
                 prog="Rota in place since 2 December 2024. Median time to triage 11 minutes in February 2025.", rag="B",
                 exp_lead=["Head of Nursing, Emergency Care"], exp_end="2024-12"),
            dict(ref="MD1.2", action="Audit time to triage weekly and report exceptions to the Emergency Care Quality and Safety Group.",
                 lead="Clinical Director ED / Matron ED", due="31/01/2025", rev="30/04/2025",
                 prog="Weekly audit started January 2025; reporting to the group from April once the Nerve Centre dashboard is live.", rag="A",
                 exp_lead=["Clinical Director ED", "Matron ED"], exp_end="2025-04"),
        ]),
        ("MD2: The trust must ensure that risk assessments for patients waiting in the emergency department, including falls, pressure ulcer and nutrition risk, are completed and kept up to date. (Regulation 12)", [
            dict(ref="MD2.1", action="Add falls, Waterlow and MUST risk assessments to the ED electronic nursing record with a 4-hour reassessment prompt.",
                 lead="Chief Nursing Information Officer", due="28/02/2025", rev="31/03/2025",
                 prog="Build tested; go-live confirmed for 31 March 2025.", rag="G",
                 exp_lead=["Chief Nursing Information Officer"], exp_end="2025-03"),
            dict(ref="MD2.2", action="Monthly documentation audit of 20 sets of ED records, with results shared at the ED safety huddle.",
                 lead="Matron ED", due="Monthly from January 2025", rev="",
                 prog="January 78%, February 86% compliance.", rag="G",
                 exp_lead=["Matron ED"], exp_end=None, exp_end_text="Monthly from January 2025"),
        ]),
    ]),
    ("Medical care (including older people's care) – Sunderland Royal Hospital", [
        ("MD3: The trust must ensure that there are enough suitably qualified, competent and experienced nursing staff on medical wards at night. (Regulation 18)", [
            dict(ref="MD3.1", action="Complete the biannual safer nursing care tool (SNCT) review for all medical wards and present establishment changes to the Board.",
                 lead="Chief Nurse", due="30/11/2024", rev="",
                 prog="Presented to the Board on 28 November 2024; investment of 18.6 WTE agreed.", rag="B",
                 exp_lead=["Chief Nurse"], exp_end="2024-11"),
            dict(ref="MD3.2", action="Recruit to the 24 WTE registered nurse vacancies in medicine, including the international recruitment cohort arriving in January 2025.",
                 lead="Director of Nursing, Medicine / Head of Recruitment", due="31/03/2025", rev="30/09/2025",
                 prog="14 of 24 posts filled. Second cohort delayed by visa processing; revised date agreed at Quality Committee.", rag="R",
                 exp_lead=["Director of Nursing, Medicine", "Head of Recruitment"], exp_end="2025-09"),
        ]),
        ("SD1: The trust should ensure that staff in medical care complete mandatory training in the Mental Capacity Act and Deprivation of Liberty Safeguards.", [
            dict(ref="SD1.1", action="Release staff for MCA/DoLS e-learning through protected time on the ward rota and track compliance monthly.",
                 lead="Ward Managers, Medicine", due="30/06/2025", rev="",
                 prog="Compliance 81% (target 90%).", rag="G",
                 exp_lead=["Ward Managers, Medicine"], exp_end="2025-06"),
        ]),
        ("SD2: The trust should ensure that patients' call bells are within reach and answered promptly.", [
            dict(ref="SD2.1", action="Add a call bell check to the intentional rounding chart and include it in the monthly matron audit.",
                 lead="Matrons, Medicine", due="31/01/2025", rev="",
                 prog="New rounding chart in use on all medical wards from 13 January 2025.", rag="B",
                 exp_lead=["Matrons, Medicine"], exp_end="2025-01"),
            dict(ref="SD2.2", action="Pilot call bell response-time reporting on wards E57 and E58 and extend to all medical wards if successful.",
                 lead="Deputy Chief Nurse", due="30/09/2025", rev="",
                 prog="Pilot starts April 2025.", rag="G",
                 exp_lead=["Deputy Chief Nurse"], exp_end="2025-09"),
        ]),
    ]),
]


def make_hosp():
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    p = doc.add_paragraph()
    r = p.add_run("South Tyneside and Sunderland NHS Foundation Trust")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Board of Directors (Public) – 27 March 2025")
    doc.add_heading(HOSP_TITLE, level=1)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Agenda item", "12/25"),
            ("Report author", "Head of Compliance and Regulation"),
            ("Executive lead", "Chief Nurse"),
            ("Purpose", "Assurance"),
            ("Recommendation", "The Board is asked to note progress against the action plan following the CQC inspection "
                               "of urgent and emergency care and medical care at Sunderland Royal Hospital (report "
                               "published 10 September 2024).")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], "DEEAF6")
        set_cell(t.rows[i].cells[1], v)
    doc.add_heading("1. Introduction", level=2)
    doc.add_paragraph(
        "The CQC carried out an unannounced inspection of two core services at Sunderland Royal Hospital in May 2024. "
        "The report identified three Must Do and two Should Do requirements. The trust's action plan was submitted "
        "to the CQC on 8 October 2024 and is monitored monthly by the Quality Committee.")
    doc.add_heading("2. Summary of progress", level=2)
    s = doc.add_table(rows=6, cols=4)
    s.style = "Table Grid"
    rows = [("Status", "Must Do", "Should Do", "Total"),
            ("Complete (B)", "2", "1", "3"),
            ("On track (G)", "2", "2", "4"),
            ("At risk (A)", "1", "0", "1"),
            ("Off track (R)", "1", "0", "1"),
            ("Total", "6", "3", "9")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_cell(s.rows[i].cells[j], v, bold=(i == 0 or i == 5 or j == 0))
    for i, col in zip(range(1, 5), ["0070C0", "00B050", "FFC000", "FF0000"]):
        shade(s.rows[i].cells[0], col)
    doc.add_paragraph()
    doc.add_heading("Appendix 1 – Action plan", level=2)
    doc.add_paragraph("RAG key: B = complete and evidence assured; G = on track to deliver by the due date; "
                      "A = at risk of missing the due date; R = overdue or off track.")
    for service, reqs in HOSP:
        doc.add_heading(service, level=3)
        tb = doc.add_table(rows=1, cols=7)
        tb.style = "Table Grid"
        header_row(tb, ["Ref", "Action", "Lead(s)", "Due date", "Revised date",
                        "Progress update (March 2025)", "RAG"], fill="1F4E79")
        for c in tb.rows[0].cells:
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for req, acts in reqs:
            cells = tb.add_row().cells
            m = cells[0].merge(cells[6])
            set_cell(m, req, bold=True)
            shade(m, "F2F2F2")
            for a in acts:
                cells = tb.add_row().cells
                for i, v in enumerate([a["ref"], a["action"], a["lead"], a["due"], a["rev"], a["prog"], a["rag"]]):
                    set_cell(cells[i], v, bold=(i == 6))
                shade(cells[6], HEX[a["rag"]])
        doc.add_paragraph()
    doc.add_paragraph("Evidence for completed actions is held on the trust's CQC evidence library and has been "
                      "reviewed by the Compliance team before closure.")
    doc.save(os.path.join(HERE, F_HOSP))


# ======================================================== 3. college QIP (xlsx)
COLLEGE_TITLE = "North Hertfordshire College – Quality Improvement Plan 2024/25"
COLLEGE = [
    ("Theme 1: Quality of education – 16 to 18 study programmes", [
        ("Too few learners on level 3 vocational programmes achieve high grades.", [
            dict(ref="1.1", action="Introduce termly high-grade tracking meetings for every level 3 course, with targeted stretch tasks for learners working at merit.",
                 resp="Heads of School", target=D(2025, 1, 31), prog="Tracking meetings held in December and March; 41% of level 3 learners now working at distinction (32% last year).",
                 t1="G", t2="B", exp_lead=["Heads of School"], exp_end="2025-01"),
            dict(ref="1.2", action="Deliver a CPD programme on assessment for learning and feedback, with follow-up developmental observations.",
                 resp="Head of Teaching, Learning and Assessment", target=D(2025, 4, 30), prog="Three of four sessions delivered; developmental observations under way.",
                 t1="G", t2="G", exp_lead=["Head of Teaching, Learning and Assessment"], exp_end="2025-04"),
            dict(ref="1.3", action="Add external industry moderation of assignment briefs in Engineering, Digital and Health & Social Care.",
                 resp="Curriculum Managers; Quality Manager", target="June 2025", prog="Moderators agreed for Engineering and Digital; Health & Social Care moderator starts April.",
                 t1="A", t2="G", exp_lead=["Curriculum Managers", "Quality Manager"], exp_end="2025-06"),
        ]),
        ("Attendance at English and maths GCSE resit lessons is too low (77% in 2023/24).", [
            dict(ref="1.4", action="Introduce same-day absence calls for GCSE resit lessons, with escalation to parents/carers and the learner's progress coach.",
                 resp="Head of English and Maths", target=D(2024, 12, 31), prog="In place since October half term; resit attendance 84% to date.",
                 t1="G", t2="B", exp_lead=["Head of English and Maths"], exp_end="2024-12"),
            dict(ref="1.5", action="Move GCSE resit lessons to morning slots timetabled alongside vocational lessons.",
                 resp="VP Curriculum & Quality", target="September 2025", prog="To be built into the 2025/26 timetable.",
                 t1="", t2="", exp_lead=["VP Curriculum & Quality"], exp_end="2025-09"),
        ]),
    ]),
    ("Theme 2: Apprenticeships", [
        ("Too many apprentices are past their planned end date.", [
            dict(ref="2.1", action="Review every apprentice past their planned end date at monthly caseload meetings and agree a completion plan with the employer.",
                 resp="Director of Apprenticeships", target="Monthly", prog="Past planned end date reduced from 19% to 14%; target 8%.",
                 t1="A", t2="A", exp_lead=["Director of Apprenticeships"], exp_end=None, exp_end_text="Monthly"),
            dict(ref="2.2", action="Re-plan the gateway process in Construction and Engineering so end-point assessment is booked three months before the planned end date.",
                 resp="Apprenticeship Operations Manager", target=D(2025, 2, 28), prog="New process in Engineering; Construction delayed by EPAO capacity.",
                 t1="G", t2="A", exp_lead=["Apprenticeship Operations Manager"], exp_end="2025-02"),
        ]),
        ("Apprentices' off-the-job training is not recorded consistently.", [
            dict(ref="2.3", action="Roll out the off-the-job hours log in OneFile, with training for assessors and employers.",
                 resp="Apprenticeship Quality Lead / Digital Learning Manager", target=D(2025, 3, 31), prog="Assessor training complete; employer guide issued February 2025.",
                 t1="A", t2="G", exp_lead=["Apprenticeship Quality Lead", "Digital Learning Manager"], exp_end="2025-03"),
        ]),
    ]),
    ("Theme 3: Leadership and management", [
        ("Leaders' quality assurance of subcontracted provision is not rigorous enough.", [
            dict(ref="3.1", action="Introduce a subcontractor quality dashboard and quarterly quality review meetings with each subcontractor.",
                 resp="Director of Partnerships", target=D(2025, 6, 30), prog="Dashboard built; first round of quarterly reviews completed in January.",
                 t1="G", t2="G", exp_lead=["Director of Partnerships"], exp_end="2025-06"),
            dict(ref="3.2", action="Report subcontractor performance to the Quality and Standards Committee at every meeting.",
                 resp="Deputy Principal – Curriculum and Quality", target="Termly", prog="Reported in November and March.",
                 t1="G", t2="G", exp_lead=["Deputy Principal – Curriculum and Quality"], exp_end=None, exp_end_text="Termly"),
        ]),
    ]),
]

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcolour):
    return PatternFill("solid", start_color=hexcolour, end_color=hexcolour)


def make_college():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = COLLEGE_TITLE
    cv["A1"].font = Font(bold=True, size=16)
    cv["A3"] = "Cover sheet"
    cv["A3"].font = Font(bold=True, size=12)
    cv["A5"] = "Owner: Deputy Principal – Curriculum and Quality"
    cv["A6"] = "Approved: Quality and Standards Committee, 19 November 2024"
    cv["A7"] = "This update: March 2025 (Term 2 review)"
    cv["A9"] = "RAG key"
    cv["A9"].font = Font(bold=True)
    for i, (txt, col) in enumerate([("Blue – action complete", "0070C0"), ("Green – on track", "00B050"),
                                    ("Amber – some risk to completion", "FFC000"),
                                    ("Red – off track / will not be met", "FF0000"),
                                    ("No colour – not yet started", None)]):
        c = cv.cell(row=10 + i, column=1, value=txt)
        if col:
            c.fill = fill(col)
        c.border = BOX
    cv.column_dimensions["A"].width = 60

    ws = wb.create_sheet("QIP 2024-25")
    ws["A1"] = COLLEGE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Areas for improvement are taken from the 2023/24 Self-Assessment Report (SAR). RAG ratings: "
                "Term 1 review (December 2024) and Term 2 review (March 2025).")
    ws.merge_cells("A2:H2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 30
    hdr = ["Ref", "Area for improvement (SAR 2023/24)", "Action", "Responsible", "Target date",
           "Progress and impact (March 2025)", "RAG T1", "RAG T2"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, afis in COLLEGE:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = fill("E4DFEC")
        r += 1
        for afi, acts in afis:
            first = r
            ws.cell(row=r, column=2, value=afi)
            for a in acts:
                vals = [a["ref"], None, a["action"], a["resp"], a["target"], a["prog"], None, None]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j)
                    if v is not None:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                if isinstance(a["target"], dt.datetime):
                    ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
                for col, key in ((7, "t1"), (8, "t2")):
                    if a[key]:
                        ws.cell(row=r, column=col).fill = fill(HEX[a[key]])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Summary at Term 2 review").font = Font(bold=True)
    r += 1
    for lab, n in [("Total actions", 10), ("Complete", 2), ("On track", 5), ("Some risk", 2),
                   ("Off track", 0), ("Not started", 1)]:
        ws.cell(row=r, column=1, value=lab)
        ws.cell(row=r, column=2, value=n)
        r += 1
    for col, w in zip("ABCDEFGH", [7, 34, 50, 26, 13, 44, 8, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 1
    wb.save(os.path.join(HERE, F_COLLEGE))


# ======================================================== 4. university Technician Commitment (xlsx)
UNI_TITLE = "The University of Sheffield – Technician Commitment Action Plan 2024–2026"
UNI_FILLS = {"Complete": "0070C0", "On track": "00B050", "Delayed": "FFC000", "Off track": "FF0000"}
UNI_STATUS = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Off track": "red", "Not started": "unrated"}
UNI = [
    ("Visibility", [
        ("V1 Technicians are visible in University communications and events", [
            dict(ref="V1.1", action="Publish a termly Technical Community newsletter and a technician profile in each edition of the staff e-bulletin.",
                 measure="Six newsletters and at least 12 profiles published", lead="Technical Communications Officer",
                 start=D(2024, 1, 1), end=D(2025, 12, 1), prog="Four newsletters issued; seven profiles published.", status="On track",
                 exp_lead=["Technical Communications Officer"], exp_end="2025-12"),
            dict(ref="V1.2", action="Include technical staff in the University's annual Excellence Awards with a dedicated technician category.",
                 measure="Technician category in the 2024 awards", lead="Director of Technical Services; Head of Internal Communications",
                 start=D(2024, 1, 1), end=D(2024, 7, 1), prog="First technician award presented July 2024.", status="Complete",
                 exp_lead=["Director of Technical Services", "Head of Internal Communications"], exp_end="2024-07"),
        ]),
    ]),
    ("Recognition", [
        ("R1 Increase professional registration of technicians", [
            dict(ref="R1.1", action="Fund registration fees for RSciTech, RSci and RTechnician applicants through a central budget.",
                 measure="50 technicians professionally registered by 2026 (31 in 2023)", lead="Technical Development Manager",
                 start=D(2024, 1, 1), end="Ongoing", prog="42 registered at June 2025.", status="On track",
                 exp_lead=["Technical Development Manager"], exp_end=None, exp_end_text="Ongoing"),
            dict(ref="R1.2", action="Train 10 technical staff as professional registration mentors and assessors.",
                 measure="10 trained mentors/assessors", lead="Dr A. Khan, Prof. R. Ellis",
                 start=D(2024, 4, 1), end=D(2025, 3, 1), prog="Six trained; remaining places booked for the Science Council session in September 2025.", status="Delayed",
                 exp_lead=["Dr A. Khan", "Prof. R. Ellis"], exp_end="2025-03"),
        ]),
    ]),
    ("Career development", [
        ("C1 Clear, documented career pathways for technical staff", [
            dict(ref="C1.1", action="Publish technical career pathway guidance with role profiles for grades 3 to 8.",
                 measure="Guidance published on the HR website", lead="HR Business Partner (Faculty of Science)",
                 start=D(2024, 9, 1), end=D(2025, 9, 1), prog="Role profiles drafted and consulted on with the technical staff forum.", status="On track",
                 exp_lead=["HR Business Partner (Faculty of Science)"], exp_end="2025-09"),
            dict(ref="C1.2", action="Pilot a technical secondment scheme between faculties, with up to six placements a year.",
                 measure="Six secondments completed", lead="Faculty Technical Managers",
                 start=D(2025, 9, 1), end=D(2026, 7, 1), prog="", status="Not started",
                 exp_lead=["Faculty Technical Managers"], exp_end="2026-07"),
        ]),
        ("C2 Technicians have equal access to development", [
            dict(ref="C2.1", action="Ring-fence 10% of the Staff Development Fund for technical staff applications.",
                 measure="Ring-fence in place for 2024/25", lead="Head of Organisational Development",
                 start=D(2024, 2, 1), end=D(2024, 8, 1), prog="Agreed by the People Committee in August 2024.", status="Complete",
                 exp_lead=["Head of Organisational Development"], exp_end="2024-08"),
        ]),
    ]),
    ("Sustainability", [
        ("S1 Plan for the future technical workforce", [
            dict(ref="S1.1", action="Map technical roles at risk through retirement and set up a succession plan for each faculty.",
                 measure="Succession plan for every faculty", lead="Faculty Technical Managers; HR Business Partners",
                 start=D(2024, 6, 1), end=D(2025, 12, 1), prog="Data on age profile not yet released by HR; two of five faculties started.", status="Off track",
                 exp_lead=["Faculty Technical Managers", "HR Business Partners"], exp_end="2025-12"),
            dict(ref="S1.2", action="Recruit four technical apprentices a year through the University apprenticeship scheme.",
                 measure="Four apprentices recruited each September", lead="Apprenticeships Manager",
                 start=D(2024, 9, 1), end="Annually (September intake)", prog="Four apprentices started September 2024.", status="On track",
                 exp_lead=["Apprenticeships Manager"], exp_end=None, exp_end_text="Annually (September intake)"),
        ]),
    ]),
]


def make_uni():
    wb = Workbook()
    it = wb.active
    it.title = "Introduction"
    it["A1"] = UNI_TITLE
    it["A1"].font = Font(bold=True, size=14)
    it["A2"] = "Introduction"
    it["A2"].font = Font(bold=True, size=12)
    it["A4"] = ("This action plan follows our third self-assessment, submitted in December 2023. It is owned by the "
                "Technician Commitment Steering Group, chaired by the Director of Technical Services, and progress "
                "is reported to the University Executive Board every six months.")
    it["A4"].alignment = WRAP
    it.column_dimensions["A"].width = 100
    it.row_dimensions[4].height = 48

    ws = wb.create_sheet("Action plan")
    ws["A1"] = UNI_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress update: June 2025 (Technician Commitment Steering Group)"
    hdr = ["Theme", "Objective", "Ref", "Action", "Success measure", "Lead(s)", "Start", "Completion",
           "Progress update (June 2025)", "Status"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("FCE4D6")
        c.border = BOX
        c.alignment = WRAP
    r = 4
    for theme, objs in UNI:
        tfirst = r
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for obj, acts in objs:
            ofirst = r
            ws.cell(row=r, column=2, value=obj)
            for a in acts:
                vals = [None, None, a["ref"], a["action"], a["measure"], a["lead"], a["start"], a["end"],
                        a["prog"], a["status"]]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j)
                    if v is not None and v != "":
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                for col in (7, 8):
                    if isinstance(ws.cell(row=r, column=col).value, dt.datetime):
                        ws.cell(row=r, column=col).number_format = "mmm-yy"
                if a["status"] in UNI_FILLS:
                    ws.cell(row=r, column=10).fill = fill(UNI_FILLS[a["status"]])
                r += 1
            if r - 1 > ofirst:
                ws.merge_cells(start_row=ofirst, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=ofirst, column=2).alignment = WRAP
        if r - 1 > tfirst:
            ws.merge_cells(start_row=tfirst, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=tfirst, column=1).alignment = Alignment(vertical="center", text_rotation=90)
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete (blue) · On track (green) · Delayed (amber) · "
                                   "Off track (red) · Not started (no colour)")
    ws.cell(row=r + 1, column=1, value="Evaluating impact: the Steering Group will repeat the technician survey in "
                                       "spring 2026 ahead of the next self-assessment.")
    for col, w in zip("ABCDEFGHIJ", [6, 28, 7, 48, 30, 30, 9, 12, 40, 12]):
        ws.column_dimensions[col].width = w

    gl = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([("Term", "Meaning"), ("RSciTech", "Registered Science Technician"),
                                ("RSci", "Registered Scientist"), ("RTechnician", "Registered Technician"),
                                ("SDF", "Staff Development Fund")], 1):
        gl.cell(row=i, column=1, value=a)
        gl.cell(row=i, column=2, value=b)
    wb.active = 1
    wb.save(os.path.join(HERE, F_UNI))


# ======================================================== 5. Ofqual board effectiveness (xlsx)
OFQUAL_TITLE = "Ofqual Board – External Board Effectiveness Review 2024: action plan"
OFQ_FILLS = {"Complete": "0070C0", "On track": "00B050", "Behind schedule": "FFC000", "Off track": "FF0000"}
OFQUAL = [
    ("A. Board composition and succession", [
        ("Recommendation 1: The Board should refresh its skills matrix and use it to shape the next round of non-executive recruitment with the Department for Education.", [
            dict(ref="1a", action="Update the Board skills matrix and ask each member to complete a self-assessment against it.",
                 owner="Board Secretary", orig=D(2025, 1, 31), rev=None, prog="Matrix updated and self-assessments returned by all members.",
                 status="Complete", exp_lead=["Board Secretary"], exp_end="2025-01", exp_status="blue"),
            dict(ref="1b", action="Agree a non-executive recruitment specification with DfE's Public Appointments Team using the skills gaps identified.",
                 owner="Chair; Chief Regulator", orig=D(2025, 3, 31), rev=D(2025, 9, 30), prog="Specification agreed in draft; campaign timing depends on DfE.",
                 status="Behind schedule", exp_lead=["Chair", "Chief Regulator"], exp_end="2025-09", exp_status="amber"),
        ]),
        ("Recommendation 2: The Board should put a documented succession plan in place for the Chair and committee chairs.", [
            dict(ref="2a", action="Prepare a succession plan for the Chair, committee chairs and Senior Independent Member, reviewed annually by the Nominations Committee.",
                 owner="Chair of the Nominations Committee", orig=D(2025, 9, 30), rev=None, prog="First draft to the Nominations Committee in September.",
                 status="On track", exp_lead=["Chair of the Nominations Committee"], exp_end="2025-09", exp_status="green"),
        ]),
    ]),
    ("B. Board information and meetings", [
        ("Recommendation 3: Board papers should be shorter, with a consistent cover sheet that sets out what the Board is being asked to do.", [
            dict(ref="3a", action="Introduce a new cover sheet template and a 12-page limit for main Board papers, with exceptions agreed by the Chair.",
                 owner="Director of Strategy, Risk and Governance", orig=D(2025, 2, 28), rev=None, prog="In use from the March 2025 Board.",
                 status="Complete", exp_lead=["Director of Strategy, Risk and Governance"], exp_end="2025-02", exp_status="blue"),
            dict(ref="3b", action="Provide paper-writing training for authors of Board and committee papers.",
                 owner="Head of Corporate Governance", orig=D(2025, 5, 31), rev=D(2025, 10, 31), prog="Provider appointed; sessions booked for September and October.",
                 status="On track", exp_lead=["Head of Corporate Governance"], exp_end="2025-10", exp_status="green"),
        ]),
        ("Recommendation 4: The Board should hold at least two strategy sessions a year, separate from its business meetings.", [
            dict(ref="4a", action="Schedule two strategy away-days in the 2025–26 Board calendar, the first on the qualifications reform programme.",
                 owner="Chief Regulator", orig="September 2025", rev=None, prog="Dates agreed: 24 September 2025 and 4 March 2026.",
                 status="On track", exp_lead=["Chief Regulator"], exp_end="2025-09", exp_status="green"),
        ]),
    ]),
    ("C. Risk and assurance", [
        ("Recommendation 5: The Board should review its risk appetite statement and how principal risks are reported to it.", [
            dict(ref="5a", action="Run a risk appetite workshop with the Board and the Audit and Risk Assurance Committee (ARAC).",
                 owner="Chair of ARAC; Head of Risk", orig=D(2025, 3, 31), rev=None, prog="Workshop held 12 March 2025; revised statement approved in May.",
                 status="Complete", exp_lead=["Chair of ARAC", "Head of Risk"], exp_end="2025-03", exp_status="blue"),
            dict(ref="5b", action="Redesign the strategic risk report so that each principal risk shows its target score, trend and assurance rating.",
                 owner="Head of Risk", orig=D(2025, 6, 30), rev=None, prog="Draft format tested with ARAC in June; further work needed on assurance ratings. New date to be proposed to ARAC in September.",
                 status="Off track", exp_lead=["Head of Risk"], exp_end="2025-06", exp_status="red"),
            dict(ref="5c", action="Agree an annual assurance map for the Board, showing the three lines of assurance for each principal risk.",
                 owner="Head of Internal Audit (GIAA)", orig="Q3 2025/26", rev=None, prog="",
                 status="Not started", exp_lead=["Head of Internal Audit (GIAA)"], exp_end="2025-12", exp_status="unrated"),
        ]),
    ]),
]


def make_ofqual():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = OFQUAL_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Action plan: progress summary for the Board meeting of 16 July 2025 (paper B/25/41)"
    sm["A4"], sm["B4"] = "Status", "Number of actions"
    sm["A4"].font = sm["B4"].font = Font(bold=True)
    for i, (lab, n) in enumerate([("Complete", 3), ("On track", 3), ("Behind schedule", 1), ("Off track", 1),
                                  ("Not started", 1), ("Total", 9)]):
        sm.cell(row=5 + i, column=1, value=lab)
        sm.cell(row=5 + i, column=2, value=n)
        if lab in OFQ_FILLS:
            sm.cell(row=5 + i, column=1).fill = fill(OFQ_FILLS[lab])
    sm.column_dimensions["A"].width = 40
    sm.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Action plan")
    ws["A1"] = OFQUAL_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Review carried out by an independent reviewer between June and September 2024; report and "
                "management response agreed by the Board on 20 November 2024.")
    ws.merge_cells("A2:G2")
    hdr = ["No.", "Action", "Owner", "Original due date", "Revised due date", "Progress update (July 2025)", "Status"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for sect, recs in OFQUAL:
        ws.cell(row=r, column=1, value=sect).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).fill = fill("D9E1F2")
        r += 1
        for rec, acts in recs:
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 30
            r += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["owner"], a["orig"], a["rev"], a["prog"], a["status"]]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j)
                    if v is not None and v != "":
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if a["status"] in OFQ_FILLS:
                    ws.cell(row=r, column=7).fill = fill(OFQ_FILLS[a["status"]])
                r += 1
    for col, w in zip("ABCDEFG", [6, 52, 28, 13, 13, 46, 16]):
        ws.column_dimensions[col].width = w

    vc = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Author", "Change"),
                             ("0.1", "02/12/2024", "Board Secretary", "First draft from management response"),
                             ("1.0", "22/01/2025", "Board Secretary", "Agreed by the Board"),
                             ("1.1", "30/04/2025", "Head of Corporate Governance", "April progress update"),
                             ("1.2", "04/07/2025", "Head of Corporate Governance", "July progress update")], 1):
        for j, v in enumerate(row, 1):
            vc.cell(row=i, column=j, value=v)
    wb.active = 1
    wb.save(os.path.join(HERE, F_OFQUAL))


# ======================================================== 6. KMPT MHA provider action statement (tab-separated txt)
KMPT_TITLE = "Mental Health Act 1983 monitoring visit: Provider Action Statement"
KMPT_STATUS = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
KMPT = [
    ("Protecting patients' rights and autonomy", [
        ("Patients were not always given their rights under section 132 on admission, and attempts to repeat rights were not recorded in 3 of 8 records.", [
            dict(ref="1.1", action="Ward manager to add a check of section 132 rights to the daily safety huddle for all patients admitted in the previous 24 hours.",
                 resp="Ward Manager", when="28/02/2025", prog="In place from 17 February 2025.", rag="Complete",
                 exp_lead=["Ward Manager"], exp_end="2025-02"),
            dict(ref="1.2", action="MHA Office to send a weekly report of rights due to be repeated to the ward, and audit compliance monthly.",
                 resp="MHA Office Manager", when="31/03/2025", prog="Weekly report live; March audit 100% (8/8).", rag="Complete",
                 exp_lead=["MHA Office Manager"], exp_end="2025-03"),
        ]),
        ("Section 17 leave forms did not state conditions clearly, and superseded forms had not been struck through.", [
            dict(ref="2.1", action="Responsible clinicians to review all current section 17 leave forms and cancel superseded forms.",
                 resp="Responsible Clinicians (Boughton Ward)", when="31/01/2025", prog="Completed 30 January 2025.", rag="Complete",
                 exp_lead=["Responsible Clinicians (Boughton Ward)"], exp_end="2025-01"),
            dict(ref="2.2", action="Deliver section 17 leave training at the ward's protected learning time, including giving copies of forms to patients and carers.",
                 resp="MHA Lead Nurse / Practice Educator", when="End of April 2025", prog="First session held 9 April; second session booked for 3 June 2025.", rag="Amber",
                 exp_lead=["MHA Lead Nurse", "Practice Educator"], exp_end="2025-04"),
        ]),
    ]),
    ("Care, support and treatment in hospital", [
        ("Care plans did not show that patients had been involved or that their views were recorded.", [
            dict(ref="3.1", action="Introduce 'My care plan' co-production prompts in RiO and audit 10 care plans a month for patient involvement.",
                 resp="Modern Matron, Acute Services", when="w/c 02/06/2025", prog="RiO prompts live; April audit 72%.", rag="Green",
                 exp_lead=["Modern Matron, Acute Services"], exp_end="2025-06"),
        ]),
        ("The ward was noisy and there was no quiet room available for visits or private telephone calls.", [
            dict(ref="3.2", action="Convert the former clinic room into a quiet room for visits and private telephone calls,",
                 cont="including replacement furniture and a cordless ward phone.",
                 resp="Estates Project Manager; Ward Manager", when="30/09/2025", prog="Funding agreed; works scheduled for August 2025.", rag="Green",
                 exp_lead=["Estates Project Manager", "Ward Manager"], exp_end="2025-09"),
        ]),
    ]),
    ("Leaving hospital", [
        ("Section 117 aftercare planning did not start early enough, and community teams were not invited to ward rounds.", [
            dict(ref="4.1", action="Invite the care coordinator to the first ward round after admission and record section 117 eligibility in the discharge plan.",
                 resp="Consultant Psychiatrist / Community Team Leader", when="Ongoing", prog="Care coordinators attended in 6 of 9 admissions (March–April).", rag="Amber",
                 exp_lead=["Consultant Psychiatrist", "Community Team Leader"], exp_end=None, exp_end_text="Ongoing"),
            dict(ref="4.2", action="Add section 117 aftercare to the trust's discharge checklist and to the bed management meeting agenda.",
                 resp="Head of Patient Flow", when="30/04/2025", prog="Checklist updated 22 April 2025.", rag="Complete",
                 exp_lead=["Head of Patient Flow"], exp_end="2025-04"),
        ]),
    ]),
]


def make_kmpt():
    L = ["Kent and Medway Mental Health NHS Trust",
         KMPT_TITLE,
         "",
         "Location:\tPriority House, Maidstone",
         "Ward visited:\tBoughton Ward (acute admission, male)",
         "Date of visit:\t14 January 2025",
         "Action statement returned to CQC:\t25 February 2025",
         "Progress update:\tMay 2025 (Mental Health Act Governance Group)",
         "",
         "\t".join(["Ref", "Issue identified by CQC", "Action taken / planned", "Responsible", "Completion date",
                    "Progress", "RAG"])]
    for domain, issues in KMPT:
        L.append(domain)
        for issue, acts in issues:
            for i, a in enumerate(acts):
                L.append("\t".join([a["ref"], issue if i == 0 else "", a["action"], a["resp"], a["when"],
                                    a["prog"], a["rag"]]))
                if a.get("cont"):
                    L.append("\t".join(["", "", a["cont"], "", "", "", ""]))
    L += ["",
          "Key: Complete = action completed and evidence held; Green = on track; Amber = at risk of delay; "
          "Red = overdue.",
          "Note: this statement is shared with the CQC Mental Health Act Reviewer and the trust's Mental Health Act "
          "Scrutiny Committee."]
    with open(os.path.join(HERE, F_KMPT), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ======================================================== 7. GP surgery CQC plan (csv, refuse)
GP_TITLE = "Elm Tree Surgery – Action plan following CQC inspection"
GP_ROWS = [
    [GP_TITLE],
    ["Inspection: 12 November 2024. Report published: 9 January 2025. Overall rating: Requires improvement "
     "(Safe: Requires improvement; Well-led: Requires improvement)."],
    ["Plan owner: Practice Manager. Reviewed at the monthly partners' meeting; last updated 3 March 2025."],
    [],
    ["Ref", "Regulation / CQC finding", "Action", "Lead", "Deadline", "Update", "Status"],
    ["Requirement notice: Regulation 12 Safe care and treatment"],
    ["1", "Patients on high-risk medicines were not always monitored in line with guidance.",
     "Run a monthly EMIS search for patients on methotrexate, lithium and DOACs without up-to-date blood tests and recall them.",
     "Clinical Pharmacist", "31 January 2025", "Search set up and run monthly since December 2024.", "Complete"],
    ["2", "", "Add medicines monitoring to the clinical meeting agenda and review a 10% sample of repeat prescriptions each quarter.",
     "Dr S. Mahmood / Dr K. Wells", "31 March 2025", "First sample review done February 2025.", "On track"],
    ["3", "Safety alerts (MHRA) were not always acted on.",
     "Keep a log of MHRA alerts with the action taken for each, checked by a GP partner.",
     "Practice Manager", "28 February 2025", "Log in place.", "Complete"],
    ["Requirement notice: Regulation 17 Good governance"],
    ["4", "Infection prevention and control audit actions had not been completed.",
     "Complete the outstanding IPC audit actions, including replacing fabric chairs in the waiting room.",
     "Practice Nurse (IPC Lead)", "30 Apirl 2025", "Chairs ordered.", "In progress"],
    ["5", "Staff training records were incomplete.",
     "Move all staff training records to the TeamNet training matrix and book overdue safeguarding level 3 training for clinicians.",
     "Assistant Practice Manager", "31 May 2025", "", "Not started"],
    ["Should do"],
    ["6", "The practice should continue to improve uptake of cervical screening.",
     "Offer Saturday smear clinics through the PCN enhanced access service.",
     "Lead Practice Nurse", "30 June 2025", "", "Not started"],
    ["7", "The practice should improve telephone access.",
     "Move to cloud telephony with call-back and queue position.",
     "Practice Manager", "30 June 2025", "Contract signed; go-live 14 April 2025.", "On track"],
]


def gp_refuse_line():
    for i, row in enumerate(GP_ROWS, 1):
        if "Apirl" in ",".join(row):
            return i


def make_gp():
    with open(os.path.join(HERE, F_GP), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in GP_ROWS:
            w.writerow(row + [""] * (7 - len(row)) if row else [""] * 7)


if __name__ == "__main__":
    make_school()
    make_hosp()
    make_college()
    make_uni()
    make_ofqual()
    make_kmpt()
    make_gp()
    print("written")
