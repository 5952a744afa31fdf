# -*- coding: utf-8 -*-
"""Build the seven nc1- blind test files of set heldout401 (children's services plans).

Run with:  /work/main/.venv/bin/python nc1_make.py
Writes the data files (xlsx with openpyxl, docx with python-docx, csv/txt directly)
into the folder this script sits in.  The NAME.expected.yaml files were written by hand
beside them and are not touched here.
"""
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

# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "section": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
    "purple": PatternFill("solid", fgColor="E4DFEC"),
}


def put(ws, row, values, *, bold=False, fill=None, white=False, border=True, height=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        if bold or white:
            c.font = Font(bold=bold, color="FFFFFF" if white else "000000")
        if fill is not None:
            c.fill = fill
        if border:
            c.border = BOX
    if height:
        ws.row_dimensions[row].height = height


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


# ============================================================ 1. BCP (xlsx, read)
def make_bcp():
    title = ("Bournemouth, Christchurch and Poole Council: "
             "Corporate Parenting Board Action Plan 2024-25")
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Plan owner:"
    cov["B3"] = "Corporate Director of Children's Services"
    cov["A4"] = "Approved by Corporate Parenting Board:"
    cov["B4"] = "18 July 2024"
    cov["A5"] = "RAG last reviewed:"
    cov["B5"] = "23 January 2025"
    cov["A7"] = "Version control"
    cov["A7"].font = Font(bold=True)
    put(cov, 8, ["Version", "Date", "Author", "Summary of change"], bold=True, fill=FILL["grey"])
    put(cov, 9, ["0.3", "01/07/2024", "Corporate Parenting Officer", "Draft for Board"])
    put(cov, 10, ["1.0", "18/07/2024", "Corporate Parenting Officer", "Approved by Board"])
    put(cov, 11, ["1.2", "23/01/2025", "Corporate Parenting Officer",
                  "Progress updates and RAG for January Board"])
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [("red", "Red – not on track, significant risk to delivery"),
           ("amber", "Amber – some slippage, recoverable"),
           ("green", "Green – on track"),
           ("blue", "Blue – complete")]
    for i, (colour, words) in enumerate(key):
        r = 14 + i
        cov.cell(row=r, column=1).fill = FILL[colour]
        cov.cell(row=r, column=1).border = BOX
        cov.cell(row=r, column=2, value=words).border = BOX
    widths(cov, {"A": 38, "B": 44, "C": 28, "D": 44})

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Progress and RAG as reported to Corporate Parenting Board, January 2025"
    ws.merge_cells("A2:F2")
    put(ws, 3, ["Ref", "Action", "Lead officer", "Target date", "Progress update", "RAG"],
        bold=True, white=True, fill=FILL["head"])
    rows = [
        ("pledge", "Pledge 1 – We will make sure you have a safe, stable and caring home"),
        ("1.1",
         "Increase the number of BCP in-house foster carers through the refreshed recruitment "
         "campaign, with a target of 25 new fostering households approved in 2024/25.",
         "Head of Fostering", dt.datetime(2025, 3, 31),
         "17 households approved to end of December; 9 in assessment.", "green"),
        ("1.2",
         "Open two additional small children's homes in the BCP area so that fewer children "
         "live more than 20 miles from home.",
         "Head of Service – Residential and Placement Sufficiency", dt.datetime(2025, 9, 30),
         "First home registered with Ofsted in November. Second property purchase delayed by "
         "planning consent.", "amber"),
        ("pledge", "Pledge 2 – We will help you to do well at school, college and work"),
        ("2.1",
         "Every child in care aged 3-18 has a Personal Education Plan (PEP) reviewed each term, "
         "with the child's views recorded.",
         "Virtual School Headteacher", "Termly",
         "Autumn term PEP completion 94%; child's voice recorded in 88%.", "green"),
        ("2.2",
         "Care leavers aged 19-21 who are not in education, employment or training are offered "
         "a named EET mentor and a BCP Council work-experience placement.",
         "Head of Service – Care Leavers / Employment and Skills Manager",
         dt.datetime(2025, 6, 30),
         "Mentor post vacant since October; NEET rate for 19-21s has risen to 46%.", "red"),
        ("pledge", "Pledge 3 – We will look after your health and wellbeing"),
        ("3.1",
         "Initial health assessments are completed within 20 working days of a child coming "
         "into care in at least 85% of cases.",
         "Designated Nurse for Children in Care (NHS Dorset)", dt.datetime(2024, 12, 31),
         "Q3 performance 87%. Action complete – now monitored through the performance "
         "scorecard.", "blue"),
        ("3.2",
         "Launch the emotional wellbeing pathway for children in care with CAMHS, including a "
         "dedicated consultation line for foster carers.",
         "Head of Service – Children in Care and Care Leavers; CAMHS Service Manager",
         dt.datetime(2025, 3, 31),
         "Consultation line live from January. Pathway document awaiting sign-off by Dorset "
         "HealthCare.", "amber"),
        ("pledge", "Pledge 4 – We will listen to you and act on what you tell us"),
        ("4.1",
         "Children in Care Council members co-chair at least two Corporate Parenting Board "
         "meetings each year.",
         "Participation and Engagement Lead", "Ongoing",
         "Co-chaired October Board; next planned for April.", "green"),
        ("4.2",
         "Deliver corporate parenting training to all elected members and publish attendance "
         "in the Board's annual report.",
         "Democratic Services Manager & Participation and Engagement Lead",
         dt.datetime(2024, 11, 30),
         "Training delivered in September and November; 71 of 76 members attended.", "blue"),
    ]
    r = 4
    for row in rows:
        if row[0] == "pledge":
            put(ws, r, [row[1], None, None, None, None, None], bold=True, fill=FILL["section"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            ref, action, lead, date, progress, rag = row
            put(ws, r, [ref, action, lead, date, progress, None])
            if isinstance(date, dt.datetime):
                ws.cell(row=r, column=4).number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = FILL[rag]
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Note: RAG ratings agreed by the Corporate Parenting Board on 23 January 2025. "
                  "See the Cover sheet for the RAG key.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    widths(ws, {"A": 8, "B": 60, "C": 34, "D": 12, "E": 48, "F": 8})
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – January 2025"
    sm["A1"].font = Font(bold=True)
    put(sm, 2, ["RAG", "Number of actions"], bold=True, fill=FILL["grey"])
    for i, (colour, name, n) in enumerate([("red", "Red", 1), ("amber", "Amber", 2),
                                           ("green", "Green", 3), ("blue", "Blue", 2)]):
        put(sm, 3 + i, [name, n])
        sm.cell(row=3 + i, column=1).fill = FILL[colour]
    put(sm, 7, ["Total", 8], bold=True)
    widths(sm, {"A": 14, "B": 20})
    wb.save(os.path.join(HERE, "nc1-bcp-council-corporate-parenting-board-action-plan.xlsx"))


# ===================================================== 2. Southend SEND (xlsx, read)
def make_southend():
    title = ("Southend SEND Area Partnership – Strategic Action Plan 2023 to 2026: "
             "Progress Tracker")
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = title
    fs["A1"].font = Font(bold=True, size=14)
    fs["A3"] = ("This tracker sits beneath the Strategic Action Plan agreed following the Ofsted "
                "and CQC area SEND inspection of March 2023. It is reported every four months "
                "to the SEND Strategic Partnership Board and twice a year to the Health and "
                "Wellbeing Board.")
    fs["A3"].alignment = WRAP
    fs.merge_cells("A3:D3")
    fs.row_dimensions[3].height = 60
    fs["A5"] = "RAG key"
    fs["A5"].font = Font(bold=True)
    put(fs, 6, ["B", "Complete – action delivered and impact being monitored"])
    put(fs, 7, ["G", "On track to deliver by the completion date"])
    put(fs, 8, ["A", "Some slippage – mitigations in place"])
    put(fs, 9, ["R", "Off track – escalated to the SEND Strategic Partnership Board"])
    fs["A11"] = "Abbreviations: see Glossary sheet."
    widths(fs, {"A": 10, "B": 70, "C": 20, "D": 20})

    ws = wb.create_sheet("Action plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress as at 30 June 2024"
    ws.merge_cells("A2:H2")
    put(ws, 3, ["Ref", "What we will do", "Lead officer(s)", "Original completion date",
                "Revised completion date", "Progress update (June 2024)", "Previous RAG",
                "Current RAG"], bold=True, white=True, fill=FILL["head"], height=32)
    D = dt.datetime
    rows = [
        ("rec", "Recommendation 1: Leaders in education, health and social care should "
                "strengthen joint strategic leadership and governance so that the SEND strategy "
                "is delivered at pace and its impact on children and young people is understood."),
        ("1.1", "Implement revised governance for the SEND and Alternative Provision (AP) "
                "system, with a single SEND Strategic Partnership Board and published terms of "
                "reference.",
         "Director of Inclusion (SCC)", D(2023, 9, 30), None,
         "Board established September 2023; terms of reference published on the Local Offer.",
         "G", "B"),
        ("1.2", "Produce a monthly SEND performance dashboard drawing together education, health "
                "and care data, reported to the SEND Strategic Partnership Board.",
         "Head of Performance and Intelligence (SCC) / Associate Director of Children's "
         "Commissioning (MSE ICB)", D(2023, 12, 31), D(2024, 6, 30),
         "Education and care data live. Health data flows from two providers still outstanding.",
         "R", "A"),
        ("rec", "Recommendation 2: Leaders should ensure that EHC needs assessments are completed "
                "within statutory timescales and that EHC plans are of consistently good "
                "quality, with timely contributions from health and social care."),
        ("2.1", "Recruit additional SEN caseworkers and an EHC plan quality assurance officer to "
                "reduce the backlog of assessments.",
         "Head of SEN Services", "March 2024", None,
         "4 caseworkers and QA officer in post. 20-week timeliness up from 31% to 58%.",
         "A", "G"),
        ("2.2", "Introduce a multi-agency EHC plan audit each term, with findings reported to the "
                "SEND Quality Assurance Group.",
         "Head of SEN Services; Designated Clinical Officer", "Termly", None,
         "Spring and summer term audits completed; 62% of plans judged good or better.",
         "G", "G"),
        ("2.3", "Agree a health advice timeliness standard of six weeks with all health providers "
                "and monitor compliance monthly.",
         "Designated Clinical Officer (MSE ICB)", D(2024, 1, 31), D(2024, 4, 30),
         "Standard agreed with EPUT and MSEFT. Compliance 71% in May.", "A", "A"),
        ("rec", "Recommendation 3: Leaders should reduce waiting times for neurodevelopmental "
                "assessment and speech and language therapy, and make sure that families are "
                "supported while they wait."),
        ("3.1", "Commission additional autism and ADHD assessment capacity and publish a "
                "'waiting well' offer for families.",
         "Associate Director of Children's Commissioning (MSE ICB)",
         "Sept 2023 – March 2025", None,
         "Waiting well offer published. Additional capacity not yet procured; longest wait "
         "now 104 weeks.", "A", "R"),
        ("3.2", "Launch the Speech, Language and Communication Needs (SLCN) early support "
                "pathway in all early years settings.",
         "Head of Early Years and Childcare", "Summer term 2024", None,
         "Pathway launched in 41 of 48 settings; remaining settings trained in July.",
         "G", "G"),
        ("rec", "Recommendation 4: Leaders should improve communication and co-production with "
                "parents and carers so that they understand the Local Offer and feel listened to."),
        ("4.1", "Co-produce a SEND communications plan with the parent carer forum and the SEND "
                "youth forum.",
         "SEND Partnership and Participation Manager", D(2023, 12, 31), None,
         "Communications plan signed off by the parent carer forum in December.", "G", "B"),
        ("4.2", "Refresh the SEND Local Offer website using the SE7 self-assessment and add "
                "monthly SEND surgeries in family centres.",
         "Local Offer Manager", "Ongoing", None,
         "SE7 review complete; preparing for adulthood pages rewritten.", "G", "G"),
    ]
    r = 4
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for row in rows:
        if row[0] == "rec":
            put(ws, r, [row[1]] + [None] * 7, bold=True, fill=FILL["section"], height=46)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            ref, what, lead, orig, rev, upd, prev, cur = row
            put(ws, r, [ref, what, lead, orig, rev, upd, prev, cur])
            for col, v in ((4, orig), (5, rev)):
                if isinstance(v, dt.datetime):
                    ws.cell(row=r, column=col).number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = FILL[rag_fill[prev]]
            ws.cell(row=r, column=8).fill = FILL[rag_fill[cur]]
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    put(ws, r, ["Summary (current RAG)", None, None, None, None, None, None, None],
        bold=True, border=False)
    put(ws, r + 1, ["Complete", 2], border=False)
    put(ws, r + 2, ["Green", 4], border=False)
    put(ws, r + 3, ["Amber", 2], border=False)
    put(ws, r + 4, ["Red", 1], border=False)
    put(ws, r + 5, ["Total", 9], bold=True, border=False)
    widths(ws, {"A": 9, "B": 58, "C": 34, "D": 14, "E": 14, "F": 46, "G": 10, "H": 10})
    ws.freeze_panes = "B4"

    gl = wb.create_sheet("Glossary")
    put(gl, 1, ["Abbreviation", "Meaning"], bold=True, fill=FILL["grey"])
    for i, (a, m) in enumerate([("AP", "Alternative Provision"),
                                ("DCO", "Designated Clinical Officer"),
                                ("EHC", "Education, Health and Care"),
                                ("EPUT", "Essex Partnership University NHS Foundation Trust"),
                                ("MSE ICB", "Mid and South Essex Integrated Care Board"),
                                ("MSEFT", "Mid and South Essex NHS Foundation Trust"),
                                ("SCC", "Southend-on-Sea City Council"),
                                ("SE7", "South East 7 Local Offer self-assessment")]):
        put(gl, 2 + i, [a, m])
    widths(gl, {"A": 14, "B": 60})
    wb.save(os.path.join(HERE, "nc1-southend-send-area-partnership-strategic-action-plan.xlsx"))


# =================================== 3. Milton Keynes YJS (xlsx, refuse: typo month)
def make_mk():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Milton Keynes Youth Justice Service – HMIP Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Inspection fieldwork: 10–14 February 2025   |   Report published: 6 May 2025   |"
                "   Overall rating: Requires improvement")
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Plan owner: Head of Youth Justice Service   |   Governance: Milton Keynes Youth "
                "Justice Management Board (quarterly)")
    ws.merge_cells("A3:H3")
    put(ws, 5, ["Rec no.", "HMIP recommendation", "Action", "Action owner", "By when",
                "Success measure / evidence", "Status", "Update (September 2025)"],
        bold=True, white=True, fill=FILL["head"], height=30)
    D = dt.datetime
    recs = [
        ("section", "The Youth Justice Management Board should:"),
        ("R1", "Make sure that the board has a clear understanding of the quality of work with "
               "children and victims, using audit and performance information.",
         [("1a", "Introduce a quarterly quality and performance report to the Board, including "
                 "findings from case audits and victim feedback.",
           "Head of Youth Justice Service", D(2025, 9, 30),
           "Report received at each Board; Board minutes record challenge.", "Complete",
           "First report received at July Board."),
          ("1b", "Hold an annual Board development session with children and parents from the "
                 "participation group.",
           "Chair of Youth Justice Management Board", D(2025, 12, 31),
           "Session held; actions from children's feedback added to this plan.", "On track",
           "Date agreed for 4 December.")]),
        ("R2", "Ensure that children known to the youth justice service have timely access to "
               "education, training and employment provision.",
         [("2a", "Agree a protocol with the Virtual School and Inclusion Service so that every "
                 "child open to the YJS without a full-time education place is discussed at the "
                 "Children Missing Education panel.",
           "Head of Inclusion / Head of Youth Justice Service", "Febuary 2026",
           "Protocol signed; ETE figures reported quarterly.", "On track",
           "Draft protocol shared with schools' forum."),
          ("2b", "Commission a post-16 ETE worker within the YJS team.",
           "Head of Youth Justice Service", D(2026, 3, 31),
           "Worker in post; 16-18 ETE rate above 65%.", "Not started",
           "Funding bid submitted to Board.")]),
        ("section", "The Youth Justice Service should:"),
        ("R3", "Improve the quality of assessment and planning for keeping other people safe, "
               "including contingency planning.",
         [("3a", "Deliver risk and safety planning training to all case managers, followed by a "
                 "practice observation.",
           "YJS Operational Manager", D(2025, 10, 31),
           "100% of case managers trained; audit shows improvement.", "On track",
           "Two of three cohorts trained."),
          ("3b", "Introduce a monthly risk management panel for all children assessed as high "
                 "or very high risk of serious harm.",
           "YJS Operational Manager", D(2025, 7, 31),
           "Panel terms of reference; panel minutes.", "Complete",
           "Panel running since June.")]),
        ("R4", "Improve the quality of work with victims, so that their wishes are sought and "
               "their safety is considered in planning.",
         [("4a", "Review the victim contact process with Thames Valley Police so that victim "
                 "details are shared within 5 working days.",
           "Restorative Justice and Victim Lead", D(2025, 11, 30),
           "Information-sharing agreement updated; timeliness reported to Board.", "Delayed",
           "Awaiting police data protection sign-off.")]),
    ]
    r = 6
    for item in recs:
        if item[0] == "section":
            put(ws, r, [item[1]] + [None] * 7, bold=True, fill=FILL["section"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        rec_no, rec_text, acts = item
        first = r
        for a in acts:
            ref, action, owner, when, measure, status, upd = a
            put(ws, r, [rec_no if r == first else None, rec_text if r == first else None,
                        f"{ref}. {action}", owner, when, measure, status, upd])
            if isinstance(when, dt.datetime):
                ws.cell(row=r, column=5).number_format = "mmm-yy"
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Status options: Not started / On track / Delayed / Complete")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    widths(ws, {"A": 8, "B": 40, "C": 56, "D": 30, "E": 12, "F": 36, "G": 12, "H": 34})
    ws.freeze_panes = "C6"

    kp = wb.create_sheet("Performance measures")
    put(kp, 1, ["Measure", "Q4 2024/25", "Q1 2025/26", "Target"], bold=True, fill=FILL["grey"])
    put(kp, 2, ["First-time entrants (rate per 100,000)", 142, 131, 150])
    put(kp, 3, ["Children in suitable ETE at end of order", "58%", "61%", "70%"])
    put(kp, 4, ["Victims offered restorative justice", "74%", "79%", "90%"])
    widths(kp, {"A": 44, "B": 12, "C": 12, "D": 10})
    wb.save(os.path.join(
        HERE, "nc1-milton-keynes-youth-justice-service-hmip-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a cell; a '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)


# ================================================== 4. Thurrock JTAI (docx, read)
def make_thurrock():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Thurrock Local Safeguarding Children Partnership: Joint Targeted Area "
                      "Inspection Action Plan", style="Title")
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to children "
                      "and families who need help – fieldwork 10 to 14 June 2024; letter "
                      "published 6 August 2024.")
    doc.add_paragraph("The statutory safeguarding partners (Thurrock Council, Mid and South Essex "
                      "Integrated Care Board and Essex Police) have agreed this plan in response "
                      "to the areas for improvement in the inspection letter. Progress is "
                      "monitored by the LSCP Executive every two months.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "13/09/2024", "LSCP Business Manager", "Submitted to Ofsted"),
                ("1.1", "21/11/2024", "LSCP Business Manager", "November Executive update"),
                ("1.2", "19/03/2025", "LSCP Business Manager", "March Executive update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, colour, meaning in [("Complete", "0070C0", "Action completed and evidenced"),
                                  ("Green", "00B050", "On track"),
                                  ("Amber", "FFC000", "At risk of slippage"),
                                  ("Red", "FF0000", "Off track – escalated to Executive"),
                                  ("Not started", "FFFFFF", "Not yet due to start")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)

    afis = [
        ("Area for improvement 1",
         "The quality and consistency of early help assessments and plans, so that they focus "
         "on outcomes for children and are reviewed regularly.",
         [("1.1", "Relaunch the early help assessment and plan template with partners, with "
                  "SMART outcomes and a review date on every plan.",
           "Strategic Lead for Early Help (Thurrock Council)", "30/09/2024", "Complete",
           "Template relaunched at the September practitioner forum; on the LSCP website."),
          ("1.2", "Carry out a multi-agency audit of early help plans led by schools, health and "
                  "Thurrock Council, with learning shared through the LSCP newsletter.",
           "LSCP Business Manager / Quality Assurance Lead, Children's Services", "Quarterly",
           "Green", "First audit (20 plans) completed in January; 60% outcome-focused.")]),
        ("Area for improvement 2",
         "The identification of children who are missing education or electively home "
         "educated, and the sharing of information about them between agencies.",
         [("2.1", "Agree an information-sharing protocol between the Children Missing "
                  "Education team, health visitors and school nurses.",
           "Head of Access and Inclusion", "December 2024", "Amber",
           "Protocol drafted; awaiting sign-off by EPUT information governance."),
          ("2.2", "Add children who are electively home educated and known to children's social "
                  "care as a standing item at the monthly Vulnerable Children's Panel.",
           "MASH Service Manager", "Jan 2025", "Green",
           "Standing item from January panel.")]),
        ("Area for improvement 3",
         "The consistency with which health practitioners are invited to, and contribute to, "
         "strategy discussions.",
         [("3.1", "Set up a daily health presence in the MASH strategy discussion slot, "
                  "supported by a rota of named nurses.",
           "Named Nurse Safeguarding Children (EPUT); Designated Nurse Safeguarding Children "
           "(MSE ICB)", "March 2025", "Amber",
           "Rota in place three days a week; recruitment to full cover under way."),
          ("3.2", "Audit 30 strategy discussions to confirm health attendance and the quality of "
                  "health information shared.",
           "LSCP Quality Assurance and Performance Subgroup", "June 2025", "Not started",
           "Scheduled for May subgroup.")]),
        ("Area for improvement 4",
         "The partnership's oversight of the impact of early help on children's lives, "
         "including through the use of multi-agency data.",
         [("4.1", "Develop an early help outcomes dashboard for the LSCP Executive, including "
                  "re-referral rates and step-up to social care.",
           "Head of Performance, Quality and Business Intelligence", "Q4 2024/25", "Green",
           "Prototype dashboard presented in March; police data to be added.")]),
    ]
    colours = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
               "Not started": "FFFFFF"}
    for head, text, acts in afis:
        doc.add_heading(head, level=2)
        tb = doc.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        top = tb.rows[0].cells[0].merge(tb.rows[0].cells[5])
        set_cell(top, text, bold=True)
        shade(top, "D9E1F2")
        for c, h in zip(tb.rows[1].cells, ["Ref", "Action", "Lead agency / officer",
                                           "Timescale", "RAG", "Progress update"]):
            set_cell(c, h, bold=True)
        for ref, action, lead, when, rag, upd in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, [ref, action, lead, when, rag, upd]):
                set_cell(c, v)
            shade(cells[4], colours[rag])
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Statutory partner", "Name", "Date"]):
        set_cell(c, h, bold=True)
    for row in [("Thurrock Council", "Executive Director of Children's Services", "12/09/2024"),
                ("Mid and South Essex ICB", "Chief Nursing Officer", "12/09/2024"),
                ("Essex Police", "Assistant Chief Constable", "13/09/2024")]:
        cells = s.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(os.path.join(HERE, "nc1-thurrock-lscp-jtai-action-plan.docx"))


# ============================================ 5. One Adoption West Yorkshire (docx)
def make_oawy():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("One Adoption West Yorkshire Service Development Plan 2024–25",
                      style="Title")
    doc.add_paragraph("Regional adoption agency for Bradford, Calderdale, Kirklees, Leeds and "
                      "Wakefield. Progress reported to the West Yorkshire Adoption Joint "
                      "Committee – Quarter 2 update (to 30 September 2024).")
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("B – complete;  G – on track;  A – some slippage;  R – off track")

    priorities = [
        ("Priority 1: Finding families for children who wait", [
            ("1a. Increase the number of adopters approved for brothers and sisters, older "
             "children and children with additional needs", [
                ("Run two targeted recruitment campaigns for brothers and sisters, using "
                 "adopters' own stories.\nEvaluate enquiry-to-approval conversion after each "
                 "campaign.",
                 "Recruitment and Assessment Team Manager; Marketing and Communications Officer",
                 "March 2025",
                 "First campaign ran in June: 46 enquiries, 9 progressed to Stage 1.", "G"),
                ("Offer a fast-track Stage 1 for approved foster carers and previous adopters "
                 "who are thinking about adopting again.",
                 "Recruitment and Assessment Team Manager", "December 2024",
                 "Fast-track in place since August; 4 households using it.", "B"),
            ]),
            ("1b. Reduce the time children wait between placement order and matching", [
                ("Hold family-finding clinics with each of the five local authorities to track "
                 "every child with a placement order.",
                 "Family Finding Team Manager", "Monthly",
                 "Clinics running in all five authorities.", "G"),
                ("Expand the use of Link Maker and adoption activity days, with a regional "
                 "activity day in spring 2025.",
                 "Family Finding Team Manager / Head of Service", "May 2025",
                 "Venue booked; sponsorship for the day not yet agreed.", "A"),
            ]),
        ]),
        ("Priority 2: Adoption support that is there when families need it", [
            ("2a. Adoption support is timely and based on an assessment of need", [
                ("Reduce waiting times for adoption support assessments to 12 weeks.",
                 "Adoption Support Team Manager", "By 31 March 2025",
                 "Average wait 19 weeks (Q1 17 weeks). Two social worker vacancies.", "R"),
                ("Re-commission the therapeutic parenting programme with the five local "
                 "authorities' commissioners.",
                 "Head of Service / Commissioning Lead (Leeds City Council)", "September 2025",
                 "Specification drafted; procurement route agreed.", "A"),
            ]),
        ]),
        ("Priority 3: Early permanence and support for birth relatives", [
            ("3a. Early permanence is considered for every baby where adoption is a possible "
             "outcome", [
                ("Train social workers in all five local authorities on early permanence, with "
                 "at least one session in each authority.",
                 "Early Permanence Lead", "Jan 2025",
                 "Sessions delivered in Leeds, Kirklees and Wakefield.", "G"),
                ("Set up a birth relative support service offering independent counselling and "
                 "help with letterbox contact.",
                 "Adoption Support Team Manager", "Ongoing",
                 "Service launched July 2024; 23 referrals in the quarter.", "G"),
            ]),
        ]),
    ]
    colours = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for heading, objectives in priorities:
        doc.add_heading(heading, level=1)
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["What we will do", "Who", "When",
                                           "Progress at Q2", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for obj, acts in objectives:
            row = tb.add_row().cells
            merged = row[0].merge(row[4])
            set_cell(merged, obj, bold=True)
            shade(merged, "E4DFEC")
            for action, who, when, prog, rag in acts:
                cells = tb.add_row().cells
                for c, v in zip(cells, [action, who, when, prog, rag]):
                    set_cell(c, v)
                shade(cells[4], colours[rag])
        doc.add_paragraph()

    doc.add_heading("Performance summary (Q2 2024–25)", level=1)
    kp = doc.add_table(rows=1, cols=3)
    kp.style = "Table Grid"
    for c, h in zip(kp.rows[0].cells, ["Measure", "Q2 2024–25", "Target"]):
        set_cell(c, h, bold=True)
    for row in [("Adopter households approved (year to date)", "48", "100"),
                ("Children placed for adoption (year to date)", "77", "160"),
                ("Average days from placement order to match", "214", "180")]:
        cells = kp.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(os.path.join(HERE, "nc1-one-adoption-west-yorkshire-raa-service-development-plan.docx"))


# ======================================================= 6. Cumberland (csv, read)
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def make_cumberland():
    ncol = 8
    lines = []

    def row(*vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row("Cumberland Council Family Help and Prevention Strategy 2024 to 2027 – Action Plan")
    row("Progress update: Quarter 2 2025/26 (reported to the Children and Young People's "
        "Partnership Board)")
    row()
    row("Priority", "Ref", "Action", "Lead", "Partners", "Target date", "Status",
        "Update Q2")
    data = [
        ("1. Family hubs in every community", "1.1",
         "Open five further family hubs (Carlisle, Workington, Maryport, Cleator Moor and "
         "Millom) with spoke sites in rural areas.",
         "Family Hubs Network Lead", "NHS North Cumbria; voluntary sector", "31/03/2026",
         "On track", "Carlisle and Workington hubs open; Maryport due January."),
        ("", "1.2",
         "Publish the family hub core offer (24 core services) online and in print, "
         "co-produced with parents and carers.",
         "Early Help Partnership Manager/Family Hubs Network Lead", "Parent Carer Forum",
         "Sep-25", "Complete", "Published September 2025."),
        ("2. Earlier help for families", "2.1",
         "Launch the Family Help front door so that requests for support are triaged within 3 "
         "working days.\nInclude a partner consultation line staffed by experienced family "
         "practitioners.",
         "Head of Family Help and Prevention", "Cumbria Police; schools; health",
         "Q3 2025/26", "Amber", "Triage in place; consultation line delayed by recruitment."),
        ("", "2.2",
         "Train 300 partner practitioners in the Team Around the Family approach and the new "
         "family help assessment.",
         "Workforce Development Manager", "All partners", "Mar-26", "Green",
         "184 practitioners trained to date."),
        ("", "2.3",
         "Roll out the parenting offer (Solihull Approach and Incredible Years) across all "
         "family hubs.",
         "Parenting Lead", "", "Ongoing", "Green", "Groups running in 6 localities."),
        ("3. Healthy starts", "3.1",
         "Integrate health visiting and infant feeding support into every family hub, "
         "including weekly baby clinics.",
         "Public Health Consultant (Children); Head of Family Help and Prevention",
         "0-19 service", "June 2026", "Not started", "Due to start April 2026."),
        ("", "3.2",
         "Deliver the perinatal mental health and parent-infant relationships offer with "
         "North Cumbria Integrated Care NHS Foundation Trust.",
         "Perinatal Mental Health Lead (NCIC)", "NCIC", "31/12/2025", "Red",
         "Funding for parent-infant relationship post not confirmed."),
        ("4. Measuring the difference we make", "4.1",
         "Produce a family help performance report for the Children and Young People's "
         "Partnership Board, including re-referrals and step-ups to social care.",
         "Head of Performance and Intelligence", "", "Quarterly", "Green",
         "Q1 report presented in September."),
    ]
    for d in data:
        row(*d)
    row()
    row("Status key: On track/Green; Amber = some slippage; Red = off track; Complete; "
        "Not started")
    row("Total actions: 8")
    with open(os.path.join(
            HERE, "nc1-cumberland-council-family-help-and-prevention-strategy-action-plan.csv"),
            "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ============================================ 7. Westmorland and Furness (txt, read)
def make_wf():
    T = "\t"
    lines = [
        "Westmorland and Furness Council – Children's Services Ofsted Focused Visit Action Plan",
        "Focused visit 4 and 5 February 2025: children in need and children subject to a "
        "child protection plan",
        "Version 3 – updated 14 July 2025",
        "",
        T.join(["Area for improvement", "Ref", "Action", "Lead", "Target date",
                "Revised date", "RAG", "Update"]),
        "1. The quality and specificity of child in need and child protection plans, so that "
        "families understand what needs to change and by when." + T * 7,
        T.join(["", "1.1", "Introduce a revised plan template with SMART actions, contingency "
                "plans and timescales, co-designed with practitioners and parents.",
                "Principal Social Worker", "Apr-25", "", "B",
                "Template live in the case record system from 28 April."]),
        T.join(["", "1.2", "Child protection chairs to raise a practice alert where plans are not "
                "specific, with themes reported to the Safeguarding and Quality Assurance Board.",
                "Head of Safeguarding and Quality Assurance", "Monthly", "", "G",
                "31 alerts in Q1; themes reported in June."]),
        "2. The consistency and impact of management oversight and supervision, including the "
        "recording of supervision on children's records." + T * 7,
        T.join(["", "2.1", "Relaunch the supervision policy and recording template, and audit "
                "compliance in every locality team.",
                "Service Manager (CIN/CP)", "Jun-25", "Sep-25", "A",
                "Policy relaunched; audits in Barrow and South Lakes still to complete."]),
        T.join(["", "2.2", "Deliver the 'Leading Good Practice' programme for all team managers "
                "and advanced practitioners.",
                "Head of Workforce Development / Principal Social Worker", "Oct-25", "", "G",
                "Cohort 1 complete; cohort 2 starts September."]),
        "3. The timeliness of initial child protection conferences and the attendance of "
        "partner agencies." + T * 7,
        T.join(["", "3.1", "Increase the capacity of the child protection chair team by two "
                "posts to meet demand in Barrow and Kendal.",
                "Head of Safeguarding and Quality Assurance", "Mar-25", "", "B",
                "Both posts filled from March."]),
        T.join(["", "3.2", "Agree a partner attendance escalation process with Cumbria "
                "Constabulary and health partners through the safeguarding partnership.",
                "AD Children's Social Care; DCI Public Protection (Cumbria Constabulary)",
                "End of August 2025", "", "R",
                "Police attendance at ICPCs 58% in Q1; escalation process not yet agreed."]),
        "",
        "RAG key: B = complete, G = on track, A = at risk of delay, R = off track",
        "Next review: Children's Improvement Board, 22 September 2025",
    ]
    with open(os.path.join(HERE, "nc1-westmorland-and-furness-council-focused-visit-action-plan.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_bcp()
    make_southend()
    make_mk()
    make_thurrock()
    make_oawy()
    make_cumberland()
    make_wf()
    print("done")
