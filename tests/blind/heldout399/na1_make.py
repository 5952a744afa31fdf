"""Build the seven na1- blind test files (children's services plans).

Run with: /work/main/.venv/bin/python na1_make.py
Writes the data files beside this script. The data structures below carry,
for each action, the reading a person makes of it (exp_*); they are used only
to write the .expected.yaml files, never read back from the data files.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", fgColor=hex_)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Croydon ILACS improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
CROYDON_TITLE = "Croydon Children's Social Care – ILACS Improvement Plan 2025–26"
CROYDON = [
    ("theme", "Area 1: The experiences and progress of children who need help and protection"),
    ("rec", "Recommendation 1: The consistency of the responses by the out-of-hours service to children in "
            "emergency situations, including sufficient staff capacity to answer calls."),
    dict(ref="1.1",
         action="Complete a demand and capacity review of the Emergency Duty Service, including call volumes "
                "by hour and abandoned calls, and agree a revised staffing model.",
         lead="Head of Service – Emergency Duty Service", orig=D(2025, 3, 31), rev=None,
         update="Review completed February 2025. Revised rota and staffing model agreed at CMT on 11 March 2025.",
         prev="G", cur="B",
         exp_lead=["Head of Service – Emergency Duty Service"], exp_end="2025-03", exp_status="blue"),
    dict(ref="1.2",
         action="Recruit two additional EDS social workers and a senior practitioner so that a minimum of three "
                "staff answer calls at peak times (17:00–22:00).",
         lead="Head of Service – Emergency Duty Service / Head of Workforce Development",
         orig=D(2025, 6, 30), rev=D(2025, 12, 31),
         update="One social worker appointed (started August). Senior practitioner post re-advertised; "
                "interim cover from the Assessment Service on Friday evenings.",
         prev="A", cur="A",
         exp_lead=["Head of Service – Emergency Duty Service", "Head of Workforce Development"],
         exp_end="2025-12", exp_status="amber"),
    dict(ref="1.3",
         action="Introduce a monthly dip-sample audit of out-of-hours contacts, with findings reported to the "
                "Quality Assurance Board.",
         lead="Head of Quality Assurance", orig=D(2025, 4, 30), rev=None,
         update="Audits in place since April. September audit: 17 of 20 contacts rated good.",
         prev="G", cur="G",
         exp_lead=["Head of Quality Assurance"], exp_end="2025-04", exp_status="green"),
    ("rec", "Recommendation 2: The consistency and quality of assessments and plans for children in need of "
            "help and protection, so that all children receive a consistently effective service."),
    dict(ref="2.1",
         action="Relaunch the Croydon practice standards for assessment and child in need planning through "
                "practice weeks in every locality.",
         lead="Principal Social Worker", orig=D(2025, 5, 31), rev=None,
         update="Practice weeks held in all four localities (April–May 2025).",
         prev="A", cur="B",
         exp_lead=["Principal Social Worker"], exp_end="2025-05", exp_status="blue"),
    dict(ref="2.2",
         action="Roll out SMART plan training to all CIN and CP team managers and social workers, with a "
                "completion target of 90%.",
         lead="Principal Social Worker; Learning & Development Manager", orig=D(2025, 9, 30), rev="Jan-26",
         update="74% of staff trained. Two further cohorts booked for November and January.",
         prev="A", cur="A",
         exp_lead=["Principal Social Worker", "Learning & Development Manager"], exp_end="2026-01",
         exp_status="amber"),
    dict(ref="2.3",
         action="Increase the frequency of management oversight recorded on CIN cases to at least every four "
                "weeks and monitor through the monthly performance clinic.",
         lead="Director of Early Help and Children's Social Care", orig="Ongoing", rev=None,
         update="Compliance fell to 71% in September because of team manager vacancies in CIN South. "
                "Escalated to the Improvement Board.",
         prev="G", cur="R",
         exp_lead=["Director of Early Help and Children's Social Care"], exp_end=None, exp_end_text="Ongoing",
         exp_status="red"),
    ("theme", "Area 2: The impact of leaders on social work practice with children and families"),
    ("rec", "Recommendation 3: The capacity of the social work workforce, so that caseloads are manageable and "
            "children experience fewer changes of social worker."),
    dict(ref="3.1",
         action="Deliver the 2025–26 recruitment and retention plan, including the international recruitment "
                "cohort and the Step Up to Social Work intake.",
         lead="Head of Workforce Development", orig=D(2026, 3, 31), rev=None,
         update="International cohort of 12 started in June. Permanent workforce now 80%.",
         prev="G", cur="G",
         exp_lead=["Head of Workforce Development"], exp_end="2026-03", exp_status="green"),
    dict(ref="3.2",
         action="Reduce average caseloads in the assessment and CIN/CP teams to 18 or fewer.",
         lead="Head of Service (Assessment) / Head of Service (CIN/CP)", orig=D(2025, 12, 31), rev=None,
         update="Average caseload 19.6 (assessment) and 18.9 (CIN/CP) at end of October.",
         prev="R", cur="A",
         exp_lead=["Head of Service (Assessment)", "Head of Service (CIN/CP)"], exp_end="2025-12",
         exp_status="amber"),
    dict(ref="3.3",
         action="Report agency staffing levels and workforce stability to the Corporate Parenting Panel every "
                "quarter.",
         lead="Director of Early Help and Children's Social Care", orig="Quarterly", rev=None,
         update="Reported to the Panel in April, July and October 2025.",
         prev="G", cur="G",
         exp_lead=["Director of Early Help and Children's Social Care"], exp_end=None,
         exp_end_text="Quarterly", exp_status="green"),
]
RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def make_croydon(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = CROYDON_TITLE
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "London Borough of Croydon"
    cov["A3"] = ("Following the Ofsted inspection of local authority children's services, 7–25 October 2024 "
                 "(report published 3 December 2024)")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.1", "16/12/2024", "Head of Quality Assurance", "First draft for CSIB"),
            ("1.0", "27/01/2025", "Head of Quality Assurance", "Approved by Children's Services Improvement Board"),
            ("1.3", "31/07/2025", "Performance & Improvement Lead", "July 2025 progress update"),
            ("1.4", "31/10/2025", "Performance & Improvement Lead", "October 2025 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9D9D9")
    cov["A12"] = ("Governance: progress is reported monthly to the Children's Services Improvement Board and "
                  "quarterly to the Children and Young People Scrutiny Sub-Committee.")
    for col, w in zip("ABCD", (10, 14, 32, 52)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = CROYDON_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress position as at 31 October 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Action", "Lead officer(s)", "Original target date", "Revised target date",
             "Progress update – October 2025", "Previous RAG (July 2025)", "Current RAG (Oct 2025)"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for item in CROYDON:
        if isinstance(item, tuple):
            kind, text = item
            ws.cell(row=r, column=1, value=text)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1)
            if kind == "theme":
                c.font = Font(bold=True, color="FFFFFF", size=12)
                c.fill = fill("2F5496")
            else:
                c.font = Font(bold=True, italic=True)
                c.fill = fill("D9E1F2")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 30
            r += 1
            continue
        vals = [item["ref"], item["action"], item["lead"], item["orig"], item["rev"], item["update"],
                item["prev"], item["cur"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        for j in (7, 8):
            c = ws.cell(row=r, column=j)
            c.fill = fill(RAG_FILL[c.value])
            c.alignment = Alignment(horizontal="center", vertical="top")
            c.font = Font(bold=True)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG summary (current)").font = Font(bold=True)
    counts = {}
    for item in CROYDON:
        if isinstance(item, dict):
            counts[item["cur"]] = counts.get(item["cur"], 0) + 1
    for k in ("B", "G", "A", "R"):
        r += 1
        ws.cell(row=r, column=1, value=k).fill = fill(RAG_FILL[k])
        ws.cell(row=r, column=2, value=counts.get(k, 0))
    r += 1
    ws.cell(row=r, column=1, value="Total")
    ws.cell(row=r, column=2, value=sum(counts.values()))
    for col, w in zip("ABCDEFGH", (8, 60, 34, 14, 14, 50, 12, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Complete – evidence of impact seen by the Improvement Board"),
                                ("G", "On track to deliver by the target date"),
                                ("A", "At risk of slippage, or revised date agreed by the Improvement Board"),
                                ("R", "Off track – escalated to the Improvement Board")], 2):
        key.cell(row=i, column=1, value=k).fill = fill(RAG_FILL[k])
        key.cell(row=i, column=2, value=t)
    key.column_dimensions["B"].width = 70
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Western Bay Adoption Service CIW improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
WBAS_TITLE = "Western Bay Adoption Service – Improvement Plan following CIW inspection (1–5 September 2025)"
WBAS = [
    ("Quality of care reviews are not consistently completed at the frequency required, and their findings "
     "are not always shared with the Regional Adoption Panel and the Governance Board.", [
        dict(ref="1a",
             action="Agree a six-monthly schedule for the quality of care review and publish it in the WBAS "
                    "business calendar.",
             lead="Regional Adoption Manager", when="October 2025",
             evidence="Schedule approved by Management Board 16/10/2025.", rag=GREEN,
             exp_lead=["Regional Adoption Manager"], exp_end="2025-10", exp_status="blue"),
        dict(ref="1b",
             action="Present each completed review report to the WBAS Governance Board and share a summary "
                    "with staff, adopters and birth family representatives.",
             lead="Regional Adoption Manager", when="Q4 2025/26",
             evidence="Governance Board minutes; summary on the WBAS website.", rag=AMBER,
             exp_lead=["Regional Adoption Manager"], exp_end="2026-03", exp_status="amber"),
        dict(ref="1c",
             action="Include the views of children and adopters gathered through the annual feedback survey "
                    "in each review.",
             lead="Adoption Support Team Manager", when="March 2026",
             evidence="Survey results appended to the review report.", rag=AMBER,
             exp_lead=["Adoption Support Team Manager"], exp_end="2026-03", exp_status="amber"),
    ]),
    ("Records are not consistently well organised. Key documents, such as adoption panel minutes, agency "
     "decision maker records and adoption support plans, could not always be located on the electronic "
     "record.", [
        dict(ref="2a",
             action="Complete an audit of all open adopter and child records against the WBAS recording "
                    "checklist.",
             lead="Team Manager – Recruitment & Assessment / Team Manager – Family Finding", when="31/12/2025",
             evidence="Audit report and action log.", rag=AMBER,
             exp_lead=["Team Manager – Recruitment & Assessment", "Team Manager – Family Finding"],
             exp_end="2025-12", exp_status="amber"),
        dict(ref="2b",
             action="Issue revised recording guidance and deliver briefing sessions to all practitioners and "
                    "business support staff.",
             lead="Regional Adoption Manager / Business Support Manager", when="30/11/2025",
             evidence="Guidance issued 3/11/2025; 4 briefings held, attendance 96%.", rag=GREEN,
             exp_lead=["Regional Adoption Manager", "Business Support Manager"], exp_end="2025-11",
             exp_status="blue"),
        dict(ref="2c",
             action="Move legacy panel and agency decision maker records from the shared drive to the WCCIS "
                    "case file.",
             lead="Business Support Manager", when="June 2026",
             evidence="Migration log signed off by the Regional Adoption Manager.", rag=RED,
             exp_lead=["Business Support Manager"], exp_end="2026-06", exp_status="red"),
        dict(ref="2d",
             action="Team managers to dip-sample five records each month and report findings to the Regional "
                    "Adoption Manager.",
             lead="Team Managers", when="Monthly",
             evidence="Monthly dip-sample returns.", rag=AMBER,
             exp_lead=["Team Managers"], exp_end=None, exp_end_text="Monthly", exp_status="amber"),
    ]),
    ("The statement of purpose does not accurately reflect the current staffing structure and the services "
     "provided.", [
        dict(ref="3a",
             action="Review and update the statement of purpose, submit it to CIW and publish it on the WBAS "
                    "website.",
             lead="Regional Adoption Manager", when="January 2026",
             evidence="Revised statement of purpose; CIW acknowledgement.", rag=AMBER,
             exp_lead=["Regional Adoption Manager"], exp_end="2026-01", exp_status="amber"),
    ]),
]


def make_wbas(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = WBAS_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="1F4E79")
    ws.merge_cells("A1:G1")
    ws["A2"] = "Gwasanaeth Mabwysiadu Bae'r Gorllewin – Cynllun Gwella"
    ws["A2"].font = Font(italic=True, color="1F4E79")
    ws.merge_cells("A2:G2")
    ws["A3"] = ("Host authority: City and County of Swansea   |   Regional partners: Bridgend County Borough "
                "Council, Neath Port Talbot County Borough Council   |   Plan updated: 12 January 2026")
    ws.merge_cells("A3:G3")
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    ws["B4"] = "Green – action complete"
    ws["B4"].fill = fill(GREEN)
    ws["C4"] = "Amber – in progress"
    ws["C4"].fill = fill(AMBER)
    ws["D4"] = "Red – not yet started or overdue"
    ws["D4"].fill = fill(RED)
    heads = ["No.", "Area for improvement identified by CIW", "Action", "Responsible officer", "Timescale",
             "Evidence / measure of completion", "RAG"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = WRAP
        c.border = BOX
    r = 7
    for area, acts in WBAS:
        first = r
        for a in acts:
            vals = [a["ref"], area if r == first else None, a["action"], a["lead"], a["when"], a["evidence"], None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=7).fill = fill(a["rag"])
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFG", (6, 46, 52, 30, 14, 38, 8)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – January 2026"
    sm["A1"].font = Font(bold=True)
    rows = [("Area for improvement", "Actions", "Complete", "In progress", "Not started / overdue")]
    for i, (area, acts) in enumerate(WBAS, 1):
        rows.append((f"Area {i}", len(acts), sum(a["rag"] == GREEN for a in acts),
                     sum(a["rag"] == AMBER for a in acts), sum(a["rag"] == RED for a in acts)))
    rows.append(("Total", sum(x[1] for x in rows[1:]), sum(x[2] for x in rows[1:]),
                 sum(x[3] for x in rows[1:]), sum(x[4] for x in rows[1:])))
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 3:
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 24
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. South Tyneside focused visit action plan (xlsx, refuse: 0ct-25 typo)
# ---------------------------------------------------------------------------
ST_TITLE = "South Tyneside Council – Ofsted Focused Visit Action Plan"
ST_ROWS = [
    ("The quality of written plans, so that they are specific and clearly set out what needs to change for "
     "children and by when.", "1.1",
     "Revise the child in need and child protection plan templates in the case recording system so that each "
     "outcome has a named person and a timescale.", "Head of Safeguarding and Quality Assurance", "Apr-25",
     "Green", "New templates live from 7 April 2025."),
    (None, "1.2", "Practice workshops on writing SMART plans for all social workers and child protection "
                  "chairs.", "Principal Social Worker", "Jun-25", "Green",
     "Six workshops delivered; 112 staff attended."),
    (None, "1.3", "Quarterly thematic audit of plans, reported to the Practice Improvement Board.",
     "Service Manager (Quality Assurance)", "Sep-25", "Amber", "First audit completed July 2025."),
    ("The consistency of management oversight and supervision, so that drift and delay for children are "
     "identified and addressed.", "2.1",
     "Issue a revised supervision policy setting out the expected frequency and recording of case "
     "supervision.", "Head of Children's Social Care", "Jul-25", "Green", "Policy signed off 30 June 2025."),
    (None, "2.2", "Team managers to review all children on a child in need plan for more than 12 months and "
                  "record a decision on next steps.", "Team Managers (CIN/CP)", "0ct-25", "Amber",
     "58 of 83 reviews completed."),
    ("The effectiveness of multi-agency core groups in reviewing children's progress between conferences.",
     "3.1", "Agree a core group standard with partners through the South Tyneside Safeguarding Children "
            "Partnership.", "Head of Safeguarding and Quality Assurance", "Dec-25", "Amber",
     "Draft standard shared with partners for comment."),
    (None, "3.2", "Multi-agency audit of 15 core groups, including attendance and the quality of minutes.",
     "STSCP Business Manager", "Mar-26", "Not started", ""),
]
# sheet row of the mistyped month: data rows start at row 6
ST_TYPO_ROW = 6 + [r[4] for r in ST_ROWS].index("0ct-25")


def make_st(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    ws["A1"] = ST_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Focused visit: children in need and children subject to a child protection plan, "
                "11–12 February 2025")
    ws["A3"] = "Plan owner: Director of Children's Services   |   Last reviewed: Children's Services Improvement Board, 24 June 2025"
    heads = ["Area for improvement", "Ref", "Action", "Lead", "Target date", "RAG", "Update"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for row in ST_ROWS:
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
        rag = row[5]
        if rag in ("Green", "Amber", "Red"):
            ws.cell(row=r, column=6).fill = fill({"Green": GREEN, "Amber": AMBER, "Red": RED}[rag])
        if row[4] == "0ct-25":
            assert r == ST_TYPO_ROW
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Progress against this plan is also reported in the Children's Services "
                                   "Improvement Plan (Theme 2: Quality of practice).").font = Font(italic=True)
    for col, w in zip("ABCDEFG", (44, 6, 52, 30, 12, 11, 40)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Slough Safeguarding Partnership JTAI action plan (docx, read)
# ---------------------------------------------------------------------------
SLOUGH_TITLE = "Slough Safeguarding Partnership: JTAI Action Plan"
SLOUGH = [
    ("Area for improvement 1",
     "The timeliness of strategy meetings for children at risk of serious youth violence, and the attendance "
     "of education and health partners at those meetings.", [
        dict(ref="1.1",
             action="Agree a partnership standard that strategy meetings for extra-familial harm are held within "
                    "3 working days of referral and include education and health representatives.",
             lead="SCF Head of Service – Front Door; TVP Detective Inspector (Referral Centre)", when="May 2025",
             update="Standard agreed at the Partnership Executive on 9 April 2025 and added to the Slough "
                    "multi-agency procedures.", rag="Complete",
             exp_lead=["SCF Head of Service – Front Door", "TVP Detective Inspector (Referral Centre)"],
             exp_end="2025-05", exp_status="blue"),
        dict(ref="1.2",
             action="Monthly performance report on strategy meeting timeliness and attendance to the Partnership "
                    "Performance Group.",
             lead="Partnership Business Manager", when="Ongoing – monthly",
             update="Reports received from May. Timeliness 81% in August (baseline 52%).", rag="Green",
             exp_lead=["Partnership Business Manager"], exp_end=None, exp_end_text="Ongoing – monthly",
             exp_status="green"),
        dict(ref="1.3",
             action="Agree with Berkshire Healthcare and Frimley Health a named health attendee rota for "
                    "extra-familial harm strategy meetings.",
             lead="Designated Nurse Safeguarding Children (Frimley ICB)", when="By 30 June 2025",
             update="Rota in place for Berkshire Healthcare.\nFrimley Health rota delayed by staffing changes in "
                    "the named nurse team; interim cover from the ED safeguarding lead.", rag="Amber",
             exp_lead=["Designated Nurse Safeguarding Children (Frimley ICB)"], exp_end="2025-06",
             exp_status="amber"),
    ]),
    ("Area for improvement 2",
     "The quality of the contextual safeguarding response, including the use of intelligence from the police "
     "and community safety partners to identify places and peer groups where children are at risk.", [
        dict(ref="2.1",
             action="Establish a fortnightly Multi-Agency Child Exploitation (MACE) panel, with terms of reference "
                    "agreed by all three statutory partners.",
             lead="SCF Head of Adolescent Services / TVP Superintendent (Slough LPA)", when="July 2025",
             update="First panel held 3 July 2025.", rag="Complete",
             exp_lead=["SCF Head of Adolescent Services", "TVP Superintendent (Slough LPA)"], exp_end="2025-07",
             exp_status="blue"),
        dict(ref="2.2",
             action="Develop location and peer group assessment tools:\na) adopt the Contextual Safeguarding "
                    "Network peer group assessment template;\nb) train MACE panel members in its use.",
             lead="SCF Contextual Safeguarding Lead", when="Sept 2025 – March 2026",
             update="Template adopted. Training dates set for January and February 2026.", rag="Green",
             exp_lead=["SCF Contextual Safeguarding Lead"], exp_end="2026-03", exp_status="green"),
        dict(ref="2.3",
             action="Share the Community Safety Partnership's serious violence strategic needs assessment with "
                    "the MACE panel each quarter.",
             lead="Slough Borough Council Community Safety Manager", when="Quarterly",
             update="Shared at the September panel.", rag="Green",
             exp_lead=["Slough Borough Council Community Safety Manager"], exp_end=None,
             exp_end_text="Quarterly", exp_status="green"),
    ]),
    ("Area for improvement 3",
     "The involvement of children and their families in plans to reduce risk, and the recording of children's "
     "views.", [
        dict(ref="3.1",
             action="Audit 20 child exploitation plans for evidence of children's and families' views, as part of "
                    "the multi-agency audit programme.",
             lead="Partnership Business Manager", when="October 2025",
             update="Audit scheduled for the week of 13 October.", rag="Amber",
             exp_lead=["Partnership Business Manager"], exp_end="2025-10", exp_status="amber"),
        dict(ref="3.2",
             action="Co-produce a young person's guide to the MACE panel with Slough Youth Parliament.",
             lead="SCF Participation Lead", when="December 2025",
             update="Not yet started – Participation Lead post vacant until November.", rag="Red",
             exp_lead=["SCF Participation Lead"], exp_end="2025-12", exp_status="red"),
        dict(ref="3.3",
             action="Youth Justice Service to include a section for the child's own views in every AssetPlus "
                    "intervention plan.",
             lead="Head of Youth Justice Service", when="31/08/2025",
             update="Section added to the plan template in August.", rag="Complete",
             exp_lead=["Head of Youth Justice Service"], exp_end="2025-08", exp_status="blue"),
    ]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a cell; inner \n become separate paragraphs."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


def make_slough(path):
    doc = docx.Document()
    landscape(doc)
    doc.add_heading(SLOUGH_TITLE, level=0)
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to serious youth violence – "
                      "inspection 20–24 January 2025, letter published 11 March 2025")
    doc.add_paragraph("Slough Borough Council  •  Slough Children First  •  Thames Valley Police  •  "
                      "NHS Frimley Integrated Care Board")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"),
                 ("Approved by", "Slough Safeguarding Partnership Executive, 9 April 2025"),
                 ("Last updated", "30 September 2025"),
                 ("Plan owner", "Partnership Business Manager"),
                 ("Next review", "Partnership Executive, December 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
        shade(row[0], "D9E2F3")
    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning, col in [("Complete", "Action completed and evidenced", "0070C0"),
                               ("Green", "On track", "00B050"),
                               ("Amber", "Some delay – mitigation in place", "FFC000"),
                               ("Red", "Significant delay – escalated to the Partnership Executive", "FF0000")]:
        row = k.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], col)
        set_cell(row[1], meaning)
    for head, finding, acts in SLOUGH:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph(finding)
        p.runs[0].italic = True
        tab = doc.add_table(rows=1, cols=6)
        tab.style = "Table Grid"
        for c, h in zip(tab.rows[0].cells, ["No.", "Action", "Lead", "Timescale", "Progress update", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "1F3864")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for a in acts:
            cells = tab.add_row().cells
            for c, v in zip(cells, [a["ref"], a["action"], a["lead"], a["when"], a["update"], a["rag"]]):
                set_cell(c, v)
            shade(cells[5], {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}[a["rag"]])
        widths = [Cm(1.2), Cm(7.5), Cm(4.5), Cm(3), Cm(7), Cm(2)]
        for row in tab.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph()
    doc.add_heading("Sign-off by the statutory safeguarding partners", level=2)
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Partner", "Lead safeguarding partner", "Date"]):
        set_cell(c, h, bold=True)
    for p_, who in [("Slough Borough Council", "Chief Executive"),
                    ("Thames Valley Police", "Chief Superintendent, Local Policing"),
                    ("NHS Frimley ICB", "Chief Nursing Officer")]:
        cells = s.add_row().cells
        set_cell(cells[0], p_)
        set_cell(cells[1], who)
        set_cell(cells[2], "09/04/2025")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Wokingham children's home post-inspection action plan (docx, read)
# ---------------------------------------------------------------------------
WOK_TITLE = "Post-Inspection Action Plan: Beeches Children's Home"
WOK = [
    ("Requirements", [
        ("Regulation 12: The protection of children standard. The registered person must ensure that staff "
         "assess whether each child is at risk of harm and understand and follow each child's risk management "
         "and behaviour support plans. Due date: 28 February 2025", [
            dict(ref="1.1",
                 action="Review and update every child's risk assessment and behaviour support plan with parents "
                        "and the child's social worker.",
                 lead="Registered Manager", when="28/02/2025", status="Completed",
                 exp_lead=["Registered Manager"], exp_end="2025-02", exp_status="blue"),
            dict(ref="1.2",
                 action="Use team meetings and individual supervision to check that all staff have read and "
                        "signed each child's updated plans.",
                 lead="Registered Manager / Deputy Manager", when="31/03/2025", status="Completed",
                 exp_lead=["Registered Manager", "Deputy Manager"], exp_end="2025-03", exp_status="blue"),
        ]),
        ("Regulation 13: The leadership and management standard. The registered person must ensure that the "
         "home's monitoring and review of the quality of care identifies shortfalls and leads to timely action. "
         "Due date: 31 March 2025", [
            dict(ref="2.1",
                 action="Responsible Individual to review the Regulation 45 action log with the Registered "
                        "Manager each month.",
                 lead="Responsible Individual", when="Monthly", status="On track",
                 exp_lead=["Responsible Individual"], exp_end=None, exp_end_text="Monthly", exp_status="green"),
            dict(ref="2.2",
                 action="Commission an independent Regulation 45 review covering April to September 2025.",
                 lead="Service Manager – Disabled Children's Services", when="30/09/2025", status="Not started",
                 exp_lead=["Service Manager – Disabled Children's Services"], exp_end="2025-09",
                 exp_status="unrated"),
        ]),
    ]),
    ("Recommendations", [
        ("The registered person should ensure that staff are trained in the communication methods that "
         "children use, so that all children's wishes and feelings are understood. ('Guide to the Children's "
         "Homes Regulations, including the quality standards', page 17, paragraph 3.9)", [
            dict(ref="3.1",
                 action="All staff to complete Makaton level 1 training; key workers to attend a PECS refresher.",
                 lead="Deputy Manager", when="June 2025", status="On track",
                 exp_lead=["Deputy Manager"], exp_end="2025-06", exp_status="green"),
        ]),
        ("The registered person should ensure that records of restraint are completed within 24 hours and "
         "include the child's views. ('Guide to the Children's Homes Regulations, including the quality "
         "standards', page 49, paragraph 9.59)", [
            dict(ref="4.1",
                 action="Introduce a restraint record checklist and a debrief template that records the "
                        "child's views.",
                 lead="Registered Manager", when="31/03/2025", status="Completed",
                 exp_lead=["Registered Manager"], exp_end="2025-03", exp_status="blue"),
            dict(ref="4.2",
                 action="Audit all restraint records each week and report the findings to the Registered "
                        "Manager.",
                 lead="Deputy Manager", when="Weekly", status="On track",
                 exp_lead=["Deputy Manager"], exp_end=None, exp_end_text="Weekly", exp_status="green"),
        ]),
    ]),
]


def make_wok(path):
    doc = docx.Document()
    landscape(doc)
    doc.add_heading(WOK_TITLE, level=0)
    doc.add_paragraph("Wokingham Borough Council – Children's Services")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k_, v in [("Home", "Beeches Children's Home (short breaks for disabled children)"),
                  ("Inspection date", "14 and 15 January 2025"),
                  ("Overall experiences and progress of children and young people",
                   "Requires improvement to be good"),
                  ("Registered Manager", "Karen Whitlock"),
                  ("Responsible Individual", "Service Manager – Disabled Children's Services"),
                  ("Date of plan", "3 March 2025 (updated 2 June 2025)")]:
        cells = info.add_row().cells
        set_cell(cells[0], k_, bold=True)
        set_cell(cells[1], v)
        shade(cells[0], "E2EFD9")
    doc.add_paragraph()
    doc.add_paragraph("This plan responds to the requirements and recommendations in the Ofsted report. "
                      "Requirements must be met by the date set by Ofsted. Progress is checked at each "
                      "Regulation 44 independent visit and reported to the Responsible Individual.")
    for section, groups in WOK:
        doc.add_heading(section, level=1)
        tab = doc.add_table(rows=1, cols=6)
        tab.style = "Table Grid"
        heads = ["Ref", "Requirement" if section == "Requirements" else "Recommendation", "Action",
                 "Responsible", "Target date", "Status"]
        for c, h in zip(tab.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "C5E0B3")
        for text, acts in groups:
            first = len(tab.rows)
            for a in acts:
                cells = tab.add_row().cells
                set_cell(cells[0], a["ref"])
                if len(tab.rows) - 1 == first:
                    set_cell(cells[1], text)
                set_cell(cells[2], a["action"])
                set_cell(cells[3], a["lead"])
                set_cell(cells[4], a["when"])
                set_cell(cells[5], a["status"])
            last = len(tab.rows) - 1
            if last > first:
                tab.cell(first, 1).merge(tab.cell(last, 1))
        widths = [Cm(1.2), Cm(8), Cm(7), Cm(4), Cm(2.5), Cm(2.5)]
        for row in tab.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph()
    doc.add_paragraph("Sign-off").runs[0].bold = True
    s = doc.add_table(rows=0, cols=3)
    s.style = "Table Grid"
    for role in ("Registered Manager", "Responsible Individual"):
        cells = s.add_row().cells
        set_cell(cells[0], role, bold=True)
        set_cell(cells[1], "Signature:")
        set_cell(cells[2], "Date:")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Brighton & Hove Corporate Parenting Board action plan (csv, read)
# ---------------------------------------------------------------------------
BH_TITLE = "Brighton & Hove City Council – Corporate Parenting Board Action Plan 2025–26"
BH = [
    ("Pledge 1 – We will listen to you and act on what you tell us", [
        dict(ref="CP1.1",
             action="Children in Care Council members to co-chair one Corporate Parenting Board meeting each term.",
             lead="Participation & Advocacy Manager", when="Termly", status="On track",
             update="Co-chaired the July Board; next co-chaired meeting in December.",
             exp_lead=["Participation & Advocacy Manager"], exp_end=None, exp_end_text="Termly",
             exp_status="green"),
        dict(ref="CP1.2",
             action="Publish a 'You said, we did' update on the Children in Care Council webpage after every "
                    "Board meeting.",
             lead="Participation & Advocacy Manager", when="Oct-25", status="Complete",
             update="First update published 14 July; now a standing item.",
             exp_lead=["Participation & Advocacy Manager"], exp_end="2025-10", exp_status="blue"),
    ]),
    ("Pledge 2 – We will help you to have a safe, stable home", [
        dict(ref="CP2.1",
             action="Recruit 25 new mainstream foster carer households through the in-house fostering "
                    "recruitment campaign.",
             lead="Head of Fostering & Adoption", when="Mar-26", status="Amber",
             update="9 households approved by end of August, 14 in assessment. Behind the profile of 12.",
             exp_lead=["Head of Fostering & Adoption"], exp_end="2026-03", exp_status="amber"),
        dict(ref="CP2.2",
             action="Open a second in-house children's home for up to four children aged 12–17.",
             lead="Assistant Director – Children's Safeguarding & Care", when="Q3 2025/26", status="Red",
             update="Planning permission delayed; revised opening date to be reported to the December Board.",
             exp_lead=["Assistant Director – Children's Safeguarding & Care"], exp_end="2025-12",
             exp_status="red"),
        dict(ref="CP2.3",
             action="Review every child living more than 20 miles from the city at the monthly Placement Panel.",
             lead="Placements Manager", when="Monthly", status="On track",
             update="All 31 children reviewed in Q1 and Q2.",
             exp_lead=["Placements Manager"], exp_end=None, exp_end_text="Monthly", exp_status="green"),
    ]),
    ("Pledge 3 – We will support your education, training and work", [
        dict(ref="CP3.1",
             action="Virtual School to offer tutoring to every Year 11 child in care who is not on track for "
                    "grade 4 in English and maths.",
             lead="Virtual School Headteacher", when="Summer term 2026", status="On track",
             update="Tutoring agreed for 22 of 24 eligible pupils.",
             exp_lead=["Virtual School Headteacher"], exp_end="2026-07", exp_status="green"),
        dict(ref="CP3.2",
             action="Create 10 ring-fenced apprenticeships for care leavers across the council and its partners.",
             lead="Head of Leaving Care Service & Head of HR", when="Mar-26", status="Not started",
             update="",
             exp_lead=["Head of Leaving Care Service", "Head of HR"], exp_end="2026-03", exp_status="unrated"),
    ]),
    ("Pledge 4 – We will prepare you for adult life", [
        dict(ref="CP4.1",
             action="Extend the council tax exemption to care leavers living outside the city up to age 25.",
             lead="Head of Revenues & Benefits", when="Apr-26", status="Amber",
             update="Report to Cabinet in January, for the 2026/27 council tax year.",
             exp_lead=["Head of Revenues & Benefits"], exp_end="2026-04", exp_status="amber"),
        dict(ref="CP4.2",
             action="Refresh the Local Offer for care leavers:\n- co-produce it with the Care Leavers' Forum\n"
                    "- publish it in an accessible online format",
             lead="Head of Leaving Care Service", when="December 2025", status="On track",
             update="Two co-production sessions held (June, September).",
             exp_lead=["Head of Leaving Care Service"], exp_end="2025-12", exp_status="green"),
    ]),
]


def make_bh(path):
    ncol = 7
    rows = [[BH_TITLE] + [""] * (ncol - 1),
            ["Last updated: 22 September 2025 (for Corporate Parenting Board, 1 October 2025)"] + [""] * (ncol - 1),
            [""] * ncol,
            ["Pledge", "Ref", "Action", "Lead(s)", "Timescale", "Status", "Progress / comments"]]
    for pledge, acts in BH:
        for i, a in enumerate(acts):
            rows.append([pledge if i == 0 else "", a["ref"], a["action"], a["lead"], a["when"], a["status"],
                         a["update"]])
    rows.append([""] * ncol)
    rows.append(["Status key: Complete / On track / Amber – some slippage / Red – off track / Not started"]
                + [""] * (ncol - 1))
    rows.append(["Board members are asked to note progress and agree revised dates where shown."]
                + [""] * (ncol - 1))
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# ---------------------------------------------------------------------------
# 7. Milton Keynes Early Help Partnership action plan (tab-separated txt, read)
# ---------------------------------------------------------------------------
MK_TITLE = "Milton Keynes Early Help Partnership Action Plan 2025-2027"
MK = [
    ("Priority 1: Families know where to get help early", [
        dict(ref="1.1",
             action="Launch the Family Hub digital directory with searchable listings for all early help services "
                    "in Milton Keynes.",
             lead="Family Hubs Programme Manager", partners="Community Action MK", when="Sept 2025", rag="B",
             update="Live from 15 September 2025.",
             exp_lead=["Family Hubs Programme Manager"], exp_end="2025-09", exp_status="blue"),
        dict(ref="1.2",
             action="Deliver Start for Life parent sessions in all six family hubs.",
             lead="Family Hubs Programme Manager", partners="Health visiting (CNWL); midwifery (MKUH)",
             when="31/03/2026", rag="G", update="Running in five hubs; Bletchley hub from November.",
             exp_lead=["Family Hubs Programme Manager"], exp_end="2026-03", exp_status="green"),
        dict(ref="1.3",
             action="Publish the early help offer in the five most widely spoken community languages.",
             lead="Head of Early Help", partners="Communications team", when="Dec 2025", rag="A",
             update="Translation budget confirmed in October; two languages complete.",
             exp_lead=["Head of Early Help"], exp_end="2025-12", exp_status="amber"),
    ]),
    ("Priority 2: Professionals work together around the family", [
        dict(ref="2.1",
             action="Train 300 partner practitioners in the Early Help Assessment and the lead practitioner role.",
             lead="Early Help Partnership Manager", partners="Schools; health; Thames Valley Police",
             when="31/03/2026", rag="G", update="186 trained to end of Q2.",
             exp_lead=["Early Help Partnership Manager"], exp_end="2026-03", exp_status="green"),
        dict(ref="2.2",
             action="Introduce a multi-agency Team Around the Family review for families stepped down from "
                    "children's social care, within 10 working days of step-down.",
             cont="(pilot in the Central locality first, then city-wide)",
             lead="Head of Early Help / Head of Children and Families Practice", partners="Schools; health",
             when="Jan-26", rag="A", update="Pilot started in October, later than planned.",
             exp_lead=["Head of Early Help", "Head of Children and Families Practice"], exp_end="2026-01",
             exp_status="amber"),
        dict(ref="2.3",
             action="Schools early help champions network to meet each term.",
             lead="Education Safeguarding Lead", partners="Schools", when="Termly", rag="G",
             update="Autumn meeting held 8 October, 41 schools attended.",
             exp_lead=["Education Safeguarding Lead"], exp_end=None, exp_end_text="Termly",
             exp_status="green"),
    ]),
    ("Priority 3: Early help makes a lasting difference", [
        dict(ref="3.1",
             action="Develop an early help outcomes framework aligned to the Families First Partnership programme.",
             lead="Head of Early Help", partners="Performance & Insight", when="Mar 2026", rag="G",
             update="Draft framework to the Board in January.",
             exp_lead=["Head of Early Help"], exp_end="2026-03", exp_status="green"),
        dict(ref="3.2",
             action="Audit 40 closed early help episodes each quarter to check whether needs were met.",
             lead="Quality Assurance Manager", partners="", when="Quarterly", rag="R",
             update="Q2 audit not completed following a vacancy; recruitment under way.",
             exp_lead=["Quality Assurance Manager"], exp_end=None, exp_end_text="Quarterly", exp_status="red"),
        dict(ref="3.3",
             action="Report re-referral rates to early help and to children's social care to the Partnership "
                    "Board.",
             lead="KP / DM", partners="Performance & Insight", when="Q4 2025/26", rag="",
             update="Not yet due.",
             exp_lead=["KP", "DM"], exp_end="2026-03", exp_status="unrated"),
    ]),
]


def make_mk(path):
    lines = [MK_TITLE,
             "Quarter 2 2025/26 update – prepared for the Early Help Partnership Board, 4 November 2025",
             "",
             "\t".join(["Ref", "Action", "Lead", "Supporting partners", "By when", "RAG", "Q2 update"])]
    for prio, acts in MK:
        lines.append(prio)
        for a in acts:
            lines.append("\t".join([a["ref"], a["action"], a["lead"], a["partners"], a["when"], a["rag"],
                                    a["update"]]))
            if a.get("cont"):
                lines.append("\t".join(["", a["cont"], "", "", "", "", ""]))
    lines += ["",
              "RAG: B = complete, G = on track, A = some risk to delivery, R = off track",
              "Action 1.1 is complete and will be removed from the Q3 update."]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "na1-croydon-council-ilacs-improvement-plan.xlsx": make_croydon,
    "na1-western-bay-adoption-service-ciw-inspection-improvement-plan.xlsx": make_wbas,
    "na1-south-tyneside-council-focused-visit-action-plan-typo-month-refuse.xlsx": make_st,
    "na1-slough-safeguarding-partnership-jtai-action-plan.docx": make_slough,
    "na1-wokingham-borough-council-childrens-home-ofsted-action-plan.docx": make_wok,
    "na1-brighton-hove-corporate-parenting-board-action-plan.csv": make_bh,
    "na1-milton-keynes-early-help-partnership-action-plan.txt": make_mk,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
    print("South Tyneside typo row:", ST_TYPO_ROW)
