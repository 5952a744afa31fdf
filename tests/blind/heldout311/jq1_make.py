"""Build the seven jq1- data files of set heldout311.

Run with /work/main/.venv/bin/python jq1_make.py (from any directory).
Three .xlsx (openpyxl), two .docx (python-docx), one .csv, one .txt.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


RAGFILL = {
    "red": fill("FF0000"),
    "amber": fill("FFC000"),
    "green": fill("00B050"),
    "blue": fill("0070C0"),
}


def d(y, m, day=1):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Wolverhampton ILACS improvement plan (xlsx): cover + plan + RAG key,
#    theme rows and recommendation rows merged across, original/revised dates,
#    previous/current RAG, summary block.
# ---------------------------------------------------------------------------
def make_wolverhampton():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "City of Wolverhampton Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Inspection of Local Authority Children's Services (ILACS) Improvement Plan 2025–26"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Changes"),
        ("0.3", d(2025, 4, 14), "Head of Quality Assurance", "Draft for Practice Improvement Board"),
        ("1.0", d(2025, 5, 2), "Director of Children's Services", "Submitted to Ofsted"),
        ("1.1", d(2025, 6, 30), "Head of Quality Assurance", "Quarter 1 progress update"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A10"] = ("Inspection dates: 3–14 February 2025. Report published: 25 March 2025. "
                  "Overall effectiveness: Good.")
    cov["A11"] = ("Governance: progress is reported monthly to the Practice Improvement Board and "
                  "quarterly to the Children, Young People and Families Scrutiny Panel.")
    for col, w in zip("ABCD", (12, 14, 34, 40)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Inspection of Local Authority Children's Services (ILACS) Improvement Plan 2025–26"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 30 June 2025 (Quarter 1 update)"
    ws["A2"].font = Font(italic=True)
    head = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
            "Previous RAG (Mar 25)", "Current RAG (Jun 25)", "Progress update (June 2025)"]
    for j, h in enumerate(head):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX

    T = "theme"
    R = "rec"
    plan = [
        (T, "The experiences and progress of children who need help and protection"),
        (R, "Recommendation 1: The quality and timeliness of assessments for children in need of "
            "help and protection, so that they consistently identify risk and need."),
        ("1.1", "Refresh the assessment practice standards and relaunch them through practice "
                "workshops for all assessment and child in need teams.",
         "Service Manager (Assessment)", d(2025, 5, 31), None, "Green", "Complete",
         "Standards relaunched at six workshops in May; 94% of staff attended."),
        ("1.2", "Introduce a monthly multi-agency audit of assessments stepped down from child "
                "protection, with findings reported to the Practice Improvement Board.",
         "Head of Service – Safeguarding / Head of Quality Assurance", d(2025, 7, 31),
         d(2025, 9, 30), "Amber", "Amber",
         "Health and police auditors confirmed; first audit moved to August."),
        ("1.3", "Embed the use of the chronology tool in all assessments where there are repeat "
                "referrals.",
         "Principal Social Worker", d(2025, 10, 31), None, "Green", "Green",
         "Tool added to the case recording system in June."),
        (T, "The impact of leaders on social work practice with children and families"),
        (R, "Recommendation 2: Management oversight and supervision of frontline practice, so "
            "that it consistently drives progress in children's plans."),
        ("2.1", "Revise the supervision policy so that supervision records set out clear actions "
                "and timescales linked to the child's plan.",
         "Head of Service – Safeguarding", d(2025, 6, 30), None, "Green", "Complete",
         "Policy approved by the Children's Services Leadership Team on 17 June 2025."),
        ("2.2", "Deliver the ‘Leading Practice’ development programme to all team managers and "
                "advanced practitioners.",
         "Principal Social Worker; Workforce Development Manager", d(2025, 12, 31), None,
         "Green", "Amber", "Cohort 2 delayed by facilitator availability."),
        (T, "The experiences and progress of children in care"),
        (R, "Recommendation 3: The sufficiency of local homes for children in care, particularly "
            "for older children with complex needs."),
        ("3.1", "Open two new in-house children's homes for children aged 13 to 17 with complex "
                "needs.",
         "Head of Service – Corporate Parenting / Commissioning Manager", d(2026, 3, 31), None,
         "Amber", "Red", "Planning consent for the second property refused; alternative site "
                         "being sought."),
        ("3.2", "Launch a targeted foster carer recruitment campaign for carers able to care for "
                "teenagers and sibling groups.",
         "Fostering Service Manager", d(2025, 9, 30), None, "Green", "Green",
         "Campaign launched 2 June; 21 enquiries to date."),
        ("3.3", "Review all children placed more than 20 miles from Wolverhampton to confirm that "
                "the placement continues to meet their needs.",
         "Service Manager (Children in Care)", d(2025, 8, 31), "Nov-25", "Amber", "Amber",
         "38 of 71 reviews completed."),
        (T, "The experiences and progress of care leavers"),
        (R, "Recommendation 4: The quality of pathway plans for care leavers, so that they are "
            "written with young people and address their individual needs."),
        ("4.1", "Co-produce a new pathway plan template with the Children in Care Council and "
                "care leavers.",
         "Service Manager (Leaving Care)", d(2025, 7, 31), None, "Green", "Complete",
         "New ‘My Pathway’ template in use from 1 July 2025."),
        ("4.2", "Audit a sample of 30 pathway plans each quarter and report the findings to the "
                "Corporate Parenting Board.",
         "Head of Quality Assurance", "Quarterly", None, None, "Not started",
         "First audit due October 2025, once the new template has been in use for a quarter."),
    ]
    r = 5
    for item in plan:
        if item[0] in (T, R):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=item[1])
            if item[0] == T:
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = fill("2F5597")
            else:
                c.font = Font(bold=True, italic=True)
                c.fill = fill("D9E1F2")
            c.alignment = WRAP
        else:
            ref, action, lead, orig, rev, prev, cur, upd = item
            vals = [ref, action, lead, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for col, val in ((6, prev), (7, cur)):
                key = {"Green": "green", "Amber": "amber", "Red": "red",
                       "Complete": "blue"}.get(val)
                if key:
                    ws.cell(row=r, column=col).fill = RAGFILL[key]
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Summary at 30 June 2025").font = Font(bold=True)
    summary = [("Blue (complete)", 3), ("Green", 2), ("Amber", 3), ("Red", 1),
               ("Not started", 1), ("Total actions", 10)]
    for label, n in summary:
        r += 1
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=n)
    r += 2
    ws.cell(row=r, column=1, value="Notes: revised target dates were agreed by the Practice "
                                   "Improvement Board on 10 June 2025. RAG definitions are on "
                                   "the ‘RAG key’ sheet.")
    for col, w in zip("ABCDEFGH", (7, 60, 34, 12, 12, 12, 12, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG"
    key["B1"] = "Meaning"
    key["A1"].font = key["B1"].font = Font(bold=True)
    keyrows = [
        ("Blue", "Complete – action delivered and evidence of impact", "blue"),
        ("Green", "On track to deliver by the target date", "green"),
        ("Amber", "Some slippage – revised date agreed or risk to delivery", "amber"),
        ("Red", "Off track – escalated to the Practice Improvement Board", "red"),
        ("Not started", "Action not yet due to start", None),
    ]
    for i, (a, b, k) in enumerate(keyrows, start=2):
        key.cell(row=i, column=1, value=a)
        key.cell(row=i, column=2, value=b)
        if k:
            key.cell(row=i, column=1).fill = RAGFILL[k]
    key.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, "jq1-wolverhampton-city-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Sheffield local area SEND priority action plan (xlsx): overview sheet with
#    key (green = completed) and totals, one sheet per APA and one for AFIs,
#    status shown by fill colour only.
# ---------------------------------------------------------------------------
def make_sheffield():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Sheffield Local Area Partnership"
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Priority Action Plan – Area SEND Inspection (November 2024)"
    ov["A2"].font = Font(bold=True, size=12)
    ov["A3"] = ("Sheffield City Council and NHS South Yorkshire Integrated Care Board, with "
                "Sheffield Parent Carer Forum. Overseen by the SEND Partnership Board; progress "
                "reported to DfE and NHS England every six months.")
    ov["A4"] = "Last updated: 30 September 2025"
    ov["A6"] = "Status key (fill colour of the Status column)"
    ov["A6"].font = Font(bold=True)
    keyrows = [("green", "Completed"), ("amber", "In progress"),
               ("red", "Off track / at risk"), (None, "Not yet started")]
    for i, (k, txt) in enumerate(keyrows, start=7):
        c = ov.cell(row=i, column=1)
        c.border = BOX
        if k:
            c.fill = RAGFILL[k]
        ov.cell(row=i, column=2, value=txt)
    ov["A12"] = "Summary of actions"
    ov["A12"].font = Font(bold=True)
    summ = [("Area", "Actions", "Completed", "In progress", "Off track", "Not started"),
            ("APA 1", 3, 1, 1, 0, 1),
            ("APA 2", 3, 1, 1, 1, 0),
            ("AFIs", 3, 1, 2, 0, 0),
            ("Total", 9, 3, 4, 1, 1)]
    for i, row in enumerate(summ, start=13):
        for j, v in enumerate(row):
            c = ov.cell(row=i, column=1 + j, value=v)
            c.border = BOX
            if i in (13, 17):
                c.font = Font(bold=True)
    ov.column_dimensions["A"].width = 14
    ov.column_dimensions["B"].width = 22
    for col in "CDEF":
        ov.column_dimensions[col].width = 13

    head = ["No.", "What we will do", "Who is responsible", "By when",
            "How we will know (impact measure)", "Status"]

    def sheet(name, sections):
        ws = wb.create_sheet(name)
        ws["A1"] = "Sheffield Local Area Partnership – Priority Action Plan"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Last updated: 30 September 2025"
        for j, h in enumerate(head):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("BDD7EE")
            c.border = BOX
            c.alignment = WRAP
        r = 5
        for heading, acts in sections:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            c = ws.cell(row=r, column=1, value=heading)
            c.font = Font(bold=True)
            c.fill = fill("FCE4D6")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32
            r += 1
            for no, what, who, when, how, st in acts:
                for j, v in enumerate([no, what, who, when, how, None]):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if st:
                    ws.cell(row=r, column=6).fill = RAGFILL[st]
                r += 1
        for col, w in zip("ABCDEF", (7, 55, 34, 16, 40, 10)):
            ws.column_dimensions[col].width = w

    sheet("APA1", [
        ("Area for priority action 1: Leaders across the partnership should urgently improve the "
         "timeliness and quality of EHC needs assessments and plans so that children and young "
         "people get the right help at the right time.", [
            ("1.1", "Recruit to the additional 12 EHC coordinator posts agreed in the SEND "
                    "recovery budget.",
             "Head of SEND Statutory Services", "June 2025",
             "All posts filled; caseloads below 120 per coordinator.", "green"),
            ("1.2", "Introduce a weekly multi-agency panel to track every assessment approaching "
                    "week 16 and remove blockages to advice.",
             "Head of SEND Statutory Services & Designated Clinical Officer (SY ICB)",
             "Autumn term 2025", "At least 60% of new plans issued within 20 weeks.", "amber"),
            ("1.3", "Agree and apply a quality standard for health, social care and education "
                    "advice, with termly quality assurance of a sample of new plans.",
             "Hughes, Clare", "31/03/2026",
             "80% of audited plans graded good or better.", None),
        ]),
    ])
    sheet("APA2", [
        ("Area for priority action 2: Leaders should reduce waiting times for neurodevelopmental "
         "assessment and make sure that children and families receive support while they wait.", [
            ("2.1", "Commission additional assessment capacity from an independent provider to "
                    "clear the backlog of children waiting over 52 weeks.",
             "Deputy Director of Commissioning (SY ICB)", "September 2025",
             "No child waiting more than 52 weeks.", "red"),
            ("2.2", "Launch the ‘Waiting Well’ offer of parent workshops and online resources, "
                    "co-produced with Sheffield Parent Carer Forum.",
             "Sheffield Children's NHS FT / Sheffield Parent Carer Forum", "May 2025",
             "Parent feedback: 75% say the offer helped while waiting.", "green"),
            ("2.3", "Publish monthly waiting-time data on the Local Offer website.",
             "Head of Performance and Intelligence", "Monthly",
             "Data published by the 10th working day of each month.", "amber"),
        ]),
    ])
    sheet("AFIs", [
        ("AFI 1: Leaders should improve the way that children and young people's views are "
         "captured in EHC plans and annual reviews.", [
            ("A1.1", "Train all EHC coordinators and SENCOs in person-centred annual review "
                     "practice.",
             "SEND Inclusion Lead", "Summer term 2026",
             "Audit shows child's voice evident in 85% of reviews.", "amber"),
            ("A1.2", "Add a ‘My views’ section, completed with the child or young person, to the "
                     "annual review paperwork.",
             "Principal Educational Psychologist", "July 2025",
             "New paperwork in use in all schools.", "green"),
        ]),
        ("AFI 2: Leaders should strengthen planning for preparation for adulthood from Year 9, "
         "including pathways to employment.", [
            ("A2.1", "Establish a 14–25 transitions panel with adult social care, health and "
                     "further education providers.",
             "Head of Preparing for Adulthood; Service Manager (Transitions, Adult Social Care)",
             "Ongoing", "Every young person in Year 11 has a transition plan.", "amber"),
        ]),
    ])
    wb.save(os.path.join(HERE, "jq1-sheffield-local-area-send-priority-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Bristol focused visit action plan (xlsx, REFUSE): one sheet, area for
#    improvement merged down the left, target dates as text; row 10 holds
#    "Feburary 2025".
# ---------------------------------------------------------------------------
def make_bristol():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Bristol City Council – Children and Families Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Ofsted Focused Visit (17–18 September 2024): Action Plan"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = ("Focus of the visit: arrangements for children in care, including care planning "
                "and permanence. Plan owner: Director of Children's Services.")
    head = ["Area for improvement", "Ref", "Action", "Owner", "Target date", "RAG",
            "Update (January 2025)"]
    for j, h in enumerate(head):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    groups = [
        ("1. The timeliness and quality of permanence planning for children in care, including "
         "the use of early permanence.", [
            ("1a", "Track every child in care without a permanence plan at the second review "
                   "through the monthly Permanence Panel.",
             "Head of Service, Children in Care", "Dec 2024", "Green",
             "Panel tracking 46 children; 31 now have a plan."),
            ("1b", "Relaunch the early permanence (Fostering for Adoption) pathway with Adoption "
                   "West and the court.",
             "Service Manager, Permanence", "Mar 2025", "Amber",
             "Joint workshop with Adoption West booked for February."),
            ("1c", "Complete a dip sample of 25 later-life letters and permanence reports.",
             "Quality Assurance Manager", "Jan 2025", "Green", "Dip sample under way."),
        ]),
        ("2. Independent reviewing officers' oversight and challenge when children's plans drift.", [
            ("2a", "Revise the IRO escalation protocol so that informal challenge is recorded "
                   "and resolved within 10 working days.",
             "Head of Safeguarding and Quality Assurance", "Dec 2024", "Complete",
             "Protocol signed off 9 December 2024."),
            ("2b", "Report IRO escalations and their outcomes to the Corporate Parenting Panel.",
             "IRO Service Manager", "Feburary 2025", "Amber",
             "First report being drafted."),
        ]),
        ("3. The consistency of life-story work for children in care.", [
            ("3a", "Train social workers and foster carers in therapeutic life-story work.",
             "Principal Social Worker", "Apr 2025", "Green",
             "Two sessions delivered; two more booked."),
            ("3b", "Add a life-story work prompt to the child in care review template.",
             "IRO Service Manager", "Jun 2025", "Not started", ""),
        ]),
    ]
    r = 6
    for area, acts in groups:
        start = r
        for ref, action, owner, when, rag, upd in acts:
            for j, v in enumerate([ref, action, owner, when, rag, upd], start=2):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            k = {"Green": "green", "Amber": "amber", "Complete": "blue"}.get(rag)
            if k:
                ws.cell(row=r, column=6).fill = RAGFILL[k]
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        c = ws.cell(row=start, column=1, value=area)
        c.alignment = WRAP
        c.font = Font(bold=True)
        c.border = BOX
    for col, w in zip("ABCDEFG", (36, 6, 55, 30, 14, 11, 40)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(
        HERE, "jq1-bristol-city-council-focused-visit-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


DOCX_RAG = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}


# ---------------------------------------------------------------------------
# 4. Stockport Council children's home Ofsted action plan (docx): details table,
#    RAG key line, one table per SCCIF judgement area with requirement /
#    recommendation rows merged across, sign-off table.
# ---------------------------------------------------------------------------
def make_stockport():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    landscape(doc)
    doc.add_heading("Oakwood House – Ofsted Inspection Action Plan", level=1)
    doc.add_paragraph("Stockport Council, Children's Residential Services")

    details = [
        ("Setting", "Oakwood House (Stockport Council)"),
        ("Unique reference number", "SC481736"),
        ("Inspection dates", "8 and 9 October 2024"),
        ("Overall experiences and progress of children and young people",
         "Requires improvement to be good"),
        ("How well children and young people are helped and protected",
         "Requires improvement to be good"),
        ("The effectiveness of leaders and managers", "Requires improvement to be good"),
        ("Registered manager", "Registered Manager (interim)"),
        ("Responsible individual", "Head of Service, Children's Residential and Edge of Care"),
        ("Plan agreed", "12/11/2024"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in details:
        row = t.add_row().cells
        bold_cell(row[0], a)
        row[1].text = b
    doc.add_paragraph()
    doc.add_paragraph("RAG rating: Complete – action finished and evidenced; G – on track; "
                      "A – in progress but at risk of delay; R – not achieved by timescale.")

    head = ["Ref", "Action", "Lead", "Timescale", "Progress", "RAG"]
    RAGMAP = {"Complete": "blue", "G": "green", "A": "amber", "R": "red"}

    def area(title, blocks):
        doc.add_heading(title, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(head):
            bold_cell(tb.rows[0].cells[j], h)
            shade(tb.rows[0].cells[j], "D9D9D9")
        for text, acts in blocks:
            cells = tb.add_row().cells
            m = cells[0].merge(cells[5])
            bold_cell(m, text)
            shade(m, "DEEAF6")
            for act in acts:
                cells = tb.add_row().cells
                for j, v in enumerate(act):
                    cells[j].text = v
                k = RAGMAP.get(act[5])
                if k:
                    shade(cells[5], DOCX_RAG[k])
        for row in tb.rows:
            for j, w in enumerate((Cm(1.5), Cm(9), Cm(4), Cm(3), Cm(6), Cm(2))):
                row.cells[j].width = w

    area("1. Overall experiences and progress of children and young people", [
        ("Recommendation 1: The registered person should ensure that staff work closely with "
         "schools and the virtual school so that children's attendance and progress in education "
         "are regularly reviewed. ('Guide to the Children's Homes Regulations', page 23, "
         "paragraph 5.9)", [
            ("R1.1", "Agree with the Virtual School a termly meeting to review each child's "
                     "personal education plan and attendance.",
             "Virtual School Head / RM", "Spring term 2025",
             "First meeting held 15 January 2025.", "G"),
        ]),
    ])
    area("2. How well children and young people are helped and protected", [
        ("Requirement 1 – Regulation 12 (the protection of children standard): The registered "
         "person must ensure that staff understand and follow the home's missing from care "
         "procedures, including informing the placing authority without delay. "
         "(Due by 30 November 2024)", [
            ("1.1", "All staff to complete refresher training on the Greater Manchester missing "
                    "from home and care protocol.",
             "RM", "30/11/2024", "All 14 staff trained by 26 November 2024.", "Complete"),
            ("1.2", "Missing episodes to be reviewed by the Registered Manager within 24 hours "
                    "and notifications checked against the log at each Regulation 44 visit.",
             "RM / Reg 44 Independent Person", "Immediate and ongoing",
             "Checked at the December and January visits; no gaps found.", "G"),
        ]),
        ("Recommendation 2: The registered person should ensure that children's risk assessments "
         "are updated promptly after each significant incident. ('Guide to the Children's Homes "
         "Regulations', page 42, paragraph 9.5)", [
            ("R2.1", "Introduce a post-incident checklist that prompts the key worker to update "
                     "the child's risk assessment within 72 hours.",
             "Deputy Manager", "December 2024", "Checklist in use since 2 December 2024.",
             "Complete"),
        ]),
    ])
    area("3. The effectiveness of leaders and managers", [
        ("Requirement 2 – Regulation 13 (the leadership and management standard): The registered "
         "person must ensure that staff receive supervision at least monthly and that supervision "
         "records are of good quality. (Due by 31 December 2024)", [
            ("2.1", "Set a supervision schedule for the year, shared with all staff and monitored "
                    "at the monthly management meeting.",
             "RM", "31/12/2024", "Schedule issued; 100% compliance in December.", "Complete"),
            ("2.2", "Service Manager to audit four supervision records each month and feed back "
                    "to the Registered Manager.",
             "Service Manager (Residential)", "Monthly",
             "January audit: three of four records good.", "G"),
        ]),
        ("Recommendation 3: The registered person should ensure that the home's development plan "
         "reflects the views of children and is reviewed at least every six months. ('Guide to "
         "the Children's Homes Regulations', page 54, paragraph 10.4)", [
            ("R3.1", "Hold a ‘Have your say’ session with the children to inform the development "
                     "plan review.",
             "Key workers", "End of February 2025", "Session planned for half-term.", "A"),
            ("R3.2", "Review and republish the development plan, with a version written for "
                     "children.",
             "RM; Responsible Individual", "March 2025",
             "Waiting for the outcome of the ‘Have your say’ session.", "A"),
        ]),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(("Role", "Name", "Date")):
        bold_cell(so.rows[0].cells[j], h)
    so.rows[1].cells[0].text = "Registered Manager"
    so.rows[1].cells[2].text = "12/11/2024"
    so.rows[2].cells[0].text = "Responsible Individual"
    so.rows[2].cells[2].text = "12/11/2024"
    doc.save(os.path.join(HERE, "jq1-stockport-council-childrens-home-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Barnsley YJS HMIP improvement plan (docx): document control, RAG key
#    table, one plan table with addressee rows merged across and the
#    recommendation merged down beside its actions.
# ---------------------------------------------------------------------------
def make_barnsley():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    landscape(doc)
    p = doc.add_paragraph()
    run = p.add_run("Barnsley Youth Justice Service: HM Inspectorate of Probation Inspection "
                    "Improvement Plan")
    run.bold = True
    run.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Inspection fieldwork: 7–11 October 2024 | Report published: 14 January "
                      "2025 | Overall rating: Requires improvement")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for j, h in enumerate(("Version", "Date", "Author", "Approved by")):
        bold_cell(dc.rows[0].cells[j], h)
    for j, v in enumerate(("1.0", "04/02/2025", "Head of Service, Youth Justice",
                           "Barnsley Youth Justice Partnership Board")):
        dc.rows[1].cells[j].text = v
    for j, v in enumerate(("1.1", "24/03/2025", "Head of Service, Youth Justice",
                           "Progress update for Board, 2 April 2025")):
        dc.rows[2].cells[j].text = v

    doc.add_heading("RAG key", level=2)
    rk = doc.add_table(rows=4, cols=2)
    rk.style = "Table Grid"
    for i, (k, txt) in enumerate((("Blue", "Completed"), ("Green", "On track"),
                                  ("Amber", "At risk of slipping"), ("Red", "Off track"))):
        rk.rows[i].cells[0].text = k
        shade(rk.rows[i].cells[0], DOCX_RAG[k.lower()])
        rk.rows[i].cells[1].text = txt

    doc.add_heading("Improvement plan", level=2)
    head = ["No.", "Recommendation", "Action", "Lead", "Timescale", "Progress (March 2025)",
            "RAG"]
    tb = doc.add_table(rows=1, cols=7)
    tb.style = "Table Grid"
    for j, h in enumerate(head):
        bold_cell(tb.rows[0].cells[j], h)
        shade(tb.rows[0].cells[j], "C6E0B4")

    groups = [
        ("Recommendations for the Barnsley Youth Justice Partnership Board", [
            ("1. Make sure that the partnership has a shared understanding of the "
             "overrepresentation of some groups of children and that the disproportionality "
             "action plan is used to address it.", [
                ("1.1", "Refresh the disproportionality dataset to include ethnicity, care status "
                        "and SEND, and present it to the Board each quarter.",
                 "YJS Performance Officer", "Q1 2025/26",
                 "Dataset drafted; first presentation at the June Board.", "Green"),
                ("1.2", "Hold a Board development session on disproportionality, led by the "
                        "Board's equality champion.",
                 "Chair of the YJ Partnership Board", "April 2025",
                 "Session held 19 March 2025.", "Blue"),
            ]),
            ("2. Make sure that children have timely access to speech, language and "
             "communication assessment and support.", [
                ("2.1", "Agree funding for a 0.6 FTE speech and language therapist seconded to "
                        "the YJS.",
                 "Head of Commissioning (SY ICB Barnsley Place)", "Q2 2025/26",
                 "Business case with the ICB; decision expected in May.", "Amber"),
            ]),
        ]),
        ("Recommendations for the Head of Service", [
            ("3. Improve the quality of assessments of how to keep the child and other people "
             "safe, so that they draw on information from all relevant agencies.", [
                ("3.1", "Deliver refresher training on the AssetPlus safety and wellbeing and "
                        "risk of serious harm sections to all case managers.",
                 "YJS Team Manager", "May 2025", "Training delivered 12 and 13 March 2025.",
                 "Blue"),
                ("3.2", "Introduce management sign-off of all risk of serious harm assessments "
                        "rated medium or above.",
                 "YJS Team Managers", "Immediate",
                 "In place since February; dip sample shows 92% signed off.", "Green"),
            ]),
            ("4. Make sure that victims' needs and wishes are consistently considered in "
             "planning for out-of-court disposals.", [
                ("4.1", "Review the victim contact process so that victims' views are recorded "
                        "before the joint decision-making panel.",
                 "Restorative Justice Worker / YJS Team Manager (Prevention)", "June 2025",
                 "Draft process shared with the police out-of-court lead.", "Amber"),
                ("4.2", "Audit 10 out-of-court disposal cases each quarter against the revised "
                        "process.",
                 "Quality Assurance Lead", "Quarterly",
                 "Not yet started – depends on action 4.1.", "Red"),
            ]),
        ]),
    ]
    for addressee, recs in groups:
        cells = tb.add_row().cells
        m = cells[0].merge(cells[6])
        bold_cell(m, addressee)
        shade(m, "E2EFDA")
        for rec, acts in recs:
            first = None
            last = None
            for i, (no, act, lead, when, prog, rag) in enumerate(acts):
                cells = tb.add_row().cells
                cells[0].text = no
                cells[2].text = act
                cells[3].text = lead
                cells[4].text = when
                cells[5].text = prog
                cells[6].text = rag
                shade(cells[6], DOCX_RAG[rag.lower()])
                if i == 0:
                    first = cells[1]
                last = cells[1]
            if last is not first:
                first = first.merge(last)
            first.text = rec
    for row in tb.rows:
        for j, w in enumerate((Cm(1.2), Cm(6), Cm(7), Cm(3.5), Cm(2.5), Cm(5.5), Cm(1.6))):
            row.cells[j].width = w
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reviewed at every meeting of the Barnsley "
                      "Youth Justice Partnership Board and reported to HM Inspectorate of "
                      "Probation on request.")
    doc.save(os.path.join(HERE, "jq1-barnsley-youth-justice-service-hmip-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Rochdale corporate parenting board action plan (csv): Excel "CSV UTF-8"
#    export with title lines, priority rows, a multi-line cell, totals and notes.
# ---------------------------------------------------------------------------
def make_rochdale():
    rows = [
        ["Rochdale Borough Council – Corporate Parenting Board Action Plan 2025–26",
         "", "", "", "", "", ""],
        ["Last updated: 15/10/2025 (for Corporate Parenting Board 22/10/2025)",
         "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "What we will do", "Lead", "Partners involved", "Target date", "RAG",
         "Progress update"],
        ["Priority 1: Safe and stable homes", "", "", "", "", "", ""],
        ["1.1", "Increase the number of in-house foster carers by 15 households through the "
                "Fostering Friendly Rochdale campaign (CF)",
         "Fostering Service Manager", "Foster Care Greater Manchester", "31/03/2026", "Amber",
         "7 new households approved since April; 4 in assessment."],
        ["1.2", "Extend the Staying Close offer to all young people leaving our children's "
                "homes.\nIncludes a review of the accommodation offer for care leavers aged 21–25.",
         "Head of Service CiC & Care Leavers", "Housing Options; registered providers", "Oct-25",
         "Green", "Two Staying Close flats ready; review report due at October Board."],
        ["Priority 2: Health and wellbeing", "", "", "", "", "", ""],
        ["2.1", "Make sure every child in care has an up-to-date health assessment, with initial "
                "health assessments completed within 20 working days",
         "Kate Morris and Imran Shah", "NHS Greater Manchester (Rochdale locality)", "Q3 2025/26",
         "Red", "IHA timeliness 58% in Q1; paediatric clinic capacity escalated to the ICB."],
        ["2.2", "Offer every care leaver a free leisure pass for Your Trust sites",
         "Head of Service CiC & Care Leavers", "Your Trust", "Jul-25", "Complete",
         "62 passes issued."],
        ["Priority 3: Education, employment and training", "", "", "", "", "", ""],
        ["3.1", "Ring-fence 10 council apprenticeships each year for care leavers",
         "Virtual School Head; HR Business Partner", "Hopwood Hall College", "Sept 2025",
         "Green", "8 apprenticeships ring-fenced; 2 more agreed with Highways."],
        ["3.2", "Track attendance and exclusions for children in care placed out of borough every "
                "half term and report to the Board termly",
         "Virtual School Head", "", "Termly", "Green", "Summer term report presented in July."],
        ["Priority 4: Voice and participation", "", "", "", "", "", ""],
        ["4.1", "Children in Care Council to co-chair one Corporate Parenting Board meeting each "
                "year (CF)",
         "Participation Lead", "Children in Care Council", "Jan-26", "Not started", ""],
        ["4.2", "Refresh the Pledge with children and care leavers and publish it in "
                "young-people-friendly formats",
         "Participation Lead", "Leaving Care Forum", "Dec-25", "Amber",
         "Workshops held in August; design work not yet commissioned."],
        ["", "", "", "", "", "", ""],
        ["Totals", "8 actions", "", "", "", "Complete 1; Green 3; Amber 2; Red 1; Not started 1",
         ""],
        ["Notes: (CF) = carried forward from the 2024–25 action plan. RAG: Complete / Green – on "
         "track / Amber – some delay / Red – significant risk / Not started.",
         "", "", "", "", "", ""],
    ]
    path = os.path.join(HERE, "jq1-rochdale-corporate-parenting-board-action-plan.csv")
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Middlesbrough early help strategy action plan (txt): plain-text export of
#    a web page, one block of "Label: value" lines per action.
# ---------------------------------------------------------------------------
def make_middlesbrough():
    rule = "-" * 64
    lines = [
        "Middlesbrough Early Help Strategy 2024–2027: Action Plan 2025/26",
        "Middlesbrough Council and the Middlesbrough Early Help Partnership",
        "Progress update for the Children's Trust Board, October 2025",
        "",
        "Status key: Complete (blue) | On track (green) | Behind schedule (amber) | "
        "Off track (red) | Not started",
        "",
        rule,
        "Priority 1: Families get the right help at the right time",
        rule,
        "",
        "Action 1.1",
        "What we will do: Publish a refreshed multi-agency Early Help Assessment and Plan, with a "
        "shorter version for families with a single need.",
        "Lead: Head of Early Help",
        "By when: 30/09/2025",
        "Status: Complete",
        "Update: Launched at the partnership conference on 18 September 2025.",
        "",
        "Action 1.2",
        "What we will do: Train 200 practitioners from schools, health and the voluntary sector "
        "to act as lead practitioner for families.",
        "Lead: Early Help Partnership Manager; Designated Nurse Safeguarding Children (ICB)",
        "By when: March 2026",
        "Status: On track",
        "Update: 126 practitioners trained by the end of September.",
        "",
        rule,
        "Priority 2: Family Hubs are at the heart of every community",
        rule,
        "",
        "Action 2.1",
        "What we will do: Open the fifth Family Hub site in North Ormesby, with a Saturday session "
        "each month for working parents.",
        "Lead: Family Hubs Manager",
        "By when: December 2025",
        "Status: Behind schedule",
        "Update: Building works running three weeks late.",
        "",
        "Action 2.2",
        "What we will do: Bring the Start for Life offer (infant feeding, perinatal mental health "
        "and parenting support) into all Family Hubs.",
        "This includes a named health visitor link for each hub.",
        "Lead: 0–19 Service Lead / Family Hubs Manager",
        "By when: Q4 2025/26",
        "Status: On track",
        "Update: Infant feeding cafés running in four hubs.",
        "",
        rule,
        "Priority 3: We understand the difference early help makes",
        rule,
        "",
        "Action 3.1",
        "What we will do: Build an early help outcomes dashboard using the Supporting Families "
        "outcomes framework.",
        "Lead: Head of Performance and Intelligence",
        "By when: Q2 2025/26",
        "Status: Off track",
        "Update: Analyst post vacant since June; recruitment under way.",
        "",
        "Action 3.2",
        "What we will do: Gather feedback from families at case closure and report the themes to "
        "the Early Help Partnership every quarter.",
        "Lead: Early Help Quality Assurance Officer",
        "By when: Quarterly",
        "Status: On track",
        "Update: Q1 report presented in July; 212 families responded.",
        "",
        "Action 3.3",
        "What we will do: Complete a multi-agency audit of step-down from children's social care "
        "to early help.",
        "Lead: Principal Social Worker; Head of Early Help",
        "By when: January 2026",
        "Status: Not started",
        "Update: Audit tool agreed; audit starts in December.",
        "",
        rule,
        "Summary: 7 actions – 1 complete, 3 on track, 1 behind schedule, 1 off track, "
        "1 not started.",
        "Page last updated: 14 October 2025",
    ]
    path = os.path.join(HERE, "jq1-middlesbrough-early-help-strategy-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_wolverhampton()
    make_sheffield()
    make_bristol()
    make_stockport()
    make_barnsley()
    make_rochdale()
    make_middlesbrough()
    print("built 7 files in", HERE)
