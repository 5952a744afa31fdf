"""Build the seven ni1- blind test files (children's services plans) for set heldout407.

Run with: /work/main/.venv/bin/python ni1_make.py
The data files are written next to this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY = "D9D9D9"
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Staffordshire County Council - children's home Ofsted action plan (xlsx)
# ---------------------------------------------------------------------------
STAFFS_FILE = "ni1-staffordshire-county-council-childrens-home-ofsted-action-plan.xlsx"
STAFFS_TITLE = "Staffordshire County Council – Rowley Park House (SC040877): Ofsted Inspection Action Plan"
STAFFS_SECTIONS = [
    ("Statutory requirements", [
        ("The registered person must ensure that within 24 hours of the use of a measure of restraint in relation "
         "to a child, a record is made which includes the child’s views and a debrief with the child, and that the "
         "record is reviewed by the registered person within 48 hours.",
         "Regulation 35(3)",
         [("R1.1", "All restraint records from 1 November 2024 to date to be reviewed by the Registered Manager; gaps "
                   "in recording of the child’s views and debriefs to be followed up with individual staff in supervision.",
           "Registered Manager", d(2025, 3, 31), BLUE,
           "Completed 21/03/25 – 14 records reviewed, 5 staff supervisions held."),
          ("R1.2", "Introduce a weekly restraint oversight check signed off by the Registered Manager and a monthly "
                   "thematic review by the Responsible Individual.",
           "Registered Manager / Responsible Individual", d(2025, 4, 30), GREEN,
           "Weekly checks in place since 10/03/25. First RI thematic review completed in April; May review booked.")]),
        ("The registered person must ensure that all staff have the experience, qualifications and skills to meet "
         "the needs of each child, in particular that staff complete training in de-escalation and physical "
         "intervention, and that staff employed for more than two years hold the relevant Level 3 Diploma.",
         "Regulation 32(4)(a)",
         [("R2.1", "Complete a training needs analysis for the staff team and book all outstanding Team Teach "
                   "refresher training.",
           "Deputy Manager", d(2025, 3, 14), BLUE,
           "TNA complete. 3 staff attended Team Teach refresher on 07/03/25."),
          ("R2.2", "Enrol the four identified staff on the Level 3 Diploma in Residential Childcare with Workforce "
                   "Development and track progress through monthly supervision.",
           "Registered Manager; Workforce Development Lead", d(2025, 12, 31), AMBER,
           "3 of 4 enrolled. Fourth staff member on long-term sick leave – enrolment deferred.")]),
        ("The registered person must ensure that each report of the independent person’s monthly visit is sent to "
         "HMCI and the responsible individual within 10 working days of the visit.",
         "Regulation 44(7)",
         [("R3.1", "Agree a monthly Regulation 44 visit schedule with the independent visitor and add report "
                   "deadlines to the home’s compliance calendar; Business Support to confirm submission to Ofsted "
                   "each month.",
           "Registered Manager", d(2025, 3, 31), BLUE,
           "Schedule agreed for 2025/26. February, March and April reports sent within timescale.")]),
    ]),
    ("Recommendations", [
        ("The registered person should ensure that children’s risk assessments are updated promptly following any "
         "significant incident, so that staff have current guidance on how to keep each child safe.",
         "Guide, p.42, para 9.5",
         [("Rec1.1", "Risk assessments for all children to be reviewed within 72 hours of any incident graded amber or "
                     "red on the incident log; key workers to confirm the update at shift handover.",
           "Key workers / Deputy Manager", "Ongoing", GREEN,
           "Dip sample of 6 incidents in April – all risk assessments updated within 72 hours.")]),
        ("The registered person should ensure that the home’s location risk assessment is reviewed with partner "
         "agencies, including the police, so that it reflects current local risks of exploitation.",
         "Regulation 46; Guide, p.23",
         [("Rec2.1", "Review the location risk assessment with the Stafford neighbourhood policing team and the "
                     "Staffordshire Exploitation Hub.",
           "Registered Manager", d(2025, 6, 30), None,
           "Meeting with neighbourhood policing team arranged for 17/06/25."),
          ("Rec2.2", "Share the updated location risk assessment with the placing social workers of all children and "
                     "with their Independent Reviewing Officers.",
           "Registered Manager", d(2025, 7, 31), None, "")]),
    ]),
]


def build_staffs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = {"A": 9, "B": 48, "C": 16, "D": 52, "E": 24, "F": 12, "G": 8, "H": 44}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws["A1"] = STAFFS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Full inspection: 4 and 5 February 2025 | Report published: 11 March 2025 | Overall experiences and "
                "progress of children and young people: Requires improvement to be good")
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Registered Manager: Gemma Salt | Responsible Individual: Head of Residential Services | "
                "Plan last updated: 30/05/2025")
    ws.merge_cells("A3:H3")
    headers = ["Ref", "Requirement / recommendation (as worded in the Ofsted report)", "Regulation / Guide",
               "Action(s) we will take", "Lead", "Due date", "RAG", "Progress update"]
    r = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BORDER
    r += 1
    for section, items in STAFFS_SECTIONS:
        ws.cell(r, 1, section).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(r, c).fill = fill(GREY)
            ws.cell(r, c).border = BORDER
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for text, reg, actions in items:
            first = r
            ws.cell(r, 2, text)
            ws.cell(r, 3, reg)
            for ref, act, lead, due, rag, prog in actions:
                ws.cell(r, 1, ref)
                ws.cell(r, 4, act)
                ws.cell(r, 5, lead)
                cell = ws.cell(r, 6, due)
                if isinstance(due, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
                if rag:
                    ws.cell(r, 7).fill = fill(rag)
                ws.cell(r, 8, prog if prog else None)
                for c in range(1, 9):
                    ws.cell(r, c).alignment = WRAP
                    ws.cell(r, c).border = BORDER
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for col, txt in [(RED, "Not on track – escalated to Head of Residential Services"),
                     (AMBER, "Some slippage – mitigation in place"),
                     (GREEN, "On track"),
                     (BLUE, "Complete"),
                     (None, "No colour – not yet started")]:
        if col:
            ws.cell(r, 2).fill = fill(col)
        ws.cell(r, 2).border = BORDER
        ws.cell(r, 3, txt)
        r += 1
    ws.freeze_panes = "A6"

    ws2 = wb.create_sheet("Inspection judgements")
    ws2.column_dimensions["A"].width = 70
    ws2.column_dimensions["B"].width = 36
    rows = [("Judgement", "Grade"),
            ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
            ("How well children and young people are helped and protected", "Requires improvement to be good"),
            ("The effectiveness of leaders and managers", "Requires improvement to be good"),
            ("Previous inspection (full, 14 November 2023)", "Good")]
    for i, (a, b) in enumerate(rows, 1):
        ws2.cell(i, 1, a)
        ws2.cell(i, 2, b)
        if i == 1:
            ws2.cell(i, 1).font = Font(bold=True)
            ws2.cell(i, 2).font = Font(bold=True)
    wb.save(os.path.join(HERE, STAFFS_FILE))


# ---------------------------------------------------------------------------
# 2. Plymouth City Council - corporate parenting board action plan (xlsx)
# ---------------------------------------------------------------------------
PLY_FILE = "ni1-plymouth-city-council-corporate-parenting-board-action-plan.xlsx"
PLY_TITLE = "Plymouth City Council Corporate Parenting Board Action Plan 2024–2026"
PLY_PRIORITIES = [
    ("Priority 1 – Your voice is heard", "7030A0", [
        ("1.1", "Hold a joint meeting of the Corporate Parenting Board and the Children in Care Council at least twice "
                "a year, with young people setting the agenda.",
         "“We want to talk to the people who make the decisions, not just get a letter back.”",
         "Participation Lead; Chair of Corporate Parenting Board", "Twice yearly", "G", "G",
         "Joint meeting held 28 November 2024; next meeting booked for May 2025."),
        ("1.2", "Co-produce a new Pledge with the Junior and Senior Children in Care Councils and launch it at the "
                "Care Experienced celebration event.",
         "“The old Pledge doesn’t sound like us.”",
         "Participation Lead", d(2024, 10, 31), "G", "B",
         "Pledge launched at the celebration event on 25 October 2024."),
        ("1.3", "Ensure every child in care has an up-to-date, child-friendly copy of their care plan.",
         "“I didn’t know what my plan said until I was 15.”",
         "Head of Children in Care Service", d(2025, 3, 31), "A", "A",
         "68% of children have a child-friendly plan on file (target 90%). IROs checking at each review."),
    ]),
    ("Priority 2 – A safe and stable home", "2F5597", [
        ("2.1", "Recruit 30 new in-house foster carer households through the fostering recruitment campaign.",
         "“I want to live with a family near my school and my friends.”",
         "Fostering Service Manager", "Apr 2024 – Mar 2025", "A", "R",
         "14 households approved to date. Campaign refreshed with Foster Plymouth branding in January."),
        ("2.2", "Open two additional in-house children’s homes so that fewer children live outside Plymouth.",
         "“Being moved away meant I lost everyone.”",
         "Head of Commissioning / Head of Children in Care Service", "Q1 2025/26", "A", "A",
         "First home registered with Ofsted December 2024. Second property purchase completing March 2025."),
        ("2.3", "Review the Staying Put and Staying Close offer so that young people can remain with their carers, or "
                "close to the home they lived in, up to age 21.",
         "“Leaving at 18 felt like falling off a cliff.”",
         "Care Leavers Service Manager", d(2025, 7, 31), None, "G",
         "New action added October 2024. Review scoped; options paper to June Board."),
    ]),
    ("Priority 3 – Healthy and happy", "00B050", [
        ("3.1", "Ensure initial health assessments are completed within 20 working days of a child coming into care.",
         "“I had to tell my story to loads of different nurses.”",
         "Designated Nurse for Children in Care (NHS Devon)", "Ongoing", "R", "A",
         "Timeliness improved from 41% (Q1) to 63% (Q3). Additional paediatric clinic slots from February."),
        ("3.2", "Offer every care leaver free access to leisure centres and the Plymouth Life Centre through the Care "
                "Leavers Local Offer.",
         "“The gym is too expensive when you’re on your own.”",
         "Care Leavers Service Manager", d(2024, 12, 31), "G", "B",
         "Free leisure passes in place from 1 December 2024; 57 passes issued."),
    ]),
    ("Priority 4 – Ready for adult life", "C55A11", [
        ("4.1", "Create 10 ring-fenced apprenticeships and work placements across the Council for care experienced "
                "young people.",
         "“Give us a foot in the door.”",
         "Head of Human Resources; Virtual School Head", d(2025, 9, 30), "A", "G",
         "6 apprenticeships ring-fenced; 3 young people started in January 2025."),
        ("4.2", "Increase the percentage of care leavers aged 19–21 in education, employment or training to at least "
                "60%.",
         "“I need help to find something that fits around my life.”",
         "Care Leavers Service Manager / Virtual School Head", "March 2026", "A", "A",
         "EET at 52% (December 2024), up from 47%."),
    ]),
]
RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def build_plymouth():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 50
    cov["A1"] = "Plymouth City Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = PLY_TITLE
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Chair: Cabinet Member for Children’s Social Care"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Change"),
          ("0.3", d(2024, 6, 12), "Corporate Parenting Lead", "Draft for Corporate Parenting Board"),
          ("1.0", d(2024, 7, 18), "Corporate Parenting Lead", "Approved by Corporate Parenting Board"),
          ("1.3", d(2024, 10, 10), "Corporate Parenting Lead", "Q2 update; action 2.3 added"),
          ("1.4", d(2025, 1, 23), "Corporate Parenting Lead", "Q3 update for Board, January 2025")]
    for i, row in enumerate(dc, 6):
        for j, v in enumerate(row, 1):
            cell = cov.cell(i, j, v)
            cell.border = BORDER
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
            if i == 6:
                cell.font = Font(bold=True)
                cell.fill = fill(GREY)

    ws = wb.create_sheet("Action Plan")
    widths = {"A": 6, "B": 52, "C": 34, "D": 30, "E": 16, "F": 9, "G": 9, "H": 46}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws["A1"] = "Corporate Parenting Board Action Plan 2024–2026 – update for Board, January 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Our promise: care experienced people in Plymouth will be heard, safe, well and ready for adult life. "
                "Care experience is treated as a local protected characteristic.")
    ws.merge_cells("A2:H2")
    headers = ["No.", "What we will do", "You told us…", "Lead(s)", "By when", "RAG Oct 24", "RAG Jan 25", "Update"]
    r = 4
    for c, h in enumerate(headers, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BORDER
        cell.alignment = WRAP
    r += 1
    for prio, colour, actions in PLY_PRIORITIES:
        ws.cell(r, 1, prio).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 9):
            ws.cell(r, c).fill = fill(colour)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for no, what, told, lead, when, prev, cur, upd in actions:
            vals = [no, what, told, lead, when, prev, cur, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
            if isinstance(when, dt.datetime):
                ws.cell(r, 5).number_format = "mmm-yy"
            for c, v in ((6, prev), (7, cur)):
                if v:
                    ws.cell(r, c).fill = fill(RAG_FILL[v])
                    ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(r, 1, "Key: R = not on track; A = some risk to delivery; G = on track; B = complete. "
                  "RAG Oct 24 is the position reported to Board on 17 October 2024.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm.column_dimensions["A"].width = 40
    rows = [("Priority", "Actions", "B", "G", "A", "R"),
            ("Priority 1 – Your voice is heard", 3, 1, 1, 1, 0),
            ("Priority 2 – A safe and stable home", 3, 0, 1, 1, 1),
            ("Priority 3 – Healthy and happy", 2, 1, 0, 1, 0),
            ("Priority 4 – Ready for adult life", 2, 0, 1, 1, 0),
            ("Total", 10, 2, 3, 4, 1)]
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            cell = sm.cell(i, j, v)
            cell.border = BORDER
            if i in (1, len(rows)):
                cell.font = Font(bold=True)
    wb.save(os.path.join(HERE, PLY_FILE))


# ---------------------------------------------------------------------------
# 3. Wirral Council - ILACS improvement plan, mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
WIRRAL_FILE = "ni1-wirral-council-ilacs-improvement-plan-typo-month-refuse.xlsx"
WIRRAL_TITLE = "Wirral Council Children, Families and Education – ILACS Improvement Plan"
WIRRAL_RECS = [
    ("Recommendation 1: The response to 16- and 17-year-old children who are homeless, including their "
     "understanding of their rights and entitlements when offered accommodation.", [
        ("1.1", "Revise the joint housing and children’s services protocol for 16- and 17-year-olds who present as "
                "homeless, in line with the Southwark judgment.",
         "Protocol signed off by both directors; all presentations tracked.",
         "Head of Service – Permanence and Care Leavers", d(2024, 3, 31), None, "Complete",
         "Protocol agreed 12/03/2024 and published on the WSCP website."),
        ("1.2", "Ensure every 16/17-year-old presenting as homeless is offered a joint assessment and an independent "
                "advocate, and that their decision about being accommodated is recorded.",
         "Audit shows 90% of young people offered advocacy.",
         "Principal Social Worker", d(2024, 6, 30), d(2024, 12, 31), "Amber",
         "Advocacy offer in place. September audit: 71% of records show the young person’s informed decision."),
    ]),
    ("Recommendation 2: The identification of and response to children living in private fostering arrangements.", [
        ("2.1", "Deliver a private fostering awareness campaign to schools, GPs, language schools and faith groups.",
         "Increase in private fostering notifications.",
         "Private Fostering Lead / Communications Manager", d(2024, 5, 31), None, "Green",
         "Campaign delivered May–July 2024; 9 notifications received in Q2 compared with 2 in Q1."),
        ("2.2", "Private fostering assessments to be completed and reviewed within statutory timescales, with monthly "
                "performance reporting to DMT.",
         "100% of arrangements assessed within 42 days.",
         "Service Manager – Fostering", d(2024, 9, 30), "0ct-2024", "Amber",
         "Performance report built; 2 of 9 assessments out of timescale in September."),
    ]),
    ("Recommendation 3: Transition planning for children in care, so that they feel prepared for leaving care.", [
        ("3.1", "Every child in care aged 15¾ to have a pathway plan started with their personal adviser allocated "
                "by their 16th birthday.",
         "Pathway plans in place for 95% of eligible children.",
         "Team Manager – Leaving Care", d(2024, 9, 30), None, "Green",
         "Personal advisers now allocated at 15¾. Pathway plan timeliness 88% in October."),
        ("3.2", "Launch ‘Moving On’ independence skills sessions co-designed with Wirral Care Leavers Forum.",
         "Young people report they feel prepared (annual survey).",
         "Participation and Engagement Manager", d(2024, 11, 30), d(2025, 1, 31), "Amber",
         "Venue secured; launch moved to January to fit with college term."),
    ]),
    ("Recommendation 4: Decision-making for children on the edge of care, so that it is sufficiently child-focused "
     "and children do not remain at risk of harm for too long.", [
        ("4.1", "Establish a weekly Edge of Care Panel chaired by a Head of Service, with the child’s lived experience "
                "recorded as the first item for each child.",
         "Panel minutes evidence the child’s voice in all decisions.",
         "Head of Service – Children in Need and Child Protection", d(2024, 4, 30), None, "Complete",
         "Panel running weekly since April 2024."),
        ("4.2", "Quarterly audit of children subject to pre-proceedings for more than 16 weeks, reported to the "
                "Improvement Board.",
         "No child in PLO for more than 26 weeks without review.",
         "Head of Quality Assurance", d(2025, 3, 31), None, "Green",
         "Q2 audit completed (14 children). Q3 audit scheduled for December."),
    ]),
]


def build_wirral():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov.column_dimensions["A"].width = 50
    ov["A1"] = WIRRAL_TITLE
    ov["A1"].font = Font(bold=True, size=13)
    ov["A3"] = "Inspection: 18 to 29 September 2023. Report published 9 January 2024."
    ov["A4"] = "Judgement: Requires improvement to be good (all areas)."
    summary = [("Status", "Number of actions"), ("Complete", 2), ("Green", 3), ("Amber", 3), ("Red", 0),
               ("Total", 8)]
    for i, (a, b) in enumerate(summary, 6):
        ov.cell(i, 1, a).border = BORDER
        ov.cell(i, 2, b).border = BORDER
        if a in ("Status", "Total"):
            ov.cell(i, 1).font = Font(bold=True)
            ov.cell(i, 2).font = Font(bold=True)

    ws = wb.create_sheet("Improvement Plan")
    widths = {"A": 6, "B": 56, "C": 34, "D": 30, "E": 13, "F": 13, "G": 11, "H": 48}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws["A1"] = WIRRAL_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress position at 31 October 2024 – reported to Children, Young People and Education Committee"
    ws.merge_cells("A2:H2")
    headers = ["Ref", "Action", "Measure of success", "Lead officer", "Original target date",
               "Revised target date", "RAG", "Progress commentary"]
    r = 4
    for c, h in enumerate(headers, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("003865")
        cell.alignment = WRAP
        cell.border = BORDER
    r += 1
    status_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for rec, actions in WIRRAL_RECS:
        ws.cell(r, 1, rec).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(r, c).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).alignment = WRAP
        ws.row_dimensions[r].height = 30
        r += 1
        for ref, act, measure, lead, orig, rev, rag, comm in actions:
            for c, v in enumerate([ref, act, measure, lead, orig, rev, rag, comm], 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(r, 7).fill = fill(status_fill[rag])
            r += 1
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, WIRRAL_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(extra)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. East Sussex County Council - focused visit action plan (docx)
# ---------------------------------------------------------------------------
ESCC_FILE = "ni1-east-sussex-county-council-focused-visit-action-plan.docx"
ESCC_TITLE = "East Sussex County Council Children’s Services: Ofsted Focused Visit Action Plan"
ESCC_SECTIONS = [
    ("Section 1: Area for improvement identified by Ofsted", [
        ("AFI 1: The timeliness of child protection strategy meetings when children are at risk of significant harm.", [
            ("1.1", "Introduce twice-daily MASH strategy meeting slots (10am and 2pm) with Sussex Police and health, so "
                    "that strategy meetings can be held on the day the threshold is met.",
             "MASH Operational Manager / Sussex Police DI (MASH)", "October 2025",
             "Strategy meetings held within 1 working day of threshold decision", "Complete"),
            ("1.2", "Amend the strategy meeting form in LCS so that the date the threshold was agreed and the date of "
                    "the meeting are both recorded, and reasons for any delay are captured.",
             "Systems and Performance Manager", "November 2025",
             "Delay reasons reported for every late meeting", "Green"),
            ("1.3", "Review strategy meeting timeliness at the weekly Safeguarding Performance Meeting and escalate "
                    "exceptions to the Assistant Director (Safeguarding).",
             "Head of Safeguarding", "Weekly",
             "Exception reports show a reducing trend", "Green"),
            ("1.4", "Audit a sample of 30 strategy meetings held between October and December 2025 to test whether "
                    "timeliness has improved and whether health colleagues attended.\nFindings to be reported to the "
                    "East Sussex Safeguarding Children Partnership Quality and Performance Subgroup.",
             "Head of Practice and Quality Assurance", "End of January 2026",
             "Audit findings and action taken", "Not started"),
        ]),
    ]),
    ("Section 2: Learning from the focused visit", [
        ("Pre-proceedings and family network meetings", [
            ("2.1", "Hold a family network meeting for every child before a letter before proceedings is issued, unless "
                    "it is unsafe to do so.",
             "Head of Locality Services", "December 2025",
             "Percentage of PLO cases with a family network meeting", "Green"),
            ("2.2", "Refresh the pre-proceedings tracker so that legal planning meetings review progress every six "
                    "weeks and drift is escalated.",
             "Legal Gateway Panel Chair; Service Manager (Court and PLO)", "Sept – Dec 2025",
             "No child in pre-proceedings for more than 16 weeks without review", "Amber"),
        ]),
        ("Protection of disabled children", [
            ("3.1", "Deliver refreshed training on the protection of disabled children, including communication tools, "
                    "to all social workers in the Children’s Disability Service.",
             "Children’s Disability Service Manager", "March 2026",
             "Training attendance; audit of direct work with disabled children", "Green"),
            ("3.2", "Child protection conference chairs to check that the views of disabled children are gathered "
                    "using an appropriate communication method and recorded.",
             "Child Protection Conference Service Manager", "31/03/2026",
             "Conference chair quality assurance returns", "Green"),
        ]),
    ]),
]
RAG_WORD_FILL = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def build_escc():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(ESCC_TITLE, style="Title")
    doc.add_paragraph("Focused visit: 30 and 31 July 2025 – children in need and children subject to a child "
                      "protection plan. Ofsted letter published 1 September 2025.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Status"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("0.2", "12/09/2025", "Assistant Director (Safeguarding)", "Draft for CSMT"),
                ("1.0", "29/09/2025", "Assistant Director (Safeguarding)", "Agreed by DCS and Lead Member"),
                ("1.1", "08/12/2025", "Head of Safeguarding", "Progress update")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.add_paragraph("Key to progress ratings", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [("Complete", "Action completed and evidence of impact seen"),
                          ("Green", "On track to complete by the timescale"),
                          ("Amber", "Some slippage – recovery agreed"),
                          ("Red", "Off track – escalated to CSMT"),
                          ("Not started", "Action not yet due to start")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        if word in RAG_WORD_FILL:
            shade(cells[0], RAG_WORD_FILL[word])
        set_cell(cells[1], meaning)
    headers = ["Ref", "Action", "Lead", "Timescale", "How we will know it has made a difference", "RAG"]
    for section, areas in ESCC_SECTIONS:
        doc.add_paragraph(section, style="Heading 1")
        for area, actions in areas:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
            set_cell(top, area, bold=True, size=10)
            shade(top, "D9E2F3")
            for i, h in enumerate(headers):
                set_cell(t.rows[1].cells[i], h, bold=True)
                shade(t.rows[1].cells[i], "F2F2F2")
            for ref, act, lead, when, impact, rag in actions:
                cells = t.add_row().cells
                for i, v in enumerate([ref, act, lead, when, impact, rag]):
                    set_cell(cells[i], v)
                if rag in RAG_WORD_FILL:
                    shade(cells[5], RAG_WORD_FILL[rag])
            doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported monthly to the Children’s Services Management Team "
                      "and quarterly to the East Sussex Safeguarding Children Partnership.")
    doc.add_paragraph("Signed: Director of Children’s Services          Date: 29/09/2025")
    doc.save(os.path.join(HERE, ESCC_FILE))


# ---------------------------------------------------------------------------
# 5. Leicestershire & Rutland SCP - JTAI action plan (docx)
# ---------------------------------------------------------------------------
LRSCP_FILE = "ni1-leicestershire-rutland-safeguarding-children-partnership-jtai-action-plan.docx"
LRSCP_TITLE = "Joint Targeted Area Inspection (JTAI) – Multi-agency Action Plan"
LRSCP_AREAS = [
    ("Area for improvement 1: Information-sharing and the involvement of health practitioners in strategy "
     "discussions for children at risk of serious youth violence.", [
        ("1a", "Ensure health (ICB safeguarding team or provider named nurse) is invited to every strategy discussion "
               "for a child at risk of serious youth violence, using the LLR strategy discussion standards.",
         "LCC First Response Head of Service / ICB Designated Nurse Safeguarding Children", "Q4 2024/25",
         "Standards revised January 2025. Health attendance at strategy discussions 84% in February.", "Blue"),
        ("1b", "Develop a single information-sharing agreement covering the Violence Reduction Network, youth justice, "
               "education and health, and publish it on the partnership website.",
         "VRN Director; LRSCP Business Manager", "30/06/2025",
         "Draft agreement with Information Governance leads for comment.", "Green"),
    ]),
    ("Area for improvement 2: The consistent use of contextual safeguarding approaches, including assessment of "
     "places and peer groups where children are at risk of harm outside the home.", [
        ("2a", "Implement the contextual safeguarding framework across Leicestershire and Rutland, including peer group "
               "and location assessments.",
         "Leicestershire County Council / Rutland County Council", "September 2025",
         "Framework agreed by the Executive. Location assessment tool being tested in Loughborough and Oakham; "
         "Rutland rollout delayed by staffing.", "Amber"),
        ("2b", "Deliver multi-agency training on extra-familial harm to 200 practitioners across police, health, "
               "education and children’s social care.",
         "LRSCP Training Manager", "Ongoing",
         "126 practitioners trained to date; evaluation positive.", "Green"),
        ("2c", "Set up a monthly place-based risk meeting with the Community Safety Partnerships to share intelligence "
               "on locations of concern.",
         "Leicestershire Police (Prevention and Partnerships)", "April 2025",
         "Meeting established; first three meetings held.", "Blue"),
    ]),
    ("Area for improvement 3: How well leaders understand the impact of multi-agency practice, through audit and "
     "the voice of children and families.", [
        ("3a", "Complete a multi-agency case audit of 12 children who were victims of serious youth violence and report "
               "findings to the Executive.",
         "Chair of Quality Assurance and Performance Subgroup", "July 2025",
         "Audit tool agreed; cases selected.", "Green"),
        ("3b", "Gather feedback from children and parents about their experience of support after a serious youth "
               "violence incident, through the Youth Voice Forum.",
         "LRSCP Business Manager", "TBC",
         "Youth Voice Forum co-ordinator post vacant; Executive asked to agree interim arrangement.", "Red"),
    ]),
]


def build_lrscp():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Leicestershire & Rutland Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph(LRSCP_TITLE, style="Heading 1")
    doc.add_paragraph("Inspection theme: the multi-agency response to children who are victims of serious youth "
                      "violence. Fieldwork: 14 to 18 October 2024. Joint letter published: 3 December 2024.")
    doc.add_paragraph("This plan is owned by the LRSCP Executive and monitored by the JTAI Task and Finish Group. "
                      "Last updated: 12 March 2025.")
    doc.add_paragraph("Status key: Blue = complete; Green = on track; Amber = at risk of delay; Red = off track.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Action", "Lead agency / officer", "Target date", "Progress to date", "Status"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    for area, actions in LRSCP_AREAS:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, area, bold=True)
        shade(m, "E2EFDA")
        for no, act, lead, when, prog, status in actions:
            cells = t.add_row().cells
            for i, v in enumerate([no, act, lead, when, prog, status]):
                set_cell(cells[i], v)
    doc.add_paragraph("")
    doc.add_paragraph("Sign-off by the statutory safeguarding partners", style="Heading 2")
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for i, h in enumerate(["Partner", "Signed on behalf of the partner by", "Date"]):
        set_cell(s.rows[0].cells[i], h, bold=True)
    for row in [("Leicestershire County Council", "Director of Children and Family Services", "19/12/2024"),
                ("Rutland County Council", "Strategic Director of Children and Families", "19/12/2024"),
                ("NHS Leicester, Leicestershire and Rutland ICB", "Chief Nurse", "20/12/2024"),
                ("Leicestershire Police", "Assistant Chief Constable", "20/12/2024")]:
        cells = s.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.save(os.path.join(HERE, LRSCP_FILE))


# ---------------------------------------------------------------------------
# 6. Southampton City Council - early help strategy action plan (csv)
# ---------------------------------------------------------------------------
SOTON_FILE = "ni1-southampton-city-council-early-help-strategy-action-plan.csv"
SOTON_TITLE = "Southampton City Council – Early Help Strategy 2023–2026: Year 2 Delivery Plan"
SOTON_PRIORITIES = [
    ("1. Right help at the right time", [
        ("1.1", "Launch a single Early Help Assessment and plan on the new case management system, so that families "
                "tell their story once.",
         "Head of Early Help and Prevention", "30/09/2024", "Complete",
         "Live from 2 September 2024. 212 assessments completed on the new form by December."),
        ("1.2", "Publish a refreshed multi-agency threshold document (“Right Help, Right Time”) with the Southampton "
                "Safeguarding Children Partnership.",
         "SSCP Business Manager; Head of Early Help and Prevention", "Jan-25", "Amber",
         "Consultation closed. Sign-off moved to SSCP Executive on 5 March."),
        ("1.3", "Screen all early help requests at the Children and Families First front door within 3 working days.",
         "Front Door Service Manager", "Ongoing", "Green",
         "94% screened within 3 working days (Q3)."),
    ]),
    ("2. Family Hubs and Start for Life", [
        ("2.1", "Open Family Hubs in Shirley, Thornhill and Weston, with a 0–19 (25 with SEND) offer including health "
                "visiting, parenting support and infant feeding.",
         "Family Hubs Programme Manager", "Mar-25", "Green",
         "Shirley and Thornhill open. Weston opening 17 March."),
        ("2.2", "Deliver the Start for Life perinatal mental health and parent–infant relationships offer from every "
                "Family Hub.\nReport take-up quarterly to the Family Hubs Board.",
         "Public Health Consultant (0-19) / Solent NHS Trust Service Lead", "Q1 2025/26", "Amber",
         "Perinatal offer live in two hubs; recruitment to parent–infant post under way."),
        ("2.3", "Launch the Family Hubs digital offer and refresh the Family Information Service directory.",
         "Family Information Service Manager", "July 2025", "Not started",
         "Waiting for web platform procurement."),
    ]),
    ("3. A skilled early help workforce", [
        ("3.1", "Deliver Supporting Families outcomes training to partner agencies so that more early help plans are "
                "led by schools and health.",
         "Supporting Families Co-ordinator", "Dec-24", "Complete",
         "11 sessions delivered to 164 staff."),
        ("3.2", "Introduce a Lead Practitioner network with termly learning events.",
         "Early Help Partnership Manager", "Termly", "Green",
         "Network launched; autumn event held 21 November."),
        ("3.3", "Carry out a multi-agency audit of 20 early help plans led by partner agencies and share the learning "
                "at the Early Help Partnership Board.",
         "Quality Assurance Lead (Early Help)", "By 31 May 2025", "Red",
         "Audit delayed by vacancy in QA Lead post; to be rescheduled once post filled."),
    ]),
]


def build_soton():
    rows = [[SOTON_TITLE, "", "", "", "", "", ""],
            ["Owner: Early Help Partnership Board | Updated: 14/02/2025", "", "", "", "", "", ""],
            ["", "", "", "", "", "", ""],
            ["Priority", "Ref", "What we will do", "Lead", "Target date", "RAG", "Progress update"]]
    for prio, actions in SOTON_PRIORITIES:
        for i, (ref, act, lead, when, rag, prog) in enumerate(actions):
            rows.append([prio if i == 0 else "", ref, act, lead, when, rag, prog])
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["RAG key: Complete = delivered; Green = on track; Amber = minor slippage; Red = significant slippage; "
                 "Not started = not yet due", "", "", "", "", "", ""])
    rows.append(["Total actions: 9 | Complete: 2 | Green: 3 | Amber: 2 | Red: 1 | Not started: 1",
                 "", "", "", "", "", ""])
    with open(os.path.join(HERE, SOTON_FILE), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. South Lanarkshire Council - adoption service Care Inspectorate plan (txt)
# ---------------------------------------------------------------------------
SLC_FILE = "ni1-south-lanarkshire-council-adoption-service-care-inspectorate-improvement-plan.txt"
SLC_TITLE = "Adoption Service (CS2004081623) – Care Inspectorate Inspection Improvement Plan"
SLC_BLOCKS = [
    ("Requirement 1: By 31 March 2025, the provider must ensure that prospective adopters’ assessments are "
     "completed without unnecessary delay, so that children’s plans for permanence are not held back. This is to "
     "comply with Regulation 4(1)(a) (Welfare of users) of The Social Care and Social Work Improvement Scotland "
     "(Requirements for Care Services) Regulations 2011 (SSI 2011/210).", [
        ("R1.1", "Introduce an assessment tracker reviewed fortnightly by the Adoption Team Leader, with escalation to "
                 "the Service Manager where an assessment exceeds six months.",
         "Adoption Team Leader", "31/12/2024", "Complete", "Tracker live since 2 December 2024."),
        ("R1.2", "Allocate two additional social workers from the Family Placement Team to adopter assessments.",
         "Service Manager (Family Placement)", "March 2025", "Complete",
         "Two workers allocated from January 2025; 5 assessments transferred."),
    ]),
    ("Requirement 2: By 30 April 2025, the provider must ensure that reports presented to the adoption panel are "
     "complete, accurate and quality assured before panel. This is to comply with Regulation 4(1)(a) (Welfare of "
     "users) of The Social Care and Social Work Improvement Scotland (Requirements for Care Services) Regulations "
     "2011 (SSI 2011/210).", [
        ("R2.1", "Introduce a quality assurance checklist signed by the team leader for every Form E and adopter "
                 "report before it is sent to the panel.",
         "Panel Adviser / Adoption Team Leader", "April 2025", "On track",
         "Checklist in use since February panel; no reports deferred since."),
    ]),
    ("Area for improvement 1: To support children’s sense of identity, the service should ensure that life story "
     "books and later life letters are completed within six months of the adoption order. This should take account "
     "of the Health and Social Care Standards which state: ‘I am supported to understand my history and the people "
     "who are important to me’ (HSCS 2.18).", [
        ("A1.1", "Agree a life story work protocol and timescale standard with the permanence team.",
         "Practice Development Officer", "June 2025", "On track", "Draft protocol out for consultation."),
        ("A1.2", "Audit all life story books for children adopted in 2023 and 2024 and prioritise outstanding work.",
         "Adoption Team Leader", "September 2025", "Not started", ""),
    ]),
    ("Area for improvement 2: The provider should ensure that adoptive families are offered adoption support that is "
     "planned and reviewed with them. This should take account of the Health and Social Care Standards which state: "
     "‘My care and support meets my needs and is right for me’ (HSCS 1.19).", [
        ("A2.1", "Offer every adoptive family an adoption support plan and a review 12 months after the adoption order.",
         "Fieldwork Manager; Adoption Support Worker", "Ongoing", "On track",
         "Template agreed. 8 of 11 families due a review have been offered one."),
    ]),
]


def build_slc():
    lines = ["South Lanarkshire Council",
             "Social Work Resources – Children and Justice Services",
             SLC_TITLE,
             "Inspection: 7 to 18 October 2024\tReport published: 29 November 2024",
             "Evaluations: How well do we support children and young people’s rights and wellbeing? 4 – Good; "
             "How good is our leadership? 3 – Adequate; How good is our staff team? 4 – Good; "
             "How well is our care and support planned? 3 – Adequate",
             "",
             "Ref\tAction\tResponsible officer\tTimescale\tStatus\tProgress at 31 March 2025"]
    for head, actions in SLC_BLOCKS:
        lines.append(head)
        for ref, act, lead, when, status, prog in actions:
            lines.append("\t".join([ref, act, lead, when, status, prog]))
    lines += ["",
              "Status: Complete / On track / Amber (some slippage) / Not started",
              "Plan agreed by the Head of Children and Justice Services, 9 January 2025. Next update to the "
              "Social Work Resources Committee: June 2025."]
    with open(os.path.join(HERE, SLC_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build_staffs()
    build_plymouth()
    build_wirral()
    build_escc()
    build_lrscp()
    build_soton()
    build_slc()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
