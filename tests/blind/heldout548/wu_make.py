"""Build the seven wu- data files of set heldout548.

Run with /work/main/.venv/bin/python wu_make.py (from any directory).
Writes only files whose names start with 'wu-'.
"""
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

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
GREY = "D9D9D9"
TEAL = "DAEEF3"


def out(name):
    assert name.startswith("wu-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold


def header_row(table, labels, fill=GREY):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True)
        shade(c, fill)


def merged_row(table, text, fill=TEAL, bold=True):
    row = table.add_row()
    c = row.cells[0].merge(row.cells[-1])
    set_cell(c, text, bold=bold)
    if fill:
        shade(c, fill)
    return row


# ======================================================= 1. Larne Grammar (docx)
def make_larne():
    doc = Document()
    doc.add_paragraph("Larne Grammar School – ETI Inspection Action Plan", style="Title")
    doc.add_paragraph(
        "Action plan to address the areas for improvement identified by the Education and "
        "Training Inspectorate", style="Subtitle")
    doc.add_paragraph("Inspection: 13 – 16 November 2023\tReport published: 30 January 2024")
    doc.add_paragraph(
        "This action plan was drawn up by the Senior Leadership Team in consultation with staff "
        "and was approved by the Board of Governors on 5 March 2024. Progress is reviewed at each "
        "meeting of the Board's Curriculum and Standards Committee.")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Changes"])
    for r in [("1.0", "05/03/2024", "Vice-Principal (Curriculum)", "Approved by the Board of Governors"),
              ("1.1", "11/06/2024", "Vice-Principal (Curriculum)", "Progress update for the June 2024 Board meeting")]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            set_cell(cells[i], v)

    cols = ["Ref", "Action(s) to be taken", "Person(s) responsible", "Timescale",
            "Success criteria", "RAG"]
    afis = [
        ("Area for improvement 1: Improve the consistency of the quality of learning and teaching "
         "at key stage 3, so that all pupils are appropriately challenged and supported to make progress.",
         [("1.1",
           "Agree and implement a whole-school learning and teaching policy with a shared set of "
           "expectations for key stage 3 lessons, including the use of differentiated tasks and questioning.",
           "Vice-Principal (Curriculum)", "March 2024",
           "Policy approved by governors; expectations evident in lessons observed.", GREEN),
          ("1.2",
           "Establish a programme of paired lesson observations and learning walks, with a focus on "
           "challenge and support, led by middle leaders.\nFeedback from each cycle to be shared at "
           "departmental meetings.",
           "Heads of Department / Senior Teacher (Staff Development)", "Termly",
           "At least two observation cycles completed; improved consistency reported by SLT.", AMBER),
          ("1.3",
           "Provide targeted professional learning for staff on adaptive teaching strategies for pupils "
           "with special educational needs, in partnership with the Education Authority's Special "
           "Educational Needs Inclusion Service.",
           "SENCo", "Autumn term 2024",
           "All teaching staff trained; strategies recorded in pupils' personal learning plans.", None)]),
        ("Area for improvement 2: Develop further the use of assessment information by middle leaders "
         "to identify and address underachievement, particularly among boys at GCSE.",
         [("2.1",
           "Introduce a termly data review meeting between each Head of Department and a link member of "
           "the Senior Leadership Team to track the progress of year 11 and year 12 pupils against targets.",
           "Mr D Kerr & Mrs L Adair", "January 2024 – June 2024",
           "Data review meetings held each term; underachieving pupils identified early.", GREEN),
          ("2.2",
           "Develop departmental intervention plans for identified pupils, with a specific focus on "
           "boys' attainment in English and mathematics.",
           "Head of English; Head of Mathematics", "By 31 May 2024",
           "Intervention plans in place; improved outcomes for boys in summer 2024 examinations.", AMBER),
          ("2.3",
           "Review the school's reporting to parents so that reports give clear information on each "
           "pupil's progress and next steps.",
           "Vice-Principal (Pastoral)", "September 2024",
           "Revised report format issued; positive feedback from parents' survey.", GREEN)]),
        ("Area for improvement 3: Review and update the preventative curriculum so that it reflects "
         "current guidance and the needs of the pupils.",
         [("3.1",
           "Update the preventative curriculum for online safety in years 8 to 10 and gather pupils' "
           "views on its effectiveness through the School Council.",
           "Designated Teacher for Child Protection", "June 2024",
           "Revised programme delivered; pupils report feeling better informed.", GREEN)]),
    ]
    for afi_text, actions in afis:
        doc.add_paragraph("")
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        merged_row(t, afi_text)
        for ref, act, lead, when, sc, rag in actions:
            cells = t.add_row().cells
            for i, v in enumerate([ref, act, lead, when, sc, ""]):
                set_cell(cells[i], v)
            if rag:
                shade(cells[5], rag)

    doc.add_paragraph("")
    doc.add_paragraph(
        "RAG key: Green – complete or on track; Amber – some slippage, action being taken; "
        "Red – significant concern or not started.")
    doc.add_paragraph("Signed on behalf of the Board of Governors", style="Heading 2")
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, r in enumerate([("", "Name", "Date"),
                           ("Principal", "Mr J Baird", "05/03/2024"),
                           ("Chair of the Board of Governors", "Mrs A Crawford", "05/03/2024")]):
        for j, v in enumerate(r):
            set_cell(t.rows[i].cells[j], v, bold=(i == 0))
    doc.save(out("wu-larne-grammar-school-eti-inspection-action-plan.docx"))


# ====================================================== 2. Dyfi Valley (docx, HIW)
def make_dyfi():
    doc = Document()
    doc.add_paragraph("Healthcare Inspectorate Wales – General Practice Inspection Improvement Plan",
                      style="Title")
    doc.add_paragraph("Dyfi Valley Health, Powys Teaching Health Board")

    doc.add_paragraph("Appendix B – Immediate improvement plan", style="Heading 1")
    doc.add_paragraph("Service:\tDyfi Valley Health")
    doc.add_paragraph("Date of inspection:\t20 and 21 February 2024")
    doc.add_paragraph(
        "The table below includes any immediate non-compliance concerns about patient safety identified "
        "during the inspection where we require the service to complete an immediate improvement plan "
        "telling us about the urgent actions they are taking.")
    cols = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer",
            "Timescale"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols)
    merged_row(t, "No immediate concerns were identified on this inspection.", fill=None, bold=False)

    doc.add_paragraph("")
    doc.add_paragraph("Appendix C – Improvement plan", style="Heading 1")
    doc.add_paragraph("Service:\tDyfi Valley Health")
    doc.add_paragraph("Date of inspection:\t20 and 21 February 2024")
    doc.add_paragraph(
        "The table below includes any other issues identified during the inspection where we require "
        "the service to complete an improvement plan telling us about the actions they are taking to "
        "address these areas.")
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols)

    def row(vals):
        cells = t.add_row().cells
        for i, v in enumerate(vals):
            set_cell(cells[i], v)
        return cells

    merged_row(t, "Quality of the patient experience")
    row(["The practice must ensure that information about how to raise a concern under Putting Things "
         "Right is clearly displayed in the waiting areas at both surgeries and on the practice website.",
         "Health and Care Quality Standards 2023 – Person centred; Putting Things Right",
         "Putting Things Right posters, in English and Welsh, have been displayed in the waiting areas at "
         "the Machynlleth and Aberdyfi surgeries. The practice website has been updated with a link to "
         "the health board's concerns page.",
         "Practice Manager", "Completed 28/03/2024"])
    row(["The practice should consider how it can make an active offer of Welsh to patients who wish "
         "to communicate in Welsh.",
         "Health and Care Quality Standards 2023 – Equitable; More than just words",
         "Welsh-speaking staff to wear ‘Iaith Gwaith’ badges and lanyards.\nThe patient registration form "
         "will be updated to record each patient's language preference.",
         "Reception Team Leader / Practice Manager", "June 2024"])

    merged_row(t, "Delivery of safe and effective care")
    a = row(["The practice must ensure that checks of emergency drugs and equipment are carried out and "
             "recorded weekly, and that expired items are replaced promptly.",
             "Health and Care Quality Standards 2023 – Safe",
             "A weekly checklist for the emergency trolley and oxygen has been introduced at both sites, "
             "with a named nurse responsible each week.",
             "Lead Nurse", "Immediate and ongoing"])
    b = row(["", "",
             "Compliance with the weekly checks will be audited monthly and reported to the practice "
             "governance meeting.",
             "Practice Manager", "31 May 2024"])
    m0 = a[0].merge(b[0])
    m1 = a[1].merge(b[1])
    set_cell(m0, "The practice must ensure that checks of emergency drugs and equipment are carried out "
                 "and recorded weekly, and that expired items are replaced promptly.")
    set_cell(m1, "Health and Care Quality Standards 2023 – Safe")
    row(["The practice must ensure that all clinical staff have completed safeguarding training at the "
         "level appropriate to their role.",
         "Health and Care Quality Standards 2023 – Safe; Safeguarding",
         "A training matrix has been set up. Outstanding Level 3 safeguarding training has been booked "
         "for two GPs and one nurse practitioner through the health board.",
         "Dr G Rowlands and Practice Manager", "By end of July 2024"])

    merged_row(t, "Quality of management and leadership")
    row(["The practice must ensure that staff meetings are minuted and that minutes are shared with "
         "staff who are unable to attend.",
         "Health and Care Quality Standards 2023 – Leadership",
         "A standard agenda and minutes template has been introduced for monthly practice meetings. "
         "Minutes are saved to the shared drive and emailed to all staff.",
         "Practice Manager", "April 2024"])
    row(["The practice must ensure that the business continuity plan is reviewed and updated to reflect "
         "current staffing and arrangements with the cluster.",
         "Health and Care Quality Standards 2023 – Safe; Leadership",
         "The business continuity plan will be reviewed with the North Powys cluster lead and approved "
         "by the partners.",
         "Partners; Practice Manager", "September 2024"])

    doc.add_paragraph("")
    doc.add_paragraph(
        "The following section must be completed by a representative of the service who has overall "
        "responsibility and accountability for ensuring the improvement plan is actioned.")
    doc.add_paragraph("Service representative", style="Heading 2")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Sian Morgan"), ("Job role:", "Practice Manager"),
                                ("Date:", "12 April 2024")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
    doc.save(out("wu-dyfi-valley-health-hiw-gp-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_fill):
    return PatternFill(start_color=hex_fill, end_color=hex_fill, fill_type="solid")


def put(ws, r, c, v, bold=False, bg=None, fmt=None, border=True):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = WRAP
    if bold:
        cell.font = Font(bold=True)
    if bg:
        cell.fill = fill(bg)
    if fmt:
        cell.number_format = fmt
    if border:
        cell.border = BOX
    return cell


# =================================================== 3. Ullapool High School (xlsx)
def make_ullapool():
    title = "Ullapool High School – Post-Inspection Action Plan 2023–25"
    afis = [
        "1. Continue to improve the consistency of learning, teaching and assessment across the broad "
        "general education, so that all young people experience appropriately challenging learning.",
        "2. Senior leaders and staff should improve the tracking and monitoring of young people's progress "
        "in the senior phase, making better use of data to plan interventions.",
        "3. Continue to develop approaches to supporting young people's wellbeing, including the use of "
        "the wellbeing indicators to identify and meet needs.",
    ]
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv.column_dimensions["A"].width = 16
    cv.column_dimensions["B"].width = 100
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A3"] = ("HM Inspectors from Education Scotland visited the school in September 2023. The letter "
                "to parents and carers was published on 21 November 2023.")
    cv["A4"] = ("This plan sets out how we will address the areas for improvement agreed with HM "
                "Inspectors and The Highland Council. It is reviewed termly by the Senior Leadership "
                "Team and shared with the Parent Council.")
    cv["A6"] = "Areas for improvement agreed with HM Inspectors"
    cv["A6"].font = Font(bold=True)
    for i, a in enumerate(afis):
        cv.cell(row=7 + i, column=1, value=a)
    cv["A11"] = "RAG key"
    cv["A11"].font = Font(bold=True)
    for i, (bg, txt) in enumerate([(GREEN, "Achieved – evidence of impact gathered"),
                                   (AMBER, "In progress"),
                                   (RED, "Significant concern / off track")]):
        cv.cell(row=12 + i, column=1).fill = fill(bg)
        cv.cell(row=12 + i, column=2, value=txt)
    cv["A16"] = "Version 3 – progress updated May 2024"

    ws = wb.create_sheet("Action Plan")
    widths = [42, 8, 6, 50, 20, 16, 36, 40, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress update: May 2024"
    hdr = ["Area for improvement", "QI", "Ref", "Actions", "Lead", "Timescale",
           "Measures of success", "Progress update (May 2024)", "RAG"]
    for i, h in enumerate(hdr):
        put(ws, 4, i + 1, h, bold=True, bg=GREY)

    rows = [
        # afi index, QI, ref, action, lead, timescale (value, fmt), measure, update, rag fill
        (0, "QI 2.3", "1.1",
         "Develop and implement a whole-school learning and teaching framework, agreed with all staff, "
         "setting out the features of highly effective learning at Ullapool High School.",
         "DHT (BGE)", ("Dec 2023", None),
         "Framework in place; consistent features seen in learning visits.",
         "Framework launched at the January in-service day and used in all departments.", GREEN),
        (0, None, "1.2",
         "Introduce learning visits by SLT and Principal Teachers, focused on differentiation and pace, "
         "with feedback to individual teachers.",
         "HT; DHT (BGE)", ("Jan 2024 – Jun 2024", None),
         "All teachers visited at least twice; improved pace and challenge noted.",
         "First round complete. Second round under way.", AMBER),
        (0, None, "1.3",
         "Moderate assessment evidence in literacy and numeracy within the Ullapool ASG cluster to "
         "improve the reliability of teacher professional judgements of CfE levels.",
         "PT Literacy / PT Numeracy", (dt.datetime(2024, 5, 1), "mmm-yy"),
         "Moderation activity recorded; confidence in judgements increased.",
         "Cluster moderation session held in March; second session planned.", AMBER),
        (1, "QI 3.2", "2.1",
         "Introduce a senior phase tracking system in SEEMiS Progress & Achievement, updated at three "
         "tracking points each session.",
         "DHT (Senior Phase)", (dt.datetime(2024, 2, 1), "mmm-yy"),
         "Tracking data available for all S4–S6 young people at each tracking point.",
         "System in place; tracking points in November, February and April.", GREEN),
        (1, None, "2.2",
         "Hold mentoring conversations with every S4–S6 young person after each tracking point and "
         "agree targets with them.",
         "Guidance Teachers", ("Ongoing", None),
         "All young people have agreed targets; fewer young people off track.",
         "Conversations held after tracking points 1 and 2.", AMBER),
        (2, "QI 3.1", "3.1",
         "Survey all young people using the SHANARRI wellbeing indicators twice a year and share the "
         "analysis with staff.",
         "PT Guidance", ("Nov 2023 – Mar 2024", None),
         "Survey completed twice; analysis used to plan support.",
         "First survey completed. Second survey delayed to August 2024.", RED),
        (2, None, "3.2",
         "Revise the personal and social education programme for S1–S3 in consultation with young "
         "people, with a focus on mental health and online safety.",
         "PT Guidance", ("Aug 2024", None),
         "Revised PSE programme in place for session 2024-25.",
         "Not yet due.", None),
    ]
    r = 5
    start = {}
    for afi, qi, ref, act, lead, (when, fmt), meas, upd, rag in rows:
        if afi not in start:
            start[afi] = r
            put(ws, r, 1, afis[afi])
            put(ws, r, 2, qi)
        else:
            put(ws, r, 1, None)
            put(ws, r, 2, None)
        put(ws, r, 3, ref)
        put(ws, r, 4, act)
        put(ws, r, 5, lead)
        put(ws, r, 6, when, fmt=fmt)
        put(ws, r, 7, meas)
        put(ws, r, 8, upd)
        put(ws, r, 9, None, bg=rag)
        r += 1
    ends = {0: 7, 1: 9, 2: 11}
    for afi, s in start.items():
        ws.merge_cells(start_row=s, start_column=1, end_row=ends[afi], end_column=1)
        ws.merge_cells(start_row=s, start_column=2, end_row=ends[afi], end_column=2)
    ws.cell(row=r + 1, column=1,
            value="Note: timescales reflect the review agreed with the Highland Council Quality "
                  "Improvement Officer in February 2024.")
    wb.save(out("wu-ullapool-high-school-education-scotland-inspection-action-plan.xlsx"))


# ================================================ 4. Scottish Legal Aid Board (xlsx)
def make_slab():
    title = "Scottish Legal Aid Board – Audit Recommendations Tracker"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm.column_dimensions["A"].width = 22
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary – position at 31 January 2025"
    sm["A3"] = "Audit and Risk Committee, 18 February 2025"
    hdr = ["Source", "Total", "Complete (B)", "On track (G)", "At risk (A)", "Overdue (R)", "Not started"]
    for i, h in enumerate(hdr):
        put(sm, 5, i + 1, h, bold=True, bg=GREY)
    for j, rowv in enumerate([("Internal audit", 6, 1, 1, 2, 1, 1),
                              ("External audit", 3, 1, 1, 1, 0, 0),
                              ("Total", 9, 2, 2, 3, 1, 1)]):
        for i, v in enumerate(rowv):
            put(sm, 6 + j, i + 1, v, bold=(rowv[0] == "Total"))

    ws = wb.create_sheet("Tracker")
    widths = [13, 44, 9, 44, 24, 13, 13, 12, 10, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 31 January 2025 – reported to the Audit and Risk Committee on 18 February 2025"
    hdr = ["Ref", "Recommendation", "Grade", "Agreed management action", "Action owner",
           "Original target date", "Revised target date", "Previous status (Nov 24)", "Current status",
           "Progress update"]
    for i, h in enumerate(hdr):
        put(ws, 4, i + 1, h, bold=True, bg=GREY)
    RAGF = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    D = dt.datetime
    blocks = [
        ("Internal Audit 2023/24 – Report 04: Cyber Security Arrangements", [
            ("IA 23/04.1",
             "Management should ensure that the cyber incident response plan is tested at least annually "
             "through a tabletop exercise, with lessons learned documented.", "Medium",
             "Run a cyber incident tabletop exercise with the Executive Team, facilitated by the Scottish "
             "Government Cyber Resilience Unit.",
             "Chief Information Officer", D(2024, 9, 30), D(2025, 3, 31), "A", "A",
             "Exercise scheduled for 11 March 2025."),
            ("IA 23/04.2",
             "Privileged access to the case management system should be reviewed quarterly and evidence "
             "of the review retained.", "High",
             "Implement a quarterly privileged access review, signed off by the Head of Digital Services, "
             "with evidence stored in the ISMS.",
             "Head of Digital Services", D(2024, 6, 30), None, "G", "B",
             "Reviews completed for Q2 and Q3; evidence retained. Proposed for closure."),
        ]),
        ("Internal Audit 2024/25 – Report 02: Payments to Solicitors and Counsel", [
            ("IA 24/02.1a",
             "SLAB should document the process for identifying and recovering overpayments to legal aid "
             "providers and ensure it is applied consistently.", "Medium",
             "Draft and approve an overpayment recovery procedure.",
             "Head of Accounts; Head of Payment Services", D(2025, 1, 31), D(2025, 4, 30), "G", "A",
             "Draft procedure with Legal Services for comment."),
            ("IA 24/02.1b", "MERGED", None,
             "Deliver a briefing to payment teams on the new procedure and monitor its application through "
             "monthly quality checks.",
             "Head of Payment Services", D(2025, 5, 31), None, None, "G",
             "Not yet due."),
            ("IA 24/02.2",
             "Exception reports from the payments system should be reviewed and signed off by a manager "
             "before each payment run.", "High",
             "Introduce manager sign-off of exception reports before each payment run.",
             "Head of Accounts", D(2024, 12, 31), None, "G", "R",
             "Sign-off in place from January 2025 but not evidenced for two runs; follow-up in progress."),
        ]),
        ("Internal Audit 2024/25 – Report 05: Workforce Planning", [
            ("IA 24/05.1",
             "A workforce plan should be approved that links to the Corporate Plan 2024–27 and identifies "
             "key skills gaps.", "Medium",
             "Approve a strategic workforce plan linked to the Corporate Plan.",
             "Head of HR", "Q1 2025/26", None, None, "Not started",
             "Work to begin after the 2025/26 budget is confirmed."),
        ]),
        ("External Audit – Audit Scotland Annual Audit Report 2023/24", [
            ("AAR 23/24 R1",
             "SLAB should develop a medium-term financial plan that sets out how it will manage the "
             "projected increase in legal aid expenditure.", "Key",
             "Prepare a medium-term financial plan covering 2025/26 to 2029/30 for Board approval.",
             "Director of Finance and Corporate Services", D(2024, 12, 31), D(2025, 6, 30), "A", "A",
             "Scenario modelling completed; plan to go to the Board in June 2025."),
            ("AAR 23/24 R2",
             "The Board should receive regular reports on progress with the digital transformation "
             "programme, including costs and benefits realised.", "Key",
             "Add a standing digital transformation report to the Board's quarterly business cycle.",
             "Chief Executive", D(2024, 9, 30), None, "G", "B",
             "First report considered by the Board in December 2024."),
            ("AAR 23/24 R3",
             "Performance reports should include targets and trend information for all key performance "
             "indicators.", "Medium",
             "Revise the quarterly performance report template to include targets and trends for each KPI.",
             "Head of Corporate Planning / Head of Finance", D(2025, 3, 31), None, "G", "G",
             "Revised template in draft for the Q4 report."),
        ]),
    ]
    r = 5
    ncol = len(hdr)
    for band, items in blocks:
        put(ws, r, 1, band, bold=True, bg=TEAL)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        prev_rec_row = None
        for ref, rec, grade, act, owner, orig, rev, prev, cur, upd in items:
            put(ws, r, 1, ref)
            if rec == "MERGED":
                put(ws, r, 2, None)
                put(ws, r, 3, None)
                ws.merge_cells(start_row=prev_rec_row, start_column=2, end_row=r, end_column=2)
                ws.merge_cells(start_row=prev_rec_row, start_column=3, end_row=r, end_column=3)
            else:
                put(ws, r, 2, rec)
                put(ws, r, 3, grade)
                prev_rec_row = r
            put(ws, r, 4, act)
            put(ws, r, 5, owner)
            put(ws, r, 6, orig, fmt="dd/mm/yyyy" if isinstance(orig, dt.datetime) else None)
            put(ws, r, 7, rev, fmt="dd/mm/yyyy" if rev else None)
            put(ws, r, 8, prev, bg=RAGF.get(prev))
            put(ws, r, 9, cur, bg=RAGF.get(cur))
            put(ws, r, 10, upd)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: B = Complete; G = On track; A = At risk of missing target "
                                   "date; R = Target date missed")
    ws.cell(row=r + 1, column=1, value="Completed recommendations are removed from the tracker once closure "
                                       "has been noted by the Committee.")
    wb.save(out("wu-scottish-legal-aid-board-audit-recommendations-tracker.xlsx"))


# ============================================================ 5. PIRC (xlsx)
def make_pirc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    widths = [26, 40, 22, 12, 40, 10, 7, 6, 46, 24, 12, 16]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJKL"[i]].width = w
    ws["A1"] = "Police Investigations & Review Commissioner – Strategic Risk Register 2024-25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Quarter 3 review (December 2024) – reviewed by the Audit and Risk Committee on "
                "29 January 2025")
    hdr = ["Risk", "Description (cause and effect)", "Risk owner", "Inherent score (L x I)",
           "Key controls in place", "Residual score", "Trend", "Ref", "Further action required",
           "Action owner", "Due date", "Action status"]
    for i, h in enumerate(hdr):
        put(ws, 4, i + 1, h, bold=True, bg=GREY)
    STAT = {"Complete": BLUE, "On track": GREEN, "Behind schedule": AMBER, "Overdue": RED,
            "Not started": None}
    D = dt.datetime
    risks = [
        ("SR1 – Financial sustainability",
         "Insufficient budget to meet increasing demand from referrals and complex investigations, "
         "leading to delays in investigations and reputational damage.",
         "Director of Corporate Services", "4 x 4 = 16",
         "Monthly budget monitoring; regular engagement with the Scottish Government sponsor team; "
         "vacancy management.", 12, AMBER, "↔",
         [("1.1", "Submit the 2025-26 budget bid to the Scottish Government setting out resource "
                  "requirements for the increased investigations caseload.",
           "Director of Corporate Services", D(2024, 12, 13), "Complete"),
          ("1.2", "Develop a three-year financial plan aligned with the Strategic Plan 2024-27.",
           "Head of Finance", "31/03/2025", "On track")]),
        ("SR2 – Capacity and resilience of investigations",
         "Insufficient investigative capacity to respond to critical incidents and referrals, leading to "
         "delays that undermine the effectiveness of investigations.",
         "Director of Investigations", "5 x 4 = 20",
         "Duty rota for critical incidents; caseload reviews; use of sessional investigators.",
         15, RED, "↑",
         [("2.1", "Recruit and train four additional investigators following approval of the 2024-25 "
                  "budget uplift.",
           "Director of Investigations; Head of HR", "Mar-25", "Behind schedule"),
          ("2.2", "Review on-call arrangements for critical incidents to reduce reliance on a small number "
                  "of senior investigators.",
           "Senior Investigator (Operations)", "Q1 2025-26", "On track"),
          ("2.3", "Agree a memorandum of understanding with Police Scotland on the timely provision of "
                  "evidence to PIRC investigations.",
           "Commissioner", "Ongoing", "On track")]),
        ("SR3 – Information security and data protection",
         "Loss or inappropriate disclosure of sensitive personal data, leading to harm to individuals, "
         "regulatory action and loss of trust.",
         "Director of Corporate Services", "3 x 5 = 15",
         "ISMS policies; annual penetration testing; restricted access to case files.", 10, AMBER, "↓",
         [("3.1", "Complete the migration of case files to the new case management system and "
                  "decommission the legacy system.",
           "Head of IT", "June 2025", "Behind schedule"),
          ("3.2", "Deliver mandatory data protection refresher training to all staff and report completion "
                  "rates to the Senior Management Team.",
           "Data Protection Officer", D(2025, 1, 31), "Overdue")]),
        ("SR4 – Public confidence in the independence of PIRC",
         "Perception that PIRC is not independent of the police, leading to reduced confidence among "
         "complainers, families and the public.",
         "Commissioner", "3 x 4 = 12",
         "Published service standards; independent reviews of complaint handling; annual report to "
         "Parliament.", 8, "FFFF00", "↔",
         [("4.1", "Publish a revised stakeholder engagement strategy and communications plan.",
           "Head of Communications", "April 2025", "Not started")]),
    ]
    r = 5
    for rtitle, desc, rowner, inh, ctrl, res, resfill, trend, acts in risks:
        s = r
        for k, (ref, act, owner, due, status) in enumerate(acts):
            if k == 0:
                put(ws, r, 1, rtitle, bold=True)
                put(ws, r, 2, desc)
                put(ws, r, 3, rowner)
                put(ws, r, 4, inh)
                put(ws, r, 5, ctrl)
                put(ws, r, 6, res, bg=resfill)
                put(ws, r, 7, trend)
            else:
                for c in range(1, 8):
                    put(ws, r, c, None)
            put(ws, r, 8, ref)
            put(ws, r, 9, act)
            put(ws, r, 10, owner)
            put(ws, r, 11, due, fmt="dd/mm/yyyy" if isinstance(due, dt.datetime) else None)
            put(ws, r, 12, status, bg=STAT[status])
            r += 1
        if r - 1 > s:
            for c in range(1, 8):
                ws.merge_cells(start_row=s, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Action status key:").font = Font(bold=True)
    for i, (txt, bg) in enumerate(STAT.items()):
        c = ws.cell(row=r, column=2 + i, value=txt)
        if bg:
            c.fill = fill(bg)
    ws.cell(row=r + 1, column=1,
            value="Scores: likelihood x impact, each 1–5. Residual score 15 and above = red; 8–12 = amber; "
                  "below 8 = green.")

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (likelihood x impact)"
    mx["A1"].font = Font(bold=True)
    put(mx, 3, 1, "Likelihood \\ Impact", bold=True)
    for i in range(1, 6):
        put(mx, 3, 1 + i, i, bold=True)
    for lk in range(5, 0, -1):
        rr = 4 + (5 - lk)
        put(mx, rr, 1, lk, bold=True)
        for im in range(1, 6):
            v = lk * im
            put(mx, rr, 1 + im, v, bg=RED if v >= 15 else AMBER if v >= 8 else GREEN)
    wb.save(out("wu-police-investigations-review-commissioner-strategic-risk-register.xlsx"))


# ======================================================== 6. Dunmurry Manor (txt)
def make_dunmurry():
    sec1 = ("Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) "
            "2005")
    sec2 = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    lines = [
        "Dunmurry Manor Care Home – Quality Improvement Plan action tracker",
        "RQIA care inspection: 9 and 10 January 2024 (Inspection ID: IN045321)",
        "Last updated by the Home Manager: 22 April 2024",
        "",
        "\t".join(["No.", "Area for improvement", "Regulation / Standard", "Action", "Responsible",
                   "Target date", "RAG"]),
        sec1,
        "\t".join(["1.1",
                   "The registered person shall ensure that medicines are administered as prescribed and "
                   "that records of administration are accurately maintained.",
                   "Regulation 13 (4)",
                   "All nurses to complete a medicines management competency reassessment with the "
                   "Clinical Lead.",
                   "Clinical Lead", "29 February 2024", "Complete"]),
        "\t".join(["1.2", "", "",
                   "Weekly medicines audits on each unit, with findings reviewed at the monthly governance "
                   "meeting.",
                   "Deputy Manager / Clinical Lead", "Immediate and ongoing", "Green"]),
        "\t".join(["2.1",
                   "The registered person shall ensure that the premises are kept free from hazards, "
                   "including unsupervised access to the sluice rooms and cleaning chemicals.",
                   "Regulation 14 (2) (a) and (c)",
                   "Keypad locks fitted to all sluice and domestic store doors; daily environmental "
                   "walk-round by the nurse in charge.",
                   "Home Manager", "January 2024", "Complete"]),
        "\t".join(["3.1",
                   "The registered person shall ensure that a robust system of audits is in place to "
                   "review the quality of care and other services provided.",
                   "Regulation 17 (1)",
                   "Introduce a monthly audit schedule covering care records, falls, wound care, IPC and "
                   "dining, with action plans for any deficits.",
                   "Home Manager and Regional Manager", "31/03/2024", "Red"]),
        sec2,
        "\t".join(["4.1",
                   "The registered person shall ensure that care plans for residents with wounds are kept "
                   "up to date and reflect the recommendations of the tissue viability nurse.",
                   "Standard 23",
                   "Review all wound care plans and photograph wounds at each dressing change in line with "
                   "the TVN's recommendations.",
                   "Clinical Lead", "End of March 2024", "Green"]),
        "\t".join(["5.1",
                   "The registered person shall ensure that the dining experience is reviewed so that "
                   "residents are offered choice and appropriate support at mealtimes.",
                   "Standard 12",
                   "Carry out a dining experience audit on each unit and share the findings with the "
                   "Catering Manager.",
                   "Deputy Manager", "May 2024", "Amber"]),
        "\t".join(["5.2", "", "",
                   "Introduce pictorial menus and show plated choices to residents living with dementia.",
                   "Catering Manager", "June 2024", ""]),
        "",
        "RAG: Complete = action completed and embedded; Green = on track; Amber = at risk; "
        "Red = not achieved by target date",
    ]
    with open(out("wu-dunmurry-manor-care-home-rqia-quality-improvement-plan-tracker.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ===================================================== 7. Glan Rhos (csv, refuse)
def make_glanrhos():
    n = 8
    rows = [
        ["Glan Rhos Nursing Home – Improvement plan following CIW inspection"] + [""] * (n - 1),
        ["Care Inspectorate Wales inspection 8 and 9 October 2024; plan submitted 6 November 2024"]
        + [""] * (n - 1),
        ["Responsible Individual: Mrs Eleri Hughes; Manager: Mr Tomos Pritchard"] + [""] * (n - 1),
        [""] * n,
        ["Theme", "Regulation", "Area for improvement / Priority action notice", "Ref", "Action",
         "Responsible person", "Target date", "Status"],
        ["Care and Support"] + [""] * (n - 1),
        ["", "Regulation 15",
         "Priority action notice: The provider must ensure personal plans are reviewed at least every "
         "three months and reflect residents' current care needs.",
         "1",
         "Audit all personal plans and review any not reviewed within the last three months, involving "
         "residents and their representatives.",
         "Clinical Lead", "30/11/2024", "Achieved"],
        ["", "", "", "2",
         "Introduce a monthly personal plan review schedule, monitored by the Manager.",
         "Manager", "December 2024", "Achieved"],
        ["", "Regulation 58",
         "Area for improvement: The provider must ensure medicines are stored at the correct temperatures "
         "and that PRN protocols are in place.",
         "3",
         "Install digital temperature monitoring in the treatment room and medication fridge; write PRN "
         "protocols for all residents prescribed 'as required' medicines.",
         "Deputy Manager / Clinical Lead", "Febuary 2025", "Ongoing"],
        ["Environment"] + [""] * (n - 1),
        ["", "Regulation 44",
         "Area for improvement: The provider must ensure that the premises are safe and that maintenance "
         "issues are addressed promptly.",
         "4",
         "Replace the damaged flooring in the first floor corridor and repair the call bell in room 12.",
         "Maintenance Officer; Responsible Individual", "January 2025", "Ongoing"],
        ["Leadership and Management"] + [""] * (n - 1),
        ["", "Regulation 36",
         "Area for improvement: The provider must ensure that staff receive supervision at least quarterly.",
         "5",
         "Produce a supervision matrix and schedule supervision for all staff; senior carers to receive "
         "supervision training.",
         "Manager", "31/03/2025", "Not started"],
        ["", "Regulation 80",
         "Area for improvement: The responsible individual must ensure the quality of care review is "
         "completed six-monthly and includes the views of residents and relatives.",
         "6",
         "Complete the quality of care review for April to September 2024 and send questionnaires to "
         "relatives.",
         "Responsible Individual", "April 2025", "Ongoing"],
    ]
    with open(out("wu-glan-rhos-nursing-home-ciw-inspection-improvement-plan-typo-month-refuse.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        for row in rows:
            w.writerow(row)


if __name__ == "__main__":
    make_larne()
    make_dyfi()
    make_ullapool()
    make_slab()
    make_pirc()
    make_dunmurry()
    make_glanrhos()
    print("done")
