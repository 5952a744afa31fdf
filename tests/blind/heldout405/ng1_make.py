#!/usr/bin/env python3
"""Build the seven ng1- blind test files (set heldout405).

Run with: /work/main/.venv/bin/python ng1_make.py
Writes the data files next to this script. The .expected.yaml files are
written separately by hand from the content of these files.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


# ============================================================ 1. Derbyshire FV
DERBY_AFIS = [
    ("Area for improvement 1",
     "The identification and analysis of the risk of harm to children when child protection enquiries begin.",
     [
         ("1.1", "Refresh the strategy discussion and section 47 practice standard so that the analysis of risk, including historical information, is recorded at the point of the initial strategy discussion.",
          "Head of Service – Child Protection & Safeguarding", "March 2024",
          "Practice standard refreshed and launched at locality briefings on 12/03/2024.", BLUE),
         ("1.2", "Deliver risk analysis workshops for all team managers and senior practitioners in the locality child protection teams, using the Signs of Safety danger statement format.",
          "Principal Social Worker / Workforce Development Manager", "31/05/2024",
          "6 of 9 workshops delivered; remaining dates booked for May.", GREEN),
         ("1.3", "Undertake a thematic audit of 40 section 47 enquiries to test the quality of risk analysis and report findings to the Practice Improvement Group.",
          "Head of Quality Assurance", "Q1 2024/25",
          "Audit tool agreed. Auditor capacity reduced by two vacancies – sample cut to 30 cases.", AMBER),
     ]),
    ("Area for improvement 2",
     "The quality and realism of child protection plans, including the timescales set for parents to make changes.",
     [
         ("2.1", "Introduce a child protection plan template with SMART outcomes and realistic timescales agreed with parents, linked to the substance misuse treatment pathway.",
          "CP Chairs Service Manager", "June 2024",
          "Template drafted with CP chairs; go-live in Mosaic planned for 3 June.", GREEN),
         ("2.2", "Agree a joint working protocol with Derbyshire Recovery Partnership so that treatment goals for parents are reflected in child protection plans.",
          "Assistant Director – Safeguarding; Public Health Commissioning Manager (Substance Misuse)", "September 2024",
          "First draft shared with provider. Information sharing agreement still to be signed.", AMBER),
         ("2.3", "Child protection chairs to escalate plans with unrealistic expectations through the dispute resolution process, with a monthly dip sample by the service manager.",
          "CP Chairs Service Manager", "Ongoing – monthly",
          "Dip samples completed January to March; 4 escalations resolved.", GREEN),
     ]),
    ("Area for improvement 3",
     "Timely action for children who are experiencing neglect.",
     [
         ("3.1", "Embed use of the Graded Care Profile 2 in all child in need and child protection work where neglect is a feature.",
          "Head of Service – Early Help & Localities", "December 2024",
          "To start once the DSCP neglect strategy is refreshed (summer 2024).", None),
         ("3.2", "Review all children who have been subject to a child protection plan for neglect for more than 9 months through the legal gateway / PLO tracking panel.",
          "Legal Gateway Panel Chair (Service Manager)", "30 April 2024",
          "All 57 children reviewed; 11 progressed to pre-proceedings.", BLUE),
     ]),
    ("Area for improvement 4",
     "How well children’s lived experiences are written down in their records.",
     [
         ("4.1", "Launch the ‘Write to the child’ recording guidance and update Mosaic case note templates so that the child’s daily lived experience is visible.",
          "PSW & Systems Lead", "July 2024",
          "Guidance written with the Children in Care Council; template change request raised with ICT.", GREEN),
         ("4.2", "Amend the monthly case audit tool to rate the recording of the child’s voice, with findings reported quarterly to CSLT.",
          "Head of Quality Assurance", "Quarterly from Q2 2024/25",
          "Audit question added from April audits.", GREEN),
     ]),
]


def make_derbyshire():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Derbyshire County Council")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("Children’s Services – Ofsted Focused Visit Action Plan", level=0)
    doc.add_paragraph(
        "Focused visit to Derbyshire children’s services, 5 and 6 December 2023: the experiences and "
        "progress of children in need of help and protection, with a focus on child protection. "
        "Inspection letter published 30 January 2024.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
        shade(c, GREY)
    for row in [
        ("0.1", "14/02/2024", "Head of Quality Assurance", "First draft for Children’s Services Senior Leadership Team (CSLT)"),
        ("1.0", "04/03/2024", "Head of Quality Assurance", "Approved by the Children’s Services Improvement Board"),
        ("1.1", "22/04/2024", "Head of Quality Assurance", "April 2024 progress update"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG rating key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for fill, meaning in [
        (BLUE, "Action complete"),
        (GREEN, "On track to deliver within timescale"),
        (AMBER, "Some slippage – mitigation in place"),
        (RED, "Off track – escalate to the Improvement Board"),
    ]:
        cells = k.add_row().cells
        set_cell(cells[0], "")
        shade(cells[0], fill)
        set_cell(cells[1], meaning)

    doc.add_paragraph("")
    widths = [Cm(1.3), Cm(9.0), Cm(4.5), Cm(2.8), Cm(6.5), Cm(1.4)]
    for afi_head, afi_text, actions in DERBY_AFIS:
        doc.add_heading(afi_head, level=2)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        top = t.cell(0, 0).merge(t.cell(0, 5))
        set_cell(top, afi_text, bold=True, size=10)
        shade(top, "DEEAF6")
        for c, h in zip(t.rows[1].cells, ["Ref", "What we will do", "Lead", "By when",
                                           "Progress update (April 2024)", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, GREY)
        for ref, action, lead, when, progress, fill in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, when, progress, ""]):
                set_cell(c, v)
            if fill:
                shade(cells[5], fill)
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph("")

    doc.add_paragraph(
        "Progress against this plan is reported monthly to CSLT and quarterly to the Derbyshire "
        "Safeguarding Children Partnership Executive. Evidence for each action is held in the "
        "Improvement Board SharePoint library.")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Signed off by", "Role", "Date"]):
        set_cell(c, h, bold=True)
    for c, v in zip(s.rows[1].cells, ["", "Executive Director – Children’s Services", "04/03/2024"]):
        set_cell(c, v)
    doc.save(out("ng1-derbyshire-county-council-focused-visit-action-plan.docx"))


# ================================================== 2. Leicestershire & Rutland JTAI
LR_JTAI = [
    ("A. Strategic leadership and oversight", [
        ("The partnership’s understanding of the prevalence and drivers of serious youth violence, and how well the impact of multi-agency work is evaluated.", [
            ("1a", "Develop a serious youth violence data dashboard combining police, health (ED attendances), youth justice and school exclusions data, reported quarterly to the LRSCP Executive.",
             "Violence Reduction Network Data Lead; LRSCP Business Manager", "December 2024",
             "Dashboard v1 presented to Executive 12/12/2024. School exclusions data to be added.", "Green"),
            ("1b", "Commission a multi-agency audit of 20 children known to the serious youth violence pathway and present findings to the Learning and Improvement Subgroup.",
             "Chair of the Learning and Improvement Subgroup", "Jan – Mar 2025",
             "Audit completed; 7 learning points added to the LRSCP learning log.", "Complete"),
        ]),
    ]),
    ("B. Identification of risk and information sharing", [
        ("Information sharing between schools, health services and police when children are at risk of, or involved in, serious youth violence.", [
            ("2a", "Extend Operation Encompass-style notifications to cover knife-related incidents involving children, shared with Designated Safeguarding Leads within 24 hours.",
             "Leicestershire Police (DCI Public Protection)", "By 31 January 2025",
             "Pilot in Charnwood schools from November. Legal advice awaited on sharing with colleges.", "Amber"),
            ("2b", "Embed a single referral pathway from Emergency Department attendances for assault injuries in under-18s to the Child Exploitation Hub.",
             "UHL Named Nurse Safeguarding Children / ICB Designated Nurse", "Q4 2024/25",
             "Pathway agreed at UHL Safeguarding Committee; ED staff briefings under way.", "Green"),
            ("2c", "Issue refreshed information sharing guidance for schools and colleges, co-produced with secondary headteachers.",
             "LCC Education Safeguarding Lead", "Spring term 2025",
             "Draft with headteacher reference group.", "Green"),
        ]),
    ]),
    ("C. Practice with children and families", [
        ("The quality of assessments and plans for children at risk of serious youth violence, including recognition of their own vulnerability as well as the risks they may pose.", [
            ("3a", "Revise the child exploitation risk assessment tool so that it captures contextual and extra-familial harm and the child’s own vulnerability, and train practitioners in its use.",
             "LCC Head of Service (Child Exploitation)", "March 2025",
             "Tool revised; training dates delayed by trainer availability.", "Amber"),
            ("3b", "Youth Justice Service and children’s social care to hold joint planning meetings for all children open to both services within 10 working days of a serious violence incident.",
             "Head of Youth Justice & Head of Safeguarding", "Ongoing",
             "Joint meetings held for 18 of 19 children in Q3.", "Green"),
            ("3c", "Deliver trauma-informed practice training to frontline police officers, youth workers and school staff in the Loughborough and Coalville hotspot areas.",
             "Violence Reduction Network", "Sept 2024 – June 2025",
             "Funding bid unsuccessful; alternative provider being sought.", "Red"),
        ]),
    ]),
]


def make_lr_jtai():
    doc = Document()
    landscape(doc)
    doc.add_heading("Joint Targeted Area Inspection: Multi-agency Response to Serious Youth Violence – Partnership Action Plan", level=0)
    doc.add_paragraph("Leicestershire and Rutland Safeguarding Children Partnership (LRSCP) – Leicestershire")
    doc.add_paragraph("Inspection: 10–14 June 2024   |   Letter published: 6 August 2024   |   Progress position: 28 February 2025")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for a, b in [("Document owner", "LRSCP Business Manager"),
                 ("Version", "2.3 (progress update February 2025)"),
                 ("Approved by", "LRSCP Executive, 24/09/2024"),
                 ("Next review", "LRSCP Executive, May 2025")]:
        cells = dc.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete = action delivered and evidenced; Green = on track; Amber = at risk of slipping; Red = off track.")

    headers = ["No.", "Area for improvement (JTAI letter)", "Action", "Lead agency / officer",
               "Timescale", "Progress to date", "RAG"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        set_cell(c, h, bold=True, color="FFFFFF")
        shade(c, "1F3864")
    rag_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    for section, afis in LR_JTAI:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[6])
        set_cell(m, section, bold=True, size=10)
        shade(m, "D9E2F3")
        for afi, actions in afis:
            first = len(t.rows)
            for ref, action, lead, when, prog, rag in actions:
                cells = t.add_row().cells
                for i, v in ((0, ref), (2, action), (3, lead), (4, when), (5, prog), (6, rag)):
                    set_cell(cells[i], v)
                shade(cells[6], rag_fill[rag])
            last = len(t.rows) - 1
            merged = t.cell(first, 1).merge(t.cell(last, 1))
            set_cell(merged, afi)
    widths = [Cm(1.1), Cm(5.5), Cm(7.0), Cm(3.8), Cm(2.6), Cm(5.0), Cm(1.6)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_paragraph("")
    doc.add_heading("Glossary", level=2)
    g = doc.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for a, b in [("DCI", "Detective Chief Inspector"), ("ED", "Emergency Department"),
                 ("ICB", "Leicester, Leicestershire and Rutland Integrated Care Board"),
                 ("LCC", "Leicestershire County Council"),
                 ("UHL", "University Hospitals of Leicester NHS Trust")]:
        cells = g.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
    doc.save(out("ng1-leicestershire-and-rutland-safeguarding-children-partnership-jtai-action-plan.docx"))


# ================================================ xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ================================================ 3. Newcastle early help (xlsx)
NEWC_TITLE = "Early Help Strategy 2024–2027: Action Plan"
NEWC = [
    ("Priority 1: Families can find help early, close to home", [
        ("P1.1", "Open two further Children and Families Hubs in the Outer West and East End, with a published timetable of partner sessions.",
         "Head of Early Help and Family Hubs", "Action for Children; NUTH; VCS partners",
         dt.date(2024, 4, 1), dt.date(2025, 9, 30), "Green", "Complete",
         "Lemington hub opened June 2025; Walker hub opened September 2025."),
        ("P1.2", "Launch the Family Hubs digital offer (website and Start for Life pages) and report use quarterly.",
         "Family Hubs Programme Manager", "Comms; Public Health",
         dt.date(2024, 9, 1), dt.date(2025, 12, 31), "Amber", "Green",
         "Website live. Analytics report to come to November Board."),
        ("P1.3", "Co-locate health visiting and community midwifery sessions in every hub.",
         "Public Health Consultant (0–19) / Head of Midwifery, NUTH", "HCRG Care Group; NUTH",
         dt.date(2024, 4, 1), dt.date(2026, 3, 31), "Green", "Amber",
         "Midwifery clinics in 9 of 14 sites. Room availability an issue in two buildings."),
    ]),
    ("Priority 2: The right help, at the right time, from the right person", [
        ("P2.1", "Refresh the Newcastle Threshold of Needs guidance jointly with the Safeguarding Children Partnership and deliver briefings to 500 practitioners.",
         "Early Help Strategic Lead & NSCP Business Manager", "All NSCP partners",
         dt.date(2024, 6, 1), dt.date(2025, 7, 31), "Amber", "Complete",
         "Guidance published; 612 practitioners briefed."),
        ("P2.2", "Implement the Lead Practitioner model for early help assessments across schools and health, with a named Family Partner for each family.",
         "Family Partners Service Manager", "Schools; Health Visiting; School Nursing",
         dt.date(2025, 4, 1), "Phased – Sept 2025 to March 2026", "Amber", "Amber",
         "Schools phase started; health phase depends on recording system changes."),
        ("P2.3", "Reduce repeat early help episodes within 12 months by introducing a step-down review three months after closure.",
         "Early Help Locality Managers (x3)", "Schools; VCS partners",
         dt.date(2025, 7, 1), dt.date(2026, 6, 30), "Not started", "Red",
         "Not yet started – capacity diverted to Family Hub openings. Recovery plan to Board in November."),
    ]),
    ("Priority 3: Working together as one system", [
        ("P3.1", "Agree a shared early help outcomes framework aligned to the Supporting Families programme and report outcomes to the Partnership Board six-monthly.",
         "Supporting Families Co-ordinator", "DWP; Police; Health",
         dt.date(2024, 4, 1), "Six-monthly", "Green", "Green",
         "Framework agreed; first outcomes report taken in April 2025."),
        ("P3.2", "Establish a multi-agency early help workforce development programme, including joint induction for new staff in all partner agencies.",
         "Workforce Development Manager; Collaborative Newcastle Programme Lead", "All partners",
         dt.date(2025, 10, 1), dt.date(2026, 1, 31), "", "Not started",
         "Due to start October 2025."),
        ("P3.3", "Complete a family voice review with Newcastle Parent Carer Forum and the young people’s participation groups and publish a ‘You said, we did’ report.",
         "Participation and Engagement Officer", "Parent Carer Forum; Youth Council",
         dt.date(2025, 3, 1), dt.date(2025, 11, 30), "Green", "Green",
         "Fieldwork complete; report in design."),
    ]),
]
RAG_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_newcastle():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Children and Families Newcastle"
    cov["A1"].font = Font(bold=True, size=16, color="1F3864")
    cov["A2"] = NEWC_TITLE
    cov["A2"].font = Font(bold=True, size=14)
    rows = [("Owner", "Head of Early Help and Family Hubs"),
            ("Reports to", "Children and Families Newcastle Partnership Board"),
            ("Update", "Q2 2025/26 – position at 30 September 2025"),
            ("Version", "v6")]
    for i, (a, b) in enumerate(rows, start=4):
        cov.cell(i, 1, a).font = Font(bold=True)
        cov.cell(i, 2, b)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    for i, (word, meaning) in enumerate([
            ("Complete", "Action delivered"), ("Green", "On track"),
            ("Amber", "Some risk to delivery – mitigating action in place"),
            ("Red", "Off track – Board support needed"),
            ("Not started", "Not due to start yet")], start=11):
        c = cov.cell(i, 1, word)
        if word in RAG_FILL:
            c.fill = fill(RAG_FILL[word])
        cov.cell(i, 2, meaning)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of RAG ratings – Q2 2025/26"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Priority", "Complete", "Green", "Amber", "Red", "Not started", "Total"]
    for j, h in enumerate(hdr, start=1):
        c = summ.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    counts = [("Priority 1", 1, 1, 1, 0, 0), ("Priority 2", 1, 0, 1, 1, 0), ("Priority 3", 0, 2, 0, 0, 1)]
    for i, row in enumerate(counts, start=4):
        for j, v in enumerate(row, start=1):
            summ.cell(i, j, v).border = BOX
        summ.cell(i, 7, sum(row[1:])).border = BOX
    tot = ["Total"] + [sum(r[k] for r in counts) for k in range(1, 6)]
    for j, v in enumerate(tot, start=1):
        c = summ.cell(7, j, v)
        c.font = Font(bold=True)
        c.border = BOX
    summ.cell(7, 7, sum(tot[1:])).font = Font(bold=True)
    summ.column_dimensions["A"].width = 14

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = NEWC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Q2 2025/26 update for the Children and Families Newcastle Partnership Board"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead officer(s)", "Key partners", "Start", "End date",
             "Previous RAG (Q1)", "Current RAG (Q2)", "Q2 progress commentary"]
    r = 4
    for j, h in enumerate(heads, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    for prio, acts in NEWC:
        r += 1
        ws.cell(r, 1, prio).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).fill = fill("D9E2F3")
        for (ref, action, lead, partners, start, end, prev, cur, comm) in acts:
            r += 1
            vals = [ref, action, lead, partners, start, end, prev, cur, comm]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.date):
                    c.number_format = "mmm-yy"
            for j, v in ((7, prev), (8, cur)):
                if v in RAG_FILL:
                    ws.cell(r, j).fill = fill(RAG_FILL[v])
    for col, w in zip("ABCDEFGHI", [7, 55, 30, 26, 9, 16, 12, 12, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.active = 2
    wb.save(out("ng1-newcastle-city-council-early-help-strategy-action-plan.xlsx"))


# ================================= 4. North Tyneside corporate parenting (xlsx)
NT = [
    ("Promise 1 – You will have a safe, stable home", [
        ("Recruit 12 additional in-house foster carers through the Foster for North Tyneside campaign, prioritising carers for teenagers and sibling groups.",
         "Head of Service – Children in Care & Fostering", dt.date(2026, 3, 31), None,
         "5 households approved, 4 in assessment.", "5 new foster households approved by March 2026", AMBER),
        ("Open a two-bed children’s home in the borough so that fewer children live more than 20 miles from home.",
         "Director of Children’s Services / Head of Commissioning", dt.date(2025, 12, 31), dt.date(2026, 6, 30),
         "Property purchase delayed; Ofsted registration cannot start until works are complete.", "Home registered with Ofsted", RED),
        ("Make sure every young person in care has a tenancy-ready plan agreed with Housing before their 18th birthday.",
         "Care Leavers Team Manager and Housing Options Manager", dt.date(2025, 9, 30), None,
         "Joint protocol signed; all 17-year-olds have a plan.", "100% of 17-year-olds with a plan", GREEN),
    ]),
    ("Promise 2 – We will help you do well in education, training and work", [
        ("Virtual School to track the attendance of every child in care weekly and challenge schools where attendance falls below 90%.",
         "Virtual School Headteacher", "Termly", None,
         "Attendance 91.2% in summer term (target 92%).", "Attendance above 92%", AMBER),
        ("Offer every care leaver aged 16–25 a work experience placement or apprenticeship with the Council or a Care Leaver Covenant partner.",
         "HR Business Partner; 16+ Team Manager", dt.date(2026, 3, 31), None,
         "9 placements taken up; 3 Covenant partners signed.", "Fewer care leavers NEET", AMBER),
        ("Pay for driving lessons and a first practical test for care leavers in education, training or employment.",
         "Head of Service – Children in Care & Fostering", dt.date(2025, 7, 31), None,
         "Agreed by Cabinet in July; 14 young people have started lessons.", "Offer in the Local Offer", GREEN),
    ]),
    ("Promise 3 – We will listen to you and act on what you tell us", [
        ("Children in Care Council to attend every second Board meeting and present their own priorities.",
         "Participation Officer", "Ongoing", None,
         "Attended July Board – presentation on family time.", "Minutes show CiCC items", AMBER),
        ("Review the Pledge with children and young people and relaunch it in Care Leavers’ Week.",
         "Participation Officer & Lead Member for Children, Young People and Learning", dt.date(2025, 10, 31), None,
         "Consultation to start at half term.", "New Pledge published", None),
    ]),
    ("Promise 4 – We will support your health and wellbeing", [
        ("Every child coming into care to have an initial health assessment within 20 working days, with delays escalated to the ICB monthly.",
         "Designated Nurse for Children in Care (ICB)", dt.date(2025, 12, 31), None,
         "Timeliness 61% in Q1 – paediatric capacity. Escalated to ICB Quality Committee.", "90% within 20 working days", RED),
        ("Extend free gym and leisure passes to all care leavers up to the age of 25.",
         "Head of Sport & Leisure", dt.date(2025, 8, 1), dt.date(2025, 10, 1),
         "Passes issued from 1 October.", "Take-up reported to Board", GREEN),
    ]),
]


def make_north_tyneside():
    wb = Workbook()
    rd = wb.active
    rd.title = "Read me"
    rd["A1"] = "Corporate Parenting Action Plan 2025–26: our promises to children in care and care leavers"
    rd["A1"].font = Font(bold=True, size=13)
    rd["A3"] = "This plan sets out what we will do to keep the promises in our Pledge to children in care and care leavers."
    rd["A4"] = "The lead officer updates their actions before each Board. Dates in the ‘Revised date’ column have been agreed by the Board."
    rd["A6"] = "RAG key"
    rd["A6"].font = Font(bold=True)
    for i, (hx, meaning) in enumerate([(GREEN, "Green = completed"), (AMBER, "Amber = in progress"),
                                       (RED, "Red = overdue / at risk")], start=7):
        rd.cell(i, 1).fill = fill(hx)
        rd.cell(i, 2, meaning)
    rd.column_dimensions["A"].width = 10
    rd.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Action Plan 2025-26")
    ws["A1"] = "North Tyneside Corporate Parenting Board"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Corporate Parenting Action Plan 2025–26: our promises to children in care and care leavers"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Update for Board: 17 September 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Our promise", "What we will do", "Lead", "Target date", "Revised date",
             "Update", "How we will know", "RAG"]
    r = 5
    for j, h in enumerate(heads, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    for promise, acts in NT:
        first = r + 1
        for action, lead, target, revised, update, measure, rag in acts:
            r += 1
            vals = [None, action, lead, target, revised, update, measure, None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 8).fill = fill(rag)
        ws.cell(first, 1, promise).font = Font(bold=True)
        ws.cell(first, 1).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)
    r += 2
    ws.cell(r, 1, "Key: Green = completed; Amber = in progress; Red = overdue / at risk").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [26, 55, 30, 12, 12, 42, 28, 7]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(out("ng1-north-tyneside-council-corporate-parenting-board-action-plan.xlsx"))


# ====================== 5. Adopt Thames Valley (xlsx, refuse: mistyped month)
ATV = [
    ("Recruitment of adopters", "R1", "Run a targeted campaign for adopters for sibling groups and children over 4, with a dedicated information evening each quarter.",
     "Recruitment & Marketing Manager", "Sep-25", "Complete", "4 information evenings held; enquiries up 22% on 2024-25."),
    ("Recruitment of adopters", "R2", "Reduce the time from enquiry to Stage 1 registration to 8 weeks, with weekly tracking at team meeting.",
     "Team Manager – Assessment", "Dec-25", "Amber", "Average 10.5 weeks in Q2; two assessing social worker vacancies."),
    ("Family finding and matching", "F1", "Hold monthly matching panels across the seven partner authorities and report children waiting over 18 months to the Partnership Board.",
     "Team Manager – Family Finding", "Monthly", "Green", "Report on children waiting is standing item."),
    ("Family finding and matching", "F2", "Agree a shared early permanence (Foster for Adoption) protocol with all seven local authorities.",
     "Head of Service, ATV / Partner LA Heads of Service", "0ct-25", "Amber", "Protocol signed by five of seven LAs."),
    ("Adoption support", "S1", "Complete an adoption support needs assessment within 12 weeks of request for 90% of families.",
     "Team Manager – Adoption Support", "Mar-26", "Red", "Backlog of 31 assessments; agency workers approved from November."),
    ("Adoption support", "S2", "Launch a peer support programme for adopters with Adoption UK, including a teen-focused group.",
     "Adoption Support Practice Lead", "Jan-26", "Green", "Funding agreed with Adoption UK."),
    ("Adoption support", "S3", "Commission therapeutic parenting training from the Adoption and Special Guardianship Support Fund framework.",
     "Commissioning Officer (ATV)", "Feb-26", "Not started", ""),
    ("Voice of adopted children", "V1", "Set up a young people’s advisory group of adopted children aged 11–17 to inform the service.",
     "Participation Worker", "Nov-25", "Green", "First meeting held in half term."),
]


def make_atv():
    wb = Workbook()
    ws = wb.active
    ws.title = "SIP 2025-26"
    ws["A1"] = "Adopt Thames Valley – Service Improvement Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress report to the ATV Partnership Board, 18 November 2025"
    heads = ["Workstream", "Ref", "Action", "Owner", "Due", "Status", "Commentary"]
    r = 4
    for j, h in enumerate(heads, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
    status_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for row in ATV:
        r += 1
        for j, v in enumerate(row, start=1):
            c = ws.cell(r, j, v)
            c.border = BOX
            c.alignment = WRAP
        if row[5] in status_fill:
            ws.cell(r, 6).fill = fill(status_fill[row[5]])
    r += 2
    ws.cell(r, 1, "Owner abbreviations: ATV = Adopt Thames Valley; LA = local authority").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [24, 6, 60, 30, 9, 11, 45]):
        ws.column_dimensions[col].width = w
    key = wb.create_sheet("Key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    for i, (w, m) in enumerate([("Complete", "Delivered"), ("Green", "On track"),
                                ("Amber", "At risk"), ("Red", "Off track"),
                                ("Not started", "Not yet due to start")], start=2):
        key.cell(i, 1, w)
        key.cell(i, 2, m)
    wb.save(out("ng1-adopt-thames-valley-raa-service-improvement-plan-typo-month-refuse.xlsx"))


# ================================= 6. Hillingdon Virtual School (csv)
HILL_TITLE = "Hillingdon Virtual School – School Improvement Plan 2025-26"
HILL = [
    ("Priority 1: Attendance and inclusion",
     "1a. Improve attendance of children in care in Hillingdon and out-of-borough schools",
     "1.1", "Daily attendance monitoring through Welfare Call for all statutory school-age children in care; Education Advisers to follow up any absence of 3 or more days within 48 hours.",
     "Attendance & Inclusion Lead", "Termly", "G", "Autumn attendance 92.4% (national CiC 91.9%)."),
    ("", "", "1.2", "Attend all suspension reintegration meetings and challenge any permanent exclusion before it is made.",
     "VSH / Deputy VSH", "July 2026", "A", "No permanent exclusions; suspensions up in Year 9."),
    ("", "1b. Reduce the number of children in care on part-time timetables",
     "1.3", "Report part-time timetables to the Virtual School Governing Body each quarter, with a named plan and end date for each child.",
     "Deputy VSH", "Autumn term 2025", "B", "Reporting in place from October; 6 children on part-time timetables, down from 14."),
    ("Priority 2: Quality of Personal Education Plans (PEPs)",
     "2a. 90% of PEPs rated good or better at quality assurance",
     "2.1", "Deliver PEP training to:\n- social workers new to Hillingdon (monthly induction)\n- designated teachers (termly DT forum)",
     "Education Advisers (PEP)", "Summer term 2026", "G", "Induction sessions monthly; DT forum 4 December."),
    ("", "", "2.2", "Move to the new ePEP platform and retire the legacy PEP form.",
     "Virtual School Business Manager", "31/08/2025", "B", "ePEP live from September 2025."),
    ("", "2b. Every PEP includes SMART targets and the child’s voice",
     "2.3", "Education Advisers to quality assure 100% of PEPs each term and return any rated 'requires improvement' within 10 school days.",
     "AK, MB", "Termly", "A", "Autumn: 84% good or better; 21 PEPs returned."),
    ("Priority 3: Post-16 and previously looked-after children",
     "3a. Reduce the number of 16 and 17 year olds in care who are NEET",
     "3.1", "Post-16 PEPs for all Year 12 and 13 students, with a named college contact and bursary check.",
     "Post-16 Education Adviser", "Dec-25", "R", "Post-16 adviser post vacant Sept–Nov; 58% of post-16 PEPs completed."),
    ("", "", "3.2", "Hold a joint NEET panel with the Leaving Care Service every month.",
     "Post-16 Education Adviser & Leaving Care Team Manager", "Monthly", "G", "Panel meeting monthly since October."),
    ("", "3b. Advice and guidance for previously looked-after children",
     "3.3", "Publish guidance for schools and parents on the Virtual School offer for previously looked-after children, and run two information sessions for adoptive parents with Adopt London West.",
     "Deputy VSH", "March 2026", "", ""),
]


def make_hillingdon():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 8
    w.writerow([HILL_TITLE] + [""] * (n - 1))
    w.writerow(["Virtual School Headteacher: Sarah Whitfield", "", "", "", "Reviewed by Virtual School Governing Body: termly", "", "", ""])
    w.writerow([""] * n)
    w.writerow(["Priority", "Objective", "Ref", "Key actions", "Lead", "Timescale", "RAG",
                "Progress / evidence (Autumn 2025)"])
    for row in HILL:
        w.writerow(list(row))
    w.writerow([""] * n)
    w.writerow(["RAG key: B = complete; G = on track; A = at risk of slippage; R = off track"] + [""] * (n - 1))
    w.writerow(["Plan approved by the Virtual School Governing Body on 9 July 2025"] + [""] * (n - 1))
    with open(out("ng1-hillingdon-council-virtual-school-improvement-plan.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ================================= 7. Leicestershire care leavers (txt, tab-separated)
LEIC_TITLE = "Care Leavers Improvement Plan 2025–26"
LEIC = [
    ("THEME 1 – HOME: Care leavers live in safe and suitable accommodation", [
        ("1.1", "Increase supported lodgings placements from 14 to 25 through a dedicated recruitment campaign.",
         "Supported Lodgings Manager", "31/12/2025", "31/03/2026", "Amber", "17 placements; campaign extended to spring."),
        ("1.2", "Agree a care leaver protocol with all seven district councils, including priority banding and council tax exemption to age 25.",
         "Head of Service (Children in Care & Care Leavers)", "30/09/2025", "", "Complete", "Signed by all districts."),
        ("1.3", "Every care leaver in custody to have a release accommodation plan at least 12 weeks before release.",
         "16+ Team Manager / Youth Justice Service Manager", "Q3 2025/26", "", "Green", "3 young people in custody – all have plans."),
    ]),
    ("THEME 2 – EDUCATION, EMPLOYMENT AND TRAINING", [
        ("2.1", "Ring-fence 10 council apprenticeships each year for care leavers, with a guaranteed interview.",
         "HR Apprenticeship Lead", "April 2026", "", "Green", "6 ring-fenced posts advertised."),
        ("2.2", "Personal Advisers to complete an EET review with every care leaver who is NEET every 6 weeks.",
         "Team Managers – Leaving Care (North & South)", "Ongoing", "", "Green", "Reviews recorded for 88% of NEET care leavers."),
        ("2.3", "Pay the £2,000 higher education bursary in three instalments and publish the offer in the Local Offer.",
         "Virtual School Headteacher", "31/08/2025", "", "Complete", "Local Offer updated August 2025."),
    ]),
    ("THEME 3 – HEALTH AND WELLBEING", [
        ("3.1", "Commission a care leaver mental health pathway with LPT so that young people moving to adult services are not discharged without a plan.",
         "ICB Designated Nurse CiC & Head of Commissioning", "31/03/2026", "30/09/2026", "Red", "LPT unable to resource pathway this year; options paper to Partnership."),
        ("3.2", "Give every care leaver a copy of their health history (health passport) at 18.",
         "CiC Nurse Team Leader", "Dec 2025", "", "Amber", "Template agreed; 40% issued."),
    ]),
    ("THEME 4 – PERSONAL ADVISER SUPPORT AND PATHWAY PLANS", [
        ("4.1", "Pathway plans reviewed every six months with the young person, with a quality assurance audit of 20 plans each quarter.",
         "Independent Reviewing Service Manager", "Quarterly", "", "Amber", "Q2 audit: 12 of 20 plans good."),
        ("4.2", "Open a care leavers’ hub in Loughborough offering drop-in Personal Adviser support, laundry and food bank access.",
         "16+ Service Manager", "June 2026", "", "Not started", "Premises being sought."),
    ]),
]


def make_leicestershire():
    lines = [
        "Leicestershire County Council – Children and Family Services",
        LEIC_TITLE,
        "Owner: Head of Service (Children in Care & Care Leavers)\tLast updated: 05/01/2026",
        "",
        "\t".join(["Ref", "Action", "Lead", "Original date", "Revised date", "Status", "Comments"]),
    ]
    for theme, acts in LEIC:
        lines.append(theme)
        for a in acts:
            lines.append("\t".join(a))
        lines.append("")
    lines += [
        "Status key: Green – on track; Amber – at risk; Red – off track; Complete – action delivered; Not started – not yet due",
        "Note: revised dates were agreed at the Care Leavers Partnership meeting on 11/12/2025.",
    ]
    with open(out("ng1-leicestershire-county-council-care-leavers-improvement-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_derbyshire()
    make_lr_jtai()
    make_newcastle()
    make_north_tyneside()
    make_atv()
    make_hillingdon()
    make_leicestershire()
    print("built 7 files in", HERE)
