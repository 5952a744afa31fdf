#!/usr/bin/env python3
"""Build the seven zds- blind test files (set heldout794).

Run with /work/main/.venv/bin/python zds_make.py ; writes next to this script.
Each data structure below is what the document contains; the files are laid out
the way the imitated body lays out its plan.
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
D = dt.datetime

FILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(start_color=hex6, end_color=hex6, fill_type="solid")


# ---------------------------------------------------------------------------
# 1. Cleveland Police - TVIP super-complaint (honour-based abuse) action plan
# ---------------------------------------------------------------------------
CLEVELAND_TITLE = "Cleveland Police – TVIP Super-complaint Action Plan"
CLEVELAND = [
    ("Recommendation 1: Risk of honour-based abuse",
     "Chief constables should update their forces’ sexual abuse policies so that they include the risk of honour-based abuse.",
     [
         ("1.1", "Review the Rape and Serious Sexual Offences (RASSO) investigation policy and add a mandatory consideration of honour-based abuse (HBA) risk at first report, at the initial investigation review and at the charge or NFA decision.",
          "D/Supt Public Protection", D(2023, 6, 30), "G", "B",
          "Revised policy approved at Force Policy Board 22/06/2023 and published on the intranet."),
         ("1.2", "Add an HBA risk question, with a link to the HBA risk assessment, to the sexual offence investigation template on Niche RMS.",
          "Niche Business Lead / DI Safeguarding Hub", D(2023, 9, 30), "A", "B",
          "Template change went live 02/10/2023 after user testing."),
     ]),
    ("Recommendation 2: Cultural awareness",
     "Chief constables should make sure that officers and staff understand the demographics of the communities they police, that independent advisory groups reflect those communities, that up-to-date information on culture and religion is available to officers, and that investigations consider any extra factors arising from the culture and background of the victim or suspect.",
     [
         ("2.1", "Produce a community demographic profile for each neighbourhood policing area (Hartlepool, Stockton-on-Tees, Middlesbrough, Redcar and Cleveland) and publish it on the Force intranet.",
          "Head of Analysis and Insight", D(2023, 10, 31), "G", "B",
          "Four profiles published 27/10/2023; to be refreshed annually with census and ONS updates."),
         ("2.2", "Review the membership of the Force Independent Advisory Group against the demographic profiles and recruit members from under-represented communities.",
          "Ch Insp Diversity, Equality & Inclusion", D(2024, 3, 31), "G", "A",
          "Two new members appointed. Recruitment event with the Middlesbrough faith forum moved to March; target date at risk."),
         ("2.3", "Work with the Halo Project and faith and community partners to produce a culture and faith guide for investigators, to be reviewed annually.",
          "DCI Public Protection Unit; Halo Project", D(2024, 4, 30), "G", "G",
          "Draft guide shared with partners for comment 05/02/2024."),
         ("2.4", "Deliver HBA and cultural awareness training to all Sexual Offences Investigation Trained (SOIT) officers and RASSO investigators.",
          "Head of Learning and Development", "Q4 2023/24", "A", "R",
          "Training package written but delivery delayed by trainer vacancies. 38% of the cohort trained to date."),
         ("2.5", "Amend the supervisory investigation review template so that supervisors record consideration of cultural and background factors for the victim and the suspect.",
          "DCI Public Protection Unit", D(2024, 5, 31), "G", "G",
          "Change request raised with the Niche team; testing planned for April."),
     ]),
    ("Recommendation 3: Consideration of findings",
     "Chief constables should consider the report’s findings on the use of voluntary suspect interviews, keeping victims informed and discussing special measures, and act on any gaps identified in their own force.",
     [
         ("3.1", "Carry out a dip sample of RASSO cases involving ethnic minority victims, testing the use of voluntary interviews, victim updates under the Victims’ Code and discussion of special measures.",
          "Vulnerability Audit Team", "Quarterly", "", "G",
          "First dip sample of 40 cases completed January 2024; findings to Vulnerability Board."),
         ("3.2", "Report progress against this plan to the Force Vulnerability Board and to the PCC’s Scrutiny Panel.",
          "ACC Crime and Vulnerability", "Six-monthly", "", "",
          "First report due April 2024."),
     ]),
]


def make_cleveland(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = CLEVELAND_TITLE
    cov["A1"].font = Font(bold=True, size=16, color="1F3864")
    cov["A2"] = ("Police response to victims of sexual abuse from ethnic minority backgrounds who may be at "
                 "risk of honour-based abuse – HMICFRS, College of Policing and IOPC report published 16 December 2022")
    cov["A2"].font = Font(italic=True)
    rows = [
        ("Strategic lead", "ACC Crime and Vulnerability"),
        ("Plan owner", "D/Supt Public Protection"),
        ("Governance", "Force Vulnerability Board (monthly); PCC Scrutiny Panel (six-monthly)"),
        ("Version", "1.4"),
        ("Position as at", "14/02/2024"),
    ]
    r = 4
    for k, v in rows:
        cov.cell(row=r, column=1, value=k).font = Font(bold=True)
        cov.cell(row=r, column=2, value=v)
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    summary = [("Blue (complete)", 3, "B"), ("Green", 3, "G"), ("Amber", 1, "A"), ("Red", 1, "R"),
               ("Not yet rated", 1, None), ("Total actions", 9, None)]
    for label, n, c in summary:
        a = cov.cell(row=r, column=1, value=label)
        cov.cell(row=r, column=2, value=n)
        if c:
            a.fill = fill(FILL[c])
        if label.startswith("Total"):
            a.font = Font(bold=True)
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="Version history").font = Font(bold=True)
    r += 1
    for row in [("Version", "Date", "Change"),
                ("1.0", "20/02/2023", "Plan agreed at Force Vulnerability Board"),
                ("1.3", "10/11/2023", "Quarter 3 progress added"),
                ("1.4", "14/02/2024", "Quarter 4 progress added; 2.4 moved to Red")]:
        for j, v in enumerate(row, start=1):
            cov.cell(row=r, column=j, value=v)
        r += 1
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 50

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Force Action Plan and Progress Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position as at 14 February 2024"
    hdr = ["Recommendation", "Recommendation detail", "Action Ref", "Action", "Owner", "Target Date",
           "Previous RAG", "Current RAG", "Progress Update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, rec, acts in CLEVELAND:
        first = r
        for ref, act, owner, due, prev, cur, upd in acts:
            vals = [None, None, ref, act, owner, due, prev or None, cur or None, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(due, dt.datetime):
                ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
            for col, val in ((7, prev), (8, cur)):
                if val:
                    ws.cell(row=r, column=col).fill = fill(FILL[val])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.cell(row=first, column=1, value=theme).font = Font(bold=True)
        ws.cell(row=first, column=2, value=rec)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        for col in (1, 2):
            ws.cell(row=first, column=col).alignment = WRAP
            ws.cell(row=first, column=col).fill = fill("D9E1F2")
    for col, w in zip("ABCDEFGHI", (22, 45, 9, 55, 26, 12, 10, 10, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG Key"
    key["A1"].font = Font(bold=True)
    for i, (code, text) in enumerate([
        ("B", "Blue – action complete and evidenced"),
        ("G", "Green – on track to deliver by the target date"),
        ("A", "Amber – at risk of missing the target date; mitigation in place"),
        ("R", "Red – off track or target date missed"),
    ], start=2):
        c = key.cell(row=i, column=1, value=code)
        c.fill = fill(FILL[code])
        key.cell(row=i, column=2, value=text)
    key.column_dimensions["B"].width = 70
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Scottish Fire and Rescue Service - HMFSI mental health thematic
# ---------------------------------------------------------------------------
SFRS_TITLE = ("HMFSI Thematic Inspection: Mental Health and Wellbeing Support in the Scottish Fire and "
              "Rescue Service – Action Plan Progress Report")
SFRS = [
    ("Recommendation 1: The new Mental Health Strategy should be aspirational yet achievable. It should be assessed against SMART criteria, with action plans considered before publication and adequate resources in place to deliver it.",
     [
         ("1.1", "Develop and publish the Mental Health Strategy 2024–27 with a SMART delivery plan agreed before publication.",
          "Head of Health and Wellbeing", D(2024, 3, 31), D(2024, 9, 30), 1.0, "B",
          "Strategy approved by SLT in August 2024 and published 16/09/2024."),
         ("1.2", "Complete a resourcing assessment for delivery of the strategy and submit options to the Strategic Leadership Team.",
          "Director of People", D(2024, 6, 30), D(2025, 3, 31), 0.6, "A",
          "Options paper drafted; awaiting the outcome of 2025/26 budget setting."),
     ]),
    ("Recommendation 2: The SFRS should consider nominating a Corporate Mental Health and Wellbeing Champion of sufficient seniority to direct action and oversee progress against the strategy.",
     [
         ("2.1", "Nominate a Corporate Mental Health and Wellbeing Champion at Strategic Leadership Team level and publish their remit.",
          "Chief Officer", D(2024, 3, 31), None, 1.0, "B",
          "Deputy Chief Officer nominated as Champion; remit published on iHub March 2024."),
     ]),
    ("Recommendation 3: The SFRS Board should assess whether it fully scrutinises mental health outcomes against the strategy, and governance routes to the Board should be reinvigorated and formalised.",
     [
         ("3.1", "Add a six-monthly Mental Health Strategy performance report to the People Committee forward plan.",
          "Board Support Manager / Director of People", D(2024, 6, 30), None, 1.0, "B",
          "First report considered by People Committee 05/06/2024."),
         ("3.2", "Develop mental health and wellbeing outcome measures for inclusion in the Performance Management Framework.",
          "Head of Corporate Performance", D(2024, 12, 31), D(2025, 6, 30), 0.4, "A",
          "Draft measures agreed with Health and Wellbeing; data sources still being tested."),
     ]),
    ("Recommendation 4: The SFRS should consider whether the governance arrangements for the Suicide Prevention subgroup are suitable, and put any replacement arrangements in place before the subgroup is disbanded.",
     [
         ("4.1", "Review the terms of reference of the Suicide Prevention Subgroup and put replacement governance in place before the subgroup is stood down.",
          "Head of Health and Wellbeing", D(2024, 9, 30), D(2025, 3, 31), 0.75, "G",
          "Suicide Prevention and Postvention Working Group terms of reference in draft."),
     ]),
    ("Recommendation 5: The Service should consider how best to offer professional support to its Mental Wellbeing Champions, including tracking of interventions, debriefing, evaluation and reflective supervision.",
     [
         ("5.1", "Procure reflective supervision and debriefing support for Mental Wellbeing Champions.",
          "Head of Health and Wellbeing; Procurement Business Partner", D(2024, 12, 31), None, 0.2, "R",
          "First tender returned no compliant bids. Re-tender planned for Q1 2025/26."),
         ("5.2", "Introduce a recording system to track Mental Wellbeing Champion interventions, debriefs and evaluation.",
          "Head of Health and Wellbeing", D(2025, 6, 30), None, 0.1, "G",
          "Requirements agreed with ICT; build scheduled."),
     ]),
    ("Recommendation 6: Awareness of the Mental Wellbeing Champion role should be raised, and the approach taken to date should be reviewed with robust governance put in place.",
     [
         ("6.1", "Run a Service-wide communications campaign to raise awareness of the Mental Wellbeing Champion role.",
          "Head of Communications and Engagement", D(2024, 10, 31), None, 1.0, "B",
          "Campaign ran during Mental Health Awareness Week and October station visits."),
         ("6.2", "Review the Mental Wellbeing Champion model and agree governance arrangements for the network.",
          "Head of Health and Wellbeing", D(2025, 6, 30), None, 0.0, None,
          "Not yet started – dependent on action 5.1."),
     ]),
]


def make_sfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = SFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws.merge_cells("A1:H1")
    info = [
        "Report laid before the Scottish Parliament: 13 December 2023",
        "Executive lead: Director of People     Scrutiny: People Committee",
        "Progress position: 31 January 2025",
    ]
    for i, t in enumerate(info, start=2):
        ws.cell(row=i, column=1, value=t)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=8)
    ws.cell(row=6, column=1, value="RAG key:").font = Font(bold=True)
    for j, (code, text) in enumerate([("B", "Complete"), ("G", "On track"),
                                       ("A", "Behind schedule – recoverable"),
                                       ("R", "Behind schedule – at risk")], start=2):
        c = ws.cell(row=6, column=j, value=text)
        c.fill = fill(FILL[code])
        c.alignment = WRAP
    hdr = ["Ref", "Action", "Action Owner", "Original Due Date", "Revised Due Date", "% Complete", "RAG",
           "Progress Update (January 2025)"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=8, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    r = 9
    for rec, acts in SFRS:
        c = ws.cell(row=r, column=1, value=rec)
        c.font = Font(bold=True)
        c.fill = fill("F2F2F2")
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, act, owner, orig, rev, pct, rag, upd in acts:
            vals = [ref, act, owner, orig, rev, pct, None, upd]
            for j, v in enumerate(vals, start=1):
                cc = ws.cell(row=r, column=j, value=v)
                cc.alignment = WRAP
                cc.border = BOX
            ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).number_format = "0%"
            if rag:
                ws.cell(row=r, column=7).fill = fill(FILL[rag])
            r += 1
    for col, w in zip("ABCDEFGH", (8, 60, 30, 14, 14, 11, 8, 50)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of action status at 31 January 2025"
    sm["A1"].font = Font(bold=True)
    rows = [("Status", "Number of actions"), ("Complete", 4), ("On track", 2),
            ("Behind schedule – recoverable", 2), ("Behind schedule – at risk", 1), ("Not started", 1),
            ("Total", 10)]
    for i, (a, b) in enumerate(rows, start=3):
        sm.cell(row=i, column=1, value=a)
        sm.cell(row=i, column=2, value=b)
    sm.column_dimensions["A"].width = 34

    vc = wb.create_sheet("Version Control")
    for i, row in enumerate([("Version", "Date", "Author", "Comments"),
                             ("1.0", "29/02/2024", "Health and Wellbeing", "Action plan agreed by SLT"),
                             ("1.1", "31/07/2024", "Health and Wellbeing", "Update for People Committee"),
                             ("1.2", "31/01/2025", "Health and Wellbeing", "Update for People Committee; revised dates for 1.2, 3.2 and 4.1")],
                            start=1):
        for j, v in enumerate(row, start=1):
            vc.cell(row=i, column=j, value=v)
    wb.save(path)


# ---------------------------------------------------------------------------
# 7. Castleford Academy - post-Ofsted action plan (REFUSE: mistyped month)
# ---------------------------------------------------------------------------
CASTLEFORD_TITLE = "Castleford Academy – Post-Ofsted Action Plan 2024–25"
CASTLEFORD = [
    ("Priority 1: Leaders should ensure that the key stage 3 curriculum in all subjects sets out the important knowledge pupils must learn and the order in which they will learn it.",
     [
         ("1.1", "Subject leaders to rewrite key stage 3 curriculum maps identifying the essential knowledge for each unit.",
          "Deputy Principal (Curriculum)", "Nov 2024", "Mar 2025", "Curriculum maps in place for all subjects and quality assured by SLT links.", "Termly curriculum reviews", "G"),
         ("1.2", "Deliver CPD on sequencing and retrieval practice to all subject leaders.",
          "Assistant Principal (CPD)", "Nov 2024", "Dec 2024", "All subject leaders attended; sequencing evident in revised maps.", "CPD evaluations", "B"),
         ("1.3", "Trust subject network leads to review curriculum maps in English, maths, science and humanities.",
          "Trust Director of Education", "Jan 2025", "Apr 2025", "External review reports received and acted on.", "Trust Standards Committee", "G"),
     ]),
    ("Priority 2: Leaders should ensure that teachers check pupils’ understanding systematically and address misconceptions before moving on.",
     [
         ("2.1", "Introduce whole-class feedback and hinge questions as a common approach in all lessons.",
          "Assistant Principal (Teaching and Learning)", "Jan 2025", "Febuary 2025", "Hinge questions seen in 90% of learning walks.", "Fortnightly learning walks", "A"),
         ("2.2", "Instructional coaching for teachers identified through learning walks.",
          "Lead Practitioners", "Jan 2025", "Jul 2025", "Coached teachers show improved practice on follow-up visits.", "Coaching log", "G"),
         ("2.3", "Governor learning walk focused on checking for understanding.",
          "Chair of LGB / Principal", "Mar 2025", "Mar 2025", "Governors’ visit report shared with LGB.", "LGB minutes", None),
     ]),
    ("Priority 3: Leaders should ensure that pupils with SEND receive the support identified in their plans consistently in lessons.",
     [
         ("3.1", "Rewrite pupil passports in a one-page format with three classroom strategies for each pupil.",
          "SENDCo", "Nov 2024", "Jan 2025", "All pupil passports updated and on Arbor.", "SEND audit", "B"),
         ("3.2", "Teaching assistants deployed by faculty and trained in scaffolding techniques.",
          "SENDCo; Assistant Principal (Inclusion)", "Jan 2025", "Apr 2025", "TA deployment model in place; training complete.", "SEND governor visits", "A"),
         ("3.3", "Termly SEND provision review with parents and carers.",
          "SENDCo", "Jan 2025", "Termly", "Reviews held for all pupils on the SEND register.", "Parent voice survey", "G"),
     ]),
]


def make_castleford(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    lines = [
        (CASTLEFORD_TITLE, Font(bold=True, size=16, color="7030A0")),
        ("Ofsted inspection: 1–2 October 2024     Report published: 8 November 2024", None),
        ("Plan owner: Principal     Monitored by: Local Governing Body and Trust Standards Committee", None),
    ]
    for i, (t, f) in enumerate(lines, start=1):
        c = ws.cell(row=i, column=1, value=t)
        if f:
            c.font = f
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=8)
    ws.cell(row=5, column=1, value="RAG: B = complete, G = on track, A = some concern, R = off track")
    ws.merge_cells("A5:H5")
    hdr = ["Ref", "Action", "Lead", "Start", "Deadline", "Success criteria", "Monitoring", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=7, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
    r = 8
    for pri, acts in CASTLEFORD:
        c = ws.cell(row=r, column=1, value=pri)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 30
        r += 1
        for ref, act, lead, start, deadline, crit, mon, rag in acts:
            for j, v in enumerate([ref, act, lead, start, deadline, crit, mon, rag], start=1):
                cc = ws.cell(row=r, column=j, value=v)
                cc.alignment = WRAP
                cc.border = BOX
            if rag:
                ws.cell(row=r, column=8).fill = fill(FILL[rag])
            r += 1
    for col, w in zip("ABCDEFGH", (6, 50, 26, 10, 12, 40, 22, 6)):
        ws.column_dimensions[col].width = w

    mon = wb.create_sheet("Monitoring Calendar")
    for i, row in enumerate([("Half term", "Focus", "Reported to"),
                             ("Autumn 2", "Curriculum maps; SEND passports", "LGB 10/12/2024"),
                             ("Spring 1", "Checking for understanding", "Trust Standards Committee 11/02/2025"),
                             ("Spring 2", "TA deployment; governor learning walk", "LGB 25/03/2025"),
                             ("Summer", "Impact review of whole plan", "LGB 08/07/2025")], start=1):
        for j, v in enumerate(row, start=1):
            mon.cell(row=i, column=j, value=v)
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_cell(cell, text, size=None, color=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 3. SPS HMP Perth - HMIPS full inspection action plan (docx)
# ---------------------------------------------------------------------------
PERTH_TITLE = "HMP Perth: Action Plan in Response to the HMIPS Full Inspection Report"
PERTH = [
    ("Standard 2 – Decency", [
        ("Recommendation 2.1 – The SPS should develop a costed plan to bring all shared cells at HMP Perth up to the minimum living space for two occupants recommended by the European Committee for the Prevention of Torture (CPT).", [
            ("2.1.1", "Survey all cells in A and B Halls against the CPT minimum living space standard and record the results on the establishment accommodation register.",
             "Head of Operations", "December 2023", "Complete"),
            ("2.1.2", "Submit a business case to SPS Estates for the reconfiguration of B Hall to reduce the number of shared cells below the CPT standard.",
             "Governor in Charge / SPS Head of Estates", "March 2025", "Green"),
        ]),
        ("Recommendation 2.2 – Prisoners should be able to exchange bedding and clothing at least weekly.", [
            ("2.2.1", "Reinstate a weekly bedding and clothing exchange for every hall and publish the laundry timetable on hall notice boards.",
             "Residential Manager", "30/11/2023", "Complete"),
        ]),
    ]),
    ("Standard 3 – Personal Safety", [
        ("Recommendation 3.1 – HMP Perth should act on the pre-inspection survey findings about staff behaviour so that prisoners are confident that reports of abuse or bullying by staff will be taken seriously.", [
            ("3.1.1", "Hold facilitated focus groups with prisoners in each hall to explore the survey findings, and publish a ‘You said, we did’ response.",
             "Head of Offender Outcomes", "January 2024", "Complete"),
            ("3.1.2", "Deliver refresher training on professional standards and the SPS Code of Conduct to all residential officers.",
             "Learning and Development Manager", "31 July 2024", "Amber"),
        ]),
    ]),
    ("Standard 6 – Purposeful Activity", [
        ("Recommendation 6.1 – Untried prisoners should be offered a structured timetable of meaningful activity.", [
            ("6.1.1", "Introduce a remand activity timetable in A Hall that includes gym, library, education and work party sessions.",
             "Head of Regime Services; Fife College Learning Centre Manager", "June 2024", "Green"),
        ]),
    ]),
    ("Standard 7 – Transitions from Custody to Life in the Community", [
        ("Recommendation 7.1 – Preparation for release should begin earlier, with links to community mental health services made before liberation.", [
            ("7.1.1", "Introduce a throughcare case conference twelve weeks before release for all short-term prisoners, with community justice and health partners invited.",
             "Throughcare Manager", "September 2024", "Green"),
        ]),
    ]),
    ("Standard 9 – Health and Wellbeing", [
        ("Recommendation 9.1 – NHS Tayside should ensure that prisoners referred for a mental health assessment are seen within 28 days.", [
            ("9.1.1", "Recruit two additional mental health nurses to the prison healthcare team and review the referral triage process.",
             "Prison Healthcare Manager, NHS Tayside", "To be confirmed", "Red"),
            ("9.1.2", "Report mental health waiting times monthly to the Local Partnership Board.",
             "Prison Healthcare Manager, NHS Tayside", "Monthly", "Green"),
        ]),
    ]),
]

STATUS_FILL = {"Complete": "9DC3E6", "Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}


def make_perth(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Scottish Prison Service")
    run.bold = True
    run.font.color.rgb = RGBColor(0x00, 0x33, 0x66)
    doc.add_heading(PERTH_TITLE, level=0)
    doc.add_paragraph("Report published: October 2023. Progress position: 30 April 2024.")

    doc.add_heading("Document Control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Governor in Charge, HMP Perth"),
                 ("Version", "3.0"),
                 ("Date", "30 April 2024"),
                 ("Reviewed by", "HMP Perth Senior Management Team"),
                 ("Reported to", "SPS Operations Directorate (quarterly)")]:
        cells = t.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "HM Chief Inspector of Prisons for Scotland carried out a full inspection of HMP Perth in 2023 against the "
        "Standards for Inspecting and Monitoring Prisons in Scotland. This plan sets out the actions agreed by HMP Perth, "
        "SPS Headquarters and NHS Tayside in response to the recommendations in the report. Progress is reviewed monthly "
        "by the Senior Management Team and reported quarterly to the SPS Operations Directorate.")
    doc.add_paragraph(
        "Status key: Complete – action delivered; Green – on track; Amber – some slippage against the target date; "
        "Red – off track or dependent on a decision outwith the establishment.")

    for std, recs in PERTH:
        doc.add_heading(std, level=1)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Responsible", "Target Date", "Status"]):
            bold_cell(c, h, color="FFFFFF")
            shade(c, "003366")
        for rec, acts in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[4])
            bold_cell(m, rec)
            shade(m, "DEEAF6")
            for ref, act, resp, due, status in acts:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[1].text = act
                cells[2].text = resp
                cells[3].text = due
                cells[4].text = status
                shade(cells[4], STATUS_FILL[status])
        doc.add_paragraph()
    doc.add_paragraph("Next review: July 2024 Senior Management Team meeting.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Mountain Ash Comprehensive School - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
MASH_TITLE = "Mountain Ash Comprehensive School – Post-Inspection Action Plan (PIAP)"
MASH = [
    ("Recommendation 1: Improve the quality of teaching and assessment so that it consistently challenges and supports pupils to make strong progress",
     "Intended outcome: teaching across the school is consistently good or better, and pupils know how to improve their work.",
     [
         ("1.1", "Launch a whole-school teaching and learning framework, ‘The Mountain Ash Standard’, setting out agreed expectations for planning, questioning and feedback.",
          "Deputy Headteacher (Teaching and Learning)", "Autumn term 2024", "Framework in use in all lessons seen during learning walks.", "B"),
         ("1.2", "Establish coaching triads so that every teacher is observed and coached at least once each half term.",
          "Assistant Headteacher (Professional Learning)", "Autumn term 2024 – Summer term 2025", "All teachers in a triad; coaching records show improved practice.", "G"),
         ("1.3", "Introduce a common approach to feedback in all faculties and check its impact through termly work scrutiny.",
          "Heads of Faculty", "Spring term 2025", "Work scrutiny shows pupils responding to feedback in most books.", "A"),
     ]),
    ("Recommendation 2: Improve pupils’ attendance, particularly that of pupils eligible for free school meals",
     "Intended outcome: whole-school attendance rises to at least 90%, and the gap for pupils eligible for free school meals narrows.",
     [
         ("2.1", "Appoint a full-time attendance officer and introduce first-day response calls for every absence.",
          "Business Manager / Headteacher", "September 2024", "Attendance officer in post; first-day calls logged for all absences.", "B"),
         ("2.2", "Hold weekly attendance panels with the Education Welfare Officer for pupils whose attendance is below 90%.",
          "AHT (Wellbeing) and Education Welfare Officer", "Weekly", "Persistent absence falls each half term.", "G"),
     ]),
    ("Recommendation 3: Strengthen the planning for the progressive development of pupils’ literacy and numeracy skills across the curriculum",
     "Intended outcome: pupils apply their literacy and numeracy skills at an appropriate level in all subjects.",
     [
         ("3.1", "Appoint whole-school literacy and numeracy coordinators with time allocated to support faculties.",
          "Headteacher", "July 2024", "Coordinators appointed with two hours a week allocated.", "B"),
         ("3.2", "Map opportunities for pupils to develop reading, writing and numeracy in each faculty’s schemes of learning for Years 7 to 9.",
          "Literacy Coordinator; Numeracy Coordinator", "Spring term 2025", "Skills maps in all schemes of learning for Years 7 to 9.", "G"),
         ("3.3", "Provide targeted reading intervention for Year 7 and Year 8 pupils with reading ages below their chronological age.",
          "ALNCo", "Ongoing", "Reading ages of pupils in the intervention improve by at least 12 months in a year.", "G"),
     ]),
    ("Recommendation 4: Strengthen self-evaluation and improvement planning so that leaders at all levels focus on the impact of provision on pupils’ learning",
     "Intended outcome: leaders’ evaluations are accurate and lead to well-targeted improvement actions.",
     [
         ("4.1", "Revise the quality assurance calendar so that learning walks, work scrutiny and pupil voice are triangulated each half term.",
          "Headteacher", "October 2024", "Calendar published; faculty reviews draw on all three sources.", "B"),
         ("4.2", "Governors’ Standards Committee to receive a termly report on progress against this plan, with a link governor for each recommendation.",
          "Chair of Governors", "Termly", "Committee minutes show challenge on the impact of actions.", "G"),
     ]),
]


def make_mountain_ash(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(MASH_TITLE, level=0)
    p = doc.add_paragraph("Following the Estyn core inspection of March 2024 (follow-up category: significant improvement)")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("School", "Mountain Ash Comprehensive School"),
                 ("Local authority", "Rhondda Cynon Taf"),
                 ("Headteacher", "Mr D. Pritchard"),
                 ("Chair of Governors", "Mrs C. Jenkins"),
                 ("Date of inspection", "March 2024"),
                 ("Plan approved by governing body", "12 July 2024"),
                 ("Progress review", "February 2025")]:
        cells = t.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v
        shade(cells[0], "E2EFD9")

    doc.add_heading("Recommendations from the inspection report", level=2)
    for i, (rec, _, _) in enumerate(MASH, start=1):
        doc.add_paragraph("R%d %s" % (i, rec.split(": ", 1)[1]))
    doc.add_paragraph("RAG key: B = achieved; G = on track; A = some slippage; R = significant concern")

    for rec, outcome, acts in MASH:
        h = doc.add_paragraph()
        run = h.add_run(rec)
        run.bold = True
        run.font.size = Pt(12)
        run.font.color.rgb = RGBColor(0x38, 0x56, 0x23)
        doc.add_paragraph(outcome)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, hd in zip(t.rows[0].cells, ["No.", "Actions", "Lead(s)", "Timescale", "Success criteria", "RAG"]):
            bold_cell(c, hd)
            shade(c, "A8D08D")
        for no, act, lead, when, crit, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [no, act, lead, when, crit, rag]):
                c.text = v
        doc.add_paragraph()

    doc.add_heading("Approval", level=2)
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in [("Role", "Signed", "Date"),
                ("Headteacher", "", "12/07/2024"),
                ("Chair of Governors", "", "12/07/2024"),
                ("Director of Education and Inclusion Services, RCT", "", "19/07/2024")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.save(path)


# ---------------------------------------------------------------------------
# 4. Probation Service - Hull and East Riding PDU (CSV export)
# ---------------------------------------------------------------------------
HULL_TITLE = "A Response to the HMI Probation Inspection: Hull and East Riding PDU"
HULL = [
    ("The Hull and East Riding PDU should:", [
        ("1", "Improve the quality of work to assess, plan for, manage and review risk of harm, making full use of information from partner agencies.", "Agreed", [
            ("1.1", "Deliver risk of serious harm assessment workshops to all probation officers and probation services officers.",
             "SPO Quality Lead", "30/09/2023", "Complete", "Workshops delivered to 94% of practitioners; remainder booked."),
            ("1.2", "Senior Probation Officers to complete a monthly management oversight dip sample of three cases per practitioner.",
             "Senior Probation Officers", "Monthly from June 2023", "Green", "Dip samples embedded; themes reported to PDU SMT."),
        ]),
        ("2", "Make sure that domestic abuse and child safeguarding information is requested from the police and children's services at the start of every case and analysed in assessments.", "Agreed", [
            ("2.1", "Agree an information-sharing protocol with Humberside Police so that domestic abuse call-out checks are returned within 10 working days.",
             "Head of PDU / Humberside Police DCI Safeguarding", "31/08/2023", "Amber", "Protocol drafted; sign-off delayed by police restructure."),
            ("2.2", "Agree the same timescale for safeguarding checks with Hull and East Riding children's services.",
             "Head of PDU", "31/10/2023", "Green", "Meeting held with both local authorities 12/10/2023."),
        ]),
        ("3", "Increase referrals to commissioned rehabilitative services so that people on probation receive the interventions they need.", "Agreed", [
            ("3.1", "Produce a local CRS referral guide and brief all teams.\nAdd CRS referrals as a standing item in team meetings.",
             "Interventions Lead", "Sep-23", "Complete", "Guide issued; referrals up 31% in Q2."),
        ]),
    ]),
    ("The Yorkshire and the Humber region should:", [
        ("4", "Reduce vacancy rates and workloads in the PDU so that practitioners have the time to deliver a quality service.", "Agreed", [
            ("4.1", "Run a targeted recruitment campaign for probation officers in Hull and East Riding.",
             "Regional Probation Director; Regional HR Business Partner", "Mar-24", "Amber", "Two campaigns run; PO vacancy rate now 21%."),
            ("4.2", "Allocate additional PQiP learners to the PDU in the next intake.",
             "Regional Head of Learning and Development", "Q3 2023/24", "Green", "Eight PQiP learners confirmed for the December intake."),
        ]),
    ]),
    ("HMPPS should:", [
        ("5", "Make sure that the case management system allows practitioners to record and review risk management actions in one place.", "Partly Agreed", [
            ("5.1", "Consider the requirement as part of the national probation digital roadmap and confirm what can be delivered.",
             "HMPPS Probation Digital Services", "TBC", "", "National response awaited."),
        ]),
    ]),
]


def make_hull(path):
    rows = [
        [HULL_TITLE],
        ["Report Published: 30 March 2023"],
        ["Action Plan Submitted: 25 May 2023 (progress updated 31 October 2023)"],
        [],
        ["Rec No", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Action No", "Action",
         "Action Owner", "Target Date", "RAG Status", "Progress Update"],
    ]
    for section, recs in HULL:
        rows.append([section])
        for no, rec, agreed, acts in recs:
            for i, (ano, act, owner, due, rag, upd) in enumerate(acts):
                if i == 0:
                    rows.append([no, rec, agreed, ano, act, owner, due, rag, upd])
                else:
                    rows.append(["", "", "", ano, act, owner, due, rag, upd])
    rows.append([])
    rows.append(["RAG key: Complete = action delivered; Green = on track; Amber = at risk; Red = not achievable by target date"])
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 6. Mount Kelly - ISI routine inspection action plan (plain text export)
# ---------------------------------------------------------------------------
KELLY_TITLE = "Mount Kelly: ISI Routine Inspection Action Plan 2024-25"
KELLY = [
    ("SECTION 1: LEADERSHIP AND MANAGEMENT, AND GOVERNANCE",
     "Next step 1: Leaders should make sure that behaviour and low-level concern records are kept in the same way across the prep and senior schools, so that patterns are identified quickly.",
     [
         ("1.1", "Move prep school behaviour records from paper logs onto CPOMS, in line with the senior school.",
          "Head of Prep; Director of IT", "28 February 2025", "Blue", "All prep staff trained; paper logs archived 14/02/2025."),
         ("1.2", "Produce a termly analysis of behaviour and low-level concern records for SLT and the safeguarding governor.",
          "Deputy Head (Pastoral)", "Termly", "Green", "First analysis presented to SLT in December 2024."),
     ]),
    ("SECTION 2: QUALITY OF EDUCATION, TRAINING AND RECREATION",
     "Next step 2: Leaders should ensure that teaching in the senior school is consistently adapted to meet the needs of pupils who have special educational needs and/or disabilities (SEND).",
     [
         ("2.1", "Whole-staff INSET on adaptive teaching, led by the Learning Support department.",
          "Assistant Head (Teaching and Learning)", "6 January 2025", "Blue", "Delivered at January INSET; resources on the staff drive."),
         ("2.2", "Review and reissue learning support profiles for all pupils on the SEND register, with strategies visible to teachers in iSAMS.",
          "Head of Learning Support", "By 30 June 2025", "Green", "Year 7 to 9 profiles complete; senior profiles in progress."),
     ]),
    ("SECTION 3: PUPILS' PHYSICAL AND MENTAL HEALTH AND EMOTIONAL WELLBEING",
     "Next step 3: Leaders should strengthen weekend supervision and activities for boarders so that all boarders are well occupied.",
     [
         ("3.1", "Review the weekend boarding staff rota and introduce a programme of planned weekend activities.",
          "Head of Boarding", "31 March 2025", "Amber", "Rota revised; activities programme delayed by a staff vacancy."),
     ]),
    ("SECTION 5: SAFEGUARDING",
     "Regulatory action point: The school must ensure that all required pre-appointment checks are completed and recorded on the single central register before staff begin work.",
     [
         ("5.1", "Audit the single central register against personnel files and complete any missing checks.",
          "Bursar / HR Manager", "15 November 2024", "Blue", "Audit completed; all checks in place. Verified by safeguarding governor 20/11/2024."),
     ]),
]


def make_kelly(path):
    bar = "=" * 74
    out = [
        KELLY_TITLE,
        "Inspection dates: 8 to 10 October 2024    Report published: 28 November 2024",
        "Plan owner: Head    Governor oversight: Education and Safeguarding Committee",
        "Last updated: 20 January 2025",
        "",
        "RAG key: Blue = completed; Green = on track; Amber = some delay; Red = action required",
        "",
    ]
    for section, step, acts in KELLY:
        out += [bar, section, bar, "", step, ""]
        for ref, act, lead, due, rag, upd in acts:
            out += [
                "  Ref:     " + ref,
                "  Action:  " + act,
                "  Lead:    " + lead,
                "  Due:     " + due,
                "  RAG:     " + rag,
                "  Update:  " + upd,
                "",
            ]
    out += [bar, "Actions in plan: 6    Completed: 3    Next review: Education and Safeguarding Committee, March 2025", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


FILES = {
    "zds-cleveland-police-tvip-honour-based-abuse-super-complaint-action-plan.xlsx": make_cleveland,
    "zds-scottish-fire-and-rescue-service-hmfsi-mental-health-wellbeing-thematic-action-plan.xlsx": make_sfrs,
    "zds-castleford-academy-post-ofsted-action-plan-typo-month-refuse.xlsx": make_castleford,
    "zds-sps-hmp-perth-hmips-full-inspection-action-plan.docx": make_perth,
    "zds-mountain-ash-comprehensive-school-estyn-post-inspection-action-plan.docx": make_mountain_ash,
    "zds-probation-service-hull-and-east-riding-pdu-hmip-inspection-action-plan.csv": make_hull,
    "zds-mount-kelly-isi-routine-inspection-action-plan.txt": make_kelly,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
