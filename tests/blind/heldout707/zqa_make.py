#!/usr/bin/env python
"""Build the seven zqa- blind test files (set heldout707).

Run with /work/main/.venv/bin/python zqa_make.py ; writes beside this script.
Only files whose names start with zqa- are written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
GREY = "BFBFBF"


def out(name):
    assert name.startswith("zqa-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.bold = True


def set_cell(cell, text, bold=False):
    cell.text = text
    if bold:
        for p in cell.paragraphs:
            for r in p.runs:
                r.font.bold = True


# =============================================================== 1. Powys docx
POWYS_NAME = "zqa-powys-county-council-scrutiny-recommendations-tracker-2025-26.docx"
POWYS_TITLE = "Scrutiny Recommendations Tracker 2025-26"
POWYS_HEAD = ["Ref", "Recommendation", "Cabinet response", "Responsible officer",
              "Target date", "Progress update", "Status"]
POWYS = [
    ("Health and Care Scrutiny Committee", [
        ("Corporate Safeguarding Board Activity Report – 15 July 2025", [
            ("HC25/01",
             "That Cabinet ensures all elected members complete the refreshed corporate safeguarding e-learning module by the end of the municipal year, with completion rates reported to the Corporate Safeguarding Board each quarter.",
             "Accepted", "Head of Democratic Services", "May 2026",
             "Module launched 1 August 2025. 41 of 68 members had completed it at 31 October; reminders issued through group leaders.",
             "Amber"),
            ("HC25/02",
             "That the Board’s annual report includes data on DBS renewal compliance for staff and volunteers in schools.",
             "Accepted", "Head of Workforce and Organisational Development", "31/03/2026",
             "Data extract from school HR systems delayed by the payroll system upgrade; a manual return has been agreed with headteachers for the spring term.",
             "Red"),
        ]),
        ("Adult Social Care – People Waiting for Assessment – 15 July 2025", [
            ("HC25/03",
             "That a trajectory for reducing the number of people waiting for a social care assessment is published alongside the quarterly CSEP scorecard.",
             "Accepted", "Director of Social Services and Housing", "Q2 2025-26",
             "Trajectory included in the Q1 CSEP scorecard considered by Joint Scrutiny on 10 September 2025.",
             "Green"),
            ("HC25/04",
             "That the Cabinet Member writes to Powys Teaching Health Board seeking a joint plan to reduce delayed discharges of Powys residents from hospitals in Shropshire and Herefordshire.",
             "Accepted in principle", "Head of Adult Services / Head of Commissioning and Partnerships",
             "30/11/2025 (revised 31/01/2026)",
             "Letter sent 4 August 2025. Joint plan to be agreed through the Regional Partnership Board; revised date agreed with the Committee Chair.",
             "Amber"),
        ]),
    ]),
    ("Learning and Skills Scrutiny Committee", [
        ("Additional Learning Needs (ALN) Transformation – 3 June 2025", [
            ("LS25/01",
             "That the Council publishes a single map of Welsh-medium ALN provision across the county for parents and carers.",
             "Accepted", "Head of ALN and Inclusion", "September 2025 (revised January 2026)",
             "Draft map shared with the ALN parent reference group in October; translation and accessibility checks under way.",
             "Amber"),
            ("LS25/02",
             "That data on the timeliness of individual development plans (IDPs) is reported to this Committee every term.",
             "Accepted", "Head of ALN and Inclusion", "Termly",
             "First termly report considered on 3 June 2025; next report scheduled for the February 2026 meeting.",
             "Amber"),
        ]),
        ("School Transformation Programme – Post-16 Review – 8 July 2025", [
            ("LS25/03",
             "That learner travel times are included in the integrated impact assessment for each post-16 option before public consultation begins.",
             "Accepted", "Transformation Programme Manager", "31/10/2025",
             "Travel time modelling completed for all five options and added to the integrated impact assessments.",
             "Green"),
        ]),
    ]),
    ("Economy, Residents and Communities Scrutiny Committee", [
        ("Winter Service Plan 2025-26 – 17 September 2025", [
            ("ERC25/01",
             "That the precautionary gritting route maps are published on the Council website in Welsh and English before 1 November each year.",
             "Accepted", "Head of Highways, Transport and Recycling", "01/11/2025",
             "Bilingual maps published on 27 October 2025.",
             "Green"),
            ("ERC25/02",
             "That town and community councils are offered salt bins through the self-help scheme, with take-up reported to this Committee in April 2026.",
             "Partially accepted", "Head of Highways, Transport and Recycling", "April 2026",
             "Offer to be made once the 2026-27 budget for the scheme is confirmed.",
             "Not yet due"),
        ]),
    ]),
]


def build_powys():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Powys County Council | Cyngor Sir Powys")
    r.bold = True
    d.add_heading(POWYS_TITLE, level=0)
    d.add_paragraph("Traciwr Argymhellion Craffu 2025-26")
    d.add_paragraph("Position as at 30 November 2025. Reported to Joint Scrutiny and to each scrutiny committee "
                    "alongside the Cabinet responses to its recommendations.")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Owner", "Scrutiny Manager and Head of Democratic Services"),
                 ("Version", "1.4"),
                 ("Last updated", "28/11/2025"),
                 ("Next update", "February 2026 (Q3 position)")]:
        row = t.add_row()
        set_cell(row.cells[0], a, bold=True)
        set_cell(row.cells[1], b)

    d.add_heading("Status key", level=2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Status", bold=True)
    set_cell(t.rows[0].cells[1], "Meaning", bold=True)
    for word, fill, meaning in [
        ("Green", GREEN, "Recommendation implemented – monitoring no longer required"),
        ("Amber", AMBER, "Acceptable progress made – continue monitoring"),
        ("Red", RED, "Unacceptable progress – responsible officer invited to attend the committee"),
        ("Not yet due", None, "Work on the recommendation is not yet due to start"),
    ]:
        row = t.add_row()
        set_cell(row.cells[0], word)
        if fill:
            shade(row.cells[0], fill)
        set_cell(row.cells[1], meaning)

    for committee, items in POWYS:
        d.add_heading(committee, level=1)
        t = d.add_table(rows=1, cols=len(POWYS_HEAD))
        t.style = "Table Grid"
        for i, h in enumerate(POWYS_HEAD):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for item, recs in items:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[len(POWYS_HEAD) - 1])
            set_cell(m, item, bold=True)
            shade(m, "F2F2F2")
            for rec in recs:
                row = t.add_row()
                for i, v in enumerate(rec):
                    set_cell(row.cells[i], v)
                fill = {"Green": GREEN, "Amber": AMBER, "Red": RED}.get(rec[6])
                if fill:
                    shade(row.cells[6], fill)
        d.add_paragraph("")

    d.add_paragraph("Notes: Recommendations shown as Green are reported once more and then removed from the tracker. "
                    "Recommendations not accepted by Cabinet are recorded in the Cabinet response report and are not tracked.")
    d.save(out(POWYS_NAME))


# ====================================================== 2. Cheshire West docx
CWAC_NAME = "zqa-cheshire-west-and-chester-council-fostering-service-development-plan-2025-26.docx"
CWAC_TITLE = "Fostering Service Development Plan 2025-26"
CWAC_HEAD = ["No.", "Action", "Lead", "By when", "Progress update (December 2025)", "RAG"]
CWAC = [
    ("Priority 1: Recruiting more foster carers",
     "What we want to achieve: 25 new mainstream fostering households approved in 2025-26, with more carers able to look after teenagers and brothers and sisters together.",
     [
         ("1.1", "Deliver a targeted recruitment campaign in Ellesmere Port, Winsford and Northwich, using foster carer ambassadors at community events.",
          "Fostering Team Manager (Recruitment)", "March 2026",
          "Eleven events held since July; 96 enquiries in Q1–Q3 against 70 in the same period last year.", GREEN),
         ("1.2", "Reduce the average time from first enquiry to fostering panel to under six months by introducing a two-stage assessment tracker.",
          "Fostering Service Manager", "31/12/2025",
          "Tracker in use from October. Average is currently 7.2 months; two assessing social worker vacancies are being covered by agency staff.", AMBER),
         ("1.3", "Work with the regional fostering recruitment support hub so that every enquiry is contacted within 24 hours.",
          "Fostering Team Manager (Recruitment) / Business Support Manager", "Q1 2026/27",
          "Data sharing agreement signed; shared enquiry dashboard to go live in the new year.", GREEN),
     ]),
    ("Priority 2: Supporting and keeping our foster carers",
     "What we want to achieve: fewer foster carers leaving the service, and carers telling us that they feel valued and supported.",
     [
         ("2.1", "Set up a Mockingbird constellation in Chester:\none hub home\nup to ten satellite fostering households",
          "Head of Service, Children in Care", "September 2026",
          "Hub carer identified and approved at panel; recruitment of satellite households slower than planned.", AMBER),
         ("2.2", "Review the fostering allowances and fees scheme and bring proposals to Cabinet.",
          "Fostering Service Manager / Finance Business Partner", "November 2025",
          "Cabinet approved the revised scheme on 12 November 2025; new rates paid from 1 December.", BLUE),
         ("2.3", "Provide an out-of-hours support line for foster carers, staffed by supervising social workers on a rota.",
          "Fostering Team Manager (Support)", "Ongoing",
          "Rota in place; 58 calls taken since April.", GREEN),
     ]),
    ("Priority 3: Kinship and connected carers",
     "What we want to achieve: timely, good quality assessments of family and friends carers, and better information for kinship families.",
     [
         ("3.1", "Complete connected person (Regulation 24) assessments within 16 weeks in at least 90% of cases.",
          "Kinship Team Manager", "March 2026",
          "Currently 68% within 16 weeks. Recovery plan agreed with the Head of Service and reported to the Fostering Panel chair.", RED),
         ("3.2", "Publish a kinship carer information pack co-produced with kinship carers.",
          "Kinship Team Manager", "October 2025",
          "Pack published on the Council website and sent to all kinship households in October.", BLUE),
     ]),
    ("Priority 4: Quality, learning and the voice of carers",
     "What we want to achieve: practice that meets the Fostering Services National Minimum Standards and is shaped by what carers and children tell us.",
     [
         ("4.1", "Hold a foster carer forum each quarter with the Director of Children’s Services and report the themes to the Corporate Parenting Board.",
          "Director of Children’s Services", "Quarterly",
          "Forums held in June and September; themes reported to the Board in October.", GREEN),
         ("4.2", "Audit 20 supervising social worker visit records each quarter against the National Minimum Standards and share the learning with the team.",
          "Fostering Service Manager", "31 March 2026",
          "Audit tool being agreed with the Quality Assurance team; first audit in Q4.", None),
     ]),
]


def build_cwac():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    p = d.add_paragraph()
    p.add_run("Cheshire West and Chester Council").bold = True
    d.add_heading(CWAC_TITLE, level=0)
    d.add_paragraph("Appendix 2 to the Fostering Service Annual Report 2024-25")
    d.add_paragraph("Progress as at: December 2025   |   Owner: Fostering Service Manager   |   "
                    "Monitored by: Children in Care Management Team and the Corporate Parenting Board")

    d.add_heading("How to read this plan", level=2)
    d.add_paragraph("Each action has a RAG colour in the final column showing progress at the date above:")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for fill, label in [(BLUE, "Complete"), (GREEN, "On track"),
                        (AMBER, "Some delay – action being taken"), (RED, "Off track – escalated to Head of Service"),
                        (None, "Not yet started")]:
        row = t.add_row()
        set_cell(row.cells[0], "")
        if fill:
            shade(row.cells[0], fill)
        set_cell(row.cells[1], label)

    for heading, aim, rows in CWAC:
        d.add_heading(heading, level=2)
        d.add_paragraph(aim)
        t = d.add_table(rows=1, cols=len(CWAC_HEAD))
        t.style = "Table Grid"
        for i, h in enumerate(CWAC_HEAD):
            set_cell(t.rows[0].cells[i], h, bold=True)
        for no, action, lead, when, prog, fill in rows:
            row = t.add_row()
            set_cell(row.cells[0], no)
            set_cell(row.cells[1], action)
            set_cell(row.cells[2], lead)
            set_cell(row.cells[3], when)
            set_cell(row.cells[4], prog)
            set_cell(row.cells[5], "")
            if fill:
                shade(row.cells[5], fill)
    d.add_paragraph("")
    d.add_paragraph("The plan will be refreshed in April 2026 when the Fostering Service Annual Report 2025-26 is prepared.")
    d.save(out(CWAC_NAME))


# ================================================================ xlsx helpers
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_fill):
    return PatternFill("solid", start_color="FF" + hex_fill, end_color="FF" + hex_fill)


# ================================================================ 3. Hull xlsx
HULL_NAME = "zqa-hull-city-council-council-plan-delivery-tracker-2025-26.xlsx"
HULL_TITLE = "Council Plan Delivery Tracker 2025/26"
HULL_STATUS_FILL = {"Completed": BLUE, "On track": GREEN, "At risk": AMBER,
                    "Off track": RED, "Not yet started": GREY}
HULL_HEAD = ["Ref", "Action / milestone", "Portfolio", "Lead officer", "Original due date",
             "Revised due date", "Q1 status", "Q2 status", "Q2 commentary"]
HULL = [
    ("1. Economy and Skills", [
        ("1.1", "Complete the business case for the Albion Square redevelopment and submit it to Cabinet for approval.",
         "Regeneration", "Director of Regeneration", dt.datetime(2025, 12, 31), dt.datetime(2026, 3, 31),
         "On track", "At risk",
         "Cost plan being re-tested following the contractor market engagement; Cabinet date moved to March 2026."),
        ("1.2", "Deliver the Skills Bootcamp programme with 400 learner starts by the end of the year.",
         "Economic Investment", "Head of Employment and Skills", dt.datetime(2026, 3, 31), None,
         "On track", "On track", "231 starts at the end of Q2."),
    ]),
    ("2. Housing and Neighbourhoods", [
        ("2.1", "Complete damp and mould surveys of all council homes with a category 1 or 2 hazard recorded.",
         "Housing", "Assistant Director – Housing Services", dt.datetime(2025, 9, 30), None,
         "On track", "Completed", "All 1,412 surveys completed by 26 September; remedial works tracked through the repairs programme."),
        ("2.2", "Consult on a selective licensing scheme for Newington and St Andrew’s and report the outcome to Cabinet.",
         "Housing", "Head of Private Sector Housing", dt.datetime(2026, 1, 31), None,
         "Not yet started", "On track", "Ten-week consultation opened on 8 September 2025."),
    ]),
    ("3. Environment and Climate", [
        ("3.1", "Roll out weekly food waste collections to all households in line with the Simpler Recycling requirements.",
         "Environment", "Head of Streetscene / Waste Services Manager", dt.datetime(2026, 3, 31), None,
         "At risk", "Off track",
         "Delivery of the new vehicles has slipped to May 2026; a revised roll-out plan will go to Cabinet in December."),
        ("3.2", "Plant 5,000 trees through the Hull Urban Forest programme in the 2025/26 planting season.",
         "Environment", "Parks and Open Spaces Manager", dt.datetime(2026, 3, 31), None,
         "Not yet started", "Not yet started", "Planting season starts in November; sites and volunteer days confirmed."),
    ]),
    ("4. A Council that Works Well", [
        ("4.1", "Move Revenues and Benefits telephone calls onto the new customer contact platform.",
         "Finance and Transformation", "Director of Finance and Transformation", dt.datetime(2025, 11, 30), None,
         "On track", "On track", "User testing completed; go-live planned for 17 November."),
        ("4.2", "Agree a balanced Medium Term Financial Plan for 2026/27 to 2028/29 at Budget Council.",
         "Finance and Transformation", "Director of Finance and Transformation", dt.datetime(2026, 2, 28), None,
         "On track", "On track", "Budget consultation launched; remaining gap of £3.1m being addressed through savings proposals."),
    ]),
]


def build_hull():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Hull City Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = HULL_TITLE
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Reporting period: Quarter 2 (1 July – 30 September 2025)"
    ws["A4"] = "Prepared by: Strategy, Policy and Performance Team for Cabinet, 24 November 2025"
    ws["A6"] = "Status key"
    ws["A6"].font = Font(bold=True)
    key = [("Completed", "Milestone delivered"),
           ("On track", "Expected to be delivered by the due date"),
           ("At risk", "Some risk to delivery by the due date – Amber"),
           ("Off track", "Will not be delivered by the due date without intervention – Red"),
           ("Not yet started", "Not due to start in this quarter")]
    r = 7
    for word, meaning in key:
        ws.cell(r, 1, word).fill = fill(HULL_STATUS_FILL[word])
        ws.cell(r, 2, meaning)
        r += 1
    ws["A13"] = "Summary – Quarter 2"
    ws["A13"].font = Font(bold=True)
    counts = {}
    for _, rows in HULL:
        for row in rows:
            counts[row[7]] = counts.get(row[7], 0) + 1
    r = 14
    for word, _ in key:
        ws.cell(r, 1, word)
        ws.cell(r, 2, counts.get(word, 0))
        r += 1
    ws.cell(r, 1, "Total milestones").font = Font(bold=True)
    ws.cell(r, 2, sum(counts.values())).font = Font(bold=True)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Delivery Plan")
    ncol = len(HULL_HEAD)
    ws.cell(1, 1, HULL_TITLE + " – Quarter 2").font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    for i, h in enumerate(HULL_HEAD, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for theme, rows in HULL:
        c = ws.cell(r, 1, theme)
        c.font = Font(bold=True)
        for col in range(1, ncol + 1):
            ws.cell(r, col).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for row in rows:
            for i, v in enumerate(row, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(r, 7).fill = fill(HULL_STATUS_FILL[row[6]])
            ws.cell(r, 8).fill = fill(HULL_STATUS_FILL[row[7]])
            r += 1
    r += 1
    ws.cell(r, 1, "Commentary provided by lead officers; statuses confirmed at Corporate Leadership Team on 4 November 2025.")
    for col, w in zip("ABCDEFGHI", [6, 55, 18, 28, 12, 12, 14, 14, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(out(HULL_NAME))


# ============================================================ 4. Bradford xlsx
BRAD_NAME = "zqa-bradford-local-area-send-partnership-priority-action-plan.xlsx"
BRAD_TITLE = "Priority Action Plan"
RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
BRAD_HEAD = ["No.", "Action", "Organisation", "Lead officer(s)", "Completion date",
             "Measure of impact", "RAG Sept 2025", "RAG Nov 2025"]
BRAD = [
    ("AREAS FOR PRIORITY ACTION", [
        ("APA 1 – Leaders across the partnership should urgently improve the timeliness of EHC needs assessments so that children and young people receive the support set out in their plans without delay.", [
            ("1.1", "Recruit to the additional EHC co-ordinator and educational psychologist posts agreed by the Executive, and use a commissioned assessment capacity while the posts are filled.",
             "BMDC", "Head of SEND Assessment and Review", "Dec-25",
             "New EHC plans issued within 20 weeks (excluding exceptions) rises from 31% to 60%.", "A", "G"),
            ("1.2", "Introduce weekly multi-agency panel decisions on requests for assessment, with health and social care advice requested on day one.",
             "BMDC / ICB", "Head of SEND Assessment and Review\nDesignated Clinical Officer", "Autumn term 2025",
             "Health advice returned within 6 weeks in 90% of cases.", "G", "B"),
            ("1.3", "Clear the backlog of overdue annual reviews, prioritising children moving between phases of education in September 2026.",
             "BMDC", "Annual Review Team Manager", "Summer term 2026",
             "No annual review more than 12 months overdue; phase transfer reviews completed by 15 February.", "R", "A"),
        ]),
        ("APA 2 – Leaders should reduce waiting times for neurodevelopmental assessment and make sure that families receive effective support while they wait.", [
            ("2.1", "Commission additional autism and ADHD assessment capacity through the independent sector for children waiting more than 52 weeks.",
             "ICB", "Head of Children’s Commissioning (ICB)", "31/03/2026",
             "Number of children waiting more than 52 weeks reduced by half.", "A", "A"),
            ("2.2", "Launch a ‘while you wait’ offer with the Parent Carer Forum, including workshops, a helpline and sleep support.",
             "ICB / Bradford Parent Carer Forum", "Neurodevelopmental Pathway Lead\nChair, Bradford Parent Carer Forum", "Jan-26 (revised from Nov-25)",
             "75% of families on the waiting list contacted and offered support.", "G", "A"),
        ]),
    ]),
    ("AREAS FOR IMPROVEMENT", [
        ("AFI 1 – Leaders should strengthen planning for young people’s move into adulthood, including their transition to adult health services.", [
            ("3.1", "Agree a preparing for adulthood protocol across children’s and adults’ social care and health, starting at Year 9 reviews.",
             "BMDC / ICB", "Preparing for Adulthood Lead", "Feb-26",
             "Protocol signed off by the SEND Partnership Board; Year 9 reviews include a PfA outcome.", "G", "G"),
            ("3.2", "Extend the supported internship programme to two further colleges.",
             "BMDC", "Post-16 SEND Manager", "Sep-26",
             "At least 60 supported interns in 2026/27.", "G", "G"),
        ]),
        ("AFI 2 – Leaders should improve their oversight of the quality and safety of unregistered alternative provision.", [
            ("4.1", "Set up a register of all alternative provision used by schools and the local authority, with a quality assurance visit to each setting.",
             "BMDC", "Head of Inclusion", "Mar-26",
             "All settings on the register visited at least once a year.", "A", "G"),
            ("4.2", "Publish termly data on children with EHC plans who are in alternative provision or on part-time timetables.",
             "BMDC", "Head of Inclusion\nSEND Data and Performance Manager", "Termly",
             "Data reported to the SEND Partnership Board each term.", "", "G"),
        ]),
    ]),
]
BRAD_MEASURES = [
    ("New EHC plans issued within 20 weeks (excluding exceptions)", "31%", "60%", "44%"),
    ("Children waiting more than 52 weeks for neurodevelopmental assessment", "1,240", "620", "1,065"),
    ("Annual reviews more than 12 months overdue", "812", "0", "377"),
    ("Parent carer confidence (Parent Carer Forum survey)", "22%", "45%", "Survey due Jan-26"),
]


def build_bradford():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Bradford Local Area Partnership – Special Educational Needs and Disabilities (SEND)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = BRAD_TITLE
    ws["A2"].font = Font(bold=True, size=16)
    info = [
        ("Name of local area", "Bradford"),
        ("Dates of area SEND inspection", "12 – 16 May 2025"),
        ("Date inspection report published", "4 July 2025"),
        ("Inspection outcome", "Widespread and/or systemic failings leading to significant concerns about the experiences and outcomes of children and young people with SEND"),
        ("Accountable officers", "Strategic Director, Children’s Services (City of Bradford MDC); Place Director, Bradford District and Craven (NHS West Yorkshire ICB)"),
        ("Governance", "SEND Partnership Board (monthly); DfE and NHS England progress review every six months"),
    ]
    r = 4
    for a, b in info:
        ws.cell(r, 1, a).font = Font(bold=True)
        ws.cell(r, 2, b).alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for letter, meaning in [("B", "Complete – impact evidenced"), ("G", "On track"),
                            ("A", "Some slippage – mitigation in place"),
                            ("R", "Off track – escalated to the SEND Partnership Board")]:
        ws.cell(r, 1, letter).fill = fill(RAG_FILL[letter])
        ws.cell(r, 2, meaning)
        r += 1
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Priority Action Plan")
    ncol = len(BRAD_HEAD)
    ws.cell(1, 1, "Bradford Local Area Partnership – Priority Action Plan").font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Version 3 – updated for the SEND Partnership Board, 18 November 2025")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    for i, h in enumerate(BRAD_HEAD, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True)
        c.fill = fill("B4C6E7")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for section, areas in BRAD:
        c = ws.cell(r, 1, section)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("203864")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for area, rows in areas:
            c = ws.cell(r, 1, area)
            c.font = Font(bold=True)
            c.alignment = WRAP
            c.fill = fill("DEEAF6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 32
            r += 1
            for row in rows:
                for i, v in enumerate(row, 1):
                    c = ws.cell(r, i, v if v != "" else None)
                    c.alignment = WRAP
                    c.border = BOX
                for col in (7, 8):
                    v = row[col - 1]
                    if v:
                        ws.cell(r, col).fill = fill(RAG_FILL[v])
                        ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
    r += 1
    ws.cell(r, 1, "Note: dates shown as a school term mean the end of that term. Revised dates have been agreed with the DfE SEND adviser and NHS England.")
    for col, w in zip("ABCDEFGH", [6, 60, 16, 34, 16, 40, 10, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    ws = wb.create_sheet("Measures")
    for i, h in enumerate(["Measure", "Baseline (May 2025)", "Target (May 2026)", "Latest (Oct 2025)"], 1):
        ws.cell(1, i, h).font = Font(bold=True)
    for r, row in enumerate(BRAD_MEASURES, 2):
        for i, v in enumerate(row, 1):
            ws.cell(r, i, v)
    ws.column_dimensions["A"].width = 70
    wb.save(out(BRAD_NAME))


# ========================================================== 5. Adopt London West csv
ALW_NAME = "zqa-adopt-london-west-raa-service-development-plan-2025-26.csv"
ALW_TITLE = "Adopt London West – Service Development Plan 2025-26"
ALW_HEAD = ["Priority", "Ref", "Action", "Lead", "Target date", "RAG", "Progress update"]
ALW = [
    ("1. Early permanence", [
        ("EP1", "Train all partner borough children’s social work teams on early permanence, including fostering for adoption and concurrent planning.",
         "Early Permanence Lead", "Dec-25", "G",
         "Sessions delivered in Ealing, Brent, Harrow and Hounslow; Hillingdon and H&F booked for December."),
        ("EP2", "Recruit and approve 12 early permanence carer households.",
         "Recruitment and Assessment Team Manager; Early Permanence Lead", "31/03/2026", "A",
         "Five households approved and three in assessment. Enquiries lower than forecast over the summer."),
    ]),
    ("2. Recruiting adopters for the children who wait", [
        ("RA1", "Run the Adopt London Black Adoption Project information events in west London, with the community partners.",
         "Recruitment and Assessment Team Manager", "Q3 2025/26", "Complete",
         "Three events held (September–November); 41 households attended."),
        ("RA2", "Reduce the time from registration of interest to approval to an average of 6 months.",
         "Head of Service", "Mar-26", "R",
         "Average currently 8.1 months. Delays in medical advice and DBS checks; escalated to the Partnership Board."),
        ("RA3", "Introduce a fortnightly “children who wait” profiling meeting with family finders from all six boroughs.",
         "Family Finding Team Manager", "Sep-25", "Complete",
         "Meeting in place since 9 September."),
    ]),
    ("3. Adoption support", [
        ("AS1", "Complete adoption support assessments within 12 weeks of referral in 85% of cases.",
         "Adoption Support Team Manager", "Ongoing", "A",
         "74% in Q2. Two practitioners on long-term leave; agency cover agreed."),
        ("AS2", "Apply to the Adoption and Special Guardianship Support Fund within 10 working days of an assessment identifying therapeutic need.",
         "Adoption Support Team Manager / Business Support Officer", "Jan 2026 – Jun 2026", "G",
         "New tracker set up; audit of Q3 applications planned for January."),
        ("AS3", "Develop a peer support offer for adopted young people aged 13 to 18 with the Adopt London youth participation worker.",
         "Participation Lead", "July 2026", "G",
         "Two taster sessions held; young people chose the name ‘ALW Connect’."),
    ]),
    ("4. Life story work and relationships", [
        ("LS1", "Make sure every child placed for adoption has a later life letter and life story book within 10 working days of the adoption order.",
         "Head of Service; Family Finding Team Manager", "31/03/2026", "A",
         "Compliance 63% in Q2. Life story practitioner started in October."),
        ("LS2", "Pilot a digital letterbox for direct and indirect contact, with consent from birth and adoptive families.",
         "Letterbox Co-ordinator", "Sep-26", "G",
         "Supplier agreed through the Adopt London procurement; pilot families being identified."),
    ]),
]


def build_alw():
    width = len(ALW_HEAD)

    def line(*cells):
        cells = list(cells) + [""] * (width - len(cells))
        return cells

    rows = [
        line(ALW_TITLE),
        line("Partner boroughs: Ealing (host), Brent, Hammersmith & Fulham, Harrow, Hillingdon, Hounslow"),
        line("Progress reported to the ALW Partnership Board – 26 November 2025"),
        line(),
        list(ALW_HEAD),
    ]
    counts = {}
    for priority, acts in ALW:
        first = True
        for ref, action, lead, target, rag, update in acts:
            rows.append([priority if first else "", ref, action, lead, target, rag, update])
            counts[rag] = counts.get(rag, 0) + 1
            first = False
    rows.append(line())
    rows.append(line("Key: G = on track; A = some risk to delivery; R = off track; Complete = action delivered"))
    rows.append(line("Total actions", "", str(sum(counts.values()))))
    for k in ["Complete", "G", "A", "R"]:
        rows.append(line(k, "", str(counts.get(k, 0))))
    with open(out(ALW_NAME), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ============================================================== 6. Bristol txt
BRIS_NAME = "zqa-bristol-city-council-corporate-strategy-business-plan-2025-26-q2-action-report.txt"
BRIS_TITLE = "Corporate Strategy 2022-27: Business Plan 2025/26 – Action Progress Report"
BRIS_HEAD = ["Code", "Title", "Assigned To", "Original Due Date", "Due Date", "Status", "Progress", "Latest Note"]
BRIS = [
    ("Theme 1 – Children and Young People", [
        ("BP25-CYP-01", "Open the new 32-place special school provision at the former Florence Brown site.",
         "Hughes, Alison", "01/09/2025", "05/01/2026", "Some Concerns", "80%",
         "Building handover delayed by the electrical contractor; pupils will start in January."),
        ("BP25-CYP-02", "Implement the Family Hubs ‘Start for Life’ offer in all three localities.",
         "Okafor, Grace; Bennett, Tom", "31/03/2026", "31/03/2026", "On Track", "55%",
         "North and South hubs live; East hub opening in February."),
    ]),
    ("Theme 2 – Economy and Skills", [
        ("BP25-ECS-01", "Agree the Temple Quarter delivery plan with Homes England and Network Rail.",
         "Price, Daniel", "31/10/2025", "31/10/2025", "Completed", "100%",
         "Delivery plan agreed by the Temple Quarter Board on 22 October 2025."),
        ("BP25-ECS-02", "Support 300 residents into work through the Bristol Works employment programme.",
         "Mensah, Kofi", "31/03/2026", "31/03/2026", "On Track", "52%",
         "156 job outcomes to the end of September."),
    ]),
    ("Theme 5 – Homes and Communities", [
        ("BP25-HC-01", "Reduce the number of households in temporary accommodation placed outside Bristol.",
         "Clarke, Rebecca", "31/03/2026", "31/03/2026", "Off Track", "20%",
         "Out-of-area placements rose from 96 to 131 in Q2 because of the shortage of local supply; acquisition programme being accelerated."),
        ("BP25-HC-02", "Complete the stock condition survey of council homes.",
         "Clarke, Rebecca; Ahmed, Yusuf", "30/06/2026", "30/06/2026", "Not Started", "0%",
         "Contract award scheduled for January 2026."),
    ]),
    ("Theme 7 – Effective Development Organisation", [
        ("BP25-EDO-01", "Launch the new customer services platform for council tax and housing benefit enquiries.",
         "Walsh, Megan", "30/11/2025", "31/01/2026", "Some Concerns", "70%",
         "Data migration testing found defects; go-live moved to January after the annual billing run."),
        ("BP25-EDO-02", "Deliver the 2025/26 savings programme of £21.4m.",
         "Director of Finance", "31/03/2026", "31/03/2026", "On Track", "60%",
         "£12.9m delivered or on track; £2.2m at risk and mitigations identified."),
    ]),
]


def build_bristol():
    lines = [
        "Bristol City Council",
        BRIS_TITLE,
        "Report generated: 14/11/2025 09:32",
        "Filter: Theme = All; Reporting period = Q2 2025/26 (July - September 2025)",
        "",
        "\t".join(BRIS_HEAD),
    ]
    for theme, acts in BRIS:
        lines.append(theme + "\t" * (len(BRIS_HEAD) - 1))
        for a in acts:
            lines.append("\t".join(a))
    lines += [
        "",
        "Status: On Track = green; Some Concerns = amber; Off Track = red; Completed = blue; Not Started = not yet started",
        "Actions in this report: 8",
    ]
    with open(out(BRIS_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# =========================================================== 7. Liverpool xlsx (refuse)
LIV_NAME = "zqa-liverpool-city-council-scrutiny-recommendations-tracker-typo-month-refuse.xlsx"
LIV_TITLE = "Scrutiny Recommendations Tracker 2025/26"
LIV_HEAD = ["Reference", "Origin", "Date", "Area", "Recommendation", "Cabinet date",
            "Lead Officer / Cabinet Member", "Target date", "Action taken", "Status"]
LIV = [
    ("SR (25/26) 01", "CYPE", "10/06/2025", "Children’s Services",
     "That the Cabinet Member reports to the Committee on the sufficiency of local placements for children in care aged 11 to 15.",
     "15/07/2025", "DCS / Cllr Harper", "October 2025",
     "Sufficiency update considered by the Committee on 14 October 2025.", "Green"),
    ("SR (25/26) 02", "CYPE", "10/06/2025", "Education",
     "That the Council works with schools to halve the number of pupils on part-time timetables for more than six weeks.",
     "15/07/2025", "AD Education / AD Inclusion", "March 2026",
     "Weekly monitoring introduced; 212 pupils at the end of October against 297 in June.", "Amber"),
    ("SR (25/26) 03", "HASC", "24/06/2025", "Adult Social Care",
     "That waiting times for occupational therapy assessments are included in the quarterly performance report.",
     "15/07/2025", "DASS", "September 2025",
     "Included in the Q1 report considered on 23 September 2025.", "Green"),
    ("SR (25/26) 04", "HASC", "24/06/2025", "Public Health",
     "That the Director of Public Health sets out a plan to increase childhood immunisation uptake in the wards with the lowest coverage.",
     "15/07/2025", "DPH", "Janaury 2026",
     "Targeted clinics agreed with the GP federations; plan being drafted with NHS Cheshire and Merseyside.", "Amber"),
    ("SR (25/26) 05", "NEI", "01/07/2025", "Neighbourhoods",
     "That the fly-tipping enforcement pilot is extended to the whole city if the evaluation shows a reduction in reported incidents.",
     "16/09/2025", "AD Neighbourhoods / Cllr Moore", "December 2025",
     "Evaluation under way; report to Cabinet in December.", "Amber"),
    ("SR (25/26) 06", "NEI", "01/07/2025", "Highways",
     "That the Council publishes its programme of planned resurfacing works for 2026/27 by ward.",
     "16/09/2025", "AD Highways", "April 2026",
     "Not yet due.", "Amber"),
    ("SR (25/26) 07", "FRS", "08/07/2025", "Finance",
     "That progress on the savings programme is reported to each meeting of the Committee, showing savings at risk.",
     "16/09/2025", "S151 Officer", "Ongoing",
     "Standing item from the September meeting.", "Green"),
    ("SR (24/25) 19", "FRS", "11/03/2025", "Governance",
     "That the Council reviews how responses to member enquiries are tracked and sets a response standard.",
     "22/04/2025", "City Solicitor", "June 2025",
     "Review paused while the new case management system is procured.", "Red"),
]
LIV_REFUSE_ROW = None  # set by build_liverpool


def build_liverpool():
    global LIV_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ncol = len(LIV_HEAD)
    ws.cell(1, 1, "Liverpool City Council").font = Font(bold=True, size=12)
    ws.cell(2, 1, LIV_TITLE).font = Font(bold=True, size=14)
    ws.cell(3, 1, "Overview and Scrutiny Management Board – 25 November 2025. Open recommendations only.")
    for i, h in enumerate(LIV_HEAD, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.fill = fill("C9C9C9")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    sfill = {"Green": GREEN, "Amber": AMBER, "Red": RED}
    for row in LIV:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(r, 10).fill = fill(sfill[row[9]])
        if row[7] == "Janaury 2026":
            LIV_REFUSE_ROW = r
        r += 1
    for col, w in zip("ABCDEFGHIJ", [15, 8, 11, 18, 55, 11, 22, 14, 45, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    ks = wb.create_sheet("Key")
    key = [
        ("Reference", "SR (year) number – each recommendation is numbered within the municipal year it was made"),
        ("Origin", "CYPE – Children, Young People and Education Select Committee; HASC – Health and Adult Social Care Select Committee; "
                   "NEI – Neighbourhoods, Environment and Infrastructure Select Committee; FRS – Finance and Resources Select Committee"),
        ("Date", "Date of the committee meeting that agreed the recommendation"),
        ("Cabinet date", "Date the recommendation was considered by Cabinet"),
        ("Status – Green", "Recommendation achieved – monitoring no longer required"),
        ("Status – Amber", "Acceptable progress – continue monitoring"),
        ("Status – Red", "Unacceptable progress – lead officer to attend the next meeting"),
    ]
    for i, (a, b) in enumerate(key, 1):
        ks.cell(i, 1, a).font = Font(bold=True)
        ks.cell(i, 2, b).alignment = WRAP
    ks.column_dimensions["A"].width = 18
    ks.column_dimensions["B"].width = 100
    wb.save(out(LIV_NAME))


def main():
    build_powys()
    build_cwac()
    build_hull()
    build_bradford()
    build_alw()
    build_bristol()
    build_liverpool()
    print("Liverpool typo-month row:", LIV_REFUSE_ROW)
    for n in sorted(os.listdir(HERE)):
        if n.startswith("zqa-"):
            print(n)


if __name__ == "__main__":
    main()
