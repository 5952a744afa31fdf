"""Generator for the aa1- cases of heldout61 (children's services plans).

Run with /work/main/.venv/bin/python aa1_make.py ; writes the seven document files
beside this script.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "8DB4E2",
    "green": "92D050",
    "amber": "FFC000",
    "red": "FF0000",
    "band": "1F3864",
    "head": "D9E1F2",
}
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


# ---------------------------------------------------------------- 1 Birmingham
def birmingham():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths = {"A": 7, "B": 60, "C": 30, "D": 12, "E": 13, "F": 14, "G": 60, "H": 11}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = ("Birmingham Children's Trust \u2013 Ofsted ILACS Inspection (February 2023): "
                "Improvement Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Progress update for Trust Board \u2013 October 2023. Plan owner: Director of "
                "Practice. Version 1.4")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Action", "Lead officer", "Start date", "Target date",
             "Revised target date", "Progress update (October 2023)", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("head")
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center")
    ws.freeze_panes = "A5"

    areas = [
        ("1. The effectiveness of the response to domestic abuse", [
            ("1.1", "Refresh the domestic abuse practice standards and guidance for social "
                    "workers, including the use of DASH risk assessments and safety planning "
                    "with the non-abusing parent.",
             "Principal Social Worker", d(2023, 3, 1), d(2023, 6, 30), None,
             "Practice standards refreshed and launched at the June practice week. Available "
             "on the Trust's procedures site.", "Complete", "blue"),
            ("1.2", "Roll out Safe and Together training to all CASS, Assessment and "
                    "Short-Term Intervention and Children in Need teams.",
             "Head of Service \u2013 Workforce Academy", d(2023, 4, 1), d(2023, 9, 30),
             d(2023, 12, 31),
             "4 of 7 cohorts trained (112 staff). Remaining cohorts booked for November and "
             "December; delayed because of trainer availability.", "Amber", "amber"),
            ("1.3", "Quarterly thematic audit of cases where domestic abuse is the presenting "
                    "concern, with findings reported to the Practice Improvement Board.",
             "Head of Quality Assurance", d(2023, 4, 1), "Quarterly", None,
             "Q1 audit completed (38 cases) \u2013 71% good or better for analysis of risk. "
             "Q2 audit in moderation.", "Green", "green"),
        ]),
        ("2. Earlier pre-birth assessments to support early permanence planning, and timely "
         "action to progress permanence plans for children in stable placements through "
         "changes to legal status", [
            ("2.1", "Agree a joint pre-birth protocol with Birmingham Women's Hospital so that "
                    "pre-birth assessments start no later than 20 weeks' gestation.",
             "AD Family Support & Safeguarding / Named Midwife for Safeguarding",
             d(2023, 3, 1), d(2023, 7, 31), None,
             "Protocol signed off by BSCP in July 2023. Referrals received before 20 weeks up "
             "from 41% to 63%.", "Complete", "blue"),
            ("2.2", "Introduce a monthly permanence tracking meeting to review children in "
                    "stable placements where revocation of a care order or an SGO is the plan.",
             "Head of Service \u2013 Children in Care", d(2023, 4, 1), d(2023, 9, 30), None,
             "Tracking meeting in place since May; 46 children reviewed and 19 applications "
             "now in progress.", "Green", "green"),
            ("2.3", "Review legal gateway arrangements so that applications to discharge care "
                    "orders are not delayed by legal capacity.",
             "Head of Legal Services (Children)", d(2023, 6, 1), d(2024, 3, 31), None,
             "Options paper drafted for ELT; additional locum solicitor in post from "
             "September.", "Amber", "amber"),
        ]),
        ("3. Earlier engagement of personal advisers for children leaving care", [
            ("3.1", "Allocate a personal adviser to every child in care from their 16th "
                    "birthday, working alongside the child's social worker.",
             "Head of Service \u2013 Care Leavers", d(2023, 5, 1), d(2024, 1, 31), None,
             "58% of 16-year-olds currently have a PA allocated. Dependent on recruitment "
             "(action 3.2).", "Red", "red"),
            ("3.2", "Recruit six additional personal advisers.",
             "HR Business Partner", d(2023, 5, 1), d(2023, 10, 31), d(2023, 12, 31),
             "4 appointed; 2 posts re-advertised in October.", "Amber", "amber"),
        ]),
        ("4. Consistency of written plans", [
            ("4.1", "Launch SMART planning guidance and new plan templates on Eclipse for child "
                    "in need, child protection and care plans.",
             "Principal Social Worker", d(2023, 5, 1), d(2023, 10, 31), None,
             "Templates live on Eclipse from 2 October; briefings delivered to all team "
             "managers.", "Green", "green"),
            ("4.2", "Include the quality of written plans in the monthly practice observation "
                    "and audit programme.",
             "Head of Quality Assurance", d(2023, 6, 1), "Ongoing", None,
             "Plans are now a standing question in the audit tool; September audit found 54% "
             "of plans were SMART.", "Green", "green"),
        ]),
    ]
    r = 5
    for ai, (area, rows) in enumerate(areas):
        c = ws.cell(row=r, column=1, value=area)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("band")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32 if len(area) > 90 else 18
        r += 1
        for ref, act, lead, start, target, revised, prog, rag, col in rows:
            vals = [ref, act, lead, start, target, revised, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
            ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=5).number_format = "mmm-yy"
            ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(col)
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if ai < len(areas) - 1:
            r += 1  # blank row between areas
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for col, word, meaning in [
        ("blue", "Blue", "Complete \u2013 evidence of impact agreed at Practice Improvement Board"),
        ("green", "Green", "On track to deliver by the target date"),
        ("amber", "Amber", "Some slippage \u2013 revised date agreed"),
        ("red", "Red", "Off track \u2013 escalated to Executive Leadership Team"),
    ]:
        ws.cell(row=r, column=1, value=word).fill = fill(col)
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    wb.save(os.path.join(HERE, "aa1-birmingham-childrens-trust-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2 SBNI CMR
def sbni():
    wb = Workbook()
    ws = wb.active
    ws.title = "CMR Action Plan"
    for k, v in {"A": 8, "B": 45, "C": 9, "D": 55, "E": 16, "F": 16, "G": 55, "H": 8}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "SBNI Case Management Review \u2013 'Child D' \u2013 Multi-Agency Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Monitoring return to the CMR Panel \u2013 January 2024"
    ws.merge_cells("A2:H2")
    heads = ["Rec No.", "Recommendation", "Action No.", "Action(s) to be taken",
             "Lead Agency", "Timescale", "Progress to date", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="5B2C6F", end_color="5B2C6F")
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center")
    recs = [
        ("1", "All agencies should ensure that the voice of the child, including the "
              "non-verbal communication of babies and very young children, is recorded and "
              "informs assessment and planning.", [
            ("1.1", "Update UNOCINI practice guidance to include observation of infants and "
                    "non-verbal children, and how this is recorded.",
             "BHSCT", "Dec 2023",
             "Guidance updated and issued regionally on 11 December 2023.", "blue"),
            ("1.2", "Deliver 'Voice of the Infant' briefings to health visiting and family "
                    "support staff in all five HSC Trusts.",
             "PHA / HSC Trusts", "March 2024",
             "Briefings held in Belfast, Northern and Southern Trusts; remaining two "
             "scheduled for February.", "green"),
        ]),
        ("2", "The Education Authority and schools should strengthen arrangements for "
              "sharing safeguarding information when a child moves school, including at "
              "transition from pre-school.", [
            ("2.1", "Revise the pupil transfer protocol so that child protection records are "
                    "transferred securely within five school days of a child starting at a new "
                    "school.",
             "EA", "Sept 2023",
             "Revised protocol in place from the start of the 2023/24 school year.", "blue"),
            ("2.2", "Issue guidance to pre-school settings on passing child protection "
                    "information to the receiving primary school.",
             "EA / DE", "June 2024",
             "Draft guidance with DE for comment. Consultation with the voluntary pre-school "
             "sector has taken longer than planned.", "amber"),
        ]),
        ("3", "PSNI and HSC Trusts should review the joint arrangements for notifying "
              "domestic abuse incidents where children are present in the household.", [
            ("3.1", "Review the joint PSNI / HSC Trust protocol for notification of domestic "
                    "abuse incidents where children are present.",
             "PSNI & SPPG", "Q4 2023/24",
             "Task and finish group met twice; draft protocol expected end of February.",
             "amber"),
            ("3.2", "Audit a sample of 50 domestic abuse notifications received by the Gateway "
                    "service to test the quality and timeliness of the information shared.",
             "SEHSCT", "October 2024",
             "Audit tool agreed; sample period set as April \u2013 June 2024.", "green"),
        ]),
        ("4", "The SBNI should seek assurance that the learning from this review is "
              "disseminated and embedded across all member agencies.", [
            ("4.1", "Produce a 7-minute briefing and hold two regional learning events.",
             "SBNI", "Nov 2023",
             "Briefing published; learning events held 8 and 22 November (186 attendees).",
             "blue"),
            ("4.2", "Member agencies to report how the learning has been embedded through the "
                    "SBNI annual assurance return.",
             "All member agencies", "Annually (via SBNI assurance return)",
             "First returns due June 2024.", None),
        ]),
    ]
    r = 5
    for no, rec, acts in recs:
        first = r
        for aref, act, lead, when, prog, col in acts:
            vals = [no if r == first else None, rec if r == first else None, aref, act, lead,
                    when, prog, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
            if col:
                ws.cell(row=r, column=8).fill = fill(col)
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    r += 1
    for col, meaning in [("blue", "Complete"), ("green", "On track"),
                         ("amber", "Some delay \u2013 revised timescale agreed with CMR Panel"),
                         ("red", "Not on track")]:
        ws.cell(row=r, column=1).fill = fill(col)
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    wb.save(os.path.join(HERE, "aa1-sbni-cmr-child-d-action-plan.xlsx"))


# ---------------------------------------------------------------- 3 Clayfields
def clayfields():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    for k, v in {"A": 6, "B": 55, "C": 55, "D": 22, "E": 12, "F": 14, "G": 12}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = ("Clayfields House Secure Children's Home \u2013 Action Plan following Ofsted "
                "Inspection (10\u201312 October 2023)")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Nottinghamshire County Council. Updated by the Registered Manager: 08/12/2023"
    ws.merge_cells("A2:G2")
    heads = ["No.", "Ofsted requirement / recommendation", "Action", "Responsible person",
             "Due date", "Date completed", "Status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("head")
        c.border = BORDER
    items = [
        ("R1", "The registered person must ensure that a record of each use of a measure of "
               "control, discipline or restraint is completed within 24 hours and includes the "
               "child's views. (Regulation 35(3)(a))", [
            ("Duty manager to check daily that all restraint records from the previous 24 hours "
             "are complete and signed off.", "Registered Manager", d(2023, 11, 30),
             d(2023, 11, 6), "Complete"),
            ("Refresher training for all residential staff on recording physical intervention, "
             "including how to capture the child's view of the incident.",
             "Training & Development Officer", d(2024, 1, 31), None, "On track"),
        ]),
        ("R2", "The registered person must ensure that each use of single separation is "
               "recorded accurately, reviewed by a manager and that the child is offered a "
               "debrief. (Regulation 20(1)(a))", [
            ("Make start and end times, manager review and debrief mandatory fields in the "
             "single separation record on Mosaic.", "Deputy Manager (Care)", d(2023, 12, 15),
             d(2023, 12, 4), "Complete"),
            ("Head of Service to audit all single separation episodes each month and report "
             "to the Clayfields Management Board.", "Head of Service", d(2024, 2, 29), None,
             "On track"),
        ]),
        ("Rec 1", "The registered person should ensure that each child's education plan is "
                  "reviewed with the home's teachers at every placement review, so that "
                  "progress is tracked. ('Guide to the Children's Homes Regulations', "
                  "paragraph 8.15)", [
            ("Head of Education or a named teacher to attend every six-weekly placement review, "
             "or provide a written report.", "Head of Education", d(2024, 3, 31), None,
             "On track"),
        ]),
        ("Rec 2", "The registered person should ensure that damage in the living units is "
                  "repaired promptly so that children live in a well-maintained environment. "
                  "('Guide to the Children's Homes Regulations', paragraph 10.3)", [
            ("Agree a 48-hour repair standard with Property Services for damage in the living "
             "units.", "Registered Manager / Property Services", d(2204, 1, 31), None,
             "On track"),
            ("Complete the refurbishment of the Robin unit lounge and bedrooms.",
             "Property Services", d(2024, 4, 30), None, "Not started"),
        ]),
    ]
    r = 5
    for no, text, acts in items:
        first = r
        for act, who, due, done, status in acts:
            vals = [no if r == first else None, text if r == first else None, act, who, due,
                    done, status]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
            if status == "Complete":
                ws.cell(row=r, column=7).fill = fill("green")
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value=("Requirements carry the compliance date set by Ofsted. "
                                    "Progress is reviewed at the monthly Clayfields "
                                    "Management Board."))
    wb.save(os.path.join(HERE, "aa1-clayfields-house-secure-childrens-home-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def header_row(table, heads, col="D9E1F2"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        set_text(c, h, bold=True)
        shade(c, col)


# ---------------------------------------------------------------- 4 TACT
def tact():
    doc = Document()
    doc.add_heading("TACT Fostering South London and South East \u2013 Post-Inspection "
                    "Action Plan", level=0)
    doc.add_paragraph("Ofsted inspection of independent fostering agency: 13 \u2013 17 March "
                      "2023. Overall experiences and progress of children and young people: "
                      "Good.")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Changes"])
    for i, row in enumerate([
        ["1.0", "24/04/2023", "Registered Manager", "Plan submitted with the provider's "
                                                    "response to Ofsted"],
        ["1.1", "18/09/2023", "Registered Manager", "Progress update for the Quality and "
                                                    "Safeguarding Committee"],
    ], 1):
        for j, v in enumerate(row):
            set_text(t.rows[i].cells[j], v)
    doc.add_paragraph("")
    doc.add_paragraph("Ofsted made four recommendations. This plan sets out how we will "
                      "address each of them, who is responsible and by when. Progress is "
                      "reviewed monthly at the regional management meeting and reported "
                      "quarterly to the Quality and Safeguarding Committee.")
    recs = [
        ("Ensure that foster carers' annual reviews take account of the views of each child "
         "placed with them and, where appropriate, the views of the child's parents. "
         "(Fostering Services: National Minimum Standards, 13.9)", [
            ("1.1", "Amend the annual review report template to include a mandatory section "
                    "for the child's views, with a child-friendly consultation form.",
             "Registered Manager", "End of May 2023",
             "New template and 'My Carers' consultation form in use from 1 June 2023.",
             "Complete", "8DB4E2"),
            ("1.2", "Reviewing officer to check that the views of children and parents have "
                    "been gathered before each review is booked.",
             "IRO / Team Managers", "Ongoing",
             "Audit of 20 reviews in August 2023 found children's views recorded in 18.",
             "Green", "92D050"),
        ]),
        ("Ensure that all foster carers complete the Training, Support and Development "
         "Standards within the required timescales and that records clearly show this. "
         "(NMS 20.3)", [
            ("2.1", "Produce a monthly TSDS tracker for each supervising social worker showing "
                    "carers approaching their completion deadline.",
             "Training Coordinator", "30/06/2023",
             "Tracker live and shared at team meetings each month.", "Complete", "8DB4E2"),
            ("2.2", "Carers who have not completed TSDS within 12 months of approval to be "
                    "discussed in supervision and an agreed completion date recorded.",
             "Supervising Social Workers", "July 2023",
             "7 carers outstanding in March; 3 remain, all with agreed dates in October.",
             "Amber", "FFC000"),
        ]),
        ("Ensure that Ofsted is notified without delay of any event listed in Schedule 7 of "
         "the Fostering Services (England) Regulations 2011. (Regulation 36)", [
            ("3.1", "Introduce a notifications log, checked weekly by the Registered Manager.",
             "Registered Manager", "14/04/2023",
             "Log in place; all notifications since April sent within 24 hours.",
             "Complete", "8DB4E2"),
            ("3.2", "Brief all staff on Schedule 7 notifications, including responsibilities "
                    "out of hours.",
             "Registered Manager / Out of Hours Manager", "April 2023",
             "Briefing delivered at the April all-staff meeting and added to induction.",
             "Complete", "8DB4E2"),
        ]),
        ("Ensure that supervision records for staff show reflection on practice and the "
         "rationale for management decisions.", [
            ("4.1", "Revise the staff supervision template to include sections for reflective "
                    "discussion and for management decisions and their rationale.",
             "Regional Director", "Sept 2023",
             "Template agreed at the national practice forum; in use in the region from "
             "September.", "Green", "92D050"),
            ("4.2", "Registered Manager to audit a sample of supervision records each quarter "
                    "and give feedback to supervisors.",
             "Registered Manager", "Dec 2023",
             "First audit scheduled for November 2023.", "Not started", None),
        ]),
    ]
    n = 1 + sum(len(a) for _, a in recs)
    t = doc.add_table(rows=n, cols=7)
    t.style = "Table Grid"
    header_row(t, ["Recommendation", "Ref", "Action", "By whom", "By when",
                   "Progress / evidence", "RAG"], col="C6E0B4")
    r = 1
    for rec, acts in recs:
        first = r
        for ref, act, who, when, prog, rag, col in acts:
            cells = t.rows[r].cells
            if r == first:
                set_text(cells[0], rec)
            for j, v in enumerate([ref, act, who, when, prog, rag], 1):
                set_text(cells[j], v)
            if col:
                shade(cells[6], col)
            r += 1
        if r - 1 > first:
            t.cell(first, 0).merge(t.cell(r - 1, 0))
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete (blue) \u2013 action completed and evidenced; Green "
                      "\u2013 on track; Amber \u2013 some delay; Red \u2013 not on track or at "
                      "risk.")
    doc.save(os.path.join(HERE, "aa1-tact-fostering-ofsted-action-plan.docx"))


# ---------------------------------------------------------------- 5 Merthyr
def merthyr():
    doc = Document()
    doc.add_heading("Merthyr Tydfil County Borough Council: Children's Services Inspection "
                    "Action Plan", level=0)
    doc.add_paragraph("Response to the Care Inspectorate Wales (CIW) inspection of Children's "
                      "Services, April \u2013 May 2018. Progress update: December 2018.")
    doc.add_paragraph("CIW inspected Children's Services during April and May 2018 and "
                      "published its report in August 2018. The report identified three areas "
                      "for development. This plan sets out the actions we will take; delivery "
                      "is overseen by the Children's Services Improvement Board, chaired by the "
                      "Chief Officer \u2013 Social Services.")
    rag_col = {"Complete": "8DB4E2", "G": "92D050", "A": "FFC000", "R": "FF0000"}
    areas = [
        ("1. Greater consistency in the quality of assessments, including detailed analysis "
         "of strengths and risks", [
            ("1.1", "Introduce an assessment quality standard and practice guidance setting a "
                    "clear expectation that assessments analyse strengths and risks.",
             "Principal Officer \u2013 Practice Development", "October 2018",
             "Assessments audited show analysis of strengths and risks",
             "Standard and guidance issued 15/10/18 and launched at team meetings.",
             "Complete"),
            ("1.2", "Deliver analysis and critical thinking training to all social workers and "
                    "team managers.",
             "Workforce Development Manager", "December 2018",
             "90% of social workers trained",
             "Four sessions delivered (38 staff); final session 12 December.", "G"),
            ("1.3", "Team managers to quality assure every assessment before sign-off using the "
                    "new QA tool.",
             "Team Managers", "Ongoing", "QA tool completed on all assessments",
             "QA tool in use in all teams since November.", "G"),
        ]),
        ("2. Partner agencies to have a clear and shared understanding of significant harm "
         "when making referrals to the Multi Agency Safeguarding Hub (MASH)", [
            ("2.1", "Develop a multi-agency threshold document with Cwm Taf partners.",
             "Head of Children's Services / Cwm Taf Safeguarding Board Business Manager",
             "March 2019", "Threshold document agreed by the Safeguarding Board",
             "First draft discussed at the Board's November meeting; further work needed "
             "with education and health partners.", "A"),
            ("2.2", "Deliver briefings on significant harm and the quality of referrals to "
                    "police, health and education partners.",
             "MASH Team Manager", "31st January 2019",
             "Reduction in referrals that do not meet the threshold",
             "Briefings delivered to head teachers' forum and health visitors; police "
             "briefing booked for January.", "G"),
            ("2.3", "Monthly joint dip sample of MASH referrals, with feedback to referring "
                    "agencies on quality.",
             "MASH Team Manager", "Monthly", "Dip sample findings reported to the Board",
             "Dip samples completed in October and November.", "G"),
        ]),
        ("3. A more comprehensive quality assurance system, including improved focus on the "
         "frequency, consistency and quality of front line supervision", [
            ("3.1", "Publish a Children's Services Quality Assurance Framework setting out "
                    "audit, observation of practice and feedback activity.",
             "Principal Officer \u2013 Quality Assurance", "Dec 2018",
             "Framework approved and audit programme running",
             "Framework drafted; sign-off at the Improvement Board delayed to January.", "A"),
            ("3.2", "Revise the supervision policy to set a minimum monthly frequency and a "
                    "recording template that evidences reflection and management decisions.",
             "Head of Children's Services", "November 2018",
             "Policy in place and understood by staff",
             "Revised policy issued 1 November 2018.", "Complete"),
            ("3.3", "Audit supervision frequency and quality each quarter and report to the "
                    "Children's Services Improvement Board.",
             "Principal Officer \u2013 Quality Assurance", "Quarterly",
             "95% of staff receive monthly supervision",
             "Q2 audit found 62% of social workers received monthly supervision; action plan "
             "agreed with team managers.", "R"),
        ]),
    ]
    heads = ["Ref", "Action", "Lead Officer", "Timescale", "Success measure",
             "Progress update (December 2018)", "RAG"]
    for area, acts in areas:
        doc.add_heading(area, level=2)
        t = doc.add_table(rows=1 + len(acts), cols=7)
        t.style = "Table Grid"
        header_row(t, heads)
        for i, (ref, act, lead, when, measure, prog, rag) in enumerate(acts, 1):
            cells = t.rows[i].cells
            for j, v in enumerate([ref, act, lead, when, measure, prog, rag]):
                set_text(cells[j], v)
            shade(cells[6], rag_col[rag])
        doc.add_paragraph("")
    doc.add_paragraph("RAG: R = not on track / significant risk; A = some slippage; "
                      "G = on track; Complete = action completed.")
    doc.save(os.path.join(HERE, "aa1-merthyr-tydfil-ciw-childrens-services-action-plan.docx"))


# ---------------------------------------------------------------- 6 Hampshire CSV
def hampshire():
    rows = [
        ["Hampshire Youth Offending Team \u2013 HMI Probation Inspection (June 2018): "
         "Improvement Plan", "", "", "", "", "", "", ""],
        ["Version 3 \u2013 update to the YOT Management Board, 24 January 2019", "", "", "",
         "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Rec No", "Recommendation", "Action No", "Action", "Lead", "Target Date", "Status",
         "Progress Update"],
        ["1", "Improve the quality of assessment, planning and review of safety and wellbeing "
              "and risk of harm to others in out-of-court disposal cases",
         "1.1", "Introduce a proportionate assessment for all out-of-court disposals that "
                "covers safety and wellbeing and risk of harm to others",
         "Operations Manager (Prevention)", "31/10/2018", "Complete",
         "New assessment in use in all four areas from 1 October 2018."],
        ["", "", "1.2", "Set up a joint decision-making panel with Hampshire Constabulary so "
                        "that risk information is considered before a disposal is agreed",
         "YOT Manager / Police Inspector (Youth Justice)", "Mar-19", "On track",
         "Panel running in North and East; West and South panels start in February."],
        ["2", "Strengthen the review of court disposal cases, so that assessments and plans "
              "are revised when a child's circumstances change",
         "2.1", "Revise the case management guidance to set clear triggers for reviewing "
                "assessments and plans",
         "Practice Manager (Quality)", "30/11/2018", "Complete",
         "Guidance revised and briefed to all case managers."],
        ["", "", "2.2", "Team managers to check the timeliness and quality of reviews in "
                        "monthly supervision using the case review checklist",
         "Team Managers", "Ongoing", "On track",
         "Checklist in use; January audit found 80% of reviews completed on time."],
        ["3", "Ensure that the needs of potential future victims are considered in all "
              "out-of-court disposal cases",
         "3.1", "Train prevention and out-of-court staff in identifying and managing risks to "
                "potential victims, including siblings and parents",
         "Victim Services Coordinator", "Jan-19", "Amber",
         "Two of three sessions delivered. Final session booked for 29 January."],
        ["", "", "3.2", "Add a potential victims prompt to the out-of-court assessment and "
                        "intervention plan",
         "Operations Manager (Prevention)", "31/10/2018", "Complete",
         "Prompt added to templates on ChildView."],
        ["4", "The Management Board should monitor the quality of out-of-court disposal work "
              "through regular performance and audit reports",
         "4.1", "Present a quarterly report on out-of-court disposal quality and outcomes to "
                "the Management Board",
         "Head of Youth Offending", "Quarterly", "On track",
         "First report presented to the Board in October 2018."],
        ["", "", "4.2", "Board members to take part in at least one case audit or practice "
                        "observation each year",
         "Management Board Chair", "Mar-19", "Amber",
         "Three of eleven Board members have attended so far; dates offered to the rest."],
        ["", "", "", "", "", "", "", ""],
        ["Key: Complete = action completed; On track = progressing to target date; Amber = at "
         "risk of missing target date; Red = target date missed", "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(os.path.join(HERE, "aa1-hampshire-yot-hmip-improvement-plan.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- 7 Surrey txt
def surrey():
    lines = [
        "Surrey Local Area SEND Written Statement of Action \u2013 Progress Tracker",
        "Surrey County Council and Surrey CCGs\tPosition at 31 August 2017",
        "",
        "Area of weakness\tRef\tAction\tLead\tTarget date\tRAG\tProgress",
        "1. The timeliness, suitability and quality of statutory assessments and plans, "
        "including when statements are transferred to EHC plans\t1.1\tClear the backlog of "
        "EHC needs assessments over 20 weeks\tHead of SEN\tSep-17\tA\t"
        "Backlog down from 412 to 156; additional case officers in post until December.",
        "\t1.2\tIntroduce multi-agency quality assurance of draft EHC plans before they are "
        "issued\tPrincipal Educational Psychologist / Designated Clinical Officer\tOct-17\tG\t"
        "QA panel piloted in NE Surrey; county-wide from October.",
        "\t1.3\tComplete all remaining transfers of statements to EHC plans\tHead of SEN\t"
        "Mar-18\tG\t1,904 transfers outstanding; trajectory on track.",
        "2. The involvement of parents and carers in planning, monitoring and evaluating "
        "services\t2.1\tAgree a co-production charter with Family Voice Surrey\t"
        "SEND Strategic Lead\tSetp-17\tG\tCharter drafted with Family Voice; launch at the "
        "September SEND conference.",
        "\t2.2\tParent carer representatives to sit on the SEND Partnership Board and each "
        "workstream\tSEND Strategic Lead\tJul-17\tB\tComplete \u2013 representatives on the "
        "Board and all five workstreams.",
        "3. The promotion of the local offer and the statutory transition plan\t3.1\t"
        "Relaunch the Local Offer website with parents, including a search by need and by "
        "area\tLocal Offer Manager\tNov-17\tA\tSupplier delay; testing with parents in "
        "October.",
        "\t3.2\tPublish the statutory transition plan\tHead of SEN\tJun-17\tB\tPublished on "
        "the Local Offer 30 June 2017.",
        "4. The management and coordination of area information to inform planning\t4.1\t"
        "Produce a joint SEND data dashboard for education, health and social care\t"
        "Head of Commissioning (CCG) / Performance Manager (SCC)\tDec-17\tA\t"
        "Education data complete; health data sets being agreed with providers.",
        "",
        "RAG key: B = complete; G = on track; A = at risk; R = off track",
    ]
    with open(os.path.join(HERE, "aa1-surrey-send-wsoa-progress-tracker.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    birmingham()
    sbni()
    clayfields()
    tact()
    merthyr()
    hampshire()
    surrey()
    print("done")
