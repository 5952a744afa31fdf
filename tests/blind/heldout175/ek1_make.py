"""Build the seven ek1- blind test files (set heldout175, children's services plans).

Run with a Python that has openpyxl and python-docx:
    python ek1_make.py
Files are written beside this script. Content is invented; layouts imitate the kind of
plan each body publishes (see the source: key of each .expected.yaml).
"""
import csv
import os
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
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


def fill(hex_colour):
    return PatternFill("solid", fgColor=hex_colour)


RAGFILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def box_row(ws, row, first, last):
    for c in range(first, last + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ======================================================================
# 1. Tameside - ILACS improvement plan (xlsx, three sheets)
# ======================================================================
def make_tameside():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Tameside Children's Services – ILACS Improvement Plan 2024–2026"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Tameside Metropolitan Borough Council"
    cover["A3"] = (
        "Response to the Ofsted inspection of local authority children's services (ILACS), "
        "4 to 15 March 2024"
    )
    cover["A5"] = "Document control"
    cover["A5"].font = BOLD
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"], start=1):
        c = cover.cell(row=6, column=i, value=h)
        c.font = BOLD
        c.fill = fill("D9D9D9")
    doc_rows = [
        ["1.0", "17/06/2024", "Head of Improvement and Transformation", "Plan submitted to Ofsted"],
        ["1.3", "12/11/2024", "Head of Improvement and Transformation", "Progress update for the Improvement Board"],
        ["2.0", "18/03/2025", "Head of Improvement and Transformation",
         "Revised target dates agreed by the Improvement Board; action 4.2 added"],
    ]
    for r, vals in enumerate(doc_rows, start=7):
        for c, v in enumerate(vals, start=1):
            cover.cell(row=r, column=c, value=v)
        box_row(cover, r, 1, 4)
    box_row(cover, 6, 1, 4)
    cover["A11"] = (
        "Governance: Tameside Children's Improvement Board (independent chair) meets monthly; "
        "quarterly reports to Scrutiny and to the Tameside Safeguarding Children Partnership."
    )
    for col, w in zip("ABCD", [12, 14, 40, 60]):
        cover.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Tameside Children's Services – ILACS Improvement Plan 2024–2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = (
        "Position at the Improvement Board, 18 March 2025. Overall effectiveness: "
        "Requires improvement to be good."
    )
    ws.merge_cells("A2:I2")
    headers = [
        "Ref",
        "Ofsted recommendation",
        "Action",
        "Lead officer(s)",
        "Original target date",
        "Revised target date",
        "Progress update (March 2025)",
        "Previous RAG",
        "Current RAG",
    ]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = fill("3B1F5F")
    box_row(ws, 4, 1, 9)

    D = lambda y, m, d: datetime(y, m, d)
    # (theme, [(recommendation, [actions])]); action = ref, text, lead, orig, revised, progress, prev, cur
    plan = [
        (
            "Priority 1: Help and protection",
            [
                (
                    "The effectiveness of management oversight and supervision in progressing "
                    "children's plans without drift.",
                    [
                        ("1.1",
                         "Relaunch the supervision policy with a revised recording template that "
                         "sets out actions and timescales for each child.",
                         "Principal Social Worker", D(2024, 9, 30), None,
                         "Policy relaunched at practice week in September 2024; audit shows the "
                         "template used in 78% of supervisions.",
                         "G", "B"),
                        ("1.2",
                         "Monthly dip sampling of supervision records by heads of service, with "
                         "findings reported to the Quality Assurance Board.",
                         "Head of Service – Safeguarding and Quality Assurance", "Monthly", None,
                         "Dip sampling in place since October 2024; themes reported to QAB.",
                         "A", "G"),
                    ],
                ),
                (
                    "The consistency of multi-agency strategy discussions and the timeliness of "
                    "section 47 enquiries for children at risk of significant harm.",
                    [
                        ("2.1",
                         "Agree a partnership protocol with Greater Manchester Police and health "
                         "partners so that a strategy discussion is held within one working day "
                         "of the decision.",
                         "Service Manager (MASH) / DI Public Protection Unit", D(2024, 10, 31),
                         D(2025, 1, 31),
                         "Protocol signed off by the TSCP Executive in January 2025.",
                         "A", "G"),
                        ("2.2",
                         "Introduce a weekly performance clinic for section 47 enquiries that "
                         "have been open for longer than 15 working days.",
                         "Head of Service – Duty and Assessment", D(2024, 8, 31), None,
                         "Clinic running weekly since August 2024.",
                         "B", "B"),
                        ("2.3",
                         "Commission a multi-agency audit of 30 strategy discussions and report "
                         "the findings to the Tameside Safeguarding Children Partnership.",
                         "Ellen Ward and Sanjay Mistry", D(2024, 11, 30), "Apr-25",
                         "Audit delayed by health partner capacity; fieldwork now under way.",
                         "R", "A"),
                    ],
                ),
            ],
        ),
        (
            "Priority 2: Children in care and care leavers",
            [
                (
                    "The sufficiency of local homes for children in care, including foster "
                    "carers able to care for older children and brothers and sisters together.",
                    [
                        ("3.1",
                         "Launch a targeted foster carer recruitment campaign for teenagers and "
                         "sibling groups, with an enhanced allowance scheme.",
                         "Head of Service – Fostering and Adoption", D(2025, 3, 31),
                         D(2025, 9, 30),
                         "Campaign launched; 6 enquiries converted to assessment against a target "
                         "of 12.",
                         "G", "A"),
                        ("3.2",
                         "Open two new council-run children's homes in the borough.",
                         "Assistant Director – Children's Social Care", "Q4 2025/26", None,
                         "First home registered with Ofsted; second property purchased.",
                         "G", "G"),
                    ],
                ),
                (
                    "The quality of pathway plans and the support offered to care leavers aged "
                    "21 to 25.",
                    [
                        ("4.1",
                         "Rewrite the pathway plan template with members of the Care Leavers "
                         "Forum.",
                         "Team Manager – Leaving Care", D(2024, 12, 31), None,
                         "New template in use from December 2024.",
                         "A", "B"),
                        ("4.2",
                         "Extend the personal adviser offer to all care leavers aged 21 to 25 who "
                         "request it, and publicise it through the Local Offer.",
                         "Head of Service – Children in Care / Head of Housing Options",
                         D(2025, 7, 31), None,
                         "New action added March 2025.",
                         None, None),
                    ],
                ),
            ],
        ),
    ]
    ragcol = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    row = 5
    for theme, recs in plan:
        c = ws.cell(row=row, column=1, value=theme)
        c.font = WHITE_BOLD
        c.fill = fill("7030A0")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for rec, actions in recs:
            first = row
            ws.cell(row=row, column=2, value=rec)
            for ref, text, lead, orig, rev, prog, prev, cur in actions:
                ws.cell(row=row, column=1, value=ref)
                ws.cell(row=row, column=3, value=text)
                ws.cell(row=row, column=4, value=lead)
                for col, v in ((5, orig), (6, rev)):
                    cell = ws.cell(row=row, column=col, value=v)
                    if isinstance(v, datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=row, column=7, value=prog)
                for col, v in ((8, prev), (9, cur)):
                    cell = ws.cell(row=row, column=col, value=v)
                    if v:
                        cell.fill = fill(RAGFILL[ragcol[v]])
                        cell.alignment = Alignment(horizontal="center", vertical="top")
                box_row(ws, row, 1, 9)
                row += 1
            if row - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
            ws.cell(row=first, column=2).fill = fill("EDE7F6")
    row += 1
    ws.cell(
        row=row,
        column=1,
        value="RAG key: B = Complete and evidenced; G = On track; A = Some slippage, action in "
        "hand; R = Off track, Board support needed",
    )
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
    for col, w in zip("ABCDEFGHI", [7, 38, 48, 30, 13, 13, 42, 10, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    summ = wb.create_sheet("RAG Summary")
    summ["A1"] = "RAG summary – Improvement Board, 18 March 2025"
    summ["A1"].font = BOLD
    heads = ["Priority", "Blue", "Green", "Amber", "Red", "Not rated", "Total"]
    for i, h in enumerate(heads, start=1):
        summ.cell(row=3, column=i, value=h).font = BOLD
    data = [
        ["Priority 1: Help and protection", 2, 2, 1, 0, 0, 5],
        ["Priority 2: Children in care and care leavers", 1, 1, 1, 0, 1, 4],
        ["Total", 3, 3, 2, 0, 1, 9],
    ]
    for r, vals in enumerate(data, start=4):
        for c, v in enumerate(vals, start=1):
            summ.cell(row=r, column=c, value=v)
    summ.column_dimensions["A"].width = 46
    wb.active = 1
    wb.save(out("ek1-tameside-ilacs-improvement-plan.xlsx"))


# ======================================================================
# 2. Surrey YJS - HMI Probation inspection improvement plan (xlsx)
# ======================================================================
def make_surrey():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Surrey Youth Justice Service – HMIP Post-Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = (
        "Inspection of youth justice services in Surrey by HM Inspectorate of Probation "
        "(fieldwork October 2024; report published January 2025)"
    )
    ws["A3"] = "Owner: Surrey Youth Justice Management Board | Version 3 | Updated 14 May 2025"
    headers = [
        "HMIP recommendation",
        "Action ref",
        "Action",
        "Owner(s)",
        "Start",
        "Due",
        "Evidence of progress / impact",
        "RAG",
    ]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = fill("00338D")
    box_row(ws, 5, 1, 8)
    D = lambda y, m, d: datetime(y, m, d)
    plan = [
        (
            "Recommendations for the Surrey Youth Justice Management Board",
            [
                (
                    "1. Ensure that all statutory partners are represented at the Board by people "
                    "with the seniority to commit resources.",
                    [
                        ("1a",
                         "Review Board membership and terms of reference against the YJB "
                         "Standards for children in the youth justice system 2019.",
                         "Chair of the YJMB", D(2024, 11, 1), D(2025, 1, 31),
                         "Revised terms of reference agreed at the January 2025 Board.", "Blue"),
                        ("1b",
                         "Introduce an annual attendance report for each partner agency, "
                         "presented to the Board each April.",
                         "Head of Youth Justice Service", D(2025, 2, 1), D(2025, 4, 30),
                         "First report presented 24 April 2025; health attendance improved.",
                         "Green"),
                    ],
                ),
                (
                    "2. Make sure that the Board understands and responds to the "
                    "overrepresentation of Black and mixed heritage children in the youth "
                    "justice system.",
                    [
                        ("2a",
                         "Commission a disproportionality deep dive using police and court data "
                         "for 2022 to 2024.",
                         "Performance and Insight Lead / Chief Inspector – Prevention",
                         D(2025, 1, 6), "Q4 2024/25",
                         "Police data received late; analysis to be presented in June.", "Amber"),
                        ("2b",
                         "Agree a partnership disproportionality action plan and monitor it at "
                         "every Board meeting.",
                         "Chair of the YJMB", D(2025, 4, 1), "Jun-25",
                         "Draft plan shared with partners for comment.", "Green"),
                    ],
                ),
            ],
        ),
        (
            "Recommendations for the Head of Youth Justice Service",
            [
                (
                    "3. Improve the quality of assessment and planning for keeping other people "
                    "safe, including the identification of risks to victims.",
                    [
                        ("3a",
                         "Deliver risk and safety training for all case managers, jointly with "
                         "the Probation Service.",
                         "Practice Development Manager", D(2025, 1, 13), "Jan 2025 – Apr 2025",
                         "Four sessions delivered; 31 of 33 case managers attended.", "Blue"),
                        ("3b",
                         "Introduce monthly case audits of AssetPlus risk of serious harm "
                         "assessments, with findings fed back in supervision.",
                         "Team Manager North; Team Manager South", D(2025, 2, 1), "Ongoing",
                         "Audits completed February to April; 70% rated good or better.", "Green"),
                    ],
                ),
                (
                    "4. Ensure that victims are offered a timely restorative justice service and "
                    "that their views inform planning.",
                    [
                        ("4a",
                         "Recruit a second restorative justice and victim worker.",
                         "Head of Youth Justice Service", D(2024, 12, 1), D(2025, 3, 31),
                         "Recruitment round failed in February; post readvertised with revised "
                         "grading.", "Red"),
                        ("4b",
                         "Add a victim contact checklist to ChildView so that first contact is "
                         "recorded within 10 working days.",
                         "YJS Systems Officer", D(2025, 3, 1), "Jul-25",
                         "Specification agreed with the supplier.", "Amber"),
                        ("4c",
                         "Report the victim satisfaction survey results to the Board every "
                         "quarter.",
                         "Victim Services Lead", D(2025, 4, 1), "Quarterly",
                         "First quarterly report due July 2025.", "Green"),
                    ],
                ),
            ],
        ),
    ]
    row = 6
    for band, recs in plan:
        c = ws.cell(row=row, column=1, value=band)
        c.font = BOLD
        c.fill = fill("BDD7EE")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        row += 1
        for rec, actions in recs:
            ws.cell(row=row, column=1, value=rec)
            for ref, text, owner, start, due, ev, rag in actions:
                ws.cell(row=row, column=2, value=ref)
                ws.cell(row=row, column=3, value=text)
                ws.cell(row=row, column=4, value=owner)
                for col, v in ((5, start), (6, due)):
                    cell = ws.cell(row=row, column=col, value=v)
                    if isinstance(v, datetime):
                        cell.number_format = "mmm-yy"
                ws.cell(row=row, column=7, value=ev)
                rc = ws.cell(row=row, column=8, value=rag)
                rc.fill = fill(RAGFILL[rag.lower()])
                box_row(ws, row, 1, 8)
                row += 1
    for col, w in zip("ABCDEFGH", [44, 8, 50, 30, 9, 14, 44, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key & glossary")
    key["A1"] = "RAG rating"
    key["B1"] = "Meaning"
    key["A1"].font = key["B1"].font = BOLD
    for r, (k, m) in enumerate(
        [
            ("Blue", "Complete – evidence of impact reported to the Board"),
            ("Green", "On track"),
            ("Amber", "At risk of delay – mitigation in place"),
            ("Red", "Delayed / off track – Board decision needed"),
        ],
        start=2,
    ):
        key.cell(row=r, column=1, value=k).fill = fill(RAGFILL[k.lower()])
        key.cell(row=r, column=2, value=m)
    key["A8"] = "Glossary"
    key["A8"].font = BOLD
    for r, (k, m) in enumerate(
        [
            ("YJMB", "Youth Justice Management Board"),
            ("YJB", "Youth Justice Board for England and Wales"),
            ("AssetPlus", "Assessment and planning framework used by youth justice services"),
            ("ChildView", "Youth justice case management system"),
        ],
        start=9,
    ):
        key.cell(row=r, column=1, value=k)
        key.cell(row=r, column=2, value=m)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 60
    wb.save(out("ek1-surrey-yjs-hmip-improvement-plan.xlsx"))


# ======================================================================
# 3. Dudley - SEND priority action plan, mistyped month (xlsx, refuse)
# ======================================================================
def make_dudley():
    wb = Workbook()
    intro = wb.active
    intro.title = "Introduction"
    intro["A1"] = "Dudley Local Area Partnership for SEND – Priority Action Plan"
    intro["A1"].font = Font(bold=True, size=14)
    lines = [
        "Ofsted and the Care Quality Commission inspected the Dudley local area partnership "
        "in October 2024. The report, published on 12 December 2024, identified widespread "
        "and/or systemic failings and two areas for priority action.",
        "This plan sets out what the partnership (Dudley Council, NHS Black Country Integrated "
        "Care Board and Dudley Parent Carer Forum) will do. It is monitored by the SEND "
        "Improvement Board every six weeks and by the Department for Education and NHS England.",
        "Impact measures are on the 'Impact measures' sheet.",
    ]
    for r, t in enumerate(lines, start=3):
        intro.cell(row=r, column=1, value=t).alignment = WRAP
    intro.column_dimensions["A"].width = 110

    ws = wb.create_sheet("PAP")
    ws["A1"] = "Dudley Local Area Partnership for SEND – Priority Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Area SEND inspection (Ofsted and CQC), report published 12 December 2024"
    ws["A3"] = "Progress at SEND Improvement Board: 2 April 2025"
    headers = [
        "Ref",
        "What we will do",
        "Lead partner",
        "Lead officer",
        "By when",
        "How we will know it has worked",
        "RAG",
    ]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = fill("1F4E79")
    box_row(ws, 5, 1, 7)
    plan = [
        (
            "Area for priority action 1: Leaders across education, health and care should "
            "improve the timeliness and quality of education, health and care (EHC) needs "
            "assessments and plans.",
            [
                ("1.1",
                 "Recruit six additional EHC coordinators and two educational psychologists "
                 "to clear the assessment backlog.",
                 "Dudley Council", "Head of SEND Assessment and Review", "Mar-2025",
                 "90% of new EHC plans issued within 20 weeks.", "Green"),
                ("1.2",
                 "Introduce a multi-agency quality assurance panel that audits 10% of new EHC "
                 "plans each month.",
                 "Dudley Council", "Principal Educational Psychologist", "Jun-2025",
                 "80% of audited plans rated good or better.", "Amber"),
                ("1.3",
                 "Health and social care advice for EHC needs assessments to be returned within "
                 "six weeks in at least 95% of cases.",
                 "NHS Black Country ICB", "Designated Clinical Officer", "Sep-2025",
                 "Monthly return of advice timeliness from each provider.", "Amber"),
            ],
        ),
        (
            "Area for priority action 2: Leaders should reduce waiting times for "
            "neurodevelopmental assessment and make sure families receive support while they "
            "wait.",
            [
                ("2.1",
                 "Commission additional autism and ADHD assessment capacity from an "
                 "independent provider for children aged 5 to 18.",
                 "NHS Black Country ICB", "Head of Children's Commissioning", "Apr-2025",
                 "Longest wait for assessment falls below 52 weeks.", "Green"),
                ("2.2",
                 "Launch a 'waiting well' offer of parent workshops and drop-in advice through "
                 "the family hubs.",
                 "Dudley Council", "Family Hubs Service Manager", "Jul-2O25",
                 "Parent feedback; numbers attending workshops.", "Green"),
                ("2.3",
                 "Publish monthly waiting times for neurodevelopmental assessment on the Local "
                 "Offer.",
                 "NHS Black Country ICB", "Communications and Engagement Lead", "May-2025",
                 "Waiting times published each month.", "Red"),
            ],
        ),
        (
            "Area for improvement: Leaders should improve communication with parents and "
            "carers about the progress of EHC needs assessments.",
            [
                ("3.1",
                 "Send every family an update letter at weeks 6, 12 and 16 of the EHC needs "
                 "assessment.",
                 "Dudley Council", "SEND Casework Team Manager", "Mar-2025",
                 "Fewer complaints about lack of contact.", "Blue"),
                ("3.2",
                 "Co-produce a parent guide to the EHC process with Dudley Parent Carer Forum.",
                 "Dudley Parent Carer Forum", "PCF Co-Chair", "Jun-2025",
                 "Guide published on the Local Offer.", "Green"),
            ],
        ),
    ]
    row = 6
    for apa, actions in plan:
        c = ws.cell(row=row, column=1, value=apa)
        c.font = BOLD
        c.fill = fill("DDEBF7")
        c.alignment = WRAP
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        ws.row_dimensions[row].height = 32
        row += 1
        for ref, text, partner, officer, when, measure, rag in actions:
            for col, v in enumerate([ref, text, partner, officer, when, measure, rag], start=1):
                ws.cell(row=row, column=col, value=v)
            ws.cell(row=row, column=7).fill = fill(RAGFILL[rag.lower()])
            box_row(ws, row, 1, 7)
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Key: Blue = complete; Green = on track; Amber = at risk; "
            "Red = off track")
    for col, w in zip("ABCDEFG", [7, 55, 24, 34, 12, 40, 9]):
        ws.column_dimensions[col].width = w

    imp = wb.create_sheet("Impact measures")
    for i, h in enumerate(["Measure", "Baseline (Oct 2024)", "Target (Dec 2025)", "Latest"],
                          start=1):
        imp.cell(row=1, column=i, value=h).font = BOLD
    for r, vals in enumerate(
        [
            ["New EHC plans issued within 20 weeks", "31%", "90%", "58%"],
            ["Children waiting over 52 weeks for ND assessment", "1,240", "0", "1,015"],
            ["Health advice returned within 6 weeks", "64%", "95%", "81%"],
        ],
        start=2,
    ):
        for c, v in enumerate(vals, start=1):
            imp.cell(row=r, column=c, value=v)
    imp.column_dimensions["A"].width = 50
    wb.active = 1
    wb.save(out("ek1-dudley-send-priority-action-plan-typo-month-refuse.xlsx"))


# ======================================================================
# 4. North East Lincolnshire - monitoring visit improvement plan (docx)
# ======================================================================
def make_nelincs():
    doc = Document()
    doc.add_heading(
        "North East Lincolnshire Council – Children's Services Improvement Plan", level=0
    )
    doc.add_paragraph("Response to the Ofsted monitoring visit of 6 and 7 February 2024")
    doc.add_paragraph(
        "This was the sixth monitoring visit since the inspection that judged services to be "
        "inadequate. Inspectors looked at the experiences of children in need and children "
        "subject to a child protection plan. The actions below respond to the three areas "
        "they identified for improvement."
    )
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
    for vals in [
        ["2.0", "04/03/2024", "Head of Improvement", "Children's Improvement Board"],
        ["2.1", "22/04/2024", "Head of Improvement", "Children's Improvement Board"],
    ]:
        for c, v in zip(t.add_row().cells, vals):
            set_cell(c, v)

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for letter, meaning, colour in [
        ("B", "Complete, impact evidenced", "0070C0"),
        ("G", "On track", "00B050"),
        ("A", "Delayed, recovery plan in place", "FFC000"),
        ("R", "Off track, escalated to the Improvement Board", "FF0000"),
    ]:
        cells = k.add_row().cells
        set_cell(cells[0], letter, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)

    header = ["Ref", "Action", "Lead", "Timescale", "Progress update", "RAG"]
    colours = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    def section(heading, finding, actions):
        doc.add_heading(heading, level=1)
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for c, h in zip(tbl.rows[0].cells, header):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        r = tbl.add_row().cells
        m = r[0].merge(r[5])
        set_cell(m, finding, bold=True)
        shade(m, "E2EFDA")
        for a in actions:
            cells = tbl.add_row().cells
            for c, v in zip(cells, a):
                set_cell(c, v)
            shade(cells[5], colours[a[5]])
        doc.add_paragraph("")

    section(
        "1. Management oversight and supervision",
        "Ofsted finding: Management oversight is not consistently effective in making sure "
        "that plans for children progress without delay.",
        [
            ["1.1",
             "Team managers to record a management oversight note on every child in need and "
             "child protection case at least every four weeks, using the revised template.",
             "Service Manager (CIN/CP)", "End of April 2024",
             "Template launched 1 March; compliance 91% at end of April.", "B"],
            ["1.2",
             "Heads of service to review all children subject to a child protection plan for "
             "more than 15 months and record a decision on next steps.",
             "AD Safeguarding / Head of Service CIN-CP", "31/05/2024",
             "38 of 44 reviews completed.", "G"],
        ],
    )
    section(
        "2. Quality of child protection plans",
        "Ofsted finding: Child protection plans are not specific enough about what needs to "
        "change, and contingency plans are not always clear.",
        [
            ["2.1",
             "Deliver SMART planning workshops for all social workers and child protection "
             "chairs.",
             "Principal Social Worker", "June 2024 – Sept 2024",
             "Dates set; two of six workshops delivered.", "A"],
            ["2.2",
             "Child protection chairs to use the escalation protocol where plans are not "
             "progressing, with a monthly report of escalations.",
             "Safeguarding and Review Manager", "Monthly",
             "First monthly report presented to SMT in April.", "G"],
            ["2.3",
             "Audit 40 child protection plans in July and re-audit in October to measure "
             "improvement.",
             "JB, KM", "Q3 2024/25",
             "Audit tool agreed; auditor capacity limited in July.", "A"],
        ],
    )
    section(
        "3. Children in need and step-down to early help",
        "Ofsted finding: Some children in need experience delay when their support steps down "
        "to early help, and the reasons for closure are not always recorded.",
        [
            ["3.1",
             "Introduce a joint step-down meeting between the social worker, the family and "
             "the early help key worker before any case is transferred.",
             "Head of Early Help and Family Hubs", "31 July 2024",
             "Guidance drafted and shared with team managers.", "G"],
            ["3.2",
             "Add closure reason and step-down outcome fields to the Liquidlogic case record "
             "and report them monthly to the performance board.",
             "Business Intelligence Manager", "September 2024",
             "Change request not yet prioritised by the system supplier.", "R"],
        ],
    )
    doc.add_paragraph("Next review: Children's Improvement Board, 20 May 2024.")
    doc.save(out("ek1-north-east-lincolnshire-monitoring-visit-improvement-plan.docx"))


# ======================================================================
# 5. Portsmouth - children's home Ofsted inspection action plan (docx)
# ======================================================================
def make_portsmouth():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Portsmouth City Council – Children's Residential Services")
    r.bold = True
    doc.add_heading("Harbourside House: Ofsted Inspection Action Plan", level=0)

    det = doc.add_table(rows=0, cols=2)
    det.style = "Table Grid"
    for k, v in [
        ("Unique reference number", "SC493817"),
        ("Inspection type", "Full inspection (SCCIF)"),
        ("Inspection dates", "4 and 5 June 2024"),
        ("Overall experiences and progress of children and young people",
         "Requires improvement to be good"),
        ("Registered manager", "Lisa Hammond"),
        ("Responsible individual", "Service Lead, Residential and Short Breaks"),
    ]:
        cells = det.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "F2F2F2")
        set_cell(cells[1], v)

    doc.add_paragraph(
        "This plan responds to the three requirements and two recommendations in the "
        "inspection report. It is reviewed at the home's monthly Regulation 45 meeting and by "
        "the Children's Residential Services Management Group. Updated 2 August 2024."
    )

    header = [
        "Ref",
        "Requirement / recommendation",
        "Action",
        "By whom",
        "By when",
        "Progress and evidence",
        "Status",
    ]
    status_fill = {"Complete": "9DC3E6", "On track": "A9D08E", "Delayed": "FFD966"}
    tbl = doc.add_table(rows=1, cols=7)
    tbl.style = "Table Grid"
    for c, h in zip(tbl.rows[0].cells, header):
        set_cell(c, h, bold=True)
        shade(c, "BFBFBF")

    groups = [
        (
            "Requirements",
            [
                (
                    "The registered person must ensure that each record of a restraint is "
                    "completed within 24 hours and signed off by the registered manager within "
                    "48 hours. (Regulation 35 (3)(a)(b))",
                    [
                        ["R1.1",
                         "Re-issue the restraint recording procedure to all staff and check "
                         "their understanding at the team meeting on 18 June.",
                         "Registered Manager", "30 June 2024",
                         "Procedure re-issued; 13 of 14 staff signed.", "Complete"],
                        ["R1.2",
                         "Weekly check of restraint records by the deputy manager, with any late "
                         "records raised in supervision.",
                         "Deputy Manager", "Weekly – ongoing",
                         "All records since 10 June signed off within 48 hours.", "On track"],
                    ],
                ),
                (
                    "The registered person must ensure that each child's placement plan sets "
                    "out how the child will be supported to attend education, and that the plan "
                    "is reviewed when the child's education placement breaks down. "
                    "(Regulation 8 (2)(a)(b))",
                    [
                        ["R2.1",
                         "Meet the Virtual School and each child's social worker to agree an "
                         "education plan for the two children not currently in full-time "
                         "education.",
                         "Registered Manager and Virtual School Head", "31 July 2024",
                         "Both children have agreed plans; one started at college in July.",
                         "Complete"],
                        ["R2.2",
                         "Update the placement plan template to include an education "
                         "contingency section.",
                         "Responsible Individual", "September 2024",
                         "Template change needs agreement across all four homes; date moved "
                         "from July to September 2024.", "Delayed"],
                    ],
                ),
                (
                    "The registered person must ensure that staff receive practice-related "
                    "supervision at least every six weeks from a person with appropriate "
                    "experience. (Regulation 33 (4)(b))",
                    [
                        ["R3.1",
                         "Produce a supervision schedule for all 14 staff and track completion "
                         "on the monthly Regulation 45 return.",
                         "Registered Manager", "31/07/2024",
                         "Schedule in place; July compliance 100%.", "On track"],
                    ],
                ),
            ],
        ),
        (
            "Recommendations",
            [
                (
                    "The registered person should ensure that the home's location risk "
                    "assessment is updated with police and community safety information at "
                    "least every six months. ('Guide to the Children's Homes Regulations, "
                    "including the quality standards', page 54, paragraph 10.6)",
                    [
                        ["Rec1.1",
                         "Request a quarterly location risk briefing from the local "
                         "neighbourhood policing team and add it to the location risk "
                         "assessment.",
                         "Deputy Manager", "Quarterly",
                         "First briefing received 24 July 2024.", "On track"],
                    ],
                ),
                (
                    "The registered person should ensure that children are helped to "
                    "understand and contribute to their records, so that their views are "
                    "recorded in their own words. ('Guide to the Children's Homes "
                    "Regulations, including the quality standards', page 60, paragraph 14.4)",
                    [
                        ["Rec2.1",
                         "Introduce 'My Voice' pages in each child's daily record and show "
                         "children how to add to them in key-work sessions.",
                         "Key workers / Registered Manager", "End of August 2024",
                         "", "Not started"],
                    ],
                ),
            ],
        ),
    ]
    for band, reqs in groups:
        cells = tbl.add_row().cells
        m = cells[0].merge(cells[6])
        set_cell(m, band, bold=True, size=10)
        shade(m, "DEEAF6")
        for req, actions in reqs:
            first_idx = len(tbl.rows)
            for a in actions:
                cells = tbl.add_row().cells
                set_cell(cells[0], a[0])
                for c, v in zip(cells[2:], a[1:]):
                    set_cell(c, v)
                if a[5] in status_fill:
                    shade(cells[6], status_fill[a[5]])
            top = tbl.cell(first_idx, 1)
            if len(actions) > 1:
                top = top.merge(tbl.cell(len(tbl.rows) - 1, 1))
            set_cell(top, req)
    doc.add_paragraph(
        "Status key: Complete (blue) – action finished and evidenced; On track (green); "
        "Delayed (amber) – revised date agreed with the Responsible Individual; Not started."
    )
    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, h, bold=True)
    for r_i, vals in enumerate(
        [["Registered Manager", "Lisa Hammond", "02/08/2024"],
         ["Responsible Individual", "Mark Ellery", "05/08/2024"]], start=1):
        for c, v in zip(s.rows[r_i].cells, vals):
            set_cell(c, v)
    doc.save(out("ek1-portsmouth-childrens-home-ofsted-action-plan.docx"))


# ======================================================================
# 6. City & Hackney CHSCP - JTAI action plan (csv export)
# ======================================================================
def make_hackney():
    W = 8
    rows = []

    def line(*vals):
        vals = list(vals) + [""] * (W - len(vals))
        rows.append(vals)

    line("City & Hackney Safeguarding Children Partnership – JTAI Action Plan")
    line("Joint targeted area inspection: the multi-agency response to children and families "
         "who need help (letter published 9 August 2024)")
    line("Status as at 21 January 2025 (CHSCP Executive)")
    line()
    line("Ref", "Area for improvement", "Action", "Agency", "Lead officer", "Target date",
         "Progress update", "RAG")
    line("Theme 1: Early help and the front door")
    line("1.1",
         "The quality of referrals from partner agencies to the front door, so that the "
         "information shared clearly describes the child's needs and risks.",
         "Relaunch the multi-agency referral form with mandatory fields for the child's lived "
         "experience and parental consent.",
         "Hackney Council", "Head of Service – MASH and First Access", "31/10/2024",
         "New form live from 1 October 2024.", "Complete")
    line("1.2", "",
         "Deliver referral quality training to:\n- designated safeguarding leads in schools\n"
         "- GP safeguarding leads\n- police public protection staff in Central East BCU",
         "CHSCP", "CHSCP Training Coordinator", "Mar-25",
         "Schools and GP sessions delivered; police sessions booked for February.", "G")
    line("1.3", "",
         "Give feedback on the quality of every police referral within five working days "
         "through the daily triage meeting.",
         "Met Police / Hackney Council", "DI Central East Safeguarding / MASH Team Manager",
         "TBC", "Feedback loop agreed in principle; recording method still to be settled.",
         "A")
    line("2.1",
         "The consistency of early help assessments and the use of the Family Hubs offer for "
         "children whose needs do not meet the threshold for statutory services.",
         "Publish a single early help pathway for partners, co-produced with parents from the "
         "Family Hubs parent panel.",
         "Hackney Council", "Head of Early Help and Prevention", "Q4 2024/25",
         "Draft pathway tested with the parent panel in December.", "G")
    line("2.2", "",
         "Audit 25 early help assessments completed by schools and health visitors, and share "
         "the learning at the Practitioner Forum.",
         "CHSCP", "CHSCP QA Lead; Designated Nurse Safeguarding Children", "Feb-25",
         "Audit not started: health visiting records not yet received.", "R")
    line("Theme 2: Leadership and partnership oversight")
    line("3.1",
         "Partnership oversight of the impact of multi-agency training on practice.",
         "Add training impact measures to the CHSCP performance dashboard, reported to the "
         "Executive each quarter.",
         "CHSCP", "CHSCP Business Manager", "By 31 March 2025",
         "Measures drafted with the Quality Assurance Subgroup.", "G")
    line("3.2", "",
         "Hold a partnership learning event on the JTAI findings for frontline managers in the "
         "City of London and Hackney.",
         "CHSCP", "Independent Chair", "November 2024",
         "Event held 14 November 2024; 120 attendees.", "Complete")
    line()
    line("RAG key: Complete = action closed by the CHSCP Executive; G = on track; A = at risk "
         "of slipping; R = off track")
    with open(out("ek1-city-hackney-chscp-jtai-action-plan.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)


# ======================================================================
# 7. Coventry - corporate parenting board action plan (tab-separated text)
# ======================================================================
def make_coventry():
    lines = [
        ["Coventry City Council – Corporate Parenting Board Action Plan 2024/25"],
        ["Progress update for the Corporate Parenting Board, 12 February 2025"],
        [],
        ["No.", "What we will do", "Lead", "By when", "Progress", "RAG"],
        ["Priority 1: Our children and young people are heard and help shape services"],
        ["1.1",
         "Hold a quarterly 'Takeover' session at which the Children in Care Council sets the "
         "agenda for the Corporate Parenting Board.",
         "Participation Manager", "Quarterly",
         "Sessions held in July and November 2024; February session planned.", "Green"],
        ["1.2",
         "Co-produce a refreshed Pledge to children in care with the Children in Care Council "
         "and care leavers.",
         "Participation Manager / Head of Service – Children in Care", "Sept 2024",
         "Pledge launched at the Celebration Event in October.", "Complete"],
        ["Priority 2: Our children live in safe, stable homes close to Coventry"],
        ["2.1",
         "Increase the number of in-house foster carer households by 20.",
         "Head of Fostering", "Mar-25",
         "11 new households approved; 6 in assessment.", "Amber"],
        ["2.2",
         "Introduce a Staying Close offer for young people leaving the council's children's "
         "homes.",
         "Head of Residential Services", "June 2025",
         "Two flats identified with Citizen Housing.", "Green"],
        ["Priority 3: Our children achieve in education, training and work"],
        ["3.1",
         "Every child in care to have a Personal Education Plan reviewed each term, with 95% "
         "completed on time.",
         "Virtual School Head", "Termly",
         "Autumn term: 96% on time.", "Green"],
        ["3.2",
         "Offer a ring-fenced apprenticeship or work placement within the council to every "
         "care leaver who wants one.",
         "Head of HR and Organisational Development; Leaving Care Service Manager",
         "By end March 2025",
         "Scheme not yet agreed; report to Cabinet delayed.", "Red"],
        ["Priority 4: Our care leavers are supported into adult life"],
        ["4.1",
         "Exempt Coventry care leavers from council tax up to age 25, including those living "
         "outside the city.",
         "Director of Finance and Resources", "April 2025",
         "Approved in the 2025/26 budget.", "Green"],
        ["4.2",
         "Review the health passport with care leavers and give one to every young person at "
         "18.",
         "Designated Nurse for Looked After Children", "Ongoing",
         "Revised passport in use; 64% of 18-year-olds received one this year.", "Amber"],
        [],
        ["RAG: Complete = done; Green = on track; Amber = some slippage; Red = not on track"],
        ["Document owner: Head of Service – Children in Care"],
    ]
    with open(out("ek1-coventry-corporate-parenting-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        for vals in lines:
            f.write("\t".join(vals) + "\r\n")


if __name__ == "__main__":
    make_tameside()
    make_surrey()
    make_dudley()
    make_nelincs()
    make_portsmouth()
    make_hackney()
    make_coventry()
    print("done")
