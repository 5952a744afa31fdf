"""Build the seven ld2- blind test files (set heldout350).

Run with: /work/main/.venv/bin/python ld2_make.py
Writes into the folder this script lives in.
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- helpers
BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
FILLS = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def grid(ws, first_row, last_row, ncols):
    for r in range(first_row, last_row + 1):
        for c in range(1, ncols + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = BOX
            cell.alignment = WRAP


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


def header_row(table, labels, hex_="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(lab)
        run.bold = True
        shade(c, hex_)
        if hex_ in ("1F3864", "005EB8", "4B2C69"):
            from docx.shared import RGBColor
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def set_text(cell, text):
    """Put text in a cell; inner \n become separate paragraphs."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)


# ======================================================================
# 1. ULTH Trust Board (Public) action log  (xlsx, read)
# ======================================================================
def ulth():
    wb = Workbook()
    ws = wb.active
    ws.title = "Board Action Log"
    ncols = 8
    ws["A1"] = "United Lincolnshire Teaching Hospitals NHS Trust – Trust Board (Public) Action Log"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Part of Lincolnshire Community and Hospitals NHS Group. Updated following the Board "
                "meeting held on 7 October 2025, for the meeting on 4 November 2025.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    key = [("B3", "Complete – propose closure", BLUE), ("C3", "On track / not yet due", GREEN),
           ("D3", "Due date revised or at risk", AMBER), ("E3", "Overdue", RED),
           ("F3", "New – not yet rated", None)]
    for ref, text, col in key:
        ws[ref] = text
        ws[ref].border = BOX
        ws[ref].alignment = WRAP
        if col:
            ws[ref].fill = fill(col)
    hdr = ["Minute no.", "Meeting date", "Action", "Lead", "Due date", "Revised due date",
           "Progress update", "RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
    rows = [
        ("25/087", datetime(2025, 7, 1),
         "Provide the Board with a breakdown of 12-hour trolley waits by site (Lincoln County, "
         "Pilgrim Boston and Grantham) within the Integrated Performance Report.",
         "COO", datetime(2025, 9, 1), datetime(2025, 11, 1),
         "Site-level data now available from Business Intelligence.\nNarrative to be added for the "
         "November IPR.", "A"),
        ("25/091", datetime(2025, 7, 1),
         "Circulate the refreshed Freedom to Speak Up action plan to Board members and include the "
         "Guardian's quarterly themes in the People & OD Committee upward report.",
         "Director of People & OD", datetime(2025, 8, 1), None,
         "Circulated 28/07/2025. Themes included in the September upward report. Propose closure.", "B"),
        ("25/104", datetime(2025, 8, 5),
         "Confirm the timetable for replacing the fire doors at Pilgrim Hospital, Boston, and report "
         "the revised capital profile to the Finance, Performance and Estates Committee.",
         "Director of Estates & Facilities", datetime(2025, 10, 1), "January 2026",
         "Contractor programme delayed by supply of certified door sets. Revised date agreed by FPEC "
         "on 23/09/2025.", "A"),
        ("25/106", datetime(2025, 8, 5),
         "Amend the Perinatal Quality Surveillance Model dashboard so that Lincoln and Pilgrim units "
         "are reported separately.",
         "CNO / DoM", datetime(2025, 9, 1), None,
         "Dashboard amended from the September report. Propose closure.", "B"),
        ("25/118", datetime(2025, 9, 2),
         "Bring a paper to Board setting out the options and risks for the overnight model at the "
         "Grantham urgent treatment centre.",
         "COO/MD", "Dec-25", None,
         "Clinical engagement sessions held in September; options appraisal in draft.", "G"),
        ("25/121", datetime(2025, 9, 2),
         "Report the Trust's position against the 2025/26 financial plan, including the run-rate "
         "actions agreed with NHS England.\n(Linked to minute 25/097.)",
         "CFO", datetime(2025, 10, 1), None,
         "Deferred from October. To be taken at the November Board with the month 6 position.", "R"),
        ("25/133", datetime(2025, 10, 7),
         "Share the outcome of the GIRFT review of ophthalmology waiting lists with the Quality "
         "Governance Committee.",
         "Medical Director", "TBC – awaiting GIRFT report", None, "", None),
        ("25/135", datetime(2025, 10, 7),
         "Arrange a Board development session on the Group clinical strategy before the end of the "
         "calendar year.",
         "Company Secretary", "w/c 08/12/2025", None,
         "Date being held in diaries; facilitator to be confirmed.", "G"),
    ]
    r = 6
    for minute, mdate, action, lead, due, rev, upd, rag in rows:
        vals = [minute, mdate, action, lead, due, rev, upd, None]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy" if i == 2 else "mmm-yy"
        if rag:
            ws.cell(row=r, column=8).fill = fill(FILLS[rag])
        r += 1
    grid(ws, 5, r - 1, ncols)
    widths(ws, [11, 13, 60, 22, 12, 14, 50, 8])

    g = wb.create_sheet("Lead initials")
    g["A1"] = "Initials used in the action log"
    g["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([("CEO", "Chief Executive"), ("COO", "Chief Operating Officer"),
                                ("CFO", "Chief Financial Officer"), ("CNO", "Chief Nursing Officer"),
                                ("MD", "Medical Director"), ("DoM", "Director of Midwifery")], start=3):
        g.cell(row=i, column=1, value=a)
        g.cell(row=i, column=2, value=b)
    g["A2"] = "Initials"
    g["B2"] = "Post"
    widths(g, [12, 30])
    wb.save(out("ld2-united-lincolnshire-teaching-hospitals-nhs-trust-board-public-action-log.xlsx"))


# ======================================================================
# 2. King's College Hospital maternity & neonatal improvement plan (xlsx, read)
# ======================================================================
def kings():
    title = "King's College Hospital NHS Foundation Trust: Maternity and Neonatal Improvement Plan 2025/26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Executive lead"
    cov["B3"] = "Chief Nurse and Executive Director of Midwifery"
    cov["A4"] = "Plan owner"
    cov["B4"] = "Maternity Improvement Lead"
    cov["A5"] = "Reporting route"
    cov["B5"] = "Maternity and Neonatal Safety Champions; Quality and Safety Committee; Trust Board"
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("1.0", "14/02/2025", "Maternity Improvement Lead", "First version following CQC report"),
          ("1.2", "30/06/2025", "Maternity Improvement Lead", "Q1 progress; revised dates agreed"),
          ("1.4", "31/10/2025", "Maternity Improvement Lead", "October progress update")]
    for i, row in enumerate(dc, start=8):
        for j, v in enumerate(row, start=1):
            cov.cell(row=i, column=j, value=v).border = BOX
    widths(cov, [18, 48, 28, 40])

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current BRAG by workstream (October 2025)"
    summ["A1"].font = Font(bold=True)
    srows = [("Workstream", "Actions", "B", "G", "A", "R"),
             ("1. Safe staffing and workforce", 4, 1, 2, 1, 0),
             ("2. Clinical governance and learning", 3, 1, 1, 1, 0),
             ("3. Listening to women and families", 2, 0, 1, 1, 0),
             ("4. Neonatal services", 1, 0, 1, 0, 0),
             ("Total", 10, 2, 5, 3, 0)]
    for i, row in enumerate(srows, start=3):
        for j, v in enumerate(row, start=1):
            c = summ.cell(row=i, column=j, value=v)
            c.border = BOX
            if i in (3, 8):
                c.font = Font(bold=True)
    widths(summ, [38, 10, 6, 6, 6, 6])

    ws = wb.create_sheet("Improvement Plan")
    ncols = 10
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Progress at 31 October 2025"
    ws.merge_cells("A2:J2")
    ws["A3"] = ("BRAG: B = complete and evidenced; G = on track; A = some slippage, recovery plan in "
                "place; R = off track or not delivered by revised date")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:J3")
    hdr = ["Ref", "Source", "Finding", "Action", "Lead(s)", "Original completion date",
           "Revised completion date", "Progress update – October 2025", "Previous BRAG", "Current BRAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")

    plan = [
        ("Workstream 1: Safe staffing and workforce", [
            ("CQC maternity inspection 2024",
             "Midwifery staffing did not always meet the level recommended by the acuity tool, and the "
             "escalation policy was not consistently followed.", [
                ("1.1", "Complete the Birthrate Plus reassessment for the Denmark Hill and PRUH sites and "
                        "present the findings to Trust Board.",
                 "Director of Midwifery", datetime(2025, 3, 31), datetime(2025, 9, 30),
                 "Report presented to Trust Board on 11/09/2025; funded establishment uplift agreed.",
                 "A", "B"),
                ("1.2", "Embed the twice-daily maternity safety huddle on both sites, with escalation to "
                        "the on-call manager recorded in the acuity app.",
                 "Deputy Director of Midwifery; Consultant Midwife (Intrapartum)", "Jun-25", None,
                 "Huddles in place on both sites; weekly audit shows 92% of escalations recorded.",
                 "G", "G"),
            ]),
            ("CQC maternity inspection 2024",
             "Compliance with obstetric emergency (PROMPT) and fetal monitoring training was below the "
             "Trust target of 90%.", [
                ("1.3", "Increase PROMPT training compliance to 90% for all staff groups, including "
                        "anaesthetists and maternity support workers.",
                 "Practice Development Midwife / Clinical Director for Anaesthesia",
                 datetime(2025, 3, 31), "December 2025",
                 "Midwives 94%, obstetricians 88%, anaesthetists 71%. Additional dates added for "
                 "November.", "R", "A"),
                ("1.4", "Introduce a fetal monitoring competency assessment for all obstetric registrars "
                        "at induction.",
                 "Fetal Monitoring Lead Obstetrician", "Q2 2025/26", None,
                 "Assessment in use since the August rotation.", "A", "G"),
            ]),
        ]),
        ("Workstream 2: Clinical governance and learning", [
            ("MNSI / internal governance review",
             "Incident reviews were not always completed within timescales and learning was not shared "
             "effectively with staff.", [
                ("2.1", "Clear the backlog of maternity incidents awaiting review under the Patient "
                        "Safety Incident Response Framework (PSIRF).",
                 "Head of Maternity Governance", datetime(2025, 6, 30), datetime(2025, 10, 31),
                 "Backlog reduced from 146 to 39. Remaining reviews allocated.", "R", "A"),
                ("2.2", "Publish a monthly 'Safety Spotlight' learning bulletin and display it in all "
                        "maternity clinical areas.",
                 "Maternity Governance Team", "Monthly", None,
                 "Issued each month since April 2025.", "G", "G"),
            ]),
            ("CQC maternity inspection 2024",
             "A number of maternity guidelines were past their review date.", [
                ("2.3", "Review and ratify the 27 out-of-date maternity guidelines, prioritising "
                        "induction of labour, reduced fetal movements and postpartum haemorrhage.",
                 "Clinical Director (Obstetrics)", datetime(2025, 9, 30), None,
                 "All 27 ratified at the Maternity Guidelines Group on 18/09/2025.", "A", "B"),
            ]),
        ]),
        ("Workstream 3: Listening to women and families", [
            ("MNVP 15 Steps / Picker survey 2024",
             "Women from Black, Asian and minority ethnic backgrounds reported poorer experiences of "
             "care, and interpreters were not always used.", [
                ("3.1", "Co-produce an equity action plan with the Maternity and Neonatal Voices "
                        "Partnership (MNVP) for Lambeth, Southwark and Bromley.",
                 "Director of Midwifery / MNVP Chair", "Sept 2025 – March 2026", None,
                 "Two co-production workshops held; draft plan due January.", "G", "G"),
                ("3.2", "Audit the use of interpreting services at booking and in maternity triage, and "
                        "report the findings to the Maternity Quality and Safety Group.",
                 "Patient Experience Midwife", datetime(2025, 7, 31), datetime(2025, 11, 30),
                 "Data extraction from the booking system delayed; audit sample now complete.",
                 "A", "A"),
            ]),
        ]),
        ("Workstream 4: Neonatal services", [
            ("Neonatal peer review 2024",
             "Nurse staffing on the neonatal unit did not meet BAPM standards for nurses qualified in "
             "speciality (QIS).", [
                ("4.1", "Deliver the neonatal QIS training programme to increase the proportion of QIS "
                        "nurses to 70%.",
                 "Neonatal Matron", "Mar-26", None,
                 "Cohort 2 started September 2025; QIS proportion currently 64%.", "A", "G"),
            ]),
        ]),
    ]
    r = 6
    for ws_title, findings in plan:
        ws.cell(row=r, column=1, value=ws_title).font = Font(bold=True, color="FFFFFF")
        for c in range(1, ncols + 1):
            ws.cell(row=r, column=c).fill = fill("7030A0")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        r += 1
        for source, finding, actions in findings:
            first = r
            ws.cell(row=r, column=2, value=source)
            ws.cell(row=r, column=3, value=finding)
            for ref, act, lead, orig, rev, upd, prev, cur in actions:
                vals = [ref, None, None, act, lead, orig, rev, upd, prev, cur]
                for i, v in enumerate(vals, start=1):
                    if i in (2, 3):
                        continue
                    c = ws.cell(row=r, column=i, value=v)
                    if isinstance(v, datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=9).fill = fill(FILLS[prev])
                ws.cell(row=r, column=10).fill = fill(FILLS[cur])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    grid(ws, 5, r - 1, ncols)
    widths(ws, [6, 18, 40, 55, 28, 14, 14, 45, 9, 9])
    ws.freeze_panes = "A6"
    wb.save(out("ld2-kings-college-hospital-nhsft-maternity-neonatal-improvement-plan.xlsx"))


# ======================================================================
# 3. East Cambridgeshire DC corporate risk register Q3 2025/26 (xlsx, refuse)
# ======================================================================
def eastcambs():
    wb = Workbook()
    s = wb.active
    s.title = "Risk summary"
    s["A1"] = "Corporate risk summary – Quarter 3 2025/26"
    s["A1"].font = Font(bold=True)
    srows = [("Ref", "Risk", "Q2 score", "Q3 score", "Target", "Trend"),
             ("CR01", "Medium Term Financial Strategy", 12, 12, 8, "↔"),
             ("CR02", "Local Government Reorganisation", 12, 16, 9, "↑"),
             ("CR03", "Cyber security", 12, 12, 6, "↔"),
             ("CR04", "Temporary accommodation demand", 9, 9, 6, "↔"),
             ("CR05", "Workforce recruitment and retention", 9, 6, 6, "↓")]
    for i, row in enumerate(srows, start=3):
        for j, v in enumerate(row, start=1):
            s.cell(row=i, column=j, value=v).border = BOX
    widths(s, [8, 40, 10, 10, 10, 8])

    ws = wb.create_sheet("Corporate Risk Register")
    ncols = 11
    ws["A1"] = "East Cambridgeshire District Council – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = ("Quarter 3 2025/26 (position at 31 December 2025) – reported to Finance & Assets "
                "Committee, 29 January 2026")
    ws.merge_cells("A2:K2")
    ws["A3"] = ("Scores are Likelihood (1–4) × Impact (1–4). Action status: B = complete; G = on track; "
                "A = behind schedule; R = not started / overdue.")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:K3")
    hdr = ["Risk ref", "Risk (cause, event, consequence)", "Risk owner", "Current score (L × I)",
           "Target score", "Trend", "Further actions to mitigate", "Action owner", "Target date",
           "Status", "Q3 commentary"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
    risks = [
        ("CR01", "Medium Term Financial Strategy\nReductions in government funding following the Fair "
                 "Funding Review lead to a budget gap from 2027/28 that the Council cannot close without "
                 "reducing services.", "Director Finance", "3 × 4 = 12", "2 × 4 = 8", "↔", [
            ("Develop a savings and income generation programme for 2026/27 to 2028/29 for consideration "
             "by Finance & Assets Committee.", "Director Finance", datetime(2026, 1, 29), "A",
             "Programme scoped; proposals to be reported with the 2026/27 budget."),
            ("Respond to the Fair Funding Review consultation and lobby through the District Councils' "
             "Network.", "Chief Executive", "Ongoing", "G", "Consultation response submitted August 2025."),
        ]),
        ("CR02", "Local Government Reorganisation\nUncertainty over the future structure of local "
                 "government in Cambridgeshire diverts capacity and delays decisions on council assets.",
         "Chief Executive", "4 × 4 = 16", "3 × 3 = 9", "↑", [
            ("Submit the Council's preferred proposal for unitary local government to the Secretary of "
             "State.", "Chief Executive / Leader", "28/11/2025", "B", "Submitted 28 November 2025."),
            ("Establish an LGR programme board and officer working groups for the implementation phase.",
             "Director Operations", "Mar-26", "G", "Terms of reference drafted."),
        ]),
        ("CR03", "Cyber security\nA successful cyber attack results in loss of systems and data and an "
                 "inability to deliver services.", "Director Operations", "3 × 4 = 12", "2 × 3 = 6", "↔", [
            ("Complete the Cyber Assessment Framework self-assessment and agree an improvement action "
             "plan.", "ICT Manager", datetime(2025, 12, 31), "A",
             "Self-assessment 80% complete; delayed by the server migration."),
            ("Run a cyber incident exercise with the Corporate Management Team.",
             "ICT Manager / Emergency Planning Officer", "Febuary 2026", "G",
             "Exercise scenario being prepared with the LGA cyber team."),
        ]),
        ("CR04", "Temporary accommodation demand\nRising homelessness increases the use and cost of "
                 "temporary accommodation beyond the budget.", "Director Community", "3 × 3 = 9",
         "2 × 3 = 6", "↔", [
            ("Deliver year one of the Homelessness and Rough Sleeping Strategy 2025–2028 action plan.",
             "Housing Services Manager", "31/03/2026", "G", "On track; two units of council-owned "
             "temporary accommodation acquired in Q3."),
        ]),
        ("CR05", "Workforce recruitment and retention\nDifficulty recruiting to specialist posts "
                 "(planning, legal, ICT) affects service delivery.", "Chief Executive", "2 × 3 = 6",
         "2 × 3 = 6", "↓", [
            ("Implement the revised market supplement policy for hard-to-fill posts.", "HR Manager",
             "Apr-26", "G", "Policy agreed by Staffing Committee in December."),
        ]),
    ]
    r = 6
    for ref, desc, owner, cur, tgt, trend, actions in risks:
        first = r
        for col, v in zip(range(1, 7), [ref, desc, owner, cur, tgt, trend]):
            ws.cell(row=r, column=col, value=v)
        for act, aowner, due, st, comm in actions:
            for col, v in zip(range(7, 12), [act, aowner, due, st, comm]):
                c = ws.cell(row=r, column=col, value=v)
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            r += 1
        if r - 1 > first:
            for col in range(1, 7):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    grid(ws, 5, r - 1, ncols)
    r += 1
    ws.cell(row=r, column=1, value=("Notes: no risks were closed this quarter. CR02 was re-scored "
                                    "following submission of the reorganisation proposal in November 2025."))
    widths(ws, [8, 45, 16, 12, 11, 7, 50, 22, 13, 8, 40])
    wb.save(out("ld2-east-cambridgeshire-dc-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"))


# ======================================================================
# 4. Cwm Taf Morgannwg Safeguarding Board APR action plan (docx, read)
# ======================================================================
RAG_DOCX = {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def ctm():
    doc = Document()
    landscape(doc)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Bwrdd Diogelu Cwm Taf Morgannwg | Cwm Taf Morgannwg Safeguarding Board"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Adult Practice Review CTMSB 1/2024 – Action Plan", level=0)
    doc.add_paragraph("Concise Adult Practice Review in respect of ‘Mrs E’. Report published 20 March "
                      "2025. This action plan is monitored by the Practice Review Sub-Group and reported "
                      "to the Board each quarter.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Review reference", "CTMSB 1/2024"), ("Action plan owner", "Practice Review Sub-Group"),
                 ("Version", "3.0"), ("Date last updated", "15 October 2025"),
                 ("Next review", "January 2026")]:
        row = t.add_row().cells
        row[0].text = a
        row[1].text = b
        shade(row[0], "D9D9D9")
    doc.add_paragraph("")
    doc.add_paragraph("RAG rating key")
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for i, (txt, col) in enumerate([("Complete", "5B9BD5"), ("Green – on track", "00B050"),
                                    ("Amber – delayed", "FFC000"), ("Red – not progressed", "FF0000")]):
        k.rows[0].cells[i].text = txt
        shade(k.rows[0].cells[i], col)

    cols = ["No.", "Action", "Lead agency / officer", "Target date", "Progress update", "RAG"]

    def action_table(rows):
        tb = doc.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        header_row(tb, cols, "4B2C69")
        for row in rows:
            cells = tb.add_row().cells
            for i, v in enumerate(row):
                set_text(cells[i], v)
            shade(cells[5], RAG_DOCX[row[5]])
        for row in tb.rows:
            for i, w in enumerate([Cm(1.3), Cm(8), Cm(5), Cm(3), Cm(7), Cm(2)]):
                row.cells[i].width = w
        doc.add_paragraph("")

    doc.add_heading("Part A – Multi-agency recommendations", level=1)
    doc.add_heading("Recommendation 1", level=2)
    doc.add_paragraph("The Board should seek assurance that practitioners across agencies understand and "
                      "apply the self-neglect and hoarding protocol, including when a person declines "
                      "services.")
    action_table([
        ("1.1", "Re-launch the self-neglect and hoarding protocol through a multi-agency practitioner "
                "briefing and a 7-minute briefing.", "CTMSB Business Manager", "March 2025",
         "Briefing delivered 12/03/2025 to 143 practitioners; 7-minute briefing published.", "Complete"),
        ("1.2", "Undertake a multi-agency audit of 15 self-neglect cases across Bridgend, Merthyr Tydfil "
                "and Rhondda Cynon Taf.", "Chair of the Quality Assurance Sub-Group", "Quarter 3 2025/26",
         "Audit tool agreed; case selection under way.", "Green"),
    ])
    doc.add_heading("Recommendation 2", level=2)
    doc.add_paragraph("Partner agencies should ensure that mental capacity assessments are completed and "
                      "recorded when a person's decisions place them at risk of serious harm.")
    action_table([
        ("2.1", "Provide Mental Capacity Act refresher training for district nurses and domiciliary care "
                "providers, focusing on executive capacity.",
         "Head of Adult Safeguarding, RCT CBC; Head of Safeguarding (CTMUHB)", "31/07/2025",
         "Three of five sessions delivered. Remaining sessions moved to November because of trainer "
         "availability.", "Amber"),
        ("2.2", "Add an executive capacity prompt to the adult services assessment template.",
         "Service Manager – Adult Services (Merthyr Tydfil)", "September 2025",
         "Template updated in WCCIS on 01/09/2025.", "Complete"),
    ])
    doc.add_heading("Recommendation 3", level=2)
    doc.add_paragraph("The Board should share the learning from this review with the National Independent "
                      "Safeguarding Board and Welsh Government, in relation to adults who repeatedly "
                      "decline support.")
    action_table([
        ("3.1", "Write to the National Independent Safeguarding Board and Welsh Government setting out "
                "the learning from this review.", "CTMSB Chair", "June 2025",
         "Letter sent 04/06/2025; acknowledgement received.", "Complete"),
    ])
    doc.add_heading("Part B – Single agency actions", level=1)
    doc.add_heading("Cwm Taf Morgannwg University Health Board", level=2)
    action_table([
        ("B1", "Ensure that district nursing records include a documented review of the home environment "
               "at each visit where hoarding has been identified.", "Head of Nursing (Community Services)",
         "Ongoing – reviewed annually", "Included in the district nursing record-keeping audit.", "Green"),
        ("B2", "Audit compliance with the pressure ulcer safeguarding pathway in the Rhondda and Taf Ely "
               "localities.", "Lead Nurse Safeguarding Adults", "Dec-25",
         "Audit registered with the Clinical Audit Department.", "Green"),
    ])
    doc.add_heading("South Wales Police", level=2)
    action_table([
        ("B3", "Brief Public Protection Unit staff on the use of the Public Protection Notice (PPN) for "
               "adults who self-neglect.", "Detective Inspector, Public Protection Unit", "30 April 2025",
         "Briefing delivered at PPU team meetings in April 2025.", "Complete"),
    ])
    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, v in enumerate(["Role", "Name", "Date"]):
        so.rows[0].cells[i].text = v
    for i, v in enumerate(["Chair, Practice Review Sub-Group", "Signed copy held by Business Unit",
                           "15/10/2025"]):
        so.rows[1].cells[i].text = v
    for i, v in enumerate(["Independent Chair, CTMSB", "Signed copy held by Business Unit", "22/10/2025"]):
        so.rows[2].cells[i].text = v
    doc.save(out("ld2-cwm-taf-morgannwg-safeguarding-board-adult-practice-review-action-plan.docx"))


# ======================================================================
# 5. Cherwell CSP DHR 'Freya' action plan (docx, read)
# ======================================================================
def cherwell():
    doc = Document()
    landscape(doc)
    doc.add_heading("Cherwell Community Safety Partnership – Domestic Homicide Review ‘Freya’: Action Plan",
                    level=0)
    doc.add_paragraph("Date of death: August 2022. Overview report approved by the Home Office Quality "
                      "Assurance Panel: March 2024. Action plan last updated: 9 September 2025.")
    doc.add_paragraph("Document control")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, v in enumerate(["Version", "Date", "Amended by", "Summary"]):
        dc.rows[0].cells[i].text = v
    for row in [("v1.0", "12/04/2024", "DHR Coordinator", "Agreed by the DHR panel"),
                ("v1.4", "09/09/2025", "DHR Coordinator", "Progress updates from agencies")]:
        cells = dc.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph("")

    cols = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
            "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
            "Date of completion and Outcome", "RAG"]

    def rec_table(recs):
        tb = doc.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        header_row(tb, cols, "D9E2F3")
        for rec, scope, actions in recs:
            first = len(tb.rows)
            for act, lead, miles, target, done, rag in actions:
                cells = tb.add_row().cells
                for i, v in enumerate([act, lead, miles, target, done, rag], start=2):
                    set_text(cells[i], v)
                shade(cells[7], RAG_DOCX[rag])
            last = len(tb.rows) - 1
            a = tb.cell(first, 0)
            b = tb.cell(first, 1)
            if last > first:
                a = a.merge(tb.cell(last, 0))
                b = b.merge(tb.cell(last, 1))
            a.text = rec
            b.text = scope
        doc.add_paragraph("")

    doc.add_heading("Overview Report Recommendations", level=1)
    rec_table([
        ("1. The Cherwell Community Safety Partnership should assure itself that partner agencies have a "
         "routine enquiry policy on domestic abuse that applies to older victims.", "Local", [
            ("Circulate a routine enquiry self-assessment template to all statutory partners and collate "
             "the returns.", "Cherwell District Council (Community Safety Team)",
             "Template issued 03/06/2024.\n7 of 9 returns received by October 2024.", "September 2024",
             "Completed 21/11/2024 – summary reported to the CSP Board.", "Complete"),
            ("Deliver a workshop on domestic abuse in later life to the Oxfordshire Domestic Abuse "
             "Strategic Board.", "Oxfordshire County Council (Domestic Abuse Team)",
             "Workshop content drafted with Age UK Oxfordshire.", "31.03.25", "", "Amber"),
        ]),
        ("2. Oxford Health NHS Foundation Trust should ensure that carers' assessments in older adult "
         "mental health services consider the risk of domestic abuse.", "Local", [
            ("Amend the carer's assessment template on RiO to include a mandatory domestic abuse question.\n"
             "Audit use of the question after six months.", "Oxford Health NHS FT",
             "Template change went live 02/12/2024.", "Dec 2024",
             "Completed – audit in June 2025 found the question answered in 81% of assessments.",
             "Complete"),
        ]),
        ("3. Thames Valley Police and Oxfordshire County Council Adult Social Care should review how "
         "repeat calls about an older person's welfare are linked and escalated.",
         "Local and Thames Valley", [
            ("Introduce a marker on the police command and control system for repeat welfare calls "
             "about the same address.", "Thames Valley Police",
             "Business case approved by the force Change Board.", "December 2025", "", "Green"),
            ("Agree a joint escalation protocol for repeat welfare concerns between the Multi-Agency "
             "Safeguarding Hub and Thames Valley Police.", "OCC Adult Social Care / Thames Valley Police",
             "First draft discussed at MASH operational group, July 2025.", "March 2026", "", "Green"),
        ]),
        ("4. The CSP should share the learning from this review with faith and community groups in "
         "Banbury and Bicester.", "Local", [
            ("Publish a seven-minute briefing and present it at community safety forums in Banbury and "
             "Bicester.", "Cherwell District Council (Community Safety Team)",
             "Briefing published on the CSP website, May 2024.\nPresented at Banbury forum, March 2025.",
             "Ongoing", "", "Green"),
        ]),
    ])
    doc.add_heading("Single Agency (IMR) Recommendations", level=1)
    rec_table([
        ("TVP1. Thames Valley Police will refresh its guidance on the use of the DASH risk assessment with "
         "victims aged over 60.", "Force-wide", [
            ("Update the DASH guidance on the force intranet and brief response officers in the Cherwell "
             "and West Oxfordshire area.", "Thames Valley Police",
             "Guidance updated; briefing delivered at shift briefings.", "Jan 2025",
             "Completed January 2025.", "Complete"),
        ]),
        ("OH1. Oxford Health will ensure that safeguarding supervision is available to community mental "
         "health practitioners working with older adults.", "Trust-wide", [
            ("Roll out monthly group safeguarding supervision for the Older Adults Community Mental Health "
             "Team in Banbury.", "Oxford Health NHS FT",
             "Sessions started June 2025; attendance 60%.", "30/09/2025", "", "Amber"),
        ]),
        ("GP1. The GP practice will introduce a process for recording carer status and household members "
         "on the patient record.", "Local", [
            ("Add carer and household member fields to the new patient registration form and review "
             "existing records at annual health checks.", "Practice Manager / Safeguarding Lead GP",
             "Registration form updated.", "April 2025", "Completed April 2025.", "Complete"),
        ]),
    ])
    doc.save(out("ld2-cherwell-csp-dhr-freya-action-plan.docx"))


# ======================================================================
# 6. Huntingdonshire DC transformation programme highlight report (csv, read)
# ======================================================================
def hunts():
    N = 8
    rows = [
        ["Huntingdonshire District Council – Transformation Programme Highlight Report"],
        ["Period 7: October 2025 (reported to Overview and Scrutiny Panel (Performance and Growth), "
         "5 November 2025)"],
        ["Programme sponsor: Chief Executive. Programme manager: Transformation Manager."],
        [],
        ["Overall programme status", "Amber"],
        ["RAG key: Green = on track; Amber = at risk but recoverable; Red = off track, decision needed; "
         "Complete = delivered and closed"],
        [],
        ["Workstream", "Ref", "Milestone / key activity", "Lead", "Baseline date", "Forecast date", "RAG",
         "Commentary this period"],
        ["Workstream 1: Customer and Digital"],
        ["", "CD1", "Launch the new customer account and online forms platform for council tax and benefits",
         "Head of ICT & Digital", "Sep-25", "Sep-25", "Complete",
         "Went live 22/09/2025; 4,310 accounts created in the first month."],
        ["", "CD2", "Migrate the remaining 38 legacy web forms to the new platform", "Head of ICT & Digital",
         "Dec-25", "Feb-26", "Amber",
         "Two forms depend on the revenues system upgrade, so the forecast has moved."],
        ["", "CD3", "Introduce a single customer contact telephone number with automated call routing",
         "Customer Services Manager", "Q4 2025/26", "Q4 2025/26", "Green",
         "Telephony procurement complete; configuration starts in November."],
        ["Workstream 2: Operations and Waste"],
        ["", "OW1", "Install in-cab technology across the waste collection fleet", "J. Rowe / K. Nand",
         "31/10/2025", "31/01/2026", "Amber",
         "Hardware fitted to 28 of 40 vehicles. Route optimisation to follow once all vehicles are live."],
        ["", "OW2", "Prepare for weekly food waste collections under Simpler Recycling",
         "Operations Manager (Waste)", "Mar-26", "Mar-26", "Green",
         "Caddies ordered; communications plan agreed with Cabinet member."],
        ["Workstream 3: Workforce and Ways of Working"],
        ["", "WW1", "Agree the new hybrid working policy with staff and trade unions", "Head of HR & OD",
         "Oct-25", "Nov-25", "Green", "Final consultation meeting with Unison on 12 November."],
        ["", "WW2", "Reconfigure Pathfinder House to release the second floor for letting",
         "Corporate Director (Place)", "Jan-26", "TBC", "Red",
         "Tenant interest withdrawn. Options paper to Corporate Leadership Team in November; decision "
         "needed on whether to continue."],
        ["Workstream 4: Commercial and Financial Sustainability"],
        ["", "FC1", "Introduce the revised fees and charges schedule for 2025/26", "Head of Finance",
         "Jul-25", "Jul-25", "Complete", "Implemented from 1 July 2025."],
        ["", "FC2", "Deliver the £450k 2025/26 transformation savings target", "Head of Finance",
         "31 March 2026", "31 March 2026", "Green", "£310k delivered to date; remainder forecast."],
        [],
        ["Summary of milestones"],
        ["Complete", "2"],
        ["Green", "4"],
        ["Amber", "2"],
        ["Red", "1"],
        ["Total", "9"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row + [""] * (N - len(row)))
    with open(out("ld2-huntingdonshire-dc-transformation-programme-highlight-report.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ======================================================================
# 7. Birmingham CSP OWHR action plan (txt, read)
# ======================================================================
OWHR_TXT = """\
BIRMINGHAM COMMUNITY SAFETY PARTNERSHIP – OFFENSIVE WEAPONS HOMICIDE REVIEW OWHR/B/04 – ACTION PLAN
Progress position at 30 September 2025        Next review: OWHR Oversight Group, December 2025
Prepared by: Community Safety Team, Birmingham City Council

Status key:  Blue = complete  |  Green = on track  |  Amber = some delay, recoverable  |  Red = off track

======================================================================
LEARNING THEME 1 – EARLY IDENTIFICATION OF CRIMINAL EXPLOITATION
======================================================================

RECOMMENDATION 1
Partners should ensure that young adults aged 18–25 who were known to children's services because of criminal exploitation are considered for continued support when they turn 18.

  1.1  Action:   Extend the Exploitation Hub screening criteria to include care leavers and young adults up to age 25.
       Lead:     Head of Service – Exploitation and Missing (BCC)
       By when:  End of December 2025
       Status:   Green
       Update:   Revised criteria drafted and shared with WMP and BSol ICB safeguarding leads;
                 sign-off due at the Exploitation Strategic Group in November.

  1.2  Action:   Add a transitional safeguarding prompt to the pathway plan review template for care leavers with a history of exploitation.
       Lead:     Horne, Lisa
       By when:  30 Nov 2025
       Status:   Amber
       Update:   Template change depends on the Eclipse system release, now scheduled for
                 November.

RECOMMENDATION 2
West Midlands Police should ensure that intelligence indicating a risk of serious violence to an adult is shared with the local authority and health partners within 72 hours.

  2.1  Action:   Issue a practice direction to neighbourhood teams on sharing risk-to-life intelligence with partners.
       Lead:     Supt. Harjit Gill (WMP)
       By when:  Jul-25
       Status:   Blue
       Update:   Practice direction issued 14/07/2025.

  2.2  Action:   Audit a sample of 20 intelligence logs to test compliance with the 72-hour standard and report the results to the OWHR Oversight Group.
       Lead:     WMP Public Protection / BCC Community Safety Team
       By when:  Q3 2025/26
       Status:   Green
       Update:   Sample selected; audit meeting booked for 18 November.

======================================================================
LEARNING THEME 2 – HEALTH CONTACTS AND TRAUMA-INFORMED CARE
======================================================================

RECOMMENDATION 3
Birmingham and Solihull ICB should seek assurance that emergency departments refer adults presenting with stab or slash injuries to the hospital-based violence intervention service.

  3.1  Action:   Review emergency department referral data from Queen Elizabeth Hospital and Heartlands Hospital to the violence intervention service for April 2024 to March 2025.
       Lead:     Kerry Walsh and Dev Sandhu
       By when:  Jan-26
       Status:   Amber
       Update:   Data request with University Hospitals Birmingham information governance team;
                 delay of about six weeks.

  3.2  Action:   Deliver trauma-informed practice briefings to emergency department and primary care staff using the learning from this review.
       Lead:     BSol ICB Designated Professional for Safeguarding Adults
       By when:  Ongoing (quarterly report to Board)
       Status:   Green
       Update:   Two briefings delivered (September 2025); recording available on the ICB
                 safeguarding hub.

======================================================================
LEARNING THEME 3 – FAMILY AND COMMUNITY ENGAGEMENT
======================================================================

RECOMMENDATION 4
The Partnership should ensure that families bereaved by offensive weapons homicide are offered independent advocacy throughout the review.

  4.1  Action:   Commission a specialist homicide advocacy service for families taking part in offensive weapons homicide reviews.
       Lead:     Community Safety Partnership Manager
       By when:  End of March 2026
       Status:   Red
       Update:   Funding bid to the Home Office was unsuccessful. Alternative funding being
                 explored with the Police and Crime Commissioner; escalated to the CSP Board.

Summary: 7 actions – Blue 1, Green 3, Amber 2, Red 1.
"""


def owhr():
    with open(out("ld2-birmingham-community-safety-partnership-owhr-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(OWHR_TXT)


if __name__ == "__main__":
    ulth()
    kings()
    eastcambs()
    ctm()
    cherwell()
    hunts()
    owhr()
    print("done")
