"""Build the seven fy2- blind test files (set heldout215).

Run with /work/main/.venv/bin/python fy2_make.py ; files are written beside this script.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_FILL = {
    "Red": "FF0000",
    "Amber": "FFC000",
    "Green": "00B050",
    "Blue": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. East Sussex County Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
ESCC_FILE = "fy2-east-sussex-cc-asc-cqc-assessment-improvement-plan.xlsx"
ESCC_TITLE = ("East Sussex County Council – Adult Social Care and Health: "
              "CQC Assessment Improvement Plan 2025–26")
ESCC_THEMES = [
    ("Theme 1: Working with people", [
        ("Waiting times for Care Act assessments were long for some people, "
         "with a maximum wait of 345 days, and people were not always kept "
         "informed while they waited.", [
             ("1.1", "Introduce a waiting list triage and review protocol so "
              "that everyone waiting for an assessment is contacted at least "
              "every 8 weeks and their risk is re-assessed.",
              "Assistant Director – Operations", D(2025, 12, 31), None,
              "Green", "Green",
              "Protocol agreed at DMT in August; roll-out to all locality "
              "teams under way."),
             ("1.2", "Deliver a targeted reduction plan for the longest waits "
              "in the Learning Disability and Mental Health teams, using "
              "additional assessment capacity funded from the Market "
              "Sustainability and Improvement Fund.",
              "Head of Operations (LD) / Head of Operations (MH)",
              D(2025, 10, 31), D(2026, 3, 31), "Green", "Amber",
              "Recruitment to two of the four fixed-term posts delayed; "
              "revised date agreed."),
         ]),
    ]),
    ("Theme 2: Providing support", [
        ("There were gaps in specialist provision for autistic people, people "
         "with a learning disability and people with complex mental health "
         "needs, and nursing care was limited in some parts of the county.", [
             ("2.1", "Publish a refreshed Market Position Statement setting "
              "out the specialist and nursing care capacity the county needs "
              "to 2030.", "Head of Commissioning", D(2025, 11, 30), None,
              "Green", "Green",
              "Draft shared with providers at the September market forum."),
             ("2.2", "Commission a new supported living framework for people "
              "with complex needs, co-produced with the Learning Disability "
              "Partnership Board.",
              "Head of Commissioning; Strategic Commissioning Manager "
              "(LD & Autism)", D(2026, 3, 31), None, "Amber", "Red",
              "Procurement paused pending legal advice on the lotting "
              "model; risk escalated to the Improvement Board."),
         ]),
        ("Unpaid carers told CQC they did not always receive a carer’s "
         "assessment or know what support was available to them.", [
             ("2.3", "Relaunch the carers’ assessment offer with Care for the "
              "Carers, including an online self-assessment.\nReport the "
              "number of carers’ assessments completed within 28 days to the "
              "Improvement Board each quarter.", "Carers Lead",
              D(2025, 7, 31), None, "Green", "Blue",
              "Online self-assessment live from 1 July 2025. Action "
              "complete."),
         ]),
    ]),
    ("Theme 3: How the local authority ensures safety within the system", [
        ("Transitions for young people moving from children’s to adult "
         "services were not always timely or well planned.", [
             ("3.1", "Establish a joint Preparing for Adulthood panel with "
              "Children’s Services that reviews every young person with "
              "likely eligible needs from age 14.",
              "Assistant Director – Operations / Assistant Director – Early "
              "Help and Social Care", D(2025, 6, 30), D(2025, 12, 31),
              "Amber", "Amber",
              "Terms of reference agreed; first panel meeting set for "
              "November 2025."),
         ]),
    ]),
    ("Theme 4: Leadership", [
        ("The local authority needed to make better use of data and feedback "
         "from people to understand outcomes and shape its strategy.", [
             ("4.1", "Develop an ASCH outcomes dashboard combining "
              "performance, complaints and survey data, reported quarterly to "
              "DMT and the Improvement Board.",
              "Head of Planning, Performance and Engagement",
              D(2026, 1, 31), None, "Green", "Green",
              "Prototype dashboard demonstrated to DMT on 2 September."),
             ("4.2", "Set up a co-production group of people with lived "
              "experience to review the outcomes dashboard and the annual "
              "Local Account.", "Engagement Manager", "Q4 2025/26", None,
              "Green", "Green",
              "Expressions of interest open until 31 October."),
         ]),
    ]),
]


def build_escc():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = ESCC_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Plan owner: Director of Adult Social Care and Health"
    cov["A4"] = ("Governance: ASCH Improvement Board (monthly); People Scrutiny "
                 "Committee (six-monthly)")
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("0.1", D(2025, 3, 14), "ASCH Planning, Performance and Engagement",
         "First draft following publication of the CQC assessment report"),
        ("1.0", D(2025, 4, 8), "ASCH Planning, Performance and Engagement",
         "Approved by ASCH Improvement Board"),
        ("1.3", D(2025, 10, 3), "ASCH Planning, Performance and Engagement",
         "Quarter 2 progress update and revised target dates"),
    ]
    for i, r in enumerate(rows, start=7):
        for j, v in enumerate(r, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 7:
                c.font = Font(bold=True)
    for col, w in zip("ABCD", (10, 12, 40, 60)):
        cov.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (colour, meaning) in enumerate([
            ("Blue", "Complete – action delivered and evidence seen"),
            ("Green", "On track to deliver by the target date"),
            ("Amber", "Some slippage – recoverable, revised date agreed"),
            ("Red", "Off track – escalated to the Improvement Board")],
            start=2):
        key.cell(row=i, column=1, value=colour).fill = fill(RAG_FILL[colour])
        key.cell(row=i, column=2, value=meaning)
    key.column_dimensions["B"].width = 55

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = ESCC_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Position at 30 September 2025 – reported to the ASCH "
                "Improvement Board, 14 October 2025")
    hdr = ["Ref", "CQC area for improvement", "Action", "Lead(s)",
           "Original target date", "Revised target date",
           "Previous RAG (Jun 2025)", "Current RAG (Sep 2025)",
           "Progress update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for theme, afis in ESCC_THEMES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        r += 1
        for afi, acts in afis:
            first = r
            for (ref, text, lead, orig, rev, prev, cur, prog) in acts:
                vals = [ref, None, text, lead, orig, rev, prev, cur, prog]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                ws.cell(row=r, column=7).fill = fill(RAG_FILL[prev])
                ws.cell(row=r, column=8).fill = fill(RAG_FILL[cur])
                r += 1
            ws.cell(row=first, column=2, value=afi).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2,
                               end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1,
            value="Summary of current RAG: Blue 1 | Green 4 | Amber 2 | "
                  "Red 1 | Total actions 8").font = Font(bold=True)
    ws.cell(row=r + 1, column=1,
            value="Note: revised target dates were agreed by the ASCH "
                  "Improvement Board on 9 September 2025. Previous RAG is as "
                  "reported at 30 June 2025.")
    for col, w in zip("ABCDEFGHI", (6, 40, 55, 30, 12, 12, 11, 11, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, ESCC_FILE))


# ---------------------------------------------------------------------------
# 2. Cheshire FRS - HMICFRS values and culture spotlight tracker (xlsx)
# ---------------------------------------------------------------------------
CFRS_FILE = ("fy2-cheshire-frs-hmicfrs-values-culture-spotlight-"
             "recommendations-tracker.xlsx")
CFRS_TITLE = "HMICFRS Values and Culture Spotlight Report – Action Tracker"
CFRS_THEMES = [
    ("Background checks", [
        ("2", "By 1 October 2023, chief fire officers should make sure all "
         "staff and volunteers have an appropriate and up-to-date background "
         "check, based on the role they perform.", D(2023, 10, 1), [
             ("2a", "Carry out a gap analysis of the DBS checks held for all "
              "wholetime, on-call and support staff against the NFCC role "
              "matrix.", "Head of HR", D(2023, 9, 30), "Blue",
              "Gap analysis completed and reported to SLT 26/09/2023."),
             ("2b", "Complete standard or enhanced DBS checks for all staff "
              "identified in the gap analysis and introduce three-yearly "
              "renewal.", "Head of HR; HR Business Partner (Resourcing)",
              D(2024, 12, 31), "Green",
              "412 of 530 checks returned; renewal cycle built into iTrent."),
         ]),
    ]),
    ("Raising concerns", [
        ("7", "By 1 June 2023, chief fire officers should make sure they "
         "provide a confidential way for staff to raise concerns and that "
         "staff are aware of whistleblowing processes.", D(2023, 6, 1), [
             ("7a", "Procure an independent, confidential reporting line "
              "available 24/7 to all staff.",
              "ACFO (People and Organisational Development)", D(2023, 6, 1),
              "Blue", "Safecall contract live from 22 May 2023."),
             ("7b", "Publicise the reporting line through station visits, the "
              "intranet and the ‘Speak Up’ campaign, and report quarterly "
              "usage to the Fire Authority’s People Committee.",
              "Hughes, Mark", D(2023, 12, 31), "Blue",
              "Campaign delivered; first usage report to People Committee "
              "in January 2024."),
             ("7c", "Measure staff confidence in raising concerns through the "
              "2024 staff survey and set improvement targets for 2025.",
              "Corporate Communications Manager / Head of HR",
              D(2024, 10, 31), "Green",
              "Survey closed 12 July 2024; results being analysed."),
         ]),
    ]),
    ("Equality, diversity and inclusion", [
        ("13", "By 1 June 2024, chief fire officers should make sure "
         "equality impact assessments are completed and published for all "
         "new and revised policies, procedures and practices.",
         D(2024, 6, 1), [
             ("13a", "Review every policy published since 2020 to confirm an "
              "equality impact assessment has been completed, and publish "
              "the completed EqIAs on the Service website.", "EDI Manager",
              D(2024, 6, 30), "Amber",
              "68 of 104 policies reviewed; publication page in test."),
         ]),
    ]),
    ("Leadership", [
        ("26", "By 1 March 2024, chief fire officers should put in place a "
         "360-degree feedback process for senior leaders and managers.",
         D(2024, 3, 1), [
             ("26a", "Pilot 360-degree feedback for the Service Leadership "
              "Team and Group Managers, then roll it out to all middle "
              "managers.", "Head of Organisational Development",
              "Q4 2024/25", "Red",
              "Supplier procurement failed in May 2024; re-tender under "
              "way."),
         ]),
    ]),
]


def build_cfrs():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Cheshire Fire and Rescue Service"
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = CFRS_TITLE
    s["A2"].font = Font(bold=True)
    s["A3"] = ("Position at 31 July 2024 – Performance and Overview "
               "Committee, 11 September 2024")
    s["A5"] = "Status key (colour of the Status cell on the Tracker sheet)"
    s["A5"].font = Font(bold=True)
    for i, (colour, meaning) in enumerate([
            ("Blue", "Complete"), ("Green", "On track"),
            ("Amber", "At risk of missing target date"),
            ("Red", "Off track")], start=6):
        s.cell(row=i, column=1).fill = fill(RAG_FILL[colour])
        s.cell(row=i, column=2, value=meaning)
    s["A11"] = "Actions by status"
    s["A11"].font = Font(bold=True)
    for i, (lab, n) in enumerate([("Complete", 3), ("On track", 2),
                                  ("At risk", 1), ("Off track", 1),
                                  ("Total", 7)], start=12):
        s.cell(row=i, column=1, value=lab)
        s.cell(row=i, column=2, value=n)
    s.cell(row=16, column=1).font = Font(bold=True)
    s.column_dimensions["A"].width = 18
    s.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Tracker")
    ws.merge_cells("A1:I1")
    ws["A1"] = CFRS_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Status is shown by the colour of the Status cell – see the "
                "key on the Summary sheet. Position at 31 July 2024.")
    hdr = ["Rec no.", "HMICFRS recommendation", "HMICFRS deadline",
           "Action ref", "CFRS action", "Action owner", "Target date",
           "Status", "Progress / evidence"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BFBFBF")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for theme, recs in CFRS_THEMES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        r += 1
        for no, rec, deadline, acts in recs:
            ws.cell(row=r, column=1, value=no)
            ws.cell(row=r, column=2, value=rec).alignment = WRAP
            c = ws.cell(row=r, column=3, value=deadline)
            c.number_format = "dd/mm/yyyy"
            for j in range(1, 10):
                ws.cell(row=r, column=j).fill = fill("F2F2F2")
                ws.cell(row=r, column=j).border = BOX
            ws.cell(row=r, column=2).font = Font(italic=True)
            r += 1
            for ref, text, owner, target, status, prog in acts:
                vals = [None, None, None, ref, text, owner, target, None,
                        prog]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8).fill = fill(RAG_FILL[status])
                r += 1
    for col, w in zip("ABCDEFGHI", (7, 45, 11, 8, 50, 28, 12, 8, 45)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, CFRS_FILE))


# ---------------------------------------------------------------------------
# 3. Gravesham BC - internal audit recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
GBC_FILE = ("fy2-gravesham-bc-internal-audit-recommendations-tracker-"
            "typo-month-refuse.xlsx")
GBC_TITLE = "Gravesham Borough Council – Internal Audit Recommendations Tracker"
GBC_ROWS = [
    ("Car Parking Income", "2023/24", "Limited", "CP1", "High",
     "Cash collected from pay and display machines is not reconciled to "
     "machine audit data.",
     "Introduce a monthly reconciliation of cash banked to the machine audit "
     "reports, signed off by the Parking Services Manager.",
     "Parking Services Manager", D(2024, 3, 31), D(2025, 9, 30),
     "Overdue", "Reconciliations in place from July 2025; evidence awaited."),
    ("Car Parking Income", "2023/24", "Limited", "CP3", "Medium",
     "Fees and charges for season tickets were not reviewed in 2023/24.",
     "Include season ticket charges in the annual fees and charges review "
     "reported to Cabinet.", "Parking Services Manager / Finance Business "
     "Partner", D(2024, 2, 29), D(2025, 2, 28), "Implemented",
     "Verified by Internal Audit – to be closed."),
    ("Housing Rents", "2024/25", "Reasonable", "HR2", "Medium",
     "Rent arrears recovery stages are not always escalated within the "
     "timescales in the Income Management Policy.",
     "Add an escalation report to the housing management system and review "
     "it at the fortnightly income team meeting.", "Income Manager",
     D(2025, 6, 30), None, "In progress",
     "Report built; testing with the systems team."),
    ("Housing Rents", "2024/25", "Reasonable", "HR4", "Low",
     "Write-off of former tenant arrears was not approved in line with the "
     "scheme of delegation.",
     "Remind officers of the write-off limits and add the approval level to "
     "the write-off form.", "Income Manager", D(2025, 4, 30), None,
     "Implemented", ""),
    ("Procurement and Contract Management", "2024/25", "Limited", "PR1",
     "High",
     "The contracts register is incomplete and does not record contract "
     "end dates for 31 of the 140 contracts sampled.",
     "Complete and publish the contracts register, including end dates, and "
     "assign a contract manager to each contract over £25,000.",
     "Procurement Manager", D(2025, 3, 31), "0ct-25", "Overdue",
     "Register 80% complete; new system being procured."),
    ("Procurement and Contract Management", "2024/25", "Limited", "PR2",
     "Medium",
     "Waivers of Contract Procedure Rules are not reported to the Finance "
     "and Audit Committee.",
     "Report all waivers approved in the year to the Finance and Audit "
     "Committee twice a year.", "Procurement Manager; Head of Legal "
     "Services", D(2025, 7, 31), None, "In progress",
     "First report scheduled for November 2025 committee."),
    ("Cyber Security", "2023/24", "Reasonable", "CY1", "Medium",
     "Not all staff have completed mandatory cyber awareness training.",
     "Make cyber awareness training mandatory on induction and chase "
     "non-completion through line managers each month.",
     "ICT Security Officer", D(2024, 6, 30), D(2025, 12, 31), "In progress",
     "Completion at 87%; target 95%."),
    ("Cyber Security", "2023/24", "Reasonable", "CY3", "Medium",
     "The ICT disaster recovery plan has not been tested since 2021.",
     "Carry out a full disaster recovery test and report the results to "
     "Management Team.", "Head of ICT", D(2024, 12, 31), D(2025, 11, 30),
     "In progress", "Test booked for 18 November 2025."),
]


def build_gbc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding recommendations"
    ws["A1"] = GBC_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Position at 31 August 2025 – Finance and Audit Committee, "
                "23 September 2025")
    hdr = ["Audit", "Year", "Assurance", "Rec ref", "Priority",
           "Finding / recommendation", "Agreed management action",
           "Responsible officer", "Original due date", "Revised due date",
           "Status", "Internal Audit comment"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
        c.alignment = WRAP
    for i, row in enumerate(GBC_ROWS, start=6):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    last = 5 + len(GBC_ROWS)
    ws.cell(row=last + 2, column=1,
            value="Total outstanding: 8 (High 2, Medium 5, Low 1)").font = \
        Font(bold=True)
    for col, w in zip("ABCDEFGHIJKL",
                      (24, 8, 11, 7, 8, 45, 45, 26, 11, 11, 11, 35)):
        ws.column_dimensions[col].width = w

    s = wb.create_sheet("Summary by audit")
    s["A1"] = "Summary by audit"
    s["A1"].font = Font(bold=True)
    for i, r in enumerate([("Audit", "Outstanding", "Overdue"),
                           ("Car Parking Income", 2, 1),
                           ("Housing Rents", 2, 0),
                           ("Procurement and Contract Management", 2, 1),
                           ("Cyber Security", 2, 0),
                           ("Total", 8, 2)], start=3):
        for j, v in enumerate(r, start=1):
            s.cell(row=i, column=j, value=v).border = BOX
    s.column_dimensions["A"].width = 38
    wb.save(os.path.join(HERE, GBC_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; inner \n become separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        r2 = q.add_run(part)
        r2.bold = bold


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    return sec


# ---------------------------------------------------------------------------
# 4. Denbighshire CC - Audit Wales recommendations action plan (docx)
# ---------------------------------------------------------------------------
DCC_FILE = "fy2-denbighshire-cc-audit-wales-recommendations-action-plan.docx"
DCC_TITLE = "Audit Wales Recommendations – Action Plan and Progress Update"
DCC_REPORTS = [
    ("1. Use of performance information: service user perspective and "
     "outcomes (issued July 2023)", [
         ("R1", "The Council should strengthen the information provided to "
          "senior leaders and members on the perspective of service users, "
          "so that they can understand how well services and policies are "
          "meeting people’s needs.", [
              ("1.1", "Add a service user perspective section to the "
               "quarterly Performance Self-Assessment reports, drawing on "
               "complaints, compliments and survey results.",
               "Strategic Planning and Performance Team Leader",
               "31/03/2024", "Blue",
               "Included from the Q4 2023/24 report onwards."),
              ("1.2", "Pilot outcome measures co-produced with service users "
               "in two services (Community Support Services and Highways) "
               "and report the results to Performance Scrutiny Committee.",
               "Head of Community Support Services / Head of Highways and "
               "Environmental Services", "June 2025", "Green",
               "Workshops held with service users in November 2024."),
          ]),
         ("R2", "The Council should review the quality and accuracy of the "
          "data it uses to report on outcomes, so that members can be "
          "confident in the information they receive.", [
              ("2.1", "Introduce a data quality checklist for all performance "
               "indicators in the Corporate Plan Performance Framework, "
               "signed off by the responsible Head of Service each quarter.",
               "Head of Corporate Support Services: Performance, Digital and "
               "Assets", "September 2024", "Amber",
               "Checklist drafted; sign-off process to start with the Q3 "
               "report."),
          ]),
     ]),
    ("2. Digital Strategy Review (issued October 2023)", [
        ("R1", "The Council should set out how it will resource the delivery "
         "of its Digital Strategy, including the skills and capacity it will "
         "need over the medium term.", [
             ("1.1", "Prepare a costed Digital Strategy delivery plan aligned "
              "to the Medium Term Financial Strategy.", "Chief Digital "
              "Officer", "Q4 2024/25", "Green",
              "Costings being finalised with Finance for the 2025/26 budget."),
             ("1.2", "Complete a digital skills assessment for ICT and "
              "service staff and include the resulting training needs in the "
              "Workforce Plan.\nReport progress to the Digital Programme "
              "Board.", "Chief Digital Officer; Head of People",
              "July 2025", "Green", "Skills survey issued December 2024."),
         ]),
        ("R2", "The Council should put in place arrangements to measure the "
         "benefits of digital projects after they have been implemented.", [
             ("2.1", "Add a post-implementation benefits review stage to the "
              "Digital Programme Board’s project governance framework.",
              "Digital Programme Manager", "Ongoing", "Green",
              "Applied to all projects closing after April 2024."),
         ]),
    ]),
    ("3. Setting of well-being objectives (issued March 2024)", [
        ("R1", "The Council should strengthen how it involves the full "
         "diversity of the population when setting and reviewing its "
         "well-being objectives.", [
             ("1.1", "Develop an involvement plan for the 2025 review of the "
              "Corporate Plan, including targeted engagement with young "
              "people, Welsh speakers and people with protected "
              "characteristics.", "Corporate Director: Governance and "
              "Business", "December 2025", "Red",
              "Not started – awaiting decision on the timing of the "
              "Corporate Plan review."),
         ]),
    ]),
]


def build_dcc():
    doc = Document()
    sec = landscape(doc)
    sec.header.paragraphs[0].text = "Denbighshire County Council"
    sec.footer.paragraphs[0].text = ("Governance and Audit Committee – "
                                     "22 January 2025")
    doc.add_paragraph(DCC_TITLE, style="Title")
    doc.add_paragraph("Governance and Audit Committee, 22 January 2025")
    doc.add_paragraph(
        "This plan sets out the Council’s response to the recommendations "
        "made by Audit Wales in its local performance audit reports, and "
        "progress at 31 December 2024.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([
            ("Version", "Date", "Owner", "Notes"),
            ("1.0", "05/09/2024", "Strategic Planning and Performance Team",
             "Update to Governance and Audit Committee, September 2024"),
            ("1.1", "08/01/2025", "Strategic Planning and Performance Team",
             "Progress at 31 December 2024")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph(
        "RAG key: Blue – complete; Green – on track; Amber – some slippage; "
        "Red – off track or not started.")
    hdr = ["Rec", "Audit Wales recommendation", "No.", "Action",
           "Responsible officer", "Target date", "RAG",
           "Progress at 31 December 2024"]
    for heading, recs in DCC_REPORTS:
        doc.add_paragraph(heading, style="Heading 2")
        n = sum(len(a) for _, _, a in recs)
        t = doc.add_table(rows=1 + n, cols=len(hdr))
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        r = 1
        for rref, rtext, acts in recs:
            first = r
            for no, text, lead, target, rag, prog in acts:
                set_cell(t.cell(r, 2), no)
                set_cell(t.cell(r, 3), text)
                set_cell(t.cell(r, 4), lead)
                set_cell(t.cell(r, 5), target)
                set_cell(t.cell(r, 6), rag)
                shade(t.cell(r, 6), RAG_FILL[rag])
                set_cell(t.cell(r, 7), prog)
                r += 1
            if r - 1 > first:
                a = t.cell(first, 0).merge(t.cell(r - 1, 0))
                b = t.cell(first, 1).merge(t.cell(r - 1, 1))
            else:
                a, b = t.cell(first, 0), t.cell(first, 1)
            set_cell(a, rref)
            set_cell(b, rtext)
        doc.add_paragraph("")
    doc.add_paragraph(
        "Note: recommendations rated Blue will be closed once the Committee "
        "has agreed that they are complete.")
    doc.save(os.path.join(HERE, DCC_FILE))


# ---------------------------------------------------------------------------
# 5. Dumfries and Galloway Council - Best Value thematic improvement plan
# ---------------------------------------------------------------------------
DGC_FILE = ("fy2-dumfries-galloway-council-best-value-thematic-leadership-"
            "improvement-action-plan.docx")
DGC_TITLE = "Best Value Thematic Report 2023 – Improvement Action Plan"
DGC_AREAS = [
    ("1. Performance management",
     "The council should further develop its performance management "
     "framework so that reports to elected members show progress against "
     "the outcomes in the Council Plan 2023–28, with clear targets and "
     "trends.", [
         ("Agree a set of key performance indicators with targets for each "
          "Council Plan priority.", "Head of Strategic Planning and "
          "Performance", "June 2024", "Blue",
          "Indicator set agreed by Full Council on 27 June 2024."),
         ("Introduce six-monthly Council Plan performance reports to Full "
          "Council, with trend data and benchmarking.", "Head of Strategic "
          "Planning and Performance", "September 2025", "Green",
          "First report presented in December 2024."),
     ]),
    ("2. Climate change targets",
     "The council should clearly set out its net zero emissions target and "
     "how it plans to achieve it.", [
         ("Report to Economy and Resources Committee on a revised, "
          "evidence-based net zero target date for the council’s own estate "
          "and operations.", "Director Economy and Resources",
          "31 October 2024", "Amber",
          "Report deferred to the May 2025 committee to include the "
          "outcome of the fleet review."),
         ("Publish a Climate Change Route Map setting out annual carbon "
          "budgets and the projects needed to meet them.\nInclude the route "
          "map in the Annual Delivery Statement.",
          "Climate Emergency Manager", "March 2026", "Green",
          "Carbon baseline recalculated for 2023/24."),
     ]),
    ("3. Asset management strategy",
     "The council should update its asset management strategy so that it "
     "supports the delivery of its priorities and its financial plans.", [
         ("Complete a review of the operational property estate and bring "
          "forward an updated Corporate Asset Management Plan.",
          "Head of Property and Architectural Services", "June 2025",
          "Green", "Condition surveys 70% complete."),
     ]),
    ("4. Monitoring of capital projects",
     "Reports to members on the capital programme should include more "
     "detail on the progress, costs and risks of individual major "
     "projects.", [
         ("Redesign the quarterly capital monitoring report to include a "
          "project-by-project summary of budget, forecast, timescale and key "
          "risks for all projects over £1m.", "Head of Finance and "
          "Procurement / Head of Property and Architectural Services",
          "September 2024", "Blue",
          "New format used from the Quarter 2 2024/25 report."),
     ]),
    ("5. Workforce planning",
     "The council should develop a workforce plan that sets out how it will "
     "address the recruitment and retention challenges it faces.", [
         ("Produce service workforce plans for all directorates and "
          "consolidate them into a council-wide Workforce Plan 2025–28.",
          "Head of People and Transformation", "April 2025", "Red",
          "Three of five directorate plans received; council-wide plan will "
          "not be ready for April."),
         ("Develop a ‘grow our own’ programme with Dumfries and Galloway "
          "College, including modern apprenticeships in hard-to-fill "
          "roles.", "Head of People and Transformation; Employability and "
          "Skills Manager", "Ongoing", "Green",
          "22 modern apprentices started in 2024/25."),
     ]),
]


def build_dgc():
    doc = Document()
    sec = landscape(doc)
    sec.header.paragraphs[0].text = "Dumfries and Galloway Council"
    doc.add_paragraph(DGC_TITLE, style="Title")
    doc.add_paragraph("Leadership of the development of new local strategic "
                      "priorities")
    doc.add_paragraph("Progress report to Audit, Risk and Scrutiny Committee "
                      "– 19 March 2025")
    doc.add_paragraph(
        "The Controller of Audit’s thematic report to the Accounts "
        "Commission identified six areas for improvement. The actions agreed "
        "for each area, and progress at the end of February 2025, are set "
        "out below. The RAG status of each action is shown by the colour of "
        "the last column.")
    doc.add_paragraph("Status key", style="Heading 3")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (colour, meaning) in enumerate([
            ("Blue", "Complete"), ("Green", "On track"),
            ("Amber", "Some delay – revised timescale agreed"),
            ("Red", "Significant delay or at risk")]):
        shade(k.cell(i, 0), RAG_FILL[colour])
        set_cell(k.cell(i, 1), meaning)
    hdr = ["Action", "Responsible officer", "Timescale",
           "Progress at February 2025", "RAG"]
    for heading, rec, acts in DGC_AREAS:
        doc.add_paragraph(heading, style="Heading 2")
        p = doc.add_paragraph()
        p.add_run("Recommendation").bold = True
        doc.add_paragraph(rec)
        t = doc.add_table(rows=1 + len(acts), cols=len(hdr))
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.cell(0, j), h, bold=True)
        for i, (text, lead, when, rag, prog) in enumerate(acts, start=1):
            set_cell(t.cell(i, 0), text)
            set_cell(t.cell(i, 1), lead)
            set_cell(t.cell(i, 2), when)
            set_cell(t.cell(i, 3), prog)
            shade(t.cell(i, 4), RAG_FILL[rag])
    doc.add_paragraph("6. Local Government Benchmarking Framework reporting",
                      style="Heading 2")
    doc.add_paragraph(
        "The action for this area (publishing LGBF results with commentary "
        "on the council website) was completed and closed by the Committee "
        "in September 2024 and is not reported further.")
    doc.add_paragraph("Sign-off", style="Heading 3")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for i, row in enumerate([("Approved by", "Role", "Date"),
                             ("Corporate Management Team", "Chief Executive",
                              "10 March 2025")]):
        for j, v in enumerate(row):
            set_cell(s.cell(i, j), v, bold=(i == 0))
    doc.save(os.path.join(HERE, DGC_FILE))


# ---------------------------------------------------------------------------
# 6. Basildon BC - RSH consumer standards housing improvement plan (csv)
# ---------------------------------------------------------------------------
BBC_FILE = ("fy2-basildon-bc-rsh-consumer-standards-housing-improvement-"
            "plan.csv")
BBC_TITLE = ("Basildon Borough Council – Housing Improvement Plan: "
             "Consumer Standards")
SQ = "Safety and Quality Standard"
TIA = "Transparency, Influence and Accountability Standard"
BBC_ROWS = [
    ("HIP-01", SQ, "Stock quality – accurate, up-to-date data on the "
     "condition of every home",
     "Commission stock condition surveys for the 30% of homes without a "
     "survey in the last five years", "Asset Manager", "01/04/2024",
     "31/03/2025", "30/09/2025", "A",
     "Surveys 78% complete; contractor capacity increased from May."),
    ("HIP-02", SQ, "Stock quality – accurate, up-to-date data on the "
     "condition of every home",
     "Load all survey data into the asset management system and reconcile "
     "it with the housing management system",
     "Asset Manager; Systems and Data Lead", "01/10/2024", "31/12/2025", "",
     "G", "Data load scheduled after survey completion."),
    ("HIP-03", SQ, "Health and safety – meet all legal requirements for "
     "gas, electrical, fire, water, asbestos and lift safety",
     "Clear all overdue high and medium priority fire risk assessment "
     "actions", "Compliance Manager", "01/04/2024", "31/12/2024",
     "31/03/2025", "B", "All 412 overdue actions completed by 21/03/2025."),
    ("HIP-04", SQ, "Health and safety – meet all legal requirements for "
     "gas, electrical, fire, water, asbestos and lift safety",
     "Complete electrical installation condition reports (EICRs) for every "
     "home without a certificate dated within the last five years, "
     "prioritising blocks with communal areas",
     "Compliance Manager & Electrical Services Team Leader", "01/06/2024",
     "30/09/2025", "", "G", "EICR compliance 91.4% at end of June."),
    ("HIP-05", SQ, "Repairs – an effective, efficient and timely repairs "
     "service",
     "Reduce the backlog of responsive repairs older than 28 days to below "
     "500 jobs", "Head of Housing Property Services", "01/07/2024",
     "31/03/2025", "31/12/2025", "R",
     "Backlog at 1,140 jobs; recovery plan agreed with the contractor."),
    ("HIP-06", TIA, "Engagement – tenants can influence decisions and "
     "scrutinise performance",
     "Set up a Tenant Scrutiny Panel with terms of reference co-designed "
     "with tenants", "Tenant Engagement Manager", "01/09/2024", "31/01/2025",
     "", "B", "Panel met for the first time on 16/01/2025."),
    ("HIP-07", TIA, "Performance information – Tenant Satisfaction "
     "Measures published and understood",
     "Publish the 2024/25 Tenant Satisfaction Measures and an annual report "
     "to tenants in accessible formats",
     "Tenant Engagement Manager / Performance and Insight Manager",
     "01/04/2025", "30/09/2025", "", "G",
     "TSM survey closed 31/05/2025.\nDraft annual report with the Tenant "
     "Scrutiny Panel."),
    ("HIP-08", "Tenancy Standard", "Allocations – fair and transparent "
     "allocation of homes",
     "Review the Housing Allocations Policy, including the approach to "
     "transfers and under-occupation, and consult tenants on the changes",
     "Head of Housing Needs", "01/05/2025", "Q4 2025/26", "", "G",
     "Consultation plan agreed with Cabinet Member."),
]


def build_bbc():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([BBC_TITLE] + [""] * 9)
    w.writerow(["Export from Housing Improvement Programme tracker – "
                "30/06/2025"] + [""] * 9)
    w.writerow(["RAG key: B = Complete; G = On track; A = At risk; "
                "R = Off track"] + [""] * 9)
    w.writerow([""] * 10)
    w.writerow(["ID", "Consumer standard", "Required outcome",
                "Improvement action", "Action owner", "Start date",
                "Due date", "Revised due date", "RAG", "Latest update"])
    for row in BBC_ROWS:
        w.writerow(row)
    w.writerow([""] * 10)
    w.writerow(["Totals", "", "", "8 actions", "", "", "", "",
                "B 2 / G 4 / A 1 / R 1", ""])
    with open(os.path.join(HERE, BBC_FILE), "w", encoding="utf-8",
              newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Hastings BC - LGA corporate peer challenge action plan (txt, tab)
# ---------------------------------------------------------------------------
HBC_FILE = "fy2-hastings-bc-corporate-peer-challenge-action-plan.txt"
HBC_TITLE = ("Hastings Borough Council – LGA Corporate Peer Challenge "
             "Action Plan")
HBC_RECS = [
    ("R1", "Recommendation 1: Develop a clear, prioritised Corporate Plan for "
     "2025–28 with measurable outcomes, aligned to the Medium Term Financial "
     "Strategy", [
         ("1.1", "Hold cross-party member workshops to agree the Council’s "
          "priorities", "Chief Executive", "November 2024", "B",
          "Three workshops held in October and November 2024."),
         ("1.2", "Adopt the Corporate Plan 2025–28 and a performance "
          "framework with quarterly reporting to Cabinet",
          "Chief Executive / Leader of the Council", "February 2025", "B",
          "Adopted by Full Council on 19 February 2025."),
     ]),
    ("R2", "Recommendation 2: Take urgent action to close the budget gap and "
     "reduce the reliance on reserves, including the cost of temporary "
     "accommodation", [
         ("2.1", "Deliver the temporary accommodation acquisitions programme "
          "to reduce nightly-paid bed and breakfast placements",
          "Head of Housing and Built Environment", "March 2026", "A",
          "41 of 60 homes purchased; completions slower than planned."),
         ("2.2", "Agree a savings and income programme for 2025/26 to "
          "2027/28 with a named lead for each proposal",
          "Deputy Chief Executive (S151 Officer)", "Q3 2025/26", "G",
          "Programme board meeting monthly."),
     ]),
    ("R3", "Recommendation 3: Strengthen the council’s governance "
     "arrangements, including the forward plan, member training and the "
     "role of overview and scrutiny", [
         ("3.1", "Publish a 12-month forward plan of key decisions and "
          "review it monthly at Corporate Management Team",
          "Monitoring Officer; Democratic Services Manager",
          "September 2024", "B", "Forward plan published monthly since "
          "September 2024."),
         ("3.2", "Deliver a member development programme covering finance, "
          "scrutiny and code of conduct training",
          "Democratic Services Manager", "Ongoing", "G",
          "Eight sessions delivered; attendance reported to Group Leaders."),
     ]),
    ("R4", "Recommendation 4: Build organisational capacity to deliver the "
     "regeneration programme and the Town Deal", [
         ("4.1", "Carry out a capacity review of the Regeneration team and "
          "agree the resources needed to deliver the Town Deal projects",
          "Director of Place", "Jan-25", "R",
          "Review delayed by interim management arrangements."),
         ("4.2", "Set up a Regeneration Programme Board with quarterly "
          "highlight reports to Cabinet", "Director of Place", "July 2025",
          "G", "Terms of reference drafted."),
     ]),
]


def hbc_lines():
    out = [HBC_TITLE,
           "Progress update for Cabinet – 2 June 2025",
           "",
           "RAG: B = complete   G = on track   A = some slippage   "
           "R = off track",
           "",
           "\t".join(["Ref", "Recommendation / action", "Lead", "Timescale",
                      "RAG", "Update"])]
    for rref, rtext, acts in HBC_RECS:
        out.append("\t".join([rref, rtext, "", "", "", ""]))
        for a in acts:
            out.append("\t".join(a))
    out += ["", "Next update: Overview and Scrutiny Committee, September "
            "2025"]
    return out


def build_hbc():
    with open(os.path.join(HERE, HBC_FILE), "w", encoding="utf-8",
              newline="") as f:
        f.write("\r\n".join(hbc_lines()) + "\r\n")


if __name__ == "__main__":
    build_escc()
    build_cfrs()
    build_gbc()
    build_dcc()
    build_dgc()
    build_bbc()
    build_hbc()
    print("built 7 files in", HERE)
