"""Generator for the ae1- cases of heldout65 (children's services plans).

Run with: /work/main/.venv/bin/python ae1_make.py
Writes seven documents beside this script:
  ae1-moray-cpc-children-at-risk-joint-inspection-improvement-plan.xlsx
  ae1-knowsley-send-wsoa-progress-tracker.xlsx
  ae1-city-hackney-chscp-lcspr-child-q-action-plan.xlsx
  ae1-leicester-city-ccg-cqc-clas-review-action-plan.docx
  ae1-tower-hamlets-yjs-hmip-improvement-plan.docx
  ae1-west-dunbartonshire-fostering-care-inspectorate-improvement-plan.csv
  ae1-vale-of-glamorgan-cssiw-lac-inspection-action-plan.txt
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- xlsx helpers
BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
RAGFILL = {"Complete": BLUE, "Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, fmt=None, bold=False, fillhex=None, border=True, wrap=True):
    c = ws.cell(row=row, column=col, value=value)
    if fmt:
        c.number_format = fmt
    if bold:
        c.font = Font(bold=True)
    if fillhex:
        c.fill = fill(fillhex)
    if border:
        c.border = BOX
    if wrap:
        c.alignment = WRAP
    return c


# ============================================================ 1. Moray (xlsx)
def make_moray():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = ("Joint Inspection of Services for Children and Young People at Risk of Harm "
                "in Moray \u2013 Improvement Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Moray Child Protection Committee"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Inspection report published 23 January 2024 | Plan submitted to the Care Inspectorate "
                "March 2024 | Progress position: 30 September 2024")
    ws["A3"].font = Font(italic=True)
    heads = ["Area for improvement", "Ref", "Improvement action", "Lead officer", "Timescale",
             "Revised timescale", "Progress update (September 2024)", "RAG"]
    for i, h in enumerate(heads, 1):
        put(ws, 5, i, h, bold=True, fillhex="1F3864").font = Font(bold=True, color="FFFFFF")

    MY = "mmm-yy"
    DMY = "dd/mm/yyyy"
    areas = [
        ("1. Young people at risk of harm from their own behaviour, or from others in the community, "
         "consistently receive the help and support they need", [
            ("1.1", "Develop and agree a multi-agency pathway for young people at risk of harm outside the "
                    "family home, including when an Inter-agency Referral Discussion (IRD) should be convened.",
             "Head of Children and Families and Justice Social Work", (d(2024, 9, 30), MY), None,
             "Pathway agreed by CPC on 21 August 2024. Briefing sessions delivered to 140 practitioners "
             "across social work, police, health and education in September.", "Complete"),
            ("1.2", "Review the use of Care and Risk Management (CARM) and child protection processes for "
                    "young people aged 16 and 17 so that the right process is used for each young person.",
             "Service Manager Youth Justice / CPC Lead Officer", (d(2024, 6, 30), MY), (d(2024, 12, 31), MY),
             "Review delayed by a vacancy in the Youth Justice service manager post. Audit of 22 cases now "
             "under way and due to report to CPC in November.", "Amber"),
            ("1.3", "Extend detached and street-based youth work to Elgin, Forres and Buckie on Friday and "
                    "Saturday evenings, linked to the contextual safeguarding pathway.",
             "Head of Education Resources and Communities", ("March 2025", None), None,
             "Detached youth work running in Elgin and Buckie since June. Forres to follow once two youth "
             "worker posts are recruited (interviews in October).", "Green"),
            ("1.4", "Ensure every young person open to the Youth Justice or Throughcare and Aftercare teams who "
                    "is assessed as at risk of harm has a single multi-agency chronology and risk assessment.",
             "Police Scotland DI Public Protection; Youth Justice Team Manager", (d(2024, 12, 31), MY), None,
             "Chronology template agreed. Dip sample in August found 15 of 19 young people had an "
             "up-to-date chronology.", "Green"),
        ]),
        ("2. Children and young people at risk of harm influence service planning and delivery", [
            ("2.1", "Set up a participation group of young people with lived experience of child protection "
                    "and care and risk management processes, supported by a Children's Rights Officer.",
             "Children's Rights and Participation Officer", (d(2024, 12, 31), DMY), None,
             "Six young people recruited; the group ('Our Voice Moray') met for the first time on "
             "12 September.", "Green"),
            ("2.2", "Use the Mind Of My Own app for all children subject to a child protection plan so that "
                    "their views are recorded before each review planning meeting.",
             "CPC Lead Officer", ("June 2024", None), ("Nov 2024", None),
             "Licence extended to all children and families teams. 61% of children had a statement before "
             "their review meeting in Q2; target is 80%.", "Amber"),
            ("2.3", "Publish a 'You said, we did' summary each year showing how the views of children and "
                    "young people have changed CPC priorities.",
             "CPC Independent Chair", ("Annually", None), None,
             "First summary to be published with the CPC annual report in October 2024.", "Green"),
        ]),
        ("3. Children, young people and families at risk of harm have consistent access to independent "
         "advocacy", [
            ("3.1", "Commission an independent advocacy service for all children and young people subject to "
                    "child protection planning, in addition to the existing offer for care experienced "
                    "children.",
             "Head of Commissioning and Performance", (d(2025, 3, 31), DMY), None,
             "Specification drafted with input from Who Cares? Scotland and Children 1st. Interim "
             "spot-purchase arrangement in place from July.", "Amber"),
            ("3.2", "Social workers to offer advocacy at every initial and review child protection planning "
                    "meeting and record the offer and the child's decision.",
             "Children and Families Team Managers", (d(2024, 8, 31), MY), None,
             "Recording field added to the CP planning meeting template in August. Offer recorded in 88% "
             "of meetings in September.", "Complete"),
        ]),
        ("4. The Child Protection Committee can evidence and communicate the difference services are making", [
            ("4.1", "Develop a CPC multi-agency minimum dataset and quarterly performance report, including "
                    "outcome measures and the views of children and families.",
             "Moray Council Performance Analyst & NHS Grampian Lead Nurse Child Protection",
             ("Sept 2024", None), None,
             "Dataset agreed. First quarterly report (Q1 2024/25) presented to CPC in September; Q2 report "
             "due in November.", "Complete"),
            ("4.2", "Carry out two multi-agency case file audits each year, themed on the areas for "
                    "improvement in this plan, and report findings to the Chief Officers' Group.",
             "CPC Quality Assurance Sub-Group Chair", ("Ongoing", None), None,
             "First audit (young people at risk outside the home) completed in June; 24 records read. "
             "Second audit planned for February 2025.", "Green"),
            ("4.3", "Report progress against this improvement plan to the Chief Officers' Group and to the "
                    "Care Inspectorate link inspector.",
             "CPC Lead Officer", ("Quarterly", None), None,
             "Progress reported to COG in June and September 2024.", "Green"),
        ]),
    ]
    row = 6
    for ai, (area, acts) in enumerate(areas):
        if ai == 1:
            row += 1  # a spacer row someone left between the first two areas
        first = row
        for ref, act, lead, (tv, tf), rev, prog, rag in acts:
            put(ws, row, 2, ref)
            put(ws, row, 3, act)
            put(ws, row, 4, lead)
            put(ws, row, 5, tv, fmt=tf)
            if rev:
                put(ws, row, 6, rev[0], fmt=rev[1])
            else:
                put(ws, row, 6, None)
            put(ws, row, 7, prog)
            put(ws, row, 8, rag, fillhex=RAGFILL[rag], bold=True)
            row += 1
        put(ws, first, 1, area, bold=True, fillhex="D9E1F2")
        for r in range(first + 1, row):
            put(ws, r, 1, None, fillhex="D9E1F2")
        if row - first > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    row += 1
    ws.cell(row=row, column=1, value="RAG key").font = Font(bold=True)
    row += 1
    for label, hexcol, meaning in [("Complete", BLUE, "Action complete and evidence held"),
                                   ("Green", GREEN, "On track to meet timescale"),
                                   ("Amber", AMBER, "Some slippage \u2013 revised timescale agreed"),
                                   ("Red", RED, "Off track \u2013 escalated to Chief Officers' Group")]:
        put(ws, row, 1, label, fillhex=hexcol)
        ws.cell(row=row, column=2, value=meaning)
        row += 1
    widths = [34, 6, 48, 26, 12, 12, 46, 11]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C6"
    ws.page_setup.orientation = "landscape"
    wb.save(out("ae1-moray-cpc-children-at-risk-joint-inspection-improvement-plan.xlsx"))


# ========================================================= 2. Knowsley (xlsx)
def make_knowsley():
    wb = Workbook()
    ws = wb.active
    ws.title = "WSoA tracker"
    ws["A1"] = "SEND Written Statement of Action \u2013 Progress Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Knowsley Local Area Partnership"
    ws["A2"].font = Font(bold=True, size=12, color="6A1B9A")
    ws["A3"] = ("Local area SEND inspection 14\u201318 March 2022 | WSoA accepted by Ofsted August 2022 | "
                "Update for SEND Improvement Board, February 2023")
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead", "Start", "Completion date", "Measure of impact",
             "Progress update", "RAG"]
    for i, h in enumerate(heads, 1):
        c = put(ws, 5, i, h, fillhex="6A1B9A")
        c.font = Font(bold=True, color="FFFFFF")
    MY = "mmm-yy"
    areas = [
        ("Area of weakness 1: The 0\u201325 universal public health offer does not identify children and "
         "young people's SEND early enough", [
            ("1.1", "Review the 0\u201319 healthy child programme pathway so that every child is offered a "
                    "2\u20132\u00bd year review including ASQ-3, with results shared with the child's early "
                    "years setting.", "Public Health Commissioning Manager", d(2022, 10, 1), d(2023, 3, 31),
             "90% of 2\u20132\u00bd year reviews completed using ASQ-3",
             "Revised pathway agreed with the health visiting provider in December. Q3 coverage 84%.",
             "Green"),
            ("1.2", "Joint training for health visitors and early years practitioners on early identification "
                    "of SEND and the graduated approach.", "Early Years SEND Lead / Health Visiting Team Leader",
             d(2022, 11, 1), d(2023, 6, 30), "All health visitors and 80% of PVI settings trained",
             "Four sessions delivered to 63 practitioners. Further dates booked for March and May.", "Green"),
            ("1.3", "Extend the school nursing offer to post-16 settings and to young people with SEND up to "
                    "the age of 25.", "Consultant in Public Health (Children and Young People)",
             d(2023, 1, 1), d(2024, 3, 31), "School nurse drop-in at all post-16 providers",
             "Business case to be presented to Public Health Board in March; funding not yet agreed.",
             "Amber"),
        ]),
        ("Area of weakness 2: Waiting times for neurodevelopmental assessment, and communication with "
         "families while they wait", [
            ("2.1", "Commission additional neurodevelopmental assessment capacity to reduce the waiting list "
                    "for autism and ADHD assessment.", "ICB Place Director (Knowsley)", d(2022, 10, 1),
             d(2024, 3, 31), "No child waiting more than 52 weeks for assessment",
             "Additional provider mobilised in January. Longest wait reduced from 118 to 96 weeks.",
             "Amber"),
            ("2.2", "Introduce a 'waiting well' offer for families on the neurodevelopmental pathway, "
                    "including a named contact and a letter every month.", "Neurodevelopmental Pathway Manager",
             d(2022, 10, 1), d(2022, 12, 31), "Every family on the waiting list has a named contact",
             "Waiting well offer launched 1 December. Monthly letters sent to 1,240 families.", "Complete"),
            ("2.3", "Co-produce with Knowsley Parent Carer Voice a guide to the neurodevelopmental pathway "
                    "and publish it on the Local Offer.", "SEND Participation Officer & KPCV Chair",
             d(2022, 11, 1), d(2002, 9, 30), "Guide published; parent feedback through KPCV survey",
             "Two co-production workshops held. Draft guide with parents for comment.", "Green"),
            ("2.4", "Report waiting times by age and stage of the pathway to the SEND Improvement Board "
                    "every month.", "ICB Head of Children's Commissioning", d(2022, 10, 1), "Monthly",
             "Board receives monthly waiting time data",
             "Dashboard presented to every Board meeting since October.", "Green"),
        ]),
        ("Area of weakness 3: Planning for, and communication about, preparation for adulthood", [
            ("3.1", "Include preparation for adulthood outcomes in every EHC plan annual review from Year 9.",
             "Head of SEND", d(2022, 9, 1), d(2023, 7, 31),
             "95% of Year 9+ reviews include PfA outcomes (audit)",
             "Review paperwork changed in September. Audit of 40 reviews in January: 72% compliant.",
             "Green"),
            ("3.2", "Publish a preparation for adulthood pathway and 'moving on' guide on the Local Offer.",
             "Preparing for Adulthood Lead", d(2023, 1, 1), d(2023, 4, 30),
             "Pathway published; page views and parent feedback", "", "Not started"),
            ("3.3", "Set up a joint transition panel across children's and adult social care and health for "
                    "young people from the age of 14.",
             "Service Manager Children with Disabilities / Head of Adult Social Care", d(2022, 10, 1),
             d(2023, 3, 31), "All young people with complex needs known to the panel by 15",
             "Panel terms of reference agreed. First panel met 18 January.", "Green"),
        ]),
    ]
    row = 6
    for area, acts in areas:
        put(ws, row, 1, area, bold=True, fillhex="E1BEE7")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        row += 1
        for ref, act, lead, start, end, measure, prog, rag in acts:
            put(ws, row, 1, ref)
            put(ws, row, 2, act)
            put(ws, row, 3, lead)
            put(ws, row, 4, start, fmt=MY)
            put(ws, row, 5, end, fmt=MY if not isinstance(end, str) else None)
            put(ws, row, 6, measure)
            put(ws, row, 7, prog or None)
            put(ws, row, 8, rag, fillhex=RAGFILL.get(rag))
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Key").font = Font(bold=True)
    row += 1
    for label, hexcol in [("Complete", BLUE), ("Green", GREEN), ("Amber", AMBER), ("Red", RED),
                          ("Not started", None)]:
        put(ws, row, 1, label, fillhex=hexcol)
        row += 1
    for i, w in enumerate([7, 50, 28, 9, 12, 32, 46, 12], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(out("ae1-knowsley-send-wsoa-progress-tracker.xlsx"))


# ====================================================== 3. Child Q (xlsx)
def make_childq():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Local Child Safeguarding Practice Review \u2013 Child Q: Multi-agency Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "City & Hackney Safeguarding Children Partnership (CHSCP)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Review published 14 March 2022. Position as at 31 October 2022. Owner: CHSCP Executive."
    heads = ["Ref", "Recommendation", "Action", "Lead", "Target date", "Progress update", "RAG"]
    for i, h in enumerate(heads, 1):
        c = put(ws, 5, i, h, fillhex="000000")
        c.font = Font(bold=True, color="FFFFFF")
    DMY = "dd/mm/yyyy"
    recs = [
        ("The Metropolitan Police Service should review its policy and practice on the strip search of "
         "children, so that an appropriate adult is always present and a more thorough search of a child is "
         "only considered where there is no safer alternative.", [
            ("1a", "Contribute to the MPS review of the policy on the strip search of children and obtain "
                   "written assurance on the changes made in Central East BCU.",
             "Central East BCU Commander", d(2022, 7, 31), DMY,
             "Revised MPS guidance issued, requiring Inspector authority and an appropriate adult for any "
             "more thorough search of a child. Assurance letter received by the CHSCP in July.", BLUE),
            ("1b", "Audit every search of a child in Hackney involving the exposure of intimate parts each "
                   "quarter and report the findings to the CHSCP Executive.",
             "Central East BCU Safeguarding Superintendent", "Quarterly", None,
             "First audit (April\u2013June 2022) presented to the Executive in September. Q2 audit due in "
             "December.", GREEN),
        ]),
        ("Schools should be clear that when they call the police onto school premises they keep their duty "
         "of care to the child, and that a safeguarding-first approach must prevail.", [
            ("2a", "Issue guidance to all Hackney schools and City of London schools setting out what is "
                   "expected of schools when police attend, including the role of the Designated Safeguarding "
                   "Lead.", "Director of Education (Hackney Education)", "Sept 2022", None,
             "Guidance issued to all schools on 2 September 2022 and discussed at the DSL network in October.",
             BLUE),
            ("2b", "Deliver briefings on the guidance to Designated Safeguarding Leads and headteachers in "
                   "each school cluster.", "Head of Safeguarding in Education", d(2022, 12, 31), DMY,
             "Three of five cluster briefings delivered; remaining sessions booked for November and "
             "December.", GREEN),
        ]),
        ("The CHSCP should ensure that partner agencies provide training on adultification bias and its "
         "impact on how professionals see and respond to Black children.", [
            ("3a", "Commission multi-agency training on adultification bias and anti-racist practice, open to "
                   "all partner agencies.", "CHSCP Learning and Development Lead", d(2022, 11, 30), DMY,
             "8 of 12 sessions delivered to 196 practitioners; remaining sessions in November.", GREEN),
            ("3b", "Each partner agency to report the proportion of its safeguarding workforce who have "
                   "completed the training.", "Single agency safeguarding leads", "March 2023", None,
             "Not yet due \u2013 reporting template in development.", None),
        ]),
        ("The CHSCP should seek assurance that partner agencies' policies on searching children are "
         "consistent with a safeguarding-first approach.", [
            ("4a", "Audit agency policies on searching, screening and confiscation, including school policies "
                   "and MPS guidance, and report the findings to the Executive.",
             "CHSCP Partnership Manager", d(2023, 1, 31), DMY,
             "Policy audit under way; 41 school policies received so far. Slippage due to late returns "
             "from academies.", AMBER),
        ]),
        ("Hackney Education should review its guidance on searching, screening and confiscation so that it "
         "reflects the learning from this review.", [
            ("5a", "Revise the model searching, screening and confiscation policy for schools, with input "
                   "from young people.", "Head of Safeguarding in Education", "Jan 2023", None,
             "Young Hackney consultation with 45 young people completed. Draft policy due at Schools Forum "
             "in January.", GREEN),
            ("5b", "Check that schools have adopted the revised policy through the annual section 175 "
                   "safeguarding audit.", "Head of Safeguarding in Education & Schools Safeguarding Adviser",
             "Summer term 2023", None, "", None),
        ]),
        ("The MPS should ensure that officers are clear about when a child should be treated as a victim "
         "or as potentially exploited, rather than as a suspect, when drugs are suspected.", [
            ("6a", "Deliver safeguarding-first training on child criminal exploitation to all response and "
                   "neighbourhood officers in Central East BCU.", "Central East BCU Commander",
             d(2022, 12, 31), DMY,
             "84% of officers trained by the end of October; remaining officers booked on sessions in "
             "November.", GREEN),
        ]),
        ("The CHSCP should hear directly from children and families in Hackney about their experience of "
         "policing and schools, and use this to shape its work on disproportionality.", [
            ("7a", "Hold listening events with young people and parents, co-produced with community "
                   "organisations, and report what was heard to the Executive.",
             "Independent Child Safeguarding Commissioner", "Ongoing", None,
             "Two events held in June and September with Hackney CVS and local faith groups.", GREEN),
        ]),
    ]
    row = 6
    for rec, acts in recs:
        first = row
        for ref, act, lead, tv, tf, prog, rag in acts:
            put(ws, row, 1, ref)
            put(ws, row, 3, act)
            put(ws, row, 4, lead)
            put(ws, row, 5, tv, fmt=tf)
            put(ws, row, 6, prog or None)
            put(ws, row, 7, None, fillhex=rag)
            row += 1
        put(ws, first, 2, rec, fillhex="F2F2F2")
        for r in range(first + 1, row):
            put(ws, r, 2, None, fillhex="F2F2F2")
        if row - first > 1:
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1, value="RAG key").font = Font(bold=True)
    row += 1
    for hexcol, meaning in [(BLUE, "Complete \u2013 evidence of impact held"), (GREEN, "On track"),
                            (AMBER, "Some risk to delivery"), (RED, "Off track"),
                            (None, "No colour \u2013 not yet started")]:
        put(ws, row, 1, None, fillhex=hexcol)
        ws.cell(row=row, column=2, value=meaning)
        row += 1
    for i, w in enumerate([6, 44, 46, 26, 13, 46, 7], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(out("ae1-city-hackney-chscp-lcspr-child-q-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, italic=False, color=None, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if size:
            r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ===================================================== 4. Leicester CLAS (docx)
def make_leicester():
    doc = Document()
    landscape(doc)
    doc.add_heading("Review of Health Services for Children Looked After and Safeguarding in Leicester City", 1)
    p = doc.add_paragraph()
    p.add_run("Joint health economy action plan in response to the CQC review (fieldwork 8\u201312 February "
              "2016; report published 5 August 2016)").italic = True

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "14 November 2016"),
                 ("Author", "Designated Nurse Safeguarding Children, Leicester City CCG"),
                 ("Status", "Progress update for the Leicester Safeguarding Children Board, December 2016")]:
        r = t.add_row().cells
        set_text(r[0], k, bold=True)
        shade(r[0], "D9D9D9")
        set_text(r[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "This action plan brings together the responses of each health organisation to the recommendations "
        "in the CQC report. Progress is monitored by the CCG Safeguarding Assurance Group and reported to the "
        "LSCB. RAG ratings are as at 31 October 2016.")

    heads = ["Ref", "Recommendation", "Action", "Lead", "Timescale", "Progress / evidence", "RAG"]
    ragfill = {"R": RED, "A": AMBER, "G": GREEN, "B": "00B0F0"}
    sections = [
        ("1. Leicester City Clinical Commissioning Group should:", [
            ("1.1", "Ensure that commissioned health providers have effective arrangements for sharing "
                    "information with GPs when a child is looked after or subject to a child protection plan.",
             "Agree an information sharing standard with providers and include it in the 2017/18 contract "
             "quality schedule.", "Designated Nurse Safeguarding Children", "March 2017",
             "Standard drafted and shared with providers at the September safeguarding forum. Contract "
             "variation drafted.", "G"),
            ("1.2", "Ensure that GP practices routinely record and flag children who are looked after or "
                    "subject to a child protection plan.",
             "Audit of 20 GP practices on flagging of CLA and CP.\nFlagging to be covered at the protected "
             "learning time event.", "Named GP Safeguarding Children", "31/12/2016",
             "Audit tool agreed. 12 of 20 practices audited to date.", "A"),
        ]),
        ("2. University Hospitals of Leicester NHS Trust (UHL) should:", [
            ("2.1", "Ensure that staff in the children's Emergency Department consistently record who "
                    "accompanies a child and that adult's relationship to the child.",
             "Amend the paediatric ED assessment proforma to include a mandatory field for the accompanying "
             "adult.\nMonthly audit of 20 records for three months.",
             "Named Nurse Safeguarding Children (UHL)", "Oct 2016 \u2013 Jan 2017",
             "Proforma changed 3 October. First audit: 17/20 records compliant.", "G"),
            ("2.2", "Ensure that midwives routinely ask about domestic abuse at booking and at least once more "
                    "during pregnancy, and record the response.",
             "Add routine enquiry to the electronic maternity record at booking and at 28 weeks; report "
             "compliance to the maternity safeguarding group.",
             "Head of Midwifery / Named Midwife Safeguarding", "31 January 2017",
             "IT change request submitted; awaiting a release date from the supplier.", "A"),
            ("2.3", "Ensure that 16 and 17 year olds attending the adult Emergency Department have their "
                    "safeguarding needs assessed.",
             "Introduce the under-18 safeguarding screening tool in the adult ED and train all ED nursing "
             "staff.", "Matron Emergency Department", "Q3 2016/17",
             "Screening tool in use since 1 October; 78% of ED nurses trained.", "G"),
        ]),
        ("3. Leicestershire Partnership NHS Trust (LPT) should:", [
            ("3.1", "Ensure that initial health assessments for children looked after are completed within "
                    "statutory timescales.",
             "Weekly tracking meeting with the local authority for all children entering care.\nAdditional "
             "paediatric clinic capacity (two clinics a month).",
             "Head of Service Families, Young People and Children / Designated Doctor CLA", "March 2017",
             "Timeliness improved from 41% (Q1) to 63% (Q2). Additional clinics started in September.", "A"),
            ("3.2", "Ensure that review health assessments for children looked after include a clear health "
                    "plan with SMART actions.",
             "Quality audit of 30 review health assessments, with feedback to school nurses and health "
             "visitors through supervision.", "Designated Nurse CLA", "Ongoing",
             "Audit completed in July; 60% had SMART health plans. Re-audit planned for January 2017.", "G"),
            ("3.3", "Ensure that school nurses and health visitors receive safeguarding supervision in line "
                    "with trust policy.",
             "Increase safeguarding supervision capacity and report compliance monthly to the LPT "
             "Safeguarding Committee.", "Named Nurse Safeguarding Children (LPT)", "30/09/2016",
             "Compliance at 94% in September. Completed.", "B"),
            ("3.4", "Ensure that CAMHS practitioners consider and record the needs of children in households "
                    "where a parent has mental ill health.",
             "Add Think Family prompts to the CAMHS assessment template and brief all CAMHS teams.",
             "CAMHS Service Manager", "Dec 2016",
             "Not yet started \u2013 awaiting template review by the clinical systems team.", "R"),
        ]),
        ("4. Leicester City Council Public Health (commissioned services) should:", [
            ("4.1", "Ensure that the adult substance misuse service records whether service users are parents "
                    "or carers and considers the impact on their children.",
             "Include 'children in the household' data in the quarterly contract monitoring return from the "
             "adult substance misuse provider.", "Consultant in Public Health", "January 2017",
             "Data fields agreed with the provider; first return due in January.", "G"),
            ("4.2", "Ensure that the integrated sexual health service uses a child sexual exploitation risk "
                    "assessment tool with all under-18s.",
             "CSE screening tool to be used at every under-18 attendance, with an audit of its use after "
             "three months.", "Sexual Health Commissioning Manager", "Ongoing",
             "Tool in use. Audit planned for February 2017.", "G"),
        ]),
    ]
    for title, rows in sections:
        doc.add_heading(title, 2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_text(t.rows[0].cells[i], h, bold=True, color="FFFFFF")
            shade(t.rows[0].cells[i], "005EB8")
        for ref, rec, act, lead, when, prog, rag in rows:
            c = t.add_row().cells
            for i, v in enumerate([ref, rec, act, lead, when, prog, rag]):
                set_text(c[i], v, bold=(i == 6))
            shade(c[6], ragfill[rag])
        widths = [Cm(1.2), Cm(5.5), Cm(5.5), Cm(3.6), Cm(2.4), Cm(5.4), Cm(1.2)]
        for r in t.rows:
            for i, w in enumerate(widths):
                r.cells[i].width = w
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("R \u2013 not started or significantly off track; A \u2013 in progress, some risk to timescale; "
              "G \u2013 in progress and on track; B \u2013 complete and evidence provided.")
    doc.save(out("ae1-leicester-city-ccg-cqc-clas-review-action-plan.docx"))


# ================================================= 5. Tower Hamlets YJS (docx)
def make_tower_hamlets():
    doc = Document()
    landscape(doc)
    doc.add_heading("Tower Hamlets and City of London Youth Justice Service: Post-Inspection Improvement "
                    "Plan 2022\u20132024", 1)
    p = doc.add_paragraph()
    p.add_run("Response to HM Inspectorate of Probation inspection (fieldwork April 2022; report published "
              "July 2022)").italic = True
    doc.add_paragraph(
        "The inspection made seven recommendations. The Youth Justice Service Management Board has grouped "
        "these, together with the service's own learning, into six priority areas. Progress is reported to "
        "each meeting of the Executive Board. Status as at December 2022.")

    heads = ["Ref", "Action", "Lead", "By when", "Status"]
    stfill = {"Complete": "0070C0", "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": None}
    plan = [
        ("P", "Priority 1: Governance and leadership"),
        ("R", "HMIP Recommendation 1: The YJS Management Board should make sure that board members understand "
              "their roles, attend regularly and hold partners to account for the services children need."),
        ("A", "1.1", "Split the Management Board into an Executive Board (strategic) and an Operational Board, "
                     "with revised terms of reference and membership.",
         "Corporate Director Children and Culture", "September 2022", "Complete"),
        ("A", "1.2", "Induction and a board member handbook for all board members, covering disproportionality, "
                     "out-of-court work and victims.", "Head of Youth Justice Service", "31 December 2022",
         "Green"),
        ("A", "1.3", "Monitor board attendance and partner contributions at each meeting and report them in "
                     "the annual Youth Justice Plan.", "Chair of Executive Board", "Each meeting", "Green"),
        ("P", "Priority 2: Workforce stability and staff engagement"),
        ("R", "HMIP Recommendation 2: The Head of Service should recruit to key vacant posts and make sure "
              "that staff are consulted on, and told about, decisions that affect their work."),
        ("A", "2.1", "Recruit a permanent Head of Service and two permanent Team Managers.",
         "Director of Supporting Families", "Oct 2022", "Complete"),
        ("A", "2.2", "Monthly all-staff meeting with a 'you said, we did' log, and staff representation on the "
                     "Operational Board.", "Head of Youth Justice Service", "Nov 2022", "Green"),
        ("P", "Priority 3: Data, performance and management information"),
        ("R", "HMIP Recommendation 3: The YJS should make sure that its data is accurate and reliable, and is "
              "used to understand the needs of children and to inform decisions."),
        ("A", "3.1", "Appoint a dedicated YJS data analyst and reconcile the case management system with "
                     "national returns.", "Head of Performance and Intelligence", "January 2023", "Amber"),
        ("A", "3.2", "Monthly performance dashboard to the Operational Board, including first-time entrants, "
                     "reoffending, custody and education, training and employment.", "YJS Data Analyst",
         "March 2023", "Not started"),
        ("P", "Priority 4: Quality of assessment, planning and delivery"),
        ("R", "HMIP Recommendation 4: Managers should make sure that assessment and planning take full "
              "account of the child's safety and wellbeing and the risk of harm to others, with effective "
              "management oversight."),
        ("A", "4.1", "Refresh the quality assurance framework, including a monthly audit of five cases by each "
                     "team manager.", "Team Manager (Quality and Practice)", "December 2022", "Green"),
        ("A", "4.2", "Deliver AssetPlus refresher training and risk of harm training to all case managers.",
         "YJS Practice Development Lead", "Feb 2023", "Green"),
        ("R", "HMIP Recommendation 5: The YJS should review its out-of-court disposal policy and make sure "
              "that children receive a thorough assessment before a decision is made."),
        ("A", "4.3", "Rewrite the out-of-court disposal policy jointly with the Metropolitan Police and "
                     "relaunch the joint decision-making panel, using Turnaround funding for early "
                     "intervention.",
         "Team Manager (Prevention and Diversion) & MPS Central East Youth Offender Manager",
         "End of March 2023", "Amber"),
        ("P", "Priority 5: Child exploitation and partnership working"),
        ("R", "HMIP Recommendation 6: The YJS and children's social care should make sure that YJS staff are "
              "included in child exploitation meetings and that information is shared with them."),
        ("A", "5.1", "YJS team manager to attend the weekly exploitation (MACE) panel, and YJS case managers "
                     "to be invited to all strategy meetings for their children.",
         "Head of Youth Justice Service / Head of Safeguarding and Exploitation", "Oct 2022", "Complete"),
        ("A", "5.2", "Agree a joint protocol between the YJS and the Exploitation Team and brief all staff on "
                     "it.", "Head of Safeguarding and Exploitation", "Dec 2022", "Green"),
        ("P", "Priority 6: Disproportionality and victims"),
        ("A", "6.1", "Publish a YJS disproportionality action plan and review it at every Executive Board.",
         "Head of Youth Justice Service", "Ongoing", "Green"),
        ("R", "HMIP Recommendation 7: The YJS should improve its work with victims, making sure that victims "
              "are contacted and that their views inform the work done with children."),
        ("A", "6.2", "Recruit a second victim liaison officer and audit victim contact in all out-of-court and "
                     "court cases.", "Head of Youth Justice Service", "March 2023", "Amber"),
    ]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BFBFBF")
    for item in plan:
        cells = t.add_row().cells
        if item[0] in ("P", "R"):
            m = cells[0].merge(cells[-1])
            if item[0] == "P":
                set_text(m, item[1], bold=True, color="FFFFFF")
                shade(m, "7030A0")
            else:
                set_text(m, item[1], italic=True)
                shade(m, "E4DFEC")
        else:
            _, ref, act, lead, when, status = item
            for i, v in enumerate([ref, act, lead, when, status]):
                set_text(cells[i], v)
            if stfill.get(status):
                shade(cells[4], stfill[status])
    widths = [Cm(1.3), Cm(11.5), Cm(6.5), Cm(3.2), Cm(2.6)]
    for r in t.rows:
        for i, w in enumerate(widths):
            try:
                r.cells[i].width = w
            except IndexError:
                pass
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete (blue) \u2013 action delivered; Green \u2013 on track; Amber \u2013 "
                      "at risk of delay; Red \u2013 off track; Not started.")
    doc.save(out("ae1-tower-hamlets-yjs-hmip-improvement-plan.docx"))


# ============================================ 6. West Dunbartonshire fostering (csv)
def make_wdc():
    kq5 = "KQ5: How well is our care and support planned?"
    kq1 = "KQ1: How well do we support children and young people's rights and wellbeing?"
    kq3 = "KQ3: How good is our staff team?"
    kq2 = "KQ2: How good is our leadership?"
    r1 = ("Requirement 1: By 31 March 2023, the provider must ensure that each child in an interim foster "
          "placement has a clear plan for permanence, with timescales and responsibilities for each action "
          "recorded and monitored.")
    r2 = ("Requirement 2: By 31 May 2023, the provider must ensure that young people with additional support "
          "needs have a plan for their transition to adult services from the age of 14, agreed by children's "
          "and adult services.")
    r3 = ("Requirement 3: By 31 March 2023, the provider must ensure that foster carers, supervising social "
          "workers and young people are involved in children's planning meetings and that reports are "
          "requested in advance.")
    a1 = ("Area for improvement 1: The provider should ensure that foster carer reviews are completed every "
          "year and presented to the fostering panel within timescales.")
    a2 = ("Area for improvement 2: The provider should develop its quality assurance so that leaders have a "
          "clear overview of the quality of care and support.")
    rows = [
        ["R1.1", kq5, r1, "Extend the permanence tracker to all children in interim foster placements and "
         "review it at the monthly permanence panel.", "Service Manager Looked After Children", "31/03/2023",
         "Tracker in place for all 47 children in interim placements; reviewed monthly since January.",
         "Complete"],
        ["R1.2", kq5, r1, "Each child's permanence plan to set out the timescale and responsible worker for "
         "every step, checked by the Team Leader at supervision.", "Team Leaders (Looked After Children)",
         "30/06/2023", "Audit in June found 38 of 47 plans met the standard. Remaining plans to be updated by "
         "the end of August.", "Amber"],
        ["R2.1", kq1, r2, "Agree a joint transitions protocol between children's and adult services, with a "
         "named transitions lead for each young person from the age of 14.",
         "Head of Children's Services / Head of Adult Services", "31/05/2023",
         "Protocol approved by the HSCP Senior Management Team on 24 May 2023.", "Complete"],
        ["R2.2", kq1, r2, "Review every fostered young person aged 14 and over with additional support needs "
         "to confirm a transition plan is in place.", "Fostering Team Leader", "Aug-23",
         "21 of 26 reviews completed.", "Green"],
        ["R3.1", kq5, r3, "Change the looked after review invitation process so that foster carers, "
         "supervising social workers and young people are invited, and asked for written views, two weeks "
         "before each review.", "Reviewing Officers Team Leader", "31/03/2023",
         "New process in place from 1 March. Carers' reports received for 81% of reviews in April to June.",
         "Green"],
        ["AFI1.1", kq3, a1, "Agree a schedule of foster carer reviews, monitored monthly by the Fostering Team "
         "Leader.", "Fostering Team Leader", "Ongoing",
         "12 reviews overdue at inspection; 3 overdue at the end of June.", "Green"],
        ["AFI2.1", kq2, a2, "Quarterly quality assurance report to the Chief Social Work Officer, including "
         "audit findings and feedback from carers and young people.", "Service Manager Looked After Children",
         "Sept 2023", "First report drafted; to be presented in September.", "Green"],
        ["AFI2.2", kq2, a2, "Annual survey of foster carers and young people, with the findings shared at the "
         "Foster Carer Forum.", "Fostering Team Leader & Children's Rights Officer", "December 2023", "",
         "Not started"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 8
    w.writerow(["West Dunbartonshire Health and Social Care Partnership - Fostering Service Improvement Plan"]
               + [""] * (n - 1))
    w.writerow(["Care Inspectorate inspection 14-25 November 2022 (report published February 2023). "
                "Updated 30 June 2023"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Ref", "Key question", "Requirement / area for improvement", "Action", "Responsible officer",
                "Target date", "Progress", "RAG"])
    for r in rows:
        w.writerow(r)
    with open(out("ae1-west-dunbartonshire-fostering-care-inspectorate-improvement-plan.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ============================================== 7. Vale of Glamorgan (txt, TSV)
def make_vale():
    lines = [
        "Action Plan: CSSIW National Inspection of Safeguarding and Care Planning of Looked After Children and "
        "Care Leavers who Exhibit Vulnerable or Risky Behaviours (fieldwork May 2014)",
        "Vale of Glamorgan Council \u2013 Social Services, Children and Young People Services",
        "Updated for Scrutiny Committee (Social Care and Health), 5 January 2015",
        "",
        "Ref\tArea for development\tAction\tLead officer\tTarget date\tProgress",
        "1\tCorporate parenting\tDevelop a corporate parenting strategy setting out the responsibilities of all "
        "Council departments towards looked after children and care leavers.\tHead of Children and Young People "
        "Services\tMarch 2015\tFirst draft considered by the Corporate Parenting Panel on 3 December 2014.",
        "2\tCorporate parenting\tReport on outcomes for looked after children aged 11 and over to the Corporate "
        "Parenting Panel twice a year.\tOperational Manager (Children Looked After)\tSix-monthly\tFirst report "
        "scheduled for February 2015.",
        "3\tRisk management\tIntroduce a multi-agency risk management protocol for young people who exhibit "
        "risky behaviours, including going missing and child sexual exploitation.\tOperational Manager "
        "(Safeguarding and Service Outcomes)\tApril 2015\tProtocol drafted with South Wales Police and Cardiff "
        "and Vale UHB.",
        "4\tRisk management\tEnsure all looked after children who go missing are offered a return interview "
        "within 72 hours.\tTeam Manager (Looked After Children)\tJanuary 2015\tCommissioned service in place; "
        "70% of interviews offered within 72 hours in Q2.",
        "5\tCare planning\tAudit the care plans of all looked after young people aged 11 and over to check that "
        "risks, and the actions taken to reduce them, are clearly recorded.\tIndependent Reviewing Officer "
        "Manager\tOcotber 2015\tAudit tool agreed with the IRO service.",
        "6\tCare planning\tEnsure pathway plans for care leavers include a contingency plan where the young "
        "person is at risk of exploitation or homelessness.\tTeam Manager (Leaving Care)\tJune 2015\tPathway "
        "plan template under review.",
        "7\tVoice of the child\tGather the views of looked after young people on their care planning through "
        "the Children in Care Council, and report these to the Corporate Parenting Panel.\tParticipation "
        "Officer\tOngoing\tChildren in Care Council met in October and November 2014.",
        "8\tWorkforce\tDeliver child sexual exploitation training to all social workers and team managers in "
        "Children and Young People Services.\tWorkforce Development Manager\tMay 2015\tTwo sessions held; "
        "further sessions booked for February and March 2015.",
        "",
        "Report author: Operational Manager (Safeguarding and Service Outcomes). Date: December 2014.",
    ]
    with open(out("ae1-vale-of-glamorgan-cssiw-lac-inspection-action-plan.txt"), "w", encoding="utf-8",
              newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_moray()
    make_knowsley()
    make_childq()
    make_leicester()
    make_tower_hamlets()
    make_wdc()
    make_vale()
    print("ae1 files written")
