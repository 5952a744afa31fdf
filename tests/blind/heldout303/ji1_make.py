"""Build the seven ji1- data files of set heldout303 (children's services plans).

Run with: /work/main/.venv/bin/python ji1_make.py
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
WHITE_BOLD = Font(bold=True, color="FFFFFF")

RAG_FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
}


def fill(hex_):
    return PatternFill("solid", fgColor=hex_)


def d(y, m, day=1):
    return datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. County Durham SEND priority action plan (xlsx, read)
# ---------------------------------------------------------------------------
def durham_send():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "County Durham SEND Priority Action Plan 2025–2027"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "County Durham Local Area SEND Partnership (Durham County Council and NHS North East and North Cumbria ICB)"
    cov["A4"] = "Area SEND inspection:"
    cov["B4"] = "10 – 14 March 2025"
    cov["A5"] = "Report published:"
    cov["B5"] = "25 April 2025"
    cov["A6"] = "Inspection outcome:"
    cov["B6"] = "Widespread and/or systemic failings (outcome 3)"
    cov["A8"] = "Document control"
    cov["A8"].font = BOLD
    hdr = ["Version", "Date", "Author", "Changes"]
    for c, h in enumerate(hdr, 1):
        cell = cov.cell(row=9, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
    rows = [
        ("0.3", "02/06/2025", "SEND Improvement Lead", "Draft for DfE and NHS England review"),
        ("1.0", "16/06/2025", "SEND Improvement Lead", "Approved by SEND Strategic Partnership Board"),
        ("1.2", "29/09/2025", "SEND Improvement Lead", "Quarter 2 progress update"),
    ]
    for r, row in enumerate(rows, 10):
        for c, v in enumerate(row, 1):
            cov.cell(row=r, column=c, value=v).border = BOX
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 46

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG rating key"
    key["A1"].font = BOLD
    keyrows = [
        ("B", "Blue", "Action complete and evidence of impact"),
        ("G", "Green", "On track to deliver by the completion date"),
        ("A", "Amber", "Some slippage; revised date agreed by the SEND Improvement Board"),
        ("R", "Red", "Off track or significant risk to delivery"),
    ]
    for r, (k, name, desc) in enumerate(keyrows, 3):
        key.cell(row=r, column=1, value=k).fill = RAG_FILL[k]
        key.cell(row=r, column=2, value=name)
        key.cell(row=r, column=3, value=desc)
    key.column_dimensions["C"].width = 70

    ws = wb.create_sheet("PAP")
    ws["A1"] = "County Durham SEND Priority Action Plan 2025–2027"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress update: Quarter 2 2025/26 (to 30 September 2025)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    headers = ["Ref", "Action", "Lead(s)", "Start", "Original completion date",
               "Revised completion date", "Previous RAG (Q1)", "Current RAG (Q2)",
               "Progress update / evidence of impact"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = WHITE_BOLD
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    widths = [7, 60, 32, 10, 14, 14, 11, 11, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    plan = [
        ("section", "Section A: Areas for priority action"),
        ("head", "Area for priority action 1: Leaders across education, health and care should urgently improve the timeliness and quality of EHC needs assessments and plans, so that children and young people's needs are identified and met without delay."),
        ("act", "1.1", "Recruit an additional 8 EHC coordinators and 4 educational psychologists to clear the assessment backlog, with a weekly backlog tracker reported to the SEND Improvement Board.",
         "Head of SEND and Inclusion", d(2025, 6), d(2025, 12), d(2026, 3), "A", "A",
         "6 of 8 EHC coordinators in post; 2 educational psychologists recruited.\nBacklog reduced from 412 to 287 assessments. Revised date agreed at September Board."),
        ("act", "1.2", "Introduce a multi-agency EHC quality assurance framework, including monthly moderation panels with health and social care advice writers.",
         "Principal Educational Psychologist; Designated Clinical Officer", d(2025, 7), d(2025, 10), None, "G", "B",
         "Framework signed off 8 October 2025. First two moderation panels held; 38% of plans sampled judged good (baseline 21%)."),
        ("act", "1.3", "Set a service standard that health advice is returned within 6 weeks and monitor compliance through the ICB SEND dashboard.",
         "ICB Director of Nursing (Durham Place)", d(2025, 6), d(2025, 9), d(2026, 1), "R", "A",
         "Compliance 64% in August (baseline 41%). Community paediatrics capacity remains the main risk."),
        ("head", "Area for priority action 2: Leaders should work together to reduce waiting times for neurodevelopmental assessments and provide support for children and families while they wait."),
        ("act", "2.1", "Commission additional autism and ADHD assessment capacity through an independent provider to reduce the longest waits (over 104 weeks).",
         "ICB Head of Children's Commissioning", d(2025, 8), d(2026, 3), None, "G", "G",
         "Contract awarded; first 120 assessments booked for October and November."),
        ("act", "2.2", "Launch a 'waiting well' offer for families, co-produced with the parent carer forum, including drop-in sessions at family hubs.",
         "Family Hubs Strategic Manager / Parent Carer Forum Chair", d(2025, 7), d(2025, 11), None, "A", "G",
         "Drop-ins running in 6 of 15 family hubs. Online resource pack published on the Local Offer."),
        ("section", "Section B: Areas for improvement"),
        ("head", "Area for improvement 1: Leaders should improve the quality and timeliness of annual reviews, so that EHC plans are kept up to date at key points of transition."),
        ("act", "3.1", "Deliver a phase transfer annual review programme so that all Year 6 and Year 11 EHC plans are amended by 15 February 2026.",
         "SEND Casework Manager", d(2025, 9), d(2026, 2), None, None, "G",
         "New action from Q2. Review schedule issued to all schools."),
        ("act", "3.2", "Provide training for SENCOs on person-centred annual reviews.",
         "SEND Inclusion Support Service Manager", d(2025, 9), "Termly", None, None, "G",
         "Autumn term sessions delivered to 84 SENCOs."),
        ("head", "Area for improvement 2: Leaders should strengthen how the voices of children and young people with SEND shape strategic planning."),
        ("act", "4.1", "Establish a SEND Youth Forum and report its feedback to each SEND Strategic Partnership Board.",
         "Participation and Engagement Lead", d(2025, 7), d(2025, 12), None, "A", "R",
         "Post vacant since August; recruitment under way. Risk escalated to the Board."),
    ]
    r = 5
    for item in plan:
        if item[0] == "section":
            ws.cell(row=r, column=1, value=item[1]).font = WHITE_BOLD
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = fill("2F5496")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        elif item[0] == "head":
            cell = ws.cell(row=r, column=1, value=item[1])
            cell.font = BOLD
            cell.alignment = WRAP
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, text, lead, start, orig, rev, prev, cur, upd = item
            vals = [ref, text, lead, start, orig, rev, prev, cur, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, datetime):
                    cell.number_format = "mmm-yy"
            for c, v in ((7, prev), (8, cur)):
                if v:
                    ws.cell(row=r, column=c).fill = RAG_FILL[v]
                    ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG (Q2)").font = BOLD
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    summary = [("Blue", 1, "B"), ("Green", 4, "G"), ("Amber", 2, "A"), ("Red", 1, "R"), ("Total", 8, None)]
    for name, n, k in summary:
        r += 1
        ws.cell(row=r, column=1, value=name)
        ws.cell(row=r, column=2, value=n)
        if k:
            ws.cell(row=r, column=1).fill = RAG_FILL[k]
    r += 2
    ws.cell(row=r, column=1, value="Note: progress is reviewed monthly by the SEND Improvement Board and quarterly by the Department for Education and NHS England.")
    ws.freeze_panes = "C5"
    wb.save(os.path.join(HERE, "ji1-county-durham-send-local-area-partnership-priority-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. North Lincolnshire YJS HMIP improvement plan (xlsx, refuse: Febuary)
# ---------------------------------------------------------------------------
def north_lincs_yjs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "North Lincolnshire Youth Justice Partnership – Post-Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "HM Inspectorate of Probation inspection of youth justice services (fieldwork June 2025). Overall rating: Requires improvement"
    ws.merge_cells("A2:H2")
    ws["A3"] = "Plan owner: Chair, Youth Justice Partnership Board    Last updated: 03/11/2025"
    ws.merge_cells("A3:H3")
    headers = ["Rec No.", "HMIP recommendation", "Action No.", "Action", "Lead", "Target date", "RAG", "Progress"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = WHITE_BOLD
        cell.fill = fill("385723")
        cell.border = BOX
        cell.alignment = WRAP
    for i, w in enumerate([7, 48, 8, 55, 30, 15, 10, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    recs = [
        ("1", "The Youth Justice Partnership Board should make sure that board members understand the needs of children known to the service and use this to hold partners to account.", [
            ("1.1", "Deliver a board development session on the profile of children open to the service, including disproportionality data.", "Head of Youth Justice", "September 2025", "Complete", "Session held 18/09/2025; slides circulated to absent members."),
            ("1.2", "Introduce a quarterly partner performance report, with each agency reporting against agreed measures.", "YJ Performance and Information Officer", "December 2025", "Green", "Template agreed; first report due at December Board."),
        ]),
        ("2", "The Head of Service should improve the quality of assessment and planning for keeping other people safe.", [
            ("2.1", "Refresh risk of serious harm training for all case managers and embed reflective case discussion in supervision.", "Operational Manager; Practice Development Lead", "January 2026", "Amber", "Training booked for November and December; two staff on long-term sickness."),
            ("2.2", "Complete monthly thematic audits of AssetPlus risk sections and report learning to the practice forum.", "Operational Manager", "Febuary 2026", "Green", "Audits completed for August, September and October."),
            ("2.3", "Introduce a risk and safety panel for all children assessed as high or very high risk of serious harm.", "Head of Youth Justice", "October 2025", "Complete", "Panel meeting fortnightly since 6 October."),
        ]),
        ("3", "The Youth Justice Partnership Board should make sure that children receive timely access to speech and language, and emotional and mental health support.", [
            ("3.1", "Agree a service level agreement with the NHS trust for a speech and language therapist seconded to the service for 3 days a week.", "ICB Designated Nurse (Children)", "March 2026", "Red", "Funding not yet agreed; escalated to the Board chair."),
            ("3.2", "Screen every child on entry to the service using the speech, language and communication screening tool.", "Youth Justice Nurse", "November 2025", "Green", "Screening in place for new starters from 1 October."),
        ]),
    ]
    r = 6
    for rec_no, rec_text, actions in recs:
        first = r
        for ref, text, lead, date, rag, prog in actions:
            vals = [None, None, ref, text, lead, date, rag, prog]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            colour = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}[rag]
            ws.cell(row=r, column=7).fill = RAG_FILL[colour]
            r += 1
        ws.cell(row=first, column=1, value=rec_no).alignment = WRAP
        ws.cell(row=first, column=2, value=rec_text).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete = action delivered; Green = on track; Amber = at risk; Red = off track")

    vc = wb.create_sheet("Version control")
    for c, h in enumerate(["Version", "Date", "Summary of changes", "Agreed by"], 1):
        vc.cell(row=1, column=c, value=h).font = BOLD
    vc.append(["1.0", "29/08/2025", "Plan submitted to HMI Probation", "Youth Justice Partnership Board"])
    vc.append(["1.1", "03/11/2025", "Progress update for November Board", "Head of Youth Justice"])
    vc.column_dimensions["C"].width = 40
    vc.column_dimensions["D"].width = 32
    wb.save(os.path.join(HERE, "ji1-north-lincolnshire-youth-justice-service-hmip-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Redbridge ILACS improvement plan (xlsx, read; fill-only RAG, sheet per theme)
# ---------------------------------------------------------------------------
def redbridge_ilacs():
    title = "Redbridge Children's Services – ILACS Improvement Plan 2025/26"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Inspection of local authority children's services, 13 – 24 January 2025. Position at 30 September 2025."
    hdr = ["Theme", "Actions", "Complete", "On track", "Some slippage", "Off track", "Not started"]
    for c, h in enumerate(hdr, 1):
        cell = sm.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
    for c, k in ((3, "B"), (4, "G"), (5, "A"), (6, "R")):
        sm.cell(row=4, column=c).fill = RAG_FILL[k]
    srows = [
        ("Theme 1: Help and protection", 3, 1, 1, 1, 0, 0),
        ("Theme 2: Children in care", 2, 0, 1, 0, 1, 0),
        ("Theme 3: Care leavers", 2, 0, 1, 0, 0, 1),
        ("Total", 7, 1, 3, 1, 1, 1),
    ]
    for r, row in enumerate(srows, 5):
        for c, v in enumerate(row, 1):
            sm.cell(row=r, column=c, value=v).border = BOX
    sm["A10"] = "RAG is shown by cell colour on each theme sheet: Blue = complete, Green = on track, Amber = some slippage, Red = off track, no colour = not started."
    sm.column_dimensions["A"].width = 34

    themes = [
        ("1 Help & Protection", "Theme 1: Help and protection", [
            ("The quality and timeliness of return home interviews for children who go missing, and how the information is used to reduce risk.", [
                ("1a", "Bring return home interviews in-house and set a standard that every interview is offered within 72 hours.", "Aisha Rahman\nTom Whitfield", d(2025, 7, 31), "B",
                 "Completed. Team of 3 RHI workers in post from 1 July; 81% offered within 72 hours in September."),
                ("1b", "Add missing episodes and RHI themes to the weekly exploitation (MACE) panel so that disruption plans are updated.", "Tom Whitfield", d(2025, 12, 19), "G",
                 "Standing agenda item from October; disruption activity logged for 14 children."),
            ]),
            ("Management oversight and supervision in the children with disabilities team.", [
                ("1c", "Complete a deep-dive audit of all open children with disabilities cases and put in place monthly supervision recorded on Liquidlogic.", "Grace Mensah", d(2025, 11, 28), "A",
                 "Audit 70% complete. Team manager vacancy has slowed progress."),
            ]),
        ]),
        ("2 Children in Care", "Theme 2: Children in care", [
            ("The sufficiency of local homes, so that more children in care can live close to their families, schools and communities.", [
                ("2a", "Recruit 25 new fostering households through the North East London fostering hub.", "Head of Corporate Parenting", d(2026, 3, 31), "G",
                 "9 households approved; 11 in assessment."),
                ("2b", "Open a two-bed children's home in the borough for children returning from out-of-area placements.", "Head of Commissioning\nHead of Corporate Parenting", d(2026, 1, 30), "R",
                 "Property purchase delayed by planning appeal. New opening date under review."),
            ]),
        ]),
        ("3 Care Leavers", "Theme 3: Care leavers", [
            ("The range of suitable accommodation for care leavers, and the timeliness of pathway plans.", [
                ("3a", "Agree a joint housing protocol with the Housing Needs service, with a quarterly care leaver accommodation panel.", "Daniel Okoro\nSarah Lindqvist", "Ongoing – reviewed quarterly", "G",
                 "Protocol agreed in August; panel meets quarterly."),
                ("3b", "Audit pathway plans for all care leavers aged 18 to 21 and update any that are older than six months.", "Leaving Care Team Manager", d(2026, 2, 27), None,
                 "Due to start in November 2025."),
            ]),
        ]),
    ]
    for sheet_name, theme, recs in themes:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:F1")
        ws["A2"] = theme
        ws["A2"].font = Font(bold=True, size=12, color="7030A0")
        ws.merge_cells("A2:F2")
        for i, w in enumerate([7, 60, 26, 14, 8, 55], 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        r = 4
        for rec, actions in recs:
            ws.cell(row=r, column=1, value="What needs to improve:").font = Font(italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            cell = ws.cell(row=r, column=1, value=rec)
            cell.font = BOLD
            cell.alignment = WRAP
            for c in range(1, 7):
                ws.cell(row=r, column=c).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 30
            r += 1
            for c, h in enumerate(["Ref", "Action", "Lead(s)", "Target date", "RAG", "Update (September 2025)"], 1):
                cell = ws.cell(row=r, column=c, value=h)
                cell.font = BOLD
                cell.border = BOX
            r += 1
            for ref, text, lead, date, rag, upd in actions:
                for c, v in enumerate([ref, text, lead, date, None, upd], 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, datetime):
                        cell.number_format = "dd/mm/yyyy"
                if rag:
                    ws.cell(row=r, column=5).fill = RAG_FILL[rag]
                r += 1
            r += 1
    wb.save(os.path.join(HERE, "ji1-london-borough-of-redbridge-ilacs-improvement-plan.xlsx"))


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


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    for line in lines[1:]:
        p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


DOCX_RAG = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0"}


# ---------------------------------------------------------------------------
# 4. MK Together JTAI action plan (docx, read; table per area for improvement)
# ---------------------------------------------------------------------------
def mk_jtai():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Milton Keynes Together – Joint Targeted Area Inspection Action Plan", style="Title")
    doc.add_paragraph("Multi-agency response to children and families who need help (JTAI fieldwork 7 – 11 July 2025; letter published 2 September 2025)")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.1"), ("Date", "10/10/2025"), ("Owner", "MK Together Business Manager"),
                 ("Approved by", "MK Together Executive (statutory safeguarding partners)"), ("Next review", "January 2026")]:
        row = t.add_row().cells
        set_text(row[0], k, bold=True)
        set_text(row[1], v)

    doc.add_paragraph("RAG key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Red", "Not started or significant concern"), ("Amber", "In progress, some risk to timescale"),
                 ("Green", "In progress and on track"), ("Blue", "Completed and impact evidenced")]:
        row = t.add_row().cells
        set_text(row[0], k, bold=True)
        shade(row[0], DOCX_RAG[k])
        set_text(row[1], v)

    doc.add_paragraph("Action plan", style="Heading 1")
    areas = [
        ("Area for improvement 1: The quality of information-sharing and decision-making at the front door for children at risk of neglect.", [
            ("1.1", "Introduce a daily multi-agency neglect triage within the MASH, attended by police, health and education representatives.",
             "MKCC Head of Front Door Services; TVP Detective Chief Inspector (CAIU)", "31 October 2025",
             "Triage started 1 September 2025. Attendance by education is 60%; escalated to the Education Safeguarding Lead.", "Green"),
            ("1.2", "Make sure that health information (GP, health visiting, school nursing) is requested and recorded for every neglect referral before a threshold decision is made.",
             "Designated Nurse for Safeguarding Children (BLMK ICB)", "December 2025",
             "Health MASH practitioner in post. Audit in November will test compliance.", "Amber"),
            ("1.3", "Relaunch the Graded Care Profile 2 neglect tool with multi-agency training and a quarterly audit of its use.",
             "MK Together Business Manager", "Q4 2025/26",
             "Training dates published; 146 practitioners booked.", "Green"),
        ]),
        ("Area for improvement 2: The consistency of early help for families where neglect is an emerging concern.", [
            ("2.1", "Agree a step-up and step-down protocol between early help and children's social care, with a named lead professional for every family.",
             "Head of Early Help / Head of Children's Social Care", "January 2026",
             "Draft protocol consulted on with partners in September.", "Green"),
            ("2.2", "Attend the monthly early help panel so that GP practices contribute to plans for children on their list.",
             "Named GP for Safeguarding", "Ongoing",
             "GP representation at 4 of the last 5 panels.", "Blue"),
        ]),
        ("Area for improvement 3: The partnership's understanding of the impact of its work on children's experiences.", [
            ("3.1", "Develop a partnership neglect dashboard combining police, health, education and social care data.",
             "MK Together Learning and Improvement Subgroup Chair", "March 2026",
             "Data-sharing agreement awaiting sign-off by Thames Valley Police.", "Red"),
            ("3.2", "Hold two multi-agency practice weeks each year in which leaders observe practice and speak with families.",
             "TVP Local Policing Area Commander", "November 2025",
             "First practice week held 6 – 10 October 2025; findings to the Executive in November.", "Blue"),
        ]),
    ]
    for heading, rows in areas:
        doc.add_paragraph(heading, style="Heading 3")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress update", "RAG"]):
            set_text(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "D9D9D9")
        for ref, action, lead, when, prog, rag in rows:
            cells = t.add_row().cells
            for c, v in enumerate([ref, action, lead, when, prog, rag]):
                set_text(cells[c], v)
            shade(cells[5], DOCX_RAG[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to each meeting of the MK Together Executive and to the Children's Services Scrutiny Committee.")
    doc.save(os.path.join(HERE, "ji1-milton-keynes-together-safeguarding-partnership-jtai-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Middlesbrough children's home Ofsted action plan (docx, read; merged requirement cells)
# ---------------------------------------------------------------------------
def middlesbrough_home():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Orchard Lodge Children's Home – Post-Inspection Action Plan", style="Title")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Provider", "Middlesbrough Council"), ("Setting", "Orchard Lodge (four-bed children's home)"),
                 ("Unique reference number", "SC491736"), ("Inspection date", "18 and 19 February 2025"),
                 ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
                 ("Registered manager", "Karen Pallister"), ("Responsible individual", "Head of Resources and Placements"),
                 ("Date of this plan", "21 March 2025 (updated 30 April 2025)")]:
        row = t.add_row().cells
        set_text(row[0], k, bold=True)
        set_text(row[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Action plan in response to the requirements and recommendations made by Ofsted", style="Heading 2")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["No.", "Requirement / recommendation", "Action", "Person responsible", "Due date", "Status"]):
        set_text(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "BDD7EE")

    sections = [
        ("Requirements", [
            ("The registered person must ensure that staff understand and use the home's approach to care to help children manage their behaviour, and use restraint only when it is necessary to prevent injury. (Regulation 20 (1)(a))", [
                ("1a", "Deliver refresher training on de-escalation and the home's behaviour support policy to all staff.", "Registered Manager", "31/03/2025", "Completed"),
                ("1b", "Review every physical intervention within 24 hours and record the child's views and the learning in the restraint log.", "Registered Manager / Responsible Individual", "31/03/2025", "Completed"),
            ]),
            ("The registered person must ensure that all necessary employment checks are completed before staff start work at the home. (Regulation 32 (3)(a))", [
                ("2a", "Audit all staff files against Schedule 2 and obtain any missing references.", "Business Support Officer", "14/03/2025", "Completed"),
                ("2b", "Introduce a pre-start checklist that HR signs off before any start date is confirmed.", "HR Business Partner", "30/04/2025", "On track"),
            ]),
        ]),
        ("Recommendations", [
            ("The registered person should ensure that children's placement plans give staff clear guidance on how to support each child to keep in touch with their family. ('Guide to the Children's Homes Regulations, including the quality standards', page 22, paragraph 4.5)", [
                ("3a", "Update each child's placement plan with a family time section agreed with the child's social worker.", "Deputy Manager", "30/05/2025", "On track"),
                ("3b", "Discuss family time at each key-work session and record the child's wishes and feelings.", "Key Workers", "Monthly", "Not started"),
            ]),
            ("The registered person should ensure that the independent person's monthly reports are used to drive improvement. (Regulation 44)", [
                ("4a", "Add a Regulation 44 recommendations tracker to the monthly management meeting agenda.", "Responsible Individual", "30/04/2025", "Completed"),
            ]),
        ]),
    ]
    for sec, items in sections:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_text(merged, sec, bold=True)
        shade(merged, "F2F2F2")
        for text, acts in items:
            first = None
            for ref, act, lead, due, status in acts:
                cells = t.add_row().cells
                if first is None:
                    first = cells[1]
                last = cells[1]
                for c, v in ((0, ref), (2, act), (3, lead), (4, due), (5, status)):
                    set_text(cells[c], v)
            if first is not last:
                first = first.merge(last)
            set_text(first, text)

    doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for a, b, c in [("Registered manager", "Karen Pallister", "21/03/2025"),
                    ("Responsible individual", "Head of Resources and Placements", "21/03/2025")]:
        row = t.add_row().cells
        set_text(row[0], a, bold=True)
        set_text(row[1], b)
        set_text(row[2], c)
    doc.save(os.path.join(HERE, "ji1-middlesbrough-council-childrens-home-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Tameside early help strategy delivery plan (csv, read)
# ---------------------------------------------------------------------------
def csv_field(v):
    if v is None:
        return ""
    s = str(v)
    if any(ch in s for ch in ',"\n'):
        s = '"' + s.replace('"', '""') + '"'
    return s


def tameside_early_help():
    rows = [
        ["Tameside Early Help Strategy 2024–2027: Delivery Plan Year 2 (2025/26)", "", "", "", "", "", ""],
        ["Owner: Early Help Partnership Board. Q2 update, 14/10/2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Action", "Lead(s)", "Partners involved", "Deadline", "RAG", "Progress update (Q2)"],
        ["PRIORITY 1 – Families get the right help at the right time", "", "", "", "", "", ""],
        ["1.1", "Launch an online early help request form for the Early Help Front Door, replacing emailed referrals.", "Early Help Front Door Manager", "Police, health, schools", "Dec-25", "G", "Form in user testing; go-live planned for 1 December 2025."],
        ["1.2", "Train 300 practitioners from partner agencies to act as lead professionals for families.", "J. Kowalski; R. Begum", "All partners", "Mar-26", "A", "164 trained to date. Low take-up from secondary schools."],
        ["1.3", "Publish a family-friendly version of the Continuum of Need.\nCo-produce it with parents through the Family Hub parent panels.", "Early Help Strategic Lead", "Parent panels, Healthwatch", "Jan-26", "G", "Draft tested with two parent panels in September."],
        ["PRIORITY 2 – Family Hubs at the heart of our neighbourhoods", "", "", "", "", "", ""],
        ["2.1", "Open the fourth Family Hub in Hyde, co-located with health visiting and the Start for Life offer.", "Family Hubs Programme Lead", "Tameside and Glossop ICFT", "Summer term 2026", "G", "Building works on schedule."],
        ["2.2", "Offer every family an infant feeding and perinatal mental health contact through the Family Hubs.", "Start for Life Lead & Health Visiting Service Manager", "Midwifery, perinatal mental health team", "Mar-26", "A", "Perinatal mental health pathway agreed; staffing gap in West locality."],
        ["2.3", "Publish the Family Hubs timetable and service directory on the Tameside Local Offer each month.", "Family Information Service Manager", "", "Ongoing", "G", "Published monthly since April."],
        ["PRIORITY 3 – A skilled and confident early help workforce", "", "", "", "", "", ""],
        ["3.1", "Introduce a common practice framework (restorative practice) for all early help staff.", "Workforce Development Manager", "Voluntary and community sector", "31/01/2026", "B", "All early help teams trained by 30 September 2025. Complete."],
        ["3.2", "Carry out a quarterly multi-agency audit of early help assessments and plans, and report findings to the Board.", "Quality Assurance Manager (Early Help)", "Safeguarding partnership", "Q4 2025/26", "R", "Q1 audit not held due to capacity. Recovery plan to Board in November."],
        ["", "", "", "", "", "", ""],
        ["RAG key: B = complete; G = on track; A = at risk of delay; R = off track", "", "", "", "", "", ""],
        ["Next review: Early Help Partnership Board, January 2026", "", "", "", "", "", ""],
    ]
    with open(os.path.join(HERE, "ji1-tameside-early-help-strategy-action-plan.csv"), "w", encoding="utf-8", newline="") as f:
        for row in rows:
            f.write(",".join(csv_field(v) for v in row) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Bolton corporate parenting board action plan (txt, tab-separated export, read)
# ---------------------------------------------------------------------------
def bolton_cpb():
    lines = [
        "Bolton Council – Corporate Parenting Board Action Plan 2025/26",
        "Our Promise to children in care and care leavers",
        "Progress update for the Corporate Parenting Board, 8 December 2025",
        "",
        "No.\tWhat we will do\tWho\tBy when\tStatus\tComments",
        "Promise 1: You will have a safe, stable and loving home\t\t\t\t\t",
        "1.1\tIncrease the number of in-house foster carers by 20 through the 'Foster for Bolton' campaign.\tHead of Placements and Commissioning\tMarch 2026\tAmber\t11 new households approved to date; campaign refreshed for winter.",
        "1.2\tMake sure every child has a stability meeting within 5 working days of any sign that their home may be at risk.\tService Manager (Children in Care) / Fostering Team Manager\t31/01/2026\tGreen\tStability meetings held for 23 of 25 children identified since July.",
        "Promise 2: You will be supported to do well at school and beyond\t\t\t\t\t",
        "2.1\tReview every child's Personal Education Plan each term, with the child's views recorded.\tVirtual School Headteacher\tTermly\tGreen\t97% of PEPs completed in the summer term.",
        "2.2\tRing-fence 10 council apprenticeships for care leavers each year.\tCllr M. Baines; HR Manager (Early Careers)\tSeptember 2026\tAmber\t4 apprenticeships ring-fenced so far; discussions with Bolton College",
        "\t\t\t\t\tand Bolton NHS FT about further places.",
        "Promise 3: You will be listened to and your voice will make a difference\t\t\t\t\t",
        "3.1\tRefresh the Promise with children and care leavers and launch it during Care Leavers Week.\tHead of Service (Children in Care and Care Leavers)\tOctober 2025\tComplete\tLaunched 27/10/2025 at the Care Leavers Week celebration event.",
        "3.2\tInvite the Children in Care Council to co-present an item at each meeting of the Board.\tParticipation Officer\tOngoing\tGreen\tCo-presented at September and December meetings.",
        "Promise 4: You will be ready for adult life\t\t\t\t\t",
        "4.1\tExtend the council tax exemption for care leavers living in Bolton to age 25.\tDirector of Finance\tApril 2026\tGreen\tProposal included in the 2026/27 budget consultation.",
        "4.2\tPublish a refreshed Local Offer for care leavers, co-produced with the Care Leavers Forum.\tLeaving Care Team Manager\tDecember 2025\tRed\tDelayed: forum consultation extended to January 2026 at young people's request.",
        "",
        "Status key: Complete / Green = on track / Amber = some risk to delivery / Red = off track",
    ]
    with open(os.path.join(HERE, "ji1-bolton-corporate-parenting-board-action-plan.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    durham_send()
    north_lincs_yjs()
    redbridge_ilacs()
    mk_jtai()
    middlesbrough_home()
    tameside_early_help()
    bolton_cpb()
    print("built 7 files in", HERE)
