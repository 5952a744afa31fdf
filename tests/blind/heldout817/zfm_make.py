#!/usr/bin/env python3
"""Build the seven zfm- blind test files (heldout817).

Run with /work/main/.venv/bin/python zfm_make.py  (writes next to this script).
Only files whose names start with 'zfm-' are written.
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


def out(name):
    assert name.startswith("zfm-")
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "theme": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


# ---------------------------------------------------------------------------
# 1. Wigan Council - adult social care peer challenge action plan (xlsx)
# ---------------------------------------------------------------------------
WIGAN_TITLE = "Wigan Council: Adult Social Care Peer Challenge Action Plan 2023–24"
WIGAN = [
    ("Theme 1: Working with people", [
        ("Recommendation 1: Reduce waiting times for Care Act assessments and occupational therapy, and manage risk for people who are waiting.", [
            ("1.1", "Introduce a ‘waiting well’ protocol for everyone awaiting a Care Act assessment:\n- contact at least every six weeks\n- clear escalation route if needs or risks change",
             "Assistant Director – Adult Social Care Operations", "Sept 2023",
             "Protocol live from 4 September 2023; 96% of people waiting were contacted within six weeks in November.", "blue"),
            ("1.2", "Carry out a deep dive of the OT waiting list and commission additional assessment capacity for people with lower-level needs",
             "Principal Occupational Therapist / Head of Community Services", "Dec 2023",
             "Additional capacity commissioned from October; waiting list down from 412 to 268.", "green"),
        ]),
        ("Recommendation 2: Strengthen the offer to unpaid carers, including young adult carers.", [
            ("1.3", "Refresh the All-Age Carers Strategy with carers, Wigan and Leigh Carers Centre and health partners",
             "Commissioning Manager (Carers)", "March 2024",
             "Co-production sessions held in November; draft delayed to allow young carers’ input.", "amber"),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("Recommendation 3: Develop the care market to meet demand for complex dementia and nursing care.", [
            ("2.1", "Refresh the Market Position Statement with a specific section on complex dementia nursing capacity",
             "Head of Commissioning", "Q4 2023/24",
             "Provider engagement events held in October and November.", "green"),
            ("2.2", "Agree a joint approach to discharge to assess beds with the Wigan locality of NHS Greater Manchester",
             "Director of Adult Social Care and Health; Locality Place Lead", "Jan 2024",
             "Bed review not yet agreed by all partners; escalated to the Locality Board.", "red"),
        ]),
    ]),
    ("Theme 3: How Wigan ensures safety within the system", [
        ("Recommendation 4: Make sure safeguarding enquiries are consistently timely and that people’s desired outcomes are recorded.", [
            ("3.1", "Introduce a monthly audit of 10 safeguarding enquiries with feedback to practitioners and team managers",
             "Principal Social Worker", "Ongoing",
             "Audits running since August; themes reported to the Quality Assurance Board.", "green"),
            ("3.2", "Add Making Safeguarding Personal outcome fields to the enquiry form and report completion quarterly to the Safeguarding Adults Board",
             "Safeguarding Adults Manager", "Nov 2023",
             "Form changed 6 November; first quarterly report due to the Board in January.", "blue"),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Recommendation 5: Co-produce an adult social care strategy and performance framework that staff and elected members understand.", [
            ("4.1", "Co-produce the Adult Social Care Strategy 2024–2027 with the Experts by Experience group",
             "Assistant Director – Strategy and Transformation", "Feb 2024",
             "Two workshops held; timetable tight for February Cabinet.", "amber"),
            ("4.2", "Introduce a monthly performance clinic with a dashboard aligned to the CQC quality statements",
             "Director of Adult Social Care and Health", "Oct 2023",
             "First clinic held 17 October 2023; dashboard on the intranet.", "blue"),
        ]),
    ]),
]


def make_wigan():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = WIGAN_TITLE
    cov["A1"].font = Font(bold=True, size=16)
    cov["A3"] = ("Peer challenge carried out 6–8 June 2023 by a North West ADASS sector-led improvement peer team. "
                 "This action plan responds to the five recommendations in the feedback letter of 14 July 2023.")
    cov["A3"].alignment = WRAP
    cov.merge_cells("A3:D3")
    cov.row_dimensions[3].height = 48
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True, size=12)
    rows = [("Version", "Date", "Author", "Change / approval"),
            ("0.1", "21/07/2023", "ASC Strategy and Transformation Team", "First draft for DMT"),
            ("1.0", "05/09/2023", "ASC Strategy and Transformation Team", "Approved by ASC Senior Leadership Team"),
            ("1.3", "11/12/2023", "ASC Strategy and Transformation Team", "December progress update for Health and Social Care Scrutiny")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if i == 0:
                c.font = WHITE_BOLD
                c.fill = FILL["head"]
    for col, w in zip("ABCD", (12, 14, 38, 55)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = WIGAN_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Progress as at 11 December 2023 – RAG shown by cell colour (see RAG key tab)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    heads = ["Ref", "Peer challenge recommendation", "Action", "Lead officer", "Timescale",
             "Progress update (December 2023)", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for theme, recs in WIGAN:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for j in range(1, 8):
            ws.cell(row=r, column=j).fill = FILL["theme"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, acts in recs:
            first = r
            for (ref, act, lead, when, prog, rag) in acts:
                vals = [ref, rec if r == first else None, act, lead, when, prog, None]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.border = BOX
                    c.alignment = WRAP
                ws.cell(row=r, column=7).fill = FILL[rag]
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value=("Notes: timescales are the month of completion. Actions marked complete will be removed "
                                    "from the next update once the evidence has been checked by the Quality Assurance Board.")).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for col, w in zip("ABCDEFG", (7, 40, 52, 30, 13, 45, 8)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (col, txt) in enumerate([("blue", "Complete – evidence verified"), ("green", "On track"),
                                    ("amber", "At risk – some slippage"), ("red", "Off track – escalated to ASC SLT")]):
        key.cell(row=3 + i, column=1).fill = FILL[col]
        key.cell(row=3 + i, column=2, value=txt)
    key.column_dimensions["B"].width = 40
    wb.active = 1
    wb.save(out("zfm-wigan-council-adult-social-care-peer-challenge-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Leeds YJS - national standards self-assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
LEEDS_TITLE = "Leeds Youth Justice Service – National Standards Self-Assessment 2023 (Standard 2: At Court) Improvement Plan"
D = dt.datetime
LEEDS = [
    ("Strategic self-assessment", [
        ("The Management Board does not routinely receive data on remands, pre-sentence report timeliness or sentencing outcomes, and the data is not broken down by ethnicity.", [
            ("S1.1", "Add a quarterly court and remand report to the Management Board performance dashboard, with outcomes broken down by ethnicity and gender",
             "Performance and Intelligence Manager", D(2024, 3, 31), D(2024, 6, 30), "A", "A",
             "First draft report shared with the Board Chair; ethnicity data from HMCTS still awaited."),
            ("S1.2", "Ask HMCTS to nominate a Management Board member to act as court champion",
             "Head of Youth Justice", D(2024, 2, 29), None, "G", "B",
             "Delivery Manager for West Yorkshire youth courts joined the Board in February 2024."),
        ]),
        ("There is no structured forum for the bench and legal advisers to give feedback on the quality of reports and court work.", [
            ("S2.1", "Re-establish the six-monthly Youth Court user group with the Bench Chair, legal advisers and the CPS",
             "Court Team Manager", D(2024, 1, 31), None, "G", "B",
             "First meeting held 23 January 2024; next meeting July."),
            ("S2.2", "Introduce a feedback form on pre-sentence reports for magistrates and district judges, collated quarterly",
             "Court Team Manager / Quality Assurance Lead", D(2024, 3, 31), None, "A", "G",
             "Form agreed with the Bench Chair; in use from 1 March."),
        ]),
    ]),
    ("Operational self-assessment (case sample of 24 children)", [
        ("Bail support packages were not always offered at first appearance, and the reasons were not recorded.", [
            ("O1.1", "Agree a bail and remand protocol with West Yorkshire Police and Children’s Social Work Service, including the use of PACE beds",
             "Service Manager – Court and Bail", D(2024, 4, 30), D(2024, 7, 31), "R", "A",
             "Draft protocol with West Yorkshire Police legal team; revised date agreed by the Board."),
            ("O1.2", "Train all court duty officers in the bail support offer and in recording bail packages on ChildView",
             "Practice Development Lead", D(2024, 3, 31), None, "G", "G",
             "Two of three sessions delivered."),
        ]),
        ("Pre-sentence reports did not consistently evidence the child’s voice, identity and diversity factors.", [
            ("O2.1", "Revise the pre-sentence report template to include a section on the child’s views, identity and experiences of discrimination",
             "Quality Assurance Lead", D(2024, 1, 31), None, "G", "B",
             "New template in use since 15 January 2024."),
            ("O2.2", "Managers to dip-sample 10 pre-sentence reports each quarter and report findings to the Practice Development Group",
             "Team Managers", "Quarterly", None, "G", "G",
             "Q4 dip sample under way."),
        ]),
        ("Children were not always seen within five working days of sentence.", [
            ("O3.1", "Introduce a post-court tracker with same-day allocation, reviewed at the weekly performance meeting",
             "Operations Manager", D(2024, 2, 29), None, "A", "R",
             "Tracker in place but 3 of 11 children sentenced in February were seen outside five working days."),
        ]),
    ]),
]


def make_leeds():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = LEEDS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Update for the Youth Justice Management Board – 14 March 2024"
    ws["A2"].font = Font(italic=True)
    heads = ["No.", "Area for improvement identified in self-assessment", "Action", "Owner",
             "Original target date", "Revised target date", "Previous RAG", "Current RAG", "Update / evidence"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for sect, areas in LEEDS:
        ws.cell(row=r, column=1, value=sect).font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = FILL["grey"]
        r += 1
        for area, acts in areas:
            for k, (ref, act, owner, orig, rev, prev, cur, upd) in enumerate(acts):
                vals = [ref, area if k == 0 else None, act, owner, orig, rev, prev, cur, upd]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j, v in ((7, prev), (8, cur)):
                    ws.cell(row=r, column=j).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B = complete; G = on track; A = some risk to delivery; R = off track or overdue.")
    ws.cell(row=r + 1, column=1, value="Where a target date has been revised, the revision was agreed by the Management Board.")
    for col, w in zip("ABCDEFGHI", (7, 42, 50, 28, 13, 13, 10, 10, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG – March 2024"
    sm["A1"].font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, areas in LEEDS:
        for _, acts in areas:
            for a in acts:
                counts[a[6]] += 1
    sm["A3"], sm["B3"] = "Current RAG", "Number of actions"
    labels = {"B": "B – Complete", "G": "G – On track", "A": "A – Some risk", "R": "R – Off track"}
    for i, k in enumerate("BGAR"):
        sm.cell(row=4 + i, column=1, value=labels[k])
        sm.cell(row=4 + i, column=2, value=counts[k])
    sm.cell(row=8, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=8, column=2, value=sum(counts.values())).font = Font(bold=True)
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 18
    wb.save(out("zfm-leeds-youth-justice-service-national-standards-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Sandwell SAB - LGA peer review action plan, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
SANDWELL = [
    ("1", "Strengthen the Board’s assurance framework so that partners’ safeguarding performance is reported and challenged consistently.", [
        ("1.1", "Develop a multi-agency safeguarding dashboard reported to every Executive Group meeting",
         "Sandwell Council", "SAB Business Manager", "June 2025", "Dashboard template agreed; police and ICB data feeds being tested.", "Green"),
        ("1.2", "Introduce an annual partner self-assessment with a challenge and support event",
         "All partners", "Independent Chair; SAB Business Manager", "Decmber 2025", "Self-assessment tool adapted from the West Midlands model.", "Amber"),
    ]),
    ("2", "Improve the experience of people going through safeguarding enquiries, using Making Safeguarding Personal.", [
        ("2.1", "Gather feedback from adults and families after enquiries close and report themes to the Board",
         "Sandwell Council", "Head of Safeguarding and Quality Assurance", "March 2025", "Feedback survey live; first report to Board in April 2025.", "Completed"),
        ("2.2", "Audit the recording of desired outcomes in health-led enquiries",
         "Sandwell and West Birmingham Hospitals NHS Trust", "Head of Adult Safeguarding", "September 2025", "Audit tool agreed.", "Green"),
    ]),
    ("3", "Develop a shared approach to self-neglect and hoarding across housing, health and social care.", [
        ("3.1", "Refresh the multi-agency self-neglect and hoarding protocol",
         "Sandwell Council (Housing)", "Service Manager – Tenancy Support", "July 2025", "Consultation with partners closes 30 May.", "Green"),
        ("3.2", "Deliver training on the refreshed protocol to frontline housing, fire and health staff",
         "West Midlands Fire Service", "Station Commander – Prevention; SAB Training Coordinator", "October 2025", "", "Not started"),
    ]),
    ("4", "Make sure learning from Safeguarding Adults Reviews leads to measurable change.", [
        ("4.1", "Introduce a SAR action tracker with six-month impact reviews",
         "SAB Business Unit", "Chair of the SAR Subgroup", "April 2025", "Tracker in use for all open SARs.", "Completed"),
        ("4.2", "Hold an annual learning event on SAR themes for frontline practitioners",
         "SAB Business Unit", "SAB Training Coordinator", "Annually (November)", "2024 event held 19 November.", "Green"),
    ]),
]
SANDWELL_TYPO_ROW = None


def make_sandwell():
    global SANDWELL_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Peer Review Action Plan"
    ws["A1"] = "Sandwell Safeguarding Adults Board"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "LGA Safeguarding Adults Peer Review (September 2024) – Multi-agency Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Version 1.2 – progress report to the SAB Executive Group, 22 May 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Rec No.", "Peer review recommendation", "Action", "Lead agency", "Lead officer", "By when",
             "Progress / evidence", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.border = BOX
        c.alignment = WRAP
    ragfill = {"Green": "green", "Amber": "amber", "Red": "red", "Completed": "blue"}
    r = 6
    for num, rec, acts in SANDWELL:
        first = r
        for (ref, act, agency, officer, when, prog, rag) in acts:
            vals = [ref, rec if r == first else None, act, agency, officer, when, prog, rag]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
            if rag in ragfill:
                ws.cell(row=r, column=8).fill = FILL[ragfill[rag]]
            if when.startswith("Decmber"):
                SANDWELL_TYPO_ROW = r
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG: Completed = action delivered and evidenced; Green = on track; Amber = at risk; Red = off track; Not started.")
    for col, w in zip("ABCDEFGH", (8, 42, 48, 24, 30, 14, 42, 12)):
        ws.column_dimensions[col].width = w

    vc = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Comment"),
                             ("1.0", "10/12/2024", "Approved by the Safeguarding Adults Board"),
                             ("1.1", "18/02/2025", "Update to Executive Group"),
                             ("1.2", "22/05/2025", "Update to Executive Group")]):
        for j, v in enumerate(row):
            vc.cell(row=1 + i, column=1 + j, value=v)
    vc.column_dimensions["C"].width = 45
    wb.save(out("zfm-sandwell-safeguarding-adults-board-lga-peer-review-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, white=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Pembrokeshire CC - Panel Performance Assessment response (docx)
# ---------------------------------------------------------------------------
PEMBS_TITLE = "Pembrokeshire County Council Panel Performance Assessment 2025: Council Response and Action Plan"
PEMBS = [
    ("Recommendation 1 – Medium Term Financial Plan",
     "The Council should continue to develop its Medium Term Financial Plan so that savings proposals are identified earlier and linked more clearly to the priorities in the Corporate Strategy.",
     "Council response: Accepted.", [
         ("1.1", "Introduce a rolling three-year savings pipeline, with proposals identified by directorates by the end of September each year",
          "Director of Resources", "September 2026"),
         ("1.2", "Align the budget-setting timetable with the annual review of the Corporate Strategy so that Cabinet considers both together",
          "Director of Resources / Head of Corporate Performance and Improvement", "Q3 2026/27"),
     ]),
    ("Recommendation 2 – Transformation programme",
     "Sharpen the focus of the transformation programme on a smaller number of priorities, with clear tracking of benefits.",
     "Council response: Accepted.", [
         ("2.1", "Review the transformation portfolio and agree no more than eight priority programmes",
          "Chief Executive", "April 2026"),
         ("2.2", "Introduce a benefits realisation register, reported quarterly to Cabinet and the Corporate Overview and Scrutiny Committee",
          "Head of Transformation", "July 2026"),
     ]),
    ("Recommendation 3 – Workforce planning",
     "Develop a strategic workforce plan that addresses recruitment and retention in hard-to-fill roles, including posts where Welsh language skills are essential.",
     "Council response: Accepted.", [
         ("3.1", "Publish a Strategic Workforce Plan 2026–2030, informed by directorate workforce data and the Welsh language skills audit",
          "Head of Human Resources and Organisational Development", "April – October 2026"),
         ("3.2", "Extend the ‘grow our own’ traineeships in social work, planning and environmental health",
          "Director of Social Care and Housing; Director of Community Services", "Ongoing"),
     ]),
    ("Recommendation 4 – Town and community councils",
     "Build on recent engagement work to agree a shared way of working with town and community councils.",
     "Council response: Partially accepted – the Council will review the existing Charter rather than develop a new agreement.", [
         ("4.1", "Review the Town and Community Councils Charter with One Voice Wales and the Pembrokeshire Association of Local Councils",
          "Head of Democratic and Legal Services", "31/03/2027"),
         ("4.2", "Hold an annual liaison forum between Cabinet and town and community council clerks and chairs",
          "Head of Democratic and Legal Services", "November 2026"),
     ]),
]


def make_pembs():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    doc.add_paragraph(PEMBS_TITLE, style="Title")
    doc.add_paragraph(
        "The Panel Performance Assessment (PPA) took place from 13 to 16 October 2025. This document sets out the "
        "actions the Council intends to take in response to the Panel’s recommendations, as required by section 93 of "
        "the Local Government and Elections (Wales) Act 2021. The draft response was reviewed by the Governance and "
        "Audit Committee on 27 January 2026.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Status"),
                             ("0.3", "12/01/2026", "Draft for Governance and Audit Committee"),
                             ("1.0", "12/02/2026", "Approved by Council")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("Action plan", style="Heading 1")
    for head, rec, resp, acts in PEMBS:
        doc.add_paragraph(head, style="Heading 2")
        doc.add_paragraph(rec)
        p = doc.add_paragraph()
        p.add_run(resp).italic = True
        t = doc.add_table(rows=1 + len(acts), cols=4)
        t.style = "Table Grid"
        for j, h in enumerate(("Ref", "Action the Council will take", "Lead officer", "Timescale")):
            set_cell(t.cell(0, j), h, bold=True, white=True)
            shade(t.cell(0, j), "00594F")
        for i, (ref, act, lead, when) in enumerate(acts, start=1):
            for j, v in enumerate((ref, act, lead, when)):
                set_cell(t.cell(i, j), v)
        doc.add_paragraph("")
    doc.add_paragraph(
        "Progress against this action plan will be reported to Cabinet every six months and summarised in the "
        "Council’s annual self-assessment report.")
    doc.save(out("zfm-pembrokeshire-county-council-panel-performance-assessment-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Barnsley HWB / Tobacco Control Alliance - CLeaR improvement plan (docx)
# ---------------------------------------------------------------------------
BARNSLEY_TITLE = "Barnsley Tobacco Control Alliance – CLeaR Improvement Plan 2024–25"
BARNSLEY = [
    ("1. Challenge services", [
        ("Stop smoking support for people with mental health conditions is not yet systematically offered in community mental health teams.", [
            ("1.1", "Embed very brief advice and referral to Yorkshire Smokefree Barnsley in all community mental health teams",
             "Tobacco Control Lead (Public Health)", "Sep-24", "Complete"),
            ("1.2", "Offer a ‘swap to stop’ e-cigarette package to people using community mental health services",
             "Tobacco Control Lead (Public Health)\nCommunity Mental Health Service Manager", "Mar-25", "Green"),
        ]),
        ("Illicit tobacco enforcement is effective, but intelligence from the public is low.", [
            ("1.3", "Run a ‘Keep It Out’ illicit tobacco campaign promoting the anonymous reporting line",
             "Trading Standards Manager", "Q3 2024/25", "Amber"),
        ]),
    ]),
    ("2. Leadership", [
        ("Elected member leadership for tobacco control could be more visible.", [
            ("2.1", "Nominate a Cabinet Spokesperson as tobacco control champion and re-sign the Local Government Declaration on Tobacco Control",
             "Director of Public Health", "Jul-24", "Complete"),
        ]),
        ("The Alliance action plan is not linked to partner organisations’ own plans.", [
            ("2.2", "Ask each Alliance partner to name a tobacco lead and include tobacco actions in their own business plan",
             "Chair of the Tobacco Control Alliance", "Annually", "Green"),
        ]),
    ]),
    ("3. Results", [
        ("Smoking at time of delivery remains above the England average.", [
            ("3.1", "Extend the opt-out referral pathway and financial incentives scheme to all pregnant women booked at Barnsley Hospital",
             "Head of Midwifery", "Mar-25", "Red"),
        ]),
        ("Smoking prevalence in routine and manual groups is not routinely reported to the Health and Wellbeing Board.", [
            ("3.2", "Add routine and manual smoking prevalence and quit rates to the Health and Wellbeing Board outcomes dashboard",
             "Public Health Intelligence Manager", "Dec-24", "Complete"),
        ]),
    ]),
]
RAGHEX = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_barnsley():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    h = doc.add_paragraph(BARNSLEY_TITLE, style="Heading 1")
    doc.add_paragraph("Reporting to the Barnsley Health and Wellbeing Board. Progress update: January 2025.")
    doc.add_paragraph(
        "The CLeaR peer assessment took place on 12 March 2024. The peer assessors confirmed the Alliance’s "
        "self-assessment and identified the areas for improvement set out in the plan below.")
    doc.add_paragraph("CLeaR scores", style="Heading 2")
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Component", "Self-assessment", "Peer assessment"),
                             ("Challenge services", "82%", "79%"),
                             ("Leadership", "70%", "68%"),
                             ("Results", "75%", "77%")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("Improvement plan", style="Heading 2")
    nrows = 1 + sum(1 + sum(len(a) for _, a in areas) for _, areas in BARNSLEY)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for j, hd in enumerate(("No.", "Area for improvement", "Action", "Lead", "By when", "RAG")):
        set_cell(t.cell(0, j), hd, bold=True, white=True)
        shade(t.cell(0, j), "4B2C69")
    r = 1
    for sect, areas in BARNSLEY:
        m = t.cell(r, 0).merge(t.cell(r, 5))
        set_cell(m, sect, bold=True)
        shade(m, "E4DFEC")
        r += 1
        for area, acts in areas:
            first = r
            for (ref, act, lead, when, rag) in acts:
                set_cell(t.cell(r, 0), ref)
                set_cell(t.cell(r, 2), act)
                set_cell(t.cell(r, 3), lead)
                set_cell(t.cell(r, 4), when)
                set_cell(t.cell(r, 5), rag, white=(rag in ("Complete", "Red")))
                shade(t.cell(r, 5), RAGHEX[rag])
                r += 1
            mc = t.cell(first, 1).merge(t.cell(r - 1, 1)) if r - 1 > first else t.cell(first, 1)
            set_cell(mc, area)
    doc.add_paragraph("")
    doc.add_paragraph(
        "RAG as at 10 January 2025: Complete = delivered; Green = on track; Amber = at risk of delay; "
        "Red = will not be delivered by the target date without further action.")
    doc.save(out("zfm-barnsley-health-and-wellbeing-board-clear-tobacco-control-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Isle of Anglesey CC - internal audit action tracker (csv export)
# ---------------------------------------------------------------------------
ANGLESEY_TITLE = "Isle of Anglesey County Council - Internal Audit Tracking of Agreed Actions"
ANGLESEY_HEAD = ["Action Ref", "Audit", "Audit Year", "Assurance", "Issue / Risk", "Risk Rating",
                 "Agreed Management Action", "Action Owner", "Target Date", "Revised Target Date",
                 "RAG Status", "Latest Update"]
ANGLESEY = [
    ("HRA-01", "Housing Rent Arrears", "2023/24", "Limited",
     "Arrears recovery procedures are out of date and are not consistently followed.", "Major",
     "Update the rent arrears recovery procedure and issue it to all Housing Officers with refresher training",
     "Head of Housing Services", "31/03/2024", "30/09/2024", "Complete", "Procedure issued August 2024; training completed."),
    ("HRA-02", "Housing Rent Arrears", "2023/24", "Limited",
     "Arrears recovery procedures are out of date and are not consistently followed.", "Major",
     "Introduce monthly management reporting of cases over £1,000 with no recovery action in 30 days",
     "Housing Income Manager", "30/06/2024", "", "Complete", "Report produced monthly since June 2024."),
    ("CYB-01", "Cyber Security - Patch Management", "2024/25", "Limited",
     "Security patches for servers are not applied within the timescales in the Patch Management Policy.", "Major",
     "Implement automated patch deployment for all Windows servers.\nExceptions to be approved by the ICT Security Board and recorded in the exceptions log.",
     "ICT Infrastructure Manager", "31/12/2024", "31/10/2025", "Amber", "Tooling installed; 71% of servers now in automated rings."),
    ("CYB-02", "Cyber Security - Patch Management", "2024/25", "Limited",
     "There is no regular reporting of patch compliance to senior management.", "Moderate",
     "Report patch compliance figures to the Leadership Team quarterly",
     "Head of ICT; ICT Security Manager", "31/03/2025", "", "Complete", "First report to Leadership Team March 2025."),
    ("SCH-01", "Schools' Delegated Budgets", "2024/25", "Reasonable",
     "Three schools had not submitted a Schools Financial Value Standard return.", "Moderate",
     "Write to the governing bodies of the schools concerned, and report any non-submission to the Education Scrutiny Panel",
     "Learning Service Finance Manager", "31/10/2025", "", "Green", "Letters sent July 2025."),
    ("SCH-02", "Schools' Delegated Budgets", "2024/25", "Reasonable",
     "Bank reconciliations were not evidenced as reviewed at two schools.", "Minor",
     "Issue updated guidance on independent review of school bank reconciliations",
     "Schools Accountancy Team", "31/12/2025", "", "Green", "Guidance drafted."),
    ("DP-01", "Direct Payments", "2024/25", "Limited",
     "Direct payment accounts are not reviewed at least annually to recover surplus balances.", "Major",
     "Complete a one-off review of all direct payment accounts holding more than eight weeks of the care package, and recover surplus funds",
     "Direct Payments Team Leader", "31/05/2025", "30/11/2025", "Red", "142 of 310 accounts reviewed; staff vacancy in team."),
    ("DP-02", "Direct Payments", "2024/25", "Limited",
     "Direct payment accounts are not reviewed at least annually to recover surplus balances.", "Major",
     "Build an annual account review into the direct payments monitoring schedule",
     "Head of Adults' Services", "30/09/2025", "", "Amber", "Depends on completion of DP-01."),
    ("DP-03", "Direct Payments", "2024/25", "Limited",
     "Direct payment agreements were not signed in 4 of the 20 cases tested.", "Moderate",
     "Remind social workers that packages must not start until the agreement is signed, and check compliance in the quarterly case audit",
     "Principal Social Worker", "30/06/2025", "", "Complete", "Reminder issued; Q1 audit found 20 of 20 signed."),
]


def make_anglesey():
    counts = {}
    for a in ANGLESEY:
        counts[a[10]] = counts.get(a[10], 0) + 1
    path = out("zfm-isle-of-anglesey-county-council-internal-audit-action-tracker.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([ANGLESEY_TITLE])
        w.writerow(["Source: 4action. Report run 02/09/2025 for the Governance and Audit Committee (30 September 2025)"])
        w.writerow([])
        w.writerow(ANGLESEY_HEAD)
        for a in ANGLESEY:
            w.writerow(a)
        w.writerow([])
        w.writerow(["Total actions: %d (Complete %d; Green %d; Amber %d; Red %d)" % (
            len(ANGLESEY), counts.get("Complete", 0), counts.get("Green", 0), counts.get("Amber", 0), counts.get("Red", 0))])
        w.writerow(["Risk ratings: Critical / Major / Moderate / Minor. Completed actions stay on this report until Internal Audit has verified the evidence."])


# ---------------------------------------------------------------------------
# 7. Erewash BC - corporate peer challenge action plan (tab-separated text saved from Excel)
# ---------------------------------------------------------------------------
EREWASH_TITLE = "Erewash Borough Council - Corporate Peer Challenge (7-9 November 2023) Action Plan"
EREWASH = [
    ("Recommendation 1 - Set out the priorities of the new administration in a refreshed Council Plan and communicate them to staff, partners and residents", [
        ("1.1", ["Hold a joint Cabinet and Corporate Management Team workshop to agree the administration's priorities"],
         "Leader of the Council; Chief Executive", "Jan 2024", "Complete", "Workshop held 16 January 2024."),
        ("1.2", ["Publish a refreshed Council Plan 2024-2028 with a delivery plan and performance measures.",
                 "Staff briefings and a residents' summary to follow publication."],
         "Chief Executive", "May 2024", "Complete", "Council Plan adopted by Council 23 May 2024."),
    ]),
    ("Recommendation 2 - Accelerate the Core Strategy Review so that the Local Plan is finalised as quickly as possible", [
        ("2.1", ["Agree a revised Local Development Scheme with milestones for Regulation 19 consultation and submission"],
         "Head of Planning and Regeneration", "Mar 2024", "Complete", "LDS approved by Cabinet March 2024."),
        ("2.2", ["Report progress on the Core Strategy Review to every Cabinet meeting"],
         "Head of Planning and Regeneration", "Ongoing", "On track", ""),
    ]),
    ("Recommendation 3 - Develop a Medium Term Financial Strategy that balances the budget while allowing investment in the administration's priorities", [
        ("3.1", ["Present budget options, including use of reserves and borrowing, to Cabinet members before the draft budget is set"],
         "Section 151 Officer", "Dec 2024", "On track", "Member budget workshops booked for September and October."),
        ("3.2", ["Develop a three-year savings and income generation programme"],
         "Section 151 Officer / Director of Resources", "Sep 2024", "Amber - slippage", "Workstreams identified; business cases slower than planned."),
    ]),
    ("Recommendation 4 - Embrace modernisation and transformation, including digital services for residents", [
        ("4.1", ["Appoint a transformation lead and agree a Transformation Programme"],
         "Chief Executive", "Oct 2024", "Not started", "Recruitment planned for September 2024."),
        ("4.2", ["Launch an online customer account for council tax, benefits and waste services"],
         "Head of Customer Services and ICT", "31/03/2025", "Not started", ""),
    ]),
    ("Recommendation 5 - Strengthen member and officer relationships through a member development programme", [
        ("5.1", ["Agree a member development programme with East Midlands Councils, including induction refreshers"],
         "Head of Law and Corporate Governance", "Sep 2024", "On track", "Programme drafted with East Midlands Councils."),
    ]),
]


def make_erewash():
    lines = [EREWASH_TITLE, "Progress update for Cabinet, 18 July 2024", "",
             "\t".join(["Ref", "Action", "Lead", "Target date", "Status", "Comment"])]
    for rec, acts in EREWASH:
        lines.append(rec + "\t" * 5)
        for ref, act_lines, lead, when, status, comment in acts:
            # Excel's "Text (Tab delimited)" export wraps a cell holding line breaks in double quotes,
            # so the second line of the cell starts a new line of the file.
            cell = act_lines[0] if len(act_lines) == 1 else '"' + "\n".join(act_lines) + '"'
            lines.append("\t".join([ref, cell, lead, when, status, comment]))
    lines += ["", "Status key: Complete; On track; Amber - slippage; Not started"]
    with open(out("zfm-erewash-borough-council-corporate-peer-challenge-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_wigan()
    make_leeds()
    make_sandwell()
    make_pembs()
    make_barnsley()
    make_anglesey()
    make_erewash()
    print("typo row (Sandwell sheet row):", SANDWELL_TYPO_ROW)
