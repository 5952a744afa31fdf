"""Build the seven pn- blind test files (set heldout453).

Run with: /work/main/.venv/bin/python pn_make.py
Writes only files whose names start with "pn-" into this script's folder.
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

D = dt.datetime

FILL = {
    "blue": "5B9BD5",
    "green": "70AD47",
    "amber": "FFC000",
    "red": "FF0000",
    "head": "1F3864",
    "band": "D9E1F2",
    "grey": "D9D9D9",
}


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("pn-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Dorset County Hospital NHSFT - DSPT independent audit action plan (xlsx)
# ---------------------------------------------------------------------------
DCH_FILE = "pn-dorset-county-hospital-nhsft-dspt-audit-action-plan.xlsx"
DCH_TITLE = ("Dorset County Hospital NHS Foundation Trust – DSPT 2023-24 "
             "Independent Audit: Management Action Plan")

# (standard band, recommendation, priority, [actions])
# action: (ref, text, owner, original date, revised date, status, update)
DCH_PLAN = [
    ("NDG Standard 1 – Personal confidential data",
     "Recommendation 1: The Trust should complete the annual review of its Information "
     "Asset Register and data flow maps, ensuring every information asset has a named "
     "Information Asset Owner and Information Asset Administrator.",
     "Medium",
     [("1.1",
       "Issue the refreshed Information Asset Register template to all Information Asset "
       "Owners and obtain confirmed returns for each care group and corporate directorate.",
       "Head of Information Governance", D(2024, 9, 30), None, "Complete",
       "Returns received from all 4 care groups and 9 corporate areas. Evidence submitted "
       "to Internal Audit 15/10/2024."),
      ("1.2",
       "Map data flows for all information assets rated high risk and record the lawful "
       "basis for each flow on the register.",
       "Information Governance Manager", D(2024, 11, 30), D(2025, 1, 31), "At risk",
       "84 of 112 high-risk flows mapped. Target date revised at IGSG (October) because of "
       "EPR migration work."),
      ]),
    ("NDG Standard 3 – Training",
     "Recommendation 2: The Trust should ensure that at least 95% of staff complete Data "
     "Security Awareness training in the 12 months to 30 June, with targeted follow-up of "
     "staff groups that are not compliant.",
     "High",
     [("2.1",
       "Send monthly non-compliance reports to care group triumvirates and escalate staff "
       "groups below 90% to the People and Culture Committee.\n"
       "Introduce a training completion check at appraisal.",
       "Head of Information Governance; Head of Learning and Development",
       D(2025, 3, 31), None, "On track",
       "Compliance 93.1% at 31 October 2024 (September: 91.4%)."),
      ]),
    ("NDG Standard 6 – Responding to incidents",
     "Recommendation 3: Cyber incident response and business continuity plans should be "
     "tested at least annually, with lessons learned recorded and tracked to completion.",
     "High",
     [("3.1",
       "Run a Trust-wide cyber incident tabletop exercise with the on-call executive and "
       "tactical commanders.",
       "Chief Digital Information Officer / EPRR Manager", D(2024, 10, 31), None,
       "Complete",
       "Exercise held 8 October 2024. Post-exercise report to IGSG 5/11/24."),
      ("3.2",
       "Record the lessons identified from the exercise on the EPRR action log and review "
       "progress at each Information Governance Steering Group.",
       "EPRR Manager", D(2024, 12, 31), None, "On track",
       "11 lessons logged; 4 closed."),
      ]),
    ("NDG Standard 7 – Continuity planning",
     "Recommendation 4: Business continuity plans for critical clinical systems should "
     "identify the maximum tolerable period of disruption and the manual workaround for "
     "each system.",
     "Medium",
     [("4.1",
       "Update the business impact analysis for the 14 critical clinical systems and agree "
       "downtime procedures with each system's clinical owner.",
       "Head of ICT Service Delivery", D(2024, 9, 30), None, "Overdue",
       "9 of 14 BIAs complete. Remaining 5 awaiting clinical sign-off."),
      ]),
    ("NDG Standard 9 – IT protection",
     "Recommendation 5: The Trust should remove or isolate unsupported software and "
     "operating systems and keep an up-to-date record of any accepted exceptions.",
     "High",
     [("5.1",
       "Decommission or upgrade the remaining Windows Server 2012 R2 servers hosting "
       "clinical applications.",
       "Head of ICT Infrastructure", D(2024, 12, 31), D(2025, 4, 30), "At risk",
       "6 servers remain; 3 depend on a supplier upgrade scheduled for Q4."),
      ("5.2",
       "Report unsupported systems and approved risk exceptions to the Digital Assurance "
       "Group each quarter.",
       "Cyber Security Manager", D(2024, 10, 31), None, "Complete",
       "First quarterly report received 22/10/2024."),
      ]),
    ("NDG Standard 10 – Accountable suppliers",
     "Recommendation 6: Data protection due diligence should be evidenced for all "
     "suppliers processing personal data, including a DSPT status check at contract award "
     "and renewal.",
     "Low",
     [("6.1",
       "Add a DSPT status check and a data protection impact assessment prompt to the "
       "procurement contract award checklist.",
       "Head of Procurement", D(2025, 1, 31), None, "On track",
       "Draft checklist with Procurement Board for approval."),
      ]),
]

DCH_STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber",
                   "Overdue": "red"}


def make_dch():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = DCH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Report to:", "Audit Committee"),
        ("Meeting date:", "19 November 2024"),
        ("Executive lead:", "Chief Digital Information Officer (SIRO)"),
        ("Prepared by:", "Information Governance Team"),
        ("Audit:", "DSPT 2023-24 independent assessment – final report issued 14 June 2024 "
                   "(overall assurance: Moderate)"),
    ]
    for i, (a, b) in enumerate(rows, start=3):
        ws.cell(i, 1, a).font = Font(bold=True)
        ws.cell(i, 2, b)
    ws["A9"] = "Version control"
    ws["A9"].font = Font(bold=True)
    vc = [("Version", "Date", "Author", "Changes"),
          ("0.1", "21/06/2024", "IG Manager", "Draft management responses"),
          ("1.0", "02/07/2024", "Head of Information Governance",
           "Agreed at Information Governance Steering Group"),
          ("1.3", "06/11/2024", "Head of Information Governance",
           "Progress updates for Audit Committee")]
    for r, row in enumerate(vc, start=10):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            if r == 10:
                cell.font = Font(bold=True)
                cell.fill = fill("grey")
    ws["A15"] = "Status key"
    ws["A15"].font = Font(bold=True)
    key = [("Complete", "Action implemented and evidence provided to Internal Audit"),
           ("On track", "Action progressing to the agreed target date"),
           ("At risk", "Action at risk of missing the target date"),
           ("Overdue", "Target date passed and action not complete")]
    for r, (k, v) in enumerate(key, start=16):
        ws.cell(r, 1, k).fill = fill(DCH_STATUS_FILL[k])
        ws.cell(r, 2, v)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 45

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Assessment summary by National Data Guardian standard"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ("NDG standard", "Assertions tested", "Assurance level", "Recommendations raised")
    rows = [
        ("1 Personal confidential data", 4, "Moderate", 1),
        ("2 Staff responsibilities", 2, "Substantial", 0),
        ("3 Training", 1, "Limited", 1),
        ("4 Managing data access", 3, "Substantial", 0),
        ("5 Process reviews", 1, "Substantial", 0),
        ("6 Responding to incidents", 2, "Moderate", 1),
        ("7 Continuity planning", 1, "Moderate", 1),
        ("8 Unsupported systems", 2, "Substantial", 0),
        ("9 IT protection", 3, "Limited", 1),
        ("10 Accountable suppliers", 1, "Moderate", 1),
        ("Total", 20, "Moderate", 6),
    ]
    for c, v in enumerate(hdr, start=1):
        cell = sm.cell(3, c, v)
        cell.font = Font(bold=True)
        cell.fill = fill("grey")
        cell.border = BOX
    for r, row in enumerate(rows, start=4):
        for c, v in enumerate(row, start=1):
            sm.cell(r, c, v).border = BOX
    sm.cell(4 + len(rows) - 1, 1).font = Font(bold=True)
    sm.column_dimensions["A"].width = 32
    sm.column_dimensions["B"].width = 18
    sm.column_dimensions["C"].width = 18
    sm.column_dimensions["D"].width = 24

    ap = wb.create_sheet("Action Plan")
    ap["A1"] = "DSPT 2023-24 Independent Audit – Management Action Plan (position at 6 November 2024)"
    ap["A1"].font = Font(bold=True, size=12)
    headers = ("Ref", "Recommendation", "Priority", "Agreed management action",
               "Action owner", "Original target date", "Revised target date", "Status",
               "Progress update (November 2024)")
    for c, v in enumerate(headers, start=1):
        cell = ap.cell(3, c, v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.alignment = WRAP
        cell.border = BOX
    r = 4
    counts = {}
    for band, rec, prio, actions in DCH_PLAN:
        ap.cell(r, 1, band).font = Font(bold=True)
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ap.cell(r, 1).fill = fill("band")
        r += 1
        first = r
        for ref, text, owner, orig, rev, status, upd in actions:
            vals = [ref, None, None, text, owner, orig, rev, status, upd]
            for c, v in enumerate(vals, start=1):
                cell = ap.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ap.cell(r, 8).fill = fill(DCH_STATUS_FILL[status])
            counts[status] = counts.get(status, 0) + 1
            r += 1
        ap.cell(first, 2, rec).alignment = WRAP
        ap.cell(first, 3, prio).alignment = WRAP
        if r - 1 > first:
            ap.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ap.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ap.cell(r, 4, "Summary of status").font = Font(bold=True)
    r += 1
    total = 0
    for k in ("Complete", "On track", "At risk", "Overdue"):
        ap.cell(r, 4, k).fill = fill(DCH_STATUS_FILL[k])
        ap.cell(r, 5, counts.get(k, 0))
        total += counts.get(k, 0)
        r += 1
    ap.cell(r, 4, "Total actions").font = Font(bold=True)
    ap.cell(r, 5, total).font = Font(bold=True)
    widths = [7, 45, 10, 55, 28, 14, 14, 11, 45]
    for i, w in enumerate(widths):
        ap.column_dimensions["ABCDEFGHI"[i]].width = w
    ap.freeze_panes = "A4"
    wb.save(out(DCH_FILE))


# ---------------------------------------------------------------------------
# 2. Lancashire Constabulary - HMICFRS crime data integrity improvement plan (xlsx)
# ---------------------------------------------------------------------------
LAN_FILE = "pn-lancashire-constabulary-hmicfrs-crime-data-integrity-action-plan.xlsx"
LAN_TITLE = ("Lancashire Constabulary – HMICFRS Crime Data Integrity Inspection 2023: "
             "Force Improvement Plan")

# (theme, [(recommendation/AFI, [actions])])
# action: (ref, text, lead, target, previous fill, current fill, update)
LAN_PLAN = [
    ("Leadership and governance", [
        ("Recommendation 1: By 31 August 2024, the force should make sure its Crime Data "
         "Integrity Board, chaired by a chief officer, reviews audit results each month and "
         "holds local policing areas to account for improving recording compliance.", [
            ("1.1",
             "Revise the Crime Data Integrity Board terms of reference so that the ACC chairs "
             "the board and each local policing area commander attends.",
             "ACC Crime and Public Protection", D(2024, 5, 31), "green", "blue",
             "Revised ToR agreed 11/04/24. First meeting under new ToR held 25/04/24."),
            ("1.2",
             "Introduce a monthly compliance dashboard by local policing area, showing audit "
             "results against the 95% target and the oldest outstanding crime-related "
             "incidents.",
             "Force Crime Registrar / Head of Business Intelligence", D(2024, 6, 30),
             "amber", "green",
             "Dashboard in test; first live version to the June board."),
        ]),
    ]),
    ("Systems and processes", [
        ("Recommendation 2: By 30 November 2024, the force should make sure that crimes "
         "reported through its contact centre, including reports of behavioural crimes "
         "linked to domestic abuse, are recorded within 24 hours of the report being made.", [
            ("2.1",
             "Deliver a Home Office Counting Rules refresher input to all Force Control Room "
             "call handlers and dispatchers, covering stalking, harassment and controlling or "
             "coercive behaviour.",
             "Ch Insp Force Control Room", D(2024, 8, 31), "amber", "amber",
             "62% of call handlers trained; abstractions limited by summer demand."),
            ("2.2",
             "Add a mandatory crime recording decision field to the incident closure screen "
             "in the command and control system.",
             "Head of Digital Policing", D(2024, 11, 1), "red", "amber",
             "Change request approved; supplier build slot confirmed for October."),
            ("2.3",
             "Dip-sample 100 closed domestic abuse incidents each month and record any missed "
             "crimes within 24 hours of identification.",
             "Force Crime Registrar", "Monthly – ongoing", "green", "green",
             "April sample: 7 missed crimes identified and recorded."),
        ]),
        ("Area for improvement 1: The force should improve how it records crimes reported "
         "by other agencies and professionals, particularly safeguarding referrals made to "
         "the Multi-Agency Safeguarding Hub.", [
            ("3.1",
             "Agree a recording process with MASH partners so that every referral is triaged "
             "by a trained crime recording decision maker on the day it is received.",
             "D/Supt Public Protection", D(2024, 9, 30), "amber", "green",
             "Process agreed at MASH Strategic Board 2/5/24; training dates booked."),
        ]),
    ]),
    ("People and skills", [
        ("Area for improvement 2: The force should make sure officers and staff understand "
         "the National Crime Recording Standard and the Home Office Counting Rules, "
         "including when to record additional crimes.", [
            ("4.1",
             "Launch a mandatory NCRS e-learning package for all frontline officers and "
             "sergeants.\nTrack completion through the Learning Management System and report "
             "it to the CDI Board.",
             "Head of Learning and Development", D(2024, 10, 31), "green", "red",
             "Package build delayed – supplier resource. Recovery plan to June board."),
            ("4.2",
             "Appoint crime recording champions in each local policing area to give "
             "same-day advice to officers.",
             "Supt Local Policing Support", D(2024, 7, 31), None, "green",
             "New action added April 2024. 9 of 12 champions identified."),
        ]),
    ]),
]


def make_lancashire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = LAN_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Chief officer lead: ACC Crime and Public Protection   |   Governance: Crime "
                "Data Integrity Board (monthly)   |   Last updated: 14/05/2024")
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for c, (txt, col) in enumerate([("Complete", "blue"), ("On track", "green"),
                                    ("At risk of slipping", "amber"),
                                    ("Off track / overdue", "red")], start=2):
        ws.cell(3, c, txt).fill = fill(col)
    headers = ("Ref", "Action", "Lead", "Target date", "Previous RAG (Feb-24)",
               "Current RAG (May-24)", "Update")
    for c, v in enumerate(headers, start=1):
        cell = ws.cell(5, c, v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    for theme, recs in LAN_PLAN:
        ws.cell(r, 1, theme).font = Font(bold=True, color="FFFFFF", size=12)
        ws.cell(r, 1).fill = fill("head")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, actions in recs:
            cell = ws.cell(r, 1, rec)
            cell.font = Font(bold=True)
            cell.fill = fill("band")
            cell.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, text, lead, target, prev, cur, upd in actions:
                vals = [ref, text, lead, target, None, None, upd]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "mmm-yy" if v.day == 1 else "dd/mm/yyyy"
                if prev:
                    ws.cell(r, 5).fill = fill(prev)
                ws.cell(r, 6).fill = fill(cur)
                r += 1
    for i, w in enumerate([7, 60, 30, 14, 12, 12, 50]):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    ws.freeze_panes = "A6"

    au = wb.create_sheet("Audit results")
    au["A1"] = "Crime recording compliance – force audit results"
    au["A1"].font = Font(bold=True, size=12)
    rows = [("Quarter", "Incidents audited", "Crimes identified", "Crimes recorded",
             "Compliance"),
            ("Q1 2023/24", 400, 312, 275, "88.1%"),
            ("Q2 2023/24", 400, 298, 266, "89.3%"),
            ("Q3 2023/24", 420, 321, 291, "90.7%"),
            ("Q4 2023/24", 420, 330, 305, "92.4%")]
    for r2, row in enumerate(rows, start=3):
        for c, v in enumerate(row, start=1):
            cell = au.cell(r2, c, v)
            cell.border = BOX
            if r2 == 3:
                cell.font = Font(bold=True)
                cell.fill = fill("grey")
    for col in "ABCDE":
        au.column_dimensions[col].width = 18

    su = wb.create_sheet("Summary")
    su["A1"] = "Current RAG summary (May-24)"
    su["A1"].font = Font(bold=True, size=12)
    cur = {}
    for _, recs in LAN_PLAN:
        for _, actions in recs:
            for a in actions:
                cur[a[5]] = cur.get(a[5], 0) + 1
    r2 = 3
    for name, col in (("Complete", "blue"), ("On track", "green"), ("At risk", "amber"),
                      ("Off track", "red")):
        su.cell(r2, 1, name).fill = fill(col)
        su.cell(r2, 2, cur.get(col, 0))
        r2 += 1
    su.cell(r2, 1, "Total").font = Font(bold=True)
    su.cell(r2, 2, sum(cur.values())).font = Font(bold=True)
    su.column_dimensions["A"].width = 18
    wb.save(out(LAN_FILE))


# ---------------------------------------------------------------------------
# 3. Stonewater - strategic risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
STW_FILE = "pn-stonewater-strategic-risk-register-2025-26.xlsx"
STW_TITLE = "Stonewater – Strategic Risk Register 2025/26"

STW_RISKS = [
    # ref, title, owner, inherent, residual, target, trend, appetite
    ("SR1", "Building safety and landlord compliance", "Chief Operating Officer",
     "4 x 5 = 20", "3 x 5 = 15", "2 x 5 = 10", "↔", "No"),
    ("SR2", "Damp, mould and Awaab’s Law readiness", "Chief Operating Officer",
     "4 x 4 = 16", "3 x 4 = 12", "2 x 4 = 8", "↓", "No"),
    ("SR3", "Financial resilience and business plan headroom", "Chief Financial Officer",
     "3 x 5 = 15", "2 x 5 = 10", "2 x 5 = 10", "↔", "Yes"),
    ("SR4", "Cyber security and data protection", "Chief Information Officer",
     "4 x 5 = 20", "3 x 4 = 12", "2 x 4 = 8", "↓", "No"),
    ("SR5", "Consumer standards and tenant satisfaction", "Chief Executive",
     "4 x 4 = 16", "3 x 4 = 12", "2 x 4 = 8", "↑", "No"),
]

# band -> actions (ref, text, owner, due, revised, RAG, update)
STW_ACTIONS = [
    ("SR1 Building safety and landlord compliance", [
        ("1.1",
         "Complete the remaining 212 high-priority fire risk assessment remedial actions, "
         "with fortnightly reporting to the Building Safety Group.",
         "Director of Building Safety", D(2025, 10, 31), None, "A",
         "148 of 212 complete. Contractor capacity in the South West area is the main "
         "constraint."),
        ("1.2",
         "Carry out a stock condition survey of all blocks over 11 metres and load the "
         "results into the asset management system.",
         "Head of Building Safety / Head of Asset Intelligence", "Q4 2025/26", None, "G",
         "Surveys procured; 31 of 96 blocks surveyed."),
    ]),
    ("SR2 Damp, mould and Awaab’s Law readiness", [
        ("2.1",
         "Implement the revised damp and mould procedure to meet the Awaab’s Law timescales "
         "for emergency and significant hazards from 27 October 2025.",
         "Director of Repairs and Maintenance", D(2025, 10, 27), None, "G",
         "Procedure approved by Executive 2/9/25. System changes in UAT."),
        ("2.2",
         "Train all surveyors and repairs operatives in hazard identification and the new "
         "triage categories.",
         "Head of Repairs Delivery", D(2025, 9, 30), D(2025, 11, 30), "A",
         "Revised to align with new procedure launch. 41% trained."),
    ]),
    ("SR3 Financial resilience and business plan headroom", [
        ("3.1",
         "Re-run the 30-year business plan stress tests against the new rent settlement and "
         "refresh the mitigation plan agreed by the Board.",
         "Chief Financial Officer", D(2025, 12, 31), None, "G",
         "Scenarios agreed with Finance Committee in July."),
        ("3.2",
         "Refinance the £150m revolving credit facility that expires in 2026.",
         "Director of Treasury", "Q3 2025/26", None, "G",
         "Heads of terms agreed with two lenders."),
    ]),
    ("SR4 Cyber security and data protection", [
        ("4.1",
         "Achieve Cyber Essentials Plus certification across the corporate network.",
         "Chief Information Officer", D(2025, 7, 31), None, "Complete",
         "Certificate issued 18 July 2025."),
        ("4.2",
         "Run a cyber incident exercise with the Executive Team and test restore times for "
         "the housing management system.",
         "Head of IT Security", "Annually", None, "G",
         "2025 exercise booked for November."),
    ]),
    ("SR5 Consumer standards and tenant satisfaction", [
        ("5.1",
         "Deliver the consumer standards self-assessment action plan and report progress to "
         "the Customer Services Committee each quarter.",
         "Director of Customer Services", D(2026, 3, 31), None, "R",
         "Behind plan – 6 of 14 actions complete. Recovery plan to October committee."),
    ]),
]

STW_RAG_FILL = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}


def make_stonewater():
    wb = Workbook()
    ws = wb.active
    ws.title = "Risk summary"
    ws["A1"] = STW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – 23 September 2025 (Q1 2025/26 position)"
    hdr = ("Risk ref", "Strategic risk", "Risk owner", "Inherent (L x I)",
           "Residual (L x I)", "Target (L x I)", "Trend", "Within appetite?")
    for c, v in enumerate(hdr, start=1):
        cell = ws.cell(4, c, v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.border = BOX
        cell.alignment = WRAP
    for r, row in enumerate(STW_RISKS, start=5):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
    for i, w in enumerate([9, 45, 26, 14, 14, 14, 8, 12]):
        ws.column_dimensions["ABCDEFGH"[i]].width = w

    fa = wb.create_sheet("Further actions")
    fa["A1"] = "Strategic risks – further actions to reach target score"
    fa["A1"].font = Font(bold=True, size=12)
    fa["A2"] = "Position at 31 August 2025"
    hdr = ("Ref", "Further action", "Action owner", "Due date", "Revised due date", "RAG",
           "Q1 update")
    for c, v in enumerate(hdr, start=1):
        cell = fa.cell(4, c, v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    for band, actions in STW_ACTIONS:
        cell = fa.cell(r, 1, band)
        cell.font = Font(bold=True)
        cell.fill = fill("band")
        fa.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, text, owner, due, rev, rag, upd in actions:
            vals = [ref, text, owner, due, rev, rag, upd]
            for c, v in enumerate(vals, start=1):
                cell = fa.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy" if c == 4 else "mmm-yy"
            fa.cell(r, 6).fill = fill(STW_RAG_FILL[rag])
            fa.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    for i, w in enumerate([6, 60, 30, 13, 13, 10, 45]):
        fa.column_dimensions["ABCDEFG"[i]].width = w
    fa.freeze_panes = "A5"

    km = wb.create_sheet("Scoring matrix")
    km["A1"] = "Risk scoring matrix (likelihood x impact)"
    km["A1"].font = Font(bold=True, size=12)
    km["A3"] = "Likelihood / Impact"
    for i in range(1, 6):
        km.cell(3, i + 1, i).font = Font(bold=True)
        km.cell(3 + i, 1, 6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            lik = 6 - li
            score = lik * im
            cell = km.cell(3 + li, 1 + im, score)
            cell.fill = fill("red" if score >= 15 else "amber" if score >= 8 else "green")
            cell.border = BOX
    km["A10"] = "Action RAG key"
    km["A10"].font = Font(bold=True)
    for r2, (k, v) in enumerate([("G", "On track"), ("A", "Some slippage – within tolerance"),
                                 ("R", "Off track – needs Executive attention"),
                                 ("Complete", "Action delivered")], start=11):
        km.cell(r2, 1, k).fill = fill(STW_RAG_FILL[k])
        km.cell(r2, 2, v)
    km.column_dimensions["A"].width = 20
    wb.save(out(STW_FILE))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Tyne and Wear Fire and Rescue Authority - Governance Committee action log (docx)
# ---------------------------------------------------------------------------
TWF_FILE = "pn-tyne-and-wear-fire-rescue-authority-governance-committee-action-log.docx"
TWF_TITLE = "Tyne and Wear Fire and Rescue Authority – Governance Committee Action Log"

# meeting heading -> rows (minute, action, officer, due, status, comments)
TWF_LOG = [
    ("Meeting held 25 November 2024", [
        ("GC 24/19",
         "Provide members with a breakdown of the 2024/25 internal audit days by audit area, "
         "showing any days carried forward from 2023/24.",
         "Strategic Finance Manager", "20/01/2025", "Complete",
         "Circulated by email on 9 January 2025."),
        ("GC 24/21",
         "Arrange a members’ briefing on the HMICFRS values and culture recommendations "
         "before the next Authority meeting.",
         "Assistant Chief Fire Officer (People and Organisational Development)",
         "31/01/2025", "Complete", "Briefing held 27 January 2025."),
        ("GC 24/23",
         "Update the Authority’s risk management strategy to reflect the revised risk "
         "appetite statement and bring it back to committee for approval.",
         "Head of Corporate Governance / Clerk to the Authority", "17/03/2025", "Delayed",
         "Draft prepared; member workshop to be held before approval."),
    ]),
    ("Meeting held 20 January 2025", [
        ("GC 25/04",
         "Include benchmarking of sickness absence against other metropolitan fire and "
         "rescue services in the next workforce performance report.",
         "Head of People and Organisational Development", "17/03/2025", "Complete",
         "Included in the Q3 workforce report (agenda item 8)."),
        ("GC 25/06",
         "Circulate the external auditor’s value for money recommendations, with the "
         "management responses, to all committee members.",
         "Finance Director", "31/01/2025", "Overdue",
         "Awaiting final auditor’s annual report."),
        ("GC 25/08",
         "Review the gifts and hospitality register each quarter and report any exceptions "
         "to this committee.",
         "Monitoring Officer", "Quarterly", "On track",
         "Q3 review found no exceptions."),
    ]),
    ("Meeting held 17 March 2025", [
        ("GC 25/13",
         "Provide an update on the implementation of the new fleet management system, "
         "including the revised go-live date.",
         "Area Manager Technical Services", "16/06/2025", "On track", ""),
        ("GC 25/15",
         "Add the Grenfell Tower Inquiry Phase 2 recommendations to the committee’s assurance "
         "work programme.\nReport progress against each recommendation twice a year.",
         "Deputy Chief Fire Officer; Head of Corporate Governance", "June 2025", "On track",
         "First report scheduled for the June meeting."),
    ]),
]

TWF_FILL = {"Complete": FILL["blue"], "On track": FILL["green"], "Delayed": FILL["amber"],
            "Overdue": FILL["red"]}


def make_twf():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(TWF_TITLE, level=0)
    doc.add_paragraph("Position as at 24 March 2025. Actions marked Complete will be removed "
                      "from the log after they have been reported to the next meeting.")
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Complete – action closed; On track – in progress within timescale; "
              "Delayed – timescale at risk; Overdue – past the due date.")
    for heading, rows in TWF_LOG:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(("Minute", "Action", "Responsible officer", "Due date",
                               "Status", "Comments")):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                set_cell(cells[i], v)
            shade(cells[4], TWF_FILL[row[4]])
    doc.add_paragraph()
    doc.add_paragraph("Contact: Governance Services, Tyne and Wear Fire and Rescue Service.")
    doc.save(out(TWF_FILE))


# ---------------------------------------------------------------------------
# 5. Fernlea Court Nursing Home - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
FER_FILE = "pn-fernlea-court-nursing-home-cqc-inspection-action-plan.docx"
FER_TITLE = "Fernlea Court Nursing Home – CQC Inspection Action Plan"

# (regulation heading, breach text, [actions (ref, action, lead, target, progress, RAG)])
FER_PLAN = [
    ("Regulation 12 HSCA RA Regulations 2014 Safe care and treatment",
     "The provider had not done all that was reasonably practicable to mitigate risks to "
     "people’s health and safety. Risks associated with choking, pressure care and the "
     "management of ‘when required’ medicines were not always assessed or managed safely.",
     [("12.1",
       "Review and update all care plans and risk assessments for people at risk of "
       "choking, with input from the speech and language therapy team where required.",
       "Clinical Lead", "31/07/2024",
       "All 11 care plans reviewed; SALT advice received for 4 people.", "Complete"),
      ("12.2",
       "Introduce a daily repositioning and skin integrity check, recorded on the "
       "electronic care system and checked by the nurse in charge at each handover.",
       "Registered Manager / Clinical Lead", "30/06/2024",
       "In place from 17/06/2024. Checked in weekly clinical audit.", "Complete"),
      ("12.3",
       "Write person-centred PRN protocols for every ‘when required’ medicine.\n"
       "Audit medicines administration records weekly for 8 weeks, then monthly.",
       "Clinical Lead", "31/08/2024",
       "Protocols written for 23 of 27 medicines; weekly audits started.", "Green"),
      ]),
    ("Regulation 17 HSCA RA Regulations 2014 Good governance",
     "Systems and processes to assess, monitor and improve the quality and safety of the "
     "service were not operated effectively. Audits had not identified the concerns we "
     "found during the inspection.",
     [("17.1",
       "Replace the current audit schedule with the provider’s quality assurance "
       "framework, including monthly care plan, medicines, infection control and falls "
       "audits.",
       "Registered Manager", "30/09/2024",
       "Framework launched 1 August; first cycle of audits under way.", "Green"),
      ("17.2",
       "Regional Director to complete a monthly quality monitoring visit and share the "
       "report and action log with the Registered Manager.",
       "Regional Director", "Monthly",
       "Visits completed 10 July and 7 August 2024.", "Green"),
      ("17.3",
       "Hold a residents’ and relatives’ meeting every quarter and display a ‘You said, we "
       "did’ summary in reception.",
       "Registered Manager / Activities Coordinator", "31/10/2024",
       "First meeting arranged for 12 September.", "Amber"),
      ]),
    ("Regulation 18 HSCA RA Regulations 2014 Staffing",
     "The provider had not ensured staff received the support, training and supervision "
     "they needed to carry out their roles. Staff training in moving and handling, "
     "dysphagia and fire safety was out of date.",
     [("18.1",
       "Book all staff with out-of-date moving and handling, dysphagia or fire safety "
       "training onto face-to-face sessions.",
       "Home Administrator", "31/08/2024",
       "Compliance 86%; 7 night staff booked for September.", "Amber"),
      ("18.2",
       "Complete supervision for every member of staff at least every 8 weeks and record it "
       "on the supervision matrix.",
       "Deputy Manager", "31/12/2024",
       "Supervision rate 54%. Deputy Manager on leave July–August.", "Red"),
      ]),
]

FER_FILL = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"],
            "Red": FILL["red"]}


def make_fernlea():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(FER_TITLE, level=0)
    for line in ("Provider: Fernlea Healthcare Limited",
                 "Inspection: 4 and 5 June 2024 (report published 23 July 2024)",
                 "Overall rating: Requires improvement (Safe: Inadequate; Effective: Requires "
                 "improvement; Caring: Good; Responsive: Good; Well-led: Requires "
                 "improvement)"):
        doc.add_paragraph(line)

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(("Version", "Date", "Updated by", "Summary of changes")):
        set_cell(dc.rows[0].cells[i], h, bold=True)
    for row in (("1.0", "02/08/2024", "Registered Manager", "Action plan submitted to CQC"),
                ("1.1", "16/08/2024", "Registered Manager",
                 "Progress update for Regional Director visit")):
        cells = dc.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    p = doc.add_paragraph()
    p.add_run("RAG: ").bold = True
    p.add_run("Complete – action completed and embedded; Green – on track; Amber – progress "
              "made but behind schedule; Red – significantly behind schedule.")

    for reg, breach, actions in FER_PLAN:
        doc.add_heading(reg, level=1)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(("Ref", "Action to be taken", "Lead", "Target date",
                               "Progress / evidence", "RAG")):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "BDD7EE")
        m = t.rows[1].cells[0].merge(t.rows[1].cells[5])
        set_cell(m, breach, bold=True)
        shade(m, "F2F2F2")
        for ref, action, lead, target, prog, rag in actions:
            cells = t.add_row().cells
            for i, v in enumerate((ref, action, lead, target, prog, rag)):
                set_cell(cells[i], v)
            shade(cells[5], FER_FILL[rag])

    doc.add_paragraph()
    doc.add_paragraph().add_run("Sign-off").bold = True
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for r, row in enumerate((("Role", "Name", "Date"),
                             ("Registered Manager", "Joanne Pickering", "02/08/2024"),
                             ("Regional Director", "Mark Ellison", "02/08/2024"))):
        for c, v in enumerate(row):
            set_cell(so.rows[r].cells[c], v, bold=(r == 0))
    doc.save(out(FER_FILE))


# ---------------------------------------------------------------------------
# 6. University of Lincoln - Board of Governors rolling action log (csv) - REFUSE
# ---------------------------------------------------------------------------
LIN_FILE = "pn-university-of-lincoln-board-of-governors-action-log-typo-month-refuse.csv"
LIN_TITLE = "University of Lincoln – Board of Governors: Rolling Action Log"
LIN_HEADER = ["Action No.", "Meeting", "Minute", "Action", "Owner", "Due", "Status", "Update"]
LIN_ROWS = [
    ["BG/24/31", "28 Nov 2024", "24/58",
     "Provide the Board with an analysis of continuation rates by school, benchmarked "
     "against the sector.",
     "Pro Vice-Chancellor (Education)", "March 2025", "Complete",
     "Included in the Academic Board report at item 7."],
    ["BG/24/32", "28 Nov 2024", "24/61",
     "Circulate the revised Scheme of Delegation, showing the changes in tracked format.",
     "University Secretary", "December 2024", "Complete", "Circulated 12/12/2024."],
    ["BG/24/33", "28 Nov 2024", "24/63",
     "Bring an update on the estates capital programme, including the revised cost of the "
     "library refurbishment.",
     "Chief Operating Officer", "March 2025", "In progress",
     "On the agenda for this meeting (item 11)."],
    ["BG/25/01", "30 Jan 2025", "25/07",
     "Arrange a Board development session on the Office for Students B3 conditions and "
     "student outcomes data.",
     "University Secretary / Director of Planning", "Febuary 2025", "Complete",
     "Session held before the March Board."],
    ["BG/25/02", "30 Jan 2025", "25/09",
     "Report the outcome of the OfS financial sustainability return to the Finance "
     "Committee and the Board.",
     "Chief Financial Officer", "May 2025", "Not started", ""],
    ["BG/25/03", "30 Jan 2025", "25/12",
     "Review the student complaints and OIA casework annual report at Audit Committee before "
     "it returns to the Board.",
     "Director of Student Services", "June 2025", "In progress", ""],
    ["BG/25/04", "30 Jan 2025", "25/14",
     "Share the summary of the cyber security penetration test with the independent "
     "governors on Audit Committee.",
     "Chief Information Officer", "March 2025", "Complete", "Shared 14/02/2025."],
]


def make_lincoln():
    with open(out(LIN_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        pad = [""] * (len(LIN_HEADER) - 1)
        w.writerow([LIN_TITLE] + pad)
        w.writerow(["Updated for the meeting of 27 March 2025"] + pad)
        w.writerow([""] * len(LIN_HEADER))
        w.writerow(LIN_HEADER)
        for row in LIN_ROWS:
            w.writerow(row)
        w.writerow([""] * len(LIN_HEADER))
        w.writerow(["Completed actions are removed from the log once reported to the "
                    "Board."] + pad)


# ---------------------------------------------------------------------------
# 7. Holy Trinity CE Primary School - post-Ofsted action plan (tab-separated txt)
# ---------------------------------------------------------------------------
HTP_FILE = "pn-holy-trinity-ce-primary-school-post-ofsted-action-plan.txt"
HTP_TITLE = "Holy Trinity CE Primary School – Post-Ofsted Action Plan 2024–2025"

HTP_PLAN = [
    ("PRIORITY 1: CURRICULUM IN THE FOUNDATION SUBJECTS",
     "In some foundation subjects, the school has not identified the important knowledge "
     "that pupils should learn and when. Leaders should ensure that the curriculum in these "
     "subjects is well sequenced so that pupils build their knowledge over time.",
     [("1.1", "Map the key knowledge and vocabulary for history, geography and design and "
              "technology from Reception to Year 6.",
       "Curriculum lead", "Standards Committee", "Autumn term 2024",
       "Knowledge organisers in place for all units", "G"),
      ("1.2", "Subject leaders to carry out pupil voice and book looks, reporting findings "
              "to SLT.",
       "DHT / Subject leaders", "SLT", "Termly",
       "Subject leader reports show pupils recall prior learning", "G"),
      ("1.3", "Provide CPD on retrieval practice for all teaching staff.",
       "Headteacher", "Link governor", "September 2024",
       "All staff trained; retrieval starters seen in 90% of lessons", "B"),
      ]),
    ("PRIORITY 2: READING",
     "Some pupils who are at the early stages of learning to read do not read books that are "
     "matched closely to the sounds they know. The school should ensure that these pupils "
     "get the support they need to catch up quickly.",
     [("2.1", "Audit the reading book stock and replace books that are not matched to the "
              "school’s phonics programme.",
       "English lead", "Headteacher", "Summer term 2024",
       "All decodable books match the phonics sequence", "B"),
      ("2.2", "Train all teaching assistants to deliver daily keep-up phonics sessions.",
       "English lead; EYFS lead", "Link governor", "Autumn term 2024",
       "All TAs observed delivering sessions with fidelity", "G"),
      ("2.3", "Track the progress of the lowest 20% of readers every half term.",
       "English lead", "Standards Committee", "Spring term 2025 – Summer term 2025",
       "Gap to expected standard closes; 85% pass the phonics screening check", "A"),
      ]),
    ("PRIORITY 3: ATTENDANCE",
     "Too many pupils, including disadvantaged pupils, are persistently absent. Leaders "
     "should continue to work with families to improve the attendance of these pupils.",
     [("3.1", "Introduce weekly attendance meetings with the family support worker and "
              "first-day calling for all absences.",
       "Headteacher / Family support worker", "FGB", "April 2024",
       "Weekly meetings minuted; first-day calls logged", "B"),
      ("3.2", "Agree attendance contracts with families of pupils below 90% attendance and "
              "refer to the Education Welfare Service where there is no improvement.",
       "Family support worker", "Headteacher", "Spring term 2025",
       "Persistent absence below 12%", "G"),
      ]),
]


def make_holy_trinity():
    lines = [
        HTP_TITLE,
        "Ofsted inspection 12–13 March 2024: overall effectiveness – Requires improvement",
        "Plan owner: Headteacher\tMonitored by: Full Governing Body (Standards Committee)\t"
        "Last reviewed: 15 July 2024",
        "",
        "Key:\tB = completed\tG = on track\tA = some progress, needs attention\t"
        "R = not on track",
        "",
        "Ref\tAction\tLead\tMonitoring\tTimescale\tSuccess criteria\tRAG",
    ]
    for prio, afi, actions in HTP_PLAN:
        lines.append(prio)
        lines.append("Area for improvement\t" + afi)
        for a in actions:
            lines.append("\t".join(a))
    lines += ["",
              "Notes: Governor monitoring visits take place each term and are reported to "
              "the Full Governing Body."]
    with open(out(HTP_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_dch()
    make_lancashire()
    make_stonewater()
    make_twf()
    make_fernlea()
    make_lincoln()
    make_holy_trinity()
    print("built 7 files in", HERE)
