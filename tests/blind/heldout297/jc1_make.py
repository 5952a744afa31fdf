"""Build the seven jc1- blind cases (children's services plans) in this folder.

Run with: /work/main/.venv/bin/python jc1_make.py
Builds data files only; the expected readings are the NAME.expected.yaml files beside them.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
FILLS = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Bromley ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
BROMLEY_FILE = "jc1-bromley-council-ilacs-improvement-plan.xlsx"
BROMLEY = [
    ("P", "Priority 1: Help and protection"),
    ("R", "Recommendation 1: The consistency of management oversight and supervision so that plans for children progress without delay."),
    ("A", "1.1", "Refresh the supervision policy and practice standards, setting a minimum four-weekly frequency for children subject to child protection plans.",
     "Principal Social Worker", d(2024, 10, 31), None, "B", "B",
     "Policy and standards launched at all-staff briefing on 17/10/24. Compliance 84% in December.",
     "Monthly supervision audit; staff survey"),
    ("A", "1.2", "Introduce a monthly supervision compliance report for team managers and heads of service.",
     "Head of Performance and Business Intelligence", d(2024, 11, 30), d(2025, 2, 28), "A", "G",
     "Report built in Power BI. First run delayed by the LCS upgrade; now scheduled for February.",
     "Report in use at Performance Clinic"),
    ("A", "1.3", "Quarterly themed audit of management oversight, with findings reported to the Improvement Board.",
     "Head of Quality Assurance / Principal Social Worker", d(2025, 3, 31), None, "G", "G",
     "First themed audit completed November 2024 (52 cases). Second audit underway.",
     "Audit grades; % of cases with evident oversight"),
    ("R", "Recommendation 2: The response to children aged 16 and 17 who present as homeless."),
    ("A", "2.1", "Agree a joint protocol with Housing for 16 and 17 year olds presenting as homeless, including a joint assessment.",
     "Head of Service – Referral and Assessment / Head of Housing Options", d(2024, 12, 31), d(2025, 3, 31), "A", "A",
     "Draft protocol with Legal Services. Sign-off moved to the March Improvement Board.",
     "Protocol signed off; joint assessments audited"),
    ("A", "2.2", "Ensure every young person is offered an independent advocate and told of their right to become looked after under section 20.",
     "Head of Service – Referral and Assessment", d(2024, 11, 30), None, "G", "B",
     "Advocacy referral now automatic in LCS workflow from 4 November 2024.",
     "Advocacy take-up figures"),
    ("P", "Priority 2: Children in care and care leavers"),
    ("R", "Recommendation 3: The sufficiency of local homes, including foster homes, for children in care."),
    ("A", "3.1", "Launch the foster carer recruitment campaign ‘Bromley Fosters’ with an enhanced fee and support offer.",
     "Head of Fostering and Adoption", d(2024, 9, 30), None, "B", "B",
     "Campaign launched 16 September 2024; 37 enquiries in first quarter.",
     "Enquiries, approvals, net gain in carers"),
    ("A", "3.2", "Open a second two-bed local children’s home through the DfE capital programme.",
     "Director of Children’s Social Care", d(2025, 6, 30), d(2025, 12, 31), "G", "R",
     "Planning permission refused December 2024; alternative property under review with Property Services.",
     "Home registered with Ofsted"),
    ("R", "Recommendation 4: Pathway plans for care leavers, so that they are up to date and written with young people."),
    ("A", "4.1", "Relaunch the pathway plan template in LCS, co-designed with the Care Leavers’ Forum.",
     "Team Manager, Leaving Care; Participation Lead", d(2024, 12, 31), None, "G", "G",
     "Template agreed with the Forum in November; build in LCS test environment.",
     "Template live; young people’s feedback"),
    ("A", "4.2", "Personal advisers to review every pathway plan at least six-monthly, with 100% of plans in date by March 2025.",
     "Head of Service – Children Looked After and Care Leavers", d(2025, 3, 31), None, "A", "A",
     "78% of pathway plans in date (target 100%). Two PA vacancies.",
     "% pathway plans in date"),
    ("P", "Priority 3: Leadership and workforce"),
    ("R", "Recommendation 5: The stability of the workforce, including the reliance on agency social workers."),
    ("A", "5.1", "Implement the Social Work Academy for newly qualified social workers (ASYE cohort 2 from January 2025).",
     "Principal Social Worker", d(2025, 1, 31), None, "G", "B",
     "Cohort 2 (11 ASYEs) started 6 January 2025.",
     "ASYE retention at 12 months"),
    ("A", "5.2", "Reduce the agency social worker rate from 29% to below 20%.",
     "Director of Children’s Social Care / HR Business Partner", d(2025, 9, 30), None, "R", "A",
     "Agency rate 25% at end of December (from 29%). Market supplement agreed for CP teams.",
     "Monthly workforce dashboard"),
]


def build_bromley():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "London Borough of Bromley"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Children, Education and Families"
    cov["A4"] = "ILACS Improvement Plan 2024–26"
    cov["A4"].font = Font(bold=True, size=18)
    cov["A5"] = "Response to the Ofsted inspection of local authority children’s services, 10–21 June 2024"
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("1.0", "05/09/2024", "Improvement Programme Manager", "Plan submitted to Ofsted"),
        ("1.1", "21/10/2024", "Improvement Programme Manager", "Quarter 2 progress update"),
        ("1.2", "20/01/2025", "Improvement Programme Manager", "Quarter 3 progress update for Improvement Board"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=8 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
    cov["A13"] = "Plan owner"
    cov["B13"] = "Director of Children’s Social Care"
    cov["A14"] = "Governance"
    cov["B14"] = "Bromley Children’s Services Improvement Board (chaired by the Chief Executive)"
    for col, w in zip("ABCD", (16, 14, 34, 50)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = "ILACS Improvement Plan 2024–26 – Progress Update Q3 (January 2025)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("RAG: B = complete, G = on track, A = at risk of slippage, R = off track. "
                "Where a target date has been revised the revised date applies.")
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead", "Original target date", "Revised target date",
             "Previous RAG (Oct 2024)", "Current RAG (Jan 2025)", "Progress update", "Evidence / measure of impact"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for item in BROMLEY:
        if item[0] == "P":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFF", size=12)
            c.fill = fill("2F5597")
        elif item[0] == "R":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
            c.alignment = WRAP
        else:
            _, ref, action, lead, orig, rev, prev, cur, prog, ev = item
            vals = [ref, action, lead, orig, rev, prev, cur, prog, ev]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if j in (3, 4) and v is not None:
                    c.number_format = "dd/mm/yyyy"
                if j in (5, 6):
                    c.fill = fill(FILLS[v])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                    c.font = Font(bold=True, color="FFFFFF" if v in "BR" else "000000")
        r += 1
    r += 1
    cur = [i[7] for i in BROMLEY if i[0] == "A"]
    ws.cell(row=r, column=2, value="Summary – current RAG").font = Font(bold=True)
    r += 1
    for lab, k in (("Blue (complete)", "B"), ("Green", "G"), ("Amber", "A"), ("Red", "R")):
        ws.cell(row=r, column=2, value=lab)
        c = ws.cell(row=r, column=3, value=cur.count(k))
        c.fill = fill(FILLS[k])
        r += 1
    ws.cell(row=r, column=2, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=3, value=len(cur)).font = Font(bold=True)
    for col, w in zip("ABCDEFGHI", (7, 55, 30, 13, 13, 11, 11, 45, 30)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, t) in enumerate((("B", "Complete – action delivered and impact evidenced"),
                                ("G", "On track to deliver by the target date"),
                                ("A", "At risk of slippage – mitigation in place"),
                                ("R", "Off track – escalated to the Improvement Board"))):
        c = key.cell(row=3 + i, column=1, value=k)
        c.fill = fill(FILLS[k])
        key.cell(row=3 + i, column=2, value=t)
    key.column_dimensions["B"].width = 55
    wb.active = 1
    wb.save(os.path.join(HERE, BROMLEY_FILE))


# ---------------------------------------------------------------------------
# 2. Thurrock fostering service Ofsted action plan (xlsx)
# ---------------------------------------------------------------------------
THURROCK_FILE = "jc1-thurrock-council-fostering-service-ofsted-action-plan.xlsx"
THURROCK = [
    ("S", "Requirements"),
    ("Q", "The registered person must ensure that each foster parent with whom a child is placed is given the training, advice, information and support, including support outside office hours, that appears necessary in the interests of children placed with them. (Regulation 17(1))", [
        ("1.1", "Introduce a training needs analysis for every foster carer at annual review, with an individual learning plan agreed with the supervising social worker.",
         "Fostering Team Manager", "31/01/2025", "TNA template in use from December 2024; 41 of 58 fostering households completed.", GREEN),
        ("1.2", "Extend the out-of-hours support line for foster carers to weekends, staffed by the fostering duty worker.",
         "Fostering Service Manager / Emergency Duty Team Manager", "End of January 2025", "Weekend rota in place from 11 January 2025.", BLUE),
    ]),
    ("Q", "The fostering service provider must ensure that the fostering panel receives a complete assessment report, including all statutory checks and references, before it makes a recommendation. (Regulation 26(1))", [
        ("2.1", "Panel adviser to quality-assure every Form F assessment and the checklist of statutory checks before the report is sent to panel.",
         "Panel Adviser", "Ongoing", "In place for all panels since November 2024.", GREEN),
        ("2.2", "Audit all assessments presented to panel since April 2024 and obtain any missing checks.",
         "Quality Assurance Officer", "28/02/2025", "19 of 24 assessments audited; 3 missing references being chased.", AMBER),
    ]),
    ("S", "Recommendations"),
    ("Q", "The registered person should ensure that foster carers’ annual reviews are completed within timescale and take account of the views of children placed. (National Minimum Standard 13.9)", [
        ("3.1", "Schedule all overdue annual reviews with the independent reviewing officer for fostering.",
         "Fostering Team Manager", "Mar-25", "7 overdue reviews booked for February and March.", GREEN),
        ("3.2", "Introduce a children’s feedback form (‘My Foster Home’) to be completed before every annual review.",
         "Participation Officer", "April 2025", "Not yet started – form to be designed with the Children in Care Council.", None),
    ]),
    ("Q", "The registered person should ensure that supervising social workers record the content and outcomes of supervisory visits, including unannounced visits, on the foster carer’s record. (National Minimum Standard 21.8)", [
        ("4.1", "Revise the supervisory visit recording form in the case management system to include a section for unannounced visits.",
         "Fostering Team Manager", "31/12/2024", "New form live 2 December 2024.", BLUE),
        ("4.2", "Team manager to dip-sample five foster carer records each month and feed back in supervision.",
         "Fostering Team Manager", "Monthly", "Dip samples completed November, December and January.", GREEN),
    ]),
    ("Q", "The registered person should ensure that children’s records include the child’s views about living with their foster family. (National Minimum Standard 26.6)", [
        ("5.1", "Children’s social workers and supervising social workers to record the child’s views at each statutory visit, checked through monthly audit.",
         "Head of Service, Children Looked After / Fostering Service Manager", "30 June 2025", "Practice guidance issued; January audit found views recorded in 62% of visits.", AMBER),
        ("5.2", "Add a ‘my views’ section to the annual foster carer review report.",
         "Independent Reviewing Officer (Fostering)", "31/03/2025", "Draft section agreed; awaiting system change.", RED),
    ]),
]


def build_thurrock():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Thurrock Council Fostering Service – Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection of the local authority fostering agency"
    info = [("Unique reference number:", "SC471936"),
            ("Inspection dates:", "21 to 25 October 2024"),
            ("Overall experiences and progress of children and young people:", "Requires improvement to be good"),
            ("Registered manager:", "Fostering Service Manager"),
            ("Plan last updated:", "03/02/2025")]
    for i, (k, v) in enumerate(info):
        ws.cell(row=4 + i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=4 + i, column=3, value=v)
        ws.merge_cells(start_row=4 + i, start_column=1, end_row=4 + i, end_column=2)
    ws["A10"] = "Status key:"
    ws["A10"].font = Font(bold=True)
    for j, (t, col) in enumerate((("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER), ("Overdue", RED))):
        c = ws.cell(row=10, column=2 + j, value=t)
        c.fill = fill(col)
    heads = ["No.", "Requirement / recommendation (as stated in the Ofsted report)", "Action to be taken",
             "Responsible person", "Timescale", "Evidence of progress", "Status"]
    for j, h in enumerate(heads):
        c = ws.cell(row=12, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    r = 13
    for item in THURROCK:
        if item[0] == "S":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, size=12)
            c.fill = fill("D9D9D9")
            r += 1
            continue
        _, qtext, acts = item
        top = r
        for ref, action, lead, when, prog, col in acts:
            vals = [ref, None, action, lead, when, prog, None]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
            if col:
                ws.cell(row=r, column=7).fill = fill(col)
            r += 1
        ws.cell(row=top, column=2, value=qtext).alignment = WRAP
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Progress against this plan is reported monthly to the Corporate Parenting Committee and to the Fostering Panel chair.")
    for col, w in zip("ABCDEFG", (6, 50, 50, 30, 16, 42, 10)):
        ws.column_dimensions[col].width = w

    s2 = wb.create_sheet("Inspection judgements")
    s2["A1"] = "Ofsted judgements, October 2024"
    s2["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate((("Overall experiences and progress of children and young people", "Requires improvement to be good"),
                                ("How well children and young people are helped and protected", "Requires improvement to be good"),
                                ("The effectiveness of leaders and managers", "Requires improvement to be good"))):
        s2.cell(row=3 + i, column=1, value=k)
        s2.cell(row=3 + i, column=2, value=v)
    s2.column_dimensions["A"].width = 62
    s2.column_dimensions["B"].width = 34
    wb.save(os.path.join(HERE, THURROCK_FILE))


# ---------------------------------------------------------------------------
# 3. Knowsley focused visit action plan – mistyped due month (xlsx, refuse)
# ---------------------------------------------------------------------------
KNOWSLEY_FILE = "jc1-knowsley-council-focused-visit-action-plan-typo-month-refuse.xlsx"
KNOWSLEY = [
    ("1. The quality of pathway plans, so that they are specific, up to date and reflect young people’s views and aspirations.", [
        ("1a", "Relaunch the pathway plan with care leavers, using the ‘My Pathway’ format designed by the Care Leavers’ Forum.", "Team Manager, Leaving Care", "October 2024", "December 2024", "B", "Relaunched 2 December 2024."),
        ("1b", "Monthly audit of 10 pathway plans by the Principal Social Worker, with findings shared at the practice forum.", "Principal Social Worker", "November 2024", "March 2025", "G", "Audits completed November–January."),
        ("1c", "Personal advisers to complete pathway plan training delivered by the Practice Development Team.", "Practice Development Manager", "January 2025", "April 2025", "A", "Two of four sessions held."),
    ]),
    ("2. The availability of suitable accommodation for care leavers, including staying close arrangements.", [
        ("2a", "Agree a care leaver accommodation pathway with Housing Options, including a joint panel for 17½ year olds.", "Head of Service, Children in Care and Care Leavers", "October 2024", "March 2025", "G", "Joint panel meeting fortnightly since January."),
        ("2b", "Commission six staying close placements through the Liverpool City Region framework.", "Commissioning Manager (Children)", "November 2024", "Febuary 2025", "R", "Procurement delayed; one provider withdrew."),
    ]),
    ("3. Care leavers’ access to emotional health and well-being support.", [
        ("3a", "Extend the Children in Care CAMHS pathway to care leavers aged up to 25.", "Designated Nurse for Children in Care / CAMHS Service Manager", "January 2025", "June 2025", "A", "Funding agreed in principle by Cheshire and Merseyside ICB."),
        ("3b", "Train personal advisers in trauma-informed practice.", "Practice Development Manager", "January 2025", "May 2025", "G", ""),
        ("3c", "Publish the updated Local Offer for care leavers with a section on health and well-being.", "Participation Officer", "November 2024", "January 2025", "G", "Draft with the Care Leavers’ Forum for sign-off."),
    ]),
]
KNOWSLEY_TYPO_ROW = None  # set when built


def build_knowsley():
    global KNOWSLEY_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    ws["A1"] = "Knowsley Council Children’s Social Care: Focused Visit Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted focused visit, 10 and 11 September 2024 – care leavers"
    ws["A3"] = "Owner: Assistant Executive Director, Children’s Social Care    Reported to: Children’s Services Improvement Board"
    heads = ["Area for improvement", "No.", "Action", "Responsible officer", "Start", "Due", "RAG", "Comments"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
    r = 6
    for area, acts in KNOWSLEY:
        top = r
        for ref, action, lead, start, due, rag, comment in acts:
            for j, v in enumerate([None, ref, action, lead, start, due, rag, comment or None]):
                c = ws.cell(row=r, column=1 + j)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=7).fill = fill(FILLS[rag])
            if due.startswith("Febuary"):
                KNOWSLEY_TYPO_ROW = r
            r += 1
        ws.cell(row=top, column=1, value=area).alignment = WRAP
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    rags = [a[5] for _, acts in KNOWSLEY for a in acts]
    ws.cell(row=r, column=1, value="Total actions: %d" % len(rags)).font = Font(bold=True)
    for j, (lab, k) in enumerate((("Blue", "B"), ("Green", "G"), ("Amber", "A"), ("Red", "R"))):
        c = ws.cell(row=r, column=3 + j, value="%s: %d" % (lab, rags.count(k)))
        c.fill = fill(FILLS[k])
    for col, w in zip("ABCDEFGH", (42, 6, 55, 32, 15, 15, 7, 40)):
        ws.column_dimensions[col].width = w

    s2 = wb.create_sheet("Summary")
    s2["A1"] = "Focused visit action plan – summary for Improvement Board, January 2025"
    s2["A1"].font = Font(bold=True)
    for i, (area, acts) in enumerate(KNOWSLEY):
        s2.cell(row=3 + i, column=1, value=area.split(".")[0])
        s2.cell(row=3 + i, column=2, value=len(acts))
    s2["A2"] = "Area"
    s2["B2"] = "Actions"
    wb.save(os.path.join(HERE, KNOWSLEY_FILE))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row, fillhex=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        if fillhex:
            shade(c, fillhex)


# ---------------------------------------------------------------------------
# 4. Warrington local area SEND priority action plan (docx)
# ---------------------------------------------------------------------------
WARRINGTON_FILE = "jc1-warrington-local-area-send-priority-action-plan.docx"
WARRINGTON = [
    ("H", "Area for priority action 1: Timeliness and quality of EHC needs assessments and plans",
     "Leaders across education, health and care should urgently improve the timeliness and quality of education, health and care (EHC) needs assessments and plans, so that children and young people’s needs are accurately identified and met without delay.", [
         ("APA1.1", "Recruit additional EHC coordinators and educational psychologists to clear the backlog of overdue needs assessments.",
          "Head of SEND Statutory Services", "April 2025", "Backlog cleared; 20-week timeliness above 60%", "Blue"),
         ("APA1.2", "Introduce multi-agency quality assurance of new EHC plans, auditing 10% each month with education, health and social care.",
          "SEND Quality Assurance Lead / Designated Clinical Officer", "Monthly", "80% of audited plans good or better", "Green"),
         ("APA1.3", "Ensure health and social care advice is returned within six weeks, with escalation to heads of service where advice is late.",
          "Designated Clinical Officer; Head of Service, Children with Disabilities", "September 2025", "90% of advice returned within six weeks", "Amber"),
         ("APA1.4", "Co-produce a revised EHC plan template with Warrington Parent Carer Forum and young people.",
          "Claire Hughes and Tom Barker", "Autumn term 2025", "Template in use; parent feedback", "Green"),
     ]),
    ("H", "Area for priority action 2: Support for children and young people waiting for neurodevelopmental assessment",
     "Leaders should improve the oversight and co-ordination of support for children and young people waiting for neurodevelopmental assessment, so that families receive timely help while they wait.", [
         ("APA2.1", "Publish a single ‘waiting well’ offer for families awaiting autism and ADHD assessment on the Local Offer.",
          "Head of Commissioning (Children) / ICB Place Commissioning Lead", "June 2025", "Offer published; page views and family feedback", "Green"),
         ("APA2.2", "Commission additional neurodevelopmental assessment capacity to reduce the longest waits to under 52 weeks.",
          "ICB Associate Director of Children’s Commissioning", "March 2026", "No child waiting over 52 weeks", "Amber"),
         ("APA2.3", "Provide school staff with training on supporting pupils with neurodevelopmental needs, through the Inclusion Support Service.",
          "Inclusion Support Service Manager", "Summer term 2025", "All schools have attended; evaluation", "Green"),
     ]),
    ("I", "Areas for improvement", None, [
        ("AFI 1: Leaders should ensure that the Local Offer website is accurate, accessible and well known by families, so that they can find information about the support available.", [
            ("AFI1.1", "Refresh Local Offer content with the Parent Carer Forum and add an accessible ‘easy read’ version.",
             "Local Offer Officer", "July 2025", "Annual Local Offer survey", "Green"),
        ]),
        ("AFI 2: Leaders should strengthen preparation for adulthood planning from Year 9, so that young people’s EHC plans include clear employment, independent living and health outcomes.", [
            ("AFI2.1", "Embed preparing for adulthood outcomes in all Year 9 annual reviews, with a PfA lead in each secondary school.",
             "Post-16 and Preparing for Adulthood Manager", "31/07/2025", "Audit of Year 9 reviews", "Red"),
            ("AFI2.2", "Develop a supported internship programme with a local further education college, increasing places from 12 to 30.",
             "Post-16 and Preparing for Adulthood Manager", "September 2026", "Number of supported interns", "Green"),
        ]),
    ]),
]
RAG_FILL = {"Blue": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF5050"}


def plan_table(doc, acts, heads):
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        t.rows[0].cells[j].text = h
    bold_row(t.rows[0], "D9E2F3")
    for a in acts:
        row = t.add_row()
        for j, v in enumerate(a):
            row.cells[j].text = v
        shade(row.cells[-1], RAG_FILL[a[-1]])
    return t


def build_warrington():
    doc = Document()
    doc.add_heading("Warrington Local Area Partnership SEND Priority Action Plan 2025–2027", 0)
    doc.add_paragraph("Response to the Ofsted and CQC area SEND inspection of Warrington Local Area Partnership, "
                      "9 to 13 December 2024 (report published 4 February 2025)")
    doc.add_paragraph("Version 1.2 – progress updated for the SEND Improvement Board, 16 June 2025")
    doc.add_heading("Document control", 1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Document owner", "Director of Education, Warrington Borough Council"),
                 ("Health lead", "Associate Director of Quality, NHS Cheshire and Merseyside ICB (Warrington Place)"),
                 ("Approved by", "SEND Improvement Board, 20 March 2025"),
                 ("Next review", "September 2025")):
        row = t.add_row()
        row.cells[0].text = k
        row.cells[1].text = v
        for run in row.cells[0].paragraphs[0].runs:
            run.bold = True
    doc.add_heading("RAG rating key", 1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Blue", "Complete – action delivered and impact being monitored"),
                 ("Green", "On track"),
                 ("Amber", "Some delay – mitigations in place"),
                 ("Red", "Off track – escalated to the SEND Improvement Board")):
        row = t.add_row()
        row.cells[0].text = k
        row.cells[1].text = v
        shade(row.cells[0], RAG_FILL[k])
    heads = ["Ref", "Action", "Lead(s)", "By when", "Success measure", "RAG"]
    for sec in WARRINGTON:
        if sec[0] == "H":
            _, head, text, acts = sec
            doc.add_heading(head, 1)
            p = doc.add_paragraph()
            run = p.add_run(text)
            run.italic = True
            plan_table(doc, acts, heads)
            doc.add_paragraph()
        else:
            _, head, _, afis = sec
            doc.add_heading(head, 1)
            for afi, acts in afis:
                p = doc.add_paragraph()
                p.add_run(afi).bold = True
                plan_table(doc, acts, heads)
                doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to the SEND Improvement Board every six weeks and to the "
                      "Department for Education and NHS England at six-monthly review meetings.")
    doc.save(os.path.join(HERE, WARRINGTON_FILE))


# ---------------------------------------------------------------------------
# 5. Swindon corporate parenting board action plan (docx)
# ---------------------------------------------------------------------------
SWINDON_FILE = "jc1-swindon-corporate-parenting-board-action-plan.docx"
SWINDON = [
    ("Priority 1 – Feeling safe and settled: a home that meets my needs", [
        ("1.1", "Increase the number of Swindon foster carers by 15 households through the Fostering Recruitment Strategy.",
         "Head of Service, Fostering and Adoption", "March 2025", "11 new households approved since April 2024; 4 in assessment.", "FFC000"),
        ("1.2", "Ensure every child entering care has a placement planning meeting within five working days.",
         "Service Manager, Children in Care", "Ongoing", "Performance 93% in Q3.", "92D050"),
        ("1.3", "Review the Staying Put policy and increase the allowance paid to former foster carers.",
         "Service Manager, Care Leavers; Finance Business Partner (Children’s)", "September 2024", "New policy agreed by Cabinet on 9 October 2024.", "92D050"),
    ]),
    ("Priority 2 – Healthy and happy: good physical, emotional and mental health", [
        ("2.1", "Review the timeliness of initial health assessments with the ICB and agree a recovery plan.",
         "Designated Nurse for Children in Care (BSW ICB)", "Dec 2024", "Recovery plan not yet agreed; 48% of IHAs within 20 working days.", "FF0000"),
        ("2.2", "Offer every care leaver a free leisure pass through the Council’s leisure provider.",
         "Corporate Parenting Lead Officer", "April 2025", "Agreed with provider; passes issued from February.", "92D050"),
    ]),
    ("Priority 3 – Learning and achieving: the best education, training and employment", [
        ("3.1", "Virtual School to ensure every child in care has a good-quality Personal Education Plan, reviewed each term.",
         "Virtual School Headteacher", "Termly", "94% of PEPs rated good in the autumn term.", "92D050"),
        ("3.2", "Create 10 apprenticeship and work-experience placements for care leavers across Council directorates.",
         "Director of HR & OD / Corporate Parenting Lead Officer", "Sept 2025", "4 placements created; ring-fencing policy with HR.", "FFC000"),
    ]),
    ("Priority 4 – Being heard: my voice shapes services", [
        ("4.1", "Children in Care Council (‘Swindon Voices’) to attend each Board meeting and set one challenge for Board members.",
         "Participation and Engagement Officer", "Quarterly", "Challenges set in September and December.", "92D050"),
        ("4.2", "All Board members, including newly elected councillors, to complete corporate parenting training.",
         "Cllr Sarah Denton and Director of Children’s Services", "July 2025", "To be scheduled after the annual council meeting.", None),
    ]),
]


def build_swindon():
    doc = Document()
    doc.add_heading("Swindon Corporate Parenting Board Action Plan 2024–2025", 0)
    doc.add_paragraph("Our promise to children in care and care leavers: delivering the Corporate Parenting Strategy 2024–2027")
    doc.add_paragraph("Progress as at the Board meeting on 11 March 2025. RAG is shown by the colour of the last column: "
                      "green – complete or on track; amber – some delay; red – not on track.")
    heads = ["No.", "What we will do", "Lead", "By when", "Progress update", "RAG"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        t.rows[0].cells[j].text = h
    bold_row(t.rows[0], "C9C9C9")
    for prio, acts in SWINDON:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        m.text = prio
        for run in m.paragraphs[0].runs:
            run.bold = True
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(m, "7030A0")
        for a in acts:
            row = t.add_row()
            for j, v in enumerate(a[:5]):
                row.cells[j].text = v
            if a[5]:
                shade(row.cells[5], a[5])
    doc.add_paragraph()
    doc.add_paragraph("Notes: The Board reviews this plan at each meeting. Completed actions are removed at the end of the "
                      "year once their impact has been reported to the Board.")
    doc.save(os.path.join(HERE, SWINDON_FILE))


# ---------------------------------------------------------------------------
# 6. Rochdale safeguarding children partnership JTAI action plan (csv)
# ---------------------------------------------------------------------------
ROCHDALE_FILE = "jc1-rochdale-borough-safeguarding-children-partnership-jtai-action-plan.csv"
ROCHDALE = [
    ("1. The identification of child sexual abuse by professionals across the partnership, including when children do not disclose abuse.", [
        ("1.1", "Commission and deliver multi-agency training on recognising the signs and indicators of child sexual abuse in the family environment.",
         "RBSCP Business Manager", "30/09/2025", "On track", "Training dates booked; 186 staff attended by end of June."),
        ("1.2", "Add prompts about child sexual abuse to health visiting, school nursing and GP safeguarding templates.",
         "Designated Nurse Safeguarding Children; Named GP for Safeguarding", "31/07/2025", "Amber", "Health visiting and school nursing done; GP template awaiting EMIS change."),
        ("1.3", "Designated safeguarding leads in schools to cascade the CSA signs and indicators guide to all staff.",
         "Education Safeguarding Lead", "Q2 2025/26", "Not started", ""),
    ]),
    ("2. The quality of strategy discussions and section 47 enquiries, so that all relevant agencies contribute and decisions are recorded.", [
        ("2.1", "Revise the strategy discussion standard so that health and education are invited to every strategy discussion about suspected sexual abuse.",
         "Head of Service, MASH and Assessment / Detective Chief Inspector, GMP Rochdale District", "31/05/2025", "Complete", "Revised standard issued 12 May 2025."),
        ("2.2", "Audit 20 strategy discussions each quarter against the revised standard.\nShare the findings with the Quality Assurance and Performance Subgroup.",
         "Chair, Quality Assurance and Performance Subgroup", "Quarterly", "On track", "First audit scheduled for July 2025."),
    ]),
    ("3. Access to timely therapeutic support for children after disclosure, including children with special educational needs and disabilities.", [
        ("3.1", "Map the therapeutic offer for children after sexual abuse and publish a single support pathway.",
         "ICB Associate Director, Children’s Mental Health", "Sep-25", "On track", "Mapping complete; pathway in draft."),
        ("3.2", "Agree additional paediatric follow-up capacity with the Sexual Assault Referral Centre.",
         "Designated Doctor (NHS GM – Rochdale); GMP Head of Public Protection", "Dec-25", "Red", "No additional capacity identified yet – escalated to the Executive."),
    ]),
    ("4. Leaders’ oversight of the impact of the partnership’s response to child sexual abuse.", [
        ("4.1", "Develop a child sexual abuse performance dataset reported to the RBSCP Executive each quarter.",
         "RBSCP Business Manager; Rochdale Council Performance Lead", "31/10/2025", "On track", "Draft dataset presented to the Executive in June."),
        ("4.2", "Hold a partnership learning event on the JTAI findings for frontline practitioners and managers.",
         "RBSCP Independent Scrutineer", "30/06/2025", "Complete", "Held 18 June 2025; 140 attendees."),
    ]),
]


def build_rochdale():
    rows = [
        ["RBSCP Joint Targeted Area Inspection (JTAI) Action Plan", "", "", "", "", "", ""],
        ["Rochdale Borough Safeguarding Children Partnership – multi-agency response to child sexual abuse in the family environment", "", "", "", "", "", ""],
        ["Inspection: 13–17 January 2025. Letter published: 5 March 2025. Agreed by RBSCP Executive: 2 April 2025. Last updated: 30 June 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Area for improvement", "Ref", "Action", "Lead(s)", "Target date", "Status", "Progress / evidence"],
    ]
    for area, acts in ROCHDALE:
        for i, (ref, action, lead, when, status, prog) in enumerate(acts):
            rows.append([area if i == 0 else "", ref, action, lead, when, status, prog])
    n = sum(len(a) for _, a in ROCHDALE)
    statuses = [a[4] for _, acts in ROCHDALE for a in acts]
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["Total actions: %d" % n, "", "Complete: %d; On track: %d; Amber: %d; Red: %d; Not started: %d" % (
        statuses.count("Complete"), statuses.count("On track"), statuses.count("Amber"),
        statuses.count("Red"), statuses.count("Not started")), "", "", "", ""])
    rows.append(["Status key: Complete; On track; Amber = at risk of delay; Red = off track, escalated to the Executive; Not started", "", "", "", "", "", ""])
    with open(os.path.join(HERE, ROCHDALE_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Tameside youth justice service HMIP improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
TAMESIDE_FILE = "jc1-tameside-youth-justice-service-hmip-improvement-plan.txt"
TAMESIDE = [
    ("Recommendations for the Tameside Youth Justice Partnership Board", [
        ("Ensure that the board has a clear understanding of the quality of work delivered and of the over-representation of children from some groups", [
            ("1a", "Board to receive a quarterly quality assurance and disproportionality report, with actions tracked in the board action log.",
             "Head of Youth Justice Service", "Mar-25", "G", "First report presented December 2024."),
            ("1b", "Appoint a board champion for disproportionality and agree a partnership disproportionality action plan.",
             "Chair of the Youth Justice Partnership Board", "Jun-25", "A", "Champion appointed; plan in draft."),
        ]),
        ("Ensure that all children have timely access to speech and language therapy and emotional health support", [
            ("2a", "Agree funding for a dedicated speech and language therapist in the YJS for 2025/26.",
             "ICB Place Director / Head of Youth Justice Service", "31.03.2025", "R", "Funding bid submitted to the ICB; decision deferred to April."),
            ("2b", "Screen all children for speech, language and communication needs at assessment.",
             "YJS Operational Manager", "Ongoing", "G", ""),
        ]),
    ]),
    ("Recommendations for the Head of Youth Justice Service", [
        ("Improve the quality of assessment and planning for keeping other people safe, including contingency planning", [
            ("3a", "Deliver risk and safety training to all case managers and embed the revised contingency planning template.",
             "YJS Operational Manager", "Sept 2024 – January 2025", "B", "Training complete; template live."),
            ("3b", "Monthly management oversight audits of safety and wellbeing and risk of harm assessments.",
             "YJS Team Managers", "Monthly", "G", "Audits in place since October."),
        ]),
        ("Ensure that victims’ views are sought and that victim safety is considered in all out-of-court disposal decisions", [
            ("4a", "Restorative Justice and Victim Worker to attend all Joint Decision Making panels.",
             "Restorative Justice and Victim Worker", "Jan-25", "B", "In place since January."),
            ("4b", "Review the out-of-court disposal policy with Greater Manchester Police and the victims’ service.",
             "Head of Youth Justice Service; GMP Tameside Out of Court Inspector", "Apr-25", "A", ""),
        ]),
        ("Strengthen the resettlement policy so that it guides staff in planning for children leaving custody", [
            ("5a", "Revise the resettlement policy and practice guidance in line with HMIP resettlement guidance.",
             "YJS Operational Manager", "Feb-25", "G", "Draft policy to February board."),
        ]),
    ]),
]


def build_tameside():
    lines = [
        "Tameside Youth Justice Service – HMIP Inspection Improvement Plan",
        "Fieldwork: 3–7 June 2024 | Report published: 27 August 2024 | Overall rating: Requires improvement",
        "Plan owner: Head of Youth Justice Service | Monitored by: Tameside Youth Justice Partnership Board | Last updated: 14/02/2025",
        "",
        "\t".join(["Ref", "Recommendation", "Action", "Owner", "Target date", "RAG", "Update"]),
    ]
    for sec, recs in TAMESIDE:
        lines.append(sec)
        for rec, acts in recs:
            for i, (ref, action, lead, when, rag, upd) in enumerate(acts):
                lines.append("\t".join([ref, rec if i == 0 else "", action, lead, when, rag, upd]))
    lines += [
        "",
        "RAG: B – complete; G – on track; A – at risk; R – off track",
        "Note: target dates agreed with the Partnership Board on 18 September 2024.",
    ]
    with open(os.path.join(HERE, TAMESIDE_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build_bromley()
    build_thurrock()
    build_knowsley()
    build_warrington()
    build_swindon()
    build_rochdale()
    build_tameside()
    print("built 7 files; Knowsley mistyped month on sheet row", KNOWSLEY_TYPO_ROW)


if __name__ == "__main__":
    main()
