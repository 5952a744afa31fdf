#!/usr/bin/env python3
"""Build the seven zc- blind test files (set heldout578).

Run with /work/main/.venv/bin/python zc_make.py ; writes beside this script.
Only files starting with zc- are written.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zc-")
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a docx cell; inner '\n' become separate paragraphs."""
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


FILL = {
    "blue": "5B9BD5",
    "green": "70AD47",
    "amber": "FFC000",
    "red": "FF0000",
    "band": "D9E2F3",
    "head": "1F3864",
}

thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(hex_fill):
    return PatternFill("solid", start_color=hex_fill, end_color=hex_fill)


# =================================================================== 1
# Mencap Cymru – CIW inspection improvement plan (docx, a table per finding)
def make_mencap():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Mencap Cymru – Improvement Plan following Care Inspectorate Wales Inspection")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    doc.add_paragraph(
        "Service: Mencap Cymru Supported Living – Swansea and Neath Port Talbot "
        "(domiciliary support service)")
    doc.add_paragraph("Inspection dates: 11 and 12 June 2024\tReport published: 1 August 2024")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [
        ("Document owner", "Responsible Individual"),
        ("Version", "1.3"),
        ("Date of last update", "14 January 2025"),
        ("Approved by", "Mencap Cymru Quality and Safety Group"),
        ("Next review", "March 2025"),
    ]:
        c = dc.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("Status key").bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, colour, meaning in [
        ("Blue", "blue", "Action complete and evidenced"),
        ("Green", "green", "On track to be delivered by the target date"),
        ("Amber", "amber", "Some slippage – revised date agreed"),
        ("Red", "red", "Off track – escalated to the Responsible Individual"),
    ]:
        c = key.add_row().cells
        set_cell(c[0], word, bold=True)
        shade(c[0], FILL[colour])
        set_cell(c[1], meaning)

    header = ["Ref", "Action we will take", "Who is responsible", "Target date",
              "Revised date", "Progress update", "Status"]
    status_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}

    def finding_table(finding, rows):
        t = doc.add_table(rows=0, cols=len(header))
        t.style = "Table Grid"
        c = t.add_row().cells
        m = c[0].merge(c[-1])
        set_cell(m, finding, bold=True)
        shade(m, FILL["band"])
        c = t.add_row().cells
        for i, h in enumerate(header):
            set_cell(c[i], h, bold=True)
        for row in rows:
            c = t.add_row().cells
            for i, v in enumerate(row):
                set_cell(c[i], v)
            shade(c[6], FILL[status_fill[row[6]]])
        doc.add_paragraph()

    doc.add_heading("Part 1 – Priority Action Notice", level=1)
    doc.add_paragraph(
        "CIW issued one Priority Action Notice. The provider must take immediate action "
        "and CIW will test compliance at the next inspection.")
    finding_table(
        "Regulation 36 – Supporting and developing staff: The service provider has not ensured "
        "that all staff receive supervision at least every three months and complete the core "
        "training required for their role.",
        [
            ("1.1", "Produce a supervision schedule for every member of staff for the next 12 months "
             "and share it with team leaders.", "Registered Manager", "31/07/2024", "",
             "Schedule in place for all 46 staff; monitored at the weekly management meeting.",
             "Complete"),
            ("1.2", "Complete all overdue supervisions, prioritising staff who have not had "
             "supervision in the last six months.", "Registered Manager / Team Leaders",
             "30/09/2024", "", "All overdue supervisions completed by 27 September 2024.",
             "Complete"),
            ("1.3", "Book all staff with expired core training (safeguarding, medication, positive "
             "behaviour support) onto the next available courses.\nStaff will not work alone until "
             "their training is up to date.", "Learning and Development Partner", "31/10/2024",
             "31/01/2025",
             "92% compliance at December 2024; PBS course cancelled by the external trainer in "
             "October.", "Amber"),
            ("1.4", "Introduce a monthly training and supervision compliance report to the "
             "Responsible Individual.", "Area Operations Manager", "31/08/2024", "",
             "Report presented monthly since August 2024.", "Complete"),
        ])

    doc.add_heading("Part 2 – Areas for Improvement", level=1)
    doc.add_paragraph(
        "The following areas for improvement were identified. CIW expects the provider to take "
        "action and will follow these up at the next inspection.")
    finding_table(
        "Regulation 16 – Review of personal plan: Personal plans are not always reviewed with the "
        "individual and their representatives at least every three months, and reviews do not "
        "consistently record progress towards personal outcomes.",
        [
            ("2.1", "Audit all personal plans and set a review date within three months for each "
             "person we support.", "Team Leaders", "31/08/2024", "",
             "Audit complete – 38 of 41 plans were overdue; all now have a review date.",
             "Complete"),
            ("2.2", "Introduce a new review template that records the person’s own view of their "
             "progress towards their outcomes.", "Lead for Quality and Compliance", "30/11/2024",
             "28/02/2025",
             "Template tested in two houses; roll-out delayed to align with the new care planning "
             "system.", "Amber"),
        ])
    finding_table(
        "Regulation 80 – Quality of care review: The quality of care review does not evidence that "
        "the views of people using the service, their families and staff have been sought and used "
        "to improve the service.",
        [
            ("3.1", "Send easy-read questionnaires to people we support, and questionnaires to "
             "families and staff, before each six-monthly quality of care review.",
             "Responsible Individual", "31/12/2024", "",
             "Easy-read questionnaires sent in November 2024; 29 returned.", "Green"),
            ("3.2", "Hold a ‘What matters to me’ forum in each locality, facilitated by people we "
             "support, and include the outcomes in the next review.",
             "Responsible Individual and Engagement Officer", "31/03/2025", "",
             "Swansea forum held on 6 December 2024; Neath Port Talbot forum booked for February.",
             "Green"),
        ])
    finding_table(
        "Regulation 58 – Medicines: Medication administration records are not always completed "
        "accurately and stock checks are not carried out consistently.",
        [
            ("4.1", "Carry out weekly medication stock checks in every house and report any "
             "discrepancy to the Registered Manager within 24 hours.", "Team Leaders", "Ongoing",
             "", "Weekly checks in place since July 2024.", "Green"),
            ("4.2", "Complete a medication competency assessment for every member of staff who "
             "administers medication.", "Registered Manager; Pharmacy Adviser", "31/10/2024",
             "31/12/2024",
             "41 of 46 assessments complete; the remaining staff are on long-term leave.", "Red"),
        ])

    doc.add_paragraph(
        "Notes: This plan is reviewed monthly by the Registered Manager and Responsible Individual "
        "and shared with CIW on request.")
    doc.save(out("zc-mencap-cymru-supported-living-ciw-inspection-improvement-plan.docx"))


# =================================================================== 2
# Sciennes Primary School – Education Scotland post-inspection action plan (docx,
# one table, AFI band rows, RAG by cell fill only)
def make_sciennes():
    doc = Document()
    landscape(doc)
    h = doc.add_heading("Sciennes Primary School and Nursery Class – Post-Inspection Action Plan 2024–25",
                        level=1)
    doc.add_paragraph(
        "HM Inspectors of Education (Education Scotland) – inspection March 2024, letter to parents "
        "and carers published May 2024")
    doc.add_paragraph(
        "The following areas for improvement were agreed with the school and City of Edinburgh "
        "Council:")
    for afi in [
        "Continue to raise attainment in writing across the school.",
        "Improve the consistency of learning, teaching and assessment.",
        "Nursery class: develop further the use of observations to plan next steps.",
    ]:
        doc.add_paragraph(afi, style="List Bullet")

    header = ["Ref", "Actions", "Lead(s)", "Timescale", "Measures of success",
              "Progress update (January 2025)", "RAG"]
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, hd in enumerate(header):
        set_cell(t.rows[0].cells[i], hd, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")

    def band(text):
        c = t.add_row().cells
        m = c[0].merge(c[-1])
        set_cell(m, text, bold=True)
        shade(m, "DEEAF6")

    def act(ref, action, lead, when, measure, progress, rag):
        c = t.add_row().cells
        for i, v in enumerate([ref, action, lead, when, measure, progress, ""]):
            set_cell(c[i], v)
        if rag:
            shade(c[6], FILL[rag])

    band("AFI 1 – Continue to raise attainment in writing, ensuring children at all stages apply "
         "their writing skills consistently across the curriculum.")
    act("1.1", "Introduce a consistent whole-school approach to teaching writing, using the agreed "
        "Edinburgh writing progression and exemplars.", "DHT, PT (Literacy)",
        "August – October 2024",
        "Consistent approach seen in 90% of observed lessons; teachers report increased confidence.",
        "Progression launched at August in-service day; observations completed in October.",
        "green")
    act("1.2", "Hold moderation sessions with James Gillespie’s cluster schools to agree standards in "
        "writing at each level.", "HT", "Termly",
        "Teacher judgements of achievement of a level are robust and shared across the cluster.",
        "First cluster session held 13 November 2024.", "green")
    act("1.3", "Track each child’s progress in writing three times a year and plan targeted "
        "support for those not on track.", "HT/DHT", "June 2025",
        "Tracking meetings show more children on track in writing at P4 and P7.",
        "October tracking complete; support groups in place for 23 children.", "amber")
    band("AFI 2 – Improve the quality and consistency of learning, teaching and assessment so that "
         "all children experience appropriate pace and challenge.")
    act("2.1", "Develop and share a Sciennes learning and teaching charter with staff, children "
        "and parents.", "HT", "December 2024",
        "Charter displayed in every class and used in planning.",
        "Charter agreed with Pupil Council and shared with Parent Council.", "blue")
    act("2.2", "Carry out a programme of peer observations focused on differentiation and "
        "challenge, with feedback discussed at collegiate sessions.", "All teaching staff",
        "November 2024 – March 2025",
        "Observation records show appropriate challenge in most lessons.",
        "Half of staff have completed first peer observation; cover has been difficult.",
        "amber")
    act("2.3", "Use pupil focus groups each term to gather children’s views on the level of "
        "challenge in their learning.", "PT (Pupil Voice)", "31/05/2025",
        "Most children say their learning is \"just right\" or challenging.",
        "To begin in term 3.", None)
    band("AFI 3 – Nursery class: Develop further the use of observations to plan next steps in "
         "children’s learning.")
    act("3.1", "Review the format of learning journals so that observations identify clear next "
        "steps for each child.", "Nursery Team Leader", "January 2025",
        "Learning journals show clear next steps for all children.",
        "New format trialled with key workers.", "green")
    act("3.2", "Provide professional learning for early years practitioners on high-quality "
        "observations, supported by the Early Years Officer.",
        "Nursery Team Leader and Early Years Officer", "March 2025",
        "Practitioners’ observations are focused and lead to planned next steps.",
        "Training postponed twice due to staff absence.", "red")

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, meaning in [
        ("blue", "Complete"),
        ("green", "On track"),
        ("amber", "Progress slower than planned"),
        ("red", "Not on track – support required"),
        (None, "No colour – not yet started"),
    ]:
        c = key.add_row().cells
        if colour:
            shade(c[0], FILL[colour])
        set_cell(c[1], meaning)

    doc.add_paragraph()
    so = doc.add_table(rows=0, cols=3)
    so.style = "Table Grid"
    for r in [("Approved by", "Headteacher", "Quality Improvement Education Officer"),
              ("Date", "20 January 2025", "22 January 2025")]:
        c = so.add_row().cells
        for i, v in enumerate(r):
            set_cell(c[i], v, bold=(i == 0))
    doc.save(out("zc-sciennes-primary-school-education-scotland-inspection-action-plan.docx"))


# =================================================================== 3
# NHS Tayside – strategic risk register 2025/26 (xlsx: cover, risk profile, register)
def make_tayside():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "NHS Tayside – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=16, color="005EB8")
    ws["A2"] = "Position at 31 October 2025 – presented to the Audit and Risk Committee, 27 November 2025"
    rows = [
        ("Document owner", "Head of Corporate Governance"),
        ("Version", "4.0"),
        ("Approved by", "Executive Leadership Team, 11 November 2025"),
        ("Review frequency", "Monthly (ELT) / Quarterly (Audit and Risk Committee)"),
        ("Classification", "OFFICIAL"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 70

    rp = wb.create_sheet("Risk Profile")
    rp["A1"] = "Strategic Risk Profile – summary"
    rp["A1"].font = Font(bold=True, size=13)
    hdr = ["Risk ID", "Strategic Risk", "Executive Owner", "Assurance Committee",
           "Inherent score", "Current score", "Target score", "Trend"]
    for j, h in enumerate(hdr, start=1):
        c = rp.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("005EB8")
        c.border = BORDER
    profile = [
        ("SR01", "Financial Sustainability", "Director of Finance", "Finance and Performance Committee", 25, 20, 12, "↔"),
        ("SR02", "Workforce Sustainability", "Director of Workforce", "Staff Governance Committee", 20, 16, 9, "↓"),
        ("SR03", "Scheduled Care Performance", "Chief Officer, Acute Services", "Finance and Performance Committee", 20, 16, 12, "↔"),
        ("SR04", "Mental Health Services", "Director of Mental Health and Learning Disability Services", "Care Governance Committee", 25, 15, 10, "↓"),
    ]
    for i, row in enumerate(profile, start=4):
        for j, v in enumerate(row, start=1):
            c = rp.cell(i, j, v)
            c.border = BORDER
            c.alignment = WRAP
        score = row[5]
        rp.cell(i, 6).fill = xfill("FF0000" if score >= 20 else "FFC000")
    rp.cell(9, 1, "Very High (20–25): 1    High (15–16): 3    Total strategic risks: 4").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [9, 28, 34, 34, 10, 10, 10, 8]):
        rp.column_dimensions[col].width = w

    ws = wb.create_sheet("Register")
    ws["A1"] = "Strategic Risk Register – Further Actions to Reduce Risk to Target"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Actions are reviewed monthly by the Executive Leadership Team. The status key is at the foot of this sheet."
    ws["A2"].font = Font(italic=True)
    hdr = ["Action Ref", "Further action required", "Action owner", "Due date",
           "Revised due date", "Progress update", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("005EB8")
        c.border = BORDER
        c.alignment = WRAP
    st_fill = {"Complete": "5B9BD5", "On track": "70AD47", "At risk": "FFC000", "Overdue": "FF0000"}
    D = dt.datetime
    risks = [
        ("SR01 – Financial Sustainability", [
            ("SR01.1", "Deliver the 2025/26 Financial Recovery Plan savings of £30m, with monthly reporting to the Finance and Performance Committee.",
             "Director of Finance", D(2026, 3, 31), None, "£17.9m delivered at month 6; forecast gap of £4.2m.", "At risk"),
            ("SR01.2", "Complete the review of supplementary staffing controls and agency spend across all directorates.",
             "Director of Finance / Nurse Director", D(2025, 9, 30), D(2025, 12, 31), "Review extended to include medical locums.", "On track"),
            ("SR01.3", "Develop the three-year medium-term financial plan aligned to the Scottish Government budget.",
             "Director of Finance", "Q4 2025/26", None, "Initial draft prepared for the Board development session.", "On track"),
        ]),
        ("SR02 – Workforce Sustainability", [
            ("SR02.1", "Implement the nursing and midwifery recruitment plan, including international recruitment of 40 registered nurses.",
             "Nurse Director", D(2026, 3, 31), None, "27 nurses in post; further cohort arriving January 2026.", "On track"),
            ("SR02.2", "Roll out the eRostering system to all remaining inpatient wards.",
             "Director of Workforce", D(2025, 6, 30), D(2026, 1, 31), "Go-live delayed by national supplier issue.", "At risk"),
            ("SR02.3", "Reduce sickness absence to 5.5% through the attendance management improvement programme.",
             "Director of Workforce", D(2025, 9, 30), None, "Absence 6.4% in September 2025.", "Overdue"),
        ]),
        ("SR03 – Scheduled Care Performance", [
            ("SR03.1", "Deliver additional orthopaedic theatre sessions at Stracathro Regional Treatment Centre to reduce 52-week waits.",
             "Chief Officer, Acute Services", D(2026, 3, 31), None, "Additional Saturday lists running since September.", "On track"),
            ("SR03.2", "Complete validation of all outpatient waiting lists over 26 weeks.",
             "Chief Officer, Acute Services", D(2025, 8, 31), None, "Validation completed; 3,100 patients removed from lists.", "Complete"),
        ]),
        ("SR04 – Mental Health Services", [
            ("SR04.1", "Implement the 2025/26 actions of the Tayside Mental Health and Learning Disability Whole System Change programme.",
             "Director of Mental Health and Learning Disability Services", D(2026, 3, 31), None, "Phase 2 of inpatient redesign under way.", "On track"),
            ("SR04.2", "Complete the ligature risk reduction works at Carseview Centre.",
             "Director of Facilities", D(2025, 10, 31), D(2026, 2, 28), "Contractor availability has delayed ward 2 works.", "At risk"),
        ]),
    ]
    r = 5
    for title, acts in risks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(r, 1, title)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("41B6E6")
        r += 1
        for a in acts:
            for j, v in enumerate(a, start=1):
                c = ws.cell(r, j, v)
                c.border = BORDER
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = xfill(st_fill[a[6]])
            r += 1
    r += 1
    ws.cell(r, 1, "Status key").font = Font(bold=True)
    r += 1
    for word, meaning in [("Complete", "Action completed and evidenced (Blue)"),
                          ("On track", "Action on course for the due date (Green)"),
                          ("At risk", "Action may not be delivered by the due date (Amber)"),
                          ("Overdue", "Due date has passed and the action is not complete (Red)")]:
        ws.cell(r, 1, word).fill = xfill(st_fill[word])
        ws.cell(r, 2, meaning)
        r += 1
    ws.cell(r + 1, 1, "Note: revised due dates require approval by the Executive Leadership Team.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [11, 60, 30, 12, 14, 45, 11]):
        ws.column_dimensions[col].width = w
    wb.save(out("zc-nhs-tayside-strategic-risk-register-2025-26.xlsx"))


# =================================================================== 4
# Neath Port Talbot CBC – corporate plan delivery plan 2025/26 (xlsx, a sheet per WBO)
def make_npt():
    wb = Workbook()
    ws = wb.active
    ws.title = "Introduction"
    ws["A1"] = "Neath Port Talbot Council – Corporate Plan Delivery Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = "Quarter 2 progress report (1 April – 30 September 2025)"
    ws["A3"] = "Corporate Plan 2024-2027: Working together to build a better future"
    ws["A5"] = ("This workbook sets out the steps the Council will take in 2025/26 towards each of its "
                "four well-being objectives. Each objective has its own sheet.")
    ws["A7"] = "Status key"
    ws["A7"].font = Font(bold=True)
    key = [("Complete", "5B9BD5", "The step has been completed (Blue)"),
           ("On track", "70AD47", "The step is progressing as planned (Green)"),
           ("Just off track", "FFC000", "Minor slippage; expected to recover within the year (Amber)"),
           ("Off track", "FF0000", "Significant slippage; corrective action required (Red)")]
    for i, (w, f, m) in enumerate(key, start=8):
        ws.cell(i, 1, w).fill = xfill(f)
        ws.cell(i, 2, m)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 70
    fills = {k[0]: k[1] for k in key}

    hdr = ["Step", "What we will do in 2025/26", "Responsible officer(s)", "Completion date",
           "Q1 status", "Q2 status", "Q2 progress commentary"]
    sheets = [
        ("WBO1", "Well-being Objective 1: All children get the best start in life", [
            ("1.1 Early years, childcare and family support", [
                ("1.1.1", "Expand funded childcare for two-year-olds through Flying Start to a further 120 children in Sandfields and Glynneath.",
                 "Head of Early Years and Family Support", "March 2026", "On track", "On track", "86 additional places created to date."),
                ("1.1.2", "Review the Childcare Sufficiency Assessment action plan and publish a progress report.",
                 "Childcare Development Manager", "30/06/2025", "On track", "Complete", "Progress report published 27 June 2025."),
            ]),
            ("1.2 School improvement and attendance", [
                ("1.2.1", "Implement the secondary school attendance strategy, including a family engagement officer in every cluster.",
                 "Chief Education Officer / Head of Support Services", "Q4 2025/26", "On track", "Just off track",
                 "Recruitment to two family engagement officer posts is outstanding."),
            ]),
        ]),
        ("WBO2", "Well-being Objective 2: All communities are thriving and sustainable", [
            ("2.1 Homelessness and housing", [
                ("2.1.1", "Reduce the use of bed and breakfast accommodation for homeless households by opening 24 additional units of supported temporary accommodation.",
                 "Head of Housing and Communities", "December 2025", "Just off track", "Off track",
                 "Planning consent for the Bryn Road scheme delayed; 8 units open."),
                ("2.1.2", "Deliver the Rapid Rehousing Transition Plan actions for 2025/26.",
                 "Homelessness Manager", "Ongoing", "On track", "On track", "Quarterly report to Cabinet Board in November."),
            ]),
            ("2.2 Adult social care", [
                ("2.2.1", "Increase the number of people receiving a Direct Payment by 10% compared with 2024/25.",
                 "Head of Adult Services", "31/03/2026", "On track", "On track", "Increase of 6% at the end of Q2."),
            ]),
        ]),
        ("WBO3", "Well-being Objective 3: Our local environment, culture and heritage can be enjoyed by future generations", [
            ("3.1 Waste and recycling", [
                ("3.1.1", "Introduce a separate weekly collection of absorbent hygiene products across the county borough.",
                 "Head of Streetcare", "September 2025", "On track", "Complete", "Service launched 1 September 2025."),
                ("3.1.2", "Carry out a public consultation on changes to household waste recycling centre opening hours.",
                 "Waste Strategy Manager", "November 2025", "", "On track", "Consultation opens 6 October 2025."),
            ]),
        ]),
        ("WBO4", "Well-being Objective 4: Jobs and skills – local people are skilled and access high quality, green jobs", [
            ("4.1 Regeneration and economic growth", [
                ("4.1.1", "Work with Tata Steel / UK Government Transition Board partners to deliver the business support fund for supply chain businesses affected by the transition.",
                 "Head of Regeneration", "March 2026", "On track", "On track", "42 businesses supported to the end of September."),
                ("4.1.2", "Deliver the Neath town centre regeneration scheme, including completion of the new leisure centre.",
                 "Strategic Manager – Regeneration; Head of Property and Regeneration", "Sept 2025 – March 2026",
                 "On track", "Just off track", "Leisure centre handover moved from January to March 2026."),
            ]),
        ]),
    ]
    for name, title, groups in sheets:
        s = wb.create_sheet(name)
        s.merge_cells("A1:G1")
        s["A1"] = title
        s["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        s["A1"].fill = xfill("00594F")
        for j, h in enumerate(hdr, start=1):
            c = s.cell(3, j, h)
            c.font = Font(bold=True)
            c.fill = xfill("D9D9D9")
            c.border = BORDER
            c.alignment = WRAP
        r = 4
        for gtitle, acts in groups:
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = s.cell(r, 1, gtitle)
            c.font = Font(bold=True)
            c.fill = xfill("E2EFDA")
            r += 1
            for a in acts:
                for j, v in enumerate(a, start=1):
                    c = s.cell(r, j, v if v != "" else None)
                    c.border = BORDER
                    c.alignment = WRAP
                for j in (5, 6):
                    if a[j - 1]:
                        s.cell(r, j).fill = xfill(fills[a[j - 1]])
                r += 1
        for col, w in zip("ABCDEFG", [8, 60, 32, 18, 14, 14, 45]):
            s.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of Q2 status"
    sm["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", 2), ("On track", 5), ("Just off track", 2),
                                ("Off track", 1), ("Total steps", 10)], start=2):
        sm.cell(i, 1, k)
        sm.cell(i, 2, v)
    wb.save(out("zc-neath-port-talbot-cbc-corporate-plan-delivery-plan-2025-26.xlsx"))


# =================================================================== 5
# East Renfrewshire Council – CLD inspection action plan (xlsx, refuse: '0ctober 2025')
def make_eastren():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "East Renfrewshire Council – Community Learning and Development Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Response to Education Scotland CLD progress visit, November 2024"
    ws["A3"] = "Prepared by the CLD Strategic Partnership    Last updated: 20 May 2025"
    hdr = ["No.", "Action", "Lead officer", "Partners", "Timescale", "Progress (May 2025)", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("4B2D73")
        c.border = BORDER
    rag_fill = {"G": "70AD47", "A": "FFC000", "R": "FF0000"}
    rows = [
        ("band", "Area for improvement 1: Partners should improve the use of shared data to evidence the impact of CLD on outcomes for learners and communities."),
        ("1.1", "Agree a shared set of outcome measures for the CLD Plan 2024–27 with all partners.", "CLD Manager",
         "Voluntary Action East Renfrewshire; West College Scotland", "December 2024", "Outcome measures agreed by the CLD Strategic Partnership on 10 December 2024.", "G"),
        ("1.2", "Develop a CLD performance dashboard reported six-monthly to the Community Planning Partnership board.", "Senior Performance Officer",
         "HSCP Planning Team", "June 2025", "Dashboard in test; first report to CPP board in June.", "A"),
        ("1.3", "Train CLD staff and volunteers to gather learner feedback using the How good is our community learning and development? framework.", "Adult Learning Team Leader",
         "", "March 2025", "Two sessions delivered to 31 staff and volunteers.", "G"),
        ("band", "Area for improvement 2: Increase opportunities for learners and community groups to influence the planning and delivery of CLD."),
        ("2.1", "Establish a Learner Voice Panel with representation from adult learning, youth work and ESOL groups.", "Youth Services Manager",
         "West College Scotland; ESOL partners", "September 2025", "Recruitment of panel members under way.", "A"),
        ("2.2", "Hold annual community conversations in Barrhead, Neilston and Thornliebank to review local CLD priorities.", "Community Development Officer",
         "Community councils", "0ctober 2025", "Venues booked in Barrhead and Neilston.", "G"),
        ("band", "Area for improvement 3: Strengthen professional learning for CLD practitioners across the partnership."),
        ("3.1", "Publish a partnership professional learning calendar aligned to the CLD Standards Council competences.", "CLD Manager",
         "", "August 2025", "Draft calendar circulated to partners.", "G"),
        ("3.2", "Support two practitioners each year to register with the CLD Standards Council.", "CLD Manager",
         "", "Annually", "One practitioner registered in April 2025.", "G"),
    ]
    r = 6
    for row in rows:
        if row[0] == "band":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            c.fill = xfill("E4DFEC")
            c.alignment = WRAP
        else:
            for j, v in enumerate(row, start=1):
                c = ws.cell(r, j, v if v != "" else None)
                c.border = BORDER
                c.alignment = WRAP
            ws.cell(r, 7).fill = xfill(rag_fill[row[6]])
        r += 1
    ws.cell(r + 1, 1, "RAG: G = on track; A = some delay; R = not on track.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [6, 60, 28, 30, 16, 45, 6]):
        ws.column_dimensions[col].width = w
    wb.save(out("zc-east-renfrewshire-council-education-scotland-cld-inspection-action-plan-typo-month-refuse.xlsx"))


# =================================================================== 6
# Southern HSCT – NIAO RTTCWG recommendations tracker (csv exported from merged sheet)
def make_southern():
    rows = [
        ["Southern Health and Social Care Trust – NIAO Report to Those Charged with Governance: Recommendations Tracker"] + [""] * 9,
        ["Audit Committee – position at 30 September 2025"] + [""] * 9,
        [""] * 10,
        ["Rec Ref", "Priority", "NIAO Recommendation", "Action Ref", "Management Action",
         "Responsible Officer", "Target Date", "Revised Target Date", "RAG",
         "Progress Update (September 2025)"],
        ["2023-24 Report to Those Charged with Governance (issued November 2024)"] + [""] * 9,
        ["2023-24/01", "Priority 1",
         "The Trust should ensure that all single tender actions are approved in advance of the contract being awarded, in line with the Trust's Procurement Policy, and reported to the Audit Committee.",
         "1.1", "Introduce a pre-approval checklist for all single tender actions, signed off by the Director of Finance before award.",
         "Director of Finance, Procurement and Estates", "31/03/2025", "", "Complete",
         "Checklist in use from February 2025; no retrospective approvals since."],
        ["", "", "", "1.2", "Report all single tender actions, including any retrospective approvals, to each Audit Committee meeting.",
         "Head of Procurement", "30/06/2025", "", "Complete", "Standing item on the Audit Committee agenda from June 2025."],
        ["2023-24/02", "Priority 2",
         "The Trust should strengthen controls to prevent salary overpayments and ensure that existing overpayments are recovered promptly.",
         "2.1", "Reconcile all outstanding overpayments over £1,000 and agree a recovery plan with each member of staff.",
         "Head of Payroll Services", "31/03/2025", "30/09/2025", "A",
         "£212k of £348k now under recovery arrangements; remaining cases with HR."],
        ["", "", "", "2.2",
         "Implement monthly line manager confirmation of staff changes through HRPTS.\nIssue a reminder to all budget holders and include the requirement in manager induction.",
         "Head of Financial Accounts / Head of Payroll Services", "30/06/2025", "31/12/2025", "G",
         "Pilot in Acute Services directorate; Trust-wide roll-out from October."],
        ["2024-25 Report to Those Charged with Governance (issued August 2025)"] + [""] * 9,
        ["2024-25/01", "Priority 1",
         "The Trust should complete the physical verification of assets recorded on the fixed asset register and remove assets no longer in use.",
         "1.1", "Complete physical verification of all medical equipment assets over £5,000 held on the fixed asset register.",
         "Head of Capital Accounting", "31/03/2026", "", "G", "Verification complete at Craigavon Area Hospital; Daisy Hill under way."],
        ["", "", "", "1.2", "Procure an asset tagging system for estates equipment and tag all assets above the capitalisation threshold.",
         "Head of Estates", "Q3 2025/26", "", "R", "Business case not yet approved; contractor not appointed."],
        ["2024-25/02", "Priority 2",
         "The Trust should ensure that declarations of interest are completed annually by all staff at Band 8a and above and by all Board members.",
         "2.1", "Issue the annual declarations of interest exercise to all staff at Band 8a and above and Board members, with monthly reminders until complete.",
         "Board Secretary", "30/11/2025", "", "G", "Exercise issued 1 September 2025; 64% returned."],
        ["2024-25/03", "Priority 3",
         "The Trust should review and update its Standing Financial Instructions, which were last revised in 2019.",
         "3.1", "Revise the Standing Financial Instructions and present them to Trust Board for approval.",
         "Director of Finance, Procurement and Estates", "March 2026", "", "A",
         "Drafting delayed to reflect the new Department of Health delegated limits."],
        [""] * 10,
        ["Total actions: 8 (Complete 2; Green 3; Amber 2; Red 1)"] + [""] * 9,
        ["RAG key: Complete = implemented and evidenced; G = on track; A = behind target but recoverable; R = not on track"] + [""] * 9,
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    with open(out("zc-southern-hsct-niao-report-to-those-charged-with-governance-action-tracker.csv"),
              "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# =================================================================== 7
# Ysgol Gymraeg y Fenni – Estyn PIAP (plain text saved from Word; tables as tab rows)
def make_yfenni():
    T = "\t"
    hdr = T.join(["Ref", "Action", "Lead", "Timescale", "Success criteria", "Progress"])
    lines = [
        "Ysgol Gymraeg y Fenni – Cynllun Gweithredu Ôl-arolygiad / Post-Inspection Action Plan",
        "Arolygiad Estyn / Estyn inspection: 4–7 March 2024",
        "Cymeradwywyd gan y Corff Llywodraethol / Approved by the Governing Body: 2 July 2024",
        "",
        "Allwedd statws / Status key: Complete = action completed; Green = on track; Amber = some delay; Red = significant concern",
        "",
        "R1 – Strengthen the use of assessment to help pupils understand how well they are doing and what they need to do to improve",
        hdr,
        T.join(["1.1", "Agree a whole-school feedback policy, including verbal feedback and pupil self-assessment, with all staff.",
                "Headteacher", "Autumn term 2024", "Policy in place and applied consistently in book scrutiny.", "Complete"]),
        T.join(["1.2", "Introduce ‘Beth nesaf?’ (What next?) prompts in pupils’ books in all classes from Year 2 to Year 6.",
                "Deputy Headteacher", "Spring term 2025", "Most pupils can explain their next steps in learning.", "Green"]),
        T.join(["1.3", "Carry out termly learning walks and book looks with governors to monitor the impact of feedback.",
                "Headteacher & Chair of Governors", "Termly", "Governors’ visit reports show improved consistency.", "Green"]),
        "",
        "R2 – Develop pupils’ higher-order reading skills in English across the school",
        hdr,
        T.join(["2.1", "Provide professional learning for all teachers on teaching inference and deduction in English, supported by the EAS.",
                "English Literacy Lead", "October 2024", "Teachers plan regular opportunities for higher-order reading.", "Complete"]),
        T.join(["2.2", "Introduce weekly guided reading sessions in English for pupils in Years 3 to 6, using a shared bank of challenging texts.",
                "English Literacy Lead / Class teachers", "Autumn term 2024 – Spring term 2025",
                "Most pupils in Years 3 to 6 make strong progress in reading.", "Green"]),
        T.join(["2.3", "Assess pupils’ reading ages in September and June and use the information to target support.",
                "ALNCo", "June 2025", "Pupils receiving support make at least expected progress.", "Amber"]),
        "",
        "R3 – Strengthen self-evaluation so that leaders focus precisely on the impact of teaching on pupils’ progress",
        hdr,
        T.join(["3.1", "Revise the self-evaluation calendar so that lesson observations, book scrutiny and listening to learners focus on pupils’ progress.",
                "Headteacher", "September 2024", "Self-evaluation report identifies precise areas for improvement.", "Complete"]),
        T.join(["3.2", "Provide training for governors on their role in school self-evaluation through Monmouthshire County Council’s governor support service.",
                "Clerk to the Governors", "Summer term 2025", "Governors challenge leaders on pupils’ progress.", "Amber"]),
        "",
        "Nodiadau / Notes: Progress is reviewed at each meeting of the Standards Committee of the Governing Body. Next review: 15 May 2025.",
    ]
    with open(out("zc-ysgol-gymraeg-y-fenni-estyn-post-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_mencap()
    make_sciennes()
    make_tayside()
    make_npt()
    make_eastren()
    make_southern()
    make_yfenni()
    print("built 7 files in", HERE)
