"""Build the seven fg1- blind test files (set heldout197).

Run with:  /work/main/.venv/bin/python fg1_make.py
Writes three .xlsx (openpyxl), two .docx (python-docx), one .csv and one .txt
into the folder this script sits in.
"""
import csv
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

# colours as councils use them
FILL = {
    "Blue": "4F81BD", "B": "4F81BD", "Complete": "4F81BD",
    "Green": "00B050", "G": "00B050",
    "Amber": "FFC000", "A": "FFC000",
    "Red": "FF0000", "R": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(s):
    return datetime.strptime(s, "%d/%m/%Y")


# ---------------------------------------------------------------------------
# 1. Bury Council - post-ILACS improvement plan (xlsx, three sheets)
# ---------------------------------------------------------------------------
BURY_FILE = "fg1-bury-council-ilacs-improvement-plan.xlsx"
BURY_TITLE = "Bury Children's Services Post-Inspection Improvement Plan 2025–2027"
BURY = [
    ("band", "Priority 1: Quality of social work practice and planning"),
    ("afi", "The quality of plans for children in need and children subject to child protection plans, "
            "so that they are specific, measurable and understood by families.", [
        ("1.1", "Relaunch the child in need and child protection plan template with SMART outcomes "
                "co-produced with parents, and deliver briefing sessions to all locality teams.",
         "Head of Service – Safeguarding", "31/10/2025", None, "G", "Blue",
         "New template live on Liquidlogic from 6 October 2025; 14 briefing sessions delivered (186 staff)."),
        ("1.2", "Introduce monthly plan quality dip-sampling by team managers, with findings reported to "
                "the Practice Improvement Group.",
         "Service Manager (CIN/CP)", "30/11/2025", "31/01/2026", "A", "Amber",
         "Dip-sampling started in two of four localities; tool revised after December moderation."),
        ("1.3", "Review the child protection conference model so that plans are reviewed with families "
                "within 10 working days of conference:\n• pilot in North locality\n• evaluate and roll out borough-wide",
         "Head of Safeguarding and Quality Assurance / IRO Service Manager", "31/03/2026", None, "G", "Green",
         "North pilot live since November 2025; evaluation due February 2026."),
    ]),
    ("afi", "The consistency with which children's wishes and feelings and their identity needs inform "
            "assessments and plans.", [
        ("2.1", "Embed direct work tools (All About Me) in every assessment, and add a mandatory 'child's "
                "voice' section to the single assessment form.",
         "Principal Social Worker", "31/12/2025", None, "G", "Green",
         "Form change approved; system build scheduled for release 2026.1."),
        ("2.2", "Commission identity and heritage training for all social workers and IROs, delivered with "
                "the Bury Children in Care Council.",
         "PSW and Workforce Development Manager", "28/02/2026", None, "A", "Red",
         "Provider procurement delayed; re-tender under way. Escalated to board."),
    ]),
    ("band", "Priority 2: Management oversight, supervision and quality assurance"),
    ("afi", "The quality and impact of management oversight and supervision in progressing children's "
            "plans in a timely way.", [
        ("3.1", "Refresh the supervision policy and introduce a recorded supervision template that sets "
                "actions and timescales for each child.",
         "AS / KM", "30/09/2025", None, "B", "Blue",
         "Policy signed off 24 September 2025; template in use in all teams."),
        ("3.2", "Deliver the 'Leading Practice' development programme for all team managers and advanced "
                "practitioners (cohorts 1–3).",
         "Workforce Development Manager", "31/03/2026", "30/06/2026", "G", "Amber",
         "Cohort 1 complete; cohort 3 moved to April 2026 because of facilitator availability."),
        ("3.3", "Strengthen the quality assurance framework so that audit moderation includes a practice "
                "observation and feedback from the family.",
         "Head of Safeguarding and Quality Assurance", "31/01/2026", None, "G", "Green",
         "Revised framework presented to Practice Improvement Group 8 January 2026."),
    ]),
    ("band", "Priority 3: Care leavers and young people at risk of homelessness"),
    ("afi", "The response to 16- and 17-year-olds who present as homeless, so that they are consistently "
            "offered an assessment and informed of their rights to become looked after.", [
        ("4.1", "Agree a joint housing and children's services protocol for 16- and 17-year-olds who "
                "present as homeless, with a joint assessment completed within 10 working days.",
         "Head of Service – Care Leavers & Head of Housing Options", "31/12/2025", "31/03/2026", "A", "Amber",
         "Draft protocol with Legal Services; housing sign-off outstanding."),
        ("4.2", "Audit all 16- and 17-year-olds who presented as homeless since April 2025 to confirm they "
                "were advised of their right to become looked after.",
         "Service Manager (Care Leavers)", "28/02/2026", None, "A", "Green",
         "23 of 31 cases audited; no child found without advice recorded."),
    ]),
]


def build_bury(path):
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = BURY_TITLE
    cover["A1"].font = Font(bold=True, size=16, color="1F3864")
    cover["A2"] = "Bury Council – Children and Young People Department"
    cover["A3"] = ("Response to the Ofsted inspection of local authority children's services (ILACS), "
                   "9–27 June 2025. Overall effectiveness: requires improvement to be good.")
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.3", "22/08/2025", "Improvement Programme Lead", "Draft for Strengthening Outcomes Board"),
            ("1.0", "11/09/2025", "Improvement Programme Lead", "Approved; submitted to Ofsted"),
            ("1.2", "14/01/2026", "Improvement Programme Lead", "January 2026 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cover.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cover["A11"] = "RAG key"
    cover["A11"].font = Font(bold=True)
    key = [("Blue", "Complete"), ("Green", "On track"), ("Amber", "At risk – some slippage"),
           ("Red", "Off track – escalate to board")]
    for i, (k, v) in enumerate(key):
        a = cover.cell(row=12 + i, column=1, value=k)
        a.fill = fill(FILL[k])
        cover.cell(row=12 + i, column=2, value=v)
    cover.column_dimensions["A"].width = 14
    cover.column_dimensions["B"].width = 16
    cover.column_dimensions["C"].width = 28
    cover.column_dimensions["D"].width = 40

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress at 14 January 2026"
    summ["A1"].font = Font(bold=True, size=13)
    summ["A3"], summ["B3"] = "Current RAG", "Number of actions"
    summ["A3"].font = summ["B3"].font = Font(bold=True)
    counts = {"Blue": 0, "Green": 0, "Amber": 0, "Red": 0}
    for item in BURY:
        if item[0] == "afi":
            for a in item[2]:
                counts[a[6]] += 1
    r = 4
    for k, n in counts.items():
        summ.cell(row=r, column=1, value=k).fill = fill(FILL[k])
        summ.cell(row=r, column=2, value=n)
        r += 1
    summ.cell(row=r, column=1, value="Total").font = Font(bold=True)
    summ.cell(row=r, column=2, value=f"=SUM(B4:B{r - 1})").font = Font(bold=True)
    summ.column_dimensions["A"].width = 16
    summ.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Improvement Plan")
    ncol = 9
    ws["A1"] = BURY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Progress position at 14 January 2026 – reported to Strengthening Outcomes Board"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    heads = ["Ref", "Ofsted area for improvement", "Action", "Lead officer", "Original target date",
             "Revised target date", "Previous RAG (Nov 2025)", "Current RAG", "Progress update (January 2026)"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for item in BURY:
        if item[0] == "band":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("2E75B6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            continue
        _, afi, acts = item
        first = r
        for ref, text, lead, orig, rev, prev, cur, prog in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=text)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=d(orig))
            c.number_format = "dd/mm/yyyy"
            if rev:
                c = ws.cell(row=r, column=6, value=d(rev))
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=7, value=prev)
            c.fill = fill(FILL[prev])
            c.alignment = Alignment(horizontal="center", vertical="top")
            c = ws.cell(row=r, column=8, value=cur)
            c.fill = fill(FILL[cur])
            c.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=9, value=prog)
            for j in range(1, ncol + 1):
                ws.cell(row=r, column=j).border = BOX
                if j not in (7, 8):
                    ws.cell(row=r, column=j).alignment = WRAP
            r += 1
        ws.cell(row=first, column=2, value=afi).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value=("Notes: Revised dates agreed by the Strengthening Outcomes Board on "
                                    "9 December 2025. RAG ratings are set by the action lead and challenged "
                                    "at the monthly Practice Improvement Group."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    for col, w in zip("ABCDEFGHI", [7, 38, 55, 30, 13, 13, 11, 11, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Croydon local area partnership - Area SEND priority action plan (docx)
# ---------------------------------------------------------------------------
CROYDON_FILE = "fg1-croydon-local-area-send-priority-action-plan.docx"
CROYDON_TITLE = "Croydon Local Area Partnership: SEND Priority Action Plan"
CROYDON = [
    ("Section 1: Areas for priority action", [
        ("Area for priority action 1",
         "Leaders across the partnership should urgently improve the timeliness and quality of education, "
         "health and care (EHC) needs assessments and plans, including the contributions from health and "
         "social care, so that children and young people receive the right support at the right time.", [
             ("1.1", "Recruit an additional 12 EHC coordinators and 4 educational psychologists to clear the "
                     "backlog of assessments over 20 weeks.",
              "Head of SEND Assessment and Review", "LBC", "December 2025",
              "60% of new EHC plans issued within 20 weeks by December 2025", "Amber"),
             ("1.2", "Introduce a multi-agency EHC plan quality assurance panel, meeting monthly, with health "
                     "and social care advice quality-assured against a shared standard.",
              "Designated Clinical Officer / Head of SEND Assessment and Review", "LBC, SWL ICB, CHS",
              "Autumn term 2025", "80% of audited plans judged good or better", "Green"),
             ("1.3", "Set up a health advice tracker so that requests for health advice are returned within "
                     "6 weeks in at least 90% of cases.",
              "Associate Director of Children's Commissioning (SWL ICB)", "SWL ICB, CHS, SLaM",
              "By 30 September 2025", "90% of health advice returned within 6 weeks", "Green"),
         ]),
        ("Area for priority action 2",
         "Leaders should reduce waiting times for speech and language therapy and neurodevelopmental "
         "assessments, and ensure that children and families receive support while they wait.", [
             ("2.1", "Commission additional speech and language therapy capacity to reduce the longest waits "
                     "to under 18 weeks.",
              "SWL ICB Croydon Place Director of Integration", "SWL ICB, CHS", "March 2026",
              "No child waiting more than 18 weeks for a first appointment", "Amber"),
             ("2.2", "Launch a ‘waiting well’ offer for families awaiting a neurodevelopmental assessment, "
                     "including parent workshops and a single point of contact.",
              "Head of Children's Community Services (CHS) and Croydon Parent Carer Forum", "CHS, CPCF",
              "Summer term 2025", "Offer live; family feedback collected each quarter", "Complete"),
             ("2.3", "Publish monthly waiting-time data on the Local Offer website.",
              "SEND Strategic Lead", "LBC, SWL ICB", "Monthly",
              "Data published by the 10th working day of each month", "Green"),
         ]),
    ]),
    ("Section 2: Areas for improvement", [
        ("Area for improvement 1",
         "Leaders should strengthen the co-production of strategies and services with children, young "
         "people and their families, so that the local offer reflects what they say they need.", [
             ("3.1", "Co-produce the refreshed SEND and Inclusion Strategy 2025–2028 with children, young "
                     "people and the Parent Carer Forum.",
              "Director of Education", "All partners", "January 2026",
              "Strategy signed off by the SEND Partnership Board", "Green"),
             ("3.2", "Relaunch the Local Offer website following user testing with young people and parent "
                     "carers.",
              "Local Offer Manager", "LBC, CPCF", "Nov-25",
              "Website satisfaction rating of 70% or more", "Not started"),
         ]),
    ]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def build_croydon(path):
    doc = docx.Document()
    doc.add_heading(CROYDON_TITLE, level=0)
    doc.add_paragraph("Area SEND inspection of Croydon Local Area Partnership, 10 to 28 March 2025 "
                      "(report published 19 May 2025)")
    doc.add_paragraph("Partners: London Borough of Croydon (LBC); NHS South West London Integrated Care Board "
                      "(SWL ICB); Croydon Health Services NHS Trust (CHS); South London and Maudsley NHS "
                      "Foundation Trust (SLaM); Croydon Parent Carer Forum (CPCF)")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Status", "Approved by"),
          ("0.4", "27/06/2025", "Draft", "SEND Partnership Board"),
          ("1.0", "11/07/2025", "Submitted to Ofsted and CQC", "Chief Executive, LBC and SWL ICB Croydon Place"),
          ("1.1", "06/10/2025", "Quarter 2 progress update", "SEND Partnership Board")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("RAG: Complete (blue) – action delivered; Green – on track; Amber – some slippage, "
                      "mitigation in place; Red – off track; Not started.")
    heads = ["No.", "Action", "Lead(s)", "Partners involved", "By when", "Success measure", "RAG"]
    for section, areas in CROYDON:
        doc.add_heading(section, level=1)
        for area_head, area_text, acts in areas:
            doc.add_heading(area_head, level=2)
            doc.add_paragraph(area_text)
            t = doc.add_table(rows=1, cols=len(heads))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(heads):
                cell_text(t.rows[0].cells[j], h, bold=True, color="FFFFFF")
                shade(t.rows[0].cells[j], "5B2C6F")
            for ref, text, lead, partners, when, measure, rag in acts:
                cells = t.add_row().cells
                for j, v in enumerate([ref, text, lead, partners, when, measure, rag]):
                    cell_text(cells[j], v)
                if rag in FILL:
                    shade(cells[6], FILL[rag])
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to the SEND Partnership Board each month and to "
                      "the DfE and NHS England at six-monthly stocktakes.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. Newcastle City Council - children's home Ofsted action plan (xlsx)
# ---------------------------------------------------------------------------
NEWCASTLE_FILE = "fg1-newcastle-city-council-childrens-home-ofsted-action-plan.xlsx"
NEWCASTLE_TITLE = "Ofsted Inspection Action Plan – Moorside View Children's Home (SC047321)"
NEWCASTLE = [
    ("Statutory requirements", [
        ("The registered person must ensure that staff assess whether each child is at risk of harm, taking "
         "into account information in the child's relevant plans, and, if necessary, make arrangements to "
         "reduce the risk of harm. (Regulation 12 (1)(2)(a)(i)) To be completed by: 30 April 2024", [
             ("1", "Review and update every child's risk assessment and behaviour support plan, cross-referenced "
                   "with their placement plan and care plan.",
              "Registered Manager", d("05/04/2024"), "B",
              "All four risk assessments reviewed 3 April 2024; signed off by Responsible Individual."),
             ("2", "Add a risk assessment review to the weekly team meeting agenda and the key worker's monthly report.",
              "RM/Deputy Manager", "w/c 08/04/2024", "B",
              "Standing agenda item since 10 April 2024."),
         ]),
        ("The registered person must ensure that within 24 hours of an event in relation to a child, a "
         "notification is made to HMCI and each other relevant person. (Regulation 40 (4)(a)) To be completed "
         "by: 30 April 2024", [
             ("3", "Deliver refresher briefing on Regulation 40 notifications to all shift leaders, with a "
                   "notifications flowchart displayed in the office.",
              "Hall, Janine", d("19/04/2024"), "B",
              "Briefing delivered 18 April 2024; 9 of 9 shift leaders attended."),
             ("4", "Responsible Individual to check the notifications log against the incident log each month "
                   "and report findings to the Residential Services Quality Meeting.",
              "Responsible Individual", "Ongoing – reviewed monthly", "G",
              "April and May checks complete; one late notification identified in May and followed up."),
         ]),
        ("The registered person must ensure that all employees undertake appropriate continuing professional "
         "development, including training in restrictive physical intervention. (Regulation 33 (4)(a)) To be "
         "completed by: 31 May 2024", [
             ("5", "Book outstanding restrictive physical intervention refresher training for the three staff "
                   "whose certificates have lapsed and update the training matrix.",
              "Registered Manager and Workforce Development Team", "End of May 2024", "A",
              "Two of three staff trained; third staff member on long-term sick leave, booked for 12 July 2024."),
         ]),
    ]),
    ("Recommendations", [
        ("The registered person should ensure that children's placement plans are updated following each review "
         "and are shared with the child in a way they understand. ('Guide to the Children's Homes Regulations, "
         "including the quality standards', page 15, paragraph 3.10)", [
             ("6", "Introduce a child-friendly 'My Plan' summary, produced with each child by their key worker "
                   "after every review.",
              "Senior Residential Worker (key work lead)", d("31/07/2024"), "G",
              "Template designed with two young people; first summaries due after July reviews."),
             ("7", "Audit placement plans against the latest looked after review minutes each quarter.",
              "Deputy Manager", d("30/09/2024"), None,
              "First audit scheduled for September 2024."),
         ]),
        ("The registered person should ensure that the home's location risk assessment is reviewed at least "
         "annually and reflects the current local risks to children. ('Guide to the Children's Homes "
         "Regulations, including the quality standards', page 56, paragraph 10.3)", [
             ("8", "Complete a new location risk assessment with Northumbria Police neighbourhood team and the "
                   "exploitation lead.",
              "Registered Manager", d("28/06/2024"), "R",
              "Meeting with police cancelled twice; revised date being agreed."),
         ]),
    ]),
]


def build_newcastle(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ncol = 7
    top = ["Newcastle City Council – Children's Residential Services",
           NEWCASTLE_TITLE,
           "Full inspection: 20 and 21 February 2024 | Overall experiences and progress of children and young "
           "people: requires improvement to be good | Report published: 14 March 2024",
           "Registered Manager: Janine Hall | Last updated: 28/06/2024"]
    for i, v in enumerate(top, 1):
        c = ws.cell(row=i, column=1, value=v)
        c.font = Font(bold=(i <= 2), size=(14 if i == 2 else 11))
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=ncol)
    heads = ["No.", "Requirement / recommendation", "Action", "Responsible", "Target date", "Status",
             "Evidence / update"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
        c.alignment = WRAP
    r = 7
    for section, reqs in NEWCASTLE:
        c = ws.cell(row=r, column=1, value=section)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for req, acts in reqs:
            first = r
            for no, text, resp, target, status, upd in acts:
                ws.cell(row=r, column=1, value=no)
                ws.cell(row=r, column=3, value=text)
                ws.cell(row=r, column=4, value=resp)
                c = ws.cell(row=r, column=5, value=target)
                if isinstance(target, datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=6, value=status)
                if status:
                    c.fill = fill(FILL[status])
                c.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row=r, column=7, value=upd)
                for j in range(1, ncol + 1):
                    ws.cell(row=r, column=j).border = BOX
                    if j != 6:
                        ws.cell(row=r, column=j).alignment = WRAP
                r += 1
            ws.cell(row=first, column=2, value=req).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Key: B = complete and evidenced; G = on track; A = in progress, at risk of "
                                   "missing target date; R = overdue / not progressing")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(row=r + 1, column=1, value="Plan monitored weekly by the Registered Manager and monthly at the "
                                       "Residential Services Quality Meeting. The Regulation 44 independent "
                                       "visitor reviews progress at each visit.")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=ncol)
    for col, w in zip("ABCDEFG", [6, 48, 52, 26, 16, 8, 44]):
        ws.column_dimensions[col].width = w

    s2 = wb.create_sheet("Inspection judgements")
    s2["A1"] = "Inspection judgements – 20 and 21 February 2024"
    s2["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Judgement", "Grade"),
                                ("Overall experiences and progress of children and young people",
                                 "Requires improvement to be good"),
                                ("How well children and young people are helped and protected",
                                 "Requires improvement to be good"),
                                ("The effectiveness of leaders and managers", "Requires improvement to be good")],
                               start=3):
        s2.cell(row=i, column=1, value=k).border = BOX
        s2.cell(row=i, column=2, value=v).border = BOX
    s2["A8"] = "Previous inspection (interim, 12 April 2023): improved effectiveness"
    s2.column_dimensions["A"].width = 62
    s2.column_dimensions["B"].width = 32
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Havering Youth Justice Service - HMIP improvement plan (tab-separated text)
# ---------------------------------------------------------------------------
HAVERING_FILE = "fg1-havering-yjs-hmip-improvement-plan.txt"
HAVERING_TITLE = "Havering Youth Justice Service: HMIP Post-Inspection Improvement Plan"
HAVERING = [
    ("The Havering Youth Justice Service Manager should:", [
        ("1. Improve the quality of assessment and planning for keeping other people safe, so that all "
         "relevant information is considered and contingency plans are specific", [
             ("1.1", "Introduce a risk and safety panel chaired by the Operational Manager for all children "
                     "assessed as high or very high risk of serious harm",
              "YJS Operational Manager", "Jul-24", "B", "Panel running fortnightly since 3 July 2024"),
             ("1.2", "Deliver refresher training on AssetPlus 'keeping other people safe' and contingency "
                     "planning to all case managers",
              "YJS Practice Development Lead", "Sep-24", "B", "Two sessions delivered; 100% of case managers attended"),
             ("1.3", "Quarterly thematic audit of contingency plans, with findings reported to the Management Board",
              "YJS Head of Service & Quality Assurance Officer", "Q4 2024/25", "G",
              "First audit (Q2) completed; 11 of 15 plans rated good"),
         ]),
        ("2. Ensure that staff give sufficient attention to the needs and wishes of victims, and that victims "
         "are offered restorative justice", [
             ("2.1", "Appoint a dedicated victim and restorative justice worker within the YJS",
              "YJS Operational Manager", "Oct-24", "A", "Post re-advertised; interviews 20 November 2024"),
             ("2.2", "Add a victim contact check to the case management oversight checklist used in supervision",
              "Victim Liaison Officer", "Dec-24", "G", "Checklist drafted; launch planned at December team day"),
         ]),
    ]),
    ("The Havering Youth Justice Management Board should:", [
        ("3. Ensure that children have prompt access to education, training and employment support, and that "
         "the board monitors their attendance and outcomes", [
             ("3.1", "Agree a protocol with the Virtual School and Inclusion Service for children open to the YJS "
                     "who are missing education",
              "Head of Education Inclusion / Virtual School Headteacher", "31/01/2025", "A",
              "Draft protocol shared with schools forum"),
             ("3.2", "Add ETE attendance and outcomes for children open to the YJS to the board performance report",
              "Chair of the YJMB", "Mar-25", "G", "Data fields agreed with Business Intelligence"),
         ]),
        ("4. Review out-of-court disposal arrangements so that decisions are timely and all partners contribute "
         "to joint decision-making", [
             ("4.1", "Refresh the out-of-court disposal panel terms of reference and attendance expectations for "
                     "police, health and education",
              "MPS Youth Justice Sergeant", "Ongoing", "R",
              "Police attendance 40% in Q2; escalated to East Area BCU Commander"),
             ("4.2", "Commission an independent review of a sample of out-of-court disposal decisions",
              "Out of Court Disposal Panel Chair", "June 2025", "", "To start April 2025"),
         ]),
    ]),
]


def havering_lines():
    lines = ["London Borough of Havering",
             HAVERING_TITLE,
             "HM Inspectorate of Probation – inspection of youth justice services",
             "Fieldwork: 4–8 March 2024\tReport published: 30 May 2024\tOverall rating: Requires improvement",
             "Plan owner: Havering Youth Justice Management Board\tVersion: 4\tLast updated: 12/11/2024",
             "",
             "Ref\tRecommendation\tAction\tLead\tTimescale\tRAG\tProgress update"]
    for band, recs in HAVERING:
        lines.append(band + "\t" * 6)
        for rec, acts in recs:
            for i, (ref, text, lead, when, rag, upd) in enumerate(acts):
                lines.append("\t".join([ref, rec if i == 0 else "", text, lead, when, rag, upd]))
    lines += ["",
              "RAG: B = complete; G = on track; A = some risk to delivery; R = off track",
              "Next review: Youth Justice Management Board, 10 December 2024"]
    return lines


def build_havering(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(havering_lines()) + "\r\n")


# ---------------------------------------------------------------------------
# 5. Devon Children and Families Partnership - JTAI action plan (csv)
# ---------------------------------------------------------------------------
DEVON_FILE = "fg1-devon-children-and-families-partnership-jtai-action-plan.csv"
DEVON_TITLE = ("Joint Targeted Area Inspection (JTAI) – multi-agency response to identification of initial "
               "need and risk: Partnership Action Plan")
DEVON = [
    ("MASH and front door",
     "The consistency of multi-agency strategy discussions, so that all relevant agencies contribute and "
     "decisions are clearly recorded.", [
         ("A1", "Revise the strategy discussion protocol so that health and education attend every strategy "
                "discussion held in the MASH, with attendance tracked weekly.",
          "Devon County Council", "MASH Service Manager", "31/05/2024", "30/09/2024", "Complete",
          "Protocol signed off by DCFP Executive 12 September 2024. Health attendance 94%, education 81%."),
         ("A2", "Introduce a single recording template for strategy discussions used by police, health and "
                "children's social care.",
          "Devon County Council", "MASH Service Manager and MASH Detective Inspector", "30/06/2024", "",
          "Green", "Template agreed; police system change (Niche) scheduled for November 2024."),
     ]),
    ("MASH and front door",
     "The understanding and application of consent by partner agencies when making referrals to the MASH.", [
         ("B1", "Publish revised consent guidance and a 7-minute briefing for all partner agencies.",
          "DCFP", "DCFP Business Manager", "30/04/2024", "", "Complete",
          "Published 22 April 2024; 1,140 downloads to date."),
         ("B2", "Deliver consent workshops to designated safeguarding leads in schools:\n"
                "- Autumn term cluster sessions\n- recorded session on the DCFP website",
          "Devon County Council", "Education Safeguarding Lead", "Autumn term 2024", "", "Green",
          "6 of 9 cluster sessions held."),
     ]),
    ("Health",
     "The quality of health partners' referrals, so that they clearly set out the concerns and the impact "
     "on the child.", [
         ("C1", "Embed the referral quality audit tool in the Royal Devon emergency departments, with quarterly "
                "reporting to the Health Safeguarding Group.",
          "Royal Devon University Healthcare NHS FT", "Named Nurse Safeguarding Children (RDUH)", "Q3 2024/25", "",
          "Amber", "Tool in use at Exeter site; North Devon site to follow."),
         ("C2", "Provide refresher training on the Devon threshold document ('Right help, right time') to GP "
                "practices.",
          "NHS Devon ICB", "Named GP for Safeguarding Children", "31/10/2024", "31/01/2025", "Amber",
          "Date revised: PLT sessions moved to January 2025."),
     ]),
    ("Partnership oversight",
     "The partnership's use of multi-agency audit to understand the impact of the front door on children's "
     "outcomes.", [
         ("D1", "Establish a quarterly multi-agency front door audit programme, with findings reported to the "
                "DCFP Executive.",
          "DCFP", "DCFP Quality Assurance Lead", "30/09/2024", "", "Green",
          "First audit (domestic abuse contacts) completed in September 2024."),
         ("D2", "Develop a front door performance dashboard combining police, health and children's social "
                "care data.",
          "DCFP", "Head of Performance; DCFP Business Manager", "31/12/2024", "", "Red",
          "Data-sharing agreement not yet signed by all partners."),
         ("D3", "Report progress against this plan to the DCFP Executive at each meeting until all actions are "
                "complete.",
          "DCFP", "DCFP Independent Scrutineer", "Ongoing", "", "Green", "Reported 12 September 2024."),
     ]),
]


def build_devon(path):
    n = 10
    pad = lambda row: list(row) + [""] * (n - len(row))
    rows = [pad(["Devon Children and Families Partnership"]),
            pad([DEVON_TITLE]),
            pad(["Inspection: 15–19 January 2024; letter of findings published 8 March 2024"]),
            pad(["Status at: 31 October 2024"]),
            pad([]),
            ["Theme", "Ref", "Area for improvement (JTAI letter)", "Action", "Lead agency", "Lead officer",
             "Due date", "Revised due date", "RAG", "Progress"]]
    counts = {}
    for theme, afi, acts in DEVON:
        for ref, text, agency, lead, due, rev, rag, prog in acts:
            rows.append([theme, ref, afi, text, agency, lead, due, rev, rag, prog])
            counts[rag] = counts.get(rag, 0) + 1
    total = sum(counts.values())
    rows.append(pad([]))
    rows.append(pad(["", "", "", f"Total actions: {total} (Complete {counts['Complete']}; Green {counts['Green']}; "
                                f"Amber {counts['Amber']}; Red {counts['Red']})"]))
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# ---------------------------------------------------------------------------
# 6. Camden - corporate parenting strategy action plan (docx)
# ---------------------------------------------------------------------------
CAMDEN_FILE = "fg1-camden-corporate-parenting-action-plan.docx"
CAMDEN_TITLE = "Camden Corporate Parenting Strategy 2023–2026"
CAMDEN = [
    ("Priority 1: Safe, stable and loving homes",
     "Our promise: We will find you a home close to the people and places that matter to you, and help you "
     "stay there.", [
         ("1.1", "Recruit 20 additional in-house foster carers through the ‘Foster for Camden’ campaign, "
                 "prioritising carers for teenagers and sibling groups.",
          "Head of Fostering and Adoption", "March 2026", "Amber",
          "9 households approved since April 2024; 6 assessments in progress."),
         ("1.2", "Reduce the number of children placed more than 20 miles from Camden by reviewing every "
                 "distant placement at the Placement Sufficiency Panel.",
          "Head of Service – Children in Care", "Quarterly", "Green",
          "Distant placements down from 31% to 26% (December 2024)."),
         ("1.3", "Introduce ‘Staying Close’ support for young people leaving residential care.",
          "Leaving Care Service Manager", "Sep-25", "",
          "DfE funding bid unsuccessful; options paper to Committee in July."),
     ]),
    ("Priority 2: Learning, health and wellbeing",
     "Our promise: We will be ambitious for your education and make sure you get help with your physical and "
     "emotional health when you need it.", [
         ("2.1", "Every child in care to have a Personal Education Plan reviewed each term, with the Virtual "
                 "School quality assuring all PEPs for Year 10 and Year 11 pupils.",
          "Virtual School Headteacher", "Termly", "Green",
          "97% of PEPs completed in the autumn term; 88% rated good or better."),
         ("2.2", "Agree a fast-track pathway into CAMHS for children in care with the North Central London "
                 "ICB, and publish waiting times to the Committee.",
          "Designated Nurse (Children in Care) and CAMHS Service Lead", "December 2025", "Amber",
          "Pathway drafted; ICB funding decision expected in April."),
     ]),
    ("Priority 3: Preparing for adult life",
     "Our promise: We will support you into your own home, work and training at a pace that is right for you.", [
         ("3.1", "Extend council tax exemption for care leavers living in Camden to age 25, and to care leavers "
                 "living outside the borough.",
          "Director of Finance", "By 1 April 2025", "Complete",
          "Agreed at Cabinet 5 February 2025."),
         ("3.2", "Create 10 ring-fenced apprenticeships for care-experienced young people across council services.",
          "Head of HR and Organisational Development", "July 2025", "Green",
          "6 apprentices in post; 4 roles advertised."),
         ("3.3", "Hold a care leavers’ housing forum twice a year with young people, Housing Allocations and the "
                 "Care Leavers Service.",
          "Cllr Anna Wright and Participation Team", "Ongoing", "Green",
          "Forums held in June and November 2024."),
     ]),
]
CAMDEN_FILL = {"Complete": "4F81BD", "Green": "00B050", "Amber": "FFC000", "": "FF0000"}


def set_col_widths(table, widths):
    from docx.shared import Cm
    for row in table.rows:
        for idx, w in enumerate(widths):
            row.cells[idx].width = Cm(w)


def build_camden(path):
    doc = docx.Document()
    doc.add_heading(CAMDEN_TITLE, level=0)
    doc.add_heading("Action Plan – Year 2 progress update", level=1)
    doc.add_paragraph("Reported to the Corporate Parenting Committee, 12 March 2025. Progress is rated by the "
                      "lead officer using the key below.")
    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Strategy owner", "Director of Children's Safeguarding and Social Work"),
                                ("Approved", "Corporate Parenting Committee, 20 September 2023"),
                                ("Review", "Annually, with a progress update to each Committee")]):
        cell_text(info.cell(i, 0), k, bold=True, size=10)
        cell_text(info.cell(i, 1), v, size=10)
    doc.add_paragraph("")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate([("Complete", "Action delivered and impact evidenced"),
                                ("Green", "On track"),
                                ("Amber", "Some delay – recovery in place"),
                                ("Red", "Off track – needs Committee attention")]):
        cell_text(key.cell(i, 0), k, bold=True, size=9)
        shade(key.cell(i, 0), CAMDEN_FILL.get(k, "FF0000"))
        cell_text(key.cell(i, 1), v, size=9)
    doc.add_heading("Action plan", level=1)
    heads = ["Ref", "What we will do", "Lead", "When", "RAG", "Progress update"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        cell_text(t.rows[0].cells[j], h, bold=True, size=10, color="FFFFFF")
        shade(t.rows[0].cells[j], "00594F")
    for priority, promise, acts in CAMDEN:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        cell_text(m, priority, bold=True, size=10)
        shade(m, "BFE3DF")
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        cell_text(m, promise, size=10)
        m.paragraphs[0].runs[0].italic = True
        for ref, text, lead, when, rag, prog in acts:
            cells = t.add_row().cells
            for j, v in enumerate([ref, text, lead, when, rag, prog]):
                cell_text(cells[j], v, size=9)
            shade(cells[4], CAMDEN_FILL[rag])
    set_col_widths(t, [1.2, 6.0, 3.5, 2.2, 1.8, 5.0])
    doc.add_paragraph("")
    doc.add_paragraph("Next update: Corporate Parenting Committee, July 2025.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 7. Essex County Council - focused visit action plan with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
ESSEX_FILE = "fg1-essex-county-council-focused-visit-action-plan-typo-month-refuse.xlsx"
ESSEX_TITLE = "Ofsted Focused Visit Action Plan – Children in care (visit 25–26 July 2023)"
ESSEX = [
    ("The consistency of management oversight of children's plans, so that drift and delay are identified "
     "and addressed.", [
         ("1", "Introduce a monthly 'plan progression' report for every team manager, showing children whose "
               "care plan actions are overdue.", "Head of Service – Children in Care", "Sep-23", "Complete",
          "Report live in Power BI from 4 September 2023."),
         ("2", "Service managers to complete a monthly sample of five children's records per team and record "
               "findings on the QA hub.", "Service Managers (CiC)", "Dec-23", "On track",
          "Sampling under way in all quadrants."),
         ("3", "IROs to escalate through the dispute resolution process any plan not progressed within 20 "
               "working days of the review.", "IRO Service Manager", "Nov-23", "On track",
          "Escalations reported to the Performance Board each month."),
     ]),
    ("The timeliness of life-story work for children in care.", [
         ("4", "Agree the life-story work standard: started within 3 months of a child's permanence plan and "
               "reviewed at each LAC review.", "Principal Social Worker", "Jan-24", "On track",
          "Standard drafted with Children in Care Council."),
         ("5", "Train a life-story champion in each children in care team and publish the resource pack on "
               "the practice hub.", "Practice Development Lead", "0ct-23", "Not started",
          "Training provider confirmed."),
     ]),
    ("The quality of return home interviews for children in care who go missing, and how the information "
     "is used to reduce risk.", [
         ("6", "Review the return home interview contract specification with the commissioned provider.",
          "Commissioning Manager", "Mar-24", "On track", "Contract meeting held 14 September 2023."),
         ("7", "Include themes from return home interviews in the monthly missing and exploitation panel.",
          "Missing and Exploitation Lead", "Feb-24", "Not started", ""),
     ]),
]


def build_essex(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "FV action plan"
    ncol = 7
    for i, v in enumerate(["Essex County Council – Children and Families", ESSEX_TITLE,
                           "Areas for improvement from the Ofsted letter published 22 August 2023"], 1):
        c = ws.cell(row=i, column=1, value=v)
        c.font = Font(bold=(i < 3), size=(14 if i == 2 else 11))
    heads = ["Area for improvement", "Action No.", "Action", "Owner", "Deadline", "Status", "Evidence of impact"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    status_fill = {"Complete": "4F81BD", "On track": "00B050", "Not started": "FFFFFF"}
    for afi, acts in ESSEX:
        first = r
        for no, text, owner, deadline, status, ev in acts:
            for j, v in enumerate([None, no, text, owner, deadline, status, ev], 1):
                if v is not None:
                    ws.cell(row=r, column=j, value=v)
                ws.cell(row=r, column=j).border = BOX
                ws.cell(row=r, column=j).alignment = WRAP
            ws.cell(row=r, column=5).number_format = "@"
            ws.cell(row=r, column=6).fill = fill(status_fill[status])
            r += 1
        ws.cell(row=first, column=1, value=afi).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1, value="Monitored by the Children and Families Performance Board; next update "
                                       "to Corporate Parenting Panel, November 2023.")
    for col, w in zip("ABCDEFG", [42, 8, 56, 30, 11, 12, 40]):
        ws.column_dimensions[col].width = w

    vc = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Author", "Comments"),
                             ("0.1", "29/08/2023", "Quality and Improvement Manager", "First draft"),
                             ("1.0", "07/09/2023", "Quality and Improvement Manager", "Agreed by DMT"),
                             ("1.1", "03/10/2023", "Quality and Improvement Manager", "October update")], 1):
        for j, v in enumerate(row, 1):
            vc.cell(row=i, column=j, value=v).border = BOX
    wb.save(path)


def main():
    build_bury(os.path.join(HERE, BURY_FILE))
    build_croydon(os.path.join(HERE, CROYDON_FILE))
    build_newcastle(os.path.join(HERE, NEWCASTLE_FILE))
    build_havering(os.path.join(HERE, HAVERING_FILE))
    build_devon(os.path.join(HERE, DEVON_FILE))
    build_camden(os.path.join(HERE, CAMDEN_FILE))
    build_essex(os.path.join(HERE, ESSEX_FILE))
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
