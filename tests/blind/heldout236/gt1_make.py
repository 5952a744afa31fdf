"""Build the seven gt1- data files of set heldout236.

Run with /work/main/.venv/bin/python gt1_make.py (openpyxl, python-docx).
"""
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "lite": "DEEAF6",
}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


def put(ws, row, col, value, *, bold=False, bg=None, white=False, fmt=None, border=True):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or white:
        c.font = Font(bold=bold, color="FFFFFF" if white else None)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Xaverian College - Ofsted post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
XAV_TITLE = "Xaverian College – Post-Inspection Action Plan 2024–25"
XAV_AFI = [
    ("1. Leaders should ensure that teachers in A-level subjects use assessment consistently "
     "to identify and close the gaps in students’ knowledge.", [
        ("1.1", "Deliver a CPD programme on responsive teaching and retrieval practice for all "
                "A-level teachers, led by the college’s specialist practitioners.",
         "Assistant Principal (Teaching, Learning & Assessment)",
         "Teachers plan retrieval activities into schemes of work; learning walks show consistent use.",
         D(2025, 1, 31), "blue", "All five CPD sessions delivered; 94% attendance. Impact reviewed at February learning walks."),
        ("1.2", "Introduce termly subject ‘knowledge checks’ in each A-level subject and record outcomes on ProMonitor.\n"
                "Heads of Faculty to review results at monthly curriculum meetings.",
         "Heads of Faculty / Data Manager",
         "Gaps identified and re-taught; improved mock results in Year 13.",
         "Spring term 2025", "green", "Autumn checks completed in 21 of 22 subjects; Spanish to follow."),
        ("1.3", "Quality Manager to carry out deep dives in the four lowest-performing A-level subjects "
                "(Chemistry, Further Maths, Sociology, Spanish) with follow-up learning walks.",
         "Quality Manager",
         "Subject action plans in place; value added at or above national average.",
         D(2025, 5, 30), "amber", "Two deep dives complete. Sociology deep dive moved to April because of staff absence."),
    ]),
    ("2. Leaders should improve attendance on level 2 and level 3 vocational programmes, "
     "particularly in English and mathematics lessons.", [
        ("2.1", "Implement the revised attendance escalation process (Stage 1–4) with same-day contact "
                "for all absences from English and maths.",
         "Assistant Principal (Student Experience)",
         "Attendance in English and maths at 88% or above.",
         "Nov 2024", "blue", "Process live from 4 November. English/maths attendance 86.5% (up 7 points)."),
        ("2.2", "Appoint two attendance & engagement mentors for the Vocational Faculty and set weekly "
                "attendance targets for each programme area.",
         "Head of Vocational Faculty; HR Business Partner",
         "Mentors in post; weekly targets reviewed at faculty meetings.",
         D(2025, 2, 28), "red", "One mentor appointed January 2025; second post re-advertised."),
    ]),
    ("3. Leaders should ensure that all students benefit from a well-planned personal development "
     "curriculum, including learning about healthy relationships and the risks of radicalisation and extremism.", [
        ("3.1", "Redesign the tutorial curriculum with a sequenced programme covering healthy relationships, "
                "consent, online safety and Prevent.",
         "Head of Student Services",
         "Students can explain key messages from tutorials in focus groups.",
         "Summer term 2025", "green", "Year 1 programme rewritten; Year 2 units in draft."),
        ("3.2", "Survey students each term to check what they recall from tutorial sessions and adjust the programme.",
         "Head of Student Services / Student Voice Officer",
         "Survey recall scores improve term on term.",
         "Termly", "green", "Autumn survey: 1,412 responses. Spring survey opens 3 March."),
    ]),
    ("4. Governors should receive more detailed information about the quality of education in each "
     "curriculum area so that they can hold leaders to account.", [
        ("4.1", "Introduce a curriculum area quality dashboard to each Quality & Standards Committee meeting, "
                "with link governors attending faculty reviews.",
         "Vice Principal (Curriculum and Quality) / Clerk to the Corporation",
         "Minutes show governors challenging leaders on curriculum area performance.",
         D(2024, 12, 10), "blue", "Dashboard presented 10 December 2024 and 25 March 2025."),
    ]),
]


def make_xaverian(path):
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [34, 30, 30, 34])
    cov["A1"] = XAV_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov.merge_cells("A1:D1")
    cov["A3"] = "Inspection dates"
    cov["B3"] = "8–11 October 2024"
    cov["A4"] = "Overall effectiveness"
    cov["B4"] = "Requires improvement"
    put(cov, 6, 1, "Ofsted judgement", bold=True, bg=FILL["lite"])
    put(cov, 6, 2, "Grade", bold=True, bg=FILL["lite"])
    for i, (j, g) in enumerate([
        ("Quality of education", "Requires improvement"),
        ("Behaviour and attitudes", "Good"),
        ("Personal development", "Requires improvement"),
        ("Leadership and management", "Requires improvement"),
        ("Education programmes for young people", "Requires improvement"),
        ("Adult learning programmes", "Good"),
    ], start=7):
        put(cov, i, 1, j)
        put(cov, i, 2, g)
    cov["A14"] = "Document control"
    cov["A14"].font = Font(bold=True)
    for c, h in enumerate(["Version", "Date", "Author", "Approved by"], start=1):
        put(cov, 15, c, h, bold=True, bg=FILL["lite"])
    for r, row in enumerate([
        ("v1.0", D(2024, 12, 2), "Vice Principal (Curriculum and Quality)", "Corporation – 10 December 2024"),
        ("v1.3", D(2025, 3, 14), "Quality Manager", "Quality & Standards Committee – 25 March 2025"),
    ], start=16):
        for c, v in enumerate(row, start=1):
            put(cov, r, c, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)

    ws = wb.create_sheet("PIAP")
    widths(ws, [7, 42, 52, 30, 38, 16, 8, 46])
    ws["A1"] = XAV_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress update: March 2025 (for Quality & Standards Committee)"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    put(ws, 3, 2, "Complete", bg=FILL["blue"])
    put(ws, 3, 3, "On track", bg=FILL["green"])
    put(ws, 3, 4, "Some slippage – action in hand", bg=FILL["amber"])
    put(ws, 3, 5, "Off track", bg=FILL["red"])
    heads = ["Ref", "Area for improvement (Ofsted, October 2024)", "Action", "Lead(s)",
             "Success measure / impact", "Target date", "RAG", "Progress update – March 2025"]
    for c, h in enumerate(heads, start=1):
        put(ws, 5, c, h, bold=True, white=True, bg=FILL["head"])
    r = 6
    for afi, acts in XAV_AFI:
        first = r
        for ref, action, lead, measure, due, rag, upd in acts:
            put(ws, r, 1, ref)
            put(ws, r, 2, afi if r == first else None)
            put(ws, r, 3, action)
            put(ws, r, 4, lead)
            put(ws, r, 5, measure)
            put(ws, r, 6, due, fmt="dd/mm/yyyy" if isinstance(due, dt.datetime) else None)
            put(ws, r, 7, None, bg=FILL[rag])
            put(ws, r, 8, upd)
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG ratings are reviewed by the Senior Leadership Team fortnightly. "
                                   "Target dates were agreed with the Corporation on 10 December 2024.")
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    widths(sm, [30, 12])
    sm["A1"] = "PIAP summary – March 2025"
    sm["A1"].font = Font(bold=True)
    for i, (k, v, col) in enumerate([
        ("Complete", 3, "blue"), ("On track", 3, "green"),
        ("Some slippage", 1, "amber"), ("Off track", 1, "red"),
    ], start=3):
        put(sm, i, 1, k, bg=FILL[col])
        put(sm, i, 2, v)
    put(sm, 7, 1, "Total actions", bold=True)
    put(sm, 7, 2, 8, bold=True)
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. County Durham and Darlington NHS FT - CQC must/should do (xlsx)
# ---------------------------------------------------------------------------
CDD_TITLE = "County Durham and Darlington NHS Foundation Trust – CQC Must Do / Should Do Action Plan"
CDD_UEC = "Urgent and emergency care – University Hospital of North Durham"
CDD_MED = "Medical care (including older people’s care) – Darlington Memorial Hospital"
# (section, ref, requirement, regulation, action, lead, original, revised, prev, current, progress)
CDD_MUST = [
    (CDD_UEC, [
        ("The trust must ensure that patients in the emergency department receive timely assessment "
         "and triage within 15 minutes of arrival.", "Regulation 12(1)(2)(a)", [
            ("MD1a", "Implement a streaming and rapid assessment nurse role at the front door, 08:00–00:00 seven days a week.",
             "Associate Director of Nursing, Integrated Care", D(2024, 1, 31), D(2024, 3, 31), "A", "A",
             "Rota agreed; 5 of 7 band 6 posts filled. Full cover from March."),
            ("MD1b", "Audit triage times weekly and report compliance to the Urgent Care Board; escalate any day "
                     "below 85% to the Care Group Director.",
             "ED Matron / Clinical Director for Emergency Medicine", D(2024, 2, 29), None, "G", "B",
             "Weekly audit embedded since December; January compliance 88%."),
        ]),
        ("The trust must ensure that mandatory training, including safeguarding level 3, is completed by all "
         "medical and nursing staff in the emergency department.", "Regulation 18(2)(a)", [
            ("MD2", "Agree a trajectory to reach 90% compliance with protected training time on the ED rota.",
             "Clinical Director for Emergency Medicine", D(2024, 4, 30), D(2024, 6, 30), "A", "R",
             "Medical staff compliance 71%; winter pressures stood down protected time in January."),
        ]),
    ]),
    (CDD_MED, [
        ("The trust must ensure that risk assessments for falls, pressure ulcers and nutrition are completed "
         "within six hours of admission and reviewed in line with policy.", "Regulation 12(2)(a)(b)", [
            ("MD3", "Roll out the electronic nursing assessment bundle on all medical wards with compliance "
                    "visible on the ward dashboard.",
             "Deputy Director of Nursing", "Q4 2023/24", "Q1 2024/25", "A", "G",
             "Live on 9 of 12 wards; remaining wards after system upgrade in April."),
        ]),
        ("The trust must ensure that the Mental Capacity Act 2005 is applied and that capacity assessments "
         "are documented for patients subject to Deprivation of Liberty Safeguards applications.", "Regulation 11", [
            ("MD4", "Deliver MCA/DoLS training to ward sisters and introduce a monthly MCA documentation audit on each ward.",
             "Named Nurse for Safeguarding Adults; Ward Sisters", D(2024, 5, 31), None, "G", "G",
             "Training dates booked; first audit results due March 2024."),
        ]),
    ]),
]
CDD_SHOULD = [
    (CDD_UEC, [
        ("The trust should ensure that the paediatric waiting area in the emergency department is visually "
         "and audibly separated from the adult area.", "", [
            ("SD1", "Complete estates works to create a separate paediatric waiting area with a dedicated entrance.",
             "Head of Capital Planning", D(2024, 9, 30), None, None, "G",
             "Design approved by Capital Group; works scheduled for summer 2024."),
        ]),
    ]),
    (CDD_MED, [
        ("The trust should continue to improve the timeliness of discharge letters sent to GPs.", "", [
            ("SD2", "Introduce an electronic discharge summary completion target of 24 hours with daily "
                    "reporting to consultants.",
             "Chief Clinical Information Officer", D(2024, 3, 31), None, "G", "B",
             "Target live; 93% of summaries sent within 24 hours in January."),
        ]),
        ("The trust should ensure that call bells are within reach of patients at all times.", "", [
            ("SD3", "Include call bell checks in hourly intentional rounding and the monthly ward accreditation audit.",
             "Matrons (Medicine Care Group)", D(2024, 6, 30), None, "A", "G",
             "Added to rounding charts; accreditation audit question from April."),
        ]),
    ]),
]
CDD_HEADS = ["Ref", "CQC requirement", "Regulation", "Action", "Lead", "Original completion date",
             "Revised completion date", "Previous RAG", "Current RAG", "Progress / evidence (February 2024)"]
RAG_LETTER_FILL = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}


def _cdd_sheet(wb, name, subtitle, sections, with_reg):
    ws = wb.create_sheet(name)
    widths(ws, [8, 46, 18, 50, 32, 14, 14, 10, 10, 44])
    ws["A1"] = CDD_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = subtitle
    ws["A2"].font = Font(bold=True, italic=True)
    for c, h in enumerate(CDD_HEADS, start=1):
        put(ws, 3, c, h, bold=True, white=True, bg=FILL["head"])
    r = 4
    for section, reqs in sections:
        put(ws, r, 1, section, bold=True, bg=FILL["grey"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for req, reg, acts in reqs:
            first = r
            for ref, action, lead, orig, rev, prev, cur, prog in acts:
                put(ws, r, 1, ref)
                put(ws, r, 2, req if r == first else None)
                put(ws, r, 3, (reg or "—") if r == first else None)
                put(ws, r, 4, action)
                put(ws, r, 5, lead)
                put(ws, r, 6, orig, fmt="dd/mm/yyyy" if isinstance(orig, dt.datetime) else None)
                put(ws, r, 7, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
                put(ws, r, 8, prev, bg=RAG_LETTER_FILL.get(prev))
                put(ws, r, 9, cur, bg=RAG_LETTER_FILL.get(cur))
                put(ws, r, 10, prog)
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = Complete and evidenced; G = On track; A = At risk of delay; "
                                   "R = Off track / overdue")
    ws.freeze_panes = "A4"
    return ws


def make_cddft(path):
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    widths(sm, [70, 12, 12, 12, 12, 12, 12])
    sm["A1"] = CDD_TITLE
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "CQC inspection June 2023, report published 14 December 2023. Position at 29 February 2024."
    heads = ["Core service", "Must do", "Should do", "Complete (B)", "On track (G)", "At risk (A)", "Off track (R)"]
    for c, h in enumerate(heads, start=1):
        put(sm, 4, c, h, bold=True, bg=FILL["lite"])
    rows = [
        (CDD_UEC, 3, 1, 1, 1, 1, 1),
        (CDD_MED, 2, 2, 1, 3, 0, 0),
        ("Total", 5, 3, 2, 4, 1, 1),
    ]
    for r, row in enumerate(rows, start=5):
        for c, v in enumerate(row, start=1):
            put(sm, r, c, v, bold=(row[0] == "Total"))
    _cdd_sheet(wb, "Must Do", "MUST DO actions – breaches of regulations", CDD_MUST, True)
    _cdd_sheet(wb, "Should Do", "SHOULD DO actions – improvements", CDD_SHOULD, False)
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Ofgem - ARAC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
OFG_TITLE = "Ofgem – Internal Audit Recommendations Tracker"
OFG_AUDITS = [
    ("GIAA 2023-24/11 – Contract Management (Limited assurance)", [
        ("11.1", "Commercial should maintain a complete central contracts register, including contract owners, "
                 "values and expiry dates.", "High",
         "Migrate all live contracts to the contract management module of the e-procurement system and assign "
         "a named contract manager to each.",
         "Head of Commercial", D(2024, 6, 30), D(2024, 12, 31), "B",
         "Completed January 2025; register reconciled to the finance ledger. Evidence sent to GIAA for closure."),
        ("11.2", "Contract managers should receive training on performance monitoring and the escalation of "
                 "supplier issues.", "Medium",
         "Launch mandatory contract management training (Government Commercial College Foundation level) for "
         "all Tier 1 and Tier 2 contract managers.",
         "Head of Commercial; L&D Manager", D(2024, 9, 30), D(2025, 3, 31), "G",
         "41 of 48 contract managers accredited. Remaining seven booked on March cohort."),
        ("11.3", "High-value contracts should have documented exit and continuity plans.", "Medium",
         "Prepare exit plans for the 12 contracts above £1m and review them annually.",
         "Commercial Director", D(2025, 3, 31), None, "A",
         "Eight plans drafted. Four IT contracts depend on the supplier re-procurement timetable."),
    ]),
    ("GIAA 2024-25/03 – Cyber Security: Vulnerability Management (Moderate assurance)", [
        ("03.1", "Critical and high vulnerabilities should be remediated within the timescales set out in the "
                 "Vulnerability Management Policy.", "High",
         "Introduce weekly vulnerability dashboards for Technology Services with exception reporting to the "
         "Chief Information Officer.",
         "Head of Cyber Security", D(2024, 10, 31), None, "B",
         "Dashboard live since October; exceptions reported to the Digital Board."),
        ("03.2", "End-of-life software should be identified and either upgraded or formally risk-accepted.", "Medium",
         "Complete the software asset inventory and record risk acceptances for unsupported systems on the "
         "Technology risk register.",
         "Chief Information Officer / Head of IT Operations", D(2025, 1, 31), D(2025, 6, 30), "R",
         "Inventory tool procurement delayed; revised date agreed with GIAA. Further extension likely."),
    ]),
    ("GIAA 2024-25/07 – Business Continuity (Moderate assurance)", [
        ("07.1", "Business impact analyses should be refreshed for all directorates and aligned with the corporate "
                 "business continuity plan.", "Medium",
         "Each directorate to complete a refreshed BIA using the new template, quality-assured by the Resilience Lead.",
         "Resilience Lead", D(2025, 4, 30), None, "G",
         "Template issued in January; 3 of 7 directorates returned."),
        ("07.2", "The business continuity plan should be exercised at least annually, with lessons learned recorded.",
         "Low",
         "Run a desktop exercise of the corporate plan with the Executive Committee and publish a lessons-learned report.",
         "Chief Operating Officer", "Q1 2025/26", None, "Not started",
         "Exercise to be scheduled after the BIA refresh."),
    ]),
]


def make_ofgem(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    widths(ws, [8, 46, 10, 50, 30, 14, 14, 12, 48])
    ws["A1"] = "OFFICIAL"
    ws["A1"].font = Font(bold=True, color="C00000")
    ws["A2"] = OFG_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A3"] = "Audit and Risk Assurance Committee, 18 March 2025 – position at 28 February 2025"
    ws.merge_cells("A3:I3")
    put(ws, 5, 2, "Summary by priority", bold=True, bg=FILL["lite"])
    put(ws, 5, 3, "Open", bold=True, bg=FILL["lite"])
    put(ws, 5, 4, "Implemented since last ARAC", bold=True, bg=FILL["lite"])
    put(ws, 5, 5, "Past original target date", bold=True, bg=FILL["lite"])
    for r, row in enumerate([("High", 0, 2, 1), ("Medium", 4, 0, 2), ("Low", 1, 0, 0), ("Total", 5, 2, 3)], start=6):
        for c, v in enumerate(row, start=2):
            put(ws, r, c, v, bold=(row[0] == "Total"))
    heads = ["Ref", "Recommendation", "Priority", "Agreed management action", "Action owner",
             "Original target date", "Revised target date", "RAG", "Management update"]
    hr = 12
    for c, h in enumerate(heads, start=1):
        put(ws, hr, c, h, bold=True, white=True, bg=FILL["head"])
    r = hr + 1
    for audit, recs in OFG_AUDITS:
        put(ws, r, 1, audit, bold=True, bg=FILL["grey"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for ref, rec, pri, act, own, orig, rev, rag, upd in recs:
            vals = [ref, rec, pri, act, own, orig, rev, rag, upd]
            for c, v in enumerate(vals, start=1):
                put(ws, r, c, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None,
                    bg=RAG_LETTER_FILL.get(v) if c == 8 else None)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B – implemented (closed at next ARAC); G – on track to meet target date; "
                                   "A – at risk of missing target date; R – target date missed or will be missed")
    ws.freeze_panes = "A13"

    df = wb.create_sheet("Definitions")
    widths(df, [14, 90])
    df["A1"] = "Priority definitions (GIAA)"
    df["A1"].font = Font(bold=True)
    for r, (k, v) in enumerate([
        ("High", "Fundamental weakness in control; to be addressed as a matter of urgency."),
        ("Medium", "Significant weakness that should be addressed within a reasonable timescale."),
        ("Low", "Improvement to the control environment; to be addressed as resources allow."),
    ], start=2):
        put(df, r, 1, k, bold=True)
        put(df, r, 2, v)
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)


def header_row(table, heads):
    for c, h in zip(table.rows[0].cells, heads):
        set_text(c, h, bold=True)
        shade(c, "D9E2F3")


# ---------------------------------------------------------------------------
# 4. Kings Langley School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
KLS_TITLE = "Kings Langley School – Post-Ofsted Action Plan 2024–25"
KLS_PRIORITIES = [
    ("Priority 1: Quality of education – curriculum in key stage 3",
     "Leaders should ensure that the key stage 3 curriculum in all subjects identifies the important knowledge "
     "pupils must learn and the order in which they learn it, so that pupils build their knowledge securely over time.", [
        ("1a", "Subject leaders to review and re-sequence KS3 curriculum plans using the trust’s curriculum intent "
               "template, identifying core knowledge for each unit.",
         "Deputy Headteacher (Curriculum)", "Autumn term 2024", "SLT line management meetings; governor link visits",
         "All KS3 plans re-sequenced and published on the website.", "blue"),
        ("1b", "Introduce low-stakes knowledge quizzes at the start of each KS3 lesson and ‘knowledge organisers’ "
               "for every unit.",
         "Subject leaders / AHT Teaching & Learning", "Spring term 2025", "Learning walks (fortnightly)",
         "Quizzes seen in 82% of KS3 lessons in February walks.", "green"),
        ("1c", "Quality assure KS3 curriculum implementation through termly subject deep dives with governor participation.",
         "Headteacher", "Termly", "Standards Committee",
         "Deep dives completed in English, history and science.", "green"),
    ]),
    ("Priority 2: Behaviour and attitudes – low-level disruption",
     "Leaders should ensure that the behaviour policy is applied consistently by all staff so that low-level "
     "disruption does not interrupt learning.", [
        ("2a", "Relaunch the behaviour policy with whole-staff training on the ‘Ready, Respectful, Safe’ routines "
               "and a consistent classroom entry and exit routine.",
         "Mr D Okafor (AHT Behaviour)", "September 2024", "Behaviour data to SLT weekly",
         "Training delivered on INSET day 2 September 2024.", "blue"),
        ("2b", "Analyse behaviour data fortnightly by department and year group, with targeted coaching for staff "
               "with high numbers of removals.",
         "Heads of Year; Pastoral Manager", "July 2025", "Behaviour and attendance review meetings",
         "Removals down 23% on autumn term; Year 9 remains a focus.", "amber"),
    ]),
    ("Priority 3: Personal development – careers and post-16 guidance",
     "Leaders should strengthen the careers programme so that all pupils receive the information they need about "
     "the full range of post-16 options, including apprenticeships and technical education.", [
        ("3a", "Map the careers programme against the Gatsby Benchmarks using Compass+ and close the gaps in "
               "Benchmarks 3 and 7.",
         "Careers Leader", "31/01/2025", "Careers link governor",
         "Compass+ evaluation completed; Benchmark 7 now fully met.", "green"),
        ("3b", "Ensure all Year 10 pupils complete a work experience week and all Year 11 pupils receive a "
               "one-to-one guidance interview before February half-term.",
         "Careers Leader / Head of Year 11", "Summer term 2025", "Destinations data (NEET/unknowns)",
         "Work experience placements not yet secured for 40 pupils.", "red"),
    ]),
]
DOCX_RAG = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0"}


def make_kls(path):
    d = docx.Document()
    t = d.add_paragraph()
    r = t.add_run(KLS_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Inspection date: 12–13 March 2024     Overall effectiveness: Requires improvement")
    d.add_paragraph("Plan owner: Headteacher     Monitored by: Local Governing Body (Standards Committee)")

    d.add_paragraph().add_run("Version control").bold = True
    vc = d.add_table(rows=3, cols=4)
    vc.style = "Table Grid"
    header_row(vc, ["Version", "Date", "Change", "Approved"])
    for row, vals in zip(vc.rows[1:], [
        ("1.0", "22/04/2024", "First draft following inspection report", "LGB 30/04/2024"),
        ("1.2", "10/02/2025", "Spring term progress update", "Standards Committee 25/02/2025"),
    ]):
        for c, v in zip(row.cells, vals):
            set_text(c, v)

    d.add_paragraph().add_run("RAG rating").bold = True
    key = d.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for row, (col, txt) in zip(key.rows, [
        ("red", "Not started / off track"),
        ("amber", "Started – some progress, not yet secure"),
        ("green", "On track"),
        ("blue", "Complete and embedded"),
    ]):
        shade(row.cells[0], DOCX_RAG[col])
        set_text(row.cells[1], txt)

    heads = ["Ref", "Action", "Lead", "Timescale", "Monitoring", "Impact / evidence", "RAG"]
    for prio, afi, acts in KLS_PRIORITIES:
        d.add_heading(prio, level=2)
        p = d.add_paragraph()
        p.add_run("Area for improvement (Ofsted):").bold = True
        q = d.add_paragraph()
        q.add_run(afi).italic = True
        tb = d.add_table(rows=1 + len(acts), cols=len(heads))
        tb.style = "Table Grid"
        header_row(tb, heads)
        for row, (ref, action, lead, when, mon, impact, rag) in zip(tb.rows[1:], acts):
            for c, v in zip(row.cells[:6], [ref, action, lead, when, mon, impact]):
                set_text(c, v)
            set_text(row.cells[6], "")
            shade(row.cells[6], DOCX_RAG[rag])
        d.add_paragraph()
    d.add_paragraph("Next review: Standards Committee, 3 July 2025.")
    d.save(path)


# ---------------------------------------------------------------------------
# 5. Barnet, Enfield and Haringey MH NHS Trust - CQC must/should do (docx)
# ---------------------------------------------------------------------------
BEH_TITLE = "CQC Must Do and Should Do Action Plan – Progress Report"
BEH_ACUTE = "2. Acute wards for adults of working age and psychiatric intensive care units"
BEH_COMM = "3. Community-based mental health services for adults of working age"
# (no, must/should, requirement, [(action, lead, target, rag, progress)])
BEH_SECTIONS = [
    (BEH_ACUTE, [
        ("MD1", "Must", "The trust must ensure that ligature risk assessments are reviewed and updated following any "
                        "change to the ward environment.", [
            ("Review all ward ligature risk assessments following the 2023 anti-ligature works and record them on "
             "the Health & Safety system.",
             "Ward Managers / Head of Health and Safety", "30 September 2023", "Blue",
             "All 14 ward assessments updated; sample checked by the CQC Oversight Group on 12/10/23."),
        ]),
        ("MD2", "Must", "The trust must ensure that staff complete and record physical health observations after "
                        "rapid tranquillisation in line with trust policy.", [
            ("Relaunch the rapid tranquillisation policy with a post-RT observation chart built into the electronic "
             "patient record (RiO).",
             "Chief Pharmacist", "End of December 2023", "Amber",
             "Policy approved at Drugs and Therapeutics Committee; RiO form in testing."),
            ("Monthly audit of post-RT physical health monitoring on every ward, with results reported to the "
             "Physical Health Committee.",
             "Physical Health Lead Nurse", "Ongoing – monthly", "Amber",
             "September audit 76% compliant (August 61%)."),
        ]),
        ("MD3", "Must", "The trust must ensure that patients are informed of their rights under the Mental Health Act "
                        "and that this is recorded.", [
            ("Introduce a weekly MHA rights check at ward safety huddles and add a compliance field to the ward "
             "quality dashboard.",
             "Mental Health Law Manager", "31/10/2023", "Green",
             "Dashboard field live from 2 October; compliance 94%."),
        ]),
        ("SD1", "Should", "The trust should ensure that patients have access to a range of therapeutic activities "
                          "at weekends.", [
            ("Recruit two weekend activity coordinators across the acute wards and publish weekend timetables on "
             "each ward.",
             "Head of Occupational Therapy", "Q4 2023/24", "Red",
             "Funding not yet agreed; business case to Executive Management Team in December."),
        ]),
    ]),
    (BEH_COMM, [
        ("MD4", "Must", "The trust must ensure that people on waiting lists are regularly reviewed and that risks "
                        "are escalated when their needs change.", [
            ("Implement a waiting list ‘keep in touch’ protocol with monthly contact and RAG-rated risk review by a "
             "duty clinician.\nWaiting list data to be reviewed weekly at the Care Group performance meeting.",
             "Borough Director (Enfield); Borough Director (Haringey)", "31 January 2024", "Amber",
             "Protocol live in Enfield; Haringey go-live 6 November."),
        ]),
        ("MD5", "Must", "The trust must ensure that care plans are personalised and reflect the views of the person "
                        "receiving care.", [
            ("Deliver co-produced care planning training with Experts by Experience to all care coordinators.",
             "Associate Director of Nursing (Community)", "March 2024", "Amber",
             "Three of eight sessions delivered."),
        ]),
        ("SD2", "Should", "The trust should ensure that all staff receive regular clinical supervision and that it "
                          "is recorded.", [
            ("Set up a supervision recording template on the electronic staff record and report compliance monthly.",
             "Team Managers", "30/11/2023", "Blue",
             "Template in use; October compliance 88%. Assured by Oversight Group 26/10/23."),
        ]),
    ]),
]
BEH_RAG_FILL = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "00B0F0"}


def make_beh(path):
    d = docx.Document()
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Barnet, Enfield and Haringey Mental Health NHS Trust")
    r.bold = True
    r.font.size = Pt(11)
    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(BEH_TITLE)
    r.bold = True
    r.font.size = Pt(16)

    cover = d.add_table(rows=6, cols=2)
    cover.style = "Table Grid"
    for row, (k, v) in zip(cover.rows, [
        ("Meeting", "Quality and Safety Committee"),
        ("Date", "21 November 2023"),
        ("Report title", BEH_TITLE),
        ("Author", "Head of Compliance and Regulation"),
        ("Executive lead", "Chief Nursing Officer"),
        ("Purpose", "For assurance"),
    ]):
        set_text(row.cells[0], k, bold=True)
        shade(row.cells[0], "D9E2F3")
        set_text(row.cells[1], v)

    d.add_heading("1. Introduction", level=2)
    d.add_paragraph(
        "Following the CQC inspection of acute wards for adults of working age and psychiatric intensive care "
        "units, and of community-based mental health services for adults (June–July 2023), the Trust received "
        "five Must Do and two Should Do requirements. This report sets out progress at 31 October 2023. "
        "Actions are rated using the Trust’s CQC action plan key below.")
    key = d.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for row, (col, txt) in zip(key.rows, [
        ("Red", "Off track – target date will be missed"),
        ("Amber", "On track – action in progress"),
        ("Green", "Completed"),
        ("Blue", "Completed and evidence assured by the CQC Oversight Group"),
    ]):
        set_text(row.cells[0], col, bold=True)
        shade(row.cells[0], BEH_RAG_FILL[col])
        set_text(row.cells[1], txt)

    heads = ["No.", "Must / Should", "CQC requirement", "Action", "Lead", "Target date", "RAG", "Progress update"]
    for section, reqs in BEH_SECTIONS:
        d.add_heading(section, level=2)
        n = sum(len(a) for _, _, _, a in reqs)
        tb = d.add_table(rows=1 + n, cols=len(heads))
        tb.style = "Table Grid"
        header_row(tb, heads)
        ri = 1
        for no, ms, req, acts in reqs:
            first = ri
            for action, lead, target, rag, prog in acts:
                cells = tb.rows[ri].cells
                for c, v in zip(cells[3:], [action, lead, target, rag, prog]):
                    set_text(c, v)
                shade(cells[6], BEH_RAG_FILL[rag])
                ri += 1
            last = ri - 1
            for col, v in ((0, no), (1, ms), (2, req)):
                top = tb.cell(first, col)
                if last > first:
                    top = top.merge(tb.cell(last, col))
                set_text(top, v)
    d.add_heading("4. Recommendation", level=2)
    d.add_paragraph("The Committee is asked to note the progress made and the one action rated red, and to "
                    "receive the next update in January 2024.")
    d.save(path)


# ---------------------------------------------------------------------------
# 6. University of Bolton - apprenticeships PIAP (csv), with a mistyped month
# ---------------------------------------------------------------------------
UOB_LINES = [
    ["University of Bolton – Apprenticeships Post-Inspection Action Plan", "", "", "", "", "", ""],
    ["Ofsted full inspection 14–17 May 2024: Apprenticeships – Requires improvement", "", "", "", "", "", ""],
    ["Updated 06/01/2025 by the Apprenticeship Quality Manager", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Ref", "Area for improvement", "Action", "Responsible", "Target date", "RAG", "Update"],
    ["1.1", "Leaders should ensure that apprentices receive timely and helpful feedback on their work so that "
            "they know how to improve.",
     "Set a 15-working-day turnaround standard for marked assignments and monitor it through the VLE.",
     "Head of Apprenticeships", "31/10/2024", "Blue",
     "Standard in place from September 2024; 91% compliance in November."],
    ["1.2", "",
     "Train all apprenticeship tutors in writing developmental feedback, with moderation samples each term.",
     "Academic Developer / Programme Leaders", "Dec-24", "Green",
     "Two workshops delivered; moderation sample due in January."],
    ["2.1", "Leaders should improve the coordination of on- and off-the-job training so that employers know what "
            "apprentices are learning and can plan workplace activities to match.",
     "Introduce tripartite progress reviews every 10 weeks with an employer-facing learning plan.",
     "Apprenticeship Skills Coaches", "Jan-25", "Green",
     "Review schedule set up in the e-portfolio; 78% of reviews held on time."],
    ["2.2", "",
     "Publish module schedules to employers through the employer portal at the start of each semester.",
     "Employer Engagement Manager", "Febuary 2025", "Amber",
     "Portal upgrade needed before schedules can be shared."],
    ["3.1", "Leaders should ensure that apprentices are well prepared for their end-point assessment.",
     "Introduce mock EPA professional discussions for all level 6 Chartered Manager apprentices.",
     "Programme Leader (CMDA)", "Mar-25", "Amber",
     "Mock EPA guidance drafted; first cohort in March."],
    ["3.2", "",
     "Map EPA readiness checks into the final two progress reviews for every standard.",
     "Apprenticeship Quality Manager", "Apr-25", "Green",
     "Checklist agreed with EPAOs for nursing associate and CMDA."],
    ["4.1", "Governors should receive sufficiently detailed information about the quality of apprenticeships "
            "to challenge leaders.",
     "Present an apprenticeship quality dashboard to Academic Board and the Board of Governors each quarter.",
     "Pro Vice-Chancellor (Academic)", "Quarterly", "Green",
     "First dashboard received November 2024."],
    ["4.2", "",
     "Appoint a link governor for apprenticeships and include apprenticeships in the governors’ annual training.",
     "University Secretary", "31/03/2025", "Red",
     "Link governor role not yet filled."],
    ["", "", "", "", "", "", ""],
    ["RAG key: Blue = complete; Green = on track; Amber = at risk; Red = off track", "", "", "", "", "", ""],
]


def _csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_uob(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in UOB_LINES:
            f.write(",".join(_csv_field(v) for v in row) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Alvanley Family Practice - CQC inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
ALV_TITLE = "Alvanley Family Practice – CQC Inspection Action Plan"
ALV_HEAD = ["No.", "Key question", "CQC finding", "Action required", "Lead", "Completion date", "Status"]
ALV_F1 = ("Regulation 12: Safe care and treatment – Patients prescribed high-risk medicines were not always "
          "monitored in line with national guidance.")
ALV_F2 = ("Regulation 12: Safe care and treatment – Not all staff had completed infection prevention and control "
          "training and actions from the latest IPC audit were outstanding.")
ALV_F3 = "Regulation 17: Good governance – The system for acting on patient safety alerts (MHRA) was not effective."
ALV_F4 = "Regulation 17: Good governance – Practice policies were not all in date or accessible to staff."
ALV_F5 = "The practice should take action to improve the uptake of childhood immunisations and cervical screening."
ALV_F6 = "The practice should continue to monitor and improve patient satisfaction with telephone access."
ALV_ROWS = [
    ["1", "Safe", ALV_F1,
     "Run monthly searches for patients on DMARDs, lithium and warfarin with overdue blood tests and recall them.",
     "Dr S Rahman (GP Partner) / Clinical Pharmacist", "31/05/2024", "Complete"],
    ["2", "", "",
     "Clinical pharmacist to complete a structured medication review for every patient identified in the CQC "
     "search and record the outcome.",
     "Clinical Pharmacist", "Jun-24", "Complete"],
    ["3", "Safe", ALV_F2,
     "Book all clinical and non-clinical staff onto IPC level 1/2 e-learning and track completion in the training matrix.",
     "Lead Nurse", "31/07/2024", "On track"],
    ["4", "", "",
     "Complete the outstanding actions from the March 2024 IPC audit, including replacing fabric chairs in consulting rooms.",
     "Practice Manager", "By 30 September 2024", "On track"],
    ["5", "Well-led", ALV_F3,
     "Keep a safety alerts log with a named clinician to action each alert, and review it at the monthly clinical meeting.",
     "Dr J Whitfield (Clinical Lead)", "May 2024", "Complete"],
    ["6", "", ALV_F4,
     "Review and update all practice policies and upload them to the shared staff intranet (TeamNet).",
     "Practice Manager / Deputy Practice Manager", "31/10/2024", "Amber"],
    ["7", "Effective", ALV_F5,
     "Run targeted recall clinics on Saturday mornings and send text reminders to eligible patients.",
     "Lead Nurse", "Monthly", "Green"],
    ["8", "Responsive", ALV_F6,
     "Install a cloud telephony system with call-back and queue position messages, then repeat the in-house patient survey.",
     "Practice Manager", "March 2025", "Not started"],
]
ALV_LINES = [
    ALV_TITLE,
    "CQC inspection 23 April 2024 – overall rating: Requires improvement (Safe and Well-led: Requires improvement)",
    "Last reviewed: 02/09/2024 at the practice partners' meeting",
    "",
    "\t".join(ALV_HEAD),
] + ["\t".join(r) for r in ALV_ROWS] + [
    "",
    "Status key: Complete; On track; Amber = at risk of missing date; Red = overdue; Not started",
    "Evidence for completed actions is held in the practice CQC folder on TeamNet.",
]


def make_alv(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(ALV_LINES) + "\r\n")


FILES = {
    "gt1-xaverian-college-ofsted-post-inspection-action-plan.xlsx": make_xaverian,
    "gt1-county-durham-darlington-nhsft-cqc-must-should-do-action-plan.xlsx": make_cddft,
    "gt1-ofgem-arac-internal-audit-recommendations-tracker.xlsx": make_ofgem,
    "gt1-kings-langley-school-post-ofsted-action-plan.docx": make_kls,
    "gt1-barnet-enfield-haringey-mh-trust-cqc-mental-health-must-should-do-action-plan.docx": make_beh,
    "gt1-university-of-bolton-ofsted-apprenticeships-piap-typo-month-refuse.csv": make_uob,
    "gt1-alvanley-family-practice-cqc-inspection-action-plan.txt": make_alv,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
