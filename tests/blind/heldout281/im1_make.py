"""Build the seven im1- blind test files (set heldout281).

Run with /work/main/.venv/bin/python im1_make.py (openpyxl, python-docx needed).
Writes into the directory this script lives in.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "theme": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(colour):
    return PatternFill("solid", start_color=FILL.get(colour, colour), end_color=FILL.get(colour, colour))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Brent – ILACS improvement plan (xlsx): cover + document control, RAG key
#    sheet, plan sheet with merged recommendation rows, original/revised dates,
#    previous/current RAG words.
# ---------------------------------------------------------------------------
def brent():
    title = "Brent Children and Young People: ILACS Improvement Plan 2025–26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = ("Response to the Ofsted inspection of local authority children's services "
                 "(fieldwork 3–14 March 2025; report published 2 May 2025). Overall effectiveness: "
                 "Requires improvement to be good.")
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Change"),
        ("1.0", "30/05/2025", "Head of Quality Assurance", "First draft for Children's Improvement Board"),
        ("1.1", "20/06/2025", "Head of Quality Assurance", "Final version submitted to Ofsted"),
        ("1.2", "09/10/2025", "Improvement Programme Officer", "Q2 update; revised dates agreed by Board"),
        ("1.3", "15/01/2026", "Improvement Programme Officer", "Q3 update"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cov["A11"] = "Senior responsible officer: Corporate Director, Children and Young People"
    for col, w in zip("ABCD", (12, 14, 32, 50)):
        cov.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG rating key"
    key["A1"].font = Font(bold=True, size=13)
    krows = [
        ("Blue", "Complete – action delivered and evidence of impact reviewed", "blue"),
        ("Green", "On track to deliver by the target date", "green"),
        ("Amber", "Some slippage – recovery action agreed", "amber"),
        ("Red", "Off track – escalated to the Children's Improvement Board", "red"),
    ]
    for i, (a, b, col) in enumerate(krows):
        key.cell(row=3 + i, column=1, value=a).fill = fill(col)
        key.cell(row=3 + i, column=2, value=b)
    key.column_dimensions["A"].width = 10
    key.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Progress update as at 15 January 2026 – reported to the Children's Improvement Board"
    ws["A2"].font = Font(italic=True)
    head = ["Ref", "Action", "Lead officer(s)", "Original target date", "Revised target date",
            "Previous RAG (Oct 2025)", "Current RAG (Jan 2026)", "Progress update", "Evidence of impact"]
    for j, h in enumerate(head):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BOX
    D = lambda y, m: dt.datetime(y, m, 1)
    plan = [
        ("Recommendation 1: The timeliness and quality of assessments and plans for children in need of "
         "help and protection, so that plans are specific and focused on what needs to change for children.", [
            ("1.1", "Refresh the assessment and planning practice standards and relaunch them through mandatory "
                    "workshops for all social workers and team managers.",
             "Head of Service, Children in Need and Child Protection", D(2025, 7), None, "Green", "Blue",
             "Standards relaunched July 2025; 94% of staff attended a workshop.",
             "Audit (Dec 2025): 71% of assessments good or better, up from 52%."),
            ("1.2", "Introduce a monthly plan quality audit in each CIN/CP team, with findings reported to the "
                    "Practice Quality Board.",
             "Principal Social Worker / Head of Quality Assurance", D(2025, 9), D(2025, 12), "Amber", "Green",
             "Audit tool agreed; first cycle completed in all teams in December.",
             "Baseline established."),
            ("1.3", "Embed SMART, outcome-focused planning in child protection conferences through IRO challenge "
                    "and a revised conference report template.",
             "CP Chairs Service Manager", D(2026, 3), None, "Green", "Green",
             "New template in use from November 2025.", ""),
        ]),
        ("Recommendation 2: The quality and impact of management oversight and supervision, including the "
         "recording of the reasons for decisions on children's files.", [
            ("2.1", "Implement the revised supervision policy and recording template across all social work teams.",
             "Amara Bello; Kwame Osei", D(2025, 6), None, "Blue", "Blue",
             "Complete. Template live in Mosaic since June 2025.",
             "Supervision compliance 89% (target 90%)."),
            ("2.2", "Deliver a management development programme for team managers and assistant team managers, "
                    "focused on reflective supervision and critical challenge.",
             "Workforce Development Manager", D(2025, 10), D(2026, 2), "Amber", "Amber",
             "Provider procurement delayed; cohort 1 started January 2026.", ""),
            ("2.3", "Quarterly dip-sample of supervision records by senior managers, with learning shared at the "
                    "Practice Quality Board.",
             "Assistant Director, Safeguarding and Quality Assurance", "Quarterly", None, "Green", "Green",
             "Q2 and Q3 dip-samples completed.", "Themes fed into practice week."),
        ]),
        ("Recommendation 3: The sufficiency of suitable local homes for children in care, including foster "
         "carers for older children and sibling groups.", [
            ("3.1", "Launch a targeted foster carer recruitment campaign for teenagers and sibling groups, with an "
                    "enhanced fee and support package.",
             "Head of Service, Fostering and Permanence", D(2026, 3), None, "Green", "Green",
             "Campaign launched October 2025; 14 enquiries, 3 assessments under way.", ""),
            ("3.2", "Open two local children's homes through the capital programme (Brent Homes for Brent Children).",
             "Director of Children's Social Care / Head of Commissioning", D(2025, 12), D(2026, 9), "Amber", "Red",
             "Second property purchase fell through in November; planning application for first home submitted.",
             ""),
            ("3.3", "Update the sufficiency strategy and placement commissioning plan, co-produced with the Children "
                    "in Care Council.",
             "Head of Commissioning", D(2025, 11), None, "Green", "Blue",
             "Strategy approved by Cabinet 17 November 2025.", ""),
        ]),
        ("Recommendation 4: The consistency of pathway planning for care leavers aged 18 to 25, including "
         "access to suitable accommodation.", [
            ("4.1", "Review all pathway plans for care leavers aged 21–25 and ensure each young person has an "
                    "up-to-date plan written with them.",
             "Leaving Care Service Manager", D(2025, 8), D(2025, 10), "Amber", "Blue",
             "All 212 plans reviewed by end of October 2025.", "Care leavers' survey: 78% know their plan."),
            ("4.2", "Agree a care leavers' housing protocol with Brent Housing Needs, including a ring-fenced "
                    "allocation of move-on homes.",
             "Head of Service, Care Leavers; Head of Housing Needs", D(2026, 1), None, "Green", "Amber",
             "Draft protocol agreed in principle; allocation numbers still under discussion with Housing.", ""),
        ]),
    ]
    r = 5
    for rec, acts in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=rec)
        c.font = Font(bold=True)
        c.fill = fill("theme")
        c.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, act, lead, orig, rev, prev, cur, prog, ev in acts:
            vals = [ref, act, lead, orig, rev, prev, cur, prog, ev]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = fill(prev.lower())
            ws.cell(row=r, column=7).fill = fill(cur.lower())
            r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r, column=1, value=(
        "Notes: Revised target dates were agreed by the Children's Improvement Board on 9 October 2025. "
        "RAG ratings are proposed by the action lead and moderated by the Head of Quality Assurance."))
    for col, w in zip("ABCDEFGHI", (6, 55, 30, 12, 12, 12, 12, 45, 35)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(out("im1-brent-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. County Durham YJS – HMIP improvement plan (xlsx): summary sheet first,
#    "Board should / Manager should" section rows, recommendation merged down
#    column A, RAG by fill colour only, key at foot.
# ---------------------------------------------------------------------------
def durham():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "RAG summary – June 2023"
    sm["A1"].font = Font(bold=True, size=13)
    srows = [("Status", "Number of actions"), ("Complete", 5), ("On track", 2), ("At risk", 2),
             ("Off track / overdue", 1), ("Total", 10)]
    cols = [None, "blue", "green", "amber", "red", None]
    for i, (a, b) in enumerate(srows):
        ca = sm.cell(row=3 + i, column=1, value=a)
        cb = sm.cell(row=3 + i, column=2, value=b)
        ca.border = cb.border = BOX
        if cols[i]:
            ca.fill = fill(cols[i])
        if i in (0, 5):
            ca.font = cb.font = Font(bold=True)
    sm.column_dimensions["A"].width = 24
    sm.column_dimensions["B"].width = 20
    sm["A10"] = "See the 'Improvement plan' sheet for detail of each action."

    ws = wb.create_sheet("Improvement plan")
    ws["A1"] = "County Durham Youth Justice Service – HMIP Inspection Improvement Plan 2022/23"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("HM Inspectorate of Probation inspection of youth justice services, fieldwork August 2022; "
                "report published November 2022. Overall rating: Requires improvement.")
    ws["A3"] = "Update to the Youth Justice Management Board – June 2023"
    ws["A3"].font = Font(italic=True)
    head = ["Recommendation", "Ref", "Action", "Lead", "Timescale", "Progress / impact", "RAG"]
    for j, h in enumerate(head):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.border = BOX
    plan = [
        ("The County Durham Youth Justice Management Board should:", [
            ("1. strengthen its scrutiny of the quality of casework, so that it can be assured about the "
             "effectiveness of work to keep children and other people safe", [
                ("1.1", "Introduce a quarterly practice quality report to the Board, drawing on YJS audit findings "
                        "and HMIP-style case reviews.", "YJS Manager", "Dec 2022",
                 "First report to Board December 2022; now a standing item.", "blue"),
                ("1.2", "Board members to attend at least one YJS practice observation or audit moderation "
                        "session each year.", "Chair, Youth Justice Management Board", "Ongoing",
                 "7 of 11 Board members have attended a session.", "green"),
            ]),
            ("2. make sure that the out-of-court disposal policy and joint decision-making panel are effective "
             "in diverting children from the formal youth justice system", [
                ("2.1", "Rewrite the out-of-court disposal policy jointly with Durham Constabulary, covering "
                        "assessment before decision, Outcome 22 and voluntary interventions.",
                 "YJS Manager / Durham Constabulary Youth Justice Inspector", "31/03/2023",
                 "Policy signed off by Board March 2023.", "blue"),
                ("2.2", "Review the membership and terms of reference of the Out of Court Disposal Panel, "
                        "adding health and education representatives.",
                 "Operations Manager (Prevention and Diversion)", "Jan 2023",
                 "Revised panel in place from January 2023.", "blue"),
            ]),
        ]),
        ("The County Durham Youth Justice Service Manager should:", [
            ("3. improve the quality of assessment and planning for keeping children and other people safe, "
             "with clear contingency planning", [
                ("3.1", "Deliver refresher training on safety and wellbeing and risk of harm assessment to all "
                        "case managers.", "Practice Development Lead", "Feb 2023",
                 "All case managers trained.", "blue"),
                ("3.2", "Introduce a management countersignature for all assessments rated medium or above for "
                        "risk of serious harm.", "Team Managers", "Dec 2022",
                 "Countersignature built into ChildView workflow.", "blue"),
                ("3.3", "Audit a sample of 20 cases each quarter against the HMIP standards for assessing, "
                        "planning, implementation and review.", "Quality Assurance Officer", "Quarterly",
                 "Q4 audit: 70% of cases sufficient on keeping others safe (Q2: 48%).", "green"),
            ]),
            ("4. make sure that children's diverse needs, including those arising from trauma and "
             "neurodiversity, are understood and responded to in interventions", [
                ("4.1", "Roll out the Enhanced Case Management trauma-informed practice model to all case "
                        "managers, with clinical supervision from the CAMHS practitioner.",
                 "Health Lead (CAMHS) / Practice Development Lead", "Sept 2023",
                 "Two of three teams trained; third team delayed by vacancy.", "amber"),
                ("4.2", "Ensure speech, language and communication screening is completed for every child at the "
                        "start of an order.", "Speech and Language Therapist", "April 2023",
                 "Screening rate 82% (target 95%).", "amber"),
            ]),
            ("5. improve the attention given to victims, including the timeliness of contact and the "
             "consideration of victims' wishes in planning", [
                ("5.1", "Agree a victim contact standard of 5 working days from receipt of details, monitored "
                        "monthly.", "Restorative Justice Coordinator", "Mar-23",
                 "Contact within 5 days at 61% in May 2023; additional victim worker being recruited.", "red"),
            ]),
        ]),
    ]
    r = 6
    for section, recs in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=section)
        c.font = Font(bold=True)
        c.fill = fill("theme")
        r += 1
        for rec, acts in recs:
            start = r
            for ref, act, lead, when, prog, rag in acts:
                vals = [None, ref, act, lead, when, prog, None]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(row=r, column=7).fill = fill(rag)
                r += 1
            ws.cell(row=start, column=1, value=rec).alignment = WRAP
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    for i, (lab, col) in enumerate([("Complete", "blue"), ("On track", "green"), ("At risk", "amber"),
                                     ("Off track / overdue", "red")]):
        c = ws.cell(row=r + 1 + i, column=1, value=lab)
        c.fill = fill(col)
    ws.cell(row=r + 6, column=1, value=(
        "Plan owner: Head of Early Help, Inclusion and Vulnerable Children. Progress is reported to each "
        "meeting of the Youth Justice Management Board."))
    for col, w in zip("ABCDEFG", (42, 6, 55, 30, 14, 45, 8)):
        ws.column_dimensions[col].width = w
    wb.save(out("im1-durham-youth-justice-service-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Hull – local area SEND priority action plan (xlsx): front sheet with key,
#    APA sheet and AFI sheet, merged APA/AFI rows, terms as dates, RAG letters,
#    summary line above the table.
# ---------------------------------------------------------------------------
def hull():
    title = "Hull Local Area Partnership: SEND and Alternative Provision Priority Action Plan"
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = title
    fs["A1"].font = Font(bold=True, size=15)
    lines = [
        "Area SEND inspection (Ofsted and CQC): 10–14 February 2025. Report published 1 April 2025.",
        "Inspection outcome: there are widespread and/or systemic failings leading to significant concerns about "
        "the experiences and outcomes of children and young people with SEND.",
        "Partners: Hull City Council (HCC); NHS Humber and North Yorkshire ICB (ICB); Hull Parent Carer Forum.",
        "Governance: SEND and AP Partnership Board (monthly); DfE and NHS England stocktake (six-monthly).",
    ]
    for i, t in enumerate(lines):
        fs.cell(row=3 + i, column=1, value=t)
    fs["A8"] = "RAG key"
    fs["A8"].font = Font(bold=True)
    for i, (a, b, col) in enumerate([("B", "Complete", "blue"), ("G", "On track", "green"),
                                     ("A", "Risk to delivery", "amber"), ("R", "Not on track / overdue", "red")]):
        fs.cell(row=9 + i, column=1, value=a).fill = fill(col)
        fs.cell(row=9 + i, column=2, value=b)
    fs.column_dimensions["A"].width = 12
    fs.column_dimensions["B"].width = 40

    head = ["Ref", "What we will do", "Lead(s)", "By when", "How we will know (success measures)",
            "Progress this period", "RAG"]

    def sheet(name, heading, summary, groups):
        ws = wb.create_sheet(name)
        ws.merge_cells("A1:G1")
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Progress at: October 2025"
        ws["A3"] = summary
        ws["A3"].font = Font(italic=True)
        for j, h in enumerate(head):
            c = ws.cell(row=5, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("head")
            c.alignment = WRAP
        r = 6
        for grp, acts in groups:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=grp)
            c.font = Font(bold=True)
            c.fill = fill("theme")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 30
            r += 1
            for ref, act, lead, when, measure, prog, rag in acts:
                for j, v in enumerate([ref, act, lead, when, measure, prog, rag]):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(row=r, column=7).fill = fill({"B": "blue", "G": "green", "A": "amber", "R": "red"}[rag])
                r += 1
        for col, w in zip("ABCDEFG", (8, 55, 30, 16, 35, 40, 6)):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A6"

    sheet("Priority action plan", "Areas for priority action",
          "Summary: B = 2 | G = 2 | A = 2 | R = 1 (7 actions)", [
              ("Area for priority action 1: Leaders across the partnership should urgently improve the timeliness "
               "and quality of EHC needs assessments and plans, so that children and young people's needs are "
               "identified and met without delay.", [
                   ("1.1", "Recruit to the additional EHC coordinator and educational psychologist posts agreed by "
                           "Cabinet, and commission locum EP capacity to clear the backlog of overdue assessments.",
                    "Head of SEND Statutory Services", "Summer term 2025",
                    "No assessment over 20 weeks without an agreed exception.",
                    "All 6 EHC coordinator posts filled; 2 of 3 EP posts filled.", "A"),
                   ("1.2", "Introduce a multi-agency quality assurance framework for EHC plans, with termly "
                           "moderation involving health, social care and parent carers.",
                    "Principal Educational Psychologist & Designated Clinical Officer (ICB)", "Autumn term 2025",
                    "80% of audited plans rated good or better.",
                    "Framework agreed; first moderation session held 24 September.", "G"),
                   ("1.3", "Put in place a health advice tracker so that health advice for EHC needs assessments is "
                           "returned within 6 weeks.",
                    "Designated Clinical Officer (ICB)", "30/09/2025", "95% of health advice within 6 weeks.",
                    "Tracker live; 93% in time in September.", "B"),
                   ("1.4", "Co-produce a revised annual review process with Hull Parent Carer Forum, including a "
                           "schedule for phase transfer reviews.",
                    "Hull Parent Carer Forum Co-Chair; SEND Service Manager", "March 2026",
                    "Phase transfer plans issued by statutory deadline.", "Workshops held in July and September.",
                    "G"),
               ]),
              ("Area for priority action 2: Leaders should improve the commissioning and oversight of alternative "
               "provision, so that children and young people in AP are safe, attend well and receive a suitable "
               "full-time education.", [
                   ("2.1", "Establish a register of all alternative provision used by schools and the local "
                           "authority, with safeguarding and quality checks before placements are made.",
                    "Head of Inclusion", "Jul 2025", "All providers on register have a current QA visit.",
                    "Register published to schools 14 July 2025.", "B"),
                   ("2.2", "Reduce the number of children on part-time timetables in AP, with every part-time "
                           "timetable reviewed at least every 6 weeks.",
                    "AP Commissioning Lead", "Ongoing – reviewed at SEND Board",
                    "Fewer than 20 children on part-time timetables.", "Currently 47 children; reviews not yet "
                    "consistently recorded.", "R"),
                   ("2.3", "Launch a new AP commissioning framework and dynamic purchasing system for unregistered "
                           "provision.",
                    "Head of Inclusion / Strategic Commissioning Manager", "Jan 2026",
                    "No child placed with a provider outside the framework.",
                    "Tender documents in legal review.", "A"),
               ]),
          ])
    sheet("Areas for improvement", "Areas for improvement",
          "Summary: B = 0 | G = 2 | A = 1 | R = 0 (3 actions)", [
              ("Area for improvement 1: The ICB and the local authority should reduce waiting times for "
               "neurodevelopmental assessment and support children and families while they wait.", [
                   ("AFI 1.1", "Implement a ‘waiting well’ support offer for families on the neurodevelopmental "
                               "pathway, delivered with the Parent Carer Forum.",
                    "Head of Children’s Commissioning (ICB)", "Dec-25",
                    "Families report feeling supported while waiting (survey).", "Offer designed; launch planned "
                    "for November.", "G"),
                   ("AFI 1.2", "Agree a trajectory to reduce the longest autism assessment waits to under 52 weeks, "
                               "monitored monthly by the SEND and AP Partnership Board.",
                    "Director of Nursing (ICB)", "Q4 2025/26", "No child waiting over 52 weeks.",
                    "Longest wait 71 weeks; additional provider capacity from October.", "A"),
               ]),
              ("Area for improvement 2: Leaders should make sure that preparation for adulthood is planned from "
               "Year 9 for all young people with EHC plans.", [
                   ("AFI 2.1", "Add preparing-for-adulthood outcomes to all Year 9 annual review templates and "
                               "train SENCOs in their use.",
                    "Preparing for Adulthood Lead", "Autumn term 2025",
                    "90% of Year 9 reviews include PfA outcomes.", "Template updated; SENCO training in November.",
                    "G"),
               ]),
          ])
    wb.save(out("im1-hull-local-area-send-priority-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), FILL.get(colour, colour))
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Gateshead – corporate parenting partnership action plan (docx):
#    document-control and RAG key tables, one table per workstream under a
#    heading, "Priority:" rows merged across inside some tables, RAG words.
# ---------------------------------------------------------------------------
def gateshead():
    doc = Document()
    doc.add_heading("Gateshead Corporate Parenting Partnership Action Plan 2024–2026", level=0)
    doc.add_paragraph("Report to the Corporate Parenting Board – progress at March 2025")
    doc.add_paragraph(
        "This plan sets out how the Corporate Parenting Partnership Group will deliver the priorities of the "
        "Corporate Parenting Strategy for children in our care and care leavers. Each workstream reports to "
        "the Partnership Group quarterly and to the Board twice a year.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Document owner", "Strategic Director, Children, Adults and Families"),
                                ("Version", "3.2"), ("Last reviewed", "11 March 2025"),
                                ("Next review", "June 2025")]):
        set_text(t.cell(i, 0), a, bold=True)
        set_text(t.cell(i, 1), b)
    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (a, b, col) in enumerate([("Complete", "Action completed and impact evidenced", "blue"),
                                     ("Green", "On track", "green"),
                                     ("Amber", "Behind schedule but recoverable", "amber"),
                                     ("Red", "Not on track – escalated to the Board", "red")]):
        set_text(k.cell(i, 0), a, bold=True)
        shade(k.cell(i, 0), col)
        set_text(k.cell(i, 1), b)

    head = ["No.", "Action", "Lead", "Timescale", "Update (March 2025)", "RAG"]
    rag_col = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    streams = [
        ("Workstream 1: Education, Training and Employment", [
            "Priority: Every child in care has an effective, high-quality Personal Education Plan (PEP)",
            ("1.1", "Move all PEPs onto the ePEP system and quality assure every PEP against the Virtual School "
                    "QA framework.", "Virtual School Headteacher", "Termly",
             "Autumn term: 92% of PEPs rated good or better.", "Green"),
            ("1.2", "Deliver PEP training for designated teachers and social workers, including for children "
                    "placed out of borough.", "Virtual School Deputy Headteacher", "July 2025",
             "Three sessions delivered; out-of-borough schools invited to summer session.", "Green"),
            "Priority: Care leavers aged 16–21 are in education, employment or training",
            ("1.3", "Guarantee an interview for any care leaver who meets the essential criteria for a council "
                    "apprenticeship or traineeship.", "HR Manager / Workforce Development Adviser",
             "Sept 2024 – March 2025", "Guarantee adopted in recruitment policy; 4 care leavers interviewed, "
                                       "2 appointed.", "Complete"),
            ("1.4", "Sign up five local employers to the Care Leaver Covenant and hold a North East care leavers' "
                    "jobs fair.", "Leaving Care Team Manager", "31/10/2025",
             "Two employers signed; jobs fair venue not yet confirmed.", "Amber"),
        ]),
        ("Workstream 2: Health and Wellbeing", [
            ("2.1", "Ensure initial health assessments are completed within 20 working days of a child coming "
                    "into care.", "Designated Nurse for Children in Care (ICB)", "June 2025",
             "Timeliness 54% in Q3 due to paediatric capacity; recovery plan with the Trust.", "Red"),
            ("2.2", "Offer every care leaver a health passport and a face-to-face health review before their "
                    "18th birthday.", "Named Nurse, Children in Care; Leaving Care Team Manager", "December 2025",
             "Passport redesigned with Young Ambassadors; reviews started for 17-year-olds.", "Amber"),
            ("2.3", "Extend the emotional wellbeing service to children living with connected carers.",
             "Head of Service, Children in Care", "April 2025", "Service extended from January 2025.",
             "Complete"),
        ]),
        ("Workstream 3: Homes and Placements", [
            ("3.1", "Recruit 25 new fostering households through the ‘Foster for Gateshead’ campaign.",
             "Fostering Service Manager", "March 2026", "9 households approved to date.", "Amber"),
            ("3.2", "Complete the Staying Close offer so that young people leaving residential care can remain "
                    "linked to their home.", "Residential Services Manager", "Nov 2025",
             "Two flats identified; support model agreed.", "Green"),
        ]),
        ("Workstream 4: Participation and Voice", [
            ("4.1", "Young Ambassadors to co-deliver corporate parenting training to all elected members and "
                    "senior managers.", "Children's Rights and Engagement Team Manager", "Ongoing",
             "Training delivered to Cabinet and Families OSC; next cohort May 2025.", "Green"),
        ]),
    ]
    for name, rows in streams:
        doc.add_heading(name, level=2)
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for j, h in enumerate(head):
            set_text(tbl.rows[0].cells[j], h, bold=True)
            shade(tbl.rows[0].cells[j], "grey")
        for row in rows:
            cells = tbl.add_row().cells
            if isinstance(row, str):
                m = cells[0].merge(cells[5])
                set_text(m, row, bold=True)
                shade(m, "theme")
                continue
            for j, v in enumerate(row):
                set_text(cells[j], v)
            shade(cells[5], rag_col[row[5]])
        doc.add_paragraph()
    doc.add_paragraph("Next update to the Corporate Parenting Board: June 2025.")
    doc.save(out("im1-gateshead-corporate-parenting-partnership-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Doncaster – early help strategy action plan (docx): landscape, one big
#    table, priority rows merged across, "Outcome" column merged down over its
#    actions, Start/End columns, RAG by cell shading only, key table and
#    abbreviations after.
# ---------------------------------------------------------------------------
def doncaster():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    p = doc.add_paragraph()
    r = p.add_run("Doncaster Early Help Strategy 2024–2027 – Year 2 Action Plan 2025/26")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Doncaster Early Help Partnership | Progress report to the Early Help Partnership Board, "
                      "January 2026")
    doc.add_paragraph(
        "The action plan translates the three priorities of the Early Help Strategy into actions for 2025/26. "
        "RAG ratings are shown by the colour of the final column (see key below the table).")

    head = ["Ref", "Outcome we want", "Action", "Lead(s)", "Start", "End", "RAG"]
    plan = [
        ("Priority 1: Right help at the right time – families get help as soon as needs emerge", [
            ("Families can find and request help easily", [
                ("1.1", "Launch the Family Hub digital front door and self-referral form across all four "
                        "localities.", "Head of Early Help (CDC)", "Apr 2025", "Sep 2025", "blue"),
                ("1.2", "Publish a single partnership Early Help Offer directory, refreshed every six months with "
                        "partners.", "Family Hubs Programme Manager; Doncaster CVS Partnership Lead", "Apr 2025",
                 "Mar 2026", "green"),
            ]),
            ("Partners lead early help assessments and plans where they are best placed to do so", [
                ("1.3", "Increase the proportion of early help assessments led by schools and health partners to "
                        "35%, supported by lead practitioner training.", "Early Help Partnership Manager",
                 "Jun 2025", "Mar 2026", "amber"),
            ]),
        ]),
        ("Priority 2: Stronger families – help that makes a lasting difference", [
            ("Early help plans are outcome-focused and reviewed regularly", [
                ("2.1", "Introduce the Outcomes Star across all early help teams and report distance travelled "
                        "quarterly to the Board.", "Early Help Practice Lead", "Apr 2025", "Dec 2025", "green"),
                ("2.2", "Run quarterly multi-agency audits of early help plans, with a focus on the voice of the "
                        "child.", "Quality Assurance Manager (Children's Services)", "Jul 2025", "Ongoing",
                 "green"),
            ]),
            ("Fewer families step up to statutory services after early help closes", [
                ("2.3", "Review all step-up and step-down cases monthly at the Early Help Panel, tracking "
                        "re-referrals within 12 months.", "Service Manager, Early Help Localities", "May 2025",
                 "Jan 2026", "red"),
            ]),
        ]),
        ("Priority 3: A skilled and confident partnership workforce", [
            ("Practitioners across the partnership are confident in early help practice", [
                ("3.1", "Deliver the early help lead practitioner training programme to 300 partner staff.",
                 "Workforce Development Lead (DSCP)", "Apr 2025", "Mar 2026", "amber"),
                ("3.2", "Embed the Reducing Parental Conflict programme in Family Hubs, with 40 practitioners "
                        "trained in the RPC toolkit.", "RPC Coordinator", "Apr 2025", "Oct 2025", "blue"),
            ]),
        ]),
    ]
    tbl = doc.add_table(rows=1, cols=7)
    tbl.style = "Table Grid"
    for j, h in enumerate(head):
        set_text(tbl.rows[0].cells[j], h, bold=True)
        shade(tbl.rows[0].cells[j], "grey")
    for pri, outcomes in plan:
        cells = tbl.add_row().cells
        m = cells[0].merge(cells[6])
        set_text(m, pri, bold=True)
        shade(m, "theme")
        for outcome, acts in outcomes:
            first = None
            last = None
            for ref, act, lead, start, end, rag in acts:
                cells = tbl.add_row().cells
                set_text(cells[0], ref)
                set_text(cells[2], act)
                set_text(cells[3], lead)
                set_text(cells[4], start)
                set_text(cells[5], end)
                shade(cells[6], rag)
                if first is None:
                    first = cells[1]
                last = cells[1]
            if last is not first:
                first = first.merge(last)
            set_text(first, outcome)
    doc.add_paragraph()
    doc.add_paragraph().add_run("Key").bold = True
    k = doc.add_table(rows=1, cols=8)
    k.style = "Table Grid"
    for i, (col, lab) in enumerate([("blue", "Complete"), ("green", "On track"), ("amber", "Some risk"),
                                    ("red", "Off track")]):
        shade(k.rows[0].cells[2 * i], col)
        set_text(k.rows[0].cells[2 * i + 1], lab)
    doc.add_paragraph()
    doc.add_paragraph("Abbreviations: CDC – City of Doncaster Council; CVS – Council for Voluntary Service; "
                      "DSCP – Doncaster Safeguarding Children Partnership; RPC – Reducing Parental Conflict.")
    doc.save(out("im1-doncaster-early-help-partnership-strategy-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Cornwall – focused visit action plan (csv export): title lines, area for
#    improvement filled only on the first row of its group, day-first dates,
#    status words, key and totals lines at the foot.
# ---------------------------------------------------------------------------
def cornwall():
    rows = [
        ["Cornwall Council Together for Families – Ofsted Focused Visit Action Plan", "", "", "", "", "", ""],
        ["Focused visit: children in care, 5–6 June 2024 (letter published 11 July 2024). Plan owner: Service "
         "Director, Children in Care and Care Leavers. Last updated 14/01/2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Area for improvement", "Ref", "Action", "Responsible officer", "Target date", "Status", "Comments"],
        ["The quality and timeliness of permanence planning for children in care, including those in long-term "
         "foster care", "FV1.1", "Track every child without a permanence plan by their second review through the "
         "monthly Permanence Tracking Panel", "Head of Service, Children in Care", "30/09/2024", "Complete",
         "Panel running since August 2024; 96% of children have a plan by second review"],
        ["", "FV1.2", "Formalise long-term fostering matches through the Fostering Panel within 6 months of the "
         "permanence plan being agreed", "Fostering Service Manager", "31/03/2025", "On track", ""],
        ["", "FV1.3", "Refresh practice guidance on later-life letters and life-story work, and audit 20 children's "
         "files", "Principal Social Worker", "28/02/2025", "Amber",
         "Guidance drafted; audit moved to February because of staffing"],
        ["The consistency of senior management oversight of children living in unregistered children's homes",
         "FV2.1", "Assistant Director to authorise and review every unregistered placement at least every 14 days",
         "Assistant Director, Children in Care", "Ongoing", "On track", "Weekly tracker in place"],
        ["", "FV2.2", "Agree a joint protocol with Ofsted's regulatory team for notifying and registering "
         "placements", "Head of Commissioning; Registered Manager, Residential Services", "31/12/2024", "Complete",
         ""],
        ["The timeliness of return home interviews for children who go missing from care", "FV3.1",
         "Recommission the return home interview service with a 72-hour completion standard",
         "Commissioning Manager (Children)", "01/04/2025", "Not started", "Procurement starts February 2025"],
        ["", "FV3.2", "Report missing episodes and return home interview compliance monthly to the Multi-Agency "
         "Child Exploitation Group", "Missing and Exploitation Team Manager", "Monthly", "Red",
         "Reporting started in November; compliance 58% in December"],
        ["", "", "", "", "", "", ""],
        ["Status key: Complete = action finished; On track = green; Amber = at risk; Red = off track; Not started",
         "", "", "", "", "", ""],
        ["Total actions: 7 (Complete 2, On track 2, Amber 1, Red 1, Not started 1)", "", "", "", "", "", ""],
    ]
    with open(out("im1-cornwall-council-focused-visit-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Surrey – JTAI action plan, tab-separated text export (refuse: a mistyped
#    month in one Timescale cell).
# ---------------------------------------------------------------------------
def surrey():
    lines = [
        "Surrey Safeguarding Children Partnership – JTAI Action Plan",
        "Joint Targeted Area Inspection (JTAI): multi-agency response to identification of initial need and risk "
        "(fieldwork January 2025)",
        "Partnership action plan – submitted to Ofsted 4 April 2025; progress at September 2025",
        "",
        "\t".join(["Ref", "Action", "Lead agency / officer", "Timescale", "RAG", "Progress"]),
        "Area for improvement 1: The quality of information shared by partner agencies when they refer to the "
        "Children's Single Point of Access (C-SPA)",
        "\t".join(["1.1", "Relaunch the multi-agency request for support form with mandatory fields for consent, "
                          "the child's voice and analysis of risk", "Surrey County Council – Head of C-SPA",
                   "June 2025", "C", "New form live 2 June 2025"]),
        "\t".join(["1.2", "Deliver good-referral briefings to schools, GP practices and police supervisors",
                   "SSCP Business Manager; Designated Nurse Safeguarding Children (Surrey Heartlands ICB)",
                   "September 2025", "G", "14 briefings delivered; GP session booked for October"]),
        "Area for improvement 2: The timeliness of strategy discussions and the involvement of health and "
        "education partners in them",
        "\t".join(["2.1", "Agree a partnership standard that strategy discussions are held within one working day "
                          "and include health and education wherever the child is known to them",
                   "Detective Superintendent, Public Protection (Surrey Police)", "Febuary 2026", "A",
                   "Draft standard at Executive in October"]),
        "\t".join(["2.2", "Pilot virtual strategy meetings with a named health representative in the north-west "
                          "quadrant", "Surrey County Council – C-SPA Service Manager", "December 2025", "G",
                   "Pilot started August"]),
        "Area for improvement 3: Partnership oversight of the impact of the front door, including the use of "
        "multi-agency audit",
        "\t".join(["3.1", "Add front-door indicators (conversion rates, repeat contacts, timeliness of decisions) "
                          "to the SSCP performance dashboard", "SSCP Performance and Data Lead", "October 2025",
                   "G", "Dashboard build in progress"]),
        "\t".join(["3.2", "Run a multi-agency audit of 30 front-door contacts every six months, with findings "
                          "reported to the SSCP Executive", "Chair, SSCP Quality Assurance Subgroup",
                   "March 2026", "G", "First audit scheduled for November"]),
        "",
        "RAG key: C = complete; G = on track; A = at risk; R = off track",
    ]
    with open(out("im1-surrey-safeguarding-children-partnership-jtai-action-plan-typo-month-refuse.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    brent()
    durham()
    hull()
    gateshead()
    doncaster()
    cornwall()
    surrey()
    print("built 7 files in", HERE)
