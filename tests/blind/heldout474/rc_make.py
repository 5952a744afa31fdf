"""Build the seven rc- blind test files (set heldout474).

Run with: /work/main/.venv/bin/python rc_make.py   (writes next to this script)
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers (xlsx)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "lilac": PatternFill("solid", fgColor="E4DFEC"),
    "pale": PatternFill("solid", fgColor="DDEBF7"),
    "yellow": PatternFill("solid", fgColor="FFFF00"),
}
RAGWORD = {"Red": "red", "Amber": "amber", "Green": "green", "Blue": "blue",
           "R": "red", "A": "amber", "G": "green", "B": "blue"}


def header_row(ws, row, labels, fill="navy", white=True):
    for i, lab in enumerate(labels, 1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF" if white else "000000")
        c.fill = FILL[fill]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def section_row(ws, row, text, ncols, fill="grey"):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    for col in range(1, ncols + 1):
        ws.cell(row=row, column=col).fill = FILL[fill]
        ws.cell(row=row, column=col).border = BOX


def put(ws, row, values, start=1):
    for i, v in enumerate(values, start):
        if v is None:
            continue
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, (dt.date, dt.datetime)):
            c.number_format = "dd/mm/yyyy"


def rag_cell(ws, row, col, word):
    c = ws.cell(row=row, column=col)
    if word in RAGWORD:
        c.fill = FILL[RAGWORD[word]]
    c.alignment = Alignment(horizontal="center", vertical="top")
    c.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


D = dt.datetime


# ============================================================ 1. NWSSP tracker (xlsx)
def make_nwssp():
    title = "NHS Wales Shared Services Partnership – Tracker of Audit Recommendations"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary by source and current status – position as at 31 October 2025"
    s["A2"].font = Font(italic=True)
    header_row(s, 4, ["Source", "Blue", "Green", "Amber", "Red", "Total"])
    rows = [["Audit Wales", 1, 1, 0, 0, 2],
            ["Internal Audit 2024/25", 1, 0, 1, 1, 3],
            ["Internal Audit 2025/26", 1, 2, 0, 0, 3],
            ["Total", 3, 3, 1, 1, 8]]
    for r, vals in enumerate(rows, 5):
        put(s, r, vals)
    for c in range(1, 7):
        s.cell(row=8, column=c).font = Font(bold=True)
    s["A10"] = "Note: one Audit Wales recommendation has two agreed actions; the figures above count recommendations, not actions."
    widths(s, [30, 10, 10, 10, 10, 10])

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit Committee – 11 November 2025.  Position as at 31 October 2025"
    ws["A2"].font = Font(italic=True)
    cols = ["Ref", "Report", "Priority", "Recommendation", "Agreed Management Action",
            "Responsible Officer", "Original Due Date", "Revised Due Date",
            "Previous Status (Jul-25)", "Current Status", "Progress Update"]
    header_row(ws, 4, cols)
    n = len(cols)
    r = 5
    section_row(ws, r, "Audit Wales", n, fill="pale")
    r += 1
    data = [
        # ref, report, priority, rec, action, lead, orig, revised, prev, cur, update
        ("AW/24/01", "Structured Assessment 2024", "n/a",
         "R1 The Partnership should strengthen the information presented to the Shared Services Partnership Committee on the delivery of its IMTP savings schemes, including the risk to delivery.",
         "Quarterly IMTP delivery report to include a savings scheme tracker with a delivery confidence rating for each scheme.",
         "Director of Finance & Corporate Services", D(2025, 3, 31), D(2025, 9, 30), "Amber", "Blue",
         "Tracker included in the Q1 and Q2 reports to SSPC. Recommend closure."),
        ("AW/24/02a", "Structured Assessment 2024", "n/a",
         "R2 The Partnership should review its risk appetite statement and ensure it is reflected in the way corporate risks are scored and escalated.",
         "Refresh the risk appetite statement and take it to SSPC for approval.",
         "Head of Corporate Services", D(2025, 6, 30), None, "Green", "Blue",
         "Approved by SSPC on 17 July 2025."),
        ("AW/24/02b", None, None, None,
         "Align corporate risk register target scores with the approved risk appetite levels.",
         "Head of Corporate Services / Corporate Risk Manager", D(2025, 12, 31), None, "Green", "Green",
         "Target scores reviewed for 9 of 14 corporate risks; remainder scheduled for the November risk workshop."),
    ]
    first_rec_row = {}
    for d_ in data:
        put(ws, r, list(d_[:9]) + [d_[9], d_[10]])
        rag_cell(ws, r, 9, d_[8])
        rag_cell(ws, r, 10, d_[9])
        first_rec_row[d_[0]] = r
        r += 1
    # recommendation R2 covers two agreed actions: merge Report/Priority/Recommendation
    r2 = first_rec_row["AW/24/02a"]
    for col in (2, 3, 4):
        ws.merge_cells(start_row=r2, start_column=col, end_row=r2 + 1, end_column=col)

    section_row(ws, r, "Internal Audit – 2024/25 reports", n, fill="pale")
    r += 1
    data = [
        ("IA 2425-06.1", "Procurement Services – Contract Management (Reasonable Assurance)", "High",
         "Contract management plans should be in place for all contracts with a value above £750k.",
         "Contract management plans to be issued for all Tier 1 contracts and monitored through the Procurement Services SMT dashboard.",
         "Director of Procurement Services", D(2025, 3, 31), D(2026, 1, 31), "Red", "Amber",
         "Plans in place for 41 of 56 Tier 1 contracts. Remaining plans delayed by vacancies in the category team."),
        ("IA 2425-06.2", "Procurement Services – Contract Management (Reasonable Assurance)", "Medium",
         "Evidence of supplier performance meetings should be retained on the contract file.",
         "Standard meeting note template introduced and contract file checklist updated.",
         "Head of Category Management", D(2025, 6, 30), None, "Green", "Blue",
         "Template in use since May 2025. Sample checked by Internal Audit – closed."),
        ("IA 2425-11.1", "Payroll Services – Overpayments (Limited Assurance)", "High",
         "Overpayment recovery cases should be referred to the relevant health body within the agreed timescale.",
         "Introduce a weekly overpayments report to Payroll Managers, with cases over 30 days escalated to the Head of Payroll.",
         "Rhian Morgan / Aled Jones", D(2025, 4, 30), D(2025, 10, 31), "Amber", "Red",
         "Report developed; weekly escalation not yet operating consistently at all payroll sites.\nFurther revised date to be proposed to the Committee."),
    ]
    for d_ in data:
        put(ws, r, list(d_[:9]) + [d_[9], d_[10]])
        rag_cell(ws, r, 9, d_[8])
        rag_cell(ws, r, 10, d_[9])
        r += 1

    section_row(ws, r, "Internal Audit – 2025/26 reports", n, fill="pale")
    r += 1
    data = [
        ("IA 2526-02.1", "Employment Services – Recruitment (Reasonable Assurance)", "Medium",
         "Pre-employment check exceptions should be reported monthly to the Workforce & OD Group.",
         "Monthly exception report to be added to the Workforce & OD Group standing agenda.",
         "Deputy Director of Workforce & OD", D(2025, 12, 31), None, "New", "Green",
         "First report presented in October 2025."),
        ("IA 2526-02.2", "Employment Services – Recruitment (Reasonable Assurance)", "Low",
         "The TRAC user access list should be reviewed quarterly.",
         "Quarterly user access review to be completed and signed off by the system administrator.",
         "Recruitment Services Manager", D(2025, 9, 30), None, "New", "Blue",
         "Q2 review completed 26/09/2025."),
        ("IA 2526-04.1", "Digital Workforce Solutions – Cyber Security (Reasonable Assurance)", "High",
         "Penetration test findings rated high should be remediated or formally risk accepted.",
         "Remediation plan for the seven high-rated findings, with any risk acceptance approved by the SIRO.",
         "Head of Digital Workforce Solutions", D(2026, 3, 31), None, "New", "Green",
         "Four of seven findings remediated; plan on track."),
    ]
    for d_ in data:
        put(ws, r, list(d_[:9]) + [d_[9], d_[10]])
        rag_cell(ws, r, 9, d_[8])
        rag_cell(ws, r, 10, d_[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    key = [("Blue", "Implemented – evidence received, recommend closure"),
           ("Green", "On track to be implemented by the agreed date"),
           ("Amber", "Revised date agreed / some slippage"),
           ("Red", "Overdue – not implemented by the agreed or revised date")]
    for i, (k, v) in enumerate(key, r + 1):
        ws.cell(row=i, column=1, value=k)
        rag_cell(ws, i, 1, k)
        ws.cell(row=i, column=2, value=v)
    widths(ws, [13, 26, 9, 42, 42, 24, 12, 12, 12, 10, 40])
    ws.freeze_panes = "A5"
    wb.save(out("rc-nhs-wales-shared-services-partnership-audit-committee-recommendations-tracker.xlsx"))


# ============================================================ 2. Police Scotland SRR (xlsx)
def make_police_scotland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "Police Scotland Strategic Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "OFFICIAL"
    ws["A2"].font = Font(bold=True, color="C00000")
    ws["A3"] = "Quarter 2 2025/26 – position at 30 September 2025. Presented to SPA Audit, Risk and Assurance Committee, 19 November 2025"
    cols = ["Risk Description", "Risk Owner", "Current Score (L x I)", "Target Score",
            "Key Controls in Place", "Action Ref", "Further Mitigating Actions", "Action Owner",
            "Due Date", "Revised Date", "Action RAG"]
    n = len(cols)
    header_row(ws, 5, cols)
    risks = [
        ("SR01 – Financial Sustainability",
         "There is a risk that Police Scotland cannot deliver a balanced budget in 2025/26 and over the medium term while maintaining officer numbers and service levels.",
         "Deputy Chief Officer", "4 x 5 = 20", "12",
         "Monthly budget monitoring to SLB and SPA Resources Committee; vacancy control panel; capital investment prioritisation.",
         [("SR01.1", "Deliver the 2025/26 savings plan, including the staff workforce reduction programme, with monthly reporting to the Strategic Leadership Board.",
           "Director of Finance", D(2026, 3, 31), None, "G"),
          ("SR01.2", "Develop a three-year medium-term financial plan aligned to the Policing 2026 delivery plan.",
           "Director of Finance / Director of Strategy & Analysis", D(2025, 12, 31), None, "A")]),
        ("SR02 – Workforce Capacity and Wellbeing",
         "There is a risk that the capacity, capability and wellbeing of officers and staff are insufficient to meet demand, leading to reduced service and increased absence.",
         "DCC Local Policing", "4 x 4 = 16", "9",
         "Resource deployment model; wellbeing programme; attendance management procedure; probationer support.",
         [("SR02.1", "Implement the revised officer resource allocation model across all local policing divisions.",
           "ACC Local Policing", D(2026, 1, 31), None, "A"),
          ("SR02.2", "Roll out the refreshed trauma risk management (TRiM) training to all response officers.",
           "Director of People & Development", D(2025, 9, 30), None, "B"),
          ("SR02.3", "Review probationer attrition data and report findings and recommendations to the People Board.",
           "Director of People & Development", D(2025, 11, 30), None, "G")]),
        ("SR03 – Cyber and Information Security",
         "There is a risk that a cyber attack or failure of legacy ICT compromises operational systems or the security of information.",
         "Deputy Chief Officer", "3 x 5 = 15", "10",
         "24/7 security operations centre; NCSC guidance applied; annual penetration testing; mandatory data protection training.",
         [("SR03.1", "Complete the migration of legacy applications off unsupported server platforms.",
           "Chief Digital Information Officer", D(2026, 6, 30), None, "A"),
          ("SR03.2", "Deliver phishing simulation exercises and mandatory cyber awareness training to all officers and staff.",
           "Head of Information Security", D(2025, 8, 31), D(2025, 12, 31), "R"),
          ("SR03.3", "Achieve Cyber Essentials Plus accreditation for the corporate network.",
           "Head of Information Security", "Q4 2025/26", None, "G")]),
        ("SR04 – Public Confidence and Legitimacy",
         "There is a risk that public trust and confidence in policing falls if the service does not demonstrate fairness, transparency and accountability.",
         "DCC Professionalism, Strategy & Engagement", "3 x 4 = 12", "8",
         "Policing Together programme; user experience survey; complaints handling oversight by PIRC and SPA.",
         [("SR04.1", "Publish the Policing Together progress report and equality outcomes update.",
           "DCC Professionalism, Strategy & Engagement", D(2025, 6, 30), None, "B"),
          ("SR04.2", "Embed the public contact and engagement strategy in all 13 local policing divisions.",
           "ACC Local Policing / Head of Corporate Communications", "Ongoing", None, "G")]),
    ]
    score_fill = {"20": "red", "16": "red", "15": "amber", "12": "amber"}
    r = 6
    for heading, desc, owner, cur, tgt, ctrls, acts in risks:
        section_row(ws, r, heading, n, fill="lilac")
        r += 1
        first = r
        for i, (ref, act, aown, due, rev, rag) in enumerate(acts):
            if i == 0:
                put(ws, r, [desc, owner, cur, tgt, ctrls])
            put(ws, r, [ref, act, aown, due, rev, rag], start=6)
            for col in (9, 10):
                if isinstance(ws.cell(row=r, column=col).value, dt.datetime):
                    ws.cell(row=r, column=col).number_format = "dd-mmm-yy"
            rag_cell(ws, r, 11, rag)
            r += 1
        last = r - 1
        if last > first:
            for col in range(1, 6):
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        sc = cur.split("= ")[-1]
        ws.cell(row=first, column=3).fill = FILL[score_fill.get(sc, "amber")]
    r += 1
    ws.cell(row=r, column=1, value="Action RAG key:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="B – action complete")
    ws.cell(row=r + 2, column=1, value="G – on track for due date")
    ws.cell(row=r + 3, column=1, value="A – at risk of slippage")
    ws.cell(row=r + 4, column=1, value="R – off track / past due date")
    ws.cell(row=r + 6, column=1, value="Scores use the Police Scotland 5 x 5 risk matrix (likelihood x impact). Scores of 16 and above are outside risk appetite and are reported to SPA.")
    widths(ws, [40, 18, 12, 9, 36, 9, 46, 26, 11, 11, 9])
    ws.freeze_panes = "A6"

    hm = wb.create_sheet("Heat Map")
    hm["A1"] = "Strategic risks – current position (Q2 2025/26)"
    hm["A1"].font = Font(bold=True)
    header_row(hm, 3, ["Risk", "Q1 2025/26", "Q2 2025/26", "Direction"])
    for i, vals in enumerate([["SR01", 20, 20, "↔"], ["SR02", 16, 16, "↔"],
                              ["SR03", 16, 15, "↓"], ["SR04", 12, 12, "↔"]], 4):
        put(hm, i, vals)
    widths(hm, [12, 12, 12, 10])
    wb.save(out("rc-police-scotland-strategic-risk-register-2025-26.xlsx"))


# ============================================================ 3. Dundee and Angus College (xlsx, refuse)
def make_dundee_angus():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Dundee and Angus College – Education Scotland Progress Visit Action Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress visit by HM Inspectors: 10–13 March 2025.  Report published: 29 April 2025"
    ws["A3"] = "Plan owner: Vice Principal – Curriculum and Attainment.  Approved by Learning, Teaching and Quality Committee: 10 June 2025"
    cols = ["Ref", "Area for development (HM Inspectors)", "Action", "Lead", "Start",
            "Target date", "Measure of success", "Progress update (October 2025)", "RAG"]
    n = len(cols)
    header_row(ws, 5, cols, fill="grey", white=False)
    rows = [
        ("section", "1. Learner progress and outcomes"),
        ("1.1", "Managers should take action to improve successful completion rates on full-time further education programmes, particularly in construction and engineering.",
         "Introduce fortnightly learner progress reviews for all full-time FE programmes with completion rates below 65%.",
         "Head of Construction & Engineering", "Aug 2025", "January 2026",
         "Completion on targeted programmes increases by 5 percentage points.", "Reviews running in 14 of 17 programmes.", "G"),
        ("1.2", None,
         "Extend the early withdrawal alert in the learner tracking system to part-time FE programmes.",
         "Head of Learner Information", "Aug 2025", "June 2026",
         "Alerts live for all part-time FE learners.", "Specification agreed with MIS.", "G"),
        ("1.3", "Staff should make better use of data on learner attainment to plan improvements at course level.",
         "Deliver data literacy workshops for curriculum team leaders using the course dashboard.",
         "Quality Enhancement Manager", "Sep 2025", "December 2025",
         "All curriculum team leaders attend; action plans reference attainment data.", "Two of three workshops delivered.", "A"),
        ("section", "2. Learning, teaching and assessment"),
        ("2.1", "Managers should ensure that all learners receive timely and helpful feedback on their assessed work.",
         "Set and publish a college-wide standard of 15 working days for return of assessed work with feedback.",
         "Director of Curriculum (Arbroath and Gardyne)", "Oct 2025", "March 2026",
         "Learner survey: 85% agree feedback helps them improve.", "Draft standard at Academic Board.", "G"),
        ("2.2", None,
         "Carry out a sample check of assessment feedback in each faculty and report findings to the Learning, Teaching and Quality Committee.",
         "Quality Enhancement Manager", "Jan 2026", "Febuary 2026",
         "Sample covers every faculty; findings reported.", "Not yet started.", ""),
        ("section", "3. Quality culture and self-evaluation"),
        ("3.1", "The college should involve learners more fully in evaluating and improving their programmes.",
         "Train class representatives to take part in course team self-evaluation meetings.",
         "Student Association President / Student Engagement Officer", "Sep 2025", "November 2025",
         "Class reps attend at least two course team meetings each year.", "Training delivered to 212 class reps.", "B"),
        ("3.2", None,
         "Add a learner voice section to the course self-evaluation template.",
         "Quality Enhancement Manager", "Aug 2025", "May 2026",
         "Template revised and used by all course teams.", "Revised template issued for 2025-26.", "G"),
    ]
    r = 6
    pending_merge = None
    for row in rows:
        if row[0] == "section":
            section_row(ws, r, row[1], n)
            r += 1
            continue
        put(ws, r, list(row[:8]) + [row[8] or None])
        ws.cell(row=r, column=9).value = row[8] or None
        rag_cell(ws, r, 9, row[8])
        if row[1] is not None:
            pending_merge = r
        else:
            ws.merge_cells(start_row=pending_merge, start_column=2, end_row=r, end_column=2)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete   G = on track   A = some slippage   R = off track   blank = not started").font = Font(italic=True)
    widths(ws, [6, 40, 44, 26, 9, 13, 32, 32, 6])
    ws.freeze_panes = "A6"

    log = wb.create_sheet("Version control")
    header_row(log, 1, ["Version", "Date", "Author", "Change"], fill="grey", white=False)
    for i, vals in enumerate([["0.1", "19/05/2025", "Quality Enhancement Manager", "First draft from HMI report"],
                              ["1.0", "10/06/2025", "VP Curriculum and Attainment", "Approved by LTQ Committee"],
                              ["1.1", "20/10/2025", "Quality Enhancement Manager", "October progress update"]], 2):
        put(log, i, vals)
    widths(log, [9, 12, 30, 34])
    wb.save(out("rc-dundee-and-angus-college-education-scotland-progress-visit-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- helpers (docx)
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))


DOCX_RAG = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0"}


# ============================================================ 4. Crickhowell High School PIAP (docx)
def make_crickhowell():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Crickhowell High School – Post-Inspection Action Plan", style="Title")
    doc.add_paragraph("Estyn core inspection: 5–8 February 2024.  Plan agreed by the Governing Body: 15 May 2024.  "
                      "Progress reviewed: December 2024.")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Author", "Comment"),
          ("1.0", "15/05/2024", "Headteacher", "Agreed by Governing Body"),
          ("1.1", "09/07/2024", "Deputy Headteacher", "Powys school improvement partner comments added"),
          ("1.2", "11/12/2024", "Deputy Headteacher", "Autumn term progress review (RAG)")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph()
    doc.add_heading("Recommendations from the inspection report", level=1)
    recs = [
        "R1: Improve the consistency of teaching so that all pupils, particularly the more able, are challenged to make strong progress",
        "R2: Strengthen the development of pupils’ reading and extended writing skills across the curriculum",
        "R3: Improve attendance, particularly of pupils eligible for free school meals",
        "R4: Sharpen self-evaluation and improvement planning so that leaders focus on the impact of provision on pupils’ learning",
    ]
    for rec in recs:
        doc.add_paragraph(rec, style="List Bullet")
    doc.add_paragraph("RAG key (December 2024 review): B = completed; G = on track; A = some slippage; R = not on track. "
                      "Blank = not yet due to start.")

    cols = ["No.", "Action", "Success criteria", "Lead", "Timescale", "Monitoring", "RAG"]
    plan = {
        recs[0]: [
            ("1.1", "Establish a teaching and learning working group to agree a shared set of expectations for challenge and questioning.",
             "Agreed expectations published to all staff; used in lesson visits.", "Deputy Headteacher (Teaching & Learning)",
             "Summer term 2024", "SLT line management; governors’ curriculum committee", "B"),
            ("1.2", "Half-termly learning walks focused on the challenge provided for more able pupils, with feedback to departments.",
             "Learning walk records show most lessons provide suitable challenge by summer 2025.", "SLT",
             "Autumn term 2024", "Headteacher reports to governors termly", "G"),
            ("1.3", "Coaching programme for teachers where monitoring identifies inconsistency in teaching.",
             "Identified staff show improvement at review point.", "Deputy Headteacher (Teaching & Learning) / Lead Practitioner",
             "Spring term 2025", "Powys school improvement partner visit", "A"),
        ],
        recs[1]: [
            ("2.1", "Introduce a whole-school reading strategy:\ntest reading ages of all Year 7 and Year 8 pupils on entry and in June;\nweekly tutor-time reading programme for pupils below their chronological reading age.",
             "Reading ages of targeted pupils improve by at least 12 months.", "Literacy Co-ordinator",
             "September 2024", "Literacy report to governors each term", "G"),
            ("2.2", "Plan at least one extended writing task each half term in humanities, science and technology schemes of work.",
             "Book scrutiny shows regular extended writing of improving quality.", "Heads of Faculty",
             "By July 2025", "Book scrutiny each term", ""),
        ],
        recs[2]: [
            ("3.1", "Appoint an attendance officer and introduce weekly attendance tracking meetings with heads of year.",
             "Whole-school attendance rises to 92% or above.", "AHT (Pupil Wellbeing)",
             "Summer term 2024", "Governors’ wellbeing committee", "B"),
            ("3.2", "Work with the Powys education welfare service to engage families of pupils eligible for free school meals whose attendance is below 90%.",
             "Gap between eFSM and non-eFSM attendance narrows by 2 percentage points.", "AHT (Pupil Wellbeing) / Education Welfare Officer",
             "Ongoing – reviewed half-termly", "Termly attendance report", "A"),
        ],
        recs[3]: [
            ("4.1", "Revise the school’s self-evaluation calendar so that each department evaluates pupils’ progress using first-hand evidence.",
             "Departmental self-evaluation reports focus on impact on learning.", "Headteacher",
             "Autumn term 2024", "Governing Body", "G"),
            ("4.2", "Train middle leaders in writing precise improvement priorities with measurable success criteria.",
             "All department improvement plans for 2025-26 meet the agreed standard.", "Deputy Headteacher",
             "Summer term 2025", "SLT quality assurance of plans", ""),
        ],
    }
    for rec in recs:
        tbl = doc.add_table(rows=2, cols=len(cols))
        tbl.style = "Table Grid"
        top = tbl.cell(0, 0).merge(tbl.cell(0, len(cols) - 1))
        set_cell(top, rec, bold=True, size=10)
        shade(top, "D9E2F3")
        for j, c in enumerate(cols):
            set_cell(tbl.cell(1, j), c, bold=True)
            shade(tbl.cell(1, j), "F2F2F2")
        for row in plan[rec]:
            cells = tbl.add_row().cells
            for j, v in enumerate(row):
                set_cell(cells[j], v)
            if row[6] in DOCX_RAG:
                shade(cells[6], DOCX_RAG[row[6]])
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for i, row in enumerate([("Role", "Name", "Date"),
                             ("Chair of Governors", "", "15/05/2024"),
                             ("Headteacher", "", "15/05/2024")]):
        for j, v in enumerate(row):
            set_cell(s.cell(i, j), v, bold=(i == 0))
    doc.save(out("rc-crickhowell-high-school-estyn-post-inspection-action-plan.docx"))


# ============================================================ 5. Inspire Wellbeing RQIA QIP (docx)
def make_inspire():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("RQIA Inspection – Quality Improvement Plan", style="Title")
    info = doc.add_table(rows=6, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Provider", "Inspire Wellbeing"),
        ("Agency", "Lisburn Supported Living Service (Domiciliary Care Agency – supported living type)"),
        ("Inspection date", "20 November 2024 (unannounced)"),
        ("Registered Manager", "Ciara Donnelly"),
        ("QIP returned to RQIA", "8 January 2025"),
        ("This update", "14 March 2025 – for Quality and Governance Committee"),
    ]):
        set_cell(info.cell(i, 0), k, bold=True)
        set_cell(info.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_paragraph("The areas for improvement below are those identified by RQIA at the inspection. Each has been "
                      "broken down into the actions the agency is taking. Status key: Complete (blue); On track (green); "
                      "At risk (amber); Off track (red); Not started.")

    cols = ["Area for improvement", "Detail (as stated by RQIA)", "Action no.", "Action to be taken",
            "Responsible person", "To be completed by", "Status"]
    sections = [
        ("Action required to ensure compliance with The Domiciliary Care Agencies Regulations (Northern Ireland) 2007", [
            ("Area for improvement 1\nRef: Regulation 13 (d)\nStated: First time", "The registered person shall ensure that no domiciliary care worker is supplied by the agency unless full and satisfactory information is available in relation to him in respect of each of the matters specified in Schedule 3.",
             [("1.1", "Audit all staff recruitment files against Schedule 3 and obtain any missing information.",
               "Registered Manager", "31 January 2025", "Complete"),
              ("1.2", "Introduce a pre-employment checklist to be signed off by the Registered Manager before any new worker is placed on the rota.",
               "Registered Manager; HR Business Partner", "Immediate and ongoing", "On track")]),
            ("Area for improvement 2\nRef: Regulation 23 (1)\nStated: Second time", "The registered person shall establish and maintain a system for evaluating the quality of the services which the agency arranges to be provided, and monthly quality monitoring reports shall be completed.",
             [("2.1", "Monthly quality monitoring visits to be completed by the Service Manager using the revised template, including the views of tenants and their relatives.",
               "Service Manager", "28/02/2025", "On track"),
              ("2.2", "Action plans from monthly monitoring reports to be reviewed at team meetings and signed off when complete.",
               "Registered Manager", "End of March 2025", "At risk")]),
        ]),
        ("Action required to ensure compliance with the Domiciliary Care Agencies Minimum Standards, 2021", [
            ("Area for improvement 3\nRef: Standard 12.3\nStated: First time", "The registered person shall ensure that staff complete mandatory training, including Deprivation of Liberty Safeguards training appropriate to their role, and that training records are kept up to date.",
             [("3.1", "Book all staff with out-of-date DoLS training onto the Trust-facilitated sessions.",
               "Learning & Development Lead", "30 April 2025", "On track"),
              ("3.2", "Add mandatory training compliance to the monthly supervision agenda for each worker.",
               "Team Leaders", "31/03/2025", "Not started")]),
            ("Area for improvement 4\nRef: Standard 8.17\nStated: First time", "The registered person shall ensure that any restrictive practice is recorded in the tenant’s care plan, is reviewed regularly and is agreed with the HSC Trust key worker.",
             [("4.1", "Review every tenant’s care plan for restrictive practices and agree each one with the HSC Trust key worker.",
               "Registered Manager / Senior Support Worker", "May 2025", "Off track")]),
        ]),
    ]
    for heading, afis in sections:
        doc.add_heading(heading, level=2)
        tbl = doc.add_table(rows=1, cols=len(cols))
        tbl.style = "Table Grid"
        for j, c in enumerate(cols):
            set_cell(tbl.cell(0, j), c, bold=True)
            shade(tbl.cell(0, j), "D9D9D9")
        for no, afi_text, acts in afis:
            first = len(tbl.rows)
            for a in acts:
                cells = tbl.add_row().cells
                for j, v in enumerate(a, 2):
                    set_cell(cells[j], v)
            last = len(tbl.rows) - 1
            c0 = tbl.cell(first, 0).merge(tbl.cell(last, 0)) if last > first else tbl.cell(first, 0)
            c1 = tbl.cell(first, 1).merge(tbl.cell(last, 1)) if last > first else tbl.cell(first, 1)
            set_cell(c0, no, bold=True)
            set_cell(c1, afi_text)
        doc.add_paragraph()
    doc.add_paragraph("Signed: ______________________  Registered Manager        Date: 14/03/2025")
    doc.add_paragraph("Approved: ____________________  Responsible Individual     Date: 14/03/2025")
    doc.save(out("rc-inspire-wellbeing-supported-living-rqia-quality-improvement-plan.docx"))


# ============================================================ 6. BSO NIAO tracker (csv)
def make_bso():
    rows = [
        ["Business Services Organisation – Tracker of NIAO Recommendations (Reports to Those Charged with Governance)"],
        ["Audit and Risk Assurance Committee – position at 30 September 2025"],
        [],
        ["Ref", "Priority", "Recommendation", "Responsible Officer", "Agreed Implementation Date",
         "Revised Date", "Status", "RAG", "Progress Update"],
        ["Report to Those Charged with Governance 2022-23"],
        ["2223/01", "Priority 2",
         "BSO should review the Scheme of Delegation to ensure that approval limits for single tender actions reflect current procurement guidance.",
         "Director of Finance", "31/03/2024", "31/12/2024", "Implemented", "B",
         "Revised Scheme of Delegation approved by the Board on 5 December 2024."],
        ["2223/04", "Priority 1",
         "Management should ensure that all payments made on behalf of HSC bodies through the Family Practitioner Services system are subject to \"post-payment verification\" in line with the agreed sampling plan.",
         "Director of Family Practitioner Services", "30/06/2024", "31/03/2026", "Partially implemented", "A",
         "Sampling plan agreed. Backlog of 2023-24 verifications reduced from 412 to 96; staff recruited."],
        ["Report to Those Charged with Governance 2023-24"],
        ["2324/02", "Priority 2",
         "Leavers should be removed from all BSO systems promptly. Management should:\n(a) reconcile HRPTS leavers to active network accounts monthly; and\n(b) report exceptions to the Information Governance Steering Group.",
         "Head of IT Services / Head of HR", "March 2025", "", "Implemented", "B",
         "Monthly reconciliation in place from January 2025."],
        ["2324/03", "Priority 2",
         "The fixed asset register should be reconciled to the general ledger each quarter and reconciling items cleared.",
         "Financial Accounting Manager", "Q3 2024/25", "Q3 2025/26", "Partially implemented", "A",
         "Q1 reconciliation complete; two historic reconciling items under investigation."],
        ["2324/05", "Priority 3",
         "BSO should update its Fraud Response Plan to reflect the revised Department of Health guidance.",
         "Fraud Liaison Officer", "30/09/2024", "", "Implemented", "B",
         "Updated plan approved by ARAC in October 2024."],
        ["Report to Those Charged with Governance 2024-25"],
        ["2425/01", "Priority 1",
         "Management should ensure that contracts awarded by PaLS on behalf of HSC Trusts are supported by a signed contract before the start of the service, and that retrospective contracts are reported to ARAC.",
         "Head of Procurement and Logistics Service (PaLS)", "31/12/2025", "", "Not yet due", "G",
         "Contract start checklist introduced; retrospective contracts to be reported to December ARAC."],
        ["2425/02", "Priority 2",
         "The organisation should finalise and test its IT disaster recovery plan for the Recruitment Shared Service Centre systems.",
         "Chief Digital Information Officer", "31/03/2025", "30/06/2025", "Not implemented", "R",
         "Test postponed twice due to supplier availability; new test date requested."],
        ["2425/03", "Priority 3",
         "Register of interests declarations should be obtained from all staff at Band 8b and above.",
         "Board Secretary", "30/11/2025", "", "Not yet due", "G",
         "Declarations requested; 78% returned."],
        [],
        ["Summary"],
        ["Implemented", "3"],
        ["Partially implemented", "2"],
        ["Not implemented", "1"],
        ["Not yet due", "2"],
        ["Total", "8"],
        [],
        ["RAG: B = implemented; G = not yet due and on track; A = partially implemented, revised date agreed; R = not implemented by agreed or revised date."],
    ]
    with open(out("rc-business-services-organisation-niao-rttcwg-recommendations-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        for row in rows:
            w.writerow(row)


# ============================================================ 7. Richmond Fellowship Scotland (txt)
def make_rfs():
    T = "\t"
    head = ["Ref", "Action", "Lead", "By when", "RAG", "Update"]
    lines = [
        "The Richmond Fellowship Scotland – East Dunbartonshire Supported Living Service: Care Inspectorate Improvement Plan",
        "Service type: Housing Support Service and Care at Home Service (combined)",
        "Inspection: unannounced, 6–9 October 2025.  Report published: 12 November 2025",
        "Plan owner: Registered Manager.  Last updated: 15/01/2026",
        "",
        "RAG key: R = off track   A = some delay   G = on track   C = complete",
        "",
        "1. How well do we support people's wellbeing?",
        "",
        "Requirement 1",
        "By 31 January 2026, the provider must ensure that people receive their medication safely and as prescribed, with accurate medication administration records kept for every person.",
        "",
        T.join(head),
        T.join(["R1.1", "Complete a medication competency assessment for every support worker who administers medication.",
                "Team Leaders", "31/01/2026", "G", "41 of 48 staff assessed"]),
        T.join(["R1.2", "Introduce a weekly MAR chart audit in each shared tenancy, with errors reported to the Registered Manager the same day.",
                "Registered Manager", "End of November 2025", "C", "Weekly audits in place since 17/11/2025"]),
        T.join(["R1.3", "Review all 'as required' (PRN) protocols with the prescribing GP practice.",
                "Service Manager / Community Pharmacist", "Jan 2026", "A", "Two GP practices still to respond"]),
        "",
        "Area for improvement 1",
        "To support people's health and wellbeing, the provider should ensure that personal plans include clear guidance on how each person wishes to be supported when they are stressed or distressed.",
        "",
        T.join(head),
        T.join(["AFI1.1", "Rewrite stress and distress sections of personal plans using the positive behaviour support template.",
                "Positive Behaviour Support Practitioner", "March 2026", "G", "12 of 19 plans rewritten"]),
        T.join(["AFI1.2", "Check new plans with each person and their family or guardian at their six-monthly review.",
                "Keyworkers", "Ongoing – at each review", "G", ""]),
        "",
        "2. How good is our leadership?",
        "",
        "Area for improvement 2",
        "The provider should ensure that quality assurance audits lead to clear actions which are followed up and signed off when complete.",
        "",
        T.join(head),
        T.join(["AFI2.1", "Introduce a single service improvement log linking audit findings to actions, owners and completion dates.",
                "Area Manager / Quality Improvement Lead", "28 February 2026", "A", "Log drafted; not yet in use in all tenancies"]),
        "",
        "3. How good is our staff team?",
        "",
        "Area for improvement 3",
        "The provider should ensure that staff receive regular supervision in line with the organisation's policy.",
        "",
        T.join(head),
        T.join(["AFI3.1", "Set a supervision schedule for every team member and report compliance monthly to the Area Manager.",
                "Registered Manager", "Dec-25", "C", "Compliance 94% in December"]),
        "",
        "Plan reviewed at service management meeting: 15/01/2026. Next review: 12/02/2026.",
    ]
    with open(out("rc-richmond-fellowship-scotland-east-dunbartonshire-care-inspectorate-improvement-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_nwssp()
    make_police_scotland()
    make_dundee_angus()
    make_crickhowell()
    make_inspire()
    make_bso()
    make_rfs()
    print("built 7 files in", HERE)
