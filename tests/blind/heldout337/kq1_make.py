"""Build the seven kq1- blind test files (children's services plans).

Run with: /work/main/.venv/bin/python kq1_make.py
Writes into the directory this script lives in.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, RGBColor, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": PatternFill("solid", fgColor="5B9BD5"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "rec": PatternFill("solid", fgColor="D9E1F2"),
    "sect": PatternFill("solid", fgColor="E2EFDA"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def p(name):
    return os.path.join(HERE, name)


def header_row(ws, row, values):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX


def box_row(ws, row, ncols):
    for i in range(1, ncols + 1):
        c = ws.cell(row=row, column=i)
        c.border = BOX
        c.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Hackney ILACS improvement plan (xlsx): cover + plan + RAG key sheets,
#    recommendation merged down column B, previous/current RAG, revised dates.
# ---------------------------------------------------------------------------
def hackney():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "London Borough of Hackney"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Children and Education - Children and Families Service"
    cov["A4"] = "Hackney Children and Families Service – ILACS Improvement Plan 2024–25"
    cov["A4"].font = Font(bold=True, size=16)
    cov["A5"] = ("In response to the Ofsted inspection of local authority children's services "
                 "(ILACS), 4–15 March 2024 (report published 23 April 2024)")
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    rows = [
        ("Document owner", "Director of Children's Social Care"),
        ("Version", "v1.4"),
        ("Status", "Progress update for Hackney Children's Improvement Board"),
        ("Date", "05/02/2025"),
        ("Next review", "April 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=8):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        box_row(cov, i, 2)
    cov["A14"] = "Version history"
    cov["A14"].font = Font(bold=True)
    header_row(cov, 15, ["Version", "Date", "Author", "Summary of changes"])
    hist = [
        ("1.0", "11/06/2024", "Head of Quality Assurance", "Plan submitted to Ofsted"),
        ("1.3", "30/10/2024", "Head of Quality Assurance", "Q2 progress and previous RAG added"),
        ("1.4", "05/02/2025", "Head of Quality Assurance", "Q3 progress; revised dates agreed by Improvement Board"),
    ]
    for i, r in enumerate(hist, start=16):
        for j, v in enumerate(r, start=1):
            cov.cell(row=i, column=j, value=v)
        box_row(cov, i, 4)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Hackney Children and Families Service – ILACS Improvement Plan 2024–25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Progress position at 31 January 2025 (reported to Children's Improvement Board, "
                "12 February 2025)")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    header_row(ws, 4, ["Ref", "Ofsted recommendation (what needs to improve)", "Action", "Lead",
                       "Target date", "Revised date", "Previous RAG (Oct 24)",
                       "Current RAG (Jan 25)", "Progress update"])
    recs = [
        ("The quality and timeliness of assessments and plans for children in need, so that they "
         "are specific about what needs to change and by when.", [
            ("1.1", "Revise the single assessment and child in need plan templates in Mosaic so that "
                    "plans set out SMART outcomes, contingency arrangements and timescales.",
             "Head of Access and Assessment", dt.datetime(2024, 9, 30), None, "G", "B",
             "New templates went live on 2 September 2024. November dip sample found 78% of plans "
             "good for SMART outcomes."),
            ("1.2", "Deliver a programme of practice workshops on analysis and planning for all social "
                    "workers and team managers in the Children in Need service.",
             "Principal Social Worker", dt.datetime(2024, 12, 31), "Mar-25", "A", "A",
             "Four of six workshops delivered; remaining two rescheduled to February and March."),
            ("1.3", "Introduce monthly thematic audits of CIN plans, with findings reported to the "
                    "Practice Quality Board.",
             "Head of Quality Assurance / CIN Service Manager", dt.datetime(2024, 10, 31), None,
             "G", "G", "Audits running since October; themes reported monthly."),
        ]),
        ("Management oversight and supervision, so that drift and delay in children's plans are "
         "identified and addressed promptly.", [
            ("2.1", "Implement the revised supervision policy, including a standard recording template "
                    "that shows reflective discussion and clear actions for the child.",
             "Director of Children's Social Care", dt.datetime(2024, 7, 31), None, "B", "B",
             "Policy launched July 2024; compliance 91% in January audit."),
            ("2.2", "Develop a Power BI dashboard that allows team managers to see children whose plans "
                    "have not progressed within agreed timescales.",
             "Head of Performance and Business Intelligence", dt.datetime(2024, 11, 30),
             "28/02/2025", "A", "R",
             "Build delayed by Mosaic data migration; go-live now planned for end of February 2025."),
        ]),
        ("The response to children aged 16 and 17 who present as homeless, so that they are "
         "consistently offered an assessment and informed of their right to become looked after.", [
            ("3.1", "Agree a joint protocol between Children's Social Care and Benefits and Housing "
                    "Needs for 16- and 17-year-olds presenting as homeless.",
             "Head of Adolescent Services; Head of Benefits and Housing Needs",
             dt.datetime(2024, 9, 30), None, "G", "B", "Protocol signed off 19 September 2024."),
            ("3.2", "Provide training for housing officers on the Southwark judgment and the rights of "
                    "homeless 16- and 17-year-olds.",
             "Adolescent Services Manager", dt.datetime(2024, 10, 31), None, "G", "B",
             "Three sessions delivered; 41 housing officers attended."),
            ("3.3", "Audit all 16- and 17-year-old homeless presentations in the last 12 months to "
                    "confirm each young person was offered an assessment and advocacy.",
             "Head of Quality Assurance", dt.datetime(2025, 1, 31), None, "G", None,
             "Audit 70% complete; report to March Improvement Board."),
        ]),
        ("The sufficiency of local placements for children in care, so that fewer children live at "
         "a distance from Hackney.", [
            ("4.1", "Refresh the Sufficiency Strategy 2025–28 with a costed plan to increase in-house "
                    "foster carers and open two new local children's homes.",
             "Head of Corporate Parenting", dt.datetime(2025, 3, 31), None, "G", "G",
             "Draft strategy to Cabinet in March 2025."),
        ]),
    ]
    r = 5
    for rec_text, acts in recs:
        first = r
        for ref, action, lead, target, revised, prev, cur, upd in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=target)
            c.number_format = "mmm-yy"
            ws.cell(row=r, column=6, value=revised)
            pc = ws.cell(row=r, column=7, value=prev)
            pc.fill = FILL[prev]
            cc = ws.cell(row=r, column=8, value=cur)
            cc.fill = FILL[cur] if cur else FILL["A"]  # 3.3: amber fill, no text
            ws.cell(row=r, column=9, value=upd)
            box_row(ws, r, 9)
            r += 1
        ws.cell(row=first, column=2, value=rec_text).fill = FILL["rec"]
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Summary (current RAG)").font = Font(bold=True)
    r += 1
    for label, n in [("Blue – complete", 4), ("Green – on track", 2), ("Amber", 2), ("Red", 1),
                     ("Total actions", 9)]:
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value=n)
        r += 1
    for col, w in zip("ABCDEFGHI", [7, 40, 55, 30, 12, 12, 12, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    header_row(key, 1, ["RAG", "Meaning"])
    for i, (k, m) in enumerate([
        ("B", "Blue – action complete and impact evidenced"),
        ("G", "Green – on track to deliver by target date"),
        ("A", "Amber – some slippage; recovery plan in place"),
        ("R", "Red – off track / significant risk to delivery"),
    ], start=2):
        key.cell(row=i, column=1, value=k).fill = FILL[k]
        key.cell(row=i, column=2, value=m)
        box_row(key, i, 2)
    key.column_dimensions["B"].width = 50
    wb.save(p("kq1-hackney-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. North East Lincolnshire SEND priority action plan (xlsx): overview sheet
#    plus one sheet per area for priority action / areas for improvement,
#    term completion dates.
# ---------------------------------------------------------------------------
NEL_TITLE = "North East Lincolnshire Local Area Partnership – SEND Priority Action Plan"


def nel_sheet(wb, name, areas):
    ws = wb.create_sheet(name)
    ws["A1"] = NEL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    r = 3
    cols = ["Ref", "Action", "Impact / success measure", "Lead(s)", "Start", "Completion", "RAG",
            "May 2025 update"]
    for label, text, acts in areas:
        a = ws.cell(row=r, column=1, value=label)
        a.font = Font(bold=True)
        a.fill = FILL["sect"]
        a.alignment = WRAP
        b = ws.cell(row=r, column=2, value=text)
        b.fill = FILL["sect"]
        b.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 45
        r += 2
        header_row(ws, r, cols)
        r += 1
        for act in acts:
            for j, v in enumerate(act, start=1):
                ws.cell(row=r, column=j, value=v)
            box_row(ws, r, 8)
            rag = act[6]
            if rag in ("Green", "Amber", "Red"):
                ws.cell(row=r, column=7).fill = FILL[rag[0]]
            elif rag == "Complete":
                ws.cell(row=r, column=7).fill = FILL["B"]
            r += 1
        r += 1
    for col, w in zip("ABCDEFGH", [22, 55, 40, 32, 16, 18, 12, 45]):
        ws.column_dimensions[col].width = w


def nel():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = NEL_TITLE
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = ("Area SEND inspection 13–24 January 2025 | Outcome: widespread and/or systemic "
                "failings")
    ov["A3"] = "Plan owner: SEND Strategic Partnership Board | Version 2.0 – May 2025 update"
    header_row(ov, 5, ["Area", "Sheet", "No. of actions", "Complete", "On track", "At risk",
                       "Not started"])
    for i, row in enumerate([
        ("Area for priority action 1 – EHC needs assessments and plans", "APA1", 4, 1, 1, 1, 1),
        ("Area for priority action 2 – SEMH and neurodevelopmental needs", "APA2", 3, 0, 2, 1, 0),
        ("Areas for improvement", "AFI", 3, 1, 2, 0, 0),
        ("Total", "", 10, 2, 5, 2, 1),
    ], start=6):
        for j, v in enumerate(row, start=1):
            ov.cell(row=i, column=j, value=v)
        box_row(ov, i, 7)
    ov["A11"] = ("RAG: Complete = action delivered; Green = on track; Amber = at risk; "
                 "Red = off track; Not started = not yet due to start")
    ov.column_dimensions["A"].width = 62

    nel_sheet(wb, "APA1", [(
        "Area for priority action 1",
        "Leaders across the partnership should urgently improve the timeliness and quality of "
        "education, health and care (EHC) needs assessments and plans, so that children and young "
        "people receive the help they need without delay.",
        [
            ("P1.1", "Recruit to the additional EHC coordinator and educational psychologist posts "
                     "agreed in the SEND sufficiency business case.",
             "All posts filled; caseloads below 140 per coordinator", "Head of SEND",
             "Spring term 2025", "Summer term 2025", "Green",
             "4 of 6 coordinators and 1 of 2 EPs in post."),
            ("P1.2", "Introduce a weekly EHC needs assessment panel with health and social care "
                     "representation to track every assessment against the 20-week timescale.",
             "20-week timeliness above 60% by July 2025", "Head of SEND; Designated Clinical Officer (ICB)",
             "Spring term 2025", "Spring term 2025", "Complete",
             "Panel running since February; timeliness 47% in April (from 21%)."),
            ("P1.3", "Commission an independent audit of 60 EHC plans, using the regional quality "
                     "assurance framework, and share findings with parents and carers through the "
                     "Parent Carer Forum.",
             "At least 70% of audited plans judged good", "SEND Quality Assurance Lead",
             "Summer term 2025", "Autumn term 2025", "Not started",
             "Specification agreed; auditor to be appointed in June."),
            ("P1.4", "Ensure health advice for EHC needs assessments is returned within six weeks in "
                     "at least 90% of cases.",
             "90% of health advice returned in 6 weeks", "Designated Clinical Officer (ICB)",
             "Spring term 2025", "31/03/2026", "Amber",
             "Community paediatrics at 64%; recovery trajectory agreed with provider."),
        ],
    )])
    nel_sheet(wb, "APA2", [(
        "Area for priority action 2",
        "Partnership leaders should improve the identification of, and support for, children and "
        "young people with social, emotional and mental health needs, including reducing waiting "
        "times for neurodevelopmental assessment.",
        [
            ("P2.1", "Implement a neurodevelopmental pathway 'waiting well' offer, including a support "
                     "line and workshops for families awaiting assessment.",
             "Families report feeling supported while waiting", "Children's Commissioning Manager (ICB)",
             "Spring term 2025", "Sept 2025", "Green", "Support line live from 1 May 2025."),
            ("P2.2", "Extend Mental Health Support Teams to a further 12 schools, prioritising those "
                     "with high rates of suspension.",
             "MHST coverage 65% of pupils", "Head of Inclusion / MHST Service Lead",
             "Summer term 2025", "Summer term 2026", "Green", "Wave 12 bid successful."),
            ("P2.3", "Publish a graduated approach toolkit for SEMH needs and deliver training to "
                     "SENCOs in all maintained schools and academies.",
             "Reduction in suspensions of pupils with SEN support", "Inclusion Partnership Manager",
             "Spring term 2025", "Autumn term 2025", "Amber",
             "Toolkit drafted; training dates not yet agreed with trusts."),
        ],
    )])
    nel_sheet(wb, "AFI", [
        ("Area for improvement 1",
         "Leaders should strengthen co-production with parents and carers so that the local offer "
         "is accurate, accessible and widely used.",
         [
             ("I1.1", "Redesign the SEND Local Offer website with the Parent Carer Forum, including a "
                      "young people's section co-designed with the SEND Youth Forum.",
              "Local offer page views up 50%", "Local Offer Officer & Parent Carer Forum Chair",
              "Spring term 2025", "Dec-25", "Green", "Supplier appointed."),
         ]),
        ("Area for improvement 2",
         "Leaders should improve preparation for adulthood so that young people with SEND have "
         "clear pathways into employment, independent living and adult health services.",
         [
             ("I2.1", "Establish a 14–25 Preparing for Adulthood panel to agree transition plans from "
                      "Year 9 for young people with EHC plans.",
              "Every Year 9 annual review includes a PfA plan", "Head of Preparing for Adulthood",
              "Spring term 2025", "Summer term 2025", "Complete", "Panel met first on 8 May 2025."),
             ("I2.2", "Increase the number of supported internship places from 18 to 30.",
              "30 supported internships in 2025/26", "Post-16 SEND Manager",
              "Summer term 2025", "Ongoing", "Green", "26 places confirmed with employers."),
         ]),
    ])
    wb.save(p("kq1-north-east-lincolnshire-local-area-send-priority-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Hillingdon children's home Ofsted action plan (xlsx) - REFUSE: mistyped
#    month in the target date of R3 (sheet row 10).
# ---------------------------------------------------------------------------
def hillingdon():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "London Borough of Hillingdon – Children's Residential Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Merrifield House Children's Home (SC048312) – Post-inspection action plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Ofsted full inspection 21–22 May 2024"
    ws["A4"] = ("Overall experiences and progress of children and young people: requires improvement "
                "to be good")
    for a in ("A1", "A2", "A3", "A4"):
        ws.merge_cells(f"{a}:{a.replace('A', 'H')}")
    header_row(ws, 6, ["No.", "Requirement / recommendation", "Action to be taken",
                       "Person responsible", "Ofsted compliance date", "Target date", "RAG",
                       "Update"])
    ws["A7"] = "Requirements"
    ws["A7"].font = Font(bold=True)
    ws["A7"].fill = FILL["grey"]
    ws.merge_cells("A7:H7")
    req = [
        ("R1", "The registered person must ensure that staff assess whether each child is at risk of "
               "harm, taking into account information in the child's relevant plans, and know how to "
               "help each child if at risk of harm. (Regulation 12 (1)(2)(a)(i))",
         "Review all children's risk assessments and behaviour support plans so that they reflect "
         "current risks, including going missing and exploitation.",
         "Registered Manager", dt.datetime(2024, 6, 30), "30/06/2024", "G",
         "All four plans reviewed 24 June 2024 and shared with placing social workers."),
        ("R2", "The registered person must use monitoring and review systems to make continuous "
               "improvements in the quality of care provided in the home. (Regulation 13 (1)(b)(2)(h))",
         "Introduce a monthly quality audit of daily logs and incident records, with findings reviewed "
         "in supervision.",
         "Registered Manager / Responsible Individual", dt.datetime(2024, 7, 31), "31/07/2024", "G",
         "First audit completed July; actions tracked in supervision."),
        ("R3", "The registered person must not employ a person to work at the children's home unless "
               "full and satisfactory information is available in relation to that person. "
               "(Regulation 32 (3)(b))",
         "Complete a full audit of staff recruitment files and obtain any missing references and full "
         "employment histories.",
         "HR Business Partner", dt.datetime(2024, 7, 31), "Agust 2024", "A",
         "11 of 14 files complete; three references chased."),
    ]
    r = 8
    for row in req:
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=j, value=v)
            if j == 5:
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7).fill = FILL[row[6]]
        box_row(ws, r, 8)
        r += 1
    ws.cell(row=r, column=1, value="Recommendations").font = Font(bold=True)
    ws.cell(row=r, column=1).fill = FILL["grey"]
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 1
    recs = [
        ("Rec 1", "The registered manager should ensure that staff understand the home's approach to "
                  "de-escalation and that records of restraint are detailed and reviewed promptly.",
         "Arrange refresher training for all staff on the home's de-escalation model and recording of "
         "physical interventions.",
         "Deputy Manager", None, "Oct-24", "A", "Training booked for 3 and 10 October."),
        ("Rec 2", "The registered manager should ensure that the location risk assessment is reviewed "
                  "with partner agencies at least annually.",
         "Review the home's statement of purpose and location risk assessment with the local police "
         "Safer Neighbourhood Team.",
         "Registered Manager", None, "Nov-24", "G", "Meeting arranged with SNT sergeant."),
        ("Rec 3", "The registered manager should ensure that children are supported to attend their "
                  "health appointments and that records show the outcome.",
         "Set up a health appointments tracker for each child, checked weekly by the shift leader.",
         "Senior Residential Worker", None, "Sep-24", "G", "Tracker in use."),
    ]
    for row in recs:
        for j, v in enumerate(row, start=1):
            ws.cell(row=r, column=j, value=v)
        ws.cell(row=r, column=7).fill = FILL[row[6]]
        box_row(ws, r, 8)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Signed: Registered Manager ______   Responsible Individual ______")
    for col, w in zip("ABCDEFGH", [8, 55, 50, 26, 14, 14, 8, 40]):
        ws.column_dimensions[col].width = w
    wb.save(p("kq1-hillingdon-council-childrens-home-ofsted-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text, fill=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if fill:
        shade(cell, fill)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Blackpool Safeguarding Children Partnership JTAI action plan (docx):
#    document control table, one heading + table per priority, the area for
#    improvement above its actions inside the table.
# ---------------------------------------------------------------------------
def blackpool():
    doc = Document()
    landscape(doc)
    para = doc.add_paragraph()
    para.add_run("Blackpool Safeguarding Children Partnership").bold = True
    doc.add_paragraph("Joint Targeted Area Inspection – Multi-agency Action Plan", style="Title")
    doc.add_paragraph("The multi-agency response to children and families who need help | March 2025",
                      style="Subtitle")
    doc.add_paragraph(
        "Ofsted, the Care Quality Commission, HMICFRS and HMI Probation carried out a joint targeted "
        "area inspection of Blackpool in November 2024. The letter of findings was published on 14 "
        "January 2025. This plan sets out how the statutory safeguarding partners will respond to the "
        "areas for improvement.")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Document control", ""),
        ("Version", "1.2"),
        ("Owner", "BSCP Executive Group"),
        ("Approved", "27 March 2025"),
        ("Review", "Monthly at JTAI Delivery Group; quarterly at BSCP Executive"),
    ]):
        bold_cell(t.cell(i, 0), k, "D9E1F2" if i == 0 else None)
        t.cell(i, 1).text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG status key: B – complete; G – on track; A – at risk of delay; R – off track")

    priorities = [
        ("Priority 1: Leadership and partnership oversight of early help", "Area for improvement 1",
         "Strategic oversight by partners of the quality and impact of early help, including how well "
         "partners understand the needs of children and families who need help.",
         [
             ("1.1", ["Establish an Early Help Partnership Board reporting to the BSCP Executive, with "
                      "agreed terms of reference and a multi-agency performance dataset."],
              "Director of Children's Services", "April 2025", "B"),
             ("1.2", ["Complete an early help needs analysis as part of the Joint Strategic Needs "
                      "Assessment refresh."],
              "Director of Public Health / BSCP Business Manager", "September 2025", "G"),
         ]),
        ("Priority 2: Quality of early help assessment and planning", "Area for improvement 2",
         "The quality of early help assessments and plans across partner agencies, so that they "
         "consider the lived experience of children and the history of family circumstances.",
         [
             ("2.1", ["Launch a single multi-agency early help assessment and plan template on the "
                      "Liquidlogic Early Help Module, with guidance for all partners."],
              "Head of Early Help", "End of June 2025", "G"),
             ("2.2", ["Deliver multi-agency training on early help assessment, including:",
                      "a) using chronologies and family history;",
                      "b) capturing the voice and lived experience of the child."],
              "BSCP Learning and Development Lead", "Q2 2025/26", "A"),
             ("2.3", ["Undertake a multi-agency audit of 30 early help plans led by partners other "
                      "than the local authority."],
              "BSCP Quality Assurance Officer", "Dec 2025", ""),
         ]),
        ("Priority 3: Information sharing and the multi-agency front door", "Area for improvement 3",
         "The consistency of information sharing by health and police partners when children move "
         "between early help and statutory services.",
         [
             ("3.1", ["Introduce a step-up and step-down protocol agreed by all partners, with a named "
                      "lead professional confirmed at every transfer."],
              "Head of Early Help; MASH Service Manager", "May 2025", "G"),
             ("3.2", ["Ensure police vulnerability referrals are shared with the Early Help Hub within "
                      "24 hours when a child is not open to children's social care."],
              "Lancashire Constabulary – DCI Public Protection", "Ongoing", "G"),
             ("3.3", ["Add early help status to the child health record so that midwives, health "
                      "visitors and school nurses can see when a family is receiving early help."],
              "Designated Nurse Safeguarding Children (ICB)", "31/10/2025", "A"),
         ]),
    ]
    rag_fill = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for heading, afi_label, afi_text, acts in priorities:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=3 + len(acts), cols=5)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 4))
        bold_cell(top, afi_label, "1F3864")
        top.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        txt = t.cell(1, 0).merge(t.cell(1, 4))
        txt.text = afi_text
        shade(txt, "D9E1F2")
        for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "RAG"]):
            bold_cell(t.cell(2, j), h, "BFBFBF")
        for i, (ref, paras, lead, when, rag) in enumerate(acts, start=3):
            t.cell(i, 0).text = ref
            c = t.cell(i, 1)
            c.text = paras[0]
            for extra in paras[1:]:
                c.add_paragraph(extra)
            t.cell(i, 2).text = lead
            t.cell(i, 3).text = when
            t.cell(i, 4).text = rag
            if rag:
                shade(t.cell(i, 4), rag_fill[rag])
        doc.add_paragraph("")

    doc.add_heading("Sign-off by statutory safeguarding partners", level=2)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Partner", "Lead safeguarding partner", "Date"]):
        bold_cell(t.cell(0, j), h, "BFBFBF")
    for i, row in enumerate([
        ("Blackpool Council", "Chief Executive", "27/03/2025"),
        ("NHS Lancashire and South Cumbria ICB", "Chief Nursing Officer", "27/03/2025"),
        ("Lancashire Constabulary", "Assistant Chief Constable", "27/03/2025"),
    ], start=1):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.save(p("kq1-blackpool-safeguarding-children-partnership-jtai-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Southend YJS HMIP improvement plan (docx): ratings table, one long plan
#    table with full-width recommendation rows, original and revised dates,
#    status words defined by a key.
# ---------------------------------------------------------------------------
def southend():
    doc = Document()
    landscape(doc)
    para = doc.add_paragraph()
    para.add_run("Southend-on-Sea City Council – Youth Justice Service").bold = True
    doc.add_paragraph("HMI Probation Inspection of Youth Justice Services: Improvement Plan",
                      style="Title")
    doc.add_paragraph("Inspection fieldwork: 10–14 June 2024. Report published: 3 September 2024. "
                      "Overall rating: Requires improvement.")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Domain", "Rating"),
        ("1. Organisational delivery", "Requires improvement"),
        ("2. Court disposals", "Requires improvement"),
        ("3. Out-of-court disposals", "Good"),
        ("4. Resettlement policy and provision", "Good"),
    ]):
        if i == 0:
            bold_cell(t.cell(i, 0), k, "BFBFBF")
            bold_cell(t.cell(i, 1), v, "BFBFBF")
        else:
            t.cell(i, 0).text = k
            t.cell(i, 1).text = v
    doc.add_paragraph("")
    doc.add_paragraph("Updated for the Southend Youth Justice Partnership Board – 21 January 2025")
    doc.add_paragraph("Status key: Complete = blue; On track = green; At risk = amber; Off track = red")

    cols = ["No.", "Action", "Owner", "Original target date", "Revised target date",
            "Progress update", "Status"]
    plan = [
        ("Recommendation 1 – The Southend Youth Justice Service should: improve the quality of "
         "assessment and planning for keeping other people safe, so that it considers all relevant "
         "information and contingency plans are specific.", [
            ("1.1", "Introduce a risk and safety management panel for all children assessed as high or "
                    "very high risk of harm to others.",
             "YJS Operational Manager", "31/10/2024", "",
             "Panel in place since 1 October 2024; meets fortnightly.", "Complete"),
            ("1.2", "Update the AssetPlus quality assurance tool so that managers check contingency "
                    "planning at every countersignature.",
             "YJS Operational Manager & Senior Practitioner (QA)", "30/11/2024", "31/01/2025",
             "Tool revised; briefing to managers delayed by staff absence.", "At risk"),
        ]),
        ("Recommendation 2 – The Southend Youth Justice Service should: ensure that work to support "
         "the safety and wellbeing of children is coordinated with children's social care, including "
         "joint planning for children who are looked after or subject to child protection plans.", [
            ("2.1", "Agree a joint working protocol with children's social care covering attendance at "
                    "strategy meetings, child protection conferences and looked after reviews.",
             "Head of Youth Support / Head of Safeguarding", "31/12/2024", "",
             "Protocol signed off at December Board.", "Complete"),
            ("2.2", "Co-locate a children's social worker within the YJS two days a week.",
             "Head of Safeguarding", "28/02/2025", "",
             "Social worker identified; start date agreed.", "On track"),
        ]),
        ("Recommendation 3 – The Southend Youth Justice Partnership Board should: ensure board members "
         "understand and act on disproportionality, including the over-representation of Black and "
         "mixed heritage children in the youth justice system.", [
            ("3.1", "Produce a quarterly disproportionality dashboard for the Partnership Board, "
                    "covering arrests, out-of-court disposals, remands and custody.",
             "YJS Information Officer", "31/12/2024", "31/03/2025",
             "Police arrest data now received; first dashboard to March Board.", "On track"),
            ("3.2", "Deliver an anti-racist practice development session for all Board members, led "
                    "by young people with lived experience.",
             "Chair of the Youth Justice Partnership Board", "30/09/2025", "",
             "Session being co-designed with the Youth Voice Forum.", "On track"),
        ]),
        ("Recommendation 4 – The Southend Youth Justice Partnership Board should: make sure that "
         "children have timely access to speech, language and communication assessments.", [
            ("4.1", "Commission a speech and language therapist for the YJS through the ICB, with "
                    "screening completed for every child within 20 working days of starting an order.",
             "Head of Children's Commissioning (Mid and South Essex ICB)", "31/01/2025", "30/06/2025",
             "Funding agreed in principle; recruitment not yet started.", "Off track"),
        ]),
    ]
    nrows = 1 + sum(1 + len(a) for _, a in plan)
    t = doc.add_table(rows=nrows, cols=len(cols))
    t.style = "Table Grid"
    for j, h in enumerate(cols):
        bold_cell(t.cell(0, j), h, "BFBFBF")
    fills = {"Complete": "5B9BD5", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000"}
    r = 1
    for rec, acts in plan:
        m = t.cell(r, 0).merge(t.cell(r, len(cols) - 1))
        bold_cell(m, rec, "D9E1F2")
        r += 1
        for row in acts:
            for j, v in enumerate(row):
                t.cell(r, j).text = v
            shade(t.cell(r, 6), fills[row[6]])
            r += 1
    doc.add_paragraph("")
    doc.add_paragraph("Plan owner: Head of Youth Support. Progress is reported to each meeting of the "
                      "Southend Youth Justice Partnership Board.")
    doc.save(p("kq1-southend-youth-justice-service-hmip-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Peterborough early help partnership strategy action plan (csv export):
#    title lines, priority filled only on its first row, a multi-line cell,
#    notes and summary lines at the end.
# ---------------------------------------------------------------------------
def peterborough():
    rows = [
        ["Peterborough Early Help Partnership Strategy 2023-2026: Action Plan", "", "", "", "", "", ""],
        ["Year 2 progress update - Early Help Partnership Board 17 October 2024", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Priority", "Ref", "What we will do", "Lead", "By when", "RAG", "Progress / comments"],
        ["Priority 1: Early identification and access to help", "1.1",
         "Launch the Family Hub digital front door so that families and professionals can request "
         "help online.", "Family Hubs Programme Lead", "Mar-25", "G",
         "Soft launch September 2024; full launch planned for January 2025."],
        ["", "1.2",
         "Roll out the Early Help Assessment (EHA) training offer to schools, GP practices and "
         "voluntary sector partners, with at least 300 practitioners trained.",
         "Early Help Workforce Development Officer", "Sept 2025", "G", "164 practitioners trained to date."],
        ["", "1.3",
         'Agree a shared definition of "early help" across the partnership and publish it on the '
         "Safeguarding Partnership Board website.",
         "Head of Early Help / SPB Business Manager", "Q3 2024/25", "Complete",
         "Definition agreed at July Board and published."],
        ["Priority 2: Effective help for families with multiple needs", "2.1",
         "Extend the Supporting Families keyworker model to two further localities:\n"
         "- Central and East (from April 2025)\n- Orton and Hampton (from October 2025)",
         "Supporting Families Coordinator", "October 2025", "G", "Recruitment for Central and East under way."],
        ["", "2.2",
         "Introduce a parental conflict and domestic abuse pathway within Family Hubs, jointly "
         "delivered with Women's Aid.",
         "Domestic Abuse and Sexual Violence Partnership Manager", "Jun-25", "A",
         "Pathway drafted; training capacity with Women's Aid still to be agreed."],
        ["", "2.3",
         "Review the early help step-down process from children's social care, including a joint "
         "closure meeting for every family stepping down.",
         "Tom Hargreaves and Priya Desai", "Ongoing", "G", "Joint closure meetings held in 82% of step-downs."],
        ["Priority 3: Workforce, data and impact", "3.1",
         "Develop an early help outcomes dashboard drawing on education, health and police data, "
         "reported quarterly to the Partnership Board.",
         "Business Intelligence Manager", "31/03/2025", "R",
         "Data sharing agreement with health still awaited."],
        ["", "3.2",
         "Commission an independent evaluation of the Family Hubs model in Peterborough.",
         "Head of Commissioning (Children)", "TBC", "",
         "Not started - dependent on 2025/26 funding confirmation."],
        ["", "", "", "", "", "", ""],
        ["Summary", "", "Complete: 1   Green: 5   Amber: 1   Red: 1   Not rated: 1", "", "", "", ""],
        ["Note: RAG ratings agreed at the Early Help Partnership Board on 17 October 2024.", "", "", "", "", "", ""],
    ]
    with open(p("kq1-peterborough-early-help-partnership-strategy-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. City of York corporate parenting board action plan (tab-separated text
#    export): title lines, RAG key line, priority lines between actions.
# ---------------------------------------------------------------------------
def york():
    lines = [
        "City of York Council",
        "Corporate Parenting Board Action Plan 2025-26",
        "Progress update for Corporate Parenting Board – 8 September 2025",
        "",
        "RAG key: G = on track, A = some delay, R = not on track, C = completed",
        "",
        "Ref\tAction\tLead\tDue\tRAG\tUpdate",
        "Priority 1 – Listening to our children and young people",
        "1a\tHold a joint meeting of the Corporate Parenting Board with Show Me That I Matter and I Still "
        "Matter at least twice a year, with young people setting the agenda.\tParticipation Lead\t"
        "Termly\tG\tFirst joint meeting held July 2025; next booked for November.",
        "1b\tRefresh the Pledge to children in care and care leavers, co-produced with young people and "
        "signed by all Corporate Parenting Board members.\tHead of Corporate Parenting\tDec 2025\tA\t"
        "Drafting sessions delayed over the summer holidays.",
        "Priority 2 – Stable homes and relationships",
        "2a\tRecruit 15 additional York foster carers through the Fostering Recruitment campaign.\t"
        "Fostering Team Manager\t31/03/2026\tA\t6 households approved to date.",
        "2b\tOpen a two-bedded local children's home for children returning from out-of-area "
        "placements.\tHead of Corporate Parenting & Head of Property Services\tEnd of March 2026\tG\t"
        "Property identified; Ofsted registration application submitted August 2025.",
        "Priority 3 – Education, health and preparation for adulthood",
        "3a\tEnsure every child in care has a good quality Personal Education Plan reviewed each term.\t"
        "Virtual School Headteacher\tTermly\tG\tPEP completion 96% in summer term.",
        "3b\tComplete initial health assessments within 20 working days of a child entering care.\t"
        "Designated Nurse for Children in Care / Head of Children in Care Service\tJan-26\tR\t"
        "Timeliness 58% in Q1; escalated to ICB.",
        "3c\tExtend the council tax exemption and free leisure passes to all care leavers aged up to 25 "
        "who live in York.\tGroup Manager - Pathway Team\tJun-25\tC\t"
        "Agreed at Executive June 2025; in place from 1 July.",
        "",
        "Prepared by: Children's Performance Team. Next update: January 2026 Board.",
    ]
    with open(p("kq1-city-of-york-corporate-parenting-board-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    hackney()
    nel()
    hillingdon()
    blackpool()
    southend()
    peterborough()
    york()
    print("built 7 files in", HERE)
