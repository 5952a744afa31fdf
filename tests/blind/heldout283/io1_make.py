"""Build the seven io1- test files (set heldout283): children's services plans.

Run with: /work/main/.venv/bin/python io1_make.py
Writes the data files beside this script. The .expected.yaml files are written separately
(by hand-checked reading), not by this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "0070C0",
    "G": "00B050",
    "A": "FFC000",
    "R": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color=hex6, end_color=hex6)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Redcar & Cleveland – ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
RC_TITLE = "Children and Families Improvement Plan 2025–26"
RC_THEMES = [
    ("Theme 1: Homes and stability for children in care",
     "The sufficiency of homes for children in care, so that fewer children live in unregistered "
     "children's homes and more children live in a home that meets their needs.",
     [
         ("1.1", "Open two new council-run children's homes (six beds in total) and register them with Ofsted.",
          "Head of Service – Resources and Sufficiency", d(2025, 6, 30), d(2025, 11, 30), "A", "A",
          "Home 1 (Eston) registered 4 August 2025. Home 2 build delayed by contractor; Ofsted registration visit booked for November.",
          "Ofsted registration certificate (Home 1)"),
         ("1.2", "Deliver a targeted foster carer recruitment campaign with the Tees Valley fostering hub, focused on carers for teenagers and brothers and sisters.",
          "Fostering Service Manager / Communications Lead", d(2025, 9, 30), None, "G", "B",
          "Campaign ran May–September. 23 enquiries, 7 assessments started, 2 households approved at panel.",
          "Campaign evaluation report"),
         ("1.3", "Weekly Placement Sufficiency Panel, chaired by the Director of Children's Services, to review the plan for every child living in unregistered provision.",
          "Director of Children's Services", "Weekly – ongoing", None, "G", "G",
          "Panel meeting weekly since January. Children in unregistered provision reduced from 11 to 6.",
          "Panel minutes; tracker"),
     ]),
    ("Theme 2: Quality of plans for children in need of help and protection",
     "The quality of plans for children in need and children subject to child protection plans, so that "
     "plans are specific, measurable and understood by parents.",
     [
         ("2.1", "Relaunch the practice standard for SMART plans and deliver workshops to all Children in Need and Child Protection teams.",
          "Principal Social Worker", d(2025, 5, 31), None, "G", "B",
          "Workshops completed for all 9 teams (112 staff). Standard published on the practice hub.",
          "Attendance records"),
         ("2.2", "Monthly thematic audit of plans, with findings and learning reported to the Quality Assurance and Performance Board.",
          "Head of Quality Assurance and Safeguarding", "Monthly", None, "A", "G",
          "Audits June–August: 58% of plans graded good or better (March: 41%).",
          "Audit summaries"),
     ]),
    ("Theme 3: Management oversight and supervision",
     "Frontline management oversight and supervision, so that drift and delay in children's plans are "
     "identified and addressed.",
     [
         ("3.1", "Implement the revised supervision policy and recording template, with a quarterly dip-sample audit of supervision records.",
          "Service Manager (Assessment and Safeguarding)", d(2025, 7, 31), d(2025, 12, 31), "A", "R",
          "Template not yet live in Liquidlogic – system change request outstanding. Escalated to Improvement Board.",
          ""),
         ("3.2", "Launch the Team Manager development programme (cohort 1, 14 managers) with Teesside University.",
          "Workforce Development Manager; HR Business Partner", "Q3 2025/26", None, "G", "A",
          "Programme content agreed; start moved from September to November because of university timetable.",
          "Programme outline"),
     ]),
    ("Theme 4: Care leavers",
     "The range and suitability of accommodation for care leavers aged 18 to 21.",
     [
         ("4.1", "Agree a care leaver accommodation pathway with Housing Services, including a ring-fenced quota of social tenancies each year.",
          "Head of Service – Children in Care and Care Leavers", "31/03/2026", None, None, None,
          "Action due to start October 2025 once the review of the Housing Allocations Policy concludes.",
          ""),
         ("4.2", "Extend the Staying Close offer to young people leaving residential care.",
          "Care Leavers Team Manager", d(2025, 12, 31), None, "G", "G",
          "Two young people supported through Staying Close; DfE grant confirmed to March 2027.",
          "DfE grant letter"),
     ]),
]


def make_redcar(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Redcar & Cleveland Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = RC_TITLE
    ws["A2"].font = Font(bold=True, size=16, color="1F3864")
    ws["A3"] = ("Response to the Ofsted Inspection of Local Authority Children's Services (ILACS), "
                "2–13 December 2024")
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    rows = [
        ("1.0", "06/03/2025", "Head of Performance and Improvement", "Plan submitted to Ofsted"),
        ("1.1", "19/06/2025", "Head of Performance and Improvement",
         "Q1 progress; target dates revised for actions 1.1 and 3.1"),
        ("1.2", "18/09/2025", "Head of Performance and Improvement", "Q2 progress update for Improvement Board"),
    ]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
    for r, row in enumerate(rows, 7):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and impact evidenced"),
           ("G", "On track"),
           ("A", "Some slippage – mitigation in place"),
           ("R", "Off track – escalated to the Improvement Board")]
    for i, (k, txt) in enumerate(key, 12):
        ws.cell(row=i, column=1, value=k).fill = fill(FILL[k])
        ws.cell(row=i, column=1).font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        ws.cell(row=i, column=2, value=txt)
    ws["A17"] = ("Governance: progress is reported monthly to the Children's Services Improvement Board "
                 "(independent chair) and quarterly to Cabinet.")
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 36
    ws.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = RC_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position as at 18 September 2025 – Children's Services Improvement Board"
    ws.merge_cells("A2:J2")
    heads = ["Ref", "Ofsted area for improvement", "Action", "Lead officer", "Original target date",
             "Revised target date", "RAG Jun-25", "RAG Sep-25", "Progress update (September 2025)",
             "Evidence"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for theme, afi, acts in RC_THEMES:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(row=r, column=c).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        first = r
        for (ref, action, lead, orig, rev, prev, cur, upd, ev) in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=lead)
            for col, val in ((5, orig), (6, rev)):
                cell = ws.cell(row=r, column=col, value=val)
                if isinstance(val, dt.datetime):
                    cell.number_format = "mmm-yy"
            for col, val in ((7, prev), (8, cur)):
                cell = ws.cell(row=r, column=col, value=val)
                if val:
                    cell.fill = fill(FILL[val])
                    cell.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=9, value=upd)
            ws.cell(row=r, column=10, value=ev or None)
            for c in range(1, 11):
                ws.cell(row=r, column=c).border = BOX
                if c not in (7, 8):
                    ws.cell(row=r, column=c).alignment = WRAP
            r += 1
        ws.cell(row=first, column=2, value=afi).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1,
            value="Notes: revised target dates were agreed by the Improvement Board on 19 June 2025. "
                  "Evidence is held on the Children's Improvement SharePoint site.").font = Font(italic=True)
    widths = [6, 38, 52, 28, 12, 12, 9, 9, 48, 24]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("RAG Summary")
    ws["A1"] = "RAG summary – September 2025"
    ws["A1"].font = Font(bold=True)
    heads = ["Theme", "Actions", "Blue", "Green", "Amber", "Red", "Not rated"]
    for c, h in enumerate(heads, 1):
        ws.cell(row=3, column=c, value=h).font = Font(bold=True)
    counts = []
    for theme, _afi, acts in RC_THEMES:
        cur = [a[6] for a in acts]
        counts.append([theme, len(acts), cur.count("B"), cur.count("G"), cur.count("A"),
                       cur.count("R"), cur.count(None)])
    for i, row in enumerate(counts, 4):
        for c, v in enumerate(row, 1):
            ws.cell(row=i, column=c, value=v)
    tot = 4 + len(counts)
    ws.cell(row=tot, column=1, value="Total").font = Font(bold=True)
    for c in range(2, 8):
        col = chr(64 + c)
        ws.cell(row=tot, column=c, value=f"=SUM({col}4:{col}{tot - 1})").font = Font(bold=True)
    ws.column_dimensions["A"].width = 60
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Brent – local area SEND priority action plan (xlsx, status by fill colour)
# ---------------------------------------------------------------------------
BR_API = [
    ("API 1", "Area for priority action 1",
     "Leaders across education, health and care should urgently improve the timeliness and quality of "
     "education, health and care (EHC) needs assessments and plans, so that children and young people's "
     "needs are accurately identified and met without delay.",
     [
         ("1.1", "Recruit additional capacity to clear the backlog of EHC needs assessments:\n"
                 "- 6 EHC coordinators (fixed term)\n- 2 locum educational psychologists",
          "Head of SEND (LBB)", "Feb 2025", d(2025, 7, 31), "B",
          "Backlog of 214 assessments cleared by end of July 2025.",
          "All posts filled April 2025. Backlog cleared."),
         ("1.2", "Introduce a multi-agency quality assurance framework for EHC plans, with monthly moderation "
                 "panels including parent carers.",
          "Head of SEND (LBB)\nDesignated Clinical Officer (NWL ICB)", "Apr 2025", "Autumn term 2025", "G",
          "80% of new plans audited as good or better.",
          "Framework agreed June. Five moderation panels held; 68% good or better."),
         ("1.3", "Agree service level standards with health and social care for the return of advice within "
                 "6 weeks, with weekly compliance reporting.",
          "Designated Clinical Officer (NWL ICB); Children with Disabilities Service Manager", "Mar 2025",
          "Summer term 2025", "A",
          "95% of advice returned within 6 weeks.",
          "Standards signed off. Health advice 91%, social care advice 74% on time."),
         ("1.4", "Co-produce a new EHC plan template and guidance with Brent Parent Carer Forum.",
          "SEND Participation Lead and Brent Parent Carer Forum", "Jan 2026", "March 2026", None,
          "Parent carer feedback on new template.",
          "Not yet started – follows the QA framework."),
     ]),
    ("API 2", "Area for priority action 2",
     "Leaders in the integrated care board and health providers should reduce waiting times for "
     "neurodevelopmental (autism and ADHD) assessments and make sure that children, young people and "
     "their families receive effective support while they wait.",
     [
         ("2.1", "Commission additional neurodevelopmental assessment capacity from an independent provider to "
                 "reduce the waiting list for 5–18 year olds.",
          "Associate Director of Children's Commissioning (NWL ICB)", "Mar 2025", d(2025, 12, 31), "A",
          "Waiting list under 52 weeks for all children.",
          "Contract awarded July; 140 assessments completed. Longest wait now 96 weeks (was 131)."),
         ("2.2", "Launch the 'Waiting Well' support offer, including parent workshops and a single point of "
                 "contact for families on the waiting list.",
          "CLCH Head of Children's Therapies / SEND Local Offer Manager", "Feb 2025", d(2025, 6, 30), "B",
          "Families report they know where to get help.",
          "Launched May 2025. 310 families contacted."),
         ("2.3", "Publish monthly waiting list data to the SEND Partnership Improvement Board and on the Local Offer.",
          "NWL ICB Business Intelligence Team", "Apr 2025", "Ongoing – monthly", "G",
          "Data published each month.",
          "Published monthly since April."),
         ("2.4", "Train school SENCos in the needs-led support pathway for neurodivergent children.",
          "Brent Educational Psychology Service", "Sep 2025", "Summer term 2026", "R",
          "All schools have a trained SENCo.",
          "Training sessions cancelled twice; 9 of 78 schools trained."),
     ]),
]


def make_brent(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Overview"
    ws["A1"] = "Brent Local Area SEND Partnership"
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws["A2"] = "Priority Action Plan – Area SEND Inspection (January 2025)"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A4"] = ("Partnership: London Borough of Brent (LBB); NHS North West London Integrated Care Board "
                "(NWL ICB); Brent Parent Carer Forum")
    ws["A5"] = ("Senior Responsible Officers: Corporate Director, Children and Young People (LBB); "
                "Borough Director, Brent (NWL ICB)")
    ws["A6"] = "Governance: Brent SEND Partnership Improvement Board (monthly)"
    ws["A8"] = "Status key (cell colour)"
    ws["A8"].font = Font(bold=True)
    key = [("B", "Completed"), ("G", "On track"), ("A", "At risk – needs attention"),
           ("R", "Off track – escalated to the Improvement Board")]
    for i, (k, txt) in enumerate(key, 9):
        ws.cell(row=i, column=1).fill = fill(FILL[k])
        ws.cell(row=i, column=2, value=txt)
    ws["A14"] = "Version 4 – updated 10 October 2025 for the SEND Partnership Improvement Board"
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 50

    heads = ["No.", "Action", "Lead(s)", "Start", "Completion", "Status", "Impact measure",
             "Update October 2025"]
    for sheet, kind, text, acts in BR_API:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "Brent Local Area SEND Partnership – Priority Action Plan"
        ws["A1"].font = Font(bold=True, size=12, color="7030A0")
        ws.merge_cells("A1:H1")
        ws["A3"] = kind
        ws["A3"].font = Font(bold=True, color="FFFFFF")
        for c in range(1, 9):
            ws.cell(row=3, column=c).fill = fill("7030A0")
        ws.merge_cells("A3:H3")
        ws["A4"] = text
        ws["A4"].alignment = WRAP
        ws["A4"].font = Font(bold=True)
        ws.merge_cells("A4:H4")
        ws.row_dimensions[4].height = 48
        for c, h in enumerate(heads, 1):
            cell = ws.cell(row=6, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill("E4DFEC")
            cell.border = BOX
        r = 7
        for (no, action, lead, start, comp, status, impact, upd) in acts:
            vals = [no, action, lead, start, comp, None, impact, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if status:
                ws.cell(row=r, column=6).fill = fill(FILL[status])
            r += 1
        if sheet == "API 1":
            ws.cell(row=r + 1, column=1,
                    value="Note: at inspection 31% of EHC plans were issued within 20 weeks "
                          "(England average 50.3%).").font = Font(italic=True)
        for i, w in enumerate([6, 50, 30, 10, 14, 9, 30, 40]):
            ws.column_dimensions[chr(65 + i)].width = w

    ws = wb.create_sheet("Change log")
    for c, h in enumerate(["Date", "Change", "Agreed by"], 1):
        ws.cell(row=1, column=c, value=h).font = Font(bold=True)
    log = [("14/03/2025", "Plan submitted to Ofsted and CQC", "SEND Partnership Improvement Board"),
           ("11/07/2025", "Action 1.1 marked completed", "SEND Partnership Improvement Board"),
           ("10/10/2025", "October updates; action 2.4 escalated", "SEND Partnership Improvement Board")]
    for r, row in enumerate(log, 2):
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v)
    ws.column_dimensions["B"].width = 45
    ws.column_dimensions["C"].width = 36
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Enfield – children's home post-inspection action plan (xlsx) – REFUSE (row 15)
# ---------------------------------------------------------------------------
EN_TITLE = "Post-Inspection Action Plan: Ofsted Full Inspection of a Children's Home"


def make_enfield(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "London Borough of Enfield – Children's Residential Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = EN_TITLE
    ws["A2"].font = Font(bold=True, size=14, color="C00000")
    info = [("Setting", "Brookside House (residential and short breaks)"),
            ("URN", "SC040617"),
            ("Inspection dates", "8–9 July 2025"),
            ("Overall experiences and progress", "Requires improvement to be good"),
            ("Registered Manager", "Tanya Okoro"),
            ("Responsible Individual", "Head of Service – Children's Resources")]
    for r, (k, v) in enumerate(info, 4):
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.cell(row=r, column=3, value=v)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    heads = ["No.", "Regulation", "Requirement / recommendation (Ofsted)", "Ofsted due date",
             "Action we will take", "Lead", "Target date", "RAG"]

    def section(r, label):
        ws.cell(row=r, column=1, value=label).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = fill("C00000")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for c, h in enumerate(heads, 1):
            cell = ws.cell(row=r + 1, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill("F2DCDB")
            cell.border = BOX

    def put(r, vals, rag):
        for c, v in enumerate(vals, 1):
            if v is None:
                continue
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        for c in range(1, 9):
            ws.cell(row=r, column=c).border = BOX
        ws.cell(row=r, column=8, value=rag).fill = fill(FILL[rag])

    section(11, "Requirements")
    put(13, ["1", "Regulation 12 – the protection of children standard",
             "The registered person must ensure that each child's risk assessment and behaviour support "
             "plan are reviewed and updated after any significant incident.",
             d(2025, 9, 30),
             "Review and update every child's risk assessment and behaviour support plan after any incident, "
             "with manager sign-off within 72 hours.",
             "Registered Manager", "Sep-25"], "G")
    put(14, [None, None, None, None,
             "Deliver refresher training on recording physical intervention to all residential staff.",
             "Deputy Manager", "Aug-25"], "B")
    ws.merge_cells("A13:A14")
    ws.merge_cells("B13:B14")
    ws.merge_cells("C13:C14")
    ws.merge_cells("D13:D14")
    put(15, ["2", "Regulation 13 – the leadership and management standard",
             "The registered person must have effective systems to monitor the quality of records, "
             "including daily logs and incident records.",
             d(2025, 10, 31),
             "Introduce a monthly quality audit of daily logs and incident records, with findings shared "
             "at team meetings.",
             "Registered Manager / Responsible Individual", "0ct-2025"], "A")
    put(16, ["3", "Regulation 44 – independent person: visits and reports",
             "The registered person must ensure that the independent person's recommendations are "
             "responded to in writing within 28 days.",
             d(2025, 9, 30),
             "Add Regulation 44 recommendations to the home's development plan and track responses "
             "in supervision.",
             "Registered Manager", "Nov-25"], "G")
    section(18, "Recommendations")
    put(20, ["1", "Guide to the Children's Homes Regulations, paragraph 10.4",
             "Staff should receive training in supporting children who are at risk of exploitation.",
             None,
             "Book all staff onto the Enfield Safeguarding Children Partnership child exploitation course.",
             "Deputy Manager", "Dec-25"], "G")
    put(21, ["2", "Guide to the Children's Homes Regulations, paragraph 3.9",
             "Children's views should be recorded in their placement plans.",
             None,
             "Use a children's meeting each month and record each child's views in their placement plan.",
             "Key Workers", "Jan-26"], "A")
    ws.cell(row=23, column=1,
            value="Plan reviewed by the Responsible Individual on 12 September 2025. Next review: "
                  "Regulation 45 report, October 2025.").font = Font(italic=True)
    for i, w in enumerate([6, 26, 44, 12, 48, 24, 12, 7]):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------

def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_cell(cell, text, color=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 4. Wirral YJS – HMI Probation improvement plan (docx, one table per recommendation)
# ---------------------------------------------------------------------------
WY_TITLE = "Wirral Youth Justice Service: HMI Probation Inspection Improvement Plan"
WY_SECTIONS = [
    ("Section A – Recommendations for the Youth Justice Service Manager", [
        ("R1: Improve the quality of assessment and planning, so that they fully consider the risk of harm "
         "to others and how to keep the child and other people safe.", [
             ("1.1", "Deliver AssetPlus refresher training on risk of harm analysis for all case managers, "
                     "followed by practice observations.",
              "Practice Development Manager and Team Managers", "Sept 2024 – March 2025",
              "Training delivered to 21 of 23 case managers; observations under way.", "G"),
             ("1.2", "Introduce a monthly multi-agency Risk and Safety Panel for all children assessed as high "
                     "or very high risk of harm.",
              "YJS Service Manager", "Nov 2024",
              "Panel established November 2024 with police, CAMHS and children's social care.", "B"),
             ("1.3", "Audit 10 cases each quarter against the HMIP standards for assessment and planning, and "
                     "report the findings to the Management Board.",
              "Quality Assurance Lead", "Quarterly",
              "Q3 audit: 7 of 10 assessments sufficient on risk of harm (inspection: 4 of 10).", ""),
         ]),
        ("R2: Make sure that the needs and wishes of victims are consistently considered and that victims "
         "are offered restorative justice.", [
             ("2.1", "Review the victim contact process so that every victim is contacted within 10 working "
                     "days of the outcome.",
              "Restorative Justice Coordinator", "31 Jan 2025",
              "Process revised; 76% contacted within 10 days in January.", "A"),
             ("2.2", "Include victim safety in every AssetPlus plan and in the case management oversight "
                     "checklist.",
              "Team Managers", "Dec 2024 (revised April 2025)",
              "Checklist amended; dependent on AssetPlus template change by the YJB.", "A"),
         ]),
    ]),
    ("Section B – Recommendations for the Wirral Youth Justice Management Board", [
        ("R3: Make sure that all statutory partners attend and contribute to the Management Board, and "
         "that Board members understand the work of the service.", [
             ("3.1", "Refresh the Board terms of reference and membership, with named deputies for each "
                     "statutory partner.",
              "Chair of YJMB / Head of Early Help and Prevention", "Oct 2024",
              "New terms of reference agreed 17 October 2024.", "B"),
             ("3.2", "Deliver an induction programme and annual practice visits for all Board members.",
              "YJS Service Manager", "By end of Q4 2024/25",
              "Induction held for 9 members; practice visits booked for March.", "G"),
         ]),
        ("R4: Improve access to education, training and employment and to speech and language therapy "
         "for children known to the service.", [
             ("4.1", "Agree a protocol with the Virtual School and the Wirral Inclusion Service so that every "
                     "child has an education assessment within 20 working days.",
              "Head of Virtual School; YJS Education Officer", "March 2025",
              "Protocol drafted but not agreed – escalated to the Board.", "R"),
             ("4.2", "Commission a dedicated speech and language therapist for the YJS through Cheshire and "
                     "Merseyside ICB.",
              "Head of Children's Commissioning (Cheshire and Merseyside ICB)", "Sept 2025",
              "Funding agreed; recruitment starts April 2025.", "A"),
             ("4.3", "Report education outcomes for children known to the YJS to every Board meeting.",
              "Performance and Information Officer", "Every Board meeting",
              "Standing item from January 2025.", "G"),
         ]),
    ]),
]


def make_wirral(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(WY_TITLE, style="Title")
    doc.add_paragraph("Inspection fieldwork: 3–7 June 2024 | Report published: 27 August 2024 | "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        bold_cell(c, h)
    for row in [("1.0", "18/10/2024", "YJS Service Manager", "Youth Justice Management Board"),
                ("2.0", "21/02/2025", "YJS Service Manager", "Youth Justice Management Board")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("RAG key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, txt in [("B", "Action complete"), ("G", "On track to deliver by the target date"),
                   ("A", "Risk to delivery – mitigation in place"),
                   ("R", "Will not be delivered by the target date")]:
        cells = t.add_row().cells
        cells[0].text = {"B": "Blue", "G": "Green", "A": "Amber", "R": "Red"}[k]
        shade(cells[0], FILL[k])
        cells[1].text = txt
    doc.add_paragraph("RAG ratings are as agreed at the Youth Justice Management Board on 21 February 2025.")

    heads = ["Ref", "Action", "Owner", "By when", "Progress (February 2025)", "RAG"]
    for section, recs in WY_SECTIONS:
        doc.add_paragraph(section, style="Heading 1")
        for rec, acts in recs:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            m = t.rows[0].cells[0].merge(t.rows[0].cells[5])
            bold_cell(m, rec)
            shade(m, "D9D9D9")
            for c, h in zip(t.rows[1].cells, heads):
                bold_cell(c, h)
            for ref, action, owner, when, prog, rag in acts:
                cells = t.add_row().cells
                for c, v in zip(cells[:5], [ref, action, owner, when, prog]):
                    c.text = v
                if rag:
                    cells[5].text = rag
                    shade(cells[5], FILL[rag])
                else:
                    shade(cells[5], FILL["G"])
            doc.add_paragraph("")
    doc.add_paragraph("Next review: Youth Justice Management Board, May 2025.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Foster Wales Pembrokeshire – CIW fostering inspection improvement plan (docx)
# ---------------------------------------------------------------------------
PF_TITLE = "Improvement Plan following the CIW inspection of Pembrokeshire County Council Fostering Service"
PF_THEMES = [
    ("Well-being", [
        ("Reg. 13 – Information for children",
         "Children did not always receive information about their foster family before they moved in.", [
             ("Make sure every fostering household has an up-to-date 'All about us' profile to share with "
              "children before they move in.",
              "Family Finding Team", "December 2024",
              "41 of 66 households have a profile. Template translated into Welsh.", "Amber"),
         ]),
    ]),
    ("Care and Support", [
        ("Reg. 27 – Review of foster parents",
         "Annual reviews of foster parents' approval were not always completed within the required timescale.", [
             ("Create a tracker of all annual review due dates, monitored monthly by the Team Manager.",
              "Fostering Team Manager", "31/05/2024",
              "Tracker in place from May 2024.", "Completed"),
             ("Complete all overdue annual reviews and present them to the Fostering Panel.",
              "Senior Practitioners (Fostering)", "End of September 2024",
              "12 of 17 overdue reviews completed; remaining 5 booked for October panel.", "Amber"),
         ]),
        ("Reg. 33 – Safeguarding",
         "Safer caring plans were not always updated when a new child was placed or when circumstances changed.", [
             ("Revise the safer caring policy and template, and update every household's plan at each new "
              "placement and at review.",
              "Supervising Social Workers", "October 2024",
              "Policy revised and agreed; plans being updated at placement and review.", "Green"),
         ]),
    ]),
    ("Leadership and Management", [
        ("Reg. 8 – Oversight of the service",
         "The quality of care review did not include the views of children, foster parents and stakeholders.", [
             ("Consult children, foster parents and partner agencies every six months and use their views in "
              "the quality of care report.",
              "Responsible Individual & Fostering Team Manager", "Six-monthly",
              "Surveys issued July 2024; 58 responses.", "Green"),
             ("Publish the 2024/25 quality of care report.",
              "Responsible Individual", "October 2024 – March 2025",
              "Data collection started.", "On track"),
         ]),
        ("Reg. 16 – Supervision and training",
         "Not all foster parents had completed mandatory training within the required timescale.", [
             ("Offer the mandatory training programme on weekday evenings and Saturdays, and online through "
              "Social Care Wales.",
              "Training and Development Officer (Fostering)", "31/12/2024",
              "Evening sessions not yet arranged – trainer vacancy.", "Red"),
             ("Record training completion on WCCIS and discuss it at every supervisory visit.",
              "Supervising Social Workers", "Monthly",
              "Standing item on supervision template.", "Green"),
         ]),
    ]),
]


def make_pembrokeshire(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Foster Wales Pembrokeshire")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor.from_string("00A19A")
    doc.add_paragraph(PF_TITLE, style="Heading 1")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service", "Pembrokeshire County Council Fostering Service (Foster Wales Pembrokeshire)"),
                 ("Inspection dates", "12–16 February 2024"),
                 ("Report published", "9 April 2024"),
                 ("Responsible Individual", "Director of Social Services and Housing"),
                 ("Plan owner", "Fostering Team Manager"),
                 ("Date of this update", "30 September 2024")]:
        cells = t.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("CIW identified the following areas for improvement. The actions below respond to each "
                      "of them and are monitored by the Children's Services Management Team.")
    doc.add_paragraph("Improvement plan", style="Heading 2")
    heads = ["Regulation", "Area for improvement", "Action", "Responsible officer", "Timescale",
             "Progress update", "RAG"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        bold_cell(c, h, "FFFFFF")
        shade(c, "00A19A")
    for theme, afis in PF_THEMES:
        cells = t.add_row().cells
        m = cells[0].merge(cells[6])
        bold_cell(m, theme)
        shade(m, "DAEEF3")
        for reg, afi, acts in afis:
            first = None
            for i, (action, who, when, prog, rag) in enumerate(acts):
                cells = t.add_row().cells
                if i == 0:
                    cells[0].text = reg
                    cells[1].text = afi
                    first = cells
                for c, v in zip(cells[2:], [action, who, when, prog, rag]):
                    c.text = v
            if len(acts) > 1:
                last = t.rows[len(t.rows) - 1].cells
                first[0].merge(last[0])
                first[1].merge(last[1])
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Completed – action finished; Green / On track – progressing as planned; "
                      "Amber – some delay; Red – not on track.")
    doc.add_paragraph("Sign-off", style="Heading 2")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Name / role", "Signature", "Date"]):
        bold_cell(c, h)
    for c, v in zip(t.rows[1].cells, ["Head of Children's Services", "(signed)", "30/09/2024"]):
        c.text = v
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. St Helens – corporate parenting board action plan (csv)
# ---------------------------------------------------------------------------
SH_TITLE = "St Helens Borough Council – Corporate Parenting Board Action Plan 2025-26"
SH_PLEDGES = [
    ("Pledge 1: You will have a safe, stable and loving home", [
        ("CP1.1", "Recruit 15 new in-house fostering households through the 2025 recruitment campaign.",
         "Fostering Service Manager", "Mar-26", "A", "6 approved to date; 5 in assessment."),
        ("CP1.2", "Hold a placement stability meeting within 5 working days when any child is at risk of their "
                  "home ending.",
         "Head of Service Children in Care", "Ongoing", "G", "31 meetings held April–October."),
    ]),
    ("Pledge 2: We will help you to do well at school and in training", [
        ("CP2.1", "Every child in care to have a good-quality Personal Education Plan (PEP) reviewed each term.",
         "Virtual School Head", "Termly", "G", "Autumn PEP completion 94%."),
        ("CP2.2", "Ring-fence council apprenticeships for care leavers:\n- 6 places in 2025/26\n"
                  "- guaranteed interview scheme",
         "HR Manager & Leaving Care Team Manager", "30/11/2025", "Complete",
         "6 apprentices started in September."),
    ]),
    ("Pledge 3: We will listen to you and act on what you tell us", [
        ("CP3.1", "Children in Care Council to attend and co-chair every other Corporate Parenting Board.",
         "Participation Officer / Chair of the Board", "Dec-25", "G", "Co-chaired July and November Boards."),
        ("CP3.2", "Refresh 'Our Promise' with children and young people and publish a young-person-friendly "
                  "version.",
         "Participation Officer", "Jan 2026", "A", "Consultation sessions held in September;"),
    ]),
    ("Pledge 4: We will support you to become independent", [
        ("CP4.1", "Extend council tax exemption to care leavers living outside St Helens up to age 25.",
         "Director of Finance", "Q4 2025/26", "R", "Awaiting decision on the 2026/27 council tax support scheme."),
        ("CP4.2", "Launch the care leaver health passport with Mersey and West Lancashire Teaching Hospitals.",
         "Designated Nurse for Children in Care; Leaving Care Team Manager", "Sept 2025", "Complete",
         "Launched at Care Leavers Week event."),
        ("CP4.3", "Every care leaver aged 18-21 to have a pathway plan reviewed at least every 6 months.",
         "Leaving Care Team Manager", "Ongoing", "", "New action – first audit due January 2026."),
    ]),
]


def make_sthelens(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([SH_TITLE])
        w.writerow(["Progress update for the Corporate Parenting Board, 13 November 2025"])
        w.writerow([])
        w.writerow(["Pledge", "Ref", "Action", "Lead(s)", "Due by", "RAG", "Progress / comments"])
        for pledge, acts in SH_PLEDGES:
            for i, (ref, action, lead, due, rag, upd) in enumerate(acts):
                w.writerow([pledge if i == 0 else "", ref, action, lead, due, rag, upd])
                if ref == "CP3.2":
                    w.writerow(["", "", "", "", "", "", "design work with young people moved to December."])
        w.writerow([])
        w.writerow(["RAG key: G = on track; A = some delay; R = off track; Complete = action achieved"])
        w.writerow(["Summary: 9 actions – Complete 2, Green 3, Amber 2, Red 1, not yet rated 1"])


# ---------------------------------------------------------------------------
# 7. Havering SCP – neglect strategy action plan (tab-separated text export)
# ---------------------------------------------------------------------------
HV_TITLE = "Multi-Agency Neglect Strategy 2024-2027 – Year 2 Action Plan (2025/26)"
HV_PRIORITIES = [
    ("PRIORITY 1 – Recognising neglect early", [
        ("Objective 1.1: Practitioners in all agencies recognise the signs of neglect and act early", [
            ("1.1.1", "Roll out Graded Care Profile 2 (GCP2) training to a further 120 practitioners across "
                      "health, education and early help.",
             "HSCP Learning and Development Lead", "Apr 2025 – Mar 2026", "G", "78 practitioners trained to date."),
            ("1.1.2", "Launch a neglect screening tool for schools and early years settings.",
             "Education Safeguarding Lead; Early Years Quality Manager", "Jun-25", "Complete",
             "Launched at the DSL forum on 12/06/25."),
        ]),
        ("Objective 1.2: Children at risk of neglect receive early help at the right time", [
            ("1.2.1", "Introduce neglect as a standing theme in the Early Help multi-agency allocation meeting.",
             "Early Help Service Manager (LBH)", "By 31 December 2025", "A", "Pilot in North locality from October."),
            ("1.2.2", "Share health visiting data on families where neglect is identified with Early Help each "
                      "month.",
             "NELFT Head of 0-19 Services", "Quarterly", "G", ""),
        ]),
    ]),
    ("PRIORITY 2 – Effective help and protection", [
        ("Objective 2.1: Plans for neglected children lead to lasting change", [
            ("2.1.1", "Multi-agency audit of 20 child protection plans under the category of neglect, reporting "
                      "to the Quality Assurance sub-group.",
             "HSCP Business Manager and Head of Safeguarding (LBH)", "November 2025", "A",
             "Audit tool agreed; case sample drawn."),
            ("2.1.2", "Develop practice guidance on cumulative harm and drift in neglect cases.",
             "Principal Social Worker", "September 2025", "R", "Draft out for consultation with partners."),
        ]),
    ]),
    ("PRIORITY 3 – Learning and assurance", [
        ("Objective 3.1: The partnership knows how well it responds to neglect", [
            ("3.1.1", "Add neglect measures (GCP2 use, child protection plans for neglect lasting over 2 years) "
                      "to the HSCP performance dashboard.",
             "HSCP Performance Analyst", "Jul-25", "B", "On the dashboard from Q1."),
            ("3.1.2", "Run a neglect learning week with briefings from the local child safeguarding practice "
                      "review on Child D.",
             "HSCP Learning and Development Lead", "TBC", "", "Dates to be set with the Independent Scrutineer."),
        ]),
    ]),
]


def make_havering(path):
    lines = ["Havering Safeguarding Children Partnership",
             HV_TITLE,
             "Status as at 30 September 2025 – for the HSCP Executive, 16 October 2025",
             ""]
    for prio, objs in HV_PRIORITIES:
        lines.append(prio)
        for obj, acts in objs:
            lines.append(obj)
            lines.append("\t".join(["Ref", "Action", "Lead agency / officer", "Timescale", "RAG", "Update"]))
            for a in acts:
                lines.append("\t".join(a))
        lines.append("")
    lines.append("Note: RAG – B = complete; G = on track; A = at risk; R = off track.")
    lines.append("LBH = London Borough of Havering; NELFT = North East London NHS Foundation Trust; "
                 "HSCP = Havering Safeguarding Children Partnership.")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


FILES = {
    "io1-redcar-cleveland-council-ilacs-improvement-plan.xlsx": make_redcar,
    "io1-brent-local-area-send-priority-action-plan.xlsx": make_brent,
    "io1-enfield-council-childrens-home-ofsted-action-plan-typo-month-refuse.xlsx": make_enfield,
    "io1-wirral-youth-justice-service-hmip-improvement-plan.docx": make_wirral,
    "io1-foster-wales-pembrokeshire-ciw-fostering-inspection-improvement-plan.docx": make_pembrokeshire,
    "io1-st-helens-corporate-parenting-board-action-plan.csv": make_sthelens,
    "io1-havering-safeguarding-children-partnership-neglect-strategy-action-plan.txt": make_havering,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
