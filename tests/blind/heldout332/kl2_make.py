"""Build the seven kl2- blind test files (set heldout332).

Run with: /work/main/.venv/bin/python kl2_make.py
Writes the data files next to this script. The .expected.yaml files are written by hand.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    first = True
    for part in parts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    row = table.rows[0]
    for cell, label in zip(row.cells, labels):
        set_cell(cell, label, bold=True)
        shade(cell, fill)
        for r in cell.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


RAG_DOCX = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


# ---------------------------------------------------------------- 1. DHR (docx)
def make_dhr():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)

    p = doc.add_paragraph()
    r = p.add_run("Safer Bassetlaw Community Safety Partnership")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("Domestic Homicide Review: ‘Linda’ – Action Plan", level=1)
    doc.add_paragraph(
        "Victim: Linda (pseudonym agreed with her family), aged 71. Date of death: February 2023. "
        "Overview report accepted by the Home Office Quality Assurance Panel: 12 June 2024."
    )

    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([
        ["Version", "Date", "Updated by", "Reason for update"],
        ["1.0", "12/07/2024", "DHR Co-ordinator", "Action plan agreed by CSP Board"],
        ["1.3", "14/10/2025", "DHR Co-ordinator", "Q2 2025/26 progress update"],
    ]):
        for j, t in enumerate(row):
            set_cell(dc.cell(i, j), t, bold=(i == 0))
    doc.add_paragraph()
    doc.add_paragraph(
        "RAG key: Blue – complete and evidenced; Green – on track; Amber – some slippage, "
        "recovery agreed; Red – off track, escalated to CSP Board."
    )

    doc.add_heading("Overview Report Recommendations", level=2)
    cols = ["Recommendation", "No.", "Action to take", "Lead", "Target date",
            "Key milestones / progress", "RAG"]
    rec1 = ("1. Safer Bassetlaw CSP to seek assurance that partner agencies routinely ask about "
            "domestic abuse when an adult presents with injuries, low mood or alcohol misuse, "
            "and that the answer is recorded.")
    rec2 = ("2. Doncaster and Bassetlaw Teaching Hospitals and primary care to improve the "
            "identification of domestic abuse where the victim is an older person who is cared "
            "for by the person harming them.")
    rec3 = ("3. Safer Bassetlaw CSP to raise awareness of economic abuse among the family "
            "members, friends and neighbours of older people.")
    rows = [
        (rec1, "1.1", "Issue a seven-minute briefing on routine enquiry to all partner agencies and "
         "ask each agency to confirm it has been cascaded to frontline teams.",
         "Community Safety Manager (BDC)", "December 2024",
         "Briefing issued 18/11/2024. Cascade confirmed by 9 of 11 agencies; the remaining two "
         "have been chased through the DHR Sub-Group.", "Blue"),
        (None, "1.2", "Complete a multi-agency case file audit (20 cases) to test whether routine "
         "enquiry is asked and recorded, and report the findings to the CSP Board.",
         "DHR Sub-Group Chair", "June 2025",
         "Audit tool agreed. Fieldwork delayed by the police records migration; 14 of 20 cases "
         "audited.", "Amber"),
        (rec2, "2.1", "Add older victims and carer-perpetrators to the Level 3 safeguarding training "
         "for the Emergency Department and frailty teams at Bassetlaw Hospital.",
         "Named Nurse for Safeguarding Adults (DBTH)", "31/03/2025",
         "Training module updated February 2025; 86% of ED staff trained.", "Blue"),
        (None, "2.2", "Add a prompt on carer stress and domestic abuse to the GP annual carer health "
         "check template.",
         "ICB Designated Nurse for Safeguarding Adults; Bassetlaw PCN Clinical Director",
         "Q4 2025/26",
         "Template change requested from the system supplier; awaiting release.", "Green"),
        (rec3, "3.1", "Run a community awareness campaign during the 16 Days of Action 2025, using "
         "Linda’s story with her family’s agreement.",
         "Community Safety Manager (BDC) & Domestic Abuse Co-ordinator", "December 2025",
         "Campaign materials drafted and shared with Linda’s daughter for comment.", "Green"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols)
    repeat_header(t.rows[0])
    for i, (rec, no, act, lead, due, prog, rag) in enumerate(rows, start=1):
        if rec:
            set_cell(t.cell(i, 0), rec)
        for j, v in enumerate([no, act, lead, due, prog, rag], start=1):
            set_cell(t.cell(i, j), v)
        shade(t.cell(i, 6), RAG_DOCX[rag])
    # merge the recommendation cells down over their actions
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(3, 0).merge(t.cell(4, 0))

    doc.add_paragraph()
    doc.add_heading("Single Agency Recommendations", level=2)
    cols2 = ["No.", "Recommendation / action", "Lead", "Target date",
             "Key milestones / progress", "RAG"]
    body = [
        ("Nottinghamshire Police",),
        ("P1", "Officers to record their own observations when a victim declines to answer the "
         "DASH questions, and to grade risk on professional judgement rather than on the score "
         "alone.", "DI Public Protection", "September 2025",
         "Briefing delivered to response teams. Compliance dip-sample planned for November 2025.",
         "Amber"),
        ("Nottinghamshire Healthcare NHS Foundation Trust",),
        ("NH1", "Audit compliance with the Think Family section of the community mental health "
         "assessment every six months and report to the Trust Safeguarding Committee.",
         "Head of Safeguarding", "Ongoing",
         "First audit (April 2025) found 72% compliance; re-audit October 2025.", "Green"),
    ]
    t2 = doc.add_table(rows=1 + len(body), cols=len(cols2))
    t2.style = "Table Grid"
    header_row(t2, cols2)
    for i, row in enumerate(body, start=1):
        if len(row) == 1:
            a = t2.cell(i, 0).merge(t2.cell(i, len(cols2) - 1))
            set_cell(a, row[0], bold=True)
            shade(a, "D9E2F3")
        else:
            for j, v in enumerate(row):
                set_cell(t2.cell(i, j), v)
            shade(t2.cell(i, 5), RAG_DOCX[row[5]])
    doc.add_paragraph()
    doc.add_paragraph("Note: a change to a target date can only be agreed by the DHR Sub-Group and "
                      "is recorded in its minutes.")
    doc.add_paragraph("Contact: DHR Co-ordinator, Safer Bassetlaw CSP, Queen’s Buildings, Worksop.")
    doc.save(out("kl2-bassetlaw-csp-dhr-linda-action-plan.docx"))


# ---------------------------------------------------------------- 2. Maternity (docx)
def make_maternity():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Lewisham and Greenwich NHS Trust")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Maternity and Neonatal Improvement Plan 2024–2026", style="Title")
    doc.add_paragraph("Progress report to the Trust Board meeting in public – November 2025")
    doc.add_paragraph("Executive lead: Chief Nursing Officer\tOperational lead: Director of Midwifery")

    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Document owner", "Director of Midwifery"),
        ("Version", "2.4"),
        ("Date", "31 October 2025"),
        ("Approved by", "Maternity and Neonatal Assurance Group"),
        ("Review frequency", "Monthly"),
    ]):
        set_cell(dc.cell(i, 0), k, bold=True)
        set_cell(dc.cell(i, 1), v)
        shade(dc.cell(i, 0), "E7E6E6")

    doc.add_heading("Summary of progress", level=2)
    sm = doc.add_table(rows=5, cols=6)
    sm.style = "Table Grid"
    for i, row in enumerate([
        ["Theme", "Actions", "Blue", "Green", "Amber", "Red"],
        ["Theme 1", "3", "1", "1", "1", "0"],
        ["Theme 2", "3", "2", "0", "1", "0"],
        ["Theme 3", "3", "1", "1", "0", "1"],
        ["Total", "9", "4", "2", "2", "1"],
    ]):
        for j, v in enumerate(row):
            set_cell(sm.cell(i, j), v, bold=(i in (0, 4)))
    doc.add_paragraph(
        "RAG: Blue – complete and embedded; Green – on track to deliver by the due date; "
        "Amber – risk to delivery, mitigation in place; Red – will not be delivered by the due date."
    )

    cols = ["Ref", "Objective", "Action", "Lead(s)", "Due date", "Revised due date",
            "Progress / evidence", "RAG"]

    def theme_table(heading, rows, merges):
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, fill="7030A0")
        repeat_header(t.rows[0])
        for i, (ref, obj, act, lead, due, rev, prog, rag) in enumerate(rows, start=1):
            set_cell(t.cell(i, 0), ref)
            if obj:
                set_cell(t.cell(i, 1), obj)
            for j, v in enumerate([act, lead, due, rev, prog, rag], start=2):
                set_cell(t.cell(i, j), v)
            shade(t.cell(i, 7), RAG_DOCX[rag])
        for a, b in merges:
            t.cell(a, 1).merge(t.cell(b, 1))
        doc.add_paragraph()

    theme_table(
        "Theme 1: Listening to and working with women and families with compassion",
        [
            ("1.1.1", "1.1 Personalised care and support plans for every woman",
             "Roll out personalised care and support plans on the maternity electronic patient "
             "record at Queen Elizabeth Hospital and University Hospital Lewisham.",
             "Digital Midwife / Community Matron", "Mar-25", "Sep-25",
             "Live at both sites from 15/09/2025. 91% of women booked since go-live have a plan.",
             "Blue"),
            ("1.1.2", None,
             "Work with the Maternity and Neonatal Voices Partnership (MNVP) to co-produce "
             "plain-language and translated versions of the plan in the five most spoken "
             "languages after English.",
             "Head of Patient Experience", "Dec-25", "–",
             "Three languages complete; Bengali and Yoruba versions with translators.", "Green"),
            ("1.2.1", "1.2 Equity for women from Black, Asian and mixed ethnic groups and from the "
             "most deprived areas",
             "Implement the LMNS equity and equality action plan, including enhanced continuity of "
             "carer for women living in the most deprived postcodes in Greenwich.",
             "Consultant Midwife for Public Health", "Q4 2025/26", "–",
             "Team recruited; caseload to start January 2026.", "Amber"),
        ],
        [(1, 2)],
    )
    theme_table(
        "Theme 2: Growing, retaining and supporting our workforce",
        [
            ("2.1.1", "2.1 Midwifery and obstetric staffing meets the funded establishment",
             "Recruit to the funded midwifery establishment:\n"
             "• 14.6 WTE Band 6 midwives (including internationally educated midwives)\n"
             "• 3.0 WTE Band 7 labour ward co-ordinators",
             "Director of Midwifery", "Jun-25", "Jan-26",
             "Band 6 vacancy down to 4.2 WTE. Two Band 7 co-ordinators appointed; one post "
             "re-advertised.", "Amber"),
            ("2.1.2", None,
             "Complete a Birthrate Plus review and present the findings and funding request to the "
             "People Committee.",
             "Director of Midwifery", "31/10/2025", "–",
             "Report presented 23/10/2025; establishment uplift approved.", "Blue"),
            ("2.2.1", "2.2 Retention of newly qualified staff",
             "Introduce a retention and pastoral support offer for newly qualified midwives, "
             "including a 12-month preceptorship and a named professional midwifery advocate.",
             "Lead Midwife for Education; Professional Midwifery Advocate Lead", "Apr-25", "–",
             "Preceptorship refreshed April 2025. First-year leaver rate fell from 18% to 9%.",
             "Blue"),
        ],
        [(1, 2)],
    )
    theme_table(
        "Theme 3: Developing and sustaining a culture of safety, learning and support",
        [
            ("3.1.1", "3.1 Safety culture and leadership",
             "Complete the NHS England perinatal culture and leadership programme for the "
             "quadrumvirate and act on the SCORE survey findings.",
             "Director of Midwifery, Clinical Director for Obstetrics and Clinical Director for "
             "Neonates", "Mar-26", "–",
             "SCORE survey closed 10/10/2025 (62% response). Feedback sessions booked.", "Green"),
            ("3.1.2", None,
             "Embed PSIRF in maternity: hold weekly multidisciplinary learning huddles and publish a "
             "monthly 'Learning from Events' bulletin.",
             "Maternity Governance Lead", "Dec-24", "–",
             "Weekly huddles in place since November 2024; bulletin issue 11 published October "
             "2025.", "Blue"),
            ("3.2.1", "3.2 Neonatal care closer to home",
             "Reduce term admissions to the neonatal unit (ATAIN) to below 5% through a transitional "
             "care pathway at University Hospital Lewisham.",
             "Neonatal Clinical Lead", "Mar-25", "Mar-26",
             "Transitional care beds not yet open: capital works delayed. Term admission rate 6.1% "
             "(September 2025).", "Red"),
        ],
        [(1, 2)],
    )
    doc.add_paragraph("Note: revised due dates were agreed at the Maternity and Neonatal Safety "
                      "Champions meeting on 02/09/2025. Actions closed in earlier reports are listed "
                      "in Appendix A of the September 2025 report.")
    doc.save(out("kl2-lewisham-and-greenwich-nhs-trust-maternity-neonatal-improvement-plan.docx"))


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
    "band": PatternFill("solid", fgColor="D9D9D9"),
    "pale": PatternFill("solid", fgColor="DDEBF7"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def xl_header(ws, row, labels, start_col=1):
    for j, lab in enumerate(labels, start=start_col):
        c = ws.cell(row=row, column=j, value=lab)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def xl_widths(ws, widths):
    for letter, w in widths.items():
        ws.column_dimensions[letter].width = w


# ---------------------------------------------------------------- 3. Board action log (xlsx)
def make_board_log():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = "Surrey and Sussex Healthcare NHS Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Trust Board meeting in public – action log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated following the meeting held on 6 November 2025"
    ws["A3"].font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    cols = ["Action ref", "Meeting date", "Agenda item", "Action", "Lead", "Due date",
            "Revised due date", "RAG", "Update"]
    xl_header(ws, 5, cols)
    D = dt.datetime
    open_rows = [
        ("TB/25/014", D(2025, 5, 1), "Integrated Performance Report",
         "Provide a breakdown of 78-week and 65-week waiters by specialty, with the recovery "
         "trajectory for each.", "COO", D(2025, 7, 3), D(2026, 1, 8), "A",
         "Trajectories for 9 of 11 specialties presented to the Finance and Performance "
         "Committee in October. Dermatology and ENT outstanding."),
        ("TB/25/022", D(2025, 7, 3), "Freedom to Speak Up report",
         "Report on themes from speaking-up cases raised by staff from ethnic minority "
         "backgrounds, with the actions agreed by the People Committee.",
         "Chief People Officer", D(2026, 1, 8), None, "G",
         "On the People Committee agenda for 20/11/2025, then to Board."),
        ("TB/25/027", D(2025, 9, 4), "Maternity and neonatal safety report",
         "Confirm the date for opening the second obstetric theatre at East Surrey Hospital and the "
         "staffing model to support it.", "CN / MD", D(2025, 11, 6), D(2026, 3, 5), "A",
         "Estates works complete. Theatre staffing business case goes to Executive Committee "
         "in December."),
        ("TB/25/031", D(2025, 9, 4), "Board Assurance Framework",
         "Review the target risk score for BAF risk 4 (digital infrastructure) in light of the EPR "
         "procurement timetable.", "Chief Digital Information Officer", D(2025, 11, 6), None, "R",
         "Not yet reviewed: Audit and Risk Committee deferred the item."),
        ("TB/25/035", D(2025, 11, 6), "Patient story",
         "Invite the patient and her husband to the Patient Experience Group to share their "
         "experience of discharge from the frailty unit.", "Chief Nurse", "TBC", None, "G",
         "Contact made through PALS; date to be agreed with the family."),
        ("TB/25/036", D(2025, 11, 6), "Finance report – Month 6",
         "Circulate the updated 2025/26 forecast outturn and the efficiency schemes still to be "
         "identified, ahead of the January Board seminar.", "CFO", D(2025, 12, 11), None, "G",
         None),
    ]
    r = 6
    for row in open_rows:
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        rag = row[7]
        ws.cell(row=r, column=8).fill = FILL[{"G": "green", "A": "amber", "R": "red", "B": "blue"}[rag]]
        ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Open actions: 6    Overdue: 1").font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for letter, text, f in [
        ("B", "Complete – proposed for closure (see Closed actions tab)", "blue"),
        ("G", "On track / not yet due", "green"),
        ("A", "At risk of missing the due date", "amber"),
        ("R", "Overdue", "red"),
    ]:
        r += 1
        ws.cell(row=r, column=1, value=letter).fill = FILL[f]
        ws.cell(row=r, column=2, value=text)
    xl_widths(ws, {"A": 12, "B": 12, "C": 24, "D": 55, "E": 20, "F": 12, "G": 12, "H": 6, "I": 50})
    ws.freeze_panes = "A6"

    ws2 = wb.create_sheet("Closed actions")
    ws2["A1"] = "Actions proposed for closure – Trust Board 6 November 2025"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.merge_cells("A1:H1")
    cols2 = ["Action ref", "Meeting date", "Agenda item", "Action", "Lead", "Due date", "RAG",
             "Closure note"]
    xl_header(ws2, 3, cols2)
    closed = [
        ("TB/25/009", D(2025, 3, 6), "Quality and Safety Committee report",
         "Bring the results of the deteriorating patient (NEWS2) audit to Board.", "MD",
         D(2025, 7, 3), "B", "Presented at the September Board (item 7.2)."),
        ("TB/25/019", D(2025, 5, 1), "NHS Staff Survey results",
         "Agree a Board-level measure for violence and aggression towards staff and add it to the "
         "Integrated Performance Report.", "Chief People Officer; COO", D(2025, 9, 4), "B",
         "Measure included in the IPR from Month 5."),
        ("TB/25/024", D(2025, 7, 3), "Green Plan annual report",
         "Report the carbon reduction from anaesthetic gases separately in the next Green Plan "
         "update.", "Director of Estates and Facilities", D(2025, 11, 6), "B",
         "Included in the Green Plan update circulated on 15/10/2025."),
    ]
    r = 4
    for row in closed:
        for j, v in enumerate(row, start=1):
            c = ws2.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws2.cell(row=r, column=7).fill = FILL["blue"]
        r += 1
    xl_widths(ws2, {"A": 12, "B": 12, "C": 26, "D": 55, "E": 24, "F": 12, "G": 6, "H": 45})
    wb.save(out("kl2-surrey-and-sussex-healthcare-nhs-trust-board-public-action-log.xlsx"))


# ---------------------------------------------------------------- 4. Corporate risk register (xlsx)
def score_fill(score):
    return FILL["red"] if score >= 15 else FILL["amber"] if score >= 8 else FILL["green"]


def make_risk_register():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "North Warwickshire Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Risk Register – Quarter 3 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 31 December 2025. Reported to Executive Board, 9 February 2026."
    risks = [
        ("CR01 – Medium Term Financial Strategy", "Corporate Director – Resources", 16, 16, "↔"),
        ("CR02 – Cyber security and ICT resilience", "Chief Executive", 15, 15, "↔"),
        ("CR03 – Housing Consumer Standards and stock condition", "Director of Housing", 16, 12, "↓"),
        ("CR04 – Workforce capacity and recruitment", "Chief Executive", 9, 9, "↔"),
        ("CR05 – Local Plan and five-year housing land supply", "Director of Planning", 9, 12, "↑"),
    ]
    xl_header(ws, 5, ["Risk ref & title", "Risk owner", "Residual score Q2", "Residual score Q3",
                      "Direction of travel"])
    for i, (t, o, q2, q3, d) in enumerate(risks, start=6):
        ws.cell(row=i, column=1, value=t)
        ws.cell(row=i, column=2, value=o)
        ws.cell(row=i, column=3, value=q2).fill = score_fill(q2)
        ws.cell(row=i, column=4, value=q3).fill = score_fill(q3)
        ws.cell(row=i, column=5, value=d).alignment = Alignment(horizontal="center")
        for j in range(1, 6):
            ws.cell(row=i, column=j).border = BOX
    ws["A12"] = "Risk profile at Q3"
    ws["A12"].font = Font(bold=True)
    for i, (lab, n, f) in enumerate([("High (15–25)", 2, "red"), ("Medium (8–12)", 3, "amber"),
                                     ("Low (1–6)", 0, "green"), ("Total", 5, None)], start=13):
        ws.cell(row=i, column=1, value=lab)
        c = ws.cell(row=i, column=2, value=n)
        if f:
            c.fill = FILL[f]
    xl_widths(ws, {"A": 52, "B": 32, "C": 14, "D": 14, "E": 12})

    ws2 = wb.create_sheet("Register")
    ws2["A1"] = "Corporate Risk Register – risk detail and further actions (Q3 2025/26)"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "Action progress key (column L):"
    ws2["A2"].font = Font(bold=True)
    ws2["B2"] = "Complete"
    ws2["B2"].fill = FILL["green"]
    ws2["C2"] = "In progress"
    ws2["C2"].fill = FILL["amber"]
    ws2["D2"] = "Not started / overdue"
    ws2["D2"].fill = FILL["red"]
    # two-row header
    ws2.cell(row=4, column=5, value="Current (residual) risk")
    ws2.merge_cells(start_row=4, start_column=5, end_row=4, end_column=7)
    ws2.cell(row=4, column=8, value="Further actions")
    ws2.merge_cells(start_row=4, start_column=8, end_row=4, end_column=13)
    for j in range(5, 14):
        ws2.cell(row=4, column=j).fill = FILL["pale"]
        ws2.cell(row=4, column=j).font = Font(bold=True)
        ws2.cell(row=4, column=j).border = BOX
    xl_header(ws2, 5, ["Risk ref & title", "Risk description", "Risk owner", "Key controls in place",
                       "L", "I", "Score", "Action ref", "Further action required", "Action owner",
                       "Target date", "Progress", "Comment"])
    D = dt.datetime
    register = [
        (("CR01 – Medium Term Financial Strategy",
          "Uncertainty over the Fair Funding Review and the business rates reset leaves a funding "
          "gap for 2026/27 to 2028/29 that cannot be closed without service reductions.",
          "Corporate Director – Resources",
          "MTFS refreshed quarterly; general fund balance above the agreed minimum; savings "
          "programme monitored by Management Team.", 4, 4),
         [("CR01a", "Model the provisional local government finance settlement and brief Members "
           "on the revised funding gap.", "Corporate Director – Resources", D(2026, 1, 31), "green",
           "Settlement modelled; briefing note issued to Members 22/12/2025."),
          ("CR01b", "Identify £750k of savings and income proposals for the 2026/27 budget.",
           "Management Team", D(2026, 2, 28), "amber", "£520k identified to date.")]),
        (("CR02 – Cyber security and ICT resilience",
          "A successful cyber attack or major ICT failure disrupts services and leads to the loss "
          "of personal data.",
          "Chief Executive",
          "Firewalls and multi-factor authentication; PSN compliance; immutable backups tested "
          "monthly; staff phishing training.", 3, 5),
         [("CR02a", "Complete the Cyber Assessment Framework self-assessment and agree an "
           "improvement plan.", "ICT Manager & Information Governance Officer", "Q4 2025/26",
           "amber", "Self-assessment 70% complete."),
          ("CR02b", "Run a cyber incident exercise with Management Team using the NCSC 'Exercise in "
           "a Box' scenario.", "ICT Manager", D(2025, 11, 30), "red",
           "Exercise postponed; new date being sought.")]),
        (("CR03 – Housing Consumer Standards and stock condition",
          "The Council cannot evidence compliance with the Regulator of Social Housing Consumer "
          "Standards because stock condition data is incomplete.",
          "Director of Housing",
          "Compliance dashboard reported monthly; landlord health and safety checks at 100%.", 3, 4),
         [("CR03a", "Complete stock condition surveys for the remaining 38% of council homes.",
           "Housing Maintenance Manager", D(2026, 9, 30), "amber",
           "Surveyor contract awarded October 2025; 412 surveys completed.")]),
        (("CR04 – Workforce capacity and recruitment",
          "Difficulty recruiting and retaining staff in professional roles reduces capacity to "
          "deliver statutory services.",
          "Chief Executive",
          "Workforce Strategy 2024-27; agency use approved by Management Team; exit interviews.",
          3, 3),
         [("CR04a", "Deliver the Workforce Strategy action plan, including a market supplement review "
           "for hard-to-fill professional posts.", "Head of HR", "Ongoing", "amber",
           "Market supplement review reported to Management Team in November."),
          ("CR04b", "Launch the 'grow your own' apprenticeship scheme for planning and environmental "
           "health.", "Head of HR", D(2025, 9, 1), "green",
           "Four apprentices started in September 2025.")]),
        (("CR05 – Local Plan and five-year housing land supply",
          "The Council cannot demonstrate a five-year housing land supply, exposing it to "
          "speculative development and appeal costs.",
          "Director of Planning",
          "Annual monitoring report; planning appeals monitored; Local Development Scheme.", 4, 3),
         [("CR05a", "Complete the Local Plan review and submit it for examination.",
           "Forward Planning Manager", "December 2026", "amber",
           "Regulation 18 consultation closed November 2025.")]),
    ]
    r = 6
    for (title, desc, owner, controls, L, I), acts in register:
        first = r
        ws2.cell(row=r, column=1, value=title).font = Font(bold=True)
        ws2.cell(row=r, column=2, value=desc)
        ws2.cell(row=r, column=3, value=owner)
        ws2.cell(row=r, column=4, value=controls)
        ws2.cell(row=r, column=5, value=L)
        ws2.cell(row=r, column=6, value=I)
        sc = ws2.cell(row=r, column=7, value=L * I)
        sc.fill = score_fill(L * I)
        for ref, text, aowner, target, prog, comment in acts:
            ws2.cell(row=r, column=8, value=ref)
            ws2.cell(row=r, column=9, value=text)
            ws2.cell(row=r, column=10, value=aowner)
            tc = ws2.cell(row=r, column=11, value=target)
            if isinstance(target, dt.datetime):
                tc.number_format = "dd/mm/yyyy"
            ws2.cell(row=r, column=12).fill = FILL[prog]
            ws2.cell(row=r, column=13, value=comment)
            for j in range(1, 14):
                ws2.cell(row=r, column=j).border = BOX
                ws2.cell(row=r, column=j).alignment = WRAP
            r += 1
        if r - 1 > first:
            for j in range(1, 8):
                ws2.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
    ws2.cell(row=r + 1, column=1,
             value="L = likelihood, I = impact (1–5). Score = L x I. High 15–25, Medium 8–12, "
                   "Low 1–6.").font = Font(italic=True)
    xl_widths(ws2, {"A": 30, "B": 40, "C": 22, "D": 38, "E": 4, "F": 4, "G": 7, "H": 8, "I": 48,
                    "J": 24, "K": 13, "L": 10, "M": 40})
    ws2.freeze_panes = "A6"
    wb.save(out("kl2-north-warwickshire-bc-corporate-risk-register-q3-2025-26.xlsx"))


# ---------------------------------------------------------------- 5. CSP delivery plan, typo month (xlsx)
def make_csp_refuse():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Burnley Community Safety Partnership"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Community Safety Plan 2025–2026"
    ws["A3"].font = Font(bold=True, size=12)
    ws["A4"] = "Delivery Plan – Quarter 2 monitoring (July to September 2025)"
    for i, (k, v) in enumerate([
        ("Version", "Q2 v1.1"),
        ("Prepared by", "Community Safety Team, Burnley Borough Council"),
        ("Reported to", "Burnley CSP Strategic Group, 22 October 2025"),
        ("Priorities", "1. Violent crime and serious violence\n2. Anti-social behaviour and the "
                       "town centre\n3. Domestic abuse and violence against women and girls"),
    ], start=6):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v).alignment = WRAP
    xl_widths(ws, {"A": 16, "B": 70})

    ws2 = wb.create_sheet("Delivery Plan")
    ws2["A1"] = "Burnley CSP Delivery Plan 2025/26"
    ws2["A1"].font = Font(bold=True, size=12)
    cols = ["Ref", "Action", "Lead agency", "Lead officer", "Start", "End", "Q1 update",
            "Q2 update", "RAG"]
    xl_header(ws2, 3, cols)
    D = dt.datetime
    rows = [
        ("Priority 1: Violent crime and serious violence",),
        ("1.1", "Deliver the Serious Violence Duty local problem profile actions for the town "
         "centre night-time economy, including Safer Streets patrols on Friday and Saturday nights.",
         "Lancashire Police", "Chief Inspector, Burnley", "Apr 2025", "March 2026",
         "Patrols in place from May.", "Violence with injury in the NTE down 9% on last year.",
         "G"),
        ("1.2", "Run knife crime awareness sessions in all secondary schools and Burnley College.",
         "Lancashire Violence Reduction Network", "VRN Education Lead", "Sept 2025", "Dec-25",
         "Not started – planned for autumn term.", "5 of 8 settings booked.", "G"),
        ("1.3", "Extend the Navigator A&E youth violence intervention to Burnley General Hospital "
         "minor injuries unit.", "East Lancashire Hospitals NHS Trust", "Head of Safeguarding",
         "Jul 2025", "31/03/2026", "Funding bid submitted.",
         "Funding not yet confirmed by the VRN.", "A"),
        ("Priority 2: Anti-social behaviour and the town centre",),
        ("2.1", "Renew the Public Spaces Protection Order for the town centre and publish the "
         "consultation results.", "Burnley Borough Council", "Community Safety Manager",
         "Jun 2025", "Febuary 2026", "Consultation drafted.", "Consultation live until 14/11/2025.",
         "G"),
        ("2.2", "Hold monthly multi-agency ASB case panels and review repeat victims at each panel.",
         "Burnley Borough Council / Lancashire Police", "ASB Co-ordinator", "Apr 2025", "Monthly",
         "Panels held April–June.", "Panels held July–September; 14 repeat victims reviewed.", "G"),
        ("2.3", "Launch the Operation Centurion business crime reporting scheme with Charter Walk "
         "retailers.", "Lancashire Police", "Neighbourhood Inspector", "May 2025", "Sep-25",
         "Scheme launched 12 June.", "42 retailers signed up.", "Complete"),
        ("Priority 3: Domestic abuse and violence against women and girls",),
        ("3.1", "Refresh the Burnley domestic abuse pathway and promote it to GP practices and "
         "housing providers.", "Burnley Borough Council", "Domestic Abuse Co-ordinator",
         "Jul 2025", "Jan-26", "Draft pathway agreed.", "Promotion plan drafted.", "A"),
        ("3.2", "Deliver White Ribbon accreditation renewal, including training for 100 council and "
         "partner staff.", "Burnley Borough Council", "Community Safety Manager", "Sept 2025",
         "Nov-25", "", "60 staff trained.", "G"),
    ]
    r = 4
    for row in rows:
        if len(row) == 1:
            c = ws2.cell(row=r, column=1, value=row[0])
            c.font = Font(bold=True)
            for j in range(1, 10):
                ws2.cell(row=r, column=j).fill = FILL["band"]
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            for j, v in enumerate(row, start=1):
                c = ws2.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
        r += 1
    r += 1
    ws2.cell(row=r, column=1, value="RAG: G = on track; A = some slippage; R = significant "
                                    "slippage, escalate to Strategic Group; Complete = delivered.")
    xl_widths(ws2, {"A": 6, "B": 55, "C": 26, "D": 24, "E": 10, "F": 13, "G": 30, "H": 34, "I": 9})
    ws2.freeze_panes = "A4"
    wb.save(out("kl2-burnley-csp-community-safety-plan-2025-26-delivery-plan-typo-month-refuse.xlsx"))
    # sanity: the typo is on sheet row 9
    assert wb["Delivery Plan"]["F9"].value == "Febuary 2026"


# ---------------------------------------------------------------- 6. SAB delivery plan (csv)
def make_sab_csv():
    rows = [
        ["Teeswide Safeguarding Adults Board (TSAB)", "", "", "", "", ""],
        ["Strategic Business Plan 2025-2028 – Delivery Plan 2025/26", "", "", "", "", ""],
        ["Position at 30 September 2025 (Q2)", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["No.", "What we will do", "Lead", "By when", "Progress update", "RAG"],
        ["Priority 1: Joint Working", "", "", "", "", ""],
        ["1.1", "Refresh the Teeswide Inter-Agency Safeguarding Adults Procedure to reflect the "
                "revised statutory guidance and the High Risk Adults Panel process.",
         "Policy, Procedure & Practice Sub-Group", "Dec-25",
         "Draft circulated for consultation 01/09/2025.", "On track"],
        ["1.2", "Launch the Tees Adult Exploitation Strategy and set up an implementation group "
                "with the children's safeguarding partnerships.",
         "TSAB Business Unit / Cleveland Police", "Sept 2025 – March 2026",
         "Strategy launched 16/09/2025; implementation group has met once.", "On track"],
        ["1.3", "Agree a joint transitions protocol for young people aged 16-25 at risk of harm "
                "outside the home with HSSCP and STSCP.",
         "TSAB Business Manager", "Q3 2025/26",
         "Protocol signed off at the Board meeting on 11/06/2025.", "Complete"],
        ["Priority 2: People", "", "", "", "", ""],
        ["2.1", "Deliver the 2025/26 multi-agency training programme, including new courses on "
                "self-neglect and professional curiosity.",
         "Learning, Training & Development Sub-Group", "Mar-26",
         "3,214 learners to date; self-neglect course launched in July.", "On track"],
        ["2.2", "Publish a 7-minute briefing and hold a learning event for each Safeguarding Adults "
                "Review completed in the year.",
         "SAR Sub-Group", "Ongoing", "Briefing published for the 'Chloe' SAR.", "On track"],
        ["Priority 3: Performance and Quality Assurance", "", "", "", "", ""],
        ["3.1", "Carry out a multi-agency audit of Making Safeguarding Personal outcomes for adults "
                "who lack capacity to make decisions about their safety.",
         "Performance, Audit & Quality Sub-Group", "Jan-26",
         "Audit tool agreed; case selection under way.", "Amber"],
        ["3.2", "Introduce a quarterly partner assurance dashboard covering all six statutory "
                "partners.",
         "TSAB Business Unit", "Dec-25", "", "Not started"],
        ["Priority 4: Communication and Engagement", "", "", "", "", ""],
        ["4.1", "Co-produce the Safeguarding Adults Week campaign with people with lived experience "
                "in each of the four local authority areas.",
         "Communication & Engagement Sub-Group", "Nov-25",
         "Campaign planned for 17-23 November 2025.", "On track"],
        ["", "", "", "", "", ""],
        ["Summary", "", "", "", "", ""],
        ["Total actions", "8", "", "", "", ""],
        ["Complete", "1", "", "", "", ""],
        ["On track", "5", "", "", "", ""],
        ["Amber", "1", "", "", "", ""],
        ["Red", "0", "", "", "", ""],
        ["Not started", "1", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["RAG key: Complete = delivered and evidenced; On track = progressing as planned; Amber = "
         "some delay, recovery in hand; Red = significant delay, escalated to the Board; Not "
         "started = due to start later in the year.", "", "", "", "", ""],
    ]
    with open(out("kl2-teeswide-sab-strategic-business-plan-2025-26-delivery-plan.csv"), "w",
              newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerows(rows)


# ---------------------------------------------------------------- 7. Transformation highlight report (txt)
def make_highlight_txt():
    T = "\t"
    hdr = T.join(["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date",
                  "Previous RAG", "Current RAG", "Commentary"])
    lines = [
        "Chesterfield Borough Council",
        "Transformation Programme – Highlight Report",
        "Reporting period: Period 8 (1 – 30 November 2025)",
        "Programme sponsor: Deputy Chief Executive" + T + "Prepared by: Transformation Programme Manager",
        "Overall programme status: Amber (previous period: Amber)",
        "",
        "1. Workstream summary",
        T.join(["Workstream", "Previous RAG", "Current RAG", "Comment"]),
        T.join(["WS1 Digital customer access", "G", "A", "Portal go-live moved to January 2026."]),
        T.join(["WS2 Asset rationalisation", "A", "A", "Town Hall options appraisal delayed."]),
        T.join(["WS3 Workforce and ways of working", "G", "G", "On track."]),
        "",
        "2. Key milestones and actions",
        "",
        "WS1 Digital customer access",
        hdr,
        T.join(["1.1", "Launch the new customer portal for council tax, benefits and waste services.",
                "Head of Customer Services / ICT Manager", "31/10/2025", "31/01/2026", "G", "A",
                "Supplier release delayed; user acceptance testing completed 21/11/2025."]),
        T.join(["1.2", "Move the 20 most used web forms to the new low-code platform.",
                "Digital Lead", "30/09/2025", "30/09/2025", "G", "B", "All 20 forms live."]),
        T.join(["1.3", "Switch off the legacy CRM system.", "ICT Manager", "31/03/2026",
                "31/03/2026", "G", "G", "Data migration plan agreed."]),
        "",
        "WS2 Asset rationalisation",
        hdr,
        T.join(["2.1", "Complete the options appraisal for the future of the Town Hall office "
                       "accommodation.",
                "Service Director – Economic Growth", "30/11/2025", "28/02/2026", "A", "R",
                "Condition survey found further roof works; appraisal to be re-costed."]),
        T.join(["2.2", "Relocate the depot teams to the Stonegravels site.", "Facilities Manager",
                "31/12/2025", "31/12/2025", "A", "A", "Lease signed; fit-out started."]),
        T.join(["2.3", "Market the surplus Holywell Street office building for disposal.",
                "Estates Manager", "31/03/2026", "31/03/2026", "A", "G",
                "Agents appointed; marketing from January."]),
        "",
        "WS3 Workforce and ways of working",
        hdr,
        T.join(["3.1", "Roll out the hybrid working policy and manager toolkit.",
                "Service Director – Corporate", "30/06/2025", "30/06/2025", "G", "B",
                "Policy launched June 2025."]),
        T.join(["3.2", "Deliver the leadership development programme for 60 managers (cohorts 1-3).",
                "HR & OD Manager", "31/03/2026", "31/03/2026", "G", "G",
                "Cohort 2 under way; cohort 3 starts February."]),
        "",
        "3. Decisions required from Transformation Board",
        "- Approve the revised forecast date for milestone 1.1 (31/01/2026).",
        "- Note the red status of milestone 2.1 and the request for a re-costed appraisal.",
        "",
        "RAG key: B = complete; G = on track; A = at risk but within tolerance; "
        "R = outside tolerance, escalated to Transformation Board.",
        "Next report: Period 9 (December 2025), due 9 January 2026.",
    ]
    with open(out("kl2-chesterfield-bc-transformation-programme-highlight-report.txt"), "w",
              encoding="utf-8", newline="\r\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_dhr()
    make_maternity()
    make_board_log()
    make_risk_register()
    make_csp_refuse()
    make_sab_csv()
    make_highlight_txt()
    print("done")
