#!/usr/bin/env python
"""Build the seven mw2- blind test files (set heldout395).

Run with /work/main/.venv/bin/python mw2_make.py ; files are written beside this script.
"""
import csv
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def put(ws, ref, value, bold=False, bg=None, fmt=None, color=None, size=None):
    c = ws[ref]
    c.value = value
    c.alignment = WRAP
    c.border = BOX
    if bold or color or size:
        c.font = Font(bold=bold, color=color, size=size)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    return c


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def cell_text(cell, text, bold=False):
    """Write text into a docx cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    p.text = ""
    r = p.add_run(parts[0])
    r.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold


# ===================================================================== 1
def bexley_asc():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 60
    cov["A1"] = "London Borough of Bexley"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Adult Social Care – CQC Local Authority Assessment Improvement Plan 2025/26"
    cov["A2"].font = Font(bold=True, size=12)
    rows = [
        ("Overall CQC rating:", "Requires improvement (assessment report published 28 February 2025)"),
        ("Plan owner:", "Director of Adult Social Care"),
        ("Reporting to:", "ASC Improvement Board (monthly); Health and Adult Social Care Scrutiny Committee (quarterly)"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A8"] = "Version control"
    cov["A8"].font = Font(bold=True)
    for col, h in zip("ABCD", ["Version", "Date", "Author", "Summary of changes"]):
        put(cov, f"{col}9", h, bold=True, bg="D9D9D9")
    vc = [
        ("1.0", datetime(2025, 4, 17), "ASC Improvement Lead", "Plan agreed by Cabinet"),
        ("1.1", datetime(2025, 7, 4), "ASC Improvement Lead", "June RAG update"),
        ("1.2", datetime(2025, 10, 6), "ASC Improvement Lead",
         "September RAG update; revised dates agreed at Improvement Board"),
    ]
    for r, row in enumerate(vc, start=10):
        for col, v in zip("ABCD", row):
            put(cov, f"{col}{r}", v, fmt="dd/mm/yyyy" if col == "B" else None)
    cov["A15"] = "RAG key"
    cov["A15"].font = Font(bold=True)
    key = [
        (BLUE, "Complete – evidence of impact provided to the Improvement Board"),
        (GREEN, "On track"),
        (AMBER, "At risk – mitigation in place"),
        (RED, "Off track – escalated to DMT"),
        (None, "Not yet started"),
    ]
    for r, (bg, txt) in enumerate(key, start=16):
        put(cov, f"A{r}", None, bg=bg)
        cov.merge_cells(f"B{r}:D{r}")
        put(cov, f"B{r}", txt)

    ws = wb.create_sheet("Improvement Plan")
    widths = [7, 20, 34, 46, 26, 11, 11, 9, 9, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    ws.merge_cells("A1:J1")
    ws["A1"] = "Adult Social Care Improvement Plan – response to CQC assessment"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "RAG position as at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "CQC quality statement", "Area for improvement (what CQC told us)", "Action",
             "Lead officer", "Target date", "Revised date", "RAG Jun-25", "RAG Sep-25",
             "Progress update (September 2025)"]
    for i, h in enumerate(heads):
        put(ws, f"{'ABCDEFGHIJ'[i]}4", h, bold=True, bg="1F3864", color="FFFFFF")
    ws.freeze_panes = "A5"

    MY = "mmm-yy"
    plan = [
        ("theme", "Theme 1: Working with people"),
        ("qs", "Assessing needs",
         "People experienced long waits for Care Act assessments and reviews, and waiting lists were not consistently risk-rated.",
         [("1.1", "Implement a risk-rated waiting list protocol across all assessment teams, with weekly RAG review of everyone waiting more than 28 days.",
           "Head of Assessment and Care Management", datetime(2025, 6, 30), None, GREEN, BLUE,
           "Protocol live in all four teams from 2 June 2025; weekly review embedded."),
          ("1.2", "Recruit to six fixed-term social worker posts to clear the backlog of overdue annual reviews.",
           "Head of Assessment and Care Management / HR Business Partner", datetime(2025, 9, 30), datetime(2025, 12, 31), AMBER, AMBER,
           "Four of six posts filled; overdue reviews down from 1,140 to 790.")]),
        ("qs", "Supporting people to live healthier lives",
         "The offer of early help and prevention was not well understood by residents or partners.",
         [("1.3", "Refresh the Bexley care and support information and advice offer on the website, co-produced with the Bexley Voice user forum.",
           "Service Manager – Prevention and Wellbeing", datetime(2025, 12, 31), None, GREEN, GREEN,
           "Two co-production workshops held; new pages in user testing.")]),
        ("theme", "Theme 2: Providing support"),
        ("qs", "Care provision, integration and continuity",
         "Home care capacity in the south of the borough was limited and some people were placed in residential care while waiting for a package.",
         [("2.1", "Recommission the home care framework on a zoned basis with a guaranteed-hours model for the south of the borough.",
           "Head of Commissioning", datetime(2026, 3, 31), None, GREEN, AMBER,
           "Tender evaluation took longer than planned; contract award report to Cabinet in the new year."),
          ("2.2", "Introduce a weekly brokerage escalation meeting to track everyone awaiting a package of care for more than 7 days.",
           "Brokerage Team Manager", datetime(2025, 7, 31), None, GREEN, BLUE,
           "Meeting running since July; average wait now 4 days.")]),
        ("theme", "Theme 3: How the local authority ensures safety within the system"),
        ("qs", "Safeguarding",
         "Safeguarding concerns were not always screened within two working days and the quality of section 42 enquiries was inconsistent.",
         [("3.1", "Establish an adults triage rota in the Multi-Agency Safeguarding Hub (MASH) so that all concerns are screened within two working days.",
           "Head of Safeguarding Adults", datetime(2025, 6, 30), datetime(2025, 10, 31), RED, GREEN,
           "Rota agreed with police and health partners; 91% screened in timescale in September."),
          ("3.2", "Deliver a quarterly section 42 case file audit programme and report the findings to the Bexley Safeguarding Adults Board.",
           "Principal Social Worker", "Quarterly", None, None, GREEN,
           "First audit of 30 cases completed in August.")]),
        ("theme", "Theme 4: Leadership"),
        ("qs", "Governance, management and sustainability",
         "Performance information was not used consistently to drive improvement, and the directorate did not have a single view of risk.",
         [("4.1", "Launch a monthly ASC performance board with a single dashboard covering assessments, reviews, safeguarding and waiting times.",
           "Director of Adult Social Care; Head of Performance and Intelligence", datetime(2025, 4, 30), None, BLUE, BLUE,
           "Board meeting monthly since April 2025."),
          ("4.2", "Develop and publish an ASC workforce strategy 2025–2028, including a social work career progression framework.",
           "Workforce Development Manager", datetime(2026, 1, 31), None, AMBER, RED,
           "Draft delayed by the directorate restructure consultation; escalated to DMT.")]),
    ]
    r = 5
    for item in plan:
        if item[0] == "theme":
            ws.merge_cells(f"A{r}:J{r}")
            put(ws, f"A{r}", item[1], bold=True, bg="D9E1F2")
            r += 1
            continue
        _, qs, afi, acts = item
        first = r
        for ref, act, lead, tgt, rev, prev, cur, upd in acts:
            put(ws, f"A{r}", ref)
            put(ws, f"B{r}", qs if r == first else None)
            put(ws, f"C{r}", afi if r == first else None)
            put(ws, f"D{r}", act)
            put(ws, f"E{r}", lead)
            put(ws, f"F{r}", tgt, fmt=MY if isinstance(tgt, datetime) and tgt.month != 3 else "dd/mm/yyyy")
            put(ws, f"G{r}", rev, fmt=MY)
            put(ws, f"H{r}", None, bg=prev)
            put(ws, f"I{r}", None, bg=cur)
            put(ws, f"J{r}", upd)
            r += 1
        if r - first > 1:
            ws.merge_cells(f"B{first}:B{r-1}")
            ws.merge_cells(f"C{first}:C{r-1}")
    r += 1
    put(ws, f"C{r}", "Summary – September 2025", bold=True)
    for label, n, bg in [("Blue (complete)", 3, BLUE), ("Green", 3, GREEN), ("Amber", 2, AMBER),
                         ("Red", 1, RED), ("Total actions", 9, None)]:
        r += 1
        put(ws, f"C{r}", label, bg=bg, bold=(bg is None))
        put(ws, f"D{r}", n, bold=(bg is None))
    wb.active = 0
    wb.save(out("mw2-london-borough-of-bexley-asc-cqc-assessment-improvement-plan.xlsx"))


# ===================================================================== 2
def scw_ia_tracker():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    for col, w in zip("ABCDE", [28, 10, 10, 10, 10]):
        sm.column_dimensions[col].width = w
    sm["A1"] = "Social Care Wales – Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Summary of open recommendations – Audit and Risk Assurance Committee, 3 December 2025 – Agenda item 7"
    for col, h in zip("ABCDE", ["Status", "High", "Medium", "Low", "Total"]):
        put(sm, f"{col}4", h, bold=True, bg="D9D9D9")
    data = [("Implemented", 1, 0, 1, 2), ("On track", 1, 2, 0, 3), ("Revised date agreed", 0, 1, 0, 1),
            ("Overdue", 0, 1, 0, 1), ("Total", 2, 4, 1, 7)]
    for r, row in enumerate(data, start=5):
        for col, v in zip("ABCDE", row):
            put(sm, f"{col}{r}", v, bold=(row[0] == "Total"))
    sm["A11"] = "Status key"
    sm["A11"].font = Font(bold=True)
    for r, (txt, bg) in enumerate([("Implemented", BLUE), ("On track", GREEN),
                                   ("Revised date agreed", AMBER), ("Overdue", RED)], start=12):
        put(sm, f"A{r}", txt, bg=bg)
    sm["B12"] = "Action complete and evidence seen by Internal Audit"
    sm["B13"] = "Not yet due; on course to meet the original date"
    sm["B14"] = "Original date missed; revised date agreed with the Audit and Risk Assurance Committee"
    sm["B15"] = "Original date missed; no revised date agreed"
    sm["A17"] = "Priority: High – fundamental weakness in control; Medium – significant weakness; Low – minor weakness or best practice."

    ws = wb.create_sheet("Tracker")
    for col, w in zip("ABCDEFGHI", [7, 9, 40, 44, 24, 12, 12, 18, 44]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Social Care Wales – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position as at 14 November 2025. Internal audit provider: TIAA."
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
             "Original due date", "Revised due date", "Status", "Update (November 2025)"]
    for col, h in zip("ABCDEFGHI", heads):
        put(ws, f"{col}4", h, bold=True, bg="44546A", color="FFFFFF")
    D = "dd/mm/yyyy"
    stat_bg = {"Implemented": BLUE, "On track": GREEN, "Revised date agreed": AMBER, "Overdue": RED}
    audits = [
        ("2024-25 Audit 03 – Cyber Security and IT Resilience (Assurance: Reasonable)", [
            ("03.1", "High", "Multi-factor authentication should be enforced for all remote access and privileged accounts.",
             "MFA to be enforced on all privileged and remote access accounts, with any exceptions approved by the Head of Digital and logged.",
             "Head of Digital", datetime(2025, 3, 31), datetime(2025, 6, 30), "Implemented",
             "MFA enforced from 16 June 2025. Exceptions log reviewed by TIAA in follow-up."),
            ("03.2", "Medium", "The IT disaster recovery plan should be tested at least annually and the results reported to the Senior Leadership Team.",
             "A full disaster recovery test will be scheduled and the outcome reported to SLT.\nAnnual test dates to be added to the Digital team calendar.",
             "Head of Digital / Infrastructure Manager", datetime(2025, 9, 30), datetime(2026, 1, 31), "Revised date agreed",
             "Test postponed to avoid the registration renewal period."),
        ]),
        ("2024-25 Audit 05 – Registration Fee Income (Assurance: Substantial)", [
            ("05.1", "Low", "Reconciliations between the registration system and the finance ledger should be evidenced as reviewed.",
             "Monthly reconciliations to be signed and dated by the preparer and the reviewer.",
             "Finance Manager", datetime(2025, 5, 31), None, "Implemented",
             "Signed reconciliations in place since April 2025."),
        ]),
        ("2025-26 Audit 01 – Workforce Planning (Assurance: Limited)", [
            ("01.1", "High", "A strategic workforce plan should be developed, linked to the Strategic Plan 2022–27 and approved by the Board.",
             "Develop a three-year strategic workforce plan for approval by the Board.",
             "Director of Corporate Services", datetime(2025, 12, 31), None, "On track",
             "Draft plan considered by SLT on 4 November."),
            ("01.2", "Medium", "Succession plans should be in place for all single-point-of-failure roles.",
             "Identify single-point-of-failure roles across all directorates and agree succession arrangements for each.",
             "Head of People / Senior Leadership Team", datetime(2026, 3, 31), None, "On track",
             "Roles identified; succession arrangements being drafted."),
            ("01.3", "Medium", "Exit interview data should be analysed and reported to the People Committee.",
             "Introduce a quarterly analysis of exit interview themes for the People Committee.",
             "HR Business Partner", datetime(2025, 9, 30), None, "Overdue",
             "First report not yet produced owing to vacancy in the HR team."),
        ]),
        ("2025-26 Audit 02 – Declarations of Interest (Assurance: Reasonable)", [
            ("02.1", "Medium", "The register of interests for Board members and senior staff should be reviewed and republished annually.",
             "An annual declarations exercise will be run each spring and the updated register republished on the website.",
             "Board Secretary", datetime(2026, 4, 30), None, "On track",
             "Exercise scheduled for April 2026."),
        ]),
    ]
    r = 5
    for title, recs in audits:
        ws.merge_cells(f"A{r}:I{r}")
        put(ws, f"A{r}", title, bold=True, bg="D9D9D9")
        r += 1
        for ref, pr, rec, act, own, orig, rev, st, upd in recs:
            for col, v in zip("ABCDE", [ref, pr, rec, act, own]):
                put(ws, f"{col}{r}", v)
            put(ws, f"F{r}", orig, fmt=D)
            put(ws, f"G{r}", rev, fmt=D)
            put(ws, f"H{r}", st, bg=stat_bg[st])
            put(ws, f"I{r}", upd)
            r += 1
    r += 1
    ws[f"A{r}"] = ("Note: four recommendations reported as implemented to the September 2025 committee "
                   "have been removed from this tracker.")
    ws[f"A{r}"].font = Font(italic=True)
    wb.active = 0
    wb.save(out("mw2-social-care-wales-arac-internal-audit-recommendations-tracker.xlsx"))


# ===================================================================== 3
def gibraltar_police():
    wb = Workbook()
    rd = wb.active
    rd.title = "Read me"
    rd.column_dimensions["A"].width = 12
    rd.column_dimensions["B"].width = 80
    rd["A1"] = "Royal Gibraltar Police – HMICFRS Inspection 2024: Improvement Plan"
    rd["A1"].font = Font(bold=True, size=14)
    rd["A2"] = "Owner: Commissioner of Police. Oversight: Gibraltar Police Authority (GPA)."
    rd["A3"] = "Last updated 15 October 2025 for the GPA meeting of 22 October 2025."
    rd["A5"] = "RAG key"
    rd["A5"].font = Font(bold=True)
    for r, (k, txt, bg) in enumerate([
            ("B", "Complete – closure agreed by the GPA", BLUE),
            ("G", "On track", GREEN),
            ("A", "Some slippage – revised date agreed", AMBER),
            ("R", "Off track or overdue", RED),
            ("(blank)", "Not yet started", None)], start=6):
        put(rd, f"A{r}", k, bold=True, bg=bg)
        put(rd, f"B{r}", txt)
    rd["A12"] = "Contents"
    rd["A12"].font = Font(bold=True)
    rd["A13"] = "Part A"
    rd["B13"] = "Recommendations (2) – sheet 'Part A Recommendations'"
    rd["A14"] = "Part B"
    rd["B14"] = "Areas for improvement (3) – sheet 'Part B AFIs'"

    heads = ["Ref", "Recommendation / action", "Owner", "Target date", "Revised date", "RAG",
             "Update for GPA (October 2025)"]

    def part(sheet, title, blocks):
        ws = wb.create_sheet(sheet)
        for col, w in zip("ABCDEFG", [10, 60, 30, 12, 12, 6, 46]):
            ws.column_dimensions[col].width = w
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        for col, h in zip("ABCDEFG", heads):
            put(ws, f"{col}2", h, bold=True, bg="1F3864", color="FFFFFF")
        r = 3
        for head, acts in blocks:
            put(ws, f"A{r}", None, bg="E7E6E6")
            ws.merge_cells(f"B{r}:G{r}")
            put(ws, f"B{r}", head, bold=True, bg="E7E6E6")
            r += 1
            for ref, act, own, tgt, rev, rag, upd in acts:
                for col, v in zip("ABCDEFG", [ref, act, own, tgt, rev, rag, upd]):
                    put(ws, f"{col}{r}", v)
                ws[f"F{r}"].alignment = Alignment(horizontal="center", vertical="top")
                r += 1

    part("Part A Recommendations", "Part A – Recommendations", [
        ("Recommendation 1: By 31 March 2025, the Royal Gibraltar Police should introduce a demand management strategy that uses its own data to match resources to demand, risk and vulnerability.", [
            ("R1.1", "Commission an independent analysis of demand covering calls for service, crimes and non-crime incidents over the last three years.",
             "Assistant Commissioner", "Dec 2024", None, "B", "Analysis received January 2025; closure agreed by GPA in April."),
            ("R1.2", "Publish a demand management strategy and a revised shift pattern for Response and Neighbourhood Policing.",
             "Assistant Commissioner / Chief Superintendent Operations", "Mar 2025", "Sep 2025", "A",
             "Strategy published; new shift pattern subject to consultation with the Gibraltar Police Federation."),
        ]),
        ("Recommendation 2: The Royal Gibraltar Police should make sure that all officers and staff, including those in specialist roles, hold vetting at the level their post requires.", [
            ("R2.1", "Complete a vetting audit of all posts and assign the required vetting level to each role.",
             "Head of Professional Standards", "Jan 2025", None, "B", "Audit complete; 41 posts re-levelled."),
            ("R2.2", "Renew all expired vetting clearances and introduce a monthly report of clearances due to expire.",
             "Head of Professional Standards; Force Vetting Officer", "Jun 2025", "Dec 2025", "R",
             "23 clearances still outstanding; additional vetting officer being recruited."),
        ]),
    ])
    part("Part B AFIs", "Part B – Areas for improvement", [
        ("AFI 1: The force should improve the supervision of crime investigations, including recording supervisory reviews on the crime system.", [
            ("AFI 1.1", "Introduce a mandatory seven-day supervisory review field on the crime record and audit compliance monthly.",
             "Detective Chief Inspector (CID)", "Feb 2026", None, "G", "System change tested; go-live planned after staff briefing."),
        ]),
        ("AFI 2: The force should make sure that its Code of Ethics is embedded in decision-making, training and performance development reviews.", [
            ("AFI 2.1", "Include the Code of Ethics in all promotion processes and in the annual performance development review template.",
             "Head of Human Resources", "Ongoing", None, "G", "Included in the 2025 sergeants' promotion process."),
        ]),
        ("AFI 3: The force should better understand the wellbeing needs of its workforce.", [
            ("AFI 3.1", "Run a staff wellbeing survey jointly with the Gibraltar Police Federation and publish an action plan in response.",
             "Corporate Services Manager", "Q4 2025/26", None, None, "Survey questions being agreed with the Federation."),
        ]),
    ])
    wb.save(out("mw2-royal-gibraltar-police-hmicfrs-inspection-improvement-plan.xlsx"))


# ===================================================================== 4
def glasgow_ijb():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Glasgow City IJB: 2023/24 Annual Audit Report Action Plan – Progress Update", style="Title")

    cover = doc.add_table(rows=5, cols=2)
    cover.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Item No:", "7"),
            ("Meeting Date:", "Wednesday 12th February 2025"),
            ("Report By:", "Chief Officer, Finance and Resources"),
            ("Contact:", "Head of Finance (Health and Social Care)"),
            ("Phone:", "0141 287 8838")]):
        cell_text(cover.cell(i, 0), k, bold=True)
        cell_text(cover.cell(i, 1), v)

    doc.add_heading("Purpose of Report", level=2)
    doc.add_paragraph(
        "To update the Finance, Audit and Scrutiny Committee on progress with the actions agreed in response to "
        "the recommendations made by Audit Scotland in its 2023/24 Annual Audit Report, presented to the "
        "Committee in September 2024.")
    doc.add_heading("Recommendations", level=2)
    doc.add_paragraph("The Finance, Audit and Scrutiny Committee is asked to note the progress set out in Appendix 1.")

    doc.add_heading("Appendix 1 – 2023/24 action plan: progress at February 2025", level=1)
    doc.add_paragraph(
        "The action plan below is reproduced from Appendix 1 of the 2023/24 Annual Audit Report, with a progress "
        "column added by officers.")

    heads = ["No.", "Issue/risk", "Recommendation", "Agreed management action/timing", "Progress at February 2025"]
    rows = [
        ("1", "Medium-term financial outlook",
         "The IJB’s medium-term financial outlook shows a cumulative budget gap of £87 million over 2024/25 to 2026/27. Savings have not yet been identified for 2025/26 onwards.\nRisk: the IJB is unable to deliver financially sustainable services.",
         "The IJB should update its medium-term financial outlook and set out how the budget gap will be closed, including the savings required in each year.",
         "The Medium-Term Financial Outlook will be refreshed and presented to the IJB alongside the 2025/26 budget, identifying savings proposals for each year to 2027/28.",
         "Chief Officer, Finance and Resources", "31 March 2025",
         "Complete – refreshed outlook approved by the IJB on 22 January 2025."),
        ("2", "Reserves",
         "General reserves have fallen below the 2% level set out in the IJB’s reserves strategy.\nRisk: the IJB has insufficient reserves to manage unplanned costs.",
         "The IJB should review its reserves strategy to ensure that the level of general reserves remains prudent.",
         "The reserves strategy will be reviewed as part of the 2025/26 budget process.",
         "Chief Officer, Finance and Resources", "March 2025",
         "Amber – revised date June 2025. Review deferred until the 2024/25 outturn is known."),
        ("3", "Savings delivery",
         "Financial monitoring reports do not show progress against individual savings.\nRisk: slippage in savings is not identified and addressed promptly.",
         "Savings reporting to the IJB should show progress against each approved saving, with explanations for slippage.",
         "Financial monitoring reports will include a savings tracker showing progress against each approved saving.\nSlippage of more than 10% will be explained and alternative savings identified.",
         "Head of Finance (Health and Social Care)", "November 2024",
         "Complete – savings tracker included from the November 2024 monitoring report."),
        ("4", "Performance reporting",
         "Targets have not been set for a number of key performance indicators and performance reports do not show trends over time.\nRisk: members cannot assess whether performance is improving.",
         "The IJB should set targets for all key performance indicators in its performance management framework and report trends over time.",
         "Targets will be set for all KPIs and the quarterly performance report will be redesigned to show five-year trends.",
         "Head of Planning, Performance and Commissioning", "June 2025",
         "On track – draft targets discussed at the IJB development session in January."),
        ("5", "Directions",
         "A number of directions issued to the partner bodies do not meet the requirements of the statutory guidance on directions.\nRisk: the IJB cannot demonstrate how its strategic decisions are implemented.",
         "The IJB should review its directions to Glasgow City Council and NHS Greater Glasgow and Clyde to ensure they comply with the statutory guidance.",
         "A review of all current directions will be completed and a directions log reported to the Finance, Audit and Scrutiny Committee.",
         "Chief Officer / Business Manager", "30 September 2025",
         "Not started."),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    for no, title, issue, rec, act, officer, date, prog in rows:
        c = t.add_row().cells
        cell_text(c[0], no)
        cell_text(c[1], title, bold=True)
        for part in issue.split("\n"):
            c[1].add_paragraph(part)
        cell_text(c[2], rec)
        cell_text(c[3], act)
        c[3].add_paragraph(f"Responsible officer: {officer}")
        c[3].add_paragraph(f"Agreed date: {date}")
        cell_text(c[4], prog)
    doc.add_paragraph("")
    doc.add_paragraph("Source: Audit Scotland, Glasgow City Integration Joint Board 2023/24 Annual Audit Report, Appendix 1.")
    doc.save(out("mw2-glasgow-city-ijb-annual-audit-report-2023-24-action-plan.docx"))


# ===================================================================== 5
def coleg_elidyr():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.add_paragraph("Coleg Elidyr – Post-inspection Action Plan", style="Title")
    p = doc.add_paragraph("Estyn inspection of Coleg Elidyr (independent specialist college), March 2025")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for r, row in enumerate([("Version", "Date", "Author", "Comment"),
                             ("0.1", "02/06/2025", "Quality Manager", "First draft for Senior Leadership Team"),
                             ("1.0", "20/06/2025", "Principal", "Approved by the Board of Trustees and sent to Estyn"),
                             ("1.1", "10/11/2025", "Quality Manager", "Autumn progress update (RAG)")]):
        for i, v in enumerate(row):
            cell_text(dc.cell(r, i), v, bold=(r == 0))

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for r, (k, v, bg) in enumerate([("Blue", "Action complete", BLUE), ("Green", "On track", GREEN),
                                    ("Amber", "Some delay – action to recover agreed", AMBER),
                                    ("Red", "Significant delay – reported to Trustees", RED)]):
        cell_text(key.cell(r, 0), k, bold=True)
        shade(key.cell(r, 0), bg)
        cell_text(key.cell(r, 1), v)

    doc.add_paragraph(
        "Estyn made three recommendations. Actions below are reviewed by the Senior Leadership Team each month "
        "and by the Board of Trustees each term.")

    recs = [
        ("R1 Strengthen self-evaluation and improvement planning so that leaders focus sharply on the progress learners make", [
            ("1.1", "Revise the self-assessment report (SAR) process so that each curriculum area evaluates learner progress against individual learning goals.",
             "Every curriculum area SAR includes an evaluation of learner progress.", "Head of Education", "Autumn term 2025", "Green"),
            ("1.2", "Hold termly quality improvement meetings between the Principal, the Head of Education and the Head of Care and Support to review progress against this plan.",
             "Minutes show actions reviewed and re-prioritised each term.", "Principal", "Termly", "Green"),
            ("1.3", "Train all curriculum leads to use learner progress data to evaluate the impact of teaching.",
             "All curriculum leads trained; use of data evident in SARs.", "Quality Manager / Head of Education", "December 2025", "Blue"),
        ]),
        ("R2 Improve target setting and tracking so that all learners have specific, measurable goals that build towards their long-term aspirations", [
            ("2.1", "Adopt a single electronic learner profile and tracking system across education and residential settings.",
             "One system in use by tutors and support workers; paper records withdrawn.", "Head of Care and Support", "September 2025 – July 2026", "Amber"),
            ("2.2", "Review every learner’s individual learning plan with the learner, their family and their key worker to reset targets.",
             "All learning plans reviewed; targets meet the college’s SMART checklist.", "Senior Tutor", "31 October 2025", "Blue"),
        ]),
        ("R3 Ensure that safeguarding policy and procedures reflect the Wales Safeguarding Procedures and that safeguarding records are consistently maintained", [
            ("3.1", "Update the safeguarding policy in line with the Wales Safeguarding Procedures and have it approved by the Board of Trustees.",
             "Revised policy approved and shared with all staff.", "Designated Safeguarding Person", "July 2025", "Blue"),
            ("3.2", "Audit safeguarding records each half term and report the themes to the Board of Trustees.",
             "Audit reports show records complete and concerns followed up.", "Designated Safeguarding Person and Chair of Trustees", "Summer term 2026", "Green"),
        ]),
    ]
    rag_bg = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for head, acts in recs:
        doc.add_heading(head, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["No.", "Action", "Success criteria", "Lead", "Timescale", "RAG"]):
            cell_text(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        for no, act, sc, lead, ts, rag in acts:
            c = t.add_row().cells
            for i, v in enumerate([no, act, sc, lead, ts, rag]):
                cell_text(c[i], v)
            shade(c[5], rag_bg[rag])
    doc.add_paragraph("")
    doc.add_paragraph("Next review by the Board of Trustees: February 2026.")
    doc.save(out("mw2-coleg-elidyr-estyn-post-inspection-action-plan.docx"))


# ===================================================================== 6
def yarlington_csv():
    rows = [
        ["Yarlington Housing Group – Consumer Standards Improvement Plan"],
        ["Progress report to Board – Quarter 2 2025/26 (position at 30 September 2025)"],
        [],
        ["Ref", "Consumer standard", "What we need to improve", "Action", "Action owner", "Due date", "Status", "Update"],
        ["SQ1", "Safety and Quality Standard", "Stock condition data is incomplete for around 20% of homes",
         "Complete stock condition surveys for all homes without a survey in the last five years.",
         "Head of Asset Management", "March 2026", "On track", "4,120 surveys completed to date."],
        ["SQ2", "Safety and Quality Standard", "Not all fire risk assessment actions were completed on time",
         "Clear the backlog of overdue high-risk fire risk assessment actions.",
         "Building Safety Manager", "December 2025", "Amber", "38 high-risk actions outstanding, down from 112."],
        ["SQ3", "Safety and Quality Standard", "Damp and mould cases are not consistently followed up after works",
         "Introduce a post-inspection call-back within six weeks of every damp and mould repair.",
         "Head of Repairs / Customer Experience Manager", "January 2026", "On track", "Call-back script agreed with the Tenant Voice panel."],
        ["TIA1", "Transparency, Influence and Accountability Standard", "Learning from complaints is not reported to tenants",
         "Publish a quarterly 'You said, we did' complaints learning summary on the website and in the tenant newsletter.",
         "Head of Customer Experience", "October 2025", "Complete", "First summary published in the autumn newsletter."],
        ["TIA2", "Transparency, Influence and Accountability Standard", "Tenant Satisfaction Measures results are not analysed by tenant group",
         "Analyse TSM results by age, disability and ethnicity and share the findings with the Tenant Scrutiny Panel.",
         "Insight and Performance Manager", "Febuary 2026", "On track", "Data cleansing of tenant profile information under way."],
        ["T1", "Tenancy Standard", "Tenancy visits are not completed for all new tenancies",
         "Complete a 12-month tenancy visit for every new tenant.",
         "Neighbourhood Services Manager", "Ongoing", "Amber", "71% of visits completed in Q2."],
        ["NC1", "Neighbourhood and Community Standard", "Anti-social behaviour case management is inconsistent across teams",
         "Implement the revised ASB policy and case management procedure, with training for all housing officers.",
         "Head of Neighbourhoods", "November 2025", "Red", "Policy approval delayed; training rescheduled."],
        [],
        ["Status key: Complete = action delivered and evidence reviewed; On track; Amber = at risk of missing the due date; Red = off track"],
    ]
    with open(out("mw2-yarlington-housing-group-rsh-consumer-standards-improvement-plan-typo-month-refuse.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        for row in rows:
            w.writerow(row)


# ===================================================================== 7
def qualifications_wales_txt():
    head = ["Risk ID", "Risk", "Risk owner", "Current score", "Target score", "Action ref", "Further action",
            "Action owner", "Target date", "RAG", "Progress"]
    body = [
        ["Strategic aim 1: Effective regulation of qualifications and awarding bodies"],
        ["CR01", "Failure of an awarding body to deliver the summer 2026 results on time", "Director of Regulation", "15 (3x5)", "10",
         "CR01-A1", "Complete a contingency planning exercise with WJEC for results day, including a desk-top test of the joint incident protocol.",
         "Head of Monitoring", "31/03/2026", "G", "Exercise booked for 10 March."],
        ["", "", "", "", "",
         "CR01-A2", "Agree the summer 2026 results data-sharing schedule with all awarding bodies.",
         "Head of Monitoring / Data Manager", "April 2026", "A", "Two awarding bodies yet to confirm."],
        ["CR02", "Slippage in the delivery of the new Made-for-Wales GCSEs", "Director of Qualifications", "12 (3x4)", "8",
         "CR02-A1", "Publish approval criteria for the remaining wave 2 Made-for-Wales GCSEs.",
         "Head of Qualifications Development", "30/09/2025", "Complete", "Published 24 September 2025."],
        ["", "", "", "", "",
         "CR02-A2", "Hold quarterly programme assurance reviews with WJEC and report the outcome to the Qualifications Committee.",
         "Director of Qualifications", "Quarterly", "G", "Q3 review held 9 December."],
        ["Strategic aim 2: A resilient, well-run and sustainable organisation"],
        ["CR05", "Cyber attack leading to the loss of systems or data", "Chief Operating Officer", "16 (4x4)", "8",
         "CR05-A1", "Complete Cyber Essentials Plus re-certification.",
         "Head of Digital Services", "November 2025", "R", "Assessment failed on two controls; re-test being arranged."],
        ["", "", "", "", "",
         "CR05-A2", "Run a phishing simulation for all staff and provide targeted training for those who fail it.",
         "Head of Digital Services", "January 2026", "G", "Simulation scheduled for week of 19 January."],
        ["", "", "", "", "",
         "CR05-A3", "Move the remaining on-premises file shares to SharePoint Online and decommission the legacy file server.",
         "Head of Digital Services", "Q4 2025-26", "A", "Migration of Finance share delayed."],
        ["CR07", "Insufficient budget to deliver the Corporate Plan following the 2026-27 grant-in-aid settlement", "Chief Executive", "12 (4x3)", "9",
         "CR07-A1", "Prepare savings options of 5% and 10% for Board consideration.",
         "Head of Finance", "February 2026", "A", "Options being developed with directors."],
    ]
    lines = [
        "Qualifications Wales – Corporate Risk Register 2025-26",
        "Further mitigating actions – report to the Audit and Risk Assurance Committee, 20 January 2026",
        "Scores are Likelihood x Impact (1–5 each). Only risks with further actions open are shown.",
        "",
        "\t".join(head),
    ]
    lines += ["\t".join(r) for r in body]
    lines += ["", "RAG: G = on track; A = at risk of missing the target date; R = overdue; Complete = action closed."]
    with open(out("mw2-qualifications-wales-corporate-risk-register-2025-26.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    bexley_asc()
    scw_ia_tracker()
    gibraltar_police()
    glasgow_ijb()
    coleg_elidyr()
    yarlington_csv()
    qualifications_wales_txt()
    print("ok")
