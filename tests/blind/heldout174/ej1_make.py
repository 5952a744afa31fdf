"""Build the seven ej1- blind test files (set heldout174).

Run with a Python that has openpyxl and python-docx:
    python ej1_make.py
Files are written beside this script.
"""
import os
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a docx cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(extra)
        run.bold = bold
        run.font.size = Pt(size)


FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "band": PatternFill("solid", fgColor="1F3864"),
    "afi": PatternFill("solid", fgColor="D9E1F2"),
    "head": PatternFill("solid", fgColor="BFBFBF"),
    "nhs": PatternFill("solid", fgColor="005EB8"),
    "light": PatternFill("solid", fgColor="E8EDEE"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ======================================================================
# 1. Independent school: action plan to meet the Independent School
#    Standards (DfE action plan notice after an ISI inspection) - docx
# ======================================================================
def make_hollins_hall():
    doc = Document()
    doc.add_heading(
        "Hollins Hall Preparatory School: Action Plan to meet the Independent School Standards",
        level=0,
    )
    doc.add_paragraph(
        "Submitted to the Department for Education in response to the action plan notice "
        "dated 22 April 2024, following the ISI inspection of 5 to 7 March 2024. "
        "Updated for the governing body on 5 July 2024."
    )

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Prepared by", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [
        ["0.3 (draft)", "10/05/2024", "Head", "–"],
        ["1.0", "17/05/2024", "Head and Bursar", "Full Governing Body"],
        ["1.1", "05/07/2024", "Head", "Chair of Governors"],
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph(
        "Status column: Complete / On track / Not started (position at 5 July 2024)."
    )

    header = [
        "Ref",
        "Action to be taken",
        "Person(s) responsible",
        "Date by which action will be taken",
        "Success criteria",
        "Status",
    ]

    def plan_table(groups):
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for c, h in zip(tbl.rows[0].cells, header):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for standard, actions in groups:
            r = tbl.add_row().cells
            m = r[0].merge(r[5])
            set_cell(m, standard, bold=True)
            shade(m, "DEEAF6")
            for a in actions:
                cells = tbl.add_row().cells
                for c, v in zip(cells, a):
                    set_cell(c, v)
        return tbl

    doc.add_heading("Part 3 – Welfare, health and safety of pupils", level=1)
    plan_table(
        [
            (
                "Paragraph 7(a) and (b): arrangements to safeguard and promote the welfare of "
                "pupils, having regard to Keeping children safe in education",
                [
                    [
                        "7.1",
                        "Revise the safeguarding and child protection policy so that it reflects "
                        "Keeping children safe in education 2023 in full, including filtering and "
                        "monitoring, and publish it on the school website.",
                        "Designated Safeguarding Lead",
                        "31 May 2024",
                        "Policy approved by governors and published; all staff confirm they have read it.",
                        "Complete",
                    ],
                    [
                        "7.2",
                        "Deliver whole-staff safeguarding refresher training, including how to report "
                        "low-level concerns.\nRecord attendance for every member of staff, including "
                        "peripatetic music teachers, on the single training log.",
                        "DSL / Head",
                        "By 14 June 2024",
                        "100% of staff trained; log checked by the safeguarding governor.",
                        "Complete",
                    ],
                    [
                        "7.3",
                        "Safeguarding governor to audit a sample of child protection files each term "
                        "and report findings to the full governing body.",
                        "Safeguarding Governor",
                        "Summer term 2024",
                        "Audit report minuted at the July governing body meeting.",
                        "On track",
                    ],
                ],
            ),
            (
                "Paragraph 16(a) and (b): a written risk assessment policy is drawn up and "
                "implemented effectively, and appropriate action is taken to reduce risks identified",
                [
                    [
                        "16.1",
                        "Commission an external health and safety audit of the whole site, including "
                        "the Forest School area and the swimming pool.",
                        "Bursar",
                        "30/04/2024",
                        "Audit received; all high-priority findings closed.",
                        "Complete",
                    ],
                    [
                        "16.2",
                        "Review every educational visit and off-site activity risk assessment against "
                        "the new template; the Educational Visits Coordinator signs off each one before "
                        "the visit goes ahead.",
                        "Educational Visits Coordinator",
                        "Ongoing",
                        "No visit takes place without a signed risk assessment.",
                        "On track",
                    ],
                ],
            ),
        ]
    )

    doc.add_heading("Part 8 – Quality of leadership in and management of schools", level=1)
    plan_table(
        [
            (
                "Paragraph 34(1)(a) to (c): leaders and managers demonstrate good skills and "
                "knowledge, fulfil their responsibilities so that the standards are met "
                "consistently, and actively promote the well-being of pupils",
                [
                    [
                        "34.1",
                        "Appoint an additional governor with current safeguarding and education "
                        "expertise and complete their induction.",
                        "Chair of Governors",
                        "September 2024",
                        "Governor appointed and induction record complete.",
                        "Not started",
                    ],
                    [
                        "34.2",
                        "Introduce a compliance calendar covering every Independent School Standard, "
                        "reviewed as a standing item at each Senior Leadership Team meeting.",
                        "Head and Bursar",
                        "Autumn term 2024",
                        "Calendar in use; SLT minutes show it reviewed at every meeting.",
                        "On track",
                    ],
                    [
                        "34.3",
                        "Commission an external review of governance and agree an action plan from "
                        "its findings.",
                        "Chair of Governors / Clerk to the Governors",
                        "By end of March 2025",
                        "Review report received and governance action plan adopted.",
                        "Not started",
                    ],
                ],
            )
        ]
    )

    doc.add_paragraph("")
    doc.add_paragraph(
        "Signed on behalf of the proprietor: ................................  "
        "Chair of Governors        Date: 17 May 2024"
    )
    doc.save(out("ej1-hollins-hall-preparatory-school-isi-independent-school-standards-action-plan.docx"))


# ======================================================================
# 2. GP practice: CQC requirement notices action plan - docx
# ======================================================================
def make_castle_mead():
    doc = Document()
    doc.add_heading("CQC Action Plan – Castle Mead Medical Centre", level=0)

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Provider", "Dr R Okafor and Partners"),
        ("Location", "Castle Mead Medical Centre, Hilperton Road"),
        ("Date of CQC inspection", "14 November 2023"),
        ("Report published", "9 January 2024"),
        ("Overall rating", "Requires improvement"),
        ("Action plan owner", "Practice Manager"),
        ("Last reviewed", "12 June 2024 (partners' meeting)"),
    ]:
        r = info.add_row().cells
        set_cell(r[0], k, bold=True)
        shade(r[0], "E7E6E6")
        set_cell(r[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG: B = completed   G = on track   A = some delay   R = off track")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(
        t.rows[0].cells,
        ["No.", "Issue identified by CQC", "Action", "Responsible", "Timescale", "RAG"],
    ):
        set_cell(c, h, bold=True)
        shade(c, "005EB8")
        for p in c.paragraphs:
            for run in p.runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    rag_fill = {"B": "00B0F0", "G": "92D050", "A": "FFC000", "R": "FF0000"}

    def heading_row(text):
        r = t.add_row().cells
        m = r[0].merge(r[5])
        set_cell(m, text, bold=True)
        shade(m, "DEEAF6")

    def issue_block(issue, actions):
        rows = []
        for a in actions:
            cells = t.add_row().cells
            rows.append(cells)
            set_cell(cells[0], a[0])
            set_cell(cells[2], a[1])
            set_cell(cells[3], a[2])
            set_cell(cells[4], a[3])
            set_cell(cells[5], a[4], bold=True)
            shade(cells[5], rag_fill[a[4]])
        top = rows[0][1]
        if len(rows) > 1:
            top = top.merge(rows[-1][1])
        set_cell(top, issue)

    heading_row("Regulation 12 HSCA (RA) Regulations 2014 – Safe care and treatment")
    issue_block(
        "Patients prescribed high-risk medicines were not always monitored in line with national guidance.",
        [
            (
                "1.1",
                "Run monthly searches on the clinical system for patients prescribed methotrexate, "
                "lithium, azathioprine and DOACs, and recall anyone overdue for monitoring.",
                "Clinical Pharmacist",
                "29/02/2024",
                "B",
            ),
            (
                "1.2",
                "Add a structured medication review template with mandatory monitoring fields; each "
                "GP partner to audit 20 of their own reviews.",
                "Dr Okafor / Dr Hale",
                "30/06/2024",
                "G",
            ),
        ],
    )
    issue_block(
        "There was no effective system to ensure medicines and safety alerts (MHRA) had been acted on.",
        [
            (
                "2.1",
                "Set up a safety alerts log on the shared drive; each alert is assigned to a named "
                "clinician and closed only with evidence of the action taken.",
                "Practice Manager",
                "31/01/2024",
                "B",
            ),
            (
                "2.2",
                "Re-run searches for historic alerts from the last 12 months, including valproate and "
                "SGLT2 inhibitors, and review any patients identified.",
                "Clinical Pharmacist and Dr Hale",
                "March 2024",
                "B",
            ),
        ],
    )
    heading_row("Regulation 17 HSCA (RA) Regulations 2014 – Good governance")
    issue_block(
        "Systems to monitor staff training, recruitment checks and staff immunisation were not effective.",
        [
            (
                "3.1",
                "Introduce a training matrix covering safeguarding, basic life support, infection "
                "prevention and control, and information governance; review it at the monthly "
                "practice meeting.",
                "Deputy Practice Manager",
                "End of July 2024",
                "G",
            ),
            (
                "3.2",
                "Complete DBS and immunisation status checks for all clinical staff and record them "
                "on personnel files.",
                "Practice Manager",
                "31/07/2024",
                "A",
            ),
        ],
    )
    heading_row("Areas where the practice should make improvements")
    issue_block(
        "Continue to improve the uptake of cervical screening.",
        [
            (
                "4.1",
                "Offer Saturday morning screening clinics through the PCN enhanced access service and "
                "send text reminders to non-attenders.",
                "Lead Practice Nurse",
                "Ongoing",
                "G",
            )
        ],
    )
    issue_block(
        "Improve telephone access for patients.",
        [
            (
                "5.1",
                "Move to cloud-based telephony with call-back and queue position messages.",
                "Practice Manager / PCN Digital Lead",
                "Sept 2024",
                "A",
            )
        ],
    )

    doc.add_paragraph("")
    doc.add_paragraph(
        "Progress against this plan is shared with the Patient Participation Group. "
        "Next review: 17 July 2024."
    )
    doc.save(out("ej1-castle-mead-medical-centre-cqc-requirement-notice-action-plan.docx"))


# ======================================================================
# 3. FE college: Ofsted post-inspection action plan - xlsx, fill-only RAG
# ======================================================================
def make_nscg():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Newcastle and Stafford Colleges Group – Post-Inspection Action Plan 2024/25"
    cover["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Inspection dates", "12–15 March 2024"),
        ("Overall effectiveness", "Good"),
        ("Plan owner", "Deputy Principal – Quality"),
        ("Version", "3.2"),
        ("Last updated", "06/01/2025"),
        ("Monitored by", "Quality and Standards Committee"),
    ]
    for i, (k, v) in enumerate(rows, start=3):
        cover.cell(row=i, column=1, value=k).font = Font(bold=True)
        cover.cell(row=i, column=2, value=v)
    cover["A11"] = "Version history"
    cover["A11"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Change"], start=1):
        c = cover.cell(row=12, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["head"]
    for i, r in enumerate(
        [
            ("1.0", "26/04/2024", "Plan approved by the Corporation"),
            ("2.0", "09/09/2024", "Summer term progress update"),
            ("3.2", "06/01/2025", "Autumn term progress update"),
        ],
        start=13,
    ):
        for j, v in enumerate(r, start=1):
            cover.cell(row=i, column=j, value=v)
    cover.column_dimensions["A"].width = 24
    cover.column_dimensions["B"].width = 30
    cover.column_dimensions["C"].width = 40

    ws = wb.create_sheet("PIAP")
    ws["A1"] = "Post-Inspection Action Plan 2024/25 – progress at 6 January 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Ofsted inspection 12–15 March 2024. RAG colours: see key at the foot of this sheet."
    ws.merge_cells("A2:I2")
    headers = [
        "Ref",
        "Action",
        "Lead",
        "Start",
        "Original target date",
        "Revised target date",
        "Progress update",
        "Previous RAG",
        "Current RAG",
    ]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["head"]
        c.border = BOX
        c.alignment = WRAP

    def band(r, text):
        c = ws.cell(row=r, column=1, value=text)
        c.font = Font(bold=True, color="FFFFFF")
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)

    def afi(r, text):
        c = ws.cell(row=r, column=1, value=text)
        c.font = Font(bold=True, italic=True)
        c.alignment = WRAP
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = FILL["afi"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.row_dimensions[r].height = 30

    def action(r, ref, text, lead, start, orig, revised, update, prev, cur):
        vals = [ref, text, lead, start, orig, revised, update, None, None]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=8).fill = FILL[prev]
        ws.cell(row=r, column=9).fill = FILL[cur]

    D = datetime
    band(5, "Quality of education")
    afi(
        6,
        "Area for improvement 1: Leaders and managers should ensure that teachers of adult ESOL "
        "learners give feedback that helps learners understand what they need to do to improve.",
    )
    action(
        7,
        "1.1",
        "Deliver CPD on effective written and verbal feedback to all ESOL teachers, led by the "
        "Advanced Practitioner team.",
        "Head of Adult Learning; Advanced Practitioner (ESOL)",
        D(2024, 4, 8),
        D(2024, 7, 19),
        None,
        "CPD delivered 19/06/24 and 10/07/24; 14 of 15 teachers attended. Learning walks in "
        "November showed improved feedback in most lessons.",
        "green",
        "blue",
    )
    action(
        8,
        "1.2",
        "Curriculum managers sample ILPs and marked work each term and report findings to the "
        "Quality Improvement Group.",
        "Curriculum Manager – ESOL",
        D(2024, 9, 2),
        D(2024, 12, 13),
        D(2025, 3, 28),
        "Autumn sample delayed by staff absence; first report now due to QIG in March.",
        "green",
        "amber",
    )
    afi(
        9,
        "Area for improvement 2: Leaders should ensure that all learners on 16 to 18 study "
        "programmes take part in relevant work experience.",
    )
    action(
        10,
        "2.1",
        "Recruit two additional industry placement coordinators for construction and engineering.",
        "Director of Employer Engagement",
        D(2024, 5, 1),
        D(2024, 9, 30),
        None,
        "Both posts filled from 2 September 2024.",
        "green",
        "blue",
    )
    action(
        11,
        "2.2",
        "Track work experience hours for every study programme learner on ProMonitor and report "
        "them monthly to heads of department.",
        "Heads of Department / MIS Manager",
        D(2024, 9, 2),
        D(2025, 6, 30),
        None,
        "Tracking live since October; 61% of learners have started a placement.",
        "amber",
        "green",
    )
    band(12, "Leadership and management")
    afi(
        13,
        "Area for improvement 3: Governors should receive more detailed information about "
        "apprentices who are past their planned end date.",
    )
    action(
        14,
        "3.1",
        "Add a 'beyond planned end date' apprenticeship dashboard to the termly report to the "
        "Quality and Standards Committee.",
        "Head of Apprenticeships",
        D(2024, 6, 3),
        D(2024, 11, 29),
        None,
        "Dashboard not ready for the November committee; data issues with the ILR extract.",
        "amber",
        "red",
    )
    action(
        15,
        "3.2",
        "Hold a governor briefing on apprenticeship funding rules and end-point assessment.",
        "Clerk to the Corporation and Head of Apprenticeships",
        D(2024, 9, 9),
        D(2024, 11, 15),
        D(2025, 2, 21),
        "Moved to the February governor development day.",
        "amber",
        "green",
    )
    action(
        16,
        "3.3",
        "Senior leaders hold monthly caseload reviews with each apprenticeship skills coach.",
        "Deputy Principal – Quality",
        D(2024, 7, 1),
        "Monthly",
        None,
        "Reviews taking place; notes held on the quality SharePoint site.",
        "green",
        "green",
    )

    ws["A18"] = "Key"
    ws["A18"].font = Font(bold=True)
    for r, (col, text) in enumerate(
        [
            ("blue", "Complete and impact evidenced"),
            ("green", "On track"),
            ("amber", "Some slippage – recovery plan in place"),
            ("red", "Off track – escalate to SLT"),
        ],
        start=19,
    ):
        ws.cell(row=r, column=1).fill = FILL[col]
        ws.cell(row=r, column=2, value=text)

    for col, w in zip("ABCDEFGHI", [8, 48, 26, 12, 14, 14, 44, 10, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    summ = wb.create_sheet("RAG summary")
    summ["A1"] = "RAG summary – current position (6 January 2025)"
    summ["A1"].font = Font(bold=True)
    summ["A3"] = "Current RAG"
    summ["B3"] = "Number of actions"
    summ["A3"].font = summ["B3"].font = Font(bold=True)
    for r, (k, n, col) in enumerate(
        [("Blue", 2, "blue"), ("Green", 3, "green"), ("Amber", 1, "amber"), ("Red", 1, "red")],
        start=4,
    ):
        summ.cell(row=r, column=1, value=k).fill = FILL[col]
        summ.cell(row=r, column=2, value=n)
    summ["A8"] = "Total"
    summ["A8"].font = Font(bold=True)
    summ["B8"] = "=SUM(B4:B7)"
    summ.column_dimensions["A"].width = 16
    summ.column_dimensions["B"].width = 20

    wb.save(out("ej1-nscg-ofsted-post-inspection-action-plan.xlsx"))


# ======================================================================
# 4. Apprenticeship provider: Ofsted PIAP with a mistyped month - xlsx
# ======================================================================
def make_babcock():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Babcock Training Limited – Ofsted Post-Inspection Action Plan (Apprenticeships)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = (
        "Inspection: 23–26 January 2024 | Report published: 4 March 2024 | "
        "Reviewed monthly by the Quality and Performance Board"
    )
    headers = [
        "Theme",
        "Ref",
        "Ofsted area for improvement",
        "Action",
        "Owner",
        "Target date",
        "Status",
        "Impact / evidence",
    ]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="002F5F")
        c.border = BOX
        c.alignment = WRAP

    rows = [
        # row, theme, ref, afi, action, owner, date, status, impact
        (6, "Quality of education", "1.1",
         "Leaders should ensure that apprentices' off-the-job training builds on what they already know and can do.",
         "Strengthen initial assessment so that coaches record apprentices' prior knowledge and skills against every knowledge, skills and behaviour (KSB) statement.",
         "Head of Quality", "May 2024", "Complete",
         "New initial assessment tool in use for all starts from 1 May 2024."),
        (7, None, "1.2", None,
         "Train all skills coaches to use the initial assessment results to adjust each apprentice's training plan, with a sample checked at each quality review.",
         "Head of Quality / Curriculum Leads", "Jul 2024", "Complete",
         "All 46 coaches trained; sampling shows plans adjusted in 88% of files."),
        (8, None, "2.1",
         "Coaches should make sure that apprentices receive timely feedback that helps them improve their written work.",
         "Introduce a 10-working-day feedback standard for all submitted work, monitored through the e-portfolio.",
         "Operations Director", "Sep 2024", "On track",
         "Standard launched; 79% of work marked within 10 days in November."),
        (9, None, "2.2", None,
         "Run CPD sessions for coaches on giving developmental written feedback.",
         "Learning and Development Manager", "Oct 2024", "On track",
         "Two of three sessions delivered."),
        (10, "Leadership and management", "3.1",
         "Leaders should ensure that employers are fully involved in apprentices' progress reviews.",
         "Schedule every progress review with the apprentice's line manager present, using the revised tripartite review form.",
         "Employer Engagement Manager", "Dec 2024", "On track",
         "Employer attendance at reviews up from 52% to 74%."),
        (11, None, "3.2", None,
         "Report employer attendance at progress reviews to the Quality and Performance Board each quarter.",
         "Head of Quality", "Febuary 2025", "Not started", ""),
        (12, None, "4.1",
         "Leaders should increase the proportion of apprentices who achieve within their planned timescale.",
         "Identify apprentices at risk of going beyond their planned end date through a monthly risk register.",
         "Operations Director", "Jan 2025", "On track",
         "Risk register in place; 112 apprentices flagged."),
        (13, None, "4.2", None,
         "Put individual catch-up plans in place for all apprentices who are beyond their planned end date.",
         "Skills Coach Team Leaders", "Mar 2025", "Not started", ""),
    ]
    for r in rows:
        rownum = r[0]
        for j, v in enumerate(r[1:], start=1):
            c = ws.cell(row=rownum, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
    ws.merge_cells("A6:A9")
    ws.merge_cells("A10:A13")
    for a, b in [(6, 7), (8, 9), (10, 11), (12, 13)]:
        ws.merge_cells(start_row=a, start_column=3, end_row=b, end_column=3)
    status_fill = {"Complete": "9BC2E6", "On track": "C6EFCE", "Not started": "F2F2F2"}
    for r in rows:
        ws.cell(row=r[0], column=7).fill = PatternFill("solid", fgColor=status_fill[r[7]])

    ws["A15"] = "Status key: Complete | On track | At risk | Not started"
    ws["A15"].font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [18, 6, 40, 50, 24, 14, 12, 40]):
        ws.column_dimensions[col].width = w
    wb.save(out("ej1-babcock-training-ofsted-apprenticeships-piap-typo-month-refuse.xlsx"))


# ======================================================================
# 5. Acute trust: CQC must-do / should-do action plan - xlsx, sheet per
#    core service, BRAG letters, original and revised due dates
# ======================================================================
def make_worcs():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = (
        "Worcestershire Acute Hospitals NHS Trust – CQC Inspection Action Plan "
        "(Must Do and Should Do actions)"
    )
    s["A1"].font = Font(bold=True, size=13, color="005EB8")
    s["A2"] = (
        "Inspection: 10–12 October 2023 (Urgent and emergency care; Medical care). "
        "Report published 8 February 2024."
    )
    s["A3"] = "Position at 31 January 2025. Reported to the Quality Governance Committee."
    s["A5"] = "BRAG key"
    s["A5"].font = Font(bold=True)
    for r, (k, t, col) in enumerate(
        [
            ("B", "Completed – evidence assured by the Quality Governance Committee", "blue"),
            ("G", "On track", "green"),
            ("A", "At risk of missing the due date", "amber"),
            ("R", "Overdue / off track", "red"),
        ],
        start=6,
    ):
        c = s.cell(row=r, column=1, value=k)
        c.fill = FILL[col]
        c.font = Font(bold=True)
        s.cell(row=r, column=2, value=t)
    hdr = ["Core service", "B", "G", "A", "R", "Total"]
    for j, h in enumerate(hdr, start=1):
        c = s.cell(row=11, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["light"]
    for r, row in enumerate(
        [
            ("Urgent and emergency care", 1, 2, 1, 0, 4),
            ("Medical care", 2, 1, 0, 1, 4),
            ("Trust total", 3, 3, 1, 1, 8),
        ],
        start=12,
    ):
        for j, v in enumerate(row, start=1):
            s.cell(row=r, column=j, value=v)
    s.column_dimensions["A"].width = 28
    s.column_dimensions["B"].width = 60

    headers = [
        "Action ID",
        "Action",
        "Lead(s)",
        "Due date",
        "Revised due date",
        "BRAG",
        "Progress update",
        "Evidence",
    ]
    brag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

    def sheet(name, heading, blocks):
        ws = wb.create_sheet(name)
        c = ws.cell(row=1, column=1, value=heading)
        c.font = Font(bold=True, size=12, color="FFFFFF")
        for j in range(1, 9):
            ws.cell(row=1, column=j).fill = FILL["nhs"]
        ws.merge_cells("A1:H1")
        for j, h in enumerate(headers, start=1):
            c = ws.cell(row=2, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = FILL["light"]
            c.border = BOX
        r = 3
        for req, actions in blocks:
            c = ws.cell(row=r, column=1, value=req)
            c.font = Font(bold=True)
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            for a in actions:
                for j, v in enumerate(a, start=1):
                    cell = ws.cell(row=r, column=j, value=v)
                    cell.border = BOX
                    cell.alignment = WRAP
                    if isinstance(v, datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=6).fill = FILL[brag_fill[a[5]]]
                ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
        for col, w in zip("ABCDEFGH", [10, 50, 30, 12, 12, 7, 45, 20]):
            ws.column_dimensions[col].width = w

    D = datetime
    sheet(
        "UEC",
        "Urgent and emergency care",
        [
            (
                "MD1 – The trust must ensure that patients attending the emergency department are "
                "screened for sepsis and receive antibiotics within one hour, in line with national "
                "guidance. (Regulation 12)",
                [
                    ("MD1.1",
                     "Introduce an electronic sepsis screening prompt at triage in the emergency department.",
                     "Divisional Director of Nursing – Urgent Care",
                     D(2024, 4, 30), D(2024, 6, 28), "B",
                     "Prompt live at both sites from 24/06/2024.", "QGC 18/07/2024"),
                    ("MD1.2",
                     "Audit time to antibiotics monthly and report results to the Urgent Care Divisional Quality Board.",
                     "ED Clinical Lead; Sepsis Nurse Specialist",
                     "Monthly", None, "G",
                     "December audit: 81% within one hour (target 90%).", "Audit reports"),
                ],
            ),
            (
                "MD2 – The trust must ensure that there are enough suitably qualified paediatric "
                "nurses on duty in the emergency department at all times. (Regulation 18)",
                [
                    ("MD2.1",
                     "Recruit to 6.4 WTE registered children's nurse vacancies in the Worcestershire Royal Hospital emergency department.",
                     "Chief Nursing Officer",
                     D(2024, 9, 30), D(2025, 3, 31), "A",
                     "4.0 WTE appointed; remaining posts out to advert.", ""),
                ],
            ),
            (
                "SD1 – The trust should ensure that patients' privacy and dignity are maintained "
                "when they are cared for in corridors.",
                [
                    ("SD1.1",
                     "Implement the corridor care standard operating procedure, including screens and a dedicated nurse for corridor patients.",
                     "Head of Nursing – Emergency Department",
                     D(2025, 2, 28), None, "G",
                     "SOP approved; screens ordered.", ""),
                ],
            ),
        ],
    )
    sheet(
        "Medicine",
        "Medical care (including older people's care)",
        [
            (
                "MD3 – The trust must ensure that medicines are stored securely and that fridge "
                "temperatures are monitored and acted on. (Regulation 12)",
                [
                    ("MD3.1",
                     "Replace medicines fridges on wards without remote temperature monitoring.",
                     "Chief Pharmacist",
                     D(2024, 5, 31), None, "B",
                     "27 fridges replaced.", "QGC 20/06/2024"),
                    ("MD3.2",
                     "Ward managers to complete weekly medicines storage checks, with results shown on the ward quality dashboard.",
                     "Ward Managers / Matrons",
                     D(2024, 6, 30), D(2024, 10, 31), "B",
                     "Checks on dashboard since October; compliance 96%.", "QGC 21/11/2024"),
                ],
            ),
            (
                "SD2 – The trust should ensure that staff complete mandatory training, including "
                "Mental Capacity Act training, in line with the trust target.",
                [
                    ("SD2.1",
                     "Produce ward-level training compliance reports each month and agree recovery trajectories with matrons.",
                     "Divisional Director of Nursing – Medicine",
                     D(2024, 12, 31), None, "R",
                     "Compliance 78% against 90% target; trajectories not yet agreed for 5 wards.", ""),
                    ("SD2.2",
                     "Add Mental Capacity Act and Deprivation of Liberty Safeguards training to the induction programme for all new registered nurses.",
                     "Head of Education and Training",
                     "Q4 2024/25", None, "G",
                     "Content drafted with the safeguarding team.", ""),
                ],
            ),
        ],
    )
    wb.save(out("ej1-worcestershire-acute-hospitals-cqc-must-should-do-action-plan.xlsx"))


# ======================================================================
# 6. Mental health trust: CQC must/should action plan, tab-separated
#    export from a risk system (Excel "Text (Tab delimited)" quoting)
# ======================================================================
def make_derbyshire():
    AW = "Acute wards for adults of working age and psychiatric intensive care units"
    CM = "Community-based mental health services for adults of working age"
    f_aw1 = "The trust must ensure that staff complete and regularly update risk assessments for all patients."
    f_aw2 = ("The trust must ensure that seclusion records are fully completed, including medical "
             "reviews, in line with the Mental Health Act Code of Practice.")
    f_aw3 = "The trust should ensure that patients have access to psychological therapies on the acute wards."
    f_cm1 = ("The trust must ensure that people waiting for treatment in community mental health "
             "teams are regularly reviewed and that risks are managed.")
    f_cm2 = "The trust should ensure that care plans are personalised and reflect the views of patients."
    rows = [
        ["AW-01.1", AW, "Must", f_aw1,
         "Introduce a 72-hour post-admission risk assessment review as part of the ward round template.\n"
         "Ward managers to check compliance weekly.",
         "Area Service Manager – Acute", "31/03/2025", "", "Amber",
         "Template live on 4 of 6 wards."],
        ["AW-01.2", AW, "Must", f_aw1,
         "Deliver risk formulation training to all registered nurses on the acute wards.",
         "Lead Nurse, Acute Care", "28/02/2025", "", "Green",
         "94% of registered nurses trained."],
        ["AW-02.1", AW, "Must", f_aw2,
         "Audit all seclusion episodes monthly using the Mental Health Act Code of Practice checklist.",
         "Mental Health Act Manager", "31/12/2024", "30/04/2025", "Red",
         "Audit tool agreed; December and January audits not completed due to staffing."],
        ["AW-03.1", AW, "Should", f_aw3,
         "Recruit a clinical psychologist (Band 8a) to the Radbourne Unit.",
         "Head of Psychology / Area Service Manager – Acute", "30/06/2025", "", "Amber",
         "Post approved; interviews 12 March."],
        ["CM-01.1", CM, "Must", f_cm1,
         "Set up a waiting list review process with monthly contact for everyone waiting over 18 weeks.",
         "Service Manager – Community Mental Health Teams", "30/11/2024", "", "Blue",
         "Process live in all teams; peer review visit 16/01/2025 confirmed \"embedded\"."],
        ["CM-01.2", CM, "Must", f_cm1,
         "Report waiting list risk reviews to the Quality and Safeguarding Committee each quarter.",
         "Deputy Director of Nursing", "Quarterly", "", "Amber",
         "First report received January 2025."],
        ["CM-02.1", CM, "Should", f_cm2,
         "Roll out the DIALOG+ care planning approach in all community mental health teams.",
         "Clinical Lead, Living Well Derbyshire", "31/07/2025", "", "Amber",
         "Live in Erewash and High Peak; other teams from April."],
    ]

    def field(v):
        if any(ch in v for ch in '\n\t"'):
            return '"' + v.replace('"', '""') + '"'
        return v

    lines = [
        "Derbyshire Healthcare NHS Foundation Trust – CQC Must Do / Should Do Action Plan",
        "Export from Ulysses (Action Plans module)",
        "Run date: 04/02/2025 09:12\tRun by: Compliance Team",
        "RAG key: Red = Off track | Amber = On track | Green = Complete | "
        "Blue = Complete and assured by Care Standards peer review",
        "",
        "\t".join(["Action ID", "Core service", "Type", "CQC finding", "Action", "Action owner",
                   "Due date", "Revised due date", "RAG", "Latest update"]),
    ]
    for r in rows:
        lines.append("\t".join(field(v) for v in r))
    lines.append("")
    lines.append("7 records")
    with open(out("ej1-derbyshire-healthcare-nhsft-cqc-must-should-do-action-plan-export.txt"),
              "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


# ======================================================================
# 7. National body: CQC's own improvement plan after the Dash review - csv
# ======================================================================
def make_cqc():
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Care Quality Commission – Improvement plan in response to the Dash review: action tracker",
                "", "", "", "", "", ""])
    w.writerow(["Position as at 28 February 2025. Reported to the Board, 26 March 2025.",
                "", "", "", "", "", ""])
    w.writerow([""] * 7)
    w.writerow(["Recommendation", "Action ref", "Action", "Executive owner", "Due", "RAG", "Update"])
    R1 = ("Recommendation 1: Rapidly improve operational performance, fix the provider portal and "
          "regulatory platform, and improve the quality and timeliness of reports")
    R2 = "Recommendation 2: Rebuild expertise within the organisation and relationships with providers"
    R3 = "Recommendation 3: Review the single assessment framework and how it is implemented"
    R4 = "Recommendation 4: Clarify how ratings are calculated and make the results more transparent"
    rows = [
        [R1, "1.1",
         "Recruit additional inspectors and registration staff to reduce the assessment and registration backlog.",
         "Chief Operating Officer", "Sep-25", "Amber",
         "Recruitment campaign launched January; 140 offers made."],
        ["", "1.2",
         "Stabilise the provider portal and fix the highest-priority defects reported by providers.",
         "Chief Digital Officer; Chief Operating Officer", "31/03/2025", "Green",
         "Top 20 defects fixed; provider survey shows fewer log-in failures."],
        ["", "1.3",
         "Publish monthly performance data on inspection activity and report timeliness.",
         "Director of Data and Insight", "Q1 2025/26", "Complete",
         "First monthly publication 14 February 2025."],
        [R2, "2.1",
         "Appoint chief inspectors for hospitals, adult social care, and primary and community care.",
         "Chief Executive", "Dec-24", "Complete",
         "All three chief inspectors in post."],
        ["", "2.2",
         "Re-establish sector-based inspection teams led by senior specialists.",
         "Chief Inspector of Hospitals / Chief Inspector of Adult Social Care", "TBC", "Amber",
         "Design agreed; consultation with staff and unions under way."],
        [R3, "3.1",
         "Co-produce revised quality statements and rating descriptors with providers and people who use services.",
         "Director of Policy and Strategy", "Q3 2025/26", "Green",
         "Sector working groups meeting monthly."],
        ["", "3.2",
         "Pilot the revised approach to assessment in two sectors before national roll-out.",
         "Chief Inspector of Primary and Community Care", "Mar-26", "Not started", ""],
        [R4, "4.1",
         "Publish a clear explanation of how ratings are aggregated, and show the date of the evidence behind each rating on provider pages.",
         "Director of Communications and Engagement", "30/06/2025", "Amber",
         "Web changes depend on the regulatory platform release."],
    ]
    for r in rows:
        w.writerow(r)
    w.writerow([""] * 7)
    w.writerow(["Summary", "", "", "", "", "", ""])
    for k, n in [("Complete", 2), ("Green", 2), ("Amber", 3), ("Red", 0), ("Not started", 1), ("Total", 8)]:
        w.writerow([k, n, "", "", "", "", ""])
    w.writerow([""] * 7)
    w.writerow(["Note: due dates are the latest agreed by the Executive Team; original dates are held "
                "in the programme plan.", "", "", "", "", "", ""])
    with open(out("ej1-care-quality-commission-dash-review-improvement-plan-tracker.csv"),
              "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


if __name__ == "__main__":
    make_hollins_hall()
    make_castle_mead()
    make_nscg()
    make_babcock()
    make_worcs()
    make_derbyshire()
    make_cqc()
    print("built 7 files in", HERE)
