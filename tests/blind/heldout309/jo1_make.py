"""Build the seven jo1- data files of set heldout309 (children's services plans).

Run with /work/main/.venv/bin/python jo1_make.py ; files are written beside this script.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAGFILL = {
    "B": fill("5B9BD5"), "G": fill("92D050"), "A": fill("FFC000"), "R": fill("FF0000"),
}


# ---------------------------------------------------------------------------
# 1. Torbay Local Area Partnership – SEND Priority Action Plan (xlsx)
# ---------------------------------------------------------------------------
def torbay():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Torbay Local Area Partnership"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "SEND Priority Action Plan 2025–2027"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = ("Following the Area SEND inspection of Torbay Local Area Partnership, "
                 "3–7 March 2025 (report published 30 April 2025)")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.3", "04/06/2025", "SEND Improvement Lead", "Draft for Partnership Board"),
            ("1.0", "20/06/2025", "SEND Improvement Lead", "Submitted to DfE and NHS England"),
            ("1.2", "30/09/2025", "SEND Improvement Lead", "Q2 progress update; revised deadlines 1.1 and 2.3")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
    cov["A11"] = "Approved by: Torbay SEND Partnership Board (Chair: Director of Children’s Services)"
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [("B", "Blue", "Action complete and impact evidenced"),
           ("G", "Green", "On track to deliver by the deadline"),
           ("A", "Amber", "Some delay – recoverable within the quarter"),
           ("R", "Red", "Off track – escalated to the Partnership Board")]
    for i, (k, word, meaning) in enumerate(key):
        c = cov.cell(row=14 + i, column=1, value=word)
        c.fill = RAGFILL[k]
        cov.cell(row=14 + i, column=2, value=meaning)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 24
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 50

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG ratings – September 2025"
    summ["A1"].font = Font(bold=True, size=12)
    srows = [("Priority", "Blue", "Green", "Amber", "Red", "Not rated", "Total"),
             ("Priority 1", 1, 1, 1, 0, 0, 3),
             ("Priority 2", 0, 2, 0, 1, 0, 3),
             ("Priority 3", 0, 2, 0, 0, 1, 3),
             ("Total", 1, 5, 1, 1, 1, 9)]
    for i, r in enumerate(srows):
        for j, v in enumerate(r):
            c = summ.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, len(srows) - 1):
                c.font = Font(bold=True)
    summ.column_dimensions["A"].width = 14

    ws = wb.create_sheet("Priority Action Plan")
    ws["A1"] = "Torbay Local Area Partnership – SEND Priority Action Plan 2025–2027"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Position at: 30 September 2025    Reported to: SEND Partnership Board, 14 October 2025"
    ws.merge_cells("A2:K2")
    heads = ["Ref", "Action", "Lead officer(s)", "Partner", "Start", "Original deadline",
             "Revised deadline", "Previous RAG (Jun-25)", "Current RAG (Sep-25)",
             "Progress update", "Evidence of impact"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX

    D = dt.datetime
    plan = [
        ("P", "Priority 1: Reducing waiting times for neurodevelopmental assessment and therapies"),
        ("AFP", "Area for priority action 1",
         "Leaders across the partnership should urgently reduce the length of time that children and "
         "young people wait for assessment and diagnosis of autism and ADHD, and ensure that families "
         "receive effective support while they wait."),
        ("1.1", "Commission additional neurodevelopmental assessment capacity through an independent "
                "provider to clear the backlog of children waiting more than 52 weeks.",
         "Associate Director of Commissioning (NHS Devon)", "NHS Devon", D(2025, 6, 1),
         D(2025, 12, 31), D(2026, 3, 31), "G", "A",
         "Contract awarded August 2025; provider mobilisation delayed by clinical recruitment. "
         "212 children transferred to date.", "Number waiting over 52 weeks down from 640 to 498."),
        ("1.2", "Launch a ‘waiting well’ offer for families, including a single point of contact, "
                "pre-diagnosis workshops and access to the Family Hub parenting programme.",
         "Head of Family Hubs / SEND Family Voice Torbay", "Torbay Council", D(2025, 6, 1),
         D(2025, 9, 30), None, "A", "B",
         "Offer launched 8 September 2025. Four workshops held, 96 families attended.",
         "Parent feedback: 88% found the workshops helpful."),
        ("1.3", "Publish monthly waiting-time data for autism, ADHD, speech and language therapy and "
                "occupational therapy on the Local Offer.",
         "Designated Clinical Officer (NHS Devon)", "NHS Devon", D(2025, 7, 1),
         "Ongoing", None, "G", "G",
         "Dashboard published monthly since July 2025.", "Local Offer page views up 40%."),
        ("P", "Priority 2: Timeliness and quality of education, health and care plans"),
        ("AFP", "Area for priority action 2",
         "Leaders should improve the timeliness of EHC needs assessments and ensure that EHC plans "
         "accurately reflect children’s needs, are reviewed on time and are updated following annual "
         "reviews."),
        ("2.1", "Recruit four additional EHC plan coordinators and an assistant educational psychologist "
                "to reduce the backlog of overdue assessments.",
         "Head of SEND (TC)", "Torbay Council", D(2025, 6, 1),
         D(2025, 10, 31), None, "A", "G",
         "Three coordinators in post; fourth starts November. Assistant EP appointed.",
         "20-week timeliness 31% (Q1) to 44% (Q2)."),
        ("2.2", "Introduce a multi-agency quality assurance panel to audit a sample of 20 new and amended "
                "EHC plans each month.",
         "Head of SEND (TC) / Designated Clinical Officer (NHS Devon)", "Torbay Council / NHS Devon",
         D(2025, 7, 1), D(2025, 11, 30), None, "G", "G",
         "Panel met in August and September; audit tool agreed with SEND Family Voice Torbay.",
         "First audit: 45% of plans good or better."),
        ("2.3", "Clear the backlog of annual reviews that have not resulted in an amended EHC plan within "
                "the statutory timescale.",
         "Kerry Dunstan & Mark Pellow", "Torbay Council", D(2025, 6, 1),
         D(2026, 1, 31), D(2026, 4, 30), "A", "R",
         "Backlog has grown over the summer term (412 outstanding). Recovery plan to October Board.",
         ""),
        ("P", "Priority 3: Inclusion, attendance and suspensions"),
        ("AFP", "Area for priority action 3",
         "Leaders should work with schools and settings to reduce the high rates of suspension and "
         "exclusion of children and young people with SEND and to improve their attendance."),
        ("3.1", "Agree a Torbay inclusion charter with all headteachers, setting out the expectations for "
                "reasonable adjustments before any suspension of a child with SEND.",
         "Strategic Lead for Education and SEND", "Schools", D(2025, 9, 1),
         D(2025, 12, 31), None, "G", "G",
         "Draft charter discussed at headteachers’ conference, 25 September 2025.", ""),
        ("3.2", "Extend the SEND outreach service from the special schools to all primary schools with "
                "suspension rates above the national average.",
         "Head of Inclusion", "Special schools", D(2026, 1, 5),
         "Summer term 2026", None, None, None,
         "Due to start January 2026.", ""),
        ("3.3", "Develop a joint attendance pathway between the Education Welfare Service and school health "
                "nurses for children with SEND who are persistently absent.",
         "Head of Inclusion; School Nursing Lead (Public Health Nursing)", "Torbay Council / NHS Devon",
         D(2025, 9, 1), D(2026, 3, 31), None, "G", "G",
         "Pathway drafted; pilot in six primary schools from November.", ""),
    ]
    r = 5
    for item in plan:
        if item[0] == "P":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF", size=12)
            ws.cell(row=r, column=1).fill = fill("2F5597")
        elif item[0] == "AFP":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.alignment = WRAP
            c.fill = fill("D9E1F2")
            t = ws.cell(row=r, column=2, value=item[2])
            t.alignment = WRAP
            t.font = Font(italic=True)
            t.fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=11)
            ws.row_dimensions[r].height = 45
        else:
            ref, action, lead, partner, start, orig, rev, prev, cur, prog, impact = item
            vals = [ref, action, lead, partner, start, orig, rev, prev, cur, prog, impact]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=5).number_format = "mmm-yy"
            for col in (6, 7):
                if isinstance(ws.cell(row=r, column=col).value, dt.datetime):
                    ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
            for col, k in ((8, prev), (9, cur)):
                if k:
                    ws.cell(row=r, column=col).fill = RAGFILL[k]
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: actions 2.4 and 3.4 in version 1.0 were merged into 2.3 and 3.2 "
                                    "following the July 2025 Partnership Board.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths = [7, 48, 26, 16, 9, 12, 12, 10, 10, 40, 30]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "C5"
    wb.active = 2
    wb.save(out("jo1-torbay-local-area-send-priority-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Brighton & Hove Safeguarding Children Partnership – JTAI action plan (xlsx)
# ---------------------------------------------------------------------------
def brighton():
    wb = Workbook()
    ws = wb.active
    ws.title = "JTAI action plan"
    ws["A1"] = "Brighton & Hove Safeguarding Children Partnership: JTAI Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws["A2"] = "Joint targeted area inspection of the multi-agency response to children and families who need help"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Inspection 9–13 September 2024; letter published 5 November 2024."
    ws["A4"] = "Partners: Brighton & Hove City Council (BHCC), Sussex Police, NHS Sussex"
    ws.merge_cells("A3:G3")
    ws.merge_cells("A4:G4")
    heads = ["Area for improvement", "No.", "Action", "Lead agency / officer", "Target date", "RAG",
             "Update – March 2025"]
    for j, h in enumerate(heads):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        c.border = BOX
        c.alignment = WRAP
    groups = [
        ("1. The understanding and application of thresholds across partner agencies, so that "
         "children and families receive help at the right level at the right time.", [
            ("1a", "Relaunch the Continuum of Need threshold guidance with briefings for schools, GP "
                   "practices and neighbourhood policing teams.",
             "BHSCP Business Manager", "Dec 2024", "B",
             "Relaunched 2 December 2024; 14 briefings delivered to 412 practitioners."),
            ("1b", "Introduce a consultation line in the Front Door for Families so that professionals can "
                   "discuss concerns before making a referral.",
             "BHCC – Head of Early Help", "31 March 2025", "G",
             "Line staffed from 13 January 2025; 180 consultations logged to date."),
            ("1c", "Audit a sample of 30 contacts from health and police that did not meet the threshold "
                   "for statutory intervention to test whether early help was offered.",
             "Sussex Police – DCI Public Protection & NHS Sussex – Designated Nurse Safeguarding Children",
             "Jun-25", "A",
             "Audit delayed by police restructure; data request now agreed."),
        ]),
        ("2. The quality of early help assessments and plans, including how well they capture the lived "
         "experience of the child and the views of fathers and male carers.", [
            ("2a", "Revise the early help assessment template to include a section on the child’s daily "
                   "lived experience and a prompt to engage fathers and male carers.",
             "BHCC – Head of Early Help", "April 2025", "G",
             "Template redesigned with the Parent Carers’ Council; go-live on Mosaic in April."),
            ("2b", "Deliver ‘Seeing the Child, Seeing Dad’ multi-agency training to lead professionals in "
                   "schools and health visiting teams.",
             "BHSCP Learning & Development Lead", "Q1 2025/26", None,
             "Course content commissioned; dates not yet set."),
        ]),
        ("3. Oversight by the partnership of the impact of early help, including the use of "
         "multi-agency data to understand demand and outcomes.", [
            ("3a", "Add early help demand and step-down measures to the BHSCP quarterly performance "
                   "dataset.",
             "BHSCP Business Manager", "Feb 2025", "B",
             "Included in Q3 dataset presented to the Executive, 20 February 2025."),
            ("3b", "Hold a six-monthly early help deep dive at the Safeguarding Partners Executive, "
                   "reporting the impact on children.",
             "BHCC / NHS Sussex / Sussex Police", "By end of September 2025", "G",
             "First deep dive scheduled for the May 2025 Executive."),
        ]),
    ]
    r = 7
    for area, acts in groups:
        first = r
        for ref, action, lead, due, rag, upd in acts:
            vals = [None, ref, action, lead, due, None, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
            if rag:
                ws.cell(row=r, column=6).fill = RAGFILL[rag]
            r += 1
        ws.cell(row=first, column=1, value=area)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for k, word in (("B", "Complete"), ("G", "On track"), ("A", "At risk of slipping"),
                    ("R", "Off track")):
        r += 1
        ws.cell(row=r, column=1).fill = RAGFILL[k]
        ws.cell(row=r, column=2, value=word)
    r += 2
    ws.cell(row=r, column=1, value="Monitored by the BHSCP Safeguarding Partners Executive. "
                                    "Uncoloured RAG cell = not yet started.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFG", (38, 6, 52, 30, 16, 7, 44)):
        ws.column_dimensions[col].width = w

    st = wb.create_sheet("Strengths identified")
    st["A1"] = "Strengths identified in the JTAI letter"
    st["A1"].font = Font(bold=True)
    for i, s in enumerate([
        "Strong strategic commitment from the three statutory partners to early help.",
        "Family hubs are well used and valued by families.",
        "Health visitors identify need early and know families well.",
    ]):
        st.cell(row=3 + i, column=1, value=s)
    st.column_dimensions["A"].width = 80
    wb.save(out("jo1-brighton-hove-safeguarding-children-partnership-jtai-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Halton Borough Council – focused visit action plan (xlsx) – REFUSE (typo month)
# ---------------------------------------------------------------------------
def halton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Halton Borough Council Children’s Services – Ofsted Focused Visit Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Focused visit 15–16 July 2025: arrangements for children in need and children subject "
                "to a child protection plan. Letter published 19 August 2025.")
    heads = ["Ref", "What we will do", "Who", "When", "Status", "Comments"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00607A")
        c.border = BOX
    plan = [
        ("AFI 1 – The quality of child in need and child protection plans, which are not always specific, "
         "measurable or focused on outcomes for children.",),
        ("1.1", "Introduce a SMART plan template in Liquidlogic with mandatory outcome fields for every "
                "child in need and child protection plan.",
         "Head of Service – Safeguarding Unit", "October 2025", "Completed",
         "Template live from 6 October 2025."),
        ("1.2", "Child protection chairs to quality assure every plan at review conference and escalate "
                "plans that are not SMART.",
         "Principal Manager – Child Protection Chairs", "November 2025", "On track",
         "Escalation protocol agreed; 23 escalations raised in October."),
        ("AFI 2 – The consistency and impact of management oversight and supervision, including "
         "recording of the rationale for decisions.",),
        ("2.1", "Refresh the supervision policy and deliver reflective supervision training to all team "
                "managers.",
         "Principal Social Worker", "Decmber 2025", "On track",
         "Training commissioned from Research in Practice; cohort 1 booked."),
        ("2.2", "Monthly practice-week audits to include a supervision and management oversight "
                "judgement, reported to the Quality Assurance Board.",
         "Head of Quality Assurance", "January 2026", "On track", ""),
        ("AFI 3 – The timeliness of visits to children subject to child protection plans.",),
        ("3.1", "Weekly performance clinic with team managers to track visits that are out of timescale.",
         "Divisional Manager – Children in Need", "September 2025", "Completed",
         "Clinic in place; timeliness up from 78% to 91%."),
        ("3.2", "Review caseloads in the Children in Need teams and agree a caseload cap with the "
                "Workforce Board.",
         "Operational Director, Children’s Social Care", "March 2026", "Delayed",
         "Dependent on the outcome of the agency staffing review."),
    ]
    r = 5
    for item in plan:
        if len(item) == 1:
            c = ws.cell(row=r, column=1, value=item[0])
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            for j, v in enumerate(item):
                c = ws.cell(row=r, column=1 + j, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
        r += 1
    for col, w in zip("ABCDEF", (8, 55, 30, 16, 12, 40)):
        ws.column_dimensions[col].width = w
    kg = wb.create_sheet("Key & Governance")
    kg["A1"] = "Status key"
    kg["A1"].font = Font(bold=True)
    for i, (s, m) in enumerate((("Completed", "Action delivered"), ("On track", "Due by the date shown"),
                                ("Delayed", "Date at risk – reported to the Improvement Board"))):
        kg.cell(row=2 + i, column=1, value=s)
        kg.cell(row=2 + i, column=2, value=m)
    kg["A6"] = "Governance: Children’s Services Improvement Board (monthly), chaired by the Chief Executive."
    wb.save(out("jo1-halton-borough-council-focused-visit-action-plan-typo-month-refuse.xlsx"))


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


def set_cell(cell, text, bold=False, size=None):
    """Put text in a cell; '\n' in text makes separate paragraphs."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Buckinghamshire Youth Justice Service – HMIP improvement plan (docx)
# ---------------------------------------------------------------------------
def bucks():
    doc = Document()
    landscape(doc)
    doc.add_heading("Buckinghamshire Youth Justice Service: HMI Probation Inspection Improvement Plan 2025", 0)
    doc.add_paragraph("Inspection fieldwork: 10–14 February 2025 | Report published: 15 May 2025 | "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("Owner: YJS Head of Service. Endorsed by the Buckinghamshire Youth Justice "
                      "Management Board on 11 June 2025.")
    doc.add_heading("Document control", 2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Author", "Comments")):
        set_cell(c, h, bold=True)
    for row in (("1.0", "11/06/2025", "YJS Head of Service", "Submitted to HMIP"),
                ("1.1", "17/09/2025", "Performance and Information Officer", "Q2 progress added")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_heading("RAG key", 2)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for row, (word, col, meaning) in zip(k.rows, (
            ("Complete", "5B9BD5", "Action completed"),
            ("Green", "92D050", "On track"),
            ("Amber", "FFC000", "Some slippage; action being taken"),
            ("Red", "FF0000", "Not on track; escalated to Management Board"))):
        set_cell(row.cells[0], word, bold=True)
        shade(row.cells[0], col)
        set_cell(row.cells[1], meaning)

    def plan_table(recs):
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ("No.", "Action", "Lead", "Timescale", "RAG", "Progress (September 2025)")):
            set_cell(c, h, bold=True)
            shade(c, "BDD7EE")
        for rec, acts in recs:
            row = tb.add_row()
            merged = row.cells[0].merge(row.cells[5])
            set_cell(merged, rec, bold=True)
            shade(merged, "DEEAF6")
            for a in acts:
                cells = tb.add_row().cells
                for c, v in zip(cells, a):
                    set_cell(c, v)
                rag = a[4]
                colour = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}.get(rag)
                if colour:
                    shade(cells[4], colour)
        return tb

    doc.add_heading("Section A – Recommendations to the YJS Head of Service", 1)
    plan_table([
        ("Recommendation 1: Improve the quality of assessment and planning to keep other people safe, so "
         "that it draws on all available information and addresses the risks to specific victims.", [
            ("1.1", "Introduce a risk and safety management panel chaired by an operational manager for all "
                    "children assessed as high or very high risk of serious harm.",
             "Operational Manager (Court & Post-Court)", "31 August 2025", "Complete",
             "Panel has met fortnightly since July 2025; terms of reference agreed."),
            ("1.2", "Deliver refresher training on AssetPlus risk of serious harm assessments for all case "
                    "managers.\nTraining to include contingency planning and victim safety.",
             "Practice Development Manager / Victim Liaison Officer", "October 2025", "Green",
             "Two of three sessions delivered; final session 8 October."),
        ]),
        ("Recommendation 2: Make sure that out-of-court disposal work is reviewed and that interventions "
         "respond to changes in the child’s circumstances.", [
            ("2.1", "Revise the Turnaround and out-of-court disposal review schedule so that every case is "
                    "reviewed at the midpoint of the intervention.",
             "Prevention and Diversion Team Manager", "Q3 2025/26", "Amber",
             "Schedule drafted; ChildView reporting not yet built."),
            ("2.2", "Audit 20 out-of-court disposal cases each quarter against the HMIP standards and report "
                    "findings to the practice forum.",
             "YJS Head of Service & Quality Assurance Lead", "Quarterly", "Green",
             "Q1 audit complete: 12 of 20 cases judged sufficient for reviewing."),
        ]),
    ])
    doc.add_paragraph()
    doc.add_heading("Section B – Recommendations to the Youth Justice Management Board", 1)
    plan_table([
        ("Recommendation 3: Ensure that children known to the YJS have timely access to speech, language "
         "and communication support and to emotional and mental health services.", [
            ("3.1", "Agree a service level agreement with the CAMHS provider for a dedicated YJS mental health "
                    "practitioner (0.6 FTE).",
             "Chair of the Management Board", "Sept 2025 – March 2026", "Amber",
             "Funding agreed by the ICB; recruitment under way."),
            ("3.2", "Screen every child entering the service for speech, language and communication needs "
                    "within 10 working days.",
             "Speech and Language Therapist (YJS)", "30/11/2025", "Green",
             "Screening tool adopted; 74% screened within 10 days in August."),
        ]),
        ("Recommendation 4: Strengthen the Board’s oversight of disproportionality, so that it understands "
         "and addresses the over-representation of Black and mixed heritage children.", [
            ("4.1", "Add a disproportionality section to the quarterly Board performance report, using "
                    "Youth Justice Board toolkit data.",
             "Performance and Information Officer", "December 2025", "Red",
             "Not started: data-sharing agreement with Thames Valley Police outstanding."),
        ]),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Progress on this plan is reported to every meeting of the Youth Justice Management "
                      "Board and shared with HMI Probation on request.")
    doc.add_heading("Sign-off", 2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, v in zip(so.rows[0].cells, ("Role", "Name", "Date")):
        set_cell(c, v, bold=True)
    for c, v in zip(so.rows[1].cells, ("Chair, Youth Justice Management Board", "Corporate Director of Children’s Services", "11/06/2025")):
        set_cell(c, v)
    doc.save(out("jo1-buckinghamshire-youth-justice-service-hmip-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Enfield Council – ILACS improvement plan (docx)
# ---------------------------------------------------------------------------
def enfield():
    doc = Document()
    landscape(doc)
    doc.add_heading("Enfield Children’s Services – ILACS Improvement Plan 2025–26", 0)
    doc.add_paragraph("Inspection of Enfield local authority children’s services, 3–14 March 2025. "
                      "Overall effectiveness: Good.")
    doc.add_paragraph("This plan responds to the three areas in ‘What needs to improve?’ in the inspection "
                      "report. It is monitored monthly by the Children’s Services Improvement Board and "
                      "reported to Cabinet every six months.")
    p = doc.add_paragraph()
    p.add_run("RAG: ").bold = True
    p.add_run("B – complete; G – on track; A – at risk; R – off track. Blank – not yet started.")

    def rec_table(acts):
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ("Action", "Responsible", "By when", "Progress RAG", "Update")):
            set_cell(c, h, bold=True)
            shade(c, "FCE4D6")
        for a in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, a):
                set_cell(c, v)

    doc.add_heading("Theme A: Children in care and care leavers", 1)
    doc.add_heading("Recommendation 1: The quality and timeliness of return home interviews for children "
                    "who go missing from care", 2)
    rec_table([
        ("Bring the return home interview service back in house and recruit two dedicated missing "
         "children’s practitioners.", "Head of Service – Children in Care", "June 2025", "B",
         "Service transferred 1 June 2025; both practitioners in post."),
        ("Ensure that information from return home interviews is shared with the child’s social worker "
         "and used to update safety plans within five working days.",
         "Okafor, Grace", "30/09/2025", "G", "84% updated within five days in August."),
    ])
    doc.add_heading("Recommendation 2: The suitability of accommodation for care leavers aged 18 to 21", 2)
    rec_table([
        ("Agree a joint care leavers’ housing protocol with Housing Options, including a ring-fenced "
         "allocation of social tenancies each year.",
         "Head of Service – Leaving Care & Adolescents / Housing Options Manager", "End of December 2025",
         "A", "Draft protocol with Housing; allocation numbers not yet agreed."),
        ("Review the circumstances of every care leaver living in unsuitable accommodation and agree an "
         "individual move-on plan.", "Leaving Care Service Manager", "TBC", "",
         "To start once the protocol is agreed."),
    ])
    doc.add_heading("Theme B: Help and protection", 1)
    doc.add_heading("Recommendation 3: The consistency of management oversight of pre-proceedings work "
                    "under the Public Law Outline", 2)
    rec_table([
        ("Establish a monthly legal gateway tracking meeting chaired by the Head of Service to review "
         "every family in pre-proceedings.", "Director of Children’s Social Care", "July 2025", "B",
         "Tracker meeting in place since July 2025."),
        ("Deliver PLO practice workshops for social workers and team managers with the council’s legal "
         "team.", "Principal Social Worker", "Autumn term 2025", "G",
         "Workshops booked for October and November."),
    ])
    doc.add_heading("Glossary", 2)
    g = doc.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for a, b in (("ILACS", "Inspection of local authority children’s services"),
                 ("PLO", "Public Law Outline"),
                 ("RHI", "Return home interview")):
        cells = g.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
    doc.save(out("jo1-enfield-council-ilacs-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Calderdale Council – children's home Ofsted action plan (csv)
# ---------------------------------------------------------------------------
def calderdale():
    import csv
    rows = [
        ["Calderdale Council – Woodside View Children’s Home: Ofsted Inspection Action Plan", "", "", "", "", "", ""],
        ["Children’s home URN: SC489217. Full inspection 20 May 2025. Overall experiences and progress of "
         "children and young people: requires improvement to be good.", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Requirement / recommendation", "Action", "Responsible person", "Due by", "RAG",
         "Progress / evidence"],
        ["Requirement 1", "The registered person must ensure that staff assess whether each child’s risk "
         "assessment is up to date and that plans to manage risk are reviewed after every incident. "
         "(Regulation 12 (1) (2)(a)(i))", "", "", "", "", ""],
        ["R1.1", "", "Review every child’s risk assessment and location risk assessment with the "
         "placing social worker.", "Registered Manager", "31/07/2025", "Blue",
         "All four risk assessments reviewed 24 July 2025."],
        ["R1.2", "", "Add a post-incident risk review to the incident debrief form and check completion "
         "in the weekly management audit.", "Registered Manager / Deputy Manager", "15/08/2025", "Blue",
         "Debrief form amended; audited weekly since August."],
        ["Requirement 2", "The registered person must ensure that staff receive practice-related "
         "supervision by a person with appropriate experience at least monthly. (Regulation 33 (4)(b))",
         "", "", "", "", ""],
        ["R2.1", "", "Set a supervision schedule for all residential staff and report compliance to the "
         "Responsible Individual.", "Responsible Individual", "Monthly", "Green",
         "July 100%, August 92% (one member of staff on leave)."],
        ["Recommendation 1", "The registered manager should ensure that children are supported to attend "
         "education and that barriers to attendance are addressed with the virtual school.",
         "", "", "", "", ""],
        ["REC1.1", "", "Hold a joint education review for each child with the virtual school and their "
         "school or college.\nAgree a personal attendance target for each child.",
         "Registered Manager and Education Lead (Virtual School)", "30/09/2025", "Green",
         "Reviews held for three of four children."],
        ["REC1.2", "", "Make a quiet study space available in the home with a laptop for each child.",
         "Deputy Manager", "Sept 2025", "Amber",
         "Laptops ordered; room refurbishment awaiting Building Services."],
        ["Recommendation 2", "The registered manager should ensure that the home’s statement of purpose "
         "accurately describes the ages and needs of children the home can care for.", "", "", "", "", ""],
        ["REC2.1", "", "Update the statement of purpose and send it to Ofsted.", "Registered Manager",
         "31/07/2025", "Blue", "Sent to Ofsted 18 July 2025."],
        ["", "", "", "", "", "", ""],
        ["RAG key: Blue = complete; Green = on track; Amber = at risk of missing date; Red = overdue", "", "", "", "", "", ""],
        ["Plan owner: Registered Manager. Reviewed monthly by the Responsible Individual (Service Manager, "
         "Residential).", "", "", "", "", "", ""],
    ]
    with open(out("jo1-calderdale-council-childrens-home-ofsted-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Redcar & Cleveland Corporate Parenting Board – action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def redcar():
    T = "\t"
    lines = [
        "Redcar & Cleveland Corporate Parenting Board – Action Plan 2025-26",
        "Progress update for Board meeting: 3 December 2025",
        "",
        T.join(["No.", "Our promise / action", "Lead", "By when", "RAG", "Progress"]),
        "Priority 1: Your voice – you are heard and listened to",
        T.join(["1.1", "Children in Care Council members to co-chair one Corporate Parenting Board meeting each "
                       "quarter.", "Participation Officer", "Nov-25", "G",
                "Co-chaired the September and December meetings."]),
        T.join(["1.2", "Every Board member to complete a ‘Total Respect’ session delivered by care-experienced "
                       "young people.", "Cllr J. Whitfield / Head of Children in Our Care", "March 2026", "A",
                "9 of 14 members trained; first session booked for new members."]),
        T.join(["", "", "", "", "", "Second session booked for February 2026."]),
        "Priority 2: Home – you live in a safe, stable home close to people who matter to you",
        T.join(["2.1", "Recruit 20 new in-house foster carers through the ‘Foster for Redcar & Cleveland’ "
                       "campaign.", "Fostering Service Manager", "31/03/2026", "A",
                "11 households approved; 6 in assessment."]),
        T.join(["2.2", "Open a second local children’s home for up to three children.",
                "Hartley, Dawn", "Q4 2025/26", "G", "Registration application submitted to Ofsted."]),
        "Priority 3: Learning – you get the support you need at school and college",
        T.join(["3.1", "Personal education plans for all children in care to be rated good or better by the "
                       "Virtual School.", "Virtual School Headteacher", "Autumn term 2025", "Complete",
                "96% of PEPs rated good or better in the autumn audit."]),
        T.join(["3.2", "Offer a paid apprenticeship or work placement in the council to every care leaver aged "
                       "16-21 who is not in education, employment or training.",
                "HR Business Partner", "Ongoing", "G", "7 care leavers started placements this year."]),
        "Priority 4: Leaving care – you are ready for adult life",
        T.join(["4.1", "Extend council tax exemption for care leavers living in Redcar & Cleveland to age 25.",
                "Leaving Care Team Manager; Revenues Manager", "April 2026", "G",
                "Approved by Cabinet 14 October 2025; takes effect 1 April 2026."]),
        T.join(["4.2", "Every care leaver to have a Pathway Plan reviewed in the last six months.",
                "Leaving Care Team Manager", "31/01/2026", "R",
                "Currently 71%; two personal adviser vacancies."]),
        "",
        "RAG key: B/Complete = done; G = on track; A = some slippage; R = off track",
        "Actions: 8   Complete: 1   Green: 4   Amber: 2   Red: 1",
    ]
    with open(out("jo1-redcar-cleveland-corporate-parenting-board-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    torbay()
    brighton()
    halton()
    bucks()
    enfield()
    calderdale()
    redcar()
    print("built 7 files in", HERE)
