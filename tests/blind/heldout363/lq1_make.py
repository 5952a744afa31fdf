"""Build the seven lq1- data files of set heldout363.

Run with /work/main/.venv/bin/python lq1_make.py (writes beside this script).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


def D(y, m, d):
    return dt.datetime(y, m, d)


FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "92D050",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "theme": "DDEBF7",
    "rec": "F2F2F2",
    "head": "305496",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcode):
    return PatternFill("solid", start_color=hexcode, end_color=hexcode)


def header_row(ws, row, values, colour=FILL["head"]):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. Bath & North East Somerset Council - ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
def banes_ilacs():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Bath & North East Somerset Council"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Children’s Services Improvement Plan 2025–2026"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = ("Response to the Ofsted inspection of local authority children’s services "
                 "(ILACS), 13 to 24 January 2025")
    cov["A5"] = "Plan owner"
    cov["B5"] = "Director of Children’s Services"
    cov["A6"] = "Governance"
    cov["B6"] = ("Children’s Services Improvement Board (bi-monthly); Children, Adults, Health "
                 "and Wellbeing Policy Development and Scrutiny Panel (six-monthly)")
    cov["A8"] = "Document control"
    cov["A8"].font = Font(bold=True)
    header_row(cov, 9, ["Version", "Date", "Author", "Changes"])
    vers = [
        ("0.3", D(2025, 4, 7), "Improvement Programme Manager", "Draft for Improvement Board"),
        ("1.0", D(2025, 4, 28), "Improvement Programme Manager", "Approved by Improvement Board"),
        ("1.2", D(2025, 7, 9), "Improvement Programme Manager", "Q1 progress; revised dates agreed"),
        ("1.3", D(2025, 10, 15), "Improvement Programme Manager", "Q2 progress update"),
    ]
    for r, row in enumerate(vers, start=10):
        for c, v in enumerate(row, start=1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", (18, 16, 32, 40)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ncol = 9
    last = get_column_letter(ncol)
    ws["A1"] = "ILACS Improvement Plan – progress at 15 October 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = ("Ofsted ILACS inspection 13–24 January 2025. Overall effectiveness: "
                "Requires improvement to be good")
    ws.merge_cells(f"A2:{last}2")
    header_row(ws, 4, ["Ref", "Action", "Lead", "Original target date", "Revised target date",
                       "Previous RAG (Jul 25)", "Current RAG (Oct 25)",
                       "Progress update (October 2025)", "Evidence of impact"])
    plan = [
        ("theme", "Theme 1: The experiences and progress of children who need help and protection"),
        ("rec", "Recommendation 1: The timeliness and quality of initial child protection enquiries, "
                "including the consistency of partner agency involvement in strategy discussions."),
        ("act", "1.1", "Introduce a daily multi-agency strategy meeting in the Integrated Front Door "
                       "with police, health and education represented at every meeting.",
         "Head of Integrated Front Door", D(2025, 6, 30), None, "Amber", "Blue",
         "Daily strategy meeting live from 2 June 2025. Health attendance 96% (Aug–Sep).",
         "Strategy discussions within 1 working day: 71% (Dec 24) to 93% (Sep 25)"),
        ("act", "1.2", "Revise the section 47 practice standard and audit 20 enquiries each quarter "
                       "against it.",
         "Principal Social Worker / Head of Quality Assurance", D(2025, 9, 30), D(2025, 12, 31),
         "Amber", "Amber",
         "Standard revised and issued in August. First quarterly audit delayed by a vacancy in "
         "the QA team; now scheduled for November.",
         "Audit outcomes (from Q3)"),
        ("rec", "Recommendation 2: The consistency and impact of management oversight and "
                "supervision for children in need and children subject to a child protection plan."),
        ("act", "2.1", "Roll out the revised supervision policy and recording template across all "
                       "Family Support and Safeguarding teams.",
         "Head of Family Support and Safeguarding", D(2025, 7, 31), None, "Green", "Blue",
         "Policy and template in use in all six teams since July.",
         "Supervision on file within 4 weeks: 88%"),
        ("act", "2.2", "Deliver the ‘Leading Good Practice’ programme to all team managers and "
                       "advanced practitioners.",
         "Workforce Development Manager; Principal Social Worker", D(2026, 3, 31), None,
         "Green", "Green",
         "Cohort 1 (12 managers) completed September. Cohort 2 starts January 2026.",
         "Participant feedback; audit grading of management oversight"),
        ("theme", "Theme 2: The experiences and progress of children in care"),
        ("rec", "Recommendation 3: The timeliness of permanence planning for children in care, "
                "including the use of early permanence and special guardianship."),
        ("act", "3.1", "Establish a monthly Permanence Tracking Panel chaired by the Head of "
                       "Children in Care.",
         "Head of Children in Care", D(2025, 5, 31), None, "Blue", "Blue",
         "Panel established May 2025 and meeting monthly.",
         "Children with permanence plan by 2nd review: 64% to 81%"),
        ("act", "3.2", "Review all children in care aged under 5 without a confirmed permanence plan "
                       "and agree a plan and timescale for each child.",
         "IRO Service Manager & Head of Children in Care", D(2025, 10, 31), D(2026, 1, 31),
         "Green", "Amber",
         "Review 60% complete. IRO capacity reduced by two long-term absences; revised date "
         "agreed by Improvement Board.",
         "Number of under-5s without a permanence plan"),
        ("rec", "Recommendation 4: The sufficiency of local homes for children in care, "
                "particularly for older children with complex needs."),
        ("act", "4.1", "Recruit 15 additional in-house foster carers through the Foster for B&NES "
                       "campaign.",
         "Fostering Service Manager", D(2026, 3, 31), None, "Amber", "Red",
         "7 approvals to date against a target of 15. Campaign relaunched in September with "
         "West of England partners.",
         "Net gain in fostering households"),
        ("theme", "Theme 3: The experiences and progress of care leavers"),
        ("rec", "Recommendation 5: The quality of pathway plans and the consistency of care "
                "leavers’ access to suitable accommodation."),
        ("act", "5.1", "Co-produce a new pathway plan template with the Care Leavers’ Forum and "
                       "quality assure 10% of plans each quarter.",
         "Leaving Care Team Manager", D(2025, 11, 30), None, "Green", "Green",
         "Template agreed with the Forum in September; training for personal advisers booked.",
         "QA grading of pathway plans"),
        ("act", "5.2", "Agree a joint housing protocol for 16–25 year olds with Housing Services.",
         "Head of Corporate Parenting; Housing Services Manager", D(2025, 9, 30), D(2026, 3, 31),
         "Amber", "Amber",
         "Draft protocol shared. Sign-off depends on the Housing Allocations Policy review "
         "(Cabinet, February 2026).",
         "Care leavers in suitable accommodation: 89%"),
    ]
    rag_fill = {"Red": FILL["red"], "Amber": FILL["amber"], "Green": FILL["green"],
                "Blue": FILL["blue"]}
    r = 5
    for item in plan:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True, size=12, color="FFFFFF")
            ws.cell(row=r, column=1).fill = fill(FILL["navy"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        elif item[0] == "rec":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, italic=True)
            c.fill = fill(FILL["theme"])
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, action, lead, orig, rev, prev, cur, prog, impact = item
            vals = [ref, action, lead, orig, rev, prev, cur, prog, impact]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for ci, v in ((6, prev), (7, cur)):
                ws.cell(row=r, column=ci).fill = fill(rag_fill[v])
                ws.cell(row=r, column=ci).alignment = Alignment(horizontal="center",
                                                                vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Note: revised target dates were agreed by the Improvement Board on 9 July 2025 "
                  "and 8 October 2025. Original dates are retained for transparency.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    for col, w in zip("ABCDEFGHI", (7, 48, 28, 13, 13, 11, 11, 44, 32)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    rows = [
        ("Blue", "Action complete and evidence of impact reported to the Improvement Board"),
        ("Green", "On track to be delivered by the target date"),
        ("Amber", "Some slippage – revised date agreed or mitigation in place"),
        ("Red", "Off track or at risk – escalated to the Improvement Board"),
    ]
    for i, (k, v) in enumerate(rows, start=2):
        key.cell(row=i, column=1, value=k).fill = fill(rag_fill[k])
        key.cell(row=i, column=2, value=v)
    key.column_dimensions["B"].width = 80
    wb.active = 1
    wb.save(out("lq1-bath-north-east-somerset-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Nottinghamshire Youth Justice Service - HMIP improvement plan (xlsx)
# ---------------------------------------------------------------------------
def notts_yjs():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Nottinghamshire Youth Justice Service – HMIP Improvement Plan"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position reported to the Youth Justice Management Board, 24 June 2025"
    header_row(s, 4, ["RAG", "Description", "Number of actions"])
    summary = [
        ("blue", "Complete", 2),
        ("green", "On track", 4),
        ("amber", "Some slippage", 1),
        ("red", "Off track", 1),
        (None, "Not yet started", 1),
    ]
    r = 5
    for colour, desc, n in summary:
        c = s.cell(row=r, column=1, value=None)
        if colour:
            c.fill = fill(FILL[colour])
        c.border = BOX
        s.cell(row=r, column=2, value=desc).border = BOX
        s.cell(row=r, column=3, value=n).border = BOX
        r += 1
    s.cell(row=r, column=2, value="Total").font = Font(bold=True)
    s.cell(row=r, column=3, value="=SUM(C5:C9)").font = Font(bold=True)
    s.column_dimensions["B"].width = 22
    s.column_dimensions["C"].width = 18

    ws = wb.create_sheet("Improvement Plan")
    ncol = 7
    ws["A1"] = "Nottinghamshire Youth Justice Service"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Improvement Plan following the HM Inspectorate of Probation inspection of youth "
                "justice services (fieldwork September 2024, report published December 2024)")
    ws.merge_cells("A2:G2")
    ws["A3"] = ("Overall rating: Requires improvement. Plan owner: Group Manager – Youth Justice. "
                "Monitored quarterly by the Youth Justice Management Board (YJMB).")
    ws.merge_cells("A3:G3")
    header_row(ws, 5, ["HMIP recommendation", "Ref", "Action", "Owner", "Target date",
                       "Progress update (YJMB 24 June 2025)", "RAG"])
    plan = [
        ("sec", "The Head of Nottinghamshire Youth Justice Service should:"),
        ("rec", "Recommendation 1: Improve the quality of assessment and planning to keep other "
                "people safe, so that it draws on all available information, including from "
                "children’s social care and the police.", [
            ("1a", "Deliver risk of harm training to all case managers, using case examples from "
                   "the inspection.",
             "YJS Practice Development Lead", D(2025, 3, 31),
             "Two sessions delivered in February and March; 31 of 33 case managers attended.",
             "blue"),
            ("1b", "Introduce a monthly management audit of ten assessments, with findings "
                   "reported to the quality assurance sub-group.",
             "YJS Operational Managers / Quality Assurance Lead", "Ongoing – monthly audit cycle",
             "Audits running since January. 70% of assessments rated good or better in May.",
             "green"),
        ]),
        ("rec", "Recommendation 2: Make sure that children at risk of criminal exploitation are "
                "referred promptly to the Child Exploitation Panel and that information is shared "
                "with partners.", [
            ("2a", "Agree a referral pathway between the YJS and the Child Exploitation Panel and "
                   "publish it on the partnership website.",
             "Head of Service (YJS)", D(2025, 4, 30),
             "Pathway agreed by the Panel on 15 April and published.", "blue"),
            ("2b", "Second a police officer to the YJS two days per week to support intelligence "
                   "sharing.",
             "Police Inspector (Prevention)", D(2025, 9, 30),
             "Officer identified; start delayed until vetting for YJS systems is complete.",
             "amber"),
        ]),
        ("rec", "Recommendation 3: Ensure that the safety and wishes of victims inform "
                "out-of-court disposal decisions and intervention plans.", [
            ("3a", "Revise the out-of-court disposal panel terms of reference so that the "
                   "restorative justice worker presents victim views for every decision.",
             "Out of Court Disposal Panel Chair", "Q4 2024/25",
             "Terms of reference revised; victim views recorded in 9 of 10 decisions sampled.",
             "green"),
        ]),
        ("sec", "The Nottinghamshire Youth Justice Management Board should:"),
        ("rec", "Recommendation 4: Develop its understanding of the over-representation of Black "
                "and mixed heritage children in the youth justice system and take action to "
                "reduce it.", [
            ("4a", "Commission a disproportionality deep dive and present the findings and an "
                   "action plan to the Board.",
             "Chair of the Youth Justice Management Board", D(2025, 7, 31),
             "Commissioning delayed; analyst post vacant until September. Escalated to the "
             "Corporate Director.",
             "red"),
            ("4b", "Add ethnicity breakdowns to every section of the quarterly Board performance "
                   "report.",
             "YJS Information Manager", D(2025, 12, 31),
             "Not started – follows the deep dive (4a).", None),
        ]),
        ("rec", "Recommendation 5: Work with health and education partners to make sure that "
                "children leaving custody have suitable accommodation and education, training or "
                "employment in place before release.", [
            ("5a", "Agree a resettlement protocol with Children’s Social Care, Housing and the "
                   "secure estate.",
             "Head of Service (YJS) & Head of Children in Care", D(2025, 9, 30),
             "Draft protocol circulated to partners for comment.", "green"),
            ("5b", "Name an education lead and a health lead for every child in custody at least "
                   "10 working days before release.",
             "YJS Education Officer; YJS Health Practitioner", D(2025, 10, 31),
             "In place for the two children released since April.", "green"),
        ]),
    ]
    r = 6
    for item in plan:
        if item[0] == "sec":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(FILL["navy"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            continue
        _, rec, acts = item
        first = r
        for ref, action, owner, target, prog, rag in acts:
            vals = [None, ref, action, owner, target, prog, None]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=7).fill = fill(FILL[rag])
            r += 1
        c = ws.cell(row=first, column=1, value=rec)
        c.alignment = WRAP
        c.fill = fill(FILL["rec"])
        c.font = Font(bold=True)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFG", (42, 6, 50, 28, 16, 46, 8)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "B6"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key (colour only in the plan)"
    key["A1"].font = Font(bold=True)
    for i, (colour, text) in enumerate([
        ("blue", "Complete – evidence provided to YJMB"),
        ("green", "On track"),
        ("amber", "Some slippage – within tolerance"),
        ("red", "Off track – escalated"),
        (None, "No colour – not yet started"),
    ], start=2):
        c = key.cell(row=i, column=1)
        if colour:
            c.fill = fill(FILL[colour])
        c.border = BOX
        key.cell(row=i, column=2, value=text)
    key.column_dimensions["B"].width = 40
    wb.save(out("lq1-nottinghamshire-youth-justice-service-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. London Borough of Sutton - children's home Ofsted action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def sutton_home():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "London Borough of Sutton – People Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Ofsted inspection action plan: Cedar Lodge short breaks children’s home "
                "(URN SC481206)")
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Full inspection 13 May 2025 – overall experiences and progress of children: "
                "Requires improvement to be good")
    ws["A4"] = "Registered Manager: A. Mensah    Responsible Individual: Head of Disabled Children’s Service"
    header_row(ws, 6, ["Type", "No.", "Regulation / Guide", "Requirement or recommendation",
                       "Ofsted due date", "Action", "Responsible", "Target", "Status"])
    rows = [
        ("Requirement", "1", "Reg 12 (protection of children standard)",
         "The registered person must ensure that each child’s risk assessment is updated after "
         "any incident involving restraint.", D(2025, 6, 30),
         [("Review and update each child’s risk assessment after every incident of restrictive "
           "intervention.", "Registered Manager", "Jun-25", "Complete"),
          ("Introduce a weekly manager check of incident records and risk assessments.",
           "Deputy Manager", "Jul-25", "Complete")]),
        ("Requirement", "2", "Reg 13 (leadership and management standard)",
         "The registered person must ensure that staff receive regular, recorded supervision.",
         D(2025, 7, 31),
         [("Complete supervision for all staff at least monthly and record it on the "
           "supervision tracker.", "Registered Manager", "Jul-25", "On track")]),
        ("Requirement", "3", "Reg 44 (independent person)",
         "The registered person must ensure that the independent person’s monthly reports are "
         "sent to HMCI within the required timescale.", D(2025, 7, 31),
         [("Agree a monthly visit schedule with the independent visitor and log the date each "
           "report is sent to Ofsted.", "Responsible Individual", "Aug-25", "On track")]),
        ("Recommendation", "1", "Guide para 9.59",
         "Staff should be trained so that de-escalation is used before any physical "
         "intervention.", None,
         [("Refresh physical intervention training for all staff.", "Training Coordinator",
           "Sep-25", "In progress")]),
        ("Recommendation", "2", "Guide para 9.7",
         "The location risk assessment should be reviewed with local partners.", None,
         [("Update the home’s location risk assessment with the Safer Neighbourhood Team.",
           "Registered Manager", "0ct-25", "Not started")]),
        ("Recommendation", "3", "Guide para 6.6",
         "Each child’s communication needs should be clearly recorded.", None,
         [("Develop a communication passport for each child with speech and language therapy "
           "input.", "Deputy Manager / SALT", "Dec-25", "Not started")]),
    ]
    r = 7
    typo_row = None
    for typ, no, reg, text, due, acts in rows:
        first = r
        for action, resp, target, status in acts:
            if target.startswith("0"):
                typo_row = r
            vals = [typ, no, reg, text, due, action, resp, target, status]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=ci, value=v if (r == first or ci > 5) else None)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            r += 1
        if r - 1 > first:
            for ci in range(1, 6):
                ws.merge_cells(start_row=first, start_column=ci, end_row=r - 1, end_column=ci)
    r += 1
    ws.cell(row=r, column=1, value="Plan reviewed monthly by the Responsible Individual. "
                                   "Next review: 26 September 2025.")
    for col, w in zip("ABCDEFGHI", (15, 5, 22, 44, 12, 46, 22, 10, 12)):
        ws.column_dimensions[col].width = w
    wb.save(out("lq1-sutton-council-childrens-home-ofsted-action-plan-typo-month-refuse.xlsx"))
    return typo_row  # sheet row of the mistyped target month (0ct-25)


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcode):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcode)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None, color=None):
    """Write text; inner \n become separate paragraphs (as typed in Word)."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Norfolk Safeguarding Children Partnership - JTAI action plan (docx)
# ---------------------------------------------------------------------------
def norfolk_jtai():
    doc = docx.Document()
    landscape(doc)
    doc.add_paragraph("Norfolk Safeguarding Children Partnership: Joint Targeted Area Inspection "
                      "Action Plan", style="Title")
    doc.add_paragraph("The multi-agency response to children and families who need help – "
                      "inspection fieldwork 17 to 21 March 2025; inspection letter published "
                      "8 May 2025", style="Subtitle")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_text(c, h, bold=True)
    for v in [("0.4", "12/05/2025", "NSCP Business Manager", "Draft to safeguarding partners"),
              ("1.0", "02/06/2025", "NSCP Business Manager", "Agreed by NSCP Executive"),
              ("1.2", "30/09/2025", "NSCP Business Manager", "Q2 progress update")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            set_text(c, x)
    doc.add_paragraph("")
    doc.add_paragraph(
        "The three statutory safeguarding partners – Norfolk County Council, Norfolk "
        "Constabulary and NHS Norfolk and Waveney Integrated Care Board – are jointly "
        "accountable for this plan. Progress is reported to the NSCP Executive each quarter. "
        "The actions below respond to the three areas for improvement in the inspection letter.")
    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, text, colour in [("B", "Complete – evidence of impact seen", FILL["blue"]),
                               ("G", "On track", FILL["green"]),
                               ("A", "Some delay – remedial action in place", FILL["amber"]),
                               ("R", "Off track – escalate to NSCP Executive", FILL["red"])]:
        cells = k.add_row().cells
        set_text(cells[0], code, bold=True)
        shade(cells[0], colour)
        set_text(cells[1], text)
    doc.add_paragraph("")
    headers = ["Ref", "Action", "Lead", "Timescale", "Progress update (September 2025)", "RAG"]
    afis = [
        ("Area for improvement 1: The consistency with which partner agencies recognise when "
         "children and families need early help and take on the lead professional role, rather "
         "than referring on to the local authority.", [
            ("1.1", "Relaunch the Norfolk Threshold Guide with a briefing programme for schools, "
                    "GP practices and police neighbourhood teams.",
             "NSCP Business Manager", "September 2025",
             "14 briefings delivered to 612 practitioners. Evaluation shows increased confidence "
             "in using the guide.", "B"),
            ("1.2", "Set a target for the proportion of early help assessments led by partner "
                    "agencies and report it quarterly to the NSCP Executive.\n"
                    "Baseline: 38% (March 2025).",
             "Head of Early Help and Prevention (NCC)", "Q3 2025/26",
             "Quarterly report in place from Q1. Partner-led assessments at 41% in Q2.", "G"),
            ("1.3", "Provide lead professional supervision sessions for school designated "
                    "safeguarding leads through the Family Hubs.",
             "Family Hubs Locality Managers", "March 2026",
             "Running in 3 of 7 localities. Roll-out to the remaining localities delayed by "
             "staffing.", "A"),
        ]),
        ("Area for improvement 2: Information sharing by health practitioners, particularly "
         "midwives, health visitors and GPs, when they identify emerging concerns about "
         "children.", [
            ("2.1", "Add an early help prompt to the maternity booking and 28-week contact "
                    "templates.",
             "Head of Midwifery (NNUH); Designated Nurse for Safeguarding Children (ICB)",
             "31/08/2025", "Template changes made at all three acute trusts.", "B"),
            ("2.2", "Audit GP practice use of the early help referral route and share findings "
                    "through the Primary Care Safeguarding Forum.",
             "Named GP for Safeguarding Children (ICB)", "December 2025",
             "Audit tool agreed. Data collection started in September.", "G"),
        ]),
        ("Area for improvement 3: The partnership’s understanding of the impact of early help on "
         "children’s lives, including through multi-agency audit and feedback from families.", [
            ("3.1", "Undertake a multi-agency audit of 30 early help cases with a focus on "
                    "outcomes for children.",
             "Chair of the NSCP Quality Assurance Group", "November 2025",
             "Audit moved from September to allow ICB auditors to be trained.", "A"),
            ("3.2", "Develop a family feedback survey for early help and report themes to the "
                    "NSCP Executive every six months.",
             "Head of Early Help and Prevention (NCC) & NSCP Business Manager", "Ongoing",
             "Survey design not started; awaiting the new Participation Officer.", "R"),
            ("3.3", "Include early help measures in the NSCP multi-agency dataset.",
             "NSCP Performance Analyst", "January 2026", "Not yet due.", ""),
        ]),
    ]
    rag_col = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    widths = [Cm(1.4), Cm(8.5), Cm(5.0), Cm(2.8), Cm(7.0), Cm(1.3)]
    for afi, acts in afis:
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_text(top, afi, bold=True)
        shade(top, "D9E2F3")
        for c, h in zip(t.rows[1].cells, headers):
            set_text(c, h, bold=True)
            shade(c, "F2F2F2")
        for ref, action, lead, when, prog, rag in acts:
            cells = t.add_row().cells
            for c, x in zip(cells, [ref, action, lead, when, prog, rag]):
                set_text(c, x)
            if rag:
                shade(cells[5], rag_col[rag])
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the safeguarding partners: Executive Director of "
                      "Children’s Services (NCC); Assistant Chief Constable (Norfolk "
                      "Constabulary); Chief Nursing Officer (NHS Norfolk and Waveney ICB).")
    doc.save(out("lq1-norfolk-safeguarding-children-partnership-jtai-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Thurrock Council - corporate parenting action plan (docx)
# ---------------------------------------------------------------------------
def thurrock_cp():
    doc = docx.Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Thurrock Council – Corporate Parenting Action Plan 2025/26", style="Title")
    doc.add_paragraph("Delivering our Corporate Parenting Strategy 2024–2027. "
                      "Update to the Corporate Parenting Committee, 20 January 2026.")
    doc.add_paragraph(
        "This plan was written with the Children in Care Council and the Care Leavers’ Forum. "
        "Each priority uses the words young people chose for our promises to them.")
    doc.add_paragraph(
        "Status key: Complete – action delivered; On track – progressing to timescale (green); "
        "Some delay – behind timescale but expected to recover (amber); Off track – needs the "
        "Committee’s attention (red); Not started – due to start later in the year.")
    headers = ["No.", "What we will do", "Lead(s)", "By when", "How we will know",
               "Update January 2026", "Status"]
    plan = [
        ("Priority 1: You will be listened to and involved in decisions about your life", [
            ("1.1", "Refresh the Pledge with the Children in Care Council and publish a "
                    "young-person-friendly version.",
             "Participation and Engagement Manager", "September 2025",
             "Pledge published; CiCC members say it reflects their views",
             "Refreshed Pledge launched at the Celebration Event on 26 September 2025.",
             "Complete"),
            ("1.2", "Young people from the Children in Care Council to co-chair one Corporate "
                    "Parenting Committee meeting each quarter.",
             "Chair of Corporate Parenting Committee / Participation and Engagement Manager",
             "Ongoing", "Minutes show young people co-chairing",
             "Young people co-chaired the October and January meetings.", "On track"),
        ]),
        ("Priority 2: You will live in a safe, stable home that is right for you", [
            ("2.1", "Increase the number of Thurrock foster carers by 12 (net) through the "
                    "Fostering Recruitment Plan.",
             "Fostering and Adoption Service Manager", "March 2026",
             "Net gain of 12 fostering households",
             "Net gain of 5 so far; 4 assessments due at panel by March.", "Some delay"),
            ("2.2", "Open a second Staying Close property for young people leaving residential "
                    "care.",
             "Head of Corporate Parenting and Permanence", "Q3 2025/26",
             "Property open and occupied",
             "Property opened 3 November 2025; two young people living there.", "Complete"),
        ]),
        ("Priority 3: You will be healthy and have support for your emotional wellbeing", [
            ("3.1", "Make sure Initial Health Assessments are completed within 20 working days of "
                    "a child coming into care.",
             "Designated Nurse for Children Looked After (MSE ICB)", "31/12/2025",
             "85% of IHAs within 20 working days",
             "52% within timescale in Q2. Escalated to the ICB Quality Committee.", "Off track"),
            ("3.2", "Commission an emotional wellbeing service for care leavers aged 18 to 25.",
             "Strategic Lead for Commissioning", "June 2026",
             "Service commissioned; referrals from personal advisers",
             "Market engagement planned for February 2026.", "Not started"),
        ]),
        ("Priority 4: You will be supported to do well in education, employment and training", [
            ("4.1", "Every child in care to have a high-quality Personal Education Plan reviewed "
                    "each term.",
             "Virtual School Headteacher", "Termly",
             "95% of PEPs in date and rated good or better",
             "Autumn term: 96% in date; 88% rated good or better.", "On track"),
            ("4.2", "Offer every care leaver aged 16 to 21 an apprenticeship or work experience "
                    "placement with the council or a partner.",
             "Head of Corporate Parenting and Permanence & HR Business Partner",
             "Summer term 2026", "Number of care leavers taking up an offer",
             "11 placements offered; 7 taken up.", "On track"),
        ]),
        ("Priority 5: You will be ready for adult life", [
            ("5.1", "Agree a care leaver housing protocol giving care leavers priority banding "
                    "up to age 25.",
             "Strategic Lead – Housing Solutions", "31/07/2025",
             "Protocol signed; no care leaver placed in B&B",
             "Protocol agreed by Cabinet in July 2025.", "Complete"),
            ("5.2", "Extend the council tax exemption to Thurrock care leavers living outside "
                    "the borough.",
             "Council Tax and Benefits Manager", "April 2026",
             "Exemption in place from 1 April 2026",
             "Included in the 2026/27 Council Tax Support scheme report.", "On track"),
        ]),
    ]
    status_fill = {"Complete": FILL["blue"], "On track": FILL["green"],
                   "Some delay": FILL["amber"], "Off track": FILL["red"]}
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        set_text(c, h, bold=True, color="FFFFFF")
        shade(c, "7030A0")
    for pri, acts in plan:
        row = t.add_row().cells
        m = row[0].merge(row[6])
        set_text(m, pri, bold=True)
        shade(m, "E4DFEC")
        for a in acts:
            cells = t.add_row().cells
            for c, x in zip(cells, a):
                set_text(c, x)
            if a[6] in status_fill:
                shade(cells[6], status_fill[a[6]])
    widths = [Cm(1.2), Cm(6.2), Cm(4.4), Cm(2.6), Cm(4.2), Cm(5.6), Cm(2.2)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph("")
    doc.add_paragraph("Actions marked Complete will be removed from the next update. "
                      "Contact: Corporate Parenting Service, Thurrock Council.")
    doc.save(out("lq1-thurrock-council-corporate-parenting-committee-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Bromley - early help partnership strategy action plan (csv)
# ---------------------------------------------------------------------------
def bromley_eh():
    n = 9
    rows = [
        ["Bromley Early Help Strategy 2024-2027 - Partnership Action Plan"] + [""] * (n - 1),
        ["Progress update for the Early Help Partnership Board - 15 October 2025"] + [""] * (n - 1),
        [""] * n,
        ["Priority", "Ref", "Action", "Lead", "Partners", "Start", "Due", "Progress update", "RAG"],
        ["Priority 1: Right help at the right time", "1.1",
         "Review the Bromley Threshold Document with partners and relaunch it alongside the "
         "Early Help Partner Portal.",
         "Head of Early Intervention and Family Support", "BSCP; schools; health; police",
         "Apr-24", "Sep-25",
         "Relaunched 9 September 2025. 3 briefing webinars held, 410 attendees.", "Complete"],
        ["", "1.2",
         "Launch an online Request for Support form for partners.\n"
         "Phase 2 to add self-service status checks for schools.",
         "Early Help Hub Manager", "IT; Bromley Education Matters", "Jun-24", "Mar-26",
         "Phase 1 live. Phase 2 delayed by the supplier, testing with schools in January.", "A"],
        ["", "1.3",
         "Introduce a weekly step-down panel between Children's Social Care and Early Help.",
         "Head of Early Intervention and Family Support / Head of Referral and Assessment",
         "CSC", "Sep-24", "Dec-24", "Panel meeting weekly since November 2024.", "Complete"],
        ["Priority 2: Family Hubs and Start for Life", "2.1",
         "Open Family Hub sites in Penge and Orpington with a consistent core offer.",
         "Family Hubs Lead", "Bromley Healthcare; Library Service; VCS", "Apr-24", "Jul-25",
         "Penge open. Orpington delayed by building works; no opening date yet.", "R"],
        ["", "2.2",
         "Publish the Start for Life offer online and in print in the six most spoken community "
         "languages.",
         "Family Hubs Lead & Public Health Consultant (Children)", "Public Health; Maternity",
         "Jan-25", "30/11/2025", "Translation commissioned, proofs due November.", "G"],
        ["", "2.3",
         "Embed perinatal mental health and infant feeding support in all Family Hub sites.",
         "Public Health Consultant (Children)", "Oxleas; Bromley Healthcare", "Apr-25",
         "Ongoing", "", "G"],
        ["Priority 3: A skilled and confident early help workforce", "3.1",
         "Deliver the multi-agency early help training programme to at least 300 practitioners "
         "each year.",
         "Workforce Development Lead", "BSCP", "Apr-24", "Mar-26",
         "214 trained Apr-Sep 2025,\non track for 300.", "G"],
        ["", "3.2", "Introduce group supervision for lead professionals in schools.",
         "Early Help Locality Managers", "Schools", "Sep-25", "Jul-26",
         "Pilot schools being identified.", "Not started"],
        ["Priority 4: Knowing the difference we make", "4.1",
         "Publish a quarterly early help performance dashboard for the Partnership Board.",
         "Performance and Insight Manager", "All partners", "Apr-24", "Q1 2025/26",
         "Dashboard in place since June 2025.", "Complete"],
        ["", "4.2",
         "Complete a multi-agency audit of 25 early help episodes closed with needs met.",
         "Head of Quality Assurance (Children's Services)", "BSCP Quality Assurance Subgroup",
         "Oct-25", "Feb-26", "", ""],
        [""] * n,
        ["RAG: G = on track, A = some slippage, R = off track or at risk, Complete = delivered"]
        + [""] * (n - 1),
    ]
    with open(out("lq1-bromley-early-help-partnership-strategy-action-plan.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. City of London local area partnership - SEND inspection action plan (txt)
# ---------------------------------------------------------------------------
def city_send():
    T = "\t"
    lines = [
        "City of London Local Area Partnership – Area SEND Inspection Action Plan",
        "Special educational needs and disabilities (SEND) and alternative provision",
        "Inspection: 29 September to 3 October 2025 (report published 1 December 2025). "
        "Outcome: the local area partnership’s arrangements typically lead to positive "
        "experiences and outcomes for children and young people with SEND.",
        "Version 1.1 – updated for the SEND and AP Partnership Board, 24 February 2026",
        "",
        T.join(["Ref", "Action", "Lead", "Partners", "Timescale", "Status"]),
        "",
        "Area for improvement 1: Leaders should make sure that the local offer is well known by "
        "families and practitioners, so that children and young people and their families know "
        "what support is available and how to access it.",
        T.join(["1.1", "Co-produce a redesign of the SEND Local Offer pages with the City Parent "
                "Carer Forum, including a “what’s on this term” summary.",
                "SEND and Inclusion Lead", "City Parent Carer Forum; Family Information Service",
                "Summer term 2026", "Green"]),
        T.join(["1.2", "Send a termly Local Offer bulletin to all families of children with an EHC "
                "plan or receiving SEN support.",
                "Family Information Service Manager", "Schools; early years settings", "Termly",
                "Green"]),
        "",
        "Area for improvement 2: Leaders should improve communication with families during "
        "education, health and care needs assessments and annual reviews.",
        T.join(["2.1", "Give every family a named EHC coordinator from the start of a needs "
                "assessment and at each annual review.",
                "SEND Service Manager", "SENDIASS", "April 2026", "Complete"]),
        T.join(["2.2", "Publish EHC plan and annual review timeliness data on the Local Offer each "
                "quarter.",
                "SEND Service Manager / Performance Officer", "NEL ICB", "30/06/2026",
                "Not started"]),
        "",
        "Area for improvement 3: Leaders should strengthen planning for adulthood so that young "
        "people with SEND and their families know what to expect from age 14.",
        T.join(["3.1", "Hold a preparing for adulthood review for every young person with an EHC "
                "plan from Year 9, with adult social care and health present where needed.",
                "Head of Children’s Social Care and Early Help & Designated Clinical Officer "
                "(NEL ICB)",
                "Adult Social Care; schools and colleges", "September 2026", "Amber"]),
        T.join(["3.2", "Agree a transition protocol between children’s and adult social care and "
                "health services for young people aged 14 to 25.",
                "Service Manager – Adult Social Care", "NEL ICB; Homerton Healthcare",
                "December 2026", "Green"]),
        "",
        "Area for improvement 4: Leaders should strengthen their oversight of the quality of "
        "alternative provision commissioned outside the City.",
        T.join(["4.1", "Carry out a quality assurance visit to every alternative provision used by "
                "the City at least twice a year.",
                "Head of Education and Early Years", "Host boroughs", "Ongoing", "Green"]),
        T.join(["4.2", "Agree an alternative provision commissioning framework with neighbouring "
                "boroughs.",
                "Head of Education and Early Years", "London Borough of Hackney; "
                "London Borough of Islington", "March 2026", "Amber"]),
        "",
        "Notes:",
        "Status is shown as Complete, Green (on track), Amber (at risk) or Red (off track). "
        "Actions that are not yet due show Not started.",
        "Progress is reported to the SEND and AP Partnership Board each term and to the "
        "Community and Children’s Services Committee twice a year.",
    ]
    with open(out("lq1-city-of-london-local-area-send-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    banes_ilacs()
    notts_yjs()
    row = sutton_home()
    norfolk_jtai()
    thurrock_cp()
    bromley_eh()
    city_send()
    print("built seven files; Sutton typo month on sheet row", row)
