"""Build the seven ku1- blind test files (set heldout341).

Run with: /work/main/.venv/bin/python ku1_make.py
Writes into the folder this script lives in.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime

# ---------------------------------------------------------------- colours
HEX = {
    "Blue": "5B9BD5",
    "Green": "00B050",
    "Amber": "FFC000",
    "Red": "FF0000",
}
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


def box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = BORDER
            cell.alignment = WRAP


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def add_table(doc, header, rows, widths=None, header_fill="1F3864"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = h
        shade(c, header_fill)
        for run in c.paragraphs[0].runs:
            run.bold = True
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    return t


# =====================================================================
# 1. Oxfordshire County Council - ILACS improvement plan (xlsx)
# =====================================================================
def oxfordshire():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Oxfordshire County Council – Children's Services"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "ILACS Improvement Plan 2024–26"
    cover["A2"].font = Font(bold=True, size=16)
    cover["A3"] = ("Inspection of Local Authority Children's Services, 26 February – 8 March 2024. "
                   "Report published 10 April 2024. Overall effectiveness: Good.")
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    dc = [
        ("Version", "Date", "Author", "Approved by"),
        ("1.0", "18/07/2024", "Children's Services Improvement Team", "DCS – submitted to Ofsted"),
        ("1.1", "08/10/2024", "Children's Services Improvement Team", "Children's Services Improvement Board"),
        ("1.2", "09/12/2024", "Children's Services Improvement Team", "Children's Services Improvement Board"),
        ("1.3", "14/01/2025", "Children's Services Improvement Team", "Children's Services Improvement Board"),
    ]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cover.cell(row=6 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
    cover.column_dimensions["A"].width = 14
    cover.column_dimensions["B"].width = 14
    cover.column_dimensions["C"].width = 38
    cover.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Action Plan")
    ncol = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Oxfordshire County Council – Children's Services"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "ILACS Improvement Plan 2024–26 – progress update, January 2025"
    ws["A2"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Area for improvement", "Action", "Lead officer", "Original target date",
           "Revised target date", "Progress update (January 2025)", "Previous RAG", "Current RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center")

    plan = [
        ("theme", "Theme 1: Help and protection"),
        ("afi", "The timeliness of decision-making to escalate to pre-proceedings for children living with chronic neglect.", [
            ("1.1", "Refresh the Neglect Practice Guidance, including clear escalation points to the legal gateway meeting where a child's circumstances have not improved within two review cycles.",
             "Head of Service – Safeguarding", D(2024, 9, 30), None,
             "Revised guidance launched at practice week on 23 September 2024. Briefings delivered to all locality teams.", "Amber", "Blue"),
            ("1.2", "Introduce monthly Head of Service tracking of all children subject to a child protection plan for neglect for more than 9 months.",
             "Deputy Director – Children's Social Care", D(2024, 10, 31), None,
             "Tracker in place from October 2024; 37 children reviewed, 6 progressed to legal gateway.", "Green", "Green"),
            ("1.3", "Audit 30 neglect cases to test the timeliness of escalation and report findings to the Quality Assurance Board.",
             "Service Manager – Quality Assurance / Principal Social Worker", D(2024, 12, 31), "March 2025",
             "Audit fieldwork delayed by the practice week; 18 of 30 audits completed. Report moved to the March QA Board.", "Green", "Amber"),
        ]),
        ("afi", "Information sharing between partner agencies when strategy discussions are held out of hours.", [
            ("2.1", "Agree a joint protocol with Thames Valley Police and the Emergency Duty Team for convening out-of-hours strategy discussions that include health partners.",
             "Head of MASH and EDT", D(2024, 11, 30), D(2025, 2, 28),
             "Draft protocol with Thames Valley Police legal team. Health sign-off outstanding.", "Amber", "Amber"),
            ("2.2", "Deliver multi-agency briefings on the protocol through the Oxfordshire Safeguarding Children Partnership (OSCP) training offer.",
             "OSCP Business Manager", D(2025, 3, 31), None,
             "Two briefing dates booked for February and March 2025.", "Green", "Green"),
        ]),
        ("theme", "Theme 2: Children in care and care leavers"),
        ("afi", "The quality and consistency of direct work with disabled children to understand and record their wishes and feelings.", [
            ("3.1", "Commission communication tools training (including Talking Mats and Makaton) for all social workers in the Children with Disabilities teams.",
             "Head of Service – Disabled Children's Social Care", D(2024, 12, 31), None,
             "Completed – 42 staff trained by 13/12/2024.", "Green", "Blue"),
            ("3.2", "Update the case recording template so that each child's communication profile is recorded and reviewed at every statutory visit.",
             "Head of Service – Disabled Children's Social Care; Systems Lead (LCS)", D(2025, 3, 31), None,
             "Template change specified; LCS release scheduled for March 2025.", "Green", "Green"),
            ("3.3", "Include disabled children's voice as a standing theme in the quarterly practice week.",
             "Principal Social Worker", "Quarterly", None,
             "Included in the September and December 2024 practice weeks.", "Green", "Green"),
        ]),
        ("afi", "Corporate leaders' joint planning with the district councils to increase suitable housing options for care leavers.", [
            ("4.1", "Agree a care leaver housing protocol with all five district and city councils, including a local connection exemption.",
             "Deputy Director – Corporate Parenting; Head of Leaving Care", D(2024, 10, 31), D(2025, 6, 30),
             "Protocol agreed with three of the five councils. Escalated to the Chief Executives' group in December 2024.", "Amber", "Red"),
            ("4.2", "Report quarterly to the Corporate Parenting Panel on the number of care leavers in unsuitable accommodation.",
             "Head of Leaving Care", "Ongoing (quarterly)", None,
             "First report to Panel on 21 November 2024.", "Green", "Green"),
        ]),
    ]
    r = 5
    for item in plan:
        if item[0] == "theme":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            box(ws, r, 1, r, ncol)
            r += 1
            continue
        _, afi, acts = item
        first = r
        for (ref, action, lead, orig, rev, prog, prev, cur) in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=6, value=rev)
            if isinstance(rev, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7, value=prog)
            c = ws.cell(row=r, column=8, value=prev)
            c.fill = fill(HEX[prev])
            c = ws.cell(row=r, column=9, value=cur)
            c.fill = fill(HEX[cur])
            c.font = Font(bold=True)
            r += 1
        ws.cell(row=first, column=2, value=afi)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        box(ws, first, 1, r - 1, ncol)
    last = r - 1
    r += 1
    ws.cell(row=r, column=1, value="Summary – current RAG").font = Font(bold=True)
    counts = [("Blue (complete)", 2, "Blue"), ("Green", 5, "Green"), ("Amber", 2, "Amber"), ("Red", 1, "Red")]
    for k, (lab, n, col) in enumerate(counts):
        ws.cell(row=r + 1 + k, column=1, value=lab).fill = fill(HEX[col])
        ws.cell(row=r + 1 + k, column=2, value=n)
    ws.cell(row=r + 5, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r + 5, column=2, value=f"=SUM(B{r + 1}:B{r + 4})")
    ws.cell(row=r + 7, column=1,
            value="Note: revised target dates were agreed by the Children's Services Improvement Board on 9 December 2024.")
    widths = [7, 34, 50, 26, 13, 13, 44, 10, 10]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    rows = [("Blue", "Complete – action delivered and impact evidenced"),
            ("Green", "On track to deliver by the target date"),
            ("Amber", "Some slippage – mitigation in place"),
            ("Red", "Off track – escalated to the Improvement Board")]
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate(rows):
        key.cell(row=2 + i, column=1, value=k).fill = fill(HEX[k])
        key.cell(row=2 + i, column=2, value=v)
    key.column_dimensions["B"].width = 55
    wb.save(out("ku1-oxfordshire-county-council-ilacs-improvement-plan.xlsx"))
    return last


# =====================================================================
# 2. Gloucestershire LAP - area SEND inspection improvement plan (docx)
# =====================================================================
def gloucestershire():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Gloucestershire Area SEND Inspection Improvement Plan 2024–2026", style="Title")
    doc.add_paragraph("Gloucestershire Local Area Partnership – Gloucestershire County Council and NHS Gloucestershire Integrated Care Board")
    doc.add_paragraph("Inspection dates: 11–15 December 2023. Report published: 6 March 2024. Outcome: the local area "
                      "partnership's arrangements lead to inconsistent experiences and outcomes for children and young "
                      "people with special educational needs and/or disabilities (SEND). The local area partnership must "
                      "work jointly to make improvements.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "3.0"),
                 ("Plan owner", "SEND and Inclusion Local Area Partnership Board"),
                 ("Approved", "18 June 2024"),
                 ("Progress position", "As reported to the LAP Board, 15 January 2025"),
                 ("Next review", "April 2025")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        for run in cells[0].paragraphs[0].runs:
            run.bold = True
    doc.add_paragraph("")
    doc.add_paragraph("RAG rating key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Blue", "Action complete and impact evidenced"),
                 ("Green", "On track"),
                 ("Amber", "Some slippage – mitigation in place"),
                 ("Red", "Off track – escalated to the LAP Board")]:
        cells = t.add_row().cells
        cells[0].text = k
        shade(cells[0], HEX[k])
        cells[1].text = v
    doc.add_paragraph("")

    header = ["Ref", "What we will do", "Lead(s)", "By when", "Progress update", "RAG"]
    sections = [
        ("Priority 1: Identification and assessment of need",
         "Leaders across education, health and care should ensure that children and young people's needs are "
         "identified and assessed in a timely way, including for those waiting for a neurodevelopmental assessment.",
         [
             ("1.1", "Implement the refreshed Graduated Pathway in all early years settings and schools, including the updated My Plan+ template.",
              "Head of Inclusion (GCC)", "Autumn term 2024",
              "Training delivered to 212 SENCos; My Plan+ template live from November 2024.", "Green"),
             ("1.2", "Reduce the waiting list for autism assessment (under 18s) through the additional capacity commissioned by the ICB.",
              "Associate Director of Children's Commissioning (ICB); Designated Clinical Officer", "March 2025",
              "Additional provider mobilised in October 2024; the longest wait has reduced from 104 to 88 weeks.", "Amber"),
             ("1.3", "Publish a 'waiting well' offer on the Local Offer for families waiting for a neurodevelopmental assessment.",
              "Designated Clinical Officer", "31/07/2024",
              "Published July 2024, co-produced with Gloucestershire Parent Carer Forum.", "Blue"),
             ("1.4", "Introduce a single early years SEND panel so that needs identified by health visitors are considered alongside Early Years Inclusion Funding.",
              "Early Years SEND Lead / Health Visiting Service Manager", "Spring term 2025",
              "Terms of reference agreed; first panel planned for February 2025.", "Green"),
         ]),
        ("Priority 2: Timeliness and quality of EHC plans",
         "Leaders should improve the timeliness of education, health and care (EHC) needs assessments and make sure "
         "that EHC plans are reviewed and updated so that they accurately reflect children and young people's current needs.",
         [
             ("2.1", "Recruit to the 18 additional EHC coordinator posts and complete the restructure of the SEND casework team into locality teams.",
              "Head of SEND Statutory Services", "September 2024",
              "All posts filled; locality teams went live on 2 September 2024.", "Blue"),
             ("2.2", "Establish a multi-agency EHCP quality assurance framework with termly moderation of a sample of new plans.",
              "Head of SEND Statutory Services; Designated Clinical Officer; Principal Educational Psychologist", "Termly",
              "Autumn moderation completed: 40 plans, 63% rated good or better.", "Green"),
             ("2.3", "Clear the backlog of annual review amendments that are older than 12 weeks.",
              "SEND Casework Manager", "31 January 2025",
              "Backlog reduced from 1,140 to 610. Not on course for January – recovery plan to LAP Board.", "Red"),
         ]),
        ("Priority 3: Preparation for adulthood",
         "Leaders should strengthen joint working between children's and adults' services so that young people with "
         "SEND are well prepared for adulthood, including their move to adult health services.",
         [
             ("3.1", "Launch a 14–25 Preparing for Adulthood pathway, co-produced with Gloucestershire Parent Carer Forum.",
              "Head of Preparing for Adulthood", "Summer term 2024",
              "Pathway launched at the PfA conference, July 2024.", "Blue"),
             ("3.2", "Agree transition protocols between paediatric and adult health services for young people with complex health needs.",
              "Associate Director of Children's Commissioning (ICB)", "December 2024",
              "Protocol agreed by Gloucestershire Hospitals NHSFT; community services sign-off outstanding.", "Amber"),
             ("3.3", "Increase the number of supported internships available across the county from 45 to 70 places.",
              "Post-16 SEND Lead", "Sept 2024 – July 2025",
              "61 places confirmed for the 2024/25 academic year.", "Green"),
         ]),
    ]
    for heading, afi, acts in sections:
        doc.add_paragraph(heading, style="Heading 1")
        p = doc.add_paragraph()
        p.add_run("Area for improvement").bold = True
        doc.add_paragraph(afi)
        t = add_table(doc, header, [])
        for ref, what, lead, when, prog, rag in acts:
            cells = t.add_row().cells
            cells[0].text = ref
            cells[1].text = what
            cells[2].text = lead
            cells[3].text = when
            cells[4].text = prog
            cells[5].text = ""
            shade(cells[5], HEX[rag])
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 2")
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in [("Role", "Name", "Date"),
                ("Executive Director of Children's Services, GCC", "Signed", "18/06/2024"),
                ("Chief Nursing Officer, NHS Gloucestershire ICB", "Signed", "18/06/2024"),
                ("Co-chair, Gloucestershire Parent Carer Forum", "Signed", "18/06/2024")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.save(out("ku1-gloucestershire-local-area-send-inspection-improvement-plan.docx"))


# =====================================================================
# 3. Hampshire Safeguarding Children Partnership - JTAI action plan (csv)
# =====================================================================
def hampshire():
    N = 8
    rows = [
        ["Hampshire Safeguarding Children Partnership (HSCP)"],
        ["JTAI Action Plan: the multi-agency response to children and families who need help"],
        ["Inspection fieldwork 13–17 January 2025; letter of findings published 7 March 2025. Position at 31 October 2025."],
        [],
        ["Ref", "Area for improvement", "Agency", "Action", "Lead", "Target date", "RAG", "Update"],
        ["1.1", "The consistency with which partner agencies identify children who need early help and complete an early help assessment.",
         "Hampshire County Council", "Relaunch the Hampshire Early Help Assessment and Family Plan with partner agencies through six locality roadshows.",
         "Head of Early Help (HCC)", "Nov-25", "Green", "Four of six roadshows held; 380 practitioners attended."],
        ["1.2", "", "NHS Hampshire and Isle of Wight ICB",
         "Embed early help identification prompts in the health visiting and school nursing electronic record.",
         "Designated Nurse Safeguarding Children (ICB)", "31/03/2026", "Amber",
         "System change request raised with the provider; testing delayed to January 2026."],
        ["1.3", "", "Hampshire and Isle of Wight Constabulary",
         "Review the triage of police Child Come To Notice reports so that children who do not meet the threshold for social care are referred to early help.",
         "D/Supt Public Protection", "Dec-25", "Complete", "New triage process live since 1 September 2025."],
        ["2.1", "Information sharing between schools, health and the police when a child's case is stepped down from children's social care to early help.",
         "Hampshire County Council", "Agree a step-down protocol that sets out the information to be shared with the family's lead professional within five working days.",
         "Head of Early Help (HCC)/ Assistant Director Safeguarding", "Sep-25", "Complete", "Protocol signed off by HSCP Executive on 17 September 2025."],
        ["2.2", "", "Education",
         "Brief designated safeguarding leads on the step-down protocol at the autumn DSL network meetings.",
         "Education Safeguarding Lead", "Autumn term 2025", "Green", "Three of five network meetings held."],
        ["2.3", "", "Partnership",
         "Audit 20 stepped-down cases jointly with the Southampton, Portsmouth and Isle of Wight partnerships to test the protocol.",
         "HSCP Business Manager", "Q4 2025/26", "Not started", "Audit tool agreed at the 4LSCP QA subgroup; fieldwork from February 2026."],
        ["3.1", "The partnership's understanding of the impact of early help, including the voice of children and families.",
         "Partnership", "Develop an early help outcomes dashboard for the HSCP Quality Assurance and Performance subgroup.",
         "HSCP Business Manager, Head of Performance (HCC)", "Jan 2026", "Amber",
         "Data definitions agreed; health and police data feeds not yet available."],
        ["3.2", "", "Partnership",
         "Run a feedback survey for families through Family Hubs and report the findings to the HSCP Executive.",
         "Head of Family Hubs", "March 2026", "Not started", ""],
        [],
        ["", "RAG: Complete = action delivered; Green = on track; Amber = at risk of missing the target date; Red = will not be met; Not started = not yet due to start."],
        ["", "Summary at 31/10/2025: 8 actions – Complete 2, Green 2, Amber 2, Red 0, Not started 2."],
        ["", "Note: action 2.3 is jointly owned with the 4LSCP partnerships and reported to the 4LSCP QA subgroup."],
    ]
    with open(out("ku1-hampshire-safeguarding-children-partnership-jtai-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row + [""] * (N - len(row)))


# =====================================================================
# 4. Somerset Youth Justice Partnership - HMIP improvement plan (txt)
# =====================================================================
def somerset():
    L = []
    L.append("Somerset Youth Justice Partnership")
    L.append("Inspection of youth justice services in Somerset (HM Inspectorate of Probation) – Post-inspection Improvement Plan")
    L.append("Update to the Youth Justice Partnership Board, 12 March 2025")
    L.append("")
    L.append("\t".join(["No.", "Recommendation / action", "Owner", "By when", "RAG", "Progress"]))
    L.append("Section A – Recommendations for Somerset Youth Justice Service")
    recs = [
        ("Recommendation 1: Improve the quality of out-of-court disposal assessments so that children's safety and wellbeing and the risk of harm to others are accurately identified and analysed", [
            ("1.1", "Replace the short screening tool with a full prevention and diversion assessment for every child considered for an out-of-court disposal.",
             "YJS Operational Manager (Prevention)", "31/12/2024", "Complete", "New assessment in use for all referrals since 2 December 2024."),
            ("1.2", "Monthly dip sample of 10% of out-of-court disposal assessments by team managers, with findings reported to the YJS Practice Improvement Group.",
             "YJS Team Managers", "Monthly", "Green", "January and February samples completed; 71% of assessments judged sufficient."),
        ]),
        ("Recommendation 2: Ensure that exploitation concerns are consistently recognised, recorded and shared with partners when children receive out-of-court disposals", [
            ("2.1", "Include the child exploitation screening tool in the out-of-court disposal assessment and make referral to the Multi-Agency Child Exploitation (MACE) meeting mandatory where concerns are identified.",
             "Head of Service (YJS)", "Jan 2025", "Complete", "Screening tool embedded; 9 referrals made to MACE since January."),
        ]),
        ("Recommendation 3: Strengthen management oversight of safety and wellbeing and risk of harm decisions in out-of-court disposal cases", [
            ("3.1", "Deliver risk and safety planning training for all case managers and team managers.",
             "YJS Practice Development Lead", "End of March 2025", "Amber", "Two of three cohorts trained; final cohort rescheduled because of sickness."),
            ("3.2", "Introduce a management oversight template on ChildView for all out-of-court disposal cases.",
             "YJS Information Manager", "Feb 2025", "Green", "Template built and in testing."),
        ]),
        ("Recommendation 4: Work with the police to ensure the joint decision-making panel considers all relevant information before a disposal is agreed", [
            ("4.1", "Revise the Joint Decision Making Panel terms of reference with Avon and Somerset Constabulary and the Out of Court Resolutions Scrutiny Panel.",
             "Head of Service (YJS) / Police Youth Justice Inspector", "Nov 2024", "Complete", "Revised terms of reference in place from 18 November 2024."),
        ]),
    ]
    recs_b = [
        ("Recommendation 5: Commission a fundamental review of the out-of-court disposal scheme, including its governance, analysis and evaluation", [
            ("5.1", "Commission an independent review of the out-of-court disposal scheme and present its recommendations to the Board.",
             "Chair of the Youth Justice Partnership Board", "June 2025", "Amber", "Reviewer appointed in February 2025; fieldwork starts April."),
        ]),
        ("Recommendation 6: Ensure that the needs of children across the range of protected characteristics are known, understood and responded to", [
            ("6.1", "Produce a disproportionality analysis of children open to the YJS by ethnicity, SEND and care status, reported to every Board meeting.",
             "Somerset Council Head of Performance", "Q1 2025/26", "Green", "First analysis presented to this meeting."),
        ]),
        ("Recommendation 7: Ensure Board members have a clear understanding of the work of the YJS through regular engagement with practitioners and children", [
            ("7.1", "Establish a programme of Board member visits to YJS teams and a twice-yearly children's voice session at Board.",
             "YJS Business Support Manager", "Sept 2025", "Green", "Five Board members have visited teams since December."),
        ]),
        ("Recommendation 8: Improve access to education, training and employment for children subject to out-of-court disposals", [
            ("8.1", "Extend the YJS education, training and employment (ETE) worker role to children on out-of-court disposals.",
             "Head of Service (YJS); Virtual School Head", "April 2025", "Green", "Job description revised; post holder starts 1 April 2025."),
            ("8.2", "Agree with schools a protocol for the use of reduced timetables for children known to the YJS.",
             "Somerset Council Head of Inclusion", "TBC", "Not started", "To be scoped with the Somerset Education Partnership."),
        ]),
    ]

    def emit(rs):
        for rec, acts in rs:
            L.append("\t" + rec)
            for a in acts:
                L.append("\t".join(a))

    emit(recs)
    L.append("Section B – Recommendations for the Somerset Youth Justice Partnership Board")
    emit(recs_b)
    L.append("Section C – Recommendations for Avon and Somerset Constabulary")
    L.append("\tRecommendations 9 and 10 are for Avon and Somerset Constabulary and are monitored through the Constabulary's own improvement plan; the police Board member reports progress to each Board meeting.")
    L.append("")
    L.append("RAG key: Complete = action completed; Green = on track; Amber = at risk of slipping; Red = off track; Not started = not yet due.")
    with open(out("ku1-somerset-youth-justice-service-hmip-improvement-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")


# =====================================================================
# 5. Northumberland - Corporate Parenting Panel action plan (docx)
# =====================================================================
def northumberland():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph("Northumberland County Council – Corporate Parenting Panel")
    p.runs[0].italic = True
    doc.add_paragraph("Northumberland Corporate Parenting Action Plan 2025–26", style="Title")
    doc.add_paragraph(
        "This plan sets out what we will do in 2025–26 to keep Our Promise to children in care and care leavers. "
        "It is reviewed at every meeting of the Corporate Parenting Panel. The progress shown is as reported to the "
        "Panel on 10 March 2026.")
    doc.add_paragraph("How we rate progress", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Green", "Achieved"), ("Amber", "In progress"), ("Red", "Not started or at risk")]:
        cells = t.add_row().cells
        cells[0].text = k
        shade(cells[0], HEX[k])
        cells[1].text = v
    doc.add_paragraph("")
    header = ["Action", "Who", "When", "Progress update (Panel, March 2026)", "RAG"]
    promises = [
        ("Promise 1: Be honest with you and only promise things we know we can deliver", [
            ("Refresh Our Promise with the Voices Making Choices Children in Care Council and publish a young person-friendly version.",
             "Service Manager – Participation & Voice", "September 2025",
             "Launched at the VMC celebration event on 26 September 2025.", "Green"),
            ("Send every child coming into care a welcome pack that explains their rights and entitlements.",
             "Head of Looked After Children's Services", "Ongoing",
             "Packs sent to all 64 children who came into care since April 2025.", "Green"),
        ]),
        ("Promise 3: Listen to you and build plans around you, not simply build you into our plans", [
            ("Make sure children aged 12 and over are offered the chance to chair or co-chair part of their own review.",
             "IRO Service Manager", "By 31 December 2025",
             "Offered in 58% of reviews for children aged 12+ (target 90%).", "Amber"),
            ("Offer every child in care an independent visitor or advocate, and report take-up to each Panel meeting.",
             "Children's Rights Officer / Commissioning Manager", "Termly",
             "Take-up reported to every Panel meeting; waiting list of 11 for independent visitors.", "Amber"),
            ("Hold two Panel meetings a year at which young people set the agenda.",
             "Chair of Corporate Parenting Panel", "April 2025 – March 2026",
             "Young people set the agenda in July and November 2025.", "Green"),
        ]),
        ("Promise 5: Help you to achieve your best, and support you to learn in and out of school", [
            ("Ensure every child in care has an up-to-date Personal Education Plan (PEP) reviewed each term.",
             "Virtual School Headteacher", "Summer term 2026",
             "Autumn term PEP completion 91%; spring term returns due April.", "Amber"),
            ("Provide free leisure passes to all children in care and care leavers up to age 25.",
             "Head of Leisure Services (Active Northumberland)", "June 2025",
             "Passes issued since June 2025; 212 in use.", "Green"),
        ]),
        ("Promise 7: Support you when you leave care", [
            ("Extend the council tax exemption for care leavers living in Northumberland to age 25.",
             "Director of Finance; Head of Leaving Care", "April 2025",
             "Agreed at Full Council in February 2025 and in place from 1 April 2025.", "Green"),
            ("Ring-fence 10 apprenticeship places each year within the council for care leavers.",
             "HR Business Partner (Children's Services)", "March 2026",
             "Three places filled; workforce budget pressures mean the remaining places are at risk.", "Red"),
            ("Develop a 'staying close' offer for young people leaving residential care.",
             "Head of Leaving Care", "TBC",
             "Awaiting the outcome of the DfE Staying Close funding bid.", "Red"),
        ]),
    ]
    for heading, acts in promises:
        doc.add_paragraph(heading, style="Heading 2")
        t = add_table(doc, header, [], header_fill="385723")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            shade(cells[4], HEX[a[4]])
        doc.add_paragraph("")
    doc.add_paragraph("Agreement", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Agreed by Corporate Parenting Panel", "14 April 2025"),
                 ("Children in Care Council consulted", "2 April 2025"),
                 ("Next full refresh", "April 2026")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.save(out("ku1-northumberland-county-council-corporate-parenting-panel-action-plan.docx"))


# =====================================================================
# 6. South Gloucestershire Council - children's home Ofsted action plan (xlsx)
# =====================================================================
def south_glos():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ncol = 9
    lines = [
        ("South Gloucestershire Council – Children's Residential Services", Font(bold=True, size=13)),
        ("Ofsted full inspection of a children's home – post-inspection action plan", Font(bold=True, size=12)),
        ("Home: Kingswood children's home (URN withheld in published version)   |   Inspection: 21–22 January 2025   |   "
         "Overall experiences and progress of children and young people: requires improvement to be good", Font(italic=True)),
        ("Action plan updated: 3 March 2025 – RAG shown by cell colour (see key below the plan)", Font(italic=True)),
    ]
    for i, (txt, fnt) in enumerate(lines):
        ws.merge_cells(start_row=1 + i, start_column=1, end_row=1 + i, end_column=ncol)
        c = ws.cell(row=1 + i, column=1, value=txt)
        c.font = fnt
    hdr = ["No.", "Requirement / recommendation", "Regulation / Guide reference", "Ofsted compliance date",
           "Action to be taken", "Responsible", "Target date", "Evidence / progress", "RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center")
    groups = [
        ("The registered person must ensure that each child's risk assessment is reviewed and updated after any incident of going missing, so that staff know how to keep the child safe.",
         "Regulation 12(1)(2)(a)(i) – the protection of children standard", D(2025, 2, 28), [
             ("1.1", "Review and update the risk assessments of all children living in the home, adding a summary of each return home interview.",
              "Registered Manager", D(2025, 2, 14), "All four risk assessments updated and signed off by the Responsible Individual on 12/02/2025.", "Blue"),
             ("1.2", "Introduce a post-incident checklist that requires the risk assessment to be updated within 24 hours of a child returning to the home.",
              "Registered Manager / Deputy Manager", D(2025, 2, 28), "Checklist in use since 10/02/2025; checked at each shift handover.", "Blue"),
         ]),
        ("The registered person must ensure that staff have the skills to support children's emotional and mental health needs, including training in self-harm awareness.",
         "Regulation 33(4)(b) – employment of staff", D(2025, 3, 31), [
             ("2.1", "All care staff to complete self-harm awareness and trauma-informed practice training delivered by the CAMHS in-reach service.",
              "Deputy Manager", D(2025, 3, 31), "9 of 12 staff trained; final session booked for 20/03/2025.", "Green"),
         ]),
        ("The registered person must ensure that notifications of serious events are sent to Ofsted and other relevant persons without delay.",
         "Regulation 40(4)(a) – notification of a serious event", D(2025, 2, 14), [
             ("3.1", "Refresh the notifications procedure and brief all shift leaders on the events that require notification.",
              "Registered Manager", D(2025, 2, 7), "Procedure reissued; all shift leaders briefed at the team meeting on 05/02/2025.", "Blue"),
             ("3.2", "Responsible Individual to check all notifications monthly as part of Regulation 44 and Regulation 45 monitoring.",
              "Responsible Individual", "Monthly", "February check completed – no late notifications.", "Green"),
         ]),
        ("The registered person should ensure that children's records are written in a way that is sensitive and meaningful to the child, should they choose to read them later.",
         "Guide to the Children's Homes Regulations, page 62, paragraph 14.4", "N/A", [
             ("4.1", "Deliver recording workshops for all staff and audit ten daily logs each month for child-centred language.",
              "Deputy Manager", D(2025, 4, 30), "Workshop 1 held; first audit found 6 of 10 logs child-centred.", "Amber"),
         ]),
        ("The registered person should ensure that the location assessment is reviewed with the local police and community safety partners.",
         "Guide to the Children's Homes Regulations, page 18, paragraph 3.9", "N/A", [
             ("5.1", "Complete the annual location assessment review with the Avon and Somerset Constabulary neighbourhood team and the South Gloucestershire Community Safety team.",
              "Registered Manager", D(2025, 5, 31), "Meeting arranged for April 2025.", "Green"),
         ]),
    ]
    r = 7
    for text, reg, due, acts in groups:
        first = r
        for ref, action, resp, target, prog, rag in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=5, value=action)
            ws.cell(row=r, column=6, value=resp)
            c = ws.cell(row=r, column=7, value=target)
            if isinstance(target, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8, value=prog)
            ws.cell(row=r, column=9).fill = fill(HEX[rag])
            r += 1
        ws.cell(row=first, column=2, value=text)
        ws.cell(row=first, column=3, value=reg)
        c = ws.cell(row=first, column=4, value=due)
        if isinstance(due, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        if r - 1 > first:
            for col in (2, 3, 4):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        box(ws, first, 1, r - 1, ncol)
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for k, (col, lab) in enumerate([("Blue", "Complete"), ("Green", "On track"), ("Amber", "At risk"), ("Red", "Overdue")]):
        ws.cell(row=r + 1 + k, column=1).fill = fill(HEX[col])
        ws.cell(row=r + 1 + k, column=2, value=lab)
    widths = [6, 46, 26, 13, 50, 22, 12, 44, 7]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(j + 1)].width = w

    vc = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Changes", "By"),
                             ("0.1", "24/01/2025", "Draft following inspection feedback", "Registered Manager"),
                             ("1.0", "05/02/2025", "Agreed with Responsible Individual", "Responsible Individual"),
                             ("1.1", "03/03/2025", "Progress update", "Registered Manager")]):
        for j, v in enumerate(row):
            vc.cell(row=1 + i, column=1 + j, value=v)
    vc.column_dimensions["C"].width = 40
    vc.column_dimensions["D"].width = 24
    wb.save(out("ku1-south-gloucestershire-council-childrens-home-ofsted-action-plan.xlsx"))


# =====================================================================
# 7. Buckinghamshire Council - focused visit action plan (xlsx) - REFUSE
# =====================================================================
def buckinghamshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "FV action plan"
    ncol = 7
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Buckinghamshire Council – Children's Social Care"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Ofsted Focused Visit (children in need and children subject to a child protection plan) – Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A3"] = "Visit: 3–4 June 2025   |   Letter published: 15 July 2025   |   Plan owner: Service Director, Children's Social Care   |   Updated: 30 September 2025"
    hdr = ["Ref", "Area for improvement", "Action", "Owner", "Due", "Status", "Commentary"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("6A1B5C")
        c.border = BORDER
    rows = [
        ("1.1", "The quality and impact of management oversight and supervision for children in need.",
         "Introduce a revised supervision template that records reflective discussion and clear actions with timescales for each child.",
         "Head of Service – Children in Need", "September 2025", "Complete", "Template live on Mosaic from 1 September 2025."),
        ("1.2", "", "Team managers to review all children in need plans that have been open for more than 6 months without progress.",
         "Team Managers (CIN)", "October 2025", "On track", "142 of 198 plans reviewed."),
        ("1.3", "", "Monthly management oversight audit, with findings reported to the Practice Improvement Board.",
         "Head of Quality Assurance", "Monthly", "On track", "July and August audits reported."),
        ("2.1", "The consistency of multi-agency attendance at child protection conferences and core groups.",
         "Escalate non-attendance by partner agencies to the Buckinghamshire Safeguarding Children Partnership (BSCP) through a monthly attendance report.",
         "Child Protection Chair Service Manager", "November 2025", "On track", "First report to BSCP Executive in September."),
        ("2.2", "", "Agree hybrid attendance standards for core groups with health and education partners.",
         "BSCP Business Manager", "Janaury 2026", "Not started", "Scheduled for the BSCP Practice subgroup in November."),
        ("3.1", "The timeliness of return home interviews for children who go missing.",
         "Recommission the return home interview service with additional capacity for weekend interviews.",
         "Head of Commissioning (Children's)", "March 2026", "On track", "Tender published August 2025."),
        ("3.2", "", "Report the completion of return home interviews within 72 hours to the Missing, Exploited and Trafficked (MET) Panel.",
         "Missing and Exploitation Team Manager", "December 2025", "On track", "Reporting from the October MET Panel."),
    ]
    status_fill = {"Complete": "5B9BD5", "On track": "00B050", "Not started": "D9D9D9"}
    r = 6
    for row in rows:
        for j, v in enumerate(row):
            c = ws.cell(row=r, column=1 + j, value=v if v != "" else None)
        ws.cell(row=r, column=6).fill = fill(status_fill[row[5]])
        box(ws, r, 1, r, ncol)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Progress is reported monthly to the Children's Services Practice Improvement Board.")
    widths = [6, 40, 55, 30, 16, 12, 40]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    wb.save(out("ku1-buckinghamshire-council-focused-visit-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    oxfordshire()
    gloucestershire()
    hampshire()
    somerset()
    northumberland()
    south_glos()
    buckinghamshire()
    print("done")
